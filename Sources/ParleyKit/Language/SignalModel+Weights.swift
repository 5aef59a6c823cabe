// Written by scripts/train-signals from the tune part of the labelled set; do not edit.
extension SignalModel {
    static let bundledWeights = #"""
purpose	*	-3.0095
purpose	10	-0.0256
purpose	?	-2.0563
purpose	^alright	-0.0313
purpose	^ani	-0.0458
purpose	^are	-0.1068
purpose	^befor	-0.055
purpose	^can	-0.0731
purpose	^cheer	-0.0348
purpose	^could	-0.0637
purpose	^current	-0.045
purpose	^did	-0.0241
purpose	^do	0.0456
purpose	^happi	-0.0363
purpose	^have	-0.0226
purpose	^hi	-0.0329
purpose	^how	-0.3262
purpose	^i	0.3361
purpose	^if	-0.1048
purpose	^is	-0.2529
purpose	^just	0.0998
purpose	^let	-0.0408
purpose	^my	0.2861
purpose	^no	0.5946
purpose	^oh	-0.0273
purpose	^ok	-0.1884
purpose	^pleas	-0.0227
purpose	^right	-0.0219
purpose	^so	-0.0538
purpose	^sorri	-0.0901
purpose	^tell	-0.0306
purpose	^thank	-0.2128
purpose	^that	-0.3395
purpose	^the	0.2428
purpose	^this	0.077
purpose	^was	-0.0345
purpose	^we	-0.0388
purpose	^well	-0.0217
purpose	^what	-0.5318
purpose	^where	-0.0688
purpose	^which	-0.0645
purpose	^who	-0.0572
purpose	^would	-0.1129
purpose	^yeah	-0.0556
purpose	a	0.0989
purpose	a bit	0.0291
purpose	a bootcamp	0.0903
purpose	a career	0.021
purpose	a coupl	-0.0347
purpose	a feel	0.0238
purpose	a few	0.1459
purpose	a good	-0.0499
purpose	a hand	0.2043
purpose	a job	0.3642
purpose	a junior	-0.0504
purpose	a lot	-0.0406
purpose	a paraleg	-0.0257
purpose	a part	-0.0228
purpose	a realist	0.1834
purpose	a realli	-0.0247
purpose	a referr	-0.0339
purpose	a role	0.0247
purpose	a second	0.0233
purpose	a shall	-0.0381
purpose	a short	-0.0251
purpose	a stay	-0.0579
purpose	a typic	-0.0258
purpose	a ~degree	0.0281
purpose	a ~duration	-0.0205
purpose	a ~job	0.383
purpose	a ~number	0.1112
purpose	a ~org	0.1618
purpose	a ~student	-0.0535
purpose	a ~want	-0.0247
purpose	abil	-0.0244
purpose	abl	-0.0668
purpose	abl to	-0.0668
purpose	about	0.2484
purpose	about a	0.0837
purpose	about consult	-0.0269
purpose	about five	0.035
purpose	about it	0.0554
purpose	about the	-0.0381
purpose	about what	-0.1061
purpose	about your	-0.0299
purpose	about ~job	0.1144
purpose	about ~number	0.0514
purpose	about ~studyverb	0.1769
purpose	academia	-0.0262
purpose	account	-0.0237
purpose	actual	0.3801
purpose	actual do	0.0853
purpose	advic	0.5355
purpose	advic on	0.0623
purpose	advic someon	-0.0385
purpose	advic would	-0.0303
purpose	advic ~people	-0.0385
purpose	advic ~want	-0.0303
purpose	after	-0.0937
purpose	after ~number	-0.0498
purpose	afternoon	-0.0489
purpose	agre	-0.0477
purpose	all	-0.1903
purpose	all i	-0.0349
purpose	all my	-0.024
purpose	all this	-0.0427
purpose	almost	-0.0223
purpose	almost out	-0.0223
purpose	alreadi	-0.0287
purpose	alright	-0.0405
purpose	am	0.7561
purpose	am a	-0.0538
purpose	am around	-0.031
purpose	am curious	0.0832
purpose	am go	-0.0204
purpose	am here	0.1721
purpose	am hope	0.1707
purpose	am in	-0.0467
purpose	am just	0.1069
purpose	am look	0.1147
purpose	am most	0.0377
purpose	am not	0.2836
purpose	am now	0.0281
purpose	am pretti	-0.0415
purpose	am realli	-0.0371
purpose	am tri	0.2138
purpose	am ~number	-0.0766
purpose	am ~want	0.9037
purpose	an	-0.1716
purpose	an interview	-0.0293
purpose	an ~student	-0.024
purpose	an ~talk	-0.0293
purpose	analyst	-0.0634
purpose	and	0.2416
purpose	and honest	0.0747
purpose	and i	0.2074
purpose	and now	-0.0305
purpose	and would	-0.048
purpose	and ~want	0.0712
purpose	ani	-0.1366
purpose	ani more	-0.042
purpose	anoth	-0.0255
purpose	anyon	-0.0986
purpose	anyon els	-0.0355
purpose	anyth	-0.0778
purpose	appli	-0.1117
purpose	appli to	-0.081
purpose	appreci	-0.0481
purpose	appreci it	-0.0552
purpose	appreci you	-0.0383
purpose	are	-0.4616
purpose	are almost	-0.0223
purpose	are near	-0.0459
purpose	are the	-0.0349
purpose	are there	-0.0808
purpose	are you	-0.0285
purpose	are ~number	-0.0374
purpose	around	-0.031
purpose	articl	-0.0419
purpose	articl i	-0.0375
purpose	as	0.1682
purpose	as a	-0.025
purpose	as ~number	-0.031
purpose	ask	0.5008
purpose	ask about	0.1312
purpose	ask for	0.04
purpose	ask you	0.3181
purpose	at a	0.077
purpose	at home	-0.0579
purpose	at the	0.1399
purpose	at ~number	0.2062
purpose	back	-0.0735
purpose	back after	-0.0316
purpose	back to	-0.0339
purpose	back ~want	-0.0316
purpose	background	-0.0586
purpose	balanc	-0.0809
purpose	bank	-0.048
purpose	be	-0.2716
purpose	be abl	-0.0668
purpose	be glad	-0.0382
purpose	be happi	-0.0205
purpose	be mind	-0.0675
purpose	be upfront	0.0287
purpose	be use	-0.0213
purpose	be ~help	-0.0213
purpose	becom	-0.024
purpose	becom a	-0.0214
purpose	becom ~number	-0.024
purpose	been	0.1026
purpose	been a	0.0447
purpose	been ~number	0.0378
purpose	been ~studyverb	-0.0408
purpose	been ~workverb	-0.0331
purpose	befor	0.3172
purpose	befor i	0.4031
purpose	befor that	-0.0579
purpose	best	-0.0399
purpose	better	-0.0504
purpose	between	0.0804
purpose	beyond	0.7896
purpose	biggest	-0.025
purpose	book	-0.0207
purpose	bootcamp	0.0524
purpose	brain	0.0965
purpose	break	-0.0205
purpose	build	-0.0638
purpose	busi	-0.0376
purpose	but	-0.098
purpose	but i	-0.0465
purpose	bye	-0.0216
purpose	can	-0.1383
purpose	can ever	-0.0232
purpose	can help	0.1591
purpose	can i	-0.0643
purpose	can see	-0.0405
purpose	can you	-0.0322
purpose	can ~help	0.14
purpose	can ~learn	-0.0432
purpose	candid	-0.023
purpose	care	-0.0657
purpose	career	0.1214
purpose	career changer	-0.0335
purpose	career in	0.0643
purpose	career ~student	-0.0303
purpose	certif	-0.0422
purpose	chang	-0.0524
purpose	changer	-0.0335
purpose	chariti	-0.0322
purpose	chat	0.2369
purpose	cheer	-0.0348
purpose	chemistri	-0.0401
purpose	choos	0.2232
purpose	civil	-0.0332
purpose	civil engin	-0.0332
purpose	class	-0.0242
purpose	clinic	-0.1347
purpose	clinic ~learn	-0.0604
purpose	coach	-0.032
purpose	coder	-0.0401
purpose	colleg	-0.0533
purpose	come	-0.0432
purpose	come to	-0.0251
purpose	common	-0.0259
purpose	communiti	-0.0738
purpose	communiti colleg	-0.051
purpose	connect	-0.0568
purpose	connect with	-0.0202
purpose	conscious	-0.0688
purpose	consult	0.1371
purpose	could	-0.2395
purpose	could i	-0.0572
purpose	could pass	-0.0203
purpose	could tri	-0.038
purpose	could you	-0.061
purpose	could ~sendverb	-0.0233
purpose	could ~want	-0.038
purpose	coupl	-0.0347
purpose	coupl of	-0.0305
purpose	cours	-0.0289
purpose	cover	-0.097
purpose	cover everyth	-0.097
purpose	credit	-0.0301
purpose	credit analyst	-0.021
purpose	cs	0.0336
purpose	curious	0.1812
purpose	current	-0.0461
purpose	current a	-0.027
purpose	current ~number	-0.027
purpose	data	-0.0407
purpose	data scienc	-0.0344
purpose	day	0.1153
purpose	day is	0.111
purpose	day to	0.1743
purpose	decid	0.0808
purpose	decid between	0.0882
purpose	definit	0.0405
purpose	definit not	0.0513
purpose	degre	-0.0207
purpose	design	-0.1212
purpose	design ~job	-0.0252
purpose	desk	-0.0268
purpose	did	-0.2438
purpose	did it	-0.0256
purpose	did my	-0.0272
purpose	did you	-0.0673
purpose	did ~number	-0.0361
purpose	differ	-0.0375
purpose	direct	0.1725
purpose	director	-0.0405
purpose	do	-0.2822
purpose	do a	-0.0319
purpose	do not	0.0405
purpose	do peopl	-0.0223
purpose	do this	-0.0201
purpose	do to	-0.0236
purpose	do you	-0.1561
purpose	do ~number	0.0531
purpose	do ~people	-0.0223
purpose	doe	-0.1506
purpose	doe a	-0.0279
purpose	doe it	-0.04
purpose	doe ~number	-0.0454
purpose	done the	0.0519
purpose	downsid	0.0273
purpose	each	0.1119
purpose	eat	-0.0701
purpose	eat into	-0.0701
purpose	elect	0.2219
purpose	els	-0.0624
purpose	email	-0.0395
purpose	end	-0.073
purpose	engin	0.1748
purpose	enjoy	-0.0257
purpose	entri	0.033
purpose	entri level	0.033
purpose	evening	-0.051
purpose	ever	-0.124
purpose	ever need	-0.0437
purpose	ever want	-0.0268
purpose	ever ~help	-0.0232
purpose	everyth	-0.2797
purpose	everyth i	-0.2365
purpose	experi	-0.0252
purpose	favor	-0.0402
purpose	favor somehow	-0.021
purpose	feedback	-0.0216
purpose	feel	0.0794
purpose	feel for	0.0238
purpose	few	0.1349
purpose	field	0.4436
purpose	figur	0.1774
purpose	figur out	0.1774
purpose	find	-0.064
purpose	finish a	0.0223
purpose	firm	-0.066
purpose	first	-0.173
purpose	first place	-0.0355
purpose	first year	-0.1103
purpose	first ~duration	-0.1103
purpose	first ~org	-0.0355
purpose	five	-0.0441
purpose	five year	-0.0394
purpose	five ~duration	-0.0394
purpose	follow	-0.0326
purpose	follow up	-0.024
purpose	for	0.2401
purpose	for a	0.1412
purpose	for advic	0.0865
purpose	for me	0.0993
purpose	for this	0.104
purpose	for today	0.03
purpose	for what	0.0345
purpose	for you	-0.0207
purpose	for your	-0.0349
purpose	for ~insight	0.0865
purpose	for ~number	0.1077
purpose	for ~people	-0.0284
purpose	found	-0.0259
purpose	free	0.0297
purpose	freelanc	-0.0665
purpose	from	0.2758
purpose	from a	0.2529
purpose	from me	0.04
purpose	from my	-0.0229
purpose	from ~number	0.2693
purpose	from ~people	0.1409
purpose	game	-0.0878
purpose	game design	-0.0418
purpose	gather	0.1039
purpose	gather inform	0.1039
purpose	gather ~insight	0.1039
purpose	get	0.0299
purpose	get a	0.0806
purpose	get back	-0.0211
purpose	get into	-0.0258
purpose	get me	-0.0273
purpose	get your	0.1421
purpose	get ~number	0.072
purpose	give	-0.0409
purpose	give someon	-0.0325
purpose	give ~people	-0.0325
purpose	glad	-0.0382
purpose	glad to	-0.0382
purpose	go	0.0385
purpose	go to	0.1481
purpose	goal	0.2225
purpose	good	-0.0766
purpose	good at	0.0792
purpose	govern	-0.0203
purpose	graduat	-0.0645
purpose	grant	-0.0251
purpose	grate	-0.0436
purpose	great	-0.0327
purpose	had	-0.0666
purpose	half	-0.0581
purpose	half hour	-0.0491
purpose	half ~limit	-0.0491
purpose	half ~timeunit	-0.0491
purpose	hand	0.2023
purpose	happi	-0.0687
purpose	happi to	-0.0568
purpose	hard	-0.0493
purpose	have	-0.1365
purpose	have a	-0.0382
purpose	have been	0.1045
purpose	have done	0.0203
purpose	have got	-0.023
purpose	have onli	0.0334
purpose	have read	-0.028
purpose	have ~insight	-0.028
purpose	have ~number	-0.049
purpose	have ~workverb	0.0723
purpose	health	-0.0322
purpose	hear	0.1282
purpose	hear how	0.2623
purpose	help	-0.0336
purpose	help me	0.1104
purpose	help with	-0.0417
purpose	here	0.7496
purpose	here to	0.108
purpose	hi	-0.0329
purpose	home	-0.0579
purpose	home parent	-0.0579
purpose	home ~student	-0.0579
purpose	honest	0.1461
purpose	honest i	0.0718
purpose	honest ~insight	0.0669
purpose	hope	0.2838
purpose	hope to	0.1781
purpose	hope you	0.1056
purpose	hospit	0.1528
purpose	hour	0.288
purpose	how	-0.0765
purpose	how did	-0.0409
purpose	how do	-0.0459
purpose	how doe	-0.0287
purpose	how is	-0.0443
purpose	how long	-0.0317
purpose	how much	-0.0257
purpose	how to	0.0212
purpose	how would	-0.0491
purpose	how you	0.2009
purpose	how ~help	-0.0459
purpose	how ~studyverb	-0.0409
purpose	how ~want	-0.0491
purpose	hunt	0.0771
purpose	i	-0.3721
purpose	i am	0.7561
purpose	i ask	0.171
purpose	i be	-0.0265
purpose	i can	-0.1037
purpose	i could	-0.0641
purpose	i did	-0.0204
purpose	i do	-0.112
purpose	i had	-0.0493
purpose	i have	-0.0208
purpose	i just	0.0673
purpose	i know	-0.1364
purpose	i learn	-0.0441
purpose	i mention	-0.0419
purpose	i reach	0.2298
purpose	i read	-0.074
purpose	i realli	0.0942
purpose	i should	-0.0465
purpose	i spent	0.0226
purpose	i think	-0.2398
purpose	i will	-0.4055
purpose	i would	0.1661
purpose	i ~help	-0.1326
purpose	i ~insight	-0.0783
purpose	i ~learn	0.3297
purpose	i ~studyverb	-0.0558
purpose	i ~talk	-0.0366
purpose	i ~want	0.3093
purpose	i ~workverb	0.1666
purpose	icu	-0.025
purpose	idea	-0.0221
purpose	if	-0.4248
purpose	if i	-0.1137
purpose	if that	-0.0468
purpose	if there	-0.0367
purpose	if you	-0.1614
purpose	if your	-0.0355
purpose	in	-0.4596
purpose	in a	0.1001
purpose	in civil	-0.0271
purpose	in health	-0.0241
purpose	in hospit	-0.025
purpose	in how	-0.1183
purpose	in my	-0.0785
purpose	in public	0.0724
purpose	in retail	0.0203
purpose	in the	-0.0954
purpose	in this	-0.0256
purpose	in touch	-0.051
purpose	in your	-0.15
purpose	in ~contactverb	-0.0518
purpose	industri	-0.0277
purpose	inform	0.1045
purpose	insid	0.1169
purpose	interest	-0.1509
purpose	interest in	-0.1217
purpose	internship	-0.0802
purpose	internship in	-0.0369
purpose	interview	-0.042
purpose	into	0.2106
purpose	into the	0.0679
purpose	into your	-0.0701
purpose	into ~number	0.0591
purpose	introduct	-0.0258
purpose	invest	-0.0201
purpose	involv	0.2318
purpose	is	-0.0489
purpose	is a	0.102
purpose	is actual	0.1719
purpose	is all	-0.0601
purpose	is anyon	-0.0229
purpose	is everyth	-0.1782
purpose	is help	-0.0294
purpose	is it	-0.06
purpose	is like	0.147
purpose	is most	0.0592
purpose	is not	0.1383
purpose	is part	-0.0275
purpose	is that	0.1699
purpose	is the	-0.1409
purpose	is there	-0.1332
purpose	is to	0.3242
purpose	is worth	0.114
purpose	is your	-0.0339
purpose	is ~number	-0.0423
purpose	is ~people	-0.0236
purpose	is ~want	0.0605
purpose	it	-0.3162
purpose	it from	0.0684
purpose	it take	-0.0399
purpose	it there	-0.0252
purpose	it to	-0.0288
purpose	it ~insight	-0.0399
purpose	it ~want	-0.0527
purpose	job	0.5113
purpose	job ask	0.1101
purpose	job at	0.0698
purpose	job hunt	0.0771
purpose	job i	0.029
purpose	job that	-0.0277
purpose	job ~help	0.0406
purpose	job ~want	0.024
purpose	jump	0.0316
purpose	junior	-0.0625
purpose	junior at	-0.0445
purpose	just	0.2175
purpose	just to	0.0232
purpose	just tri	0.0494
purpose	just want	0.1137
purpose	just ~want	0.2726
purpose	keep	-0.176
purpose	keep you	-0.096
purpose	kind	-0.07
purpose	kind of	-0.0688
purpose	know	-0.2893
purpose	know how	-0.0237
purpose	know i	-0.0311
purpose	know if	-0.0215
purpose	know we	0.022
purpose	know you	-0.0787
purpose	know ~people	-0.0223
purpose	lab	-0.062
purpose	land	-0.0379
purpose	last	-0.1709
purpose	last summer	-0.0294
purpose	last year	-0.0787
purpose	last ~duration	-0.0787
purpose	late	-0.0788
purpose	law	-0.0713
purpose	lead	-0.0204
purpose	learn	0.8646
purpose	learn how	0.1098
purpose	learn to	-0.0368
purpose	leav	-0.0671
purpose	leav it	-0.032
purpose	let	-0.1689
purpose	let me	-0.0573
purpose	let us	-0.0322
purpose	let you	-0.0794
purpose	like	0.2648
purpose	like about	0.0508
purpose	like day	0.0695
purpose	like for	0.0921
purpose	like ~closing	0.0695
purpose	like ~limit	0.0695
purpose	link	-0.0283
purpose	linkedin	-0.0315
purpose	list	-0.0288
purpose	local	-0.0636
purpose	logist	-0.0373
purpose	long	-0.0455
purpose	long doe	-0.0261
purpose	look	0.0688
purpose	look for	0.0918
purpose	look like	-0.1121
purpose	look to	0.0929
purpose	lot	-0.0406
purpose	love	-0.1264
purpose	love a	-0.0387
purpose	love to	-0.0496
purpose	love ~number	-0.0537
purpose	lunch	-0.0529
purpose	made	-0.0486
purpose	made you	-0.0374
purpose	main	0.2758
purpose	main goal	0.1394
purpose	major	-0.0253
purpose	make sens	-0.0547
purpose	make someon	0.0957
purpose	make ~insight	-0.0547
purpose	make ~number	-0.0292
purpose	make ~people	0.0957
purpose	manag	-0.0608
purpose	market	-0.0548
purpose	matter	-0.0943
purpose	matter most	-0.0868
purpose	me	0.0258
purpose	me about	-0.0344
purpose	me an	-0.0273
purpose	me for	-0.0242
purpose	me i	0.0397
purpose	me in	-0.0216
purpose	me know	-0.0573
purpose	me through	-0.0307
purpose	me understand	0.1562
purpose	me when	-0.0746
purpose	me ~learn	0.0927
purpose	me ~number	-0.0306
purpose	meet	-0.0418
purpose	meet you	-0.0231
purpose	mention	-0.0578
purpose	might	-0.0537
purpose	might be	-0.042
purpose	mind	-0.112
purpose	mind of	-0.0705
purpose	minut	-0.0386
purpose	minut so	0.0214
purpose	moment	0.0526
purpose	money	0.0744
purpose	month	-0.0245
purpose	more	-0.0463
purpose	more about	-0.0204
purpose	more of	-0.0334
purpose	more question	-0.0598
purpose	most	-0.0332
purpose	most in	-0.1077
purpose	most to	0.0831
purpose	most ~want	0.1136
purpose	move	0.1739
purpose	move into	0.209
purpose	much	-0.1868
purpose	much for	-0.0238
purpose	much of	-0.0287
purpose	much this	-0.0201
purpose	my	0.2916
purpose	my background	-0.0289
purpose	my goal	0.0831
purpose	my main	0.2177
purpose	my question	-0.054
purpose	my resum	0.0454
purpose	my ~application	0.0348
purpose	my ~degree	-0.0488
purpose	my ~student	-0.0458
purpose	myself	-0.0266
purpose	name	-0.0477
purpose	name of	-0.0233
purpose	near	-0.0459
purpose	need	-0.2363
purpose	need a	-0.0643
purpose	need to	-0.1102
purpose	need ~number	-0.0655
purpose	network	-0.034
purpose	never ~learn	0.0412
purpose	new	-0.0557
purpose	next	0.0356
purpose	next step	0.1573
purpose	night	-0.0483
purpose	no	0.5763
purpose	nonprofit	-0.0408
purpose	not	0.3711
purpose	not about	0.091
purpose	not ask	0.0783
purpose	not have	-0.0239
purpose	not job	0.0771
purpose	not look	0.0466
purpose	not to	0.0447
purpose	not want	-0.0749
purpose	not ~job	0.0771
purpose	not ~want	-0.0671
purpose	note	-0.0234
purpose	now	-0.1184
purpose	nurs	-0.0854
purpose	of	0.1569
purpose	of a	-0.0353
purpose	of anyth	-0.0338
purpose	of peopl	-0.0419
purpose	of the	0.1932
purpose	of this	0.2541
purpose	of time	-0.0234
purpose	of your	-0.1831
purpose	of ~limit	-0.0234
purpose	of ~number	0.1567
purpose	of ~people	-0.0453
purpose	off	-0.0378
purpose	oh	-0.0273
purpose	ok	-0.232
purpose	ok i	-0.1445
purpose	ok that	-0.0311
purpose	old	-0.0251
purpose	on	-0.071
purpose	on a	-0.0344
purpose	on how	0.0301
purpose	on linkedin	-0.0283
purpose	on whether	0.1445
purpose	on your	-0.0448
purpose	on ~number	-0.0217
purpose	onboard	-0.0213
purpose	one	-0.0448
purpose	onli	0.0225
purpose	onli got	0.0334
purpose	or	-0.077
purpose	or anyth	0.0333
purpose	or did	-0.0271
purpose	or ~studyverb	-0.0271
purpose	other	-0.0391
purpose	out	0.5694
purpose	out if	0.0337
purpose	out of	0.1464
purpose	out whether	0.0559
purpose	over	-0.0533
purpose	paraleg	-0.0257
purpose	parent	-0.0579
purpose	part	-0.1189
purpose	part of	-0.098
purpose	part time	-0.0209
purpose	part ~limit	-0.0209
purpose	pass	0.0325
purpose	pass my	-0.024
purpose	path	0.1688
purpose	patient	-0.0288
purpose	pay	-0.0354
purpose	peopl	0.2229
purpose	peopl get	0.0603
purpose	peopl in	0.1543
purpose	peopl who	0.0491
purpose	peopl you	-0.0251
purpose	peopl ~learn	0.0603
purpose	peopl ~people	0.0491
purpose	person	-0.0282
purpose	perspect	0.148
purpose	pharmaci	-0.0567
purpose	pick	0.2471
purpose	place	-0.0522
purpose	plan	-0.0204
purpose	pleas let	-0.0423
purpose	point	0.0315
purpose	point of	0.061
purpose	polici	0.0703
purpose	portfolio	-0.0451
purpose	post	-0.0292
purpose	pretti	-0.0538
purpose	process	-0.0239
purpose	product	-0.0335
purpose	profess	-0.0333
purpose	profess i	-0.031
purpose	program	-0.0712
purpose	project	-0.1058
purpose	promis	0.7319
purpose	psycholog	-0.0342
purpose	public	0.0464
purpose	public polici	0.0712
purpose	put	-0.0315
purpose	python	-0.0243
purpose	qa	-0.0201
purpose	question	-0.1566
purpose	rather	0.2401
purpose	rather than	0.2479
purpose	reach	0.2328
purpose	reach out	0.236
purpose	read	0.052
purpose	read to	-0.0731
purpose	read ~number	-0.028
purpose	realist	0.1834
purpose	realist ~insight	0.1834
purpose	realli	0.0412
purpose	realli like	0.0566
purpose	realli ~want	0.1586
purpose	reason	0.2433
purpose	recommend	-0.0605
purpose	recruit	-0.0322
purpose	referr	-0.0401
purpose	requir	-0.0289
purpose	research	-0.1308
purpose	research with	-0.0673
purpose	rest	-0.0204
purpose	rest of	-0.0204
purpose	resum	0.0442
purpose	retrain	0.0407
purpose	return	-0.0973
purpose	return the	-0.0415
purpose	return ~number	-0.0415
purpose	right	-0.0711
purpose	right now	-0.0483
purpose	role	0.0743
purpose	run	-0.0359
purpose	said	-0.044
purpose	sale	-0.027
purpose	sam	0.0417
purpose	same	-0.0375
purpose	say	-0.0732
purpose	school	-0.0513
purpose	scienc	-0.0344
purpose	see	0.094
purpose	see if	-0.061
purpose	see the	0.0238
purpose	see we	-0.0257
purpose	see ~number	0.0238
purpose	send	-0.0904
purpose	send me	-0.0278
purpose	send you	-0.0303
purpose	sens	0.1208
purpose	shall	-0.0838
purpose	shall project	-0.0218
purpose	share	-0.0795
purpose	share the	-0.0204
purpose	share what	-0.0264
purpose	share ~number	-0.0204
purpose	shift	-0.0265
purpose	short	-0.062
purpose	should	-0.2007
purpose	should i	-0.1349
purpose	should ~talk	-0.0215
purpose	side	-0.0661
purpose	side of	-0.0217
purpose	sign	-0.0346
purpose	sign off	-0.0346
purpose	sinc	-0.0389
purpose	six	0.0216
purpose	six year	0.0231
purpose	six ~duration	0.0216
purpose	skill	-0.0939
purpose	so	-0.1527
purpose	so i	-0.0775
purpose	so if	-0.0569
purpose	so just	-0.0655
purpose	so much	-0.0541
purpose	so ~number	0.0375
purpose	so ~want	-0.0655
purpose	some	0.2157
purpose	some ~insight	0.2768
purpose	somehow	-0.021
purpose	someon	0.0757
purpose	someon good	0.0957
purpose	someon tri	-0.0612
purpose	someon ~want	-0.0729
purpose	someth	-0.0308
purpose	sorri	-0.1019
purpose	sorri i	-0.0574
purpose	sound	-0.0425
purpose	speak	-0.0352
purpose	spent six	0.0281
purpose	sql	-0.0284
purpose	staff	-0.0215
purpose	start	-0.0451
purpose	stay	-0.1147
purpose	stay at	-0.0579
purpose	stay in	-0.048
purpose	step	0.1274
purpose	stop	-0.0949
purpose	structur	-0.0227
purpose	student	-0.0305
purpose	student and	0.0718
purpose	studi	-0.0487
purpose	suggest	-0.0353
purpose	suit	0.1498
purpose	suit me	0.1193
purpose	summari	-0.024
purpose	summari of	-0.024
purpose	summer	-0.044
purpose	super	-0.0458
purpose	switch from	-0.0293
purpose	take	-0.1365
purpose	take to	-0.024
purpose	take up	-0.0629
purpose	take ~number	-0.0208
purpose	talk	0.038
purpose	talk to	0.0886
purpose	talk with	-0.0341
purpose	teach	-0.0761
purpose	team	-0.1098
purpose	team ever	-0.029
purpose	tech	-0.1064
purpose	tell	-0.0591
purpose	tell me	-0.0386
purpose	ten	-0.0363
purpose	ten year	-0.0348
purpose	ten ~duration	-0.0348
purpose	test	-0.0655
purpose	than	0.2327
purpose	than a	0.059
purpose	than ~number	0.059
purpose	thank	-0.3834
purpose	thank so	-0.0358
purpose	thank to	-0.0471
purpose	thank you	-0.1164
purpose	thank ~number	-0.0249
purpose	that	-0.4787
purpose	that cover	-0.097
purpose	that i	0.1348
purpose	that is	-0.3899
purpose	that make	-0.0334
purpose	that ~want	-0.0223
purpose	the	0.179
purpose	the articl	-0.0375
purpose	the best	-0.0314
purpose	the bootcamp	-0.0204
purpose	the day	0.1105
purpose	the downsid	0.0273
purpose	the favor	-0.0402
purpose	the field	0.2896
purpose	the first	-0.0374
purpose	the half	-0.0491
purpose	the hour	0.1416
purpose	the insid	0.1195
purpose	the link	-0.0283
purpose	the moment	0.0572
purpose	the most	-0.0403
purpose	the next	-0.0211
purpose	the path	0.0516
purpose	the point	0.0573
purpose	the recruit	-0.0208
purpose	the student	-0.0406
purpose	the switch	0.0427
purpose	the time	-0.0699
purpose	the ~closing	0.0856
purpose	the ~degree	-0.0361
purpose	the ~hiring	-0.0366
purpose	the ~job	0.1474
purpose	the ~limit	0.0391
purpose	the ~number	-0.0689
purpose	the ~org	-0.0296
purpose	the ~student	-0.0806
purpose	the ~timeunit	0.1416
purpose	their	-0.0303
purpose	there	-0.3223
purpose	there a	-0.0535
purpose	there anyth	-0.0212
purpose	there is	-0.0416
purpose	there someth	-0.0244
purpose	there ~number	-0.0666
purpose	there ~people	-0.0286
purpose	thing	-0.0377
purpose	think	-0.2259
purpose	think about	0.0785
purpose	think i	-0.0439
purpose	think of	-0.0264
purpose	think that	-0.1602
purpose	think we	-0.056
purpose	this	0.43
purpose	this call	0.0576
purpose	this career	0.1715
purpose	this is	0.2403
purpose	this work	0.0914
purpose	this ~contactverb	0.0576
purpose	this ~learn	0.0914
purpose	this ~talk	0.1269
purpose	this ~workverb	0.0914
purpose	thought	-0.0205
purpose	through	-0.0592
purpose	through a	-0.0255
purpose	through ~number	-0.0364
purpose	time	-0.2832
purpose	time so	-0.0395
purpose	to	0.141
purpose	to be	0.0451
purpose	to chat	0.1705
purpose	to coder	-0.0401
purpose	to day	0.1743
purpose	to find	-0.0462
purpose	to hear	0.1692
purpose	to help	-0.067
purpose	to keep	-0.1021
purpose	to know	-0.0388
purpose	to learn	0.3126
purpose	to mind	-0.0251
purpose	to my	-0.04
purpose	to pass	0.0543
purpose	to pick	0.0995
purpose	to see	-0.061
purpose	to send	-0.0471
purpose	to share	-0.0301
purpose	to stay	-0.039
purpose	to take	-0.0435
purpose	to talk	-0.0584
purpose	to test	-0.0223
purpose	to the	-0.0547
purpose	to tri	-0.0203
purpose	to understand	0.4103
purpose	to work	-0.049
purpose	to you	-0.021
purpose	to your	-0.097
purpose	to ~closing	0.1743
purpose	to ~help	-0.0966
purpose	to ~insight	-0.0435
purpose	to ~learn	0.8042
purpose	to ~limit	0.1676
purpose	to ~number	-0.0686
purpose	to ~people	0.1549
purpose	to ~sendverb	-0.0272
purpose	to ~student	-0.0529
purpose	to ~talk	0.0537
purpose	to ~want	-0.0203
purpose	to ~workverb	-0.0535
purpose	today	0.0849
purpose	today is	0.0831
purpose	togeth	-0.026
purpose	tonight	-0.0232
purpose	too	-0.0818
purpose	too much	-0.0562
purpose	touch	-0.0522
purpose	toward	-0.0219
purpose	tri	0.0486
purpose	tri this	-0.0226
purpose	tri to	0.0944
purpose	trust	-0.021
purpose	twelv	-0.0237
purpose	twenti	-0.0206
purpose	twenti minut	-0.0206
purpose	twenti ~limit	-0.0206
purpose	twenti ~timeunit	-0.0206
purpose	two	0.029
purpose	two ~duration	-0.0283
purpose	typic	-0.0332
purpose	understand	0.5665
purpose	understand the	0.2187
purpose	understand what	0.1701
purpose	understand ~number	0.2187
purpose	uni	-0.0459
purpose	up	-0.2273
purpose	up a	-0.0335
purpose	up ani	-0.0393
purpose	up ~number	-0.0348
purpose	up ~want	-0.0278
purpose	upfront	0.0287
purpose	us	-0.033
purpose	us leav	-0.0211
purpose	use	-0.0987
purpose	use to	-0.0576
purpose	usual	-0.0307
purpose	ux	-0.0236
purpose	vacanc	0.0293
purpose	vet	-0.0517
purpose	volunt	-0.0512
purpose	walk	-0.0307
purpose	walk me	-0.0307
purpose	want	0.3208
purpose	was	-0.1014
purpose	was hope	0.1341
purpose	was ~number	-0.0719
purpose	was ~want	0.1277
purpose	way	-0.0719
purpose	way to	-0.041
purpose	we	-0.1923
purpose	we are	-0.1101
purpose	we can	-0.056
purpose	week	-0.1431
purpose	weekend	-0.0239
purpose	well	-0.0378
purpose	well i	-0.0276
purpose	went	-0.0648
purpose	were	-0.0217
purpose	what	-0.0355
purpose	what advic	-0.0303
purpose	what are	-0.0463
purpose	what could	-0.038
purpose	what do	-0.0381
purpose	what doe	-0.0323
purpose	what i	0.148
purpose	what is	-0.1948
purpose	what made	-0.0418
purpose	what make	0.0795
purpose	what should	-0.0855
purpose	what the	0.147
purpose	what would	-0.027
purpose	what you	-0.0224
purpose	what your	0.0832
purpose	what ~help	-0.0381
purpose	what ~insight	-0.0303
purpose	what ~number	0.1407
purpose	what ~want	-0.027
purpose	when	-0.0876
purpose	when you	-0.0796
purpose	where	-0.0769
purpose	where can	-0.0318
purpose	whether	0.3377
purpose	whether a	0.1287
purpose	whether this	0.1668
purpose	whether ~number	0.1287
purpose	whi	0.0636
purpose	whi i	0.0777
purpose	which	-0.1081
purpose	which is	-0.028
purpose	while	0.0456
purpose	who	-0.0741
purpose	who els	-0.0243
purpose	who have	0.0521
purpose	who would	-0.0268
purpose	who ~want	-0.0268
purpose	will	-0.4158
purpose	will be	-0.0286
purpose	will keep	-0.0458
purpose	will let	-0.0654
purpose	will not	-0.0265
purpose	will send	-0.026
purpose	will sign	-0.0346
purpose	will wrap	-0.0278
purpose	will ~sendverb	-0.0565
purpose	with	-0.3342
purpose	with a	-0.0367
purpose	with anyth	-0.026
purpose	with me	-0.0374
purpose	with the	-0.0298
purpose	with your	-0.0229
purpose	with ~number	-0.0691
purpose	wonder	0.1643
purpose	work	0.1492
purpose	work at	-0.0506
purpose	work in	0.1172
purpose	work is	0.0681
purpose	world	0.1762
purpose	worri	0.1752
purpose	worth	0.0609
purpose	worth it	0.0238
purpose	worth the	0.0692
purpose	worth ~number	0.0673
purpose	would	-0.0733
purpose	would be	-0.0897
purpose	would it	-0.0233
purpose	would like	0.1379
purpose	would love	-0.1001
purpose	would realli	0.124
purpose	would recommend	-0.024
purpose	would you	-0.1802
purpose	would ~want	0.1182
purpose	wow	-0.026
purpose	wrap	-0.0678
purpose	wrap up	-0.0669
purpose	write	-0.0211
purpose	yeah	-0.0739
purpose	year	-0.3153
purpose	year in	0.0221
purpose	yet	0.0244
purpose	you	-0.842
purpose	you a	-0.0287
purpose	you advic	-0.0385
purpose	you are	-0.0746
purpose	you be	-0.0613
purpose	you can	0.1551
purpose	you could	-0.0514
purpose	you ever	-0.0415
purpose	you for	0.2033
purpose	you get	-0.0476
purpose	you give	-0.0333
purpose	you go	-0.0282
purpose	you have	-0.0518
purpose	you hear	-0.0355
purpose	you know	-0.0633
purpose	you like	0.04
purpose	you move	0.034
purpose	you need	-0.1
purpose	you recommend	-0.0249
purpose	you said	-0.0395
purpose	you see	0.2158
purpose	you suggest	-0.0261
purpose	you think	0.0323
purpose	you to	0.0606
purpose	you want	-0.0368
purpose	you would	-0.059
purpose	you ~help	-0.0622
purpose	you ~insight	-0.0397
purpose	you ~learn	0.0388
purpose	you ~number	-0.0328
purpose	you ~sendverb	-0.0203
purpose	you ~talk	-0.0252
purpose	you ~want	-0.1103
purpose	your	-0.2571
purpose	your advic	0.1989
purpose	your afternoon	-0.0489
purpose	your evening	-0.0439
purpose	your firm	-0.0462
purpose	your first	-0.1165
purpose	your lunch	-0.0519
purpose	your network	-0.0258
purpose	your perspect	0.0673
purpose	your role	-0.0785
purpose	your team	-0.0773
purpose	your time	-0.0959
purpose	your week	-0.0232
purpose	your work	0.1742
purpose	your ~closing	-0.1227
purpose	your ~insight	0.3371
purpose	your ~job	-0.0924
purpose	your ~learn	0.1725
purpose	your ~limit	-0.224
purpose	your ~org	-0.1487
purpose	your ~people	-0.0291
purpose	your ~talk	-0.0258
purpose	your ~workverb	0.1742
purpose	~application	0.0279
purpose	~closing	-0.1633
purpose	~closing is	0.1087
purpose	~closing of	-0.0204
purpose	~closing to	0.1568
purpose	~contactverb	-0.1308
purpose	~contactverb you	-0.023
purpose	~degree	-0.1189
purpose	~degree in	-0.1221
purpose	~degree is	0.1077
purpose	~duration	-0.3246
purpose	~gatekeeper	-0.0939
purpose	~help	-0.3496
purpose	~help me	0.1081
purpose	~help not	0.0405
purpose	~help peopl	-0.0266
purpose	~help someon	-0.0325
purpose	~help the	-0.0424
purpose	~help to	-0.0386
purpose	~help with	-0.0417
purpose	~help you	-0.1639
purpose	~hiring	-0.092
purpose	~insight	0.9502
purpose	~insight a	-0.0354
purpose	~insight for	-0.039
purpose	~insight from	0.2685
purpose	~insight into	0.2193
purpose	~insight of	0.1834
purpose	~insight on	0.2426
purpose	~insight someon	-0.0385
purpose	~insight to	-0.0946
purpose	~insight up	-0.0582
purpose	~insight would	-0.0303
purpose	~job	0.5348
purpose	~job ask	0.1101
purpose	~job at	0.033
purpose	~job hunt	0.0771
purpose	~job i	0.1407
purpose	~job in	-0.0445
purpose	~job that	-0.0277
purpose	~later	-0.0386
purpose	~learn	0.7041
purpose	~learn a	0.1556
purpose	~learn about	-0.0961
purpose	~learn at	-0.0206
purpose	~learn back	-0.0406
purpose	~learn how	0.3852
purpose	~learn if	-0.0985
purpose	~learn in	0.1537
purpose	~learn is	0.0681
purpose	~learn it	0.0791
purpose	~learn me	-0.0301
purpose	~learn more	-0.0223
purpose	~learn of	-0.034
purpose	~learn out	0.2438
purpose	~learn so	0.0589
purpose	~learn the	0.2371
purpose	~learn their	-0.0248
purpose	~learn to	-0.0415
purpose	~learn what	0.2198
purpose	~learn whether	0.1566
purpose	~learn with	-0.0747
purpose	~learn you	0.1931
purpose	~learn your	0.2464
purpose	~limit	-0.1337
purpose	~limit at	0.1779
purpose	~limit i	-0.0261
purpose	~limit is	0.1028
purpose	~limit to	0.1548
purpose	~limit work	0.0454
purpose	~number	-0.0806
purpose	~number articl	-0.0375
purpose	~number best	-0.0314
purpose	~number bit	0.0291
purpose	~number bootcamp	0.0699
purpose	~number certif	-0.0345
purpose	~number coupl	-0.0347
purpose	~number day	0.1042
purpose	~number design	-0.0253
purpose	~number downsid	0.0273
purpose	~number favor	-0.0402
purpose	~number feel	0.0238
purpose	~number few	0.1459
purpose	~number field	0.4627
purpose	~number first	-0.0396
purpose	~number good	-0.0499
purpose	~number half	-0.0491
purpose	~number hand	0.2043
purpose	~number hour	0.0925
purpose	~number insid	0.1195
purpose	~number interview	-0.031
purpose	~number job	0.3619
purpose	~number junior	-0.0575
purpose	~number link	-0.0283
purpose	~number lot	-0.0406
purpose	~number minut	-0.0227
purpose	~number moment	0.0572
purpose	~number most	-0.0403
purpose	~number next	-0.0211
purpose	~number of	-0.0326
purpose	~number open	-0.0247
purpose	~number paraleg	-0.0257
purpose	~number part	-0.0228
purpose	~number path	0.1549
purpose	~number peopl	0.0279
purpose	~number point	0.0573
purpose	~number portfolio	-0.0224
purpose	~number program	-0.0234
purpose	~number project	-0.0256
purpose	~number realist	0.1834
purpose	~number realli	-0.0247
purpose	~number recruit	-0.0208
purpose	~number referr	-0.0339
purpose	~number research	-0.0418
purpose	~number right	0.0375
purpose	~number role	0.1861
purpose	~number second	0.0233
purpose	~number shall	-0.0381
purpose	~number short	-0.0251
purpose	~number stay	-0.0579
purpose	~number student	-0.0479
purpose	~number switch	0.0427
purpose	~number time	-0.0699
purpose	~number typic	-0.0258
purpose	~number week	-0.0228
purpose	~number year	-0.1564
purpose	~org	-0.3619
purpose	~org and	0.1461
purpose	~org ever	-0.0332
purpose	~org of	-0.0231
purpose	~people	0.074
purpose	~people actual	0.086
purpose	~people come	-0.0251
purpose	~people els	-0.0599
purpose	~people get	0.0603
purpose	~people good	0.0957
purpose	~people have	0.0507
purpose	~people in	0.1277
purpose	~people of	-0.0284
purpose	~people on	-0.0208
purpose	~people to	-0.0326
purpose	~people tri	-0.0612
purpose	~people who	0.0294
purpose	~people would	-0.032
purpose	~people you	-0.0299
purpose	~sendverb	-0.1455
purpose	~sendverb me	-0.0278
purpose	~sendverb my	-0.0361
purpose	~sendverb on	0.0567
purpose	~sendverb the	-0.0204
purpose	~sendverb what	-0.0264
purpose	~sendverb you	-0.0534
purpose	~student	-0.538
purpose	~student and	0.0718
purpose	~student at	-0.0732
purpose	~student for	0.0277
purpose	~student in	-0.0698
purpose	~student last	-0.0451
purpose	~student open	-0.0229
purpose	~student work	-0.0213
purpose	~studyverb	-0.1102
purpose	~studyverb it	-0.0256
purpose	~studyverb the	0.0707
purpose	~studyverb you	-0.0683
purpose	~talk	0.0957
purpose	~talk at	-0.025
purpose	~talk for	0.0826
purpose	~talk is	0.2502
purpose	~talk to	0.0772
purpose	~talk with	-0.0719
purpose	~talk you	0.2213
purpose	~timeunit	0.2494
purpose	~timeunit so	0.0214
purpose	~want	0.9275
purpose	~want a	-0.0483
purpose	~want be	-0.0897
purpose	~want for	0.2088
purpose	~want here	0.0706
purpose	~want i	0.0458
purpose	~want in	-0.1506
purpose	~want it	-0.0786
purpose	~want like	0.1945
purpose	~want love	-0.1001
purpose	~want need	-0.0377
purpose	~want out	0.1662
purpose	~want realli	0.124
purpose	~want recommend	-0.024
purpose	~want this	-0.078
purpose	~want to	0.4915
purpose	~want tri	0.0494
purpose	~want want	0.3651
purpose	~want you	-0.1165
purpose	~want your	0.2139
purpose	~workverb	-0.0955
purpose	~workverb at	-0.0806
purpose	~workverb in	0.1036
purpose	~workverb is	0.0681
purpose	~workverb six	0.0281
purpose	~workverb with	-0.0253
job_ask	*	-3.299
job_ask	?	-0.1931
job_ask	^alright	-0.059
job_ask	^ani	-0.1805
job_ask	^are	-0.121
job_ask	^can	0.337
job_ask	^cheer	-0.0355
job_ask	^could	0.1275
job_ask	^current	-0.0419
job_ask	^did	-0.0551
job_ask	^do	0.3934
job_ask	^happi	-0.032
job_ask	^have	-0.0226
job_ask	^hey	0.1191
job_ask	^hi	-0.0277
job_ask	^honest	0.0701
job_ask	^how	-0.6533
job_ask	^i	-0.2155
job_ask	^if	-0.0607
job_ask	^is	0.0929
job_ask	^just	-0.0528
job_ask	^let	-0.1186
job_ask	^mind	-0.034
job_ask	^my	-0.1243
job_ask	^no	-0.0678
job_ask	^oh	-0.0211
job_ask	^ok	-0.0563
job_ask	^pleas	0.0315
job_ask	^right	-0.0335
job_ask	^should	-0.0565
job_ask	^so	-0.0457
job_ask	^sorri	-0.0709
job_ask	^tell	-0.0263
job_ask	^thank	-0.0739
job_ask	^that	-0.1164
job_ask	^this	-0.0386
job_ask	^walk	-0.0237
job_ask	^was	-0.028
job_ask	^we	-0.0348
job_ask	^well	-0.0209
job_ask	^what	-0.663
job_ask	^when	-0.0669
job_ask	^where	-0.1035
job_ask	^whi	-0.0315
job_ask	^which	-0.2037
job_ask	^would	0.2705
job_ask	^yeah	-0.0216
job_ask	^you	0.2788
job_ask	a	-0.1404
job_ask	a beginn	-0.14
job_ask	a big	-0.0266
job_ask	a career	-0.0762
job_ask	a case	-0.0269
job_ask	a colleagu	-0.036
job_ask	a coupl	-0.059
job_ask	a data	-0.0381
job_ask	a degre	-0.0209
job_ask	a design	-0.0384
job_ask	a few	-0.036
job_ask	a good	0.0367
job_ask	a hand	-0.0881
job_ask	a job	0.0402
job_ask	a master	-0.0201
job_ask	a newcom	-0.0276
job_ask	a normal	-0.0241
job_ask	a nurs	-0.0491
job_ask	a paraleg	-0.0245
job_ask	a part	0.1223
job_ask	a posit	0.196
job_ask	a project	-0.0239
job_ask	a quick	-0.1052
job_ask	a referr	0.386
job_ask	a role	0.1541
job_ask	a second	-0.0307
job_ask	a shall	-0.0758
job_ask	a startup	-0.0235
job_ask	a student	-0.0209
job_ask	a technician	-0.0288
job_ask	a typic	-0.1547
job_ask	a week	0.3057
job_ask	a ~closing	0.2895
job_ask	a ~degree	-0.0951
job_ask	a ~job	0.5273
job_ask	a ~number	-0.095
job_ask	a ~org	-0.0634
job_ask	a ~people	-0.036
job_ask	a ~student	-0.2059
job_ask	abil	-0.0293
job_ask	abl	0.4414
job_ask	abl to	0.4414
job_ask	about	-0.6333
job_ask	about a	-0.0435
job_ask	about it	-0.0208
job_ask	about me	-0.0518
job_ask	about the	-0.1063
job_ask	about your	-0.0893
job_ask	about ~job	-0.031
job_ask	about ~number	-0.1607
job_ask	actual	0.1108
job_ask	actual ~help	-0.0233
job_ask	add	-0.0311
job_ask	add you	-0.0311
job_ask	advic	-0.1395
job_ask	advic for	-0.0245
job_ask	after	-0.1426
job_ask	after a	-0.0431
job_ask	after ~number	-0.0707
job_ask	afternoon	-0.0306
job_ask	again	-0.0386
job_ask	agenc	0.146
job_ask	all	-0.1161
job_ask	all right	-0.0269
job_ask	along	0.3334
job_ask	alreadi	-0.0295
job_ask	alright	-0.0632
job_ask	alright i	-0.0391
job_ask	alumni	-0.0893
job_ask	am	-0.2793
job_ask	am a	-0.0963
job_ask	am around	-0.0844
job_ask	am here	-0.0756
job_ask	am hope	-0.0368
job_ask	am just	-0.0392
job_ask	am look	-0.0376
job_ask	am not	-0.0999
job_ask	am tri	-0.0214
job_ask	am ~number	-0.1092
job_ask	am ~want	-0.0588
job_ask	an	0.6134
job_ask	an exercis	-0.1267
job_ask	an internship	0.0547
job_ask	an interview	0.404
job_ask	an intro	-0.0213
job_ask	an introduct	-0.0678
job_ask	an onlin	-0.0264
job_ask	an ~job	0.2255
job_ask	an ~student	-0.0436
job_ask	an ~talk	0.404
job_ask	analyst	-0.1427
job_ask	analyst on	-0.0308
job_ask	analyt	-0.021
job_ask	and	-0.0761
job_ask	and i	-0.077
job_ask	and would	0.1879
job_ask	and ~want	0.1814
job_ask	ani	0.9689
job_ask	ani book	-0.0534
job_ask	ani chanc	0.2849
job_ask	ani more	-0.0607
job_ask	ani open	0.1804
job_ask	ani podcast	-0.043
job_ask	ani way	0.1478
job_ask	ani ~job	0.3064
job_ask	ani ~people	-0.1103
job_ask	anyon	0.0413
job_ask	anyon els	-0.0396
job_ask	anyon in	-0.0374
job_ask	anyon on	-0.0949
job_ask	anyon who	0.2353
job_ask	anyon ~people	0.2353
job_ask	anyth	0.1207
job_ask	anyth i	-0.1147
job_ask	anyth on	-0.0599
job_ask	anyth you	-0.048
job_ask	app	-0.0381
job_ask	appli	0.307
job_ask	appli to	0.2757
job_ask	applic	0.3681
job_ask	appreci	0.0413
job_ask	appreci it	-0.0509
job_ask	appreci you	-0.0307
job_ask	apprentic	0.1824
job_ask	are	0.1368
job_ask	are entri	-0.0535
job_ask	are internship	-0.0644
job_ask	are the	-0.0422
job_ask	are there	-0.0302
job_ask	are you	0.3187
job_ask	are your	-0.03
job_ask	are ~job	0.0373
job_ask	are ~number	-0.0439
job_ask	around	-0.0844
job_ask	as	0.4758
job_ask	as a	0.2229
job_ask	as ~number	0.2109
job_ask	ask	-0.2121
job_ask	ask about	-0.0299
job_ask	ask for	-0.045
job_ask	ask you	-0.0903
job_ask	associ	-0.0852
job_ask	associ or	-0.0425
job_ask	at	0.305
job_ask	at a	-0.113
job_ask	at paper	-0.0654
job_ask	at the	0.2665
job_ask	at your	0.2359
job_ask	at ~number	0.1334
job_ask	at ~org	-0.0654
job_ask	atmospher	-0.0357
job_ask	back	-0.0514
job_ask	back to	-0.0235
job_ask	background	0.0651
job_ask	bank	-0.0857
job_ask	be	0.4506
job_ask	be a	0.101
job_ask	be abl	0.4414
job_ask	be clear	-0.0222
job_ask	be comfort	-0.0513
job_ask	be glad	-0.0797
job_ask	be good	-0.0235
job_ask	be happi	-0.0338
job_ask	be ok	-0.0352
job_ask	be quick	-0.0251
job_ask	be realli	0.0306
job_ask	be up	-0.0272
job_ask	be use	-0.2405
job_ask	be will	0.0759
job_ask	be ~help	-0.2405
job_ask	be ~number	0.096
job_ask	be ~want	0.0306
job_ask	becom	-0.038
job_ask	becom a	-0.0293
job_ask	becom ~number	-0.038
job_ask	been	-0.059
job_ask	befor	-0.1333
job_ask	befor appli	-0.0401
job_ask	befor i	-0.0229
job_ask	beginn	-0.1552
job_ask	best	-0.0336
job_ask	better	-0.0246
job_ask	between	-0.0529
job_ask	beyond	-0.0253
job_ask	big	-0.0351
job_ask	biggest	-0.0399
job_ask	bit	-0.0719
job_ask	bit about	-0.0367
job_ask	book	-0.123
job_ask	book or	-0.0331
job_ask	book would	-0.0396
job_ask	book you	-0.0451
job_ask	book ~want	-0.0396
job_ask	bootcamp	-0.0498
job_ask	brain	-0.0322
job_ask	break	-0.0241
job_ask	build	-0.03
job_ask	busi	-0.034
job_ask	but	0.0816
job_ask	but i	-0.0236
job_ask	call	-0.1143
job_ask	came	-0.0346
job_ask	can	-0.1465
job_ask	can be	-0.1765
job_ask	can do	-0.0439
job_ask	can ever	-0.0389
job_ask	can help	-0.0581
job_ask	can i	0.4158
job_ask	can nurs	-0.021
job_ask	can return	-0.0298
job_ask	can you	-0.0491
job_ask	can ~help	-0.1318
job_ask	can ~learn	-0.0252
job_ask	candid	-0.0787
job_ask	care	-0.0673
job_ask	career	-0.2494
job_ask	career changer	-0.0435
job_ask	career in	-0.0426
job_ask	career ~student	-0.0297
job_ask	case	-0.1391
job_ask	certif	-0.0342
job_ask	chain	-0.0253
job_ask	chanc	0.2822
job_ask	chanc of	0.0888
job_ask	chanc you	0.1934
job_ask	chang	-0.1445
job_ask	chang about	-0.0235
job_ask	chang how	-0.0537
job_ask	changer	-0.0435
job_ask	chat	-0.1085
job_ask	chat with	-0.0452
job_ask	check	-0.0294
job_ask	cheer	-0.0355
job_ask	choos	-0.0237
job_ask	choos ~number	-0.0204
job_ask	citi	-0.0304
job_ask	clear	-0.0222
job_ask	client	-0.0271
job_ask	clinic	-0.0643
job_ask	colleagu	-0.092
job_ask	colleg	-0.0214
job_ask	come	0.2633
job_ask	come up	0.3328
job_ask	comfort	-0.0855
job_ask	common	-0.0283
job_ask	communiti	-0.051
job_ask	compani	0.2206
job_ask	connect	-0.1165
job_ask	connect me	-0.0479
job_ask	connect with	-0.0469
job_ask	consid	0.3289
job_ask	consult	-0.0296
job_ask	contact	-0.033
job_ask	could	0.9449
job_ask	could do	-0.0409
job_ask	could get	0.221
job_ask	could i	0.1472
job_ask	could pass	0.0477
job_ask	could put	0.0887
job_ask	could tri	-0.0712
job_ask	could you	0.155
job_ask	could ~help	-0.0624
job_ask	could ~learn	0.2115
job_ask	could ~sendverb	0.0379
job_ask	could ~talk	-0.1003
job_ask	could ~want	-0.0712
job_ask	coupl	-0.059
job_ask	coupl of	-0.0413
job_ask	cours	-0.1359
job_ask	cover	-0.0316
job_ask	cover everyth	-0.0316
job_ask	credit	-0.0538
job_ask	credit analyst	-0.0366
job_ask	cultur	-0.0658
job_ask	curious	-0.0225
job_ask	current	-0.0448
job_ask	current a	-0.0265
job_ask	current ~number	-0.0265
job_ask	dashboard	-0.0502
job_ask	data	-0.3594
job_ask	data scienc	-0.0723
job_ask	data scientist	-0.0285
job_ask	data ~org	-0.0342
job_ask	data ~student	-0.0239
job_ask	dataset	-0.0284
job_ask	day	-0.1469
job_ask	decent	-0.0838
job_ask	decid	-0.0327
job_ask	definit	-0.0229
job_ask	degre	-0.0867
job_ask	demand	-0.0204
job_ask	depart	0.1624
job_ask	describ	-0.16
job_ask	describ the	-0.0392
job_ask	describ ~number	-0.1027
job_ask	design	-0.1754
job_ask	design a	-0.0213
job_ask	design is	-0.0225
job_ask	design ~job	0.0976
job_ask	design ~number	-0.0213
job_ask	develop	-0.0587
job_ask	did	-0.26
job_ask	did it	-0.0219
job_ask	did you	-0.1462
job_ask	did your	-0.0271
job_ask	did ~number	-0.0221
job_ask	differ	-0.0817
job_ask	do	-0.0714
job_ask	do a	0.0766
job_ask	do an	-0.0345
job_ask	do befor	-0.0343
job_ask	do for	-0.0347
job_ask	do hire	-0.0441
job_ask	do most	-0.0201
job_ask	do not	0.3605
job_ask	do peopl	-0.0246
job_ask	do to	-0.0649
job_ask	do you	0.4364
job_ask	do ~gatekeeper	-0.0441
job_ask	do ~hiring	-0.0441
job_ask	do ~number	0.04
job_ask	do ~people	-0.0246
job_ask	doe	-0.2255
job_ask	doe a	-0.0457
job_ask	doe it	-0.0389
job_ask	doe ~number	-0.0543
job_ask	doe ~people	-0.027
job_ask	done	-0.1844
job_ask	done ~number	-0.0293
job_ask	down	0.234
job_ask	drop	-0.0267
job_ask	earli	-0.0362
job_ask	earli on	-0.0362
job_ask	eat	-0.0202
job_ask	eat into	-0.0202
job_ask	elect	-0.0604
job_ask	els	-0.0787
job_ask	email	-0.0717
job_ask	email you	-0.0416
job_ask	end	-0.0759
job_ask	end up	-0.0262
job_ask	engin	-0.0951
job_ask	enjoy	-0.0458
job_ask	enough	-0.0351
job_ask	entri	0.1151
job_ask	entri level	0.1151
job_ask	even	-0.0227
job_ask	evening	-0.0782
job_ask	event	-0.0243
job_ask	ever	-0.128
job_ask	ever help	-0.0454
job_ask	ever need	0.0404
job_ask	ever want	-0.0483
job_ask	ever ~help	-0.0389
job_ask	everyth	-0.0673
job_ask	everyth on	-0.0249
job_ask	excit	-0.0251
job_ask	excit about	-0.0251
job_ask	exercis	-0.1717
job_ask	exercis for	-0.0973
job_ask	exercis to	-0.0699
job_ask	experi	-0.0267
job_ask	extra	-0.0219
job_ask	fall	0.11
job_ask	far	-0.0543
job_ask	favor	-0.0316
job_ask	feedback	-0.0292
job_ask	feel	-0.0441
job_ask	few	-0.0558
job_ask	field	-0.1644
job_ask	figur	-0.0404
job_ask	figur out	-0.0404
job_ask	final	-0.0425
job_ask	final year	-0.0324
job_ask	final ~duration	-0.0324
job_ask	financ	-0.0288
job_ask	find	-0.0729
job_ask	finish	-0.0854
job_ask	finish a	-0.0242
job_ask	finish ~number	-0.0308
job_ask	firm	0.1554
job_ask	first	-0.1348
job_ask	first role	-0.0207
job_ask	first year	-0.0523
job_ask	first ~duration	-0.0523
job_ask	first ~job	-0.0273
job_ask	fit	-0.0239
job_ask	fit me	-0.0239
job_ask	five	-0.0205
job_ask	focus	-0.0587
job_ask	focus on	-0.0548
job_ask	follow	-0.1444
job_ask	follow up	-0.0828
job_ask	for	0.4484
job_ask	for a	0.1533
job_ask	for advic	-0.0422
job_ask	for an	0.0887
job_ask	for data	-0.0425
job_ask	for it	0.0713
job_ask	for me	0.1654
job_ask	for new	-0.0588
job_ask	for peopl	-0.0213
job_ask	for polici	-0.0251
job_ask	for someon	-0.0259
job_ask	for the	0.4043
job_ask	for this	-0.0276
job_ask	for today	-0.0432
job_ask	for you	0.2847
job_ask	for your	-0.1528
job_ask	for ~hiring	-0.0292
job_ask	for ~insight	-0.0422
job_ask	for ~number	0.6306
job_ask	for ~org	-0.0267
job_ask	for ~people	-0.0472
job_ask	forecast	-0.0302
job_ask	forward	0.1424
job_ask	forward my	0.1424
job_ask	found	-0.0409
job_ask	free	-0.0541
job_ask	from	-0.443
job_ask	from a	-0.0525
job_ask	from me	-0.0494
job_ask	from my	-0.03
job_ask	from your	-0.0693
job_ask	from ~number	-0.0682
job_ask	full	-0.0306
job_ask	game	-0.1112
job_ask	game design	-0.0291
job_ask	game develop	-0.023
job_ask	gather	-0.0259
job_ask	gather inform	-0.0259
job_ask	gather ~insight	-0.0259
job_ask	get	0.0855
job_ask	get a	0.0227
job_ask	get into	-0.0575
job_ask	get me	0.3339
job_ask	get on	-0.0272
job_ask	get your	-0.0327
job_ask	get ~number	0.0395
job_ask	give	-0.0746
job_ask	glad	-0.0797
job_ask	glad to	-0.0797
job_ask	go	-0.0927
job_ask	go on	-0.0212
job_ask	go to	-0.0714
job_ask	goal	-0.0282
job_ask	good	-0.1002
job_ask	good at	-0.0254
job_ask	good for	-0.0296
job_ask	good word	0.1324
job_ask	good ~limit	-0.0202
job_ask	got	-0.1899
job_ask	got hire	-0.0992
job_ask	got ~number	-0.021
job_ask	govern	-0.0201
job_ask	grad	0.0881
job_ask	grad school	-0.0477
job_ask	grad ~org	-0.0477
job_ask	graduat	0.3604
job_ask	grant	-0.0545
job_ask	grant write	-0.0381
job_ask	grate	0.0226
job_ask	great	-0.0443
job_ask	grow	-0.0287
job_ask	grow into	-0.0287
job_ask	growth	0.0381
job_ask	guy	0.4341
job_ask	had	-0.0463
job_ask	half	-0.0215
job_ask	hand	-0.1033
job_ask	handl	-0.0376
job_ask	happen	0.3474
job_ask	happi	-0.1045
job_ask	happi to	-0.0658
job_ask	hard	-0.1416
job_ask	has	0.0293
job_ask	have	-0.1953
job_ask	have a	-0.0643
job_ask	have ani	0.266
job_ask	have been	-0.0443
job_ask	have done	-0.0214
job_ask	have got	-0.0216
job_ask	have time	-0.034
job_ask	have to	-0.0474
job_ask	have ~limit	-0.034
job_ask	have ~number	-0.0712
job_ask	have ~workverb	-0.0577
job_ask	head	-0.0264
job_ask	health	-0.0292
job_ask	healthcar	-0.023
job_ask	hear	-0.0545
job_ask	hear how	-0.0307
job_ask	help	-0.0948
job_ask	help me	0.205
job_ask	help test	-0.0283
job_ask	help to	-0.0204
job_ask	help with	-0.0796
job_ask	help you	-0.0938
job_ask	here	-0.1524
job_ask	here to	-0.046
job_ask	hey	0.1191
job_ask	hi	-0.0277
job_ask	hire	0.8389
job_ask	hire right	0.3327
job_ask	hire team	0.0598
job_ask	hire ~student	0.0461
job_ask	honest	-0.0278
job_ask	honest i	0.07
job_ask	honest ~insight	-0.0279
job_ask	hope	0.1723
job_ask	hope you	0.1892
job_ask	hospit	0.1067
job_ask	hour	0.1021
job_ask	hous	-0.0276
job_ask	how	-0.9485
job_ask	how can	-0.0204
job_ask	how did	-0.0974
job_ask	how do	-0.207
job_ask	how doe	-0.0722
job_ask	how is	-0.0739
job_ask	how long	-0.0408
job_ask	how much	-0.0433
job_ask	how would	-0.0491
job_ask	how you	-0.0736
job_ask	how your	-0.0461
job_ask	how ~help	-0.207
job_ask	how ~number	-0.0355
job_ask	how ~studyverb	-0.0974
job_ask	how ~want	-0.0491
job_ask	hunt	-0.0273
job_ask	i add	-0.0311
job_ask	i am	-0.2793
job_ask	i be	-0.0214
job_ask	i can	-0.3229
job_ask	i could	0.2528
job_ask	i email	-0.0348
job_ask	i follow	-0.0336
job_ask	i go	-0.026
job_ask	i had	-0.0398
job_ask	i have	-0.1411
job_ask	i help	-0.0318
job_ask	i just	-0.0342
job_ask	i learn	-0.0209
job_ask	i practic	-0.0252
job_ask	i reach	-0.0232
job_ask	i read	-0.0228
job_ask	i realli	0.0237
job_ask	i send	0.2739
job_ask	i should	-0.1093
job_ask	i think	-0.0816
job_ask	i want	-0.0997
job_ask	i was	0.2023
job_ask	i will	-0.4379
job_ask	i would	0.1559
job_ask	i ~help	-0.0309
job_ask	i ~insight	-0.0353
job_ask	i ~learn	-0.0904
job_ask	i ~org	-0.0252
job_ask	i ~sendverb	0.2533
job_ask	i ~student	-0.0217
job_ask	i ~studyverb	-0.042
job_ask	i ~talk	-0.0494
job_ask	i ~want	0.0357
job_ask	i ~workverb	-0.0288
job_ask	if	0.0581
job_ask	if a	0.2728
job_ask	if i	-0.2152
job_ask	if it	-0.0784
job_ask	if that	-0.0219
job_ask	if there	-0.0612
job_ask	if you	-0.0635
job_ask	if your	0.0607
job_ask	if ~number	0.2728
job_ask	in	-0.5985
job_ask	in my	-0.0736
job_ask	in polici	-0.0512
job_ask	in public	-0.0285
job_ask	in return	-0.0253
job_ask	in the	-0.0556
job_ask	in this	-0.0566
job_ask	in touch	-0.1143
job_ask	in your	0.0627
job_ask	in ~contactverb	-0.1151
job_ask	in ~help	-0.0253
job_ask	in ~number	-0.0562
job_ask	industri	-0.0578
job_ask	inform	-0.07
job_ask	insid	-0.0271
job_ask	interest	-0.0616
job_ask	interest in	-0.0218
job_ask	intern	0.6588
job_ask	internship	0.1596
job_ask	internship i	-0.0418
job_ask	internship in	0.029
job_ask	interview	0.3593
job_ask	into	-0.2699
job_ask	into leadership	-0.0333
job_ask	into other	-0.0391
job_ask	into your	-0.0202
job_ask	intro	-0.0213
job_ask	introduc	-0.1053
job_ask	introduc me	-0.0374
job_ask	introduct	-0.0785
job_ask	introduct to	-0.0678
job_ask	invest	-0.0409
job_ask	invest bank	-0.0359
job_ask	is	-0.3241
job_ask	is a	0.0783
job_ask	is all	-0.0265
job_ask	is ani	-0.1386
job_ask	is done	-0.1201
job_ask	is everyth	-0.0311
job_ask	is for	-0.027
job_ask	is it	-0.0803
job_ask	is not	0.046
job_ask	is realli	-0.0285
job_ask	is research	-0.023
job_ask	is that	-0.0224
job_ask	is the	-0.2091
job_ask	is there	0.3696
job_ask	is to	-0.0297
job_ask	is your	0.1679
job_ask	is ~learn	-0.023
job_ask	is ~number	-0.1417
job_ask	is ~people	-0.0212
job_ask	is ~want	-0.0463
job_ask	it	0.1015
job_ask	it be	-0.0972
job_ask	it for	-0.0377
job_ask	it from	-0.0209
job_ask	it help	-0.031
job_ask	it is	-0.1323
job_ask	it take	0.3183
job_ask	it there	-0.0621
job_ask	it ~help	-0.031
job_ask	it ~insight	0.3183
job_ask	it ~want	-0.0826
job_ask	job	-0.1696
job_ask	job at	0.0539
job_ask	job hunt	-0.0273
job_ask	job i	-0.0259
job_ask	job you	-0.0226
job_ask	job ~help	-0.0249
job_ask	join	-0.0409
job_ask	jump	0.1351
job_ask	junior	0.2282
job_ask	junior at	-0.0375
job_ask	junior design	0.0257
job_ask	junior peopl	-0.0414
job_ask	junior ~people	-0.0414
job_ask	just	-0.1635
job_ask	just to	-0.0301
job_ask	just want	-0.0213
job_ask	just ~want	-0.0476
job_ask	keep	0.0978
job_ask	keep in	-0.0211
job_ask	keep you	-0.0676
job_ask	kind	-0.0559
job_ask	kind of	-0.0393
job_ask	know	0.3458
job_ask	know ani	-0.0541
job_ask	know anyon	0.1893
job_ask	know if	0.1781
job_ask	know this	0.1121
job_ask	know we	-0.0204
job_ask	know you	-0.0507
job_ask	know ~people	0.1728
job_ask	lab	0.0938
job_ask	land	0.1844
job_ask	languag	-0.0405
job_ask	lantern	-0.0709
job_ask	larg	-0.0381
job_ask	last	-0.083
job_ask	last summer	-0.0208
job_ask	last week	0.0449
job_ask	last year	-0.0261
job_ask	last ~closing	0.0449
job_ask	last ~duration	-0.0261
job_ask	late	-0.0479
job_ask	later	-0.0789
job_ask	law	-0.0205
job_ask	lead	-0.129
job_ask	leadership	-0.0881
job_ask	learn	-0.133
job_ask	learner	-0.0368
job_ask	leav	-0.0986
job_ask	leav it	-0.0691
job_ask	let	0.0677
job_ask	let me	0.2362
job_ask	let us	-0.0508
job_ask	let you	-0.1177
job_ask	level	0.1088
job_ask	level job	-0.0252
job_ask	level ~job	0.1161
job_ask	like	-0.0305
job_ask	like for	-0.0273
job_ask	like the	-0.0523
job_ask	like ~number	0.2678
job_ask	link	-0.0241
job_ask	linkedin	-0.1044
job_ask	list	-0.0356
job_ask	logist	-0.028
job_ask	long	-0.0682
job_ask	long doe	-0.031
job_ask	longer	-0.0341
job_ask	look	-0.2129
job_ask	look for	-0.0711
job_ask	look like	-0.0819
job_ask	love	0.1254
job_ask	love it	0.0582
job_ask	love to	0.1189
job_ask	love ~number	-0.0298
job_ask	lunch	-0.0298
job_ask	made	-0.0923
job_ask	made ~number	-0.0655
job_ask	main	-0.046
job_ask	main goal	-0.0217
job_ask	major	-0.0325
job_ask	major in	-0.0208
job_ask	make	-0.1394
job_ask	make sens	-0.0329
job_ask	make the	-0.0419
job_ask	make ~insight	-0.0329
job_ask	make ~number	-0.0612
job_ask	manag	-0.042
job_ask	manag who	-0.0412
job_ask	manag ~people	-0.0412
job_ask	market	0.0954
job_ask	master	-0.0276
job_ask	matter	-0.067
job_ask	matter most	-0.0409
job_ask	me	1.0481
job_ask	me about	-0.0837
job_ask	me an	0.3339
job_ask	me for	0.3046
job_ask	me in	0.0833
job_ask	me know	0.2362
job_ask	me through	-0.1889
job_ask	me toward	-0.0337
job_ask	me understand	-0.0464
job_ask	me when	0.1067
job_ask	me who	-0.0202
job_ask	me with	0.0211
job_ask	me ~learn	0.266
job_ask	me ~number	0.2859
job_ask	me ~people	-0.0202
job_ask	meet	-0.0959
job_ask	mention	-0.1458
job_ask	mention the	-0.0237
job_ask	mention ~number	-0.0237
job_ask	mentor	-0.0426
job_ask	might	0.0419
job_ask	might be	0.1603
job_ask	mind	0.0987
job_ask	mind if	0.1677
job_ask	minut	-0.0951
job_ask	model	-0.0386
job_ask	moment	0.2944
job_ask	month	-0.0411
job_ask	more	-0.1536
job_ask	more about	-0.0232
job_ask	more of	-0.0353
job_ask	more question	-0.0519
job_ask	most	-0.264
job_ask	most in	-0.0293
job_ask	most on	-0.0229
job_ask	most ~want	-0.0304
job_ask	move	-0.0927
job_ask	move into	-0.0785
job_ask	much	-0.1709
job_ask	much for	-0.0334
job_ask	my	0.3515
job_ask	my applic	0.3846
job_ask	my background	0.1034
job_ask	my interest	-0.03
job_ask	my list	-0.0249
job_ask	my own	-0.0263
job_ask	my resum	0.5861
job_ask	my ~application	0.9706
job_ask	my ~degree	-0.0213
job_ask	my ~job	-0.0662
job_ask	my ~student	-0.0209
job_ask	myself	-0.0203
job_ask	name	0.2316
job_ask	necessari	-0.0226
job_ask	need a	0.1295
job_ask	need to	-0.0674
job_ask	need ~number	0.121
job_ask	network	-0.0473
job_ask	network who	-0.0242
job_ask	network ~people	-0.0242
job_ask	never	-0.0796
job_ask	never ~learn	-0.0429
job_ask	new	0.0546
job_ask	new grad	0.1418
job_ask	newcom	-0.0276
job_ask	newcom to	-0.0256
job_ask	newslett	-0.0626
job_ask	next	0.104
job_ask	next step	-0.0512
job_ask	next ~number	-0.0219
job_ask	night	-0.0305
job_ask	no	-0.0822
job_ask	nonprofit	-0.0535
job_ask	normal	-0.0241
job_ask	not	0.1658
job_ask	not about	-0.0332
job_ask	not ask	-0.0247
job_ask	not have	-0.0347
job_ask	not job	-0.0273
job_ask	not suppos	0.1215
job_ask	not take	-0.0224
job_ask	not to	-0.023
job_ask	not want	-0.0312
job_ask	not ~insight	-0.0224
job_ask	not ~job	-0.0273
job_ask	not ~want	0.0599
job_ask	note	-0.0523
job_ask	note after	-0.0239
job_ask	note ~want	-0.0239
job_ask	now	0.1767
job_ask	nurs	-0.2378
job_ask	nurs in	-0.0263
job_ask	of	-0.362
job_ask	of a	-0.0305
job_ask	of ani	-0.0562
job_ask	of anyth	0.0742
job_ask	of peopl	-0.0338
job_ask	of the	-0.119
job_ask	of your	-0.1705
job_ask	of ~number	-0.058
job_ask	of ~people	-0.0449
job_ask	off	-0.0347
job_ask	offic	-0.0738
job_ask	oh	-0.0211
job_ask	ok	-0.1941
job_ask	ok for	-0.0272
job_ask	ok i	-0.0204
job_ask	ok if	-0.0315
job_ask	ok that	-0.0322
job_ask	old	-0.0968
job_ask	on	0.1687
job_ask	on a	-0.043
job_ask	on ani	0.4999
job_ask	on it	-0.1387
job_ask	on linkedin	-0.0813
job_ask	on my	0.1579
job_ask	on the	-0.0602
job_ask	on this	-0.0567
job_ask	on time	-0.0213
job_ask	on whether	-0.0261
job_ask	on with	-0.0272
job_ask	on ~limit	-0.0213
job_ask	on ~number	-0.1087
job_ask	onboard	-0.0512
job_ask	onc	-0.1269
job_ask	one	-0.0598
job_ask	onlin	-0.0909
job_ask	onlin cours	-0.0529
job_ask	onlin ~degree	-0.0264
job_ask	open	1.1594
job_ask	open for	0.3076
job_ask	open on	0.0874
job_ask	open up	0.1558
job_ask	or	-0.5348
job_ask	or is	-0.0298
job_ask	or newslett	-0.0626
job_ask	or should	-0.0219
job_ask	or ~number	-0.0467
job_ask	organiz	-0.0254
job_ask	other	-0.0971
job_ask	other role	-0.0596
job_ask	other ~job	-0.0596
job_ask	other ~people	-0.03
job_ask	our	-0.0914
job_ask	out	-0.3937
job_ask	out if	-0.0237
job_ask	out of	-0.0249
job_ask	out to	-0.1051
job_ask	out with	-0.0381
job_ask	outsid	-0.0314
job_ask	over	-0.1012
job_ask	over ~number	-0.02
job_ask	own	-0.0719
job_ask	own to	-0.0211
job_ask	pack	-0.0247
job_ask	paper	-0.0709
job_ask	paper lantern	-0.0709
job_ask	paraleg	-0.0245
job_ask	part	0.0576
job_ask	part of	-0.0776
job_ask	part time	0.1352
job_ask	part ~limit	0.1352
job_ask	pass	0.3393
job_ask	pass my	0.1098
job_ask	path	-0.0438
job_ask	patient	-0.02
job_ask	peopl	-0.2055
job_ask	peopl in	-0.034
job_ask	person	-0.0681
job_ask	perspect	-0.0725
job_ask	phd	-0.021
job_ask	pick	-0.0516
job_ask	pitch	-0.0267
job_ask	place	0.0784
job_ask	plan	-0.0271
job_ask	plate	-0.0539
job_ask	pleas	0.1052
job_ask	pleas let	0.1155
job_ask	podcast	-0.0585
job_ask	podcast or	-0.0475
job_ask	point me	-0.0695
job_ask	point of	0.12
job_ask	polici	-0.1897
job_ask	polici analyst	-0.0365
job_ask	posit	0.2867
job_ask	possibl	-0.0605
job_ask	possibl to	-0.0605
job_ask	post	0.0298
job_ask	practic	-0.0725
job_ask	product	0.101
job_ask	profession	-0.0695
job_ask	profession associ	-0.0337
job_ask	program	-0.0504
job_ask	progress	-0.0392
job_ask	project	-0.1169
job_ask	project for	0.0986
job_ask	project i	-0.0221
job_ask	project you	-0.0391
job_ask	promis	-0.0397
job_ask	psycholog	-0.025
job_ask	public	-0.0839
job_ask	public polici	-0.0278
job_ask	put	0.3107
job_ask	put in	0.1324
job_ask	put me	-0.0746
job_ask	python	-0.0579
job_ask	qa	0.1408
job_ask	qa tester	0.1668
job_ask	question	-0.1342
job_ask	question ~later	-0.0206
job_ask	quick	-0.1374
job_ask	quick call	-0.0773
job_ask	quick ~contactverb	-0.0841
job_ask	quick ~talk	-0.1022
job_ask	rather	-0.0801
job_ask	rather than	-0.054
job_ask	reach	-0.148
job_ask	reach out	-0.1229
job_ask	read	-0.0429
job_ask	real	-0.0203
job_ask	realli	0.2304
job_ask	realli appreci	0.0694
job_ask	realli grate	0.0306
job_ask	realli ~want	0.0509
job_ask	recommend	-0.1816
job_ask	recommend for	-0.0253
job_ask	recruit	0.091
job_ask	refer	0.5175
job_ask	refer me	0.3997
job_ask	referr	0.3712
job_ask	remot	-0.0465
job_ask	report	-0.031
job_ask	requir	-0.0299
job_ask	research	-0.1183
job_ask	respons	-0.0351
job_ask	rest	-0.0241
job_ask	rest of	-0.0241
job_ask	resum	0.5671
job_ask	resum to	0.2944
job_ask	return	-0.0763
job_ask	return the	-0.0482
job_ask	return ~number	-0.0482
job_ask	right	0.1974
job_ask	right now	0.286
job_ask	risk	-0.0408
job_ask	role	0.3765
job_ask	role do	-0.0214
job_ask	role i	0.2445
job_ask	role ~help	-0.0214
job_ask	rout	-0.032
job_ask	run	-0.0785
job_ask	said	-0.0237
job_ask	same	-0.0417
job_ask	say	-0.0529
job_ask	school	-0.0726
job_ask	scienc	-0.0723
job_ask	scientist	-0.0285
job_ask	season	-0.0272
job_ask	second	-0.0338
job_ask	sector	-0.0288
job_ask	see	-0.0841
job_ask	see if	-0.06
job_ask	send	0.1388
job_ask	send me	-0.0292
job_ask	send thank	-0.0239
job_ask	send you	0.0826
job_ask	senior	-0.0253
job_ask	sens	-0.0342
job_ask	shall	-0.1251
job_ask	shall i	-0.0244
job_ask	shall project	-0.0372
job_ask	share	-0.162
job_ask	share my	-0.0735
job_ask	share what	-0.0521
job_ask	shift	-0.0377
job_ask	short	-0.0451
job_ask	should	-0.1303
job_ask	should talk	-0.034
job_ask	should ~talk	-0.0484
job_ask	side	-0.1616
job_ask	side project	-0.0441
job_ask	skill	-0.0977
job_ask	so	0.0285
job_ask	so far	-0.0543
job_ask	so i	-0.1449
job_ask	so much	-0.0622
job_ask	so you	0.2284
job_ask	some	-0.0824
job_ask	someon	-0.1522
job_ask	someon at	-0.0251
job_ask	someon in	-0.0666
job_ask	someon on	-0.0407
job_ask	someon who	-0.0317
job_ask	someon ~people	-0.0317
job_ask	someth	-0.0722
job_ask	someth i	-0.0504
job_ask	sorri	-0.0943
job_ask	sorri i	-0.0237
job_ask	sorri my	-0.0303
job_ask	spot	0.0658
job_ask	spring	-0.0404
job_ask	spring look	-0.0368
job_ask	sql	-0.0872
job_ask	squeez	-0.0427
job_ask	squeez me	-0.0427
job_ask	staff	-0.0322
job_ask	stand	-0.0684
job_ask	stand out	-0.0684
job_ask	start	-0.1388
job_ask	startup	-0.0278
job_ask	stay	-0.0632
job_ask	stay in	-0.0247
job_ask	step	-0.0792
job_ask	still	0.1755
job_ask	stop	-0.0795
job_ask	stop there	-0.0284
job_ask	stori	-0.0391
job_ask	structur	-0.0541
job_ask	student	-0.1065
job_ask	studi	-0.1674
job_ask	studio	-0.0457
job_ask	suggest	-0.1797
job_ask	suggest an	-0.0762
job_ask	suggest for	-0.0252
job_ask	suggest ~number	-0.0922
job_ask	suit	-0.0922
job_ask	suit me	-0.073
job_ask	summer	0.5618
job_ask	super	-0.036
job_ask	suppli	-0.0253
job_ask	suppli chain	-0.0253
job_ask	support	-0.0884
job_ask	support for	-0.0447
job_ask	suppos	0.1215
job_ask	survey	-0.0944
job_ask	switch	-0.0493
job_ask	switch from	-0.0313
job_ask	take	0.6429
job_ask	take a	-0.0516
job_ask	take for	0.3318
job_ask	take on	0.3684
job_ask	take the	-0.0228
job_ask	take up	-0.0465
job_ask	take ~number	-0.0744
job_ask	taken	-0.0273
job_ask	talk	-0.2169
job_ask	talk to	-0.1078
job_ask	talk with	-0.0768
job_ask	task	-0.0339
job_ask	task you	-0.0212
job_ask	teach	-0.0471
job_ask	team	0.2676
job_ask	team be	-0.124
job_ask	team ever	-0.1109
job_ask	team work	-0.0865
job_ask	team ~gatekeeper	0.0633
job_ask	team ~learn	-0.0424
job_ask	team ~workverb	-0.0554
job_ask	technician	-0.0577
job_ask	tell	-0.1244
job_ask	tell me	-0.1086
job_ask	ten	-0.0228
job_ask	test	-0.1487
job_ask	test my	-0.03
job_ask	test whether	-0.0446
job_ask	tester	0.1668
job_ask	than	-0.0903
job_ask	than a	-0.0503
job_ask	than ~number	-0.0503
job_ask	thank	-0.2208
job_ask	thank for	-0.0553
job_ask	thank so	-0.0317
job_ask	thank to	-0.0497
job_ask	thank you	-0.2176
job_ask	that	-0.5239
job_ask	that cover	-0.0316
job_ask	that i	-0.0226
job_ask	that is	-0.2122
job_ask	the	-0.5093
job_ask	the analyst	0.0406
job_ask	the atmospher	-0.0357
job_ask	the cultur	-0.0519
job_ask	the favor	-0.0316
job_ask	the field	-0.0486
job_ask	the hire	0.0755
job_ask	the job	-0.1025
job_ask	the junior	0.0608
job_ask	the last	-0.0327
job_ask	the link	-0.0241
job_ask	the moment	0.3011
job_ask	the most	-0.0271
job_ask	the next	-0.0423
job_ask	the point	0.1178
job_ask	the student	-0.0335
job_ask	the switch	-0.0236
job_ask	the team	0.0745
job_ask	the ~closing	-0.0302
job_ask	the ~degree	-0.032
job_ask	the ~gatekeeper	0.1563
job_ask	the ~hiring	-0.0354
job_ask	the ~job	-0.0941
job_ask	the ~learn	-0.0436
job_ask	the ~limit	-0.0311
job_ask	the ~people	-0.024
job_ask	the ~student	0.2477
job_ask	their	-0.1099
job_ask	their first	-0.0538
job_ask	there	0.6203
job_ask	there a	-0.0892
job_ask	there ani	0.6252
job_ask	there anyth	-0.227
job_ask	there are	0.2385
job_ask	there for	-0.051
job_ask	there is	0.0247
job_ask	there profession	-0.0406
job_ask	there so	-0.039
job_ask	there someon	-0.0392
job_ask	there someth	-0.0585
job_ask	there ~number	0.0815
job_ask	there ~people	-0.0864
job_ask	there ~student	-0.0406
job_ask	these	-0.0523
job_ask	these day	-0.0478
job_ask	thing	-0.0282
job_ask	think	0.0671
job_ask	think about	-0.0472
job_ask	think i	-0.0807
job_ask	think that	-0.0414
job_ask	think the	-0.0333
job_ask	think would	-0.0203
job_ask	think you	0.4015
job_ask	think ~number	-0.0333
job_ask	think ~want	-0.0203
job_ask	this	0.1289
job_ask	this career	-0.0358
job_ask	this field	-0.0391
job_ask	this is	0.0753
job_ask	this job	-0.0577
job_ask	this role	-0.0203
job_ask	this sector	-0.0213
job_ask	this summer	0.2709
job_ask	this work	-0.034
job_ask	this year	0.1727
job_ask	this ~duration	0.1727
job_ask	this ~job	-0.078
job_ask	this ~learn	-0.034
job_ask	this ~workverb	-0.034
job_ask	thought	-0.0273
job_ask	through	-0.2977
job_ask	through a	-0.2231
job_ask	through ~number	-0.2274
job_ask	time	-0.1866
job_ask	time for	-0.034
job_ask	time today	-0.0231
job_ask	to	-0.2136
job_ask	to a	-0.0884
job_ask	to ask	-0.0737
job_ask	to be	0.2545
job_ask	to becom	-0.0254
job_ask	to chat	-0.0409
job_ask	to do	-0.0585
job_ask	to find	-0.0322
job_ask	to forward	0.1424
job_ask	to grad	-0.0477
job_ask	to hear	-0.0832
job_ask	to help	0.1065
job_ask	to hour	0.1926
job_ask	to keep	-0.0286
job_ask	to learn	-0.0553
job_ask	to my	-0.0466
job_ask	to next	-0.0202
job_ask	to pass	0.0204
job_ask	to see	-0.06
job_ask	to send	-0.0219
job_ask	to share	-0.0811
job_ask	to stay	-0.0289
job_ask	to talk	-0.1187
job_ask	to test	-0.07
job_ask	to the	0.0988
job_ask	to tri	-0.0564
job_ask	to understand	-0.0592
job_ask	to work	0.2264
job_ask	to you	-0.185
job_ask	to your	0.41
job_ask	to ~gatekeeper	-0.0234
job_ask	to ~help	0.0413
job_ask	to ~learn	-0.1343
job_ask	to ~limit	0.1805
job_ask	to ~people	-0.045
job_ask	to ~sendverb	0.0598
job_ask	to ~student	-0.0847
job_ask	to ~talk	-0.2598
job_ask	to ~timeunit	0.1926
job_ask	to ~want	-0.0564
job_ask	to ~workverb	0.2145
job_ask	togeth	-0.0309
job_ask	too	-0.1223
job_ask	tool	-0.0435
job_ask	touch	-0.1152
job_ask	touch with	-0.0917
job_ask	toward	-0.0448
job_ask	track	-0.0437
job_ask	tri	-0.1985
job_ask	tri this	-0.0272
job_ask	tri to	-0.1111
job_ask	twelv	-0.0306
job_ask	twenti	-0.0211
job_ask	twenti minut	-0.0211
job_ask	twenti ~limit	-0.0211
job_ask	twenti ~timeunit	-0.0211
job_ask	two	-0.0653
job_ask	two ~duration	-0.0357
job_ask	typic	-0.1694
job_ask	typic week	-0.1423
job_ask	typic ~closing	-0.1501
job_ask	understand	-0.1057
job_ask	understand the	-0.0616
job_ask	understand what	-0.0244
job_ask	understand ~number	-0.0616
job_ask	uni	-0.033
job_ask	up	0.1873
job_ask	up ani	-0.0586
job_ask	up for	-0.0272
job_ask	up with	-0.0312
job_ask	up ~number	-0.0227
job_ask	up ~want	0.0758
job_ask	us	-0.1162
job_ask	us leav	-0.049
job_ask	use	-0.3521
job_ask	use to	-0.2605
job_ask	user	-0.0297
job_ask	usual	-0.1486
job_ask	usual ~insight	-0.0273
job_ask	ux	-0.0524
job_ask	ux research	-0.0443
job_ask	ux ~learn	-0.0388
job_ask	vacanc	0.1178
job_ask	valu	-0.1326
job_ask	valu your	-0.1136
job_ask	valuabl	-0.0322
job_ask	vet	-0.0274
job_ask	volunt	-0.0674
job_ask	walk	-0.1889
job_ask	walk me	-0.1889
job_ask	want	-0.2631
job_ask	want to	-0.1456
job_ask	was hope	0.0313
job_ask	was your	-0.0402
job_ask	was ~want	0.0277
job_ask	way	0.0881
job_ask	way i	0.1478
job_ask	way in	-0.0242
job_ask	we	-0.1591
job_ask	we are	-0.0575
job_ask	we have	-0.0264
job_ask	week	0.3081
job_ask	week in	-0.0299
job_ask	week on	-0.1348
job_ask	week to	-0.0249
job_ask	weekend	-0.0536
job_ask	well	-0.0399
job_ask	well i	-0.0321
job_ask	were	-0.1323
job_ask	were in	-0.0512
job_ask	were me	-0.0362
job_ask	were start	-0.0342
job_ask	what	-0.9809
job_ask	what a	-0.0467
job_ask	what are	-0.131
job_ask	what could	-0.0504
job_ask	what do	-0.1234
job_ask	what doe	-0.0478
job_ask	what is	-0.1766
job_ask	what kind	-0.0298
job_ask	what made	-0.0695
job_ask	what make	-0.0371
job_ask	what role	-0.0214
job_ask	what skill	-0.0304
job_ask	what was	-0.0293
job_ask	what would	0.2548
job_ask	what you	-0.0382
job_ask	what ~help	-0.1234
job_ask	what ~job	-0.0214
job_ask	what ~number	-0.0517
job_ask	what ~want	0.2548
job_ask	when i	0.1123
job_ask	when you	-0.092
job_ask	where	-0.113
job_ask	where can	-0.0389
job_ask	where do	-0.0346
job_ask	where ~help	-0.0346
job_ask	whether	-0.095
job_ask	whether this	-0.0466
job_ask	whi	-0.0995
job_ask	whi i	-0.068
job_ask	which	-0.3226
job_ask	which book	-0.0396
job_ask	which is	-0.0841
job_ask	which technician	-0.0202
job_ask	which ~student	-0.0362
job_ask	who do	-0.0301
job_ask	who els	-0.0315
job_ask	who is	0.2127
job_ask	who might	-0.0677
job_ask	who would	-0.0987
job_ask	who ~help	-0.0301
job_ask	who ~want	-0.0987
job_ask	will	-0.3657
job_ask	will be	-0.0289
job_ask	will leav	-0.0232
job_ask	will let	-0.0958
job_ask	will not	-0.0669
job_ask	will send	-0.0791
job_ask	will stop	-0.0401
job_ask	will to	0.0759
job_ask	will wrap	-0.0225
job_ask	will ~sendverb	-0.0896
job_ask	wish	-0.0398
job_ask	wish you	-0.0291
job_ask	with	-0.2023
job_ask	with a	-0.0454
job_ask	with anyth	-0.07
job_ask	with me	-0.0933
job_ask	with someon	-0.0663
job_ask	with the	-0.0531
job_ask	with you	0.2476
job_ask	with ~number	-0.1163
job_ask	with ~people	-0.0806
job_ask	word	0.128
job_ask	word for	0.1324
job_ask	work	-0.2646
job_ask	work at	0.1522
job_ask	work in	-0.0355
job_ask	work on	0.0446
job_ask	work suit	-0.0273
job_ask	worri	-0.0388
job_ask	worth	-0.1695
job_ask	worth follow	-0.0515
job_ask	worth it	-0.0277
job_ask	worth join	-0.0319
job_ask	worth the	-0.0258
job_ask	worth ~number	-0.0334
job_ask	would	0.3433
job_ask	would an	-0.0361
job_ask	would be	-0.1415
job_ask	would it	0.2217
job_ask	would like	-0.0291
job_ask	would love	0.1626
job_ask	would point	-0.0942
job_ask	would realli	0.1628
job_ask	would recommend	-0.115
job_ask	would suggest	-0.0827
job_ask	would you	0.2244
job_ask	would your	0.2123
job_ask	would ~number	-0.0436
job_ask	would ~want	0.0505
job_ask	wow	-0.0224
job_ask	wrap	-0.0479
job_ask	wrap up	-0.0456
job_ask	write	-0.0541
job_ask	yeah	-0.0413
job_ask	year	-0.0889
job_ask	yesterday	-0.04
job_ask	you	0.3658
job_ask	you a	-0.0514
job_ask	you actual	-0.0248
job_ask	you are	0.087
job_ask	you be	0.4406
job_ask	you can	0.2139
job_ask	you could	0.4599
job_ask	you describ	-0.1258
job_ask	you do	0.2652
job_ask	you ever	-0.0768
job_ask	you find	-0.0377
job_ask	you for	0.1896
job_ask	you get	-0.0634
job_ask	you give	-0.0541
job_ask	you go	-0.0476
job_ask	you got	-0.0447
job_ask	you guy	0.4341
job_ask	you have	-0.1772
job_ask	you hear	0.0393
job_ask	you help	0.0527
job_ask	you in	-0.0418
job_ask	you introduc	-0.0447
job_ask	you keep	0.2137
job_ask	you know	0.1407
job_ask	you let	0.1885
job_ask	you like	-0.041
job_ask	you mention	-0.1332
job_ask	you mind	-0.0702
job_ask	you my	0.159
job_ask	you need	-0.0536
job_ask	you note	-0.037
job_ask	you on	-0.0491
job_ask	you out	-0.0636
job_ask	you pick	-0.0224
job_ask	you recommend	-0.1104
job_ask	you refer	0.2121
job_ask	you send	-0.0342
job_ask	you so	-0.0305
job_ask	you start	-0.037
job_ask	you still	-0.0249
job_ask	you suggest	-0.097
job_ask	you tell	-0.0759
job_ask	you that	-0.0591
job_ask	you the	-0.0252
job_ask	you think	0.1783
job_ask	you to	0.2751
job_ask	you use	-0.033
job_ask	you walk	-0.1652
job_ask	you were	-0.1216
job_ask	you wish	-0.0398
job_ask	you work	-0.0511
job_ask	you would	-0.3466
job_ask	you ~help	0.2249
job_ask	you ~hiring	0.2701
job_ask	you ~number	-0.0767
job_ask	you ~sendverb	-0.0409
job_ask	you ~studyverb	0.188
job_ask	you ~talk	-0.0422
job_ask	you ~want	-0.3692
job_ask	you ~workverb	-0.0561
job_ask	your	0.4831
job_ask	your advic	-0.0408
job_ask	your afternoon	-0.0306
job_ask	your app	-0.0381
job_ask	your career	-0.0546
job_ask	your colleagu	-0.0381
job_ask	your compani	0.2495
job_ask	your day	-0.0392
job_ask	your depart	0.1731
job_ask	your evening	-0.062
job_ask	your field	-0.0742
job_ask	your firm	0.1797
job_ask	your job	-0.036
job_ask	your lab	0.2058
job_ask	your lunch	-0.0276
job_ask	your network	-0.0313
job_ask	your old	-0.0727
job_ask	your perspect	-0.0432
job_ask	your plate	-0.0539
job_ask	your role	-0.0259
job_ask	your team	0.1882
job_ask	your time	-0.0651
job_ask	your week	-0.0372
job_ask	your work	-0.0361
job_ask	your ~closing	-0.1191
job_ask	your ~gatekeeper	0.2282
job_ask	your ~insight	-0.1991
job_ask	your ~job	-0.0697
job_ask	your ~learn	-0.0366
job_ask	your ~limit	-0.1828
job_ask	your ~org	1.3186
job_ask	your ~people	-0.0804
job_ask	your ~student	0.2249
job_ask	your ~talk	-0.0313
job_ask	your ~workverb	-0.0361
job_ask	~application	0.9433
job_ask	~application to	0.4165
job_ask	~closing	0.1343
job_ask	~closing in	-0.0331
job_ask	~closing of	-0.0241
job_ask	~closing on	-0.1348
job_ask	~closing to	-0.0308
job_ask	~contactverb	-0.4253
job_ask	~contactverb out	-0.1037
job_ask	~contactverb with	-0.0949
job_ask	~degree	-0.2764
job_ask	~degree at	-0.1032
job_ask	~degree be	-0.0361
job_ask	~degree in	-0.0326
job_ask	~degree program	0.1103
job_ask	~duration	-0.106
job_ask	~duration in	-0.0464
job_ask	~gatekeeper	1.1544
job_ask	~gatekeeper for	0.1196
job_ask	~gatekeeper right	0.3327
job_ask	~gatekeeper team	0.0598
job_ask	~help	-0.4796
job_ask	~help a	-0.02
job_ask	~help an	-0.0345
job_ask	~help befor	-0.0343
job_ask	~help for	-0.0576
job_ask	~help hire	-0.0441
job_ask	~help junior	-0.0402
job_ask	~help me	0.1701
job_ask	~help most	-0.0201
job_ask	~help new	-0.0371
job_ask	~help not	0.3605
job_ask	~help peopl	-0.0287
job_ask	~help test	-0.0283
job_ask	~help the	-0.0509
job_ask	~help to	-0.3168
job_ask	~help with	-0.0796
job_ask	~help you	0.3562
job_ask	~hiring	1.3583
job_ask	~hiring on	0.4999
job_ask	~hiring right	0.3327
job_ask	~hiring team	0.0598
job_ask	~insight	-0.2422
job_ask	~insight a	-0.0545
job_ask	~insight for	0.2978
job_ask	~insight on	-0.168
job_ask	~insight over	-0.0545
job_ask	~insight to	-0.0442
job_ask	~insight up	-0.0415
job_ask	~job	1.5874
job_ask	~job at	0.2442
job_ask	~job befor	-0.032
job_ask	~job do	-0.0396
job_ask	~job for	0.304
job_ask	~job go	0.1191
job_ask	~job hunt	-0.0273
job_ask	~job i	0.2138
job_ask	~job in	0.2472
job_ask	~job on	0.0874
job_ask	~job open	0.1993
job_ask	~job you	-0.0226
job_ask	~later	0.1079
job_ask	~learn	-0.202
job_ask	~learn a	0.0391
job_ask	~learn ani	-0.0541
job_ask	~learn anyon	0.1893
job_ask	~learn at	0.1443
job_ask	~learn back	-0.0239
job_ask	~learn for	-0.0223
job_ask	~learn how	-0.0541
job_ask	~learn if	0.0913
job_ask	~learn in	-0.0209
job_ask	~learn into	-0.0495
job_ask	~learn me	0.2968
job_ask	~learn more	-0.0205
job_ask	~learn of	0.0278
job_ask	~learn on	0.0421
job_ask	~learn out	-0.0676
job_ask	~learn suit	-0.0273
job_ask	~learn the	-0.0733
job_ask	~learn their	-0.0581
job_ask	~learn this	0.1121
job_ask	~learn we	-0.0279
job_ask	~learn what	-0.0254
job_ask	~learn with	-0.0248
job_ask	~learn you	-0.1298
job_ask	~learn your	-0.055
job_ask	~limit	-0.2964
job_ask	~limit for	-0.034
job_ask	~limit is	-0.0238
job_ask	~limit or	-0.0475
job_ask	~limit so	-0.0211
job_ask	~limit to	-0.0278
job_ask	~limit today	-0.0231
job_ask	~number	-0.3483
job_ask	~number agenc	-0.0226
job_ask	~number analyst	0.0235
job_ask	~number atmospher	-0.0357
job_ask	~number beginn	-0.14
job_ask	~number big	-0.0351
job_ask	~number bootcamp	-0.025
job_ask	~number career	-0.0792
job_ask	~number case	-0.0269
job_ask	~number colleagu	-0.036
job_ask	~number coupl	-0.059
job_ask	~number cultur	-0.0519
job_ask	~number data	-0.0552
job_ask	~number day	-0.0205
job_ask	~number degre	-0.0209
job_ask	~number exercis	-0.1267
job_ask	~number extra	-0.0219
job_ask	~number favor	-0.0316
job_ask	~number few	-0.036
job_ask	~number field	-0.0497
job_ask	~number first	-0.0281
job_ask	~number good	0.0367
job_ask	~number hand	-0.0881
job_ask	~number hire	0.0755
job_ask	~number hour	-0.021
job_ask	~number internship	0.0547
job_ask	~number interview	0.401
job_ask	~number intro	-0.0213
job_ask	~number introduct	-0.0678
job_ask	~number job	-0.0623
job_ask	~number junior	0.0463
job_ask	~number last	-0.0357
job_ask	~number link	-0.0241
job_ask	~number master	-0.0201
job_ask	~number minut	-0.0649
job_ask	~number moment	0.3011
job_ask	~number more	-0.0252
job_ask	~number most	-0.0271
job_ask	~number newcom	-0.0276
job_ask	~number next	-0.0423
job_ask	~number normal	-0.0241
job_ask	~number nurs	-0.0491
job_ask	~number of	-0.0673
job_ask	~number onlin	-0.0264
job_ask	~number open	0.2145
job_ask	~number paraleg	-0.0245
job_ask	~number part	0.1223
job_ask	~number point	0.1178
job_ask	~number polici	-0.0252
job_ask	~number posit	0.196
job_ask	~number product	0.1766
job_ask	~number program	-0.0221
job_ask	~number project	-0.0305
job_ask	~number question	-0.0252
job_ask	~number quick	-0.1052
job_ask	~number referr	0.386
job_ask	~number research	-0.055
job_ask	~number role	0.1187
job_ask	~number second	-0.0307
job_ask	~number shall	-0.0758
job_ask	~number startup	-0.0235
job_ask	~number student	-0.0544
job_ask	~number switch	-0.0236
job_ask	~number team	0.0724
job_ask	~number technician	-0.0288
job_ask	~number typic	-0.1547
job_ask	~number week	0.2839
job_ask	~number year	-0.059
job_ask	~org	0.6589
job_ask	~org be	-0.124
job_ask	~org ever	0.0289
job_ask	~org for	-0.0269
job_ask	~org i	0.0491
job_ask	~org lantern	-0.0709
job_ask	~org or	-0.0724
job_ask	~org project	-0.0441
job_ask	~org who	-0.0542
job_ask	~org work	-0.0918
job_ask	~org you	-0.0392
job_ask	~people	-0.6749
job_ask	~people at	-0.0302
job_ask	~people do	-0.0418
job_ask	~people els	-0.0712
job_ask	~people from	-0.0919
job_ask	~people in	-0.1555
job_ask	~people is	0.2127
job_ask	~people might	-0.0677
job_ask	~people of	-0.0601
job_ask	~people on	-0.2004
job_ask	~people to	-0.0472
job_ask	~people usual	-0.0275
job_ask	~people who	0.1754
job_ask	~people with	0.1086
job_ask	~people would	-0.1014
job_ask	~people you	-0.0457
job_ask	~sendverb	0.1644
job_ask	~sendverb me	-0.0292
job_ask	~sendverb my	0.3223
job_ask	~sendverb on	-0.0507
job_ask	~sendverb thank	-0.0239
job_ask	~sendverb what	-0.0521
job_ask	~sendverb you	0.0492
job_ask	~student	0.7448
job_ask	~student associ	-0.0337
job_ask	~student at	-0.0598
job_ask	~student design	0.0257
job_ask	~student for	0.1057
job_ask	~student i	0.1317
job_ask	~student on	-0.0468
job_ask	~student open	0.1113
job_ask	~student peopl	-0.0414
job_ask	~student role	0.0489
job_ask	~student school	-0.0477
job_ask	~student stand	-0.0611
job_ask	~studyverb	0.0481
job_ask	~studyverb a	0.0709
job_ask	~studyverb in	-0.025
job_ask	~studyverb it	-0.0219
job_ask	~studyverb on	0.4999
job_ask	~studyverb the	-0.0379
job_ask	~studyverb you	-0.1636
job_ask	~studyverb your	-0.0271
job_ask	~talk	-0.5492
job_ask	~talk for	-0.0243
job_ask	~talk i	-0.0203
job_ask	~talk me	-0.0479
job_ask	~talk out	-0.1082
job_ask	~talk to	-0.1153
job_ask	~talk who	-0.0242
job_ask	~talk with	-0.0997
job_ask	~talk you	-0.1111
job_ask	~timeunit or	-0.0307
job_ask	~want	0.024
job_ask	~want a	0.1353
job_ask	~want an	-0.055
job_ask	~want appreci	0.0694
job_ask	~want be	-0.1415
job_ask	~want for	-0.0655
job_ask	~want grate	0.0306
job_ask	~want i	-0.0436
job_ask	~want in	-0.0321
job_ask	~want it	0.1708
job_ask	~want like	-0.0376
job_ask	~want love	0.1626
job_ask	~want need	0.0681
job_ask	~want on	0.1836
job_ask	~want point	-0.0942
job_ask	~want realli	0.1628
job_ask	~want recommend	-0.115
job_ask	~want suggest	-0.0827
job_ask	~want the	0.116
job_ask	~want this	-0.0544
job_ask	~want to	-0.3061
job_ask	~want valu	-0.1136
job_ask	~want want	-0.0449
job_ask	~want you	0.3538
job_ask	~workverb	-0.358
job_ask	~workverb at	0.1235
job_ask	~workverb in	-0.0386
job_ask	~workverb on	0.0446
job_ask	~workverb suit	-0.0273
job_ask	~workverb with	-0.0216
referral_ask	*	-3.4526
referral_ask	?	-0.2851
referral_ask	^alright	-0.0368
referral_ask	^ani	0.0865
referral_ask	^anyon	0.2865
referral_ask	^befor	0.0322
referral_ask	^can	-0.1643
referral_ask	^could	0.3645
referral_ask	^did	-0.0432
referral_ask	^doe	-0.0566
referral_ask	^happi	-0.0236
referral_ask	^have	-0.0285
referral_ask	^how	-0.4753
referral_ask	^i	-0.6148
referral_ask	^if	-0.05
referral_ask	^is	0.1068
referral_ask	^just	-0.0352
referral_ask	^let	-0.0452
referral_ask	^love	-0.0363
referral_ask	^mind	-0.021
referral_ask	^my	-0.0447
referral_ask	^no	-0.0472
referral_ask	^ok	-0.0762
referral_ask	^one	-0.0211
referral_ask	^pleas	-0.0414
referral_ask	^sorri	-0.0889
referral_ask	^thank	-0.1217
referral_ask	^that	-0.1132
referral_ask	^the	-0.0354
referral_ask	^was	-0.0251
referral_ask	^we	-0.0437
referral_ask	^what	-0.7783
referral_ask	^where	-0.112
referral_ask	^whi	-0.031
referral_ask	^which	-0.0561
referral_ask	^who	0.0556
referral_ask	^would	0.4576
referral_ask	^yeah	-0.0234
referral_ask	^you	0.2845
referral_ask	a	-0.173
referral_ask	a beginn	-0.0519
referral_ask	a big	-0.0254
referral_ask	a bit	-0.0854
referral_ask	a career	-0.047
referral_ask	a colleagu	0.2395
referral_ask	a coupl	0.2514
referral_ask	a degre	-0.0266
referral_ask	a few	-0.1385
referral_ask	a good	-0.0514
referral_ask	a great	-0.0333
referral_ask	a job	-0.036
referral_ask	a junior	0.2174
referral_ask	a lot	-0.0942
referral_ask	a newcom	-0.0302
referral_ask	a nurs	0.1471
referral_ask	a posit	-0.024
referral_ask	a quick	0.1887
referral_ask	a shall	-0.0423
referral_ask	a technician	-0.026
referral_ask	a typic	-0.0328
referral_ask	a ~degree	-0.0689
referral_ask	a ~job	-0.0752
referral_ask	a ~number	0.1129
referral_ask	a ~org	-0.0446
referral_ask	a ~people	0.2395
referral_ask	a ~student	0.1387
referral_ask	abil	-0.0262
referral_ask	abl	-0.1403
referral_ask	abl to	-0.1403
referral_ask	about	-0.1734
referral_ask	about data	0.1393
referral_ask	about it	-0.0231
referral_ask	about nonprofit	-0.0705
referral_ask	about research	-0.0435
referral_ask	about the	-0.0524
referral_ask	about your	-0.0367
referral_ask	about ~job	-0.0373
referral_ask	about ~learn	-0.0435
referral_ask	about ~number	-0.0757
referral_ask	actual	-0.0544
referral_ask	advic	-0.1599
referral_ask	advic for	-0.022
referral_ask	advic someon	-0.0885
referral_ask	advic would	-0.0218
referral_ask	advic ~people	-0.0885
referral_ask	advic ~want	-0.0218
referral_ask	after	-0.2031
referral_ask	after a	-0.0371
referral_ask	after ~number	-0.0487
referral_ask	again	-0.1068
referral_ask	again in	-0.0569
referral_ask	agenc	0.2243
referral_ask	agre	-0.0762
referral_ask	all	-0.0862
referral_ask	all right	-0.0359
referral_ask	almost	0.0892
referral_ask	almost out	0.0892
referral_ask	along	-0.024
referral_ask	alreadi	-0.0371
referral_ask	alright	-0.0387
referral_ask	alright i	-0.03
referral_ask	alumni	0.0899
referral_ask	am	-0.3747
referral_ask	am a	-0.0265
referral_ask	am look	-0.0228
referral_ask	am ~number	-0.0285
referral_ask	am ~want	-0.0852
referral_ask	an	-0.0666
referral_ask	an exercis	-0.0551
referral_ask	an interview	-0.2015
referral_ask	an intro	0.0379
referral_ask	an introduct	0.362
referral_ask	an onlin	-0.028
referral_ask	an ~talk	-0.2015
referral_ask	analyst	-0.1204
referral_ask	analyt	0.0239
referral_ask	and	-0.1138
referral_ask	and i	-0.0314
referral_ask	and now	-0.0218
referral_ask	and would	0.0244
referral_ask	ani	0.181
referral_ask	ani book	-0.0621
referral_ask	ani chanc	0.0844
referral_ask	ani colleagu	0.1758
referral_ask	ani way	-0.0908
referral_ask	ani ~people	0.3572
referral_ask	anoth	-0.0227
referral_ask	anyon	0.731
referral_ask	anyon els	0.2734
referral_ask	anyon in	0.1186
referral_ask	anyon on	0.0585
referral_ask	anyon who	-0.0624
referral_ask	anyon ~people	-0.0624
referral_ask	anyth	-0.2456
referral_ask	anyth i	-0.0426
referral_ask	anyth you	-0.0564
referral_ask	app	-0.0203
referral_ask	appli	-0.0695
referral_ask	appli to	-0.0453
referral_ask	appreci	-0.0769
referral_ask	appreci it	-0.0259
referral_ask	are	-0.2431
referral_ask	are almost	0.0892
referral_ask	are the	-0.0852
referral_ask	are there	0.0896
referral_ask	are you	-0.1266
referral_ask	are your	-0.0612
referral_ask	are ~job	-0.0229
referral_ask	are ~number	-0.104
referral_ask	articl	-0.0243
referral_ask	as	-0.0978
referral_ask	as peopl	-0.038
referral_ask	as ~number	-0.0284
referral_ask	as ~people	-0.038
referral_ask	ask	-0.1898
referral_ask	ask about	-0.0364
referral_ask	associ	0.1694
referral_ask	associ or	-0.0567
referral_ask	at	-0.0612
referral_ask	at a	0.0391
referral_ask	at paper	-0.0247
referral_ask	at the	0.1453
referral_ask	at your	0.055
referral_ask	at ~number	0.1751
referral_ask	at ~org	-0.0247
referral_ask	back	-0.1308
referral_ask	back after	-0.103
referral_ask	back ~want	-0.103
referral_ask	background	0.1101
referral_ask	bank	-0.0832
referral_ask	be	0.4136
referral_ask	be abl	-0.1403
referral_ask	be comfort	0.1183
referral_ask	be glad	-0.0988
referral_ask	be good	0.1381
referral_ask	be ok	-0.0683
referral_ask	be open	0.1748
referral_ask	be read	-0.0742
referral_ask	be up	0.1329
referral_ask	be use	-0.0597
referral_ask	be will	0.0627
referral_ask	be ~help	-0.0597
referral_ask	be ~number	0.0466
referral_ask	be ~talk	0.1007
referral_ask	becom	-0.0221
referral_ask	becom ~number	-0.0221
referral_ask	been	-0.0449
referral_ask	been the	-0.0201
referral_ask	been ~number	-0.0222
referral_ask	befor	-0.1096
referral_ask	befor i	-0.0566
referral_ask	beginn	-0.0584
referral_ask	best way	-0.0331
referral_ask	better	-0.0376
referral_ask	between	-0.0328
referral_ask	beyond	-0.0364
referral_ask	big	-0.0971
referral_ask	big ~people	-0.0744
referral_ask	biggest	-0.0978
referral_ask	biggest influenc	-0.0837
referral_ask	bit	-0.1059
referral_ask	bit of	-0.0651
referral_ask	book	-0.183
referral_ask	book or	-0.0726
referral_ask	book would	-0.0374
referral_ask	book you	-0.0682
referral_ask	book ~want	-0.0374
referral_ask	bootcamp	0.0277
referral_ask	brain	0.5069
referral_ask	call	0.0589
referral_ask	came	0.1579
referral_ask	can	-0.3527
referral_ask	can be	-0.0411
referral_ask	can ever	-0.0203
referral_ask	can i	-0.1008
referral_ask	can we	-0.0292
referral_ask	can you	-0.038
referral_ask	can ~help	-0.0308
referral_ask	care	-0.0461
referral_ask	career	-0.2145
referral_ask	career changer	-0.0255
referral_ask	career in	-0.0203
referral_ask	career ~student	-0.0213
referral_ask	case	-0.0227
referral_ask	certif	-0.0516
referral_ask	chanc	0.083
referral_ask	chanc you	0.094
referral_ask	chang	-0.1029
referral_ask	changer	-0.0255
referral_ask	chat	0.3076
referral_ask	chat with	0.1939
referral_ask	check	-0.0634
referral_ask	check in	-0.0488
referral_ask	chemistri	-0.0216
referral_ask	citi	-0.046
referral_ask	citi govern	-0.0338
referral_ask	civil	-0.0212
referral_ask	civil engin	-0.0212
referral_ask	client	-0.0727
referral_ask	close	-0.0768
referral_ask	colleagu	0.4408
referral_ask	colleagu who	0.1758
referral_ask	colleagu ~people	0.1758
referral_ask	come	0.0644
referral_ask	come to	0.1614
referral_ask	come up	-0.0548
referral_ask	comfort	0.1099
referral_ask	communiti	-0.1292
referral_ask	compani	-0.1633
referral_ask	complianc	0.1011
referral_ask	confer	-0.1238
referral_ask	connect	-0.0351
referral_ask	connect me	0.2012
referral_ask	connect with	-0.1177
referral_ask	conscious	-0.0218
referral_ask	consid	-0.0625
referral_ask	consult	-0.0351
referral_ask	contact	0.2676
referral_ask	could	0.5933
referral_ask	could do	-0.0213
referral_ask	could get	-0.0835
referral_ask	could i	-0.0746
referral_ask	could put	0.0831
referral_ask	could tri	-0.0471
referral_ask	could you	0.3948
referral_ask	could ~help	-0.0267
referral_ask	could ~learn	-0.0888
referral_ask	could ~talk	0.3257
referral_ask	could ~want	-0.0471
referral_ask	coupl	0.2514
referral_ask	coupl more	-0.0291
referral_ask	coupl of	0.2805
referral_ask	cours	-0.1167
referral_ask	cover	-0.033
referral_ask	cover everyth	-0.033
referral_ask	credit	-0.0577
referral_ask	credit analyst	-0.0403
referral_ask	cultur	-0.0216
referral_ask	curious	-0.1013
referral_ask	curious about	-0.0989
referral_ask	current	-0.0206
referral_ask	data	0.0952
referral_ask	data engin	0.1354
referral_ask	data scienc	-0.0953
referral_ask	data ~org	0.1358
referral_ask	dataset	-0.024
referral_ask	day	-0.0929
referral_ask	day to	-0.033
referral_ask	deal	-0.0257
referral_ask	deal with	-0.0257
referral_ask	degre	-0.0958
referral_ask	depart	-0.0435
referral_ask	describ	-0.0702
referral_ask	describ ~number	-0.0385
referral_ask	design	0.1775
referral_ask	design ~job	-0.0212
referral_ask	develop	-0.0459
referral_ask	did	-0.1572
referral_ask	did you	-0.1185
referral_ask	differ from	-0.027
referral_ask	direct	-0.0838
referral_ask	do	-0.2814
referral_ask	do a	-0.021
referral_ask	do most	-0.027
referral_ask	do peopl	-0.0589
referral_ask	do research	-0.0842
referral_ask	do this	0.0358
referral_ask	do to	-0.0412
referral_ask	do you	0.0918
referral_ask	do ~learn	-0.0794
referral_ask	do ~number	-0.0315
referral_ask	do ~people	-0.0589
referral_ask	doe	-0.1658
referral_ask	doe a	-0.0263
referral_ask	doe your	-0.0245
referral_ask	doe ~number	-0.0317
referral_ask	doe ~people	-0.0624
referral_ask	done the	0.0373
referral_ask	done ~number	0.0353
referral_ask	down	-0.0373
referral_ask	earli	-0.0908
referral_ask	earli on	-0.0908
referral_ask	educ	0.0665
referral_ask	els	0.4797
referral_ask	els in	0.1224
referral_ask	els should	0.1957
referral_ask	els you	0.0929
referral_ask	email	-0.1661
referral_ask	email you	-0.1175
referral_ask	end	-0.0645
referral_ask	engin	0.068
referral_ask	enjoy	-0.0223
referral_ask	entri	-0.0572
referral_ask	entri level	-0.0572
referral_ask	event	-0.0203
referral_ask	ever	-0.202
referral_ask	ever help	-0.0213
referral_ask	ever need	-0.1028
referral_ask	ever want	-0.026
referral_ask	ever ~help	-0.0203
referral_ask	everyth	-0.086
referral_ask	everyth i	-0.0455
referral_ask	exam	-0.0242
referral_ask	exercis	-0.0789
referral_ask	exercis for	-0.0242
referral_ask	exercis to	-0.05
referral_ask	far	-0.0219
referral_ask	feel	-0.0215
referral_ask	few	-0.1476
referral_ask	few year	-0.0251
referral_ask	few ~duration	-0.0333
referral_ask	field	-0.1723
referral_ask	field i	0.0438
referral_ask	final	-0.0432
referral_ask	find	-0.0702
referral_ask	finish	-0.0693
referral_ask	firm	0.0638
referral_ask	first	0.1465
referral_ask	first role	-0.0232
referral_ask	first year	0.2298
referral_ask	first ~duration	0.2298
referral_ask	first ~job	-0.0257
referral_ask	folk	0.1618
referral_ask	folk in	0.1618
referral_ask	follow	-0.0717
referral_ask	follow up	-0.0446
referral_ask	for	-0.5525
referral_ask	for me	-0.0261
referral_ask	for peopl	-0.0395
referral_ask	for someon	-0.0422
referral_ask	for the	-0.1033
referral_ask	for today	-0.0219
referral_ask	for you	-0.0222
referral_ask	for your	-0.0332
referral_ask	for ~number	-0.1129
referral_ask	for ~people	-0.0817
referral_ask	forward	-0.0344
referral_ask	forward my	-0.0344
referral_ask	found	-0.0219
referral_ask	free	-0.0771
referral_ask	freelanc	0.0929
referral_ask	from	0.1913
referral_ask	from a	0.1132
referral_ask	from me	-0.0366
referral_ask	from the	-0.0333
referral_ask	from your	0.0484
referral_ask	from ~number	0.0799
referral_ask	from ~people	-0.026
referral_ask	from ~workverb	0.1083
referral_ask	full	-0.0504
referral_ask	game	-0.1721
referral_ask	game design	-0.0699
referral_ask	game develop	-0.0274
referral_ask	get	0.0365
referral_ask	get a	0.066
referral_ask	get an	0.2465
referral_ask	get into	-0.1056
referral_ask	get me	-0.1469
referral_ask	get your	-0.0244
referral_ask	get ~number	0.3098
referral_ask	give	-0.0837
referral_ask	give someon	-0.0599
referral_ask	give ~people	-0.0599
referral_ask	glad	-0.0988
referral_ask	glad to	-0.0988
referral_ask	go	-0.2288
referral_ask	go after	-0.0215
referral_ask	go into	-0.0692
referral_ask	go to	-0.044
referral_ask	go ~want	-0.0215
referral_ask	goal	-0.0276
referral_ask	good	-0.0249
referral_ask	good at	-0.0508
referral_ask	good for	0.0219
referral_ask	good to	0.1109
referral_ask	good word	-0.0238
referral_ask	good ~limit	-0.0384
referral_ask	good ~student	-0.0277
referral_ask	got	-0.0525
referral_ask	govern	-0.0379
referral_ask	grad	-0.0284
referral_ask	grant	-0.0764
referral_ask	grant write	-0.0684
referral_ask	grate	-0.0584
referral_ask	great	-0.0507
referral_ask	growth	-0.0406
referral_ask	had	-0.0358
referral_ask	happi	-0.0532
referral_ask	happi to	-0.0387
referral_ask	hard	-0.0652
referral_ask	have	-0.1909
referral_ask	have a	0.0847
referral_ask	have ani	0.0822
referral_ask	have done	-0.0226
referral_ask	have got	-0.0219
referral_ask	have read	-0.0363
referral_ask	have ~insight	-0.0363
referral_ask	have ~number	0.0778
referral_ask	have ~workverb	-0.032
referral_ask	head	-0.0233
referral_ask	healthcar	-0.0249
referral_ask	hear	0.2989
referral_ask	help	-0.27
referral_ask	help with	-0.1319
referral_ask	help you	-0.0356
referral_ask	here	-0.1693
referral_ask	hire	-0.2248
referral_ask	hire manag	-0.0294
referral_ask	hire right	-0.0984
referral_ask	hire ~gatekeeper	-0.0294
referral_ask	hire ~student	-0.0275
referral_ask	homework	-0.0923
referral_ask	honest	-0.0621
referral_ask	hope	-0.028
referral_ask	hospit	-0.0354
referral_ask	hour	-0.1213
referral_ask	hous	-0.0309
referral_ask	how	-0.6648
referral_ask	how did	-0.0659
referral_ask	how do	-0.1248
referral_ask	how doe	-0.0248
referral_ask	how is	-0.0389
referral_ask	how should	-0.0321
referral_ask	how the	-0.0428
referral_ask	how would	-0.1432
referral_ask	how you	-0.0352
referral_ask	how ~help	-0.1248
referral_ask	how ~number	-0.0551
referral_ask	how ~studyverb	-0.0659
referral_ask	how ~want	-0.1432
referral_ask	i	-0.0784
referral_ask	i am	-0.3747
referral_ask	i ask	-0.0318
referral_ask	i be	0.0853
referral_ask	i can	-0.1016
referral_ask	i could	0.1603
referral_ask	i did	-0.0256
referral_ask	i do	0.032
referral_ask	i email	-0.0672
referral_ask	i go	0.0259
referral_ask	i had	-0.0287
referral_ask	i have	-0.1359
referral_ask	i know	-0.074
referral_ask	i learn	-0.0213
referral_ask	i mention	-0.0243
referral_ask	i might	0.1719
referral_ask	i reach	-0.0512
referral_ask	i realli	-0.0246
referral_ask	i send	-0.0698
referral_ask	i should	0.3767
referral_ask	i speak	0.147
referral_ask	i talk	0.0298
referral_ask	i think	-0.1282
referral_ask	i want	-0.0882
referral_ask	i was	-0.0201
referral_ask	i will	-0.374
referral_ask	i ~contactverb	-0.0709
referral_ask	i ~learn	-0.0231
referral_ask	i ~sendverb	-0.1228
referral_ask	i ~studyverb	-0.0383
referral_ask	i ~talk	0.292
referral_ask	i ~want	-0.1177
referral_ask	idea	-0.025
referral_ask	if	-0.023
referral_ask	if a	-0.0435
referral_ask	if i	-0.2522
referral_ask	if that	-0.0555
referral_ask	if there	0.0225
referral_ask	if you	0.3354
referral_ask	if your	-0.0314
referral_ask	if ~number	-0.0435
referral_ask	in	0.1066
referral_ask	in a	-0.2413
referral_ask	in data	-0.0286
referral_ask	in my	0.4312
referral_ask	in polici	0.1001
referral_ask	in risk	-0.0401
referral_ask	in the	-0.0753
referral_ask	in this	-0.0504
referral_ask	in touch	0.1616
referral_ask	in ~contactverb	0.1308
referral_ask	in ~number	-0.3215
referral_ask	industri	-0.0465
referral_ask	influenc	-0.0837
referral_ask	inform	-0.0309
referral_ask	interest	-0.0468
referral_ask	intern	-0.0283
referral_ask	internship	-0.0484
referral_ask	interview	-0.2189
referral_ask	into	-0.3125
referral_ask	into nurs	-0.0647
referral_ask	into other	-0.0228
referral_ask	into the	-0.0239
referral_ask	into this	-0.0236
referral_ask	into ~number	-0.0275
referral_ask	intro	0.0379
referral_ask	introduc	0.2645
referral_ask	introduc me	0.1836
referral_ask	introduct	0.3596
referral_ask	introduct to	0.362
referral_ask	is	-0.4542
referral_ask	is a	-0.0441
referral_ask	is all	-0.0405
referral_ask	is anyon	0.0564
referral_ask	is come	-0.0222
referral_ask	is done	0.053
referral_ask	is everyth	-0.04
referral_ask	is it	-0.1233
referral_ask	is realli	-0.0221
referral_ask	is that	-0.0206
referral_ask	is the	-0.1451
referral_ask	is there	0.3541
referral_ask	is to	-0.0498
referral_ask	is your	-0.0222
referral_ask	is ~number	-0.2034
referral_ask	is ~people	0.0483
referral_ask	is ~talk	-0.0328
referral_ask	is ~want	-0.0371
referral_ask	is ~workverb	-0.0266
referral_ask	it	-0.2451
referral_ask	it be	0.2175
referral_ask	it from	-0.0221
referral_ask	it ok	-0.0441
referral_ask	it there	-0.0271
referral_ask	it ~want	-0.0403
referral_ask	job	-0.1381
referral_ask	join	-0.0325
referral_ask	junior	0.1663
referral_ask	junior design	0.2242
referral_ask	junior peopl	-0.021
referral_ask	junior ~people	-0.021
referral_ask	junior ~student	0.2232
referral_ask	just	-0.1342
referral_ask	just start	-0.0531
referral_ask	keep	-0.2038
referral_ask	keep in	-0.1125
referral_ask	keep you	-0.0279
referral_ask	kind	-0.0454
referral_ask	kind of	-0.0426
referral_ask	know	0.2584
referral_ask	know ani	0.1888
referral_ask	know anyon	0.1803
referral_ask	know how	-0.053
referral_ask	know if	-0.0632
referral_ask	know we	0.0803
referral_ask	know you	-0.0463
referral_ask	know ~people	0.1963
referral_ask	lab	0.2659
referral_ask	lantern	-0.027
referral_ask	last week	-0.0332
referral_ask	last ~closing	-0.0332
referral_ask	later	-0.0389
referral_ask	lead	-0.0851
referral_ask	leadership	-0.024
referral_ask	learn	-0.1561
referral_ask	learn how	-0.024
referral_ask	leav	-0.0545
referral_ask	leav it	-0.031
referral_ask	let	-0.2307
referral_ask	let me	-0.0749
referral_ask	let us	-0.033
referral_ask	let you	-0.1229
referral_ask	level	-0.0624
referral_ask	level ~job	-0.0566
referral_ask	like	-0.0205
referral_ask	like for	-0.02
referral_ask	like in	-0.0824
referral_ask	like ~number	-0.0254
referral_ask	linkedin	-0.1463
referral_ask	long	-0.0233
referral_ask	look	-0.0836
referral_ask	look like	-0.0367
referral_ask	look to	-0.0215
referral_ask	lot	-0.0942
referral_ask	lot of	-0.0921
referral_ask	love	0.2158
referral_ask	love a	0.1064
referral_ask	love an	0.0758
referral_ask	love it	-0.0228
referral_ask	love to	0.0734
referral_ask	love ~number	0.1822
referral_ask	made	0.0911
referral_ask	made the	0.1083
referral_ask	made ~number	0.1057
referral_ask	main	-0.0861
referral_ask	make	-0.0939
referral_ask	make sens	0.0352
referral_ask	make someon	-0.0378
referral_ask	make the	-0.0551
referral_ask	make ~insight	0.0352
referral_ask	make ~number	-0.0671
referral_ask	make ~people	-0.0378
referral_ask	manag	0.0556
referral_ask	manag who	0.1769
referral_ask	manag ~people	0.1769
referral_ask	matter	-0.0666
referral_ask	matter most	-0.0307
referral_ask	may	-0.026
referral_ask	mba	0.0544
referral_ask	me	0.374
referral_ask	me about	-0.0442
referral_ask	me an	-0.1469
referral_ask	me for	-0.071
referral_ask	me in	0.2975
referral_ask	me know	-0.0749
referral_ask	me through	-0.0504
referral_ask	me to	0.1845
referral_ask	me toward	0.384
referral_ask	me when	-0.0331
referral_ask	me who	0.0287
referral_ask	me with	0.1955
referral_ask	me ~learn	-0.0858
referral_ask	me ~number	-0.1335
referral_ask	me ~people	0.0287
referral_ask	meet	0.0353
referral_ask	meet you	-0.0839
referral_ask	meetup	-0.0785
referral_ask	mention	0.2212
referral_ask	might	0.5292
referral_ask	might be	0.1033
referral_ask	might ~contactverb	0.1719
referral_ask	might ~talk	0.1719
referral_ask	mind	0.352
referral_ask	mind if	-0.0847
referral_ask	mind of	0.0747
referral_ask	minut	-0.0567
referral_ask	month	-0.1117
referral_ask	month to	-0.0355
referral_ask	more	-0.1549
referral_ask	more question	-0.0811
referral_ask	morn	-0.036
referral_ask	most	-0.2261
referral_ask	most close	-0.0747
referral_ask	most in	-0.0295
referral_ask	move	-0.048
referral_ask	move into	-0.0365
referral_ask	much	-0.0967
referral_ask	much for	-0.0244
referral_ask	my	-0.0604
referral_ask	my background	-0.0463
referral_ask	my main	-0.023
referral_ask	my resum	-0.123
referral_ask	my ~application	-0.1287
referral_ask	my ~job	-0.0463
referral_ask	name	0.1474
referral_ask	name of	0.105
referral_ask	need	-0.1806
referral_ask	need a	-0.0221
referral_ask	need to	-0.0324
referral_ask	need ~number	-0.0257
referral_ask	network	0.4544
referral_ask	network i	0.1872
referral_ask	network who	0.058
referral_ask	network ~people	0.058
referral_ask	new	-0.0353
referral_ask	newcom	-0.0302
referral_ask	newcom to	-0.0293
referral_ask	newslett	-0.0591
referral_ask	next	0.2173
referral_ask	no	-0.0591
referral_ask	nonprofit	-0.125
referral_ask	not	-0.0682
referral_ask	not suppos	0.0722
referral_ask	not ~want	-0.0206
referral_ask	note	-0.0274
referral_ask	now	-0.2044
referral_ask	nurs	-0.0292
referral_ask	nurs in	0.0286
referral_ask	of	0.0544
referral_ask	of ani	-0.0305
referral_ask	of anyth	-0.0346
referral_ask	of month	-0.0773
referral_ask	of peopl	0.2326
referral_ask	of the	-0.073
referral_ask	of this	-0.0248
referral_ask	of time	0.0856
referral_ask	of your	0.1241
referral_ask	of ~duration	-0.0773
referral_ask	of ~limit	0.0856
referral_ask	of ~number	-0.0696
referral_ask	of ~people	0.3042
referral_ask	offic	-0.0208
referral_ask	ok	-0.2394
referral_ask	ok i	-0.0453
referral_ask	ok if	-0.0323
referral_ask	ok that	-0.0255
referral_ask	ok to	-0.0823
referral_ask	old	0.0736
referral_ask	on	-0.08
referral_ask	on a	-0.0369
referral_ask	on linkedin	-0.1203
referral_ask	on my	-0.0378
referral_ask	on the	0.3981
referral_ask	on whether	-0.022
referral_ask	on your	0.0469
referral_ask	on ~number	0.3585
referral_ask	onc	-0.0532
referral_ask	onc i	-0.047
referral_ask	one last	0.0859
referral_ask	one more	-0.0306
referral_ask	onlin	-0.0463
referral_ask	onlin ~degree	-0.028
referral_ask	open on	-0.0431
referral_ask	open to	0.1748
referral_ask	open up	-0.0318
referral_ask	or	-0.5257
referral_ask	or did	-0.0329
referral_ask	or is	-0.0206
referral_ask	or newslett	-0.0591
referral_ask	or ~number	-0.0639
referral_ask	or ~studyverb	-0.0329
referral_ask	organiz	-0.0601
referral_ask	other	0.3376
referral_ask	other folk	0.1618
referral_ask	other peopl	0.1688
referral_ask	other ~people	0.377
referral_ask	our	0.0944
referral_ask	out	0.1662
referral_ask	out again	-0.0347
referral_ask	out of	0.064
referral_ask	out to	0.3304
referral_ask	out ~later	-0.0347
referral_ask	outreach	-0.0986
referral_ask	over	-0.0617
referral_ask	own	-0.0204
referral_ask	paper	-0.027
referral_ask	paper lantern	-0.027
referral_ask	part	-0.0598
referral_ask	part of	-0.0489
referral_ask	pass	-0.0363
referral_ask	pass my	-0.0285
referral_ask	path	-0.0338
referral_ask	patient	-0.0275
referral_ask	peopl	-0.1291
referral_ask	peopl get	-0.0474
referral_ask	peopl i	0.1119
referral_ask	peopl in	0.046
referral_ask	peopl say	-0.038
referral_ask	peopl who	-0.1175
referral_ask	peopl you	-0.0214
referral_ask	peopl ~learn	-0.0474
referral_ask	peopl ~people	-0.1175
referral_ask	person	0.0548
referral_ask	perspect	0.2668
referral_ask	phd	-0.0219
referral_ask	pick	0.4084
referral_ask	place	-0.0283
referral_ask	pleas	-0.0508
referral_ask	pleas let	-0.0283
referral_ask	podcast	-0.0445
referral_ask	podcast or	-0.0224
referral_ask	point	0.2259
referral_ask	point me	0.3179
referral_ask	point of	-0.0251
referral_ask	polici	0.0545
referral_ask	portfolio	-0.04
referral_ask	posit	-0.0859
referral_ask	possibl	0.292
referral_ask	possibl to	0.292
referral_ask	practic	-0.073
referral_ask	product	0.2398
referral_ask	project	-0.135
referral_ask	project you	-0.025
referral_ask	promis	-0.0211
referral_ask	public	-0.0516
referral_ask	put	0.3373
referral_ask	put in	-0.0238
referral_ask	put me	0.3678
referral_ask	question	-0.1565
referral_ask	question ~later	-0.0435
referral_ask	quick	0.1687
referral_ask	quick call	0.1644
referral_ask	quick chat	0.0498
referral_ask	quick ~contactverb	0.1493
referral_ask	quick ~talk	0.1991
referral_ask	rather	-0.0482
referral_ask	rather than	-0.0341
referral_ask	reach	0.2516
referral_ask	reach out	0.2877
referral_ask	read	-0.1423
referral_ask	read ~number	-0.0363
referral_ask	realli	-0.1277
referral_ask	realli appreci	-0.0537
referral_ask	realli ~want	-0.0639
referral_ask	reason	-0.0256
referral_ask	recommend	0.2299
referral_ask	recommend for	-0.0216
referral_ask	recommend i	0.3215
referral_ask	recommend to	-0.1125
referral_ask	recruit	-0.0958
referral_ask	refer	-0.0458
referral_ask	referr	-0.0319
referral_ask	remot	-0.0563
referral_ask	report	-0.1868
referral_ask	report to	-0.0786
referral_ask	research	0.0696
referral_ask	research with	-0.0793
referral_ask	resum	-0.124
referral_ask	resum to	-0.0943
referral_ask	return	-0.0371
referral_ask	right	-0.2032
referral_ask	right now	-0.1279
referral_ask	risk	-0.0763
referral_ask	risk peopl	-0.0216
referral_ask	risk ~people	-0.0216
referral_ask	role	-0.16
referral_ask	rout	0.1652
referral_ask	run	0.2217
referral_ask	sale	0.0692
referral_ask	sam	-0.0304
referral_ask	say	-0.1042
referral_ask	say ~number	-0.0234
referral_ask	school	-0.0302
referral_ask	scienc	-0.0953
referral_ask	sector	-0.0262
referral_ask	see	-0.0788
referral_ask	see if	-0.0547
referral_ask	send	-0.0915
referral_ask	send me	0.0205
referral_ask	send you	-0.034
referral_ask	sens	0.0341
referral_ask	separ	-0.03
referral_ask	shall	-0.0852
referral_ask	shall project	-0.0207
referral_ask	share	0.2139
referral_ask	share the	0.046
referral_ask	share what	0.2014
referral_ask	share ~number	0.046
referral_ask	shift	-0.0252
referral_ask	short	-0.0289
referral_ask	should	0.385
referral_ask	should i	0.0378
referral_ask	should talk	-0.0235
referral_ask	should ~people	0.0795
referral_ask	should ~talk	0.3472
referral_ask	side	0.4279
referral_ask	side if	0.0371
referral_ask	side of	-0.0223
referral_ask	skill	-0.0869
referral_ask	so	-0.031
referral_ask	so far	-0.0219
referral_ask	so i	0.1596
referral_ask	so if	-0.0932
referral_ask	so much	-0.0448
referral_ask	so you	-0.0261
referral_ask	so ~number	0.0934
referral_ask	some	0.1001
referral_ask	someon	0.2189
referral_ask	someon at	0.0809
referral_ask	someon curious	-0.0923
referral_ask	someon good	-0.0378
referral_ask	someon in	0.1284
referral_ask	someon on	0.3335
referral_ask	someon tri	-0.0489
referral_ask	someon who	0.0863
referral_ask	someon ~people	0.0863
referral_ask	someon ~want	-0.2024
referral_ask	someth	-0.0402
referral_ask	someth i	-0.0248
referral_ask	sorri	-0.0967
referral_ask	sorri i	-0.0235
referral_ask	sorri my	-0.0533
referral_ask	sound	-0.0223
referral_ask	speak	0.1249
referral_ask	speak to	0.0507
referral_ask	speak with	0.1586
referral_ask	squeez	-0.0261
referral_ask	squeez me	-0.0261
referral_ask	staff	-0.0202
referral_ask	start	-0.2638
referral_ask	start out	-0.12
referral_ask	stay	-0.1454
referral_ask	stay in	-0.1276
referral_ask	step	-0.0402
referral_ask	still	-0.1698
referral_ask	stop	-0.0368
referral_ask	stori	0.1086
referral_ask	straight	-0.0875
referral_ask	structur	-0.0239
referral_ask	student	-0.0729
referral_ask	suggest a	0.14
referral_ask	suggest an	-0.0415
referral_ask	suggest for	-0.0242
referral_ask	suggest i	0.1022
referral_ask	suggest ~number	0.0985
referral_ask	suit	-0.0646
referral_ask	suit me	-0.0508
referral_ask	summer	-0.0437
referral_ask	support	-0.0269
referral_ask	suppos	0.0722
referral_ask	switch	0.0748
referral_ask	switch from	0.106
referral_ask	take	-0.1234
referral_ask	take on	-0.0336
referral_ask	take the	-0.02
referral_ask	take ~number	-0.0282
referral_ask	taken	-0.0296
referral_ask	talk	0.3299
referral_ask	talk to	0.4428
referral_ask	talk with	-0.0282
referral_ask	task	-0.0832
referral_ask	task you	-0.067
referral_ask	teach	0.0578
referral_ask	team	-0.0279
referral_ask	team be	0.1445
referral_ask	team work	-0.0549
referral_ask	team ~gatekeeper	-0.0478
referral_ask	team ~learn	-0.0494
referral_ask	team ~workverb	-0.0519
referral_ask	technician	-0.0379
referral_ask	tell	-0.0697
referral_ask	tell me	-0.055
referral_ask	test	-0.086
referral_ask	test whether	-0.0286
referral_ask	than	-0.0712
referral_ask	than a	-0.0232
referral_ask	than ~number	-0.0232
referral_ask	thank	-0.2048
referral_ask	thank so	-0.0322
referral_ask	thank you	-0.1168
referral_ask	that	-0.2385
referral_ask	that cover	-0.033
referral_ask	that i	0.0991
referral_ask	that is	-0.1839
referral_ask	that make	0.053
referral_ask	that ~want	-0.0334
referral_ask	the	-0.3827
referral_ask	the agenc	0.1762
referral_ask	the bank	-0.0242
referral_ask	the big	-0.0717
referral_ask	the biggest	-0.0228
referral_ask	the bootcamp	0.1078
referral_ask	the data	0.1027
referral_ask	the field	-0.0349
referral_ask	the hire	-0.0635
referral_ask	the job	-0.0461
referral_ask	the junior	-0.0282
referral_ask	the point	-0.0275
referral_ask	the polici	0.0333
referral_ask	the switch	0.0942
referral_ask	the team	-0.0549
referral_ask	the time	-0.0407
referral_ask	the transit	-0.0339
referral_ask	the ~contactverb	0.0564
referral_ask	the ~degree	0.1438
referral_ask	the ~gatekeeper	-0.069
referral_ask	the ~hiring	-0.0808
referral_ask	the ~job	-0.0816
referral_ask	the ~learn	0.0376
referral_ask	the ~limit	-0.0455
referral_ask	the ~org	0.0814
referral_ask	the ~people	-0.0207
referral_ask	the ~talk	0.0558
referral_ask	their	0.4009
referral_ask	their first	0.2173
referral_ask	them	0.061
referral_ask	then	-0.024
referral_ask	there	0.3712
referral_ask	there ani	-0.0759
referral_ask	there anyon	0.0828
referral_ask	there anyth	-0.11
referral_ask	there book	-0.0383
referral_ask	there is	0.0305
referral_ask	there other	0.2728
referral_ask	there profession	-0.0504
referral_ask	there someon	0.2056
referral_ask	there someth	-0.031
referral_ask	there ~people	0.599
referral_ask	there ~student	-0.0504
referral_ask	thing	0.0513
referral_ask	think	0.3036
referral_ask	think i	0.2331
referral_ask	think that	0.02
referral_ask	think we	-0.0309
referral_ask	think would	0.0666
referral_ask	think you	-0.043
referral_ask	think ~want	0.0666
referral_ask	this	-0.2671
referral_ask	this career	-0.0305
referral_ask	this field	-0.0369
referral_ask	this work	-0.0367
referral_ask	this ~learn	-0.0367
referral_ask	this ~talk	-0.0406
referral_ask	this ~workverb	-0.0367
referral_ask	thought	-0.0438
referral_ask	through	-0.0911
referral_ask	through a	-0.0318
referral_ask	through ~number	-0.033
referral_ask	time	-0.0734
referral_ask	time so	0.0906
referral_ask	time to	-0.0206
referral_ask	to	0.0876
referral_ask	to a	0.1498
referral_ask	to about	0.2946
referral_ask	to ask	-0.0738
referral_ask	to be	-0.0398
referral_ask	to chat	0.0435
referral_ask	to connect	-0.0417
referral_ask	to day	-0.033
referral_ask	to forward	-0.0344
referral_ask	to get	0.1443
referral_ask	to hear	0.127
referral_ask	to help	-0.0578
referral_ask	to hour	-0.041
referral_ask	to know	0.1238
referral_ask	to learn	-0.0664
referral_ask	to let	-0.042
referral_ask	to mind	0.1614
referral_ask	to next	0.0287
referral_ask	to pass	-0.0256
referral_ask	to pick	0.0296
referral_ask	to see	-0.0547
referral_ask	to someon	-0.1125
referral_ask	to stay	-0.1158
referral_ask	to talk	0.2677
referral_ask	to test	-0.0407
referral_ask	to the	-0.1477
referral_ask	to tri	-0.0272
referral_ask	to understand	-0.0612
referral_ask	to work	-0.0363
referral_ask	to you	-0.0559
referral_ask	to your	-0.0957
referral_ask	to ~closing	-0.033
referral_ask	to ~gatekeeper	-0.0939
referral_ask	to ~help	-0.0815
referral_ask	to ~learn	0.1251
referral_ask	to ~limit	-0.074
referral_ask	to ~number	0.0572
referral_ask	to ~people	-0.073
referral_ask	to ~sendverb	-0.0627
referral_ask	to ~student	-0.0348
referral_ask	to ~talk	0.081
referral_ask	to ~timeunit	-0.041
referral_ask	to ~want	-0.0272
referral_ask	to ~workverb	-0.0478
referral_ask	today	-0.079
referral_ask	tonight	-0.0321
referral_ask	too	0.1626
referral_ask	tool	-0.0287
referral_ask	touch	0.1601
referral_ask	touch with	0.2615
referral_ask	toward	0.3787
referral_ask	transit	-0.0339
referral_ask	tri	-0.1526
referral_ask	tri to	-0.1145
referral_ask	two	-0.0465
referral_ask	typic	-0.0419
referral_ask	typic week	-0.0242
referral_ask	typic ~closing	-0.0295
referral_ask	understand	-0.0647
referral_ask	understand the	-0.0206
referral_ask	understand what	-0.0261
referral_ask	understand ~number	-0.0206
referral_ask	up	-0.0788
referral_ask	up for	0.1329
referral_ask	up with	-0.021
referral_ask	us	0.0724
referral_ask	us leav	-0.0215
referral_ask	use	-0.1282
referral_ask	use to	-0.0632
referral_ask	user	-0.0312
referral_ask	user research	-0.0211
referral_ask	user ~learn	-0.0211
referral_ask	usual	-0.2321
referral_ask	ux	0.2467
referral_ask	ux research	0.2485
referral_ask	ux ~learn	0.25
referral_ask	vacanc	-0.0214
referral_ask	volunt	-0.0356
referral_ask	walk	-0.0504
referral_ask	walk me	-0.0504
referral_ask	want	-0.2165
referral_ask	want to	-0.1718
referral_ask	was	0.0737
referral_ask	was your	-0.0773
referral_ask	way	-0.1523
referral_ask	way i	-0.0908
referral_ask	way to	-0.045
referral_ask	we	-0.0923
referral_ask	we are	0.0296
referral_ask	we can	-0.0309
referral_ask	we have	-0.0215
referral_ask	week	-0.1182
referral_ask	week on	-0.0204
referral_ask	weekend	-0.0247
referral_ask	went	0.1006
referral_ask	were	0.3974
referral_ask	were in	0.4394
referral_ask	were start	-0.0396
referral_ask	what	-0.7359
referral_ask	what advic	-0.0218
referral_ask	what are	-0.034
referral_ask	what could	-0.0201
referral_ask	what do	-0.0613
referral_ask	what doe	-0.0307
referral_ask	what i	-0.044
referral_ask	what is	-0.1286
referral_ask	what kind	-0.0342
referral_ask	what make	-0.0534
referral_ask	what should	-0.032
referral_ask	what skill	-0.0386
referral_ask	what would	-0.1903
referral_ask	what ~help	-0.0613
referral_ask	what ~insight	-0.0218
referral_ask	what ~want	-0.1903
referral_ask	when	-0.0707
referral_ask	when i	-0.0329
referral_ask	when you	-0.0277
referral_ask	where	-0.122
referral_ask	where can	-0.0273
referral_ask	where do	-0.0388
referral_ask	where doe	-0.02
referral_ask	where ~help	-0.0388
referral_ask	whether	-0.0766
referral_ask	whether this	-0.0391
referral_ask	whi	-0.0436
referral_ask	which	-0.0816
referral_ask	which book	-0.0374
referral_ask	which of	0.0884
referral_ask	which ~student	-0.021
referral_ask	who	0.8676
referral_ask	who do	0.0733
referral_ask	who els	0.239
referral_ask	who have	-0.0974
referral_ask	who is	0.0348
referral_ask	who might	0.351
referral_ask	who work	0.0209
referral_ask	who would	0.2311
referral_ask	who ~help	0.0733
referral_ask	who ~learn	0.0209
referral_ask	who ~want	0.2311
referral_ask	who ~workverb	0.0209
referral_ask	will	-0.3162
referral_ask	will be	-0.0206
referral_ask	will let	-0.0741
referral_ask	will send	-0.0275
referral_ask	will to	0.0627
referral_ask	will ~sendverb	-0.0494
referral_ask	wish	-0.0446
referral_ask	wish you	-0.0318
referral_ask	with	0.2556
referral_ask	with anyth	-0.0321
referral_ask	with most	-0.0747
referral_ask	with peopl	-0.2249
referral_ask	with someon	0.245
referral_ask	with the	-0.0471
referral_ask	with you	-0.1157
referral_ask	with your	-0.1274
referral_ask	with ~number	-0.0565
referral_ask	with ~people	0.0201
referral_ask	without	-0.0234
referral_ask	without a	-0.0234
referral_ask	without ~number	-0.0234
referral_ask	word	-0.0261
referral_ask	word for	-0.0238
referral_ask	work	-0.4292
referral_ask	work at	-0.042
referral_ask	work on	-0.0218
referral_ask	work with	-0.1064
referral_ask	worth	0.0743
referral_ask	worth the	-0.0426
referral_ask	worth ~number	-0.0472
referral_ask	worth ~talk	0.1779
referral_ask	would	0.928
referral_ask	would an	-0.0477
referral_ask	would be	0.1754
referral_ask	would it	0.1933
referral_ask	would like	-0.0528
referral_ask	would love	0.269
referral_ask	would point	0.154
referral_ask	would suggest	0.0321
referral_ask	would you	0.3139
referral_ask	would your	-0.054
referral_ask	would ~help	-0.0493
referral_ask	would ~number	-0.0576
referral_ask	write	-0.1231
referral_ask	yeah	-0.0372
referral_ask	year	0.1057
referral_ask	year in	-0.023
referral_ask	yesterday	-0.0374
referral_ask	you	0.1307
referral_ask	you a	-0.0592
referral_ask	you advic	-0.0885
referral_ask	you are	-0.071
referral_ask	you be	-0.029
referral_ask	you could	0.1361
referral_ask	you describ	-0.0622
referral_ask	you do	-0.064
referral_ask	you ever	-0.1136
referral_ask	you find	-0.0545
referral_ask	you for	-0.0418
referral_ask	you get	-0.0405
referral_ask	you give	-0.0378
referral_ask	you go	-0.0549
referral_ask	you have	0.1691
referral_ask	you hear	-0.0222
referral_ask	you if	-0.0318
referral_ask	you in	-0.0649
referral_ask	you introduc	0.0966
referral_ask	you keep	-0.0601
referral_ask	you know	0.2923
referral_ask	you let	-0.0343
referral_ask	you meet	-0.0983
referral_ask	you mention	0.2478
referral_ask	you mind	0.2611
referral_ask	you need	-0.0341
referral_ask	you on	-0.0561
referral_ask	you pick	0.4735
referral_ask	you recommend	0.2764
referral_ask	you say	-0.0543
referral_ask	you start	-0.044
referral_ask	you still	-0.1376
referral_ask	you tell	-0.0408
referral_ask	you think	0.4481
referral_ask	you to	-0.0519
referral_ask	you walk	-0.034
referral_ask	you were	0.4102
referral_ask	you wish	-0.0446
referral_ask	you work	-0.1183
referral_ask	you would	0.0292
referral_ask	you ~help	-0.1265
referral_ask	you ~insight	-0.0905
referral_ask	you ~learn	0.5161
referral_ask	you ~number	-0.0707
referral_ask	you ~talk	0.0235
referral_ask	you ~workverb	-0.1219
referral_ask	your	-0.1997
referral_ask	your app	-0.0203
referral_ask	your career	-0.0463
referral_ask	your colleagu	0.0254
referral_ask	your compani	-0.0737
referral_ask	your depart	-0.0377
referral_ask	your firm	0.0729
referral_ask	your game	-0.0523
referral_ask	your main	-0.0582
referral_ask	your network	0.2453
referral_ask	your old	0.0852
referral_ask	your time	-0.0269
referral_ask	your work	-0.0226
referral_ask	your ~closing	-0.0486
referral_ask	your ~degree	-0.0589
referral_ask	your ~gatekeeper	-0.0278
referral_ask	your ~insight	-0.0288
referral_ask	your ~job	-0.0248
referral_ask	your ~learn	-0.0232
referral_ask	your ~limit	-0.0683
referral_ask	your ~org	-0.1582
referral_ask	your ~people	0.0423
referral_ask	your ~talk	0.2453
referral_ask	your ~workverb	-0.0226
referral_ask	~application	-0.1328
referral_ask	~application to	-0.0971
referral_ask	~closing	-0.2508
referral_ask	~closing on	-0.0204
referral_ask	~closing to	-0.0389
referral_ask	~contactverb	0.39
referral_ask	~contactverb out	0.2468
referral_ask	~contactverb with	0.2054
referral_ask	~contactverb you	-0.1161
referral_ask	~degree	-0.0884
referral_ask	~degree at	0.0918
referral_ask	~degree be	-0.0477
referral_ask	~degree in	-0.022
referral_ask	~degree program	-0.0329
referral_ask	~degree rout	0.1748
referral_ask	~duration in	-0.0348
referral_ask	~gatekeeper	-0.1945
referral_ask	~gatekeeper manag	-0.0294
referral_ask	~gatekeeper right	-0.0984
referral_ask	~help	-0.6092
referral_ask	~help me	-0.0338
referral_ask	~help most	-0.027
referral_ask	~help peopl	-0.0763
referral_ask	~help someon	-0.0599
referral_ask	~help the	-0.0218
referral_ask	~help to	-0.0765
referral_ask	~help with	-0.1319
referral_ask	~help you	0.0651
referral_ask	~hiring	-0.258
referral_ask	~hiring manag	-0.0294
referral_ask	~hiring right	-0.0984
referral_ask	~insight	-0.0737
referral_ask	~insight for	-0.0331
referral_ask	~insight into	-0.0211
referral_ask	~insight on	-0.0421
referral_ask	~insight someon	-0.0885
referral_ask	~insight the	-0.0387
referral_ask	~insight to	-0.0202
referral_ask	~insight would	-0.0218
referral_ask	~job	-0.558
referral_ask	~job go	-0.0208
referral_ask	~job i	-0.0634
referral_ask	~job in	-0.0482
referral_ask	~job on	-0.0431
referral_ask	~job open	-0.033
referral_ask	~later	-0.1643
referral_ask	~later in	-0.0569
referral_ask	~learn	0.1397
referral_ask	~learn a	-0.1013
referral_ask	~learn an	0.2465
referral_ask	~learn ani	0.1888
referral_ask	~learn anyon	0.1803
referral_ask	~learn at	-0.0292
referral_ask	~learn how	-0.0821
referral_ask	~learn if	0.3392
referral_ask	~learn into	-0.0961
referral_ask	~learn it	-0.0328
referral_ask	~learn me	-0.1622
referral_ask	~learn out	-0.0254
referral_ask	~learn the	-0.033
referral_ask	~learn their	0.1683
referral_ask	~learn to	0.1189
referral_ask	~learn we	0.0725
referral_ask	~learn what	-0.0267
referral_ask	~learn with	-0.1857
referral_ask	~learn you	-0.058
referral_ask	~learn your	-0.0298
referral_ask	~limit	-0.3498
referral_ask	~limit i	-0.0226
referral_ask	~limit or	-0.0628
referral_ask	~limit so	0.0784
referral_ask	~limit to	-0.0536
referral_ask	~number	-0.2837
referral_ask	~number agenc	0.1717
referral_ask	~number bank	-0.027
referral_ask	~number beginn	-0.0519
referral_ask	~number big	-0.0971
referral_ask	~number biggest	-0.0228
referral_ask	~number bit	-0.0854
referral_ask	~number bootcamp	0.0954
referral_ask	~number career	-0.075
referral_ask	~number colleagu	0.2395
referral_ask	~number confer	-0.0327
referral_ask	~number coupl	0.2514
referral_ask	~number data	0.0974
referral_ask	~number degre	-0.0266
referral_ask	~number design	-0.0211
referral_ask	~number exercis	-0.0551
referral_ask	~number few	-0.1385
referral_ask	~number field	-0.1157
referral_ask	~number first	-0.0322
referral_ask	~number good	-0.0514
referral_ask	~number great	-0.0333
referral_ask	~number hire	-0.0635
referral_ask	~number interview	-0.2036
referral_ask	~number intro	0.0379
referral_ask	~number introduct	0.362
referral_ask	~number job	-0.0821
referral_ask	~number junior	0.1893
referral_ask	~number last	0.0716
referral_ask	~number lot	-0.0942
referral_ask	~number mba	0.0544
referral_ask	~number minut	-0.0393
referral_ask	~number month	-0.0241
referral_ask	~number more	-0.062
referral_ask	~number name	0.057
referral_ask	~number newcom	-0.0302
referral_ask	~number nonprofit	-0.0204
referral_ask	~number nurs	0.1471
referral_ask	~number of	0.3357
referral_ask	~number onlin	-0.028
referral_ask	~number open	-0.0376
referral_ask	~number peopl	-0.1018
referral_ask	~number point	-0.0275
referral_ask	~number polici	0.0257
referral_ask	~number portfolio	-0.0272
referral_ask	~number posit	-0.024
referral_ask	~number product	0.0609
referral_ask	~number project	-0.0241
referral_ask	~number quick	0.1887
referral_ask	~number research	0.0481
referral_ask	~number shall	-0.0423
referral_ask	~number student	-0.025
referral_ask	~number switch	0.0942
referral_ask	~number team	-0.0562
referral_ask	~number technician	-0.026
referral_ask	~number time	-0.0407
referral_ask	~number transit	-0.0339
referral_ask	~number typic	-0.0328
referral_ask	~number week	-0.0267
referral_ask	~number year	-0.0512
referral_ask	~org	0.3257
referral_ask	~org be	0.1445
referral_ask	~org ever	-0.0245
referral_ask	~org i	0.0896
referral_ask	~org if	0.0371
referral_ask	~org lantern	-0.027
referral_ask	~org of	-0.0236
referral_ask	~org or	-0.0438
referral_ask	~org who	0.2581
referral_ask	~org work	-0.062
referral_ask	~org you	0.2056
referral_ask	~people	2.1238
referral_ask	~people at	0.3284
referral_ask	~people come	0.1614
referral_ask	~people curious	-0.0923
referral_ask	~people do	0.1113
referral_ask	~people els	0.5124
referral_ask	~people from	0.0402
referral_ask	~people get	-0.0474
referral_ask	~people good	-0.0378
referral_ask	~people have	-0.1014
referral_ask	~people i	0.2561
referral_ask	~people in	0.3868
referral_ask	~people is	0.0348
referral_ask	~people last	0.0859
referral_ask	~people might	0.351
referral_ask	~people more	-0.0306
referral_ask	~people of	0.2504
referral_ask	~people on	0.4364
referral_ask	~people say	-0.038
referral_ask	~people tri	-0.0489
referral_ask	~people usual	-0.0595
referral_ask	~people who	0.0823
referral_ask	~people with	-0.0751
referral_ask	~people work	0.0209
referral_ask	~people would	0.3283
referral_ask	~people you	0.3048
referral_ask	~sendverb	-0.0598
referral_ask	~sendverb me	0.0205
referral_ask	~sendverb my	-0.1292
referral_ask	~sendverb the	0.046
referral_ask	~sendverb what	0.2014
referral_ask	~sendverb you	-0.1419
referral_ask	~student	-0.2348
referral_ask	~student design	0.2242
referral_ask	~student on	0.2388
referral_ask	~student peopl	-0.021
referral_ask	~studyverb	-0.3029
referral_ask	~studyverb a	-0.0405
referral_ask	~studyverb research	-0.0794
referral_ask	~studyverb you	-0.1225
referral_ask	~talk	1.5
referral_ask	~talk at	-0.1109
referral_ask	~talk for	-0.0284
referral_ask	~talk i	0.2145
referral_ask	~talk me	0.2012
referral_ask	~talk on	-0.0325
referral_ask	~talk out	0.3036
referral_ask	~talk to	0.4935
referral_ask	~talk who	0.058
referral_ask	~talk with	0.3567
referral_ask	~talk you	-0.2892
referral_ask	~timeunit	-0.178
referral_ask	~timeunit or	-0.0482
referral_ask	~want	0.1904
referral_ask	~want a	-0.0609
referral_ask	~want about	-0.0989
referral_ask	~want an	-0.053
referral_ask	~want appreci	-0.0537
referral_ask	~want be	0.1754
referral_ask	~want i	-0.1037
referral_ask	~want it	0.1674
referral_ask	~want like	-0.0543
referral_ask	~want love	0.269
referral_ask	~want point	0.154
referral_ask	~want start	-0.0531
referral_ask	~want suggest	0.0321
referral_ask	~want this	-0.0268
referral_ask	~want to	-0.2868
referral_ask	~want you	0.2564
referral_ask	~want your	-0.0796
referral_ask	~workverb	-0.4295
referral_ask	~workverb at	-0.0496
referral_ask	~workverb on	-0.0218
referral_ask	~workverb the	-0.0201
referral_ask	~workverb with	-0.1084
follow_up	*	-2.9691
follow_up	20	-0.0679
follow_up	20 minut	-0.0679
follow_up	20 ~limit	-0.0679
follow_up	20 ~timeunit	-0.0679
follow_up	?	-0.4657
follow_up	^alright	-0.1101
follow_up	^ani	-0.1322
follow_up	^anyon	-0.0266
follow_up	^anyway	-0.0669
follow_up	^are	-0.1442
follow_up	^can	0.6462
follow_up	^cheer	-0.06
follow_up	^could	0.0452
follow_up	^did	-0.0464
follow_up	^do	-0.1861
follow_up	^great	-0.0214
follow_up	^happi	-0.0862
follow_up	^have	-0.0541
follow_up	^hi	-0.0287
follow_up	^how	-0.3142
follow_up	^i	0.5922
follow_up	^if	-0.237
follow_up	^is	-0.1812
follow_up	^just	-0.0382
follow_up	^let	0.0313
follow_up	^love	-0.031
follow_up	^mind	0.2602
follow_up	^my	-0.036
follow_up	^no	-0.0701
follow_up	^oh	-0.0335
follow_up	^ok	-0.1027
follow_up	^pleas	-0.0468
follow_up	^right	-0.1555
follow_up	^should	-0.0575
follow_up	^so	-0.0236
follow_up	^sorri	-0.0639
follow_up	^that	-0.1364
follow_up	^was	-0.0258
follow_up	^we	-0.1182
follow_up	^well	-0.1217
follow_up	^what	-0.4156
follow_up	^where	-0.1172
follow_up	^whi	-0.0368
follow_up	^which	-0.1364
follow_up	^who	-0.1517
follow_up	^would	0.4087
follow_up	^yeah	-0.0373
follow_up	^you	-0.0226
follow_up	a beginn	-0.0215
follow_up	a bit	-0.0558
follow_up	a career	-0.069
follow_up	a colleagu	-0.0226
follow_up	a coupl	0.1811
follow_up	a degre	-0.0449
follow_up	a few	0.0812
follow_up	a good	-0.0916
follow_up	a hand	-0.0285
follow_up	a job	-0.0238
follow_up	a line	0.0601
follow_up	a lot	-0.0422
follow_up	a program	0.1456
follow_up	a question	0.0661
follow_up	a referr	-0.0303
follow_up	a shall	-0.0212
follow_up	a short	0.1021
follow_up	a thank	0.1327
follow_up	a typic	-0.0322
follow_up	a ~degree	0.0421
follow_up	a ~duration	-0.0203
follow_up	a ~job	-0.0457
follow_up	a ~number	0.2623
follow_up	a ~org	-0.0304
follow_up	a ~people	-0.0226
follow_up	a ~student	-0.0925
follow_up	abil	-0.0344
follow_up	about	-0.3163
follow_up	about consult	-0.0266
follow_up	about it	-0.0303
follow_up	about the	-0.0877
follow_up	about your	-0.0377
follow_up	about ~number	-0.1088
follow_up	academia	-0.0549
follow_up	actual	-0.0494
follow_up	add	0.2884
follow_up	add you	0.2884
follow_up	advic	-0.0563
follow_up	after	0.2668
follow_up	after a	-0.0489
follow_up	after the	0.1146
follow_up	after ~number	0.0571
follow_up	afternoon	0.0924
follow_up	again	0.3479
follow_up	again in	0.2921
follow_up	agenc	-0.0432
follow_up	agre	-0.0938
follow_up	all my	-0.0364
follow_up	all right	0.1877
follow_up	all the	-0.0367
follow_up	all this	-0.023
follow_up	all ~number	-0.0367
follow_up	along	-0.1587
follow_up	alreadi	-0.0802
follow_up	alright	-0.0425
follow_up	alright i	-0.1038
follow_up	am	-0.3631
follow_up	am a	-0.0426
follow_up	am around	-0.0244
follow_up	am finish	-0.0209
follow_up	am go	0.0865
follow_up	am here	-0.0263
follow_up	am not	-0.0236
follow_up	am ~number	-0.0491
follow_up	am ~studyverb	-0.0209
follow_up	am ~want	-0.1126
follow_up	an	-0.0389
follow_up	an eye	0.0605
follow_up	an intro	-0.0203
follow_up	an introduct	-0.0309
follow_up	analyst	-0.0631
follow_up	and	0.2094
follow_up	and i	0.132
follow_up	and now	-0.0442
follow_up	ani	-0.467
follow_up	ani chanc	-0.0396
follow_up	ani more	-0.0365
follow_up	ani way	-0.0305
follow_up	ani ~people	-0.0415
follow_up	anoth	-0.0324
follow_up	anyon	-0.2308
follow_up	anyon els	-0.0699
follow_up	anyon on	-0.0256
follow_up	anyth	0.0518
follow_up	anyth i	-0.0342
follow_up	anyway	-0.0669
follow_up	anyway i	-0.0669
follow_up	app	-0.0433
follow_up	appli	-0.032
follow_up	applic	0.086
follow_up	appreci	-0.1165
follow_up	appreci it	-0.0413
follow_up	appreci you	-0.0392
follow_up	are	-0.5671
follow_up	are the	-0.0367
follow_up	are there	-0.0931
follow_up	are you	-0.0783
follow_up	are ~number	-0.0722
follow_up	around	-0.0244
follow_up	articl	0.1628
follow_up	articl i	0.1464
follow_up	as	-0.1177
follow_up	as a	-0.0736
follow_up	as ~number	-0.0831
follow_up	ask	-0.0536
follow_up	associ	-0.0318
follow_up	at	-0.4049
follow_up	at a	-0.0473
follow_up	at that	-0.0776
follow_up	at the	-0.0895
follow_up	at ~number	-0.1449
follow_up	back	0.2765
follow_up	back after	0.2142
follow_up	back to	0.0504
follow_up	back ~want	0.2142
follow_up	bank	-0.0692
follow_up	be	-0.0978
follow_up	be glad	-0.0386
follow_up	be happi	-0.0238
follow_up	be mind	-0.0337
follow_up	be ok	0.3798
follow_up	be quick	-0.0353
follow_up	be use	-0.0385
follow_up	be will	-0.0799
follow_up	be ~help	-0.0385
follow_up	be ~talk	-0.0276
follow_up	becom	-0.026
follow_up	becom a	-0.0213
follow_up	becom ~number	-0.026
follow_up	been	-0.0739
follow_up	befor	-0.0831
follow_up	befor i	-0.0491
follow_up	beginn	-0.028
follow_up	best	0.2483
follow_up	best way	0.2725
follow_up	better	0.0708
follow_up	between	-0.1237
follow_up	beyond	-0.0297
follow_up	big	-0.03
follow_up	biggest	-0.0233
follow_up	bit	-0.073
follow_up	book or	-0.0218
follow_up	book you	0.04
follow_up	bootcamp	0.0441
follow_up	break	-0.0634
follow_up	build	-0.0226
follow_up	but	-0.0297
follow_up	by	0.0348
follow_up	by email	0.0436
follow_up	by ~contactverb	0.0436
follow_up	by ~sendverb	0.0436
follow_up	by ~talk	0.0436
follow_up	call	-0.1137
follow_up	can	0.2312
follow_up	can a	-0.021
follow_up	can be	-0.0252
follow_up	can ever	0.0298
follow_up	can nurs	-0.0374
follow_up	can return	-0.024
follow_up	can see	-0.0833
follow_up	can we	0.7493
follow_up	can you	-0.1292
follow_up	can ~help	-0.0577
follow_up	can ~learn	-0.1047
follow_up	can ~number	-0.021
follow_up	candid	-0.0248
follow_up	care	-0.0474
follow_up	career	-0.1544
follow_up	career changer	-0.0233
follow_up	career in	-0.0266
follow_up	case	0.1831
follow_up	certif	-0.0498
follow_up	chanc	-0.0469
follow_up	chanc you	-0.0384
follow_up	chang	-0.1424
follow_up	chang in	-0.0221
follow_up	changer	-0.0233
follow_up	chariti	-0.0242
follow_up	chat	-0.0528
follow_up	chat with	-0.03
follow_up	check	0.2755
follow_up	check in	0.2216
follow_up	cheer	-0.06
follow_up	chemistri	-0.0466
follow_up	choos	0.1296
follow_up	choos ~number	0.1399
follow_up	citi	-0.0257
follow_up	civil	-0.0218
follow_up	civil engin	-0.0218
follow_up	class	0.1286
follow_up	client	-0.0755
follow_up	clinic	-0.0309
follow_up	clock	-0.0997
follow_up	coach	-0.0288
follow_up	colleagu	-0.1052
follow_up	colleg	-0.0274
follow_up	come	-0.1324
follow_up	come to	-0.0703
follow_up	come up	-0.0322
follow_up	comfort	-0.0289
follow_up	communiti	-0.0541
follow_up	communiti colleg	-0.0252
follow_up	compani	-0.0344
follow_up	confer	-0.0729
follow_up	connect	0.5159
follow_up	connect me	-0.0473
follow_up	connect with	0.0437
follow_up	conscious	-0.0359
follow_up	consult	-0.0446
follow_up	contact	0.1607
follow_up	could	-0.1631
follow_up	could i	0.1508
follow_up	could put	-0.0454
follow_up	could you	-0.155
follow_up	could ~sendverb	-0.0337
follow_up	coupl	0.1811
follow_up	coupl more	0.0223
follow_up	coupl of	0.1588
follow_up	cours	0.3752
follow_up	cover	-0.0466
follow_up	cover everyth	-0.0466
follow_up	credit	-0.0322
follow_up	cultur	-0.0321
follow_up	current	-0.0201
follow_up	data	0.0358
follow_up	data scienc	-0.0585
follow_up	dataset	0.1667
follow_up	day	-0.1283
follow_up	decad	-0.0218
follow_up	decent	-0.026
follow_up	decid	-0.0269
follow_up	decid between	-0.0533
follow_up	definit	0.3947
follow_up	degre	-0.0843
follow_up	degre in	-0.036
follow_up	depart	-0.0292
follow_up	describ	-0.0391
follow_up	describ ~number	-0.0228
follow_up	design	-0.1397
follow_up	design ~job	-0.0204
follow_up	develop	-0.0261
follow_up	did	-0.2574
follow_up	did you	-0.1528
follow_up	did ~number	-0.056
follow_up	differ	-0.0419
follow_up	direct	-0.0224
follow_up	director	-0.0269
follow_up	do	-0.6783
follow_up	do a	-0.0208
follow_up	do not	-0.0476
follow_up	do this	-0.0654
follow_up	do to	-0.0201
follow_up	do you	-0.3544
follow_up	do ~number	-0.0283
follow_up	doe	-0.1458
follow_up	doe a	-0.0399
follow_up	doe it	-0.0316
follow_up	doe your	-0.0207
follow_up	doe ~number	-0.0527
follow_up	done	0.093
follow_up	done the	-0.0547
follow_up	done ~number	-0.0606
follow_up	down	0.0663
follow_up	downsid	-0.0225
follow_up	drop	0.0504
follow_up	drop you	0.0601
follow_up	els in	-0.023
follow_up	els should	-0.0318
follow_up	els you	-0.0306
follow_up	email	0.5702
follow_up	email tonight	0.0271
follow_up	email you	0.3204
follow_up	emergenc	-0.0244
follow_up	end	0.2133
follow_up	end up	0.308
follow_up	engin	-0.0963
follow_up	english	-0.0333
follow_up	enjoy	-0.0232
follow_up	enough	-0.0341
follow_up	ever	-0.0867
follow_up	ever help	0.0383
follow_up	ever need	-0.0412
follow_up	ever ~help	0.0298
follow_up	everyth	-0.0995
follow_up	everyth i	-0.0296
follow_up	everyth on	-0.0379
follow_up	exercis	-0.0292
follow_up	eye	0.0605
follow_up	eye on	0.0605
follow_up	favor	-0.0867
follow_up	favor somehow	-0.0286
follow_up	few	0.0753
follow_up	few week	0.0654
follow_up	few ~duration	0.0424
follow_up	field	-0.1568
follow_up	final	-0.0373
follow_up	find	-0.0456
follow_up	finish	-0.048
follow_up	finish the	0.0853
follow_up	finish ~number	0.0758
follow_up	firm	-0.0202
follow_up	first	-0.0548
follow_up	first year	-0.0205
follow_up	first ~duration	-0.0205
follow_up	five	-0.0224
follow_up	focus	-0.0268
follow_up	follow	0.1813
follow_up	follow up	0.1973
follow_up	for	-0.4968
follow_up	for a	-0.0966
follow_up	for me	-0.0365
follow_up	for the	-0.0746
follow_up	for this	-0.0313
follow_up	for today	-0.0431
follow_up	for you	-0.0339
follow_up	for your	-0.0779
follow_up	for ~number	-0.1855
follow_up	forecast	-0.0359
follow_up	forward	-0.0201
follow_up	forward my	-0.0201
follow_up	found	-0.0279
follow_up	free	-0.0273
follow_up	freelanc	-0.0352
follow_up	from	-0.1754
follow_up	from a	-0.0229
follow_up	from me	-0.0318
follow_up	from my	0.1235
follow_up	from the	-0.0939
follow_up	from your	-0.0373
follow_up	from ~number	-0.1168
follow_up	game	-0.1148
follow_up	game design	-0.029
follow_up	get	-0.0924
follow_up	get back	0.0588
follow_up	get into	-0.0312
follow_up	get on	-0.1367
follow_up	get ~number	-0.0435
follow_up	give	-0.0638
follow_up	glad	-0.0386
follow_up	glad to	-0.0386
follow_up	go	-0.2417
follow_up	go on	-0.0361
follow_up	go to	0.0746
follow_up	goe	0.4195
follow_up	good	-0.1755
follow_up	good ~limit	-0.0267
follow_up	got	-0.1067
follow_up	graduat	-0.0427
follow_up	grant	-0.0324
follow_up	grate	-0.0373
follow_up	great	-0.042
follow_up	great well	-0.0214
follow_up	grow	-0.0267
follow_up	grow into	-0.0267
follow_up	had	-0.1085
follow_up	half	-0.0269
follow_up	hand	-0.0328
follow_up	happi	-0.1183
follow_up	happi to	-0.11
follow_up	hard	-0.1057
follow_up	have	-0.2252
follow_up	have a	-0.0868
follow_up	have ask	-0.0266
follow_up	have been	-0.0563
follow_up	have finish	0.0853
follow_up	have got	-0.0707
follow_up	have to	-0.0537
follow_up	have ~number	-0.1348
follow_up	have ~studyverb	0.0853
follow_up	have ~workverb	-0.0783
follow_up	head	-0.0334
follow_up	health	-0.0217
follow_up	hear	-0.0541
follow_up	help	0.0254
follow_up	help i	0.1502
follow_up	help if	0.0691
follow_up	help test	-0.0212
follow_up	help to	-0.0222
follow_up	help you	-0.0623
follow_up	here	-0.354
follow_up	hi	-0.0287
follow_up	hire	-0.0607
follow_up	honest	-0.0434
follow_up	hope	-0.0263
follow_up	hour	-0.0752
follow_up	hous	-0.0474
follow_up	how	0.0911
follow_up	how can	-0.0488
follow_up	how did	-0.0956
follow_up	how do	-0.1397
follow_up	how doe	-0.0329
follow_up	how is	-0.0663
follow_up	how it	0.1333
follow_up	how much	-0.0218
follow_up	how should	0.17
follow_up	how the	0.4283
follow_up	how would	-0.0274
follow_up	how you	-0.0861
follow_up	how ~help	-0.1397
follow_up	how ~number	0.4192
follow_up	how ~studyverb	-0.0956
follow_up	how ~want	-0.0274
follow_up	i	0.4077
follow_up	i add	0.2884
follow_up	i am	-0.3631
follow_up	i ask	-0.0435
follow_up	i be	-0.0533
follow_up	i can	-0.133
follow_up	i could	-0.0754
follow_up	i did	-0.0515
follow_up	i do	-0.0551
follow_up	i email	0.2463
follow_up	i get	0.1482
follow_up	i graduat	-0.0354
follow_up	i had	-0.0755
follow_up	i help	-0.0606
follow_up	i know	-0.1728
follow_up	i learn	-0.0386
follow_up	i mention	0.1628
follow_up	i need	-0.033
follow_up	i reach	0.2757
follow_up	i read	-0.0283
follow_up	i realli	-0.0368
follow_up	i send	0.1578
follow_up	i should	-0.1305
follow_up	i talk	0.2068
follow_up	i think	-0.1046
follow_up	i want	-0.0824
follow_up	i was	-0.0646
follow_up	i will	0.8023
follow_up	i would	0.1226
follow_up	i ~contactverb	0.3837
follow_up	i ~help	-0.1428
follow_up	i ~insight	-0.0374
follow_up	i ~learn	-0.126
follow_up	i ~sendverb	0.3322
follow_up	i ~talk	0.503
follow_up	i ~want	-0.0268
follow_up	idea	-0.0347
follow_up	if	0.8343
follow_up	if i	1.1186
follow_up	if it	-0.0399
follow_up	if that	0.1761
follow_up	if there	-0.0335
follow_up	if you	-0.2687
follow_up	import	-0.0324
follow_up	in	0.1907
follow_up	in a	0.3664
follow_up	in bank	-0.0218
follow_up	in data	-0.0216
follow_up	in game	-0.0482
follow_up	in how	-0.0216
follow_up	in my	-0.0391
follow_up	in polici	-0.0382
follow_up	in public	-0.0236
follow_up	in the	-0.0969
follow_up	in this	-0.0806
follow_up	in touch	0.5803
follow_up	in with	0.0544
follow_up	in your	-0.0795
follow_up	in ~contactverb	0.8742
follow_up	in ~number	0.2555
follow_up	industri	-0.0928
follow_up	inform	-0.0424
follow_up	interest	-0.0698
follow_up	interest in	-0.0273
follow_up	internship	-0.0415
follow_up	interview	-0.0908
follow_up	into	-0.2095
follow_up	into leadership	-0.0318
follow_up	into other	-0.0262
follow_up	intro	-0.0203
follow_up	introduct	-0.0347
follow_up	introduct to	-0.0309
follow_up	is	-0.4356
follow_up	is a	-0.0587
follow_up	is all	0.0884
follow_up	is done	0.1427
follow_up	is ever	-0.0278
follow_up	is everyth	-0.0432
follow_up	is it	-0.0656
follow_up	is me	-0.0338
follow_up	is super	-0.0251
follow_up	is that	-0.056
follow_up	is the	0.0565
follow_up	is there	-0.1557
follow_up	is to	-0.0218
follow_up	is your	-0.0279
follow_up	is ~talk	0.0726
follow_up	is ~want	-0.0264
follow_up	it	0.1038
follow_up	it be	0.4317
follow_up	it hard	-0.0224
follow_up	it help	0.0639
follow_up	it is	0.1553
follow_up	it there	-0.0595
follow_up	it to	-0.0684
follow_up	it went	0.1333
follow_up	it ~help	0.0639
follow_up	it ~want	-0.1331
follow_up	job	-0.1708
follow_up	jump	-0.0323
follow_up	junior	-0.0378
follow_up	just	-0.0354
follow_up	just say	-0.0363
follow_up	just ~learn	0.084
follow_up	keep	0.5808
follow_up	keep an	0.0605
follow_up	keep in	0.3394
follow_up	keep you	0.3509
follow_up	keep ~number	0.0605
follow_up	kept	-0.0381
follow_up	kept you	-0.0381
follow_up	kind	-0.0286
follow_up	kind of	-0.0254
follow_up	know	0.2634
follow_up	know anyon	-0.0889
follow_up	know how	0.3152
follow_up	know if	-0.0696
follow_up	know you	-0.0901
follow_up	know ~people	-0.0949
follow_up	lab	-0.0383
follow_up	last	-0.1564
follow_up	last week	-0.0691
follow_up	last year	-0.0273
follow_up	last ~closing	-0.0691
follow_up	last ~duration	-0.0273
follow_up	late	-0.035
follow_up	later	0.2604
follow_up	law	-0.037
follow_up	lead	-0.0428
follow_up	leadership	-0.0368
follow_up	learn	-0.1031
follow_up	learn more	-0.0223
follow_up	leav	-0.1715
follow_up	leav it	-0.127
follow_up	left	-0.0219
follow_up	let	0.121
follow_up	let me	-0.0764
follow_up	let us	0.0572
follow_up	let you	0.1402
follow_up	level	-0.025
follow_up	life	-0.0242
follow_up	like	-0.1927
follow_up	like ~number	-0.0401
follow_up	line	0.0573
follow_up	line onc	0.0601
follow_up	link	0.1452
follow_up	linkedin	1.0077
follow_up	list	-0.0416
follow_up	long	-0.0311
follow_up	longer	-0.1467
follow_up	look	-0.077
follow_up	look like	-0.0506
follow_up	lot	-0.0422
follow_up	love	0.0436
follow_up	love a	-0.0572
follow_up	love an	-0.033
follow_up	love it	-0.0208
follow_up	love to	0.1708
follow_up	love ~number	-0.0901
follow_up	lunch	-0.0607
follow_up	lunch break	-0.0548
follow_up	made	0.0602
follow_up	main	-0.0317
follow_up	major	-0.0234
follow_up	make	-0.1293
follow_up	make a	-0.0294
follow_up	make sens	-0.0459
follow_up	make the	-0.0234
follow_up	make ~insight	-0.0459
follow_up	make ~number	-0.0528
follow_up	manag	-0.0777
follow_up	master	-0.0246
follow_up	matter	-0.0752
follow_up	matter most	-0.0317
follow_up	may	0.0732
follow_up	mba	-0.0545
follow_up	me	-0.7009
follow_up	me about	-0.0341
follow_up	me done	-0.0338
follow_up	me for	-0.0338
follow_up	me in	-0.1536
follow_up	me know	-0.0764
follow_up	me through	-0.0479
follow_up	me to	-0.0208
follow_up	me who	-0.0256
follow_up	me with	-0.0484
follow_up	me ~learn	-0.0842
follow_up	me ~people	-0.0256
follow_up	meet	-0.1279
follow_up	meet you	-0.0587
follow_up	mention	0.2529
follow_up	mention the	0.0777
follow_up	mention ~number	0.0777
follow_up	mentor	0.064
follow_up	might	0.1668
follow_up	mind	0.2407
follow_up	mind if	0.4601
follow_up	mind of	-0.0555
follow_up	minut	-0.2139
follow_up	minut left	-0.0219
follow_up	minut so	-0.0915
follow_up	moment	-0.0207
follow_up	month	0.3686
follow_up	more	-0.0247
follow_up	more about	-0.0249
follow_up	more of	-0.029
follow_up	more question	0.0995
follow_up	morn	-0.057
follow_up	most	-0.1736
follow_up	most in	-0.0367
follow_up	move	-0.0606
follow_up	move into	-0.0457
follow_up	much	0.0262
follow_up	much for	-0.0268
follow_up	much this	0.1451
follow_up	my	-0.2698
follow_up	my applic	-0.0234
follow_up	my list	-0.0379
follow_up	my question	-0.0632
follow_up	my resum	-0.2076
follow_up	my ~application	-0.231
follow_up	my ~job	-0.0213
follow_up	myself	-0.0219
follow_up	name	-0.0885
follow_up	name of	-0.0325
follow_up	need	-0.1585
follow_up	need a	-0.0252
follow_up	need to	-0.0418
follow_up	need ~number	-0.0282
follow_up	network	-0.0377
follow_up	never	-0.0662
follow_up	new	-0.0537
follow_up	next	-0.1207
follow_up	no	-0.0933
follow_up	nonprofit	-0.0556
follow_up	not	-0.3919
follow_up	not take	-0.0276
follow_up	not ~insight	-0.0276
follow_up	not ~want	-0.0202
follow_up	note	0.2768
follow_up	note after	-0.0615
follow_up	note tomorrow	0.194
follow_up	note tonight	0.1059
follow_up	note ~want	-0.0615
follow_up	now	-0.2402
follow_up	nurs	-0.1628
follow_up	nurs chang	-0.0395
follow_up	of	-0.128
follow_up	of anyth	0.1725
follow_up	of month	0.2365
follow_up	of peopl	-0.1041
follow_up	of your	-0.109
follow_up	of ~duration	0.2365
follow_up	of ~people	-0.1598
follow_up	off	-0.0938
follow_up	offic	-0.0207
follow_up	oh	-0.0335
follow_up	ok	0.1784
follow_up	ok i	-0.0283
follow_up	ok if	0.1029
follow_up	ok that	-0.066
follow_up	ok to	0.2632
follow_up	old	-0.0751
follow_up	on	0.4724
follow_up	on a	-0.0685
follow_up	on how	0.1237
follow_up	on it	0.1924
follow_up	on linkedin	0.9273
follow_up	on my	-0.0938
follow_up	on the	-0.0642
follow_up	on with	-0.1367
follow_up	on ~number	-0.1377
follow_up	onc	0.3552
follow_up	onc i	0.1619
follow_up	one	-0.1089
follow_up	one more	-0.0427
follow_up	onli	-0.0528
follow_up	onli have	-0.048
follow_up	onlin	-0.0525
follow_up	open	-0.0727
follow_up	or	-0.094
follow_up	or did	-0.0203
follow_up	or is	-0.0518
follow_up	or ~number	0.0533
follow_up	or ~studyverb	-0.0203
follow_up	other	-0.0763
follow_up	other role	-0.0295
follow_up	other ~job	-0.0295
follow_up	other ~people	-0.0355
follow_up	out	-0.1151
follow_up	out again	0.1669
follow_up	out of	-0.0411
follow_up	out to	-0.0991
follow_up	out with	-0.0387
follow_up	out ~later	0.1669
follow_up	outreach	-0.0264
follow_up	over	0.0868
follow_up	over the	0.0577
follow_up	over ~number	0.1603
follow_up	own	-0.0398
follow_up	part	-0.064
follow_up	part of	-0.0548
follow_up	pass	-0.1809
follow_up	path	-0.0352
follow_up	patient	-0.0221
follow_up	peopl in	-0.0911
follow_up	peopl you	0.2004
follow_up	perspect	-0.0452
follow_up	phd	-0.0435
follow_up	pick	0.2619
follow_up	ping	0.2755
follow_up	ping you	0.2755
follow_up	place	-0.0202
follow_up	plan	-0.0582
follow_up	pleas	-0.0529
follow_up	pleas let	-0.0372
follow_up	point	0.0439
follow_up	point me	-0.0223
follow_up	polici	-0.1203
follow_up	portfolio	0.1157
follow_up	posit	-0.0387
follow_up	post	0.4995
follow_up	post on	0.1192
follow_up	practic	-0.0273
follow_up	pretti	-0.0222
follow_up	product	-0.0651
follow_up	profession	-0.0297
follow_up	program	0.1152
follow_up	project	-0.1798
follow_up	promis	-0.0202
follow_up	public	-0.0383
follow_up	put	-0.1316
follow_up	put me	-0.0886
follow_up	python	0.1829
follow_up	question	0.1874
follow_up	question ~later	0.2393
follow_up	quick	-0.0233
follow_up	rather	-0.0206
follow_up	reach	0.204
follow_up	reach out	0.0578
follow_up	read	-0.0357
follow_up	realli	-0.1777
follow_up	realli appreci	-0.0828
follow_up	realli ~want	-0.1046
follow_up	reason	-0.0307
follow_up	recommend	-0.1551
follow_up	recommend i	-0.0796
follow_up	recruit	-0.0653
follow_up	referr	-0.0317
follow_up	report	0.2082
follow_up	research	-0.1517
follow_up	result	0.1318
follow_up	resum	-0.2088
follow_up	resum to	-0.0383
follow_up	retail	-0.0213
follow_up	return	-0.1043
follow_up	return the	-0.0898
follow_up	return ~number	-0.0898
follow_up	review	0.1505
follow_up	right	-0.076
follow_up	right now	-0.0403
follow_up	risk	-0.0382
follow_up	role	-0.0958
follow_up	rout	-0.0632
follow_up	run	-0.0995
follow_up	run over	-0.0204
follow_up	said	-0.0742
follow_up	sale	-0.0559
follow_up	sam	-0.0669
follow_up	same	-0.0338
follow_up	say	-0.0757
follow_up	say ~number	-0.0216
follow_up	school	-0.0245
follow_up	scienc	-0.0585
follow_up	sector	-0.0531
follow_up	see	-0.1253
follow_up	see if	-0.0226
follow_up	see the	-0.061
follow_up	see we	-0.0257
follow_up	see ~number	-0.061
follow_up	send	0.7922
follow_up	send a	0.1912
follow_up	send over	0.171
follow_up	send thank	-0.0615
follow_up	send you	0.5261
follow_up	send ~number	0.1912
follow_up	sens	-0.0485
follow_up	shall	0.1207
follow_up	shall i	0.1674
follow_up	share	-0.0889
follow_up	share my	-0.0821
follow_up	shift	-0.0496
follow_up	short	0.0586
follow_up	should	-0.139
follow_up	should talk	-0.0328
follow_up	should ~people	-0.0225
follow_up	should ~talk	-0.0812
follow_up	side	-0.0916
follow_up	side if	-0.0234
follow_up	side project	-0.0304
follow_up	sign	-0.0908
follow_up	sign off	-0.0908
follow_up	sinc	-0.0422
follow_up	skill	-0.0383
follow_up	so	-0.3625
follow_up	so i	-0.2692
follow_up	so if	-0.0243
follow_up	so much	0.0796
follow_up	so you	-0.1103
follow_up	some	0.1305
follow_up	somehow	-0.0286
follow_up	someon	-0.1725
follow_up	someon in	-0.0613
follow_up	someon who	-0.0577
follow_up	someon ~people	-0.0577
follow_up	sorri	-0.1611
follow_up	sorri i	-0.0248
follow_up	sound	-0.0543
follow_up	speak	-0.0419
follow_up	specialti	-0.0364
follow_up	spent	-0.0211
follow_up	sql	-0.0201
follow_up	squeez	-0.0338
follow_up	squeez me	-0.0338
follow_up	staff	-0.0249
follow_up	start	-0.09
follow_up	start out	-0.0312
follow_up	stay	0.5739
follow_up	stay in	0.6224
follow_up	step	-0.041
follow_up	still	-0.0651
follow_up	stop	-0.1255
follow_up	stop there	-0.0255
follow_up	structur	-0.0218
follow_up	student	-0.0802
follow_up	studi	0.1739
follow_up	suggest	0.1411
follow_up	suggest a	-0.0368
follow_up	suggest ~number	-0.0489
follow_up	summari	0.0952
follow_up	summari of	0.0952
follow_up	summer	-0.0262
follow_up	super	-0.0324
follow_up	survey	0.2995
follow_up	switch	-0.0302
follow_up	take	0.0654
follow_up	take on	0.1772
follow_up	take up	-0.0346
follow_up	take ~number	-0.0224
follow_up	taken	-0.0426
follow_up	talk	0.0375
follow_up	talk to	0.0947
follow_up	talk with	-0.0399
follow_up	tax	-0.0206
follow_up	teach	-0.0673
follow_up	tech	-0.0217
follow_up	tell	0.0696
follow_up	tell me	-0.0424
follow_up	tell you	0.1155
follow_up	ten	-0.0224
follow_up	test	-0.063
follow_up	than	-0.069
follow_up	than a	-0.02
follow_up	than ~number	-0.02
follow_up	thank	-0.2263
follow_up	thank again	-0.0372
follow_up	thank for	-0.0255
follow_up	thank so	-0.0253
follow_up	thank to	-0.0286
follow_up	thank you	0.1228
follow_up	thank ~later	-0.0372
follow_up	thank ~number	-0.0395
follow_up	that	-0.1501
follow_up	that cover	-0.0466
follow_up	that is	-0.052
follow_up	that make	-0.0284
follow_up	the	0.2747
follow_up	the agenc	-0.0272
follow_up	the articl	0.1464
follow_up	the best	0.2541
follow_up	the bootcamp	0.1085
follow_up	the clock	-0.0997
follow_up	the cours	0.0853
follow_up	the cultur	-0.0221
follow_up	the downsid	-0.0225
follow_up	the favor	-0.0867
follow_up	the field	-0.0522
follow_up	the job	-0.0499
follow_up	the link	0.1452
follow_up	the most	-0.04
follow_up	the next	-0.0277
follow_up	the point	0.0783
follow_up	the portfolio	0.1436
follow_up	the recruit	-0.057
follow_up	the time	-0.0682
follow_up	the work	-0.021
follow_up	the ~closing	-0.0248
follow_up	the ~contactverb	-0.0573
follow_up	the ~degree	0.1712
follow_up	the ~gatekeeper	-0.0659
follow_up	the ~hiring	-0.0298
follow_up	the ~job	-0.0627
follow_up	the ~learn	-0.0218
follow_up	the ~limit	-0.0753
follow_up	the ~number	-0.0829
follow_up	the ~org	-0.0695
follow_up	the ~people	0.1805
follow_up	the ~student	-0.145
follow_up	the ~talk	-0.0534
follow_up	the ~workverb	-0.021
follow_up	them	-0.0594
follow_up	then	-0.0483
follow_up	there	-0.4098
follow_up	there a	-0.0424
follow_up	there ani	-0.0375
follow_up	there anyon	-0.021
follow_up	there anyth	-0.0555
follow_up	there for	-0.0453
follow_up	there is	-0.0331
follow_up	there other	-0.025
follow_up	there so	-0.0459
follow_up	there ~number	-0.0456
follow_up	there ~people	-0.0341
follow_up	these	-0.0256
follow_up	these day	-0.0223
follow_up	thing	-0.0706
follow_up	think	-0.2487
follow_up	think about	-0.0578
follow_up	think i	-0.1368
follow_up	think of	0.1671
follow_up	think that	-0.0633
follow_up	think we	-0.1405
follow_up	this	-0.1674
follow_up	this call	0.0454
follow_up	this field	-0.0658
follow_up	this is	-0.0206
follow_up	this sector	-0.0316
follow_up	this was	0.1556
follow_up	this ~contactverb	0.0454
follow_up	this ~talk	0.0429
follow_up	thought	-0.06
follow_up	through	-0.0707
follow_up	through a	-0.0287
follow_up	through ~number	-0.0344
follow_up	time	-0.0354
follow_up	time so	-0.0451
follow_up	to	-0.2676
follow_up	to ask	-0.0385
follow_up	to be	-0.0577
follow_up	to connect	-0.0702
follow_up	to find	-0.0272
follow_up	to forward	-0.0201
follow_up	to get	-0.0809
follow_up	to hear	-0.0232
follow_up	to help	-0.0587
follow_up	to it	-0.0693
follow_up	to keep	-0.1055
follow_up	to learn	-0.0263
follow_up	to let	0.0253
follow_up	to mind	-0.0703
follow_up	to my	-0.0254
follow_up	to next	-0.0256
follow_up	to see	-0.0226
follow_up	to send	0.0628
follow_up	to share	-0.0298
follow_up	to stay	0.5783
follow_up	to talk	-0.0601
follow_up	to test	-0.0219
follow_up	to the	0.1303
follow_up	to think	-0.0531
follow_up	to understand	-0.0203
follow_up	to work	-0.0921
follow_up	to you	-0.0432
follow_up	to your	0.1314
follow_up	to ~help	-0.0893
follow_up	to ~learn	-0.3363
follow_up	to ~limit	-0.0272
follow_up	to ~number	0.1129
follow_up	to ~people	-0.0414
follow_up	to ~talk	-0.1787
follow_up	to ~workverb	-0.0955
follow_up	today	0.0772
follow_up	tomorrow	0.194
follow_up	tonight	0.1737
follow_up	tonight and	0.1021
follow_up	too	-0.0962
follow_up	tool	-0.027
follow_up	touch	0.5745
follow_up	touch with	-0.1208
follow_up	tri	-0.1249
follow_up	tri to	-0.1077
follow_up	twelv	-0.0254
follow_up	twenti	-0.0657
follow_up	twenti minut	-0.0657
follow_up	twenti ~limit	-0.0657
follow_up	twenti ~timeunit	-0.0657
follow_up	typic	-0.0412
follow_up	typic ~closing	-0.023
follow_up	understand	-0.0272
follow_up	up	0.21
follow_up	up a	0.0604
follow_up	up ani	-0.1115
follow_up	up by	0.0436
follow_up	up ~number	0.0561
follow_up	up ~want	-0.0774
follow_up	us	0.0536
follow_up	us leav	-0.0301
follow_up	use	-0.1005
follow_up	use to	-0.0546
follow_up	user	-0.0234
follow_up	usual	-0.0473
follow_up	ux	-0.0705
follow_up	ux research	-0.0672
follow_up	ux ~learn	-0.0656
follow_up	valu	0.1865
follow_up	valu your	0.1889
follow_up	valuabl	-0.0288
follow_up	volunt	-0.0428
follow_up	walk	-0.0479
follow_up	walk me	-0.0479
follow_up	want	-0.1433
follow_up	want to	-0.0958
follow_up	was	-0.0568
follow_up	was ~want	-0.024
follow_up	way	0.2014
follow_up	way i	-0.0305
follow_up	way to	0.265
follow_up	we	0.3157
follow_up	we are	-0.0721
follow_up	we can	-0.1405
follow_up	we have	-0.0337
follow_up	week	-0.079
follow_up	weekend	-0.0234
follow_up	well	-0.1451
follow_up	well i	-0.1336
follow_up	went	0.1164
follow_up	were	-0.0853
follow_up	were in	-0.0238
follow_up	were me	-0.0267
follow_up	were start	-0.0302
follow_up	what	-0.5429
follow_up	what are	-0.0594
follow_up	what could	-0.0211
follow_up	what do	-0.0338
follow_up	what doe	-0.0339
follow_up	what is	0.1075
follow_up	what keep	-0.0467
follow_up	what make	-0.0276
follow_up	what should	-0.0232
follow_up	what would	-0.0254
follow_up	what you	-0.0244
follow_up	what ~help	-0.0338
follow_up	what ~want	-0.0254
follow_up	when	-0.0531
follow_up	when you	-0.0368
follow_up	where	-0.1222
follow_up	where can	-0.0505
follow_up	where is	-0.0298
follow_up	whether	-0.0381
follow_up	whi	-0.0566
follow_up	which	0.1172
follow_up	which ~student	-0.0207
follow_up	who	-0.2931
follow_up	who els	-0.0918
follow_up	who is	-0.0593
follow_up	who would	-0.0457
follow_up	who ~want	-0.0457
follow_up	will	0.7083
follow_up	will be	-0.0929
follow_up	will definit	0.3994
follow_up	will drop	0.0601
follow_up	will keep	0.0427
follow_up	will leav	-0.1232
follow_up	will let	0.1646
follow_up	will not	-0.2221
follow_up	will send	0.5898
follow_up	will sign	-0.0908
follow_up	will stop	-0.1083
follow_up	will to	-0.0799
follow_up	will wrap	-0.0932
follow_up	will ~contactverb	0.0995
follow_up	will ~sendverb	0.7254
follow_up	will ~talk	0.057
follow_up	with	0.0272
follow_up	with a	0.1317
follow_up	with anyth	0.0207
follow_up	with client	-0.0607
follow_up	with me	-0.0459
follow_up	with peopl	-0.0414
follow_up	with someon	-0.0634
follow_up	with the	-0.0898
follow_up	with you	0.6005
follow_up	with your	-0.2453
follow_up	with ~number	0.1292
follow_up	with ~people	-0.1048
follow_up	wonder	-0.0463
follow_up	word	-0.0203
follow_up	work	-0.3409
follow_up	work in	-0.0487
follow_up	work on	-0.029
follow_up	worth	-0.1333
follow_up	worth it	-0.0264
follow_up	worth the	-0.0366
follow_up	worth ~number	-0.0403
follow_up	worth ~talk	-0.0433
follow_up	would	0.2247
follow_up	would an	-0.0289
follow_up	would be	-0.0888
follow_up	would it	0.4934
follow_up	would like	-0.0267
follow_up	would love	0.0908
follow_up	would recommend	-0.0477
follow_up	would suggest	-0.0281
follow_up	would you	-0.1875
follow_up	would ~number	-0.0367
follow_up	would ~want	0.1769
follow_up	wow	-0.035
follow_up	wrap	-0.1044
follow_up	wrap up	-0.1029
follow_up	write	0.0533
follow_up	yeah	-0.0566
follow_up	year	-0.2034
follow_up	yesterday	-0.0233
follow_up	you	0.4188
follow_up	you a	0.3584
follow_up	you after	0.1333
follow_up	you are	-0.1035
follow_up	you be	-0.1245
follow_up	you can	-0.1772
follow_up	you could	-0.0743
follow_up	you decid	-0.0488
follow_up	you describ	-0.0295
follow_up	you do	-0.0215
follow_up	you email	0.036
follow_up	you ever	-0.0484
follow_up	you for	-0.0504
follow_up	you get	-0.0813
follow_up	you go	-0.226
follow_up	you hear	-0.0208
follow_up	you if	0.3311
follow_up	you in	0.1406
follow_up	you keep	-0.0492
follow_up	you know	0.5235
follow_up	you mind	0.1101
follow_up	you most	-0.0231
follow_up	you my	0.0431
follow_up	you need	-0.0413
follow_up	you note	0.0661
follow_up	you on	0.4606
follow_up	you out	-0.0385
follow_up	you post	0.5172
follow_up	you recommend	-0.0982
follow_up	you said	-0.0321
follow_up	you say	-0.0212
follow_up	you so	0.1048
follow_up	you stay	-0.0614
follow_up	you still	-0.0388
follow_up	you suggest	0.1692
follow_up	you tell	-0.0228
follow_up	you that	0.1757
follow_up	you the	0.2959
follow_up	you think	-0.0852
follow_up	you to	-0.0624
follow_up	you walk	-0.0308
follow_up	you were	-0.0807
follow_up	you work	-0.0205
follow_up	you would	-0.1107
follow_up	you ~help	-0.0365
follow_up	you ~learn	0.3615
follow_up	you ~number	0.6543
follow_up	you ~workverb	-0.0301
follow_up	your	-0.5955
follow_up	your afternoon	0.0924
follow_up	your app	-0.0433
follow_up	your colleagu	-0.068
follow_up	your compani	-0.022
follow_up	your day	-0.0706
follow_up	your lunch	-0.0592
follow_up	your old	-0.0272
follow_up	your team	0.056
follow_up	your time	-0.0409
follow_up	your week	-0.0209
follow_up	your work	-0.0203
follow_up	your ~closing	-0.0279
follow_up	your ~degree	-0.0367
follow_up	your ~insight	0.1542
follow_up	your ~learn	-0.0208
follow_up	your ~limit	-0.1113
follow_up	your ~org	-0.0461
follow_up	your ~people	-0.0747
follow_up	your ~workverb	-0.0203
follow_up	~application	-0.1044
follow_up	~application to	-0.0407
follow_up	~closing	-0.2502
follow_up	~contactverb	1.4375
follow_up	~contactverb and	0.1032
follow_up	~contactverb tonight	0.0271
follow_up	~contactverb with	0.2007
follow_up	~contactverb you	0.5368
follow_up	~degree	0.3203
follow_up	~degree be	-0.0289
follow_up	~degree in	-0.075
follow_up	~degree rout	-0.0544
follow_up	~duration	0.0802
follow_up	~duration in	-0.0384
follow_up	~gatekeeper	-0.1423
follow_up	~help	-0.7794
follow_up	~help if	0.0691
follow_up	~help not	-0.0476
follow_up	~help test	-0.0212
follow_up	~help the	-0.0979
follow_up	~help to	-0.056
follow_up	~help you	-0.3968
follow_up	~hiring	-0.0896
follow_up	~insight	-0.1472
follow_up	~insight a	-0.0324
follow_up	~insight on	0.1465
follow_up	~insight the	0.0352
follow_up	~insight to	-0.0254
follow_up	~insight up	-0.0311
follow_up	~job	-0.392
follow_up	~job i	-0.0284
follow_up	~job in	-0.0257
follow_up	~later	0.5728
follow_up	~later in	0.2921
follow_up	~learn	-0.3809
follow_up	~learn a	-0.0531
follow_up	~learn anyon	-0.0889
follow_up	~learn back	0.0532
follow_up	~learn how	0.3056
follow_up	~learn if	-0.1194
follow_up	~learn me	-0.0274
follow_up	~learn more	-0.0252
follow_up	~learn on	-0.1411
follow_up	~learn out	-0.0237
follow_up	~learn the	-0.0879
follow_up	~learn we	-0.0416
follow_up	~learn with	-0.022
follow_up	~learn you	-0.1051
follow_up	~learn your	-0.027
follow_up	~limit	-0.4215
follow_up	~limit break	-0.0548
follow_up	~limit i	-0.0578
follow_up	~limit left	-0.0219
follow_up	~limit so	-0.1366
follow_up	~limit to	-0.0211
follow_up	~number	-0.0495
follow_up	~number agenc	-0.0314
follow_up	~number articl	0.1464
follow_up	~number bank	-0.0238
follow_up	~number beginn	-0.0215
follow_up	~number best	0.2541
follow_up	~number big	-0.03
follow_up	~number bit	-0.0558
follow_up	~number bootcamp	0.0893
follow_up	~number career	-0.0769
follow_up	~number certif	-0.0222
follow_up	~number clock	-0.0997
follow_up	~number colleagu	-0.0226
follow_up	~number confer	-0.0673
follow_up	~number coupl	0.1811
follow_up	~number cours	0.0853
follow_up	~number cultur	-0.0221
follow_up	~number degre	-0.0449
follow_up	~number downsid	-0.0225
follow_up	~number eye	0.0605
follow_up	~number favor	-0.0867
follow_up	~number few	0.0812
follow_up	~number field	-0.0714
follow_up	~number good	-0.0916
follow_up	~number hand	-0.0285
follow_up	~number hour	-0.0265
follow_up	~number intro	-0.0203
follow_up	~number introduct	-0.0309
follow_up	~number job	-0.0738
follow_up	~number junior	-0.0311
follow_up	~number last	-0.0253
follow_up	~number line	0.0601
follow_up	~number link	0.1452
follow_up	~number lot	-0.0422
follow_up	~number mba	-0.0545
follow_up	~number minut	-0.1898
follow_up	~number month	0.1523
follow_up	~number more	-0.0222
follow_up	~number most	-0.04
follow_up	~number next	-0.0277
follow_up	~number nonprofit	-0.0296
follow_up	~number note	0.2748
follow_up	~number of	0.1569
follow_up	~number peopl	0.2178
follow_up	~number point	0.0783
follow_up	~number polici	-0.0212
follow_up	~number portfolio	0.1277
follow_up	~number program	0.1779
follow_up	~number project	-0.0231
follow_up	~number question	0.0443
follow_up	~number recruit	-0.057
follow_up	~number referr	-0.0303
follow_up	~number shall	-0.0212
follow_up	~number short	0.1021
follow_up	~number student	-0.0301
follow_up	~number thank	0.1327
follow_up	~number time	-0.0682
follow_up	~number typic	-0.0322
follow_up	~number week	0.0494
follow_up	~number work	-0.021
follow_up	~number year	-0.0735
follow_up	~org	-0.399
follow_up	~org if	-0.0234
follow_up	~org project	-0.0304
follow_up	~people	-0.5396
follow_up	~people at	-0.0235
follow_up	~people come	-0.0703
follow_up	~people do	-0.0764
follow_up	~people els	-0.1617
follow_up	~people from	-0.0389
follow_up	~people in	-0.1797
follow_up	~people is	-0.0593
follow_up	~people more	-0.0427
follow_up	~people of	-0.088
follow_up	~people on	-0.034
follow_up	~people who	-0.0873
follow_up	~people with	0.2917
follow_up	~people would	-0.0488
follow_up	~people you	0.1901
follow_up	~sendverb	1.1936
follow_up	~sendverb a	0.1912
follow_up	~sendverb my	-0.0707
follow_up	~sendverb on	-0.0227
follow_up	~sendverb over	0.171
follow_up	~sendverb thank	-0.0615
follow_up	~sendverb tonight	0.0271
follow_up	~sendverb you	0.8348
follow_up	~student	-0.5401
follow_up	~studyverb	-0.0905
follow_up	~studyverb a	-0.0634
follow_up	~studyverb in	-0.0353
follow_up	~studyverb the	0.0651
follow_up	~studyverb you	-0.1552
follow_up	~talk	0.8321
follow_up	~talk at	-0.0344
follow_up	~talk is	-0.0217
follow_up	~talk me	-0.0473
follow_up	~talk on	0.4652
follow_up	~talk so	0.0835
follow_up	~talk to	0.0759
follow_up	~talk tonight	0.0271
follow_up	~talk with	0.339
follow_up	~talk you	0.1742
follow_up	~timeunit	-0.2891
follow_up	~timeunit left	-0.0219
follow_up	~timeunit so	-0.0915
follow_up	~want	-0.2774
follow_up	~want a	-0.0743
follow_up	~want an	-0.0352
follow_up	~want appreci	-0.0828
follow_up	~want be	-0.0888
follow_up	~want i	0.2092
follow_up	~want in	-0.0308
follow_up	~want it	0.4521
follow_up	~want like	-0.0282
follow_up	~want love	0.0908
follow_up	~want recommend	-0.0477
follow_up	~want say	-0.0363
follow_up	~want suggest	-0.0281
follow_up	~want the	0.1122
follow_up	~want this	0.0434
follow_up	~want to	-0.2286
follow_up	~want valu	0.1889
follow_up	~want you	-0.2504
follow_up	~want your	0.1455
follow_up	~workverb	-0.5122
follow_up	~workverb in	-0.0562
follow_up	~workverb on	-0.029
follow_up	~workverb over	-0.0204
time_ack	*	-2.3334
time_ack	20	0.1058
time_ack	20 minut	0.1058
time_ack	20 ~limit	0.1058
time_ack	20 ~timeunit	0.1058
time_ack	?	-1.1694
time_ack	^alright	-0.1529
time_ack	^ani	-0.0937
time_ack	^anyway	0.0483
time_ack	^are	0.1814
time_ack	^can	-0.2254
time_ack	^cheer	0.2023
time_ack	^could	-0.12
time_ack	^current	-0.0367
time_ack	^did	-0.0445
time_ack	^do	0.3344
time_ack	^doe	-0.0204
time_ack	^great	0.0586
time_ack	^happi	-0.024
time_ack	^have	-0.2576
time_ack	^hi	-0.0916
time_ack	^honest	-0.0405
time_ack	^how	-0.5845
time_ack	^if	-0.1243
time_ack	^is	-0.0558
time_ack	^just	0.5218
time_ack	^let	-0.0634
time_ack	^look	0.0737
time_ack	^love	-0.1072
time_ack	^my	-0.0499
time_ack	^no	-0.0971
time_ack	^oh	0.3071
time_ack	^ok	-0.1749
time_ack	^one	-0.0275
time_ack	^pleas	-0.0706
time_ack	^right	-0.0703
time_ack	^should	-0.0222
time_ack	^so	-0.0613
time_ack	^sorri	0.3983
time_ack	^tell	-0.0656
time_ack	^thank	0.0642
time_ack	^that	-0.1658
time_ack	^this	-0.0405
time_ack	^walk	-0.0364
time_ack	^was	-0.024
time_ack	^we	0.5454
time_ack	^what	-0.7177
time_ack	^when	-0.0224
time_ack	^where	-0.1197
time_ack	^whi	-0.0348
time_ack	^which	-0.1965
time_ack	^who	-0.1135
time_ack	^would	-0.1455
time_ack	^yeah	-0.0373
time_ack	^you	-0.03
time_ack	a	-0.1307
time_ack	a beginn	-0.0348
time_ack	a big	-0.0215
time_ack	a bit	0.2062
time_ack	a career	-0.0386
time_ack	a colleagu	-0.027
time_ack	a coupl	0.064
time_ack	a degre	-0.0219
time_ack	a few	0.0526
time_ack	a good	0.2138
time_ack	a great	-0.0699
time_ack	a hand	-0.0214
time_ack	a job	-0.0475
time_ack	a junior	-0.0258
time_ack	a line	-0.0264
time_ack	a lot	-0.036
time_ack	a love	-0.1389
time_ack	a normal	-0.0202
time_ack	a part	-0.0657
time_ack	a project	-0.0472
time_ack	a question	0.1986
time_ack	a quick	-0.0398
time_ack	a referr	-0.0472
time_ack	a role	-0.0313
time_ack	a second	-0.0249
time_ack	a shall	-0.0339
time_ack	a short	-0.0498
time_ack	a thank	-0.0574
time_ack	a typic	-0.0554
time_ack	a week	-0.027
time_ack	a ~closing	-0.0399
time_ack	a ~degree	-0.0658
time_ack	a ~job	-0.0935
time_ack	a ~limit	-0.0326
time_ack	a ~number	0.1166
time_ack	a ~org	-0.0753
time_ack	a ~people	-0.027
time_ack	a ~student	-0.1197
time_ack	abil	-0.0415
time_ack	abl	-0.0549
time_ack	abl to	-0.0549
time_ack	about	-0.3334
time_ack	about a	-0.0528
time_ack	about consult	-0.0274
time_ack	about data	-0.0229
time_ack	about five	0.1128
time_ack	about it	-0.0337
time_ack	about me	-0.037
time_ack	about the	-0.1235
time_ack	about your	-0.0323
time_ack	about ~number	-0.0698
time_ack	about ~studyverb	-0.0598
time_ack	academia	-0.0265
time_ack	actual	-0.1101
time_ack	actual ~workverb	-0.0458
time_ack	advic	-0.0566
time_ack	after	-0.0858
time_ack	again	-0.1073
time_ack	again in	-0.0214
time_ack	agre	0.037
time_ack	all	-0.0767
time_ack	all i	-0.036
time_ack	all my	-0.0792
time_ack	all right	0.1995
time_ack	all the	-0.0498
time_ack	all ~number	-0.0498
time_ack	almost	0.0677
time_ack	almost out	0.0677
time_ack	along	-0.0346
time_ack	alreadi	0.2913
time_ack	alright	-0.1555
time_ack	alright i	-0.1368
time_ack	am	-0.2977
time_ack	am a	-0.0221
time_ack	am here	-0.0718
time_ack	am just	-0.0388
time_ack	am look	-0.0254
time_ack	am not	0.0842
time_ack	am now	-0.0323
time_ack	am tri	-0.0572
time_ack	am ~number	-0.0357
time_ack	am ~want	-0.2598
time_ack	an	-0.1756
time_ack	an exercis	-0.0205
time_ack	an internship	-0.0255
time_ack	an interview	-0.0228
time_ack	an ~job	-0.0299
time_ack	an ~talk	-0.0228
time_ack	analyst	-0.117
time_ack	and	-0.3986
time_ack	and i	-0.1547
time_ack	and ~want	-0.0394
time_ack	ani	-0.382
time_ack	ani more	0.1803
time_ack	ani podcast	-0.0538
time_ack	ani way	-0.04
time_ack	ani ~job	-0.0203
time_ack	anoth	0.2477
time_ack	anyon	-0.0873
time_ack	anyon els	-0.0344
time_ack	anyth	-0.0902
time_ack	anyth you	0.0532
time_ack	anyway	0.0483
time_ack	anyway i	0.0483
time_ack	app	-0.0251
time_ack	appli	-0.0451
time_ack	appli to	-0.0201
time_ack	applic	-0.0409
time_ack	appreci it	-0.0731
time_ack	appreci you	-0.0576
time_ack	are	0.8531
time_ack	are almost	0.0677
time_ack	are near	0.1266
time_ack	are right	0.0388
time_ack	are the	-0.0516
time_ack	are there	-0.2112
time_ack	are worth	-0.0218
time_ack	are you	0.2839
time_ack	are your	-0.0207
time_ack	are ~job	-0.0221
time_ack	are ~number	0.1706
time_ack	are ~workverb	0.0297
time_ack	articl	-0.041
time_ack	articl i	-0.0356
time_ack	as	-0.1066
time_ack	as a	-0.0366
time_ack	as ~number	-0.04
time_ack	ask	-0.0377
time_ack	ask for	-0.081
time_ack	ask you	-0.0851
time_ack	associ	-0.0517
time_ack	associ or	-0.0243
time_ack	at	0.2297
time_ack	at a	-0.1235
time_ack	at that	-0.0376
time_ack	at the	0.1032
time_ack	at your	-0.0306
time_ack	back	0.1269
time_ack	back to	0.156
time_ack	background	-0.0232
time_ack	bank	-0.053
time_ack	be	0.3169
time_ack	be a	-0.0238
time_ack	be abl	-0.0549
time_ack	be clear	-0.0217
time_ack	be happi	-0.0204
time_ack	be mind	0.186
time_ack	be ok	-0.0214
time_ack	be quick	0.0793
time_ack	be upfront	-0.0463
time_ack	be use	-0.0295
time_ack	be will	-0.0426
time_ack	be ~help	-0.0295
time_ack	be ~number	-0.0265
time_ack	becom	-0.0206
time_ack	becom ~number	-0.0206
time_ack	been	-0.178
time_ack	been a	-0.0203
time_ack	been the	-0.0259
time_ack	been ~number	-0.0462
time_ack	been ~workverb	-0.0231
time_ack	befor	-0.0598
time_ack	befor a	-0.0232
time_ack	befor i	-0.0299
time_ack	befor we	0.0353
time_ack	befor ~number	-0.0232
time_ack	beginn	-0.0584
time_ack	better	-0.0235
time_ack	between	0.5048
time_ack	beyond	-0.0345
time_ack	big	-0.0312
time_ack	biggest	-0.1042
time_ack	bit	0.1745
time_ack	bit about	-0.0248
time_ack	book	-0.0665
time_ack	book or	-0.0305
time_ack	bootcamp	-0.0591
time_ack	break	0.276
time_ack	build	-0.0494
time_ack	busi	0.1936
time_ack	but	-0.0285
time_ack	but i	-0.0431
time_ack	by	-0.0238
time_ack	bye	-0.0789
time_ack	call	-0.0393
time_ack	can	-0.1982
time_ack	can be	-0.0386
time_ack	can do	-0.0503
time_ack	can ever	-0.034
time_ack	can help	-0.0202
time_ack	can i	-0.1062
time_ack	can see	0.4793
time_ack	can we	-0.0294
time_ack	can you	-0.1235
time_ack	can ~help	-0.0849
time_ack	can ~learn	0.4045
time_ack	candid	-0.0371
time_ack	care	-0.0547
time_ack	career	-0.1903
time_ack	certif	-0.026
time_ack	chanc	-0.0222
time_ack	chang	-0.0846
time_ack	chat	-0.0498
time_ack	check	0.4971
time_ack	cheer	0.2023
time_ack	choos	-0.0222
time_ack	citi	-0.051
time_ack	citi govern	-0.0345
time_ack	civil	-0.0203
time_ack	civil engin	-0.0203
time_ack	clear	-0.0217
time_ack	client	-0.0265
time_ack	clinic	-0.0586
time_ack	clinic ~learn	-0.022
time_ack	clock	0.4627
time_ack	coder	-0.0228
time_ack	colleagu	-0.0494
time_ack	colleg	-0.0209
time_ack	come	-0.0683
time_ack	common	-0.038
time_ack	communiti	-0.0764
time_ack	compani	-0.0495
time_ack	connect	-0.0942
time_ack	connect with	-0.0437
time_ack	conscious	0.1018
time_ack	consult	-0.0467
time_ack	convers	-0.0288
time_ack	could	-0.2131
time_ack	could do	0.0486
time_ack	could i	-0.0378
time_ack	could you	-0.1245
time_ack	could ~help	0.0466
time_ack	coupl	0.064
time_ack	coupl more	0.0987
time_ack	coupl of	-0.0346
time_ack	cours	-0.1016
time_ack	cover	-0.0449
time_ack	cover everyth	-0.0449
time_ack	credit	-0.037
time_ack	curious	-0.0266
time_ack	curious about	-0.0206
time_ack	current	-0.0401
time_ack	current a	-0.0299
time_ack	current ~number	-0.0299
time_ack	custom	-0.0254
time_ack	data	-0.2652
time_ack	data engin	-0.0211
time_ack	data scienc	-0.1092
time_ack	data scientist	-0.0303
time_ack	data ~student	-0.0218
time_ack	day	-0.1617
time_ack	day is	-0.0409
time_ack	day to	-0.047
time_ack	deadlin	-0.1056
time_ack	decid	-0.0634
time_ack	decid between	-0.0426
time_ack	definit	-0.0866
time_ack	definit not	-0.0226
time_ack	degre	-0.0809
time_ack	depart	-0.0243
time_ack	describ	-0.0261
time_ack	design	-0.1798
time_ack	develop	-0.0426
time_ack	did	-0.1818
time_ack	did you	-0.09
time_ack	differ	-0.0696
time_ack	director	-0.0291
time_ack	do a	-0.043
time_ack	do engin	-0.0212
time_ack	do for	-0.0257
time_ack	do i	-0.0219
time_ack	do not	0.1361
time_ack	do peopl	-0.0265
time_ack	do this	-0.0223
time_ack	do to	0.0205
time_ack	do you	0.2968
time_ack	do ~number	-0.0632
time_ack	do ~people	-0.0265
time_ack	doe	-0.1724
time_ack	doe a	-0.0591
time_ack	doe it	-0.0307
time_ack	doe your	-0.0388
time_ack	doe ~number	-0.0651
time_ack	done	-0.0512
time_ack	down	-0.0308
time_ack	downsid	-0.0357
time_ack	drop	-0.0349
time_ack	drop you	-0.0264
time_ack	each	-0.0479
time_ack	eat	0.347
time_ack	eat into	0.347
time_ack	els	-0.031
time_ack	els should	0.021
time_ack	email	-0.1177
time_ack	email you	-0.0305
time_ack	end	-0.0903
time_ack	end of	-0.0386
time_ack	end up	-0.0544
time_ack	engin	-0.1059
time_ack	enjoy	-0.0585
time_ack	enjoy the	-0.0306
time_ack	enjoy ~number	-0.0306
time_ack	enough	0.1435
time_ack	entri	-0.0288
time_ack	entri level	-0.0288
time_ack	evening	0.1879
time_ack	event	-0.0302
time_ack	ever	-0.3254
time_ack	ever help	-0.0254
time_ack	ever need	-0.0627
time_ack	ever ~help	-0.034
time_ack	everyth	-0.1143
time_ack	everyth i	-0.0579
time_ack	exercis	-0.0325
time_ack	experi	-0.0473
time_ack	extra	0.0688
time_ack	favor	-0.0449
time_ack	feel	-0.0885
time_ack	feel like	-0.049
time_ack	few	0.0425
time_ack	few year	-0.022
time_ack	few ~duration	-0.0267
time_ack	field	-0.1495
time_ack	figur	-0.0368
time_ack	figur out	-0.0368
time_ack	final	-0.0574
time_ack	final year	0.045
time_ack	final ~duration	0.045
time_ack	financ	-0.0214
time_ack	find	-0.0461
time_ack	finish	-0.0926
time_ack	finish a	-0.0227
time_ack	finish ~number	-0.0406
time_ack	firm	-0.0568
time_ack	first	-0.046
time_ack	fit	0.0835
time_ack	fit me	0.0835
time_ack	five	0.0956
time_ack	five minut	0.1166
time_ack	five year	-0.021
time_ack	five ~duration	-0.021
time_ack	five ~limit	0.1166
time_ack	five ~timeunit	0.1166
time_ack	follow	-0.127
time_ack	follow up	-0.0822
time_ack	for	0.5083
time_ack	for a	0.1219
time_ack	for an	-0.022
time_ack	for data	-0.0306
time_ack	for me	-0.0603
time_ack	for the	-0.0803
time_ack	for this	-0.0499
time_ack	for today	-0.0623
time_ack	for you	-0.0637
time_ack	for your	-0.136
time_ack	for ~hiring	-0.0343
time_ack	for ~org	-0.1261
time_ack	for ~people	-0.0256
time_ack	forward	-0.0393
time_ack	forward my	-0.0393
time_ack	found	-0.0276
time_ack	free	-0.0324
time_ack	freelanc	-0.0344
time_ack	from	-0.2551
time_ack	from a	-0.0231
time_ack	from me	-0.0628
time_ack	from my	-0.0498
time_ack	from ~number	-0.0322
time_ack	game	-0.136
time_ack	game design	-0.0235
time_ack	game develop	-0.0292
time_ack	get	-0.295
time_ack	get a	-0.0259
time_ack	get back	0.1658
time_ack	get into	-0.0297
time_ack	get on	-0.1803
time_ack	get ~number	-0.033
time_ack	give	0.23
time_ack	go	-0.0249
time_ack	go into	-0.0284
time_ack	go on	-0.0392
time_ack	go to	-0.0431
time_ack	goe	-0.0426
time_ack	good	-0.0279
time_ack	good at	-0.0584
time_ack	good for	-0.025
time_ack	good way	-0.0226
time_ack	good ~limit	0.2546
time_ack	got a	0.06
time_ack	got about	0.1166
time_ack	govern	-0.0394
time_ack	grad	-0.0239
time_ack	graduat	-0.0309
time_ack	grant	-0.0225
time_ack	great	-0.0251
time_ack	great well	0.0586
time_ack	guy	-0.0695
time_ack	had	-0.1369
time_ack	half	0.5155
time_ack	half hour	0.1709
time_ack	half ~limit	0.1709
time_ack	half ~timeunit	0.1709
time_ack	hand	-0.0295
time_ack	happen	-0.0375
time_ack	happi	-0.0711
time_ack	happi to	-0.0444
time_ack	hard	0.6009
time_ack	has	-0.0321
time_ack	have	0.8636
time_ack	have a	0.3965
time_ack	have ani	-0.154
time_ack	have been	-0.1455
time_ack	have got	-0.0337
time_ack	have hit	0.0737
time_ack	have onli	0.0983
time_ack	have read	-0.0269
time_ack	have time	0.0831
time_ack	have to	-0.0874
time_ack	have ~insight	-0.0269
time_ack	have ~limit	0.0831
time_ack	have ~number	0.4234
time_ack	have ~workverb	0.1789
time_ack	head	-0.0349
time_ack	health	-0.0384
time_ack	hear	-0.1182
time_ack	hear how	-0.0745
time_ack	help	-0.2064
time_ack	help i	-0.0415
time_ack	help me	-0.0268
time_ack	help with	-0.0459
time_ack	here	-0.3314
time_ack	here to	-0.0985
time_ack	hi	-0.0916
time_ack	hire	-0.1251
time_ack	hit	0.0737
time_ack	honest	-0.2021
time_ack	honest i	-0.0296
time_ack	hope	-0.056
time_ack	hope to	-0.0316
time_ack	hope you	-0.0244
time_ack	hospit	-0.082
time_ack	hour	-0.1394
time_ack	hous	-0.0299
time_ack	how	-0.7546
time_ack	how did	-0.05
time_ack	how do	-0.2448
time_ack	how doe	-0.031
time_ack	how is	-0.0399
time_ack	how much	-0.1084
time_ack	how the	-0.0454
time_ack	how you	-0.0656
time_ack	how ~help	-0.2448
time_ack	how ~number	-0.0485
time_ack	how ~studyverb	-0.05
time_ack	hunt	-0.0221
time_ack	i	0.1131
time_ack	i am	-0.2977
time_ack	i ask	0.2196
time_ack	i be	-0.0426
time_ack	i can	0.329
time_ack	i do	-0.1093
time_ack	i follow	-0.0226
time_ack	i get	-0.043
time_ack	i had	-0.104
time_ack	i have	0.4239
time_ack	i just	-0.0609
time_ack	i know	0.7485
time_ack	i learn	-0.0461
time_ack	i mention	-0.041
time_ack	i might	-0.0209
time_ack	i need	-0.1104
time_ack	i reach	-0.0443
time_ack	i read	-0.0203
time_ack	i realli	0.1324
time_ack	i should	0.0781
time_ack	i talk	0.0214
time_ack	i want	0.1491
time_ack	i was	-0.0544
time_ack	i will	0.286
time_ack	i would	-0.1857
time_ack	i ~contactverb	-0.0311
time_ack	i ~help	-0.1363
time_ack	i ~insight	-0.0253
time_ack	i ~learn	0.7908
time_ack	i ~sendverb	-0.0341
time_ack	i ~studyverb	-0.0486
time_ack	i ~talk	0.1922
time_ack	i ~workverb	-0.0866
time_ack	idea	-0.0523
time_ack	if	-0.274
time_ack	if i	0.0418
time_ack	if there	-0.0554
time_ack	if you	-0.1376
time_ack	if your	-0.0462
time_ack	import	0.1376
time_ack	in	-0.2344
time_ack	in a	-0.0793
time_ack	in data	-0.0563
time_ack	in meet	-0.0972
time_ack	in my	-0.0209
time_ack	in retail	-0.0382
time_ack	in the	-0.0611
time_ack	in this	-0.0555
time_ack	in touch	-0.0707
time_ack	in your	-0.1033
time_ack	in ~contactverb	-0.0714
time_ack	in ~number	-0.145
time_ack	industri	-0.0808
time_ack	inform	-0.0402
time_ack	interest	-0.0639
time_ack	intern	-0.0292
time_ack	internship	-0.1281
time_ack	internship i	-0.0269
time_ack	interview	-0.0478
time_ack	into	0.1369
time_ack	into your	0.347
time_ack	introduct	-0.0483
time_ack	invest	-0.0205
time_ack	is	-0.0689
time_ack	is a	-0.0647
time_ack	is actual	-0.0309
time_ack	is all	-0.0656
time_ack	is ani	-0.0287
time_ack	is everyth	-0.0587
time_ack	is it	0.1205
time_ack	is like	-0.0231
time_ack	is me	-0.0314
time_ack	is most	-0.0207
time_ack	is not	-0.0369
time_ack	is part	-0.03
time_ack	is realli	-0.0501
time_ack	is super	-0.03
time_ack	is the	-0.1278
time_ack	is there	-0.0743
time_ack	is to	-0.0216
time_ack	is ~number	-0.1968
time_ack	is ~want	-0.0782
time_ack	it	0.0815
time_ack	it be	-0.0326
time_ack	it for	-0.0361
time_ack	it from	-0.0233
time_ack	it is	0.3307
time_ack	it ok	0.2072
time_ack	it take	-0.0211
time_ack	it there	-0.0739
time_ack	it to	0.0501
time_ack	it ~insight	-0.0211
time_ack	it ~want	-0.0559
time_ack	job	-0.1916
time_ack	job ask	-0.0202
time_ack	job hunt	-0.0221
time_ack	job i	-0.0396
time_ack	job ~want	0.051
time_ack	join	-0.0361
time_ack	junior	-0.0468
time_ack	just	0.5498
time_ack	just say	-0.0265
time_ack	just to	-0.0334
time_ack	just tri	-0.0208
time_ack	just want	-0.0659
time_ack	just ~want	-0.1035
time_ack	keep	0.194
time_ack	keep go	0.1041
time_ack	keep in	-0.0298
time_ack	keep you	-0.0246
time_ack	kept	0.4097
time_ack	kept you	0.4097
time_ack	kind	-0.0595
time_ack	kind of	-0.0565
time_ack	know	0.465
time_ack	know anyon	-0.0304
time_ack	know how	-0.0412
time_ack	know i	0.0609
time_ack	know if	-0.0916
time_ack	know this	0.0219
time_ack	know we	0.1867
time_ack	know you	0.3871
time_ack	know ~people	-0.0325
time_ack	lab	-0.03
time_ack	last	-0.0566
time_ack	last year	-0.0255
time_ack	last ~duration	-0.0255
time_ack	late	0.383
time_ack	later	-0.0581
time_ack	lead	-0.0383
time_ack	learn	-0.2334
time_ack	learn more	-0.0359
time_ack	learner	-0.022
time_ack	leav	-0.2233
time_ack	leav it	-0.104
time_ack	left	0.1307
time_ack	left right	0.0597
time_ack	let	-0.1763
time_ack	let me	-0.0961
time_ack	let us	-0.0416
time_ack	let you	-0.0386
time_ack	level	-0.0341
time_ack	level ~job	-0.0219
time_ack	life	-0.0212
time_ack	like	-0.1543
time_ack	like for	-0.0438
time_ack	like we	0.0737
time_ack	line	-0.0294
time_ack	line onc	-0.0264
time_ack	link	-0.0237
time_ack	linkedin	-0.0874
time_ack	list	-0.0587
time_ack	local	-0.0318
time_ack	logist	-0.0258
time_ack	long	-0.0513
time_ack	longer	0.3336
time_ack	look	-0.0332
time_ack	look for	-0.0332
time_ack	look like	0.0205
time_ack	lot	-0.036
time_ack	love	-0.2731
time_ack	love to	-0.098
time_ack	love ~closing	-0.1389
time_ack	love ~number	-0.0218
time_ack	lunch	0.3337
time_ack	lunch break	0.2828
time_ack	made	-0.034
time_ack	main	-0.0347
time_ack	major	-0.0244
time_ack	make	-0.1941
time_ack	make game	-0.0349
time_ack	make sens	-0.0412
time_ack	make the	-0.0835
time_ack	make ~insight	-0.0412
time_ack	make ~number	-0.0955
time_ack	manag	-0.2693
time_ack	market	-0.0254
time_ack	master	-0.0299
time_ack	matter	-0.049
time_ack	matter most	-0.0222
time_ack	may	-0.0232
time_ack	me	0.1078
time_ack	me about	-0.077
time_ack	me done	-0.0314
time_ack	me for	-0.0234
time_ack	me i	-0.0458
time_ack	me in	0.7461
time_ack	me know	-0.0961
time_ack	me through	-0.1156
time_ack	me to	-0.0243
time_ack	me when	0.1373
time_ack	me ~learn	-0.1073
time_ack	me ~number	-0.0273
time_ack	meet	0.6318
time_ack	meet you	-0.1352
time_ack	mention	-0.0674
time_ack	mentor	-0.0339
time_ack	might	-0.0923
time_ack	might be	-0.0246
time_ack	might ~contactverb	-0.0209
time_ack	might ~talk	-0.0209
time_ack	mind	0.1316
time_ack	mind if	-0.0357
time_ack	mind of	0.1811
time_ack	minut	0.9224
time_ack	minut left	0.1307
time_ack	minut or	0.0357
time_ack	minut so	0.1025
time_ack	moment	-0.047
time_ack	money	-0.0205
time_ack	month	-0.0555
time_ack	more	0.3745
time_ack	more about	-0.0473
time_ack	more minut	0.1312
time_ack	more of	0.2552
time_ack	more question	-0.1616
time_ack	more ~limit	0.1312
time_ack	more ~timeunit	0.1312
time_ack	morn	0.0471
time_ack	most	-0.1442
time_ack	most in	-0.0266
time_ack	move	-0.0446
time_ack	move into	-0.0324
time_ack	much	-0.2518
time_ack	much for	-0.1344
time_ack	much of	0.0235
time_ack	much this	-0.0403
time_ack	much time	-0.1514
time_ack	much ~limit	-0.1514
time_ack	my	-0.474
time_ack	my career	-0.0446
time_ack	my resum	-0.0799
time_ack	my ~application	-0.0966
time_ack	my ~degree	-0.0221
time_ack	myself	-0.0246
time_ack	name	-0.0307
time_ack	near	0.1266
time_ack	need	0.3554
time_ack	need a	-0.0542
time_ack	need to	0.6021
time_ack	need ~number	-0.0594
time_ack	network	-0.0332
time_ack	never	-0.0273
time_ack	new	-0.0452
time_ack	newslett	-0.0426
time_ack	next	0.143
time_ack	next step	-0.0325
time_ack	night	-0.0494
time_ack	no	-0.1346
time_ack	nonprofit	-0.0662
time_ack	normal	-0.0202
time_ack	not	0.3782
time_ack	not ask	-0.0714
time_ack	not have	-0.1144
time_ack	not job	-0.0221
time_ack	not take	0.2089
time_ack	not to	-0.0218
time_ack	not want	0.3747
time_ack	not ~insight	0.2089
time_ack	not ~job	-0.0221
time_ack	not ~want	0.5276
time_ack	note	-0.1013
time_ack	note tomorrow	-0.0504
time_ack	note tonight	-0.0297
time_ack	now	0.1042
time_ack	now ~studyverb	-0.0445
time_ack	nurs	-0.1034
time_ack	of	0.2539
time_ack	of a	-0.0226
time_ack	of ani	-0.0396
time_ack	of peopl	-0.0261
time_ack	of the	0.0225
time_ack	of time	0.1274
time_ack	of your	0.5188
time_ack	of ~limit	0.1274
time_ack	of ~people	-0.029
time_ack	off	-0.1813
time_ack	often	-0.0228
time_ack	oh	0.3071
time_ack	ok	0.2563
time_ack	ok for	0.3053
time_ack	ok i	-0.0767
time_ack	ok if	0.2013
time_ack	ok that	-0.0883
time_ack	ok to	0.0307
time_ack	old	-0.0227
time_ack	on	-0.572
time_ack	on a	-0.0265
time_ack	on linkedin	-0.0787
time_ack	on my	-0.0336
time_ack	on the	-0.0248
time_ack	on with	-0.1803
time_ack	on your	-0.0543
time_ack	on ~number	-0.055
time_ack	onc	-0.1351
time_ack	onc i	-0.0333
time_ack	one	0.0464
time_ack	one last	0.0372
time_ack	one more	0.1977
time_ack	onli	0.1251
time_ack	onli got	0.0983
time_ack	onli have	0.0269
time_ack	onlin	-0.0941
time_ack	onlin cours	-0.0342
time_ack	open	-0.1522
time_ack	or	0.1012
time_ack	or anyth	-0.0409
time_ack	or is	0.0427
time_ack	or newslett	-0.0426
time_ack	or should	0.0315
time_ack	or ~number	-0.0273
time_ack	other	-0.0444
time_ack	other ~people	-0.0235
time_ack	our	0.0252
time_ack	out	0.1777
time_ack	out again	-0.0238
time_ack	out of	0.0952
time_ack	out to	-0.0368
time_ack	out ~later	-0.0238
time_ack	outreach	-0.0208
time_ack	outsid	-0.0312
time_ack	outsid work	-0.0243
time_ack	outsid ~learn	-0.0243
time_ack	outsid ~workverb	-0.0243
time_ack	over	0.5524
time_ack	over the	-0.0268
time_ack	over ~number	-0.037
time_ack	own	-0.0234
time_ack	pack	0.1937
time_ack	part	-0.1322
time_ack	part of	-0.0442
time_ack	part time	-0.0879
time_ack	part ~limit	-0.0879
time_ack	pass	-0.0433
time_ack	pass my	-0.0357
time_ack	past	0.4025
time_ack	path	-0.0774
time_ack	peopl	-0.1757
time_ack	peopl in	-0.0351
time_ack	peopl you	-0.0319
time_ack	perspect	-0.0414
time_ack	pick	0.0777
time_ack	pitch	-0.0312
time_ack	place	0.0216
time_ack	plan	0.4046
time_ack	pleas	-0.0847
time_ack	pleas let	-0.0632
time_ack	podcast	-0.0695
time_ack	podcast or	-0.0565
time_ack	point	-0.0642
time_ack	polici	-0.1059
time_ack	polici analyst	-0.0267
time_ack	portfolio	-0.0468
time_ack	posit	-0.0269
time_ack	possibl	-0.0239
time_ack	possibl to	-0.0239
time_ack	post	-0.0806
time_ack	pretti	-0.0212
time_ack	product	-0.0429
time_ack	profess	-0.0225
time_ack	profess i	-0.0211
time_ack	profession	-0.0389
time_ack	program	-0.1435
time_ack	progress	-0.02
time_ack	project	-0.35
time_ack	project on	-0.0659
time_ack	project you	-0.0634
time_ack	promis	-0.0464
time_ack	proud	-0.0566
time_ack	proud of	-0.0566
time_ack	public	-0.0442
time_ack	put	-0.0325
time_ack	python	-0.0611
time_ack	question	0.1211
time_ack	question about	0.2036
time_ack	question ~later	-0.0265
time_ack	quick	0.0884
time_ack	quick ~contactverb	-0.0225
time_ack	quick ~talk	-0.0296
time_ack	rather	0.3233
time_ack	rather than	-0.0313
time_ack	reach	-0.0829
time_ack	reach out	-0.0741
time_ack	read	-0.068
time_ack	read ~number	-0.0269
time_ack	realli	-0.0808
time_ack	realli appreci	0.0595
time_ack	realli just	-0.0239
time_ack	reason	-0.0241
time_ack	recommend	-0.1377
time_ack	recommend i	-0.0253
time_ack	recruit	-0.0448
time_ack	referr	-0.0508
time_ack	remot	-0.0246
time_ack	report	-0.0731
time_ack	research	-0.0852
time_ack	rest	-0.1109
time_ack	rest of	-0.1109
time_ack	resum	-0.0809
time_ack	resum to	-0.0422
time_ack	retail	-0.0398
time_ack	return	-0.0689
time_ack	return the	-0.048
time_ack	return ~number	-0.048
time_ack	review	-0.0201
time_ack	right	0.1829
time_ack	right at	0.0388
time_ack	right now	-0.0607
time_ack	risk	-0.0321
time_ack	role	-0.1023
time_ack	rout	-0.0394
time_ack	rout into	-0.032
time_ack	run	0.8604
time_ack	run over	0.3982
time_ack	run program	-0.0369
time_ack	salari	0.2054
time_ack	same	-0.0514
time_ack	say	-0.0601
time_ack	say ~number	-0.023
time_ack	school	-0.0286
time_ack	scienc	-0.1092
time_ack	scientist	-0.0303
time_ack	season	-0.0932
time_ack	second	-0.0286
time_ack	second year	-0.0244
time_ack	second ~duration	-0.0244
time_ack	sector	-0.0271
time_ack	see	0.3836
time_ack	see the	0.431
time_ack	see we	0.0395
time_ack	see ~number	0.431
time_ack	send	-0.2312
time_ack	send a	-0.0391
time_ack	send me	-0.0225
time_ack	send over	-0.0294
time_ack	send you	-0.1205
time_ack	send ~number	-0.0391
time_ack	sens	-0.0509
time_ack	shall	-0.0589
time_ack	share	-0.0687
time_ack	shift	-0.1175
time_ack	should i	-0.1
time_ack	should talk	-0.0305
time_ack	should we	0.0357
time_ack	should ~talk	-0.0492
time_ack	side	-0.1611
time_ack	side project	-0.1289
time_ack	sign	-0.0618
time_ack	sign off	-0.0618
time_ack	sinc	-0.0262
time_ack	six	-0.0475
time_ack	six year	-0.0458
time_ack	six ~duration	-0.0475
time_ack	skill	-0.0568
time_ack	so	0.2858
time_ack	so i	0.3452
time_ack	so just	0.1315
time_ack	so much	-0.3042
time_ack	so you	0.1471
time_ack	so ~number	0.0385
time_ack	so ~want	0.1315
time_ack	some	-0.1038
time_ack	some ~insight	-0.0287
time_ack	someon	-0.0927
time_ack	someth	-0.0263
time_ack	sorri	0.3164
time_ack	sorri i	0.4712
time_ack	sorri my	-0.038
time_ack	sound	-0.0502
time_ack	spend	-0.0881
time_ack	spend in	-0.0689
time_ack	spent	-0.0682
time_ack	spent six	-0.0323
time_ack	sql	-0.0436
time_ack	squeez	0.6763
time_ack	squeez me	0.6763
time_ack	staff	-0.0438
time_ack	start	-0.073
time_ack	stay	-0.0766
time_ack	stay in	-0.0319
time_ack	step	-0.0422
time_ack	still	0.6358
time_ack	still a	0.3357
time_ack	still have	0.2247
time_ack	still ~number	0.3357
time_ack	stop	1.0888
time_ack	stop there	0.2828
time_ack	student and	0.0437
time_ack	studi	-0.0258
time_ack	studio	-0.032
time_ack	such	0.286
time_ack	such a	0.286
time_ack	such ~number	0.286
time_ack	suggest	-0.0645
time_ack	suit	-0.0325
time_ack	suit me	-0.0245
time_ack	summer	-0.09
time_ack	super	0.1667
time_ack	surpris	-0.0265
time_ack	surpris you	-0.0252
time_ack	survey	-0.0566
time_ack	sustain	-0.027
time_ack	switch	-0.0706
time_ack	take	0.1543
time_ack	take on	-0.0281
time_ack	take the	-0.0341
time_ack	take up	0.3034
time_ack	take ~number	-0.0463
time_ack	taken	0.1487
time_ack	talk	-0.1321
time_ack	talk to	-0.07
time_ack	talk with	-0.0426
time_ack	tax	-0.0837
time_ack	teach	-0.0514
time_ack	team	-0.1483
time_ack	technician	-0.0296
time_ack	tell	-0.1076
time_ack	tell me	-0.0887
time_ack	ten	0.2017
time_ack	test	-0.0591
time_ack	than	0.3376
time_ack	than a	-0.0302
time_ack	than ~number	-0.0302
time_ack	thank	-0.1696
time_ack	thank again	-0.0647
time_ack	thank for	-0.03
time_ack	thank so	-0.1911
time_ack	thank to	-0.0304
time_ack	thank you	0.2971
time_ack	thank ~later	-0.0647
time_ack	thank ~number	-0.0354
time_ack	that	-0.7605
time_ack	that cover	-0.0449
time_ack	that i	-0.0574
time_ack	that is	-0.305
time_ack	the	-0.4997
time_ack	the articl	-0.0356
time_ack	the bootcamp	-0.0245
time_ack	the clock	0.4627
time_ack	the day	-0.0495
time_ack	the downsid	-0.0357
time_ack	the end	-0.0386
time_ack	the favor	-0.0449
time_ack	the field	-0.0568
time_ack	the half	0.1709
time_ack	the hour	-0.0318
time_ack	the job	-0.0468
time_ack	the link	-0.0237
time_ack	the moment	-0.0406
time_ack	the most	-0.0475
time_ack	the next	-0.023
time_ack	the path	-0.0241
time_ack	the point	-0.0294
time_ack	the portfolio	-0.0236
time_ack	the rest	-0.0297
time_ack	the switch	-0.0221
time_ack	the time	0.027
time_ack	the work	-0.0417
time_ack	the ~closing	-0.0988
time_ack	the ~degree	-0.0602
time_ack	the ~gatekeeper	-0.0243
time_ack	the ~hiring	-0.0223
time_ack	the ~job	-0.0578
time_ack	the ~learn	-0.0445
time_ack	the ~limit	-0.0299
time_ack	the ~number	0.2239
time_ack	the ~org	-0.0505
time_ack	the ~student	-0.0364
time_ack	the ~timeunit	-0.0318
time_ack	the ~workverb	-0.0417
time_ack	there	-0.2516
time_ack	there a	-0.0671
time_ack	there ani	-0.0635
time_ack	there anyth	0.0561
time_ack	there book	-0.0226
time_ack	there for	-0.0629
time_ack	there is	-0.0525
time_ack	there so	0.1806
time_ack	there ~number	-0.0715
time_ack	there ~people	-0.0248
time_ack	these	-0.0396
time_ack	these day	-0.0274
time_ack	thing	0.2111
time_ack	think	-0.0835
time_ack	think about	-0.0518
time_ack	think i	0.195
time_ack	think that	-0.0559
time_ack	think we	-0.1093
time_ack	thirti	0.0257
time_ack	this	-0.0964
time_ack	this field	-0.0629
time_ack	this was	-0.0321
time_ack	thought	-0.0885
time_ack	three	-0.1236
time_ack	through	-0.1414
time_ack	through a	-0.1087
time_ack	through ~number	-0.1178
time_ack	time	0.8234
time_ack	time do	-0.0689
time_ack	time for	0.0831
time_ack	time or	0.4339
time_ack	time so	0.1363
time_ack	time to	-0.0479
time_ack	time today	-0.2431
time_ack	time ~help	-0.0689
time_ack	to	-0.1015
time_ack	to about	-0.0263
time_ack	to ask	-0.118
time_ack	to be	0.1881
time_ack	to coder	-0.0228
time_ack	to day	-0.047
time_ack	to do	-0.0668
time_ack	to find	-0.0241
time_ack	to forward	-0.0393
time_ack	to get	-0.0884
time_ack	to hear	-0.0955
time_ack	to hour	-0.0662
time_ack	to it	0.1564
time_ack	to keep	0.2907
time_ack	to learn	-0.1156
time_ack	to make	-0.0242
time_ack	to my	-0.0267
time_ack	to pass	-0.033
time_ack	to run	0.4932
time_ack	to send	-0.0278
time_ack	to stay	-0.0329
time_ack	to stop	0.0854
time_ack	to take	0.1008
time_ack	to talk	-0.0637
time_ack	to test	-0.0209
time_ack	to think	-0.0447
time_ack	to understand	-0.0315
time_ack	to work	-0.0632
time_ack	to you	-0.0446
time_ack	to your	-0.0956
time_ack	to ~closing	-0.047
time_ack	to ~help	-0.0867
time_ack	to ~insight	0.1008
time_ack	to ~learn	-0.559
time_ack	to ~limit	-0.1131
time_ack	to ~sendverb	-0.1097
time_ack	to ~student	-0.0368
time_ack	to ~talk	-0.2385
time_ack	to ~timeunit	-0.0662
time_ack	to ~workverb	0.4299
time_ack	today	-0.3921
time_ack	tomorrow	-0.0504
time_ack	tonight	-0.0626
time_ack	too	0.2584
time_ack	too much	0.3285
time_ack	tool	-0.034
time_ack	touch	-0.0723
time_ack	touch with	-0.0318
time_ack	toward	-0.0285
time_ack	trend	-0.0239
time_ack	trend are	-0.0239
time_ack	tri	0.0673
time_ack	tri to	0.0892
time_ack	twelv	-0.0932
time_ack	twenti	0.0578
time_ack	twenti minut	0.0578
time_ack	twenti ~limit	0.0578
time_ack	twenti ~timeunit	0.0578
time_ack	two	-0.0628
time_ack	two ~duration	-0.0232
time_ack	typic	-0.0625
time_ack	typic day	-0.0294
time_ack	typic ~closing	-0.048
time_ack	typic ~limit	-0.0294
time_ack	understand	-0.0412
time_ack	understand the	-0.0678
time_ack	understand ~number	-0.0678
time_ack	uni	-0.0995
time_ack	up	0.0783
time_ack	up a	-0.0225
time_ack	up ani	0.1844
time_ack	up most	-0.0713
time_ack	up with	-0.0407
time_ack	up ~number	-0.024
time_ack	up ~want	-0.048
time_ack	upfront	-0.0463
time_ack	us	-0.0442
time_ack	us leav	-0.0368
time_ack	use	-0.1745
time_ack	use to	-0.0912
time_ack	user	-0.0278
time_ack	usual	-0.0865
time_ack	ux	-0.0297
time_ack	ux research	-0.0261
time_ack	ux ~learn	-0.0238
time_ack	versus	-0.0324
time_ack	volunt	-0.0798
time_ack	walk	-0.1156
time_ack	walk me	-0.1156
time_ack	want	0.3986
time_ack	want to	0.4648
time_ack	was	-0.2714
time_ack	way	-0.1008
time_ack	way i	-0.04
time_ack	way in	-0.0281
time_ack	we	1.506
time_ack	we are	0.6167
time_ack	we can	-0.1093
time_ack	we finish	0.0353
time_ack	we have	0.3151
time_ack	we stop	0.0357
time_ack	week	0.0515
time_ack	weekend	-0.1362
time_ack	well	0.0518
time_ack	well i	0.0674
time_ack	went	-0.0293
time_ack	were	-0.0382
time_ack	what	-0.9996
time_ack	what are	-0.0771
time_ack	what do	-0.0688
time_ack	what doe	-0.0515
time_ack	what i	-0.1071
time_ack	what is	-0.1217
time_ack	what should	-0.0505
time_ack	what skill	-0.0346
time_ack	what the	-0.0231
time_ack	what trend	-0.0239
time_ack	what would	-0.0273
time_ack	what you	-0.0271
time_ack	what ~help	-0.0688
time_ack	what ~number	-0.0271
time_ack	what ~want	-0.0273
time_ack	when	-0.0204
time_ack	when you	0.0241
time_ack	where	-0.1272
time_ack	where can	-0.0397
time_ack	where do	-0.0451
time_ack	where is	-0.0217
time_ack	where ~help	-0.0451
time_ack	whether	-0.0511
time_ack	whi	-0.0534
time_ack	which	-0.2543
time_ack	which abil	-0.0267
time_ack	which ~student	-0.0246
time_ack	who	-0.1686
time_ack	who are	-0.0207
time_ack	who do	-0.0427
time_ack	who is	-0.0212
time_ack	who would	-0.031
time_ack	who ~help	-0.0427
time_ack	who ~want	-0.031
time_ack	will	0.2386
time_ack	will be	0.5191
time_ack	will definit	-0.064
time_ack	will drop	-0.0264
time_ack	will keep	0.1
time_ack	will leav	-0.1584
time_ack	will let	-0.1095
time_ack	will not	0.0562
time_ack	will send	-0.1725
time_ack	will sign	-0.0618
time_ack	will stop	0.1726
time_ack	will to	-0.0426
time_ack	will wrap	-0.1144
time_ack	will ~sendverb	-0.2164
time_ack	will ~talk	-0.0237
time_ack	with	-0.6279
time_ack	with a	-0.0691
time_ack	with anyth	-0.03
time_ack	with me	-0.0446
time_ack	with peopl	-0.0246
time_ack	with the	-0.0319
time_ack	with you	-0.034
time_ack	with your	-0.2144
time_ack	with ~number	-0.1174
time_ack	with ~people	-0.0386
time_ack	wonder	-0.0744
time_ack	work	-0.5878
time_ack	work common	-0.0306
time_ack	work in	-0.0898
time_ack	work is	-0.0203
time_ack	work on	-0.0203
time_ack	work with	-0.0275
time_ack	world	-0.0629
time_ack	worri	-0.0357
time_ack	worth	-0.163
time_ack	worth follow	-0.0289
time_ack	worth it	-0.0296
time_ack	worth join	-0.025
time_ack	worth ~number	-0.0248
time_ack	would	-0.2027
time_ack	would be	-0.0663
time_ack	would it	-0.0432
time_ack	would love	-0.0217
time_ack	would point	-0.0205
time_ack	would realli	-0.0357
time_ack	would recommend	-0.0698
time_ack	would suggest	-0.0266
time_ack	would you	0.2468
time_ack	would ~want	-0.0379
time_ack	wow	0.2973
time_ack	wrap	-0.1934
time_ack	wrap up	-0.1903
time_ack	write	-0.0395
time_ack	yeah	-0.0724
time_ack	year	-0.2145
time_ack	year and	-0.0228
time_ack	year in	-0.0446
time_ack	yet	-0.0434
time_ack	you	0.1589
time_ack	you a	-0.1207
time_ack	you actual	-0.0263
time_ack	you are	0.3703
time_ack	you be	-0.1248
time_ack	you can	-0.1235
time_ack	you could	-0.0327
time_ack	you decid	-0.0228
time_ack	you do	-0.0672
time_ack	you email	-0.0382
time_ack	you end	-0.0237
time_ack	you ever	-0.203
time_ack	you for	0.5757
time_ack	you get	-0.0309
time_ack	you go	0.0571
time_ack	you got	-0.0234
time_ack	you guy	-0.0695
time_ack	you have	0.6337
time_ack	you in	-0.0237
time_ack	you know	-0.154
time_ack	you like	0.0346
time_ack	you mind	-0.0397
time_ack	you most	-0.0387
time_ack	you move	0.0492
time_ack	you need	0.6301
time_ack	you note	-0.054
time_ack	you ok	0.1598
time_ack	you on	-0.0386
time_ack	you out	-0.0354
time_ack	you post	-0.0728
time_ack	you recommend	-0.0641
time_ack	you said	-0.0308
time_ack	you see	-0.0772
time_ack	you so	-0.1131
time_ack	you spend	-0.0823
time_ack	you still	0.2089
time_ack	you suggest	-0.0379
time_ack	you thank	-0.0203
time_ack	you that	-0.0678
time_ack	you think	-0.0352
time_ack	you to	-0.1305
time_ack	you use	-0.0208
time_ack	you walk	-0.0792
time_ack	you want	0.0252
time_ack	you were	-0.0321
time_ack	you work	-0.0554
time_ack	you would	-0.1396
time_ack	you wrap	-0.0676
time_ack	you ~contactverb	-0.042
time_ack	you ~help	-0.0905
time_ack	you ~learn	-0.3442
time_ack	you ~number	-0.1271
time_ack	you ~sendverb	-0.0538
time_ack	you ~talk	-0.0593
time_ack	you ~want	-0.1398
time_ack	you ~workverb	-0.065
time_ack	your advic	-0.0329
time_ack	your app	-0.0251
time_ack	your compani	-0.0255
time_ack	your day	-0.0412
time_ack	your depart	-0.0204
time_ack	your evening	0.2627
time_ack	your field	-0.02
time_ack	your firm	-0.0459
time_ack	your lunch	0.3559
time_ack	your team	-0.1093
time_ack	your time	-0.1601
time_ack	your week	-0.1251
time_ack	your work	-0.0494
time_ack	your ~closing	0.2763
time_ack	your ~insight	-0.0414
time_ack	your ~learn	-0.0448
time_ack	your ~limit	0.4137
time_ack	your ~org	-0.2335
time_ack	your ~people	-0.0204
time_ack	your ~workverb	-0.0494
time_ack	~application	-0.1172
time_ack	~application to	-0.0556
time_ack	~closing	0.116
time_ack	~closing is	-0.0436
time_ack	~closing of	-0.1109
time_ack	~closing to	-0.052
time_ack	~contactverb	-0.3206
time_ack	~contactverb out	-0.0465
time_ack	~contactverb with	-0.0474
time_ack	~contactverb you	-0.0357
time_ack	~degree	-0.3537
time_ack	~degree in	-0.0638
time_ack	~degree program	-0.0216
time_ack	~duration	-0.2422
time_ack	~duration and	-0.0228
time_ack	~duration in	-0.0553
time_ack	~gatekeeper	-0.148
time_ack	~help	-0.1884
time_ack	~help engin	-0.0212
time_ack	~help for	-0.0381
time_ack	~help i	-0.0219
time_ack	~help me	-0.0334
time_ack	~help not	0.1361
time_ack	~help peopl	-0.0295
time_ack	~help the	-0.0508
time_ack	~help with	-0.0459
time_ack	~help you	0.3186
time_ack	~hiring	-0.1427
time_ack	~insight	-0.0943
time_ack	~insight a	-0.0369
time_ack	~insight for	-0.0221
time_ack	~insight on	-0.0322
time_ack	~insight up	0.3097
time_ack	~job	-0.5137
time_ack	~job ask	-0.0202
time_ack	~job hunt	-0.0221
time_ack	~job i	-0.0881
time_ack	~job in	-0.029
time_ack	~later	0.3478
time_ack	~later in	-0.0214
time_ack	~learn	0.0408
time_ack	~learn a	-0.0435
time_ack	~learn anyon	-0.0304
time_ack	~learn back	0.1629
time_ack	~learn common	-0.0306
time_ack	~learn for	-0.0305
time_ack	~learn how	-0.067
time_ack	~learn i	0.1137
time_ack	~learn if	-0.128
time_ack	~learn in	-0.0715
time_ack	~learn into	-0.0212
time_ack	~learn is	-0.0203
time_ack	~learn me	-0.0283
time_ack	~learn more	-0.04
time_ack	~learn of	-0.0323
time_ack	~learn on	-0.1841
time_ack	~learn out	-0.0546
time_ack	~learn so	-0.021
time_ack	~learn the	0.3579
time_ack	~learn this	0.0219
time_ack	~learn we	0.2261
time_ack	~learn what	-0.0244
time_ack	~learn with	-0.0418
time_ack	~learn you	0.3577
time_ack	~learn your	0.0637
time_ack	~limit	1.8473
time_ack	~limit at	-0.0653
time_ack	~limit break	0.2828
time_ack	~limit do	-0.0414
time_ack	~limit for	0.0831
time_ack	~limit i	0.1918
time_ack	~limit is	0.0496
time_ack	~limit left	0.1307
time_ack	~limit or	0.4611
time_ack	~limit so	0.2388
time_ack	~limit to	-0.0949
time_ack	~limit today	-0.2431
time_ack	~limit work	-0.0314
time_ack	~number	0.0449
time_ack	~number articl	-0.0356
time_ack	~number beginn	-0.0348
time_ack	~number big	-0.0312
time_ack	~number bit	0.2062
time_ack	~number bootcamp	-0.0302
time_ack	~number career	-0.0406
time_ack	~number clock	0.4627
time_ack	~number colleagu	-0.027
time_ack	~number coupl	0.064
time_ack	~number day	-0.0952
time_ack	~number degre	-0.0219
time_ack	~number downsid	-0.0357
time_ack	~number end	-0.0386
time_ack	~number exercis	-0.0205
time_ack	~number extra	0.0688
time_ack	~number favor	-0.0449
time_ack	~number few	0.0526
time_ack	~number field	-0.065
time_ack	~number good	0.2138
time_ack	~number great	-0.0699
time_ack	~number half	0.1709
time_ack	~number hand	-0.0214
time_ack	~number hard	0.6446
time_ack	~number hour	0.1391
time_ack	~number internship	-0.0255
time_ack	~number interview	-0.0237
time_ack	~number job	-0.0943
time_ack	~number junior	-0.0315
time_ack	~number last	0.0253
time_ack	~number line	-0.0264
time_ack	~number link	-0.0237
time_ack	~number lot	-0.036
time_ack	~number love	-0.1389
time_ack	~number minut	0.5715
time_ack	~number moment	-0.0406
time_ack	~number more	0.3139
time_ack	~number most	-0.0475
time_ack	~number next	-0.023
time_ack	~number normal	-0.0202
time_ack	~number note	-0.045
time_ack	~number of	-0.0384
time_ack	~number part	-0.0657
time_ack	~number path	-0.0502
time_ack	~number point	-0.0294
time_ack	~number polici	-0.0223
time_ack	~number portfolio	-0.0354
time_ack	~number program	-0.0298
time_ack	~number project	-0.0699
time_ack	~number question	0.1611
time_ack	~number quick	-0.0398
time_ack	~number referr	-0.0472
time_ack	~number rest	-0.0297
time_ack	~number role	-0.0385
time_ack	~number second	-0.0249
time_ack	~number shall	-0.0339
time_ack	~number short	-0.0498
time_ack	~number student	-0.0216
time_ack	~number switch	-0.0221
time_ack	~number thank	-0.0574
time_ack	~number time	0.027
time_ack	~number twelv	-0.0836
time_ack	~number typic	-0.0554
time_ack	~number week	-0.041
time_ack	~number work	-0.0417
time_ack	~number year	-0.0902
time_ack	~org	-0.6303
time_ack	~org and	-0.0713
time_ack	~org ever	-0.0395
time_ack	~org project	-0.1289
time_ack	~org to	0.0548
time_ack	~people	-0.5002
time_ack	~people are	-0.0207
time_ack	~people do	-0.0469
time_ack	~people els	-0.0236
time_ack	~people have	-0.0201
time_ack	~people i	-0.0258
time_ack	~people in	-0.0779
time_ack	~people is	-0.0212
time_ack	~people last	0.0372
time_ack	~people more	0.1977
time_ack	~people who	-0.0548
time_ack	~people would	-0.0352
time_ack	~people you	-0.0426
time_ack	~sendverb	-0.4488
time_ack	~sendverb a	-0.0391
time_ack	~sendverb me	-0.0225
time_ack	~sendverb my	-0.08
time_ack	~sendverb over	-0.0294
time_ack	~sendverb you	-0.1797
time_ack	~student	-0.459
time_ack	~student and	0.0437
time_ack	~student at	-0.0286
time_ack	~student for	-0.0285
time_ack	~student i	-0.0365
time_ack	~studyverb	-0.4812
time_ack	~studyverb a	-0.0605
time_ack	~studyverb in	-0.0241
time_ack	~studyverb the	-0.0584
time_ack	~studyverb you	-0.0989
time_ack	~talk	-0.3377
time_ack	~talk at	0.0262
time_ack	~talk for	-0.0329
time_ack	~talk on	-0.0274
time_ack	~talk out	-0.0544
time_ack	~talk so	-0.041
time_ack	~talk to	-0.078
time_ack	~talk with	-0.1244
time_ack	~talk you	-0.1886
time_ack	~timeunit	0.783
time_ack	~timeunit do	0.026
time_ack	~timeunit left	0.1307
time_ack	~timeunit or	0.0272
time_ack	~timeunit so	0.1025
time_ack	~want	0.2418
time_ack	~want about	-0.0206
time_ack	~want appreci	0.0595
time_ack	~want be	-0.0663
time_ack	~want for	-0.0483
time_ack	~want in	-0.026
time_ack	~want it	-0.1163
time_ack	~want just	-0.0239
time_ack	~want like	-0.026
time_ack	~want love	-0.0217
time_ack	~want point	-0.0205
time_ack	~want realli	-0.0357
time_ack	~want recommend	-0.0698
time_ack	~want say	-0.0265
time_ack	~want suggest	-0.0266
time_ack	~want the	-0.0271
time_ack	~want this	0.178
time_ack	~want to	0.4711
time_ack	~want tri	-0.0208
time_ack	~want want	-0.078
time_ack	~want you	0.1534
time_ack	~want your	-0.0438
time_ack	~workverb	0.0579
time_ack	~workverb a	-0.0393
time_ack	~workverb at	-0.0481
time_ack	~workverb common	-0.0306
time_ack	~workverb in	-0.098
time_ack	~workverb is	-0.0203
time_ack	~workverb on	-0.0203
time_ack	~workverb over	0.3982
time_ack	~workverb program	-0.0369
time_ack	~workverb six	-0.0323
time_ack	~workverb the	-0.0259
time_ack	~workverb with	-0.0305
wrap_up	*	-0.5296
wrap_up	10	-0.1386
wrap_up	20	-0.0612
wrap_up	20 minut	-0.0612
wrap_up	20 ~limit	-0.0612
wrap_up	20 ~timeunit	-0.0612
wrap_up	?	-2.1498
wrap_up	^alright	0.6605
wrap_up	^ani	-0.0797
wrap_up	^anyway	0.0959
wrap_up	^are	-0.2126
wrap_up	^can	-0.1603
wrap_up	^cheer	-0.0666
wrap_up	^could	-0.0684
wrap_up	^current	-0.0343
wrap_up	^did	-0.0224
wrap_up	^do	-0.2972
wrap_up	^doe	-0.0321
wrap_up	^great	0.2365
wrap_up	^happi	-0.0359
wrap_up	^have	0.4523
wrap_up	^hi	-0.1001
wrap_up	^honest	-0.0211
wrap_up	^how	-0.3654
wrap_up	^i	-0.0387
wrap_up	^if	-0.0774
wrap_up	^is	-0.327
wrap_up	^just	-0.0403
wrap_up	^let	0.2145
wrap_up	^look	0.4015
wrap_up	^love	-0.0695
wrap_up	^mind	-0.1087
wrap_up	^my	-0.0763
wrap_up	^no	0.085
wrap_up	^oh	-0.1525
wrap_up	^ok	0.4588
wrap_up	^pleas	-0.0487
wrap_up	^right	0.1424
wrap_up	^should	-0.0241
wrap_up	^so	-0.0256
wrap_up	^sorri	-0.2592
wrap_up	^tell	-0.0299
wrap_up	^thank	-0.2312
wrap_up	^that	0.6007
wrap_up	^this	-0.0236
wrap_up	^walk	-0.0658
wrap_up	^was	-0.0364
wrap_up	^we	-0.3092
wrap_up	^well	0.1633
wrap_up	^what	-0.6219
wrap_up	^where	-0.0917
wrap_up	^whi	-0.0323
wrap_up	^which	-0.1258
wrap_up	^who	-0.086
wrap_up	^would	-0.0688
wrap_up	^yeah	-0.095
wrap_up	a	-0.4289
wrap_up	a career	-0.0305
wrap_up	a coupl	-0.0525
wrap_up	a few	-0.0409
wrap_up	a good	0.0439
wrap_up	a great	0.2853
wrap_up	a hand	-0.0338
wrap_up	a job	-0.0331
wrap_up	a line	-0.0391
wrap_up	a lot	-0.0632
wrap_up	a love	0.366
wrap_up	a project	-0.0504
wrap_up	a quick	-0.0391
wrap_up	a realli	-0.0795
wrap_up	a referr	-0.0233
wrap_up	a research	-0.0229
wrap_up	a second	-0.0222
wrap_up	a short	-0.1012
wrap_up	a thank	0.0228
wrap_up	a typic	-0.0632
wrap_up	a ~degree	-0.0458
wrap_up	a ~job	-0.0471
wrap_up	a ~number	-0.0934
wrap_up	a ~student	-0.086
wrap_up	a ~want	-0.0795
wrap_up	abil	-0.0288
wrap_up	about	-0.3702
wrap_up	about consult	-0.0601
wrap_up	about five	-0.0259
wrap_up	about it	0.0685
wrap_up	about me	-0.0406
wrap_up	about the	-0.1217
wrap_up	about your	-0.0375
wrap_up	about ~job	-0.029
wrap_up	about ~number	-0.168
wrap_up	academia	-0.0525
wrap_up	actual	-0.1091
wrap_up	advic	-0.0939
wrap_up	after	-0.0919
wrap_up	after the	-0.0695
wrap_up	after ~number	-0.0948
wrap_up	afternoon	0.0655
wrap_up	agre	-0.0806
wrap_up	all	0.7408
wrap_up	all i	0.119
wrap_up	all my	0.2054
wrap_up	all right	-0.0461
wrap_up	all the	0.5331
wrap_up	all ~number	0.5331
wrap_up	almost	-0.0654
wrap_up	almost out	-0.0654
wrap_up	along	-0.0205
wrap_up	alreadi	-0.1902
wrap_up	alright	0.6507
wrap_up	alright i	0.3509
wrap_up	am	-0.5645
wrap_up	am a	-0.045
wrap_up	am curious	-0.0244
wrap_up	am here	-0.0555
wrap_up	am not	-0.0664
wrap_up	am tri	-0.0256
wrap_up	am ~number	-0.0549
wrap_up	am ~want	-0.1719
wrap_up	an	-0.1459
wrap_up	an eye	-0.0384
wrap_up	analyst	-0.0704
wrap_up	and	-0.154
wrap_up	and i	0.1227
wrap_up	and ~want	-0.0261
wrap_up	ani	0.603
wrap_up	ani more	0.3918
wrap_up	ani podcast	-0.0344
wrap_up	ani way	-0.049
wrap_up	ani ~job	-0.0217
wrap_up	anyon	-0.0817
wrap_up	anyon els	-0.0555
wrap_up	anyth	-0.1735
wrap_up	anyth i	-0.0351
wrap_up	anyth on	-0.0228
wrap_up	anyth you	-0.0291
wrap_up	anyway	0.0959
wrap_up	anyway i	0.0959
wrap_up	app	-0.0285
wrap_up	appli	-0.0528
wrap_up	applic	-0.0367
wrap_up	appreci	-0.1128
wrap_up	appreci it	0.1295
wrap_up	appreci you	-0.0995
wrap_up	are almost	-0.0654
wrap_up	are right	0.1423
wrap_up	are there	-0.1727
wrap_up	are you	-0.0887
wrap_up	are ~number	-0.0233
wrap_up	are ~workverb	-0.0309
wrap_up	articl	-0.1197
wrap_up	articl i	-0.0837
wrap_up	as	-0.0845
wrap_up	as a	-0.028
wrap_up	as ~number	-0.0306
wrap_up	ask	0.2067
wrap_up	ask about	-0.0281
wrap_up	ask for	-0.0227
wrap_up	ask you	-0.0437
wrap_up	associ	-0.0499
wrap_up	at	-0.165
wrap_up	at a	-0.0417
wrap_up	at that	0.0986
wrap_up	at the	-0.1232
wrap_up	at your	-0.0332
wrap_up	at ~number	-0.1991
wrap_up	averag	-0.0271
wrap_up	back	0.2515
wrap_up	back after	-0.0354
wrap_up	back to	0.3008
wrap_up	back ~want	-0.0354
wrap_up	bank	-0.0461
wrap_up	be	-0.5278
wrap_up	be mind	-0.0932
wrap_up	be quick	-0.1028
wrap_up	be use	-0.044
wrap_up	be ~help	-0.044
wrap_up	be ~talk	-0.0253
wrap_up	becom	-0.023
wrap_up	becom ~number	-0.023
wrap_up	been	-0.0739
wrap_up	been ~number	-0.0269
wrap_up	befor	-0.079
wrap_up	befor i	-0.0363
wrap_up	between	-0.0858
wrap_up	beyond	-0.1359
wrap_up	biggest	-0.0805
wrap_up	bit	-0.0294
wrap_up	book	-0.0534
wrap_up	book or	-0.0206
wrap_up	bootcamp	-0.1018
wrap_up	busi	-0.0237
wrap_up	but	0.0268
wrap_up	but i	0.0929
wrap_up	by	-0.0425
wrap_up	by email	-0.0403
wrap_up	by ~contactverb	-0.0403
wrap_up	by ~sendverb	-0.0403
wrap_up	by ~talk	-0.0403
wrap_up	bye	0.4026
wrap_up	call	0.0985
wrap_up	can	0.1612
wrap_up	can be	-0.0494
wrap_up	can do	-0.025
wrap_up	can ever	-0.0408
wrap_up	can i	-0.1036
wrap_up	can nurs	-0.0207
wrap_up	can return	-0.0201
wrap_up	can see	0.0571
wrap_up	can we	-0.0242
wrap_up	can you	-0.0589
wrap_up	can ~help	-0.0538
wrap_up	can ~learn	0.1275
wrap_up	care	0.9516
wrap_up	career	-0.267
wrap_up	chanc	-0.0251
wrap_up	chang	-0.0993
wrap_up	chat	-0.0322
wrap_up	cheer	-0.0666
wrap_up	choos	-0.0281
wrap_up	citi	-0.0213
wrap_up	civil	-0.0224
wrap_up	civil engin	-0.0224
wrap_up	clinic	-0.0416
wrap_up	clock	-0.0804
wrap_up	colleagu	-0.0696
wrap_up	come	-0.0327
wrap_up	comfort	-0.0383
wrap_up	communiti	-0.0435
wrap_up	compani	-0.0511
wrap_up	connect	-0.1689
wrap_up	connect with	-0.1301
wrap_up	consult	-0.0765
wrap_up	context	-0.1307
wrap_up	could	-0.1943
wrap_up	could i	-0.0342
wrap_up	could you	-0.0631
wrap_up	could ~sendverb	-0.0206
wrap_up	coupl	-0.0525
wrap_up	coupl more	-0.0425
wrap_up	cours	-0.2252
wrap_up	cover	0.3135
wrap_up	cover everyth	0.3135
wrap_up	credit	-0.0348
wrap_up	curious	-0.0472
wrap_up	curious about	-0.0396
wrap_up	current	-0.0359
wrap_up	current a	-0.0279
wrap_up	current ~number	-0.0279
wrap_up	dashboard	-0.038
wrap_up	data	-0.2045
wrap_up	data scienc	-0.0545
wrap_up	data scientist	-0.0271
wrap_up	day	0.3234
wrap_up	day to	-0.0227
wrap_up	decid	-0.0796
wrap_up	decid between	-0.0536
wrap_up	definit	-0.0402
wrap_up	degre	-0.0674
wrap_up	describ	-0.0219
wrap_up	design	-0.1385
wrap_up	develop	-0.0269
wrap_up	did	-0.1393
wrap_up	did you	-0.0671
wrap_up	differ	-0.0351
wrap_up	director	-0.0203
wrap_up	do	-0.2815
wrap_up	do not	-0.1064
wrap_up	do you	0.0899
wrap_up	do ~number	-0.0255
wrap_up	doe	0.0879
wrap_up	doe a	-0.0348
wrap_up	doe it	0.2623
wrap_up	doe your	-0.0706
wrap_up	doe ~number	-0.0408
wrap_up	done	0.106
wrap_up	down	-0.0391
wrap_up	drop	-0.0422
wrap_up	drop you	-0.0391
wrap_up	eat	-0.088
wrap_up	eat into	-0.088
wrap_up	elect	-0.0297
wrap_up	els	-0.0971
wrap_up	els should	-0.0274
wrap_up	email tonight	-0.0398
wrap_up	email you	0.0656
wrap_up	end	0.0513
wrap_up	end up	-0.1818
wrap_up	engin	-0.0898
wrap_up	enjoy	0.3189
wrap_up	enjoy the	0.3333
wrap_up	enjoy ~number	0.3333
wrap_up	entri	-0.0255
wrap_up	entri level	-0.0255
wrap_up	evening	0.1851
wrap_up	ever	-0.115
wrap_up	ever help	-0.0478
wrap_up	ever need	-0.0272
wrap_up	ever ~help	-0.0408
wrap_up	everyth	1.0017
wrap_up	everyth i	0.3716
wrap_up	everyth on	0.2496
wrap_up	exam	0.0999
wrap_up	experi	-0.1044
wrap_up	eye	-0.0384
wrap_up	eye on	-0.0384
wrap_up	far	-0.0343
wrap_up	favor	-0.0324
wrap_up	feel	-0.0258
wrap_up	few	-0.0437
wrap_up	field	-0.1382
wrap_up	figur	-0.0316
wrap_up	figur out	-0.0316
wrap_up	final	-0.0723
wrap_up	find	-0.0208
wrap_up	finish	-0.2636
wrap_up	finish a	-0.0316
wrap_up	finish ~number	-0.0503
wrap_up	firm	-0.0254
wrap_up	first	-0.0407
wrap_up	first year	-0.0222
wrap_up	first ~duration	-0.0222
wrap_up	fit	-0.0237
wrap_up	fit me	-0.0237
wrap_up	five	-0.0388
wrap_up	five minut	-0.0245
wrap_up	five ~limit	-0.0245
wrap_up	five ~timeunit	-0.0245
wrap_up	focus	-0.0531
wrap_up	follow	-0.1801
wrap_up	follow up	-0.1412
wrap_up	for	-0.2671
wrap_up	for a	-0.0705
wrap_up	for data	-0.0217
wrap_up	for me	0.2854
wrap_up	for the	-0.0378
wrap_up	for this	-0.0678
wrap_up	for today	0.1517
wrap_up	for you	-0.0339
wrap_up	for your	0.0989
wrap_up	for ~number	-0.1282
wrap_up	found	-0.0642
wrap_up	free	-0.0223
wrap_up	from	0.5264
wrap_up	from a	-0.0317
wrap_up	from me	0.5257
wrap_up	from my	0.1856
wrap_up	from ~number	-0.0396
wrap_up	from ~people	-0.0203
wrap_up	game	-0.0867
wrap_up	game design	-0.0224
wrap_up	get	0.35
wrap_up	get back	0.3684
wrap_up	get into	-0.0302
wrap_up	get on	0.1479
wrap_up	get your	-0.0358
wrap_up	get ~number	-0.0228
wrap_up	give	0.0487
wrap_up	go	0.3403
wrap_up	go on	-0.0834
wrap_up	go to	-0.0354
wrap_up	goal	-0.0306
wrap_up	goe	-0.1732
wrap_up	good	-0.1624
wrap_up	good ~limit	-0.0637
wrap_up	got	0.2001
wrap_up	got a	0.145
wrap_up	got about	-0.0245
wrap_up	got ~number	0.1414
wrap_up	grad	-0.0249
wrap_up	graduat	-0.0281
wrap_up	grant	-0.0272
wrap_up	grate	-0.0221
wrap_up	great	0.5021
wrap_up	great well	0.2365
wrap_up	guy	-0.0518
wrap_up	had	0.3009
wrap_up	half	-0.0684
wrap_up	half hour	-0.0321
wrap_up	half ~limit	-0.0321
wrap_up	half ~timeunit	-0.0321
wrap_up	hand	-0.038
wrap_up	happi	-0.121
wrap_up	happi to	-0.0447
wrap_up	hard	-0.0778
wrap_up	has	-0.021
wrap_up	have	0.6206
wrap_up	have a	0.6746
wrap_up	have ani	0.186
wrap_up	have ask	0.0705
wrap_up	have been	-0.0551
wrap_up	have got	0.3529
wrap_up	have hit	0.4015
wrap_up	have read	-0.0603
wrap_up	have to	-0.1965
wrap_up	have ~insight	-0.0603
wrap_up	have ~number	0.5288
wrap_up	have ~workverb	-0.1769
wrap_up	head	-0.0229
wrap_up	health	-0.0292
wrap_up	hear	-0.138
wrap_up	help	-0.3281
wrap_up	help i	0.0631
wrap_up	help with	-0.0494
wrap_up	help you	-0.0326
wrap_up	here	0.8499
wrap_up	here to	-0.0343
wrap_up	hi	-0.1001
wrap_up	hire	-0.0567
wrap_up	hit	0.4015
wrap_up	honest	-0.2149
wrap_up	honest ~insight	-0.0352
wrap_up	hope	-0.0265
wrap_up	hour	-0.0891
wrap_up	hous	-0.0309
wrap_up	how	-0.6075
wrap_up	how did	-0.0489
wrap_up	how do	-0.0792
wrap_up	how doe	-0.0278
wrap_up	how is	-0.067
wrap_up	how it	0.0414
wrap_up	how long	-0.0412
wrap_up	how much	-0.0313
wrap_up	how the	-0.1764
wrap_up	how you	-0.0729
wrap_up	how ~help	-0.0792
wrap_up	how ~number	-0.179
wrap_up	how ~studyverb	-0.0489
wrap_up	i	0.1931
wrap_up	i am	-0.5645
wrap_up	i be	-0.0358
wrap_up	i can	-0.0845
wrap_up	i could	-0.0677
wrap_up	i do	-0.0377
wrap_up	i follow	-0.0534
wrap_up	i had	0.326
wrap_up	i have	-0.139
wrap_up	i just	-0.0278
wrap_up	i learn	-0.0384
wrap_up	i mention	-0.1197
wrap_up	i need	0.1368
wrap_up	i reach	-0.042
wrap_up	i realli	-0.1252
wrap_up	i send	-0.0356
wrap_up	i should	0.2775
wrap_up	i talk	-0.024
wrap_up	i think	0.8101
wrap_up	i want	0.0739
wrap_up	i was	-0.0654
wrap_up	i will	0.8168
wrap_up	i would	-0.1989
wrap_up	i ~contactverb	-0.0304
wrap_up	i ~help	-0.0567
wrap_up	i ~insight	-0.0261
wrap_up	i ~learn	-0.0939
wrap_up	i ~sendverb	-0.0421
wrap_up	i ~studyverb	-0.0508
wrap_up	i ~talk	-0.0836
wrap_up	i ~want	-0.2698
wrap_up	idea	-0.1284
wrap_up	if	-0.4287
wrap_up	if i	-0.1895
wrap_up	if it	-0.0223
wrap_up	if that	-0.0523
wrap_up	if there	-0.0517
wrap_up	if you	-0.0622
wrap_up	import	-0.0899
wrap_up	in	-0.747
wrap_up	in a	-0.0355
wrap_up	in the	-0.0302
wrap_up	in this	-0.0237
wrap_up	in touch	-0.0886
wrap_up	in your	-0.066
wrap_up	in ~contactverb	-0.0891
wrap_up	in ~number	-0.0717
wrap_up	industri	-0.0741
wrap_up	inform	-0.029
wrap_up	interest	-0.1427
wrap_up	internship	-0.1097
wrap_up	internship i	-0.0417
wrap_up	interview	-0.0315
wrap_up	into	-0.2534
wrap_up	into your	-0.088
wrap_up	introduct	-0.1005
wrap_up	is	-0.3741
wrap_up	is a	-0.1016
wrap_up	is all	0.3178
wrap_up	is ani	-0.0364
wrap_up	is ever	-0.0235
wrap_up	is everyth	0.7007
wrap_up	is help	-0.151
wrap_up	is it	0.0548
wrap_up	is me	0.1294
wrap_up	is not	-0.0319
wrap_up	is part	-0.0318
wrap_up	is realli	-0.172
wrap_up	is super	-0.1876
wrap_up	is the	-0.0866
wrap_up	is there	-0.185
wrap_up	is to	-0.0273
wrap_up	is your	-0.1065
wrap_up	is ~number	-0.192
wrap_up	is ~want	-0.191
wrap_up	it	0.8899
wrap_up	it for	0.2913
wrap_up	it from	0.4302
wrap_up	it hard	-0.0269
wrap_up	it is	-0.0623
wrap_up	it ok	-0.0445
wrap_up	it take	-0.043
wrap_up	it there	0.2928
wrap_up	it to	-0.0639
wrap_up	it went	0.0414
wrap_up	it ~insight	-0.043
wrap_up	it ~want	0.135
wrap_up	job	-0.1685
wrap_up	job ask	-0.0258
wrap_up	join	-0.0258
wrap_up	jump	-0.1031
wrap_up	junior	-0.0335
wrap_up	just	-0.1715
wrap_up	just want	-0.0204
wrap_up	just ~learn	-0.0234
wrap_up	just ~want	-0.0499
wrap_up	keep	-0.1086
wrap_up	keep an	-0.0384
wrap_up	keep go	-0.0219
wrap_up	keep you	0.1339
wrap_up	keep ~number	-0.0384
wrap_up	kept	-0.1125
wrap_up	kept you	-0.1125
wrap_up	kind	-0.1031
wrap_up	kind of	-0.0998
wrap_up	know	-0.3533
wrap_up	know how	-0.04
wrap_up	know i	-0.0213
wrap_up	know if	-0.0738
wrap_up	know this	-0.0539
wrap_up	know we	-0.0349
wrap_up	know you	0.1071
wrap_up	lab	-0.0232
wrap_up	last	0.1614
wrap_up	last question	0.2753
wrap_up	last week	-0.0629
wrap_up	last year	-0.026
wrap_up	last ~closing	-0.0629
wrap_up	last ~duration	-0.026
wrap_up	late	0.1226
wrap_up	later	0.056
wrap_up	lead	-0.0252
wrap_up	learn	-0.2281
wrap_up	learn more	-0.0257
wrap_up	leav	0.4983
wrap_up	leav it	0.4004
wrap_up	left	-0.1614
wrap_up	left right	-0.1455
wrap_up	let	0.9739
wrap_up	let me	-0.0833
wrap_up	let us	0.2497
wrap_up	let you	0.8075
wrap_up	level	-0.0298
wrap_up	level ~job	-0.0243
wrap_up	like	0.0278
wrap_up	like for	-0.0355
wrap_up	like we	0.4015
wrap_up	like ~number	-0.1506
wrap_up	line	-0.041
wrap_up	line onc	-0.0391
wrap_up	linkedin	-0.17
wrap_up	list	0.1557
wrap_up	logist	-0.0377
wrap_up	long	-0.0541
wrap_up	long doe	-0.0363
wrap_up	longer	0.2418
wrap_up	look	0.2707
wrap_up	look like	0.3047
wrap_up	lot	-0.0632
wrap_up	love	0.2064
wrap_up	love to	-0.1328
wrap_up	love ~closing	0.366
wrap_up	made	-0.0394
wrap_up	main	-0.0371
wrap_up	make	-0.2748
wrap_up	make sens	-0.1959
wrap_up	make the	-0.0258
wrap_up	make ~insight	-0.1959
wrap_up	make ~number	-0.0337
wrap_up	manag	-0.1369
wrap_up	master	-0.0242
wrap_up	matter	-0.0512
wrap_up	may	-0.0245
wrap_up	me	0.3369
wrap_up	me about	-0.0388
wrap_up	me done	0.1294
wrap_up	me in	-0.0972
wrap_up	me know	-0.0833
wrap_up	me through	-0.0905
wrap_up	me when	-0.0368
wrap_up	me ~learn	-0.0879
wrap_up	meet you	-0.1005
wrap_up	mention	-0.1496
wrap_up	mention the	-0.0229
wrap_up	mention ~number	-0.0229
wrap_up	mentor	-0.0311
wrap_up	might	-0.0895
wrap_up	mind	-0.2304
wrap_up	mind of	-0.1024
wrap_up	minut	-0.1221
wrap_up	minut left	-0.1614
wrap_up	minut or	-0.0215
wrap_up	minut so	-0.1725
wrap_up	moment	-0.0227
wrap_up	month	-0.0265
wrap_up	more	0.5211
wrap_up	more about	-0.0363
wrap_up	more of	0.146
wrap_up	more question	0.4512
wrap_up	morn	-0.0434
wrap_up	most	-0.2421
wrap_up	most in	-0.0226
wrap_up	most of	-0.0227
wrap_up	move	-0.0412
wrap_up	move into	-0.029
wrap_up	much	0.0565
wrap_up	much for	-0.0891
wrap_up	much of	-0.1765
wrap_up	much this	0.2087
wrap_up	my	0.2545
wrap_up	my career	-0.0954
wrap_up	my list	0.2496
wrap_up	my main	-0.0203
wrap_up	my question	0.1542
wrap_up	my resum	-0.0544
wrap_up	my ~application	-0.0611
wrap_up	my ~degree	-0.0266
wrap_up	my ~job	-0.0381
wrap_up	my ~student	-0.0321
wrap_up	name	-0.0247
wrap_up	need	-0.0493
wrap_up	need a	-0.0216
wrap_up	need to	-0.0544
wrap_up	need ~number	-0.0231
wrap_up	network	-0.0386
wrap_up	never	-0.072
wrap_up	never ~learn	-0.0242
wrap_up	new	-0.0492
wrap_up	newslett	-0.0329
wrap_up	next	0.0782
wrap_up	next step	-0.0268
wrap_up	night	-0.0411
wrap_up	no	-0.0313
wrap_up	nonprofit	-0.0346
wrap_up	not	0.4054
wrap_up	not have	0.148
wrap_up	not take	0.0446
wrap_up	not want	-0.1328
wrap_up	not ~insight	0.0446
wrap_up	not ~want	-0.1792
wrap_up	note	-0.0377
wrap_up	note tomorrow	0.037
wrap_up	note tonight	-0.0507
wrap_up	now	0.1809
wrap_up	now ~studyverb	-0.0318
wrap_up	nurs	-0.1656
wrap_up	nurs chang	-0.023
wrap_up	of	-0.2398
wrap_up	of a	-0.0291
wrap_up	of the	-0.1063
wrap_up	of time	-0.0671
wrap_up	of your	0.3048
wrap_up	of ~limit	-0.0671
wrap_up	of ~number	-0.137
wrap_up	off	0.2688
wrap_up	oh	-0.1525
wrap_up	ok	0.1891
wrap_up	ok i	0.2417
wrap_up	ok if	-0.0473
wrap_up	ok that	0.2847
wrap_up	ok to	-0.0232
wrap_up	on	-0.1482
wrap_up	on a	-0.048
wrap_up	on how	-0.0293
wrap_up	on linkedin	-0.1658
wrap_up	on my	0.1911
wrap_up	on the	-0.077
wrap_up	on whether	-0.0341
wrap_up	on with	0.1479
wrap_up	on your	-0.0598
wrap_up	on ~number	-0.132
wrap_up	onc	-0.0494
wrap_up	onc i	-0.0418
wrap_up	onli	-0.1557
wrap_up	onli have	-0.1458
wrap_up	onlin	-0.0807
wrap_up	open	-0.1086
wrap_up	option	-0.0231
wrap_up	or	-0.2709
wrap_up	or newslett	-0.0329
wrap_up	or should	-0.0228
wrap_up	other	-0.0404
wrap_up	our	0.4165
wrap_up	out	-0.2443
wrap_up	out again	-0.0219
wrap_up	out of	-0.0901
wrap_up	out ~later	-0.0219
wrap_up	over	-0.2404
wrap_up	over the	-0.0455
wrap_up	over ~number	-0.0585
wrap_up	pack	0.2224
wrap_up	part	-0.0625
wrap_up	part of	-0.0514
wrap_up	pass	-0.0488
wrap_up	past	-0.0387
wrap_up	path	-0.0492
wrap_up	patient	-0.0214
wrap_up	peopl	-0.1326
wrap_up	peopl you	-0.0255
wrap_up	perspect	-0.0442
wrap_up	pharmaci	-0.0275
wrap_up	pick	-0.2735
wrap_up	ping	-0.0706
wrap_up	ping you	-0.0706
wrap_up	place	-0.0934
wrap_up	plan	-0.116
wrap_up	pleas	-0.0552
wrap_up	pleas let	-0.0375
wrap_up	podcast	-0.0432
wrap_up	podcast or	-0.0359
wrap_up	point	-0.1
wrap_up	polici	-0.102
wrap_up	portfolio	-0.1054
wrap_up	posit	-0.0243
wrap_up	post	-0.175
wrap_up	post on	-0.0284
wrap_up	pretti	-0.0216
wrap_up	product	-0.0272
wrap_up	profess	-0.0551
wrap_up	profess i	-0.051
wrap_up	profession	-0.04
wrap_up	profession associ	-0.0245
wrap_up	program	-0.0904
wrap_up	project	-0.1908
wrap_up	project you	-0.0239
wrap_up	promis	-0.1398
wrap_up	proud	-0.0212
wrap_up	proud of	-0.0212
wrap_up	public	-0.0339
wrap_up	python	-0.0809
wrap_up	question	1.3377
wrap_up	question ~later	-0.0215
wrap_up	quick	-0.148
wrap_up	rather	-0.0213
wrap_up	reach	-0.0585
wrap_up	reach out	-0.049
wrap_up	read	-0.0998
wrap_up	read ~number	-0.0603
wrap_up	realli	-0.1946
wrap_up	realli ~want	-0.0383
wrap_up	recommend	-0.0821
wrap_up	recommend i	-0.0214
wrap_up	recruit	-0.0259
wrap_up	referr	-0.0261
wrap_up	report	-0.0408
wrap_up	research	-0.1038
wrap_up	rest	0.4221
wrap_up	rest of	0.4221
wrap_up	resum	-0.0554
wrap_up	return	-0.047
wrap_up	return the	-0.0357
wrap_up	return ~number	-0.0357
wrap_up	review	-0.084
wrap_up	right	-0.0498
wrap_up	right at	0.1423
wrap_up	right now	-0.0452
wrap_up	risk	-0.0236
wrap_up	role	-0.0722
wrap_up	run	-0.1591
wrap_up	run over	-0.1452
wrap_up	said	-0.0996
wrap_up	sam	-0.0611
wrap_up	same	-0.1348
wrap_up	say	-0.067
wrap_up	school	-0.0285
wrap_up	scienc	-0.0545
wrap_up	scientist	-0.0271
wrap_up	second	-0.0262
wrap_up	second year	-0.0248
wrap_up	second ~duration	-0.0248
wrap_up	see	0.0308
wrap_up	see the	-0.0568
wrap_up	see we	0.1121
wrap_up	see ~number	-0.0568
wrap_up	send	-0.124
wrap_up	send a	0.0702
wrap_up	send over	-0.0548
wrap_up	send you	-0.1193
wrap_up	send ~number	0.0702
wrap_up	sens	-0.1985
wrap_up	shall	-0.0411
wrap_up	share	-0.1654
wrap_up	share the	-0.0339
wrap_up	share what	-0.0217
wrap_up	share ~number	-0.0339
wrap_up	shift	-0.0411
wrap_up	short	-0.1552
wrap_up	should	0.1276
wrap_up	should i	-0.117
wrap_up	should talk	-0.0417
wrap_up	should we	-0.0215
wrap_up	should ~talk	-0.0655
wrap_up	side	0.254
wrap_up	sign	0.2799
wrap_up	sign off	0.2799
wrap_up	skill	-0.0328
wrap_up	so	0.044
wrap_up	so far	-0.0343
wrap_up	so i	-0.3026
wrap_up	so just	-0.041
wrap_up	so much	0.5201
wrap_up	so you	0.1464
wrap_up	so ~want	-0.041
wrap_up	some	-0.1048
wrap_up	someon	-0.0811
wrap_up	sorri	-0.3258
wrap_up	sorri i	-0.1613
wrap_up	sorri my	-0.0212
wrap_up	sound	-0.1806
wrap_up	specialti	-0.0241
wrap_up	spend	-0.021
wrap_up	spent	-0.0231
wrap_up	sql	-0.0445
wrap_up	squeez	-0.0738
wrap_up	squeez me	-0.0738
wrap_up	staff	-0.0246
wrap_up	start	-0.0376
wrap_up	stay	-0.1116
wrap_up	stay in	-0.0719
wrap_up	step	-0.0373
wrap_up	still	-0.0976
wrap_up	stop	0.8275
wrap_up	stop there	0.5836
wrap_up	student	-0.0502
wrap_up	studio	-0.0227
wrap_up	such	-0.0977
wrap_up	such a	-0.0977
wrap_up	such ~number	-0.0977
wrap_up	suggest	-0.0459
wrap_up	suit	-0.0549
wrap_up	suit me	-0.0291
wrap_up	summer	-0.066
wrap_up	super	-0.21
wrap_up	survey	-0.0801
wrap_up	switch	-0.0331
wrap_up	take	0.7984
wrap_up	take on	-0.0461
wrap_up	take to	-0.0304
wrap_up	take up	-0.0374
wrap_up	take ~number	-0.0263
wrap_up	talk	-0.1547
wrap_up	talk to	-0.1113
wrap_up	talk with	-0.0323
wrap_up	teach	-0.0334
wrap_up	team	-0.1613
wrap_up	tell	-0.1184
wrap_up	tell me	-0.0444
wrap_up	tell you	-0.0726
wrap_up	test	-0.0477
wrap_up	than	-0.1383
wrap_up	thank	-0.0644
wrap_up	thank again	0.0402
wrap_up	thank so	0.2933
wrap_up	thank to	-0.0873
wrap_up	thank you	-0.24
wrap_up	thank ~later	0.0402
wrap_up	thank ~number	-0.0424
wrap_up	that	0.5908
wrap_up	that cover	0.3135
wrap_up	that i	-0.0305
wrap_up	that is	0.5931
wrap_up	that make	-0.1319
wrap_up	that ~want	-0.0702
wrap_up	the	-0.6554
wrap_up	the articl	-0.0837
wrap_up	the bootcamp	-0.0772
wrap_up	the clock	-0.0804
wrap_up	the favor	-0.0324
wrap_up	the field	-0.056
wrap_up	the half	-0.0321
wrap_up	the job	-0.0364
wrap_up	the most	-0.0268
wrap_up	the point	-0.0255
wrap_up	the portfolio	-0.0955
wrap_up	the rest	0.3318
wrap_up	the time	-0.0922
wrap_up	the ~closing	0.3093
wrap_up	the ~degree	-0.1202
wrap_up	the ~job	-0.0408
wrap_up	the ~limit	-0.1063
wrap_up	the ~number	-0.0921
wrap_up	the ~org	-0.0228
wrap_up	the ~people	-0.0212
wrap_up	the ~student	-0.0343
wrap_up	there	0.5062
wrap_up	there a	-0.0306
wrap_up	there ani	-0.086
wrap_up	there anyon	-0.0376
wrap_up	there anyth	-0.0718
wrap_up	there for	0.1486
wrap_up	there is	-0.0517
wrap_up	there so	0.2329
wrap_up	there ~number	-0.0327
wrap_up	there ~people	-0.0465
wrap_up	these	-0.0475
wrap_up	these day	-0.0422
wrap_up	thing	-0.029
wrap_up	think	0.4931
wrap_up	think about	-0.2152
wrap_up	think i	0.09
wrap_up	think of	-0.0371
wrap_up	think that	0.2578
wrap_up	think we	0.4168
wrap_up	thirti	0.4187
wrap_up	this	-0.2742
wrap_up	this call	-0.0356
wrap_up	this career	-0.0436
wrap_up	this field	-0.0689
wrap_up	this is	-0.0635
wrap_up	this was	0.2478
wrap_up	this ~contactverb	-0.0356
wrap_up	this ~talk	-0.0382
wrap_up	thought	-0.3677
wrap_up	through	-0.1172
wrap_up	through a	-0.0701
wrap_up	through what	-0.0224
wrap_up	through ~number	-0.0752
wrap_up	time	-0.3973
wrap_up	time so	0.1221
wrap_up	time to	-0.0203
wrap_up	time today	-0.0472
wrap_up	to	-0.67
wrap_up	to ask	0.2701
wrap_up	to be	-0.1738
wrap_up	to day	-0.0227
wrap_up	to get	-0.0883
wrap_up	to hear	-0.1166
wrap_up	to help	-0.0481
wrap_up	to it	0.2002
wrap_up	to keep	-0.1232
wrap_up	to learn	-0.0435
wrap_up	to let	0.1088
wrap_up	to my	-0.0833
wrap_up	to nurs	-0.027
wrap_up	to pass	-0.0257
wrap_up	to send	-0.0249
wrap_up	to stay	-0.056
wrap_up	to stop	0.4186
wrap_up	to take	-0.0609
wrap_up	to talk	-0.0439
wrap_up	to the	-0.0907
wrap_up	to think	-0.2104
wrap_up	to understand	-0.0513
wrap_up	to work	0.1217
wrap_up	to you	-0.0534
wrap_up	to your	0.1503
wrap_up	to ~closing	-0.0227
wrap_up	to ~help	-0.0637
wrap_up	to ~insight	-0.0609
wrap_up	to ~learn	0.0448
wrap_up	to ~limit	-0.0288
wrap_up	to ~number	-0.0992
wrap_up	to ~sendverb	-0.0696
wrap_up	to ~student	-0.0312
wrap_up	to ~talk	0.171
wrap_up	to ~workverb	0.1166
wrap_up	today	-0.0542
wrap_up	tomorrow	0.037
wrap_up	tonight	-0.1509
wrap_up	tonight and	-0.0302
wrap_up	too	-0.2883
wrap_up	too much	-0.2343
wrap_up	tool	-0.0242
wrap_up	touch	-0.0894
wrap_up	tri	-0.1635
wrap_up	tri to	-0.1498
wrap_up	twelv	-0.0256
wrap_up	twenti	-0.1084
wrap_up	twenti minut	-0.1084
wrap_up	twenti ~limit	-0.1084
wrap_up	twenti ~timeunit	-0.1084
wrap_up	two	-0.0345
wrap_up	typic	-0.0754
wrap_up	typic week	-0.0463
wrap_up	typic ~closing	-0.0598
wrap_up	understand	-0.0551
wrap_up	understand the	-0.0268
wrap_up	understand ~number	-0.0268
wrap_up	uni	-0.0699
wrap_up	up	0.1682
wrap_up	up a	-0.0276
wrap_up	up ani	0.4131
wrap_up	up by	-0.0403
wrap_up	up most	-0.0259
wrap_up	up with	-0.0842
wrap_up	up ~number	-0.0295
wrap_up	up ~want	0.2106
wrap_up	us	0.2488
wrap_up	us leav	0.2678
wrap_up	use	-0.2586
wrap_up	use to	-0.076
wrap_up	usual	-0.0569
wrap_up	vacanc	-0.0269
wrap_up	valuabl	0.1581
wrap_up	volunt	-0.0266
wrap_up	walk	-0.0905
wrap_up	walk me	-0.0905
wrap_up	want	0.296
wrap_up	want to	0.3519
wrap_up	was	0.2779
wrap_up	was it	-0.0272
wrap_up	was your	-0.0259
wrap_up	was ~want	0.162
wrap_up	way	-0.2622
wrap_up	way i	-0.049
wrap_up	way to	-0.0277
wrap_up	we	0.2356
wrap_up	we are	-0.0567
wrap_up	we can	0.4168
wrap_up	we have	0.2365
wrap_up	we stop	-0.0215
wrap_up	week	0.1666
wrap_up	week on	-0.0384
wrap_up	weekend	0.2689
wrap_up	well	0.3983
wrap_up	well i	0.1914
wrap_up	went	0.0305
wrap_up	were	-0.0207
wrap_up	what	-0.7177
wrap_up	what are	-0.0614
wrap_up	what do	-0.0427
wrap_up	what doe	-0.0851
wrap_up	what i	0.1312
wrap_up	what is	-0.1046
wrap_up	what make	-0.0215
wrap_up	what should	-0.0203
wrap_up	what you	-0.0935
wrap_up	what your	-0.0244
wrap_up	what ~help	-0.0427
wrap_up	when	-0.0612
wrap_up	when you	-0.0458
wrap_up	where	-0.097
wrap_up	where can	-0.0416
wrap_up	where do	-0.0222
wrap_up	where is	-0.0203
wrap_up	where ~help	-0.0222
wrap_up	whether	-0.0748
wrap_up	whether this	-0.0447
wrap_up	whi	-0.0922
wrap_up	whi i	-0.0599
wrap_up	which	-0.3691
wrap_up	which is	-0.034
wrap_up	which ~student	-0.0267
wrap_up	who	-0.1289
wrap_up	who do	-0.0267
wrap_up	who els	-0.0311
wrap_up	who ~help	-0.0267
wrap_up	will	0.8014
wrap_up	will be	-0.1578
wrap_up	will definit	-0.0328
wrap_up	will drop	-0.0391
wrap_up	will keep	-0.1519
wrap_up	will leav	0.2744
wrap_up	will let	0.4399
wrap_up	will not	0.6635
wrap_up	will send	-0.0584
wrap_up	will sign	0.2799
wrap_up	will stop	0.4772
wrap_up	will wrap	0.2835
wrap_up	will ~contactverb	-0.0577
wrap_up	will ~sendverb	-0.1667
wrap_up	will ~talk	-0.0964
wrap_up	with	-0.4655
wrap_up	with a	-0.1232
wrap_up	with anyth	-0.0555
wrap_up	with me	-0.0333
wrap_up	with the	-0.0257
wrap_up	with you	-0.0739
wrap_up	with your	0.0784
wrap_up	with ~number	-0.1556
wrap_up	wonder	-0.0445
wrap_up	work	-0.1277
wrap_up	work in	-0.0259
wrap_up	work on	-0.0279
wrap_up	worth	-0.1157
wrap_up	worth follow	-0.0303
wrap_up	worth it	-0.0287
wrap_up	worth join	-0.0231
wrap_up	would	-0.4545
wrap_up	would be	-0.0305
wrap_up	would it	-0.0218
wrap_up	would love	-0.0868
wrap_up	would realli	-0.0324
wrap_up	would recommend	-0.0508
wrap_up	would you	-0.0769
wrap_up	would ~want	-0.0376
wrap_up	wow	-0.1354
wrap_up	wrap	0.2649
wrap_up	wrap up	0.2661
wrap_up	write	-0.0415
wrap_up	yeah	-0.1843
wrap_up	year	-0.1899
wrap_up	yesterday	-0.0298
wrap_up	yet	-0.0991
wrap_up	you	-0.5292
wrap_up	you a	-0.0625
wrap_up	you after	0.0414
wrap_up	you are	0.0454
wrap_up	you be	-0.0267
wrap_up	you can	0.0462
wrap_up	you could	-0.0202
wrap_up	you decid	-0.0442
wrap_up	you design	-0.0242
wrap_up	you do	-0.021
wrap_up	you email	0.055
wrap_up	you ever	-0.0342
wrap_up	you for	-0.1325
wrap_up	you get	0.4242
wrap_up	you go	0.6257
wrap_up	you guy	-0.0518
wrap_up	you have	0.1077
wrap_up	you know	-0.2324
wrap_up	you my	-0.0233
wrap_up	you need	-0.0463
wrap_up	you note	-0.1011
wrap_up	you ok	-0.0228
wrap_up	you on	-0.0787
wrap_up	you out	-0.0208
wrap_up	you post	-0.1682
wrap_up	you recommend	-0.0294
wrap_up	you said	-0.0741
wrap_up	you so	0.2268
wrap_up	you suggest	-0.0261
wrap_up	you thank	-0.0843
wrap_up	you that	-0.1776
wrap_up	you think	-0.0765
wrap_up	you to	0.0974
wrap_up	you walk	-0.0247
wrap_up	you want	0.4188
wrap_up	you work	-0.0339
wrap_up	you would	-0.0977
wrap_up	you ~contactverb	0.0531
wrap_up	you ~help	-0.0312
wrap_up	you ~learn	0.1378
wrap_up	you ~number	-0.0699
wrap_up	you ~sendverb	0.0499
wrap_up	you ~talk	0.0446
wrap_up	you ~want	0.3578
wrap_up	you ~workverb	-0.0361
wrap_up	your	-0.3465
wrap_up	your advic	-0.0303
wrap_up	your afternoon	0.0655
wrap_up	your app	-0.0285
wrap_up	your colleagu	-0.0608
wrap_up	your compani	-0.0391
wrap_up	your day	0.1986
wrap_up	your evening	-0.086
wrap_up	your perspect	-0.0256
wrap_up	your team	-0.1414
wrap_up	your time	-0.1244
wrap_up	your week	0.3502
wrap_up	your work	-0.0266
wrap_up	your ~closing	0.5652
wrap_up	your ~insight	-0.0636
wrap_up	your ~learn	-0.0285
wrap_up	your ~limit	0.1358
wrap_up	your ~org	-0.244
wrap_up	your ~people	-0.0649
wrap_up	your ~workverb	-0.0266
wrap_up	~application	-0.0884
wrap_up	~closing	1.0136
wrap_up	~closing is	-0.0229
wrap_up	~closing of	0.4221
wrap_up	~closing on	-0.0384
wrap_up	~closing to	-0.0286
wrap_up	~contactverb	-0.1207
wrap_up	~contactverb out	-0.0287
wrap_up	~contactverb tonight	-0.0398
wrap_up	~contactverb with	-0.05
wrap_up	~degree	-0.4884
wrap_up	~degree at	-0.0323
wrap_up	~degree in	-0.0352
wrap_up	~duration	-0.1982
wrap_up	~duration in	-0.0262
wrap_up	~gatekeeper	-0.1135
wrap_up	~help	-0.6104
wrap_up	~help not	-0.1064
wrap_up	~help peopl	-0.022
wrap_up	~help the	-0.0368
wrap_up	~help to	-0.0626
wrap_up	~help with	-0.0494
wrap_up	~help you	0.0649
wrap_up	~hiring	-0.0846
wrap_up	~insight	0.2645
wrap_up	~insight a	-0.0653
wrap_up	~insight for	-0.0209
wrap_up	~insight from	-0.024
wrap_up	~insight on	-0.0617
wrap_up	~insight to	-0.0401
wrap_up	~job	-0.442
wrap_up	~job ask	-0.0258
wrap_up	~job i	-0.095
wrap_up	~job in	-0.024
wrap_up	~later	0.0464
wrap_up	~learn	-0.3243
wrap_up	~learn a	-0.0213
wrap_up	~learn back	0.3515
wrap_up	~learn how	-0.0534
wrap_up	~learn i	-0.0226
wrap_up	~learn if	-0.1055
wrap_up	~learn me	-0.0242
wrap_up	~learn more	-0.0275
wrap_up	~learn on	0.1452
wrap_up	~learn out	-0.0467
wrap_up	~learn the	-0.0869
wrap_up	~learn this	-0.0539
wrap_up	~learn we	0.0772
wrap_up	~learn you	0.0767
wrap_up	~learn your	-0.0611
wrap_up	~limit	-0.1256
wrap_up	~limit do	0.4139
wrap_up	~limit is	-0.036
wrap_up	~limit left	-0.1614
wrap_up	~limit or	-0.0262
wrap_up	~limit so	-0.0504
wrap_up	~limit to	-0.043
wrap_up	~limit today	-0.0472
wrap_up	~number	-0.9339
wrap_up	~number articl	-0.0837
wrap_up	~number bootcamp	-0.0829
wrap_up	~number career	-0.0331
wrap_up	~number clock	-0.0804
wrap_up	~number coupl	-0.0525
wrap_up	~number eye	-0.0384
wrap_up	~number favor	-0.0324
wrap_up	~number few	-0.0409
wrap_up	~number field	-0.0573
wrap_up	~number good	0.0439
wrap_up	~number great	0.2853
wrap_up	~number half	-0.0321
wrap_up	~number hand	-0.0338
wrap_up	~number hour	-0.0451
wrap_up	~number job	-0.0695
wrap_up	~number line	-0.0391
wrap_up	~number lot	-0.0632
wrap_up	~number love	0.366
wrap_up	~number minut	-0.0204
wrap_up	~number more	-0.0692
wrap_up	~number most	-0.0268
wrap_up	~number note	0.0659
wrap_up	~number path	-0.0236
wrap_up	~number peopl	-0.0203
wrap_up	~number point	-0.0255
wrap_up	~number portfolio	-0.0975
wrap_up	~number program	-0.034
wrap_up	~number project	-0.0591
wrap_up	~number question	0.5446
wrap_up	~number quick	-0.0391
wrap_up	~number realli	-0.0795
wrap_up	~number referr	-0.0233
wrap_up	~number research	-0.0267
wrap_up	~number rest	0.3318
wrap_up	~number second	-0.0222
wrap_up	~number short	-0.1012
wrap_up	~number thank	0.0228
wrap_up	~number time	-0.0922
wrap_up	~number twelv	-0.0204
wrap_up	~number typic	-0.0632
wrap_up	~number week	-0.0202
wrap_up	~number year	-0.0485
wrap_up	~org	-0.2242
wrap_up	~people	-0.4486
wrap_up	~people do	-0.0294
wrap_up	~people els	-0.0865
wrap_up	~people in	-0.0389
wrap_up	~people who	-0.0255
wrap_up	~people you	-0.0362
wrap_up	~sendverb	-0.3108
wrap_up	~sendverb a	0.0702
wrap_up	~sendverb my	-0.0231
wrap_up	~sendverb on	-0.0265
wrap_up	~sendverb over	-0.0548
wrap_up	~sendverb the	-0.0339
wrap_up	~sendverb tonight	-0.0398
wrap_up	~sendverb what	-0.0217
wrap_up	~sendverb you	-0.0929
wrap_up	~student	-0.4113
wrap_up	~student associ	-0.0245
wrap_up	~studyverb	-0.3205
wrap_up	~studyverb a	-0.042
wrap_up	~studyverb the	-0.045
wrap_up	~studyverb you	-0.0693
wrap_up	~talk out	-0.0341
wrap_up	~talk so	-0.0737
wrap_up	~talk to	-0.1177
wrap_up	~talk tonight	-0.0398
wrap_up	~talk with	-0.176
wrap_up	~talk you	-0.0679
wrap_up	~timeunit	-0.2112
wrap_up	~timeunit do	0.4201
wrap_up	~timeunit left	-0.1614
wrap_up	~timeunit or	-0.023
wrap_up	~timeunit so	-0.1725
wrap_up	~want	-0.0592
wrap_up	~want a	-0.0311
wrap_up	~want about	-0.0396
wrap_up	~want be	-0.0305
wrap_up	~want for	-0.0312
wrap_up	~want i	-0.042
wrap_up	~want in	-0.021
wrap_up	~want it	0.1078
wrap_up	~want love	-0.0868
wrap_up	~want realli	-0.0324
wrap_up	~want recommend	-0.0508
wrap_up	~want the	-0.0709
wrap_up	~want this	-0.0634
wrap_up	~want to	0.1522
wrap_up	~want want	-0.0246
wrap_up	~want you	-0.1931
wrap_up	~want your	-0.06
wrap_up	~workverb	-0.3888
wrap_up	~workverb at	-0.0266
wrap_up	~workverb in	-0.0299
wrap_up	~workverb on	-0.0279
wrap_up	~workverb over	-0.1452
thanks	*	-1.0911
thanks	?	-1.8876
thanks	^alright	-0.2179
thanks	^ani	-0.0741
thanks	^anyon	-0.0238
thanks	^anyway	-0.0516
thanks	^are	-0.1869
thanks	^befor	0.1578
thanks	^can	-0.1572
thanks	^cheer	0.4367
thanks	^could	-0.1057
thanks	^current	-0.0258
thanks	^did	-0.0806
thanks	^great	0.0852
thanks	^happi	-0.0288
thanks	^have	-0.0469
thanks	^honest	0.1542
thanks	^how	-0.4178
thanks	^i	-0.1838
thanks	^if	-0.0427
thanks	^is	-0.5129
thanks	^just	-0.0362
thanks	^let	-0.1228
thanks	^love	-0.0437
thanks	^mind	-0.0297
thanks	^my	-0.097
thanks	^no	-0.21
thanks	^oh	-0.0853
thanks	^ok	-0.281
thanks	^pleas	-0.0289
thanks	^right	-0.096
thanks	^should	-0.0712
thanks	^so	0.046
thanks	^sorri	-0.1189
thanks	^tell	-0.0487
thanks	^thank	1.9954
thanks	^that	-0.5848
thanks	^this	0.3792
thanks	^walk	-0.0296
thanks	^was	-0.0229
thanks	^we	-0.0582
thanks	^well	0.2055
thanks	^what	-0.5981
thanks	^where	-0.0874
thanks	^whi	-0.0293
thanks	^which	-0.1241
thanks	^who	-0.1005
thanks	^would	-0.1273
thanks	^yeah	-0.0702
thanks	a	-0.5915
thanks	a beginn	-0.0306
thanks	a big	-0.0257
thanks	a career	-0.1865
thanks	a coupl	-0.0246
thanks	a few	-0.0374
thanks	a good	-0.0481
thanks	a great	-0.0245
thanks	a hand	-0.0206
thanks	a job	-0.031
thanks	a junior	0.0925
thanks	a love	0.0545
thanks	a project	-0.0285
thanks	a quick	-0.0545
thanks	a referr	-0.0295
thanks	a shall	-0.0212
thanks	a short	-0.078
thanks	a stay	-0.0226
thanks	a thank	0.0399
thanks	a typic	-0.0296
thanks	a ~degree	-0.0463
thanks	a ~job	-0.0522
thanks	a ~number	-0.062
thanks	a ~org	-0.03
thanks	a ~student	0.0388
thanks	abil	-0.0243
thanks	abl	-0.0236
thanks	abl to	-0.0236
thanks	about	-0.1233
thanks	about a	-0.0227
thanks	about me	-0.0242
thanks	about the	0.241
thanks	about your	-0.035
thanks	about ~number	0.1992
thanks	academia	-0.0414
thanks	actual	-0.0654
thanks	advic	-0.042
thanks	after	-0.227
thanks	after a	-0.029
thanks	after ~number	-0.054
thanks	afternoon	-0.0267
thanks	again	0.2908
thanks	agre	0.5119
thanks	all	0.2804
thanks	all i	0.215
thanks	all my	-0.0947
thanks	all right	-0.0454
thanks	all the	-0.0302
thanks	all this	0.0855
thanks	all ~number	-0.0302
thanks	alreadi	-0.0674
thanks	alright	-0.2275
thanks	alright i	-0.1353
thanks	am	-0.0508
thanks	am a	0.0644
thanks	am go	-0.0502
thanks	am here	-0.0248
thanks	am not	-0.0421
thanks	am realli	-0.0319
thanks	am tri	-0.027
thanks	am ~number	0.0511
thanks	am ~want	-0.162
thanks	an	-0.0673
thanks	an interview	-0.022
thanks	an intro	0.0824
thanks	an ~talk	-0.022
thanks	analyst	-0.0602
thanks	analyt	-0.0232
thanks	and i	0.1016
thanks	and would	-0.0205
thanks	and ~want	-0.0351
thanks	ani	-0.1505
thanks	ani book	-0.0204
thanks	ani chanc	0.1652
thanks	ani more	-0.0381
thanks	ani way	-0.0479
thanks	anoth	-0.0277
thanks	anyon	0.0647
thanks	anyon els	0.1488
thanks	anyon in	-0.0211
thanks	anyth	-0.0355
thanks	anyth i	0.1433
thanks	anyth you	-0.0574
thanks	anyway	-0.0516
thanks	anyway i	-0.0516
thanks	app	-0.0254
thanks	appli	-0.0432
thanks	appli to	-0.0274
thanks	appreci	1.69
thanks	appreci it	0.3417
thanks	appreci you	0.4315
thanks	are	-0.2528
thanks	are right	0.0462
thanks	are the	-0.0201
thanks	are there	-0.1267
thanks	are you	-0.0844
thanks	are ~number	-0.0219
thanks	articl	-0.0742
thanks	articl i	-0.0569
thanks	as	-0.1242
thanks	as ~number	-0.0257
thanks	ask	-0.1871
thanks	ask you	-0.0234
thanks	associ	-0.0346
thanks	at	-0.195
thanks	at a	0.0566
thanks	at home	-0.0226
thanks	at that	-0.0414
thanks	at the	-0.0465
thanks	at your	-0.026
thanks	back	0.2367
thanks	back after	-0.0206
thanks	back to	0.2723
thanks	back ~want	-0.0206
thanks	balanc	-0.0267
thanks	bank	-0.0614
thanks	be	-0.1056
thanks	be abl	-0.0236
thanks	be happi	-0.0318
thanks	be quick	-0.1073
thanks	be realli	-0.0293
thanks	be use	-0.0322
thanks	be ~help	-0.0322
thanks	be ~talk	-0.0274
thanks	be ~want	-0.0293
thanks	been	0.0814
thanks	been a	-0.0216
thanks	been do	-0.0212
thanks	been the	0.1621
thanks	been ~number	0.1405
thanks	been ~studyverb	-0.0238
thanks	befor	0.0982
thanks	befor i	0.149
thanks	befor that	-0.0226
thanks	beginn	-0.0446
thanks	best	-0.0219
thanks	better	-0.0262
thanks	between	-0.0249
thanks	beyond	-0.0638
thanks	big	-0.0348
thanks	biggest	-0.0439
thanks	bit	-0.0299
thanks	book	-0.0658
thanks	book or	-0.0306
thanks	bootcamp	-0.1976
thanks	break	0.2246
thanks	build	-0.0283
thanks	busi	0.1353
thanks	but	-0.0578
thanks	but i	-0.0216
thanks	bye	-0.1324
thanks	call	-0.0603
thanks	can	-0.1662
thanks	can be	-0.0282
thanks	can do	0.164
thanks	can ever	-0.0267
thanks	can i	-0.0753
thanks	can see	0.037
thanks	can you	-0.0822
thanks	can ~help	0.1364
thanks	candid	0.3165
thanks	care	-0.0607
thanks	career	-0.276
thanks	career changer	-0.0209
thanks	certif	-0.0246
thanks	cfa	-0.0206
thanks	chain	0.1047
thanks	chanc	0.1633
thanks	chanc you	0.167
thanks	chang	-0.0994
thanks	changer	-0.0209
thanks	chat	-0.0528
thanks	chat with	-0.0322
thanks	cheer	0.4367
thanks	citi	-0.0231
thanks	client	-0.0258
thanks	clinic	-0.0459
thanks	clinic ~learn	-0.0235
thanks	coach	-0.1677
thanks	colleagu	-0.0274
thanks	colleg	-0.0236
thanks	come	-0.0426
thanks	comfort	-0.1315
thanks	communiti	-0.0499
thanks	compani	-0.0502
thanks	connect	-0.0243
thanks	connect me	-0.0367
thanks	connect with	0.0353
thanks	conscious	-0.0243
thanks	consult	-0.0345
thanks	context	-0.1189
thanks	convers	0.1629
thanks	could	-0.2366
thanks	could i	-0.0247
thanks	could you	-0.1047
thanks	coupl	-0.0246
thanks	cours	-0.0843
thanks	cover	0.0893
thanks	cover everyth	0.0893
thanks	credit	-0.0284
thanks	cultur	-0.0214
thanks	curious	-0.0272
thanks	curious about	-0.0221
thanks	current	-0.0275
thanks	data	-0.1717
thanks	data scienc	-0.0822
thanks	data scientist	-0.0201
thanks	day	-0.066
thanks	decid	-0.0481
thanks	decid between	-0.0384
thanks	definit	-0.0401
thanks	degre	-0.0409
thanks	depart	-0.0247
thanks	describ	-0.0284
thanks	describ ~number	-0.0201
thanks	design	-0.1337
thanks	develop	-0.0332
thanks	did	-0.1097
thanks	differ	-0.0675
thanks	director	-0.0206
thanks	do	-0.3309
thanks	do for	0.1805
thanks	do not	-0.0773
thanks	do this	-0.0254
thanks	do to	-0.0235
thanks	do you	-0.1727
thanks	doe	-0.1932
thanks	doe a	-0.0299
thanks	doe it	-0.0955
thanks	doe ~number	-0.0395
thanks	done	-0.1334
thanks	down	-0.0521
thanks	downsid	0.3028
thanks	earli	-0.0213
thanks	earli on	-0.0213
thanks	eat	-0.037
thanks	eat into	-0.037
thanks	els	0.1017
thanks	els in	0.0985
thanks	els should	-0.0307
thanks	els you	0.1215
thanks	email	-0.09
thanks	email tonight	-0.0857
thanks	email you	-0.0338
thanks	end	-0.1019
thanks	end up	-0.0578
thanks	engin	-0.0677
thanks	enjoy	-0.031
thanks	enough	0.2094
thanks	evening	0.042
thanks	ever	-0.1273
thanks	ever help	-0.025
thanks	ever need	-0.0361
thanks	ever ~help	-0.0267
thanks	everyth	0.1248
thanks	everyth on	-0.0944
thanks	exercis	-0.0254
thanks	experi	-0.0275
thanks	explain	0.1681
thanks	far	-0.026
thanks	favor	-0.0275
thanks	feel	-0.0319
thanks	few	-0.0417
thanks	field	-0.2654
thanks	figur	-0.0548
thanks	figur out	-0.0548
thanks	final	-0.0439
thanks	find	-0.0311
thanks	finish	-0.1005
thanks	finish ~number	-0.0253
thanks	firm	-0.0258
thanks	first	-0.0456
thanks	fit	0.1418
thanks	fit me	0.1418
thanks	five	-0.0261
thanks	focus	-0.0275
thanks	follow	-0.0728
thanks	follow up	-0.0478
thanks	for	0.6049
thanks	for a	-0.1021
thanks	for an	-0.0239
thanks	for data	-0.0283
thanks	for me	-0.1279
thanks	for the	0.1718
thanks	for today	-0.0807
thanks	for you	0.1492
thanks	for ~number	0.0301
thanks	found	-0.1729
thanks	free	-0.0346
thanks	freelanc	-0.0294
thanks	from	-0.4387
thanks	from me	-0.2423
thanks	from my	-0.0667
thanks	from ~number	-0.0202
thanks	game design	-0.0276
thanks	game develop	-0.0214
thanks	get	0.1279
thanks	get back	0.3469
thanks	get into	-0.0378
thanks	get on	-0.0481
thanks	get ~number	-0.0243
thanks	give	0.2869
thanks	go on	-0.0454
thanks	go to	-0.0657
thanks	goal	-0.0208
thanks	goe	-0.0375
thanks	good	-0.3431
thanks	good ~limit	-0.039
thanks	got a	-0.022
thanks	got ~number	-0.0254
thanks	grad	-0.0224
thanks	graduat	-0.0312
thanks	grant	-0.0278
thanks	grate	0.4932
thanks	great	0.2709
thanks	great well	0.0852
thanks	guy	-0.0289
thanks	half	-0.0641
thanks	hand	-0.0234
thanks	happi	-0.0823
thanks	happi to	-0.0605
thanks	hard	-0.0552
thanks	has	0.1565
thanks	have ani	-0.0368
thanks	have ask	-0.0216
thanks	have been	-0.0744
thanks	have got	0.1519
thanks	have to	-0.0339
thanks	have ~number	-0.033
thanks	have ~workverb	-0.1004
thanks	head	-0.0424
thanks	health	-0.0296
thanks	hear	-0.1296
thanks	help	-0.166
thanks	help with	-0.0372
thanks	help you	-0.0449
thanks	here	-0.1514
thanks	here to	-0.0414
thanks	hire	0.1147
thanks	home	-0.0226
thanks	home parent	-0.0226
thanks	home ~student	-0.0226
thanks	hope	-0.0311
thanks	hour	-0.0712
thanks	hous	-0.024
thanks	how	-0.4333
thanks	how did	0.0732
thanks	how do	-0.1004
thanks	how doe	-0.0267
thanks	how is	-0.0681
thanks	how much	-0.0402
thanks	how the	-0.0415
thanks	how you	-0.0881
thanks	how ~help	-0.1004
thanks	how ~number	-0.0452
thanks	how ~studyverb	0.0732
thanks	i	-0.6534
thanks	i am	-0.0508
thanks	i be	-0.0351
thanks	i can	0.1236
thanks	i could	-0.0568
thanks	i did	-0.025
thanks	i do	-0.0712
thanks	i follow	-0.0218
thanks	i go	0.1555
thanks	i had	-0.0247
thanks	i have	0.1339
thanks	i just	-0.0232
thanks	i know	0.0709
thanks	i mention	-0.0742
thanks	i need	-0.0259
thanks	i reach	-0.0204
thanks	i realli	0.2286
thanks	i send	-0.0762
thanks	i should	-0.0779
thanks	i talk	0.1392
thanks	i think	-0.2613
thanks	i want	-0.1399
thanks	i was	-0.0615
thanks	i will	-0.3471
thanks	i would	-0.1718
thanks	i ~help	-0.0872
thanks	i ~sendverb	-0.082
thanks	i ~studyverb	-0.047
thanks	i ~talk	0.082
thanks	i ~want	0.2152
thanks	i ~workverb	0.0927
thanks	idea	-0.0434
thanks	if	-0.3411
thanks	if i	-0.0943
thanks	if that	-0.0524
thanks	if there	-0.0796
thanks	if you	-0.0446
thanks	in	-0.4017
thanks	in a	-0.0436
thanks	in game	0.0778
thanks	in how	-0.0319
thanks	in my	-0.0321
thanks	in the	-0.0459
thanks	in this	-0.062
thanks	in touch	-0.0804
thanks	in your	-0.0907
thanks	in ~contactverb	-0.0821
thanks	in ~number	-0.0927
thanks	industri	-0.0888
thanks	inform	-0.072
thanks	interest	-0.0777
thanks	interest in	-0.0346
thanks	intern	0.0889
thanks	internship	-0.187
thanks	internship i	-0.1296
thanks	interview	-0.1503
thanks	into	-0.2084
thanks	into your	-0.037
thanks	intro	0.0824
thanks	invest	-0.0208
thanks	is	0.577
thanks	is a	-0.0228
thanks	is ani	-0.026
thanks	is anyon	-0.039
thanks	is ever	-0.0209
thanks	is everyth	0.0423
thanks	is help	-0.1242
thanks	is it	-0.1518
thanks	is me	-0.1083
thanks	is part	-0.059
thanks	is realli	-0.0475
thanks	is super	-0.0929
thanks	is that	-0.0777
thanks	is the	-0.1558
thanks	is there	0.2159
thanks	is to	-0.0292
thanks	is your	-0.108
thanks	is ~number	-0.1825
thanks	is ~people	-0.0401
thanks	is ~want	-0.0644
thanks	it	0.1862
thanks	it for	-0.0972
thanks	it from	-0.1621
thanks	it is	-0.0646
thanks	it there	-0.1189
thanks	it ~want	-0.034
thanks	job	-0.21
thanks	join	-0.0205
thanks	junior	0.2578
thanks	junior at	0.1049
thanks	just	-0.1348
thanks	just say	-0.0226
thanks	just ~want	-0.0308
thanks	keep	-0.1718
thanks	keep you	-0.0956
thanks	kept	-0.0561
thanks	kept you	-0.0561
thanks	kind	0.0218
thanks	kind of	0.0258
thanks	know	-0.0428
thanks	know anyon	0.0632
thanks	know how	-0.0385
thanks	know i	-0.0268
thanks	know if	-0.0475
thanks	know this	-0.0763
thanks	know we	-0.0208
thanks	know you	0.047
thanks	know ~people	0.0589
thanks	lab	-0.0324
thanks	last question	-0.0452
thanks	last summer	0.1053
thanks	last year	-0.0256
thanks	last ~duration	-0.0256
thanks	late	-0.063
thanks	later	0.0272
thanks	law	-0.0219
thanks	lead	-0.027
thanks	leadership	-0.0224
thanks	learn	-0.1501
thanks	leav	-0.2469
thanks	leav it	-0.1484
thanks	left	-0.0277
thanks	left right	-0.0214
thanks	let	0.0843
thanks	let me	-0.063
thanks	let us	-0.1053
thanks	let you	0.2526
thanks	like	-0.1723
thanks	like for	-0.0309
thanks	like ~number	-0.0291
thanks	list	-0.0969
thanks	local	-0.0241
thanks	logist	-0.0224
thanks	long	-0.026
thanks	longer	-0.07
thanks	look	-0.0595
thanks	look like	-0.0379
thanks	love a	-0.0231
thanks	love an	0.0948
thanks	love to	-0.1217
thanks	love ~closing	0.0545
thanks	love ~number	0.0717
thanks	lunch	0.2074
thanks	lunch break	0.2343
thanks	made	0.071
thanks	main	-0.0443
thanks	major	0.0992
thanks	major in	0.1066
thanks	make	-0.0746
thanks	make sens	-0.0927
thanks	make the	0.0624
thanks	make ~insight	-0.0927
thanks	make ~number	0.0516
thanks	manag	-0.1342
thanks	market	-0.024
thanks	matter	-0.0464
thanks	matter most	-0.0259
thanks	me	-0.1564
thanks	me about	-0.0715
thanks	me done	-0.1083
thanks	me for	-0.0322
thanks	me in	0.1433
thanks	me know	-0.063
thanks	me through	-0.0575
thanks	me to	-0.0281
thanks	me when	-0.0224
thanks	me with	-0.0383
thanks	me ~learn	-0.0711
thanks	me ~number	-0.0212
thanks	meet	-0.1327
thanks	meet you	-0.0909
thanks	mention the	0.0888
thanks	mention ~number	0.0888
thanks	mentor	0.0747
thanks	might	-0.0369
thanks	mind	-0.0934
thanks	mind if	-0.0248
thanks	minut	-0.1229
thanks	minut left	-0.0277
thanks	minut so	-0.0457
thanks	moment	-0.021
thanks	month	0.15
thanks	more	-0.1233
thanks	more of	-0.0286
thanks	more question	-0.0495
thanks	morn	-0.0749
thanks	most in	-0.0299
thanks	move	-0.0348
thanks	move into	-0.0235
thanks	much	1.1201
thanks	much for	0.106
thanks	much this	0.1403
thanks	much time	-0.0377
thanks	much ~limit	-0.0377
thanks	my	-0.9681
thanks	my list	-0.0944
thanks	my question	-0.0999
thanks	my resum	-0.0255
thanks	my ~application	-0.0291
thanks	my ~degree	-0.028
thanks	my ~job	-0.1285
thanks	my ~student	-0.056
thanks	name	-0.0298
thanks	need	-0.132
thanks	need a	-0.0279
thanks	need to	-0.0405
thanks	need ~number	-0.0292
thanks	network	-0.0585
thanks	never	-0.0754
thanks	new	-0.0586
thanks	newslett	-0.0248
thanks	next	-0.1753
thanks	next step	-0.0488
thanks	no	-0.2442
thanks	nonprofit	-0.0449
thanks	not	-0.3548
thanks	not have	-0.0315
thanks	not take	-0.0242
thanks	not want	-0.0225
thanks	not ~insight	-0.0242
thanks	not ~want	-0.0524
thanks	note	-0.1343
thanks	note after	-0.1161
thanks	note tomorrow	-0.0451
thanks	note tonight	0.0309
thanks	note ~want	-0.1161
thanks	now	-0.2181
thanks	nurs	-0.1255
thanks	nurs chang	-0.021
thanks	of	-0.4618
thanks	of the	-0.0695
thanks	of your	-0.1428
thanks	of ~number	-0.0839
thanks	off	-0.0947
thanks	oh	-0.0853
thanks	ok	-0.1628
thanks	ok for	-0.0204
thanks	ok i	-0.0748
thanks	ok that	-0.1317
thanks	old	-0.074
thanks	on	-0.381
thanks	on a	-0.0225
thanks	on it	0.2471
thanks	on linkedin	0.0255
thanks	on my	-0.1141
thanks	on the	-0.0575
thanks	on with	-0.0481
thanks	on your	-0.0516
thanks	on ~number	-0.0873
thanks	one	-0.0563
thanks	onli	-0.0414
thanks	onli have	-0.0354
thanks	onlin	-0.0394
thanks	open	-0.0974
thanks	open up	-0.0201
thanks	or	-0.305
thanks	or is	-0.0705
thanks	or newslett	-0.0248
thanks	other	-0.0339
thanks	out	-0.1718
thanks	out of	-0.0399
thanks	over	-0.0701
thanks	own	0.1892
thanks	pack	0.131
thanks	parent	-0.0226
thanks	part	-0.0934
thanks	part of	-0.0834
thanks	pass	-0.0233
thanks	past	-0.0526
thanks	path	-0.0366
thanks	peopl	-0.1241
thanks	peopl you	-0.0292
thanks	perspect	-0.0204
thanks	pick	0.1148
thanks	place	-0.0315
thanks	plan	-0.0606
thanks	pleas	-0.0554
thanks	pleas let	-0.0328
thanks	podcast	-0.0231
thanks	point	-0.0324
thanks	point me	-0.0236
thanks	polici	-0.0992
thanks	posit	-0.0229
thanks	post	-0.0427
thanks	pretti	-0.0297
thanks	product	-0.0504
thanks	profess	-0.1736
thanks	profess i	-0.1723
thanks	profession	-0.0255
thanks	program	-0.0534
thanks	project	-0.2007
thanks	project you	-0.0524
thanks	promis	-0.0611
thanks	proud	-0.0429
thanks	proud of	-0.0429
thanks	public	-0.0368
thanks	put	-0.0258
thanks	python	-0.0256
thanks	question	-0.2311
thanks	quick	-0.1656
thanks	rather	-0.0206
thanks	reach	-0.0333
thanks	reach out	-0.0278
thanks	read	-0.032
thanks	realli	0.38
thanks	realli appreci	0.5227
thanks	realli grate	-0.0293
thanks	realli ~want	0.4777
thanks	recommend	-0.1243
thanks	recommend i	-0.0273
thanks	recruit	-0.0385
thanks	referr	-0.0323
thanks	report	-0.0319
thanks	research	-0.1237
thanks	research with	-0.0221
thanks	rest	-0.023
thanks	rest of	-0.023
thanks	resum	-0.0266
thanks	return	-0.0517
thanks	return the	-0.0316
thanks	return ~number	-0.0316
thanks	review	-0.0205
thanks	right	-0.175
thanks	right at	0.0462
thanks	right now	-0.0445
thanks	risk	-0.0229
thanks	role	-0.0744
thanks	run	-0.0532
thanks	run over	-0.0327
thanks	said	-0.0893
thanks	same	-0.0333
thanks	say	-0.1063
thanks	school	-0.0241
thanks	scienc	-0.0822
thanks	scientist	-0.0201
thanks	season	-0.0328
thanks	second	-0.0313
thanks	second year	-0.0302
thanks	second ~duration	-0.0302
thanks	sector	-0.0473
thanks	see we	0.0454
thanks	send	-0.3135
thanks	send thank	-0.1161
thanks	send you	-0.1631
thanks	sens	-0.0987
thanks	shall	-0.041
thanks	share	0.0727
thanks	shift	-0.0407
thanks	short	-0.0996
thanks	should	-0.2261
thanks	should i	-0.135
thanks	should talk	0.0259
thanks	side	0.064
thanks	sign	-0.0686
thanks	sign off	-0.0686
thanks	sinc	-0.0337
thanks	six	-0.026
thanks	six year	-0.0245
thanks	six ~duration	-0.026
thanks	skill	-0.0337
thanks	so	0.9678
thanks	so far	-0.026
thanks	so just	-0.0224
thanks	so much	0.3875
thanks	so you	-0.0804
thanks	so ~want	-0.0224
thanks	some	-0.0546
thanks	someon	-0.0939
thanks	someon in	-0.0382
thanks	sorri	-0.247
thanks	sorri i	-0.0574
thanks	sorri my	-0.0209
thanks	sound	-0.1012
thanks	sql	-0.1359
thanks	staff	-0.0344
thanks	start	-0.107
thanks	start out	-0.064
thanks	stat	0.1586
thanks	stay	-0.0963
thanks	stay at	-0.0226
thanks	stay in	-0.0543
thanks	step	-0.0584
thanks	still	-0.0674
thanks	stop	-0.0364
thanks	stop there	-0.0401
thanks	student	-0.0475
thanks	studi	-0.0276
thanks	suggest	0.0927
thanks	suggest i	0.1548
thanks	suit	-0.0217
thanks	summer	0.0623
thanks	super	0.045
thanks	suppli	0.1047
thanks	suppli chain	0.1047
thanks	survey	-0.027
thanks	switch	-0.0411
thanks	switch from	-0.0292
thanks	take	-0.1248
thanks	take on	-0.0202
thanks	take up	-0.0381
thanks	taken	-0.0428
thanks	talk	0.5789
thanks	talk to	0.0814
thanks	talk with	0.5329
thanks	tax	-0.026
thanks	teach	-0.0348
thanks	team	-0.1174
thanks	tell	-0.0992
thanks	tell me	-0.0785
thanks	ten	-0.0219
thanks	test	-0.0479
thanks	than	-0.0767
thanks	thank	2.9569
thanks	thank again	0.3043
thanks	thank for	0.6342
thanks	thank so	0.2688
thanks	thank to	-0.2979
thanks	thank you	1.0899
thanks	thank ~later	0.3043
thanks	thank ~number	0.2177
thanks	that	0.6243
thanks	that cover	0.0893
thanks	that i	-0.0358
thanks	that is	0.8987
thanks	that make	-0.0541
thanks	that ~want	-0.0799
thanks	the	-0.1535
thanks	the articl	-0.0569
thanks	the bootcamp	-0.1714
thanks	the cfa	-0.0206
thanks	the downsid	0.3028
thanks	the favor	-0.0275
thanks	the field	-0.0548
thanks	the job	-0.0469
thanks	the most	0.1371
thanks	the point	0.0866
thanks	the portfolio	0.0306
thanks	the recruit	-0.022
thanks	the time	0.0709
thanks	the work	-0.0219
thanks	the ~closing	-0.029
thanks	the ~degree	-0.189
thanks	the ~gatekeeper	-0.0284
thanks	the ~job	-0.0627
thanks	the ~learn	-0.0213
thanks	the ~limit	0.0621
thanks	the ~org	-0.037
thanks	the ~people	-0.0223
thanks	the ~student	-0.0543
thanks	the ~workverb	-0.0219
thanks	them	-0.0247
thanks	there	-0.1992
thanks	there a	-0.0535
thanks	there ani	0.1202
thanks	there anyon	0.0902
thanks	there anyth	0.0555
thanks	there for	-0.0833
thanks	there is	-0.0797
thanks	there so	-0.0651
thanks	there ~number	-0.0559
thanks	there ~people	0.0675
thanks	these	-0.0401
thanks	these day	-0.038
thanks	thing	-0.0362
thanks	think	-0.1004
thanks	think about	0.0695
thanks	think i	-0.1376
thanks	think of	-0.0612
thanks	think that	-0.1395
thanks	think the	0.2404
thanks	think we	-0.0493
thanks	think ~number	0.2404
thanks	this	0.2641
thanks	this field	-0.1887
thanks	this is	-0.0908
thanks	this sector	-0.0348
thanks	this was	0.3021
thanks	thought	-0.1063
thanks	through	-0.0801
thanks	through a	-0.0356
thanks	through what	-0.0223
thanks	through ~number	-0.0396
thanks	time so	0.0509
thanks	time today	0.1001
thanks	to	-0.6037
thanks	to a	-0.0216
thanks	to ask	-0.1113
thanks	to be	-0.0702
thanks	to connect	-0.0235
thanks	to get	-0.059
thanks	to hear	-0.1026
thanks	to help	-0.0527
thanks	to it	0.2866
thanks	to keep	-0.0358
thanks	to learn	-0.0488
thanks	to my	-0.2807
thanks	to send	-0.0557
thanks	to stay	-0.0499
thanks	to talk	0.4918
thanks	to the	-0.0408
thanks	to think	0.0753
thanks	to understand	-0.0401
thanks	to work	-0.0546
thanks	to you	-0.0334
thanks	to your	0.0415
thanks	to ~help	-0.0693
thanks	to ~learn	-0.4522
thanks	to ~limit	-0.022
thanks	to ~number	-0.0636
thanks	to ~sendverb	-0.0797
thanks	to ~student	-0.0224
thanks	to ~talk	0.2787
thanks	to ~workverb	-0.0609
thanks	today	-0.0363
thanks	tomorrow	-0.0451
thanks	tonight	0.0376
thanks	tonight and	0.0538
thanks	too	-0.1525
thanks	tool	-0.0213
thanks	touch	-0.0814
thanks	touch with	-0.0265
thanks	toward	-0.022
thanks	tri	-0.0974
thanks	tri to	-0.0814
thanks	twelv	-0.035
thanks	twenti	-0.0451
thanks	twenti minut	-0.0451
thanks	twenti ~limit	-0.0451
thanks	twenti ~timeunit	-0.0451
thanks	two	-0.0272
thanks	typic	-0.0371
thanks	typic ~closing	-0.025
thanks	understand	-0.0472
thanks	understand the	-0.028
thanks	understand ~number	-0.028
thanks	uni	-0.0339
thanks	up	0.2802
thanks	up a	0.0863
thanks	up ani	-0.0576
thanks	up with	-0.0284
thanks	up ~number	0.2621
thanks	up ~want	-0.0349
thanks	us	-0.1061
thanks	us leav	-0.0991
thanks	use	0.0596
thanks	use to	-0.0501
thanks	user	-0.0206
thanks	usual	-0.0483
thanks	ux	-0.0269
thanks	valuabl	0.0415
thanks	volunt	-0.0419
thanks	walk	-0.0575
thanks	walk me	-0.0575
thanks	want	-0.2133
thanks	want to	-0.1837
thanks	was	0.0651
thanks	was ~want	0.0468
thanks	way i	-0.0479
thanks	way to	0.0923
thanks	we	-0.2037
thanks	we can	-0.0493
thanks	we have	-0.035
thanks	week	-0.0526
thanks	weekend	-0.0395
thanks	well	0.2879
thanks	well i	0.1891
thanks	went	-0.0338
thanks	were	-0.105
thanks	were start	-0.0632
thanks	what	-0.8215
thanks	what are	-0.0565
thanks	what do	-0.0485
thanks	what doe	-0.0318
thanks	what i	-0.0338
thanks	what is	-0.1479
thanks	what make	-0.0221
thanks	what would	-0.0244
thanks	what you	-0.1013
thanks	what ~help	-0.0485
thanks	what ~want	-0.0244
thanks	when	-0.1065
thanks	when you	-0.0855
thanks	where	-0.093
thanks	where can	-0.0224
thanks	where do	-0.0252
thanks	where is	-0.033
thanks	where ~help	-0.0252
thanks	whether	-0.0434
thanks	whi	-0.095
thanks	whi i	-0.0657
thanks	which	-0.2433
thanks	which is	-0.0583
thanks	who	-0.1854
thanks	who do	-0.0395
thanks	who els	-0.0415
thanks	who would	-0.0447
thanks	who ~help	-0.0395
thanks	who ~want	-0.0447
thanks	will	-0.3663
thanks	will be	-0.1157
thanks	will definit	-0.0361
thanks	will keep	-0.0452
thanks	will leav	-0.0714
thanks	will let	0.3178
thanks	will not	-0.0741
thanks	will send	-0.1241
thanks	will sign	-0.0686
thanks	will wrap	-0.055
thanks	will ~contactverb	0.0771
thanks	will ~sendverb	-0.1602
thanks	will ~talk	0.0751
thanks	wish	-0.0393
thanks	with	0.0501
thanks	with a	-0.0318
thanks	with anyth	-0.0299
thanks	with me	0.5287
thanks	with someon	-0.039
thanks	with the	-0.0367
thanks	with you	0.0509
thanks	with your	-0.0763
thanks	with ~number	-0.0741
thanks	with ~people	-0.0499
thanks	wonder	-0.0356
thanks	word	-0.0202
thanks	work	-0.3541
thanks	work in	-0.0334
thanks	work on	-0.0301
thanks	worth	-0.1018
thanks	worth it	-0.0249
thanks	worth ~talk	-0.0232
thanks	would	-0.4495
thanks	would be	-0.0784
thanks	would it	-0.0211
thanks	would love	-0.0206
thanks	would point	-0.0307
thanks	would realli	-0.0687
thanks	would recommend	-0.0568
thanks	would suggest	0.1274
thanks	would you	-0.1652
thanks	would ~want	-0.071
thanks	wow	-0.1077
thanks	wrap	-0.091
thanks	wrap up	-0.0799
thanks	write	0.0751
thanks	yeah	-0.122
thanks	year	-0.2138
thanks	year and	-0.0471
thanks	yesterday	-0.0293
thanks	yet	-0.0229
thanks	you	0.5594
thanks	you a	-0.1471
thanks	you are	0.1677
thanks	you be	0.2887
thanks	you can	-0.0399
thanks	you could	-0.0417
thanks	you decid	-0.0366
thanks	you design	-0.0216
thanks	you do	-0.0406
thanks	you email	-0.0294
thanks	you end	-0.0205
thanks	you ever	-0.0476
thanks	you find	-0.0214
thanks	you for	0.3002
thanks	you get	0.2656
thanks	you go	0.0774
thanks	you guy	-0.0289
thanks	you have	-0.0743
thanks	you hear	-0.0207
thanks	you in	-0.0213
thanks	you know	-0.0401
thanks	you like	-0.0285
thanks	you mind	-0.039
thanks	you need	-0.0421
thanks	you note	-0.1553
thanks	you on	0.0602
thanks	you out	-0.0201
thanks	you pick	0.1696
thanks	you post	-0.0365
thanks	you recommend	-0.0567
thanks	you said	-0.0801
thanks	you send	-0.0575
thanks	you so	0.1187
thanks	you suggest	-0.0347
thanks	you tell	-0.0281
thanks	you thank	0.0481
thanks	you that	-0.0209
thanks	you think	0.1411
thanks	you to	-0.0492
thanks	you walk	-0.0279
thanks	you were	-0.0844
thanks	you wish	-0.0393
thanks	you work	-0.0418
thanks	you ~contactverb	-0.0328
thanks	you ~help	-0.0569
thanks	you ~learn	0.32
thanks	you ~number	-0.1566
thanks	you ~sendverb	-0.0869
thanks	you ~talk	-0.0567
thanks	you ~want	-0.0372
thanks	you ~workverb	-0.0453
thanks	your	-0.4306
thanks	your advic	-0.0496
thanks	your afternoon	-0.0267
thanks	your app	-0.0254
thanks	your compani	-0.0386
thanks	your day	0.0347
thanks	your lunch	0.2096
thanks	your network	-0.0243
thanks	your team	-0.081
thanks	your week	-0.0396
thanks	your work	-0.0253
thanks	your ~closing	-0.0809
thanks	your ~insight	-0.0625
thanks	your ~learn	-0.0261
thanks	your ~limit	0.3454
thanks	your ~org	-0.1778
thanks	your ~talk	-0.0243
thanks	your ~workverb	-0.0253
thanks	~application	-0.0398
thanks	~closing	-0.1575
thanks	~closing of	-0.023
thanks	~contactverb	-0.1662
thanks	~contactverb tonight	-0.0857
thanks	~contactverb with	-0.0353
thanks	~contactverb you	-0.0447
thanks	~degree	-0.3872
thanks	~degree in	-0.0364
thanks	~duration	-0.2263
thanks	~duration and	-0.0471
thanks	~duration in	-0.0203
thanks	~gatekeeper	0.0313
thanks	~help	-0.3122
thanks	~help for	0.168
thanks	~help not	-0.0773
thanks	~help peopl	-0.0231
thanks	~help the	-0.0335
thanks	~help to	-0.0516
thanks	~help with	-0.0372
thanks	~help you	-0.2046
thanks	~hiring	0.1131
thanks	~insight	-0.3847
thanks	~insight for	-0.0207
thanks	~insight on	-0.0297
thanks	~insight up	-0.0344
thanks	~job	-0.5478
thanks	~job i	-0.15
thanks	~job in	-0.0247
thanks	~later	0.264
thanks	~learn	-0.3956
thanks	~learn anyon	0.0632
thanks	~learn back	0.344
thanks	~learn how	-0.0537
thanks	~learn i	-0.028
thanks	~learn if	-0.0655
thanks	~learn into	-0.032
thanks	~learn me	-0.0295
thanks	~learn on	-0.0505
thanks	~learn out	-0.0774
thanks	~learn so	-0.0235
thanks	~learn the	-0.0492
thanks	~learn this	-0.0763
thanks	~learn up	0.1712
thanks	~learn we	0.0246
thanks	~learn with	-0.034
thanks	~learn you	0.0307
thanks	~learn your	0.1329
thanks	~limit	0.0573
thanks	~limit break	0.2343
thanks	~limit i	-0.054
thanks	~limit is	0.1393
thanks	~limit left	-0.0277
thanks	~limit today	0.1001
thanks	~number	-0.6792
thanks	~number articl	-0.0569
thanks	~number beginn	-0.0306
thanks	~number big	-0.0348
thanks	~number bootcamp	-0.1772
thanks	~number career	-0.1919
thanks	~number cfa	-0.0206
thanks	~number coupl	-0.0246
thanks	~number data	-0.0201
thanks	~number downsid	0.3028
thanks	~number favor	-0.0275
thanks	~number few	-0.0374
thanks	~number field	-0.0574
thanks	~number good	-0.0481
thanks	~number great	-0.0245
thanks	~number hand	-0.0206
thanks	~number hour	-0.0254
thanks	~number interview	-0.023
thanks	~number intro	0.0824
thanks	~number job	-0.0779
thanks	~number junior	0.0861
thanks	~number love	0.0545
thanks	~number minut	-0.1079
thanks	~number most	0.1371
thanks	~number name	-0.0216
thanks	~number note	0.0225
thanks	~number point	0.0866
thanks	~number portfolio	0.0263
thanks	~number project	-0.0551
thanks	~number question	-0.0269
thanks	~number quick	-0.0545
thanks	~number recruit	-0.022
thanks	~number referr	-0.0295
thanks	~number shall	-0.0212
thanks	~number short	-0.078
thanks	~number stat	0.1586
thanks	~number stay	-0.0226
thanks	~number student	-0.0208
thanks	~number thank	0.0399
thanks	~number time	0.0709
thanks	~number typic	-0.0296
thanks	~number work	-0.0219
thanks	~number year	-0.0508
thanks	~org	-0.3435
thanks	~people	-0.3784
thanks	~people do	-0.0617
thanks	~people els	0.1073
thanks	~people in	-0.0807
thanks	~people on	-0.0233
thanks	~people who	-0.0354
thanks	~people would	-0.0489
thanks	~people you	-0.0484
thanks	~sendverb	-0.4343
thanks	~sendverb my	-0.0227
thanks	~sendverb thank	-0.1161
thanks	~sendverb tonight	-0.0857
thanks	~sendverb you	-0.2047
thanks	~student	-0.348
thanks	~student at	0.0917
thanks	~student for	-0.0371
thanks	~studyverb	-0.1428
thanks	~studyverb a	-0.0293
thanks	~studyverb in	0.0996
thanks	~studyverb you	-0.0246
thanks	~talk at	-0.0224
thanks	~talk i	-0.0235
thanks	~talk me	-0.0367
thanks	~talk to	0.0725
thanks	~talk tonight	-0.0857
thanks	~talk with	0.5129
thanks	~talk you	-0.1399
thanks	~timeunit	-0.194
thanks	~timeunit left	-0.0277
thanks	~timeunit so	-0.0457
thanks	~want	0.3455
thanks	~want a	-0.0546
thanks	~want about	-0.0221
thanks	~want appreci	0.5227
thanks	~want be	-0.0784
thanks	~want for	-0.036
thanks	~want grate	-0.0293
thanks	~want here	-0.0271
thanks	~want i	-0.0224
thanks	~want in	-0.042
thanks	~want it	0.3205
thanks	~want love	-0.0206
thanks	~want point	-0.0307
thanks	~want realli	-0.0687
thanks	~want recommend	-0.0568
thanks	~want say	-0.0226
thanks	~want suggest	0.1274
thanks	~want the	-0.0203
thanks	~want this	0.1222
thanks	~want to	-0.3124
thanks	~want you	0.2316
thanks	~want your	-0.1134
thanks	~workverb	-0.2444
thanks	~workverb a	-0.0319
thanks	~workverb at	0.092
thanks	~workverb do	-0.0212
thanks	~workverb in	-0.0417
thanks	~workverb on	-0.0301
thanks	~workverb over	-0.0327
thanks	~workverb the	0.1621
give_back	*	-3.2484
give_back	?	-0.9334
give_back	^alright	-0.0667
give_back	^are	-0.1773
give_back	^can	-0.0473
give_back	^could	-0.114
give_back	^did	-0.0278
give_back	^do	-0.195
give_back	^doe	-0.0283
give_back	^great	-0.0273
give_back	^happi	0.4223
give_back	^hi	-0.0566
give_back	^honest	-0.0552
give_back	^i	-0.3087
give_back	^if	0.6115
give_back	^is	-0.1376
give_back	^just	-0.0256
give_back	^let	0.0968
give_back	^mind	-0.0595
give_back	^my	-0.0409
give_back	^no	-0.0625
give_back	^oh	-0.0395
give_back	^ok	-0.0994
give_back	^pleas	0.1214
give_back	^right	-0.0333
give_back	^should	-0.0344
give_back	^so	-0.0289
give_back	^sorri	-0.0841
give_back	^tell	-0.0415
give_back	^thank	-0.2487
give_back	^that	-0.1588
give_back	^this	0.0802
give_back	^we	-0.0374
give_back	^well	-0.032
give_back	^what	-0.4103
give_back	^where	-0.1525
give_back	^whi	-0.0317
give_back	^which	0.3393
give_back	^who	-0.0948
give_back	^would	0.0873
give_back	^yeah	-0.0321
give_back	a	-0.7736
give_back	a beginn	-0.0227
give_back	a career	-0.0374
give_back	a coupl	-0.049
give_back	a few	-0.0405
give_back	a good	-0.1889
give_back	a hand	0.2161
give_back	a job	-0.0509
give_back	a lot	0.0464
give_back	a part	-0.0658
give_back	a program	-0.0358
give_back	a quick	-0.0321
give_back	a referr	-0.0367
give_back	a role	-0.0384
give_back	a second	-0.0259
give_back	a shall	0.0392
give_back	a short	0.1547
give_back	a strong	-0.0203
give_back	a thank	-0.0312
give_back	a typic	-0.0257
give_back	a ~closing	-0.0312
give_back	a ~degree	-0.071
give_back	a ~job	-0.113
give_back	a ~number	-0.0895
give_back	a ~student	-0.0751
give_back	abil	-0.0667
give_back	abil should	-0.0397
give_back	abl	-0.0388
give_back	abl to	-0.0388
give_back	about	-0.2714
give_back	about it	-0.0487
give_back	about the	-0.096
give_back	about your	0.0376
give_back	about ~number	-0.1303
give_back	academia	-0.0278
give_back	actual	0.0374
give_back	actual ~help	-0.0425
give_back	add	-0.0554
give_back	add you	-0.0554
give_back	advic	-0.0886
give_back	affect	-0.0365
give_back	affect your	-0.0343
give_back	after	-0.0791
give_back	after ~number	-0.0366
give_back	afternoon	-0.0464
give_back	again	-0.0589
give_back	agenc	-0.0304
give_back	agre	-0.0332
give_back	all	-0.1865
give_back	all right	-0.0351
give_back	all the	-0.0432
give_back	all ~number	-0.0432
give_back	almost	-0.0577
give_back	almost out	-0.0577
give_back	along	-0.0619
give_back	alreadi	-0.0424
give_back	alright	-0.1002
give_back	alright i	-0.0548
give_back	am	0.1898
give_back	am a	-0.0408
give_back	am around	0.1165
give_back	am go	-0.0406
give_back	am here	-0.0295
give_back	am hope	-0.0671
give_back	am not	-0.0339
give_back	am pretti	0.0933
give_back	am tri	-0.0203
give_back	am ~number	-0.0582
give_back	am ~want	-0.1982
give_back	an	0.1952
give_back	an exercis	-0.0215
give_back	an eye	-0.0355
give_back	an interview	-0.0349
give_back	an intro	-0.061
give_back	an introduct	-0.0311
give_back	an ~student	-0.0286
give_back	an ~talk	-0.0349
give_back	analyst	-0.1053
give_back	analyst on	-0.0229
give_back	and	-0.1776
give_back	and i	-0.039
give_back	and ~want	-0.0285
give_back	ani	0.07
give_back	ani chanc	-0.0274
give_back	ani more	-0.0779
give_back	ani open	-0.0282
give_back	ani way	0.2982
give_back	ani ~job	-0.033
give_back	ani ~people	-0.0325
give_back	anyon	-0.1723
give_back	anyon els	-0.0409
give_back	anyon in	-0.0595
give_back	anyon on	-0.0326
give_back	anyth	0.772
give_back	anyth i	0.3515
give_back	anyth on	0.4421
give_back	anyth you	-0.0426
give_back	app	0.1509
give_back	appli	-0.248
give_back	appli to	-0.0502
give_back	applic	-0.1572
give_back	appreci	-0.0954
give_back	appreci it	-0.0295
give_back	appreci you	-0.035
give_back	are	-0.1234
give_back	are almost	-0.0577
give_back	are near	0.104
give_back	are the	-0.0369
give_back	are there	-0.1292
give_back	are you	-0.0763
give_back	are ~number	-0.0405
give_back	are ~workverb	-0.0248
give_back	area	-0.0207
give_back	around	0.1165
give_back	articl	-0.0821
give_back	articl i	-0.0508
give_back	as	-0.1041
give_back	as a	-0.0405
give_back	as ~number	-0.047
give_back	ask	0.0888
give_back	ask for	-0.0237
give_back	ask you	-0.0244
give_back	associ	-0.032
give_back	at	-0.0487
give_back	at a	-0.0377
give_back	at that	0.1453
give_back	at the	-0.1111
give_back	at trailhead	-0.0255
give_back	at your	-0.0743
give_back	at ~number	-0.1579
give_back	atmospher	-0.0232
give_back	back	-0.0599
give_back	back to	-0.0231
give_back	bank	-0.0559
give_back	be	0.4978
give_back	be abl	-0.0388
give_back	be glad	0.2896
give_back	be good	-0.0217
give_back	be happi	0.0408
give_back	be mind	-0.0307
give_back	be ok	-0.0629
give_back	be realli	-0.1163
give_back	be use	0.2359
give_back	be ~help	0.2359
give_back	be ~want	-0.1163
give_back	been	-0.0712
give_back	been the	-0.0355
give_back	been ~number	-0.0389
give_back	befor appli	-0.0389
give_back	befor i	-0.0561
give_back	befor we	0.1219
give_back	beginn	-0.0366
give_back	best	-0.0266
give_back	better	-0.0621
give_back	better at	-0.0485
give_back	between	-0.0492
give_back	beyond	-0.0327
give_back	big	-0.025
give_back	biggest	-0.026
give_back	bit	-0.0351
give_back	blog	-0.0237
give_back	book	-0.0522
give_back	book you	-0.0251
give_back	bootcamp	-0.0526
give_back	break	-0.0261
give_back	bridg	-0.0254
give_back	build	-0.118
give_back	busi	-0.0298
give_back	but	0.091
give_back	by	0.0739
give_back	by email	-0.0231
give_back	by ~contactverb	-0.0231
give_back	by ~sendverb	-0.0231
give_back	by ~talk	-0.0231
give_back	call	-0.0514
give_back	can	1.0707
give_back	can be	0.2513
give_back	can do	0.1394
give_back	can ever	0.1057
give_back	can help	0.1111
give_back	can i	0.672
give_back	can return	0.1666
give_back	can see	-0.1062
give_back	can you	-0.1197
give_back	can ~help	0.4171
give_back	can ~learn	-0.1157
give_back	candid	-0.0503
give_back	care	-0.049
give_back	career	-0.0671
give_back	career changer	-0.0225
give_back	case	-0.04
give_back	certif	-0.0302
give_back	cfa	-0.0224
give_back	chanc	-0.1642
give_back	chanc of	-0.1424
give_back	chanc you	-0.0218
give_back	chang	-0.0359
give_back	chang how	-0.0258
give_back	changer	-0.0225
give_back	chariti	0.1514
give_back	chat	-0.0443
give_back	check	-0.0276
give_back	choos	-0.0766
give_back	choos ~number	-0.0405
give_back	citi	-0.0226
give_back	class	0.1412
give_back	client	-0.0382
give_back	clinic	-0.0299
give_back	clock	-0.0514
give_back	coach	-0.0262
give_back	colleagu	-0.0357
give_back	colleg	-0.0342
give_back	come	0.1489
give_back	come up	-0.0557
give_back	communiti colleg	-0.0278
give_back	compani	-0.1037
give_back	confer	0.1096
give_back	connect	-0.0677
give_back	connect with	-0.068
give_back	conscious	-0.0326
give_back	consid	-0.0637
give_back	consult	-0.0407
give_back	contact	-0.0298
give_back	context	-0.0386
give_back	convers	-0.033
give_back	could	0.8667
give_back	could do	0.1207
give_back	could get	-0.03
give_back	could i	0.3801
give_back	could pass	-0.0297
give_back	could put	-0.0346
give_back	could tri	-0.0315
give_back	could you	-0.2227
give_back	could ~help	0.1469
give_back	could ~learn	-0.0379
give_back	could ~sendverb	0.0353
give_back	could ~talk	-0.0299
give_back	could ~want	-0.0315
give_back	coupl	-0.049
give_back	coupl of	-0.0358
give_back	cours	-0.051
give_back	cover	-0.0263
give_back	cover everyth	-0.0263
give_back	credit	-0.0328
give_back	cultur	-0.0333
give_back	curious	-0.0254
give_back	current	-0.0224
give_back	dashboard	0.2485
give_back	data	0.2021
give_back	data scienc	-0.0544
give_back	data scientist	-0.0438
give_back	dataset	-0.0377
give_back	day	-0.1091
give_back	decent	0.0813
give_back	decid	-0.0566
give_back	decid between	-0.0316
give_back	definit	-0.0279
give_back	degre	-0.0481
give_back	depart	-0.062
give_back	describ	-0.0689
give_back	describ the	-0.0252
give_back	describ ~number	-0.0372
give_back	design	-0.1822
give_back	design is	-0.0301
give_back	design ~job	-0.0449
give_back	develop	-0.0373
give_back	did	-0.1791
give_back	did you	-0.0929
give_back	did ~number	-0.0202
give_back	differ	-0.0697
give_back	director	-0.0444
give_back	do	-0.4189
give_back	do a	-0.0525
give_back	do befor	-0.0353
give_back	do data	-0.0267
give_back	do first	-0.0419
give_back	do for	0.7807
give_back	do i	-0.0489
give_back	do not	-0.0478
give_back	do peopl	-0.0306
give_back	do this	-0.1052
give_back	do to	-0.0964
give_back	do you	-0.6117
give_back	do ~number	-0.0719
give_back	do ~people	-0.0306
give_back	doe	-0.1787
give_back	doe a	-0.0339
give_back	doe it	-0.0258
give_back	doe your	-0.0697
give_back	doe ~number	-0.0474
give_back	done	-0.0691
give_back	down	-0.0592
give_back	downsid	-0.0283
give_back	drop	-0.0321
give_back	eat	-0.0263
give_back	eat into	-0.0263
give_back	elect	-0.0474
give_back	els	-0.101
give_back	els should	-0.0205
give_back	email	-0.1431
give_back	email you	-0.0925
give_back	end	0.0846
give_back	end of	-0.0258
give_back	engin	-0.1176
give_back	enjoy	-0.0511
give_back	enjoy the	-0.029
give_back	enjoy ~number	-0.029
give_back	entri	-0.0329
give_back	entri level	-0.0329
give_back	even	0.1751
give_back	ever	0.9709
give_back	ever help	0.1508
give_back	ever need	0.282
give_back	ever want	0.2057
give_back	ever ~help	0.1057
give_back	everyth	-0.0731
give_back	everyth i	-0.0244
give_back	everyth on	-0.0223
give_back	exercis	-0.0544
give_back	exercis to	-0.0334
give_back	experi	-0.1027
give_back	explain	-0.0226
give_back	extra	0.5557
give_back	eye	-0.0355
give_back	eye on	-0.0355
give_back	favor	0.2958
give_back	favor somehow	0.1329
give_back	feedback	0.1671
give_back	feel	-0.0517
give_back	feel like	-0.0248
give_back	few	-0.048
give_back	field	-0.2116
give_back	financ	-0.0337
give_back	find	-0.0735
give_back	find out	-0.03
give_back	finish	0.04
give_back	finish ~number	-0.0214
give_back	firm	-0.1233
give_back	first	-0.0885
give_back	first year	-0.0208
give_back	first ~duration	-0.0208
give_back	five	-0.022
give_back	follow	-0.0988
give_back	follow up	-0.0707
give_back	for	0.4682
give_back	for a	-0.1073
give_back	for an	-0.0632
give_back	for data	-0.021
give_back	for me	-0.096
give_back	for the	0.0785
give_back	for this	-0.0863
give_back	for today	-0.0416
give_back	for you	0.7335
give_back	for your	0.1823
give_back	for ~hiring	-0.0434
give_back	for ~number	-0.0994
give_back	for ~org	-0.0286
give_back	forecast	-0.0418
give_back	found	-0.0235
give_back	free	0.1436
give_back	freelanc	-0.0287
give_back	from	0.1082
give_back	from a	-0.0468
give_back	from me	-0.0308
give_back	from my	0.1154
give_back	from the	0.2215
give_back	from ~number	0.1747
give_back	game	-0.1045
give_back	get	-0.4084
give_back	get a	-0.0318
give_back	get an	-0.0333
give_back	get better	-0.0485
give_back	get into	-0.1525
give_back	get ~number	-0.0704
give_back	give	-0.0414
give_back	glad	0.2896
give_back	glad to	0.2896
give_back	go	-0.2129
give_back	go to	-0.0609
give_back	goe	-0.0318
give_back	good	-0.1353
give_back	good at	0.1342
give_back	good word	-0.0292
give_back	got	-0.0888
give_back	got ~number	-0.0229
give_back	grad	-0.0627
give_back	grad school	-0.0394
give_back	grad ~org	-0.0394
give_back	graduat	-0.0462
give_back	grant	0.1517
give_back	grate	-0.1339
give_back	great	0.0754
give_back	great well	-0.0273
give_back	growth	-0.0632
give_back	had	-0.1299
give_back	half	-0.039
give_back	half hour	-0.0257
give_back	half ~limit	-0.0257
give_back	half ~timeunit	-0.0257
give_back	hand	0.7735
give_back	handl	-0.0259
give_back	happi	0.4454
give_back	happi to	0.4631
give_back	hard	-0.0689
give_back	has	-0.0444
give_back	have	-0.5286
give_back	have a	-0.0329
give_back	have ani	-0.0664
give_back	have been	-0.0309
give_back	have got	-0.0347
give_back	have read	-0.0315
give_back	have time	-0.0275
give_back	have to	-0.0232
give_back	have ~insight	-0.0315
give_back	have ~limit	-0.0275
give_back	have ~number	-0.0408
give_back	have ~workverb	-0.0514
give_back	head	-0.0257
give_back	hear	-0.0561
give_back	help	1.474
give_back	help i	0.0612
give_back	help if	0.2607
give_back	help me	-0.1207
give_back	help test	0.0859
give_back	help to	0.4576
give_back	help with	0.4396
give_back	help you	0.3703
give_back	here	-0.0615
give_back	here to	-0.0232
give_back	hi	-0.0566
give_back	hire	-0.1155
give_back	hire manag	-0.0202
give_back	hire ~gatekeeper	-0.0202
give_back	honest	-0.0967
give_back	honest i	-0.0258
give_back	hope	-0.128
give_back	hope you	-0.1175
give_back	hour	-0.0758
give_back	hous	-0.0376
give_back	how	-0.1782
give_back	how can	0.2108
give_back	how could	0.3436
give_back	how did	-0.0692
give_back	how do	-0.2166
give_back	how doe	-0.0541
give_back	how is	-0.0552
give_back	how much	-0.0339
give_back	how should	-0.0265
give_back	how the	-0.0397
give_back	how you	-0.0602
give_back	how your	-0.0297
give_back	how ~help	-0.2166
give_back	how ~number	-0.0428
give_back	how ~studyverb	-0.0692
give_back	i	0.9274
give_back	i add	-0.0554
give_back	i am	0.1898
give_back	i be	0.4192
give_back	i can	0.7319
give_back	i could	0.3044
give_back	i do	0.1526
give_back	i email	-0.0378
give_back	i follow	-0.0485
give_back	i get	-0.0354
give_back	i had	-0.092
give_back	i have	-0.2226
give_back	i just	-0.0324
give_back	i know	0.1564
give_back	i learn	-0.0527
give_back	i mention	-0.0821
give_back	i need	-0.0488
give_back	i practic	-0.0535
give_back	i reach	-0.059
give_back	i read	-0.0285
give_back	i realli	-0.0505
give_back	i return	0.2008
give_back	i send	-0.1352
give_back	i should	-0.1154
give_back	i think	-0.146
give_back	i want	-0.1268
give_back	i was	-0.0865
give_back	i will	-0.3026
give_back	i would	0.2817
give_back	i ~contactverb	-0.0712
give_back	i ~help	0.6885
give_back	i ~insight	-0.0395
give_back	i ~learn	0.0471
give_back	i ~org	-0.0535
give_back	i ~studyverb	-0.0501
give_back	i ~talk	-0.1097
give_back	i ~want	0.0495
give_back	idea	-0.0427
give_back	if	1.1368
give_back	if i	0.2179
give_back	if it	0.1048
give_back	if that	0.2051
give_back	if there	0.1808
give_back	if you	0.3961
give_back	if your	0.1565
give_back	in	-0.2738
give_back	in a	-0.0619
give_back	in data	-0.0225
give_back	in game	-0.0267
give_back	in my	-0.0243
give_back	in polici	-0.0341
give_back	in return	0.3043
give_back	in this	-0.0384
give_back	in your	-0.2243
give_back	in ~help	0.3043
give_back	in ~number	-0.0686
give_back	industri	-0.0695
give_back	inform	-0.0345
give_back	interest	-0.0995
give_back	interest in	-0.0512
give_back	intern	-0.0809
give_back	internship	-0.065
give_back	interview	-0.0911
give_back	into	-0.3204
give_back	into a	-0.138
give_back	into your	-0.0263
give_back	into ~number	-0.1437
give_back	intro	-0.061
give_back	introduc	-0.0224
give_back	introduct	-0.0471
give_back	introduct to	-0.0311
give_back	is	-0.1996
give_back	is a	-0.0386
give_back	is all	-0.0478
give_back	is ani	0.2035
give_back	is anyon	-0.062
give_back	is done	-0.0328
give_back	is ever	0.1118
give_back	is everyth	-0.0393
give_back	is for	-0.0331
give_back	is help	0.0778
give_back	is it	-0.0565
give_back	is me	-0.0203
give_back	is realli	-0.0212
give_back	is super	-0.0736
give_back	is that	-0.0235
give_back	is the	-0.2006
give_back	is there	0.3003
give_back	is your	-0.0365
give_back	is ~number	-0.2467
give_back	is ~people	-0.0665
give_back	is ~want	-0.0293
give_back	it	0.2244
give_back	it be	-0.0769
give_back	it for	-0.0261
give_back	it from	-0.0254
give_back	it help	0.2408
give_back	it is	0.1369
give_back	it take	-0.0327
give_back	it there	-0.0609
give_back	it ~help	0.2408
give_back	it ~insight	-0.0327
give_back	job	-0.1728
give_back	jump	-0.0666
give_back	junior	-0.0647
give_back	junior design	-0.0265
give_back	junior ~student	-0.0282
give_back	just	0.0398
give_back	just say	0.0667
give_back	just start	-0.0217
give_back	just ~learn	0.0621
give_back	just ~want	-0.0227
give_back	keep	-0.2146
give_back	keep an	-0.0355
give_back	keep in	-0.0286
give_back	keep you	-0.0705
give_back	keep ~number	-0.0355
give_back	kept	-0.029
give_back	kept you	-0.029
give_back	kind	0.0663
give_back	kind of	-0.0555
give_back	know	0.0814
give_back	know anyon	-0.0317
give_back	know how	-0.0285
give_back	know i	-0.0225
give_back	know if	0.0497
give_back	know we	0.1047
give_back	know you	-0.0356
give_back	know ~people	-0.0328
give_back	lab	-0.0263
give_back	land	-0.0352
give_back	last	-0.0993
give_back	last week	-0.0218
give_back	last ~closing	-0.0218
give_back	late	-0.0416
give_back	later	-0.0636
give_back	law	-0.0236
give_back	lead	-0.0286
give_back	leadership	-0.0237
give_back	learn	-0.1255
give_back	learn more	-0.0428
give_back	learner	-0.0215
give_back	leav	-0.1175
give_back	leav it	-0.0815
give_back	let	-0.1088
give_back	let me	0.0362
give_back	let you	-0.1638
give_back	level	-0.0397
give_back	level ~job	-0.0321
give_back	like for	-0.0227
give_back	like the	0.2764
give_back	like ~number	0.2525
give_back	line	-0.0202
give_back	link	-0.0504
give_back	linkedin	-0.2036
give_back	list	-0.0383
give_back	logist	-0.0202
give_back	long	-0.0279
give_back	longer	-0.042
give_back	look	0.1903
give_back	look like	-0.0605
give_back	lot	0.0464
give_back	lot of	0.0578
give_back	love	-0.0844
give_back	love an	-0.0309
give_back	love it	-0.0288
give_back	love ~number	-0.0481
give_back	lunch	-0.0401
give_back	made	-0.0319
give_back	main	-0.0261
give_back	make	-0.1742
give_back	make myself	-0.0419
give_back	make sens	-0.0528
give_back	make the	-0.0343
give_back	make ~insight	-0.0528
give_back	make ~number	-0.0452
give_back	manag	-0.1033
give_back	market	-0.0227
give_back	matter	-0.0447
give_back	matter most	-0.0255
give_back	me	-0.5824
give_back	me about	-0.0664
give_back	me done	-0.0203
give_back	me for	-0.1052
give_back	me in	-0.0894
give_back	me know	0.0362
give_back	me through	-0.0363
give_back	me to	-0.035
give_back	me understand	-0.0761
give_back	me ~learn	-0.046
give_back	me ~number	-0.0223
give_back	meet	-0.0955
give_back	meet you	-0.027
give_back	meetup	0.0324
give_back	mention	0.3501
give_back	mentor	0.3273
give_back	might	0.3291
give_back	might be	-0.0398
give_back	mind	-0.1743
give_back	mind if	-0.1163
give_back	mind of	-0.0368
give_back	minut	-0.0615
give_back	moment	-0.0542
give_back	month	-0.0857
give_back	more	-0.1881
give_back	more about	-0.0514
give_back	more of	-0.0461
give_back	more question	-0.0661
give_back	morn	-0.0275
give_back	most	-0.084
give_back	most in	-0.0263
give_back	move	-0.0458
give_back	move into	-0.0326
give_back	much	-0.163
give_back	much for	-0.0249
give_back	much of	-0.0272
give_back	my	-0.2452
give_back	my applic	-0.0207
give_back	my interest	-0.0515
give_back	my list	-0.0223
give_back	my question	-0.0241
give_back	my resum	-0.0955
give_back	my ~application	-0.1161
give_back	myself	-0.1511
give_back	myself a	-0.0419
give_back	myself ~number	-0.0419
give_back	name	-0.0559
give_back	name of	-0.0224
give_back	near	0.104
give_back	need	0.1842
give_back	need a	0.1677
give_back	need to	-0.0751
give_back	need ~number	0.1546
give_back	network	-0.0817
give_back	network who	-0.0559
give_back	network ~people	-0.0559
give_back	never	-0.0498
give_back	new	-0.0766
give_back	new grad	-0.0221
give_back	newslett	-0.0246
give_back	next	-0.1223
give_back	no	-0.0887
give_back	nonprofit	-0.0477
give_back	not	-0.276
give_back	not have	-0.0706
give_back	not suppos	-0.0227
give_back	not take	-0.0265
give_back	not want	-0.0431
give_back	not ~insight	-0.0265
give_back	not ~want	-0.0624
give_back	note	0.029
give_back	note tonight	-0.032
give_back	now	-0.1794
give_back	nurs	-0.2047
give_back	nurs school	-0.024
give_back	nurs ~org	-0.0204
give_back	of	0.4444
give_back	of a	-0.0274
give_back	of ani	0.123
give_back	of anyth	-0.0457
give_back	of peopl	0.0275
give_back	of time	0.0675
give_back	of your	0.3359
give_back	of ~limit	0.0675
give_back	of ~number	-0.0429
give_back	off	-0.0454
give_back	often	-0.0218
give_back	oh	-0.0395
give_back	ok	-0.2269
give_back	ok i	-0.0268
give_back	ok if	-0.0548
give_back	ok that	-0.0674
give_back	ok to	-0.0258
give_back	old	-0.05
give_back	on	-0.3372
give_back	on it	-0.0341
give_back	on linkedin	-0.1605
give_back	on my	0.0992
give_back	on the	-0.1438
give_back	on your	0.1402
give_back	on ~number	-0.1714
give_back	onboard	0.1396
give_back	onc	-0.0735
give_back	onc i	-0.0419
give_back	one	-0.041
give_back	onlin	-0.041
give_back	open	-0.1975
give_back	open for	-0.0263
give_back	open on	-0.0701
give_back	or	-0.1887
give_back	or newslett	-0.0246
give_back	or should	-0.0228
give_back	or ~number	-0.0265
give_back	organis	0.029
give_back	other	-0.0439
give_back	out if	-0.0359
give_back	out in	-0.0469
give_back	out of	0.0464
give_back	out to	-0.0323
give_back	out with	0.1808
give_back	outreach	0.0846
give_back	over	-0.1161
give_back	over the	-0.0388
give_back	over ~number	-0.0677
give_back	own	-0.039
give_back	part	-0.138
give_back	part of	-0.0732
give_back	part time	-0.0649
give_back	part ~limit	-0.0649
give_back	pass	-0.0985
give_back	pass my	-0.0336
give_back	path	-0.044
give_back	patient	-0.0205
give_back	peopl	-0.102
give_back	peopl in	0.0366
give_back	person	0.1203
give_back	perspect	0.0304
give_back	perspect on	0.0553
give_back	pick	0.0663
give_back	ping	-0.0389
give_back	ping you	-0.0389
give_back	pitch	0.2451
give_back	place	-0.0288
give_back	plan	-0.0371
give_back	plate	0.2709
give_back	pleas	0.0932
give_back	pleas let	-0.0293
give_back	point	-0.0344
give_back	polici	-0.1114
give_back	polici analyst	-0.0211
give_back	portfolio	-0.0495
give_back	posit	-0.0587
give_back	post	-0.0524
give_back	post on	-0.0226
give_back	practic	-0.0625
give_back	prepar	-0.0765
give_back	prepar for	-0.0765
give_back	pretti	0.2592
give_back	process	-0.0245
give_back	product	-0.0527
give_back	profession	-0.0325
give_back	program	0.0945
give_back	progress	-0.0264
give_back	project	0.4249
give_back	project i	-0.0628
give_back	project you	-0.0397
give_back	proud	-0.0358
give_back	proud of	-0.0358
give_back	public	-0.0244
give_back	put	0.1333
give_back	put in	-0.0292
give_back	python	0.3847
give_back	question	-0.1511
give_back	quick	-0.054
give_back	quick ~talk	-0.0237
give_back	reach	-0.0203
give_back	reach out	-0.0641
give_back	read	-0.0778
give_back	read ~number	-0.0315
give_back	real	-0.0573
give_back	realli	-0.2725
give_back	realli appreci	-0.0664
give_back	realli grate	-0.1163
give_back	realli ~want	-0.0862
give_back	reason	-0.0234
give_back	recommend	-0.1381
give_back	recommend i	-0.0211
give_back	refer	-0.0353
give_back	refer me	-0.0288
give_back	referr	-0.0389
give_back	report	-0.0306
give_back	research	-0.0927
give_back	rest	-0.0407
give_back	rest of	-0.0407
give_back	result	0.1414
give_back	resum	-0.0969
give_back	resum to	-0.0266
give_back	return	0.7194
give_back	return the	0.4176
give_back	return ~number	0.4176
give_back	review	0.0888
give_back	right	-0.1494
give_back	right now	-0.0555
give_back	risk	-0.0325
give_back	role	-0.19
give_back	rout	-0.0202
give_back	run	0.29
give_back	run over	-0.0286
give_back	said	-0.0281
give_back	same	-0.0291
give_back	say	0.0212
give_back	say ~number	0.0445
give_back	school	-0.0773
give_back	scienc	-0.0544
give_back	scientist	-0.0438
give_back	season	-0.0202
give_back	second	-0.0273
give_back	sector	-0.0451
give_back	see	-0.0621
give_back	see if	-0.0607
give_back	see the	-0.0479
give_back	see we	-0.0614
give_back	see ~number	-0.0479
give_back	send	0.0609
give_back	send me	-0.0285
give_back	send over	-0.0616
give_back	send you	0.1824
give_back	sens	-0.0564
give_back	shall i	-0.0416
give_back	shall project	-0.0674
give_back	share	0.2757
give_back	share my	0.1563
give_back	share what	0.158
give_back	shift	-0.0368
give_back	short	0.3934
give_back	should	-0.364
give_back	should i	-0.2357
give_back	should talk	-0.0239
give_back	should ~talk	-0.0403
give_back	side	0.1573
give_back	side if	0.0501
give_back	side of	0.1125
give_back	side project	0.0438
give_back	skill	-0.0516
give_back	so	-0.2345
give_back	so i	-0.119
give_back	so if	0.1296
give_back	so much	-0.0505
give_back	so you	-0.0996
give_back	softwar	-0.0273
give_back	some	0.4173
give_back	some ~insight	-0.0248
give_back	somehow	0.1329
give_back	someon	0.0703
give_back	someth	-0.0436
give_back	someth i	-0.028
give_back	sorri	-0.1246
give_back	sorri i	-0.0492
give_back	sorri my	-0.0236
give_back	sound	-0.0339
give_back	speak	0.1297
give_back	speak to	0.0703
give_back	spend	-0.0218
give_back	spring	-0.0214
give_back	sql	-0.0217
give_back	staff	0.1817
give_back	stand	-0.2665
give_back	stand out	-0.2665
give_back	start	-0.1234
give_back	start out	-0.0222
give_back	stay	0.0598
give_back	step	-0.0349
give_back	still	-0.0372
give_back	stop	-0.0722
give_back	stop there	-0.0284
give_back	strong	-0.0203
give_back	student	0.4407
give_back	studi	-0.0514
give_back	studio	-0.0294
give_back	suggest	-0.0443
give_back	suit	-0.024
give_back	suit me	-0.0219
give_back	summari	0.1571
give_back	summari of	0.1571
give_back	summer	-0.1293
give_back	super	-0.0812
give_back	support	0.3227
give_back	suppos	-0.0227
give_back	survey	0.5562
give_back	switch	-0.0576
give_back	take	0.0802
give_back	take a	0.2771
give_back	take for	-0.0266
give_back	take on	-0.043
give_back	take up	-0.0662
give_back	take ~number	0.2612
give_back	talk	-0.1922
give_back	talk to	-0.1044
give_back	talk with	-0.0266
give_back	teach	-0.0317
give_back	team	0.3505
give_back	team ever	0.2336
give_back	team work	-0.0361
give_back	team ~workverb	-0.0269
give_back	technician	-0.0267
give_back	tell	0.0499
give_back	tell me	0.0707
give_back	test	0.138
give_back	test my	-0.0515
give_back	than	-0.0582
give_back	thank	-0.3542
give_back	thank so	-0.0273
give_back	thank to	-0.0252
give_back	thank you	-0.1606
give_back	that	0.1011
give_back	that cover	-0.0263
give_back	that i	-0.0338
give_back	that is	-0.1579
give_back	that make	-0.038
give_back	that ~want	0.0698
give_back	the	0.6646
give_back	the analyst	-0.0221
give_back	the articl	-0.0508
give_back	the atmospher	-0.0232
give_back	the bootcamp	-0.0229
give_back	the cfa	-0.0224
give_back	the clock	-0.0514
give_back	the cultur	-0.0236
give_back	the data	-0.0301
give_back	the day	-0.0259
give_back	the downsid	-0.0283
give_back	the end	-0.0258
give_back	the favor	0.2958
give_back	the field	-0.0509
give_back	the half	-0.0257
give_back	the hire	-0.0224
give_back	the job	-0.0567
give_back	the junior	-0.0283
give_back	the last	-0.0208
give_back	the link	-0.0504
give_back	the moment	-0.0377
give_back	the most	-0.0815
give_back	the next	-0.0207
give_back	the recruit	0.0515
give_back	the rest	-0.0338
give_back	the sector	-0.0209
give_back	the student	0.3284
give_back	the switch	-0.0264
give_back	the time	-0.0336
give_back	the work	-0.0261
give_back	the ~closing	-0.0728
give_back	the ~degree	-0.0499
give_back	the ~gatekeeper	-0.0572
give_back	the ~hiring	0.2113
give_back	the ~job	-0.182
give_back	the ~learn	-0.0278
give_back	the ~limit	-0.0635
give_back	the ~number	-0.0306
give_back	the ~org	-0.0846
give_back	the ~people	-0.0232
give_back	the ~student	0.2232
give_back	the ~workverb	-0.0261
give_back	their	-0.0217
give_back	there	0.2079
give_back	there a	-0.1385
give_back	there ani	-0.0209
give_back	there anyth	0.4767
give_back	there are	-0.0269
give_back	there for	-0.0471
give_back	there is	0.1859
give_back	there so	-0.0358
give_back	there someth	-0.0216
give_back	there ~number	-0.1454
give_back	there ~people	-0.034
give_back	these	-0.0232
give_back	these day	-0.0214
give_back	thing	0.0743
give_back	think	-0.3066
give_back	think about	-0.0208
give_back	think i	-0.0872
give_back	think of	-0.0461
give_back	think that	-0.0585
give_back	think we	-0.0446
give_back	this	-0.4146
give_back	this field	-0.1045
give_back	this is	-0.0344
give_back	this sector	-0.0221
give_back	this summer	-0.1074
give_back	this was	0.1047
give_back	this work	-0.0298
give_back	this ~learn	-0.0298
give_back	this ~workverb	-0.0298
give_back	thought	-0.0817
give_back	through	-0.0665
give_back	through a	-0.0328
give_back	through ~number	-0.0356
give_back	time	0.1316
give_back	time for	-0.0275
give_back	time today	-0.0292
give_back	to	-0.0229
give_back	to about	-0.024
give_back	to ask	0.1039
give_back	to be	-0.1182
give_back	to build	-0.0581
give_back	to chat	-0.0201
give_back	to connect	0.0512
give_back	to do	-0.0733
give_back	to find	-0.0462
give_back	to get	-0.1052
give_back	to grad	-0.0394
give_back	to help	0.4829
give_back	to keep	-0.0257
give_back	to learn	-0.0333
give_back	to make	-0.0406
give_back	to my	-0.0238
give_back	to prepar	-0.0746
give_back	to see	-0.0607
give_back	to send	-0.0569
give_back	to share	0.1321
give_back	to stay	-0.0465
give_back	to take	-0.0374
give_back	to talk	-0.1107
give_back	to test	-0.0634
give_back	to the	-0.0545
give_back	to understand	-0.0229
give_back	to work	-0.0267
give_back	to you	0.7241
give_back	to your	0.0677
give_back	to ~help	0.4399
give_back	to ~insight	-0.0374
give_back	to ~learn	-0.2169
give_back	to ~number	-0.0704
give_back	to ~people	-0.0357
give_back	to ~sendverb	0.0567
give_back	to ~student	-0.06
give_back	to ~talk	0.0622
give_back	to ~workverb	-0.0343
give_back	today	-0.1502
give_back	togeth	0.1655
give_back	tonight	-0.0548
give_back	too	-0.0765
give_back	too much	-0.0236
give_back	tool	-0.0308
give_back	touch with	-0.0333
give_back	trailhead	-0.0255
give_back	tri	-0.1009
give_back	tri to	-0.0752
give_back	trust	-0.0243
give_back	twelv	-0.022
give_back	two	-0.0286
give_back	typic	-0.0384
give_back	understand	-0.099
give_back	understand the	-0.0794
give_back	understand ~number	-0.0794
give_back	up	-0.3206
give_back	up ani	-0.0629
give_back	up by	-0.0231
give_back	up with	-0.0373
give_back	up ~number	-0.0224
give_back	us leav	-0.0451
give_back	use	0.7158
give_back	use to	0.2529
give_back	use ~number	0.5314
give_back	usual	-0.0572
give_back	valu	-0.0365
give_back	valu your	-0.0321
give_back	vet	-0.0205
give_back	volunt	0.2513
give_back	walk	-0.0363
give_back	walk me	-0.0363
give_back	want to	-0.1821
give_back	was	-0.1098
give_back	was hope	-0.0255
give_back	was your	-0.0218
give_back	was ~want	-0.0313
give_back	way	0.2413
give_back	way i	0.2982
give_back	we	-0.1418
give_back	we can	-0.0446
give_back	we finish	0.1219
give_back	we have	-0.0235
give_back	week	-0.1445
give_back	weekend	-0.0282
give_back	well	-0.061
give_back	well i	-0.0487
give_back	went	-0.0333
give_back	were	-0.0769
give_back	were start	-0.0422
give_back	what	-0.4558
give_back	what a	-0.0288
give_back	what are	-0.0671
give_back	what can	0.4149
give_back	what could	-0.0513
give_back	what do	-0.0745
give_back	what doe	-0.0356
give_back	what i	0.0832
give_back	what is	-0.1603
give_back	what kind	-0.0332
give_back	what make	-0.0223
give_back	what should	-0.0559
give_back	what softwar	-0.0273
give_back	what was	-0.0206
give_back	what would	-0.074
give_back	what you	-0.0226
give_back	what ~help	-0.0745
give_back	what ~number	-0.0342
give_back	what ~want	-0.074
give_back	when	-0.2236
give_back	when i	-0.1621
give_back	when you	-0.0269
give_back	where	-0.1601
give_back	where can	-0.0947
give_back	where do	-0.0339
give_back	where ~help	-0.0339
give_back	whether	-0.0331
give_back	whi	-0.0742
give_back	whi i	-0.0425
give_back	which	0.2645
give_back	which abil	-0.0509
give_back	which is	-0.0263
give_back	which of	0.5452
give_back	which ~student	-0.033
give_back	who	-0.2313
give_back	who do	-0.0389
give_back	who els	-0.0268
give_back	who would	-0.0781
give_back	who ~help	-0.0389
give_back	who ~want	-0.0781
give_back	will	-0.3224
give_back	will be	-0.0625
give_back	will definit	-0.0233
give_back	will keep	-0.031
give_back	will leav	-0.0428
give_back	will let	-0.1368
give_back	will not	-0.061
give_back	will send	0.2716
give_back	will stop	-0.055
give_back	will ~contactverb	-0.0378
give_back	will ~sendverb	0.2117
give_back	will ~talk	-0.0386
give_back	wish	-0.024
give_back	with	0.1688
give_back	with a	-0.0389
give_back	with anyth	0.317
give_back	with me	-0.0277
give_back	with real	-0.0543
give_back	with the	0.2012
give_back	with you	-0.106
give_back	with your	-0.0568
give_back	with ~number	0.1313
give_back	with ~people	-0.0232
give_back	wonder	-0.0223
give_back	word for	-0.0292
give_back	work	-0.4061
give_back	work in	-0.0373
give_back	work on	-0.0254
give_back	worth	-0.0876
give_back	worth it	-0.0243
give_back	worth ~number	-0.0205
give_back	would	0.0915
give_back	would be	0.2374
give_back	would it	0.1451
give_back	would like	-0.0408
give_back	would love	-0.0543
give_back	would recommend	-0.0321
give_back	would you	-0.1525
give_back	would ~want	-0.0453
give_back	wow	-0.0291
give_back	wrap	-0.0331
give_back	wrap up	-0.0312
give_back	write	0.0698
give_back	yeah	-0.048
give_back	year	-0.1641
give_back	yesterday	-0.027
give_back	yet	-0.0397
give_back	you	0.6366
give_back	you a	-0.1205
give_back	you are	0.2796
give_back	you be	-0.0487
give_back	you can	-0.1545
give_back	you could	-0.1456
give_back	you decid	-0.03
give_back	you describ	-0.0483
give_back	you do	-0.0728
give_back	you ever	0.2598
give_back	you find	-0.0245
give_back	you for	-0.0972
give_back	you get	-0.0369
give_back	you give	-0.0214
give_back	you go	-0.0617
give_back	you have	-0.0695
give_back	you hear	-0.0273
give_back	you help	-0.0336
give_back	you if	-0.0536
give_back	you in	0.1692
give_back	you keep	-0.0611
give_back	you know	-0.0997
give_back	you like	-0.032
give_back	you mention	0.4387
give_back	you most	-0.0359
give_back	you my	-0.0869
give_back	you need	0.0307
give_back	you note	-0.0548
give_back	you on	-0.0937
give_back	you out	0.2159
give_back	you post	-0.0331
give_back	you recommend	-0.0446
give_back	you refer	-0.0264
give_back	you run	0.345
give_back	you said	-0.0214
give_back	you so	-0.0232
give_back	you spend	-0.0206
give_back	you suggest	-0.0262
give_back	you tell	-0.0298
give_back	you that	0.3146
give_back	you the	0.1059
give_back	you think	-0.1294
give_back	you to	-0.0514
give_back	you use	-0.0393
give_back	you walk	-0.0255
give_back	you were	-0.0671
give_back	you wish	-0.024
give_back	you work	-0.0259
give_back	you would	-0.0945
give_back	you ~contactverb	-0.0215
give_back	you ~help	-0.1357
give_back	you ~learn	-0.2278
give_back	you ~sendverb	-0.0357
give_back	you ~talk	-0.0397
give_back	you ~want	-0.1237
give_back	you ~workverb	0.3191
give_back	your	0.5245
give_back	your afternoon	-0.0464
give_back	your app	0.1509
give_back	your compani	-0.0837
give_back	your day	-0.0291
give_back	your depart	-0.0543
give_back	your field	-0.0481
give_back	your firm	-0.1099
give_back	your lunch	-0.0373
give_back	your network	-0.0631
give_back	your plate	0.2709
give_back	your team	0.4703
give_back	your time	-0.1111
give_back	your week	-0.0467
give_back	your work	-0.0416
give_back	your ~closing	-0.1394
give_back	your ~insight	-0.051
give_back	your ~job	-0.0268
give_back	your ~learn	-0.0402
give_back	your ~limit	-0.2468
give_back	your ~org	0.243
give_back	your ~people	0.1266
give_back	your ~talk	-0.0631
give_back	your ~workverb	-0.0416
give_back	~application	-0.1318
give_back	~application to	-0.032
give_back	~closing	-0.3235
give_back	~closing of	-0.0407
give_back	~closing to	-0.022
give_back	~contactverb	-0.2376
give_back	~contactverb and	0.0516
give_back	~contactverb out	-0.0362
give_back	~contactverb with	-0.0459
give_back	~contactverb you	-0.1229
give_back	~degree	-0.0566
give_back	~degree in	-0.0306
give_back	~duration	-0.182
give_back	~gatekeeper	-0.1663
give_back	~gatekeeper manag	-0.0202
give_back	~help	1.0658
give_back	~help a	-0.0428
give_back	~help befor	-0.0353
give_back	~help data	-0.0267
give_back	~help first	-0.0419
give_back	~help for	0.7362
give_back	~help i	-0.0489
give_back	~help if	0.2607
give_back	~help me	-0.1252
give_back	~help new	-0.0215
give_back	~help not	-0.0478
give_back	~help peopl	-0.0459
give_back	~help test	0.0859
give_back	~help the	0.7669
give_back	~help this	-0.0927
give_back	~help to	0.0446
give_back	~help with	0.4396
give_back	~help you	-0.2022
give_back	~hiring	0.0946
give_back	~hiring manag	-0.0202
give_back	~insight	-0.0678
give_back	~insight a	0.2657
give_back	~insight for	0.1548
give_back	~insight from	-0.0381
give_back	~insight the	-0.0312
give_back	~insight to	-0.0375
give_back	~insight up	-0.0639
give_back	~job	-0.6565
give_back	~job at	-0.0392
give_back	~job for	-0.0298
give_back	~job i	-0.0533
give_back	~job in	-0.0411
give_back	~job on	-0.0701
give_back	~job or	-0.0209
give_back	~later	-0.1774
give_back	~learn	-0.6735
give_back	~learn a	0.0277
give_back	~learn about	0.0878
give_back	~learn an	-0.0333
give_back	~learn anyon	-0.0317
give_back	~learn better	-0.0485
give_back	~learn how	-0.0361
give_back	~learn i	-0.0235
give_back	~learn if	0.1133
give_back	~learn more	-0.0447
give_back	~learn of	-0.0277
give_back	~learn on	-0.0256
give_back	~learn out	-0.0527
give_back	~learn the	-0.1486
give_back	~learn we	0.0433
give_back	~learn with	-0.0224
give_back	~learn you	-0.0511
give_back	~learn your	-0.0209
give_back	~limit	-0.1702
give_back	~limit for	-0.0275
give_back	~limit i	-0.0248
give_back	~limit so	-0.0311
give_back	~limit to	-0.0214
give_back	~limit today	-0.0292
give_back	~number	-0.2135
give_back	~number agenc	-0.0204
give_back	~number analyst	-0.0242
give_back	~number articl	-0.0508
give_back	~number atmospher	-0.0232
give_back	~number bank	-0.0219
give_back	~number beginn	-0.0227
give_back	~number big	-0.025
give_back	~number bootcamp	-0.0272
give_back	~number career	0.0376
give_back	~number cfa	-0.0224
give_back	~number clock	-0.0514
give_back	~number confer	0.1136
give_back	~number coupl	-0.049
give_back	~number cultur	-0.0236
give_back	~number data	-0.0351
give_back	~number day	-0.032
give_back	~number design	-0.0286
give_back	~number downsid	-0.0283
give_back	~number end	-0.0258
give_back	~number exercis	-0.0215
give_back	~number extra	0.5557
give_back	~number eye	-0.0355
give_back	~number favor	0.2958
give_back	~number few	-0.0405
give_back	~number field	-0.0548
give_back	~number good	-0.1889
give_back	~number half	-0.0257
give_back	~number hand	0.2161
give_back	~number hire	-0.0224
give_back	~number hour	-0.0363
give_back	~number interview	-0.0363
give_back	~number intro	-0.061
give_back	~number introduct	-0.0311
give_back	~number job	-0.1075
give_back	~number junior	-0.0445
give_back	~number last	-0.0244
give_back	~number link	-0.0504
give_back	~number lot	0.0464
give_back	~number minut	-0.0503
give_back	~number moment	-0.0377
give_back	~number month	-0.0322
give_back	~number more	-0.0215
give_back	~number most	-0.0815
give_back	~number next	-0.0207
give_back	~number note	-0.0327
give_back	~number of	-0.0391
give_back	~number open	-0.0682
give_back	~number part	-0.0658
give_back	~number polici	-0.0214
give_back	~number portfolio	-0.0218
give_back	~number product	-0.0273
give_back	~number program	-0.0444
give_back	~number project	-0.0455
give_back	~number question	-0.0363
give_back	~number quick	-0.0321
give_back	~number recruit	0.0515
give_back	~number referr	-0.0367
give_back	~number rest	-0.0338
give_back	~number role	-0.1024
give_back	~number second	-0.0259
give_back	~number sector	-0.0209
give_back	~number shall	0.0392
give_back	~number short	0.1547
give_back	~number strong	-0.0203
give_back	~number student	0.314
give_back	~number switch	-0.0264
give_back	~number thank	-0.0312
give_back	~number time	-0.0336
give_back	~number typic	-0.0257
give_back	~number week	-0.0387
give_back	~number work	-0.0261
give_back	~number year	-0.053
give_back	~org	-0.093
give_back	~org ever	0.1722
give_back	~org i	-0.0318
give_back	~org if	0.0501
give_back	~org of	0.1105
give_back	~org project	0.0438
give_back	~org work	-0.0394
give_back	~people	-0.4303
give_back	~people do	-0.0532
give_back	~people els	-0.0677
give_back	~people from	-0.0206
give_back	~people i	-0.0208
give_back	~people in	-0.0472
give_back	~people of	-0.0339
give_back	~people on	-0.0592
give_back	~people to	0.1412
give_back	~people who	-0.0422
give_back	~people would	-0.0903
give_back	~people you	-0.0242
give_back	~sendverb	0.2376
give_back	~sendverb me	-0.0285
give_back	~sendverb over	-0.0616
give_back	~sendverb what	0.158
give_back	~sendverb you	0.2383
give_back	~student	-0.3261
give_back	~student design	-0.0265
give_back	~student for	-0.0225
give_back	~student i	-0.0663
give_back	~student open	-0.0344
give_back	~student school	-0.0394
give_back	~studyverb	-0.3525
give_back	~studyverb a	-0.0201
give_back	~studyverb the	-0.0359
give_back	~studyverb you	-0.0958
give_back	~talk	-0.3352
give_back	~talk i	-0.0622
give_back	~talk on	-0.0202
give_back	~talk out	-0.0438
give_back	~talk to	-0.0341
give_back	~talk who	-0.0559
give_back	~talk with	-0.1543
give_back	~talk you	-0.0627
give_back	~timeunit	-0.1373
give_back	~want	-0.6162
give_back	~want a	0.0321
give_back	~want appreci	-0.0664
give_back	~want be	0.2374
give_back	~want for	-0.0284
give_back	~want grate	-0.1163
give_back	~want in	-0.0253
give_back	~want it	0.1156
give_back	~want like	-0.0425
give_back	~want love	-0.0543
give_back	~want need	-0.0343
give_back	~want recommend	-0.0321
give_back	~want say	0.0667
give_back	~want start	-0.0217
give_back	~want this	-0.0323
give_back	~want to	-0.2865
give_back	~want valu	-0.0321
give_back	~want you	-0.3191
give_back	~want your	-0.0597
give_back	~workverb	-0.1821
give_back	~workverb in	-0.0474
give_back	~workverb on	-0.0254
give_back	~workverb over	-0.0286
give_back	~workverb the	-0.0355
give_back	~workverb with	-0.0207
self_intro	*	-2.7667
self_intro	20	0.0724
self_intro	20 minut	0.0724
self_intro	20 ~limit	0.0724
self_intro	20 ~timeunit	0.0724
self_intro	?	-1.7662
self_intro	^alright	-0.0421
self_intro	^ani	-0.0288
self_intro	^are	-0.0871
self_intro	^befor	0.0468
self_intro	^can	-0.0703
self_intro	^could	-0.062
self_intro	^current	0.4243
self_intro	^do	-0.112
self_intro	^doe	-0.025
self_intro	^happi	-0.0262
self_intro	^have	-0.0419
self_intro	^hey	0.0249
self_intro	^honest	-0.0354
self_intro	^how	-0.3203
self_intro	^i	0.1747
self_intro	^if	-0.0617
self_intro	^is	-0.1904
self_intro	^just	-0.0518
self_intro	^let	-0.0355
self_intro	^mind	-0.0265
self_intro	^my	0.0664
self_intro	^no	-0.083
self_intro	^oh	-0.027
self_intro	^ok	-0.0671
self_intro	^right	-0.0258
self_intro	^so	0.267
self_intro	^sorri	-0.0995
self_intro	^tell	-0.0368
self_intro	^thank	0.2015
self_intro	^that	-0.1317
self_intro	^this	-0.0254
self_intro	^walk	-0.0345
self_intro	^was	-0.0243
self_intro	^we	-0.0684
self_intro	^what	-0.4954
self_intro	^where	-0.1377
self_intro	^which	-0.1035
self_intro	^who	-0.0358
self_intro	^would	-0.0757
self_intro	^yeah	-0.0282
self_intro	a	0.6156
self_intro	a bit	0.0542
self_intro	a bootcamp	0.0468
self_intro	a career	-0.0678
self_intro	a coupl	-0.0293
self_intro	a degre	0.0303
self_intro	a few	0.047
self_intro	a good	-0.0526
self_intro	a great	-0.0275
self_intro	a hand	-0.0833
self_intro	a job	-0.0216
self_intro	a junior	0.0213
self_intro	a line	-0.028
self_intro	a lot	-0.0247
self_intro	a love	-0.0415
self_intro	a paraleg	0.1807
self_intro	a program	-0.0296
self_intro	a project	-0.0326
self_intro	a referr	-0.0678
self_intro	a research	-0.0206
self_intro	a role	-0.0387
self_intro	a second	0.2554
self_intro	a shall	0.0926
self_intro	a short	-0.0207
self_intro	a stay	0.0587
self_intro	a student	-0.0283
self_intro	a thank	-0.0297
self_intro	a typic	-0.0392
self_intro	a ~degree	0.1659
self_intro	a ~duration	0.0827
self_intro	a ~job	-0.0657
self_intro	a ~org	0.0373
self_intro	a ~student	0.2657
self_intro	abil	-0.028
self_intro	about	0.2291
self_intro	about a	-0.0401
self_intro	about consult	-0.0214
self_intro	about five	0.0324
self_intro	about it	-0.0371
self_intro	about me	0.389
self_intro	about the	-0.0603
self_intro	about what	-0.0722
self_intro	about your	-0.032
self_intro	about ~studyverb	0.0748
self_intro	academia	-0.025
self_intro	account	0.1353
self_intro	actual	-0.0649
self_intro	advic on	0.0479
self_intro	after	0.1255
self_intro	after a	0.0611
self_intro	after ~number	0.0943
self_intro	again	-0.0277
self_intro	agre	-0.0292
self_intro	all	-0.0656
self_intro	all my	-0.0417
self_intro	all this	0.0661
self_intro	alreadi	-0.0411
self_intro	alright	-0.0485
self_intro	alright i	-0.0257
self_intro	am	0.4606
self_intro	am a	0.5248
self_intro	am around	-0.0255
self_intro	am curious	-0.0766
self_intro	am finish	0.2774
self_intro	am here	-0.066
self_intro	am in	0.049
self_intro	am just	-0.0685
self_intro	am look	-0.0429
self_intro	am most	0.0489
self_intro	am now	0.0445
self_intro	am pretti	0.0664
self_intro	am realli	0.0922
self_intro	am tri	-0.038
self_intro	am ~number	0.6066
self_intro	am ~studyverb	0.2774
self_intro	am ~want	-0.2312
self_intro	an internship	-0.03
self_intro	an ~job	-0.0327
self_intro	analyst	-0.0776
self_intro	analyt	0.0454
self_intro	and	0.8163
self_intro	and honest	0.0897
self_intro	and i	0.4139
self_intro	and now	0.0886
self_intro	and would	-0.0459
self_intro	and ~want	0.0388
self_intro	ani	-0.1542
self_intro	anyon	-0.042
self_intro	anyth	-0.0825
self_intro	appli	-0.0304
self_intro	appreci	-0.1099
self_intro	appreci it	-0.0233
self_intro	apprentic	0.2075
self_intro	are	-0.3677
self_intro	are near	-0.0299
self_intro	are right	-0.0236
self_intro	are there	-0.048
self_intro	are you	-0.0367
self_intro	around	-0.0255
self_intro	articl	-0.0236
self_intro	articl i	-0.0211
self_intro	as	0.0421
self_intro	as a	0.0813
self_intro	as ~number	0.0701
self_intro	ask	-0.1512
self_intro	ask for	-0.0206
self_intro	ask you	-0.0302
self_intro	at	0.5297
self_intro	at a	0.2699
self_intro	at home	0.0587
self_intro	at that	-0.0308
self_intro	at the	0.0392
self_intro	at your	-0.0285
self_intro	at ~number	0.2851
self_intro	back	-0.064
self_intro	background	0.1426
self_intro	balanc	-0.0365
self_intro	bank	-0.0582
self_intro	be	-0.2589
self_intro	be clear	-0.0269
self_intro	be upfront	-0.0247
self_intro	becom	-0.0457
self_intro	becom a	-0.0438
self_intro	becom ~number	-0.0457
self_intro	been	0.3816
self_intro	been a	0.0263
self_intro	been do	0.0315
self_intro	been in	0.0767
self_intro	been ~studyverb	0.0421
self_intro	been ~workverb	0.0402
self_intro	befor	-0.0559
self_intro	befor i	-0.0955
self_intro	befor that	0.0587
self_intro	best	-0.0245
self_intro	better	0.1116
self_intro	between	-0.0817
self_intro	beyond	-0.0238
self_intro	big	-0.0287
self_intro	biggest	-0.0422
self_intro	bit	0.176
self_intro	bit about	0.1568
self_intro	bit of	0.0224
self_intro	bootcamp	0.0206
self_intro	build	0.1716
self_intro	but	0.0739
self_intro	but i	0.1013
self_intro	bye	-0.0342
self_intro	call	-0.0261
self_intro	can	-0.2191
self_intro	can a	-0.0245
self_intro	can i	-0.061
self_intro	can you	-0.0289
self_intro	can ~number	-0.0245
self_intro	care	-0.0431
self_intro	career	-0.1572
self_intro	career in	-0.0344
self_intro	certif	0.1318
self_intro	chang	-0.045
self_intro	chariti	0.0292
self_intro	chat	-0.0318
self_intro	check	-0.0258
self_intro	chemistri	0.1337
self_intro	choos	-0.0528
self_intro	clear	-0.0269
self_intro	clinic	0.0662
self_intro	clinic ~learn	-0.0517
self_intro	coach	-0.0308
self_intro	colleagu	-0.0216
self_intro	colleg	0.2171
self_intro	come	-0.0296
self_intro	comfort	0.5074
self_intro	communiti	0.2146
self_intro	communiti colleg	0.2278
self_intro	compani	0.0495
self_intro	connect	-0.0449
self_intro	connect with	-0.0252
self_intro	conscious	-0.0318
self_intro	consult	-0.0364
self_intro	contact	0.0747
self_intro	convers	-0.0206
self_intro	could	-0.1565
self_intro	could i	-0.0367
self_intro	could you	-0.0566
self_intro	coupl	-0.0293
self_intro	coupl of	-0.0222
self_intro	cours	-0.0327
self_intro	cover	-0.0345
self_intro	cover everyth	-0.0345
self_intro	credit	-0.02
self_intro	cs	0.0464
self_intro	curious	-0.0839
self_intro	curious about	-0.0689
self_intro	current	0.4236
self_intro	current a	0.3007
self_intro	current ~number	0.3007
self_intro	custom	0.1235
self_intro	data	-0.0935
self_intro	data scienc	-0.0721
self_intro	day	-0.0279
self_intro	day to	0.0239
self_intro	decad	0.054
self_intro	decent	-0.0245
self_intro	decid	-0.0748
self_intro	decid between	-0.0647
self_intro	definit	0.0341
self_intro	definit not	0.0429
self_intro	degre	0.2861
self_intro	degre in	0.0593
self_intro	depart	-0.0237
self_intro	design	-0.1205
self_intro	desk	0.1341
self_intro	develop	-0.0222
self_intro	did	0.2537
self_intro	did my	0.0426
self_intro	did you	-0.1157
self_intro	did ~number	0.0823
self_intro	differ	-0.0364
self_intro	direct	-0.031
self_intro	director	-0.0375
self_intro	do	-0.3589
self_intro	do a	0.0228
self_intro	do i	-0.0284
self_intro	do not	-0.0629
self_intro	do research	-0.0238
self_intro	do you	-0.1209
self_intro	do ~learn	-0.0213
self_intro	doe	-0.1714
self_intro	doe a	-0.0565
self_intro	doe it	-0.0247
self_intro	doe ~number	-0.0607
self_intro	doe ~people	-0.0372
self_intro	drop	-0.03
self_intro	drop you	-0.028
self_intro	elect	-0.0508
self_intro	els	-0.0321
self_intro	email	-0.0459
self_intro	end up	-0.0392
self_intro	engin	-0.0788
self_intro	english	0.0642
self_intro	evening	-0.0377
self_intro	ever	-0.0827
self_intro	ever need	-0.0482
self_intro	everyth	-0.0718
self_intro	everyth on	-0.0315
self_intro	feel	-0.046
self_intro	feel like	-0.0206
self_intro	few	0.0404
self_intro	few year	-0.0728
self_intro	few ~duration	-0.09
self_intro	field	-0.1394
self_intro	figur	0.1234
self_intro	figur out	0.1234
self_intro	final	0.1982
self_intro	final year	0.2042
self_intro	final ~duration	0.2042
self_intro	finish	0.4877
self_intro	finish a	0.258
self_intro	finish the	-0.0379
self_intro	finish ~number	0.2201
self_intro	firm	0.1004
self_intro	first	-0.0249
self_intro	fit	0.1268
self_intro	fit me	0.1268
self_intro	five	0.1984
self_intro	five year	0.2069
self_intro	five ~duration	0.2069
self_intro	follow	-0.0607
self_intro	follow up	-0.0518
self_intro	for	0.1695
self_intro	for a	0.0717
self_intro	for about	0.0767
self_intro	for advic	0.0243
self_intro	for an	-0.0291
self_intro	for data	-0.0209
self_intro	for me	-0.0607
self_intro	for the	-0.0631
self_intro	for this	-0.0245
self_intro	for today	-0.0218
self_intro	for your	-0.0201
self_intro	for ~insight	0.0243
self_intro	for ~number	0.129
self_intro	found	-0.058
self_intro	free	0.0794
self_intro	freelanc	0.219
self_intro	from	-0.1869
self_intro	from a	-0.0757
self_intro	from me	-0.0365
self_intro	from my	-0.0333
self_intro	from the	0.0232
self_intro	from ~number	-0.0525
self_intro	front	0.1265
self_intro	game	-0.0612
self_intro	game design	-0.0212
self_intro	gather	-0.0368
self_intro	gather inform	-0.0368
self_intro	gather ~insight	-0.0368
self_intro	get	-0.1552
self_intro	get a	-0.0409
self_intro	get into	-0.0278
self_intro	get ~number	-0.0441
self_intro	go	-0.1909
self_intro	go after	-0.0673
self_intro	go to	-0.0346
self_intro	go ~want	-0.0673
self_intro	goal	-0.0218
self_intro	good	-0.1516
self_intro	good at	-0.0343
self_intro	got	0.4595
self_intro	got a	-0.0301
self_intro	got ~number	0.0461
self_intro	grad	0.0289
self_intro	grant	-0.0352
self_intro	grate	-0.0284
self_intro	great	-0.047
self_intro	had	-0.0836
self_intro	half	-0.0377
self_intro	half hour	-0.0312
self_intro	half ~limit	-0.0312
self_intro	half ~timeunit	-0.0312
self_intro	hand	-0.0853
self_intro	happi	-0.0585
self_intro	happi to	-0.032
self_intro	hard	-0.0618
self_intro	has	-0.0218
self_intro	have	0.1213
self_intro	have a	-0.0843
self_intro	have ani	-0.0222
self_intro	have ask	-0.0337
self_intro	have been	0.3413
self_intro	have finish	-0.0379
self_intro	have got	-0.0501
self_intro	have onli	0.0699
self_intro	have read	-0.0214
self_intro	have to	-0.0263
self_intro	have work	0.1238
self_intro	have ~insight	-0.0214
self_intro	have ~number	-0.1121
self_intro	have ~studyverb	-0.0379
self_intro	have ~workverb	0.4342
self_intro	head	-0.0278
self_intro	health	0.209
self_intro	hear how	0.042
self_intro	help	-0.145
self_intro	help with	-0.0291
self_intro	here	-0.0705
self_intro	here to	0.0537
self_intro	hey	0.0249
self_intro	hire	-0.0581
self_intro	histori	0.0413
self_intro	home	0.0587
self_intro	home parent	0.0587
self_intro	home ~student	0.0587
self_intro	honest	-0.0443
self_intro	honest i	0.0633
self_intro	hospit	0.2116
self_intro	hour	0.0318
self_intro	how	-0.2497
self_intro	how can	-0.0375
self_intro	how did	-0.0946
self_intro	how do	-0.0509
self_intro	how doe	-0.035
self_intro	how is	-0.0397
self_intro	how to	0.0531
self_intro	how you	0.0678
self_intro	how ~help	-0.0509
self_intro	how ~studyverb	-0.0946
self_intro	hunt	-0.0355
self_intro	i	0.1793
self_intro	i am	0.4606
self_intro	i can	-0.049
self_intro	i could	-0.0336
self_intro	i did	0.1172
self_intro	i do	-0.0735
self_intro	i follow	-0.0326
self_intro	i graduat	0.0347
self_intro	i had	-0.0491
self_intro	i have	0.2339
self_intro	i just	0.11
self_intro	i mention	-0.0236
self_intro	i need	-0.0281
self_intro	i reach	-0.0569
self_intro	i realli	-0.0424
self_intro	i should	-0.0384
self_intro	i spent	0.0487
self_intro	i think	-0.1499
self_intro	i want	0.0236
self_intro	i was	0.0569
self_intro	i will	-0.3783
self_intro	i would	-0.059
self_intro	i ~help	-0.0983
self_intro	i ~studyverb	0.1998
self_intro	i ~want	0.0218
self_intro	i ~workverb	0.2748
self_intro	idea	-0.0299
self_intro	if	-0.2587
self_intro	if i	-0.0754
self_intro	if you	-0.0603
self_intro	if your	-0.0403
self_intro	in	0.4673
self_intro	in a	0.0757
self_intro	in game	-0.0238
self_intro	in hospit	0.1355
self_intro	in how	-0.0598
self_intro	in my	0.0685
self_intro	in retail	0.1016
self_intro	in ten	-0.0292
self_intro	in this	-0.0223
self_intro	in touch	-0.0448
self_intro	in your	-0.073
self_intro	in ~contactverb	-0.0454
self_intro	in ~number	0.043
self_intro	industri	-0.0642
self_intro	inform	-0.0691
self_intro	interest	-0.1023
self_intro	interest in	-0.07
self_intro	internship	0.4975
self_intro	internship i	0.4853
self_intro	internship in	0.0232
self_intro	into	-0.0229
self_intro	into nonprofit	-0.0209
self_intro	introduct	-0.0243
self_intro	involv	0.0209
self_intro	is	-0.6681
self_intro	is a	-0.0601
self_intro	is all	-0.041
self_intro	is everyth	-0.0315
self_intro	is it	-0.0533
self_intro	is most	0.1258
self_intro	is not	-0.0378
self_intro	is part	-0.0375
self_intro	is the	-0.1055
self_intro	is there	-0.0776
self_intro	is ~number	-0.1689
self_intro	is ~want	0.1067
self_intro	it	-0.3639
self_intro	it for	-0.0285
self_intro	it from	-0.0235
self_intro	it is	-0.0313
self_intro	it there	-0.0296
self_intro	job	-0.1505
self_intro	job ask	-0.0256
self_intro	job hunt	-0.0355
self_intro	job i	-0.0698
self_intro	job ~help	-0.0352
self_intro	job ~want	0.0756
self_intro	junior at	0.0407
self_intro	just to	-0.0425
self_intro	just tri	-0.0464
self_intro	just want	0.021
self_intro	just ~learn	-0.0273
self_intro	just ~want	-0.0417
self_intro	keep	-0.0836
self_intro	keep you	-0.0387
self_intro	kept	-0.0219
self_intro	kept you	-0.0219
self_intro	kind	0.1576
self_intro	kind of	0.1586
self_intro	know	-0.0872
self_intro	know i	-0.0352
self_intro	know we	0.0607
self_intro	know you	-0.0291
self_intro	lab	0.1602
self_intro	last	0.1387
self_intro	last question	-0.0265
self_intro	last summer	0.0267
self_intro	last year	0.158
self_intro	last ~duration	0.158
self_intro	late	-0.0223
self_intro	law	0.0901
self_intro	lead	-0.0335
self_intro	learn	0.1492
self_intro	learn how	0.0309
self_intro	leav	-0.0921
self_intro	leav it	-0.0444
self_intro	left	-0.0251
self_intro	left right	-0.0237
self_intro	let	-0.1326
self_intro	let me	-0.0312
self_intro	let us	-0.0308
self_intro	let you	-0.0706
self_intro	level	0.0219
self_intro	like	-0.1924
self_intro	like day	0.0352
self_intro	like ~closing	0.0352
self_intro	like ~limit	0.0352
self_intro	like ~number	-0.0587
self_intro	line	-0.0307
self_intro	line onc	-0.028
self_intro	linkedin	-0.039
self_intro	list	-0.0531
self_intro	local	0.1976
self_intro	logist	0.3141
self_intro	look	-0.0319
self_intro	look like	-0.0621
self_intro	look to	0.029
self_intro	lot	-0.0247
self_intro	love	-0.0603
self_intro	love ~closing	-0.0415
self_intro	lunch	-0.0221
self_intro	made	-0.0229
self_intro	main	-0.0287
self_intro	make	-0.0778
self_intro	make a	-0.0201
self_intro	make ~number	-0.0334
self_intro	manag	0.0594
self_intro	market	0.1797
self_intro	master	-0.0208
self_intro	math	0.0222
self_intro	matter	-0.0616
self_intro	matter most	-0.0471
self_intro	may	0.0359
self_intro	me	0.1339
self_intro	me about	-0.0399
self_intro	me i	0.0588
self_intro	me in	-0.031
self_intro	me know	-0.0312
self_intro	me through	-0.0488
self_intro	me ~learn	-0.0368
self_intro	meet	-0.0395
self_intro	mention	-0.0402
self_intro	might	-0.0376
self_intro	mind	-0.0766
self_intro	mind if	-0.024
self_intro	minut	-0.0304
self_intro	minut left	-0.0251
self_intro	minut so	0.0411
self_intro	moment	-0.0321
self_intro	month	-0.0421
self_intro	more	-0.095
self_intro	more about	-0.0228
self_intro	more question	-0.0346
self_intro	most	0.1655
self_intro	most in	0.1065
self_intro	most on	0.1229
self_intro	most ~want	0.0449
self_intro	move	0.1615
self_intro	move into	0.1543
self_intro	much	-0.1493
self_intro	much for	-0.0324
self_intro	much this	-0.0354
self_intro	my	0.4832
self_intro	my background	0.1343
self_intro	my career	-0.0359
self_intro	my first	0.0638
self_intro	my list	-0.0315
self_intro	my question	-0.0472
self_intro	my ~degree	0.2422
self_intro	my ~job	0.5072
self_intro	name	-0.025
self_intro	near	-0.0299
self_intro	necessari	-0.0202
self_intro	need	-0.1396
self_intro	need a	-0.0618
self_intro	need to	-0.03
self_intro	need ~number	-0.0685
self_intro	never	-0.0841
self_intro	new	0.0355
self_intro	next	-0.0712
self_intro	next ~number	-0.0237
self_intro	night	0.2376
self_intro	no	-0.1035
self_intro	nonprofit	-0.0663
self_intro	nonprofit work	-0.022
self_intro	nonprofit ~learn	-0.022
self_intro	nonprofit ~workverb	-0.022
self_intro	not	-0.1737
self_intro	not about	-0.0312
self_intro	not have	-0.0209
self_intro	not job	-0.0355
self_intro	not look	0.0303
self_intro	not ~job	-0.0355
self_intro	not ~want	0.0559
self_intro	note	-0.0367
self_intro	now	0.405
self_intro	now ~studyverb	0.2767
self_intro	of	-0.1814
self_intro	of the	-0.0529
self_intro	of your	-0.0566
self_intro	of ~number	-0.0718
self_intro	off	-0.0218
self_intro	oh	-0.027
self_intro	ok	-0.12
self_intro	ok that	-0.0473
self_intro	on	-0.0949
self_intro	on a	0.0458
self_intro	on how	0.0506
self_intro	on linkedin	-0.0359
self_intro	on my	-0.0613
self_intro	on the	0.0786
self_intro	on your	-0.0358
self_intro	on ~number	0.1217
self_intro	onc	-0.0478
self_intro	onc i	-0.0459
self_intro	one	-0.0396
self_intro	onli	0.0421
self_intro	onli got	0.0699
self_intro	onli have	-0.0278
self_intro	open	-0.0804
self_intro	or anyth	-0.0211
self_intro	other	-0.0212
self_intro	out of	-0.0216
self_intro	out whether	0.1181
self_intro	over	-0.0833
self_intro	paraleg	0.1807
self_intro	parent	0.0587
self_intro	part	-0.0558
self_intro	part of	-0.0575
self_intro	path	-0.1198
self_intro	peopl	-0.1302
self_intro	peopl in	-0.0633
self_intro	perspect	-0.0537
self_intro	pharmaci	0.0446
self_intro	phd	0.0695
self_intro	pick	-0.0593
self_intro	place	-0.0351
self_intro	pleas	-0.0226
self_intro	point	-0.0287
self_intro	polici	0.0381
self_intro	polici analyst	-0.0212
self_intro	portfolio	-0.0204
self_intro	pretti	0.0504
self_intro	product	-0.0269
self_intro	profess	-0.0424
self_intro	profess i	-0.0403
self_intro	profession	-0.0272
self_intro	program	-0.0902
self_intro	program director	-0.0274
self_intro	project	0.0779
self_intro	promis	-0.0567
self_intro	psycholog	0.0289
self_intro	public	0.0699
self_intro	qa	0.1056
self_intro	question	-0.1367
self_intro	quick	0.0646
self_intro	rather	-0.054
self_intro	rather than	-0.0522
self_intro	reach	-0.0418
self_intro	reach out	-0.0392
self_intro	read	-0.0445
self_intro	read ~number	-0.0214
self_intro	realli	-0.0738
self_intro	realli appreci	-0.0886
self_intro	realli just	-0.0365
self_intro	realli ~want	-0.0247
self_intro	recommend	-0.0258
self_intro	recruit	-0.054
self_intro	referr	-0.0693
self_intro	research	-0.0455
self_intro	research with	-0.0283
self_intro	retail	0.1011
self_intro	retrain	0.0746
self_intro	return	0.028
self_intro	right	-0.1095
self_intro	right at	-0.0236
self_intro	role	-0.06
self_intro	run	-0.0709
self_intro	run over	-0.0566
self_intro	same	-0.0472
self_intro	say	-0.0551
self_intro	school	0.032
self_intro	scienc	-0.0721
self_intro	second	0.2708
self_intro	second year	0.2743
self_intro	second ~duration	0.2743
self_intro	see	0.074
self_intro	see the	0.0255
self_intro	see ~number	0.0255
self_intro	send	-0.0679
self_intro	send you	-0.0318
self_intro	shall	0.1022
self_intro	share	-0.0349
self_intro	shift	-0.0217
self_intro	short	-0.0292
self_intro	should	-0.1326
self_intro	should i	-0.0703
self_intro	side	-0.0346
self_intro	sign	-0.0204
self_intro	sign off	-0.0204
self_intro	sinc	0.0969
self_intro	six	0.0529
self_intro	six year	0.0556
self_intro	six ~duration	0.0529
self_intro	skill	-0.0517
self_intro	so	0.2692
self_intro	so i	0.4158
self_intro	so if	-0.0268
self_intro	so just	-0.0376
self_intro	so much	-0.1028
self_intro	so ~number	0.0316
self_intro	so ~want	-0.0376
self_intro	some	0.128
self_intro	some ~insight	-0.0484
self_intro	someon	-0.0959
self_intro	sorri	-0.1143
self_intro	sorri i	-0.0718
self_intro	sound	-0.043
self_intro	spent	0.0843
self_intro	spent six	0.0445
self_intro	spring	0.129
self_intro	sql	0.5248
self_intro	squeez	-0.0221
self_intro	squeez me	-0.0221
self_intro	staff	-0.0301
self_intro	start	-0.0354
self_intro	startup	-0.0392
self_intro	stay at	0.0587
self_intro	stay in	-0.0352
self_intro	still	-0.0246
self_intro	stop	-0.0372
self_intro	structur	-0.029
self_intro	structur engin	-0.0211
self_intro	student	0.2224
self_intro	student and	0.1259
self_intro	such	-0.0226
self_intro	such a	-0.0226
self_intro	such ~number	-0.0226
self_intro	suit	-0.0203
self_intro	summer	0.1276
self_intro	support	0.1191
self_intro	support for	0.1235
self_intro	take	-0.1048
self_intro	take on	-0.0209
self_intro	take up	-0.03
self_intro	take ~number	-0.0205
self_intro	talk	-0.1066
self_intro	talk to	-0.0634
self_intro	talk with	-0.0377
self_intro	teach	0.1634
self_intro	team	-0.1072
self_intro	team ever	-0.0283
self_intro	technician	-0.0266
self_intro	tell	-0.0543
self_intro	tell me	-0.0456
self_intro	test	-0.0457
self_intro	than	-0.0722
self_intro	than a	-0.0341
self_intro	than ~number	-0.0341
self_intro	thank	0.0258
self_intro	thank so	-0.084
self_intro	thank to	0.4694
self_intro	thank you	-0.1366
self_intro	thank ~number	-0.0613
self_intro	that	-0.2048
self_intro	that cover	-0.0345
self_intro	that i	0.0473
self_intro	that is	-0.1928
self_intro	the	-0.5993
self_intro	the articl	-0.0211
self_intro	the bootcamp	-0.0293
self_intro	the cours	-0.0379
self_intro	the field	-0.0206
self_intro	the half	-0.0312
self_intro	the industri	-0.0265
self_intro	the job	-0.0445
self_intro	the moment	-0.0299
self_intro	the next	-0.0305
self_intro	the path	-0.0284
self_intro	the recruit	-0.0507
self_intro	the time	-0.0297
self_intro	the work	-0.0334
self_intro	the ~degree	-0.0768
self_intro	the ~gatekeeper	-0.0373
self_intro	the ~hiring	-0.0367
self_intro	the ~job	-0.0509
self_intro	the ~learn	-0.0325
self_intro	the ~limit	-0.0349
self_intro	the ~number	-0.0358
self_intro	the ~org	-0.0255
self_intro	the ~student	-0.0599
self_intro	the ~workverb	-0.0334
self_intro	then	0.1061
self_intro	there	-0.1706
self_intro	there a	-0.0369
self_intro	there for	-0.0216
self_intro	there ~number	-0.0396
self_intro	these	-0.0306
self_intro	thing	-0.0274
self_intro	think	-0.1774
self_intro	think about	0.0266
self_intro	think i	-0.0949
self_intro	think of	-0.0361
self_intro	think that	-0.0409
self_intro	think we	-0.023
self_intro	this	-0.0978
self_intro	this field	-0.0759
self_intro	this is	-0.0279
self_intro	this year	-0.0229
self_intro	this ~duration	-0.0229
self_intro	thought	-0.0216
self_intro	three	0.1463
self_intro	three year	0.1506
self_intro	three ~duration	0.1506
self_intro	through	-0.0502
self_intro	through a	-0.0452
self_intro	through ~number	-0.0292
self_intro	time	-0.1534
self_intro	time to	-0.02
self_intro	to	-0.042
self_intro	to ask	-0.0613
self_intro	to be	-0.1121
self_intro	to becom	-0.0281
self_intro	to day	0.0239
self_intro	to get	-0.0785
self_intro	to hear	0.0225
self_intro	to help	-0.0313
self_intro	to keep	-0.0271
self_intro	to learn	-0.0369
self_intro	to my	0.454
self_intro	to stay	-0.035
self_intro	to talk	-0.0453
self_intro	to test	-0.0239
self_intro	to think	0.034
self_intro	to understand	0.0896
self_intro	to your	-0.0647
self_intro	to ~closing	0.0239
self_intro	to ~help	-0.0444
self_intro	to ~learn	0.0819
self_intro	to ~limit	0.0215
self_intro	to ~people	-0.0339
self_intro	to ~sendverb	-0.0366
self_intro	to ~student	-0.0276
self_intro	to ~talk	-0.1233
self_intro	today	-0.0832
self_intro	tonight	-0.0373
self_intro	tonight and	-0.0212
self_intro	too	-0.0212
self_intro	tool	-0.0219
self_intro	touch	-0.0469
self_intro	toward	0.0873
self_intro	train	0.0214
self_intro	twenti	-0.0341
self_intro	twenti minut	-0.0341
self_intro	twenti ~limit	-0.0341
self_intro	twenti ~timeunit	-0.0341
self_intro	two	0.1837
self_intro	two ~duration	0.1238
self_intro	typic	-0.0457
self_intro	typic week	-0.0295
self_intro	typic ~closing	-0.0355
self_intro	understand	0.0852
self_intro	understand the	-0.0584
self_intro	understand what	0.0756
self_intro	understand ~number	-0.0584
self_intro	up a	0.131
self_intro	up with	-0.0415
self_intro	up ~number	0.129
self_intro	upfront	-0.0247
self_intro	us	-0.0313
self_intro	us leav	-0.0234
self_intro	use	-0.0508
self_intro	usual	-0.0317
self_intro	ux research	-0.0246
self_intro	vet	0.1151
self_intro	volunt	0.0968
self_intro	walk	-0.0488
self_intro	walk me	-0.0488
self_intro	want	-0.0573
self_intro	want to	0.0257
self_intro	was	-0.092
self_intro	was hope	0.0243
self_intro	was ~number	0.0535
self_intro	was ~want	0.0213
self_intro	way	-0.049
self_intro	we	-0.1305
self_intro	we are	-0.0934
self_intro	we can	-0.023
self_intro	we have	0.0492
self_intro	week	-0.1593
self_intro	week on	-0.0227
self_intro	weekend	-0.0393
self_intro	well	-0.0212
self_intro	went	-0.0389
self_intro	what	-0.5868
self_intro	what are	-0.0301
self_intro	what do	-0.0272
self_intro	what doe	-0.0315
self_intro	what i	-0.0328
self_intro	what is	-0.1119
self_intro	what make	-0.0338
self_intro	what will	-0.0292
self_intro	what your	-0.0766
self_intro	what ~help	-0.0272
self_intro	when	-0.0314
self_intro	when you	-0.0249
self_intro	where	-0.1399
self_intro	where can	-0.0228
self_intro	where do	-0.0453
self_intro	where doe	-0.0399
self_intro	where is	-0.0246
self_intro	where ~help	-0.0453
self_intro	whether	0.1077
self_intro	whi	-0.086
self_intro	whi i	-0.0714
self_intro	which	-0.1851
self_intro	which is	-0.0436
self_intro	which ~student	-0.0298
self_intro	who	-0.0797
self_intro	will	-0.4129
self_intro	will drop	-0.028
self_intro	will keep	-0.0221
self_intro	will leav	-0.0269
self_intro	will let	-0.0517
self_intro	will send	-0.0374
self_intro	will sign	-0.0204
self_intro	will ~sendverb	-0.0723
self_intro	with	0.2708
self_intro	with a	0.0313
self_intro	with anyth	-0.0262
self_intro	with me	-0.0397
self_intro	with the	-0.0584
self_intro	with you	-0.0287
self_intro	with your	-0.0245
self_intro	with ~number	-0.0325
self_intro	wonder	0.06
self_intro	work in	0.1711
self_intro	work on	-0.0339
self_intro	world	0.0751
self_intro	worth	-0.062
self_intro	would	-0.2672
self_intro	would be	-0.0225
self_intro	would realli	-0.0548
self_intro	would you	-0.065
self_intro	would ~want	-0.056
self_intro	wow	-0.0278
self_intro	wrap	0.0479
self_intro	wrap up	0.049
self_intro	write	-0.0229
self_intro	yeah	-0.0492
self_intro	year	1.1724
self_intro	year and	0.0603
self_intro	year in	0.0695
self_intro	year ~want	0.1818
self_intro	yet	0.0294
self_intro	you	-1.0587
self_intro	you a	-0.0561
self_intro	you are	-0.0389
self_intro	you could	-0.0237
self_intro	you end	-0.0339
self_intro	you ever	-0.0244
self_intro	you for	-0.0602
self_intro	you get	-0.0274
self_intro	you go	-0.035
self_intro	you got	-0.0381
self_intro	you have	-0.0458
self_intro	you in	-0.0253
self_intro	you know	-0.0346
self_intro	you mind	-0.0245
self_intro	you move	0.0733
self_intro	you need	-0.0262
self_intro	you note	-0.0253
self_intro	you see	0.1056
self_intro	you think	-0.0255
self_intro	you to	-0.0292
self_intro	you would	-0.027
self_intro	you ~help	-0.0254
self_intro	you ~number	-0.0593
self_intro	you ~sendverb	-0.0214
self_intro	you ~talk	-0.0228
self_intro	you ~want	-0.0385
self_intro	you ~workverb	-0.0201
self_intro	your	-0.6367
self_intro	your compani	-0.0713
self_intro	your first	-0.0647
self_intro	your lunch	-0.0211
self_intro	your path	-0.0248
self_intro	your team	-0.0737
self_intro	your time	-0.0273
self_intro	your work	-0.0318
self_intro	your ~closing	-0.0493
self_intro	your ~insight	-0.0253
self_intro	your ~learn	-0.0319
self_intro	your ~limit	-0.0792
self_intro	your ~org	-0.2003
self_intro	your ~people	-0.0213
self_intro	your ~workverb	-0.0318
self_intro	~application	-0.0223
self_intro	~closing on	-0.0227
self_intro	~contactverb	-0.0657
self_intro	~degree	0.6346
self_intro	~degree at	0.2301
self_intro	~degree director	-0.0274
self_intro	~degree in	0.2921
self_intro	~degree to	-0.0202
self_intro	~duration	1.1422
self_intro	~duration and	0.0603
self_intro	~duration in	0.2381
self_intro	~gatekeeper	-0.1348
self_intro	~help	-0.4425
self_intro	~help for	0.1194
self_intro	~help i	-0.0284
self_intro	~help not	-0.0629
self_intro	~help to	-0.0261
self_intro	~help with	-0.0291
self_intro	~help you	-0.1294
self_intro	~hiring	-0.0742
self_intro	~insight	-0.2798
self_intro	~insight a	-0.0244
self_intro	~insight from	-0.0589
self_intro	~job	0.2129
self_intro	~job ask	-0.0256
self_intro	~job hunt	-0.0355
self_intro	~job i	0.39
self_intro	~later	-0.0515
self_intro	~learn	-0.429
self_intro	~learn a	-0.0742
self_intro	~learn about	-0.0205
self_intro	~learn at	-0.0332
self_intro	~learn for	-0.0406
self_intro	~learn how	0.1391
self_intro	~learn i	0.0419
self_intro	~learn if	-0.0285
self_intro	~learn in	0.051
self_intro	~learn more	-0.0208
self_intro	~learn out	0.0925
self_intro	~learn so	-0.0292
self_intro	~learn the	-0.0349
self_intro	~learn we	0.0497
self_intro	~learn what	0.0908
self_intro	~learn with	-0.0363
self_intro	~learn you	-0.0379
self_intro	~learn your	-0.0265
self_intro	~limit	-0.178
self_intro	~limit at	0.076
self_intro	~limit left	-0.0251
self_intro	~limit so	0.0311
self_intro	~number	-0.15
self_intro	~number articl	-0.0211
self_intro	~number bank	-0.0207
self_intro	~number big	-0.0287
self_intro	~number bit	0.0542
self_intro	~number career	-0.0697
self_intro	~number certif	0.1443
self_intro	~number coupl	-0.0293
self_intro	~number cours	-0.0379
self_intro	~number degre	0.0303
self_intro	~number few	0.047
self_intro	~number field	-0.0506
self_intro	~number good	-0.0526
self_intro	~number great	-0.0275
self_intro	~number half	-0.0312
self_intro	~number hand	-0.0833
self_intro	~number hour	-0.0372
self_intro	~number industri	-0.0265
self_intro	~number internship	-0.03
self_intro	~number job	-0.0661
self_intro	~number line	-0.028
self_intro	~number lot	-0.0247
self_intro	~number love	-0.0415
self_intro	~number moment	-0.0299
self_intro	~number next	-0.0305
self_intro	~number of	-0.0228
self_intro	~number paraleg	0.1807
self_intro	~number path	-0.0751
self_intro	~number polici	-0.0202
self_intro	~number program	-0.0369
self_intro	~number project	-0.0366
self_intro	~number recruit	-0.0507
self_intro	~number referr	-0.0678
self_intro	~number role	-0.042
self_intro	~number second	0.2554
self_intro	~number shall	0.0926
self_intro	~number short	-0.0207
self_intro	~number stay	0.0587
self_intro	~number student	-0.0404
self_intro	~number thank	-0.0297
self_intro	~number time	-0.0297
self_intro	~number typic	-0.0392
self_intro	~number work	-0.0334
self_intro	~number year	0.341
self_intro	~org	0.2363
self_intro	~org and	0.1072
self_intro	~org ever	-0.0352
self_intro	~org for	0.1153
self_intro	~people	-0.2877
self_intro	~people els	-0.0286
self_intro	~people in	-0.0808
self_intro	~people who	-0.0261
self_intro	~sendverb	-0.1599
self_intro	~sendverb you	-0.0684
self_intro	~student	0.7114
self_intro	~student and	0.1259
self_intro	~student at	0.1922
self_intro	~student for	0.0334
self_intro	~student in	0.039
self_intro	~student last	0.1252
self_intro	~studyverb	0.9914
self_intro	~studyverb a	0.3703
self_intro	~studyverb in	0.0662
self_intro	~studyverb my	0.1741
self_intro	~studyverb research	-0.0213
self_intro	~studyverb the	-0.0632
self_intro	~studyverb you	-0.1183
self_intro	~talk	-0.2633
self_intro	~talk for	-0.0427
self_intro	~talk so	-0.0316
self_intro	~talk to	-0.0662
self_intro	~talk with	-0.066
self_intro	~talk you	-0.0299
self_intro	~timeunit left	-0.0251
self_intro	~timeunit so	0.0411
self_intro	~want	-0.2795
self_intro	~want about	-0.0689
self_intro	~want appreci	-0.0886
self_intro	~want be	-0.0225
self_intro	~want here	0.1241
self_intro	~want in	0.0747
self_intro	~want it	-0.0425
self_intro	~want just	-0.0365
self_intro	~want know	-0.0204
self_intro	~want on	0.1234
self_intro	~want realli	-0.0548
self_intro	~want tri	-0.0464
self_intro	~want you	-0.0945
self_intro	~want your	-0.0224
self_intro	~workverb	0.6831
self_intro	~workverb a	0.16
self_intro	~workverb at	0.1024
self_intro	~workverb do	0.0315
self_intro	~workverb in	0.2477
self_intro	~workverb on	-0.0339
self_intro	~workverb over	-0.0566
self_intro	~workverb six	0.0445
"""#
}
