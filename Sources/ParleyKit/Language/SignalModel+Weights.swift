// Written by scripts/train-signals from the tune part of the labelled set; do not edit.
extension SignalModel {
    static let bundledWeights = #"""
purpose	*	-3.2297
purpose	10	-0.0206
purpose	30	-0.05
purpose	30 minut	-0.0478
purpose	30 ~limit	-0.0467
purpose	30 ~timeunit	-0.0478
purpose	4	-0.0467
purpose	58	0.0367
purpose	58 and	0.0367
purpose	?	-1.945
purpose	^a	0.2145
purpose	^ah	-0.0227
purpose	^and	-0.026
purpose	^ani	-0.0479
purpose	^appreci	-0.0202
purpose	^are	-0.1226
purpose	^bye	-0.0382
purpose	^can	-0.0846
purpose	^cheer	-0.0282
purpose	^cool	-0.0309
purpose	^could	0.022
purpose	^current	-0.0377
purpose	^did	-0.0347
purpose	^do	-0.0343
purpose	^doe	0.0309
purpose	^for	0.032
purpose	^gosh	-0.0338
purpose	^happi	-0.0298
purpose	^hello	0.0628
purpose	^hi	-0.044
purpose	^hm	0.0454
purpose	^honest	-0.0267
purpose	^how	-0.3309
purpose	^i	0.1188
purpose	^if	-0.1577
purpose	^in	-0.0324
purpose	^is	-0.2775
purpose	^it	-0.0236
purpose	^just	0.1139
purpose	^let	-0.0503
purpose	^like	-0.0282
purpose	^main	0.103
purpose	^mind	-0.0201
purpose	^my	0.3316
purpose	^no	0.4446
purpose	^not	0.1012
purpose	^oh	-0.029
purpose	^ok	-0.206
purpose	^okafor	0.1072
purpose	^patel	0.0471
purpose	^pleas	-0.0241
purpose	^quick	-0.0875
purpose	^rather	0.0634
purpose	^realli	-0.0606
purpose	^right	-0.0336
purpose	^so	-0.0481
purpose	^sorri	-0.092
purpose	^tell	-0.0306
purpose	^thank	-0.2341
purpose	^that	-0.2058
purpose	^the	0.227
purpose	^this	0.0288
purpose	^to	0.0506
purpose	^wait	-0.041
purpose	^was	-0.0233
purpose	^we	-0.0249
purpose	^well	-0.03
purpose	^what	-0.5741
purpose	^where	-0.0439
purpose	^which	-0.0677
purpose	^who	-0.1231
purpose	^would	-0.0669
purpose	^wow	0.0478
purpose	a	0.2723
purpose	a bit	-0.0275
purpose	a bootcamp	0.0307
purpose	a career	-0.0368
purpose	a chemistri	-0.0266
purpose	a clinic	0.0616
purpose	a colleagu	0.0475
purpose	a come	0.025
purpose	a coupl	-0.0406
purpose	a degre	-0.0597
purpose	a dental	-0.0431
purpose	a feel	0.0339
purpose	a few	0.1131
purpose	a first	0.0485
purpose	a fit	0.0272
purpose	a gen	-0.0317
purpose	a good	-0.0762
purpose	a grad	0.0565
purpose	a great	-0.0307
purpose	a hand	0.1261
purpose	a high	0.0606
purpose	a hospit	0.1661
purpose	a job	0.32
purpose	a junior	-0.1299
purpose	a line	-0.0448
purpose	a lot	-0.0521
purpose	a major	0.0302
purpose	a mid	-0.0225
purpose	a move	0.077
purpose	a name	-0.0216
purpose	a new	-0.0263
purpose	a night	0.0419
purpose	a paraleg	-0.094
purpose	a part	-0.0299
purpose	a phd	0.0669
purpose	a posit	0.0643
purpose	a realist	0.1366
purpose	a recent	0.0283
purpose	a referr	-0.0211
purpose	a role	0.0225
purpose	a senior	0.0409
purpose	a shall	-0.0314
purpose	a short	-0.0439
purpose	a sophomor	0.0809
purpose	a stay	-0.0428
purpose	a student	-0.0202
purpose	a typic	0.0368
purpose	a vet	0.0245
purpose	a ~closing	0.0318
purpose	a ~job	0.4058
purpose	a ~number	0.0715
purpose	a ~org	0.1555
purpose	a ~people	0.0449
purpose	a ~student	-0.0705
purpose	about	0.4507
purpose	about a	0.0201
purpose	about go	0.0433
purpose	about how	0.0705
purpose	about it	0.054
purpose	about me	-0.0377
purpose	about open	0.0478
purpose	about the	0.0369
purpose	about what	0.1304
purpose	about your	0.1249
purpose	about ~job	0.0417
purpose	about ~studyverb	0.0428
purpose	academia	0.1301
purpose	account	-0.0288
purpose	account in	0.0615
purpose	account student	-0.073
purpose	account ~student	-0.073
purpose	actual	0.5218
purpose	actual do	0.0407
purpose	actual involv	0.1198
purpose	actual like	0.0921
purpose	actual look	0.116
purpose	actual spend	0.0725
purpose	actual ~learn	-0.0223
purpose	actual ~studyverb	0.0425
purpose	actual ~want	-0.0366
purpose	advic	0.5536
purpose	advic about	0.0429
purpose	advic on	0.2208
purpose	advic someon	-0.0457
purpose	advic would	-0.0331
purpose	advic you	0.0591
purpose	advic ~people	-0.0457
purpose	advic ~want	-0.0331
purpose	advisori	0.0375
purpose	after	-0.0528
purpose	afternoon	-0.0465
purpose	again	-0.0721
purpose	agenc	-0.0256
purpose	agenda	0.4616
purpose	ago	-0.046
purpose	agre	-0.0463
purpose	agre to	-0.0297
purpose	ah	-0.0227
purpose	all	-0.1573
purpose	all day	0.0269
purpose	all i	-0.0422
purpose	all the	-0.0319
purpose	all this	-0.0252
purpose	all ~closing	0.0269
purpose	all ~limit	0.0269
purpose	all ~number	-0.0319
purpose	along	-0.0264
purpose	alreadi	-0.0372
purpose	alright	-0.0342
purpose	am	0.6806
purpose	am a	0.0365
purpose	am appli	-0.0397
purpose	am at	0.0857
purpose	am consid	0.106
purpose	am curious	-0.0917
purpose	am do	-0.0247
purpose	am from	-0.022
purpose	am go	-0.0391
purpose	am good	-0.0269
purpose	am here	0.1027
purpose	am hope	0.2179
purpose	am in	-0.0879
purpose	am interest	-0.1546
purpose	am just	0.1816
purpose	am keen	0.0979
purpose	am mind	0.0216
purpose	am most	0.0231
purpose	am not	0.2398
purpose	am pretti	-0.0298
purpose	am priya	0.047
purpose	am realli	0.0382
purpose	am sam	0.0325
purpose	am tri	0.1291
purpose	am ~number	0.0218
purpose	am ~studyverb	-0.0976
purpose	am ~want	0.5871
purpose	an	0.0971
purpose	an internship	0.03
purpose	an intro	-0.0242
purpose	an onlin	0.0332
purpose	an ~degree	0.0417
purpose	an ~job	0.0209
purpose	an ~student	0.0427
purpose	an ~talk	-0.0222
purpose	analyst ~want	0.0425
purpose	and	0.259
purpose	and a	0.0866
purpose	and befor	-0.065
purpose	and for	-0.0216
purpose	and have	0.0452
purpose	and honest	0.0605
purpose	and i	0.3135
purpose	and if	-0.0251
purpose	and now	-0.0473
purpose	and want	0.0858
purpose	and would	-0.0355
purpose	and ~learn	0.0919
purpose	and ~number	0.1657
purpose	and ~talk	0.1156
purpose	and ~want	0.0647
purpose	ani	-0.0597
purpose	ani advic	0.0688
purpose	ani more	-0.0378
purpose	ani ~insight	0.1168
purpose	anyon	-0.1359
purpose	anyon come	-0.0528
purpose	anyon els	-0.046
purpose	anyon in	-0.0224
purpose	anyon who	0.0519
purpose	anyon ~people	0.0519
purpose	anyth	0.0582
purpose	anyth just	0.1111
purpose	anyth ~want	0.1111
purpose	app	-0.0581
purpose	app i	-0.0207
purpose	appli	-0.0291
purpose	appreci	-0.1414
purpose	appreci it	-0.0706
purpose	appreci you	-0.0654
purpose	architect	0.0409
purpose	architectur	-0.0448
purpose	are	-0.3418
purpose	are the	-0.0234
purpose	are there	-0.0928
purpose	are you	-0.0375
purpose	are ~number	-0.0255
purpose	armi	0.0434
purpose	art	-0.0203
purpose	articl	-0.0258
purpose	as	0.0818
purpose	as ~number	0.0287
purpose	ask	0.3837
purpose	ask about	0.2444
purpose	ask befor	0.0635
purpose	ask for	0.1259
purpose	ask you	0.1877
purpose	associ	-0.0316
purpose	at a	0.0263
purpose	at home	-0.0428
purpose	at my	0.0499
purpose	at ohio	-0.0504
purpose	at rutger	-0.0269
purpose	at this	0.1458
purpose	at ~number	0.0361
purpose	audit	0.1935
purpose	bachelor	-0.0414
purpose	bachelor in	-0.0414
purpose	back	-0.0898
purpose	back after	-0.0383
purpose	back and	0.0695
purpose	back into	-0.077
purpose	back to	-0.0296
purpose	back ~want	-0.0383
purpose	background	-0.0964
purpose	background i	-0.0665
purpose	bank	-0.0272
purpose	basic	0.0306
purpose	basic i	0.0435
purpose	be a	0.0201
purpose	be abl	-0.0684
purpose	be build	-0.0245
purpose	be clear	0.0736
purpose	be consid	-0.0213
purpose	be glad	-0.0638
purpose	be good	-0.023
purpose	be great	0.2155
purpose	be happi	-0.0214
purpose	be mind	-0.0582
purpose	be ok	-0.0255
purpose	be open	-0.0218
purpose	be so	-0.0227
purpose	be the	0.1708
purpose	be use	-0.0473
purpose	be ~help	-0.0473
purpose	be ~number	0.1944
purpose	becaus	0.1852
purpose	becaus i	0.1752
purpose	becom	0.0408
purpose	becom ~number	-0.0213
purpose	been	0.1722
purpose	been a	0.0591
purpose	been do	-0.0256
purpose	been freelanc	-0.0227
purpose	been in	0.0485
purpose	been ~number	0.055
purpose	been ~studyverb	-0.0469
purpose	been ~workverb	-0.0309
purpose	befor	0.2916
purpose	befor appli	0.0619
purpose	befor i	0.3063
purpose	befor that	-0.1136
purpose	befor to	0.0906
purpose	best	0.0354
purpose	best person	0.083
purpose	best ~people	0.083
purpose	beta	-0.0233
purpose	better	0.1316
purpose	between	0.0304
purpose	between ~number	0.0411
purpose	beyond	0.5193
purpose	beyond the	0.0619
purpose	beyond ~number	0.0619
purpose	big	-0.0291
purpose	biotech	0.1221
purpose	bit	-0.0531
purpose	bit about	-0.0311
purpose	book	-0.0236
purpose	bootcamp	0.0488
purpose	bootcamp grad	0.0363
purpose	bootcamp is	0.0475
purpose	bootcamp ~student	0.0363
purpose	brain	0.0911
purpose	brain about	0.0721
purpose	brazil	-0.0521
purpose	break	-0.0428
purpose	bsn	-0.0237
purpose	build	-0.0707
purpose	busi	-0.031
purpose	but	-0.1418
purpose	but i	-0.0616
purpose	by	0.07
purpose	by ask	0.0986
purpose	bye	-0.0456
purpose	call	-0.0673
purpose	can	-0.1708
purpose	can give	0.0637
purpose	can help	0.0847
purpose	can i	-0.0627
purpose	can see	-0.0282
purpose	can you	-0.0484
purpose	can ~help	0.1288
purpose	can ~learn	-0.0348
purpose	candid	-0.0214
purpose	care	-0.0866
purpose	career	0.1508
purpose	career changer	-0.0629
purpose	career in	0.0318
purpose	career ~student	-0.0606
purpose	case	-0.0303
purpose	cert	0.0461
purpose	chain	0.052
purpose	chain role	0.0815
purpose	chain ~job	0.0815
purpose	chanc	-0.0245
purpose	chang	-0.047
purpose	changer	-0.0629
purpose	chat	0.1328
purpose	chat with	0.0491
purpose	check	-0.052
purpose	cheer	-0.0326
purpose	chemistri phd	-0.0232
purpose	chemistri ~degree	-0.0232
purpose	chemistri ~student	-0.0293
purpose	choos	0.1747
purpose	choos my	0.1821
purpose	citi	-0.0439
purpose	civil	-0.0236
purpose	civil engin	-0.0236
purpose	class	-0.0417
purpose	clear	0.0578
purpose	clear i	0.0655
purpose	client	-0.0903
purpose	clinic	-0.0313
purpose	clinic data	0.0685
purpose	clinic research	-0.0271
purpose	clinic work	0.027
purpose	clinic ~workverb	0.027
purpose	clock	-0.0232
purpose	coder	-0.0575
purpose	coffe	-0.0263
purpose	colleagu	0.0866
purpose	colleagu at	0.0509
purpose	collect	0.1776
purpose	collect ~insight	0.1343
purpose	colleg and	-0.03
purpose	come bootcamp	0.025
purpose	come from	0.0426
purpose	come to	-0.0677
purpose	come ~degree	0.025
purpose	comfort	0.0307
purpose	comfort connect	0.0466
purpose	comfort ~talk	0.0466
purpose	commit to	0.0294
purpose	committe	0.0878
purpose	common	-0.0298
purpose	common for	-0.0242
purpose	compar	0.0985
purpose	connect me	0.0376
purpose	connect with	-0.0221
purpose	conscious	-0.0262
purpose	consid	0.0641
purpose	construct	-0.0383
purpose	consult	0.0886
purpose	consult is	0.113
purpose	contact	-0.0212
purpose	context	0.0265
purpose	context i	0.032
purpose	convers	0.0393
purpose	cook	-0.0356
purpose	cool	-0.0427
purpose	cool cool	-0.0297
purpose	could	-0.1366
purpose	could i	-0.0436
purpose	could tri	-0.0356
purpose	could you	0.0217
purpose	could ~learn	0.0222
purpose	could ~sendverb	-0.037
purpose	could ~want	-0.0356
purpose	countri	0.0305
purpose	coupl	-0.0406
purpose	coupl of	-0.023
purpose	cours	-0.0232
purpose	cover	-0.1449
purpose	cover everyth	-0.1387
purpose	credit	-0.026
purpose	critic	-0.0242
purpose	critic care	-0.0242
purpose	cs degre	-0.0216
purpose	cultur	-0.0428
purpose	curious	0.1049
purpose	curious about	0.1201
purpose	curious how	-0.0984
purpose	curious what	0.0832
purpose	current a	-0.0268
purpose	current ~number	0.0208
purpose	cybersecur	-0.0385
purpose	d	0.1008
purpose	data	0.048
purpose	data analyt	0.0248
purpose	data manag	0.0685
purpose	data ~student	0.0657
purpose	day	0.1955
purpose	day is	0.0403
purpose	day look	0.0215
purpose	day to	0.1385
purpose	decad	-0.0339
purpose	decad in	-0.0322
purpose	decid	0.1063
purpose	decid between	0.0826
purpose	decid on	0.0219
purpose	decid which	-0.0351
purpose	degre	-0.0873
purpose	degre in	-0.0598
purpose	dental	-0.0431
purpose	dental hygienist	-0.0431
purpose	dental ~student	-0.0431
purpose	depart	-0.0251
purpose	design ~job	-0.0229
purpose	dev	0.0295
purpose	develop	-0.0417
purpose	did	-0.2681
purpose	did it	-0.0203
purpose	did my	-0.0387
purpose	did some	-0.0273
purpose	did you	-0.0802
purpose	did ~number	-0.0253
purpose	differ	-0.0796
purpose	differ between	-0.0296
purpose	direct	0.0753
purpose	director	-0.0368
purpose	disturb	0.0611
purpose	disturb you	0.0611
purpose	do	-0.3466
purpose	do a	-0.0382
purpose	do an	0.0372
purpose	do peopl	-0.0433
purpose	do the	0.023
purpose	do this	-0.0411
purpose	do you	-0.183
purpose	do ~number	0.0221
purpose	do ~people	-0.0433
purpose	doctor	-0.0921
purpose	document	-0.0324
purpose	doe	-0.0815
purpose	doe a	-0.0418
purpose	doe anyon	-0.0412
purpose	doe it	-0.0352
purpose	doe your	-0.0312
purpose	doe ~number	-0.0365
purpose	doe ~people	-0.0431
purpose	done	0.0872
purpose	down	-0.0295
purpose	dr	0.1536
purpose	drop	-0.02
purpose	each	0.0333
purpose	earli	0.0258
purpose	eat	-0.0387
purpose	eat into	-0.037
purpose	ecolog	0.071
purpose	econ	0.0545
purpose	econ and	0.0597
purpose	economist	-0.0294
purpose	eight	-0.0496
purpose	eight year	-0.0496
purpose	eight ~duration	-0.0496
purpose	elect	0.1504
purpose	els	-0.1004
purpose	els in	-0.0222
purpose	employ	0.0393
purpose	end	-0.0857
purpose	engin	0.2964
purpose	english	-0.0404
purpose	enjoy	-0.0369
purpose	enjoy this	-0.0221
purpose	enough	-0.0581
purpose	enough to	-0.0466
purpose	environment	0.0294
purpose	environment scienc	0.0303
purpose	ethic	0.1125
purpose	even	-0.0322
purpose	evening	-0.0531
purpose	ever	-0.0915
purpose	ever anyth	-0.0211
purpose	ever need	-0.0365
purpose	ever want	-0.033
purpose	ever ~help	-0.0253
purpose	ever ~want	-0.0252
purpose	everyth	-0.3083
purpose	everyth i	-0.2685
purpose	exact	0.0676
purpose	exam	-0.1031
purpose	experi	0.1059
purpose	fall	0.0303
purpose	fall and	0.0362
purpose	favor	-0.0302
purpose	feedback	-0.0292
purpose	feel	0.1001
purpose	feel comfort	0.0487
purpose	feel for	0.0339
purpose	few	0.1187
purpose	few field	0.111
purpose	few peopl	0.069
purpose	few ~duration	-0.0277
purpose	few ~people	0.069
purpose	field	0.3594
purpose	field befor	0.111
purpose	field from	0.0485
purpose	field work	0.0422
purpose	field ~learn	0.0422
purpose	field ~workverb	0.0422
purpose	fifteen	-0.0375
purpose	fifteen minut	-0.0375
purpose	fifteen ~limit	-0.0375
purpose	fifteen ~timeunit	-0.0375
purpose	figur	0.2494
purpose	figur out	0.2285
purpose	financ	0.0476
purpose	find	-0.0602
purpose	finish	-0.0873
purpose	finish a	-0.0263
purpose	finish ~number	-0.033
purpose	firm	-0.0882
purpose	first	-0.1119
purpose	first gen	0.0513
purpose	first place	-0.0541
purpose	first year	-0.0892
purpose	first ~duration	-0.0892
purpose	first ~org	-0.0547
purpose	fit	0.0796
purpose	fit for	0.0387
purpose	five	-0.0592
purpose	five year	-0.0519
purpose	five ~duration	-0.0519
purpose	focus	-0.0269
purpose	follow	-0.0471
purpose	follow up	-0.0393
purpose	for	0.1277
purpose	for a	0.2677
purpose	for about	-0.0309
purpose	for advic	0.0379
purpose	for an	0.0523
purpose	for anyth	0.041
purpose	for context	0.032
purpose	for me	0.1336
purpose	for peopl	-0.0211
purpose	for the	-0.0702
purpose	for to	-0.0931
purpose	for today	0.0427
purpose	for twelv	-0.0315
purpose	for what	0.0427
purpose	for you	-0.0612
purpose	for your	-0.0534
purpose	for ~insight	0.0379
purpose	for ~number	0.2129
purpose	for ~people	-0.0567
purpose	formal	0.093
purpose	former ~people	-0.0215
purpose	forti	0.0689
purpose	found	-0.0661
purpose	freelanc	-0.0842
purpose	friend	0.1266
purpose	from	0.2657
purpose	from a	0.1407
purpose	from academia	0.1091
purpose	from my	-0.0209
purpose	from peopl	0.0639
purpose	from someon	0.0765
purpose	from teach	-0.0641
purpose	from the	0.045
purpose	from today	0.0637
purpose	from ~number	0.1835
purpose	from ~people	0.1405
purpose	from ~workverb	-0.0657
purpose	game	-0.0774
purpose	game design	-0.047
purpose	gather	0.1946
purpose	gather inform	0.1795
purpose	gather ~insight	0.1946
purpose	gen z	-0.0317
purpose	general	0.0829
purpose	genuin ~want	0.0336
purpose	get	-0.0522
purpose	get a	0.0525
purpose	get back	-0.0946
purpose	get into	-0.0453
purpose	get me	-0.0313
purpose	get out	0.1082
purpose	get some	0.0596
purpose	get your	0.0869
purpose	get ~number	0.0354
purpose	give	0.0344
purpose	give me	0.1132
purpose	give someon	-0.0357
purpose	give ~people	-0.059
purpose	glad to	-0.0638
purpose	go	0.0791
purpose	go back	0.06
purpose	go from	0.0566
purpose	go into	-0.0211
purpose	go to	0.0593
purpose	goal	0.1407
purpose	goal for	0.0368
purpose	goal today	0.0343
purpose	goe	-0.0459
purpose	gold	0.0233
purpose	good	-0.161
purpose	good at	0.0351
purpose	good for	-0.0432
purpose	good to	-0.0204
purpose	gosh	-0.0338
purpose	got	-0.0942
purpose	got to	-0.0527
purpose	got ~number	0.0234
purpose	grad	0.089
purpose	grad program	0.0218
purpose	grad ~degree	0.0204
purpose	graduat	-0.0609
purpose	grate	-0.0547
purpose	grate if	-0.0302
purpose	grate you	-0.0234
purpose	great	0.1634
purpose	great to	0.2166
purpose	had	-0.0901
purpose	had not	-0.0347
purpose	half	-0.0507
purpose	half hour	-0.0301
purpose	half ~limit	-0.0301
purpose	half ~timeunit	-0.0301
purpose	hand	0.0841
purpose	handi	-0.024
purpose	happen	-0.0505
purpose	happen to	-0.0402
purpose	happi	-0.0744
purpose	happi to	-0.0595
purpose	hard	-0.051
purpose	hardest	-0.0322
purpose	hardest part	-0.0272
purpose	have	-0.0473
purpose	have a	-0.1028
purpose	have been	0.2367
purpose	have hire	0.0251
purpose	have onli	0.0279
purpose	have read	-0.0201
purpose	have twenti	0.0272
purpose	have ~insight	-0.0201
purpose	have ~number	-0.0891
purpose	have ~workverb	0.2314
purpose	health	-0.0584
purpose	health inform	-0.0246
purpose	health ~insight	-0.0246
purpose	health ~want	-0.0316
purpose	hear	0.2507
purpose	hear about	-0.0236
purpose	hear how	0.2627
purpose	hear what	0.0692
purpose	hello	0.0628
purpose	help	-0.0987
purpose	help me	0.0768
purpose	help with	-0.0559
purpose	here	0.5813
purpose	here for	0.057
purpose	here i	0.1859
purpose	here to	0.0644
purpose	hesit	-0.0249
purpose	hesit to	-0.0249
purpose	hi	-0.044
purpose	hi i	-0.0595
purpose	hi priya	-0.032
purpose	high school	0.0345
purpose	high ~org	0.0345
purpose	hire	-0.0444
purpose	hire manag	-0.0211
purpose	hire peopl	0.0247
purpose	hire ~gatekeeper	-0.0211
purpose	hire ~people	0.0247
purpose	histori	-0.0241
purpose	hm	0.0454
purpose	hm ok	0.0454
purpose	hold	0.0531
purpose	home	-0.0496
purpose	home parent	-0.0349
purpose	home ~student	-0.0349
purpose	honest	0.3547
purpose	honest advic	0.1252
purpose	honest just	0.1091
purpose	honest take	0.0262
purpose	honest ~insight	0.2136
purpose	honest ~want	0.1091
purpose	hope	0.3471
purpose	hope to	0.1573
purpose	hope you	0.1212
purpose	hospit	0.1389
purpose	hour	0.0958
purpose	hous	0.029
purpose	how	0.0831
purpose	how did	-0.0438
purpose	how do	-0.054
purpose	how doe	-0.054
purpose	how i	-0.0206
purpose	how long	-0.0365
purpose	how much	-0.0552
purpose	how peopl	0.0622
purpose	how the	0.0236
purpose	how would	-0.0245
purpose	how you	0.1255
purpose	how ~help	-0.054
purpose	how ~people	0.0622
purpose	how ~studyverb	-0.0438
purpose	how ~want	-0.0245
purpose	hunt	0.0669
purpose	hygienist	-0.0431
purpose	i	-0.3994
purpose	i am	0.6806
purpose	i appreci	-0.04
purpose	i ask	0.1182
purpose	i be	-0.0419
purpose	i can	-0.106
purpose	i commit	0.0294
purpose	i could	-0.0579
purpose	i did	-0.0298
purpose	i do	-0.1074
purpose	i email	0.0334
purpose	i figur	0.1152
purpose	i finish	-0.0313
purpose	i found	-0.03
purpose	i genuin	0.0336
purpose	i got	-0.0403
purpose	i had	-0.0679
purpose	i have	0.1021
purpose	i know	-0.2041
purpose	i learn	-0.0289
purpose	i like	-0.0236
purpose	i mention	-0.0306
purpose	i most	0.0928
purpose	i pick	0.111
purpose	i promis	-0.0296
purpose	i reach	0.2512
purpose	i read	-0.0479
purpose	i realli	0.0504
purpose	i should	-0.0425
purpose	i think	-0.2504
purpose	i took	-0.0754
purpose	i want	0.2716
purpose	i was	-0.047
purpose	i will	-0.3761
purpose	i work	0.0304
purpose	i would	0.0506
purpose	i ~contactverb	0.0793
purpose	i ~help	-0.1191
purpose	i ~insight	-0.0507
purpose	i ~learn	-0.0205
purpose	i ~studyverb	-0.1676
purpose	i ~talk	0.0294
purpose	i ~want	0.3525
purpose	icu	0.0243
purpose	icu nurs	0.0484
purpose	if	-0.4704
purpose	if a	-0.0331
purpose	if anyon	-0.023
purpose	if consult	0.0577
purpose	if i	-0.0275
purpose	if it	-0.0234
purpose	if that	-0.0619
purpose	if there	-0.069
purpose	if you	-0.2525
purpose	if your	-0.0328
purpose	if ~number	-0.0394
purpose	if ~people	-0.023
purpose	in	-0.3822
purpose	in a	0.0302
purpose	in audit	0.0574
purpose	in economist	-0.0294
purpose	in environment	-0.0221
purpose	in financ	0.0528
purpose	in general	0.0553
purpose	in health	-0.0258
purpose	in hospit	-0.0232
purpose	in hour	0.0515
purpose	in how	-0.0616
purpose	in i	0.0269
purpose	in my	-0.0602
purpose	in pediatr	0.0641
purpose	in polici	0.0489
purpose	in the	-0.1495
purpose	in this	-0.0476
purpose	in touch	-0.0507
purpose	in ux	-0.0325
purpose	in your	-0.1575
purpose	in ~contactverb	-0.0525
purpose	in ~limit	0.0515
purpose	in ~number	-0.1426
purpose	in ~org	-0.0333
purpose	in ~student	-0.032
purpose	in ~timeunit	0.0515
purpose	industri	0.1248
purpose	inform	0.1923
purpose	insid	0.1043
purpose	insid ~insight	0.0729
purpose	insight	0.1369
purpose	insight into	0.0826
purpose	instruct	0.1105
purpose	instruct design	0.1105
purpose	intent	0.0683
purpose	interest	-0.2496
purpose	interest in	-0.1828
purpose	intern	-0.0255
purpose	internship	-0.0638
purpose	internship in	-0.0285
purpose	interview	-0.0367
purpose	into	0.1798
purpose	into data	0.0309
purpose	into instruct	0.1549
purpose	into product	0.0494
purpose	into the	0.0916
purpose	into this	-0.0332
purpose	into your	-0.0443
purpose	into ~number	0.0993
purpose	intro	-0.0423
purpose	introduc	-0.0298
purpose	introduc me	-0.0231
purpose	introduct	-0.0311
purpose	involv	0.0972
purpose	involv day	0.0288
purpose	involv ~closing	0.0288
purpose	involv ~limit	0.0288
purpose	is	0.0607
purpose	is a	0.1265
purpose	is actual	0.097
purpose	is all	-0.0699
purpose	is anyon	-0.0282
purpose	is been	-0.0453
purpose	is ever	-0.0284
purpose	is everyth	-0.159
purpose	is for	0.0372
purpose	is gold	0.0233
purpose	is help	-0.0215
purpose	is how	0.0279
purpose	is it	-0.0677
purpose	is just	0.0372
purpose	is like	0.1615
purpose	is most	0.0386
purpose	is not	0.0995
purpose	is one	0.0312
purpose	is real	-0.0251
purpose	is realli	0.0219
purpose	is reassur	-0.0338
purpose	is that	0.0878
purpose	is the	-0.1298
purpose	is there	-0.1105
purpose	is to	0.1607
purpose	is worth	0.1959
purpose	is your	-0.0566
purpose	is ~want	0.0946
purpose	is ~workverb	-0.0561
purpose	it	-0.1457
purpose	it and	0.0695
purpose	it be	-0.0447
purpose	it common	-0.0209
purpose	it is	-0.0591
purpose	it more	0.0421
purpose	it seem	0.1178
purpose	it take	-0.0418
purpose	it there	-0.0282
purpose	it ~insight	-0.0466
purpose	it ~want	-0.0448
purpose	jenna	0.1126
purpose	job	0.3952
purpose	job ask	0.0626
purpose	job at	0.025
purpose	job hunt	0.0669
purpose	job i	0.0276
purpose	job out	0.063
purpose	journalist	0.0572
purpose	jump	0.1251
purpose	junior	-0.1498
purpose	junior at	-0.0818
purpose	junior ~student	-0.0448
purpose	just	0.5469
purpose	just curious	0.0728
purpose	just gather	0.1716
purpose	just so	0.0426
purpose	just to	0.1127
purpose	just tri	0.1576
purpose	just want	0.0428
purpose	just ~insight	0.0493
purpose	just ~want	0.2929
purpose	keen	0.0979
purpose	keep	-0.249
purpose	keep my	-0.0323
purpose	keep this	-0.0369
purpose	keep you	-0.1182
purpose	kid	-0.077
purpose	kid and	-0.0761
purpose	know	-0.3669
purpose	know how	-0.0473
purpose	know i	0.0335
purpose	know if	-0.0261
purpose	know we	-0.0204
purpose	know you	-0.0267
purpose	know your	-0.0528
purpose	lab	-0.0412
purpose	land	-0.0548
purpose	land ~number	-0.0413
purpose	landscap	0.0546
purpose	last	-0.1499
purpose	last question	-0.0282
purpose	last summer	-0.0343
purpose	late	-0.0318
purpose	later	-0.0207
purpose	law	-0.0272
purpose	learn	0.7577
purpose	learn about	0.0226
purpose	learn from	0.0387
purpose	learn how	0.1439
purpose	learn more	0.0294
purpose	learn not	0.0294
purpose	learn to	-0.0529
purpose	learn what	0.0671
purpose	learn whether	0.0448
purpose	leav	0.0458
purpose	leav it	-0.0301
purpose	left	0.0864
purpose	left the	0.0999
purpose	left ~number	0.0999
purpose	legal	-0.0681
purpose	let	-0.2176
purpose	let me	-0.0686
purpose	let us	-0.0286
purpose	let you	-0.1125
purpose	librari	0.0391
purpose	like	0.3767
purpose	like at	-0.0237
purpose	like for	0.0547
purpose	like from	-0.0259
purpose	like the	0.1169
purpose	like this	-0.0214
purpose	like work	-0.0284
purpose	like you	-0.0392
purpose	like ~number	0.0813
purpose	like ~workverb	-0.0299
purpose	line	-0.0469
purpose	line cook	-0.0356
purpose	linkedin	-0.0401
purpose	list	-0.0242
purpose	live	-0.0395
purpose	live in	-0.0395
purpose	local	-0.0385
purpose	logist	0.0662
purpose	long doe	-0.0246
purpose	long term	0.0458
purpose	look	0.2638
purpose	look at	-0.0426
purpose	look for	0.1878
purpose	look like	0.0817
purpose	look to	0.0506
purpose	lot	-0.0521
purpose	love	-0.0696
purpose	love a	-0.0317
purpose	love to	-0.03
purpose	love your	0.0331
purpose	love ~number	-0.044
purpose	lunch	-0.0467
purpose	lunch break	-0.0212
purpose	made	-0.0217
purpose	made the	0.0444
purpose	made you	-0.06
purpose	made ~number	0.0435
purpose	main	0.4794
purpose	main goal	0.0549
purpose	main reason	0.0806
purpose	main thing	0.1749
purpose	main want	0.0358
purpose	main ~want	0.1241
purpose	major	0.0333
purpose	major at	0.0232
purpose	make	-0.0824
purpose	make a	-0.0241
purpose	make sens	-0.0439
purpose	make someon	0.0387
purpose	make ~insight	-0.0439
purpose	make ~number	-0.0383
purpose	make ~people	0.0387
purpose	manag and	0.1153
purpose	manag the	-0.0274
purpose	manag ~number	-0.0337
purpose	mani	-0.0229
purpose	marcus	-0.0493
purpose	master	-0.0383
purpose	master in	-0.0221
purpose	master is	0.0234
purpose	materi	-0.035
purpose	matter most	-0.0446
purpose	may	-0.0349
purpose	mayb	-0.0257
purpose	me about	-0.0404
purpose	me an	0.0308
purpose	me better	0.0588
purpose	me for	-0.0257
purpose	me i	-0.0373
purpose	me in	-0.0369
purpose	me know	-0.0491
purpose	me so	0.0838
purpose	me some	0.0648
purpose	me through	-0.023
purpose	me thru	0.0879
purpose	me to	-0.0696
purpose	me today	0.0431
purpose	me understand	0.1203
purpose	me when	-0.0582
purpose	me with	0.0368
purpose	me ~learn	0.0677
purpose	med	-0.0241
purpose	med surg	-0.0241
purpose	medic	-0.094
purpose	meet	-0.0754
purpose	meet you	-0.0208
purpose	mention	0.0428
purpose	mention you	0.1113
purpose	mgmt	-0.0348
purpose	mid	-0.0225
purpose	mid size	-0.0225
purpose	might	0.1617
purpose	might be	0.1127
purpose	might suit	0.0591
purpose	mind	-0.0484
purpose	mind if	0.0758
purpose	mind of	-0.0603
purpose	mind we	0.0235
purpose	minut	-0.0828
purpose	minut i	-0.0443
purpose	minut so	0.0449
purpose	moment	0.0308
purpose	money	0.0306
purpose	month	0.0754
purpose	month to	-0.0234
purpose	more	0.2071
purpose	more about	0.0223
purpose	more of	-0.0361
purpose	more question	-0.0408
purpose	more ~insight	0.0582
purpose	most	-0.0271
purpose	most in	-0.0518
purpose	most just	0.0227
purpose	most to	0.0315
purpose	most want	0.0928
purpose	most ~want	0.133
purpose	move	0.0764
purpose	move into	0.1418
purpose	msw	0.0972
purpose	msw program	0.0972
purpose	msw ~degree	0.0287
purpose	much	-0.1587
purpose	much of	-0.0457
purpose	my	0.1509
purpose	my email	0.0356
purpose	my end	-0.0281
purpose	my goal	0.0858
purpose	my intent	0.0683
purpose	my internship	-0.0287
purpose	my kid	-0.0691
purpose	my main	0.088
purpose	my manag	-0.0361
purpose	my name	-0.0385
purpose	my next	0.0515
purpose	my nurs	-0.0234
purpose	my old	0.0462
purpose	my profess	0.1083
purpose	my question	-0.0505
purpose	my thesi	0.0335
purpose	my ~contactverb	0.0356
purpose	my ~degree	-0.0623
purpose	my ~gatekeeper	-0.0361
purpose	my ~sendverb	0.0348
purpose	my ~student	-0.0571
purpose	my ~talk	0.0346
purpose	myself	-0.0216
purpose	myself a	-0.0455
purpose	myself ~number	-0.0455
purpose	name	-0.0874
purpose	name is	-0.0385
purpose	name of	-0.0233
purpose	near	-0.0246
purpose	need	-0.2214
purpose	need a	-0.0359
purpose	need to	-0.1041
purpose	need ~number	-0.038
purpose	network	-0.0358
purpose	network who	-0.0213
purpose	network ~people	-0.0213
purpose	new	-0.0874
purpose	new to	-0.0279
purpose	next	0.1569
purpose	next step	0.2354
purpose	next week	-0.0487
purpose	next ~closing	-0.0487
purpose	next ~talk	-0.0216
purpose	nice	-0.0209
purpose	night shift	0.0345
purpose	no	0.4181
purpose	nonprofit	-0.0475
purpose	not	0.421
purpose	not a	0.0463
purpose	not about	0.0349
purpose	not ask	0.1206
purpose	not have	-0.0353
purpose	not hesit	-0.0249
purpose	not job	0.0669
purpose	not look	0.1555
purpose	not sure	-0.0524
purpose	not to	0.1173
purpose	not tri	-0.0239
purpose	not want	-0.1083
purpose	not worri	0.1114
purpose	not ~job	0.0669
purpose	not ~learn	0.0576
purpose	not ~number	0.0463
purpose	not ~want	0.0462
purpose	note	-0.0529
purpose	noth	0.1542
purpose	noth more	0.1542
purpose	now	-0.2358
purpose	now i	-0.0866
purpose	nurs	-0.0222
purpose	nurs and	0.0467
purpose	of	0.3265
purpose	of a	-0.0624
purpose	of an	0.0421
purpose	of anyth	-0.0203
purpose	of it	0.0504
purpose	of my	0.057
purpose	of peopl	-0.0273
purpose	of the	0.1141
purpose	of this	0.2165
purpose	of today	0.1011
purpose	of what	0.0257
purpose	of work	0.0575
purpose	of your	-0.2249
purpose	of ~insight	-0.0226
purpose	of ~learn	0.0598
purpose	of ~number	0.0923
purpose	of ~people	-0.0447
purpose	of ~workverb	0.0501
purpose	off	-0.1174
purpose	off to	-0.0701
purpose	offer	0.0861
purpose	offic	-0.0276
purpose	oh	-0.029
purpose	ohio	-0.0504
purpose	ohio state	-0.0504
purpose	ok	-0.1684
purpose	ok i	-0.1312
purpose	ok that	-0.0469
purpose	ok to	-0.0227
purpose	okafor	0.1072
purpose	old	0.0397
purpose	on	0.0606
purpose	on a	0.0793
purpose	on how	0.0317
purpose	on linkedin	-0.0375
purpose	on my	-0.0223
purpose	on what	0.1223
purpose	on whether	0.3019
purpose	on your	-0.0891
purpose	on ~number	0.0573
purpose	onboard	-0.0205
purpose	onc	-0.0603
purpose	onc i	-0.0409
purpose	one	-0.0593
purpose	onli	0.1063
purpose	onli got	0.0291
purpose	onli to	0.08
purpose	onlin	0.0297
purpose	open	-0.0695
purpose	open i	0.0478
purpose	open to	-0.0226
purpose	open up	-0.0215
purpose	opinion	0.0358
purpose	option	-0.0228
purpose	or	0.0885
purpose	or anyth	0.136
purpose	other	-0.0491
purpose	other ~people	-0.0225
purpose	our	-0.0225
purpose	out	0.5503
purpose	out about	-0.0352
purpose	out and	-0.0352
purpose	out becaus	0.1178
purpose	out i	0.0263
purpose	out if	0.0862
purpose	out of	0.2276
purpose	out to	0.0703
purpose	out whether	0.08
purpose	outsid	0.0778
purpose	over	-0.0963
purpose	own	0.0852
purpose	pack	-0.0203
purpose	paraleg	-0.0808
purpose	paraleg at	-0.0255
purpose	paraleg now	-0.0422
purpose	parent	-0.0374
purpose	part	-0.148
purpose	part of	-0.1157
purpose	part time	-0.0224
purpose	part ~limit	-0.0224
purpose	pass my	-0.0336
purpose	patel	0.0471
purpose	path	0.1616
purpose	path from	0.0245
purpose	patient	-0.0296
purpose	pay	-0.0385
purpose	pediatr	0.0641
purpose	peopl	0.2866
purpose	peopl from	0.0234
purpose	peopl get	0.0349
purpose	peopl in	0.0704
purpose	peopl to	0.0336
purpose	peopl who	0.1738
purpose	peopl you	-0.0307
purpose	peopl ~learn	0.0349
purpose	peopl ~people	0.1738
purpose	person	0.0939
purpose	person to	0.1451
purpose	perspect	0.1789
purpose	pharmaci	-0.039
purpose	phd	0.088
purpose	pick	0.1847
purpose	pick a	0.111
purpose	pick your	0.1039
purpose	pick ~number	0.1054
purpose	pictur	0.1565
purpose	pictur of	0.0879
purpose	place	-0.0685
purpose	plan	0.0446
purpose	plan is	0.0348
purpose	plan to	0.0573
purpose	pleas	-0.0235
purpose	pleas let	-0.0299
purpose	point of	0.0443
purpose	polici	0.0834
purpose	polit	0.0226
purpose	polit scienc	0.0231
purpose	portfolio	-0.0539
purpose	posit	0.0899
purpose	post	-0.0244
purpose	practic	0.0581
purpose	prepar	-0.112
purpose	prerequisit	-0.0245
purpose	pretti	-0.0416
purpose	privat	-0.0508
purpose	privat sector	-0.0508
purpose	priya	0.1726
purpose	process	-0.0457
purpose	product	0.08
purpose	product manag	0.0612
purpose	profess	0.0849
purpose	profession	-0.0251
purpose	program	0.022
purpose	program at	0.024
purpose	project	-0.1539
purpose	project manag	-0.0578
purpose	promis	0.4906
purpose	promis i	-0.0282
purpose	psych	0.0486
purpose	psycholog	-0.0451
purpose	psycholog and	-0.0441
purpose	public	-0.0517
purpose	public health	-0.0329
purpose	public polici	0.0259
purpose	publish	0.0347
purpose	put	-0.0475
purpose	python	-0.0268
purpose	q	0.0282
purpose	question	-0.1749
purpose	question i	-0.0201
purpose	quick	-0.1251
purpose	quick background	-0.0703
purpose	quit	-0.0299
purpose	rais	-0.0705
purpose	rais my	-0.0691
purpose	rather	0.1217
purpose	rather than	0.1372
purpose	reach	0.2062
purpose	reach out	0.2097
purpose	read	-0.0296
purpose	read about	0.0396
purpose	read to	-0.0479
purpose	real	-0.0383
purpose	realist	0.2227
purpose	realist pictur	0.0258
purpose	realist sens	0.1119
purpose	realist ~insight	0.1376
purpose	realiti	0.1622
purpose	realiti of	0.1622
purpose	realli	0.0563
purpose	realli appreci	-0.0341
purpose	realli interest	-0.0642
purpose	realli just	0.0355
purpose	realli reassur	-0.0632
purpose	realli valu	0.0367
purpose	realli want	0.1109
purpose	realli ~want	0.1592
purpose	reason	0.1885
purpose	reason of	0.0955
purpose	reassur	-0.0969
purpose	reassur to	-0.0723
purpose	receiv	0.0521
purpose	recommend	-0.0758
purpose	recruit	-0.0532
purpose	refer	-0.0335
purpose	refer me	-0.0212
purpose	referr	-0.0287
purpose	relat	0.0209
purpose	renew	0.0462
purpose	report	-0.024
purpose	request	0.1029
purpose	requir	-0.0242
purpose	research	-0.0902
purpose	research with	-0.0377
purpose	respect	-0.0441
purpose	rest	-0.0276
purpose	rest of	-0.0276
purpose	retail manag	0.0344
purpose	retir	0.04
purpose	retrain	0.0368
purpose	return	-0.0862
purpose	return the	-0.0309
purpose	return ~number	-0.0309
purpose	review	-0.039
purpose	right	-0.0711
purpose	right now	-0.0203
purpose	role	0.0985
purpose	role at	-0.0267
purpose	role in	0.0809
purpose	rout	0.0788
purpose	run	-0.054
purpose	rutger	-0.0269
purpose	said	0.1149
purpose	said you	0.1432
purpose	salari	-0.0502
purpose	sale	0.0398
purpose	sam	0.0278
purpose	same	-0.0292
purpose	say	-0.0443
purpose	say thank	-0.0213
purpose	schedul	-0.0404
purpose	school	0.0574
purpose	school chemistri	-0.0248
purpose	school is	0.0264
purpose	school ~student	0.096
purpose	scienc	0.0356
purpose	scienc and	0.1062
purpose	search	0.0497
purpose	second	-0.0234
purpose	second year	-0.0605
purpose	second ~duration	-0.0605
purpose	sector	0.0498
purpose	see	-0.0328
purpose	see if	-0.0502
purpose	see the	0.0223
purpose	see we	-0.0224
purpose	see ~number	0.0223
purpose	seem	0.1501
purpose	seem like	0.1178
purpose	self	-0.0547
purpose	self taught	-0.0547
purpose	self ~workverb	-0.0547
purpose	semest	-0.0263
purpose	send	-0.1066
purpose	send a	-0.0265
purpose	send me	-0.0238
purpose	send you	-0.0372
purpose	send ~number	-0.0265
purpose	senior	0.0895
purpose	senior at	0.0361
purpose	sens	0.0686
purpose	sens of	0.1143
purpose	serious	-0.0259
purpose	serv	0.1319
purpose	servic	0.0401
purpose	shall	-0.1219
purpose	share	-0.0571
purpose	share what	-0.0274
purpose	shift	-0.0378
purpose	shop	-0.0269
purpose	short	-0.0953
purpose	short summari	-0.0262
purpose	should	-0.2062
purpose	should i	-0.1326
purpose	should talk	-0.0279
purpose	should ~talk	-0.0327
purpose	side	-0.0273
purpose	side if	-0.0204
purpose	six	-0.0589
purpose	six year	-0.0569
purpose	six ~duration	-0.0589
purpose	size	-0.0225
purpose	size firm	-0.0225
purpose	size ~org	-0.0225
purpose	skill	-0.0847
purpose	skill should	-0.0233
purpose	skill that	-0.0569
purpose	smartest	0.117
purpose	so	0.0746
purpose	so ani	0.0556
purpose	so basic	0.0435
purpose	so how	-0.0234
purpose	so i	0.049
purpose	so if	-0.0332
purpose	so just	-0.0583
purpose	so much	-0.0388
purpose	so pleas	0.0377
purpose	so the	-0.0312
purpose	so this	0.0262
purpose	so ~number	-0.0417
purpose	social	0.0864
purpose	social work	0.0864
purpose	social ~learn	0.0864
purpose	social ~workverb	0.0864
purpose	some	0.2505
purpose	some advic	0.0596
purpose	some insight	0.0826
purpose	some ~insight	0.235
purpose	someon	-0.0399
purpose	someon good	0.0437
purpose	someon in	0.0527
purpose	someon to	-0.0293
purpose	someon tri	-0.0723
purpose	someon who	-0.0215
purpose	someon ~people	-0.0215
purpose	someon ~want	-0.0839
purpose	someth	-0.0601
purpose	somewher	-0.0211
purpose	sophomor	0.1126
purpose	sophomor ~studyverb	0.1004
purpose	sorri	-0.1055
purpose	sorri i	-0.059
purpose	sound	0.0408
purpose	spanish	-0.0256
purpose	speak	-0.0359
purpose	special	0.0452
purpose	spend	0.0678
purpose	spent	-0.0267
purpose	spent eight	-0.0242
purpose	spent six	0.0215
purpose	spreadsheet	-0.0291
purpose	spring	0.0893
purpose	staff	-0.0249
purpose	stage	0.1836
purpose	stakehold	-0.0315
purpose	stakehold manag	-0.0275
purpose	start	-0.0792
purpose	start to	-0.042
purpose	state	-0.0236
purpose	state studi	-0.0441
purpose	state ~studyverb	-0.0504
purpose	stay	-0.0467
purpose	stay at	-0.0428
purpose	stay in	0.026
purpose	step	0.2126
purpose	still	-0.0504
purpose	stop	-0.0725
purpose	stop me	-0.0313
purpose	structur	-0.0215
purpose	student	-0.0677
purpose	student in	0.0718
purpose	student who	-0.0488
purpose	student ~people	-0.0488
purpose	studi polit	0.0231
purpose	studi psycholog	-0.0441
purpose	suggest	0.1289
purpose	suggest i	0.0992
purpose	suit	0.1538
purpose	suit me	0.1063
purpose	summari	-0.0281
purpose	summari of	-0.0281
purpose	summer	-0.092
purpose	summer to	-0.021
purpose	super	-0.0325
purpose	suppli	0.052
purpose	suppli chain	0.052
purpose	sure	-0.0622
purpose	sure i	-0.0457
purpose	surg	-0.0241
purpose	switch from	-0.106
purpose	switch into	0.1544
purpose	system	-0.0621
purpose	take	-0.2283
purpose	take care	-0.0377
purpose	take on	-0.051
purpose	take to	-0.0233
purpose	take up	-0.0525
purpose	take ~number	-0.0305
purpose	talk	0.3085
purpose	talk to	0.2615
purpose	talk with	-0.0364
purpose	taught	-0.0616
purpose	teach	-0.1071
purpose	teach high	-0.026
purpose	teach myself	-0.0279
purpose	teach to	-0.0444
purpose	teacher	-0.027
purpose	team	-0.1139
purpose	tech	-0.0267
purpose	tell	-0.0835
purpose	tell me	-0.0552
purpose	tell you	-0.0263
purpose	ten	-0.026
purpose	ten year	-0.0244
purpose	ten ~duration	-0.0244
purpose	term	0.0874
purpose	test	-0.0659
purpose	tester	-0.021
purpose	than	0.282
purpose	than a	0.0297
purpose	than ask	0.0634
purpose	than i	0.0654
purpose	than ~number	0.0297
purpose	thank	-0.4811
purpose	thank again	-0.029
purpose	thank for	-0.0972
purpose	thank to	-0.0541
purpose	thank you	-0.1854
purpose	thank ~later	-0.029
purpose	that	-0.5491
purpose	that cover	-0.1387
purpose	that is	-0.2038
purpose	that make	-0.0431
purpose	that ~number	-0.0257
purpose	that ~want	-0.0256
purpose	the	0.1767
purpose	the armi	0.0511
purpose	the articl	-0.0202
purpose	the best	0.0531
purpose	the career	0.0288
purpose	the certif	0.0351
purpose	the clinic	-0.0975
purpose	the clock	-0.0207
purpose	the cultur	-0.0392
purpose	the day	0.1053
purpose	the exam	-0.0949
purpose	the favor	-0.0302
purpose	the field	0.2387
purpose	the first	-0.0705
purpose	the half	-0.0281
purpose	the hardest	-0.0322
purpose	the hour	0.0655
purpose	the icu	-0.0241
purpose	the insid	0.0877
purpose	the job	-0.0583
purpose	the jump	0.1122
purpose	the landscap	0.0546
purpose	the main	0.2225
purpose	the moment	0.034
purpose	the most	-0.0237
purpose	the path	0.0247
purpose	the point	0.0425
purpose	the portfolio	-0.0235
purpose	the realiti	0.1622
purpose	the reason	0.1119
purpose	the role	0.1024
purpose	the salari	-0.0424
purpose	the same	-0.023
purpose	the skill	-0.0569
purpose	the smartest	0.117
purpose	the spring	0.0904
purpose	the student	-0.0452
purpose	the switch	0.0898
purpose	the time	-0.0637
purpose	the ~closing	0.0724
purpose	the ~gatekeeper	-0.0214
purpose	the ~hiring	-0.0235
purpose	the ~job	0.0209
purpose	the ~limit	0.0331
purpose	the ~number	-0.0478
purpose	the ~org	-0.0255
purpose	the ~people	-0.05
purpose	the ~student	-0.0223
purpose	the ~timeunit	0.0655
purpose	their	0.0435
purpose	then	-0.0206
purpose	there	-0.3448
purpose	there a	-0.0636
purpose	there ani	-0.0275
purpose	there anyon	-0.0254
purpose	there anyth	-0.0229
purpose	there i	-0.0217
purpose	there is	-0.0714
purpose	there other	-0.0215
purpose	there someon	0.0447
purpose	there someth	-0.0217
purpose	there ~number	-0.0786
purpose	thesi	0.0335
purpose	they	-0.0337
purpose	they are	-0.0246
purpose	thing	0.0369
purpose	thing i	0.1749
purpose	thing is	-0.0267
purpose	think	-0.3336
purpose	think i	-0.0629
purpose	think of	-0.0247
purpose	think that	-0.2035
purpose	think we	-0.0247
purpose	thirti	0.0208
purpose	thirti minut	0.0235
purpose	thirti ~limit	0.0235
purpose	thirti ~timeunit	0.0235
purpose	this	0.1701
purpose	this call	0.0421
purpose	this career	0.062
purpose	this convers	0.0281
purpose	this countri	0.0445
purpose	this field	-0.0214
purpose	this i	0.031
purpose	this is	0.1927
purpose	this summer	-0.0393
purpose	this to	-0.032
purpose	this work	0.0389
purpose	this ~closing	-0.0269
purpose	this ~contactverb	0.0421
purpose	this ~learn	0.0389
purpose	this ~talk	0.0905
purpose	this ~workverb	0.0389
purpose	thought	-0.03
purpose	three	-0.0358
purpose	three year	-0.0328
purpose	three ~duration	-0.0328
purpose	through	-0.0928
purpose	through ~number	-0.0351
purpose	thru	0.0879
purpose	thru what	0.0879
purpose	time	-0.2989
purpose	time so	-0.0495
purpose	to	0.2605
purpose	to a	0.0316
purpose	to about	0.1309
purpose	to ask	-0.0673
purpose	to chat	0.0976
purpose	to check	-0.0421
purpose	to coder	-0.0566
purpose	to day	0.1385
purpose	to decid	0.1362
purpose	to end	-0.0213
purpose	to figur	0.105
purpose	to find	-0.0323
purpose	to finish	-0.0217
purpose	to get	0.0383
purpose	to give	0.0289
purpose	to go	-0.0248
purpose	to hear	0.2614
purpose	to help	-0.064
purpose	to hour	0.0271
purpose	to instruct	-0.0444
purpose	to keep	-0.145
purpose	to know	-0.1124
purpose	to learn	0.3294
purpose	to let	-0.0397
purpose	to me	-0.024
purpose	to mind	-0.0677
purpose	to my	-0.0511
purpose	to pass	0.0224
purpose	to peopl	0.2306
purpose	to pick	0.0918
purpose	to rais	-0.0705
purpose	to receiv	0.0521
purpose	to see	-0.0502
purpose	to send	-0.0294
purpose	to share	-0.0297
purpose	to someon	-0.0483
purpose	to stay	-0.0348
purpose	to take	-0.0989
purpose	to talk	0.1702
purpose	to the	-0.0892
purpose	to think	-0.0274
purpose	to this	-0.0324
purpose	to tri	-0.0246
purpose	to understand	0.5366
purpose	to work	-0.1415
purpose	to you	-0.0299
purpose	to your	-0.1026
purpose	to ~closing	0.1385
purpose	to ~contactverb	-0.0206
purpose	to ~insight	-0.0989
purpose	to ~job	0.0936
purpose	to ~learn	0.9245
purpose	to ~limit	0.1656
purpose	to ~number	-0.0901
purpose	to ~people	0.1732
purpose	to ~sendverb	-0.0392
purpose	to ~talk	0.1543
purpose	to ~timeunit	0.0271
purpose	to ~want	-0.0246
purpose	to ~workverb	-0.1515
purpose	today	0.2517
purpose	today is	0.1383
purpose	togeth	-0.0282
purpose	told	0.0572
purpose	tonight	-0.0235
purpose	too	-0.0865
purpose	too much	-0.0538
purpose	took	-0.0758
purpose	took about	-0.0691
purpose	total	0.0346
purpose	touch	-0.0517
purpose	toward	-0.0277
purpose	transfer	0.0761
purpose	transit	-0.0621
purpose	tri	0.0877
purpose	tri to	0.1302
purpose	turnaround	0.0551
purpose	twenti	0.1096
purpose	twice	-0.0268
purpose	two year	0.0316
purpose	typic	0.022
purpose	typic week	-0.0391
purpose	typic ~closing	-0.0423
purpose	understand	0.6482
purpose	understand better	0.0654
purpose	understand how	0.1742
purpose	understand the	0.178
purpose	understand what	0.118
purpose	understand whether	0.0815
purpose	understand ~number	0.178
purpose	uni	-0.0219
purpose	up	-0.2574
purpose	up ani	-0.0326
purpose	up my	-0.0278
purpose	up with	-0.0305
purpose	us	-0.0315
purpose	use	-0.1062
purpose	use to	-0.0474
purpose	usual	-0.0425
purpose	ux	-0.0683
purpose	ux research	-0.0577
purpose	ux ~learn	-0.0558
purpose	valu	0.0584
purpose	valu your	0.0733
purpose	veri much	0.0332
purpose	volunt	-0.0609
purpose	volunt at	-0.0277
purpose	vs	0.0305
purpose	wait	-0.041
purpose	wait so	-0.0236
purpose	walk	0.06
purpose	walk me	0.0648
purpose	want	0.4544
purpose	want to	0.1441
purpose	want your	0.0935
purpose	was	-0.1023
purpose	was a	-0.0981
purpose	was hope	0.0873
purpose	was ~number	-0.1125
purpose	was ~want	0.0593
purpose	way to	-0.0341
purpose	we	-0.2648
purpose	we agre	-0.0235
purpose	we are	-0.1193
purpose	we can	-0.0247
purpose	we onli	-0.0247
purpose	week	-0.0789
purpose	week and	-0.0331
purpose	week look	0.0948
purpose	week to	-0.0233
purpose	weekend	-0.0326
purpose	welcom	0.0772
purpose	well	-0.0435
purpose	well i	-0.0368
purpose	went	-0.0504
purpose	were	-0.0507
purpose	what	0.0882
purpose	what a	0.1632
purpose	what advic	-0.0331
purpose	what could	-0.0288
purpose	what do	-0.0301
purpose	what doe	-0.0673
purpose	what i	0.1377
purpose	what is	-0.1788
purpose	what made	-0.0635
purpose	what make	0.0332
purpose	what should	-0.0763
purpose	what the	0.1462
purpose	what would	-0.0453
purpose	what your	0.0205
purpose	what ~help	-0.0301
purpose	what ~insight	-0.0331
purpose	what ~number	0.3073
purpose	what ~want	-0.0453
purpose	when	-0.0976
purpose	when you	-0.0765
purpose	where	-0.0581
purpose	whether	0.595
purpose	whether a	0.163
purpose	whether an	0.0432
purpose	whether my	0.0477
purpose	whether nurs	0.0414
purpose	whether this	0.0579
purpose	whether to	0.0619
purpose	whether ~number	0.2002
purpose	whether ~student	0.0654
purpose	whi	0.1264
purpose	whi i	0.1523
purpose	which	-0.0838
purpose	which is	-0.0271
purpose	which path	0.0478
purpose	while	0.0269
purpose	who	-0.1086
purpose	who doe	0.0577
purpose	who els	-0.0516
purpose	who have	0.1382
purpose	who is	-0.0886
purpose	who made	-0.0811
purpose	who work	0.0864
purpose	who would	-0.0364
purpose	who ~learn	0.0291
purpose	who ~want	-0.0364
purpose	who ~workverb	0.024
purpose	will	-0.375
purpose	will be	-0.0282
purpose	will jump	0.0273
purpose	will keep	-0.0423
purpose	will let	-0.0612
purpose	will not	-0.0276
purpose	will send	-0.0361
purpose	will tri	-0.0461
purpose	will wrap	-0.0241
purpose	will ~sendverb	-0.0668
purpose	will ~want	-0.0477
purpose	wish	-0.021
purpose	wish you	-0.022
purpose	with	-0.1955
purpose	with me	-0.0296
purpose	with my	-0.0272
purpose	with the	-0.0396
purpose	with you	-0.0228
purpose	with ~number	-0.026
purpose	wonder	0.0432
purpose	wonder whether	0.0462
purpose	work	0.162
purpose	work actual	0.1307
purpose	work as	-0.0347
purpose	work at	-0.0301
purpose	work for	-0.0411
purpose	work in	0.0447
purpose	work is	0.1526
purpose	work on	-0.0571
purpose	work with	-0.0293
purpose	work ~want	-0.0789
purpose	world	0.0475
purpose	worri	0.0792
purpose	worri about	-0.0204
purpose	worri i	0.1114
purpose	worth	0.1296
purpose	worth it	0.154
purpose	worth the	0.0261
purpose	worth ~number	0.0245
purpose	worth ~talk	-0.0326
purpose	would	0.0974
purpose	would be	0.1392
purpose	would have	0.0223
purpose	would it	-0.0609
purpose	would like	0.147
purpose	would love	-0.0366
purpose	would realli	0.0498
purpose	would recommend	-0.0394
purpose	would suggest	-0.0224
purpose	would you	-0.1392
purpose	would ~talk	-0.0508
purpose	would ~want	0.0381
purpose	wow	0.0335
purpose	wow ok	0.0585
purpose	wrap	-0.058
purpose	wrap up	-0.0474
purpose	yeah	-0.0328
purpose	year	-0.4352
purpose	year account	-0.073
purpose	year ago	-0.046
purpose	year and	0.0439
purpose	year at	0.0422
purpose	year in	0.0591
purpose	year into	0.0288
purpose	year most	-0.0393
purpose	year of	-0.0631
purpose	year off	-0.0691
purpose	year ~want	-0.044
purpose	yet	-0.0474
purpose	yet i	-0.0392
purpose	you	-0.642
purpose	you a	-0.0661
purpose	you advic	-0.0457
purpose	you again	-0.0211
purpose	you agre	-0.025
purpose	you and	0.0235
purpose	you balanc	0.027
purpose	you be	-0.085
purpose	you becaus	0.0602
purpose	you can	0.1351
purpose	you could	-0.06
purpose	you decid	-0.0867
purpose	you did	-0.0392
purpose	you end	0.0261
purpose	you ever	-0.0558
purpose	you for	0.1062
purpose	you get	-0.0518
purpose	you give	-0.0425
purpose	you go	-0.0261
purpose	you have	-0.0836
purpose	you hear	-0.0219
purpose	you know	-0.0611
purpose	you made	0.1105
purpose	you mention	-0.0254
purpose	you might	0.0768
purpose	you mind	0.0848
purpose	you need	-0.1137
purpose	you on	-0.0214
purpose	you onli	0.0227
purpose	you recommend	-0.0281
purpose	you said	-0.0355
purpose	you see	0.0817
purpose	you suggest	-0.0282
purpose	you tell	-0.0212
purpose	you think	-0.024
purpose	you walk	0.0823
purpose	you want	-0.0601
purpose	you went	-0.034
purpose	you were	-0.0334
purpose	you with	0.0594
purpose	you would	0.249
purpose	you ~help	-0.0537
purpose	you ~hiring	-0.0204
purpose	you ~insight	-0.0507
purpose	you ~later	-0.0246
purpose	you ~learn	-0.0799
purpose	you ~number	-0.0784
purpose	you ~sendverb	-0.0214
purpose	you ~studyverb	-0.0562
purpose	you ~talk	-0.0233
purpose	you ~want	0.1604
purpose	your	-0.2451
purpose	your advic	0.1804
purpose	your afternoon	-0.0473
purpose	your brain	0.1059
purpose	your compani	0.0271
purpose	your evening	-0.0335
purpose	your experi	0.0624
purpose	your firm	-0.0451
purpose	your first	-0.075
purpose	your former	-0.0248
purpose	your honest	0.0783
purpose	your lunch	-0.0363
purpose	your network	-0.0264
purpose	your next	-0.0228
purpose	your own	0.0997
purpose	your perspect	0.1584
purpose	your recruit	-0.0303
purpose	your role	-0.0383
purpose	your team	-0.0687
purpose	your time	-0.113
purpose	your week	-0.0322
purpose	your work	0.0674
purpose	your ~closing	-0.1238
purpose	your ~gatekeeper	-0.0233
purpose	your ~hiring	-0.0414
purpose	your ~insight	0.4191
purpose	your ~job	-0.0565
purpose	your ~learn	0.0664
purpose	your ~limit	-0.2245
purpose	your ~org	-0.128
purpose	your ~talk	-0.0287
purpose	your ~workverb	0.0674
purpose	z	-0.0317
purpose	z perspect	-0.0317
purpose	z ~insight	-0.0317
purpose	~application	-0.0228
purpose	~application to	-0.0234
purpose	~closing	-0.027
purpose	~closing actual	0.0634
purpose	~closing and	-0.0377
purpose	~closing is	0.0325
purpose	~closing look	0.1163
purpose	~closing of	-0.0276
purpose	~closing shift	0.0345
purpose	~closing to	0.1168
purpose	~contactverb	-0.1009
purpose	~contactverb out	0.0578
purpose	~contactverb you	-0.0327
purpose	~degree	-0.0577
purpose	~degree actual	0.044
purpose	~degree grad	0.0363
purpose	~degree in	-0.1162
purpose	~degree is	0.0949
purpose	~degree program	-0.0332
purpose	~duration	-0.3306
purpose	~duration account	-0.073
purpose	~duration ago	-0.046
purpose	~duration and	0.0439
purpose	~duration at	0.0422
purpose	~duration in	0.0514
purpose	~duration most	-0.0393
purpose	~duration of	-0.0631
purpose	~duration off	-0.0691
purpose	~gatekeeper	-0.0729
purpose	~gatekeeper manag	-0.0211
purpose	~help	-0.3403
purpose	~help i	-0.0246
purpose	~help me	0.1951
purpose	~help peopl	-0.047
purpose	~help someon	-0.0357
purpose	~help the	-0.0368
purpose	~help this	-0.0321
purpose	~help to	-0.035
purpose	~help with	-0.0559
purpose	~help you	-0.1907
purpose	~hiring	-0.1564
purpose	~hiring manag	-0.0211
purpose	~insight	1.1061
purpose	~insight a	-0.0239
purpose	~insight about	0.0389
purpose	~insight care	-0.0377
purpose	~insight for	-0.0337
purpose	~insight from	0.1935
purpose	~insight i	0.0244
purpose	~insight into	0.1023
purpose	~insight not	0.0347
purpose	~insight of	0.2209
purpose	~insight on	0.2793
purpose	~insight someon	-0.0457
purpose	~insight to	-0.0705
purpose	~insight up	-0.0515
purpose	~insight would	0.0404
purpose	~insight you	0.0601
purpose	~job	0.5407
purpose	~job a	0.0238
purpose	~job ask	0.0626
purpose	~job hunt	0.0669
purpose	~job i	0.0887
purpose	~job in	0.0477
purpose	~job or	0.0803
purpose	~job out	0.0613
purpose	~job right	0.0414
purpose	~job that	-0.0235
purpose	~later	-0.1141
purpose	~learn	0.6253
purpose	~learn a	0.1219
purpose	~learn about	0.0609
purpose	~learn actual	0.1307
purpose	~learn and	0.0781
purpose	~learn back	-0.1064
purpose	~learn better	0.0585
purpose	~learn for	-0.0221
purpose	~learn from	0.0593
purpose	~learn how	0.5346
purpose	~learn i	0.0511
purpose	~learn if	-0.092
purpose	~learn in	0.0249
purpose	~learn into	-0.0311
purpose	~learn is	0.1141
purpose	~learn it	0.0319
purpose	~learn late	-0.0286
purpose	~learn me	-0.0483
purpose	~learn more	0.0259
purpose	~learn of	-0.0203
purpose	~learn on	-0.0252
purpose	~learn out	0.3565
purpose	~learn so	0.02
purpose	~learn some	0.0586
purpose	~learn that	0.0321
purpose	~learn the	0.1809
purpose	~learn their	-0.0231
purpose	~learn to	-0.0379
purpose	~learn we	-0.0428
purpose	~learn what	0.2463
purpose	~learn whether	0.1203
purpose	~learn with	-0.0443
purpose	~learn you	0.1182
purpose	~learn your	0.1555
purpose	~limit	-0.2434
purpose	~limit at	0.0519
purpose	~limit break	-0.0212
purpose	~limit for	-0.024
purpose	~limit i	-0.0569
purpose	~limit is	0.0381
purpose	~limit look	0.0215
purpose	~limit to	0.1187
purpose	~limit today	-0.0369
purpose	~number	-0.242
purpose	~number armi	0.0434
purpose	~number articl	-0.0202
purpose	~number best	0.0531
purpose	~number better	0.0573
purpose	~number big	-0.0209
purpose	~number bit	-0.0275
purpose	~number certif	0.0243
purpose	~number chemistri	-0.0266
purpose	~number clinic	-0.0359
purpose	~number clock	-0.0207
purpose	~number colleagu	0.0465
purpose	~number come	0.0209
purpose	~number communiti	0.0437
purpose	~number coupl	-0.0406
purpose	~number cultur	-0.0392
purpose	~number day	0.1044
purpose	~number decad	-0.0322
purpose	~number degre	-0.0597
purpose	~number dental	-0.0431
purpose	~number exam	-0.0949
purpose	~number favor	-0.0302
purpose	~number feel	0.0339
purpose	~number few	0.1131
purpose	~number field	0.3497
purpose	~number first	-0.022
purpose	~number fit	0.0272
purpose	~number gen	-0.0317
purpose	~number good	-0.0762
purpose	~number grad	0.0565
purpose	~number great	-0.0307
purpose	~number half	-0.0281
purpose	~number hand	0.1261
purpose	~number hardest	-0.0322
purpose	~number high	0.0606
purpose	~number hospit	0.1647
purpose	~number hour	0.0213
purpose	~number icu	0.0235
purpose	~number insid	0.1064
purpose	~number intro	-0.0242
purpose	~number job	0.2617
purpose	~number jump	0.1122
purpose	~number junior	-0.135
purpose	~number landscap	0.0546
purpose	~number last	-0.0287
purpose	~number line	-0.0448
purpose	~number logist	-0.0202
purpose	~number lot	-0.0521
purpose	~number main	0.2225
purpose	~number major	0.0302
purpose	~number mid	-0.0225
purpose	~number minut	-0.0767
purpose	~number moment	0.034
purpose	~number month	-0.0203
purpose	~number most	-0.0237
purpose	~number move	0.077
purpose	~number name	-0.0315
purpose	~number new	-0.0443
purpose	~number next	0.0516
purpose	~number night	0.0225
purpose	~number nurs	-0.0231
purpose	~number on	0.0691
purpose	~number onlin	0.0332
purpose	~number open	-0.0293
purpose	~number paraleg	-0.094
purpose	~number part	-0.0299
purpose	~number path	0.073
purpose	~number peopl	0.04
purpose	~number phd	0.0632
purpose	~number point	0.0425
purpose	~number portfolio	-0.0266
purpose	~number posit	0.0643
purpose	~number program	-0.0201
purpose	~number project	-0.0251
purpose	~number quick	-0.0209
purpose	~number realist	0.1366
purpose	~number realiti	0.1622
purpose	~number reason	0.1119
purpose	~number recent	0.0283
purpose	~number referr	-0.0211
purpose	~number research	-0.0251
purpose	~number role	0.1249
purpose	~number salari	-0.0424
purpose	~number same	-0.023
purpose	~number senior	0.0409
purpose	~number shall	-0.0314
purpose	~number short	-0.0439
purpose	~number skill	-0.0603
purpose	~number smartest	0.117
purpose	~number sophomor	0.0809
purpose	~number spring	0.0891
purpose	~number stay	-0.0428
purpose	~number student	-0.0654
purpose	~number switch	0.0898
purpose	~number time	-0.0658
purpose	~number turnaround	0.0551
purpose	~number typic	0.0352
purpose	~number vet	0.0245
purpose	~number week	-0.0204
purpose	~number work	0.0242
purpose	~number year	-0.116
purpose	~org	-0.2645
purpose	~org and	0.0363
purpose	~org chemistri	-0.0248
purpose	~org ever	-0.0311
purpose	~org for	-0.0261
purpose	~org i	-0.0266
purpose	~org if	-0.0272
purpose	~org is	0.0255
purpose	~org of	-0.0206
purpose	~org or	0.0377
purpose	~org work	0.0439
purpose	~people	-0.0589
purpose	~people actual	0.0295
purpose	~people at	0.0278
purpose	~people come	-0.0561
purpose	~people do	-0.0215
purpose	~people doe	0.0577
purpose	~people els	-0.0987
purpose	~people from	0.0222
purpose	~people get	0.0318
purpose	~people good	0.0437
purpose	~people have	0.1349
purpose	~people in	0.0839
purpose	~people is	-0.0886
purpose	~people made	-0.0811
purpose	~people on	-0.0245
purpose	~people to	0.1494
purpose	~people tri	-0.0723
purpose	~people who	0.122
purpose	~people work	0.0845
purpose	~people would	-0.0507
purpose	~people you	-0.0425
purpose	~sendverb	-0.1821
purpose	~sendverb a	-0.0265
purpose	~sendverb me	-0.0238
purpose	~sendverb my	-0.0411
purpose	~sendverb on	0.0252
purpose	~sendverb what	-0.026
purpose	~sendverb you	-0.0772
purpose	~student	-0.0786
purpose	~student and	0.0243
purpose	~student at	-0.0489
purpose	~student but	-0.0215
purpose	~student do	0.0399
purpose	~student for	0.0318
purpose	~student from	-0.1018
purpose	~student in	0.252
purpose	~student last	-0.026
purpose	~student now	-0.0422
purpose	~student program	0.0212
purpose	~student realli	0.0485
purpose	~student role	-0.0212
purpose	~student student	0.0807
purpose	~student who	-0.0521
purpose	~student work	0.0846
purpose	~studyverb	-0.376
purpose	~studyverb a	-0.0662
purpose	~studyverb about	-0.0691
purpose	~studyverb in	0.0205
purpose	~studyverb into	0.0495
purpose	~studyverb it	-0.0203
purpose	~studyverb my	-0.0533
purpose	~studyverb polit	0.0231
purpose	~studyverb psycholog	-0.0441
purpose	~studyverb some	-0.0273
purpose	~studyverb you	-0.0825
purpose	~talk	0.1628
purpose	~talk about	0.0813
purpose	~talk for	0.0653
purpose	~talk i	-0.0274
purpose	~talk is	0.097
purpose	~talk me	0.023
purpose	~talk out	0.0423
purpose	~talk to	0.2463
purpose	~talk who	-0.0213
purpose	~talk you	0.1058
purpose	~timeunit i	-0.0443
purpose	~timeunit so	0.0359
purpose	~want	0.8239
purpose	~want a	-0.0786
purpose	~want about	0.1177
purpose	~want appreci	-0.0341
purpose	~want be	0.1392
purpose	~want curious	0.142
purpose	~want enjoy	-0.0208
purpose	~want for	0.2843
purpose	~want from	0.0262
purpose	~want gather	0.1716
purpose	~want have	0.0223
purpose	~want help	-0.0246
purpose	~want here	0.0357
purpose	~want hope	0.0507
purpose	~want how	-0.0984
purpose	~want i	0.2095
purpose	~want in	-0.1666
purpose	~want inform	0.0549
purpose	~want interest	-0.0642
purpose	~want is	0.0437
purpose	~want it	-0.1256
purpose	~want just	0.0609
purpose	~want like	0.1802
purpose	~want love	-0.0433
purpose	~want need	-0.0223
purpose	~want out	0.1006
purpose	~want realli	0.0519
purpose	~want reassur	-0.0632
purpose	~want recommend	-0.0394
purpose	~want so	0.0342
purpose	~want suggest	-0.0224
purpose	~want talk	-0.0398
purpose	~want the	-0.0229
purpose	~want to	0.682
purpose	~want tri	0.1576
purpose	~want valu	0.0326
purpose	~want want	0.2823
purpose	~want what	0.0832
purpose	~want you	-0.1054
purpose	~want your	0.248
purpose	~workverb	0.0897
purpose	~workverb a	0.0396
purpose	~workverb actual	0.1307
purpose	~workverb as	-0.0446
purpose	~workverb at	-0.06
purpose	~workverb do	-0.0256
purpose	~workverb eight	-0.0242
purpose	~workverb for	-0.0411
purpose	~workverb freelanc	-0.0227
purpose	~workverb in	0.0291
purpose	~workverb is	0.1526
purpose	~workverb myself	-0.0279
purpose	~workverb on	0.0569
purpose	~workverb or	0.0515
purpose	~workverb six	0.0215
purpose	~workverb to	-0.0459
purpose	~workverb with	-0.0359
job_ask	*	-3.1464
job_ask	2	-0.023
job_ask	^alright	-0.034
job_ask	^also	0.1065
job_ask	^and	0.0242
job_ask	^ani	-0.0758
job_ask	^are	0.1301
job_ask	^befor	-0.0571
job_ask	^can	0.2879
job_ask	^cheer	-0.0328
job_ask	^could	0.1226
job_ask	^current	-0.0226
job_ask	^did	-0.0709
job_ask	^do	0.2093
job_ask	^doe	-0.0643
job_ask	^even	-0.0233
job_ask	^good	-0.0205
job_ask	^happi	-0.0328
job_ask	^have	-0.0304
job_ask	^hey	0.0554
job_ask	^hi	-0.0759
job_ask	^honest	0.0327
job_ask	^how	-0.6027
job_ask	^i	0.1229
job_ask	^is	0.0813
job_ask	^just	-0.072
job_ask	^let	-0.1328
job_ask	^mind	-0.0316
job_ask	^my	-0.0822
job_ask	^no	0.0418
job_ask	^oh	-0.0377
job_ask	^ok	-0.1046
job_ask	^okafor	-0.0421
job_ask	^omg	-0.0327
job_ask	^out	0.1629
job_ask	^pleas	-0.05
job_ask	^quick	-0.0247
job_ask	^rather	-0.0466
job_ask	^realli	-0.0281
job_ask	^right	-0.0662
job_ask	^should	-0.0365
job_ask	^sorri	-0.0615
job_ask	^tell	-0.0207
job_ask	^thank	-0.1952
job_ask	^that	-0.1028
job_ask	^this	-0.0248
job_ask	^to	-0.0213
job_ask	^total	-0.0399
job_ask	^wait	-0.0299
job_ask	^we	-0.0447
job_ask	^what	-0.6598
job_ask	^when	-0.0578
job_ask	^where	-0.0793
job_ask	^whi	-0.0225
job_ask	^which	-0.1718
job_ask	^who	-0.0916
job_ask	^would	0.3336
job_ask	^you	0.1451
job_ask	a	-0.2477
job_ask	a beginn	-0.0758
job_ask	a big	-0.0264
job_ask	a career	-0.0556
job_ask	a colleagu	-0.0269
job_ask	a coupl	-0.032
job_ask	a data	-0.0355
job_ask	a design	-0.02
job_ask	a few	-0.06
job_ask	a fit	0.036
job_ask	a gen	-0.0255
job_ask	a good	0.1291
job_ask	a great	-0.0315
job_ask	a hand	-0.0724
job_ask	a hard	-0.0213
job_ask	a job	0.0578
job_ask	a littl	-0.0315
job_ask	a lot	-0.0286
job_ask	a master	-0.0225
job_ask	a name	-0.0612
job_ask	a nurs	-0.0321
job_ask	a paraleg	-0.0256
job_ask	a part	0.082
job_ask	a polici	-0.0312
job_ask	a posit	0.2073
job_ask	a quick	-0.0894
job_ask	a refer	0.0808
job_ask	a referr	0.3233
job_ask	a role	0.0916
job_ask	a second	-0.0251
job_ask	a shall	-0.0663
job_ask	a short	-0.0554
job_ask	a student	-0.0336
job_ask	a trial	0.0866
job_ask	a typic	-0.1271
job_ask	a week	0.2116
job_ask	a ~closing	0.195
job_ask	a ~degree	-0.0699
job_ask	a ~gatekeeper	0.0382
job_ask	a ~job	0.4337
job_ask	a ~number	-0.09
job_ask	a ~org	-0.0391
job_ask	a ~people	-0.0287
job_ask	a ~student	-0.1415
job_ask	abil	-0.0205
job_ask	abl	0.3565
job_ask	abl to	0.3565
job_ask	about	-0.5933
job_ask	about a	-0.0353
job_ask	about how	-0.0867
job_ask	about me	-0.0256
job_ask	about the	-0.0961
job_ask	about your	-0.0656
job_ask	about ~job	-0.0226
job_ask	about ~number	-0.1416
job_ask	account	-0.027
job_ask	actual look	-0.0228
job_ask	actual ~help	-0.0216
job_ask	actual ~want	0.1404
job_ask	add	-0.0413
job_ask	add you	-0.0413
job_ask	administr	-0.0291
job_ask	advic	-0.1118
job_ask	advic you	-0.0207
job_ask	after	-0.1907
job_ask	after a	-0.0371
job_ask	after graduat	-0.0452
job_ask	after ~number	-0.0628
job_ask	afternoon	-0.0324
job_ask	again	-0.1227
job_ask	agenc	0.0489
job_ask	all	0.0207
job_ask	all my	-0.0257
job_ask	all right	0.064
job_ask	all the	-0.0321
job_ask	all ~number	-0.0321
job_ask	along	0.2213
job_ask	along to	0.1205
job_ask	alreadi	-0.0252
job_ask	alright	-0.078
job_ask	alright i	-0.0255
job_ask	alright if	-0.0404
job_ask	also	0.0853
job_ask	also is	0.1065
job_ask	alumni	-0.0579
job_ask	am	-0.36
job_ask	am a	-0.0893
job_ask	am appli	0.1254
job_ask	am around	-0.0698
job_ask	am here	-0.0454
job_ask	am hope	-0.0309
job_ask	am in	-0.0223
job_ask	am just	-0.029
job_ask	am keen	0.131
job_ask	am not	-0.1411
job_ask	am priya	-0.02
job_ask	am tri	-0.0379
job_ask	am veri	0.0778
job_ask	am your	-0.0241
job_ask	am ~number	-0.1034
job_ask	am ~want	-0.0564
job_ask	an	0.5997
job_ask	an exercis	-0.0781
job_ask	an exhibit	-0.0351
job_ask	an extra	0.0953
job_ask	an internship	0.1035
job_ask	an interview	0.3725
job_ask	an intro	-0.0551
job_ask	an introduct	-0.0373
job_ask	an open	0.1425
job_ask	an ~job	0.2439
job_ask	an ~student	-0.0353
job_ask	an ~talk	0.3574
job_ask	analyst on	-0.0225
job_ask	analyst ~job	0.1877
job_ask	analyt	-0.0255
job_ask	and	-0.0963
job_ask	and i	-0.0894
job_ask	and if	0.1768
job_ask	and mention	0.1416
job_ask	and would	0.1033
job_ask	and your	-0.0404
job_ask	and ~contactverb	-0.0383
job_ask	and ~want	0.0873
job_ask	ani	0.8475
job_ask	ani book	-0.0626
job_ask	ani chanc	0.2809
job_ask	ani cours	-0.0261
job_ask	ani further	-0.0214
job_ask	ani good	-0.0574
job_ask	ani more	-0.0386
job_ask	ani open	0.2538
job_ask	ani podcast	-0.0292
job_ask	ani profession	-0.0436
job_ask	ani way	0.0784
job_ask	ani ~insight	-0.0254
job_ask	ani ~job	0.3567
job_ask	ani ~people	-0.0684
job_ask	ani ~student	0.1129
job_ask	anyon	-0.0231
job_ask	anyon at	-0.0379
job_ask	anyon els	-0.0573
job_ask	anyon in	-0.0504
job_ask	anyon who	0.1752
job_ask	anyon ~people	0.1752
job_ask	anyth	0.1195
job_ask	anyth i	-0.1471
job_ask	anyth on	-0.029
job_ask	anyth open	0.1033
job_ask	anyth you	-0.0261
job_ask	app	-0.0705
job_ask	app i	-0.0526
job_ask	appli	0.622
job_ask	appli for	0.2083
job_ask	appli to	0.422
job_ask	applic	0.2721
job_ask	applic to	0.0638
job_ask	appreci	-0.0552
job_ask	appreci it	-0.0501
job_ask	appreci you	-0.0853
job_ask	apprentic	0.1056
job_ask	approach	-0.0464
job_ask	architect	0.0647
job_ask	are	0.1078
job_ask	are entri	-0.0364
job_ask	are internship	-0.053
job_ask	are not	0.0523
job_ask	are the	-0.048
job_ask	are there	-0.0794
job_ask	are you	0.5103
job_ask	are ~hiring	0.1861
job_ask	are ~number	-0.05
job_ask	around	-0.0698
job_ask	articl	-0.0219
job_ask	as	0.315
job_ask	as a	0.1491
job_ask	as ~number	0.136
job_ask	ask	0.0722
job_ask	ask about	-0.0256
job_ask	ask befor	0.071
job_ask	ask for	-0.0752
job_ask	ask what	0.0575
job_ask	ask you	-0.0612
job_ask	assist	0.1569
job_ask	associ	-0.211
job_ask	associ or	-0.0309
job_ask	associ you	-0.1007
job_ask	at	0.2598
job_ask	at a	-0.0911
job_ask	at all	0.1663
job_ask	at deloitt	-0.0405
job_ask	at it	0.087
job_ask	at like	-0.0248
job_ask	at my	0.0263
job_ask	at paper	-0.0426
job_ask	at the	0.1524
job_ask	at your	0.1987
job_ask	at ~number	0.0449
job_ask	at ~org	-0.0426
job_ask	atmospher	-0.0256
job_ask	audit	-0.028
job_ask	awar	0.0351
job_ask	back	-0.0743
job_ask	back to	-0.0231
job_ask	background	0.0254
job_ask	bank	-0.0689
job_ask	basic	-0.0279
job_ask	be	0.4707
job_ask	be a	0.0997
job_ask	be abl	0.3707
job_ask	be alright	-0.0366
job_ask	be clear	-0.0553
job_ask	be comfort	-0.0673
job_ask	be consid	0.2462
job_ask	be down	-0.022
job_ask	be glad	-0.1211
job_ask	be good	-0.0303
job_ask	be grate	0.0875
job_ask	be great	-0.0231
job_ask	be happi	-0.0256
job_ask	be ok	-0.0895
job_ask	be quick	-0.0245
job_ask	be realli	0.0551
job_ask	be so	-0.0228
job_ask	be up	-0.0261
job_ask	be use	-0.1967
job_ask	be weird	0.127
job_ask	be will	0.1718
job_ask	be ~help	-0.1967
job_ask	be ~later	-0.022
job_ask	be ~number	0.0922
job_ask	be ~want	0.0551
job_ask	becaus	-0.048
job_ask	becom	-0.0282
job_ask	becom ~number	-0.0266
job_ask	been	-0.0774
job_ask	been a	-0.0248
job_ask	been ~number	-0.0288
job_ask	befor	-0.1479
job_ask	befor appli	-0.0302
job_ask	befor i	-0.0701
job_ask	befor we	0.0431
job_ask	befor you	-0.0258
job_ask	beginn	-0.0873
job_ask	best	-0.0393
job_ask	beta	-0.0715
job_ask	beta test	-0.0339
job_ask	better	-0.0297
job_ask	between	-0.1034
job_ask	between meet	-0.0251
job_ask	big	-0.0339
job_ask	biggest	-0.0273
job_ask	bit	-0.0334
job_ask	book	-0.1368
job_ask	book or	-0.041
job_ask	book would	-0.027
job_ask	book you	-0.0248
job_ask	book ~want	-0.027
job_ask	bootcamp	-0.0467
job_ask	brain	-0.0304
job_ask	break	-0.0373
job_ask	bring	0.3764
job_ask	brutal	-0.0214
job_ask	budget	-0.0307
job_ask	build	-0.0345
job_ask	busi	-0.0467
job_ask	but	0.3261
job_ask	but do	0.2313
job_ask	but would	0.042
job_ask	but ~help	0.2313
job_ask	but ~want	0.042
job_ask	bye	-0.0272
job_ask	call	-0.154
job_ask	call ~limit	-0.0362
job_ask	can	-0.0895
job_ask	can be	-0.1276
job_ask	can do	-0.053
job_ask	can ever	-0.0252
job_ask	can get	-0.0252
job_ask	can give	0.1095
job_ask	can help	-0.07
job_ask	can i	0.3492
job_ask	can pass	0.1679
job_ask	can you	-0.0612
job_ask	can ~help	-0.0329
job_ask	can ~learn	-0.044
job_ask	can ~sendverb	0.1641
job_ask	candid	-0.05
job_ask	care	-0.0741
job_ask	care about	-0.0235
job_ask	career	-0.1378
job_ask	career changer	-0.0327
job_ask	career in	-0.0276
job_ask	career page	0.05
job_ask	career ~student	-0.0222
job_ask	case	-0.0803
job_ask	case studi	-0.06
job_ask	case ~studyverb	-0.06
job_ask	certif	-0.0924
job_ask	chain	-0.0599
job_ask	chanc	0.278
job_ask	chanc of	0.042
job_ask	chanc you	0.0704
job_ask	chang	-0.1045
job_ask	chang how	-0.0384
job_ask	changer	-0.0327
job_ask	chat	-0.1401
job_ask	chat with	-0.0701
job_ask	check	-0.0573
job_ask	check in	-0.0204
job_ask	cheer	-0.0359
job_ask	choos	-0.0236
job_ask	citi	-0.0316
job_ask	clean	-0.0299
job_ask	clear	-0.0676
job_ask	clear i	-0.0466
job_ask	client	-0.04
job_ask	clinic	0.0916
job_ask	clinic research	-0.0227
job_ask	clinic ~learn	-0.0245
job_ask	close	-0.07
job_ask	colleagu	-0.0939
job_ask	colleagu you	-0.0206
job_ask	colleg	-0.0242
job_ask	come	0.0482
job_ask	come to	-0.084
job_ask	come up	0.1878
job_ask	comfort	-0.1021
job_ask	comfort connect	-0.0308
job_ask	comfort introduc	-0.0384
job_ask	comfort ~talk	-0.0308
job_ask	commit	-0.0269
job_ask	commit to	-0.0203
job_ask	common	-0.0364
job_ask	communiti	-0.0383
job_ask	compani	0.2152
job_ask	competit	-0.0331
job_ask	complet	-0.0326
job_ask	complianc	-0.0439
job_ask	complianc ~org	-0.0335
job_ask	confer	-0.0295
job_ask	connect	-0.1577
job_ask	connect me	-0.0412
job_ask	connect with	-0.0736
job_ask	consid	0.452
job_ask	consid me	0.1044
job_ask	consult	-0.0402
job_ask	contact	0.0738
job_ask	contact of	0.1108
job_ask	convers	-0.0356
job_ask	coordin	0.1546
job_ask	coordin open	0.0443
job_ask	coordin ~job	0.0443
job_ask	could	0.8493
job_ask	could appli	0.1228
job_ask	could do	-0.0344
job_ask	could get	0.1967
job_ask	could help	-0.0221
job_ask	could i	0.1032
job_ask	could intern	0.1833
job_ask	could introduc	-0.0219
job_ask	could make	0.0787
job_ask	could pass	-0.03
job_ask	could put	0.1038
job_ask	could reach	-0.0678
job_ask	could refer	0.2157
job_ask	could return	-0.0203
job_ask	could tri	-0.0376
job_ask	could you	0.1211
job_ask	could ~contactverb	-0.0763
job_ask	could ~help	-0.0768
job_ask	could ~learn	0.1909
job_ask	could ~sendverb	-0.0298
job_ask	could ~student	0.1833
job_ask	could ~talk	-0.089
job_ask	could ~want	-0.0376
job_ask	count	-0.0666
job_ask	coupl	-0.032
job_ask	cours	-0.0998
job_ask	cover	-0.0369
job_ask	cover everyth	-0.0317
job_ask	cowork	-0.024
job_ask	creativ	0.0368
job_ask	creativ director	0.0386
job_ask	credit	-0.0392
job_ask	credit analyst	-0.0256
job_ask	cultur	-0.042
job_ask	curious	-0.0258
job_ask	current	0.0564
job_ask	cut	-0.0654
job_ask	cut me	-0.029
job_ask	dashboard	-0.0239
job_ask	data	-0.2925
job_ask	data analyst	-0.0333
job_ask	data scienc	-0.0471
job_ask	data scientist	-0.0208
job_ask	data team	-0.0387
job_ask	data ~org	-0.0494
job_ask	data ~student	-0.0257
job_ask	day	-0.1573
job_ask	decent	-0.0697
job_ask	decid	-0.1446
job_ask	decid which	-0.0201
job_ask	decid who	-0.0722
job_ask	decid ~people	-0.0722
job_ask	degre	-0.0758
job_ask	deloitt	-0.0405
job_ask	depart	0.1849
job_ask	depart this	0.0573
job_ask	describ	-0.1263
job_ask	describ the	-0.0272
job_ask	describ ~number	-0.0683
job_ask	design	-0.1168
job_ask	design ~job	0.0776
job_ask	desk	-0.0278
job_ask	develop	-0.0536
job_ask	did	-0.2565
job_ask	did you	-0.1666
job_ask	differ	-0.0736
job_ask	director	0.0245
job_ask	do	-0.15
job_ask	do a	0.0673
job_ask	do an	-0.0242
job_ask	do befor	-0.0243
job_ask	do for	-0.042
job_ask	do hire	-0.0483
job_ask	do not	0.2332
job_ask	do peopl	-0.0249
job_ask	do this	-0.0328
job_ask	do to	-0.0564
job_ask	do you	0.3945
job_ask	do ~gatekeeper	-0.0483
job_ask	do ~hiring	-0.0483
job_ask	do ~number	0.0368
job_ask	do ~people	-0.0249
job_ask	doe	-0.2372
job_ask	doe a	-0.051
job_ask	doe anyon	-0.0212
job_ask	doe it	-0.0252
job_ask	doe your	-0.0479
job_ask	doe ~number	-0.0702
job_ask	doe ~people	-0.0221
job_ask	done	-0.1114
job_ask	done ~number	-0.0228
job_ask	down	0.1895
job_ask	down to	-0.022
job_ask	dr	-0.0493
job_ask	drop	-0.022
job_ask	dure	-0.0414
job_ask	dure ~number	-0.0201
job_ask	earli	-0.0536
job_ask	earlier	-0.0506
job_ask	educ	-0.0244
job_ask	eight	-0.0249
job_ask	eight year	-0.0249
job_ask	eight ~duration	-0.0249
job_ask	elect	-0.0465
job_ask	els	-0.0983
job_ask	email	-0.1128
job_ask	email you	-0.0521
job_ask	employ	-0.023
job_ask	end	-0.1177
job_ask	end up	-0.0301
job_ask	engin	-0.1059
job_ask	enjoy	-0.0394
job_ask	enough	-0.0403
job_ask	entri	0.0898
job_ask	entri level	0.0898
job_ask	even	-0.0431
job_ask	evening	-0.059
job_ask	event	-0.082
job_ask	ever	-0.1146
job_ask	ever anyth	-0.0426
job_ask	ever help	-0.0332
job_ask	ever need	-0.0275
job_ask	ever want	-0.0367
job_ask	ever ~help	-0.0298
job_ask	everyth	-0.0636
job_ask	everyth on	-0.0283
job_ask	exercis	-0.1029
job_ask	exercis for	-0.0544
job_ask	exercis to	-0.0449
job_ask	exhibit	-0.0378
job_ask	experi	-0.0322
job_ask	explain	-0.0214
job_ask	extra	0.085
job_ask	extra pair	0.0953
job_ask	fall	0.0488
job_ask	far	-0.0292
job_ask	favor	-0.0603
job_ask	favor mayb	-0.0203
job_ask	feedback	-0.0401
job_ask	feedback to	-0.0224
job_ask	feel	-0.0556
job_ask	feel comfort	-0.021
job_ask	few	-0.0715
job_ask	few month	-0.0285
job_ask	few ~duration	-0.0391
job_ask	field	-0.1258
job_ask	field usual	-0.0353
job_ask	figur out	-0.0543
job_ask	fill	-0.0536
job_ask	final	-0.0326
job_ask	financ	-0.0246
job_ask	find	-0.0813
job_ask	fine	-0.0281
job_ask	finish	-0.0267
job_ask	finish the	-0.0207
job_ask	finish ~number	-0.0366
job_ask	firm	0.2202
job_ask	firm ever	0.1623
job_ask	firm i	-0.0665
job_ask	first	-0.1373
job_ask	first role	-0.0213
job_ask	first year	-0.0365
job_ask	first ~duration	-0.0365
job_ask	first ~job	-0.0313
job_ask	fit me	-0.0221
job_ask	five	-0.0235
job_ask	flow	-0.0241
job_ask	flow i	-0.0241
job_ask	focus	-0.0501
job_ask	focus on	-0.0445
job_ask	folk	0.0328
job_ask	follow	-0.1375
job_ask	follow up	-0.0803
job_ask	for	0.2659
job_ask	for a	0.067
job_ask	for agre	-0.0211
job_ask	for an	0.0213
job_ask	for ani	0.126
job_ask	for data	-0.0283
job_ask	for fit	-0.0205
job_ask	for in	-0.026
job_ask	for it	0.0677
job_ask	for junior	0.0594
job_ask	for me	0.1552
job_ask	for new	-0.0886
job_ask	for squeez	-0.0231
job_ask	for the	0.3794
job_ask	for this	-0.0485
job_ask	for today	-0.0247
job_ask	for you	0.1644
job_ask	for your	-0.1149
job_ask	for ~hiring	-0.0284
job_ask	for ~number	0.4622
job_ask	for ~org	-0.0228
job_ask	for ~student	0.0594
job_ask	for ~studyverb	-0.0217
job_ask	for ~talk	-0.0225
job_ask	forget	-0.0212
job_ask	former	-0.0336
job_ask	former ~student	-0.0214
job_ask	forward	0.1616
job_ask	forward my	0.1059
job_ask	found	-0.0645
job_ask	free	-0.0281
job_ask	friend	-0.039
job_ask	from	-0.4141
job_ask	from a	-0.037
job_ask	from me	-0.0365
job_ask	from my	-0.0271
job_ask	from our	-0.0549
job_ask	from the	-0.0232
job_ask	from your	-0.0402
job_ask	from ~number	-0.089
job_ask	full	-0.0331
job_ask	further	-0.0235
job_ask	game	-0.0743
job_ask	game design	-0.0216
job_ask	gather	-0.0257
job_ask	gather inform	-0.0232
job_ask	gather ~insight	-0.0257
job_ask	gave	-0.0281
job_ask	gave me	-0.0281
job_ask	gen	-0.0331
job_ask	gen z	-0.0255
job_ask	generous	-0.0203
job_ask	genuin	-0.029
job_ask	get a	0.0262
job_ask	get an	0.0342
job_ask	get back	-0.022
job_ask	get into	-0.0406
job_ask	get me	0.3192
job_ask	get refer	-0.0748
job_ask	get to	-0.0341
job_ask	get your	-0.031
job_ask	get ~number	0.0425
job_ask	give feedback	-0.0206
job_ask	give me	0.0885
job_ask	give ~insight	-0.0206
job_ask	give ~people	-0.0235
job_ask	glad	-0.1269
job_ask	glad to	-0.1211
job_ask	go	-0.1183
job_ask	go to	-0.0564
job_ask	goal	-0.0227
job_ask	goe	-0.0553
job_ask	good	-0.0351
job_ask	good at	-0.0276
job_ask	good for	-0.0274
job_ask	good word	0.2263
job_ask	good ~closing	-0.0247
job_ask	good ~limit	-0.0299
job_ask	got	-0.1779
job_ask	got hire	-0.0533
job_ask	got into	-0.0342
job_ask	grad	-0.0268
job_ask	grad on	-0.0684
job_ask	grad school	-0.041
job_ask	grad ~org	-0.041
job_ask	graduat	0.3852
job_ask	grant	-0.104
job_ask	grant write	-0.086
job_ask	grate	0.1313
job_ask	grate for	-0.033
job_ask	grate if	0.1782
job_ask	great	-0.0875
job_ask	grow	-0.0211
job_ask	grow into	-0.0211
job_ask	guy	0.3958
job_ask	guy hire	0.0816
job_ask	guy ~gatekeeper	0.0816
job_ask	guy ~hiring	0.2122
job_ask	had	-0.0655
job_ask	had a	-0.0203
job_ask	had ~number	-0.0211
job_ask	half	-0.0407
job_ask	half hour	-0.0292
job_ask	half ~limit	-0.0292
job_ask	half ~timeunit	-0.0292
job_ask	hand with	-0.0662
job_ask	handl	-0.0233
job_ask	handl the	0.0446
job_ask	handl ~number	0.0446
job_ask	happen	0.2252
job_ask	happen to	0.2322
job_ask	happi	-0.1013
job_ask	happi to	-0.0758
job_ask	hard	-0.1105
job_ask	hard back	-0.0207
job_ask	hard stop	-0.0213
job_ask	have	-0.2076
job_ask	have a	-0.1112
job_ask	have ani	0.3158
job_ask	have been	-0.0634
job_ask	have hire	-0.0331
job_ask	have time	-0.0254
job_ask	have to	-0.0429
job_ask	have ~limit	-0.0254
job_ask	have ~number	-0.12
job_ask	have ~workverb	-0.0746
job_ask	head	-0.0229
job_ask	health	-0.0247
job_ask	hear	-0.0423
job_ask	hear me	-0.026
job_ask	hear their	-0.0242
job_ask	help	-0.1791
job_ask	help me	0.1673
job_ask	help new	-0.0539
job_ask	help with	-0.0808
job_ask	help you	-0.0842
job_ask	her	-0.0497
job_ask	here	-0.1434
job_ask	here i	-0.036
job_ask	here to	-0.0294
job_ask	hey	0.0554
job_ask	hi	-0.0759
job_ask	hi mr	-0.0239
job_ask	high	-0.0491
job_ask	hire	0.8302
job_ask	hire at	0.1304
job_ask	hire for	-0.027
job_ask	hire intern	0.0434
job_ask	hire junior	0.1783
job_ask	hire manag	0.0337
job_ask	hire process	-0.0466
job_ask	hire right	0.309
job_ask	hire team	0.0369
job_ask	hire ~gatekeeper	0.0337
job_ask	hire ~student	0.0749
job_ask	honest	-0.0767
job_ask	honest i	0.0378
job_ask	honest take	-0.0289
job_ask	honest ~insight	-0.0446
job_ask	hope	0.1141
job_ask	hope to	-0.0202
job_ask	hope you	0.1557
job_ask	hospit	0.034
job_ask	hospit administr	-0.0242
job_ask	hour	0.1127
job_ask	hour for	0.0409
job_ask	hour or	-0.0223
job_ask	hous	-0.0226
job_ask	how	-1.0491
job_ask	how did	-0.0946
job_ask	how do	-0.171
job_ask	how doe	-0.1461
job_ask	how i	-0.0389
job_ask	how is	-0.0547
job_ask	how long	-0.0331
job_ask	how much	-0.0499
job_ask	how the	-0.0404
job_ask	how would	-0.027
job_ask	how you	-0.0657
job_ask	how your	-0.1161
job_ask	how ~help	-0.171
job_ask	how ~number	-0.0817
job_ask	how ~studyverb	-0.0946
job_ask	how ~want	-0.027
job_ask	hunt	-0.0212
job_ask	i add	-0.0413
job_ask	i am	-0.36
job_ask	i appli	0.219
job_ask	i appreci	-0.033
job_ask	i ask	0.0482
job_ask	i can	-0.1904
job_ask	i commit	-0.0203
job_ask	i connect	-0.0541
job_ask	i could	0.2792
job_ask	i email	-0.0451
job_ask	i figur	-0.0207
job_ask	i follow	-0.0574
job_ask	i forget	-0.0212
job_ask	i found	-0.0373
job_ask	i go	-0.0201
job_ask	i got	-0.049
job_ask	i had	-0.0405
job_ask	i have	-0.1919
job_ask	i help	-0.0258
job_ask	i join	-0.0316
job_ask	i just	-0.0479
job_ask	i know	-0.044
job_ask	i look	-0.0221
job_ask	i mention	-0.0278
job_ask	i might	0.0705
job_ask	i practic	-0.0215
job_ask	i reach	-0.0374
job_ask	i saw	0.0773
job_ask	i send	0.2042
job_ask	i should	-0.1294
job_ask	i spent	-0.02
job_ask	i think	-0.0964
job_ask	i want	-0.119
job_ask	i was	0.1664
job_ask	i will	-0.4325
job_ask	i would	0.2726
job_ask	i wrote	-0.0301
job_ask	i ~contactverb	-0.0369
job_ask	i ~help	-0.026
job_ask	i ~insight	-0.0277
job_ask	i ~learn	-0.0546
job_ask	i ~org	-0.0215
job_ask	i ~sendverb	0.1868
job_ask	i ~studyverb	-0.0538
job_ask	i ~want	0.0636
job_ask	i ~workverb	-0.0399
job_ask	idea	-0.0311
job_ask	if	0.2991
job_ask	if a	0.1676
job_ask	if anyon	-0.0225
job_ask	if anyth	0.2168
job_ask	if i	-0.1727
job_ask	if it	-0.0726
job_ask	if so	0.0707
job_ask	if that	-0.0354
job_ask	if they	0.0758
job_ask	if we	-0.0214
job_ask	if you	-0.0623
job_ask	if your	0.0431
job_ask	if ~number	0.3483
job_ask	if ~people	-0.0225
job_ask	in	-0.5535
job_ask	in a	0.1078
job_ask	in between	-0.0316
job_ask	in hospit	-0.0269
job_ask	in hour	0.067
job_ask	in mind	0.1774
job_ask	in my	-0.0855
job_ask	in pediatr	-0.0239
job_ask	in polici	-0.0375
job_ask	in return	-0.034
job_ask	in the	-0.127
job_ask	in this	-0.0527
job_ask	in touch	-0.098
job_ask	in your	0.0411
job_ask	in ~contactverb	-0.103
job_ask	in ~help	-0.034
job_ask	in ~job	-0.0217
job_ask	in ~limit	0.067
job_ask	in ~number	-0.0243
job_ask	in ~org	-0.03
job_ask	in ~timeunit	0.067
job_ask	industri	-0.0558
job_ask	inform	-0.0809
job_ask	insid	-0.0205
job_ask	intens	0.0571
job_ask	interest	0.03
job_ask	intern	0.7132
job_ask	intern this	0.0384
job_ask	internal	0.1572
job_ask	internship	0.1952
job_ask	internship in	0.0874
job_ask	interview	0.3299
job_ask	interview with	0.0598
job_ask	into	-0.3003
job_ask	into leadership	-0.0223
job_ask	into other	-0.0245
job_ask	into this	-0.0437
job_ask	intro	-0.1202
job_ask	introduc	-0.1573
job_ask	introduc me	-0.1178
job_ask	introduct	-0.0918
job_ask	introduct to	-0.0436
job_ask	invest	-0.0321
job_ask	invest bank	-0.029
job_ask	invit	-0.023
job_ask	is	-0.3583
job_ask	is a	0.1249
job_ask	is all	-0.0387
job_ask	is ani	-0.0869
job_ask	is anyon	0.0502
job_ask	is done	-0.0692
job_ask	is ever	-0.0497
job_ask	is everyth	-0.0255
job_ask	is for	-0.0234
job_ask	is how	-0.0381
job_ask	is it	-0.1237
job_ask	is like	0.062
job_ask	is not	0.0437
job_ask	is realli	-0.0349
job_ask	is that	0.0563
job_ask	is the	-0.1847
job_ask	is there	0.2742
job_ask	is worth	-0.0235
job_ask	is your	0.0979
job_ask	is ~number	-0.0673
job_ask	is ~people	0.0477
job_ask	is ~want	-0.048
job_ask	it	-0.1137
job_ask	it along	0.1086
job_ask	it be	0.0239
job_ask	it for	-0.0239
job_ask	it from	-0.0253
job_ask	it help	-0.0373
job_ask	it is	-0.1086
job_ask	it not	-0.0512
job_ask	it seem	0.0447
job_ask	it sound	-0.0229
job_ask	it take	0.2756
job_ask	it there	-0.0561
job_ask	it to	0.0409
job_ask	it would	-0.0651
job_ask	it ~insight	0.2741
job_ask	it ~want	-0.0919
job_ask	jenna	-0.0351
job_ask	job	-0.0672
job_ask	job at	0.0555
job_ask	job hunt	-0.0212
job_ask	job you	0.0515
job_ask	join	-0.0595
job_ask	journalist	-0.0264
job_ask	journalist you	-0.0236
job_ask	jump	0.0643
job_ask	junior	0.2833
job_ask	junior at	-0.0222
job_ask	junior peopl	-0.0271
job_ask	junior right	0.146
job_ask	junior ~people	-0.0271
job_ask	just	-0.2063
job_ask	just gather	-0.0238
job_ask	just to	-0.06
job_ask	just want	-0.0328
job_ask	just ~insight	-0.0303
job_ask	just ~want	-0.0555
job_ask	keen	0.131
job_ask	keep	0.0497
job_ask	keep me	0.1774
job_ask	keep you	-0.0685
job_ask	kept	-0.0212
job_ask	kept you	-0.0212
job_ask	kind	-0.0773
job_ask	kind of	-0.0586
job_ask	know	0.3038
job_ask	know ani	-0.0337
job_ask	know anyon	0.085
job_ask	know i	-0.0287
job_ask	know if	0.3285
job_ask	know it	-0.0205
job_ask	know of	-0.0637
job_ask	know this	0.0894
job_ask	know we	-0.0221
job_ask	know your	-0.0544
job_ask	know ~people	0.0687
job_ask	lab	0.0369
job_ask	land	0.16
job_ask	land ~number	0.1738
job_ask	languag	-0.0321
job_ask	lantern	-0.0468
job_ask	larg	-0.0292
job_ask	last	-0.123
job_ask	last summer	-0.0368
job_ask	last week	0.0224
job_ask	last ~closing	0.0224
job_ask	late	-0.0381
job_ask	later	-0.1184
job_ask	law	-0.0964
job_ask	law firm	-0.0489
job_ask	law school	-0.0238
job_ask	law ~org	-0.032
job_ask	lead	-0.1033
job_ask	leadership	-0.0621
job_ask	learn	-0.1197
job_ask	leav	-0.0959
job_ask	leav it	-0.0551
job_ask	let	-0.033
job_ask	let me	0.1451
job_ask	let us	-0.0298
job_ask	let you	-0.1279
job_ask	level	0.1104
job_ask	level ~job	0.0779
job_ask	licens	-0.0255
job_ask	like	-0.1174
job_ask	like a	0.0416
job_ask	like for	-0.0297
job_ask	like me	-0.0364
job_ask	like the	-0.0259
job_ask	like your	-0.0234
job_ask	like ~number	0.2339
job_ask	link	-0.0232
job_ask	linkedin	-0.1676
job_ask	linkedin after	-0.0226
job_ask	linkedin ~want	-0.0226
job_ask	list	-0.0386
job_ask	littl	-0.0376
job_ask	littl about	-0.0315
job_ask	logist	-0.0208
job_ask	long	-0.0701
job_ask	long doe	-0.0205
job_ask	longer	-0.0262
job_ask	look	-0.2838
job_ask	look at	-0.0273
job_ask	look for	-0.1206
job_ask	look into	-0.0221
job_ask	look like	-0.1508
job_ask	look over	0.0396
job_ask	lot	-0.0286
job_ask	love	0.0918
job_ask	love an	-0.0308
job_ask	love it	-0.0212
job_ask	love to	0.1902
job_ask	love ~number	-0.0384
job_ask	lunch	-0.0478
job_ask	lunch break	-0.0234
job_ask	made	-0.0768
job_ask	made ~number	-0.0436
job_ask	main	-0.0505
job_ask	major	-0.0251
job_ask	make	-0.1247
job_ask	make a	-0.0313
job_ask	make an	0.0785
job_ask	make sens	-0.0517
job_ask	make someon	-0.0211
job_ask	make the	-0.0386
job_ask	make ~insight	-0.0517
job_ask	make ~people	-0.0211
job_ask	manag	-0.1017
job_ask	manag at	-0.0259
job_ask	manag care	-0.0235
job_ask	manag who	-0.0246
job_ask	manag ~people	-0.0246
job_ask	master	-0.0398
job_ask	materi	-0.0355
job_ask	matter	-0.088
job_ask	matter most	-0.0311
job_ask	mayb	0.0762
job_ask	mayb share	-0.0203
job_ask	me	0.794
job_ask	me a	-0.0446
job_ask	me about	-0.0973
job_ask	me an	0.3176
job_ask	me for	0.369
job_ask	me i	-0.0333
job_ask	me if	0.022
job_ask	me in	0.0612
job_ask	me internal	0.2231
job_ask	me know	0.1722
job_ask	me off	-0.0317
job_ask	me ok	-0.026
job_ask	me so	-0.0289
job_ask	me stop	-0.0242
job_ask	me the	0.0826
job_ask	me through	-0.1449
job_ask	me to	-0.0534
job_ask	me too	-0.0543
job_ask	me understand	-0.0215
job_ask	me when	0.0679
job_ask	me with	0.0505
job_ask	me your	-0.0216
job_ask	me ~learn	0.2153
job_ask	me ~number	0.3556
job_ask	measur	-0.033
job_ask	meet	-0.1153
job_ask	mention	-0.0369
job_ask	mention in	-0.0221
job_ask	mention your	-0.0613
job_ask	mentor	-0.0267
job_ask	might	0.2316
job_ask	might be	0.2117
job_ask	mind if	0.0634
job_ask	minut	-0.1164
job_ask	model	-0.0358
job_ask	moment	0.3267
job_ask	month	-0.0842
job_ask	more	-0.1979
job_ask	more about	-0.0311
job_ask	more of	-0.0262
job_ask	more question	-0.0719
job_ask	most	-0.2911
job_ask	most in	-0.028
job_ask	most of	-0.0229
job_ask	most ~want	-0.0251
job_ask	motiv	0.0818
job_ask	move	-0.1107
job_ask	move into	-0.0972
job_ask	mr	-0.0239
job_ask	ms	-0.0246
job_ask	much	-0.2344
job_ask	much for	-0.049
job_ask	municip	-0.0329
job_ask	museum	-0.031
job_ask	museum educ	-0.0205
job_ask	my	0.3501
job_ask	my applic	0.3052
job_ask	my background	0.0829
job_ask	my end	-0.024
job_ask	my interest	-0.0233
job_ask	my internship	-0.0496
job_ask	my level	0.0322
job_ask	my list	-0.0335
job_ask	my manag	-0.0384
job_ask	my next	-0.0235
job_ask	my own	-0.0209
job_ask	my portfolio	0.0364
job_ask	my posit	-0.0302
job_ask	my question	-0.0287
job_ask	my resum	0.6178
job_ask	my thesi	-0.0559
job_ask	my ~application	0.923
job_ask	my ~degree	-0.034
job_ask	my ~gatekeeper	-0.0384
job_ask	my ~job	-0.0798
job_ask	my ~student	-0.0552
job_ask	myself	-0.033
job_ask	name	0.1326
job_ask	name come	-0.0601
job_ask	name of	-0.0265
job_ask	near	-0.0303
job_ask	need	-0.027
job_ask	need a	0.1009
job_ask	need an	0.1154
job_ask	need ani	-0.0622
job_ask	need to	-0.0914
job_ask	need ~number	0.2163
job_ask	network	-0.0431
job_ask	never	-0.0696
job_ask	never ~learn	-0.0288
job_ask	new	-0.1193
job_ask	new grad	0.0417
job_ask	new hire	-0.0232
job_ask	newslett	-0.0503
job_ask	next	0.0633
job_ask	next spring	0.1051
job_ask	next step	-0.0504
job_ask	next week	0.1096
job_ask	next ~closing	0.1096
job_ask	next ~talk	-0.0359
job_ask	night	-0.0304
job_ask	no pleasur	0.0902
job_ask	nonprofit	-0.05
job_ask	normal	-0.0266
job_ask	not a	0.034
job_ask	not job	-0.0212
job_ask	not look	-0.0712
job_ask	not realli	0.0641
job_ask	not suppos	0.0969
job_ask	not take	-0.0226
job_ask	not want	-0.0273
job_ask	not ~insight	-0.0226
job_ask	not ~job	-0.0212
job_ask	not ~number	0.034
job_ask	not ~want	-0.0632
job_ask	note	-0.1019
job_ask	now	0.2918
job_ask	nurs	-0.2043
job_ask	of	-0.1754
job_ask	of a	-0.0331
job_ask	of an	0.0366
job_ask	of ani	-0.0266
job_ask	of anyth	0.0744
job_ask	of hand	0.0953
job_ask	of my	-0.0486
job_ask	of peopl	-0.0267
job_ask	of this	-0.0281
job_ask	of today	0.0694
job_ask	of your	-0.1081
job_ask	of ~job	0.0319
job_ask	of ~people	-0.0543
job_ask	off	-0.0691
job_ask	offer	-0.0202
job_ask	offic	-0.0566
job_ask	offic or	-0.0409
job_ask	often	-0.0209
job_ask	oh	-0.0377
job_ask	ok	-0.3191
job_ask	ok for	-0.0268
job_ask	ok i	-0.0403
job_ask	ok if	-0.0415
job_ask	ok that	-0.046
job_ask	okafor	-0.0421
job_ask	old	-0.0988
job_ask	old cowork	-0.024
job_ask	omg	-0.0327
job_ask	on	0.1603
job_ask	on a	-0.048
job_ask	on ani	0.3108
job_ask	on call	-0.0214
job_ask	on it	-0.0632
job_ask	on linkedin	-0.1514
job_ask	on me	-0.0722
job_ask	on municip	-0.0329
job_ask	on my	0.1403
job_ask	on the	-0.1072
job_ask	on this	-0.0396
job_ask	on whether	-0.0468
job_ask	on your	0.0365
job_ask	on ~contactverb	-0.0228
job_ask	on ~number	-0.159
job_ask	on ~talk	-0.0228
job_ask	onboard	-0.0517
job_ask	onboard flow	-0.0241
job_ask	onc	-0.1255
job_ask	onc i	-0.0492
job_ask	one	-0.0853
job_ask	onli	-0.0853
job_ask	onlin	-0.0574
job_ask	onlin cours	-0.0315
job_ask	onto	0.264
job_ask	op	0.1312
job_ask	open	1.1362
job_ask	open for	0.2788
job_ask	open in	0.08
job_ask	open on	0.0737
job_ask	open up	0.2589
job_ask	or	-0.5311
job_ask	or are	-0.1016
job_ask	or do	-0.0295
job_ask	or is	0.0391
job_ask	or journalist	-0.0236
job_ask	or newslett	-0.0494
job_ask	or podcast	-0.0258
job_ask	or ~help	-0.0295
job_ask	or ~number	-0.0486
job_ask	or ~student	-0.0236
job_ask	or ~want	-0.0324
job_ask	organiz	-0.0331
job_ask	other	-0.097
job_ask	other role	-0.0372
job_ask	other ~job	-0.0372
job_ask	other ~people	-0.0224
job_ask	our	-0.0839
job_ask	out	-0.3775
job_ask	out about	-0.0323
job_ask	out again	-0.0507
job_ask	out and	-0.0387
job_ask	out if	-0.0248
job_ask	out of	0.1207
job_ask	out to	-0.0877
job_ask	out whether	-0.029
job_ask	out with	-0.0222
job_ask	out ~later	-0.0507
job_ask	outreach	-0.0494
job_ask	outreach program	-0.037
job_ask	outsid	-0.0394
job_ask	over	-0.0699
job_ask	over ~number	-0.0347
job_ask	own	-0.0855
job_ask	pack	-0.0298
job_ask	page	0.05
job_ask	pair	0.0953
job_ask	pair of	0.0953
job_ask	paper	-0.0803
job_ask	paper lantern	-0.0468
job_ask	paraleg	-0.0266
job_ask	part	0.045
job_ask	part of	-0.092
job_ask	part time	0.1482
job_ask	part ~limit	0.1482
job_ask	partner	-0.0483
job_ask	pass	0.3029
job_ask	pass it	0.1086
job_ask	pass my	0.2303
job_ask	path	-0.0482
job_ask	patient	-0.0369
job_ask	pay	-0.0213
job_ask	pediatr	-0.0239
job_ask	peopl	-0.1971
job_ask	peopl in	-0.038
job_ask	peopl without	-0.0201
job_ask	person	-0.0953
job_ask	person who	-0.0336
job_ask	person ~people	-0.0336
job_ask	perspect	-0.1184
job_ask	perspect on	-0.0364
job_ask	phd	-0.026
job_ask	pick	-0.052
job_ask	pitch	-0.0302
job_ask	place	0.0607
job_ask	plan	-0.0319
job_ask	plate	-0.0265
job_ask	pleas do	-0.0232
job_ask	pleas let	0.0969
job_ask	pleas ~help	-0.0232
job_ask	pleasur	0.084
job_ask	podcast	-0.0623
job_ask	podcast or	-0.0336
job_ask	podcast you	-0.0258
job_ask	point me	-0.0389
job_ask	point of	0.069
job_ask	polici	-0.1576
job_ask	polici analyst	-0.027
job_ask	portfolio to	0.0386
job_ask	posit	0.2345
job_ask	posit i	0.1171
job_ask	possibl	-0.0347
job_ask	possibl to	-0.0328
job_ask	post	0.1904
job_ask	prep	-0.0233
job_ask	prepar	-0.0743
job_ask	prepar for	-0.0525
job_ask	pretti	-0.0216
job_ask	priya	-0.0274
job_ask	process	-0.0703
job_ask	product	0.0285
job_ask	product manag	-0.0418
job_ask	product ~gatekeeper	-0.0223
job_ask	profession	-0.1234
job_ask	profession associ	-0.0767
job_ask	program	-0.0221
job_ask	program are	-0.0204
job_ask	program at	-0.0567
job_ask	progress	-0.0225
job_ask	project	0.0201
job_ask	project for	0.086
job_ask	project i	-0.0219
job_ask	project you	-0.0228
job_ask	promis	-0.0483
job_ask	public	-0.0519
job_ask	publish	-0.0246
job_ask	put	0.4004
job_ask	put in	0.2173
job_ask	put me	-0.0511
job_ask	python	-0.0845
job_ask	python script	-0.0299
job_ask	q	0.0647
job_ask	qa	0.1161
job_ask	qa tester	0.1304
job_ask	quarter	-0.0409
job_ask	question	-0.1576
job_ask	question i	-0.0278
job_ask	quick	-0.1638
job_ask	quick background	-0.0207
job_ask	quick call	-0.046
job_ask	quick thank	-0.0217
job_ask	quick ~contactverb	-0.0498
job_ask	quick ~talk	-0.0686
job_ask	rang	0.0627
job_ask	rather	-0.086
job_ask	rather than	-0.0623
job_ask	reach	-0.1871
job_ask	reach out	-0.1581
job_ask	read	-0.05
job_ask	real	-0.0418
job_ask	real quick	-0.0207
job_ask	realli	0.1885
job_ask	realli grate	0.0551
job_ask	recommend	-0.078
job_ask	recommend for	-0.0264
job_ask	recommend i	-0.0619
job_ask	recruit	0.3142
job_ask	recruit for	0.1246
job_ask	recruit or	-0.0221
job_ask	refer	0.6107
job_ask	refer me	0.6047
job_ask	referr	0.2592
job_ask	remot	-0.035
job_ask	report	-0.0342
job_ask	requir	-0.0266
job_ask	research	-0.1182
job_ask	resid	0.0655
job_ask	resid program	0.0668
job_ask	resid ~degree	0.0668
job_ask	respons	-0.0236
job_ask	rest	-0.0227
job_ask	rest of	-0.0227
job_ask	resum	0.6013
job_ask	resum along	0.1235
job_ask	resum to	0.259
job_ask	return the	-0.0694
job_ask	return ~number	-0.0694
job_ask	review	-0.0311
job_ask	right	0.3047
job_ask	right now	0.4325
job_ask	risk	-0.0332
job_ask	role	0.3213
job_ask	role at	0.1417
job_ask	role i	0.1392
job_ask	rout	-0.0431
job_ask	run	-0.0918
job_ask	run your	-0.0391
job_ask	said you	0.022
job_ask	salari	0.0496
job_ask	salari rang	0.0627
job_ask	same	-0.0397
job_ask	saturday	-0.0213
job_ask	saw	0.0761
job_ask	saw post	0.045
job_ask	saw ~number	0.0333
job_ask	say	-0.0741
job_ask	schedul	-0.062
job_ask	school	-0.1231
job_ask	scienc	-0.0753
job_ask	scientist	-0.0208
job_ask	script	-0.0299
job_ask	season	-0.0241
job_ask	second	-0.0282
job_ask	sector	-0.0352
job_ask	see	-0.0859
job_ask	see if	-0.0443
job_ask	seem	0.0405
job_ask	seem like	0.0447
job_ask	send	0.0412
job_ask	send me	-0.0265
job_ask	send my	0.1375
job_ask	senior	-0.0271
job_ask	sens	-0.0582
job_ask	sens for	-0.0225
job_ask	serious	-0.0268
job_ask	shadow	0.2109
job_ask	shall	-0.1396
job_ask	shall project	-0.025
job_ask	share	-0.1448
job_ask	share my	-0.0564
job_ask	share what	-0.0458
job_ask	share ~number	-0.0214
job_ask	she	-0.0604
job_ask	she would	-0.0576
job_ask	she ~want	-0.0576
job_ask	shift	-0.0503
job_ask	short	-0.0762
job_ask	short ~talk	-0.03
job_ask	should	-0.1261
job_ask	should i	0.0366
job_ask	should talk	-0.0377
job_ask	should ~talk	-0.0527
job_ask	side	-0.1533
job_ask	side of	-0.0211
job_ask	side project	-0.0389
job_ask	side you	-0.0276
job_ask	sinc	-0.0239
job_ask	six	-0.0261
job_ask	six ~duration	-0.0261
job_ask	skill	-0.0974
job_ask	so	-0.0285
job_ask	so far	-0.0292
job_ask	so i	-0.0693
job_ask	so is	0.0408
job_ask	so much	-0.0959
job_ask	so you	0.0869
job_ask	so ~people	0.0722
job_ask	some	-0.1048
job_ask	some time	-0.0259
job_ask	someon	-0.1222
job_ask	someon at	0.0203
job_ask	someon like	-0.0228
job_ask	someon on	-0.0826
job_ask	someon to	-0.0308
job_ask	someon who	-0.0418
job_ask	someon ~people	-0.0418
job_ask	someth	-0.0724
job_ask	someth come	-0.0342
job_ask	someth i	-0.0225
job_ask	someth shall	-0.0238
job_ask	sorri	-0.0564
job_ask	sorri i	-0.0366
job_ask	sorri my	-0.0201
job_ask	sorri to	0.0242
job_ask	sound	0.0267
job_ask	sound intens	0.0571
job_ask	sound like	-0.0229
job_ask	speak	-0.0386
job_ask	speak with	-0.0209
job_ask	spend	-0.025
job_ask	spent	-0.0266
job_ask	spot	0.0204
job_ask	spreadsheet	-0.032
job_ask	spring	0.1027
job_ask	spring look	-0.0244
job_ask	sql	-0.0453
job_ask	squeez	-0.0469
job_ask	squeez me	-0.0445
job_ask	staff	-0.032
job_ask	stand	-0.0443
job_ask	stand out	-0.0403
job_ask	start	-0.0914
job_ask	start to	-0.0224
job_ask	state	-0.0346
job_ask	stay	-0.0935
job_ask	stay in	-0.0375
job_ask	step	-0.0745
job_ask	still	0.1
job_ask	stop	-0.1009
job_ask	stop at	-0.0213
job_ask	stop there	-0.0424
job_ask	stori	-0.0249
job_ask	straight	-0.0214
job_ask	structur	-0.0788
job_ask	student	-0.1302
job_ask	studi	-0.1146
job_ask	studio	-0.032
job_ask	such	-0.0248
job_ask	suggest	-0.1362
job_ask	suggest an	-0.0498
job_ask	suggest i	-0.0248
job_ask	suggest ~number	-0.0616
job_ask	suit	-0.0518
job_ask	suit me	-0.0409
job_ask	summer	0.6253
job_ask	summer intern	0.0811
job_ask	super	-0.0422
job_ask	suppli	-0.0599
job_ask	suppli chain	-0.0599
job_ask	support	-0.0509
job_ask	support for	-0.0224
job_ask	suppos	0.0939
job_ask	survey	-0.0605
job_ask	survey data	-0.0308
job_ask	switch	-0.0465
job_ask	switch from	-0.0201
job_ask	take	0.7548
job_ask	take a	-0.0243
job_ask	take care	-0.0248
job_ask	take for	0.2839
job_ask	take on	0.4838
job_ask	take the	-0.0378
job_ask	take up	-0.0296
job_ask	take ~number	-0.0756
job_ask	taken	-0.027
job_ask	talk	-0.0761
job_ask	talk to	-0.1397
job_ask	talk with	-0.0739
job_ask	task	-0.0227
job_ask	teach	-0.0516
job_ask	team	0.1893
job_ask	team be	-0.081
job_ask	team decid	-0.0741
job_ask	team ever	-0.1235
job_ask	team hire	0.1666
job_ask	team work	-0.066
job_ask	team ~gatekeeper	0.1461
job_ask	team ~hiring	0.1666
job_ask	team ~learn	-0.0326
job_ask	team ~workverb	-0.0436
job_ask	technician	-0.0334
job_ask	tell	-0.1911
job_ask	tell me	-0.1658
job_ask	ten	-0.0286
job_ask	test	-0.1174
job_ask	test my	-0.0233
job_ask	test the	-0.0241
job_ask	test whether	-0.0243
job_ask	test ~number	-0.0241
job_ask	tester	0.0865
job_ask	than	-0.1004
job_ask	than ask	-0.0466
job_ask	thank	-0.455
job_ask	thank again	-0.0287
job_ask	thank for	-0.081
job_ask	thank so	-0.043
job_ask	thank to	-0.0571
job_ask	thank you	-0.2909
job_ask	thank ~later	-0.0287
job_ask	that	-0.4096
job_ask	that a	0.0854
job_ask	that cover	-0.0317
job_ask	that i	0.035
job_ask	that is	-0.2179
job_ask	that make	-0.0216
job_ask	that ~number	0.0732
job_ask	the	-0.5275
job_ask	the analyst	0.1748
job_ask	the atmospher	-0.0256
job_ask	the clinic	0.1705
job_ask	the contact	0.1101
job_ask	the cultur	-0.0295
job_ask	the design	0.0246
job_ask	the favor	-0.0603
job_ask	the field	-0.0338
job_ask	the half	-0.0272
job_ask	the hire	0.0463
job_ask	the job	-0.0997
job_ask	the junior	0.0373
job_ask	the last	-0.0281
job_ask	the market	0.0537
job_ask	the moment	0.3306
job_ask	the name	-0.0235
job_ask	the next	-0.0363
job_ask	the open	0.0362
job_ask	the person	-0.0256
job_ask	the point	0.0681
job_ask	the project	0.108
job_ask	the recruit	0.1218
job_ask	the role	-0.0357
job_ask	the spring	0.0236
job_ask	the start	0.0622
job_ask	the student	-0.0317
job_ask	the team	0.062
job_ask	the time	-0.0418
job_ask	the work	-0.0283
job_ask	the ~closing	-0.0323
job_ask	the ~contactverb	0.0971
job_ask	the ~degree	-0.079
job_ask	the ~gatekeeper	0.2363
job_ask	the ~hiring	-0.0395
job_ask	the ~job	-0.0475
job_ask	the ~learn	-0.0388
job_ask	the ~limit	-0.0556
job_ask	the ~number	-0.0398
job_ask	the ~org	0.1668
job_ask	the ~people	0.035
job_ask	the ~student	0.3699
job_ask	the ~talk	0.0933
job_ask	the ~workverb	-0.0283
job_ask	their	-0.1308
job_ask	their first	-0.0323
job_ask	them	-0.0218
job_ask	there	0.4756
job_ask	there a	-0.0815
job_ask	there ani	0.4163
job_ask	there anyon	-0.0431
job_ask	there anyth	-0.1588
job_ask	there are	0.1419
job_ask	there for	-0.0252
job_ask	there i	-0.0352
job_ask	there is	0.0925
job_ask	there profession	-0.0468
job_ask	there so	-0.0376
job_ask	there someon	0.0393
job_ask	there someth	-0.0302
job_ask	there ~number	0.0427
job_ask	there ~people	-0.0277
job_ask	there ~student	-0.0468
job_ask	these	-0.0469
job_ask	these day	-0.0332
job_ask	thesi	-0.0559
job_ask	they are	0.0696
job_ask	thing	-0.0532
job_ask	think	0.0424
job_ask	think about	-0.033
job_ask	think of	-0.0226
job_ask	think that	-0.0515
job_ask	think would	-0.0318
job_ask	think you	0.3092
job_ask	think ~want	-0.0318
job_ask	this	0.1187
job_ask	this field	-0.0275
job_ask	this is	0.0766
job_ask	this job	-0.0416
job_ask	this summer	0.404
job_ask	this was	-0.0315
job_ask	this work	-0.0245
job_ask	this year	0.1342
job_ask	this ~closing	-0.0201
job_ask	this ~duration	0.1342
job_ask	this ~job	-0.0535
job_ask	this ~learn	-0.0245
job_ask	this ~workverb	-0.0245
job_ask	thought	-0.0203
job_ask	through	-0.2256
job_ask	through a	-0.1227
job_ask	through how	-0.046
job_ask	through ~number	-0.1293
job_ask	time	-0.157
job_ask	time for	-0.0385
job_ask	time to	-0.0339
job_ask	time today	-0.0219
job_ask	to	-0.1945
job_ask	to a	-0.1123
job_ask	to ask	0.123
job_ask	to be	0.2442
job_ask	to chat	-0.0514
job_ask	to connect	-0.0264
job_ask	to cut	-0.0497
job_ask	to do	-0.0484
job_ask	to figur	-0.0267
job_ask	to find	-0.021
job_ask	to for	0.0611
job_ask	to forward	0.0924
job_ask	to get	0.0517
job_ask	to give	-0.0274
job_ask	to grad	-0.0343
job_ask	to hear	-0.0826
job_ask	to help	0.0838
job_ask	to hour	0.1664
job_ask	to jump	-0.0257
job_ask	to keep	-0.0445
job_ask	to learn	-0.0484
job_ask	to mind	-0.084
job_ask	to my	-0.0639
job_ask	to next	-0.0203
job_ask	to pick	-0.0208
job_ask	to refer	0.2194
job_ask	to return	-0.0217
job_ask	to see	-0.0443
job_ask	to send	-0.0209
job_ask	to share	-0.0659
job_ask	to someon	-0.0804
job_ask	to speak	-0.0244
job_ask	to stay	-0.0382
job_ask	to talk	-0.1015
job_ask	to test	-0.044
job_ask	to the	0.0925
job_ask	to tri	-0.0676
job_ask	to understand	-0.1187
job_ask	to whoever	0.053
job_ask	to work	0.1879
job_ask	to you	-0.1404
job_ask	to your	0.4588
job_ask	to ~help	-0.028
job_ask	to ~job	-0.044
job_ask	to ~limit	0.1533
job_ask	to ~number	-0.0348
job_ask	to ~people	-0.1013
job_ask	to ~sendverb	0.0245
job_ask	to ~student	-0.0832
job_ask	to ~talk	-0.1042
job_ask	to ~timeunit	0.1664
job_ask	to ~want	-0.0676
job_ask	to ~workverb	0.1825
job_ask	togeth	-0.0231
job_ask	too	-0.1229
job_ask	tool	-0.0266
job_ask	total	-0.0465
job_ask	touch	-0.0988
job_ask	touch with	-0.0675
job_ask	toward	-0.0257
job_ask	track	-0.0498
job_ask	tri	-0.2072
job_ask	tri to	-0.1249
job_ask	trial	0.0866
job_ask	twenti	-0.0343
job_ask	twenti minut	-0.0326
job_ask	twenti ~limit	-0.0326
job_ask	twenti ~timeunit	-0.0326
job_ask	twice	-0.0226
job_ask	two	-0.0609
job_ask	two ~duration	-0.0267
job_ask	typic	-0.1515
job_ask	typic week	-0.0939
job_ask	typic ~closing	-0.0984
job_ask	understand	-0.1847
job_ask	understand how	-0.0422
job_ask	understand if	-0.0445
job_ask	understand the	-0.0508
job_ask	understand what	-0.0346
job_ask	understand ~number	-0.0508
job_ask	uni	-0.0234
job_ask	unit	-0.0467
job_ask	unpaid	0.4094
job_ask	unpaid intern	0.4094
job_ask	up	0.119
job_ask	up a	-0.0215
job_ask	up ani	-0.0347
job_ask	up for	-0.0261
job_ask	up in	0.0399
job_ask	up on	0.1407
job_ask	up with	-0.049
job_ask	up your	-0.0208
job_ask	up ~number	-0.0243
job_ask	up ~want	0.0625
job_ask	updat	-0.0227
job_ask	us	-0.0836
job_ask	us leav	-0.0221
job_ask	use	-0.3575
job_ask	use most	-0.0536
job_ask	use to	-0.1988
job_ask	use ~number	-0.0218
job_ask	user	-0.0287
job_ask	usual	-0.139
job_ask	ux	-0.0338
job_ask	ux research	-0.0291
job_ask	ux ~learn	-0.0257
job_ask	vacanc	0.1144
job_ask	vacanc in	0.0827
job_ask	valu	-0.0776
job_ask	valu your	-0.0605
job_ask	veri	0.0366
job_ask	vet	-0.023
job_ask	volunt	-0.1349
job_ask	volunt for	-0.0683
job_ask	volunt with	-0.0322
job_ask	wait	-0.0299
job_ask	walk	-0.1492
job_ask	walk me	-0.1477
job_ask	want	-0.2813
job_ask	want someon	-0.0241
job_ask	want to	-0.1892
job_ask	want your	-0.0386
job_ask	want ~people	-0.0241
job_ask	was	-0.0305
job_ask	was your	-0.0358
job_ask	watch	-0.0204
job_ask	way i	0.071
job_ask	way to	-0.0212
job_ask	we are	-0.0494
job_ask	we finish	0.0621
job_ask	we have	-0.0308
job_ask	websit	0.1028
job_ask	week	0.1386
job_ask	week and	0.1247
job_ask	week on	-0.073
job_ask	week with	-0.0201
job_ask	weekend	-0.0656
job_ask	weird	0.1466
job_ask	weird if	0.1345
job_ask	well	-0.0264
job_ask	well i	-0.0219
job_ask	went	-0.0537
job_ask	went to	-0.0315
job_ask	were	-0.1213
job_ask	were in	-0.0437
job_ask	were me	-0.0274
job_ask	what	-0.8602
job_ask	what a	-0.0445
job_ask	what are	-0.0975
job_ask	what could	-0.0385
job_ask	what do	-0.0944
job_ask	what doe	-0.1074
job_ask	what is	-0.1629
job_ask	what kind	-0.0458
job_ask	what made	-0.0523
job_ask	what make	-0.0284
job_ask	what skill	-0.0431
job_ask	what student	-0.0202
job_ask	what the	0.0428
job_ask	what was	-0.0251
job_ask	what would	0.2158
job_ask	what you	-0.0287
job_ask	what ~help	-0.0944
job_ask	what ~want	0.2158
job_ask	when	-0.1771
job_ask	when a	-0.0832
job_ask	when i	0.0592
job_ask	when you	-0.0891
job_ask	when ~number	-0.0849
job_ask	where	-0.1085
job_ask	where can	-0.0326
job_ask	where do	-0.0227
job_ask	where ~help	-0.0227
job_ask	whether this	-0.0266
job_ask	whether ~number	-0.0222
job_ask	whi	-0.0859
job_ask	whi i	-0.0437
job_ask	which	-0.2924
job_ask	which book	-0.0206
job_ask	which is	-0.0446
job_ask	which of	-0.0226
job_ask	which part	-0.0242
job_ask	which ~student	-0.0258
job_ask	while	-0.042
job_ask	who	-0.1727
job_ask	who do	-0.0253
job_ask	who els	-0.0318
job_ask	who get	-0.0722
job_ask	who is	0.155
job_ask	who might	-0.0668
job_ask	who run	-0.0256
job_ask	who should	0.1318
job_ask	who went	-0.028
job_ask	who work	-0.0224
job_ask	who would	-0.0618
job_ask	who ~help	-0.0253
job_ask	who ~want	-0.0618
job_ask	whoever	0.0394
job_ask	will	-0.2396
job_ask	will leav	-0.0275
job_ask	will let	-0.0862
job_ask	will not	-0.0513
job_ask	will send	-0.0675
job_ask	will stop	-0.0318
job_ask	will to	0.1718
job_ask	will ~sendverb	-0.0794
job_ask	wish	-0.0383
job_ask	wish you	-0.0294
job_ask	with	-0.3113
job_ask	with a	-0.0453
job_ask	with anyth	-0.0473
job_ask	with me	-0.132
job_ask	with my	0.0856
job_ask	with someon	-0.0443
job_ask	with the	-0.0466
job_ask	with you	0.0858
job_ask	with your	0.0961
job_ask	with ~number	-0.1058
job_ask	with ~people	-0.0545
job_ask	without	-0.0275
job_ask	without a	-0.0275
job_ask	without ~number	-0.0275
job_ask	wonder	0.1226
job_ask	wonder whether	0.1121
job_ask	word	0.2223
job_ask	word for	0.1307
job_ask	work	-0.2693
job_ask	work at	0.0755
job_ask	work in	-0.038
job_ask	worri	-0.0273
job_ask	worth	-0.1464
job_ask	worth follow	-0.0353
job_ask	worth it	-0.0427
job_ask	worth join	-0.0241
job_ask	would	0.3426
job_ask	would an	-0.0226
job_ask	would be	-0.1051
job_ask	would have	-0.021
job_ask	would it	0.2673
job_ask	would like	-0.0363
job_ask	would love	0.0347
job_ask	would point	-0.0499
job_ask	would realli	0.1919
job_ask	would recommend	-0.1365
job_ask	would suggest	-0.0595
job_ask	would you	0.1789
job_ask	would your	0.1799
job_ask	would ~help	-0.0234
job_ask	would ~learn	0.0665
job_ask	would ~number	-0.0341
job_ask	would ~talk	0.0625
job_ask	would ~want	0.1349
job_ask	wow	-0.0245
job_ask	wrap	-0.0465
job_ask	wrap up	-0.035
job_ask	write	-0.1607
job_ask	write up	-0.0422
job_ask	write you	-0.0317
job_ask	wrote	-0.0301
job_ask	yeah	-0.0515
job_ask	year	-0.1567
job_ask	year and	-0.0336
job_ask	yesterday	-0.0241
job_ask	you	0.2085
job_ask	you a	-0.0802
job_ask	you an	-0.0238
job_ask	you and	-0.0537
job_ask	you are	0.0569
job_ask	you be	0.281
job_ask	you can	0.2
job_ask	you consid	0.0979
job_ask	you could	0.3988
job_ask	you decid	-0.0224
job_ask	you describ	-0.1019
job_ask	you do	0.1547
job_ask	you ever	-0.1092
job_ask	you feel	-0.0275
job_ask	you find	-0.0388
job_ask	you for	0.073
job_ask	you found	-0.0261
job_ask	you get	-0.0732
job_ask	you give	-0.0483
job_ask	you go	-0.0504
job_ask	you got	-0.0359
job_ask	you guy	0.3996
job_ask	you have	-0.1294
job_ask	you hear	0.0501
job_ask	you hire	0.1773
job_ask	you if	-0.0451
job_ask	you in	-0.0585
job_ask	you introduc	-0.0383
job_ask	you keep	0.1289
job_ask	you know	0.1985
job_ask	you let	0.1701
job_ask	you like	-0.0383
job_ask	you mention	-0.1437
job_ask	you might	0.2664
job_ask	you my	0.1068
job_ask	you need	-0.1461
job_ask	you note	-0.0241
job_ask	you on	-0.1139
job_ask	you or	-0.0381
job_ask	you out	-0.0405
job_ask	you pass	0.103
job_ask	you post	-0.0215
job_ask	you recommend	-0.0842
job_ask	you refer	0.1696
job_ask	you said	0.0272
job_ask	you say	-0.025
job_ask	you so	-0.0225
job_ask	you start	-0.0231
job_ask	you suggest	-0.0743
job_ask	you take	0.0894
job_ask	you tell	-0.1407
job_ask	you that	-0.042
job_ask	you think	0.1707
job_ask	you this	0.1531
job_ask	you to	0.2113
job_ask	you use	-0.0723
job_ask	you walk	-0.1343
job_ask	you were	-0.0914
job_ask	you wish	-0.028
job_ask	you work	-0.034
job_ask	you would	-0.1963
job_ask	you ~gatekeeper	0.1773
job_ask	you ~help	0.1057
job_ask	you ~hiring	0.27
job_ask	you ~later	-0.0407
job_ask	you ~learn	0.0934
job_ask	you ~number	-0.1202
job_ask	you ~sendverb	0.0768
job_ask	you ~studyverb	0.0731
job_ask	you ~talk	-0.0304
job_ask	you ~want	-0.2213
job_ask	you ~workverb	-0.0407
job_ask	your	0.4034
job_ask	your advic	-0.0381
job_ask	your afternoon	-0.0221
job_ask	your agenc	0.0763
job_ask	your app	-0.0295
job_ask	your career	0.0207
job_ask	your colleagu	-0.0203
job_ask	your compani	0.253
job_ask	your creativ	0.0386
job_ask	your data	-0.0256
job_ask	your day	-0.0254
job_ask	your depart	0.2047
job_ask	your evening	-0.0444
job_ask	your field	-0.0611
job_ask	your firm	0.3017
job_ask	your first	-0.0318
job_ask	your former	-0.0319
job_ask	your honest	-0.0307
job_ask	your job	-0.0294
job_ask	your lab	0.0971
job_ask	your lunch	-0.0353
job_ask	your name	0.2272
job_ask	your network	-0.0269
job_ask	your next	-0.0385
job_ask	your offic	0.0232
job_ask	your old	-0.0858
job_ask	your perspect	-0.0416
job_ask	your plate	-0.0265
job_ask	your project	-0.0223
job_ask	your recruit	0.1064
job_ask	your role	-0.0227
job_ask	your side	-0.0299
job_ask	your take	-0.063
job_ask	your team	0.1844
job_ask	your time	-0.0685
job_ask	your unit	-0.0467
job_ask	your week	-0.0314
job_ask	your work	-0.026
job_ask	your ~closing	-0.0927
job_ask	your ~gatekeeper	0.1709
job_ask	your ~hiring	0.0275
job_ask	your ~insight	-0.1549
job_ask	your ~job	-0.0648
job_ask	your ~learn	-0.0263
job_ask	your ~limit	-0.1636
job_ask	your ~org	1.2816
job_ask	your ~people	-0.0496
job_ask	your ~student	0.1496
job_ask	your ~talk	-0.0303
job_ask	your ~workverb	-0.026
job_ask	z	-0.0255
job_ask	z perspect	-0.0255
job_ask	z ~insight	-0.0255
job_ask	~application	0.8916
job_ask	~application along	0.1235
job_ask	~application to	0.3228
job_ask	~closing	-0.0662
job_ask	~closing and	0.1147
job_ask	~closing as	0.2211
job_ask	~closing in	-0.0214
job_ask	~closing of	-0.0227
job_ask	~closing on	-0.073
job_ask	~closing to	-0.0306
job_ask	~contactverb	-0.3973
job_ask	~contactverb of	0.1108
job_ask	~contactverb out	-0.0955
job_ask	~contactverb up	-0.0422
job_ask	~contactverb with	-0.0783
job_ask	~contactverb you	-0.0373
job_ask	~degree	-0.3292
job_ask	~degree at	-0.0655
job_ask	~degree be	-0.0226
job_ask	~degree in	-0.0516
job_ask	~degree or	-0.0617
job_ask	~degree program	0.051
job_ask	~duration	-0.2094
job_ask	~duration and	-0.0336
job_ask	~duration in	-0.036
job_ask	~gatekeeper	1.1653
job_ask	~gatekeeper at	0.1458
job_ask	~gatekeeper care	-0.0235
job_ask	~gatekeeper do	0.2332
job_ask	~gatekeeper for	0.0652
job_ask	~gatekeeper intern	0.0434
job_ask	~gatekeeper junior	0.1783
job_ask	~gatekeeper manag	0.0337
job_ask	~gatekeeper process	-0.0466
job_ask	~gatekeeper right	0.309
job_ask	~gatekeeper team	0.0369
job_ask	~help	-0.387
job_ask	~help an	-0.0234
job_ask	~help befor	-0.0243
job_ask	~help feedback	-0.0206
job_ask	~help for	-0.0564
job_ask	~help hire	-0.0483
job_ask	~help i	-0.0334
job_ask	~help junior	-0.0263
job_ask	~help me	0.2788
job_ask	~help new	-0.0687
job_ask	~help not	0.2332
job_ask	~help peopl	-0.0279
job_ask	~help the	-0.0771
job_ask	~help to	-0.2367
job_ask	~help with	-0.0808
job_ask	~help you	0.3243
job_ask	~hiring	1.2916
job_ask	~hiring at	0.1663
job_ask	~hiring flow	-0.0241
job_ask	~hiring for	0.0879
job_ask	~hiring intern	0.0434
job_ask	~hiring junior	0.1783
job_ask	~hiring manag	0.0337
job_ask	~hiring on	0.3877
job_ask	~hiring process	-0.0466
job_ask	~hiring right	0.309
job_ask	~hiring team	0.0822
job_ask	~hiring the	-0.0251
job_ask	~insight	-0.3282
job_ask	~insight a	-0.0262
job_ask	~insight care	-0.0248
job_ask	~insight for	0.2446
job_ask	~insight on	-0.1507
job_ask	~insight over	-0.0371
job_ask	~insight to	-0.0467
job_ask	~insight up	-0.0258
job_ask	~insight you	-0.0225
job_ask	~job	1.4462
job_ask	~job a	-0.0333
job_ask	~job at	0.2044
job_ask	~job do	-0.0336
job_ask	~job for	0.3451
job_ask	~job go	0.095
job_ask	~job hunt	-0.0212
job_ask	~job i	0.2028
job_ask	~job in	0.2265
job_ask	~job on	0.1082
job_ask	~job open	0.0894
job_ask	~job right	-0.0355
job_ask	~job that	0.0411
job_ask	~job you	0.0515
job_ask	~later	-0.0551
job_ask	~later after	-0.0458
job_ask	~later i	-0.0613
job_ask	~later to	-0.022
job_ask	~learn	-0.13
job_ask	~learn a	0.0315
job_ask	~learn an	0.0342
job_ask	~learn ani	-0.0337
job_ask	~learn anyon	0.085
job_ask	~learn at	0.0733
job_ask	~learn back	-0.0235
job_ask	~learn befor	0.0714
job_ask	~learn how	-0.0893
job_ask	~learn i	-0.0328
job_ask	~learn if	0.2454
job_ask	~learn into	-0.0355
job_ask	~learn is	-0.0204
job_ask	~learn it	-0.028
job_ask	~learn me	0.2909
job_ask	~learn out	-0.0752
job_ask	~learn some	-0.0249
job_ask	~learn the	-0.0666
job_ask	~learn their	-0.0399
job_ask	~learn this	0.0894
job_ask	~learn to	-0.0432
job_ask	~learn we	-0.0378
job_ask	~learn you	-0.0413
job_ask	~learn your	-0.1108
job_ask	~limit	-0.3292
job_ask	~limit break	-0.0234
job_ask	~limit is	-0.0243
job_ask	~limit or	-0.0326
job_ask	~limit so	-0.0327
job_ask	~limit to	-0.047
job_ask	~limit today	-0.0248
job_ask	~limit you	0.0615
job_ask	~number	-0.2963
job_ask	~number analyst	0.1618
job_ask	~number atmospher	-0.0256
job_ask	~number beginn	-0.0758
job_ask	~number big	-0.0313
job_ask	~number bootcamp	-0.0204
job_ask	~number career	-0.0677
job_ask	~number certif	-0.0217
job_ask	~number clinic	0.1649
job_ask	~number colleagu	-0.0463
job_ask	~number come	-0.0204
job_ask	~number confer	-0.021
job_ask	~number contact	0.1094
job_ask	~number coupl	-0.032
job_ask	~number cultur	-0.0295
job_ask	~number data	-0.0441
job_ask	~number differ	-0.0208
job_ask	~number exercis	-0.0781
job_ask	~number exhibit	-0.0369
job_ask	~number extra	0.0925
job_ask	~number favor	-0.0603
job_ask	~number few	-0.06
job_ask	~number field	-0.0349
job_ask	~number first	-0.0215
job_ask	~number fit	0.036
job_ask	~number gen	-0.0255
job_ask	~number good	0.1291
job_ask	~number great	-0.0315
job_ask	~number half	-0.0272
job_ask	~number hand	-0.0724
job_ask	~number hard	-0.025
job_ask	~number hire	0.0463
job_ask	~number hour	-0.041
job_ask	~number internship	0.1023
job_ask	~number interview	0.3701
job_ask	~number intro	-0.0551
job_ask	~number introduct	-0.0373
job_ask	~number job	-0.0419
job_ask	~number junior	0.0444
job_ask	~number last	-0.0326
job_ask	~number link	-0.0232
job_ask	~number littl	-0.0315
job_ask	~number lot	-0.0286
job_ask	~number market	0.0537
job_ask	~number master	-0.0293
job_ask	~number minut	-0.1004
job_ask	~number moment	0.3306
job_ask	~number month	-0.035
job_ask	~number more	-0.0289
job_ask	~number name	-0.0847
job_ask	~number new	-0.0254
job_ask	~number next	-0.0505
job_ask	~number nurs	-0.0384
job_ask	~number on	-0.0265
job_ask	~number open	0.1787
job_ask	~number paraleg	-0.0256
job_ask	~number part	0.082
job_ask	~number person	-0.0311
job_ask	~number phd	-0.0227
job_ask	~number point	0.0681
job_ask	~number polici	-0.0458
job_ask	~number portfolio	-0.0215
job_ask	~number posit	0.2073
job_ask	~number post	0.0602
job_ask	~number product	0.1178
job_ask	~number project	0.0914
job_ask	~number question	-0.028
job_ask	~number quick	-0.0914
job_ask	~number recruit	0.1663
job_ask	~number refer	0.0808
job_ask	~number referr	0.3233
job_ask	~number research	-0.0297
job_ask	~number role	0.0559
job_ask	~number second	-0.0272
job_ask	~number shall	-0.0663
job_ask	~number short	-0.0554
job_ask	~number start	0.0622
job_ask	~number student	-0.0653
job_ask	~number team	0.0605
job_ask	~number time	-0.045
job_ask	~number trial	0.0866
job_ask	~number typic	-0.1277
job_ask	~number week	0.1909
job_ask	~number work	-0.0301
job_ask	~number year	-0.0525
job_ask	~org	0.705
job_ask	~org administr	-0.0242
job_ask	~org and	0.1221
job_ask	~org are	0.0924
job_ask	~org be	-0.081
job_ask	~org decid	-0.0914
job_ask	~org ever	0.0948
job_ask	~org for	-0.0264
job_ask	~org handl	-0.055
job_ask	~org have	0.1148
job_ask	~org hire	0.1666
job_ask	~org is	-0.0516
job_ask	~org lantern	-0.0468
job_ask	~org next	0.15
job_ask	~org of	-0.0226
job_ask	~org or	-0.0647
job_ask	~org project	-0.0389
job_ask	~org take	0.2514
job_ask	~org this	0.0967
job_ask	~org usual	-0.0203
job_ask	~org who	-0.0431
job_ask	~org work	-0.0733
job_ask	~org you	-0.0443
job_ask	~people	-0.6012
job_ask	~people at	-0.0288
job_ask	~people do	-0.0316
job_ask	~people els	-0.0936
job_ask	~people from	-0.0586
job_ask	~people get	-0.0967
job_ask	~people i	-0.0353
job_ask	~people in	-0.097
job_ask	~people is	0.155
job_ask	~people like	-0.0228
job_ask	~people might	-0.0668
job_ask	~people of	0.0617
job_ask	~people on	-0.1764
job_ask	~people run	-0.0256
job_ask	~people should	0.1318
job_ask	~people to	-0.0453
job_ask	~people usual	-0.0253
job_ask	~people went	-0.028
job_ask	~people who	0.0711
job_ask	~people with	0.0859
job_ask	~people without	-0.0201
job_ask	~people work	-0.0236
job_ask	~people would	-0.0641
job_ask	~people you	-0.0575
job_ask	~sendverb	0.184
job_ask	~sendverb it	0.1028
job_ask	~sendverb me	-0.0265
job_ask	~sendverb my	0.3881
job_ask	~sendverb on	-0.0339
job_ask	~sendverb what	-0.0319
job_ask	~sendverb you	-0.023
job_ask	~student	0.6548
job_ask	~student analyst	-0.0597
job_ask	~student associ	-0.0792
job_ask	~student at	-0.0775
job_ask	~student but	0.0411
job_ask	~student do	-0.0232
job_ask	~student for	-0.0369
job_ask	~student i	0.0915
job_ask	~student move	-0.0292
job_ask	~student of	0.1195
job_ask	~student open	0.1567
job_ask	~student or	0.0791
job_ask	~student peopl	-0.0271
job_ask	~student program	0.1059
job_ask	~student role	0.118
job_ask	~student school	-0.041
job_ask	~student spot	0.0282
job_ask	~student stand	-0.0346
job_ask	~student with	0.1295
job_ask	~student you	-0.0264
job_ask	~studyverb	-0.0826
job_ask	~studyverb a	0.0586
job_ask	~studyverb in	-0.0214
job_ask	~studyverb my	-0.0202
job_ask	~studyverb on	0.3877
job_ask	~studyverb the	-0.0666
job_ask	~studyverb this	-0.0224
job_ask	~studyverb you	-0.179
job_ask	~talk	-0.3125
job_ask	~talk about	0.0208
job_ask	~talk i	-0.0343
job_ask	~talk me	-0.0434
job_ask	~talk of	0.1108
job_ask	~talk out	-0.1441
job_ask	~talk to	-0.1489
job_ask	~talk what	0.0632
job_ask	~talk with	-0.1467
job_ask	~talk you	-0.0831
job_ask	~timeunit for	0.0409
job_ask	~timeunit or	-0.0258
job_ask	~want	-0.2976
job_ask	~want a	0.0531
job_ask	~want an	-0.0362
job_ask	~want ask	0.0621
job_ask	~want be	-0.1051
job_ask	~want for	-0.1209
job_ask	~want gather	-0.0238
job_ask	~want graduat	-0.0452
job_ask	~want grate	0.0551
job_ask	~want have	-0.021
job_ask	~want help	-0.027
job_ask	~want i	-0.05
job_ask	~want inform	-0.0303
job_ask	~want it	0.174
job_ask	~want like	-0.0632
job_ask	~want love	0.1252
job_ask	~want need	0.071
job_ask	~want on	0.1303
job_ask	~want point	-0.0499
job_ask	~want realli	0.1902
job_ask	~want recommend	-0.1365
job_ask	~want suggest	-0.0595
job_ask	~want talk	0.1461
job_ask	~want the	0.0608
job_ask	~want this	-0.0428
job_ask	~want to	-0.3903
job_ask	~want valu	-0.061
job_ask	~want want	-0.0655
job_ask	~want you	0.2199
job_ask	~want your	0.0445
job_ask	~workverb	-0.3785
job_ask	~workverb a	-0.0396
job_ask	~workverb as	-0.0215
job_ask	~workverb at	0.0636
job_ask	~workverb in	-0.0368
referral_ask	*	-3.4706
referral_ask	15	-0.0216
referral_ask	?	-0.0541
referral_ask	^a	-0.139
referral_ask	^alright	-0.0221
referral_ask	^also	0.0404
referral_ask	^and	0.0564
referral_ask	^ani	0.2513
referral_ask	^anyon	0.1156
referral_ask	^appreci	-0.0273
referral_ask	^befor	0.0943
referral_ask	^bye	-0.0303
referral_ask	^can	-0.0978
referral_ask	^cool	0.1282
referral_ask	^could	0.2497
referral_ask	^did	-0.0678
referral_ask	^do	0.0927
referral_ask	^doe	-0.0511
referral_ask	^even	0.0476
referral_ask	^good	-0.0267
referral_ask	^have	-0.0403
referral_ask	^hi	-0.0871
referral_ask	^honest	-0.0484
referral_ask	^how	-0.5202
referral_ask	^i	-0.5065
referral_ask	^if	0.0749
referral_ask	^is	0.0485
referral_ask	^it	0.0616
referral_ask	^just	-0.022
referral_ask	^let	-0.0572
referral_ask	^mind	-0.032
referral_ask	^my	-0.0701
referral_ask	^no	-0.042
referral_ask	^oh	-0.0225
referral_ask	^ok	-0.0649
referral_ask	^okafor	0.1587
referral_ask	^onc	-0.0223
referral_ask	^one	-0.0216
referral_ask	^realli	-0.0339
referral_ask	^right	-0.0321
referral_ask	^shall	-0.0219
referral_ask	^so	-0.0303
referral_ask	^sorri	-0.1026
referral_ask	^thank	-0.1254
referral_ask	^that	-0.091
referral_ask	^the	-0.0242
referral_ask	^wait	-0.044
referral_ask	^was	-0.0205
referral_ask	^we	-0.0415
referral_ask	^what	-0.7481
referral_ask	^where	-0.0874
referral_ask	^whi	-0.0238
referral_ask	^which	-0.0883
referral_ask	^who	0.2466
referral_ask	^would	0.2525
referral_ask	^you	0.3407
referral_ask	a	-0.2554
referral_ask	a beginn	-0.0327
referral_ask	a big	-0.0352
referral_ask	a bit	-0.0734
referral_ask	a career	-0.0577
referral_ask	a chemistri	-0.0283
referral_ask	a colleagu	0.1795
referral_ask	a confer	-0.0235
referral_ask	a coupl	0.18
referral_ask	a differ	0.0585
referral_ask	a few	-0.1064
referral_ask	a first	-0.0377
referral_ask	a gen	-0.0315
referral_ask	a good	-0.0863
referral_ask	a grant	-0.0227
referral_ask	a great	0.0552
referral_ask	a hospit	-0.06
referral_ask	a job	-0.0464
referral_ask	a junior	0.1802
referral_ask	a line	-0.0297
referral_ask	a lot	-0.0985
referral_ask	a name	0.165
referral_ask	a new	-0.0224
referral_ask	a nonprofit	0.0915
referral_ask	a nurs	0.0683
referral_ask	a posit	-0.0319
referral_ask	a project	-0.0217
referral_ask	a proper	0.081
referral_ask	a quick	0.143
referral_ask	a second	-0.0378
referral_ask	a shall	-0.0491
referral_ask	a short	0.0577
referral_ask	a similar	0.0792
referral_ask	a smaller	0.0377
referral_ask	a sophomor	0.0417
referral_ask	a student	0.1467
referral_ask	a technician	-0.0266
referral_ask	a typic	-0.0323
referral_ask	a while	-0.037
referral_ask	a ~degree	-0.0548
referral_ask	a ~job	-0.0889
referral_ask	a ~number	0.0785
referral_ask	a ~org	-0.1016
referral_ask	a ~people	0.1696
referral_ask	a ~student	0.2754
referral_ask	a ~talk	0.0266
referral_ask	abl	-0.0809
referral_ask	abl to	-0.0809
referral_ask	about	-0.1691
referral_ask	about data	0.14
referral_ask	about how	-0.0279
referral_ask	about nonprofit	-0.0532
referral_ask	about research	-0.0333
referral_ask	about the	0.0987
referral_ask	about what	-0.0651
referral_ask	about your	-0.04
referral_ask	about ~job	-0.0274
referral_ask	about ~learn	-0.0333
referral_ask	about ~number	0.0753
referral_ask	academia	-0.0404
referral_ask	accept	0.0393
referral_ask	account	-0.0512
referral_ask	actual	-0.0945
referral_ask	administr	0.1338
referral_ask	advic	-0.1363
referral_ask	advic someon	-0.0664
referral_ask	advic would	-0.0201
referral_ask	advic ~people	-0.0664
referral_ask	advic ~want	-0.0201
referral_ask	after	-0.2785
referral_ask	after a	-0.0441
referral_ask	after graduat	-0.0877
referral_ask	after i	-0.0762
referral_ask	after my	-0.0206
referral_ask	after ~number	-0.0587
referral_ask	afternoon	-0.0229
referral_ask	again	-0.1758
referral_ask	again in	-0.0235
referral_ask	again onc	-0.03
referral_ask	again this	0.0293
referral_ask	agenc	0.0954
referral_ask	agenc and	-0.0366
referral_ask	agre	-0.0928
referral_ask	agre to	-0.0765
referral_ask	all	-0.1079
referral_ask	all right	-0.0331
referral_ask	all the	-0.0223
referral_ask	all ~number	-0.0223
referral_ask	almost	0.0488
referral_ask	almost out	0.0515
referral_ask	along	0.0904
referral_ask	along to	-0.0465
referral_ask	alreadi	-0.0219
referral_ask	alright	-0.0395
referral_ask	also	0.1552
referral_ask	also in	0.0408
referral_ask	also is	0.0404
referral_ask	am	-0.418
referral_ask	am a	-0.0605
referral_ask	am at	-0.0635
referral_ask	am not	-0.0429
referral_ask	am ~number	-0.0635
referral_ask	am ~want	-0.0863
referral_ask	an	-0.025
referral_ask	an exercis	-0.0406
referral_ask	an interview	-0.1377
referral_ask	an intro	0.1656
referral_ask	an introduct	0.2288
referral_ask	an ~job	-0.0272
referral_ask	an ~student	-0.0209
referral_ask	an ~talk	-0.1329
referral_ask	analyst	-0.1745
referral_ask	analyst ~job	-0.0808
referral_ask	analyt	0.0367
referral_ask	and	-0.1644
referral_ask	and go	-0.0447
referral_ask	and how	0.0288
referral_ask	and i	-0.088
referral_ask	and if	0.0625
referral_ask	and would	0.0758
referral_ask	and ~number	-0.0203
referral_ask	and ~talk	-0.0212
referral_ask	and ~want	0.0669
referral_ask	ani	0.1288
referral_ask	ani book	-0.069
referral_ask	ani chanc	0.2102
referral_ask	ani colleagu	0.1248
referral_ask	ani good	-0.0202
referral_ask	ani open	-0.0272
referral_ask	ani profession	-0.0232
referral_ask	ani way	-0.0637
referral_ask	ani ~insight	-0.0204
referral_ask	ani ~job	-0.0299
referral_ask	ani ~people	0.2425
referral_ask	ani ~student	-0.0439
referral_ask	anybodi	0.2778
referral_ask	anybodi who	0.123
referral_ask	anybodi ~people	0.123
referral_ask	anyon	0.7288
referral_ask	anyon at	0.1889
referral_ask	anyon come	0.0854
referral_ask	anyon els	0.2317
referral_ask	anyon in	0.2383
referral_ask	anyon on	0.0552
referral_ask	anyon who	-0.096
referral_ask	anyon ~people	-0.096
referral_ask	anyth	-0.2357
referral_ask	anyth i	-0.0689
referral_ask	anyth open	-0.0249
referral_ask	anyth you	-0.0393
referral_ask	app	-0.0208
referral_ask	appli	-0.1288
referral_ask	appli to	-0.0933
referral_ask	applic	-0.0329
referral_ask	appreci	-0.1088
referral_ask	appreci it	-0.036
referral_ask	appreci you	-0.0504
referral_ask	are	-0.0731
referral_ask	are almost	0.0515
referral_ask	are at	-0.0228
referral_ask	are the	-0.093
referral_ask	are there	0.1183
referral_ask	are you	-0.1248
referral_ask	are your	-0.0451
referral_ask	are ~number	-0.1051
referral_ask	are ~want	0.0509
referral_ask	area	0.0447
referral_ask	articl	-0.0275
referral_ask	as	-0.1271
referral_ask	as a	-0.0511
referral_ask	as peopl	-0.0274
referral_ask	as ~number	-0.0592
referral_ask	as ~people	-0.0472
referral_ask	ask	-0.1747
referral_ask	ask about	0.0497
referral_ask	ask one	-0.042
referral_ask	ask ~number	-0.0477
referral_ask	ask ~people	-0.0459
referral_ask	associ	-0.0216
referral_ask	associ or	-0.0436
referral_ask	associ you	0.0546
referral_ask	at	0.3294
referral_ask	at a	0.0567
referral_ask	at confer	-0.1042
referral_ask	at deloitt	0.1698
referral_ask	at like	-0.026
referral_ask	at my	-0.0984
referral_ask	at paper	-0.0239
referral_ask	at the	0.3837
referral_ask	at uw	0.131
referral_ask	at your	0.0644
referral_ask	at ~number	0.4285
referral_ask	at ~org	-0.0239
referral_ask	audit	-0.0311
referral_ask	back	-0.1124
referral_ask	back after	-0.0719
referral_ask	back ~want	-0.0719
referral_ask	background	0.0248
referral_ask	bank	-0.0702
referral_ask	be	0.1618
referral_ask	be abl	-0.0804
referral_ask	be comfort	0.065
referral_ask	be consid	-0.0334
referral_ask	be down	0.1081
referral_ask	be glad	-0.1056
referral_ask	be good	0.0936
referral_ask	be grate	0.0358
referral_ask	be great	-0.0864
referral_ask	be ok	0.0259
referral_ask	be open	0.0597
referral_ask	be read	-0.0716
referral_ask	be so	0.0445
referral_ask	be the	-0.0585
referral_ask	be up	0.1245
referral_ask	be use	-0.0829
referral_ask	be weird	-0.0563
referral_ask	be will	0.047
referral_ask	be ~help	-0.0829
referral_ask	be ~later	0.1081
referral_ask	be ~number	-0.0603
referral_ask	be ~talk	0.0715
referral_ask	becaus	-0.0245
referral_ask	becom	-0.0266
referral_ask	been	-0.111
referral_ask	been ~number	-0.0235
referral_ask	befor	-0.0415
referral_ask	befor i	-0.0375
referral_ask	befor you	0.1001
referral_ask	beginn	-0.0371
referral_ask	benefit	0.0294
referral_ask	best	0.033
referral_ask	best person	0.0891
referral_ask	best way	-0.0328
referral_ask	best ~people	0.0891
referral_ask	better	-0.0392
referral_ask	better to	-0.0486
referral_ask	between	-0.0641
referral_ask	between meet	-0.0284
referral_ask	beyond	-0.0243
referral_ask	big	-0.1094
referral_ask	big ~people	-0.0743
referral_ask	biggest	-0.076
referral_ask	biggest influenc	-0.0594
referral_ask	biotech sale	0.0334
referral_ask	bit	-0.0883
referral_ask	bit of	-0.0489
referral_ask	book	-0.1703
referral_ask	book or	-0.0648
referral_ask	book would	-0.0388
referral_ask	book you	-0.0357
referral_ask	book ~want	-0.0388
referral_ask	both	0.1607
referral_ask	brain	0.3459
referral_ask	break	-0.0363
referral_ask	budget	-0.0325
referral_ask	build	-0.0234
referral_ask	but	-0.0472
referral_ask	by	-0.0761
referral_ask	by email	-0.0601
referral_ask	by ~contactverb	-0.0601
referral_ask	by ~sendverb	-0.0601
referral_ask	by ~talk	-0.0601
referral_ask	bye	-0.0394
referral_ask	call	-0.0368
referral_ask	call it	-0.0287
referral_ask	call ~limit	-0.0376
referral_ask	came	0.0721
referral_ask	came from	0.0769
referral_ask	can	-0.1912
referral_ask	can be	-0.0375
referral_ask	can do	-0.0238
referral_ask	can get	-0.0221
referral_ask	can give	0.0883
referral_ask	can help	-0.0218
referral_ask	can i	-0.1025
referral_ask	can see	0.0418
referral_ask	can ~help	0.0374
referral_ask	card	-0.021
referral_ask	care	-0.0426
referral_ask	career	-0.2001
referral_ask	career changer	-0.0346
referral_ask	career in	-0.0204
referral_ask	career ~student	-0.0318
referral_ask	case	-0.0367
referral_ask	certif	-0.0703
referral_ask	certif in	-0.0204
referral_ask	chain	0.0332
referral_ask	chanc	0.1882
referral_ask	chanc you	0.2305
referral_ask	chang	-0.0823
referral_ask	changer	-0.0346
referral_ask	chat	0.1783
referral_ask	chat with	0.122
referral_ask	check	-0.084
referral_ask	check in	-0.0484
referral_ask	cheer	-0.0249
referral_ask	chemistri	-0.0524
referral_ask	chemistri teacher	-0.0231
referral_ask	chemistri ~student	-0.0295
referral_ask	choos	-0.0324
referral_ask	citi	-0.0355
referral_ask	citi govern	-0.0232
referral_ask	client	-0.1118
referral_ask	clinic	-0.0371
referral_ask	close	-0.0797
referral_ask	colleagu	0.3889
referral_ask	colleagu at	-0.0236
referral_ask	colleagu i	0.1346
referral_ask	colleagu of	0.0781
referral_ask	colleagu who	0.1248
referral_ask	colleagu you	0.0652
referral_ask	colleagu ~people	0.1248
referral_ask	collect	-0.0276
referral_ask	colleg	-0.0535
referral_ask	come	0.1869
referral_ask	come in	-0.02
referral_ask	come to	0.3306
referral_ask	come up	-0.0757
referral_ask	comfort	0.188
referral_ask	comfort connect	0.1568
referral_ask	comfort introduc	0.0548
referral_ask	comfort ~talk	0.1568
referral_ask	commerci	0.041
referral_ask	committe	-0.073
referral_ask	communiti	-0.1208
referral_ask	communiti colleg	-0.0296
referral_ask	compani	-0.1173
referral_ask	complet	-0.0213
referral_ask	complianc	0.1065
referral_ask	complianc ~org	0.037
referral_ask	confer	-0.1351
referral_ask	connect	0.0839
referral_ask	connect me	0.2045
referral_ask	connect with	-0.1217
referral_ask	consid	-0.064
referral_ask	consult	-0.0217
referral_ask	contact	0.1475
referral_ask	contact with	-0.0618
referral_ask	convers	0.0612
referral_ask	cool	0.111
referral_ask	cool cool	0.1236
referral_ask	could	0.7216
referral_ask	could chat	0.0278
referral_ask	could do	-0.0208
referral_ask	could get	-0.066
referral_ask	could i	-0.0621
referral_ask	could introduc	0.1042
referral_ask	could pass	0.1284
referral_ask	could reach	0.0768
referral_ask	could refer	-0.0563
referral_ask	could talk	0.1168
referral_ask	could tri	-0.0488
referral_ask	could you	0.3323
referral_ask	could ~contactverb	0.1826
referral_ask	could ~help	-0.0408
referral_ask	could ~learn	-0.0726
referral_ask	could ~sendverb	0.1303
referral_ask	could ~talk	0.2713
referral_ask	could ~want	-0.0488
referral_ask	coupl	0.18
referral_ask	coupl of	0.1997
referral_ask	cours	-0.0845
referral_ask	cover	-0.0483
referral_ask	cover everyth	-0.0427
referral_ask	cowork	0.0733
referral_ask	credit	-0.0494
referral_ask	credit analyst	-0.0358
referral_ask	cultur	-0.0234
referral_ask	curious	-0.0912
referral_ask	curious about	-0.0846
referral_ask	data	0.0828
referral_ask	data engin	0.1337
referral_ask	data scienc	-0.0698
referral_ask	data side	0.0285
referral_ask	data team	0.0591
referral_ask	data ~org	0.0902
referral_ask	day	-0.1072
referral_ask	day to	-0.0319
referral_ask	decid	-0.0835
referral_ask	decid to	-0.0449
referral_ask	decid whether	0.0327
referral_ask	degre	-0.0874
referral_ask	deloitt	0.1698
referral_ask	depart	0.0397
referral_ask	depart you	0.0611
referral_ask	describ	-0.0657
referral_ask	describ ~number	-0.0359
referral_ask	design	0.1116
referral_ask	design ~job	-0.0227
referral_ask	desk	-0.0222
referral_ask	develop	-0.046
referral_ask	did	-0.1339
referral_ask	did not	-0.0353
referral_ask	did that	0.042
referral_ask	did you	-0.1332
referral_ask	direct	-0.0723
referral_ask	do	-0.2736
referral_ask	do most	-0.0244
referral_ask	do not	-0.0479
referral_ask	do peopl	-0.0688
referral_ask	do research	-0.0557
referral_ask	do to	-0.038
referral_ask	do you	0.2031
referral_ask	do ~learn	-0.0524
referral_ask	do ~number	-0.0295
referral_ask	do ~people	-0.0688
referral_ask	doe	-0.0955
referral_ask	doe a	-0.0222
referral_ask	doe anyon	0.0311
referral_ask	doe your	-0.0663
referral_ask	doe ~number	-0.0334
referral_ask	done	0.0783
referral_ask	done the	0.0258
referral_ask	done ~number	0.0245
referral_ask	down	0.0597
referral_ask	down to	0.1081
referral_ask	dr	0.1509
referral_ask	drop	-0.0374
referral_ask	drop you	-0.0304
referral_ask	each	-0.0332
referral_ask	earli	-0.069
referral_ask	earli on	-0.0563
referral_ask	earlier	0.191
referral_ask	educ	0.119
referral_ask	eight	-0.0244
referral_ask	eight year	-0.0244
referral_ask	eight ~duration	-0.0244
referral_ask	electrician	-0.0252
referral_ask	els	0.5614
referral_ask	els do	0.0312
referral_ask	els in	0.1091
referral_ask	els on	0.0297
referral_ask	els should	0.1591
referral_ask	els would	0.0782
referral_ask	els you	0.1153
referral_ask	els ~help	0.0312
referral_ask	els ~want	0.0782
referral_ask	email	-0.2192
referral_ask	email or	-0.0367
referral_ask	email with	-0.032
referral_ask	email you	-0.0875
referral_ask	end	-0.1312
referral_ask	end up	-0.04
referral_ask	end your	-0.0362
referral_ask	engin	0.053
referral_ask	enjoy	-0.0243
referral_ask	enough	-0.0203
referral_ask	entri	-0.0298
referral_ask	entri level	-0.0298
referral_ask	environment	0.0592
referral_ask	environment scienc	0.045
referral_ask	especi	0.035
referral_ask	estat	0.0464
referral_ask	ethic	-0.0607
referral_ask	even	0.0277
referral_ask	evening	-0.0232
referral_ask	event	-0.021
referral_ask	ever	-0.2557
referral_ask	ever need	-0.0993
referral_ask	ever want	-0.0397
referral_ask	ever ~help	-0.0201
referral_ask	ever ~want	-0.031
referral_ask	everi	-0.0283
referral_ask	everyth	-0.082
referral_ask	everyth i	-0.0418
referral_ask	exam	-0.0235
referral_ask	exercis	-0.0611
referral_ask	exercis to	-0.0426
referral_ask	experi	-0.0273
referral_ask	explor	-0.0224
referral_ask	extra	-0.0213
referral_ask	fair	0.0318
referral_ask	fall	0.0443
referral_ask	fall and	-0.0257
referral_ask	favor	-0.0274
referral_ask	feel	0.0943
referral_ask	feel comfort	0.1267
referral_ask	few	-0.1475
referral_ask	few field	-0.0756
referral_ask	few month	-0.0628
referral_ask	few peopl	0.0439
referral_ask	few year	-0.0208
referral_ask	few ~duration	-0.0836
referral_ask	few ~people	0.0439
referral_ask	field	-0.1736
referral_ask	field befor	-0.0756
referral_ask	field i	-0.0494
referral_ask	field or	-0.0272
referral_ask	field work	0.046
referral_ask	field ~learn	0.046
referral_ask	field ~workverb	0.046
referral_ask	figur	0.0206
referral_ask	figur out	0.0341
referral_ask	final	-0.0359
referral_ask	financ	-0.0413
referral_ask	find	-0.1156
referral_ask	find out	-0.0239
referral_ask	finish	-0.0426
referral_ask	finish the	-0.0302
referral_ask	finish ~number	-0.0392
referral_ask	fintech	0.0973
referral_ask	firm i	0.0702
referral_ask	first	0.0503
referral_ask	first gen	-0.0428
referral_ask	first year	0.1776
referral_ask	first ~duration	0.1776
referral_ask	fit	-0.0301
referral_ask	folk	0.1109
referral_ask	folk in	0.1124
referral_ask	follow	-0.0949
referral_ask	follow up	-0.0593
referral_ask	for	-0.7109
referral_ask	for agre	-0.044
referral_ask	for an	0.0356
referral_ask	for me	-0.0696
referral_ask	for new	-0.044
referral_ask	for peopl	-0.0291
referral_ask	for someon	-0.0855
referral_ask	for squeez	-0.0247
referral_ask	for the	-0.1388
referral_ask	for this	0.0722
referral_ask	for to	0.0476
referral_ask	for you	-0.0447
referral_ask	for your	-0.0344
referral_ask	for ~hiring	-0.0206
referral_ask	for ~number	-0.0884
referral_ask	for ~people	-0.1167
referral_ask	for ~studyverb	-0.0207
referral_ask	for ~talk	-0.0365
referral_ask	former	0.1753
referral_ask	former colleagu	0.0261
referral_ask	former ~people	0.0963
referral_ask	former ~student	0.0791
referral_ask	forward	-0.0378
referral_ask	forward my	-0.0205
referral_ask	free	-0.0576
referral_ask	freelanc	0.061
referral_ask	friend	-0.0698
referral_ask	from	-0.0858
referral_ask	from a	0.0391
referral_ask	from academia	-0.0325
referral_ask	from me	-0.0309
referral_ask	from our	0.0631
referral_ask	from peopl	-0.0413
referral_ask	from start	-0.0208
referral_ask	from teach	0.1205
referral_ask	from the	-0.036
referral_ask	from your	0.0372
referral_ask	from ~people	-0.0305
referral_ask	from ~workverb	0.1187
referral_ask	full	-0.0359
referral_ask	game	-0.1376
referral_ask	game design	-0.0479
referral_ask	game develop	-0.0212
referral_ask	gave	-0.0201
referral_ask	gave me	-0.0201
referral_ask	gen	-0.0743
referral_ask	gen z	-0.0315
referral_ask	get	-0.1197
referral_ask	get a	0.0311
referral_ask	get an	0.1654
referral_ask	get into	-0.0699
referral_ask	get me	-0.1018
referral_ask	get refer	-0.0226
referral_ask	get start	-0.0227
referral_ask	get ~number	0.2066
referral_ask	give me	0.1027
referral_ask	give someon	-0.0489
referral_ask	give ~people	-0.0756
referral_ask	glad	-0.1306
referral_ask	glad to	-0.1056
referral_ask	go	-0.1755
referral_ask	go for	0.0341
referral_ask	go freelanc	0.0355
referral_ask	go from	-0.0727
referral_ask	go into	-0.0547
referral_ask	go straight	-0.0487
referral_ask	go to	-0.0431
referral_ask	goal	-0.0229
referral_ask	goe	-0.0486
referral_ask	good	-0.0961
referral_ask	good at	-0.0391
referral_ask	good one	-0.0235
referral_ask	good to	0.0761
referral_ask	good word	-0.0397
referral_ask	good ~closing	-0.0291
referral_ask	good ~limit	-0.0431
referral_ask	good ~number	-0.0235
referral_ask	good ~people	-0.0235
referral_ask	got	-0.1074
referral_ask	got to	-0.0299
referral_ask	govern	-0.0297
referral_ask	grad	-0.0461
referral_ask	graduat	-0.1437
referral_ask	grant applic	-0.0216
referral_ask	grant write	0.0259
referral_ask	grant ~application	-0.0216
referral_ask	grate for	0.0663
referral_ask	grate if	-0.0458
referral_ask	grate you	-0.0322
referral_ask	great	-0.0472
referral_ask	great to	-0.1375
referral_ask	group	-0.0633
referral_ask	growth	-0.0218
referral_ask	guy	-0.0209
referral_ask	had	-0.0805
referral_ask	had a	-0.0356
referral_ask	had ~number	-0.0375
referral_ask	half	-0.0259
referral_ask	hand	-0.0388
referral_ask	handl	-0.0526
referral_ask	happi	-0.0435
referral_ask	happi to	-0.0303
referral_ask	hard	-0.0552
referral_ask	have	-0.299
referral_ask	have a	0.1496
referral_ask	have ani	0.0236
referral_ask	have been	-0.0649
referral_ask	have finish	-0.0238
referral_ask	have got	-0.0288
referral_ask	have had	-0.0222
referral_ask	have not	-0.0365
referral_ask	have ~number	0.1395
referral_ask	have ~studyverb	-0.0355
referral_ask	have ~workverb	-0.0733
referral_ask	head	-0.0249
referral_ask	health	0.0415
referral_ask	health depart	0.0611
referral_ask	health ~org	0.0592
referral_ask	hear	0.2545
referral_ask	hear from	0.0755
referral_ask	hear how	-0.0544
referral_ask	hear their	0.1081
referral_ask	help	-0.2238
referral_ask	help with	-0.1121
referral_ask	help you	-0.0352
referral_ask	her	0.2077
referral_ask	here	-0.2209
referral_ask	here i	-0.0798
referral_ask	hi	-0.0871
referral_ask	hi mr	-0.0248
referral_ask	high	-0.0316
referral_ask	high school	-0.0276
referral_ask	high ~org	-0.0276
referral_ask	hire	-0.2718
referral_ask	hire manag	-0.0527
referral_ask	hire right	-0.0955
referral_ask	hire ~gatekeeper	-0.0527
referral_ask	hire ~student	-0.0498
referral_ask	home	0.0446
referral_ask	homework	-0.0692
referral_ask	honest	-0.1108
referral_ask	honest ~insight	-0.0265
referral_ask	hope	-0.0533
referral_ask	hope to	-0.0357
referral_ask	hospit	0.0608
referral_ask	hospit administr	0.1383
referral_ask	hour	-0.1612
referral_ask	hour or	-0.0292
referral_ask	hous	-0.031
referral_ask	how	-0.7422
referral_ask	how did	-0.0507
referral_ask	how do	-0.1604
referral_ask	how doe	-0.0443
referral_ask	how is	-0.0369
referral_ask	how it	-0.0204
referral_ask	how long	0.0356
referral_ask	how much	-0.0238
referral_ask	how often	-0.0467
referral_ask	how the	-0.0519
referral_ask	how would	-0.0954
referral_ask	how you	-0.1108
referral_ask	how ~help	-0.1604
referral_ask	how ~number	-0.0742
referral_ask	how ~studyverb	-0.0507
referral_ask	how ~want	-0.0954
referral_ask	i	-0.2435
referral_ask	i am	-0.418
referral_ask	i appli	-0.0253
referral_ask	i ask	-0.0765
referral_ask	i be	0.0623
referral_ask	i can	-0.1002
referral_ask	i connect	-0.053
referral_ask	i could	0.1559
referral_ask	i did	-0.0405
referral_ask	i email	-0.0563
referral_ask	i end	-0.0281
referral_ask	i follow	-0.0305
referral_ask	i had	-0.0296
referral_ask	i have	-0.2429
referral_ask	i just	-0.0333
referral_ask	i know	-0.1226
referral_ask	i let	-0.0217
referral_ask	i might	0.1735
referral_ask	i pick	-0.0756
referral_ask	i realli	-0.0302
referral_ask	i send	-0.0613
referral_ask	i should	0.2848
referral_ask	i speak	0.1306
referral_ask	i talk	0.0561
referral_ask	i think	-0.1044
referral_ask	i want	-0.1109
referral_ask	i will	-0.2939
referral_ask	i would	0.1365
referral_ask	i ~help	-0.0303
referral_ask	i ~learn	-0.1212
referral_ask	i ~sendverb	-0.0957
referral_ask	i ~studyverb	-0.0701
referral_ask	i ~talk	0.3389
referral_ask	i ~want	-0.0638
referral_ask	idea	-0.0248
referral_ask	if	-0.0451
referral_ask	if a	0.0886
referral_ask	if anyon	0.0737
referral_ask	if anyth	-0.0446
referral_ask	if i	-0.3014
referral_ask	if it	0.06
referral_ask	if that	-0.0663
referral_ask	if there	-0.0227
referral_ask	if they	-0.0318
referral_ask	if you	0.3845
referral_ask	if your	-0.0287
referral_ask	if ~number	0.0685
referral_ask	if ~people	0.0737
referral_ask	in	0.1872
referral_ask	in a	-0.2703
referral_ask	in between	-0.0331
referral_ask	in biotech	0.0334
referral_ask	in contact	-0.0271
referral_ask	in data	-0.0213
referral_ask	in financ	-0.0324
referral_ask	in fintech	0.0973
referral_ask	in hospit	0.0849
referral_ask	in hour	-0.0506
referral_ask	in mind	-0.039
referral_ask	in museum	0.1367
referral_ask	in my	0.2918
referral_ask	in polici	0.0902
referral_ask	in product	0.0375
referral_ask	in return	-0.0343
referral_ask	in risk	-0.0273
referral_ask	in the	0.2794
referral_ask	in this	-0.0617
referral_ask	in touch	0.1528
referral_ask	in your	-0.0723
referral_ask	in ~contactverb	0.1257
referral_ask	in ~help	-0.0343
referral_ask	in ~limit	-0.0506
referral_ask	in ~org	0.0856
referral_ask	in ~people	-0.0369
referral_ask	in ~talk	-0.0271
referral_ask	in ~timeunit	-0.0506
referral_ask	industri	-0.0919
referral_ask	influenc	-0.0594
referral_ask	inform	0.0971
referral_ask	inform about	0.1246
referral_ask	insight	-0.022
referral_ask	instruct	0.0388
referral_ask	instruct design	0.0388
referral_ask	interest	-0.039
referral_ask	intern	-0.0508
referral_ask	internal	-0.048
referral_ask	internship	-0.0546
referral_ask	interview	-0.1688
referral_ask	interview with	-0.0412
referral_ask	into	-0.3568
referral_ask	into data	-0.0222
referral_ask	into instruct	-0.071
referral_ask	into nurs	-0.0479
referral_ask	into other	-0.0236
referral_ask	into product	-0.0729
referral_ask	into the	-0.0236
referral_ask	into this	-0.0226
referral_ask	into ~number	-0.0266
referral_ask	intro	0.3783
referral_ask	introduc	0.3036
referral_ask	introduc me	0.265
referral_ask	introduct	0.1921
referral_ask	introduct to	0.2388
referral_ask	is	-0.4225
referral_ask	is a	-0.0588
referral_ask	is all	-0.0393
referral_ask	is anyon	0.0246
referral_ask	is been	-0.0353
referral_ask	is better	-0.0486
referral_ask	is done	0.1394
referral_ask	is ever	-0.0235
referral_ask	is everyth	-0.028
referral_ask	is it	-0.1591
referral_ask	is like	-0.0654
referral_ask	is realli	-0.0244
referral_ask	is that	-0.0432
referral_ask	is the	-0.038
referral_ask	is there	0.4576
referral_ask	is to	-0.0261
referral_ask	is worth	0.0259
referral_ask	is your	-0.0337
referral_ask	is ~number	-0.1323
referral_ask	is ~people	0.0238
referral_ask	is ~want	-0.0394
referral_ask	is ~workverb	-0.0521
referral_ask	it	-0.2352
referral_ask	it along	0.1473
referral_ask	it be	0.0758
referral_ask	it from	-0.0261
referral_ask	it if	0.1342
referral_ask	it is	-0.0849
referral_ask	it not	0.0706
referral_ask	it ok	-0.0252
referral_ask	it possibl	-0.0326
referral_ask	it seem	-0.0274
referral_ask	it sound	0.0727
referral_ask	it there	-0.0379
referral_ask	it ~want	-0.0294
referral_ask	job	-0.2346
referral_ask	join	-0.0455
referral_ask	journalist	-0.0226
referral_ask	jump	-0.0657
referral_ask	junior	0.1583
referral_ask	junior design	0.1875
referral_ask	junior ~student	0.1893
referral_ask	just	-0.1273
referral_ask	just start	-0.0401
referral_ask	just ~talk	-0.0214
referral_ask	just ~want	-0.0282
referral_ask	keep	-0.1962
referral_ask	keep in	-0.0879
referral_ask	keep me	-0.039
referral_ask	keep you	-0.0279
referral_ask	kind of	-0.0413
referral_ask	know	0.3934
referral_ask	know ani	0.0989
referral_ask	know anybodi	0.123
referral_ask	know anyon	0.1454
referral_ask	know how	-0.0563
referral_ask	know if	-0.082
referral_ask	know we	0.0306
referral_ask	know what	-0.023
referral_ask	know you	-0.045
referral_ask	know your	-0.0217
referral_ask	know ~people	0.4006
referral_ask	lab	0.1725
referral_ask	lantern	-0.0254
referral_ask	last	-0.0285
referral_ask	last thing	0.0501
referral_ask	late	-0.0284
referral_ask	later	0.0774
referral_ask	later on	-0.028
referral_ask	lead	-0.0608
referral_ask	leadership	-0.0228
referral_ask	learn	-0.1322
referral_ask	leav	-0.1066
referral_ask	leav it	-0.0229
referral_ask	leav the	-0.0313
referral_ask	leav ~number	-0.0313
referral_ask	left	-0.0251
referral_ask	let	-0.2877
referral_ask	let me	-0.09
referral_ask	let us	-0.0206
referral_ask	let you	-0.1624
referral_ask	level	-0.0516
referral_ask	level ~job	-0.0271
referral_ask	licens	0.0312
referral_ask	like	0.1493
referral_ask	like for	-0.0281
referral_ask	like in	-0.0573
referral_ask	like me	0.144
referral_ask	like the	-0.0368
referral_ask	like to	0.0473
referral_ask	like ~number	-0.0526
referral_ask	line	-0.0349
referral_ask	linkedin	-0.1719
referral_ask	linkedin if	-0.031
referral_ask	list	-0.0226
referral_ask	logist	0.1179
referral_ask	london	0.0949
referral_ask	long did	0.0446
referral_ask	long ~studyverb	0.0446
referral_ask	look	-0.1562
referral_ask	look like	-0.0734
referral_ask	look over	-0.0286
referral_ask	lot	-0.0985
referral_ask	lot of	-0.0873
referral_ask	love	0.2464
referral_ask	love a	0.0405
referral_ask	love an	0.1365
referral_ask	love it	0.1307
referral_ask	love to	-0.0376
referral_ask	love ~number	0.1771
referral_ask	lunch	-0.0207
referral_ask	made the	0.0671
referral_ask	made you	-0.0461
referral_ask	made ~number	0.0659
referral_ask	main	-0.0717
referral_ask	major	-0.0351
referral_ask	make	-0.1251
referral_ask	make someon	-0.0396
referral_ask	make the	-0.0386
referral_ask	make ~number	-0.0467
referral_ask	make ~people	-0.0396
referral_ask	manag	0.188
referral_ask	manag at	0.1828
referral_ask	manag who	0.0846
referral_ask	manag ~people	0.0846
referral_ask	market	0.0492
referral_ask	master	0.0918
referral_ask	master program	-0.0209
referral_ask	materi	-0.0304
referral_ask	matter	-0.0541
referral_ask	matter most	-0.0257
referral_ask	mayb	0.2351
referral_ask	mba	0.0276
referral_ask	me	0.5741
referral_ask	me a	-0.0415
referral_ask	me about	-0.0507
referral_ask	me an	-0.1125
referral_ask	me better	0.0458
referral_ask	me for	-0.0558
referral_ask	me i	-0.0339
referral_ask	me in	0.1802
referral_ask	me internal	-0.0434
referral_ask	me know	-0.0656
referral_ask	me more	0.1161
referral_ask	me some	0.0476
referral_ask	me stop	-0.0227
referral_ask	me the	0.06
referral_ask	me through	-0.0593
referral_ask	me to	0.5115
referral_ask	me too	0.0284
referral_ask	me toward	0.2112
referral_ask	me who	0.0232
referral_ask	me with	0.1864
referral_ask	me ~learn	-0.074
referral_ask	me ~number	-0.094
referral_ask	me ~people	0.0232
referral_ask	meet	-0.0217
referral_ask	meet at	-0.0653
referral_ask	meet with	-0.0227
referral_ask	meet you	-0.0424
referral_ask	meetup	-0.052
referral_ask	mention	0.5146
referral_ask	mention the	0.0263
referral_ask	mention you	-0.0678
referral_ask	mention your	0.211
referral_ask	mention ~number	0.0263
referral_ask	mentor	-0.0262
referral_ask	met	-0.0216
referral_ask	might	0.4718
referral_ask	might be	0.0948
referral_ask	might ~contactverb	0.1789
referral_ask	might ~talk	0.1789
referral_ask	mind	0.3991
referral_ask	mind if	-0.0914
referral_ask	mind of	0.0418
referral_ask	minut	-0.0943
referral_ask	month	-0.1561
referral_ask	month to	-0.0365
referral_ask	more	-0.0879
referral_ask	more about	-0.0291
referral_ask	more question	-0.0756
referral_ask	more ~insight	0.1246
referral_ask	most	-0.2203
referral_ask	most close	-0.0629
referral_ask	most in	-0.0291
referral_ask	move into	0.0218
referral_ask	mph	0.0355
referral_ask	mr	-0.0248
referral_ask	much	-0.0405
referral_ask	much for	0.053
referral_ask	museum	0.1242
referral_ask	museum educ	0.1245
referral_ask	my	-0.3249
referral_ask	my background	-0.0226
referral_ask	my list	-0.0218
referral_ask	my old	-0.0734
referral_ask	my posit	-0.0291
referral_ask	my profess	-0.0341
referral_ask	my resum	-0.1268
referral_ask	my shoe	0.3279
referral_ask	my thesi	-0.0224
referral_ask	my ~application	-0.1315
referral_ask	my ~job	-0.0354
referral_ask	my ~talk	-0.021
referral_ask	myself	-0.026
referral_ask	name	0.2987
referral_ask	name come	0.1964
referral_ask	name of	0.1173
referral_ask	need	-0.1558
referral_ask	need ~number	-0.0224
referral_ask	network	0.2942
referral_ask	network i	0.1155
referral_ask	network who	0.0358
referral_ask	network ~people	0.0358
referral_ask	never	0.0266
referral_ask	new	-0.109
referral_ask	new grad	-0.023
referral_ask	newslett	-0.0589
referral_ask	newslett you	-0.0269
referral_ask	next	0.0821
referral_ask	next call	-0.0215
referral_ask	next step	-0.0269
referral_ask	next week	-0.0203
referral_ask	next ~closing	-0.0203
referral_ask	next ~contactverb	-0.0215
referral_ask	next ~talk	-0.0269
referral_ask	nice	-0.0391
referral_ask	nice to	-0.0306
referral_ask	night	-0.0208
referral_ask	no	-0.0674
referral_ask	not	-0.1463
referral_ask	not suppos	0.0443
referral_ask	not ~learn	-0.0498
referral_ask	not ~want	-0.0293
referral_ask	note	0.033
referral_ask	note tomorrow	0.0887
referral_ask	now	-0.2238
referral_ask	nurs	-0.0844
referral_ask	of	-0.0422
referral_ask	of a	0.0292
referral_ask	of ani	-0.0387
referral_ask	of anyon	0.1166
referral_ask	of month	-0.0359
referral_ask	of my	-0.0219
referral_ask	of peopl	0.1734
referral_ask	of question	-0.0277
referral_ask	of the	-0.1
referral_ask	of time	0.1086
referral_ask	of you	0.0511
referral_ask	of ~duration	-0.0365
referral_ask	of ~limit	0.1086
referral_ask	of ~number	-0.028
referral_ask	of ~people	0.3777
referral_ask	off	-0.0402
referral_ask	offic	0.2115
referral_ask	offic i	-0.0221
referral_ask	offic or	-0.0205
referral_ask	offic that	0.125
referral_ask	often	-0.0528
referral_ask	often do	-0.0467
referral_ask	often ~help	-0.0467
referral_ask	oh	-0.0225
referral_ask	ok	-0.1392
referral_ask	ok i	-0.045
referral_ask	ok if	-0.0339
referral_ask	ok that	-0.0472
referral_ask	ok to	-0.0649
referral_ask	okafor	0.1587
referral_ask	old	0.1435
referral_ask	old cowork	0.0733
referral_ask	on	-0.2801
referral_ask	on a	-0.0792
referral_ask	on call	-0.0221
referral_ask	on linkedin	-0.1338
referral_ask	on my	-0.0353
referral_ask	on the	0.3267
referral_ask	on whether	-0.0244
referral_ask	on your	0.0411
referral_ask	on ~contactverb	-0.024
referral_ask	on ~number	0.2459
referral_ask	on ~talk	-0.024
referral_ask	onc	-0.1547
referral_ask	onc i	-0.1136
referral_ask	one last	0.0334
referral_ask	one more	-0.0443
referral_ask	one or	0.081
referral_ask	one ~limit	-0.0326
referral_ask	onli	0.0339
referral_ask	onlin	-0.0295
referral_ask	open in	-0.0244
referral_ask	open on	-0.0326
referral_ask	open to	0.2387
referral_ask	open up	-0.0533
referral_ask	opinion	-0.0221
referral_ask	or	-0.3515
referral_ask	or did	-0.0389
referral_ask	or email	-0.0208
referral_ask	or is	-0.0563
referral_ask	or newslett	-0.0508
referral_ask	or podcast	-0.0314
referral_ask	or through	-0.0742
referral_ask	or two	0.0689
referral_ask	or ~contactverb	-0.024
referral_ask	or ~number	0.0405
referral_ask	or ~sendverb	-0.0208
referral_ask	or ~studyverb	-0.0389
referral_ask	or ~talk	-0.024
referral_ask	organiz	0.0374
referral_ask	other	0.4563
referral_ask	other folk	0.1124
referral_ask	other peopl	0.1218
referral_ask	other ~org	0.0623
referral_ask	other ~people	0.269
referral_ask	our	0.0431
referral_ask	out	0.0708
referral_ask	out again	-0.1207
referral_ask	out in	-0.0202
referral_ask	out of	0.0751
referral_ask	out to	0.3339
referral_ask	out whether	0.0219
referral_ask	out ~later	-0.1207
referral_ask	outreach	-0.0743
referral_ask	outsid	-0.0206
referral_ask	over	-0.1175
referral_ask	over a	-0.0264
referral_ask	over ~number	-0.0395
referral_ask	panel	-0.0231
referral_ask	paper	-0.0366
referral_ask	paper lantern	-0.0254
referral_ask	part	-0.0832
referral_ask	part of	-0.0675
referral_ask	partner	-0.0568
referral_ask	pass	0.0739
referral_ask	pass it	0.1473
referral_ask	pass my	-0.0658
referral_ask	path	-0.0463
referral_ask	patient	-0.0301
referral_ask	pay	-0.0271
referral_ask	peopl	-0.0529
referral_ask	peopl from	-0.0417
referral_ask	peopl get	-0.035
referral_ask	peopl i	0.0824
referral_ask	peopl in	0.0705
referral_ask	peopl say	-0.0274
referral_ask	peopl to	0.0374
referral_ask	peopl who	-0.1241
referral_ask	peopl ~learn	-0.035
referral_ask	peopl ~people	-0.1241
referral_ask	person	0.253
referral_ask	person in	0.1005
referral_ask	person to	0.0783
referral_ask	person who	0.0666
referral_ask	person ~people	0.0666
referral_ask	perspect	0.2668
referral_ask	perspect on	-0.039
referral_ask	pharma	-0.0268
referral_ask	pharmaci	-0.0314
referral_ask	phd	-0.0208
referral_ask	pick	0.2555
referral_ask	pick a	-0.0756
referral_ask	pick ~number	-0.0763
referral_ask	place	-0.0638
referral_ask	plan	0.0788
referral_ask	plan to	-0.0274
referral_ask	pleas	-0.0261
referral_ask	pleas do	-0.0214
referral_ask	pleas ~help	-0.0214
referral_ask	podcast	-0.0503
referral_ask	podcast you	-0.0314
referral_ask	point	0.1608
referral_ask	point me	0.2151
referral_ask	polici	0.0622
referral_ask	polici side	0.0436
referral_ask	polici ~org	0.0436
referral_ask	portfolio	-0.0532
referral_ask	posit	-0.0859
referral_ask	possibl	0.1612
referral_ask	possibl to	0.162
referral_ask	post	-0.0302
referral_ask	practic	-0.0694
referral_ask	prefer	-0.0364
referral_ask	prepar	-0.0321
referral_ask	present	0.0416
referral_ask	priya	-0.0753
referral_ask	product	0.178
referral_ask	product manag	0.1686
referral_ask	product side	0.0573
referral_ask	product ~gatekeeper	0.0763
referral_ask	product ~org	0.0573
referral_ask	profess	-0.0218
referral_ask	profession	-0.0682
referral_ask	profession associ	-0.0545
referral_ask	program	-0.0693
referral_ask	program at	0.0609
referral_ask	project	-0.1217
referral_ask	proper	0.0781
referral_ask	proper thank	0.0821
referral_ask	public	-0.0462
referral_ask	put	0.2798
referral_ask	put me	0.2762
referral_ask	question	-0.1797
referral_ask	question i	-0.0278
referral_ask	question later	-0.0389
referral_ask	question ~later	-0.0486
referral_ask	quick	0.1582
referral_ask	quick call	0.1565
referral_ask	quick chat	0.0388
referral_ask	quick thing	0.0415
referral_ask	quick ~contactverb	0.1504
referral_ask	quick ~talk	0.1891
referral_ask	rather	-0.0373
referral_ask	rather than	-0.0251
referral_ask	reach	0.131
referral_ask	reach out	0.1661
referral_ask	reach you	-0.0292
referral_ask	read	-0.1265
referral_ask	real	0.0274
referral_ask	real estat	0.0464
referral_ask	realli	-0.1662
referral_ask	realli appreci	-0.055
referral_ask	realli like	0.0577
referral_ask	realli reassur	-0.0261
referral_ask	realli ~want	-0.0536
referral_ask	reason	-0.0242
referral_ask	reassur	-0.0284
referral_ask	recommend	0.2321
referral_ask	recommend for	-0.0342
referral_ask	recommend i	0.2978
referral_ask	recommend me	0.0329
referral_ask	recommend to	-0.0846
referral_ask	recruit	-0.1626
referral_ask	recruit or	-0.0569
referral_ask	refer	-0.1624
referral_ask	refer me	-0.1211
referral_ask	referr	-0.0356
referral_ask	remot	-0.0421
referral_ask	renew	-0.0363
referral_ask	report	-0.1782
referral_ask	report back	-0.0684
referral_ask	report to	-0.1002
referral_ask	research with	-0.0517
referral_ask	resum	-0.1284
referral_ask	resum along	-0.049
referral_ask	resum to	-0.0614
referral_ask	return	-0.0783
referral_ask	return the	-0.0299
referral_ask	return ~number	-0.0299
referral_ask	right	-0.2345
referral_ask	right now	-0.151
referral_ask	risk	-0.0624
referral_ask	risk peopl	-0.0213
referral_ask	risk ~people	-0.0213
referral_ask	role	-0.1364
referral_ask	rout	0.109
referral_ask	run	0.1719
referral_ask	run your	0.2012
referral_ask	said	-0.1093
referral_ask	said you	-0.0761
referral_ask	sale	-0.0466
referral_ask	sam	-0.0217
referral_ask	schedul	-0.0204
referral_ask	school	-0.041
referral_ask	school chemistri	-0.022
referral_ask	scienc	-0.0322
referral_ask	scienc and	0.0446
referral_ask	second	-0.0405
referral_ask	second year	-0.0365
referral_ask	second ~duration	-0.0365
referral_ask	sector	-0.0268
referral_ask	see	-0.0321
referral_ask	see if	-0.0479
referral_ask	see we	0.0374
referral_ask	seem	-0.0332
referral_ask	seem like	-0.0274
referral_ask	send a	0.0772
referral_ask	send me	0.0384
referral_ask	send my	-0.0365
referral_ask	send you	-0.0587
referral_ask	send ~number	0.0772
referral_ask	serious	-0.0251
referral_ask	serv	-0.0601
referral_ask	set	-0.0439
referral_ask	shall	-0.1147
referral_ask	share	0.1842
referral_ask	share the	0.0261
referral_ask	share what	0.1781
referral_ask	share ~number	0.0245
referral_ask	she	0.2033
referral_ask	she would	0.2049
referral_ask	she ~want	0.2049
referral_ask	shift	-0.0328
referral_ask	shoe	0.3279
referral_ask	short	0.0446
referral_ask	short ~talk	0.0742
referral_ask	should	0.3046
referral_ask	should be	-0.0713
referral_ask	should chat	0.0471
referral_ask	should i	0.0653
referral_ask	should talk	0.0546
referral_ask	should ~contactverb	0.0549
referral_ask	should ~learn	0.0629
referral_ask	should ~people	0.044
referral_ask	should ~talk	0.2408
referral_ask	side	0.3285
referral_ask	side you	0.0734
referral_ask	similar	0.0792
referral_ask	similar convers	0.0689
referral_ask	site	-0.0202
referral_ask	skill	-0.0945
referral_ask	skill would	-0.0226
referral_ask	skill ~want	-0.0226
referral_ask	smaller	0.0377
referral_ask	smaller agenc	0.0377
referral_ask	smaller ~org	0.0377
referral_ask	smartest	-0.0203
referral_ask	so	-0.1357
referral_ask	so i	0.0297
referral_ask	so if	-0.0664
referral_ask	so much	0.0244
referral_ask	so one	0.1102
referral_ask	so you	-0.0546
referral_ask	so ~number	0.103
referral_ask	so ~people	0.1019
referral_ask	so ~want	-0.0837
referral_ask	some	0.1318
referral_ask	some colleagu	0.0491
referral_ask	some person	0.0942
referral_ask	some way	-0.0221
referral_ask	some ~insight	-0.0398
referral_ask	some ~people	0.2184
referral_ask	someon	0.3259
referral_ask	someon at	0.1287
referral_ask	someon curious	-0.0692
referral_ask	someon good	-0.0296
referral_ask	someon in	0.1249
referral_ask	someon like	-0.0313
referral_ask	someon on	0.3397
referral_ask	someon to	-0.0392
referral_ask	someon tri	-0.0487
referral_ask	someon who	0.0322
referral_ask	someon ~people	0.0322
referral_ask	someon ~want	-0.1663
referral_ask	someth	-0.0661
referral_ask	someth i	-0.0246
referral_ask	sophomor	0.0271
referral_ask	sophomor ~studyverb	0.0454
referral_ask	sorri	-0.1155
referral_ask	sorri i	-0.0311
referral_ask	sorri my	-0.0248
referral_ask	sound	0.0514
referral_ask	sound like	0.0727
referral_ask	spanish	-0.063
referral_ask	speak	0.1333
referral_ask	speak to	0.0588
referral_ask	speak with	0.1582
referral_ask	spent	-0.0325
referral_ask	spent eight	-0.0207
referral_ask	spring	-0.0393
referral_ask	squeez	-0.0484
referral_ask	squeez me	-0.0474
referral_ask	staff	-0.0209
referral_ask	stage	-0.0732
referral_ask	start	-0.1646
referral_ask	start out	-0.0967
referral_ask	start to	0.0227
referral_ask	state	0.0531
referral_ask	stay	-0.1383
referral_ask	stay in	-0.1033
referral_ask	step	-0.0471
referral_ask	still	-0.1323
referral_ask	stop	-0.0659
referral_ask	stop there	-0.029
referral_ask	stori	0.0303
referral_ask	straight	-0.0542
referral_ask	structur	-0.0312
referral_ask	student	0.0246
referral_ask	student at	-0.0273
referral_ask	student like	0.1753
referral_ask	student who	-0.0252
referral_ask	student ~people	-0.0252
referral_ask	studio	-0.0271
referral_ask	suggest	0.0716
referral_ask	suggest a	0.131
referral_ask	suggest an	-0.0323
referral_ask	suggest i	0.112
referral_ask	suggest ~number	0.0988
referral_ask	summer	-0.0714
referral_ask	super	0.0216
referral_ask	super help	0.029
referral_ask	suppli	0.0332
referral_ask	suppli chain	0.0332
referral_ask	support	-0.0211
referral_ask	suppos	0.0409
referral_ask	survey	-0.0226
referral_ask	switch from	0.1211
referral_ask	switch into	-0.0904
referral_ask	take	-0.0822
referral_ask	take on	-0.0467
referral_ask	take the	-0.0354
referral_ask	take too	0.0289
referral_ask	take ~number	-0.0481
referral_ask	taken	-0.0202
referral_ask	talk	0.4432
referral_ask	talk to	0.3866
referral_ask	talk with	0.1501
referral_ask	task	-0.0686
referral_ask	task you	-0.0516
referral_ask	teach	0.0672
referral_ask	teach high	-0.0252
referral_ask	teach to	0.1098
referral_ask	teacher	-0.0328
referral_ask	team	0.0658
referral_ask	team be	0.0962
referral_ask	team hire	-0.0246
referral_ask	team work	-0.0363
referral_ask	team ~gatekeeper	-0.0521
referral_ask	team ~hiring	-0.0246
referral_ask	team ~learn	-0.0321
referral_ask	team ~workverb	-0.0337
referral_ask	technician	-0.035
referral_ask	tell	-0.1364
referral_ask	tell me	-0.1119
referral_ask	test	-0.0774
referral_ask	test whether	-0.0279
referral_ask	than	-0.0589
referral_ask	thank	-0.2964
referral_ask	thank again	-0.022
referral_ask	thank for	-0.0398
referral_ask	thank so	0.0517
referral_ask	thank to	-0.0332
referral_ask	thank you	-0.1171
referral_ask	thank ~later	-0.022
referral_ask	that	-0.0825
referral_ask	that cover	-0.0427
referral_ask	that i	0.1306
referral_ask	that is	-0.1968
referral_ask	that would	-0.0235
referral_ask	that ~insight	0.0447
referral_ask	that ~number	-0.0278
referral_ask	that ~want	-0.0289
referral_ask	the	-0.2176
referral_ask	the agenc	0.0928
referral_ask	the analyst	-0.0663
referral_ask	the associ	0.0826
referral_ask	the bank	-0.0251
referral_ask	the best	0.0511
referral_ask	the big	-0.0716
referral_ask	the biggest	-0.0288
referral_ask	the bootcamp	0.0411
referral_ask	the career	-0.0238
referral_ask	the certif	-0.0403
referral_ask	the data	0.0455
referral_ask	the fall	0.0743
referral_ask	the favor	-0.0274
referral_ask	the field	-0.0937
referral_ask	the first	-0.0292
referral_ask	the hire	-0.0623
referral_ask	the hospit	0.0468
referral_ask	the job	-0.0505
referral_ask	the jump	-0.0504
referral_ask	the junior	-0.024
referral_ask	the market	0.0489
referral_ask	the mph	0.0371
referral_ask	the name	0.0924
referral_ask	the new	-0.0206
referral_ask	the next	-0.0259
referral_ask	the open	-0.0228
referral_ask	the peopl	-0.072
referral_ask	the person	0.0223
referral_ask	the polici	0.0383
referral_ask	the product	0.0573
referral_ask	the recruit	-0.053
referral_ask	the smartest	-0.0203
referral_ask	the spring	-0.0284
referral_ask	the state	0.0695
referral_ask	the student	-0.0209
referral_ask	the switch	0.0458
referral_ask	the team	-0.0427
referral_ask	the time	-0.0436
referral_ask	the transit	-0.0207
referral_ask	the union	0.0827
referral_ask	the work	0.102
referral_ask	the ~closing	-0.0211
referral_ask	the ~contactverb	-0.0225
referral_ask	the ~degree	0.0519
referral_ask	the ~gatekeeper	-0.1173
referral_ask	the ~hiring	-0.0721
referral_ask	the ~job	-0.0971
referral_ask	the ~learn	0.1288
referral_ask	the ~limit	-0.0518
referral_ask	the ~org	0.0219
referral_ask	the ~people	0.0706
referral_ask	the ~student	-0.1445
referral_ask	the ~talk	-0.0256
referral_ask	the ~workverb	0.102
referral_ask	their	0.294
referral_ask	their first	0.1936
referral_ask	there	0.3838
referral_ask	there a	0.0619
referral_ask	there ani	-0.1089
referral_ask	there anybodi	0.1548
referral_ask	there anyon	0.1849
referral_ask	there anyth	-0.1091
referral_ask	there book	-0.0277
referral_ask	there other	0.197
referral_ask	there peopl	0.1028
referral_ask	there profession	-0.0557
referral_ask	there so	-0.025
referral_ask	there some	0.0519
referral_ask	there someon	0.2226
referral_ask	there someth	-0.0332
referral_ask	there ~number	0.0922
referral_ask	there ~people	0.6903
referral_ask	there ~student	-0.0557
referral_ask	thesi	-0.0224
referral_ask	they	-0.0832
referral_ask	thing	0.0267
referral_ask	thing is	0.0494
referral_ask	think	0.2973
referral_ask	think about	-0.0216
referral_ask	think i	0.2152
referral_ask	think it	-0.0503
referral_ask	think of	0.0751
referral_ask	think would	0.0297
referral_ask	think you	-0.0471
referral_ask	think ~want	0.0297
referral_ask	this	-0.2502
referral_ask	this field	-0.0282
referral_ask	this i	0.0897
referral_ask	this is	-0.0212
referral_ask	this summer	-0.0373
referral_ask	this work	-0.0314
referral_ask	this ~closing	-0.0213
referral_ask	this ~learn	-0.0314
referral_ask	this ~talk	-0.0307
referral_ask	this ~workverb	-0.0314
referral_ask	thought	-0.0229
referral_ask	through	-0.1767
referral_ask	through how	-0.0342
referral_ask	through ~number	-0.0254
referral_ask	time	-0.1358
referral_ask	time so	0.0967
referral_ask	time to	-0.0482
referral_ask	to	0.2405
referral_ask	to a	0.2053
referral_ask	to about	0.196
referral_ask	to and	0.034
referral_ask	to be	-0.0273
referral_ask	to befor	0.0469
referral_ask	to chat	-0.0741
referral_ask	to check	-0.0295
referral_ask	to connect	0.0436
referral_ask	to day	-0.0319
referral_ask	to end	-0.0398
referral_ask	to figur	0.0408
referral_ask	to finish	0.0259
referral_ask	to for	-0.0603
referral_ask	to get	0.1098
referral_ask	to have	0.0654
referral_ask	to hear	0.0911
referral_ask	to help	-0.0595
referral_ask	to hour	-0.0275
referral_ask	to in	0.0307
referral_ask	to instruct	0.1098
referral_ask	to keep	-0.0348
referral_ask	to know	0.0866
referral_ask	to learn	-0.0468
referral_ask	to let	-0.0671
referral_ask	to me	-0.1284
referral_ask	to meet	0.0624
referral_ask	to mind	0.3306
referral_ask	to my	-0.0216
referral_ask	to next	0.0311
referral_ask	to one	0.0224
referral_ask	to pass	-0.0203
referral_ask	to peopl	-0.0953
referral_ask	to reach	-0.0285
referral_ask	to refer	-0.0458
referral_ask	to see	-0.0479
referral_ask	to someon	0.039
referral_ask	to stay	-0.1013
referral_ask	to talk	0.2791
referral_ask	to test	-0.0364
referral_ask	to the	0.0446
referral_ask	to to	0.0365
referral_ask	to tri	-0.0285
referral_ask	to understand	-0.0539
referral_ask	to work	-0.0762
referral_ask	to you	-0.0539
referral_ask	to your	-0.1254
referral_ask	to ~closing	-0.0319
referral_ask	to ~gatekeeper	-0.0541
referral_ask	to ~help	-0.0858
referral_ask	to ~learn	0.084
referral_ask	to ~limit	-0.0594
referral_ask	to ~number	0.2707
referral_ask	to ~sendverb	-0.0428
referral_ask	to ~student	-0.0351
referral_ask	to ~talk	0.2134
referral_ask	to ~timeunit	-0.0275
referral_ask	to ~want	-0.0285
referral_ask	to ~workverb	-0.0843
referral_ask	today	-0.092
referral_ask	told	-0.0781
referral_ask	tomorrow	0.0874
referral_ask	tomorrow and	0.0903
referral_ask	tonight	-0.0327
referral_ask	too	0.1709
referral_ask	took	-0.021
referral_ask	tool	-0.0204
referral_ask	total	-0.0222
referral_ask	touch	0.1513
referral_ask	touch with	0.2167
referral_ask	toward	0.2071
referral_ask	track	-0.0478
referral_ask	transfer	-0.0434
referral_ask	transit	-0.0338
referral_ask	tri	-0.0915
referral_ask	tri to	-0.0538
referral_ask	trust	0.0364
referral_ask	two	0.052
referral_ask	typic	-0.0462
referral_ask	typic ~closing	-0.0235
referral_ask	understand	-0.0701
referral_ask	understand what	-0.0246
referral_ask	union	0.0827
referral_ask	up	-0.1789
referral_ask	up for	0.1245
referral_ask	up in	-0.0361
referral_ask	up on	-0.0425
referral_ask	up with	-0.0446
referral_ask	up ~studyverb	-0.0237
referral_ask	updat	-0.0205
referral_ask	urban	0.1167
referral_ask	urban plan	0.1223
referral_ask	us	0.1417
referral_ask	use	-0.1665
referral_ask	use to	-0.0528
referral_ask	usual	-0.1961
referral_ask	usual ~talk	-0.0778
referral_ask	uw	0.131
referral_ask	ux	0.1381
referral_ask	ux research	0.1423
referral_ask	ux ~learn	0.1432
referral_ask	vacanc	-0.0277
referral_ask	veri	-0.0416
referral_ask	volunt	-0.0334
referral_ask	wait	-0.044
referral_ask	wait whi	-0.0224
referral_ask	walk	-0.0648
referral_ask	walk me	-0.0635
referral_ask	want	-0.2464
referral_ask	want a	-0.023
referral_ask	want to	-0.1924
referral_ask	want ~number	-0.023
referral_ask	was	0.0505
referral_ask	was realli	-0.0219
referral_ask	was super	0.0247
referral_ask	was your	-0.055
referral_ask	was ~number	-0.0235
referral_ask	was ~want	-0.0289
referral_ask	way	-0.1523
referral_ask	way for	-0.0281
referral_ask	way i	-0.061
referral_ask	way to	-0.0381
referral_ask	we	-0.1504
referral_ask	we are	0.0364
referral_ask	we have	-0.0207
referral_ask	we ~talk	-0.0416
referral_ask	week	-0.1391
referral_ask	week with	-0.0277
referral_ask	weekend	-0.0459
referral_ask	wei	-0.0237
referral_ask	weird if	-0.0385
referral_ask	well	-0.02
referral_ask	went	0.0628
referral_ask	went the	0.0847
referral_ask	went ~number	0.0847
referral_ask	were	0.2597
referral_ask	were in	0.3027
referral_ask	were start	-0.0261
referral_ask	what	-0.8477
referral_ask	what advic	-0.0201
referral_ask	what are	-0.0274
referral_ask	what do	-0.0608
referral_ask	what doe	-0.0307
referral_ask	what i	-0.0489
referral_ask	what is	-0.1383
referral_ask	what kind	-0.0308
referral_ask	what made	-0.0486
referral_ask	what make	-0.0406
referral_ask	what should	-0.0211
referral_ask	what skill	-0.0406
referral_ask	what would	-0.1789
referral_ask	what you	-0.0209
referral_ask	what ~help	-0.0608
referral_ask	what ~insight	-0.0201
referral_ask	what ~number	-0.0311
referral_ask	what ~want	-0.1789
referral_ask	when	-0.1335
referral_ask	when a	-0.0427
referral_ask	when i	-0.0253
referral_ask	when you	-0.0491
referral_ask	when ~number	-0.0447
referral_ask	where	-0.1084
referral_ask	where can	-0.021
referral_ask	where do	-0.0293
referral_ask	where ~help	-0.0293
referral_ask	whether	-0.0338
referral_ask	whether a	-0.0203
referral_ask	whether this	-0.0277
referral_ask	whether to	0.0359
referral_ask	whether ~number	-0.0297
referral_ask	whi	-0.0673
referral_ask	which	0.0352
referral_ask	which are	0.1717
referral_ask	which book	-0.0273
referral_ask	which of	0.0641
referral_ask	which ~degree	-0.0231
referral_ask	while	-0.0561
referral_ask	who	0.9146
referral_ask	who are	-0.0351
referral_ask	who doe	0.0229
referral_ask	who els	0.3357
referral_ask	who have	-0.1158
referral_ask	who is	0.182
referral_ask	who made	0.0963
referral_ask	who might	0.3527
referral_ask	who run	0.0223
referral_ask	who should	-0.0356
referral_ask	who went	0.0878
referral_ask	who work	0.031
referral_ask	who would	0.146
referral_ask	who ~want	0.146
referral_ask	who ~workverb	-0.031
referral_ask	whoever	0.1735
referral_ask	will	-0.2739
referral_ask	will be	-0.0442
referral_ask	will drop	-0.0276
referral_ask	will let	-0.0664
referral_ask	will report	-0.0674
referral_ask	will send	0.0571
referral_ask	will to	0.047
referral_ask	will ~contactverb	-0.0296
referral_ask	will ~talk	-0.0344
referral_ask	wish	-0.0536
referral_ask	wish you	-0.033
referral_ask	with	0.2572
referral_ask	with a	0.1675
referral_ask	with me	0.1046
referral_ask	with most	-0.0629
referral_ask	with my	-0.0221
referral_ask	with peopl	-0.1384
referral_ask	with someon	0.1224
referral_ask	with the	-0.0997
referral_ask	with you	-0.1557
referral_ask	with ~number	0.0538
referral_ask	with ~people	-0.0338
referral_ask	without	-0.0342
referral_ask	without a	-0.0342
referral_ask	without ~number	-0.0342
referral_ask	wonder	-0.0279
referral_ask	word	-0.0449
referral_ask	word for	-0.0332
referral_ask	work	-0.2705
referral_ask	work at	-0.0435
referral_ask	work in	0.1338
referral_ask	work on	-0.0256
referral_ask	work with	-0.0736
referral_ask	work ~want	-0.0222
referral_ask	world	0.0769
referral_ask	worth	0.1191
referral_ask	worth it	-0.0294
referral_ask	worth the	-0.0277
referral_ask	worth ~number	-0.0329
referral_ask	worth ~talk	0.1754
referral_ask	would	0.9002
referral_ask	would a	-0.023
referral_ask	would an	-0.0285
referral_ask	would be	0.0708
referral_ask	would ever	-0.0203
referral_ask	would have	0.0737
referral_ask	would it	0.0571
referral_ask	would like	-0.0543
referral_ask	would love	0.3234
referral_ask	would point	0.1052
referral_ask	would realli	0.03
referral_ask	would suggest	0.0638
referral_ask	would you	0.3909
referral_ask	would your	-0.0261
referral_ask	would ~help	-0.0446
referral_ask	would ~number	-0.0516
referral_ask	wow	-0.0206
referral_ask	wrap	-0.0287
referral_ask	wrap up	-0.0311
referral_ask	write you	-0.0577
referral_ask	yeah	-0.0437
referral_ask	year	-0.0202
referral_ask	year in	-0.0214
referral_ask	year teach	-0.0222
referral_ask	year ~workverb	-0.0235
referral_ask	yesterday	-0.0236
referral_ask	yet	-0.0201
referral_ask	you a	-0.0918
referral_ask	you advic	-0.0664
referral_ask	you again	0.0201
referral_ask	you agre	-0.0324
referral_ask	you are	-0.0741
referral_ask	you be	0.0519
referral_ask	you can	-0.0746
referral_ask	you could	0.3269
referral_ask	you decid	-0.0544
referral_ask	you describ	-0.0596
referral_ask	you do	-0.0577
referral_ask	you ever	-0.1389
referral_ask	you feel	0.0745
referral_ask	you find	-0.0718
referral_ask	you for	-0.0957
referral_ask	you get	-0.0393
referral_ask	you give	-0.0439
referral_ask	you go	0.0475
referral_ask	you got	-0.0217
referral_ask	you have	0.0693
referral_ask	you if	-0.031
referral_ask	you introduc	0.0719
referral_ask	you keep	-0.0634
referral_ask	you know	0.5359
referral_ask	you let	-0.0254
referral_ask	you made	-0.0518
referral_ask	you meet	-0.0601
referral_ask	you mention	0.5769
referral_ask	you might	-0.0649
referral_ask	you mind	0.1519
referral_ask	you need	-0.057
referral_ask	you note	0.0801
referral_ask	you on	-0.0945
referral_ask	you onc	-0.0298
referral_ask	you pick	0.3368
referral_ask	you prefer	-0.0364
referral_ask	you reach	-0.0242
referral_ask	you recommend	0.2843
referral_ask	you report	-0.0913
referral_ask	you say	0.0368
referral_ask	you send	0.0296
referral_ask	you start	-0.0224
referral_ask	you still	-0.0876
referral_ask	you suggest	0.0491
referral_ask	you tell	-0.0758
referral_ask	you think	0.4284
referral_ask	you to	-0.0625
referral_ask	you too	-0.0308
referral_ask	you use	-0.0228
referral_ask	you usual	-0.0581
referral_ask	you walk	-0.0537
referral_ask	you were	0.2778
referral_ask	you wish	-0.05
referral_ask	you work	-0.0997
referral_ask	you would	-0.049
referral_ask	you ~contactverb	-0.0424
referral_ask	you ~help	-0.1098
referral_ask	you ~hiring	-0.0306
referral_ask	you ~insight	-0.0803
referral_ask	you ~learn	0.6017
referral_ask	you ~number	-0.1173
referral_ask	you ~talk	-0.0597
referral_ask	you ~want	-0.1043
referral_ask	you ~workverb	-0.1079
referral_ask	your	-0.1827
referral_ask	your agenc	-0.0226
referral_ask	your career	-0.0417
referral_ask	your compani	-0.1006
referral_ask	your data	0.0223
referral_ask	your depart	-0.0601
referral_ask	your field	-0.0206
referral_ask	your firm	0.026
referral_ask	your former	0.1974
referral_ask	your game	-0.0472
referral_ask	your hire	-0.0254
referral_ask	your main	-0.0429
referral_ask	your name	0.0403
referral_ask	your network	0.1485
referral_ask	your next	-0.0291
referral_ask	your old	0.2234
referral_ask	your recruit	-0.042
referral_ask	your team	-0.0713
referral_ask	your time	-0.0307
referral_ask	your ~closing	-0.0418
referral_ask	your ~degree	-0.0322
referral_ask	your ~gatekeeper	-0.0397
referral_ask	your ~hiring	-0.0599
referral_ask	your ~insight	-0.0361
referral_ask	your ~job	-0.0246
referral_ask	your ~limit	-0.0744
referral_ask	your ~org	-0.2989
referral_ask	your ~people	-0.022
referral_ask	your ~talk	0.1034
referral_ask	yourself	-0.0295
referral_ask	z	-0.0315
referral_ask	z perspect	-0.0315
referral_ask	z ~insight	-0.0315
referral_ask	~application	-0.1583
referral_ask	~application along	-0.049
referral_ask	~application to	-0.0644
referral_ask	~closing	-0.2944
referral_ask	~closing to	-0.0379
referral_ask	~contactverb	0.2562
referral_ask	~contactverb and	0.0307
referral_ask	~contactverb it	-0.0287
referral_ask	~contactverb or	-0.0367
referral_ask	~contactverb out	0.216
referral_ask	~contactverb to	0.0529
referral_ask	~contactverb when	-0.0325
referral_ask	~contactverb with	0.1504
referral_ask	~contactverb you	-0.0972
referral_ask	~degree	-0.0961
referral_ask	~degree at	0.1916
referral_ask	~degree be	-0.0285
referral_ask	~degree in	-0.0448
referral_ask	~degree program	-0.0393
referral_ask	~degree rout	0.0905
referral_ask	~duration	-0.1519
referral_ask	~duration in	-0.0299
referral_ask	~duration teach	-0.0222
referral_ask	~duration to	-0.0338
referral_ask	~gatekeeper	-0.179
referral_ask	~gatekeeper at	0.0653
referral_ask	~gatekeeper manag	-0.0527
referral_ask	~gatekeeper or	-0.0563
referral_ask	~gatekeeper right	-0.0955
referral_ask	~help	-0.613
referral_ask	~help i	-0.0347
referral_ask	~help me	0.0909
referral_ask	~help most	-0.0244
referral_ask	~help not	-0.0479
referral_ask	~help peopl	-0.0862
referral_ask	~help someon	-0.0489
referral_ask	~help the	-0.0338
referral_ask	~help to	-0.0763
referral_ask	~help with	-0.1121
referral_ask	~help you	0.1766
referral_ask	~hiring	-0.3466
referral_ask	~hiring manag	-0.0527
referral_ask	~hiring right	-0.0955
referral_ask	~hiring the	-0.0293
referral_ask	~insight	0.0944
referral_ask	~insight about	0.1193
referral_ask	~insight for	-0.0335
referral_ask	~insight from	-0.0264
referral_ask	~insight into	-0.023
referral_ask	~insight on	-0.0662
referral_ask	~insight someon	-0.0664
referral_ask	~insight the	-0.0219
referral_ask	~insight to	-0.0242
referral_ask	~insight too	0.0289
referral_ask	~insight would	-0.0222
referral_ask	~job	-0.676
referral_ask	~job i	-0.0518
referral_ask	~job in	-0.0533
referral_ask	~job on	-0.0339
referral_ask	~job open	-0.0279
referral_ask	~later after	-0.0884
referral_ask	~later i	0.147
referral_ask	~later in	-0.0235
referral_ask	~later on	-0.028
referral_ask	~later onc	-0.0319
referral_ask	~later this	0.0293
referral_ask	~later to	0.1081
referral_ask	~learn	0.087
referral_ask	~learn a	-0.1072
referral_ask	~learn about	0.0547
referral_ask	~learn an	0.1654
referral_ask	~learn ani	0.0989
referral_ask	~learn anybodi	0.123
referral_ask	~learn anyon	0.1454
referral_ask	~learn at	-0.0365
referral_ask	~learn how	-0.1131
referral_ask	~learn i	-0.0224
referral_ask	~learn if	0.1982
referral_ask	~learn in	0.1154
referral_ask	~learn into	-0.0649
referral_ask	~learn it	-0.0432
referral_ask	~learn me	-0.1278
referral_ask	~learn one	-0.042
referral_ask	~learn their	0.1155
referral_ask	~learn we	0.068
referral_ask	~learn what	-0.0579
referral_ask	~learn with	-0.1464
referral_ask	~learn you	-0.0616
referral_ask	~learn your	-0.0309
referral_ask	~limit	-0.5149
referral_ask	~limit and	-0.03
referral_ask	~limit or	-0.0407
referral_ask	~limit so	0.0808
referral_ask	~limit to	-0.0801
referral_ask	~limit you	-0.0516
referral_ask	~number	-0.1155
referral_ask	~number agenc	0.0857
referral_ask	~number analyst	-0.0711
referral_ask	~number associ	0.0826
referral_ask	~number bank	-0.0273
referral_ask	~number beginn	-0.0327
referral_ask	~number best	0.0511
referral_ask	~number big	-0.1067
referral_ask	~number biggest	-0.0288
referral_ask	~number bit	-0.0734
referral_ask	~number bootcamp	0.0349
referral_ask	~number career	-0.0815
referral_ask	~number certif	-0.0427
referral_ask	~number chemistri	-0.0283
referral_ask	~number colleagu	0.2003
referral_ask	~number communiti	-0.0275
referral_ask	~number confer	-0.0294
referral_ask	~number coupl	0.18
referral_ask	~number data	0.0418
referral_ask	~number differ	0.0581
referral_ask	~number exercis	-0.0406
referral_ask	~number fall	0.0743
referral_ask	~number favor	-0.0274
referral_ask	~number few	-0.1064
referral_ask	~number field	-0.1693
referral_ask	~number first	-0.0669
referral_ask	~number gen	-0.0315
referral_ask	~number good	-0.0863
referral_ask	~number grant	-0.0227
referral_ask	~number great	0.0552
referral_ask	~number hire	-0.0623
referral_ask	~number hour	-0.0274
referral_ask	~number internship	-0.025
referral_ask	~number interview	-0.1402
referral_ask	~number intro	0.1656
referral_ask	~number introduct	0.2288
referral_ask	~number job	-0.0969
referral_ask	~number jump	-0.0504
referral_ask	~number junior	0.1562
referral_ask	~number line	-0.0297
referral_ask	~number logist	0.1252
referral_ask	~number lot	-0.0985
referral_ask	~number market	0.0489
referral_ask	~number mba	0.0276
referral_ask	~number minut	-0.0844
referral_ask	~number month	-0.0691
referral_ask	~number more	-0.0705
referral_ask	~number mph	0.0366
referral_ask	~number name	0.2575
referral_ask	~number new	-0.043
referral_ask	~number next	-0.0264
referral_ask	~number nonprofit	0.1041
referral_ask	~number nurs	0.0688
referral_ask	~number of	0.2015
referral_ask	~number open	-0.034
referral_ask	~number or	0.0875
referral_ask	~number person	0.0782
referral_ask	~number polici	0.0222
referral_ask	~number portfolio	-0.0224
referral_ask	~number posit	-0.0319
referral_ask	~number product	0.0545
referral_ask	~number project	-0.032
referral_ask	~number proper	0.081
referral_ask	~number quick	0.1963
referral_ask	~number recruit	-0.0546
referral_ask	~number research	0.0218
referral_ask	~number second	-0.0396
referral_ask	~number shall	-0.0491
referral_ask	~number short	0.0577
referral_ask	~number similar	0.0792
referral_ask	~number smaller	0.0377
referral_ask	~number smartest	-0.0203
referral_ask	~number sophomor	0.0417
referral_ask	~number spring	-0.03
referral_ask	~number state	0.0695
referral_ask	~number student	0.1258
referral_ask	~number switch	0.0458
referral_ask	~number team	-0.0437
referral_ask	~number technician	-0.0266
referral_ask	~number time	-0.0741
referral_ask	~number transit	-0.0207
referral_ask	~number typic	-0.033
referral_ask	~number union	0.0827
referral_ask	~number week	-0.0285
referral_ask	~number while	-0.037
referral_ask	~number work	0.1014
referral_ask	~number year	-0.0596
referral_ask	~org	0.3842
referral_ask	~org administr	0.1383
referral_ask	~org and	-0.072
referral_ask	~org be	0.0962
referral_ask	~org chemistri	-0.022
referral_ask	~org decid	-0.0228
referral_ask	~org ever	-0.041
referral_ask	~org for	-0.0219
referral_ask	~org handl	-0.043
referral_ask	~org hire	-0.0246
referral_ask	~org i	0.0587
referral_ask	~org if	0.0602
referral_ask	~org lantern	-0.0254
referral_ask	~org or	-0.0373
referral_ask	~org that	0.125
referral_ask	~org who	0.2276
referral_ask	~org work	-0.0429
referral_ask	~org you	0.2339
referral_ask	~people	1.9569
referral_ask	~people after	-0.0253
referral_ask	~people are	-0.0351
referral_ask	~people at	0.294
referral_ask	~people come	0.1254
referral_ask	~people curious	-0.0692
referral_ask	~people doe	0.0229
referral_ask	~people els	0.576
referral_ask	~people for	0.0754
referral_ask	~people from	0.0289
referral_ask	~people get	-0.0708
referral_ask	~people good	-0.0296
referral_ask	~people have	-0.1207
referral_ask	~people i	0.2079
referral_ask	~people in	0.6408
referral_ask	~people is	0.182
referral_ask	~people last	0.0334
referral_ask	~people like	-0.0313
referral_ask	~people made	0.0963
referral_ask	~people might	0.3527
referral_ask	~people more	-0.0443
referral_ask	~people of	0.1989
referral_ask	~people on	0.3755
referral_ask	~people or	0.081
referral_ask	~people run	0.0223
referral_ask	~people say	-0.0274
referral_ask	~people should	-0.0356
referral_ask	~people to	0.0764
referral_ask	~people tri	-0.0487
referral_ask	~people usual	-0.0425
referral_ask	~people went	0.0878
referral_ask	~people who	0.1735
referral_ask	~people with	-0.081
referral_ask	~people work	0.0256
referral_ask	~people would	0.2162
referral_ask	~people you	0.2279
referral_ask	~sendverb a	0.0772
referral_ask	~sendverb it	0.144
referral_ask	~sendverb me	0.0384
referral_ask	~sendverb my	-0.1156
referral_ask	~sendverb or	-0.0367
referral_ask	~sendverb the	0.0304
referral_ask	~sendverb what	0.1792
referral_ask	~sendverb with	-0.032
referral_ask	~sendverb you	-0.1546
referral_ask	~student	-0.2265
referral_ask	~student associ	-0.0559
referral_ask	~student at	0.0259
referral_ask	~student design	0.1875
referral_ask	~student in	-0.0367
referral_ask	~student move	0.0769
referral_ask	~student of	-0.0443
referral_ask	~student on	0.2008
referral_ask	~student open	-0.0694
referral_ask	~student program	-0.0368
referral_ask	~student rout	0.0354
referral_ask	~student who	-0.047
referral_ask	~studyverb	-0.3549
referral_ask	~studyverb a	-0.04
referral_ask	~studyverb into	-0.0225
referral_ask	~studyverb not	-0.0353
referral_ask	~studyverb research	-0.0524
referral_ask	~studyverb that	0.0397
referral_ask	~studyverb the	-0.0687
referral_ask	~studyverb you	-0.1392
referral_ask	~talk	1.1566
referral_ask	~talk about	0.0745
referral_ask	~talk and	0.0333
referral_ask	~talk at	-0.1189
referral_ask	~talk for	0.0351
referral_ask	~talk i	0.1049
referral_ask	~talk it	-0.0287
referral_ask	~talk me	0.1945
referral_ask	~talk on	-0.0201
referral_ask	~talk one	-0.0711
referral_ask	~talk or	-0.0367
referral_ask	~talk out	0.1908
referral_ask	~talk to	0.4424
referral_ask	~talk when	-0.0392
referral_ask	~talk who	0.0358
referral_ask	~talk with	0.4048
referral_ask	~talk you	-0.2016
referral_ask	~timeunit	-0.2555
referral_ask	~timeunit or	-0.0321
referral_ask	~want	0.1129
referral_ask	~want a	-0.0924
referral_ask	~want about	-0.0314
referral_ask	~want an	-0.0317
referral_ask	~want appreci	-0.055
referral_ask	~want be	0.0708
referral_ask	~want ever	-0.0203
referral_ask	~want graduat	-0.0877
referral_ask	~want have	0.0737
referral_ask	~want i	-0.1633
referral_ask	~want in	-0.0326
referral_ask	~want love	0.2827
referral_ask	~want my	-0.0206
referral_ask	~want point	0.1052
referral_ask	~want realli	0.0296
referral_ask	~want reassur	-0.0261
referral_ask	~want so	-0.0692
referral_ask	~want start	-0.0401
referral_ask	~want suggest	0.0638
referral_ask	~want they	-0.0353
referral_ask	~want this	-0.0214
referral_ask	~want to	-0.2701
referral_ask	~want you	0.2987
referral_ask	~want your	-0.0446
referral_ask	~workverb	-0.427
referral_ask	~workverb at	-0.0509
referral_ask	~workverb eight	-0.0207
referral_ask	~workverb high	-0.0242
referral_ask	~workverb in	0.0986
referral_ask	~workverb on	-0.0755
referral_ask	~workverb or	0.0444
referral_ask	~workverb the	-0.0239
referral_ask	~workverb to	0.108
referral_ask	~workverb with	-0.0981
follow_up	*	-3.266
follow_up	15	-0.0244
follow_up	15 minut	-0.0211
follow_up	15 ~limit	-0.0211
follow_up	15 ~timeunit	-0.0211
follow_up	2	0.0397
follow_up	20	-0.0494
follow_up	20 minut	-0.0494
follow_up	20 ~limit	-0.0494
follow_up	20 ~timeunit	-0.0494
follow_up	3	-0.0501
follow_up	30	-0.0252
follow_up	?	-0.1755
follow_up	^alright	-0.0973
follow_up	^and	0.0772
follow_up	^ani	-0.1319
follow_up	^anyway	-0.0656
follow_up	^are	-0.1002
follow_up	^bye	-0.0218
follow_up	^can	0.582
follow_up	^cool	-0.0386
follow_up	^did	-0.068
follow_up	^do	0.136
follow_up	^good	-0.022
follow_up	^happi	-0.0669
follow_up	^have	-0.0687
follow_up	^hey	-0.0352
follow_up	^hi	-0.0766
follow_up	^honest	-0.0264
follow_up	^how	-0.3761
follow_up	^i	0.5166
follow_up	^if	-0.3373
follow_up	^is	-0.0315
follow_up	^it	-0.0367
follow_up	^just	-0.0278
follow_up	^mani	-0.0308
follow_up	^may	0.0761
follow_up	^mind	0.1246
follow_up	^my	-0.067
follow_up	^no	-0.0602
follow_up	^oh	-0.0377
follow_up	^ok	-0.094
follow_up	^okafor	-0.0376
follow_up	^omg	-0.0262
follow_up	^onc	0.0541
follow_up	^pleas	-0.0483
follow_up	^realli	-0.0671
follow_up	^right	-0.1337
follow_up	^shall	0.0811
follow_up	^should	-0.0576
follow_up	^sinc	-0.0526
follow_up	^so	-0.0541
follow_up	^sorri	-0.1239
follow_up	^thank	0.1418
follow_up	^that	-0.0962
follow_up	^those	-0.0236
follow_up	^wait	-0.0465
follow_up	^was	-0.0234
follow_up	^we	-0.0642
follow_up	^well	-0.0732
follow_up	^what	-0.4252
follow_up	^where	-0.1012
follow_up	^whi	-0.0203
follow_up	^which	-0.1103
follow_up	^who	-0.1582
follow_up	^would	0.4086
follow_up	^wow	-0.0251
follow_up	^yeah	-0.0215
follow_up	^you	-0.0476
follow_up	a big	-0.0291
follow_up	a bit	-0.0544
follow_up	a career	-0.0582
follow_up	a case	-0.0426
follow_up	a client	-0.029
follow_up	a colleagu	-0.0457
follow_up	a come	-0.0202
follow_up	a coupl	0.1618
follow_up	a deadlin	-0.0332
follow_up	a degre	-0.0523
follow_up	a few	0.1039
follow_up	a great	-0.02
follow_up	a hand	0.0359
follow_up	a job	-0.0281
follow_up	a junior	-0.021
follow_up	a line	0.0367
follow_up	a lot	-0.0617
follow_up	a love	-0.0328
follow_up	a master	-0.0213
follow_up	a million	0.0312
follow_up	a name	-0.0427
follow_up	a note	0.1558
follow_up	a paraleg	-0.0202
follow_up	a portfolio	-0.0227
follow_up	a posit	-0.026
follow_up	a program	0.0655
follow_up	a project	-0.0207
follow_up	a proper	0.0687
follow_up	a quick	0.1689
follow_up	a referr	-0.0233
follow_up	a region	0.0749
follow_up	a releas	-0.024
follow_up	a second	-0.0225
follow_up	a short	0.129
follow_up	a student	-0.0206
follow_up	a thank	0.1762
follow_up	a typic	-0.035
follow_up	a wonder	0.0455
follow_up	a ~degree	-0.0457
follow_up	a ~job	-0.0615
follow_up	a ~number	0.1712
follow_up	a ~org	-0.0245
follow_up	a ~people	-0.0477
follow_up	a ~student	-0.1275
follow_up	abil	-0.024
follow_up	abl	-0.0239
follow_up	abl to	-0.0239
follow_up	about	0.0468
follow_up	about my	0.1252
follow_up	about that	-0.0487
follow_up	about the	0.0501
follow_up	academia	-0.0523
follow_up	account	-0.0385
follow_up	actual	-0.0914
follow_up	add	0.3237
follow_up	add you	0.3237
follow_up	administr	-0.0263
follow_up	advic	-0.0551
follow_up	advic about	-0.027
follow_up	advic on	-0.0209
follow_up	after	0.5684
follow_up	after a	-0.1105
follow_up	after graduat	0.2089
follow_up	after i	0.3335
follow_up	after my	0.0376
follow_up	after the	0.1383
follow_up	after this	0.1016
follow_up	afternoon	0.0372
follow_up	again	0.368
follow_up	again in	0.1587
follow_up	again onc	0.0663
follow_up	again this	-0.0225
follow_up	agenc	-0.052
follow_up	agre on	-0.0411
follow_up	agre to	-0.0601
follow_up	ai	0.0579
follow_up	all	-0.1068
follow_up	all i	-0.0377
follow_up	all my	-0.0454
follow_up	all right	0.1059
follow_up	all the	-0.0528
follow_up	all ~number	-0.0528
follow_up	almost	-0.0223
follow_up	along	-0.1755
follow_up	along to	-0.0402
follow_up	alreadi	-0.0756
follow_up	alright	-0.0253
follow_up	alright i	-0.0838
follow_up	alright if	0.0654
follow_up	also	0.1183
follow_up	am	-0.3388
follow_up	am a	-0.071
follow_up	am appli	0.0206
follow_up	am curious	-0.0285
follow_up	am go	0.1623
follow_up	am in	0.0253
follow_up	am keen	-0.0219
follow_up	am not	-0.0357
follow_up	am ~number	-0.0758
follow_up	am ~studyverb	-0.0465
follow_up	am ~want	-0.1533
follow_up	an	-0.0429
follow_up	an eye	0.0647
follow_up	an hour	-0.0207
follow_up	an interview	-0.0223
follow_up	an introduct	-0.0291
follow_up	an onlin	-0.0202
follow_up	an updat	0.1134
follow_up	an ~limit	-0.0207
follow_up	an ~talk	-0.0402
follow_up	an ~timeunit	-0.0207
follow_up	analyst	-0.0844
follow_up	analyst ~job	-0.0317
follow_up	analyt	-0.0239
follow_up	and	0.1589
follow_up	and do	0.0295
follow_up	and for	-0.0478
follow_up	and go	-0.0201
follow_up	and i	0.2442
follow_up	and if	0.1177
follow_up	and let	0.0662
follow_up	and mention	-0.0568
follow_up	and tell	0.0955
follow_up	and thank	-0.0239
follow_up	and would	-0.0306
follow_up	and ~help	0.0295
follow_up	and ~number	-0.0234
follow_up	and ~want	-0.0464
follow_up	ani	-0.4031
follow_up	ani book	-0.0206
follow_up	ani chanc	-0.0771
follow_up	ani further	-0.053
follow_up	ani longer	-0.0218
follow_up	ani more	-0.0334
follow_up	ani way	-0.0395
follow_up	ani ~student	-0.0257
follow_up	anyon	-0.1743
follow_up	anyon come	-0.0247
follow_up	anyon els	-0.0416
follow_up	anyon on	-0.0356
follow_up	anyth i	-0.05
follow_up	anyth just	0.0478
follow_up	anyth open	-0.028
follow_up	anyth ~want	0.0478
follow_up	anyway	-0.0656
follow_up	anyway i	-0.0656
follow_up	app	-0.0433
follow_up	app i	-0.0217
follow_up	appli	0.2379
follow_up	appli to	0.0814
follow_up	applic	0.0461
follow_up	applic to	0.029
follow_up	appreci	-0.0769
follow_up	appreci it	-0.1253
follow_up	appreci you	0.067
follow_up	apprenticeship	-0.0211
follow_up	are	-0.3811
follow_up	are not	-0.0359
follow_up	are on	-0.0209
follow_up	are squeez	-0.0314
follow_up	are the	-0.0274
follow_up	are there	-0.1172
follow_up	are ~number	-0.0409
follow_up	are ~want	0.0636
follow_up	armi	-0.0337
follow_up	articl	0.1664
follow_up	articl about	0.0707
follow_up	articl i	0.0796
follow_up	as	-0.1215
follow_up	as a	-0.0799
follow_up	as ~number	-0.0865
follow_up	ask	-0.1532
follow_up	ask about	-0.0273
follow_up	ask one	-0.0262
follow_up	ask you	-0.0401
follow_up	ask ~number	-0.0359
follow_up	ask ~people	-0.0276
follow_up	associ	-0.0527
follow_up	at	-0.2355
follow_up	at 3	-0.0299
follow_up	at a	0.0288
follow_up	at that	-0.0467
follow_up	at the	-0.1425
follow_up	at ~number	-0.1191
follow_up	back	0.3644
follow_up	back after	0.274
follow_up	back and	0.0549
follow_up	back in	0.0331
follow_up	back to	-0.0386
follow_up	back ~want	0.274
follow_up	background	-0.0386
follow_up	bank	-0.0442
follow_up	be	0.068
follow_up	be a	-0.0269
follow_up	be abl	-0.0231
follow_up	be all	0.0205
follow_up	be alright	0.0598
follow_up	be comfort	-0.0681
follow_up	be consid	-0.0317
follow_up	be glad	-0.0528
follow_up	be grate	-0.0205
follow_up	be mind	-0.0269
follow_up	be ok	0.2549
follow_up	be open	0.2701
follow_up	be quick	-0.048
follow_up	be realli	-0.0277
follow_up	be so	-0.0688
follow_up	be up	0.0671
follow_up	be use	0.0481
follow_up	be weird	0.081
follow_up	be will	-0.1091
follow_up	be ~help	0.0481
follow_up	be ~number	-0.0332
follow_up	be ~want	-0.0277
follow_up	becaus	-0.0285
follow_up	becaus i	-0.0242
follow_up	been	-0.0309
follow_up	been a	0.0405
follow_up	been freelanc	-0.0318
follow_up	been work	0.052
follow_up	been ~number	0.0307
follow_up	been ~workverb	0.0505
follow_up	befor	-0.0972
follow_up	befor i	0.0626
follow_up	befor that	-0.0202
follow_up	befor we	-0.0589
follow_up	beginn	-0.0236
follow_up	best	0.1871
follow_up	best way	0.2168
follow_up	beta	-0.0246
follow_up	better	0.1445
follow_up	between	-0.1352
follow_up	between meet	-0.0286
follow_up	between ~number	-0.0225
follow_up	beyond	-0.0273
follow_up	big	-0.0392
follow_up	biotech	-0.0204
follow_up	bit	-0.0658
follow_up	book	-0.0579
follow_up	book or	-0.03
follow_up	book would	-0.0259
follow_up	book ~want	-0.0259
follow_up	bootcamp goe	0.0547
follow_up	brain	-0.0254
follow_up	break	0.092
follow_up	break for	0.1783
follow_up	break so	-0.038
follow_up	brief	-0.0375
follow_up	build	-0.0367
follow_up	busi	0.0604
follow_up	busi so	0.082
follow_up	but	0.0316
follow_up	but would	0.0904
follow_up	but ~want	0.0904
follow_up	by	0.0531
follow_up	by ask	-0.0252
follow_up	by email	0.1139
follow_up	by ~contactverb	0.1139
follow_up	by ~sendverb	0.1139
follow_up	by ~talk	0.1139
follow_up	bye	-0.0358
follow_up	calendar	0.0752
follow_up	calendar is	0.0819
follow_up	call	-0.1854
follow_up	call it	-0.0788
follow_up	campus	0.0341
follow_up	can	0.4445
follow_up	can be	-0.0408
follow_up	can get	-0.0235
follow_up	can help	-0.0541
follow_up	can i	0.2193
follow_up	can nurs	-0.0255
follow_up	can pass	-0.097
follow_up	can see	-0.0284
follow_up	can send	0.1803
follow_up	can we	0.5161
follow_up	can you	-0.1208
follow_up	can ~help	-0.0835
follow_up	can ~learn	-0.0519
follow_up	can ~sendverb	0.0834
follow_up	candid	-0.0673
follow_up	candid about	-0.0464
follow_up	card	0.1717
follow_up	care	-0.0471
follow_up	career	-0.154
follow_up	career changer	-0.0201
follow_up	career in	-0.0222
follow_up	carv	0.1577
follow_up	carv out	0.1577
follow_up	case	0.1567
follow_up	case studi	0.1372
follow_up	case ~studyverb	0.1372
follow_up	certif	0.1254
follow_up	certif in	0.0699
follow_up	certif program	0.0473
follow_up	certif ~degree	0.0473
follow_up	chain	-0.0428
follow_up	chain role	-0.0229
follow_up	chain ~job	-0.0229
follow_up	chanc	-0.068
follow_up	chanc you	-0.0697
follow_up	chang	-0.0932
follow_up	changer	-0.0201
follow_up	chariti	-0.0205
follow_up	chat	-0.0736
follow_up	chat with	-0.0226
follow_up	check	0.34
follow_up	check back	0.0368
follow_up	check in	0.3253
follow_up	cheer for	-0.024
follow_up	cheer realli	-0.0211
follow_up	cheer ~want	-0.0211
follow_up	chemistri	-0.0224
follow_up	choos	0.051
follow_up	choos ~number	0.0634
follow_up	class	0.0578
follow_up	clean	0.0993
follow_up	client	-0.1327
follow_up	client after	-0.04
follow_up	client ~want	-0.04
follow_up	clinic	-0.0563
follow_up	clock	-0.0823
follow_up	close	-0.0664
follow_up	cold	-0.0533
follow_up	colleagu	-0.1672
follow_up	colleagu at	-0.0317
follow_up	colleagu i	-0.0213
follow_up	colleg	-0.0383
follow_up	come bootcamp	-0.0202
follow_up	come to	-0.0762
follow_up	come ~degree	-0.0202
follow_up	comfort	-0.081
follow_up	comfort connect	-0.0254
follow_up	comfort ~talk	-0.0254
follow_up	communiti	-0.0403
follow_up	communiti colleg	-0.0206
follow_up	compani	-0.0364
follow_up	compar	-0.0254
follow_up	complet	0.022
follow_up	complet ~number	0.0394
follow_up	confer	-0.0235
follow_up	confer you	0.037
follow_up	connect	0.4319
follow_up	connect me	-0.0579
follow_up	connect on	0.2529
follow_up	connect with	0.1514
follow_up	conscious	-0.0295
follow_up	consid	-0.0507
follow_up	consult	-0.0421
follow_up	contact	0.1113
follow_up	contact of	-0.0348
follow_up	contact with	0.2173
follow_up	convers	-0.0352
follow_up	cool	-0.0582
follow_up	cool cool	-0.0468
follow_up	cool i	-0.0357
follow_up	could	-0.0454
follow_up	could chat	0.0227
follow_up	could i	0.1609
follow_up	could pass	-0.0525
follow_up	could put	-0.031
follow_up	could reach	0.1064
follow_up	could you	-0.1059
follow_up	could ~contactverb	0.0884
follow_up	could ~sendverb	-0.1185
follow_up	could ~talk	0.1119
follow_up	coupl	0.1618
follow_up	coupl of	0.1893
follow_up	cours	0.0978
follow_up	cowork	-0.0283
follow_up	credit	-0.0261
follow_up	cultur	-0.0338
follow_up	curious	0.0264
follow_up	curious how	-0.0235
follow_up	curious what	0.0617
follow_up	data	-0.0985
follow_up	data scienc	-0.0429
follow_up	data team	-0.0767
follow_up	data ~org	-0.0782
follow_up	dataset	0.0963
follow_up	day	-0.1185
follow_up	day and	0.0614
follow_up	deadlin	-0.0407
follow_up	decid	0.1226
follow_up	decid between	-0.03
follow_up	decid to	-0.0213
follow_up	decis	0.1243
follow_up	def	0.1347
follow_up	definit	0.2062
follow_up	degre	-0.0972
follow_up	degre in	-0.0351
follow_up	depart	-0.0307
follow_up	describ	-0.0456
follow_up	design	-0.1427
follow_up	design ~job	-0.0257
follow_up	develop	-0.0243
follow_up	did	-0.2468
follow_up	did you	-0.172
follow_up	did ~number	-0.0226
follow_up	differ	-0.0554
follow_up	director	-0.0232
follow_up	do	-0.505
follow_up	do a	-0.0239
follow_up	do not	-0.0526
follow_up	do they	0.0693
follow_up	do this	-0.0561
follow_up	do to	-0.0238
follow_up	do you	-0.1946
follow_up	do ~number	-0.0396
follow_up	do ~want	-0.0207
follow_up	doe	-0.1371
follow_up	doe a	-0.0306
follow_up	doe it	-0.0278
follow_up	doe your	-0.0316
follow_up	doe ~number	-0.0486
follow_up	done the	-0.0276
follow_up	done ~number	-0.0308
follow_up	downsid	-0.0249
follow_up	dr	-0.0347
follow_up	draft	0.0372
follow_up	drop	0.0691
follow_up	drop you	0.0756
follow_up	dure	-0.0248
follow_up	each day	-0.0232
follow_up	each ~closing	-0.0248
follow_up	each ~limit	-0.0232
follow_up	earli	-0.0287
follow_up	earlier	-0.0271
follow_up	eat	-0.0406
follow_up	els	-0.0353
follow_up	els on	-0.0262
follow_up	els should	-0.0314
follow_up	els would	-0.0615
follow_up	els you	-0.0426
follow_up	els ~want	-0.0615
follow_up	email	0.6753
follow_up	email later	0.0564
follow_up	email next	0.0345
follow_up	email or	0.0769
follow_up	email tonight	0.0363
follow_up	email you	0.1903
follow_up	email ~later	0.0564
follow_up	end	0.0695
follow_up	end up	0.2183
follow_up	engin	-0.0904
follow_up	english	-0.0358
follow_up	enjoy	-0.0352
follow_up	enjoy this	-0.02
follow_up	enough	-0.0926
follow_up	enough of	-0.052
follow_up	especi	-0.029
follow_up	even	-0.0483
follow_up	evening	-0.0343
follow_up	event	-0.0238
follow_up	ever	-0.1397
follow_up	ever anyth	-0.0375
follow_up	ever be	-0.0214
follow_up	everi	-0.0227
follow_up	everyth	-0.0304
follow_up	everyth i	-0.0218
follow_up	exercis	-0.0232
follow_up	experi	-0.0254
follow_up	eye	0.0536
follow_up	eye on	0.0536
follow_up	fair	-0.0207
follow_up	fall	0.0731
follow_up	favor	-0.0883
follow_up	favor somehow	-0.0204
follow_up	feel	0.0997
follow_up	few	0.1203
follow_up	few month	0.181
follow_up	few more	0.0914
follow_up	few ~duration	0.162
follow_up	field	-0.1227
follow_up	figur	-0.026
follow_up	final	-0.043
follow_up	find	0.0682
follow_up	find last	0.1185
follow_up	finish	0.0581
follow_up	finish a	-0.0264
follow_up	finish the	0.1585
follow_up	finish ~number	0.1321
follow_up	fire	0.0525
follow_up	firm	-0.039
follow_up	first year	-0.0215
follow_up	first ~duration	-0.0215
follow_up	fit	-0.0407
follow_up	fit me	-0.0228
follow_up	five	-0.0276
follow_up	focus	-0.0468
follow_up	follow	0.351
follow_up	follow up	0.2946
follow_up	for	-0.4013
follow_up	for a	-0.0292
follow_up	for agre	-0.0486
follow_up	for all	-0.0249
follow_up	for an	-0.0203
follow_up	for be	-0.0418
follow_up	for fit	-0.0213
follow_up	for hop	-0.0263
follow_up	for make	-0.0424
follow_up	for me	0.0504
follow_up	for squeez	-0.0384
follow_up	for that	-0.034
follow_up	for this	0.1719
follow_up	for your	-0.0965
follow_up	for ~number	-0.0506
follow_up	forecast	-0.0243
follow_up	forget	0.0278
follow_up	former	-0.0509
follow_up	former colleagu	-0.0429
follow_up	former ~people	-0.0448
follow_up	forward	-0.0444
follow_up	forward my	-0.035
follow_up	found	-0.0296
follow_up	free	-0.0267
follow_up	freelanc	-0.0473
follow_up	from	-0.2385
follow_up	from academia	-0.0232
follow_up	from me	-0.0279
follow_up	from my	0.0453
follow_up	from the	-0.0464
follow_up	from your	-0.0277
follow_up	from ~number	-0.0653
follow_up	game	-0.0834
follow_up	game design	-0.0231
follow_up	generous	0.0242
follow_up	genuin	-0.0241
follow_up	get	-0.0978
follow_up	get a	-0.0202
follow_up	get back	-0.0233
follow_up	get in	0.0411
follow_up	get into	-0.0225
follow_up	get on	-0.1198
follow_up	get to	-0.0323
follow_up	get ~number	-0.0381
follow_up	give	-0.0731
follow_up	give me	-0.0242
follow_up	give up	-0.0255
follow_up	glad	-0.0608
follow_up	glad to	-0.0528
follow_up	go	-0.0619
follow_up	go back	-0.0358
follow_up	go now	-0.0227
follow_up	go on	-0.0287
follow_up	go to	0.141
follow_up	goe	0.4499
follow_up	good	-0.0971
follow_up	good one	-0.0698
follow_up	good rest	0.0226
follow_up	good time	0.1247
follow_up	good word	-0.025
follow_up	good ~limit	0.1027
follow_up	good ~number	-0.0698
follow_up	good ~people	-0.0698
follow_up	got	-0.0926
follow_up	got a	-0.047
follow_up	got thank	-0.0207
follow_up	got to	-0.049
follow_up	got ~number	-0.0499
follow_up	grad	-0.0359
follow_up	graduat	0.166
follow_up	graduat in	-0.0215
follow_up	grant	-0.0368
follow_up	grate	-0.0724
follow_up	grate if	-0.0425
follow_up	great	-0.062
follow_up	guy	-0.0213
follow_up	had	-0.0974
follow_up	half	-0.0542
follow_up	half hour	-0.0205
follow_up	half ~limit	-0.0205
follow_up	half ~number	-0.0207
follow_up	half ~timeunit	-0.0205
follow_up	hand with	0.0478
follow_up	handl	-0.0261
follow_up	hang	-0.0305
follow_up	hang up	-0.0305
follow_up	happen	-0.021
follow_up	happi	-0.0998
follow_up	happi to	-0.0942
follow_up	hard	-0.0903
follow_up	hard part	-0.0257
follow_up	has	-0.0377
follow_up	has been	-0.0205
follow_up	has ~workverb	-0.0205
follow_up	have	0.1051
follow_up	have a	0.0913
follow_up	have ask	-0.0209
follow_up	have been	-0.0532
follow_up	have finish	0.1432
follow_up	have kept	-0.0559
follow_up	have more	0.0628
follow_up	have taken	-0.0613
follow_up	have to	-0.0475
follow_up	have ~number	0.0409
follow_up	have ~studyverb	0.1859
follow_up	have ~workverb	-0.0821
follow_up	head	-0.0217
follow_up	health	-0.026
follow_up	heap	-0.0314
follow_up	hear	-0.0769
follow_up	hear how	-0.0278
follow_up	help	-0.1021
follow_up	help i	0.1166
follow_up	help if	0.0248
follow_up	help me	-0.0253
follow_up	help with	-0.0334
follow_up	help you	-0.0629
follow_up	here	-0.2
follow_up	here thank	-0.0256
follow_up	hey	-0.0352
follow_up	hi	-0.0766
follow_up	high	-0.0223
follow_up	hire	-0.1208
follow_up	hire manag	-0.0346
follow_up	hire right	-0.029
follow_up	hire ~gatekeeper	-0.0346
follow_up	hire ~student	-0.0306
follow_up	histori	-0.0202
follow_up	hold	-0.0525
follow_up	home	-0.038
follow_up	honest	-0.0839
follow_up	hop	-0.0355
follow_up	hop on	-0.0263
follow_up	hope	-0.0448
follow_up	hospit	-0.0408
follow_up	hour	-0.1194
follow_up	hous	-0.0348
follow_up	how	-0.058
follow_up	how can	-0.0434
follow_up	how did	-0.0871
follow_up	how do	-0.1931
follow_up	how doe	-0.0252
follow_up	how is	-0.0651
follow_up	how it	0.1176
follow_up	how much	-0.0512
follow_up	how should	0.1302
follow_up	how the	0.4195
follow_up	how would	-0.0284
follow_up	how you	-0.1407
follow_up	how ~help	-0.1931
follow_up	how ~number	0.4082
follow_up	how ~studyverb	-0.0871
follow_up	how ~want	-0.0284
follow_up	i	0.5123
follow_up	i add	0.3237
follow_up	i am	-0.3388
follow_up	i appli	-0.0551
follow_up	i appreci	-0.0703
follow_up	i ask	-0.0647
follow_up	i be	-0.0387
follow_up	i can	-0.0276
follow_up	i check	0.0368
follow_up	i connect	0.1811
follow_up	i could	0.0395
follow_up	i decid	0.1943
follow_up	i did	-0.0247
follow_up	i do	-0.0648
follow_up	i email	0.1471
follow_up	i end	0.2422
follow_up	i follow	0.1778
follow_up	i forget	0.0278
follow_up	i get	0.205
follow_up	i graduat	-0.032
follow_up	i had	-0.068
follow_up	i have	0.361
follow_up	i help	-0.0434
follow_up	i just	0.0961
follow_up	i know	-0.1507
follow_up	i learn	-0.0358
follow_up	i let	0.0949
follow_up	i mention	0.3303
follow_up	i need	-0.0306
follow_up	i ping	0.2186
follow_up	i reach	0.1459
follow_up	i read	-0.0242
follow_up	i realli	0.1314
follow_up	i saw	-0.0412
follow_up	i send	0.1673
follow_up	i sent	0.0653
follow_up	i should	-0.1103
follow_up	i speak	-0.0242
follow_up	i spent	-0.0213
follow_up	i talk	0.1133
follow_up	i think	-0.0871
follow_up	i want	-0.0751
follow_up	i was	-0.0501
follow_up	i will	0.8921
follow_up	i wish	-0.027
follow_up	i wrote	0.2198
follow_up	i ~contactverb	0.1825
follow_up	i ~help	-0.1307
follow_up	i ~insight	-0.0287
follow_up	i ~learn	-0.058
follow_up	i ~sendverb	0.2617
follow_up	i ~studyverb	-0.1101
follow_up	i ~talk	0.1412
follow_up	i ~want	0.0438
follow_up	i ~workverb	-0.0334
follow_up	idea	-0.027
follow_up	if	0.8412
follow_up	if a	-0.0629
follow_up	if anyon	-0.0282
follow_up	if anyth	-0.0389
follow_up	if i	0.9674
follow_up	if it	0.0611
follow_up	if someth	-0.0367
follow_up	if that	0.1441
follow_up	if there	-0.0407
follow_up	if they	0.0352
follow_up	if you	-0.1935
follow_up	if your	0.0389
follow_up	if ~number	-0.0756
follow_up	if ~people	-0.0282
follow_up	in	0.2627
follow_up	in a	0.3453
follow_up	in between	-0.0316
follow_up	in contact	0.2237
follow_up	in game	-0.0323
follow_up	in may	-0.0306
follow_up	in mind	-0.0477
follow_up	in museum	0.0283
follow_up	in my	-0.064
follow_up	in or	0.1326
follow_up	in polici	-0.0246
follow_up	in product	-0.0784
follow_up	in public	-0.0296
follow_up	in return	-0.0246
follow_up	in the	-0.0552
follow_up	in this	-0.0701
follow_up	in touch	0.494
follow_up	in with	0.0338
follow_up	in your	-0.1116
follow_up	in ~contactverb	0.7177
follow_up	in ~help	-0.0246
follow_up	in ~number	0.2696
follow_up	in ~people	0.2188
follow_up	in ~talk	0.2237
follow_up	industri	-0.1015
follow_up	inform	0.0796
follow_up	inform about	0.125
follow_up	interest in	-0.0224
follow_up	intern	-0.0309
follow_up	interrupt	-0.0478
follow_up	interview	-0.0867
follow_up	interview with	0.0224
follow_up	into	-0.1735
follow_up	into leadership	-0.0215
follow_up	into ~number	-0.0215
follow_up	introduc	0.077
follow_up	introduc me	0.0891
follow_up	introduct	-0.0964
follow_up	introduct to	-0.0813
follow_up	is	-0.4516
follow_up	is a	-0.0664
follow_up	is done	0.0644
follow_up	is ever	-0.0515
follow_up	is everyth	-0.0476
follow_up	is it	0.0386
follow_up	is me	-0.0271
follow_up	is ok	0.069
follow_up	is pack	0.08
follow_up	is realli	-0.0301
follow_up	is that	-0.0634
follow_up	is the	0.0226
follow_up	is there	-0.0882
follow_up	is worth	-0.0299
follow_up	is your	-0.0377
follow_up	is ~number	-0.0585
follow_up	is ~talk	0.0319
follow_up	is ~want	-0.04
follow_up	it a	-0.028
follow_up	it along	-0.1348
follow_up	it and	-0.0218
follow_up	it at	-0.0409
follow_up	it be	0.3852
follow_up	it from	-0.0249
follow_up	it here	-0.0627
follow_up	it if	-0.0537
follow_up	it is	0.0301
follow_up	it ok	0.0757
follow_up	it possibl	0.0266
follow_up	it there	-0.0994
follow_up	it to	-0.0299
follow_up	it went	0.0858
follow_up	it would	0.1945
follow_up	it ~number	-0.028
follow_up	it ~want	0.1317
follow_up	job	-0.1848
follow_up	join	-0.0287
follow_up	jump	-0.0543
follow_up	junior	-0.0608
follow_up	just ask	0.044
follow_up	just say	-0.032
follow_up	just ~learn	0.0426
follow_up	just ~sendverb	0.1155
follow_up	just ~talk	0.1771
follow_up	just ~want	-0.029
follow_up	keen	-0.0219
follow_up	keep	0.6075
follow_up	keep an	0.0647
follow_up	keep in	0.2608
follow_up	keep it	-0.033
follow_up	keep me	-0.0477
follow_up	keep my	-0.0217
follow_up	keep this	-0.0652
follow_up	keep you	0.4998
follow_up	keep ~number	0.0536
follow_up	kept	-0.0681
follow_up	kept you	-0.0681
follow_up	kind	-0.0428
follow_up	kind of	-0.0313
follow_up	know	0.2902
follow_up	know anyon	-0.0683
follow_up	know how	0.2647
follow_up	know if	-0.0968
follow_up	know we	-0.0214
follow_up	know what	0.2045
follow_up	know which	0.1305
follow_up	know you	-0.0829
follow_up	know your	0.0589
follow_up	know ~people	-0.0766
follow_up	lab	-0.025
follow_up	last	-0.0457
follow_up	last question	-0.0254
follow_up	last week	-0.0464
follow_up	last year	-0.0296
follow_up	last ~closing	-0.0464
follow_up	last ~duration	-0.0296
follow_up	late	-0.0301
follow_up	later	0.2626
follow_up	later and	0.0564
follow_up	later on	0.035
follow_up	later today	0.1023
follow_up	law	-0.0353
follow_up	lead	-0.0264
follow_up	leadership	-0.0243
follow_up	learn	-0.1148
follow_up	learn more	-0.0271
follow_up	leav	-0.2025
follow_up	leav it	-0.123
follow_up	leav the	-0.0267
follow_up	leav ~number	-0.0267
follow_up	left	-0.0431
follow_up	left the	-0.0222
follow_up	left ~number	-0.0222
follow_up	let	0.1592
follow_up	let me	-0.1088
follow_up	let you	0.2614
follow_up	librari	0.0405
follow_up	like	-0.1899
follow_up	like for	-0.0321
follow_up	like to	0.071
follow_up	like ~number	-0.0372
follow_up	line	0.0349
follow_up	line onc	0.0306
follow_up	link	0.1299
follow_up	linkedin	1.0157
follow_up	linkedin after	0.0399
follow_up	linkedin and	0.0356
follow_up	linkedin if	0.0743
follow_up	linkedin ~want	0.0399
follow_up	logist	-0.0307
follow_up	london	-0.0355
follow_up	long	-0.0735
follow_up	long enough	-0.0342
follow_up	longer	-0.0499
follow_up	longer than	-0.0281
follow_up	look	-0.1256
follow_up	look like	-0.0712
follow_up	lot	-0.0617
follow_up	love	0.0487
follow_up	love a	-0.0268
follow_up	love evening	-0.0237
follow_up	love it	-0.0575
follow_up	love to	0.1845
follow_up	love ~closing	-0.0328
follow_up	love ~number	-0.0257
follow_up	lunch	0.0479
follow_up	lunch break	0.1134
follow_up	made	-0.0231
follow_up	made the	-0.0318
follow_up	made you	-0.0258
follow_up	made ~number	-0.0327
follow_up	main	-0.0372
follow_up	main reason	-0.0209
follow_up	major	-0.0246
follow_up	make	-0.021
follow_up	make a	-0.0255
follow_up	make an	-0.0532
follow_up	make sens	-0.0552
follow_up	make time	-0.0348
follow_up	make you	0.0744
follow_up	make ~insight	-0.0552
follow_up	make ~limit	-0.0348
follow_up	make ~number	-0.098
follow_up	manag	-0.122
follow_up	mani	-0.0322
follow_up	mani thank	-0.0308
follow_up	master	0.1116
follow_up	matter	-0.0623
follow_up	matter most	-0.0214
follow_up	may	0.0284
follow_up	may i	0.0669
follow_up	may with	-0.0275
follow_up	mayb	-0.0277
follow_up	mba	-0.036
follow_up	me	-0.4138
follow_up	me about	-0.0389
follow_up	me done	-0.0238
follow_up	me for	-0.0641
follow_up	me i	-0.0228
follow_up	me in	-0.2537
follow_up	me know	-0.0942
follow_up	me off	0.0682
follow_up	me the	-0.0472
follow_up	me through	-0.0443
follow_up	me to	0.2263
follow_up	me who	-0.0267
follow_up	me with	-0.0608
follow_up	me ~learn	-0.1016
follow_up	me ~number	-0.0758
follow_up	me ~people	-0.0267
follow_up	meet	-0.1523
follow_up	meet at	-0.0213
follow_up	meet you	-0.031
follow_up	mention	0.2688
follow_up	mention in	0.0602
follow_up	mention your	-0.1019
follow_up	mentor	0.0238
follow_up	messag	0.028
follow_up	met	-0.0255
follow_up	mgmt	-0.0503
follow_up	might	0.0435
follow_up	might be	-0.0456
follow_up	million	0.0312
follow_up	mind	0.134
follow_up	mind if	0.3556
follow_up	mind of	-0.0342
follow_up	minut	-0.2233
follow_up	minut so	-0.0618
follow_up	minut we	-0.0504
follow_up	month	0.4409
follow_up	month onc	0.1038
follow_up	month to	0.0466
follow_up	more	0.0237
follow_up	more about	-0.0441
follow_up	more of	-0.0374
follow_up	more question	0.2323
follow_up	more than	-0.0362
follow_up	morn	-0.0489
follow_up	most	-0.1611
follow_up	most in	-0.0287
follow_up	move	-0.0834
follow_up	move into	-0.0416
follow_up	mph	0.1107
follow_up	much i	0.0632
follow_up	much this	0.1142
follow_up	much time	-0.0311
follow_up	much ~limit	-0.0311
follow_up	much ~want	-0.0296
follow_up	museum educ	0.0259
follow_up	my	-0.0586
follow_up	my email	-0.0422
follow_up	my end	-0.0209
follow_up	my first	0.038
follow_up	my internship	0.0209
follow_up	my note	-0.0243
follow_up	my portfolio	0.0422
follow_up	my posit	-0.0249
follow_up	my profess	-0.0282
follow_up	my question	-0.0671
follow_up	my resum	-0.1965
follow_up	my shoe	-0.0235
follow_up	my thesi	-0.0259
follow_up	my ~application	-0.1809
follow_up	my ~contactverb	-0.0422
follow_up	my ~degree	-0.0282
follow_up	my ~sendverb	-0.0329
follow_up	myself	-0.0273
follow_up	name	-0.2398
follow_up	name come	-0.0467
follow_up	name of	-0.0808
follow_up	near	-0.0267
follow_up	need	-0.139
follow_up	need a	0.0359
follow_up	need to	-0.0657
follow_up	need ~number	0.0325
follow_up	network	-0.0308
follow_up	never	-0.0703
follow_up	new	-0.0225
follow_up	new offic	-0.0302
follow_up	new ~org	-0.0302
follow_up	news	0.1315
follow_up	newslett	-0.0216
follow_up	next	0.0447
follow_up	next meet	-0.0266
follow_up	next month	0.1371
follow_up	next step	-0.0211
follow_up	next week	0.0697
follow_up	next ~closing	0.0697
follow_up	nice	-0.0393
follow_up	nice to	-0.0208
follow_up	night	0.0936
follow_up	night shift	0.0633
follow_up	no	-0.0923
follow_up	not	-0.336
follow_up	not have	-0.021
follow_up	not keep	-0.0312
follow_up	not take	-0.0366
follow_up	not ~insight	-0.0366
follow_up	not ~want	-0.0247
follow_up	note	0.278
follow_up	note in	0.0233
follow_up	note next	0.0252
follow_up	note tomorrow	0.1713
follow_up	note tonight	0.078
follow_up	now	-0.2862
follow_up	now and	-0.0439
follow_up	now i	-0.0244
follow_up	nurs	-0.165
follow_up	nurs chang	-0.0259
follow_up	nurs ~org	-0.0271
follow_up	oclock	-0.0223
follow_up	of	-0.1845
follow_up	of a	-0.0598
follow_up	of anyon	0.0279
follow_up	of anyth	0.1303
follow_up	of month	0.1186
follow_up	of my	-0.034
follow_up	of peopl	-0.0432
follow_up	of the	-0.0205
follow_up	of this	-0.0215
follow_up	of week	0.0992
follow_up	of your	-0.1044
follow_up	of ~duration	0.1174
follow_up	of ~number	-0.0975
follow_up	of ~people	-0.0542
follow_up	off	0.0237
follow_up	off a	0.049
follow_up	off now	-0.0245
follow_up	off ~number	0.049
follow_up	offic	-0.0654
follow_up	offic treat	-0.0302
follow_up	oh	-0.0377
follow_up	ok	0.2143
follow_up	ok i	-0.0907
follow_up	ok if	0.1462
follow_up	ok that	0.0432
follow_up	ok to	0.1659
follow_up	ok with	0.0613
follow_up	okafor	-0.0376
follow_up	old	-0.0871
follow_up	old cowork	-0.0283
follow_up	omg	-0.0262
follow_up	on	0.6311
follow_up	on a	-0.0399
follow_up	on call	-0.0274
follow_up	on how	0.1684
follow_up	on it	0.0964
follow_up	on linkedin	0.9409
follow_up	on my	-0.0364
follow_up	on the	-0.0473
follow_up	on whether	0.0837
follow_up	on with	-0.1326
follow_up	on your	-0.0917
follow_up	on ~contactverb	-0.0501
follow_up	on ~number	-0.0896
follow_up	on ~talk	-0.0501
follow_up	onc	0.5662
follow_up	onc i	0.4216
follow_up	one	-0.2013
follow_up	one more	-0.0532
follow_up	one ~limit	0.0291
follow_up	onli	-0.0951
follow_up	onli have	-0.0461
follow_up	onlin	-0.0428
follow_up	open	0.1423
follow_up	open to	0.2684
follow_up	open up	-0.0655
follow_up	or	-0.0299
follow_up	or do	-0.0201
follow_up	or email	0.1771
follow_up	or is	-0.0742
follow_up	or through	0.039
follow_up	or would	0.0703
follow_up	or ~contactverb	0.1825
follow_up	or ~help	-0.0201
follow_up	or ~sendverb	0.1771
follow_up	or ~talk	0.1825
follow_up	or ~want	0.0698
follow_up	other	-0.068
follow_up	out	0.0858
follow_up	out again	0.2859
follow_up	out in	0.0788
follow_up	out of	-0.0656
follow_up	out to	-0.2202
follow_up	out with	-0.0338
follow_up	out ~later	0.2859
follow_up	outreach	-0.0232
follow_up	outsid	-0.0214
follow_up	over	0.0914
follow_up	over a	0.0609
follow_up	over i	-0.0392
follow_up	over ~number	0.0786
follow_up	overnight	-0.03
follow_up	own	-0.0591
follow_up	pack	0.0644
follow_up	paper	0.222
follow_up	paraleg	-0.0222
follow_up	part	-0.1081
follow_up	part of	-0.0577
follow_up	part time	-0.0206
follow_up	part ~limit	-0.0206
follow_up	pass	-0.1995
follow_up	pass it	-0.1348
follow_up	pass my	-0.0542
follow_up	past	-0.0208
follow_up	path	-0.0377
follow_up	patient	-0.0749
follow_up	peopl	-0.0291
follow_up	peopl from	-0.0242
follow_up	peopl in	-0.1072
follow_up	peopl you	0.1249
follow_up	person	-0.086
follow_up	person who	-0.0551
follow_up	person ~people	-0.0551
follow_up	perspect	-0.0546
follow_up	phd	-0.033
follow_up	pick	0.0712
follow_up	ping	0.2353
follow_up	ping you	0.2499
follow_up	pitch	-0.0238
follow_up	place	-0.0245
follow_up	plan	-0.0557
follow_up	pleas	-0.0945
follow_up	pleas let	-0.0483
follow_up	podcast	0.1619
follow_up	polici	-0.0921
follow_up	portfolio	0.1966
follow_up	portfolio review	0.1958
follow_up	posit	-0.0753
follow_up	post	0.4099
follow_up	post on	0.2735
follow_up	practic	-0.0354
follow_up	precious	-0.0249
follow_up	prefer	0.0378
follow_up	prepar	-0.0543
follow_up	pretti	-0.0293
follow_up	prioritis	-0.0212
follow_up	probabl	-0.0267
follow_up	product side	0.1011
follow_up	product ~org	0.1011
follow_up	profess	-0.0665
follow_up	profession	-0.0439
follow_up	profession associ	-0.0275
follow_up	program	0.2242
follow_up	project	-0.1674
follow_up	project manag	-0.021
follow_up	promis	-0.0224
follow_up	proper	0.0718
follow_up	proper thank	0.056
follow_up	public	-0.0554
follow_up	put	-0.1865
follow_up	put in	-0.0548
follow_up	put me	-0.1151
follow_up	python	0.0957
follow_up	python script	0.0978
follow_up	quarter	-0.0334
follow_up	question	0.1733
follow_up	question i	-0.0341
follow_up	question if	-0.0411
follow_up	question later	0.0994
follow_up	question ~later	0.1353
follow_up	quick	0.0895
follow_up	quick note	0.046
follow_up	ran	-0.0445
follow_up	rather	0.062
follow_up	rather i	0.0808
follow_up	reach	0.4652
follow_up	reach out	0.1348
follow_up	reach you	0.3061
follow_up	read	-0.0512
follow_up	real	-0.0385
follow_up	realist	-0.0249
follow_up	realiz	-0.0291
follow_up	realli	0.0441
follow_up	realli appreci	0.0372
follow_up	realli grate	-0.0277
follow_up	reason	-0.0309
follow_up	recommend	-0.1954
follow_up	recommend i	-0.0856
follow_up	recommend me	-0.0252
follow_up	refer	-0.0563
follow_up	refer me	-0.0444
follow_up	referr	-0.0286
follow_up	region	0.1151
follow_up	region ~org	0.0749
follow_up	releas	-0.024
follow_up	report	0.2281
follow_up	report back	0.2446
follow_up	request	0.0236
follow_up	research	-0.1318
follow_up	rest	0.0528
follow_up	rest of	0.0528
follow_up	result	0.0638
follow_up	resum	-0.199
follow_up	resum along	-0.0417
follow_up	resum to	-0.0418
follow_up	return	-0.1185
follow_up	return the	-0.0907
follow_up	return ~number	-0.0907
follow_up	review	0.1779
follow_up	review goe	0.1958
follow_up	right	-0.1535
follow_up	right i	-0.0935
follow_up	right if	0.0205
follow_up	right now	-0.0793
follow_up	risk	-0.0241
follow_up	role	-0.1196
follow_up	role in	-0.0245
follow_up	rout	-0.0696
follow_up	run	-0.0792
follow_up	run your	-0.1006
follow_up	said twenti	-0.0205
follow_up	said you	-0.026
follow_up	said ~number	-0.0283
follow_up	sam	-0.0562
follow_up	same	-0.0258
follow_up	saw	-0.0434
follow_up	say	-0.0603
follow_up	say a	-0.0255
follow_up	say thank	0.0228
follow_up	say ~number	-0.0296
follow_up	schedul	-0.0296
follow_up	school	-0.0505
follow_up	scienc	-0.0774
follow_up	script	0.0978
follow_up	search	0.1233
follow_up	search goe	0.1276
follow_up	season	-0.0328
follow_up	second	-0.0276
follow_up	sector	-0.0833
follow_up	see	-0.0808
follow_up	see the	-0.0478
follow_up	see we	-0.0307
follow_up	see ~number	-0.0478
follow_up	send	0.8753
follow_up	send a	0.2662
follow_up	send me	-0.0494
follow_up	send over	0.1027
follow_up	send thank	-0.0654
follow_up	send you	0.558
follow_up	send ~number	0.2662
follow_up	sens	-0.0649
follow_up	sent	0.0653
follow_up	sent you	0.0653
follow_up	servic	-0.0358
follow_up	session	-0.023
follow_up	set	-0.0203
follow_up	shadow	0.1498
follow_up	shall i	0.0944
follow_up	share	-0.1079
follow_up	share my	-0.0522
follow_up	she	0.0293
follow_up	she would	-0.0357
follow_up	she ~want	-0.0357
follow_up	shift	-0.0263
follow_up	shoe	-0.0235
follow_up	short	0.0778
follow_up	short note	0.0626
follow_up	should	-0.1114
follow_up	should let	-0.0207
follow_up	should talk	-0.0249
follow_up	should ~talk	-0.0537
follow_up	side if	-0.025
follow_up	sign	-0.0723
follow_up	sign off	-0.0723
follow_up	sinc	-0.1288
follow_up	sinc we	-0.0291
follow_up	sinc you	-0.0434
follow_up	six	-0.0348
follow_up	six year	-0.0204
follow_up	six ~duration	-0.0348
follow_up	skill	-0.0484
follow_up	so	-0.4695
follow_up	so candid	-0.0567
follow_up	so i	-0.2221
follow_up	so let	-0.0204
follow_up	so much	0.1338
follow_up	so you	-0.0857
follow_up	some	0.0402
follow_up	some time	0.0944
follow_up	some way	-0.0213
follow_up	somehow	-0.0204
follow_up	someon	-0.0824
follow_up	someon in	-0.052
follow_up	someon on	0.0798
follow_up	someon who	-0.0487
follow_up	someon ~people	-0.0487
follow_up	someth	-0.0815
follow_up	someth come	-0.0202
follow_up	somewher	0.0739
follow_up	sorri	-0.1997
follow_up	sorri for	-0.0507
follow_up	sorri i	-0.0437
follow_up	sound	-0.039
follow_up	speak	-0.0646
follow_up	speak with	-0.0275
follow_up	specialti	-0.0246
follow_up	spend	-0.0351
follow_up	spend on	-0.0242
follow_up	spent	-0.0323
follow_up	spreadsheet	-0.0225
follow_up	spring	0.0654
follow_up	squeez	-0.0789
follow_up	squeez me	-0.0696
follow_up	staff	-0.0297
follow_up	stand	-0.0218
follow_up	start	-0.1907
follow_up	start out	-0.0406
follow_up	stay	0.5366
follow_up	stay in	0.5514
follow_up	step	-0.04
follow_up	still	-0.0266
follow_up	still have	-0.023
follow_up	stop	-0.1778
follow_up	stop there	-0.0427
follow_up	student	-0.0787
follow_up	studi	0.0978
follow_up	such	0.0239
follow_up	suggest i	-0.0999
follow_up	summari	0.089
follow_up	summari of	0.089
follow_up	summer	-0.0497
follow_up	super	-0.0678
follow_up	super help	-0.0485
follow_up	suppli	-0.0428
follow_up	suppli chain	-0.0428
follow_up	survey	0.114
follow_up	survey data	0.0975
follow_up	switch	-0.0531
follow_up	take	-0.0721
follow_up	take care	-0.0226
follow_up	take on	0.0626
follow_up	take the	-0.0324
follow_up	take up	-0.0241
follow_up	take ~number	-0.0416
follow_up	taken	-0.0765
follow_up	taken enough	-0.052
follow_up	talk	-0.1497
follow_up	talk to	0.0302
follow_up	talk with	0.032
follow_up	teach	-0.0541
follow_up	team	-0.2451
follow_up	tell	0.0759
follow_up	tell me	-0.089
follow_up	tell you	0.1694
follow_up	ten	-0.0301
follow_up	term	0.1011
follow_up	test	-0.0602
follow_up	tester	-0.0344
follow_up	than	-0.0907
follow_up	than a	-0.0233
follow_up	than ~number	-0.0233
follow_up	thank	-0.1577
follow_up	thank a	0.0257
follow_up	thank again	-0.0645
follow_up	thank for	-0.1622
follow_up	thank heap	-0.0314
follow_up	thank so	0.1271
follow_up	thank to	-0.0223
follow_up	thank you	0.1058
follow_up	thank ~later	-0.0645
follow_up	that	-0.0906
follow_up	that articl	0.0757
follow_up	that i	-0.0408
follow_up	that is	-0.1324
follow_up	that make	0.0929
follow_up	that you	-0.0413
follow_up	that ~want	-0.0209
follow_up	the	0.2057
follow_up	the agenc	-0.0373
follow_up	the armi	-0.0308
follow_up	the articl	0.0907
follow_up	the best	0.2015
follow_up	the bootcamp	0.0717
follow_up	the call	-0.0257
follow_up	the campus	0.0341
follow_up	the certif	0.1684
follow_up	the clock	-0.0756
follow_up	the confer	-0.0511
follow_up	the contact	-0.0379
follow_up	the cultur	-0.0281
follow_up	the data	-0.0294
follow_up	the downsid	-0.0249
follow_up	the fall	0.0812
follow_up	the favor	-0.0883
follow_up	the field	-0.0451
follow_up	the first	-0.024
follow_up	the hard	-0.0271
follow_up	the hire	-0.024
follow_up	the industri	-0.0272
follow_up	the job	-0.052
follow_up	the jump	-0.0223
follow_up	the last	-0.0274
follow_up	the link	0.0909
follow_up	the main	-0.0237
follow_up	the master	0.1254
follow_up	the most	-0.0277
follow_up	the mph	0.1155
follow_up	the name	-0.0574
follow_up	the new	0.0304
follow_up	the next	-0.0315
follow_up	the night	0.0677
follow_up	the nurs	-0.0249
follow_up	the one	-0.0345
follow_up	the peopl	0.1406
follow_up	the person	-0.0537
follow_up	the point	0.0406
follow_up	the portfolio	0.187
follow_up	the product	0.1011
follow_up	the program	0.0365
follow_up	the project	-0.0213
follow_up	the question	-0.0346
follow_up	the same	-0.0207
follow_up	the spring	0.0763
follow_up	the start	-0.0364
follow_up	the survey	0.0586
follow_up	the switch	-0.0251
follow_up	the time	-0.0723
follow_up	the ~closing	0.0372
follow_up	the ~contactverb	-0.0669
follow_up	the ~degree	0.4937
follow_up	the ~hiring	-0.0296
follow_up	the ~job	-0.0646
follow_up	the ~limit	-0.0952
follow_up	the ~number	-0.1065
follow_up	the ~org	-0.0938
follow_up	the ~people	-0.0499
follow_up	the ~student	-0.0716
follow_up	the ~talk	-0.0671
follow_up	their	-0.0226
follow_up	them	-0.0582
follow_up	then	-0.0306
follow_up	there	-0.4532
follow_up	there a	0.0759
follow_up	there ani	-0.0564
follow_up	there anyon	-0.0585
follow_up	there anyth	-0.0589
follow_up	there for	-0.0246
follow_up	there is	-0.0402
follow_up	there so	-0.0355
follow_up	there ~number	0.0567
follow_up	there ~people	-0.0909
follow_up	these	-0.0429
follow_up	these day	-0.02
follow_up	thesi	-0.0259
follow_up	they	0.0714
follow_up	think	-0.142
follow_up	think about	-0.0509
follow_up	think i	-0.1828
follow_up	think it	0.0881
follow_up	think of	0.1901
follow_up	think that	-0.0696
follow_up	think we	-0.0775
follow_up	this	-0.2204
follow_up	this and	0.1901
follow_up	this call	-0.0268
follow_up	this field	-0.0486
follow_up	this focus	-0.0238
follow_up	this i	0.0306
follow_up	this is	-0.0415
follow_up	this sector	-0.0231
follow_up	this summer	-0.0215
follow_up	this thank	-0.0268
follow_up	this to	-0.0414
follow_up	this was	0.0575
follow_up	this ~contactverb	-0.0268
follow_up	this ~talk	-0.0276
follow_up	those	-0.0245
follow_up	thought	-0.0572
follow_up	three	-0.029
follow_up	through	-0.0421
follow_up	through ~number	-0.0361
follow_up	time	-0.1067
follow_up	time do	-0.0293
follow_up	time for	-0.0463
follow_up	time i	-0.0234
follow_up	time so	-0.0345
follow_up	time today	-0.0296
follow_up	time ~help	-0.0293
follow_up	to	-0.5122
follow_up	to a	-0.0363
follow_up	to about	-0.0218
follow_up	to and	-0.0322
follow_up	to ask	-0.0318
follow_up	to be	-0.1507
follow_up	to befor	-0.0286
follow_up	to chat	-0.0351
follow_up	to check	0.2427
follow_up	to connect	-0.0577
follow_up	to end	-0.0203
follow_up	to forward	-0.0279
follow_up	to get	-0.0241
follow_up	to hear	-0.0482
follow_up	to help	-0.047
follow_up	to hour	-0.0354
follow_up	to it	-0.0865
follow_up	to keep	0.0323
follow_up	to learn	-0.0335
follow_up	to let	0.0744
follow_up	to me	0.2827
follow_up	to mind	-0.0762
follow_up	to my	-0.0317
follow_up	to next	-0.0303
follow_up	to one	-0.0331
follow_up	to pass	-0.03
follow_up	to reach	0.0226
follow_up	to refer	-0.0334
follow_up	to return	-0.033
follow_up	to say	0.0267
follow_up	to send	0.0336
follow_up	to share	-0.0396
follow_up	to someon	0.0912
follow_up	to speak	-0.0284
follow_up	to stay	0.6355
follow_up	to talk	-0.0553
follow_up	to tell	0.077
follow_up	to the	0.1467
follow_up	to think	-0.0461
follow_up	to this	-0.0589
follow_up	to tri	-0.0211
follow_up	to understand	-0.0462
follow_up	to work	-0.0606
follow_up	to you	0.0584
follow_up	to your	-0.0832
follow_up	to ~contactverb	0.0341
follow_up	to ~help	-0.1145
follow_up	to ~learn	-0.2999
follow_up	to ~limit	-0.0455
follow_up	to ~number	0.0757
follow_up	to ~people	0.0285
follow_up	to ~sendverb	-0.0639
follow_up	to ~student	-0.026
follow_up	to ~talk	-0.1905
follow_up	to ~timeunit	-0.0354
follow_up	to ~want	-0.0211
follow_up	to ~workverb	-0.0426
follow_up	today	0.0222
follow_up	tomorrow	0.1779
follow_up	tomorrow and	0.1624
follow_up	tonight	0.0612
follow_up	tonight and	0.0597
follow_up	too	-0.0938
follow_up	too or	-0.0497
follow_up	took	-0.0213
follow_up	total	-0.03
follow_up	touch	0.4907
follow_up	touch with	-0.1839
follow_up	track	-0.0218
follow_up	treat	-0.0302
follow_up	treat you	-0.0302
follow_up	tri	-0.1515
follow_up	tri to	-0.1225
follow_up	trust	-0.0211
follow_up	twelv	-0.0214
follow_up	twenti	-0.0769
follow_up	twenti minut	-0.0559
follow_up	twenti ~limit	-0.0559
follow_up	twenti ~timeunit	-0.0559
follow_up	twice	-0.0394
follow_up	two	-0.082
follow_up	two year	-0.0374
follow_up	two ~duration	-0.0441
follow_up	typic	-0.0712
follow_up	typic week	-0.0209
follow_up	typic ~closing	-0.0243
follow_up	understand	-0.0726
follow_up	understand how	-0.0239
follow_up	universiti	-0.0276
follow_up	until	-0.0236
follow_up	up	0.1716
follow_up	up a	0.0206
follow_up	up ani	-0.0721
follow_up	up by	0.0269
follow_up	up for	0.0671
follow_up	up here	-0.0728
follow_up	up in	0.1874
follow_up	up on	-0.0449
follow_up	up with	0.1255
follow_up	up your	-0.0289
follow_up	up ~want	-0.08
follow_up	updat	0.1491
follow_up	updat in	0.0357
follow_up	use to	0.0563
follow_up	user	-0.0362
follow_up	usual	-0.0508
follow_up	ux	-0.0651
follow_up	ux research	-0.0603
follow_up	ux ~learn	-0.0591
follow_up	valu	0.0765
follow_up	valu your	0.0828
follow_up	veri	-0.0704
follow_up	veri much	-0.0284
follow_up	volunt	-0.0597
follow_up	wait	-0.0465
follow_up	wait so	-0.0204
follow_up	walk	-0.0518
follow_up	walk me	-0.048
follow_up	want	-0.1311
follow_up	want to	-0.0899
follow_up	was	-0.1535
follow_up	was a	-0.0201
follow_up	was so	-0.0256
follow_up	was super	-0.0332
follow_up	was wonder	-0.0213
follow_up	was ~number	-0.0363
follow_up	was ~want	-0.0356
follow_up	way	0.1121
follow_up	way i	-0.0321
follow_up	way to	0.2096
follow_up	we	-0.1094
follow_up	we agre	-0.0513
follow_up	we are	-0.0609
follow_up	we can	-0.0775
follow_up	we hang	-0.0305
follow_up	we have	-0.0608
follow_up	we onli	-0.0284
follow_up	we said	-0.0216
follow_up	we still	-0.0228
follow_up	we ~talk	0.1212
follow_up	websit	-0.0232
follow_up	week	0.1055
follow_up	week and	0.0425
follow_up	week to	0.0484
follow_up	week with	0.1426
follow_up	weekend	-0.0662
follow_up	weird	0.0665
follow_up	weird if	0.0844
follow_up	well	-0.0901
follow_up	well i	-0.084
follow_up	went	0.0625
follow_up	were	-0.1596
follow_up	were in	-0.0529
follow_up	were me	-0.0392
follow_up	were start	-0.0403
follow_up	what	-0.3158
follow_up	what are	-0.0449
follow_up	what could	-0.0214
follow_up	what do	-0.0431
follow_up	what doe	-0.0383
follow_up	what i	0.2387
follow_up	what is	0.0813
follow_up	what keep	-0.0431
follow_up	what made	-0.0278
follow_up	what make	-0.0203
follow_up	what skill	-0.0252
follow_up	what would	-0.0687
follow_up	what you	-0.0312
follow_up	what ~help	-0.0431
follow_up	what ~number	-0.0286
follow_up	what ~want	-0.0687
follow_up	when	0.0298
follow_up	when a	-0.0363
follow_up	when i	0.1531
follow_up	when you	-0.0676
follow_up	when ~number	-0.0391
follow_up	where	-0.1001
follow_up	where can	-0.046
follow_up	where do	-0.021
follow_up	where ~help	-0.021
follow_up	whether	0.094
follow_up	whether a	-0.0259
follow_up	whether i	0.1153
follow_up	whether ~number	0.0416
follow_up	whi	-0.0673
follow_up	which	-0.0428
follow_up	which ~degree	0.1448
follow_up	while	-0.1216
follow_up	who	-0.4018
follow_up	who els	-0.1197
follow_up	who is	-0.0424
follow_up	who might	-0.0206
follow_up	who run	-0.0537
follow_up	who work	-0.0381
follow_up	who would	-0.046
follow_up	who ~want	-0.046
follow_up	whoever	-0.0563
follow_up	will	0.8149
follow_up	will be	-0.0622
follow_up	will connect	0.0585
follow_up	will def	0.1352
follow_up	will definit	0.2088
follow_up	will drop	0.0714
follow_up	will follow	0.2089
follow_up	will keep	0.0619
follow_up	will leav	-0.1337
follow_up	will let	0.0667
follow_up	will not	-0.1101
follow_up	will report	0.2129
follow_up	will send	0.5359
follow_up	will sign	-0.0723
follow_up	will stop	-0.1314
follow_up	will to	-0.1091
follow_up	will tri	-0.0744
follow_up	will write	0.0809
follow_up	will ~contactverb	0.1496
follow_up	will ~sendverb	0.6556
follow_up	will ~talk	0.0622
follow_up	will ~want	-0.081
follow_up	wish	-0.0569
follow_up	wish you	-0.0509
follow_up	with	0.1952
follow_up	with a	0.0933
follow_up	with an	0.1134
follow_up	with client	-0.0688
follow_up	with me	-0.0628
follow_up	with peopl	-0.0265
follow_up	with someon	-0.067
follow_up	with this	-0.0269
follow_up	with you	0.6168
follow_up	with your	-0.2459
follow_up	with ~number	0.2069
follow_up	with ~people	-0.112
follow_up	wonder rest	0.0455
follow_up	wonder ~closing	0.0455
follow_up	word	-0.0314
follow_up	work	-0.3196
follow_up	work in	-0.0441
follow_up	work with	-0.0493
follow_up	worth	-0.1206
follow_up	worth it	-0.0527
follow_up	worth the	-0.0269
follow_up	worth ~number	-0.029
follow_up	would	0.418
follow_up	would an	-0.0294
follow_up	would it	0.4025
follow_up	would like	0.0288
follow_up	would love	0.1249
follow_up	would realli	-0.0421
follow_up	would recommend	-0.0691
follow_up	would suggest	-0.0662
follow_up	would you	0.1054
follow_up	would ~number	-0.0371
follow_up	would ~want	0.0729
follow_up	wow	-0.0406
follow_up	wrap	-0.0318
follow_up	wrap here	0.1095
follow_up	wrap up	-0.1353
follow_up	wrap ~want	0.1095
follow_up	write	0.063
follow_up	write up	0.0425
follow_up	write you	0.0481
follow_up	wrote	0.2198
follow_up	yeah	-0.0519
follow_up	year	-0.2098
follow_up	year at	0.0638
follow_up	year in	-0.0449
follow_up	year of	-0.0207
follow_up	yes	-0.0346
follow_up	you	0.4447
follow_up	you a	0.3317
follow_up	you after	0.1672
follow_up	you agre	0.1159
follow_up	you an	0.0386
follow_up	you ani	-0.0218
follow_up	you at	0.171
follow_up	you be	0.125
follow_up	you can	-0.0907
follow_up	you carv	0.1699
follow_up	you could	-0.1805
follow_up	you decid	-0.0585
follow_up	you describ	-0.0421
follow_up	you do	0.0302
follow_up	you email	0.0926
follow_up	you find	-0.023
follow_up	you follow	-0.0205
follow_up	you for	-0.1121
follow_up	you get	-0.1907
follow_up	you go	-0.1005
follow_up	you got	-0.0224
follow_up	you how	0.1549
follow_up	you if	0.3312
follow_up	you just	0.0305
follow_up	you keep	-0.06
follow_up	you know	0.5635
follow_up	you like	-0.0253
follow_up	you long	-0.0342
follow_up	you made	0.0205
follow_up	you might	-0.0204
follow_up	you mind	0.1701
follow_up	you move	-0.0337
follow_up	you my	0.0564
follow_up	you need	-0.0744
follow_up	you note	0.0631
follow_up	you on	0.7117
follow_up	you onc	0.0438
follow_up	you out	-0.0351
follow_up	you pick	-0.0231
follow_up	you post	0.4639
follow_up	you prefer	0.0378
follow_up	you rather	0.0738
follow_up	you reach	-0.0242
follow_up	you recommend	-0.1119
follow_up	you said	-0.0366
follow_up	you say	-0.0417
follow_up	you send	-0.0342
follow_up	you so	0.0293
follow_up	you start	-0.0204
follow_up	you stay	-0.0932
follow_up	you still	-0.0281
follow_up	you suggest	0.0872
follow_up	you take	-0.0215
follow_up	you tell	-0.0515
follow_up	you that	0.1557
follow_up	you the	0.1636
follow_up	you this	-0.0355
follow_up	you to	-0.0732
follow_up	you typic	-0.0262
follow_up	you veri	-0.0236
follow_up	you walk	-0.0344
follow_up	you were	-0.1334
follow_up	you wish	-0.0299
follow_up	you would	-0.2192
follow_up	you ~contactverb	0.0684
follow_up	you ~help	0.0241
follow_up	you ~hiring	-0.0269
follow_up	you ~later	0.0218
follow_up	you ~learn	0.2893
follow_up	you ~number	0.5339
follow_up	you ~sendverb	0.0439
follow_up	you ~studyverb	-0.0351
follow_up	you ~talk	0.0525
follow_up	you ~want	0.1519
follow_up	you ~workverb	-0.0331
follow_up	your	-0.7832
follow_up	your afternoon	0.0475
follow_up	your app	-0.0257
follow_up	your calendar	0.0752
follow_up	your career	-0.0204
follow_up	your colleagu	-0.0601
follow_up	your data	-0.0537
follow_up	your day	-0.0724
follow_up	your end	-0.0272
follow_up	your former	-0.0358
follow_up	your lunch	0.0936
follow_up	your name	-0.0985
follow_up	your next	-0.0223
follow_up	your old	-0.035
follow_up	your own	-0.0407
follow_up	your patient	-0.0478
follow_up	your perspect	-0.0262
follow_up	your side	-0.0245
follow_up	your take	0.0969
follow_up	your team	-0.0743
follow_up	your time	-0.0884
follow_up	your week	0.024
follow_up	your ~closing	-0.0321
follow_up	your ~degree	-0.0216
follow_up	your ~hiring	-0.0237
follow_up	your ~insight	0.0504
follow_up	your ~limit	0.0314
follow_up	your ~org	-0.1966
follow_up	your ~people	-0.069
follow_up	your ~talk	-0.0262
follow_up	~application	-0.1366
follow_up	~application along	-0.0417
follow_up	~closing	-0.1739
follow_up	~closing and	0.1116
follow_up	~closing i	0.0246
follow_up	~closing of	0.0528
follow_up	~closing shift	0.0633
follow_up	~closing thank	-0.0264
follow_up	~closing to	0.0349
follow_up	~contactverb	1.2073
follow_up	~contactverb and	0.058
follow_up	~contactverb it	-0.0788
follow_up	~contactverb later	0.0564
follow_up	~contactverb next	0.0345
follow_up	~contactverb of	-0.0348
follow_up	~contactverb or	0.0769
follow_up	~contactverb out	-0.1574
follow_up	~contactverb tonight	0.0363
follow_up	~contactverb up	0.0425
follow_up	~contactverb when	0.1301
follow_up	~contactverb with	0.0437
follow_up	~contactverb you	0.5838
follow_up	~degree	0.3281
follow_up	~degree be	-0.0294
follow_up	~degree goe	0.0547
follow_up	~degree i	0.1173
follow_up	~degree in	-0.0325
follow_up	~degree program	0.1788
follow_up	~degree rout	-0.0392
follow_up	~duration	0.0915
follow_up	~duration at	0.0638
follow_up	~duration in	-0.0555
follow_up	~duration of	-0.0207
follow_up	~duration onc	0.1038
follow_up	~duration to	0.0519
follow_up	~gatekeeper	-0.1393
follow_up	~gatekeeper manag	-0.0346
follow_up	~gatekeeper right	-0.029
follow_up	~help	-0.5531
follow_up	~help if	0.0229
follow_up	~help me	-0.0342
follow_up	~help not	-0.0526
follow_up	~help the	-0.101
follow_up	~help they	0.0693
follow_up	~help to	0.0451
follow_up	~help with	-0.0334
follow_up	~help you	-0.2433
follow_up	~hiring	-0.1757
follow_up	~hiring manag	-0.0346
follow_up	~hiring right	-0.029
follow_up	~hiring the	-0.0229
follow_up	~insight	-0.3088
follow_up	~insight a	-0.0201
follow_up	~insight about	-0.0274
follow_up	~insight care	-0.0226
follow_up	~insight on	0.037
follow_up	~insight up	-0.022
follow_up	~job	-0.4522
follow_up	~job i	-0.0382
follow_up	~job in	-0.0433
follow_up	~job on	-0.0215
follow_up	~later	0.5676
follow_up	~later after	0.2067
follow_up	~later and	0.0762
follow_up	~later i	-0.0365
follow_up	~later if	0.0666
follow_up	~later in	0.1587
follow_up	~later on	0.035
follow_up	~later onc	0.0696
follow_up	~later this	-0.0225
follow_up	~later today	0.1023
follow_up	~learn	-0.3859
follow_up	~learn a	-0.0454
follow_up	~learn about	-0.0245
follow_up	~learn anyon	-0.0683
follow_up	~learn back	-0.0221
follow_up	~learn how	0.2009
follow_up	~learn if	-0.1512
follow_up	~learn in	0.0312
follow_up	~learn me	-0.0302
follow_up	~learn more	-0.0289
follow_up	~learn my	0.1199
follow_up	~learn on	-0.1245
follow_up	~learn one	-0.0262
follow_up	~learn out	-0.0247
follow_up	~learn some	-0.0227
follow_up	~learn that	-0.0295
follow_up	~learn the	-0.0692
follow_up	~learn to	-0.0369
follow_up	~learn we	-0.0521
follow_up	~learn what	0.2403
follow_up	~learn whether	0.0617
follow_up	~learn which	0.1305
follow_up	~learn with	-0.0201
follow_up	~learn you	-0.1216
follow_up	~learn your	0.0328
follow_up	~limit	-0.348
follow_up	~limit and	0.0491
follow_up	~limit break	0.1134
follow_up	~limit do	-0.0299
follow_up	~limit for	-0.0662
follow_up	~limit i	-0.0543
follow_up	~limit is	0.0563
follow_up	~limit next	0.1262
follow_up	~limit so	-0.1124
follow_up	~limit thank	-0.0264
follow_up	~limit today	-0.0331
follow_up	~limit we	-0.0525
follow_up	~number	-0.1944
follow_up	~number agenc	-0.0401
follow_up	~number armi	-0.0337
follow_up	~number articl	0.0907
follow_up	~number best	0.2015
follow_up	~number big	-0.0368
follow_up	~number bit	-0.0544
follow_up	~number bootcamp	0.0657
follow_up	~number call	-0.0257
follow_up	~number campus	0.0341
follow_up	~number career	-0.0702
follow_up	~number case	-0.0426
follow_up	~number certif	0.1577
follow_up	~number client	-0.0307
follow_up	~number clock	-0.0756
follow_up	~number colleagu	-0.0504
follow_up	~number come	-0.0355
follow_up	~number confer	-0.057
follow_up	~number contact	-0.0389
follow_up	~number coupl	0.1618
follow_up	~number cultur	-0.0281
follow_up	~number data	-0.0338
follow_up	~number deadlin	-0.037
follow_up	~number degre	-0.0523
follow_up	~number downsid	-0.0249
follow_up	~number eye	0.0647
follow_up	~number fall	0.0812
follow_up	~number favor	-0.0883
follow_up	~number few	0.1039
follow_up	~number field	-0.0517
follow_up	~number first	-0.027
follow_up	~number great	-0.02
follow_up	~number hand	0.0359
follow_up	~number hard	-0.0322
follow_up	~number hire	-0.024
follow_up	~number hour	-0.0488
follow_up	~number industri	-0.0272
follow_up	~number interview	-0.0232
follow_up	~number introduct	-0.0291
follow_up	~number job	-0.0801
follow_up	~number jump	-0.0223
follow_up	~number junior	-0.0359
follow_up	~number last	-0.046
follow_up	~number librari	0.0501
follow_up	~number line	0.0367
follow_up	~number link	0.1299
follow_up	~number lot	-0.0617
follow_up	~number love	-0.0328
follow_up	~number main	-0.0237
follow_up	~number master	0.104
follow_up	~number mba	-0.036
follow_up	~number million	0.0312
follow_up	~number minut	-0.2049
follow_up	~number month	0.2005
follow_up	~number more	0.0216
follow_up	~number most	-0.0277
follow_up	~number mph	0.1122
follow_up	~number name	-0.1001
follow_up	~number new	0.0212
follow_up	~number next	-0.0322
follow_up	~number night	0.0636
follow_up	~number nonprofit	-0.0207
follow_up	~number note	0.1304
follow_up	~number nurs	-0.0386
follow_up	~number of	0.1798
follow_up	~number on	-0.03
follow_up	~number one	-0.0354
follow_up	~number onlin	-0.0202
follow_up	~number open	-0.0245
follow_up	~number or	-0.0284
follow_up	~number paraleg	-0.0202
follow_up	~number peopl	0.0768
follow_up	~number person	-0.059
follow_up	~number phd	-0.0203
follow_up	~number point	0.0406
follow_up	~number polici	-0.0245
follow_up	~number portfolio	0.1643
follow_up	~number posit	-0.026
follow_up	~number product	0.1002
follow_up	~number program	0.1019
follow_up	~number project	-0.042
follow_up	~number proper	0.0687
follow_up	~number quarter	-0.0317
follow_up	~number question	-0.0246
follow_up	~number quick	0.1682
follow_up	~number referr	-0.0233
follow_up	~number region	0.1151
follow_up	~number releas	-0.024
follow_up	~number same	-0.0207
follow_up	~number second	-0.0255
follow_up	~number short	0.129
follow_up	~number spring	0.073
follow_up	~number start	-0.0364
follow_up	~number student	-0.0373
follow_up	~number survey	0.0571
follow_up	~number switch	-0.0251
follow_up	~number thank	0.1762
follow_up	~number time	-0.0529
follow_up	~number typic	-0.0374
follow_up	~number updat	0.1134
follow_up	~number week	0.0236
follow_up	~number wonder	0.0455
follow_up	~number year	-0.1107
follow_up	~org	-0.4364
follow_up	~org and	-0.064
follow_up	~org ever	-0.0283
follow_up	~org if	-0.0548
follow_up	~org on	0.1152
follow_up	~org or	-0.0609
follow_up	~org treat	-0.0302
follow_up	~org would	-0.0262
follow_up	~org you	-0.0245
follow_up	~people	-0.7088
follow_up	~people at	-0.0605
follow_up	~people come	-0.0336
follow_up	~people do	-0.052
follow_up	~people els	-0.1662
follow_up	~people from	-0.0273
follow_up	~people i	-0.0262
follow_up	~people in	-0.2082
follow_up	~people is	-0.0424
follow_up	~people might	-0.0206
follow_up	~people more	-0.0532
follow_up	~people of	-0.1285
follow_up	~people on	0.0396
follow_up	~people run	-0.0537
follow_up	~people who	-0.1654
follow_up	~people with	0.2159
follow_up	~people work	-0.0384
follow_up	~people would	-0.048
follow_up	~people you	0.098
follow_up	~sendverb	1.2802
follow_up	~sendverb a	0.2662
follow_up	~sendverb later	0.0564
follow_up	~sendverb me	-0.0494
follow_up	~sendverb my	-0.1148
follow_up	~sendverb next	0.0345
follow_up	~sendverb or	0.0769
follow_up	~sendverb over	0.1027
follow_up	~sendverb thank	-0.0654
follow_up	~sendverb tonight	0.0363
follow_up	~sendverb you	0.7713
follow_up	~student	-0.6017
follow_up	~student associ	-0.0285
follow_up	~student at	-0.0359
follow_up	~student for	-0.0206
follow_up	~student in	-0.0385
follow_up	~student role	-0.0261
follow_up	~student rout	-0.0365
follow_up	~student you	0.0561
follow_up	~studyverb	-0.2256
follow_up	~studyverb a	-0.1632
follow_up	~studyverb in	-0.0313
follow_up	~studyverb my	-0.0258
follow_up	~studyverb the	0.1454
follow_up	~studyverb this	-0.046
follow_up	~studyverb you	-0.1767
follow_up	~talk	0.4828
follow_up	~talk at	-0.0365
follow_up	~talk i	0.1622
follow_up	~talk in	-0.031
follow_up	~talk it	-0.0788
follow_up	~talk later	0.0564
follow_up	~talk me	-0.0598
follow_up	~talk next	0.0345
follow_up	~talk of	-0.0348
follow_up	~talk on	0.2696
follow_up	~talk or	0.0769
follow_up	~talk out	0.0426
follow_up	~talk tonight	0.0363
follow_up	~talk when	0.1179
follow_up	~talk with	0.2798
follow_up	~talk you	0.3064
follow_up	~timeunit	-0.3427
follow_up	~timeunit so	-0.0685
follow_up	~timeunit we	-0.0504
follow_up	~want	0.0751
follow_up	~want a	-0.1377
follow_up	~want all	0.0245
follow_up	~want an	-0.0369
follow_up	~want appreci	0.0372
follow_up	~want ask	0.0394
follow_up	~want for	-0.0227
follow_up	~want graduat	0.2089
follow_up	~want grate	-0.0277
follow_up	~want how	-0.0235
follow_up	~want i	0.2949
follow_up	~want in	-0.0339
follow_up	~want it	0.2568
follow_up	~want like	0.0204
follow_up	~want love	0.1139
follow_up	~want my	0.0376
follow_up	~want realli	-0.0426
follow_up	~want recommend	-0.0691
follow_up	~want say	-0.032
follow_up	~want suggest	-0.0662
follow_up	~want talk	-0.0509
follow_up	~want thank	-0.0256
follow_up	~want the	0.1291
follow_up	~want they	-0.0222
follow_up	~want this	0.0804
follow_up	~want to	-0.247
follow_up	~want valu	0.0798
follow_up	~want what	0.0617
follow_up	~want you	0.1048
follow_up	~want your	0.0433
follow_up	~workverb	-0.4795
follow_up	~workverb a	0.0286
follow_up	~workverb freelanc	-0.0318
follow_up	~workverb in	-0.0599
follow_up	~workverb on	0.0217
follow_up	~workverb over	-0.0309
follow_up	~workverb with	-0.0216
follow_up	~workverb work	0.052
time_ack	*	-2.6167
time_ack	10	0.0253
time_ack	11	0.0297
time_ack	15	0.2528
time_ack	2	0.5836
time_ack	20	0.0609
time_ack	20 minut	0.0609
time_ack	20 ~limit	0.0609
time_ack	20 ~timeunit	0.0609
time_ack	25	0.0399
time_ack	3	0.1859
time_ack	3 30	0.1276
time_ack	3 ~number	0.1276
time_ack	30	0.1712
time_ack	30 minut	0.0436
time_ack	30 ~limit	0.0575
time_ack	30 ~timeunit	0.0436
time_ack	4	0.3762
time_ack	5	0.2206
time_ack	5 year	0.065
time_ack	5 ~duration	0.065
time_ack	?	-1.0241
time_ack	^ah	-0.0468
time_ack	^alright	-0.134
time_ack	^and	0.1837
time_ack	^ani	-0.0921
time_ack	^anyway	0.0511
time_ack	^appreci	0.1742
time_ack	^are	-0.0455
time_ack	^befor	0.2487
time_ack	^bye	-0.046
time_ack	^can	-0.1807
time_ack	^cool	-0.0456
time_ack	^could	-0.1957
time_ack	^did	-0.1113
time_ack	^do	-0.0327
time_ack	^doe	-0.0334
time_ack	^enjoy	-0.0296
time_ack	^good	-0.048
time_ack	^got	-0.0222
time_ack	^happi	-0.0548
time_ack	^have	0.0423
time_ack	^hello	-0.0465
time_ack	^hey	-0.0356
time_ack	^hi	0.1388
time_ack	^hm	-0.0262
time_ack	^honest	-0.0698
time_ack	^how	-0.4938
time_ack	^i	0.042
time_ack	^if	-0.1663
time_ack	^is	-0.1708
time_ack	^just	0.2764
time_ack	^let	-0.0455
time_ack	^look	0.0786
time_ack	^love	-0.048
time_ack	^mani	0.049
time_ack	^mind	0.1615
time_ack	^oh	0.1475
time_ack	^ok	-0.0969
time_ack	^okafor	0.0726
time_ack	^omg	-0.027
time_ack	^one	-0.0497
time_ack	^pleas	-0.1025
time_ack	^realli	0.0632
time_ack	^serious	0.1045
time_ack	^shall	0.136
time_ack	^should	0.0992
time_ack	^sinc	0.3264
time_ack	^so	-0.2041
time_ack	^sorri	0.3613
time_ack	^tell	-0.0416
time_ack	^thank	0.144
time_ack	^that	-0.0243
time_ack	^this	-0.0685
time_ack	^those	-0.0631
time_ack	^total	0.1061
time_ack	^wait	-0.0455
time_ack	^walk	-0.0235
time_ack	^we	0.5382
time_ack	^what	-0.6704
time_ack	^when	-0.0253
time_ack	^where	-0.099
time_ack	^whi	-0.0201
time_ack	^which	-0.1367
time_ack	^who	-0.1092
time_ack	^would	-0.1753
time_ack	^yeah	-0.0612
time_ack	^you	0.0206
time_ack	a	-0.4553
time_ack	a bachelor	-0.0235
time_ack	a bit	0.0876
time_ack	a career	-0.0342
time_ack	a close	0.0307
time_ack	a coupl	0.1324
time_ack	a deadlin	0.1283
time_ack	a few	0.0348
time_ack	a fit	-0.0275
time_ack	a good	0.0748
time_ack	a great	-0.0616
time_ack	a hard	0.3831
time_ack	a hospit	-0.0323
time_ack	a job	-0.1162
time_ack	a junior	-0.0461
time_ack	a line	-0.0364
time_ack	a master	0.059
time_ack	a million	-0.0217
time_ack	a normal	-0.0357
time_ack	a note	0.037
time_ack	a pack	0.0574
time_ack	a paraleg	-0.0251
time_ack	a part	-0.077
time_ack	a posit	-0.0391
time_ack	a project	-0.0236
time_ack	a proper	-0.0363
time_ack	a question	0.1393
time_ack	a quick	-0.0732
time_ack	a referr	-0.0402
time_ack	a role	-0.0244
time_ack	a second	0.0669
time_ack	a shall	-0.0414
time_ack	a thank	-0.1002
time_ack	a ton	-0.0436
time_ack	a typic	-0.0726
time_ack	a veri	0.0841
time_ack	a ~closing	-0.0421
time_ack	a ~gatekeeper	-0.0355
time_ack	a ~job	-0.1825
time_ack	a ~limit	-0.0289
time_ack	a ~number	0.1698
time_ack	a ~org	-0.0459
time_ack	a ~student	-0.1989
time_ack	a ~talk	0.031
time_ack	abil	-0.0265
time_ack	abl	-0.046
time_ack	abl to	-0.046
time_ack	about	-0.2551
time_ack	about a	-0.0335
time_ack	about five	0.0419
time_ack	about it	-0.047
time_ack	about me	-0.0225
time_ack	about that	0.0405
time_ack	about the	-0.1452
time_ack	about what	-0.0303
time_ack	about your	-0.0512
time_ack	about ~number	-0.153
time_ack	about ~studyverb	-0.0369
time_ack	academia	-0.0256
time_ack	accept	0.0336
time_ack	account student	0.0921
time_ack	account ~student	0.0921
time_ack	actual	-0.2219
time_ack	actual like	-0.0277
time_ack	actual use	-0.0219
time_ack	actual ~learn	-0.0223
time_ack	add	0.0574
time_ack	add you	0.0574
time_ack	advic	-0.0646
time_ack	advic about	-0.0226
time_ack	advic on	0.063
time_ack	advic you	-0.031
time_ack	advisori	-0.0289
time_ack	after	-0.1893
time_ack	after the	-0.0534
time_ack	after this	-0.0508
time_ack	after ~number	-0.0671
time_ack	afternoon	0.1312
time_ack	again	-0.0978
time_ack	again for	0.1507
time_ack	again this	-0.0406
time_ack	agenc	0.0892
time_ack	agre	-0.1312
time_ack	agre on	0.024
time_ack	agre to	-0.146
time_ack	ah	-0.0468
time_ack	all	-0.1431
time_ack	all day	-0.0541
time_ack	all i	0.0807
time_ack	all my	0.0338
time_ack	all of	-0.069
time_ack	all right	0.0722
time_ack	all the	-0.1078
time_ack	all ~closing	-0.0541
time_ack	all ~limit	-0.0541
time_ack	all ~number	-0.1078
time_ack	almost	0.1814
time_ack	almost out	0.0956
time_ack	along	0.0211
time_ack	along to	0.0561
time_ack	alreadi	0.1231
time_ack	alreadi 3	0.0564
time_ack	alright	0.0536
time_ack	alright i	-0.1266
time_ack	alright if	0.0541
time_ack	also	-0.0203
time_ack	alway	-0.0384
time_ack	am	-0.1756
time_ack	am conscious	0.2072
time_ack	am curious	-0.0345
time_ack	am go	0.1705
time_ack	am good	-0.038
time_ack	am here	-0.0373
time_ack	am in	-0.0238
time_ack	am just	-0.0427
time_ack	am mind	0.1706
time_ack	am now	-0.0281
time_ack	am pretti	-0.0271
time_ack	am priya	-0.0247
time_ack	am realli	-0.0507
time_ack	am still	-0.0419
time_ack	am tri	-0.0619
time_ack	am veri	-0.0317
time_ack	am ~number	-0.0225
time_ack	am ~studyverb	-0.0285
time_ack	am ~want	-0.2626
time_ack	an	-0.1373
time_ack	an exhibit	0.0584
time_ack	an hour	0.0366
time_ack	an internship	-0.0393
time_ack	an intro	-0.0214
time_ack	an updat	0.041
time_ack	an ~job	-0.0468
time_ack	an ~limit	0.0366
time_ack	an ~student	-0.0212
time_ack	an ~talk	-0.0282
time_ack	an ~timeunit	0.0366
time_ack	analyst	-0.0335
time_ack	analyst role	0.0715
time_ack	analyst ~job	0.0512
time_ack	analyt	-0.0253
time_ack	and	-0.1459
time_ack	and for	0.1177
time_ack	and go	-0.0403
time_ack	and honest	-0.0226
time_ack	and i	-0.0845
time_ack	and if	-0.0278
time_ack	and let	-0.0349
time_ack	and mention	-0.0267
time_ack	and now	-0.0307
time_ack	and tell	-0.0225
time_ack	and thank	0.3346
time_ack	and your	0.0464
time_ack	and ~insight	-0.0239
time_ack	and ~learn	-0.0422
time_ack	and ~sendverb	-0.0318
time_ack	and ~want	-0.0914
time_ack	ani	-0.2415
time_ack	ani book	-0.0388
time_ack	ani chanc	-0.0478
time_ack	ani further	0.1055
time_ack	ani longer	-0.0627
time_ack	ani more	0.1408
time_ack	ani open	0.0214
time_ack	ani podcast	-0.0421
time_ack	ani way	-0.0846
time_ack	ani ~student	-0.0481
time_ack	anoth	0.2294
time_ack	answer	-0.0483
time_ack	anyon	-0.0873
time_ack	anyon in	-0.0225
time_ack	anyth	-0.248
time_ack	anyway	0.0511
time_ack	anyway i	0.0511
time_ack	app	-0.0462
time_ack	appli	-0.1038
time_ack	appli to	-0.0545
time_ack	applic	-0.0688
time_ack	applic to	-0.032
time_ack	appreci	0.1748
time_ack	appreci it	-0.1167
time_ack	appreci you	0.307
time_ack	apprentic	-0.0518
time_ack	apprenticeship	-0.0292
time_ack	architectur	-0.04
time_ack	are	0.4271
time_ack	are a	0.0484
time_ack	are all	-0.021
time_ack	are almost	0.0956
time_ack	are at	0.0495
time_ack	are near	0.1192
time_ack	are not	-0.048
time_ack	are on	-0.0461
time_ack	are right	0.0221
time_ack	are run	0.1472
time_ack	are the	-0.0365
time_ack	are there	-0.1119
time_ack	are work	0.0482
time_ack	are you	0.0822
time_ack	are ~workverb	0.1954
time_ack	articl	-0.0575
time_ack	articl i	-0.0267
time_ack	as	-0.1555
time_ack	as a	-0.0681
time_ack	as ~number	-0.0726
time_ack	ask a	0.0757
time_ack	ask befor	-0.0285
time_ack	ask for	-0.0619
time_ack	ask one	0.2531
time_ack	ask you	-0.0723
time_ack	ask ~number	0.3288
time_ack	ask ~people	0.2516
time_ack	associ	-0.0334
time_ack	associ you	-0.0346
time_ack	at	0.2756
time_ack	at 11	0.0297
time_ack	at 3	0.0512
time_ack	at 4	0.3785
time_ack	at a	-0.1211
time_ack	at all	-0.0356
time_ack	at it	-0.0577
time_ack	at my	0.1017
time_ack	at rutger	0.0684
time_ack	at that	-0.0295
time_ack	at the	0.1269
time_ack	at time	0.1168
time_ack	at uw	-0.0252
time_ack	at your	-0.0477
time_ack	at ~limit	0.1168
time_ack	audit	-0.0451
time_ack	averag	-0.0281
time_ack	away	0.0971
time_ack	bachelor	-0.0321
time_ack	bachelor in	-0.0321
time_ack	back	-0.1538
time_ack	back after	-0.0545
time_ack	back to	-0.1492
time_ack	back ~want	-0.0545
time_ack	background	-0.0505
time_ack	bank	-0.0457
time_ack	be	0.0849
time_ack	be a	-0.0248
time_ack	be abl	-0.0425
time_ack	be alright	0.0552
time_ack	be clear	-0.0323
time_ack	be comfort	-0.0203
time_ack	be glad	-0.0265
time_ack	be good	-0.0232
time_ack	be mind	0.1222
time_ack	be ok	-0.0381
time_ack	be onli	0.0357
time_ack	be open	-0.0362
time_ack	be quick	0.0732
time_ack	be so	0.0455
time_ack	be upfront	-0.0251
time_ack	be use	-0.0577
time_ack	be weird	-0.0406
time_ack	be will	-0.044
time_ack	be ~help	-0.0577
time_ack	be ~number	-0.0316
time_ack	becaus	-0.0519
time_ack	becaus i	-0.0223
time_ack	becom	-0.0209
time_ack	been	-0.2339
time_ack	been a	-0.032
time_ack	been the	-0.0248
time_ack	been wonder	-0.0326
time_ack	been ~number	-0.0569
time_ack	befor	0.3474
time_ack	befor a	-0.0253
time_ack	befor i	-0.0537
time_ack	befor that	-0.0315
time_ack	befor you	0.1901
time_ack	befor your	0.3119
time_ack	befor ~number	-0.0253
time_ack	beginn	-0.029
time_ack	best	-0.0532
time_ack	better	0.0708
time_ack	between	0.355
time_ack	between meet	0.3614
time_ack	between ~number	-0.0275
time_ack	biggest	-0.0799
time_ack	bit	0.0707
time_ack	bit over	0.1146
time_ack	book	-0.0846
time_ack	book or	-0.044
time_ack	book would	-0.0225
time_ack	book ~want	-0.0225
time_ack	bootcamp	-0.0794
time_ack	brain	-0.0729
time_ack	brain about	-0.055
time_ack	break	0.2967
time_ack	break for	0.1243
time_ack	brief	0.2839
time_ack	brilliant	-0.0369
time_ack	bring	-0.0297
time_ack	brutal	0.0263
time_ack	build	-0.0275
time_ack	build a	-0.0203
time_ack	build ~number	-0.0203
time_ack	busi	0.3604
time_ack	busi so	0.1426
time_ack	but	-0.0321
time_ack	but do	-0.0361
time_ack	but i	0.0553
time_ack	but would	-0.067
time_ack	but ~help	-0.0361
time_ack	but ~want	-0.067
time_ack	by	-0.0499
time_ack	by email	-0.0252
time_ack	by ~contactverb	-0.0252
time_ack	by ~sendverb	-0.0252
time_ack	by ~talk	-0.0252
time_ack	bye	-0.0925
time_ack	calendar	0.0555
time_ack	calendar is	0.0529
time_ack	call it	0.042
time_ack	call so	0.0868
time_ack	can	-0.1747
time_ack	can be	-0.0504
time_ack	can do	-0.1058
time_ack	can ever	-0.042
time_ack	can get	-0.1444
time_ack	can help	-0.0651
time_ack	can return	-0.029
time_ack	can see	0.4318
time_ack	can we	-0.0208
time_ack	can you	-0.13
time_ack	can ~help	-0.2059
time_ack	can ~learn	0.2873
time_ack	candid	-0.1187
time_ack	candid about	-0.0676
time_ack	card	-0.0253
time_ack	care	-0.0928
time_ack	career	-0.205
time_ack	carv	0.1557
time_ack	carv out	0.1557
time_ack	case	-0.0213
time_ack	certif	-0.0499
time_ack	cfa	-0.0326
time_ack	chain	-0.0417
time_ack	chanc	-0.053
time_ack	chanc you	-0.0233
time_ack	chang	-0.062
time_ack	chat	-0.1305
time_ack	check	0.2872
time_ack	check in	-0.0667
time_ack	cheer for	0.0253
time_ack	cheer realli	-0.0349
time_ack	cheer ~want	-0.0349
time_ack	chemistri	-0.0241
time_ack	choos	-0.0215
time_ack	citi	-0.0287
time_ack	clean	-0.0512
time_ack	clear	-0.0912
time_ack	clear i	-0.0239
time_ack	client	-0.0774
time_ack	clock	0.3186
time_ack	close	0.0244
time_ack	coder	-0.0383
time_ack	coffe	-0.0215
time_ack	colleagu	-0.0211
time_ack	colleagu i	0.0245
time_ack	colleg	-0.0394
time_ack	come	0.2154
time_ack	come in	0.1174
time_ack	come up	0.1913
time_ack	comfort	-0.0341
time_ack	commit	-0.0205
time_ack	common	0.0396
time_ack	common in	0.057
time_ack	communiti	-0.0561
time_ack	communiti colleg	-0.0264
time_ack	compani	-0.0731
time_ack	complet	0.114
time_ack	confer	-0.0621
time_ack	connect	-0.1498
time_ack	connect on	-0.0271
time_ack	connect with	-0.0744
time_ack	conscious	0.2141
time_ack	conscious we	0.1818
time_ack	consid	-0.0576
time_ack	consult	-0.0534
time_ack	context	-0.0225
time_ack	convers	0.0618
time_ack	cool	-0.0984
time_ack	cool cool	-0.0698
time_ack	cool i	-0.045
time_ack	could	-0.0815
time_ack	could do	0.1927
time_ack	could i	-0.0507
time_ack	could make	0.0647
time_ack	could pass	-0.0228
time_ack	could you	-0.1086
time_ack	could ~contactverb	-0.0201
time_ack	could ~help	0.1837
time_ack	could ~sendverb	-0.0352
time_ack	could ~talk	-0.0247
time_ack	count	-0.1032
time_ack	countri	0.0537
time_ack	coupl	0.1324
time_ack	coupl more	0.1756
time_ack	coupl of	-0.0332
time_ack	cours	-0.0683
time_ack	cover	-0.0677
time_ack	cover everyth	-0.064
time_ack	crazi	-0.0677
time_ack	credit	-0.0231
time_ack	cs	-0.0245
time_ack	cultur	-0.0269
time_ack	curious	-0.0537
time_ack	curious how	-0.0222
time_ack	current	-0.0306
time_ack	cut	0.2176
time_ack	cut me	0.0971
time_ack	d	-0.0325
time_ack	dana	0.0864
time_ack	data	-0.2014
time_ack	data scienc	-0.0699
time_ack	day	-0.5172
time_ack	day and	-0.0889
time_ack	day is	-0.0627
time_ack	day look	-0.0263
time_ack	day to	-0.0701
time_ack	deadlin	0.0365
time_ack	decid	-0.1628
time_ack	decid between	-0.0634
time_ack	decid to	-0.0231
time_ack	decid whether	-0.0242
time_ack	decis	-0.0213
time_ack	def	-0.0474
time_ack	definit	-0.0612
time_ack	degre	-0.0701
time_ack	depart	-0.0257
time_ack	depart you	0.0216
time_ack	describ	-0.0294
time_ack	design	-0.0803
time_ack	design you	0.0588
time_ack	detail	-0.0635
time_ack	develop	-0.0374
time_ack	did	-0.1267
time_ack	did not	0.0201
time_ack	did the	0.0645
time_ack	did you	-0.1162
time_ack	did ~number	0.0601
time_ack	differ	-0.0664
time_ack	direct	-0.0468
time_ack	director	-0.0269
time_ack	dive	0.0398
time_ack	do	0.0391
time_ack	do a	-0.0425
time_ack	do an	-0.0422
time_ack	do for	-0.0969
time_ack	do not	0.2555
time_ack	do peopl	-0.043
time_ack	do they	0.0994
time_ack	do this	0.0451
time_ack	do to	0.1502
time_ack	do ~number	-0.1002
time_ack	do ~people	-0.043
time_ack	do ~want	-0.0206
time_ack	document	-0.0329
time_ack	doe	-0.2926
time_ack	doe a	-0.0669
time_ack	doe it	-0.024
time_ack	doe the	-0.0203
time_ack	doe your	-0.1183
time_ack	doe ~number	-0.0872
time_ack	done	-0.1026
time_ack	down	-0.0565
time_ack	downsid	-0.0294
time_ack	dr	0.0492
time_ack	drop	0.0513
time_ack	drop you	0.0589
time_ack	dure	0.0923
time_ack	dure the	-0.0501
time_ack	each	-0.0606
time_ack	each ~closing	-0.0274
time_ack	earli	0.2269
time_ack	earlier	-0.024
time_ack	easi	-0.0259
time_ack	easi to	-0.0259
time_ack	eat	0.2245
time_ack	eat into	0.185
time_ack	economist	-0.0294
time_ack	eight	-0.0269
time_ack	eight year	-0.0269
time_ack	eight ~duration	-0.0269
time_ack	elect	-0.021
time_ack	els	-0.0837
time_ack	els in	0.0505
time_ack	els you	-0.0483
time_ack	email	-0.2298
time_ack	email so	-0.0313
time_ack	email you	-0.0738
time_ack	end	0.1641
time_ack	end up	-0.099
time_ack	engin	-0.0871
time_ack	english	0.0233
time_ack	enjoy	-0.0687
time_ack	enjoy the	-0.031
time_ack	enjoy this	-0.0273
time_ack	enjoy ~number	-0.031
time_ack	enough	0.4392
time_ack	enough of	0.1556
time_ack	entri	-0.0528
time_ack	entri level	-0.0528
time_ack	especi	-0.0678
time_ack	even	-0.1175
time_ack	evening	0.423
time_ack	event	-0.0496
time_ack	ever	-0.3021
time_ack	ever anyth	-0.0296
time_ack	ever feel	-0.0406
time_ack	ever have	-0.0953
time_ack	ever help	-0.0258
time_ack	ever need	-0.0895
time_ack	ever want	-0.021
time_ack	ever ~help	-0.0318
time_ack	everi	-0.0238
time_ack	everyth	-0.1985
time_ack	everyth i	-0.0926
time_ack	everyth on	-0.0374
time_ack	exercis	-0.0233
time_ack	exhibit	0.0485
time_ack	expect	-0.0346
time_ack	experi	-0.0337
time_ack	explain	-0.0865
time_ack	explain me	-0.048
time_ack	fair	-0.02
time_ack	fall	0.0215
time_ack	far	-0.0321
time_ack	favor	0.1088
time_ack	favor somehow	-0.0225
time_ack	feel	-0.0973
time_ack	feel like	-0.0203
time_ack	few	0.1101
time_ack	few field	-0.0212
time_ack	few minut	0.1589
time_ack	few month	-0.0476
time_ack	few ~duration	-0.0616
time_ack	few ~limit	0.1589
time_ack	few ~timeunit	0.1589
time_ack	field	-0.1447
time_ack	field befor	-0.0212
time_ack	fifteen	0.1369
time_ack	fifteen minut	0.1369
time_ack	fifteen ~limit	0.1369
time_ack	fifteen ~timeunit	0.1369
time_ack	figur	-0.0839
time_ack	figur out	-0.0632
time_ack	final	0.1052
time_ack	final meet	-0.0872
time_ack	final year	0.0212
time_ack	final ~duration	0.0212
time_ack	final ~talk	-0.0872
time_ack	financ	-0.0288
time_ack	find	0.2295
time_ack	find your	0.1914
time_ack	fine	0.1065
time_ack	fine to	0.1105
time_ack	finish	-0.2328
time_ack	finish a	-0.0259
time_ack	finish my	-0.0214
time_ack	finish the	-0.024
time_ack	finish ~number	-0.0499
time_ack	fire	0.0964
time_ack	firm	-0.0729
time_ack	firm ever	-0.0425
time_ack	first	0.0769
time_ack	first question	-0.0318
time_ack	first year	-0.0223
time_ack	first ~duration	-0.0223
time_ack	first ~org	-0.0312
time_ack	fit	0.2098
time_ack	fit for	-0.0329
time_ack	fit me	0.2518
time_ack	five	0.1161
time_ack	five minut	0.0455
time_ack	five ~limit	0.0455
time_ack	five ~timeunit	0.0455
time_ack	flew	0.0599
time_ack	flight	0.3175
time_ack	floor	0.104
time_ack	folk	-0.0438
time_ack	follow	-0.0778
time_ack	follow up	-0.0437
time_ack	for	0.4102
time_ack	for agre	-0.1093
time_ack	for all	-0.0563
time_ack	for an	-0.0445
time_ack	for anyth	-0.1173
time_ack	for be	0.0725
time_ack	for carv	0.0825
time_ack	for entri	-0.0361
time_ack	for explain	-0.075
time_ack	for fit	0.2601
time_ack	for hop	0.0563
time_ack	for make	0.216
time_ack	for me	-0.1428
time_ack	for now	-0.0506
time_ack	for side	-0.0953
time_ack	for someon	-0.0216
time_ack	for squeez	0.3081
time_ack	for stay	0.0938
time_ack	for take	0.0727
time_ack	for that	-0.041
time_ack	for the	0.0676
time_ack	for this	0.1817
time_ack	for today	-0.0919
time_ack	for you	0.0329
time_ack	for your	0.3304
time_ack	for ~hiring	0.0667
time_ack	for ~org	-0.0973
time_ack	for ~people	-0.033
time_ack	for ~studyverb	0.0401
time_ack	for ~talk	-0.0719
time_ack	forti	0.0208
time_ack	forward	-0.0277
time_ack	found	-0.0473
time_ack	freelanc	-0.0458
time_ack	from	-0.429
time_ack	from me	-0.051
time_ack	from my	-0.0403
time_ack	from the	-0.0438
time_ack	from ~number	-0.0641
time_ack	from ~people	-0.0246
time_ack	full	0.0241
time_ack	fundrais	-0.0259
time_ack	further	0.1034
time_ack	game	-0.1041
time_ack	gather	-0.0433
time_ack	gather inform	-0.0249
time_ack	gather ~insight	-0.0433
time_ack	gave	-0.0841
time_ack	gave me	-0.0841
time_ack	generous	0.1244
time_ack	generous with	0.1595
time_ack	genuin	-0.0823
time_ack	genuin ~want	-0.0451
time_ack	get	-0.391
time_ack	get a	-0.0558
time_ack	get back	-0.153
time_ack	get into	-0.0214
time_ack	get on	-0.23
time_ack	get to	0.1795
time_ack	get your	0.0457
time_ack	get ~number	-0.0666
time_ack	give	0.2387
time_ack	give up	0.2761
time_ack	glad	-0.0652
time_ack	glad to	-0.0265
time_ack	go	0.4204
time_ack	go into	-0.0578
time_ack	go now	-0.0619
time_ack	go on	-0.0359
time_ack	go so	-0.0202
time_ack	go to	0.1214
time_ack	goal	0.0542
time_ack	goe	-0.0384
time_ack	gold	-0.0257
time_ack	gone	0.0915
time_ack	good	-0.1482
time_ack	good afternoon	0.0497
time_ack	good at	-0.0608
time_ack	good morn	-0.0977
time_ack	good one	-0.1117
time_ack	good rest	-0.0801
time_ack	good time	0.24
time_ack	good ~closing	-0.1369
time_ack	good ~limit	0.192
time_ack	good ~number	-0.1117
time_ack	good ~people	-0.1117
time_ack	goodby	-0.0585
time_ack	got a	0.1446
time_ack	got about	0.0476
time_ack	got it	-0.0222
time_ack	got thank	-0.0455
time_ack	got to	0.0956
time_ack	got ~number	0.1055
time_ack	grad	-0.0342
time_ack	graduat	-0.0467
time_ack	grant	-0.0347
time_ack	grate	0.0361
time_ack	grate you	0.0502
time_ack	great	-0.0976
time_ack	great ~closing	-0.0506
time_ack	guy	-0.0636
time_ack	guy hire	-0.0303
time_ack	guy ~gatekeeper	-0.0303
time_ack	guy ~hiring	-0.035
time_ack	had	0.0714
time_ack	had a	0.0431
time_ack	had no	-0.0338
time_ack	had ~number	0.0553
time_ack	half	0.3895
time_ack	half an	0.0278
time_ack	half hour	0.1941
time_ack	half past	0.1694
time_ack	half ~limit	0.1941
time_ack	half ~number	0.026
time_ack	half ~timeunit	0.1941
time_ack	hand	-0.0492
time_ack	handl	-0.0265
time_ack	hang	-0.0295
time_ack	hang up	-0.0295
time_ack	happi	-0.1118
time_ack	happi to	-0.1
time_ack	hard	0.2888
time_ack	hard part	-0.0469
time_ack	hard stop	0.3831
time_ack	has been	-0.0581
time_ack	has ~workverb	-0.0581
time_ack	have	0.5999
time_ack	have a	0.3114
time_ack	have alreadi	-0.021
time_ack	have ani	-0.1258
time_ack	have been	-0.1597
time_ack	have done	-0.0282
time_ack	have finish	-0.0223
time_ack	have gone	0.0915
time_ack	have got	-0.0394
time_ack	have had	-0.0245
time_ack	have hit	0.058
time_ack	have kept	0.449
time_ack	have more	-0.0559
time_ack	have onli	0.0715
time_ack	have taken	0.1683
time_ack	have to	-0.0761
time_ack	have until	0.3131
time_ack	have ~number	0.3457
time_ack	have ~studyverb	-0.0243
time_ack	head	0.1819
time_ack	health	-0.0273
time_ack	health depart	0.0216
time_ack	heap	-0.0576
time_ack	hear	-0.2038
time_ack	hear how	-0.0488
time_ack	hear me	-0.0379
time_ack	hear your	-0.042
time_ack	hello	-0.0465
time_ack	help	-0.0987
time_ack	help i	-0.0547
time_ack	help me	-0.0238
time_ack	help test	-0.0235
time_ack	help thank	0.0841
time_ack	help with	-0.0791
time_ack	help you	-0.0762
time_ack	help ~number	-0.0265
time_ack	here	0.0298
time_ack	here i	-0.0329
time_ack	here thank	0.047
time_ack	here to	-0.0725
time_ack	hey	-0.0356
time_ack	hi	0.1388
time_ack	hi dana	0.0864
time_ack	hi i	-0.0285
time_ack	hi mr	0.0529
time_ack	hi priya	0.0953
time_ack	high	-0.0217
time_ack	hire	-0.1947
time_ack	hire at	-0.0418
time_ack	hire for	0.0789
time_ack	hire manag	-0.0345
time_ack	hire right	-0.1038
time_ack	hire ~gatekeeper	-0.0345
time_ack	hire ~student	-0.0289
time_ack	histori	-0.0223
time_ack	hit	0.0503
time_ack	hit the	0.0413
time_ack	hit ~number	0.0413
time_ack	hm	-0.0262
time_ack	hm ok	-0.0262
time_ack	hold	-0.0473
time_ack	honest	-0.2257
time_ack	honest advic	0.0747
time_ack	honest i	-0.0366
time_ack	honest just	-0.027
time_ack	honest my	-0.0702
time_ack	honest take	-0.0463
time_ack	honest ~insight	0.0267
time_ack	honest ~want	-0.027
time_ack	hop	0.1402
time_ack	hop on	0.0563
time_ack	hope	-0.0902
time_ack	hope to	-0.0849
time_ack	hope you	-0.0244
time_ack	hospit	-0.0621
time_ack	hour	-0.192
time_ack	hour shift	-0.0537
time_ack	how	-0.7301
time_ack	how did	0.0613
time_ack	how do	-0.2265
time_ack	how doe	-0.0417
time_ack	how is	-0.0531
time_ack	how it	-0.0541
time_ack	how much	-0.175
time_ack	how you	-0.0505
time_ack	how ~help	-0.2265
time_ack	how ~studyverb	0.0613
time_ack	huh	-0.0781
time_ack	i	0.4613
time_ack	i add	0.0574
time_ack	i am	-0.1756
time_ack	i appreci	0.0256
time_ack	i ask	0.2946
time_ack	i be	-0.0348
time_ack	i can	0.1264
time_ack	i could	0.0837
time_ack	i decid	-0.0283
time_ack	i dive	0.0398
time_ack	i do	0.0699
time_ack	i email	-0.0409
time_ack	i end	-0.0517
time_ack	i figur	-0.0246
time_ack	i follow	-0.0365
time_ack	i found	-0.0276
time_ack	i genuin	-0.0451
time_ack	i get	-0.0455
time_ack	i go	-0.0276
time_ack	i got	-0.0259
time_ack	i had	0.0423
time_ack	i have	0.2256
time_ack	i help	-0.0235
time_ack	i hope	0.0611
time_ack	i just	-0.0538
time_ack	i know	0.9703
time_ack	i learn	-0.0447
time_ack	i might	-0.023
time_ack	i need	-0.0855
time_ack	i never	-0.0225
time_ack	i pick	-0.0212
time_ack	i promis	0.0866
time_ack	i reach	-0.047
time_ack	i realiz	0.0263
time_ack	i realli	0.0969
time_ack	i saw	-0.0216
time_ack	i see	0.0548
time_ack	i send	-0.039
time_ack	i should	-0.0572
time_ack	i spent	-0.1058
time_ack	i talk	0.0426
time_ack	i think	0.2013
time_ack	i thought	-0.0432
time_ack	i took	-0.0238
time_ack	i want	-0.0721
time_ack	i was	-0.0829
time_ack	i will	0.2125
time_ack	i work	-0.0336
time_ack	i would	-0.3171
time_ack	i wrote	-0.0481
time_ack	i ~contactverb	-0.0719
time_ack	i ~help	0.0265
time_ack	i ~insight	-0.024
time_ack	i ~learn	1.1402
time_ack	i ~sendverb	-0.0594
time_ack	i ~studyverb	-0.0358
time_ack	i ~talk	0.2791
time_ack	i ~want	-0.2647
time_ack	i ~workverb	-0.1676
time_ack	icu	0.0382
time_ack	idea	-0.0475
time_ack	if	-0.287
time_ack	if a	-0.0244
time_ack	if anyth	-0.0315
time_ack	if it	-0.0574
time_ack	if someth	0.0357
time_ack	if that	0.1133
time_ack	if there	-0.1187
time_ack	if we	0.1002
time_ack	if you	-0.0383
time_ack	if your	-0.0651
time_ack	if ~number	-0.0297
time_ack	import	0.0298
time_ack	in	-0.04
time_ack	in a	-0.1017
time_ack	in between	0.463
time_ack	in data	-0.0311
time_ack	in economist	-0.0294
time_ack	in hour	-0.1179
time_ack	in i	0.1122
time_ack	in meet	-0.0996
time_ack	in mind	-0.1173
time_ack	in or	-0.0587
time_ack	in parent	0.073
time_ack	in product	0.0556
time_ack	in public	-0.0229
time_ack	in retail	-0.1052
time_ack	in return	-0.0568
time_ack	in the	-0.0703
time_ack	in this	-0.0833
time_ack	in touch	-0.0712
time_ack	in what	0.0932
time_ack	in your	-0.1613
time_ack	in ~contactverb	-0.0839
time_ack	in ~help	-0.0568
time_ack	in ~limit	-0.1179
time_ack	in ~number	-0.0436
time_ack	in ~student	0.0435
time_ack	in ~timeunit	-0.1179
time_ack	independ	-0.038
time_ack	industri	-0.1151
time_ack	inform	-0.0831
time_ack	interest in	-0.022
time_ack	intern	-0.0504
time_ack	internship	-0.1052
time_ack	interrupt	-0.0551
time_ack	interview	-0.0552
time_ack	into	0.1136
time_ack	into hour	-0.0264
time_ack	into industri	-0.0228
time_ack	into the	-0.0259
time_ack	into your	0.274
time_ack	into ~limit	-0.0264
time_ack	into ~number	-0.032
time_ack	into ~timeunit	-0.0264
time_ack	intro	-0.0335
time_ack	introduc	-0.0313
time_ack	introduc me	-0.0219
time_ack	introduct	-0.0465
time_ack	invit	0.0298
time_ack	involv	-0.0258
time_ack	is	0.0734
time_ack	is actual	-0.0296
time_ack	is all	-0.029
time_ack	is alreadi	0.1514
time_ack	is alright	0.1336
time_ack	is ani	-0.0385
time_ack	is ever	-0.0379
time_ack	is everyth	-0.103
time_ack	is gold	-0.0257
time_ack	is it	0.0253
time_ack	is just	0.092
time_ack	is like	-0.034
time_ack	is me	-0.0565
time_ack	is most	-0.0356
time_ack	is near	0.2217
time_ack	is not	-0.0675
time_ack	is pack	0.0636
time_ack	is part	-0.0364
time_ack	is reassur	-0.0385
time_ack	is spent	-0.0567
time_ack	is super	0.0721
time_ack	is that	0.2474
time_ack	is the	-0.1324
time_ack	is there	-0.0401
time_ack	is this	0.1445
time_ack	is veri	-0.029
time_ack	is worth	0.0468
time_ack	is your	-0.078
time_ack	is ~number	-0.0874
time_ack	is ~people	-0.0209
time_ack	is ~want	0.0561
time_ack	is ~workverb	-0.0632
time_ack	it	-0.1363
time_ack	it a	-0.0268
time_ack	it at	-0.0381
time_ack	it for	-0.0511
time_ack	it from	-0.0369
time_ack	it help	-0.0258
time_ack	it here	0.0551
time_ack	it is	0.2848
time_ack	it ok	0.04
time_ack	it possibl	-0.0214
time_ack	it still	0.0786
time_ack	it take	-0.023
time_ack	it there	0.0316
time_ack	it was	-0.0654
time_ack	it ~insight	-0.0267
time_ack	it ~number	-0.0268
time_ack	it ~want	0.0297
time_ack	job	-0.2984
time_ack	job i	-0.0219
time_ack	job just	0.0228
time_ack	job out	-0.0474
time_ack	join	-0.0242
time_ack	jump	0.2035
time_ack	junior	-0.089
time_ack	junior at	-0.0298
time_ack	just	0.2633
time_ack	just check	0.3858
time_ack	just gather	-0.0375
time_ack	just one	0.0436
time_ack	just so	-0.0539
time_ack	just to	0.0421
time_ack	just tri	-0.0373
time_ack	just want	-0.0673
time_ack	just ~learn	-0.0265
time_ack	just ~number	0.0436
time_ack	just ~people	0.0436
time_ack	just ~sendverb	-0.0639
time_ack	just ~talk	-0.0756
time_ack	just ~want	-0.1318
time_ack	keep	0.2381
time_ack	keep go	0.0632
time_ack	keep in	-0.0213
time_ack	keep it	0.1008
time_ack	keep me	-0.1173
time_ack	keep my	0.0237
time_ack	keep this	0.2403
time_ack	keep you	-0.1267
time_ack	kept	0.4522
time_ack	kept you	0.4522
time_ack	kid	0.1995
time_ack	kind	0.0948
time_ack	kind of	0.0528
time_ack	know	0.6434
time_ack	know anyon	-0.0394
time_ack	know at	0.1114
time_ack	know i	-0.0405
time_ack	know if	-0.0377
time_ack	know this	-0.0412
time_ack	know we	0.0606
time_ack	know what	-0.0222
time_ack	know which	-0.0403
time_ack	know you	0.2302
time_ack	know your	0.3729
time_ack	know ~people	-0.0494
time_ack	lab	-0.0382
time_ack	land	-0.021
time_ack	last	-0.0383
time_ack	last question	0.0385
time_ack	last summer	-0.0235
time_ack	last thing	-0.0232
time_ack	last year	-0.0325
time_ack	last ~duration	-0.0325
time_ack	last ~number	0.1059
time_ack	late	0.1358
time_ack	later	-0.1003
time_ack	law	0.0293
time_ack	law ~org	-0.0237
time_ack	lead	-0.0256
time_ack	learn	-0.2212
time_ack	learn more	-0.0599
time_ack	leav	-0.0451
time_ack	leav it	0.0212
time_ack	leav the	-0.04
time_ack	leav your	-0.0473
time_ack	leav ~number	-0.04
time_ack	left	0.0845
time_ack	left right	0.0266
time_ack	let	-0.036
time_ack	let me	0.0252
time_ack	let up	0.0579
time_ack	let us	0.0506
time_ack	let you	-0.16
time_ack	level	-0.0644
time_ack	like	-0.223
time_ack	like for	-0.0925
time_ack	like in	0.051
time_ack	like to	0.0311
time_ack	like we	0.0786
time_ack	like ~number	-0.0253
time_ack	line	-0.0394
time_ack	link	-0.0288
time_ack	linkedin	-0.0802
time_ack	linkedin after	-0.0304
time_ack	linkedin and	-0.0373
time_ack	linkedin ~want	-0.0304
time_ack	list	-0.0887
time_ack	local	-0.0234
time_ack	long	0.3148
time_ack	long enough	0.3017
time_ack	longer	0.1088
time_ack	longer than	0.1715
time_ack	look at	0.0616
time_ack	look for	-0.079
time_ack	look like	0.0328
time_ack	lost	0.0633
time_ack	love	-0.1564
time_ack	love evening	0.0478
time_ack	love to	-0.1082
time_ack	love ~number	-0.0244
time_ack	luck	-0.0473
time_ack	luck with	-0.0473
time_ack	lunch	0.2509
time_ack	lunch break	0.2184
time_ack	made you	0.0766
time_ack	made ~number	-0.0212
time_ack	main	-0.0583
time_ack	main ~want	-0.0236
time_ack	major	-0.0748
time_ack	major at	-0.028
time_ack	major in	-0.0333
time_ack	make	0.3428
time_ack	make a	-0.0213
time_ack	make game	-0.0203
time_ack	make sens	-0.0572
time_ack	make the	0.1147
time_ack	make time	0.1519
time_ack	make ~insight	-0.0572
time_ack	make ~limit	0.1519
time_ack	make ~number	0.0867
time_ack	manag	-0.2534
time_ack	mani	0.0414
time_ack	mani thank	0.049
time_ack	marcus	-0.0303
time_ack	mark	0.0579
time_ack	market	-0.0387
time_ack	master is	0.0822
time_ack	math	-0.0324
time_ack	matter	-0.035
time_ack	may	0.0472
time_ack	may i	0.0619
time_ack	mayb	-0.0454
time_ack	me	0.1523
time_ack	me about	-0.0624
time_ack	me done	-0.0375
time_ack	me for	-0.0335
time_ack	me i	0.0241
time_ack	me in	0.6451
time_ack	me know	-0.0396
time_ack	me off	0.0572
time_ack	me ok	-0.0379
time_ack	me stop	0.0895
time_ack	me through	-0.0528
time_ack	me to	-0.0592
time_ack	me when	0.0947
time_ack	me your	-0.0567
time_ack	me ~learn	-0.0332
time_ack	me ~number	-0.0364
time_ack	mean	0.0207
time_ack	meet	0.5422
time_ack	meet at	0.0412
time_ack	meet so	0.097
time_ack	meet with	-0.0352
time_ack	meet you	-0.1062
time_ack	mention	-0.0567
time_ack	mention the	-0.0224
time_ack	mention you	0.0435
time_ack	mention your	-0.0212
time_ack	mention ~number	-0.0224
time_ack	mentor	0.1248
time_ack	messag	-0.0282
time_ack	met	-0.1036
time_ack	might	-0.1188
time_ack	might be	-0.0525
time_ack	million	-0.0217
time_ack	mind	0.2665
time_ack	mind if	0.0244
time_ack	mind of	0.1186
time_ack	minut	0.9457
time_ack	minut left	0.0932
time_ack	minut mark	0.0579
time_ack	minut or	0.0277
time_ack	minut so	0.084
time_ack	minut still	0.047
time_ack	minut we	0.0323
time_ack	moment	-0.0444
time_ack	month	-0.1217
time_ack	more	0.2519
time_ack	more about	-0.0785
time_ack	more minut	0.116
time_ack	more of	0.2157
time_ack	more question	-0.044
time_ack	more than	-0.0366
time_ack	more thing	0.0512
time_ack	more ~limit	0.116
time_ack	more ~timeunit	0.116
time_ack	morn	-0.131
time_ack	most	-0.2638
time_ack	most in	-0.0287
time_ack	most to	-0.0206
time_ack	most ~want	-0.036
time_ack	move	-0.096
time_ack	move into	-0.0767
time_ack	mph	-0.0244
time_ack	mr	0.0529
time_ack	ms	-0.042
time_ack	msc	-0.024
time_ack	msc in	-0.024
time_ack	much	-0.2222
time_ack	much for	0.2258
time_ack	much i	0.0359
time_ack	much of	-0.0224
time_ack	much this	-0.0674
time_ack	much time	-0.1275
time_ack	much ~limit	-0.1275
time_ack	much ~want	-0.0392
time_ack	museum	-0.0338
time_ack	my	-0.3233
time_ack	my applic	-0.0368
time_ack	my career	-0.0303
time_ack	my end	0.0612
time_ack	my english	0.0471
time_ack	my goal	0.0634
time_ack	my list	-0.0595
time_ack	my next	-0.0236
time_ack	my profess	-0.026
time_ack	my question	0.0575
time_ack	my resum	-0.0324
time_ack	my shoe	0.0312
time_ack	my stage	0.1114
time_ack	my time	-0.0596
time_ack	my ~application	-0.0692
time_ack	my ~degree	-0.0406
time_ack	my ~job	-0.0268
time_ack	my ~limit	-0.0596
time_ack	my ~sendverb	-0.0315
time_ack	my ~student	-0.0472
time_ack	myself	-0.0772
time_ack	nah	0.0989
time_ack	name	-0.0271
time_ack	near	0.3303
time_ack	near out	0.1013
time_ack	near ~number	0.0555
time_ack	need	0.3395
time_ack	need a	-0.0637
time_ack	need ani	-0.0483
time_ack	need to	0.6326
time_ack	need ~number	-0.073
time_ack	network	-0.0398
time_ack	never	-0.1357
time_ack	new	-0.0955
time_ack	new grad	-0.0276
time_ack	news	-0.0608
time_ack	newslett	-0.0273
time_ack	next	-0.0433
time_ack	next call	0.0229
time_ack	next meet	0.165
time_ack	next month	-0.0579
time_ack	next step	-0.032
time_ack	next week	0.0451
time_ack	next ~closing	0.0451
time_ack	next ~contactverb	0.0229
time_ack	next ~talk	0.1879
time_ack	nice	-0.0521
time_ack	nice to	-0.0619
time_ack	night	0.039
time_ack	night shift	0.0477
time_ack	no	-0.0372
time_ack	no idea	-0.0338
time_ack	no pleasur	-0.0207
time_ack	nonprofit	-0.0572
time_ack	normal	-0.0414
time_ack	normal day	-0.0271
time_ack	normal ~closing	-0.029
time_ack	normal ~limit	-0.0271
time_ack	not	0.0293
time_ack	not a	-0.0413
time_ack	not actual	-0.0233
time_ack	not ask	-0.062
time_ack	not have	-0.1101
time_ack	not here	-0.0212
time_ack	not look	-0.0595
time_ack	not realli	-0.0354
time_ack	not take	0.1949
time_ack	not tri	0.0942
time_ack	not want	0.4718
time_ack	not ~insight	0.1949
time_ack	not ~number	-0.0413
time_ack	not ~want	0.4289
time_ack	note	-0.1192
time_ack	note after	-0.0377
time_ack	note next	0.0882
time_ack	note tomorrow	-0.0629
time_ack	note tonight	-0.0501
time_ack	note ~want	-0.0377
time_ack	noth	-0.0254
time_ack	noth more	-0.0254
time_ack	now	-0.1185
time_ack	now but	-0.0964
time_ack	now do	-0.023
time_ack	now i	-0.0561
time_ack	now ~studyverb	-0.0294
time_ack	nurs	-0.1193
time_ack	nurs student	0.0262
time_ack	nurs ~student	0.0262
time_ack	oclock	0.301
time_ack	of	-0.1005
time_ack	of a	-0.0295
time_ack	of ani	-0.0236
time_ack	of my	-0.0275
time_ack	of question	-0.0485
time_ack	of the	-0.0592
time_ack	of this	-0.1235
time_ack	of time	0.2204
time_ack	of today	-0.0305
time_ack	of you	0.1079
time_ack	of your	0.305
time_ack	of ~limit	0.2204
time_ack	of ~number	-0.0911
time_ack	of ~people	-0.0362
time_ack	off	0.436
time_ack	off at	0.0764
time_ack	off now	0.1862
time_ack	off to	0.204
time_ack	offic	-0.0329
time_ack	often	-0.0281
time_ack	oh	0.1475
time_ack	oh interest	-0.0338
time_ack	oh wow	0.1344
time_ack	ok	0.0364
time_ack	ok for	0.21
time_ack	ok i	0.1689
time_ack	ok if	0.1125
time_ack	ok that	-0.1607
time_ack	okafor	0.0726
time_ack	old	-0.0324
time_ack	omg	-0.027
time_ack	on	-0.17
time_ack	on a	0.0772
time_ack	on how	-0.0222
time_ack	on i	0.073
time_ack	on linkedin	-0.0695
time_ack	on me	-0.0258
time_ack	on the	0.0317
time_ack	on time	-0.0225
time_ack	on whether	0.0222
time_ack	on with	-0.2237
time_ack	on your	0.2873
time_ack	on ~limit	-0.0225
time_ack	on ~number	0.0995
time_ack	onc	-0.2
time_ack	onc i	-0.0871
time_ack	one	0.2141
time_ack	one last	0.0227
time_ack	one more	0.1768
time_ack	one ~limit	-0.037
time_ack	onli	0.1569
time_ack	onli got	0.074
time_ack	onli have	0.0582
time_ack	onlin	-0.0434
time_ack	open	-0.2122
time_ack	open for	-0.0455
time_ack	open on	0.0681
time_ack	open to	-0.0378
time_ack	open up	-0.117
time_ack	or	0.1512
time_ack	or anyth	-0.0551
time_ack	or do	0.1172
time_ack	or is	-0.0581
time_ack	or nah	0.0989
time_ack	or newslett	-0.0257
time_ack	or podcast	-0.0326
time_ack	or should	0.0281
time_ack	or would	0.2362
time_ack	or ~help	0.1172
time_ack	or ~number	-0.0293
time_ack	or ~want	0.3249
time_ack	other	-0.0468
time_ack	our	0.0666
time_ack	our meet	0.0397
time_ack	our ~number	0.0374
time_ack	our ~talk	0.0397
time_ack	out	0.1338
time_ack	out becaus	-0.0312
time_ack	out if	-0.0378
time_ack	out in	0.026
time_ack	out of	0.121
time_ack	out time	0.0825
time_ack	out to	-0.0401
time_ack	out whether	-0.0213
time_ack	out ~limit	0.0825
time_ack	outreach	-0.0327
time_ack	outsid	-0.0574
time_ack	over	0.5468
time_ack	over i	0.0455
time_ack	over is	0.0484
time_ack	over ~number	-0.0344
time_ack	overtim	0.1237
time_ack	own	-0.032
time_ack	pack	0.1211
time_ack	pack ~closing	0.0574
time_ack	paper	-0.0261
time_ack	paraleg	-0.0268
time_ack	parent	0.059
time_ack	parent law	0.073
time_ack	part	-0.1835
time_ack	part time	-0.1176
time_ack	part ~limit	-0.1176
time_ack	past	0.2029
time_ack	past the	0.0256
time_ack	past ~number	0.0256
time_ack	path	-0.1022
time_ack	path from	-0.0294
time_ack	patient	0.1104
time_ack	payrol	-0.0352
time_ack	peopl	-0.1957
time_ack	peopl in	-0.0587
time_ack	peopl who	-0.0226
time_ack	peopl you	-0.0222
time_ack	peopl ~people	-0.0226
time_ack	person	-0.0261
time_ack	perspect	-0.0823
time_ack	perspect on	-0.022
time_ack	pharmaci	-0.0293
time_ack	pick	0.1247
time_ack	pick a	-0.0212
time_ack	pick up	0.2037
time_ack	pick your	-0.0465
time_ack	pick ~number	-0.03
time_ack	ping	0.0701
time_ack	pitch	-0.0553
time_ack	place	-0.0231
time_ack	plan	0.1386
time_ack	pleas	-0.1432
time_ack	pleas let	-0.1046
time_ack	podcast	-0.0297
time_ack	podcast or	-0.0435
time_ack	podcast you	-0.0326
time_ack	point	-0.0519
time_ack	point of	-0.0312
time_ack	polici	-0.075
time_ack	portfolio review	0.0369
time_ack	posit	-0.0672
time_ack	possibl to	-0.0235
time_ack	post	-0.0983
time_ack	post on	-0.0445
time_ack	practic	-0.0266
time_ack	precious	0.0541
time_ack	prefer	0.0401
time_ack	prep	-0.021
time_ack	prepar	-0.0466
time_ack	present	-0.0247
time_ack	pretti	-0.0402
time_ack	priya	0.0637
time_ack	probabl	-0.035
time_ack	process	-0.0217
time_ack	product design	0.0607
time_ack	profess	-0.0347
time_ack	profess i	-0.0279
time_ack	profession	-0.0453
time_ack	profession associ	-0.0264
time_ack	program	-0.1452
time_ack	project	-0.2865
time_ack	project manag	0.0244
time_ack	project on	-0.0487
time_ack	project you	-0.0245
time_ack	promis	0.0596
time_ack	promis i	0.0884
time_ack	proper	-0.042
time_ack	proper thank	-0.0273
time_ack	proud	-0.02
time_ack	proud of	-0.02
time_ack	psych	-0.0272
time_ack	public	-0.0563
time_ack	public health	-0.0218
time_ack	put	-0.036
time_ack	python	-0.0597
time_ack	python script	-0.0505
time_ack	quarter	0.0805
time_ack	question	0.0424
time_ack	question about	0.1404
time_ack	question i	0.053
time_ack	question if	0.1499
time_ack	question later	-0.0331
time_ack	question what	0.0338
time_ack	question ~later	-0.0404
time_ack	quick	0.0858
time_ack	quick note	-0.0207
time_ack	quick thank	-0.0379
time_ack	quick thing	0.0253
time_ack	quick ~talk	-0.0228
time_ack	rain	0.0557
time_ack	rambl	0.0376
time_ack	ran	0.0296
time_ack	rather	0.0962
time_ack	rather i	-0.0593
time_ack	reach	-0.1015
time_ack	reach out	-0.0709
time_ack	read	-0.0487
time_ack	real	0.0296
time_ack	real quick	0.0473
time_ack	realiz we	0.0281
time_ack	realli	-0.1513
time_ack	realli help	-0.0561
time_ack	realli just	-0.0439
time_ack	realli kind	0.1093
time_ack	realli ~want	-0.0856
time_ack	reason	-0.0201
time_ack	reassur	-0.0465
time_ack	reassur to	-0.0338
time_ack	recommend	-0.1302
time_ack	recommend i	-0.0335
time_ack	recruit	-0.1355
time_ack	recruit or	-0.0322
time_ack	refer	-0.048
time_ack	refer me	-0.0371
time_ack	referr	-0.0497
time_ack	referr or	-0.022
time_ack	remot	-0.0213
time_ack	report	-0.1116
time_ack	report back	-0.058
time_ack	research	-0.1527
time_ack	rest	-0.1961
time_ack	rest of	-0.1961
time_ack	resum	-0.0349
time_ack	resum along	0.0544
time_ack	resum to	-0.0475
time_ack	retail	-0.1184
time_ack	return	0.0396
time_ack	return the	0.1053
time_ack	return ~number	0.1053
time_ack	review goe	0.0369
time_ack	right	0.1685
time_ack	right at	0.0221
time_ack	right i	-0.0497
time_ack	right now	-0.2044
time_ack	risk	-0.0272
time_ack	role	-0.0374
time_ack	rout	-0.027
time_ack	run	0.6691
time_ack	run over	0.2959
time_ack	run program	-0.0278
time_ack	rutger	0.0684
time_ack	rutger major	-0.0248
time_ack	rutger ~studyverb	-0.0248
time_ack	said ~number	0.0227
time_ack	salari	0.1308
time_ack	sam	-0.0231
time_ack	same	-0.0294
time_ack	saturday	0.1258
time_ack	say	-0.095
time_ack	say thank	-0.0268
time_ack	school	-0.0862
time_ack	school is	-0.0241
time_ack	scienc	-0.0982
time_ack	script	-0.0505
time_ack	season	-0.0462
time_ack	second	0.1904
time_ack	second year	0.0596
time_ack	second ~duration	0.0596
time_ack	sector	-0.0464
time_ack	see	0.3987
time_ack	see it	0.0422
time_ack	see the	0.3001
time_ack	see we	0.0555
time_ack	see you	0.0621
time_ack	see ~number	0.3001
time_ack	seem	-0.0301
time_ack	self	-0.0209
time_ack	self taught	-0.0209
time_ack	self ~workverb	-0.0209
time_ack	semest	-0.0325
time_ack	send	-0.3615
time_ack	send a	-0.06
time_ack	send over	-0.0235
time_ack	send you	-0.2067
time_ack	send ~number	-0.06
time_ack	senior	-0.0486
time_ack	sens	-0.0755
time_ack	serious	0.0641
time_ack	session	-0.0206
time_ack	shadow	-0.0543
time_ack	shall	0.0495
time_ack	shall we	0.1391
time_ack	share	-0.0718
time_ack	shift	0.044
time_ack	shift usual	-0.0622
time_ack	shoe	0.0312
time_ack	shoot	0.0573
time_ack	short	0.1099
time_ack	short thank	0.0366
time_ack	should	-0.0613
time_ack	should be	-0.0249
time_ack	should i	-0.1285
time_ack	should let	0.0598
time_ack	should talk	-0.0458
time_ack	should we	0.1597
time_ack	should ~talk	-0.0631
time_ack	side	-0.0979
time_ack	side of	0.0589
time_ack	side project	-0.112
time_ack	sign	-0.0571
time_ack	sign off	-0.0571
time_ack	sinc	0.192
time_ack	sinc we	0.1253
time_ack	sinc you	0.1083
time_ack	sit	-0.0238
time_ack	six	-0.0503
time_ack	six year	-0.0479
time_ack	six ~duration	-0.0503
time_ack	skill	-0.0268
time_ack	so	0.6091
time_ack	so candid	-0.1096
time_ack	so far	-0.0321
time_ack	so generous	0.1295
time_ack	so i	0.2578
time_ack	so just	0.1343
time_ack	so let	0.2438
time_ack	so much	-0.1364
time_ack	so one	0.0301
time_ack	so the	-0.0274
time_ack	so this	-0.0225
time_ack	so what	-0.0217
time_ack	so you	0.0461
time_ack	so ~people	0.0204
time_ack	so ~want	0.1318
time_ack	some	-0.1543
time_ack	some time	-0.0477
time_ack	some ~insight	-0.028
time_ack	somehow	-0.0225
time_ack	someon	-0.1558
time_ack	someon in	-0.0258
time_ack	someon who	-0.0228
time_ack	someon ~people	-0.0228
time_ack	someth	0.057
time_ack	someth come	0.2185
time_ack	someth shall	-0.0372
time_ack	soon	0.4174
time_ack	sorri	0.405
time_ack	sorri about	0.0636
time_ack	sorri for	-0.0612
time_ack	sorri i	0.3505
time_ack	sorri my	-0.0275
time_ack	sound	-0.0439
time_ack	spanish	-0.02
time_ack	speak	0.0533
time_ack	speak with	0.0729
time_ack	spend	-0.1122
time_ack	spend in	-0.0384
time_ack	spent	-0.1971
time_ack	spent six	-0.0202
time_ack	spreadsheet	-0.0852
time_ack	spring	-0.0495
time_ack	sql	-0.0228
time_ack	squeez	0.5222
time_ack	squeez me	0.5202
time_ack	staff	-0.0387
time_ack	stage	0.079
time_ack	stand	-0.0322
time_ack	stay	-0.1144
time_ack	stay in	-0.0504
time_ack	stay on	0.0938
time_ack	step	-0.0404
time_ack	still	0.8601
time_ack	still a	0.2869
time_ack	still have	0.2362
time_ack	still ok	0.2062
time_ack	still ~number	0.2869
time_ack	stop	0.7755
time_ack	stop at	0.3831
time_ack	stop here	0.0317
time_ack	stop me	0.1136
time_ack	stop there	0.2037
time_ack	stop ~want	0.0317
time_ack	stori	-0.0676
time_ack	struggl	-0.0702
time_ack	student	0.0387
time_ack	student and	0.0216
time_ack	student at	0.0853
time_ack	studi	-0.0511
time_ack	studio	-0.0241
time_ack	success	-0.0512
time_ack	such	0.0726
time_ack	such a	0.0788
time_ack	such ~number	0.0788
time_ack	suggest i	0.0219
time_ack	suit	-0.0405
time_ack	suit me	-0.0289
time_ack	super	0.0861
time_ack	super busi	0.0655
time_ack	super help	0.0295
time_ack	suppli	-0.0417
time_ack	suppli chain	-0.0417
time_ack	suppos	0.0274
time_ack	surpris	-0.0261
time_ack	surpris you	-0.0251
time_ack	survey	-0.062
time_ack	survey data	-0.0473
time_ack	switch	-0.0791
time_ack	take	0.2397
time_ack	take care	-0.0555
time_ack	take on	-0.0542
time_ack	take the	0.1521
time_ack	take up	0.2045
time_ack	take ~number	0.166
time_ack	taken	0.1646
time_ack	taken enough	0.1556
time_ack	talk	-0.0495
time_ack	talk to	-0.1126
time_ack	talk with	0.0891
time_ack	taught	-0.0253
time_ack	tax	-0.0248
time_ack	teach	-0.0498
time_ack	teacher	-0.0212
time_ack	team	-0.1784
time_ack	team ~gatekeeper	-0.0241
time_ack	tell	-0.0957
time_ack	tell me	-0.0537
time_ack	tell you	-0.0399
time_ack	ten	0.0986
time_ack	ten minut	0.1094
time_ack	ten ~limit	0.1094
time_ack	ten ~timeunit	0.1094
time_ack	term	-0.0265
time_ack	test	-0.0786
time_ack	test your	-0.0227
time_ack	than	0.0673
time_ack	than i	-0.0396
time_ack	thank	0.3999
time_ack	thank a	-0.0419
time_ack	thank again	-0.0474
time_ack	thank for	0.1153
time_ack	thank heap	-0.0576
time_ack	thank so	0.1098
time_ack	thank that	-0.0351
time_ack	thank to	-0.0558
time_ack	thank you	0.487
time_ack	thank ~later	-0.0474
time_ack	thank ~number	-0.0486
time_ack	that	-0.291
time_ack	that cover	-0.064
time_ack	that i	-0.0773
time_ack	that is	-0.1309
time_ack	that make	-0.0429
time_ack	that the	-0.0342
time_ack	that you	0.0306
time_ack	that ~number	-0.0542
time_ack	the	-0.567
time_ack	the analyst	0.0627
time_ack	the articl	-0.0422
time_ack	the associ	0.0313
time_ack	the bootcamp	-0.0256
time_ack	the busi	-0.0237
time_ack	the call	-0.0337
time_ack	the career	-0.0213
time_ack	the clock	0.3399
time_ack	the confer	-0.0423
time_ack	the cultur	-0.0229
time_ack	the day	-0.0872
time_ack	the downsid	-0.0294
time_ack	the fall	0.0373
time_ack	the favor	0.1088
time_ack	the firm	-0.0399
time_ack	the first	-0.0267
time_ack	the half	0.1734
time_ack	the hard	-0.0484
time_ack	the hour	-0.0447
time_ack	the icu	0.049
time_ack	the industri	-0.035
time_ack	the job	-0.0412
time_ack	the last	-0.0265
time_ack	the link	-0.0225
time_ack	the moment	-0.0356
time_ack	the most	-0.0388
time_ack	the mph	-0.0213
time_ack	the name	0.0221
time_ack	the night	-0.0551
time_ack	the one	0.0302
time_ack	the point	-0.0483
time_ack	the portfolio	0.0248
time_ack	the question	-0.0718
time_ack	the rest	-0.0303
time_ack	the spring	-0.028
time_ack	the state	0.0213
time_ack	the switch	-0.024
time_ack	the time	0.4058
time_ack	the tip	0.0291
time_ack	the union	-0.0252
time_ack	the week	-0.031
time_ack	the work	-0.0309
time_ack	the ~closing	-0.2086
time_ack	the ~contactverb	-0.0374
time_ack	the ~degree	-0.1183
time_ack	the ~gatekeeper	-0.028
time_ack	the ~hiring	-0.0222
time_ack	the ~job	-0.0627
time_ack	the ~learn	-0.0351
time_ack	the ~limit	0.2802
time_ack	the ~number	0.2575
time_ack	the ~org	-0.1213
time_ack	the ~people	0.0332
time_ack	the ~talk	-0.0385
time_ack	the ~timeunit	-0.0447
time_ack	the ~workverb	-0.0309
time_ack	their	-0.0314
time_ack	then	-0.0353
time_ack	there	-0.1776
time_ack	there a	-0.1162
time_ack	there ani	-0.0263
time_ack	there anyth	0.1195
time_ack	there for	-0.0552
time_ack	there is	-0.1167
time_ack	there so	-0.0676
time_ack	there ~number	-0.1247
time_ack	these	0.1376
time_ack	they	0.0315
time_ack	they are	-0.0349
time_ack	thing	0.1394
time_ack	think	-0.078
time_ack	think about	-0.0592
time_ack	think i	0.2458
time_ack	think it	-0.0339
time_ack	think of	-0.0272
time_ack	think the	-0.0259
time_ack	think we	-0.1323
time_ack	think ~number	-0.0273
time_ack	thirti	0.1678
time_ack	thirti minut	0.0317
time_ack	thirti ~limit	0.0317
time_ack	thirti ~timeunit	0.0317
time_ack	this	0.116
time_ack	this and	0.0278
time_ack	this call	-0.0211
time_ack	this field	-0.0959
time_ack	this has	-0.0459
time_ack	this i	-0.0507
time_ack	this is	-0.1074
time_ack	this month	0.0235
time_ack	this summer	0.0405
time_ack	this thank	0.0913
time_ack	this to	0.2362
time_ack	this was	0.1253
time_ack	this week	0.1371
time_ack	this ~closing	0.0681
time_ack	this ~contactverb	-0.0211
time_ack	this ~talk	-0.023
time_ack	those	-0.0638
time_ack	those are	-0.021
time_ack	thought	-0.1144
time_ack	three	-0.1123
time_ack	three year	-0.0229
time_ack	three ~duration	-0.0229
time_ack	through	-0.099
time_ack	through a	-0.0744
time_ack	through how	0.0247
time_ack	through ~number	-0.0875
time_ack	thursday	-0.0336
time_ack	time	1.2633
time_ack	time but	0.0948
time_ack	time do	-0.0824
time_ack	time doe	-0.0622
time_ack	time dure	0.0253
time_ack	time for	0.3501
time_ack	time i	0.0946
time_ack	time is	0.0282
time_ack	time msc	-0.024
time_ack	time or	0.2273
time_ack	time so	0.1399
time_ack	time to	0.0477
time_ack	time today	0.1988
time_ack	time you	0.0446
time_ack	time ~degree	-0.024
time_ack	time ~help	-0.0824
time_ack	tip	0.0254
time_ack	to	0.1864
time_ack	to a	-0.0301
time_ack	to ask	-0.1032
time_ack	to be	0.1223
time_ack	to build	0.0276
time_ack	to chat	-0.0868
time_ack	to check	-0.057
time_ack	to cut	0.2093
time_ack	to day	-0.0701
time_ack	to decid	-0.0345
time_ack	to do	0.0623
time_ack	to end	0.0435
time_ack	to figur	-0.0368
time_ack	to final	-0.0872
time_ack	to find	-0.0203
time_ack	to get	-0.0332
time_ack	to give	0.1167
time_ack	to go	0.083
time_ack	to hear	-0.1442
time_ack	to help	-0.0873
time_ack	to hour	-0.0819
time_ack	to it	0.0798
time_ack	to jump	0.2434
time_ack	to keep	0.1032
time_ack	to know	-0.0352
time_ack	to learn	-0.1062
time_ack	to leav	-0.0652
time_ack	to let	0.0518
time_ack	to meet	-0.0281
time_ack	to move	-0.0401
time_ack	to my	-0.0674
time_ack	to one	0.136
time_ack	to pass	-0.0209
time_ack	to peopl	-0.0243
time_ack	to pick	0.1388
time_ack	to return	0.1685
time_ack	to run	0.3738
time_ack	to say	-0.0382
time_ack	to send	-0.0301
time_ack	to speak	0.0786
time_ack	to stay	-0.0501
time_ack	to stop	0.0421
time_ack	to take	0.0391
time_ack	to talk	0.0296
time_ack	to test	-0.0214
time_ack	to the	-0.0813
time_ack	to think	-0.0515
time_ack	to this	-0.1585
time_ack	to understand	-0.0685
time_ack	to whoever	0.0815
time_ack	to work	-0.0754
time_ack	to you	-0.0707
time_ack	to your	-0.1808
time_ack	to ~closing	-0.0701
time_ack	to ~help	0.2566
time_ack	to ~insight	0.0391
time_ack	to ~learn	-0.4514
time_ack	to ~limit	-0.152
time_ack	to ~number	0.1178
time_ack	to ~people	0.0956
time_ack	to ~sendverb	-0.0735
time_ack	to ~student	-0.0527
time_ack	to ~talk	-0.1315
time_ack	to ~timeunit	-0.0819
time_ack	to ~workverb	0.2984
time_ack	today and	0.0686
time_ack	today is	-0.0459
time_ack	tomorrow	-0.0815
time_ack	tomorrow and	-0.0521
time_ack	ton	-0.0436
time_ack	tonight	0.0983
time_ack	tonight and	0.0274
time_ack	too	0.1761
time_ack	too much	0.2056
time_ack	took	-0.0274
time_ack	tool	-0.0236
time_ack	total	0.1795
time_ack	touch	-0.0722
time_ack	touch with	-0.0301
time_ack	track	0.0432
time_ack	transit	-0.0253
time_ack	travel	0.2056
time_ack	tri to	0.03
time_ack	truli	0.1683
time_ack	twelv	-0.066
time_ack	twenti	0.106
time_ack	twenti minut	0.1069
time_ack	twenti ~limit	0.1069
time_ack	twenti ~timeunit	0.1069
time_ack	two	-0.0497
time_ack	two ~duration	-0.0256
time_ack	typic	-0.0872
time_ack	typic week	-0.0344
time_ack	typic ~closing	-0.0494
time_ack	understand	0.1027
time_ack	understand if	0.1632
time_ack	understand the	-0.0565
time_ack	understand what	-0.0256
time_ack	understand ~number	-0.0565
time_ack	uni	-0.0692
time_ack	union	-0.0252
time_ack	until	0.4028
time_ack	up	0.3915
time_ack	up ani	0.1159
time_ack	up here	0.1221
time_ack	up in	-0.0465
time_ack	up most	-0.0371
time_ack	up my	-0.0219
time_ack	up on	0.1533
time_ack	up with	-0.0511
time_ack	up your	0.4782
time_ack	up ~number	-0.0227
time_ack	up ~want	0.1191
time_ack	updat	0.0225
time_ack	upfront	-0.0251
time_ack	us	0.0399
time_ack	us leav	-0.031
time_ack	use	-0.2707
time_ack	use to	-0.0833
time_ack	user	-0.0307
time_ack	usual	-0.1284
time_ack	usual start	-0.0622
time_ack	uw	-0.0252
time_ack	ux	-0.0352
time_ack	ux research	-0.0301
time_ack	ux ~learn	-0.0289
time_ack	vacanc	-0.025
time_ack	veri	0.0463
time_ack	veri clear	-0.0582
time_ack	versus	-0.0496
time_ack	volunt	-0.0875
time_ack	volunt at	-0.0249
time_ack	volunt for	-0.0306
time_ack	vs	-0.044
time_ack	wait	-0.0455
time_ack	walk	-0.0603
time_ack	walk me	-0.0566
time_ack	want	0.165
time_ack	want to	0.2849
time_ack	want your	-0.0523
time_ack	was	-0.1559
time_ack	was a	0.0359
time_ack	was hope	-0.0658
time_ack	was realli	-0.0254
time_ack	was so	0.2448
time_ack	was super	-0.0515
time_ack	was time	-0.0663
time_ack	was wonder	0.0653
time_ack	was your	-0.0286
time_ack	was ~limit	-0.0663
time_ack	was ~number	0.027
time_ack	was ~want	-0.1335
time_ack	way	-0.1592
time_ack	way i	-0.0554
time_ack	we	1.4892
time_ack	we are	0.5844
time_ack	we can	-0.1323
time_ack	we finish	-0.033
time_ack	we hang	-0.0295
time_ack	we have	0.381
time_ack	we onli	0.0473
time_ack	we said	0.0201
time_ack	we start	0.0747
time_ack	we still	0.1505
time_ack	we stop	0.0386
time_ack	we wrap	0.1038
time_ack	we ~talk	-0.0283
time_ack	weather	-0.0744
time_ack	week and	-0.022
time_ack	week go	-0.0202
time_ack	week to	0.0808
time_ack	wei	-0.0361
time_ack	weird	-0.048
time_ack	weird if	-0.0208
time_ack	well i	0.0316
time_ack	went	-0.0395
time_ack	were in	0.0208
time_ack	what	-0.8077
time_ack	what a	-0.025
time_ack	what are	-0.052
time_ack	what can	-0.0201
time_ack	what could	-0.0252
time_ack	what do	0.1178
time_ack	what doe	-0.0815
time_ack	what is	-0.1543
time_ack	what kind	-0.021
time_ack	what made	0.0698
time_ack	what should	-0.0433
time_ack	what skill	-0.0363
time_ack	what surpris	-0.024
time_ack	what the	-0.0442
time_ack	what time	-0.0733
time_ack	what you	-0.0392
time_ack	what ~help	0.1178
time_ack	what ~limit	-0.0733
time_ack	what ~number	-0.0768
time_ack	when	-0.1467
time_ack	when a	-0.0268
time_ack	when i	-0.0696
time_ack	when you	-0.0215
time_ack	when ~number	-0.0285
time_ack	where	-0.0881
time_ack	where can	-0.0372
time_ack	where do	-0.0329
time_ack	where you	0.0207
time_ack	where ~help	-0.0329
time_ack	whether	-0.1014
time_ack	whether a	0.0595
time_ack	whi	-0.109
time_ack	whi i	-0.0494
time_ack	which	-0.2258
time_ack	which ~degree	-0.026
time_ack	while	-0.0315
time_ack	who	-0.229
time_ack	who do	-0.0261
time_ack	who els	-0.0312
time_ack	who ~help	-0.0261
time_ack	whoever	0.0689
time_ack	will	0.0929
time_ack	will be	0.4275
time_ack	will connect	-0.0903
time_ack	will def	-0.0351
time_ack	will definit	-0.0492
time_ack	will drop	0.0622
time_ack	will keep	0.2521
time_ack	will leav	-0.1716
time_ack	will let	-0.2175
time_ack	will not	0.0855
time_ack	will report	-0.0481
time_ack	will send	-0.1888
time_ack	will sign	-0.0571
time_ack	will stop	0.1117
time_ack	will to	-0.044
time_ack	will tri	0.099
time_ack	will write	-0.0259
time_ack	will ~sendverb	-0.1501
time_ack	will ~talk	-0.0782
time_ack	will ~want	0.1016
time_ack	wish	0.0858
time_ack	wish you	0.0974
time_ack	with	-0.5379
time_ack	with a	-0.0719
time_ack	with an	0.041
time_ack	with anyth	-0.0374
time_ack	with client	-0.0458
time_ack	with me	0.1133
time_ack	with my	0.0464
time_ack	with the	-0.1025
time_ack	with this	-0.0328
time_ack	with you	-0.0534
time_ack	with your	-0.1584
time_ack	with ~number	-0.139
time_ack	with ~people	-0.0278
time_ack	wonder about	-0.0326
time_ack	work	-0.3565
time_ack	work common	-0.0364
time_ack	work for	-0.0211
time_ack	work in	-0.0724
time_ack	work is	-0.0401
time_ack	work night	0.0426
time_ack	work on	-0.0313
time_ack	world	-0.0414
time_ack	worri	-0.0374
time_ack	worth	-0.0648
time_ack	worth it	0.0311
time_ack	would	-0.3277
time_ack	would be	-0.1429
time_ack	would know	0.105
time_ack	would love	-0.0986
time_ack	would realli	-0.0348
time_ack	would recommend	-0.0609
time_ack	would you	-0.1599
time_ack	would ~learn	0.0876
time_ack	would ~want	-0.0401
time_ack	wow	0.1214
time_ack	wow it	0.1307
time_ack	wow ok	-0.0298
time_ack	wrap	0.0303
time_ack	wrap here	0.133
time_ack	wrap up	-0.0711
time_ack	wrap ~want	0.133
time_ack	write	-0.1313
time_ack	write up	-0.0339
time_ack	wrote	-0.0481
time_ack	yeah	-0.1147
time_ack	year	-0.1856
time_ack	year account	0.0921
time_ack	year and	-0.0336
time_ack	year in	-0.0404
time_ack	year most	-0.022
time_ack	year nurs	0.0262
time_ack	year of	-0.0224
time_ack	year ~want	-0.0252
time_ack	yes	-0.0978
time_ack	yet	-0.0281
time_ack	you	0.3034
time_ack	you a	-0.1016
time_ack	you agre	-0.0344
time_ack	you alway	-0.0374
time_ack	you and	0.0507
time_ack	you ani	-0.0627
time_ack	you are	0.156
time_ack	you be	-0.1522
time_ack	you carv	0.0733
time_ack	you consid	-0.0209
time_ack	you decid	-0.0501
time_ack	you do	-0.09
time_ack	you end	-0.0432
time_ack	you even	-0.0463
time_ack	you ever	-0.2318
time_ack	you find	0.1685
time_ack	you for	0.4466
time_ack	you gave	-0.0453
time_ack	you get	-0.1621
time_ack	you give	0.0715
time_ack	you got	0.0772
time_ack	you guy	-0.0535
time_ack	you had	0.0526
time_ack	you have	0.3238
time_ack	you hear	-0.0457
time_ack	you hire	-0.0274
time_ack	you how	-0.0293
time_ack	you i	0.0297
time_ack	you if	-0.0445
time_ack	you in	-0.0961
time_ack	you just	-0.036
time_ack	you keep	-0.1095
time_ack	you know	-0.3125
time_ack	you leav	0.087
time_ack	you like	0.022
time_ack	you long	0.3017
time_ack	you made	-0.0219
time_ack	you manag	-0.0821
time_ack	you mayb	-0.0427
time_ack	you mind	-0.0465
time_ack	you most	-0.0321
time_ack	you move	0.0207
time_ack	you need	0.597
time_ack	you note	-0.0774
time_ack	you ok	0.1187
time_ack	you onli	0.0231
time_ack	you or	0.1155
time_ack	you out	-0.0352
time_ack	you pass	0.0522
time_ack	you post	-0.0702
time_ack	you prefer	0.0401
time_ack	you rather	0.1151
time_ack	you recommend	-0.065
time_ack	you said	-0.0207
time_ack	you see	-0.0431
time_ack	you so	-0.1791
time_ack	you spend	-0.0861
time_ack	you stay	-0.1058
time_ack	you still	0.137
time_ack	you suggest	-0.0336
time_ack	you take	0.1109
time_ack	you tell	-0.0386
time_ack	you thank	-0.1251
time_ack	you that	-0.1132
time_ack	you think	-0.1986
time_ack	you this	0.2378
time_ack	you to	0.0278
time_ack	you too	0.0227
time_ack	you walk	-0.0331
time_ack	you wish	0.0788
time_ack	you work	-0.038
time_ack	you would	0.1059
time_ack	you wrap	-0.0592
time_ack	you ~gatekeeper	-0.0274
time_ack	you ~help	-0.0926
time_ack	you ~hiring	0.0881
time_ack	you ~learn	-0.4065
time_ack	you ~number	-0.1288
time_ack	you ~sendverb	0.0336
time_ack	you ~studyverb	0.0878
time_ack	you ~talk	-0.0231
time_ack	you ~workverb	-0.05
time_ack	your	1.017
time_ack	your advic	-0.0921
time_ack	your app	-0.0355
time_ack	your brain	-0.0675
time_ack	your calendar	0.0555
time_ack	your career	-0.0351
time_ack	your compani	-0.0348
time_ack	your day	-0.24
time_ack	your depart	-0.0429
time_ack	your end	0.1541
time_ack	your evening	0.3125
time_ack	your field	-0.023
time_ack	your first	0.1481
time_ack	your hire	-0.0281
time_ack	your honest	0.0415
time_ack	your last	-0.027
time_ack	your lunch	0.2573
time_ack	your meet	0.187
time_ack	your network	-0.0221
time_ack	your next	0.1651
time_ack	your path	-0.0387
time_ack	your patient	0.1498
time_ack	your perspect	-0.0284
time_ack	your project	-0.0529
time_ack	your recruit	-0.039
time_ack	your shift	0.0569
time_ack	your side	0.0495
time_ack	your team	-0.1324
time_ack	your time	0.2381
time_ack	your week	-0.1309
time_ack	your work	-0.0489
time_ack	your ~gatekeeper	-0.0615
time_ack	your ~hiring	-0.0347
time_ack	your ~insight	-0.1476
time_ack	your ~job	-0.033
time_ack	your ~learn	-0.0473
time_ack	your ~limit	0.3366
time_ack	your ~org	-0.2038
time_ack	your ~talk	0.1689
time_ack	your ~workverb	-0.0489
time_ack	yourself	-0.0403
time_ack	~application	-0.0967
time_ack	~application along	0.0544
time_ack	~application to	-0.0796
time_ack	~closing and	-0.0362
time_ack	~closing go	-0.0202
time_ack	~closing i	0.0308
time_ack	~closing is	-0.0651
time_ack	~closing look	-0.0366
time_ack	~closing of	-0.1961
time_ack	~closing shift	0.0477
time_ack	~closing thank	-0.0753
time_ack	~contactverb	-0.4028
time_ack	~contactverb it	0.042
time_ack	~contactverb out	-0.0516
time_ack	~contactverb so	0.0535
time_ack	~contactverb up	-0.0339
time_ack	~contactverb when	-0.058
time_ack	~contactverb with	-0.0532
time_ack	~contactverb you	-0.0929
time_ack	~degree	-0.4438
time_ack	~degree i	-0.0278
time_ack	~degree in	-0.1191
time_ack	~degree is	0.0709
time_ack	~degree program	-0.0421
time_ack	~duration	-0.2539
time_ack	~duration account	0.0921
time_ack	~duration and	-0.0336
time_ack	~duration in	-0.0459
time_ack	~duration most	-0.022
time_ack	~duration nurs	0.0262
time_ack	~duration of	-0.0224
time_ack	~gatekeeper	-0.2803
time_ack	~gatekeeper at	-0.0382
time_ack	~gatekeeper for	0.0799
time_ack	~gatekeeper manag	-0.0345
time_ack	~gatekeeper right	-0.1038
time_ack	~help	-0.186
time_ack	~help an	-0.0354
time_ack	~help for	-0.1064
time_ack	~help i	-0.0217
time_ack	~help me	-0.0389
time_ack	~help not	0.2555
time_ack	~help peopl	-0.0452
time_ack	~help test	-0.0235
time_ack	~help the	0.0991
time_ack	~help they	0.0994
time_ack	~help this	0.1029
time_ack	~help to	0.1085
time_ack	~help with	-0.0791
time_ack	~help you	-0.0534
time_ack	~hiring	-0.0235
time_ack	~hiring at	-0.0356
time_ack	~hiring for	0.0783
time_ack	~hiring manag	-0.0345
time_ack	~hiring on	-0.0219
time_ack	~hiring or	-0.03
time_ack	~hiring right	-0.1038
time_ack	~hiring the	0.1621
time_ack	~insight	-0.3114
time_ack	~insight a	-0.0285
time_ack	~insight care	-0.0555
time_ack	~insight for	-0.0259
time_ack	~insight not	-0.0358
time_ack	~insight to	-0.021
time_ack	~insight up	0.1792
time_ack	~job	-0.5767
time_ack	~job at	-0.021
time_ack	~job for	-0.0494
time_ack	~job i	-0.083
time_ack	~job in	-0.0354
time_ack	~job just	0.0228
time_ack	~job on	0.0572
time_ack	~job or	-0.028
time_ack	~job out	-0.051
time_ack	~job right	-0.0247
time_ack	~later	0.1711
time_ack	~later and	-0.0272
time_ack	~later for	0.1507
time_ack	~later if	-0.0216
time_ack	~later this	-0.0406
time_ack	~learn	0.0924
time_ack	~learn about	-0.0277
time_ack	~learn anyon	-0.0394
time_ack	~learn at	0.0995
time_ack	~learn back	-0.1521
time_ack	~learn better	0.1136
time_ack	~learn common	-0.0364
time_ack	~learn for	-0.0321
time_ack	~learn from	-0.0216
time_ack	~learn how	-0.0572
time_ack	~learn if	-0.0303
time_ack	~learn in	-0.0451
time_ack	~learn is	-0.043
time_ack	~learn it	0.0353
time_ack	~learn me	-0.052
time_ack	~learn more	-0.0632
time_ack	~learn my	0.0312
time_ack	~learn of	-0.0263
time_ack	~learn on	-0.2351
time_ack	~learn one	0.2531
time_ack	~learn out	-0.0824
time_ack	~learn some	-0.0212
time_ack	~learn that	-0.0521
time_ack	~learn the	0.2262
time_ack	~learn this	-0.0412
time_ack	~learn to	0.1449
time_ack	~learn up	0.1988
time_ack	~learn we	0.1161
time_ack	~learn what	-0.0748
time_ack	~learn whether	-0.0372
time_ack	~learn which	-0.0403
time_ack	~learn with	-0.0268
time_ack	~learn you	0.2535
time_ack	~learn your	0.5216
time_ack	~limit	1.815
time_ack	~limit and	-0.0377
time_ack	~limit at	-0.0361
time_ack	~limit break	0.2184
time_ack	~limit but	0.0948
time_ack	~limit do	-0.0657
time_ack	~limit doe	-0.0622
time_ack	~limit dure	0.0253
time_ack	~limit flew	0.0599
time_ack	~limit for	0.3564
time_ack	~limit i	0.1334
time_ack	~limit in	0.0847
time_ack	~limit is	0.1475
time_ack	~limit left	0.0932
time_ack	~limit like	-0.0239
time_ack	~limit look	-0.0263
time_ack	~limit msc	-0.024
time_ack	~limit next	-0.0895
time_ack	~limit or	0.2323
time_ack	~limit shift	-0.0537
time_ack	~limit so	0.239
time_ack	~limit still	0.047
time_ack	~limit thank	-0.0753
time_ack	~limit to	-0.0224
time_ack	~limit today	0.2214
time_ack	~limit we	0.0382
time_ack	~limit when	-0.0882
time_ack	~limit work	0.0824
time_ack	~limit you	0.0368
time_ack	~number	0.2436
time_ack	~number an	0.0278
time_ack	~number analyst	0.0611
time_ack	~number articl	-0.0422
time_ack	~number associ	0.0313
time_ack	~number bachelor	-0.0235
time_ack	~number bit	0.0876
time_ack	~number bootcamp	-0.0328
time_ack	~number busi	-0.0237
time_ack	~number call	-0.0337
time_ack	~number career	-0.0555
time_ack	~number certif	-0.0243
time_ack	~number cfa	-0.0326
time_ack	~number clock	0.3399
time_ack	~number close	0.0307
time_ack	~number come	-0.0279
time_ack	~number confer	-0.0494
time_ack	~number coupl	0.1324
time_ack	~number cultur	-0.0229
time_ack	~number day	-0.1326
time_ack	~number deadlin	0.0426
time_ack	~number downsid	-0.0294
time_ack	~number exhibit	0.0495
time_ack	~number extra	0.0371
time_ack	~number fall	0.0373
time_ack	~number favor	0.1088
time_ack	~number few	0.0348
time_ack	~number field	-0.0203
time_ack	~number final	0.2192
time_ack	~number firm	-0.0399
time_ack	~number first	-0.0358
time_ack	~number fit	-0.0275
time_ack	~number floor	0.104
time_ack	~number good	0.0748
time_ack	~number great	-0.0616
time_ack	~number half	0.1734
time_ack	~number hard	0.3347
time_ack	~number hospit	-0.0401
time_ack	~number hour	0.1861
time_ack	~number icu	0.0426
time_ack	~number industri	-0.035
time_ack	~number internship	-0.0418
time_ack	~number interview	-0.0208
time_ack	~number intro	-0.0214
time_ack	~number job	-0.1574
time_ack	~number junior	-0.0488
time_ack	~number line	-0.0364
time_ack	~number link	-0.0288
time_ack	~number lunch	-0.0426
time_ack	~number master	0.0427
time_ack	~number million	-0.0217
time_ack	~number minut	0.7407
time_ack	~number moment	-0.0356
time_ack	~number month	-0.0495
time_ack	~number more	0.3963
time_ack	~number most	-0.0388
time_ack	~number new	-0.0306
time_ack	~number next	-0.0215
time_ack	~number night	-0.0633
time_ack	~number normal	-0.0357
time_ack	~number of	-0.0523
time_ack	~number on	0.0571
time_ack	~number one	0.0291
time_ack	~number or	0.0807
time_ack	~number pack	0.0574
time_ack	~number paraleg	-0.0251
time_ack	~number part	-0.077
time_ack	~number past	0.1694
time_ack	~number path	-0.0308
time_ack	~number peopl	-0.0204
time_ack	~number point	-0.0483
time_ack	~number posit	-0.0391
time_ack	~number program	-0.026
time_ack	~number project	-0.041
time_ack	~number proper	-0.0363
time_ack	~number quarter	0.0839
time_ack	~number question	0.0632
time_ack	~number quick	-0.0496
time_ack	~number recruit	-0.0519
time_ack	~number referr	-0.0402
time_ack	~number rest	-0.0303
time_ack	~number role	-0.0382
time_ack	~number second	0.1951
time_ack	~number shall	-0.0414
time_ack	~number skill	0.0283
time_ack	~number spring	-0.0299
time_ack	~number state	0.0213
time_ack	~number student	-0.0317
time_ack	~number switch	-0.024
time_ack	~number thank	-0.1002
time_ack	~number time	0.4311
time_ack	~number tip	0.0291
time_ack	~number ton	-0.0436
time_ack	~number twelv	-0.0516
time_ack	~number typic	-0.0735
time_ack	~number union	-0.0252
time_ack	~number updat	0.041
time_ack	~number veri	0.0841
time_ack	~number week	-0.0559
time_ack	~number work	-0.0404
time_ack	~number year	-0.0912
time_ack	~org	-0.569
time_ack	~org and	-0.0623
time_ack	~org ever	-0.0654
time_ack	~org for	-0.0215
time_ack	~org is	-0.0267
time_ack	~org of	0.0581
time_ack	~org or	-0.0205
time_ack	~org project	-0.112
time_ack	~org this	0.068
time_ack	~org work	0.0854
time_ack	~people	-0.4595
time_ack	~people actual	-0.0213
time_ack	~people do	-0.0297
time_ack	~people els	-0.0771
time_ack	~people in	-0.1278
time_ack	~people last	0.0227
time_ack	~people more	0.1768
time_ack	~people on	-0.0387
time_ack	~people to	-0.0263
time_ack	~people who	-0.0677
time_ack	~people would	-0.02
time_ack	~people you	-0.0347
time_ack	~sendverb	-0.495
time_ack	~sendverb a	-0.06
time_ack	~sendverb over	-0.0235
time_ack	~sendverb so	-0.0313
time_ack	~sendverb you	-0.201
time_ack	~student	-0.6294
time_ack	~student associ	-0.0279
time_ack	~student but	-0.0403
time_ack	~student for	-0.0572
time_ack	~student i	-0.0445
time_ack	~student in	-0.0284
time_ack	~student law	0.073
time_ack	~student open	-0.02
time_ack	~student role	0.0621
time_ack	~studyverb	-0.3527
time_ack	~studyverb a	-0.075
time_ack	~studyverb in	-0.0424
time_ack	~studyverb into	-0.042
time_ack	~studyverb my	-0.0279
time_ack	~studyverb not	0.0201
time_ack	~studyverb on	-0.0219
time_ack	~studyverb the	0.1869
time_ack	~studyverb this	-0.0577
time_ack	~studyverb you	-0.1215
time_ack	~talk	-0.4031
time_ack	~talk a	0.0757
time_ack	~talk about	-0.0246
time_ack	~talk at	0.0437
time_ack	~talk i	-0.0245
time_ack	~talk it	0.042
time_ack	~talk on	-0.0447
time_ack	~talk one	0.2427
time_ack	~talk out	-0.061
time_ack	~talk so	0.1337
time_ack	~talk to	-0.1282
time_ack	~talk when	-0.0673
time_ack	~talk you	-0.1991
time_ack	~timeunit	0.7537
time_ack	~timeunit is	0.0999
time_ack	~timeunit left	0.0932
time_ack	~timeunit mark	0.0579
time_ack	~timeunit shift	-0.0537
time_ack	~timeunit so	0.0863
time_ack	~timeunit still	0.047
time_ack	~timeunit we	0.0323
time_ack	~want a	-0.0221
time_ack	~want all	0.1519
time_ack	~want ask	-0.0359
time_ack	~want be	-0.1429
time_ack	~want check	0.3858
time_ack	~want enjoy	-0.0216
time_ack	~want for	-0.142
time_ack	~want gather	-0.0375
time_ack	~want help	-0.0657
time_ack	~want here	-0.0289
time_ack	~want how	-0.0222
time_ack	~want i	-0.0333
time_ack	~want it	-0.1171
time_ack	~want just	-0.0623
time_ack	~want kind	0.1093
time_ack	~want know	0.097
time_ack	~want like	-0.0343
time_ack	~want love	-0.101
time_ack	~want one	0.0436
time_ack	~want realli	-0.0371
time_ack	~want recommend	-0.0609
time_ack	~want so	-0.0594
time_ack	~want thank	0.047
time_ack	~want the	-0.0949
time_ack	~want to	0.2488
time_ack	~want tri	-0.0373
time_ack	~want want	-0.106
time_ack	~want you	0.22
time_ack	~workverb a	-0.049
time_ack	~workverb at	-0.0396
time_ack	~workverb common	-0.0364
time_ack	~workverb for	-0.0211
time_ack	~workverb in	-0.1547
time_ack	~workverb is	-0.0401
time_ack	~workverb night	0.0426
time_ack	~workverb on	-0.0266
time_ack	~workverb over	0.3328
time_ack	~workverb program	-0.0278
time_ack	~workverb six	-0.0202
time_ack	~workverb so	-0.0321
time_ack	~workverb the	-0.0267
time_ack	~workverb with	-0.0544
time_ack	~workverb wonder	-0.0326
wrap_up	*	-0.9655
wrap_up	10	-0.1008
wrap_up	11	-0.036
wrap_up	15	-0.1091
wrap_up	15 minut	-0.0968
wrap_up	15 ~limit	-0.0968
wrap_up	15 ~timeunit	-0.0968
wrap_up	25	-0.1056
wrap_up	3	0.131
wrap_up	3 30	0.0664
wrap_up	3 ~number	0.0664
wrap_up	30	0.165
wrap_up	30 minut	0.0986
wrap_up	30 ~limit	0.2031
wrap_up	30 ~timeunit	0.0986
wrap_up	4	-0.0456
wrap_up	5	0.0839
wrap_up	?	-1.6909
wrap_up	^ah	-0.0954
wrap_up	^alright	0.4399
wrap_up	^and	-0.0403
wrap_up	^ani	-0.0574
wrap_up	^appreci	-0.1193
wrap_up	^are	-0.2578
wrap_up	^befor	0.0665
wrap_up	^bye	0.4283
wrap_up	^can	-0.1848
wrap_up	^cheer	-0.0474
wrap_up	^cool	0.1468
wrap_up	^could	-0.0285
wrap_up	^did	-0.0702
wrap_up	^do	-0.304
wrap_up	^doe	-0.0249
wrap_up	^enjoy	0.2218
wrap_up	^good	-0.1375
wrap_up	^gosh	-0.0642
wrap_up	^got	-0.0977
wrap_up	^great	0.1735
wrap_up	^happi	-0.04
wrap_up	^have	0.6767
wrap_up	^hey	-0.0946
wrap_up	^hi	-0.2145
wrap_up	^honest	0.0388
wrap_up	^how	-0.3804
wrap_up	^i	-0.2285
wrap_up	^if	-0.1326
wrap_up	^is	-0.3514
wrap_up	^it	-0.0377
wrap_up	^just	-0.0593
wrap_up	^let	0.0994
wrap_up	^look	0.2186
wrap_up	^love	-0.0341
wrap_up	^mani	0.1895
wrap_up	^mind	-0.0752
wrap_up	^my	-0.0792
wrap_up	^no	0.1339
wrap_up	^oh	-0.1287
wrap_up	^ok	0.8539
wrap_up	^okafor	-0.0603
wrap_up	^omg	0.0393
wrap_up	^one	0.1294
wrap_up	^patel	-0.0269
wrap_up	^pleas	-0.0495
wrap_up	^realli	0.4947
wrap_up	^right	0.1624
wrap_up	^serious	-0.0271
wrap_up	^shall	0.3057
wrap_up	^should	0.0535
wrap_up	^sinc	-0.0787
wrap_up	^so	-0.0838
wrap_up	^sorri	-0.0891
wrap_up	^tell	-0.0373
wrap_up	^thank	0.0861
wrap_up	^that	0.7593
wrap_up	^this	-0.0398
wrap_up	^those	0.3418
wrap_up	^total	-0.0448
wrap_up	^wait	-0.1072
wrap_up	^walk	-0.0359
wrap_up	^was	-0.0308
wrap_up	^we	-0.3649
wrap_up	^well	0.1117
wrap_up	^what	-0.5632
wrap_up	^where	-0.0834
wrap_up	^whi	-0.0289
wrap_up	^which	-0.1191
wrap_up	^who	-0.0898
wrap_up	^would	-0.3021
wrap_up	^wow	-0.095
wrap_up	^yeah	-0.0964
wrap_up	^you	0.0941
wrap_up	a	-0.3534
wrap_up	a bachelor	-0.0598
wrap_up	a bit	-0.057
wrap_up	a career	-0.0346
wrap_up	a close	0.1272
wrap_up	a coupl	-0.0766
wrap_up	a cs	-0.0487
wrap_up	a deadlin	-0.0598
wrap_up	a degre	-0.0258
wrap_up	a few	-0.0773
wrap_up	a good	0.4148
wrap_up	a great	0.0891
wrap_up	a hand	-0.0353
wrap_up	a hard	-0.0316
wrap_up	a job	0.0685
wrap_up	a junior	-0.0205
wrap_up	a line	-0.0434
wrap_up	a long	-0.0285
wrap_up	a lot	0.0204
wrap_up	a love	0.2998
wrap_up	a master	-0.0229
wrap_up	a million	-0.0411
wrap_up	a nice	0.0224
wrap_up	a note	0.0606
wrap_up	a pack	0.0887
wrap_up	a paraleg	-0.0267
wrap_up	a part	-0.0319
wrap_up	a posit	-0.0296
wrap_up	a project	-0.0367
wrap_up	a proper	0.0257
wrap_up	a quick	-0.0722
wrap_up	a realli	-0.0929
wrap_up	a referr	-0.0308
wrap_up	a shall	-0.0429
wrap_up	a thank	-0.0787
wrap_up	a ton	0.1281
wrap_up	a typic	-0.0707
wrap_up	a ~closing	-0.0272
wrap_up	a ~contactverb	-0.053
wrap_up	a ~degree	-0.127
wrap_up	a ~job	0.0247
wrap_up	a ~number	-0.1526
wrap_up	a ~student	-0.1089
wrap_up	a ~talk	0.0509
wrap_up	a ~want	-0.0929
wrap_up	abil	-0.0212
wrap_up	about	-0.3509
wrap_up	about a	-0.0296
wrap_up	about consult	-0.039
wrap_up	about five	-0.0222
wrap_up	about me	-0.038
wrap_up	about that	-0.1192
wrap_up	about your	-0.0337
wrap_up	about ~job	-0.0216
wrap_up	about ~number	-0.0901
wrap_up	academia	-0.0309
wrap_up	accept	-0.0318
wrap_up	account	-0.1032
wrap_up	across	0.1562
wrap_up	actual	-0.1857
wrap_up	actual like	-0.0282
wrap_up	actual ~learn	-0.0234
wrap_up	add	0.0865
wrap_up	add you	0.0865
wrap_up	advic	-0.0789
wrap_up	advic about	-0.0234
wrap_up	advic on	-0.0327
wrap_up	advic you	-0.0332
wrap_up	after	-0.2426
wrap_up	after a	-0.0216
wrap_up	after the	-0.106
wrap_up	after this	-0.049
wrap_up	after ~number	-0.1362
wrap_up	afternoon	0.2939
wrap_up	again	0.3576
wrap_up	again and	0.0372
wrap_up	again for	-0.0745
wrap_up	again i	-0.0452
wrap_up	again in	-0.0201
wrap_up	again this	0.0625
wrap_up	agenda	-0.0694
wrap_up	ago	-0.023
wrap_up	agre	-0.1975
wrap_up	agre on	-0.0769
wrap_up	agre to	-0.1443
wrap_up	ah	-0.0954
wrap_up	all	0.6117
wrap_up	all day	-0.0755
wrap_up	all i	0.2743
wrap_up	all my	0.2182
wrap_up	all right	-0.0525
wrap_up	all the	0.3121
wrap_up	all ~closing	-0.0755
wrap_up	all ~limit	-0.0755
wrap_up	all ~number	0.3121
wrap_up	almost	-0.028
wrap_up	almost out	-0.102
wrap_up	along	-0.083
wrap_up	alreadi	0.0929
wrap_up	alreadi 3	0.0587
wrap_up	alright	0.4407
wrap_up	alright i	0.2084
wrap_up	alright if	0.0747
wrap_up	also	-0.0282
wrap_up	am	-0.1547
wrap_up	am a	-0.0869
wrap_up	am conscious	-0.0259
wrap_up	am curious	-0.024
wrap_up	am go	0.224
wrap_up	am good	0.1118
wrap_up	am here	-0.0463
wrap_up	am hope	-0.0312
wrap_up	am in	-0.0222
wrap_up	am just	-0.0464
wrap_up	am look	-0.0255
wrap_up	am mind	0.0834
wrap_up	am not	-0.1389
wrap_up	am pretti	-0.0294
wrap_up	am priya	-0.0306
wrap_up	am realli	-0.0306
wrap_up	am tri	-0.0318
wrap_up	am veri	-0.033
wrap_up	am ~number	-0.0982
wrap_up	am ~studyverb	-0.0969
wrap_up	am ~want	-0.2521
wrap_up	an	-0.0928
wrap_up	an email	-0.0348
wrap_up	an exhibit	-0.0345
wrap_up	an extra	0.1078
wrap_up	an eye	-0.0297
wrap_up	an hour	-0.0522
wrap_up	an internship	-0.0243
wrap_up	an updat	0.1707
wrap_up	an ~contactverb	-0.0348
wrap_up	an ~job	-0.0296
wrap_up	an ~limit	-0.0522
wrap_up	an ~sendverb	-0.0348
wrap_up	an ~talk	-0.0473
wrap_up	an ~timeunit	-0.0522
wrap_up	analyst	-0.0705
wrap_up	and	0.2456
wrap_up	and for	0.1511
wrap_up	and i	-0.1003
wrap_up	and if	0.0888
wrap_up	and mention	-0.0297
wrap_up	and now	-0.0764
wrap_up	and tell	-0.0565
wrap_up	and thank	0.2031
wrap_up	and want	-0.0206
wrap_up	and we	0.0292
wrap_up	and would	-0.0237
wrap_up	and your	-0.0369
wrap_up	and ~contactverb	-0.0293
wrap_up	and ~insight	0.0632
wrap_up	and ~learn	0.0679
wrap_up	and ~sendverb	-0.0628
wrap_up	and ~talk	-0.0294
wrap_up	and ~want	-0.0731
wrap_up	ani	0.273
wrap_up	ani book	-0.0564
wrap_up	ani chanc	-0.0363
wrap_up	ani further	0.2261
wrap_up	ani longer	0.2067
wrap_up	ani more	0.2484
wrap_up	ani open	-0.0292
wrap_up	ani way	-0.0456
wrap_up	ani ~job	-0.0413
wrap_up	ani ~student	-0.0238
wrap_up	anoth	-0.0277
wrap_up	anyon	-0.1145
wrap_up	anyon els	-0.0693
wrap_up	anyth	-0.2172
wrap_up	anyth i	-0.0672
wrap_up	anyth just	-0.0238
wrap_up	anyth you	-0.0251
wrap_up	anyth ~want	-0.0238
wrap_up	app	-0.0348
wrap_up	appli	-0.1797
wrap_up	appli to	-0.0626
wrap_up	applic	-0.0406
wrap_up	appreci	-0.1022
wrap_up	appreci it	0.2161
wrap_up	appreci you	-0.272
wrap_up	apprenticeship	-0.0446
wrap_up	architectur	-0.0269
wrap_up	are all	0.2317
wrap_up	are almost	-0.102
wrap_up	are alreadi	0.1336
wrap_up	are at	0.1779
wrap_up	are near	0.1141
wrap_up	are not	0.0559
wrap_up	are right	0.1432
wrap_up	are run	-0.0372
wrap_up	are squeez	-0.0489
wrap_up	are there	-0.1944
wrap_up	are you	-0.1001
wrap_up	are ~number	-0.0383
wrap_up	are ~workverb	-0.0409
wrap_up	armi	-0.024
wrap_up	articl	-0.1426
wrap_up	articl i	-0.0701
wrap_up	articl on	-0.0446
wrap_up	as	-0.1106
wrap_up	as a	-0.0536
wrap_up	as ~number	-0.0573
wrap_up	ask	0.1993
wrap_up	ask about	-0.0229
wrap_up	ask befor	-0.0359
wrap_up	ask for	0.1076
wrap_up	ask one	-0.0254
wrap_up	ask you	-0.053
wrap_up	ask ~number	-0.0318
wrap_up	ask ~people	-0.0262
wrap_up	assist	-0.029
wrap_up	associ	-0.0614
wrap_up	at	0.0795
wrap_up	at 11	-0.036
wrap_up	at 3	0.0844
wrap_up	at 4	-0.043
wrap_up	at a	-0.0537
wrap_up	at my	0.1213
wrap_up	at that	0.0659
wrap_up	at the	-0.2288
wrap_up	at this	-0.0309
wrap_up	at time	0.2913
wrap_up	at your	-0.0385
wrap_up	at ~limit	0.2913
wrap_up	at ~number	-0.1509
wrap_up	audit	-0.0526
wrap_up	awar	0.0322
wrap_up	bachelor	-0.0703
wrap_up	bachelor in	-0.0703
wrap_up	back	0.0776
wrap_up	back after	-0.092
wrap_up	back and	-0.0265
wrap_up	back to	0.2591
wrap_up	back ~want	-0.092
wrap_up	background	-0.0386
wrap_up	bank	-0.0355
wrap_up	basic	-0.06
wrap_up	be	-0.1618
wrap_up	be a	-0.0274
wrap_up	be alright	0.0757
wrap_up	be clear	-0.0247
wrap_up	be glad	0.0919
wrap_up	be good	-0.0224
wrap_up	be mind	-0.1435
wrap_up	be ok	-0.039
wrap_up	be quick	-0.1321
wrap_up	be so	0.3399
wrap_up	be use	-0.041
wrap_up	be weird	-0.0443
wrap_up	be ~help	-0.041
wrap_up	be ~number	-0.0322
wrap_up	becaus	-0.0422
wrap_up	been	-0.1171
wrap_up	been ~number	-0.0342
wrap_up	befor appli	-0.0332
wrap_up	befor i	0.1407
wrap_up	befor that	-0.0355
wrap_up	befor we	-0.0606
wrap_up	beginn	-0.0203
wrap_up	benefit	-0.0328
wrap_up	best	0.1663
wrap_up	better	-0.0426
wrap_up	between	-0.1986
wrap_up	between meet	-0.0807
wrap_up	beyond	-0.036
wrap_up	beyond the	0.0326
wrap_up	beyond ~number	0.0326
wrap_up	biggest	-0.0513
wrap_up	bit	-0.0664
wrap_up	bit about	-0.0241
wrap_up	bit over	-0.027
wrap_up	book	-0.0891
wrap_up	book or	-0.0561
wrap_up	bootcamp	-0.0986
wrap_up	bootcamp goe	-0.0422
wrap_up	brain	-0.0228
wrap_up	brazil	-0.0209
wrap_up	break	-0.0529
wrap_up	break for	-0.0719
wrap_up	break so	-0.0488
wrap_up	brief	-0.054
wrap_up	brilliant	0.0759
wrap_up	brutal	-0.0242
wrap_up	build	-0.042
wrap_up	busi	0.1323
wrap_up	busi so	0.0823
wrap_up	but	0.1724
wrap_up	but would	0.2617
wrap_up	but ~want	0.2617
wrap_up	by email	0.0324
wrap_up	by ~contactverb	0.0324
wrap_up	by ~sendverb	0.0324
wrap_up	by ~talk	0.0324
wrap_up	bye	0.7348
wrap_up	calendar	0.193
wrap_up	calendar is	0.128
wrap_up	call	0.2541
wrap_up	call it	0.3478
wrap_up	call so	0.0451
wrap_up	can	0.2143
wrap_up	can be	-0.0386
wrap_up	can ever	-0.0418
wrap_up	can get	0.085
wrap_up	can help	-0.0471
wrap_up	can i	-0.0459
wrap_up	can see	0.0425
wrap_up	can we	-0.0225
wrap_up	can you	-0.0643
wrap_up	can ~help	-0.0748
wrap_up	can ~learn	0.1276
wrap_up	candid	0.2272
wrap_up	candid about	0.1227
wrap_up	care	0.6068
wrap_up	career	-0.2214
wrap_up	carv	-0.1282
wrap_up	carv out	-0.1282
wrap_up	case	-0.0238
wrap_up	certif	-0.046
wrap_up	certif program	-0.0201
wrap_up	certif ~degree	-0.0201
wrap_up	chain	-0.0279
wrap_up	chanc	-0.0586
wrap_up	chang	-0.0718
wrap_up	chat	0.0713
wrap_up	chat with	-0.0316
wrap_up	check	-0.1159
wrap_up	cheer	0.1055
wrap_up	cheer for	0.2077
wrap_up	cheer realli	-0.0974
wrap_up	cheer ~want	-0.0974
wrap_up	chemistri	-0.0233
wrap_up	choos	-0.0392
wrap_up	choos my	-0.0285
wrap_up	citi	-0.0231
wrap_up	civil	-0.0228
wrap_up	civil engin	-0.0228
wrap_up	clean	-0.0279
wrap_up	clear	-0.1506
wrap_up	client	-0.0547
wrap_up	clinic	-0.0836
wrap_up	clinic ~learn	-0.0224
wrap_up	clock	-0.1408
wrap_up	close	0.0947
wrap_up	coach	-0.0202
wrap_up	coffe	-0.0554
wrap_up	colleagu	-0.0949
wrap_up	colleagu i	-0.0311
wrap_up	collect	-0.0317
wrap_up	collect ~insight	-0.0209
wrap_up	colleg	-0.0408
wrap_up	come up	-0.0691
wrap_up	comfort	-0.0538
wrap_up	communiti	-0.0499
wrap_up	communiti colleg	-0.0263
wrap_up	compani	-0.0511
wrap_up	complet	-0.0211
wrap_up	confer	0.1047
wrap_up	connect	-0.1581
wrap_up	connect on	-0.0273
wrap_up	connect with	-0.0888
wrap_up	conscious	-0.0475
wrap_up	consid	-0.0323
wrap_up	construct	-0.021
wrap_up	consult	-0.063
wrap_up	contact	-0.0519
wrap_up	context	-0.0944
wrap_up	convers	0.1615
wrap_up	convers i	-0.039
wrap_up	cool	-0.0357
wrap_up	cool cool	-0.0637
wrap_up	cool i	-0.0379
wrap_up	could	-0.1819
wrap_up	could i	0.0265
wrap_up	could you	-0.0878
wrap_up	could ~sendverb	-0.0214
wrap_up	counti	-0.0221
wrap_up	countri	-0.0278
wrap_up	coupl	-0.0766
wrap_up	coupl more	-0.0201
wrap_up	coupl of	-0.0201
wrap_up	cours	-0.1253
wrap_up	cover	0.3856
wrap_up	cover everyth	0.2989
wrap_up	crazi	-0.0453
wrap_up	credit	-0.0251
wrap_up	critic	-0.0328
wrap_up	critic care	-0.0328
wrap_up	cs	-0.053
wrap_up	cs degre	-0.049
wrap_up	cs ~degree	-0.0487
wrap_up	curious	-0.0512
wrap_up	curious about	-0.0241
wrap_up	current	-0.0342
wrap_up	current ~number	-0.0255
wrap_up	cut	-0.0351
wrap_up	cut me	-0.0216
wrap_up	dana	-0.037
wrap_up	data	-0.1465
wrap_up	data scienc	-0.0484
wrap_up	day and	-0.0498
wrap_up	day is	-0.0338
wrap_up	day to	-0.0388
wrap_up	deadlin	-0.0682
wrap_up	deal	-0.0523
wrap_up	decid	-0.1919
wrap_up	decid between	-0.0421
wrap_up	def	-0.0739
wrap_up	definit	-0.046
wrap_up	degre	-0.1079
wrap_up	degre in	-0.0267
wrap_up	depart	-0.0271
wrap_up	describ	-0.021
wrap_up	design	-0.1097
wrap_up	detail	-0.094
wrap_up	develop	-0.0263
wrap_up	did	-0.1207
wrap_up	did not	0.1143
wrap_up	did that	-0.0531
wrap_up	did you	-0.1222
wrap_up	differ	-0.0484
wrap_up	difficult	-0.041
wrap_up	direct	-0.0333
wrap_up	do	-0.1492
wrap_up	do a	-0.0304
wrap_up	do an	-0.0665
wrap_up	do not	0.261
wrap_up	do peopl	-0.0324
wrap_up	do this	-0.046
wrap_up	do to	-0.0257
wrap_up	do you	0.0272
wrap_up	do ~number	-0.1128
wrap_up	do ~people	-0.0324
wrap_up	do ~want	-0.0426
wrap_up	doe	0.0338
wrap_up	doe a	-0.0355
wrap_up	doe it	0.1977
wrap_up	doe your	-0.0497
wrap_up	doe ~number	-0.0545
wrap_up	done	0.1108
wrap_up	done the	-0.058
wrap_up	done ~number	-0.0597
wrap_up	down	-0.0887
wrap_up	dr	-0.0913
wrap_up	dure the	0.0664
wrap_up	dure ~number	0.0331
wrap_up	earli	-0.0356
wrap_up	earlier	-0.0323
wrap_up	easi	-0.0237
wrap_up	easi to	-0.0237
wrap_up	eat	-0.0517
wrap_up	eat into	-0.0844
wrap_up	economist	-0.0676
wrap_up	educ	-0.0222
wrap_up	eight	-0.025
wrap_up	eight year	-0.025
wrap_up	eight ~duration	-0.025
wrap_up	elect	-0.0279
wrap_up	els	-0.1226
wrap_up	els should	-0.0315
wrap_up	els you	-0.0437
wrap_up	email	-0.2456
wrap_up	email later	0.0738
wrap_up	email next	-0.0343
wrap_up	email so	-0.0675
wrap_up	email tonight	-0.0977
wrap_up	email you	-0.1234
wrap_up	email ~later	0.0738
wrap_up	end	0.1687
wrap_up	end of	0.2013
wrap_up	end up	-0.1163
wrap_up	engin	-0.0973
wrap_up	english	-0.0494
wrap_up	enjoy	0.3458
wrap_up	enjoy the	0.2211
wrap_up	enjoy this	0.1342
wrap_up	enjoy ~number	0.2211
wrap_up	enough	0.2871
wrap_up	enough of	0.1629
wrap_up	especi	-0.0531
wrap_up	even	-0.0422
wrap_up	evening	0.2028
wrap_up	ever	-0.0848
wrap_up	ever anyth	-0.0426
wrap_up	ever help	0.0832
wrap_up	ever need	-0.0385
wrap_up	ever ~help	0.0821
wrap_up	everi	-0.0243
wrap_up	everyth	0.785
wrap_up	everyth i	0.3287
wrap_up	everyth on	0.2024
wrap_up	exact	-0.0292
wrap_up	exam	0.0423
wrap_up	excel	-0.0205
wrap_up	exhibit	-0.0369
wrap_up	expect	0.0387
wrap_up	experi	-0.0867
wrap_up	explain	-0.1502
wrap_up	explain me	-0.056
wrap_up	extra	0.1039
wrap_up	extra pair	0.1078
wrap_up	eye	-0.0376
wrap_up	eye on	-0.0376
wrap_up	fair	-0.048
wrap_up	fall	0.1613
wrap_up	far	-0.0441
wrap_up	favor	-0.0379
wrap_up	feel	-0.0447
wrap_up	few	-0.0843
wrap_up	few minut	-0.0281
wrap_up	few ~limit	-0.0281
wrap_up	few ~timeunit	-0.0281
wrap_up	field	-0.1239
wrap_up	fifteen	-0.0222
wrap_up	fifteen minut	-0.0222
wrap_up	fifteen ~limit	-0.0222
wrap_up	fifteen ~timeunit	-0.0222
wrap_up	figur	-0.0555
wrap_up	figur out	-0.0447
wrap_up	final	-0.0753
wrap_up	final meet	-0.0366
wrap_up	final ~talk	-0.0366
wrap_up	financ	-0.0202
wrap_up	find	-0.0354
wrap_up	fine	-0.0316
wrap_up	fine to	-0.0287
wrap_up	finish	-0.2096
wrap_up	finish a	-0.0303
wrap_up	finish my	-0.0283
wrap_up	finish the	-0.0291
wrap_up	finish ~number	-0.0595
wrap_up	fire	-0.0591
wrap_up	firm	-0.049
wrap_up	first	-0.0912
wrap_up	first question	-0.0247
wrap_up	fit	0.0706
wrap_up	fit me	0.0933
wrap_up	five	-0.0815
wrap_up	flew	0.0666
wrap_up	flight	0.2482
wrap_up	focus	-0.0851
wrap_up	follow	-0.1557
wrap_up	follow up	-0.1295
wrap_up	for	-0.2036
wrap_up	for agre	-0.1281
wrap_up	for an	-0.0309
wrap_up	for be	0.3561
wrap_up	for carv	-0.0659
wrap_up	for explain	-0.1439
wrap_up	for fit	0.0993
wrap_up	for five	-0.031
wrap_up	for hop	-0.0456
wrap_up	for make	-0.0495
wrap_up	for me	0.175
wrap_up	for now	0.2125
wrap_up	for stay	-0.0318
wrap_up	for take	-0.0472
wrap_up	for that	0.1299
wrap_up	for the	0.0643
wrap_up	for today	0.0827
wrap_up	for you	-0.0876
wrap_up	for your	-0.1279
wrap_up	for ~hiring	-0.049
wrap_up	for ~people	-0.0223
wrap_up	for ~studyverb	-0.0594
wrap_up	for ~talk	-0.0582
wrap_up	forget	-0.0214
wrap_up	formal	-0.0311
wrap_up	found	-0.0682
wrap_up	freelanc	-0.0225
wrap_up	from	0.2743
wrap_up	from a	-0.0271
wrap_up	from me	0.5388
wrap_up	from my	0.1584
wrap_up	from retail	-0.047
wrap_up	from the	-0.0403
wrap_up	from ~number	-0.0694
wrap_up	from ~people	-0.0284
wrap_up	full	-0.0594
wrap_up	further	0.2225
wrap_up	game	-0.0679
wrap_up	gather	-0.0471
wrap_up	gather inform	-0.0379
wrap_up	gather ~insight	-0.0471
wrap_up	gave	-0.0473
wrap_up	gave me	-0.0473
wrap_up	general	-0.0386
wrap_up	generous	0.0984
wrap_up	generous with	0.1081
wrap_up	get	0.2705
wrap_up	get a	-0.0249
wrap_up	get back	0.3032
wrap_up	get into	-0.0291
wrap_up	get on	0.0868
wrap_up	get to	0.0889
wrap_up	get your	-0.0304
wrap_up	get ~number	-0.0357
wrap_up	give	-0.1258
wrap_up	give me	-0.0931
wrap_up	give up	-0.0204
wrap_up	glad	0.3269
wrap_up	glad to	0.0919
wrap_up	go	0.9076
wrap_up	go back	-0.0583
wrap_up	go for	-0.0329
wrap_up	go i	0.2577
wrap_up	go into	-0.0206
wrap_up	go now	0.1441
wrap_up	go on	-0.0572
wrap_up	go so	-0.039
wrap_up	go to	0.1888
wrap_up	goal	-0.0247
wrap_up	goe	-0.0569
wrap_up	gone	-0.0252
wrap_up	good	0.2837
wrap_up	good afternoon	-0.0406
wrap_up	good at	-0.0329
wrap_up	good for	-0.0517
wrap_up	good morn	-0.0969
wrap_up	good one	0.1747
wrap_up	good place	0.0226
wrap_up	good rest	0.0548
wrap_up	good ~closing	-0.0593
wrap_up	good ~limit	-0.1435
wrap_up	good ~number	0.1747
wrap_up	good ~org	0.0226
wrap_up	good ~people	0.1747
wrap_up	goodby	0.2675
wrap_up	gosh	-0.0642
wrap_up	got	0.25
wrap_up	got a	-0.0298
wrap_up	got about	-0.0315
wrap_up	got it	-0.0977
wrap_up	got thank	0.0717
wrap_up	got to	0.2925
wrap_up	got ~number	-0.0384
wrap_up	got ~want	0.1262
wrap_up	grad	-0.0484
wrap_up	grad school	-0.022
wrap_up	grad ~org	-0.022
wrap_up	graduat	-0.0431
wrap_up	grant	-0.0283
wrap_up	grate	-0.0229
wrap_up	great	0.2793
wrap_up	great well	0.1735
wrap_up	great ~closing	0.1416
wrap_up	guy	-0.0444
wrap_up	guy hire	-0.0252
wrap_up	guy ~gatekeeper	-0.0252
wrap_up	guy ~hiring	-0.0274
wrap_up	had	0.2074
wrap_up	had a	0.0634
wrap_up	had no	-0.1015
wrap_up	had not	-0.1036
wrap_up	had ~number	0.062
wrap_up	half	-0.1934
wrap_up	half an	-0.0501
wrap_up	half hour	-0.0938
wrap_up	half past	-0.0482
wrap_up	half ~limit	-0.0938
wrap_up	half ~number	-0.0514
wrap_up	half ~timeunit	-0.0938
wrap_up	hand	0.0627
wrap_up	happi	-0.0883
wrap_up	happi to	-0.0548
wrap_up	hard	0.0396
wrap_up	hard back	-0.0201
wrap_up	hard part	0.1368
wrap_up	hard stop	-0.0316
wrap_up	has	-0.056
wrap_up	has been	-0.0375
wrap_up	has ~workverb	-0.0375
wrap_up	have	0.4604
wrap_up	have a	0.6779
wrap_up	have alreadi	-0.0322
wrap_up	have ani	0.11
wrap_up	have ask	0.0629
wrap_up	have been	-0.069
wrap_up	have done	-0.0636
wrap_up	have finish	-0.0278
wrap_up	have gone	-0.0252
wrap_up	have got	0.1272
wrap_up	have had	-0.0219
wrap_up	have hit	0.2328
wrap_up	have kept	0.0588
wrap_up	have more	0.0428
wrap_up	have onli	-0.0299
wrap_up	have read	-0.0412
wrap_up	have taken	0.1769
wrap_up	have to	-0.1185
wrap_up	have twenti	-0.0257
wrap_up	have until	-0.0312
wrap_up	have ~insight	-0.0412
wrap_up	have ~number	0.5272
wrap_up	have ~studyverb	-0.0314
wrap_up	have ~workverb	-0.1602
wrap_up	head	-0.0208
wrap_up	health	-0.0357
wrap_up	heap	0.149
wrap_up	hear	-0.1645
wrap_up	hear how	-0.0235
wrap_up	hear me	-0.0216
wrap_up	help i	0.0249
wrap_up	help me	-0.0469
wrap_up	help thank	0.0325
wrap_up	help with	-0.0767
wrap_up	help you	-0.0433
wrap_up	help ~number	0.0846
wrap_up	here	0.7597
wrap_up	here i	-0.0454
wrap_up	here in	-0.0538
wrap_up	here thank	0.1189
wrap_up	here to	-0.0598
wrap_up	hey	-0.0946
wrap_up	hi	-0.2145
wrap_up	hi dana	-0.037
wrap_up	hi i	-0.0349
wrap_up	hire	-0.1175
wrap_up	histori	0.111
wrap_up	hit	0.2315
wrap_up	hit the	-0.0378
wrap_up	hit ~number	-0.0378
wrap_up	hold	0.1835
wrap_up	honest	-0.1227
wrap_up	honest advic	-0.0207
wrap_up	honest i	-0.0256
wrap_up	honest my	-0.0515
wrap_up	honest take	-0.0233
wrap_up	honest ~insight	-0.045
wrap_up	hop	-0.0486
wrap_up	hop on	-0.0456
wrap_up	hope	0.0608
wrap_up	hope it	0.1099
wrap_up	hotel	-0.0223
wrap_up	hour	-0.2687
wrap_up	hour are	-0.0361
wrap_up	hour for	-0.0304
wrap_up	hous	-0.029
wrap_up	how	-0.6866
wrap_up	how can	-0.0239
wrap_up	how did	-0.0531
wrap_up	how do	-0.0985
wrap_up	how doe	-0.0381
wrap_up	how i	-0.0239
wrap_up	how is	-0.071
wrap_up	how long	-0.0235
wrap_up	how much	-0.0733
wrap_up	how the	-0.088
wrap_up	how you	-0.0773
wrap_up	how ~help	-0.0985
wrap_up	how ~number	-0.0936
wrap_up	how ~studyverb	-0.0531
wrap_up	huh	-0.0286
wrap_up	i	0.2463
wrap_up	i add	0.0865
wrap_up	i am	-0.1547
wrap_up	i appreci	-0.1521
wrap_up	i ask	-0.0711
wrap_up	i be	-0.0399
wrap_up	i can	-0.1212
wrap_up	i could	-0.0689
wrap_up	i decid	-0.1022
wrap_up	i did	-0.0323
wrap_up	i do	0.249
wrap_up	i email	-0.1299
wrap_up	i end	-0.0957
wrap_up	i figur	-0.0264
wrap_up	i follow	-0.0588
wrap_up	i forget	-0.0214
wrap_up	i found	-0.0488
wrap_up	i get	-0.0293
wrap_up	i go	0.1418
wrap_up	i got	0.0829
wrap_up	i had	0.162
wrap_up	i have	-0.0874
wrap_up	i help	-0.0203
wrap_up	i hope	0.1003
wrap_up	i just	0.1622
wrap_up	i know	-0.2118
wrap_up	i learn	-0.0316
wrap_up	i let	0.0397
wrap_up	i make	-0.1003
wrap_up	i mention	-0.197
wrap_up	i need	0.0741
wrap_up	i promis	-0.0615
wrap_up	i reach	0.0942
wrap_up	i realli	-0.0623
wrap_up	i see	0.3149
wrap_up	i send	-0.0318
wrap_up	i should	0.0867
wrap_up	i spent	-0.0206
wrap_up	i talk	-0.032
wrap_up	i think	0.7985
wrap_up	i thought	-0.0682
wrap_up	i took	-0.0244
wrap_up	i want	-0.1233
wrap_up	i was	-0.137
wrap_up	i will	0.7804
wrap_up	i wish	0.2653
wrap_up	i would	-0.0211
wrap_up	i wrote	-0.0284
wrap_up	i ~contactverb	-0.0672
wrap_up	i ~help	0.2211
wrap_up	i ~sendverb	-0.042
wrap_up	i ~studyverb	-0.0873
wrap_up	i ~talk	-0.0773
wrap_up	i ~workverb	-0.0442
wrap_up	icu	-0.0218
wrap_up	idea	-0.1111
wrap_up	if	-0.6764
wrap_up	if i	-0.3109
wrap_up	if it	-0.0557
wrap_up	if that	-0.1241
wrap_up	if there	-0.0524
wrap_up	if we	-0.031
wrap_up	if you	-0.1531
wrap_up	if your	-0.0242
wrap_up	if ~number	0.106
wrap_up	import	-0.0783
wrap_up	in	-0.6011
wrap_up	in a	-0.0838
wrap_up	in between	-0.1041
wrap_up	in economist	-0.0676
wrap_up	in general	-0.0372
wrap_up	in i	-0.0404
wrap_up	in meet	-0.0313
wrap_up	in my	-0.022
wrap_up	in the	0.2586
wrap_up	in this	-0.0333
wrap_up	in touch	-0.098
wrap_up	in your	-0.0943
wrap_up	in ~contactverb	-0.1006
wrap_up	in ~number	0.1627
wrap_up	in ~student	-0.0701
wrap_up	industri	-0.0723
wrap_up	inform	-0.0743
wrap_up	intens	-0.056
wrap_up	interest	0.1318
wrap_up	intern	-0.0282
wrap_up	internship	-0.1158
wrap_up	internship i	-0.0507
wrap_up	interrupt	-0.114
wrap_up	interview	-0.0596
wrap_up	interview with	-0.0201
wrap_up	into	-0.2735
wrap_up	into this	-0.0206
wrap_up	into your	-0.0267
wrap_up	into ~number	-0.0289
wrap_up	introduc	-0.0228
wrap_up	introduct	-0.083
wrap_up	invit	0.0516
wrap_up	involv	-0.0287
wrap_up	is	-0.3179
wrap_up	is a	-0.1115
wrap_up	is all	0.4445
wrap_up	is alreadi	0.0294
wrap_up	is alright	-0.0739
wrap_up	is ani	-0.0269
wrap_up	is ever	-0.0514
wrap_up	is everyth	0.4908
wrap_up	is help	-0.0956
wrap_up	is me	0.2109
wrap_up	is near	0.0662
wrap_up	is not	-0.0301
wrap_up	is pack	0.0933
wrap_up	is part	-0.0258
wrap_up	is realli	-0.1382
wrap_up	is reassur	-0.0723
wrap_up	is so	-0.0495
wrap_up	is spent	-0.0226
wrap_up	is super	-0.1035
wrap_up	is that	-0.054
wrap_up	is the	0.1127
wrap_up	is there	-0.2194
wrap_up	is veri	-0.1361
wrap_up	is worth	-0.0345
wrap_up	is your	-0.1089
wrap_up	is ~number	-0.0281
wrap_up	is ~want	-0.1579
wrap_up	is ~workverb	-0.027
wrap_up	it	0.8831
wrap_up	it a	0.0654
wrap_up	it and	-0.0313
wrap_up	it at	0.0675
wrap_up	it for	0.2869
wrap_up	it from	0.4229
wrap_up	it help	-0.036
wrap_up	it here	0.0813
wrap_up	it is	-0.1217
wrap_up	it most	-0.0554
wrap_up	it not	-0.0569
wrap_up	it ok	-0.0451
wrap_up	it still	-0.0225
wrap_up	it take	-0.0211
wrap_up	it there	0.5616
wrap_up	it to	-0.0369
wrap_up	it was	0.103
wrap_up	it went	-0.0211
wrap_up	it ~insight	-0.0242
wrap_up	it ~number	0.0654
wrap_up	job	-0.1108
wrap_up	job i	0.1413
wrap_up	join	-0.0241
wrap_up	jump	0.1892
wrap_up	jump right	-0.0636
wrap_up	junior	-0.0535
wrap_up	just	-0.1301
wrap_up	just ask	-0.0217
wrap_up	just check	-0.021
wrap_up	just gather	-0.0439
wrap_up	just say	0.0496
wrap_up	just so	-0.0227
wrap_up	just to	-0.0361
wrap_up	just want	0.0578
wrap_up	just ~learn	-0.0272
wrap_up	just ~talk	-0.0235
wrap_up	keep	-0.1064
wrap_up	keep an	-0.0297
wrap_up	keep go	-0.0411
wrap_up	keep it	-0.0658
wrap_up	keep my	-0.1205
wrap_up	keep this	-0.1046
wrap_up	keep you	0.3329
wrap_up	keep ~number	-0.0376
wrap_up	kept	0.095
wrap_up	kept you	0.095
wrap_up	kind	-0.1874
wrap_up	kind of	-0.1479
wrap_up	know	-0.5057
wrap_up	know at	0.137
wrap_up	know i	-0.0334
wrap_up	know if	-0.0927
wrap_up	know it	-0.0626
wrap_up	know this	-0.036
wrap_up	know we	-0.1271
wrap_up	know what	-0.0999
wrap_up	know which	-0.0848
wrap_up	know you	0.0676
wrap_up	know your	0.0468
wrap_up	last	0.1004
wrap_up	last question	0.0944
wrap_up	last summer	-0.0216
wrap_up	last thing	0.1343
wrap_up	last week	-0.0407
wrap_up	last year	-0.0225
wrap_up	last ~closing	-0.0407
wrap_up	last ~duration	-0.0225
wrap_up	later	-0.1033
wrap_up	later and	0.0738
wrap_up	later today	-0.0233
wrap_up	law	-0.0295
wrap_up	learn	-0.0461
wrap_up	learn more	-0.0365
wrap_up	learn not	0.1486
wrap_up	leav	0.378
wrap_up	leav it	0.37
wrap_up	left	-0.1214
wrap_up	left right	-0.0907
wrap_up	let	1.0613
wrap_up	let us	0.1967
wrap_up	let you	0.9097
wrap_up	level	-0.0227
wrap_up	like	-0.222
wrap_up	like for	-0.0452
wrap_up	like to	-0.0583
wrap_up	like we	0.2186
wrap_up	like ~number	-0.1337
wrap_up	line	-0.0448
wrap_up	line onc	-0.0216
wrap_up	link	-0.0258
wrap_up	linkedin	-0.053
wrap_up	linkedin and	0.0224
wrap_up	list	0.4877
wrap_up	logist	-0.0242
wrap_up	long	0.05
wrap_up	long enough	0.132
wrap_up	longer	0.1236
wrap_up	longer than	-0.0831
wrap_up	look at	-0.0366
wrap_up	look for	-0.0427
wrap_up	look like	0.1182
wrap_up	lot	0.0204
wrap_up	love	0.0664
wrap_up	love evening	0.2339
wrap_up	love to	-0.1039
wrap_up	love ~closing	0.2998
wrap_up	luck	0.2249
wrap_up	luck with	0.2249
wrap_up	lunch	0.1616
wrap_up	lunch break	-0.0945
wrap_up	made	-0.0862
wrap_up	main	-0.0468
wrap_up	major	-0.0374
wrap_up	make	-0.1757
wrap_up	make a	-0.0547
wrap_up	make sens	-0.1738
wrap_up	make the	-0.0505
wrap_up	make ~insight	-0.1738
wrap_up	make ~number	-0.1064
wrap_up	manag	-0.1832
wrap_up	mani	0.1869
wrap_up	mani thank	0.1895
wrap_up	marcus	0.0454
wrap_up	mark	-0.1013
wrap_up	market	-0.0402
wrap_up	master	-0.0598
wrap_up	master in	-0.0226
wrap_up	math	-0.0306
wrap_up	matter	-0.038
wrap_up	may	-0.0445
wrap_up	may i	-0.0325
wrap_up	mayb	-0.0315
wrap_up	me	0.3291
wrap_up	me about	-0.0487
wrap_up	me done	0.0707
wrap_up	me i	0.1547
wrap_up	me in	0.0478
wrap_up	me know	-0.1004
wrap_up	me off	-0.0947
wrap_up	me ok	-0.0216
wrap_up	me so	-0.0358
wrap_up	me stop	0.1512
wrap_up	me through	-0.0583
wrap_up	me to	-0.0368
wrap_up	me today	-0.0783
wrap_up	me when	-0.034
wrap_up	me ~learn	-0.1115
wrap_up	me ~number	-0.0201
wrap_up	medic	-0.0547
wrap_up	meet	-0.0465
wrap_up	meet at	0.1038
wrap_up	meet so	0.0384
wrap_up	meet with	-0.0507
wrap_up	meet you	-0.0547
wrap_up	mention	-0.1565
wrap_up	mention onc	-0.0446
wrap_up	mention the	-0.0264
wrap_up	mention you	0.1053
wrap_up	mention ~number	-0.0264
wrap_up	mentor	-0.031
wrap_up	messag	-0.0764
wrap_up	messag on	-0.0204
wrap_up	met	-0.0327
wrap_up	mgmt	-0.066
wrap_up	might	-0.066
wrap_up	might be	-0.0296
wrap_up	million	-0.0411
wrap_up	mind	-0.1826
wrap_up	mind if	-0.0291
wrap_up	mind of	-0.1498
wrap_up	mind we	-0.0662
wrap_up	minut	-0.1196
wrap_up	minut and	0.0614
wrap_up	minut i	0.133
wrap_up	minut left	-0.1197
wrap_up	minut mark	-0.1013
wrap_up	minut so	-0.1477
wrap_up	minut we	-0.0386
wrap_up	moment	-0.0289
wrap_up	month	-0.0665
wrap_up	more	0.2088
wrap_up	more about	-0.0455
wrap_up	more of	0.1331
wrap_up	more question	0.2757
wrap_up	more than	0.0549
wrap_up	morn	-0.1125
wrap_up	most	-0.2858
wrap_up	most in	-0.0232
wrap_up	most ~want	-0.0272
wrap_up	move	-0.0772
wrap_up	move into	-0.0507
wrap_up	msw	-0.0417
wrap_up	msw program	-0.0417
wrap_up	much	-0.488
wrap_up	much for	-0.1437
wrap_up	much i	0.1213
wrap_up	much of	-0.2788
wrap_up	much ~want	-0.0774
wrap_up	municip	-0.0372
wrap_up	my	0.1383
wrap_up	my career	-0.0712
wrap_up	my email	-0.0309
wrap_up	my end	-0.0561
wrap_up	my english	-0.0384
wrap_up	my internship	-0.0592
wrap_up	my last	0.1035
wrap_up	my list	0.5583
wrap_up	my manag	-0.0366
wrap_up	my next	-0.0269
wrap_up	my note	-0.0523
wrap_up	my profess	-0.0392
wrap_up	my question	0.0977
wrap_up	my resum	-0.0527
wrap_up	my side	0.2332
wrap_up	my stage	0.137
wrap_up	my thesi	-0.0202
wrap_up	my ~application	-0.0676
wrap_up	my ~contactverb	-0.0309
wrap_up	my ~degree	-0.0373
wrap_up	my ~gatekeeper	-0.0366
wrap_up	my ~job	-0.0625
wrap_up	my ~org	0.2327
wrap_up	my ~sendverb	-0.0322
wrap_up	my ~student	-0.0446
wrap_up	my ~talk	-0.049
wrap_up	myself	-0.0942
wrap_up	name	-0.0813
wrap_up	name of	-0.0345
wrap_up	near	0.1786
wrap_up	near at	0.122
wrap_up	near ~number	-0.0249
wrap_up	need	-0.1551
wrap_up	need a	-0.0283
wrap_up	need ani	-0.0757
wrap_up	need to	-0.084
wrap_up	need ~number	-0.0337
wrap_up	network	-0.0364
wrap_up	never	-0.0969
wrap_up	new	-0.0554
wrap_up	newslett	-0.0207
wrap_up	next	0.2416
wrap_up	next call	0.1194
wrap_up	next meet	0.1002
wrap_up	next step	-0.0346
wrap_up	next week	0.1825
wrap_up	next ~closing	0.1825
wrap_up	next ~contactverb	0.1194
wrap_up	next ~talk	0.2197
wrap_up	nice to	-0.0271
wrap_up	night	-0.1298
wrap_up	night shift	-0.0805
wrap_up	no idea	-0.1015
wrap_up	nonprofit	-0.0367
wrap_up	normal	-0.0235
wrap_up	not	0.4549
wrap_up	not ask	0.1205
wrap_up	not have	0.1112
wrap_up	not here	-0.0267
wrap_up	not keep	0.179
wrap_up	not look	-0.0286
wrap_up	not take	0.1052
wrap_up	not tri	-0.0357
wrap_up	not want	0.2391
wrap_up	not ~insight	0.1052
wrap_up	not ~want	0.1105
wrap_up	note	-0.1585
wrap_up	note after	-0.0554
wrap_up	note and	-0.049
wrap_up	note next	0.0567
wrap_up	note tonight	-0.0611
wrap_up	note ~want	-0.0554
wrap_up	noth	-0.0389
wrap_up	noth more	-0.0389
wrap_up	now	0.4317
wrap_up	now and	0.2192
wrap_up	now but	0.0808
wrap_up	nurs	-0.1925
wrap_up	of	0.1048
wrap_up	of a	-0.0236
wrap_up	of hand	0.1078
wrap_up	of leav	-0.0257
wrap_up	of my	0.2064
wrap_up	of question	0.3692
wrap_up	of thank	-0.0204
wrap_up	of the	-0.1954
wrap_up	of this	-0.0459
wrap_up	of time	-0.1126
wrap_up	of you	-0.0985
wrap_up	of your	0.2002
wrap_up	of ~insight	-0.0473
wrap_up	of ~limit	-0.1126
wrap_up	of ~number	-0.2271
wrap_up	of ~people	-0.0246
wrap_up	off	0.3535
wrap_up	off now	0.2936
wrap_up	offic	-0.028
wrap_up	oh	-0.1287
wrap_up	oh interest	-0.0539
wrap_up	ok	0.3157
wrap_up	ok for	-0.0349
wrap_up	ok i	0.331
wrap_up	ok if	-0.1615
wrap_up	ok that	0.1745
wrap_up	ok to	0.0526
wrap_up	okafor	-0.0603
wrap_up	old	-0.0301
wrap_up	omg	0.0393
wrap_up	on	-0.3929
wrap_up	on a	0.1551
wrap_up	on how	-0.0252
wrap_up	on i	-0.0257
wrap_up	on linkedin	-0.0489
wrap_up	on municip	-0.0372
wrap_up	on my	0.1209
wrap_up	on the	-0.1197
wrap_up	on whether	-0.0578
wrap_up	on with	0.1063
wrap_up	on your	-0.0739
wrap_up	on ~number	0.0307
wrap_up	onc	-0.1586
wrap_up	onc i	-0.1872
wrap_up	one	0.1655
wrap_up	one last	0.1279
wrap_up	one more	-0.089
wrap_up	onli	-0.2281
wrap_up	onli got	-0.0281
wrap_up	onli have	-0.1752
wrap_up	onlin	-0.0599
wrap_up	open	-0.1155
wrap_up	or	-0.44
wrap_up	or anyth	-0.0285
wrap_up	or is	-0.0722
wrap_up	or newslett	-0.0202
wrap_up	or podcast	-0.0481
wrap_up	or should	-0.035
wrap_up	or ~contactverb	-0.0207
wrap_up	or ~number	-0.0208
wrap_up	or ~talk	-0.0207
wrap_up	other	-0.0488
wrap_up	our	0.2367
wrap_up	our ~number	0.2527
wrap_up	out	-0.0441
wrap_up	out again	-0.0326
wrap_up	out in	0.1699
wrap_up	out of	0.1935
wrap_up	out time	-0.0659
wrap_up	out to	-0.0255
wrap_up	out ~later	-0.0326
wrap_up	out ~limit	-0.0659
wrap_up	over	0.1223
wrap_up	over i	0.1985
wrap_up	over the	-0.0251
wrap_up	over ~number	-0.0359
wrap_up	pack	0.182
wrap_up	pack ~closing	0.0887
wrap_up	pair	0.1078
wrap_up	pair of	0.1078
wrap_up	paraleg	-0.0278
wrap_up	part of	-0.0993
wrap_up	pass	-0.0517
wrap_up	past	-0.1027
wrap_up	past the	-0.0356
wrap_up	past ~number	-0.0356
wrap_up	patel	-0.0269
wrap_up	path	-0.0637
wrap_up	pay	-0.0282
wrap_up	peopl	-0.1431
wrap_up	peopl who	-0.0231
wrap_up	peopl ~people	-0.0231
wrap_up	perspect	-0.0602
wrap_up	pharmaci	-0.0345
wrap_up	pick	-0.1888
wrap_up	pick your	-0.022
wrap_up	pictur	-0.0318
wrap_up	ping you	-0.0359
wrap_up	pitch	0.0998
wrap_up	pitch in	0.116
wrap_up	place	-0.0278
wrap_up	place to	0.0226
wrap_up	plan	-0.106
wrap_up	pleas	-0.1036
wrap_up	pleas do	-0.0274
wrap_up	pleas let	-0.043
wrap_up	pleas ~help	-0.0274
wrap_up	podcast	-0.1112
wrap_up	podcast you	-0.0481
wrap_up	point	-0.1034
wrap_up	polici	-0.0918
wrap_up	portfolio	-0.0504
wrap_up	posit	-0.0485
wrap_up	possibl	-0.0357
wrap_up	post	-0.1113
wrap_up	post on	-0.0267
wrap_up	precious	-0.0647
wrap_up	prep	-0.0293
wrap_up	prepar	0.2331
wrap_up	prepar and	0.1097
wrap_up	present	-0.06
wrap_up	pretti	-0.0405
wrap_up	pretti good	-0.0255
wrap_up	prioritis	-0.0853
wrap_up	priya	-0.0558
wrap_up	process	-0.0208
wrap_up	product	-0.0498
wrap_up	profess	-0.0466
wrap_up	profess i	-0.0393
wrap_up	profession	-0.0452
wrap_up	profession associ	-0.0274
wrap_up	program	-0.1483
wrap_up	project	-0.0501
wrap_up	project i	0.1181
wrap_up	project manag	-0.0342
wrap_up	project you	-0.0226
wrap_up	promis	-0.136
wrap_up	promis i	-0.0598
wrap_up	proper thank	0.0345
wrap_up	public	-0.0413
wrap_up	put	-0.027
wrap_up	python	-0.0346
wrap_up	python script	-0.0309
wrap_up	quarter	0.0335
wrap_up	question	1.0049
wrap_up	question i	0.3759
wrap_up	question if	-0.0796
wrap_up	question later	-0.0312
wrap_up	question ~later	-0.0433
wrap_up	quick	-0.2949
wrap_up	quick note	-0.027
wrap_up	quick thank	-0.0622
wrap_up	ran	0.0278
wrap_up	rather	-0.0228
wrap_up	reach	0.0615
wrap_up	reach out	0.0785
wrap_up	read	-0.0784
wrap_up	read ~number	-0.0393
wrap_up	real	-0.0524
wrap_up	real quick	-0.0305
wrap_up	realist	-0.0234
wrap_up	realli appreci	0.0951
wrap_up	realli help	0.0516
wrap_up	realli just	-0.0305
wrap_up	realli kind	-0.0968
wrap_up	realli reassur	-0.047
wrap_up	realli use	-0.0392
wrap_up	realli ~help	-0.0599
wrap_up	realli ~want	0.0302
wrap_up	reassur	-0.1193
wrap_up	reassur to	-0.0716
wrap_up	recommend	-0.0988
wrap_up	recommend i	-0.0294
wrap_up	recruit	-0.0482
wrap_up	referr	-0.0375
wrap_up	report	-0.1175
wrap_up	report back	-0.0995
wrap_up	research	-0.1118
wrap_up	respect	-0.0606
wrap_up	rest	0.3679
wrap_up	rest of	0.3679
wrap_up	resum	-0.0541
wrap_up	retail	-0.0558
wrap_up	return	-0.0634
wrap_up	return the	-0.0409
wrap_up	return ~number	-0.0409
wrap_up	review	-0.0279
wrap_up	right at	0.1432
wrap_up	right i	0.1364
wrap_up	right in	-0.0636
wrap_up	right now	-0.0953
wrap_up	risk	-0.0211
wrap_up	role	-0.082
wrap_up	rotat	-0.0309
wrap_up	rout	-0.021
wrap_up	run	-0.0963
wrap_up	run over	-0.0601
wrap_up	said	-0.1101
wrap_up	said twenti	-0.0404
wrap_up	said you	-0.054
wrap_up	said ~number	0.0211
wrap_up	sam	-0.04
wrap_up	same	-0.0717
wrap_up	saw	0.1595
wrap_up	saw ~number	0.1642
wrap_up	say	0.1108
wrap_up	schedul	-0.0516
wrap_up	school	-0.0689
wrap_up	scienc	-0.0854
wrap_up	script	-0.0309
wrap_up	season	0.0347
wrap_up	second	-0.0317
wrap_up	second year	-0.0256
wrap_up	second ~duration	-0.0256
wrap_up	sector	-0.0286
wrap_up	see	0.4161
wrap_up	see it	-0.0331
wrap_up	see the	-0.0502
wrap_up	see we	0.401
wrap_up	see you	0.1215
wrap_up	see ~number	-0.0502
wrap_up	seem	-0.0202
wrap_up	semest	-0.0707
wrap_up	send	-0.2851
wrap_up	send over	-0.029
wrap_up	send you	-0.2235
wrap_up	senior	-0.0323
wrap_up	sens	-0.2288
wrap_up	shadow	-0.0763
wrap_up	shall	0.2087
wrap_up	shall we	0.3088
wrap_up	share	-0.1108
wrap_up	share ~number	-0.02
wrap_up	shift	-0.1328
wrap_up	shoot	-0.0281
wrap_up	short	-0.1887
wrap_up	short note	-0.023
wrap_up	short thank	-0.026
wrap_up	short ~talk	-0.0398
wrap_up	should	0.2536
wrap_up	should be	0.0661
wrap_up	should i	-0.1205
wrap_up	should let	0.1774
wrap_up	should talk	-0.0397
wrap_up	should we	0.2328
wrap_up	should ~talk	-0.0627
wrap_up	side	0.1739
wrap_up	side of	-0.0309
wrap_up	sign	0.2017
wrap_up	sign off	0.2017
wrap_up	sinc	-0.1317
wrap_up	sinc we	-0.0407
wrap_up	sinc you	-0.0672
wrap_up	sit	-0.0227
wrap_up	six	-0.0296
wrap_up	six year	-0.0279
wrap_up	six ~duration	-0.0296
wrap_up	skill	-0.0548
wrap_up	so	0.2413
wrap_up	so candid	0.2327
wrap_up	so far	-0.0441
wrap_up	so generous	0.1
wrap_up	so i	0.1418
wrap_up	so it	-0.0726
wrap_up	so just	-0.0423
wrap_up	so let	0.1299
wrap_up	so much	0.1051
wrap_up	so pleas	-0.03
wrap_up	so you	0.3186
wrap_up	so ~want	-0.0546
wrap_up	social	-0.0297
wrap_up	social work	-0.0297
wrap_up	social ~learn	-0.0297
wrap_up	social ~workverb	-0.0297
wrap_up	some	-0.0971
wrap_up	some time	-0.0273
wrap_up	some ~insight	-0.0368
wrap_up	someon	-0.092
wrap_up	someth	-0.063
wrap_up	someth come	-0.0223
wrap_up	sorri	-0.1938
wrap_up	sorri about	-0.0254
wrap_up	sorri for	-0.1132
wrap_up	sound	-0.1081
wrap_up	sound intens	-0.056
wrap_up	speak	-0.0361
wrap_up	speak with	-0.0233
wrap_up	spend	-0.0249
wrap_up	spent	-0.0537
wrap_up	spreadsheet	-0.1603
wrap_up	spring	0.0655
wrap_up	sql	-0.046
wrap_up	squeez	-0.047
wrap_up	squeez me	-0.0358
wrap_up	staff	-0.0469
wrap_up	stage	0.1049
wrap_up	stand	-0.0274
wrap_up	start to	0.1175
wrap_up	stay	-0.18
wrap_up	stay in	-0.0793
wrap_up	stay on	-0.0318
wrap_up	step	-0.0435
wrap_up	still	-0.1949
wrap_up	still have	-0.0525
wrap_up	still ok	-0.0361
wrap_up	stop	0.8091
wrap_up	stop at	-0.0316
wrap_up	stop here	0.1748
wrap_up	stop me	-0.0392
wrap_up	stop there	0.5003
wrap_up	stop ~want	0.1748
wrap_up	stori	-0.0225
wrap_up	straight	-0.0221
wrap_up	struggl	-0.0515
wrap_up	student	-0.0621
wrap_up	studi	-0.0507
wrap_up	such	-0.0913
wrap_up	such a	-0.0891
wrap_up	such ~number	-0.0891
wrap_up	suggest	-0.0581
wrap_up	suggest i	-0.032
wrap_up	suit	-0.0285
wrap_up	summer	-0.0806
wrap_up	super	-0.0264
wrap_up	super busi	-0.0479
wrap_up	super help	0.1083
wrap_up	suppli	-0.0279
wrap_up	suppli chain	-0.0279
wrap_up	sure	0.0291
wrap_up	survey	-0.0403
wrap_up	survey data	-0.028
wrap_up	switch	-0.0969
wrap_up	take	0.398
wrap_up	take care	0.6585
wrap_up	take on	-0.0363
wrap_up	take the	-0.0634
wrap_up	take too	-0.099
wrap_up	take up	-0.0283
wrap_up	take ~number	-0.079
wrap_up	taken	0.1739
wrap_up	taken enough	0.1629
wrap_up	talk	-0.1972
wrap_up	talk to	-0.1413
wrap_up	talk with	-0.029
wrap_up	tax	-0.0384
wrap_up	tax season	-0.0268
wrap_up	teach	-0.0403
wrap_up	team	-0.1488
wrap_up	tell	-0.1715
wrap_up	tell me	-0.0615
wrap_up	tell you	-0.109
wrap_up	ten	-0.0385
wrap_up	ten minut	-0.0257
wrap_up	ten ~limit	-0.0257
wrap_up	ten ~timeunit	-0.0257
wrap_up	term	-0.0564
wrap_up	test	-0.0542
wrap_up	than	-0.1164
wrap_up	than i	0.0315
wrap_up	thank	0.3796
wrap_up	thank a	0.123
wrap_up	thank for	0.1651
wrap_up	thank heap	0.149
wrap_up	thank so	0.1649
wrap_up	thank that	-0.061
wrap_up	thank to	-0.1001
wrap_up	thank you	0.0441
wrap_up	thank ~number	0.1094
wrap_up	that	0.5545
wrap_up	that a	-0.0207
wrap_up	that about	0.3135
wrap_up	that articl	-0.0499
wrap_up	that cover	0.2989
wrap_up	that i	-0.0806
wrap_up	that is	0.8158
wrap_up	that make	-0.1894
wrap_up	that much	-0.0565
wrap_up	that realli	-0.0628
wrap_up	that the	-0.0333
wrap_up	that was	0.1767
wrap_up	that you	-0.0278
wrap_up	that ~insight	-0.0216
wrap_up	that ~number	-0.0577
wrap_up	that ~want	-0.0676
wrap_up	the	-0.3444
wrap_up	the articl	-0.0927
wrap_up	the bootcamp	-0.065
wrap_up	the busi	0.0666
wrap_up	the call	-0.0336
wrap_up	the certif	-0.0286
wrap_up	the clock	-0.1103
wrap_up	the confer	0.116
wrap_up	the counti	-0.0221
wrap_up	the end	0.2013
wrap_up	the fall	0.1703
wrap_up	the favor	-0.0379
wrap_up	the field	-0.0528
wrap_up	the half	-0.0759
wrap_up	the hard	0.1333
wrap_up	the hour	-0.0401
wrap_up	the job	-0.0564
wrap_up	the moment	-0.0212
wrap_up	the most	-0.0254
wrap_up	the name	-0.0324
wrap_up	the night	-0.0941
wrap_up	the point	-0.027
wrap_up	the portfolio	-0.0347
wrap_up	the question	0.3652
wrap_up	the recruit	-0.0262
wrap_up	the rest	0.2198
wrap_up	the same	-0.0393
wrap_up	the spring	0.0854
wrap_up	the time	0.1764
wrap_up	the union	-0.0329
wrap_up	the work	-0.0204
wrap_up	the ~closing	0.1227
wrap_up	the ~contactverb	-0.0365
wrap_up	the ~degree	-0.1538
wrap_up	the ~gatekeeper	-0.0297
wrap_up	the ~job	-0.0689
wrap_up	the ~learn	-0.0206
wrap_up	the ~limit	0.3647
wrap_up	the ~number	-0.1462
wrap_up	the ~org	-0.0367
wrap_up	the ~people	-0.0487
wrap_up	the ~student	-0.0597
wrap_up	the ~talk	-0.04
wrap_up	the ~timeunit	-0.0401
wrap_up	the ~workverb	-0.0204
wrap_up	their	-0.0215
wrap_up	them	-0.0446
wrap_up	then	0.1305
wrap_up	there	0.5465
wrap_up	there a	-0.036
wrap_up	there ani	-0.133
wrap_up	there anyon	-0.0562
wrap_up	there anyth	-0.0746
wrap_up	there for	0.1007
wrap_up	there is	-0.0527
wrap_up	there so	0.1448
wrap_up	there ~number	-0.041
wrap_up	there ~people	-0.077
wrap_up	these	-0.0646
wrap_up	these day	-0.0212
wrap_up	thesi	-0.0202
wrap_up	they	-0.0508
wrap_up	they are	-0.036
wrap_up	thing	0.0846
wrap_up	think	0.5455
wrap_up	think about	-0.1984
wrap_up	think i	0.2739
wrap_up	think of	-0.1312
wrap_up	think that	0.4467
wrap_up	think we	0.2061
wrap_up	thirti	0.2609
wrap_up	thirti minut	0.2645
wrap_up	thirti ~limit	0.2645
wrap_up	thirti ~timeunit	0.2645
wrap_up	this	-0.2842
wrap_up	this and	-0.0588
wrap_up	this call	-0.061
wrap_up	this field	-0.0551
wrap_up	this focus	-0.034
wrap_up	this has	-0.0269
wrap_up	this i	-0.0248
wrap_up	this is	-0.0624
wrap_up	this summer	-0.0351
wrap_up	this thank	0.1218
wrap_up	this to	-0.0706
wrap_up	this was	0.3031
wrap_up	this week	-0.0684
wrap_up	this ~closing	-0.1097
wrap_up	this ~contactverb	-0.061
wrap_up	this ~talk	-0.063
wrap_up	tho	-0.0408
wrap_up	those	0.3412
wrap_up	those are	0.2317
wrap_up	thought	-0.2717
wrap_up	three	-0.0208
wrap_up	through	-0.0985
wrap_up	through a	-0.0434
wrap_up	through ~number	-0.0563
wrap_up	thursday	0.0246
wrap_up	time	-0.1242
wrap_up	time dure	-0.0213
wrap_up	time for	-0.0642
wrap_up	time i	-0.0569
wrap_up	time so	-0.0781
wrap_up	time to	-0.0531
wrap_up	time today	-0.1087
wrap_up	time you	0.2162
wrap_up	to	-0.4105
wrap_up	to a	0.1135
wrap_up	to ask	0.1849
wrap_up	to be	-0.2958
wrap_up	to chat	0.1494
wrap_up	to check	-0.0449
wrap_up	to day	-0.0388
wrap_up	to decid	-0.0209
wrap_up	to do	-0.0236
wrap_up	to final	-0.0366
wrap_up	to follow	0.0485
wrap_up	to get	-0.1117
wrap_up	to give	-0.0216
wrap_up	to go	0.0632
wrap_up	to hear	-0.1309
wrap_up	to help	-0.0529
wrap_up	to hour	-0.0203
wrap_up	to it	0.1518
wrap_up	to jump	0.2686
wrap_up	to keep	0.0776
wrap_up	to learn	-0.0702
wrap_up	to leav	-0.028
wrap_up	to let	0.0766
wrap_up	to make	-0.0282
wrap_up	to me	0.205
wrap_up	to meet	-0.0241
wrap_up	to my	-0.1183
wrap_up	to one	-0.0587
wrap_up	to pick	-0.0219
wrap_up	to run	0.0526
wrap_up	to say	0.1063
wrap_up	to send	0.0634
wrap_up	to stay	-0.0678
wrap_up	to stop	0.2653
wrap_up	to take	-0.1891
wrap_up	to talk	-0.091
wrap_up	to tell	-0.049
wrap_up	to the	-0.1378
wrap_up	to think	-0.1937
wrap_up	to this	-0.0694
wrap_up	to understand	-0.0802
wrap_up	to work	0.0918
wrap_up	to you	-0.0555
wrap_up	to your	0.1993
wrap_up	to ~closing	-0.0388
wrap_up	to ~contactverb	-0.0348
wrap_up	to ~help	-0.1085
wrap_up	to ~insight	-0.1891
wrap_up	to ~learn	-0.1449
wrap_up	to ~limit	-0.0591
wrap_up	to ~number	-0.0844
wrap_up	to ~people	-0.0747
wrap_up	to ~sendverb	0.0272
wrap_up	to ~student	-0.0278
wrap_up	to ~talk	0.1839
wrap_up	to ~timeunit	-0.0203
wrap_up	to ~workverb	0.1444
wrap_up	today	-0.251
wrap_up	today and	-0.0384
wrap_up	today is	-0.0204
wrap_up	tomorrow and	0.0266
wrap_up	ton	0.1281
wrap_up	tonight	-0.2358
wrap_up	tonight and	-0.0443
wrap_up	too	-0.3217
wrap_up	too much	-0.2748
wrap_up	took	-0.0263
wrap_up	tool	-0.0211
wrap_up	total	-0.0654
wrap_up	touch	-0.0988
wrap_up	track	-0.1354
wrap_up	traffic	-0.0275
wrap_up	transfer	-0.0229
wrap_up	travel	0.2723
wrap_up	tri	-0.2775
wrap_up	tri to	-0.2615
wrap_up	truli	0.1034
wrap_up	twelv	-0.0218
wrap_up	twenti	-0.0823
wrap_up	twenti minut	-0.082
wrap_up	twenti ~limit	-0.082
wrap_up	twenti ~timeunit	-0.082
wrap_up	two	-0.087
wrap_up	two year	-0.0283
wrap_up	two ~duration	-0.0346
wrap_up	typic	-0.0826
wrap_up	typic week	-0.045
wrap_up	typic ~closing	-0.0537
wrap_up	understand	-0.1088
wrap_up	understand the	-0.0452
wrap_up	understand what	-0.0206
wrap_up	understand ~number	-0.0452
wrap_up	uni	-0.0439
wrap_up	union	-0.0329
wrap_up	until	-0.0424
wrap_up	up	0.0629
wrap_up	up a	-0.0405
wrap_up	up ani	0.2725
wrap_up	up by	-0.0203
wrap_up	up here	0.2578
wrap_up	up in	-0.0282
wrap_up	up my	-0.0594
wrap_up	up on	-0.0344
wrap_up	up with	0.0599
wrap_up	up your	-0.0226
wrap_up	up ~number	-0.043
wrap_up	up ~want	0.2556
wrap_up	updat	0.2598
wrap_up	updat in	0.089
wrap_up	us	0.1922
wrap_up	us leav	0.1768
wrap_up	use	-0.3134
wrap_up	use to	-0.063
wrap_up	usual	-0.0604
wrap_up	valu	-0.0205
wrap_up	veri clear	-0.1245
wrap_up	veri much	-0.0798
wrap_up	versus	-0.0391
wrap_up	volunt	-0.0351
wrap_up	wait	-0.1072
wrap_up	wait whi	-0.0367
wrap_up	walk	-0.073
wrap_up	walk me	-0.0698
wrap_up	want	0.3399
wrap_up	want to	0.4242
wrap_up	want your	-0.0444
wrap_up	was	0.2128
wrap_up	was hope	-0.0235
wrap_up	was it	-0.0212
wrap_up	was realli	0.0922
wrap_up	was super	0.125
wrap_up	was wonder	-0.0237
wrap_up	was your	-0.0344
wrap_up	was ~number	-0.0246
wrap_up	way	-0.2201
wrap_up	way i	-0.0383
wrap_up	way to	-0.0375
wrap_up	we	0.7217
wrap_up	we agre	-0.0396
wrap_up	we are	0.2868
wrap_up	we can	0.2061
wrap_up	we have	0.0553
wrap_up	we onli	-0.1428
wrap_up	we said	-0.0439
wrap_up	we start	-0.0271
wrap_up	we still	-0.0572
wrap_up	we stop	0.1567
wrap_up	we wrap	0.0647
wrap_up	we ~talk	0.248
wrap_up	weather	-0.0316
wrap_up	week	0.1167
wrap_up	week for	-0.0381
wrap_up	week go	-0.039
wrap_up	week on	-0.0227
wrap_up	week to	0.0442
wrap_up	week with	-0.0567
wrap_up	weekend	0.3023
wrap_up	wei	-0.0525
wrap_up	weird	-0.0485
wrap_up	weird if	-0.0286
wrap_up	well	0.2839
wrap_up	well i	0.1501
wrap_up	went	-0.0405
wrap_up	were	0.0579
wrap_up	what	-0.7622
wrap_up	what a	-0.0287
wrap_up	what are	-0.0398
wrap_up	what do	0.0983
wrap_up	what doe	-0.0615
wrap_up	what i	-0.0481
wrap_up	what is	-0.1446
wrap_up	what made	-0.0203
wrap_up	what should	-0.0203
wrap_up	what skill	-0.0328
wrap_up	what the	-0.0222
wrap_up	what would	-0.0238
wrap_up	what you	-0.0789
wrap_up	what ~help	0.0983
wrap_up	what ~number	-0.0541
wrap_up	what ~want	-0.0238
wrap_up	when	-0.1124
wrap_up	when you	-0.0703
wrap_up	where	-0.1408
wrap_up	where can	-0.0327
wrap_up	where do	-0.0261
wrap_up	where you	-0.0515
wrap_up	where ~help	-0.0261
wrap_up	whether	-0.2019
wrap_up	whether ~number	-0.0925
wrap_up	whether ~student	-0.0248
wrap_up	whi	-0.1693
wrap_up	whi i	-0.0974
wrap_up	which	-0.2863
wrap_up	which is	-0.0284
wrap_up	which ~degree	-0.0908
wrap_up	who	-0.1756
wrap_up	who do	-0.0258
wrap_up	who els	-0.0435
wrap_up	who ~help	-0.0258
wrap_up	wild	-0.0552
wrap_up	will	0.745
wrap_up	will be	-0.139
wrap_up	will connect	-0.0649
wrap_up	will def	-0.0712
wrap_up	will definit	-0.0353
wrap_up	will email	-0.0255
wrap_up	will follow	-0.1106
wrap_up	will jump	-0.065
wrap_up	will keep	-0.2418
wrap_up	will leav	0.2297
wrap_up	will let	0.6342
wrap_up	will not	0.4957
wrap_up	will report	-0.0808
wrap_up	will send	-0.1889
wrap_up	will sign	0.2017
wrap_up	will stop	0.3082
wrap_up	will tri	-0.1556
wrap_up	will wrap	0.576
wrap_up	will write	-0.0656
wrap_up	will ~contactverb	-0.1271
wrap_up	will ~sendverb	-0.2135
wrap_up	will ~talk	-0.1197
wrap_up	will ~want	-0.0906
wrap_up	wise	-0.0429
wrap_up	wish	0.3775
wrap_up	wish you	0.3853
wrap_up	with	-0.0772
wrap_up	with a	-0.0633
wrap_up	with an	0.1707
wrap_up	with anyth	-0.045
wrap_up	with me	-0.1155
wrap_up	with my	-0.0393
wrap_up	with the	0.117
wrap_up	with this	0.1366
wrap_up	with you	-0.0351
wrap_up	with your	0.2027
wrap_up	with ~number	0.2192
wrap_up	wonder	-0.0241
wrap_up	work	-0.2212
wrap_up	work in	-0.0293
wrap_up	work is	-0.0362
wrap_up	work on	-0.02
wrap_up	worri	-0.0669
wrap_up	worri about	-0.0493
wrap_up	worth	-0.115
wrap_up	worth it	-0.0565
wrap_up	would	-0.2768
wrap_up	would ever	0.1174
wrap_up	would know	0.1349
wrap_up	would like	-0.0213
wrap_up	would love	-0.1033
wrap_up	would prepar	0.1084
wrap_up	would realli	-0.044
wrap_up	would recommend	-0.0495
wrap_up	would suggest	-0.034
wrap_up	would you	-0.1598
wrap_up	would ~learn	0.1262
wrap_up	wow	-0.0799
wrap_up	wow i	-0.0342
wrap_up	wow it	0.0473
wrap_up	wow ok	-0.0754
wrap_up	wrap	0.6101
wrap_up	wrap here	0.233
wrap_up	wrap up	0.3918
wrap_up	wrap ~want	0.233
wrap_up	write	-0.1439
wrap_up	write up	-0.0775
wrap_up	write you	-0.0291
wrap_up	wrote	-0.0284
wrap_up	yeah	-0.2168
wrap_up	year	-0.2721
wrap_up	year ago	-0.023
wrap_up	year and	-0.0267
wrap_up	yes	-0.056
wrap_up	yet	-0.0698
wrap_up	you	-0.4081
wrap_up	you a	0.1064
wrap_up	you again	0.2251
wrap_up	you agre	-0.0259
wrap_up	you an	-0.0361
wrap_up	you and	0.0421
wrap_up	you ani	0.2067
wrap_up	you be	-0.0565
wrap_up	you can	0.3236
wrap_up	you carv	-0.0623
wrap_up	you could	-0.0417
wrap_up	you decid	-0.0366
wrap_up	you do	-0.0423
wrap_up	you email	-0.0239
wrap_up	you ever	-0.0694
wrap_up	you for	-0.2857
wrap_up	you gave	-0.0396
wrap_up	you get	0.3926
wrap_up	you give	-0.0593
wrap_up	you go	0.7409
wrap_up	you guy	-0.0416
wrap_up	you had	0.0852
wrap_up	you have	-0.0457
wrap_up	you hear	-0.0258
wrap_up	you how	-0.0941
wrap_up	you i	0.0934
wrap_up	you if	-0.0633
wrap_up	you in	-0.0403
wrap_up	you just	0.0292
wrap_up	you know	-0.303
wrap_up	you like	-0.0545
wrap_up	you long	0.132
wrap_up	you made	-0.0284
wrap_up	you mayb	0.0758
wrap_up	you mention	0.0804
wrap_up	you need	-0.0918
wrap_up	you note	-0.0908
wrap_up	you on	0.0322
wrap_up	you onc	0.0519
wrap_up	you onli	-0.0337
wrap_up	you out	-0.0234
wrap_up	you past	-0.0503
wrap_up	you post	-0.0989
wrap_up	you recommend	-0.0468
wrap_up	you said	-0.0938
wrap_up	you so	0.0619
wrap_up	you stay	-0.0352
wrap_up	you suggest	-0.0201
wrap_up	you take	-0.0244
wrap_up	you thank	0.1638
wrap_up	you that	-0.1829
wrap_up	you the	-0.0239
wrap_up	you think	-0.1716
wrap_up	you this	0.2947
wrap_up	you to	0.025
wrap_up	you too	-0.0277
wrap_up	you veri	-0.0576
wrap_up	you walk	-0.0339
wrap_up	you want	0.2606
wrap_up	you were	-0.0314
wrap_up	you wish	0.1122
wrap_up	you ~contactverb	-0.026
wrap_up	you ~help	-0.0376
wrap_up	you ~hiring	-0.0374
wrap_up	you ~later	0.1196
wrap_up	you ~learn	0.031
wrap_up	you ~number	0.0465
wrap_up	you ~sendverb	-0.0344
wrap_up	you ~studyverb	-0.0407
wrap_up	you ~talk	-0.0322
wrap_up	you ~want	0.1969
wrap_up	you ~workverb	-0.0231
wrap_up	your	-0.0893
wrap_up	your advic	0.0401
wrap_up	your afternoon	0.1392
wrap_up	your app	-0.024
wrap_up	your brain	-0.0204
wrap_up	your calendar	0.193
wrap_up	your colleagu	-0.0675
wrap_up	your compani	-0.0343
wrap_up	your day	0.1616
wrap_up	your depart	-0.0202
wrap_up	your end	-0.0203
wrap_up	your evening	-0.0343
wrap_up	your firm	-0.0242
wrap_up	your honest	-0.0376
wrap_up	your lunch	-0.0556
wrap_up	your next	0.2236
wrap_up	your path	-0.0228
wrap_up	your patient	0.0333
wrap_up	your perspect	-0.029
wrap_up	your schedul	-0.0364
wrap_up	your side	-0.0255
wrap_up	your team	-0.1223
wrap_up	your time	-0.1923
wrap_up	your week	0.2126
wrap_up	your work	-0.0207
wrap_up	your ~closing	0.4803
wrap_up	your ~job	-0.021
wrap_up	your ~learn	-0.0219
wrap_up	your ~limit	0.1236
wrap_up	your ~org	-0.2625
wrap_up	your ~people	-0.0719
wrap_up	your ~student	-0.0258
wrap_up	your ~workverb	-0.0207
wrap_up	yourself	0.0661
wrap_up	~application	-0.09
wrap_up	~application to	-0.021
wrap_up	~closing	0.6879
wrap_up	~closing and	0.1332
wrap_up	~closing for	-0.0381
wrap_up	~closing go	-0.039
wrap_up	~closing is	-0.0506
wrap_up	~closing look	-0.027
wrap_up	~closing of	0.3679
wrap_up	~closing on	-0.0227
wrap_up	~closing shift	-0.0805
wrap_up	~closing thank	0.1044
wrap_up	~contactverb	-0.1182
wrap_up	~contactverb it	0.3478
wrap_up	~contactverb later	0.0738
wrap_up	~contactverb next	-0.0343
wrap_up	~contactverb on	-0.0204
wrap_up	~contactverb out	-0.0423
wrap_up	~contactverb tonight	-0.0977
wrap_up	~contactverb up	-0.0775
wrap_up	~contactverb with	-0.0351
wrap_up	~contactverb you	-0.0867
wrap_up	~degree	-0.6413
wrap_up	~degree at	-0.0265
wrap_up	~degree goe	-0.0422
wrap_up	~degree i	-0.0867
wrap_up	~degree in	-0.1421
wrap_up	~degree is	-0.0254
wrap_up	~degree program	-0.0396
wrap_up	~duration	-0.3041
wrap_up	~duration ago	-0.023
wrap_up	~duration and	-0.0267
wrap_up	~duration in	-0.0249
wrap_up	~gatekeeper	-0.195
wrap_up	~gatekeeper at	-0.0213
wrap_up	~help	-0.4945
wrap_up	~help an	-0.0633
wrap_up	~help me	-0.0863
wrap_up	~help not	0.261
wrap_up	~help peopl	-0.0351
wrap_up	~help the	0.0786
wrap_up	~help to	-0.0599
wrap_up	~help with	-0.0767
wrap_up	~hiring	-0.1944
wrap_up	~hiring the	-0.0557
wrap_up	~insight	-0.1108
wrap_up	~insight a	-0.0412
wrap_up	~insight about	-0.0205
wrap_up	~insight care	0.6585
wrap_up	~insight from	-0.0346
wrap_up	~insight on	-0.0861
wrap_up	~insight to	-0.0237
wrap_up	~insight too	-0.099
wrap_up	~insight up	-0.0246
wrap_up	~job	-0.4409
wrap_up	~job i	0.0483
wrap_up	~job in	-0.0215
wrap_up	~later	0.1797
wrap_up	~later and	0.111
wrap_up	~later for	-0.0745
wrap_up	~later i	-0.0494
wrap_up	~later if	-0.1075
wrap_up	~later in	-0.0201
wrap_up	~later this	0.0625
wrap_up	~later today	-0.0233
wrap_up	~learn	-0.3432
wrap_up	~learn a	-0.0351
wrap_up	~learn about	-0.0282
wrap_up	~learn at	0.1303
wrap_up	~learn back	0.3021
wrap_up	~learn for	-0.0298
wrap_up	~learn how	-0.0264
wrap_up	~learn i	-0.0366
wrap_up	~learn if	-0.1241
wrap_up	~learn is	-0.0368
wrap_up	~learn it	-0.1023
wrap_up	~learn me	-0.0329
wrap_up	~learn more	-0.0379
wrap_up	~learn my	-0.0769
wrap_up	~learn on	0.0812
wrap_up	~learn one	-0.0254
wrap_up	~learn out	-0.0611
wrap_up	~learn that	-0.0442
wrap_up	~learn the	-0.1016
wrap_up	~learn this	-0.036
wrap_up	~learn to	0.071
wrap_up	~learn we	0.274
wrap_up	~learn what	-0.1354
wrap_up	~learn whether	-0.0899
wrap_up	~learn which	-0.0848
wrap_up	~learn you	0.1565
wrap_up	~learn your	-0.0233
wrap_up	~limit	0.0272
wrap_up	~limit and	-0.0253
wrap_up	~limit break	-0.0945
wrap_up	~limit do	0.2605
wrap_up	~limit dure	-0.0213
wrap_up	~limit flew	0.0666
wrap_up	~limit for	-0.0946
wrap_up	~limit i	0.082
wrap_up	~limit is	0.1268
wrap_up	~limit left	-0.1197
wrap_up	~limit next	0.1847
wrap_up	~limit or	-0.0302
wrap_up	~limit so	-0.2541
wrap_up	~limit thank	0.1044
wrap_up	~limit to	-0.0919
wrap_up	~limit today	-0.115
wrap_up	~limit we	0.1272
wrap_up	~limit you	0.2158
wrap_up	~number	-0.6103
wrap_up	~number an	-0.0501
wrap_up	~number armi	-0.024
wrap_up	~number articl	-0.0927
wrap_up	~number bachelor	-0.0598
wrap_up	~number bit	-0.057
wrap_up	~number bootcamp	-0.0684
wrap_up	~number busi	0.0666
wrap_up	~number call	-0.0336
wrap_up	~number career	-0.0471
wrap_up	~number certif	-0.0312
wrap_up	~number clock	-0.1103
wrap_up	~number close	0.1272
wrap_up	~number confer	0.1116
wrap_up	~number counti	-0.0221
wrap_up	~number coupl	-0.0766
wrap_up	~number cs	-0.0487
wrap_up	~number deadlin	-0.0629
wrap_up	~number degre	-0.0258
wrap_up	~number email	-0.0348
wrap_up	~number end	0.2013
wrap_up	~number exhibit	-0.0358
wrap_up	~number extra	0.1065
wrap_up	~number eye	-0.0297
wrap_up	~number fall	0.1703
wrap_up	~number favor	-0.0379
wrap_up	~number few	-0.0773
wrap_up	~number field	-0.055
wrap_up	~number good	0.4148
wrap_up	~number great	0.0891
wrap_up	~number half	-0.0759
wrap_up	~number hand	-0.0353
wrap_up	~number hard	0.1017
wrap_up	~number hour	-0.1861
wrap_up	~number internship	-0.0258
wrap_up	~number junior	-0.0247
wrap_up	~number last	0.1126
wrap_up	~number line	-0.0434
wrap_up	~number link	-0.0258
wrap_up	~number long	-0.0285
wrap_up	~number lot	0.0204
wrap_up	~number love	0.2998
wrap_up	~number lunch	0.1853
wrap_up	~number master	-0.0339
wrap_up	~number million	-0.0411
wrap_up	~number minut	-0.0316
wrap_up	~number moment	-0.0212
wrap_up	~number more	-0.1716
wrap_up	~number most	-0.0254
wrap_up	~number name	-0.0418
wrap_up	~number nice	0.0224
wrap_up	~number night	-0.0997
wrap_up	~number note	0.0482
wrap_up	~number of	-0.0252
wrap_up	~number on	-0.0274
wrap_up	~number pack	0.0887
wrap_up	~number paraleg	-0.0267
wrap_up	~number part	-0.0319
wrap_up	~number past	-0.0482
wrap_up	~number path	-0.0228
wrap_up	~number point	-0.027
wrap_up	~number polici	-0.0206
wrap_up	~number portfolio	-0.0371
wrap_up	~number posit	-0.0296
wrap_up	~number program	-0.0256
wrap_up	~number project	-0.048
wrap_up	~number proper	0.0257
wrap_up	~number quarter	0.0347
wrap_up	~number question	0.3496
wrap_up	~number quick	-0.0749
wrap_up	~number realli	-0.0929
wrap_up	~number recruit	-0.0271
wrap_up	~number referr	-0.0308
wrap_up	~number rest	0.2198
wrap_up	~number role	-0.0216
wrap_up	~number same	-0.0393
wrap_up	~number second	-0.0286
wrap_up	~number shall	-0.0429
wrap_up	~number spring	0.0845
wrap_up	~number student	-0.0243
wrap_up	~number thank	-0.0787
wrap_up	~number time	0.2519
wrap_up	~number ton	0.1281
wrap_up	~number typic	-0.0714
wrap_up	~number union	-0.0329
wrap_up	~number updat	0.1707
wrap_up	~number week	-0.0419
wrap_up	~number work	-0.0227
wrap_up	~number year	-0.0764
wrap_up	~org	-0.3565
wrap_up	~org and	-0.0238
wrap_up	~org ever	-0.0203
wrap_up	~org is	-0.0202
wrap_up	~org of	-0.032
wrap_up	~org to	0.0209
wrap_up	~people	-0.4112
wrap_up	~people at	-0.0364
wrap_up	~people do	-0.0278
wrap_up	~people els	-0.1157
wrap_up	~people i	-0.0407
wrap_up	~people in	-0.0605
wrap_up	~people last	0.1279
wrap_up	~people more	-0.089
wrap_up	~people of	-0.0438
wrap_up	~people who	-0.0462
wrap_up	~people you	-0.0293
wrap_up	~sendverb	-0.4974
wrap_up	~sendverb later	0.0738
wrap_up	~sendverb my	-0.0336
wrap_up	~sendverb next	-0.0343
wrap_up	~sendverb over	-0.029
wrap_up	~sendverb so	-0.0675
wrap_up	~sendverb tonight	-0.0977
wrap_up	~sendverb you	-0.2364
wrap_up	~student	-0.708
wrap_up	~student and	-0.0798
wrap_up	~student associ	-0.0288
wrap_up	~student at	-0.0552
wrap_up	~student for	-0.0269
wrap_up	~student in	-0.0216
wrap_up	~student school	-0.022
wrap_up	~student work	-0.0305
wrap_up	~studyverb	-0.5129
wrap_up	~studyverb a	-0.0553
wrap_up	~studyverb in	-0.0206
wrap_up	~studyverb my	-0.0319
wrap_up	~studyverb not	0.1143
wrap_up	~studyverb that	-0.055
wrap_up	~studyverb the	-0.1095
wrap_up	~studyverb this	-0.0277
wrap_up	~studyverb you	-0.125
wrap_up	~talk	-0.0984
wrap_up	~talk at	0.0791
wrap_up	~talk for	-0.027
wrap_up	~talk i	-0.0477
wrap_up	~talk it	0.3478
wrap_up	~talk later	0.0738
wrap_up	~talk next	-0.0343
wrap_up	~talk on	-0.0477
wrap_up	~talk one	-0.0265
wrap_up	~talk out	-0.0522
wrap_up	~talk so	0.0238
wrap_up	~talk to	-0.1662
wrap_up	~talk tonight	-0.0977
wrap_up	~talk with	-0.1822
wrap_up	~talk you	-0.0927
wrap_up	~timeunit	-0.3883
wrap_up	~timeunit and	0.0614
wrap_up	~timeunit are	-0.0361
wrap_up	~timeunit do	0.27
wrap_up	~timeunit for	-0.0304
wrap_up	~timeunit i	0.133
wrap_up	~timeunit left	-0.1197
wrap_up	~timeunit mark	-0.1013
wrap_up	~timeunit or	-0.0217
wrap_up	~timeunit so	-0.19
wrap_up	~timeunit we	-0.0386
wrap_up	~want	-0.0886
wrap_up	~want a	-0.0414
wrap_up	~want about	-0.0268
wrap_up	~want all	0.105
wrap_up	~want appreci	0.0951
wrap_up	~want ask	-0.0304
wrap_up	~want check	-0.021
wrap_up	~want do	-0.0218
wrap_up	~want enjoy	0.1365
wrap_up	~want ever	0.1174
wrap_up	~want for	-0.0751
wrap_up	~want from	-0.0206
wrap_up	~want gather	-0.0439
wrap_up	~want help	0.0468
wrap_up	~want hope	0.0472
wrap_up	~want i	-0.1192
wrap_up	~want in	-0.0815
wrap_up	~want it	0.3049
wrap_up	~want just	-0.0406
wrap_up	~want kind	-0.0968
wrap_up	~want know	0.1294
wrap_up	~want like	-0.0291
wrap_up	~want love	-0.1055
wrap_up	~want prepar	0.1084
wrap_up	~want realli	-0.046
wrap_up	~want reassur	-0.047
wrap_up	~want recommend	-0.0495
wrap_up	~want say	0.0496
wrap_up	~want so	-0.024
wrap_up	~want suggest	-0.034
wrap_up	~want thank	0.1189
wrap_up	~want the	-0.1178
wrap_up	~want this	-0.0877
wrap_up	~want to	0.1135
wrap_up	~want use	-0.0392
wrap_up	~want want	0.032
wrap_up	~want you	-0.0582
wrap_up	~want your	-0.0846
wrap_up	~workverb	-0.4624
wrap_up	~workverb a	-0.034
wrap_up	~workverb at	-0.0225
wrap_up	~workverb in	-0.035
wrap_up	~workverb is	-0.0362
wrap_up	~workverb over	-0.0285
thanks	*	-1.7095
thanks	3	-0.0203
thanks	3 30	-0.0207
thanks	3 ~number	-0.0207
thanks	30	-0.0344
thanks	30 ~limit	-0.0289
thanks	6	-0.0249
thanks	?	-1.4221
thanks	^ah	0.0603
thanks	^alright	-0.0745
thanks	^also	0.0999
thanks	^and	0.0809
thanks	^ani	-0.0552
thanks	^anyway	0.1216
thanks	^appreci	0.3413
thanks	^are	-0.2176
thanks	^befor	0.0609
thanks	^bye	0.0731
thanks	^can	-0.0556
thanks	^cheer	0.4995
thanks	^cool	0.0969
thanks	^could	-0.1239
thanks	^did	0.1118
thanks	^do	-0.0763
thanks	^good	0.0395
thanks	^gosh	-0.0471
thanks	^got	-0.0454
thanks	^great	0.0465
thanks	^happi	-0.0298
thanks	^have	0.1412
thanks	^hey	0.055
thanks	^hi	0.0752
thanks	^honest	0.0423
thanks	^how	-0.3721
thanks	^huh	0.0593
thanks	^i	-0.3582
thanks	^if	-0.126
thanks	^is	-0.3812
thanks	^just	-0.0364
thanks	^let	-0.1397
thanks	^like	-0.0219
thanks	^love	-0.0306
thanks	^mani	0.0531
thanks	^may	0.0533
thanks	^mind	-0.0347
thanks	^my	-0.0965
thanks	^no	-0.1487
thanks	^oh	-0.097
thanks	^ok	-0.0318
thanks	^omg	-0.0436
thanks	^patel	0.0324
thanks	^pleas	-0.0296
thanks	^quick	-0.0213
thanks	^realli	0.0702
thanks	^should	-0.0511
thanks	^sinc	-0.0237
thanks	^sorri	-0.1227
thanks	^tell	-0.0476
thanks	^thank	2.0361
thanks	^that	-0.2069
thanks	^this	0.1767
thanks	^total	-0.0371
thanks	^wait	-0.0892
thanks	^walk	-0.023
thanks	^was	-0.0227
thanks	^we	-0.0462
thanks	^well	0.2192
thanks	^what	-0.4768
thanks	^where	-0.0496
thanks	^whi	-0.0206
thanks	^which	-0.1013
thanks	^who	-0.0603
thanks	^would	-0.1497
thanks	a	-0.4203
thanks	a beginn	-0.0215
thanks	a big	-0.0524
thanks	a career	-0.1332
thanks	a chemistri	-0.0621
thanks	a coupl	-0.0437
thanks	a few	-0.0546
thanks	a good	0.1209
thanks	a great	-0.0683
thanks	a hand	0.0601
thanks	a junior	0.0271
thanks	a line	0.0918
thanks	a long	0.0398
thanks	a lot	0.102
thanks	a love	-0.0226
thanks	a master	-0.0221
thanks	a million	0.1585
thanks	a move	0.0296
thanks	a nice	-0.0319
thanks	a normal	-0.0273
thanks	a note	0.0902
thanks	a pack	0.1266
thanks	a posit	-0.0266
thanks	a project	-0.0216
thanks	a proper	0.0678
thanks	a quick	-0.0764
thanks	a recent	0.0402
thanks	a referr	-0.0289
thanks	a shall	0.0368
thanks	a short	0.0891
thanks	a thank	-0.1282
thanks	a ton	0.1276
thanks	a typic	-0.0581
thanks	a ~degree	-0.0663
thanks	a ~job	-0.0574
thanks	a ~number	-0.0984
thanks	a ~student	-0.0679
thanks	about	-0.2365
thanks	about a	-0.0367
thanks	about me	-0.0208
thanks	about the	0.0848
thanks	about your	-0.0324
thanks	academia	-0.0272
thanks	account	-0.0584
thanks	actual	-0.0266
thanks	actual like	-0.0228
thanks	actual ~learn	0.0492
thanks	add	0.0301
thanks	add you	0.0301
thanks	advic	0.1488
thanks	advic on	-0.0324
thanks	advic you	0.0624
thanks	after	-0.197
thanks	after a	-0.0293
thanks	after my	0.0686
thanks	after the	0.0291
thanks	after this	-0.1032
thanks	afternoon	0.2342
thanks	again	0.4171
thanks	again and	0.0846
thanks	again for	0.1378
thanks	again i	0.0383
thanks	again onc	-0.0206
thanks	agenc	0.0929
thanks	agre	0.4366
thanks	agre on	0.0203
thanks	agre to	0.4582
thanks	ah	0.0603
thanks	all	0.3832
thanks	all day	-0.0325
thanks	all i	0.1988
thanks	all my	-0.1004
thanks	all of	0.132
thanks	all right	-0.0302
thanks	all the	0.0216
thanks	all this	0.0337
thanks	all ~closing	-0.0325
thanks	all ~limit	-0.0325
thanks	all ~number	0.0216
thanks	almost	-0.056
thanks	along	-0.0452
thanks	alreadi	-0.0872
thanks	alright	-0.0881
thanks	alright i	-0.024
thanks	also	0.0336
thanks	also is	0.0999
thanks	am	0.0777
thanks	am a	0.0483
thanks	am appli	-0.0323
thanks	am conscious	-0.0222
thanks	am curious	-0.0256
thanks	am explor	0.036
thanks	am go	-0.0359
thanks	am in	0.062
thanks	am just	-0.027
thanks	am not	-0.0531
thanks	am priya	-0.0272
thanks	am realli	-0.0428
thanks	am tri	-0.0369
thanks	am veri	0.0636
thanks	am ~number	0.0369
thanks	am ~studyverb	-0.0579
thanks	am ~want	-0.1545
thanks	an	-0.1681
thanks	an hour	-0.0214
thanks	an intro	0.0285
thanks	an ~limit	-0.0214
thanks	an ~talk	-0.0245
thanks	an ~timeunit	-0.0214
thanks	analyst	-0.0577
thanks	analyst ~job	-0.0345
thanks	analyt	-0.0286
thanks	and	0.1501
thanks	and for	0.066
thanks	and if	0.0757
thanks	and mention	0.026
thanks	and tell	-0.0284
thanks	and thank	0.3579
thanks	and ~contactverb	0.029
thanks	and ~learn	-0.0223
thanks	and ~sendverb	0.0349
thanks	and ~talk	0.0293
thanks	ani	-0.1576
thanks	ani book	-0.0233
thanks	ani chanc	0.0562
thanks	ani more	0.0532
thanks	ani way	-0.0326
thanks	ani ~student	-0.0442
thanks	anoth	-0.0304
thanks	anyon	0.0385
thanks	anyon els	0.0984
thanks	anyth	-0.0646
thanks	anyth i	0.0619
thanks	anyth you	-0.0256
thanks	anyway	0.1216
thanks	anyway i	0.1216
thanks	app	-0.0445
thanks	appli	-0.0434
thanks	appli to	-0.0529
thanks	applic	-0.0211
thanks	appreci	1.6724
thanks	appreci it	0.5621
thanks	appreci you	0.6554
thanks	are	-0.2364
thanks	are not	-0.038
thanks	are squeez	-0.0267
thanks	are there	-0.1229
thanks	are work	0.0218
thanks	are you	-0.1096
thanks	are ~hiring	0.1005
thanks	articl	-0.1671
thanks	articl i	-0.0683
thanks	articl on	-0.0256
thanks	as	-0.0969
thanks	as a	-0.0529
thanks	as ~number	-0.0582
thanks	as ~people	0.0329
thanks	ask	-0.1413
thanks	ask for	-0.0313
thanks	assign	0.0559
thanks	associ	-0.0446
thanks	associ you	-0.0214
thanks	at	-0.3222
thanks	at rutger	0.0443
thanks	at that	-0.0338
thanks	at the	-0.0726
thanks	at your	-0.0242
thanks	at ~number	-0.0811
thanks	audit	-0.0229
thanks	awar	-0.0367
thanks	back	0.2578
thanks	back after	-0.0297
thanks	back to	0.1042
thanks	back ~want	-0.0297
thanks	background	-0.0418
thanks	bank	-0.0373
thanks	be	-0.0743
thanks	be a	-0.0257
thanks	be glad	-0.0218
thanks	be mind	-0.0234
thanks	be ok	0.1677
thanks	be open	-0.0206
thanks	be quick	-0.0742
thanks	be realli	-0.0413
thanks	be so	0.2246
thanks	be use	-0.026
thanks	be weird	-0.0242
thanks	be will	-0.0201
thanks	be ~help	-0.026
thanks	be ~number	-0.0297
thanks	be ~want	-0.0413
thanks	becaus	-0.0343
thanks	been	0.021
thanks	been a	0.0541
thanks	been do	-0.0233
thanks	been the	0.0514
thanks	been ~number	0.1054
thanks	been ~studyverb	-0.0264
thanks	befor	-0.0565
thanks	befor i	0.0667
thanks	befor that	-0.0452
thanks	befor we	-0.0311
thanks	beginn	-0.0364
thanks	best	-0.0602
thanks	better	-0.0413
thanks	between	0.0769
thanks	between meet	0.134
thanks	beyond	-0.064
thanks	beyond the	-0.0341
thanks	beyond ~number	-0.0341
thanks	big	-0.0634
thanks	biggest	-0.0313
thanks	book	-0.0647
thanks	book or	-0.027
thanks	bootcamp grad	0.0408
thanks	bootcamp ~student	0.0408
thanks	break	0.1197
thanks	break for	0.0519
thanks	break so	-0.044
thanks	brilliant	0.921
thanks	brutal	-0.0285
thanks	build	-0.0445
thanks	busi	0.1352
thanks	busi so	0.1253
thanks	but	0.1338
thanks	but how	0.0467
thanks	but i	-0.0228
thanks	but would	0.1473
thanks	but ~want	0.1473
thanks	by	0.0219
thanks	bye	0.0278
thanks	calendar	0.0281
thanks	calendar is	0.0231
thanks	call	-0.0464
thanks	call it	-0.0427
thanks	can	-0.1632
thanks	can be	-0.0207
thanks	can do	0.1043
thanks	can get	-0.0344
thanks	can help	-0.0359
thanks	can i	0.0338
thanks	can you	-0.0448
thanks	can ~help	0.0571
thanks	can ~learn	-0.0518
thanks	candid	0.204
thanks	candid about	0.2028
thanks	card	-0.0253
thanks	care	0.0601
thanks	career	-0.1956
thanks	carv	0.0639
thanks	carv out	0.0639
thanks	case	0.0717
thanks	case studi	0.0851
thanks	case ~studyverb	0.0851
thanks	cert	0.1109
thanks	certif	-0.0447
thanks	chain	0.0218
thanks	chanc	0.0483
thanks	chanc you	0.086
thanks	chang	-0.0605
thanks	chat	-0.0304
thanks	chat with	-0.0323
thanks	check	-0.0432
thanks	cheer	0.7223
thanks	cheer for	0.5955
thanks	cheer realli	0.0486
thanks	cheer ~want	0.0486
thanks	chemistri	-0.0314
thanks	chemistri teacher	-0.0611
thanks	chemistri ~student	-0.0648
thanks	choos	-0.0208
thanks	clean	-0.0216
thanks	clear	-0.0478
thanks	client	-0.0485
thanks	clinic	-0.0477
thanks	clinic ~learn	-0.0224
thanks	close	-0.0442
thanks	coach	-0.1115
thanks	coffe	-0.1003
thanks	colleagu	-0.0296
thanks	colleg	-0.0407
thanks	come	-0.0455
thanks	come up	-0.0583
thanks	comfort	-0.0991
thanks	communiti	-0.0483
thanks	communiti colleg	-0.0206
thanks	compani	-0.0494
thanks	confer	0.0698
thanks	confer you	0.0556
thanks	connect	-0.0706
thanks	connect me	-0.0236
thanks	connect with	-0.0209
thanks	conscious	-0.0349
thanks	consid	-0.0321
thanks	consult	-0.0421
thanks	contact	-0.0214
thanks	context	-0.0573
thanks	convers	0.1124
thanks	convers i	0.0975
thanks	cook	-0.0265
thanks	cool	0.0943
thanks	cool cool	0.0388
thanks	cool i	-0.0728
thanks	could	-0.0668
thanks	could i	-0.0331
thanks	could make	0.2273
thanks	could you	-0.116
thanks	could ~sendverb	-0.0244
thanks	count	-0.02
thanks	coupl	-0.0437
thanks	cours	-0.0613
thanks	credit	-0.0228
thanks	critic	0.0836
thanks	critic care	0.0836
thanks	cultur	-0.0209
thanks	curious	-0.0453
thanks	current	-0.0286
thanks	dana	0.0333
thanks	data	-0.1157
thanks	data analyst	0.0368
thanks	data scienc	-0.0745
thanks	day	-0.1138
thanks	day and	-0.0272
thanks	decid	-0.0541
thanks	decid between	-0.0307
thanks	def	-0.1125
thanks	definit	-0.0379
thanks	degre	-0.0517
thanks	depart	-0.0284
thanks	describ	-0.0212
thanks	design	-0.1191
thanks	dev	0.0398
thanks	develop	-0.0354
thanks	did	-0.0647
thanks	did not	-0.0311
thanks	did that	-0.0451
thanks	did the	0.2208
thanks	did you	-0.1354
thanks	did ~number	0.2158
thanks	differ	-0.0555
thanks	difficult	-0.0411
thanks	direct	0.0275
thanks	do	-0.3695
thanks	do for	0.1084
thanks	do hire	-0.0211
thanks	do peopl	-0.0305
thanks	do this	0.0456
thanks	do you	-0.2293
thanks	do ~gatekeeper	-0.0211
thanks	do ~hiring	-0.0211
thanks	do ~number	-0.043
thanks	do ~people	-0.0305
thanks	doe	-0.1681
thanks	doe a	-0.0421
thanks	doe it	-0.0694
thanks	doe the	-0.0231
thanks	doe your	-0.0413
thanks	doe ~number	-0.0652
thanks	done	-0.0515
thanks	done the	-0.0202
thanks	done ~number	-0.0217
thanks	down	-0.0782
thanks	downsid	0.1581
thanks	dr	0.044
thanks	draft	0.0882
thanks	drop	0.0516
thanks	drop you	0.0545
thanks	dure	0.0244
thanks	dure ~number	0.0219
thanks	earli	0.034
thanks	easi	-0.0231
thanks	easi to	-0.0231
thanks	eat	-0.0452
thanks	eat into	-0.0228
thanks	els	0.0783
thanks	els in	0.0233
thanks	els would	-0.0203
thanks	els you	0.1
thanks	els ~want	-0.0203
thanks	email later	0.0871
thanks	email tonight	-0.087
thanks	email you	-0.0567
thanks	email ~later	0.0871
thanks	end	0.0595
thanks	end of	-0.0212
thanks	end up	-0.094
thanks	engin	-0.0712
thanks	enough of	-0.0689
thanks	especi	0.0623
thanks	evening	-0.0419
thanks	event	-0.0201
thanks	ever	-0.0959
thanks	ever anyth	-0.0264
thanks	ever need	0.0416
thanks	ever ~help	-0.0201
thanks	everyth	0.1173
thanks	everyth i	0.0344
thanks	everyth on	-0.072
thanks	exam	-0.0207
thanks	expect	-0.0301
thanks	experi	-0.0237
thanks	explain	0.1418
thanks	explor	0.0286
thanks	eye	-0.0295
thanks	eye on	-0.0295
thanks	fair	-0.0317
thanks	famili	-0.0305
thanks	far	-0.0217
thanks	favor	-0.0241
thanks	feel	-0.0295
thanks	few	-0.0625
thanks	few ~duration	-0.0205
thanks	field	-0.19
thanks	field from	0.0373
thanks	figur	-0.0764
thanks	figur out	-0.0732
thanks	finish	-0.1628
thanks	finish a	-0.0433
thanks	finish my	-0.0222
thanks	finish the	-0.0324
thanks	finish ~number	-0.0757
thanks	fire	0.0596
thanks	firm	-0.0544
thanks	fit	0.1894
thanks	fit me	0.2112
thanks	five	-0.0241
thanks	flew	0.0237
thanks	focus	-0.0418
thanks	for	0.9414
thanks	for a	-0.1143
thanks	for agre	0.1774
thanks	for all	0.2347
thanks	for an	-0.0325
thanks	for ani	-0.0288
thanks	for be	0.0645
thanks	for data	-0.0234
thanks	for explain	0.1524
thanks	for fit	0.2199
thanks	for hop	0.055
thanks	for make	0.0432
thanks	for me	-0.0577
thanks	for now	-0.0417
thanks	for squeez	0.0472
thanks	for stay	0.0582
thanks	for take	0.061
thanks	for that	0.3116
thanks	for the	0.0321
thanks	for this	0.2364
thanks	for today	-0.111
thanks	for ~hiring	0.0532
thanks	for ~number	-0.1275
thanks	for ~people	-0.034
thanks	for ~studyverb	0.0803
thanks	for ~talk	0.0614
thanks	formal	-0.0218
thanks	forti	0.0361
thanks	found	-0.1391
thanks	freelanc	-0.0353
thanks	from	-0.2311
thanks	from me	-0.1324
thanks	from my	-0.0441
thanks	from someon	0.0348
thanks	from the	0.1029
thanks	from ~number	0.0891
thanks	from ~people	0.0292
thanks	full	0.042
thanks	further	-0.0238
thanks	gain	0.0338
thanks	gather	-0.0328
thanks	gather inform	-0.0214
thanks	gather ~insight	-0.0328
thanks	gave	0.0892
thanks	gave me	0.0892
thanks	generous	0.0673
thanks	genuin	0.1794
thanks	genuin ~want	0.0271
thanks	get	-0.0396
thanks	get assign	0.0569
thanks	get back	0.1746
thanks	get into	-0.0241
thanks	get on	-0.0599
thanks	get to	-0.0208
thanks	get ~number	-0.026
thanks	give	0.1784
thanks	give me	0.0801
thanks	give up	0.1214
thanks	glad	-0.0659
thanks	glad to	-0.0218
thanks	go	-0.0406
thanks	go back	-0.0811
thanks	go i	-0.0212
thanks	go now	0.1063
thanks	go on	-0.0243
thanks	go to	-0.0478
thanks	goal	-0.0283
thanks	gold	0.0219
thanks	good	0.1444
thanks	good afternoon	0.0501
thanks	good for	-0.0241
thanks	good one	0.1531
thanks	good to	0.0591
thanks	good ~closing	0.0254
thanks	good ~limit	0.0259
thanks	good ~number	0.1531
thanks	good ~people	0.1531
thanks	goodby	-0.0378
thanks	gosh	-0.0471
thanks	got	-0.0433
thanks	got it	-0.0454
thanks	got thank	0.1153
thanks	got to	-0.0526
thanks	got ~number	-0.0232
thanks	got ~want	0.1265
thanks	graduat	-0.0426
thanks	grant	-0.0281
thanks	grate	0.6521
thanks	grate if	-0.0401
thanks	grate you	0.5106
thanks	great	0.0341
thanks	great well	0.0465
thanks	great ~closing	-0.0499
thanks	guy	-0.0475
thanks	guy hire	-0.0306
thanks	guy ~gatekeeper	-0.0306
thanks	guy ~hiring	-0.0363
thanks	had	-0.1414
thanks	had a	-0.1003
thanks	had no	-0.0571
thanks	had not	-0.0371
thanks	had ~number	-0.102
thanks	half	-0.0645
thanks	half past	-0.0247
thanks	half ~number	-0.0206
thanks	hand	0.0412
thanks	hand with	0.0745
thanks	happi	-0.0627
thanks	happi to	-0.0503
thanks	hard	0.1399
thanks	hard back	0.1344
thanks	hard part	0.0394
thanks	has	0.0683
thanks	has been	0.0555
thanks	has ~workverb	0.0555
thanks	have	0.1373
thanks	have a	0.0803
thanks	have alreadi	-0.0331
thanks	have ani	-0.0241
thanks	have been	-0.1035
thanks	have done	-0.0258
thanks	have finish	-0.0274
thanks	have got	0.0483
thanks	have had	0.0485
thanks	have kept	-0.0541
thanks	have more	0.0369
thanks	have onli	-0.0206
thanks	have taken	0.1288
thanks	have to	-0.0214
thanks	have twenti	-0.0209
thanks	have ~number	0.0409
thanks	have ~studyverb	-0.0334
thanks	have ~workverb	-0.1251
thanks	health	-0.0317
thanks	heap	0.0844
thanks	hear	0.0223
thanks	hear how	0.0301
thanks	help	0.0516
thanks	help thank	0.0955
thanks	help with	-0.0486
thanks	help you	-0.0406
thanks	here	-0.1681
thanks	here thank	0.0406
thanks	here to	-0.0275
thanks	hey	0.055
thanks	hi	0.0752
thanks	hi dana	0.0333
thanks	hi i	-0.0385
thanks	hi mr	0.066
thanks	high	0.022
thanks	high school	0.0282
thanks	high ~org	0.0282
thanks	hire intern	-0.026
thanks	hire junior	0.0976
thanks	hire manag	-0.0309
thanks	hire ~gatekeeper	-0.0309
thanks	histori	-0.0271
thanks	honest	-0.078
thanks	honest advic	-0.0247
thanks	honest i	-0.0296
thanks	honest my	-0.0253
thanks	honest ~insight	-0.039
thanks	hop	0.0538
thanks	hop on	0.055
thanks	hope	0.0296
thanks	hope to	0.037
thanks	hospit	-0.0218
thanks	hour	-0.0571
thanks	hour are	0.0599
thanks	hous	-0.0207
thanks	how	-0.378
thanks	how do	-0.1042
thanks	how doe	0.0273
thanks	how i	-0.0391
thanks	how is	-0.0447
thanks	how it	0.0861
thanks	how much	-0.0772
thanks	how the	-0.0467
thanks	how you	-0.0381
thanks	how ~help	-0.1042
thanks	how ~number	-0.0524
thanks	huh	0.0488
thanks	i	-0.4278
thanks	i add	0.0301
thanks	i am	0.0777
thanks	i appreci	0.3581
thanks	i ask	-0.0219
thanks	i be	-0.0247
thanks	i connect	-0.0335
thanks	i could	-0.0595
thanks	i did	-0.0291
thanks	i do	-0.0904
thanks	i email	-0.0594
thanks	i end	-0.0771
thanks	i figur	-0.0526
thanks	i follow	-0.0304
thanks	i found	-0.1202
thanks	i genuin	0.0271
thanks	i get	-0.0403
thanks	i go	0.1064
thanks	i got	0.0267
thanks	i had	-0.0914
thanks	i have	0.2465
thanks	i just	-0.0695
thanks	i know	0.0531
thanks	i mention	-0.1244
thanks	i promis	-0.0321
thanks	i reach	0.0309
thanks	i realiz	0.186
thanks	i realli	0.3337
thanks	i should	-0.0748
thanks	i spent	-0.0241
thanks	i talk	0.1334
thanks	i think	-0.22
thanks	i thought	-0.0293
thanks	i want	-0.1217
thanks	i was	-0.0586
thanks	i will	-0.0715
thanks	i would	-0.2239
thanks	i wrote	-0.0215
thanks	i ~help	-0.1035
thanks	i ~learn	-0.0681
thanks	i ~studyverb	-0.0717
thanks	i ~talk	0.068
thanks	i ~want	0.2494
thanks	idea	-0.0647
thanks	if	-0.3211
thanks	if a	-0.0213
thanks	if i	-0.0477
thanks	if that	-0.0366
thanks	if there	-0.0417
thanks	if you	-0.0845
thanks	if your	-0.0235
thanks	if ~number	-0.0255
thanks	in	-0.2747
thanks	in a	-0.0768
thanks	in between	0.1539
thanks	in game	0.0274
thanks	in general	-0.0343
thanks	in i	0.1367
thanks	in meet	-0.0267
thanks	in mind	-0.0292
thanks	in my	-0.0354
thanks	in product	-0.0247
thanks	in return	-0.0245
thanks	in the	0.0579
thanks	in this	-0.0581
thanks	in touch	-0.0736
thanks	in your	-0.1278
thanks	in ~contactverb	-0.08
thanks	in ~help	-0.0245
thanks	in ~number	-0.0283
thanks	industri	-0.065
thanks	inform	-0.1008
thanks	insight	0.0304
thanks	insight into	0.0354
thanks	intens	-0.0356
thanks	interest	-0.0361
thanks	interest in	-0.0287
thanks	intern this	-0.0264
thanks	internship	-0.1532
thanks	internship i	-0.0848
thanks	interrupt	-0.0345
thanks	interview	-0.1396
thanks	into	-0.2355
thanks	into data	0.0289
thanks	into the	0.022
thanks	into this	-0.0293
thanks	into your	-0.0238
thanks	intro	0.0214
thanks	involv	-0.0283
thanks	is	-0.0582
thanks	is a	-0.0548
thanks	is alreadi	-0.0385
thanks	is anyon	-0.0205
thanks	is ever	-0.0322
thanks	is everyth	0.0561
thanks	is gold	0.0219
thanks	is help	-0.045
thanks	is it	-0.1389
thanks	is me	-0.0249
thanks	is most	-0.0224
thanks	is pack	0.0321
thanks	is part	-0.0393
thanks	is realli	0.096
thanks	is reassur	0.0514
thanks	is so	-0.0437
thanks	is that	-0.0721
thanks	is the	-0.1473
thanks	is there	0.1116
thanks	is to	-0.0211
thanks	is veri	-0.0277
thanks	is worth	-0.0388
thanks	is your	-0.072
thanks	is ~number	-0.2264
thanks	is ~people	-0.0231
thanks	is ~want	0.0702
thanks	it	0.3672
thanks	it a	0.1428
thanks	it at	-0.0334
thanks	it be	0.1515
thanks	it for	-0.0625
thanks	it from	-0.0957
thanks	it here	-0.034
thanks	it most	-0.023
thanks	it not	-0.0233
thanks	it there	0.0389
thanks	it was	-0.0457
thanks	it went	0.0606
thanks	it ~insight	-0.0258
thanks	it ~number	0.1428
thanks	it ~want	-0.0704
thanks	job	-0.1675
thanks	job out	0.0264
thanks	junior	0.0948
thanks	junior at	0.0361
thanks	just	-0.2143
thanks	just gather	-0.0298
thanks	just to	-0.021
thanks	just want	-0.0284
thanks	just ~want	-0.0569
thanks	keep	-0.2264
thanks	keep me	-0.0292
thanks	keep this	-0.0456
thanks	keep you	-0.0772
thanks	keep ~number	-0.0295
thanks	kept	-0.0899
thanks	kept you	-0.0899
thanks	kind	-0.0259
thanks	kind of	-0.026
thanks	know how	-0.0439
thanks	know i	0.0611
thanks	know if	-0.0462
thanks	know this	-0.0295
thanks	know what	0.0249
thanks	know your	0.1266
thanks	lab	-0.0206
thanks	last	-0.1002
thanks	last question	-0.031
thanks	last summer	0.0304
thanks	late	-0.0622
thanks	later	0.0468
thanks	later and	0.0871
thanks	later today	-0.0231
thanks	law	-0.0391
thanks	law ~org	-0.0217
thanks	leap	0.0367
thanks	learn	-0.127
thanks	leav	0.0392
thanks	leav it	0.0235
thanks	left	-0.0312
thanks	let	0.0909
thanks	let me	-0.0629
thanks	let up	0.2177
thanks	let us	-0.1212
thanks	let you	0.0639
thanks	level	-0.0221
thanks	librari	0.0707
thanks	like	-0.257
thanks	like for	-0.0589
thanks	like to	-0.045
thanks	like ~number	-0.0344
thanks	line	0.0889
thanks	line cook	-0.0265
thanks	line onc	0.1238
thanks	link	-0.0703
thanks	link you	-0.0612
thanks	linkedin and	0.0205
thanks	list	-0.0204
thanks	local	-0.0202
thanks	long	-0.0313
thanks	long enough	-0.0308
thanks	look	-0.1462
thanks	look for	-0.0303
thanks	look like	-0.089
thanks	lot	0.102
thanks	lot of	-0.0207
thanks	love	-0.0781
thanks	love an	0.0398
thanks	love to	-0.081
thanks	love your	0.0404
thanks	love ~closing	-0.0226
thanks	love ~number	0.0303
thanks	lunch break	0.1087
thanks	made	0.1899
thanks	made the	0.063
thanks	made you	0.088
thanks	made ~number	0.0608
thanks	main	-0.0416
thanks	major	0.0297
thanks	major in	0.042
thanks	make	0.1451
thanks	make a	-0.0295
thanks	make sens	-0.0301
thanks	make the	0.2331
thanks	make time	0.027
thanks	make ~insight	-0.0301
thanks	make ~limit	0.027
thanks	make ~number	0.202
thanks	manag	-0.17
thanks	manag ~number	-0.0258
thanks	mani	0.0505
thanks	mani thank	0.0531
thanks	marcus	0.0546
thanks	market	-0.0912
thanks	master	-0.0613
thanks	master program	-0.0216
thanks	math	0.0236
thanks	matter	-0.0374
thanks	may	0.0383
thanks	may i	0.0484
thanks	mayb	-0.0396
thanks	me	0.1187
thanks	me about	-0.0669
thanks	me done	-0.0572
thanks	me for	-0.0378
thanks	me i	-0.0503
thanks	me in	0.3291
thanks	me know	-0.0553
thanks	me so	0.0627
thanks	me through	-0.051
thanks	me to	-0.0668
thanks	me today	0.0688
thanks	me with	-0.029
thanks	me your	0.025
thanks	me ~learn	-0.0631
thanks	me ~number	-0.0277
thanks	meet so	-0.0243
thanks	meet you	-0.037
thanks	mention	-0.0719
thanks	mention onc	-0.0256
thanks	mention the	0.0242
thanks	mention ~number	0.0242
thanks	messag	0.0308
thanks	messag on	0.0505
thanks	met	0.0542
thanks	might	-0.0203
thanks	might be	-0.03
thanks	might suit	0.0376
thanks	million	0.1585
thanks	mind	-0.1292
thanks	mind if	-0.0417
thanks	mind of	-0.0255
thanks	minut left	-0.0275
thanks	minut so	-0.0511
thanks	more	-0.0844
thanks	more about	-0.0212
thanks	more of	0.0315
thanks	more question	-0.0535
thanks	more than	-0.0322
thanks	morn	-0.0905
thanks	most	0.0565
thanks	most in	-0.0242
thanks	most of	0.187
thanks	mph	-0.0207
thanks	mr	0.066
thanks	ms	0.0463
thanks	much	0.6389
thanks	much for	0.1912
thanks	much i	0.0621
thanks	much this	0.0437
thanks	much time	-0.0268
thanks	much ~limit	-0.0268
thanks	much ~want	0.3457
thanks	municip	-0.0222
thanks	my	-0.5561
thanks	my email	0.0243
thanks	my first	0.0876
thanks	my goal	-0.0203
thanks	my internship	-0.104
thanks	my last	-0.0258
thanks	my manag	-0.0525
thanks	my next	-0.0529
thanks	my note	0.0283
thanks	my profess	-0.106
thanks	my question	-0.1083
thanks	my resum	-0.0403
thanks	my side	-0.0381
thanks	my ~application	-0.0454
thanks	my ~contactverb	0.0243
thanks	my ~degree	-0.0322
thanks	my ~gatekeeper	-0.0525
thanks	my ~job	-0.1075
thanks	my ~org	-0.0384
thanks	my ~sendverb	0.0233
thanks	my ~talk	0.0213
thanks	myself	-0.0336
thanks	need	-0.0667
thanks	need a	0.0546
thanks	need to	-0.0466
thanks	need ~number	0.051
thanks	network	-0.0375
thanks	new	-0.0743
thanks	next	-0.2688
thanks	next meet	-0.057
thanks	next step	-0.0625
thanks	next week	-0.0579
thanks	next ~closing	-0.0579
thanks	next ~talk	-0.071
thanks	nice	-0.0471
thanks	night	0.0575
thanks	night shift	-0.0216
thanks	no	-0.215
thanks	no idea	-0.0571
thanks	nonprofit	-0.0394
thanks	normal	-0.0313
thanks	normal ~closing	-0.0201
thanks	not	-0.2398
thanks	not actual	0.0644
thanks	not ask	-0.0227
thanks	not have	-0.0351
thanks	not keep	-0.0236
thanks	not take	0.0412
thanks	not want	-0.0344
thanks	not ~insight	0.0412
thanks	not ~want	-0.0586
thanks	note	-0.1922
thanks	note after	-0.0448
thanks	note and	0.0303
thanks	note tomorrow	-0.047
thanks	note tonight	-0.0361
thanks	note ~want	-0.0448
thanks	noth	-0.027
thanks	noth more	-0.027
thanks	now	-0.1624
thanks	now and	-0.0513
thanks	now but	0.1531
thanks	now i	-0.0222
thanks	nurs	-0.1565
thanks	of	-0.0821
thanks	of a	-0.0213
thanks	of leav	-0.0381
thanks	of my	-0.0435
thanks	of thank	-0.0526
thanks	of the	-0.0862
thanks	of this	0.1392
thanks	of time	-0.0215
thanks	of you	0.0307
thanks	of your	0.1401
thanks	of ~limit	-0.0215
thanks	of ~number	-0.1158
thanks	off a	0.0773
thanks	off now	-0.0441
thanks	off ~number	0.0773
thanks	offic	-0.0277
thanks	oh	-0.097
thanks	oh wow	-0.0384
thanks	ok	0.0379
thanks	ok for	-0.0384
thanks	ok i	-0.0584
thanks	ok if	0.0319
thanks	ok to	0.1273
thanks	old	-0.0576
thanks	omg	-0.0436
thanks	on	-0.1352
thanks	on i	0.031
thanks	on it	0.1121
thanks	on municip	-0.0222
thanks	on my	-0.0921
thanks	on the	-0.0825
thanks	on what	0.0384
thanks	on whether	-0.0456
thanks	on with	-0.0245
thanks	on your	0.192
thanks	on ~number	-0.0783
thanks	onc	0.1588
thanks	onc i	0.1526
thanks	one	0.0942
thanks	onli	-0.0839
thanks	onli have	-0.0474
thanks	onlin	-0.0424
thanks	open	-0.1082
thanks	open to	-0.0213
thanks	open up	-0.0241
thanks	or	-0.2825
thanks	or email	0.0518
thanks	or is	-0.0769
thanks	or ~contactverb	0.0509
thanks	or ~sendverb	0.0518
thanks	or ~talk	0.0509
thanks	other	-0.0386
thanks	out	-0.0519
thanks	out again	-0.0303
thanks	out if	-0.0233
thanks	out of	0.1255
thanks	out to	-0.0306
thanks	out ~later	-0.0303
thanks	over	-0.1129
thanks	over i	-0.0253
thanks	overtim	0.0558
thanks	own	0.0531
thanks	pack	0.1587
thanks	pack ~closing	0.1266
thanks	part	-0.0216
thanks	part of	-0.0319
thanks	part time	-0.0223
thanks	part ~limit	-0.0223
thanks	pass	-0.0432
thanks	pass my	-0.027
thanks	past	-0.0299
thanks	patel	0.0324
thanks	path	-0.0473
thanks	patient	-0.0491
thanks	peopl	-0.1291
thanks	person	-0.0236
thanks	perspect on	0.0255
thanks	pharma	0.0372
thanks	pharmaci	-0.0706
thanks	pharmacist	0.0618
thanks	pick	0.0341
thanks	pick up	0.0811
thanks	ping	-0.0387
thanks	pitch	-0.0279
thanks	place	-0.0353
thanks	pleas	-0.0613
thanks	pleas let	-0.0278
thanks	pleasur	-0.0328
thanks	point	-0.0364
thanks	polici	-0.0748
thanks	portfolio review	-0.0207
thanks	posit	-0.0446
thanks	post	-0.0398
thanks	precious	0.0931
thanks	prepar	-0.0422
thanks	pretti	-0.0333
thanks	priya	0.0411
thanks	probabl	-0.0523
thanks	process	-0.0269
thanks	product	-0.0486
thanks	profess	-0.1298
thanks	profess i	-0.1218
thanks	profession	-0.0358
thanks	profession associ	-0.0227
thanks	program	-0.1127
thanks	project	-0.1495
thanks	project you	-0.0276
thanks	promis	-0.0665
thanks	promis i	-0.0313
thanks	proper	0.1206
thanks	proper thank	0.0451
thanks	proud	-0.021
thanks	proud of	-0.021
thanks	public	-0.0371
thanks	put	-0.0381
thanks	python	-0.0339
thanks	python script	-0.0263
thanks	question	-0.2875
thanks	question i	-0.0501
thanks	question later	0.043
thanks	question ~later	0.0386
thanks	quick	-0.1697
thanks	quick note	-0.0418
thanks	rain	0.2216
thanks	ran	-0.0294
thanks	rather	-0.0214
thanks	reach out	-0.0931
thanks	read	-0.0587
thanks	realist	-0.0259
thanks	realiz	0.1751
thanks	realiz i	0.1883
thanks	realli	0.645
thanks	realli appreci	0.516
thanks	realli grate	-0.0413
thanks	realli help	0.043
thanks	realli just	-0.0224
thanks	realli kind	0.0348
thanks	realli like	0.037
thanks	realli use	0.184
thanks	realli ~help	0.1868
thanks	realli ~want	0.4367
thanks	reassur	0.0505
thanks	reassur to	0.0209
thanks	recent	0.0343
thanks	recommend	-0.1588
thanks	recommend i	-0.0215
thanks	recruit	-0.0503
thanks	refer	-0.0279
thanks	refer me	-0.0219
thanks	referr	-0.0377
thanks	region	0.056
thanks	report	-0.046
thanks	report back	-0.0329
thanks	research	-0.1036
thanks	resid	0.02
thanks	respect	-0.0263
thanks	resum	-0.0427
thanks	retail	-0.0245
thanks	return	-0.0536
thanks	return the	-0.0259
thanks	return ~number	-0.0259
thanks	review	-0.0395
thanks	review goe	-0.0207
thanks	right	-0.124
thanks	right i	0.0999
thanks	right now	-0.0556
thanks	role	-0.0797
thanks	rotat	0.0852
thanks	rout	-0.0202
thanks	run	-0.0467
thanks	rutger	0.0443
thanks	rutger major	0.0477
thanks	rutger ~studyverb	0.0477
thanks	said	-0.0859
thanks	said you	-0.0293
thanks	same	-0.0259
thanks	say	-0.0701
thanks	school	0.0235
thanks	school chemistri	0.0312
thanks	scienc	-0.0989
thanks	scienc in	-0.0251
thanks	script	-0.0263
thanks	second	-0.0401
thanks	second year	-0.0377
thanks	second ~duration	-0.0377
thanks	sector	-0.0481
thanks	see	-0.0529
thanks	see you	-0.0311
thanks	self	-0.0265
thanks	self taught	-0.0265
thanks	self ~workverb	-0.0265
thanks	send	-0.2231
thanks	send a	0.0432
thanks	send thank	-0.0974
thanks	send you	-0.1504
thanks	send ~number	0.0432
thanks	sens	-0.0586
thanks	serious	0.0343
thanks	session	-0.0301
thanks	set	-0.0222
thanks	shadow	-0.0209
thanks	shift	-0.0662
thanks	shoot	-0.0232
thanks	short	0.061
thanks	short thank	-0.0663
thanks	should	-0.1508
thanks	should i	-0.0654
thanks	should let	-0.0271
thanks	sign	-0.0483
thanks	sign off	-0.0483
thanks	sinc we	0.0472
thanks	six	-0.0392
thanks	six year	-0.0374
thanks	six ~duration	-0.0392
thanks	skill	-0.043
thanks	so	0.6317
thanks	so candid	0.2119
thanks	so far	-0.0217
thanks	so i	-0.0541
thanks	so it	-0.0367
thanks	so much	0.501
thanks	so the	0.0634
thanks	so you	-0.1005
thanks	so ~number	0.0556
thanks	some	-0.0527
thanks	some insight	0.0354
thanks	some time	-0.0227
thanks	someon	-0.0419
thanks	someon in	-0.0333
thanks	someon who	0.0589
thanks	someon ~people	0.0589
thanks	someth	-0.0443
thanks	sorri	-0.1918
thanks	sorri for	-0.0369
thanks	sorri i	-0.0813
thanks	sound	-0.0595
thanks	sound intens	-0.0356
thanks	speak	0.0364
thanks	speak with	0.0531
thanks	spend	-0.0314
thanks	spent eight	0.0385
thanks	spring	0.1337
thanks	sql	-0.0902
thanks	squeez	0.1453
thanks	squeez me	0.1529
thanks	stack	0.0394
thanks	staff	-0.0443
thanks	stage	-0.0212
thanks	stand	-0.043
thanks	start	-0.1553
thanks	start out	-0.065
thanks	stat	0.0637
thanks	stay	0.025
thanks	stay in	-0.0516
thanks	stay on	0.0582
thanks	step	-0.0685
thanks	still	-0.0979
thanks	still ok	-0.0321
thanks	stop	0.0733
thanks	stop there	0.179
thanks	struggl	-0.0253
thanks	student	-0.0578
thanks	studi	0.0398
thanks	success	-0.0201
thanks	such	0.1752
thanks	such a	0.1181
thanks	such ~number	0.1181
thanks	suggest	0.0541
thanks	suggest i	0.093
thanks	suit	0.0226
thanks	suit me	0.0257
thanks	summer	-0.0316
thanks	super	0.1061
thanks	super busi	0.0775
thanks	super help	0.0752
thanks	suppli	0.0218
thanks	suppli chain	0.0218
thanks	sure	0.0204
thanks	survey	-0.0379
thanks	survey data	-0.0207
thanks	switch	-0.1285
thanks	switch from	-0.0348
thanks	switch into	-0.0684
thanks	take	0.1076
thanks	take on	-0.0301
thanks	take the	0.0672
thanks	take up	-0.1027
thanks	take ~number	0.1998
thanks	taken	0.1253
thanks	taken enough	-0.0689
thanks	talk	0.2966
thanks	talk to	0.1068
thanks	talk with	0.2561
thanks	taught	-0.0343
thanks	teach high	0.0322
thanks	teacher	-0.0235
thanks	team	-0.1601
thanks	tell	-0.0407
thanks	tell me	-0.084
thanks	tell you	0.0451
thanks	ten	-0.0254
thanks	term	-0.0457
thanks	test	-0.0448
thanks	tester	-0.02
thanks	than	-0.0625
thanks	than i	-0.0308
thanks	thank	3.1429
thanks	thank a	0.2699
thanks	thank again	0.2748
thanks	thank for	0.807
thanks	thank heap	0.0844
thanks	thank so	0.3352
thanks	thank that	0.1165
thanks	thank to	-0.2813
thanks	thank you	1.2806
thanks	thank ~later	0.2748
thanks	thank ~number	0.1622
thanks	that	0.411
thanks	that about	-0.0728
thanks	that articl	-0.0341
thanks	that i	-0.1297
thanks	that is	0.5914
thanks	that much	-0.0481
thanks	that realli	-0.0421
thanks	that the	0.0559
thanks	that was	0.0236
thanks	that you	-0.0375
thanks	that ~insight	0.0232
thanks	that ~number	0.0389
thanks	that ~want	-0.0465
thanks	the	-0.0652
thanks	the articl	-0.1331
thanks	the best	-0.0246
thanks	the call	0.074
thanks	the career	-0.0282
thanks	the certif	-0.0248
thanks	the clock	-0.0321
thanks	the day	-0.0208
thanks	the downsid	0.1581
thanks	the end	-0.0212
thanks	the favor	-0.0241
thanks	the hard	0.0373
thanks	the hour	0.0477
thanks	the job	-0.0577
thanks	the jump	0.0374
thanks	the link	-0.0648
thanks	the most	0.039
thanks	the night	-0.0217
thanks	the point	0.0232
thanks	the question	-0.0314
thanks	the recruit	-0.0234
thanks	the spring	0.1502
thanks	the switch	-0.0247
thanks	the time	0.2566
thanks	the tip	0.1222
thanks	the ~closing	-0.0436
thanks	the ~contactverb	0.0701
thanks	the ~degree	-0.036
thanks	the ~gatekeeper	-0.0321
thanks	the ~job	-0.0768
thanks	the ~limit	0.2043
thanks	the ~number	-0.0345
thanks	the ~org	-0.0436
thanks	the ~people	-0.0214
thanks	the ~student	-0.068
thanks	the ~talk	0.0678
thanks	the ~timeunit	0.0477
thanks	there	0.1283
thanks	there a	-0.0402
thanks	there ani	0.0406
thanks	there anyon	0.0723
thanks	there anyth	0.0262
thanks	there for	-0.1104
thanks	there is	-0.0419
thanks	there so	-0.0692
thanks	there ~number	-0.0446
thanks	there ~people	0.0503
thanks	these	-0.0258
thanks	they	0.0426
thanks	they are	0.0613
thanks	thing	-0.0828
thanks	think	-0.1288
thanks	think about	0.0692
thanks	think i	-0.0956
thanks	think of	-0.0672
thanks	think that	-0.0698
thanks	think the	0.1074
thanks	think we	-0.0367
thanks	think ~number	0.1064
thanks	this	0.4656
thanks	this field	-0.1412
thanks	this focus	-0.0291
thanks	this has	0.0607
thanks	this i	0.0356
thanks	this is	-0.0824
thanks	this sector	-0.02
thanks	this summer	-0.0434
thanks	this thank	0.0555
thanks	this was	0.2218
thanks	this week	0.1193
thanks	this ~closing	0.0705
thanks	tho	-0.0281
thanks	thought	-0.0852
thanks	through	-0.0972
thanks	through a	-0.0285
thanks	through ~number	-0.0393
thanks	time	0.152
thanks	time so	-0.0486
thanks	time today	0.2603
thanks	tip	0.1142
thanks	to	-0.628
thanks	to a	-0.0893
thanks	to and	0.0265
thanks	to ask	-0.0343
thanks	to be	-0.106
thanks	to chat	0.0475
thanks	to follow	0.0293
thanks	to get	-0.078
thanks	to help	-0.0427
thanks	to it	0.1601
thanks	to jump	-0.0246
thanks	to keep	-0.0372
thanks	to know	0.0558
thanks	to learn	-0.0411
thanks	to let	-0.0561
thanks	to me	0.0602
thanks	to meet	-0.0274
thanks	to my	-0.1727
thanks	to send	0.0987
thanks	to speak	0.0342
thanks	to stay	-0.0473
thanks	to take	-0.0381
thanks	to talk	0.1915
thanks	to tell	0.0772
thanks	to the	-0.0309
thanks	to think	0.0751
thanks	to this	0.0939
thanks	to understand	-0.0399
thanks	to work	-0.0302
thanks	to you	-0.0309
thanks	to your	-0.0856
thanks	to ~help	-0.0429
thanks	to ~insight	-0.0381
thanks	to ~learn	-0.2215
thanks	to ~limit	-0.036
thanks	to ~number	-0.1303
thanks	to ~people	-0.0376
thanks	to ~sendverb	0.0756
thanks	to ~student	-0.0218
thanks	to ~talk	0.1776
thanks	to ~workverb	-0.0347
thanks	today	0.1406
thanks	today is	-0.0253
thanks	tomorrow	-0.0424
thanks	ton	0.1276
thanks	tonight	-0.1113
thanks	too	-0.1076
thanks	too much	-0.022
thanks	too or	-0.0436
thanks	total	-0.0506
thanks	touch	-0.0745
thanks	touch with	-0.0227
thanks	track	-0.0715
thanks	traffic	-0.0219
thanks	tri	-0.133
thanks	tri to	-0.1133
thanks	truli	0.2098
thanks	twelv year	0.0248
thanks	twelv ~duration	0.0248
thanks	twenti	0.0565
thanks	twenti minut	0.0569
thanks	twenti ~limit	0.0569
thanks	twenti ~timeunit	0.0569
thanks	two	-0.0476
thanks	two ~duration	-0.0227
thanks	typic	-0.071
thanks	typic week	-0.0432
thanks	typic ~closing	-0.0491
thanks	understand	-0.0635
thanks	understand the	-0.0236
thanks	understand ~number	-0.0236
thanks	up	0.3142
thanks	up ani	-0.0974
thanks	up in	-0.02
thanks	up most	0.1873
thanks	up my	0.0224
thanks	up on	0.2067
thanks	up the	0.0813
thanks	up with	0.079
thanks	up your	0.1165
thanks	up ~number	0.0911
thanks	up ~studyverb	-0.0605
thanks	updat	0.1454
thanks	updat in	0.1573
thanks	us	-0.1276
thanks	us leav	-0.0927
thanks	use	0.1515
thanks	use to	-0.0375
thanks	usual	-0.0601
thanks	ux	-0.0305
thanks	ux research	-0.0203
thanks	vacanc	-0.0282
thanks	valu	-0.0204
thanks	veri clear	-0.0377
thanks	veri much	-0.0275
thanks	versus	-0.0226
thanks	volunt	-0.045
thanks	volunt for	-0.0204
thanks	wait	-0.0892
thanks	wait whi	-0.0258
thanks	walk	-0.0619
thanks	walk me	-0.0538
thanks	want	-0.2214
thanks	want to	-0.1993
thanks	was	0.0419
thanks	was realli	0.0537
thanks	was so	0.0486
thanks	was super	0.0369
thanks	was your	-0.0217
thanks	was ~number	-0.0238
thanks	way	-0.0453
thanks	way i	-0.025
thanks	way to	0.0352
thanks	we	-0.2814
thanks	we are	-0.0663
thanks	we can	-0.0367
thanks	we have	0.0415
thanks	we onli	-0.0217
thanks	we still	-0.0211
thanks	week	0.0355
thanks	weekend	-0.0544
thanks	weird	-0.0304
thanks	well	0.2633
thanks	well i	0.1654
thanks	went	0.0378
thanks	were	-0.1069
thanks	were start	-0.0617
thanks	what	-0.661
thanks	what are	-0.0379
thanks	what do	-0.0346
thanks	what doe	-0.0589
thanks	what is	-0.173
thanks	what kind	-0.0324
thanks	what made	0.0833
thanks	what make	-0.0211
thanks	what skill	-0.0243
thanks	what would	-0.0337
thanks	what you	-0.0554
thanks	what ~help	-0.0346
thanks	what ~number	-0.0341
thanks	what ~want	-0.0337
thanks	when	-0.1232
thanks	when you	-0.0802
thanks	where	-0.0578
thanks	whether	-0.0864
thanks	whi	-0.1184
thanks	whi i	-0.0703
thanks	which	-0.2129
thanks	which is	-0.0393
thanks	which ~degree	-0.0299
thanks	while	-0.0206
thanks	who	-0.1336
thanks	who would	-0.0271
thanks	who ~want	-0.0271
thanks	who ~workverb	0.0358
thanks	wild	-0.0206
thanks	will	-0.0258
thanks	will be	-0.0399
thanks	will connect	0.0371
thanks	will def	-0.1116
thanks	will definit	-0.0352
thanks	will drop	0.0597
thanks	will follow	0.0282
thanks	will keep	-0.0884
thanks	will leav	0.1017
thanks	will let	0.1775
thanks	will report	-0.0222
thanks	will send	-0.1469
thanks	will sign	-0.0483
thanks	will stop	0.1158
thanks	will to	-0.0201
thanks	will tri	-0.033
thanks	will ~sendverb	-0.1143
thanks	will ~talk	0.0245
thanks	will ~want	-0.028
thanks	wish	-0.0505
thanks	wish you	-0.0385
thanks	with	-0.0451
thanks	with a	0.0239
thanks	with anyth	-0.0202
thanks	with me	0.3366
thanks	with someon	-0.0251
thanks	with the	-0.0307
thanks	with this	0.0387
thanks	with you	-0.054
thanks	with your	-0.0557
thanks	with ~number	-0.0208
thanks	with ~people	-0.035
thanks	word	-0.0224
thanks	work	-0.1644
thanks	work in	-0.0329
thanks	work is	0.0276
thanks	work night	0.0213
thanks	work on	-0.0262
thanks	worri	-0.023
thanks	worth	-0.1121
thanks	worth it	-0.0575
thanks	would	-0.4224
thanks	would be	-0.1502
thanks	would it	0.126
thanks	would realli	-0.0853
thanks	would recommend	-0.047
thanks	would suggest	0.0932
thanks	would you	-0.226
thanks	would ~want	-0.057
thanks	wow	-0.0397
thanks	wow it	-0.0372
thanks	wow ok	-0.036
thanks	wrap	-0.03
thanks	write up	0.0537
thanks	wrote	-0.0215
thanks	yeah	-0.0885
thanks	year	-0.2172
thanks	year in	-0.022
thanks	year teach	0.0368
thanks	year ~workverb	0.0288
thanks	yes	0.0522
thanks	you	0.2732
thanks	you a	-0.0265
thanks	you after	-0.0286
thanks	you again	0.205
thanks	you agre	0.2743
thanks	you and	0.0488
thanks	you are	0.1088
thanks	you be	0.0871
thanks	you can	-0.0782
thanks	you carv	0.0492
thanks	you could	0.1472
thanks	you decid	-0.0298
thanks	you for	0.392
thanks	you gave	0.0399
thanks	you get	0.1343
thanks	you give	0.043
thanks	you guy	-0.0428
thanks	you have	-0.162
thanks	you how	0.0628
thanks	you i	-0.0223
thanks	you if	0.027
thanks	you in	-0.052
thanks	you just	0.0236
thanks	you know	-0.0482
thanks	you leav	0.0992
thanks	you like	-0.0249
thanks	you long	-0.0308
thanks	you made	0.0673
thanks	you mention	0.0417
thanks	you mind	-0.0352
thanks	you need	-0.0559
thanks	you note	-0.297
thanks	you on	0.0247
thanks	you onc	0.0223
thanks	you onli	-0.0274
thanks	you out	-0.0224
thanks	you pick	0.0709
thanks	you post	-0.0256
thanks	you recommend	-0.1025
thanks	you said	-0.0539
thanks	you send	-0.0592
thanks	you so	0.103
thanks	you spend	-0.0204
thanks	you stay	0.0506
thanks	you suggest	-0.0354
thanks	you take	0.1419
thanks	you tell	-0.0307
thanks	you thank	0.0504
thanks	you that	-0.036
thanks	you think	0.024
thanks	you this	0.0214
thanks	you to	-0.026
thanks	you too	-0.0266
thanks	you walk	-0.0308
thanks	you were	-0.0941
thanks	you wish	-0.0329
thanks	you work	-0.0264
thanks	you ~help	-0.0444
thanks	you ~hiring	0.1397
thanks	you ~later	0.1535
thanks	you ~learn	0.1253
thanks	you ~number	-0.0565
thanks	you ~sendverb	-0.0685
thanks	you ~studyverb	0.1615
thanks	you ~workverb	-0.0325
thanks	your	-0.093
thanks	your advic	0.1208
thanks	your afternoon	0.1437
thanks	your calendar	0.0281
thanks	your compani	-0.0356
thanks	your day	0.0625
thanks	your depart	-0.0216
thanks	your end	0.2146
thanks	your field	-0.0314
thanks	your firm	-0.0234
thanks	your honest	-0.0206
thanks	your lunch	0.0529
thanks	your name	0.0223
thanks	your next	-0.0893
thanks	your own	-0.0554
thanks	your patient	-0.0319
thanks	your perspect	0.022
thanks	your team	-0.1207
thanks	your time	0.0751
thanks	your week	-0.0821
thanks	your work	-0.0212
thanks	your ~closing	0.0443
thanks	your ~insight	0.1233
thanks	your ~learn	-0.0211
thanks	your ~limit	0.2958
thanks	your ~org	-0.2388
thanks	your ~talk	-0.0215
thanks	your ~workverb	-0.0212
thanks	~application	-0.0571
thanks	~closing	0.0588
thanks	~closing is	-0.0289
thanks	~closing look	-0.0262
thanks	~closing shift	-0.0216
thanks	~closing thank	0.031
thanks	~closing to	-0.0274
thanks	~closing with	-0.0318
thanks	~contactverb	-0.0961
thanks	~contactverb it	-0.0427
thanks	~contactverb later	0.0871
thanks	~contactverb on	0.0505
thanks	~contactverb out	-0.0485
thanks	~contactverb to	0.0506
thanks	~contactverb tonight	-0.087
thanks	~contactverb up	0.0537
thanks	~contactverb with	-0.0382
thanks	~degree	-0.2365
thanks	~degree grad	0.0408
thanks	~degree i	-0.0234
thanks	~degree in	-0.0661
thanks	~degree is	-0.0262
thanks	~degree program	-0.0408
thanks	~duration	-0.2545
thanks	~duration in	-0.0272
thanks	~duration teach	0.0368
thanks	~gatekeeper	-0.1075
thanks	~gatekeeper intern	-0.026
thanks	~gatekeeper junior	0.0976
thanks	~gatekeeper manag	-0.0309
thanks	~help	-0.1723
thanks	~help for	0.0976
thanks	~help hire	-0.0211
thanks	~help me	0.0223
thanks	~help peopl	-0.0334
thanks	~help the	-0.0308
thanks	~help to	-0.0359
thanks	~help with	-0.0486
thanks	~help you	-0.2507
thanks	~hiring	0.1487
thanks	~hiring intern	-0.026
thanks	~hiring junior	0.0976
thanks	~hiring manag	-0.0309
thanks	~hiring the	0.0762
thanks	~insight	-0.1698
thanks	~insight for	-0.0323
thanks	~insight into	0.0317
thanks	~insight on	-0.0365
thanks	~insight up	-0.1012
thanks	~job	-0.5277
thanks	~job i	-0.1229
thanks	~job out	0.0246
thanks	~job that	-0.0266
thanks	~later	0.3993
thanks	~later and	0.1716
thanks	~later for	0.1378
thanks	~later i	0.032
thanks	~later if	-0.0403
thanks	~later onc	-0.0236
thanks	~later today	-0.0231
thanks	~learn	-0.4463
thanks	~learn a	-0.0224
thanks	~learn back	0.1756
thanks	~learn how	-0.0694
thanks	~learn i	0.0588
thanks	~learn if	-0.069
thanks	~learn is	0.0267
thanks	~learn on	-0.0636
thanks	~learn out	-0.093
thanks	~learn that	0.0422
thanks	~learn the	-0.0405
thanks	~learn this	-0.0295
thanks	~learn to	-0.0275
thanks	~learn up	0.0788
thanks	~learn whether	-0.0237
thanks	~learn with	-0.0218
thanks	~learn you	-0.0336
thanks	~learn your	0.0736
thanks	~limit	0.1919
thanks	~limit break	0.1087
thanks	~limit do	-0.0211
thanks	~limit flew	0.0237
thanks	~limit i	-0.081
thanks	~limit is	-0.0401
thanks	~limit left	-0.0275
thanks	~limit next	-0.0323
thanks	~limit so	0.0955
thanks	~limit thank	0.031
thanks	~limit today	0.2509
thanks	~number	-0.6057
thanks	~number articl	-0.1331
thanks	~number beginn	-0.0215
thanks	~number best	-0.0246
thanks	~number big	-0.0575
thanks	~number call	0.074
thanks	~number career	-0.1614
thanks	~number certif	-0.0284
thanks	~number chemistri	-0.0621
thanks	~number clock	-0.0321
thanks	~number come	-0.0228
thanks	~number coupl	-0.0437
thanks	~number day	-0.0272
thanks	~number downsid	0.1581
thanks	~number end	-0.0212
thanks	~number favor	-0.0241
thanks	~number few	-0.0546
thanks	~number first	-0.0205
thanks	~number good	0.1209
thanks	~number great	-0.0683
thanks	~number hand	0.0601
thanks	~number hard	0.0303
thanks	~number intro	0.0285
thanks	~number job	-0.077
thanks	~number jump	0.0374
thanks	~number junior	0.0207
thanks	~number last	-0.0218
thanks	~number librari	0.077
thanks	~number line	0.0918
thanks	~number link	-0.0703
thanks	~number long	0.0398
thanks	~number lot	0.102
thanks	~number love	-0.0226
thanks	~number lunch	-0.0302
thanks	~number master	-0.0309
thanks	~number million	0.1585
thanks	~number minut	0.0201
thanks	~number more	-0.0295
thanks	~number most	0.039
thanks	~number move	0.0296
thanks	~number new	-0.0258
thanks	~number nice	-0.0319
thanks	~number night	-0.0283
thanks	~number normal	-0.0273
thanks	~number note	0.0835
thanks	~number of	-0.0261
thanks	~number pack	0.1266
thanks	~number past	-0.0247
thanks	~number point	0.0232
thanks	~number posit	-0.0266
thanks	~number project	-0.0366
thanks	~number proper	0.0678
thanks	~number question	-0.0414
thanks	~number quick	-0.0771
thanks	~number recent	0.0402
thanks	~number recruit	-0.024
thanks	~number referr	-0.0289
thanks	~number region	0.056
thanks	~number second	-0.0216
thanks	~number shall	0.0368
thanks	~number short	0.0891
thanks	~number spring	0.149
thanks	~number stat	0.0637
thanks	~number student	-0.0268
thanks	~number switch	-0.0247
thanks	~number thank	-0.1282
thanks	~number time	0.2368
thanks	~number tip	0.1222
thanks	~number ton	0.1276
thanks	~number typic	-0.0588
thanks	~number week	-0.0256
thanks	~number year	-0.0616
thanks	~org	-0.3331
thanks	~org and	-0.0216
thanks	~org chemistri	0.0312
thanks	~org work	0.0978
thanks	~people	-0.2256
thanks	~people at	-0.02
thanks	~people do	-0.0278
thanks	~people els	0.0835
thanks	~people in	-0.0734
thanks	~people on	-0.0316
thanks	~people who	0.0248
thanks	~people would	-0.0313
thanks	~people you	-0.0321
thanks	~sendverb	-0.1444
thanks	~sendverb a	0.0432
thanks	~sendverb later	0.0871
thanks	~sendverb my	-0.036
thanks	~sendverb thank	-0.0974
thanks	~sendverb tonight	-0.087
thanks	~sendverb you	-0.1055
thanks	~student	-0.5407
thanks	~student and	-0.0202
thanks	~student associ	-0.0245
thanks	~student for	-0.0472
thanks	~student in	-0.0241
thanks	~student of	0.0377
thanks	~student who	-0.0598
thanks	~studyverb a	-0.0659
thanks	~studyverb in	0.0342
thanks	~studyverb into	-0.0598
thanks	~studyverb my	-0.0261
thanks	~studyverb not	-0.0311
thanks	~studyverb that	-0.0461
thanks	~studyverb the	0.2515
thanks	~studyverb this	0.0362
thanks	~studyverb you	-0.1393
thanks	~talk in	-0.0216
thanks	~talk it	-0.0427
thanks	~talk later	0.0871
thanks	~talk me	-0.0255
thanks	~talk on	0.0495
thanks	~talk out	-0.0616
thanks	~talk to	0.1518
thanks	~talk tonight	-0.087
thanks	~talk with	0.2767
thanks	~talk you	-0.0555
thanks	~timeunit	-0.0479
thanks	~timeunit are	0.0599
thanks	~timeunit left	-0.0275
thanks	~timeunit so	-0.0536
thanks	~want	0.4356
thanks	~want a	-0.0636
thanks	~want all	0.1649
thanks	~want appreci	0.516
thanks	~want be	-0.1502
thanks	~want for	-0.0227
thanks	~want gather	-0.0298
thanks	~want grate	-0.0413
thanks	~want help	0.0382
thanks	~want hope	0.025
thanks	~want i	-0.0287
thanks	~want in	-0.0341
thanks	~want it	0.6764
thanks	~want just	-0.032
thanks	~want kind	0.0348
thanks	~want my	0.0686
thanks	~want realli	-0.0861
thanks	~want recommend	-0.047
thanks	~want suggest	0.0932
thanks	~want thank	0.0406
thanks	~want the	0.0225
thanks	~want this	-0.0436
thanks	~want to	-0.3117
thanks	~want use	0.184
thanks	~want want	-0.0496
thanks	~want you	0.3745
thanks	~want your	-0.1032
thanks	~workverb	-0.1892
thanks	~workverb a	0.0369
thanks	~workverb as	-0.0204
thanks	~workverb at	0.0367
thanks	~workverb do	-0.0233
thanks	~workverb eight	0.0385
thanks	~workverb high	0.0384
thanks	~workverb in	-0.0456
thanks	~workverb is	0.0276
thanks	~workverb night	0.0213
thanks	~workverb on	-0.0253
thanks	~workverb over	-0.0427
thanks	~workverb the	0.0506
give_back	*	-3.1374
give_back	?	-0.8786
give_back	^alright	-0.0383
give_back	^and	-0.0438
give_back	^ani	-0.0507
give_back	^anyth	0.0233
give_back	^are	-0.1686
give_back	^can	-0.0457
give_back	^could	-0.1063
give_back	^did	0.0671
give_back	^do	-0.2605
give_back	^doe	-0.0237
give_back	^enjoy	-0.0251
give_back	^happi	0.4094
give_back	^have	0.0848
give_back	^hey	-0.0283
give_back	^hi	-0.0776
give_back	^honest	0.0542
give_back	^how	0.0299
give_back	^i	-0.2972
give_back	^if	0.4017
give_back	^in	0.0651
give_back	^it	-0.0234
give_back	^just	-0.0225
give_back	^mind	-0.0482
give_back	^my	-0.0407
give_back	^no	-0.0466
give_back	^oh	-0.0633
give_back	^ok	-0.156
give_back	^omg	-0.0412
give_back	^pleas	0.1778
give_back	^quick	-0.0235
give_back	^realli	-0.0385
give_back	^right	-0.0549
give_back	^serious	0.0253
give_back	^shall	-0.0288
give_back	^should	-0.0265
give_back	^sinc	0.0725
give_back	^so	-0.0674
give_back	^sorri	-0.104
give_back	^tell	-0.0243
give_back	^thank	-0.2628
give_back	^that	-0.1672
give_back	^this	0.0255
give_back	^total	-0.0678
give_back	^wait	-0.026
give_back	^we	-0.0355
give_back	^well	-0.0294
give_back	^what	-0.2203
give_back	^where	-0.1149
give_back	^which	0.1902
give_back	^who	-0.0853
give_back	^wow	-0.0239
give_back	^yeah	-0.0315
give_back	a	-0.5358
give_back	a bit	-0.0266
give_back	a career	-0.0307
give_back	a confer	0.1084
give_back	a coupl	-0.0625
give_back	a few	-0.0487
give_back	a fit	-0.0304
give_back	a gen	0.1126
give_back	a good	-0.047
give_back	a hand	0.2217
give_back	a job	-0.0448
give_back	a junior	-0.0219
give_back	a line	-0.0251
give_back	a name	-0.0429
give_back	a part	-0.0506
give_back	a posit	-0.0497
give_back	a quick	-0.0425
give_back	a referr	-0.0266
give_back	a role	-0.0276
give_back	a shall	0.0514
give_back	a short	0.0832
give_back	a student	0.0917
give_back	a typic	-0.0383
give_back	a ~closing	-0.0259
give_back	a ~degree	-0.0659
give_back	a ~job	-0.1289
give_back	a ~number	-0.1089
give_back	abil	-0.0456
give_back	abil should	-0.0283
give_back	about	-0.1668
give_back	about it	-0.0306
give_back	about my	-0.0218
give_back	about ~number	-0.04
give_back	academia	-0.0202
give_back	account	-0.0411
give_back	actual look	0.0526
give_back	actual use	-0.0281
give_back	actual ~help	-0.0636
give_back	actual ~want	0.0409
give_back	add	-0.0643
give_back	add you	-0.0643
give_back	administr	-0.0278
give_back	advic	-0.0893
give_back	advic on	-0.0245
give_back	affect	-0.0327
give_back	affect your	-0.0311
give_back	after	-0.1252
give_back	after a	-0.0213
give_back	after ~number	-0.045
give_back	afternoon	-0.0615
give_back	again	-0.1019
give_back	agenc	-0.023
give_back	agre	-0.0661
give_back	agre to	-0.0331
give_back	ai	0.1002
give_back	all	-0.1939
give_back	all i	-0.0273
give_back	all my	-0.0242
give_back	all right	-0.0314
give_back	all the	-0.0345
give_back	all ~number	-0.0345
give_back	almost	-0.0366
give_back	almost out	-0.0296
give_back	along	-0.0503
give_back	along to	-0.0219
give_back	alreadi	-0.0557
give_back	alright	-0.1056
give_back	alright i	-0.0347
give_back	alright if	-0.0407
give_back	also	-0.0299
give_back	am	0.1546
give_back	am a	-0.0726
give_back	am around	0.1051
give_back	am consid	-0.0412
give_back	am curious	-0.0279
give_back	am go	-0.0601
give_back	am hope	-0.0576
give_back	am in	0.0212
give_back	am just	-0.0233
give_back	am not	-0.0508
give_back	am pretti	0.0996
give_back	am priya	-0.0245
give_back	am still	0.0284
give_back	am tri	-0.0225
give_back	am your	0.1328
give_back	am ~number	-0.0845
give_back	am ~studyverb	-0.0409
give_back	am ~want	-0.1876
give_back	an	-0.0441
give_back	an averag	-0.0264
give_back	an extra	0.2977
give_back	an internship	-0.0217
give_back	an interview	-0.0236
give_back	an intro	-0.055
give_back	an ~job	-0.0395
give_back	an ~student	-0.0251
give_back	an ~talk	-0.0358
give_back	analyst	-0.1473
give_back	analyst do	-0.0352
give_back	analyst ~help	-0.0352
give_back	analyst ~job	-0.0375
give_back	and	-0.1662
give_back	and i	-0.1164
give_back	and if	0.0644
give_back	and let	0.1193
give_back	and mention	-0.0228
give_back	and tell	0.1239
give_back	and thank	-0.0256
give_back	and ~contactverb	0.0401
give_back	and ~want	-0.0288
give_back	ani	0.1196
give_back	ani chanc	-0.0892
give_back	ani more	-0.0703
give_back	ani open	-0.0693
give_back	ani way	0.2734
give_back	ani ~job	-0.0339
give_back	ani ~people	-0.0211
give_back	ani ~student	0.0846
give_back	anyon	-0.1664
give_back	anyon els	-0.0448
give_back	anyon in	-0.0563
give_back	anyon on	-0.0207
give_back	anyth	0.7215
give_back	anyth i	0.4423
give_back	anyth just	0.0316
give_back	anyth on	0.3
give_back	anyth open	-0.0793
give_back	anyth you	-0.026
give_back	anyth ~want	0.0316
give_back	app	0.245
give_back	app i	0.0611
give_back	appli	-0.2812
give_back	appli for	-0.0539
give_back	appli to	-0.0892
give_back	applic	-0.0922
give_back	appreci	-0.1189
give_back	appreci it	-0.0456
give_back	appreci you	-0.0501
give_back	apprenticeship	-0.0206
give_back	are	-0.1732
give_back	are actual	0.061
give_back	are almost	-0.0296
give_back	are near	0.0819
give_back	are the	-0.0266
give_back	are there	-0.1249
give_back	are you	-0.0721
give_back	are ~number	-0.0288
give_back	area	-0.0227
give_back	around	0.1051
give_back	articl about	0.0868
give_back	articl i	-0.0378
give_back	articl on	-0.0322
give_back	as	0.0261
give_back	as a	0.0802
give_back	as ~number	0.071
give_back	ask	0.0315
give_back	ask for	-0.0209
give_back	ask what	-0.0361
give_back	ask you	-0.0211
give_back	ask ~number	-0.0232
give_back	assist	-0.0214
give_back	associ	0.0845
give_back	associ you	0.118
give_back	at a	-0.0428
give_back	at it	-0.0425
give_back	at like	0.2149
give_back	at that	0.0915
give_back	at the	0.0617
give_back	at your	-0.0519
give_back	audit	-0.0251
give_back	averag	-0.0324
give_back	back	-0.0989
give_back	back to	-0.0244
give_back	background	-0.0426
give_back	bank	-0.0358
give_back	be	0.3598
give_back	be a	-0.0437
give_back	be alright	-0.033
give_back	be build	-0.0334
give_back	be comfort	-0.0209
give_back	be consid	-0.1015
give_back	be glad	0.328
give_back	be grate	-0.0751
give_back	be of	0.081
give_back	be ok	-0.045
give_back	be realli	-0.0757
give_back	be so	-0.0384
give_back	be use	0.2895
give_back	be weird	-0.0433
give_back	be will	-0.0388
give_back	be ~help	0.2895
give_back	be ~number	-0.0608
give_back	be ~want	-0.0757
give_back	becaus	-0.0256
give_back	becom	-0.0234
give_back	been	-0.0372
give_back	been a	0.0329
give_back	been the	-0.0205
give_back	befor	0.0779
give_back	befor appli	-0.036
give_back	befor i	-0.0556
give_back	befor this	0.1378
give_back	befor we	0.0824
give_back	best	-0.0345
give_back	beta	0.1266
give_back	beta test	0.0851
give_back	better	-0.0841
give_back	better at	-0.0674
give_back	between	-0.063
give_back	beyond	-0.0237
give_back	big	-0.0293
give_back	bit	-0.0371
give_back	book	-0.0408
give_back	bootcamp	0.055
give_back	brazil	0.0654
give_back	bridg	-0.0223
give_back	brief	-0.0331
give_back	brutal	-0.0657
give_back	build	-0.1031
give_back	busi	-0.0353
give_back	but	0.0271
give_back	but befor	0.0911
give_back	by	0.0366
give_back	by ask	-0.0211
give_back	bye	-0.0309
give_back	call	-0.0813
give_back	call it	-0.0276
give_back	campus	-0.0237
give_back	can	1.1242
give_back	can be	0.1755
give_back	can do	0.2492
give_back	can ever	0.0662
give_back	can give	-0.04
give_back	can help	0.1387
give_back	can i	0.4743
give_back	can pass	-0.0642
give_back	can return	0.0758
give_back	can see	-0.0783
give_back	can send	0.1358
give_back	can you	-0.0996
give_back	can ~help	0.4238
give_back	can ~learn	-0.0919
give_back	can ~sendverb	0.0716
give_back	candid	-0.0586
give_back	care	-0.0455
give_back	career	-0.1182
give_back	career in	-0.0269
give_back	case	-0.0335
give_back	certif	-0.0434
give_back	chanc	-0.1766
give_back	chanc of	-0.0884
give_back	chanc you	-0.0295
give_back	chang	-0.04
give_back	chapter	0.0403
give_back	chariti	0.0994
give_back	chat	-0.0705
give_back	chat with	-0.0211
give_back	check	-0.0487
give_back	cheer for	-0.0326
give_back	choos	-0.0397
give_back	class	0.1238
give_back	classroom	0.0267
give_back	clean	0.2698
give_back	clear	-0.0214
give_back	client	-0.075
give_back	clock	-0.0458
give_back	close	-0.0577
give_back	coffe	0.1246
give_back	colleagu	-0.0795
give_back	colleagu at	-0.0257
give_back	collect	-0.0246
give_back	collect ~insight	-0.0213
give_back	colleg	0.0742
give_back	come	0.0855
give_back	come to	-0.0647
give_back	comfort	-0.0285
give_back	committe	0.1261
give_back	communiti colleg	-0.0271
give_back	compani	-0.0947
give_back	complet	-0.0405
give_back	confer	0.1636
give_back	connect with	0.0294
give_back	consid	-0.156
give_back	consult	-0.0427
give_back	contact	-0.0415
give_back	contact of	-0.0257
give_back	context	-0.0247
give_back	convers	-0.0349
give_back	cool	-0.0242
give_back	coordin	-0.0239
give_back	could	0.8937
give_back	could appli	-0.0399
give_back	could do	0.0562
give_back	could help	0.127
give_back	could i	0.5859
give_back	could intern	-0.0466
give_back	could reach	-0.0211
give_back	could return	0.0832
give_back	could tri	-0.0259
give_back	could you	-0.1733
give_back	could ~contactverb	-0.0348
give_back	could ~help	0.2663
give_back	could ~learn	-0.0263
give_back	could ~student	-0.0466
give_back	could ~talk	-0.0484
give_back	could ~want	-0.0259
give_back	count	0.1163
give_back	coupl	-0.0625
give_back	coupl of	-0.0298
give_back	cours	-0.0357
give_back	cover	-0.0357
give_back	cover everyth	-0.0295
give_back	creativ	-0.0324
give_back	creativ director	-0.0307
give_back	credit	-0.0245
give_back	cultur	-0.0247
give_back	curious	-0.049
give_back	curious about	-0.0262
give_back	current	-0.0213
give_back	cut	-0.0405
give_back	dashboard	0.1978
give_back	data	0.1531
give_back	data scienc	-0.0373
give_back	data scientist	-0.031
give_back	decent	0.0855
give_back	decid	-0.0856
give_back	decid between	-0.0285
give_back	decid which	-0.0238
give_back	decis	-0.0361
give_back	def	-0.0211
give_back	degre	-0.0503
give_back	depart	-0.0826
give_back	depart this	-0.0401
give_back	describ	-0.0357
give_back	design	-0.1863
give_back	design is	-0.0417
give_back	design ~job	-0.0408
give_back	desk	0.1002
give_back	develop	-0.0314
give_back	did	-0.095
give_back	did ~number	-0.0204
give_back	differ	-0.0638
give_back	director	-0.0475
give_back	do	-0.4059
give_back	do a	-0.0601
give_back	do befor	-0.0327
give_back	do differ	-0.0246
give_back	do first	-0.0375
give_back	do for	0.7327
give_back	do i	-0.04
give_back	do just	0.0341
give_back	do not	-0.0877
give_back	do peopl	-0.0435
give_back	do that	-0.0363
give_back	do this	-0.108
give_back	do to	0.1916
give_back	do you	-0.591
give_back	do ~number	-0.0948
give_back	do ~people	-0.0435
give_back	doe	-0.188
give_back	doe a	-0.0284
give_back	doe the	-0.0232
give_back	doe your	-0.0808
give_back	doe ~number	-0.0516
give_back	done	-0.0502
give_back	down	-0.1008
give_back	down ~want	-0.03
give_back	dr	-0.0206
give_back	drop	-0.0382
give_back	drop you	-0.0323
give_back	dure	-0.06
give_back	earli	-0.0582
give_back	eight	-0.0222
give_back	eight year	-0.0222
give_back	eight ~duration	-0.0222
give_back	elect	-0.0271
give_back	els	-0.0991
give_back	email	-0.1107
give_back	email later	0.0457
give_back	email you	-0.0874
give_back	email ~later	0.0457
give_back	end	-0.0556
give_back	end of	-0.0339
give_back	end up	-0.0313
give_back	engin	-0.0939
give_back	enjoy	-0.0473
give_back	enjoy the	-0.0265
give_back	enjoy ~number	-0.0265
give_back	enough	-0.0541
give_back	enough of	-0.0384
give_back	entri	-0.0214
give_back	entri level	-0.0214
give_back	even	0.1707
give_back	even shall	0.0394
give_back	evening	-0.0313
give_back	event	0.1678
give_back	ever	0.836
give_back	ever anyth	0.044
give_back	ever be	0.0336
give_back	ever help	0.0955
give_back	ever need	0.3252
give_back	ever want	0.259
give_back	ever ~help	0.1211
give_back	ever ~want	0.1857
give_back	everyth	-0.0749
give_back	everyth i	-0.0264
give_back	everyth on	-0.0243
give_back	exercis	-0.0402
give_back	exercis to	-0.0279
give_back	experi	-0.0965
give_back	explain	-0.0352
give_back	extra	0.4217
give_back	extra pair	0.2977
give_back	favor	0.3299
give_back	favor mayb	0.0832
give_back	favor somehow	0.0845
give_back	feedback	0.1147
give_back	feel	-0.0474
give_back	few	-0.087
give_back	few month	-0.0515
give_back	few ~duration	-0.0587
give_back	field	-0.1795
give_back	figur	-0.0242
give_back	final	-0.0309
give_back	financ	-0.0296
give_back	find	-0.0492
give_back	find last	0.0353
give_back	find out	-0.0438
give_back	finish the	-0.0244
give_back	finish ~number	-0.0366
give_back	fire	0.0396
give_back	firm	-0.1388
give_back	firm ever	-0.0527
give_back	first	-0.0298
give_back	first gen	0.11
give_back	first if	-0.0354
give_back	first year	-0.0257
give_back	first ~duration	-0.0257
give_back	fit	-0.042
give_back	fit for	-0.0283
give_back	five	-0.0221
give_back	flight	-0.0359
give_back	flow	0.1328
give_back	flow i	0.1328
give_back	follow	-0.0874
give_back	follow up	-0.0629
give_back	for	0.272
give_back	for a	-0.1096
give_back	for agre	-0.0244
give_back	for all	-0.0224
give_back	for an	-0.0697
give_back	for ani	-0.0255
give_back	for be	-0.0241
give_back	for in	0.0606
give_back	for junior	-0.0624
give_back	for that	0.1004
give_back	for the	0.1338
give_back	for this	-0.1424
give_back	for today	-0.0256
give_back	for you	0.6064
give_back	for your	0.1453
give_back	for ~hiring	-0.0344
give_back	for ~number	-0.0502
give_back	for ~people	-0.026
give_back	for ~student	-0.0624
give_back	forecast	-0.0271
give_back	former	-0.033
give_back	former colleagu	-0.025
give_back	former ~people	-0.0313
give_back	forward	0.0704
give_back	forward my	-0.0274
give_back	found	-0.0244
give_back	free	0.0962
give_back	freelanc	-0.0218
give_back	from	0.1268
give_back	from a	-0.0256
give_back	from me	-0.0268
give_back	from my	0.124
give_back	from our	0.04
give_back	from the	0.1411
give_back	from ~number	0.1138
give_back	fundrais	0.1209
give_back	further	-0.0203
give_back	game	-0.0729
give_back	gave	-0.0217
give_back	gave me	-0.0217
give_back	gen	0.2226
give_back	gen z	0.1126
give_back	general	-0.0205
give_back	generous	0.0343
give_back	get	-0.3982
give_back	get a	-0.0338
give_back	get back	-0.0227
give_back	get better	-0.0674
give_back	get into	-0.0989
give_back	get to	-0.0209
give_back	get ~number	-0.0573
give_back	give	0.0938
give_back	give me	-0.0822
give_back	give up	-0.034
give_back	give ~people	0.0922
give_back	glad	0.3216
give_back	glad to	0.328
give_back	go	-0.2549
give_back	go to	-0.0791
give_back	goe	0.0532
give_back	good	-0.0517
give_back	good at	0.0706
give_back	good rest	0.118
give_back	good word	-0.0474
give_back	good ~closing	0.0995
give_back	goodby	-0.0204
give_back	got	-0.112
give_back	got a	-0.0206
give_back	got ~number	-0.0259
give_back	grad	-0.0664
give_back	grad school	-0.0357
give_back	grad ~org	-0.0357
give_back	graduat	-0.0728
give_back	grant	0.0982
give_back	grate	-0.2172
give_back	grate for	-0.0508
give_back	grate if	-0.1447
give_back	growth	-0.024
give_back	guy	0.0434
give_back	had	-0.1011
give_back	had no	-0.0203
give_back	had not	-0.0213
give_back	half	-0.0384
give_back	half hour	-0.0257
give_back	half ~limit	-0.0257
give_back	half ~timeunit	-0.0257
give_back	hand	0.6348
give_back	hand with	0.1356
give_back	handi	0.134
give_back	handl	-0.0318
give_back	happi	0.5344
give_back	happi to	0.544
give_back	happili	0.2932
give_back	hard	-0.061
give_back	hard back	-0.0229
give_back	has	-0.0855
give_back	has been	-0.0693
give_back	has ~workverb	-0.0693
give_back	have	-0.3217
give_back	have a	0.0391
give_back	have ani	0.0665
give_back	have got	-0.0291
give_back	have kept	-0.021
give_back	have more	-0.0256
give_back	have taken	-0.0428
give_back	have to	-0.0354
give_back	have ~number	0.0303
give_back	have ~workverb	-0.0236
give_back	health	-0.0247
give_back	hear	-0.0643
give_back	help	1.4416
give_back	help i	0.0337
give_back	help if	0.2142
give_back	help me	-0.0866
give_back	help new	-0.0221
give_back	help out	0.2156
give_back	help test	0.0284
give_back	help thank	-0.0239
give_back	help to	0.4162
give_back	help with	0.3875
give_back	help you	0.2401
give_back	here	-0.1112
give_back	hesit	0.1321
give_back	hesit to	0.1321
give_back	hey	-0.0283
give_back	hi	-0.0776
give_back	hi i	-0.0294
give_back	high	-0.0414
give_back	hire	-0.1163
give_back	hire manag	-0.0233
give_back	hire ~gatekeeper	-0.0233
give_back	home	-0.0308
give_back	honest	-0.039
give_back	honest advic	-0.022
give_back	honest i	-0.0216
give_back	honest ~insight	-0.0413
give_back	hop	-0.0226
give_back	hope	-0.1375
give_back	hope to	-0.0213
give_back	hope you	-0.0758
give_back	hospit	-0.0432
give_back	hospit administr	-0.0243
give_back	hour	-0.0891
give_back	hous	-0.0234
give_back	how	-0.1124
give_back	how can	0.233
give_back	how could	0.2638
give_back	how did	-0.0703
give_back	how do	-0.2067
give_back	how doe	-0.0402
give_back	how is	-0.0425
give_back	how it	0.1064
give_back	how much	-0.0451
give_back	how the	-0.0752
give_back	how you	-0.0645
give_back	how your	-0.0238
give_back	how ~help	-0.2067
give_back	how ~number	-0.0814
give_back	how ~studyverb	-0.0703
give_back	i	0.8575
give_back	i add	-0.0643
give_back	i am	0.1546
give_back	i appli	-0.0201
give_back	i appreci	-0.0266
give_back	i ask	-0.0572
give_back	i be	0.3848
give_back	i can	0.902
give_back	i connect	-0.0599
give_back	i could	0.3513
give_back	i do	0.2235
give_back	i email	-0.0444
give_back	i follow	-0.0401
give_back	i had	-0.071
give_back	i have	-0.2692
give_back	i help	0.028
give_back	i just	-0.0596
give_back	i know	0.0382
give_back	i learn	-0.035
give_back	i like	-0.0384
give_back	i need	-0.0385
give_back	i practic	-0.0387
give_back	i reach	-0.0509
give_back	i read	-0.0218
give_back	i realli	-0.0478
give_back	i return	0.1613
give_back	i send	-0.0992
give_back	i sent	0.1175
give_back	i should	-0.1033
give_back	i spent	0.1157
give_back	i think	-0.1328
give_back	i took	-0.0237
give_back	i want	-0.0997
give_back	i was	-0.0644
give_back	i will	-0.2747
give_back	i would	0.2977
give_back	i wrote	0.3095
give_back	i ~contactverb	-0.0629
give_back	i ~help	0.68
give_back	i ~insight	-0.0283
give_back	i ~learn	-0.0752
give_back	i ~org	-0.0387
give_back	i ~studyverb	-0.0674
give_back	i ~talk	-0.1447
give_back	i ~want	0.0326
give_back	i ~workverb	0.1018
give_back	idea	-0.0304
give_back	if	1.1397
give_back	if a	0.0465
give_back	if anyon	-0.0219
give_back	if anyth	-0.0958
give_back	if i	0.0381
give_back	if it	0.0802
give_back	if someth	-0.0337
give_back	if that	0.1989
give_back	if there	0.1624
give_back	if you	0.4797
give_back	if your	0.2466
give_back	if ~number	0.0505
give_back	if ~people	-0.0219
give_back	in	-0.4553
give_back	in a	-0.1076
give_back	in data	-0.0235
give_back	in hospit	-0.0226
give_back	in mind	-0.04
give_back	in my	0.0381
give_back	in polici	-0.0301
give_back	in return	0.3335
give_back	in the	-0.0629
give_back	in their	-0.0422
give_back	in this	-0.0393
give_back	in touch	-0.0414
give_back	in with	-0.0208
give_back	in your	-0.2703
give_back	in ~contactverb	-0.0459
give_back	in ~help	0.3335
give_back	in ~job	0.0614
give_back	in ~number	-0.1795
give_back	in ~org	-0.0233
give_back	industri	-0.0674
give_back	inform	-0.0656
give_back	inform about	-0.0228
give_back	interest in	-0.0489
give_back	intern	-0.0878
give_back	interview	-0.0967
give_back	interview with	-0.0214
give_back	into	-0.2749
give_back	into a	-0.0879
give_back	into ~number	-0.0966
give_back	intro	-0.067
give_back	introduc	-0.0363
give_back	introduc me	-0.023
give_back	introduct	-0.0444
give_back	is	-0.2814
give_back	is a	-0.08
give_back	is all	-0.0626
give_back	is alright	-0.0266
give_back	is ani	0.0755
give_back	is anyon	-0.0371
give_back	is ever	0.1285
give_back	is everyth	-0.033
give_back	is for	-0.0494
give_back	is help	0.0721
give_back	is it	-0.0901
give_back	is like	-0.0207
give_back	is realli	-0.0328
give_back	is super	-0.0581
give_back	is that	-0.0282
give_back	is the	-0.1698
give_back	is there	0.3378
give_back	is work	0.0472
give_back	is your	-0.0496
give_back	is ~number	-0.2785
give_back	is ~people	-0.0423
give_back	is ~want	-0.0412
give_back	is ~workverb	0.0379
give_back	it	0.0945
give_back	it along	-0.0579
give_back	it be	-0.1251
give_back	it for	-0.0217
give_back	it from	-0.0277
give_back	it help	0.1896
give_back	it here	-0.0235
give_back	it if	-0.0485
give_back	it is	0.0562
give_back	it there	-0.0636
give_back	it would	0.0579
give_back	it ~help	0.1979
give_back	it ~insight	0.1247
give_back	it ~want	0.0295
give_back	job	-0.1638
give_back	join	-0.0252
give_back	jump	-0.1334
give_back	junior	-0.1588
give_back	junior in	-0.0462
give_back	just	0.0864
give_back	just ask	0.079
give_back	just say	0.0288
give_back	just want	-0.0205
give_back	just ~learn	0.0781
give_back	just ~talk	0.0781
give_back	just ~want	-0.0436
give_back	keep	-0.2175
give_back	keep me	-0.04
give_back	keep you	-0.109
give_back	kept	-0.0254
give_back	kept you	-0.0254
give_back	kind	-0.0314
give_back	kind of	-0.0721
give_back	know	0.066
give_back	know anyon	-0.0416
give_back	know how	0.0932
give_back	know i	-0.0206
give_back	know if	0.039
give_back	know we	0.0842
give_back	know you	-0.0363
give_back	know your	-0.0338
give_back	know ~people	-0.0469
give_back	land	-0.0374
give_back	land ~number	-0.0222
give_back	last	-0.0786
give_back	last question	-0.0206
give_back	late	-0.0361
give_back	later	-0.0591
give_back	later and	0.0457
give_back	law	-0.0268
give_back	learn	-0.1064
give_back	learn more	-0.0346
give_back	leav	-0.1196
give_back	leav it	-0.071
give_back	leed	-0.0324
give_back	left	-0.0216
give_back	let	-0.0393
give_back	let me	0.0225
give_back	let you	-0.0323
give_back	level	-0.0328
give_back	librari	0.0379
give_back	like	-0.0625
give_back	like for	-0.068
give_back	like from	0.0399
give_back	like the	0.2132
give_back	like this	-0.042
give_back	like ~number	0.1943
give_back	line	-0.0266
give_back	link	-0.0462
give_back	linkedin	-0.1134
give_back	linkedin after	-0.021
give_back	linkedin and	0.1215
give_back	linkedin if	-0.0238
give_back	linkedin ~want	-0.021
give_back	list	-0.0468
give_back	long	-0.046
give_back	longer	-0.0252
give_back	look	0.1716
give_back	look at	0.1981
give_back	look for	0.0369
give_back	look like	-0.0585
give_back	lot of	0.0364
give_back	love	-0.1054
give_back	love it	-0.0509
give_back	love ~number	-0.0284
give_back	lunch	-0.0593
give_back	lunch break	-0.0247
give_back	made	-0.0465
give_back	main	-0.0289
give_back	make	0.1312
give_back	make myself	-0.0437
give_back	make sens	-0.0464
give_back	make the	-0.0353
give_back	make ~insight	-0.0464
give_back	make ~number	-0.0568
give_back	manag	-0.0411
give_back	manag a	0.1391
give_back	manag ~number	0.1338
give_back	market	0.0309
give_back	master	-0.0581
give_back	materi	0.1053
give_back	matter	-0.0299
give_back	may	-0.0251
give_back	mayb	0.0231
give_back	mayb share	0.0832
give_back	me	-0.4023
give_back	me a	-0.0201
give_back	me about	-0.0497
give_back	me for	-0.0731
give_back	me if	0.0574
give_back	me in	-0.0744
give_back	me know	0.0461
give_back	me some	-0.0208
give_back	me the	-0.0427
give_back	me through	-0.0334
give_back	me to	-0.0616
give_back	me understand	-0.0468
give_back	me ~number	-0.0751
give_back	meet	-0.1122
give_back	meet you	-0.0221
give_back	member	0.0327
give_back	mention	0.2607
give_back	mention onc	-0.0322
give_back	mentor	0.2495
give_back	might	0.2344
give_back	mind	-0.2206
give_back	mind if	-0.0853
give_back	mind of	-0.0223
give_back	minut	-0.0782
give_back	moment	-0.0505
give_back	month	-0.1576
give_back	month to	-0.0306
give_back	more	-0.2677
give_back	more about	-0.0443
give_back	more of	-0.0468
give_back	more question	-0.1071
give_back	most	-0.0968
give_back	most in	-0.0216
give_back	move	-0.0561
give_back	move into	-0.0398
give_back	msw	-0.0897
give_back	msw program	-0.0897
give_back	msw ~degree	-0.0882
give_back	much	-0.2536
give_back	much for	-0.0478
give_back	much of	-0.0427
give_back	municip	-0.0266
give_back	museum	-0.024
give_back	my	-0.343
give_back	my end	0.0858
give_back	my interest	-0.0582
give_back	my list	-0.0323
give_back	my note	0.0765
give_back	my portfolio	-0.0347
give_back	my question	-0.0271
give_back	my resum	-0.1217
give_back	my thesi	0.0221
give_back	my ~application	-0.1377
give_back	my ~degree	0.041
give_back	my ~job	-0.0204
give_back	myself	-0.135
give_back	myself a	-0.045
give_back	myself ~number	-0.045
give_back	name	-0.0981
give_back	name come	-0.0418
give_back	name of	-0.0239
give_back	near	0.0665
give_back	near out	0.0958
give_back	need	0.4017
give_back	need a	0.186
give_back	need an	-0.0519
give_back	need ani	0.114
give_back	need to	-0.1669
give_back	need ~number	0.1341
give_back	network	-0.0542
give_back	network who	-0.0313
give_back	network ~people	-0.0313
give_back	never	-0.0296
give_back	new	0.0916
give_back	new ~student	0.0463
give_back	next	-0.1591
give_back	next meet	-0.0222
give_back	next week	-0.0262
give_back	next ~closing	-0.0262
give_back	next ~talk	-0.0296
give_back	nice	-0.0242
give_back	night	0.0228
give_back	no	-0.0784
give_back	no idea	-0.0203
give_back	nonprofit	-0.0553
give_back	normal	-0.0208
give_back	not	-0.3273
give_back	not have	-0.0701
give_back	not hesit	0.1321
give_back	not take	-0.0303
give_back	not want	-0.081
give_back	not ~insight	-0.0303
give_back	not ~want	-0.1172
give_back	note tonight	-0.022
give_back	now	-0.2644
give_back	now i	-0.0319
give_back	nurs	-0.1429
give_back	nurs student	0.0488
give_back	nurs ~student	0.0488
give_back	of	0.188
give_back	of a	-0.0285
give_back	of ani	0.0574
give_back	of anyth	-0.0235
give_back	of hand	0.2977
give_back	of my	-0.0205
give_back	of peopl	0.0341
give_back	of this	-0.0213
give_back	of time	0.0637
give_back	of you	-0.0306
give_back	of your	0.304
give_back	of ~limit	0.0637
give_back	of ~number	-0.0567
give_back	off a	0.0436
give_back	off now	-0.0342
give_back	off to	0.0212
give_back	off ~number	0.0436
give_back	offer	0.1318
give_back	offic	-0.0691
give_back	often	-0.0211
give_back	oh	-0.0633
give_back	ok	-0.3013
give_back	ok i	-0.0567
give_back	ok if	-0.0462
give_back	ok that	-0.0692
give_back	old	-0.0352
give_back	omg	-0.0412
give_back	on	-0.1536
give_back	on a	-0.0266
give_back	on how	-0.0409
give_back	on linkedin	-0.0847
give_back	on me	0.1233
give_back	on municip	-0.0266
give_back	on my	0.0287
give_back	on the	-0.1105
give_back	on whether	-0.0375
give_back	on your	0.1006
give_back	on ~number	-0.1433
give_back	onboard	0.1267
give_back	onboard flow	0.1328
give_back	onc	-0.1354
give_back	onc i	-0.082
give_back	one	0.0267
give_back	onli	-0.0239
give_back	onlin	-0.0228
give_back	open	-0.301
give_back	open on	-0.0426
give_back	open up	-0.0903
give_back	or	-0.2292
give_back	or anyth	0.0518
give_back	or do	-0.0221
give_back	or is	-0.0276
give_back	or ~help	-0.0221
give_back	or ~number	-0.0258
give_back	other	-0.0341
give_back	our	0.0584
give_back	out	-0.0708
give_back	out and	0.0375
give_back	out if	-0.0601
give_back	out in	-0.0412
give_back	out of	0.0207
give_back	out to	-0.0412
give_back	out with	0.1211
give_back	outreach	0.0554
give_back	over	-0.0601
give_back	over the	-0.0257
give_back	over ~number	-0.0282
give_back	own	-0.0452
give_back	pair	0.2977
give_back	pair of	0.2977
give_back	panel	0.1096
give_back	part	-0.1352
give_back	part of	-0.0687
give_back	part time	-0.0536
give_back	part ~limit	-0.0536
give_back	pass	-0.1074
give_back	pass it	-0.0579
give_back	pass my	-0.0821
give_back	past	-0.0208
give_back	path	-0.0434
give_back	patient	-0.0529
give_back	pay	0.1015
give_back	peopl	-0.1019
give_back	peopl in	0.0247
give_back	perspect	0.0795
give_back	perspect on	0.105
give_back	pick	0.084
give_back	pick up	0.0216
give_back	ping	-0.0358
give_back	ping you	-0.0227
give_back	pitch	0.1535
give_back	pitch in	0.1631
give_back	place	-0.0208
give_back	plan	-0.0333
give_back	plate	0.2109
give_back	pleas	0.293
give_back	pleas do	0.1287
give_back	pleas let	0.038
give_back	pleas ~help	0.1287
give_back	podcast	-0.0226
give_back	point	-0.0212
give_back	polici	-0.0968
give_back	portfolio	-0.0694
give_back	portfolio review	-0.0205
give_back	portfolio to	-0.0307
give_back	posit	-0.1275
give_back	posit i	-0.0408
give_back	post	-0.0678
give_back	post on	-0.0421
give_back	practic	-0.0655
give_back	prepar	-0.0955
give_back	prepar for	-0.0861
give_back	present	-0.0373
give_back	pretti	0.2009
give_back	pretti good	0.1093
give_back	priya	-0.0341
give_back	process	-0.0253
give_back	product	-0.0658
give_back	profession	-0.0486
give_back	profession associ	-0.0299
give_back	program	0.1055
give_back	program are	0.0558
give_back	project	0.195
give_back	project i	-0.082
give_back	project manag	-0.0207
give_back	promis	-0.0301
give_back	public	-0.0377
give_back	put	0.0394
give_back	put in	-0.0715
give_back	python	0.2614
give_back	python script	0.2681
give_back	question	-0.0825
give_back	question i	-0.023
give_back	quick	-0.0936
give_back	rang	-0.0252
give_back	reach out	-0.0758
give_back	read	-0.0657
give_back	real	0.086
give_back	realiti	-0.0351
give_back	realiti of	-0.0351
give_back	realiz	-0.0208
give_back	realli	-0.329
give_back	realli appreci	-0.0609
give_back	realli grate	-0.0757
give_back	realli help	-0.0495
give_back	realli kind	-0.0252
give_back	realli ~want	-0.0889
give_back	recommend	-0.122
give_back	recommend i	-0.0264
give_back	recommend me	-0.0287
give_back	recruit	0.0919
give_back	refer	-0.0599
give_back	refer me	-0.0418
give_back	referr	-0.0339
give_back	report	-0.0345
give_back	request	-0.0233
give_back	research	-0.0772
give_back	resourc	0.0248
give_back	rest	0.0717
give_back	rest of	0.0717
give_back	result	0.1244
give_back	resum	-0.1256
give_back	resum along	-0.0251
give_back	resum to	-0.0613
give_back	return	0.7018
give_back	return the	0.3821
give_back	return ~number	0.3821
give_back	review	0.0771
give_back	review goe	-0.0205
give_back	right	-0.1827
give_back	right i	-0.0224
give_back	right now	-0.0653
give_back	risk	-0.0222
give_back	role	-0.1635
give_back	role at	-0.0222
give_back	rout	-0.0297
give_back	run	0.1987
give_back	said	-0.0425
give_back	salari	-0.0306
give_back	salari rang	-0.0252
give_back	saturday	0.0806
give_back	saw	-0.0205
give_back	say thank	-0.0213
give_back	schedul	0.0272
give_back	school	-0.0718
give_back	scienc	-0.0712
give_back	scientist	-0.031
give_back	script	0.2681
give_back	search	-0.026
give_back	search goe	-0.0214
give_back	season	-0.0249
give_back	second year	0.0325
give_back	second ~duration	0.0325
give_back	sector	-0.0502
give_back	see	-0.0806
give_back	see if	-0.0637
give_back	see the	-0.0304
give_back	see we	-0.0383
give_back	see you	-0.0265
give_back	see ~number	-0.0304
give_back	send	0.1038
give_back	send over	-0.0361
give_back	send you	0.1807
give_back	senior	-0.0202
give_back	sens	-0.0571
give_back	sent	0.1175
give_back	sent you	0.1175
give_back	serious	0.144
give_back	set	0.1215
give_back	shall	0.0932
give_back	shall i	-0.023
give_back	shall project	-0.0957
give_back	shall staff	0.0394
give_back	shall way	0.1848
give_back	share	0.3776
give_back	share my	0.1122
give_back	share what	0.2298
give_back	she	-0.0301
give_back	she would	-0.0271
give_back	she ~want	-0.0271
give_back	shift	-0.0859
give_back	shift look	-0.0214
give_back	shop	0.1369
give_back	short	0.2208
give_back	short note	-0.0271
give_back	short summari	0.1261
give_back	should	-0.3054
give_back	should i	-0.1795
give_back	should talk	-0.0218
give_back	should ~talk	-0.0362
give_back	side	0.164
give_back	side if	0.0656
give_back	side of	0.0828
give_back	side project	0.058
give_back	sinc	0.0462
give_back	sinc i	0.0349
give_back	sinc you	0.042
give_back	six	0.1163
give_back	six year	0.1208
give_back	six ~duration	0.1163
give_back	skill	-0.0541
give_back	so	-0.3927
give_back	so generous	0.0405
give_back	so i	-0.1578
give_back	so if	0.1263
give_back	so much	-0.1121
give_back	so you	-0.0935
give_back	some	0.4179
give_back	some time	0.2706
give_back	some way	0.0375
give_back	somehow	0.0845
give_back	someon	0.0491
give_back	someon to	0.1472
give_back	someth come	-0.0371
give_back	someth shall	0.0542
give_back	sorri	-0.1463
give_back	sorri for	-0.021
give_back	sorri i	-0.0627
give_back	sound	-0.0318
give_back	spanish	0.0483
give_back	speak	0.1788
give_back	speak to	0.0251
give_back	spend	-0.0249
give_back	spent	0.1043
give_back	spent six	0.1384
give_back	spreadsheet	-0.0263
give_back	spring	0.0901
give_back	staff	0.2625
give_back	stand	-0.1846
give_back	stand out	-0.1798
give_back	start	-0.1801
give_back	start again	-0.0208
give_back	start out	-0.0227
give_back	start to	-0.0266
give_back	start ~later	-0.0208
give_back	stay	-0.0291
give_back	step	-0.0287
give_back	still	-0.0258
give_back	still in	0.0335
give_back	stop	-0.0733
give_back	stop there	-0.0302
give_back	stress	0.0462
give_back	stress test	0.0482
give_back	structur	-0.025
give_back	student	0.5277
give_back	student chapter	0.0403
give_back	student in	0.0555
give_back	student who	0.048
give_back	student ~people	0.048
give_back	studi	-0.0636
give_back	studio	-0.0202
give_back	suggest	-0.0506
give_back	suggest i	-0.0211
give_back	suit	-0.0226
give_back	suit me	-0.0202
give_back	summari	0.1121
give_back	summari of	0.1121
give_back	summer	-0.2228
give_back	summer to	-0.0473
give_back	super	-0.0965
give_back	super help	-0.0682
give_back	support	0.2527
give_back	survey	0.4403
give_back	survey data	0.2942
give_back	switch	-0.0618
give_back	take a	0.2158
give_back	take on	-0.0454
give_back	take the	-0.0226
give_back	take up	-0.06
give_back	take ~number	0.1912
give_back	taken	-0.0462
give_back	taken enough	-0.0384
give_back	talk	-0.1897
give_back	talk to	-0.1044
give_back	talk with	-0.0214
give_back	teach	-0.0416
give_back	team	0.1214
give_back	team ever	0.2039
give_back	team ~gatekeeper	-0.0203
give_back	tell	0.124
give_back	tell me	0.0275
give_back	tell you	0.0983
give_back	term	0.0271
give_back	test	0.0749
give_back	test my	-0.0582
give_back	test the	0.1328
give_back	test ~number	0.1328
give_back	tester	0.0399
give_back	than	-0.0818
give_back	thank	-0.4548
give_back	thank again	-0.0273
give_back	thank for	-0.0717
give_back	thank so	-0.0496
give_back	thank to	-0.0209
give_back	thank you	-0.1876
give_back	thank ~later	-0.0273
give_back	that	0.121
give_back	that articl	0.0632
give_back	that cover	-0.0295
give_back	that i	0.0695
give_back	that is	-0.1605
give_back	that make	-0.0358
give_back	that realli	-0.0367
give_back	that would	0.065
give_back	that ~want	0.0283
give_back	the	0.5413
give_back	the articl	-0.0546
give_back	the bootcamp	-0.0497
give_back	the campus	-0.0237
give_back	the classroom	0.0267
give_back	the clock	-0.0379
give_back	the confer	0.0665
give_back	the contact	-0.0286
give_back	the day	-0.0211
give_back	the end	-0.0339
give_back	the favor	0.3299
give_back	the field	-0.0383
give_back	the half	-0.0235
give_back	the job	-0.05
give_back	the last	-0.0225
give_back	the link	-0.0291
give_back	the master	-0.0217
give_back	the moment	-0.0388
give_back	the most	-0.0473
give_back	the new	0.2078
give_back	the open	-0.0469
give_back	the portfolio	-0.0247
give_back	the project	-0.0227
give_back	the realiti	-0.0351
give_back	the recruit	0.0409
give_back	the rest	-0.028
give_back	the role	-0.0386
give_back	the spring	0.1172
give_back	the student	0.288
give_back	the survey	0.1506
give_back	the switch	-0.0305
give_back	the time	-0.0634
give_back	the weather	-0.032
give_back	the word	0.0289
give_back	the work	-0.0256
give_back	the ~closing	-0.0662
give_back	the ~contactverb	-0.0392
give_back	the ~degree	-0.1255
give_back	the ~gatekeeper	-0.1064
give_back	the ~hiring	0.1488
give_back	the ~job	-0.1164
give_back	the ~learn	-0.0258
give_back	the ~limit	-0.093
give_back	the ~number	-0.034
give_back	the ~org	-0.0838
give_back	the ~people	-0.0618
give_back	the ~student	0.141
give_back	the ~talk	-0.0401
give_back	the ~workverb	-0.0256
give_back	their	-0.065
give_back	their first	-0.0384
give_back	them	-0.0234
give_back	there	0.2205
give_back	there a	-0.0424
give_back	there ani	-0.0249
give_back	there anyon	-0.0344
give_back	there anyth	0.4052
give_back	there for	-0.0258
give_back	there is	0.1642
give_back	there so	-0.0227
give_back	there ~number	-0.0484
give_back	there ~people	-0.0625
give_back	these	-0.0217
give_back	thesi	0.0221
give_back	they	-0.0479
give_back	thing	0.0835
give_back	think	-0.3207
give_back	think about	-0.0248
give_back	think i	-0.1155
give_back	think of	-0.0359
give_back	think that	-0.0529
give_back	think we	-0.0315
give_back	this	-0.1299
give_back	this field	-0.0978
give_back	this has	-0.0404
give_back	this is	-0.0476
give_back	this month	-0.0218
give_back	this summer	-0.1744
give_back	this thank	-0.0274
give_back	this work	-0.0399
give_back	this ~learn	-0.0399
give_back	this ~workverb	-0.0399
give_back	thought	-0.048
give_back	through	0.0674
give_back	through ~number	-0.0277
give_back	time	-0.023
give_back	time but	0.0917
give_back	time for	-0.0277
give_back	time so	-0.0273
give_back	time today	-0.0344
give_back	tip	0.132
give_back	to a	-0.0238
give_back	to about	-0.0226
give_back	to ask	0.0945
give_back	to be	-0.2218
give_back	to build	-0.0478
give_back	to chat	-0.0384
give_back	to connect	0.0358
give_back	to cut	-0.0362
give_back	to do	-0.042
give_back	to find	-0.0513
give_back	to finish	-0.02
give_back	to get	-0.1295
give_back	to give	0.037
give_back	to grad	-0.0329
give_back	to hear	-0.0383
give_back	to help	0.403
give_back	to jump	-0.0866
give_back	to keep	-0.0494
give_back	to learn	-0.0346
give_back	to make	0.3103
give_back	to mind	-0.0647
give_back	to my	-0.0206
give_back	to prepar	-0.0728
give_back	to return	0.0502
give_back	to say	-0.0251
give_back	to see	-0.0637
give_back	to send	-0.0374
give_back	to share	0.1609
give_back	to speak	0.1277
give_back	to stay	-0.0425
give_back	to take	-0.051
give_back	to talk	-0.0772
give_back	to test	-0.0682
give_back	to the	-0.1427
give_back	to think	-0.02
give_back	to tri	0.0287
give_back	to understand	-0.0322
give_back	to work	-0.0261
give_back	to you	0.613
give_back	to your	-0.0391
give_back	to ~help	0.4452
give_back	to ~insight	-0.051
give_back	to ~learn	-0.2791
give_back	to ~limit	-0.023
give_back	to ~number	-0.1744
give_back	to ~people	-0.0349
give_back	to ~sendverb	0.1122
give_back	to ~student	0.0548
give_back	to ~talk	0.1144
give_back	to ~want	0.0287
give_back	to ~workverb	-0.0334
give_back	today	-0.1403
give_back	togeth	0.115
give_back	tonight	-0.0525
give_back	too	0.2814
give_back	too much	-0.0304
give_back	took	-0.0279
give_back	total	-0.0871
give_back	touch	-0.0426
give_back	touch with	-0.043
give_back	track	-0.0622
give_back	transit	0.0533
give_back	travel	-0.0308
give_back	tri	-0.0676
give_back	tri to	-0.0818
give_back	two	-0.0447
give_back	typic	-0.0601
give_back	typic ~closing	-0.0214
give_back	understand	-0.1681
give_back	understand if	-0.0892
give_back	understand the	-0.0476
give_back	understand ~number	-0.0476
give_back	up	-0.0746
give_back	up a	-0.0239
give_back	up ani	-0.0472
give_back	up in	-0.0502
give_back	up on	-0.079
give_back	up with	-0.0418
give_back	up ~number	-0.0278
give_back	us leav	-0.0244
give_back	use	0.562
give_back	use to	0.2207
give_back	use ~number	0.3163
give_back	usual	-0.0728
give_back	vacanc	-0.0393
give_back	valu	-0.0292
give_back	valu your	-0.0204
give_back	veri	-0.0893
give_back	volunt	0.3777
give_back	volunt at	0.1221
give_back	volunt for	0.2812
give_back	volunt with	-0.0228
give_back	wait	-0.026
give_back	walk	0.0991
give_back	walk me	-0.0413
give_back	want	0.0239
give_back	want a	0.1262
give_back	want someon	0.1328
give_back	want to	-0.2056
give_back	want ~number	0.1262
give_back	want ~people	0.1328
give_back	was	-0.1786
give_back	was super	-0.0305
give_back	was your	-0.0255
give_back	was ~number	-0.023
give_back	was ~want	-0.0391
give_back	way	0.368
give_back	way i	0.2507
give_back	way to	0.0998
give_back	we	-0.1742
give_back	we can	-0.0315
give_back	we finish	0.0942
give_back	we have	-0.0225
give_back	weather	-0.0328
give_back	websit	-0.0215
give_back	week	-0.1865
give_back	week with	-0.0263
give_back	weekend	-0.0467
give_back	weird	-0.0484
give_back	weird if	-0.0389
give_back	well	-0.0494
give_back	well i	-0.0425
give_back	went	-0.0445
give_back	were	-0.0814
give_back	were start	-0.0288
give_back	what	-0.2408
give_back	what a	-0.0312
give_back	what are	-0.0489
give_back	what can	0.2098
give_back	what could	0.2826
give_back	what do	-0.0675
give_back	what doe	-0.0549
give_back	what i	0.0646
give_back	what is	-0.1502
give_back	what kind	-0.037
give_back	what should	-0.0534
give_back	what skill	-0.0286
give_back	what student	0.0972
give_back	what the	0.0218
give_back	what would	-0.0577
give_back	what you	-0.0326
give_back	what ~help	-0.0675
give_back	what ~number	-0.0296
give_back	what ~want	-0.0577
give_back	when	-0.2105
give_back	when i	-0.1192
give_back	when you	-0.0469
give_back	where	0.1186
give_back	where can	-0.0645
give_back	where do	-0.0302
give_back	where i	0.103
give_back	where ~help	-0.0302
give_back	whether	-0.0906
give_back	whi	-0.0626
give_back	whi i	-0.0282
give_back	which	0.1233
give_back	which abil	-0.0345
give_back	which of	0.3234
give_back	which ~student	-0.0207
give_back	while	0.3428
give_back	who	-0.1671
give_back	who do	-0.0302
give_back	who els	-0.0308
give_back	who is	0.0357
give_back	who would	-0.0452
give_back	who ~help	-0.0302
give_back	who ~want	-0.0452
give_back	will	-0.2896
give_back	will be	-0.0582
give_back	will connect	0.1117
give_back	will drop	-0.0254
give_back	will email	-0.0317
give_back	will keep	-0.043
give_back	will leav	-0.0399
give_back	will let	-0.1129
give_back	will not	-0.0503
give_back	will send	0.1415
give_back	will stop	-0.0377
give_back	will to	-0.0388
give_back	will wrap	-0.024
give_back	will ~contactverb	-0.0541
give_back	will ~sendverb	0.0762
give_back	will ~talk	0.0769
give_back	wish	-0.0337
give_back	wish you	-0.0247
give_back	with	0.1789
give_back	with a	-0.0391
give_back	with anyth	0.2063
give_back	with in	0.0257
give_back	with me	-0.0356
give_back	with real	-0.0354
give_back	with the	0.1786
give_back	with your	-0.1211
give_back	with ~number	0.1216
give_back	wonder	-0.0332
give_back	work	-0.3654
give_back	work as	0.0436
give_back	work in	-0.0363
give_back	work on	-0.0259
give_back	worth	0.2739
give_back	worth it	-0.0332
give_back	would	0.03
give_back	would be	0.2962
give_back	would ever	0.0392
give_back	would happili	0.2932
give_back	would help	0.0294
give_back	would it	0.0521
give_back	would like	-0.0416
give_back	would love	-0.061
give_back	would recommend	-0.0338
give_back	would you	-0.1879
give_back	would ~want	-0.0316
give_back	wow	-0.0391
give_back	wrap	-0.0506
give_back	wrap up	-0.0413
give_back	write	0.0781
give_back	write up	0.0303
give_back	wrote	0.3095
give_back	yeah	-0.0626
give_back	year	-0.0473
give_back	year and	-0.0206
give_back	year nurs	0.0488
give_back	year ~workverb	0.1358
give_back	yet	-0.0305
give_back	you	0.2838
give_back	you a	-0.1749
give_back	you again	-0.0314
give_back	you agre	-0.0292
give_back	you an	-0.0223
give_back	you and	-0.0221
give_back	you are	0.1859
give_back	you be	-0.0776
give_back	you can	-0.0752
give_back	you could	-0.2002
give_back	you decid	-0.0345
give_back	you describ	-0.0279
give_back	you do	-0.0783
give_back	you email	0.0269
give_back	you ever	0.326
give_back	you explain	-0.0201
give_back	you find	-0.0233
give_back	you for	-0.1385
give_back	you get	-0.0551
give_back	you give	-0.0229
give_back	you go	-0.0603
give_back	you have	0.084
give_back	you help	-0.0357
give_back	you how	-0.0253
give_back	you if	-0.0591
give_back	you in	0.228
give_back	you just	0.1235
give_back	you keep	-0.022
give_back	you like	-0.0245
give_back	you mention	0.2921
give_back	you might	-0.0347
give_back	you mind	-0.0274
give_back	you most	-0.0219
give_back	you my	-0.0391
give_back	you need	0.2244
give_back	you note	-0.0287
give_back	you on	-0.025
give_back	you onc	-0.0206
give_back	you or	0.0437
give_back	you out	0.0827
give_back	you post	-0.0414
give_back	you recommend	-0.0414
give_back	you run	0.2642
give_back	you so	-0.0262
give_back	you tell	-0.0396
give_back	you thank	0.1082
give_back	you that	0.3105
give_back	you the	0.1001
give_back	you think	-0.1552
give_back	you this	-0.0509
give_back	you to	-0.0531
give_back	you use	-0.0297
give_back	you walk	-0.0322
give_back	you were	-0.0552
give_back	you where	0.1329
give_back	you wish	-0.0208
give_back	you work	-0.0203
give_back	you would	-0.152
give_back	you ~contactverb	0.0235
give_back	you ~help	-0.129
give_back	you ~later	-0.0608
give_back	you ~learn	-0.123
give_back	you ~number	-0.0972
give_back	you ~studyverb	-0.0202
give_back	you ~want	-0.0569
give_back	you ~workverb	0.2367
give_back	your	0.653
give_back	your afternoon	-0.0559
give_back	your app	0.068
give_back	your career	-0.0289
give_back	your compani	-0.0767
give_back	your creativ	-0.0307
give_back	your day	0.096
give_back	your depart	-0.0719
give_back	your field	-0.0371
give_back	your firm	-0.1055
give_back	your first	-0.0226
give_back	your former	-0.0313
give_back	your lunch	-0.0443
give_back	your network	-0.038
give_back	your next	-0.0321
give_back	your patient	-0.0307
give_back	your plate	0.2109
give_back	your project	0.323
give_back	your recruit	0.0872
give_back	your side	0.0659
give_back	your team	0.2291
give_back	your time	-0.114
give_back	your week	-0.0529
give_back	your work	-0.0321
give_back	your ~closing	-0.0372
give_back	your ~gatekeeper	-0.0221
give_back	your ~hiring	0.0812
give_back	your ~insight	-0.0601
give_back	your ~job	-0.0276
give_back	your ~learn	-0.0327
give_back	your ~limit	-0.1299
give_back	your ~people	0.0506
give_back	your ~talk	-0.0442
give_back	your ~workverb	-0.0321
give_back	z	0.1126
give_back	z perspect	0.1126
give_back	z ~insight	0.1126
give_back	~application	-0.1416
give_back	~application along	-0.0251
give_back	~application to	-0.0665
give_back	~closing	-0.2494
give_back	~closing i	0.0393
give_back	~closing of	0.0717
give_back	~closing to	-0.0349
give_back	~contactverb	-0.2279
give_back	~contactverb and	0.0298
give_back	~contactverb it	-0.0276
give_back	~contactverb later	0.0457
give_back	~contactverb of	-0.0257
give_back	~contactverb out	-0.0463
give_back	~contactverb up	0.0303
give_back	~contactverb with	-0.0587
give_back	~contactverb you	-0.105
give_back	~degree	-0.0253
give_back	~degree at	-0.0236
give_back	~degree i	0.1341
give_back	~degree in	-0.063
give_back	~degree program	-0.0234
give_back	~duration	-0.118
give_back	~duration and	-0.0206
give_back	~duration in	-0.0222
give_back	~duration nurs	0.0488
give_back	~gatekeeper	-0.2351
give_back	~gatekeeper manag	-0.0233
give_back	~help	1.2942
give_back	~help a	-0.0469
give_back	~help befor	-0.0327
give_back	~help differ	-0.0246
give_back	~help first	-0.0375
give_back	~help for	0.7031
give_back	~help i	0.0563
give_back	~help if	0.2808
give_back	~help just	0.0341
give_back	~help me	-0.1581
give_back	~help new	-0.0261
give_back	~help not	-0.0877
give_back	~help out	0.2156
give_back	~help peopl	-0.0602
give_back	~help test	0.0284
give_back	~help that	0.1042
give_back	~help the	0.6596
give_back	~help this	-0.095
give_back	~help to	0.3339
give_back	~help with	0.3875
give_back	~help you	-0.2944
give_back	~hiring	0.1658
give_back	~hiring flow	0.1328
give_back	~hiring manag	-0.0233
give_back	~insight a	0.2094
give_back	~insight for	0.1116
give_back	~insight from	-0.0267
give_back	~insight on	0.0439
give_back	~insight to	-0.0298
give_back	~insight up	0.0841
give_back	~job	-0.6052
give_back	~job at	-0.0282
give_back	~job for	-0.0679
give_back	~job i	-0.0679
give_back	~job in	-0.0348
give_back	~job on	-0.0442
give_back	~job or	-0.0214
give_back	~job that	-0.0261
give_back	~later	-0.2683
give_back	~later and	0.0426
give_back	~later i	-0.0449
give_back	~learn	-0.6649
give_back	~learn about	0.076
give_back	~learn anyon	-0.0416
give_back	~learn back	-0.0218
give_back	~learn better	-0.0701
give_back	~learn how	0.0691
give_back	~learn i	-0.0242
give_back	~learn it	-0.0293
give_back	~learn me	0.0584
give_back	~learn more	-0.0358
give_back	~learn of	-0.0221
give_back	~learn on	-0.0224
give_back	~learn out	-0.0675
give_back	~learn some	0.0705
give_back	~learn the	-0.0955
give_back	~learn to	-0.0253
give_back	~learn we	0.0458
give_back	~learn what	-0.0447
give_back	~learn you	-0.0748
give_back	~learn your	-0.0725
give_back	~limit	-0.2691
give_back	~limit break	-0.0247
give_back	~limit but	0.0917
give_back	~limit for	-0.0371
give_back	~limit i	-0.033
give_back	~limit is	-0.0275
give_back	~limit so	-0.0447
give_back	~limit to	-0.0297
give_back	~limit today	-0.0383
give_back	~number	-0.3074
give_back	~number articl	-0.0546
give_back	~number averag	-0.0264
give_back	~number big	-0.0251
give_back	~number bit	-0.0266
give_back	~number bootcamp	-0.0525
give_back	~number campus	-0.0237
give_back	~number classroom	0.0267
give_back	~number clock	-0.0379
give_back	~number come	0.1426
give_back	~number confer	0.175
give_back	~number contact	-0.0293
give_back	~number coupl	-0.0625
give_back	~number data	-0.0238
give_back	~number day	-0.0266
give_back	~number end	-0.0339
give_back	~number extra	0.2968
give_back	~number favor	0.3299
give_back	~number few	-0.0487
give_back	~number field	-0.0407
give_back	~number fit	-0.0304
give_back	~number gen	0.1126
give_back	~number good	-0.047
give_back	~number half	-0.0235
give_back	~number hand	0.2217
give_back	~number hour	-0.0372
give_back	~number internship	-0.0234
give_back	~number interview	-0.0247
give_back	~number intro	-0.055
give_back	~number job	-0.0948
give_back	~number junior	-0.0346
give_back	~number last	-0.0266
give_back	~number librari	0.0457
give_back	~number line	-0.0251
give_back	~number link	-0.0462
give_back	~number manag	-0.047
give_back	~number master	-0.0416
give_back	~number minut	-0.0727
give_back	~number moment	-0.0388
give_back	~number month	-0.057
give_back	~number more	-0.039
give_back	~number most	-0.0473
give_back	~number name	-0.0623
give_back	~number new	0.1988
give_back	~number note	-0.0233
give_back	~number of	-0.0381
give_back	~number open	-0.0635
give_back	~number part	-0.0506
give_back	~number portfolio	-0.0272
give_back	~number posit	-0.0497
give_back	~number program	-0.0256
give_back	~number project	-0.0399
give_back	~number question	-0.0215
give_back	~number quick	-0.0449
give_back	~number realiti	-0.0351
give_back	~number recruit	0.04
give_back	~number referr	-0.0266
give_back	~number rest	-0.028
give_back	~number role	-0.0662
give_back	~number shall	0.0514
give_back	~number short	0.0832
give_back	~number spring	0.1094
give_back	~number student	0.3797
give_back	~number survey	0.1488
give_back	~number switch	-0.0305
give_back	~number time	-0.0689
give_back	~number typic	-0.0392
give_back	~number weather	-0.032
give_back	~number week	-0.0296
give_back	~number word	0.0289
give_back	~number work	-0.0278
give_back	~number year	-0.0594
give_back	~org	-0.3338
give_back	~org administr	-0.0243
give_back	~org and	-0.0305
give_back	~org ever	0.1427
give_back	~org for	-0.0216
give_back	~org i	-0.0643
give_back	~org if	0.0415
give_back	~org of	0.0814
give_back	~org on	0.0269
give_back	~org or	-0.021
give_back	~org project	0.058
give_back	~org this	-0.0449
give_back	~org you	-0.0217
give_back	~people	-0.3827
give_back	~people at	-0.0507
give_back	~people do	-0.0417
give_back	~people els	-0.0797
give_back	~people in	-0.0483
give_back	~people is	0.0357
give_back	~people of	-0.0662
give_back	~people on	-0.0469
give_back	~people to	0.1298
give_back	~people who	-0.0533
give_back	~people would	-0.0515
give_back	~sendverb	0.2897
give_back	~sendverb it	-0.0213
give_back	~sendverb later	0.0457
give_back	~sendverb my	-0.0967
give_back	~sendverb over	-0.0361
give_back	~sendverb what	0.1678
give_back	~sendverb you	0.2096
give_back	~student	-0.244
give_back	~student analyst	-0.04
give_back	~student associ	-0.0224
give_back	~student at	0.0948
give_back	~student chapter	0.0403
give_back	~student for	0.1017
give_back	~student i	-0.0422
give_back	~student in	-0.0934
give_back	~student of	-0.0247
give_back	~student open	-0.0217
give_back	~student program	-0.0295
give_back	~student role	-0.0417
give_back	~student school	-0.0357
give_back	~student who	0.0464
give_back	~student with	-0.0592
give_back	~studyverb	-0.325
give_back	~studyverb a	-0.037
give_back	~studyverb my	-0.0209
give_back	~studyverb the	-0.0588
give_back	~talk	-0.2006
give_back	~talk i	-0.048
give_back	~talk it	-0.0276
give_back	~talk later	0.0457
give_back	~talk me	0.0594
give_back	~talk of	-0.0257
give_back	~talk out	-0.0546
give_back	~talk so	-0.022
give_back	~talk to	-0.0814
give_back	~talk who	-0.0313
give_back	~talk with	-0.0387
give_back	~talk you	-0.0497
give_back	~timeunit	-0.1673
give_back	~want	-0.5385
give_back	~want a	0.0952
give_back	~want about	-0.0287
give_back	~want appreci	-0.0609
give_back	~want ask	0.077
give_back	~want be	0.2962
give_back	~want do	-0.0208
give_back	~want ever	0.0392
give_back	~want for	0.0275
give_back	~want grate	-0.0757
give_back	~want happili	0.2932
give_back	~want help	-0.0201
give_back	~want i	-0.022
give_back	~want in	-0.0228
give_back	~want it	0.0435
give_back	~want kind	-0.0252
give_back	~want like	-0.0488
give_back	~want love	-0.0625
give_back	~want need	-0.0218
give_back	~want recommend	-0.0338
give_back	~want say	0.0288
give_back	~want so	0.0423
give_back	~want someon	0.0587
give_back	~want talk	-0.0213
give_back	~want the	-0.0455
give_back	~want this	-0.0442
give_back	~want to	-0.3337
give_back	~want valu	-0.0216
give_back	~want want	-0.0295
give_back	~want you	-0.3386
give_back	~want your	-0.0385
give_back	~workverb	-0.0849
give_back	~workverb a	0.1598
give_back	~workverb as	0.0358
give_back	~workverb in	-0.0554
give_back	~workverb on	-0.0248
give_back	~workverb over	-0.0218
give_back	~workverb six	0.1384
give_back	~workverb so	0.0504
give_back	~workverb the	-0.0236
give_back	~workverb with	-0.022
self_intro	*	-3.1155
self_intro	2	-0.0264
self_intro	3	-0.0346
self_intro	58	0.0386
self_intro	58 and	0.0386
self_intro	6	0.0412
self_intro	?	-1.2636
self_intro	^a	-0.0236
self_intro	^ah	0.0714
self_intro	^alright	-0.026
self_intro	^ani	-0.0279
self_intro	^are	-0.0986
self_intro	^befor	-0.0223
self_intro	^by	0.0345
self_intro	^bye	-0.03
self_intro	^can	-0.0808
self_intro	^cheer	-0.024
self_intro	^could	-0.021
self_intro	^current	0.185
self_intro	^did	-0.0532
self_intro	^do	-0.1696
self_intro	^doe	-0.0262
self_intro	^for	0.0618
self_intro	^good	0.0592
self_intro	^got	-0.0211
self_intro	^happi	-0.0358
self_intro	^have	-0.0273
self_intro	^hi	0.1304
self_intro	^how	-0.3832
self_intro	^i	0.1811
self_intro	^if	-0.0979
self_intro	^is	-0.2867
self_intro	^just	-0.0538
self_intro	^let	0.0558
self_intro	^like	0.0969
self_intro	^mani	-0.0231
self_intro	^mind	-0.0221
self_intro	^my	0.0474
self_intro	^no	-0.0735
self_intro	^oh	0.3464
self_intro	^ok	-0.1469
self_intro	^omg	-0.0255
self_intro	^quick	0.0472
self_intro	^realli	-0.0223
self_intro	^right	-0.0445
self_intro	^should	-0.0206
self_intro	^sinc	-0.0249
self_intro	^so	0.2623
self_intro	^sorri	0.1013
self_intro	^tell	-0.0275
self_intro	^thank	0.1686
self_intro	^the	-0.0297
self_intro	^this	-0.0306
self_intro	^to	-0.0615
self_intro	^wait	-0.046
self_intro	^walk	-0.0211
self_intro	^was	-0.0268
self_intro	^we	-0.0552
self_intro	^what	-0.5317
self_intro	^where	-0.032
self_intro	^which	-0.1032
self_intro	^who	-0.0469
self_intro	^would	-0.0291
self_intro	^wow	0.0277
self_intro	a	0.5994
self_intro	a bachelor	0.0609
self_intro	a bank	-0.0385
self_intro	a barista	0.0356
self_intro	a big	0.0351
self_intro	a bit	0.0273
self_intro	a certif	0.0334
self_intro	a chemistri	0.1284
self_intro	a close	-0.023
self_intro	a colleagu	-0.0375
self_intro	a come	-0.0239
self_intro	a coupl	-0.0307
self_intro	a cs	0.0434
self_intro	a data	-0.034
self_intro	a day	-0.0246
self_intro	a degre	0.0305
self_intro	a fit	-0.0476
self_intro	a good	-0.0701
self_intro	a great	-0.0251
self_intro	a hand	-0.0738
self_intro	a high	0.1473
self_intro	a hospit	0.0238
self_intro	a job	-0.054
self_intro	a junior	0.0424
self_intro	a line	0.1257
self_intro	a love	-0.0294
self_intro	a million	-0.02
self_intro	a move	0.02
self_intro	a new	-0.0457
self_intro	a night	0.0564
self_intro	a paraleg	0.0937
self_intro	a phd	-0.0684
self_intro	a posit	-0.0347
self_intro	a quick	-0.0348
self_intro	a realist	-0.0231
self_intro	a recent	0.0431
self_intro	a referr	-0.0738
self_intro	a region	-0.0229
self_intro	a role	-0.0318
self_intro	a second	0.2554
self_intro	a senior	0.0564
self_intro	a short	-0.0206
self_intro	a sophomor	0.1231
self_intro	a stay	0.0219
self_intro	a student	-0.0521
self_intro	a thank	-0.0401
self_intro	a ton	-0.0375
self_intro	a typic	-0.0542
self_intro	a veri	-0.0484
self_intro	a vet	0.027
self_intro	a while	0.0319
self_intro	a ~closing	0.0202
self_intro	a ~degree	0.0539
self_intro	a ~job	-0.1217
self_intro	a ~limit	-0.0253
self_intro	a ~number	-0.0771
self_intro	a ~org	-0.0353
self_intro	a ~people	-0.0735
self_intro	a ~student	0.3638
self_intro	abil	-0.0235
self_intro	about	0.2632
self_intro	about a	-0.0377
self_intro	about be	-0.0264
self_intro	about five	0.0204
self_intro	about go	-0.0328
self_intro	about how	-0.0343
self_intro	about it	0.0611
self_intro	about me	0.2312
self_intro	about open	-0.0445
self_intro	about the	-0.1263
self_intro	about what	-0.0586
self_intro	about your	0.0627
self_intro	about ~job	-0.0505
self_intro	about ~number	-0.0441
self_intro	about ~studyverb	0.0498
self_intro	account	0.143
self_intro	account in	0.0853
self_intro	actual ~learn	0.0385
self_intro	advic	-0.1444
self_intro	advic on	-0.0582
self_intro	after	0.0707
self_intro	after a	-0.0373
self_intro	after graduat	-0.0248
self_intro	after ~number	0.1084
self_intro	afternoon	-0.0203
self_intro	again	-0.0928
self_intro	agenc	-0.0202
self_intro	ah	0.0714
self_intro	all	-0.0588
self_intro	all day	0.0399
self_intro	all i	-0.0487
self_intro	all my	-0.0374
self_intro	all the	-0.0291
self_intro	all ~closing	0.0399
self_intro	all ~limit	0.0399
self_intro	all ~number	-0.0291
self_intro	along	0.0277
self_intro	alreadi	-0.0441
self_intro	alright	-0.0427
self_intro	alway	-0.0387
self_intro	am	0.6873
self_intro	am a	1.0061
self_intro	am an	0.0224
self_intro	am appli	-0.0351
self_intro	am around	-0.0212
self_intro	am at	-0.0662
self_intro	am conscious	-0.0424
self_intro	am curious	-0.0903
self_intro	am do	0.0744
self_intro	am explor	0.0305
self_intro	am finish	0.2201
self_intro	am from	0.0233
self_intro	am go	-0.0558
self_intro	am good	-0.057
self_intro	am here	0.0259
self_intro	am in	0.0772
self_intro	am interest	-0.0451
self_intro	am just	-0.0908
self_intro	am keen	0.0833
self_intro	am look	-0.0293
self_intro	am mind	0.0442
self_intro	am not	-0.1914
self_intro	am now	0.0473
self_intro	am priya	-0.0317
self_intro	am realli	-0.0201
self_intro	am sam	0.0251
self_intro	am still	-0.0315
self_intro	am tri	-0.1295
self_intro	am ~number	1.0285
self_intro	am ~studyverb	0.441
self_intro	am ~want	-0.3032
self_intro	an	0.0922
self_intro	an hour	-0.0211
self_intro	an internship	-0.0292
self_intro	an onlin	0.0569
self_intro	an ~degree	-0.0218
self_intro	an ~job	-0.0424
self_intro	an ~limit	-0.0211
self_intro	an ~student	-0.0736
self_intro	an ~timeunit	-0.0211
self_intro	analyst	-0.0505
self_intro	analyst ~want	0.0529
self_intro	and	1.0161
self_intro	and a	0.0543
self_intro	and for	-0.0264
self_intro	and have	0.0949
self_intro	and honest	0.1122
self_intro	and how	0.0448
self_intro	and i	0.7759
self_intro	and if	-0.0247
self_intro	and now	0.1242
self_intro	and tell	0.0781
self_intro	and want	-0.053
self_intro	and would	-0.0343
self_intro	and ~insight	-0.0235
self_intro	and ~talk	-0.0541
self_intro	ani	-0.1419
self_intro	ani ~insight	0.0385
self_intro	anyon	-0.0606
self_intro	anyon els	-0.0201
self_intro	anyth	-0.1285
self_intro	anyth i	-0.0563
self_intro	app	0.1285
self_intro	appli	-0.0972
self_intro	appli to	-0.0644
self_intro	appreci	-0.1411
self_intro	appreci it	-0.0429
self_intro	appreci you	-0.0359
self_intro	apprentic	0.106
self_intro	apprenticeship	0.0558
self_intro	are	-0.274
self_intro	are near	-0.0333
self_intro	are the	-0.0292
self_intro	are there	-0.0602
self_intro	are worth	-0.0297
self_intro	are you	0.0445
self_intro	are ~number	-0.0308
self_intro	armi	0.3127
self_intro	around	-0.0212
self_intro	art	0.0944
self_intro	articl	-0.0286
self_intro	as	0.264
self_intro	as a	0.1821
self_intro	as ~number	0.1922
self_intro	as ~people	0.0961
self_intro	ask	0.0983
self_intro	ask about	0.0289
self_intro	ask becaus	0.0819
self_intro	ask befor	-0.0219
self_intro	ask for	0.0339
self_intro	ask you	-0.0415
self_intro	associ	-0.06
self_intro	at	0.4073
self_intro	at a	0.1851
self_intro	at home	0.0219
self_intro	at my	-0.0449
self_intro	at ohio	0.0448
self_intro	at rutger	0.0369
self_intro	at that	-0.0201
self_intro	at the	0.0599
self_intro	at this	-0.0263
self_intro	at uw	0.0941
self_intro	at your	-0.0401
self_intro	at ~number	0.2299
self_intro	audit	0.0976
self_intro	bachelor	0.0793
self_intro	bachelor in	0.0793
self_intro	back	-0.1312
self_intro	back and	-0.0613
self_intro	back in	-0.0242
self_intro	back into	0.0278
self_intro	background	0.146
self_intro	background i	0.0317
self_intro	background is	0.1198
self_intro	balanc	-0.0431
self_intro	bank	0.0613
self_intro	barista	0.0356
self_intro	barista for	0.0356
self_intro	base	0.0832
self_intro	basic	0.1322
self_intro	be	-0.1916
self_intro	be a	0.0756
self_intro	be an	-0.0254
self_intro	be clear	-0.069
self_intro	be glad	0.0429
self_intro	be great	-0.0356
self_intro	be open	-0.0272
self_intro	be the	0.0832
self_intro	be upfront	-0.0234
self_intro	be ~number	0.1334
self_intro	becaus	0.1751
self_intro	becaus i	0.046
self_intro	becom	0.0451
self_intro	becom a	-0.0393
self_intro	becom ~number	-0.0414
self_intro	been	0.1985
self_intro	been a	0.0484
self_intro	been do	0.0305
self_intro	been freelanc	0.0226
self_intro	been in	0.0987
self_intro	been wonder	0.035
self_intro	been ~number	0.0407
self_intro	been ~studyverb	0.033
self_intro	befor appli	-0.0282
self_intro	befor i	-0.1019
self_intro	befor that	0.0812
self_intro	befor this	0.0858
self_intro	befor to	-0.0275
self_intro	best	-0.0379
self_intro	better	0.1247
self_intro	between	-0.1561
self_intro	between ~number	-0.0721
self_intro	beyond	-0.0212
self_intro	big four	0.0564
self_intro	big ~number	-0.0232
self_intro	biggest	-0.032
self_intro	bio	0.0343
self_intro	biotech	-0.0267
self_intro	bit	0.0958
self_intro	bit about	0.0777
self_intro	bit unusu	0.0244
self_intro	bootcamp	0.1358
self_intro	bootcamp grad	0.0627
self_intro	bootcamp ~student	0.0627
self_intro	brain	-0.026
self_intro	brain about	-0.0205
self_intro	break	-0.0339
self_intro	brief	0.0539
self_intro	build	0.0888
self_intro	build a	0.0581
self_intro	build ~number	0.0581
self_intro	but	0.0217
self_intro	but i	0.0468
self_intro	by	0.1051
self_intro	by ask	0.0832
self_intro	by way	0.0345
self_intro	bye	-0.0394
self_intro	call	-0.0383
self_intro	campus	-0.0486
self_intro	can	-0.3036
self_intro	can a	-0.0323
self_intro	can help	-0.0218
self_intro	can i	-0.0717
self_intro	can see	-0.0202
self_intro	can you	-0.0406
self_intro	can ~help	-0.0535
self_intro	can ~learn	-0.0232
self_intro	can ~number	-0.0323
self_intro	care	-0.041
self_intro	career	-0.0312
self_intro	career changer	0.0471
self_intro	career in	-0.041
self_intro	career ~student	0.0504
self_intro	cert	0.0532
self_intro	certif in	0.0309
self_intro	certif program	-0.0312
self_intro	certif ~degree	-0.0312
self_intro	chain	0.1475
self_intro	chain role	0.0876
self_intro	chain ~job	0.0876
self_intro	chanc	-0.0263
self_intro	chang	-0.0509
self_intro	changer	0.0471
self_intro	chat	-0.0577
self_intro	chat with	-0.0388
self_intro	check	-0.0416
self_intro	check back	-0.0222
self_intro	cheer	-0.0314
self_intro	chemistri	0.2531
self_intro	chemistri phd	0.0269
self_intro	chemistri teacher	0.1098
self_intro	chemistri ~degree	0.0269
self_intro	chemistri ~student	0.1367
self_intro	choos	-0.0655
self_intro	choos my	-0.0529
self_intro	citi	-0.0338
self_intro	clear	-0.0796
self_intro	clear i	-0.0549
self_intro	client	-0.0251
self_intro	clinic	0.0336
self_intro	clinic research	0.0216
self_intro	clinic work	-0.0306
self_intro	clinic ~workverb	-0.0306
self_intro	clock	-0.0279
self_intro	close	-0.0452
self_intro	coffe	0.0538
self_intro	colleagu	0.0277
self_intro	colleagu at	-0.0375
self_intro	collect	-0.0569
self_intro	collect ~insight	-0.0387
self_intro	colleg	0.12
self_intro	colleg and	0.0688
self_intro	come	-0.0383
self_intro	come bootcamp	-0.0239
self_intro	come from	0.0448
self_intro	come to	-0.0251
self_intro	come up	-0.0206
self_intro	come ~degree	-0.0239
self_intro	comfort	0.3377
self_intro	comfort connect	0.0287
self_intro	comfort ~talk	0.0287
self_intro	commit	-0.0285
self_intro	commit to	-0.0245
self_intro	communiti	0.1187
self_intro	communiti colleg	0.1287
self_intro	compar	0.0835
self_intro	complet	0.0226
self_intro	complet ~number	0.0217
self_intro	confer	-0.0299
self_intro	connect	-0.0209
self_intro	connect me	0.0238
self_intro	connect with	-0.0243
self_intro	conscious	-0.0435
self_intro	conscious we	-0.0276
self_intro	consid	-0.0351
self_intro	consult	0.0636
self_intro	consult is	0.025
self_intro	consult or	0.0283
self_intro	context	0.0688
self_intro	context i	0.0618
self_intro	cook	0.1463
self_intro	cool	-0.0454
self_intro	could	-0.1628
self_intro	could i	-0.0494
self_intro	could pass	-0.0224
self_intro	could ~sendverb	-0.0289
self_intro	coupl	-0.0307
self_intro	cours	0.0298
self_intro	cover	-0.0421
self_intro	cover everyth	-0.0304
self_intro	cs	0.0519
self_intro	cs degre	0.0698
self_intro	cs ~degree	0.0434
self_intro	cultur	-0.0243
self_intro	curat	0.0509
self_intro	curious	-0.0316
self_intro	curious about	0.0311
self_intro	curious how	-0.0401
self_intro	curious what	-0.0226
self_intro	current	0.2561
self_intro	current a	0.1597
self_intro	current ~number	0.2335
self_intro	custom	0.0833
self_intro	d	0.0347
self_intro	data	-0.1665
self_intro	data scienc	-0.1022
self_intro	data ~student	-0.0462
self_intro	day and	-0.0292
self_intro	day to	-0.042
self_intro	decad	0.0859
self_intro	decad in	0.0901
self_intro	decid	-0.2062
self_intro	decid between	-0.0847
self_intro	decid on	-0.0291
self_intro	decid whether	-0.0578
self_intro	definit	-0.0226
self_intro	degre	0.3324
self_intro	degre in	0.0441
self_intro	denver	0.0878
self_intro	depart	-0.0402
self_intro	design	-0.1202
self_intro	desk	0.0912
self_intro	dev	0.051
self_intro	did a	0.039
self_intro	did not	0.0309
self_intro	did some	0.0697
self_intro	did that	-0.0207
self_intro	did you	-0.1907
self_intro	did ~number	0.0337
self_intro	differ	-0.079
self_intro	differ between	-0.0302
self_intro	differ from	-0.0202
self_intro	difficult	-0.0321
self_intro	direct	-0.0483
self_intro	director	-0.0272
self_intro	do	-0.0259
self_intro	do a	0.09
self_intro	do an	0.0913
self_intro	do i	-0.0289
self_intro	do peopl	-0.0314
self_intro	do to	-0.0204
self_intro	do you	-0.1745
self_intro	do ~number	0.1719
self_intro	do ~people	-0.0314
self_intro	do ~want	-0.0313
self_intro	doctor	0.0201
self_intro	document	0.1021
self_intro	doe	-0.1249
self_intro	doe a	-0.0544
self_intro	doe the	-0.0249
self_intro	doe your	-0.0273
self_intro	doe ~number	-0.0793
self_intro	doe ~people	-0.0284
self_intro	done the	-0.0219
self_intro	down	-0.0215
self_intro	drop	-0.027
self_intro	drop you	-0.0247
self_intro	eat	-0.0241
self_intro	ecolog	-0.0589
self_intro	econ	0.1062
self_intro	econ and	0.0701
self_intro	economist	0.0646
self_intro	educ	0.0517
self_intro	eight	0.1505
self_intro	eight year	0.1505
self_intro	eight ~duration	0.1505
self_intro	elect	-0.0444
self_intro	electrician	0.083
self_intro	els	-0.0422
self_intro	email	-0.0528
self_intro	email so	-0.0239
self_intro	end up	0.0552
self_intro	engin	-0.097
self_intro	english	0.128
self_intro	enough	-0.0389
self_intro	environment	0.064
self_intro	environment scienc	0.0647
self_intro	evening	-0.0361
self_intro	event	-0.0201
self_intro	ever need	-0.052
self_intro	ever ~help	0.0517
self_intro	everyth	-0.0828
self_intro	everyth i	-0.028
self_intro	everyth on	-0.0206
self_intro	exact	-0.0212
self_intro	exhibit	0.0501
self_intro	expect	-0.024
self_intro	experi	0.028
self_intro	explor	0.1156
self_intro	extra	-0.0483
self_intro	eye	-0.0231
self_intro	eye on	-0.0231
self_intro	famili	0.0235
self_intro	favor	-0.0232
self_intro	feel	-0.042
self_intro	feel comfort	0.03
self_intro	few	-0.0234
self_intro	few month	-0.039
self_intro	few year	-0.0567
self_intro	few ~duration	-0.0957
self_intro	field	-0.0466
self_intro	field work	0.05
self_intro	field ~learn	0.05
self_intro	field ~workverb	0.05
self_intro	figur out	0.04
self_intro	final	0.0768
self_intro	final year	0.0856
self_intro	final ~duration	0.0856
self_intro	find	-0.0622
self_intro	fine	0.0279
self_intro	finish	0.4525
self_intro	finish a	0.2125
self_intro	finish my	0.2006
self_intro	finish the	-0.0612
self_intro	finish up	0.1234
self_intro	finish ~number	0.1513
self_intro	firm	0.0401
self_intro	first	-0.1139
self_intro	first year	-0.0516
self_intro	first ~duration	-0.0516
self_intro	fit	0.0725
self_intro	five	0.1027
self_intro	five year	0.1103
self_intro	five ~duration	0.1103
self_intro	flight	-0.0211
self_intro	follow	-0.0764
self_intro	follow up	-0.053
self_intro	for	-0.0779
self_intro	for a	-0.0335
self_intro	for about	0.1067
self_intro	for agre	0.0285
self_intro	for context	0.0618
self_intro	for eight	0.0419
self_intro	for fit	-0.0286
self_intro	for five	0.0978
self_intro	for me	-0.076
self_intro	for six	0.0325
self_intro	for the	-0.0836
self_intro	for this	-0.0397
self_intro	for to	0.0212
self_intro	for today	-0.0301
self_intro	for you	-0.0366
self_intro	for your	-0.03
self_intro	for ~number	-0.0201
self_intro	for ~people	0.0274
self_intro	for ~talk	-0.0223
self_intro	forti	-0.0589
self_intro	four	0.0677
self_intro	four firm	0.0564
self_intro	four ~org	0.0564
self_intro	free	0.0332
self_intro	freelanc	0.1869
self_intro	friend	0.0402
self_intro	from	0.1311
self_intro	from a	-0.0776
self_intro	from me	-0.0373
self_intro	from my	-0.0483
self_intro	from our	0.0634
self_intro	from peopl	-0.0352
self_intro	from retail	0.154
self_intro	from teach	-0.0228
self_intro	from the	0.1383
self_intro	from ~number	0.0592
self_intro	from ~people	-0.0264
self_intro	from ~student	0.022
self_intro	from ~workverb	-0.0271
self_intro	front	0.087
self_intro	full	0.0458
self_intro	fundrais	-0.0482
self_intro	game	-0.0525
self_intro	gather	-0.1246
self_intro	gather inform	-0.0681
self_intro	gather ~insight	-0.1246
self_intro	general	0.0217
self_intro	get	-0.163
self_intro	get a	-0.0507
self_intro	get into	-0.0296
self_intro	get ~number	-0.0587
self_intro	give	0.1268
self_intro	give me	0.0557
self_intro	glad to	0.0429
self_intro	go	-0.3243
self_intro	go after	-0.0492
self_intro	go back	-0.0596
self_intro	go from	-0.0348
self_intro	go straight	-0.0239
self_intro	go to	-0.0733
self_intro	go ~want	-0.0492
self_intro	goal	-0.0291
self_intro	goe	-0.0241
self_intro	gold	-0.0268
self_intro	good	-0.1407
self_intro	good at	-0.0303
self_intro	good morn	0.0415
self_intro	good ~closing	0.054
self_intro	good ~limit	0.0567
self_intro	got	0.5727
self_intro	got a	-0.0304
self_intro	got into	0.1463
self_intro	got it	-0.0211
self_intro	got thank	-0.0295
self_intro	got to	0.0871
self_intro	got ~number	0.0427
self_intro	got ~want	-0.0217
self_intro	grad	0.0678
self_intro	grad program	-0.0418
self_intro	grad ~degree	-0.0448
self_intro	graduat	-0.0288
self_intro	graduat in	0.0239
self_intro	grant	-0.0392
self_intro	grate	-0.0229
self_intro	grate for	0.0219
self_intro	grate you	-0.0255
self_intro	great	-0.0849
self_intro	great to	-0.0348
self_intro	guy	-0.0203
self_intro	had	-0.1084
self_intro	had a	-0.024
self_intro	had no	-0.0362
self_intro	had ~number	-0.0257
self_intro	half	-0.0642
self_intro	half hour	-0.037
self_intro	half ~limit	-0.037
self_intro	half ~timeunit	-0.037
self_intro	hand	-0.119
self_intro	hand with	-0.0238
self_intro	happi	-0.0968
self_intro	happi to	-0.0832
self_intro	happili	0.0843
self_intro	hard	-0.0654
self_intro	hard back	-0.0253
self_intro	have	0.1146
self_intro	have alreadi	-0.0248
self_intro	have ani	-0.0216
self_intro	have ask	-0.0201
self_intro	have been	0.208
self_intro	have done	0.0769
self_intro	have finish	-0.06
self_intro	have got	-0.0536
self_intro	have hire	-0.0313
self_intro	have onli	0.0621
self_intro	have to	-0.0238
self_intro	have work	0.0835
self_intro	have ~number	-0.0312
self_intro	have ~studyverb	-0.0621
self_intro	have ~workverb	0.31
self_intro	head	-0.0326
self_intro	head in	-0.0228
self_intro	health	0.1366
self_intro	health inform	0.0263
self_intro	health polici	0.0397
self_intro	health ~insight	0.0263
self_intro	health ~want	0.0599
self_intro	hear	0.1024
self_intro	hear how	0.0887
self_intro	hear what	0.0492
self_intro	hear your	-0.0212
self_intro	help	-0.1374
self_intro	help me	0.0443
self_intro	help with	-0.0302
self_intro	here	0.1535
self_intro	here i	0.1714
self_intro	hi	0.1304
self_intro	hi i	0.0323
self_intro	high	0.2516
self_intro	high school	0.248
self_intro	high ~org	0.248
self_intro	hire	-0.1166
self_intro	hire peopl	-0.0323
self_intro	hire ~people	-0.0323
self_intro	histori	0.0801
self_intro	hold	0.1179
self_intro	honest	0.0319
self_intro	honest advic	-0.0569
self_intro	honest i	0.0918
self_intro	honest take	-0.0297
self_intro	hope	-0.0464
self_intro	hope to	-0.0691
self_intro	hope you	-0.0261
self_intro	hospit	0.1066
self_intro	hotel	0.0827
self_intro	hour	0.1068
self_intro	hous	-0.0229
self_intro	how	-0.1693
self_intro	how can	-0.0423
self_intro	how did	-0.1188
self_intro	how do	-0.079
self_intro	how doe	-0.0505
self_intro	how i	0.0999
self_intro	how is	-0.0806
self_intro	how long	0.0302
self_intro	how much	-0.0229
self_intro	how the	0.0938
self_intro	how you	0.0532
self_intro	how ~help	-0.079
self_intro	how ~number	0.0866
self_intro	how ~studyverb	-0.1188
self_intro	hunt	-0.0423
self_intro	i	0.3388
self_intro	i am	0.6873
self_intro	i appreci	-0.0299
self_intro	i ask	-0.0327
self_intro	i can	-0.0792
self_intro	i check	-0.0222
self_intro	i commit	-0.0245
self_intro	i could	-0.0601
self_intro	i decid	-0.0286
self_intro	i did	0.0552
self_intro	i email	0.037
self_intro	i end	0.0885
self_intro	i figur	-0.0341
self_intro	i finish	0.0201
self_intro	i follow	-0.048
self_intro	i found	0.0345
self_intro	i got	0.4811
self_intro	i graduat	0.0281
self_intro	i had	-0.0742
self_intro	i have	0.2689
self_intro	i just	-0.0413
self_intro	i know	-0.1486
self_intro	i land	0.1063
self_intro	i mention	-0.0318
self_intro	i most	0.0475
self_intro	i need	-0.0269
self_intro	i never	-0.0288
self_intro	i realli	-0.0389
self_intro	i should	-0.0488
self_intro	i spent	0.132
self_intro	i studi	0.075
self_intro	i think	-0.1572
self_intro	i want	0.076
self_intro	i was	0.123
self_intro	i will	-0.4206
self_intro	i wish	-0.0333
self_intro	i work	0.0296
self_intro	i would	0.0827
self_intro	i ~contactverb	-0.0255
self_intro	i ~learn	-0.1751
self_intro	i ~studyverb	0.1948
self_intro	i ~talk	-0.0479
self_intro	i ~want	0.0755
self_intro	i ~workverb	0.2912
self_intro	icu	0.0424
self_intro	icu nurs	0.0462
self_intro	idea	-0.045
self_intro	if	-0.2428
self_intro	if consult	0.0584
self_intro	if that	0.0235
self_intro	if there	-0.031
self_intro	if you	-0.155
self_intro	if your	-0.0378
self_intro	if ~number	-0.0225
self_intro	in	0.2057
self_intro	in audit	0.1451
self_intro	in data	-0.0278
self_intro	in econ	0.078
self_intro	in economist	0.0646
self_intro	in environment	0.0327
self_intro	in general	-0.0259
self_intro	in health	0.0237
self_intro	in hospit	0.0883
self_intro	in hour	0.0246
self_intro	in how	-0.0731
self_intro	in may	0.0346
self_intro	in retail	0.0245
self_intro	in the	0.101
self_intro	in this	-0.0614
self_intro	in touch	-0.0455
self_intro	in with	-0.0228
self_intro	in your	-0.1378
self_intro	in ~contactverb	-0.0473
self_intro	in ~limit	0.0246
self_intro	in ~number	0.0263
self_intro	in ~people	-0.0488
self_intro	in ~student	0.0548
self_intro	in ~timeunit	0.0246
self_intro	industri	-0.0679
self_intro	inform	-0.1096
self_intro	inform about	-0.0288
self_intro	intent	-0.0555
self_intro	interest	-0.0505
self_intro	interest in	-0.0588
self_intro	internat	0.051
self_intro	internship	0.3387
self_intro	internship i	0.3025
self_intro	into	0.2519
self_intro	into consult	0.0349
self_intro	into hour	0.0783
self_intro	into nonprofit	-0.0351
self_intro	into product	-0.0373
self_intro	into this	0.052
self_intro	into ~limit	0.0783
self_intro	into ~timeunit	0.0783
self_intro	introduc	0.0287
self_intro	is	-0.3997
self_intro	is all	-0.0218
self_intro	is ever	0.0505
self_intro	is everyth	-0.0323
self_intro	is for	0.0261
self_intro	is gold	-0.0268
self_intro	is help	-0.0274
self_intro	is how	0.0941
self_intro	is it	-0.0748
self_intro	is like	-0.0227
self_intro	is me	-0.0204
self_intro	is most	0.0854
self_intro	is not	-0.0481
self_intro	is one	0.0241
self_intro	is part	-0.0495
self_intro	is real	0.1002
self_intro	is realli	0.0474
self_intro	is reassur	0.0746
self_intro	is that	-0.0268
self_intro	is the	-0.1973
self_intro	is there	-0.0872
self_intro	is work	0.0506
self_intro	is worth	-0.0847
self_intro	is your	-0.0394
self_intro	is ~number	-0.1671
self_intro	is ~want	0.1254
self_intro	is ~workverb	0.0547
self_intro	it	-0.3608
self_intro	it and	-0.0651
self_intro	it be	-0.0376
self_intro	it from	-0.0522
self_intro	it is	-0.0822
self_intro	it seem	-0.0407
self_intro	it there	-0.0246
self_intro	it ~insight	0.0691
self_intro	it ~want	-0.022
self_intro	job	-0.2025
self_intro	job ask	-0.0213
self_intro	job hunt	-0.0423
self_intro	job i	-0.0367
self_intro	job ~help	-0.022
self_intro	join	-0.0294
self_intro	jump	0.0711
self_intro	junior	0.243
self_intro	junior at	0.0411
self_intro	junior in	0.0348
self_intro	junior ~student	-0.0316
self_intro	just	-0.2344
self_intro	just gather	-0.0634
self_intro	just to	-0.1028
self_intro	just tri	0.0409
self_intro	just want	-0.1164
self_intro	just ~learn	-0.0223
self_intro	just ~want	-0.0846
self_intro	keen	0.0833
self_intro	keep	-0.116
self_intro	keep you	-0.0511
self_intro	keep ~number	-0.0231
self_intro	kept	-0.0265
self_intro	kept you	-0.0265
self_intro	kid	0.0457
self_intro	kid and	0.0461
self_intro	kind	0.0251
self_intro	kind of	0.0333
self_intro	know	-0.2853
self_intro	know i	-0.0506
self_intro	know if	-0.032
self_intro	know you	-0.0383
self_intro	know your	-0.0478
self_intro	lab	0.0722
self_intro	land	0.0962
self_intro	last	0.2452
self_intro	last question	-0.0226
self_intro	last summer	0.0744
self_intro	last year	0.202
self_intro	last ~duration	0.202
self_intro	late	0.133
self_intro	later	-0.0279
self_intro	law firm	0.0211
self_intro	law school	0.0333
self_intro	law ~org	0.0586
self_intro	lead	-0.0345
self_intro	learn	0.2142
self_intro	learn from	-0.0323
self_intro	learn how	0.0966
self_intro	learn more	0.0809
self_intro	learn not	0.0586
self_intro	learn what	-0.0251
self_intro	learn whether	0.0472
self_intro	leav	-0.1461
self_intro	leav it	-0.0302
self_intro	left	0.0597
self_intro	left the	0.0833
self_intro	left ~number	0.0833
self_intro	legal	0.1123
self_intro	let	-0.0859
self_intro	let me	0.0298
self_intro	let you	-0.0832
self_intro	like	-0.1659
self_intro	like day	-0.0229
self_intro	like for	-0.0424
self_intro	like from	0.0574
self_intro	like the	-0.0421
self_intro	like to	-0.0266
self_intro	like ~closing	-0.0229
self_intro	like ~limit	-0.0229
self_intro	like ~number	-0.0976
self_intro	line	0.1223
self_intro	line cook	0.1463
self_intro	linkedin	-0.0582
self_intro	list	-0.0508
self_intro	local	0.0775
self_intro	logist	0.2534
self_intro	long	0.071
self_intro	long did	0.0382
self_intro	long term	0.0695
self_intro	long ~studyverb	0.0382
self_intro	look	-0.1684
self_intro	look for	-0.0842
self_intro	look like	-0.0958
self_intro	look to	0.0541
self_intro	lot of	0.0378
self_intro	love	0.0246
self_intro	love evening	-0.0225
self_intro	love to	0.0544
self_intro	love your	0.0417
self_intro	love ~closing	-0.0294
self_intro	love ~number	-0.0213
self_intro	luck	-0.027
self_intro	luck with	-0.027
self_intro	lunch	-0.0434
self_intro	made	0.0682
self_intro	made the	0.0936
self_intro	made ~number	0.0919
self_intro	main	-0.0547
self_intro	main ~want	-0.0266
self_intro	major	0.192
self_intro	major at	0.1052
self_intro	major in	0.0638
self_intro	make	-0.1406
self_intro	make a	-0.0264
self_intro	make sens	-0.0305
self_intro	make ~insight	-0.0305
self_intro	make ~number	-0.0412
self_intro	manag	0.2972
self_intro	manag a	0.0845
self_intro	manag and	0.2043
self_intro	manag at	0.0319
self_intro	manag ~number	0.0792
self_intro	mani	-0.0274
self_intro	mani thank	-0.0231
self_intro	marcus	0.0378
self_intro	market	0.031
self_intro	master	-0.0239
self_intro	master in	0.0447
self_intro	materi	0.0247
self_intro	math	0.0746
self_intro	matter	-0.0956
self_intro	matter most	-0.0811
self_intro	may	0.047
self_intro	may with	0.0327
self_intro	mayb	-0.0201
self_intro	me	0.215
self_intro	me about	-0.0432
self_intro	me an	0.084
self_intro	me better	0.0766
self_intro	me i	0.1403
self_intro	me if	0.0545
self_intro	me in	-0.0629
self_intro	me know	-0.0415
self_intro	me so	0.0463
self_intro	me through	0.0376
self_intro	me to	-0.0286
self_intro	me today	-0.0203
self_intro	me understand	0.0557
self_intro	me with	0.0222
self_intro	me ~number	0.0688
self_intro	medic	0.0212
self_intro	meet	-0.0618
self_intro	mgmt	0.0588
self_intro	might	0.0769
self_intro	might be	0.0548
self_intro	might suit	0.0563
self_intro	million	-0.02
self_intro	mind	0.0315
self_intro	mind if	0.0426
self_intro	mind we	0.0498
self_intro	minut	-0.0337
self_intro	minut left	-0.0207
self_intro	minut so	0.0503
self_intro	moment	-0.023
self_intro	month	-0.1045
self_intro	month onc	-0.0241
self_intro	more	-0.0488
self_intro	more about	0.0734
self_intro	more question	-0.0396
self_intro	morn	0.0383
self_intro	most	0.1795
self_intro	most in	0.0231
self_intro	most of	-0.0202
self_intro	most on	0.0815
self_intro	most want	0.0475
self_intro	most ~want	0.0619
self_intro	move	0.0764
self_intro	move into	0.0842
self_intro	mph	0.0317
self_intro	msc	0.0266
self_intro	msc in	0.0266
self_intro	much	-0.1126
self_intro	my	0.4501
self_intro	my background	0.0737
self_intro	my career	-0.0427
self_intro	my email	-0.0208
self_intro	my intent	-0.0555
self_intro	my internship	0.3798
self_intro	my list	-0.0284
self_intro	my manag	0.0202
self_intro	my name	0.0828
self_intro	my nurs	0.0915
self_intro	my old	-0.036
self_intro	my profess	-0.0381
self_intro	my question	-0.0442
self_intro	my resum	-0.0292
self_intro	my side	-0.0238
self_intro	my ~application	-0.0342
self_intro	my ~contactverb	-0.0208
self_intro	my ~degree	0.1107
self_intro	my ~gatekeeper	0.0202
self_intro	my ~job	0.3666
self_intro	my ~org	-0.0306
self_intro	my ~sendverb	-0.0223
self_intro	my ~talk	-0.0213
self_intro	myself	0.1047
self_intro	name	0.0731
self_intro	name is	0.0828
self_intro	near	-0.0505
self_intro	near at	-0.0316
self_intro	need	-0.1302
self_intro	need a	-0.0578
self_intro	need ani	-0.0241
self_intro	need to	-0.0348
self_intro	need ~number	-0.067
self_intro	never	-0.1062
self_intro	new	0.0458
self_intro	new grad	0.0212
self_intro	new to	0.0763
self_intro	new ~student	0.0374
self_intro	next	0.0227
self_intro	next spring	0.1334
self_intro	next step	-0.0308
self_intro	next week	-0.0442
self_intro	next ~closing	-0.0442
self_intro	next ~number	-0.0262
self_intro	nice	0.127
self_intro	night	0.1739
self_intro	night shift	0.0472
self_intro	no	0.0951
self_intro	no idea	-0.0362
self_intro	nobodi	0.0616
self_intro	nonprofit	0.0328
self_intro	nonprofit work	0.073
self_intro	nonprofit ~learn	0.073
self_intro	nonprofit ~workverb	0.073
self_intro	not	-0.2116
self_intro	not a	-0.0344
self_intro	not actual	0.0573
self_intro	not ask	-0.0447
self_intro	not have	0.0545
self_intro	not here	-0.0578
self_intro	not job	-0.0423
self_intro	not look	-0.0458
self_intro	not realiz	0.0605
self_intro	not sure	0.0318
self_intro	not to	0.0404
self_intro	not ~job	-0.0423
self_intro	not ~number	-0.0344
self_intro	not ~want	-0.142
self_intro	note	-0.0667
self_intro	noth	-0.0275
self_intro	noth more	-0.0275
self_intro	now	0.568
self_intro	now i	0.1124
self_intro	now ~studyverb	0.1631
self_intro	nurs	0.117
self_intro	nurs and	0.0706
self_intro	nurs student	0.0793
self_intro	nurs ~degree	0.0865
self_intro	nurs ~student	0.0793
self_intro	of	-0.1471
self_intro	of it	0.0833
self_intro	of leav	-0.0476
self_intro	of my	0.1506
self_intro	of the	-0.1191
self_intro	of what	0.0217
self_intro	of your	-0.0958
self_intro	of ~number	-0.1582
self_intro	of ~people	-0.0204
self_intro	of ~workverb	-0.0203
self_intro	off	-0.0336
self_intro	off now	-0.0208
self_intro	offer	0.0682
self_intro	offic i	0.0308
self_intro	oh	0.3464
self_intro	oh interest	0.038
self_intro	ohio	0.0448
self_intro	ohio state	0.0448
self_intro	ok	-0.2437
self_intro	ok i	-0.0665
self_intro	ok that	-0.0681
self_intro	old	-0.0414
self_intro	omg	-0.0255
self_intro	on	-0.2063
self_intro	on a	-0.0822
self_intro	on linkedin	-0.056
self_intro	on me	0.0422
self_intro	on my	-0.0509
self_intro	on what	0.1674
self_intro	on whether	-0.1403
self_intro	on your	-0.0559
self_intro	on ~number	-0.074
self_intro	onc	-0.1122
self_intro	onc i	-0.1021
self_intro	one	-0.1181
self_intro	one of	-0.023
self_intro	onli	-0.0273
self_intro	onli got	0.0627
self_intro	onli have	-0.0256
self_intro	onli to	-0.0243
self_intro	onlin	0.0397
self_intro	op	0.1244
self_intro	open	-0.1419
self_intro	open i	-0.0445
self_intro	open to	-0.0281
self_intro	or	-0.132
self_intro	or anyth	-0.035
self_intro	or did	-0.0216
self_intro	or is	-0.0214
self_intro	or was	-0.0369
self_intro	or ~number	-0.0218
self_intro	or ~studyverb	-0.0216
self_intro	other	-0.0253
self_intro	our	0.0394
self_intro	out about	0.0665
self_intro	out and	0.0717
self_intro	out becaus	0.0772
self_intro	out i	-0.0331
self_intro	out of	-0.0472
self_intro	out whether	0.0406
self_intro	outsid	0.13
self_intro	own	0.0743
self_intro	paper	-0.024
self_intro	paraleg	0.1032
self_intro	paraleg at	0.0335
self_intro	part	-0.0542
self_intro	part of	-0.0965
self_intro	pass	-0.041
self_intro	path	0.0362
self_intro	path from	0.0951
self_intro	patient	-0.0228
self_intro	peopl	-0.2095
self_intro	peopl from	-0.0306
self_intro	peopl in	-0.0404
self_intro	peopl to	0.0297
self_intro	peopl who	-0.0834
self_intro	peopl ~people	-0.0834
self_intro	person	0.0606
self_intro	person to	0.0799
self_intro	perspect	-0.0653
self_intro	perspect on	0.0398
self_intro	pharma	0.1669
self_intro	pharmaci	0.1034
self_intro	phd	-0.0481
self_intro	pick your	-0.0392
self_intro	pick ~number	0.0607
self_intro	pictur	0.0496
self_intro	pictur of	0.0699
self_intro	pitch	-0.0345
self_intro	place	-0.0355
self_intro	plan	0.1124
self_intro	pleas do	0.0514
self_intro	pleas ~help	0.0514
self_intro	point	-0.0233
self_intro	polici	0.0457
self_intro	polit	0.0497
self_intro	polit scienc	0.0502
self_intro	portfolio	-0.0335
self_intro	posit	-0.0621
self_intro	post	-0.0363
self_intro	practic	-0.0278
self_intro	prep	0.0434
self_intro	present	0.0423
self_intro	priya	-0.0394
self_intro	process	-0.0282
self_intro	product manag	0.0698
self_intro	profess	-0.0432
self_intro	profess i	-0.0273
self_intro	profession	-0.0603
self_intro	profession associ	-0.0377
self_intro	program	-0.1635
self_intro	project	0.0321
self_intro	project manag	0.1417
self_intro	promis	-0.0486
self_intro	psych	0.1004
self_intro	public	0.0606
self_intro	public health	0.0816
self_intro	put	-0.0274
self_intro	python	0.0609
self_intro	python script	0.0576
self_intro	qa	0.0621
self_intro	question	-0.1719
self_intro	quick background	0.0405
self_intro	rambl	0.028
self_intro	ran	0.0459
self_intro	rather	-0.0432
self_intro	rather than	-0.0389
self_intro	reach	-0.0226
self_intro	read	-0.0508
self_intro	real	0.1705
self_intro	realist	-0.053
self_intro	realist ~insight	-0.0226
self_intro	realiz	0.0391
self_intro	realli	-0.0896
self_intro	realli appreci	-0.0777
self_intro	realli just	-0.1002
self_intro	realli like	0.0603
self_intro	realli look	-0.0484
self_intro	realli reassur	0.0922
self_intro	realli valu	-0.0625
self_intro	realli ~want	-0.2413
self_intro	reassur	0.1668
self_intro	receiv	-0.0262
self_intro	recent	0.0754
self_intro	recommend	-0.0341
self_intro	recruit	-0.0586
self_intro	referr	-0.081
self_intro	region	-0.0239
self_intro	region ~org	-0.0229
self_intro	relat	0.0412
self_intro	report	-0.031
self_intro	report back	-0.0225
self_intro	request	-0.0238
self_intro	research	0.0248
self_intro	rest	-0.0207
self_intro	rest of	-0.0207
self_intro	resum	-0.0316
self_intro	retail	0.1785
self_intro	retail manag	0.086
self_intro	retir	0.0388
self_intro	retrain	-0.0371
self_intro	return	-0.0297
self_intro	return the	-0.0243
self_intro	return ~number	-0.0243
self_intro	right now	0.0834
self_intro	role	-0.0555
self_intro	role in	0.0867
self_intro	rout	0.0613
self_intro	run	-0.0481
self_intro	run over	-0.0353
self_intro	rutger	0.0369
self_intro	rutger major	0.0328
self_intro	rutger ~studyverb	0.0328
self_intro	said	-0.0427
self_intro	sale	-0.0467
self_intro	say	-0.0922
self_intro	say thank	-0.0565
self_intro	schedul	-0.0383
self_intro	school	0.295
self_intro	school chemistri	0.1166
self_intro	school ~student	0.1531
self_intro	scienc	0.267
self_intro	scienc and	0.0293
self_intro	scienc in	0.0563
self_intro	script	0.0576
self_intro	search	-0.0413
self_intro	second	0.2661
self_intro	second year	0.229
self_intro	second ~duration	0.229
self_intro	sector	0.0433
self_intro	see	-0.0456
self_intro	seem	0.0567
self_intro	seem like	-0.0407
self_intro	self	0.1233
self_intro	self taught	0.1233
self_intro	self ~workverb	0.1233
self_intro	semest	0.0642
self_intro	send	-0.1012
self_intro	send a	-0.0257
self_intro	send you	-0.049
self_intro	send ~number	-0.0257
self_intro	senior	0.2702
self_intro	senior at	0.038
self_intro	sens	-0.04
self_intro	sensibl	-0.0483
self_intro	serv	0.0291
self_intro	servic	0.0419
self_intro	set	-0.0559
self_intro	shall	0.0445
self_intro	share what	0.0341
self_intro	shift	0.1223
self_intro	shop	0.0919
self_intro	should	-0.1581
self_intro	should i	-0.0769
self_intro	side	0.126
self_intro	side if	0.0602
self_intro	sinc	0.1308
self_intro	six	0.1875
self_intro	six year	0.1918
self_intro	six ~duration	0.1875
self_intro	skill	-0.1106
self_intro	skill matter	-0.0581
self_intro	smartest	-0.0405
self_intro	so	0.4107
self_intro	so how	-0.0226
self_intro	so i	0.2895
self_intro	so just	-0.0278
self_intro	so much	-0.0878
self_intro	so pleas	0.0426
self_intro	so the	0.1582
self_intro	so this	0.033
self_intro	so you	0.1406
self_intro	so ~number	0.1632
self_intro	so ~want	-0.0596
self_intro	some ~insight	-0.0259
self_intro	someon	0.0265
self_intro	someon who	0.1095
self_intro	someon ~people	0.1095
self_intro	someth	-0.0266
self_intro	sophomor	0.1475
self_intro	sophomor undeclar	0.0757
self_intro	sophomor ~studyverb	0.0601
self_intro	sorri	0.0596
self_intro	sorri about	-0.052
self_intro	sorri i	-0.0712
self_intro	sound	-0.037
self_intro	spanish	0.0927
self_intro	spent	0.242
self_intro	spent eight	0.1026
self_intro	spent six	0.0931
self_intro	spreadsheet	-0.0283
self_intro	spring	0.2122
self_intro	sql	0.3208
self_intro	squeez	-0.0242
self_intro	squeez me	-0.0232
self_intro	stack	0.0483
self_intro	staff	0.0398
self_intro	stage	-0.0855
self_intro	start	0.1339
self_intro	start ~workverb	0.0283
self_intro	startup	-0.0281
self_intro	state	0.2645
self_intro	state major	0.0382
self_intro	state ~studyverb	0.0448
self_intro	stay	-0.0624
self_intro	stay at	0.0219
self_intro	stay in	-0.0458
self_intro	step	-0.0368
self_intro	still in	0.0743
self_intro	stop me	0.0501
self_intro	stop there	-0.027
self_intro	straight	0.1459
self_intro	straight from	0.1738
self_intro	straight in	-0.0261
self_intro	structur	-0.0257
self_intro	student	0.1733
self_intro	student and	0.0256
self_intro	student in	0.0251
self_intro	student who	0.0738
self_intro	student ~people	0.0738
self_intro	studi	0.0401
self_intro	studi polit	0.0502
self_intro	such	-0.0227
self_intro	suggest	0.0575
self_intro	suit	0.0703
self_intro	suit me	0.0294
self_intro	summer	0.1098
self_intro	super	-0.0291
self_intro	suppli	0.1475
self_intro	suppli chain	0.1475
self_intro	support	0.0791
self_intro	support for	0.0835
self_intro	sure	0.0287
self_intro	sure if	0.0234
self_intro	switch	0.1674
self_intro	switch into	0.0971
self_intro	system	0.1043
self_intro	take	-0.1315
self_intro	take on	-0.0383
self_intro	take the	-0.0231
self_intro	take up	-0.0361
self_intro	take you	0.0427
self_intro	take ~number	-0.0324
self_intro	talk	-0.0738
self_intro	talk to	-0.0689
self_intro	talk with	-0.0364
self_intro	taught	0.1521
self_intro	teach	0.0817
self_intro	teach high	0.1007
self_intro	teach myself	0.0364
self_intro	teacher	0.1097
self_intro	team	-0.1349
self_intro	team ever	-0.0246
self_intro	tech	-0.0521
self_intro	technician	-0.0369
self_intro	tell me	-0.0589
self_intro	tell you	0.062
self_intro	ten	-0.0243
self_intro	ten year	-0.0212
self_intro	ten ~duration	-0.0212
self_intro	term	0.1754
self_intro	test	-0.0499
self_intro	than	-0.0992
self_intro	than i	-0.0246
self_intro	thank	0.033
self_intro	thank a	-0.0442
self_intro	thank again	-0.0269
self_intro	thank for	-0.1005
self_intro	thank so	-0.0481
self_intro	thank to	0.5652
self_intro	thank you	-0.1519
self_intro	thank ~later	-0.0269
self_intro	thank ~number	-0.0597
self_intro	that	-0.1126
self_intro	that cover	-0.0304
self_intro	that i	0.126
self_intro	that make	-0.023
self_intro	that much	0.0462
self_intro	that you	-0.0288
self_intro	that ~want	-0.0201
self_intro	the	-0.2597
self_intro	the armi	0.2995
self_intro	the articl	-0.0244
self_intro	the bootcamp	-0.0231
self_intro	the campus	-0.0486
self_intro	the career	-0.0202
self_intro	the certif	-0.0407
self_intro	the clinic	0.0216
self_intro	the clock	-0.0251
self_intro	the communiti	0.0974
self_intro	the confer	-0.0237
self_intro	the cours	-0.0234
self_intro	the cultur	-0.0212
self_intro	the exam	0.0217
self_intro	the favor	-0.0232
self_intro	the field	-0.0221
self_intro	the find	-0.0361
self_intro	the first	-0.0204
self_intro	the half	-0.0354
self_intro	the industri	-0.024
self_intro	the insid	-0.0216
self_intro	the job	-0.0349
self_intro	the jump	0.0943
self_intro	the last	0.0878
self_intro	the main	-0.0226
self_intro	the moment	-0.0208
self_intro	the new	0.0591
self_intro	the next	-0.0373
self_intro	the night	-0.0206
self_intro	the project	-0.0394
self_intro	the recruit	-0.0434
self_intro	the right	-0.0222
self_intro	the smartest	-0.0405
self_intro	the spring	0.036
self_intro	the student	-0.0434
self_intro	the switch	-0.0434
self_intro	the time	-0.0409
self_intro	the ~closing	-0.0459
self_intro	the ~degree	-0.1298
self_intro	the ~gatekeeper	-0.0387
self_intro	the ~hiring	-0.0313
self_intro	the ~job	-0.0581
self_intro	the ~limit	-0.0684
self_intro	the ~number	-0.0466
self_intro	the ~org	-0.0502
self_intro	the ~student	-0.116
self_intro	their	-0.0249
self_intro	them	0.0472
self_intro	then	0.0677
self_intro	there	0.0416
self_intro	there a	-0.0508
self_intro	there ani	-0.0318
self_intro	there anyth	-0.0208
self_intro	there i	0.0664
self_intro	there is	-0.0321
self_intro	there someon	0.0202
self_intro	there ~number	-0.0545
self_intro	these	0.0526
self_intro	these day	0.0799
self_intro	thing	0.0208
self_intro	thing is	0.1
self_intro	think	-0.2128
self_intro	think about	0.0537
self_intro	think i	-0.1095
self_intro	think of	-0.0518
self_intro	think that	-0.0591
self_intro	thirti	0.0545
self_intro	thirti minut	0.0591
self_intro	thirti ~limit	0.0591
self_intro	thirti ~timeunit	0.0591
self_intro	this	-0.1309
self_intro	this convers	0.0531
self_intro	this field	-0.0669
self_intro	this was	-0.028
self_intro	this year	-0.0246
self_intro	this ~duration	-0.0246
self_intro	thought	-0.0243
self_intro	three	0.1897
self_intro	three year	0.1941
self_intro	three ~duration	0.1941
self_intro	through	0.1551
self_intro	through a	-0.0303
self_intro	through how	0.0698
self_intro	through ~number	-0.0282
self_intro	time	-0.208
self_intro	time msc	0.0266
self_intro	time so	-0.0214
self_intro	time ~degree	0.0266
self_intro	tip	0.0838
self_intro	to	0.1134
self_intro	to a	0.2208
self_intro	to ask	0.0885
self_intro	to be	-0.1607
self_intro	to becom	-0.025
self_intro	to day	-0.042
self_intro	to decid	-0.1172
self_intro	to do	-0.0414
self_intro	to get	-0.0442
self_intro	to give	0.0787
self_intro	to go	-0.0279
self_intro	to help	-0.0253
self_intro	to hour	0.094
self_intro	to keep	-0.0463
self_intro	to know	-0.0226
self_intro	to learn	0.167
self_intro	to me	0.0273
self_intro	to mind	-0.0251
self_intro	to move	0.0561
self_intro	to my	0.3279
self_intro	to peopl	-0.0369
self_intro	to pick	-0.0253
self_intro	to receiv	-0.0262
self_intro	to share	0.0401
self_intro	to stay	-0.0362
self_intro	to test	-0.0229
self_intro	to the	-0.0466
self_intro	to this	-0.0251
self_intro	to understand	-0.0714
self_intro	to work	-0.0201
self_intro	to your	-0.0675
self_intro	to ~closing	-0.042
self_intro	to ~learn	0.0397
self_intro	to ~limit	0.052
self_intro	to ~number	0.1757
self_intro	to ~people	-0.0491
self_intro	to ~student	-0.09
self_intro	to ~talk	0.0627
self_intro	to ~timeunit	0.094
self_intro	to ~workverb	-0.0229
self_intro	today	-0.2024
self_intro	today is	-0.087
self_intro	told	-0.0339
self_intro	ton	-0.0375
self_intro	tonight	-0.0397
self_intro	too	0.1672
self_intro	total	0.0899
self_intro	touch	-0.0472
self_intro	toward	0.0435
self_intro	track	-0.0338
self_intro	traffic	0.1304
self_intro	transfer	-0.0373
self_intro	transit	0.1647
self_intro	tri	-0.1501
self_intro	tri to	-0.1355
self_intro	truli	-0.0214
self_intro	turnaround	0.1207
self_intro	twenti	0.0549
self_intro	twenti minut	-0.0299
self_intro	twenti ~limit	-0.0299
self_intro	twenti ~timeunit	-0.0299
self_intro	two	0.2608
self_intro	two year	0.1219
self_intro	two ~duration	0.2015
self_intro	typic	-0.0704
self_intro	typic week	-0.0387
self_intro	typic ~closing	-0.0436
self_intro	undeclar	0.0757
self_intro	undergrad	0.041
self_intro	understand	-0.0208
self_intro	understand better	-0.0359
self_intro	understand how	0.0885
self_intro	understand the	-0.0654
self_intro	understand what	-0.0469
self_intro	understand whether	0.0516
self_intro	understand ~number	-0.0654
self_intro	unusu	0.0225
self_intro	up	0.0356
self_intro	up a	0.0382
self_intro	up the	0.0871
self_intro	up with	-0.0441
self_intro	up ~number	0.1253
self_intro	up ~studyverb	0.0907
self_intro	upfront	-0.0234
self_intro	urban plan	0.0211
self_intro	us	-0.0202
self_intro	use	-0.0382
self_intro	use to	-0.0222
self_intro	usual	-0.0394
self_intro	uw	0.0941
self_intro	ux	-0.0229
self_intro	valu your	-0.0622
self_intro	veri	-0.0938
self_intro	vet	0.0402
self_intro	vet ~org	0.0277
self_intro	view	0.0269
self_intro	volunt	0.122
self_intro	wait	-0.046
self_intro	walk	0.1187
self_intro	walk me	0.0321
self_intro	want	-0.1247
self_intro	want your	-0.033
self_intro	was a	0.0497
self_intro	was it	-0.047
self_intro	was realli	0.094
self_intro	was ~number	0.0438
self_intro	was ~want	0.0738
self_intro	watch	0.027
self_intro	way	0.1675
self_intro	way of	0.0345
self_intro	way you	0.2064
self_intro	we	-0.1684
self_intro	we are	-0.0934
self_intro	we have	0.0446
self_intro	week	-0.1621
self_intro	week and	-0.0344
self_intro	weekend	-0.0492
self_intro	weigh	0.0679
self_intro	well	-0.0213
self_intro	went	0.3131
self_intro	went straight	0.1738
self_intro	went to	0.2069
self_intro	what	-0.5484
self_intro	what are	-0.0201
self_intro	what did	-0.0208
self_intro	what do	-0.0326
self_intro	what doe	-0.0404
self_intro	what i	-0.0651
self_intro	what make	-0.0291
self_intro	what skill	-0.0695
self_intro	what the	0.0664
self_intro	what to	-0.0249
self_intro	what your	-0.063
self_intro	what ~help	-0.0326
self_intro	what ~number	0.0768
self_intro	what ~student	-0.0206
self_intro	what ~studyverb	-0.0208
self_intro	when	-0.0642
self_intro	when you	-0.0389
self_intro	where	0.039
self_intro	where can	-0.023
self_intro	where do	-0.0378
self_intro	where doe	-0.0264
self_intro	where is	-0.0287
self_intro	where ~help	-0.0378
self_intro	whether	-0.0413
self_intro	whether a	-0.0493
self_intro	whether nurs	0.0719
self_intro	whether to	-0.038
self_intro	whether ~number	-0.0642
self_intro	whether ~student	0.0699
self_intro	whi	-0.0544
self_intro	whi i	-0.0307
self_intro	which	-0.1068
self_intro	which is	0.0549
self_intro	which ~student	-0.0295
self_intro	who	0.1094
self_intro	who have	-0.0602
self_intro	who is	0.0597
self_intro	who ~workverb	0.0802
self_intro	will	-0.4002
self_intro	will definit	-0.023
self_intro	will drop	-0.0226
self_intro	will keep	-0.0365
self_intro	will leav	-0.0202
self_intro	will let	-0.0506
self_intro	will send	-0.045
self_intro	will stop	-0.0255
self_intro	will ~contactverb	-0.0208
self_intro	will ~sendverb	-0.0737
self_intro	wish	-0.0435
self_intro	with	0.0299
self_intro	with me	-0.0346
self_intro	with the	-0.095
self_intro	with you	-0.0437
self_intro	with your	-0.0361
self_intro	with ~number	-0.0933
self_intro	wonder	0.0914
self_intro	wonder about	0.035
self_intro	wonder whether	0.0727
self_intro	work	0.2652
self_intro	work as	0.101
self_intro	work for	0.0774
self_intro	work in	0.0837
self_intro	work is	0.0206
self_intro	work of	-0.0317
self_intro	work on	-0.0252
self_intro	world	0.0225
self_intro	worri	0.0659
self_intro	worri about	0.0747
self_intro	worth	-0.1518
self_intro	worth it	-0.0942
self_intro	worth join	-0.0255
self_intro	would	-0.0492
self_intro	would be	0.1061
self_intro	would happili	0.0843
self_intro	would have	-0.0316
self_intro	would it	-0.0454
self_intro	would like	-0.0277
self_intro	would love	0.0725
self_intro	would realli	-0.1044
self_intro	would you	-0.0291
self_intro	would ~number	-0.0208
self_intro	would ~want	-0.1076
self_intro	wow ok	-0.0303
self_intro	write	-0.0674
self_intro	write up	-0.0253
self_intro	write you	-0.021
self_intro	yeah	-0.0534
self_intro	year	1.2009
self_intro	year and	0.0746
self_intro	year as	0.0227
self_intro	year at	0.0375
self_intro	year in	0.1557
self_intro	year into	-0.0452
self_intro	year most	0.1869
self_intro	year nurs	0.0793
self_intro	year of	0.1207
self_intro	year teach	0.1053
self_intro	year with	0.0204
self_intro	year ~student	0.0874
self_intro	year ~want	0.1981
self_intro	year ~workverb	0.1919
self_intro	yet i	0.0219
self_intro	you	-0.9779
self_intro	you a	-0.099
self_intro	you again	-0.0384
self_intro	you agre	-0.0267
self_intro	you are	-0.0328
self_intro	you balanc	-0.0306
self_intro	you be	-0.0375
self_intro	you becaus	0.0313
self_intro	you can	-0.0441
self_intro	you could	-0.0415
self_intro	you decid	-0.0255
self_intro	you do	-0.0366
self_intro	you email	-0.0282
self_intro	you end	-0.0289
self_intro	you ever	-0.0651
self_intro	you for	-0.0857
self_intro	you get	-0.0399
self_intro	you go	-0.0332
self_intro	you got	0.0437
self_intro	you have	-0.0972
self_intro	you in	-0.0447
self_intro	you know	-0.0571
self_intro	you like	-0.0206
self_intro	you made	0.0882
self_intro	you mention	-0.0207
self_intro	you mind	0.0511
self_intro	you need	-0.0748
self_intro	you on	-0.0373
self_intro	you see	0.0255
self_intro	you so	-0.0251
self_intro	you tell	-0.0305
self_intro	you think	-0.0682
self_intro	you to	-0.0303
self_intro	you walk	0.0532
self_intro	you went	0.3258
self_intro	you where	0.0833
self_intro	you ~contactverb	-0.0296
self_intro	you ~help	-0.0403
self_intro	you ~later	-0.0405
self_intro	you ~learn	-0.1298
self_intro	you ~number	-0.1122
self_intro	you ~sendverb	-0.0345
self_intro	you ~studyverb	-0.0262
self_intro	you ~talk	-0.0336
self_intro	you ~workverb	-0.0306
self_intro	your	-0.7187
self_intro	your advic	-0.0373
self_intro	your brain	-0.0232
self_intro	your compani	-0.0537
self_intro	your depart	-0.0325
self_intro	your firm	-0.0282
self_intro	your first	-0.0534
self_intro	your honest	-0.0606
self_intro	your lunch	-0.0245
self_intro	your own	0.0838
self_intro	your path	0.0814
self_intro	your role	-0.0582
self_intro	your team	-0.0955
self_intro	your time	-0.0539
self_intro	your week	-0.0215
self_intro	your work	-0.0412
self_intro	your ~closing	-0.0569
self_intro	your ~insight	-0.0456
self_intro	your ~job	-0.0645
self_intro	your ~learn	-0.0413
self_intro	your ~limit	-0.1137
self_intro	your ~org	-0.2438
self_intro	your ~student	-0.0306
self_intro	your ~workverb	-0.0412
self_intro	~application	-0.0422
self_intro	~closing	-0.1198
self_intro	~closing and	-0.0713
self_intro	~closing as	-0.0372
self_intro	~closing look	-0.0215
self_intro	~closing of	-0.0207
self_intro	~closing shift	0.0472
self_intro	~closing to	-0.0482
self_intro	~contactverb	-0.2007
self_intro	~contactverb out	-0.0269
self_intro	~contactverb up	-0.0253
self_intro	~contactverb you	-0.0401
self_intro	~degree	0.5597
self_intro	~degree at	0.2282
self_intro	~degree grad	0.0627
self_intro	~degree i	0.0834
self_intro	~degree in	0.2019
self_intro	~degree program	-0.0515
self_intro	~degree to	-0.0213
self_intro	~duration	1.1164
self_intro	~duration and	0.0746
self_intro	~duration as	0.0227
self_intro	~duration at	0.0375
self_intro	~duration in	0.2386
self_intro	~duration into	-0.0326
self_intro	~duration most	0.1869
self_intro	~duration nurs	0.0793
self_intro	~duration of	0.1207
self_intro	~duration onc	-0.0241
self_intro	~duration teach	0.1053
self_intro	~duration with	0.0204
self_intro	~gatekeeper	-0.1365
self_intro	~help	-0.3094
self_intro	~help a	0.0267
self_intro	~help an	0.0377
self_intro	~help for	0.076
self_intro	~help i	-0.0429
self_intro	~help me	0.1054
self_intro	~help peopl	-0.0352
self_intro	~help that	0.0819
self_intro	~help the	-0.0308
self_intro	~help to	-0.0336
self_intro	~help with	-0.0302
self_intro	~help you	-0.187
self_intro	~hiring	-0.1399
self_intro	~insight	-0.237
self_intro	~insight a	-0.0206
self_intro	~insight for	-0.0247
self_intro	~insight from	-0.0714
self_intro	~insight i	-0.0578
self_intro	~insight not	-0.0384
self_intro	~insight of	0.0904
self_intro	~insight on	-0.0566
self_intro	~insight up	0.0774
self_intro	~insight would	0.087
self_intro	~insight you	0.056
self_intro	~job	-0.0744
self_intro	~job ask	-0.0213
self_intro	~job at	-0.0222
self_intro	~job hunt	-0.0423
self_intro	~job i	0.1866
self_intro	~job in	0.0788
self_intro	~later	-0.141
self_intro	~learn	-0.2543
self_intro	~learn a	-0.0574
self_intro	~learn about	-0.055
self_intro	~learn and	0.0355
self_intro	~learn at	-0.0274
self_intro	~learn better	-0.0394
self_intro	~learn for	0.1259
self_intro	~learn from	-0.03
self_intro	~learn how	0.1493
self_intro	~learn i	0.0783
self_intro	~learn if	-0.045
self_intro	~learn it	-0.0277
self_intro	~learn more	0.0792
self_intro	~learn not	0.0648
self_intro	~learn of	-0.0351
self_intro	~learn so	-0.0334
self_intro	~learn that	0.0242
self_intro	~learn the	-0.025
self_intro	~learn to	0.073
self_intro	~learn we	-0.0231
self_intro	~learn whether	0.0964
self_intro	~learn with	-0.0266
self_intro	~learn you	-0.0527
self_intro	~learn your	-0.1176
self_intro	~limit	-0.2105
self_intro	~limit and	-0.0256
self_intro	~limit at	0.0255
self_intro	~limit for	-0.034
self_intro	~limit is	-0.0215
self_intro	~limit left	-0.0207
self_intro	~limit msc	0.0266
self_intro	~limit to	-0.0604
self_intro	~limit today	-0.0444
self_intro	~number	-0.1908
self_intro	~number armi	0.3127
self_intro	~number articl	-0.0244
self_intro	~number bachelor	0.0609
self_intro	~number bank	-0.0428
self_intro	~number barista	0.0356
self_intro	~number better	0.1041
self_intro	~number big	0.0255
self_intro	~number bit	0.0273
self_intro	~number campus	-0.0486
self_intro	~number career	-0.0275
self_intro	~number chemistri	0.1284
self_intro	~number clock	-0.0251
self_intro	~number close	-0.023
self_intro	~number colleagu	-0.0382
self_intro	~number come	-0.0262
self_intro	~number communiti	0.1092
self_intro	~number confer	-0.0277
self_intro	~number coupl	-0.0307
self_intro	~number cours	-0.0234
self_intro	~number cs	0.0434
self_intro	~number cultur	-0.0212
self_intro	~number data	-0.0403
self_intro	~number day	-0.0436
self_intro	~number decad	0.0901
self_intro	~number degre	0.0305
self_intro	~number exam	0.0217
self_intro	~number exhibit	0.0527
self_intro	~number favor	-0.0232
self_intro	~number find	-0.0361
self_intro	~number fit	-0.0476
self_intro	~number good	-0.0701
self_intro	~number great	-0.0251
self_intro	~number half	-0.0354
self_intro	~number hand	-0.0738
self_intro	~number high	0.1473
self_intro	~number hospit	0.0208
self_intro	~number hotel	0.0979
self_intro	~number hour	-0.0645
self_intro	~number icu	0.0701
self_intro	~number industri	-0.024
self_intro	~number internship	-0.0327
self_intro	~number job	-0.0889
self_intro	~number jump	0.0943
self_intro	~number junior	0.0361
self_intro	~number last	0.0831
self_intro	~number line	0.1257
self_intro	~number love	-0.0294
self_intro	~number main	-0.0226
self_intro	~number million	-0.02
self_intro	~number minut	-0.0221
self_intro	~number moment	-0.0208
self_intro	~number month	-0.0401
self_intro	~number move	0.02
self_intro	~number next	-0.024
self_intro	~number night	0.0358
self_intro	~number of	-0.0421
self_intro	~number on	-0.058
self_intro	~number one	-0.037
self_intro	~number onlin	0.0569
self_intro	~number paraleg	0.0937
self_intro	~number path	-0.0437
self_intro	~number phd	-0.0832
self_intro	~number posit	-0.0347
self_intro	~number program	-0.0222
self_intro	~number project	-0.0584
self_intro	~number quick	-0.0357
self_intro	~number realist	-0.0231
self_intro	~number recent	0.0431
self_intro	~number recruit	-0.0444
self_intro	~number referr	-0.0738
self_intro	~number region	-0.0239
self_intro	~number right	-0.0243
self_intro	~number role	-0.0484
self_intro	~number second	0.2607
self_intro	~number senior	0.0564
self_intro	~number short	-0.0206
self_intro	~number smartest	-0.0405
self_intro	~number sophomor	0.1231
self_intro	~number spring	0.0354
self_intro	~number stay	0.0219
self_intro	~number student	-0.0954
self_intro	~number summer	0.0644
self_intro	~number switch	-0.0434
self_intro	~number thank	-0.0401
self_intro	~number time	-0.0437
self_intro	~number ton	-0.0375
self_intro	~number turnaround	0.1207
self_intro	~number typic	-0.0556
self_intro	~number veri	-0.0484
self_intro	~number vet	0.027
self_intro	~number while	0.0319
self_intro	~number work	-0.0217
self_intro	~number year	0.311
self_intro	~org	0.2248
self_intro	~org and	0.1057
self_intro	~org chemistri	0.1166
self_intro	~org ever	-0.037
self_intro	~org for	0.0803
self_intro	~org if	0.0546
self_intro	~org of	-0.0205
self_intro	~org work	0.1075
self_intro	~people	-0.2203
self_intro	~people at	-0.0551
self_intro	~people els	-0.0385
self_intro	~people from	-0.0325
self_intro	~people have	-0.0639
self_intro	~people in	-0.0554
self_intro	~people is	0.0597
self_intro	~people of	-0.0388
self_intro	~people to	0.0962
self_intro	~sendverb	-0.2428
self_intro	~sendverb a	-0.0257
self_intro	~sendverb my	-0.0278
self_intro	~sendverb so	-0.0239
self_intro	~sendverb what	0.0352
self_intro	~sendverb you	-0.0972
self_intro	~student	1.0975
self_intro	~student and	0.17
self_intro	~student associ	-0.0383
self_intro	~student at	0.2059
self_intro	~student do	0.225
self_intro	~student for	0.0827
self_intro	~student from	0.0246
self_intro	~student i	0.0281
self_intro	~student in	0.0672
self_intro	~student last	0.0343
self_intro	~student program	-0.0427
self_intro	~student student	0.0223
self_intro	~student undeclar	0.0757
self_intro	~student who	0.1752
self_intro	~studyverb	1.1442
self_intro	~studyverb a	0.3346
self_intro	~studyverb in	0.0914
self_intro	~studyverb into	0.128
self_intro	~studyverb my	0.2251
self_intro	~studyverb not	0.0309
self_intro	~studyverb polit	0.0502
self_intro	~studyverb some	0.0697
self_intro	~studyverb that	-0.0228
self_intro	~studyverb the	-0.0962
self_intro	~studyverb up	0.1073
self_intro	~studyverb you	-0.2023
self_intro	~talk	-0.2961
self_intro	~talk about	-0.0457
self_intro	~talk for	0.0435
self_intro	~talk i	0.0918
self_intro	~talk me	0.0216
self_intro	~talk out	-0.0271
self_intro	~talk so	-0.0347
self_intro	~talk to	-0.0771
self_intro	~talk with	-0.098
self_intro	~talk you	-0.0431
self_intro	~timeunit	0.0731
self_intro	~timeunit left	-0.0207
self_intro	~timeunit so	0.0468
self_intro	~want	-0.2433
self_intro	~want a	-0.0922
self_intro	~want about	0.0303
self_intro	~want appreci	-0.0777
self_intro	~want be	0.1061
self_intro	~want curious	-0.0235
self_intro	~want for	-0.107
self_intro	~want gather	-0.0634
self_intro	~want graduat	-0.0248
self_intro	~want happili	0.0843
self_intro	~want have	-0.0316
self_intro	~want help	-0.0223
self_intro	~want here	0.0239
self_intro	~want how	-0.0401
self_intro	~want i	0.164
self_intro	~want in	0.0403
self_intro	~want inform	-0.0305
self_intro	~want it	-0.0987
self_intro	~want just	-0.0846
self_intro	~want know	-0.021
self_intro	~want like	0.0303
self_intro	~want look	-0.0373
self_intro	~want love	0.0703
self_intro	~want on	0.0813
self_intro	~want realli	-0.1077
self_intro	~want reassur	0.0922
self_intro	~want the	-0.0225
self_intro	~want this	0.0495
self_intro	~want to	-0.0894
self_intro	~want tri	0.0409
self_intro	~want valu	-0.0634
self_intro	~want want	-0.0802
self_intro	~want what	-0.0226
self_intro	~want you	-0.1063
self_intro	~want your	-0.1153
self_intro	~workverb	0.6228
self_intro	~workverb a	0.2381
self_intro	~workverb as	0.1837
self_intro	~workverb at	0.0321
self_intro	~workverb do	0.0305
self_intro	~workverb eight	0.1026
self_intro	~workverb for	0.0774
self_intro	~workverb freelanc	0.0226
self_intro	~workverb high	0.0923
self_intro	~workverb in	0.1828
self_intro	~workverb is	0.0206
self_intro	~workverb myself	0.0364
self_intro	~workverb of	-0.0317
self_intro	~workverb on	-0.0275
self_intro	~workverb or	0.0307
self_intro	~workverb out	-0.0521
self_intro	~workverb over	-0.0462
self_intro	~workverb six	0.0931
self_intro	~workverb wonder	0.035
"""#
}
