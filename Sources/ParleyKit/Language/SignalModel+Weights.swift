// Written by scripts/train-signals from the tune part of the labelled set; do not edit.
extension SignalModel {
    static let bundledWeights = #"""
purpose	*	-3.2848
purpose	10	-0.0209
purpose	?	-1.8942
purpose	^alright	-0.0303
purpose	^ani	-0.0507
purpose	^are	-0.1046
purpose	^befor	-0.0584
purpose	^can	-0.0746
purpose	^cheer	-0.0295
purpose	^could	-0.0654
purpose	^current	-0.0257
purpose	^did	-0.0258
purpose	^happi	-0.0264
purpose	^hi	-0.0311
purpose	^how	-0.2924
purpose	^i	0.3063
purpose	^if	-0.0814
purpose	^is	-0.2421
purpose	^just	0.179
purpose	^let	-0.0391
purpose	^my	0.2598
purpose	^no	0.0994
purpose	^oh	-0.0231
purpose	^ok	-0.1825
purpose	^pleas	-0.0266
purpose	^right	-0.0212
purpose	^so	-0.0307
purpose	^sorri	-0.0777
purpose	^tell	-0.024
purpose	^thank	-0.1747
purpose	^that	-0.2133
purpose	^the	0.3002
purpose	^this	0.0718
purpose	^was	-0.0291
purpose	^we	-0.0307
purpose	^what	-0.6121
purpose	^where	-0.0595
purpose	^which	-0.0603
purpose	^who	-0.0518
purpose	^would	-0.1091
purpose	^yeah	-0.0456
purpose	a	-0.1807
purpose	a bit	0.0256
purpose	a bootcamp	0.0861
purpose	a career	0.0201
purpose	a career changer	-0.0286
purpose	a career in	0.0593
purpose	a coupl	-0.0222
purpose	a few	0.0397
purpose	a good	-0.0405
purpose	a job	0.3358
purpose	a job at	0.0619
purpose	a job i	0.0218
purpose	a junior	-0.0407
purpose	a junior at	-0.0391
purpose	a lot	-0.0268
purpose	a master	0.024
purpose	a part	-0.0209
purpose	a referr	-0.0342
purpose	a role	0.0452
purpose	a second	0.031
purpose	a shall	-0.0345
purpose	a typic	-0.0216
purpose	a ~degree	0.0508
purpose	a ~job	0.3742
purpose	a ~org	0.1475
purpose	a ~student	-0.0222
purpose	abil	-0.0212
purpose	abl	-0.0735
purpose	abl to	-0.0735
purpose	about	0.2332
purpose	about a	0.0774
purpose	about consult	-0.0204
purpose	about five	0.0286
purpose	about it	-0.0308
purpose	about the	0.0601
purpose	about the downsid	0.0469
purpose	about the job	-0.0213
purpose	about what	-0.1169
purpose	about your	-0.0318
purpose	about ~job	0.1106
purpose	about ~number	0.1348
purpose	about ~studyverb	0.1602
purpose	academia	-0.0242
purpose	account	-0.0232
purpose	actual	0.3422
purpose	advic	0.3857
purpose	advic on	0.0708
purpose	advic someon	-0.0347
purpose	advic would	-0.024
purpose	advic would you	-0.024
purpose	advic ~people	-0.0347
purpose	advic ~want	-0.024
purpose	after	-0.0369
purpose	after a	0.0251
purpose	after ~number	-0.0434
purpose	afternoon	-0.0355
purpose	agre	-0.0498
purpose	all	-0.1626
purpose	all i	-0.0295
purpose	all my	-0.0242
purpose	all my question	-0.0242
purpose	all this	-0.0388
purpose	alreadi	-0.0261
purpose	alright	-0.0392
purpose	am	0.6738
purpose	am a	-0.0499
purpose	am a junior	-0.0391
purpose	am around	-0.0253
purpose	am curious	0.0791
purpose	am here	0.2067
purpose	am here to	0.0382
purpose	am hope	0.1902
purpose	am in	-0.0368
purpose	am in my	-0.0368
purpose	am just	0.113
purpose	am just tri	0.0326
purpose	am look	0.1653
purpose	am most	0.0403
purpose	am not	0.2412
purpose	am not ask	0.0277
purpose	am not look	0.0407
purpose	am now	0.0229
purpose	am pretti	-0.0383
purpose	am tri	0.2136
purpose	am tri to	0.2136
purpose	am ~number	-0.0499
purpose	am ~want	1.0799
purpose	an	-0.1431
purpose	an interview	-0.0343
purpose	an ~student	-0.0236
purpose	an ~talk	-0.0343
purpose	analyst	-0.0604
purpose	and	0.2948
purpose	and honest	0.0681
purpose	and honest i	0.0681
purpose	and i	0.1966
purpose	and i am	0.1145
purpose	and i have	0.0847
purpose	and now	-0.0249
purpose	and would	-0.049
purpose	and ~want	0.091
purpose	ani	-0.1279
purpose	ani more	-0.029
purpose	ani more of	-0.0206
purpose	anyon	-0.0771
purpose	anyon els	-0.0274
purpose	anyth	-0.0649
purpose	appli	-0.088
purpose	appli to	-0.0772
purpose	appli to your	-0.0499
purpose	appreci it	-0.0349
purpose	appreci you	-0.0371
purpose	are	-0.3903
purpose	are near	-0.0276
purpose	are the	-0.0279
purpose	are there	-0.0652
purpose	are you	-0.0292
purpose	are ~job	-0.0202
purpose	are ~number	-0.0304
purpose	around	-0.0253
purpose	articl	-0.0316
purpose	articl i	-0.0262
purpose	articl i mention	-0.0262
purpose	as	0.2154
purpose	as ~number	-0.0239
purpose	ask	0.6618
purpose	ask about	0.1296
purpose	ask for	0.0381
purpose	ask for a	0.0375
purpose	ask you	0.2727
purpose	ask you for	0.1885
purpose	ask you to	0.0842
purpose	at	-0.0587
purpose	at a	0.0803
purpose	at the moment	0.0672
purpose	at your	0.0267
purpose	at your compani	0.0655
purpose	at your firm	-0.0342
purpose	at ~number	0.0794
purpose	back	-0.054
purpose	back to	-0.0373
purpose	background	-0.0495
purpose	balanc	-0.0703
purpose	bank	-0.0498
purpose	be	-0.1874
purpose	be abl	-0.0735
purpose	be abl to	-0.0735
purpose	be glad	-0.0281
purpose	be glad to	-0.0281
purpose	be happi	-0.0237
purpose	be happi to	-0.0237
purpose	be realli	-0.0207
purpose	be realli grate	-0.0207
purpose	be use	-0.023
purpose	be ~help	-0.023
purpose	be ~want	-0.0207
purpose	becom	-0.0247
purpose	becom a	-0.0217
purpose	becom ~number	-0.0247
purpose	been	0.0961
purpose	been ~number	0.0424
purpose	been ~studyverb	-0.0404
purpose	been ~workverb	-0.0344
purpose	befor	-0.0534
purpose	befor i	0.0205
purpose	best	-0.0383
purpose	best way	-0.0208
purpose	best way to	-0.0208
purpose	better	-0.0279
purpose	between	0.0872
purpose	beyond	0.2054
purpose	biggest	-0.0208
purpose	bootcamp	0.0502
purpose	brain	0.0947
purpose	break	-0.021
purpose	build	-0.043
purpose	busi	-0.0279
purpose	but	-0.0817
purpose	but i	-0.0434
purpose	but i have	-0.0383
purpose	call	0.0214
purpose	can	-0.0823
purpose	can help	0.1778
purpose	can i	-0.0538
purpose	can see	-0.0353
purpose	can you	-0.0339
purpose	can ~help	0.1575
purpose	can ~learn	-0.0391
purpose	candid	-0.0247
purpose	care	-0.0647
purpose	career	0.1283
purpose	career changer	-0.0318
purpose	career in	0.0593
purpose	career ~student	-0.0286
purpose	certif	-0.0324
purpose	chang	-0.0577
purpose	changer	-0.0318
purpose	chariti	-0.0262
purpose	chat	0.2999
purpose	cheer	-0.0295
purpose	chemistri	-0.0418
purpose	civil	-0.0272
purpose	civil engin	-0.0272
purpose	class	-0.0238
purpose	clinic	-0.1093
purpose	clinic ~learn	-0.0493
purpose	coach	-0.027
purpose	coder	-0.03
purpose	colleg	-0.0211
purpose	come	-0.0319
purpose	common	-0.0275
purpose	communiti	-0.0353
purpose	connect	-0.0441
purpose	connect with	-0.0215
purpose	conscious	-0.0431
purpose	consult	0.1837
purpose	could	-0.2341
purpose	could i	-0.051
purpose	could pass	-0.0235
purpose	could pass my	-0.0235
purpose	could tri	-0.04
purpose	could tri to	-0.0342
purpose	could you	-0.0557
purpose	could ~sendverb	-0.0271
purpose	could ~want	-0.04
purpose	coupl	-0.0222
purpose	cours	-0.0286
purpose	cover	-0.08
purpose	cover everyth	-0.08
purpose	credit	-0.0307
purpose	credit analyst	-0.0221
purpose	cs	0.0327
purpose	curious	0.2581
purpose	curious about	0.0553
purpose	current	-0.0268
purpose	data	-0.0454
purpose	data scienc	-0.0333
purpose	day	0.1031
purpose	day is	0.1081
purpose	day to	0.1533
purpose	day to day	0.1533
purpose	decid	0.0885
purpose	decid between	0.0964
purpose	definit	0.0375
purpose	definit not	0.0482
purpose	definit not ask	0.0482
purpose	design	-0.1197
purpose	design ~job	-0.0282
purpose	did	-0.1838
purpose	did it	-0.0237
purpose	did my	-0.0228
purpose	did you	-0.0665
purpose	did ~number	-0.0302
purpose	differ	-0.0336
purpose	director	-0.0438
purpose	do	-0.3624
purpose	do a	-0.0296
purpose	do not have	-0.0217
purpose	do not want	-0.0604
purpose	do you	-0.145
purpose	do ~number	-0.0322
purpose	doe	-0.1311
purpose	doe a	-0.0254
purpose	doe it	-0.0264
purpose	doe ~number	-0.0403
purpose	done	0.0387
purpose	done the	0.0806
purpose	done ~number	0.0529
purpose	downsid	0.0426
purpose	each	0.1092
purpose	eat	-0.0637
purpose	eat into	-0.0637
purpose	eat into your	-0.0637
purpose	els	-0.0512
purpose	email	-0.037
purpose	end	-0.0609
purpose	engin	-0.0412
purpose	entri	0.0321
purpose	entri level	0.0321
purpose	evening	-0.0409
purpose	ever	-0.0968
purpose	ever need	-0.0251
purpose	ever want	-0.0248
purpose	everyth	-0.1749
purpose	everyth i	-0.1461
purpose	everyth i want	-0.1366
purpose	experi	-0.0205
purpose	favor	-0.0312
purpose	favor somehow	-0.0201
purpose	feel	0.0813
purpose	few	0.0303
purpose	field	0.4582
purpose	figur	0.2146
purpose	figur out	0.2146
purpose	final year	0.0232
purpose	final ~duration	0.0232
purpose	find	-0.0616
purpose	find out	-0.0221
purpose	finish a	0.0237
purpose	firm	-0.054
purpose	first	-0.1685
purpose	first place	-0.0242
purpose	first year	-0.1183
purpose	first ~duration	-0.1183
purpose	first ~org	-0.0242
purpose	five	-0.0474
purpose	five year	-0.0421
purpose	five ~duration	-0.0421
purpose	follow	-0.0313
purpose	follow up	-0.0226
purpose	for	0.3161
purpose	for a	0.1152
purpose	for a job	0.1807
purpose	for advic	0.1055
purpose	for me	0.1514
purpose	for the	0.043
purpose	for this	0.1124
purpose	for this field	0.0463
purpose	for your	-0.0295
purpose	for ~insight	0.1055
purpose	for ~number	0.1116
purpose	for ~people	-0.0263
purpose	found	-0.025
purpose	free	0.049
purpose	freelanc	-0.0461
purpose	from	0.1631
purpose	from a	0.0717
purpose	from me	0.1442
purpose	from ~number	0.0904
purpose	game	-0.0822
purpose	game design	-0.0392
purpose	gather	0.1561
purpose	gather inform	0.1561
purpose	gather ~insight	0.1561
purpose	get	0.0659
purpose	get a	0.082
purpose	get a job	0.0619
purpose	get back	-0.0252
purpose	get back to	-0.0252
purpose	get your	0.1503
purpose	get ~number	0.0719
purpose	give	-0.0353
purpose	give someon	-0.0259
purpose	give someon tri	-0.024
purpose	give ~people	-0.0259
purpose	glad	-0.0281
purpose	glad to	-0.0281
purpose	go to	0.1105
purpose	goal	0.1922
purpose	good at	0.0823
purpose	got ~number	0.0208
purpose	graduat	-0.0658
purpose	grant	-0.0222
purpose	grate	-0.0488
purpose	great	-0.0314
purpose	had	-0.0604
purpose	half	-0.0385
purpose	half hour	-0.0289
purpose	half ~limit	-0.0289
purpose	half ~timeunit	-0.0289
purpose	happi	-0.0609
purpose	happi to	-0.0501
purpose	hard	-0.0391
purpose	have	-0.0697
purpose	have a	-0.0273
purpose	have been	0.0926
purpose	have done	0.0543
purpose	have got	-0.0237
purpose	have onli	0.0321
purpose	have onli got	0.0321
purpose	have read	-0.0215
purpose	have ~insight	-0.0215
purpose	have ~number	-0.0383
purpose	have ~workverb	0.0687
purpose	hear	0.0469
purpose	hear how	0.2396
purpose	hear how you	0.2396
purpose	help me	0.1246
purpose	help me understand	0.1737
purpose	help with	-0.0379
purpose	help with anyth	-0.0249
purpose	here	0.2296
purpose	here to	0.139
purpose	here to learn	0.1069
purpose	hi	-0.0311
purpose	honest	0.1778
purpose	honest i	0.0702
purpose	honest i am	0.0589
purpose	honest ~insight	0.0624
purpose	hope	0.2971
purpose	hope to	0.1774
purpose	hope to get	0.0283
purpose	hope to learn	0.0424
purpose	hope you	0.1198
purpose	hospit	0.1428
purpose	hour	0.1289
purpose	how	-0.0371
purpose	how did	-0.0431
purpose	how did you	-0.0325
purpose	how do	-0.0463
purpose	how do you	-0.0245
purpose	how doe	-0.0318
purpose	how is	-0.0416
purpose	how much	-0.0244
purpose	how would	-0.0446
purpose	how would you	-0.0388
purpose	how you	0.191
purpose	how you see	0.1981
purpose	how ~help	-0.0463
purpose	how ~studyverb	-0.0431
purpose	how ~want	-0.0446
purpose	hunt	0.0897
purpose	i	-0.2902
purpose	i am	0.6738
purpose	i am a	-0.0499
purpose	i am around	-0.0253
purpose	i am curious	0.0791
purpose	i am here	0.2067
purpose	i am hope	0.1902
purpose	i am in	-0.0368
purpose	i am just	0.113
purpose	i am look	0.1653
purpose	i am most	0.0403
purpose	i am not	0.2412
purpose	i am now	0.0229
purpose	i am pretti	-0.0383
purpose	i am tri	0.2136
purpose	i ask	0.2109
purpose	i be	-0.0246
purpose	i can	-0.0927
purpose	i can see	-0.0353
purpose	i could	-0.0671
purpose	i could tri	-0.04
purpose	i do	-0.0897
purpose	i do not	-0.0676
purpose	i had	-0.0451
purpose	i have been	0.1239
purpose	i have read	-0.0215
purpose	i just	0.0638
purpose	i just want	0.1013
purpose	i know	-0.1083
purpose	i know we	0.0209
purpose	i know you	-0.0563
purpose	i learn	-0.0363
purpose	i mention	-0.0316
purpose	i reach	0.2528
purpose	i reach out	0.254
purpose	i read	-0.0665
purpose	i read to	-0.0603
purpose	i realli	-0.0573
purpose	i realli appreci	-0.0419
purpose	i should	-0.043
purpose	i spent	0.0229
purpose	i think	-0.2084
purpose	i think i	-0.0244
purpose	i think that	-0.1451
purpose	i think we	-0.0377
purpose	i want	0.04
purpose	i was hope	0.1233
purpose	i will	-0.3403
purpose	i will be	-0.0256
purpose	i will keep	-0.0355
purpose	i will let	-0.0662
purpose	i will sign	-0.0251
purpose	i will wrap	-0.0207
purpose	i would	0.2552
purpose	i would be	-0.0664
purpose	i would like	0.1711
purpose	i would love	-0.061
purpose	i would realli	0.197
purpose	i ~help	-0.1091
purpose	i ~insight	-0.0695
purpose	i ~learn	0.2038
purpose	i ~studyverb	-0.0423
purpose	i ~talk	-0.0337
purpose	i ~want	0.2752
purpose	i ~workverb	0.1572
purpose	icu	-0.0247
purpose	if	-0.3767
purpose	if i	-0.1115
purpose	if i can	-0.0379
purpose	if i would	-0.0423
purpose	if that	-0.046
purpose	if that is	-0.0338
purpose	if there	-0.0292
purpose	if there is	-0.0285
purpose	if you	-0.1359
purpose	if you could	-0.0238
purpose	if you ever	-0.0231
purpose	if you need	-0.0237
purpose	if your	-0.0297
purpose	if your team	-0.0221
purpose	in	-0.4822
purpose	in a	-0.0559
purpose	in civil	-0.0219
purpose	in civil engin	-0.0219
purpose	in data scienc	-0.0218
purpose	in health	-0.024
purpose	in how	-0.0986
purpose	in how you	-0.0986
purpose	in my	-0.0639
purpose	in public	0.0666
purpose	in public polici	0.0677
purpose	in retail	0.0229
purpose	in the	-0.032
purpose	in the field	0.0771
purpose	in the first	-0.0242
purpose	in this	-0.0257
purpose	in touch	-0.0512
purpose	in your	-0.1459
purpose	in your network	-0.0235
purpose	in your role	-0.0812
purpose	in ~contactverb	-0.052
purpose	in ~number	-0.0908
purpose	industri	-0.024
purpose	inform	0.1751
purpose	insid	0.1427
purpose	interest	-0.1242
purpose	interest in	-0.1017
purpose	interest in how	-0.0986
purpose	intern	-0.0201
purpose	internship	-0.0601
purpose	internship in	-0.0289
purpose	interview	-0.0444
purpose	into	0.2326
purpose	into the	0.0853
purpose	into your	-0.0637
purpose	into ~number	0.0784
purpose	introduct	-0.0228
purpose	invest	-0.0248
purpose	invest bank	-0.0231
purpose	involv	0.2327
purpose	is a	-0.0456
purpose	is actual	0.2116
purpose	is all	-0.0464
purpose	is all i	-0.0295
purpose	is everyth	-0.0917
purpose	is everyth i	-0.0746
purpose	is help	-0.0243
purpose	is it	-0.0536
purpose	is like	0.128
purpose	is most	0.0318
purpose	is not	0.1267
purpose	is not about	0.0774
purpose	is part	-0.0235
purpose	is realli like	0.0568
purpose	is that	0.2094
purpose	is the	-0.0685
purpose	is the best	-0.0297
purpose	is the most	-0.0203
purpose	is there	-0.1256
purpose	is there a	-0.0482
purpose	is there anyth	-0.0219
purpose	is there someth	-0.0259
purpose	is to	0.3379
purpose	is to understand	0.1767
purpose	is worth	0.123
purpose	is your	-0.0317
purpose	is ~number	-0.1167
purpose	is ~want	0.031
purpose	it	-0.2848
purpose	it for	0.0213
purpose	it from	-0.0213
purpose	it is	0.049
purpose	it take	-0.0222
purpose	it there	-0.0241
purpose	it ~insight	-0.0222
purpose	it ~want	-0.0401
purpose	job	0.5279
purpose	job ask	0.1925
purpose	job at	0.0619
purpose	job at your	0.0619
purpose	job hunt	0.0897
purpose	job i	0.0218
purpose	job that	-0.0263
purpose	job ~help	0.0593
purpose	job ~want	0.0251
purpose	jump	0.0249
purpose	junior	-0.0523
purpose	junior at	-0.0391
purpose	just	0.3095
purpose	just tri	0.0487
purpose	just tri to	0.0487
purpose	just want	0.1088
purpose	just want to	0.1088
purpose	just ~want	0.347
purpose	keep	-0.17
purpose	keep you	-0.1042
purpose	kind	-0.0477
purpose	kind of	-0.0464
purpose	know	-0.2359
purpose	know how	-0.0237
purpose	know i	-0.0267
purpose	know i am	-0.0267
purpose	know if	-0.0225
purpose	know we	0.0209
purpose	know you	-0.0563
purpose	know you have	-0.0228
purpose	know ~people	-0.021
purpose	lab	-0.0482
purpose	last	-0.1441
purpose	last summer	-0.0242
purpose	last year	-0.0632
purpose	last ~duration	-0.0632
purpose	late	-0.0874
purpose	law	-0.0563
purpose	learn	0.3365
purpose	learn how	0.1224
purpose	learn to	-0.0254
purpose	leav	-0.0631
purpose	leav it	-0.0313
purpose	leav it there	-0.0241
purpose	let	-0.1548
purpose	let me	-0.0439
purpose	let me know	-0.0439
purpose	let us	-0.032
purpose	let you	-0.0789
purpose	let you get	-0.0275
purpose	let you go	-0.0239
purpose	let you know	-0.0237
purpose	like	0.2958
purpose	like about	0.0645
purpose	like about the	0.0645
purpose	like day	0.0523
purpose	like day to	0.0523
purpose	like for	0.0928
purpose	like ~closing	0.0523
purpose	like ~limit	0.0523
purpose	link	-0.0222
purpose	linkedin	-0.0321
purpose	list	-0.0257
purpose	local	-0.0423
purpose	long	-0.0272
purpose	look	0.1035
purpose	look for	0.1107
purpose	look for advic	0.1055
purpose	look like	-0.119
purpose	look to	0.1158
purpose	lot	-0.0268
purpose	love	-0.0955
purpose	love a	-0.0231
purpose	love to	-0.0429
purpose	love to hear	-0.0815
purpose	love to stay	-0.0306
purpose	love to understand	0.1349
purpose	love ~number	-0.0368
purpose	lunch	-0.0516
purpose	made	-0.038
purpose	made you	-0.0262
purpose	main	0.2925
purpose	main goal	0.1436
purpose	major	-0.0227
purpose	make sens	-0.0398
purpose	make someon	0.0941
purpose	make someon good	0.0941
purpose	make the	-0.0214
purpose	make ~insight	-0.0398
purpose	make ~number	-0.0295
purpose	make ~people	0.0941
purpose	manag	-0.0474
purpose	market	-0.0354
purpose	master	0.0211
purpose	matter	-0.097
purpose	matter most	-0.0893
purpose	matter most in	-0.0853
purpose	me	0.2359
purpose	me about	-0.0287
purpose	me for	-0.026
purpose	me for the	-0.0228
purpose	me i	0.0313
purpose	me in	-0.0226
purpose	me know	-0.0439
purpose	me know if	-0.0211
purpose	me through	-0.0283
purpose	me understand	0.1737
purpose	me when	-0.0823
purpose	me ~learn	0.122
purpose	me ~number	-0.0354
purpose	meet	-0.0459
purpose	meet you	-0.0257
purpose	mention	-0.0486
purpose	might	-0.0524
purpose	might be	-0.0406
purpose	mind	-0.0497
purpose	mind of	-0.0268
purpose	minut	-0.0305
purpose	minut so	0.0248
purpose	moment	0.0625
purpose	money	0.0718
purpose	more	0.0213
purpose	more of	-0.0206
purpose	more of your	-0.0206
purpose	more question	-0.0415
purpose	most	-0.0458
purpose	most in	-0.1036
purpose	most in your	-0.0806
purpose	most ~want	0.1101
purpose	move	0.1665
purpose	move into	0.1948
purpose	much	-0.1549
purpose	much of	-0.0225
purpose	much of your	-0.0206
purpose	my	0.1369
purpose	my background	-0.0219
purpose	my main	0.2194
purpose	my question	-0.0483
purpose	my resum	0.0471
purpose	my ~application	0.0382
purpose	my ~degree	-0.0295
purpose	my ~student	-0.0374
purpose	myself	-0.0301
purpose	name	-0.0317
purpose	near	-0.0276
purpose	need	-0.2074
purpose	need a	-0.0458
purpose	need to	-0.1128
purpose	need ~number	-0.0471
purpose	network	-0.0321
purpose	never	0.0231
purpose	never ~learn	0.0392
purpose	new	-0.0529
purpose	next	0.0685
purpose	next step	0.1827
purpose	night	-0.0487
purpose	no	0.0859
purpose	nonprofit	-0.0389
purpose	not	0.3598
purpose	not about	0.0774
purpose	not ask	0.0759
purpose	not ask for	0.0295
purpose	not ask you	0.0464
purpose	not have	-0.0217
purpose	not job	0.0897
purpose	not job hunt	0.0897
purpose	not look	0.0407
purpose	not to	0.0397
purpose	not to ask	0.0397
purpose	not want	-0.0604
purpose	not want to	-0.0604
purpose	not ~job	0.0897
purpose	not ~want	-0.0635
purpose	note	-0.0202
purpose	now	-0.092
purpose	nurs	-0.0793
purpose	of	-0.1432
purpose	of a	-0.0253
purpose	of anyth	-0.024
purpose	of peopl	-0.0237
purpose	of the	0.0981
purpose	of the time	-0.0406
purpose	of this	0.097
purpose	of your	-0.1117
purpose	of your afternoon	-0.0332
purpose	of your time	-0.0482
purpose	of ~number	0.0716
purpose	of ~people	-0.0269
purpose	off	-0.0281
purpose	oh	-0.0231
purpose	ok	-0.2224
purpose	ok i	-0.1458
purpose	ok i think	-0.1407
purpose	ok that	-0.0246
purpose	ok that is	-0.0246
purpose	old	-0.0231
purpose	on a	-0.0295
purpose	on how	0.0277
purpose	on linkedin	-0.0283
purpose	on the	0.0551
purpose	on whether	0.1535
purpose	on whether a	0.123
purpose	on your	-0.0459
purpose	on ~number	0.0202
purpose	one	-0.037
purpose	onli	0.021
purpose	onli got	0.0321
purpose	or	-0.0568
purpose	or anyth	0.0365
purpose	or did	-0.0224
purpose	or ~studyverb	-0.0224
purpose	other	-0.0343
purpose	out	0.5198
purpose	out if	0.0287
purpose	out whether	0.1103
purpose	over	-0.0365
purpose	part	-0.0911
purpose	part of	-0.069
purpose	part of the	-0.0342
purpose	part time	-0.0221
purpose	part ~limit	-0.0221
purpose	pass	0.0298
purpose	pass my	-0.0268
purpose	path	0.1755
purpose	patient	-0.0346
purpose	pay	-0.0297
purpose	peopl	0.1239
purpose	peopl get	0.0782
purpose	peopl in	0.0422
purpose	peopl in the	0.0766
purpose	peopl in your	-0.0205
purpose	peopl who	0.0777
purpose	peopl who have	0.0806
purpose	peopl ~learn	0.0782
purpose	peopl ~people	0.0777
purpose	person	-0.0253
purpose	perspect	0.1603
purpose	pharmaci	-0.0609
purpose	pick	0.0761
purpose	place	-0.04
purpose	pleas let	-0.0344
purpose	pleas let me	-0.0344
purpose	point	0.0655
purpose	point of	0.0802
purpose	polici	0.0354
purpose	portfolio	-0.048
purpose	post	-0.0326
purpose	pretti	-0.0457
purpose	process	-0.0205
purpose	product	-0.0204
purpose	profess	-0.0332
purpose	profess i	-0.0307
purpose	program	-0.0624
purpose	project	-0.0887
purpose	promis	0.1841
purpose	psycholog	-0.029
purpose	public	0.0467
purpose	public polici	0.0652
purpose	put	-0.0277
purpose	python	-0.0285
purpose	question	-0.1278
purpose	rather	0.1756
purpose	rather than	0.1807
purpose	reach	0.2618
purpose	reach out	0.2657
purpose	read	-0.0237
purpose	read to	-0.0662
purpose	read ~number	-0.0215
purpose	realli	-0.0221
purpose	realli appreci	0.0621
purpose	realli appreci it	-0.0349
purpose	realli grate	-0.0207
purpose	realli just	0.0235
purpose	realli like	0.0568
purpose	realli ~want	0.0668
purpose	reason	0.2822
purpose	recommend	-0.0587
purpose	recruit	-0.0274
purpose	referr	-0.0402
purpose	requir	-0.0314
purpose	research	-0.1105
purpose	research with	-0.058
purpose	resum	0.0471
purpose	retail	0.0214
purpose	retrain	0.0605
purpose	return	-0.0917
purpose	return the	-0.0325
purpose	return the favor	-0.0312
purpose	return ~number	-0.0325
purpose	right	-0.0246
purpose	right now	-0.0453
purpose	role	0.1042
purpose	run	-0.0269
purpose	said	-0.0325
purpose	sam	0.0415
purpose	same	-0.0301
purpose	say	-0.0553
purpose	school	-0.0437
purpose	scienc	-0.0333
purpose	second	0.0231
purpose	second year	0.0263
purpose	second ~duration	0.0263
purpose	see	0.0758
purpose	see if	-0.0693
purpose	see if i	-0.0445
purpose	see the field	0.0334
purpose	send	-0.0744
purpose	send me	-0.0214
purpose	send you	-0.0293
purpose	sens	-0.0398
purpose	shall	-0.0879
purpose	shall project	-0.0218
purpose	share	-0.0671
purpose	shift	-0.0237
purpose	short	-0.0486
purpose	should	-0.1817
purpose	should i	-0.1226
purpose	should i be	-0.0228
purpose	should i read	-0.0625
purpose	side	-0.0604
purpose	side if	-0.0215
purpose	sign	-0.0251
purpose	sign off	-0.0251
purpose	sinc	-0.0377
purpose	six	0.0216
purpose	six year	0.0229
purpose	six year in	0.0229
purpose	six ~duration	0.0216
purpose	skill	-0.0962
purpose	so	-0.0691
purpose	so i am	-0.0715
purpose	so i will	-0.0687
purpose	so if	-0.0357
purpose	so if you	-0.0287
purpose	so just	-0.0707
purpose	so much	-0.0407
purpose	so ~number	0.0332
purpose	so ~want	-0.0707
purpose	some	0.2835
purpose	some ~insight	0.3257
purpose	somehow	-0.0201
purpose	someon good	0.0941
purpose	someon good at	0.0941
purpose	someon tri	-0.0524
purpose	someon tri to	-0.0524
purpose	someon ~want	-0.0621
purpose	someth	-0.0325
purpose	sorri	-0.0901
purpose	sorri i	-0.048
purpose	sorri i know	-0.048
purpose	sound	-0.0361
purpose	speak	-0.0287
purpose	spent six	0.0229
purpose	spent six year	0.0229
purpose	start	-0.0416
purpose	stay	-0.1133
purpose	stay in	-0.0471
purpose	stay in touch	-0.0433
purpose	step	0.1497
purpose	stop	-0.1012
purpose	structur	-0.0227
purpose	student and	0.07
purpose	studi	-0.0443
purpose	suggest	-0.0305
purpose	suit	0.1501
purpose	suit me	0.1196
purpose	summer	-0.0333
purpose	super	-0.0377
purpose	switch	0.0466
purpose	switch from	-0.0297
purpose	take	-0.1283
purpose	take on	0.0205
purpose	take up	-0.0425
purpose	take up ani	-0.0206
purpose	talk	-0.112
purpose	talk to	-0.0651
purpose	talk with	-0.0304
purpose	talk with me	-0.0304
purpose	teach	-0.0819
purpose	team	-0.1109
purpose	team ever	-0.0221
purpose	tech	-0.1003
purpose	tell	-0.0499
purpose	tell me	-0.0329
purpose	tell me about	-0.0287
purpose	ten	-0.0385
purpose	ten year	-0.0369
purpose	ten ~duration	-0.0369
purpose	test	-0.0595
purpose	than	0.164
purpose	than a	0.081
purpose	than ~number	0.081
purpose	thank	-0.3129
purpose	thank so	-0.0227
purpose	thank so much	-0.0227
purpose	thank to	-0.0307
purpose	thank you	-0.1145
purpose	thank you for	-0.0297
purpose	thank ~number	-0.0203
purpose	that	-0.3083
purpose	that cover	-0.08
purpose	that cover everyth	-0.08
purpose	that i	0.176
purpose	that is	-0.2684
purpose	that is all	-0.0464
purpose	that is everyth	-0.0917
purpose	that is realli	-0.0865
purpose	that make	-0.0306
purpose	that make sens	-0.0306
purpose	that ~want	-0.0243
purpose	the	0.176
purpose	the articl	-0.0262
purpose	the articl i	-0.0262
purpose	the best	-0.031
purpose	the best way	-0.0208
purpose	the day	0.1083
purpose	the downsid	0.0426
purpose	the favor	-0.0312
purpose	the favor somehow	-0.0201
purpose	the field	0.4597
purpose	the first	-0.0258
purpose	the first place	-0.0242
purpose	the half	-0.0289
purpose	the half hour	-0.0289
purpose	the hour	-0.0266
purpose	the industri	0.0214
purpose	the insid	0.1459
purpose	the job	-0.04
purpose	the link	-0.0222
purpose	the moment	0.0672
purpose	the most	-0.0304
purpose	the point	0.0765
purpose	the point of	0.0802
purpose	the portfolio	-0.0202
purpose	the student	-0.0296
purpose	the switch	0.072
purpose	the time	-0.0516
purpose	the ~closing	0.0946
purpose	the ~degree	-0.0327
purpose	the ~hiring	-0.0299
purpose	the ~job	0.1253
purpose	the ~limit	0.0555
purpose	the ~number	-0.0484
purpose	the ~org	-0.0284
purpose	the ~student	-0.0724
purpose	the ~timeunit	-0.0266
purpose	their	-0.0276
purpose	there	-0.2859
purpose	there a	-0.0482
purpose	there anyth	-0.0219
purpose	there is	-0.0334
purpose	there someth	-0.0259
purpose	there ~number	-0.0598
purpose	there ~people	-0.0245
purpose	thing	-0.0285
purpose	think	-0.184
purpose	think about	0.0807
purpose	think i	-0.036
purpose	think i have	-0.0203
purpose	think of	-0.0219
purpose	think that	-0.1543
purpose	think that cover	-0.08
purpose	think we	-0.0377
purpose	think we can	-0.0377
purpose	this	0.3121
purpose	this call	0.0578
purpose	this career	0.1755
purpose	this is	0.0514
purpose	this is not	0.0632
purpose	this work	0.0891
purpose	this ~contactverb	0.0578
purpose	this ~learn	0.0891
purpose	this ~talk	0.1446
purpose	this ~workverb	0.0891
purpose	thought	-0.0212
purpose	through	-0.0556
purpose	through a	-0.0229
purpose	through ~number	-0.033
purpose	time	-0.2174
purpose	time so	-0.0315
purpose	time so i	-0.0292
purpose	to	0.2656
purpose	to ask	0.0319
purpose	to ask you	0.1681
purpose	to be	0.1173
purpose	to becom	-0.0207
purpose	to coder	-0.03
purpose	to day	0.1533
purpose	to find	-0.0425
purpose	to find out	-0.0221
purpose	to get	0.0404
purpose	to get a	0.0232
purpose	to get into	-0.0702
purpose	to get your	0.1535
purpose	to hear	0.0784
purpose	to hear how	0.2396
purpose	to help	-0.0662
purpose	to keep	-0.1063
purpose	to know	-0.034
purpose	to learn	0.3802
purpose	to learn how	0.1224
purpose	to pass	0.0549
purpose	to pick	0.0975
purpose	to see	-0.0693
purpose	to see if	-0.0693
purpose	to send	-0.0388
purpose	to share	-0.0236
purpose	to stay	-0.037
purpose	to stay in	-0.0344
purpose	to take	-0.0332
purpose	to take up	-0.0332
purpose	to talk	-0.0504
purpose	to talk with	-0.0304
purpose	to test	-0.0219
purpose	to the	-0.0516
purpose	to understand	0.3631
purpose	to understand what	0.1671
purpose	to you	-0.0217
purpose	to your	-0.1022
purpose	to ~closing	0.1533
purpose	to ~help	-0.0948
purpose	to ~insight	-0.0332
purpose	to ~learn	0.8536
purpose	to ~limit	0.1472
purpose	to ~number	-0.0664
purpose	to ~student	-0.0437
purpose	to ~talk	0.1525
purpose	today	0.1432
purpose	togeth	-0.0233
purpose	too	-0.074
purpose	too much	-0.046
purpose	touch	-0.0523
purpose	tri	0.0674
purpose	tri this	-0.02
purpose	tri to	0.1033
purpose	tri to keep	-0.1
purpose	tri to learn	0.0855
purpose	tri to see	-0.0268
purpose	twelv	-0.0221
purpose	two	0.0463
purpose	typic	-0.0288
purpose	understand	0.5368
purpose	understand the	0.1952
purpose	understand the field	-0.0259
purpose	understand what	0.1608
purpose	understand ~number	0.1952
purpose	uni	-0.0395
purpose	up	-0.1803
purpose	up a	-0.0238
purpose	up ani	-0.0271
purpose	up ani more	-0.0206
purpose	up ~number	-0.0252
purpose	up ~want	-0.0201
purpose	us	-0.0329
purpose	use	-0.1012
purpose	use to	-0.0576
purpose	usual	-0.0256
purpose	ux	-0.0245
purpose	vacanc	0.0292
purpose	volunt	-0.0406
purpose	walk	-0.0283
purpose	walk me	-0.0283
purpose	walk me through	-0.0283
purpose	want	0.2125
purpose	want to	0.0621
purpose	want to ask	-0.1366
purpose	want to be	-0.0456
purpose	want to hear	0.2396
purpose	want to take	-0.0332
purpose	want to understand	0.1014
purpose	was	-0.1074
purpose	was hope	0.1233
purpose	was hope to	0.1455
purpose	was ~number	-0.0751
purpose	was ~want	0.1183
purpose	way	-0.0655
purpose	way to	-0.0361
purpose	we	-0.1395
purpose	we are	-0.0812
purpose	we are near	-0.0276
purpose	we can	-0.0377
purpose	we have onli	0.0321
purpose	week	-0.1246
purpose	weekend	-0.0213
purpose	well	-0.0349
purpose	well i	-0.0235
purpose	went	-0.0543
purpose	what	-0.0893
purpose	what advic	-0.024
purpose	what advic would	-0.024
purpose	what are	-0.0402
purpose	what are the	-0.023
purpose	what could	-0.0324
purpose	what could i	-0.0324
purpose	what do	-0.0346
purpose	what do you	-0.0219
purpose	what doe	-0.029
purpose	what i	-0.0204
purpose	what is	-0.1614
purpose	what is the	-0.1002
purpose	what made	-0.0307
purpose	what made you	-0.0262
purpose	what make	0.0794
purpose	what make someon	0.0941
purpose	what should	-0.0769
purpose	what should i	-0.0714
purpose	what the	0.128
purpose	what would	-0.0266
purpose	what would you	-0.0211
purpose	what you	-0.023
purpose	what your	0.0791
purpose	what ~help	-0.0346
purpose	what ~insight	-0.024
purpose	what ~number	0.1206
purpose	what ~want	-0.0266
purpose	when	-0.0959
purpose	when you	-0.0873
purpose	where	-0.068
purpose	where can	-0.0261
purpose	where can i	-0.0218
purpose	whether	0.408
purpose	whether a	0.1414
purpose	whether this	0.1702
purpose	whether this career	0.1755
purpose	whether ~number	0.1414
purpose	whi	0.0883
purpose	whi i	0.1005
purpose	whi i am	0.0394
purpose	which	-0.0996
purpose	which is	-0.0231
purpose	while	0.0455
purpose	who	-0.0269
purpose	who els	-0.021
purpose	who have	0.0806
purpose	who would	-0.0204
purpose	who ~want	-0.0204
purpose	will	-0.3497
purpose	will be	-0.0256
purpose	will keep	-0.0355
purpose	will let	-0.0662
purpose	will let you	-0.0662
purpose	will sign	-0.0251
purpose	will sign off	-0.0251
purpose	will wrap	-0.0207
purpose	will wrap up	-0.0207
purpose	will ~sendverb	-0.0447
purpose	with	-0.2775
purpose	with a	-0.0321
purpose	with anyth	-0.0286
purpose	with me	-0.0333
purpose	with the	-0.0254
purpose	with your	-0.0228
purpose	with ~number	-0.0592
purpose	wonder	0.1466
purpose	work	0.183
purpose	work at	-0.0339
purpose	work at a	-0.0288
purpose	work in	0.1055
purpose	work is	0.0469
purpose	work on	-0.0225
purpose	world	0.1597
purpose	worri	0.1351
purpose	worth	0.0775
purpose	worth it	0.0365
purpose	worth it for	0.042
purpose	worth the	0.0667
purpose	worth ~number	0.0648
purpose	would	0.0488
purpose	would be	-0.0807
purpose	would be glad	-0.0281
purpose	would be happi	-0.0237
purpose	would be realli	-0.0207
purpose	would it	-0.0223
purpose	would like	0.1711
purpose	would love	-0.075
purpose	would love a	-0.0231
purpose	would love to	-0.0322
purpose	would realli	0.149
purpose	would realli appreci	0.1388
purpose	would recommend	-0.0219
purpose	would you	-0.1606
purpose	would you advic	-0.0347
purpose	would you be	-0.0455
purpose	would you give	-0.024
purpose	would ~want	0.142
purpose	wow	-0.0255
purpose	wrap	-0.0569
purpose	wrap up	-0.056
purpose	write	-0.023
purpose	yeah	-0.0629
purpose	year	-0.2591
purpose	year in retail	0.0229
purpose	yet	0.0206
purpose	you	-0.7617
purpose	you a	-0.0254
purpose	you advic	-0.0347
purpose	you advic someon	-0.0347
purpose	you are	-0.0544
purpose	you be	-0.0673
purpose	you be abl	-0.0353
purpose	you can	0.1729
purpose	you could	-0.0549
purpose	you could pass	-0.0235
purpose	you ever	-0.0256
purpose	you for	0.157
purpose	you for a	0.1551
purpose	you get	-0.048
purpose	you get back	-0.0252
purpose	you give	-0.0271
purpose	you give someon	-0.024
purpose	you go	-0.0266
purpose	you have	-0.0445
purpose	you hear	-0.0261
purpose	you know	-0.0584
purpose	you like	0.0564
purpose	you like about	0.0645
purpose	you move	0.033
purpose	you need	-0.1076
purpose	you need to	-0.0839
purpose	you recommend	-0.0222
purpose	you said	-0.0325
purpose	you see	0.1938
purpose	you see the	0.0334
purpose	you suggest	-0.0222
purpose	you think	0.0297
purpose	you think about	0.0671
purpose	you to	0.0586
purpose	you want	-0.0257
purpose	you want to	-0.0257
purpose	you would	-0.0544
purpose	you would recommend	-0.0219
purpose	you ~help	-0.0594
purpose	you ~insight	-0.0358
purpose	you ~learn	0.0316
purpose	you ~number	-0.0296
purpose	you ~talk	-0.0209
purpose	you ~want	-0.0942
purpose	you ~workverb	-0.0206
purpose	your	-0.1381
purpose	your advic	0.2354
purpose	your afternoon	-0.0355
purpose	your evening	-0.0398
purpose	your firm	-0.0389
purpose	your first	-0.127
purpose	your lunch	-0.0507
purpose	your network	-0.0235
purpose	your perspect	0.0684
purpose	your role	-0.0812
purpose	your team	-0.0749
purpose	your team ever	-0.0221
purpose	your time	-0.0543
purpose	your work	0.178
purpose	your ~closing	-0.0868
purpose	your ~insight	0.3712
purpose	your ~job	-0.0949
purpose	your ~learn	0.1757
purpose	your ~limit	-0.1642
purpose	your ~org	-0.1366
purpose	your ~people	-0.0275
purpose	your ~talk	-0.0235
purpose	your ~workverb	0.178
purpose	~application	0.0323
purpose	~closing	-0.1333
purpose	~closing is	0.1061
purpose	~closing to	0.1368
purpose	~contactverb	-0.1085
purpose	~contactverb you	-0.0216
purpose	~degree	-0.0584
purpose	~degree in	-0.1067
purpose	~degree is	0.1174
purpose	~duration	-0.2675
purpose	~gatekeeper	-0.0863
purpose	~help	-0.2956
purpose	~help me	0.1223
purpose	~help peopl	-0.0235
purpose	~help someon	-0.0259
purpose	~help the	-0.0335
purpose	~help to	-0.0338
purpose	~help with	-0.0379
purpose	~help you	-0.1528
purpose	~hiring	-0.0767
purpose	~insight	0.8122
purpose	~insight a	-0.0295
purpose	~insight for	-0.035
purpose	~insight on	0.2794
purpose	~insight someon	-0.0347
purpose	~insight to	-0.0689
purpose	~insight up	-0.0394
purpose	~insight would	-0.024
purpose	~job	0.6097
purpose	~job ask	0.1925
purpose	~job at	0.0238
purpose	~job befor	0.0236
purpose	~job hunt	0.0897
purpose	~job i	0.1488
purpose	~job in	-0.0368
purpose	~job that	-0.0263
purpose	~later	-0.0402
purpose	~learn	0.7218
purpose	~learn about	-0.0898
purpose	~learn back	-0.0252
purpose	~learn how	0.3742
purpose	~learn if	-0.1096
purpose	~learn in	0.1369
purpose	~learn is	0.0469
purpose	~learn me	-0.0354
purpose	~learn of	-0.0242
purpose	~learn out	0.317
purpose	~learn so	0.0751
purpose	~learn the	0.2087
purpose	~learn their	-0.0222
purpose	~learn to	-0.0304
purpose	~learn what	0.2108
purpose	~learn whether	0.1644
purpose	~learn with	-0.065
purpose	~learn you	0.17
purpose	~learn your	0.2489
purpose	~limit	-0.0588
purpose	~limit at	0.1612
purpose	~limit is	0.0969
purpose	~limit to	0.1391
purpose	~limit work	0.0452
purpose	~number	-0.0783
purpose	~number articl	-0.0262
purpose	~number best	-0.031
purpose	~number bit	0.0256
purpose	~number bootcamp	0.0681
purpose	~number certif	-0.0247
purpose	~number coupl	-0.0222
purpose	~number day	0.1023
purpose	~number design	-0.0262
purpose	~number downsid	0.0426
purpose	~number favor	-0.0312
purpose	~number few	0.0397
purpose	~number field	0.4597
purpose	~number first	-0.0279
purpose	~number good	-0.0405
purpose	~number half	-0.0289
purpose	~number hour	-0.0554
purpose	~number industri	0.0214
purpose	~number insid	0.1459
purpose	~number interview	-0.0356
purpose	~number job	0.2958
purpose	~number junior	-0.0476
purpose	~number link	-0.0222
purpose	~number lot	-0.0268
purpose	~number master	0.024
purpose	~number moment	0.0672
purpose	~number most	-0.0304
purpose	~number of	-0.0206
purpose	~number open	-0.0264
purpose	~number part	-0.0209
purpose	~number path	0.1197
purpose	~number peopl	0.0739
purpose	~number point	0.0765
purpose	~number portfolio	-0.0226
purpose	~number program	-0.0219
purpose	~number referr	-0.0342
purpose	~number research	-0.034
purpose	~number right	0.0795
purpose	~number role	0.2252
purpose	~number second	0.031
purpose	~number shall	-0.0345
purpose	~number student	-0.0365
purpose	~number switch	0.072
purpose	~number time	-0.0516
purpose	~number typic	-0.0216
purpose	~number year	-0.1536
purpose	~org	-0.3096
purpose	~org and	0.1329
purpose	~org ever	-0.0268
purpose	~org if	-0.0215
purpose	~people	-0.0522
purpose	~people els	-0.0485
purpose	~people get	0.0782
purpose	~people good	0.0941
purpose	~people have	0.0795
purpose	~people in	0.0259
purpose	~people to	-0.0306
purpose	~people tri	-0.0524
purpose	~people who	0.0621
purpose	~people would	-0.0245
purpose	~people you	-0.0236
purpose	~sendverb	-0.1233
purpose	~sendverb me	-0.0214
purpose	~sendverb my	-0.0383
purpose	~sendverb on	0.0569
purpose	~sendverb you	-0.0523
purpose	~student	-0.4424
purpose	~student and	0.07
purpose	~student at	-0.0609
purpose	~student for	0.0315
purpose	~student in	-0.052
purpose	~student open	-0.0245
purpose	~studyverb	-0.0912
purpose	~studyverb it	-0.0237
purpose	~studyverb you	-0.0675
purpose	~talk	0.0828
purpose	~talk for	0.1022
purpose	~talk is	0.2878
purpose	~talk to	-0.0791
purpose	~talk with	-0.0647
purpose	~talk you	0.1795
purpose	~timeunit	0.0985
purpose	~timeunit so	0.0248
purpose	~want	0.682
purpose	~want a	-0.0385
purpose	~want about	0.0553
purpose	~want appreci	0.0621
purpose	~want be	-0.0807
purpose	~want for	0.2545
purpose	~want grate	-0.0207
purpose	~want here	0.0965
purpose	~want hope	0.0249
purpose	~want i	0.0496
purpose	~want in	-0.122
purpose	~want it	-0.0572
purpose	~want just	0.0235
purpose	~want like	0.228
purpose	~want love	-0.075
purpose	~want need	-0.028
purpose	~want realli	0.149
purpose	~want recommend	-0.0219
purpose	~want this	-0.0633
purpose	~want to	0.563
purpose	~want tri	0.0487
purpose	~want want	0.1785
purpose	~want you	-0.0817
purpose	~want your	0.2383
purpose	~workverb a	0.0313
purpose	~workverb at	-0.0577
purpose	~workverb in	0.0936
purpose	~workverb is	0.0469
purpose	~workverb on	-0.0225
purpose	~workverb six	0.0229
job_ask	*	-3.2085
job_ask	?	-0.287
job_ask	^alright	-0.0546
job_ask	^ani	-0.1617
job_ask	^are	-0.0293
job_ask	^can	0.3274
job_ask	^cheer	-0.0392
job_ask	^could	0.1631
job_ask	^current	-0.0261
job_ask	^did	-0.0603
job_ask	^do	0.305
job_ask	^happi	-0.0221
job_ask	^have	-0.0276
job_ask	^hey	0.1687
job_ask	^hi	-0.0317
job_ask	^honest	0.0691
job_ask	^how	-0.6357
job_ask	^i	-0.2732
job_ask	^if	-0.1215
job_ask	^is	0.049
job_ask	^just	-0.049
job_ask	^let	-0.0645
job_ask	^mind	-0.0228
job_ask	^my	-0.1235
job_ask	^no	-0.0606
job_ask	^oh	-0.024
job_ask	^ok	-0.0502
job_ask	^right	-0.0363
job_ask	^should	-0.0571
job_ask	^so	-0.0396
job_ask	^sorri	-0.0687
job_ask	^thank	-0.0708
job_ask	^that	-0.1068
job_ask	^this	-0.0356
job_ask	^walk	-0.0239
job_ask	^was	-0.0289
job_ask	^we	-0.0326
job_ask	^well	-0.0228
job_ask	^what	-0.651
job_ask	^when	-0.0656
job_ask	^where	-0.1111
job_ask	^whi	-0.0306
job_ask	^which	-0.1929
job_ask	^would	0.2616
job_ask	^yeah	-0.0245
job_ask	^you	0.2985
job_ask	a	-0.0761
job_ask	a beginn	-0.1141
job_ask	a big	-0.028
job_ask	a career	-0.0774
job_ask	a career changer	-0.0299
job_ask	a career in	-0.043
job_ask	a colleagu	-0.0471
job_ask	a coupl	-0.0644
job_ask	a coupl more	-0.022
job_ask	a coupl of	-0.0425
job_ask	a data	-0.0396
job_ask	a degre	-0.0226
job_ask	a design	-0.0384
job_ask	a few	-0.0358
job_ask	a good word	0.1139
job_ask	a hand	-0.0796
job_ask	a job	0.0531
job_ask	a job at	0.0714
job_ask	a junior	-0.0803
job_ask	a junior at	-0.0279
job_ask	a newcom	-0.0293
job_ask	a newcom to	-0.0272
job_ask	a normal	-0.026
job_ask	a nurs	-0.0465
job_ask	a part	0.1159
job_ask	a part time	0.1312
job_ask	a posit	0.2197
job_ask	a question	-0.021
job_ask	a quick	-0.0943
job_ask	a referr	0.3789
job_ask	a role	0.1237
job_ask	a shall	-0.071
job_ask	a shall project	-0.0274
job_ask	a startup	-0.0232
job_ask	a student	-0.0224
job_ask	a technician	-0.0273
job_ask	a typic	-0.1408
job_ask	a typic week	-0.1278
job_ask	a week	0.2943
job_ask	a ~closing	0.2763
job_ask	a ~degree	-0.0908
job_ask	a ~job	0.5406
job_ask	a ~number	-0.1003
job_ask	a ~org	-0.0607
job_ask	a ~people	-0.0471
job_ask	a ~student	-0.2619
job_ask	abil	-0.0314
job_ask	abl	0.441
job_ask	abl to	0.441
job_ask	about	-0.5773
job_ask	about a	-0.024
job_ask	about it	-0.0221
job_ask	about me	-0.0297
job_ask	about the	-0.1102
job_ask	about the job	-0.0323
job_ask	about your	-0.0869
job_ask	about ~job	-0.0269
job_ask	about ~number	-0.1453
job_ask	actual	0.0853
job_ask	actual ~help	-0.0263
job_ask	advic	-0.148
job_ask	advic for	-0.0239
job_ask	after	-0.1297
job_ask	after a	-0.0336
job_ask	after ~number	-0.0596
job_ask	afternoon	-0.0253
job_ask	again	-0.0419
job_ask	agenc	-0.0299
job_ask	all	-0.1154
job_ask	all right	-0.0309
job_ask	along	0.2965
job_ask	alreadi	-0.0353
job_ask	alright	-0.0594
job_ask	alright i	-0.0307
job_ask	alumni	-0.0806
job_ask	am	-0.2717
job_ask	am a	-0.0911
job_ask	am a junior	-0.0279
job_ask	am around	-0.0774
job_ask	am here	-0.0734
job_ask	am here to	-0.03
job_ask	am hope	-0.0347
job_ask	am just	-0.0448
job_ask	am look	-0.045
job_ask	am not	-0.1128
job_ask	am ~number	-0.0911
job_ask	am ~want	-0.0498
job_ask	an	0.5997
job_ask	an exercis	-0.1112
job_ask	an exercis for	-0.0891
job_ask	an internship	0.0453
job_ask	an interview	0.3195
job_ask	an intro	-0.022
job_ask	an introduct	-0.0654
job_ask	an introduct to	-0.0654
job_ask	an onlin	-0.0286
job_ask	an ~job	0.2497
job_ask	an ~student	-0.0442
job_ask	an ~talk	0.3195
job_ask	analyst	-0.1434
job_ask	analyst on	-0.033
job_ask	and	-0.0792
job_ask	and i	-0.0714
job_ask	and i have	-0.0323
job_ask	and would	0.1766
job_ask	and ~want	0.1696
job_ask	ani	0.952
job_ask	ani book	-0.052
job_ask	ani chanc	0.2336
job_ask	ani chanc you	0.1474
job_ask	ani more	-0.0561
job_ask	ani more of	-0.0273
job_ask	ani open	0.1877
job_ask	ani podcast	-0.0429
job_ask	ani podcast or	-0.0429
job_ask	ani way	0.1333
job_ask	ani way i	0.1333
job_ask	ani ~job	0.3641
job_ask	ani ~people	-0.0905
job_ask	anoth	-0.0223
job_ask	anyon els	-0.0388
job_ask	anyon in	-0.0477
job_ask	anyon on	-0.0821
job_ask	anyon who	0.208
job_ask	anyon ~people	0.208
job_ask	anyth	0.1748
job_ask	anyth i	-0.0877
job_ask	anyth i can	-0.0451
job_ask	anyth i could	-0.0232
job_ask	anyth on	-0.0566
job_ask	anyth you	-0.042
job_ask	anyth you wish	-0.0308
job_ask	app	-0.0267
job_ask	appli	0.2879
job_ask	appli to	0.2487
job_ask	appli to your	0.2856
job_ask	applic	0.38
job_ask	appreci	0.034
job_ask	appreci it	-0.0414
job_ask	appreci you	-0.0343
job_ask	are	0.1207
job_ask	are entri	-0.0553
job_ask	are entri level	-0.0553
job_ask	are the	-0.0438
job_ask	are there	-0.1007
job_ask	are there ani	0.0464
job_ask	are you	0.377
job_ask	are your	-0.0326
job_ask	are ~job	0.0816
job_ask	are ~number	-0.0457
job_ask	around	-0.0774
job_ask	as	0.481
job_ask	as a	0.2364
job_ask	as ~number	0.2243
job_ask	ask	-0.2124
job_ask	ask about	-0.0258
job_ask	ask for	-0.0488
job_ask	ask for a	-0.0304
job_ask	ask you	-0.09
job_ask	ask you for	-0.0516
job_ask	ask you to	-0.0384
job_ask	associ	-0.0587
job_ask	associ or	-0.0409
job_ask	at	0.2371
job_ask	at a	-0.1061
job_ask	at a startup	-0.0232
job_ask	at paper	-0.0558
job_ask	at paper lantern	-0.0558
job_ask	at the	0.2664
job_ask	at the moment	0.3009
job_ask	at your	0.1425
job_ask	at your compani	-0.0911
job_ask	at your firm	0.0688
job_ask	at ~number	0.14
job_ask	at ~org	-0.0558
job_ask	atmospher	-0.0425
job_ask	back	-0.0459
job_ask	back to	-0.0224
job_ask	background	0.0687
job_ask	bank	-0.0905
job_ask	be	0.5199
job_ask	be a	0.0787
job_ask	be abl	0.441
job_ask	be abl to	0.441
job_ask	be clear	-0.0246
job_ask	be comfort	-0.0721
job_ask	be glad	-0.0777
job_ask	be glad to	-0.0777
job_ask	be happi	-0.037
job_ask	be happi to	-0.037
job_ask	be ok	-0.0213
job_ask	be open	0.0275
job_ask	be open to	0.0275
job_ask	be realli	0.0317
job_ask	be realli grate	0.0317
job_ask	be use	-0.1902
job_ask	be use to	-0.187
job_ask	be will	0.0494
job_ask	be will to	0.0494
job_ask	be ~help	-0.1902
job_ask	be ~number	0.0735
job_ask	be ~want	0.0317
job_ask	becom	-0.0407
job_ask	becom a	-0.0307
job_ask	becom ~number	-0.0407
job_ask	been	-0.0603
job_ask	befor	-0.1196
job_ask	befor appli	-0.0356
job_ask	befor appli to	-0.0235
job_ask	beginn	-0.1312
job_ask	best	-0.034
job_ask	better	-0.0216
job_ask	between	-0.0594
job_ask	big	-0.0372
job_ask	biggest	-0.0294
job_ask	bit	-0.0493
job_ask	book	-0.1037
job_ask	book or	-0.033
job_ask	book you	-0.0434
job_ask	bootcamp	-0.0532
job_ask	brain	-0.0292
job_ask	break	-0.0253
job_ask	build	-0.0318
job_ask	busi	-0.0316
job_ask	but	0.0877
job_ask	but i	-0.0247
job_ask	but i have	-0.022
job_ask	call	-0.1031
job_ask	came	-0.0315
job_ask	can	-0.1254
job_ask	can be	-0.1292
job_ask	can be use	-0.121
job_ask	can do	-0.0396
job_ask	can do for	-0.022
job_ask	can ever	-0.0436
job_ask	can ever help	-0.0436
job_ask	can help	-0.0561
job_ask	can help you	-0.0228
job_ask	can i	0.4123
job_ask	can i help	-0.0256
job_ask	can nurs	-0.0225
job_ask	can return	-0.041
job_ask	can return the	-0.041
job_ask	can you	-0.054
job_ask	can you walk	-0.0214
job_ask	can ~help	-0.1367
job_ask	can ~learn	-0.0271
job_ask	candid	-0.0792
job_ask	care	-0.0513
job_ask	career	-0.2523
job_ask	career changer	-0.0455
job_ask	career in	-0.043
job_ask	career ~student	-0.0299
job_ask	case	-0.1171
job_ask	certif	-0.037
job_ask	chain	-0.0211
job_ask	chanc	0.2306
job_ask	chanc of	0.0831
job_ask	chanc you	0.1474
job_ask	chanc you could	-0.0306
job_ask	chang	-0.1476
job_ask	chang about	-0.0234
job_ask	chang about the	-0.0217
job_ask	chang how	-0.0541
job_ask	changer	-0.0455
job_ask	chat	-0.0789
job_ask	chat with	-0.0283
job_ask	check	-0.032
job_ask	cheer	-0.0392
job_ask	citi	-0.0321
job_ask	civil	-0.0207
job_ask	civil engin	-0.0207
job_ask	clear	-0.0246
job_ask	client	-0.025
job_ask	clinic	-0.0661
job_ask	colleagu	-0.1036
job_ask	come	0.2597
job_ask	come up	0.3352
job_ask	comfort	-0.0721
job_ask	common	-0.0297
job_ask	communiti	-0.0415
job_ask	compani	0.2495
job_ask	confer	-0.0207
job_ask	connect	-0.1148
job_ask	connect me	-0.0415
job_ask	connect me with	-0.0415
job_ask	connect with	-0.0489
job_ask	consid	0.3502
job_ask	consult	-0.0313
job_ask	contact	-0.0353
job_ask	could	0.8227
job_ask	could do	-0.0247
job_ask	could do to	-0.0247
job_ask	could i	0.1472
job_ask	could pass	0.0605
job_ask	could pass my	0.0605
job_ask	could put	0.0692
job_ask	could put in	0.1139
job_ask	could tri	-0.0591
job_ask	could tri to	-0.0474
job_ask	could you	0.1222
job_ask	could you describ	-0.075
job_ask	could you introduc	-0.0389
job_ask	could you recommend	-0.0567
job_ask	could you suggest	-0.0767
job_ask	could you tell	-0.0507
job_ask	could ~help	-0.042
job_ask	could ~learn	0.0841
job_ask	could ~sendverb	0.0499
job_ask	could ~talk	-0.0924
job_ask	could ~want	-0.0591
job_ask	coupl	-0.0644
job_ask	coupl more	-0.022
job_ask	coupl of	-0.0425
job_ask	cours	-0.1427
job_ask	credit	-0.0555
job_ask	credit analyst	-0.0365
job_ask	cultur	-0.0642
job_ask	curious	-0.0252
job_ask	curious about	-0.0225
job_ask	current	-0.0292
job_ask	dashboard	-0.0449
job_ask	data	-0.3323
job_ask	data engin	0.023
job_ask	data scienc	-0.0774
job_ask	data scientist	-0.029
job_ask	data ~student	-0.0216
job_ask	dataset	-0.0309
job_ask	day	-0.1383
job_ask	decent	-0.0782
job_ask	decid	-0.0353
job_ask	definit	-0.0242
job_ask	degre	-0.0932
job_ask	demand	-0.0207
job_ask	depart	0.1618
job_ask	describ	-0.1649
job_ask	describ the	-0.0463
job_ask	describ ~number	-0.1003
job_ask	design	-0.1713
job_ask	design a	-0.0248
job_ask	design is	-0.0213
job_ask	design ~job	0.1074
job_ask	design ~number	-0.0248
job_ask	develop	-0.0563
job_ask	did	-0.2472
job_ask	did it	-0.0228
job_ask	did you	-0.146
job_ask	did your	-0.0291
job_ask	did ~number	-0.0218
job_ask	differ	-0.0797
job_ask	do	-0.0781
job_ask	do a	0.0798
job_ask	do an	-0.0391
job_ask	do befor	-0.0289
job_ask	do for	-0.0312
job_ask	do for you	-0.0312
job_ask	do hire	-0.0269
job_ask	do most	-0.0202
job_ask	do not	0.3504
job_ask	do not have	-0.0396
job_ask	do not suppos	0.115
job_ask	do not want	-0.0354
job_ask	do peopl	-0.0264
job_ask	do to	-0.0459
job_ask	do you	0.4004
job_ask	do you actual	-0.0242
job_ask	do you ever	-0.0289
job_ask	do you have	-0.0514
job_ask	do you know	0.2122
job_ask	do you like	-0.0277
job_ask	do you think	0.1258
job_ask	do you use	-0.0333
job_ask	do you work	-0.0233
job_ask	do ~gatekeeper	-0.0269
job_ask	do ~hiring	-0.0269
job_ask	do ~number	0.0407
job_ask	do ~people	-0.0264
job_ask	doe	-0.1998
job_ask	doe a	-0.0472
job_ask	doe it	-0.0405
job_ask	doe your compani	0.0515
job_ask	doe your team	-0.0411
job_ask	doe ~number	-0.0569
job_ask	done	-0.166
job_ask	done ~number	-0.0266
job_ask	down	0.2433
job_ask	drop	-0.0266
job_ask	eat	-0.0217
job_ask	eat into	-0.0217
job_ask	eat into your	-0.0217
job_ask	educ	-0.0267
job_ask	elect	-0.0536
job_ask	els	-0.0637
job_ask	email	-0.06
job_ask	email you	-0.0302
job_ask	end	-0.0773
job_ask	end up	-0.0233
job_ask	engin	-0.0857
job_ask	enjoy	-0.034
job_ask	enough	-0.034
job_ask	entri	0.1224
job_ask	entri level	0.1224
job_ask	entri level job	-0.0292
job_ask	even	-0.0228
job_ask	evening	-0.0727
job_ask	event	-0.026
job_ask	ever	-0.1172
job_ask	ever help	-0.0542
job_ask	ever need	0.0517
job_ask	ever need a	0.0535
job_ask	ever want	-0.0506
job_ask	ever ~help	-0.0436
job_ask	everyth	-0.0547
job_ask	everyth on	-0.0267
job_ask	everyth on my	-0.0267
job_ask	excit	-0.0248
job_ask	excit about	-0.0248
job_ask	exercis	-0.1576
job_ask	exercis for	-0.0891
job_ask	exercis for a	-0.0891
job_ask	exercis to	-0.0641
job_ask	experi	-0.0283
job_ask	extra	-0.0228
job_ask	far	-0.0503
job_ask	favor	-0.03
job_ask	feedback	-0.0329
job_ask	feedback to	-0.0228
job_ask	feel	-0.0416
job_ask	few	-0.0549
job_ask	few ~duration	-0.0205
job_ask	field	-0.1295
job_ask	figur	-0.0401
job_ask	figur out	-0.0401
job_ask	fill	-0.0208
job_ask	financ	-0.0295
job_ask	find	-0.068
job_ask	finish	-0.0851
job_ask	finish a	-0.0269
job_ask	finish ~number	-0.0344
job_ask	firm	0.1767
job_ask	first	-0.1279
job_ask	first year	-0.053
job_ask	first ~duration	-0.053
job_ask	first ~job	-0.0207
job_ask	fit	-0.0249
job_ask	fit me	-0.0249
job_ask	five	-0.0223
job_ask	focus	-0.0569
job_ask	focus on	-0.0528
job_ask	follow	-0.1416
job_ask	follow up	-0.0804
job_ask	follow up with	-0.0257
job_ask	for	0.4767
job_ask	for a	0.1875
job_ask	for a beginn	-0.1141
job_ask	for a job	-0.0729
job_ask	for advic	-0.0502
job_ask	for an	0.0897
job_ask	for data	-0.0433
job_ask	for data scienc	-0.0327
job_ask	for it	0.0843
job_ask	for me	0.1413
job_ask	for new	-0.0599
job_ask	for peopl	-0.0235
job_ask	for polici	-0.0253
job_ask	for someon	-0.0278
job_ask	for the	0.3773
job_ask	for this	-0.0299
job_ask	for today	-0.039
job_ask	for you	0.2933
job_ask	for your	-0.136
job_ask	for ~insight	-0.0502
job_ask	for ~number	0.6352
job_ask	for ~org	-0.0269
job_ask	for ~people	-0.0513
job_ask	forecast	-0.0309
job_ask	found	-0.0448
job_ask	free	-0.0557
job_ask	from	-0.4302
job_ask	from a	-0.0464
job_ask	from me	-0.0458
job_ask	from my	-0.0342
job_ask	from your	-0.0676
job_ask	from ~number	-0.0623
job_ask	game	-0.1112
job_ask	game design	-0.0299
job_ask	game develop	-0.0212
job_ask	gather	-0.0307
job_ask	gather inform	-0.0307
job_ask	gather ~insight	-0.0307
job_ask	get	0.071
job_ask	get a	0.0419
job_ask	get a job	0.0714
job_ask	get an	0.0362
job_ask	get into	-0.0564
job_ask	get on	-0.021
job_ask	get on with	-0.021
job_ask	get your	-0.0329
job_ask	get ~number	0.0754
job_ask	give	-0.0787
job_ask	glad	-0.0777
job_ask	glad to	-0.0777
job_ask	go	-0.0576
job_ask	go on	-0.0245
job_ask	go to	-0.0782
job_ask	goal	-0.0241
job_ask	good	-0.1071
job_ask	good at	-0.0231
job_ask	good word	0.1139
job_ask	good word for	0.1139
job_ask	good ~limit	-0.0214
job_ask	got	-0.1632
job_ask	got hire	-0.1042
job_ask	got ~number	-0.0232
job_ask	govern	-0.0212
job_ask	grad	0.1002
job_ask	grad school	-0.0427
job_ask	grad ~org	-0.0427
job_ask	graduat	0.3626
job_ask	grant	-0.0586
job_ask	grant write	-0.0398
job_ask	grate	0.0227
job_ask	great	-0.0472
job_ask	grow	-0.0295
job_ask	grow into	-0.0295
job_ask	growth	0.0398
job_ask	guy	0.4736
job_ask	had	-0.0533
job_ask	hand	-0.0949
job_ask	handl	-0.0378
job_ask	happen	0.3615
job_ask	happi	-0.1011
job_ask	happi to	-0.0591
job_ask	happi to help	-0.0324
job_ask	hard	-0.1368
job_ask	has	0.0436
job_ask	have	-0.1534
job_ask	have a	-0.0594
job_ask	have ani	0.3014
job_ask	have been	-0.0437
job_ask	have got	-0.0232
job_ask	have time	-0.0356
job_ask	have time for	-0.0356
job_ask	have to	-0.046
job_ask	have ~limit	-0.0356
job_ask	have ~number	-0.0672
job_ask	have ~workverb	-0.0522
job_ask	head	-0.0271
job_ask	health	-0.0278
job_ask	healthcar	-0.0241
job_ask	hear	-0.0401
job_ask	hear how	-0.029
job_ask	hear how you	-0.029
job_ask	help	-0.0884
job_ask	help me	0.1982
job_ask	help me understand	-0.0447
job_ask	help to	-0.0248
job_ask	help with	-0.0769
job_ask	help with anyth	-0.0361
job_ask	help you	-0.0907
job_ask	help you out	-0.059
job_ask	here	-0.1395
job_ask	here to	-0.0488
job_ask	here to learn	-0.0332
job_ask	hey	0.1687
job_ask	hi	-0.0317
job_ask	hire	0.8402
job_ask	hire manag	0.0231
job_ask	hire right	0.3178
job_ask	hire right now	0.3178
job_ask	hire team	0.0417
job_ask	hire ~gatekeeper	0.0231
job_ask	hire ~student	0.0387
job_ask	honest	-0.0391
job_ask	honest i	0.0692
job_ask	honest ~insight	-0.0286
job_ask	hope	0.1611
job_ask	hope you	0.1803
job_ask	hospit	0.084
job_ask	hour	0.089
job_ask	hous	-0.0289
job_ask	how	-0.9152
job_ask	how can	-0.0233
job_ask	how did	-0.0933
job_ask	how did you	-0.0529
job_ask	how did your	-0.0291
job_ask	how do	-0.1993
job_ask	how do you	-0.1531
job_ask	how doe	-0.0729
job_ask	how doe your	-0.0505
job_ask	how is	-0.0746
job_ask	how is a	-0.027
job_ask	how long	-0.0394
job_ask	how long doe	-0.0299
job_ask	how much	-0.0363
job_ask	how would	-0.0517
job_ask	how would you	-0.044
job_ask	how you	-0.0711
job_ask	how your	-0.0479
job_ask	how ~help	-0.1993
job_ask	how ~studyverb	-0.0933
job_ask	how ~want	-0.0517
job_ask	hunt	-0.0322
job_ask	i am	-0.2717
job_ask	i am a	-0.0911
job_ask	i am around	-0.0774
job_ask	i am here	-0.0734
job_ask	i am hope	-0.0347
job_ask	i am just	-0.0448
job_ask	i am look	-0.045
job_ask	i am not	-0.1128
job_ask	i be	-0.0246
job_ask	i can	-0.2876
job_ask	i can be	-0.1292
job_ask	i can do	-0.0396
job_ask	i can ever	-0.0436
job_ask	i can help	-0.0228
job_ask	i can return	-0.041
job_ask	i could	0.2607
job_ask	i could do	-0.0247
job_ask	i could tri	-0.0591
job_ask	i do not	0.0402
job_ask	i email	-0.0231
job_ask	i email you	-0.0231
job_ask	i follow	-0.031
job_ask	i follow up	-0.031
job_ask	i go	-0.0266
job_ask	i had	-0.046
job_ask	i have	-0.1386
job_ask	i have been	-0.0412
job_ask	i help	-0.0301
job_ask	i just	-0.0376
job_ask	i know this	0.1168
job_ask	i know you	-0.0341
job_ask	i learn	-0.0214
job_ask	i practic	-0.025
job_ask	i reach	-0.0281
job_ask	i reach out	-0.0256
job_ask	i read	-0.0232
job_ask	i realli	0.0243
job_ask	i realli appreci	-0.0435
job_ask	i send	0.2422
job_ask	i send you	0.1363
job_ask	i should	-0.1041
job_ask	i should talk	-0.031
job_ask	i think	-0.0642
job_ask	i think i	-0.0261
job_ask	i want	-0.085
job_ask	i want to	-0.05
job_ask	i was	0.1895
job_ask	i was hope	0.0431
job_ask	i will	-0.4087
job_ask	i will leav	-0.0234
job_ask	i will let	-0.086
job_ask	i will not	-0.0606
job_ask	i will send	-0.072
job_ask	i will stop	-0.0416
job_ask	i will wrap	-0.025
job_ask	i would	0.0815
job_ask	i would be	-0.0679
job_ask	i would like	-0.0251
job_ask	i would love	0.0666
job_ask	i would realli	-0.038
job_ask	i ~help	-0.0442
job_ask	i ~insight	-0.036
job_ask	i ~learn	-0.0591
job_ask	i ~org	-0.025
job_ask	i ~sendverb	0.2196
job_ask	i ~student	-0.021
job_ask	i ~studyverb	-0.0325
job_ask	i ~talk	-0.0525
job_ask	i ~want	-0.0308
job_ask	i ~workverb	-0.0275
job_ask	idea	0.0294
job_ask	if	0.1071
job_ask	if a	0.2197
job_ask	if a posit	0.2197
job_ask	if i	-0.1915
job_ask	if i can	-0.0673
job_ask	if i would	-0.0234
job_ask	if it	-0.0765
job_ask	if that	-0.0229
job_ask	if there is	-0.1168
job_ask	if you	-0.0464
job_ask	if you could	0.0884
job_ask	if you ever	-0.0261
job_ask	if you need	-0.0246
job_ask	if you were	-0.1062
job_ask	if your	0.0733
job_ask	if your team	-0.1059
job_ask	if ~number	0.2197
job_ask	in	-0.4989
job_ask	in a	0.0258
job_ask	in a good	0.1139
job_ask	in my	-0.0757
job_ask	in polici	-0.0527
job_ask	in public	-0.0274
job_ask	in public polici	-0.0239
job_ask	in the	-0.0524
job_ask	in this	-0.0549
job_ask	in touch	-0.1098
job_ask	in touch with	-0.0879
job_ask	in your	0.102
job_ask	in your depart	0.1773
job_ask	in your field	-0.031
job_ask	in your network	-0.0261
job_ask	in your role	-0.025
job_ask	in ~contactverb	-0.1106
job_ask	in ~number	-0.0309
job_ask	industri	-0.0531
job_ask	inform	-0.0775
job_ask	insid	-0.0253
job_ask	interest	-0.0644
job_ask	interest in	-0.0232
job_ask	intern	0.6381
job_ask	internship	0.2574
job_ask	internship in	0.072
job_ask	interview	0.2786
job_ask	into	-0.2736
job_ask	into leadership	-0.0334
job_ask	into other	-0.0402
job_ask	into your	-0.0217
job_ask	intro	-0.022
job_ask	introduc	-0.0773
job_ask	introduct	-0.0784
job_ask	introduct to	-0.0654
job_ask	invest	-0.0432
job_ask	invest bank	-0.0382
job_ask	is	-0.3414
job_ask	is a	0.0964
job_ask	is ani	-0.0905
job_ask	is ani way	-0.0905
job_ask	is anyon	-0.0217
job_ask	is done	-0.1204
job_ask	is everyth	-0.0327
job_ask	is for	-0.0225
job_ask	is for me	-0.0225
job_ask	is it	-0.0833
job_ask	is not	0.0683
job_ask	is not about	-0.024
job_ask	is realli	-0.032
job_ask	is that	-0.0227
job_ask	is the	-0.2045
job_ask	is the cultur	-0.0458
job_ask	is there	0.3942
job_ask	is there a	-0.0699
job_ask	is there ani	0.5359
job_ask	is there anyth	-0.1861
job_ask	is there someth	-0.0494
job_ask	is to	-0.0286
job_ask	is to understand	-0.0235
job_ask	is your	0.0646
job_ask	is ~number	-0.1191
job_ask	is ~people	-0.0231
job_ask	is ~want	-0.049
job_ask	it	0.1119
job_ask	it be	-0.0833
job_ask	it be ok	-0.0213
job_ask	it for	-0.0436
job_ask	it from	-0.0216
job_ask	it help	-0.0356
job_ask	it is	-0.1315
job_ask	it take	0.3261
job_ask	it there	-0.0596
job_ask	it there for	-0.039
job_ask	it ~help	-0.0356
job_ask	it ~insight	0.3261
job_ask	it ~want	-0.0805
job_ask	job	-0.1195
job_ask	job at	0.0714
job_ask	job at your	0.0714
job_ask	job hunt	-0.0322
job_ask	job you	-0.0224
job_ask	job ~help	-0.0271
job_ask	jump	0.1277
job_ask	junior	0.1129
job_ask	junior at	-0.0279
job_ask	junior design	0.0242
job_ask	junior peopl	-0.043
job_ask	junior ~people	-0.043
job_ask	just	-0.1664
job_ask	just start	-0.0212
job_ask	just to	-0.0246
job_ask	just to be	-0.0246
job_ask	just want	-0.0208
job_ask	just want to	-0.0208
job_ask	just ~want	-0.0501
job_ask	keep	0.0864
job_ask	keep in	-0.0212
job_ask	keep in touch	-0.0212
job_ask	keep you	-0.0735
job_ask	kept	-0.0226
job_ask	kept you	-0.0226
job_ask	kind	-0.068
job_ask	kind of	-0.0425
job_ask	know	0.3292
job_ask	know anyon	0.1558
job_ask	know anyon in	-0.0327
job_ask	know anyon who	0.2113
job_ask	know if	0.2246
job_ask	know if i	-0.0571
job_ask	know if there	0.0324
job_ask	know if your	0.1255
job_ask	know this	0.1168
job_ask	know this is	0.1168
job_ask	know you	-0.0341
job_ask	know ~people	0.1393
job_ask	languag	-0.0415
job_ask	lantern	-0.0615
job_ask	larg	-0.0389
job_ask	last	-0.0691
job_ask	last week	0.0484
job_ask	last ~closing	0.0484
job_ask	late	-0.0473
job_ask	later	-0.0849
job_ask	law	-0.0213
job_ask	lead	-0.1318
job_ask	leadership	-0.0848
job_ask	learn	-0.1186
job_ask	learner	-0.0367
job_ask	leav	-0.0977
job_ask	leav it	-0.067
job_ask	leav it there	-0.0596
job_ask	let	0.0425
job_ask	let me	0.2017
job_ask	let me know	0.2017
job_ask	let us	-0.0491
job_ask	let us leav	-0.0471
job_ask	let you	-0.1102
job_ask	let you get	-0.023
job_ask	let you go	-0.0423
job_ask	level	0.1153
job_ask	level job	-0.0292
job_ask	level ~job	0.1235
job_ask	like	-0.0347
job_ask	like for	-0.0277
job_ask	like the	-0.0472
job_ask	like ~number	0.2649
job_ask	link	-0.0254
job_ask	linkedin	-0.1014
job_ask	list	-0.0397
job_ask	long	-0.0659
job_ask	long doe	-0.0299
job_ask	longer	-0.0383
job_ask	look	-0.2229
job_ask	look for	-0.0796
job_ask	look for advic	-0.0502
job_ask	look like	-0.0882
job_ask	love it	0.0554
job_ask	love to hear	-0.036
job_ask	love ~number	-0.0277
job_ask	lunch	-0.0313
job_ask	lunch break	-0.0205
job_ask	made	-0.0893
job_ask	made ~number	-0.0651
job_ask	main	-0.0462
job_ask	major	-0.0306
job_ask	make	-0.1432
job_ask	make a	-0.0204
job_ask	make sens	-0.0348
job_ask	make the	-0.0457
job_ask	make ~insight	-0.0348
job_ask	make ~number	-0.0661
job_ask	manag	-0.0241
job_ask	manag who	-0.0394
job_ask	manag ~people	-0.0394
job_ask	market	0.096
job_ask	master	-0.0258
job_ask	matter	-0.0693
job_ask	matter most	-0.0407
job_ask	matter most in	-0.021
job_ask	me	1.0103
job_ask	me about	-0.0714
job_ask	me about your	-0.0548
job_ask	me for	0.2668
job_ask	me for the	0.1708
job_ask	me i	-0.0221
job_ask	me in	0.0847
job_ask	me in touch	-0.0714
job_ask	me know	0.2017
job_ask	me know if	0.1267
job_ask	me through	-0.1587
job_ask	me through a	-0.1407
job_ask	me to	0.0406
job_ask	me to the	0.1247
job_ask	me toward	-0.0328
job_ask	me understand	-0.0447
job_ask	me when	0.0852
job_ask	me ~learn	0.2489
job_ask	me ~number	0.1848
job_ask	meet	-0.1018
job_ask	meet you	-0.0211
job_ask	mention	-0.1316
job_ask	mentor	-0.0357
job_ask	might	0.0305
job_ask	might be	0.1476
job_ask	mind	0.1243
job_ask	mind if	0.167
job_ask	mind if i	-0.0445
job_ask	minut	-0.098
job_ask	model	-0.0398
job_ask	moment	0.2957
job_ask	month	-0.0287
job_ask	more	-0.1569
job_ask	more about	-0.0242
job_ask	more minut	-0.0227
job_ask	more of	-0.0273
job_ask	more of your	-0.0273
job_ask	more question	-0.0553
job_ask	more ~limit	-0.0227
job_ask	more ~timeunit	-0.0227
job_ask	most	-0.2438
job_ask	most in	-0.03
job_ask	most ~want	-0.0296
job_ask	move	-0.0941
job_ask	move into	-0.0784
job_ask	move into other	-0.0402
job_ask	much	-0.1545
job_ask	much for	-0.026
job_ask	my	0.3414
job_ask	my applic	0.3988
job_ask	my background	0.1043
job_ask	my interest	-0.029
job_ask	my list	-0.0267
job_ask	my own	-0.0246
job_ask	my question	-0.0206
job_ask	my resum	0.5295
job_ask	my resum to	0.268
job_ask	my ~application	0.9283
job_ask	my ~degree	-0.0244
job_ask	my ~student	-0.0225
job_ask	myself	-0.0235
job_ask	name	0.2396
job_ask	necessari	-0.0227
job_ask	need a	0.1268
job_ask	need a hand	-0.0796
job_ask	need to	-0.0677
job_ask	need ~number	0.1182
job_ask	network	-0.0443
job_ask	network who	-0.0226
job_ask	network ~people	-0.0226
job_ask	never	-0.072
job_ask	never ~learn	-0.0361
job_ask	new	0.0723
job_ask	new grad	0.1496
job_ask	newcom	-0.0293
job_ask	newcom to	-0.0272
job_ask	newslett	-0.0597
job_ask	next	0.0885
job_ask	next step	-0.0505
job_ask	next ~number	-0.0214
job_ask	night	-0.0307
job_ask	no	-0.0769
job_ask	nonprofit	-0.055
job_ask	normal	-0.026
job_ask	not	0.1692
job_ask	not about	-0.024
job_ask	not ask	-0.0266
job_ask	not have	-0.0396
job_ask	not job	-0.0322
job_ask	not job hunt	-0.0322
job_ask	not suppos	0.115
job_ask	not to	-0.0246
job_ask	not to ask	-0.0246
job_ask	not want	-0.0354
job_ask	not want to	-0.0354
job_ask	not ~job	-0.0322
job_ask	not ~want	0.0605
job_ask	note	-0.0489
job_ask	note after	-0.0232
job_ask	note ~want	-0.0232
job_ask	now	0.1763
job_ask	now ~studyverb	-0.02
job_ask	nurs	-0.2147
job_ask	of	-0.3489
job_ask	of a	-0.0299
job_ask	of ani	-0.0587
job_ask	of anyth	0.0726
job_ask	of peopl	-0.0336
job_ask	of the	-0.1179
job_ask	of the job	-0.0417
job_ask	of your	-0.1604
job_ask	of your afternoon	-0.0221
job_ask	of your time	-0.0214
job_ask	of ~number	-0.0616
job_ask	of ~people	-0.0479
job_ask	off	-0.0352
job_ask	offic	-0.0709
job_ask	oh	-0.024
job_ask	ok	-0.1779
job_ask	ok for	-0.0335
job_ask	ok that	-0.0259
job_ask	ok that is	-0.0259
job_ask	old	-0.0939
job_ask	on	0.2058
job_ask	on a	-0.0248
job_ask	on ani	0.3997
job_ask	on it	-0.1343
job_ask	on linkedin	-0.0756
job_ask	on my	0.1703
job_ask	on my list	-0.0267
job_ask	on my own	-0.0246
job_ask	on the	-0.0338
job_ask	on this	-0.0545
job_ask	on time	-0.0224
job_ask	on whether	-0.0262
job_ask	on with	-0.021
job_ask	on with your	-0.021
job_ask	on your	0.0455
job_ask	on your plate	-0.049
job_ask	on your team	0.1804
job_ask	on ~limit	-0.0224
job_ask	on ~number	-0.0648
job_ask	onboard	-0.0544
job_ask	onc	-0.1258
job_ask	one	-0.0701
job_ask	onlin	-0.0969
job_ask	onlin cours	-0.0555
job_ask	onlin ~degree	-0.0286
job_ask	open	1.0087
job_ask	open for	0.3416
job_ask	open on	0.0972
job_ask	open to	0.0275
job_ask	open to a	-0.0831
job_ask	open up	0.0913
job_ask	or	-0.5301
job_ask	or is	-0.031
job_ask	or newslett	-0.0597
job_ask	or should	-0.0208
job_ask	or ~number	-0.049
job_ask	organiz	-0.0234
job_ask	other	-0.0937
job_ask	other role	-0.0603
job_ask	other ~job	-0.0603
job_ask	other ~people	-0.0261
job_ask	our	-0.0829
job_ask	out	-0.3745
job_ask	out if	-0.0224
job_ask	out to	-0.0898
job_ask	out with	-0.0461
job_ask	outreach	-0.0204
job_ask	outsid	-0.0334
job_ask	over	-0.0919
job_ask	own	-0.0685
job_ask	pack	-0.0261
job_ask	paper	-0.0615
job_ask	paper lantern	-0.0615
job_ask	part	0.0516
job_ask	part of	-0.0769
job_ask	part of the	-0.0403
job_ask	part time	0.1285
job_ask	part ~limit	0.1285
job_ask	pass	0.322
job_ask	pass my	0.1018
job_ask	pass my resum	0.0554
job_ask	path	-0.0429
job_ask	peopl	-0.2055
job_ask	peopl in	-0.0313
job_ask	person	-0.0725
job_ask	perspect	-0.0672
job_ask	phd	-0.021
job_ask	pick	-0.0463
job_ask	pitch	-0.0301
job_ask	place	0.1249
job_ask	plan	-0.0309
job_ask	plate	-0.049
job_ask	pleas	0.0821
job_ask	pleas let	0.0934
job_ask	pleas let me	0.0934
job_ask	podcast	-0.0574
job_ask	podcast or	-0.0473
job_ask	point me	-0.0704
job_ask	point me toward	-0.0328
job_ask	point of	0.1262
job_ask	polici	-0.1875
job_ask	polici analyst	-0.0368
job_ask	posit	0.3127
job_ask	possibl	-0.0596
job_ask	possibl to	-0.0596
job_ask	post	0.0343
job_ask	practic	-0.0635
job_ask	product	0.1382
job_ask	profess	-0.0225
job_ask	profession	-0.0446
job_ask	program	-0.0615
job_ask	progress	-0.0393
job_ask	project	-0.0988
job_ask	project for	0.1056
job_ask	project you	-0.0328
job_ask	promis	-0.0285
job_ask	public	-0.079
job_ask	public polici	-0.0262
job_ask	put	0.3028
job_ask	put in	0.1139
job_ask	put in a	0.1139
job_ask	put me	-0.0714
job_ask	put me in	-0.0714
job_ask	python	-0.061
job_ask	qa	0.2001
job_ask	qa tester	0.2001
job_ask	question	-0.1475
job_ask	question ~later	-0.0233
job_ask	quick	-0.1131
job_ask	quick ~contactverb	-0.0715
job_ask	quick ~talk	-0.0911
job_ask	rather	-0.0817
job_ask	rather than	-0.0554
job_ask	reach	-0.1343
job_ask	reach out	-0.1115
job_ask	reach out to	-0.0898
job_ask	read	-0.0428
job_ask	real	-0.0212
job_ask	realli	0.2348
job_ask	realli appreci	0.0667
job_ask	realli appreci it	-0.0414
job_ask	realli grate	0.0317
job_ask	realli ~want	0.0496
job_ask	recommend	-0.1552
job_ask	recruit	0.1046
job_ask	refer	0.4644
job_ask	refer me	0.367
job_ask	referr	0.3648
job_ask	report	-0.0334
job_ask	requir	-0.0331
job_ask	research	-0.2148
job_ask	respons	-0.0365
job_ask	resum	0.5295
job_ask	resum to	0.268
job_ask	return	-0.0718
job_ask	return the	-0.0555
job_ask	return the favor	-0.03
job_ask	return ~number	-0.0555
job_ask	right	0.1853
job_ask	right now	0.2832
job_ask	risk	-0.0432
job_ask	role	0.3912
job_ask	role do	-0.0221
job_ask	role i	0.2669
job_ask	role ~help	-0.0221
job_ask	rout	-0.0365
job_ask	run	-0.0671
job_ask	said	-0.0207
job_ask	same	-0.0455
job_ask	say	-0.0529
job_ask	say ~number	-0.02
job_ask	school	-0.066
job_ask	scienc	-0.0774
job_ask	scientist	-0.029
job_ask	season	-0.0255
job_ask	second	-0.0224
job_ask	sector	-0.028
job_ask	see	-0.0741
job_ask	see if	-0.0488
job_ask	see if i	-0.0267
job_ask	send	0.1148
job_ask	send me	-0.0275
job_ask	send thank	-0.0232
job_ask	send thank you	-0.0232
job_ask	send you	0.0712
job_ask	send you my	0.1457
job_ask	senior	-0.0245
job_ask	sens	-0.0348
job_ask	shall	-0.1171
job_ask	shall i	-0.0219
job_ask	shall project	-0.0325
job_ask	share	-0.1613
job_ask	share my	-0.0717
job_ask	share what	-0.0524
job_ask	shift	-0.0357
job_ask	short	-0.0445
job_ask	should	-0.1454
job_ask	should i send	0.1059
job_ask	should talk	-0.031
job_ask	should talk to	-0.031
job_ask	should ~talk	-0.0456
job_ask	side	-0.1363
job_ask	side project	-0.0416
job_ask	sinc	-0.0217
job_ask	skill	-0.0908
job_ask	so	0.0984
job_ask	so far	-0.0503
job_ask	so i	-0.1221
job_ask	so i am	-0.0446
job_ask	so i will	-0.0387
job_ask	so if you	0.0733
job_ask	so much	-0.049
job_ask	so much for	-0.026
job_ask	so you	0.2102
job_ask	so you can	0.2395
job_ask	some	-0.0826
job_ask	someon	-0.103
job_ask	someon at	-0.0248
job_ask	someon at a	-0.0231
job_ask	someon in	-0.0516
job_ask	someon who	-0.0349
job_ask	someon who is	-0.0317
job_ask	someon ~people	-0.0349
job_ask	someon ~want	-0.0201
job_ask	someth	-0.0639
job_ask	someth i	-0.0453
job_ask	someth i could	-0.0369
job_ask	sorri	-0.0929
job_ask	sorri my	-0.0316
job_ask	sound	-0.0221
job_ask	sprint	-0.0449
job_ask	sprint look	-0.0449
job_ask	sprint look like	-0.0449
job_ask	sql	-0.0555
job_ask	staff	-0.0339
job_ask	stand	-0.0682
job_ask	stand out	-0.0682
job_ask	start	-0.1389
job_ask	startup	-0.0268
job_ask	stay	-0.0569
job_ask	stay in	-0.0229
job_ask	step	-0.0766
job_ask	still	0.206
job_ask	stop	-0.0779
job_ask	stop there	-0.0286
job_ask	stori	-0.0369
job_ask	structur	-0.0559
job_ask	student	-0.0797
job_ask	studi	-0.1561
job_ask	studio	-0.0434
job_ask	suggest	-0.1651
job_ask	suggest an	-0.063
job_ask	suggest an exercis	-0.063
job_ask	suggest for	-0.0287
job_ask	suggest ~number	-0.0767
job_ask	suit	-0.0803
job_ask	suit me	-0.0614
job_ask	summer	0.5488
job_ask	super	-0.0356
job_ask	suppli	-0.0211
job_ask	suppli chain	-0.0211
job_ask	support	-0.0904
job_ask	support for	-0.0454
job_ask	suppos	0.115
job_ask	survey	-0.0927
job_ask	switch	-0.0516
job_ask	switch from	-0.0337
job_ask	take	0.605
job_ask	take a	-0.0465
job_ask	take for	0.3356
job_ask	take on	0.2712
job_ask	take on ani	0.3997
job_ask	take up	-0.0397
job_ask	take up ani	-0.0273
job_ask	take ~number	-0.0593
job_ask	taken	-0.0293
job_ask	talk	-0.221
job_ask	talk to	-0.1049
job_ask	talk with	-0.0811
job_ask	talk with me	-0.0811
job_ask	task	-0.0292
job_ask	teach	-0.0531
job_ask	team	0.3317
job_ask	team be	-0.1357
job_ask	team ever	-0.1059
job_ask	team work	-0.0603
job_ask	team ~gatekeeper	0.0741
job_ask	team ~workverb	-0.0282
job_ask	technician	-0.0552
job_ask	tell	-0.1121
job_ask	tell me	-0.0951
job_ask	tell me about	-0.0714
job_ask	ten	-0.0266
job_ask	test	-0.1307
job_ask	test my	-0.029
job_ask	test my interest	-0.029
job_ask	test whether	-0.0383
job_ask	tester	0.2001
job_ask	than	-0.0971
job_ask	than a	-0.0589
job_ask	than ~number	-0.0589
job_ask	thank	-0.2195
job_ask	thank for	-0.0485
job_ask	thank you	-0.2126
job_ask	thank you for	-0.0907
job_ask	thank you note	-0.0315
job_ask	thank you so	-0.0318
job_ask	that	-0.4996
job_ask	that is	-0.194
job_ask	that is everyth	-0.0327
job_ask	the	-0.5083
job_ask	the analyst	0.0436
job_ask	the atmospher	-0.0425
job_ask	the cultur	-0.051
job_ask	the favor	-0.03
job_ask	the field	-0.0543
job_ask	the hire	0.0615
job_ask	the hire manag	0.0387
job_ask	the job	-0.1009
job_ask	the job you	-0.0224
job_ask	the junior	0.0586
job_ask	the last	-0.0312
job_ask	the link	-0.0254
job_ask	the moment	0.3009
job_ask	the most	-0.0278
job_ask	the next	-0.0415
job_ask	the point	0.1236
job_ask	the point of	0.1262
job_ask	the student	-0.03
job_ask	the switch	-0.0233
job_ask	the team	0.0811
job_ask	the ~closing	-0.0216
job_ask	the ~degree	-0.037
job_ask	the ~gatekeeper	0.1448
job_ask	the ~hiring	-0.0443
job_ask	the ~job	-0.0874
job_ask	the ~learn	-0.0511
job_ask	the ~limit	-0.0229
job_ask	the ~org	0.0224
job_ask	the ~people	-0.026
job_ask	the ~student	0.2104
job_ask	their	-0.1037
job_ask	their first	-0.0522
job_ask	there	0.4973
job_ask	there a	-0.0699
job_ask	there ani	0.5823
job_ask	there ani chanc	0.2642
job_ask	there ani way	0.2717
job_ask	there anyth	-0.1861
job_ask	there anyth i	-0.08
job_ask	there anyth you	-0.042
job_ask	there are	0.2427
job_ask	there for	-0.0486
job_ask	there for today	-0.039
job_ask	there is	0.087
job_ask	there is ani	-0.0905
job_ask	there is anyon	-0.0217
job_ask	there so	-0.0406
job_ask	there so you	-0.0406
job_ask	there someth	-0.0494
job_ask	there someth i	-0.0369
job_ask	there ~number	0.1345
job_ask	there ~people	-0.0482
job_ask	these	-0.0521
job_ask	these day	-0.0472
job_ask	thing	-0.0309
job_ask	think	-0.0275
job_ask	think about	-0.0428
job_ask	think i	-0.0693
job_ask	think i should	-0.0313
job_ask	think of	-0.02
job_ask	think that	-0.0286
job_ask	think the	-0.0312
job_ask	think you	0.2567
job_ask	think you could	0.2567
job_ask	think ~number	-0.0312
job_ask	this career	-0.0339
job_ask	this field	-0.0426
job_ask	this is	0.0924
job_ask	this is not	0.1079
job_ask	this job	-0.0589
job_ask	this role	-0.0206
job_ask	this sector	-0.0204
job_ask	this summer	0.2022
job_ask	this work	-0.0255
job_ask	this year	0.1815
job_ask	this ~duration	0.1815
job_ask	this ~job	-0.0795
job_ask	this ~learn	-0.0255
job_ask	this ~workverb	-0.0255
job_ask	thought	-0.0293
job_ask	through	-0.2676
job_ask	through a	-0.2114
job_ask	through a typic	-0.1283
job_ask	through ~number	-0.2164
job_ask	time	-0.1733
job_ask	time for	-0.0356
job_ask	to	-0.1416
job_ask	to a	-0.0891
job_ask	to a quick	-0.0831
job_ask	to ask	-0.0786
job_ask	to ask for	-0.0234
job_ask	to ask you	-0.0426
job_ask	to be	0.2696
job_ask	to be clear	-0.0246
job_ask	to becom	-0.0282
job_ask	to do	-0.0664
job_ask	to find	-0.0299
job_ask	to get	0.0571
job_ask	to get a	-0.0243
job_ask	to get into	-0.0416
job_ask	to get your	-0.0262
job_ask	to grad	-0.0427
job_ask	to grad school	-0.0427
job_ask	to hear	-0.0707
job_ask	to hear how	-0.029
job_ask	to help	0.105
job_ask	to help with	-0.0354
job_ask	to hour	0.1739
job_ask	to keep	-0.0274
job_ask	to learn	-0.0529
job_ask	to see	-0.0488
job_ask	to see if	-0.0488
job_ask	to send	-0.0226
job_ask	to share	-0.0819
job_ask	to stay	-0.0275
job_ask	to take	-0.0221
job_ask	to take up	-0.0221
job_ask	to talk	-0.1235
job_ask	to talk to	-0.0273
job_ask	to talk with	-0.0811
job_ask	to test	-0.0629
job_ask	to test my	-0.029
job_ask	to test whether	-0.0339
job_ask	to the	0.1007
job_ask	to the hire	0.0387
job_ask	to tri	-0.0572
job_ask	to understand	-0.0512
job_ask	to understand the	-0.0238
job_ask	to work	0.1042
job_ask	to you	-0.139
job_ask	to your	0.386
job_ask	to ~gatekeeper	-0.0228
job_ask	to ~help	0.0327
job_ask	to ~insight	-0.0221
job_ask	to ~learn	-0.1671
job_ask	to ~limit	0.1621
job_ask	to ~number	-0.0243
job_ask	to ~people	-0.0538
job_ask	to ~sendverb	0.0344
job_ask	to ~student	-0.0791
job_ask	to ~talk	-0.2307
job_ask	to ~timeunit	0.1739
job_ask	to ~want	-0.0572
job_ask	to ~workverb	0.0928
job_ask	today	0.0326
job_ask	togeth	-0.03
job_ask	too	-0.1393
job_ask	too much	-0.0206
job_ask	tool	-0.0437
job_ask	touch	-0.1107
job_ask	touch with	-0.0879
job_ask	toward	-0.0432
job_ask	track	-0.0424
job_ask	tri	-0.1799
job_ask	tri this	-0.0232
job_ask	tri to	-0.0959
job_ask	tri to see	-0.0221
job_ask	twelv	-0.0321
job_ask	two	-0.0375
job_ask	typic	-0.156
job_ask	typic week	-0.1278
job_ask	typic week on	-0.1226
job_ask	typic ~closing	-0.1358
job_ask	understand	-0.0958
job_ask	understand the	-0.0571
job_ask	understand what	-0.0209
job_ask	understand ~number	-0.0571
job_ask	uni	-0.0336
job_ask	up	0.1389
job_ask	up ani	-0.0523
job_ask	up ani more	-0.0273
job_ask	up with	-0.0267
job_ask	up ~number	-0.0212
job_ask	up ~want	0.0867
job_ask	us	-0.1126
job_ask	us leav	-0.0471
job_ask	us leav it	-0.0471
job_ask	use	-0.3077
job_ask	use to	-0.2133
job_ask	use to you	-0.1292
job_ask	usual	-0.116
job_ask	usual ~insight	-0.0312
job_ask	ux	-0.0485
job_ask	ux research	-0.0397
job_ask	ux ~learn	-0.034
job_ask	vacanc	0.1251
job_ask	valu	-0.1268
job_ask	valu your	-0.111
job_ask	valuabl	-0.0339
job_ask	volunt	-0.07
job_ask	walk	-0.1587
job_ask	walk me	-0.1587
job_ask	walk me through	-0.1587
job_ask	want	-0.2552
job_ask	want to	-0.141
job_ask	want to be	-0.0205
job_ask	want to hear	-0.029
job_ask	want to take	-0.0221
job_ask	was hope	0.0431
job_ask	was your	-0.0289
job_ask	was ~want	0.0397
job_ask	way	0.0668
job_ask	way i	0.1333
job_ask	way i can	-0.1639
job_ask	way i could	0.2972
job_ask	way in	-0.0282
job_ask	we	-0.1554
job_ask	we are	-0.0587
job_ask	we have	-0.0236
job_ask	week	0.3065
job_ask	week in	-0.0349
job_ask	week in your	-0.0349
job_ask	week on	-0.1226
job_ask	week to	-0.0213
job_ask	weekend	-0.04
job_ask	well	-0.0439
job_ask	well i	-0.0353
job_ask	well i will	-0.0206
job_ask	were	-0.1232
job_ask	were in	-0.0529
job_ask	were in my	-0.0529
job_ask	were me	-0.0274
job_ask	were start	-0.0336
job_ask	what	-0.972
job_ask	what a	-0.055
job_ask	what are	-0.1324
job_ask	what are the	-0.0364
job_ask	what are you	-0.0724
job_ask	what could	-0.0456
job_ask	what could i	-0.0456
job_ask	what do	-0.1004
job_ask	what do you	-0.0735
job_ask	what doe	-0.0498
job_ask	what is	-0.1781
job_ask	what is the	-0.0958
job_ask	what kind	-0.0313
job_ask	what kind of	-0.0313
job_ask	what made	-0.0698
job_ask	what make	-0.0347
job_ask	what role	-0.0221
job_ask	what role do	-0.0221
job_ask	what skill	-0.0313
job_ask	what was	-0.031
job_ask	what was your	-0.0289
job_ask	what would	0.26
job_ask	what would you	-0.0794
job_ask	what you	-0.0384
job_ask	what ~help	-0.1004
job_ask	what ~job	-0.0221
job_ask	what ~number	-0.0596
job_ask	what ~want	0.26
job_ask	when	-0.0219
job_ask	when i	0.0923
job_ask	when you	-0.092
job_ask	when you have	-0.0612
job_ask	where	-0.121
job_ask	where can	-0.0409
job_ask	where can i	-0.0247
job_ask	where do	-0.0376
job_ask	where ~help	-0.0376
job_ask	whether	-0.0873
job_ask	whether this	-0.0426
job_ask	whether this career	-0.0339
job_ask	whi	-0.093
job_ask	whi i	-0.0624
job_ask	whi i am	-0.0493
job_ask	which	-0.3108
job_ask	which is	-0.0849
job_ask	which ~student	-0.0365
job_ask	who do	-0.0289
job_ask	who do you	-0.0263
job_ask	who is	0.1819
job_ask	who might	-0.0564
job_ask	who would	-0.0821
job_ask	who would be	-0.0512
job_ask	who ~help	-0.0289
job_ask	who ~want	-0.0821
job_ask	will	-0.3634
job_ask	will leav	-0.0234
job_ask	will let	-0.086
job_ask	will let you	-0.086
job_ask	will not	-0.0606
job_ask	will send	-0.072
job_ask	will send you	-0.0603
job_ask	will stop	-0.0416
job_ask	will to	0.0494
job_ask	will wrap	-0.025
job_ask	will wrap up	-0.025
job_ask	will ~sendverb	-0.0834
job_ask	wish	-0.036
job_ask	wish you	-0.0266
job_ask	wish you would	-0.0249
job_ask	with	-0.1921
job_ask	with a	-0.0596
job_ask	with anyth	-0.0777
job_ask	with me	-0.0976
job_ask	with someon	-0.0499
job_ask	with the	-0.062
job_ask	with the recruit	-0.0882
job_ask	with you	0.1768
job_ask	with your	0.0257
job_ask	with your day	-0.021
job_ask	with ~number	-0.1252
job_ask	with ~people	-0.0647
job_ask	word	0.1092
job_ask	word for	0.1139
job_ask	word for me	0.1139
job_ask	work	-0.3089
job_ask	work at	-0.0228
job_ask	work in	-0.0349
job_ask	work on	0.0934
job_ask	work suit	-0.0211
job_ask	work suit me	-0.0211
job_ask	worri	-0.044
job_ask	worth	-0.1449
job_ask	worth follow	-0.0507
job_ask	worth it	-0.0255
job_ask	worth the	-0.0281
job_ask	worth ~number	-0.0359
job_ask	would	0.3213
job_ask	would an	-0.0387
job_ask	would be	-0.1102
job_ask	would be glad	-0.0777
job_ask	would be happi	-0.037
job_ask	would be realli	0.0317
job_ask	would it	0.2366
job_ask	would it be	-0.0833
job_ask	would it help	-0.0356
job_ask	would like	-0.0251
job_ask	would love	0.0517
job_ask	would point	-0.0956
job_ask	would point me	-0.0583
job_ask	would realli	0.1502
job_ask	would realli appreci	0.1516
job_ask	would recommend	-0.11
job_ask	would suggest	-0.0827
job_ask	would you	0.2406
job_ask	would you be	0.4207
job_ask	would you do	-0.0374
job_ask	would you mind	-0.0522
job_ask	would you recommend	-0.0282
job_ask	would your	0.2228
job_ask	would ~help	-0.0207
job_ask	would ~number	-0.0464
job_ask	would ~want	0.0406
job_ask	wow	-0.0254
job_ask	wrap	-0.0489
job_ask	wrap up	-0.0465
job_ask	write	-0.0572
job_ask	yeah	-0.0463
job_ask	year	-0.0302
job_ask	yesterday	-0.039
job_ask	you	0.3768
job_ask	you a	-0.0513
job_ask	you actual	-0.0242
job_ask	you are	0.0637
job_ask	you be	0.4072
job_ask	you be abl	0.2738
job_ask	you be comfort	-0.0721
job_ask	you be will	0.1216
job_ask	you can	0.1985
job_ask	you could	0.3593
job_ask	you could pass	0.0605
job_ask	you could put	0.0692
job_ask	you describ	-0.1239
job_ask	you do	0.2836
job_ask	you ever	-0.055
job_ask	you find	-0.0354
job_ask	you for	0.1807
job_ask	you for a	0.2799
job_ask	you get	-0.052
job_ask	you give	-0.0586
job_ask	you go	-0.0513
job_ask	you got	-0.0474
job_ask	you guy	0.4736
job_ask	you have	-0.1809
job_ask	you have a	-0.0276
job_ask	you have ani	-0.0216
job_ask	you have to	-0.0393
job_ask	you hear	0.0414
job_ask	you help	0.0742
job_ask	you help me	0.0805
job_ask	you in	-0.0293
job_ask	you introduc	-0.0389
job_ask	you keep	0.2051
job_ask	you know	0.1343
job_ask	you know anyon	0.1558
job_ask	you know if	0.0979
job_ask	you like	-0.0395
job_ask	you mention	-0.1225
job_ask	you mind	-0.0522
job_ask	you mind if	-0.0254
job_ask	you my	0.1457
job_ask	you need	-0.0548
job_ask	you need to	-0.0302
job_ask	you note	-0.0315
job_ask	you note after	-0.0232
job_ask	you on	-0.0382
job_ask	you on linkedin	-0.0382
job_ask	you out	-0.0605
job_ask	you pick	-0.0225
job_ask	you recommend	-0.0919
job_ask	you refer	0.1632
job_ask	you refer me	0.1632
job_ask	you said	-0.0207
job_ask	you say	-0.0206
job_ask	you send	-0.0328
job_ask	you so	-0.0318
job_ask	you so much	-0.0318
job_ask	you start	-0.0382
job_ask	you still	-0.023
job_ask	you suggest	-0.0824
job_ask	you suggest an	-0.063
job_ask	you tell	-0.0706
job_ask	you tell me	-0.0595
job_ask	you that	-0.0617
job_ask	you the	-0.0274
job_ask	you think	0.064
job_ask	you think about	-0.0297
job_ask	you think i	-0.0432
job_ask	you think the	-0.0312
job_ask	you think you	0.2567
job_ask	you to	0.2874
job_ask	you use	-0.0333
job_ask	you walk	-0.1349
job_ask	you walk me	-0.1349
job_ask	you were	-0.1139
job_ask	you were in	-0.0529
job_ask	you were me	-0.0274
job_ask	you were start	-0.0336
job_ask	you wish	-0.036
job_ask	you wish you	-0.0266
job_ask	you work	-0.0455
job_ask	you work on	-0.0222
job_ask	you would	-0.3399
job_ask	you would point	-0.0956
job_ask	you would recommend	-0.11
job_ask	you would suggest	-0.0827
job_ask	you ~help	0.2586
job_ask	you ~hiring	0.3274
job_ask	you ~learn	0.0268
job_ask	you ~number	-0.0788
job_ask	you ~sendverb	-0.0398
job_ask	you ~studyverb	0.195
job_ask	you ~talk	-0.0365
job_ask	you ~want	-0.3616
job_ask	you ~workverb	-0.0506
job_ask	your	0.4807
job_ask	your advic	-0.041
job_ask	your afternoon	-0.0253
job_ask	your app	-0.0267
job_ask	your career	-0.0508
job_ask	your colleagu	-0.0505
job_ask	your compani	0.2781
job_ask	your day	-0.0305
job_ask	your depart	0.1725
job_ask	your evening	-0.0643
job_ask	your field	-0.031
job_ask	your firm	0.2019
job_ask	your job	-0.0375
job_ask	your lunch	-0.029
job_ask	your lunch break	-0.0205
job_ask	your network	-0.0261
job_ask	your network who	-0.0226
job_ask	your old	-0.07
job_ask	your perspect	-0.0364
job_ask	your plate	-0.049
job_ask	your role	-0.025
job_ask	your team	0.2597
job_ask	your team ever	-0.1059
job_ask	your team work	-0.0603
job_ask	your time	-0.0461
job_ask	your week	-0.0313
job_ask	your work	-0.0329
job_ask	your ~closing	-0.1003
job_ask	your ~gatekeeper	0.23
job_ask	your ~insight	-0.1898
job_ask	your ~job	-0.0709
job_ask	your ~learn	-0.0334
job_ask	your ~limit	-0.1523
job_ask	your ~org	1.1797
job_ask	your ~people	-0.0941
job_ask	your ~student	0.239
job_ask	your ~talk	-0.0261
job_ask	your ~workverb	-0.0329
job_ask	~application	0.9188
job_ask	~application to	0.3964
job_ask	~closing	0.1447
job_ask	~closing in	-0.0388
job_ask	~closing on	-0.1226
job_ask	~closing to	-0.0286
job_ask	~contactverb	-0.3915
job_ask	~contactverb out	-0.0881
job_ask	~contactverb with	-0.0914
job_ask	~degree	-0.2996
job_ask	~degree at	-0.0962
job_ask	~degree be	-0.0387
job_ask	~degree in	-0.0373
job_ask	~degree program	0.0893
job_ask	~duration	-0.05
job_ask	~gatekeeper	1.1702
job_ask	~gatekeeper for	0.1247
job_ask	~gatekeeper manag	0.0231
job_ask	~gatekeeper right	0.3178
job_ask	~gatekeeper team	0.0417
job_ask	~help	-0.4624
job_ask	~help a	-0.0235
job_ask	~help an	-0.0391
job_ask	~help befor	-0.0289
job_ask	~help for	-0.0584
job_ask	~help hire	-0.0269
job_ask	~help junior	-0.0419
job_ask	~help me	0.1623
job_ask	~help most	-0.0202
job_ask	~help new	-0.0252
job_ask	~help not	0.3504
job_ask	~help peopl	-0.0303
job_ask	~help the	-0.0582
job_ask	~help to	-0.2503
job_ask	~help with	-0.0769
job_ask	~help you	0.3253
job_ask	~hiring	1.2639
job_ask	~hiring manag	0.0231
job_ask	~hiring on	0.3997
job_ask	~hiring right	0.3178
job_ask	~hiring team	0.0417
job_ask	~insight	-0.2101
job_ask	~insight a	-0.05
job_ask	~insight for	0.3016
job_ask	~insight on	-0.1684
job_ask	~insight over	-0.0561
job_ask	~insight to	-0.0457
job_ask	~insight up	-0.0347
job_ask	~job	1.5465
job_ask	~job at	0.2386
job_ask	~job befor	-0.0367
job_ask	~job do	-0.0401
job_ask	~job for	0.338
job_ask	~job go	0.1686
job_ask	~job hunt	-0.0322
job_ask	~job i	0.288
job_ask	~job in	0.3058
job_ask	~job on	0.0972
job_ask	~job open	0.1497
job_ask	~job or	-0.0226
job_ask	~job you	-0.0224
job_ask	~later	0.1086
job_ask	~learn	-0.359
job_ask	~learn a	0.0574
job_ask	~learn an	0.0362
job_ask	~learn anyon	0.1558
job_ask	~learn at	-0.0259
job_ask	~learn for	-0.0234
job_ask	~learn how	-0.0511
job_ask	~learn if	0.148
job_ask	~learn into	-0.0484
job_ask	~learn me	0.1988
job_ask	~learn more	-0.0212
job_ask	~learn of	0.0246
job_ask	~learn on	0.0995
job_ask	~learn out	-0.0661
job_ask	~learn suit	-0.0211
job_ask	~learn the	-0.0693
job_ask	~learn their	-0.0506
job_ask	~learn this	0.1168
job_ask	~learn we	-0.0263
job_ask	~learn what	-0.0219
job_ask	~learn with	-0.0212
job_ask	~learn you	-0.1117
job_ask	~learn your	-0.0565
job_ask	~limit	-0.2922
job_ask	~limit break	-0.0205
job_ask	~limit for	-0.0356
job_ask	~limit is	-0.0253
job_ask	~limit or	-0.0471
job_ask	~number	-0.351
job_ask	~number agenc	-0.0212
job_ask	~number analyst	0.0265
job_ask	~number atmospher	-0.0425
job_ask	~number beginn	-0.1141
job_ask	~number big	-0.0372
job_ask	~number bootcamp	-0.0261
job_ask	~number career	-0.0807
job_ask	~number colleagu	-0.0471
job_ask	~number coupl	-0.0644
job_ask	~number cultur	-0.051
job_ask	~number data	-0.0212
job_ask	~number day	-0.0219
job_ask	~number degre	-0.0226
job_ask	~number exercis	-0.1112
job_ask	~number extra	-0.0228
job_ask	~number favor	-0.03
job_ask	~number few	-0.0358
job_ask	~number field	-0.0543
job_ask	~number first	-0.0299
job_ask	~number hand	-0.0796
job_ask	~number hire	0.0615
job_ask	~number internship	0.0453
job_ask	~number interview	0.3169
job_ask	~number intro	-0.022
job_ask	~number introduct	-0.0654
job_ask	~number job	-0.0478
job_ask	~number junior	-0.0218
job_ask	~number last	-0.0344
job_ask	~number link	-0.0254
job_ask	~number minut	-0.0627
job_ask	~number moment	0.3009
job_ask	~number more	-0.0272
job_ask	~number most	-0.0278
job_ask	~number newcom	-0.0293
job_ask	~number next	-0.0415
job_ask	~number normal	-0.026
job_ask	~number nurs	-0.0465
job_ask	~number of	-0.0783
job_ask	~number onlin	-0.0286
job_ask	~number open	0.2511
job_ask	~number part	0.1159
job_ask	~number point	0.1236
job_ask	~number polici	-0.027
job_ask	~number portfolio	-0.0214
job_ask	~number posit	0.2197
job_ask	~number product	0.1939
job_ask	~number question	-0.0291
job_ask	~number quick	-0.0943
job_ask	~number referr	0.3789
job_ask	~number research	-0.0565
job_ask	~number role	0.0905
job_ask	~number shall	-0.071
job_ask	~number startup	-0.0232
job_ask	~number student	-0.0524
job_ask	~number switch	-0.0233
job_ask	~number team	0.0788
job_ask	~number technician	-0.0273
job_ask	~number typic	-0.1408
job_ask	~number week	0.2721
job_ask	~number year	-0.0686
job_ask	~org	0.5963
job_ask	~org be	-0.1357
job_ask	~org ever	0.0273
job_ask	~org for	-0.0288
job_ask	~org i	0.0649
job_ask	~org lantern	-0.0615
job_ask	~org or	-0.0672
job_ask	~org project	-0.0416
job_ask	~org who	-0.0532
job_ask	~org work	-0.0657
job_ask	~people	-0.6085
job_ask	~people at	-0.0294
job_ask	~people do	-0.0391
job_ask	~people els	-0.0551
job_ask	~people from	-0.0832
job_ask	~people in	-0.146
job_ask	~people is	0.1819
job_ask	~people might	-0.0564
job_ask	~people of	-0.0717
job_ask	~people on	-0.1671
job_ask	~people to	-0.0504
job_ask	~people usual	-0.0296
job_ask	~people who	0.1569
job_ask	~people with	0.1113
job_ask	~people would	-0.0852
job_ask	~people you	-0.0428
job_ask	~sendverb	0.1256
job_ask	~sendverb me	-0.0275
job_ask	~sendverb my	0.2898
job_ask	~sendverb on	-0.0435
job_ask	~sendverb thank	-0.0232
job_ask	~sendverb what	-0.0524
job_ask	~sendverb you	0.0347
job_ask	~student	0.643
job_ask	~student at	-0.0514
job_ask	~student design	0.0242
job_ask	~student for	0.1149
job_ask	~student i	0.1243
job_ask	~student on	-0.045
job_ask	~student open	0.071
job_ask	~student peopl	-0.043
job_ask	~student role	0.0694
job_ask	~student school	-0.0427
job_ask	~student stand	-0.061
job_ask	~studyverb a	0.0747
job_ask	~studyverb in	-0.0223
job_ask	~studyverb it	-0.0228
job_ask	~studyverb on	0.3997
job_ask	~studyverb the	-0.0261
job_ask	~studyverb you	-0.1631
job_ask	~studyverb your	-0.0291
job_ask	~talk	-0.576
job_ask	~talk for	-0.0256
job_ask	~talk me	-0.0415
job_ask	~talk out	-0.0931
job_ask	~talk to	-0.1127
job_ask	~talk who	-0.0226
job_ask	~talk with	-0.0718
job_ask	~talk you	-0.1122
job_ask	~timeunit or	-0.0285
job_ask	~want	0.047
job_ask	~want a	0.1306
job_ask	~want about	-0.0225
job_ask	~want an	-0.0557
job_ask	~want appreci	0.0667
job_ask	~want be	-0.1102
job_ask	~want for	-0.0767
job_ask	~want grate	0.0317
job_ask	~want i	-0.0371
job_ask	~want in	-0.0339
job_ask	~want it	0.1952
job_ask	~want like	-0.0346
job_ask	~want love	0.0517
job_ask	~want need	0.0667
job_ask	~want on	0.1983
job_ask	~want point	-0.0956
job_ask	~want realli	0.1502
job_ask	~want recommend	-0.11
job_ask	~want start	-0.0212
job_ask	~want suggest	-0.0827
job_ask	~want the	0.1219
job_ask	~want this	-0.0486
job_ask	~want to	-0.2879
job_ask	~want valu	-0.111
job_ask	~want want	-0.0413
job_ask	~want you	0.3601
job_ask	~want your	0.0325
job_ask	~workverb	-0.395
job_ask	~workverb at	-0.047
job_ask	~workverb in	-0.0384
job_ask	~workverb on	0.0934
job_ask	~workverb suit	-0.0211
referral_ask	*	-3.4121
referral_ask	?	-0.3467
referral_ask	^alright	-0.0296
referral_ask	^ani	0.0392
referral_ask	^anyon	0.2609
referral_ask	^are	-0.0424
referral_ask	^befor	0.0306
referral_ask	^can	-0.1604
referral_ask	^could	0.3944
referral_ask	^did	-0.0428
referral_ask	^do	-0.0266
referral_ask	^have	-0.0323
referral_ask	^how	-0.4537
referral_ask	^i	-0.5656
referral_ask	^if	-0.0463
referral_ask	^is	0.0474
referral_ask	^just	-0.0374
referral_ask	^let	-0.0371
referral_ask	^love	-0.0355
referral_ask	^my	-0.0381
referral_ask	^no	-0.0378
referral_ask	^ok	-0.0702
referral_ask	^pleas	-0.0427
referral_ask	^right	-0.0211
referral_ask	^sorri	-0.0859
referral_ask	^thank	-0.1017
referral_ask	^that	-0.0999
referral_ask	^the	-0.0363
referral_ask	^was	-0.0279
referral_ask	^we	-0.0456
referral_ask	^what	-0.7546
referral_ask	^where	-0.1159
referral_ask	^whi	-0.032
referral_ask	^which	-0.0605
referral_ask	^who	0.1025
referral_ask	^would	0.4387
referral_ask	^yeah	-0.0259
referral_ask	^you	0.2692
referral_ask	a	-0.0932
referral_ask	a beginn	-0.0402
referral_ask	a big	-0.0285
referral_ask	a bit	-0.0842
referral_ask	a bit of	-0.0611
referral_ask	a career	-0.0491
referral_ask	a career changer	-0.0221
referral_ask	a career in	-0.0203
referral_ask	a colleagu	0.2429
referral_ask	a coupl	0.2163
referral_ask	a coupl more	-0.028
referral_ask	a coupl of	0.2443
referral_ask	a degre	-0.0265
referral_ask	a few	-0.0655
referral_ask	a few year	-0.0224
referral_ask	a good	-0.0434
referral_ask	a good word	-0.0242
referral_ask	a great	-0.0343
referral_ask	a job	-0.0417
referral_ask	a junior	0.2341
referral_ask	a lot	-0.0857
referral_ask	a lot of	-0.0833
referral_ask	a newcom	-0.0296
referral_ask	a newcom to	-0.0287
referral_ask	a nurs	0.1492
referral_ask	a posit	-0.025
referral_ask	a quick	0.143
referral_ask	a quick chat	0.0507
referral_ask	a shall	-0.0468
referral_ask	a shall project	-0.0208
referral_ask	a technician	-0.0318
referral_ask	a typic	-0.0342
referral_ask	a typic week	-0.0252
referral_ask	a ~degree	-0.0651
referral_ask	a ~job	-0.0822
referral_ask	a ~number	0.1509
referral_ask	a ~org	-0.0412
referral_ask	a ~people	0.2429
referral_ask	a ~student	0.1464
referral_ask	abil	-0.0277
referral_ask	abl	-0.1445
referral_ask	abl to	-0.1445
referral_ask	about	-0.1717
referral_ask	about data	0.1356
referral_ask	about nonprofit	-0.0641
referral_ask	about research	-0.0402
referral_ask	about the	-0.0538
referral_ask	about your	-0.0385
referral_ask	about ~job	-0.0437
referral_ask	about ~learn	-0.0402
referral_ask	about ~number	-0.0699
referral_ask	actual	-0.0518
referral_ask	advic	-0.1462
referral_ask	advic for	-0.0276
referral_ask	advic someon	-0.0717
referral_ask	advic ~people	-0.0717
referral_ask	after	-0.2108
referral_ask	after a	-0.0335
referral_ask	after a few	-0.0224
referral_ask	after ~number	-0.0461
referral_ask	again	-0.1136
referral_ask	again in	-0.0652
referral_ask	again in a	-0.0652
referral_ask	agenc	0.2832
referral_ask	agre	-0.0747
referral_ask	all	-0.0863
referral_ask	all right	-0.0378
referral_ask	almost	0.0702
referral_ask	almost out	0.0702
referral_ask	almost out of	0.0702
referral_ask	along	-0.0208
referral_ask	alreadi	-0.0426
referral_ask	alright	-0.0316
referral_ask	alright i	-0.0222
referral_ask	alumni	0.0932
referral_ask	am	-0.3296
referral_ask	am a	-0.0333
referral_ask	am look	-0.0272
referral_ask	am ~number	-0.0333
referral_ask	am ~want	-0.096
referral_ask	an	-0.0434
referral_ask	an exercis	-0.0594
referral_ask	an exercis for	-0.0276
referral_ask	an interview	-0.1745
referral_ask	an intro	0.0411
referral_ask	an introduct	0.3441
referral_ask	an introduct to	0.3441
referral_ask	an onlin	-0.0286
referral_ask	an ~student	-0.02
referral_ask	an ~talk	-0.1745
referral_ask	analyst	-0.1225
referral_ask	analyt	0.0254
referral_ask	and	-0.1325
referral_ask	and i	-0.0364
referral_ask	and now	-0.0247
referral_ask	and would	0.0208
referral_ask	ani	0.1473
referral_ask	ani book	-0.0601
referral_ask	ani chanc	0.0818
referral_ask	ani chanc you	0.0904
referral_ask	ani way	-0.0776
referral_ask	ani way i	-0.0776
referral_ask	ani ~people	0.341
referral_ask	anoth	-0.0258
referral_ask	anyon	0.7369
referral_ask	anyon els	0.2657
referral_ask	anyon els in	0.1078
referral_ask	anyon els you	0.0918
referral_ask	anyon in	0.1327
referral_ask	anyon on	0.1055
referral_ask	anyon who	-0.0683
referral_ask	anyon ~people	-0.0683
referral_ask	anyth	-0.2345
referral_ask	anyth i	-0.0335
referral_ask	anyth you	-0.0484
referral_ask	anyth you wish	-0.0305
referral_ask	appli	-0.0667
referral_ask	appli to	-0.0457
referral_ask	appli to your	-0.0334
referral_ask	appreci	-0.0781
referral_ask	are	-0.2728
referral_ask	are almost	0.0702
referral_ask	are almost out	0.0702
referral_ask	are the	-0.0895
referral_ask	are the big	-0.0733
referral_ask	are there	0.0644
referral_ask	are there book	-0.035
referral_ask	are there other	0.2061
referral_ask	are you	-0.1265
referral_ask	are your	-0.0638
referral_ask	are your main	-0.0604
referral_ask	are ~number	-0.1108
referral_ask	articl	-0.0228
referral_ask	as	-0.099
referral_ask	as peopl	-0.0371
referral_ask	as peopl say	-0.0371
referral_ask	as ~number	-0.027
referral_ask	as ~people	-0.0371
referral_ask	ask	-0.1928
referral_ask	ask about	-0.0428
referral_ask	associ	0.1571
referral_ask	associ or	-0.0532
referral_ask	at a	0.0575
referral_ask	at paper	-0.0259
referral_ask	at paper lantern	-0.0259
referral_ask	at the	0.1964
referral_ask	at your	0.0628
referral_ask	at your firm	0.0773
referral_ask	at ~number	0.2437
referral_ask	at ~org	-0.0259
referral_ask	back	-0.1423
referral_ask	background	0.1128
referral_ask	bank	-0.0857
referral_ask	be	0.3901
referral_ask	be a good	0.0494
referral_ask	be abl	-0.1445
referral_ask	be abl to	-0.1445
referral_ask	be comfort	0.1454
referral_ask	be glad	-0.0888
referral_ask	be glad to	-0.0888
referral_ask	be good	0.0987
referral_ask	be good to	0.0987
referral_ask	be ok	-0.0582
referral_ask	be ok to	-0.0829
referral_ask	be open	0.1553
referral_ask	be open to	0.1553
referral_ask	be read	-0.0786
referral_ask	be use	-0.0485
referral_ask	be use to	-0.0218
referral_ask	be will	0.0816
referral_ask	be will to	0.0816
referral_ask	be ~help	-0.0485
referral_ask	be ~number	0.0592
referral_ask	be ~talk	0.0951
referral_ask	becom	-0.0231
referral_ask	becom a	-0.0207
referral_ask	becom ~number	-0.0231
referral_ask	been	-0.0529
referral_ask	been the	-0.0243
referral_ask	been ~number	-0.025
referral_ask	befor i	0.025
referral_ask	beginn	-0.0467
referral_ask	best way	-0.0244
referral_ask	best way to	-0.0244
referral_ask	better	-0.0341
referral_ask	between	-0.0338
referral_ask	beyond	-0.0232
referral_ask	big	-0.1041
referral_ask	big ~people	-0.0794
referral_ask	biggest	-0.0384
referral_ask	bit	-0.0968
referral_ask	bit of	-0.0611
referral_ask	book	-0.1605
referral_ask	book or	-0.0687
referral_ask	book you	-0.0634
referral_ask	bootcamp	0.0522
referral_ask	brain	0.4539
referral_ask	break	-0.0205
referral_ask	came	0.1602
referral_ask	can	-0.3426
referral_ask	can be	-0.0321
referral_ask	can i	-0.096
referral_ask	can we	-0.0279
referral_ask	can you	-0.0406
referral_ask	can ~help	-0.0297
referral_ask	care	-0.0455
referral_ask	career	-0.2216
referral_ask	career changer	-0.0263
referral_ask	career in	-0.0203
referral_ask	career ~student	-0.0221
referral_ask	certif	-0.0532
referral_ask	chanc	0.0801
referral_ask	chanc you	0.0904
referral_ask	chanc you could	0.0986
referral_ask	chang	-0.1033
referral_ask	changer	-0.0263
referral_ask	chat	0.2516
referral_ask	chat with	0.157
referral_ask	check	-0.0706
referral_ask	check in	-0.0544
referral_ask	chemistri	-0.0243
referral_ask	citi	-0.0451
referral_ask	citi govern	-0.033
referral_ask	civil	-0.022
referral_ask	civil engin	-0.022
referral_ask	client	-0.0721
referral_ask	close	-0.0507
referral_ask	colleagu	0.4282
referral_ask	come	0.0505
referral_ask	come to	0.1573
referral_ask	come to mind	0.1573
referral_ask	come up	-0.0587
referral_ask	comfort	0.1454
referral_ask	communiti	-0.1152
referral_ask	compani	-0.1822
referral_ask	complianc	0.1159
referral_ask	confer	-0.1193
referral_ask	connect	-0.0398
referral_ask	connect me	0.1842
referral_ask	connect me with	0.1842
referral_ask	connect with	-0.1163
referral_ask	connect with you	-0.0385
referral_ask	conscious	-0.0253
referral_ask	consid	-0.0613
referral_ask	consult	-0.036
referral_ask	contact	0.2641
referral_ask	could	0.5659
referral_ask	could i	-0.078
referral_ask	could put	0.079
referral_ask	could put in	-0.0242
referral_ask	could tri	-0.0414
referral_ask	could tri to	-0.036
referral_ask	could you	0.4447
referral_ask	could you describ	-0.054
referral_ask	could you introduc	0.1086
referral_ask	could you recommend	0.2034
referral_ask	could you suggest	0.0719
referral_ask	could you tell	-0.0286
referral_ask	could ~learn	-0.056
referral_ask	could ~talk	0.3404
referral_ask	could ~want	-0.0414
referral_ask	coupl	0.2163
referral_ask	coupl more	-0.028
referral_ask	coupl of	0.2443
referral_ask	coupl of month	-0.0828
referral_ask	coupl of peopl	0.1491
referral_ask	cours	-0.1198
referral_ask	cover	-0.0261
referral_ask	cover everyth	-0.0261
referral_ask	credit	-0.058
referral_ask	credit analyst	-0.04
referral_ask	cultur	-0.0214
referral_ask	curious	-0.0952
referral_ask	curious about	-0.0922
referral_ask	data	-0.0322
referral_ask	data engin	0.1336
referral_ask	data scienc	-0.0888
referral_ask	dataset	-0.0233
referral_ask	day	-0.0981
referral_ask	day to	-0.0354
referral_ask	day to day	-0.0354
referral_ask	deal	-0.0216
referral_ask	deal with	-0.0216
referral_ask	decid	-0.0201
referral_ask	degre	-0.1044
referral_ask	depart	-0.0452
referral_ask	describ	-0.0722
referral_ask	describ ~number	-0.0395
referral_ask	design	0.1824
referral_ask	design ~job	-0.0222
referral_ask	develop	-0.0456
referral_ask	did	-0.1607
referral_ask	did you	-0.1169
referral_ask	did you find	-0.0256
referral_ask	differ from	-0.0283
referral_ask	do	-0.2857
referral_ask	do a	-0.0231
referral_ask	do most	-0.0308
referral_ask	do not suppos	0.0828
referral_ask	do peopl	-0.0623
referral_ask	do peopl in	-0.0258
referral_ask	do research	-0.0811
referral_ask	do this	0.0368
referral_ask	do to	-0.0321
referral_ask	do you	0.077
referral_ask	do you have	0.2334
referral_ask	do you know	0.168
referral_ask	do you still	-0.057
referral_ask	do you think	0.0289
referral_ask	do you work	-0.087
referral_ask	do ~learn	-0.0764
referral_ask	do ~number	-0.0289
referral_ask	do ~people	-0.0623
referral_ask	doe	-0.1226
referral_ask	doe a	-0.0277
referral_ask	doe your	-0.0255
referral_ask	doe ~number	-0.0337
referral_ask	done the	0.0363
referral_ask	done ~number	0.0335
referral_ask	down	-0.035
referral_ask	educ	0.077
referral_ask	els	0.4253
referral_ask	els in	0.1078
referral_ask	els should	0.1734
referral_ask	els should i	0.1734
referral_ask	els you	0.0918
referral_ask	els you think	0.0589
referral_ask	email	-0.1464
referral_ask	email you	-0.0979
referral_ask	end	-0.0716
referral_ask	engin	0.0662
referral_ask	entri	-0.0575
referral_ask	entri level	-0.0575
referral_ask	ever	-0.188
referral_ask	ever help	-0.0218
referral_ask	ever need	-0.0898
referral_ask	ever want	-0.0318
referral_ask	everyth	-0.0702
referral_ask	everyth i	-0.0362
referral_ask	everyth i want	-0.0308
referral_ask	exam	-0.024
referral_ask	exercis	-0.0845
referral_ask	exercis for	-0.0276
referral_ask	exercis for a	-0.0276
referral_ask	exercis to	-0.0519
referral_ask	extra	-0.0208
referral_ask	far	-0.0221
referral_ask	feel	-0.0232
referral_ask	few	-0.0748
referral_ask	few year	-0.0262
referral_ask	few ~duration	-0.0361
referral_ask	field	-0.1051
referral_ask	field i	0.0262
referral_ask	final	-0.0345
referral_ask	find	-0.0692
referral_ask	finish	-0.0627
referral_ask	finish ~number	-0.021
referral_ask	firm	0.0569
referral_ask	first	0.1431
referral_ask	first year	0.2267
referral_ask	first ~duration	0.2267
referral_ask	first ~job	-0.0281
referral_ask	five	-0.0205
referral_ask	follow	-0.0729
referral_ask	follow up	-0.0468
referral_ask	for	-0.5656
referral_ask	for a	-0.0238
referral_ask	for a beginn	-0.0402
referral_ask	for me	-0.0475
referral_ask	for peopl	-0.0359
referral_ask	for someon	-0.0449
referral_ask	for the	-0.0901
referral_ask	for you	-0.0212
referral_ask	for your	-0.0313
referral_ask	for ~number	-0.1325
referral_ask	for ~people	-0.0808
referral_ask	found	-0.0224
referral_ask	free	-0.0812
referral_ask	freelanc	0.0794
referral_ask	from	0.2206
referral_ask	from a	0.1169
referral_ask	from me	-0.0315
referral_ask	from the	-0.0352
referral_ask	from your	0.0603
referral_ask	from ~number	0.0817
referral_ask	from ~workverb	0.1142
referral_ask	game	-0.1691
referral_ask	game design	-0.0655
referral_ask	game develop	-0.027
referral_ask	get	0.0579
referral_ask	get a	0.0472
referral_ask	get an	0.2321
referral_ask	get into	-0.099
referral_ask	get your	-0.0269
referral_ask	get ~number	0.2765
referral_ask	give	-0.0784
referral_ask	give someon	-0.0535
referral_ask	give ~people	-0.0535
referral_ask	glad	-0.0888
referral_ask	glad to	-0.0888
referral_ask	go	-0.2481
referral_ask	go after	-0.0224
referral_ask	go after a	-0.0224
referral_ask	go into	-0.0577
referral_ask	go to	-0.043
referral_ask	go ~want	-0.0224
referral_ask	good	-0.0584
referral_ask	good at	-0.0567
referral_ask	good to	0.0987
referral_ask	good to talk	0.0987
referral_ask	good word	-0.0242
referral_ask	good word for	-0.0242
referral_ask	good ~limit	-0.0366
referral_ask	good ~student	-0.0275
referral_ask	got	-0.0498
referral_ask	govern	-0.0375
referral_ask	grad	-0.0279
referral_ask	grant	-0.0785
referral_ask	grant write	-0.0699
referral_ask	grate	-0.0497
referral_ask	great	-0.0532
referral_ask	growth	-0.0326
referral_ask	had	-0.0416
referral_ask	happi	-0.0423
referral_ask	happi to	-0.0272
referral_ask	hard	-0.064
referral_ask	have	-0.1797
referral_ask	have a	0.08
referral_ask	have ani	0.1006
referral_ask	have been	-0.0213
referral_ask	have done	-0.0276
referral_ask	have got	-0.0249
referral_ask	have read	-0.0339
referral_ask	have ~insight	-0.0339
referral_ask	have ~number	0.072
referral_ask	have ~workverb	-0.0251
referral_ask	head	-0.0239
referral_ask	health	-0.0216
referral_ask	healthcar	-0.0249
referral_ask	hear	0.3248
referral_ask	help	-0.2583
referral_ask	help me	-0.0228
referral_ask	help with	-0.1219
referral_ask	help with anyth	-0.0266
referral_ask	help you	-0.0293
referral_ask	here	-0.1529
referral_ask	here to	-0.0214
referral_ask	hire	-0.2103
referral_ask	hire right	-0.103
referral_ask	hire right now	-0.103
referral_ask	homework	-0.0842
referral_ask	honest	-0.0706
referral_ask	hope	-0.0274
referral_ask	hospit	-0.0361
referral_ask	hour	-0.1187
referral_ask	hous	-0.0319
referral_ask	how	-0.6507
referral_ask	how did	-0.0667
referral_ask	how did you	-0.056
referral_ask	how do	-0.1183
referral_ask	how do you	-0.0891
referral_ask	how doe	-0.0278
referral_ask	how is	-0.0399
referral_ask	how should	-0.0317
referral_ask	how the	-0.0434
referral_ask	how would	-0.14
referral_ask	how would you	-0.1299
referral_ask	how you	-0.0389
referral_ask	how ~help	-0.1183
referral_ask	how ~number	-0.0434
referral_ask	how ~studyverb	-0.0667
referral_ask	how ~want	-0.14
referral_ask	i	-0.0236
referral_ask	i am	-0.3296
referral_ask	i am a	-0.0333
referral_ask	i am look	-0.0272
referral_ask	i ask	-0.0341
referral_ask	i be	0.0787
referral_ask	i can	-0.0915
referral_ask	i can be	-0.0321
referral_ask	i could	0.1887
referral_ask	i could tri	-0.0414
referral_ask	i did	-0.0271
referral_ask	i do	0.0387
referral_ask	i do not	0.0642
referral_ask	i email	-0.0513
referral_ask	i email you	-0.0513
referral_ask	i go	0.025
referral_ask	i had	-0.033
referral_ask	i have	-0.1317
referral_ask	i have read	-0.0339
referral_ask	i know	-0.0824
referral_ask	i know we	0.0593
referral_ask	i know you	-0.0389
referral_ask	i learn	-0.0247
referral_ask	i mention	-0.0228
referral_ask	i might	0.1653
referral_ask	i reach	-0.0504
referral_ask	i reach out	-0.0232
referral_ask	i realli	-0.0284
referral_ask	i send	-0.0764
referral_ask	i should	0.3622
referral_ask	i should talk	-0.0327
referral_ask	i speak	0.1692
referral_ask	i think	-0.1138
referral_ask	i think that	-0.0381
referral_ask	i think we	-0.032
referral_ask	i want	-0.0708
referral_ask	i want to	-0.0655
referral_ask	i was	-0.0226
referral_ask	i will	-0.3727
referral_ask	i will let	-0.0709
referral_ask	i will send	-0.0233
referral_ask	i will stop	-0.0204
referral_ask	i would be	-0.1241
referral_ask	i would like	-0.0492
referral_ask	i would love	0.1956
referral_ask	i ~contactverb	-0.0621
referral_ask	i ~insight	-0.0201
referral_ask	i ~learn	0.0669
referral_ask	i ~sendverb	-0.1275
referral_ask	i ~studyverb	-0.0381
referral_ask	i ~talk	0.2683
referral_ask	i ~want	-0.1018
referral_ask	idea	-0.0267
referral_ask	if	-0.0463
referral_ask	if a	-0.025
referral_ask	if a posit	-0.025
referral_ask	if i	-0.2261
referral_ask	if i can	-0.0418
referral_ask	if i have	-0.0234
referral_ask	if i would	-0.0364
referral_ask	if that	-0.0536
referral_ask	if that is	-0.0269
referral_ask	if there	0.0345
referral_ask	if there is	0.0466
referral_ask	if you	0.2779
referral_ask	if you could	-0.0487
referral_ask	if you ever	-0.093
referral_ask	if you know	0.0542
referral_ask	if you need	-0.0218
referral_ask	if you were	0.343
referral_ask	if your	-0.0361
referral_ask	if ~number	-0.025
referral_ask	in	0.0268
referral_ask	in a	-0.1492
referral_ask	in a coupl	-0.0828
referral_ask	in a few	-0.0236
referral_ask	in a good	-0.0242
referral_ask	in data	-0.0287
referral_ask	in data scienc	-0.0243
referral_ask	in my	0.3613
referral_ask	in polici	0.0961
referral_ask	in risk	-0.0415
referral_ask	in the	-0.0843
referral_ask	in the field	0.0214
referral_ask	in this	-0.0474
referral_ask	in touch	0.1322
referral_ask	in touch with	0.2285
referral_ask	in your	-0.0415
referral_ask	in your depart	-0.0381
referral_ask	in your game	-0.0503
referral_ask	in your network	0.2048
referral_ask	in your role	-0.0202
referral_ask	in ~contactverb	0.1102
referral_ask	in ~number	-0.2387
referral_ask	industri	-0.0471
referral_ask	inform	-0.0338
referral_ask	interest	-0.0485
referral_ask	intern	-0.0314
referral_ask	internship	-0.0372
referral_ask	interview	-0.1909
referral_ask	into	-0.294
referral_ask	into nurs	-0.0529
referral_ask	into other	-0.0231
referral_ask	into the	-0.0251
referral_ask	into this	-0.0222
referral_ask	into ~number	-0.0291
referral_ask	intro	0.0411
referral_ask	introduc	0.1625
referral_ask	introduc me	0.0701
referral_ask	introduc me to	0.0701
referral_ask	introduct	0.3411
referral_ask	introduct to	0.3441
referral_ask	is	-0.4797
referral_ask	is a	-0.0377
referral_ask	is all	-0.0322
referral_ask	is anyon	0.0595
referral_ask	is come	-0.0278
referral_ask	is done	0.0558
referral_ask	is everyth	-0.0308
referral_ask	is it	-0.1204
referral_ask	is it ok	-0.0457
referral_ask	is realli	-0.0252
referral_ask	is that	-0.0211
referral_ask	is the	-0.1378
referral_ask	is the best	-0.029
referral_ask	is there	0.2823
referral_ask	is there a	0.0275
referral_ask	is there ani	-0.0797
referral_ask	is there anyon	0.0903
referral_ask	is there anyth	-0.0913
referral_ask	is there someth	-0.0268
referral_ask	is to	-0.0507
referral_ask	is to understand	-0.0206
referral_ask	is ~number	-0.1907
referral_ask	is ~people	0.0507
referral_ask	is ~talk	-0.0288
referral_ask	is ~want	-0.0328
referral_ask	is ~workverb	-0.0319
referral_ask	it	-0.2477
referral_ask	it be	0.2093
referral_ask	it be ok	-0.0582
referral_ask	it is	-0.0218
referral_ask	it ok	-0.0457
referral_ask	it ok if	-0.0457
referral_ask	it there	-0.0276
referral_ask	it ~want	-0.0406
referral_ask	job	-0.141
referral_ask	join	-0.0204
referral_ask	junior	0.1812
referral_ask	junior design	0.2222
referral_ask	junior peopl	-0.0218
referral_ask	junior ~people	-0.0218
referral_ask	junior ~student	0.2212
referral_ask	just	-0.1287
referral_ask	just start	-0.0442
referral_ask	keep	-0.1985
referral_ask	keep in	-0.1071
referral_ask	keep in touch	-0.1071
referral_ask	keep you	-0.0299
referral_ask	kind	-0.0483
referral_ask	kind of	-0.0457
referral_ask	know	0.2501
referral_ask	know anyon	0.1715
referral_ask	know anyon els	0.1078
referral_ask	know anyon in	0.1015
referral_ask	know anyon who	-0.0821
referral_ask	know how	-0.052
referral_ask	know how the	-0.0383
referral_ask	know if	-0.0578
referral_ask	know we	0.0593
referral_ask	know we are	0.0612
referral_ask	know you	-0.0389
referral_ask	know you have	-0.0279
referral_ask	know ~people	0.1912
referral_ask	lab	0.263
referral_ask	lantern	-0.0282
referral_ask	last question	-0.0215
referral_ask	last week	-0.0379
referral_ask	last ~closing	-0.0379
referral_ask	later	-0.0398
referral_ask	lead	-0.0849
referral_ask	leadership	-0.0238
referral_ask	learn	-0.1525
referral_ask	learn how	-0.0253
referral_ask	leav	-0.0569
referral_ask	leav it	-0.0323
referral_ask	leav it there	-0.0276
referral_ask	let	-0.2061
referral_ask	let me	-0.0519
referral_ask	let me know	-0.0519
referral_ask	let us	-0.0329
referral_ask	let us leav	-0.0218
referral_ask	let you	-0.1213
referral_ask	let you go	-0.0493
referral_ask	let you know	-0.0562
referral_ask	level	-0.0628
referral_ask	level ~job	-0.0569
referral_ask	like in	-0.0794
referral_ask	like ~number	-0.0279
referral_ask	linkedin	-0.1368
referral_ask	long	-0.0212
referral_ask	look	-0.0878
referral_ask	look like	-0.0357
referral_ask	look to	-0.0259
referral_ask	lot	-0.0857
referral_ask	lot of	-0.0833
referral_ask	love	0.1964
referral_ask	love a	0.0869
referral_ask	love an	0.0726
referral_ask	love it	-0.0241
referral_ask	love to	0.0741
referral_ask	love to hear	0.1496
referral_ask	love to stay	-0.0748
referral_ask	love to understand	-0.0291
referral_ask	love ~number	0.1595
referral_ask	made	0.0951
referral_ask	made the	0.114
referral_ask	made ~number	0.111
referral_ask	main	-0.0889
referral_ask	make	-0.1071
referral_ask	make sens	0.029
referral_ask	make someon	-0.042
referral_ask	make someon good	-0.042
referral_ask	make the	-0.0558
referral_ask	make ~insight	0.029
referral_ask	make ~number	-0.0688
referral_ask	make ~people	-0.042
referral_ask	manag	0.0667
referral_ask	manag who	0.1785
referral_ask	manag ~people	0.1785
referral_ask	matter	-0.0708
referral_ask	matter most	-0.0352
referral_ask	matter most in	-0.0306
referral_ask	may	-0.0249
referral_ask	mba	0.0574
referral_ask	me	0.3062
referral_ask	me about	-0.0381
referral_ask	me about your	-0.0278
referral_ask	me for	-0.0574
referral_ask	me for the	-0.0487
referral_ask	me in	0.271
referral_ask	me in touch	0.3303
referral_ask	me know	-0.0519
referral_ask	me know if	-0.0429
referral_ask	me through	-0.0406
referral_ask	me through a	-0.0321
referral_ask	me to	0.0517
referral_ask	me toward	0.3933
referral_ask	me when	-0.0336
referral_ask	me with	0.1788
referral_ask	me ~learn	-0.066
referral_ask	me ~number	-0.1118
referral_ask	meet you	-0.0803
referral_ask	meetup	-0.0752
referral_ask	mention	0.2094
referral_ask	might	0.4665
referral_ask	might be	0.0451
referral_ask	might be open	0.0507
referral_ask	might ~contactverb	0.1653
referral_ask	might ~talk	0.1653
referral_ask	mind	0.296
referral_ask	mind if	-0.0807
referral_ask	mind if i	-0.0384
referral_ask	mind of	0.0957
referral_ask	minut	-0.059
referral_ask	month	-0.1037
referral_ask	month to	-0.0356
referral_ask	more	-0.1466
referral_ask	more question	-0.0693
referral_ask	morn	-0.0351
referral_ask	most	-0.1927
referral_ask	most in	-0.034
referral_ask	move	-0.0509
referral_ask	move into	-0.0385
referral_ask	move into other	-0.0231
referral_ask	much	-0.0818
referral_ask	my	-0.1193
referral_ask	my background	-0.0458
referral_ask	my main	-0.0228
referral_ask	my resum	-0.1141
referral_ask	my resum to	-0.0879
referral_ask	my ~application	-0.1209
referral_ask	name	0.135
referral_ask	name of	0.0834
referral_ask	need	-0.1734
referral_ask	need a	-0.0269
referral_ask	need to	-0.0337
referral_ask	need ~number	-0.0307
referral_ask	network	0.3959
referral_ask	network who	0.064
referral_ask	network ~people	0.064
referral_ask	new	-0.0352
referral_ask	newcom	-0.0296
referral_ask	newcom to	-0.0287
referral_ask	newslett	-0.0549
referral_ask	next	0.1968
referral_ask	no	-0.0515
referral_ask	nonprofit	-0.121
referral_ask	not	-0.0619
referral_ask	not suppos	0.0828
referral_ask	not ~want	-0.0238
referral_ask	note	-0.0268
referral_ask	now	-0.2147
referral_ask	nurs	-0.0427
referral_ask	of	0.1222
referral_ask	of ani	-0.0317
referral_ask	of anyth	-0.0362
referral_ask	of month	-0.0828
referral_ask	of peopl	0.2103
referral_ask	of peopl i	0.1234
referral_ask	of the	-0.0782
referral_ask	of the time	-0.0258
referral_ask	of this	-0.0251
referral_ask	of time	0.0662
referral_ask	of your	0.1415
referral_ask	of ~duration	-0.0828
referral_ask	of ~limit	0.0662
referral_ask	of ~number	-0.0788
referral_ask	of ~people	0.2852
referral_ask	off	-0.0205
referral_ask	offic	-0.0208
referral_ask	ok	-0.2256
referral_ask	ok i	-0.0455
referral_ask	ok i think	-0.0366
referral_ask	ok if	-0.0209
referral_ask	ok if i	-0.0209
referral_ask	ok to	-0.0829
referral_ask	old	0.081
referral_ask	on	-0.0735
referral_ask	on a	-0.0386
referral_ask	on linkedin	-0.1142
referral_ask	on my	-0.0413
referral_ask	on the	0.3163
referral_ask	on whether	-0.0243
referral_ask	on your	0.0677
referral_ask	on your team	0.1244
referral_ask	on ~number	0.2748
referral_ask	onc	-0.0531
referral_ask	onc i	-0.0463
referral_ask	onc i have	-0.0463
referral_ask	one last	0.0686
referral_ask	onlin	-0.0485
referral_ask	onlin ~degree	-0.0286
referral_ask	open	0.0267
referral_ask	open on	-0.037
referral_ask	open to	0.1553
referral_ask	open to a	0.1663
referral_ask	or	-0.5334
referral_ask	or did	-0.0325
referral_ask	or did you	-0.0282
referral_ask	or newslett	-0.0549
referral_ask	or ~number	-0.0661
referral_ask	or ~studyverb	-0.0325
referral_ask	organiz	-0.0598
referral_ask	other	0.2859
referral_ask	other peopl	0.1528
referral_ask	other peopl you	0.1528
referral_ask	other ~people	0.3255
referral_ask	our	0.0969
referral_ask	out	0.1551
referral_ask	out again	-0.036
referral_ask	out of	0.0495
referral_ask	out of time	0.0662
referral_ask	out to	0.3141
referral_ask	out ~later	-0.036
referral_ask	outreach	-0.0884
referral_ask	over	-0.0538
referral_ask	own	-0.0215
referral_ask	paper	-0.0282
referral_ask	paper lantern	-0.0282
referral_ask	part	-0.0632
referral_ask	part of	-0.0505
referral_ask	part of the	-0.0334
referral_ask	pass	-0.0342
referral_ask	pass my	-0.0255
referral_ask	pass my resum	-0.0221
referral_ask	path	-0.0283
referral_ask	patient	-0.0258
referral_ask	peopl	-0.082
referral_ask	peopl get	-0.0524
referral_ask	peopl i	0.1234
referral_ask	peopl in	0.1279
referral_ask	peopl in the	-0.0785
referral_ask	peopl in your	0.1619
referral_ask	peopl say	-0.0371
referral_ask	peopl who	-0.1196
referral_ask	peopl who have	-0.0982
referral_ask	peopl you	-0.0465
referral_ask	peopl you would	0.1528
referral_ask	peopl ~learn	-0.0524
referral_ask	peopl ~people	-0.1196
referral_ask	person	0.0653
referral_ask	perspect	0.2714
referral_ask	phd	-0.0245
referral_ask	pick	0.4348
referral_ask	place	-0.0298
referral_ask	plan	-0.02
referral_ask	pleas	-0.0546
referral_ask	pleas let	-0.0314
referral_ask	pleas let me	-0.0314
referral_ask	podcast	-0.0414
referral_ask	podcast or	-0.0214
referral_ask	point	0.2363
referral_ask	point me	0.326
referral_ask	point me toward	0.3933
referral_ask	point of	-0.0269
referral_ask	polici	0.0579
referral_ask	portfolio	-0.0396
referral_ask	posit	-0.102
referral_ask	possibl	0.2764
referral_ask	possibl to	0.2764
referral_ask	practic	-0.0731
referral_ask	product	0.2108
referral_ask	project	-0.1324
referral_ask	public	-0.0545
referral_ask	put	0.2988
referral_ask	put in	-0.0242
referral_ask	put in a	-0.0242
referral_ask	put me	0.3303
referral_ask	put me in	0.3303
referral_ask	question	-0.1527
referral_ask	question ~later	-0.042
referral_ask	quick	0.1349
referral_ask	quick chat	0.0507
referral_ask	quick ~contactverb	0.1024
referral_ask	quick ~talk	0.1531
referral_ask	rather	-0.0471
referral_ask	rather than	-0.0335
referral_ask	reach	0.2323
referral_ask	reach out	0.2687
referral_ask	reach out again	-0.036
referral_ask	reach out to	0.3141
referral_ask	read	-0.1405
referral_ask	read ~number	-0.0339
referral_ask	realli	-0.1177
referral_ask	realli appreci	-0.0524
referral_ask	realli ~want	-0.0629
referral_ask	reason	-0.0254
referral_ask	recommend	0.2752
referral_ask	recommend i	0.3031
referral_ask	recommend to	-0.0911
referral_ask	recommend to someon	-0.0911
referral_ask	recruit	-0.114
referral_ask	refer	-0.0396
referral_ask	referr	-0.0371
referral_ask	report	-0.2016
referral_ask	report to	-0.0813
referral_ask	research	0.0661
referral_ask	research with	-0.0763
referral_ask	resum	-0.1141
referral_ask	resum to	-0.0879
referral_ask	return	-0.0292
referral_ask	right	-0.2145
referral_ask	right now	-0.1332
referral_ask	risk	-0.0779
referral_ask	risk peopl	-0.022
referral_ask	risk ~people	-0.022
referral_ask	role	-0.1669
referral_ask	rout	0.1931
referral_ask	run	0.1924
referral_ask	sale	0.0492
referral_ask	sam	-0.0349
referral_ask	say	-0.0999
referral_ask	say ~number	-0.023
referral_ask	school	-0.0258
referral_ask	scienc	-0.0888
referral_ask	sector	-0.0232
referral_ask	see	-0.0784
referral_ask	see if	-0.0502
referral_ask	see if i	-0.0389
referral_ask	send	-0.0978
referral_ask	send you	-0.033
referral_ask	sens	0.029
referral_ask	separ	-0.0296
referral_ask	shall	-0.0863
referral_ask	shall project	-0.0221
referral_ask	share	0.2191
referral_ask	share the	0.0485
referral_ask	share what	0.202
referral_ask	share what i	-0.0345
referral_ask	share ~number	0.0485
referral_ask	shift	-0.0244
referral_ask	short	-0.0284
referral_ask	should	0.336
referral_ask	should i be	0.0836
referral_ask	should i send	-0.0641
referral_ask	should talk	-0.0327
referral_ask	should talk to	-0.0327
referral_ask	should ~people	0.0945
referral_ask	should ~talk	0.3269
referral_ask	side	0.3395
referral_ask	side if	0.0361
referral_ask	side of	-0.0219
referral_ask	skill	-0.0929
referral_ask	so far	-0.0221
referral_ask	so i	0.1915
referral_ask	so i will	-0.0298
referral_ask	so if	-0.0863
referral_ask	so if you	-0.0839
referral_ask	so much	-0.0259
referral_ask	so you	-0.0288
referral_ask	so ~number	0.0764
referral_ask	some	0.1092
referral_ask	someon	0.1566
referral_ask	someon at	0.1087
referral_ask	someon at a	0.112
referral_ask	someon curious	-0.0842
referral_ask	someon curious about	-0.0842
referral_ask	someon good	-0.042
referral_ask	someon good at	-0.042
referral_ask	someon in	0.0969
referral_ask	someon tri	-0.0406
referral_ask	someon tri to	-0.0406
referral_ask	someon who	0.1019
referral_ask	someon who is	0.1513
referral_ask	someon ~people	0.1019
referral_ask	someon ~want	-0.1749
referral_ask	someth	-0.0361
referral_ask	someth i	-0.0219
referral_ask	sorri	-0.0943
referral_ask	sorri my	-0.0542
referral_ask	sound	-0.025
referral_ask	speak	0.1435
referral_ask	speak to	0.0502
referral_ask	speak with	0.1682
referral_ask	staff	-0.0206
referral_ask	start	-0.2537
referral_ask	start out	-0.0987
referral_ask	stay	-0.1343
referral_ask	stay in	-0.1164
referral_ask	stay in touch	-0.091
referral_ask	step	-0.0395
referral_ask	still	-0.1623
referral_ask	stop	-0.0393
referral_ask	stori	0.1115
referral_ask	structur	-0.0234
referral_ask	student	-0.0666
referral_ask	studio	-0.0214
referral_ask	suggest a	0.1142
referral_ask	suggest an	-0.0423
referral_ask	suggest an exercis	-0.0423
referral_ask	suggest for	-0.0224
referral_ask	suggest i	0.1252
referral_ask	suggest ~number	0.0719
referral_ask	suit	-0.0631
referral_ask	suit me	-0.0475
referral_ask	summer	-0.0335
referral_ask	support	-0.0305
referral_ask	suppos	0.0828
referral_ask	switch	0.0718
referral_ask	switch from	0.1088
referral_ask	take	-0.0979
referral_ask	take on	-0.0306
referral_ask	taken	-0.0304
referral_ask	talk	0.375
referral_ask	talk to	0.4638
referral_ask	talk to about	0.1424
referral_ask	task	-0.0783
referral_ask	task you	-0.0636
referral_ask	task you would	-0.0636
referral_ask	teach	0.059
referral_ask	team be	0.1582
referral_ask	team ~gatekeeper	-0.0467
referral_ask	technician	-0.0444
referral_ask	tell	-0.0646
referral_ask	tell me	-0.0498
referral_ask	tell me about	-0.0381
referral_ask	test	-0.0853
referral_ask	test whether	-0.0274
referral_ask	than	-0.0709
referral_ask	than a	-0.0228
referral_ask	than ~number	-0.0228
referral_ask	thank	-0.1888
referral_ask	thank you	-0.1166
referral_ask	thank you for	-0.026
referral_ask	that	-0.1979
referral_ask	that cover	-0.0261
referral_ask	that cover everyth	-0.0261
referral_ask	that i	0.1259
referral_ask	that is	-0.1635
referral_ask	that is all	-0.0322
referral_ask	that is everyth	-0.0308
referral_ask	that is realli	-0.0206
referral_ask	that make	0.0486
referral_ask	that make sens	0.0486
referral_ask	that ~want	-0.0325
referral_ask	the	-0.3763
referral_ask	the agenc	0.1992
referral_ask	the bank	-0.0244
referral_ask	the best way	-0.0244
referral_ask	the big	-0.0757
referral_ask	the biggest	-0.027
referral_ask	the bootcamp	0.132
referral_ask	the data	-0.0278
referral_ask	the field	-0.0542
referral_ask	the field i	0.0262
referral_ask	the hire	-0.0603
referral_ask	the job	-0.0404
referral_ask	the junior	-0.0283
referral_ask	the next	-0.0202
referral_ask	the point	-0.0295
referral_ask	the point of	-0.0269
referral_ask	the polici	0.0369
referral_ask	the switch	0.0915
referral_ask	the switch from	0.1231
referral_ask	the team	-0.055
referral_ask	the time	-0.029
referral_ask	the transit	-0.0339
referral_ask	the ~contactverb	0.0596
referral_ask	the ~degree	0.1687
referral_ask	the ~gatekeeper	-0.0661
referral_ask	the ~hiring	-0.0802
referral_ask	the ~job	-0.0686
referral_ask	the ~learn	0.0595
referral_ask	the ~limit	-0.0343
referral_ask	the ~org	0.1033
referral_ask	the ~people	-0.0322
referral_ask	the ~talk	0.0588
referral_ask	their	0.3999
referral_ask	their first	0.2121
referral_ask	them	0.0611
referral_ask	then	-0.0271
referral_ask	there	0.3195
referral_ask	there a	0.0275
referral_ask	there ani	-0.0661
referral_ask	there ani way	-0.0629
referral_ask	there anyon	0.0903
referral_ask	there anyon els	0.0903
referral_ask	there anyth	-0.0913
referral_ask	there anyth i	-0.0291
referral_ask	there anyth you	-0.0484
referral_ask	there book	-0.035
referral_ask	there book or	-0.035
referral_ask	there is	0.0424
referral_ask	there is anyon	0.0595
referral_ask	there other	0.2061
referral_ask	there other peopl	0.1528
referral_ask	there someth	-0.0268
referral_ask	there ~number	0.0236
referral_ask	there ~people	0.4892
referral_ask	thing	0.0305
referral_ask	think	0.3019
referral_ask	think i	0.2034
referral_ask	think i should	0.1732
referral_ask	think that	0.0247
referral_ask	think that cover	-0.0261
referral_ask	think we	-0.032
referral_ask	think we can	-0.032
referral_ask	this	-0.2723
referral_ask	this career	-0.0317
referral_ask	this field	-0.0384
referral_ask	this work	-0.0433
referral_ask	this ~learn	-0.0433
referral_ask	this ~talk	-0.0427
referral_ask	this ~workverb	-0.0433
referral_ask	thought	-0.0424
referral_ask	through	-0.0864
referral_ask	through a	-0.0346
referral_ask	through a typic	-0.027
referral_ask	through ~number	-0.0359
referral_ask	time	-0.0761
referral_ask	time so	0.0731
referral_ask	to	0.0403
referral_ask	to a	0.1606
referral_ask	to a quick	0.1663
referral_ask	to about	0.2829
referral_ask	to about the	0.0575
referral_ask	to ask	-0.0646
referral_ask	to be	-0.0341
referral_ask	to connect	-0.0306
referral_ask	to day	-0.0354
referral_ask	to get	0.1157
referral_ask	to get a	0.0641
referral_ask	to get into	-0.0574
referral_ask	to get your	-0.0243
referral_ask	to hear	0.1318
referral_ask	to help	-0.0481
referral_ask	to help with	-0.0216
referral_ask	to hour	-0.0397
referral_ask	to know	0.1344
referral_ask	to learn	-0.0728
referral_ask	to learn how	-0.0253
referral_ask	to let	-0.0403
referral_ask	to let you	-0.0403
referral_ask	to mind	0.1573
referral_ask	to pass	-0.0229
referral_ask	to pick	0.0313
referral_ask	to see	-0.0502
referral_ask	to see if	-0.0502
referral_ask	to share what	-0.0345
referral_ask	to someon	-0.0911
referral_ask	to stay	-0.1056
referral_ask	to stay in	-0.1002
referral_ask	to talk	0.2297
referral_ask	to talk to	0.2103
referral_ask	to test	-0.039
referral_ask	to test whether	-0.0224
referral_ask	to the	-0.1567
referral_ask	to tri	-0.0284
referral_ask	to understand	-0.0589
referral_ask	to understand what	-0.0291
referral_ask	to work	-0.0317
referral_ask	to you	-0.0466
referral_ask	to your	-0.0813
referral_ask	to ~closing	-0.0354
referral_ask	to ~gatekeeper	-0.1111
referral_ask	to ~help	-0.0737
referral_ask	to ~learn	0.1273
referral_ask	to ~limit	-0.0751
referral_ask	to ~number	0.081
referral_ask	to ~people	0.0488
referral_ask	to ~sendverb	-0.0423
referral_ask	to ~student	-0.0355
referral_ask	to ~timeunit	-0.0397
referral_ask	to ~want	-0.0284
referral_ask	to ~workverb	-0.0442
referral_ask	today	-0.0659
referral_ask	tonight	-0.0305
referral_ask	too	0.1899
referral_ask	tool	-0.0301
referral_ask	touch	0.1307
referral_ask	touch with	0.2285
referral_ask	toward	0.386
referral_ask	transit	-0.0339
referral_ask	tri	-0.1403
referral_ask	tri to	-0.1012
referral_ask	tri to get	-0.0354
referral_ask	tri to see	-0.0237
referral_ask	two	-0.0451
referral_ask	typic	-0.0441
referral_ask	typic week	-0.0252
referral_ask	typic week on	-0.0225
referral_ask	typic ~closing	-0.0306
referral_ask	understand	-0.0629
referral_ask	understand what	-0.0312
referral_ask	up	-0.1156
referral_ask	up with	-0.0208
referral_ask	us	0.0827
referral_ask	us leav	-0.0218
referral_ask	us leav it	-0.0218
referral_ask	use	-0.1218
referral_ask	use to	-0.0538
referral_ask	use to you	-0.0321
referral_ask	user	-0.0253
referral_ask	user research	-0.021
referral_ask	user ~learn	-0.021
referral_ask	usual	-0.2251
referral_ask	ux	0.2122
referral_ask	ux research	0.2144
referral_ask	ux ~learn	0.216
referral_ask	vacanc	-0.0231
referral_ask	volunt	-0.0377
referral_ask	walk	-0.0406
referral_ask	walk me	-0.0406
referral_ask	walk me through	-0.0406
referral_ask	want	-0.1968
referral_ask	want to	-0.1449
referral_ask	want to ask	-0.0308
referral_ask	was	0.1258
referral_ask	way	-0.1328
referral_ask	way i	-0.0776
referral_ask	way i could	-0.0604
referral_ask	way to	-0.037
referral_ask	we	-0.1029
referral_ask	we are almost	0.0702
referral_ask	we can	-0.032
referral_ask	we have	-0.0213
referral_ask	week	-0.1261
referral_ask	week on	-0.0225
referral_ask	weekend	-0.0239
referral_ask	well	-0.0211
referral_ask	went	0.1272
referral_ask	were	0.3289
referral_ask	were in	0.371
referral_ask	were in my	0.371
referral_ask	were start	-0.0384
referral_ask	what	-0.7065
referral_ask	what are	-0.0359
referral_ask	what could	-0.0208
referral_ask	what could i	-0.0208
referral_ask	what do	-0.0601
referral_ask	what do you	-0.0412
referral_ask	what doe	-0.0308
referral_ask	what i	-0.0411
referral_ask	what is	-0.1225
referral_ask	what is the	-0.0737
referral_ask	what kind	-0.0358
referral_ask	what kind of	-0.0358
referral_ask	what make	-0.0587
referral_ask	what make someon	-0.042
referral_ask	what should	-0.034
referral_ask	what should i	-0.0262
referral_ask	what skill	-0.0388
referral_ask	what would	-0.1627
referral_ask	what would you	-0.1542
referral_ask	what ~help	-0.0601
referral_ask	what ~want	-0.1627
referral_ask	when	-0.0714
referral_ask	when i	-0.0327
referral_ask	when you	-0.0278
referral_ask	where	-0.1258
referral_ask	where can	-0.0291
referral_ask	where can i	-0.021
referral_ask	where do	-0.0399
referral_ask	where doe	-0.0204
referral_ask	where ~help	-0.0399
referral_ask	whether	-0.079
referral_ask	whether this	-0.0418
referral_ask	whether this career	-0.0317
referral_ask	whi	-0.0467
referral_ask	which	-0.0879
referral_ask	which of	0.0741
referral_ask	which of your	0.0741
referral_ask	which ~student	-0.0232
referral_ask	who	0.8635
referral_ask	who do	0.0833
referral_ask	who do you	0.1013
referral_ask	who els	0.192
referral_ask	who els should	0.1734
referral_ask	who have	-0.0982
referral_ask	who is	0.0301
referral_ask	who might	0.2917
referral_ask	who might be	0.0507
referral_ask	who work	0.0209
referral_ask	who would	0.223
referral_ask	who would be	0.181
referral_ask	who ~help	0.0833
referral_ask	who ~learn	0.0209
referral_ask	who ~want	0.223
referral_ask	who ~workverb	0.0209
referral_ask	will	-0.2962
referral_ask	will let	-0.0709
referral_ask	will let you	-0.0709
referral_ask	will send	-0.0233
referral_ask	will stop	-0.0204
referral_ask	will to	0.0816
referral_ask	will ~sendverb	-0.0472
referral_ask	will ~talk	-0.0201
referral_ask	wish	-0.0366
referral_ask	wish you	-0.0273
referral_ask	wish you would	-0.0261
referral_ask	with	0.2507
referral_ask	with anyth	-0.0328
referral_ask	with peopl	-0.2165
referral_ask	with someon	0.219
referral_ask	with the	-0.0441
referral_ask	with you	-0.1018
referral_ask	with you on	-0.0385
referral_ask	with your	-0.1284
referral_ask	with ~number	-0.0375
referral_ask	without	-0.029
referral_ask	without a	-0.029
referral_ask	without ~number	-0.029
referral_ask	word	-0.0268
referral_ask	word for	-0.0242
referral_ask	word for me	-0.0242
referral_ask	work	-0.3796
referral_ask	work at	-0.0345
referral_ask	work at a	-0.0207
referral_ask	work on	-0.027
referral_ask	work with	-0.0841
referral_ask	worth	0.0637
referral_ask	worth the	-0.0419
referral_ask	worth ~number	-0.0472
referral_ask	worth ~talk	0.1526
referral_ask	would	0.8856
referral_ask	would an	-0.0485
referral_ask	would be	0.1542
referral_ask	would be glad	-0.0888
referral_ask	would be good	0.0987
referral_ask	would it	0.1845
referral_ask	would it be	0.2093
referral_ask	would like	-0.0492
referral_ask	would love	0.2451
referral_ask	would love a	0.0869
referral_ask	would love an	0.0726
referral_ask	would love to	0.1043
referral_ask	would point	0.1464
referral_ask	would point me	0.2066
referral_ask	would suggest	0.0564
referral_ask	would suggest i	0.1252
referral_ask	would you	0.2813
referral_ask	would you advic	-0.0717
referral_ask	would you do	-0.0416
referral_ask	would you mind	0.1975
referral_ask	would you recommend	-0.0922
referral_ask	would you say	-0.046
referral_ask	would your	-0.0545
referral_ask	would ~help	-0.0471
referral_ask	would ~number	-0.0586
referral_ask	would ~want	-0.0231
referral_ask	wow	-0.0206
referral_ask	write	-0.1247
referral_ask	yeah	-0.0408
referral_ask	year	0.1163
referral_ask	year in	-0.0243
referral_ask	yesterday	-0.038
referral_ask	you	0.0672
referral_ask	you a	-0.0558
referral_ask	you a quick	-0.0233
referral_ask	you advic	-0.0717
referral_ask	you advic someon	-0.0717
referral_ask	you are	-0.053
referral_ask	you be abl	-0.1389
referral_ask	you be comfort	0.1454
referral_ask	you be will	0.039
referral_ask	you could	0.0356
referral_ask	you could put	0.079
referral_ask	you describ	-0.064
referral_ask	you do	-0.0612
referral_ask	you ever	-0.0987
referral_ask	you ever need	-0.0787
referral_ask	you find	-0.0528
referral_ask	you for	-0.0391
referral_ask	you get	-0.0387
referral_ask	you give	-0.0352
referral_ask	you go	-0.0553
referral_ask	you have	0.1734
referral_ask	you have a	0.1172
referral_ask	you have ani	0.1169
referral_ask	you hear	-0.0249
referral_ask	you in	-0.0501
referral_ask	you in a	-0.0412
referral_ask	you introduc	0.1086
referral_ask	you keep	-0.0637
referral_ask	you know	0.2597
referral_ask	you know anyon	0.1715
referral_ask	you know how	-0.0472
referral_ask	you meet	-0.0949
referral_ask	you mention	0.2348
referral_ask	you mind	0.1975
referral_ask	you mind if	-0.0297
referral_ask	you need	-0.0348
referral_ask	you on	-0.0472
referral_ask	you on linkedin	-0.0472
referral_ask	you pick	0.419
referral_ask	you recommend	0.3188
referral_ask	you recommend i	0.2262
referral_ask	you recommend to	-0.0911
referral_ask	you say	-0.0526
referral_ask	you start	-0.0577
referral_ask	you still	-0.1304
referral_ask	you suggest	-0.0493
referral_ask	you suggest a	0.1142
referral_ask	you suggest an	-0.0423
referral_ask	you tell	-0.0411
referral_ask	you tell me	-0.0329
referral_ask	you think	0.4278
referral_ask	you think i	0.2198
referral_ask	you to	-0.0528
referral_ask	you walk	-0.0239
referral_ask	you walk me	-0.0239
referral_ask	you were	0.3382
referral_ask	you were in	0.371
referral_ask	you were start	-0.0384
referral_ask	you wish	-0.0366
referral_ask	you wish you	-0.0273
referral_ask	you work	-0.0956
referral_ask	you work with	-0.0783
referral_ask	you would	0.0537
referral_ask	you would point	0.1464
referral_ask	you would suggest	0.0564
referral_ask	you ~help	-0.1233
referral_ask	you ~insight	-0.0737
referral_ask	you ~learn	0.4516
referral_ask	you ~number	-0.0677
referral_ask	you ~talk	0.0265
referral_ask	you ~want	0.0258
referral_ask	you ~workverb	-0.0995
referral_ask	your	-0.1476
referral_ask	your career	-0.051
referral_ask	your colleagu	0.0428
referral_ask	your compani	-0.0751
referral_ask	your depart	-0.0393
referral_ask	your firm	0.0686
referral_ask	your game	-0.0517
referral_ask	your main	-0.0604
referral_ask	your network	0.2048
referral_ask	your network who	0.064
referral_ask	your old	0.0943
referral_ask	your role	-0.0202
referral_ask	your work	-0.0256
referral_ask	your ~closing	-0.0428
referral_ask	your ~degree	-0.0573
referral_ask	your ~insight	-0.0333
referral_ask	your ~job	-0.0289
referral_ask	your ~learn	-0.0265
referral_ask	your ~limit	-0.0591
referral_ask	your ~org	-0.1245
referral_ask	your ~people	0.0592
referral_ask	your ~talk	0.2048
referral_ask	your ~workverb	-0.0256
referral_ask	~application	-0.1242
referral_ask	~application to	-0.0912
referral_ask	~closing	-0.2546
referral_ask	~closing on	-0.0225
referral_ask	~closing to	-0.0416
referral_ask	~contactverb	0.3283
referral_ask	~contactverb out	0.2369
referral_ask	~contactverb with	0.1821
referral_ask	~contactverb you	-0.1079
referral_ask	~degree	-0.0707
referral_ask	~degree at	0.0934
referral_ask	~degree be	-0.0485
referral_ask	~degree in	-0.0245
referral_ask	~degree program	-0.033
referral_ask	~degree rout	0.2037
referral_ask	~duration in	-0.0243
referral_ask	~gatekeeper	-0.2038
referral_ask	~gatekeeper right	-0.103
referral_ask	~help	-0.5992
referral_ask	~help me	-0.0379
referral_ask	~help most	-0.0308
referral_ask	~help peopl	-0.0819
referral_ask	~help someon	-0.0535
referral_ask	~help the	-0.0213
referral_ask	~help to	-0.0579
referral_ask	~help with	-0.1219
referral_ask	~help you	0.0575
referral_ask	~hiring	-0.2308
referral_ask	~hiring right	-0.103
referral_ask	~insight	-0.0594
referral_ask	~insight for	-0.0392
referral_ask	~insight on	-0.0491
referral_ask	~insight someon	-0.0717
referral_ask	~insight the	-0.0369
referral_ask	~job	-0.5315
referral_ask	~job go	-0.0214
referral_ask	~job i	-0.0613
referral_ask	~job in	-0.0415
referral_ask	~job on	-0.037
referral_ask	~later	-0.1711
referral_ask	~later in	-0.0652
referral_ask	~learn	0.2399
referral_ask	~learn a	-0.0303
referral_ask	~learn an	0.2321
referral_ask	~learn anyon	0.1715
referral_ask	~learn at	-0.0202
referral_ask	~learn how	-0.0835
referral_ask	~learn if	0.2943
referral_ask	~learn into	-0.0887
referral_ask	~learn it	-0.0263
referral_ask	~learn me	-0.1373
referral_ask	~learn of	-0.0205
referral_ask	~learn on	-0.0216
referral_ask	~learn out	-0.0293
referral_ask	~learn the	-0.0276
referral_ask	~learn their	0.1689
referral_ask	~learn to	0.1296
referral_ask	~learn we	0.0491
referral_ask	~learn what	-0.0319
referral_ask	~learn with	-0.1604
referral_ask	~learn you	-0.0513
referral_ask	~learn your	-0.033
referral_ask	~limit	-0.351
referral_ask	~limit i	-0.0259
referral_ask	~limit or	-0.0621
referral_ask	~limit so	0.0632
referral_ask	~limit to	-0.0409
referral_ask	~number	-0.2728
referral_ask	~number agenc	0.1944
referral_ask	~number bank	-0.0276
referral_ask	~number beginn	-0.0402
referral_ask	~number big	-0.1041
referral_ask	~number biggest	-0.027
referral_ask	~number bit	-0.0842
referral_ask	~number bootcamp	0.1184
referral_ask	~number career	-0.0758
referral_ask	~number colleagu	0.2429
referral_ask	~number confer	-0.0314
referral_ask	~number coupl	0.2163
referral_ask	~number data	-0.0329
referral_ask	~number degre	-0.0265
referral_ask	~number design	-0.0212
referral_ask	~number exercis	-0.0594
referral_ask	~number extra	-0.0208
referral_ask	~number few	-0.0655
referral_ask	~number field	-0.0542
referral_ask	~number first	-0.0322
referral_ask	~number good	-0.0434
referral_ask	~number great	-0.0343
referral_ask	~number hire	-0.0603
referral_ask	~number interview	-0.1769
referral_ask	~number intro	0.0411
referral_ask	~number introduct	0.3441
referral_ask	~number job	-0.0821
referral_ask	~number junior	0.2057
referral_ask	~number last	0.0555
referral_ask	~number lot	-0.0857
referral_ask	~number mba	0.0574
referral_ask	~number minut	-0.0373
referral_ask	~number more	-0.0524
referral_ask	~number name	0.053
referral_ask	~number newcom	-0.0296
referral_ask	~number next	-0.0202
referral_ask	~number nurs	0.1492
referral_ask	~number of	0.3214
referral_ask	~number onlin	-0.0286
referral_ask	~number open	-0.0303
referral_ask	~number peopl	-0.115
referral_ask	~number point	-0.0295
referral_ask	~number polici	0.0288
referral_ask	~number portfolio	-0.0269
referral_ask	~number posit	-0.025
referral_ask	~number product	0.0586
referral_ask	~number question	-0.0216
referral_ask	~number quick	0.143
referral_ask	~number research	0.0703
referral_ask	~number shall	-0.0468
referral_ask	~number student	-0.0258
referral_ask	~number switch	0.0915
referral_ask	~number team	-0.0564
referral_ask	~number technician	-0.0318
referral_ask	~number time	-0.029
referral_ask	~number transit	-0.0339
referral_ask	~number typic	-0.0342
referral_ask	~number week	-0.0303
referral_ask	~number year	-0.0556
referral_ask	~org	0.3
referral_ask	~org be	0.1582
referral_ask	~org ever	-0.0287
referral_ask	~org i	0.0924
referral_ask	~org if	0.0361
referral_ask	~org lantern	-0.0282
referral_ask	~org of	-0.0234
referral_ask	~org or	-0.0412
referral_ask	~org who	0.2607
referral_ask	~people	2.0702
referral_ask	~people at	0.3303
referral_ask	~people come	0.1573
referral_ask	~people curious	-0.0842
referral_ask	~people do	0.1235
referral_ask	~people els	0.4577
referral_ask	~people from	0.0446
referral_ask	~people get	-0.0524
referral_ask	~people good	-0.042
referral_ask	~people have	-0.1025
referral_ask	~people i	0.2639
referral_ask	~people in	0.4052
referral_ask	~people is	0.0301
referral_ask	~people last	0.0686
referral_ask	~people might	0.2917
referral_ask	~people of	0.2556
referral_ask	~people on	0.3908
referral_ask	~people say	-0.0371
referral_ask	~people tri	-0.0406
referral_ask	~people usual	-0.0593
referral_ask	~people who	0.0565
referral_ask	~people with	-0.0656
referral_ask	~people work	0.0209
referral_ask	~people would	0.3079
referral_ask	~people you	0.2807
referral_ask	~sendverb	-0.0431
referral_ask	~sendverb my	-0.1188
referral_ask	~sendverb the	0.0485
referral_ask	~sendverb what	0.202
referral_ask	~sendverb you	-0.1358
referral_ask	~student	-0.1947
referral_ask	~student design	0.2222
referral_ask	~student on	0.2377
referral_ask	~student peopl	-0.0218
referral_ask	~studyverb	-0.2817
referral_ask	~studyverb a	-0.0461
referral_ask	~studyverb research	-0.0764
referral_ask	~studyverb you	-0.1208
referral_ask	~talk	1.4391
referral_ask	~talk at	-0.1107
referral_ask	~talk for	-0.0299
referral_ask	~talk i	0.1721
referral_ask	~talk me	0.1842
referral_ask	~talk on	-0.0307
referral_ask	~talk out	0.2884
referral_ask	~talk to	0.514
referral_ask	~talk who	0.064
referral_ask	~talk with	0.3433
referral_ask	~talk you	-0.2729
referral_ask	~timeunit	-0.1777
referral_ask	~timeunit or	-0.0456
referral_ask	~want	0.1678
referral_ask	~want a	-0.0618
referral_ask	~want about	-0.0922
referral_ask	~want an	-0.0537
referral_ask	~want appreci	-0.0524
referral_ask	~want be	0.1542
referral_ask	~want i	-0.1168
referral_ask	~want it	0.1655
referral_ask	~want like	-0.0508
referral_ask	~want love	0.2451
referral_ask	~want point	0.1464
referral_ask	~want start	-0.0442
referral_ask	~want suggest	0.0564
referral_ask	~want this	-0.0289
referral_ask	~want to	-0.2553
referral_ask	~want you	0.2257
referral_ask	~want your	-0.0837
referral_ask	~workverb	-0.3811
referral_ask	~workverb at	-0.0448
referral_ask	~workverb on	-0.027
referral_ask	~workverb the	-0.0243
referral_ask	~workverb with	-0.0865
follow_up	*	-2.9001
follow_up	10	-0.0212
follow_up	20	-0.079
follow_up	20 minut	-0.079
follow_up	20 ~limit	-0.079
follow_up	20 ~timeunit	-0.079
follow_up	?	-0.5411
follow_up	^alright	-0.0975
follow_up	^ani	-0.1191
follow_up	^anyon	-0.0276
follow_up	^anyway	-0.0721
follow_up	^are	-0.1405
follow_up	^can	0.5435
follow_up	^cheer	-0.0631
follow_up	^could	0.051
follow_up	^did	-0.0466
follow_up	^do	-0.1917
follow_up	^great	-0.0247
follow_up	^happi	-0.0834
follow_up	^have	-0.0551
follow_up	^hi	-0.0315
follow_up	^how	-0.2499
follow_up	^i	0.5613
follow_up	^if	-0.1761
follow_up	^is	-0.1496
follow_up	^just	-0.0398
follow_up	^let	0.0387
follow_up	^love	-0.0341
follow_up	^mind	0.2296
follow_up	^my	-0.0351
follow_up	^no	-0.0668
follow_up	^oh	-0.0351
follow_up	^ok	-0.0967
follow_up	^pleas	-0.0443
follow_up	^right	-0.168
follow_up	^should	-0.0562
follow_up	^so	-0.0222
follow_up	^sorri	-0.0574
follow_up	^that	-0.1264
follow_up	^was	-0.0257
follow_up	^we	-0.0758
follow_up	^well	-0.116
follow_up	^what	-0.4404
follow_up	^where	-0.1111
follow_up	^whi	-0.0357
follow_up	^which	-0.1347
follow_up	^who	-0.1581
follow_up	^would	0.3645
follow_up	^yeah	-0.041
follow_up	a	-0.0534
follow_up	a bit	-0.0493
follow_up	a career	-0.065
follow_up	a career changer	-0.0202
follow_up	a career in	-0.0243
follow_up	a colleagu	-0.024
follow_up	a coupl	0.1625
follow_up	a coupl more	0.0305
follow_up	a coupl of	0.132
follow_up	a degre	-0.0358
follow_up	a degre in	-0.0238
follow_up	a few	0.1044
follow_up	a good	-0.0851
follow_up	a job	-0.0242
follow_up	a line	0.0602
follow_up	a line onc	0.0602
follow_up	a lot	-0.0413
follow_up	a question	0.0732
follow_up	a quick	0.0357
follow_up	a referr	-0.0276
follow_up	a shall	-0.0201
follow_up	a short	0.0944
follow_up	a thank	0.1435
follow_up	a thank you	0.1435
follow_up	a typic	-0.0304
follow_up	a ~degree	-0.0911
follow_up	a ~job	-0.0455
follow_up	a ~number	0.2669
follow_up	a ~org	-0.03
follow_up	a ~people	-0.024
follow_up	a ~student	-0.0705
follow_up	abil	-0.0337
follow_up	about	-0.2497
follow_up	about consult	-0.0275
follow_up	about it	-0.0312
follow_up	about the	-0.0857
follow_up	about the downsid	-0.0208
follow_up	about your	-0.0382
follow_up	about ~number	-0.1015
follow_up	academia	-0.0538
follow_up	actual	-0.0498
follow_up	advic	-0.048
follow_up	after	0.3378
follow_up	after a	-0.0363
follow_up	after the	0.1528
follow_up	after ~number	0.1061
follow_up	afternoon	0.1363
follow_up	again	0.3398
follow_up	again in	0.2689
follow_up	again in a	0.2689
follow_up	agenc	-0.0454
follow_up	agre	-0.1082
follow_up	all my	-0.0398
follow_up	all my question	-0.0398
follow_up	all right	0.1691
follow_up	all the	-0.0385
follow_up	all ~number	-0.0385
follow_up	along	-0.1547
follow_up	alreadi	-0.0918
follow_up	alright	-0.0273
follow_up	alright i	-0.0894
follow_up	am	-0.3433
follow_up	am a	-0.0436
follow_up	am around	-0.024
follow_up	am go	0.0895
follow_up	am go to	0.0895
follow_up	am here	-0.0296
follow_up	am not	-0.0247
follow_up	am ~number	-0.0436
follow_up	am ~want	-0.1197
follow_up	an	-0.0442
follow_up	an introduct	-0.0271
follow_up	an introduct to	-0.0271
follow_up	analyst	-0.0649
follow_up	and	0.2291
follow_up	and i	0.103
follow_up	and i have	-0.0427
follow_up	and i will	0.1672
follow_up	and now	-0.0469
follow_up	ani	-0.4271
follow_up	ani chanc	-0.0374
follow_up	ani chanc you	-0.0361
follow_up	ani more	-0.0246
follow_up	ani way	-0.0234
follow_up	ani way i	-0.0234
follow_up	ani ~people	-0.0331
follow_up	anoth	-0.0339
follow_up	anyon	-0.2184
follow_up	anyon els	-0.069
follow_up	anyon els you	-0.0329
follow_up	anyon on	-0.025
follow_up	anyth	0.0952
follow_up	anyth i	-0.0322
follow_up	anyth i can	-0.0244
follow_up	anyway	-0.0721
follow_up	anyway i	-0.0721
follow_up	app	-0.038
follow_up	appli	-0.0264
follow_up	applic	0.0823
follow_up	appreci	-0.1097
follow_up	appreci it	-0.0303
follow_up	appreci you	-0.0408
follow_up	are	-0.5332
follow_up	are the	-0.0375
follow_up	are there	-0.0891
follow_up	are there ani	-0.0222
follow_up	are there other	-0.0222
follow_up	are you	-0.0731
follow_up	are ~number	-0.0669
follow_up	around	-0.024
follow_up	articl	0.11
follow_up	articl i	0.0881
follow_up	articl i mention	0.0881
follow_up	as	-0.0983
follow_up	as a	-0.0528
follow_up	as ~number	-0.0624
follow_up	ask	-0.0489
follow_up	ask you	-0.0211
follow_up	associ	-0.0298
follow_up	at	-0.3809
follow_up	at a	-0.0488
follow_up	at that	-0.0742
follow_up	at the	-0.0742
follow_up	at ~number	-0.1321
follow_up	back	0.2547
follow_up	back to your	0.1478
follow_up	bank	-0.0701
follow_up	be	-0.1504
follow_up	be glad	-0.0353
follow_up	be glad to	-0.0353
follow_up	be happi	-0.0228
follow_up	be happi to	-0.0228
follow_up	be ok	0.2562
follow_up	be ok to	0.2391
follow_up	be use	-0.031
follow_up	be use to	-0.0226
follow_up	be will	-0.0706
follow_up	be will to	-0.0706
follow_up	be ~help	-0.031
follow_up	be ~talk	-0.0317
follow_up	becom	-0.0242
follow_up	becom ~number	-0.0242
follow_up	been	-0.0679
follow_up	befor	-0.0431
follow_up	befor i	-0.0227
follow_up	beginn	-0.0225
follow_up	best	0.2017
follow_up	best way	0.2277
follow_up	best way to	0.2277
follow_up	better	0.0795
follow_up	between	-0.1204
follow_up	big	-0.0303
follow_up	bit	-0.0614
follow_up	book or	-0.0222
follow_up	book you	0.0404
follow_up	bootcamp	0.0251
follow_up	break	-0.0649
follow_up	build	-0.0219
follow_up	but	-0.0339
follow_up	by	0.0448
follow_up	by email	0.0529
follow_up	by ~contactverb	0.0529
follow_up	by ~sendverb	0.0529
follow_up	by ~talk	0.0529
follow_up	call	-0.0993
follow_up	can	0.1835
follow_up	can ever	0.0624
follow_up	can ever help	0.0624
follow_up	can i	-0.125
follow_up	can i help	-0.0421
follow_up	can nurs	-0.036
follow_up	can return	-0.0225
follow_up	can return the	-0.0225
follow_up	can see	-0.0845
follow_up	can see we	-0.025
follow_up	can we	0.7764
follow_up	can you	-0.1141
follow_up	can ~help	-0.0554
follow_up	can ~learn	-0.1042
follow_up	candid	-0.0265
follow_up	care	-0.0461
follow_up	career	-0.1514
follow_up	career changer	-0.0245
follow_up	career in	-0.0243
follow_up	career ~student	-0.0202
follow_up	case	0.1906
follow_up	certif	-0.0464
follow_up	chanc	-0.0432
follow_up	chanc you	-0.0361
follow_up	chanc you could	-0.0331
follow_up	chang	-0.1511
follow_up	chang in	-0.0296
follow_up	changer	-0.0245
follow_up	chariti	-0.0237
follow_up	chat	-0.0514
follow_up	chat with	-0.0284
follow_up	check	0.2429
follow_up	check in	0.1909
follow_up	cheer	-0.0631
follow_up	chemistri	-0.05
follow_up	citi	-0.0259
follow_up	civil	-0.0222
follow_up	civil engin	-0.0222
follow_up	class	0.1533
follow_up	client	-0.0665
follow_up	clinic	-0.0325
follow_up	coach	-0.0268
follow_up	colleagu	-0.1062
follow_up	come	-0.1313
follow_up	come to	-0.0664
follow_up	come to mind	-0.0664
follow_up	come up	-0.0332
follow_up	communiti	-0.0457
follow_up	compani	-0.0372
follow_up	confer	-0.0737
follow_up	connect	0.5436
follow_up	connect with	0.0211
follow_up	connect with you	0.1559
follow_up	conscious	-0.0388
follow_up	consult	-0.0466
follow_up	contact	0.1212
follow_up	could	-0.1368
follow_up	could i	0.1528
follow_up	could put	-0.0396
follow_up	could you	-0.1407
follow_up	could you suggest	-0.0495
follow_up	could ~sendverb	-0.0357
follow_up	coupl	0.1625
follow_up	coupl more	0.0305
follow_up	coupl of	0.132
follow_up	coupl of month	0.2054
follow_up	cours	0.3562
follow_up	cover	-0.0376
follow_up	cover everyth	-0.0376
follow_up	credit	-0.031
follow_up	cultur	-0.0324
follow_up	data	0.0218
follow_up	data scienc	-0.0592
follow_up	dataset	0.1763
follow_up	day	-0.1203
follow_up	decent	-0.021
follow_up	decid	-0.0228
follow_up	decid between	-0.0528
follow_up	definit	0.3353
follow_up	degre	-0.0752
follow_up	degre in	-0.0315
follow_up	depart	-0.0285
follow_up	describ	-0.0391
follow_up	describ ~number	-0.0239
follow_up	design	-0.1347
follow_up	develop	-0.0257
follow_up	did	-0.249
follow_up	did you	-0.147
follow_up	did you get	-0.0207
follow_up	did ~number	-0.0602
follow_up	differ	-0.0425
follow_up	director	-0.0246
follow_up	do	-0.6708
follow_up	do a	-0.0209
follow_up	do not	-0.0503
follow_up	do this	-0.059
follow_up	do you	-0.3507
follow_up	do you stay	-0.0576
follow_up	do you still	-0.0374
follow_up	do you think	-0.0211
follow_up	do ~number	-0.0265
follow_up	doe	-0.1409
follow_up	doe a	-0.0365
follow_up	doe it	-0.0269
follow_up	doe your	-0.0203
follow_up	doe ~number	-0.051
follow_up	done	0.1023
follow_up	done the	-0.052
follow_up	done ~number	-0.0574
follow_up	down	0.0649
follow_up	downsid	-0.0233
follow_up	drop	0.0502
follow_up	drop you	0.0602
follow_up	drop you a	0.0602
follow_up	els	0.0499
follow_up	els should	-0.0372
follow_up	els should i	-0.0372
follow_up	els you	-0.0329
follow_up	els you think	-0.0224
follow_up	email	0.5076
follow_up	email tonight	0.0276
follow_up	email you	0.2264
follow_up	emergenc	-0.0225
follow_up	end	0.1928
follow_up	end up	0.2951
follow_up	engin	-0.0876
follow_up	english	-0.0294
follow_up	enough	-0.0401
follow_up	ever	-0.0455
follow_up	ever help	0.0393
follow_up	ever need	-0.0308
follow_up	ever ~help	0.0624
follow_up	everyth	-0.0887
follow_up	everyth i	-0.0252
follow_up	everyth on	-0.0425
follow_up	everyth on my	-0.0425
follow_up	exercis	-0.0271
follow_up	favor	-0.0528
follow_up	favor somehow	-0.0277
follow_up	few	0.0988
follow_up	few week	0.0727
follow_up	few ~duration	0.0394
follow_up	field	-0.1297
follow_up	final	-0.0357
follow_up	find	-0.0482
follow_up	finish	-0.0549
follow_up	finish the	0.0797
follow_up	finish the cours	0.0797
follow_up	finish ~number	0.0697
follow_up	firm	-0.0205
follow_up	first	-0.0496
follow_up	first year	-0.0201
follow_up	first ~duration	-0.0201
follow_up	five	-0.0232
follow_up	focus	-0.0285
follow_up	follow	0.2002
follow_up	follow up	0.2173
follow_up	follow up by	0.0529
follow_up	follow up with	0.0484
follow_up	for	-0.47
follow_up	for a	-0.0777
follow_up	for me	-0.0343
follow_up	for the	-0.0721
follow_up	for this	-0.0307
follow_up	for today	-0.038
follow_up	for you	-0.0295
follow_up	for your	-0.0726
follow_up	for ~number	-0.1649
follow_up	forecast	-0.0347
follow_up	found	-0.0291
follow_up	free	-0.028
follow_up	freelanc	-0.0326
follow_up	from	-0.1506
follow_up	from me	-0.0302
follow_up	from my	0.1471
follow_up	from the	-0.0989
follow_up	from your	-0.0401
follow_up	from ~number	-0.1116
follow_up	game	-0.11
follow_up	game design	-0.0296
follow_up	get	-0.1867
follow_up	get back	0.0266
follow_up	get back to	0.0266
follow_up	get into	-0.0298
follow_up	get on	-0.0669
follow_up	get on with	-0.0669
follow_up	get ~number	-0.0375
follow_up	give	-0.0651
follow_up	glad	-0.0353
follow_up	glad to	-0.0353
follow_up	go	-0.2405
follow_up	go on	-0.0391
follow_up	go to	0.0772
follow_up	go to send	0.0895
follow_up	goe	0.3558
follow_up	good	-0.1683
follow_up	good ~limit	-0.0303
follow_up	got	-0.0924
follow_up	grad	-0.0217
follow_up	graduat	-0.0398
follow_up	grant	-0.0334
follow_up	grate	-0.0403
follow_up	great	-0.0464
follow_up	great well	-0.0247
follow_up	grow	-0.0235
follow_up	grow into	-0.0235
follow_up	had	-0.1086
follow_up	half	-0.0235
follow_up	hand	-0.0214
follow_up	happi	-0.1159
follow_up	happi to	-0.1062
follow_up	happi to help	-0.0251
follow_up	hard	-0.1025
follow_up	have	-0.155
follow_up	have a	-0.0768
follow_up	have ask	-0.0293
follow_up	have been	-0.0503
follow_up	have finish	0.0797
follow_up	have finish the	0.0797
follow_up	have got	-0.068
follow_up	have ~number	-0.1289
follow_up	have ~studyverb	0.0797
follow_up	have ~workverb	-0.0617
follow_up	head	-0.0333
follow_up	health	-0.0225
follow_up	hear	-0.0454
follow_up	help	0.0394
follow_up	help i	0.1176
follow_up	help if	0.0943
follow_up	help if i	0.0943
follow_up	help with anyth	0.0477
follow_up	help you	-0.0571
follow_up	help you out	-0.0304
follow_up	here	-0.348
follow_up	hi	-0.0315
follow_up	hire	-0.05
follow_up	honest	-0.0456
follow_up	hope	-0.0285
follow_up	hour	-0.0704
follow_up	hous	-0.0471
follow_up	how	0.1315
follow_up	how can	-0.0405
follow_up	how can i	-0.0344
follow_up	how did	-0.0947
follow_up	how did you	-0.0778
follow_up	how do	-0.1341
follow_up	how do you	-0.1108
follow_up	how doe	-0.0353
follow_up	how is	-0.062
follow_up	how is the	-0.0319
follow_up	how it	0.1695
follow_up	how it went	0.1695
follow_up	how much	-0.0226
follow_up	how should	0.2151
follow_up	how the	0.3599
follow_up	how would	-0.0287
follow_up	how would you	-0.0208
follow_up	how you	-0.0857
follow_up	how ~help	-0.1341
follow_up	how ~number	0.3599
follow_up	how ~studyverb	-0.0947
follow_up	how ~want	-0.0287
follow_up	i	0.31
follow_up	i am	-0.3433
follow_up	i am a	-0.0436
follow_up	i am around	-0.024
follow_up	i am go	0.0895
follow_up	i am here	-0.0296
follow_up	i am not	-0.0247
follow_up	i ask	-0.0383
follow_up	i be	-0.0534
follow_up	i can	-0.0922
follow_up	i can ever	0.0624
follow_up	i can return	-0.0225
follow_up	i can see	-0.0845
follow_up	i could	-0.0729
follow_up	i did	-0.0517
follow_up	i do	-0.0546
follow_up	i do not	-0.03
follow_up	i email	0.149
follow_up	i email you	0.149
follow_up	i graduat	-0.032
follow_up	i had	-0.0788
follow_up	i have been	-0.0443
follow_up	i have finish	0.0797
follow_up	i have got	-0.038
follow_up	i help	-0.0533
follow_up	i know	-0.1468
follow_up	i know you	-0.067
follow_up	i learn	-0.0326
follow_up	i mention	0.11
follow_up	i need	-0.0303
follow_up	i reach	0.3188
follow_up	i reach out	0.0974
follow_up	i read	-0.0279
follow_up	i realli	-0.0354
follow_up	i realli appreci	-0.0305
follow_up	i send	0.1712
follow_up	i send you	0.2237
follow_up	i should	-0.1266
follow_up	i should talk	-0.0305
follow_up	i talk	0.2131
follow_up	i talk to	0.2131
follow_up	i think	-0.0444
follow_up	i think i	-0.0767
follow_up	i think that	-0.0433
follow_up	i think we	-0.1458
follow_up	i want	-0.0742
follow_up	i want to	-0.0624
follow_up	i was	-0.0652
follow_up	i will	0.8069
follow_up	i will be	-0.0707
follow_up	i will definit	0.3401
follow_up	i will drop	0.0602
follow_up	i will keep	0.0694
follow_up	i will leav	-0.1147
follow_up	i will let	0.1091
follow_up	i will not	-0.2007
follow_up	i will send	0.477
follow_up	i will sign	-0.09
follow_up	i will stop	-0.1077
follow_up	i will wrap	-0.0926
follow_up	i would	0.0881
follow_up	i would be	-0.067
follow_up	i would like	-0.0228
follow_up	i would love	0.0546
follow_up	i ~contactverb	0.265
follow_up	i ~help	-0.1319
follow_up	i ~insight	-0.0382
follow_up	i ~learn	-0.2232
follow_up	i ~sendverb	0.3765
follow_up	i ~studyverb	0.0489
follow_up	i ~talk	0.5417
follow_up	i ~want	-0.0515
follow_up	idea	-0.0362
follow_up	if	0.7195
follow_up	if i	0.9674
follow_up	if i can	0.0314
follow_up	if i follow	0.0529
follow_up	if i have	0.0916
follow_up	if it	-0.0387
follow_up	if that	0.1517
follow_up	if that is	0.1602
follow_up	if there	-0.0277
follow_up	if there is	-0.0265
follow_up	if you	-0.2273
follow_up	if you could	-0.0219
follow_up	if you ever	-0.0355
follow_up	if you know	-0.0649
follow_up	if you need	-0.0281
follow_up	if you were	-0.0422
follow_up	import	-0.0365
follow_up	in	0.1482
follow_up	in a	0.2833
follow_up	in a coupl	0.2054
follow_up	in a few	0.1303
follow_up	in bank	-0.0212
follow_up	in data	-0.0224
follow_up	in data scienc	-0.0201
follow_up	in game	-0.0434
follow_up	in how	-0.0216
follow_up	in how you	-0.0216
follow_up	in my	-0.0381
follow_up	in polici	-0.0354
follow_up	in public	-0.0202
follow_up	in the	-0.0881
follow_up	in this	-0.0715
follow_up	in this field	-0.0384
follow_up	in this sector	-0.0231
follow_up	in touch	0.5475
follow_up	in touch with	-0.1106
follow_up	in with	0.0524
follow_up	in your	-0.0724
follow_up	in ~contactverb	0.805
follow_up	in ~number	0.182
follow_up	industri	-0.0887
follow_up	inform	-0.0447
follow_up	interest	-0.0697
follow_up	interest in	-0.0272
follow_up	interest in how	-0.0216
follow_up	internship	-0.0268
follow_up	interview	-0.0872
follow_up	into	-0.2064
follow_up	into leadership	-0.0283
follow_up	into other	-0.0257
follow_up	introduct	-0.0312
follow_up	introduct to	-0.0271
follow_up	is	-0.4466
follow_up	is a	-0.0396
follow_up	is all	0.0698
follow_up	is done	0.1441
follow_up	is ever	-0.0296
follow_up	is everyth	-0.0405
follow_up	is it	-0.0485
follow_up	is super	-0.0257
follow_up	is that	-0.0537
follow_up	is the best	0.2092
follow_up	is there	-0.1531
follow_up	is there a	-0.0401
follow_up	is there anyon	-0.0245
follow_up	is there anyth	-0.0537
follow_up	is to	-0.0221
follow_up	is your	-0.0266
follow_up	is ~number	-0.0292
follow_up	is ~talk	0.0785
follow_up	is ~want	-0.0269
follow_up	it	0.0711
follow_up	it be	0.3189
follow_up	it be ok	0.2562
follow_up	it help	0.0889
follow_up	it help if	0.0943
follow_up	it is	0.1507
follow_up	it there	-0.0561
follow_up	it there for	-0.038
follow_up	it went	0.1695
follow_up	it ~help	0.0889
follow_up	it ~want	-0.1352
follow_up	job	-0.1728
follow_up	jump	-0.0346
follow_up	junior	-0.028
follow_up	just ~learn	0.0847
follow_up	keep	0.5901
follow_up	keep in	0.3561
follow_up	keep in touch	0.3561
follow_up	keep you	0.2941
follow_up	keep you post	0.4506
follow_up	kept	-0.0402
follow_up	kept you	-0.0402
follow_up	kind	-0.0313
follow_up	kind of	-0.0281
follow_up	know	0.245
follow_up	know anyon	-0.0786
follow_up	know how	0.2545
follow_up	know how the	0.2455
follow_up	know if	-0.06
follow_up	know if i	-0.0451
follow_up	know you	-0.067
follow_up	know you have	-0.0386
follow_up	know ~people	-0.0846
follow_up	lab	-0.0266
follow_up	last	-0.1561
follow_up	last question	-0.0209
follow_up	last week	-0.0798
follow_up	last ~closing	-0.0798
follow_up	late	-0.0385
follow_up	later	0.2678
follow_up	law	-0.0453
follow_up	lead	-0.0432
follow_up	leadership	-0.0338
follow_up	learn	-0.086
follow_up	leav	-0.1638
follow_up	leav it	-0.1211
follow_up	leav it there	-0.0561
follow_up	left	-0.0245
follow_up	left right	-0.0223
follow_up	let	0.0873
follow_up	let me	-0.0603
follow_up	let me know	-0.0603
follow_up	let us	0.0579
follow_up	let us leav	-0.0303
follow_up	let you	0.0897
follow_up	let you get	-0.0205
follow_up	let you go	-0.2058
follow_up	let you know	0.5685
follow_up	level	-0.026
follow_up	life	-0.0229
follow_up	like	-0.1811
follow_up	like ~number	-0.0408
follow_up	line	0.0571
follow_up	line onc	0.0602
follow_up	line onc i	0.0602
follow_up	link	0.1524
follow_up	linkedin	0.9807
follow_up	list	-0.0466
follow_up	long	-0.0265
follow_up	longer	-0.1434
follow_up	look	-0.0704
follow_up	look like	-0.0427
follow_up	lot	-0.0413
follow_up	love a	-0.0506
follow_up	love an	-0.0288
follow_up	love to	0.1127
follow_up	love to stay	0.2411
follow_up	love ~number	-0.0794
follow_up	lunch	-0.062
follow_up	lunch break	-0.0558
follow_up	made	0.0727
follow_up	main	-0.0318
follow_up	make	-0.1298
follow_up	make a	-0.0241
follow_up	make sens	-0.0494
follow_up	make the	-0.026
follow_up	make ~insight	-0.0494
follow_up	make ~number	-0.0501
follow_up	manag	-0.0706
follow_up	matter	-0.071
follow_up	matter most	-0.0323
follow_up	matter most in	-0.0278
follow_up	may	0.074
follow_up	mba	-0.0511
follow_up	me	-0.5816
follow_up	me about	-0.0288
follow_up	me for	-0.0279
follow_up	me for the	-0.0223
follow_up	me in	-0.1277
follow_up	me in touch	-0.0834
follow_up	me know	-0.0603
follow_up	me know if	-0.0574
follow_up	me through	-0.0394
follow_up	me through a	-0.0252
follow_up	me with	-0.0206
follow_up	me ~learn	-0.0682
follow_up	meet	-0.1432
follow_up	meet you	-0.0674
follow_up	mention	0.2176
follow_up	mention the	0.0906
follow_up	mention ~number	0.0906
follow_up	mentor	0.076
follow_up	might	0.1626
follow_up	mind	0.2439
follow_up	mind if	0.4267
follow_up	mind if i	0.4542
follow_up	mind of	-0.0551
follow_up	minut	-0.1919
follow_up	minut left	-0.0245
follow_up	minut left right	-0.0223
follow_up	minut so	-0.0536
follow_up	minut so i	-0.052
follow_up	moment	-0.0219
follow_up	month	0.2424
follow_up	more about	-0.0211
follow_up	more question	0.1064
follow_up	morn	-0.0671
follow_up	most	-0.1685
follow_up	most in	-0.0368
follow_up	move	-0.0602
follow_up	move into	-0.0454
follow_up	move into other	-0.0257
follow_up	much for	-0.0224
follow_up	much this	0.1139
follow_up	much this was	0.1278
follow_up	my	-0.2213
follow_up	my applic	-0.0206
follow_up	my list	-0.0425
follow_up	my question	-0.0704
follow_up	my resum	-0.1985
follow_up	my resum to	-0.0321
follow_up	my ~application	-0.2192
follow_up	name	-0.0805
follow_up	name of	-0.0247
follow_up	need	-0.1473
follow_up	need a	-0.0233
follow_up	need to	-0.0453
follow_up	need ~number	-0.026
follow_up	network	-0.0384
follow_up	never	-0.0717
follow_up	new	-0.0538
follow_up	next	-0.1098
follow_up	no	-0.0909
follow_up	nonprofit	-0.0538
follow_up	not	-0.3805
follow_up	not ~want	-0.0223
follow_up	note	0.2654
follow_up	note after	-0.0589
follow_up	note tomorrow	0.1619
follow_up	note ~want	-0.0589
follow_up	now	-0.2332
follow_up	nurs	-0.1597
follow_up	nurs chang	-0.0387
follow_up	of	-0.0412
follow_up	of anyth	0.2186
follow_up	of month	0.2054
follow_up	of peopl	-0.0994
follow_up	of peopl in	-0.0534
follow_up	of the job	-0.0239
follow_up	of the time	-0.0609
follow_up	of your	-0.0933
follow_up	of your time	-0.0214
follow_up	of ~duration	0.2054
follow_up	of ~people	-0.1526
follow_up	off	-0.0931
follow_up	offic	-0.0202
follow_up	oh	-0.0351
follow_up	ok	0.0841
follow_up	ok i	-0.0283
follow_up	ok i think	-0.0392
follow_up	ok if	0.0236
follow_up	ok if i	0.0236
follow_up	ok that	-0.0596
follow_up	ok that is	-0.0596
follow_up	ok to	0.2391
follow_up	old	-0.0775
follow_up	on	0.5347
follow_up	on a	-0.0716
follow_up	on how	0.1133
follow_up	on how the	0.1156
follow_up	on it	0.1904
follow_up	on linkedin	0.8931
follow_up	on my	-0.0987
follow_up	on my list	-0.0425
follow_up	on with	-0.0669
follow_up	on with your	-0.0669
follow_up	on your	0.0208
follow_up	on your team	-0.0695
follow_up	on ~number	-0.0958
follow_up	onc	0.352
follow_up	onc i	0.1607
follow_up	onc i have	0.1607
follow_up	one	-0.0965
follow_up	onli	-0.0575
follow_up	onli have	-0.052
follow_up	onlin	-0.0517
follow_up	open	-0.064
follow_up	or	-0.0784
follow_up	or is	-0.0491
follow_up	or ~number	0.0589
follow_up	other	-0.0743
follow_up	other role	-0.0287
follow_up	other ~job	-0.0287
follow_up	other ~people	-0.0343
follow_up	out	-0.0936
follow_up	out again	0.1702
follow_up	out of	-0.0393
follow_up	out to	-0.0864
follow_up	out with	-0.0371
follow_up	out ~later	0.1702
follow_up	outreach	-0.023
follow_up	over	0.0694
follow_up	over ~number	0.1204
follow_up	own	-0.0386
follow_up	part	-0.0671
follow_up	part of	-0.0581
follow_up	part of the	-0.0262
follow_up	pass	-0.179
follow_up	pass my	-0.0201
follow_up	path	-0.0325
follow_up	peopl in	-0.0643
follow_up	peopl you	0.2082
follow_up	perspect	-0.0472
follow_up	perspect on	-0.0206
follow_up	phd	-0.046
follow_up	pick	0.2682
follow_up	place	-0.0214
follow_up	plan	-0.0589
follow_up	pleas	-0.0504
follow_up	pleas let	-0.0353
follow_up	pleas let me	-0.0353
follow_up	point	0.0593
follow_up	point me	-0.0251
follow_up	polici	-0.1148
follow_up	portfolio	0.0832
follow_up	posit	-0.0353
follow_up	post	0.4322
follow_up	post on	0.1096
follow_up	practic	-0.0242
follow_up	pretti	-0.0212
follow_up	product	-0.0354
follow_up	profession	-0.0282
follow_up	program	-0.0266
follow_up	project	-0.1683
follow_up	public	-0.0349
follow_up	put	-0.1211
follow_up	put me	-0.0834
follow_up	put me in	-0.0834
follow_up	python	0.1667
follow_up	question	0.1863
follow_up	question ~later	0.2337
follow_up	quick ~contactverb	0.0318
follow_up	quick ~talk	0.0274
follow_up	reach	0.2664
follow_up	reach out	0.0719
follow_up	reach out again	0.1702
follow_up	reach out to	-0.0864
follow_up	read	-0.0321
follow_up	realli	-0.162
follow_up	realli appreci	-0.0731
follow_up	realli appreci it	-0.0303
follow_up	realli ~want	-0.093
follow_up	reason	-0.0304
follow_up	recommend	-0.1556
follow_up	recommend i	-0.0859
follow_up	recruit	-0.068
follow_up	referr	-0.0291
follow_up	report	0.2162
follow_up	research	-0.1458
follow_up	result	0.157
follow_up	resum	-0.1985
follow_up	resum to	-0.0321
follow_up	return	-0.068
follow_up	return the	-0.056
follow_up	return the favor	-0.0528
follow_up	return ~number	-0.056
follow_up	review	0.1157
follow_up	right	-0.1126
follow_up	right now	-0.0408
follow_up	risk	-0.0366
follow_up	role	-0.0941
follow_up	rout	-0.0605
follow_up	run	-0.0855
follow_up	said	-0.0348
follow_up	sale	-0.049
follow_up	sam	-0.0775
follow_up	same	-0.036
follow_up	say	-0.0448
follow_up	school	-0.0229
follow_up	scienc	-0.0592
follow_up	sector	-0.0483
follow_up	see	-0.1213
follow_up	see the	-0.0629
follow_up	see we	-0.025
follow_up	see we are	-0.025
follow_up	see ~number	-0.0629
follow_up	send	0.6936
follow_up	send a	0.1601
follow_up	send thank	-0.0589
follow_up	send thank you	-0.0589
follow_up	send you	0.4993
follow_up	send you a	0.1067
follow_up	send you my	0.0453
follow_up	send ~number	0.1601
follow_up	sens	-0.0494
follow_up	shall	0.1354
follow_up	shall i	0.1769
follow_up	share	-0.0735
follow_up	share my	-0.0799
follow_up	share the	0.0204
follow_up	share what i	0.0392
follow_up	share ~number	0.0204
follow_up	shift	-0.0462
follow_up	short	0.0472
follow_up	should	-0.0912
follow_up	should i	0.0575
follow_up	should i be	-0.0393
follow_up	should i send	-0.0525
follow_up	should talk	-0.0305
follow_up	should talk to	-0.0305
follow_up	should ~people	-0.0253
follow_up	should ~talk	-0.0826
follow_up	side	-0.0899
follow_up	side if	-0.0238
follow_up	side project	-0.0282
follow_up	sign	-0.09
follow_up	sign off	-0.09
follow_up	sinc	-0.0371
follow_up	skill	-0.0386
follow_up	so	-0.3135
follow_up	so i	-0.2103
follow_up	so i am	-0.0234
follow_up	so i will	-0.1661
follow_up	so if	-0.0218
follow_up	so much	0.0515
follow_up	so much for	-0.0224
follow_up	so much this	0.1139
follow_up	so you	-0.0918
follow_up	so you can	-0.1669
follow_up	some	0.1141
follow_up	somehow	-0.0277
follow_up	someon	-0.1367
follow_up	someon in	-0.0295
follow_up	someon who	-0.0557
follow_up	someon who is	-0.0531
follow_up	someon ~people	-0.0557
follow_up	sorri	-0.1647
follow_up	sound	-0.0568
follow_up	speak	-0.0409
follow_up	speak to	-0.02
follow_up	specialti	-0.0351
follow_up	spent	-0.0223
follow_up	staff	-0.0238
follow_up	start	-0.0862
follow_up	start out	-0.0314
follow_up	stay	0.4877
follow_up	stay in	0.5312
follow_up	stay in touch	0.2748
follow_up	step	-0.0348
follow_up	still	-0.0671
follow_up	stop	-0.1244
follow_up	stop there	-0.0285
follow_up	structur	-0.0207
follow_up	student	-0.078
follow_up	studi	0.1732
follow_up	suggest	0.1489
follow_up	suggest a	-0.0387
follow_up	suggest ~number	-0.0495
follow_up	summari	0.1226
follow_up	summari of	0.1226
follow_up	summari of the	0.1226
follow_up	summer	-0.021
follow_up	super	-0.0328
follow_up	survey	0.3079
follow_up	switch	-0.0316
follow_up	take	0.0823
follow_up	take on	0.1754
follow_up	take up	-0.0228
follow_up	taken	-0.047
follow_up	talk	0.0604
follow_up	talk to	0.1174
follow_up	talk with	-0.0382
follow_up	talk with me	-0.0382
follow_up	tax	-0.0283
follow_up	teach	-0.0735
follow_up	tech	-0.0221
follow_up	tell	0.1139
follow_up	tell me	-0.0364
follow_up	tell me about	-0.0288
follow_up	tell you	0.1539
follow_up	ten	-0.0223
follow_up	test	-0.0556
follow_up	than	-0.0646
follow_up	thank	-0.2478
follow_up	thank for	-0.0217
follow_up	thank you	0.075
follow_up	thank you email	0.0347
follow_up	thank you for	-0.0332
follow_up	thank you note	0.0581
follow_up	thank you so	0.0655
follow_up	thank ~number	-0.0367
follow_up	that	-0.1154
follow_up	that cover	-0.0376
follow_up	that cover everyth	-0.0376
follow_up	that is	-0.0645
follow_up	that is all	0.0698
follow_up	that is everyth	-0.0405
follow_up	that is super	-0.0257
follow_up	that make	-0.0301
follow_up	that make sens	-0.0301
follow_up	the	0.3259
follow_up	the agenc	-0.0313
follow_up	the articl	0.0881
follow_up	the articl i	0.0881
follow_up	the best	0.2076
follow_up	the best way	0.2277
follow_up	the bootcamp	0.0893
follow_up	the cours	0.0797
follow_up	the cultur	-0.0223
follow_up	the downsid	-0.0233
follow_up	the favor	-0.0528
follow_up	the favor somehow	-0.0277
follow_up	the field	-0.0555
follow_up	the job	-0.0491
follow_up	the link	0.1524
follow_up	the most	-0.0396
follow_up	the next	-0.0274
follow_up	the point	0.0903
follow_up	the portfolio	0.1078
follow_up	the recruit	-0.059
follow_up	the time	-0.0681
follow_up	the ~contactverb	-0.0539
follow_up	the ~degree	0.1533
follow_up	the ~gatekeeper	-0.0705
follow_up	the ~hiring	-0.0314
follow_up	the ~job	-0.062
follow_up	the ~learn	-0.0207
follow_up	the ~limit	-0.0753
follow_up	the ~number	-0.0899
follow_up	the ~org	-0.0757
follow_up	the ~people	0.1937
follow_up	the ~student	-0.1412
follow_up	the ~talk	-0.0504
follow_up	them	-0.0541
follow_up	then	-0.0517
follow_up	there	-0.3889
follow_up	there a	-0.0401
follow_up	there ani	-0.0384
follow_up	there anyon	-0.0245
follow_up	there anyon els	-0.0245
follow_up	there anyth	-0.0537
follow_up	there anyth i	-0.0214
follow_up	there for	-0.0417
follow_up	there for today	-0.038
follow_up	there is	-0.0274
follow_up	there other	-0.0222
follow_up	there so	-0.0473
follow_up	there so you	-0.0473
follow_up	there ~number	-0.0432
follow_up	there ~people	-0.0361
follow_up	these	-0.0272
follow_up	these day	-0.0237
follow_up	thing	-0.0681
follow_up	think	-0.1435
follow_up	think i	-0.1242
follow_up	think i have	-0.0509
follow_up	think i should	-0.0378
follow_up	think of	0.2116
follow_up	think that	-0.0586
follow_up	think that cover	-0.0376
follow_up	think we	-0.1458
follow_up	think we can	-0.1458
follow_up	this	-0.1688
follow_up	this call	0.0564
follow_up	this field	-0.0623
follow_up	this sector	-0.0287
follow_up	this was	0.1255
follow_up	this ~contactverb	0.0564
follow_up	this ~talk	0.0532
follow_up	thought	-0.07
follow_up	through	-0.0632
follow_up	through a	-0.0292
follow_up	through ~number	-0.0348
follow_up	time	-0.043
follow_up	time so	-0.0491
follow_up	time so i	-0.0436
follow_up	to	-0.2803
follow_up	to ask	-0.0341
follow_up	to be	-0.0547
follow_up	to connect	-0.063
follow_up	to find	-0.0303
follow_up	to get	-0.0706
follow_up	to help	-0.0519
follow_up	to help with	-0.0295
follow_up	to hour	-0.0201
follow_up	to it	-0.0685
follow_up	to keep	-0.1196
follow_up	to learn	-0.0268
follow_up	to let	0.0219
follow_up	to let you	0.0219
follow_up	to mind	-0.0664
follow_up	to send	0.0635
follow_up	to share	-0.0248
follow_up	to share what	0.0392
follow_up	to stay	0.4857
follow_up	to stay in	0.4975
follow_up	to talk	-0.0568
follow_up	to talk with	-0.0382
follow_up	to test	-0.0204
follow_up	to the	0.1317
follow_up	to understand	-0.0204
follow_up	to work	-0.0884
follow_up	to you	-0.034
follow_up	to your	0.1072
follow_up	to ~help	-0.0825
follow_up	to ~learn	-0.3104
follow_up	to ~limit	-0.0271
follow_up	to ~number	0.114
follow_up	to ~people	-0.0225
follow_up	to ~talk	-0.1668
follow_up	to ~timeunit	-0.0201
follow_up	to ~workverb	-0.0919
follow_up	today	0.095
follow_up	tomorrow	0.1619
follow_up	tonight	0.1571
follow_up	tonight and	0.1152
follow_up	too	-0.1007
follow_up	tool	-0.0257
follow_up	touch	0.5419
follow_up	touch with	-0.1106
follow_up	tri	-0.1344
follow_up	tri to	-0.1176
follow_up	tri to keep	-0.0855
follow_up	twelv	-0.023
follow_up	twenti	-0.0262
follow_up	twenti minut	-0.0262
follow_up	twenti ~limit	-0.0262
follow_up	twenti ~timeunit	-0.0262
follow_up	typic	-0.0398
follow_up	typic ~closing	-0.0208
follow_up	understand	-0.0273
follow_up	up	0.2549
follow_up	up a	0.0764
follow_up	up ani	-0.0959
follow_up	up by	0.0529
follow_up	up by email	0.0529
follow_up	up with	0.022
follow_up	up ~number	0.0721
follow_up	up ~want	-0.0784
follow_up	us	0.054
follow_up	us leav	-0.0303
follow_up	us leav it	-0.0303
follow_up	use	-0.0951
follow_up	use to	-0.0471
follow_up	usual	-0.0463
follow_up	ux	-0.0673
follow_up	ux research	-0.064
follow_up	ux ~learn	-0.0625
follow_up	valu	0.1841
follow_up	valu your	0.1867
follow_up	valuabl	-0.0276
follow_up	volunt	-0.0417
follow_up	walk	-0.0394
follow_up	walk me	-0.0394
follow_up	walk me through	-0.0394
follow_up	want	-0.1366
follow_up	want to	-0.0887
follow_up	want to be	-0.0395
follow_up	was	-0.0902
follow_up	was ~want	-0.024
follow_up	way	0.1629
follow_up	way i	-0.0234
follow_up	way to	0.2199
follow_up	we	0.3818
follow_up	we are	-0.0649
follow_up	we can	-0.1458
follow_up	we have	-0.031
follow_up	we have got	-0.0206
follow_up	week	-0.0759
follow_up	weekend	-0.0221
follow_up	well	-0.1428
follow_up	well i	-0.1304
follow_up	well i will	-0.1286
follow_up	went	0.1519
follow_up	were	-0.0679
follow_up	were in	-0.0224
follow_up	were in my	-0.0224
follow_up	were start	-0.0303
follow_up	what	-0.5624
follow_up	what are	-0.0601
follow_up	what are the	-0.027
follow_up	what are you	-0.0247
follow_up	what do	-0.0323
follow_up	what do you	-0.0236
follow_up	what doe	-0.0332
follow_up	what is	0.0616
follow_up	what is the	0.1206
follow_up	what keep	-0.0418
follow_up	what keep you	-0.0418
follow_up	what make	-0.027
follow_up	what should	-0.0222
follow_up	what would	-0.0257
follow_up	what would you	-0.0216
follow_up	what you	-0.0251
follow_up	what ~help	-0.0323
follow_up	what ~want	-0.0257
follow_up	when	-0.0529
follow_up	when you	-0.0373
follow_up	where	-0.1169
follow_up	where can	-0.0427
follow_up	where can i	-0.0296
follow_up	where do	-0.0217
follow_up	where is	-0.0297
follow_up	where ~help	-0.0217
follow_up	whether	-0.0375
follow_up	whi	-0.0585
follow_up	whi i	-0.0228
follow_up	which	0.1038
follow_up	which ~student	-0.0219
follow_up	who	-0.2722
follow_up	who els	-0.1004
follow_up	who els should	-0.0372
follow_up	who is	-0.0575
follow_up	who would	-0.0288
follow_up	who ~want	-0.0288
follow_up	will	0.723
follow_up	will be	-0.0707
follow_up	will definit	0.3401
follow_up	will drop	0.0602
follow_up	will drop you	0.0602
follow_up	will keep	0.0694
follow_up	will leav	-0.1147
follow_up	will leav it	-0.0908
follow_up	will let	0.1091
follow_up	will let you	0.1091
follow_up	will not	-0.2007
follow_up	will send	0.477
follow_up	will send you	0.2055
follow_up	will sign	-0.09
follow_up	will sign off	-0.09
follow_up	will stop	-0.1077
follow_up	will to	-0.0706
follow_up	will wrap	-0.0926
follow_up	will wrap up	-0.0926
follow_up	will ~contactverb	0.1177
follow_up	will ~sendverb	0.6279
follow_up	will ~talk	0.0555
follow_up	with	0.0312
follow_up	with a	0.1666
follow_up	with anyth	0.0219
follow_up	with me	-0.0442
follow_up	with peopl	-0.0453
follow_up	with someon	-0.0323
follow_up	with the	-0.0901
follow_up	with the recruit	-0.0555
follow_up	with you	0.5544
follow_up	with you on	0.1559
follow_up	with your	-0.1888
follow_up	with your day	-0.0669
follow_up	with ~number	0.0706
follow_up	with ~people	-0.0776
follow_up	wonder	-0.0455
follow_up	work	-0.3355
follow_up	work in	-0.0501
follow_up	work on	-0.0292
follow_up	worth	-0.1249
follow_up	worth it	-0.0204
follow_up	worth the	-0.033
follow_up	worth ~number	-0.0368
follow_up	worth ~talk	-0.0453
follow_up	would	0.1593
follow_up	would an	-0.0247
follow_up	would be	-0.083
follow_up	would be glad	-0.0353
follow_up	would be happi	-0.0228
follow_up	would it	0.4057
follow_up	would it be	0.3189
follow_up	would it help	0.0889
follow_up	would like	-0.0228
follow_up	would love	0.0503
follow_up	would love a	-0.0506
follow_up	would love an	-0.0288
follow_up	would love to	0.14
follow_up	would recommend	-0.0482
follow_up	would suggest	-0.0292
follow_up	would you	-0.1284
follow_up	would you be	-0.0971
follow_up	would you mind	0.1387
follow_up	would you recommend	-0.0789
follow_up	would ~number	-0.0326
follow_up	would ~want	0.1743
follow_up	wow	-0.0369
follow_up	wrap	-0.1033
follow_up	wrap up	-0.1016
follow_up	write	0.0651
follow_up	yeah	-0.062
follow_up	year	-0.1715
follow_up	year in	-0.0209
follow_up	yesterday	-0.0236
follow_up	you	0.3106
follow_up	you a	0.3406
follow_up	you a line	0.0602
follow_up	you a quick	0.0441
follow_up	you a thank	0.0283
follow_up	you after	0.1695
follow_up	you are	-0.0778
follow_up	you be	-0.1147
follow_up	you be will	-0.061
follow_up	you can	-0.1722
follow_up	you could	-0.0659
follow_up	you could put	-0.0396
follow_up	you decid	-0.0482
follow_up	you describ	-0.0285
follow_up	you do	-0.0222
follow_up	you email	0.0347
follow_up	you email tonight	0.0276
follow_up	you ever	-0.0381
follow_up	you ever need	-0.0207
follow_up	you for	-0.0447
follow_up	you get	-0.043
follow_up	you get back	0.0266
follow_up	you go	-0.2215
follow_up	you have	0.0297
follow_up	you in	0.0471
follow_up	you in a	0.0669
follow_up	you keep	-0.0551
follow_up	you know	0.4637
follow_up	you know anyon	-0.0786
follow_up	you know how	0.2564
follow_up	you mind	0.1387
follow_up	you mind if	0.1938
follow_up	you my	0.0453
follow_up	you need	-0.0407
follow_up	you note	0.0581
follow_up	you note after	-0.0589
follow_up	you on	0.4163
follow_up	you on linkedin	0.4163
follow_up	you out	-0.0345
follow_up	you post	0.4506
follow_up	you recommend	-0.0985
follow_up	you recommend i	-0.0743
follow_up	you said	-0.0348
follow_up	you so	0.0655
follow_up	you so much	0.0655
follow_up	you stay	-0.0576
follow_up	you still	-0.0399
follow_up	you suggest	0.1781
follow_up	you suggest a	-0.0387
follow_up	you tell	-0.0233
follow_up	you that	0.1657
follow_up	you the	0.3306
follow_up	you think	-0.0865
follow_up	you think i	-0.0475
follow_up	you to	-0.06
follow_up	you walk	-0.0204
follow_up	you walk me	-0.0204
follow_up	you were	-0.0633
follow_up	you were in	-0.0224
follow_up	you were start	-0.0303
follow_up	you would	-0.1139
follow_up	you would recommend	-0.0482
follow_up	you would suggest	-0.0292
follow_up	you ~contactverb	0.0347
follow_up	you ~help	-0.0349
follow_up	you ~learn	0.3467
follow_up	you ~number	0.6713
follow_up	you ~want	0.0468
follow_up	you ~workverb	-0.0284
follow_up	your	-0.528
follow_up	your afternoon	0.1363
follow_up	your app	-0.038
follow_up	your colleagu	-0.0789
follow_up	your compani	-0.0234
follow_up	your day	-0.0635
follow_up	your lunch	-0.0604
follow_up	your lunch break	-0.0558
follow_up	your old	-0.0316
follow_up	your team	0.0386
follow_up	your time	-0.031
follow_up	your work	-0.0223
follow_up	your ~closing	0.0224
follow_up	your ~degree	-0.0394
follow_up	your ~insight	0.1521
follow_up	your ~learn	-0.0228
follow_up	your ~limit	-0.058
follow_up	your ~org	-0.0607
follow_up	your ~people	-0.0862
follow_up	your ~workverb	-0.0223
follow_up	~application	-0.1016
follow_up	~application to	-0.0345
follow_up	~closing	-0.204
follow_up	~contactverb	1.3678
follow_up	~contactverb and	0.1054
follow_up	~contactverb out	0.0211
follow_up	~contactverb tonight	0.0276
follow_up	~contactverb with	0.1827
follow_up	~contactverb you	0.4685
follow_up	~degree	0.1605
follow_up	~degree be	-0.0247
follow_up	~degree in	-0.0678
follow_up	~degree rout	-0.0516
follow_up	~duration	0.0797
follow_up	~duration in	-0.0209
follow_up	~gatekeeper	-0.1384
follow_up	~help	-0.6985
follow_up	~help if	0.0943
follow_up	~help not	-0.0503
follow_up	~help the	-0.063
follow_up	~help to	-0.0445
follow_up	~help you	-0.3891
follow_up	~hiring	-0.0783
follow_up	~insight	-0.1357
follow_up	~insight a	-0.0333
follow_up	~insight on	0.143
follow_up	~insight the	0.0343
follow_up	~insight to	-0.0205
follow_up	~job	-0.3657
follow_up	~later	0.5744
follow_up	~later in	0.2689
follow_up	~learn	-0.4447
follow_up	~learn a	-0.0297
follow_up	~learn anyon	-0.0786
follow_up	~learn back	0.0266
follow_up	~learn how	0.244
follow_up	~learn if	-0.1028
follow_up	~learn me	-0.0231
follow_up	~learn more	-0.021
follow_up	~learn on	-0.0714
follow_up	~learn out	-0.0254
follow_up	~learn the	-0.0888
follow_up	~learn we	-0.0425
follow_up	~learn you	-0.0838
follow_up	~learn your	-0.0259
follow_up	~limit	-0.359
follow_up	~limit break	-0.0558
follow_up	~limit i	-0.066
follow_up	~limit left	-0.0245
follow_up	~limit so	-0.1027
follow_up	~number	-0.1283
follow_up	~number agenc	-0.0355
follow_up	~number articl	0.0881
follow_up	~number bank	-0.0237
follow_up	~number best	0.2076
follow_up	~number big	-0.0303
follow_up	~number bit	-0.0493
follow_up	~number bootcamp	0.0721
follow_up	~number career	-0.0735
follow_up	~number certif	-0.0207
follow_up	~number colleagu	-0.024
follow_up	~number confer	-0.067
follow_up	~number coupl	0.1625
follow_up	~number cours	0.0797
follow_up	~number cultur	-0.0223
follow_up	~number degre	-0.0358
follow_up	~number downsid	-0.0233
follow_up	~number favor	-0.0528
follow_up	~number few	0.1044
follow_up	~number field	-0.0555
follow_up	~number good	-0.0851
follow_up	~number hour	-0.0201
follow_up	~number introduct	-0.0271
follow_up	~number job	-0.0733
follow_up	~number junior	-0.0211
follow_up	~number last	-0.0237
follow_up	~number line	0.0602
follow_up	~number link	0.1524
follow_up	~number lot	-0.0413
follow_up	~number mba	-0.0511
follow_up	~number minut	-0.1651
follow_up	~number most	-0.0396
follow_up	~number next	-0.0274
follow_up	~number nonprofit	-0.0276
follow_up	~number note	0.2716
follow_up	~number of	0.1298
follow_up	~number peopl	0.2271
follow_up	~number point	0.0903
follow_up	~number polici	-0.0219
follow_up	~number portfolio	0.0958
follow_up	~number program	0.0288
follow_up	~number question	0.0503
follow_up	~number quick	0.0357
follow_up	~number recruit	-0.059
follow_up	~number referr	-0.0276
follow_up	~number shall	-0.0201
follow_up	~number short	0.0944
follow_up	~number student	-0.0316
follow_up	~number thank	0.1435
follow_up	~number time	-0.0681
follow_up	~number typic	-0.0304
follow_up	~number week	0.0558
follow_up	~number year	-0.0765
follow_up	~org	-0.4049
follow_up	~org if	-0.0238
follow_up	~org project	-0.0282
follow_up	~people	-0.4885
follow_up	~people at	-0.0241
follow_up	~people come	-0.0664
follow_up	~people do	-0.0715
follow_up	~people els	-0.1693
follow_up	~people from	-0.0414
follow_up	~people in	-0.1182
follow_up	~people is	-0.0575
follow_up	~people of	-0.0776
follow_up	~people on	-0.0319
follow_up	~people who	-0.076
follow_up	~people with	0.2552
follow_up	~people would	-0.0329
follow_up	~people you	0.1968
follow_up	~sendverb	1.1791
follow_up	~sendverb a	0.1601
follow_up	~sendverb my	-0.0629
follow_up	~sendverb on	-0.0235
follow_up	~sendverb thank	-0.0589
follow_up	~sendverb the	0.0204
follow_up	~sendverb tonight	0.0276
follow_up	~sendverb you	0.8422
follow_up	~student	-0.4955
follow_up	~studyverb	-0.0282
follow_up	~studyverb a	-0.0667
follow_up	~studyverb in	-0.0305
follow_up	~studyverb the	0.0664
follow_up	~studyverb you	-0.1494
follow_up	~talk	0.9476
follow_up	~talk at	-0.037
follow_up	~talk is	-0.0213
follow_up	~talk on	0.4834
follow_up	~talk so	0.0991
follow_up	~talk to	0.0974
follow_up	~talk tonight	0.0276
follow_up	~talk with	0.3014
follow_up	~talk you	0.2142
follow_up	~timeunit	-0.2622
follow_up	~timeunit left	-0.0245
follow_up	~timeunit so	-0.0536
follow_up	~want	-0.2332
follow_up	~want a	-0.0627
follow_up	~want an	-0.0325
follow_up	~want appreci	-0.0731
follow_up	~want be	-0.083
follow_up	~want for	-0.0202
follow_up	~want i	0.2174
follow_up	~want in	-0.0308
follow_up	~want it	0.3754
follow_up	~want like	-0.0245
follow_up	~want love	0.0503
follow_up	~want recommend	-0.0482
follow_up	~want suggest	-0.0292
follow_up	~want the	0.1503
follow_up	~want this	0.0533
follow_up	~want to	-0.2312
follow_up	~want valu	0.1867
follow_up	~want you	-0.1949
follow_up	~want your	0.1416
follow_up	~workverb	-0.4956
follow_up	~workverb in	-0.0583
follow_up	~workverb on	-0.0292
time_ack	*	-2.3395
time_ack	20	0.1084
time_ack	20 minut	0.1084
time_ack	20 ~limit	0.1084
time_ack	20 ~timeunit	0.1084
time_ack	?	-1.198
time_ack	^alright	-0.1594
time_ack	^ani	-0.0904
time_ack	^anyway	0.0874
time_ack	^are	0.2213
time_ack	^can	-0.2386
time_ack	^cheer	0.1681
time_ack	^could	-0.1238
time_ack	^current	-0.0204
time_ack	^did	-0.0492
time_ack	^do	0.2461
time_ack	^great	0.0945
time_ack	^have	-0.2672
time_ack	^hi	-0.1182
time_ack	^honest	-0.0337
time_ack	^how	-0.5451
time_ack	^i	0.034
time_ack	^if	-0.1134
time_ack	^is	-0.0847
time_ack	^just	0.5101
time_ack	^let	-0.0597
time_ack	^love	-0.1163
time_ack	^my	-0.0501
time_ack	^no	-0.0876
time_ack	^oh	0.3152
time_ack	^ok	-0.1438
time_ack	^pleas	-0.0713
time_ack	^right	-0.0753
time_ack	^should	-0.0226
time_ack	^so	-0.0476
time_ack	^sorri	0.1151
time_ack	^tell	-0.04
time_ack	^thank	0.2027
time_ack	^that	-0.1457
time_ack	^this	-0.0406
time_ack	^walk	-0.0333
time_ack	^was	-0.0259
time_ack	^we	0.5121
time_ack	^what	-0.7142
time_ack	^when	-0.0203
time_ack	^where	-0.124
time_ack	^whi	-0.0358
time_ack	^which	-0.1899
time_ack	^who	-0.1049
time_ack	^would	-0.1485
time_ack	^yeah	-0.0401
time_ack	^you	-0.0275
time_ack	a	-0.1527
time_ack	a beginn	-0.0271
time_ack	a big	-0.0238
time_ack	a bit	0.2078
time_ack	a career	-0.0437
time_ack	a colleagu	-0.036
time_ack	a coupl	0.0651
time_ack	a coupl more	0.0995
time_ack	a coupl of	-0.0344
time_ack	a degre	-0.022
time_ack	a few	0.0322
time_ack	a good	0.1976
time_ack	a good way	-0.029
time_ack	a great	-0.0679
time_ack	a job	-0.0421
time_ack	a job i	-0.0282
time_ack	a junior	-0.0202
time_ack	a line	-0.0238
time_ack	a line onc	-0.0238
time_ack	a lot	-0.0342
time_ack	a normal	-0.0214
time_ack	a part	-0.058
time_ack	a part time	-0.0556
time_ack	a question	0.2104
time_ack	a quick	-0.0366
time_ack	a referr	-0.052
time_ack	a role	-0.0313
time_ack	a shall	-0.0355
time_ack	a short	-0.0334
time_ack	a thank	-0.0598
time_ack	a thank you	-0.0598
time_ack	a typic	-0.051
time_ack	a typic day	-0.027
time_ack	a week	-0.0271
time_ack	a ~closing	-0.0409
time_ack	a ~degree	-0.0636
time_ack	a ~job	-0.0913
time_ack	a ~limit	-0.0323
time_ack	a ~number	0.0973
time_ack	a ~org	-0.062
time_ack	a ~people	-0.036
time_ack	a ~student	-0.1082
time_ack	abil	-0.0397
time_ack	abl	-0.0548
time_ack	abl to	-0.0548
time_ack	about	-0.2617
time_ack	about consult	-0.0253
time_ack	about data	-0.0315
time_ack	about five	0.1077
time_ack	about five minut	0.1117
time_ack	about it	-0.0299
time_ack	about me	-0.0313
time_ack	about the	-0.1432
time_ack	about the downsid	-0.0364
time_ack	about your	-0.0361
time_ack	about ~number	-0.0498
time_ack	about ~studyverb	-0.0451
time_ack	academia	-0.0293
time_ack	actual	-0.1004
time_ack	actual ~workverb	-0.0399
time_ack	advic	-0.057
time_ack	after	-0.0822
time_ack	afternoon	0.0629
time_ack	again	-0.1155
time_ack	agre	0.0403
time_ack	all	-0.0305
time_ack	all i	-0.0328
time_ack	all my	-0.0497
time_ack	all my question	-0.0497
time_ack	all right	0.2095
time_ack	all the	-0.0533
time_ack	all ~number	-0.0533
time_ack	almost	0.0542
time_ack	almost out	0.0542
time_ack	almost out of	0.0542
time_ack	along	-0.0325
time_ack	alreadi	0.3041
time_ack	alright	-0.1623
time_ack	alright i	-0.1386
time_ack	am	-0.2504
time_ack	am a	-0.0241
time_ack	am here	-0.076
time_ack	am here to	-0.0632
time_ack	am just	-0.0334
time_ack	am look	-0.0259
time_ack	am not	0.0592
time_ack	am not ask	-0.0523
time_ack	am now	-0.0243
time_ack	am tri	-0.0444
time_ack	am tri to	-0.0444
time_ack	am ~number	-0.0241
time_ack	am ~want	-0.2516
time_ack	an	-0.1846
time_ack	an exercis	-0.0234
time_ack	an internship	-0.0281
time_ack	an ~job	-0.0326
time_ack	analyst	-0.1172
time_ack	and	-0.3784
time_ack	and i	-0.1356
time_ack	and i am	-0.0338
time_ack	and i have	-0.0659
time_ack	and i will	-0.0677
time_ack	and ~want	-0.0396
time_ack	ani	-0.4229
time_ack	ani more	0.0963
time_ack	ani more of	0.155
time_ack	ani podcast	-0.0528
time_ack	ani podcast or	-0.0528
time_ack	ani way	-0.0295
time_ack	ani way i	-0.0295
time_ack	anoth	0.2556
time_ack	anyon	-0.0872
time_ack	anyon els	-0.035
time_ack	anyth	-0.1138
time_ack	anyth i can	-0.0569
time_ack	anyth i could	0.0456
time_ack	anyth you	0.0529
time_ack	anyway	0.0874
time_ack	anyway i	0.0874
time_ack	appli	-0.0427
time_ack	appli to	-0.0212
time_ack	applic	-0.0447
time_ack	appreci it	-0.0608
time_ack	appreci you	-0.066
time_ack	are	0.7994
time_ack	are almost	0.0542
time_ack	are almost out	0.0542
time_ack	are near	0.1178
time_ack	are right	0.0395
time_ack	are right at	0.0395
time_ack	are the	-0.0536
time_ack	are there	-0.1979
time_ack	are there ani	-0.043
time_ack	are there book	-0.0232
time_ack	are worth	-0.0228
time_ack	are you	0.2533
time_ack	are your	-0.022
time_ack	are ~number	0.1727
time_ack	are ~workverb	0.0754
time_ack	articl	-0.0251
time_ack	as	-0.1017
time_ack	as a	-0.0298
time_ack	as ~number	-0.0336
time_ack	ask for	-0.087
time_ack	ask for a	-0.028
time_ack	ask you	-0.089
time_ack	ask you for	-0.0679
time_ack	ask you to	-0.0211
time_ack	associ	-0.0414
time_ack	associ or	-0.025
time_ack	at	0.1921
time_ack	at a	-0.1076
time_ack	at that	-0.039
time_ack	at the	0.1053
time_ack	at the moment	-0.0409
time_ack	at your	-0.0301
time_ack	at ~number	0.0248
time_ack	back	0.0871
time_ack	back to	0.1155
time_ack	back to your	-0.063
time_ack	background	-0.0236
time_ack	bank	-0.0569
time_ack	be	0.2707
time_ack	be a	-0.0329
time_ack	be a good	-0.024
time_ack	be abl	-0.0548
time_ack	be abl to	-0.0548
time_ack	be clear	-0.0204
time_ack	be happi	-0.0207
time_ack	be happi to	-0.0207
time_ack	be will	-0.0403
time_ack	be will to	-0.0403
time_ack	be ~number	-0.0357
time_ack	becom	-0.0232
time_ack	becom ~number	-0.0232
time_ack	been	-0.1323
time_ack	been the	-0.0242
time_ack	been ~number	-0.0301
time_ack	beginn	-0.0534
time_ack	best	-0.0207
time_ack	better	-0.0236
time_ack	between	0.5518
time_ack	big	-0.0338
time_ack	biggest	-0.1053
time_ack	bit	0.186
time_ack	book	-0.0577
time_ack	book or	-0.0317
time_ack	bootcamp	-0.0658
time_ack	brain	-0.022
time_ack	break	0.2387
time_ack	build	-0.0444
time_ack	busi	0.1914
time_ack	but	-0.0302
time_ack	but i	-0.034
time_ack	but i have	-0.0271
time_ack	by	-0.0345
time_ack	by email	-0.0262
time_ack	by ~contactverb	-0.0262
time_ack	by ~sendverb	-0.0262
time_ack	by ~talk	-0.0262
time_ack	call	-0.0311
time_ack	can	-0.1287
time_ack	can be	-0.0278
time_ack	can do	-0.0523
time_ack	can do for	-0.021
time_ack	can help	-0.0226
time_ack	can i	-0.1053
time_ack	can i learn	-0.0273
time_ack	can see	0.5132
time_ack	can see we	0.0303
time_ack	can we	-0.0323
time_ack	can you	-0.1332
time_ack	can you walk	-0.0737
time_ack	can ~help	-0.0912
time_ack	can ~learn	0.4426
time_ack	candid	-0.0388
time_ack	care	-0.0532
time_ack	career	-0.1932
time_ack	certif	-0.028
time_ack	chanc	-0.0246
time_ack	chang	-0.0893
time_ack	chat	-0.0429
time_ack	check	0.4777
time_ack	cheer	0.1681
time_ack	citi	-0.0536
time_ack	citi govern	-0.0365
time_ack	civil	-0.0208
time_ack	civil engin	-0.0208
time_ack	clear	-0.0204
time_ack	client	-0.0246
time_ack	clinic	-0.0564
time_ack	clinic ~learn	-0.0245
time_ack	coder	-0.0223
time_ack	colleagu	-0.0558
time_ack	come	-0.0746
time_ack	common	-0.0383
time_ack	communiti	-0.0684
time_ack	compani	-0.0457
time_ack	connect	-0.0964
time_ack	connect with	-0.0506
time_ack	connect with you	-0.0269
time_ack	conscious	0.1028
time_ack	consult	-0.0458
time_ack	convers	-0.0277
time_ack	could	-0.2131
time_ack	could do	0.0422
time_ack	could do to	0.0422
time_ack	could i	-0.0394
time_ack	could you	-0.1201
time_ack	could you suggest	-0.0218
time_ack	could ~help	0.0398
time_ack	coupl	0.0651
time_ack	coupl more	0.0995
time_ack	coupl of	-0.0344
time_ack	cours	-0.0986
time_ack	cover	-0.0235
time_ack	cover everyth	-0.0235
time_ack	credit	-0.0392
time_ack	curious	-0.0307
time_ack	curious about	-0.0249
time_ack	current	-0.0236
time_ack	custom	-0.0229
time_ack	data	-0.2821
time_ack	data engin	-0.03
time_ack	data scienc	-0.1064
time_ack	data scientist	-0.0382
time_ack	data ~student	-0.0302
time_ack	day	-0.2658
time_ack	day is	-0.037
time_ack	day to	-0.0405
time_ack	day to day	-0.0405
time_ack	deadlin	-0.1
time_ack	decid	-0.0624
time_ack	decid between	-0.0432
time_ack	definit	-0.0816
time_ack	degre	-0.0852
time_ack	depart	-0.0267
time_ack	describ	-0.0292
time_ack	describ ~number	-0.0202
time_ack	design	-0.1819
time_ack	develop	-0.0408
time_ack	did	-0.1682
time_ack	did it	-0.0228
time_ack	did you	-0.0999
time_ack	differ	-0.0777
time_ack	director	-0.0321
time_ack	do a	-0.0358
time_ack	do engin	-0.0201
time_ack	do for	-0.0275
time_ack	do for you	-0.0275
time_ack	do not	0.1317
time_ack	do not have	-0.0918
time_ack	do not want	0.3409
time_ack	do peopl	-0.0275
time_ack	do research	-0.0216
time_ack	do this	-0.0202
time_ack	do to help	0.0353
time_ack	do you	0.2571
time_ack	do you actual	-0.0254
time_ack	do you ever	-0.1559
time_ack	do you have	0.5797
time_ack	do you know	-0.0529
time_ack	do you need	0.477
time_ack	do you spend	-0.0562
time_ack	do you still	0.2116
time_ack	do you think	-0.0529
time_ack	do you use	-0.0201
time_ack	do you work	-0.0359
time_ack	do ~number	-0.0493
time_ack	do ~people	-0.0275
time_ack	doe	-0.1557
time_ack	doe a	-0.0594
time_ack	doe it	-0.0329
time_ack	doe your	-0.0206
time_ack	doe ~number	-0.0661
time_ack	done	-0.0426
time_ack	down	-0.0292
time_ack	downsid	-0.0375
time_ack	drop	-0.0311
time_ack	drop you	-0.0238
time_ack	drop you a	-0.0238
time_ack	each	-0.0587
time_ack	eat	0.3331
time_ack	eat into	0.3331
time_ack	eat into your	0.3331
time_ack	els	-0.0328
time_ack	email	-0.1242
time_ack	email you	-0.0277
time_ack	end	-0.0841
time_ack	end of	-0.0326
time_ack	end up	-0.0516
time_ack	engin	-0.1067
time_ack	enjoy	-0.0293
time_ack	enough	0.189
time_ack	entri	-0.0289
time_ack	entri level	-0.0289
time_ack	evening	0.2153
time_ack	event	-0.0302
time_ack	ever	-0.292
time_ack	ever help	-0.0277
time_ack	ever need	-0.0521
time_ack	ever need a	-0.0464
time_ack	everyth	-0.0817
time_ack	everyth i	-0.0395
time_ack	everyth i want	-0.027
time_ack	exercis	-0.0363
time_ack	experi	-0.0398
time_ack	extra	0.0542
time_ack	favor	-0.0331
time_ack	feel	-0.0765
time_ack	feel like	-0.0439
time_ack	few year	-0.0244
time_ack	few ~duration	-0.0289
time_ack	field	-0.1453
time_ack	figur	-0.0359
time_ack	figur out	-0.0359
time_ack	final	-0.0648
time_ack	final year	0.0459
time_ack	final ~duration	0.0459
time_ack	financ	-0.0214
time_ack	find	-0.0523
time_ack	finish	-0.0817
time_ack	finish a	-0.0248
time_ack	finish ~number	-0.0415
time_ack	firm	-0.0599
time_ack	first	-0.0507
time_ack	fit	0.0551
time_ack	fit me	0.0551
time_ack	five	0.0884
time_ack	five minut	0.1117
time_ack	five minut left	0.1117
time_ack	five year	-0.0233
time_ack	five ~duration	-0.0233
time_ack	five ~limit	0.1117
time_ack	five ~timeunit	0.1117
time_ack	follow	-0.1347
time_ack	follow up	-0.0883
time_ack	follow up by	-0.0262
time_ack	follow up with	-0.0361
time_ack	for	0.5852
time_ack	for a	0.1493
time_ack	for a beginn	-0.0271
time_ack	for a job	-0.0552
time_ack	for an	-0.0249
time_ack	for data	-0.0327
time_ack	for data scienc	-0.023
time_ack	for me	-0.0644
time_ack	for the	-0.0867
time_ack	for this	-0.0568
time_ack	for today	-0.0448
time_ack	for you	-0.0658
time_ack	for ~org	-0.1279
time_ack	for ~people	-0.0306
time_ack	found	-0.0307
time_ack	free	-0.0276
time_ack	freelanc	-0.03
time_ack	from	-0.2413
time_ack	from me	-0.0617
time_ack	from my	-0.046
time_ack	from ~number	-0.0244
time_ack	front	-0.0203
time_ack	game	-0.1346
time_ack	game design	-0.0253
time_ack	game develop	-0.0271
time_ack	get	-0.2638
time_ack	get a	-0.0224
time_ack	get back	0.1267
time_ack	get back to	0.1267
time_ack	get into	-0.0334
time_ack	get on	-0.1208
time_ack	get on with	-0.1208
time_ack	get ~number	-0.0306
time_ack	give	0.197
time_ack	go	-0.0213
time_ack	go into	-0.0289
time_ack	go on	-0.0316
time_ack	go to	-0.0449
time_ack	goe	-0.0446
time_ack	good	-0.0313
time_ack	good at	-0.0477
time_ack	good way	-0.029
time_ack	good ~limit	0.2361
time_ack	got	0.0274
time_ack	got a	0.0632
time_ack	got about	0.1117
time_ack	got about five	0.1117
time_ack	govern	-0.0415
time_ack	grad	-0.0256
time_ack	graduat	-0.0291
time_ack	grant	-0.0248
time_ack	grate	-0.0221
time_ack	great well	0.0945
time_ack	guy	-0.0653
time_ack	had	-0.142
time_ack	half	0.503
time_ack	half hour	0.1499
time_ack	half ~limit	0.1499
time_ack	half ~timeunit	0.1499
time_ack	hand	-0.0212
time_ack	happen	-0.036
time_ack	happi	-0.0612
time_ack	happi to	-0.0323
time_ack	happi to help	-0.0215
time_ack	hard	0.5169
time_ack	has	-0.0322
time_ack	have	0.7245
time_ack	have a	0.3195
time_ack	have a few	0.0816
time_ack	have ani	-0.1355
time_ack	have ask	0.0367
time_ack	have been	-0.1009
time_ack	have onli	0.0875
time_ack	have onli got	0.0875
time_ack	have read	-0.0244
time_ack	have time	0.0932
time_ack	have time for	0.0932
time_ack	have to	-0.0491
time_ack	have ~insight	-0.0244
time_ack	have ~limit	0.0932
time_ack	have ~number	0.3509
time_ack	have ~workverb	-0.1307
time_ack	head	-0.0375
time_ack	health	-0.0332
time_ack	hear	-0.0984
time_ack	hear how	-0.0596
time_ack	hear how you	-0.0596
time_ack	help	-0.2221
time_ack	help i	-0.0473
time_ack	help me	-0.0297
time_ack	help with	-0.0482
time_ack	help you out	-0.023
time_ack	here	-0.2909
time_ack	here to	-0.1037
time_ack	here to learn	-0.0706
time_ack	hi	-0.1182
time_ack	hire	-0.113
time_ack	honest	-0.202
time_ack	honest i	-0.0234
time_ack	hope	-0.0608
time_ack	hope to	-0.0338
time_ack	hope you	-0.027
time_ack	hospit	-0.0691
time_ack	hour	-0.127
time_ack	hous	-0.0314
time_ack	how	-0.7134
time_ack	how did	-0.0562
time_ack	how did you	-0.047
time_ack	how do	-0.2267
time_ack	how do you	-0.2007
time_ack	how doe	-0.0336
time_ack	how is	-0.0401
time_ack	how it	-0.0208
time_ack	how it went	-0.0208
time_ack	how much	-0.0806
time_ack	how much of	-0.0263
time_ack	how the	-0.0488
time_ack	how would	-0.0203
time_ack	how you	-0.0579
time_ack	how you see	-0.0449
time_ack	how ~help	-0.2267
time_ack	how ~number	-0.0488
time_ack	how ~studyverb	-0.0562
time_ack	how ~want	-0.0203
time_ack	hunt	-0.0224
time_ack	i am	-0.2504
time_ack	i am a	-0.0241
time_ack	i am here	-0.076
time_ack	i am just	-0.0334
time_ack	i am look	-0.0259
time_ack	i am not	0.0592
time_ack	i am now	-0.0243
time_ack	i am tri	-0.0444
time_ack	i ask	0.2234
time_ack	i be	-0.0397
time_ack	i can	0.3833
time_ack	i can be	-0.0278
time_ack	i can do	-0.0523
time_ack	i can see	0.5132
time_ack	i could do	0.0422
time_ack	i do	-0.0781
time_ack	i do not	-0.0456
time_ack	i follow	-0.0321
time_ack	i follow up	-0.0321
time_ack	i get	-0.0272
time_ack	i had	-0.1089
time_ack	i have	0.2976
time_ack	i have been	-0.0948
time_ack	i have got	-0.087
time_ack	i have read	-0.0244
time_ack	i just	-0.0565
time_ack	i just want	-0.0439
time_ack	i know	0.7082
time_ack	i know we	0.2097
time_ack	i know you	0.3381
time_ack	i learn	-0.0446
time_ack	i learn more	-0.0273
time_ack	i mention	-0.0251
time_ack	i might	-0.0296
time_ack	i need	-0.0763
time_ack	i reach	-0.0401
time_ack	i reach out	-0.0371
time_ack	i realli	0.1303
time_ack	i realli appreci	0.1578
time_ack	i should	0.0789
time_ack	i should talk	-0.0264
time_ack	i think	-0.2455
time_ack	i think i	-0.1194
time_ack	i think that	-0.035
time_ack	i think we	-0.088
time_ack	i want	0.1092
time_ack	i want to	0.1123
time_ack	i was	-0.059
time_ack	i was hope	-0.0208
time_ack	i will	0.3058
time_ack	i will be	0.5127
time_ack	i will definit	-0.0622
time_ack	i will drop	-0.0238
time_ack	i will keep	0.081
time_ack	i will leav	-0.1127
time_ack	i will let	-0.0684
time_ack	i will not	-0.0252
time_ack	i will send	-0.1445
time_ack	i will sign	-0.0615
time_ack	i will stop	0.1452
time_ack	i will wrap	-0.1059
time_ack	i would	-0.1942
time_ack	i would be	-0.0395
time_ack	i would love	-0.0222
time_ack	i would realli	-0.0301
time_ack	i ~contactverb	-0.0226
time_ack	i ~help	-0.1074
time_ack	i ~insight	-0.0246
time_ack	i ~learn	0.7939
time_ack	i ~sendverb	-0.0373
time_ack	i ~studyverb	-0.0272
time_ack	i ~talk	0.1882
time_ack	i ~want	-0.0446
time_ack	i ~workverb	-0.0745
time_ack	idea	-0.0532
time_ack	if	-0.2312
time_ack	if i	0.0716
time_ack	if i can	-0.0478
time_ack	if i follow	-0.0262
time_ack	if there	-0.0468
time_ack	if there is	-0.041
time_ack	if you	-0.1341
time_ack	if you ever	-0.0203
time_ack	if you need	-0.0245
time_ack	if you were	-0.0275
time_ack	if your	-0.0473
time_ack	import	0.123
time_ack	in	-0.1853
time_ack	in a	-0.063
time_ack	in data	-0.0497
time_ack	in data scienc	-0.0463
time_ack	in meet	-0.0681
time_ack	in my	-0.023
time_ack	in retail	-0.0243
time_ack	in the	-0.0647
time_ack	in this	-0.0587
time_ack	in this field	-0.0351
time_ack	in touch	-0.0728
time_ack	in touch with	-0.0327
time_ack	in your	-0.0934
time_ack	in your depart	-0.0212
time_ack	in ~contactverb	-0.0735
time_ack	in ~number	-0.1327
time_ack	industri	-0.0854
time_ack	inform	-0.0399
time_ack	interest	-0.0659
time_ack	intern	-0.0309
time_ack	internship	-0.1079
time_ack	interview	-0.0431
time_ack	into	0.1259
time_ack	into your	0.3331
time_ack	introduct	-0.0438
time_ack	invest	-0.0225
time_ack	is	-0.0635
time_ack	is a	-0.0501
time_ack	is actual	-0.0261
time_ack	is all	-0.0512
time_ack	is all i	-0.0328
time_ack	is ever	-0.0202
time_ack	is everyth	-0.0479
time_ack	is everyth i	-0.024
time_ack	is it	0.1164
time_ack	is it ok	0.2018
time_ack	is not	-0.0276
time_ack	is part	-0.0297
time_ack	is realli	-0.0541
time_ack	is super	-0.0365
time_ack	is the	-0.1318
time_ack	is there	-0.0877
time_ack	is there a	-0.0705
time_ack	is there ani	-0.0223
time_ack	is there anyth	0.0469
time_ack	is to	-0.026
time_ack	is to understand	-0.0207
time_ack	is ~number	-0.1866
time_ack	is ~want	-0.0765
time_ack	it	0.108
time_ack	it be	-0.0274
time_ack	it for	-0.0428
time_ack	it from	-0.0202
time_ack	it is	0.3376
time_ack	it ok	0.2018
time_ack	it ok if	0.2018
time_ack	it take	-0.0209
time_ack	it there	-0.0641
time_ack	it there for	-0.0448
time_ack	it went	-0.0208
time_ack	it ~insight	-0.0209
time_ack	it ~want	-0.0489
time_ack	job	-0.1888
time_ack	job ask	-0.0241
time_ack	job hunt	-0.0224
time_ack	job i	-0.0282
time_ack	job ~want	0.0472
time_ack	join	-0.0274
time_ack	junior	-0.044
time_ack	just	0.537
time_ack	just to	-0.0204
time_ack	just to be	-0.0204
time_ack	just want	-0.0635
time_ack	just want to	-0.0635
time_ack	just ~want	-0.0994
time_ack	keep	0.1484
time_ack	keep in	-0.0321
time_ack	keep in touch	-0.0321
time_ack	keep you	-0.034
time_ack	keep you post	-0.0717
time_ack	kept	0.4641
time_ack	kept you	0.4641
time_ack	kind	-0.0606
time_ack	kind of	-0.0574
time_ack	know	0.4329
time_ack	know anyon	-0.0328
time_ack	know how	-0.0437
time_ack	know how the	-0.0296
time_ack	know i	0.0817
time_ack	know i am	0.0817
time_ack	know if	-0.0841
time_ack	know if i	-0.0274
time_ack	know if your	-0.0371
time_ack	know we	0.2097
time_ack	know we are	0.1605
time_ack	know you	0.3381
time_ack	know you have	0.1342
time_ack	know ~people	-0.0355
time_ack	lab	-0.0267
time_ack	last	-0.0586
time_ack	late	0.3533
time_ack	later	-0.0588
time_ack	lead	-0.0408
time_ack	leadership	-0.0203
time_ack	learn	-0.1998
time_ack	learn more	-0.0355
time_ack	learn more about	-0.0355
time_ack	learner	-0.0205
time_ack	leav	-0.1847
time_ack	leav it	-0.0941
time_ack	leav it there	-0.0641
time_ack	left	0.1267
time_ack	left right	0.0533
time_ack	let	-0.1328
time_ack	let me	-0.0822
time_ack	let me know	-0.0822
time_ack	let us	-0.0465
time_ack	let us leav	-0.0406
time_ack	let you get	0.0765
time_ack	let you go	0.0857
time_ack	let you know	-0.0673
time_ack	level	-0.0351
time_ack	level ~job	-0.0229
time_ack	life	-0.0258
time_ack	like	-0.1583
time_ack	like for	-0.0438
time_ack	like ~number	-0.0204
time_ack	line	-0.0269
time_ack	line onc	-0.0238
time_ack	line onc i	-0.0238
time_ack	link	-0.0279
time_ack	linkedin	-0.0904
time_ack	list	-0.053
time_ack	local	-0.0272
time_ack	long	-0.0494
time_ack	longer	0.3949
time_ack	look	-0.0623
time_ack	look for	-0.033
time_ack	lot	-0.0342
time_ack	love	-0.2323
time_ack	love to	-0.1086
time_ack	love to understand	0.0468
time_ack	love ~number	-0.0224
time_ack	lunch	0.3196
time_ack	lunch break	0.2461
time_ack	made	-0.0384
time_ack	main	-0.0382
time_ack	major	-0.0264
time_ack	make	-0.2189
time_ack	make game	-0.032
time_ack	make sens	-0.0423
time_ack	make the	-0.108
time_ack	make ~insight	-0.0423
time_ack	make ~number	-0.1213
time_ack	manag	-0.2723
time_ack	market	-0.0236
time_ack	master	-0.0296
time_ack	matter	-0.0535
time_ack	matter most	-0.0243
time_ack	me	0.1647
time_ack	me about	-0.053
time_ack	me about the	-0.0343
time_ack	me for	-0.0241
time_ack	me i	-0.0394
time_ack	me in	0.7307
time_ack	me know	-0.0822
time_ack	me know if	-0.0744
time_ack	me through	-0.109
time_ack	me through a	-0.1006
time_ack	me to	-0.0211
time_ack	me when	0.122
time_ack	me ~learn	-0.0961
time_ack	me ~number	-0.0233
time_ack	meet	0.6867
time_ack	meet you	-0.1481
time_ack	mention	-0.0551
time_ack	mentor	-0.0356
time_ack	might	-0.1006
time_ack	might ~contactverb	-0.0296
time_ack	might ~talk	-0.0296
time_ack	mind	0.057
time_ack	mind if	-0.0278
time_ack	mind if i	-0.024
time_ack	mind of	0.0839
time_ack	minut	0.8958
time_ack	minut left	0.1267
time_ack	minut left right	0.0533
time_ack	minut so	0.0806
time_ack	minut so i	0.0314
time_ack	moment	-0.047
time_ack	month	-0.0479
time_ack	more	0.3191
time_ack	more about	-0.0464
time_ack	more minut	0.1433
time_ack	more of	0.155
time_ack	more of your	0.155
time_ack	more question	-0.1319
time_ack	more ~limit	0.1433
time_ack	more ~timeunit	0.1433
time_ack	morn	0.0853
time_ack	most	-0.1302
time_ack	most in	-0.0288
time_ack	move	-0.0363
time_ack	move into	-0.022
time_ack	much	-0.2171
time_ack	much for	-0.1367
time_ack	much of	0.0327
time_ack	much of your	0.0358
time_ack	much this	-0.0515
time_ack	much this was	-0.0303
time_ack	much time	-0.1362
time_ack	much ~limit	-0.1362
time_ack	my	-0.4377
time_ack	my career	-0.0395
time_ack	my question	0.0384
time_ack	my resum	-0.0754
time_ack	my resum to	-0.0397
time_ack	my ~application	-0.0939
time_ack	my ~degree	-0.0236
time_ack	myself	-0.0213
time_ack	name	-0.03
time_ack	near	0.1178
time_ack	need	0.3521
time_ack	need a	-0.0569
time_ack	need to	0.5521
time_ack	need to be	-0.0268
time_ack	need ~number	-0.0619
time_ack	network	-0.0316
time_ack	never	-0.0281
time_ack	new	-0.0446
time_ack	newslett	-0.0428
time_ack	next	0.1245
time_ack	next step	-0.0315
time_ack	night	-0.0557
time_ack	no	-0.1254
time_ack	nonprofit	-0.0772
time_ack	normal	-0.0214
time_ack	not	0.2682
time_ack	not ask	-0.0717
time_ack	not ask you	-0.0559
time_ack	not have	-0.0918
time_ack	not job	-0.0224
time_ack	not job hunt	-0.0224
time_ack	not to	-0.0231
time_ack	not to ask	-0.0231
time_ack	not want	0.3409
time_ack	not want to	0.3409
time_ack	not ~job	-0.0224
time_ack	not ~want	0.4722
time_ack	note	-0.0926
time_ack	note tomorrow	-0.0551
time_ack	now	0.0978
time_ack	now ~studyverb	-0.039
time_ack	nurs	-0.1046
time_ack	of	0.1843
time_ack	of a	-0.0241
time_ack	of ani	-0.0386
time_ack	of peopl	-0.0259
time_ack	of the	0.0367
time_ack	of the job	-0.0219
time_ack	of the time	0.1211
time_ack	of time	0.1022
time_ack	of your	0.4208
time_ack	of your afternoon	0.1025
time_ack	of your time	0.2709
time_ack	of your work	-0.0214
time_ack	of ~limit	0.1022
time_ack	of ~people	-0.029
time_ack	off	-0.1837
time_ack	often	-0.0223
time_ack	oh	0.3152
time_ack	ok	0.2504
time_ack	ok for	0.3285
time_ack	ok i	-0.0574
time_ack	ok i think	-0.0505
time_ack	ok if	0.2
time_ack	ok if i	0.2
time_ack	ok that	-0.0752
time_ack	ok that is	-0.0752
time_ack	old	-0.0215
time_ack	on	-0.5373
time_ack	on a	-0.0261
time_ack	on linkedin	-0.0802
time_ack	on my	-0.034
time_ack	on the	-0.045
time_ack	on with	-0.1208
time_ack	on with your	-0.1208
time_ack	on your	-0.0536
time_ack	on ~number	-0.0753
time_ack	onc	-0.1265
time_ack	onc i	-0.0303
time_ack	onc i have	-0.0303
time_ack	one	0.0742
time_ack	one last	0.0296
time_ack	onli	0.119
time_ack	onli got	0.0875
time_ack	onli have	0.0314
time_ack	onlin	-0.0904
time_ack	onlin cours	-0.0311
time_ack	open	-0.1341
time_ack	or	0.0809
time_ack	or anyth	-0.0449
time_ack	or is	0.0632
time_ack	or newslett	-0.0428
time_ack	or ~number	-0.0276
time_ack	other	-0.0422
time_ack	our	0.0396
time_ack	out	0.0671
time_ack	out again	-0.0206
time_ack	out of	0.082
time_ack	out of time	0.1022
time_ack	out to	-0.0409
time_ack	out ~later	-0.0206
time_ack	outreach	-0.0208
time_ack	outsid	-0.0346
time_ack	outsid work	-0.027
time_ack	outsid ~learn	-0.027
time_ack	outsid ~workverb	-0.027
time_ack	over	0.2633
time_ack	own	-0.0261
time_ack	pack	0.1639
time_ack	part	-0.1236
time_ack	part of	-0.0439
time_ack	part time	-0.0797
time_ack	part ~limit	-0.0797
time_ack	pass	-0.0422
time_ack	pass my	-0.0343
time_ack	pass my resum	-0.0293
time_ack	past	0.4331
time_ack	path	-0.0752
time_ack	peopl	-0.1739
time_ack	peopl in	-0.0279
time_ack	peopl who	-0.0219
time_ack	peopl you	-0.0358
time_ack	peopl ~people	-0.0219
time_ack	perspect	-0.042
time_ack	pick	0.068
time_ack	pitch	-0.0351
time_ack	place	0.0407
time_ack	plan	0.4594
time_ack	pleas	-0.0865
time_ack	pleas let	-0.0645
time_ack	pleas let me	-0.0645
time_ack	podcast	-0.0691
time_ack	podcast or	-0.0559
time_ack	point	-0.0632
time_ack	polici	-0.1026
time_ack	polici analyst	-0.0268
time_ack	portfolio	-0.0544
time_ack	posit	-0.0314
time_ack	possibl	-0.0216
time_ack	possibl to	-0.0216
time_ack	post	-0.0796
time_ack	pretti	-0.0237
time_ack	product	-0.0335
time_ack	profess	-0.0247
time_ack	profess i	-0.0232
time_ack	profession	-0.0294
time_ack	program	-0.1272
time_ack	project	-0.324
time_ack	project on	-0.0647
time_ack	project you	-0.0375
time_ack	promis	-0.0272
time_ack	public	-0.0392
time_ack	put	-0.0341
time_ack	python	-0.0612
time_ack	question	0.1767
time_ack	question about	0.2146
time_ack	question ~later	-0.0238
time_ack	quick	0.0395
time_ack	quick ~talk	-0.0263
time_ack	rather	0.3189
time_ack	rather than	-0.0254
time_ack	reach	-0.0839
time_ack	reach out	-0.0748
time_ack	reach out again	-0.0206
time_ack	reach out to	-0.0409
time_ack	read	-0.0581
time_ack	read ~number	-0.0244
time_ack	realli	-0.0753
time_ack	realli appreci	0.0635
time_ack	realli appreci it	-0.0608
time_ack	realli just	-0.0266
time_ack	realli ~want	0.0231
time_ack	reason	-0.0261
time_ack	recommend	-0.1329
time_ack	recommend i	-0.0259
time_ack	recruit	-0.0437
time_ack	referr	-0.056
time_ack	remot	-0.0203
time_ack	report	-0.076
time_ack	research	-0.0953
time_ack	rest	-0.0862
time_ack	rest of	-0.0862
time_ack	resum	-0.0754
time_ack	resum to	-0.0397
time_ack	retail	-0.0261
time_ack	return	-0.0531
time_ack	return the	-0.0362
time_ack	return the favor	-0.0331
time_ack	return ~number	-0.0362
time_ack	review	-0.0221
time_ack	right	0.1819
time_ack	right at	0.0395
time_ack	right now	-0.0646
time_ack	risk	-0.0347
time_ack	role	-0.1083
time_ack	rout	-0.0421
time_ack	rout into	-0.0337
time_ack	run	0.5366
time_ack	run program	-0.0258
time_ack	said	-0.036
time_ack	salari	0.2168
time_ack	same	-0.0513
time_ack	say	-0.05
time_ack	say ~number	-0.0259
time_ack	school	-0.026
time_ack	scienc	-0.1064
time_ack	scientist	-0.0382
time_ack	season	-0.1016
time_ack	sector	-0.0298
time_ack	see	0.4288
time_ack	see the	0.4718
time_ack	see we	0.0303
time_ack	see we are	0.0303
time_ack	see ~number	0.4718
time_ack	send	-0.2093
time_ack	send a	-0.0443
time_ack	send me	-0.0265
time_ack	send you	-0.109
time_ack	send you a	-0.0521
time_ack	send ~number	-0.0443
time_ack	sens	-0.0423
time_ack	shall	-0.059
time_ack	share	-0.074
time_ack	shift	-0.1019
time_ack	short	0.0221
time_ack	should i	-0.0931
time_ack	should i be	-0.035
time_ack	should talk	-0.0264
time_ack	should talk to	-0.0264
time_ack	should ~talk	-0.0435
time_ack	side	-0.1655
time_ack	side project	-0.1311
time_ack	sign	-0.0615
time_ack	sign off	-0.0615
time_ack	sinc	-0.0223
time_ack	six	-0.0262
time_ack	six year	-0.0243
time_ack	six year in	-0.0243
time_ack	six ~duration	-0.0262
time_ack	skill	-0.074
time_ack	skill do	-0.0317
time_ack	skill do you	-0.0317
time_ack	skill ~help	-0.0317
time_ack	so	0.2632
time_ack	so i	0.3242
time_ack	so i am	-0.0594
time_ack	so i will	0.2433
time_ack	so just	0.1157
time_ack	so much	-0.2618
time_ack	so much for	-0.1367
time_ack	so much this	-0.0515
time_ack	so you	0.1357
time_ack	so you can	-0.0754
time_ack	so ~number	0.0313
time_ack	so ~want	0.1157
time_ack	some	-0.1059
time_ack	some ~insight	-0.0284
time_ack	someon	-0.0831
time_ack	someon ~want	-0.0207
time_ack	someth	-0.0261
time_ack	sorri	0.034
time_ack	sorri i	0.1739
time_ack	sorri i know	0.1739
time_ack	sorri my	-0.0316
time_ack	sound	-0.0515
time_ack	spend	-0.0627
time_ack	spent	-0.0557
time_ack	spent six	-0.0243
time_ack	spent six year	-0.0243
time_ack	sql	-0.0311
time_ack	staff	-0.0444
time_ack	start	-0.0592
time_ack	stay	-0.0634
time_ack	stay in	-0.0307
time_ack	stay in touch	-0.024
time_ack	step	-0.0406
time_ack	still	0.6323
time_ack	still a	0.3193
time_ack	still a good	0.3193
time_ack	still ~number	0.3193
time_ack	stop	0.982
time_ack	stop there	0.2809
time_ack	student and	0.0416
time_ack	studi	-0.0251
time_ack	studio	-0.033
time_ack	such	0.1837
time_ack	such a	0.1837
time_ack	such ~number	0.1837
time_ack	suggest	-0.072
time_ack	suggest ~number	-0.0218
time_ack	suit	-0.0333
time_ack	suit me	-0.0251
time_ack	summer	-0.0815
time_ack	super	0.1583
time_ack	survey	-0.0607
time_ack	sustain	-0.0252
time_ack	switch	-0.0634
time_ack	take	0.0966
time_ack	take on	-0.0281
time_ack	take up	0.208
time_ack	take up ani	0.155
time_ack	taken	0.1954
time_ack	talk	-0.1052
time_ack	talk to	-0.0663
time_ack	tax	-0.0924
time_ack	teach	-0.0467
time_ack	team	-0.1555
time_ack	technician	-0.032
time_ack	tell	-0.0868
time_ack	tell me	-0.065
time_ack	tell me about	-0.053
time_ack	ten	0.2114
time_ack	test	-0.0471
time_ack	than	0.3935
time_ack	than a	-0.0319
time_ack	than ~number	-0.0319
time_ack	thank	-0.0968
time_ack	thank again	-0.0767
time_ack	thank for	-0.0339
time_ack	thank so	-0.1336
time_ack	thank so much	-0.1336
time_ack	thank to	-0.0232
time_ack	thank you	0.3466
time_ack	thank you email	-0.0383
time_ack	thank you for	0.725
time_ack	thank you note	-0.0414
time_ack	thank you so	-0.1282
time_ack	thank ~later	-0.0767
time_ack	thank ~number	-0.0443
time_ack	that	-0.6909
time_ack	that cover	-0.0235
time_ack	that cover everyth	-0.0235
time_ack	that i	-0.0492
time_ack	that is	-0.2853
time_ack	that is all	-0.0512
time_ack	that is everyth	-0.0479
time_ack	that is realli	-0.0291
time_ack	that is super	-0.0365
time_ack	the	-0.4793
time_ack	the bootcamp	-0.0283
time_ack	the day	-0.0447
time_ack	the downsid	-0.0375
time_ack	the end	-0.0326
time_ack	the end of	-0.0326
time_ack	the favor	-0.0331
time_ack	the field	-0.0667
time_ack	the half	0.1499
time_ack	the half hour	0.1499
time_ack	the hour	-0.0237
time_ack	the job	-0.0428
time_ack	the link	-0.0279
time_ack	the moment	-0.0409
time_ack	the most	-0.0462
time_ack	the next	-0.0258
time_ack	the point	-0.0341
time_ack	the portfolio	-0.0283
time_ack	the switch	-0.0209
time_ack	the time	0.0321
time_ack	the work	-0.0331
time_ack	the ~closing	-0.0684
time_ack	the ~degree	-0.0619
time_ack	the ~gatekeeper	-0.0261
time_ack	the ~hiring	-0.0243
time_ack	the ~job	-0.0562
time_ack	the ~learn	-0.0362
time_ack	the ~limit	-0.0208
time_ack	the ~number	0.2091
time_ack	the ~org	-0.0562
time_ack	the ~people	-0.0226
time_ack	the ~student	-0.0369
time_ack	the ~timeunit	-0.0237
time_ack	the ~workverb	-0.0331
time_ack	there	-0.2201
time_ack	there a	-0.0705
time_ack	there ani	-0.0653
time_ack	there anyth	0.0469
time_ack	there anyth you	0.0529
time_ack	there book	-0.0232
time_ack	there book or	-0.0232
time_ack	there for	-0.0528
time_ack	there for today	-0.0448
time_ack	there is	-0.0436
time_ack	there so	0.1684
time_ack	there so you	0.1684
time_ack	there ~number	-0.0751
time_ack	there ~people	-0.0243
time_ack	these	-0.0404
time_ack	these day	-0.0274
time_ack	thing	0.2033
time_ack	think	-0.271
time_ack	think i	-0.0829
time_ack	think i have	-0.0959
time_ack	think i should	0.0479
time_ack	think that	-0.037
time_ack	think that cover	-0.0235
time_ack	think we	-0.088
time_ack	think we can	-0.088
time_ack	thirti	0.04
time_ack	this	-0.0877
time_ack	this field	-0.0676
time_ack	this was	-0.0409
time_ack	thought	-0.0882
time_ack	three	-0.1207
time_ack	through	-0.1345
time_ack	through a	-0.106
time_ack	through a typic	-0.0298
time_ack	through ~number	-0.1131
time_ack	time	0.847
time_ack	time for	0.0932
time_ack	time or	0.4091
time_ack	time so	0.1307
time_ack	time so i	0.0975
time_ack	time to	-0.0233
time_ack	to	-0.1474
time_ack	to about	-0.0352
time_ack	to ask	-0.1035
time_ack	to ask for	-0.0319
time_ack	to ask you	-0.0299
time_ack	to be	0.1153
time_ack	to be clear	-0.0204
time_ack	to coder	-0.0223
time_ack	to day	-0.0405
time_ack	to do	-0.061
time_ack	to find	-0.0282
time_ack	to get	-0.0891
time_ack	to hear	-0.0727
time_ack	to hear how	-0.0596
time_ack	to help with	-0.0283
time_ack	to help you	0.0421
time_ack	to hour	-0.0643
time_ack	to it	0.1572
time_ack	to keep	0.2586
time_ack	to learn	-0.1092
time_ack	to make	-0.0219
time_ack	to pass	-0.0308
time_ack	to run	0.4843
time_ack	to send	-0.0324
time_ack	to stay	-0.031
time_ack	to stay in	-0.0225
time_ack	to stop	0.1219
time_ack	to take	0.1025
time_ack	to take up	0.1025
time_ack	to talk	-0.0355
time_ack	to test	-0.0203
time_ack	to understand	-0.0304
time_ack	to understand the	-0.0557
time_ack	to work	-0.0674
time_ack	to you	-0.0339
time_ack	to your	-0.1
time_ack	to ~closing	-0.0405
time_ack	to ~help	-0.075
time_ack	to ~insight	0.1025
time_ack	to ~learn	-0.5225
time_ack	to ~limit	-0.1049
time_ack	to ~sendverb	-0.1096
time_ack	to ~student	-0.0368
time_ack	to ~talk	-0.1922
time_ack	to ~timeunit	-0.0643
time_ack	to ~workverb	0.417
time_ack	today	-0.2243
time_ack	tomorrow	-0.0551
time_ack	tonight	-0.054
time_ack	tonight and	-0.0208
time_ack	too	0.2271
time_ack	too much	0.2975
time_ack	tool	-0.033
time_ack	touch	-0.0743
time_ack	touch with	-0.0327
time_ack	toward	-0.0242
time_ack	trend	-0.0249
time_ack	trend are	-0.0249
time_ack	tri	0.0739
time_ack	tri to	0.0973
time_ack	tri to keep	0.1879
time_ack	twelv	-0.0987
time_ack	twenti	0.0394
time_ack	twenti minut	0.0394
time_ack	twenti ~limit	0.0394
time_ack	twenti ~timeunit	0.0394
time_ack	two	-0.0537
time_ack	typic	-0.0585
time_ack	typic day	-0.027
time_ack	typic ~closing	-0.0431
time_ack	typic ~limit	-0.027
time_ack	understand	-0.0425
time_ack	understand the	-0.0648
time_ack	understand ~number	-0.0648
time_ack	uni	-0.1051
time_ack	up	-0.0233
time_ack	up a	-0.023
time_ack	up ani	0.0952
time_ack	up ani more	0.155
time_ack	up by	-0.0262
time_ack	up by email	-0.0262
time_ack	up most	-0.0696
time_ack	up with	-0.0372
time_ack	up ~number	-0.025
time_ack	up ~want	-0.0462
time_ack	us	-0.0489
time_ack	us leav	-0.0406
time_ack	us leav it	-0.0406
time_ack	use	-0.1721
time_ack	use to	-0.0874
time_ack	use to you	-0.0278
time_ack	usual	-0.0627
time_ack	ux	-0.0304
time_ack	ux research	-0.0263
time_ack	ux ~learn	-0.0237
time_ack	versus	-0.0273
time_ack	volunt	-0.0766
time_ack	walk	-0.109
time_ack	walk me	-0.109
time_ack	walk me through	-0.109
time_ack	want	0.3491
time_ack	want to	0.4072
time_ack	want to ask	-0.027
time_ack	want to be	0.2096
time_ack	want to hear	-0.0596
time_ack	want to take	0.1025
time_ack	want to understand	-0.0492
time_ack	was	-0.2954
time_ack	was hope	-0.0208
time_ack	way	-0.0999
time_ack	way i	-0.0295
time_ack	way i can	-0.0251
time_ack	way in	-0.0351
time_ack	we	1.5834
time_ack	we are	0.6289
time_ack	we are almost	0.0542
time_ack	we are near	0.1178
time_ack	we are right	0.0395
time_ack	we can	-0.088
time_ack	we have	0.2978
time_ack	we have got	0.0884
time_ack	we have onli	0.0875
time_ack	week	-0.0337
time_ack	weekend	-0.1203
time_ack	well	0.0753
time_ack	well i	0.0944
time_ack	well i will	0.0509
time_ack	went	-0.0336
time_ack	were	-0.0396
time_ack	what	-0.9399
time_ack	what are	-0.0779
time_ack	what are the	-0.0295
time_ack	what are you	-0.0332
time_ack	what do	-0.0682
time_ack	what do you	-0.0542
time_ack	what doe	-0.05
time_ack	what doe a	-0.0302
time_ack	what i	-0.0657
time_ack	what is	-0.1261
time_ack	what is the	-0.0608
time_ack	what make	-0.0202
time_ack	what should	-0.0397
time_ack	what should i	-0.0344
time_ack	what skill	-0.0506
time_ack	what skill do	-0.0317
time_ack	what trend	-0.0249
time_ack	what trend are	-0.0249
time_ack	what would	-0.03
time_ack	what would you	-0.025
time_ack	what you	-0.0284
time_ack	what ~help	-0.0682
time_ack	what ~number	-0.0236
time_ack	what ~want	-0.03
time_ack	when	-0.0283
time_ack	when you have	-0.0996
time_ack	where	-0.1321
time_ack	where can	-0.0409
time_ack	where can i	-0.0312
time_ack	where do	-0.0465
time_ack	where is	-0.0227
time_ack	where ~help	-0.0465
time_ack	whether	-0.0543
time_ack	whether this	-0.021
time_ack	whi	-0.0537
time_ack	which	-0.2485
time_ack	which abil	-0.0246
time_ack	which ~student	-0.0254
time_ack	who	-0.1631
time_ack	who are	-0.0221
time_ack	who do	-0.0403
time_ack	who do you	-0.0358
time_ack	who is	-0.0237
time_ack	who would	-0.0268
time_ack	who ~help	-0.0403
time_ack	who ~want	-0.0268
time_ack	will	0.2606
time_ack	will be	0.5127
time_ack	will definit	-0.0622
time_ack	will drop	-0.0238
time_ack	will drop you	-0.0238
time_ack	will keep	0.081
time_ack	will leav	-0.1127
time_ack	will leav it	-0.0535
time_ack	will let	-0.0684
time_ack	will let you	-0.0684
time_ack	will not	-0.0252
time_ack	will send	-0.1445
time_ack	will send you	-0.0959
time_ack	will sign	-0.0615
time_ack	will sign off	-0.0615
time_ack	will stop	0.1452
time_ack	will to	-0.0403
time_ack	will wrap	-0.1059
time_ack	will wrap up	-0.1059
time_ack	will ~contactverb	-0.0225
time_ack	will ~sendverb	-0.1887
time_ack	will ~talk	-0.0292
time_ack	with	-0.5313
time_ack	with a	-0.0767
time_ack	with anyth	-0.0324
time_ack	with peopl	-0.028
time_ack	with the	-0.0331
time_ack	with you	-0.039
time_ack	with you on	-0.0269
time_ack	with your	-0.1562
time_ack	with your day	-0.1208
time_ack	with ~number	-0.1259
time_ack	with ~people	-0.0325
time_ack	wonder	-0.0607
time_ack	word	-0.0206
time_ack	work	-0.5355
time_ack	work common	-0.0304
time_ack	work in	-0.0735
time_ack	work with	-0.0278
time_ack	world	-0.0485
time_ack	worri	-0.0362
time_ack	worth	-0.157
time_ack	worth follow	-0.0309
time_ack	worth it	-0.0293
time_ack	worth it for	-0.0221
time_ack	worth ~number	-0.0274
time_ack	would	-0.2026
time_ack	would be	-0.0608
time_ack	would be happi	-0.0207
time_ack	would it	-0.0388
time_ack	would it be	-0.0274
time_ack	would love	-0.0255
time_ack	would point	-0.0228
time_ack	would realli	-0.035
time_ack	would realli appreci	-0.0335
time_ack	would recommend	-0.0718
time_ack	would suggest	-0.0289
time_ack	would you	0.2588
time_ack	would you be	-0.0959
time_ack	would you mind	-0.029
time_ack	would you recommend	-0.0284
time_ack	would ~want	-0.0374
time_ack	wow	0.3027
time_ack	wrap	-0.1815
time_ack	wrap up	-0.1781
time_ack	write	-0.0434
time_ack	yeah	-0.0775
time_ack	year	-0.164
time_ack	year in	-0.0361
time_ack	year in retail	-0.0243
time_ack	yet	-0.0371
time_ack	you	0.2312
time_ack	you a	-0.104
time_ack	you a line	-0.0238
time_ack	you a quick	-0.0273
time_ack	you a thank	-0.0389
time_ack	you actual	-0.0254
time_ack	you after	-0.0208
time_ack	you are	0.328
time_ack	you be	-0.1249
time_ack	you be abl	-0.042
time_ack	you be will	-0.0383
time_ack	you can	-0.1154
time_ack	you could	-0.0271
time_ack	you decid	-0.0239
time_ack	you describ	-0.0205
time_ack	you do	-0.0639
time_ack	you email	-0.0383
time_ack	you end	-0.0208
time_ack	you end up	-0.0208
time_ack	you ever	-0.1762
time_ack	you find	-0.0211
time_ack	you for	0.6459
time_ack	you for a	-0.0683
time_ack	you get	-0.0246
time_ack	you get back	0.1267
time_ack	you go	0.0793
time_ack	you got	-0.0239
time_ack	you guy	-0.0653
time_ack	you have	0.524
time_ack	you have a	0.6046
time_ack	you have to	-0.0332
time_ack	you in	-0.02
time_ack	you know	-0.1578
time_ack	you know anyon	-0.0328
time_ack	you know how	-0.0365
time_ack	you like	0.0574
time_ack	you mind	-0.029
time_ack	you move	0.0454
time_ack	you need	0.5811
time_ack	you need to	0.6057
time_ack	you note	-0.0414
time_ack	you on	-0.0355
time_ack	you on linkedin	-0.0355
time_ack	you out	-0.0312
time_ack	you post	-0.0717
time_ack	you recommend	-0.0569
time_ack	you said	-0.036
time_ack	you see	-0.0654
time_ack	you so	-0.1282
time_ack	you so much	-0.1282
time_ack	you spend	-0.0562
time_ack	you still	0.1999
time_ack	you suggest	-0.043
time_ack	you thank	-0.0245
time_ack	you that	-0.0785
time_ack	you think i	0.0365
time_ack	you to	-0.0969
time_ack	you use	-0.0201
time_ack	you walk	-0.0756
time_ack	you walk me	-0.0756
time_ack	you want	0.039
time_ack	you want to	0.039
time_ack	you were	-0.0326
time_ack	you work	-0.048
time_ack	you would	-0.1484
time_ack	you would point	-0.0228
time_ack	you would recommend	-0.0718
time_ack	you would suggest	-0.0289
time_ack	you ~contactverb	-0.0383
time_ack	you ~help	-0.0857
time_ack	you ~learn	-0.3291
time_ack	you ~number	-0.1112
time_ack	you ~sendverb	-0.0543
time_ack	you ~talk	-0.0583
time_ack	you ~want	-0.1384
time_ack	you ~workverb	-0.0554
time_ack	your	0.0466
time_ack	your advic	-0.0328
time_ack	your afternoon	0.0629
time_ack	your compani	-0.0274
time_ack	your day	-0.1704
time_ack	your depart	-0.0223
time_ack	your evening	0.2287
time_ack	your firm	-0.0475
time_ack	your lunch	0.3408
time_ack	your lunch break	0.2461
time_ack	your team	-0.1143
time_ack	your time	-0.0476
time_ack	your week	-0.0997
time_ack	your work	-0.0456
time_ack	your ~closing	0.2384
time_ack	your ~insight	-0.0419
time_ack	your ~job	-0.0205
time_ack	your ~learn	-0.0428
time_ack	your ~limit	0.4554
time_ack	your ~org	-0.2408
time_ack	your ~people	-0.0217
time_ack	your ~workverb	-0.0456
time_ack	~application	-0.1149
time_ack	~application to	-0.0545
time_ack	~closing	0.0389
time_ack	~closing is	-0.0402
time_ack	~closing of	-0.0862
time_ack	~closing to	-0.0459
time_ack	~contactverb	-0.3274
time_ack	~contactverb out	-0.0482
time_ack	~contactverb with	-0.0579
time_ack	~contactverb you	-0.0336
time_ack	~degree	-0.3497
time_ack	~degree in	-0.0561
time_ack	~degree program	-0.0228
time_ack	~duration	-0.1904
time_ack	~duration in	-0.0361
time_ack	~gatekeeper	-0.1434
time_ack	~help	-0.2025
time_ack	~help engin	-0.0201
time_ack	~help for	-0.0395
time_ack	~help me	-0.0371
time_ack	~help not	0.1317
time_ack	~help peopl	-0.0306
time_ack	~help the	-0.0387
time_ack	~help with	-0.0482
time_ack	~help you	0.2715
time_ack	~hiring	-0.1103
time_ack	~insight	-0.1668
time_ack	~insight a	-0.0366
time_ack	~insight for	-0.0259
time_ack	~insight on	-0.0351
time_ack	~insight up	0.214
time_ack	~job	-0.49
time_ack	~job ask	-0.0241
time_ack	~job hunt	-0.0224
time_ack	~job i	-0.0702
time_ack	~job in	-0.0202
time_ack	~later	0.3179
time_ack	~learn	0.1284
time_ack	~learn a	-0.0335
time_ack	~learn about	-0.0205
time_ack	~learn anyon	-0.0328
time_ack	~learn back	0.1267
time_ack	~learn common	-0.0304
time_ack	~learn for	-0.0319
time_ack	~learn how	-0.0592
time_ack	~learn i	0.1309
time_ack	~learn if	-0.1218
time_ack	~learn in	-0.0574
time_ack	~learn into	-0.0243
time_ack	~learn me	-0.0254
time_ack	~learn more	-0.0396
time_ack	~learn of	-0.0318
time_ack	~learn on	-0.1245
time_ack	~learn out	-0.0547
time_ack	~learn so	-0.0225
time_ack	~learn the	0.4004
time_ack	~learn we	0.2399
time_ack	~learn what	-0.0229
time_ack	~learn with	-0.0444
time_ack	~learn you	0.3051
time_ack	~learn your	0.0326
time_ack	~limit	1.8149
time_ack	~limit at	-0.0511
time_ack	~limit break	0.2461
time_ack	~limit for	0.0932
time_ack	~limit i	0.237
time_ack	~limit is	0.0256
time_ack	~limit left	0.1267
time_ack	~limit or	0.4194
time_ack	~limit so	0.2114
time_ack	~limit to	-0.0638
time_ack	~limit work	-0.0301
time_ack	~number	0.0942
time_ack	~number beginn	-0.0271
time_ack	~number big	-0.0338
time_ack	~number bit	0.2078
time_ack	~number bootcamp	-0.0349
time_ack	~number career	-0.0458
time_ack	~number colleagu	-0.036
time_ack	~number coupl	0.0651
time_ack	~number day	-0.0802
time_ack	~number degre	-0.022
time_ack	~number downsid	-0.0375
time_ack	~number end	-0.0326
time_ack	~number exercis	-0.0234
time_ack	~number extra	0.0542
time_ack	~number favor	-0.0331
time_ack	~number few	0.0322
time_ack	~number field	-0.0667
time_ack	~number good	0.1976
time_ack	~number great	-0.0679
time_ack	~number half	0.1499
time_ack	~number hard	0.5604
time_ack	~number hour	0.1262
time_ack	~number internship	-0.0281
time_ack	~number job	-0.0849
time_ack	~number junior	-0.0269
time_ack	~number line	-0.0238
time_ack	~number link	-0.0279
time_ack	~number lot	-0.0342
time_ack	~number minut	0.5613
time_ack	~number moment	-0.0409
time_ack	~number more	0.3451
time_ack	~number most	-0.0462
time_ack	~number next	-0.0258
time_ack	~number normal	-0.0214
time_ack	~number note	-0.0486
time_ack	~number of	-0.0384
time_ack	~number part	-0.058
time_ack	~number path	-0.0452
time_ack	~number peopl	-0.021
time_ack	~number point	-0.0341
time_ack	~number polici	-0.0239
time_ack	~number portfolio	-0.0418
time_ack	~number program	-0.0251
time_ack	~number project	-0.0404
time_ack	~number question	0.17
time_ack	~number quick	-0.0366
time_ack	~number referr	-0.052
time_ack	~number role	-0.0404
time_ack	~number shall	-0.0355
time_ack	~number short	-0.0334
time_ack	~number student	-0.0244
time_ack	~number switch	-0.0209
time_ack	~number thank	-0.0598
time_ack	~number time	0.0321
time_ack	~number twelv	-0.0869
time_ack	~number typic	-0.051
time_ack	~number week	-0.0416
time_ack	~number work	-0.0331
time_ack	~number year	-0.0913
time_ack	~org	-0.6075
time_ack	~org and	-0.0593
time_ack	~org ever	-0.0409
time_ack	~org project	-0.1311
time_ack	~org to	0.0768
time_ack	~people	-0.4476
time_ack	~people are	-0.0221
time_ack	~people do	-0.0451
time_ack	~people els	-0.0257
time_ack	~people have	-0.0221
time_ack	~people i	-0.0338
time_ack	~people in	-0.0588
time_ack	~people is	-0.0237
time_ack	~people last	0.0296
time_ack	~people who	-0.0564
time_ack	~people would	-0.0312
time_ack	~people you	-0.0463
time_ack	~sendverb	-0.4358
time_ack	~sendverb a	-0.0443
time_ack	~sendverb me	-0.0265
time_ack	~sendverb my	-0.0759
time_ack	~sendverb you	-0.1691
time_ack	~student	-0.4256
time_ack	~student and	0.0416
time_ack	~student at	-0.0312
time_ack	~student i	-0.0374
time_ack	~studyverb	-0.4025
time_ack	~studyverb a	-0.0555
time_ack	~studyverb in	-0.0236
time_ack	~studyverb it	-0.0228
time_ack	~studyverb the	-0.022
time_ack	~studyverb you	-0.1097
time_ack	~talk	-0.3191
time_ack	~talk at	0.0232
time_ack	~talk for	-0.035
time_ack	~talk on	-0.0309
time_ack	~talk out	-0.0558
time_ack	~talk so	-0.0409
time_ack	~talk to	-0.0745
time_ack	~talk with	-0.1111
time_ack	~talk you	-0.2066
time_ack	~timeunit	0.7687
time_ack	~timeunit do	0.0403
time_ack	~timeunit left	0.1267
time_ack	~timeunit so	0.0806
time_ack	~want	0.2346
time_ack	~want about	-0.0249
time_ack	~want appreci	0.0635
time_ack	~want be	-0.0608
time_ack	~want for	-0.0485
time_ack	~want i	-0.0212
time_ack	~want in	-0.0289
time_ack	~want it	-0.0996
time_ack	~want just	-0.0266
time_ack	~want like	-0.0248
time_ack	~want love	-0.0255
time_ack	~want point	-0.0228
time_ack	~want realli	-0.035
time_ack	~want recommend	-0.0718
time_ack	~want suggest	-0.0289
time_ack	~want the	-0.0308
time_ack	~want this	0.1739
time_ack	~want to	0.4252
time_ack	~want want	-0.0659
time_ack	~want you	0.1535
time_ack	~want your	-0.0442
time_ack	~workverb	-0.1681
time_ack	~workverb a	-0.0244
time_ack	~workverb at	-0.0415
time_ack	~workverb common	-0.0304
time_ack	~workverb in	-0.0817
time_ack	~workverb program	-0.0258
time_ack	~workverb six	-0.0243
time_ack	~workverb the	-0.0242
time_ack	~workverb with	-0.0311
wrap_up	*	-0.5633
wrap_up	10	-0.1366
wrap_up	20	-0.0668
wrap_up	20 minut	-0.0668
wrap_up	20 ~limit	-0.0668
wrap_up	20 ~timeunit	-0.0668
wrap_up	?	-2.1048
wrap_up	^alright	0.6189
wrap_up	^ani	-0.0835
wrap_up	^anyway	0.0675
wrap_up	^are	-0.2135
wrap_up	^can	-0.1637
wrap_up	^cheer	-0.0564
wrap_up	^could	-0.0692
wrap_up	^current	-0.0224
wrap_up	^did	-0.0232
wrap_up	^do	-0.2974
wrap_up	^doe	-0.0342
wrap_up	^great	0.2598
wrap_up	^happi	-0.0303
wrap_up	^have	0.7147
wrap_up	^hi	-0.0871
wrap_up	^honest	-0.02
wrap_up	^how	-0.3399
wrap_up	^i	-0.0232
wrap_up	^if	-0.0642
wrap_up	^is	-0.3268
wrap_up	^just	-0.0429
wrap_up	^let	0.205
wrap_up	^love	-0.0646
wrap_up	^mind	-0.1064
wrap_up	^my	-0.0703
wrap_up	^no	0.1936
wrap_up	^oh	-0.1667
wrap_up	^ok	0.3917
wrap_up	^pleas	-0.045
wrap_up	^right	0.1481
wrap_up	^should	-0.0266
wrap_up	^sorri	-0.1683
wrap_up	^tell	-0.0209
wrap_up	^thank	-0.3694
wrap_up	^that	0.4845
wrap_up	^this	-0.0248
wrap_up	^walk	-0.0582
wrap_up	^was	-0.0388
wrap_up	^we	-0.2873
wrap_up	^well	0.1607
wrap_up	^what	-0.6299
wrap_up	^where	-0.0979
wrap_up	^whi	-0.0311
wrap_up	^which	-0.136
wrap_up	^who	-0.0797
wrap_up	^would	-0.0619
wrap_up	^yeah	-0.0979
wrap_up	a	-0.35
wrap_up	a career	-0.0306
wrap_up	a coupl	-0.05
wrap_up	a coupl more	-0.0395
wrap_up	a few	-0.0386
wrap_up	a great	0.3441
wrap_up	a job	-0.0308
wrap_up	a line	-0.0393
wrap_up	a line onc	-0.0393
wrap_up	a lot	-0.0692
wrap_up	a project	-0.0311
wrap_up	a quick	-0.0414
wrap_up	a referr	-0.0223
wrap_up	a shall	-0.0219
wrap_up	a short	-0.0734
wrap_up	a thank	0.0261
wrap_up	a thank you	0.0261
wrap_up	a typic	-0.0525
wrap_up	a typic week	-0.0367
wrap_up	a ~degree	-0.0473
wrap_up	a ~job	-0.0481
wrap_up	a ~number	-0.0885
wrap_up	a ~student	-0.0764
wrap_up	abil	-0.032
wrap_up	about	-0.1625
wrap_up	about consult	-0.0661
wrap_up	about five	-0.0289
wrap_up	about five minut	-0.0275
wrap_up	about it	0.091
wrap_up	about me	-0.0385
wrap_up	about the	-0.1268
wrap_up	about what	-0.0226
wrap_up	about your	-0.0424
wrap_up	about ~job	-0.0286
wrap_up	about ~number	-0.1629
wrap_up	academia	-0.0547
wrap_up	actual	-0.0888
wrap_up	advic	-0.0693
wrap_up	after	-0.0834
wrap_up	after the	-0.0693
wrap_up	after ~number	-0.0887
wrap_up	afternoon	0.0275
wrap_up	agre	-0.0856
wrap_up	all	0.668
wrap_up	all i	0.1248
wrap_up	all my	0.1867
wrap_up	all my question	0.1867
wrap_up	all right	-0.0429
wrap_up	all the	0.5752
wrap_up	all ~number	0.5752
wrap_up	almost	-0.0633
wrap_up	almost out	-0.0633
wrap_up	almost out of	-0.0633
wrap_up	along	-0.0212
wrap_up	alreadi	-0.1961
wrap_up	alright	0.6083
wrap_up	alright i	0.287
wrap_up	am	-0.549
wrap_up	am a	-0.0513
wrap_up	am curious	-0.0282
wrap_up	am go	-0.0203
wrap_up	am go to	-0.0203
wrap_up	am here	-0.0485
wrap_up	am not	-0.0615
wrap_up	am tri	-0.0251
wrap_up	am tri to	-0.0251
wrap_up	am ~number	-0.0513
wrap_up	am ~want	-0.1694
wrap_up	an	-0.1172
wrap_up	analyst	-0.0799
wrap_up	and	-0.1603
wrap_up	and i	0.1074
wrap_up	and i have	-0.0324
wrap_up	and i will	0.158
wrap_up	and ~want	-0.0261
wrap_up	ani	0.5345
wrap_up	ani more	0.3722
wrap_up	ani more of	0.1372
wrap_up	ani podcast	-0.0369
wrap_up	ani podcast or	-0.0369
wrap_up	ani way	-0.0316
wrap_up	ani way i	-0.0316
wrap_up	ani ~job	-0.0214
wrap_up	anyon	-0.0777
wrap_up	anyon els	-0.0538
wrap_up	anyth	-0.1712
wrap_up	anyth i	-0.0347
wrap_up	anyth i can	-0.0279
wrap_up	anyth on	-0.0261
wrap_up	anyth you	-0.0301
wrap_up	anyway	0.0675
wrap_up	anyway i	0.0675
wrap_up	app	-0.0222
wrap_up	appli	-0.0395
wrap_up	applic	-0.034
wrap_up	appreci	-0.1857
wrap_up	appreci you	-0.0809
wrap_up	are	0.0526
wrap_up	are almost	-0.0633
wrap_up	are almost out	-0.0633
wrap_up	are right	0.1073
wrap_up	are right at	0.1073
wrap_up	are there	-0.1684
wrap_up	are there ani	-0.0635
wrap_up	are you	-0.0753
wrap_up	are ~number	-0.0234
wrap_up	are ~workverb	-0.0423
wrap_up	articl	-0.0811
wrap_up	articl i	-0.0426
wrap_up	articl i mention	-0.0426
wrap_up	as	-0.0781
wrap_up	as a	-0.0244
wrap_up	as ~number	-0.0271
wrap_up	ask	0.0483
wrap_up	ask about	-0.0278
wrap_up	ask for	-0.0219
wrap_up	ask you	-0.0352
wrap_up	ask you to	-0.0229
wrap_up	associ	-0.0413
wrap_up	at	-0.1847
wrap_up	at a	-0.0478
wrap_up	at that	0.1058
wrap_up	at the	-0.114
wrap_up	at your	-0.0308
wrap_up	at ~number	-0.2072
wrap_up	averag	-0.0265
wrap_up	back	0.2098
wrap_up	back to	0.2404
wrap_up	back to your	0.1677
wrap_up	background	-0.0202
wrap_up	bank	-0.0488
wrap_up	be	-0.4199
wrap_up	be use	-0.0275
wrap_up	be use to	-0.0248
wrap_up	be ~help	-0.0275
wrap_up	be ~talk	-0.0274
wrap_up	becom	-0.0287
wrap_up	becom ~number	-0.0287
wrap_up	been	-0.0777
wrap_up	befor	-0.0396
wrap_up	beginn	-0.0206
wrap_up	between	-0.0902
wrap_up	beyond	-0.0271
wrap_up	biggest	-0.0798
wrap_up	bit	-0.0271
wrap_up	book	-0.0544
wrap_up	book or	-0.0222
wrap_up	bootcamp	-0.0941
wrap_up	but i	0.0794
wrap_up	but i have	-0.0233
wrap_up	by	-0.0389
wrap_up	by email	-0.0365
wrap_up	by ~contactverb	-0.0365
wrap_up	by ~sendverb	-0.0365
wrap_up	by ~talk	-0.0365
wrap_up	call	0.0876
wrap_up	can	0.1098
wrap_up	can be	-0.0285
wrap_up	can do	-0.0253
wrap_up	can ever	-0.0272
wrap_up	can ever help	-0.0272
wrap_up	can i	-0.1039
wrap_up	can i learn	-0.0251
wrap_up	can nurs	-0.0215
wrap_up	can see	0.0337
wrap_up	can see we	0.0903
wrap_up	can we	-0.0252
wrap_up	can you	-0.0607
wrap_up	can you walk	-0.0211
wrap_up	can ~help	-0.0522
wrap_up	can ~learn	0.1079
wrap_up	care	0.9955
wrap_up	career	-0.2879
wrap_up	certif	-0.0201
wrap_up	chanc	-0.0252
wrap_up	chang	-0.1044
wrap_up	chat	-0.0288
wrap_up	cheer	-0.0564
wrap_up	citi	-0.0233
wrap_up	civil	-0.0232
wrap_up	civil engin	-0.0232
wrap_up	clinic	-0.0478
wrap_up	colleagu	-0.0618
wrap_up	come	-0.0339
wrap_up	communiti	-0.038
wrap_up	compani	-0.0535
wrap_up	connect	-0.1478
wrap_up	connect with	-0.1163
wrap_up	connect with you	-0.0581
wrap_up	conscious	-0.022
wrap_up	consult	-0.0823
wrap_up	context	-0.1277
wrap_up	could	-0.1895
wrap_up	could i	-0.0356
wrap_up	could you	-0.0545
wrap_up	could ~sendverb	-0.0234
wrap_up	coupl	-0.05
wrap_up	coupl more	-0.0395
wrap_up	cours	-0.2314
wrap_up	cover	0.1579
wrap_up	cover everyth	0.1579
wrap_up	credit	-0.0373
wrap_up	curious	-0.0543
wrap_up	curious about	-0.0472
wrap_up	current	-0.0243
wrap_up	dashboard	-0.0405
wrap_up	data	-0.2207
wrap_up	data scienc	-0.059
wrap_up	data scientist	-0.0292
wrap_up	day	0.3142
wrap_up	decid	-0.0845
wrap_up	decid between	-0.0573
wrap_up	definit	-0.0472
wrap_up	degre	-0.0768
wrap_up	describ	-0.0232
wrap_up	design	-0.1427
wrap_up	develop	-0.0281
wrap_up	did	-0.1257
wrap_up	did it	-0.0209
wrap_up	did you	-0.0688
wrap_up	differ	-0.0371
wrap_up	director	-0.0234
wrap_up	do	-0.2548
wrap_up	do not	-0.0898
wrap_up	do not have	0.1248
wrap_up	do not want	-0.0827
wrap_up	do peopl	-0.0205
wrap_up	do you	0.1168
wrap_up	do you have	-0.0447
wrap_up	do you think	-0.0214
wrap_up	do ~people	-0.0205
wrap_up	doe	0.125
wrap_up	doe a	-0.0341
wrap_up	doe it	0.2973
wrap_up	doe your	-0.0611
wrap_up	doe ~number	-0.0401
wrap_up	done	0.0337
wrap_up	down	-0.0403
wrap_up	drop	-0.0428
wrap_up	drop you	-0.0393
wrap_up	drop you a	-0.0393
wrap_up	eat	-0.067
wrap_up	eat into	-0.067
wrap_up	eat into your	-0.067
wrap_up	els	-0.0969
wrap_up	els should	-0.0295
wrap_up	els should i	-0.0295
wrap_up	email tonight	-0.0453
wrap_up	email you	0.0567
wrap_up	end up	-0.1849
wrap_up	engin	-0.0736
wrap_up	entri	-0.0295
wrap_up	entri level	-0.0295
wrap_up	evening	-0.0702
wrap_up	ever	-0.0942
wrap_up	ever help	-0.0452
wrap_up	ever ~help	-0.0272
wrap_up	everyth	0.7254
wrap_up	everyth i	0.2699
wrap_up	everyth i want	0.1496
wrap_up	everyth on	0.2305
wrap_up	everyth on my	0.2305
wrap_up	exam	0.0912
wrap_up	experi	-0.1174
wrap_up	far	-0.024
wrap_up	favor	-0.0213
wrap_up	feel	-0.0219
wrap_up	few	-0.0413
wrap_up	field	-0.1373
wrap_up	figur	-0.0268
wrap_up	figur out	-0.0268
wrap_up	final	-0.0625
wrap_up	find	-0.0215
wrap_up	finish	-0.2755
wrap_up	finish a	-0.0334
wrap_up	finish ~number	-0.0519
wrap_up	firm	-0.0259
wrap_up	first	-0.0463
wrap_up	first year	-0.0271
wrap_up	first ~duration	-0.0271
wrap_up	fit	-0.0235
wrap_up	fit me	-0.0235
wrap_up	five	-0.0439
wrap_up	five minut	-0.0275
wrap_up	five minut left	-0.0275
wrap_up	five ~limit	-0.0275
wrap_up	five ~timeunit	-0.0275
wrap_up	focus	-0.0559
wrap_up	follow	-0.1828
wrap_up	follow up	-0.1406
wrap_up	follow up by	-0.0365
wrap_up	follow up with	-0.0827
wrap_up	for	-0.2718
wrap_up	for a	-0.0742
wrap_up	for data	-0.0224
wrap_up	for me	0.3097
wrap_up	for the	-0.0371
wrap_up	for this	-0.0567
wrap_up	for today	0.1252
wrap_up	for you	-0.0316
wrap_up	for your	0.1113
wrap_up	for ~number	-0.1334
wrap_up	for ~people	-0.0211
wrap_up	found	-0.0677
wrap_up	free	-0.0276
wrap_up	from	0.519
wrap_up	from me	0.4777
wrap_up	from my	0.209
wrap_up	game	-0.0942
wrap_up	game design	-0.0235
wrap_up	get	0.2796
wrap_up	get back	0.3104
wrap_up	get back to	0.3104
wrap_up	get into	-0.0301
wrap_up	get on	0.1161
wrap_up	get on with	0.1161
wrap_up	get your	-0.0354
wrap_up	get ~number	-0.0205
wrap_up	give	0.0339
wrap_up	go	0.2898
wrap_up	go on	-0.0912
wrap_up	go to	-0.0395
wrap_up	go to send	-0.0203
wrap_up	goal	-0.0241
wrap_up	goe	-0.1522
wrap_up	good	-0.1393
wrap_up	good at	-0.0204
wrap_up	good ~limit	-0.0592
wrap_up	got	0.1659
wrap_up	got a	0.1028
wrap_up	got about	-0.0275
wrap_up	got about five	-0.0275
wrap_up	got ~number	0.0984
wrap_up	grad	-0.0287
wrap_up	graduat	-0.0302
wrap_up	grant	-0.031
wrap_up	grate	-0.0216
wrap_up	great	0.5834
wrap_up	great well	0.2598
wrap_up	guy	-0.0637
wrap_up	had	0.363
wrap_up	half	-0.051
wrap_up	happi	-0.1248
wrap_up	happi to	-0.0395
wrap_up	happi to help	-0.0288
wrap_up	hard	-0.0779
wrap_up	has	-0.0229
wrap_up	have	0.7911
wrap_up	have a	0.6574
wrap_up	have a few	-0.0207
wrap_up	have ani	0.162
wrap_up	have ask	0.0485
wrap_up	have been	-0.0574
wrap_up	have got	0.2977
wrap_up	have read	-0.0662
wrap_up	have ~insight	-0.0662
wrap_up	have ~number	0.5059
wrap_up	have ~workverb	-0.0654
wrap_up	head	-0.0235
wrap_up	health	-0.0335
wrap_up	hear	-0.0963
wrap_up	help	-0.3102
wrap_up	help i	0.0424
wrap_up	help with	-0.0488
wrap_up	help with anyth	-0.0405
wrap_up	help you	-0.0325
wrap_up	here	0.8291
wrap_up	here to	-0.0309
wrap_up	hi	-0.0871
wrap_up	hire	-0.0494
wrap_up	honest	-0.2112
wrap_up	honest ~insight	-0.0345
wrap_up	hope	-0.0251
wrap_up	hour	-0.0727
wrap_up	hous	-0.0321
wrap_up	how	-0.5713
wrap_up	how did	-0.0489
wrap_up	how did you	-0.0388
wrap_up	how do	-0.081
wrap_up	how do you	-0.0509
wrap_up	how doe	-0.0281
wrap_up	how is	-0.0551
wrap_up	how it	0.0343
wrap_up	how it went	0.0343
wrap_up	how long	-0.0314
wrap_up	how long doe	-0.0257
wrap_up	how much	-0.0236
wrap_up	how the	-0.1558
wrap_up	how you	-0.0765
wrap_up	how ~help	-0.081
wrap_up	how ~number	-0.1558
wrap_up	how ~studyverb	-0.0489
wrap_up	i	0.181
wrap_up	i am	-0.549
wrap_up	i am a	-0.0513
wrap_up	i am curious	-0.0282
wrap_up	i am go	-0.0203
wrap_up	i am here	-0.0485
wrap_up	i am not	-0.0615
wrap_up	i am tri	-0.0251
wrap_up	i be	-0.039
wrap_up	i can	-0.0717
wrap_up	i can be	-0.0285
wrap_up	i can do	-0.0253
wrap_up	i can ever	-0.0272
wrap_up	i can see	0.0337
wrap_up	i could	-0.0727
wrap_up	i do	-0.0454
wrap_up	i follow	-0.0482
wrap_up	i follow up	-0.0482
wrap_up	i had	0.3881
wrap_up	i have	-0.1065
wrap_up	i have been	-0.0535
wrap_up	i have got	0.2437
wrap_up	i have read	-0.0662
wrap_up	i just	-0.028
wrap_up	i know this	-0.0485
wrap_up	i know we	-0.0464
wrap_up	i know you	0.127
wrap_up	i learn	-0.0411
wrap_up	i learn more	-0.0251
wrap_up	i mention	-0.0811
wrap_up	i need	0.1053
wrap_up	i reach	-0.0441
wrap_up	i reach out	-0.0369
wrap_up	i read	-0.0209
wrap_up	i realli	-0.0986
wrap_up	i realli appreci	-0.0917
wrap_up	i send	-0.0368
wrap_up	i send you	-0.0279
wrap_up	i should	0.2645
wrap_up	i should talk	-0.0408
wrap_up	i talk	-0.0232
wrap_up	i talk to	-0.0232
wrap_up	i think	0.761
wrap_up	i think i	0.1954
wrap_up	i think that	0.219
wrap_up	i think we	0.3538
wrap_up	i want	-0.0234
wrap_up	i was	-0.0671
wrap_up	i will	0.8221
wrap_up	i will be	-0.1037
wrap_up	i will definit	-0.0404
wrap_up	i will drop	-0.0393
wrap_up	i will keep	-0.1264
wrap_up	i will leav	0.2459
wrap_up	i will let	0.2993
wrap_up	i will not	0.5981
wrap_up	i will sign	0.2606
wrap_up	i will stop	0.4374
wrap_up	i will wrap	0.2642
wrap_up	i would	-0.1838
wrap_up	i would be	-0.0236
wrap_up	i would love	-0.0779
wrap_up	i would realli	-0.0219
wrap_up	i ~contactverb	-0.0298
wrap_up	i ~help	-0.0654
wrap_up	i ~insight	-0.0296
wrap_up	i ~learn	-0.0747
wrap_up	i ~sendverb	-0.0435
wrap_up	i ~studyverb	-0.043
wrap_up	i ~talk	-0.0856
wrap_up	i ~want	-0.33
wrap_up	idea	-0.1438
wrap_up	if	-0.3678
wrap_up	if i	-0.1621
wrap_up	if i can	-0.0531
wrap_up	if i follow	-0.0365
wrap_up	if i have	-0.0226
wrap_up	if it	-0.0259
wrap_up	if that	-0.0484
wrap_up	if that is	-0.0457
wrap_up	if there	-0.0342
wrap_up	if there is	-0.033
wrap_up	if you	-0.0543
wrap_up	import	-0.0816
wrap_up	in	-0.686
wrap_up	in a	-0.0291
wrap_up	in the	-0.0317
wrap_up	in this	-0.0249
wrap_up	in touch	-0.081
wrap_up	in your	-0.0575
wrap_up	in ~contactverb	-0.0816
wrap_up	in ~number	-0.068
wrap_up	industri	-0.0759
wrap_up	inform	-0.0317
wrap_up	interest	-0.1587
wrap_up	internship	-0.081
wrap_up	interview	-0.0255
wrap_up	into	-0.2337
wrap_up	into your	-0.067
wrap_up	introduct	-0.1126
wrap_up	is	-0.4134
wrap_up	is a	-0.049
wrap_up	is all	0.2144
wrap_up	is all i	0.1248
wrap_up	is ever	-0.0258
wrap_up	is everyth	0.5794
wrap_up	is everyth i	0.1815
wrap_up	is help	-0.1484
wrap_up	is it	0.1193
wrap_up	is it ok	-0.0405
wrap_up	is not	-0.0251
wrap_up	is part	-0.0317
wrap_up	is realli	-0.145
wrap_up	is super	-0.1716
wrap_up	is the	-0.0821
wrap_up	is there	-0.1853
wrap_up	is there a	-0.0328
wrap_up	is there ani	-0.0223
wrap_up	is there anyon	-0.0362
wrap_up	is there anyth	-0.072
wrap_up	is to	-0.0253
wrap_up	is to understand	-0.0207
wrap_up	is your	-0.0847
wrap_up	is ~number	-0.1354
wrap_up	is ~want	-0.1594
wrap_up	it	0.7837
wrap_up	it for	0.3131
wrap_up	it from	0.5407
wrap_up	it hard	-0.0293
wrap_up	it is	-0.0653
wrap_up	it ok	-0.0405
wrap_up	it ok if	-0.0405
wrap_up	it take	-0.0305
wrap_up	it there	0.2519
wrap_up	it there for	0.1252
wrap_up	it went	0.0343
wrap_up	it ~insight	-0.0305
wrap_up	it ~want	0.1214
wrap_up	job	-0.1596
wrap_up	job ask	-0.0284
wrap_up	jump	-0.1059
wrap_up	junior	-0.0253
wrap_up	just	-0.1554
wrap_up	just ~want	-0.0486
wrap_up	keep	-0.1043
wrap_up	keep you	0.1112
wrap_up	keep you post	-0.1648
wrap_up	kept	-0.1242
wrap_up	kept you	-0.1242
wrap_up	kind	-0.0901
wrap_up	kind of	-0.087
wrap_up	know	-0.3033
wrap_up	know how	-0.0309
wrap_up	know how the	-0.1316
wrap_up	know i	-0.0221
wrap_up	know i am	-0.0221
wrap_up	know if	-0.0527
wrap_up	know if i	-0.0277
wrap_up	know this	-0.0485
wrap_up	know this is	-0.0485
wrap_up	know we	-0.0464
wrap_up	know we are	-0.045
wrap_up	know you	0.127
wrap_up	know you have	0.1981
wrap_up	last	0.2056
wrap_up	last question	0.3105
wrap_up	last week	-0.0564
wrap_up	last year	-0.023
wrap_up	last ~closing	-0.0564
wrap_up	last ~duration	-0.023
wrap_up	late	0.1092
wrap_up	later	0.0649
wrap_up	lead	-0.0277
wrap_up	learn	-0.1238
wrap_up	learn more	-0.0266
wrap_up	learn more about	-0.0266
wrap_up	leav	0.435
wrap_up	leav it	0.3679
wrap_up	leav it there	0.2519
wrap_up	left	-0.1622
wrap_up	left right	-0.1453
wrap_up	let	0.8214
wrap_up	let me	-0.0533
wrap_up	let me know	-0.0533
wrap_up	let us	0.2194
wrap_up	let us leav	0.2332
wrap_up	let you	0.6554
wrap_up	let you get	0.3523
wrap_up	let you go	0.5738
wrap_up	let you know	-0.2046
wrap_up	level	-0.0344
wrap_up	level ~job	-0.0282
wrap_up	like	0.0971
wrap_up	like for	-0.0337
wrap_up	like ~number	-0.1484
wrap_up	line	-0.0413
wrap_up	line onc	-0.0393
wrap_up	line onc i	-0.0393
wrap_up	linkedin	-0.1519
wrap_up	list	0.1245
wrap_up	long	-0.044
wrap_up	long doe	-0.0257
wrap_up	longer	0.2027
wrap_up	look	0.328
wrap_up	look like	0.3667
wrap_up	look like for	-0.0227
wrap_up	lot	-0.0692
wrap_up	love	0.174
wrap_up	love to	-0.1209
wrap_up	love to stay	-0.0454
wrap_up	lunch	-0.0215
wrap_up	made	-0.0406
wrap_up	main	-0.0371
wrap_up	make	-0.2771
wrap_up	make game	-0.023
wrap_up	make sens	-0.1997
wrap_up	make ~insight	-0.1997
wrap_up	make ~number	-0.0278
wrap_up	manag	-0.1475
wrap_up	master	-0.0239
wrap_up	matter	-0.054
wrap_up	matter most	-0.0203
wrap_up	may	-0.0271
wrap_up	me	0.3652
wrap_up	me about	-0.0301
wrap_up	me i	-0.0203
wrap_up	me in	-0.0494
wrap_up	me know	-0.0533
wrap_up	me know if	-0.0504
wrap_up	me through	-0.0812
wrap_up	me through a	-0.0591
wrap_up	me through what	-0.0221
wrap_up	me when	-0.0348
wrap_up	me ~learn	-0.0581
wrap_up	meet you	-0.0958
wrap_up	mention	-0.1114
wrap_up	mention the	-0.0231
wrap_up	mention ~number	-0.0231
wrap_up	mentor	-0.0313
wrap_up	might	-0.0947
wrap_up	mind	-0.1806
wrap_up	mind of	-0.0618
wrap_up	minut	-0.0681
wrap_up	minut left	-0.1622
wrap_up	minut left right	-0.1453
wrap_up	minut so	-0.1529
wrap_up	minut so i	-0.1516
wrap_up	moment	-0.0225
wrap_up	month	-0.0265
wrap_up	more	0.5095
wrap_up	more about	-0.0404
wrap_up	more minut	-0.0223
wrap_up	more of	0.1372
wrap_up	more of your	0.1372
wrap_up	more question	0.4589
wrap_up	more ~limit	-0.0223
wrap_up	more ~timeunit	-0.0223
wrap_up	morn	-0.0388
wrap_up	most	-0.2234
wrap_up	most in	-0.0244
wrap_up	most of	-0.0202
wrap_up	move	-0.0446
wrap_up	move into	-0.031
wrap_up	much	-0.1483
wrap_up	much for	-0.0594
wrap_up	much of	-0.1567
wrap_up	much of your	-0.1545
wrap_up	much this	0.1834
wrap_up	much this was	0.212
wrap_up	my	0.3052
wrap_up	my career	-0.1076
wrap_up	my list	0.2305
wrap_up	my question	0.1347
wrap_up	my resum	-0.0495
wrap_up	my ~application	-0.0567
wrap_up	my ~degree	-0.0294
wrap_up	my ~student	-0.0329
wrap_up	name	-0.0259
wrap_up	need	-0.0848
wrap_up	need a	-0.0221
wrap_up	need to	-0.0551
wrap_up	need ~number	-0.0238
wrap_up	network	-0.0365
wrap_up	never	-0.0648
wrap_up	new	-0.0542
wrap_up	newslett	-0.0354
wrap_up	next	0.066
wrap_up	next step	-0.0224
wrap_up	night	-0.0432
wrap_up	no	0.0634
wrap_up	nonprofit	-0.0377
wrap_up	not	0.3389
wrap_up	not have	0.1248
wrap_up	not want	-0.0827
wrap_up	not want to	-0.0827
wrap_up	not ~want	-0.1259
wrap_up	note	-0.0403
wrap_up	now	0.1983
wrap_up	now ~studyverb	-0.0344
wrap_up	nurs	-0.1781
wrap_up	nurs chang	-0.024
wrap_up	of	-0.2389
wrap_up	of a	-0.0268
wrap_up	of the	-0.1077
wrap_up	of the time	-0.0627
wrap_up	of time	-0.0651
wrap_up	of your	0.25
wrap_up	of your afternoon	-0.033
wrap_up	of your time	-0.0325
wrap_up	of ~limit	-0.0651
wrap_up	of ~number	-0.1362
wrap_up	off	0.2511
wrap_up	oh	-0.1667
wrap_up	ok	0.1425
wrap_up	ok for	-0.0215
wrap_up	ok i	0.2709
wrap_up	ok i think	0.1683
wrap_up	ok if	-0.0415
wrap_up	ok if i	-0.0415
wrap_up	ok that	0.1907
wrap_up	ok that is	0.1907
wrap_up	on	-0.154
wrap_up	on a	-0.0417
wrap_up	on how	-0.0257
wrap_up	on how the	-0.0236
wrap_up	on linkedin	-0.1474
wrap_up	on my	0.1726
wrap_up	on my list	0.2305
wrap_up	on the	-0.0521
wrap_up	on whether	-0.0337
wrap_up	on with	0.1161
wrap_up	on with your	0.1161
wrap_up	on your	-0.0636
wrap_up	on your team	-0.0225
wrap_up	on ~number	-0.1005
wrap_up	onc	-0.0507
wrap_up	onc i	-0.042
wrap_up	onc i have	-0.042
wrap_up	onli	-0.1635
wrap_up	onli have	-0.1516
wrap_up	onlin	-0.0902
wrap_up	open	-0.1106
wrap_up	option	-0.0254
wrap_up	or	-0.2862
wrap_up	or newslett	-0.0354
wrap_up	other	-0.0392
wrap_up	our	0.4593
wrap_up	out	-0.2276
wrap_up	out again	-0.0232
wrap_up	out of	-0.0802
wrap_up	out of time	-0.0651
wrap_up	out ~later	-0.0232
wrap_up	over	-0.1018
wrap_up	over ~number	-0.022
wrap_up	pack	0.1919
wrap_up	part	-0.0628
wrap_up	part of	-0.0509
wrap_up	pass	-0.0448
wrap_up	past	-0.0397
wrap_up	path	-0.0466
wrap_up	patient	-0.025
wrap_up	peopl	-0.1332
wrap_up	peopl you	-0.0258
wrap_up	perspect	-0.0408
wrap_up	pharmaci	-0.03
wrap_up	pick	-0.2645
wrap_up	place	-0.1029
wrap_up	plan	-0.1279
wrap_up	pleas	-0.0512
wrap_up	pleas let	-0.0364
wrap_up	pleas let me	-0.0364
wrap_up	podcast	-0.0463
wrap_up	podcast or	-0.0385
wrap_up	point	-0.046
wrap_up	polici	-0.1003
wrap_up	portfolio	-0.0968
wrap_up	posit	-0.028
wrap_up	post	-0.1717
wrap_up	post on	-0.0252
wrap_up	pretti	-0.0241
wrap_up	product	-0.0201
wrap_up	profess	-0.0606
wrap_up	profess i	-0.0552
wrap_up	profession	-0.032
wrap_up	program	-0.0951
wrap_up	project	-0.1789
wrap_up	promis	-0.0329
wrap_up	public	-0.0385
wrap_up	python	-0.0889
wrap_up	question	1.4068
wrap_up	question ~later	-0.0234
wrap_up	quick	-0.0954
wrap_up	reach	-0.0601
wrap_up	reach out	-0.0502
wrap_up	reach out again	-0.0232
wrap_up	read	-0.0977
wrap_up	read ~number	-0.0662
wrap_up	realli	-0.222
wrap_up	realli appreci	-0.0967
wrap_up	realli ~want	-0.1155
wrap_up	recommend	-0.0863
wrap_up	recommend i	-0.0233
wrap_up	recruit	-0.0252
wrap_up	referr	-0.0254
wrap_up	report	-0.0435
wrap_up	research	-0.0965
wrap_up	rest	0.3205
wrap_up	rest of	0.3205
wrap_up	resum	-0.0495
wrap_up	return	-0.0353
wrap_up	return the	-0.0244
wrap_up	return the favor	-0.0213
wrap_up	return ~number	-0.0244
wrap_up	review	-0.0753
wrap_up	right	-0.0846
wrap_up	right at	0.1073
wrap_up	right now	-0.0509
wrap_up	risk	-0.0252
wrap_up	role	-0.0788
wrap_up	run	-0.0561
wrap_up	said	-0.077
wrap_up	sam	-0.055
wrap_up	same	-0.1496
wrap_up	say	-0.0595
wrap_up	school	-0.0281
wrap_up	scienc	-0.059
wrap_up	scientist	-0.0292
wrap_up	see the	-0.0584
wrap_up	see we	0.0903
wrap_up	see we are	0.0903
wrap_up	see ~number	-0.0584
wrap_up	send	-0.086
wrap_up	send a	0.0509
wrap_up	send you	-0.0972
wrap_up	send you my	-0.0239
wrap_up	send ~number	0.0509
wrap_up	sens	-0.1997
wrap_up	shall	-0.0457
wrap_up	share	-0.1448
wrap_up	share the	-0.0338
wrap_up	share what	-0.024
wrap_up	share ~number	-0.0338
wrap_up	shift	-0.0371
wrap_up	short	-0.1284
wrap_up	should	0.1071
wrap_up	should i	-0.1265
wrap_up	should i be	-0.0349
wrap_up	should talk	-0.0408
wrap_up	should talk to	-0.0408
wrap_up	should ~talk	-0.0652
wrap_up	side	0.2886
wrap_up	sign	0.2606
wrap_up	sign off	0.2606
wrap_up	sinc	-0.0235
wrap_up	skill	-0.0356
wrap_up	so	-0.1335
wrap_up	so far	-0.024
wrap_up	so i	-0.2595
wrap_up	so i am	-0.0333
wrap_up	so i will	-0.1985
wrap_up	so just	-0.0384
wrap_up	so much	0.2731
wrap_up	so much for	-0.0594
wrap_up	so much this	0.1834
wrap_up	so you	0.1334
wrap_up	so you can	0.0559
wrap_up	so ~want	-0.0384
wrap_up	some	-0.1116
wrap_up	some ~insight	-0.0201
wrap_up	someon	-0.0639
wrap_up	sorri	-0.2505
wrap_up	sorri i	-0.0584
wrap_up	sorri i know	-0.0584
wrap_up	sorri my	-0.0254
wrap_up	sound	-0.1917
wrap_up	specialti	-0.0255
wrap_up	spent	-0.0225
wrap_up	staff	-0.0286
wrap_up	start	-0.0362
wrap_up	stay	-0.0967
wrap_up	stay in	-0.0627
wrap_up	stay in touch	-0.0606
wrap_up	step	-0.0324
wrap_up	still	-0.1082
wrap_up	stop	0.8325
wrap_up	stop there	0.6116
wrap_up	student	-0.0482
wrap_up	studi	-0.0209
wrap_up	studio	-0.0265
wrap_up	such	-0.0905
wrap_up	such a	-0.0905
wrap_up	such ~number	-0.0905
wrap_up	suggest	-0.0468
wrap_up	suit	-0.055
wrap_up	suit me	-0.0295
wrap_up	summari	-0.0217
wrap_up	summari of	-0.0217
wrap_up	summari of the	-0.0217
wrap_up	summer	-0.0719
wrap_up	super	-0.1901
wrap_up	survey	-0.0862
wrap_up	switch	-0.0356
wrap_up	take	0.8834
wrap_up	take on	-0.0431
wrap_up	take up	-0.0285
wrap_up	take up ani	0.1372
wrap_up	talk	-0.1393
wrap_up	talk to	-0.1076
wrap_up	talk with	-0.0201
wrap_up	talk with me	-0.0201
wrap_up	teach	-0.0394
wrap_up	team	-0.1689
wrap_up	technician	-0.0203
wrap_up	tell	-0.1103
wrap_up	tell me	-0.0364
wrap_up	tell me about	-0.0301
wrap_up	tell you	-0.0724
wrap_up	test	-0.0418
wrap_up	than	-0.1416
wrap_up	thank	-0.1775
wrap_up	thank again	0.0245
wrap_up	thank so	0.0654
wrap_up	thank so much	0.0654
wrap_up	thank to	-0.0552
wrap_up	thank you	-0.1677
wrap_up	thank you email	0.0619
wrap_up	thank you for	-0.0849
wrap_up	thank you note	-0.0798
wrap_up	thank you so	0.2077
wrap_up	thank ~later	0.0245
wrap_up	thank ~number	-0.0389
wrap_up	that	0.5929
wrap_up	that cover	0.1579
wrap_up	that cover everyth	0.1579
wrap_up	that is	0.4999
wrap_up	that is all	0.2144
wrap_up	that is everyth	0.5794
wrap_up	that is realli	-0.1333
wrap_up	that is super	-0.1716
wrap_up	that make	-0.1307
wrap_up	that make sens	-0.1307
wrap_up	that ~want	-0.0726
wrap_up	the	-0.7937
wrap_up	the articl	-0.0426
wrap_up	the articl i	-0.0426
wrap_up	the bootcamp	-0.0682
wrap_up	the favor	-0.0213
wrap_up	the field	-0.0582
wrap_up	the job	-0.0251
wrap_up	the most	-0.0279
wrap_up	the point	-0.0255
wrap_up	the portfolio	-0.0859
wrap_up	the time	-0.0758
wrap_up	the ~degree	-0.1119
wrap_up	the ~job	-0.0296
wrap_up	the ~limit	-0.0862
wrap_up	the ~number	-0.08
wrap_up	the ~org	-0.0218
wrap_up	the ~people	-0.0208
wrap_up	the ~student	-0.0315
wrap_up	there	0.5204
wrap_up	there a	-0.0328
wrap_up	there ani	-0.0857
wrap_up	there anyon	-0.0362
wrap_up	there anyon els	-0.0362
wrap_up	there anyth	-0.072
wrap_up	there anyth i	-0.0256
wrap_up	there anyth you	-0.0301
wrap_up	there for	0.1156
wrap_up	there for today	0.1252
wrap_up	there is	-0.0342
wrap_up	there so	0.2216
wrap_up	there so you	0.2216
wrap_up	there ~number	-0.0353
wrap_up	there ~people	-0.0447
wrap_up	these	-0.049
wrap_up	these day	-0.0441
wrap_up	thing	-0.0295
wrap_up	think	0.6228
wrap_up	think about	-0.0382
wrap_up	think i	0.1451
wrap_up	think i have	0.1767
wrap_up	think i should	-0.043
wrap_up	think of	-0.0373
wrap_up	think that	0.2143
wrap_up	think that cover	0.1579
wrap_up	think we	0.3538
wrap_up	think we can	0.3538
wrap_up	thirti	0.4613
wrap_up	this	-0.2835
wrap_up	this call	-0.0352
wrap_up	this career	-0.043
wrap_up	this field	-0.0733
wrap_up	this is	-0.0539
wrap_up	this was	0.2058
wrap_up	this ~contactverb	-0.0352
wrap_up	this ~job	-0.0217
wrap_up	this ~talk	-0.0375
wrap_up	thought	-0.4014
wrap_up	through	-0.1111
wrap_up	through a	-0.0644
wrap_up	through a typic	-0.0425
wrap_up	through what	-0.0221
wrap_up	through what you	-0.0221
wrap_up	through ~number	-0.0712
wrap_up	time	-0.3572
wrap_up	time so	0.0974
wrap_up	time so i	0.0995
wrap_up	to	-0.4941
wrap_up	to ask	0.1246
wrap_up	to be	-0.1362
wrap_up	to becom	-0.0239
wrap_up	to get	-0.0795
wrap_up	to get your	-0.0337
wrap_up	to hear	-0.0763
wrap_up	to help	-0.0431
wrap_up	to help with	-0.0301
wrap_up	to it	0.1556
wrap_up	to keep	-0.1091
wrap_up	to learn	-0.0409
wrap_up	to let	0.1015
wrap_up	to let you	0.1015
wrap_up	to nurs	-0.0296
wrap_up	to pass	-0.0212
wrap_up	to send	-0.0273
wrap_up	to stay	-0.0517
wrap_up	to stay in	-0.0475
wrap_up	to stop	0.4609
wrap_up	to take	-0.033
wrap_up	to take up	-0.033
wrap_up	to talk	-0.0282
wrap_up	to talk with	-0.0201
wrap_up	to test	-0.0209
wrap_up	to the	-0.0943
wrap_up	to think	-0.0327
wrap_up	to think about	-0.0327
wrap_up	to understand	-0.0414
wrap_up	to work	0.0844
wrap_up	to you	-0.0332
wrap_up	to your	0.1462
wrap_up	to ~help	-0.0627
wrap_up	to ~insight	-0.033
wrap_up	to ~learn	-0.0762
wrap_up	to ~limit	-0.0263
wrap_up	to ~number	-0.1042
wrap_up	to ~sendverb	-0.0675
wrap_up	to ~student	-0.0369
wrap_up	to ~talk	0.0444
wrap_up	to ~workverb	0.0788
wrap_up	today	-0.0599
wrap_up	tonight	-0.1198
wrap_up	tonight and	-0.0315
wrap_up	too	-0.2531
wrap_up	too much	-0.197
wrap_up	tool	-0.0266
wrap_up	touch	-0.0818
wrap_up	toward	-0.023
wrap_up	tri	-0.1655
wrap_up	tri to	-0.1513
wrap_up	tri to keep	-0.099
wrap_up	twelv	-0.0275
wrap_up	twenti	-0.0969
wrap_up	twenti minut	-0.0969
wrap_up	twenti ~limit	-0.0969
wrap_up	twenti ~timeunit	-0.0969
wrap_up	two	-0.0337
wrap_up	typic	-0.0664
wrap_up	typic week	-0.0367
wrap_up	typic week on	-0.032
wrap_up	typic ~closing	-0.0489
wrap_up	understand	-0.0453
wrap_up	uni	-0.0794
wrap_up	up	0.1332
wrap_up	up a	-0.0267
wrap_up	up ani	0.3881
wrap_up	up ani more	0.1372
wrap_up	up by	-0.0365
wrap_up	up by email	-0.0365
wrap_up	up most	-0.0245
wrap_up	up with	-0.0834
wrap_up	up ~number	-0.0283
wrap_up	up ~want	0.1871
wrap_up	us	0.2184
wrap_up	us leav	0.2332
wrap_up	us leav it	0.2332
wrap_up	use	-0.2456
wrap_up	use to	-0.0565
wrap_up	use to you	-0.0285
wrap_up	usual	-0.0554
wrap_up	vacanc	-0.0267
wrap_up	valuabl	0.1338
wrap_up	volunt	-0.0321
wrap_up	walk	-0.0812
wrap_up	walk me	-0.0812
wrap_up	walk me through	-0.0812
wrap_up	want	0.2923
wrap_up	want to	0.3429
wrap_up	want to ask	0.1496
wrap_up	want to be	-0.1142
wrap_up	want to take	-0.033
wrap_up	was	0.2705
wrap_up	was it	-0.029
wrap_up	was ~want	0.1403
wrap_up	way	-0.2693
wrap_up	way i	-0.0316
wrap_up	way i can	-0.0244
wrap_up	way to	-0.0358
wrap_up	we	0.2102
wrap_up	we are	-0.0939
wrap_up	we are almost	-0.0633
wrap_up	we are right	0.1073
wrap_up	we can	0.3538
wrap_up	we have	0.2973
wrap_up	we have got	-0.1517
wrap_up	week	0.1098
wrap_up	week on	-0.032
wrap_up	weekend	0.3297
wrap_up	well	0.4191
wrap_up	well i	0.1836
wrap_up	well i will	0.0694
wrap_up	went	0.0222
wrap_up	were	-0.0202
wrap_up	what	-0.7551
wrap_up	what are	-0.0642
wrap_up	what are you	-0.0372
wrap_up	what do	-0.0446
wrap_up	what do you	-0.0304
wrap_up	what doe	-0.0811
wrap_up	what doe your	-0.0334
wrap_up	what i	0.1027
wrap_up	what is	-0.1032
wrap_up	what is the	-0.0415
wrap_up	what make	-0.0224
wrap_up	what should	-0.0215
wrap_up	what you	-0.0955
wrap_up	what your	-0.0282
wrap_up	what ~help	-0.0446
wrap_up	when	-0.0616
wrap_up	when you	-0.045
wrap_up	where	-0.1041
wrap_up	where can	-0.0432
wrap_up	where can i	-0.0361
wrap_up	where do	-0.0252
wrap_up	where is	-0.0207
wrap_up	where ~help	-0.0252
wrap_up	whether	-0.0741
wrap_up	whether this	-0.0442
wrap_up	whether this career	-0.043
wrap_up	whi	-0.0864
wrap_up	whi i	-0.0553
wrap_up	whi i am	-0.0474
wrap_up	which	-0.3827
wrap_up	which is	-0.0345
wrap_up	which ~student	-0.0296
wrap_up	who	-0.1196
wrap_up	who do	-0.0274
wrap_up	who do you	-0.025
wrap_up	who els	-0.0319
wrap_up	who els should	-0.0295
wrap_up	who ~help	-0.0274
wrap_up	will	0.8066
wrap_up	will be	-0.1037
wrap_up	will definit	-0.0404
wrap_up	will drop	-0.0393
wrap_up	will drop you	-0.0393
wrap_up	will keep	-0.1264
wrap_up	will leav	0.2459
wrap_up	will leav it	0.1347
wrap_up	will let	0.2993
wrap_up	will let you	0.2993
wrap_up	will not	0.5981
wrap_up	will send you	-0.0587
wrap_up	will sign	0.2606
wrap_up	will sign off	0.2606
wrap_up	will stop	0.4374
wrap_up	will wrap	0.2642
wrap_up	will wrap up	0.2642
wrap_up	will ~contactverb	-0.0603
wrap_up	will ~sendverb	-0.1272
wrap_up	will ~talk	-0.0911
wrap_up	with	-0.4346
wrap_up	with a	-0.1239
wrap_up	with anyth	-0.0539
wrap_up	with me	-0.0211
wrap_up	with the	-0.0235
wrap_up	with you	-0.0664
wrap_up	with you on	-0.0581
wrap_up	with your	0.0525
wrap_up	with your day	0.1161
wrap_up	with ~number	-0.1528
wrap_up	wonder	-0.0466
wrap_up	work	-0.1604
wrap_up	work in	-0.0286
wrap_up	work on	-0.0278
wrap_up	worth	-0.1064
wrap_up	worth follow	-0.0326
wrap_up	worth it	-0.0264
wrap_up	would	-0.4387
wrap_up	would be	-0.0303
wrap_up	would it	-0.0212
wrap_up	would love	-0.0794
wrap_up	would love to	-0.0634
wrap_up	would realli	-0.0264
wrap_up	would realli appreci	-0.0246
wrap_up	would recommend	-0.0544
wrap_up	would suggest	-0.0205
wrap_up	would you	-0.0709
wrap_up	would ~want	-0.032
wrap_up	wow	-0.1385
wrap_up	wrap	0.2443
wrap_up	wrap up	0.2456
wrap_up	write	-0.0444
wrap_up	yeah	-0.1897
wrap_up	year	-0.166
wrap_up	yesterday	-0.0307
wrap_up	yet	-0.1117
wrap_up	you	-0.5494
wrap_up	you a	-0.0352
wrap_up	you a line	-0.0393
wrap_up	you a quick	-0.0384
wrap_up	you a thank	0.0576
wrap_up	you after	0.0343
wrap_up	you are	0.0948
wrap_up	you be	-0.0261
wrap_up	you can	0.0507
wrap_up	you decid	-0.0467
wrap_up	you design	-0.0248
wrap_up	you do	-0.0233
wrap_up	you email	0.0619
wrap_up	you email tonight	-0.0453
wrap_up	you ever	-0.0246
wrap_up	you for	-0.1009
wrap_up	you get	0.3327
wrap_up	you get back	0.3104
wrap_up	you go	0.5625
wrap_up	you guy	-0.0637
wrap_up	you have	0.0593
wrap_up	you have a	-0.0425
wrap_up	you have got	0.2057
wrap_up	you know	-0.2255
wrap_up	you know how	-0.029
wrap_up	you my	-0.0239
wrap_up	you need	-0.0455
wrap_up	you need to	-0.0388
wrap_up	you note	-0.0798
wrap_up	you on	-0.0655
wrap_up	you on linkedin	-0.0655
wrap_up	you post	-0.1648
wrap_up	you recommend	-0.0298
wrap_up	you said	-0.077
wrap_up	you so	0.2077
wrap_up	you so much	0.2077
wrap_up	you suggest	-0.0264
wrap_up	you thank	-0.0703
wrap_up	you that	-0.1739
wrap_up	you think	-0.0754
wrap_up	you think i	-0.0503
wrap_up	you to	0.0714
wrap_up	you walk	-0.023
wrap_up	you walk me	-0.023
wrap_up	you want	0.4614
wrap_up	you want to	0.4614
wrap_up	you work	-0.0326
wrap_up	you work on	-0.0218
wrap_up	you would	-0.1048
wrap_up	you would recommend	-0.0544
wrap_up	you would suggest	-0.0205
wrap_up	you ~contactverb	0.0619
wrap_up	you ~help	-0.0327
wrap_up	you ~learn	0.0554
wrap_up	you ~number	-0.0431
wrap_up	you ~sendverb	0.0564
wrap_up	you ~talk	0.0526
wrap_up	you ~want	0.386
wrap_up	you ~workverb	-0.0351
wrap_up	your	-0.3827
wrap_up	your advic	-0.026
wrap_up	your afternoon	0.0275
wrap_up	your app	-0.0222
wrap_up	your colleagu	-0.0546
wrap_up	your compani	-0.0415
wrap_up	your day	0.2133
wrap_up	your evening	-0.0655
wrap_up	your first	-0.0227
wrap_up	your lunch	-0.02
wrap_up	your perspect	-0.0201
wrap_up	your team	-0.1474
wrap_up	your time	-0.0641
wrap_up	your week	0.2679
wrap_up	your work	-0.0261
wrap_up	your ~closing	0.4816
wrap_up	your ~insight	-0.0539
wrap_up	your ~learn	-0.028
wrap_up	your ~limit	0.1625
wrap_up	your ~org	-0.2442
wrap_up	your ~people	-0.0589
wrap_up	your ~workverb	-0.0261
wrap_up	~application	-0.0794
wrap_up	~closing	0.7222
wrap_up	~closing of	0.3205
wrap_up	~closing on	-0.032
wrap_up	~closing to	-0.0237
wrap_up	~contactverb	-0.1243
wrap_up	~contactverb out	-0.0288
wrap_up	~contactverb tonight	-0.0453
wrap_up	~contactverb with	-0.0474
wrap_up	~degree	-0.498
wrap_up	~degree at	-0.0342
wrap_up	~degree in	-0.0414
wrap_up	~duration	-0.1747
wrap_up	~gatekeeper	-0.1139
wrap_up	~help	-0.5613
wrap_up	~help for	-0.0207
wrap_up	~help not	-0.0898
wrap_up	~help peopl	-0.0243
wrap_up	~help the	-0.0256
wrap_up	~help to	-0.0437
wrap_up	~help with	-0.0488
wrap_up	~help you	0.0927
wrap_up	~hiring	-0.0716
wrap_up	~insight	0.3343
wrap_up	~insight a	-0.0702
wrap_up	~insight for	-0.0242
wrap_up	~insight on	-0.0623
wrap_up	~insight to	-0.0289
wrap_up	~job	-0.4054
wrap_up	~job ask	-0.0284
wrap_up	~job i	-0.0576
wrap_up	~later	0.0371
wrap_up	~learn	-0.4305
wrap_up	~learn back	0.3104
wrap_up	~learn how	-0.0442
wrap_up	~learn i	-0.0235
wrap_up	~learn if	-0.0815
wrap_up	~learn more	-0.0283
wrap_up	~learn on	0.1135
wrap_up	~learn out	-0.0412
wrap_up	~learn the	-0.0788
wrap_up	~learn this	-0.0485
wrap_up	~learn we	0.0439
wrap_up	~learn you	0.1032
wrap_up	~learn your	-0.0585
wrap_up	~limit	-0.0755
wrap_up	~limit do	0.4596
wrap_up	~limit is	-0.0304
wrap_up	~limit left	-0.1622
wrap_up	~limit or	-0.024
wrap_up	~limit so	-0.0555
wrap_up	~limit to	-0.0256
wrap_up	~number	-0.9517
wrap_up	~number articl	-0.0426
wrap_up	~number bootcamp	-0.0742
wrap_up	~number career	-0.0333
wrap_up	~number coupl	-0.05
wrap_up	~number favor	-0.0213
wrap_up	~number few	-0.0386
wrap_up	~number field	-0.0582
wrap_up	~number great	0.3441
wrap_up	~number hour	-0.0245
wrap_up	~number job	-0.0559
wrap_up	~number line	-0.0393
wrap_up	~number lot	-0.0692
wrap_up	~number minut	0.0323
wrap_up	~number more	-0.0629
wrap_up	~number most	-0.0279
wrap_up	~number note	0.0423
wrap_up	~number point	-0.0255
wrap_up	~number portfolio	-0.0881
wrap_up	~number program	-0.0343
wrap_up	~number project	-0.0413
wrap_up	~number question	0.583
wrap_up	~number quick	-0.0414
wrap_up	~number referr	-0.0223
wrap_up	~number research	-0.0234
wrap_up	~number shall	-0.0219
wrap_up	~number short	-0.0734
wrap_up	~number thank	0.0261
wrap_up	~number time	-0.0758
wrap_up	~number twelv	-0.0219
wrap_up	~number typic	-0.0525
wrap_up	~number year	-0.0581
wrap_up	~org	-0.2062
wrap_up	~people	-0.4327
wrap_up	~people do	-0.03
wrap_up	~people els	-0.0857
wrap_up	~people in	-0.0274
wrap_up	~people who	-0.0247
wrap_up	~people you	-0.038
wrap_up	~sendverb	-0.2792
wrap_up	~sendverb a	0.0509
wrap_up	~sendverb my	-0.0248
wrap_up	~sendverb on	-0.0217
wrap_up	~sendverb the	-0.0338
wrap_up	~sendverb tonight	-0.0453
wrap_up	~sendverb what	-0.024
wrap_up	~sendverb you	-0.081
wrap_up	~student	-0.3731
wrap_up	~studyverb	-0.2904
wrap_up	~studyverb a	-0.0459
wrap_up	~studyverb it	-0.0209
wrap_up	~studyverb the	-0.0225
wrap_up	~studyverb you	-0.0715
wrap_up	~talk	-0.1298
wrap_up	~talk out	-0.0346
wrap_up	~talk so	-0.0747
wrap_up	~talk to	-0.1145
wrap_up	~talk tonight	-0.0453
wrap_up	~talk with	-0.1525
wrap_up	~talk you	-0.0666
wrap_up	~timeunit	-0.1408
wrap_up	~timeunit do	0.4631
wrap_up	~timeunit left	-0.1622
wrap_up	~timeunit so	-0.1529
wrap_up	~want	-0.0703
wrap_up	~want a	-0.0239
wrap_up	~want about	-0.0472
wrap_up	~want appreci	-0.0967
wrap_up	~want be	-0.0303
wrap_up	~want for	-0.0328
wrap_up	~want i	-0.0363
wrap_up	~want in	-0.023
wrap_up	~want love	-0.0794
wrap_up	~want realli	-0.0264
wrap_up	~want recommend	-0.0544
wrap_up	~want suggest	-0.0205
wrap_up	~want the	-0.0706
wrap_up	~want this	-0.0593
wrap_up	~want to	0.1513
wrap_up	~want you	-0.1699
wrap_up	~want your	-0.0507
wrap_up	~workverb	-0.3234
wrap_up	~workverb at	-0.0297
wrap_up	~workverb in	-0.0335
wrap_up	~workverb on	-0.0278
thanks	*	-1.0117
thanks	?	-1.9408
thanks	^alright	-0.1688
thanks	^ani	-0.076
thanks	^anyon	-0.024
thanks	^anyway	-0.0588
thanks	^are	-0.1807
thanks	^befor	0.147
thanks	^can	-0.1627
thanks	^cheer	0.4323
thanks	^could	-0.1026
thanks	^did	-0.0806
thanks	^great	0.0823
thanks	^have	-0.0501
thanks	^hi	0.0346
thanks	^honest	0.1643
thanks	^how	-0.4189
thanks	^i	-0.1873
thanks	^if	-0.0341
thanks	^is	-0.534
thanks	^just	-0.0391
thanks	^let	-0.0978
thanks	^love	-0.0427
thanks	^mind	-0.023
thanks	^my	-0.1021
thanks	^no	-0.1855
thanks	^oh	-0.0912
thanks	^ok	-0.2679
thanks	^pleas	-0.0301
thanks	^right	-0.1115
thanks	^should	-0.0723
thanks	^so	0.058
thanks	^sorri	-0.11
thanks	^tell	-0.0393
thanks	^thank	1.9682
thanks	^that	-0.6594
thanks	^this	0.3737
thanks	^walk	-0.0318
thanks	^was	-0.0233
thanks	^we	-0.0522
thanks	^well	0.1866
thanks	^what	-0.6074
thanks	^where	-0.0976
thanks	^whi	-0.0309
thanks	^which	-0.1266
thanks	^who	-0.0902
thanks	^would	-0.1071
thanks	^yeah	-0.0782
thanks	a	-0.5258
thanks	a beginn	-0.0256
thanks	a big	-0.0283
thanks	a career	-0.1999
thanks	a coupl	-0.0264
thanks	a few	-0.0362
thanks	a good	-0.055
thanks	a great	-0.0263
thanks	a job	-0.0318
thanks	a junior	0.0977
thanks	a junior at	0.1
thanks	a quick	-0.0541
thanks	a referr	-0.028
thanks	a shall	-0.0237
thanks	a thank	0.0263
thanks	a thank you	0.0263
thanks	a typic	-0.0294
thanks	a ~degree	-0.0472
thanks	a ~job	-0.0572
thanks	a ~number	-0.0626
thanks	a ~org	-0.032
thanks	a ~student	0.0418
thanks	abil	-0.0258
thanks	abl	-0.0282
thanks	abl to	-0.0282
thanks	about	-0.134
thanks	about it	-0.0321
thanks	about me	-0.0219
thanks	about the	0.2136
thanks	about the downsid	0.2864
thanks	about your	-0.0366
thanks	about ~number	0.1891
thanks	academia	-0.0436
thanks	actual	-0.0694
thanks	advic	-0.0345
thanks	after	-0.2275
thanks	after a	-0.0253
thanks	after ~number	-0.0524
thanks	again	0.2733
thanks	agre	0.4553
thanks	all	0.3225
thanks	all i	0.1649
thanks	all my	-0.1101
thanks	all my question	-0.1101
thanks	all right	-0.0485
thanks	all the	-0.0346
thanks	all this	0.0807
thanks	all ~number	-0.0346
thanks	alreadi	-0.0714
thanks	alright	-0.1798
thanks	alright i	-0.0782
thanks	am	-0.1291
thanks	am a	0.0535
thanks	am a junior	0.1
thanks	am go	-0.0466
thanks	am go to	-0.0466
thanks	am here	-0.0265
thanks	am not	-0.0437
thanks	am pretti	-0.0205
thanks	am realli	-0.0318
thanks	am tri	-0.0261
thanks	am tri to	-0.0261
thanks	am ~number	0.0535
thanks	am ~want	-0.1705
thanks	an	-0.0533
thanks	an interview	-0.0222
thanks	an intro	0.0821
thanks	an ~talk	-0.0222
thanks	analyst	-0.0655
thanks	analyt	-0.0277
thanks	and	-0.0308
thanks	and i	0.0765
thanks	and i have	-0.0418
thanks	and i will	0.0272
thanks	and ~want	-0.0338
thanks	ani	-0.1551
thanks	ani chanc	0.1501
thanks	ani chanc you	0.1524
thanks	ani more	-0.0318
thanks	ani more of	-0.0221
thanks	ani way	-0.0394
thanks	ani way i	-0.0394
thanks	anoth	-0.0294
thanks	anyon	0.0463
thanks	anyon els	0.1332
thanks	anyon els in	0.0958
thanks	anyon els you	0.1108
thanks	anyon on	-0.0205
thanks	anyth	-0.0673
thanks	anyth i	0.1131
thanks	anyth i can	0.1249
thanks	anyth you	-0.0548
thanks	anyth you wish	-0.0348
thanks	anyway	-0.0588
thanks	anyway i	-0.0588
thanks	appli	-0.0404
thanks	appli to	-0.0257
thanks	appreci	1.6401
thanks	appreci it	0.2553
thanks	appreci you	0.4184
thanks	are	-0.2463
thanks	are right	0.04
thanks	are right at	0.04
thanks	are the	-0.0217
thanks	are there	-0.1198
thanks	are there ani	-0.036
thanks	are you	-0.0839
thanks	are ~number	-0.0236
thanks	articl	-0.0661
thanks	articl i	-0.0466
thanks	articl i mention	-0.0466
thanks	as	-0.1257
thanks	as ~number	-0.0232
thanks	ask	-0.1649
thanks	ask for	-0.0202
thanks	ask you	-0.0245
thanks	associ	-0.0302
thanks	at	-0.1942
thanks	at a	0.0461
thanks	at that	-0.0431
thanks	at the	-0.0464
thanks	at your	-0.0272
thanks	back	0.1562
thanks	back to	0.1915
thanks	back to your	0.0628
thanks	balanc	-0.0267
thanks	bank	-0.0665
thanks	be	-0.0783
thanks	be abl	-0.0282
thanks	be abl to	-0.0282
thanks	be happi	-0.031
thanks	be happi to	-0.031
thanks	be realli	-0.0287
thanks	be realli grate	-0.0287
thanks	be use	-0.022
thanks	be ~help	-0.022
thanks	be ~talk	-0.0275
thanks	be ~want	-0.0287
thanks	becom	-0.0219
thanks	becom ~number	-0.0219
thanks	been	0.1005
thanks	been do	-0.0258
thanks	been the	0.1707
thanks	been ~number	0.1692
thanks	been ~studyverb	-0.0286
thanks	befor	0.1163
thanks	befor i	0.1452
thanks	beginn	-0.041
thanks	best	-0.0229
thanks	better	-0.0263
thanks	between	-0.0258
thanks	big	-0.0382
thanks	biggest	-0.0417
thanks	bit	-0.0275
thanks	book	-0.0602
thanks	book or	-0.0302
thanks	bootcamp	-0.2109
thanks	break	0.1867
thanks	build	-0.0309
thanks	busi	0.1319
thanks	but	-0.0606
thanks	but i	-0.0245
thanks	call	-0.0614
thanks	can	-0.1995
thanks	can do	0.1339
thanks	can do for	0.165
thanks	can i	-0.077
thanks	can see	0.0305
thanks	can see we	0.0404
thanks	can you	-0.0851
thanks	can you walk	-0.0236
thanks	can ~help	0.1026
thanks	candid	0.3012
thanks	care	-0.0661
thanks	career	-0.2938
thanks	career changer	-0.0222
thanks	certif	-0.0273
thanks	cfa	-0.0206
thanks	chain	0.1015
thanks	chanc	0.1479
thanks	chanc you	0.1524
thanks	chang	-0.1046
thanks	changer	-0.0222
thanks	chat	-0.0483
thanks	chat with	-0.0271
thanks	cheer	0.4323
thanks	citi	-0.0249
thanks	client	-0.025
thanks	clinic	-0.048
thanks	clinic ~learn	-0.0235
thanks	coach	-0.1801
thanks	colleagu	-0.0286
thanks	come	-0.0494
thanks	communiti	-0.0397
thanks	compani	-0.0509
thanks	connect with	0.0256
thanks	connect with you	0.0707
thanks	conscious	-0.0263
thanks	consult	-0.0372
thanks	context	-0.1317
thanks	convers	0.1716
thanks	could	-0.2287
thanks	could i	-0.0265
thanks	could you	-0.0908
thanks	coupl	-0.0264
thanks	cours	-0.0919
thanks	cover	-0.0324
thanks	cover everyth	-0.0324
thanks	credit	-0.0309
thanks	cultur	-0.0228
thanks	curious	-0.0319
thanks	curious about	-0.0265
thanks	dashboard	-0.0213
thanks	data	-0.1801
thanks	data scienc	-0.0894
thanks	data scientist	-0.0212
thanks	day	-0.0714
thanks	decid	-0.0512
thanks	decid between	-0.0409
thanks	definit	-0.0427
thanks	degre	-0.0459
thanks	demand	-0.0205
thanks	depart	-0.0269
thanks	describ	-0.031
thanks	describ ~number	-0.0222
thanks	design	-0.1394
thanks	develop	-0.0342
thanks	did	-0.0754
thanks	did you get	-0.0369
thanks	differ	-0.0684
thanks	director	-0.0228
thanks	do	-0.3609
thanks	do for	0.1567
thanks	do for you	0.1567
thanks	do not	-0.0802
thanks	do not have	-0.0325
thanks	do not want	-0.0232
thanks	do peopl	-0.0205
thanks	do this	-0.026
thanks	do to	-0.0228
thanks	do you	-0.159
thanks	do you know	-0.0252
thanks	do you think	0.2075
thanks	do ~people	-0.0205
thanks	doe	-0.1954
thanks	doe a	-0.0282
thanks	doe it	-0.1006
thanks	doe ~number	-0.0389
thanks	done	-0.0846
thanks	down	-0.0511
thanks	downsid	0.2846
thanks	eat	-0.0356
thanks	eat into	-0.0356
thanks	eat into your	-0.0356
thanks	els	0.0914
thanks	els in	0.0958
thanks	els should	-0.0307
thanks	els should i	-0.0307
thanks	els you	0.1108
thanks	els you think	-0.0394
thanks	email	-0.0994
thanks	email tonight	-0.0833
thanks	email you	-0.0341
thanks	end	-0.1154
thanks	end up	-0.0644
thanks	engin	-0.0677
thanks	enough	0.1975
thanks	evening	-0.0231
thanks	ever	-0.1109
thanks	ever help	-0.027
thanks	ever need	-0.0233
thanks	ever need a	-0.0209
thanks	everyth	0.0338
thanks	everyth i	0.0377
thanks	everyth i want	-0.0569
thanks	everyth on	-0.0967
thanks	everyth on my	-0.0967
thanks	exercis	-0.0271
thanks	experi	-0.0288
thanks	explain	0.1805
thanks	far	-0.0257
thanks	feel	-0.0334
thanks	few	-0.0406
thanks	field	-0.287
thanks	figur	-0.0537
thanks	figur out	-0.0537
thanks	final	-0.0382
thanks	find	-0.032
thanks	finish	-0.1103
thanks	finish a	-0.0214
thanks	finish ~number	-0.0282
thanks	firm	-0.0288
thanks	first	-0.0471
thanks	fit	0.1272
thanks	fit me	0.1272
thanks	five	-0.0296
thanks	focus	-0.0281
thanks	follow	-0.0756
thanks	follow up	-0.0496
thanks	follow up with	-0.0273
thanks	for	0.5417
thanks	for a	-0.098
thanks	for a beginn	-0.0256
thanks	for an	-0.0227
thanks	for data	-0.0282
thanks	for me	-0.1327
thanks	for the	0.1625
thanks	for today	-0.0635
thanks	for you	0.1281
thanks	for ~number	0.0228
thanks	found	-0.1954
thanks	free	-0.0397
thanks	freelanc	-0.0321
thanks	from	-0.369
thanks	from me	-0.1593
thanks	from my	-0.0733
thanks	game design	-0.0278
thanks	game develop	-0.0219
thanks	get	0.0942
thanks	get back	0.2662
thanks	get back to	0.2662
thanks	get into	-0.0401
thanks	get ~number	-0.024
thanks	give	0.249
thanks	go	-0.0553
thanks	go on	-0.0496
thanks	go to	-0.0621
thanks	go to send	-0.0466
thanks	goe	-0.0408
thanks	good	-0.2717
thanks	good at	-0.0204
thanks	good ~limit	-0.0386
thanks	got	0.0805
thanks	got a	-0.0229
thanks	got ~number	-0.0261
thanks	grad	-0.0237
thanks	graduat	-0.03
thanks	grant	-0.0306
thanks	grate	0.438
thanks	great	0.2521
thanks	great well	0.0823
thanks	guy	-0.0324
thanks	had	-0.0229
thanks	half	-0.0629
thanks	hand	-0.0212
thanks	happi	-0.0717
thanks	happi to	-0.0465
thanks	hard	-0.0556
thanks	has	0.1654
thanks	have	-0.0838
thanks	have a	-0.0631
thanks	have ani	-0.0406
thanks	have ask	-0.0228
thanks	have been	-0.0627
thanks	have been do	-0.0258
thanks	have got	0.1046
thanks	have ~number	-0.099
thanks	have ~workverb	-0.0708
thanks	head	-0.0493
thanks	health	-0.0327
thanks	hear	-0.14
thanks	help	-0.1768
thanks	help with	-0.0414
thanks	help with anyth	-0.0202
thanks	help you	-0.0464
thanks	here	-0.1254
thanks	here to	-0.0461
thanks	here to learn	-0.0303
thanks	hi	0.0346
thanks	hire	0.1088
thanks	histori	-0.0239
thanks	honest	-0.0218
thanks	hope	-0.035
thanks	hour	-0.0676
thanks	hous	-0.0262
thanks	how	-0.4311
thanks	how did	0.079
thanks	how did you	0.0909
thanks	how do	-0.0968
thanks	how do you	-0.0735
thanks	how doe	-0.0276
thanks	how is	-0.0696
thanks	how is the	-0.0212
thanks	how it	-0.0208
thanks	how it went	-0.0208
thanks	how much	-0.0353
thanks	how the	-0.0463
thanks	how you	-0.0915
thanks	how ~help	-0.0968
thanks	how ~number	-0.0463
thanks	how ~studyverb	0.079
thanks	i	-0.63
thanks	i am	-0.1291
thanks	i am a	0.0535
thanks	i am go	-0.0466
thanks	i am here	-0.0265
thanks	i am not	-0.0437
thanks	i am pretti	-0.0205
thanks	i am realli	-0.0318
thanks	i am tri	-0.0261
thanks	i be	-0.0358
thanks	i can	0.1028
thanks	i can do	0.1339
thanks	i can see	0.0305
thanks	i could	-0.0596
thanks	i do	-0.0728
thanks	i do not	-0.0492
thanks	i follow	-0.0227
thanks	i follow up	-0.0227
thanks	i go	0.1454
thanks	i had	-0.027
thanks	i have	0.1147
thanks	i have been	-0.0552
thanks	i have got	0.1491
thanks	i just	-0.0267
thanks	i know	0.0819
thanks	i know this	-0.0768
thanks	i know we	-0.0237
thanks	i know you	0.0741
thanks	i learn	-0.0209
thanks	i mention	-0.0661
thanks	i need	-0.025
thanks	i reach	-0.0217
thanks	i realli	0.2319
thanks	i realli appreci	0.2454
thanks	i send	-0.0773
thanks	i should	-0.0877
thanks	i talk	0.1276
thanks	i talk to	0.1276
thanks	i think	-0.1895
thanks	i think i	-0.0551
thanks	i think that	-0.0757
thanks	i think we	-0.0555
thanks	i want	-0.0993
thanks	i want to	-0.0941
thanks	i was	-0.0672
thanks	i will	-0.3444
thanks	i will be	-0.0845
thanks	i will definit	-0.0381
thanks	i will keep	-0.0378
thanks	i will leav	-0.068
thanks	i will let	0.2214
thanks	i will not	-0.0708
thanks	i will send	-0.0848
thanks	i will sign	-0.0836
thanks	i will wrap	-0.0565
thanks	i would	-0.1869
thanks	i would be	-0.0562
thanks	i would love	-0.0218
thanks	i would realli	-0.0481
thanks	i ~help	-0.09
thanks	i ~sendverb	-0.0834
thanks	i ~studyverb	-0.0254
thanks	i ~talk	0.0654
thanks	i ~want	0.2254
thanks	i ~workverb	0.0862
thanks	idea	-0.0492
thanks	if	-0.3142
thanks	if i	-0.0783
thanks	if i can	-0.0304
thanks	if that	-0.0584
thanks	if that is	-0.0527
thanks	if there	-0.0701
thanks	if there is	-0.0686
thanks	if you	-0.0425
thanks	if you know	0.0768
thanks	if you were	-0.029
thanks	import	-0.0207
thanks	in	-0.3734
thanks	in a	-0.0372
thanks	in game	0.0748
thanks	in how	-0.0322
thanks	in how you	-0.0322
thanks	in my	-0.0386
thanks	in the	-0.0476
thanks	in this	-0.0618
thanks	in this field	-0.0214
thanks	in this sector	-0.031
thanks	in touch	-0.0862
thanks	in touch with	-0.0294
thanks	in your	-0.0843
thanks	in ~contactverb	-0.0878
thanks	in ~number	-0.0885
thanks	industri	-0.0946
thanks	inform	-0.0718
thanks	interest	-0.0835
thanks	interest in	-0.035
thanks	interest in how	-0.0322
thanks	intern	0.0836
thanks	internship	-0.07
thanks	interview	-0.149
thanks	into	-0.2128
thanks	into your	-0.0356
thanks	intro	0.0821
thanks	invest	-0.0225
thanks	is	0.5766
thanks	is a	0.0602
thanks	is all	0.0374
thanks	is all i	0.1649
thanks	is anyon	-0.0357
thanks	is ever	-0.0258
thanks	is everyth	0.0733
thanks	is everyth i	0.0514
thanks	is help	-0.1382
thanks	is it	-0.1659
thanks	is part	-0.0627
thanks	is realli	-0.057
thanks	is super	-0.1038
thanks	is that	-0.0794
thanks	is the	-0.162
thanks	is there	0.1627
thanks	is there a	-0.0557
thanks	is there ani	0.1401
thanks	is there anyon	0.0762
thanks	is there anyth	0.0336
thanks	is to	-0.0323
thanks	is to understand	-0.023
thanks	is your	-0.1051
thanks	is ~number	-0.1062
thanks	is ~people	-0.0369
thanks	is ~want	-0.0727
thanks	it	0.0392
thanks	it for	-0.1047
thanks	it from	-0.1818
thanks	it is	-0.0671
thanks	it there	-0.1012
thanks	it there for	-0.0635
thanks	it went	-0.0208
thanks	it ~want	-0.0359
thanks	job	-0.2184
thanks	junior	0.25
thanks	junior at	0.1
thanks	just	-0.137
thanks	just ~want	-0.0349
thanks	keep	-0.1667
thanks	keep you	-0.0994
thanks	keep you post	-0.0387
thanks	kept	-0.058
thanks	kept you	-0.058
thanks	kind	0.0206
thanks	kind of	0.025
thanks	know	-0.0269
thanks	know anyon	0.0604
thanks	know anyon els	0.0958
thanks	know how	-0.0429
thanks	know how the	-0.033
thanks	know i	-0.0253
thanks	know i am	-0.0253
thanks	know if	-0.0387
thanks	know this	-0.0768
thanks	know this is	-0.0768
thanks	know we	-0.0237
thanks	know we are	-0.0225
thanks	know you	0.0741
thanks	know you have	-0.0373
thanks	know ~people	0.0556
thanks	lab	-0.0253
thanks	last question	-0.0482
thanks	last summer	0.1012
thanks	last week	-0.0205
thanks	last year	-0.0242
thanks	last ~closing	-0.0205
thanks	last ~duration	-0.0242
thanks	late	-0.0599
thanks	law	-0.0244
thanks	lead	-0.0288
thanks	leadership	-0.023
thanks	learn	-0.1095
thanks	leav	-0.2316
thanks	leav it	-0.131
thanks	leav it there	-0.1012
thanks	left	-0.0274
thanks	left right	-0.0214
thanks	let me	-0.0448
thanks	let me know	-0.0448
thanks	let us	-0.0904
thanks	let us leav	-0.0838
thanks	let you	0.1537
thanks	let you get	0.2836
thanks	let you go	0.0574
thanks	let you know	-0.0836
thanks	level	-0.0208
thanks	like	-0.1746
thanks	like about	-0.0224
thanks	like about the	-0.0224
thanks	like for	-0.0293
thanks	like ~number	-0.03
thanks	list	-0.0994
thanks	local	-0.0266
thanks	long	-0.0238
thanks	longer	-0.0734
thanks	look	-0.0587
thanks	look like	-0.0346
thanks	love	-0.0814
thanks	love a	-0.0223
thanks	love an	0.0911
thanks	love to	-0.1224
thanks	love to stay	-0.0446
thanks	love ~number	0.0688
thanks	lunch	0.1718
thanks	lunch break	0.1971
thanks	made	0.0718
thanks	main	-0.0504
thanks	major	0.0941
thanks	major in	0.1027
thanks	make	-0.0659
thanks	make sens	-0.1009
thanks	make the	0.0828
thanks	make ~insight	-0.1009
thanks	make ~number	0.071
thanks	manag	-0.1401
thanks	market	-0.0265
thanks	matter	-0.0492
thanks	matter most	-0.0276
thanks	matter most in	-0.0212
thanks	me	-0.0465
thanks	me about	-0.0617
thanks	me about the	-0.0418
thanks	me for	-0.0297
thanks	me for the	-0.0219
thanks	me in	0.158
thanks	me know	-0.0448
thanks	me know if	-0.0359
thanks	me through	-0.0572
thanks	me through a	-0.0343
thanks	me through what	-0.0229
thanks	me to	-0.0214
thanks	me when	-0.0225
thanks	me ~learn	-0.0541
thanks	me ~number	-0.0216
thanks	meet	-0.1254
thanks	meet you	-0.0911
thanks	mention the	0.0895
thanks	mention ~number	0.0895
thanks	mentor	0.0755
thanks	might	-0.0351
thanks	mind	-0.0488
thanks	minut	-0.1166
thanks	minut left	-0.0274
thanks	minut left right	-0.0214
thanks	minut so	-0.0371
thanks	minut so i	-0.0359
thanks	moment	-0.0218
thanks	month	0.1615
thanks	more	-0.1244
thanks	more of	-0.0221
thanks	more of your	-0.0221
thanks	more question	-0.054
thanks	morn	-0.0787
thanks	most in	-0.0335
thanks	move	-0.0378
thanks	move into	-0.025
thanks	much	1.0918
thanks	much for	0.1099
thanks	much this	0.1316
thanks	much this was	0.0728
thanks	much time	-0.0285
thanks	much ~limit	-0.0285
thanks	my	-0.9181
thanks	my list	-0.0967
thanks	my question	-0.1159
thanks	my resum	-0.0242
thanks	my ~application	-0.0281
thanks	my ~degree	-0.0314
thanks	my ~student	-0.06
thanks	name	-0.0296
thanks	need	-0.1225
thanks	need a	-0.0306
thanks	need to	-0.0422
thanks	need ~number	-0.0321
thanks	network	-0.0544
thanks	never	-0.0807
thanks	new	-0.06
thanks	newslett	-0.0254
thanks	next	-0.17
thanks	next step	-0.0475
thanks	no	-0.2246
thanks	nonprofit	-0.0474
thanks	not	-0.3554
thanks	not have	-0.0325
thanks	not want	-0.0232
thanks	not want to	-0.0232
thanks	not ~want	-0.0542
thanks	note	-0.0871
thanks	note after	-0.1152
thanks	note tomorrow	-0.0631
thanks	note ~want	-0.1152
thanks	now	-0.2318
thanks	nurs	-0.1305
thanks	nurs chang	-0.0221
thanks	of	-0.442
thanks	of the	-0.0705
thanks	of the time	-0.0229
thanks	of time	-0.0211
thanks	of your	-0.1198
thanks	of your time	-0.0316
thanks	of ~limit	-0.0211
thanks	of ~number	-0.0869
thanks	off	-0.1075
thanks	oh	-0.0912
thanks	ok	-0.1341
thanks	ok for	-0.0211
thanks	ok i	-0.0825
thanks	ok i think	-0.0744
thanks	ok that	-0.1106
thanks	ok that is	-0.1106
thanks	old	-0.0764
thanks	on	-0.3804
thanks	on a	-0.0238
thanks	on it	0.2399
thanks	on linkedin	0.0211
thanks	on my	-0.1187
thanks	on my list	-0.0967
thanks	on the	-0.0509
thanks	on your	-0.0583
thanks	on your team	-0.0274
thanks	on ~number	-0.0829
thanks	one	-0.0609
thanks	onli	-0.0421
thanks	onli have	-0.0359
thanks	onlin	-0.0427
thanks	open	-0.0879
thanks	or	-0.3095
thanks	or is	-0.0715
thanks	or newslett	-0.0254
thanks	other	-0.0327
thanks	out	-0.1625
thanks	out of	-0.0338
thanks	out of time	-0.0211
thanks	over	-0.0462
thanks	own	0.1831
thanks	pack	0.1162
thanks	part	-0.0991
thanks	part of	-0.0889
thanks	pass	-0.0249
thanks	past	-0.0538
thanks	path	-0.0348
thanks	peopl	-0.1256
thanks	peopl you	-0.0311
thanks	perspect	-0.0226
thanks	pick	0.1228
thanks	pitch	-0.0224
thanks	place	-0.0354
thanks	plan	-0.0639
thanks	pleas	-0.0603
thanks	pleas let	-0.0346
thanks	pleas let me	-0.0346
thanks	podcast	-0.0238
thanks	point	0.052
thanks	point me	-0.0257
thanks	polici	-0.1034
thanks	posit	-0.0261
thanks	post	-0.0456
thanks	pretti	-0.0338
thanks	product	-0.0228
thanks	profess	-0.2
thanks	profess i	-0.1985
thanks	profession	-0.0213
thanks	program	-0.0542
thanks	project	-0.2069
thanks	project you	-0.0434
thanks	public	-0.0404
thanks	put	-0.0314
thanks	python	-0.026
thanks	question	-0.2592
thanks	quick	-0.1327
thanks	rather	-0.0208
thanks	reach	-0.0317
thanks	reach out	-0.0258
thanks	read	-0.0319
thanks	realli	0.3656
thanks	realli appreci	0.4392
thanks	realli appreci it	0.2553
thanks	realli grate	-0.0287
thanks	realli ~want	0.3993
thanks	recommend	-0.121
thanks	recommend i	-0.0285
thanks	recruit	-0.0399
thanks	referr	-0.0312
thanks	report	-0.0343
thanks	research	-0.1262
thanks	research with	-0.0215
thanks	resum	-0.0242
thanks	return	-0.0441
thanks	return the	-0.0236
thanks	return ~number	-0.0236
thanks	review	-0.0233
thanks	right	-0.2012
thanks	right at	0.04
thanks	right now	-0.046
thanks	risk	-0.0242
thanks	role	-0.0812
thanks	run	-0.0394
thanks	said	-0.0813
thanks	same	-0.0375
thanks	say	-0.1082
thanks	say ~number	-0.0223
thanks	school	-0.0231
thanks	scienc	-0.0894
thanks	scientist	-0.0212
thanks	season	-0.0303
thanks	second	-0.024
thanks	second year	-0.0227
thanks	second ~duration	-0.0227
thanks	sector	-0.0473
thanks	see we	0.0404
thanks	see we are	0.0404
thanks	send	-0.2716
thanks	send thank	-0.1152
thanks	send thank you	-0.1152
thanks	send you	-0.1235
thanks	send you a	-0.0929
thanks	sens	-0.1009
thanks	shall	-0.046
thanks	share	0.0759
thanks	shift	-0.0394
thanks	short	-0.0435
thanks	should	-0.2382
thanks	should i	-0.1385
thanks	should i be	-0.0315
thanks	should i send	-0.0634
thanks	side	0.0706
thanks	sign	-0.0836
thanks	sign off	-0.0836
thanks	sinc	-0.0401
thanks	skill	-0.0356
thanks	so	0.8622
thanks	so far	-0.0257
thanks	so i	0.0449
thanks	so i am	0.0399
thanks	so i will	-0.1044
thanks	so just	-0.0225
thanks	so much	0.3046
thanks	so much for	0.1099
thanks	so much this	0.1316
thanks	so you	-0.0762
thanks	so you can	-0.0311
thanks	so ~want	-0.0225
thanks	some	-0.058
thanks	someon	-0.0675
thanks	sorri	-0.2607
thanks	sorri i	-0.0399
thanks	sorri i know	-0.0399
thanks	sorri my	-0.0252
thanks	sound	-0.1125
thanks	staff	-0.0383
thanks	start	-0.1055
thanks	start out	-0.063
thanks	startup	-0.0211
thanks	stat	0.1666
thanks	stay	-0.0812
thanks	stay in	-0.0573
thanks	stay in touch	-0.0534
thanks	step	-0.0563
thanks	still	-0.0706
thanks	stop	-0.0393
thanks	stop there	-0.037
thanks	student	-0.0482
thanks	studi	-0.0279
thanks	suggest	0.0765
thanks	suggest i	0.1436
thanks	suit	-0.0251
thanks	suit me	-0.0225
thanks	summer	0.0584
thanks	super	0.0309
thanks	suppli	0.1015
thanks	suppli chain	0.1015
thanks	survey	-0.0276
thanks	switch	-0.0466
thanks	switch from	-0.0339
thanks	take	-0.1343
thanks	take up	-0.0324
thanks	take up ani	-0.0221
thanks	taken	-0.0483
thanks	talk	0.4903
thanks	talk to	0.0696
thanks	talk with	0.4536
thanks	talk with me	0.4536
thanks	tax	-0.0237
thanks	teach	-0.0397
thanks	team	-0.125
thanks	tech	-0.0209
thanks	tell	-0.0915
thanks	tell me	-0.0695
thanks	tell me about	-0.0617
thanks	ten	-0.023
thanks	test	-0.0358
thanks	than	-0.0795
thanks	thank	2.9225
thanks	thank again	0.2872
thanks	thank for	0.6335
thanks	thank so	0.1993
thanks	thank so much	0.1993
thanks	thank to	-0.1985
thanks	thank you	1.1069
thanks	thank you email	-0.0374
thanks	thank you for	0.2832
thanks	thank you note	-0.0992
thanks	thank you so	0.1053
thanks	thank ~later	0.2872
thanks	thank ~number	0.2115
thanks	that	0.624
thanks	that cover	-0.0324
thanks	that cover everyth	-0.0324
thanks	that is	0.9894
thanks	that is all	0.0374
thanks	that is everyth	0.0733
thanks	that is realli	-0.0371
thanks	that is super	-0.1038
thanks	that make	-0.0576
thanks	that make sens	-0.0576
thanks	that ~want	-0.0805
thanks	the	-0.1816
thanks	the articl	-0.0466
thanks	the articl i	-0.0466
thanks	the bootcamp	-0.1838
thanks	the cfa	-0.0206
thanks	the downsid	0.2846
thanks	the field	-0.0613
thanks	the job	-0.0465
thanks	the most	0.1449
thanks	the point	0.0874
thanks	the portfolio	0.0326
thanks	the recruit	-0.0232
thanks	the time	0.0718
thanks	the work	-0.021
thanks	the ~degree	-0.203
thanks	the ~gatekeeper	-0.0306
thanks	the ~hiring	-0.0201
thanks	the ~job	-0.0647
thanks	the ~learn	-0.0206
thanks	the ~limit	0.0628
thanks	the ~org	-0.0384
thanks	the ~people	-0.0243
thanks	the ~student	-0.0539
thanks	the ~workverb	-0.021
thanks	them	-0.0246
thanks	there	-0.208
thanks	there a	-0.0557
thanks	there ani	0.1042
thanks	there ani chanc	0.1617
thanks	there ani way	-0.0216
thanks	there anyon	0.0762
thanks	there anyon els	0.0762
thanks	there anyth	0.0336
thanks	there anyth i	0.134
thanks	there anyth you	-0.0548
thanks	there for	-0.0703
thanks	there for today	-0.0635
thanks	there is	-0.0706
thanks	there is anyon	-0.0357
thanks	there so	-0.0599
thanks	there so you	-0.0599
thanks	there ~number	-0.0584
thanks	there ~people	0.054
thanks	these	-0.0425
thanks	these day	-0.0402
thanks	thing	-0.038
thanks	think	-0.0213
thanks	think about	0.0865
thanks	think i	-0.1182
thanks	think i have	-0.0376
thanks	think i should	-0.0552
thanks	think of	-0.0651
thanks	think that	-0.0831
thanks	think that cover	-0.0324
thanks	think the	0.2298
thanks	think we	-0.0555
thanks	think we can	-0.0555
thanks	think ~number	0.2298
thanks	this	0.2213
thanks	this field	-0.2113
thanks	this is	-0.0832
thanks	this sector	-0.0334
thanks	this was	0.2766
thanks	this ~talk	-0.0204
thanks	thought	-0.1175
thanks	through	-0.0818
thanks	through a	-0.0392
thanks	through what	-0.0229
thanks	through what you	-0.0229
thanks	through ~number	-0.0435
thanks	time	-0.028
thanks	time so	0.0469
thanks	time so i	0.0502
thanks	to	-0.6158
thanks	to a	-0.0263
thanks	to ask	-0.0799
thanks	to be	-0.0632
thanks	to connect	-0.0242
thanks	to get	-0.0588
thanks	to hear	-0.1106
thanks	to help	-0.0408
thanks	to help with	-0.0233
thanks	to it	0.2509
thanks	to keep	-0.0337
thanks	to learn	-0.0517
thanks	to send	-0.0531
thanks	to stay	-0.0526
thanks	to stay in	-0.0484
thanks	to talk	0.4184
thanks	to talk with	0.4536
thanks	to the	-0.0426
thanks	to think	0.0933
thanks	to think about	0.0933
thanks	to understand	-0.0404
thanks	to understand the	-0.0205
thanks	to work	-0.0796
thanks	to you	-0.0232
thanks	to your	0.0264
thanks	to ~help	-0.0578
thanks	to ~learn	-0.4602
thanks	to ~limit	-0.0212
thanks	to ~number	-0.0703
thanks	to ~sendverb	-0.0762
thanks	to ~student	-0.0241
thanks	to ~talk	0.2414
thanks	to ~workverb	-0.0861
thanks	today	-0.0326
thanks	tomorrow	-0.0631
thanks	tonight	0.1007
thanks	tonight and	0.0605
thanks	too	-0.1606
thanks	tool	-0.0227
thanks	touch	-0.0871
thanks	touch with	-0.0294
thanks	toward	-0.0246
thanks	tri	-0.0988
thanks	tri to	-0.0812
thanks	tri to keep	-0.0266
thanks	twelv	-0.0369
thanks	twenti	-0.0391
thanks	twenti minut	-0.0391
thanks	twenti ~limit	-0.0391
thanks	twenti ~timeunit	-0.0391
thanks	two	-0.0255
thanks	typic	-0.0372
thanks	typic ~closing	-0.0246
thanks	understand	-0.0484
thanks	understand the	-0.0264
thanks	understand ~number	-0.0264
thanks	uni	-0.0368
thanks	up	0.2603
thanks	up a	0.0889
thanks	up ani	-0.0529
thanks	up ani more	-0.0221
thanks	up with	-0.0288
thanks	up ~number	0.277
thanks	up ~want	-0.0396
thanks	us	-0.0913
thanks	us leav	-0.0838
thanks	us leav it	-0.0838
thanks	use	0.057
thanks	use to	-0.0415
thanks	usual	-0.0439
thanks	ux	-0.0292
thanks	valuabl	0.0374
thanks	volunt	-0.0485
thanks	walk	-0.0572
thanks	walk me	-0.0572
thanks	walk me through	-0.0572
thanks	want	-0.1733
thanks	want to	-0.1471
thanks	want to ask	-0.0569
thanks	want to be	-0.0243
thanks	was	0.0303
thanks	was ~want	0.0424
thanks	way	-0.0209
thanks	way i	-0.0394
thanks	way i can	-0.0222
thanks	way to	0.0848
thanks	we	-0.2081
thanks	we are right	0.04
thanks	we can	-0.0555
thanks	we have	-0.0322
thanks	we have got	-0.0223
thanks	week	-0.0426
thanks	weekend	-0.0368
thanks	well	0.266
thanks	well i	0.169
thanks	well i will	0.1736
thanks	went	-0.0358
thanks	were	-0.1013
thanks	were start	-0.0619
thanks	what	-0.8339
thanks	what are	-0.0589
thanks	what are you	-0.0344
thanks	what do	-0.0474
thanks	what do you	-0.0359
thanks	what doe	-0.0305
thanks	what i	-0.0268
thanks	what is	-0.1543
thanks	what is the	-0.0737
thanks	what make	-0.0238
thanks	what would	-0.0254
thanks	what would you	-0.0202
thanks	what you	-0.1022
thanks	what ~help	-0.0474
thanks	what ~want	-0.0254
thanks	when	-0.106
thanks	when you	-0.0838
thanks	where	-0.1034
thanks	where can	-0.0239
thanks	where do	-0.0297
thanks	where is	-0.0365
thanks	where ~help	-0.0297
thanks	whether	-0.0481
thanks	whi	-0.1013
thanks	whi i	-0.0704
thanks	whi i am	-0.0631
thanks	which	-0.256
thanks	which is	-0.0628
thanks	who	-0.1671
thanks	who do	-0.0384
thanks	who do you	-0.0334
thanks	who els	-0.0356
thanks	who els should	-0.0307
thanks	who would	-0.0391
thanks	who would be	-0.0263
thanks	who ~help	-0.0384
thanks	who ~want	-0.0391
thanks	will	-0.367
thanks	will be	-0.0845
thanks	will definit	-0.0381
thanks	will keep	-0.0378
thanks	will leav	-0.068
thanks	will leav it	-0.0472
thanks	will let	0.2214
thanks	will let you	0.2214
thanks	will not	-0.0708
thanks	will send	-0.0848
thanks	will send you	-0.0987
thanks	will sign	-0.0836
thanks	will sign off	-0.0836
thanks	will wrap	-0.0565
thanks	will wrap up	-0.0565
thanks	will ~contactverb	0.0766
thanks	will ~sendverb	-0.1251
thanks	will ~talk	0.0685
thanks	wish	-0.0378
thanks	with	0.1473
thanks	with a	-0.0362
thanks	with anyth	-0.0322
thanks	with me	0.4489
thanks	with the	-0.0393
thanks	with you	0.0432
thanks	with you on	0.0707
thanks	with your	-0.0397
thanks	with ~number	-0.0782
thanks	with ~people	-0.0229
thanks	wonder	-0.0375
thanks	word	-0.0251
thanks	work	-0.3787
thanks	work in	-0.0364
thanks	work on	-0.0309
thanks	worth	-0.0956
thanks	worth it	-0.0225
thanks	worth ~talk	-0.0222
thanks	would	-0.4511
thanks	would be	-0.0739
thanks	would be happi	-0.031
thanks	would be realli	-0.0287
thanks	would love	-0.0255
thanks	would love a	-0.0223
thanks	would love an	0.0911
thanks	would love to	-0.0887
thanks	would point	-0.0327
thanks	would point me	-0.0231
thanks	would realli	-0.065
thanks	would realli appreci	-0.0616
thanks	would recommend	-0.0565
thanks	would suggest	0.1136
thanks	would suggest i	0.1436
thanks	would you	-0.1372
thanks	would you be	-0.0371
thanks	would you recommend	-0.0224
thanks	would ~want	-0.0676
thanks	wow	-0.1166
thanks	wrap	-0.0944
thanks	wrap up	-0.0822
thanks	write	0.0751
thanks	yeah	-0.135
thanks	year	-0.1803
thanks	year and	-0.0322
thanks	year and i	-0.0229
thanks	yesterday	-0.0303
thanks	yet	-0.0239
thanks	you	0.4821
thanks	you a	-0.1095
thanks	you a quick	-0.0507
thanks	you a thank	-0.0342
thanks	you after	-0.0208
thanks	you are	0.1938
thanks	you be	0.2706
thanks	you be abl	-0.0212
thanks	you can	-0.0386
thanks	you could	-0.0424
thanks	you decid	-0.0386
thanks	you design	-0.0223
thanks	you do	-0.0422
thanks	you email	-0.0374
thanks	you email tonight	-0.0833
thanks	you end	-0.0219
thanks	you end up	-0.0219
thanks	you ever	-0.0298
thanks	you find	-0.0211
thanks	you for	0.2624
thanks	you get	0.2245
thanks	you get back	0.2662
thanks	you go	0.0479
thanks	you guy	-0.0324
thanks	you have	-0.0774
thanks	you have got	-0.0222
thanks	you hear	-0.0226
thanks	you know	-0.0514
thanks	you know anyon	0.0604
thanks	you know how	-0.0411
thanks	you like	-0.0306
thanks	you like about	-0.0224
thanks	you need	-0.0429
thanks	you need to	-0.0281
thanks	you note	-0.0992
thanks	you note after	-0.1152
thanks	you on	0.0603
thanks	you on linkedin	0.0603
thanks	you pick	0.1811
thanks	you post	-0.0387
thanks	you recommend	-0.0522
thanks	you recommend i	-0.025
thanks	you said	-0.0813
thanks	you send	-0.0563
thanks	you so	0.1053
thanks	you so much	0.1053
thanks	you suggest	-0.0371
thanks	you tell	-0.0283
thanks	you tell me	-0.0256
thanks	you thank	0.0497
thanks	you that	-0.0206
thanks	you think	0.1344
thanks	you think i	-0.0631
thanks	you think the	0.2298
thanks	you to	-0.0486
thanks	you walk	-0.0253
thanks	you walk me	-0.0253
thanks	you were	-0.082
thanks	you were start	-0.0619
thanks	you wish	-0.0378
thanks	you work	-0.0396
thanks	you work on	-0.0245
thanks	you would point	-0.0327
thanks	you would recommend	-0.0565
thanks	you would suggest	0.1136
thanks	you ~contactverb	-0.0374
thanks	you ~help	-0.0564
thanks	you ~learn	0.2793
thanks	you ~number	-0.1198
thanks	you ~sendverb	-0.0938
thanks	you ~talk	-0.0636
thanks	you ~want	-0.0527
thanks	you ~workverb	-0.0434
thanks	your	-0.447
thanks	your advic	-0.0482
thanks	your compani	-0.0383
thanks	your day	0.0309
thanks	your lunch	0.1741
thanks	your lunch break	0.1971
thanks	your team	-0.0854
thanks	your week	-0.0271
thanks	your work	-0.0266
thanks	your ~closing	-0.0441
thanks	your ~insight	-0.0623
thanks	your ~learn	-0.0274
thanks	your ~limit	0.3062
thanks	your ~org	-0.1814
thanks	your ~people	-0.0223
thanks	your ~workverb	-0.0266
thanks	~application	-0.0385
thanks	~closing	-0.1896
thanks	~contactverb	-0.1801
thanks	~contactverb tonight	-0.0833
thanks	~contactverb with	-0.0383
thanks	~contactverb you	-0.0461
thanks	~degree	-0.4164
thanks	~degree in	-0.0415
thanks	~duration	-0.1942
thanks	~duration and	-0.0322
thanks	~help	-0.3248
thanks	~help for	0.1438
thanks	~help me	-0.0227
thanks	~help not	-0.0802
thanks	~help peopl	-0.0241
thanks	~help the	-0.0256
thanks	~help to	-0.0403
thanks	~help with	-0.0414
thanks	~help you	-0.1919
thanks	~hiring	0.0878
thanks	~insight	-0.383
thanks	~insight for	-0.0224
thanks	~insight on	-0.032
thanks	~insight up	-0.0282
thanks	~job	-0.4361
thanks	~job i	-0.0255
thanks	~job in	-0.0224
thanks	~later	0.2349
thanks	~learn	-0.3894
thanks	~learn anyon	0.0604
thanks	~learn back	0.2662
thanks	~learn how	-0.0596
thanks	~learn i	-0.0265
thanks	~learn if	-0.0587
thanks	~learn into	-0.034
thanks	~learn me	-0.0302
thanks	~learn out	-0.0773
thanks	~learn so	-0.0264
thanks	~learn the	-0.0491
thanks	~learn this	-0.0768
thanks	~learn up	0.1835
thanks	~learn with	-0.0304
thanks	~learn you	0.0573
thanks	~learn your	0.1174
thanks	~limit	0.0323
thanks	~limit break	0.1971
thanks	~limit i	-0.0601
thanks	~limit is	0.1248
thanks	~limit left	-0.0274
thanks	~limit to	-0.0231
thanks	~number	-0.6349
thanks	~number articl	-0.0466
thanks	~number beginn	-0.0256
thanks	~number big	-0.0382
thanks	~number bootcamp	-0.1901
thanks	~number career	-0.2056
thanks	~number cfa	-0.0206
thanks	~number coupl	-0.0264
thanks	~number downsid	0.2846
thanks	~number few	-0.0362
thanks	~number field	-0.0613
thanks	~number game	-0.0231
thanks	~number good	-0.055
thanks	~number great	-0.0263
thanks	~number interview	-0.0231
thanks	~number intro	0.0821
thanks	~number job	-0.0783
thanks	~number junior	0.0908
thanks	~number minut	-0.1007
thanks	~number most	0.1449
thanks	~number name	-0.0205
thanks	~number peopl	-0.0207
thanks	~number point	0.0874
thanks	~number portfolio	0.0277
thanks	~number project	-0.0448
thanks	~number question	-0.0303
thanks	~number quick	-0.0541
thanks	~number recruit	-0.0232
thanks	~number referr	-0.028
thanks	~number shall	-0.0237
thanks	~number stat	0.1666
thanks	~number student	-0.0244
thanks	~number thank	0.0263
thanks	~number time	0.0718
thanks	~number twelv	-0.0206
thanks	~number typic	-0.0294
thanks	~number week	-0.0207
thanks	~number work	-0.021
thanks	~number year	-0.0592
thanks	~org	-0.3545
thanks	~people	-0.3602
thanks	~people do	-0.061
thanks	~people els	0.0976
thanks	~people in	-0.047
thanks	~people on	-0.0259
thanks	~people who	-0.0327
thanks	~people would	-0.0431
thanks	~people you	-0.0513
thanks	~sendverb	-0.3995
thanks	~sendverb my	-0.0219
thanks	~sendverb thank	-0.1152
thanks	~sendverb tonight	-0.0833
thanks	~sendverb you	-0.1687
thanks	~student	-0.3212
thanks	~student at	0.0843
thanks	~studyverb	-0.1337
thanks	~studyverb a	-0.0332
thanks	~studyverb in	0.095
thanks	~talk	-0.0336
thanks	~talk at	-0.024
thanks	~talk to	0.0604
thanks	~talk tonight	-0.0833
thanks	~talk with	0.4293
thanks	~talk you	-0.1439
thanks	~timeunit	-0.1843
thanks	~timeunit left	-0.0274
thanks	~timeunit so	-0.0371
thanks	~want	0.4189
thanks	~want a	-0.049
thanks	~want about	-0.0265
thanks	~want appreci	0.4392
thanks	~want be	-0.0739
thanks	~want for	-0.0384
thanks	~want grate	-0.0287
thanks	~want here	-0.0303
thanks	~want i	-0.0246
thanks	~want in	-0.0446
thanks	~want it	0.2367
thanks	~want love	-0.0255
thanks	~want point	-0.0327
thanks	~want realli	-0.065
thanks	~want recommend	-0.0565
thanks	~want suggest	0.1136
thanks	~want the	-0.0216
thanks	~want this	0.1171
thanks	~want to	-0.2763
thanks	~want you	0.2436
thanks	~want your	-0.1118
thanks	~workverb	-0.2441
thanks	~workverb at	0.0874
thanks	~workverb do	-0.0258
thanks	~workverb in	-0.0452
thanks	~workverb on	-0.0309
thanks	~workverb the	0.1707
give_back	*	-3.1897
give_back	?	-0.9161
give_back	^alright	-0.0572
give_back	^ani	-0.0207
give_back	^are	-0.1687
give_back	^could	-0.0846
give_back	^did	-0.0291
give_back	^do	-0.1883
give_back	^doe	-0.0248
give_back	^great	-0.0294
give_back	^happi	0.3779
give_back	^hi	-0.0619
give_back	^honest	-0.052
give_back	^how	0.0329
give_back	^i	-0.2536
give_back	^if	0.6425
give_back	^is	-0.1603
give_back	^just	-0.0252
give_back	^let	0.061
give_back	^mind	-0.0374
give_back	^my	-0.0405
give_back	^no	-0.0597
give_back	^oh	-0.043
give_back	^ok	-0.0883
give_back	^pleas	0.1198
give_back	^right	-0.0334
give_back	^should	-0.0349
give_back	^so	-0.0283
give_back	^sorri	-0.0831
give_back	^tell	-0.0368
give_back	^thank	-0.2218
give_back	^that	-0.1492
give_back	^this	0.0652
give_back	^was	-0.0207
give_back	^we	-0.0347
give_back	^well	-0.0278
give_back	^what	-0.4683
give_back	^where	-0.1498
give_back	^whi	-0.0346
give_back	^which	0.2996
give_back	^who	-0.0881
give_back	^would	0.0778
give_back	^yeah	-0.0357
give_back	a	-0.7468
give_back	a beginn	-0.02
give_back	a career	-0.0402
give_back	a coupl	-0.0512
give_back	a coupl of	-0.0374
give_back	a few	-0.0382
give_back	a good	-0.1927
give_back	a good word	-0.0262
give_back	a hand	0.2116
give_back	a job	-0.0495
give_back	a lot	0.0293
give_back	a lot of	0.0419
give_back	a part	-0.0636
give_back	a part time	-0.0614
give_back	a quick	-0.0346
give_back	a referr	-0.0379
give_back	a role	-0.0374
give_back	a second	-0.0226
give_back	a shall	0.0396
give_back	a shall project	-0.0455
give_back	a short	0.1504
give_back	a strong	-0.0227
give_back	a thank	-0.0406
give_back	a thank you	-0.0406
give_back	a typic	-0.024
give_back	a week	-0.0205
give_back	a ~closing	-0.0324
give_back	a ~degree	-0.0456
give_back	a ~job	-0.1088
give_back	a ~number	-0.0894
give_back	a ~student	-0.0691
give_back	abil	-0.0627
give_back	abil should	-0.0349
give_back	abil should i	-0.0349
give_back	abl	-0.0377
give_back	abl to	-0.0377
give_back	about	-0.2597
give_back	about it	-0.0493
give_back	about the	-0.1007
give_back	about the downsid	-0.0294
give_back	about your	0.0483
give_back	about ~number	-0.1252
give_back	academia	-0.0287
give_back	actual	0.0257
give_back	actual ~help	-0.0345
give_back	advic	-0.0566
give_back	affect	-0.0385
give_back	affect your	-0.036
give_back	after	-0.0807
give_back	after ~number	-0.0355
give_back	afternoon	-0.0379
give_back	again	-0.0569
give_back	agenc	-0.0285
give_back	agre	-0.0364
give_back	all	-0.1876
give_back	all right	-0.037
give_back	all the	-0.0467
give_back	all ~number	-0.0467
give_back	almost	-0.0521
give_back	almost out	-0.0521
give_back	almost out of	-0.0521
give_back	along	-0.0541
give_back	alreadi	-0.045
give_back	alright	-0.09
give_back	alright i	-0.0441
give_back	am	0.1954
give_back	am a	-0.0452
give_back	am around	0.102
give_back	am go	-0.0402
give_back	am go to	-0.0402
give_back	am here	-0.0324
give_back	am hope	-0.0624
give_back	am not	-0.0355
give_back	am pretti	0.0855
give_back	am tri	-0.0206
give_back	am tri to	-0.0206
give_back	am ~number	-0.0452
give_back	am ~want	-0.2035
give_back	an	0.1772
give_back	an exercis	-0.0223
give_back	an interview	-0.035
give_back	an intro	-0.059
give_back	an introduct	-0.0337
give_back	an introduct to	-0.0337
give_back	an ~student	-0.0276
give_back	an ~talk	-0.035
give_back	analyst	-0.1048
give_back	analyst on	-0.0233
give_back	and	-0.1959
give_back	and i	-0.0433
give_back	and ~want	-0.03
give_back	ani	0.0383
give_back	ani chanc	-0.0272
give_back	ani chanc you	-0.0217
give_back	ani more	-0.0629
give_back	ani more of	-0.0355
give_back	ani open	-0.0244
give_back	ani way	0.2436
give_back	ani way i	0.2436
give_back	ani ~job	-0.0294
give_back	ani ~people	-0.0294
give_back	anyon	-0.1686
give_back	anyon els	-0.0393
give_back	anyon in	-0.0574
give_back	anyon on	-0.0307
give_back	anyth	0.6994
give_back	anyth i	0.2847
give_back	anyth i can	0.1734
give_back	anyth i could	0.1443
give_back	anyth on	0.4242
give_back	anyth you	-0.0453
give_back	anyth you wish	-0.0211
give_back	app	0.1495
give_back	appli	-0.2536
give_back	appli to	-0.0512
give_back	applic	-0.162
give_back	appreci	-0.0954
give_back	appreci it	-0.0226
give_back	appreci you	-0.0379
give_back	are	-0.091
give_back	are almost	-0.0521
give_back	are almost out	-0.0521
give_back	are near	0.0914
give_back	are the	-0.0393
give_back	are there	-0.1161
give_back	are there ani	-0.0437
give_back	are you	-0.0758
give_back	are ~number	-0.0435
give_back	are ~workverb	-0.0289
give_back	area	-0.0218
give_back	around	0.102
give_back	articl	-0.0566
give_back	articl i	-0.0212
give_back	articl i mention	-0.0212
give_back	as	-0.1059
give_back	as a	-0.0393
give_back	as ~number	-0.0462
give_back	ask	0.0807
give_back	ask for	-0.0248
give_back	ask you	-0.0255
give_back	associ	-0.028
give_back	at	-0.0416
give_back	at a	-0.0414
give_back	at that	0.1212
give_back	at the	-0.11
give_back	at the moment	-0.0355
give_back	at trailhead	-0.0256
give_back	at your	-0.0701
give_back	at your firm	-0.0466
give_back	at ~number	-0.1617
give_back	atmospher	-0.0241
give_back	back	-0.0611
give_back	back to	-0.0232
give_back	bank	-0.0574
give_back	be	0.4982
give_back	be abl	-0.0377
give_back	be abl to	-0.0377
give_back	be glad	0.2425
give_back	be glad to	0.2425
give_back	be good	-0.0224
give_back	be good to	-0.0224
give_back	be happi	0.0492
give_back	be happi to	0.0492
give_back	be ok	-0.0381
give_back	be ok to	-0.0266
give_back	be realli	-0.1143
give_back	be realli grate	-0.1143
give_back	be use	0.2004
give_back	be use to	0.1183
give_back	be ~help	0.2004
give_back	be ~want	-0.1143
give_back	been	-0.0721
give_back	been the	-0.0353
give_back	been ~number	-0.036
give_back	befor	0.0419
give_back	befor appli	-0.0388
give_back	befor appli to	-0.0362
give_back	beginn	-0.0343
give_back	best	-0.0257
give_back	better	-0.0281
give_back	between	-0.052
give_back	beyond	-0.0242
give_back	big	-0.0268
give_back	biggest	-0.0231
give_back	bit	-0.0353
give_back	blog	-0.0217
give_back	book	-0.0536
give_back	book you	-0.0287
give_back	bootcamp	-0.0535
give_back	break	-0.0262
give_back	bridg	-0.0252
give_back	build	-0.1165
give_back	busi	-0.0305
give_back	but	0.0804
give_back	by	0.0671
give_back	by email	-0.0227
give_back	by ~contactverb	-0.0227
give_back	by ~sendverb	-0.0227
give_back	by ~talk	-0.0227
give_back	call	-0.054
give_back	can	0.9571
give_back	can be	0.2088
give_back	can be use	0.0808
give_back	can do	0.1331
give_back	can do for	0.1593
give_back	can do to	-0.0918
give_back	can ever	0.0851
give_back	can ever help	0.0851
give_back	can help	0.1007
give_back	can help you	0.1595
give_back	can i	0.6309
give_back	can i do	0.315
give_back	can i help	-0.1659
give_back	can i learn	-0.0391
give_back	can i return	0.1875
give_back	can return	0.1694
give_back	can return the	0.1694
give_back	can see	-0.1027
give_back	can see we	-0.0548
give_back	can you	-0.1169
give_back	can ~help	0.4031
give_back	can ~learn	-0.1129
give_back	candid	-0.0543
give_back	care	-0.0507
give_back	career	-0.0626
give_back	career changer	-0.0233
give_back	case	-0.0359
give_back	certif	-0.0335
give_back	cfa	-0.0232
give_back	chanc	-0.1699
give_back	chanc of	-0.1482
give_back	chanc you	-0.0217
give_back	chang	-0.0344
give_back	chang how	-0.0264
give_back	changer	-0.0233
give_back	chariti	0.1697
give_back	chat	-0.0392
give_back	check	-0.0269
give_back	citi	-0.0235
give_back	civil	-0.0202
give_back	civil engin	-0.0202
give_back	class	0.1251
give_back	client	-0.0337
give_back	clinic	-0.0321
give_back	coach	-0.0264
give_back	colleagu	-0.0363
give_back	come	0.1681
give_back	come up	-0.0531
give_back	compani	-0.1084
give_back	confer	0.0957
give_back	connect	-0.083
give_back	connect with	-0.0703
give_back	connect with you	-0.0377
give_back	conscious	-0.0379
give_back	consid	-0.0546
give_back	consult	-0.0423
give_back	contact	-0.0303
give_back	context	-0.0347
give_back	convers	-0.0324
give_back	could	0.8362
give_back	could do	0.0738
give_back	could do to	0.0738
give_back	could i	0.3986
give_back	could i do	-0.0416
give_back	could pass	-0.0302
give_back	could pass my	-0.0302
give_back	could put	-0.0317
give_back	could put in	-0.0262
give_back	could tri	-0.0276
give_back	could tri to	-0.0238
give_back	could you	-0.2083
give_back	could you describ	-0.0285
give_back	could you suggest	-0.0206
give_back	could ~help	0.1009
give_back	could ~learn	-0.0368
give_back	could ~sendverb	0.0461
give_back	could ~talk	-0.0281
give_back	could ~want	-0.0276
give_back	coupl	-0.0512
give_back	coupl of	-0.0374
give_back	cours	-0.0511
give_back	credit	-0.032
give_back	cultur	-0.0333
give_back	curious	-0.0274
give_back	curious about	-0.0206
give_back	dashboard	0.2348
give_back	data	0.1817
give_back	data scienc	-0.0572
give_back	data scientist	-0.0432
give_back	dataset	-0.0353
give_back	day	-0.1002
give_back	decent	0.0634
give_back	decid	-0.0587
give_back	decid between	-0.034
give_back	definit	-0.0293
give_back	degre	-0.0515
give_back	depart	-0.0596
give_back	describ	-0.07
give_back	describ the	-0.0268
give_back	describ ~number	-0.0395
give_back	design	-0.1727
give_back	design is	-0.0211
give_back	design ~job	-0.0433
give_back	develop	-0.0363
give_back	did	-0.1663
give_back	did you	-0.094
give_back	did ~number	-0.022
give_back	differ	-0.069
give_back	director	-0.0464
give_back	do	-0.4692
give_back	do a	-0.0512
give_back	do befor	-0.0352
give_back	do data	-0.0261
give_back	do data scientist	-0.0261
give_back	do first	-0.0344
give_back	do for	0.6193
give_back	do for you	0.6193
give_back	do i	-0.0442
give_back	do i need	-0.0378
give_back	do not	-0.0331
give_back	do not have	-0.062
give_back	do not want	-0.0396
give_back	do peopl	-0.0297
give_back	do this	-0.103
give_back	do to	-0.0993
give_back	do to help	0.1868
give_back	do to prepar	-0.0661
give_back	do you	-0.5395
give_back	do you ever	-0.043
give_back	do you know	-0.031
give_back	do you think	-0.0457
give_back	do you use	-0.0344
give_back	do ~number	-0.0675
give_back	do ~people	-0.0297
give_back	doe	-0.1767
give_back	doe a	-0.0324
give_back	doe it	-0.0266
give_back	doe your	-0.0669
give_back	doe your compani	-0.0267
give_back	doe your team	-0.032
give_back	doe ~number	-0.0478
give_back	done	-0.0592
give_back	down	-0.0615
give_back	downsid	-0.031
give_back	drop	-0.0338
give_back	eat	-0.028
give_back	eat into	-0.028
give_back	eat into your	-0.028
give_back	els	-0.1003
give_back	els should	-0.0218
give_back	els should i	-0.0218
give_back	email	-0.129
give_back	email tonight	-0.0203
give_back	email you	-0.0727
give_back	end	0.078
give_back	end of	-0.0233
give_back	engin	-0.0845
give_back	enjoy	-0.0236
give_back	entri	-0.0337
give_back	entri level	-0.0337
give_back	even	0.1595
give_back	ever	0.9445
give_back	ever help	0.1614
give_back	ever need	0.2001
give_back	ever need a	0.1524
give_back	ever want	0.2126
give_back	ever ~help	0.0851
give_back	everyth	-0.0629
give_back	everyth i	-0.0205
give_back	everyth on	-0.0236
give_back	everyth on my	-0.0236
give_back	exercis	-0.0523
give_back	exercis to	-0.0306
give_back	experi	-0.101
give_back	explain	-0.0229
give_back	extra	0.5123
give_back	favor	0.2632
give_back	favor somehow	0.13
give_back	feedback	0.1414
give_back	feel	-0.0487
give_back	feel like	-0.0223
give_back	few	-0.0453
give_back	field	-0.1919
give_back	financ	-0.0321
give_back	find	-0.066
give_back	find out	-0.0209
give_back	finish	0.0358
give_back	finish ~number	-0.0225
give_back	firm	-0.121
give_back	first	-0.0793
give_back	first year	-0.0226
give_back	first ~duration	-0.0226
give_back	five	-0.0237
give_back	follow	-0.0997
give_back	follow up	-0.0722
give_back	follow up by	-0.0227
give_back	follow up with	-0.0362
give_back	for	0.3841
give_back	for a	-0.1058
give_back	for a beginn	-0.02
give_back	for an	-0.0625
give_back	for data	-0.0215
give_back	for me	-0.0829
give_back	for nurs	-0.0206
give_back	for the	0.104
give_back	for this	-0.0783
give_back	for this field	-0.066
give_back	for today	-0.0357
give_back	for you	0.58
give_back	for your	0.1861
give_back	for ~number	-0.0725
give_back	for ~org	-0.026
give_back	forecast	-0.0408
give_back	found	-0.0253
give_back	free	0.1613
give_back	freelanc	-0.0343
give_back	from	0.1233
give_back	from me	-0.0265
give_back	from my	0.1003
give_back	from the	0.2129
give_back	from ~number	0.2009
give_back	game	-0.1036
give_back	get	-0.3509
give_back	get a	-0.033
give_back	get an	-0.0369
give_back	get into	-0.1594
give_back	get ~number	-0.0759
give_back	give	-0.0383
give_back	glad	0.2425
give_back	glad to	0.2425
give_back	go	-0.2146
give_back	go to	-0.0599
give_back	go to send	-0.0402
give_back	goe	-0.0305
give_back	good	-0.1603
give_back	good at	0.1141
give_back	good to	-0.0224
give_back	good to talk	-0.0224
give_back	good word	-0.0262
give_back	good word for	-0.0262
give_back	got	-0.0779
give_back	got ~number	-0.0218
give_back	grad	-0.0628
give_back	grad school	-0.0394
give_back	grad ~org	-0.0394
give_back	graduat	-0.0459
give_back	grant	0.128
give_back	grate	-0.1335
give_back	great	0.0566
give_back	great well	-0.0294
give_back	growth	-0.0631
give_back	had	-0.1361
give_back	half	-0.0424
give_back	half hour	-0.0273
give_back	half ~limit	-0.0273
give_back	half ~timeunit	-0.0273
give_back	hand	0.7258
give_back	handl	-0.0251
give_back	happi	0.4078
give_back	happi to	0.4272
give_back	happi to help	0.1743
give_back	hard	-0.07
give_back	has	-0.0438
give_back	have	-0.504
give_back	have a	-0.0328
give_back	have ani	-0.0608
give_back	have been	-0.0315
give_back	have got	-0.036
give_back	have read	-0.0364
give_back	have time	-0.0251
give_back	have time for	-0.0251
give_back	have ~insight	-0.0364
give_back	have ~limit	-0.0251
give_back	have ~number	-0.0417
give_back	have ~workverb	-0.0412
give_back	head	-0.0267
give_back	hear	-0.0553
give_back	help	1.4211
give_back	help i	0.0722
give_back	help if	0.2308
give_back	help if i	0.2308
give_back	help me	-0.1128
give_back	help me understand	-0.0699
give_back	help to	0.4816
give_back	help with	0.4284
give_back	help with anyth	0.2967
give_back	help you	0.2976
give_back	help you most	-0.0273
give_back	help you out	0.1443
give_back	here	-0.0755
give_back	here to	-0.0253
give_back	hi	-0.0619
give_back	hire	-0.0975
give_back	honest	-0.0983
give_back	honest i	-0.0237
give_back	hope	-0.1227
give_back	hope you	-0.1111
give_back	hour	-0.0763
give_back	hous	-0.0398
give_back	how	-0.158
give_back	how can	0.2267
give_back	how can i	0.235
give_back	how could	0.3353
give_back	how could i	0.3353
give_back	how did	-0.071
give_back	how did you	-0.0443
give_back	how do	-0.1949
give_back	how do you	-0.1296
give_back	how doe	-0.0582
give_back	how doe your	-0.031
give_back	how is	-0.0545
give_back	how is the	-0.0255
give_back	how much	-0.0325
give_back	how should	-0.0295
give_back	how the	-0.0403
give_back	how you	-0.0631
give_back	how your	-0.0304
give_back	how ~help	-0.1949
give_back	how ~number	-0.0403
give_back	how ~studyverb	-0.071
give_back	i	0.8795
give_back	i am	0.1954
give_back	i am a	-0.0452
give_back	i am around	0.102
give_back	i am go	-0.0402
give_back	i am here	-0.0324
give_back	i am hope	-0.0624
give_back	i am not	-0.0355
give_back	i am pretti	0.0855
give_back	i am tri	-0.0206
give_back	i be	0.4482
give_back	i can	0.6532
give_back	i can be	0.2088
give_back	i can do	0.1331
give_back	i can ever	0.0851
give_back	i can help	0.1595
give_back	i can return	0.1694
give_back	i can see	-0.1027
give_back	i could	0.2708
give_back	i could do	0.0738
give_back	i could tri	-0.0276
give_back	i do	0.0877
give_back	i do for	0.46
give_back	i do not	-0.1292
give_back	i do this	-0.0575
give_back	i do to	-0.0786
give_back	i follow	-0.0498
give_back	i follow up	-0.0498
give_back	i had	-0.098
give_back	i have	-0.2172
give_back	i have been	-0.0216
give_back	i have read	-0.0364
give_back	i just	-0.0355
give_back	i know	0.1454
give_back	i know we	0.091
give_back	i know you	-0.0283
give_back	i learn	-0.0511
give_back	i learn more	-0.0391
give_back	i mention	-0.0566
give_back	i need	-0.044
give_back	i practic	-0.0507
give_back	i reach	-0.0638
give_back	i reach out	-0.0358
give_back	i read	-0.0279
give_back	i realli	-0.0479
give_back	i realli appreci	-0.0259
give_back	i return	0.1875
give_back	i return the	0.1875
give_back	i send	-0.1244
give_back	i send you	-0.1105
give_back	i should	-0.116
give_back	i should talk	-0.0218
give_back	i think	-0.1284
give_back	i think i	-0.0312
give_back	i think that	-0.0237
give_back	i think we	-0.0456
give_back	i want	-0.1004
give_back	i want to	-0.093
give_back	i was	-0.087
give_back	i was hope	-0.0266
give_back	i will	-0.286
give_back	i will be	-0.0564
give_back	i will definit	-0.0239
give_back	i will keep	-0.0271
give_back	i will leav	-0.0431
give_back	i will let	-0.1218
give_back	i will not	-0.0551
give_back	i will send	0.2693
give_back	i will sign	-0.0213
give_back	i will stop	-0.0548
give_back	i will wrap	-0.0206
give_back	i would	0.2784
give_back	i would be	0.2306
give_back	i would like	-0.0401
give_back	i would love	-0.0372
give_back	i ~contactverb	-0.0464
give_back	i ~help	0.6318
give_back	i ~insight	-0.0407
give_back	i ~learn	0.064
give_back	i ~org	-0.0507
give_back	i ~studyverb	-0.0655
give_back	i ~talk	-0.1131
give_back	i ~want	0.071
give_back	idea	-0.0453
give_back	if	1.1028
give_back	if i	0.2562
give_back	if i can	0.2553
give_back	if i follow	-0.0227
give_back	if i would	-0.0252
give_back	if it	0.1138
give_back	if that	0.1835
give_back	if that is	0.1014
give_back	if there	0.1436
give_back	if there is	0.1501
give_back	if you	0.3783
give_back	if you could	-0.0866
give_back	if you ever	0.2641
give_back	if you need	0.0538
give_back	if you were	-0.0547
give_back	if your	0.1336
give_back	if your team	0.2078
give_back	in	-0.2942
give_back	in a	-0.0477
give_back	in a good	-0.0262
give_back	in data	-0.0202
give_back	in game	-0.0266
give_back	in my	-0.0263
give_back	in polici	-0.0312
give_back	in return	0.2221
give_back	in this	-0.0386
give_back	in touch	-0.0221
give_back	in touch with	-0.0328
give_back	in your	-0.2026
give_back	in your depart	-0.048
give_back	in your field	-0.0342
give_back	in your network	-0.0568
give_back	in ~contactverb	-0.0237
give_back	in ~help	0.2221
give_back	in ~number	-0.0697
give_back	industri	-0.068
give_back	inform	-0.0357
give_back	insid	-0.0209
give_back	interest	-0.0944
give_back	interest in	-0.0455
give_back	intern	-0.0798
give_back	internship	-0.0518
give_back	interview	-0.0592
give_back	into	-0.331
give_back	into a	-0.1441
give_back	into your	-0.028
give_back	into ~number	-0.1502
give_back	intro	-0.059
give_back	introduct	-0.0481
give_back	introduct to	-0.0337
give_back	is	-0.263
give_back	is a	-0.031
give_back	is all	-0.0413
give_back	is ani	0.145
give_back	is ani way	0.145
give_back	is anyon	-0.0606
give_back	is done	-0.0326
give_back	is ever	0.1419
give_back	is everyth	-0.0351
give_back	is for	-0.0238
give_back	is for me	-0.0238
give_back	is help	0.0826
give_back	is it	-0.057
give_back	is realli	-0.0221
give_back	is super	-0.0669
give_back	is that	-0.024
give_back	is the	-0.1942
give_back	is there	0.2443
give_back	is there a	-0.1116
give_back	is there ani	0.0301
give_back	is there anyth	0.3746
give_back	is your	-0.0337
give_back	is ~number	-0.2323
give_back	is ~people	-0.0644
give_back	is ~want	-0.0287
give_back	it	0.2356
give_back	it be	-0.054
give_back	it be ok	-0.0381
give_back	it for	-0.0276
give_back	it from	-0.0255
give_back	it help	0.2095
give_back	it help if	0.2308
give_back	it is	0.1519
give_back	it take	-0.0293
give_back	it there	-0.056
give_back	it there for	-0.0357
give_back	it ~help	0.2095
give_back	it ~insight	-0.0293
give_back	job	-0.1692
give_back	jump	-0.0651
give_back	junior	-0.0531
give_back	junior design	-0.0239
give_back	junior ~student	-0.0257
give_back	just	0.0308
give_back	just start	-0.0231
give_back	just ~learn	0.058
give_back	just ~want	-0.0246
give_back	keep	-0.2255
give_back	keep in	-0.0281
give_back	keep in touch	-0.0281
give_back	keep you	-0.0732
give_back	keep you post	-0.0351
give_back	kept	-0.0298
give_back	kept you	-0.0298
give_back	kind	0.0721
give_back	kind of	-0.0551
give_back	know	0.0496
give_back	know anyon	-0.0313
give_back	know how	-0.0273
give_back	know how the	-0.0206
give_back	know i	-0.0242
give_back	know i am	-0.0242
give_back	know if i	0.0673
give_back	know if your	-0.0656
give_back	know we	0.091
give_back	know we are	0.0923
give_back	know you	-0.0283
give_back	know ~people	-0.0326
give_back	lab	-0.0222
give_back	last	-0.1011
give_back	last week	-0.0249
give_back	last ~closing	-0.0249
give_back	late	-0.0404
give_back	later	-0.0633
give_back	law	-0.0255
give_back	lead	-0.0305
give_back	leadership	-0.0242
give_back	learn	-0.1176
give_back	learn more	-0.0402
give_back	learn more about	-0.0402
give_back	leav	-0.1142
give_back	leav it	-0.078
give_back	leav it there	-0.056
give_back	let	-0.1207
give_back	let us leav	-0.0412
give_back	let you	-0.1494
give_back	let you get	-0.0212
give_back	let you go	-0.0539
give_back	let you know	-0.0325
give_back	level	-0.0409
give_back	level ~job	-0.0329
give_back	life	-0.0213
give_back	like the	0.2663
give_back	like ~number	0.2403
give_back	line	-0.0211
give_back	link	-0.05
give_back	linkedin	-0.1747
give_back	list	-0.038
give_back	long	-0.029
give_back	longer	-0.0437
give_back	look	0.1834
give_back	look like	-0.0554
give_back	lot	0.0293
give_back	lot of	0.0419
give_back	love	-0.0702
give_back	love an	-0.0321
give_back	love it	-0.0269
give_back	love to	0.0218
give_back	love to stay	-0.0399
give_back	love ~number	-0.0509
give_back	lunch	-0.0415
give_back	made	-0.0337
give_back	main	-0.0289
give_back	make	-0.1819
give_back	make myself	-0.0466
give_back	make myself a	-0.0466
give_back	make sens	-0.0564
give_back	make the	-0.0347
give_back	make ~insight	-0.0564
give_back	make ~number	-0.0461
give_back	manag	-0.103
give_back	market	-0.0238
give_back	matter	-0.0482
give_back	matter most	-0.0276
give_back	matter most in	-0.0222
give_back	me	-0.545
give_back	me about	-0.0613
give_back	me about the	-0.044
give_back	me for	-0.0957
give_back	me for the	-0.0917
give_back	me in	-0.0776
give_back	me know if	0.0288
give_back	me through	-0.0342
give_back	me through a	-0.0222
give_back	me to	-0.025
give_back	me understand	-0.0699
give_back	me ~learn	-0.0663
give_back	meet	-0.0941
give_back	meet you	-0.0283
give_back	meetup	0.0351
give_back	mention	0.3803
give_back	mentor	0.3202
give_back	might	0.3051
give_back	might be	-0.0356
give_back	mind	-0.1263
give_back	mind if	-0.0915
give_back	mind if i	-0.0435
give_back	minut	-0.0601
give_back	moment	-0.0499
give_back	month	-0.0567
give_back	more	-0.1729
give_back	more about	-0.0488
give_back	more of	-0.0355
give_back	more of your	-0.0355
give_back	more question	-0.0607
give_back	morn	-0.0281
give_back	most	-0.0581
give_back	most in	-0.0283
give_back	move	-0.0474
give_back	move into	-0.0335
give_back	much	-0.1531
give_back	much for	-0.0212
give_back	much of	-0.0278
give_back	much of your	-0.0205
give_back	my	-0.2454
give_back	my applic	-0.0214
give_back	my interest	-0.0433
give_back	my interest in	-0.0265
give_back	my list	-0.0236
give_back	my own	-0.0206
give_back	my question	-0.0262
give_back	my resum	-0.084
give_back	my resum to	-0.0225
give_back	my ~application	-0.1054
give_back	myself	-0.1569
give_back	myself a	-0.0466
give_back	myself ~number	-0.0466
give_back	name	-0.0583
give_back	name of	-0.0229
give_back	near	0.0914
give_back	need	0.1136
give_back	need a	0.1308
give_back	need a hand	0.2116
give_back	need to	-0.0716
give_back	need to be	-0.0256
give_back	need ~number	0.1192
give_back	network	-0.0756
give_back	network who	-0.0542
give_back	network ~people	-0.0542
give_back	never	-0.0526
give_back	new	-0.0675
give_back	new grad	-0.0222
give_back	newslett	-0.024
give_back	next	-0.1196
give_back	no	-0.0876
give_back	nonprofit	-0.049
give_back	not	-0.2564
give_back	not have	-0.062
give_back	not want	-0.0396
give_back	not want to	-0.0396
give_back	not ~want	-0.0598
give_back	note tomorrow	-0.0279
give_back	now	-0.1703
give_back	nurs	-0.1986
give_back	nurs school	-0.026
give_back	nurs ~org	-0.0225
give_back	of	0.45
give_back	of a	-0.0282
give_back	of ani	0.1213
give_back	of anyth	-0.0469
give_back	of peopl in	0.0363
give_back	of the	-0.0477
give_back	of the job	-0.0275
give_back	of the time	-0.021
give_back	of time	0.0651
give_back	of your	0.3441
give_back	of your afternoon	-0.0338
give_back	of your time	-0.0505
give_back	of ~limit	0.0651
give_back	of ~number	-0.0813
give_back	off	-0.0447
give_back	often	-0.0217
give_back	oh	-0.043
give_back	ok	-0.1937
give_back	ok i	-0.0267
give_back	ok i think	-0.0237
give_back	ok if	-0.0269
give_back	ok if i	-0.0269
give_back	ok that	-0.0562
give_back	ok that is	-0.0562
give_back	ok to	-0.0266
give_back	old	-0.0479
give_back	on	-0.3177
give_back	on it	-0.0335
give_back	on linkedin	-0.1397
give_back	on my	0.0866
give_back	on my list	-0.0236
give_back	on my own	-0.0206
give_back	on the	-0.1351
give_back	on your	0.1372
give_back	on your plate	0.2594
give_back	on your team	-0.1204
give_back	on ~number	-0.1638
give_back	onboard	0.1309
give_back	onc	-0.0778
give_back	onc i	-0.0466
give_back	onc i have	-0.0466
give_back	one	-0.0403
give_back	onlin	-0.0434
give_back	open	-0.1746
give_back	open for	-0.0229
give_back	open on	-0.0697
give_back	or	-0.1952
give_back	or newslett	-0.024
give_back	or should	-0.0228
give_back	or ~number	-0.0261
give_back	organis	0.0312
give_back	other	-0.0407
give_back	out	-0.0457
give_back	out if	-0.0271
give_back	out of	0.0492
give_back	out of time	0.0651
give_back	out to	-0.0272
give_back	out with	0.2035
give_back	outreach	0.068
give_back	over	-0.0927
give_back	over ~number	-0.0546
give_back	own	-0.0401
give_back	part	-0.1341
give_back	part of	-0.071
give_back	part of the	-0.0332
give_back	part time	-0.063
give_back	part ~limit	-0.063
give_back	pass	-0.0917
give_back	pass my	-0.0344
give_back	path	-0.0451
give_back	patient	-0.0213
give_back	peopl	-0.1129
give_back	peopl in	0.0228
give_back	peopl in the	0.0454
give_back	person	0.1128
give_back	perspect	0.0414
give_back	perspect on	0.0696
give_back	pick	0.0622
give_back	pitch	0.2643
give_back	place	-0.0308
give_back	plan	-0.0393
give_back	plate	0.2594
give_back	pleas	0.0921
give_back	pleas let	-0.0272
give_back	pleas let me	-0.0272
give_back	point	-0.0331
give_back	polici	-0.1113
give_back	polici analyst	-0.024
give_back	portfolio	-0.0504
give_back	posit	-0.0573
give_back	post	-0.0542
give_back	post on	-0.023
give_back	practic	-0.06
give_back	prepar	-0.0684
give_back	prepar for	-0.0684
give_back	pretti	0.2287
give_back	process	-0.0238
give_back	product	-0.0489
give_back	profession	-0.0294
give_back	program	0.1103
give_back	progress	-0.0235
give_back	project	0.4207
give_back	project i	-0.0434
give_back	project i could	-0.0434
give_back	project you	-0.0345
give_back	public	-0.0247
give_back	put	0.1066
give_back	put in	-0.0262
give_back	put in a	-0.0262
give_back	python	0.3554
give_back	question	-0.154
give_back	quick	-0.0477
give_back	quick ~talk	-0.0218
give_back	reach out	-0.061
give_back	reach out to	-0.0272
give_back	read	-0.0804
give_back	read ~number	-0.0364
give_back	real	-0.0551
give_back	realli	-0.2631
give_back	realli appreci	-0.0634
give_back	realli appreci it	-0.0226
give_back	realli grate	-0.1143
give_back	realli ~want	-0.0818
give_back	reason	-0.0246
give_back	recommend	-0.1366
give_back	recommend i	-0.021
give_back	refer	-0.0279
give_back	refer me	-0.0212
give_back	referr	-0.0403
give_back	report	-0.0314
give_back	research	-0.0939
give_back	result	0.1257
give_back	resum	-0.084
give_back	resum to	-0.0225
give_back	return	0.6096
give_back	return the	0.3904
give_back	return the favor	0.2632
give_back	return ~number	0.3904
give_back	review	0.0823
give_back	right	-0.1547
give_back	right now	-0.0566
give_back	risk	-0.033
give_back	role	-0.1844
give_back	rout	-0.0203
give_back	run	0.2914
give_back	said	-0.0234
give_back	same	-0.032
give_back	say ~number	0.063
give_back	school	-0.0774
give_back	scienc	-0.0572
give_back	scientist	-0.0432
give_back	second	-0.0241
give_back	sector	-0.0443
give_back	see	-0.0447
give_back	see if	-0.0521
give_back	see if i	-0.0415
give_back	see the	-0.0512
give_back	see we	-0.0548
give_back	see we are	-0.0548
give_back	see ~number	-0.0512
give_back	send	0.0687
give_back	send me	-0.0295
give_back	send you	0.1781
give_back	send you a	-0.0712
give_back	send you my	-0.0784
give_back	sens	-0.0564
give_back	shall	0.0212
give_back	shall i	-0.0388
give_back	shall project	-0.0486
give_back	shall project i	-0.0434
give_back	share	0.2718
give_back	share my	0.1398
give_back	share what	0.1713
give_back	share what i	0.0978
give_back	shift	-0.0358
give_back	short	0.4072
give_back	should	-0.3584
give_back	should i	-0.2303
give_back	should i be	-0.0547
give_back	should i do	-0.0439
give_back	should talk	-0.0218
give_back	should talk to	-0.0218
give_back	should ~talk	-0.0392
give_back	side	0.1896
give_back	side if	0.0558
give_back	side of	0.118
give_back	side project	0.06
give_back	sign	-0.0213
give_back	sign off	-0.0213
give_back	skill	-0.0527
give_back	so	-0.2518
give_back	so i	-0.1088
give_back	so i am	-0.033
give_back	so i will	-0.0508
give_back	so if	0.0972
give_back	so if you	0.0288
give_back	so much	-0.0452
give_back	so much for	-0.0212
give_back	so you	-0.0925
give_back	so you can	-0.0601
give_back	softwar	-0.0239
give_back	some	0.399
give_back	some ~insight	-0.0265
give_back	somehow	0.13
give_back	someon	0.0734
give_back	someth	-0.0406
give_back	someth i	-0.0259
give_back	sorri	-0.1193
give_back	sorri i	-0.0447
give_back	sorri i know	-0.0447
give_back	sorri my	-0.0258
give_back	sound	-0.037
give_back	speak	0.1207
give_back	speak to	0.0775
give_back	staff	0.1639
give_back	stand	-0.2729
give_back	stand out	-0.2729
give_back	start	-0.1157
give_back	start out	-0.0206
give_back	stay	0.0679
give_back	step	-0.0353
give_back	still	-0.0371
give_back	stop	-0.0708
give_back	stop there	-0.0278
give_back	strong	-0.0227
give_back	student	0.4367
give_back	studi	-0.0504
give_back	studio	-0.0299
give_back	suggest	-0.0459
give_back	suggest ~number	-0.0206
give_back	suit	-0.0228
give_back	suit me	-0.0202
give_back	summari	0.1093
give_back	summari of	0.1093
give_back	summari of the	0.1093
give_back	summer	-0.1273
give_back	super	-0.0755
give_back	support	0.3185
give_back	survey	0.5123
give_back	switch	-0.0557
give_back	take	0.0886
give_back	take a	0.2666
give_back	take for	-0.0238
give_back	take on	-0.0406
give_back	take up	-0.0551
give_back	take up ani	-0.0355
give_back	take ~number	0.2538
give_back	taken	-0.0204
give_back	talk	-0.1838
give_back	talk to	-0.1004
give_back	talk to about	-0.0254
give_back	talk with	-0.0236
give_back	talk with me	-0.0236
give_back	teach	-0.0349
give_back	team	0.3063
give_back	team ever	0.2078
give_back	team work	-0.0349
give_back	team ~workverb	-0.0243
give_back	technician	-0.0262
give_back	tell	0.0324
give_back	tell me	0.0549
give_back	tell me about	-0.0613
give_back	tell you	-0.0201
give_back	test	0.1264
give_back	test my	-0.0433
give_back	test my interest	-0.0433
give_back	than	-0.0594
give_back	thank	-0.3334
give_back	thank so	-0.0224
give_back	thank so much	-0.0224
give_back	thank you	-0.1479
give_back	thank you email	-0.0222
give_back	thank you for	-0.0515
give_back	thank you note	-0.038
give_back	thank you so	-0.0228
give_back	that	0.0567
give_back	that i	-0.0313
give_back	that is	-0.1603
give_back	that is all	-0.0413
give_back	that is everyth	-0.0351
give_back	that is super	-0.0669
give_back	that make	-0.0402
give_back	that make sens	-0.0402
give_back	that ~want	0.0766
give_back	the	0.6323
give_back	the analyst	-0.0202
give_back	the articl	-0.0212
give_back	the articl i	-0.0212
give_back	the atmospher	-0.0241
give_back	the bootcamp	-0.023
give_back	the cfa	-0.0232
give_back	the cultur	-0.0237
give_back	the data	-0.0233
give_back	the day	-0.0235
give_back	the downsid	-0.031
give_back	the end	-0.0233
give_back	the end of	-0.0233
give_back	the favor	0.2632
give_back	the favor somehow	0.13
give_back	the field	-0.055
give_back	the half	-0.0273
give_back	the half hour	-0.0273
give_back	the hire	-0.0225
give_back	the job	-0.0514
give_back	the junior	-0.0258
give_back	the last	-0.0205
give_back	the link	-0.05
give_back	the moment	-0.0355
give_back	the most	-0.0769
give_back	the next	-0.0211
give_back	the recruit	0.032
give_back	the sector	-0.0204
give_back	the student	0.3059
give_back	the switch	-0.0271
give_back	the time	-0.0319
give_back	the work	-0.026
give_back	the ~closing	-0.0466
give_back	the ~degree	-0.0515
give_back	the ~gatekeeper	-0.0589
give_back	the ~hiring	0.1854
give_back	the ~job	-0.1713
give_back	the ~learn	-0.0285
give_back	the ~limit	-0.0596
give_back	the ~number	-0.0333
give_back	the ~org	-0.0872
give_back	the ~people	-0.0236
give_back	the ~student	0.2082
give_back	the ~workverb	-0.026
give_back	their	-0.0219
give_back	there	0.1439
give_back	there a	-0.1116
give_back	there a shall	-0.0434
give_back	there ani way	0.0436
give_back	there anyth	0.3746
give_back	there anyth i	0.1825
give_back	there anyth you	-0.0453
give_back	there are	-0.0223
give_back	there for	-0.0432
give_back	there for today	-0.0357
give_back	there is	0.1477
give_back	there is ani	0.145
give_back	there is anyon	-0.0606
give_back	there so	-0.0358
give_back	there so you	-0.0358
give_back	there ~number	-0.1186
give_back	there ~people	-0.0236
give_back	these	-0.0245
give_back	these day	-0.0225
give_back	thing	0.0792
give_back	think	-0.272
give_back	think i	-0.0752
give_back	think i should	-0.0265
give_back	think of	-0.0492
give_back	think that	-0.0499
give_back	think we	-0.0456
give_back	think we can	-0.0456
give_back	this	-0.4088
give_back	this field	-0.0981
give_back	this is	-0.0277
give_back	this sector	-0.0216
give_back	this summer	-0.1072
give_back	this was	0.0895
give_back	this work	-0.0235
give_back	this ~learn	-0.0235
give_back	this ~workverb	-0.0235
give_back	thought	-0.0822
give_back	through	-0.0646
give_back	through a	-0.0339
give_back	through ~number	-0.037
give_back	time	0.1412
give_back	time for	-0.0251
give_back	to	-0.0396
give_back	to about	-0.0279
give_back	to ask	0.105
give_back	to be	-0.099
give_back	to build	-0.0608
give_back	to connect	0.0347
give_back	to do	-0.0683
give_back	to find	-0.0389
give_back	to find out	-0.0209
give_back	to get	-0.0709
give_back	to grad	-0.0394
give_back	to grad school	-0.0394
give_back	to help	0.4042
give_back	to help with	0.2108
give_back	to help you	0.1503
give_back	to keep	-0.0234
give_back	to learn	-0.0352
give_back	to make	-0.0423
give_back	to prepar	-0.0661
give_back	to prepar for	-0.0661
give_back	to see	-0.0521
give_back	to see if	-0.0521
give_back	to send	-0.0581
give_back	to share	0.1313
give_back	to share what	0.0978
give_back	to stay	-0.0487
give_back	to stay in	-0.0429
give_back	to take	-0.0338
give_back	to take up	-0.0338
give_back	to talk	-0.1052
give_back	to talk to	-0.0285
give_back	to talk with	-0.0236
give_back	to test	-0.0541
give_back	to test my	-0.0433
give_back	to the	-0.0539
give_back	to understand	-0.0232
give_back	to work	-0.0253
give_back	to you	0.7071
give_back	to your	0.0743
give_back	to ~help	0.3694
give_back	to ~insight	-0.0338
give_back	to ~learn	-0.1648
give_back	to ~number	-0.0704
give_back	to ~people	-0.0338
give_back	to ~sendverb	0.0576
give_back	to ~student	-0.0601
give_back	to ~talk	0.0604
give_back	to ~workverb	-0.0325
give_back	today	-0.1258
give_back	togeth	0.1366
give_back	tomorrow	-0.0279
give_back	tonight	-0.0359
give_back	too	-0.0766
give_back	too much	-0.0227
give_back	tool	-0.0306
give_back	touch	-0.0241
give_back	touch with	-0.0328
give_back	trailhead	-0.0256
give_back	tri	-0.0979
give_back	tri to	-0.073
give_back	trust	-0.0241
give_back	twelv	-0.0227
give_back	two	-0.029
give_back	typic	-0.0368
give_back	understand	-0.0931
give_back	understand the	-0.0735
give_back	understand ~number	-0.0735
give_back	up	-0.3038
give_back	up a	-0.0215
give_back	up ani	-0.0536
give_back	up ani more	-0.0355
give_back	up by	-0.0227
give_back	up by email	-0.0227
give_back	up with	-0.0381
give_back	up ~number	-0.0243
give_back	us leav	-0.0412
give_back	us leav it	-0.0412
give_back	use	0.6535
give_back	use to	0.2081
give_back	use to you	0.2088
give_back	use ~number	0.4917
give_back	usual	-0.0518
give_back	valu	-0.0369
give_back	valu your	-0.0322
give_back	volunt	0.2684
give_back	walk	-0.0342
give_back	walk me	-0.0342
give_back	walk me through	-0.0342
give_back	want	0.0265
give_back	want to	-0.1542
give_back	want to be	-0.0463
give_back	want to take	-0.0338
give_back	was	-0.1289
give_back	was hope	-0.0266
give_back	was ~want	-0.0317
give_back	way	0.1849
give_back	way i	0.2436
give_back	way i can	0.3272
give_back	way i could	-0.0836
give_back	we	-0.1487
give_back	we are almost	-0.0521
give_back	we are near	0.0914
give_back	we can	-0.0456
give_back	we have	-0.0222
give_back	week	-0.1258
give_back	weekend	-0.0212
give_back	well	-0.0591
give_back	well i	-0.0464
give_back	well i will	-0.0295
give_back	went	-0.0352
give_back	were	-0.0679
give_back	were start	-0.0367
give_back	what	-0.4916
give_back	what a	-0.0259
give_back	what are	-0.069
give_back	what are the	-0.028
give_back	what are you	-0.0313
give_back	what can	0.315
give_back	what can i	0.315
give_back	what could	-0.0467
give_back	what could i	-0.0467
give_back	what do	-0.0667
give_back	what do you	-0.0489
give_back	what doe	-0.0343
give_back	what i	0.0886
give_back	what is	-0.1558
give_back	what is the	-0.0939
give_back	what kind	-0.0314
give_back	what kind of	-0.0314
give_back	what make	-0.0232
give_back	what should	-0.0488
give_back	what should i	-0.0449
give_back	what softwar	-0.0239
give_back	what was	-0.0207
give_back	what would	-0.0655
give_back	what would you	-0.0437
give_back	what you	-0.0227
give_back	what ~help	-0.0667
give_back	what ~number	-0.0305
give_back	what ~want	-0.0655
give_back	when	-0.2261
give_back	when i	-0.1682
give_back	when you	-0.0264
give_back	where	-0.1576
give_back	where can	-0.0906
give_back	where can i	-0.0817
give_back	where do	-0.0333
give_back	where ~help	-0.0333
give_back	whether	-0.0337
give_back	whi	-0.076
give_back	whi i	-0.0414
give_back	whi i am	-0.0225
give_back	which	0.2229
give_back	which abil	-0.0461
give_back	which is	-0.0268
give_back	which of	0.4979
give_back	which of your	0.4979
give_back	which ~student	-0.034
give_back	who	-0.2164
give_back	who do	-0.0369
give_back	who do you	-0.0257
give_back	who els	-0.0249
give_back	who els should	-0.0218
give_back	who would	-0.0701
give_back	who would be	-0.0639
give_back	who ~help	-0.0369
give_back	who ~want	-0.0701
give_back	will	-0.3029
give_back	will be	-0.0564
give_back	will definit	-0.0239
give_back	will keep	-0.0271
give_back	will leav	-0.0431
give_back	will leav it	-0.0368
give_back	will let	-0.1218
give_back	will let you	-0.1218
give_back	will not	-0.0551
give_back	will send	0.2693
give_back	will send you	0.3214
give_back	will sign	-0.0213
give_back	will sign off	-0.0213
give_back	will stop	-0.0548
give_back	will wrap	-0.0206
give_back	will wrap up	-0.0206
give_back	will ~contactverb	-0.0429
give_back	will ~sendverb	0.202
give_back	will ~talk	-0.0436
give_back	wish	-0.0245
give_back	with	0.2203
give_back	with a	-0.0427
give_back	with anyth	0.3219
give_back	with me	-0.0248
give_back	with real	-0.0524
give_back	with the	0.2025
give_back	with the recruit	0.0414
give_back	with you	-0.1023
give_back	with you on	-0.0377
give_back	with your	-0.0573
give_back	with ~number	0.1563
give_back	wonder	-0.0232
give_back	word	0.0395
give_back	word for	-0.0262
give_back	word for me	-0.0262
give_back	work	-0.3909
give_back	work in	-0.039
give_back	work on	-0.0269
give_back	worth	-0.0863
give_back	worth it	-0.0228
give_back	worth ~number	-0.023
give_back	would	0.0922
give_back	would be	0.2005
give_back	would be glad	0.2425
give_back	would be good	-0.0224
give_back	would be happi	0.0492
give_back	would be realli	-0.1143
give_back	would it	0.1402
give_back	would it be	-0.054
give_back	would it help	0.2095
give_back	would like	-0.0401
give_back	would love	-0.0395
give_back	would love an	-0.0321
give_back	would love to	0.0326
give_back	would recommend	-0.0325
give_back	would you	-0.1394
give_back	would you be	-0.0285
give_back	would you do	-0.0324
give_back	would ~number	-0.0214
give_back	would ~want	-0.0471
give_back	wow	-0.0328
give_back	wrap	-0.0345
give_back	wrap up	-0.0325
give_back	write	0.0602
give_back	yeah	-0.0531
give_back	year	-0.1446
give_back	yesterday	-0.0277
give_back	yet	-0.0357
give_back	you	0.5589
give_back	you a	-0.1083
give_back	you a quick	-0.0253
give_back	you a thank	-0.0257
give_back	you are	0.31
give_back	you be	-0.0491
give_back	you can	-0.1391
give_back	you could	-0.1316
give_back	you could pass	-0.0302
give_back	you could put	-0.0317
give_back	you decid	-0.0302
give_back	you describ	-0.0483
give_back	you do	-0.0669
give_back	you email	-0.0222
give_back	you email tonight	-0.0203
give_back	you ever	0.2211
give_back	you ever need	0.1909
give_back	you find	-0.0241
give_back	you for	-0.0817
give_back	you for a	-0.0265
give_back	you get	-0.0327
give_back	you go	-0.0601
give_back	you have	-0.0702
give_back	you hear	-0.0263
give_back	you help	-0.0222
give_back	you in	0.1678
give_back	you in return	0.1817
give_back	you keep	-0.0577
give_back	you know	-0.0937
give_back	you know anyon	-0.0313
give_back	you know how	-0.0235
give_back	you like	-0.0297
give_back	you mention	0.4444
give_back	you most	-0.0305
give_back	you my	-0.0784
give_back	you need	0.0348
give_back	you note	-0.038
give_back	you on	-0.0702
give_back	you on linkedin	-0.0702
give_back	you out	0.1401
give_back	you post	-0.0351
give_back	you recommend	-0.043
give_back	you run	0.3397
give_back	you said	-0.0234
give_back	you so	-0.0228
give_back	you so much	-0.0228
give_back	you suggest	-0.0279
give_back	you tell	-0.0298
give_back	you tell me	-0.0274
give_back	you that	0.2843
give_back	you the	0.092
give_back	you think	-0.1203
give_back	you think i	-0.044
give_back	you to	-0.0495
give_back	you use	-0.0344
give_back	you walk	-0.0223
give_back	you walk me	-0.0223
give_back	you were	-0.0581
give_back	you were start	-0.0367
give_back	you wish	-0.0245
give_back	you work	-0.0244
give_back	you would	-0.0946
give_back	you would recommend	-0.0325
give_back	you ~contactverb	-0.0222
give_back	you ~help	-0.115
give_back	you ~learn	-0.2152
give_back	you ~sendverb	-0.0402
give_back	you ~talk	-0.0418
give_back	you ~want	-0.1259
give_back	you ~workverb	0.3153
give_back	your	0.503
give_back	your afternoon	-0.0379
give_back	your app	0.1495
give_back	your compani	-0.0872
give_back	your day	-0.0212
give_back	your depart	-0.0513
give_back	your field	-0.0342
give_back	your firm	-0.1058
give_back	your lunch	-0.0386
give_back	your network	-0.0568
give_back	your network who	-0.0542
give_back	your plate	0.2594
give_back	your team	0.4265
give_back	your team ever	0.2078
give_back	your team work	-0.0349
give_back	your time	-0.0774
give_back	your week	-0.0225
give_back	your work	-0.043
give_back	your ~closing	-0.0984
give_back	your ~insight	-0.053
give_back	your ~job	-0.0272
give_back	your ~learn	-0.0423
give_back	your ~limit	-0.1978
give_back	your ~org	0.2227
give_back	your ~people	0.1157
give_back	your ~talk	-0.0568
give_back	your ~workverb	-0.043
give_back	~application	-0.1208
give_back	~application to	-0.0281
give_back	~closing	-0.2873
give_back	~closing to	-0.0211
give_back	~contactverb	-0.2203
give_back	~contactverb and	0.0485
give_back	~contactverb out	-0.0316
give_back	~contactverb tonight	-0.0203
give_back	~contactverb with	-0.0456
give_back	~contactverb you	-0.1069
give_back	~degree	-0.0478
give_back	~degree in	-0.035
give_back	~duration	-0.164
give_back	~gatekeeper	-0.1652
give_back	~help	0.9343
give_back	~help a	-0.0407
give_back	~help befor	-0.0352
give_back	~help data	-0.0261
give_back	~help first	-0.0344
give_back	~help for	0.5825
give_back	~help i	-0.0442
give_back	~help if	0.2308
give_back	~help me	-0.1176
give_back	~help not	-0.0331
give_back	~help peopl	-0.044
give_back	~help the	0.7345
give_back	~help this	-0.09
give_back	~help with	0.4284
give_back	~help you	-0.2045
give_back	~hiring	0.0881
give_back	~insight	-0.0554
give_back	~insight a	0.254
give_back	~insight for	0.1288
give_back	~insight the	-0.0366
give_back	~insight to	-0.0331
give_back	~insight up	-0.0525
give_back	~job	-0.6088
give_back	~job at	-0.0375
give_back	~job for	-0.0256
give_back	~job i	-0.0416
give_back	~job in	-0.031
give_back	~job on	-0.0697
give_back	~job or	-0.0224
give_back	~later	-0.1764
give_back	~learn	-0.6152
give_back	~learn about	0.079
give_back	~learn an	-0.0369
give_back	~learn anyon	-0.0313
give_back	~learn how	-0.0358
give_back	~learn i	-0.0255
give_back	~learn if	0.0859
give_back	~learn more	-0.0423
give_back	~learn of	-0.0257
give_back	~learn on	-0.0221
give_back	~learn out	-0.0459
give_back	~learn the	-0.1457
give_back	~learn we	0.0362
give_back	~learn with	-0.023
give_back	~learn you	-0.0442
give_back	~learn your	-0.0224
give_back	~limit	-0.1438
give_back	~limit for	-0.0251
give_back	~limit i	-0.0252
give_back	~limit so	-0.0265
give_back	~number	-0.1655
give_back	~number agenc	-0.0216
give_back	~number analyst	-0.0225
give_back	~number articl	-0.0212
give_back	~number atmospher	-0.0241
give_back	~number bank	-0.0225
give_back	~number beginn	-0.02
give_back	~number big	-0.0268
give_back	~number bootcamp	-0.0278
give_back	~number career	0.0419
give_back	~number cfa	-0.0232
give_back	~number confer	0.0998
give_back	~number coupl	-0.0512
give_back	~number cultur	-0.0237
give_back	~number data	-0.0286
give_back	~number day	-0.0298
give_back	~number design	-0.0283
give_back	~number downsid	-0.031
give_back	~number end	-0.0233
give_back	~number exercis	-0.0223
give_back	~number extra	0.5123
give_back	~number favor	0.2632
give_back	~number few	-0.0382
give_back	~number field	-0.055
give_back	~number good	-0.1927
give_back	~number half	-0.0273
give_back	~number hand	0.2116
give_back	~number hire	-0.0225
give_back	~number hour	-0.035
give_back	~number interview	-0.0364
give_back	~number intro	-0.059
give_back	~number introduct	-0.0337
give_back	~number job	-0.1008
give_back	~number junior	-0.0342
give_back	~number last	-0.0246
give_back	~number link	-0.05
give_back	~number lot	0.0293
give_back	~number minut	-0.0475
give_back	~number moment	-0.0355
give_back	~number most	-0.0769
give_back	~number next	-0.0211
give_back	~number note	-0.052
give_back	~number of	-0.0413
give_back	~number open	-0.0681
give_back	~number part	-0.0636
give_back	~number polici	-0.0231
give_back	~number portfolio	-0.0222
give_back	~number product	-0.0287
give_back	~number project	-0.0386
give_back	~number question	-0.0397
give_back	~number quick	-0.0346
give_back	~number recruit	0.032
give_back	~number referr	-0.0379
give_back	~number role	-0.0962
give_back	~number second	-0.0226
give_back	~number sector	-0.0204
give_back	~number shall	0.0396
give_back	~number short	0.1504
give_back	~number strong	-0.0227
give_back	~number student	0.2899
give_back	~number switch	-0.0271
give_back	~number thank	-0.0406
give_back	~number time	-0.0319
give_back	~number typic	-0.024
give_back	~number week	-0.0415
give_back	~number work	-0.026
give_back	~number year	-0.0576
give_back	~org	-0.0992
give_back	~org ever	0.1486
give_back	~org i	-0.0278
give_back	~org if	0.0558
give_back	~org of	0.1159
give_back	~org project	0.06
give_back	~org work	-0.0384
give_back	~people	-0.4193
give_back	~people do	-0.0515
give_back	~people els	-0.0643
give_back	~people i	-0.0205
give_back	~people in	-0.051
give_back	~people of	-0.0351
give_back	~people on	-0.0494
give_back	~people to	0.1332
give_back	~people who	-0.0411
give_back	~people would	-0.0865
give_back	~people you	-0.0253
give_back	~sendverb	0.2336
give_back	~sendverb me	-0.0295
give_back	~sendverb tonight	-0.0203
give_back	~sendverb what	0.1713
give_back	~sendverb you	0.2096
give_back	~student	-0.3233
give_back	~student design	-0.0239
give_back	~student for	-0.0205
give_back	~student i	-0.0642
give_back	~student open	-0.0276
give_back	~student role	-0.021
give_back	~student school	-0.0394
give_back	~studyverb	-0.3535
give_back	~studyverb a	-0.0221
give_back	~studyverb the	-0.0304
give_back	~studyverb you	-0.0968
give_back	~talk	-0.3357
give_back	~talk i	-0.0558
give_back	~talk on	-0.0213
give_back	~talk out	-0.0394
give_back	~talk to	-0.0229
give_back	~talk tonight	-0.0203
give_back	~talk who	-0.0542
give_back	~talk with	-0.1502
give_back	~talk you	-0.0908
give_back	~timeunit	-0.1364
give_back	~want	-0.5817
give_back	~want a	0.0499
give_back	~want about	-0.0206
give_back	~want an	-0.0214
give_back	~want appreci	-0.0634
give_back	~want be	0.2005
give_back	~want for	-0.0316
give_back	~want grate	-0.1143
give_back	~want in	-0.0266
give_back	~want it	0.1176
give_back	~want like	-0.042
give_back	~want love	-0.0395
give_back	~want need	-0.0323
give_back	~want recommend	-0.0325
give_back	~want start	-0.0231
give_back	~want this	-0.0353
give_back	~want to	-0.2578
give_back	~want valu	-0.0322
give_back	~want you	-0.3031
give_back	~want your	-0.0623
give_back	~workverb	-0.1693
give_back	~workverb in	-0.0501
give_back	~workverb on	-0.0269
give_back	~workverb the	-0.0353
give_back	~workverb with	-0.0214
self_intro	*	-3.0065
self_intro	20	0.0796
self_intro	20 minut	0.0796
self_intro	20 ~limit	0.0796
self_intro	20 ~timeunit	0.0796
self_intro	?	-1.6815
self_intro	^alright	-0.0311
self_intro	^ani	-0.024
self_intro	^are	-0.0748
self_intro	^befor	0.0597
self_intro	^can	-0.0659
self_intro	^could	-0.0571
self_intro	^current	0.2669
self_intro	^do	-0.1117
self_intro	^have	-0.0498
self_intro	^hey	0.0353
self_intro	^honest	-0.0298
self_intro	^how	-0.3157
self_intro	^i	0.2681
self_intro	^if	-0.0484
self_intro	^is	-0.1907
self_intro	^just	-0.0363
self_intro	^let	-0.0318
self_intro	^mind	-0.0256
self_intro	^my	0.1071
self_intro	^no	-0.0607
self_intro	^oh	-0.0243
self_intro	^ok	-0.0526
self_intro	^right	-0.024
self_intro	^so	0.2425
self_intro	^sorri	-0.061
self_intro	^tell	-0.0255
self_intro	^thank	-0.1208
self_intro	^that	-0.1093
self_intro	^this	-0.0242
self_intro	^walk	-0.035
self_intro	^was	-0.0269
self_intro	^we	-0.0566
self_intro	^what	-0.4785
self_intro	^where	-0.1229
self_intro	^which	-0.0985
self_intro	^who	-0.0308
self_intro	^would	-0.064
self_intro	^yeah	-0.0275
self_intro	a	0.6558
self_intro	a big	-0.0203
self_intro	a bit	0.0665
self_intro	a bit of	0.0335
self_intro	a bootcamp	0.0435
self_intro	a career	-0.0589
self_intro	a career in	-0.0334
self_intro	a coupl	-0.0293
self_intro	a coupl of	-0.0227
self_intro	a degre	0.0261
self_intro	a degre in	0.03
self_intro	a few	0.0643
self_intro	a few year	-0.0547
self_intro	a good	-0.0502
self_intro	a great	-0.0312
self_intro	a hand	-0.0392
self_intro	a job i	-0.0422
self_intro	a junior	0.035
self_intro	a junior at	0.0427
self_intro	a line	-0.0316
self_intro	a line onc	-0.0316
self_intro	a lot	-0.0276
self_intro	a program	-0.0249
self_intro	a program director	-0.0249
self_intro	a project	-0.0225
self_intro	a referr	-0.0645
self_intro	a research	-0.0202
self_intro	a role	-0.0348
self_intro	a second	0.052
self_intro	a shall	0.1184
self_intro	a startup	-0.0222
self_intro	a student	-0.0252
self_intro	a thank	-0.026
self_intro	a thank you	-0.026
self_intro	a typic	-0.0396
self_intro	a typic week	-0.0294
self_intro	a ~degree	0.1702
self_intro	a ~job	-0.0255
self_intro	a ~number	0.035
self_intro	a ~student	0.2768
self_intro	abil	-0.0289
self_intro	about	0.2033
self_intro	about consult	-0.024
self_intro	about five	0.0289
self_intro	about it	-0.0277
self_intro	about me	0.3269
self_intro	about me i	0.0461
self_intro	about the	-0.0628
self_intro	about what	-0.0635
self_intro	about your	-0.0289
self_intro	about ~studyverb	0.0486
self_intro	academia	-0.0254
self_intro	account	0.1467
self_intro	actual	-0.0664
self_intro	advic	0.0341
self_intro	advic on	0.0434
self_intro	after	0.1321
self_intro	after a	0.025
self_intro	after a few	-0.0547
self_intro	after ~number	0.07
self_intro	again	-0.0233
self_intro	agre	-0.0251
self_intro	all	-0.0282
self_intro	all my	-0.038
self_intro	all my question	-0.038
self_intro	all this	0.0899
self_intro	alreadi	-0.0344
self_intro	alright	-0.0381
self_intro	am	0.5802
self_intro	am a	0.575
self_intro	am a junior	0.0427
self_intro	am around	-0.0252
self_intro	am curious	-0.0717
self_intro	am finish	0.2588
self_intro	am here	-0.0727
self_intro	am here to	-0.0457
self_intro	am in	0.077
self_intro	am in my	0.077
self_intro	am just	-0.0596
self_intro	am just tri	-0.0252
self_intro	am look	-0.0434
self_intro	am most	0.0441
self_intro	am not ask	-0.034
self_intro	am not look	0.0273
self_intro	am now	0.0458
self_intro	am pretti	0.0895
self_intro	am realli	0.0765
self_intro	am tri	-0.0288
self_intro	am tri to	-0.0288
self_intro	am ~number	0.575
self_intro	am ~studyverb	0.2588
self_intro	am ~want	-0.2352
self_intro	an	-0.0697
self_intro	analyst	-0.0677
self_intro	analyt	0.0743
self_intro	and	0.8402
self_intro	and honest	0.091
self_intro	and honest i	0.091
self_intro	and i	0.4287
self_intro	and i am	0.1312
self_intro	and i have	0.1899
self_intro	and now	0.0933
self_intro	and would	-0.045
self_intro	and ~want	0.0276
self_intro	ani	-0.1366
self_intro	anyon	-0.041
self_intro	anyth	-0.0774
self_intro	appli to your	-0.046
self_intro	appreci	-0.1037
self_intro	are	-0.3413
self_intro	are near	-0.0342
self_intro	are right	-0.0245
self_intro	are right at	-0.0245
self_intro	are there	-0.0399
self_intro	are you	-0.0356
self_intro	around	-0.0252
self_intro	as a	0.023
self_intro	ask	-0.1316
self_intro	ask you	-0.039
self_intro	ask you to	-0.0213
self_intro	at	0.583
self_intro	at a	0.2991
self_intro	at a shall	0.1405
self_intro	at a startup	-0.0222
self_intro	at that	-0.0332
self_intro	at the	0.0591
self_intro	at the moment	-0.0316
self_intro	at your	-0.0237
self_intro	at ~number	0.333
self_intro	back	-0.0504
self_intro	background	0.1684
self_intro	balanc	-0.0388
self_intro	bank	-0.0585
self_intro	be	-0.2175
self_intro	be clear	-0.0257
self_intro	becom	-0.0395
self_intro	becom a	-0.0377
self_intro	becom ~number	-0.0395
self_intro	been	0.4024
self_intro	been do	0.0606
self_intro	been in	0.0805
self_intro	been ~studyverb	0.0698
self_intro	been ~workverb	0.0499
self_intro	befor	0.025
self_intro	befor i	-0.0203
self_intro	best	-0.0245
self_intro	better	0.1006
self_intro	between	-0.0738
self_intro	big	-0.0322
self_intro	biggest	-0.0359
self_intro	bit	0.0764
self_intro	bit about	0.0461
self_intro	bit about me	0.0461
self_intro	bit of	0.0335
self_intro	bootcamp	0.0229
self_intro	build	0.1499
self_intro	but	0.0927
self_intro	but i	0.1234
self_intro	but i have	0.1249
self_intro	call	-0.0254
self_intro	can	-0.2034
self_intro	can a	-0.0231
self_intro	can i	-0.0522
self_intro	can you	-0.0292
self_intro	can ~number	-0.0231
self_intro	care	-0.0388
self_intro	career	-0.1397
self_intro	career in	-0.0334
self_intro	certif	0.1265
self_intro	chang	-0.0468
self_intro	chariti	0.0422
self_intro	chat	-0.0308
self_intro	check	-0.022
self_intro	chemistri	0.1448
self_intro	clear	-0.0257
self_intro	clinic	0.1141
self_intro	clinic ~learn	-0.0421
self_intro	coach	-0.0228
self_intro	colleg	0.1357
self_intro	come	-0.0323
self_intro	commit	-0.0202
self_intro	communiti	0.1285
self_intro	compani	0.0661
self_intro	connect	-0.0362
self_intro	connect with	-0.0205
self_intro	conscious	-0.0368
self_intro	consult	-0.04
self_intro	contact	0.0781
self_intro	context	0.0308
self_intro	could	-0.131
self_intro	could i	-0.0319
self_intro	could you	-0.0425
self_intro	coupl	-0.0293
self_intro	coupl of	-0.0227
self_intro	cours	-0.0313
self_intro	cover	-0.0234
self_intro	cover everyth	-0.0234
self_intro	credit	-0.0202
self_intro	cs	0.0509
self_intro	curious	-0.0795
self_intro	curious about	-0.0616
self_intro	current	0.2662
self_intro	custom	0.1348
self_intro	data	-0.0564
self_intro	data scienc	-0.0401
self_intro	day to	0.0324
self_intro	day to day	0.0324
self_intro	decent	-0.0238
self_intro	decid	-0.0733
self_intro	decid between	-0.0617
self_intro	definit	0.0248
self_intro	definit not	0.0333
self_intro	definit not ask	0.0333
self_intro	degre	0.3376
self_intro	degre in	0.0671
self_intro	depart	-0.0247
self_intro	design	-0.1108
self_intro	desk	0.1611
self_intro	develop	-0.0215
self_intro	did	0.1818
self_intro	did my	0.065
self_intro	did you	-0.1019
self_intro	did you end	-0.0342
self_intro	did ~number	0.0869
self_intro	differ	-0.0457
self_intro	differ from	-0.0216
self_intro	director	-0.0337
self_intro	do	-0.2882
self_intro	do a	0.0294
self_intro	do i	-0.0277
self_intro	do i need	-0.0213
self_intro	do not	-0.0579
self_intro	do research	-0.0252
self_intro	do you	-0.1181
self_intro	do ~learn	-0.0224
self_intro	do ~number	0.0243
self_intro	doe	-0.1592
self_intro	doe a	-0.0551
self_intro	doe it	-0.0227
self_intro	doe ~number	-0.0595
self_intro	drop	-0.0335
self_intro	drop you	-0.0316
self_intro	drop you a	-0.0316
self_intro	eat	-0.0207
self_intro	eat into	-0.0207
self_intro	eat into your	-0.0207
self_intro	els	-0.0306
self_intro	email	-0.0407
self_intro	end up	-0.0417
self_intro	engin	-0.0238
self_intro	english	0.073
self_intro	ever	-0.0771
self_intro	ever need	-0.0476
self_intro	ever need a	-0.0462
self_intro	everyth	-0.0553
self_intro	everyth on	-0.0272
self_intro	everyth on my	-0.0272
self_intro	feel	-0.0416
self_intro	few	0.0578
self_intro	few year	-0.06
self_intro	few ~duration	-0.0742
self_intro	field	-0.0773
self_intro	figur	0.1096
self_intro	figur out	0.1096
self_intro	final	0.1066
self_intro	final year	0.1122
self_intro	final ~duration	0.1122
self_intro	finish	0.5179
self_intro	finish a	0.3047
self_intro	finish the	-0.037
self_intro	finish the cours	-0.037
self_intro	finish ~number	0.2677
self_intro	firm	0.1291
self_intro	fit	0.1126
self_intro	fit me	0.1126
self_intro	five	0.236
self_intro	five year	0.2441
self_intro	five ~duration	0.2441
self_intro	follow	-0.0499
self_intro	follow up	-0.041
self_intro	follow up with	-0.0299
self_intro	for	0.1747
self_intro	for a	0.1038
self_intro	for about	0.0805
self_intro	for advic	0.0243
self_intro	for data	-0.0202
self_intro	for me	-0.0688
self_intro	for the	-0.0658
self_intro	for this	-0.0236
self_intro	for ~insight	0.0243
self_intro	for ~number	0.196
self_intro	free	0.1005
self_intro	freelanc	0.1931
self_intro	from	-0.0996
self_intro	from a	-0.0406
self_intro	from me	-0.0299
self_intro	from my	-0.0278
self_intro	from the	0.0251
self_intro	front	0.1543
self_intro	game	-0.0633
self_intro	game design	-0.0218
self_intro	gather	-0.0445
self_intro	gather inform	-0.0445
self_intro	gather ~insight	-0.0445
self_intro	get	-0.1418
self_intro	get a	-0.037
self_intro	get into	-0.0258
self_intro	get ~number	-0.0402
self_intro	go	-0.1728
self_intro	go after	-0.0547
self_intro	go after a	-0.0547
self_intro	go to	-0.0321
self_intro	go ~want	-0.0547
self_intro	good	-0.1355
self_intro	good at	-0.0341
self_intro	got a	-0.0247
self_intro	got ~number	0.059
self_intro	grad	0.0306
self_intro	grant	-0.035
self_intro	grate	-0.0242
self_intro	great	-0.0505
self_intro	had	-0.0725
self_intro	half	-0.0413
self_intro	half hour	-0.0346
self_intro	half ~limit	-0.0346
self_intro	half ~timeunit	-0.0346
self_intro	hand	-0.0414
self_intro	happi	-0.0435
self_intro	happi to	-0.0227
self_intro	hard	-0.0502
self_intro	have	0.2525
self_intro	have a	-0.0616
self_intro	have ani	-0.0201
self_intro	have ask	-0.031
self_intro	have been	0.3564
self_intro	have been do	0.0606
self_intro	have finish	-0.037
self_intro	have finish the	-0.037
self_intro	have got	-0.0385
self_intro	have onli	0.0777
self_intro	have onli got	0.0777
self_intro	have read	-0.024
self_intro	have work	0.135
self_intro	have ~insight	-0.024
self_intro	have ~number	-0.0916
self_intro	have ~studyverb	-0.037
self_intro	have ~workverb	0.503
self_intro	head	-0.0268
self_intro	health	0.2144
self_intro	hear how	0.0237
self_intro	hear how you	0.0237
self_intro	help	-0.1198
self_intro	help with	-0.0214
self_intro	here	-0.0586
self_intro	here to	0.0484
self_intro	here to learn	-0.054
self_intro	hey	0.0353
self_intro	hire	-0.0566
self_intro	histori	0.0805
self_intro	honest	-0.0338
self_intro	honest i	0.0709
self_intro	honest i am	0.021
self_intro	honest ~insight	-0.0201
self_intro	hope to learn	0.0245
self_intro	hospit	0.2121
self_intro	how	-0.2558
self_intro	how can	-0.0335
self_intro	how did	-0.0853
self_intro	how did you	-0.073
self_intro	how do	-0.0515
self_intro	how do you	-0.0234
self_intro	how doe	-0.039
self_intro	how is	-0.0452
self_intro	how to	0.0506
self_intro	how you	0.0565
self_intro	how you got	-0.0261
self_intro	how you see	0.0859
self_intro	how ~help	-0.0515
self_intro	how ~studyverb	-0.0853
self_intro	hunt	-0.0369
self_intro	i	0.0381
self_intro	i am	0.5802
self_intro	i am a	0.575
self_intro	i am around	-0.0252
self_intro	i am curious	-0.0717
self_intro	i am finish	0.2588
self_intro	i am here	-0.0727
self_intro	i am in	0.077
self_intro	i am just	-0.0596
self_intro	i am look	-0.0434
self_intro	i am most	0.0441
self_intro	i am now	0.0458
self_intro	i am pretti	0.0895
self_intro	i am realli	0.0765
self_intro	i am tri	-0.0288
self_intro	i can	-0.0433
self_intro	i could	-0.0311
self_intro	i did	0.121
self_intro	i do	-0.0653
self_intro	i do not	-0.0448
self_intro	i follow	-0.0242
self_intro	i follow up	-0.0242
self_intro	i graduat	0.0324
self_intro	i had	-0.0442
self_intro	i have	0.3079
self_intro	i have been	0.2955
self_intro	i have finish	-0.037
self_intro	i have read	-0.024
self_intro	i just	0.138
self_intro	i just want	0.0483
self_intro	i know we	0.0653
self_intro	i know you	-0.0245
self_intro	i need	-0.026
self_intro	i reach	-0.0554
self_intro	i reach out	-0.0544
self_intro	i realli	-0.0315
self_intro	i should	-0.0358
self_intro	i spent	0.0619
self_intro	i think	-0.0923
self_intro	i think i	-0.0403
self_intro	i think that	-0.0268
self_intro	i think we	-0.0241
self_intro	i was	0.0732
self_intro	i was hope	0.026
self_intro	i will	-0.3257
self_intro	i will drop	-0.0316
self_intro	i will leav	-0.0253
self_intro	i will let	-0.0474
self_intro	i will send	-0.0247
self_intro	i will sign	-0.0204
self_intro	i would	-0.0451
self_intro	i ~help	-0.0889
self_intro	i ~learn	0.0329
self_intro	i ~studyverb	0.1452
self_intro	i ~want	0.0626
self_intro	i ~workverb	0.2878
self_intro	idea	-0.026
self_intro	if	-0.2352
self_intro	if i	-0.0609
self_intro	if you	-0.0599
self_intro	if you ever	-0.0217
self_intro	if your	-0.0383
self_intro	if your team	-0.0272
self_intro	in	0.4938
self_intro	in civil	0.0214
self_intro	in civil engin	0.0214
self_intro	in data scienc	-0.026
self_intro	in game	-0.0246
self_intro	in hospit	0.1623
self_intro	in how	-0.0623
self_intro	in how you	-0.0623
self_intro	in my	0.1262
self_intro	in retail	0.0458
self_intro	in ten	-0.0257
self_intro	in ten year	-0.0257
self_intro	in the field	-0.0233
self_intro	in this	-0.0249
self_intro	in touch	-0.0422
self_intro	in your	-0.0667
self_intro	in ~contactverb	-0.0427
self_intro	industri	-0.061
self_intro	inform	-0.0743
self_intro	interest	-0.0979
self_intro	interest in	-0.071
self_intro	interest in how	-0.0623
self_intro	internship	0.0449
self_intro	internship in	0.031
self_intro	into	-0.0263
self_intro	into your	-0.0207
self_intro	is	-0.5896
self_intro	is a	-0.0481
self_intro	is all	-0.0266
self_intro	is everyth	-0.0254
self_intro	is it	-0.0585
self_intro	is most	0.1549
self_intro	is not	-0.0213
self_intro	is part	-0.0304
self_intro	is realli	-0.023
self_intro	is the	-0.116
self_intro	is there	-0.0747
self_intro	is there a	-0.0366
self_intro	is ~number	-0.1675
self_intro	is ~want	0.1311
self_intro	it	-0.3489
self_intro	it for	-0.03
self_intro	it is	-0.0375
self_intro	it there	-0.0276
self_intro	it ~want	-0.0208
self_intro	job	-0.1077
self_intro	job ask	-0.025
self_intro	job hunt	-0.0369
self_intro	job i	-0.0422
self_intro	job ~help	-0.0312
self_intro	job ~want	0.0831
self_intro	junior	0.022
self_intro	junior at	0.0427
self_intro	just	0.0557
self_intro	just to	-0.0257
self_intro	just to be	-0.0257
self_intro	just tri	-0.0374
self_intro	just tri to	-0.0374
self_intro	just want	0.0345
self_intro	just want to	0.0345
self_intro	just ~learn	-0.0257
self_intro	keep	-0.0793
self_intro	keep you	-0.0409
self_intro	kept	-0.0202
self_intro	kept you	-0.0202
self_intro	kind	0.1378
self_intro	kind of	0.1389
self_intro	know	-0.067
self_intro	know i	-0.0361
self_intro	know i am	-0.0361
self_intro	know we	0.0653
self_intro	know you	-0.0245
self_intro	lab	0.0646
self_intro	last	0.138
self_intro	last question	-0.0226
self_intro	last summer	0.0378
self_intro	last year	0.1367
self_intro	last ~duration	0.1367
self_intro	late	-0.0246
self_intro	law	0.1189
self_intro	lead	-0.0296
self_intro	learn	0.1866
self_intro	learn how	0.0318
self_intro	leav	-0.0805
self_intro	leav it	-0.0423
self_intro	leav it there	-0.0276
self_intro	left	-0.0209
self_intro	let	-0.112
self_intro	let us	-0.0283
self_intro	let us leav	-0.0217
self_intro	let you	-0.0647
self_intro	let you go	-0.0285
self_intro	level	0.0276
self_intro	like	-0.17
self_intro	like day	0.0454
self_intro	like day to	0.0454
self_intro	like ~closing	0.0454
self_intro	like ~limit	0.0454
self_intro	like ~number	-0.0504
self_intro	line	-0.0343
self_intro	line onc	-0.0316
self_intro	line onc i	-0.0316
self_intro	linkedin	-0.0337
self_intro	list	-0.044
self_intro	local	0.1755
self_intro	look for advic	0.0243
self_intro	look like	-0.0427
self_intro	look to	0.0219
self_intro	lot	-0.0276
self_intro	love to	0.0259
self_intro	love to stay	-0.0238
self_intro	love to understand	0.0744
self_intro	love ~number	-0.0207
self_intro	lunch	-0.0246
self_intro	made	-0.0213
self_intro	main	-0.0293
self_intro	major	0.0287
self_intro	make	-0.0764
self_intro	make ~number	-0.0328
self_intro	manag	0.0719
self_intro	market	0.1567
self_intro	math	0.0261
self_intro	matter	-0.0619
self_intro	matter most	-0.0463
self_intro	matter most in	-0.0299
self_intro	may	0.0333
self_intro	me	0.1322
self_intro	me about	-0.0288
self_intro	me about your	-0.0226
self_intro	me i	0.0639
self_intro	me through	-0.0468
self_intro	me through a	-0.036
self_intro	me when	-0.0211
self_intro	me ~learn	-0.0253
self_intro	meet	-0.034
self_intro	mention	-0.0328
self_intro	might	-0.0297
self_intro	mind	-0.0622
self_intro	minut left	-0.0209
self_intro	minut so	0.0545
self_intro	minut so i	-0.0301
self_intro	moment	-0.0341
self_intro	month	-0.0367
self_intro	more	-0.0967
self_intro	more about	-0.0218
self_intro	more question	-0.033
self_intro	most	0.201
self_intro	most in	0.1332
self_intro	most ~want	0.0395
self_intro	move	0.1518
self_intro	move into	0.1345
self_intro	much	-0.0929
self_intro	much this	-0.0264
self_intro	my	0.2413
self_intro	my background	0.162
self_intro	my career	-0.0279
self_intro	my first	0.062
self_intro	my first year	0.062
self_intro	my list	-0.0272
self_intro	my question	-0.0434
self_intro	my ~degree	0.2736
self_intro	name	-0.0254
self_intro	near	-0.0342
self_intro	necessari	-0.0205
self_intro	need	-0.134
self_intro	need a	-0.0647
self_intro	need a hand	-0.0392
self_intro	need to	-0.0308
self_intro	need ~number	-0.0696
self_intro	never	-0.0676
self_intro	new	0.0619
self_intro	next	-0.051
self_intro	next ~number	-0.0225
self_intro	night	0.2838
self_intro	no	-0.0783
self_intro	nonprofit	-0.0711
self_intro	not	-0.1348
self_intro	not ask for	0.0291
self_intro	not ask you	-0.0298
self_intro	not job	-0.0369
self_intro	not job hunt	-0.0369
self_intro	not look	0.0273
self_intro	not ~job	-0.0369
self_intro	not ~want	0.0688
self_intro	note	-0.0283
self_intro	now	0.3946
self_intro	now ~studyverb	0.3267
self_intro	of	-0.0926
self_intro	of the	-0.0538
self_intro	of the job	-0.0236
self_intro	of your	-0.048
self_intro	of ~number	-0.0725
self_intro	of ~people	-0.0202
self_intro	off	-0.0221
self_intro	oh	-0.0243
self_intro	ok	-0.099
self_intro	ok that	-0.0331
self_intro	ok that is	-0.0331
self_intro	on	-0.04
self_intro	on a	0.05
self_intro	on how	0.0473
self_intro	on linkedin	-0.0303
self_intro	on my	-0.0481
self_intro	on my list	-0.0272
self_intro	on the	0.0902
self_intro	on your	-0.0348
self_intro	on ~number	0.1373
self_intro	onc	-0.0486
self_intro	onc i	-0.0465
self_intro	onc i have	-0.0465
self_intro	one	-0.0456
self_intro	onli	0.0477
self_intro	onli got	0.0777
self_intro	onli have	-0.0301
self_intro	open	-0.0551
self_intro	or anyth	-0.0228
self_intro	out	-0.0272
self_intro	out whether	0.0972
self_intro	over	-0.0374
self_intro	part	-0.0508
self_intro	part of	-0.0516
self_intro	path	-0.1065
self_intro	peopl	-0.1075
self_intro	peopl in	-0.041
self_intro	peopl in the	-0.0213
self_intro	perspect	-0.0524
self_intro	pharmaci	0.0576
self_intro	phd	0.0749
self_intro	pick	-0.0305
self_intro	place	-0.029
self_intro	pleas	-0.0237
self_intro	point	-0.0206
self_intro	polici	0.0319
self_intro	pretti	0.0709
self_intro	product	-0.0228
self_intro	profess	0.0264
self_intro	profess i	0.0283
self_intro	program	-0.0878
self_intro	program director	-0.0249
self_intro	project	0.0816
self_intro	promis	-0.0311
self_intro	psycholog	0.0317
self_intro	public	0.0891
self_intro	question	-0.1262
self_intro	quick	0.0802
self_intro	rather	-0.0429
self_intro	rather than	-0.0409
self_intro	reach	-0.0429
self_intro	reach out	-0.0403
self_intro	read	-0.0414
self_intro	read ~number	-0.024
self_intro	realli	-0.067
self_intro	realli appreci	-0.0812
self_intro	realli just	-0.026
self_intro	realli ~want	-0.0206
self_intro	recommend	-0.0249
self_intro	recruit	-0.045
self_intro	referr	-0.066
self_intro	research	-0.0268
self_intro	research with	-0.0295
self_intro	retail	0.0452
self_intro	return	0.0445
self_intro	right	-0.0957
self_intro	right at	-0.0245
self_intro	right now	0.0266
self_intro	role	-0.0501
self_intro	run	-0.0336
self_intro	same	-0.0441
self_intro	say	-0.0435
self_intro	school	0.0444
self_intro	scienc	-0.0401
self_intro	second	0.0954
self_intro	second year	0.0972
self_intro	second ~duration	0.0972
self_intro	see	0.049
self_intro	see the	0.0263
self_intro	see the field	0.0317
self_intro	see ~number	0.0263
self_intro	send	-0.0548
self_intro	send you	-0.0253
self_intro	shall	0.1293
self_intro	share	-0.033
self_intro	shift	-0.0208
self_intro	short	-0.0223
self_intro	should	-0.118
self_intro	should i	-0.0612
self_intro	side	-0.033
self_intro	sign	-0.0204
self_intro	sign off	-0.0204
self_intro	sinc	0.1338
self_intro	six	0.0431
self_intro	six year	0.0458
self_intro	six year in	0.0458
self_intro	six ~duration	0.0431
self_intro	skill	-0.0486
self_intro	so	0.3069
self_intro	so i	0.3895
self_intro	so i am	0.4257
self_intro	so i will	-0.0738
self_intro	so if	-0.0261
self_intro	so just	-0.0384
self_intro	so much	-0.0464
self_intro	so much this	-0.0264
self_intro	so ~number	0.0327
self_intro	so ~want	-0.0384
self_intro	some	0.1066
self_intro	some ~insight	-0.0462
self_intro	someon	-0.0748
self_intro	sorri	-0.075
self_intro	sorri i	-0.034
self_intro	sorri i know	-0.034
self_intro	sound	-0.0445
self_intro	spent	0.1082
self_intro	spent six	0.0458
self_intro	spent six year	0.0458
self_intro	staff	-0.0335
self_intro	start	-0.0307
self_intro	startup	-0.0434
self_intro	stat	0.0417
self_intro	stay in	-0.0327
self_intro	stay in touch	-0.0313
self_intro	still	-0.0234
self_intro	stop	-0.0384
self_intro	structur	-0.0278
self_intro	student	0.1326
self_intro	student and	0.1384
self_intro	such	-0.0211
self_intro	such a	-0.0211
self_intro	such ~number	-0.0211
self_intro	suggest	-0.0205
self_intro	summer	0.03
self_intro	support	0.1296
self_intro	support for	0.1348
self_intro	switch from	0.0369
self_intro	take	-0.0773
self_intro	take up	-0.028
self_intro	talk	-0.0575
self_intro	talk to	-0.0315
self_intro	talk with	-0.02
self_intro	talk with me	-0.02
self_intro	teach	0.1842
self_intro	team	-0.1048
self_intro	team ever	-0.0272
self_intro	tech	0.024
self_intro	technician	-0.0251
self_intro	tell	-0.0441
self_intro	tell me	-0.0346
self_intro	tell me about	-0.0288
self_intro	ten	0.0224
self_intro	ten year	0.0241
self_intro	ten ~duration	0.0241
self_intro	test	-0.0409
self_intro	than	-0.0615
self_intro	than a	-0.0322
self_intro	than ~number	-0.0322
self_intro	thank	-0.2659
self_intro	thank so	-0.0315
self_intro	thank so much	-0.0315
self_intro	thank to	0.0283
self_intro	thank you	-0.1048
self_intro	thank you for	-0.0261
self_intro	thank ~number	-0.041
self_intro	that	-0.1591
self_intro	that cover	-0.0234
self_intro	that cover everyth	-0.0234
self_intro	that i	0.0473
self_intro	that is	-0.1576
self_intro	that is all	-0.0266
self_intro	that is everyth	-0.0254
self_intro	the	-0.5135
self_intro	the bootcamp	-0.0227
self_intro	the cours	-0.037
self_intro	the field	-0.0329
self_intro	the half	-0.0346
self_intro	the half hour	-0.0346
self_intro	the industri	-0.0227
self_intro	the job	-0.0409
self_intro	the moment	-0.0316
self_intro	the most	-0.0213
self_intro	the next	-0.0289
self_intro	the recruit	-0.0414
self_intro	the switch	-0.0216
self_intro	the work	-0.0347
self_intro	the ~degree	-0.0711
self_intro	the ~gatekeeper	-0.0286
self_intro	the ~hiring	-0.0351
self_intro	the ~job	-0.0479
self_intro	the ~learn	-0.0338
self_intro	the ~limit	-0.0234
self_intro	the ~number	-0.0395
self_intro	the ~org	-0.0266
self_intro	the ~student	-0.0455
self_intro	the ~workverb	-0.0347
self_intro	then	0.121
self_intro	there	-0.146
self_intro	there a	-0.0366
self_intro	there for	-0.0207
self_intro	there ~number	-0.0393
self_intro	these	-0.0296
self_intro	thing	-0.0275
self_intro	think	-0.0977
self_intro	think about	0.0405
self_intro	think i	-0.0486
self_intro	think i have	-0.0344
self_intro	think of	-0.0283
self_intro	think that	-0.0289
self_intro	think that cover	-0.0234
self_intro	think we	-0.0241
self_intro	think we can	-0.0241
self_intro	this field	-0.0386
self_intro	thought	-0.0201
self_intro	three	0.1687
self_intro	three year	0.1732
self_intro	three ~duration	0.1732
self_intro	through	-0.0442
self_intro	through a	-0.0421
self_intro	through a typic	-0.028
self_intro	through ~number	-0.0249
self_intro	time	-0.1219
self_intro	to	-0.2826
self_intro	to a	0.0392
self_intro	to ask	-0.0469
self_intro	to ask for	-0.0297
self_intro	to be	-0.0886
self_intro	to be clear	-0.0257
self_intro	to becom	-0.0245
self_intro	to becom a	-0.0227
self_intro	to day	0.0324
self_intro	to get	-0.0735
self_intro	to get a	-0.0285
self_intro	to hear how	0.0237
self_intro	to help	-0.0206
self_intro	to keep	-0.0281
self_intro	to learn	-0.0297
self_intro	to learn how	0.0318
self_intro	to stay	-0.0315
self_intro	to stay in	-0.0251
self_intro	to talk	-0.0267
self_intro	to talk with	-0.02
self_intro	to think	0.0487
self_intro	to think about	0.0487
self_intro	to understand	0.1126
self_intro	to understand the	-0.0447
self_intro	to understand what	0.0808
self_intro	to your	-0.06
self_intro	to ~closing	0.0324
self_intro	to ~help	-0.0314
self_intro	to ~learn	0.0989
self_intro	to ~limit	0.0301
self_intro	to ~number	0.0216
self_intro	to ~sendverb	-0.0351
self_intro	to ~student	-0.022
self_intro	to ~talk	-0.0885
self_intro	today	-0.0706
self_intro	tonight	-0.0266
self_intro	too	-0.0214
self_intro	tool	-0.0223
self_intro	touch	-0.0446
self_intro	toward	0.1091
self_intro	tri to keep	-0.0242
self_intro	tri to learn	0.0207
self_intro	twenti	-0.0281
self_intro	twenti minut	-0.0281
self_intro	twenti ~limit	-0.0281
self_intro	twenti ~timeunit	-0.0281
self_intro	two	0.081
self_intro	typic	-0.0462
self_intro	typic week	-0.0294
self_intro	typic week on	-0.0227
self_intro	typic ~closing	-0.0355
self_intro	understand	0.1075
self_intro	understand the	-0.0485
self_intro	understand what	0.0795
self_intro	understand ~number	-0.0485
self_intro	up	0.0611
self_intro	up a	0.1302
self_intro	up most	-0.0202
self_intro	up with	-0.0307
self_intro	up ~number	0.1286
self_intro	us	-0.0289
self_intro	us leav	-0.0217
self_intro	us leav it	-0.0217
self_intro	use	-0.0493
self_intro	usual	-0.0278
self_intro	ux research	-0.0255
self_intro	volunt	0.1297
self_intro	walk	-0.0468
self_intro	walk me	-0.0468
self_intro	walk me through	-0.0468
self_intro	want	-0.0505
self_intro	want to	0.0274
self_intro	want to be	-0.0229
self_intro	want to hear	0.0237
self_intro	want to understand	0.0579
self_intro	was	-0.0581
self_intro	was hope	0.026
self_intro	was hope to	0.0296
self_intro	was ~number	0.0663
self_intro	was ~want	0.0229
self_intro	way	-0.0443
self_intro	we	-0.1183
self_intro	we are	-0.1011
self_intro	we are near	-0.0342
self_intro	we are right	-0.0245
self_intro	we can	-0.0241
self_intro	we have	0.0617
self_intro	we have onli	0.0777
self_intro	week	-0.1538
self_intro	week on	-0.0227
self_intro	weekend	-0.041
self_intro	went	-0.0408
self_intro	what	-0.5517
self_intro	what are	-0.0303
self_intro	what do	-0.0264
self_intro	what doe	-0.0313
self_intro	what i	-0.0266
self_intro	what is	-0.117
self_intro	what is the	-0.0576
self_intro	what make	-0.0306
self_intro	what will	-0.0257
self_intro	what your	-0.0717
self_intro	what ~help	-0.0264
self_intro	when	-0.0335
self_intro	when you	-0.0266
self_intro	where	-0.1252
self_intro	where can	-0.0213
self_intro	where do	-0.0405
self_intro	where doe	-0.033
self_intro	where is	-0.0235
self_intro	where ~help	-0.0405
self_intro	whether	0.0829
self_intro	whi	-0.0757
self_intro	whi i	-0.0598
self_intro	whi i am	-0.0287
self_intro	which	-0.1621
self_intro	which is	-0.0327
self_intro	which ~student	-0.0261
self_intro	who	-0.0754
self_intro	will	-0.3557
self_intro	will drop	-0.0316
self_intro	will drop you	-0.0316
self_intro	will leav	-0.0253
self_intro	will leav it	-0.0206
self_intro	will let	-0.0474
self_intro	will let you	-0.0474
self_intro	will send	-0.0247
self_intro	will sign	-0.0204
self_intro	will sign off	-0.0204
self_intro	will ~sendverb	-0.0644
self_intro	with	-0.1671
self_intro	with a	0.0442
self_intro	with me	-0.0222
self_intro	with the	-0.0495
self_intro	with the recruit	-0.0399
self_intro	with you	-0.0229
self_intro	wonder	0.0345
self_intro	work in	0.1609
self_intro	work on	-0.0344
self_intro	world	0.0488
self_intro	worth	-0.0563
self_intro	would	-0.2392
self_intro	would be	-0.0218
self_intro	would love to	0.0315
self_intro	would realli	-0.0536
self_intro	would realli appreci	-0.0516
self_intro	would you	-0.0551
self_intro	would ~want	-0.0548
self_intro	wow	-0.0266
self_intro	wrap	0.0717
self_intro	wrap up	0.0727
self_intro	write	-0.0222
self_intro	yeah	-0.0469
self_intro	year	0.9195
self_intro	year and	0.0735
self_intro	year and i	0.063
self_intro	year in	0.0734
self_intro	year in retail	0.0458
self_intro	yet	0.0275
self_intro	you	-0.9784
self_intro	you a	-0.0534
self_intro	you a line	-0.0316
self_intro	you are	-0.0266
self_intro	you end	-0.036
self_intro	you end up	-0.036
self_intro	you ever	-0.024
self_intro	you ever need	-0.02
self_intro	you for	-0.0478
self_intro	you for a	-0.0202
self_intro	you get	-0.0233
self_intro	you go	-0.032
self_intro	you got	-0.028
self_intro	you have	-0.0451
self_intro	you in	-0.0203
self_intro	you know	-0.0344
self_intro	you move	0.0807
self_intro	you need	-0.0285
self_intro	you need to	-0.0222
self_intro	you see	0.0805
self_intro	you see the	0.0317
self_intro	you think	-0.026
self_intro	you to	-0.0349
self_intro	you would	-0.029
self_intro	you ~help	-0.0208
self_intro	you ~number	-0.0566
self_intro	you ~sendverb	-0.0203
self_intro	you ~talk	-0.021
self_intro	you ~want	-0.041
self_intro	you ~workverb	-0.021
self_intro	your	-0.5819
self_intro	your compani	-0.0657
self_intro	your depart	-0.0203
self_intro	your first	-0.0552
self_intro	your lunch	-0.0236
self_intro	your path	-0.0216
self_intro	your team	-0.0695
self_intro	your team ever	-0.0272
self_intro	your work	-0.0365
self_intro	your ~closing	-0.0428
self_intro	your ~insight	-0.0275
self_intro	your ~learn	-0.0365
self_intro	your ~limit	-0.0634
self_intro	your ~org	-0.187
self_intro	your ~workverb	-0.0365
self_intro	~closing	0.0789
self_intro	~closing on	-0.0227
self_intro	~closing to	0.0266
self_intro	~contactverb	-0.0516
self_intro	~degree	0.7115
self_intro	~degree at	0.2786
self_intro	~degree director	-0.0249
self_intro	~degree in	0.3285
self_intro	~duration	0.8935
self_intro	~duration and	0.0735
self_intro	~duration in	0.0734
self_intro	~gatekeeper	-0.1119
self_intro	~help	-0.391
self_intro	~help for	0.1304
self_intro	~help i	-0.0277
self_intro	~help not	-0.0579
self_intro	~help to	-0.0208
self_intro	~help with	-0.0214
self_intro	~help you	-0.1256
self_intro	~hiring	-0.0552
self_intro	~insight	-0.2308
self_intro	~insight a	-0.0275
self_intro	~job	-0.1615
self_intro	~job ask	-0.025
self_intro	~job hunt	-0.0369
self_intro	~job i	-0.0754
self_intro	~job in	0.0249
self_intro	~later	-0.0453
self_intro	~learn	-0.3683
self_intro	~learn a	-0.0407
self_intro	~learn about	-0.0206
self_intro	~learn at	-0.0329
self_intro	~learn for	-0.0297
self_intro	~learn how	0.1295
self_intro	~learn i	0.0485
self_intro	~learn if	-0.0276
self_intro	~learn in	0.0227
self_intro	~learn out	0.0686
self_intro	~learn so	-0.0297
self_intro	~learn the	-0.0243
self_intro	~learn we	0.0544
self_intro	~learn what	0.0927
self_intro	~learn with	-0.0367
self_intro	~learn you	-0.0336
self_intro	~learn your	-0.0283
self_intro	~limit	-0.1493
self_intro	~limit at	0.0494
self_intro	~limit left	-0.0209
self_intro	~limit so	0.0446
self_intro	~limit to	0.0257
self_intro	~number	-0.1293
self_intro	~number big	-0.0322
self_intro	~number bit	0.0665
self_intro	~number bootcamp	0.0208
self_intro	~number career	-0.0609
self_intro	~number certif	0.1399
self_intro	~number coupl	-0.0293
self_intro	~number cours	-0.037
self_intro	~number degre	0.0261
self_intro	~number few	0.0643
self_intro	~number field	-0.0329
self_intro	~number good	-0.0502
self_intro	~number great	-0.0312
self_intro	~number half	-0.0346
self_intro	~number hand	-0.0392
self_intro	~number hour	-0.0387
self_intro	~number industri	-0.0227
self_intro	~number job	-0.0264
self_intro	~number junior	0.0279
self_intro	~number line	-0.0316
self_intro	~number lot	-0.0276
self_intro	~number moment	-0.0316
self_intro	~number most	-0.0213
self_intro	~number next	-0.0289
self_intro	~number of	-0.0233
self_intro	~number path	-0.0582
self_intro	~number peopl	-0.022
self_intro	~number program	-0.0337
self_intro	~number project	-0.0272
self_intro	~number recruit	-0.0414
self_intro	~number referr	-0.0645
self_intro	~number right	-0.0216
self_intro	~number role	-0.0386
self_intro	~number second	0.052
self_intro	~number shall	0.1184
self_intro	~number startup	-0.0222
self_intro	~number stat	0.0417
self_intro	~number student	-0.0366
self_intro	~number switch	-0.0216
self_intro	~number thank	-0.026
self_intro	~number typic	-0.0396
self_intro	~number work	-0.0347
self_intro	~number year	0.4322
self_intro	~org	0.2188
self_intro	~org and	0.0975
self_intro	~org ever	-0.0341
self_intro	~org for	0.1297
self_intro	~people	-0.2311
self_intro	~people els	-0.0265
self_intro	~people in	-0.053
self_intro	~people who	-0.0276
self_intro	~sendverb	-0.1451
self_intro	~sendverb you	-0.0658
self_intro	~student	0.5118
self_intro	~student and	0.1384
self_intro	~student at	0.2346
self_intro	~student for	0.0208
self_intro	~student in	0.0543
self_intro	~studyverb	0.9325
self_intro	~studyverb a	0.4243
self_intro	~studyverb in	0.0665
self_intro	~studyverb my	0.182
self_intro	~studyverb research	-0.0224
self_intro	~studyverb the	-0.0434
self_intro	~studyverb you	-0.1045
self_intro	~talk	-0.1847
self_intro	~talk for	-0.0322
self_intro	~talk so	-0.029
self_intro	~talk to	-0.0345
self_intro	~talk with	-0.0442
self_intro	~talk you	-0.0294
self_intro	~timeunit left	-0.0209
self_intro	~timeunit so	0.0545
self_intro	~want	-0.1601
self_intro	~want a	-0.0317
self_intro	~want about	-0.0616
self_intro	~want appreci	-0.0812
self_intro	~want be	-0.0218
self_intro	~want for	-0.0276
self_intro	~want here	0.1086
self_intro	~want in	0.0989
self_intro	~want it	-0.0304
self_intro	~want just	-0.026
self_intro	~want on	0.1348
self_intro	~want realli	-0.0536
self_intro	~want tri	-0.0374
self_intro	~want want	0.0299
self_intro	~want you	-0.084
self_intro	~want your	-0.0219
self_intro	~workverb	0.7873
self_intro	~workverb a	0.1732
self_intro	~workverb at	0.1328
self_intro	~workverb do	0.0606
self_intro	~workverb in	0.2414
self_intro	~workverb on	-0.0344
self_intro	~workverb six	0.0458
self_intro	~workverb with	0.0205
"""#
}
