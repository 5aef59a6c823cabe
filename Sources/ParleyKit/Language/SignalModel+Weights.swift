// Written by scripts/train-signals from the tune part of the labelled set; do not edit.
extension SignalModel {
    static let bundledWeights = #"""
purpose	*	-2.9546
purpose	10	-0.0241
purpose	20	0.02
purpose	20 minut	0.02
purpose	20 ~limit	0.02
purpose	20 ~timeunit	0.02
purpose	?	-2.0189
purpose	^alright	-0.0315
purpose	^ani	-0.0465
purpose	^are	-0.1055
purpose	^befor	-0.0491
purpose	^can	-0.0728
purpose	^cheer	-0.0341
purpose	^could	-0.0627
purpose	^current	-0.0434
purpose	^did	-0.0239
purpose	^do	0.021
purpose	^happi	-0.0359
purpose	^have	-0.0224
purpose	^hi	-0.0333
purpose	^how	-0.3171
purpose	^i	0.3239
purpose	^if	-0.1018
purpose	^is	-0.2486
purpose	^just	0.1042
purpose	^let	-0.0395
purpose	^my	0.2684
purpose	^no	0.5921
purpose	^oh	-0.0283
purpose	^ok	-0.1569
purpose	^pleas	-0.0213
purpose	^right	-0.0223
purpose	^so	-0.0505
purpose	^sorri	-0.0885
purpose	^tell	-0.0292
purpose	^thank	-0.2091
purpose	^that	-0.3198
purpose	^the	0.2367
purpose	^this	0.0608
purpose	^was	-0.0336
purpose	^we	-0.0379
purpose	^what	-0.5099
purpose	^where	-0.0682
purpose	^which	-0.0651
purpose	^who	-0.0585
purpose	^would	-0.1103
purpose	^yeah	-0.0565
purpose	a	0.0682
purpose	a bit	0.0229
purpose	a bootcamp	0.0896
purpose	a career changer	-0.0277
purpose	a career in	0.0481
purpose	a coupl	-0.0336
purpose	a coupl of	-0.0295
purpose	a feel	0.0214
purpose	a feel for	0.0214
purpose	a few	0.1467
purpose	a good	-0.0486
purpose	a hand	0.2084
purpose	a job	0.326
purpose	a job at	0.0541
purpose	a job i	0.0263
purpose	a junior	-0.0452
purpose	a junior at	-0.0393
purpose	a lot	-0.0386
purpose	a paraleg	-0.0246
purpose	a part	-0.0217
purpose	a realist	0.1789
purpose	a realli	-0.0246
purpose	a referr	-0.0365
purpose	a role	0.029
purpose	a second year	0.0219
purpose	a shall	-0.036
purpose	a short	-0.0242
purpose	a stay	-0.0517
purpose	a stay at	-0.0517
purpose	a typic	-0.0249
purpose	a ~degree	0.028
purpose	a ~job	0.3491
purpose	a ~number	0.1131
purpose	a ~org	0.1383
purpose	a ~student	-0.0573
purpose	a ~want	-0.0246
purpose	abil	-0.0247
purpose	abl	-0.0608
purpose	abl to	-0.0608
purpose	about	0.2096
purpose	about a	0.0668
purpose	about consult	-0.0259
purpose	about five	0.0281
purpose	about it	0.0529
purpose	about the downsid	0.0338
purpose	about the job	-0.0219
purpose	about what	-0.1053
purpose	about your	-0.0286
purpose	about ~job	0.1082
purpose	about ~number	0.0494
purpose	about ~studyverb	0.1525
purpose	academia	-0.0254
purpose	account	-0.021
purpose	actual	0.3661
purpose	actual do	0.0831
purpose	advic	0.5344
purpose	advic on	0.0584
purpose	advic someon	-0.0343
purpose	advic would	-0.0266
purpose	advic would you	-0.0266
purpose	advic ~people	-0.0343
purpose	advic ~want	-0.0266
purpose	after	-0.08
purpose	after ~number	-0.0413
purpose	afternoon	-0.0415
purpose	agre	-0.0464
purpose	all	-0.1857
purpose	all i	-0.0333
purpose	all my	-0.0237
purpose	all my question	-0.0237
purpose	all this	-0.0402
purpose	almost	-0.0209
purpose	almost out	-0.0209
purpose	almost out of	-0.0209
purpose	alreadi	-0.0282
purpose	alright	-0.0399
purpose	am	0.7256
purpose	am a	-0.0462
purpose	am a junior	-0.0393
purpose	am around	-0.0287
purpose	am curious	0.0741
purpose	am here	0.1651
purpose	am here to	0.0302
purpose	am hope	0.1617
purpose	am in	-0.0404
purpose	am in my	-0.0404
purpose	am just	0.0973
purpose	am just tri	0.0335
purpose	am look	0.1154
purpose	am most	0.0372
purpose	am not	0.2368
purpose	am not ask	0.0213
purpose	am not look	0.0392
purpose	am now	0.0222
purpose	am pretti	-0.0392
purpose	am realli	-0.0247
purpose	am tri	0.1927
purpose	am tri to	0.1927
purpose	am ~number	-0.0685
purpose	am ~want	0.8707
purpose	an	-0.1657
purpose	an interview	-0.0268
purpose	an ~student	-0.0224
purpose	an ~talk	-0.0268
purpose	analyst	-0.0623
purpose	and	0.2168
purpose	and honest	0.0634
purpose	and honest i	0.0634
purpose	and i	0.1828
purpose	and i am	0.1062
purpose	and i have	0.076
purpose	and now	-0.0291
purpose	and would	-0.0463
purpose	and ~want	0.0651
purpose	ani	-0.1331
purpose	ani more	-0.0371
purpose	ani more of	-0.0291
purpose	anoth	-0.0238
purpose	anyon	-0.0953
purpose	anyon els	-0.0344
purpose	anyth	-0.0775
purpose	appli	-0.1043
purpose	appli to	-0.0749
purpose	appli to your	-0.0467
purpose	appreci	-0.055
purpose	appreci it	-0.0543
purpose	appreci you	-0.039
purpose	are	-0.4499
purpose	are almost	-0.0209
purpose	are almost out	-0.0209
purpose	are near	-0.0425
purpose	are the	-0.034
purpose	are there	-0.0793
purpose	are you	-0.0284
purpose	are ~number	-0.0365
purpose	around	-0.0287
purpose	articl	-0.0406
purpose	articl i	-0.036
purpose	articl i mention	-0.036
purpose	as	0.1562
purpose	as a	-0.0253
purpose	as ~number	-0.0312
purpose	ask	0.4957
purpose	ask about	0.1224
purpose	ask for	0.0374
purpose	ask for a	0.0375
purpose	ask you	0.2753
purpose	ask you for	0.1944
purpose	ask you to	0.0809
purpose	at a	0.0621
purpose	at home	-0.0517
purpose	at home parent	-0.0517
purpose	at the	0.1339
purpose	at the moment	0.051
purpose	at your compani	0.0552
purpose	at your firm	-0.0362
purpose	at ~number	0.1853
purpose	back	-0.0703
purpose	back after	-0.0308
purpose	back to	-0.0315
purpose	back ~want	-0.0308
purpose	background	-0.0563
purpose	balanc	-0.0715
purpose	bank	-0.0474
purpose	be	-0.2569
purpose	be abl	-0.0608
purpose	be abl to	-0.0608
purpose	be glad	-0.036
purpose	be glad to	-0.036
purpose	be mind	-0.06
purpose	be mind of	-0.06
purpose	be upfront	0.0234
purpose	be use	-0.0205
purpose	be ~help	-0.0205
purpose	becom	-0.0228
purpose	becom a	-0.0203
purpose	becom ~number	-0.0228
purpose	been	0.0786
purpose	been a	0.0398
purpose	been ~number	0.0329
purpose	been ~studyverb	-0.0405
purpose	been ~workverb	-0.0303
purpose	befor	0.3212
purpose	befor i	0.4002
purpose	befor that	-0.0517
purpose	befor that i	-0.0517
purpose	best	-0.0358
purpose	better	-0.0418
purpose	between	0.0706
purpose	beyond	0.7779
purpose	biggest	-0.0253
purpose	book	-0.0208
purpose	bootcamp	0.054
purpose	brain	0.0924
purpose	build	-0.0593
purpose	busi	-0.0341
purpose	but	-0.0936
purpose	but i	-0.0436
purpose	but i have	-0.0386
purpose	bye	-0.0219
purpose	can	-0.1399
purpose	can ever	-0.0224
purpose	can help	0.1508
purpose	can i	-0.063
purpose	can i learn	-0.0238
purpose	can see	-0.038
purpose	can see we	-0.0235
purpose	can you	-0.0316
purpose	can ~help	0.1321
purpose	can ~learn	-0.0406
purpose	candid	-0.0237
purpose	care	-0.0669
purpose	career	0.0995
purpose	career changer	-0.031
purpose	career in	0.0481
purpose	career ~student	-0.0277
purpose	certif	-0.0416
purpose	chang	-0.0534
purpose	changer	-0.031
purpose	chariti	-0.03
purpose	chat	0.2314
purpose	cheer	-0.0341
purpose	chemistri	-0.0372
purpose	choos	0.2255
purpose	civil	-0.0316
purpose	civil engin	-0.0316
purpose	class	-0.0242
purpose	clinic	-0.1219
purpose	clinic ~learn	-0.0521
purpose	coach	-0.0321
purpose	coder	-0.037
purpose	colleg	-0.0517
purpose	come	-0.0428
purpose	come to	-0.0243
purpose	come to mind	-0.0243
purpose	common	-0.0259
purpose	communiti	-0.0714
purpose	communiti colleg	-0.0494
purpose	connect	-0.0556
purpose	connect with	-0.0205
purpose	conscious	-0.0638
purpose	consult	0.1323
purpose	could	-0.2312
purpose	could i	-0.0549
purpose	could pass	-0.0204
purpose	could pass my	-0.0204
purpose	could tri	-0.0351
purpose	could tri to	-0.0279
purpose	could you	-0.0602
purpose	could ~sendverb	-0.0236
purpose	could ~want	-0.0351
purpose	coupl	-0.0336
purpose	coupl of	-0.0295
purpose	cours	-0.0284
purpose	cover	-0.0816
purpose	cover everyth	-0.0816
purpose	credit	-0.0293
purpose	credit analyst	-0.02
purpose	cs	0.0291
purpose	curious	0.1771
purpose	current	-0.0445
purpose	current a	-0.0265
purpose	current ~number	-0.0265
purpose	data	-0.0467
purpose	data scienc	-0.0346
purpose	day	0.1048
purpose	day is	0.106
purpose	day to	0.1619
purpose	day to day	0.1619
purpose	decid	0.071
purpose	decid between	0.0782
purpose	definit	0.0388
purpose	definit not	0.0492
purpose	definit not ask	0.0492
purpose	degre	-0.0241
purpose	design	-0.1171
purpose	design ~job	-0.0249
purpose	desk	-0.0252
purpose	did	-0.2329
purpose	did it	-0.0252
purpose	did my	-0.0256
purpose	did you	-0.0653
purpose	did ~number	-0.0347
purpose	differ	-0.0369
purpose	direct	0.1675
purpose	director	-0.0395
purpose	do	-0.2916
purpose	do a	-0.0309
purpose	do not	0.0247
purpose	do not have	-0.0224
purpose	do not want	-0.064
purpose	do peopl	-0.0224
purpose	do to	-0.0225
purpose	do you	-0.1523
purpose	do you think	-0.0208
purpose	do ~number	0.0519
purpose	do ~people	-0.0224
purpose	doe	-0.1492
purpose	doe a	-0.0277
purpose	doe it	-0.039
purpose	doe it take	-0.0207
purpose	doe ~number	-0.0452
purpose	done the	0.0518
purpose	done ~number	0.0222
purpose	downsid	0.0272
purpose	each	0.107
purpose	eat	-0.0637
purpose	eat into	-0.0637
purpose	eat into your	-0.0637
purpose	elect	0.2241
purpose	els	-0.0619
purpose	email	-0.0371
purpose	end	-0.0719
purpose	engin	0.178
purpose	enjoy	-0.0261
purpose	entri	0.028
purpose	entri level	0.028
purpose	evening	-0.0469
purpose	ever	-0.1194
purpose	ever need	-0.0407
purpose	ever need a	-0.0263
purpose	ever want	-0.0259
purpose	ever ~help	-0.0224
purpose	everyth	-0.2301
purpose	everyth i	-0.1873
purpose	everyth i want	-0.1789
purpose	experi	-0.0239
purpose	favor	-0.0383
purpose	feedback	-0.0207
purpose	feel	0.0773
purpose	feel for	0.0214
purpose	feel for what	0.0318
purpose	few	0.1361
purpose	field	0.4359
purpose	figur	0.169
purpose	figur out	0.169
purpose	find	-0.0608
purpose	firm	-0.0588
purpose	first	-0.1667
purpose	first place	-0.0323
purpose	first year	-0.1081
purpose	first ~duration	-0.1081
purpose	first ~org	-0.0323
purpose	five	-0.0436
purpose	five year	-0.0388
purpose	five ~duration	-0.0388
purpose	follow	-0.0329
purpose	follow up	-0.0242
purpose	for	0.2101
purpose	for a	0.1088
purpose	for a job	0.1898
purpose	for advic	0.087
purpose	for me	0.0994
purpose	for this	0.1
purpose	for this field	0.0315
purpose	for today	0.0295
purpose	for what	0.0318
purpose	for what the	0.0318
purpose	for your	-0.0338
purpose	for ~insight	0.087
purpose	for ~number	0.0795
purpose	for ~people	-0.0282
purpose	found	-0.0258
purpose	free	0.0302
purpose	freelanc	-0.0621
purpose	from	0.282
purpose	from a	0.2577
purpose	from me	0.042
purpose	from my	-0.0223
purpose	from ~number	0.2682
purpose	from ~people	0.1386
purpose	game	-0.0834
purpose	game design	-0.038
purpose	gather	0.0992
purpose	gather inform	0.0992
purpose	gather ~insight	0.0992
purpose	get	0.0263
purpose	get a	0.0639
purpose	get a feel	0.0214
purpose	get a job	0.0541
purpose	get me	-0.0248
purpose	get me an	-0.0248
purpose	get your	0.1369
purpose	get ~number	0.0554
purpose	give	-0.0369
purpose	give someon	-0.0287
purpose	give someon tri	-0.0266
purpose	give ~people	-0.0287
purpose	glad	-0.036
purpose	glad to	-0.036
purpose	go to	0.1197
purpose	goal	0.2091
purpose	good	-0.0837
purpose	good at	0.0715
purpose	got ~number	0.0215
purpose	govern	-0.0201
purpose	graduat	-0.0631
purpose	grant	-0.0243
purpose	grate	-0.0412
purpose	great	-0.0323
purpose	had	-0.0671
purpose	half	-0.0548
purpose	half hour	-0.0456
purpose	half ~limit	-0.0456
purpose	half ~timeunit	-0.0456
purpose	hand	0.2063
purpose	happi	-0.0676
purpose	happi to	-0.0554
purpose	hard	-0.0491
purpose	have	-0.1437
purpose	have a	-0.0378
purpose	have been	0.0802
purpose	have been a	0.0398
purpose	have done	0.0235
purpose	have got	-0.0218
purpose	have onli	0.036
purpose	have onli got	0.036
purpose	have read	-0.027
purpose	have ~insight	-0.027
purpose	have ~number	-0.0478
purpose	have ~workverb	0.0496
purpose	health	-0.0283
purpose	hear	0.1063
purpose	hear how	0.2205
purpose	hear how you	0.2205
purpose	help	-0.0355
purpose	help me	0.1058
purpose	help me understand	0.1478
purpose	help with	-0.0399
purpose	help with anyth	-0.0225
purpose	here	0.7403
purpose	here to	0.1061
purpose	here to learn	0.085
purpose	hi	-0.0333
purpose	hire	-0.0204
purpose	home	-0.0517
purpose	home parent	-0.0517
purpose	home ~student	-0.0517
purpose	honest	0.1375
purpose	honest i	0.0632
purpose	honest i am	0.06
purpose	honest ~insight	0.0623
purpose	hope	0.2664
purpose	hope to	0.1658
purpose	hope to get	0.0211
purpose	hope to learn	0.0407
purpose	hope you	0.1006
purpose	hospit	0.1301
purpose	hour	0.2606
purpose	how	-0.096
purpose	how did	-0.0398
purpose	how did you	-0.0302
purpose	how do	-0.0456
purpose	how do you	-0.0251
purpose	how doe	-0.0285
purpose	how is	-0.0437
purpose	how is the	-0.0211
purpose	how long	-0.0303
purpose	how long doe	-0.0248
purpose	how much	-0.0256
purpose	how to	0.0209
purpose	how would	-0.0447
purpose	how would you	-0.0383
purpose	how you	0.171
purpose	how you see	0.1894
purpose	how ~help	-0.0456
purpose	how ~studyverb	-0.0398
purpose	how ~want	-0.0447
purpose	hunt	0.0716
purpose	i	-0.3478
purpose	i am	0.7256
purpose	i am a	-0.0462
purpose	i am around	-0.0287
purpose	i am curious	0.0741
purpose	i am here	0.1651
purpose	i am hope	0.1617
purpose	i am in	-0.0404
purpose	i am just	0.0973
purpose	i am look	0.1154
purpose	i am most	0.0372
purpose	i am not	0.2368
purpose	i am now	0.0222
purpose	i am pretti	-0.0392
purpose	i am realli	-0.0247
purpose	i am tri	0.1927
purpose	i ask	0.1649
purpose	i be	-0.0265
purpose	i can	-0.0989
purpose	i can ever	-0.0224
purpose	i can see	-0.038
purpose	i could	-0.0605
purpose	i could tri	-0.0351
purpose	i do	-0.1015
purpose	i do not	-0.0743
purpose	i had	-0.05
purpose	i have	-0.0405
purpose	i have been	0.1068
purpose	i have read	-0.027
purpose	i just	0.0551
purpose	i just want	0.0936
purpose	i know	-0.1227
purpose	i know we	0.0247
purpose	i know you	-0.0717
purpose	i learn	-0.0427
purpose	i learn more	-0.0238
purpose	i mention	-0.0406
purpose	i reach	0.2215
purpose	i reach out	0.2227
purpose	i read	-0.0682
purpose	i read to	-0.0617
purpose	i realli	0.0982
purpose	i realli appreci	-0.0509
purpose	i should	-0.0458
purpose	i think	-0.2069
purpose	i think i	-0.0313
purpose	i think that	-0.1184
purpose	i think we	-0.056
purpose	i want	0.0275
purpose	i want to	-0.029
purpose	i was hope	0.1228
purpose	i will	-0.3903
purpose	i will be	-0.0273
purpose	i will keep	-0.0406
purpose	i will let	-0.0595
purpose	i will not	-0.0257
purpose	i will send	-0.0251
purpose	i will sign	-0.0348
purpose	i will wrap	-0.0283
purpose	i would	0.1655
purpose	i would be	-0.0662
purpose	i would like	0.1327
purpose	i would love	-0.071
purpose	i would realli	0.1589
purpose	i ~help	-0.1219
purpose	i ~insight	-0.0728
purpose	i ~learn	0.3041
purpose	i ~studyverb	-0.0539
purpose	i ~talk	-0.0381
purpose	i ~want	0.3119
purpose	i ~workverb	0.1415
purpose	icu	-0.025
purpose	idea	-0.023
purpose	if	-0.4054
purpose	if i	-0.1119
purpose	if i can	-0.0404
purpose	if i would	-0.0346
purpose	if that	-0.0444
purpose	if that is	-0.0352
purpose	if there	-0.0347
purpose	if there is	-0.0341
purpose	if you	-0.1501
purpose	if you ever	-0.0349
purpose	if you need	-0.0222
purpose	if your	-0.034
purpose	if your team	-0.0277
purpose	in	-0.4547
purpose	in a	0.0996
purpose	in a few	0.1642
purpose	in civil	-0.0257
purpose	in civil engin	-0.0257
purpose	in data scienc	-0.0233
purpose	in health	-0.0241
purpose	in hospit	-0.0235
purpose	in how	-0.1037
purpose	in how you	-0.1037
purpose	in my	-0.071
purpose	in public	0.0561
purpose	in public polici	0.0572
purpose	in the	-0.0861
purpose	in the field	0.0362
purpose	in the first	-0.0323
purpose	in this	-0.0252
purpose	in touch	-0.0488
purpose	in your	-0.137
purpose	in your network	-0.0243
purpose	in your role	-0.0671
purpose	in ~contactverb	-0.0496
purpose	industri	-0.0255
purpose	inform	0.1033
purpose	insid	0.1101
purpose	interest	-0.1368
purpose	interest in	-0.1069
purpose	interest in how	-0.1037
purpose	internship	-0.0766
purpose	internship in	-0.0337
purpose	interview	-0.0394
purpose	into	0.2023
purpose	into the	0.068
purpose	into your	-0.0637
purpose	into ~number	0.0592
purpose	introduct	-0.0246
purpose	involv	0.2145
purpose	is	-0.053
purpose	is a	0.099
purpose	is a realli	-0.0246
purpose	is actual	0.1658
purpose	is all	-0.0582
purpose	is all i	-0.0333
purpose	is anyon	-0.0213
purpose	is everyth	-0.1437
purpose	is everyth i	-0.1289
purpose	is help	-0.0294
purpose	is it	-0.0604
purpose	is like	0.1394
purpose	is like day	0.0318
purpose	is most	0.0561
purpose	is most to	0.0785
purpose	is not	0.1193
purpose	is not about	0.0738
purpose	is part	-0.0285
purpose	is realli like	0.0509
purpose	is that	0.1637
purpose	is the	-0.1293
purpose	is the best	-0.0265
purpose	is the most	-0.027
purpose	is there	-0.1279
purpose	is there a	-0.0504
purpose	is there anyth	-0.0208
purpose	is there someth	-0.0228
purpose	is to	0.3104
purpose	is to understand	0.165
purpose	is worth	0.1097
purpose	is your	-0.0329
purpose	is ~number	-0.0339
purpose	is ~people	-0.022
purpose	is ~want	0.052
purpose	it	-0.3139
purpose	it from	0.0652
purpose	it take	-0.0383
purpose	it take to	-0.0227
purpose	it there	-0.0247
purpose	it to	-0.0283
purpose	it ~insight	-0.0383
purpose	it ~want	-0.0515
purpose	job	0.4779
purpose	job ask	0.115
purpose	job at	0.0541
purpose	job at your	0.0541
purpose	job hunt	0.0716
purpose	job i	0.0263
purpose	job i am	0.0205
purpose	job that	-0.0239
purpose	job ~help	0.0443
purpose	job ~want	0.0269
purpose	jump	0.025
purpose	junior	-0.0567
purpose	junior at	-0.0393
purpose	just	0.2059
purpose	just to	0.0212
purpose	just to be	0.0212
purpose	just tri	0.0477
purpose	just tri to	0.0477
purpose	just want	0.0991
purpose	just want to	0.0991
purpose	just ~want	0.2604
purpose	keep	-0.1696
purpose	keep you	-0.0951
purpose	kind	-0.0657
purpose	kind of	-0.0645
purpose	know	-0.2635
purpose	know how	-0.0216
purpose	know i	-0.0286
purpose	know i am	-0.0286
purpose	know if	-0.0205
purpose	know we	0.0247
purpose	know you	-0.0717
purpose	know you are	-0.0365
purpose	know you have	-0.0291
purpose	know ~people	-0.0215
purpose	lab	-0.0573
purpose	land	-0.0344
purpose	last	-0.1615
purpose	last summer	-0.0256
purpose	last year	-0.0747
purpose	last ~duration	-0.0747
purpose	late	-0.0778
purpose	law	-0.064
purpose	lead	-0.0208
purpose	learn	0.8507
purpose	learn how	0.1037
purpose	learn to	-0.0336
purpose	leav	-0.0675
purpose	leav it	-0.0317
purpose	leav it there	-0.0247
purpose	let	-0.1549
purpose	let me	-0.0509
purpose	let me know	-0.0509
purpose	let us	-0.0313
purpose	let us leav	-0.0208
purpose	let you	-0.0727
purpose	let you get	-0.0233
purpose	let you go	-0.024
purpose	let you know	-0.0225
purpose	like	0.2411
purpose	like about	0.051
purpose	like about the	0.051
purpose	like day	0.0623
purpose	like day to	0.0623
purpose	like for	0.0878
purpose	like ~closing	0.0623
purpose	like ~limit	0.0623
purpose	link	-0.0283
purpose	linkedin	-0.0314
purpose	list	-0.0271
purpose	local	-0.0587
purpose	logist	-0.0362
purpose	long	-0.0439
purpose	long doe	-0.0248
purpose	long doe it	-0.0207
purpose	look	0.0591
purpose	look for	0.0917
purpose	look for advic	0.087
purpose	look like	-0.1148
purpose	look to	0.086
purpose	lot	-0.0386
purpose	love	-0.1112
purpose	love a	-0.0367
purpose	love to	-0.0373
purpose	love to hear	-0.0687
purpose	love to stay	-0.0304
purpose	love to understand	0.1324
purpose	love ~number	-0.0513
purpose	lunch	-0.0495
purpose	made	-0.0454
purpose	made you	-0.0343
purpose	main	0.2656
purpose	main goal	0.1306
purpose	major	-0.0224
purpose	make sens	-0.0561
purpose	make someon	0.087
purpose	make someon good	0.087
purpose	make ~insight	-0.0561
purpose	make ~number	-0.029
purpose	make ~people	0.087
purpose	manag	-0.0665
purpose	market	-0.0502
purpose	matter	-0.0831
purpose	matter most	-0.0753
purpose	matter most in	-0.0709
purpose	me	0.03
purpose	me about	-0.033
purpose	me an	-0.0248
purpose	me an interview	-0.0248
purpose	me for	-0.0228
purpose	me for the	-0.0201
purpose	me i	0.0334
purpose	me in	-0.0209
purpose	me know	-0.0509
purpose	me through	-0.0293
purpose	me understand	0.1478
purpose	me when	-0.0736
purpose	me ~learn	0.0912
purpose	me ~number	-0.0282
purpose	meet	-0.0419
purpose	meet you	-0.0233
purpose	mention	-0.0562
purpose	might	-0.0499
purpose	might be	-0.0385
purpose	mind	-0.1039
purpose	mind of	-0.0631
purpose	minut	-0.0336
purpose	minut so	0.0253
purpose	moment	0.0464
purpose	money	0.0737
purpose	month	-0.0237
purpose	more	-0.0438
purpose	more of	-0.0291
purpose	more of your	-0.0291
purpose	more question	-0.0617
purpose	most	-0.0358
purpose	most in	-0.0948
purpose	most in your	-0.0661
purpose	most to	0.0785
purpose	most ~want	0.0969
purpose	move	0.1536
purpose	move into	0.1868
purpose	much	-0.1765
purpose	much for	-0.0231
purpose	much of	-0.0253
purpose	much of your	-0.0229
purpose	my	0.2832
purpose	my background	-0.0272
purpose	my goal	0.0785
purpose	my main	0.2082
purpose	my question	-0.0495
purpose	my resum	0.0442
purpose	my ~application	0.0331
purpose	my ~degree	-0.0421
purpose	my ~student	-0.0452
purpose	myself	-0.0249
purpose	name	-0.0461
purpose	name of	-0.0224
purpose	near	-0.0425
purpose	need	-0.2243
purpose	need a	-0.057
purpose	need a hand	-0.0223
purpose	need to	-0.1092
purpose	need ~number	-0.0581
purpose	network	-0.0327
purpose	never ~learn	0.0423
purpose	new	-0.0538
purpose	next	0.0304
purpose	next step	0.1459
purpose	night	-0.0474
purpose	no	0.5729
purpose	nonprofit	-0.0401
purpose	not	0.3196
purpose	not about	0.0738
purpose	not ask	0.0705
purpose	not ask for	0.0305
purpose	not ask you	0.04
purpose	not have	-0.0224
purpose	not job	0.0716
purpose	not job hunt	0.0716
purpose	not look	0.0392
purpose	not to	0.0398
purpose	not to ask	0.0398
purpose	not want	-0.064
purpose	not want to	-0.064
purpose	not ~job	0.0716
purpose	not ~want	-0.0606
purpose	note	-0.023
purpose	now	-0.1178
purpose	nurs	-0.0818
purpose	of	0.1802
purpose	of a	-0.0342
purpose	of anyth	-0.0285
purpose	of peopl	-0.0401
purpose	of peopl in	-0.0327
purpose	of the	0.1938
purpose	of the job	-0.0428
purpose	of the time	-0.0482
purpose	of this	0.2489
purpose	of time	-0.022
purpose	of your	-0.1704
purpose	of your afternoon	-0.0365
purpose	of your time	-0.0814
purpose	of ~limit	-0.022
purpose	of ~number	0.1583
purpose	of ~people	-0.0435
purpose	off	-0.0381
purpose	oh	-0.0283
purpose	ok	-0.2015
purpose	ok i	-0.1124
purpose	ok i think	-0.1075
purpose	ok that	-0.0315
purpose	ok that is	-0.0315
purpose	old	-0.0252
purpose	on	-0.0729
purpose	on a	-0.0334
purpose	on how	0.029
purpose	on linkedin	-0.0282
purpose	on the	0.0208
purpose	on whether	0.1392
purpose	on whether a	0.1097
purpose	on your	-0.0442
purpose	onboard	-0.0209
purpose	one	-0.0451
purpose	onli	0.0261
purpose	onli got	0.036
purpose	or	-0.0773
purpose	or anyth	0.0297
purpose	or did	-0.026
purpose	or ~studyverb	-0.026
purpose	other	-0.0387
purpose	out	0.5499
purpose	out if	0.0304
purpose	out of	0.1424
purpose	out of this	0.1795
purpose	out of time	-0.022
purpose	out whether	0.0605
purpose	over	-0.0532
purpose	paraleg	-0.0246
purpose	parent	-0.0517
purpose	part	-0.113
purpose	part of	-0.0927
purpose	part of the	-0.0487
purpose	part time	-0.0203
purpose	part ~limit	-0.0203
purpose	pass	0.031
purpose	pass my	-0.024
purpose	path	0.1596
purpose	patient	-0.0292
purpose	pay	-0.0339
purpose	peopl	0.2207
purpose	peopl get	0.0605
purpose	peopl in	0.1539
purpose	peopl in the	0.0303
purpose	peopl in your	-0.0207
purpose	peopl who	0.049
purpose	peopl who have	0.052
purpose	peopl you	-0.0249
purpose	peopl ~learn	0.0605
purpose	peopl ~people	0.049
purpose	person	-0.0277
purpose	perspect	0.1362
purpose	pharmaci	-0.051
purpose	pick	0.239
purpose	place	-0.0492
purpose	pleas let	-0.0365
purpose	pleas let me	-0.0365
purpose	point	0.0312
purpose	point of	0.0607
purpose	polici	0.0572
purpose	portfolio	-0.0448
purpose	post	-0.0268
purpose	pretti	-0.0506
purpose	process	-0.0239
purpose	product	-0.0328
purpose	profess	-0.0333
purpose	profess i	-0.0308
purpose	program	-0.0695
purpose	project	-0.1027
purpose	promis	0.7303
purpose	psycholog	-0.0309
purpose	public	0.0309
purpose	public polici	0.0551
purpose	put	-0.0302
purpose	python	-0.0226
purpose	question	-0.1551
purpose	rather	0.2316
purpose	rather than	0.2388
purpose	reach	0.2237
purpose	reach out	0.227
purpose	read	0.0558
purpose	read to	-0.0672
purpose	read ~number	-0.027
purpose	realist	0.1789
purpose	realist ~insight	0.1789
purpose	realli	0.0443
purpose	realli appreci it	-0.0543
purpose	realli like	0.0509
purpose	realli ~want	0.1602
purpose	reason	0.2366
purpose	recommend	-0.0594
purpose	recruit	-0.0318
purpose	referr	-0.0426
purpose	requir	-0.0282
purpose	research	-0.1172
purpose	research with	-0.0588
purpose	rest	-0.0206
purpose	rest of	-0.0206
purpose	resum	0.043
purpose	retrain	0.0345
purpose	return	-0.0894
purpose	return the	-0.0395
purpose	return the favor	-0.0383
purpose	return ~number	-0.0395
purpose	right	-0.0648
purpose	right now	-0.0443
purpose	role	0.075
purpose	run	-0.0355
purpose	said	-0.0439
purpose	sale	-0.0262
purpose	sam	0.0361
purpose	same	-0.0369
purpose	say	-0.0747
purpose	school	-0.0484
purpose	scienc	-0.0346
purpose	see	0.07
purpose	see if	-0.0574
purpose	see if i	-0.0367
purpose	see the field	0.0324
purpose	see we	-0.0235
purpose	see we are	-0.0235
purpose	send	-0.0873
purpose	send me	-0.0278
purpose	send you	-0.0291
purpose	sens	0.1148
purpose	shall	-0.0808
purpose	shall project	-0.0206
purpose	share	-0.0792
purpose	share the	-0.0206
purpose	share what	-0.026
purpose	share what i	-0.0221
purpose	share ~number	-0.0206
purpose	shift	-0.0259
purpose	short	-0.0571
purpose	should	-0.1944
purpose	should i	-0.1295
purpose	should i be	-0.025
purpose	should i read	-0.0644
purpose	should ~talk	-0.0214
purpose	side	-0.0656
purpose	side of	-0.0212
purpose	sign	-0.0348
purpose	sign off	-0.0348
purpose	sinc	-0.0378
purpose	six year in	0.0222
purpose	skill	-0.0827
purpose	so	-0.1466
purpose	so i	-0.075
purpose	so i am	-0.0952
purpose	so i will	-0.0788
purpose	so if	-0.0497
purpose	so if you	-0.0388
purpose	so just	-0.0644
purpose	so much	-0.0514
purpose	so much for	-0.0231
purpose	so ~number	0.0313
purpose	so ~want	-0.0644
purpose	some	0.2035
purpose	some ~insight	0.26
purpose	someon	0.073
purpose	someon good	0.087
purpose	someon good at	0.087
purpose	someon tri	-0.0536
purpose	someon tri to	-0.0536
purpose	someon ~want	-0.0649
purpose	someth	-0.0295
purpose	sorri	-0.1
purpose	sorri i	-0.0551
purpose	sorri i know	-0.0471
purpose	sound	-0.0421
purpose	speak	-0.0333
purpose	spent six	0.0222
purpose	spent six year	0.0222
purpose	sql	-0.0281
purpose	staff	-0.0208
purpose	start	-0.0448
purpose	stay	-0.1061
purpose	stay at	-0.0517
purpose	stay at home	-0.0517
purpose	stay in	-0.0454
purpose	stay in touch	-0.0415
purpose	step	0.1161
purpose	stop	-0.0929
purpose	structur	-0.0215
purpose	student	-0.0288
purpose	student and	0.07
purpose	studi	-0.0454
purpose	suggest	-0.035
purpose	suit	0.1416
purpose	suit me	0.1121
purpose	summari	-0.0231
purpose	summari of	-0.0231
purpose	summari of the	-0.0231
purpose	summer	-0.0402
purpose	super	-0.0427
purpose	switch from	-0.0296
purpose	take	-0.1299
purpose	take to	-0.0227
purpose	take up	-0.0553
purpose	take up ani	-0.0291
purpose	take ~number	-0.0206
purpose	talk	0.0355
purpose	talk to	0.0843
purpose	talk with	-0.033
purpose	talk with me	-0.033
purpose	teach	-0.0719
purpose	team	-0.1068
purpose	team ever	-0.0277
purpose	tech	-0.0944
purpose	tell	-0.0565
purpose	tell me	-0.037
purpose	tell me about	-0.033
purpose	ten	-0.0336
purpose	ten year	-0.0321
purpose	ten ~duration	-0.0321
purpose	test	-0.064
purpose	than	0.2234
purpose	than a	0.0598
purpose	than ~number	0.0598
purpose	thank	-0.378
purpose	thank so	-0.0347
purpose	thank so much	-0.0347
purpose	thank to	-0.0469
purpose	thank to my	-0.0398
purpose	thank you	-0.1123
purpose	thank you for	-0.028
purpose	thank ~number	-0.0249
purpose	that	-0.4424
purpose	that cover	-0.0816
purpose	that cover everyth	-0.0816
purpose	that i	0.1304
purpose	that is	-0.3537
purpose	that is a	-0.0246
purpose	that is all	-0.0582
purpose	that is everyth	-0.1437
purpose	that is realli	-0.0847
purpose	that make	-0.0337
purpose	that make sens	-0.0337
purpose	that ~want	-0.0222
purpose	the	0.1918
purpose	the articl	-0.036
purpose	the articl i	-0.036
purpose	the best	-0.0277
purpose	the day	0.1056
purpose	the downsid	0.0272
purpose	the favor	-0.0383
purpose	the field	0.2905
purpose	the first	-0.0343
purpose	the first place	-0.0323
purpose	the half	-0.0456
purpose	the half hour	-0.0456
purpose	the hour	0.1386
purpose	the insid	0.1127
purpose	the link	-0.0283
purpose	the moment	0.051
purpose	the most	-0.037
purpose	the next	-0.0208
purpose	the path	0.0503
purpose	the point	0.0571
purpose	the point of	0.0607
purpose	the student	-0.0392
purpose	the switch	0.0426
purpose	the time	-0.0638
purpose	the ~closing	0.0805
purpose	the ~degree	-0.0354
purpose	the ~hiring	-0.0351
purpose	the ~job	0.1463
purpose	the ~limit	0.0403
purpose	the ~number	-0.0651
purpose	the ~org	-0.0292
purpose	the ~student	-0.079
purpose	the ~timeunit	0.1386
purpose	their	-0.0288
purpose	there	-0.3107
purpose	there a	-0.0504
purpose	there anyth	-0.0208
purpose	there is	-0.0391
purpose	there is anyon	-0.0213
purpose	there someth	-0.0228
purpose	there ~number	-0.063
purpose	there ~people	-0.0279
purpose	thing	-0.0368
purpose	think	-0.2097
purpose	think about	0.0619
purpose	think i	-0.043
purpose	think i have	-0.0274
purpose	think of	-0.0275
purpose	think that	-0.1281
purpose	think that cover	-0.0668
purpose	think that is	-0.0516
purpose	think we	-0.056
purpose	think we can	-0.056
purpose	this	0.4008
purpose	this call	0.0568
purpose	this career	0.1615
purpose	this is	0.219
purpose	this is not	0.0588
purpose	this work	0.0843
purpose	this ~contactverb	0.0568
purpose	this ~learn	0.0843
purpose	this ~talk	0.1261
purpose	this ~workverb	0.0843
purpose	thought	-0.0203
purpose	through	-0.0572
purpose	through a	-0.0242
purpose	through ~number	-0.0349
purpose	time	-0.2686
purpose	time so	-0.0344
purpose	time so i	-0.0314
purpose	to	0.1423
purpose	to ask you	0.1788
purpose	to be	0.0485
purpose	to be mind	-0.06
purpose	to be upfront	0.0234
purpose	to chat	0.1644
purpose	to coder	-0.037
purpose	to day	0.1619
purpose	to find	-0.0434
purpose	to get	0.0217
purpose	to get into	-0.0634
purpose	to get your	0.1392
purpose	to hear	0.1421
purpose	to hear how	0.2205
purpose	to help	-0.0628
purpose	to keep	-0.1007
purpose	to know	-0.0373
purpose	to learn	0.2983
purpose	to learn how	0.1037
purpose	to mind	-0.0243
purpose	to my	-0.0398
purpose	to pass	0.0529
purpose	to pick	0.0954
purpose	to see	-0.0574
purpose	to see if	-0.0574
purpose	to send	-0.0447
purpose	to share	-0.0293
purpose	to share what	-0.0221
purpose	to stay	-0.037
purpose	to stay in	-0.0343
purpose	to take	-0.0365
purpose	to take up	-0.0365
purpose	to talk	-0.0566
purpose	to talk with	-0.033
purpose	to test	-0.0214
purpose	to the	-0.0543
purpose	to understand	0.3832
purpose	to understand the	0.0554
purpose	to understand what	0.1563
purpose	to work	-0.0385
purpose	to your	-0.0949
purpose	to ~closing	0.1619
purpose	to ~help	-0.0911
purpose	to ~insight	-0.0365
purpose	to ~learn	0.7727
purpose	to ~limit	0.1555
purpose	to ~number	-0.0682
purpose	to ~people	0.1501
purpose	to ~sendverb	-0.0253
purpose	to ~student	-0.0497
purpose	to ~talk	0.0643
purpose	to ~workverb	-0.0429
purpose	today	0.0898
purpose	today is	0.0785
purpose	today is most	0.0785
purpose	togeth	-0.0251
purpose	tonight	-0.0215
purpose	too	-0.0744
purpose	too much	-0.0487
purpose	touch	-0.0501
purpose	toward	-0.0214
purpose	tri	0.0424
purpose	tri this	-0.0212
purpose	tri to	0.086
purpose	tri to keep	-0.0916
purpose	tri to learn	0.0813
purpose	tri to see	-0.0217
purpose	trust	-0.0212
purpose	twelv	-0.0215
purpose	two	0.023
purpose	two ~duration	-0.0266
purpose	typic	-0.0324
purpose	understand	0.531
purpose	understand the	0.2084
purpose	understand the field	-0.0257
purpose	understand the path	0.0503
purpose	understand what	0.151
purpose	understand ~number	0.2084
purpose	uni	-0.0417
purpose	up	-0.2161
purpose	up a	-0.0324
purpose	up ani	-0.035
purpose	up ani more	-0.0291
purpose	up ~number	-0.0336
purpose	up ~want	-0.0283
purpose	upfront	0.0234
purpose	us	-0.0321
purpose	us leav	-0.0208
purpose	us leav it	-0.0208
purpose	use	-0.0972
purpose	use to	-0.0563
purpose	usual	-0.0312
purpose	ux	-0.0218
purpose	vacanc	0.0282
purpose	vet	-0.0468
purpose	volunt	-0.0487
purpose	walk	-0.0293
purpose	walk me	-0.0293
purpose	walk me through	-0.0293
purpose	want	0.3155
purpose	want to ask	-0.1789
purpose	want to be	-0.0862
purpose	want to hear	0.3059
purpose	want to take	-0.0365
purpose	want to understand	0.0933
purpose	was	-0.1003
purpose	was hope	0.1228
purpose	was hope to	0.1419
purpose	was ~number	-0.0645
purpose	was ~want	0.1172
purpose	way	-0.0683
purpose	way to	-0.0377
purpose	we	-0.1829
purpose	we are	-0.104
purpose	we are almost	-0.0209
purpose	we are near	-0.0425
purpose	we can	-0.056
purpose	we have	0.0228
purpose	we have onli	0.036
purpose	week	-0.1397
purpose	weekend	-0.0236
purpose	well	-0.0338
purpose	well i	-0.0235
purpose	went	-0.0583
purpose	were	-0.0215
purpose	what	-0.0593
purpose	what advic	-0.0266
purpose	what advic would	-0.0266
purpose	what are	-0.0453
purpose	what are the	-0.0277
purpose	what could	-0.0358
purpose	what could i	-0.0358
purpose	what do	-0.0372
purpose	what do you	-0.0228
purpose	what doe	-0.0323
purpose	what i	0.1442
purpose	what is	-0.1829
purpose	what is the	-0.116
purpose	what made	-0.0387
purpose	what made you	-0.0343
purpose	what make	0.0708
purpose	what make someon	0.087
purpose	what should	-0.0792
purpose	what should i	-0.073
purpose	what the	0.1394
purpose	what would	-0.0264
purpose	what would you	-0.0214
purpose	what you	-0.0222
purpose	what your	0.0741
purpose	what ~help	-0.0372
purpose	what ~insight	-0.0266
purpose	what ~number	0.133
purpose	what ~want	-0.0264
purpose	when	-0.0866
purpose	when you	-0.0787
purpose	where	-0.0762
purpose	where can	-0.0307
purpose	where can i	-0.0258
purpose	whether	0.3276
purpose	whether a	0.1236
purpose	whether this	0.1572
purpose	whether this career	0.1615
purpose	whether ~number	0.1236
purpose	whi	0.0642
purpose	whi i	0.0787
purpose	whi i am	0.0322
purpose	which	-0.1094
purpose	which is	-0.0288
purpose	while	0.0405
purpose	who	-0.0726
purpose	who els	-0.0249
purpose	who have	0.052
purpose	who would	-0.0259
purpose	who ~want	-0.0259
purpose	will	-0.4006
purpose	will be	-0.0273
purpose	will keep	-0.0406
purpose	will let	-0.0595
purpose	will let you	-0.0595
purpose	will not	-0.0257
purpose	will send	-0.0251
purpose	will sign	-0.0348
purpose	will sign off	-0.0348
purpose	will wrap	-0.0283
purpose	will wrap up	-0.0283
purpose	will ~sendverb	-0.0557
purpose	with	-0.3189
purpose	with a	-0.0354
purpose	with anyth	-0.0254
purpose	with me	-0.0362
purpose	with the	-0.029
purpose	with your	-0.0227
purpose	with ~number	-0.067
purpose	wonder	0.1406
purpose	work	0.1287
purpose	work at	-0.0453
purpose	work at a	-0.0303
purpose	work in	0.0972
purpose	work is	0.0606
purpose	world	0.1518
purpose	worri	0.1446
purpose	worth	0.0568
purpose	worth it	0.0201
purpose	worth it for	0.0277
purpose	worth the	0.0683
purpose	worth ~number	0.0664
purpose	would	-0.0685
purpose	would be	-0.0854
purpose	would be glad	-0.036
purpose	would it	-0.0238
purpose	would like	0.1327
purpose	would love	-0.0849
purpose	would love a	-0.0367
purpose	would love to	-0.0278
purpose	would realli	0.1136
purpose	would realli appreci	0.105
purpose	would recommend	-0.0234
purpose	would you	-0.1695
purpose	would you advic	-0.0343
purpose	would you be	-0.0384
purpose	would you give	-0.0266
purpose	would ~want	0.1077
purpose	wow	-0.027
purpose	wrap	-0.0662
purpose	wrap up	-0.0653
purpose	write	-0.0209
purpose	yeah	-0.0754
purpose	year	-0.3063
purpose	year in retail	0.0222
purpose	you	-0.8635
purpose	you a	-0.0272
purpose	you advic	-0.0343
purpose	you advic someon	-0.0343
purpose	you are	-0.0704
purpose	you be	-0.0593
purpose	you be abl	-0.0275
purpose	you can	0.1468
purpose	you could	-0.0496
purpose	you could pass	-0.0204
purpose	you ever	-0.0391
purpose	you ever need	-0.0258
purpose	you for	0.1648
purpose	you for a	0.1599
purpose	you get	-0.0434
purpose	you give	-0.0296
purpose	you give someon	-0.0266
purpose	you go	-0.0265
purpose	you have	-0.0491
purpose	you hear	-0.0302
purpose	you know	-0.0593
purpose	you like	0.0407
purpose	you like about	0.051
purpose	you move	0.0368
purpose	you need	-0.0975
purpose	you need to	-0.0753
purpose	you recommend	-0.0253
purpose	you said	-0.0396
purpose	you see	0.1852
purpose	you see the	0.0324
purpose	you suggest	-0.0259
purpose	you think about	0.0575
purpose	you to	0.0576
purpose	you want	-0.0335
purpose	you want to	-0.0335
purpose	you would	-0.0575
purpose	you would recommend	-0.0234
purpose	you ~help	-0.0578
purpose	you ~insight	-0.0355
purpose	you ~learn	0.0223
purpose	you ~number	-0.0314
purpose	you ~talk	-0.0235
purpose	you ~want	-0.1051
purpose	your	-0.2589
purpose	your advic	0.1839
purpose	your afternoon	-0.0415
purpose	your evening	-0.0398
purpose	your firm	-0.0402
purpose	your first	-0.1151
purpose	your lunch	-0.0485
purpose	your network	-0.0243
purpose	your perspect	0.0651
purpose	your role	-0.0671
purpose	your team	-0.0753
purpose	your team ever	-0.0277
purpose	your time	-0.0905
purpose	your week	-0.0235
purpose	your work	0.1643
purpose	your ~closing	-0.1106
purpose	your ~insight	0.3192
purpose	your ~job	-0.0805
purpose	your ~learn	0.1625
purpose	your ~limit	-0.2066
purpose	your ~org	-0.1544
purpose	your ~people	-0.0289
purpose	your ~talk	-0.0243
purpose	your ~workverb	0.1643
purpose	~application	0.0262
purpose	~closing	-0.1578
purpose	~closing is	0.1036
purpose	~closing of	-0.0206
purpose	~closing to	0.1458
purpose	~contactverb	-0.1266
purpose	~contactverb you	-0.0226
purpose	~degree	-0.1141
purpose	~degree in	-0.1168
purpose	~degree is	0.1032
purpose	~duration	-0.3157
purpose	~gatekeeper	-0.0948
purpose	~help	-0.3517
purpose	~help me	0.1035
purpose	~help not	0.0247
purpose	~help peopl	-0.0268
purpose	~help someon	-0.0287
purpose	~help the	-0.0404
purpose	~help to	-0.037
purpose	~help with	-0.0399
purpose	~help you	-0.1599
purpose	~hiring	-0.0903
purpose	~insight	0.9341
purpose	~insight a	-0.0342
purpose	~insight for	-0.0376
purpose	~insight from	0.2725
purpose	~insight into	0.2122
purpose	~insight of	0.1789
purpose	~insight on	0.2359
purpose	~insight someon	-0.0343
purpose	~insight to	-0.0876
purpose	~insight up	-0.0504
purpose	~insight would	-0.0266
purpose	~job	0.5006
purpose	~job ask	0.115
purpose	~job at	0.0208
purpose	~job hunt	0.0716
purpose	~job i	0.1293
purpose	~job in	-0.0412
purpose	~job that	-0.0239
purpose	~later	-0.0393
purpose	~learn	0.6824
purpose	~learn a	0.1513
purpose	~learn about	-0.0822
purpose	~learn back	-0.0367
purpose	~learn how	0.3421
purpose	~learn if	-0.0931
purpose	~learn in	0.1304
purpose	~learn is	0.0606
purpose	~learn it	0.0772
purpose	~learn me	-0.0277
purpose	~learn more	-0.0216
purpose	~learn of	-0.0287
purpose	~learn out	0.2356
purpose	~learn so	0.0591
purpose	~learn the	0.221
purpose	~learn their	-0.0233
purpose	~learn to	-0.0383
purpose	~learn what	0.1954
purpose	~learn whether	0.147
purpose	~learn with	-0.0662
purpose	~learn you	0.1636
purpose	~learn your	0.2365
purpose	~limit	-0.1392
purpose	~limit at	0.1536
purpose	~limit i	-0.0244
purpose	~limit is	0.0981
purpose	~limit to	0.1431
purpose	~limit work	0.0403
purpose	~number	-0.0989
purpose	~number articl	-0.036
purpose	~number best	-0.0277
purpose	~number bit	0.0229
purpose	~number bootcamp	0.07
purpose	~number certif	-0.0336
purpose	~number coupl	-0.0336
purpose	~number day	0.0996
purpose	~number design	-0.0255
purpose	~number downsid	0.0272
purpose	~number favor	-0.0383
purpose	~number feel	0.0214
purpose	~number few	0.1467
purpose	~number field	0.4587
purpose	~number first	-0.0363
purpose	~number good	-0.0486
purpose	~number half	-0.0456
purpose	~number hand	0.2084
purpose	~number hour	0.093
purpose	~number insid	0.1127
purpose	~number interview	-0.0284
purpose	~number job	0.33
purpose	~number junior	-0.0518
purpose	~number link	-0.0283
purpose	~number lot	-0.0386
purpose	~number moment	0.051
purpose	~number most	-0.037
purpose	~number next	-0.0208
purpose	~number of	-0.0316
purpose	~number open	-0.0233
purpose	~number paraleg	-0.0246
purpose	~number part	-0.0217
purpose	~number path	0.143
purpose	~number peopl	0.0291
purpose	~number point	0.0571
purpose	~number portfolio	-0.022
purpose	~number program	-0.0222
purpose	~number project	-0.0249
purpose	~number realist	0.1789
purpose	~number realli	-0.0246
purpose	~number referr	-0.0365
purpose	~number research	-0.0387
purpose	~number right	0.0392
purpose	~number role	0.182
purpose	~number shall	-0.036
purpose	~number short	-0.0242
purpose	~number stay	-0.0517
purpose	~number student	-0.0465
purpose	~number switch	0.0426
purpose	~number time	-0.0638
purpose	~number typic	-0.0249
purpose	~number week	-0.0225
purpose	~number year	-0.1484
purpose	~org	-0.3716
purpose	~org and	0.1264
purpose	~org ever	-0.0317
purpose	~org of	-0.0226
purpose	~people	0.0708
purpose	~people actual	0.0838
purpose	~people come	-0.0243
purpose	~people els	-0.0593
purpose	~people get	0.0605
purpose	~people good	0.087
purpose	~people have	0.0506
purpose	~people in	0.1279
purpose	~people of	-0.0275
purpose	~people on	-0.0207
purpose	~people to	-0.0323
purpose	~people tri	-0.0536
purpose	~people who	0.0296
purpose	~people would	-0.0312
purpose	~people you	-0.0298
purpose	~sendverb	-0.1427
purpose	~sendverb me	-0.0278
purpose	~sendverb my	-0.0359
purpose	~sendverb on	0.0553
purpose	~sendverb the	-0.0206
purpose	~sendverb what	-0.026
purpose	~sendverb you	-0.0514
purpose	~student	-0.518
purpose	~student and	0.07
purpose	~student at	-0.0658
purpose	~student for	0.0244
purpose	~student in	-0.0644
purpose	~student last	-0.0431
purpose	~student open	-0.023
purpose	~student work	-0.0201
purpose	~studyverb	-0.1225
purpose	~studyverb it	-0.0252
purpose	~studyverb the	0.0689
purpose	~studyverb you	-0.0662
purpose	~talk	0.1065
purpose	~talk at	-0.0233
purpose	~talk for	0.0818
purpose	~talk is	0.2434
purpose	~talk to	0.0732
purpose	~talk with	-0.07
purpose	~talk you	0.1863
purpose	~timeunit	0.227
purpose	~timeunit so	0.0253
purpose	~want	0.9262
purpose	~want a	-0.0433
purpose	~want be	-0.0854
purpose	~want for	0.2047
purpose	~want here	0.0735
purpose	~want i	0.0439
purpose	~want in	-0.1341
purpose	~want it	-0.078
purpose	~want like	0.1836
purpose	~want love	-0.0849
purpose	~want need	-0.0327
purpose	~want out	0.1622
purpose	~want realli	0.1136
purpose	~want recommend	-0.0234
purpose	~want this	-0.0733
purpose	~want to	0.4762
purpose	~want tri	0.0477
purpose	~want want	0.3297
purpose	~want you	-0.1116
purpose	~want your	0.2005
purpose	~workverb	-0.1066
purpose	~workverb at	-0.0728
purpose	~workverb in	0.0855
purpose	~workverb is	0.0606
purpose	~workverb six	0.0222
purpose	~workverb with	-0.0233
job_ask	*	-3.2464
job_ask	?	-0.2152
job_ask	^alright	-0.0578
job_ask	^ani	-0.1546
job_ask	^are	-0.1171
job_ask	^can	0.3267
job_ask	^cheer	-0.0333
job_ask	^could	0.1449
job_ask	^current	-0.0402
job_ask	^did	-0.0533
job_ask	^do	0.3375
job_ask	^happi	-0.0318
job_ask	^have	-0.0228
job_ask	^hey	0.132
job_ask	^hi	-0.0277
job_ask	^honest	0.064
job_ask	^how	-0.6423
job_ask	^i	-0.2091
job_ask	^if	-0.0446
job_ask	^is	0.0869
job_ask	^just	-0.05
job_ask	^let	-0.0995
job_ask	^mind	-0.0314
job_ask	^my	-0.1186
job_ask	^no	-0.0667
job_ask	^oh	-0.0214
job_ask	^ok	-0.0537
job_ask	^pleas	0.0296
job_ask	^right	-0.0323
job_ask	^should	-0.0547
job_ask	^so	-0.0414
job_ask	^sorri	-0.0694
job_ask	^tell	-0.0249
job_ask	^thank	-0.0959
job_ask	^that	-0.1161
job_ask	^this	-0.0348
job_ask	^walk	-0.0209
job_ask	^was	-0.0281
job_ask	^we	-0.0327
job_ask	^what	-0.6449
job_ask	^when	-0.0655
job_ask	^where	-0.1036
job_ask	^whi	-0.0305
job_ask	^which	-0.1984
job_ask	^would	0.2232
job_ask	^yeah	-0.0222
job_ask	^you	0.3077
job_ask	a	-0.1086
job_ask	a beginn	-0.1212
job_ask	a big	-0.0263
job_ask	a career	-0.0729
job_ask	a career changer	-0.0283
job_ask	a career in	-0.0406
job_ask	a case	-0.0226
job_ask	a colleagu	-0.0344
job_ask	a coupl	-0.0543
job_ask	a coupl of	-0.0371
job_ask	a data	-0.0343
job_ask	a design	-0.0372
job_ask	a few	-0.0343
job_ask	a good word	0.0993
job_ask	a hand	-0.0764
job_ask	a job	0.0366
job_ask	a job at	0.0543
job_ask	a job i	-0.0235
job_ask	a junior at	-0.0309
job_ask	a newcom	-0.0268
job_ask	a newcom to	-0.0248
job_ask	a normal	-0.0239
job_ask	a nurs	-0.0479
job_ask	a paraleg	-0.0236
job_ask	a part	0.1078
job_ask	a part time	0.1218
job_ask	a posit	0.1784
job_ask	a project	-0.0215
job_ask	a quick	-0.1001
job_ask	a quick call	-0.0735
job_ask	a referr	0.3776
job_ask	a role	0.1452
job_ask	a second	-0.0307
job_ask	a shall	-0.0656
job_ask	a shall project	-0.0285
job_ask	a startup	-0.0206
job_ask	a technician	-0.0259
job_ask	a typic	-0.1308
job_ask	a typic week	-0.119
job_ask	a week	0.2947
job_ask	a ~closing	0.279
job_ask	a ~degree	-0.0914
job_ask	a ~job	0.5024
job_ask	a ~number	-0.0886
job_ask	a ~org	-0.0576
job_ask	a ~people	-0.0344
job_ask	a ~student	-0.1944
job_ask	abil	-0.0295
job_ask	abl	0.3813
job_ask	abl to	0.3813
job_ask	about	-0.6037
job_ask	about a	-0.0408
job_ask	about it	-0.0213
job_ask	about me	-0.049
job_ask	about the	-0.1011
job_ask	about the job	-0.0313
job_ask	about your	-0.0829
job_ask	about ~job	-0.0297
job_ask	about ~number	-0.152
job_ask	actual	0.103
job_ask	actual ~help	-0.0229
job_ask	add	-0.0285
job_ask	add you	-0.0285
job_ask	add you on	-0.0285
job_ask	advic	-0.1376
job_ask	advic for	-0.0226
job_ask	after	-0.1352
job_ask	after a	-0.042
job_ask	after ~number	-0.0662
job_ask	afternoon	-0.0284
job_ask	again	-0.0356
job_ask	agenc	0.1323
job_ask	all	-0.1123
job_ask	all right	-0.0258
job_ask	along	0.3078
job_ask	alreadi	-0.0306
job_ask	alright	-0.0618
job_ask	alright i	-0.0378
job_ask	alumni	-0.0822
job_ask	am	-0.2756
job_ask	am a	-0.0858
job_ask	am a junior	-0.0309
job_ask	am around	-0.0731
job_ask	am here	-0.0673
job_ask	am here to	-0.0254
job_ask	am hope	-0.0327
job_ask	am just	-0.0383
job_ask	am look	-0.0376
job_ask	am not	-0.099
job_ask	am tri	-0.0209
job_ask	am tri to	-0.0209
job_ask	am ~number	-0.0986
job_ask	am ~want	-0.0657
job_ask	an	0.5756
job_ask	an exercis	-0.1074
job_ask	an exercis for	-0.0818
job_ask	an internship	0.0418
job_ask	an interview	0.3293
job_ask	an introduct	-0.0587
job_ask	an introduct to	-0.0587
job_ask	an onlin	-0.0252
job_ask	an ~job	0.2203
job_ask	an ~student	-0.0399
job_ask	an ~talk	0.3293
job_ask	analyst	-0.1386
job_ask	analyst on	-0.0304
job_ask	and	-0.0751
job_ask	and i	-0.0685
job_ask	and i have	-0.032
job_ask	and would	0.1738
job_ask	and ~want	0.1673
job_ask	ani	0.9176
job_ask	ani book	-0.0476
job_ask	ani chanc	0.2372
job_ask	ani chanc you	0.1606
job_ask	ani more	-0.0597
job_ask	ani more of	-0.0326
job_ask	ani open	0.1706
job_ask	ani podcast	-0.0403
job_ask	ani podcast or	-0.0403
job_ask	ani way	0.1133
job_ask	ani way i	0.1133
job_ask	ani ~job	0.3092
job_ask	ani ~people	-0.102
job_ask	anyon	0.0216
job_ask	anyon els	-0.037
job_ask	anyon in	-0.0364
job_ask	anyon on	-0.0914
job_ask	anyon on your	-0.0813
job_ask	anyon who	0.2084
job_ask	anyon ~people	0.2084
job_ask	anyth	0.1524
job_ask	anyth i	-0.093
job_ask	anyth i can	-0.0423
job_ask	anyth i could	-0.0307
job_ask	anyth on	-0.0528
job_ask	anyth you	-0.04
job_ask	anyth you wish	-0.028
job_ask	app	-0.0395
job_ask	appli	0.2877
job_ask	appli to	0.2514
job_ask	appli to your	0.2891
job_ask	applic	0.372
job_ask	appreci	0.0318
job_ask	appreci it	-0.0489
job_ask	appreci you	-0.0286
job_ask	apprentic	0.1618
job_ask	are	0.1015
job_ask	are entri	-0.0526
job_ask	are entri level	-0.0526
job_ask	are internship	-0.0614
job_ask	are the	-0.0401
job_ask	are there profession	-0.0375
job_ask	are you	0.292
job_ask	are your	-0.0302
job_ask	are ~job	0.0324
job_ask	are ~number	-0.0418
job_ask	around	-0.0731
job_ask	as	0.4713
job_ask	as a	0.2283
job_ask	as ~number	0.2172
job_ask	ask	-0.1998
job_ask	ask about	-0.0287
job_ask	ask for	-0.0419
job_ask	ask for a	-0.0252
job_ask	ask you	-0.0845
job_ask	ask you for	-0.0463
job_ask	ask you to	-0.0382
job_ask	associ	-0.0791
job_ask	associ or	-0.0388
job_ask	at	0.2954
job_ask	at a	-0.1031
job_ask	at a startup	-0.0206
job_ask	at paper	-0.0577
job_ask	at paper lantern	-0.0577
job_ask	at the	0.2364
job_ask	at the moment	0.2688
job_ask	at your	0.2369
job_ask	at your compani	-0.088
job_ask	at your firm	0.0394
job_ask	at ~number	0.1142
job_ask	at ~org	-0.0577
job_ask	atmospher	-0.0391
job_ask	back	-0.0455
job_ask	back to	-0.0206
job_ask	background	0.0694
job_ask	bank	-0.0839
job_ask	be	0.455
job_ask	be a	0.0897
job_ask	be abl	0.3813
job_ask	be abl to	0.3813
job_ask	be comfort	-0.0517
job_ask	be glad	-0.0732
job_ask	be glad to	-0.0732
job_ask	be good	-0.0222
job_ask	be happi	-0.0305
job_ask	be happi to	-0.0305
job_ask	be ok	-0.0294
job_ask	be ok if	-0.022
job_ask	be quick	-0.0232
job_ask	be realli	0.0307
job_ask	be realli grate	0.0307
job_ask	be up	-0.0272
job_ask	be up for	-0.0272
job_ask	be use	-0.1957
job_ask	be use to	-0.1927
job_ask	be will	0.0518
job_ask	be will to	0.0518
job_ask	be ~help	-0.1957
job_ask	be ~number	0.0849
job_ask	be ~want	0.0307
job_ask	becom	-0.0363
job_ask	becom a	-0.028
job_ask	becom ~number	-0.0363
job_ask	been	-0.0575
job_ask	befor	-0.1233
job_ask	befor appli	-0.0348
job_ask	befor appli to	-0.0239
job_ask	befor i	-0.0221
job_ask	beginn	-0.1366
job_ask	best	-0.033
job_ask	better	-0.0234
job_ask	between	-0.0495
job_ask	beyond	-0.0259
job_ask	big	-0.0345
job_ask	biggest	-0.0402
job_ask	bit	-0.0672
job_ask	bit about	-0.0338
job_ask	bit about me	-0.0338
job_ask	book	-0.1124
job_ask	book or	-0.0313
job_ask	book would	-0.0365
job_ask	book you	-0.0396
job_ask	book ~want	-0.0365
job_ask	bootcamp	-0.0474
job_ask	brain	-0.0279
job_ask	break	-0.0234
job_ask	build	-0.03
job_ask	busi	-0.0296
job_ask	but	0.0827
job_ask	but i	-0.0222
job_ask	call	-0.1075
job_ask	came	-0.0338
job_ask	can	-0.1079
job_ask	can be	-0.1367
job_ask	can be use	-0.1298
job_ask	can do	-0.0374
job_ask	can do for	-0.0215
job_ask	can ever	-0.0407
job_ask	can ever help	-0.0375
job_ask	can help	-0.0487
job_ask	can i	0.4048
job_ask	can i help	-0.0273
job_ask	can nurs	-0.0219
job_ask	can return	-0.0354
job_ask	can return the	-0.0354
job_ask	can you	-0.0473
job_ask	can ~help	-0.1215
job_ask	can ~learn	-0.0248
job_ask	candid	-0.0751
job_ask	care	-0.0652
job_ask	career	-0.2386
job_ask	career changer	-0.0419
job_ask	career in	-0.0406
job_ask	career ~student	-0.0283
job_ask	case	-0.1344
job_ask	certif	-0.033
job_ask	chain	-0.0227
job_ask	chanc	0.2345
job_ask	chanc of	0.074
job_ask	chanc you	0.1606
job_ask	chanc you could	-0.0246
job_ask	chang	-0.1406
job_ask	chang about	-0.0207
job_ask	chang how	-0.0522
job_ask	changer	-0.0419
job_ask	chat	-0.1033
job_ask	chat with	-0.041
job_ask	check	-0.0283
job_ask	cheer	-0.0333
job_ask	choos	-0.0232
job_ask	citi	-0.0301
job_ask	client	-0.0262
job_ask	clinic	-0.0628
job_ask	colleagu	-0.0903
job_ask	colleg	-0.0216
job_ask	come	0.2349
job_ask	come up	0.3012
job_ask	comfort	-0.0847
job_ask	common	-0.0287
job_ask	communiti	-0.0513
job_ask	compani	0.2089
job_ask	connect	-0.1105
job_ask	connect me	-0.0433
job_ask	connect me with	-0.0433
job_ask	connect with	-0.0458
job_ask	consid	0.3427
job_ask	consult	-0.0291
job_ask	contact	-0.0306
job_ask	could	0.8785
job_ask	could do	-0.0331
job_ask	could do to	-0.0331
job_ask	could get	0.1891
job_ask	could i	0.1432
job_ask	could pass	0.0512
job_ask	could pass my	0.0512
job_ask	could put	0.0615
job_ask	could put in	0.0993
job_ask	could tri	-0.0575
job_ask	could tri to	-0.0476
job_ask	could you	0.173
job_ask	could you describ	-0.0767
job_ask	could you introduc	-0.0399
job_ask	could you let	0.1602
job_ask	could you recommend	-0.0522
job_ask	could you refer	0.0988
job_ask	could you suggest	-0.0779
job_ask	could you tell	-0.0499
job_ask	could you walk	-0.1179
job_ask	could ~help	-0.0495
job_ask	could ~learn	0.1804
job_ask	could ~sendverb	0.0414
job_ask	could ~talk	-0.0923
job_ask	could ~want	-0.0575
job_ask	coupl	-0.0543
job_ask	coupl of	-0.0371
job_ask	cours	-0.1295
job_ask	cover	-0.0299
job_ask	cover everyth	-0.0299
job_ask	credit	-0.0506
job_ask	credit analyst	-0.0334
job_ask	cultur	-0.063
job_ask	curious	-0.0225
job_ask	current	-0.043
job_ask	current a	-0.0257
job_ask	current ~number	-0.0257
job_ask	dashboard	-0.043
job_ask	data	-0.3385
job_ask	data engin	0.021
job_ask	data scienc	-0.0709
job_ask	data scientist	-0.0279
job_ask	data ~org	-0.0291
job_ask	dataset	-0.0279
job_ask	day	-0.142
job_ask	decent	-0.0723
job_ask	decid	-0.0327
job_ask	definit	-0.0217
job_ask	degre	-0.0824
job_ask	depart	0.155
job_ask	describ	-0.1586
job_ask	describ the	-0.0424
job_ask	describ ~number	-0.0984
job_ask	design	-0.1742
job_ask	design a	-0.0202
job_ask	design ~job	0.0895
job_ask	design ~number	-0.0202
job_ask	develop	-0.0549
job_ask	did	-0.2545
job_ask	did it	-0.0214
job_ask	did you	-0.1407
job_ask	did your	-0.0283
job_ask	did ~number	-0.0226
job_ask	differ	-0.0743
job_ask	do	-0.0727
job_ask	do a	0.0803
job_ask	do an	-0.0332
job_ask	do befor	-0.0296
job_ask	do for	-0.0298
job_ask	do for you	-0.0298
job_ask	do hire	-0.0399
job_ask	do hire manag	-0.031
job_ask	do not	0.3599
job_ask	do not have	-0.0371
job_ask	do not suppos	0.11
job_ask	do not want	-0.0314
job_ask	do peopl	-0.0252
job_ask	do to	-0.0553
job_ask	do to help	-0.0211
job_ask	do you	0.4122
job_ask	do you actual	-0.0239
job_ask	do you ever	-0.0371
job_ask	do you have	-0.0483
job_ask	do you know	0.1826
job_ask	do you like	-0.0289
job_ask	do you still	-0.0203
job_ask	do you think	0.187
job_ask	do you use	-0.0313
job_ask	do you work	-0.0279
job_ask	do ~gatekeeper	-0.0399
job_ask	do ~hiring	-0.0399
job_ask	do ~number	0.045
job_ask	do ~people	-0.0252
job_ask	doe	-0.2223
job_ask	doe a	-0.0454
job_ask	doe it	-0.0387
job_ask	doe your compani	0.0488
job_ask	doe your team	-0.0415
job_ask	doe ~number	-0.0542
job_ask	doe ~people	-0.0272
job_ask	done	-0.1756
job_ask	done ~number	-0.0266
job_ask	down	0.2429
job_ask	drop	-0.0252
job_ask	earli	-0.0322
job_ask	earli on	-0.0322
job_ask	eat	-0.0203
job_ask	eat into	-0.0203
job_ask	eat into your	-0.0203
job_ask	educ	-0.0203
job_ask	elect	-0.0587
job_ask	els	-0.0749
job_ask	email	-0.0622
job_ask	email you	-0.0356
job_ask	end	-0.0729
job_ask	end up	-0.0242
job_ask	engin	-0.0924
job_ask	enjoy	-0.0445
job_ask	enough	-0.0337
job_ask	entri	0.1239
job_ask	entri level	0.1239
job_ask	entri level job	-0.0244
job_ask	evening	-0.0781
job_ask	event	-0.0228
job_ask	ever	-0.13
job_ask	ever help	-0.0473
job_ask	ever need	0.0362
job_ask	ever need a	0.0505
job_ask	ever want	-0.0484
job_ask	ever ~help	-0.0407
job_ask	everyth	-0.0648
job_ask	everyth on	-0.0237
job_ask	everyth on my	-0.0237
job_ask	excit	-0.023
job_ask	excit about	-0.023
job_ask	exercis	-0.1512
job_ask	exercis for	-0.0818
job_ask	exercis for a	-0.0818
job_ask	exercis to	-0.0648
job_ask	experi	-0.0276
job_ask	extra	-0.021
job_ask	fall	0.1055
job_ask	far	-0.0486
job_ask	favor	-0.0315
job_ask	feedback	-0.029
job_ask	feedback to	-0.0202
job_ask	feel	-0.0395
job_ask	few	-0.0502
job_ask	field	-0.1603
job_ask	figur	-0.0409
job_ask	figur out	-0.0409
job_ask	final	-0.04
job_ask	final year	-0.0302
job_ask	final ~duration	-0.0302
job_ask	financ	-0.0279
job_ask	find	-0.066
job_ask	finish	-0.0801
job_ask	finish a	-0.0235
job_ask	finish ~number	-0.0295
job_ask	firm	0.1396
job_ask	first	-0.1276
job_ask	first year	-0.051
job_ask	first ~duration	-0.051
job_ask	first ~job	-0.0259
job_ask	fit	-0.022
job_ask	fit me	-0.022
job_ask	focus	-0.055
job_ask	focus on	-0.0514
job_ask	follow	-0.1321
job_ask	follow up	-0.0728
job_ask	follow up with	-0.026
job_ask	for	0.4702
job_ask	for a	0.1722
job_ask	for a beginn	-0.1212
job_ask	for a job	-0.0627
job_ask	for advic	-0.0418
job_ask	for an	0.0947
job_ask	for data	-0.0416
job_ask	for data scienc	-0.0306
job_ask	for it	0.0792
job_ask	for me	0.1256
job_ask	for me to	-0.0244
job_ask	for new	-0.0572
job_ask	for peopl	-0.022
job_ask	for polici	-0.0251
job_ask	for someon	-0.024
job_ask	for the	0.3857
job_ask	for this	-0.0265
job_ask	for today	-0.0392
job_ask	for you	0.2832
job_ask	for your	-0.1471
job_ask	for your time	-0.0343
job_ask	for ~hiring	-0.0274
job_ask	for ~insight	-0.0418
job_ask	for ~number	0.6375
job_ask	for ~org	-0.0259
job_ask	for ~people	-0.046
job_ask	forecast	-0.0292
job_ask	forward	0.1158
job_ask	forward my	0.1158
job_ask	forward my resum	0.1158
job_ask	found	-0.0397
job_ask	free	-0.0508
job_ask	from	-0.4291
job_ask	from a	-0.0514
job_ask	from me	-0.049
job_ask	from my	-0.03
job_ask	from your	-0.0661
job_ask	from ~number	-0.0664
job_ask	full	-0.0307
job_ask	game	-0.1089
job_ask	game design	-0.0286
job_ask	game develop	-0.0218
job_ask	gather	-0.0262
job_ask	gather inform	-0.0262
job_ask	gather ~insight	-0.0262
job_ask	get	0.0451
job_ask	get a	0.0274
job_ask	get a job	0.0543
job_ask	get into	-0.0515
job_ask	get me	0.2666
job_ask	get me an	0.2666
job_ask	get on	-0.0249
job_ask	get on with	-0.0249
job_ask	get your	-0.0303
job_ask	get ~number	0.0435
job_ask	give	-0.0724
job_ask	glad	-0.0732
job_ask	glad to	-0.0732
job_ask	go	-0.0781
job_ask	go on	-0.0218
job_ask	go to	-0.0726
job_ask	goal	-0.0262
job_ask	good	-0.1229
job_ask	good at	-0.0257
job_ask	good for	-0.0288
job_ask	good word	0.0993
job_ask	good word for	0.0993
job_ask	got	-0.1824
job_ask	got hire	-0.0953
job_ask	got ~number	-0.0213
job_ask	grad	0.0865
job_ask	grad school	-0.0429
job_ask	grad ~org	-0.0429
job_ask	graduat	0.3381
job_ask	grant	-0.0516
job_ask	grant write	-0.0353
job_ask	grate	0.0233
job_ask	great	-0.0414
job_ask	grow	-0.0287
job_ask	grow into	-0.0287
job_ask	growth	0.0364
job_ask	guy	0.4439
job_ask	had	-0.0466
job_ask	half	-0.0204
job_ask	hand	-0.0914
job_ask	handl	-0.0367
job_ask	happen	0.363
job_ask	happi	-0.1009
job_ask	happi to	-0.0623
job_ask	happi to help	-0.0404
job_ask	hard	-0.1342
job_ask	has	0.0339
job_ask	have	-0.1576
job_ask	have a	-0.0626
job_ask	have ani	0.2894
job_ask	have been	-0.043
job_ask	have got	-0.0205
job_ask	have time	-0.0327
job_ask	have time for	-0.0327
job_ask	have to	-0.0457
job_ask	have ~limit	-0.0327
job_ask	have ~number	-0.0692
job_ask	have ~workverb	-0.0567
job_ask	head	-0.0262
job_ask	health	-0.0278
job_ask	healthcar	-0.0221
job_ask	hear	-0.0536
job_ask	hear how	-0.028
job_ask	hear how you	-0.028
job_ask	help	-0.0843
job_ask	help me	0.199
job_ask	help me understand	-0.0424
job_ask	help test	-0.0297
job_ask	help to	-0.0211
job_ask	help with	-0.0727
job_ask	help with anyth	-0.0362
job_ask	help you	-0.0855
job_ask	help you out	-0.0571
job_ask	here	-0.1424
job_ask	here to	-0.0438
job_ask	here to learn	-0.0281
job_ask	hey	0.132
job_ask	hi	-0.0277
job_ask	hire	0.7806
job_ask	hire right	0.306
job_ask	hire right now	0.306
job_ask	hire team	0.039
job_ask	hire ~student	0.0464
job_ask	honest	-0.0317
job_ask	honest i	0.0641
job_ask	honest ~insight	-0.0259
job_ask	hope	0.1722
job_ask	hope you	0.1882
job_ask	hospit	0.0937
job_ask	hour	0.0781
job_ask	hous	-0.0275
job_ask	how	-0.9181
job_ask	how can	-0.0208
job_ask	how did	-0.0952
job_ask	how did you	-0.056
job_ask	how did your	-0.0283
job_ask	how do	-0.1991
job_ask	how do you	-0.1515
job_ask	how doe	-0.0717
job_ask	how doe your	-0.0506
job_ask	how is	-0.0749
job_ask	how is a	-0.023
job_ask	how long	-0.0395
job_ask	how long doe	-0.0305
job_ask	how much	-0.0434
job_ask	how would	-0.0434
job_ask	how would you	-0.0362
job_ask	how you	-0.0694
job_ask	how your	-0.0457
job_ask	how ~help	-0.1991
job_ask	how ~number	-0.0307
job_ask	how ~studyverb	-0.0952
job_ask	how ~want	-0.0434
job_ask	hunt	-0.0277
job_ask	i add	-0.0285
job_ask	i add you	-0.0285
job_ask	i am	-0.2756
job_ask	i am a	-0.0858
job_ask	i am around	-0.0731
job_ask	i am here	-0.0673
job_ask	i am hope	-0.0327
job_ask	i am just	-0.0383
job_ask	i am look	-0.0376
job_ask	i am not	-0.099
job_ask	i am tri	-0.0209
job_ask	i be	-0.0215
job_ask	i can	-0.2783
job_ask	i can be	-0.1367
job_ask	i can do	-0.0374
job_ask	i can ever	-0.0407
job_ask	i can return	-0.0354
job_ask	i could	0.232
job_ask	i could do	-0.0331
job_ask	i could tri	-0.0575
job_ask	i do not	0.0423
job_ask	i email	-0.0293
job_ask	i email you	-0.0293
job_ask	i follow	-0.0285
job_ask	i follow up	-0.0285
job_ask	i go	-0.0258
job_ask	i had	-0.04
job_ask	i have	-0.137
job_ask	i have been	-0.0408
job_ask	i help	-0.0315
job_ask	i just	-0.0329
job_ask	i know this	0.1094
job_ask	i know you	-0.0435
job_ask	i learn	-0.0209
job_ask	i practic	-0.0244
job_ask	i reach	-0.0231
job_ask	i reach out	-0.0209
job_ask	i read	-0.0217
job_ask	i realli	0.0234
job_ask	i realli appreci	-0.0386
job_ask	i send	0.2442
job_ask	i send you	0.1324
job_ask	i should	-0.0997
job_ask	i should talk	-0.0316
job_ask	i think	-0.0778
job_ask	i think i	-0.0313
job_ask	i think that	-0.0283
job_ask	i want	-0.0907
job_ask	i want to	-0.0559
job_ask	i was	0.1978
job_ask	i was hope	0.0351
job_ask	i will	-0.4112
job_ask	i will be	-0.0269
job_ask	i will leav	-0.0218
job_ask	i will let	-0.0843
job_ask	i will not	-0.063
job_ask	i will send	-0.0736
job_ask	i will stop	-0.0383
job_ask	i will wrap	-0.0226
job_ask	i would	0.1345
job_ask	i would be	-0.0614
job_ask	i would like	-0.0252
job_ask	i would love	0.1472
job_ask	i would realli	-0.0388
job_ask	i ~help	-0.0436
job_ask	i ~insight	-0.0338
job_ask	i ~learn	-0.0809
job_ask	i ~org	-0.0244
job_ask	i ~sendverb	0.225
job_ask	i ~student	-0.0204
job_ask	i ~studyverb	-0.041
job_ask	i ~talk	-0.046
job_ask	i ~want	0.0221
job_ask	i ~workverb	-0.0255
job_ask	idea	0.0212
job_ask	if	0.0872
job_ask	if a	0.2493
job_ask	if a posit	0.1784
job_ask	if i	-0.1995
job_ask	if i add	-0.0285
job_ask	if i can	-0.061
job_ask	if i email	-0.0274
job_ask	if i would	-0.0237
job_ask	if it	-0.0727
job_ask	if that	-0.0213
job_ask	if there	-0.0319
job_ask	if there is	-0.1256
job_ask	if you	-0.0616
job_ask	if you could	0.0772
job_ask	if you ever	-0.0379
job_ask	if you need	-0.0229
job_ask	if you were	-0.0965
job_ask	if your	0.0617
job_ask	if your team	-0.0977
job_ask	if ~number	0.2493
job_ask	in	-0.5815
job_ask	in a good	0.0993
job_ask	in my	-0.0646
job_ask	in polici	-0.0451
job_ask	in public	-0.0269
job_ask	in public polici	-0.0237
job_ask	in return	-0.0212
job_ask	in the	-0.0512
job_ask	in this	-0.0529
job_ask	in touch	-0.102
job_ask	in touch with	-0.078
job_ask	in your	0.0469
job_ask	in your depart	0.1699
job_ask	in your field	-0.0718
job_ask	in your network	-0.0283
job_ask	in your role	-0.025
job_ask	in ~contactverb	-0.1028
job_ask	in ~help	-0.0212
job_ask	in ~number	-0.0685
job_ask	industri	-0.0573
job_ask	inform	-0.0689
job_ask	insid	-0.0267
job_ask	interest	-0.0591
job_ask	interest in	-0.0204
job_ask	intern	0.5842
job_ask	internship	0.1717
job_ask	internship i	-0.0398
job_ask	internship in your	0.0353
job_ask	interview	0.2874
job_ask	into	-0.2634
job_ask	into leadership	-0.0338
job_ask	into other	-0.0388
job_ask	into your	-0.0203
job_ask	introduc	-0.0966
job_ask	introduc me	-0.0318
job_ask	introduc me to	-0.0318
job_ask	introduct	-0.0703
job_ask	introduct to	-0.0587
job_ask	invest	-0.0389
job_ask	invest bank	-0.0341
job_ask	is	-0.337
job_ask	is a	0.0611
job_ask	is all	-0.0262
job_ask	is ani	-0.1032
job_ask	is ani way	-0.1032
job_ask	is done	-0.1202
job_ask	is everyth	-0.0301
job_ask	is for	-0.0227
job_ask	is for me	-0.0227
job_ask	is it	-0.079
job_ask	is not	0.053
job_ask	is not about	-0.0311
job_ask	is realli	-0.0273
job_ask	is research	-0.0227
job_ask	is that	-0.021
job_ask	is the	-0.1995
job_ask	is the cultur	-0.0448
job_ask	is there	0.3302
job_ask	is there a	-0.0653
job_ask	is there ani	0.5174
job_ask	is there anyth	-0.1877
job_ask	is there someon	-0.0334
job_ask	is there someth	-0.0474
job_ask	is to	-0.0278
job_ask	is to understand	-0.0229
job_ask	is your	0.1618
job_ask	is ~learn	-0.0227
job_ask	is ~number	-0.149
job_ask	is ~want	-0.0453
job_ask	it	0.0909
job_ask	it be	-0.0828
job_ask	it be ok	-0.0294
job_ask	it for	-0.0376
job_ask	it from	-0.0211
job_ask	it help	-0.0303
job_ask	it is	-0.1317
job_ask	it take	0.3125
job_ask	it there	-0.0565
job_ask	it there for	-0.0367
job_ask	it ~help	-0.0303
job_ask	it ~insight	0.3125
job_ask	it ~want	-0.0767
job_ask	job	-0.1502
job_ask	job at	0.0543
job_ask	job at your	0.0543
job_ask	job hunt	-0.0277
job_ask	job i	-0.0235
job_ask	job you	-0.0207
job_ask	job ~help	-0.0244
job_ask	join	-0.0383
job_ask	jump	0.1189
job_ask	junior	0.182
job_ask	junior at	-0.0309
job_ask	junior peopl	-0.0407
job_ask	junior ~people	-0.0407
job_ask	just	-0.1573
job_ask	just to	-0.0275
job_ask	just to be	-0.0275
job_ask	just ~want	-0.0441
job_ask	keep	0.0925
job_ask	keep in	-0.0204
job_ask	keep in touch	-0.0204
job_ask	keep you	-0.066
job_ask	kept	-0.02
job_ask	kept you	-0.02
job_ask	kind	-0.0619
job_ask	kind of	-0.0399
job_ask	know	0.3054
job_ask	know ani	-0.0528
job_ask	know anyon	0.1618
job_ask	know anyon in	-0.0249
job_ask	know anyon who	0.2112
job_ask	know if	0.1595
job_ask	know if i	-0.0491
job_ask	know if your	0.1163
job_ask	know this	0.1094
job_ask	know this is	0.1094
job_ask	know you	-0.0435
job_ask	know you are	-0.0333
job_ask	know ~people	0.1479
job_ask	lab	0.0883
job_ask	land	0.1758
job_ask	languag	-0.0396
job_ask	lantern	-0.0634
job_ask	larg	-0.0373
job_ask	last	-0.0819
job_ask	last week	0.0386
job_ask	last year	-0.0263
job_ask	last ~closing	0.0386
job_ask	last ~duration	-0.0263
job_ask	late	-0.0455
job_ask	later	-0.0767
job_ask	lead	-0.1226
job_ask	leadership	-0.0867
job_ask	learn	-0.1299
job_ask	learner	-0.0346
job_ask	leav	-0.092
job_ask	leav it	-0.0636
job_ask	leav it there	-0.0565
job_ask	let	0.0618
job_ask	let me	0.214
job_ask	let me know	0.214
job_ask	let us	-0.0466
job_ask	let us leav	-0.0448
job_ask	let you	-0.1055
job_ask	let you get	-0.0274
job_ask	let you go	-0.037
job_ask	level	0.1178
job_ask	level job	-0.0244
job_ask	level ~job	0.1249
job_ask	like	-0.0262
job_ask	like for	-0.0276
job_ask	like the	-0.0448
job_ask	like ~number	0.2654
job_ask	link	-0.023
job_ask	linkedin	-0.0999
job_ask	list	-0.0352
job_ask	logist	-0.0279
job_ask	long	-0.0652
job_ask	long doe	-0.0305
job_ask	longer	-0.0337
job_ask	look	-0.2069
job_ask	look for	-0.0678
job_ask	look for advic	-0.0418
job_ask	look like	-0.0865
job_ask	love	0.092
job_ask	love it	0.0464
job_ask	love to	0.0961
job_ask	love to hear	-0.0404
job_ask	love to work	0.2301
job_ask	love ~number	-0.0287
job_ask	lunch	-0.0287
job_ask	made	-0.0903
job_ask	made ~number	-0.0635
job_ask	main	-0.0442
job_ask	major	-0.0289
job_ask	make	-0.1369
job_ask	make sens	-0.0329
job_ask	make the	-0.0392
job_ask	make ~insight	-0.0329
job_ask	make ~number	-0.0583
job_ask	manag	-0.0308
job_ask	manag who	-0.0405
job_ask	manag ~people	-0.0405
job_ask	market	0.0931
job_ask	master	-0.0273
job_ask	matter	-0.066
job_ask	matter most	-0.0409
job_ask	matter most in	-0.0223
job_ask	me	0.9923
job_ask	me about	-0.0756
job_ask	me about your	-0.0519
job_ask	me an	0.2666
job_ask	me an interview	0.2666
job_ask	me for	0.2816
job_ask	me for the	0.1925
job_ask	me in	0.0934
job_ask	me in touch	-0.0619
job_ask	me know	0.214
job_ask	me know if	0.0729
job_ask	me through	-0.1575
job_ask	me through a	-0.1272
job_ask	me to the	0.1192
job_ask	me toward	-0.0298
job_ask	me understand	-0.0424
job_ask	me when	0.0943
job_ask	me ~learn	0.2465
job_ask	me ~number	0.2224
job_ask	meet	-0.091
job_ask	mention	-0.1247
job_ask	mentor	-0.0422
job_ask	might	0.0431
job_ask	might be	0.1531
job_ask	mind	0.1051
job_ask	mind if	0.1644
job_ask	mind if i	-0.0475
job_ask	minut	-0.09
job_ask	model	-0.0377
job_ask	moment	0.2627
job_ask	month	-0.0365
job_ask	more	-0.1496
job_ask	more about	-0.0223
job_ask	more of	-0.0326
job_ask	more of your	-0.0326
job_ask	more question	-0.0535
job_ask	most	-0.2545
job_ask	most in	-0.0296
job_ask	most on	-0.0212
job_ask	most ~want	-0.0282
job_ask	move	-0.0927
job_ask	move into	-0.0784
job_ask	move into other	-0.0388
job_ask	much	-0.1662
job_ask	much for	-0.0308
job_ask	my	0.3342
job_ask	my applic	0.3884
job_ask	my background	0.1068
job_ask	my interest	-0.0281
job_ask	my list	-0.0237
job_ask	my own	-0.0244
job_ask	my resum	0.5282
job_ask	my resum to	0.2552
job_ask	my ~application	0.9167
job_ask	my ~degree	-0.0211
job_ask	my ~job	-0.06
job_ask	name	0.24
job_ask	necessari	-0.0217
job_ask	need a	0.1187
job_ask	need a hand	-0.073
job_ask	need to	-0.0643
job_ask	need ~number	0.1107
job_ask	network	-0.044
job_ask	network who	-0.0215
job_ask	network ~people	-0.0215
job_ask	never	-0.0688
job_ask	never ~learn	-0.0359
job_ask	new	0.0507
job_ask	new grad	0.135
job_ask	newcom	-0.0268
job_ask	newcom to	-0.0248
job_ask	newslett	-0.0588
job_ask	next	0.0832
job_ask	next step	-0.0502
job_ask	night	-0.0293
job_ask	no	-0.0815
job_ask	nonprofit	-0.0532
job_ask	normal	-0.0239
job_ask	not	0.1838
job_ask	not about	-0.0311
job_ask	not ask	-0.0231
job_ask	not have	-0.0371
job_ask	not job	-0.0277
job_ask	not job hunt	-0.0277
job_ask	not suppos	0.11
job_ask	not take	-0.0203
job_ask	not take up	-0.0203
job_ask	not to	-0.021
job_ask	not to ask	-0.021
job_ask	not want	-0.0314
job_ask	not want to	-0.0314
job_ask	not ~insight	-0.0203
job_ask	not ~job	-0.0277
job_ask	not ~want	0.0599
job_ask	note	-0.0483
job_ask	note after	-0.022
job_ask	note ~want	-0.022
job_ask	now	0.1618
job_ask	nurs	-0.2316
job_ask	nurs in	-0.025
job_ask	of	-0.3542
job_ask	of a	-0.0276
job_ask	of ani	-0.0544
job_ask	of anyth	0.0679
job_ask	of peopl	-0.0312
job_ask	of the	-0.1085
job_ask	of the job	-0.038
job_ask	of your	-0.1666
job_ask	of your time	-0.0245
job_ask	of ~number	-0.0594
job_ask	of ~people	-0.0424
job_ask	off	-0.0326
job_ask	offic	-0.0714
job_ask	oh	-0.0214
job_ask	ok	-0.1822
job_ask	ok for	-0.0269
job_ask	ok if	-0.0261
job_ask	ok if i	-0.0261
job_ask	ok that	-0.0314
job_ask	ok that is	-0.0314
job_ask	old	-0.092
job_ask	on	0.1677
job_ask	on a	-0.039
job_ask	on ani	0.4661
job_ask	on it	-0.1373
job_ask	on linkedin	-0.0773
job_ask	on my	0.1739
job_ask	on my list	-0.0237
job_ask	on my own	-0.0244
job_ask	on the	-0.0565
job_ask	on the data	-0.0291
job_ask	on this	-0.0531
job_ask	on whether	-0.0242
job_ask	on with	-0.0249
job_ask	on with your	-0.0249
job_ask	on your plate	-0.0467
job_ask	on your team	0.1334
job_ask	on ~number	-0.101
job_ask	onboard	-0.0496
job_ask	onc	-0.1254
job_ask	one	-0.0604
job_ask	onlin	-0.0888
job_ask	onlin cours	-0.052
job_ask	onlin ~degree	-0.0252
job_ask	open	1.1595
job_ask	open for	0.3045
job_ask	open on	0.0868
job_ask	open to a	-0.0795
job_ask	open up	0.1546
job_ask	or	-0.5052
job_ask	or is	-0.0271
job_ask	or newslett	-0.0588
job_ask	or should	-0.022
job_ask	or ~number	-0.0429
job_ask	organiz	-0.0245
job_ask	other	-0.095
job_ask	other role	-0.0599
job_ask	other ~job	-0.0599
job_ask	other ~people	-0.0277
job_ask	our	-0.0843
job_ask	out	-0.3714
job_ask	out if	-0.021
job_ask	out of	-0.0228
job_ask	out to	-0.0965
job_ask	out with	-0.0399
job_ask	outsid	-0.0303
job_ask	over	-0.0994
job_ask	own	-0.0686
job_ask	pack	-0.0228
job_ask	paper	-0.0634
job_ask	paper lantern	-0.0634
job_ask	paraleg	-0.0236
job_ask	part	0.0471
job_ask	part of	-0.0718
job_ask	part of the	-0.0371
job_ask	part time	0.1189
job_ask	part ~limit	0.1189
job_ask	pass	0.3242
job_ask	pass my	0.1065
job_ask	pass my resum	0.0684
job_ask	path	-0.0431
job_ask	peopl	-0.2002
job_ask	peopl in	-0.0332
job_ask	person	-0.0662
job_ask	perspect	-0.0665
job_ask	phd	-0.0202
job_ask	pick	-0.0456
job_ask	pitch	-0.0255
job_ask	place	0.0917
job_ask	plan	-0.0272
job_ask	plate	-0.0467
job_ask	pleas	0.097
job_ask	pleas let	0.1067
job_ask	pleas let me	0.1067
job_ask	podcast	-0.0548
job_ask	podcast or	-0.0447
job_ask	point me	-0.0628
job_ask	point me toward	-0.0298
job_ask	point of	0.1179
job_ask	polici	-0.1797
job_ask	polici analyst	-0.036
job_ask	posit	0.2658
job_ask	possibl	-0.0523
job_ask	possibl to	-0.0523
job_ask	post	0.0251
job_ask	practic	-0.0663
job_ask	product	0.0867
job_ask	profession	-0.0655
job_ask	profession associ	-0.0319
job_ask	program	-0.0567
job_ask	progress	-0.0369
job_ask	project	-0.1012
job_ask	project for	0.1023
job_ask	project you	-0.0371
job_ask	promis	-0.0383
job_ask	psycholog	-0.0218
job_ask	public	-0.0778
job_ask	public polici	-0.026
job_ask	put	0.297
job_ask	put in	0.0993
job_ask	put in a	0.0993
job_ask	put me	-0.0619
job_ask	put me in	-0.0619
job_ask	python	-0.0546
job_ask	qa	0.1506
job_ask	qa tester	0.1746
job_ask	question	-0.1322
job_ask	quick	-0.1299
job_ask	quick call	-0.0735
job_ask	quick ~contactverb	-0.0802
job_ask	quick ~talk	-0.0973
job_ask	rather	-0.0773
job_ask	rather than	-0.0543
job_ask	reach	-0.1394
job_ask	reach out	-0.1144
job_ask	reach out to	-0.0965
job_ask	read	-0.0416
job_ask	real	-0.0201
job_ask	realli	0.2145
job_ask	realli appreci	0.0594
job_ask	realli appreci it	-0.0489
job_ask	realli grate	0.0307
job_ask	realli ~want	0.0418
job_ask	recommend	-0.1619
job_ask	recommend for	-0.0227
job_ask	recruit	0.1017
job_ask	refer	0.4669
job_ask	refer me	0.362
job_ask	refer me for	0.0988
job_ask	referr	0.3634
job_ask	remot	-0.0462
job_ask	report	-0.0301
job_ask	requir	-0.0282
job_ask	research	-0.1076
job_ask	respons	-0.0357
job_ask	rest	-0.0238
job_ask	rest of	-0.0238
job_ask	resum	0.5113
job_ask	resum to	0.2552
job_ask	retail	-0.0203
job_ask	return	-0.0773
job_ask	return the	-0.0536
job_ask	return the favor	-0.0315
job_ask	return ~number	-0.0536
job_ask	right	0.183
job_ask	right now	0.2681
job_ask	risk	-0.0392
job_ask	role	0.3572
job_ask	role do	-0.0215
job_ask	role i	0.2175
job_ask	role ~help	-0.0215
job_ask	rout	-0.0317
job_ask	run	-0.071
job_ask	said	-0.0222
job_ask	same	-0.0417
job_ask	say	-0.05
job_ask	school	-0.0683
job_ask	scienc	-0.0709
job_ask	scientist	-0.0279
job_ask	season	-0.0245
job_ask	second	-0.0337
job_ask	sector	-0.0268
job_ask	see	-0.0739
job_ask	see if	-0.0507
job_ask	see if i	-0.0272
job_ask	send	0.12
job_ask	send me	-0.0251
job_ask	send thank	-0.022
job_ask	send thank you	-0.022
job_ask	send you	0.0684
job_ask	send you my	0.1408
job_ask	senior	-0.0241
job_ask	sens	-0.0342
job_ask	shall	-0.1103
job_ask	shall i	-0.0218
job_ask	shall project	-0.0329
job_ask	share	-0.1548
job_ask	share my	-0.0677
job_ask	share what	-0.0514
job_ask	shift	-0.0354
job_ask	short	-0.0425
job_ask	should	-0.1305
job_ask	should i send	0.1118
job_ask	should talk	-0.0316
job_ask	should talk to	-0.0316
job_ask	should ~talk	-0.045
job_ask	side	-0.1539
job_ask	side project	-0.043
job_ask	skill	-0.0929
job_ask	so	0.0547
job_ask	so far	-0.0486
job_ask	so i	-0.1328
job_ask	so i am	-0.0411
job_ask	so i will	-0.0504
job_ask	so if you	0.0687
job_ask	so much	-0.0571
job_ask	so much for	-0.0308
job_ask	so you	0.211
job_ask	so you can	0.2385
job_ask	some	-0.0798
job_ask	someon	-0.125
job_ask	someon at	-0.0218
job_ask	someon at a	-0.0202
job_ask	someon in	-0.0577
job_ask	someon on	-0.0353
job_ask	someon on the	-0.0353
job_ask	someon who	-0.0293
job_ask	someon who is	-0.0267
job_ask	someon ~people	-0.0293
job_ask	someth	-0.061
job_ask	someth i	-0.0421
job_ask	someth i could	-0.034
job_ask	sorri	-0.0917
job_ask	sorri i	-0.0231
job_ask	sorri my	-0.029
job_ask	spot	0.0609
job_ask	spring	-0.0442
job_ask	spring look	-0.0408
job_ask	spring look like	-0.0408
job_ask	sql	-0.085
job_ask	squeez	-0.0379
job_ask	squeez me	-0.0379
job_ask	squeez me in	-0.0379
job_ask	staff	-0.0315
job_ask	stand	-0.0666
job_ask	stand out	-0.0666
job_ask	start	-0.1288
job_ask	startup	-0.0247
job_ask	stay	-0.0635
job_ask	stay in	-0.0259
job_ask	step	-0.0755
job_ask	still	0.1959
job_ask	stop	-0.0753
job_ask	stop there	-0.027
job_ask	stori	-0.0386
job_ask	structur	-0.0518
job_ask	student	-0.0973
job_ask	studi	-0.1618
job_ask	studio	-0.0452
job_ask	suggest	-0.1587
job_ask	suggest an	-0.0634
job_ask	suggest an exercis	-0.0634
job_ask	suggest for	-0.0243
job_ask	suggest ~number	-0.0779
job_ask	suit	-0.0799
job_ask	suit me	-0.0624
job_ask	summer	0.5069
job_ask	super	-0.032
job_ask	suppli	-0.0227
job_ask	suppli chain	-0.0227
job_ask	support	-0.0866
job_ask	support for	-0.0434
job_ask	suppos	0.11
job_ask	survey	-0.0852
job_ask	switch	-0.0494
job_ask	switch from	-0.0319
job_ask	take	0.6241
job_ask	take a	-0.0444
job_ask	take for	0.325
job_ask	take on	0.3368
job_ask	take on ani	0.4661
job_ask	take the	-0.0207
job_ask	take up	-0.0444
job_ask	take up ani	-0.0326
job_ask	take ~number	-0.0651
job_ask	taken	-0.0256
job_ask	talk	-0.2031
job_ask	talk to	-0.1013
job_ask	talk with	-0.0718
job_ask	talk with me	-0.0718
job_ask	task	-0.0295
job_ask	teach	-0.045
job_ask	team	0.2837
job_ask	team be	-0.118
job_ask	team ever	-0.0977
job_ask	team work	-0.0842
job_ask	team ~gatekeeper	0.0658
job_ask	team ~learn	-0.0413
job_ask	team ~workverb	-0.0546
job_ask	technician	-0.0541
job_ask	tell	-0.1097
job_ask	tell me	-0.0951
job_ask	tell me about	-0.0756
job_ask	ten	-0.0218
job_ask	test	-0.1402
job_ask	test my	-0.0281
job_ask	test my interest	-0.0281
job_ask	test whether	-0.0384
job_ask	tester	0.1746
job_ask	than	-0.0902
job_ask	than a	-0.049
job_ask	than ~number	-0.049
job_ask	thank	-0.2333
job_ask	thank for	-0.0502
job_ask	thank so	-0.0297
job_ask	thank so much	-0.0297
job_ask	thank to	-0.0481
job_ask	thank to my	-0.045
job_ask	thank you	-0.2019
job_ask	thank you for	-0.0885
job_ask	thank you note	-0.034
job_ask	thank you so	-0.0275
job_ask	that	-0.5047
job_ask	that cover	-0.0299
job_ask	that cover everyth	-0.0299
job_ask	that i	-0.0221
job_ask	that is	-0.2026
job_ask	that is all	-0.0262
job_ask	that is everyth	-0.0301
job_ask	the	-0.506
job_ask	the analyst	0.0339
job_ask	the atmospher	-0.0391
job_ask	the cultur	-0.0495
job_ask	the favor	-0.0315
job_ask	the field	-0.0474
job_ask	the hire	0.0592
job_ask	the hire manag	0.0356
job_ask	the job	-0.0956
job_ask	the job you	-0.0207
job_ask	the junior	0.0491
job_ask	the last	-0.0298
job_ask	the link	-0.023
job_ask	the moment	0.2688
job_ask	the most	-0.026
job_ask	the next	-0.0366
job_ask	the point	0.1157
job_ask	the point of	0.1179
job_ask	the student	-0.0277
job_ask	the switch	-0.0238
job_ask	the team	0.0815
job_ask	the ~closing	-0.029
job_ask	the ~degree	-0.0309
job_ask	the ~gatekeeper	0.1403
job_ask	the ~hiring	-0.0385
job_ask	the ~job	-0.0846
job_ask	the ~learn	-0.0437
job_ask	the ~limit	-0.0287
job_ask	the ~org	0.0248
job_ask	the ~people	-0.022
job_ask	the ~student	0.2309
job_ask	their	-0.1068
job_ask	their first	-0.0525
job_ask	there	0.5863
job_ask	there a	-0.0653
job_ask	there ani	0.5253
job_ask	there ani chanc	0.2618
job_ask	there ani way	0.2556
job_ask	there anyth	-0.1877
job_ask	there anyth i	-0.0862
job_ask	there anyth you	-0.04
job_ask	there are	0.2197
job_ask	there for	-0.047
job_ask	there for today	-0.0367
job_ask	there is	0.0409
job_ask	there is ani	-0.1032
job_ask	there profession	-0.0375
job_ask	there so	-0.0378
job_ask	there so you	-0.0378
job_ask	there someon	-0.0334
job_ask	there someth	-0.0474
job_ask	there someth i	-0.034
job_ask	there ~number	0.1132
job_ask	there ~people	-0.0752
job_ask	there ~student	-0.0375
job_ask	these	-0.0518
job_ask	these day	-0.0475
job_ask	thing	-0.0284
job_ask	think about	-0.045
job_ask	think i	-0.0748
job_ask	think i should	-0.031
job_ask	think that	-0.0385
job_ask	think the	-0.0323
job_ask	think you	0.3363
job_ask	think you could	0.3363
job_ask	think ~number	-0.0323
job_ask	this	0.0833
job_ask	this career	-0.0327
job_ask	this field	-0.0386
job_ask	this is	0.0751
job_ask	this is not	0.0918
job_ask	this job	-0.0578
job_ask	this role	-0.02
job_ask	this summer	0.2072
job_ask	this work	-0.0322
job_ask	this year	0.1651
job_ask	this ~duration	0.1651
job_ask	this ~job	-0.0778
job_ask	this ~learn	-0.0322
job_ask	this ~workverb	-0.0322
job_ask	thought	-0.0264
job_ask	through	-0.2622
job_ask	through a	-0.1946
job_ask	through a typic	-0.1169
job_ask	through ~number	-0.199
job_ask	time	-0.1874
job_ask	time for	-0.0327
job_ask	time today	-0.0219
job_ask	to	-0.173
job_ask	to a	-0.0844
job_ask	to a quick	-0.0795
job_ask	to ask	-0.0717
job_ask	to ask for	-0.0201
job_ask	to ask you	-0.0385
job_ask	to be	0.2728
job_ask	to becom	-0.0246
job_ask	to chat	-0.0395
job_ask	to do	-0.0577
job_ask	to find	-0.0282
job_ask	to forward	0.1158
job_ask	to forward my	0.1158
job_ask	to get a	-0.0219
job_ask	to get into	-0.0369
job_ask	to get your	-0.0242
job_ask	to grad	-0.0429
job_ask	to grad school	-0.0429
job_ask	to hear	-0.0799
job_ask	to hear how	-0.028
job_ask	to help	0.1031
job_ask	to help test	-0.0297
job_ask	to help with	-0.0302
job_ask	to hour	0.1603
job_ask	to keep	-0.0276
job_ask	to learn	-0.0527
job_ask	to my	-0.045
job_ask	to pass	0.0205
job_ask	to see	-0.0507
job_ask	to see if	-0.0507
job_ask	to send	-0.0202
job_ask	to share	-0.0758
job_ask	to stay	-0.03
job_ask	to stay in	-0.0224
job_ask	to talk	-0.1114
job_ask	to talk to	-0.028
job_ask	to talk with	-0.0718
job_ask	to test	-0.0618
job_ask	to test my	-0.0281
job_ask	to test whether	-0.0338
job_ask	to the	0.0973
job_ask	to the hire	0.0356
job_ask	to tri	-0.0539
job_ask	to understand	-0.0562
job_ask	to understand the	-0.0243
job_ask	to work	0.2082
job_ask	to you	-0.1453
job_ask	to your	0.3875
job_ask	to ~gatekeeper	-0.0224
job_ask	to ~help	0.0384
job_ask	to ~learn	-0.1516
job_ask	to ~limit	0.1487
job_ask	to ~people	-0.0451
job_ask	to ~sendverb	0.0403
job_ask	to ~student	-0.0785
job_ask	to ~talk	-0.2494
job_ask	to ~timeunit	0.1603
job_ask	to ~want	-0.0539
job_ask	to ~workverb	0.1966
job_ask	togeth	-0.0299
job_ask	too	-0.1189
job_ask	tool	-0.0418
job_ask	touch	-0.1029
job_ask	touch with	-0.078
job_ask	toward	-0.0406
job_ask	track	-0.0412
job_ask	tri	-0.1782
job_ask	tri this	-0.0241
job_ask	tri to	-0.0986
job_ask	tri to see	-0.0235
job_ask	twelv	-0.0279
job_ask	two	-0.0591
job_ask	two ~duration	-0.0329
job_ask	typic	-0.1456
job_ask	typic week	-0.119
job_ask	typic week on	-0.1117
job_ask	typic ~closing	-0.1262
job_ask	understand	-0.0985
job_ask	understand the	-0.0556
job_ask	understand what	-0.0247
job_ask	understand ~number	-0.0556
job_ask	uni	-0.0324
job_ask	up	0.1744
job_ask	up ani	-0.055
job_ask	up ani more	-0.0326
job_ask	up for	-0.0272
job_ask	up for a	-0.0272
job_ask	up with	-0.0269
job_ask	up ~number	-0.0223
job_ask	up ~want	0.0805
job_ask	us	-0.109
job_ask	us leav	-0.0448
job_ask	us leav it	-0.0448
job_ask	use	-0.3044
job_ask	use to	-0.2157
job_ask	use to you	-0.1367
job_ask	user	-0.0288
job_ask	usual	-0.1456
job_ask	usual ~insight	-0.0269
job_ask	ux	-0.0449
job_ask	ux research	-0.0375
job_ask	ux ~learn	-0.0319
job_ask	vacanc	0.1248
job_ask	valu	-0.1318
job_ask	valu your	-0.1131
job_ask	valuabl	-0.031
job_ask	vet	-0.0266
job_ask	volunt	-0.064
job_ask	walk	-0.1575
job_ask	walk me	-0.1575
job_ask	walk me through	-0.1575
job_ask	want	-0.2513
job_ask	want to	-0.1399
job_ask	want to be	-0.0244
job_ask	want to hear	-0.03
job_ask	was hope	0.0351
job_ask	was your	-0.0407
job_ask	was ~want	0.0319
job_ask	way	0.0555
job_ask	way i	0.1133
job_ask	way i can	-0.1643
job_ask	way i could	0.2776
job_ask	way in	-0.0231
job_ask	we	-0.1535
job_ask	we are	-0.0529
job_ask	we have	-0.025
job_ask	week	0.303
job_ask	week in	-0.0312
job_ask	week in your	-0.0312
job_ask	week on	-0.1117
job_ask	week to	-0.02
job_ask	weekend	-0.0507
job_ask	well	-0.0374
job_ask	well i	-0.0295
job_ask	were	-0.1131
job_ask	were in	-0.043
job_ask	were in my	-0.043
job_ask	were me	-0.0299
job_ask	were start	-0.0312
job_ask	what	-0.9562
job_ask	what a	-0.0507
job_ask	what are	-0.1252
job_ask	what are the	-0.0339
job_ask	what are you	-0.069
job_ask	what could	-0.0457
job_ask	what could i	-0.0457
job_ask	what do	-0.1165
job_ask	what do hire	-0.031
job_ask	what do you	-0.0748
job_ask	what doe	-0.0488
job_ask	what is	-0.1709
job_ask	what is the	-0.0909
job_ask	what kind	-0.0303
job_ask	what kind of	-0.0303
job_ask	what made	-0.0683
job_ask	what make	-0.0376
job_ask	what role	-0.0215
job_ask	what role do	-0.0215
job_ask	what skill	-0.0297
job_ask	what was	-0.0295
job_ask	what was your	-0.0275
job_ask	what would	0.2578
job_ask	what would you	-0.0702
job_ask	what you	-0.036
job_ask	what ~help	-0.1165
job_ask	what ~job	-0.0215
job_ask	what ~number	-0.0555
job_ask	what ~want	0.2578
job_ask	when i	0.1
job_ask	when you	-0.0892
job_ask	when you have	-0.06
job_ask	where	-0.113
job_ask	where can	-0.0386
job_ask	where can i	-0.0242
job_ask	where do	-0.0351
job_ask	where ~help	-0.0351
job_ask	whether	-0.0852
job_ask	whether this	-0.0424
job_ask	whether this career	-0.0327
job_ask	whi	-0.0903
job_ask	whi i	-0.0598
job_ask	whi i am	-0.0478
job_ask	which	-0.3099
job_ask	which book	-0.0365
job_ask	which book would	-0.0365
job_ask	which is	-0.0803
job_ask	which ~student	-0.0354
job_ask	who	-0.0226
job_ask	who do	-0.0286
job_ask	who do you	-0.0265
job_ask	who els	-0.0302
job_ask	who is	0.1887
job_ask	who might	-0.0654
job_ask	who might be	-0.0283
job_ask	who would	-0.0904
job_ask	who would be	-0.0592
job_ask	who ~help	-0.0286
job_ask	who ~want	-0.0904
job_ask	will	-0.3632
job_ask	will be	-0.0269
job_ask	will be quick	-0.0232
job_ask	will leav	-0.0218
job_ask	will let	-0.0843
job_ask	will let you	-0.0843
job_ask	will not	-0.063
job_ask	will not take	-0.0203
job_ask	will send	-0.0736
job_ask	will send you	-0.06
job_ask	will stop	-0.0383
job_ask	will to	0.0518
job_ask	will to forward	0.1158
job_ask	will wrap	-0.0226
job_ask	will wrap up	-0.0226
job_ask	will ~sendverb	-0.0839
job_ask	wish	-0.0333
job_ask	wish you	-0.0242
job_ask	wish you would	-0.0226
job_ask	with	-0.2319
job_ask	with a	-0.044
job_ask	with anyth	-0.0719
job_ask	with me	-0.0857
job_ask	with someon	-0.0565
job_ask	with someon in	-0.0518
job_ask	with the	-0.059
job_ask	with the recruit	-0.0818
job_ask	with you	0.1862
job_ask	with ~number	-0.1181
job_ask	with ~people	-0.0702
job_ask	word	0.0951
job_ask	word for	0.0993
job_ask	word for me	0.0993
job_ask	work	-0.2629
job_ask	work at	0.1374
job_ask	work at a	-0.0203
job_ask	work in	-0.0346
job_ask	work on	0.0415
job_ask	work suit	-0.0231
job_ask	work suit me	-0.0231
job_ask	worri	-0.0404
job_ask	worth	-0.1625
job_ask	worth follow	-0.0491
job_ask	worth it	-0.0274
job_ask	worth join	-0.0303
job_ask	worth the	-0.024
job_ask	worth ~number	-0.0315
job_ask	would	0.3237
job_ask	would an	-0.034
job_ask	would be	-0.1311
job_ask	would be glad	-0.0732
job_ask	would be good	-0.0222
job_ask	would be happi	-0.0305
job_ask	would be realli	0.0307
job_ask	would it	0.2299
job_ask	would it be	-0.0828
job_ask	would it help	-0.0303
job_ask	would like	-0.0252
job_ask	would love	0.1286
job_ask	would love to	0.1059
job_ask	would point	-0.0861
job_ask	would point me	-0.0525
job_ask	would realli	0.1455
job_ask	would realli appreci	0.1468
job_ask	would recommend	-0.1051
job_ask	would suggest	-0.0759
job_ask	would you	0.1797
job_ask	would you be	0.3605
job_ask	would you do	-0.0348
job_ask	would you mind	-0.0572
job_ask	would you recommend	-0.0412
job_ask	would your	0.2199
job_ask	would ~number	-0.0412
job_ask	would ~want	0.0337
job_ask	wow	-0.0228
job_ask	wrap	-0.0465
job_ask	wrap up	-0.0444
job_ask	write	-0.0509
job_ask	yeah	-0.0421
job_ask	year	-0.0893
job_ask	yesterday	-0.037
job_ask	you	0.3333
job_ask	you a	-0.0466
job_ask	you actual	-0.0239
job_ask	you are	0.0611
job_ask	you be	0.3498
job_ask	you be abl	0.1999
job_ask	you be comfort	-0.0517
job_ask	you be will	0.1074
job_ask	you can	0.2
job_ask	you could	0.3981
job_ask	you could pass	0.0512
job_ask	you could put	0.0615
job_ask	you describ	-0.1209
job_ask	you do	0.2873
job_ask	you ever	-0.0751
job_ask	you ever need	-0.0211
job_ask	you find	-0.0348
job_ask	you for	0.185
job_ask	you for a	0.2812
job_ask	you for your	-0.0343
job_ask	you get	-0.0557
job_ask	you give	-0.0536
job_ask	you go	-0.0453
job_ask	you got	-0.0415
job_ask	you guy	0.4439
job_ask	you have	-0.1689
job_ask	you have a	-0.0254
job_ask	you have to	-0.0354
job_ask	you hear	0.0365
job_ask	you help	0.053
job_ask	you help me	0.0639
job_ask	you in	-0.0373
job_ask	you introduc	-0.0399
job_ask	you keep	0.2052
job_ask	you know	0.1124
job_ask	you know ani	-0.0528
job_ask	you know anyon	0.1618
job_ask	you know if	0.0866
job_ask	you let	0.1602
job_ask	you let me	0.1602
job_ask	you like	-0.039
job_ask	you mention	-0.1124
job_ask	you mind	-0.0572
job_ask	you my	0.1408
job_ask	you need	-0.051
job_ask	you need to	-0.0281
job_ask	you note	-0.034
job_ask	you note after	-0.022
job_ask	you on	-0.0449
job_ask	you on linkedin	-0.0449
job_ask	you out	-0.0584
job_ask	you recommend	-0.0991
job_ask	you recommend for	-0.0227
job_ask	you refer	0.1956
job_ask	you refer me	0.1956
job_ask	you send	-0.0304
job_ask	you so	-0.0275
job_ask	you so much	-0.0275
job_ask	you start	-0.0317
job_ask	you still	-0.0242
job_ask	you suggest	-0.0827
job_ask	you suggest an	-0.0634
job_ask	you tell	-0.0671
job_ask	you tell me	-0.0578
job_ask	you that	-0.0565
job_ask	you the	-0.0243
job_ask	you think	0.1252
job_ask	you think about	-0.0303
job_ask	you think i	-0.0434
job_ask	you think the	-0.0323
job_ask	you think you	0.3363
job_ask	you to	0.2762
job_ask	you use	-0.0313
job_ask	you walk	-0.1366
job_ask	you walk me	-0.1366
job_ask	you were	-0.1041
job_ask	you were in	-0.043
job_ask	you were me	-0.0299
job_ask	you were start	-0.0312
job_ask	you wish	-0.0333
job_ask	you wish you	-0.0242
job_ask	you work	-0.0472
job_ask	you would	-0.3147
job_ask	you would point	-0.0861
job_ask	you would recommend	-0.1051
job_ask	you would suggest	-0.0759
job_ask	you ~help	0.2484
job_ask	you ~hiring	0.2448
job_ask	you ~number	-0.0709
job_ask	you ~sendverb	-0.0365
job_ask	you ~studyverb	0.1683
job_ask	you ~talk	-0.0376
job_ask	you ~want	-0.335
job_ask	you ~workverb	-0.052
job_ask	your	0.5062
job_ask	your advic	-0.0412
job_ask	your afternoon	-0.0284
job_ask	your app	-0.0395
job_ask	your career	-0.0486
job_ask	your colleagu	-0.0395
job_ask	your compani	0.2366
job_ask	your day	-0.0372
job_ask	your depart	0.1652
job_ask	your evening	-0.0625
job_ask	your field	-0.0718
job_ask	your firm	0.1628
job_ask	your job	-0.0357
job_ask	your lab	0.1864
job_ask	your lunch	-0.0267
job_ask	your network	-0.0283
job_ask	your network who	-0.0215
job_ask	your old	-0.0691
job_ask	your perspect	-0.0362
job_ask	your plate	-0.0467
job_ask	your role	-0.025
job_ask	your team	0.2163
job_ask	your team ever	-0.0977
job_ask	your team work	-0.0842
job_ask	your time	-0.0613
job_ask	your week	-0.0371
job_ask	your work	-0.0352
job_ask	your ~closing	-0.1146
job_ask	your ~gatekeeper	0.2302
job_ask	your ~insight	-0.192
job_ask	your ~job	-0.0688
job_ask	your ~learn	-0.0359
job_ask	your ~limit	-0.1716
job_ask	your ~org	1.2757
job_ask	your ~people	-0.0794
job_ask	your ~student	0.2268
job_ask	your ~talk	-0.0283
job_ask	your ~workverb	-0.0352
job_ask	~application	0.8916
job_ask	~application to	0.3752
job_ask	~closing	0.1334
job_ask	~closing in	-0.0345
job_ask	~closing of	-0.0238
job_ask	~closing on	-0.1117
job_ask	~closing to	-0.028
job_ask	~contactverb	-0.3941
job_ask	~contactverb out	-0.0952
job_ask	~contactverb with	-0.0811
job_ask	~degree	-0.271
job_ask	~degree at	-0.0961
job_ask	~degree be	-0.034
job_ask	~degree in	-0.0322
job_ask	~degree program	0.0974
job_ask	~duration	-0.1052
job_ask	~duration in	-0.044
job_ask	~gatekeeper	1.0964
job_ask	~gatekeeper for	0.1192
job_ask	~gatekeeper right	0.306
job_ask	~gatekeeper team	0.039
job_ask	~help	-0.4449
job_ask	~help a	-0.0203
job_ask	~help an	-0.0332
job_ask	~help befor	-0.0296
job_ask	~help for	-0.0528
job_ask	~help hire	-0.0399
job_ask	~help junior	-0.0397
job_ask	~help me	0.1653
job_ask	~help new	-0.0355
job_ask	~help not	0.3599
job_ask	~help peopl	-0.0295
job_ask	~help test	-0.0297
job_ask	~help the	-0.0562
job_ask	~help to	-0.2628
job_ask	~help with	-0.0727
job_ask	~help you	0.3406
job_ask	~hiring	1.2742
job_ask	~hiring on	0.4661
job_ask	~hiring right	0.306
job_ask	~hiring team	0.039
job_ask	~insight	-0.2193
job_ask	~insight a	-0.0475
job_ask	~insight for	0.2936
job_ask	~insight on	-0.1667
job_ask	~insight over	-0.0539
job_ask	~insight to	-0.0446
job_ask	~insight up	-0.0393
job_ask	~job	1.5508
job_ask	~job at	0.2357
job_ask	~job befor	-0.0306
job_ask	~job do	-0.0387
job_ask	~job for	0.3013
job_ask	~job go	0.1317
job_ask	~job hunt	-0.0277
job_ask	~job i	0.1965
job_ask	~job in	0.2349
job_ask	~job on	0.0868
job_ask	~job open	0.2031
job_ask	~job you	-0.0207
job_ask	~later	0.1223
job_ask	~learn	-0.2409
job_ask	~learn a	0.0422
job_ask	~learn ani	-0.0528
job_ask	~learn anyon	0.1618
job_ask	~learn at	0.1289
job_ask	~learn back	-0.0208
job_ask	~learn for	-0.0201
job_ask	~learn how	-0.0497
job_ask	~learn if	0.0859
job_ask	~learn into	-0.0436
job_ask	~learn me	0.233
job_ask	~learn of	0.0226
job_ask	~learn on	0.0403
job_ask	~learn out	-0.0653
job_ask	~learn suit	-0.0231
job_ask	~learn the	-0.0671
job_ask	~learn their	-0.0558
job_ask	~learn this	0.1094
job_ask	~learn we	-0.025
job_ask	~learn what	-0.0257
job_ask	~learn with	-0.0232
job_ask	~learn you	-0.1169
job_ask	~learn your	-0.0509
job_ask	~limit	-0.3084
job_ask	~limit for	-0.0327
job_ask	~limit is	-0.0221
job_ask	~limit or	-0.0425
job_ask	~limit to	-0.0257
job_ask	~limit today	-0.0219
job_ask	~number	-0.3713
job_ask	~number agenc	-0.0214
job_ask	~number atmospher	-0.0391
job_ask	~number beginn	-0.1212
job_ask	~number big	-0.0345
job_ask	~number bootcamp	-0.0234
job_ask	~number career	-0.0759
job_ask	~number case	-0.0226
job_ask	~number colleagu	-0.0344
job_ask	~number coupl	-0.0543
job_ask	~number cultur	-0.0495
job_ask	~number data	-0.0445
job_ask	~number exercis	-0.1074
job_ask	~number extra	-0.021
job_ask	~number favor	-0.0315
job_ask	~number few	-0.0343
job_ask	~number field	-0.0485
job_ask	~number first	-0.0269
job_ask	~number hand	-0.0764
job_ask	~number hire	0.0592
job_ask	~number internship	0.0418
job_ask	~number interview	0.3266
job_ask	~number introduct	-0.0587
job_ask	~number job	-0.059
job_ask	~number junior	0.038
job_ask	~number last	-0.0327
job_ask	~number link	-0.023
job_ask	~number minut	-0.0614
job_ask	~number moment	0.2688
job_ask	~number more	-0.0244
job_ask	~number most	-0.026
job_ask	~number newcom	-0.0268
job_ask	~number next	-0.0366
job_ask	~number normal	-0.0239
job_ask	~number nurs	-0.0479
job_ask	~number of	-0.0643
job_ask	~number onlin	-0.0252
job_ask	~number open	0.2208
job_ask	~number paraleg	-0.0236
job_ask	~number part	0.1078
job_ask	~number point	0.1157
job_ask	~number polici	-0.025
job_ask	~number posit	0.1784
job_ask	~number product	0.1563
job_ask	~number program	-0.0217
job_ask	~number project	-0.0276
job_ask	~number question	-0.0247
job_ask	~number quick	-0.1001
job_ask	~number referr	0.3776
job_ask	~number research	-0.0527
job_ask	~number role	0.1139
job_ask	~number second	-0.0307
job_ask	~number shall	-0.0656
job_ask	~number startup	-0.0206
job_ask	~number student	-0.0477
job_ask	~number switch	-0.0238
job_ask	~number team	0.0793
job_ask	~number technician	-0.0259
job_ask	~number typic	-0.1308
job_ask	~number week	0.2763
job_ask	~number year	-0.0575
job_ask	~org	0.6545
job_ask	~org be	-0.118
job_ask	~org ever	0.0257
job_ask	~org for	-0.0272
job_ask	~org i	0.0613
job_ask	~org lantern	-0.0634
job_ask	~org or	-0.0695
job_ask	~org project	-0.043
job_ask	~org who	-0.051
job_ask	~org work	-0.0898
job_ask	~org you	-0.0334
job_ask	~people	-0.6489
job_ask	~people at	-0.0262
job_ask	~people do	-0.0408
job_ask	~people els	-0.0672
job_ask	~people from	-0.0847
job_ask	~people in	-0.1439
job_ask	~people is	0.1887
job_ask	~people might	-0.0654
job_ask	~people of	-0.0586
job_ask	~people on	-0.1922
job_ask	~people to	-0.0461
job_ask	~people usual	-0.0248
job_ask	~people who	0.1528
job_ask	~people with	0.1123
job_ask	~people would	-0.0931
job_ask	~people you	-0.0409
job_ask	~sendverb	0.1318
job_ask	~sendverb me	-0.0251
job_ask	~sendverb my	0.2857
job_ask	~sendverb on	-0.0428
job_ask	~sendverb thank	-0.022
job_ask	~sendverb what	-0.0514
job_ask	~sendverb you	0.037
job_ask	~student	0.6678
job_ask	~student associ	-0.0319
job_ask	~student at	-0.052
job_ask	~student for	0.1059
job_ask	~student i	0.116
job_ask	~student on	-0.0455
job_ask	~student open	0.1084
job_ask	~student peopl	-0.0407
job_ask	~student role	0.0528
job_ask	~student school	-0.0429
job_ask	~student stand	-0.0599
job_ask	~studyverb	0.0364
job_ask	~studyverb a	0.0756
job_ask	~studyverb in	-0.0217
job_ask	~studyverb it	-0.0214
job_ask	~studyverb on	0.4661
job_ask	~studyverb the	-0.0362
job_ask	~studyverb you	-0.1561
job_ask	~studyverb your	-0.0283
job_ask	~talk	-0.5648
job_ask	~talk for	-0.0222
job_ask	~talk me	-0.0433
job_ask	~talk out	-0.0995
job_ask	~talk to	-0.1086
job_ask	~talk who	-0.0215
job_ask	~talk with	-0.0966
job_ask	~talk you	-0.1045
job_ask	~timeunit or	-0.0275
job_ask	~want a	0.1182
job_ask	~want an	-0.0498
job_ask	~want appreci	0.0594
job_ask	~want be	-0.1311
job_ask	~want for	-0.0639
job_ask	~want grate	0.0307
job_ask	~want i	-0.0366
job_ask	~want in	-0.0284
job_ask	~want it	0.1811
job_ask	~want like	-0.0328
job_ask	~want love	0.1286
job_ask	~want need	0.062
job_ask	~want on	0.1622
job_ask	~want point	-0.0861
job_ask	~want realli	0.1455
job_ask	~want recommend	-0.1051
job_ask	~want suggest	-0.0759
job_ask	~want the	0.1141
job_ask	~want this	-0.0473
job_ask	~want to	-0.2853
job_ask	~want valu	-0.1131
job_ask	~want want	-0.041
job_ask	~want you	0.315
job_ask	~want your	0.0269
job_ask	~workverb	-0.3516
job_ask	~workverb at	0.1124
job_ask	~workverb in	-0.0377
job_ask	~workverb on	0.0415
job_ask	~workverb suit	-0.0231
job_ask	~workverb with	-0.0202
referral_ask	*	-3.4164
referral_ask	?	-0.347
referral_ask	^alright	-0.0363
referral_ask	^ani	0.0721
referral_ask	^anyon	0.271
referral_ask	^befor	0.0329
referral_ask	^can	-0.156
referral_ask	^could	0.3435
referral_ask	^did	-0.0397
referral_ask	^do	-0.0238
referral_ask	^doe	-0.0552
referral_ask	^happi	-0.0226
referral_ask	^have	-0.0268
referral_ask	^how	-0.4458
referral_ask	^i	-0.599
referral_ask	^if	-0.0567
referral_ask	^is	0.1045
referral_ask	^just	-0.0332
referral_ask	^let	-0.0417
referral_ask	^love	-0.0352
referral_ask	^my	-0.0429
referral_ask	^no	-0.0478
referral_ask	^ok	-0.07
referral_ask	^pleas	-0.0369
referral_ask	^sorri	-0.0867
referral_ask	^thank	-0.1179
referral_ask	^that	-0.1126
referral_ask	^the	-0.0348
referral_ask	^was	-0.0252
referral_ask	^we	-0.0419
referral_ask	^what	-0.7319
referral_ask	^where	-0.1065
referral_ask	^whi	-0.0296
referral_ask	^which	-0.0629
referral_ask	^who	0.0638
referral_ask	^would	0.4435
referral_ask	^yeah	-0.0237
referral_ask	^you	0.2645
referral_ask	a	-0.1712
referral_ask	a beginn	-0.0472
referral_ask	a big	-0.0251
referral_ask	a bit	-0.0765
referral_ask	a bit of	-0.0584
referral_ask	a career	-0.0452
referral_ask	a career changer	-0.0203
referral_ask	a colleagu	0.2271
referral_ask	a coupl	0.2271
referral_ask	a coupl more	-0.0267
referral_ask	a coupl of	0.2538
referral_ask	a degre	-0.0242
referral_ask	a few	-0.1272
referral_ask	a good	-0.0455
referral_ask	a good word	-0.0211
referral_ask	a great	-0.0305
referral_ask	a job	-0.035
referral_ask	a junior	0.2146
referral_ask	a lot	-0.0763
referral_ask	a lot of	-0.0742
referral_ask	a newcom	-0.0294
referral_ask	a newcom to	-0.0285
referral_ask	a nurs	0.1332
referral_ask	a posit	-0.0201
referral_ask	a quick	0.1685
referral_ask	a quick call	0.1488
referral_ask	a quick chat	0.0429
referral_ask	a shall	-0.0404
referral_ask	a technician	-0.0288
referral_ask	a typic	-0.0306
referral_ask	a typic week	-0.0223
referral_ask	a ~degree	-0.0654
referral_ask	a ~job	-0.0698
referral_ask	a ~number	0.0999
referral_ask	a ~org	-0.0389
referral_ask	a ~people	0.2271
referral_ask	a ~student	0.1343
referral_ask	abil	-0.0254
referral_ask	abl	-0.1202
referral_ask	abl to	-0.1202
referral_ask	about	-0.1816
referral_ask	about data	0.1298
referral_ask	about it	-0.0229
referral_ask	about nonprofit	-0.0627
referral_ask	about research	-0.0385
referral_ask	about the	-0.0538
referral_ask	about your	-0.0335
referral_ask	about ~job	-0.037
referral_ask	about ~learn	-0.0385
referral_ask	about ~number	-0.0771
referral_ask	actual	-0.0536
referral_ask	advic	-0.1437
referral_ask	advic for	-0.0247
referral_ask	advic someon	-0.0725
referral_ask	advic ~people	-0.0725
referral_ask	after	-0.1918
referral_ask	after a	-0.0346
referral_ask	after ~number	-0.0458
referral_ask	again	-0.1018
referral_ask	again in	-0.0548
referral_ask	again in a	-0.0548
referral_ask	agenc	0.2146
referral_ask	agre	-0.0714
referral_ask	all	-0.0831
referral_ask	all right	-0.033
referral_ask	almost	0.0763
referral_ask	almost out	0.0763
referral_ask	almost out of	0.0763
referral_ask	along	-0.0211
referral_ask	alreadi	-0.0371
referral_ask	alright	-0.0381
referral_ask	alright i	-0.0293
referral_ask	alumni	0.0873
referral_ask	am	-0.3616
referral_ask	am a	-0.0263
referral_ask	am look	-0.0215
referral_ask	am ~number	-0.0284
referral_ask	am ~want	-0.0832
referral_ask	an	-0.0464
referral_ask	an exercis	-0.0511
referral_ask	an exercis for	-0.0231
referral_ask	an interview	-0.1703
referral_ask	an intro	0.037
referral_ask	an introduct	0.336
referral_ask	an introduct to	0.336
referral_ask	an onlin	-0.0266
referral_ask	an ~talk	-0.1703
referral_ask	analyst	-0.1116
referral_ask	analyt	0.0258
referral_ask	and	-0.1119
referral_ask	and i	-0.0302
referral_ask	and now	-0.0205
referral_ask	and would	0.0221
referral_ask	ani	0.1631
referral_ask	ani book	-0.0566
referral_ask	ani chanc	0.0658
referral_ask	ani chanc you	0.0742
referral_ask	ani colleagu	0.1663
referral_ask	ani colleagu who	0.1663
referral_ask	ani way	-0.0778
referral_ask	ani way i	-0.0778
referral_ask	ani ~people	0.3492
referral_ask	anoth	-0.021
referral_ask	anyon	0.6922
referral_ask	anyon els	0.2626
referral_ask	anyon els in	0.1115
referral_ask	anyon els you	0.088
referral_ask	anyon in	0.1081
referral_ask	anyon on	0.0594
referral_ask	anyon who	-0.0604
referral_ask	anyon ~people	-0.0604
referral_ask	anyth	-0.2242
referral_ask	anyth i	-0.0385
referral_ask	anyth you	-0.0483
referral_ask	anyth you wish	-0.031
referral_ask	app	-0.0208
referral_ask	appli	-0.0659
referral_ask	appli to	-0.0422
referral_ask	appli to your	-0.0303
referral_ask	appreci	-0.0759
referral_ask	appreci it	-0.0255
referral_ask	are	-0.2458
referral_ask	are almost	0.0763
referral_ask	are almost out	0.0763
referral_ask	are the	-0.0798
referral_ask	are the big	-0.0641
referral_ask	are there	0.0775
referral_ask	are there book	-0.0339
referral_ask	are there other	0.2415
referral_ask	are there profession	-0.0457
referral_ask	are you	-0.1181
referral_ask	are your	-0.0563
referral_ask	are your main	-0.0532
referral_ask	are ~job	-0.0214
referral_ask	are ~number	-0.0963
referral_ask	articl	-0.0243
referral_ask	as	-0.0942
referral_ask	as peopl	-0.0357
referral_ask	as peopl say	-0.0357
referral_ask	as ~number	-0.0275
referral_ask	as ~people	-0.0357
referral_ask	ask	-0.1787
referral_ask	ask about	-0.0361
referral_ask	associ	0.162
referral_ask	associ or	-0.0521
referral_ask	at	-0.0521
referral_ask	at a	0.0414
referral_ask	at paper	-0.0222
referral_ask	at paper lantern	-0.0222
referral_ask	at the	0.1412
referral_ask	at your	0.0518
referral_ask	at your firm	0.0779
referral_ask	at ~number	0.1732
referral_ask	at ~org	-0.0222
referral_ask	back	-0.1236
referral_ask	back after	-0.0975
referral_ask	back ~want	-0.0975
referral_ask	background	0.0989
referral_ask	bank	-0.0799
referral_ask	be	0.4151
referral_ask	be a good	0.0385
referral_ask	be abl	-0.1202
referral_ask	be abl to	-0.1202
referral_ask	be comfort	0.1241
referral_ask	be glad	-0.0793
referral_ask	be glad to	-0.0793
referral_ask	be good	0.123
referral_ask	be good to	0.0936
referral_ask	be ok	-0.0654
referral_ask	be ok to	-0.0763
referral_ask	be open	0.1568
referral_ask	be open to	0.1568
referral_ask	be read	-0.069
referral_ask	be up	0.1193
referral_ask	be up for	0.1193
referral_ask	be use	-0.0528
referral_ask	be use to	-0.0274
referral_ask	be will	0.07
referral_ask	be will to	0.07
referral_ask	be ~help	-0.0528
referral_ask	be ~number	0.0433
referral_ask	be ~talk	0.0889
referral_ask	becom	-0.021
referral_ask	becom ~number	-0.021
referral_ask	been	-0.0439
referral_ask	been ~number	-0.0216
referral_ask	befor	-0.099
referral_ask	befor i	-0.0476
referral_ask	beginn	-0.0536
referral_ask	best way	-0.0262
referral_ask	best way to	-0.0262
referral_ask	better	-0.0358
referral_ask	between	-0.0308
referral_ask	beyond	-0.0366
referral_ask	big	-0.0914
referral_ask	big ~people	-0.0688
referral_ask	biggest	-0.093
referral_ask	biggest influenc	-0.079
referral_ask	bit	-0.096
referral_ask	bit of	-0.0584
referral_ask	book	-0.1657
referral_ask	book or	-0.0654
referral_ask	book would	-0.0329
referral_ask	book you	-0.0628
referral_ask	book ~want	-0.0329
referral_ask	bootcamp	0.0332
referral_ask	brain	0.4455
referral_ask	call	0.0494
referral_ask	came	0.1432
referral_ask	can	-0.3338
referral_ask	can be	-0.036
referral_ask	can i	-0.0956
referral_ask	can we	-0.0273
referral_ask	can you	-0.0376
referral_ask	can ~help	-0.0286
referral_ask	care	-0.0426
referral_ask	career	-0.2031
referral_ask	career changer	-0.0245
referral_ask	career ~student	-0.0203
referral_ask	case	-0.0209
referral_ask	certif	-0.0493
referral_ask	chanc	0.0643
referral_ask	chanc you	0.0742
referral_ask	chanc you could	0.0821
referral_ask	chang	-0.098
referral_ask	changer	-0.0245
referral_ask	chat	0.2842
referral_ask	chat with	0.1855
referral_ask	check	-0.0607
referral_ask	check in	-0.0471
referral_ask	chemistri	-0.0204
referral_ask	citi	-0.0436
referral_ask	citi govern	-0.032
referral_ask	civil	-0.0203
referral_ask	civil engin	-0.0203
referral_ask	client	-0.0668
referral_ask	close	-0.0645
referral_ask	colleagu	0.4235
referral_ask	colleagu who	0.1663
referral_ask	colleagu ~people	0.1663
referral_ask	come	0.0626
referral_ask	come to	0.1554
referral_ask	come to mind	0.1554
referral_ask	come up	-0.0487
referral_ask	comfort	0.1157
referral_ask	communiti	-0.1097
referral_ask	compani	-0.161
referral_ask	complianc	0.096
referral_ask	confer	-0.1148
referral_ask	connect me	0.1908
referral_ask	connect me with	0.1908
referral_ask	connect with	-0.1079
referral_ask	connect with you	-0.0362
referral_ask	conscious	-0.0202
referral_ask	consid	-0.0578
referral_ask	consult	-0.0345
referral_ask	contact	0.2612
referral_ask	could	0.5545
referral_ask	could get	-0.0697
referral_ask	could i	-0.067
referral_ask	could put	0.0652
referral_ask	could put in	-0.0211
referral_ask	could tri	-0.0409
referral_ask	could tri to	-0.0359
referral_ask	could you	0.3697
referral_ask	could you describ	-0.047
referral_ask	could you introduc	0.0874
referral_ask	could you let	-0.0291
referral_ask	could you recommend	0.1725
referral_ask	could you suggest	0.0863
referral_ask	could you tell	-0.0238
referral_ask	could you walk	-0.0224
referral_ask	could ~help	-0.024
referral_ask	could ~learn	-0.0752
referral_ask	could ~talk	0.3094
referral_ask	could ~want	-0.0409
referral_ask	coupl	0.2271
referral_ask	coupl more	-0.0267
referral_ask	coupl of	0.2538
referral_ask	coupl of month	-0.0701
referral_ask	coupl of peopl	0.1578
referral_ask	cours	-0.114
referral_ask	cover	-0.0301
referral_ask	cover everyth	-0.0301
referral_ask	credit	-0.0533
referral_ask	credit analyst	-0.0361
referral_ask	cultur	-0.0209
referral_ask	curious	-0.0911
referral_ask	curious about	-0.0886
referral_ask	current	-0.0209
referral_ask	data	0.0739
referral_ask	data engin	0.1257
referral_ask	data scienc	-0.0884
referral_ask	data ~org	0.115
referral_ask	dataset	-0.0237
referral_ask	day	-0.0879
referral_ask	day to	-0.0297
referral_ask	day to day	-0.0297
referral_ask	deal	-0.0235
referral_ask	deal with	-0.0235
referral_ask	degre	-0.0947
referral_ask	depart	-0.0417
referral_ask	describ	-0.0641
referral_ask	describ ~number	-0.0351
referral_ask	design	0.1749
referral_ask	develop	-0.0437
referral_ask	did	-0.1496
referral_ask	did you	-0.1113
referral_ask	did you find	-0.0236
referral_ask	differ from	-0.0253
referral_ask	direct	-0.0753
referral_ask	do	-0.2818
referral_ask	do a	-0.0206
referral_ask	do most	-0.0256
referral_ask	do not suppos	0.0651
referral_ask	do peopl	-0.0571
referral_ask	do peopl in	-0.0227
referral_ask	do research	-0.0749
referral_ask	do this	0.0352
referral_ask	do to	-0.0378
referral_ask	do you	0.0767
referral_ask	do you have	0.2053
referral_ask	do you know	0.1916
referral_ask	do you still	-0.0526
referral_ask	do you work	-0.0938
referral_ask	do ~learn	-0.0702
referral_ask	do ~number	-0.0308
referral_ask	do ~people	-0.0571
referral_ask	doe	-0.1621
referral_ask	doe a	-0.0262
referral_ask	doe your	-0.0246
referral_ask	doe ~number	-0.0317
referral_ask	doe ~people	-0.0589
referral_ask	done the	0.0386
referral_ask	done ~number	0.0366
referral_ask	down	-0.0341
referral_ask	earli	-0.082
referral_ask	earli on	-0.082
referral_ask	educ	0.0594
referral_ask	els	0.4505
referral_ask	els in	0.1115
referral_ask	els should	0.1719
referral_ask	els should i	0.1719
referral_ask	els you	0.088
referral_ask	els you think	0.0535
referral_ask	email	-0.1506
referral_ask	email you	-0.105
referral_ask	email you in	-0.0403
referral_ask	end	-0.0624
referral_ask	engin	0.0598
referral_ask	enjoy	-0.0221
referral_ask	entri	-0.0535
referral_ask	entri level	-0.0535
referral_ask	ever	-0.1782
referral_ask	ever need	-0.0835
referral_ask	ever want	-0.0266
referral_ask	everyth	-0.0792
referral_ask	everyth i	-0.0402
referral_ask	everyth i want	-0.0356
referral_ask	exam	-0.0218
referral_ask	exercis	-0.0734
referral_ask	exercis for	-0.0231
referral_ask	exercis for a	-0.0231
referral_ask	exercis to	-0.0456
referral_ask	feel	-0.0209
referral_ask	few	-0.1356
referral_ask	few year	-0.0226
referral_ask	few ~duration	-0.03
referral_ask	field	-0.1625
referral_ask	field i	0.0386
referral_ask	final	-0.0423
referral_ask	find	-0.065
referral_ask	finish	-0.0648
referral_ask	firm	0.0621
referral_ask	first	0.1453
referral_ask	first role	-0.022
referral_ask	first year	0.2252
referral_ask	first ~duration	0.2252
referral_ask	first ~job	-0.0242
referral_ask	folk	0.144
referral_ask	folk in	0.144
referral_ask	follow	-0.0689
referral_ask	follow up	-0.0427
referral_ask	for	-0.5319
referral_ask	for a beginn	-0.0472
referral_ask	for me to	0.0696
referral_ask	for peopl	-0.0376
referral_ask	for someon	-0.0428
referral_ask	for the	-0.0944
referral_ask	for today	-0.0212
referral_ask	for you	-0.0216
referral_ask	for your	-0.0323
referral_ask	for ~number	-0.1081
referral_ask	for ~people	-0.0804
referral_ask	forward	-0.0318
referral_ask	forward my	-0.0318
referral_ask	forward my resum	-0.0318
referral_ask	found	-0.0211
referral_ask	free	-0.0774
referral_ask	freelanc	0.0772
referral_ask	from	0.1791
referral_ask	from a	0.1021
referral_ask	from me	-0.0366
referral_ask	from the	-0.0299
referral_ask	from your	0.0473
referral_ask	from ~number	0.0722
referral_ask	from ~people	-0.0245
referral_ask	from ~workverb	0.0984
referral_ask	full	-0.0489
referral_ask	game	-0.1565
referral_ask	game design	-0.0616
referral_ask	game develop	-0.0262
referral_ask	get	0.046
referral_ask	get a	0.0547
referral_ask	get an	0.2329
referral_ask	get into	-0.0949
referral_ask	get me	-0.1233
referral_ask	get me an	-0.1233
referral_ask	get your	-0.0231
referral_ask	get ~number	0.2849
referral_ask	give	-0.0752
referral_ask	give someon	-0.0526
referral_ask	give ~people	-0.0526
referral_ask	glad	-0.0793
referral_ask	glad to	-0.0793
referral_ask	go	-0.2231
referral_ask	go into	-0.0589
referral_ask	go to	-0.0422
referral_ask	goal	-0.026
referral_ask	good	-0.0322
referral_ask	good at	-0.0494
referral_ask	good for	0.0241
referral_ask	good to	0.0936
referral_ask	good to talk	0.0936
referral_ask	good word	-0.0211
referral_ask	good word for	-0.0211
referral_ask	good ~limit	-0.037
referral_ask	good ~student	-0.0247
referral_ask	got	-0.0518
referral_ask	govern	-0.0361
referral_ask	grad	-0.0271
referral_ask	grant	-0.0765
referral_ask	grant write	-0.0688
referral_ask	grate	-0.0503
referral_ask	great	-0.0477
referral_ask	growth	-0.0342
referral_ask	had	-0.0366
referral_ask	happi	-0.0486
referral_ask	happi to	-0.0342
referral_ask	happi to help	-0.0246
referral_ask	hard	-0.064
referral_ask	have	-0.1869
referral_ask	have a	0.0756
referral_ask	have ani	0.0765
referral_ask	have done	-0.0213
referral_ask	have got	-0.0221
referral_ask	have read	-0.034
referral_ask	have ~insight	-0.034
referral_ask	have ~number	0.069
referral_ask	have ~workverb	-0.0315
referral_ask	head	-0.023
referral_ask	healthcar	-0.0239
referral_ask	hear	0.2754
referral_ask	help	-0.2441
referral_ask	help with	-0.1103
referral_ask	help with anyth	-0.0245
referral_ask	help you	-0.0325
referral_ask	here	-0.1497
referral_ask	hire	-0.2151
referral_ask	hire manag	-0.0282
referral_ask	hire right	-0.0938
referral_ask	hire right now	-0.0938
referral_ask	hire ~gatekeeper	-0.0282
referral_ask	hire ~student	-0.0262
referral_ask	homework	-0.0818
referral_ask	honest	-0.0602
referral_ask	hope	-0.0262
referral_ask	hospit	-0.033
referral_ask	hour	-0.1131
referral_ask	hous	-0.03
referral_ask	how	-0.6341
referral_ask	how did	-0.0629
referral_ask	how did you	-0.0531
referral_ask	how do	-0.1182
referral_ask	how do you	-0.0916
referral_ask	how doe	-0.0248
referral_ask	how is	-0.0388
referral_ask	how should	-0.0296
referral_ask	how the	-0.0363
referral_ask	how would	-0.1377
referral_ask	how would you	-0.1283
referral_ask	how you	-0.0336
referral_ask	how ~help	-0.1182
referral_ask	how ~number	-0.0471
referral_ask	how ~studyverb	-0.0629
referral_ask	how ~want	-0.1377
referral_ask	i	-0.0797
referral_ask	i am	-0.3616
referral_ask	i am a	-0.0263
referral_ask	i am look	-0.0215
referral_ask	i ask	-0.0296
referral_ask	i be	0.0736
referral_ask	i can	-0.0932
referral_ask	i can be	-0.036
referral_ask	i could	0.163
referral_ask	i could tri	-0.0409
referral_ask	i did	-0.0243
referral_ask	i do	0.0253
referral_ask	i do not	0.0495
referral_ask	i email	-0.0587
referral_ask	i email you	-0.0587
referral_ask	i go	0.0269
referral_ask	i had	-0.0291
referral_ask	i have	-0.1297
referral_ask	i have read	-0.034
referral_ask	i know	-0.0633
referral_ask	i know we	0.0679
referral_ask	i know you	-0.0419
referral_ask	i learn	-0.0206
referral_ask	i mention	-0.0243
referral_ask	i might	0.16
referral_ask	i reach	-0.0454
referral_ask	i reach out	-0.0202
referral_ask	i realli	-0.0238
referral_ask	i send	-0.0658
referral_ask	i should	0.3596
referral_ask	i should talk	-0.0278
referral_ask	i speak	0.1374
referral_ask	i talk	0.0238
referral_ask	i talk to	0.0238
referral_ask	i think	-0.1187
referral_ask	i think i	-0.0238
referral_ask	i think that	-0.0403
referral_ask	i think we	-0.0294
referral_ask	i want	-0.0807
referral_ask	i want to	-0.0762
referral_ask	i will	-0.356
referral_ask	i will let	-0.066
referral_ask	i will send	-0.026
referral_ask	i would	0.0283
referral_ask	i would be	-0.1188
referral_ask	i would like	-0.0466
referral_ask	i would love	0.1933
referral_ask	i ~contactverb	-0.0598
referral_ask	i ~sendverb	-0.1112
referral_ask	i ~studyverb	-0.0371
referral_ask	i ~talk	0.2777
referral_ask	i ~want	-0.0963
referral_ask	idea	-0.0247
referral_ask	if	-0.0354
referral_ask	if a	-0.0373
referral_ask	if a posit	-0.0201
referral_ask	if i	-0.2277
referral_ask	if i can	-0.04
referral_ask	if i email	-0.033
referral_ask	if i have	-0.0225
referral_ask	if i would	-0.0335
referral_ask	if that	-0.0501
referral_ask	if that is	-0.0247
referral_ask	if there	0.0271
referral_ask	if there is	0.0383
referral_ask	if you	0.2858
referral_ask	if you could	-0.0477
referral_ask	if you ever	-0.0863
referral_ask	if you know	0.0524
referral_ask	if you need	-0.0204
referral_ask	if you were	0.3435
referral_ask	if your	-0.0306
referral_ask	if ~number	-0.0373
referral_ask	in	0.0429
referral_ask	in a	-0.2199
referral_ask	in a coupl	-0.0701
referral_ask	in a few	-0.0904
referral_ask	in a good	-0.0211
referral_ask	in data	-0.0259
referral_ask	in data scienc	-0.0218
referral_ask	in my	0.357
referral_ask	in polici	0.0801
referral_ask	in risk	-0.0359
referral_ask	in the	-0.0616
referral_ask	in the field	0.0348
referral_ask	in this	-0.0457
referral_ask	in touch	0.1273
referral_ask	in touch with	0.217
referral_ask	in your depart	-0.0349
referral_ask	in your game	-0.045
referral_ask	in your network	0.226
referral_ask	in ~contactverb	0.1033
referral_ask	in ~number	-0.2863
referral_ask	industri	-0.0449
referral_ask	influenc	-0.079
referral_ask	inform	-0.0302
referral_ask	interest	-0.045
referral_ask	intern	-0.0272
referral_ask	internship	-0.0463
referral_ask	interview	-0.1873
referral_ask	into	-0.2888
referral_ask	into nurs	-0.0545
referral_ask	into other	-0.0216
referral_ask	into the	-0.0233
referral_ask	into this	-0.0223
referral_ask	into ~number	-0.0269
referral_ask	intro	0.037
referral_ask	introduc	0.2423
referral_ask	introduc me	0.1674
referral_ask	introduc me to	0.1674
referral_ask	introduct	0.3335
referral_ask	introduct to	0.336
referral_ask	is	-0.4348
referral_ask	is a	-0.043
referral_ask	is all	-0.0378
referral_ask	is anyon	0.057
referral_ask	is come	-0.0249
referral_ask	is done	0.0533
referral_ask	is everyth	-0.0371
referral_ask	is everyth i	-0.0249
referral_ask	is it	-0.1156
referral_ask	is it ok	-0.0398
referral_ask	is realli	-0.0218
referral_ask	is that	-0.0204
referral_ask	is the	-0.1367
referral_ask	is the best	-0.0305
referral_ask	is there	0.3434
referral_ask	is there a	0.0249
referral_ask	is there ani	-0.0738
referral_ask	is there anyon	0.0846
referral_ask	is there anyth	-0.0964
referral_ask	is there someon	0.1836
referral_ask	is there someth	-0.0272
referral_ask	is to	-0.0477
referral_ask	is your	-0.022
referral_ask	is ~number	-0.1941
referral_ask	is ~people	0.0485
referral_ask	is ~talk	-0.0307
referral_ask	is ~want	-0.0362
referral_ask	is ~workverb	-0.0255
referral_ask	it	-0.2401
referral_ask	it be	0.2003
referral_ask	it be ok	-0.0654
referral_ask	it from	-0.0219
referral_ask	it ok	-0.0398
referral_ask	it ok if	-0.0398
referral_ask	it there	-0.0264
referral_ask	it ~want	-0.0377
referral_ask	job	-0.1341
referral_ask	join	-0.0301
referral_ask	junior	0.1669
referral_ask	junior design	0.2209
referral_ask	junior ~student	0.22
referral_ask	just	-0.1207
referral_ask	just start	-0.043
referral_ask	keep	-0.1863
referral_ask	keep in	-0.0986
referral_ask	keep in touch	-0.0986
referral_ask	keep you	-0.028
referral_ask	kind	-0.0436
referral_ask	kind of	-0.0411
referral_ask	know	0.252
referral_ask	know ani	0.1724
referral_ask	know anyon	0.1626
referral_ask	know anyon els	0.1115
referral_ask	know anyon in	0.0814
referral_ask	know anyon who	-0.0724
referral_ask	know how	-0.0448
referral_ask	know how the	-0.0317
referral_ask	know if	-0.0547
referral_ask	know if there	-0.025
referral_ask	know we	0.0679
referral_ask	know we are	0.0694
referral_ask	know you	-0.0419
referral_ask	know you have	-0.0221
referral_ask	know ~people	0.1814
referral_ask	lab	0.2467
referral_ask	lantern	-0.0245
referral_ask	last week	-0.0328
referral_ask	last ~closing	-0.0328
referral_ask	later	-0.0372
referral_ask	lead	-0.0806
referral_ask	leadership	-0.0232
referral_ask	learn	-0.1507
referral_ask	learn how	-0.0233
referral_ask	leav	-0.0534
referral_ask	leav it	-0.0304
referral_ask	leav it there	-0.0264
referral_ask	let	-0.2045
referral_ask	let me	-0.0649
referral_ask	let me know	-0.0649
referral_ask	let us	-0.0312
referral_ask	let us leav	-0.021
referral_ask	let you	-0.1085
referral_ask	let you go	-0.0444
referral_ask	let you know	-0.0481
referral_ask	level	-0.0585
referral_ask	level ~job	-0.0529
referral_ask	like in	-0.0733
referral_ask	like ~number	-0.0242
referral_ask	linkedin	-0.1379
referral_ask	long	-0.0226
referral_ask	look	-0.0809
referral_ask	look like	-0.0365
referral_ask	look to	-0.0202
referral_ask	lot	-0.0763
referral_ask	lot of	-0.0742
referral_ask	love	0.1913
referral_ask	love a	0.0973
referral_ask	love an	0.0701
referral_ask	love it	-0.0208
referral_ask	love to	0.0613
referral_ask	love to hear	0.1356
referral_ask	love to stay	-0.0695
referral_ask	love to understand	-0.0247
referral_ask	love to work	-0.0227
referral_ask	love ~number	0.1674
referral_ask	made	0.0812
referral_ask	made the	0.0983
referral_ask	made ~number	0.0958
referral_ask	main	-0.0798
referral_ask	make	-0.0963
referral_ask	make sens	0.0296
referral_ask	make someon	-0.037
referral_ask	make someon good	-0.037
referral_ask	make the	-0.0529
referral_ask	make ~insight	0.0296
referral_ask	make ~number	-0.0649
referral_ask	make ~people	-0.037
referral_ask	manag	0.0431
referral_ask	manag who	0.1594
referral_ask	manag ~people	0.1594
referral_ask	matter	-0.0639
referral_ask	matter most	-0.0307
referral_ask	matter most in	-0.0264
referral_ask	may	-0.0237
referral_ask	mba	0.0545
referral_ask	me	0.3411
referral_ask	me about	-0.0401
referral_ask	me about your	-0.0238
referral_ask	me an	-0.1233
referral_ask	me an interview	-0.1233
referral_ask	me for	-0.0615
referral_ask	me for the	-0.0533
referral_ask	me in	0.2469
referral_ask	me in touch	0.3105
referral_ask	me know	-0.0649
referral_ask	me know if	-0.0411
referral_ask	me through	-0.0462
referral_ask	me through a	-0.0273
referral_ask	me to	0.1682
referral_ask	me toward	0.3506
referral_ask	me when	-0.0308
referral_ask	me who	0.0292
referral_ask	me who would	0.0292
referral_ask	me with	0.1859
referral_ask	me with someon	0.1264
referral_ask	me ~learn	-0.0755
referral_ask	me ~number	-0.1112
referral_ask	me ~people	0.0292
referral_ask	meet	0.0334
referral_ask	meet you	-0.082
referral_ask	meetup	-0.0694
referral_ask	mention	0.204
referral_ask	might	0.5018
referral_ask	might be	0.0901
referral_ask	might be open	0.0429
referral_ask	might ~contactverb	0.16
referral_ask	might ~talk	0.16
referral_ask	mind	0.3154
referral_ask	mind if	-0.0775
referral_ask	mind if i	-0.0407
referral_ask	mind of	0.0795
referral_ask	minut	-0.0575
referral_ask	month	-0.1021
referral_ask	month to	-0.0297
referral_ask	more	-0.145
referral_ask	more question	-0.0762
referral_ask	morn	-0.035
referral_ask	most	-0.2099
referral_ask	most close	-0.0625
referral_ask	most in	-0.0296
referral_ask	move	-0.0465
referral_ask	move into	-0.0352
referral_ask	move into other	-0.0216
referral_ask	much	-0.095
referral_ask	much for	-0.0237
referral_ask	my	-0.1086
referral_ask	my background	-0.0428
referral_ask	my main	-0.0217
referral_ask	my resum	-0.1137
referral_ask	my resum to	-0.088
referral_ask	my ~application	-0.1192
referral_ask	my ~job	-0.0579
referral_ask	name	0.1455
referral_ask	name of	0.0923
referral_ask	need	-0.1596
referral_ask	need a	-0.0207
referral_ask	need to	-0.0321
referral_ask	need ~number	-0.0241
referral_ask	network	0.4217
referral_ask	network i	0.167
referral_ask	network who	0.059
referral_ask	network ~people	0.059
referral_ask	new	-0.0348
referral_ask	newcom	-0.0294
referral_ask	newcom to	-0.0285
referral_ask	newslett	-0.0541
referral_ask	next	0.205
referral_ask	no	-0.0599
referral_ask	nonprofit	-0.1155
referral_ask	not	-0.0674
referral_ask	not suppos	0.0651
referral_ask	not ~want	-0.0204
referral_ask	note	-0.0261
referral_ask	now	-0.1976
referral_ask	nurs	-0.0292
referral_ask	nurs in	0.0269
referral_ask	of	0.0548
referral_ask	of ani	-0.0289
referral_ask	of anyth	-0.0317
referral_ask	of month	-0.0701
referral_ask	of peopl	0.2275
referral_ask	of peopl i	0.1139
referral_ask	of the	-0.0691
referral_ask	of the time	-0.0205
referral_ask	of this	-0.0242
referral_ask	of time	0.0729
referral_ask	of your	0.1103
referral_ask	of ~duration	-0.0701
referral_ask	of ~limit	0.0729
referral_ask	of ~number	-0.0664
referral_ask	of ~people	0.2975
referral_ask	offic	-0.0201
referral_ask	ok	-0.2248
referral_ask	ok i	-0.0392
referral_ask	ok i think	-0.0305
referral_ask	ok if	-0.0289
referral_ask	ok if i	-0.0289
referral_ask	ok that	-0.0252
referral_ask	ok that is	-0.0252
referral_ask	ok to	-0.0784
referral_ask	old	0.0666
referral_ask	on	-0.074
referral_ask	on a	-0.035
referral_ask	on linkedin	-0.1134
referral_ask	on my	-0.0366
referral_ask	on the	0.3727
referral_ask	on the data	0.115
referral_ask	on whether	-0.0209
referral_ask	on your	0.0546
referral_ask	on your team	0.1019
referral_ask	on ~number	0.3348
referral_ask	onc	-0.0498
referral_ask	onc i	-0.0439
referral_ask	onc i have	-0.0439
referral_ask	one last	0.0742
referral_ask	one more	-0.0278
referral_ask	onlin	-0.0452
referral_ask	onlin ~degree	-0.0266
referral_ask	open on	-0.0378
referral_ask	open to	0.1568
referral_ask	open to a	0.1391
referral_ask	open up	-0.0288
referral_ask	or	-0.5034
referral_ask	or did	-0.0296
referral_ask	or did you	-0.0261
referral_ask	or newslett	-0.0541
referral_ask	or ~number	-0.0607
referral_ask	or ~studyverb	-0.0296
referral_ask	organiz	-0.0558
referral_ask	other	0.3036
referral_ask	other folk	0.144
referral_ask	other folk in	0.144
referral_ask	other peopl	0.1482
referral_ask	other peopl you	0.1482
referral_ask	other ~people	0.3406
referral_ask	our	0.0916
referral_ask	out	0.1614
referral_ask	out again	-0.0319
referral_ask	out of	0.0524
referral_ask	out of time	0.0729
referral_ask	out to	0.3068
referral_ask	out ~later	-0.0319
referral_ask	outreach	-0.0792
referral_ask	over	-0.0595
referral_ask	paper	-0.0245
referral_ask	paper lantern	-0.0245
referral_ask	part	-0.057
referral_ask	part of	-0.0468
referral_ask	part of the	-0.0314
referral_ask	pass	-0.033
referral_ask	pass my	-0.0254
referral_ask	pass my resum	-0.0222
referral_ask	path	-0.0333
referral_ask	patient	-0.0239
referral_ask	peopl	-0.1104
referral_ask	peopl get	-0.0455
referral_ask	peopl i	0.1139
referral_ask	peopl in	0.0573
referral_ask	peopl in the	-0.0689
referral_ask	peopl in your	0.1448
referral_ask	peopl say	-0.0357
referral_ask	peopl who	-0.1063
referral_ask	peopl who have	-0.087
referral_ask	peopl you	-0.0296
referral_ask	peopl you would	0.1482
referral_ask	peopl ~learn	-0.0455
referral_ask	peopl ~people	-0.1063
referral_ask	person	0.0492
referral_ask	perspect	0.2436
referral_ask	phd	-0.0207
referral_ask	pick	0.3572
referral_ask	place	-0.0281
referral_ask	pleas	-0.0459
referral_ask	pleas let	-0.0252
referral_ask	pleas let me	-0.0252
referral_ask	podcast	-0.041
referral_ask	podcast or	-0.0216
referral_ask	point	0.1974
referral_ask	point me	0.2841
referral_ask	point me toward	0.3506
referral_ask	point of	-0.0243
referral_ask	polici	0.0331
referral_ask	portfolio	-0.037
referral_ask	posit	-0.0916
referral_ask	possibl	0.2714
referral_ask	possibl to	0.2714
referral_ask	practic	-0.0681
referral_ask	product	0.2188
referral_ask	project	-0.1307
referral_ask	project you	-0.0236
referral_ask	promis	-0.0213
referral_ask	public	-0.0495
referral_ask	put	0.2831
referral_ask	put in	-0.0211
referral_ask	put in a	-0.0211
referral_ask	put me	0.3105
referral_ask	put me in	0.3105
referral_ask	question	-0.1487
referral_ask	question ~later	-0.0397
referral_ask	quick	0.1508
referral_ask	quick call	0.1488
referral_ask	quick chat	0.0429
referral_ask	quick ~contactverb	0.1351
referral_ask	quick ~talk	0.178
referral_ask	rather	-0.0477
referral_ask	rather than	-0.0344
referral_ask	reach	0.2337
referral_ask	reach out	0.267
referral_ask	reach out again	-0.0319
referral_ask	reach out to	0.3068
referral_ask	read	-0.134
referral_ask	read ~number	-0.034
referral_ask	realli	-0.1199
referral_ask	realli appreci	-0.0526
referral_ask	realli appreci it	-0.0255
referral_ask	realli ~want	-0.0628
referral_ask	reason	-0.0252
referral_ask	recommend	0.2364
referral_ask	recommend i	0.2993
referral_ask	recommend to	-0.0887
referral_ask	recommend to someon	-0.0887
referral_ask	recruit	-0.1006
referral_ask	refer	-0.0422
referral_ask	referr	-0.0305
referral_ask	remot	-0.0543
referral_ask	report	-0.178
referral_ask	report to	-0.0756
referral_ask	research	0.0591
referral_ask	research with	-0.0701
referral_ask	resum	-0.1147
referral_ask	resum to	-0.088
referral_ask	return	-0.0351
referral_ask	return the	-0.02
referral_ask	return ~number	-0.02
referral_ask	right	-0.195
referral_ask	right now	-0.123
referral_ask	risk	-0.0706
referral_ask	risk peopl	-0.0205
referral_ask	risk ~people	-0.0205
referral_ask	role	-0.1533
referral_ask	rout	0.1622
referral_ask	run	0.1856
referral_ask	sale	0.0586
referral_ask	sam	-0.0302
referral_ask	say	-0.0967
referral_ask	say ~number	-0.0212
referral_ask	school	-0.0291
referral_ask	scienc	-0.0884
referral_ask	sector	-0.0234
referral_ask	see	-0.0713
referral_ask	see if	-0.0468
referral_ask	see if i	-0.0358
referral_ask	send	-0.0878
referral_ask	send you	-0.0322
referral_ask	sens	0.0284
referral_ask	separ	-0.027
referral_ask	shall	-0.0776
referral_ask	share	0.2127
referral_ask	share the	0.0461
referral_ask	share what	0.1984
referral_ask	share what i	-0.0347
referral_ask	share ~number	0.0461
referral_ask	shift	-0.0244
referral_ask	short	-0.0275
referral_ask	should	0.3528
referral_ask	should i	0.0218
referral_ask	should i be	0.0783
referral_ask	should i send	-0.0547
referral_ask	should talk	-0.0278
referral_ask	should talk to	-0.0278
referral_ask	should ~people	0.0841
referral_ask	should ~talk	0.3316
referral_ask	side	0.3958
referral_ask	side if	0.0344
referral_ask	side of	-0.0212
referral_ask	skill	-0.0821
referral_ask	so	-0.0215
referral_ask	so i	0.1537
referral_ask	so i will	-0.0394
referral_ask	so if	-0.0747
referral_ask	so if you	-0.0728
referral_ask	so much	-0.0432
referral_ask	so much for	-0.0237
referral_ask	so you	-0.0256
referral_ask	so ~number	0.0814
referral_ask	some	0.0928
referral_ask	someon	0.2181
referral_ask	someon at	0.0825
referral_ask	someon at a	0.0858
referral_ask	someon curious	-0.0818
referral_ask	someon curious about	-0.0818
referral_ask	someon good	-0.037
referral_ask	someon good at	-0.037
referral_ask	someon in	0.1065
referral_ask	someon on	0.3027
referral_ask	someon on the	0.3027
referral_ask	someon tri	-0.0405
referral_ask	someon tri to	-0.0405
referral_ask	someon who	0.084
referral_ask	someon who is	0.135
referral_ask	someon ~people	0.084
referral_ask	someon ~want	-0.1722
referral_ask	someth	-0.0362
referral_ask	someth i	-0.0225
referral_ask	sorri	-0.0943
referral_ask	sorri i	-0.0238
referral_ask	sorri my	-0.0506
referral_ask	sound	-0.0221
referral_ask	speak	0.1235
referral_ask	speak to	0.0449
referral_ask	speak with	0.1449
referral_ask	sql	-0.0202
referral_ask	squeez	-0.0228
referral_ask	squeez me	-0.0228
referral_ask	squeez me in	-0.0228
referral_ask	start	-0.2441
referral_ask	start out	-0.096
referral_ask	stay	-0.1293
referral_ask	stay in	-0.1115
referral_ask	stay in touch	-0.0845
referral_ask	step	-0.036
referral_ask	still	-0.1514
referral_ask	stop	-0.0371
referral_ask	stori	0.0998
referral_ask	straight	-0.0925
referral_ask	structur	-0.022
referral_ask	student	-0.069
referral_ask	suggest a	0.1237
referral_ask	suggest an	-0.0375
referral_ask	suggest an exercis	-0.0375
referral_ask	suggest for	-0.0218
referral_ask	suggest i	0.1016
referral_ask	suggest ~number	0.0863
referral_ask	suit	-0.0592
referral_ask	suit me	-0.0463
referral_ask	summer	-0.0401
referral_ask	support	-0.0267
referral_ask	suppos	0.0651
referral_ask	switch	0.065
referral_ask	switch from	0.0955
referral_ask	take	-0.1201
referral_ask	take on	-0.0319
referral_ask	take ~number	-0.0269
referral_ask	taken	-0.0281
referral_ask	talk	0.3113
referral_ask	talk to	0.405
referral_ask	talk to about	0.1295
referral_ask	talk with	-0.0202
referral_ask	talk with me	-0.0202
referral_ask	task	-0.0746
referral_ask	task you	-0.061
referral_ask	task you would	-0.061
referral_ask	teach	0.051
referral_ask	team be	0.1401
referral_ask	team work	-0.0535
referral_ask	team ~gatekeeper	-0.045
referral_ask	team ~learn	-0.048
referral_ask	team ~workverb	-0.0505
referral_ask	technician	-0.0404
referral_ask	tell	-0.0634
referral_ask	tell me	-0.0498
referral_ask	tell me about	-0.0401
referral_ask	test	-0.0831
referral_ask	test whether	-0.0268
referral_ask	than	-0.0693
referral_ask	than a	-0.021
referral_ask	than ~number	-0.021
referral_ask	thank	-0.199
referral_ask	thank so	-0.0312
referral_ask	thank so much	-0.0312
referral_ask	thank you	-0.1123
referral_ask	thank you for	-0.0278
referral_ask	that	-0.2351
referral_ask	that cover	-0.0301
referral_ask	that cover everyth	-0.0301
referral_ask	that i	0.0962
referral_ask	that is	-0.1783
referral_ask	that is all	-0.0378
referral_ask	that is everyth	-0.0371
referral_ask	that make	0.0472
referral_ask	that make sens	0.0472
referral_ask	that ~want	-0.0309
referral_ask	the	-0.3541
referral_ask	the agenc	0.1687
referral_ask	the bank	-0.023
referral_ask	the best way	-0.0262
referral_ask	the big	-0.0663
referral_ask	the biggest	-0.022
referral_ask	the bootcamp	0.1049
referral_ask	the data	0.0841
referral_ask	the field	-0.0351
referral_ask	the field i	0.0386
referral_ask	the hire	-0.0597
referral_ask	the job	-0.0442
referral_ask	the junior	-0.0255
referral_ask	the point	-0.0266
referral_ask	the point of	-0.0243
referral_ask	the polici	0.0298
referral_ask	the switch	0.0838
referral_ask	the switch from	0.1091
referral_ask	the team	-0.0524
referral_ask	the time	-0.0383
referral_ask	the transit	-0.0283
referral_ask	the ~contactverb	0.0565
referral_ask	the ~degree	0.1422
referral_ask	the ~gatekeeper	-0.0652
referral_ask	the ~hiring	-0.0769
referral_ask	the ~job	-0.0737
referral_ask	the ~learn	0.043
referral_ask	the ~limit	-0.043
referral_ask	the ~org	0.0779
referral_ask	the ~talk	0.0558
referral_ask	their	0.3842
referral_ask	their first	0.2135
referral_ask	them	0.0595
referral_ask	then	-0.0227
referral_ask	there	0.3612
referral_ask	there a	0.0249
referral_ask	there ani	-0.0629
referral_ask	there ani way	-0.0575
referral_ask	there anyon	0.0846
referral_ask	there anyon els	0.0846
referral_ask	there anyth	-0.0964
referral_ask	there anyth i	-0.0344
referral_ask	there anyth you	-0.0483
referral_ask	there book	-0.0339
referral_ask	there book or	-0.0339
referral_ask	there is	0.0345
referral_ask	there is anyon	0.057
referral_ask	there other	0.2415
referral_ask	there other peopl	0.1482
referral_ask	there profession	-0.0457
referral_ask	there someon	0.1836
referral_ask	there someth	-0.0272
referral_ask	there ~number	0.0212
referral_ask	there ~people	0.552
referral_ask	there ~student	-0.0457
referral_ask	thing	0.0411
referral_ask	think	0.2824
referral_ask	think i	0.2116
referral_ask	think i should	0.1929
referral_ask	think that cover	-0.0215
referral_ask	think we	-0.0294
referral_ask	think we can	-0.0294
referral_ask	think would	0.0652
referral_ask	think would be	0.0652
referral_ask	think you	-0.0351
referral_ask	think you could	-0.0351
referral_ask	think ~want	0.0652
referral_ask	this	-0.255
referral_ask	this career	-0.0283
referral_ask	this field	-0.036
referral_ask	this work	-0.0371
referral_ask	this ~learn	-0.0371
referral_ask	this ~talk	-0.0398
referral_ask	this ~workverb	-0.0371
referral_ask	thought	-0.0416
referral_ask	through	-0.0853
referral_ask	through a	-0.0294
referral_ask	through a typic	-0.0226
referral_ask	through ~number	-0.0306
referral_ask	time	-0.0809
referral_ask	time so	0.0788
referral_ask	to	0.0989
referral_ask	to a	0.1341
referral_ask	to a quick	0.1391
referral_ask	to about	0.264
referral_ask	to about the	0.0479
referral_ask	to ask	-0.0664
referral_ask	to be	-0.0385
referral_ask	to chat	0.044
referral_ask	to connect	-0.0242
referral_ask	to day	-0.0297
referral_ask	to forward	-0.0318
referral_ask	to forward my	-0.0318
referral_ask	to get	0.1394
referral_ask	to get a	0.0669
referral_ask	to get into	-0.0567
referral_ask	to get your	-0.0209
referral_ask	to hear	0.112
referral_ask	to help	-0.0545
referral_ask	to help with	-0.0208
referral_ask	to hour	-0.0367
referral_ask	to know	0.1164
referral_ask	to learn	-0.0639
referral_ask	to learn how	-0.0233
referral_ask	to let	-0.0345
referral_ask	to let you	-0.0345
referral_ask	to mind	0.1554
referral_ask	to next	0.0292
referral_ask	to pass	-0.0226
referral_ask	to pick	0.0312
referral_ask	to see	-0.0468
referral_ask	to see if	-0.0468
referral_ask	to share what	-0.0347
referral_ask	to someon	-0.0887
referral_ask	to stay	-0.1015
referral_ask	to stay in	-0.0965
referral_ask	to talk	0.2385
referral_ask	to talk to	0.232
referral_ask	to talk with	-0.0202
referral_ask	to test	-0.0376
referral_ask	to test whether	-0.0221
referral_ask	to the	-0.139
referral_ask	to tri	-0.0263
referral_ask	to understand	-0.0602
referral_ask	to understand what	-0.0248
referral_ask	to work	-0.0382
referral_ask	to you	-0.05
referral_ask	to your	-0.0878
referral_ask	to ~closing	-0.0297
referral_ask	to ~gatekeeper	-0.0983
referral_ask	to ~help	-0.0785
referral_ask	to ~learn	0.1163
referral_ask	to ~limit	-0.0664
referral_ask	to ~number	0.0548
referral_ask	to ~people	-0.0417
referral_ask	to ~sendverb	-0.0537
referral_ask	to ~student	-0.0337
referral_ask	to ~talk	0.083
referral_ask	to ~timeunit	-0.0367
referral_ask	to ~want	-0.0263
referral_ask	to ~workverb	-0.0492
referral_ask	today	-0.0727
referral_ask	tonight	-0.0304
referral_ask	too	0.1577
referral_ask	tool	-0.0274
referral_ask	touch	0.1258
referral_ask	touch with	0.217
referral_ask	toward	0.3453
referral_ask	transit	-0.0283
referral_ask	tri	-0.1367
referral_ask	tri to	-0.1002
referral_ask	tri to get	-0.0353
referral_ask	tri to see	-0.0224
referral_ask	two	-0.0446
referral_ask	typic	-0.0398
referral_ask	typic week	-0.0223
referral_ask	typic ~closing	-0.0272
referral_ask	understand	-0.0637
referral_ask	understand what	-0.0268
referral_ask	up	-0.0785
referral_ask	up for	0.1193
referral_ask	up for a	0.1193
referral_ask	up with	-0.0203
referral_ask	us	0.0651
referral_ask	us leav	-0.021
referral_ask	us leav it	-0.021
referral_ask	use	-0.1192
referral_ask	use to	-0.0571
referral_ask	use to you	-0.036
referral_ask	user	-0.0289
referral_ask	usual	-0.2165
referral_ask	ux	0.2109
referral_ask	ux research	0.2127
referral_ask	ux ~learn	0.2142
referral_ask	vacanc	-0.0202
referral_ask	volunt	-0.0336
referral_ask	walk	-0.0462
referral_ask	walk me	-0.0462
referral_ask	walk me through	-0.0462
referral_ask	want	-0.1992
referral_ask	want to	-0.1539
referral_ask	want to ask	-0.0356
referral_ask	was	0.073
referral_ask	was your	-0.0734
referral_ask	way	-0.1326
referral_ask	way i	-0.0778
referral_ask	way i can	-0.023
referral_ask	way i could	-0.0549
referral_ask	way to	-0.0383
referral_ask	we	-0.098
referral_ask	we are	0.0201
referral_ask	we are almost	0.0763
referral_ask	we can	-0.0294
referral_ask	we have	-0.0219
referral_ask	week	-0.1145
referral_ask	weekend	-0.0247
referral_ask	went	0.0994
referral_ask	were	0.3287
referral_ask	were in	0.3649
referral_ask	were in my	0.3649
referral_ask	were me who	0.0292
referral_ask	were start	-0.0381
referral_ask	what	-0.6899
referral_ask	what are	-0.0341
referral_ask	what do	-0.0592
referral_ask	what do you	-0.0402
referral_ask	what doe	-0.0305
referral_ask	what i	-0.0417
referral_ask	what is	-0.1216
referral_ask	what is the	-0.0744
referral_ask	what kind	-0.0326
referral_ask	what kind of	-0.0326
referral_ask	what make	-0.0527
referral_ask	what make someon	-0.037
referral_ask	what should	-0.0311
referral_ask	what should i	-0.0234
referral_ask	what skill	-0.0357
referral_ask	what would	-0.1606
referral_ask	what would you	-0.1523
referral_ask	what ~help	-0.0592
referral_ask	what ~want	-0.1606
referral_ask	when	-0.0664
referral_ask	when i	-0.0303
referral_ask	when you	-0.0262
referral_ask	where	-0.1162
referral_ask	where can	-0.0265
referral_ask	where do	-0.037
referral_ask	where ~help	-0.037
referral_ask	whether	-0.0722
referral_ask	whether this	-0.037
referral_ask	whether this career	-0.0283
referral_ask	whi	-0.0421
referral_ask	which	-0.0871
referral_ask	which book	-0.0329
referral_ask	which book would	-0.0329
referral_ask	which of	0.0728
referral_ask	which of your	0.0728
referral_ask	which ~student	-0.0205
referral_ask	who	0.8362
referral_ask	who do	0.0752
referral_ask	who do you	0.0955
referral_ask	who els	0.2179
referral_ask	who els should	0.1719
referral_ask	who have	-0.087
referral_ask	who is	0.0275
referral_ask	who might	0.3325
referral_ask	who might be	0.0954
referral_ask	who work	0.0224
referral_ask	who would	0.2214
referral_ask	who would be	0.1734
referral_ask	who would you	0.0292
referral_ask	who ~help	0.0752
referral_ask	who ~learn	0.0224
referral_ask	who ~want	0.2214
referral_ask	who ~workverb	0.0224
referral_ask	will	-0.291
referral_ask	will let	-0.066
referral_ask	will let you	-0.066
referral_ask	will send	-0.026
referral_ask	will to	0.07
referral_ask	will to forward	-0.0318
referral_ask	will ~sendverb	-0.048
referral_ask	wish	-0.0367
referral_ask	wish you	-0.0264
referral_ask	wish you would	-0.0252
referral_ask	with	0.2586
referral_ask	with anyth	-0.0299
referral_ask	with most	-0.0625
referral_ask	with most close	-0.0625
referral_ask	with peopl	-0.2007
referral_ask	with someon	0.2127
referral_ask	with someon in	0.1127
referral_ask	with the	-0.0439
referral_ask	with you	-0.1012
referral_ask	with you on	-0.0362
referral_ask	with your	-0.1152
referral_ask	with ~number	-0.0477
referral_ask	without	-0.0259
referral_ask	without a	-0.0259
referral_ask	without ~number	-0.0259
referral_ask	word	-0.0235
referral_ask	word for	-0.0211
referral_ask	word for me	-0.0211
referral_ask	work	-0.4065
referral_ask	work at	-0.0423
referral_ask	work on	-0.0232
referral_ask	work with	-0.091
referral_ask	work with most	-0.0625
referral_ask	worth	0.0635
referral_ask	worth the	-0.0397
referral_ask	worth ~number	-0.0443
referral_ask	worth ~talk	0.1627
referral_ask	would	0.8763
referral_ask	would an	-0.0455
referral_ask	would be	0.1747
referral_ask	would be glad	-0.0793
referral_ask	would be good	0.123
referral_ask	would it	0.1775
referral_ask	would it be	0.2003
referral_ask	would like	-0.0466
referral_ask	would love	0.2431
referral_ask	would love a	0.0973
referral_ask	would love an	0.0701
referral_ask	would love to	0.0919
referral_ask	would point	0.1297
referral_ask	would point me	0.1849
referral_ask	would suggest	0.0358
referral_ask	would suggest i	0.1016
referral_ask	would you	0.2948
referral_ask	would you advic	-0.0725
referral_ask	would you do	-0.042
referral_ask	would you mind	0.2249
referral_ask	would you recommend	-0.104
referral_ask	would you say	-0.0418
referral_ask	would your	-0.0508
referral_ask	would ~help	-0.0453
referral_ask	would ~number	-0.0549
referral_ask	write	-0.1176
referral_ask	yeah	-0.0378
referral_ask	year	0.1047
referral_ask	year in	-0.0207
referral_ask	yesterday	-0.0342
referral_ask	you	0.1028
referral_ask	you a	-0.0549
referral_ask	you a quick	-0.0231
referral_ask	you advic	-0.0725
referral_ask	you advic someon	-0.0725
referral_ask	you are	-0.0667
referral_ask	you be abl	-0.1149
referral_ask	you be comfort	0.1241
referral_ask	you be will	0.0261
referral_ask	you could	0.1115
referral_ask	you could put	0.0652
referral_ask	you describ	-0.0563
referral_ask	you do	-0.0607
referral_ask	you ever	-0.0954
referral_ask	you ever need	-0.075
referral_ask	you find	-0.0496
referral_ask	you for	-0.0399
referral_ask	you get	-0.0371
referral_ask	you give	-0.0341
referral_ask	you go	-0.0503
referral_ask	you have	0.1545
referral_ask	you have a	0.1153
referral_ask	you have ani	0.091
referral_ask	you hear	-0.0205
referral_ask	you if	-0.0293
referral_ask	you if i	-0.0293
referral_ask	you in	-0.0565
referral_ask	you in a	-0.0477
referral_ask	you introduc	0.0874
referral_ask	you keep	-0.0543
referral_ask	you know	0.2721
referral_ask	you know ani	0.1724
referral_ask	you know anyon	0.1626
referral_ask	you know how	-0.0404
referral_ask	you let	-0.0291
referral_ask	you let me	-0.0291
referral_ask	you meet	-0.0908
referral_ask	you mention	0.2306
referral_ask	you mind	0.2249
referral_ask	you mind if	-0.0258
referral_ask	you need	-0.033
referral_ask	you on	-0.0511
referral_ask	you on linkedin	-0.0511
referral_ask	you pick	0.411
referral_ask	you recommend	0.2809
referral_ask	you recommend i	0.229
referral_ask	you recommend to	-0.0887
referral_ask	you say	-0.0488
referral_ask	you start	-0.0551
referral_ask	you still	-0.1203
referral_ask	you suggest a	0.1237
referral_ask	you suggest an	-0.0375
referral_ask	you tell	-0.0354
referral_ask	you tell me	-0.028
referral_ask	you think	0.417
referral_ask	you think i	0.2354
referral_ask	you think would	0.0652
referral_ask	you think you	-0.0351
referral_ask	you to	-0.0484
referral_ask	you walk	-0.0306
referral_ask	you walk me	-0.0306
referral_ask	you were	0.339
referral_ask	you were in	0.3649
referral_ask	you were start	-0.0381
referral_ask	you wish	-0.0367
referral_ask	you wish you	-0.0264
referral_ask	you work	-0.102
referral_ask	you work with	-0.0864
referral_ask	you would	0.0212
referral_ask	you would point	0.1297
referral_ask	you would suggest	0.0358
referral_ask	you ~help	-0.1187
referral_ask	you ~insight	-0.0744
referral_ask	you ~learn	0.4612
referral_ask	you ~number	-0.066
referral_ask	you ~talk	0.023
referral_ask	you ~workverb	-0.1055
referral_ask	your	-0.2043
referral_ask	your app	-0.0208
referral_ask	your career	-0.043
referral_ask	your colleagu	0.0301
referral_ask	your compani	-0.0663
referral_ask	your depart	-0.036
referral_ask	your firm	0.0713
referral_ask	your game	-0.0464
referral_ask	your main	-0.0532
referral_ask	your network	0.226
referral_ask	your network i	0.167
referral_ask	your network who	0.059
referral_ask	your old	0.0788
referral_ask	your team work	-0.0535
referral_ask	your time	-0.026
referral_ask	your work	-0.022
referral_ask	your ~closing	-0.0472
referral_ask	your ~degree	-0.051
referral_ask	your ~gatekeeper	-0.0267
referral_ask	your ~insight	-0.0279
referral_ask	your ~job	-0.0252
referral_ask	your ~learn	-0.0228
referral_ask	your ~limit	-0.0655
referral_ask	your ~org	-0.1338
referral_ask	your ~people	0.043
referral_ask	your ~talk	0.226
referral_ask	your ~workverb	-0.022
referral_ask	~application	-0.1232
referral_ask	~application to	-0.0906
referral_ask	~closing	-0.2419
referral_ask	~closing to	-0.0354
referral_ask	~contactverb	0.3636
referral_ask	~contactverb out	0.2365
referral_ask	~contactverb with	0.1698
referral_ask	~contactverb you	-0.1039
referral_ask	~degree	-0.0756
referral_ask	~degree at	0.0889
referral_ask	~degree be	-0.0455
referral_ask	~degree in	-0.0215
referral_ask	~degree program	-0.0306
referral_ask	~degree rout	0.1717
referral_ask	~duration	0.0204
referral_ask	~duration in	-0.0324
referral_ask	~gatekeeper	-0.2036
referral_ask	~gatekeeper manag	-0.0282
referral_ask	~gatekeeper right	-0.0938
referral_ask	~help	-0.5795
referral_ask	~help me	-0.0324
referral_ask	~help most	-0.0256
referral_ask	~help peopl	-0.0746
referral_ask	~help someon	-0.0526
referral_ask	~help the	-0.022
referral_ask	~help to	-0.0687
referral_ask	~help with	-0.1103
referral_ask	~help you	0.0531
referral_ask	~hiring	-0.2477
referral_ask	~hiring manag	-0.0282
referral_ask	~hiring right	-0.0938
referral_ask	~insight	-0.0805
referral_ask	~insight for	-0.0354
referral_ask	~insight into	-0.0208
referral_ask	~insight on	-0.0414
referral_ask	~insight someon	-0.0725
referral_ask	~insight the	-0.0363
referral_ask	~job	-0.5407
referral_ask	~job i	-0.0623
referral_ask	~job in	-0.0448
referral_ask	~job on	-0.0378
referral_ask	~job open	-0.0299
referral_ask	~later	-0.1565
referral_ask	~later in	-0.0548
referral_ask	~learn	0.1216
referral_ask	~learn a	-0.0863
referral_ask	~learn an	0.2329
referral_ask	~learn ani	0.1724
referral_ask	~learn anyon	0.1626
referral_ask	~learn at	-0.0304
referral_ask	~learn how	-0.0731
referral_ask	~learn if	0.2946
referral_ask	~learn into	-0.0856
referral_ask	~learn it	-0.0293
referral_ask	~learn me	-0.1372
referral_ask	~learn on	-0.02
referral_ask	~learn out	-0.0245
referral_ask	~learn the	-0.0321
referral_ask	~learn their	0.1564
referral_ask	~learn to	0.1122
referral_ask	~learn we	0.0594
referral_ask	~learn what	-0.0273
referral_ask	~learn with	-0.1612
referral_ask	~learn you	-0.0532
referral_ask	~learn your	-0.0283
referral_ask	~limit	-0.3429
referral_ask	~limit i	-0.0208
referral_ask	~limit or	-0.0602
referral_ask	~limit so	0.0668
referral_ask	~limit to	-0.0496
referral_ask	~number	-0.277
referral_ask	~number agenc	0.1643
referral_ask	~number bank	-0.0257
referral_ask	~number beginn	-0.0472
referral_ask	~number big	-0.0914
referral_ask	~number biggest	-0.022
referral_ask	~number bit	-0.0765
referral_ask	~number bootcamp	0.0926
referral_ask	~number career	-0.0706
referral_ask	~number colleagu	0.2271
referral_ask	~number confer	-0.0307
referral_ask	~number coupl	0.2271
referral_ask	~number data	0.0789
referral_ask	~number degre	-0.0242
referral_ask	~number design	-0.0201
referral_ask	~number exercis	-0.0511
referral_ask	~number few	-0.1272
referral_ask	~number field	-0.1076
referral_ask	~number first	-0.0313
referral_ask	~number good	-0.0455
referral_ask	~number great	-0.0305
referral_ask	~number hire	-0.0597
referral_ask	~number interview	-0.1724
referral_ask	~number intro	0.037
referral_ask	~number introduct	0.336
referral_ask	~number job	-0.0792
referral_ask	~number junior	0.1891
referral_ask	~number last	0.0609
referral_ask	~number lot	-0.0763
referral_ask	~number mba	0.0545
referral_ask	~number minut	-0.0395
referral_ask	~number month	-0.022
referral_ask	~number more	-0.0569
referral_ask	~number name	0.0558
referral_ask	~number newcom	-0.0294
referral_ask	~number nurs	0.1332
referral_ask	~number of	0.3135
referral_ask	~number onlin	-0.0266
referral_ask	~number open	-0.0316
referral_ask	~number peopl	-0.0963
referral_ask	~number point	-0.0266
referral_ask	~number polici	0.0223
referral_ask	~number portfolio	-0.0246
referral_ask	~number posit	-0.0201
referral_ask	~number product	0.056
referral_ask	~number project	-0.0229
referral_ask	~number quick	0.1685
referral_ask	~number research	0.0527
referral_ask	~number shall	-0.0404
referral_ask	~number student	-0.0235
referral_ask	~number switch	0.0838
referral_ask	~number team	-0.0537
referral_ask	~number technician	-0.0288
referral_ask	~number time	-0.0383
referral_ask	~number transit	-0.0283
referral_ask	~number typic	-0.0306
referral_ask	~number week	-0.0255
referral_ask	~number year	-0.0485
referral_ask	~org	0.3158
referral_ask	~org be	0.1401
referral_ask	~org ever	-0.0238
referral_ask	~org i	0.0871
referral_ask	~org if	0.0344
referral_ask	~org lantern	-0.0245
referral_ask	~org of	-0.0225
referral_ask	~org or	-0.0404
referral_ask	~org who	0.2559
referral_ask	~org work	-0.0605
referral_ask	~org you	0.1836
referral_ask	~people	2.0367
referral_ask	~people at	0.3174
referral_ask	~people come	0.1554
referral_ask	~people curious	-0.0818
referral_ask	~people do	0.1129
referral_ask	~people els	0.4805
referral_ask	~people from	0.0454
referral_ask	~people get	-0.0455
referral_ask	~people good	-0.037
referral_ask	~people have	-0.0911
referral_ask	~people i	0.2484
referral_ask	~people in	0.3533
referral_ask	~people is	0.0275
referral_ask	~people last	0.0742
referral_ask	~people might	0.3325
referral_ask	~people more	-0.0278
referral_ask	~people of	0.2382
referral_ask	~people on	0.4111
referral_ask	~people say	-0.0357
referral_ask	~people tri	-0.0405
referral_ask	~people usual	-0.0565
referral_ask	~people who	0.0836
referral_ask	~people with	-0.0648
referral_ask	~people work	0.0224
referral_ask	~people would	0.3029
referral_ask	~people you	0.2703
referral_ask	~sendverb	-0.0388
referral_ask	~sendverb my	-0.1188
referral_ask	~sendverb the	0.0461
referral_ask	~sendverb what	0.1984
referral_ask	~sendverb you	-0.1285
referral_ask	~student	-0.2185
referral_ask	~student design	0.2209
referral_ask	~student on	0.2339
referral_ask	~studyverb	-0.2844
referral_ask	~studyverb a	-0.0397
referral_ask	~studyverb research	-0.0702
referral_ask	~studyverb you	-0.1153
referral_ask	~talk	1.4489
referral_ask	~talk at	-0.1022
referral_ask	~talk for	-0.0276
referral_ask	~talk i	0.1937
referral_ask	~talk me	0.1908
referral_ask	~talk on	-0.0308
referral_ask	~talk out	0.2825
referral_ask	~talk to	0.4499
referral_ask	~talk who	0.059
referral_ask	~talk with	0.3539
referral_ask	~talk you	-0.2569
referral_ask	~timeunit	-0.1706
referral_ask	~timeunit or	-0.0455
referral_ask	~want	0.1741
referral_ask	~want a	-0.0586
referral_ask	~want about	-0.0886
referral_ask	~want an	-0.0505
referral_ask	~want appreci	-0.0526
referral_ask	~want be	0.1747
referral_ask	~want i	-0.0983
referral_ask	~want it	0.152
referral_ask	~want like	-0.0481
referral_ask	~want love	0.2431
referral_ask	~want point	0.1297
referral_ask	~want start	-0.043
referral_ask	~want suggest	0.0358
referral_ask	~want this	-0.0262
referral_ask	~want to	-0.2614
referral_ask	~want you	0.2431
referral_ask	~want your	-0.0752
referral_ask	~workverb	-0.4139
referral_ask	~workverb at	-0.0499
referral_ask	~workverb on	-0.0232
referral_ask	~workverb with	-0.093
follow_up	*	-2.9404
follow_up	20	-0.0624
follow_up	20 minut	-0.0624
follow_up	20 ~limit	-0.0624
follow_up	20 ~timeunit	-0.0624
follow_up	?	-0.4969
follow_up	^alright	-0.0991
follow_up	^ani	-0.1206
follow_up	^anyon	-0.0251
follow_up	^anyway	-0.0623
follow_up	^are	-0.141
follow_up	^can	0.6378
follow_up	^cheer	-0.0558
follow_up	^could	0.0527
follow_up	^did	-0.044
follow_up	^do	-0.185
follow_up	^happi	-0.0833
follow_up	^have	-0.051
follow_up	^hi	-0.0284
follow_up	^how	-0.2916
follow_up	^i	0.5492
follow_up	^if	-0.2116
follow_up	^is	-0.1537
follow_up	^just	-0.0359
follow_up	^let	0.0396
follow_up	^love	-0.0291
follow_up	^mind	0.1882
follow_up	^my	-0.0354
follow_up	^no	-0.0704
follow_up	^oh	-0.033
follow_up	^ok	-0.0908
follow_up	^pleas	-0.0426
follow_up	^right	-0.1504
follow_up	^should	-0.0529
follow_up	^so	-0.0224
follow_up	^sorri	-0.0635
follow_up	^that	-0.1343
follow_up	^was	-0.0247
follow_up	^we	-0.1115
follow_up	^well	-0.107
follow_up	^what	-0.4289
follow_up	^where	-0.1121
follow_up	^whi	-0.0353
follow_up	^which	-0.1321
follow_up	^who	-0.1434
follow_up	^would	0.3581
follow_up	^yeah	-0.0373
follow_up	^you	-0.0219
follow_up	a bit	-0.0516
follow_up	a career	-0.0642
follow_up	a career in	-0.0246
follow_up	a colleagu	-0.0206
follow_up	a coupl	0.1516
follow_up	a coupl more	0.0263
follow_up	a coupl of	0.1253
follow_up	a degre	-0.0393
follow_up	a degre in	-0.0255
follow_up	a few	0.0762
follow_up	a good	-0.0844
follow_up	a hand	-0.0268
follow_up	a job	-0.0232
follow_up	a line	0.0566
follow_up	a line onc	0.0566
follow_up	a lot	-0.038
follow_up	a program	0.1468
follow_up	a question	0.0647
follow_up	a quick	0.0212
follow_up	a referr	-0.0292
follow_up	a short	0.1077
follow_up	a thank	0.1286
follow_up	a thank you	0.1286
follow_up	a typic	-0.0305
follow_up	a ~degree	0.0525
follow_up	a ~job	-0.0434
follow_up	a ~number	0.2278
follow_up	a ~org	-0.0282
follow_up	a ~people	-0.0206
follow_up	a ~student	-0.0859
follow_up	abil	-0.0326
follow_up	about	-0.2932
follow_up	about consult	-0.0251
follow_up	about it	-0.0298
follow_up	about the	-0.0801
follow_up	about your	-0.0359
follow_up	about ~number	-0.1008
follow_up	academia	-0.0509
follow_up	actual	-0.0481
follow_up	add	0.2111
follow_up	add you	0.2111
follow_up	add you on	0.2111
follow_up	advic	-0.0548
follow_up	after	0.2797
follow_up	after a	-0.0461
follow_up	after the	0.1223
follow_up	after ~number	0.0677
follow_up	afternoon	0.0772
follow_up	again	0.3197
follow_up	again in	0.2461
follow_up	again in a	0.2461
follow_up	agenc	-0.0433
follow_up	agre	-0.0868
follow_up	all my	-0.0341
follow_up	all my question	-0.0341
follow_up	all right	0.1573
follow_up	all the	-0.0352
follow_up	all ~number	-0.0352
follow_up	along	-0.1591
follow_up	alreadi	-0.0765
follow_up	alright	-0.031
follow_up	alright i	-0.0924
follow_up	am	-0.344
follow_up	am a	-0.0395
follow_up	am around	-0.0218
follow_up	am go	0.0846
follow_up	am go to	0.0846
follow_up	am here	-0.0255
follow_up	am not	-0.0225
follow_up	am ~number	-0.0459
follow_up	am ~want	-0.1089
follow_up	an	-0.0518
follow_up	an eye	0.0528
follow_up	an eye on	0.0528
follow_up	an introduct	-0.0284
follow_up	an introduct to	-0.0284
follow_up	analyst	-0.0615
follow_up	and	0.2047
follow_up	and i	0.104
follow_up	and i have	-0.0417
follow_up	and i will	0.1653
follow_up	and now	-0.0413
follow_up	ani	-0.4211
follow_up	ani chanc	-0.0332
follow_up	ani chanc you	-0.032
follow_up	ani more	-0.032
follow_up	ani more of	-0.0244
follow_up	ani way	-0.027
follow_up	ani way i	-0.027
follow_up	ani ~people	-0.04
follow_up	anoth	-0.03
follow_up	anyon	-0.1986
follow_up	anyon els	-0.0629
follow_up	anyon els you	-0.0292
follow_up	anyon on	-0.0224
follow_up	anyth	0.0601
follow_up	anyth i	-0.0325
follow_up	anyth i can	-0.0236
follow_up	anyway	-0.0623
follow_up	anyway i	-0.0623
follow_up	app	-0.04
follow_up	appli	-0.0301
follow_up	applic	0.0878
follow_up	appreci	-0.1117
follow_up	appreci it	-0.0391
follow_up	appreci you	-0.037
follow_up	are	-0.5385
follow_up	are the	-0.0348
follow_up	are there	-0.0912
follow_up	are there ani	-0.0209
follow_up	are there other	-0.0233
follow_up	are you	-0.0739
follow_up	are ~number	-0.0686
follow_up	around	-0.0218
follow_up	articl	0.152
follow_up	articl i	0.1319
follow_up	articl i mention	0.1319
follow_up	as	-0.1118
follow_up	as a	-0.0684
follow_up	as ~number	-0.0774
follow_up	ask	-0.0447
follow_up	associ	-0.0313
follow_up	at	-0.3817
follow_up	at a	-0.0452
follow_up	at that	-0.0679
follow_up	at the	-0.0855
follow_up	at ~number	-0.1387
follow_up	back	0.2505
follow_up	back after	0.2119
follow_up	back to	0.0297
follow_up	back to your	0.1488
follow_up	back ~want	0.2119
follow_up	bank	-0.0661
follow_up	be	-0.1099
follow_up	be glad	-0.0328
follow_up	be glad to	-0.0328
follow_up	be happi	-0.0206
follow_up	be happi to	-0.0206
follow_up	be mind	-0.0263
follow_up	be mind of	-0.0263
follow_up	be ok	0.3058
follow_up	be ok if	0.0885
follow_up	be ok to	0.2173
follow_up	be quick	-0.0274
follow_up	be use	-0.0327
follow_up	be use to	-0.0256
follow_up	be will	-0.0664
follow_up	be will to	-0.0664
follow_up	be ~help	-0.0327
follow_up	be ~talk	-0.0262
follow_up	becom	-0.0244
follow_up	becom a	-0.0201
follow_up	becom ~number	-0.0244
follow_up	been	-0.0679
follow_up	befor	-0.0805
follow_up	befor i	-0.0481
follow_up	beginn	-0.0265
follow_up	best	0.2018
follow_up	best way	0.2262
follow_up	best way to	0.2262
follow_up	better	0.0797
follow_up	between	-0.1104
follow_up	beyond	-0.0295
follow_up	big	-0.0286
follow_up	biggest	-0.0233
follow_up	bit	-0.0683
follow_up	book or	-0.0208
follow_up	book you	0.033
follow_up	bootcamp	0.0203
follow_up	break	-0.0572
follow_up	build	-0.0206
follow_up	but	-0.0298
follow_up	by	0.0372
follow_up	by email	0.0454
follow_up	by ~contactverb	0.0454
follow_up	by ~sendverb	0.0454
follow_up	by ~talk	0.0454
follow_up	call	-0.1029
follow_up	can	0.2658
follow_up	can a	-0.0202
follow_up	can be	-0.0226
follow_up	can ever	0.0346
follow_up	can ever help	0.0644
follow_up	can i help	-0.0478
follow_up	can i learn	-0.0205
follow_up	can nurs	-0.0369
follow_up	can return	-0.02
follow_up	can return the	-0.02
follow_up	can see	-0.0751
follow_up	can see we	-0.0239
follow_up	can we	0.751
follow_up	can you	-0.1236
follow_up	can ~help	-0.0519
follow_up	can ~learn	-0.0914
follow_up	can ~number	-0.0202
follow_up	candid	-0.024
follow_up	care	-0.0451
follow_up	career	-0.1471
follow_up	career changer	-0.0229
follow_up	career in	-0.0246
follow_up	case	0.1815
follow_up	certif	-0.0464
follow_up	chanc	-0.0403
follow_up	chanc you	-0.032
follow_up	chanc you could	-0.0292
follow_up	chang	-0.1416
follow_up	chang in	-0.0263
follow_up	changer	-0.0229
follow_up	chariti	-0.023
follow_up	chat	-0.0487
follow_up	chat with	-0.0273
follow_up	check	0.2257
follow_up	check in	0.1772
follow_up	cheer	-0.0558
follow_up	chemistri	-0.0437
follow_up	choos	0.1313
follow_up	choos ~number	0.1415
follow_up	citi	-0.0248
follow_up	civil	-0.0207
follow_up	civil engin	-0.0207
follow_up	class	0.1403
follow_up	client	-0.0663
follow_up	clinic	-0.0299
follow_up	clock	-0.0905
follow_up	coach	-0.0265
follow_up	colleagu	-0.099
follow_up	colleg	-0.0258
follow_up	come	-0.1132
follow_up	come to	-0.0582
follow_up	come to mind	-0.0582
follow_up	come up	-0.0266
follow_up	comfort	-0.0269
follow_up	communiti	-0.0503
follow_up	communiti colleg	-0.0237
follow_up	compani	-0.0339
follow_up	confer	-0.0698
follow_up	connect	0.5305
follow_up	connect me	-0.0447
follow_up	connect me with	-0.0447
follow_up	connect with	0.0339
follow_up	connect with you	0.1495
follow_up	conscious	-0.0337
follow_up	consult	-0.0423
follow_up	contact	0.1332
follow_up	could	-0.1358
follow_up	could i	0.15
follow_up	could put	-0.0364
follow_up	could you	-0.1431
follow_up	could you suggest	-0.0449
follow_up	could ~sendverb	-0.0315
follow_up	coupl	0.1516
follow_up	coupl more	0.0263
follow_up	coupl of	0.1253
follow_up	coupl of month	0.1903
follow_up	cours	0.3411
follow_up	cover	-0.0427
follow_up	cover everyth	-0.0427
follow_up	credit	-0.0303
follow_up	cultur	-0.0305
follow_up	data	0.0218
follow_up	data scienc	-0.0553
follow_up	dataset	0.1757
follow_up	day	-0.1132
follow_up	decad	-0.0204
follow_up	decent	-0.0236
follow_up	decid	-0.0231
follow_up	decid between	-0.0493
follow_up	definit	0.329
follow_up	degre	-0.077
follow_up	degre in	-0.0321
follow_up	depart	-0.0277
follow_up	describ	-0.0371
follow_up	describ ~number	-0.0218
follow_up	design	-0.1331
follow_up	develop	-0.0248
follow_up	did	-0.2424
follow_up	did you	-0.1422
follow_up	did you get	-0.0204
follow_up	did ~number	-0.0527
follow_up	differ	-0.0399
follow_up	direct	-0.0214
follow_up	director	-0.0257
follow_up	do	-0.648
follow_up	do not	-0.0468
follow_up	do this	-0.0553
follow_up	do you	-0.3397
follow_up	do you stay	-0.0524
follow_up	do you still	-0.0374
follow_up	do you think	-0.0218
follow_up	do ~number	-0.0268
follow_up	doe	-0.1425
follow_up	doe a	-0.0379
follow_up	doe it	-0.0309
follow_up	doe your	-0.0206
follow_up	doe ~number	-0.0505
follow_up	done	0.1045
follow_up	done the	-0.0462
follow_up	done ~number	-0.0513
follow_up	down	0.066
follow_up	downsid	-0.0216
follow_up	drop	0.047
follow_up	drop you	0.0566
follow_up	drop you a	0.0566
follow_up	els should	-0.0307
follow_up	els should i	-0.0307
follow_up	els you	-0.0292
follow_up	els you think	-0.0203
follow_up	email	0.5349
follow_up	email tonight	0.024
follow_up	email you	0.2706
follow_up	email you in	0.0845
follow_up	emergenc	-0.0229
follow_up	end	0.1926
follow_up	end up	0.282
follow_up	engin	-0.0924
follow_up	english	-0.0297
follow_up	enjoy	-0.0225
follow_up	enough	-0.0322
follow_up	ever	-0.0718
follow_up	ever help	0.044
follow_up	ever need	-0.0363
follow_up	ever ~help	0.0346
follow_up	everyth	-0.0923
follow_up	everyth i	-0.0266
follow_up	everyth on	-0.0348
follow_up	everyth on my	-0.0348
follow_up	exercis	-0.0273
follow_up	eye	0.0528
follow_up	eye on	0.0528
follow_up	favor	-0.0789
follow_up	favor somehow	-0.026
follow_up	few	0.0708
follow_up	few week	0.0642
follow_up	few ~duration	0.0378
follow_up	field	-0.1467
follow_up	final	-0.0354
follow_up	find	-0.0449
follow_up	finish	-0.0512
follow_up	finish the	0.0768
follow_up	finish the cours	0.0768
follow_up	finish ~number	0.0674
follow_up	first	-0.0507
follow_up	five	-0.0212
follow_up	focus	-0.0231
follow_up	follow	0.1737
follow_up	follow up	0.1896
follow_up	follow up by	0.0454
follow_up	follow up with	0.0457
follow_up	for	-0.4716
follow_up	for a	-0.0917
follow_up	for me	-0.0333
follow_up	for the	-0.0689
follow_up	for this	-0.0311
follow_up	for today	-0.0362
follow_up	for you	-0.0319
follow_up	for your	-0.0765
follow_up	for ~number	-0.1742
follow_up	forecast	-0.0334
follow_up	found	-0.0269
follow_up	free	-0.0262
follow_up	freelanc	-0.0318
follow_up	from	-0.1593
follow_up	from a	-0.0223
follow_up	from me	-0.033
follow_up	from my	0.1343
follow_up	from the	-0.0921
follow_up	from your	-0.0379
follow_up	from ~number	-0.1144
follow_up	game	-0.1061
follow_up	game design	-0.0279
follow_up	get	-0.0786
follow_up	get back	0.0375
follow_up	get back to	0.0375
follow_up	get into	-0.03
follow_up	get on	-0.1103
follow_up	get on with	-0.1103
follow_up	get ~number	-0.0417
follow_up	give	-0.0589
follow_up	glad	-0.0328
follow_up	glad to	-0.0328
follow_up	go	-0.2175
follow_up	go on	-0.0349
follow_up	go to	0.073
follow_up	go to send	0.0846
follow_up	goe	0.3597
follow_up	good	-0.1656
follow_up	good ~limit	-0.0253
follow_up	got	-0.0943
follow_up	graduat	-0.039
follow_up	grant	-0.0306
follow_up	grate	-0.0344
follow_up	great	-0.0396
follow_up	grow	-0.0255
follow_up	grow into	-0.0255
follow_up	had	-0.1026
follow_up	half	-0.0263
follow_up	hand	-0.031
follow_up	happi	-0.1127
follow_up	happi to	-0.1039
follow_up	happi to help	-0.0284
follow_up	hard	-0.0974
follow_up	have	-0.19
follow_up	have a	-0.0826
follow_up	have ask	-0.0247
follow_up	have been	-0.0511
follow_up	have finish	0.0768
follow_up	have finish the	0.0768
follow_up	have got	-0.0594
follow_up	have to	-0.0499
follow_up	have ~number	-0.122
follow_up	have ~studyverb	0.0768
follow_up	have ~workverb	-0.0721
follow_up	head	-0.0316
follow_up	health	-0.0205
follow_up	hear	-0.0517
follow_up	help	0.0288
follow_up	help i	0.1213
follow_up	help if	0.0834
follow_up	help if i	0.0834
follow_up	help to	-0.02
follow_up	help with anyth	0.0476
follow_up	help you	-0.0571
follow_up	help you out	-0.0307
follow_up	here	-0.3246
follow_up	hi	-0.0284
follow_up	hire	-0.0583
follow_up	honest	-0.0426
follow_up	hope	-0.025
follow_up	hour	-0.0708
follow_up	hous	-0.0444
follow_up	how	0.0689
follow_up	how can	-0.0445
follow_up	how can i	-0.0383
follow_up	how did	-0.0886
follow_up	how did you	-0.0742
follow_up	how do	-0.1281
follow_up	how do you	-0.1065
follow_up	how doe	-0.0324
follow_up	how is	-0.0627
follow_up	how is the	-0.0344
follow_up	how it	0.1385
follow_up	how it went	0.1385
follow_up	how much	-0.0215
follow_up	how should	0.1644
follow_up	how the	0.3672
follow_up	how would	-0.0256
follow_up	how you	-0.0798
follow_up	how ~help	-0.1281
follow_up	how ~number	0.359
follow_up	how ~studyverb	-0.0886
follow_up	how ~want	-0.0256
follow_up	i	0.3458
follow_up	i add	0.2111
follow_up	i add you	0.2111
follow_up	i am	-0.344
follow_up	i am a	-0.0395
follow_up	i am around	-0.0218
follow_up	i am go	0.0846
follow_up	i am here	-0.0255
follow_up	i am not	-0.0225
follow_up	i ask	-0.0413
follow_up	i be	-0.0491
follow_up	i can	-0.1115
follow_up	i can be	-0.0226
follow_up	i can ever	0.0346
follow_up	i can return	-0.02
follow_up	i can see	-0.0751
follow_up	i could	-0.0702
follow_up	i did	-0.0483
follow_up	i do	-0.0537
follow_up	i do not	-0.0269
follow_up	i email	0.2021
follow_up	i email you	0.2021
follow_up	i get	0.1494
follow_up	i graduat	-0.0319
follow_up	i had	-0.0724
follow_up	i have been	-0.046
follow_up	i have finish	0.0768
follow_up	i have got	-0.0327
follow_up	i help	-0.0592
follow_up	i know	-0.1549
follow_up	i know you	-0.0764
follow_up	i learn	-0.0368
follow_up	i learn more	-0.0205
follow_up	i mention	0.152
follow_up	i need	-0.0262
follow_up	i reach	0.2719
follow_up	i reach out	0.102
follow_up	i read	-0.0254
follow_up	i realli	-0.0347
follow_up	i realli appreci	-0.0277
follow_up	i send	0.1686
follow_up	i send you	0.2169
follow_up	i should	-0.1162
follow_up	i should talk	-0.0279
follow_up	i talk	0.2037
follow_up	i talk to	0.2037
follow_up	i think	-0.0812
follow_up	i think i	-0.0766
follow_up	i think that	-0.0436
follow_up	i think we	-0.1309
follow_up	i want	-0.0711
follow_up	i want to	-0.061
follow_up	i was	-0.0599
follow_up	i will	0.7655
follow_up	i will be	-0.0787
follow_up	i will definit	0.3334
follow_up	i will drop	0.0566
follow_up	i will keep	0.054
follow_up	i will leav	-0.1018
follow_up	i will let	0.1037
follow_up	i will not	-0.1922
follow_up	i will send	0.5029
follow_up	i will sign	-0.0791
follow_up	i will stop	-0.0985
follow_up	i will wrap	-0.0804
follow_up	i would	0.1046
follow_up	i would be	-0.0615
follow_up	i would like	-0.0231
follow_up	i would love	0.0611
follow_up	i ~contactverb	0.3812
follow_up	i ~help	-0.1382
follow_up	i ~insight	-0.0343
follow_up	i ~learn	-0.1029
follow_up	i ~sendverb	0.3558
follow_up	i ~talk	0.48
follow_up	i ~want	-0.0297
follow_up	idea	-0.034
follow_up	if	0.7688
follow_up	if i	1.0163
follow_up	if i add	0.2111
follow_up	if i email	0.1919
follow_up	if i follow	0.0454
follow_up	if i have	0.0938
follow_up	if it	-0.0354
follow_up	if that	0.1487
follow_up	if that is	0.1559
follow_up	if there	-0.0301
follow_up	if there is	-0.0289
follow_up	if you	-0.2311
follow_up	if you could	-0.0214
follow_up	if you ever	-0.0396
follow_up	if you know	-0.0606
follow_up	if you need	-0.0254
follow_up	if you were	-0.0529
follow_up	import	-0.0307
follow_up	in	0.1376
follow_up	in a	0.3054
follow_up	in a coupl	0.1903
follow_up	in a few	0.0996
follow_up	in bank	-0.0202
follow_up	in data	-0.0201
follow_up	in game	-0.0417
follow_up	in my	-0.035
follow_up	in polici	-0.0318
follow_up	in public	-0.0206
follow_up	in the	-0.0863
follow_up	in this	-0.0738
follow_up	in this field	-0.0387
follow_up	in this sector	-0.0249
follow_up	in touch	0.533
follow_up	in touch with	-0.0886
follow_up	in with	0.0491
follow_up	in your	-0.0769
follow_up	in ~contactverb	0.7858
follow_up	in ~number	0.2068
follow_up	industri	-0.0862
follow_up	inform	-0.0403
follow_up	interest	-0.0655
follow_up	interest in	-0.0253
follow_up	internship	-0.0398
follow_up	interview	-0.0838
follow_up	into	-0.2029
follow_up	into leadership	-0.031
follow_up	into other	-0.0259
follow_up	introduct	-0.0322
follow_up	introduct to	-0.0284
follow_up	is	-0.433
follow_up	is a	-0.0536
follow_up	is all	0.0611
follow_up	is done	0.1486
follow_up	is ever	-0.0261
follow_up	is everyth	-0.0404
follow_up	is everyth i	-0.0203
follow_up	is it	-0.0561
follow_up	is me	-0.0293
follow_up	is me done	-0.0293
follow_up	is super	-0.0237
follow_up	is that	-0.0505
follow_up	is the best	0.2087
follow_up	is there	-0.1481
follow_up	is there a	-0.0397
follow_up	is there anyon	-0.0209
follow_up	is there anyth	-0.0522
follow_up	is to	-0.0214
follow_up	is your	-0.0257
follow_up	is ~number	-0.0385
follow_up	is ~talk	0.0815
follow_up	is ~want	-0.0258
follow_up	it	0.0925
follow_up	it be	0.3567
follow_up	it be ok	0.3058
follow_up	it help	0.0784
follow_up	it help if	0.0834
follow_up	it is	0.1543
follow_up	it there	-0.0515
follow_up	it there for	-0.0347
follow_up	it to	-0.063
follow_up	it went	0.1385
follow_up	it ~help	0.0784
follow_up	it ~want	-0.123
follow_up	job	-0.164
follow_up	jump	-0.0266
follow_up	junior	-0.0335
follow_up	just	-0.029
follow_up	just say	-0.0355
follow_up	just ~learn	0.0856
follow_up	keep	0.5381
follow_up	keep an	0.0528
follow_up	keep an eye	0.0528
follow_up	keep in	0.332
follow_up	keep in touch	0.332
follow_up	keep you	0.3074
follow_up	keep you post	0.4522
follow_up	keep ~number	0.0528
follow_up	kept	-0.0374
follow_up	kept you	-0.0374
follow_up	kind	-0.0279
follow_up	kind of	-0.0248
follow_up	know	0.2211
follow_up	know anyon	-0.0733
follow_up	know how	0.2525
follow_up	know how the	0.243
follow_up	know if	-0.0599
follow_up	know if i	-0.0414
follow_up	know you	-0.0764
follow_up	know you are	-0.0247
follow_up	know you have	-0.0351
follow_up	know ~people	-0.0787
follow_up	lab	-0.036
follow_up	last	-0.1504
follow_up	last week	-0.0651
follow_up	last year	-0.0258
follow_up	last ~closing	-0.0651
follow_up	last ~duration	-0.0258
follow_up	late	-0.0333
follow_up	later	0.2463
follow_up	law	-0.0403
follow_up	lead	-0.0419
follow_up	leadership	-0.036
follow_up	learn	-0.1001
follow_up	learn more	-0.0212
follow_up	learn more about	-0.0212
follow_up	leav	-0.1473
follow_up	leav it	-0.1102
follow_up	leav it there	-0.0515
follow_up	left	-0.0206
follow_up	let	0.0783
follow_up	let me	-0.0661
follow_up	let me know	-0.0661
follow_up	let us	0.0606
follow_up	let us leav	-0.0282
follow_up	let you	0.0838
follow_up	let you get	-0.0565
follow_up	let you go	-0.1866
follow_up	let you know	0.5515
follow_up	level	-0.0241
follow_up	life	-0.0231
follow_up	like	-0.1797
follow_up	like ~number	-0.0361
follow_up	line	0.0538
follow_up	line onc	0.0566
follow_up	line onc i	0.0566
follow_up	link	0.1548
follow_up	linkedin	0.9391
follow_up	list	-0.0387
follow_up	long	-0.0303
follow_up	longer	-0.1313
follow_up	look	-0.0733
follow_up	look like	-0.0478
follow_up	lot	-0.038
follow_up	love a	-0.046
follow_up	love an	-0.0264
follow_up	love to	0.1181
follow_up	love to stay	0.2333
follow_up	love ~number	-0.0724
follow_up	lunch	-0.0548
follow_up	lunch break	-0.0489
follow_up	made	0.065
follow_up	main	-0.0306
follow_up	make	-0.1249
follow_up	make a	-0.0274
follow_up	make sens	-0.0441
follow_up	make the	-0.0234
follow_up	make ~insight	-0.0441
follow_up	make ~number	-0.0507
follow_up	manag	-0.0743
follow_up	master	-0.0232
follow_up	matter	-0.0704
follow_up	matter most	-0.0302
follow_up	matter most in	-0.0257
follow_up	may	0.075
follow_up	mba	-0.0458
follow_up	me	-0.6375
follow_up	me about	-0.0336
follow_up	me done	-0.0293
follow_up	me for	-0.0296
follow_up	me for the	-0.0243
follow_up	me in	-0.1253
follow_up	me in touch	-0.0715
follow_up	me know	-0.0661
follow_up	me know if	-0.0574
follow_up	me through	-0.0451
follow_up	me through a	-0.0236
follow_up	me to	-0.0202
follow_up	me who	-0.0229
follow_up	me who would	-0.0229
follow_up	me with	-0.0457
follow_up	me with someon	-0.0315
follow_up	me ~learn	-0.074
follow_up	me ~people	-0.0229
follow_up	meet	-0.1233
follow_up	meet you	-0.0567
follow_up	mention	0.2405
follow_up	mention the	0.0821
follow_up	mention ~number	0.0821
follow_up	mentor	0.0687
follow_up	might	0.1446
follow_up	mind	0.1772
follow_up	mind if	0.3598
follow_up	mind if i	0.3807
follow_up	mind of	-0.0469
follow_up	minut	-0.1942
follow_up	minut left	-0.0206
follow_up	minut so	-0.08
follow_up	minut so i	-0.0786
follow_up	moment	-0.0202
follow_up	month	0.298
follow_up	more about	-0.024
follow_up	more of	-0.0244
follow_up	more of your	-0.0244
follow_up	more question	0.101
follow_up	morn	-0.0537
follow_up	most	-0.167
follow_up	most in	-0.0345
follow_up	move	-0.0597
follow_up	move into	-0.0456
follow_up	move into other	-0.0259
follow_up	much for	-0.0268
follow_up	much this	0.1158
follow_up	much this was	0.1289
follow_up	my	-0.2222
follow_up	my applic	-0.0227
follow_up	my list	-0.0348
follow_up	my question	-0.0545
follow_up	my resum	-0.202
follow_up	my resum to	-0.0329
follow_up	my ~application	-0.2247
follow_up	name	-0.077
follow_up	name of	-0.0236
follow_up	need	-0.1409
follow_up	need a	-0.0229
follow_up	need to	-0.0406
follow_up	need ~number	-0.0257
follow_up	network	-0.0367
follow_up	never	-0.0641
follow_up	new	-0.0503
follow_up	next	-0.1141
follow_up	no	-0.093
follow_up	nonprofit	-0.0524
follow_up	not	-0.3564
follow_up	not take	-0.023
follow_up	not take up	-0.023
follow_up	not ~insight	-0.023
follow_up	note	0.2406
follow_up	note after	-0.0556
follow_up	note tomorrow	0.1595
follow_up	note tonight	0.1059
follow_up	note ~want	-0.0556
follow_up	now	-0.2193
follow_up	nurs	-0.1581
follow_up	nurs chang	-0.0388
follow_up	of	-0.1348
follow_up	of anyth	0.1673
follow_up	of month	0.1903
follow_up	of peopl	-0.0884
follow_up	of peopl in	-0.0484
follow_up	of the job	-0.0214
follow_up	of the time	-0.0469
follow_up	of your	-0.1004
follow_up	of your time	-0.0213
follow_up	of ~duration	0.1903
follow_up	of ~people	-0.1356
follow_up	off	-0.0821
follow_up	oh	-0.033
follow_up	ok	0.1261
follow_up	ok i	-0.0231
follow_up	ok i think	-0.0344
follow_up	ok if	0.086
follow_up	ok if i	0.086
follow_up	ok that	-0.0599
follow_up	ok that is	-0.0599
follow_up	ok to	0.212
follow_up	old	-0.0717
follow_up	on	0.4538
follow_up	on a	-0.0646
follow_up	on how	0.1232
follow_up	on how the	0.1253
follow_up	on it	0.1897
follow_up	on linkedin	0.8503
follow_up	on my	-0.0892
follow_up	on my list	-0.0348
follow_up	on the	-0.0578
follow_up	on with	-0.1103
follow_up	on with your	-0.1103
follow_up	on your team	-0.0592
follow_up	on ~number	-0.1271
follow_up	onc	0.3363
follow_up	onc i	0.1458
follow_up	onc i have	0.1458
follow_up	one	-0.1041
follow_up	one more	-0.0408
follow_up	onli	-0.0443
follow_up	onli have	-0.0394
follow_up	onlin	-0.0492
follow_up	open	-0.0699
follow_up	or	-0.0785
follow_up	or is	-0.0464
follow_up	or ~number	0.0516
follow_up	other	-0.0739
follow_up	other role	-0.0297
follow_up	other ~job	-0.0297
follow_up	other ~people	-0.0331
follow_up	out	-0.0993
follow_up	out again	0.1639
follow_up	out of	-0.0392
follow_up	out to	-0.0899
follow_up	out with	-0.0358
follow_up	out ~later	0.1639
follow_up	outreach	-0.0217
follow_up	over	0.0664
follow_up	over the	0.0451
follow_up	over ~number	0.1371
follow_up	own	-0.0375
follow_up	part	-0.0616
follow_up	part of	-0.0531
follow_up	part of the	-0.0242
follow_up	pass	-0.1802
follow_up	path	-0.0337
follow_up	peopl in	-0.0767
follow_up	peopl you	0.1987
follow_up	perspect	-0.0423
follow_up	phd	-0.0407
follow_up	pick	0.2395
follow_up	ping	0.2837
follow_up	ping you	0.2837
follow_up	plan	-0.0559
follow_up	pleas	-0.0483
follow_up	pleas let	-0.0332
follow_up	pleas let me	-0.0332
follow_up	point	0.0498
follow_up	point me	-0.021
follow_up	polici	-0.1108
follow_up	portfolio	0.087
follow_up	posit	-0.0337
follow_up	post	0.4355
follow_up	post on	0.1198
follow_up	practic	-0.0257
follow_up	pretti	-0.0206
follow_up	product	-0.06
follow_up	profession	-0.0292
follow_up	program	0.1176
follow_up	project	-0.1687
follow_up	promis	-0.0207
follow_up	public	-0.0348
follow_up	put	-0.1107
follow_up	put me	-0.0715
follow_up	put me in	-0.0715
follow_up	python	0.1611
follow_up	question	0.1755
follow_up	question ~later	0.2155
follow_up	reach	0.2031
follow_up	reach out	0.0635
follow_up	reach out again	0.1639
follow_up	reach out to	-0.0899
follow_up	read	-0.0373
follow_up	realli	-0.1678
follow_up	realli appreci	-0.0786
follow_up	realli appreci it	-0.0391
follow_up	realli ~want	-0.0992
follow_up	reason	-0.0292
follow_up	recommend	-0.1439
follow_up	recommend i	-0.0732
follow_up	recruit	-0.062
follow_up	referr	-0.0306
follow_up	report	0.2055
follow_up	research	-0.1383
follow_up	result	0.143
follow_up	resum	-0.2032
follow_up	resum to	-0.0329
follow_up	return	-0.0954
follow_up	return the	-0.082
follow_up	return the favor	-0.0789
follow_up	return ~number	-0.082
follow_up	review	0.1187
follow_up	right	-0.0917
follow_up	right now	-0.0386
follow_up	risk	-0.0365
follow_up	role	-0.0945
follow_up	rout	-0.0545
follow_up	run	-0.0873
follow_up	said	-0.07
follow_up	sale	-0.0445
follow_up	sam	-0.063
follow_up	same	-0.0328
follow_up	say	-0.0728
follow_up	school	-0.0238
follow_up	scienc	-0.0553
follow_up	sector	-0.0499
follow_up	see	-0.1125
follow_up	see the	-0.0544
follow_up	see we	-0.0239
follow_up	see we are	-0.0239
follow_up	see ~number	-0.0544
follow_up	send	0.7156
follow_up	send a	0.1582
follow_up	send over	0.1471
follow_up	send thank	-0.0556
follow_up	send thank you	-0.0556
follow_up	send you	0.4992
follow_up	send you a	0.1192
follow_up	send you my	0.0392
follow_up	send ~number	0.1582
follow_up	sens	-0.0466
follow_up	shall	0.1341
follow_up	shall i	0.1763
follow_up	share	-0.0773
follow_up	share my	-0.0761
follow_up	share what i	0.0324
follow_up	shift	-0.0466
follow_up	short	0.072
follow_up	should	-0.1199
follow_up	should i be	-0.034
follow_up	should i send	-0.0483
follow_up	should talk	-0.0279
follow_up	should talk to	-0.0279
follow_up	should ~people	-0.0213
follow_up	should ~talk	-0.0736
follow_up	side	-0.0891
follow_up	side if	-0.0205
follow_up	side project	-0.0315
follow_up	sign	-0.0791
follow_up	sign off	-0.0791
follow_up	sinc	-0.0374
follow_up	skill	-0.0374
follow_up	so	-0.3264
follow_up	so i	-0.2316
follow_up	so i am	-0.0206
follow_up	so i will	-0.1878
follow_up	so if	-0.0207
follow_up	so much	0.0551
follow_up	so much for	-0.0268
follow_up	so much this	0.1158
follow_up	so you	-0.0959
follow_up	so you can	-0.1687
follow_up	some	0.1086
follow_up	somehow	-0.026
follow_up	someon	-0.1543
follow_up	someon in	-0.0541
follow_up	someon who	-0.0491
follow_up	someon who is	-0.0468
follow_up	someon ~people	-0.0491
follow_up	sorri	-0.1571
follow_up	sorri i	-0.0242
follow_up	sound	-0.0511
follow_up	speak	-0.0368
follow_up	specialti	-0.0358
follow_up	squeez	-0.0276
follow_up	squeez me	-0.0276
follow_up	squeez me in	-0.0276
follow_up	staff	-0.0238
follow_up	start	-0.0836
follow_up	start out	-0.0291
follow_up	stay	0.4813
follow_up	stay in	0.5243
follow_up	stay in touch	0.2725
follow_up	step	-0.0384
follow_up	still	-0.0653
follow_up	stop	-0.115
follow_up	stop there	-0.0241
follow_up	structur	-0.0206
follow_up	student	-0.0756
follow_up	studi	0.1719
follow_up	suggest	0.1435
follow_up	suggest a	-0.0338
follow_up	suggest ~number	-0.0449
follow_up	summari	0.0849
follow_up	summari of	0.0849
follow_up	summari of the	0.0849
follow_up	summer	-0.0251
follow_up	super	-0.0306
follow_up	survey	0.2901
follow_up	switch	-0.0288
follow_up	take	0.0694
follow_up	take on	0.1747
follow_up	take up	-0.0299
follow_up	take up ani	-0.0244
follow_up	take ~number	-0.0216
follow_up	taken	-0.0396
follow_up	talk	0.0456
follow_up	talk to	0.0994
follow_up	talk with	-0.037
follow_up	talk with me	-0.037
follow_up	tax	-0.025
follow_up	teach	-0.0639
follow_up	tech	-0.0201
follow_up	tell	0.0786
follow_up	tell me	-0.0411
follow_up	tell me about	-0.0336
follow_up	tell you	0.1231
follow_up	ten	-0.0207
follow_up	test	-0.0588
follow_up	than	-0.0659
follow_up	thank	-0.2219
follow_up	thank for	-0.0206
follow_up	thank so	-0.0263
follow_up	thank so much	-0.0263
follow_up	thank to	-0.0274
follow_up	thank to my	-0.0245
follow_up	thank you	0.1013
follow_up	thank you email	0.0311
follow_up	thank you for	-0.0371
follow_up	thank you note	0.0681
follow_up	thank you so	0.0814
follow_up	thank ~number	-0.0367
follow_up	that	-0.1426
follow_up	that cover	-0.0427
follow_up	that cover everyth	-0.0427
follow_up	that is	-0.0686
follow_up	that is all	0.0611
follow_up	that is everyth	-0.0404
follow_up	that is me	-0.0293
follow_up	that is super	-0.0237
follow_up	that make	-0.0265
follow_up	that make sens	-0.0265
follow_up	the	0.2637
follow_up	the agenc	-0.0285
follow_up	the articl	0.1319
follow_up	the articl i	0.1319
follow_up	the best	0.2074
follow_up	the best way	0.2262
follow_up	the bootcamp	0.0843
follow_up	the clock	-0.0905
follow_up	the cours	0.0768
follow_up	the cultur	-0.0208
follow_up	the downsid	-0.0216
follow_up	the favor	-0.0789
follow_up	the favor somehow	-0.026
follow_up	the field	-0.0493
follow_up	the job	-0.0481
follow_up	the link	0.1548
follow_up	the most	-0.038
follow_up	the next	-0.026
follow_up	the point	0.0824
follow_up	the portfolio	0.1122
follow_up	the recruit	-0.054
follow_up	the time	-0.0591
follow_up	the ~closing	-0.024
follow_up	the ~contactverb	-0.0481
follow_up	the ~degree	0.1466
follow_up	the ~gatekeeper	-0.0636
follow_up	the ~hiring	-0.0288
follow_up	the ~job	-0.0598
follow_up	the ~learn	-0.0204
follow_up	the ~limit	-0.0659
follow_up	the ~number	-0.0769
follow_up	the ~org	-0.0698
follow_up	the ~people	0.1847
follow_up	the ~student	-0.1303
follow_up	the ~talk	-0.0449
follow_up	them	-0.0498
follow_up	then	-0.0452
follow_up	there	-0.3819
follow_up	there a	-0.0397
follow_up	there ani	-0.0365
follow_up	there anyon	-0.0209
follow_up	there anyon els	-0.0209
follow_up	there anyth	-0.0522
follow_up	there anyth i	-0.0224
follow_up	there for	-0.0384
follow_up	there for today	-0.0347
follow_up	there is	-0.0298
follow_up	there other	-0.0233
follow_up	there so	-0.0395
follow_up	there so you	-0.0395
follow_up	there ~number	-0.0428
follow_up	there ~people	-0.0336
follow_up	these	-0.0252
follow_up	these day	-0.022
follow_up	thing	-0.0686
follow_up	think	-0.216
follow_up	think about	-0.0534
follow_up	think i	-0.1193
follow_up	think i have	-0.0532
follow_up	think i should	-0.0343
follow_up	think of	0.1614
follow_up	think that	-0.0569
follow_up	think that cover	-0.0304
follow_up	think we	-0.1309
follow_up	think we can	-0.1309
follow_up	this	-0.1628
follow_up	this call	0.0472
follow_up	this field	-0.0606
follow_up	this sector	-0.0303
follow_up	this was	0.1265
follow_up	this ~contactverb	0.0472
follow_up	this ~talk	0.0446
follow_up	thought	-0.0635
follow_up	through	-0.067
follow_up	through a	-0.0274
follow_up	through ~number	-0.0325
follow_up	time	-0.0409
follow_up	time so	-0.0377
follow_up	time so i	-0.0332
follow_up	to	-0.3122
follow_up	to ask	-0.0361
follow_up	to be	-0.0493
follow_up	to be mind	-0.0263
follow_up	to connect	-0.0583
follow_up	to find	-0.0273
follow_up	to get	-0.077
follow_up	to hear	-0.022
follow_up	to help	-0.0545
follow_up	to help with	-0.0263
follow_up	to it	-0.0591
follow_up	to keep	-0.1034
follow_up	to learn	-0.0255
follow_up	to let	0.0214
follow_up	to let you	0.0214
follow_up	to mind	-0.0582
follow_up	to my	-0.0245
follow_up	to next	-0.0229
follow_up	to send	0.0616
follow_up	to share	-0.0255
follow_up	to share what	0.0324
follow_up	to stay	0.4734
follow_up	to stay in	0.485
follow_up	to talk	-0.0565
follow_up	to talk with	-0.037
follow_up	to the	0.1341
follow_up	to think	-0.0488
follow_up	to think about	-0.0488
follow_up	to understand	-0.02
follow_up	to work	-0.0842
follow_up	to you	-0.0388
follow_up	to your	0.1053
follow_up	to ~help	-0.0824
follow_up	to ~learn	-0.3166
follow_up	to ~limit	-0.0238
follow_up	to ~number	0.1183
follow_up	to ~people	-0.0379
follow_up	to ~talk	-0.1656
follow_up	to ~workverb	-0.0875
follow_up	today	0.0934
follow_up	tomorrow	0.1595
follow_up	tonight	0.1678
follow_up	tonight and	0.1037
follow_up	too	-0.0898
follow_up	tool	-0.0262
follow_up	touch	0.5279
follow_up	touch with	-0.0886
follow_up	tri	-0.1165
follow_up	tri to	-0.1004
follow_up	tri to keep	-0.0682
follow_up	twelv	-0.0246
follow_up	twenti	-0.0598
follow_up	twenti minut	-0.0598
follow_up	twenti minut so	-0.0557
follow_up	twenti ~limit	-0.0598
follow_up	twenti ~timeunit	-0.0598
follow_up	typic	-0.0395
follow_up	typic ~closing	-0.0217
follow_up	understand	-0.0269
follow_up	up	0.217
follow_up	up a	0.0661
follow_up	up ani	-0.0964
follow_up	up ani more	-0.0244
follow_up	up by	0.0454
follow_up	up by email	0.0454
follow_up	up with	0.0225
follow_up	up ~number	0.0622
follow_up	up ~want	-0.0693
follow_up	us	0.0572
follow_up	us leav	-0.0282
follow_up	us leav it	-0.0282
follow_up	use	-0.0931
follow_up	use to	-0.0491
follow_up	use to you	-0.0226
follow_up	user	-0.022
follow_up	usual	-0.0478
follow_up	ux	-0.0589
follow_up	ux research	-0.0558
follow_up	ux ~learn	-0.0542
follow_up	valu	0.1843
follow_up	valu your	0.1867
follow_up	valuabl	-0.0271
follow_up	volunt	-0.039
follow_up	walk	-0.0451
follow_up	walk me	-0.0451
follow_up	walk me through	-0.0451
follow_up	want	-0.1294
follow_up	want to	-0.0843
follow_up	want to be	-0.0337
follow_up	was	-0.0766
follow_up	was ~want	-0.0222
follow_up	way	0.1606
follow_up	way i	-0.027
follow_up	way to	0.2192
follow_up	we	0.3506
follow_up	we are	-0.065
follow_up	we can	-0.1309
follow_up	we have	-0.0316
follow_up	week	-0.0734
follow_up	weekend	-0.0226
follow_up	well	-0.1281
follow_up	well i	-0.1167
follow_up	well i will	-0.1154
follow_up	went	0.1227
follow_up	were	-0.0766
follow_up	were in	-0.0205
follow_up	were in my	-0.0205
follow_up	were me	-0.0239
follow_up	were me who	-0.0229
follow_up	were start	-0.0279
follow_up	what	-0.5507
follow_up	what are	-0.0566
follow_up	what are the	-0.0249
follow_up	what are you	-0.0235
follow_up	what do	-0.0332
follow_up	what do you	-0.0234
follow_up	what doe	-0.0331
follow_up	what is	0.0666
follow_up	what is the	0.1226
follow_up	what keep	-0.0405
follow_up	what keep you	-0.0405
follow_up	what make	-0.0269
follow_up	what should	-0.0218
follow_up	what would	-0.0237
follow_up	what you	-0.0233
follow_up	what ~help	-0.0332
follow_up	what ~want	-0.0237
follow_up	when	-0.0498
follow_up	when you	-0.0344
follow_up	where	-0.1173
follow_up	where can	-0.0483
follow_up	where can i	-0.0342
follow_up	where is	-0.0281
follow_up	whether	-0.0367
follow_up	whi	-0.055
follow_up	which	0.0971
follow_up	which ~student	-0.0204
follow_up	who	-0.2716
follow_up	who els	-0.0854
follow_up	who els should	-0.0307
follow_up	who is	-0.0507
follow_up	who would	-0.0415
follow_up	who would you	-0.0229
follow_up	who ~want	-0.0415
follow_up	will	0.6867
follow_up	will be	-0.0787
follow_up	will be quick	-0.0274
follow_up	will definit	0.3334
follow_up	will drop	0.0566
follow_up	will drop you	0.0566
follow_up	will keep	0.054
follow_up	will leav	-0.1018
follow_up	will leav it	-0.082
follow_up	will let	0.1037
follow_up	will let you	0.1037
follow_up	will not	-0.1922
follow_up	will not take	-0.023
follow_up	will send	0.5029
follow_up	will send over	0.1471
follow_up	will send you	0.2142
follow_up	will sign	-0.0791
follow_up	will sign off	-0.0791
follow_up	will stop	-0.0985
follow_up	will to	-0.0664
follow_up	will wrap	-0.0804
follow_up	will wrap up	-0.0804
follow_up	will ~contactverb	0.1073
follow_up	will ~sendverb	0.6399
follow_up	will ~talk	0.058
follow_up	with	0.0446
follow_up	with a	0.1483
follow_up	with anyth	0.0232
follow_up	with client	-0.052
follow_up	with me	-0.0424
follow_up	with peopl	-0.0425
follow_up	with someon	-0.0562
follow_up	with someon in	-0.053
follow_up	with the	-0.0848
follow_up	with the recruit	-0.0505
follow_up	with you	0.5402
follow_up	with you on	0.1495
follow_up	with your	-0.214
follow_up	with your day	-0.0492
follow_up	with ~number	0.1305
follow_up	with ~people	-0.0987
follow_up	wonder	-0.0425
follow_up	work	-0.3267
follow_up	work in	-0.0464
follow_up	work on	-0.0272
follow_up	worth	-0.1268
follow_up	worth it	-0.0252
follow_up	worth the	-0.0338
follow_up	worth ~number	-0.0376
follow_up	worth ~talk	-0.04
follow_up	would	0.1763
follow_up	would an	-0.0261
follow_up	would be	-0.078
follow_up	would be glad	-0.0328
follow_up	would be happi	-0.0206
follow_up	would it	0.4331
follow_up	would it be	0.3567
follow_up	would it help	0.0784
follow_up	would like	-0.0231
follow_up	would love	0.0574
follow_up	would love a	-0.046
follow_up	would love an	-0.0264
follow_up	would love to	0.1405
follow_up	would recommend	-0.0451
follow_up	would suggest	-0.0272
follow_up	would you	-0.169
follow_up	would you be	-0.0913
follow_up	would you mind	0.0945
follow_up	would you recommend	-0.0721
follow_up	would ~number	-0.0336
follow_up	would ~want	0.1749
follow_up	wow	-0.0345
follow_up	wrap	-0.0914
follow_up	wrap up	-0.0898
follow_up	write	0.0587
follow_up	yeah	-0.0567
follow_up	year	-0.1906
follow_up	yesterday	-0.0222
follow_up	you	0.3679
follow_up	you a	0.3258
follow_up	you a line	0.0566
follow_up	you a quick	0.04
follow_up	you a thank	0.025
follow_up	you after	0.1385
follow_up	you are	-0.0936
follow_up	you be	-0.1075
follow_up	you be will	-0.0593
follow_up	you can	-0.1734
follow_up	you could	-0.0633
follow_up	you could put	-0.0364
follow_up	you decid	-0.0449
follow_up	you describ	-0.0278
follow_up	you do	-0.0209
follow_up	you email	0.0311
follow_up	you email tonight	0.024
follow_up	you ever	-0.0434
follow_up	you ever need	-0.0264
follow_up	you for	-0.0479
follow_up	you get	-0.0788
follow_up	you get back	0.0375
follow_up	you get on	-0.094
follow_up	you go	-0.2013
follow_up	you have	0.0276
follow_up	you if	0.3264
follow_up	you if i	0.3264
follow_up	you in	0.1164
follow_up	you in a	0.1366
follow_up	you keep	-0.0458
follow_up	you know	0.4527
follow_up	you know anyon	-0.0733
follow_up	you know how	0.2543
follow_up	you mind	0.0945
follow_up	you mind if	0.1696
follow_up	you most	-0.0221
follow_up	you my	0.0392
follow_up	you need	-0.0369
follow_up	you note	0.0681
follow_up	you note after	-0.0556
follow_up	you note tonight	0.1059
follow_up	you on	0.3606
follow_up	you on linkedin	0.3606
follow_up	you out	-0.0347
follow_up	you post	0.4522
follow_up	you recommend	-0.0906
follow_up	you recommend i	-0.0633
follow_up	you said	-0.0308
follow_up	you so	0.0814
follow_up	you so much	0.0814
follow_up	you stay	-0.0524
follow_up	you still	-0.0396
follow_up	you suggest	0.1707
follow_up	you suggest a	-0.0338
follow_up	you tell	-0.0223
follow_up	you that	0.1595
follow_up	you the	0.3163
follow_up	you think	-0.0801
follow_up	you think i	-0.0427
follow_up	you to	-0.0537
follow_up	you walk	-0.0287
follow_up	you walk me	-0.0287
follow_up	you were	-0.0723
follow_up	you were in	-0.0205
follow_up	you were me	-0.0239
follow_up	you were start	-0.0279
follow_up	you would	-0.1054
follow_up	you would recommend	-0.0451
follow_up	you would suggest	-0.0272
follow_up	you ~help	-0.0356
follow_up	you ~learn	0.2996
follow_up	you ~number	0.6421
follow_up	you ~want	0.0249
follow_up	you ~workverb	-0.0289
follow_up	your	-0.5707
follow_up	your afternoon	0.0772
follow_up	your app	-0.04
follow_up	your colleagu	-0.064
follow_up	your compani	-0.0217
follow_up	your day	-0.0585
follow_up	your lunch	-0.0533
follow_up	your lunch break	-0.0489
follow_up	your old	-0.0283
follow_up	your team	0.0472
follow_up	your time	-0.0367
follow_up	your week	-0.0205
follow_up	your work	-0.0205
follow_up	your ~closing	-0.0291
follow_up	your ~degree	-0.0375
follow_up	your ~insight	0.1531
follow_up	your ~learn	-0.0211
follow_up	your ~limit	-0.1023
follow_up	your ~org	-0.0536
follow_up	your ~people	-0.0704
follow_up	your ~workverb	-0.0205
follow_up	~application	-0.0992
follow_up	~application to	-0.0351
follow_up	~closing	-0.2387
follow_up	~contactverb	1.3877
follow_up	~contactverb and	0.1029
follow_up	~contactverb tonight	0.024
follow_up	~contactverb with	0.1954
follow_up	~contactverb you	0.5322
follow_up	~degree	0.2877
follow_up	~degree be	-0.0261
follow_up	~degree in	-0.0684
follow_up	~degree rout	-0.0458
follow_up	~duration	0.0421
follow_up	~duration in	-0.0357
follow_up	~gatekeeper	-0.1368
follow_up	~help	-0.7194
follow_up	~help if	0.0834
follow_up	~help not	-0.0468
follow_up	~help the	-0.0896
follow_up	~help to	-0.0498
follow_up	~help you	-0.3782
follow_up	~hiring	-0.0859
follow_up	~insight	-0.138
follow_up	~insight a	-0.0305
follow_up	~insight on	0.1463
follow_up	~insight the	0.0282
follow_up	~insight to	-0.0237
follow_up	~insight up	-0.0264
follow_up	~job	-0.3752
follow_up	~job i	-0.0276
follow_up	~job in	-0.0242
follow_up	~later	0.5318
follow_up	~later in	0.2461
follow_up	~learn	-0.3674
follow_up	~learn a	-0.0486
follow_up	~learn anyon	-0.0733
follow_up	~learn back	0.0322
follow_up	~learn how	0.2433
follow_up	~learn if	-0.1038
follow_up	~learn me	-0.0256
follow_up	~learn more	-0.0241
follow_up	~learn on	-0.1146
follow_up	~learn out	-0.0237
follow_up	~learn the	-0.0803
follow_up	~learn we	-0.0399
follow_up	~learn with	-0.0214
follow_up	~learn you	-0.0908
follow_up	~learn your	-0.0257
follow_up	~limit	-0.3953
follow_up	~limit break	-0.0489
follow_up	~limit i	-0.0538
follow_up	~limit left	-0.0206
follow_up	~limit so	-0.1177
follow_up	~number	-0.0708
follow_up	~number agenc	-0.0325
follow_up	~number articl	0.1319
follow_up	~number bank	-0.0225
follow_up	~number best	0.2074
follow_up	~number big	-0.0286
follow_up	~number bit	-0.0516
follow_up	~number bootcamp	0.066
follow_up	~number career	-0.0714
follow_up	~number certif	-0.0206
follow_up	~number clock	-0.0905
follow_up	~number colleagu	-0.0206
follow_up	~number confer	-0.064
follow_up	~number coupl	0.1516
follow_up	~number cours	0.0768
follow_up	~number cultur	-0.0208
follow_up	~number degre	-0.0393
follow_up	~number downsid	-0.0216
follow_up	~number eye	0.0528
follow_up	~number favor	-0.0789
follow_up	~number few	0.0762
follow_up	~number field	-0.0676
follow_up	~number good	-0.0844
follow_up	~number hand	-0.0268
follow_up	~number hour	-0.0255
follow_up	~number introduct	-0.0284
follow_up	~number job	-0.0713
follow_up	~number junior	-0.0269
follow_up	~number last	-0.0249
follow_up	~number line	0.0566
follow_up	~number link	0.1548
follow_up	~number lot	-0.038
follow_up	~number mba	-0.0458
follow_up	~number minut	-0.1717
follow_up	~number month	0.1265
follow_up	~number most	-0.038
follow_up	~number next	-0.026
follow_up	~number nonprofit	-0.0266
follow_up	~number note	0.2337
follow_up	~number of	0.1235
follow_up	~number peopl	0.2154
follow_up	~number point	0.0824
follow_up	~number polici	-0.0204
follow_up	~number portfolio	0.0985
follow_up	~number program	0.1786
follow_up	~number project	-0.0226
follow_up	~number question	0.0438
follow_up	~number quick	0.0212
follow_up	~number recruit	-0.054
follow_up	~number referr	-0.0292
follow_up	~number short	0.1077
follow_up	~number student	-0.029
follow_up	~number thank	0.1286
follow_up	~number time	-0.0591
follow_up	~number typic	-0.0305
follow_up	~number week	0.0487
follow_up	~number year	-0.0685
follow_up	~org	-0.3912
follow_up	~org if	-0.0205
follow_up	~org project	-0.0315
follow_up	~people	-0.5015
follow_up	~people at	-0.0221
follow_up	~people come	-0.0582
follow_up	~people do	-0.0668
follow_up	~people els	-0.1483
follow_up	~people from	-0.0395
follow_up	~people in	-0.1559
follow_up	~people is	-0.0507
follow_up	~people more	-0.0408
follow_up	~people of	-0.0702
follow_up	~people on	-0.0306
follow_up	~people who	-0.0785
follow_up	~people with	0.2506
follow_up	~people would	-0.0446
follow_up	~people you	0.1887
follow_up	~sendverb	1.1636
follow_up	~sendverb a	0.1582
follow_up	~sendverb my	-0.0611
follow_up	~sendverb on	-0.0204
follow_up	~sendverb over	0.1471
follow_up	~sendverb thank	-0.0556
follow_up	~sendverb tonight	0.024
follow_up	~sendverb you	0.8114
follow_up	~student	-0.5058
follow_up	~studyverb	-0.0775
follow_up	~studyverb a	-0.0595
follow_up	~studyverb in	-0.0313
follow_up	~studyverb the	0.0572
follow_up	~studyverb you	-0.1445
follow_up	~talk	0.8622
follow_up	~talk at	-0.0324
follow_up	~talk is	-0.0207
follow_up	~talk me	-0.0447
follow_up	~talk on	0.4839
follow_up	~talk so	0.0928
follow_up	~talk to	0.0823
follow_up	~talk tonight	0.024
follow_up	~talk with	0.2945
follow_up	~talk you	0.1666
follow_up	~timeunit	-0.265
follow_up	~timeunit left	-0.0206
follow_up	~timeunit so	-0.08
follow_up	~want	-0.2533
follow_up	~want a	-0.0699
follow_up	~want an	-0.0324
follow_up	~want appreci	-0.0786
follow_up	~want be	-0.078
follow_up	~want i	0.2071
follow_up	~want in	-0.0286
follow_up	~want it	0.394
follow_up	~want like	-0.0246
follow_up	~want love	0.0574
follow_up	~want recommend	-0.0451
follow_up	~want say	-0.0355
follow_up	~want suggest	-0.0272
follow_up	~want the	0.1201
follow_up	~want this	0.0456
follow_up	~want to	-0.2089
follow_up	~want valu	0.1867
follow_up	~want you	-0.2287
follow_up	~want your	0.1454
follow_up	~workverb	-0.487
follow_up	~workverb in	-0.0535
follow_up	~workverb on	-0.0272
time_ack	*	-2.335
time_ack	20	0.1056
time_ack	20 minut	0.1056
time_ack	20 ~limit	0.1056
time_ack	20 ~timeunit	0.1056
time_ack	?	-1.1603
time_ack	^alright	-0.1536
time_ack	^ani	-0.0895
time_ack	^anyway	0.0679
time_ack	^are	0.2141
time_ack	^can	-0.2158
time_ack	^cheer	0.1833
time_ack	^could	-0.1139
time_ack	^current	-0.0355
time_ack	^did	-0.0421
time_ack	^do	0.268
time_ack	^great	0.0403
time_ack	^happi	-0.0225
time_ack	^have	-0.2269
time_ack	^hi	-0.0858
time_ack	^honest	-0.0382
time_ack	^how	-0.5342
time_ack	^if	-0.1171
time_ack	^is	-0.0658
time_ack	^just	0.4688
time_ack	^let	-0.057
time_ack	^look	0.0674
time_ack	^love	-0.1034
time_ack	^my	-0.0473
time_ack	^no	-0.0934
time_ack	^oh	0.3116
time_ack	^ok	-0.1563
time_ack	^one	-0.0255
time_ack	^pleas	-0.0588
time_ack	^right	-0.0686
time_ack	^should	-0.0215
time_ack	^so	-0.0561
time_ack	^sorri	0.3761
time_ack	^tell	-0.0581
time_ack	^that	-0.1625
time_ack	^this	-0.0375
time_ack	^walk	-0.0324
time_ack	^was	-0.0234
time_ack	^we	0.5119
time_ack	^what	-0.7007
time_ack	^where	-0.1127
time_ack	^whi	-0.033
time_ack	^which	-0.1882
time_ack	^who	-0.1073
time_ack	^would	-0.1384
time_ack	^yeah	-0.037
time_ack	^you	-0.0252
time_ack	a	-0.1571
time_ack	a beginn	-0.0327
time_ack	a big	-0.0209
time_ack	a bit	0.1897
time_ack	a career	-0.0377
time_ack	a colleagu	-0.0334
time_ack	a coupl	0.061
time_ack	a coupl more	0.0906
time_ack	a coupl of	-0.0297
time_ack	a degre	-0.0207
time_ack	a few	0.0378
time_ack	a good	0.2039
time_ack	a good way	-0.0257
time_ack	a great	-0.063
time_ack	a hand	-0.0208
time_ack	a job	-0.0368
time_ack	a job i	-0.0322
time_ack	a junior	-0.0236
time_ack	a line	-0.0242
time_ack	a line onc	-0.0242
time_ack	a lot	-0.0338
time_ack	a love	-0.1114
time_ack	a part	-0.0575
time_ack	a part time	-0.0553
time_ack	a project	-0.0418
time_ack	a question	0.188
time_ack	a quick	-0.0363
time_ack	a referr	-0.0433
time_ack	a role	-0.0276
time_ack	a second	-0.0232
time_ack	a shall	-0.0315
time_ack	a short	-0.0431
time_ack	a thank	-0.0469
time_ack	a thank you	-0.0469
time_ack	a typic	-0.0509
time_ack	a typic day	-0.0261
time_ack	a week	-0.0252
time_ack	a ~closing	-0.0382
time_ack	a ~degree	-0.0635
time_ack	a ~job	-0.0784
time_ack	a ~limit	-0.0287
time_ack	a ~number	0.0988
time_ack	a ~org	-0.0647
time_ack	a ~people	-0.0334
time_ack	a ~student	-0.1144
time_ack	abil	-0.0387
time_ack	abl	-0.0481
time_ack	abl to	-0.0481
time_ack	about	-0.319
time_ack	about a	-0.0454
time_ack	about consult	-0.0263
time_ack	about data	-0.0299
time_ack	about five	0.0985
time_ack	about five minut	0.1018
time_ack	about it	-0.0336
time_ack	about me	-0.0346
time_ack	about the	-0.1157
time_ack	about the downsid	-0.0316
time_ack	about your	-0.031
time_ack	about ~number	-0.0691
time_ack	about ~studyverb	-0.0496
time_ack	academia	-0.0262
time_ack	actual	-0.1051
time_ack	actual ~workverb	-0.0447
time_ack	advic	-0.053
time_ack	after	-0.0809
time_ack	again	-0.0958
time_ack	agre	0.0414
time_ack	all	-0.0629
time_ack	all i	-0.032
time_ack	all my	-0.0837
time_ack	all my question	-0.0837
time_ack	all right	0.2098
time_ack	all the	-0.0486
time_ack	all ~number	-0.0486
time_ack	almost	0.0601
time_ack	almost out	0.0601
time_ack	almost out of	0.0601
time_ack	along	-0.0314
time_ack	alreadi	0.3008
time_ack	alright	-0.1561
time_ack	alright i	-0.1376
time_ack	am	-0.2698
time_ack	am here	-0.064
time_ack	am here to	-0.0523
time_ack	am just	-0.0353
time_ack	am look	-0.0234
time_ack	am not	0.0802
time_ack	am not ask	-0.0421
time_ack	am now	-0.0287
time_ack	am tri	-0.0488
time_ack	am tri to	-0.0488
time_ack	am ~number	-0.0336
time_ack	am ~want	-0.2352
time_ack	an	-0.1662
time_ack	an internship	-0.0226
time_ack	an ~job	-0.027
time_ack	analyst	-0.1082
time_ack	and	-0.3653
time_ack	and i	-0.1317
time_ack	and i am	-0.0382
time_ack	and i have	-0.0741
time_ack	and i will	-0.0541
time_ack	and ~want	-0.0348
time_ack	ani	-0.3794
time_ack	ani more	0.1317
time_ack	ani more of	0.1923
time_ack	ani podcast	-0.0513
time_ack	ani podcast or	-0.0513
time_ack	ani way	-0.0324
time_ack	ani way i	-0.0324
time_ack	anoth	0.2566
time_ack	anyon	-0.0808
time_ack	anyon els	-0.0328
time_ack	anyth	-0.0889
time_ack	anyth i can	-0.0483
time_ack	anyth i could	0.0438
time_ack	anyth you	0.0442
time_ack	anyway	0.0679
time_ack	anyway i	0.0679
time_ack	app	-0.024
time_ack	appli	-0.0426
time_ack	applic	-0.0386
time_ack	appreci it	-0.067
time_ack	appreci you	-0.0561
time_ack	are	0.8202
time_ack	are almost	0.0601
time_ack	are almost out	0.0601
time_ack	are near	0.1146
time_ack	are right	0.0388
time_ack	are right at	0.0388
time_ack	are the	-0.0493
time_ack	are there	-0.2035
time_ack	are there ani	-0.0418
time_ack	are there book	-0.0214
time_ack	are worth	-0.0216
time_ack	are you	0.2838
time_ack	are you ok	0.1485
time_ack	are your	-0.0204
time_ack	are ~job	-0.0213
time_ack	are ~number	0.1556
time_ack	are ~workverb	0.0293
time_ack	articl	-0.0377
time_ack	articl i	-0.0322
time_ack	articl i mention	-0.0322
time_ack	as	-0.101
time_ack	as a	-0.0356
time_ack	as ~number	-0.039
time_ack	ask	-0.0381
time_ack	ask for	-0.0721
time_ack	ask for a	-0.0231
time_ack	ask you	-0.0719
time_ack	ask you for	-0.0533
time_ack	associ	-0.051
time_ack	associ or	-0.0235
time_ack	at	0.1918
time_ack	at a	-0.11
time_ack	at that	-0.0334
time_ack	at the	0.1089
time_ack	at the moment	-0.038
time_ack	at your	-0.0297
time_ack	at ~number	0.0244
time_ack	back	0.1114
time_ack	back to	0.1386
time_ack	back to your	-0.0501
time_ack	background	-0.022
time_ack	bank	-0.0525
time_ack	be	0.2558
time_ack	be a	-0.0263
time_ack	be abl	-0.0481
time_ack	be abl to	-0.0481
time_ack	be mind	0.1483
time_ack	be mind of	0.1483
time_ack	be quick	0.057
time_ack	be upfront	-0.0398
time_ack	be use	-0.0239
time_ack	be use to	-0.022
time_ack	be will	-0.0362
time_ack	be will to	-0.0362
time_ack	be ~help	-0.0239
time_ack	be ~number	-0.0288
time_ack	been	-0.1603
time_ack	been the	-0.0251
time_ack	been ~number	-0.0437
time_ack	been ~workverb	-0.0211
time_ack	befor	-0.0576
time_ack	befor i	-0.0283
time_ack	befor we	0.0291
time_ack	befor we finish	0.0291
time_ack	beginn	-0.0559
time_ack	better	-0.0222
time_ack	between	0.4132
time_ack	beyond	-0.0345
time_ack	big	-0.0301
time_ack	biggest	-0.1021
time_ack	bit	0.1602
time_ack	bit about	-0.0227
time_ack	bit about me	-0.0227
time_ack	book	-0.0634
time_ack	book or	-0.0292
time_ack	bootcamp	-0.0579
time_ack	break	0.2454
time_ack	build	-0.0445
time_ack	busi	0.1736
time_ack	but	-0.0295
time_ack	but i	-0.0396
time_ack	but i have	-0.0334
time_ack	by	-0.0291
time_ack	by email	-0.0223
time_ack	by ~contactverb	-0.0223
time_ack	by ~sendverb	-0.0223
time_ack	by ~talk	-0.0223
time_ack	bye	-0.0715
time_ack	call	-0.0343
time_ack	can	-0.1917
time_ack	can be	-0.0309
time_ack	can do	-0.0442
time_ack	can ever	-0.0295
time_ack	can i	-0.1023
time_ack	can i learn	-0.0245
time_ack	can see	0.4187
time_ack	can see we	0.0338
time_ack	can we	-0.0288
time_ack	can you	-0.1152
time_ack	can you walk	-0.0636
time_ack	can ~help	-0.0745
time_ack	can ~learn	0.356
time_ack	candid	-0.0338
time_ack	care	-0.0518
time_ack	career	-0.1783
time_ack	certif	-0.0255
time_ack	chanc	-0.0211
time_ack	chang	-0.0845
time_ack	chat	-0.0449
time_ack	check	0.4423
time_ack	cheer	0.1833
time_ack	choos	-0.022
time_ack	citi	-0.0494
time_ack	citi govern	-0.0336
time_ack	client	-0.0251
time_ack	clinic	-0.054
time_ack	clock	0.4063
time_ack	colleagu	-0.056
time_ack	colleg	-0.0211
time_ack	come	-0.0653
time_ack	common	-0.0368
time_ack	communiti	-0.0744
time_ack	compani	-0.0471
time_ack	connect	-0.0902
time_ack	connect with	-0.0412
time_ack	connect with you	-0.0204
time_ack	conscious	0.0978
time_ack	consult	-0.045
time_ack	convers	-0.0274
time_ack	could	-0.2076
time_ack	could do	0.0408
time_ack	could do to	0.0408
time_ack	could i	-0.0364
time_ack	could you	-0.1166
time_ack	could ~help	0.0386
time_ack	coupl	0.061
time_ack	coupl more	0.0906
time_ack	coupl of	-0.0297
time_ack	cours	-0.0916
time_ack	cover	-0.041
time_ack	cover everyth	-0.041
time_ack	credit	-0.036
time_ack	curious	-0.0258
time_ack	current	-0.0385
time_ack	current a	-0.0286
time_ack	current ~number	-0.0286
time_ack	custom	-0.0226
time_ack	data	-0.2613
time_ack	data engin	-0.0283
time_ack	data scienc	-0.1033
time_ack	data scientist	-0.0337
time_ack	data ~student	-0.0254
time_ack	day	-0.1536
time_ack	day is	-0.0403
time_ack	day to	-0.0432
time_ack	day to day	-0.0432
time_ack	deadlin	-0.0857
time_ack	decid	-0.0577
time_ack	decid between	-0.0384
time_ack	definit	-0.074
time_ack	degre	-0.0779
time_ack	depart	-0.0234
time_ack	describ	-0.0258
time_ack	design	-0.174
time_ack	develop	-0.0409
time_ack	did	-0.1764
time_ack	did you	-0.0879
time_ack	differ	-0.0683
time_ack	director	-0.028
time_ack	do	-0.025
time_ack	do a	-0.0391
time_ack	do for	-0.0229
time_ack	do for you	-0.0229
time_ack	do not	0.1228
time_ack	do not have	-0.0948
time_ack	do not want	0.324
time_ack	do peopl	-0.0256
time_ack	do to help	0.035
time_ack	do you	0.2478
time_ack	do you actual	-0.024
time_ack	do you ever	-0.1515
time_ack	do you have	0.5599
time_ack	do you know	-0.0494
time_ack	do you need	0.4437
time_ack	do you spend	-0.0651
time_ack	do you still	0.2064
time_ack	do you think	-0.0607
time_ack	do you work	-0.0383
time_ack	do you wrap	-0.0574
time_ack	do ~number	-0.0582
time_ack	do ~people	-0.0256
time_ack	doe	-0.1708
time_ack	doe a	-0.0579
time_ack	doe it	-0.0305
time_ack	doe your	-0.0389
time_ack	doe ~number	-0.064
time_ack	done	-0.0476
time_ack	down	-0.0288
time_ack	downsid	-0.0327
time_ack	drop	-0.0326
time_ack	drop you	-0.0242
time_ack	drop you a	-0.0242
time_ack	each	-0.0398
time_ack	eat	0.3072
time_ack	eat into	0.3072
time_ack	eat into your	0.3072
time_ack	els	-0.0307
time_ack	email	-0.1124
time_ack	email you	-0.029
time_ack	end	-0.0864
time_ack	end of	-0.0313
time_ack	end up	-0.0481
time_ack	engin	-0.1099
time_ack	enjoy	-0.0523
time_ack	enjoy the	-0.0271
time_ack	enjoy ~number	-0.0271
time_ack	enough	0.1572
time_ack	entri	-0.0284
time_ack	entri level	-0.0284
time_ack	evening	0.1669
time_ack	event	-0.0274
time_ack	ever	-0.2907
time_ack	ever help	-0.0231
time_ack	ever need	-0.0555
time_ack	ever need a	-0.0391
time_ack	ever ~help	-0.0295
time_ack	everyth	-0.1052
time_ack	everyth i	-0.0519
time_ack	everyth i want	-0.0414
time_ack	exercis	-0.0307
time_ack	experi	-0.0416
time_ack	extra	0.0517
time_ack	favor	-0.0401
time_ack	feel	-0.0764
time_ack	feel like	-0.0409
time_ack	few	0.0291
time_ack	few ~duration	-0.0236
time_ack	field	-0.1412
time_ack	figur	-0.0329
time_ack	figur out	-0.0329
time_ack	final	-0.0573
time_ack	final year	0.0413
time_ack	final ~duration	0.0413
time_ack	financ	-0.0207
time_ack	find	-0.0433
time_ack	finish	-0.0892
time_ack	finish a	-0.0219
time_ack	finish ~number	-0.038
time_ack	firm	-0.0519
time_ack	first	-0.0448
time_ack	fit	0.0877
time_ack	fit me	0.0877
time_ack	five	0.082
time_ack	five minut	0.1018
time_ack	five minut left	0.1018
time_ack	five ~limit	0.1018
time_ack	five ~timeunit	0.1018
time_ack	follow	-0.1245
time_ack	follow up	-0.0812
time_ack	follow up by	-0.0223
time_ack	follow up with	-0.036
time_ack	for	0.489
time_ack	for a	0.1265
time_ack	for a beginn	-0.0327
time_ack	for a job	-0.0455
time_ack	for data	-0.0305
time_ack	for data scienc	-0.0211
time_ack	for me	-0.0559
time_ack	for the	-0.0757
time_ack	for this	-0.0418
time_ack	for today	-0.055
time_ack	for you	-0.06
time_ack	for your	-0.1215
time_ack	for your time	-0.3593
time_ack	for ~hiring	-0.0288
time_ack	for ~org	-0.1151
time_ack	for ~people	-0.0264
time_ack	forward	-0.033
time_ack	forward my	-0.033
time_ack	forward my resum	-0.033
time_ack	found	-0.0263
time_ack	free	-0.0303
time_ack	freelanc	-0.0317
time_ack	from	-0.2434
time_ack	from a	-0.0225
time_ack	from me	-0.0601
time_ack	from my	-0.045
time_ack	from ~number	-0.0311
time_ack	game	-0.1265
time_ack	game design	-0.0234
time_ack	game develop	-0.0277
time_ack	get	-0.2616
time_ack	get a	-0.0245
time_ack	get back	0.1483
time_ack	get back to	0.1483
time_ack	get into	-0.0296
time_ack	get on	-0.1486
time_ack	get on with	-0.1486
time_ack	get ~number	-0.0317
time_ack	give	0.2079
time_ack	go into	-0.0273
time_ack	go on	-0.0391
time_ack	go to	-0.0393
time_ack	goe	-0.0399
time_ack	good	-0.021
time_ack	good at	-0.0508
time_ack	good for	-0.024
time_ack	good way	-0.0257
time_ack	good ~limit	0.2433
time_ack	got a	0.054
time_ack	got about	0.1018
time_ack	got about five	0.1018
time_ack	got ~number	0.0231
time_ack	govern	-0.0384
time_ack	grad	-0.0238
time_ack	graduat	-0.0289
time_ack	grant	-0.022
time_ack	great	-0.0352
time_ack	great well	0.0403
time_ack	guy	-0.0625
time_ack	had	-0.1346
time_ack	half	0.5093
time_ack	half hour	0.1599
time_ack	half ~limit	0.1599
time_ack	half ~timeunit	0.1599
time_ack	hand	-0.0286
time_ack	happen	-0.0324
time_ack	happi	-0.0668
time_ack	happi to	-0.0401
time_ack	happi to help	-0.0308
time_ack	hard	0.5019
time_ack	has	-0.0314
time_ack	have	0.8276
time_ack	have a	0.31
time_ack	have a few	0.0921
time_ack	have a love	-0.1114
time_ack	have ani	-0.1339
time_ack	have been	-0.1288
time_ack	have got	-0.0335
time_ack	have hit	0.0674
time_ack	have onli	0.0882
time_ack	have onli got	0.0882
time_ack	have read	-0.0259
time_ack	have time	0.0825
time_ack	have time for	0.0825
time_ack	have to	-0.0834
time_ack	have ~insight	-0.0259
time_ack	have ~limit	0.0825
time_ack	have ~number	0.3367
time_ack	have ~workverb	0.1796
time_ack	head	-0.033
time_ack	health	-0.0361
time_ack	hear	-0.1036
time_ack	hear how	-0.0611
time_ack	hear how you	-0.0611
time_ack	help	-0.1932
time_ack	help i	-0.0382
time_ack	help me	-0.0246
time_ack	help with	-0.041
time_ack	help you out	-0.0237
time_ack	here	-0.2945
time_ack	here to	-0.0862
time_ack	here to learn	-0.0587
time_ack	hi	-0.0858
time_ack	hire	-0.1104
time_ack	hit	0.0674
time_ack	honest	-0.192
time_ack	honest i	-0.0263
time_ack	hope	-0.0512
time_ack	hope to	-0.0291
time_ack	hope you	-0.0221
time_ack	hospit	-0.07
time_ack	hour	-0.1124
time_ack	hous	-0.0294
time_ack	how	-0.6898
time_ack	how did	-0.0504
time_ack	how did you	-0.0419
time_ack	how do	-0.209
time_ack	how do you	-0.1839
time_ack	how doe	-0.0316
time_ack	how is	-0.0414
time_ack	how much	-0.0935
time_ack	how much of	-0.0309
time_ack	how much time	-0.0538
time_ack	how the	-0.0426
time_ack	how you	-0.0552
time_ack	how you see	-0.0492
time_ack	how ~help	-0.209
time_ack	how ~number	-0.0456
time_ack	how ~studyverb	-0.0504
time_ack	hunt	-0.021
time_ack	i	0.1214
time_ack	i am	-0.2698
time_ack	i am here	-0.064
time_ack	i am just	-0.0353
time_ack	i am look	-0.0234
time_ack	i am not	0.0802
time_ack	i am now	-0.0287
time_ack	i am tri	-0.0488
time_ack	i ask	0.2022
time_ack	i be	-0.0393
time_ack	i can	0.2906
time_ack	i can be	-0.0309
time_ack	i can do	-0.0442
time_ack	i can ever	-0.0295
time_ack	i can see	0.4187
time_ack	i could do	0.0408
time_ack	i do	-0.0945
time_ack	i do not	-0.0621
time_ack	i follow	-0.0281
time_ack	i follow up	-0.0281
time_ack	i get	-0.0373
time_ack	i had	-0.1028
time_ack	i have	0.4493
time_ack	i have been	-0.1223
time_ack	i have got	-0.1218
time_ack	i have read	-0.0259
time_ack	i just	-0.0496
time_ack	i just want	-0.0382
time_ack	i know	0.6819
time_ack	i know we	0.1705
time_ack	i know you	0.3404
time_ack	i learn	-0.043
time_ack	i learn more	-0.0245
time_ack	i mention	-0.0377
time_ack	i might	-0.0281
time_ack	i need	-0.1109
time_ack	i reach	-0.0407
time_ack	i reach out	-0.0372
time_ack	i realli	0.1152
time_ack	i realli appreci	0.1458
time_ack	i should	0.0609
time_ack	i should talk	-0.027
time_ack	i think i	0.1468
time_ack	i think that	-0.0484
time_ack	i think we	-0.0971
time_ack	i want	0.1271
time_ack	i want to	0.13
time_ack	i was	-0.0517
time_ack	i will	0.2544
time_ack	i will be	0.4418
time_ack	i will definit	-0.057
time_ack	i will drop	-0.0242
time_ack	i will keep	0.0778
time_ack	i will leav	-0.1523
time_ack	i will let	-0.0708
time_ack	i will not	0.0201
time_ack	i will send	-0.1484
time_ack	i will sign	-0.055
time_ack	i will stop	0.1685
time_ack	i will wrap	-0.0968
time_ack	i would	-0.1688
time_ack	i would be	-0.0333
time_ack	i would realli	-0.0277
time_ack	i ~contactverb	-0.0291
time_ack	i ~help	-0.121
time_ack	i ~insight	-0.0238
time_ack	i ~learn	0.7298
time_ack	i ~sendverb	-0.034
time_ack	i ~studyverb	-0.0458
time_ack	i ~talk	0.1759
time_ack	i ~workverb	-0.0739
time_ack	idea	-0.0522
time_ack	if	-0.2499
time_ack	if i	0.0354
time_ack	if i can	-0.0515
time_ack	if i follow	-0.0223
time_ack	if there	-0.0459
time_ack	if there is	-0.0411
time_ack	if you	-0.1266
time_ack	if you ever	-0.0285
time_ack	if you need	-0.0206
time_ack	if you were	-0.0263
time_ack	if your	-0.041
time_ack	import	0.1365
time_ack	in	-0.2806
time_ack	in a	-0.0704
time_ack	in data	-0.0517
time_ack	in data scienc	-0.0489
time_ack	in meet	-0.0819
time_ack	in my	-0.0203
time_ack	in retail	-0.0345
time_ack	in the	-0.0574
time_ack	in this	-0.0536
time_ack	in this field	-0.0331
time_ack	in touch	-0.0644
time_ack	in touch with	-0.0282
time_ack	in your	-0.0989
time_ack	in ~contactverb	-0.0651
time_ack	in ~number	-0.1324
time_ack	industri	-0.0764
time_ack	inform	-0.0384
time_ack	interest	-0.0633
time_ack	intern	-0.0265
time_ack	internship	-0.1171
time_ack	internship i	-0.0244
time_ack	interview	-0.0438
time_ack	into	0.1101
time_ack	into your	0.3072
time_ack	introduct	-0.0431
time_ack	invest	-0.0207
time_ack	is	-0.0601
time_ack	is a	-0.0627
time_ack	is actual	-0.0308
time_ack	is all	-0.0595
time_ack	is all i	-0.032
time_ack	is ani	-0.0218
time_ack	is ani way	-0.0218
time_ack	is everyth	-0.0542
time_ack	is everyth i	-0.0353
time_ack	is it	0.1022
time_ack	is it ok	0.1841
time_ack	is like	-0.022
time_ack	is me	-0.0279
time_ack	is me done	-0.0279
time_ack	is not	-0.0313
time_ack	is part	-0.029
time_ack	is realli	-0.0456
time_ack	is super	-0.0283
time_ack	is the	-0.126
time_ack	is there	-0.0799
time_ack	is there a	-0.0629
time_ack	is there anyth	0.0427
time_ack	is to	-0.0201
time_ack	is ~number	-0.193
time_ack	is ~want	-0.0708
time_ack	it	0.0853
time_ack	it be	-0.0283
time_ack	it for	-0.0358
time_ack	it from	-0.0235
time_ack	it is	0.3352
time_ack	it ok	0.1841
time_ack	it ok if	0.1841
time_ack	it take	-0.0208
time_ack	it there	-0.0668
time_ack	it there for	-0.0491
time_ack	it to	0.0537
time_ack	it ~insight	-0.0208
time_ack	it ~want	-0.0511
time_ack	job	-0.1754
time_ack	job hunt	-0.021
time_ack	job i	-0.0322
time_ack	job i am	-0.0208
time_ack	job ~want	0.0472
time_ack	join	-0.0355
time_ack	junior	-0.0432
time_ack	just	0.4993
time_ack	just say	-0.0236
time_ack	just to	-0.0267
time_ack	just to be	-0.0267
time_ack	just want	-0.0534
time_ack	just want to	-0.0534
time_ack	just ~want	-0.0875
time_ack	keep	0.1705
time_ack	keep go	0.097
time_ack	keep in	-0.0283
time_ack	keep in touch	-0.0283
time_ack	keep you	-0.0254
time_ack	keep you post	-0.0658
time_ack	kept	0.4162
time_ack	kept you	0.4162
time_ack	kind	-0.0553
time_ack	kind of	-0.0524
time_ack	know	0.4325
time_ack	know anyon	-0.0264
time_ack	know how	-0.0378
time_ack	know how the	-0.0252
time_ack	know i	0.0584
time_ack	know i am	0.0584
time_ack	know if	-0.0762
time_ack	know if i	-0.0209
time_ack	know if your	-0.0318
time_ack	know we	0.1705
time_ack	know we are	0.1215
time_ack	know you	0.3404
time_ack	know you are	0.2058
time_ack	know you have	0.127
time_ack	know ~people	-0.0285
time_ack	lab	-0.03
time_ack	last	-0.0564
time_ack	last year	-0.0242
time_ack	last ~duration	-0.0242
time_ack	late	0.3674
time_ack	later	-0.0519
time_ack	lead	-0.0385
time_ack	learn	-0.2148
time_ack	learn more	-0.0317
time_ack	learn more about	-0.0317
time_ack	leav	-0.215
time_ack	leav it	-0.0928
time_ack	leav it there	-0.0668
time_ack	left	0.1154
time_ack	left right	0.0527
time_ack	let	-0.1335
time_ack	let me	-0.081
time_ack	let me know	-0.081
time_ack	let us	-0.0395
time_ack	let us leav	-0.0348
time_ack	let you get	0.0625
time_ack	let you go	0.0733
time_ack	let you know	-0.059
time_ack	level	-0.0336
time_ack	level ~job	-0.0221
time_ack	life	-0.0243
time_ack	like	-0.1377
time_ack	like for	-0.0423
time_ack	like for you	-0.0208
time_ack	like we	0.0674
time_ack	like we have	0.0674
time_ack	line	-0.0271
time_ack	line onc	-0.0242
time_ack	line onc i	-0.0242
time_ack	link	-0.022
time_ack	linkedin	-0.0853
time_ack	list	-0.053
time_ack	local	-0.0294
time_ack	logist	-0.0258
time_ack	long	-0.0479
time_ack	longer	0.3464
time_ack	look	-0.0326
time_ack	look for	-0.0294
time_ack	look like we	0.0674
time_ack	lot	-0.0338
time_ack	love	-0.2396
time_ack	love to	-0.0946
time_ack	love to understand	0.0467
time_ack	love ~closing	-0.1114
time_ack	lunch	0.3038
time_ack	lunch break	0.2523
time_ack	made	-0.0315
time_ack	main	-0.0336
time_ack	major	-0.0221
time_ack	make	-0.1812
time_ack	make game	-0.0302
time_ack	make sens	-0.0405
time_ack	make the	-0.0761
time_ack	make ~insight	-0.0405
time_ack	make ~number	-0.0881
time_ack	manag	-0.2477
time_ack	market	-0.0235
time_ack	master	-0.0293
time_ack	matter	-0.0483
time_ack	matter most	-0.022
time_ack	may	-0.0212
time_ack	me	0.0629
time_ack	me about	-0.0688
time_ack	me about the	-0.024
time_ack	me done	-0.0279
time_ack	me for	-0.0226
time_ack	me i	-0.0381
time_ack	me in	0.6346
time_ack	me know	-0.081
time_ack	me know if	-0.0677
time_ack	me through	-0.1007
time_ack	me through a	-0.0898
time_ack	me to	-0.0224
time_ack	me when	0.1237
time_ack	me ~learn	-0.0919
time_ack	me ~number	-0.0238
time_ack	meet	0.5474
time_ack	meet you	-0.1292
time_ack	mention	-0.062
time_ack	mentor	-0.0305
time_ack	might	-0.0924
time_ack	might be	-0.0213
time_ack	might ~contactverb	-0.0281
time_ack	might ~talk	-0.0281
time_ack	mind	0.1021
time_ack	mind if	-0.0325
time_ack	mind if i	-0.0291
time_ack	mind of	0.1437
time_ack	minut	0.8947
time_ack	minut left	0.1154
time_ack	minut left right	0.0527
time_ack	minut or	0.0326
time_ack	minut or should	0.0326
time_ack	minut so	0.0971
time_ack	minut so i	0.0481
time_ack	moment	-0.0444
time_ack	month	-0.0508
time_ack	more	0.3098
time_ack	more about	-0.0422
time_ack	more minut	0.1266
time_ack	more of	0.1923
time_ack	more of your	0.1923
time_ack	more question	-0.1477
time_ack	more ~limit	0.1266
time_ack	more ~timeunit	0.1266
time_ack	morn	0.0629
time_ack	most	-0.1228
time_ack	most in	-0.026
time_ack	move	-0.0373
time_ack	move into	-0.0253
time_ack	much	-0.2079
time_ack	much for	-0.1145
time_ack	much of	0.022
time_ack	much of your	0.0248
time_ack	much this	-0.0362
time_ack	much this was	-0.0205
time_ack	much time	-0.1288
time_ack	much time do	-0.0538
time_ack	much ~limit	-0.1288
time_ack	my	-0.4631
time_ack	my career	-0.0394
time_ack	my question	-0.02
time_ack	my resum	-0.0702
time_ack	my resum to	-0.0359
time_ack	my ~application	-0.0849
time_ack	my ~degree	-0.0207
time_ack	myself	-0.0227
time_ack	name	-0.0286
time_ack	near	0.1146
time_ack	need	0.2948
time_ack	need a	-0.0483
time_ack	need to	0.5268
time_ack	need to be	-0.0231
time_ack	need ~number	-0.0529
time_ack	network	-0.0319
time_ack	never	-0.0261
time_ack	new	-0.0433
time_ack	newslett	-0.0402
time_ack	next	0.1474
time_ack	next step	-0.0291
time_ack	night	-0.0511
time_ack	no	-0.1312
time_ack	nonprofit	-0.068
time_ack	not	0.343
time_ack	not ask	-0.0591
time_ack	not ask you	-0.0464
time_ack	not have	-0.0948
time_ack	not job	-0.021
time_ack	not job hunt	-0.021
time_ack	not take	0.1588
time_ack	not take up	0.1588
time_ack	not want	0.324
time_ack	not want to	0.324
time_ack	not ~insight	0.1588
time_ack	not ~job	-0.021
time_ack	not ~want	0.4652
time_ack	note	-0.0874
time_ack	note tomorrow	-0.0432
time_ack	note tonight	-0.0243
time_ack	now	0.0974
time_ack	now ~studyverb	-0.0407
time_ack	nurs	-0.1017
time_ack	of	0.214
time_ack	of a	-0.0218
time_ack	of ani	-0.0331
time_ack	of peopl	-0.0236
time_ack	of the time	0.0986
time_ack	of time	0.1118
time_ack	of your	0.4674
time_ack	of your afternoon	0.0864
time_ack	of your day	0.0775
time_ack	of your time	0.2721
time_ack	of your week	-0.0905
time_ack	of your work	-0.0216
time_ack	of ~limit	0.1118
time_ack	of ~people	-0.0264
time_ack	off	-0.1597
time_ack	often	-0.0206
time_ack	oh	0.3116
time_ack	ok	0.2616
time_ack	ok for	0.3179
time_ack	ok i	-0.0671
time_ack	ok i think	-0.0609
time_ack	ok if	0.1781
time_ack	ok if i	0.1781
time_ack	ok that	-0.0796
time_ack	ok that is	-0.0796
time_ack	ok to	0.0248
time_ack	old	-0.0206
time_ack	on	-0.5295
time_ack	on a	-0.0253
time_ack	on linkedin	-0.0767
time_ack	on my	-0.0328
time_ack	on the	-0.0242
time_ack	on with	-0.1486
time_ack	on with your	-0.1486
time_ack	on your	-0.0523
time_ack	on your team	-0.0204
time_ack	on ~number	-0.0533
time_ack	onc	-0.1127
time_ack	onc i	-0.0305
time_ack	onc i have	-0.0305
time_ack	one	0.0432
time_ack	one last	0.0339
time_ack	one more	0.1822
time_ack	onli	0.1148
time_ack	onli got	0.0882
time_ack	onli have	0.0266
time_ack	onlin	-0.0875
time_ack	onlin cours	-0.0294
time_ack	open	-0.1398
time_ack	or	0.0946
time_ack	or anyth	-0.0367
time_ack	or is	0.0455
time_ack	or newslett	-0.0402
time_ack	or should	0.0286
time_ack	or should we	0.0326
time_ack	or ~number	-0.0262
time_ack	other	-0.0434
time_ack	other ~people	-0.0224
time_ack	our	0.0281
time_ack	out	0.1505
time_ack	out again	-0.0211
time_ack	out of	0.0816
time_ack	out of time	0.1118
time_ack	out to	-0.0427
time_ack	out ~later	-0.0211
time_ack	outsid	-0.0327
time_ack	outsid work	-0.0259
time_ack	outsid ~learn	-0.0259
time_ack	outsid ~workverb	-0.0259
time_ack	over	0.5192
time_ack	over the	-0.0244
time_ack	over ~number	-0.0337
time_ack	own	-0.0211
time_ack	pack	0.1864
time_ack	part	-0.1206
time_ack	part of	-0.0419
time_ack	part time	-0.0787
time_ack	part ~limit	-0.0787
time_ack	pass	-0.0399
time_ack	pass my	-0.0324
time_ack	pass my resum	-0.0282
time_ack	past	0.4094
time_ack	path	-0.0693
time_ack	peopl	-0.1677
time_ack	peopl in	-0.032
time_ack	peopl you	-0.0296
time_ack	perspect	-0.0367
time_ack	pick	0.0815
time_ack	pitch	-0.0294
time_ack	place	0.0237
time_ack	plan	0.4112
time_ack	pleas	-0.0718
time_ack	pleas let	-0.0531
time_ack	pleas let me	-0.0531
time_ack	podcast	-0.0663
time_ack	podcast or	-0.0541
time_ack	point	-0.0584
time_ack	polici	-0.101
time_ack	polici analyst	-0.0245
time_ack	portfolio	-0.0439
time_ack	posit	-0.026
time_ack	possibl	-0.0208
time_ack	possibl to	-0.0208
time_ack	post	-0.0731
time_ack	product	-0.0386
time_ack	profess	-0.0209
time_ack	profession	-0.0389
time_ack	program	-0.1323
time_ack	project	-0.3173
time_ack	project on	-0.056
time_ack	project you	-0.0564
time_ack	project you are	-0.0499
time_ack	promis	-0.0433
time_ack	proud	-0.0499
time_ack	proud of	-0.0499
time_ack	public	-0.0418
time_ack	put	-0.0283
time_ack	python	-0.0554
time_ack	question	0.1007
time_ack	question about	0.192
time_ack	question ~later	-0.0237
time_ack	quick	0.0662
time_ack	quick ~contactverb	-0.0219
time_ack	quick ~talk	-0.0278
time_ack	rather	0.3102
time_ack	rather than	-0.0295
time_ack	reach	-0.0855
time_ack	reach out	-0.0769
time_ack	reach out again	-0.0211
time_ack	reach out to	-0.0427
time_ack	read	-0.0646
time_ack	read ~number	-0.0259
time_ack	realli	-0.0814
time_ack	realli appreci	0.0479
time_ack	realli appreci it	-0.067
time_ack	realli just	-0.0212
time_ack	reason	-0.0234
time_ack	recommend	-0.1302
time_ack	recommend i	-0.0234
time_ack	recruit	-0.0396
time_ack	referr	-0.047
time_ack	remot	-0.022
time_ack	report	-0.0685
time_ack	research	-0.0822
time_ack	rest	-0.0915
time_ack	rest of	-0.0915
time_ack	rest of your	-0.0905
time_ack	resum	-0.0713
time_ack	resum to	-0.0359
time_ack	retail	-0.036
time_ack	return	-0.0629
time_ack	return the	-0.0429
time_ack	return the favor	-0.0401
time_ack	return ~number	-0.0429
time_ack	right	0.1903
time_ack	right at	0.0388
time_ack	right now	-0.0589
time_ack	risk	-0.0315
time_ack	role	-0.0975
time_ack	rout	-0.0387
time_ack	rout into	-0.0309
time_ack	run	0.79
time_ack	run over	0.3778
time_ack	run program	-0.0311
time_ack	salari	0.1937
time_ack	same	-0.0505
time_ack	say	-0.0567
time_ack	say ~number	-0.0211
time_ack	school	-0.0285
time_ack	scienc	-0.1033
time_ack	scientist	-0.0337
time_ack	season	-0.0844
time_ack	second	-0.0266
time_ack	second year	-0.0227
time_ack	second ~duration	-0.0227
time_ack	sector	-0.0262
time_ack	see	0.3365
time_ack	see the	0.3776
time_ack	see we	0.0338
time_ack	see we are	0.0338
time_ack	see ~number	0.3776
time_ack	send	-0.203
time_ack	send a	-0.0349
time_ack	send me	-0.0207
time_ack	send over	-0.026
time_ack	send you	-0.1036
time_ack	send you a	-0.055
time_ack	send ~number	-0.0349
time_ack	sens	-0.0492
time_ack	shall	-0.0554
time_ack	share	-0.0694
time_ack	shift	-0.1062
time_ack	should i	-0.0931
time_ack	should i be	-0.0348
time_ack	should talk	-0.027
time_ack	should talk to	-0.027
time_ack	should we	0.0326
time_ack	should we stop	0.0326
time_ack	should ~talk	-0.0455
time_ack	side	-0.149
time_ack	side project	-0.1176
time_ack	sign	-0.055
time_ack	sign off	-0.055
time_ack	sinc	-0.0248
time_ack	six	-0.0427
time_ack	six year	-0.041
time_ack	six year in	-0.0287
time_ack	six ~duration	-0.0427
time_ack	skill	-0.0638
time_ack	skill do	-0.0248
time_ack	skill do you	-0.0248
time_ack	skill ~help	-0.0248
time_ack	so	0.2839
time_ack	so i	0.2919
time_ack	so i am	-0.0545
time_ack	so i will	0.2404
time_ack	so just	0.118
time_ack	so much	-0.2521
time_ack	so much for	-0.1145
time_ack	so much this	-0.0362
time_ack	so you	0.1588
time_ack	so you can	-0.0673
time_ack	so ~number	0.0353
time_ack	so ~want	0.118
time_ack	some	-0.0936
time_ack	some ~insight	-0.0246
time_ack	someon	-0.0897
time_ack	someth	-0.0244
time_ack	sorri	0.3017
time_ack	sorri i	0.4474
time_ack	sorri i know	0.1026
time_ack	sorri my	-0.0364
time_ack	sound	-0.0494
time_ack	spend	-0.0709
time_ack	spend in	-0.0538
time_ack	spend in meet	-0.0538
time_ack	spent	-0.0643
time_ack	spent six	-0.0287
time_ack	spent six year	-0.0287
time_ack	sql	-0.0385
time_ack	squeez	0.5579
time_ack	squeez me	0.5579
time_ack	squeez me in	0.5579
time_ack	staff	-0.0408
time_ack	start	-0.0703
time_ack	stay	-0.0702
time_ack	stay in	-0.0283
time_ack	stay in touch	-0.022
time_ack	step	-0.0386
time_ack	still	0.6292
time_ack	still a	0.3176
time_ack	still a good	0.3176
time_ack	still have	0.2122
time_ack	still ~number	0.3176
time_ack	stop	0.9709
time_ack	stop there	0.2824
time_ack	student and	0.0413
time_ack	studi	-0.0253
time_ack	studio	-0.0311
time_ack	such	0.2593
time_ack	such a	0.2593
time_ack	such ~number	0.2593
time_ack	suggest	-0.0614
time_ack	suit	-0.0302
time_ack	suit me	-0.0227
time_ack	summer	-0.0809
time_ack	super	0.1484
time_ack	surpris	-0.0246
time_ack	surpris you	-0.0234
time_ack	surpris you most	-0.0234
time_ack	survey	-0.0513
time_ack	sustain	-0.0239
time_ack	switch	-0.0611
time_ack	take	0.1001
time_ack	take on	-0.0275
time_ack	take the	-0.0286
time_ack	take up	0.2393
time_ack	take up ani	0.1923
time_ack	take ~number	-0.0407
time_ack	taken	0.1606
time_ack	talk	-0.1225
time_ack	talk to	-0.0664
time_ack	talk with	-0.0367
time_ack	talk with me	-0.0367
time_ack	tax	-0.0761
time_ack	teach	-0.0484
time_ack	team	-0.1426
time_ack	technician	-0.0296
time_ack	tell	-0.0969
time_ack	tell me	-0.0784
time_ack	tell me about	-0.0688
time_ack	ten	0.2103
time_ack	test	-0.0556
time_ack	than	0.3477
time_ack	than a	-0.0278
time_ack	than ~number	-0.0278
time_ack	thank	-0.1858
time_ack	thank again	-0.0592
time_ack	thank for	-0.0258
time_ack	thank so	-0.1611
time_ack	thank so much	-0.1611
time_ack	thank to	-0.0286
time_ack	thank to my	-0.0252
time_ack	thank you	0.235
time_ack	thank you email	-0.0315
time_ack	thank you for	0.5368
time_ack	thank you note	-0.0448
time_ack	thank you so	-0.091
time_ack	thank ~later	-0.0592
time_ack	thank ~number	-0.0335
time_ack	that	-0.7144
time_ack	that cover	-0.041
time_ack	that cover everyth	-0.041
time_ack	that i	-0.0527
time_ack	that is	-0.2883
time_ack	that is all	-0.0595
time_ack	that is everyth	-0.0542
time_ack	that is me	-0.0279
time_ack	that is realli	-0.0226
time_ack	that is super	-0.0283
time_ack	the	-0.4916
time_ack	the articl	-0.0322
time_ack	the articl i	-0.0322
time_ack	the bootcamp	-0.0237
time_ack	the clock	0.4063
time_ack	the day	-0.0418
time_ack	the downsid	-0.0327
time_ack	the end	-0.0313
time_ack	the end of	-0.0313
time_ack	the favor	-0.0401
time_ack	the field	-0.0525
time_ack	the half	0.1599
time_ack	the half hour	0.1599
time_ack	the hour	-0.0299
time_ack	the job	-0.0454
time_ack	the link	-0.022
time_ack	the moment	-0.038
time_ack	the most	-0.0454
time_ack	the next	-0.0216
time_ack	the path	-0.0211
time_ack	the point	-0.0253
time_ack	the portfolio	-0.0217
time_ack	the rest	-0.0263
time_ack	the rest of	-0.0263
time_ack	the switch	-0.0204
time_ack	the work	-0.0356
time_ack	the ~closing	-0.0874
time_ack	the ~degree	-0.0565
time_ack	the ~gatekeeper	-0.024
time_ack	the ~hiring	-0.0222
time_ack	the ~job	-0.056
time_ack	the ~learn	-0.0379
time_ack	the ~limit	-0.0306
time_ack	the ~number	0.2164
time_ack	the ~org	-0.0506
time_ack	the ~student	-0.0351
time_ack	the ~timeunit	-0.0299
time_ack	the ~workverb	-0.0356
time_ack	there	-0.2178
time_ack	there a	-0.0629
time_ack	there ani	-0.0611
time_ack	there anyth	0.0427
time_ack	there anyth you	0.0442
time_ack	there book	-0.0214
time_ack	there book or	-0.0214
time_ack	there for	-0.0565
time_ack	there for today	-0.0491
time_ack	there is	-0.0434
time_ack	there is ani	-0.0218
time_ack	there so	0.1895
time_ack	there so you	0.1895
time_ack	there ~number	-0.0672
time_ack	there ~people	-0.0239
time_ack	these	-0.0387
time_ack	these day	-0.0275
time_ack	thing	0.192
time_ack	think	-0.0814
time_ack	think about	-0.0475
time_ack	think i	0.1674
time_ack	think i have	0.1788
time_ack	think i should	0.0337
time_ack	think that	-0.0503
time_ack	think that cover	-0.0255
time_ack	think that is	-0.0228
time_ack	think we	-0.0971
time_ack	think we can	-0.0971
time_ack	thirti	0.0285
time_ack	this	-0.0905
time_ack	this field	-0.06
time_ack	this is not	-0.0224
time_ack	this was	-0.0285
time_ack	thought	-0.0824
time_ack	three	-0.1068
time_ack	through	-0.1262
time_ack	through a	-0.0944
time_ack	through a typic	-0.0288
time_ack	through ~number	-0.1031
time_ack	time	0.8007
time_ack	time do	-0.0538
time_ack	time do you	-0.0538
time_ack	time for	0.0825
time_ack	time or	0.4014
time_ack	time so	0.1109
time_ack	time so i	0.0742
time_ack	time to	-0.0427
time_ack	time today	-0.2269
time_ack	time ~help	-0.0538
time_ack	to	-0.1573
time_ack	to about	-0.0331
time_ack	to ask	-0.1021
time_ack	to ask for	-0.0256
time_ack	to ask you	-0.0226
time_ack	to be	0.1592
time_ack	to be mind	0.1483
time_ack	to be upfront	-0.0398
time_ack	to day	-0.0432
time_ack	to do	-0.0584
time_ack	to find	-0.0221
time_ack	to forward	-0.033
time_ack	to forward my	-0.033
time_ack	to get	-0.0843
time_ack	to hear	-0.0817
time_ack	to hear how	-0.0611
time_ack	to help with	-0.0247
time_ack	to help you	0.0409
time_ack	to hour	-0.0569
time_ack	to it	0.13
time_ack	to keep	0.2735
time_ack	to keep go	0.097
time_ack	to learn	-0.1022
time_ack	to make	-0.0212
time_ack	to my	-0.0252
time_ack	to pass	-0.0296
time_ack	to run	0.439
time_ack	to send	-0.0257
time_ack	to stay	-0.0289
time_ack	to stay in	-0.0216
time_ack	to stop	0.0902
time_ack	to take	0.0864
time_ack	to take up	0.0864
time_ack	to talk	-0.0564
time_ack	to talk with	-0.0367
time_ack	to the	0.0206
time_ack	to think	-0.0409
time_ack	to think about	-0.0409
time_ack	to understand	-0.0228
time_ack	to understand the	-0.0502
time_ack	to work	-0.0674
time_ack	to you	-0.0368
time_ack	to your	-0.0837
time_ack	to ~closing	-0.0432
time_ack	to ~help	-0.0777
time_ack	to ~insight	0.0864
time_ack	to ~learn	-0.5073
time_ack	to ~limit	-0.1001
time_ack	to ~sendverb	-0.0976
time_ack	to ~student	-0.0339
time_ack	to ~talk	-0.2105
time_ack	to ~timeunit	-0.0569
time_ack	to ~workverb	0.3716
time_ack	today	-0.3612
time_ack	tomorrow	-0.0432
time_ack	tonight	-0.0533
time_ack	too	0.2268
time_ack	too much	0.2905
time_ack	tool	-0.0317
time_ack	touch	-0.066
time_ack	touch with	-0.0282
time_ack	toward	-0.0264
time_ack	trend	-0.023
time_ack	trend are	-0.023
time_ack	tri	0.0707
time_ack	tri to	0.0911
time_ack	tri to keep	0.1858
time_ack	tri to learn	-0.0232
time_ack	twelv	-0.0858
time_ack	twenti	0.0574
time_ack	twenti minut	0.0574
time_ack	twenti minut so	0.029
time_ack	twenti ~limit	0.0574
time_ack	twenti ~timeunit	0.0574
time_ack	two	-0.0556
time_ack	two ~duration	-0.0212
time_ack	typic	-0.0581
time_ack	typic day	-0.0261
time_ack	typic ~closing	-0.0436
time_ack	typic ~limit	-0.0261
time_ack	understand	-0.0321
time_ack	understand the	-0.0571
time_ack	understand the path	-0.0211
time_ack	understand ~number	-0.0571
time_ack	uni	-0.0972
time_ack	up	0.0416
time_ack	up a	-0.02
time_ack	up ani	0.1293
time_ack	up ani more	0.1923
time_ack	up by	-0.0223
time_ack	up by email	-0.0223
time_ack	up most	-0.061
time_ack	up with	-0.037
time_ack	up ~number	-0.0216
time_ack	up ~want	-0.0422
time_ack	upfront	-0.0398
time_ack	us	-0.0417
time_ack	us leav	-0.0348
time_ack	us leav it	-0.0348
time_ack	use	-0.1603
time_ack	use to	-0.0821
time_ack	use to you	-0.0309
time_ack	user	-0.0249
time_ack	usual	-0.0849
time_ack	ux	-0.0267
time_ack	ux research	-0.0231
time_ack	ux ~learn	-0.0208
time_ack	versus	-0.0321
time_ack	volunt	-0.0727
time_ack	walk	-0.1007
time_ack	walk me	-0.1007
time_ack	walk me through	-0.1007
time_ack	want	0.3498
time_ack	want to	0.4093
time_ack	want to ask	-0.0414
time_ack	want to be	0.2519
time_ack	want to hear	-0.0678
time_ack	want to take	0.0864
time_ack	want to understand	-0.042
time_ack	was	-0.2624
time_ack	way	-0.0955
time_ack	way i	-0.0324
time_ack	way i can	-0.0283
time_ack	way in	-0.0311
time_ack	we	1.4794
time_ack	we are	0.578
time_ack	we are almost	0.0601
time_ack	we are near	0.1146
time_ack	we are right	0.0388
time_ack	we can	-0.0971
time_ack	we finish	0.0291
time_ack	we have	0.2917
time_ack	we have got	0.0762
time_ack	we have hit	0.0674
time_ack	we have onli	0.0882
time_ack	we stop	0.0326
time_ack	week	0.0564
time_ack	weekend	-0.1251
time_ack	well	0.0241
time_ack	well i	0.0391
time_ack	went	-0.0292
time_ack	were	-0.0366
time_ack	what	-0.9756
time_ack	what are	-0.0749
time_ack	what are the	-0.0276
time_ack	what are you	-0.0327
time_ack	what do	-0.0637
time_ack	what do you	-0.0493
time_ack	what doe	-0.0501
time_ack	what doe a	-0.0311
time_ack	what i	-0.1092
time_ack	what is	-0.12
time_ack	what is the	-0.0587
time_ack	what should	-0.0443
time_ack	what should i	-0.0395
time_ack	what skill	-0.0419
time_ack	what skill do	-0.0248
time_ack	what the	-0.022
time_ack	what trend	-0.023
time_ack	what trend are	-0.023
time_ack	what would	-0.0259
time_ack	what would you	-0.0214
time_ack	what you	-0.0254
time_ack	what ~help	-0.0637
time_ack	what ~number	-0.0259
time_ack	what ~want	-0.0259
time_ack	when you	0.0311
time_ack	when you have	-0.0849
time_ack	where	-0.1202
time_ack	where can	-0.037
time_ack	where can i	-0.0284
time_ack	where do	-0.0411
time_ack	where is	-0.022
time_ack	where ~help	-0.0411
time_ack	whether	-0.048
time_ack	whi	-0.0512
time_ack	which	-0.2426
time_ack	which abil	-0.024
time_ack	which ~student	-0.0245
time_ack	who	-0.1598
time_ack	who are	-0.0201
time_ack	who do	-0.0385
time_ack	who do you	-0.0347
time_ack	who is	-0.0206
time_ack	who would	-0.0278
time_ack	who ~help	-0.0385
time_ack	who ~want	-0.0278
time_ack	will	0.2136
time_ack	will be	0.4418
time_ack	will be quick	0.057
time_ack	will definit	-0.057
time_ack	will drop	-0.0242
time_ack	will drop you	-0.0242
time_ack	will keep	0.0778
time_ack	will leav	-0.1523
time_ack	will leav it	-0.058
time_ack	will let	-0.0708
time_ack	will let you	-0.0708
time_ack	will not	0.0201
time_ack	will not take	0.1588
time_ack	will send	-0.1484
time_ack	will send over	-0.026
time_ack	will send you	-0.0914
time_ack	will sign	-0.055
time_ack	will sign off	-0.055
time_ack	will stop	0.1685
time_ack	will to	-0.0362
time_ack	will to forward	-0.033
time_ack	will wrap	-0.0968
time_ack	will wrap up	-0.0968
time_ack	will ~sendverb	-0.1898
time_ack	will ~talk	-0.0221
time_ack	with	-0.5679
time_ack	with a	-0.0698
time_ack	with anyth	-0.0268
time_ack	with me	-0.0388
time_ack	with peopl	-0.0233
time_ack	with the	-0.0297
time_ack	with you	-0.0316
time_ack	with you on	-0.0204
time_ack	with your	-0.1799
time_ack	with your day	-0.0989
time_ack	with ~number	-0.1191
time_ack	with ~people	-0.0365
time_ack	wonder	-0.0641
time_ack	work	-0.5516
time_ack	work common	-0.0295
time_ack	work in	-0.0791
time_ack	work with	-0.029
time_ack	world	-0.0524
time_ack	worri	-0.0305
time_ack	worth	-0.1592
time_ack	worth follow	-0.0288
time_ack	worth it	-0.0294
time_ack	worth join	-0.025
time_ack	worth ~number	-0.0241
time_ack	would	-0.1768
time_ack	would be	-0.058
time_ack	would it	-0.0386
time_ack	would it be	-0.0283
time_ack	would realli	-0.0323
time_ack	would realli appreci	-0.0309
time_ack	would recommend	-0.0668
time_ack	would suggest	-0.0256
time_ack	would you	0.2401
time_ack	would you be	-0.0842
time_ack	would you mind	-0.0344
time_ack	would you recommend	-0.0353
time_ack	would ~want	-0.0345
time_ack	wow	0.3023
time_ack	wrap	-0.1645
time_ack	wrap up	-0.1617
time_ack	write	-0.0364
time_ack	yeah	-0.072
time_ack	year	-0.2041
time_ack	year and	-0.0211
time_ack	year in	-0.0401
time_ack	year in retail	-0.0287
time_ack	yet	-0.0375
time_ack	you	0.147
time_ack	you a	-0.1042
time_ack	you a line	-0.0242
time_ack	you a quick	-0.0238
time_ack	you a thank	-0.0313
time_ack	you actual	-0.024
time_ack	you are	0.3435
time_ack	you be	-0.1094
time_ack	you be abl	-0.0371
time_ack	you be will	-0.0345
time_ack	you can	-0.1039
time_ack	you could	-0.0301
time_ack	you decid	-0.022
time_ack	you do	-0.0588
time_ack	you email	-0.0315
time_ack	you end	-0.0205
time_ack	you end up	-0.0205
time_ack	you ever	-0.18
time_ack	you ever need	-0.0238
time_ack	you for	0.4738
time_ack	you for a	-0.0556
time_ack	you for your	-0.3593
time_ack	you get	-0.0214
time_ack	you get back	0.1483
time_ack	you get on	-0.0859
time_ack	you go	0.0673
time_ack	you guy	-0.0625
time_ack	you have	0.5169
time_ack	you have a	0.5834
time_ack	you have to	-0.032
time_ack	you in	-0.0223
time_ack	you know	-0.1376
time_ack	you know anyon	-0.0264
time_ack	you know how	-0.0314
time_ack	you like	0.0386
time_ack	you mind	-0.0344
time_ack	you most	-0.0366
time_ack	you move	0.0454
time_ack	you need	0.5523
time_ack	you need to	0.5729
time_ack	you note	-0.0448
time_ack	you note tonight	-0.0243
time_ack	you ok	0.1485
time_ack	you on	-0.0358
time_ack	you on linkedin	-0.0358
time_ack	you out	-0.0309
time_ack	you post	-0.0658
time_ack	you recommend	-0.0598
time_ack	you said	-0.0289
time_ack	you see	-0.0646
time_ack	you so	-0.091
time_ack	you so much	-0.091
time_ack	you spend	-0.0651
time_ack	you spend in	-0.0538
time_ack	you still	0.1966
time_ack	you still have	0.2122
time_ack	you suggest	-0.0358
time_ack	you that	-0.0628
time_ack	you think	-0.0313
time_ack	you think i	0.0205
time_ack	you to	-0.1279
time_ack	you walk	-0.0683
time_ack	you walk me	-0.0683
time_ack	you want	0.028
time_ack	you want to	0.028
time_ack	you were	-0.0305
time_ack	you work	-0.0502
time_ack	you would	-0.1335
time_ack	you would recommend	-0.0668
time_ack	you would suggest	-0.0256
time_ack	you wrap	-0.0574
time_ack	you wrap up	-0.0574
time_ack	you ~contactverb	-0.035
time_ack	you ~help	-0.0803
time_ack	you ~learn	-0.3002
time_ack	you ~number	-0.1107
time_ack	you ~sendverb	-0.0453
time_ack	you ~talk	-0.0511
time_ack	you ~want	-0.1303
time_ack	you ~workverb	-0.0586
time_ack	your advic	-0.0294
time_ack	your app	-0.024
time_ack	your compani	-0.0256
time_ack	your day	-0.0437
time_ack	your evening	0.2271
time_ack	your firm	-0.0406
time_ack	your lunch	0.3219
time_ack	your lunch break	0.2523
time_ack	your team	-0.104
time_ack	your time	-0.1671
time_ack	your week	-0.1052
time_ack	your work	-0.0449
time_ack	your ~closing	0.2662
time_ack	your ~insight	-0.0378
time_ack	your ~learn	-0.0416
time_ack	your ~limit	0.3829
time_ack	your ~org	-0.2211
time_ack	your ~people	-0.02
time_ack	your ~workverb	-0.0449
time_ack	~application	-0.1051
time_ack	~application to	-0.0472
time_ack	~closing	0.1226
time_ack	~closing is	-0.0431
time_ack	~closing of	-0.0915
time_ack	~closing to	-0.048
time_ack	~contactverb	-0.3072
time_ack	~contactverb out	-0.0514
time_ack	~contactverb with	-0.0496
time_ack	~contactverb you	-0.0353
time_ack	~degree	-0.3351
time_ack	~degree in	-0.0588
time_ack	~degree program	-0.0206
time_ack	~duration	-0.2281
time_ack	~duration and	-0.0211
time_ack	~duration in	-0.0506
time_ack	~gatekeeper	-0.1355
time_ack	~help	-0.205
time_ack	~help for	-0.0351
time_ack	~help me	-0.0305
time_ack	~help not	0.1228
time_ack	~help peopl	-0.0286
time_ack	~help the	-0.0458
time_ack	~help with	-0.041
time_ack	~help you	0.2667
time_ack	~hiring	-0.1296
time_ack	~insight	-0.1333
time_ack	~insight a	-0.0358
time_ack	~insight for	-0.0222
time_ack	~insight on	-0.031
time_ack	~insight up	0.2452
time_ack	~job	-0.4778
time_ack	~job hunt	-0.021
time_ack	~job i	-0.0776
time_ack	~job in	-0.0281
time_ack	~later	0.3062
time_ack	~learn	0.0448
time_ack	~learn a	-0.0404
time_ack	~learn anyon	-0.0264
time_ack	~learn back	0.1455
time_ack	~learn common	-0.0295
time_ack	~learn for	-0.0256
time_ack	~learn how	-0.0539
time_ack	~learn i	0.1074
time_ack	~learn if	-0.1092
time_ack	~learn in	-0.0609
time_ack	~learn into	-0.0211
time_ack	~learn me	-0.0255
time_ack	~learn more	-0.0358
time_ack	~learn of	-0.0273
time_ack	~learn on	-0.1523
time_ack	~learn out	-0.0493
time_ack	~learn the	0.315
time_ack	~learn we	0.2043
time_ack	~learn what	-0.022
time_ack	~learn with	-0.0433
time_ack	~learn you	0.3149
time_ack	~learn your	0.0682
time_ack	~limit	1.828
time_ack	~limit at	-0.0552
time_ack	~limit break	0.2523
time_ack	~limit do	-0.0235
time_ack	~limit for	0.0825
time_ack	~limit i	0.2035
time_ack	~limit is	0.054
time_ack	~limit left	0.1154
time_ack	~limit or	0.425
time_ack	~limit so	0.208
time_ack	~limit to	-0.0859
time_ack	~limit today	-0.2269
time_ack	~limit work	-0.0297
time_ack	~number	0.0463
time_ack	~number articl	-0.0322
time_ack	~number beginn	-0.0327
time_ack	~number big	-0.0301
time_ack	~number bit	0.1897
time_ack	~number bootcamp	-0.0295
time_ack	~number career	-0.0396
time_ack	~number clock	0.4063
time_ack	~number colleagu	-0.0334
time_ack	~number coupl	0.061
time_ack	~number day	-0.0819
time_ack	~number degre	-0.0207
time_ack	~number downsid	-0.0327
time_ack	~number end	-0.0313
time_ack	~number extra	0.0517
time_ack	~number favor	-0.0401
time_ack	~number few	0.0378
time_ack	~number field	-0.0599
time_ack	~number good	0.2039
time_ack	~number great	-0.063
time_ack	~number half	0.1599
time_ack	~number hand	-0.0208
time_ack	~number hard	0.544
time_ack	~number hour	0.13
time_ack	~number internship	-0.0226
time_ack	~number interview	-0.0206
time_ack	~number job	-0.0822
time_ack	~number junior	-0.029
time_ack	~number last	0.0223
time_ack	~number line	-0.0242
time_ack	~number link	-0.022
time_ack	~number lot	-0.0338
time_ack	~number love	-0.1114
time_ack	~number minut	0.5666
time_ack	~number moment	-0.038
time_ack	~number more	0.288
time_ack	~number most	-0.0454
time_ack	~number next	-0.0216
time_ack	~number note	-0.0404
time_ack	~number of	-0.0329
time_ack	~number part	-0.0575
time_ack	~number path	-0.0431
time_ack	~number point	-0.0253
time_ack	~number polici	-0.0218
time_ack	~number portfolio	-0.0329
time_ack	~number program	-0.0282
time_ack	~number project	-0.062
time_ack	~number question	0.1513
time_ack	~number quick	-0.0363
time_ack	~number referr	-0.0433
time_ack	~number rest	-0.0263
time_ack	~number role	-0.0345
time_ack	~number second	-0.0232
time_ack	~number shall	-0.0315
time_ack	~number short	-0.0431
time_ack	~number student	-0.0211
time_ack	~number switch	-0.0204
time_ack	~number thank	-0.0469
time_ack	~number twelv	-0.0762
time_ack	~number typic	-0.0509
time_ack	~number week	-0.0381
time_ack	~number work	-0.0356
time_ack	~number year	-0.0848
time_ack	~org	-0.5915
time_ack	~org and	-0.0612
time_ack	~org ever	-0.0348
time_ack	~org project	-0.1176
time_ack	~org to	0.0569
time_ack	~people	-0.4848
time_ack	~people are	-0.0201
time_ack	~people do	-0.0426
time_ack	~people els	-0.0234
time_ack	~people i	-0.0327
time_ack	~people in	-0.0707
time_ack	~people is	-0.0206
time_ack	~people last	0.0339
time_ack	~people more	0.1822
time_ack	~people who	-0.0535
time_ack	~people would	-0.0317
time_ack	~people you	-0.0402
time_ack	~sendverb	-0.4108
time_ack	~sendverb a	-0.0349
time_ack	~sendverb me	-0.0207
time_ack	~sendverb my	-0.0702
time_ack	~sendverb over	-0.026
time_ack	~sendverb you	-0.1605
time_ack	~student	-0.4414
time_ack	~student and	0.0413
time_ack	~student at	-0.0268
time_ack	~student for	-0.0267
time_ack	~student i	-0.0317
time_ack	~studyverb	-0.4479
time_ack	~studyverb a	-0.0562
time_ack	~studyverb in	-0.0216
time_ack	~studyverb the	-0.0512
time_ack	~studyverb you	-0.0964
time_ack	~talk	-0.307
time_ack	~talk at	0.0272
time_ack	~talk for	-0.0281
time_ack	~talk on	-0.0277
time_ack	~talk out	-0.0588
time_ack	~talk so	-0.0372
time_ack	~talk to	-0.074
time_ack	~talk with	-0.1197
time_ack	~talk you	-0.1777
time_ack	~timeunit	0.7823
time_ack	~timeunit do	0.0287
time_ack	~timeunit left	0.1154
time_ack	~timeunit or	0.0236
time_ack	~timeunit so	0.0971
time_ack	~want	0.1988
time_ack	~want appreci	0.0479
time_ack	~want be	-0.058
time_ack	~want for	-0.0434
time_ack	~want in	-0.0252
time_ack	~want it	-0.1056
time_ack	~want just	-0.0212
time_ack	~want like	-0.0235
time_ack	~want realli	-0.0323
time_ack	~want recommend	-0.0668
time_ack	~want say	-0.0236
time_ack	~want suggest	-0.0256
time_ack	~want the	-0.0247
time_ack	~want this	0.1587
time_ack	~want to	0.4263
time_ack	~want want	-0.0642
time_ack	~want you	0.151
time_ack	~want your	-0.0401
time_ack	~workverb	0.0371
time_ack	~workverb a	-0.036
time_ack	~workverb at	-0.0448
time_ack	~workverb common	-0.0295
time_ack	~workverb in	-0.0874
time_ack	~workverb over	0.3778
time_ack	~workverb program	-0.0311
time_ack	~workverb six	-0.0287
time_ack	~workverb the	-0.0251
time_ack	~workverb with	-0.032
wrap_up	*	-0.5654
wrap_up	10	-0.1155
wrap_up	20	-0.0532
wrap_up	20 minut	-0.0532
wrap_up	20 ~limit	-0.0532
wrap_up	20 ~timeunit	-0.0532
wrap_up	?	-2.1191
wrap_up	^alright	0.653
wrap_up	^ani	-0.0766
wrap_up	^anyway	0.0774
wrap_up	^are	-0.2014
wrap_up	^can	-0.1533
wrap_up	^cheer	-0.0763
wrap_up	^could	-0.0671
wrap_up	^current	-0.0336
wrap_up	^did	-0.0211
wrap_up	^do	-0.2685
wrap_up	^doe	-0.0322
wrap_up	^great	0.2188
wrap_up	^happi	-0.034
wrap_up	^have	0.4407
wrap_up	^hi	-0.0952
wrap_up	^how	-0.3478
wrap_up	^i	-0.042
wrap_up	^if	-0.075
wrap_up	^is	-0.3097
wrap_up	^just	-0.0412
wrap_up	^let	0.1853
wrap_up	^look	0.3393
wrap_up	^love	-0.0633
wrap_up	^mind	-0.0938
wrap_up	^my	-0.0702
wrap_up	^no	0.0883
wrap_up	^oh	-0.1483
wrap_up	^ok	0.3856
wrap_up	^pleas	-0.0385
wrap_up	^right	0.1398
wrap_up	^should	-0.0237
wrap_up	^so	-0.0245
wrap_up	^sorri	-0.2492
wrap_up	^tell	-0.0304
wrap_up	^thank	-0.2358
wrap_up	^that	0.5905
wrap_up	^this	-0.0213
wrap_up	^walk	-0.0583
wrap_up	^was	-0.0357
wrap_up	^we	-0.2672
wrap_up	^well	0.1508
wrap_up	^what	-0.6074
wrap_up	^where	-0.0899
wrap_up	^whi	-0.032
wrap_up	^which	-0.1248
wrap_up	^who	-0.0822
wrap_up	^would	-0.0675
wrap_up	^yeah	-0.0949
wrap_up	a	-0.427
wrap_up	a career	-0.0307
wrap_up	a coupl	-0.0474
wrap_up	a coupl more	-0.0377
wrap_up	a few	-0.0373
wrap_up	a good	0.028
wrap_up	a great	0.3063
wrap_up	a hand	-0.0344
wrap_up	a job	-0.0294
wrap_up	a line	-0.0322
wrap_up	a line onc	-0.0322
wrap_up	a lot	-0.0613
wrap_up	a love	0.3324
wrap_up	a project	-0.0458
wrap_up	a quick	-0.0333
wrap_up	a realli	-0.0681
wrap_up	a referr	-0.0207
wrap_up	a research	-0.0225
wrap_up	a second	-0.0213
wrap_up	a short	-0.0868
wrap_up	a typic	-0.0561
wrap_up	a typic week	-0.0406
wrap_up	a ~degree	-0.0442
wrap_up	a ~job	-0.0434
wrap_up	a ~number	-0.0847
wrap_up	a ~student	-0.0838
wrap_up	a ~want	-0.0681
wrap_up	abil	-0.0288
wrap_up	about	-0.3114
wrap_up	about consult	-0.0583
wrap_up	about five	-0.0207
wrap_up	about it	0.0851
wrap_up	about me	-0.0416
wrap_up	about the	-0.1223
wrap_up	about your	-0.0375
wrap_up	about ~job	-0.0246
wrap_up	about ~number	-0.1635
wrap_up	academia	-0.05
wrap_up	actual	-0.0969
wrap_up	advic	-0.0917
wrap_up	after	-0.0813
wrap_up	after the	-0.0632
wrap_up	after ~number	-0.0878
wrap_up	afternoon	0.0617
wrap_up	agre	-0.0716
wrap_up	all	0.7072
wrap_up	all i	0.0996
wrap_up	all my	0.182
wrap_up	all my question	0.182
wrap_up	all right	-0.0421
wrap_up	all the	0.5369
wrap_up	all ~number	0.5369
wrap_up	almost	-0.0567
wrap_up	almost out	-0.0567
wrap_up	almost out of	-0.0567
wrap_up	alreadi	-0.1818
wrap_up	alright	0.6441
wrap_up	alright i	0.3425
wrap_up	am	-0.5308
wrap_up	am a	-0.0422
wrap_up	am curious	-0.0229
wrap_up	am here	-0.0469
wrap_up	am not	-0.0577
wrap_up	am tri	-0.0245
wrap_up	am tri to	-0.0245
wrap_up	am ~number	-0.0524
wrap_up	am ~want	-0.1579
wrap_up	an	-0.1356
wrap_up	an eye	-0.0313
wrap_up	an eye on	-0.0313
wrap_up	analyst	-0.0706
wrap_up	and	-0.1675
wrap_up	and i	0.0856
wrap_up	and i have	-0.0247
wrap_up	and i will	0.1254
wrap_up	and ~want	-0.0246
wrap_up	ani	0.556
wrap_up	ani more	0.3766
wrap_up	ani more of	0.1396
wrap_up	ani podcast	-0.0326
wrap_up	ani podcast or	-0.0326
wrap_up	ani way	-0.0381
wrap_up	ani way i	-0.0381
wrap_up	ani ~job	-0.0204
wrap_up	anyon	-0.0728
wrap_up	anyon els	-0.0482
wrap_up	anyth	-0.1504
wrap_up	anyth i	-0.0314
wrap_up	anyth i can	-0.0244
wrap_up	anyth on	-0.0213
wrap_up	anyth you	-0.0235
wrap_up	anyway	0.0774
wrap_up	anyway i	0.0774
wrap_up	app	-0.0278
wrap_up	appli	-0.0486
wrap_up	applic	-0.032
wrap_up	appreci	-0.1102
wrap_up	appreci it	0.113
wrap_up	appreci you	-0.0895
wrap_up	are almost	-0.0567
wrap_up	are almost out	-0.0567
wrap_up	are right	0.1057
wrap_up	are right at	0.1057
wrap_up	are there	-0.1611
wrap_up	are there ani	-0.0565
wrap_up	are you	-0.0924
wrap_up	are you ok	-0.0287
wrap_up	are ~number	-0.0232
wrap_up	are ~workverb	-0.0268
wrap_up	articl	-0.1067
wrap_up	articl i	-0.0721
wrap_up	articl i mention	-0.0721
wrap_up	as	-0.0824
wrap_up	as a	-0.0274
wrap_up	as ~number	-0.03
wrap_up	ask	0.1634
wrap_up	ask about	-0.0238
wrap_up	ask for	-0.02
wrap_up	ask you	-0.0348
wrap_up	ask you to	-0.023
wrap_up	associ	-0.047
wrap_up	at	-0.1788
wrap_up	at a	-0.0401
wrap_up	at that	0.1003
wrap_up	at the	-0.1119
wrap_up	at your	-0.0306
wrap_up	at ~number	-0.1888
wrap_up	averag	-0.0264
wrap_up	back	0.1892
wrap_up	back after	-0.0306
wrap_up	back to	0.2326
wrap_up	back to your	0.1328
wrap_up	back ~want	-0.0306
wrap_up	bank	-0.0461
wrap_up	be	-0.4516
wrap_up	be mind	-0.073
wrap_up	be mind of	-0.073
wrap_up	be quick	-0.0811
wrap_up	be use	-0.0341
wrap_up	be use to	-0.0315
wrap_up	be ~help	-0.0341
wrap_up	be ~talk	-0.0241
wrap_up	becom	-0.023
wrap_up	becom ~number	-0.023
wrap_up	been	-0.0696
wrap_up	been ~number	-0.0252
wrap_up	befor	-0.0775
wrap_up	befor i	-0.0371
wrap_up	between	-0.0794
wrap_up	beyond	-0.1306
wrap_up	biggest	-0.0783
wrap_up	bit	-0.0293
wrap_up	book	-0.0501
wrap_up	bootcamp	-0.0962
wrap_up	busi	-0.022
wrap_up	but	0.0228
wrap_up	but i	0.0866
wrap_up	by	-0.0378
wrap_up	by email	-0.0356
wrap_up	by ~contactverb	-0.0356
wrap_up	by ~sendverb	-0.0356
wrap_up	by ~talk	-0.0356
wrap_up	bye	0.4116
wrap_up	call	0.0887
wrap_up	can	0.1257
wrap_up	can be	-0.037
wrap_up	can be use	-0.025
wrap_up	can do	-0.0221
wrap_up	can ever	-0.0333
wrap_up	can ever help	-0.0247
wrap_up	can i	-0.0985
wrap_up	can i learn	-0.0223
wrap_up	can nurs	-0.0201
wrap_up	can see	0.0383
wrap_up	can see we	0.0865
wrap_up	can we	-0.0236
wrap_up	can you	-0.0549
wrap_up	can ~help	-0.0471
wrap_up	can ~learn	0.1012
wrap_up	care	0.9504
wrap_up	career	-0.2564
wrap_up	chanc	-0.0235
wrap_up	chang	-0.0981
wrap_up	chat	-0.0295
wrap_up	cheer	-0.0763
wrap_up	choos	-0.029
wrap_up	citi	-0.0217
wrap_up	civil	-0.0219
wrap_up	civil engin	-0.0219
wrap_up	clinic	-0.0402
wrap_up	clock	-0.0683
wrap_up	colleagu	-0.0656
wrap_up	come	-0.0323
wrap_up	comfort	-0.0353
wrap_up	communiti	-0.0439
wrap_up	compani	-0.0489
wrap_up	connect	-0.1521
wrap_up	connect with	-0.1149
wrap_up	connect with you	-0.0548
wrap_up	consult	-0.0744
wrap_up	context	-0.1239
wrap_up	could	-0.1868
wrap_up	could i	-0.0324
wrap_up	could you	-0.0615
wrap_up	could ~sendverb	-0.0206
wrap_up	coupl	-0.0474
wrap_up	coupl more	-0.0377
wrap_up	cours	-0.2134
wrap_up	cover	0.289
wrap_up	cover everyth	0.289
wrap_up	credit	-0.0349
wrap_up	curious	-0.0473
wrap_up	curious about	-0.0403
wrap_up	current	-0.0351
wrap_up	current a	-0.0271
wrap_up	current ~number	-0.0271
wrap_up	dashboard	-0.0364
wrap_up	data	-0.1938
wrap_up	data scienc	-0.054
wrap_up	data scientist	-0.0275
wrap_up	day	0.2713
wrap_up	decid	-0.0731
wrap_up	decid between	-0.0508
wrap_up	definit	-0.032
wrap_up	degre	-0.0687
wrap_up	describ	-0.0221
wrap_up	design	-0.132
wrap_up	develop	-0.0262
wrap_up	did	-0.1345
wrap_up	did you	-0.0636
wrap_up	differ	-0.0343
wrap_up	do	-0.2738
wrap_up	do not	-0.0732
wrap_up	do not have	0.1354
wrap_up	do not want	-0.0936
wrap_up	do you	0.0587
wrap_up	do you have	-0.0291
wrap_up	do you think	-0.0221
wrap_up	do ~number	-0.0251
wrap_up	doe	0.0995
wrap_up	doe a	-0.0336
wrap_up	doe it	0.2654
wrap_up	doe it take	-0.0231
wrap_up	doe your	-0.0627
wrap_up	doe ~number	-0.0398
wrap_up	done	0.0901
wrap_up	down	-0.0366
wrap_up	drop	-0.0354
wrap_up	drop you	-0.0322
wrap_up	drop you a	-0.0322
wrap_up	eat	-0.0725
wrap_up	eat into	-0.0725
wrap_up	eat into your	-0.0725
wrap_up	elect	-0.0306
wrap_up	els	-0.0879
wrap_up	els should	-0.026
wrap_up	els should i	-0.026
wrap_up	email tonight	-0.0328
wrap_up	email you	0.06
wrap_up	end	0.0275
wrap_up	end up	-0.1747
wrap_up	engin	-0.0901
wrap_up	enjoy	0.2656
wrap_up	enjoy the	0.2795
wrap_up	enjoy ~number	0.2795
wrap_up	entri	-0.0251
wrap_up	entri level	-0.0251
wrap_up	evening	0.181
wrap_up	ever	-0.1047
wrap_up	ever help	-0.0407
wrap_up	ever need	-0.0256
wrap_up	ever ~help	-0.0333
wrap_up	everyth	0.854
wrap_up	everyth i	0.2918
wrap_up	everyth i want	0.2348
wrap_up	everyth on	0.196
wrap_up	everyth on my	0.196
wrap_up	exam	0.0918
wrap_up	experi	-0.1082
wrap_up	eye	-0.0313
wrap_up	eye on	-0.0313
wrap_up	far	-0.0297
wrap_up	favor	-0.029
wrap_up	feel	-0.0234
wrap_up	few	-0.0399
wrap_up	field	-0.133
wrap_up	figur	-0.0296
wrap_up	figur out	-0.0296
wrap_up	final	-0.0669
wrap_up	find	-0.0202
wrap_up	finish	-0.26
wrap_up	finish a	-0.0321
wrap_up	finish ~number	-0.0474
wrap_up	firm	-0.0238
wrap_up	first	-0.0394
wrap_up	first year	-0.021
wrap_up	first ~duration	-0.021
wrap_up	fit	-0.021
wrap_up	fit me	-0.021
wrap_up	five	-0.033
wrap_up	focus	-0.0427
wrap_up	follow	-0.1635
wrap_up	follow up	-0.1265
wrap_up	follow up by	-0.0356
wrap_up	follow up with	-0.0741
wrap_up	for	-0.2695
wrap_up	for a	-0.0661
wrap_up	for data	-0.0217
wrap_up	for me	0.2872
wrap_up	for the	-0.0376
wrap_up	for this	-0.0647
wrap_up	for today	0.12
wrap_up	for you	-0.0309
wrap_up	for your	0.1015
wrap_up	for your time	-0.046
wrap_up	for ~number	-0.1223
wrap_up	found	-0.0585
wrap_up	free	-0.0209
wrap_up	from	0.5389
wrap_up	from a	-0.0328
wrap_up	from me	0.5234
wrap_up	from my	0.1992
wrap_up	from ~number	-0.0407
wrap_up	game	-0.0839
wrap_up	game design	-0.022
wrap_up	get	0.2684
wrap_up	get back	0.2891
wrap_up	get back to	0.2891
wrap_up	get into	-0.0278
wrap_up	get on	0.1292
wrap_up	get on with	0.1292
wrap_up	get your	-0.0306
wrap_up	get ~number	-0.021
wrap_up	give	0.0383
wrap_up	go	0.2895
wrap_up	go on	-0.0791
wrap_up	go to	-0.0323
wrap_up	goal	-0.0278
wrap_up	goe	-0.1557
wrap_up	good	-0.1622
wrap_up	good ~limit	-0.0577
wrap_up	got	0.1813
wrap_up	got a	0.1177
wrap_up	got ~number	0.1143
wrap_up	grad	-0.0243
wrap_up	graduat	-0.0279
wrap_up	grant	-0.0265
wrap_up	grate	-0.0209
wrap_up	great	0.5062
wrap_up	great well	0.2188
wrap_up	guy	-0.0487
wrap_up	had	0.2983
wrap_up	half	-0.0729
wrap_up	half hour	-0.0374
wrap_up	half ~limit	-0.0374
wrap_up	half ~timeunit	-0.0374
wrap_up	hand	-0.0385
wrap_up	happi	-0.1185
wrap_up	happi to	-0.0423
wrap_up	happi to help	-0.032
wrap_up	hard	-0.074
wrap_up	has	-0.0204
wrap_up	have	0.5698
wrap_up	have a	0.6518
wrap_up	have a love	0.3324
wrap_up	have ani	0.1809
wrap_up	have ask	0.0709
wrap_up	have been	-0.0514
wrap_up	have got	0.3257
wrap_up	have hit	0.3393
wrap_up	have read	-0.0585
wrap_up	have to	-0.1841
wrap_up	have ~insight	-0.0585
wrap_up	have ~number	0.5305
wrap_up	have ~workverb	-0.1722
wrap_up	head	-0.023
wrap_up	health	-0.0274
wrap_up	hear	-0.1189
wrap_up	help	-0.3267
wrap_up	help i	0.0392
wrap_up	help with	-0.0429
wrap_up	help with anyth	-0.0355
wrap_up	help you	-0.0287
wrap_up	here	0.7584
wrap_up	here to	-0.0292
wrap_up	hi	-0.0952
wrap_up	hire	-0.0538
wrap_up	hit	0.3393
wrap_up	honest	-0.1935
wrap_up	honest ~insight	-0.0308
wrap_up	hope	-0.024
wrap_up	hour	-0.0913
wrap_up	hous	-0.0317
wrap_up	how	-0.5683
wrap_up	how did	-0.0465
wrap_up	how did you	-0.0369
wrap_up	how do	-0.0753
wrap_up	how do you	-0.0483
wrap_up	how doe	-0.0278
wrap_up	how is	-0.0628
wrap_up	how it	0.0403
wrap_up	how it went	0.0403
wrap_up	how long	-0.039
wrap_up	how long doe	-0.0344
wrap_up	how much	-0.028
wrap_up	how the	-0.1586
wrap_up	how you	-0.0688
wrap_up	how ~help	-0.0753
wrap_up	how ~number	-0.1611
wrap_up	how ~studyverb	-0.0465
wrap_up	i	0.1483
wrap_up	i am	-0.5308
wrap_up	i am a	-0.0422
wrap_up	i am curious	-0.0229
wrap_up	i am here	-0.0469
wrap_up	i am not	-0.0577
wrap_up	i am tri	-0.0245
wrap_up	i be	-0.0341
wrap_up	i can	-0.0767
wrap_up	i can be	-0.037
wrap_up	i can do	-0.0221
wrap_up	i can ever	-0.0333
wrap_up	i can see	0.0383
wrap_up	i could	-0.0643
wrap_up	i do	-0.0202
wrap_up	i follow	-0.0477
wrap_up	i follow up	-0.0477
wrap_up	i had	0.3229
wrap_up	i have	-0.14
wrap_up	i have been	-0.0482
wrap_up	i have got	0.2455
wrap_up	i have read	-0.0585
wrap_up	i just	-0.0248
wrap_up	i know this	-0.0413
wrap_up	i know we	-0.0303
wrap_up	i know you	0.0969
wrap_up	i learn	-0.0357
wrap_up	i learn more	-0.0223
wrap_up	i mention	-0.1067
wrap_up	i need	0.1322
wrap_up	i reach	-0.0404
wrap_up	i reach out	-0.034
wrap_up	i realli	-0.1119
wrap_up	i realli appreci	-0.102
wrap_up	i send	-0.0339
wrap_up	i send you	-0.0261
wrap_up	i should	0.261
wrap_up	i should talk	-0.0355
wrap_up	i talk	-0.0209
wrap_up	i talk to	-0.0209
wrap_up	i think	0.7096
wrap_up	i think i	0.1263
wrap_up	i think that	0.2192
wrap_up	i think we	0.3705
wrap_up	i want	0.0479
wrap_up	i want to	0.0661
wrap_up	i was	-0.0606
wrap_up	i will	0.7554
wrap_up	i will be	-0.1294
wrap_up	i will definit	-0.0257
wrap_up	i will drop	-0.0322
wrap_up	i will keep	-0.1204
wrap_up	i will leav	0.2672
wrap_up	i will let	0.3225
wrap_up	i will not	0.5895
wrap_up	i will send	-0.0613
wrap_up	i will sign	0.2573
wrap_up	i will stop	0.4339
wrap_up	i will wrap	0.2621
wrap_up	i would	-0.1796
wrap_up	i would be	-0.0212
wrap_up	i would love	-0.0761
wrap_up	i would realli	-0.025
wrap_up	i ~contactverb	-0.0289
wrap_up	i ~help	-0.0388
wrap_up	i ~insight	-0.026
wrap_up	i ~learn	-0.0774
wrap_up	i ~sendverb	-0.0403
wrap_up	i ~studyverb	-0.0482
wrap_up	i ~talk	-0.0763
wrap_up	i ~want	-0.265
wrap_up	idea	-0.1254
wrap_up	if	-0.386
wrap_up	if i	-0.1683
wrap_up	if i can	-0.0591
wrap_up	if i follow	-0.0356
wrap_up	if i have	-0.0202
wrap_up	if it	-0.0225
wrap_up	if that	-0.0472
wrap_up	if that is	-0.0446
wrap_up	if there	-0.0408
wrap_up	if there is	-0.0398
wrap_up	if you	-0.059
wrap_up	if you ever	-0.0213
wrap_up	import	-0.0796
wrap_up	in	-0.7018
wrap_up	in a	-0.0354
wrap_up	in the	-0.0303
wrap_up	in this	-0.0232
wrap_up	in touch	-0.0779
wrap_up	in your	-0.065
wrap_up	in ~contactverb	-0.0785
wrap_up	in ~number	-0.0716
wrap_up	industri	-0.0711
wrap_up	inform	-0.0287
wrap_up	interest	-0.1387
wrap_up	internship	-0.1019
wrap_up	internship i	-0.0376
wrap_up	interview	-0.0292
wrap_up	into	-0.233
wrap_up	into your	-0.0725
wrap_up	introduct	-0.0962
wrap_up	is	-0.3859
wrap_up	is a	-0.0901
wrap_up	is a realli	-0.0681
wrap_up	is all	0.2708
wrap_up	is all i	0.0996
wrap_up	is ani	-0.0265
wrap_up	is ani way	-0.0265
wrap_up	is ever	-0.0233
wrap_up	is everyth	0.577
wrap_up	is everyth i	0.2425
wrap_up	is help	-0.1443
wrap_up	is it	0.0736
wrap_up	is it ok	-0.0392
wrap_up	is me	0.1117
wrap_up	is me done	0.1117
wrap_up	is not	-0.0263
wrap_up	is part	-0.0291
wrap_up	is realli	-0.147
wrap_up	is super	-0.1706
wrap_up	is the	-0.0872
wrap_up	is there	-0.1645
wrap_up	is there a	-0.0293
wrap_up	is there ani	-0.0213
wrap_up	is there anyon	-0.0323
wrap_up	is there anyth	-0.0613
wrap_up	is to	-0.0249
wrap_up	is to understand	-0.0202
wrap_up	is your	-0.0885
wrap_up	is ~number	-0.1813
wrap_up	is ~want	-0.1647
wrap_up	it	0.8628
wrap_up	it for	0.293
wrap_up	it from	0.4536
wrap_up	it hard	-0.0263
wrap_up	it is	-0.0616
wrap_up	it ok	-0.0392
wrap_up	it ok if	-0.0392
wrap_up	it take	-0.04
wrap_up	it take to	-0.028
wrap_up	it there	0.2465
wrap_up	it there for	0.1256
wrap_up	it to	-0.0558
wrap_up	it went	0.0403
wrap_up	it ~insight	-0.04
wrap_up	it ~want	0.1217
wrap_up	job	-0.1639
wrap_up	job ask	-0.0267
wrap_up	join	-0.0256
wrap_up	jump	-0.0881
wrap_up	junior	-0.0311
wrap_up	just	-0.1574
wrap_up	just ~want	-0.0472
wrap_up	keep	-0.0935
wrap_up	keep an	-0.0313
wrap_up	keep an eye	-0.0313
wrap_up	keep go	-0.0277
wrap_up	keep you	0.1182
wrap_up	keep you post	-0.1492
wrap_up	keep ~number	-0.0313
wrap_up	kept	-0.1031
wrap_up	kept you	-0.1031
wrap_up	kind	-0.0911
wrap_up	kind of	-0.0881
wrap_up	know	-0.31
wrap_up	know how	-0.0342
wrap_up	know how the	-0.135
wrap_up	know if	-0.0573
wrap_up	know if i	-0.0249
wrap_up	know if there	-0.0241
wrap_up	know this	-0.0413
wrap_up	know this is	-0.0413
wrap_up	know we	-0.0303
wrap_up	know we are	-0.0291
wrap_up	know you	0.0969
wrap_up	know you are	-0.0617
wrap_up	know you have	0.1981
wrap_up	lab	-0.0232
wrap_up	last	0.1809
wrap_up	last question	0.2904
wrap_up	last week	-0.0591
wrap_up	last year	-0.0258
wrap_up	last ~closing	-0.0591
wrap_up	last ~duration	-0.0258
wrap_up	late	0.1194
wrap_up	later	0.04
wrap_up	lead	-0.0255
wrap_up	learn	-0.2139
wrap_up	learn more	-0.0236
wrap_up	learn more about	-0.0236
wrap_up	leav	0.4518
wrap_up	leav it	0.3554
wrap_up	leav it there	0.2465
wrap_up	left	-0.1333
wrap_up	left right	-0.1218
wrap_up	let	0.8069
wrap_up	let me	-0.0657
wrap_up	let me know	-0.0657
wrap_up	let us	0.2118
wrap_up	let us leav	0.2254
wrap_up	let you	0.6608
wrap_up	let you get	0.3554
wrap_up	let you go	0.5653
wrap_up	let you know	-0.1984
wrap_up	level	-0.0294
wrap_up	level ~job	-0.024
wrap_up	like for	-0.0322
wrap_up	like we	0.3393
wrap_up	like we have	0.3393
wrap_up	like ~number	-0.1265
wrap_up	line	-0.034
wrap_up	line onc	-0.0322
wrap_up	line onc i	-0.0322
wrap_up	linkedin	-0.1526
wrap_up	list	0.1059
wrap_up	logist	-0.0385
wrap_up	long	-0.0513
wrap_up	long doe	-0.0344
wrap_up	long doe it	-0.0231
wrap_up	longer	0.2117
wrap_up	look	0.2219
wrap_up	look like	0.2542
wrap_up	look like for	-0.0206
wrap_up	look like we	0.3393
wrap_up	lot	-0.0613
wrap_up	love	0.1885
wrap_up	love to	-0.1187
wrap_up	love to stay	-0.0445
wrap_up	love ~closing	0.3324
wrap_up	made	-0.0362
wrap_up	main	-0.0351
wrap_up	make	-0.2675
wrap_up	make sens	-0.1897
wrap_up	make the	-0.0261
wrap_up	make ~insight	-0.1897
wrap_up	make ~number	-0.0342
wrap_up	manag	-0.1324
wrap_up	master	-0.0235
wrap_up	matter	-0.0516
wrap_up	may	-0.0236
wrap_up	me	0.3745
wrap_up	me about	-0.0392
wrap_up	me done	0.1117
wrap_up	me in	-0.084
wrap_up	me know	-0.0657
wrap_up	me know if	-0.0553
wrap_up	me through	-0.081
wrap_up	me through a	-0.0577
wrap_up	me through what	-0.0209
wrap_up	me when	-0.0323
wrap_up	me ~learn	-0.0703
wrap_up	meet you	-0.0919
wrap_up	mention	-0.1329
wrap_up	mentor	-0.0275
wrap_up	might	-0.0792
wrap_up	mind	-0.1948
wrap_up	mind of	-0.0817
wrap_up	minut	-0.1004
wrap_up	minut left	-0.1333
wrap_up	minut left right	-0.1218
wrap_up	minut so	-0.1425
wrap_up	minut so i	-0.1413
wrap_up	moment	-0.0225
wrap_up	month	-0.0252
wrap_up	more	0.5139
wrap_up	more about	-0.0351
wrap_up	more of	0.1396
wrap_up	more of your	0.1396
wrap_up	more question	0.446
wrap_up	morn	-0.0392
wrap_up	most	-0.2279
wrap_up	most in	-0.0225
wrap_up	most of	-0.0222
wrap_up	move	-0.0407
wrap_up	move into	-0.0285
wrap_up	much for	-0.0873
wrap_up	much of	-0.1522
wrap_up	much of your	-0.1489
wrap_up	much this	0.1476
wrap_up	much this was	0.1965
wrap_up	my	0.2564
wrap_up	my career	-0.0916
wrap_up	my list	0.196
wrap_up	my question	0.1422
wrap_up	my resum	-0.0481
wrap_up	my ~application	-0.0544
wrap_up	my ~degree	-0.0261
wrap_up	my ~job	-0.035
wrap_up	my ~student	-0.0296
wrap_up	name	-0.0236
wrap_up	need	-0.0431
wrap_up	need a	-0.0202
wrap_up	need to	-0.0498
wrap_up	need ~number	-0.0217
wrap_up	network	-0.0367
wrap_up	never	-0.0625
wrap_up	new	-0.0491
wrap_up	newslett	-0.0307
wrap_up	next	0.0734
wrap_up	next step	-0.0254
wrap_up	night	-0.0406
wrap_up	no	-0.0245
wrap_up	nonprofit	-0.0343
wrap_up	not	0.3759
wrap_up	not have	0.1354
wrap_up	not take	0.0348
wrap_up	not take up	0.0348
wrap_up	not want	-0.0936
wrap_up	not want to	-0.0936
wrap_up	not ~insight	0.0348
wrap_up	not ~want	-0.1341
wrap_up	note	-0.0414
wrap_up	note tomorrow	0.0218
wrap_up	note tonight	-0.0417
wrap_up	now	0.1686
wrap_up	now ~studyverb	-0.0322
wrap_up	nurs	-0.1622
wrap_up	nurs chang	-0.0225
wrap_up	of	-0.2287
wrap_up	of a	-0.0286
wrap_up	of the	-0.0929
wrap_up	of the time	-0.0497
wrap_up	of time	-0.0581
wrap_up	of your	0.2696
wrap_up	of your afternoon	-0.0355
wrap_up	of your time	-0.0553
wrap_up	of your week	0.3545
wrap_up	of ~limit	-0.0581
wrap_up	of ~number	-0.1232
wrap_up	off	0.2481
wrap_up	oh	-0.1483
wrap_up	ok	0.1285
wrap_up	ok i	0.2101
wrap_up	ok i think	0.1076
wrap_up	ok if	-0.0419
wrap_up	ok if i	-0.0419
wrap_up	ok that	0.2319
wrap_up	ok that is	0.2319
wrap_up	ok to	-0.0291
wrap_up	on	-0.1541
wrap_up	on a	-0.0432
wrap_up	on how	-0.0246
wrap_up	on how the	-0.0231
wrap_up	on linkedin	-0.1484
wrap_up	on my	0.145
wrap_up	on my list	0.196
wrap_up	on the	-0.0675
wrap_up	on whether	-0.029
wrap_up	on with	0.1292
wrap_up	on with your	0.1292
wrap_up	on your	-0.056
wrap_up	on your team	-0.023
wrap_up	on ~number	-0.1175
wrap_up	onc	-0.042
wrap_up	onc i	-0.0347
wrap_up	onc i have	-0.0347
wrap_up	onli	-0.1303
wrap_up	onli have	-0.1213
wrap_up	onlin	-0.0786
wrap_up	open	-0.1043
wrap_up	option	-0.0231
wrap_up	or	-0.2587
wrap_up	or newslett	-0.0307
wrap_up	other	-0.0391
wrap_up	our	0.3608
wrap_up	out	-0.2234
wrap_up	out again	-0.0214
wrap_up	out of	-0.0801
wrap_up	out of time	-0.0581
wrap_up	out ~later	-0.0214
wrap_up	over	-0.2274
wrap_up	over the	-0.0395
wrap_up	over ~number	-0.0507
wrap_up	pack	0.1935
wrap_up	part	-0.0589
wrap_up	part of	-0.0487
wrap_up	pass	-0.0427
wrap_up	past	-0.0375
wrap_up	path	-0.047
wrap_up	patient	-0.0203
wrap_up	peopl	-0.1278
wrap_up	peopl you	-0.0227
wrap_up	perspect	-0.0377
wrap_up	pharmaci	-0.0264
wrap_up	pick	-0.2544
wrap_up	ping	-0.0642
wrap_up	ping you	-0.0642
wrap_up	place	-0.092
wrap_up	plan	-0.1066
wrap_up	pleas	-0.0444
wrap_up	pleas let	-0.0295
wrap_up	pleas let me	-0.0295
wrap_up	podcast	-0.0407
wrap_up	podcast or	-0.0342
wrap_up	point	-0.0888
wrap_up	polici	-0.1003
wrap_up	portfolio	-0.0977
wrap_up	posit	-0.0237
wrap_up	post	-0.1557
wrap_up	post on	-0.0239
wrap_up	pretti	-0.0211
wrap_up	product	-0.0263
wrap_up	profess	-0.0498
wrap_up	profess i	-0.0458
wrap_up	profession	-0.0389
wrap_up	profession associ	-0.0237
wrap_up	program	-0.085
wrap_up	project	-0.1819
wrap_up	project you	-0.0243
wrap_up	project you are	-0.0216
wrap_up	promis	-0.1352
wrap_up	proud	-0.0216
wrap_up	proud of	-0.0216
wrap_up	public	-0.031
wrap_up	python	-0.0706
wrap_up	question	1.3502
wrap_up	question ~later	-0.0208
wrap_up	quick	-0.1201
wrap_up	rather	-0.0209
wrap_up	reach	-0.056
wrap_up	reach out	-0.0471
wrap_up	reach out again	-0.0214
wrap_up	read	-0.0966
wrap_up	read ~number	-0.0585
wrap_up	realli	-0.1817
wrap_up	realli appreci it	0.113
wrap_up	realli ~want	-0.0391
wrap_up	recommend	-0.076
wrap_up	recruit	-0.0238
wrap_up	referr	-0.0235
wrap_up	report	-0.0378
wrap_up	research	-0.1007
wrap_up	rest	0.3522
wrap_up	rest of	0.3522
wrap_up	rest of your	0.3545
wrap_up	resum	-0.0491
wrap_up	return	-0.0424
wrap_up	return the	-0.0321
wrap_up	return the favor	-0.029
wrap_up	return ~number	-0.0321
wrap_up	review	-0.0763
wrap_up	right	-0.0474
wrap_up	right at	0.1057
wrap_up	right now	-0.0455
wrap_up	risk	-0.0235
wrap_up	role	-0.0725
wrap_up	run	-0.1537
wrap_up	run over	-0.1403
wrap_up	said	-0.0831
wrap_up	sam	-0.0572
wrap_up	same	-0.1329
wrap_up	say	-0.0644
wrap_up	school	-0.0278
wrap_up	scienc	-0.054
wrap_up	scientist	-0.0275
wrap_up	second	-0.025
wrap_up	second year	-0.0236
wrap_up	second ~duration	-0.0236
wrap_up	see the	-0.05
wrap_up	see we	0.0865
wrap_up	see we are	0.0865
wrap_up	see ~number	-0.05
wrap_up	send	-0.1228
wrap_up	send a	0.0478
wrap_up	send over	-0.0469
wrap_up	send you	-0.1043
wrap_up	send you my	-0.0225
wrap_up	send ~number	0.0478
wrap_up	sens	-0.1922
wrap_up	shall	-0.0388
wrap_up	share	-0.1513
wrap_up	share the	-0.0298
wrap_up	share what	-0.0218
wrap_up	share ~number	-0.0298
wrap_up	shift	-0.0389
wrap_up	short	-0.1296
wrap_up	should	0.1192
wrap_up	should i	-0.1124
wrap_up	should i be	-0.0308
wrap_up	should talk	-0.0355
wrap_up	should talk to	-0.0355
wrap_up	should ~talk	-0.0573
wrap_up	side	0.2647
wrap_up	sign	0.2573
wrap_up	sign off	0.2573
wrap_up	skill	-0.0325
wrap_up	so	0.0471
wrap_up	so far	-0.0297
wrap_up	so i	-0.2406
wrap_up	so i am	-0.0312
wrap_up	so i will	-0.1711
wrap_up	so just	-0.0357
wrap_up	so much	0.4203
wrap_up	so much for	-0.0873
wrap_up	so much this	0.1476
wrap_up	so you	0.1401
wrap_up	so you can	0.0455
wrap_up	so ~want	-0.0357
wrap_up	some	-0.0935
wrap_up	someon	-0.0763
wrap_up	sorri	-0.3353
wrap_up	sorri i	-0.1548
wrap_up	sorri i know	-0.0403
wrap_up	sorri my	-0.0217
wrap_up	sound	-0.1755
wrap_up	specialti	-0.0234
wrap_up	spent	-0.0209
wrap_up	sql	-0.0409
wrap_up	squeez	-0.0625
wrap_up	squeez me	-0.0625
wrap_up	squeez me in	-0.0625
wrap_up	staff	-0.0241
wrap_up	start	-0.0368
wrap_up	stay	-0.0997
wrap_up	stay in	-0.0611
wrap_up	stay in touch	-0.0593
wrap_up	step	-0.0352
wrap_up	still	-0.092
wrap_up	stop	0.7381
wrap_up	stop there	0.5196
wrap_up	student	-0.0499
wrap_up	studio	-0.0236
wrap_up	such	-0.0907
wrap_up	such a	-0.0907
wrap_up	such ~number	-0.0907
wrap_up	suggest	-0.0415
wrap_up	suit	-0.0485
wrap_up	suit me	-0.0268
wrap_up	summer	-0.0631
wrap_up	super	-0.1913
wrap_up	survey	-0.0701
wrap_up	switch	-0.0318
wrap_up	take	0.8198
wrap_up	take on	-0.0416
wrap_up	take to	-0.028
wrap_up	take up	-0.0214
wrap_up	take up ani	0.1396
wrap_up	take ~number	-0.0262
wrap_up	talk	-0.1413
wrap_up	talk to	-0.0996
wrap_up	talk with	-0.031
wrap_up	talk with me	-0.031
wrap_up	teach	-0.0337
wrap_up	team	-0.1506
wrap_up	tell	-0.1121
wrap_up	tell me	-0.0444
wrap_up	tell me about	-0.0392
wrap_up	tell you	-0.0663
wrap_up	test	-0.0457
wrap_up	than	-0.1284
wrap_up	thank	-0.1001
wrap_up	thank again	0.0276
wrap_up	thank so	0.2551
wrap_up	thank so much	0.2551
wrap_up	thank to	-0.0791
wrap_up	thank to my	-0.0754
wrap_up	thank you	-0.2361
wrap_up	thank you email	0.0448
wrap_up	thank you for	-0.0973
wrap_up	thank you note	-0.0827
wrap_up	thank you so	0.1652
wrap_up	thank ~later	0.0276
wrap_up	thank ~number	-0.0417
wrap_up	that	0.5661
wrap_up	that cover	0.289
wrap_up	that cover everyth	0.289
wrap_up	that i	-0.0269
wrap_up	that is	0.5114
wrap_up	that is a	-0.0681
wrap_up	that is all	0.2708
wrap_up	that is everyth	0.577
wrap_up	that is me	0.1117
wrap_up	that is realli	-0.1356
wrap_up	that is super	-0.1706
wrap_up	that make	-0.1255
wrap_up	that make sens	-0.1255
wrap_up	that ~want	-0.0591
wrap_up	the	-0.6055
wrap_up	the articl	-0.0721
wrap_up	the articl i	-0.0721
wrap_up	the bootcamp	-0.0718
wrap_up	the clock	-0.0683
wrap_up	the favor	-0.029
wrap_up	the field	-0.0564
wrap_up	the half	-0.0374
wrap_up	the half hour	-0.0374
wrap_up	the job	-0.0357
wrap_up	the most	-0.026
wrap_up	the point	-0.0221
wrap_up	the portfolio	-0.0879
wrap_up	the rest	0.278
wrap_up	the rest of	0.278
wrap_up	the time	-0.0815
wrap_up	the ~closing	0.2581
wrap_up	the ~degree	-0.1081
wrap_up	the ~job	-0.0401
wrap_up	the ~limit	-0.0934
wrap_up	the ~number	-0.0895
wrap_up	the ~org	-0.0228
wrap_up	the ~student	-0.0328
wrap_up	there	0.4321
wrap_up	there a	-0.0293
wrap_up	there ani	-0.0778
wrap_up	there anyon	-0.0323
wrap_up	there anyon els	-0.0323
wrap_up	there anyth	-0.0613
wrap_up	there anyth i	-0.0229
wrap_up	there anyth you	-0.0235
wrap_up	there for	0.1168
wrap_up	there for today	0.1256
wrap_up	there is	-0.0408
wrap_up	there is ani	-0.0265
wrap_up	there so	0.2176
wrap_up	there so you	0.2176
wrap_up	there ~number	-0.0315
wrap_up	there ~people	-0.0408
wrap_up	these	-0.0454
wrap_up	these day	-0.0409
wrap_up	thing	-0.028
wrap_up	think	0.4223
wrap_up	think about	-0.1986
wrap_up	think i	0.0871
wrap_up	think i have	0.1053
wrap_up	think i should	-0.0335
wrap_up	think of	-0.034
wrap_up	think that	0.2151
wrap_up	think that cover	0.1088
wrap_up	think that is	0.1104
wrap_up	think we	0.3705
wrap_up	think we can	0.3705
wrap_up	thirti	0.3625
wrap_up	this	-0.2866
wrap_up	this call	-0.0313
wrap_up	this career	-0.0381
wrap_up	this field	-0.0631
wrap_up	this is	-0.0503
wrap_up	this was	0.1913
wrap_up	this ~contactverb	-0.0313
wrap_up	this ~talk	-0.0338
wrap_up	thought	-0.3654
wrap_up	through	-0.1074
wrap_up	through a	-0.0622
wrap_up	through a typic	-0.0438
wrap_up	through what	-0.0209
wrap_up	through what you	-0.0209
wrap_up	through ~number	-0.067
wrap_up	time	-0.3695
wrap_up	time so	0.0996
wrap_up	time so i	0.1015
wrap_up	time today	-0.0424
wrap_up	to	-0.6663
wrap_up	to ask	0.2086
wrap_up	to be	-0.1419
wrap_up	to be mind	-0.073
wrap_up	to get	-0.0789
wrap_up	to get your	-0.029
wrap_up	to hear	-0.0995
wrap_up	to help	-0.0448
wrap_up	to help with	-0.0247
wrap_up	to it	0.1853
wrap_up	to keep	-0.1166
wrap_up	to keep go	-0.0277
wrap_up	to learn	-0.0387
wrap_up	to let	0.1015
wrap_up	to let you	0.1015
wrap_up	to my	-0.0754
wrap_up	to nurs	-0.0265
wrap_up	to pass	-0.0205
wrap_up	to send	-0.0227
wrap_up	to stay	-0.0498
wrap_up	to stay in	-0.0463
wrap_up	to stop	0.3628
wrap_up	to take	-0.0355
wrap_up	to take up	-0.0355
wrap_up	to talk	-0.042
wrap_up	to talk with	-0.031
wrap_up	to the	-0.0801
wrap_up	to think	-0.1941
wrap_up	to think about	-0.1941
wrap_up	to understand	-0.0453
wrap_up	to understand the	-0.0213
wrap_up	to work	0.0954
wrap_up	to you	-0.0409
wrap_up	to your	0.1103
wrap_up	to ~help	-0.0596
wrap_up	to ~insight	-0.0355
wrap_up	to ~limit	-0.0248
wrap_up	to ~number	-0.0881
wrap_up	to ~sendverb	-0.0616
wrap_up	to ~student	-0.0302
wrap_up	to ~talk	0.115
wrap_up	to ~workverb	0.0909
wrap_up	today	-0.0775
wrap_up	tomorrow	0.0218
wrap_up	tonight	-0.1243
wrap_up	tonight and	-0.0258
wrap_up	too	-0.2491
wrap_up	too much	-0.1984
wrap_up	tool	-0.0234
wrap_up	touch	-0.0788
wrap_up	tri	-0.1473
wrap_up	tri to	-0.1343
wrap_up	tri to keep	-0.0832
wrap_up	twelv	-0.0236
wrap_up	twenti	-0.0952
wrap_up	twenti minut	-0.0952
wrap_up	twenti minut so	-0.0595
wrap_up	twenti ~limit	-0.0952
wrap_up	twenti ~timeunit	-0.0952
wrap_up	two	-0.0343
wrap_up	typic	-0.0683
wrap_up	typic week	-0.0406
wrap_up	typic week on	-0.0334
wrap_up	typic ~closing	-0.0527
wrap_up	understand	-0.049
wrap_up	understand the	-0.0237
wrap_up	understand ~number	-0.0237
wrap_up	uni	-0.068
wrap_up	up	0.1542
wrap_up	up a	-0.0244
wrap_up	up ani	0.382
wrap_up	up ani more	0.1396
wrap_up	up by	-0.0356
wrap_up	up by email	-0.0356
wrap_up	up most	-0.0253
wrap_up	up with	-0.0748
wrap_up	up ~number	-0.0262
wrap_up	up ~want	0.1966
wrap_up	us	0.211
wrap_up	us leav	0.2254
wrap_up	us leav it	0.2254
wrap_up	use	-0.234
wrap_up	use to	-0.0634
wrap_up	use to you	-0.037
wrap_up	usual	-0.0579
wrap_up	vacanc	-0.0228
wrap_up	valuabl	0.125
wrap_up	volunt	-0.0253
wrap_up	walk	-0.081
wrap_up	walk me	-0.081
wrap_up	walk me through	-0.081
wrap_up	want	0.2593
wrap_up	want to	0.3084
wrap_up	want to ask	0.2348
wrap_up	want to be	-0.1218
wrap_up	want to take	-0.0355
wrap_up	was	0.2463
wrap_up	was it	-0.0265
wrap_up	was your	-0.0253
wrap_up	was ~want	0.1299
wrap_up	way	-0.2448
wrap_up	way i	-0.0381
wrap_up	way i can	-0.0314
wrap_up	way to	-0.0233
wrap_up	we	0.1857
wrap_up	we are	-0.0688
wrap_up	we are almost	-0.0567
wrap_up	we are right	0.1057
wrap_up	we can	0.3705
wrap_up	we have	0.2027
wrap_up	we have got	-0.1254
wrap_up	we have hit	0.3393
wrap_up	week	0.1256
wrap_up	week on	-0.0334
wrap_up	weekend	0.2912
wrap_up	well	0.368
wrap_up	well i	0.1717
wrap_up	well i will	0.0669
wrap_up	went	0.0294
wrap_up	what	-0.6906
wrap_up	what are	-0.0601
wrap_up	what are you	-0.0338
wrap_up	what do	-0.0416
wrap_up	what do you	-0.0268
wrap_up	what doe	-0.0759
wrap_up	what doe your	-0.0331
wrap_up	what i	0.1266
wrap_up	what is	-0.1037
wrap_up	what is the	-0.0429
wrap_up	what make	-0.0216
wrap_up	what you	-0.0808
wrap_up	what your	-0.0229
wrap_up	what ~help	-0.0416
wrap_up	when	-0.0555
wrap_up	when you	-0.041
wrap_up	where	-0.0953
wrap_up	where can	-0.0393
wrap_up	where can i	-0.0326
wrap_up	where do	-0.0224
wrap_up	where is	-0.0205
wrap_up	where ~help	-0.0224
wrap_up	whether	-0.0671
wrap_up	whether this	-0.0392
wrap_up	whether this career	-0.0381
wrap_up	whi	-0.0839
wrap_up	whi i	-0.0518
wrap_up	whi i am	-0.0451
wrap_up	which	-0.3579
wrap_up	which is	-0.0314
wrap_up	which ~student	-0.0261
wrap_up	who	-0.1231
wrap_up	who do	-0.0248
wrap_up	who do you	-0.0225
wrap_up	who els	-0.0295
wrap_up	who els should	-0.026
wrap_up	who ~help	-0.0248
wrap_up	will	0.7409
wrap_up	will be	-0.1294
wrap_up	will be quick	-0.0811
wrap_up	will definit	-0.0257
wrap_up	will drop	-0.0322
wrap_up	will drop you	-0.0322
wrap_up	will keep	-0.1204
wrap_up	will leav	0.2672
wrap_up	will leav it	0.1299
wrap_up	will let	0.3225
wrap_up	will let you	0.3225
wrap_up	will not	0.5895
wrap_up	will not take	0.0348
wrap_up	will send	-0.0613
wrap_up	will send over	-0.0469
wrap_up	will send you	-0.0695
wrap_up	will sign	0.2573
wrap_up	will sign off	0.2573
wrap_up	will stop	0.4339
wrap_up	will wrap	0.2621
wrap_up	will wrap up	0.2621
wrap_up	will ~contactverb	-0.053
wrap_up	will ~sendverb	-0.157
wrap_up	will ~talk	-0.0843
wrap_up	with	-0.4397
wrap_up	with a	-0.1101
wrap_up	with anyth	-0.0467
wrap_up	with me	-0.032
wrap_up	with the	-0.0248
wrap_up	with you	-0.0623
wrap_up	with you on	-0.0548
wrap_up	with your	0.0641
wrap_up	with your day	0.0872
wrap_up	with ~number	-0.1411
wrap_up	wonder	-0.0417
wrap_up	work	-0.1419
wrap_up	work in	-0.0257
wrap_up	work on	-0.0263
wrap_up	worth	-0.1125
wrap_up	worth follow	-0.0287
wrap_up	worth it	-0.0281
wrap_up	worth join	-0.0228
wrap_up	would	-0.4233
wrap_up	would be	-0.0295
wrap_up	would it	-0.0216
wrap_up	would love	-0.0775
wrap_up	would love to	-0.0625
wrap_up	would realli	-0.0303
wrap_up	would realli appreci	-0.0283
wrap_up	would recommend	-0.046
wrap_up	would you	-0.075
wrap_up	would ~want	-0.0353
wrap_up	wow	-0.1301
wrap_up	wrap	0.2441
wrap_up	wrap up	0.2452
wrap_up	write	-0.0378
wrap_up	yeah	-0.1817
wrap_up	year	-0.1858
wrap_up	yesterday	-0.0281
wrap_up	yet	-0.1028
wrap_up	you	-0.5522
wrap_up	you a	-0.0515
wrap_up	you a line	-0.0322
wrap_up	you a quick	-0.0281
wrap_up	you a thank	0.0443
wrap_up	you after	0.0403
wrap_up	you are	0.0494
wrap_up	you be	-0.0257
wrap_up	you can	0.0397
wrap_up	you decid	-0.0418
wrap_up	you design	-0.0228
wrap_up	you do	-0.0209
wrap_up	you email	0.0448
wrap_up	you email tonight	-0.0328
wrap_up	you ever	-0.0321
wrap_up	you for	-0.1126
wrap_up	you for your	-0.046
wrap_up	you get	0.3372
wrap_up	you get back	0.2891
wrap_up	you get on	0.0663
wrap_up	you go	0.5552
wrap_up	you guy	-0.0487
wrap_up	you have	0.0904
wrap_up	you have a	-0.028
wrap_up	you have got	0.2056
wrap_up	you know	-0.2183
wrap_up	you know how	-0.0324
wrap_up	you my	-0.0225
wrap_up	you need	-0.0412
wrap_up	you need to	-0.0353
wrap_up	you note	-0.0827
wrap_up	you note tonight	-0.0417
wrap_up	you ok	-0.0287
wrap_up	you on	-0.0668
wrap_up	you on linkedin	-0.0668
wrap_up	you post	-0.1492
wrap_up	you recommend	-0.028
wrap_up	you said	-0.0631
wrap_up	you so	0.1652
wrap_up	you so much	0.1652
wrap_up	you suggest	-0.0237
wrap_up	you thank	-0.0724
wrap_up	you that	-0.1559
wrap_up	you think	-0.0655
wrap_up	you think i	-0.0392
wrap_up	you to	0.0994
wrap_up	you walk	-0.0227
wrap_up	you walk me	-0.0227
wrap_up	you want	0.3625
wrap_up	you want to	0.3625
wrap_up	you work	-0.0312
wrap_up	you work on	-0.0206
wrap_up	you would	-0.0894
wrap_up	you would recommend	-0.046
wrap_up	you ~contactverb	0.0429
wrap_up	you ~help	-0.0308
wrap_up	you ~learn	0.0697
wrap_up	you ~number	-0.0588
wrap_up	you ~sendverb	0.04
wrap_up	you ~talk	0.0345
wrap_up	you ~want	0.3091
wrap_up	you ~workverb	-0.0334
wrap_up	your	-0.3626
wrap_up	your advic	-0.0279
wrap_up	your afternoon	0.0617
wrap_up	your app	-0.0278
wrap_up	your colleagu	-0.057
wrap_up	your compani	-0.0379
wrap_up	your day	0.1679
wrap_up	your evening	-0.0727
wrap_up	your perspect	-0.0203
wrap_up	your team	-0.1303
wrap_up	your time	-0.1035
wrap_up	your week	0.2945
wrap_up	your work	-0.0251
wrap_up	your ~closing	0.4868
wrap_up	your ~insight	-0.0555
wrap_up	your ~learn	-0.0269
wrap_up	your ~limit	0.126
wrap_up	your ~org	-0.2287
wrap_up	your ~people	-0.0611
wrap_up	your ~workverb	-0.0251
wrap_up	~application	-0.0774
wrap_up	~closing	0.9366
wrap_up	~closing of	0.3522
wrap_up	~closing on	-0.0334
wrap_up	~closing to	-0.0244
wrap_up	~contactverb	-0.1108
wrap_up	~contactverb out	-0.0274
wrap_up	~contactverb tonight	-0.0328
wrap_up	~contactverb with	-0.0454
wrap_up	~degree	-0.467
wrap_up	~degree at	-0.0325
wrap_up	~degree in	-0.0348
wrap_up	~duration	-0.194
wrap_up	~duration in	-0.0265
wrap_up	~gatekeeper	-0.1078
wrap_up	~help	-0.5682
wrap_up	~help not	-0.0732
wrap_up	~help peopl	-0.0224
wrap_up	~help the	-0.0332
wrap_up	~help to	-0.0512
wrap_up	~help with	-0.0429
wrap_up	~help you	0.0376
wrap_up	~hiring	-0.0834
wrap_up	~insight	0.2991
wrap_up	~insight a	-0.0631
wrap_up	~insight for	-0.0212
wrap_up	~insight from	-0.0248
wrap_up	~insight on	-0.0556
wrap_up	~insight to	-0.0375
wrap_up	~job	-0.4236
wrap_up	~job ask	-0.0267
wrap_up	~job i	-0.085
wrap_up	~job in	-0.0238
wrap_up	~later	0.0205
wrap_up	~learn	-0.3792
wrap_up	~learn back	0.2748
wrap_up	~learn how	-0.0458
wrap_up	~learn i	-0.0201
wrap_up	~learn if	-0.0849
wrap_up	~learn me	-0.0214
wrap_up	~learn more	-0.0254
wrap_up	~learn on	0.1267
wrap_up	~learn out	-0.0441
wrap_up	~learn the	-0.0769
wrap_up	~learn this	-0.0413
wrap_up	~learn we	0.0562
wrap_up	~learn you	0.0727
wrap_up	~learn your	-0.0521
wrap_up	~limit	-0.1373
wrap_up	~limit do	0.3585
wrap_up	~limit is	-0.0301
wrap_up	~limit left	-0.1333
wrap_up	~limit or	-0.0225
wrap_up	~limit so	-0.0428
wrap_up	~limit to	-0.0384
wrap_up	~limit today	-0.0424
wrap_up	~number	-0.9015
wrap_up	~number articl	-0.0721
wrap_up	~number bootcamp	-0.0772
wrap_up	~number career	-0.0332
wrap_up	~number clock	-0.0683
wrap_up	~number coupl	-0.0474
wrap_up	~number eye	-0.0313
wrap_up	~number favor	-0.029
wrap_up	~number few	-0.0373
wrap_up	~number field	-0.0577
wrap_up	~number good	0.028
wrap_up	~number great	0.3063
wrap_up	~number half	-0.0374
wrap_up	~number hand	-0.0344
wrap_up	~number hour	-0.0509
wrap_up	~number job	-0.0651
wrap_up	~number line	-0.0322
wrap_up	~number lot	-0.0613
wrap_up	~number love	0.3324
wrap_up	~number more	-0.0614
wrap_up	~number most	-0.026
wrap_up	~number note	0.0439
wrap_up	~number path	-0.0217
wrap_up	~number point	-0.0221
wrap_up	~number polici	-0.0203
wrap_up	~number portfolio	-0.09
wrap_up	~number program	-0.0302
wrap_up	~number project	-0.0548
wrap_up	~number question	0.5487
wrap_up	~number quick	-0.0333
wrap_up	~number realli	-0.0681
wrap_up	~number referr	-0.0207
wrap_up	~number research	-0.026
wrap_up	~number rest	0.278
wrap_up	~number second	-0.0213
wrap_up	~number short	-0.0868
wrap_up	~number time	-0.0815
wrap_up	~number typic	-0.0561
wrap_up	~number year	-0.0478
wrap_up	~org	-0.1962
wrap_up	~people	-0.4365
wrap_up	~people do	-0.0272
wrap_up	~people els	-0.0777
wrap_up	~people in	-0.0381
wrap_up	~people who	-0.0242
wrap_up	~people you	-0.0326
wrap_up	~sendverb	-0.2853
wrap_up	~sendverb a	0.0478
wrap_up	~sendverb my	-0.0223
wrap_up	~sendverb on	-0.0211
wrap_up	~sendverb over	-0.0469
wrap_up	~sendverb the	-0.0298
wrap_up	~sendverb tonight	-0.0328
wrap_up	~sendverb what	-0.0218
wrap_up	~sendverb you	-0.0766
wrap_up	~student	-0.3997
wrap_up	~student associ	-0.0237
wrap_up	~studyverb	-0.308
wrap_up	~studyverb a	-0.0424
wrap_up	~studyverb the	-0.0414
wrap_up	~studyverb you	-0.0658
wrap_up	~talk	-0.0351
wrap_up	~talk out	-0.0326
wrap_up	~talk so	-0.0646
wrap_up	~talk to	-0.1056
wrap_up	~talk tonight	-0.0328
wrap_up	~talk with	-0.1557
wrap_up	~talk you	-0.0583
wrap_up	~timeunit	-0.1917
wrap_up	~timeunit do	0.364
wrap_up	~timeunit left	-0.1333
wrap_up	~timeunit so	-0.1425
wrap_up	~want	-0.0869
wrap_up	~want a	-0.0301
wrap_up	~want about	-0.0403
wrap_up	~want be	-0.0295
wrap_up	~want for	-0.0307
wrap_up	~want i	-0.0345
wrap_up	~want in	-0.0207
wrap_up	~want it	0.0914
wrap_up	~want love	-0.0775
wrap_up	~want realli	-0.0303
wrap_up	~want recommend	-0.046
wrap_up	~want the	-0.0644
wrap_up	~want this	-0.057
wrap_up	~want to	0.1304
wrap_up	~want want	-0.0206
wrap_up	~want you	-0.1803
wrap_up	~want your	-0.0527
wrap_up	~workverb	-0.3918
wrap_up	~workverb at	-0.0254
wrap_up	~workverb in	-0.0298
wrap_up	~workverb on	-0.0263
wrap_up	~workverb over	-0.1403
thanks	*	-1.0525
thanks	?	-1.8905
thanks	^alright	-0.2034
thanks	^ani	-0.0729
thanks	^anyon	-0.0211
thanks	^anyway	-0.0546
thanks	^are	-0.1814
thanks	^befor	0.144
thanks	^can	-0.1526
thanks	^cheer	0.3919
thanks	^could	-0.1005
thanks	^current	-0.0267
thanks	^did	-0.075
thanks	^great	0.0869
thanks	^happi	-0.0271
thanks	^have	-0.0495
thanks	^honest	0.161
thanks	^how	-0.4126
thanks	^i	-0.1814
thanks	^if	-0.0401
thanks	^is	-0.5054
thanks	^just	-0.0359
thanks	^let	-0.1025
thanks	^love	-0.0414
thanks	^mind	-0.0281
thanks	^my	-0.0936
thanks	^no	-0.2081
thanks	^oh	-0.0838
thanks	^ok	-0.2673
thanks	^pleas	-0.0235
thanks	^right	-0.1001
thanks	^should	-0.0646
thanks	^so	0.0453
thanks	^sorri	-0.1161
thanks	^tell	-0.0455
thanks	^thank	1.9555
thanks	^that	-0.6021
thanks	^this	0.362
thanks	^walk	-0.0279
thanks	^was	-0.0223
thanks	^we	-0.055
thanks	^well	0.1852
thanks	^what	-0.5928
thanks	^where	-0.0896
thanks	^whi	-0.0295
thanks	^which	-0.1233
thanks	^who	-0.094
thanks	^would	-0.1247
thanks	^yeah	-0.0716
thanks	a	-0.5681
thanks	a beginn	-0.0296
thanks	a big	-0.0252
thanks	a career	-0.1863
thanks	a coupl	-0.0238
thanks	a few	-0.037
thanks	a good	-0.0493
thanks	a great	-0.025
thanks	a job	-0.029
thanks	a junior	0.0902
thanks	a junior at	0.102
thanks	a love	0.0499
thanks	a project	-0.0273
thanks	a quick	-0.0467
thanks	a referr	-0.0264
thanks	a shall	-0.0207
thanks	a short	-0.0695
thanks	a stay	-0.0208
thanks	a stay at	-0.0208
thanks	a thank	0.0477
thanks	a thank you	0.0477
thanks	a typic	-0.0284
thanks	a ~degree	-0.0456
thanks	a ~job	-0.0496
thanks	a ~number	-0.0608
thanks	a ~org	-0.0293
thanks	a ~student	0.0354
thanks	abil	-0.0244
thanks	abl	-0.0217
thanks	abl to	-0.0217
thanks	about	-0.1188
thanks	about a	-0.0216
thanks	about me	-0.0243
thanks	about the	0.2295
thanks	about the downsid	0.2869
thanks	about your	-0.0329
thanks	about ~number	0.1897
thanks	academia	-0.0402
thanks	actual	-0.0637
thanks	advic	-0.0346
thanks	after	-0.2134
thanks	after a	-0.0287
thanks	after ~number	-0.0533
thanks	afternoon	-0.0326
thanks	again	0.2733
thanks	agre	0.4499
thanks	all	0.2682
thanks	all i	0.1923
thanks	all my	-0.0899
thanks	all my question	-0.0899
thanks	all right	-0.0416
thanks	all the	-0.0305
thanks	all this	0.0804
thanks	all ~number	-0.0305
thanks	alreadi	-0.0659
thanks	alright	-0.2118
thanks	alright i	-0.1224
thanks	am	-0.0812
thanks	am a	0.0618
thanks	am a junior	0.102
thanks	am go	-0.0433
thanks	am go to	-0.0433
thanks	am here	-0.0234
thanks	am not	-0.0381
thanks	am realli	-0.0289
thanks	am tri	-0.025
thanks	am tri to	-0.025
thanks	am ~number	0.0488
thanks	am ~want	-0.1548
thanks	an	-0.0642
thanks	an interview	-0.0203
thanks	an intro	0.0813
thanks	an ~talk	-0.0203
thanks	analyst	-0.0599
thanks	analyt	-0.0218
thanks	and i	0.0889
thanks	and i have	-0.0337
thanks	and i will	0.0289
thanks	and ~want	-0.032
thanks	ani	-0.1468
thanks	ani chanc	0.1492
thanks	ani chanc you	0.1512
thanks	ani more	-0.0344
thanks	ani more of	-0.0251
thanks	ani way	-0.0408
thanks	ani way i	-0.0408
thanks	anoth	-0.0268
thanks	anyon	0.0568
thanks	anyon els	0.1358
thanks	anyon els in	0.0928
thanks	anyon els you	0.1111
thanks	anyth	-0.0529
thanks	anyth i	0.111
thanks	anyth i can	0.1238
thanks	anyth you	-0.0518
thanks	anyth you wish	-0.0327
thanks	anyway	-0.0546
thanks	anyway i	-0.0546
thanks	app	-0.024
thanks	appli	-0.0406
thanks	appli to	-0.0248
thanks	appreci	1.649
thanks	appreci it	0.3139
thanks	appreci you	0.4131
thanks	are	-0.2638
thanks	are right	0.0402
thanks	are right at	0.0402
thanks	are the	-0.0204
thanks	are there	-0.1229
thanks	are there ani	-0.0339
thanks	are you	-0.0816
thanks	are ~number	-0.0222
thanks	articl	-0.068
thanks	articl i	-0.0506
thanks	articl i mention	-0.0506
thanks	as	-0.1229
thanks	as ~number	-0.0259
thanks	ask	-0.1693
thanks	ask you	-0.0212
thanks	associ	-0.0344
thanks	at	-0.1948
thanks	at a	0.0536
thanks	at home	-0.0208
thanks	at home parent	-0.0208
thanks	at that	-0.0389
thanks	at the	-0.0448
thanks	at your	-0.0247
thanks	back	0.1727
thanks	back to	0.2059
thanks	back to your	0.0638
thanks	balanc	-0.0243
thanks	bank	-0.0619
thanks	be	-0.085
thanks	be abl	-0.0217
thanks	be abl to	-0.0217
thanks	be happi	-0.0263
thanks	be happi to	-0.0263
thanks	be quick	-0.0903
thanks	be realli	-0.0238
thanks	be realli grate	-0.0238
thanks	be use	-0.0263
thanks	be use to	-0.0211
thanks	be ~help	-0.0263
thanks	be ~talk	-0.0245
thanks	be ~want	-0.0238
thanks	been	0.0908
thanks	been the	0.1675
thanks	been ~number	0.1478
thanks	been ~studyverb	-0.0225
thanks	befor	0.0869
thanks	befor i	0.1352
thanks	befor that	-0.0208
thanks	befor that i	-0.0208
thanks	beginn	-0.0434
thanks	best	-0.0213
thanks	better	-0.025
thanks	between	-0.0221
thanks	beyond	-0.0656
thanks	big	-0.0346
thanks	biggest	-0.0441
thanks	bit	-0.0294
thanks	book	-0.0634
thanks	book or	-0.029
thanks	bootcamp	-0.1967
thanks	break	0.198
thanks	build	-0.028
thanks	busi	0.1256
thanks	but	-0.0546
thanks	but i	-0.0212
thanks	bye	-0.1296
thanks	call	-0.0584
thanks	can	-0.1776
thanks	can be	-0.0222
thanks	can do	0.1316
thanks	can do for	0.1583
thanks	can ever	-0.0239
thanks	can i	-0.0737
thanks	can see	0.0328
thanks	can see we	0.0409
thanks	can you	-0.0774
thanks	can you walk	-0.0206
thanks	can ~help	0.1055
thanks	candid	0.3002
thanks	care	-0.0621
thanks	career	-0.2733
thanks	career changer	-0.0208
thanks	certif	-0.0252
thanks	cfa	-0.0202
thanks	chain	0.1027
thanks	chanc	0.1473
thanks	chanc you	0.1512
thanks	chang	-0.0989
thanks	changer	-0.0208
thanks	chat	-0.0493
thanks	chat with	-0.0293
thanks	cheer	0.3919
thanks	citi	-0.0232
thanks	client	-0.0251
thanks	clinic	-0.0429
thanks	clinic ~learn	-0.0208
thanks	coach	-0.1678
thanks	colleagu	-0.0269
thanks	colleg	-0.0234
thanks	come	-0.0427
thanks	comfort	-0.1204
thanks	communiti	-0.0492
thanks	compani	-0.0477
thanks	connect me	-0.034
thanks	connect me with	-0.034
thanks	connect with	0.0384
thanks	connect with you	0.0778
thanks	conscious	-0.0237
thanks	consult	-0.0343
thanks	context	-0.115
thanks	convers	0.1686
thanks	could	-0.2273
thanks	could i	-0.024
thanks	could you	-0.0994
thanks	coupl	-0.0238
thanks	cours	-0.0826
thanks	cover	0.0797
thanks	cover everyth	0.0797
thanks	credit	-0.0285
thanks	cultur	-0.0214
thanks	curious	-0.0273
thanks	curious about	-0.0223
thanks	current	-0.0283
thanks	data	-0.1654
thanks	data scienc	-0.0794
thanks	data scientist	-0.0204
thanks	day	-0.065
thanks	decid	-0.0463
thanks	decid between	-0.037
thanks	definit	-0.0378
thanks	degre	-0.0415
thanks	depart	-0.025
thanks	describ	-0.0286
thanks	describ ~number	-0.0206
thanks	design	-0.1309
thanks	develop	-0.0324
thanks	did	-0.098
thanks	did you get	-0.0333
thanks	differ	-0.0635
thanks	do	-0.3496
thanks	do for	0.1504
thanks	do for you	0.1504
thanks	do not	-0.0731
thanks	do not have	-0.0301
thanks	do not want	-0.0209
thanks	do this	-0.0233
thanks	do to	-0.0237
thanks	do you	-0.168
thanks	do you know	-0.0246
thanks	do you think	0.1946
thanks	doe	-0.1917
thanks	doe a	-0.0292
thanks	doe it	-0.0937
thanks	doe your	-0.02
thanks	doe ~number	-0.0392
thanks	done	-0.1163
thanks	down	-0.0493
thanks	downsid	0.2853
thanks	eat	-0.0334
thanks	eat into	-0.0334
thanks	eat into your	-0.0334
thanks	els	0.0925
thanks	els in	0.0928
thanks	els should	-0.0275
thanks	els should i	-0.0275
thanks	els you	0.1111
thanks	els you think	-0.0353
thanks	email	-0.0856
thanks	email tonight	-0.0724
thanks	email you	-0.0335
thanks	end	-0.1019
thanks	end up	-0.0586
thanks	engin	-0.0679
thanks	enjoy	-0.0306
thanks	enough	0.1929
thanks	evening	0.0382
thanks	ever	-0.1217
thanks	ever help	-0.0223
thanks	ever need	-0.0337
thanks	ever ~help	-0.0239
thanks	everyth	0.1176
thanks	everyth i want	-0.077
thanks	everyth on	-0.0907
thanks	everyth on my	-0.0907
thanks	exercis	-0.0244
thanks	experi	-0.0263
thanks	explain	0.1727
thanks	far	-0.0235
thanks	favor	-0.0257
thanks	feel	-0.0323
thanks	few	-0.041
thanks	field	-0.2525
thanks	figur	-0.0519
thanks	figur out	-0.0519
thanks	final	-0.0418
thanks	find	-0.0297
thanks	finish	-0.1013
thanks	finish ~number	-0.0251
thanks	firm	-0.0249
thanks	first	-0.0444
thanks	fit	0.1374
thanks	fit me	0.1374
thanks	five	-0.0255
thanks	focus	-0.0244
thanks	follow	-0.07
thanks	follow up	-0.0454
thanks	follow up with	-0.0251
thanks	for	0.5449
thanks	for a	-0.0982
thanks	for a beginn	-0.0296
thanks	for data	-0.0275
thanks	for me	-0.1231
thanks	for the	0.1598
thanks	for today	-0.0657
thanks	for you	0.1212
thanks	for your time	0.0519
thanks	for ~number	0.0271
thanks	found	-0.1623
thanks	free	-0.0351
thanks	freelanc	-0.0286
thanks	from	-0.4317
thanks	from me	-0.238
thanks	from my	-0.0672
thanks	from ~number	-0.0201
thanks	game design	-0.0269
thanks	game develop	-0.0208
thanks	get	0.0727
thanks	get back	0.2749
thanks	get back to	0.2749
thanks	get into	-0.036
thanks	get on	-0.0425
thanks	get on with	-0.0425
thanks	get ~number	-0.0233
thanks	give	0.2475
thanks	go	-0.0337
thanks	go on	-0.0458
thanks	go to	-0.0578
thanks	go to send	-0.0433
thanks	goal	-0.0204
thanks	goe	-0.0371
thanks	good	-0.3392
thanks	good ~limit	-0.0367
thanks	got a	-0.0203
thanks	got ~number	-0.0235
thanks	grad	-0.0219
thanks	graduat	-0.0287
thanks	grant	-0.0268
thanks	grate	0.4362
thanks	great	0.249
thanks	great well	0.0869
thanks	guy	-0.0284
thanks	had	-0.0213
thanks	half	-0.0623
thanks	hand	-0.0226
thanks	happi	-0.076
thanks	happi to	-0.0533
thanks	happi to help	-0.0301
thanks	hard	-0.0534
thanks	has	0.1623
thanks	have a love	0.0499
thanks	have ani	-0.0363
thanks	have been	-0.0703
thanks	have got	0.1378
thanks	have to	-0.0344
thanks	have ~number	-0.0352
thanks	have ~workverb	-0.0956
thanks	head	-0.0448
thanks	health	-0.0294
thanks	hear	-0.1264
thanks	help	-0.1694
thanks	help with	-0.0351
thanks	help you	-0.0423
thanks	here	-0.1517
thanks	here to	-0.0408
thanks	here to learn	-0.0271
thanks	hire	0.1013
thanks	home	-0.0208
thanks	home parent	-0.0208
thanks	home ~student	-0.0208
thanks	hope	-0.0293
thanks	hour	-0.0686
thanks	hous	-0.0245
thanks	how	-0.4169
thanks	how did	0.0759
thanks	how did you	0.0873
thanks	how do	-0.0957
thanks	how do you	-0.0734
thanks	how doe	-0.0265
thanks	how is	-0.068
thanks	how is the	-0.0233
thanks	how much	-0.0391
thanks	how the	-0.0409
thanks	how you	-0.0827
thanks	how ~help	-0.0957
thanks	how ~number	-0.0445
thanks	how ~studyverb	0.0759
thanks	i	-0.6767
thanks	i am	-0.0812
thanks	i am a	0.0618
thanks	i am go	-0.0433
thanks	i am here	-0.0234
thanks	i am not	-0.0381
thanks	i am realli	-0.0289
thanks	i am tri	-0.025
thanks	i be	-0.0319
thanks	i can	0.0971
thanks	i can be	-0.0222
thanks	i can do	0.1316
thanks	i can ever	-0.0239
thanks	i can see	0.0328
thanks	i could	-0.0549
thanks	i did	-0.0234
thanks	i do	-0.0675
thanks	i do not	-0.0445
thanks	i follow	-0.0202
thanks	i follow up	-0.0202
thanks	i go	0.1419
thanks	i had	-0.0331
thanks	i have	0.1269
thanks	i have been	-0.0634
thanks	i have got	0.1777
thanks	i just	-0.0224
thanks	i know	0.0829
thanks	i know this	-0.0625
thanks	i know you	0.0456
thanks	i mention	-0.068
thanks	i need	-0.0222
thanks	i realli	0.2182
thanks	i realli appreci	0.2352
thanks	i send	-0.0691
thanks	i should	-0.0729
thanks	i should talk	0.0218
thanks	i talk	0.1267
thanks	i talk to	0.1267
thanks	i think	-0.2314
thanks	i think i	-0.0664
thanks	i think that	-0.1148
thanks	i think we	-0.0474
thanks	i want	-0.1227
thanks	i want to	-0.1182
thanks	i was	-0.0588
thanks	i will	-0.3469
thanks	i will be	-0.0984
thanks	i will definit	-0.0339
thanks	i will keep	-0.0399
thanks	i will leav	-0.0619
thanks	i will let	0.2147
thanks	i will not	-0.0678
thanks	i will send	-0.1129
thanks	i will sign	-0.06
thanks	i will wrap	-0.0465
thanks	i would	-0.1574
thanks	i would be	-0.0466
thanks	i would realli	-0.0467
thanks	i ~help	-0.0831
thanks	i ~sendverb	-0.0747
thanks	i ~studyverb	-0.0452
thanks	i ~talk	0.0719
thanks	i ~want	0.2207
thanks	i ~workverb	0.0906
thanks	idea	-0.0435
thanks	if	-0.3125
thanks	if i	-0.0889
thanks	if i can	-0.0336
thanks	if that	-0.0478
thanks	if that is	-0.0426
thanks	if there	-0.0676
thanks	if there is	-0.0663
thanks	if you	-0.0415
thanks	if you ever	-0.0296
thanks	if you know	0.0758
thanks	if you were	-0.0286
thanks	in	-0.3881
thanks	in a	-0.043
thanks	in game	0.0724
thanks	in how	-0.0289
thanks	in how you	-0.0289
thanks	in my	-0.031
thanks	in the	-0.0459
thanks	in this	-0.0589
thanks	in this field	-0.0205
thanks	in this sector	-0.0298
thanks	in touch	-0.0749
thanks	in touch with	-0.0254
thanks	in your	-0.0855
thanks	in ~contactverb	-0.0764
thanks	in ~number	-0.0923
thanks	industri	-0.0895
thanks	inform	-0.0666
thanks	interest	-0.0743
thanks	interest in	-0.0315
thanks	interest in how	-0.0289
thanks	intern	0.0873
thanks	internship	-0.1753
thanks	internship i	-0.1184
thanks	interview	-0.1369
thanks	into	-0.2024
thanks	into your	-0.0334
thanks	intro	0.0813
thanks	invest	-0.0209
thanks	is	0.5537
thanks	is a	-0.0284
thanks	is all i	0.1923
thanks	is anyon	-0.0319
thanks	is ever	-0.022
thanks	is everyth	0.0448
thanks	is help	-0.1241
thanks	is it	-0.1487
thanks	is me	-0.0924
thanks	is me done	-0.0924
thanks	is part	-0.0567
thanks	is realli	-0.0418
thanks	is super	-0.0874
thanks	is that	-0.0713
thanks	is the	-0.1541
thanks	is there	0.1703
thanks	is there a	-0.0507
thanks	is there ani	0.1398
thanks	is there anyon	0.0779
thanks	is there anyth	0.0327
thanks	is to	-0.0277
thanks	is your	-0.0934
thanks	is ~number	-0.1864
thanks	is ~people	-0.033
thanks	is ~want	-0.059
thanks	it	0.143
thanks	it for	-0.0948
thanks	it from	-0.1605
thanks	it is	-0.0632
thanks	it there	-0.0986
thanks	it there for	-0.0615
thanks	it ~want	-0.0323
thanks	job	-0.2004
thanks	join	-0.0207
thanks	junior	0.2403
thanks	junior at	0.102
thanks	just	-0.1309
thanks	just say	-0.0236
thanks	just ~want	-0.0303
thanks	keep	-0.1593
thanks	keep you	-0.0892
thanks	keep you post	-0.034
thanks	kept	-0.0542
thanks	kept you	-0.0542
thanks	kind	0.0249
thanks	kind of	0.0288
thanks	know	-0.0221
thanks	know anyon	0.0606
thanks	know anyon els	0.0928
thanks	know how	-0.0385
thanks	know how the	-0.0291
thanks	know i	-0.0235
thanks	know i am	-0.0235
thanks	know if	-0.0386
thanks	know this	-0.0625
thanks	know this is	-0.0625
thanks	know you	0.0456
thanks	know you are	0.0986
thanks	know you have	-0.0333
thanks	know ~people	0.0567
thanks	lab	-0.033
thanks	last question	-0.0459
thanks	last summer	0.1028
thanks	last year	-0.025
thanks	last ~duration	-0.025
thanks	late	-0.0552
thanks	law	-0.0214
thanks	lead	-0.0273
thanks	leadership	-0.0221
thanks	learn	-0.1493
thanks	leav	-0.2186
thanks	leav it	-0.1263
thanks	leav it there	-0.0986
thanks	left	-0.0249
thanks	let me	-0.0529
thanks	let me know	-0.0529
thanks	let us	-0.0885
thanks	let us leav	-0.0828
thanks	let you	0.1549
thanks	let you get	0.2519
thanks	let you go	0.0679
thanks	let you know	-0.0744
thanks	like	-0.1676
thanks	like about	-0.0205
thanks	like about the	-0.0205
thanks	like for	-0.0294
thanks	like ~number	-0.0268
thanks	list	-0.0932
thanks	local	-0.0237
thanks	logist	-0.0224
thanks	long	-0.0254
thanks	longer	-0.0671
thanks	look	-0.0589
thanks	look like	-0.0376
thanks	love a	-0.0205
thanks	love an	0.0889
thanks	love to	-0.1117
thanks	love to stay	-0.0384
thanks	love ~closing	0.0499
thanks	love ~number	0.0684
thanks	lunch	0.1845
thanks	lunch break	0.2081
thanks	made	0.0743
thanks	main	-0.0447
thanks	major	0.0965
thanks	major in	0.104
thanks	make	-0.0794
thanks	make sens	-0.0934
thanks	make the	0.0581
thanks	make ~insight	-0.0934
thanks	make ~number	0.0472
thanks	manag	-0.1314
thanks	market	-0.0236
thanks	matter	-0.0469
thanks	matter most	-0.026
thanks	matter most in	-0.02
thanks	me	-0.1716
thanks	me about	-0.0658
thanks	me about the	-0.0328
thanks	me done	-0.0924
thanks	me for	-0.0302
thanks	me for the	-0.0238
thanks	me in	0.1391
thanks	me know	-0.0529
thanks	me know if	-0.036
thanks	me through	-0.0536
thanks	me through a	-0.0294
thanks	me through what	-0.0206
thanks	me to	-0.0265
thanks	me with	-0.0356
thanks	me with someon	-0.0295
thanks	me ~learn	-0.0607
thanks	meet	-0.1226
thanks	meet you	-0.0849
thanks	mention the	0.0918
thanks	mention ~number	0.0918
thanks	mentor	0.0776
thanks	might	-0.0336
thanks	mind	-0.0868
thanks	mind if	-0.0242
thanks	mind if i	-0.0212
thanks	minut	-0.1142
thanks	minut left	-0.0249
thanks	minut so	-0.0402
thanks	minut so i	-0.0391
thanks	moment	-0.0203
thanks	month	0.1561
thanks	more	-0.1187
thanks	more of	-0.0251
thanks	more of your	-0.0251
thanks	more question	-0.0493
thanks	morn	-0.0739
thanks	most in	-0.0302
thanks	move	-0.0351
thanks	move into	-0.0233
thanks	much	1.0971
thanks	much for	0.0988
thanks	much this	0.1232
thanks	much this was	0.073
thanks	much time	-0.0325
thanks	much ~limit	-0.0325
thanks	my	-0.9296
thanks	my list	-0.0907
thanks	my question	-0.0944
thanks	my resum	-0.0243
thanks	my ~application	-0.0278
thanks	my ~degree	-0.027
thanks	my ~job	-0.1176
thanks	my ~student	-0.0538
thanks	name	-0.0272
thanks	need	-0.1208
thanks	need a	-0.0258
thanks	need to	-0.0377
thanks	need ~number	-0.0272
thanks	network	-0.0512
thanks	never	-0.0718
thanks	new	-0.0571
thanks	newslett	-0.0242
thanks	next	-0.1619
thanks	next step	-0.0463
thanks	no	-0.2422
thanks	nonprofit	-0.0447
thanks	not	-0.3305
thanks	not have	-0.0301
thanks	not take	-0.0213
thanks	not take up	-0.0213
thanks	not want	-0.0209
thanks	not want to	-0.0209
thanks	not ~insight	-0.0213
thanks	not ~want	-0.0479
thanks	note	-0.1084
thanks	note after	-0.1045
thanks	note tomorrow	-0.0419
thanks	note tonight	0.0419
thanks	note ~want	-0.1045
thanks	now	-0.2064
thanks	nurs	-0.1254
thanks	nurs chang	-0.0211
thanks	of	-0.4419
thanks	of the	-0.068
thanks	of the time	-0.02
thanks	of your	-0.1365
thanks	of your time	-0.0356
thanks	of your week	-0.0226
thanks	of ~number	-0.0828
thanks	off	-0.082
thanks	oh	-0.0838
thanks	ok	-0.1356
thanks	ok i	-0.0626
thanks	ok i think	-0.0549
thanks	ok that	-0.1356
thanks	ok that is	-0.1356
thanks	old	-0.0679
thanks	on	-0.3765
thanks	on a	-0.0222
thanks	on it	0.2318
thanks	on linkedin	0.0279
thanks	on my	-0.1098
thanks	on my list	-0.0907
thanks	on the	-0.0547
thanks	on with	-0.0425
thanks	on with your	-0.0425
thanks	on your	-0.0542
thanks	on your team	-0.0262
thanks	on ~number	-0.0843
thanks	one	-0.0586
thanks	onli	-0.0371
thanks	onli have	-0.0311
thanks	onlin	-0.0387
thanks	open	-0.0945
thanks	or	-0.293
thanks	or is	-0.064
thanks	or newslett	-0.0242
thanks	other	-0.0328
thanks	out	-0.1626
thanks	out of	-0.0393
thanks	over	-0.0686
thanks	own	0.1791
thanks	pack	0.1279
thanks	parent	-0.0208
thanks	part	-0.0905
thanks	part of	-0.0809
thanks	pass	-0.0222
thanks	past	-0.0513
thanks	path	-0.0356
thanks	peopl	-0.1212
thanks	peopl you	-0.0273
thanks	pick	0.1201
thanks	place	-0.0321
thanks	plan	-0.0592
thanks	pleas	-0.05
thanks	pleas let	-0.0268
thanks	pleas let me	-0.0268
thanks	podcast	-0.0228
thanks	point	-0.0303
thanks	point me	-0.0218
thanks	polici	-0.0983
thanks	posit	-0.0224
thanks	post	-0.0398
thanks	pretti	-0.0284
thanks	product	-0.0475
thanks	profess	-0.1623
thanks	profess i	-0.1609
thanks	profession	-0.0251
thanks	program	-0.0523
thanks	project	-0.196
thanks	project you	-0.0497
thanks	project you are	-0.04
thanks	promis	-0.0629
thanks	proud	-0.04
thanks	proud of	-0.04
thanks	public	-0.0365
thanks	put	-0.0251
thanks	python	-0.0225
thanks	question	-0.2252
thanks	quick	-0.1407
thanks	rather	-0.0203
thanks	reach	-0.0322
thanks	reach out	-0.0268
thanks	read	-0.0314
thanks	realli	0.3556
thanks	realli appreci	0.4885
thanks	realli appreci it	0.3139
thanks	realli grate	-0.0238
thanks	realli ~want	0.4467
thanks	recommend	-0.1166
thanks	recommend i	-0.0244
thanks	recruit	-0.0361
thanks	referr	-0.0292
thanks	report	-0.0306
thanks	research	-0.1202
thanks	rest	-0.0233
thanks	rest of	-0.0233
thanks	rest of your	-0.0226
thanks	resum	-0.0254
thanks	return	-0.0499
thanks	return the	-0.0297
thanks	return the favor	-0.0257
thanks	return ~number	-0.0297
thanks	review	-0.0204
thanks	right	-0.1772
thanks	right at	0.0402
thanks	right now	-0.0437
thanks	risk	-0.0229
thanks	role	-0.0739
thanks	run	-0.0516
thanks	run over	-0.0316
thanks	said	-0.0826
thanks	same	-0.0342
thanks	say	-0.1057
thanks	school	-0.0238
thanks	scienc	-0.0794
thanks	scientist	-0.0204
thanks	season	-0.028
thanks	second	-0.0308
thanks	second year	-0.0296
thanks	second ~duration	-0.0296
thanks	sector	-0.0448
thanks	see we	0.0409
thanks	see we are	0.0409
thanks	send	-0.2832
thanks	send thank	-0.1045
thanks	send thank you	-0.1045
thanks	send you	-0.1439
thanks	send you a	-0.1161
thanks	sens	-0.0996
thanks	shall	-0.0403
thanks	share	0.0714
thanks	shift	-0.0391
thanks	short	-0.0904
thanks	should	-0.2109
thanks	should i	-0.1248
thanks	should i be	-0.028
thanks	should i send	-0.0563
thanks	should talk	0.0218
thanks	should talk to	0.0218
thanks	side	0.0698
thanks	sign	-0.06
thanks	sign off	-0.06
thanks	sinc	-0.0324
thanks	six	-0.024
thanks	six year	-0.0225
thanks	six ~duration	-0.024
thanks	skill	-0.0333
thanks	so	0.8921
thanks	so far	-0.0235
thanks	so i am	0.0489
thanks	so i will	-0.1182
thanks	so just	-0.02
thanks	so much	0.3469
thanks	so much for	0.0988
thanks	so much this	0.1232
thanks	so you	-0.0669
thanks	so you can	-0.0256
thanks	so ~want	-0.02
thanks	some	-0.0515
thanks	someon	-0.09
thanks	someon in	-0.0358
thanks	sorri	-0.2422
thanks	sorri i	-0.0531
thanks	sorri i know	-0.0352
thanks	sorri my	-0.0218
thanks	sound	-0.1029
thanks	sql	-0.1243
thanks	staff	-0.034
thanks	start	-0.1006
thanks	start out	-0.0587
thanks	stat	0.164
thanks	stay	-0.0894
thanks	stay at	-0.0208
thanks	stay at home	-0.0208
thanks	stay in	-0.0495
thanks	stay in touch	-0.0461
thanks	step	-0.0556
thanks	still	-0.0663
thanks	stop	-0.0325
thanks	stop there	-0.0347
thanks	student	-0.0478
thanks	studi	-0.0277
thanks	suggest	0.0802
thanks	suggest i	0.1409
thanks	suit	-0.021
thanks	summer	0.0603
thanks	super	0.0408
thanks	suppli	0.1027
thanks	suppli chain	0.1027
thanks	survey	-0.0244
thanks	switch	-0.0392
thanks	switch from	-0.0274
thanks	take	-0.1234
thanks	take up	-0.0342
thanks	take up ani	-0.0251
thanks	taken	-0.0444
thanks	talk	0.5087
thanks	talk to	0.0739
thanks	talk with	0.4648
thanks	talk with me	0.4648
thanks	tax	-0.0218
thanks	teach	-0.0345
thanks	team	-0.116
thanks	tell	-0.0925
thanks	tell me	-0.0722
thanks	tell me about	-0.0658
thanks	ten	-0.0212
thanks	test	-0.046
thanks	than	-0.0749
thanks	thank	2.9078
thanks	thank again	0.2864
thanks	thank for	0.6152
thanks	thank so	0.2414
thanks	thank so much	0.2414
thanks	thank to	-0.2757
thanks	thank to my	-0.2595
thanks	thank you	1.0982
thanks	thank you email	-0.0269
thanks	thank you for	0.3031
thanks	thank you note	-0.1228
thanks	thank you so	0.1055
thanks	thank ~later	0.2864
thanks	thank ~number	0.224
thanks	that	0.6401
thanks	that cover	0.0797
thanks	that cover everyth	0.0797
thanks	that i	-0.0333
thanks	that is	0.8963
thanks	that is everyth	0.0448
thanks	that is me	-0.0924
thanks	that is realli	-0.0245
thanks	that is super	-0.0874
thanks	that make	-0.054
thanks	that make sens	-0.054
thanks	that ~want	-0.0743
thanks	the	-0.154
thanks	the articl	-0.0506
thanks	the articl i	-0.0506
thanks	the bootcamp	-0.1712
thanks	the cfa	-0.0202
thanks	the downsid	0.2853
thanks	the favor	-0.0257
thanks	the field	-0.0535
thanks	the job	-0.046
thanks	the most	0.143
thanks	the point	0.0901
thanks	the portfolio	0.0334
thanks	the recruit	-0.0203
thanks	the time	0.0652
thanks	the work	-0.0212
thanks	the ~closing	-0.0284
thanks	the ~degree	-0.1884
thanks	the ~gatekeeper	-0.0269
thanks	the ~job	-0.0608
thanks	the ~learn	-0.0206
thanks	the ~limit	0.0569
thanks	the ~org	-0.0369
thanks	the ~people	-0.0212
thanks	the ~student	-0.0514
thanks	the ~workverb	-0.0212
thanks	them	-0.0223
thanks	there	-0.1962
thanks	there a	-0.0507
thanks	there ani	0.1059
thanks	there ani chanc	0.1586
thanks	there anyon	0.0779
thanks	there anyon els	0.0779
thanks	there anyth	0.0327
thanks	there anyth i	0.1285
thanks	there anyth you	-0.0518
thanks	there for	-0.0683
thanks	there for today	-0.0615
thanks	there is	-0.0678
thanks	there is anyon	-0.0319
thanks	there so	-0.0525
thanks	there so you	-0.0525
thanks	there ~number	-0.0531
thanks	there ~people	0.0565
thanks	these	-0.0397
thanks	these day	-0.0377
thanks	thing	-0.035
thanks	think	-0.0827
thanks	think about	0.0667
thanks	think i	-0.1229
thanks	think i have	-0.0506
thanks	think i should	-0.0498
thanks	think of	-0.0585
thanks	think that	-0.1211
thanks	think that cover	-0.0339
thanks	think that is	-0.0809
thanks	think the	0.223
thanks	think we	-0.0474
thanks	think we can	-0.0474
thanks	think ~number	0.223
thanks	this	0.2513
thanks	this field	-0.1776
thanks	this is	-0.0766
thanks	this sector	-0.0321
thanks	this was	0.2677
thanks	thought	-0.1076
thanks	through	-0.076
thanks	through a	-0.0336
thanks	through what	-0.0206
thanks	through what you	-0.0206
thanks	through ~number	-0.0373
thanks	time	-0.0226
thanks	time so	0.0472
thanks	time so i	0.0501
thanks	time today	0.0937
thanks	to	-0.6432
thanks	to a	-0.0205
thanks	to ask	-0.0969
thanks	to be	-0.0663
thanks	to connect	-0.0215
thanks	to get	-0.0553
thanks	to hear	-0.101
thanks	to help	-0.0499
thanks	to it	0.2503
thanks	to keep	-0.0329
thanks	to learn	-0.0479
thanks	to my	-0.2595
thanks	to send	-0.0488
thanks	to stay	-0.0456
thanks	to stay in	-0.0418
thanks	to talk	0.4306
thanks	to talk to	-0.0203
thanks	to talk with	0.4648
thanks	to the	-0.0388
thanks	to think	0.0726
thanks	to think about	0.0726
thanks	to understand	-0.0384
thanks	to understand the	-0.0216
thanks	to work	-0.0685
thanks	to you	-0.0272
thanks	to your	0.0273
thanks	to ~help	-0.0654
thanks	to ~learn	-0.4422
thanks	to ~limit	-0.0206
thanks	to ~number	-0.0605
thanks	to ~sendverb	-0.0718
thanks	to ~student	-0.0223
thanks	to ~talk	0.2381
thanks	to ~workverb	-0.0745
thanks	today	-0.0286
thanks	tomorrow	-0.0419
thanks	tonight	0.0632
thanks	tonight and	0.0625
thanks	too	-0.1446
thanks	tool	-0.0212
thanks	touch	-0.0758
thanks	touch with	-0.0254
thanks	toward	-0.0207
thanks	tri	-0.0908
thanks	tri to	-0.0754
thanks	tri to keep	-0.0235
thanks	twelv	-0.0331
thanks	twenti	-0.0421
thanks	twenti minut	-0.0421
thanks	twenti minut so	-0.0277
thanks	twenti ~limit	-0.0421
thanks	twenti ~timeunit	-0.0421
thanks	two	-0.0273
thanks	typic	-0.0359
thanks	typic ~closing	-0.0238
thanks	understand	-0.0452
thanks	understand the	-0.0265
thanks	understand ~number	-0.0265
thanks	uni	-0.0339
thanks	up	0.2661
thanks	up a	0.0893
thanks	up ani	-0.0519
thanks	up ani more	-0.0251
thanks	up with	-0.0264
thanks	up ~number	0.2695
thanks	up ~want	-0.0334
thanks	us	-0.0893
thanks	us leav	-0.0828
thanks	us leav it	-0.0828
thanks	use	0.0744
thanks	use to	-0.044
thanks	use to you	-0.0222
thanks	usual	-0.0481
thanks	ux	-0.026
thanks	valuabl	0.037
thanks	volunt	-0.041
thanks	walk	-0.0536
thanks	walk me	-0.0536
thanks	walk me through	-0.0536
thanks	want	-0.1939
thanks	want to	-0.1645
thanks	want to ask	-0.077
thanks	want to be	-0.0291
thanks	was	0.0345
thanks	was ~want	0.043
thanks	way i	-0.0408
thanks	way i can	-0.0259
thanks	way to	0.0909
thanks	we	-0.1982
thanks	we are right	0.0402
thanks	we can	-0.0474
thanks	we have	-0.032
thanks	we have got	-0.0201
thanks	week	-0.0528
thanks	weekend	-0.0394
thanks	well	0.2692
thanks	well i	0.1705
thanks	well i will	0.1743
thanks	went	-0.0326
thanks	were	-0.0963
thanks	were start	-0.0576
thanks	what	-0.8043
thanks	what are	-0.0558
thanks	what are you	-0.0326
thanks	what do	-0.0474
thanks	what do you	-0.0353
thanks	what doe	-0.0317
thanks	what i	-0.0302
thanks	what is	-0.1456
thanks	what is the	-0.0698
thanks	what make	-0.0223
thanks	what would	-0.0237
thanks	what you	-0.094
thanks	what ~help	-0.0474
thanks	what ~want	-0.0237
thanks	when	-0.0984
thanks	when you	-0.0776
thanks	where	-0.0951
thanks	where can	-0.022
thanks	where do	-0.0273
thanks	where is	-0.0334
thanks	where ~help	-0.0273
thanks	whether	-0.0419
thanks	whi	-0.0925
thanks	whi i	-0.063
thanks	whi i am	-0.0563
thanks	which	-0.2393
thanks	which is	-0.0561
thanks	who	-0.1703
thanks	who do	-0.0362
thanks	who do you	-0.0317
thanks	who els	-0.0377
thanks	who els should	-0.0275
thanks	who would	-0.038
thanks	who would be	-0.0243
thanks	who ~help	-0.0362
thanks	who ~want	-0.038
thanks	will	-0.369
thanks	will be	-0.0984
thanks	will be quick	-0.0903
thanks	will definit	-0.0339
thanks	will keep	-0.0399
thanks	will leav	-0.0619
thanks	will leav it	-0.0435
thanks	will let	0.2147
thanks	will let you	0.2147
thanks	will not	-0.0678
thanks	will not take	-0.0213
thanks	will send	-0.1129
thanks	will send you	-0.1226
thanks	will sign	-0.06
thanks	will sign off	-0.06
thanks	will wrap	-0.0465
thanks	will wrap up	-0.0465
thanks	will ~contactverb	0.08
thanks	will ~sendverb	-0.1484
thanks	will ~talk	0.0762
thanks	wish	-0.0355
thanks	with	0.0237
thanks	with a	-0.0304
thanks	with anyth	-0.0266
thanks	with me	0.4609
thanks	with someon	-0.0365
thanks	with someon in	-0.0343
thanks	with the	-0.035
thanks	with you	0.0531
thanks	with you on	0.0778
thanks	with your	-0.0695
thanks	with ~number	-0.0709
thanks	with ~people	-0.0467
thanks	wonder	-0.034
thanks	word	-0.0211
thanks	work	-0.3591
thanks	work in	-0.0334
thanks	work on	-0.0285
thanks	worth	-0.0987
thanks	worth it	-0.0241
thanks	worth ~talk	-0.0206
thanks	would	-0.4317
thanks	would be	-0.0701
thanks	would be happi	-0.0263
thanks	would be realli	-0.0238
thanks	would it	-0.0203
thanks	would love a	-0.0205
thanks	would love an	0.0889
thanks	would love to	-0.0794
thanks	would point	-0.0281
thanks	would realli	-0.0636
thanks	would realli appreci	-0.0606
thanks	would recommend	-0.0536
thanks	would suggest	0.113
thanks	would suggest i	0.1409
thanks	would you	-0.1574
thanks	would you be	-0.0316
thanks	would you mind	-0.0362
thanks	would you recommend	-0.0274
thanks	would ~want	-0.0659
thanks	wow	-0.108
thanks	wrap	-0.081
thanks	wrap up	-0.0704
thanks	write	0.0787
thanks	yeah	-0.1241
thanks	year	-0.2098
thanks	year and	-0.0441
thanks	yesterday	-0.0273
thanks	yet	-0.0217
thanks	you	0.4917
thanks	you a	-0.1306
thanks	you a quick	-0.0401
thanks	you are	0.1547
thanks	you be	0.2746
thanks	you can	-0.0321
thanks	you could	-0.0402
thanks	you decid	-0.0351
thanks	you design	-0.0209
thanks	you do	-0.0395
thanks	you email	-0.0269
thanks	you email tonight	-0.0724
thanks	you end	-0.021
thanks	you end up	-0.021
thanks	you ever	-0.0445
thanks	you ever need	-0.0268
thanks	you find	-0.0202
thanks	you for	0.2847
thanks	you for your	0.0519
thanks	you get	0.1982
thanks	you get back	0.2749
thanks	you get on	-0.023
thanks	you go	0.0589
thanks	you guy	-0.0284
thanks	you have	-0.0708
thanks	you in	-0.021
thanks	you know	-0.0414
thanks	you know anyon	0.0606
thanks	you know how	-0.0368
thanks	you like	-0.0292
thanks	you like about	-0.0205
thanks	you mind	-0.0362
thanks	you need	-0.038
thanks	you need to	-0.0252
thanks	you note	-0.1228
thanks	you note after	-0.1045
thanks	you note tonight	0.0419
thanks	you on	0.0612
thanks	you on linkedin	0.0612
thanks	you pick	0.1741
thanks	you post	-0.034
thanks	you recommend	-0.0531
thanks	you recommend i	-0.0212
thanks	you said	-0.0746
thanks	you send	-0.0523
thanks	you so	0.1055
thanks	you so much	0.1055
thanks	you suggest	-0.0328
thanks	you tell	-0.0255
thanks	you tell me	-0.0231
thanks	you thank	0.0516
thanks	you think	0.1295
thanks	you think i	-0.0565
thanks	you think the	0.223
thanks	you to	-0.0443
thanks	you walk	-0.0257
thanks	you walk me	-0.0257
thanks	you were	-0.0779
thanks	you were start	-0.0576
thanks	you wish	-0.0355
thanks	you work	-0.039
thanks	you work on	-0.0224
thanks	you would point	-0.0281
thanks	you would recommend	-0.0536
thanks	you would suggest	0.113
thanks	you ~contactverb	-0.0302
thanks	you ~help	-0.0551
thanks	you ~learn	0.2607
thanks	you ~number	-0.14
thanks	you ~sendverb	-0.0793
thanks	you ~talk	-0.0534
thanks	you ~want	-0.0408
thanks	you ~workverb	-0.0425
thanks	your	-0.4392
thanks	your advic	-0.0469
thanks	your afternoon	-0.0326
thanks	your app	-0.024
thanks	your compani	-0.0362
thanks	your day	0.0313
thanks	your lunch	0.1866
thanks	your lunch break	0.2081
thanks	your team	-0.0803
thanks	your week	-0.039
thanks	your work	-0.0251
thanks	your ~closing	-0.0904
thanks	your ~insight	-0.0593
thanks	your ~learn	-0.0259
thanks	your ~limit	0.3069
thanks	your ~org	-0.1735
thanks	your ~workverb	-0.0251
thanks	~application	-0.038
thanks	~closing	-0.167
thanks	~closing of	-0.0233
thanks	~contactverb	-0.1508
thanks	~contactverb tonight	-0.0724
thanks	~contactverb with	-0.0336
thanks	~contactverb you	-0.0441
thanks	~degree	-0.3848
thanks	~degree in	-0.0357
thanks	~duration	-0.2224
thanks	~duration and	-0.0441
thanks	~duration in	-0.0206
thanks	~gatekeeper	0.0203
thanks	~help	-0.3117
thanks	~help for	0.1383
thanks	~help not	-0.0731
thanks	~help peopl	-0.0232
thanks	~help the	-0.0316
thanks	~help to	-0.046
thanks	~help with	-0.0351
thanks	~help you	-0.1974
thanks	~hiring	0.0977
thanks	~insight	-0.3714
thanks	~insight for	-0.0202
thanks	~insight on	-0.0286
thanks	~insight up	-0.0303
thanks	~job	-0.5226
thanks	~job i	-0.138
thanks	~job in	-0.0253
thanks	~later	0.2389
thanks	~learn	-0.3976
thanks	~learn anyon	0.0606
thanks	~learn back	0.2723
thanks	~learn how	-0.0525
thanks	~learn i	-0.0246
thanks	~learn if	-0.056
thanks	~learn into	-0.0303
thanks	~learn me	-0.0273
thanks	~learn on	-0.0448
thanks	~learn out	-0.0725
thanks	~learn so	-0.0243
thanks	~learn the	-0.0467
thanks	~learn this	-0.0625
thanks	~learn up	0.1761
thanks	~learn we	0.021
thanks	~learn with	-0.0307
thanks	~learn you	0.0307
thanks	~learn your	0.1289
thanks	~limit	0.0331
thanks	~limit break	0.2081
thanks	~limit i	-0.0551
thanks	~limit is	0.1351
thanks	~limit left	-0.0249
thanks	~limit today	0.0937
thanks	~number	-0.6596
thanks	~number articl	-0.0506
thanks	~number beginn	-0.0296
thanks	~number big	-0.0346
thanks	~number bootcamp	-0.1769
thanks	~number career	-0.1915
thanks	~number cfa	-0.0202
thanks	~number coupl	-0.0238
thanks	~number downsid	0.2853
thanks	~number favor	-0.0257
thanks	~number few	-0.037
thanks	~number field	-0.056
thanks	~number game	-0.0214
thanks	~number good	-0.0493
thanks	~number great	-0.025
thanks	~number hour	-0.0255
thanks	~number interview	-0.0212
thanks	~number intro	0.0813
thanks	~number job	-0.075
thanks	~number junior	0.0841
thanks	~number love	0.0499
thanks	~number minut	-0.0998
thanks	~number most	0.143
thanks	~number point	0.0901
thanks	~number portfolio	0.029
thanks	~number project	-0.0518
thanks	~number question	-0.0266
thanks	~number quick	-0.0467
thanks	~number recruit	-0.0203
thanks	~number referr	-0.0264
thanks	~number shall	-0.0207
thanks	~number short	-0.0695
thanks	~number stat	0.164
thanks	~number stay	-0.0208
thanks	~number student	-0.0209
thanks	~number thank	0.0477
thanks	~number time	0.0652
thanks	~number typic	-0.0284
thanks	~number work	-0.0212
thanks	~number year	-0.051
thanks	~org	-0.3337
thanks	~people	-0.3706
thanks	~people do	-0.0565
thanks	~people els	0.0981
thanks	~people in	-0.0729
thanks	~people on	-0.0265
thanks	~people who	-0.0334
thanks	~people would	-0.0418
thanks	~people you	-0.0445
thanks	~sendverb	-0.4
thanks	~sendverb my	-0.0216
thanks	~sendverb thank	-0.1045
thanks	~sendverb tonight	-0.0724
thanks	~sendverb you	-0.1848
thanks	~student	-0.3404
thanks	~student at	0.0884
thanks	~student for	-0.0347
thanks	~studyverb	-0.131
thanks	~studyverb a	-0.0295
thanks	~studyverb in	0.0974
thanks	~talk at	-0.0217
thanks	~talk me	-0.034
thanks	~talk to	0.0655
thanks	~talk tonight	-0.0724
thanks	~talk with	0.4535
thanks	~talk you	-0.1323
thanks	~timeunit	-0.1828
thanks	~timeunit left	-0.0249
thanks	~timeunit so	-0.0402
thanks	~want	0.3659
thanks	~want a	-0.0517
thanks	~want about	-0.0223
thanks	~want appreci	0.4885
thanks	~want be	-0.0701
thanks	~want for	-0.0338
thanks	~want grate	-0.0238
thanks	~want here	-0.0276
thanks	~want i	-0.0211
thanks	~want in	-0.0391
thanks	~want it	0.2936
thanks	~want point	-0.0281
thanks	~want realli	-0.0636
thanks	~want recommend	-0.0536
thanks	~want say	-0.0236
thanks	~want suggest	0.113
thanks	~want the	-0.0201
thanks	~want this	0.113
thanks	~want to	-0.2868
thanks	~want you	0.2235
thanks	~want your	-0.1054
thanks	~workverb	-0.2409
thanks	~workverb a	-0.0302
thanks	~workverb at	0.0894
thanks	~workverb in	-0.0415
thanks	~workverb on	-0.0285
thanks	~workverb over	-0.0316
thanks	~workverb the	0.1675
give_back	*	-3.1909
give_back	?	-0.9158
give_back	^alright	-0.0636
give_back	^ani	-0.025
give_back	^are	-0.1711
give_back	^could	-0.078
give_back	^did	-0.0268
give_back	^do	-0.1904
give_back	^doe	-0.0274
give_back	^great	-0.0243
give_back	^happi	0.3894
give_back	^hi	-0.0559
give_back	^honest	-0.0499
give_back	^how	0.0363
give_back	^i	-0.2874
give_back	^if	0.6226
give_back	^is	-0.13
give_back	^just	-0.0246
give_back	^let	0.0773
give_back	^mind	-0.0503
give_back	^my	-0.0395
give_back	^no	-0.0632
give_back	^oh	-0.0394
give_back	^ok	-0.0882
give_back	^pleas	0.1113
give_back	^right	-0.0313
give_back	^should	-0.0317
give_back	^so	-0.0275
give_back	^sorri	-0.0833
give_back	^tell	-0.0397
give_back	^thank	-0.2333
give_back	^that	-0.1542
give_back	^this	0.0643
give_back	^we	-0.0368
give_back	^well	-0.0252
give_back	^what	-0.4622
give_back	^where	-0.1396
give_back	^whi	-0.0318
give_back	^which	0.3075
give_back	^who	-0.0915
give_back	^would	0.0678
give_back	^yeah	-0.033
give_back	a	-0.7744
give_back	a beginn	-0.0216
give_back	a career	-0.0368
give_back	a coupl	-0.045
give_back	a coupl of	-0.0325
give_back	a few	-0.0383
give_back	a good	-0.1772
give_back	a good word	-0.0236
give_back	a hand	0.1793
give_back	a job	-0.0471
give_back	a lot	0.0314
give_back	a lot of	0.0425
give_back	a part	-0.0601
give_back	a part time	-0.058
give_back	a program	-0.0317
give_back	a quick	-0.0314
give_back	a referr	-0.0337
give_back	a role	-0.0342
give_back	a second	-0.026
give_back	a shall	0.035
give_back	a shall project	-0.0467
give_back	a short	0.1246
give_back	a strong	-0.021
give_back	a thank	-0.032
give_back	a thank you	-0.032
give_back	a typic	-0.0238
give_back	a ~closing	-0.0292
give_back	a ~degree	-0.0665
give_back	a ~job	-0.1019
give_back	a ~number	-0.0832
give_back	a ~student	-0.0729
give_back	abil	-0.0592
give_back	abil should	-0.0331
give_back	abil should i	-0.0331
give_back	abl	-0.0346
give_back	abl to	-0.0346
give_back	about	-0.2515
give_back	about it	-0.0476
give_back	about the	-0.0865
give_back	about the downsid	-0.0266
give_back	about your	0.0465
give_back	about ~number	-0.1202
give_back	academia	-0.027
give_back	actual	0.0295
give_back	actual ~help	-0.0333
give_back	add	-0.0462
give_back	add you	-0.0462
give_back	add you on	-0.0462
give_back	advic	-0.0836
give_back	affect	-0.0368
give_back	affect your	-0.0345
give_back	after	-0.0785
give_back	after ~number	-0.0363
give_back	afternoon	-0.0376
give_back	again	-0.0525
give_back	agenc	-0.0292
give_back	agre	-0.0323
give_back	all	-0.1789
give_back	all right	-0.0333
give_back	all the	-0.0431
give_back	all ~number	-0.0431
give_back	almost	-0.0448
give_back	almost out	-0.0448
give_back	almost out of	-0.0448
give_back	along	-0.0504
give_back	alreadi	-0.0402
give_back	alright	-0.0921
give_back	alright i	-0.0516
give_back	am	0.1885
give_back	am a	-0.0392
give_back	am around	0.1009
give_back	am go	-0.0347
give_back	am go to	-0.0347
give_back	am here	-0.0289
give_back	am hope	-0.058
give_back	am not	-0.0324
give_back	am pretti	0.0852
give_back	am tri	-0.0201
give_back	am tri to	-0.0201
give_back	am ~number	-0.0557
give_back	am ~want	-0.1884
give_back	an	0.1709
give_back	an exercis	-0.0206
give_back	an eye	-0.0365
give_back	an eye on	-0.0365
give_back	an interview	-0.0342
give_back	an intro	-0.0562
give_back	an introduct	-0.0297
give_back	an introduct to	-0.0297
give_back	an ~student	-0.0257
give_back	an ~talk	-0.0342
give_back	analyst	-0.0981
give_back	analyst on	-0.0214
give_back	and	-0.1778
give_back	and i	-0.0373
give_back	and ~want	-0.0265
give_back	ani	0.0426
give_back	ani chanc	-0.0252
give_back	ani chanc you	-0.02
give_back	ani more	-0.0642
give_back	ani more of	-0.038
give_back	ani open	-0.0229
give_back	ani way	0.242
give_back	ani way i	0.242
give_back	ani ~job	-0.0277
give_back	ani ~people	-0.0301
give_back	anyon	-0.1599
give_back	anyon els	-0.0372
give_back	anyon in	-0.0545
give_back	anyon on	-0.031
give_back	anyth	0.6915
give_back	anyth i	0.2875
give_back	anyth i can	0.1544
give_back	anyth i could	0.1663
give_back	anyth on	0.408
give_back	anyth you	-0.0445
give_back	anyth you wish	-0.0211
give_back	app	0.1563
give_back	appli	-0.2451
give_back	appli to	-0.0497
give_back	applic	-0.1483
give_back	appreci	-0.0948
give_back	appreci it	-0.029
give_back	appreci you	-0.0344
give_back	are	-0.0967
give_back	are almost	-0.0448
give_back	are almost out	-0.0448
give_back	are near	0.0729
give_back	are the	-0.0364
give_back	are there	-0.1225
give_back	are there ani	-0.0417
give_back	are you	-0.0734
give_back	are ~number	-0.0398
give_back	are ~workverb	-0.0236
give_back	area	-0.0205
give_back	around	0.1009
give_back	articl	-0.0814
give_back	articl i	-0.0509
give_back	articl i mention	-0.0509
give_back	as	-0.0997
give_back	as a	-0.0381
give_back	as ~number	-0.0445
give_back	ask	0.0793
give_back	ask for	-0.0229
give_back	ask you	-0.0228
give_back	associ	-0.0314
give_back	at	-0.056
give_back	at a	-0.037
give_back	at that	0.1219
give_back	at the	-0.1021
give_back	at the moment	-0.0331
give_back	at trailhead	-0.0239
give_back	at your	-0.0689
give_back	at your firm	-0.0438
give_back	at ~number	-0.1484
give_back	atmospher	-0.023
give_back	back	-0.0572
give_back	back to	-0.0209
give_back	bank	-0.0548
give_back	be	0.4769
give_back	be abl	-0.0346
give_back	be abl to	-0.0346
give_back	be glad	0.2414
give_back	be glad to	0.2414
give_back	be good	-0.0232
give_back	be good to	-0.0203
give_back	be happi	0.0452
give_back	be happi to	0.0452
give_back	be mind	-0.0271
give_back	be mind of	-0.0271
give_back	be ok	-0.0538
give_back	be ok if	-0.031
give_back	be ok to	-0.0228
give_back	be realli	-0.1081
give_back	be realli grate	-0.1081
give_back	be use	0.2025
give_back	be use to	0.1254
give_back	be ~help	0.2025
give_back	be ~want	-0.1081
give_back	been	-0.0683
give_back	been the	-0.0332
give_back	been ~number	-0.0364
give_back	befor appli	-0.0387
give_back	befor appli to	-0.0363
give_back	befor i	-0.0517
give_back	befor we	0.0909
give_back	befor we finish	0.0909
give_back	beginn	-0.0349
give_back	best	-0.0242
give_back	better	-0.053
give_back	better at	-0.0397
give_back	between	-0.0475
give_back	beyond	-0.0323
give_back	big	-0.0246
give_back	biggest	-0.0261
give_back	bit	-0.0344
give_back	blog	-0.0206
give_back	book	-0.0516
give_back	book you	-0.0251
give_back	bootcamp	-0.0497
give_back	break	-0.0238
give_back	bridg	-0.0237
give_back	build	-0.1082
give_back	busi	-0.0279
give_back	but	0.0612
give_back	by	0.0692
give_back	by email	-0.0201
give_back	by ~contactverb	-0.0201
give_back	by ~sendverb	-0.0201
give_back	by ~talk	-0.0201
give_back	call	-0.0495
give_back	can	0.9518
give_back	can be	0.2147
give_back	can be use	0.0903
give_back	can do	0.1185
give_back	can do for	0.1532
give_back	can do to	-0.0912
give_back	can ever	0.0975
give_back	can ever help	0.0783
give_back	can help	0.0935
give_back	can help you	0.1484
give_back	can i	0.6043
give_back	can i do	0.294
give_back	can i help	-0.1443
give_back	can i learn	-0.0355
give_back	can i return	0.1817
give_back	can return	0.1573
give_back	can return the	0.1573
give_back	can see	-0.0868
give_back	can see we	-0.0473
give_back	can you	-0.1079
give_back	can ~help	0.3693
give_back	can ~learn	-0.0953
give_back	candid	-0.0488
give_back	care	-0.048
give_back	career	-0.0575
give_back	career changer	-0.0217
give_back	case	-0.0365
give_back	certif	-0.0301
give_back	cfa	-0.022
give_back	chanc	-0.1568
give_back	chanc of	-0.1367
give_back	chanc you	-0.02
give_back	chang	-0.0337
give_back	chang how	-0.0252
give_back	changer	-0.0217
give_back	chariti	0.1675
give_back	chat	-0.0407
give_back	check	-0.0249
give_back	choos	-0.0687
give_back	choos ~number	-0.0364
give_back	citi	-0.0224
give_back	class	0.1262
give_back	client	-0.0321
give_back	clinic	-0.0293
give_back	clock	-0.0457
give_back	coach	-0.0251
give_back	colleagu	-0.0345
give_back	colleg	-0.0324
give_back	come	0.1719
give_back	come up	-0.0501
give_back	communiti colleg	-0.0269
give_back	compani	-0.1013
give_back	confer	0.0964
give_back	connect	-0.0721
give_back	connect with	-0.0625
give_back	connect with you	-0.0333
give_back	conscious	-0.0319
give_back	consid	-0.0515
give_back	consult	-0.039
give_back	contact	-0.027
give_back	context	-0.0329
give_back	convers	-0.0305
give_back	could	0.8511
give_back	could do	0.0963
give_back	could do to	0.0963
give_back	could get	-0.0294
give_back	could i	0.3985
give_back	could i do	-0.0365
give_back	could pass	-0.0284
give_back	could pass my	-0.0284
give_back	could put	-0.0286
give_back	could put in	-0.0236
give_back	could tri	-0.0267
give_back	could tri to	-0.0232
give_back	could you	-0.21
give_back	could you describ	-0.0265
give_back	could ~help	0.1216
give_back	could ~learn	-0.0361
give_back	could ~sendverb	0.044
give_back	could ~talk	-0.0268
give_back	could ~want	-0.0267
give_back	coupl	-0.045
give_back	coupl of	-0.0325
give_back	cours	-0.0465
give_back	cover	-0.0252
give_back	cover everyth	-0.0252
give_back	credit	-0.0306
give_back	cultur	-0.0322
give_back	curious	-0.0253
give_back	current	-0.0218
give_back	dashboard	0.2348
give_back	data	0.188
give_back	data scienc	-0.0534
give_back	data scientist	-0.0408
give_back	dataset	-0.0329
give_back	day	-0.1016
give_back	decent	0.0653
give_back	decid	-0.0545
give_back	decid between	-0.0313
give_back	definit	-0.0267
give_back	degre	-0.0474
give_back	depart	-0.0571
give_back	describ	-0.0657
give_back	describ the	-0.0255
give_back	describ ~number	-0.0374
give_back	design	-0.164
give_back	design is	-0.0214
give_back	design ~job	-0.0399
give_back	develop	-0.0346
give_back	did	-0.1755
give_back	did you	-0.091
give_back	did ~number	-0.0204
give_back	differ	-0.0666
give_back	director	-0.0427
give_back	do	-0.4607
give_back	do a	-0.0474
give_back	do befor	-0.0354
give_back	do data	-0.0247
give_back	do data scientist	-0.0247
give_back	do first	-0.0326
give_back	do for	0.6088
give_back	do for you	0.6088
give_back	do i	-0.0423
give_back	do i need	-0.036
give_back	do not	-0.0242
give_back	do not have	-0.0583
give_back	do not want	-0.0351
give_back	do peopl	-0.0287
give_back	do this	-0.0955
give_back	do to	-0.0972
give_back	do to get	-0.0407
give_back	do to help	0.2041
give_back	do to prepar	-0.0616
give_back	do you	-0.5444
give_back	do you ever	-0.0477
give_back	do you know	-0.0311
give_back	do you think	-0.0479
give_back	do you use	-0.033
give_back	do ~number	-0.0642
give_back	do ~people	-0.0287
give_back	doe	-0.1767
give_back	doe a	-0.0319
give_back	doe it	-0.0264
give_back	doe your	-0.0676
give_back	doe your compani	-0.0263
give_back	doe your team	-0.0299
give_back	doe ~number	-0.0462
give_back	done	-0.0656
give_back	down	-0.0586
give_back	downsid	-0.0281
give_back	drop	-0.0303
give_back	eat	-0.0249
give_back	eat into	-0.0249
give_back	eat into your	-0.0249
give_back	elect	-0.044
give_back	els	-0.0951
give_back	els should	-0.0201
give_back	els should i	-0.0201
give_back	email	-0.1318
give_back	email you	-0.0838
give_back	email you in	-0.0249
give_back	end	0.073
give_back	end of	-0.0219
give_back	engin	-0.1109
give_back	enjoy	-0.0485
give_back	enjoy the	-0.0279
give_back	enjoy ~number	-0.0279
give_back	entri	-0.0322
give_back	entri level	-0.0322
give_back	even	0.1484
give_back	ever	0.9431
give_back	ever help	0.1507
give_back	ever need	0.2281
give_back	ever need a	0.1554
give_back	ever want	0.1959
give_back	ever ~help	0.0975
give_back	everyth	-0.0694
give_back	everyth i	-0.0226
give_back	everyth on	-0.0208
give_back	everyth on my	-0.0208
give_back	exercis	-0.0487
give_back	exercis to	-0.0287
give_back	experi	-0.0934
give_back	explain	-0.0216
give_back	extra	0.5112
give_back	eye	-0.0365
give_back	eye on	-0.0365
give_back	favor	0.2703
give_back	favor somehow	0.1223
give_back	feedback	0.1431
give_back	feel	-0.046
give_back	feel like	-0.0209
give_back	few	-0.0449
give_back	field	-0.1883
give_back	financ	-0.0305
give_back	find	-0.063
give_back	find out	-0.0213
give_back	firm	-0.1131
give_back	first	-0.0773
give_back	first year	-0.0204
give_back	first ~duration	-0.0204
give_back	five	-0.0216
give_back	follow	-0.0926
give_back	follow up	-0.0664
give_back	follow up by	-0.0201
give_back	follow up with	-0.0347
give_back	for	0.395
give_back	for a	-0.1009
give_back	for a beginn	-0.0216
give_back	for an	-0.0592
give_back	for data	-0.0205
give_back	for me	-0.0802
give_back	for the	0.1059
give_back	for this	-0.0727
give_back	for this field	-0.0613
give_back	for today	-0.0356
give_back	for you	0.5697
give_back	for your	0.1787
give_back	for your time	-0.0368
give_back	for ~hiring	-0.0343
give_back	for ~number	-0.0614
give_back	for ~org	-0.025
give_back	forecast	-0.0384
give_back	found	-0.023
give_back	free	0.1595
give_back	freelanc	-0.0306
give_back	from	0.0969
give_back	from a	-0.0428
give_back	from me	-0.0309
give_back	from my	0.1031
give_back	from the	0.2114
give_back	from ~number	0.1686
give_back	game	-0.0986
give_back	get	-0.383
give_back	get a	-0.0301
give_back	get an	-0.0329
give_back	get better	-0.0397
give_back	get better at	-0.0397
give_back	get into	-0.147
give_back	get ~number	-0.0686
give_back	give	-0.0363
give_back	glad	0.2414
give_back	glad to	0.2414
give_back	go	-0.201
give_back	go to	-0.0537
give_back	go to send	-0.0347
give_back	goe	-0.0291
give_back	good	-0.1436
give_back	good at	0.1139
give_back	good to	-0.0203
give_back	good to talk	-0.0203
give_back	good word	-0.0236
give_back	good word for	-0.0236
give_back	got	-0.0828
give_back	grad	-0.062
give_back	grad school	-0.0395
give_back	grad ~org	-0.0395
give_back	graduat	-0.0419
give_back	grant	0.1275
give_back	grate	-0.1249
give_back	great	0.0598
give_back	great well	-0.0243
give_back	growth	-0.0592
give_back	had	-0.1264
give_back	half	-0.0393
give_back	half hour	-0.0258
give_back	half ~limit	-0.0258
give_back	half ~timeunit	-0.0258
give_back	hand	0.6922
give_back	handl	-0.0239
give_back	happi	0.4163
give_back	happi to	0.4346
give_back	happi to help	0.1866
give_back	hard	-0.0678
give_back	has	-0.0416
give_back	have	-0.4906
give_back	have a	-0.0322
give_back	have ani	-0.0585
give_back	have been	-0.0305
give_back	have got	-0.0327
give_back	have read	-0.0315
give_back	have time	-0.0239
give_back	have time for	-0.0239
give_back	have to	-0.0225
give_back	have ~insight	-0.0315
give_back	have ~limit	-0.0239
give_back	have ~number	-0.0398
give_back	have ~workverb	-0.0505
give_back	head	-0.0253
give_back	hear	-0.0539
give_back	help	1.4233
give_back	help i	0.0689
give_back	help if	0.2319
give_back	help if i	0.2319
give_back	help me	-0.105
give_back	help me understand	-0.065
give_back	help test	0.0839
give_back	help to	0.4676
give_back	help with	0.4119
give_back	help with anyth	0.2837
give_back	help you	0.3027
give_back	help you most	-0.026
give_back	help you out	0.1814
give_back	here	-0.0728
give_back	here to	-0.0224
give_back	hi	-0.0559
give_back	hire	-0.1078
give_back	honest	-0.0913
give_back	honest i	-0.023
give_back	hope	-0.114
give_back	hope you	-0.1036
give_back	hour	-0.0737
give_back	hous	-0.0373
give_back	how	-0.1437
give_back	how can	0.233
give_back	how can i	0.2406
give_back	how could	0.3285
give_back	how could i	0.3285
give_back	how did	-0.0701
give_back	how did you	-0.0447
give_back	how do	-0.1966
give_back	how do you	-0.1335
give_back	how doe	-0.0544
give_back	how doe your	-0.0292
give_back	how is	-0.0567
give_back	how is the	-0.0293
give_back	how much	-0.0342
give_back	how should	-0.0255
give_back	how the	-0.0366
give_back	how you	-0.0588
give_back	how your	-0.0289
give_back	how ~help	-0.1966
give_back	how ~number	-0.0397
give_back	how ~studyverb	-0.0701
give_back	i	0.8626
give_back	i add	-0.0462
give_back	i add you	-0.0462
give_back	i am	0.1885
give_back	i am a	-0.0392
give_back	i am around	0.1009
give_back	i am go	-0.0347
give_back	i am here	-0.0289
give_back	i am hope	-0.058
give_back	i am not	-0.0324
give_back	i am pretti	0.0852
give_back	i am tri	-0.0201
give_back	i be	0.4361
give_back	i can	0.6496
give_back	i can be	0.2147
give_back	i can do	0.1185
give_back	i can ever	0.0975
give_back	i can help	0.1484
give_back	i can return	0.1573
give_back	i can see	-0.0868
give_back	i could	0.2899
give_back	i could do	0.0963
give_back	i could tri	-0.0267
give_back	i do	0.0857
give_back	i do for	0.4556
give_back	i do not	-0.1186
give_back	i do this	-0.0529
give_back	i do to	-0.0998
give_back	i email	-0.0301
give_back	i email you	-0.0301
give_back	i follow	-0.045
give_back	i follow up	-0.045
give_back	i get	-0.0328
give_back	i had	-0.0906
give_back	i have	-0.2097
give_back	i have been	-0.0215
give_back	i have read	-0.0315
give_back	i help	0.0306
give_back	i just	-0.0326
give_back	i know	0.1321
give_back	i know we	0.0736
give_back	i know you	-0.0329
give_back	i learn	-0.0464
give_back	i learn more	-0.0355
give_back	i mention	-0.0814
give_back	i need	-0.0418
give_back	i practic	-0.0473
give_back	i reach	-0.057
give_back	i reach out	-0.0329
give_back	i read	-0.0259
give_back	i realli	-0.0469
give_back	i realli appreci	-0.023
give_back	i return	0.1817
give_back	i return the	0.1817
give_back	i send	-0.116
give_back	i send you	-0.1029
give_back	i should	-0.111
give_back	i should talk	-0.0211
give_back	i think	-0.1356
give_back	i think i	-0.0393
give_back	i think that	-0.0312
give_back	i think we	-0.041
give_back	i want	-0.1122
give_back	i want to	-0.1054
give_back	i was	-0.0806
give_back	i was hope	-0.0249
give_back	i will	-0.2868
give_back	i will be	-0.0551
give_back	i will definit	-0.0219
give_back	i will keep	-0.0291
give_back	i will leav	-0.0387
give_back	i will let	-0.1156
give_back	i will not	-0.0563
give_back	i will send	0.2379
give_back	i will stop	-0.0501
give_back	i would	0.2818
give_back	i would be	0.2292
give_back	i would like	-0.037
give_back	i would love	-0.0425
give_back	i ~contactverb	-0.0656
give_back	i ~help	0.6336
give_back	i ~insight	-0.0369
give_back	i ~learn	0.0318
give_back	i ~org	-0.0473
give_back	i ~studyverb	-0.0512
give_back	i ~talk	-0.1011
give_back	i ~want	0.0682
give_back	idea	-0.0426
give_back	if	1.0801
give_back	if i	0.2198
give_back	if i add	-0.0462
give_back	if i can	0.2604
give_back	if i email	-0.0264
give_back	if i follow	-0.0201
give_back	if i would	-0.023
give_back	if it	0.1075
give_back	if that	0.1859
give_back	if that is	0.1088
give_back	if there	0.1482
give_back	if there is	0.1546
give_back	if you	0.3908
give_back	if you could	-0.0805
give_back	if you ever	0.2731
give_back	if you need	0.0497
give_back	if you were	-0.0562
give_back	if your	0.1365
give_back	if your team	0.207
give_back	in	-0.2791
give_back	in a	-0.0665
give_back	in a good	-0.0236
give_back	in game	-0.0256
give_back	in my	-0.0238
give_back	in polici	-0.0289
give_back	in return	0.2519
give_back	in this	-0.0376
give_back	in touch with	-0.0306
give_back	in your	-0.2039
give_back	in your depart	-0.0464
give_back	in your field	-0.0389
give_back	in your network	-0.0584
give_back	in ~contactverb	-0.0212
give_back	in ~help	0.2519
give_back	in ~number	-0.0864
give_back	industri	-0.0674
give_back	inform	-0.0329
give_back	interest	-0.0895
give_back	interest in	-0.0434
give_back	intern	-0.0754
give_back	internship	-0.0633
give_back	interview	-0.0856
give_back	into	-0.3102
give_back	into a	-0.1328
give_back	into your	-0.0249
give_back	into ~number	-0.1386
give_back	intro	-0.0562
give_back	introduc	-0.0213
give_back	introduct	-0.0429
give_back	introduct to	-0.0297
give_back	is	-0.2417
give_back	is a	-0.0368
give_back	is all	-0.0449
give_back	is ani	0.1557
give_back	is ani way	0.1557
give_back	is anyon	-0.0576
give_back	is done	-0.0303
give_back	is ever	0.1289
give_back	is everyth	-0.0367
give_back	is for	-0.0241
give_back	is for me	-0.0241
give_back	is help	0.0824
give_back	is it	-0.0552
give_back	is realli	-0.0204
give_back	is super	-0.0631
give_back	is that	-0.0222
give_back	is the	-0.191
give_back	is there	0.2461
give_back	is there a	-0.109
give_back	is there ani	0.0266
give_back	is there anyth	0.3828
give_back	is your	-0.0349
give_back	is ~number	-0.2346
give_back	is ~people	-0.0613
give_back	is ~want	-0.0284
give_back	it	0.233
give_back	it be	-0.0671
give_back	it be ok	-0.0538
give_back	it for	-0.0254
give_back	it from	-0.0253
give_back	it help	0.212
give_back	it help if	0.2319
give_back	it is	0.1492
give_back	it take	-0.0288
give_back	it there	-0.0531
give_back	it there for	-0.0335
give_back	it ~help	0.212
give_back	it ~insight	-0.0288
give_back	job	-0.1636
give_back	jump	-0.0612
give_back	junior	-0.0566
give_back	junior design	-0.0216
give_back	junior ~student	-0.0232
give_back	just	0.0421
give_back	just say	0.0757
give_back	just start	-0.0216
give_back	just ~learn	0.0543
give_back	just ~want	-0.0231
give_back	keep	-0.2038
give_back	keep an	-0.0365
give_back	keep an eye	-0.0365
give_back	keep in	-0.0266
give_back	keep in touch	-0.0266
give_back	keep you	-0.0678
give_back	keep you post	-0.0319
give_back	keep ~number	-0.0365
give_back	kept	-0.0277
give_back	kept you	-0.0277
give_back	kind	0.068
give_back	kind of	-0.0508
give_back	know	0.05
give_back	know anyon	-0.0288
give_back	know how	-0.0252
give_back	know i	-0.0211
give_back	know i am	-0.0211
give_back	know if	0.0306
give_back	know if i	0.0606
give_back	know if there	0.0368
give_back	know if your	-0.0622
give_back	know we	0.0736
give_back	know we are	0.0747
give_back	know you	-0.0329
give_back	know ~people	-0.0299
give_back	lab	-0.0259
give_back	land	-0.0311
give_back	last	-0.0971
give_back	last week	-0.0217
give_back	last ~closing	-0.0217
give_back	late	-0.0381
give_back	later	-0.0584
give_back	law	-0.0229
give_back	lead	-0.0288
give_back	leadership	-0.0234
give_back	learn	-0.1181
give_back	learn more	-0.0365
give_back	learn more about	-0.0365
give_back	leav	-0.1066
give_back	leav it	-0.0726
give_back	leav it there	-0.0531
give_back	let	-0.1073
give_back	let us leav	-0.0397
give_back	let you	-0.1412
give_back	let you get	-0.0232
give_back	let you go	-0.0498
give_back	let you know	-0.0297
give_back	level	-0.0386
give_back	level ~job	-0.0315
give_back	like for	-0.0208
give_back	like the	0.2618
give_back	like ~number	0.2387
give_back	link	-0.0458
give_back	linkedin	-0.1743
give_back	list	-0.0341
give_back	long	-0.0281
give_back	longer	-0.0403
give_back	look	0.1804
give_back	look like	-0.0564
give_back	lot	0.0314
give_back	lot of	0.0425
give_back	love	-0.0741
give_back	love an	-0.029
give_back	love it	-0.0242
give_back	love to stay	-0.0363
give_back	love ~number	-0.0457
give_back	lunch	-0.0362
give_back	made	-0.0309
give_back	main	-0.0262
give_back	make	-0.1669
give_back	make myself	-0.0418
give_back	make myself a	-0.0418
give_back	make sens	-0.0517
give_back	make the	-0.0316
give_back	make ~insight	-0.0517
give_back	make ~number	-0.0422
give_back	manag	-0.0999
give_back	market	-0.0213
give_back	matter	-0.0454
give_back	matter most	-0.026
give_back	matter most in	-0.0209
give_back	me	-0.5608
give_back	me about	-0.0622
give_back	me about the	-0.0368
give_back	me for	-0.0959
give_back	me for the	-0.0925
give_back	me in	-0.0796
give_back	me know if	0.043
give_back	me through	-0.0338
give_back	me to	-0.0331
give_back	me understand	-0.065
give_back	me ~learn	-0.0534
give_back	meet	-0.0916
give_back	meet you	-0.0268
give_back	meetup	0.0352
give_back	mention	0.3514
give_back	mentor	0.3141
give_back	might	0.3115
give_back	might be	-0.035
give_back	mind	-0.1547
give_back	mind if	-0.1006
give_back	mind if i	-0.0551
give_back	mind of	-0.0332
give_back	minut	-0.0607
give_back	moment	-0.0467
give_back	month	-0.0735
give_back	more	-0.1679
give_back	more about	-0.0448
give_back	more of	-0.038
give_back	more of your	-0.038
give_back	more question	-0.0602
give_back	morn	-0.0253
give_back	most	-0.0524
give_back	most in	-0.0266
give_back	move	-0.0446
give_back	move into	-0.0318
give_back	much	-0.1506
give_back	much for	-0.0237
give_back	much of	-0.0245
give_back	my	-0.2534
give_back	my interest	-0.0421
give_back	my interest in	-0.0257
give_back	my list	-0.0208
give_back	my question	-0.0225
give_back	my resum	-0.0819
give_back	my resum to	-0.0248
give_back	my ~application	-0.1008
give_back	myself	-0.1431
give_back	myself a	-0.0418
give_back	myself ~number	-0.0418
give_back	name	-0.0516
give_back	near	0.0729
give_back	need	0.145
give_back	need a	0.1353
give_back	need a hand	0.2115
give_back	need to	-0.0682
give_back	need to be	-0.0245
give_back	need ~number	0.1243
give_back	network	-0.0759
give_back	network who	-0.0517
give_back	network ~people	-0.0517
give_back	never	-0.0485
give_back	new	-0.0725
give_back	new grad	-0.0214
give_back	newslett	-0.023
give_back	next	-0.1156
give_back	no	-0.0891
give_back	nonprofit	-0.0461
give_back	not	-0.2381
give_back	not have	-0.0583
give_back	not take	-0.0232
give_back	not take up	-0.0232
give_back	not want	-0.0351
give_back	not want to	-0.0351
give_back	not ~insight	-0.0232
give_back	not ~want	-0.0537
give_back	note tomorrow	-0.0215
give_back	note tonight	-0.0343
give_back	now	-0.1731
give_back	nurs	-0.1897
give_back	nurs school	-0.0243
give_back	nurs ~org	-0.0209
give_back	of	0.4204
give_back	of a	-0.0249
give_back	of ani	0.1182
give_back	of anyth	-0.0418
give_back	of peopl in	0.0378
give_back	of the job	-0.0262
give_back	of time	0.0494
give_back	of your	0.3128
give_back	of your afternoon	-0.0295
give_back	of your time	-0.0589
give_back	of your week	-0.0333
give_back	of ~limit	0.0494
give_back	of ~number	-0.0494
give_back	off	-0.0408
give_back	often	-0.0205
give_back	oh	-0.0394
give_back	ok	-0.2059
give_back	ok i	-0.0236
give_back	ok i think	-0.0208
give_back	ok if	-0.0446
give_back	ok if i	-0.0446
give_back	ok that	-0.0593
give_back	ok that is	-0.0593
give_back	ok to	-0.0259
give_back	old	-0.0453
give_back	on	-0.3124
give_back	on it	-0.0312
give_back	on linkedin	-0.1405
give_back	on my	0.0825
give_back	on my list	-0.0208
give_back	on the	-0.1369
give_back	on your	0.1414
give_back	on your plate	0.2553
give_back	on your team	-0.1165
give_back	on ~number	-0.1643
give_back	onboard	0.1292
give_back	onc	-0.0691
give_back	onc i	-0.04
give_back	onc i have	-0.04
give_back	one	-0.0396
give_back	onlin	-0.0393
give_back	open	-0.1839
give_back	open for	-0.0211
give_back	open on	-0.0654
give_back	or	-0.1886
give_back	or newslett	-0.023
give_back	or should	-0.0226
give_back	or ~number	-0.0234
give_back	organis	0.0316
give_back	other	-0.0424
give_back	out if	-0.0269
give_back	out in	-0.0506
give_back	out of	0.0288
give_back	out of time	0.0494
give_back	out to	-0.0302
give_back	out with	0.1971
give_back	outreach	0.0665
give_back	over	-0.1182
give_back	over the	-0.0397
give_back	over ~number	-0.0701
give_back	own	-0.0367
give_back	part	-0.1267
give_back	part of	-0.0671
give_back	part of the	-0.0319
give_back	part time	-0.0596
give_back	part ~limit	-0.0596
give_back	pass	-0.0855
give_back	pass my	-0.0323
give_back	path	-0.0432
give_back	peopl	-0.1079
give_back	peopl in	0.0215
give_back	peopl in the	0.0457
give_back	person	0.1115
give_back	perspect	0.0308
give_back	perspect on	0.0558
give_back	pick	0.0603
give_back	ping	-0.0353
give_back	ping you	-0.0353
give_back	pitch	0.262
give_back	place	-0.0291
give_back	plan	-0.036
give_back	plate	0.2553
give_back	pleas	0.0858
give_back	pleas let	-0.0308
give_back	pleas let me	-0.0308
give_back	point	-0.0328
give_back	polici	-0.1057
give_back	polici analyst	-0.0218
give_back	portfolio	-0.0467
give_back	posit	-0.0535
give_back	post	-0.0492
give_back	post on	-0.021
give_back	practic	-0.0561
give_back	prepar	-0.0636
give_back	prepar for	-0.0636
give_back	pretti	0.2267
give_back	process	-0.0229
give_back	product	-0.0485
give_back	profession	-0.032
give_back	program	0.0954
give_back	progress	-0.0225
give_back	project	0.4225
give_back	project i	-0.0447
give_back	project i could	-0.0447
give_back	project you	-0.038
give_back	project you are	-0.0341
give_back	proud	-0.0341
give_back	proud of	-0.0341
give_back	public	-0.0229
give_back	put	0.1133
give_back	put in	-0.0236
give_back	put in a	-0.0236
give_back	python	0.3595
give_back	question	-0.1429
give_back	quick	-0.051
give_back	quick ~talk	-0.0213
give_back	reach out	-0.0613
give_back	reach out to	-0.0302
give_back	read	-0.0743
give_back	read ~number	-0.0315
give_back	real	-0.0512
give_back	realli	-0.258
give_back	realli appreci	-0.0654
give_back	realli appreci it	-0.029
give_back	realli grate	-0.1081
give_back	realli ~want	-0.0853
give_back	reason	-0.0229
give_back	recommend	-0.1309
give_back	refer	-0.0329
give_back	refer me	-0.027
give_back	referr	-0.036
give_back	report	-0.0291
give_back	research	-0.0926
give_back	rest	-0.0399
give_back	rest of	-0.0399
give_back	rest of your	-0.0333
give_back	result	0.1266
give_back	resum	-0.0833
give_back	resum to	-0.0248
give_back	return	0.6386
give_back	return the	0.3891
give_back	return the favor	0.2703
give_back	return ~number	0.3891
give_back	review	0.0823
give_back	right	-0.1431
give_back	right now	-0.0543
give_back	risk	-0.0316
give_back	role	-0.1747
give_back	run	0.2786
give_back	run over	-0.0287
give_back	said	-0.0274
give_back	same	-0.0294
give_back	say	0.0322
give_back	say ~number	0.0541
give_back	school	-0.0777
give_back	scienc	-0.0534
give_back	scientist	-0.0408
give_back	second	-0.0273
give_back	sector	-0.0423
give_back	see	-0.0288
give_back	see if	-0.05
give_back	see if i	-0.0398
give_back	see the	-0.0426
give_back	see we	-0.0473
give_back	see we are	-0.0473
give_back	see ~number	-0.0426
give_back	send	0.0552
give_back	send me	-0.0259
give_back	send over	-0.0641
give_back	send you	0.1739
give_back	send you a	-0.0866
give_back	send you my	-0.0731
give_back	sens	-0.0552
give_back	shall i	-0.0364
give_back	shall project	-0.0494
give_back	shall project i	-0.0447
give_back	share	0.2675
give_back	share my	0.1378
give_back	share what	0.1683
give_back	share what i	0.0985
give_back	shift	-0.0363
give_back	short	0.3812
give_back	should	-0.3369
give_back	should i	-0.2131
give_back	should i be	-0.0514
give_back	should i do	-0.0412
give_back	should talk	-0.0211
give_back	should talk to	-0.0211
give_back	should ~talk	-0.0371
give_back	side	0.1847
give_back	side if	0.0536
give_back	side of	0.1156
give_back	side project	0.063
give_back	skill	-0.0498
give_back	so	-0.2362
give_back	so i	-0.1115
give_back	so i am	-0.0293
give_back	so i will	-0.0577
give_back	so if	0.1
give_back	so if you	0.03
give_back	so much	-0.0472
give_back	so much for	-0.0237
give_back	so you	-0.0846
give_back	so you can	-0.055
give_back	softwar	-0.0228
give_back	some	0.4089
give_back	some ~insight	-0.0243
give_back	somehow	0.1223
give_back	someon	0.0631
give_back	someth	-0.0397
give_back	someth i	-0.0253
give_back	sorri	-0.1165
give_back	sorri i	-0.048
give_back	sorri i know	-0.0368
give_back	sorri my	-0.0235
give_back	sound	-0.0337
give_back	speak	0.1164
give_back	speak to	0.0728
give_back	sql	-0.0206
give_back	staff	0.1589
give_back	stand	-0.2571
give_back	stand out	-0.2571
give_back	start	-0.1136
give_back	start out	-0.0201
give_back	stay	0.0631
give_back	step	-0.0333
give_back	still	-0.0359
give_back	stop	-0.0665
give_back	stop there	-0.0258
give_back	strong	-0.021
give_back	student	0.4249
give_back	studi	-0.0487
give_back	studio	-0.0282
give_back	suggest	-0.0425
give_back	suit	-0.022
give_back	summari	0.1282
give_back	summari of	0.1282
give_back	summari of the	0.1282
give_back	summer	-0.1228
give_back	super	-0.0705
give_back	support	0.3111
give_back	survey	0.5149
give_back	switch	-0.0518
give_back	take	0.0831
give_back	take a	0.2623
give_back	take for	-0.0224
give_back	take on	-0.0406
give_back	take up	-0.055
give_back	take up ani	-0.038
give_back	take ~number	0.2466
give_back	talk	-0.1833
give_back	talk to	-0.1009
give_back	talk to about	-0.0231
give_back	talk with	-0.0254
give_back	talk with me	-0.0254
give_back	teach	-0.0316
give_back	team	0.3157
give_back	team ever	0.207
give_back	team work	-0.036
give_back	team ~workverb	-0.0257
give_back	technician	-0.0251
give_back	tell	0.0272
give_back	tell me	0.0476
give_back	tell me about	-0.0622
give_back	test	0.1375
give_back	test my	-0.0421
give_back	test my interest	-0.0421
give_back	than	-0.0567
give_back	thank	-0.3515
give_back	thank so	-0.0269
give_back	thank so much	-0.0269
give_back	thank to	-0.0249
give_back	thank to my	-0.0236
give_back	thank you	-0.1643
give_back	thank you for	-0.06
give_back	thank you note	-0.0587
give_back	thank you so	-0.0203
give_back	that	0.0662
give_back	that cover	-0.0252
give_back	that cover everyth	-0.0252
give_back	that i	-0.0309
give_back	that is	-0.1587
give_back	that is all	-0.0449
give_back	that is everyth	-0.0367
give_back	that is super	-0.0631
give_back	that make	-0.0366
give_back	that make sens	-0.0366
give_back	that ~want	0.0719
give_back	the	0.6519
give_back	the articl	-0.0509
give_back	the articl i	-0.0509
give_back	the atmospher	-0.023
give_back	the bootcamp	-0.0212
give_back	the cfa	-0.022
give_back	the clock	-0.0457
give_back	the cultur	-0.0227
give_back	the data	-0.0291
give_back	the day	-0.022
give_back	the downsid	-0.0281
give_back	the end	-0.0219
give_back	the end of	-0.0219
give_back	the favor	0.2703
give_back	the favor somehow	0.1223
give_back	the field	-0.0502
give_back	the half	-0.0258
give_back	the half hour	-0.0258
give_back	the hire	-0.0205
give_back	the job	-0.0524
give_back	the junior	-0.0234
give_back	the last	-0.0202
give_back	the link	-0.0458
give_back	the moment	-0.0331
give_back	the most	-0.073
give_back	the recruit	0.0363
give_back	the rest	-0.0329
give_back	the rest of	-0.0329
give_back	the student	0.3028
give_back	the switch	-0.0248
give_back	the time	-0.0315
give_back	the work	-0.0257
give_back	the ~closing	-0.0682
give_back	the ~degree	-0.046
give_back	the ~gatekeeper	-0.0542
give_back	the ~hiring	0.1865
give_back	the ~job	-0.1646
give_back	the ~learn	-0.0275
give_back	the ~limit	-0.0573
give_back	the ~number	-0.031
give_back	the ~org	-0.0808
give_back	the ~people	-0.0209
give_back	the ~student	0.2052
give_back	the ~workverb	-0.0257
give_back	their	-0.0206
give_back	there	0.1449
give_back	there a	-0.109
give_back	there a shall	-0.0447
give_back	there ani way	0.0392
give_back	there anyth	0.3828
give_back	there anyth i	0.1945
give_back	there anyth you	-0.0445
give_back	there are	-0.0213
give_back	there for	-0.0407
give_back	there for today	-0.0335
give_back	there is	0.1524
give_back	there is ani	0.1557
give_back	there is anyon	-0.0576
give_back	there so	-0.0323
give_back	there so you	-0.0323
give_back	there ~number	-0.1151
give_back	there ~people	-0.0303
give_back	these	-0.0232
give_back	these day	-0.0214
give_back	thing	0.0795
give_back	think	-0.2823
give_back	think about	-0.0201
give_back	think i	-0.0802
give_back	think i have	-0.0259
give_back	think i should	-0.0248
give_back	think of	-0.0436
give_back	think that	-0.0547
give_back	think we	-0.041
give_back	think we can	-0.041
give_back	this	-0.3864
give_back	this field	-0.0911
give_back	this is	-0.03
give_back	this sector	-0.0215
give_back	this summer	-0.1017
give_back	this was	0.0878
give_back	this work	-0.0234
give_back	this ~learn	-0.0234
give_back	this ~workverb	-0.0234
give_back	thought	-0.0745
give_back	through	-0.0618
give_back	through a	-0.0303
give_back	through ~number	-0.0331
give_back	time	0.1143
give_back	time for	-0.0239
give_back	time today	-0.0266
give_back	to	-0.0293
give_back	to about	-0.0253
give_back	to ask	0.0994
give_back	to be	-0.1066
give_back	to be mind	-0.0271
give_back	to build	-0.0565
give_back	to connect	0.0358
give_back	to do	-0.0647
give_back	to find	-0.0373
give_back	to find out	-0.0213
give_back	to get	-0.0936
give_back	to get better	-0.0397
give_back	to grad	-0.0395
give_back	to grad school	-0.0395
give_back	to help	0.4217
give_back	to help test	0.0839
give_back	to help with	0.198
give_back	to help you	0.1676
give_back	to keep	-0.0253
give_back	to learn	-0.0328
give_back	to make	-0.038
give_back	to my	-0.0236
give_back	to prepar	-0.0616
give_back	to prepar for	-0.0616
give_back	to see	-0.05
give_back	to see if	-0.05
give_back	to send	-0.0507
give_back	to share	0.1299
give_back	to share what	0.0985
give_back	to stay	-0.0446
give_back	to stay in	-0.0391
give_back	to take	-0.0295
give_back	to take up	-0.0295
give_back	to talk	-0.1063
give_back	to talk to	-0.0301
give_back	to talk with	-0.0254
give_back	to test	-0.0527
give_back	to test my	-0.0421
give_back	to the	-0.0508
give_back	to understand	-0.023
give_back	to work	-0.0256
give_back	to you	0.6979
give_back	to your	0.0671
give_back	to ~help	0.3878
give_back	to ~insight	-0.0295
give_back	to ~learn	-0.1884
give_back	to ~number	-0.0656
give_back	to ~people	-0.0342
give_back	to ~sendverb	0.0613
give_back	to ~student	-0.0594
give_back	to ~talk	0.0503
give_back	to ~workverb	-0.0326
give_back	today	-0.135
give_back	togeth	0.1385
give_back	tomorrow	-0.0215
give_back	tonight	-0.0575
give_back	too	-0.0703
give_back	too much	-0.0203
give_back	tool	-0.0291
give_back	touch	-0.0215
give_back	touch with	-0.0306
give_back	trailhead	-0.0239
give_back	tri	-0.0946
give_back	tri to	-0.0709
give_back	trust	-0.0231
give_back	twelv	-0.0202
give_back	two	-0.0281
give_back	typic	-0.0361
give_back	understand	-0.088
give_back	understand the	-0.0702
give_back	understand ~number	-0.0702
give_back	up	-0.2931
give_back	up ani	-0.0543
give_back	up ani more	-0.038
give_back	up by	-0.0201
give_back	up by email	-0.0201
give_back	up with	-0.0364
give_back	up ~number	-0.0219
give_back	us leav	-0.0397
give_back	us leav it	-0.0397
give_back	use	0.6601
give_back	use to	0.2137
give_back	use to you	0.2147
give_back	use ~number	0.4913
give_back	usual	-0.0563
give_back	valu	-0.0343
give_back	valu your	-0.0298
give_back	volunt	0.2662
give_back	walk	-0.0338
give_back	walk me	-0.0338
give_back	walk me through	-0.0338
give_back	want to	-0.16
give_back	want to be	-0.0559
give_back	want to take	-0.0295
give_back	was	-0.1198
give_back	was hope	-0.0249
give_back	was your	-0.0214
give_back	was ~want	-0.0294
give_back	way	0.187
give_back	way i	0.242
give_back	way i can	0.3216
give_back	way i could	-0.0796
give_back	we	-0.152
give_back	we are almost	-0.0448
give_back	we are near	0.0729
give_back	we can	-0.041
give_back	we finish	0.0909
give_back	we have	-0.0232
give_back	week	-0.1393
give_back	weekend	-0.0262
give_back	well	-0.0512
give_back	well i	-0.0394
give_back	well i will	-0.0246
give_back	went	-0.0323
give_back	were	-0.0694
give_back	were start	-0.0352
give_back	what	-0.481
give_back	what a	-0.0239
give_back	what are	-0.0646
give_back	what are the	-0.0261
give_back	what are you	-0.0296
give_back	what can	0.294
give_back	what can i	0.294
give_back	what could	-0.042
give_back	what could i	-0.042
give_back	what do	-0.0671
give_back	what do you	-0.0485
give_back	what doe	-0.0341
give_back	what i	0.0866
give_back	what is	-0.1493
give_back	what is the	-0.0905
give_back	what kind	-0.0297
give_back	what kind of	-0.0297
give_back	what make	-0.0217
give_back	what should	-0.0461
give_back	what should i	-0.0423
give_back	what softwar	-0.0228
give_back	what would	-0.0628
give_back	what would you	-0.0419
give_back	what you	-0.0213
give_back	what ~help	-0.0671
give_back	what ~number	-0.0292
give_back	what ~want	-0.0628
give_back	when	-0.2157
give_back	when i	-0.1602
give_back	when you	-0.0252
give_back	where	-0.1468
give_back	where can	-0.083
give_back	where can i	-0.0748
give_back	where do	-0.0322
give_back	where ~help	-0.0322
give_back	whether	-0.0315
give_back	whi	-0.0705
give_back	whi i	-0.0388
give_back	whi i am	-0.0208
give_back	which	0.2364
give_back	which abil	-0.0433
give_back	which is	-0.0249
give_back	which of	0.498
give_back	which of your	0.498
give_back	which ~student	-0.0319
give_back	who	-0.2189
give_back	who do	-0.0363
give_back	who do you	-0.026
give_back	who els	-0.0259
give_back	who els should	-0.0201
give_back	who would	-0.072
give_back	who would be	-0.0622
give_back	who ~help	-0.0363
give_back	who ~want	-0.072
give_back	will	-0.3059
give_back	will be	-0.0551
give_back	will definit	-0.0219
give_back	will keep	-0.0291
give_back	will leav	-0.0387
give_back	will leav it	-0.033
give_back	will let	-0.1156
give_back	will let you	-0.1156
give_back	will not	-0.0563
give_back	will not take	-0.0232
give_back	will send	0.2379
give_back	will send over	-0.0641
give_back	will send you	0.3054
give_back	will stop	-0.0501
give_back	will ~contactverb	-0.0366
give_back	will ~sendverb	0.1804
give_back	will ~talk	-0.0375
give_back	wish	-0.0245
give_back	with	0.1868
give_back	with a	-0.0371
give_back	with anyth	0.3058
give_back	with me	-0.0265
give_back	with real	-0.0486
give_back	with the	0.2074
give_back	with the recruit	0.0451
give_back	with you	-0.0956
give_back	with you on	-0.0333
give_back	with your	-0.0554
give_back	with ~number	0.1462
give_back	with ~people	-0.0222
give_back	wonder	-0.0217
give_back	word	0.0329
give_back	word for	-0.0236
give_back	word for me	-0.0236
give_back	work	-0.3847
give_back	work in	-0.0364
give_back	work on	-0.0246
give_back	worth	-0.087
give_back	worth it	-0.0237
give_back	worth ~number	-0.0208
give_back	would	0.0898
give_back	would be	0.1972
give_back	would be glad	0.2414
give_back	would be good	-0.0232
give_back	would be happi	0.0452
give_back	would be realli	-0.1081
give_back	would it	0.1303
give_back	would it be	-0.0671
give_back	would it help	0.212
give_back	would like	-0.037
give_back	would love	-0.0446
give_back	would love an	-0.029
give_back	would love to	0.0202
give_back	would recommend	-0.0309
give_back	would you	-0.1432
give_back	would you be	-0.0289
give_back	would you do	-0.0311
give_back	would ~want	-0.0431
give_back	wow	-0.0299
give_back	wrap	-0.0319
give_back	wrap up	-0.0301
give_back	write	0.0626
give_back	yeah	-0.0495
give_back	year	-0.1598
give_back	yesterday	-0.0258
give_back	yet	-0.033
give_back	you	0.5575
give_back	you a	-0.1184
give_back	you a quick	-0.0209
give_back	you are	0.2987
give_back	you be	-0.0476
give_back	you can	-0.1289
give_back	you could	-0.1327
give_back	you could pass	-0.0284
give_back	you could put	-0.0286
give_back	you decid	-0.0284
give_back	you describ	-0.045
give_back	you do	-0.0637
give_back	you ever	0.2254
give_back	you ever need	0.2142
give_back	you find	-0.0228
give_back	you for	-0.0869
give_back	you for a	-0.0234
give_back	you for your	-0.0368
give_back	you get	-0.0338
give_back	you go	-0.0557
give_back	you have	-0.0644
give_back	you hear	-0.0244
give_back	you help	-0.0293
give_back	you if	-0.0484
give_back	you if i	-0.0484
give_back	you in	0.1357
give_back	you in a	-0.0285
give_back	you in return	0.1692
give_back	you keep	-0.0545
give_back	you know	-0.0884
give_back	you know anyon	-0.0288
give_back	you know how	-0.0215
give_back	you like	-0.0295
give_back	you mention	0.4389
give_back	you most	-0.0325
give_back	you my	-0.0731
give_back	you need	0.0309
give_back	you note	-0.0587
give_back	you note tonight	-0.0343
give_back	you on	-0.0795
give_back	you on linkedin	-0.0795
give_back	you out	0.1777
give_back	you post	-0.0319
give_back	you recommend	-0.0427
give_back	you refer	-0.0248
give_back	you refer me	-0.0248
give_back	you run	0.3317
give_back	you said	-0.0213
give_back	you so	-0.0203
give_back	you so much	-0.0203
give_back	you suggest	-0.0257
give_back	you tell	-0.0274
give_back	you tell me	-0.0252
give_back	you that	0.2953
give_back	you the	0.0953
give_back	you think	-0.1165
give_back	you think i	-0.0409
give_back	you to	-0.0462
give_back	you use	-0.033
give_back	you walk	-0.0231
give_back	you walk me	-0.0231
give_back	you were	-0.0593
give_back	you were start	-0.0352
give_back	you wish	-0.0245
give_back	you work	-0.025
give_back	you would	-0.0903
give_back	you would recommend	-0.0309
give_back	you ~contactverb	-0.0221
give_back	you ~help	-0.118
give_back	you ~learn	-0.2073
give_back	you ~number	-0.0231
give_back	you ~sendverb	-0.0338
give_back	you ~talk	-0.0401
give_back	you ~want	-0.1197
give_back	you ~workverb	0.3067
give_back	your	0.505
give_back	your afternoon	-0.0376
give_back	your app	0.1563
give_back	your compani	-0.0822
give_back	your day	-0.027
give_back	your depart	-0.0495
give_back	your field	-0.0389
give_back	your firm	-0.0999
give_back	your lunch	-0.0337
give_back	your network	-0.0584
give_back	your network who	-0.0517
give_back	your plate	0.2553
give_back	your team	0.4281
give_back	your team ever	0.207
give_back	your team work	-0.036
give_back	your time	-0.0981
give_back	your week	-0.0453
give_back	your work	-0.0402
give_back	your ~closing	-0.1251
give_back	your ~insight	-0.0485
give_back	your ~job	-0.0255
give_back	your ~learn	-0.0397
give_back	your ~limit	-0.2156
give_back	your ~org	0.2348
give_back	your ~people	0.1164
give_back	your ~talk	-0.0584
give_back	your ~workverb	-0.0402
give_back	~application	-0.1163
give_back	~application to	-0.0298
give_back	~closing	-0.3004
give_back	~closing of	-0.0399
give_back	~closing to	-0.0203
give_back	~contactverb	-0.2115
give_back	~contactverb and	0.0463
give_back	~contactverb out	-0.0344
give_back	~contactverb with	-0.0423
give_back	~contactverb you	-0.1168
give_back	~degree	-0.0498
give_back	~degree in	-0.0305
give_back	~duration	-0.1766
give_back	~gatekeeper	-0.159
give_back	~help	0.9522
give_back	~help a	-0.0381
give_back	~help befor	-0.0354
give_back	~help data	-0.0247
give_back	~help first	-0.0326
give_back	~help for	0.5736
give_back	~help i	-0.0423
give_back	~help if	0.2319
give_back	~help me	-0.1094
give_back	~help not	-0.0242
give_back	~help peopl	-0.0425
give_back	~help test	0.0839
give_back	~help the	0.7247
give_back	~help this	-0.0836
give_back	~help with	0.4119
give_back	~help you	-0.2062
give_back	~hiring	0.0817
give_back	~insight	-0.0695
give_back	~insight a	0.2513
give_back	~insight for	0.1318
give_back	~insight from	-0.0342
give_back	~insight the	-0.0314
give_back	~insight to	-0.0336
give_back	~insight up	-0.0527
give_back	~job	-0.6105
give_back	~job at	-0.0346
give_back	~job for	-0.0238
give_back	~job i	-0.0516
give_back	~job in	-0.0365
give_back	~job on	-0.0654
give_back	~job or	-0.0209
give_back	~later	-0.1647
give_back	~learn	-0.637
give_back	~learn about	0.0797
give_back	~learn an	-0.0329
give_back	~learn anyon	-0.0288
give_back	~learn better	-0.0397
give_back	~learn how	-0.0327
give_back	~learn i	-0.0222
give_back	~learn if	0.0993
give_back	~learn more	-0.0384
give_back	~learn of	-0.0239
give_back	~learn on	-0.0234
give_back	~learn out	-0.0436
give_back	~learn the	-0.1326
give_back	~learn we	0.0264
give_back	~learn with	-0.0224
give_back	~learn you	-0.0475
give_back	~limit	-0.1614
give_back	~limit for	-0.0239
give_back	~limit i	-0.0221
give_back	~limit so	-0.028
give_back	~limit to	-0.0212
give_back	~limit today	-0.0266
give_back	~number	-0.2032
give_back	~number analyst	-0.021
give_back	~number articl	-0.0509
give_back	~number atmospher	-0.023
give_back	~number bank	-0.0215
give_back	~number beginn	-0.0216
give_back	~number big	-0.0246
give_back	~number bootcamp	-0.0255
give_back	~number career	0.0403
give_back	~number cfa	-0.022
give_back	~number clock	-0.0457
give_back	~number confer	0.1002
give_back	~number coupl	-0.045
give_back	~number cultur	-0.0227
give_back	~number data	-0.034
give_back	~number day	-0.0278
give_back	~number design	-0.0279
give_back	~number downsid	-0.0281
give_back	~number end	-0.0219
give_back	~number exercis	-0.0206
give_back	~number extra	0.5112
give_back	~number eye	-0.0365
give_back	~number favor	0.2703
give_back	~number few	-0.0383
give_back	~number field	-0.0541
give_back	~number good	-0.1772
give_back	~number half	-0.0258
give_back	~number hand	0.1793
give_back	~number hire	-0.0205
give_back	~number hour	-0.0363
give_back	~number interview	-0.0355
give_back	~number intro	-0.0562
give_back	~number introduct	-0.0297
give_back	~number job	-0.0995
give_back	~number junior	-0.0389
give_back	~number last	-0.0238
give_back	~number link	-0.0458
give_back	~number lot	0.0314
give_back	~number minut	-0.0496
give_back	~number moment	-0.0331
give_back	~number month	-0.0248
give_back	~number more	-0.0206
give_back	~number most	-0.073
give_back	~number note	-0.0338
give_back	~number of	-0.0358
give_back	~number open	-0.0635
give_back	~number part	-0.0601
give_back	~number polici	-0.0212
give_back	~number portfolio	-0.0202
give_back	~number product	-0.0257
give_back	~number program	-0.0397
give_back	~number project	-0.0434
give_back	~number question	-0.0358
give_back	~number quick	-0.0314
give_back	~number recruit	0.0363
give_back	~number referr	-0.0337
give_back	~number rest	-0.0329
give_back	~number role	-0.0891
give_back	~number second	-0.026
give_back	~number shall	0.035
give_back	~number short	0.1246
give_back	~number strong	-0.021
give_back	~number student	0.2884
give_back	~number switch	-0.0248
give_back	~number thank	-0.032
give_back	~number time	-0.0315
give_back	~number typic	-0.0238
give_back	~number week	-0.037
give_back	~number work	-0.0257
give_back	~number year	-0.0517
give_back	~org	-0.0728
give_back	~org ever	0.1509
give_back	~org i	-0.027
give_back	~org if	0.0536
give_back	~org of	0.1137
give_back	~org project	0.063
give_back	~org work	-0.0393
give_back	~people	-0.4244
give_back	~people do	-0.0497
give_back	~people els	-0.0631
give_back	~people in	-0.0563
give_back	~people of	-0.0305
give_back	~people on	-0.0554
give_back	~people to	0.1312
give_back	~people who	-0.0399
give_back	~people would	-0.0868
give_back	~people you	-0.0233
give_back	~sendverb	0.2307
give_back	~sendverb me	-0.0259
give_back	~sendverb over	-0.0641
give_back	~sendverb what	0.1683
give_back	~sendverb you	0.219
give_back	~student	-0.3203
give_back	~student design	-0.0216
give_back	~student for	-0.0212
give_back	~student i	-0.0605
give_back	~student open	-0.0335
give_back	~student school	-0.0395
give_back	~studyverb	-0.3445
give_back	~studyverb the	-0.0343
give_back	~studyverb you	-0.0936
give_back	~talk	-0.3108
give_back	~talk i	-0.0575
give_back	~talk out	-0.0417
give_back	~talk to	-0.0281
give_back	~talk who	-0.0517
give_back	~talk with	-0.143
give_back	~talk you	-0.0753
give_back	~timeunit	-0.1344
give_back	~want	-0.5666
give_back	~want a	0.033
give_back	~want appreci	-0.0654
give_back	~want be	0.1972
give_back	~want for	-0.0285
give_back	~want grate	-0.1081
give_back	~want in	-0.0245
give_back	~want it	0.1013
give_back	~want like	-0.0387
give_back	~want love	-0.0446
give_back	~want need	-0.0307
give_back	~want recommend	-0.0309
give_back	~want say	0.0757
give_back	~want start	-0.0216
give_back	~want this	-0.0311
give_back	~want to	-0.2601
give_back	~want valu	-0.0298
give_back	~want you	-0.2955
give_back	~want your	-0.0571
give_back	~workverb	-0.1695
give_back	~workverb in	-0.0465
give_back	~workverb on	-0.0246
give_back	~workverb over	-0.0287
give_back	~workverb the	-0.0332
give_back	~workverb with	-0.0205
self_intro	*	-2.7478
self_intro	20	0.0675
self_intro	20 minut	0.0675
self_intro	20 ~limit	0.0675
self_intro	20 ~timeunit	0.0675
self_intro	?	-1.7491
self_intro	^alright	-0.0424
self_intro	^ani	-0.0291
self_intro	^are	-0.0872
self_intro	^befor	0.04
self_intro	^can	-0.0703
self_intro	^could	-0.0615
self_intro	^current	0.4017
self_intro	^do	-0.1107
self_intro	^doe	-0.0248
self_intro	^happi	-0.0252
self_intro	^have	-0.0419
self_intro	^hey	0.0242
self_intro	^honest	-0.0317
self_intro	^how	-0.3124
self_intro	^i	0.19
self_intro	^if	-0.06
self_intro	^is	-0.1902
self_intro	^just	-0.0453
self_intro	^let	-0.0343
self_intro	^mind	-0.0246
self_intro	^my	0.0734
self_intro	^no	-0.0823
self_intro	^oh	-0.0273
self_intro	^ok	-0.0635
self_intro	^right	-0.0259
self_intro	^so	0.246
self_intro	^sorri	-0.0952
self_intro	^tell	-0.0351
self_intro	^thank	0.1768
self_intro	^that	-0.1314
self_intro	^this	-0.0226
self_intro	^walk	-0.0326
self_intro	^was	-0.0244
self_intro	^we	-0.0652
self_intro	^what	-0.4918
self_intro	^where	-0.1325
self_intro	^which	-0.1026
self_intro	^who	-0.036
self_intro	^would	-0.0733
self_intro	^yeah	-0.0287
self_intro	a	0.6022
self_intro	a bit	0.0509
self_intro	a bit of	0.0238
self_intro	a bootcamp	0.0382
self_intro	a career	-0.0667
self_intro	a career in	-0.033
self_intro	a coupl	-0.0287
self_intro	a coupl of	-0.0217
self_intro	a degre	0.0256
self_intro	a degre in	0.0288
self_intro	a few	0.0444
self_intro	a few year	-0.0616
self_intro	a good	-0.0519
self_intro	a great	-0.0279
self_intro	a hand	-0.079
self_intro	a job i	-0.061
self_intro	a junior at	0.0347
self_intro	a line	-0.0253
self_intro	a line onc	-0.0253
self_intro	a lot	-0.0245
self_intro	a love	-0.039
self_intro	a paraleg	0.1719
self_intro	a program	-0.0279
self_intro	a program director	-0.0256
self_intro	a project	-0.0312
self_intro	a referr	-0.0624
self_intro	a research	-0.0201
self_intro	a role	-0.0369
self_intro	a second	0.2414
self_intro	a second year	0.2446
self_intro	a shall	0.0799
self_intro	a short	-0.0203
self_intro	a stay	0.0512
self_intro	a stay at	0.0512
self_intro	a student	-0.027
self_intro	a thank	-0.0274
self_intro	a thank you	-0.0274
self_intro	a typic	-0.0376
self_intro	a typic week	-0.0281
self_intro	a ~degree	0.1518
self_intro	a ~duration	0.0854
self_intro	a ~job	-0.0601
self_intro	a ~org	0.0319
self_intro	a ~student	0.246
self_intro	abil	-0.0274
self_intro	about	0.223
self_intro	about a	-0.0345
self_intro	about a job	-0.0219
self_intro	about consult	-0.0212
self_intro	about five	0.0272
self_intro	about it	-0.0371
self_intro	about me	0.3856
self_intro	about me i	0.0379
self_intro	about the	-0.0597
self_intro	about what	-0.0669
self_intro	about your	-0.0303
self_intro	about ~studyverb	0.0679
self_intro	academia	-0.0244
self_intro	account	0.1349
self_intro	actual	-0.0624
self_intro	advic	-0.0238
self_intro	advic on	0.0396
self_intro	after	0.1251
self_intro	after a	0.0667
self_intro	after a few	-0.0616
self_intro	after ~number	0.094
self_intro	again	-0.0267
self_intro	agre	-0.0276
self_intro	all	-0.0646
self_intro	all my	-0.0379
self_intro	all my question	-0.0379
self_intro	all this	0.0611
self_intro	alreadi	-0.0408
self_intro	alright	-0.0486
self_intro	alright i	-0.0257
self_intro	am	0.4412
self_intro	am a	0.4598
self_intro	am a junior	0.0347
self_intro	am around	-0.0233
self_intro	am curious	-0.0714
self_intro	am finish	0.2564
self_intro	am here	-0.0587
self_intro	am here to	-0.0384
self_intro	am in	0.0522
self_intro	am in my	0.0522
self_intro	am just	-0.0595
self_intro	am just tri	-0.0284
self_intro	am look	-0.0404
self_intro	am most	0.0404
self_intro	am not ask	-0.0373
self_intro	am not look	0.0267
self_intro	am now	0.0398
self_intro	am pretti	0.0614
self_intro	am realli	0.0796
self_intro	am tri	-0.0328
self_intro	am tri to	-0.0328
self_intro	am ~number	0.5482
self_intro	am ~studyverb	0.2564
self_intro	am ~want	-0.2164
self_intro	an internship	-0.0275
self_intro	an ~job	-0.0303
self_intro	analyst	-0.0751
self_intro	analyt	0.0398
self_intro	and	0.7603
self_intro	and honest	0.0757
self_intro	and honest i	0.0757
self_intro	and i	0.3747
self_intro	and i am	0.1223
self_intro	and i have	0.1677
self_intro	and now	0.0927
self_intro	and would	-0.042
self_intro	and ~want	0.0318
self_intro	ani	-0.1519
self_intro	anyon	-0.0413
self_intro	anyth	-0.0792
self_intro	appli	-0.0242
self_intro	appli to your	-0.0431
self_intro	appreci	-0.1055
self_intro	appreci it	-0.0231
self_intro	apprentic	0.2025
self_intro	are	-0.364
self_intro	are near	-0.0285
self_intro	are right	-0.0229
self_intro	are right at	-0.0229
self_intro	are there	-0.0482
self_intro	are you	-0.0366
self_intro	around	-0.0233
self_intro	articl	-0.0227
self_intro	articl i	-0.0201
self_intro	articl i mention	-0.0201
self_intro	as	0.0435
self_intro	as a	0.0813
self_intro	as ~number	0.0708
self_intro	ask	-0.1421
self_intro	ask for	-0.0223
self_intro	ask you	-0.0277
self_intro	at	0.5147
self_intro	at a	0.2497
self_intro	at a shall	0.1009
self_intro	at home	0.0512
self_intro	at home parent	0.0512
self_intro	at that	-0.0296
self_intro	at the	0.0382
self_intro	at the moment	-0.0282
self_intro	at your	-0.0279
self_intro	at ~number	0.2641
self_intro	back	-0.058
self_intro	background	0.1441
self_intro	balanc	-0.0348
self_intro	bank	-0.0571
self_intro	be	-0.2465
self_intro	be clear	-0.023
self_intro	be upfront	-0.0204
self_intro	becom	-0.0428
self_intro	becom a	-0.0409
self_intro	becom ~number	-0.0428
self_intro	been	0.3611
self_intro	been a	0.0254
self_intro	been do	0.0291
self_intro	been in	0.0802
self_intro	been ~studyverb	0.0379
self_intro	been ~workverb	0.0367
self_intro	befor	-0.0583
self_intro	befor i	-0.0906
self_intro	befor that	0.0512
self_intro	befor that i	0.0512
self_intro	best	-0.0235
self_intro	better	0.0997
self_intro	between	-0.077
self_intro	beyond	-0.0239
self_intro	big	-0.0279
self_intro	biggest	-0.0413
self_intro	bit	0.1696
self_intro	bit about	0.149
self_intro	bit about me	0.149
self_intro	bit of	0.0238
self_intro	build	0.1588
self_intro	but	0.0679
self_intro	but i	0.0949
self_intro	but i have	0.0965
self_intro	bye	-0.0344
self_intro	call	-0.0263
self_intro	can	-0.2159
self_intro	can a	-0.0234
self_intro	can i	-0.0604
self_intro	can you	-0.0285
self_intro	can ~number	-0.0234
self_intro	care	-0.0431
self_intro	career	-0.1542
self_intro	career in	-0.033
self_intro	certif	0.125
self_intro	chang	-0.0454
self_intro	chariti	0.0289
self_intro	chat	-0.0291
self_intro	check	-0.0234
self_intro	chemistri	0.1437
self_intro	choos	-0.0518
self_intro	clear	-0.023
self_intro	clinic	0.0683
self_intro	clinic ~learn	-0.0477
self_intro	coach	-0.0305
self_intro	colleagu	-0.0221
self_intro	colleg	0.2174
self_intro	come	-0.0295
self_intro	comfort	0.4822
self_intro	communiti	0.2143
self_intro	communiti colleg	0.2278
self_intro	compani	0.0544
self_intro	connect	-0.0452
self_intro	connect with	-0.0256
self_intro	conscious	-0.0304
self_intro	consult	-0.036
self_intro	contact	0.0791
self_intro	context	0.0214
self_intro	could	-0.1534
self_intro	could i	-0.0355
self_intro	could you	-0.0558
self_intro	coupl	-0.0287
self_intro	coupl of	-0.0217
self_intro	cours	-0.0294
self_intro	cover	-0.0322
self_intro	cover everyth	-0.0322
self_intro	credit	-0.0201
self_intro	cs	0.0371
self_intro	curious	-0.0789
self_intro	curious about	-0.0651
self_intro	current	0.401
self_intro	current a	0.2919
self_intro	current ~number	0.2919
self_intro	custom	0.1244
self_intro	data	-0.094
self_intro	data scienc	-0.0685
self_intro	day	-0.0338
self_intro	decad	0.0588
self_intro	decent	-0.0224
self_intro	decid	-0.0703
self_intro	decid between	-0.0604
self_intro	definit	0.026
self_intro	definit not	0.0348
self_intro	definit not ask	0.0348
self_intro	degre	0.2872
self_intro	degre in	0.0562
self_intro	depart	-0.024
self_intro	design	-0.1165
self_intro	desk	0.1376
self_intro	develop	-0.022
self_intro	did	0.2604
self_intro	did my	0.0463
self_intro	did you	-0.1098
self_intro	did you end	-0.0291
self_intro	did ~number	0.0862
self_intro	differ	-0.0367
self_intro	direct	-0.0295
self_intro	director	-0.0358
self_intro	do	-0.3531
self_intro	do a	0.021
self_intro	do i	-0.0271
self_intro	do i need	-0.021
self_intro	do not	-0.061
self_intro	do not have	-0.0204
self_intro	do research	-0.0217
self_intro	do you	-0.1211
self_intro	doe	-0.1676
self_intro	doe a	-0.0556
self_intro	doe it	-0.025
self_intro	doe ~number	-0.0599
self_intro	doe ~people	-0.0339
self_intro	drop	-0.0273
self_intro	drop you	-0.0253
self_intro	drop you a	-0.0253
self_intro	elect	-0.0497
self_intro	els	-0.0318
self_intro	email	-0.044
self_intro	end up	-0.0356
self_intro	engin	-0.0769
self_intro	english	0.061
self_intro	evening	-0.0353
self_intro	ever	-0.0788
self_intro	ever need	-0.0445
self_intro	ever need a	-0.0409
self_intro	everyth	-0.0688
self_intro	everyth on	-0.0294
self_intro	everyth on my	-0.0294
self_intro	feel	-0.0411
self_intro	few	0.0377
self_intro	few year	-0.0671
self_intro	few ~duration	-0.0821
self_intro	field	-0.1487
self_intro	figur	0.1094
self_intro	figur out	0.1094
self_intro	final	0.1941
self_intro	final year	0.2002
self_intro	final ~duration	0.2002
self_intro	finish	0.4741
self_intro	finish a	0.2607
self_intro	finish the	-0.0332
self_intro	finish the cours	-0.0332
self_intro	finish ~number	0.2275
self_intro	firm	0.0876
self_intro	first	-0.0298
self_intro	fit	0.1124
self_intro	fit me	0.1124
self_intro	five	0.1897
self_intro	five year	0.1985
self_intro	five ~duration	0.1985
self_intro	follow	-0.0586
self_intro	follow up	-0.0495
self_intro	follow up with	-0.0382
self_intro	for	0.1792
self_intro	for a	0.0727
self_intro	for about	0.0802
self_intro	for an	-0.0267
self_intro	for data	-0.0206
self_intro	for me	-0.0586
self_intro	for the	-0.0626
self_intro	for this	-0.0232
self_intro	for today	-0.0208
self_intro	for ~number	0.1337
self_intro	found	-0.0659
self_intro	free	0.0761
self_intro	freelanc	0.2011
self_intro	from	-0.1833
self_intro	from a	-0.0735
self_intro	from me	-0.0369
self_intro	from my	-0.0325
self_intro	from ~number	-0.0546
self_intro	front	0.1314
self_intro	game	-0.0608
self_intro	game design	-0.0209
self_intro	gather	-0.0344
self_intro	gather inform	-0.0344
self_intro	gather ~insight	-0.0344
self_intro	get	-0.147
self_intro	get a	-0.0367
self_intro	get into	-0.0272
self_intro	get ~number	-0.0399
self_intro	go	-0.1826
self_intro	go after	-0.0616
self_intro	go after a	-0.0616
self_intro	go to	-0.0327
self_intro	go ~want	-0.0616
self_intro	goal	-0.0205
self_intro	good	-0.1482
self_intro	good at	-0.0325
self_intro	got	0.4365
self_intro	got a	-0.0289
self_intro	got ~number	0.0424
self_intro	grad	0.0207
self_intro	grant	-0.0336
self_intro	grate	-0.0268
self_intro	great	-0.0472
self_intro	had	-0.0835
self_intro	half	-0.0365
self_intro	half hour	-0.0298
self_intro	half ~limit	-0.0298
self_intro	half ~timeunit	-0.0298
self_intro	hand	-0.0811
self_intro	happi	-0.0571
self_intro	happi to	-0.0309
self_intro	hard	-0.0594
self_intro	has	-0.0218
self_intro	have	0.1175
self_intro	have a	-0.0819
self_intro	have a love	-0.039
self_intro	have ani	-0.022
self_intro	have ask	-0.0303
self_intro	have been	0.3234
self_intro	have been a	0.0254
self_intro	have been do	0.0291
self_intro	have finish	-0.0332
self_intro	have finish the	-0.0332
self_intro	have got	-0.0458
self_intro	have onli	0.0647
self_intro	have onli got	0.0647
self_intro	have read	-0.0212
self_intro	have to	-0.0262
self_intro	have work	0.1247
self_intro	have ~insight	-0.0212
self_intro	have ~number	-0.1073
self_intro	have ~studyverb	-0.0332
self_intro	have ~workverb	0.4213
self_intro	head	-0.0283
self_intro	health	0.1913
self_intro	hear how	0.0375
self_intro	hear how you	0.0375
self_intro	help	-0.1403
self_intro	help with	-0.028
self_intro	help with anyth	-0.0228
self_intro	here	-0.0722
self_intro	here to	0.0492
self_intro	here to learn	-0.0452
self_intro	hey	0.0242
self_intro	hire	-0.0572
self_intro	histori	0.0419
self_intro	home	0.0512
self_intro	home parent	0.0512
self_intro	home ~student	0.0512
self_intro	honest	-0.05
self_intro	honest i	0.0528
self_intro	hospit	0.2082
self_intro	hour	0.0265
self_intro	how	-0.2579
self_intro	how can	-0.036
self_intro	how can i	-0.0213
self_intro	how did	-0.089
self_intro	how did you	-0.0749
self_intro	how do	-0.0505
self_intro	how do you	-0.0255
self_intro	how doe	-0.0344
self_intro	how is	-0.0395
self_intro	how to	0.0443
self_intro	how you	0.0591
self_intro	how you got	-0.0324
self_intro	how you see	0.0994
self_intro	how ~help	-0.0505
self_intro	how ~studyverb	-0.089
self_intro	hunt	-0.0336
self_intro	i	0.1659
self_intro	i am	0.4412
self_intro	i am a	0.4598
self_intro	i am around	-0.0233
self_intro	i am curious	-0.0714
self_intro	i am finish	0.2564
self_intro	i am here	-0.0587
self_intro	i am in	0.0522
self_intro	i am just	-0.0595
self_intro	i am look	-0.0404
self_intro	i am most	0.0404
self_intro	i am now	0.0398
self_intro	i am pretti	0.0614
self_intro	i am realli	0.0796
self_intro	i am tri	-0.0328
self_intro	i can	-0.0477
self_intro	i could	-0.0328
self_intro	i did	0.1225
self_intro	i do	-0.0713
self_intro	i do not	-0.0487
self_intro	i follow	-0.0304
self_intro	i follow up	-0.0304
self_intro	i graduat	0.03
self_intro	i had	-0.0494
self_intro	i have	0.223
self_intro	i have been	0.2644
self_intro	i have finish	-0.0332
self_intro	i have got	-0.0203
self_intro	i have read	-0.0212
self_intro	i just	0.0939
self_intro	i just want	0.0342
self_intro	i know we	0.0558
self_intro	i know you	-0.0272
self_intro	i mention	-0.0227
self_intro	i need	-0.0261
self_intro	i reach	-0.0525
self_intro	i reach out	-0.0515
self_intro	i realli	-0.0394
self_intro	i should	-0.0381
self_intro	i spent	0.0453
self_intro	i think	-0.1385
self_intro	i think i	-0.0782
self_intro	i think that	-0.0363
self_intro	i think we	-0.023
self_intro	i want	0.0207
self_intro	i want to	0.0225
self_intro	i was	0.045
self_intro	i will	-0.362
self_intro	i will drop	-0.0253
self_intro	i will keep	-0.0204
self_intro	i will leav	-0.0255
self_intro	i will let	-0.0482
self_intro	i will send	-0.0358
self_intro	i will sign	-0.0202
self_intro	i would	-0.059
self_intro	i ~help	-0.0958
self_intro	i ~studyverb	0.2041
self_intro	i ~workverb	0.2666
self_intro	idea	-0.0301
self_intro	if	-0.2475
self_intro	if i	-0.072
self_intro	if you	-0.0586
self_intro	if you ever	-0.0201
self_intro	if your	-0.0376
self_intro	if your team	-0.0261
self_intro	in	0.4694
self_intro	in a	0.0753
self_intro	in a few	-0.0468
self_intro	in data scienc	-0.0285
self_intro	in game	-0.0233
self_intro	in hospit	0.1389
self_intro	in how	-0.0552
self_intro	in how you	-0.0552
self_intro	in my	0.0706
self_intro	in retail	0.1018
self_intro	in ten	-0.0292
self_intro	in ten year	-0.0292
self_intro	in the next	-0.0211
self_intro	in this	-0.0222
self_intro	in touch	-0.0432
self_intro	in your	-0.0728
self_intro	in ~contactverb	-0.0437
self_intro	in ~number	0.0475
self_intro	industri	-0.0604
self_intro	inform	-0.0655
self_intro	interest	-0.0966
self_intro	interest in	-0.0647
self_intro	interest in how	-0.0552
self_intro	internship	0.4699
self_intro	internship i	0.4625
self_intro	into	-0.0277
self_intro	introduct	-0.0235
self_intro	is	-0.6466
self_intro	is a	-0.0598
self_intro	is all	-0.0384
self_intro	is everyth	-0.0306
self_intro	is it	-0.0534
self_intro	is most	0.13
self_intro	is not	-0.0321
self_intro	is not about	-0.0257
self_intro	is part	-0.0354
self_intro	is the	-0.1041
self_intro	is there	-0.0763
self_intro	is there a	-0.0358
self_intro	is ~number	-0.1671
self_intro	is ~want	0.1131
self_intro	it	-0.3586
self_intro	it for	-0.0282
self_intro	it from	-0.0236
self_intro	it is	-0.0304
self_intro	it there	-0.0286
self_intro	job	-0.1418
self_intro	job ask	-0.023
self_intro	job hunt	-0.0336
self_intro	job i	-0.061
self_intro	job i am	-0.0312
self_intro	job ~help	-0.0322
self_intro	job ~want	0.0707
self_intro	junior at	0.0347
self_intro	just to	-0.0358
self_intro	just to be	-0.0358
self_intro	just tri	-0.0401
self_intro	just tri to	-0.0401
self_intro	just ~learn	-0.0242
self_intro	just ~want	-0.0429
self_intro	keep	-0.0814
self_intro	keep you	-0.038
self_intro	kept	-0.0219
self_intro	kept you	-0.0219
self_intro	kind	0.1448
self_intro	kind of	0.1459
self_intro	know	-0.0833
self_intro	know i	-0.0314
self_intro	know i am	-0.0314
self_intro	know we	0.0558
self_intro	know you	-0.0272
self_intro	lab	0.1547
self_intro	last	0.1377
self_intro	last question	-0.0263
self_intro	last summer	0.0265
self_intro	last year	0.1586
self_intro	last ~duration	0.1586
self_intro	late	-0.0213
self_intro	law	0.0794
self_intro	lead	-0.0328
self_intro	learn	0.1364
self_intro	learn how	0.0262
self_intro	leav	-0.0878
self_intro	leav it	-0.0432
self_intro	leav it there	-0.0286
self_intro	left	-0.0239
self_intro	left right	-0.0226
self_intro	let	-0.1261
self_intro	let me	-0.0296
self_intro	let me know	-0.0296
self_intro	let us	-0.0297
self_intro	let us leav	-0.0228
self_intro	let you	-0.0668
self_intro	let you go	-0.0297
self_intro	like	-0.1866
self_intro	like day	0.0276
self_intro	like day to	0.0276
self_intro	like ~closing	0.0276
self_intro	like ~limit	0.0276
self_intro	like ~number	-0.0538
self_intro	line	-0.0279
self_intro	line onc	-0.0253
self_intro	line onc i	-0.0253
self_intro	linkedin	-0.0394
self_intro	list	-0.0501
self_intro	local	0.183
self_intro	logist	0.325
self_intro	look	-0.0458
self_intro	look like	-0.0664
self_intro	look to	0.0249
self_intro	lot	-0.0245
self_intro	love	-0.059
self_intro	love to stay	-0.0241
self_intro	love to understand	0.0598
self_intro	love ~closing	-0.039
self_intro	lunch	-0.0208
self_intro	made	-0.0224
self_intro	main	-0.0274
self_intro	make	-0.0786
self_intro	make ~number	-0.0329
self_intro	manag	0.0519
self_intro	market	0.1666
self_intro	matter	-0.0605
self_intro	matter most	-0.0457
self_intro	matter most in	-0.029
self_intro	may	0.0312
self_intro	me	0.131
self_intro	me about	-0.0382
self_intro	me about your	-0.024
self_intro	me i	0.0536
self_intro	me in	-0.0299
self_intro	me know	-0.0296
self_intro	me through	-0.0464
self_intro	me through a	-0.0342
self_intro	me ~learn	-0.0352
self_intro	meet	-0.0395
self_intro	mention	-0.0389
self_intro	might	-0.0366
self_intro	mind	-0.0715
self_intro	mind if	-0.0218
self_intro	mind if i	-0.0205
self_intro	minut	-0.0297
self_intro	minut left	-0.0239
self_intro	minut left right	-0.0226
self_intro	minut so	0.0393
self_intro	minut so i	-0.0328
self_intro	moment	-0.0305
self_intro	month	-0.0394
self_intro	more	-0.0929
self_intro	more about	-0.0213
self_intro	more question	-0.0346
self_intro	most	0.1649
self_intro	most in	0.1108
self_intro	most on	0.1237
self_intro	most ~want	0.0367
self_intro	move	0.1507
self_intro	move into	0.1412
self_intro	much	-0.1408
self_intro	much for	-0.0302
self_intro	much this	-0.0321
self_intro	my	0.4493
self_intro	my background	0.1377
self_intro	my career	-0.0343
self_intro	my first	0.0546
self_intro	my first year	0.0546
self_intro	my list	-0.0294
self_intro	my question	-0.0428
self_intro	my ~degree	0.2263
self_intro	my ~job	0.482
self_intro	name	-0.0246
self_intro	near	-0.0285
self_intro	need	-0.1316
self_intro	need a	-0.057
self_intro	need a hand	-0.0346
self_intro	need to	-0.0288
self_intro	need ~number	-0.0635
self_intro	never	-0.077
self_intro	new	0.0306
self_intro	next	-0.0655
self_intro	next ~number	-0.0238
self_intro	night	0.2402
self_intro	no	-0.1029
self_intro	nonprofit	-0.0655
self_intro	nonprofit work	-0.0208
self_intro	nonprofit ~learn	-0.0208
self_intro	nonprofit ~workverb	-0.0208
self_intro	not	-0.1677
self_intro	not about	-0.0257
self_intro	not about a	-0.0219
self_intro	not have	-0.0204
self_intro	not job	-0.0336
self_intro	not job hunt	-0.0336
self_intro	not look	0.0267
self_intro	not ~job	-0.0336
self_intro	not ~want	0.0514
self_intro	note	-0.0353
self_intro	now	0.417
self_intro	now ~studyverb	0.2763
self_intro	of	-0.182
self_intro	of the	-0.0499
self_intro	of the job	-0.0207
self_intro	of your	-0.0556
self_intro	of ~number	-0.0688
self_intro	off	-0.0217
self_intro	oh	-0.0273
self_intro	ok	-0.1167
self_intro	ok that	-0.0449
self_intro	ok that is	-0.0449
self_intro	on	-0.089
self_intro	on a	0.0515
self_intro	on how	0.0418
self_intro	on linkedin	-0.0361
self_intro	on my	-0.0582
self_intro	on my list	-0.0294
self_intro	on the	0.0808
self_intro	on your	-0.0357
self_intro	on ~number	0.1293
self_intro	onc	-0.0429
self_intro	onc i	-0.0409
self_intro	onc i have	-0.0409
self_intro	one	-0.04
self_intro	onli	0.0393
self_intro	onli got	0.0647
self_intro	onli have	-0.0254
self_intro	open	-0.0789
self_intro	other	-0.0212
self_intro	out of	-0.0214
self_intro	out whether	0.1045
self_intro	over	-0.0795
self_intro	paraleg	0.1719
self_intro	parent	0.0512
self_intro	part	-0.0531
self_intro	part of	-0.0552
self_intro	path	-0.1112
self_intro	peopl	-0.1264
self_intro	peopl in	-0.0606
self_intro	perspect	-0.05
self_intro	pharmaci	0.0378
self_intro	phd	0.0743
self_intro	pick	-0.0564
self_intro	place	-0.0347
self_intro	pleas	-0.0213
self_intro	point	-0.0284
self_intro	polici	0.0258
self_intro	polici analyst	-0.0207
self_intro	portfolio	-0.0203
self_intro	pretti	0.0464
self_intro	product	-0.0255
self_intro	profess	-0.051
self_intro	profess i	-0.049
self_intro	profession	-0.0268
self_intro	program	-0.0875
self_intro	program director	-0.0256
self_intro	project	0.0714
self_intro	promis	-0.0547
self_intro	psycholog	0.0243
self_intro	public	0.0664
self_intro	qa	0.1054
self_intro	question	-0.1312
self_intro	quick	0.0588
self_intro	rather	-0.0518
self_intro	rather than	-0.0499
self_intro	reach	-0.0394
self_intro	reach out	-0.0368
self_intro	read	-0.044
self_intro	read ~number	-0.0212
self_intro	realli	-0.0764
self_intro	realli appreci	-0.0838
self_intro	realli appreci it	-0.0231
self_intro	realli just	-0.0336
self_intro	realli ~want	-0.0299
self_intro	recommend	-0.0261
self_intro	recruit	-0.0497
self_intro	referr	-0.064
self_intro	research	-0.0473
self_intro	research with	-0.0269
self_intro	retail	0.1013
self_intro	retrain	0.0771
self_intro	return	0.0214
self_intro	right	-0.1031
self_intro	right at	-0.0229
self_intro	role	-0.0628
self_intro	run	-0.0669
self_intro	run over	-0.0526
self_intro	same	-0.0467
self_intro	say	-0.0534
self_intro	school	0.038
self_intro	scienc	-0.0685
self_intro	second	0.2559
self_intro	second year	0.2592
self_intro	second ~duration	0.2592
self_intro	see	0.0639
self_intro	see the	0.0207
self_intro	see the field	0.0257
self_intro	see ~number	0.0207
self_intro	send	-0.0649
self_intro	send you	-0.0305
self_intro	send you a	-0.0238
self_intro	shall	0.0882
self_intro	share	-0.0345
self_intro	shift	-0.0214
self_intro	short	-0.0284
self_intro	should	-0.1306
self_intro	should i	-0.069
self_intro	side	-0.0343
self_intro	sign	-0.0202
self_intro	sign off	-0.0202
self_intro	sinc	0.089
self_intro	six	0.0475
self_intro	six year	0.0502
self_intro	six year in	0.0398
self_intro	six ~duration	0.0475
self_intro	skill	-0.0505
self_intro	so	0.2433
self_intro	so i	0.381
self_intro	so i am	0.3945
self_intro	so i will	-0.0833
self_intro	so if	-0.0245
self_intro	so just	-0.0338
self_intro	so much	-0.0943
self_intro	so much for	-0.0302
self_intro	so much this	-0.0321
self_intro	so ~number	0.0269
self_intro	so ~want	-0.0338
self_intro	some	0.1185
self_intro	some ~insight	-0.0449
self_intro	someon	-0.0917
self_intro	sorri	-0.1095
self_intro	sorri i	-0.0668
self_intro	sorri i know	-0.0285
self_intro	sound	-0.0431
self_intro	spent	0.0823
self_intro	spent six	0.0398
self_intro	spent six year	0.0398
self_intro	spring	0.1145
self_intro	sql	0.4981
self_intro	squeez	-0.021
self_intro	squeez me	-0.021
self_intro	squeez me in	-0.021
self_intro	staff	-0.029
self_intro	start	-0.0345
self_intro	startup	-0.0357
self_intro	stay at	0.0512
self_intro	stay at home	0.0512
self_intro	stay in	-0.0333
self_intro	stay in touch	-0.0321
self_intro	still	-0.025
self_intro	stop	-0.036
self_intro	structur	-0.028
self_intro	structur engin	-0.0202
self_intro	student	0.2071
self_intro	student and	0.1118
self_intro	such	-0.0228
self_intro	such a	-0.0228
self_intro	such ~number	-0.0228
self_intro	summer	0.127
self_intro	support	0.12
self_intro	support for	0.1244
self_intro	take	-0.1036
self_intro	take on	-0.0204
self_intro	take up	-0.0292
self_intro	talk	-0.1019
self_intro	talk to	-0.0616
self_intro	talk with	-0.0346
self_intro	talk with me	-0.0346
self_intro	teach	0.172
self_intro	team	-0.1048
self_intro	team ever	-0.0261
self_intro	technician	-0.0258
self_intro	tell	-0.0525
self_intro	tell me	-0.0437
self_intro	tell me about	-0.0382
self_intro	test	-0.044
self_intro	than	-0.07
self_intro	than a	-0.0325
self_intro	than ~number	-0.0325
self_intro	thank so	-0.0771
self_intro	thank so much	-0.0771
self_intro	thank to	0.4355
self_intro	thank to my	0.421
self_intro	thank you	-0.1318
self_intro	thank you for	-0.039
self_intro	thank you note	-0.0244
self_intro	thank ~number	-0.0604
self_intro	that	-0.2066
self_intro	that cover	-0.0322
self_intro	that cover everyth	-0.0322
self_intro	that i	0.0413
self_intro	that is	-0.1894
self_intro	that is all	-0.0384
self_intro	that is everyth	-0.0306
self_intro	the	-0.5736
self_intro	the articl	-0.0201
self_intro	the articl i	-0.0201
self_intro	the bootcamp	-0.0288
self_intro	the cours	-0.0332
self_intro	the field	-0.0241
self_intro	the half	-0.0298
self_intro	the half hour	-0.0298
self_intro	the industri	-0.0237
self_intro	the job	-0.0418
self_intro	the moment	-0.0282
self_intro	the next	-0.0307
self_intro	the path	-0.0257
self_intro	the recruit	-0.0464
self_intro	the time	-0.0274
self_intro	the work	-0.0313
self_intro	the ~degree	-0.0714
self_intro	the ~gatekeeper	-0.0351
self_intro	the ~hiring	-0.0344
self_intro	the ~job	-0.0482
self_intro	the ~learn	-0.0304
self_intro	the ~limit	-0.0326
self_intro	the ~number	-0.0344
self_intro	the ~org	-0.0255
self_intro	the ~student	-0.0569
self_intro	the ~workverb	-0.0313
self_intro	then	0.112
self_intro	there	-0.166
self_intro	there a	-0.0358
self_intro	there for	-0.0208
self_intro	there ~number	-0.0386
self_intro	these	-0.028
self_intro	thing	-0.0266
self_intro	think	-0.1725
self_intro	think i	-0.0862
self_intro	think i have	-0.0724
self_intro	think of	-0.034
self_intro	think that	-0.0382
self_intro	think that cover	-0.0245
self_intro	think we	-0.023
self_intro	think we can	-0.023
self_intro	this	-0.1111
self_intro	this field	-0.0832
self_intro	this is	-0.0247
self_intro	this year	-0.0225
self_intro	this ~duration	-0.0225
self_intro	thought	-0.0215
self_intro	three	0.1487
self_intro	three year	0.153
self_intro	three ~duration	0.153
self_intro	through	-0.0493
self_intro	through a	-0.0432
self_intro	through a typic	-0.0263
self_intro	through ~number	-0.0287
self_intro	time	-0.1482
self_intro	to	-0.0723
self_intro	to ask	-0.0551
self_intro	to ask for	-0.0356
self_intro	to be	-0.1007
self_intro	to be clear	-0.023
self_intro	to be upfront	-0.0204
self_intro	to becom	-0.0264
self_intro	to becom a	-0.0244
self_intro	to get	-0.073
self_intro	to get a	-0.0291
self_intro	to hear how	0.0375
self_intro	to help	-0.0304
self_intro	to keep	-0.026
self_intro	to learn	-0.031
self_intro	to learn how	0.0262
self_intro	to my	0.421
self_intro	to stay	-0.0332
self_intro	to stay in	-0.0253
self_intro	to talk	-0.0424
self_intro	to talk with	-0.0346
self_intro	to test	-0.0225
self_intro	to think	0.0251
self_intro	to think about	0.0251
self_intro	to understand	0.0779
self_intro	to understand the	-0.0491
self_intro	to understand what	0.0633
self_intro	to your	-0.0597
self_intro	to ~help	-0.0432
self_intro	to ~learn	0.0618
self_intro	to ~people	-0.0324
self_intro	to ~sendverb	-0.0347
self_intro	to ~student	-0.0266
self_intro	to ~talk	-0.1142
self_intro	today	-0.0809
self_intro	tonight	-0.0354
self_intro	too	-0.0211
self_intro	tool	-0.0214
self_intro	touch	-0.0452
self_intro	toward	0.0835
self_intro	tri to get	-0.0205
self_intro	tri to keep	-0.0211
self_intro	twenti	-0.0326
self_intro	twenti minut	-0.0326
self_intro	twenti ~limit	-0.0326
self_intro	twenti ~timeunit	-0.0326
self_intro	two	0.1841
self_intro	two ~duration	0.1207
self_intro	typic	-0.044
self_intro	typic week	-0.0281
self_intro	typic week on	-0.0214
self_intro	typic ~closing	-0.0338
self_intro	understand	0.0734
self_intro	understand the	-0.0524
self_intro	understand the path	-0.0257
self_intro	understand what	0.0621
self_intro	understand ~number	-0.0524
self_intro	up a	0.1249
self_intro	up with	-0.0392
self_intro	up ~number	0.1229
self_intro	upfront	-0.0204
self_intro	us	-0.0303
self_intro	us leav	-0.0228
self_intro	us leav it	-0.0228
self_intro	use	-0.0508
self_intro	usual	-0.032
self_intro	ux research	-0.0235
self_intro	vet	0.1237
self_intro	volunt	0.0942
self_intro	walk	-0.0464
self_intro	walk me	-0.0464
self_intro	walk me through	-0.0464
self_intro	want	-0.0618
self_intro	want to be	-0.0252
self_intro	want to hear	0.0317
self_intro	want to understand	0.042
self_intro	was	-0.0996
self_intro	was hope to	0.0248
self_intro	was ~number	0.0453
self_intro	way	-0.0489
self_intro	we	-0.1283
self_intro	we are	-0.0899
self_intro	we are near	-0.0285
self_intro	we are right	-0.0229
self_intro	we can	-0.023
self_intro	we have	0.0456
self_intro	we have onli	0.0647
self_intro	week	-0.1537
self_intro	week on	-0.0214
self_intro	weekend	-0.0392
self_intro	well	-0.0207
self_intro	went	-0.0358
self_intro	what	-0.5869
self_intro	what are	-0.0303
self_intro	what do	-0.0272
self_intro	what doe	-0.0313
self_intro	what i	-0.0313
self_intro	what is	-0.1109
self_intro	what is the	-0.0553
self_intro	what make	-0.033
self_intro	what will	-0.0292
self_intro	what your	-0.0714
self_intro	what ~help	-0.0272
self_intro	when	-0.0304
self_intro	when you	-0.0238
self_intro	where	-0.1348
self_intro	where can	-0.0225
self_intro	where do	-0.0432
self_intro	where doe	-0.0366
self_intro	where is	-0.025
self_intro	where ~help	-0.0432
self_intro	whether	0.0939
self_intro	whi	-0.0814
self_intro	whi i	-0.0663
self_intro	whi i am	-0.0343
self_intro	which	-0.1797
self_intro	which is	-0.0415
self_intro	which ~student	-0.029
self_intro	who	-0.079
self_intro	will	-0.3965
self_intro	will drop	-0.0253
self_intro	will drop you	-0.0253
self_intro	will keep	-0.0204
self_intro	will leav	-0.0255
self_intro	will leav it	-0.0205
self_intro	will let	-0.0482
self_intro	will let you	-0.0482
self_intro	will send	-0.0358
self_intro	will sign	-0.0202
self_intro	will sign off	-0.0202
self_intro	will ~sendverb	-0.0683
self_intro	with	0.2545
self_intro	with a	0.0281
self_intro	with anyth	-0.025
self_intro	with me	-0.0367
self_intro	with the	-0.0543
self_intro	with the recruit	-0.0445
self_intro	with you	-0.0265
self_intro	with your	-0.0245
self_intro	with ~number	-0.0315
self_intro	wonder	0.0537
self_intro	work in	0.1663
self_intro	work on	-0.0336
self_intro	world	0.0682
self_intro	worth	-0.0613
self_intro	would	-0.2601
self_intro	would be	-0.0224
self_intro	would realli	-0.0504
self_intro	would realli appreci	-0.0489
self_intro	would you	-0.0629
self_intro	would you mind	-0.0223
self_intro	would ~want	-0.0515
self_intro	wow	-0.0283
self_intro	wrap	0.0428
self_intro	wrap up	0.0439
self_intro	write	-0.0224
self_intro	yeah	-0.0499
self_intro	year	1.1482
self_intro	year and	0.0554
self_intro	year and i	0.0357
self_intro	year in	0.0609
self_intro	year in retail	0.0398
self_intro	year ~want	0.1877
self_intro	yet	0.0249
self_intro	you	-1.0393
self_intro	you a	-0.0521
self_intro	you a line	-0.0253
self_intro	you are	-0.0382
self_intro	you could	-0.0234
self_intro	you end	-0.0306
self_intro	you end up	-0.0306
self_intro	you ever	-0.0233
self_intro	you for	-0.0576
self_intro	you get	-0.0253
self_intro	you go	-0.0338
self_intro	you got	-0.0358
self_intro	you have	-0.045
self_intro	you in	-0.023
self_intro	you know	-0.0335
self_intro	you mind	-0.0223
self_intro	you move	0.0684
self_intro	you need	-0.025
self_intro	you note	-0.0244
self_intro	you see	0.094
self_intro	you see the	0.0257
self_intro	you think	-0.0252
self_intro	you to	-0.0275
self_intro	you would	-0.0271
self_intro	you ~help	-0.0252
self_intro	you ~number	-0.0554
self_intro	you ~talk	-0.0211
self_intro	you ~want	-0.0384
self_intro	your	-0.6178
self_intro	your compani	-0.0673
self_intro	your first	-0.0607
self_intro	your path	-0.0231
self_intro	your team	-0.0713
self_intro	your team ever	-0.0261
self_intro	your time	-0.0265
self_intro	your work	-0.0302
self_intro	your ~closing	-0.0475
self_intro	your ~insight	-0.024
self_intro	your ~learn	-0.0303
self_intro	your ~limit	-0.0753
self_intro	your ~org	-0.1935
self_intro	your ~people	-0.0215
self_intro	your ~workverb	-0.0302
self_intro	~application	-0.0223
self_intro	~closing on	-0.0214
self_intro	~contactverb	-0.0575
self_intro	~degree	0.6117
self_intro	~degree at	0.2344
self_intro	~degree director	-0.0256
self_intro	~degree in	0.2795
self_intro	~duration	1.1204
self_intro	~duration and	0.0554
self_intro	~duration in	0.2341
self_intro	~gatekeeper	-0.1295
self_intro	~help	-0.4298
self_intro	~help for	0.1202
self_intro	~help i	-0.0271
self_intro	~help not	-0.061
self_intro	~help to	-0.0251
self_intro	~help with	-0.028
self_intro	~help you	-0.1293
self_intro	~hiring	-0.0722
self_intro	~insight	-0.2789
self_intro	~insight a	-0.0243
self_intro	~insight from	-0.0569
self_intro	~job	0.1931
self_intro	~job ask	-0.023
self_intro	~job hunt	-0.0336
self_intro	~job i	0.377
self_intro	~later	-0.0502
self_intro	~learn	-0.433
self_intro	~learn a	-0.0686
self_intro	~learn at	-0.0307
self_intro	~learn for	-0.0356
self_intro	~learn how	0.1256
self_intro	~learn i	0.0407
self_intro	~learn if	-0.0274
self_intro	~learn in	0.0451
self_intro	~learn out	0.0806
self_intro	~learn so	-0.0259
self_intro	~learn the	-0.0336
self_intro	~learn we	0.0456
self_intro	~learn what	0.0771
self_intro	~learn with	-0.0348
self_intro	~learn you	-0.0356
self_intro	~learn your	-0.0254
self_intro	~limit	-0.1819
self_intro	~limit at	0.0692
self_intro	~limit left	-0.0239
self_intro	~limit so	0.0303
self_intro	~number	-0.1306
self_intro	~number articl	-0.0201
self_intro	~number bank	-0.0206
self_intro	~number big	-0.0279
self_intro	~number bit	0.0509
self_intro	~number career	-0.0687
self_intro	~number certif	0.1377
self_intro	~number coupl	-0.0287
self_intro	~number cours	-0.0332
self_intro	~number degre	0.0256
self_intro	~number few	0.0444
self_intro	~number field	-0.0526
self_intro	~number good	-0.0519
self_intro	~number great	-0.0279
self_intro	~number half	-0.0298
self_intro	~number hand	-0.079
self_intro	~number hour	-0.0358
self_intro	~number industri	-0.0237
self_intro	~number internship	-0.0275
self_intro	~number job	-0.0595
self_intro	~number line	-0.0253
self_intro	~number lot	-0.0245
self_intro	~number love	-0.039
self_intro	~number moment	-0.0282
self_intro	~number next	-0.0307
self_intro	~number of	-0.0223
self_intro	~number paraleg	0.1719
self_intro	~number path	-0.0688
self_intro	~number program	-0.0349
self_intro	~number project	-0.0353
self_intro	~number recruit	-0.0464
self_intro	~number referr	-0.0624
self_intro	~number role	-0.0402
self_intro	~number second	0.2414
self_intro	~number shall	0.0799
self_intro	~number short	-0.0203
self_intro	~number stay	0.0512
self_intro	~number student	-0.0387
self_intro	~number thank	-0.0274
self_intro	~number time	-0.0274
self_intro	~number typic	-0.0376
self_intro	~number work	-0.0313
self_intro	~number year	0.3416
self_intro	~org	0.2268
self_intro	~org and	0.1026
self_intro	~org ever	-0.0324
self_intro	~org for	0.1166
self_intro	~people	-0.2759
self_intro	~people els	-0.0282
self_intro	~people in	-0.0782
self_intro	~people who	-0.0254
self_intro	~sendverb	-0.1535
self_intro	~sendverb you	-0.0644
self_intro	~student	0.6644
self_intro	~student and	0.1118
self_intro	~student at	0.1717
self_intro	~student for	0.031
self_intro	~student in	0.039
self_intro	~student last	0.1251
self_intro	~studyverb	0.9659
self_intro	~studyverb a	0.375
self_intro	~studyverb in	0.0556
self_intro	~studyverb my	0.1633
self_intro	~studyverb the	-0.0574
self_intro	~studyverb you	-0.1124
self_intro	~talk	-0.2456
self_intro	~talk for	-0.0377
self_intro	~talk so	-0.0288
self_intro	~talk to	-0.0644
self_intro	~talk with	-0.063
self_intro	~talk you	-0.0297
self_intro	~timeunit left	-0.0239
self_intro	~timeunit so	0.0393
self_intro	~want	-0.2711
self_intro	~want about	-0.0651
self_intro	~want appreci	-0.0838
self_intro	~want be	-0.0224
self_intro	~want for	-0.0236
self_intro	~want here	0.1102
self_intro	~want in	0.0828
self_intro	~want it	-0.0418
self_intro	~want just	-0.0336
self_intro	~want on	0.1243
self_intro	~want realli	-0.0504
self_intro	~want to	-0.0213
self_intro	~want tri	-0.0401
self_intro	~want you	-0.0923
self_intro	~want your	-0.0219
self_intro	~workverb	0.6574
self_intro	~workverb a	0.1625
self_intro	~workverb at	0.0996
self_intro	~workverb do	0.0291
self_intro	~workverb in	0.2465
self_intro	~workverb on	-0.0336
self_intro	~workverb over	-0.0526
self_intro	~workverb six	0.0398
"""#
}
