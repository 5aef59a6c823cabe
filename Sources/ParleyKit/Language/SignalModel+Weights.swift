// Written by scripts/train-signals from the tune part of the labelled set; do not edit.
extension SignalModel {
    static let bundledWeights = #"""
purpose	*	-3.2304
purpose	3	0.0359
purpose	3 year	0.056
purpose	3 ~duration	0.056
purpose	30	-0.0416
purpose	30 minut	-0.0391
purpose	30 ~limit	-0.0379
purpose	30 ~timeunit	-0.0391
purpose	34	-0.0233
purpose	4	-0.0416
purpose	58	0.0351
purpose	58 and	0.0351
purpose	8	-0.0218
purpose	8 year	-0.0218
purpose	8 ~duration	-0.0218
purpose	?	-1.9009
purpose	^a	0.1882
purpose	^ah	-0.025
purpose	^and	-0.0223
purpose	^ani	-0.0445
purpose	^appreci	-0.0236
purpose	^are	-0.1377
purpose	^bye	-0.0353
purpose	^can	-0.1067
purpose	^cheer	-0.0276
purpose	^cool	-0.0222
purpose	^current	-0.0268
purpose	^did	-0.0444
purpose	^do	-0.0474
purpose	^for	0.0319
purpose	^gosh	-0.0317
purpose	^happi	-0.0279
purpose	^have	-0.0534
purpose	^hello	0.0625
purpose	^hi	-0.0386
purpose	^hm	0.0354
purpose	^honest	0.0606
purpose	^how	-0.3524
purpose	^i	0.1876
purpose	^if	-0.1636
purpose	^in	-0.0455
purpose	^is	-0.2088
purpose	^it	-0.0263
purpose	^just	0.2045
purpose	^let	-0.0871
purpose	^like	-0.0234
purpose	^main	0.0935
purpose	^my	0.3136
purpose	^no	0.3867
purpose	^not	0.209
purpose	^oh	-0.0234
purpose	^ok	-0.1987
purpose	^okafor	0.0988
purpose	^onc	-0.0221
purpose	^patel	0.0397
purpose	^pleas	-0.0222
purpose	^quick	-0.0766
purpose	^rather	0.0691
purpose	^realli	-0.0579
purpose	^right	-0.0351
purpose	^sorri	-0.1089
purpose	^take	-0.0237
purpose	^tell	-0.0251
purpose	^thank	-0.2527
purpose	^that	-0.1441
purpose	^the	0.2215
purpose	^this	0.0266
purpose	^to	0.0528
purpose	^total	-0.0222
purpose	^wait	-0.0325
purpose	^was	-0.0251
purpose	^we	-0.0554
purpose	^well	-0.0652
purpose	^what	-0.5125
purpose	^where	-0.0374
purpose	^which	-0.0752
purpose	^who	-0.122
purpose	^would	-0.1107
purpose	^wow	0.0382
purpose	a	0.2238
purpose	a bachelor	-0.0252
purpose	a better	0.0396
purpose	a big	-0.0237
purpose	a bit	-0.0521
purpose	a bootcamp	0.0236
purpose	a career	-0.0223
purpose	a certif	-0.0215
purpose	a chemistri	-0.0227
purpose	a clinic	0.0584
purpose	a colleagu	0.0419
purpose	a coupl	0.026
purpose	a data	-0.0211
purpose	a decad	-0.0242
purpose	a degre	-0.0664
purpose	a dental	-0.0339
purpose	a differ	-0.0216
purpose	a feel	0.0235
purpose	a few	0.1219
purpose	a first	0.0329
purpose	a fit	0.0231
purpose	a forens	-0.069
purpose	a gen	-0.0255
purpose	a good	0.0247
purpose	a grad	0.044
purpose	a great	-0.0338
purpose	a hand	0.1045
purpose	a head	0.1286
purpose	a hospit	0.1637
purpose	a job	0.2689
purpose	a junior	-0.1176
purpose	a line	-0.0521
purpose	a lot	-0.0462
purpose	a major	0.0456
purpose	a mid	-0.0239
purpose	a move	0.0642
purpose	a name	-0.0228
purpose	a new	-0.0239
purpose	a night	0.0393
purpose	a nurs	-0.0268
purpose	a paraleg	-0.1095
purpose	a part	-0.0268
purpose	a phd	0.0573
purpose	a posit	0.0964
purpose	a publish	0.0239
purpose	a quick	-0.0275
purpose	a realist	0.1225
purpose	a recent	0.0235
purpose	a referr	-0.0203
purpose	a senior	0.0372
purpose	a shall	-0.0265
purpose	a short	-0.0381
purpose	a sophomor	0.0855
purpose	a stay	-0.0421
purpose	a student	-0.0214
purpose	a typic	0.0253
purpose	a wonder	-0.0387
purpose	a ~closing	0.0359
purpose	a ~degree	-0.0315
purpose	a ~duration	-0.0423
purpose	a ~job	0.3647
purpose	a ~number	0.1476
purpose	a ~org	0.1593
purpose	a ~people	0.0313
purpose	a ~student	-0.085
purpose	a ~talk	-0.0204
purpose	about	0.3746
purpose	about five	-0.0377
purpose	about go	0.0396
purpose	about how	0.0727
purpose	about it	0.0638
purpose	about leav	0.1193
purpose	about me	-0.0544
purpose	about move	0.0409
purpose	about open	0.052
purpose	about the	0.0602
purpose	about what	0.1359
purpose	about your	0.1013
purpose	about ~job	0.0482
purpose	about ~studyverb	0.0311
purpose	academia	0.1306
purpose	accept	-0.0521
purpose	accept to	-0.044
purpose	account	-0.1183
purpose	account in	0.0578
purpose	account student	-0.0741
purpose	account ~student	-0.0741
purpose	actual	0.5045
purpose	actual do	0.0412
purpose	actual involv	0.1203
purpose	actual like	0.0772
purpose	actual look	0.1652
purpose	actual spend	0.0564
purpose	actual ~studyverb	0.043
purpose	actual ~want	-0.0338
purpose	advic	0.5441
purpose	advic about	0.0411
purpose	advic on	0.1897
purpose	advic someon	-0.0519
purpose	advic would	-0.0387
purpose	advic you	0.0589
purpose	advic ~people	-0.0519
purpose	advic ~want	-0.0387
purpose	advisori	0.0277
purpose	after	-0.0993
purpose	after a	-0.0202
purpose	after i	-0.0219
purpose	after is	0.0261
purpose	after the	-0.0223
purpose	after ~number	-0.0223
purpose	afternoon	-0.0425
purpose	afternoon and	0.0331
purpose	again	-0.1097
purpose	agenc	-0.0321
purpose	agenda	0.3933
purpose	ago	-0.0448
purpose	agre	-0.0236
purpose	ah	-0.025
purpose	all	-0.1747
purpose	all day	0.0238
purpose	all i	-0.0698
purpose	all the	-0.0296
purpose	all this	-0.0239
purpose	all ~closing	0.0238
purpose	all ~limit	0.0238
purpose	all ~number	-0.0296
purpose	almost	-0.0229
purpose	along	-0.0249
purpose	alreadi	-0.0411
purpose	alright	0.024
purpose	am	0.7296
purpose	am actual	-0.0332
purpose	am after	0.0245
purpose	am appli	-0.0341
purpose	am at	0.0767
purpose	am collect	0.131
purpose	am consid	0.0957
purpose	am curious	-0.112
purpose	am do	-0.0271
purpose	am from	-0.0201
purpose	am go	-0.0448
purpose	am good	-0.0242
purpose	am here	0.2136
purpose	am hope	0.2085
purpose	am in	-0.0417
purpose	am interest	-0.149
purpose	am just	0.1389
purpose	am keen	0.0768
purpose	am kind	0.0506
purpose	am look	0.0228
purpose	am main	0.0256
purpose	am not	0.2284
purpose	am now	-0.0469
purpose	am priya	0.0352
purpose	am sam	0.0257
purpose	am tri	0.1157
purpose	am ~studyverb	-0.0977
purpose	am ~want	0.5874
purpose	an	0.1194
purpose	an armi	-0.027
purpose	an mph	0.0826
purpose	an onlin	0.0327
purpose	an ~degree	0.0927
purpose	an ~student	0.0434
purpose	analyst	-0.021
purpose	analyst ~want	0.0381
purpose	analyt	0.0392
purpose	analyt right	0.0471
purpose	and	0.1734
purpose	and a	0.0711
purpose	and befor	-0.0655
purpose	and have	0.0328
purpose	and honest	0.0583
purpose	and i	0.36
purpose	and if	-0.0202
purpose	and let	-0.0228
purpose	and now	-0.0511
purpose	and research	0.0546
purpose	and tell	-0.0252
purpose	and want	0.1047
purpose	and we	-0.0332
purpose	and would	-0.0316
purpose	and ~learn	0.0737
purpose	and ~number	0.14
purpose	and ~talk	0.1175
purpose	and ~want	0.1014
purpose	ani	-0.1095
purpose	ani advic	0.0676
purpose	ani book	-0.0262
purpose	ani more	-0.0446
purpose	ani ~insight	0.1121
purpose	answer	-0.0307
purpose	anyon	-0.126
purpose	anyon come	-0.0407
purpose	anyon els	-0.0207
purpose	anyon on	-0.0205
purpose	anyon who	0.0321
purpose	anyon ~people	0.0321
purpose	anyth	0.1224
purpose	anyth i	-0.0286
purpose	anyth just	0.0858
purpose	anyth open	-0.0243
purpose	anyth ~want	0.0858
purpose	app	-0.0516
purpose	appli	0.1217
purpose	appreci	-0.1448
purpose	appreci it	-0.071
purpose	appreci you	-0.0615
purpose	appreci your	0.0786
purpose	appreci ~number	-0.0352
purpose	architect	0.0446
purpose	architectur	-0.0462
purpose	are	-0.3819
purpose	are near	-0.0294
purpose	are right	-0.0267
purpose	are the	-0.0245
purpose	are there	-0.1103
purpose	are you	-0.043
purpose	are ~number	-0.0301
purpose	around	-0.0266
purpose	articl	-0.0351
purpose	as	0.0537
purpose	as i	0.0802
purpose	ask	0.3298
purpose	ask about	0.2121
purpose	ask befor	0.0538
purpose	ask for	0.1083
purpose	ask to	0.0981
purpose	ask you	0.1644
purpose	associ	-0.0724
purpose	at	0.0288
purpose	at a	0.0678
purpose	at home	-0.0421
purpose	at my	0.0442
purpose	at ohio	-0.028
purpose	at rutger	-0.0347
purpose	at this	0.1252
purpose	at uw	0.0336
purpose	at ~number	0.0601
purpose	audit	0.1646
purpose	bachelor	-0.0458
purpose	bachelor in	-0.0382
purpose	back	-0.0752
purpose	back after	-0.0373
purpose	back and	0.0594
purpose	back in	-0.032
purpose	back into	-0.0751
purpose	back to	0.0479
purpose	back ~want	-0.0373
purpose	background	-0.0906
purpose	background i	-0.0526
purpose	bank	-0.0272
purpose	basic i	0.0234
purpose	be	-0.0841
purpose	be abl	-0.0614
purpose	be build	-0.0227
purpose	be clear	0.0461
purpose	be consid	-0.0203
purpose	be glad	-0.0534
purpose	be grate	-0.0201
purpose	be great	0.2073
purpose	be mind	-0.038
purpose	be ok	-0.0312
purpose	be open	-0.0313
purpose	be realli	-0.0381
purpose	be respect	-0.0391
purpose	be so	-0.0243
purpose	be the	0.1736
purpose	be use	-0.0407
purpose	be weird	-0.0265
purpose	be ~help	-0.0407
purpose	be ~number	0.1915
purpose	be ~want	-0.0381
purpose	becaus	0.1494
purpose	becaus i	0.1326
purpose	becom	-0.0509
purpose	becom a	-0.1072
purpose	becom ~number	-0.1094
purpose	been	0.1414
purpose	been a	0.0556
purpose	been in	0.0476
purpose	been take	-0.0208
purpose	been talk	0.0298
purpose	been teach	-0.0209
purpose	been ~hiring	-0.0208
purpose	been ~number	0.0524
purpose	been ~studyverb	-0.0406
purpose	been ~talk	0.0298
purpose	been ~want	-0.0384
purpose	been ~workverb	-0.0327
purpose	befor	0.2658
purpose	befor appli	0.0628
purpose	befor i	0.2971
purpose	befor that	-0.1154
purpose	befor to	0.0879
purpose	best	0.0493
purpose	best person	0.0973
purpose	best ~people	0.0973
purpose	better	0.0978
purpose	between	0.1241
purpose	between stay	0.0795
purpose	between the	-0.0334
purpose	between two	0.0313
purpose	beyond	0.5361
purpose	beyond the	0.0531
purpose	beyond ~number	0.0531
purpose	big	-0.0336
purpose	bill	-0.0208
purpose	biotech	0.1223
purpose	bit	-0.07
purpose	bit about	-0.0495
purpose	book	-0.0438
purpose	book you	-0.0226
purpose	bootcamp	0.0306
purpose	bootcamp grad	0.0296
purpose	bootcamp is	0.0429
purpose	bootcamp ~student	0.0296
purpose	brain	0.0964
purpose	brain about	0.0797
purpose	brazil	-0.0502
purpose	break	-0.0369
purpose	build	-0.0826
purpose	build a	-0.0237
purpose	build ~number	-0.0237
purpose	busi	-0.0319
purpose	but	-0.1329
purpose	but i	-0.0483
purpose	by ask	0.0769
purpose	by the	-0.0241
purpose	by ~number	-0.0241
purpose	bye	-0.0419
purpose	call	-0.0548
purpose	call is	0.0266
purpose	came	-0.023
purpose	can	-0.1042
purpose	can give	0.0385
purpose	can help	0.0745
purpose	can i	-0.094
purpose	can not	0.1289
purpose	can see	-0.0249
purpose	can you	-0.0439
purpose	can ~help	0.0922
purpose	can ~learn	-0.0295
purpose	care	-0.0825
purpose	career	0.1427
purpose	career changer	-0.0413
purpose	career ~student	-0.0389
purpose	case	-0.0287
purpose	cert	0.0425
purpose	certif in	-0.0229
purpose	chain	0.1534
purpose	chain and	0.0721
purpose	chain role	0.0621
purpose	chain ~job	0.0621
purpose	chanc	-0.0245
purpose	chang	-0.0435
purpose	changer	-0.0413
purpose	changer come	0.0237
purpose	chat	0.1647
purpose	chat with	0.0406
purpose	check	-0.0443
purpose	cheer	-0.0322
purpose	chemistri at	0.0536
purpose	chemistri phd	-0.02
purpose	chemistri ~degree	-0.02
purpose	chemistri ~student	-0.0248
purpose	choos	0.1399
purpose	choos my	0.1548
purpose	circl	-0.0303
purpose	circl back	-0.0303
purpose	citi	-0.0418
purpose	civil	-0.022
purpose	civil engin	-0.022
purpose	civilian	0.1002
purpose	class	-0.0475
purpose	class in	-0.0208
purpose	classroom	-0.0266
purpose	clear	0.0279
purpose	clear i	0.0402
purpose	client	-0.1014
purpose	clinic	-0.0674
purpose	clinic data	0.0648
purpose	clock	-0.0201
purpose	close	-0.0306
purpose	coder	-0.058
purpose	coffe	-0.0245
purpose	colleagu	0.0789
purpose	colleagu at	0.0463
purpose	collect	0.1668
purpose	collect ~insight	0.1279
purpose	come	-0.046
purpose	come from	0.0263
purpose	come to	-0.0519
purpose	come up	-0.0333
purpose	comfort connect	0.0332
purpose	comfort ~talk	0.0332
purpose	commit	0.0327
purpose	commit to	0.0451
purpose	committe	0.0951
purpose	common	-0.0311
purpose	common for	-0.0263
purpose	compar	0.0732
purpose	connect	-0.0216
purpose	connect me	0.023
purpose	conscious	-0.0228
purpose	consid	0.0557
purpose	construct	-0.0315
purpose	consult	0.0892
purpose	consult is	0.0998
purpose	contact	-0.0309
purpose	convers	0.0335
purpose	cook	-0.0297
purpose	cool	-0.0343
purpose	cool cool	-0.0213
purpose	could	-0.106
purpose	could help	0.062
purpose	could i	-0.0442
purpose	could tri	-0.0361
purpose	could ~help	0.0477
purpose	could ~learn	0.0232
purpose	could ~sendverb	-0.031
purpose	could ~want	-0.0361
purpose	countri	0.0309
purpose	coupl	0.026
purpose	coupl of	-0.0228
purpose	cours	-0.025
purpose	cover	-0.1506
purpose	cover everyth	-0.1168
purpose	cowork	-0.0259
purpose	credit	-0.0243
purpose	cs degre	-0.024
purpose	cultur	-0.0441
purpose	curious	0.1579
purpose	curious about	0.0973
purpose	curious what	0.0672
purpose	current ~number	0.0228
purpose	cybersecur	-0.0343
purpose	d	0.0939
purpose	data manag	0.0648
purpose	data scienc	-0.0255
purpose	data scientist	-0.0297
purpose	data ~student	0.0405
purpose	day	0.173
purpose	day is	0.0284
purpose	day to	0.1302
purpose	decad	-0.0477
purpose	decad in	-0.0255
purpose	decid	0.0292
purpose	decid between	0.0416
purpose	decid which	-0.0548
purpose	degre	-0.1097
purpose	degre in	-0.0683
purpose	dental	-0.0339
purpose	dental hygienist	-0.0339
purpose	dental ~student	-0.0339
purpose	depart	-0.0249
purpose	design	-0.0268
purpose	dev	0.0248
purpose	develop	-0.0384
purpose	did	-0.1346
purpose	did my	-0.0328
purpose	did some	-0.0309
purpose	did you	0.0279
purpose	did ~number	-0.0238
purpose	differ	-0.0796
purpose	differ between	-0.0312
purpose	direct	0.0639
purpose	director	-0.0297
purpose	disturb	0.0511
purpose	disturb you	0.0511
purpose	do	-0.3197
purpose	do a	-0.0365
purpose	do an	0.0339
purpose	do not	0.0524
purpose	do peopl	-0.0367
purpose	do the	0.022
purpose	do this	-0.043
purpose	do to	-0.0248
purpose	do you	-0.1934
purpose	do ~people	-0.0367
purpose	doctor	-0.0839
purpose	document	-0.0265
purpose	doe	-0.1089
purpose	doe a	-0.0392
purpose	doe anyon	-0.0307
purpose	doe it	-0.0431
purpose	doe your	-0.0306
purpose	doe ~number	-0.0475
purpose	doe ~people	-0.0352
purpose	done	0.0569
purpose	down	-0.0263
purpose	dr	0.1315
purpose	drop	-0.0334
purpose	drop you	-0.0317
purpose	each	0.0243
purpose	earli	0.0286
purpose	eat	-0.041
purpose	eat into	-0.0386
purpose	ecolog	0.0576
purpose	econ	0.0609
purpose	econ and	0.066
purpose	economist	-0.0274
purpose	eight	-0.0449
purpose	eight year	-0.0449
purpose	eight ~duration	-0.0449
purpose	elect	0.1229
purpose	els	-0.0791
purpose	els in	-0.0221
purpose	employ	0.03
purpose	end	-0.0994
purpose	energi	0.0388
purpose	engin	0.2085
purpose	english	-0.0462
purpose	enjoy	-0.0356
purpose	enough	-0.0578
purpose	enough to	-0.0432
purpose	environment	0.0347
purpose	ethic	0.1176
purpose	even	-0.0352
purpose	evening	-0.0527
purpose	eventu	-0.0728
purpose	ever	-0.0984
purpose	ever anyth	-0.0203
purpose	ever need	-0.0386
purpose	ever want	-0.0283
purpose	ever ~help	-0.0247
purpose	ever ~want	-0.0225
purpose	everyth	-0.2666
purpose	everyth i	-0.2231
purpose	exact	0.0477
purpose	exam	-0.104
purpose	experi	0.0948
purpose	explor career	0.0368
purpose	fall	0.0235
purpose	fall and	0.0296
purpose	favor	-0.0327
purpose	feedback	-0.0345
purpose	feel	0.065
purpose	feel comfort	0.035
purpose	feel for	0.0235
purpose	few	0.1268
purpose	few field	0.1028
purpose	few peopl	0.0675
purpose	few ~duration	-0.0244
purpose	few ~people	0.0675
purpose	field	0.3279
purpose	field befor	0.1028
purpose	field better	-0.0367
purpose	field from	0.0378
purpose	field is	0.0449
purpose	field work	0.03
purpose	field ~learn	0.0274
purpose	field ~workverb	0.03
purpose	fifteen	-0.0307
purpose	fifteen minut	-0.0294
purpose	fifteen ~limit	-0.0294
purpose	fifteen ~timeunit	-0.0294
purpose	figur	0.2062
purpose	figur out	0.2072
purpose	final	-0.0307
purpose	financ	0.0273
purpose	find	-0.0528
purpose	finish	-0.1034
purpose	finish a	-0.025
purpose	finish ~number	-0.0327
purpose	firm	-0.0777
purpose	first	-0.1114
purpose	first gen	0.0413
purpose	first place	-0.0556
purpose	first year	-0.0856
purpose	first ~duration	-0.0856
purpose	first ~job	-0.0242
purpose	first ~org	-0.0562
purpose	fit	0.0892
purpose	fit for	0.0446
purpose	five	-0.0858
purpose	five minut	-0.0303
purpose	five year	-0.0513
purpose	five ~duration	-0.0513
purpose	five ~limit	-0.0303
purpose	five ~timeunit	-0.0303
purpose	focus	-0.0283
purpose	follow	-0.0569
purpose	follow up	-0.046
purpose	for	0.2342
purpose	for a	0.1868
purpose	for about	-0.0259
purpose	for advic	0.0467
purpose	for agre	0.0223
purpose	for an	0.0391
purpose	for anyth	0.0493
purpose	for context	0.0319
purpose	for make	-0.0302
purpose	for me	0.1126
purpose	for peopl	-0.0202
purpose	for someon	-0.0319
purpose	for the	-0.0726
purpose	for to	-0.0847
purpose	for today	0.0273
purpose	for twelv	-0.0286
purpose	for what	0.0287
purpose	for you	0.0445
purpose	for your	-0.057
purpose	for ~insight	0.2142
purpose	for ~number	0.1287
purpose	for ~people	-0.0783
purpose	forens	-0.0866
purpose	forens account	-0.0701
purpose	forens ~student	-0.069
purpose	formal	0.069
purpose	former	-0.0209
purpose	forti	0.0584
purpose	found	-0.0626
purpose	four	-0.0295
purpose	freelanc	-0.0735
purpose	friend	0.1266
purpose	from	0.2986
purpose	from a	0.1316
purpose	from academia	0.1148
purpose	from account	0.0271
purpose	from my	-0.0264
purpose	from peopl	0.0551
purpose	from someon	0.073
purpose	from start	-0.0211
purpose	from teach	-0.058
purpose	from today	0.057
purpose	from ~number	0.1355
purpose	from ~people	0.1281
purpose	from ~workverb	-0.0595
purpose	full	-0.0263
purpose	game	-0.0831
purpose	game design	-0.0542
purpose	gather	0.1625
purpose	gather inform	0.1291
purpose	gather ~insight	0.1406
purpose	gen z	-0.0255
purpose	general	0.0547
purpose	genuin ~want	0.0284
purpose	get	-0.0339
purpose	get a	0.0349
purpose	get back	-0.0958
purpose	get hire	0.1163
purpose	get into	-0.0564
purpose	get me	-0.0259
purpose	get out	0.0935
purpose	get some	0.0394
purpose	get your	0.0373
purpose	get ~insight	-0.0201
purpose	get ~number	0.021
purpose	give	-0.0414
purpose	give me	0.0828
purpose	give someon	-0.0411
purpose	give you	-0.0449
purpose	give ~people	-0.0588
purpose	glad	-0.0203
purpose	glad to	-0.0581
purpose	go	0.0956
purpose	go back	0.1197
purpose	go from	0.05
purpose	go into	-0.0243
purpose	go to	0.0394
purpose	goal	0.1299
purpose	goal for	0.0264
purpose	goal today	0.0322
purpose	goe	-0.0436
purpose	good	-0.0296
purpose	good at	0.0358
purpose	good fit	0.0289
purpose	good for	-0.0344
purpose	gosh	-0.0317
purpose	got	-0.1008
purpose	got about	-0.0307
purpose	got to	-0.0454
purpose	got ~number	0.0288
purpose	govern	-0.0282
purpose	grad	0.0458
purpose	graduat	0.0589
purpose	graduat in	0.1023
purpose	grate	-0.0672
purpose	grate if	-0.0343
purpose	grate you	-0.0297
purpose	great	0.1452
purpose	great to	0.2081
purpose	guidanc	0.1253
purpose	had	-0.0793
purpose	had not	-0.0333
purpose	half	-0.0354
purpose	half hour	-0.0292
purpose	half ~limit	-0.0292
purpose	half ~timeunit	-0.0292
purpose	hand	0.054
purpose	handi	-0.023
purpose	happen	-0.0485
purpose	happen to	-0.0352
purpose	happi	-0.0709
purpose	happi to	-0.0542
purpose	hard	-0.0464
purpose	hardest	-0.0296
purpose	hardest part	-0.0253
purpose	have	-0.1246
purpose	have a	-0.0736
purpose	have been	0.1826
purpose	have done	-0.0228
purpose	have got	-0.0452
purpose	have onli	0.0408
purpose	have to	-0.0233
purpose	have ~number	-0.069
purpose	have ~workverb	0.1786
purpose	head	0.1193
purpose	head up	0.1286
purpose	health	-0.0879
purpose	health tech	-0.0247
purpose	health ~student	-0.0247
purpose	health ~want	-0.0225
purpose	hear	0.2295
purpose	hear back	-0.0351
purpose	hear from	0.0339
purpose	hear how	0.2633
purpose	hear of	-0.0218
purpose	hear their	-0.0296
purpose	hear what	0.0584
purpose	hello	0.0625
purpose	help	-0.0513
purpose	help me	0.1352
purpose	help with	-0.0545
purpose	help you	-0.0208
purpose	her	-0.0204
purpose	here	0.7196
purpose	here for	0.0415
purpose	here i	0.1485
purpose	here to	0.0677
purpose	here ~want	0.1306
purpose	hesit	-0.0269
purpose	hesit to	-0.0269
purpose	hi	-0.0386
purpose	hi dr	0.0213
purpose	hi i	-0.0549
purpose	high	-0.0344
purpose	hire	0.0434
purpose	hire manag	-0.0235
purpose	hire ~gatekeeper	-0.0235
purpose	hm	0.0354
purpose	hm ok	0.0354
purpose	hold	0.0353
purpose	home	-0.047
purpose	home parent	-0.0344
purpose	home ~student	-0.0344
purpose	honest	0.3929
purpose	honest advic	0.0877
purpose	honest i	0.0926
purpose	honest just	0.0879
purpose	honest take	0.0574
purpose	honest ~insight	0.2037
purpose	honest ~want	0.0879
purpose	hope	0.4083
purpose	hope this	0.0237
purpose	hope to	0.2239
purpose	hope you	0.0883
purpose	hospit	0.1422
purpose	hospit and	0.0574
purpose	hour	0.0877
purpose	hous	0.0393
purpose	how	0.1945
purpose	how did	0.0784
purpose	how do	-0.0548
purpose	how doe	-0.0445
purpose	how long	-0.0656
purpose	how mani	0.0419
purpose	how much	-0.0508
purpose	how peopl	0.0918
purpose	how to	0.0265
purpose	how would	-0.0425
purpose	how you	0.1097
purpose	how ~help	-0.0548
purpose	how ~people	0.0918
purpose	how ~studyverb	0.0784
purpose	how ~want	-0.0425
purpose	howard	0.0264
purpose	hunt	0.1376
purpose	hygienist	-0.0339
purpose	i	-0.4199
purpose	i am	0.7296
purpose	i appreci	-0.0342
purpose	i ask	0.134
purpose	i be	-0.0501
purpose	i can	0.0228
purpose	i commit	0.0451
purpose	i could	-0.0707
purpose	i did	-0.0354
purpose	i do	-0.0392
purpose	i email	0.0272
purpose	i figur	0.0835
purpose	i finish	-0.0257
purpose	i found	-0.0258
purpose	i genuin	0.0284
purpose	i got	-0.0344
purpose	i graduat	0.1009
purpose	i had	-0.0624
purpose	i have	0.0505
purpose	i know	-0.2039
purpose	i land	-0.0228
purpose	i learn	-0.0215
purpose	i like	-0.0213
purpose	i mention	-0.0264
purpose	i most	0.0838
purpose	i pick	0.1208
purpose	i promis	-0.0246
purpose	i reach	0.242
purpose	i read	0.0805
purpose	i realli	0.0438
purpose	i spent	-0.0475
purpose	i talk	-0.0224
purpose	i think	-0.2188
purpose	i thought	0.061
purpose	i took	-0.0725
purpose	i want	0.2199
purpose	i will	-0.385
purpose	i work	0.0281
purpose	i ~contactverb	0.0434
purpose	i ~help	-0.0501
purpose	i ~insight	0.0772
purpose	i ~learn	-0.0436
purpose	i ~sendverb	-0.0253
purpose	i ~student	0.1226
purpose	i ~studyverb	-0.1588
purpose	i ~want	0.264
purpose	i ~workverb	-0.0508
purpose	icu	0.0222
purpose	icu nurs	0.0403
purpose	if	-0.4534
purpose	if a	-0.0417
purpose	if anyon	-0.0203
purpose	if anyth	-0.0248
purpose	if consult	0.0507
purpose	if i	-0.057
purpose	if it	-0.0204
purpose	if there	-0.047
purpose	if you	-0.2632
purpose	if your	-0.0313
purpose	if ~number	-0.0541
purpose	if ~people	-0.0203
purpose	illustr	0.0217
purpose	illustr ~workverb	0.0228
purpose	in	-0.2845
purpose	in a	0.0217
purpose	in audit	0.0546
purpose	in between	-0.0201
purpose	in economist	-0.0274
purpose	in financ	0.0406
purpose	in general	0.0315
purpose	in hour	0.0478
purpose	in hous	0.0246
purpose	in how	-0.0648
purpose	in may	-0.0318
purpose	in my	-0.0785
purpose	in pediatr	0.038
purpose	in polici	0.0358
purpose	in renew	0.0388
purpose	in return	-0.0215
purpose	in suppli	0.0395
purpose	in the	-0.1009
purpose	in this	-0.051
purpose	in touch	-0.0478
purpose	in ux	-0.0371
purpose	in your	-0.171
purpose	in ~contactverb	-0.0494
purpose	in ~help	-0.0215
purpose	in ~limit	0.0467
purpose	in ~number	-0.1033
purpose	in ~org	0.0301
purpose	in ~student	-0.0297
purpose	in ~timeunit	0.0478
purpose	industri	0.1118
purpose	inform	0.1649
purpose	insid	0.0774
purpose	insid ~insight	0.0559
purpose	insight	0.1238
purpose	insight into	0.0718
purpose	instruct	0.1078
purpose	instruct design	0.1078
purpose	intent	0.0564
purpose	interest	-0.2464
purpose	interest in	-0.1741
purpose	intern	-0.0321
purpose	internship	-0.0689
purpose	internship in	-0.0231
purpose	interview	-0.0432
purpose	into	0.1369
purpose	into instruct	0.1395
purpose	into product	0.0427
purpose	into the	0.0819
purpose	into this	-0.0305
purpose	into your	-0.046
purpose	into ~number	0.0856
purpose	intro	-0.0375
purpose	introduc	-0.0315
purpose	introduc me	-0.0217
purpose	introduct	-0.0287
purpose	involv	0.1119
purpose	involv day	0.031
purpose	involv ~closing	0.031
purpose	involv ~limit	0.031
purpose	is	0.0753
purpose	is a	0.1203
purpose	is actual	0.082
purpose	is advic	0.0261
purpose	is all	-0.0946
purpose	is alright	0.0511
purpose	is been	-0.0413
purpose	is ever	-0.0264
purpose	is everyth	-0.1414
purpose	is for	0.0351
purpose	is it	-0.0954
purpose	is just	0.0297
purpose	is like	0.1525
purpose	is most	0.0688
purpose	is not	0.0701
purpose	is one	0.0293
purpose	is real	-0.0203
purpose	is realli	0.0504
purpose	is reassur	-0.0331
purpose	is that	0.0821
purpose	is the	-0.1175
purpose	is there	-0.0617
purpose	is to	0.1599
purpose	is worth	0.162
purpose	is your	-0.0545
purpose	is ~insight	0.0261
purpose	is ~number	0.023
purpose	is ~people	0.0235
purpose	is ~want	0.1386
purpose	is ~workverb	-0.0496
purpose	it	-0.1665
purpose	it all	-0.0262
purpose	it and	0.0587
purpose	it be	-0.0656
purpose	it common	-0.0232
purpose	it is	-0.0733
purpose	it more	0.0332
purpose	it seem	0.1195
purpose	it there	-0.0267
purpose	it to	-0.0216
purpose	it ~want	-0.0418
purpose	jenna	0.1178
purpose	job	0.3987
purpose	job ask	0.0584
purpose	job at	0.0238
purpose	job hunt	0.1353
purpose	job i	0.0236
purpose	job out	0.047
purpose	job that	-0.0202
purpose	journalist	0.0578
purpose	jump	0.1013
purpose	jump from	0.1215
purpose	jump right	-0.0205
purpose	junior	-0.1341
purpose	junior at	-0.0714
purpose	junior ~student	-0.0429
purpose	just	0.5981
purpose	just a	0.1282
purpose	just curious	0.1931
purpose	just gather	0.1234
purpose	just one	-0.0201
purpose	just start	-0.026
purpose	just to	0.0988
purpose	just tri	0.1229
purpose	just want	0.0449
purpose	just ~insight	0.0289
purpose	just ~number	0.108
purpose	just ~people	-0.0201
purpose	just ~want	0.3832
purpose	keen	0.0768
purpose	keep	-0.2479
purpose	keep my	-0.0207
purpose	keep this	-0.027
purpose	keep you	-0.1303
purpose	kid	-0.0818
purpose	kid and	-0.0733
purpose	kind	0.0468
purpose	kind of	0.0521
purpose	know	-0.2888
purpose	know how	-0.0501
purpose	know if	-0.0346
purpose	know we	-0.0255
purpose	know you	-0.0337
purpose	know your	-0.0454
purpose	lab	-0.0223
purpose	land	-0.0665
purpose	land a	-0.0302
purpose	land ~number	-0.0384
purpose	landscap	0.0414
purpose	last	-0.1445
purpose	last question	-0.032
purpose	last summer	-0.0408
purpose	late	-0.0381
purpose	law	-0.0444
purpose	law ~org	-0.0294
purpose	learn	0.744
purpose	learn from	0.0204
purpose	learn how	0.123
purpose	learn more	0.037
purpose	learn not	0.0244
purpose	learn to	-0.0542
purpose	learn what	0.1863
purpose	learn whether	0.0568
purpose	leav	0.1526
purpose	leav it	-0.0278
purpose	left right	-0.0301
purpose	left the	0.0787
purpose	left ~number	0.0787
purpose	legal	-0.0677
purpose	let	-0.2793
purpose	let me	-0.1208
purpose	let us	-0.0254
purpose	let you	-0.1298
purpose	letter	-0.0297
purpose	librari	0.0335
purpose	licens	0.0421
purpose	like	0.3787
purpose	like a	-0.0213
purpose	like at	-0.0245
purpose	like for	0.0367
purpose	like from	-0.0313
purpose	like in	0.0573
purpose	like the	0.1182
purpose	like this	-0.0204
purpose	like work	-0.0261
purpose	like you	-0.0334
purpose	like ~number	0.0829
purpose	like ~workverb	-0.0274
purpose	line	-0.0549
purpose	line cook	-0.0297
purpose	linkedin	-0.0434
purpose	list	-0.0271
purpose	live	-0.0392
purpose	live in	-0.0373
purpose	local	-0.0402
purpose	logist	0.0577
purpose	long did	-0.0224
purpose	long doe	-0.034
purpose	long term	0.0812
purpose	long ~studyverb	-0.0224
purpose	look	0.3515
purpose	look at	-0.0408
purpose	look for	0.205
purpose	look like	0.1457
purpose	look to	0.0547
purpose	lot	-0.0462
purpose	love	-0.0941
purpose	love a	-0.0283
purpose	love to	-0.0507
purpose	love your	0.0276
purpose	love ~number	-0.0403
purpose	lunch	-0.0485
purpose	made the	0.0684
purpose	made you	-0.0646
purpose	made ~number	0.0658
purpose	main	0.4589
purpose	main goal	0.0573
purpose	main reason	0.0744
purpose	main thing	0.164
purpose	main want	0.037
purpose	main ~want	0.128
purpose	major	0.0682
purpose	major at	0.0288
purpose	make	-0.1244
purpose	make a	-0.0234
purpose	make sens	-0.0513
purpose	make someon	0.0394
purpose	make time	-0.0246
purpose	make ~insight	-0.0513
purpose	make ~limit	-0.0246
purpose	make ~number	-0.0442
purpose	make ~people	0.0394
purpose	manag	0.0331
purpose	manag and	0.115
purpose	manag the	-0.0261
purpose	manag ~number	-0.0321
purpose	mani	0.028
purpose	marcus	-0.0459
purpose	master in	-0.0236
purpose	master is	0.0208
purpose	materi	-0.0322
purpose	matter	0.0933
purpose	matter most	0.0638
purpose	may	-0.0469
purpose	may with	-0.0293
purpose	mayb	-0.0382
purpose	me about	-0.0348
purpose	me an	0.0326
purpose	me better	0.0464
purpose	me for	-0.0259
purpose	me i	-0.0561
purpose	me if	0.0206
purpose	me in	-0.0597
purpose	me know	-0.0522
purpose	me so	0.075
purpose	me some	0.0395
purpose	me through	-0.0253
purpose	me thru	0.0745
purpose	me to	0.0418
purpose	me today	0.0424
purpose	me understand	0.1117
purpose	me when	-0.0656
purpose	me with	0.0205
purpose	me ~help	-0.0438
purpose	me ~learn	0.0566
purpose	med	-0.0275
purpose	med surg	-0.0275
purpose	medic	-0.088
purpose	meet	-0.0722
purpose	mention	0.0873
purpose	mention you	0.1149
purpose	mgmt	-0.035
purpose	mid	-0.0239
purpose	mid size	-0.0239
purpose	might	0.1587
purpose	might be	0.1155
purpose	might suit	0.0557
purpose	mind	-0.0645
purpose	mind if	0.055
purpose	mind of	-0.0397
purpose	mind we	0.0253
purpose	minut	-0.0982
purpose	minut and	-0.0232
purpose	minut i	-0.0359
purpose	minut left	-0.0362
purpose	minut so	0.0338
purpose	money	0.0269
purpose	month	0.0757
purpose	more	0.1545
purpose	more about	0.0275
purpose	more of	-0.0367
purpose	more question	-0.0347
purpose	more ~insight	0.0438
purpose	morn	-0.0201
purpose	most	0.09
purpose	most in	-0.0557
purpose	most to	0.0241
purpose	most want	0.0838
purpose	most ~want	0.1148
purpose	move	0.0921
purpose	move into	0.1305
purpose	mph	0.0677
purpose	mph program	0.0487
purpose	msw	0.0814
purpose	msw program	0.0814
purpose	msw ~degree	0.0238
purpose	much	-0.1707
purpose	much of	-0.0493
purpose	my email	0.0355
purpose	my end	-0.0277
purpose	my first	-0.0283
purpose	my goal	0.0727
purpose	my intent	0.0564
purpose	my internship	-0.0249
purpose	my kid	-0.0674
purpose	my list	-0.0212
purpose	my main	0.0863
purpose	my manag	-0.0369
purpose	my name	-0.0371
purpose	my next	0.0492
purpose	my nurs	-0.0207
purpose	my old	0.0425
purpose	my own	-0.0332
purpose	my portfolio	-0.022
purpose	my profess	0.1167
purpose	my question	-0.0536
purpose	my thesi	0.0315
purpose	my ~contactverb	0.0355
purpose	my ~degree	-0.0644
purpose	my ~gatekeeper	-0.0369
purpose	my ~insight	0.0201
purpose	my ~sendverb	0.0348
purpose	my ~student	-0.0631
purpose	my ~talk	0.0337
purpose	myself a	-0.036
purpose	myself ~number	-0.036
purpose	name	-0.088
purpose	name is	-0.0315
purpose	name of	-0.0212
purpose	near	-0.0351
purpose	need	-0.1287
purpose	need a	-0.0324
purpose	need anyth	0.0849
purpose	need to	-0.1104
purpose	need ~number	-0.0354
purpose	network	-0.0359
purpose	new	-0.0841
purpose	new to	-0.0253
purpose	next	0.1017
purpose	next step	0.234
purpose	next week	-0.0529
purpose	next ~closing	-0.0529
purpose	next ~talk	-0.0206
purpose	night class	-0.0215
purpose	night shift	0.0306
purpose	no	0.3572
purpose	nonprofit	-0.0542
purpose	not	0.5909
purpose	not a	0.0759
purpose	not about	0.0313
purpose	not appli	0.1459
purpose	not ask	0.0984
purpose	not have	-0.0426
purpose	not hesit	-0.0269
purpose	not job	0.1353
purpose	not look	0.1176
purpose	not need	0.0894
purpose	not sure	-0.0975
purpose	not to	0.114
purpose	not tri	0.09
purpose	not want	-0.1162
purpose	not worri	0.1021
purpose	not ~job	0.1353
purpose	not ~learn	0.0449
purpose	not ~number	0.0759
purpose	not ~want	0.1078
purpose	note	-0.057
purpose	noth	0.1182
purpose	noth more	0.1182
purpose	now	-0.1604
purpose	now and	0.0408
purpose	now i	-0.0949
purpose	now in	-0.032
purpose	now just	0.0202
purpose	now ~want	0.0202
purpose	nurs	-0.0306
purpose	nurs and	0.0393
purpose	of	0.3365
purpose	of a	-0.0676
purpose	of an	0.0447
purpose	of it	0.0481
purpose	of my	0.0586
purpose	of peopl	-0.0257
purpose	of the	0.0996
purpose	of this	0.1877
purpose	of time	-0.0271
purpose	of today	0.0878
purpose	of what	0.0276
purpose	of work	0.0471
purpose	of your	-0.2426
purpose	of ~insight	-0.0241
purpose	of ~learn	0.0493
purpose	of ~limit	-0.0271
purpose	of ~number	0.0753
purpose	of ~people	-0.0443
purpose	of ~workverb	0.04
purpose	off	-0.1228
purpose	off to	-0.0683
purpose	offer	0.0884
purpose	offic	-0.0255
purpose	oh	-0.0234
purpose	ohio	-0.028
purpose	ohio state	-0.028
purpose	ok	-0.1902
purpose	ok i	-0.1223
purpose	ok that	-0.0411
purpose	ok to	-0.0275
purpose	okafor	0.0988
purpose	old	0.0353
purpose	on	0.096
purpose	on a	0.0892
purpose	on how	0.0309
purpose	on it	0.0736
purpose	on linkedin	-0.0396
purpose	on my	-0.0621
purpose	on now	0.1131
purpose	on the	-0.0719
purpose	on what	0.0968
purpose	on whether	0.2851
purpose	on your	-0.1005
purpose	onc	-0.0745
purpose	onc i	-0.0549
purpose	one	0.0344
purpose	one more	-0.0235
purpose	one you	0.1127
purpose	onli	0.1385
purpose	onli got	0.0418
purpose	onli to	0.0648
purpose	onlin	0.0233
purpose	open	-0.0759
purpose	open i	0.0464
purpose	open to	-0.0334
purpose	open up	-0.0309
purpose	opinion	0.0279
purpose	or	0.1151
purpose	or anyth	0.1061
purpose	or go	0.0797
purpose	or two	-0.0215
purpose	or ~number	-0.0265
purpose	or ~workverb	0.0624
purpose	other	-0.051
purpose	other peopl	-0.0235
purpose	other ~people	-0.0279
purpose	our	-0.0231
purpose	out	0.5133
purpose	out about	-0.0304
purpose	out and	-0.0265
purpose	out becaus	0.1073
purpose	out i	0.0204
purpose	out if	0.0801
purpose	out of	0.1793
purpose	out to	0.0691
purpose	out whether	0.0647
purpose	outsid	0.0584
purpose	over	-0.0974
purpose	own	0.0373
purpose	pack	-0.0229
purpose	paraleg	0.0303
purpose	paraleg at	-0.0205
purpose	paraleg now	-0.0467
purpose	parent	-0.0366
purpose	part	-0.1481
purpose	part of	-0.1115
purpose	part time	-0.0234
purpose	part ~limit	-0.0234
purpose	pass	-0.0251
purpose	pass my	-0.0339
purpose	past	-0.0234
purpose	patel	0.0397
purpose	path	0.1829
purpose	path from	0.0299
purpose	path peopl	0.0236
purpose	path to	0.0385
purpose	path ~people	0.0236
purpose	patient	-0.0295
purpose	pay	-0.0354
purpose	pediatr	0.038
purpose	peopl	0.2816
purpose	peopl get	0.0362
purpose	peopl in	0.0763
purpose	peopl move	0.0364
purpose	peopl who	0.1656
purpose	peopl you	-0.0392
purpose	peopl ~learn	0.0362
purpose	peopl ~people	0.1656
purpose	person	0.0991
purpose	person to	0.1558
purpose	perspect	0.2062
purpose	pharmaci	-0.0252
purpose	phd	0.0729
purpose	physician	-0.0234
purpose	pick	0.1562
purpose	pick a	0.119
purpose	pick your	0.1058
purpose	pick ~number	0.1143
purpose	pictur	0.1388
purpose	pictur of	0.0813
purpose	place	-0.0675
purpose	plan is	0.0333
purpose	plan to	0.0203
purpose	pleas	-0.0214
purpose	pleas let	-0.0237
purpose	point of	0.0435
purpose	polici	0.0723
purpose	polit	0.0236
purpose	polit scienc	0.024
purpose	portfolio	-0.0554
purpose	portland	0.0268
purpose	posit	0.094
purpose	post	-0.0406
purpose	post on	-0.0228
purpose	practic	0.0692
purpose	prepar	-0.1073
purpose	prerequisit	-0.0217
purpose	pretti	-0.0332
purpose	privat	-0.0501
purpose	privat sector	-0.0501
purpose	priya	0.1692
purpose	product	0.0697
purpose	product manag	0.0582
purpose	profess	0.0915
purpose	profession	-0.051
purpose	profession associ	-0.0398
purpose	program i	-0.0232
purpose	program or	0.061
purpose	project	-0.1319
purpose	project manag	-0.046
purpose	promis	0.4207
purpose	promis i	-0.0212
purpose	psych	0.049
purpose	psycholog	-0.0361
purpose	psycholog and	-0.0351
purpose	public	-0.0614
purpose	public health	-0.0266
purpose	public polici	0.0236
purpose	publish hous	0.0239
purpose	put	-0.0483
purpose	put in	-0.0222
purpose	question	-0.1881
purpose	quick	-0.1263
purpose	quick background	-0.0558
purpose	quit	-0.0287
purpose	rais	-0.0762
purpose	rais my	-0.0674
purpose	rather	0.107
purpose	rather than	0.1262
purpose	reach	0.1893
purpose	reach out	0.1926
purpose	read	0.153
purpose	read about	0.0407
purpose	read on	0.1084
purpose	read to	-0.0597
purpose	real	-0.0342
purpose	realist	0.2449
purpose	realist pictur	0.025
purpose	realist sens	0.0988
purpose	realist ~insight	0.1238
purpose	realiti	0.1416
purpose	realiti of	0.1416
purpose	realli	0.0354
purpose	realli appreci	-0.0448
purpose	realli interest	-0.0592
purpose	realli just	0.0337
purpose	realli reassur	-0.0561
purpose	realli valu	0.0739
purpose	realli want	0.0982
purpose	realli ~want	0.1257
purpose	reason	0.1968
purpose	reason i	0.0772
purpose	reason of	0.095
purpose	reassur	-0.0892
purpose	reassur to	-0.0627
purpose	receiv	0.0493
purpose	recommend	0.0209
purpose	recommend for	-0.0289
purpose	recommend i	0.1066
purpose	recruit	-0.0571
purpose	recruit materi	-0.0223
purpose	refer	-0.0351
purpose	refer me	-0.0242
purpose	referr	-0.0265
purpose	renew	0.0403
purpose	renew energi	0.0388
purpose	report	-0.0233
purpose	request	0.0942
purpose	research	-0.0676
purpose	research with	-0.0381
purpose	respect	-0.0458
purpose	respect of	-0.0391
purpose	rest	-0.0373
purpose	rest of	-0.0373
purpose	resum	-0.0232
purpose	retail manag	0.0442
purpose	retir	0.0369
purpose	retrain	0.0248
purpose	return	-0.1021
purpose	return the	-0.036
purpose	return to	-0.0334
purpose	return ~number	-0.036
purpose	review	-0.0365
purpose	right for	0.1303
purpose	role	0.0707
purpose	role at	-0.0263
purpose	role in	0.0614
purpose	room	-0.0201
purpose	rout	0.0594
purpose	run	-0.0751
purpose	rutger	-0.0355
purpose	rutger and	-0.0327
purpose	said	0.104
purpose	said you	0.1441
purpose	said ~number	-0.0232
purpose	salari	-0.0512
purpose	sale	0.1144
purpose	sam	0.0218
purpose	same	-0.0251
purpose	save	-0.0284
purpose	say	-0.0537
purpose	say thank	-0.0256
purpose	schedul	-0.0374
purpose	school for	0.0783
purpose	school is	0.0216
purpose	school ~student	0.0364
purpose	scienc	0.0207
purpose	scienc and	0.0858
purpose	scientist	-0.0297
purpose	search	0.0422
purpose	second	-0.049
purpose	second year	-0.0834
purpose	second ~duration	-0.0834
purpose	sector	0.0252
purpose	see	-0.0319
purpose	see if	-0.0471
purpose	seem	0.1543
purpose	seem like	0.1195
purpose	self	-0.0252
purpose	self taught	-0.0252
purpose	self ~workverb	-0.0252
purpose	semest	-0.0344
purpose	send	-0.1116
purpose	send a	-0.0223
purpose	send you	-0.0446
purpose	send ~number	-0.0233
purpose	senior	0.0359
purpose	senior at	0.0334
purpose	sens	0.1533
purpose	sens of	0.2105
purpose	serious	-0.0333
purpose	serv	0.1349
purpose	servic	0.038
purpose	shall	-0.1076
purpose	share	-0.0528
purpose	share what	-0.0222
purpose	shift	-0.037
purpose	shop	-0.0239
purpose	short	-0.0209
purpose	short summari	-0.0237
purpose	should	-0.1789
purpose	should i	-0.1443
purpose	should talk	-0.0262
purpose	should ~talk	-0.031
purpose	side	-0.052
purpose	six	-0.0786
purpose	six year	-0.0766
purpose	six ~duration	-0.0786
purpose	size	-0.0239
purpose	size firm	-0.0239
purpose	size ~org	-0.0239
purpose	skill matter	0.1179
purpose	skill should	-0.0225
purpose	skill that	-0.0484
purpose	smartest	0.1187
purpose	so ani	0.0495
purpose	so basic	0.0234
purpose	so i	0.0975
purpose	so just	-0.071
purpose	so much	-0.048
purpose	so pleas	0.0364
purpose	so thank	-0.0209
purpose	so the	-0.0312
purpose	so this	0.0205
purpose	so you	-0.0248
purpose	so ~number	-0.0487
purpose	social	0.0643
purpose	social work	0.0721
purpose	social ~learn	0.0721
purpose	social ~workverb	0.0721
purpose	some	0.1243
purpose	some advic	0.0394
purpose	some insight	0.0746
purpose	some ~insight	0.1825
purpose	someday	-0.0319
purpose	someon	-0.1091
purpose	someon good	0.0442
purpose	someon in	0.034
purpose	someon just	-0.0235
purpose	someon to	-0.0246
purpose	someon tri	-0.0838
purpose	someon ~want	-0.1181
purpose	someth	-0.0714
purpose	somewher	-0.0201
purpose	sophomor	0.1163
purpose	sophomor ~studyverb	0.0833
purpose	sorri	-0.1249
purpose	sorri i	-0.0626
purpose	sound	0.0269
purpose	spanish	-0.0221
purpose	speak	-0.0366
purpose	special	0.0471
purpose	spend	0.0571
purpose	spend their	0.062
purpose	spent	-0.0643
purpose	spent eight	-0.0215
purpose	spent ~number	-0.0269
purpose	spot	-0.0292
purpose	spreadsheet	-0.0258
purpose	spring	0.0314
purpose	squeez	-0.0202
purpose	staff	-0.0253
purpose	stage	0.1536
purpose	stakehold	-0.0305
purpose	stakehold manag	-0.0263
purpose	start to	-0.0613
purpose	state and	0.0299
purpose	state studi	-0.0351
purpose	state ~studyverb	-0.0419
purpose	stay at	-0.0421
purpose	stay in	0.0833
purpose	step	0.2164
purpose	still	-0.0529
purpose	stop	-0.0927
purpose	stop me	-0.0376
purpose	stori	-0.0308
purpose	structur	-0.0215
purpose	student	-0.1181
purpose	student in	0.0588
purpose	student who	-0.0388
purpose	student ~insight	-0.0258
purpose	student ~people	-0.0388
purpose	studi	-0.0319
purpose	studi polit	0.024
purpose	studi psycholog	-0.0351
purpose	suggest	0.1208
purpose	suggest i	0.0959
purpose	suit	0.1417
purpose	suit me	0.0968
purpose	summari	-0.0258
purpose	summari of	-0.0258
purpose	summer	-0.1143
purpose	summer to	-0.0239
purpose	super	-0.0312
purpose	suppli	0.1534
purpose	suppli chain	0.1534
purpose	sure	-0.1062
purpose	sure i	-0.0364
purpose	surg	-0.0275
purpose	sustain	0.0265
purpose	switch from	-0.0949
purpose	switch into	0.1463
purpose	system	-0.0512
purpose	take	-0.2277
purpose	take care	-0.0409
purpose	take for	-0.0209
purpose	take into	0.0236
purpose	take night	-0.0208
purpose	take on	-0.0469
purpose	take to	-0.0298
purpose	take up	-0.0443
purpose	take you	0.0238
purpose	take ~closing	-0.0208
purpose	take ~number	-0.0353
purpose	talk	0.2696
purpose	talk to	0.2521
purpose	talk with	-0.0484
purpose	taught	-0.0311
purpose	teach	-0.1102
purpose	teach high	-0.0206
purpose	teach like	-0.0391
purpose	teach myself	-0.0201
purpose	teach to	-0.0317
purpose	teacher	-0.0272
purpose	team	-0.1066
purpose	team work	0.025
purpose	team ~learn	0.0268
purpose	team ~workverb	0.0257
purpose	tech	-0.0513
purpose	tell me	0.0584
purpose	tell you	-0.0406
purpose	ten	-0.0244
purpose	ten year	-0.022
purpose	ten ~duration	-0.022
purpose	term	0.1326
purpose	test	-0.06
purpose	than	0.2477
purpose	than ask	0.0691
purpose	than i	0.0495
purpose	than ~number	0.0277
purpose	thank	-0.5355
purpose	thank again	-0.066
purpose	thank for	-0.0778
purpose	thank i	-0.0229
purpose	thank to	-0.044
purpose	thank you	-0.2216
purpose	thank ~later	-0.066
purpose	that	-0.4693
purpose	that cover	-0.1176
purpose	that is	-0.1265
purpose	that make	-0.043
purpose	that you	-0.0217
purpose	that ~number	-0.0221
purpose	that ~want	-0.0285
purpose	the	0.1532
purpose	the armi	0.0384
purpose	the best	0.0647
purpose	the career	0.0353
purpose	the certif	0.0276
purpose	the classroom	-0.0266
purpose	the clinic	-0.0949
purpose	the cultur	-0.0397
purpose	the day	0.0918
purpose	the exam	-0.086
purpose	the favor	-0.0327
purpose	the field	0.1858
purpose	the first	-0.0705
purpose	the half	-0.0254
purpose	the hardest	-0.0296
purpose	the hour	0.0549
purpose	the insid	0.0625
purpose	the job	-0.05
purpose	the jump	0.1191
purpose	the landscap	0.0422
purpose	the licens	0.0476
purpose	the main	0.2094
purpose	the moment	0.0328
purpose	the most	-0.0216
purpose	the mph	-0.0203
purpose	the path	0.0662
purpose	the point	0.0422
purpose	the portfolio	-0.0214
purpose	the realiti	0.1416
purpose	the reason	0.1041
purpose	the role	0.0937
purpose	the salari	-0.0402
purpose	the same	-0.0205
purpose	the skill	-0.0532
purpose	the smartest	0.1187
purpose	the spring	0.0415
purpose	the student	-0.0389
purpose	the switch	0.1019
purpose	the time	-0.0703
purpose	the ~closing	0.0606
purpose	the ~gatekeeper	-0.0236
purpose	the ~hiring	-0.0234
purpose	the ~job	0.0248
purpose	the ~number	-0.0353
purpose	the ~org	-0.0386
purpose	the ~people	-0.0525
purpose	the ~student	-0.0511
purpose	the ~timeunit	0.0549
purpose	their day	0.062
purpose	their stori	-0.0265
purpose	then	-0.0379
purpose	there	-0.312
purpose	there a	-0.0928
purpose	there ani	-0.0498
purpose	there anyon	-0.0374
purpose	there anyth	-0.0263
purpose	there i	-0.022
purpose	there is	-0.0488
purpose	there one	0.1107
purpose	there other	-0.0232
purpose	there so	-0.0224
purpose	there someon	0.0276
purpose	there someth	-0.0235
purpose	there ~people	0.0865
purpose	thesi	0.0315
purpose	they	-0.0523
purpose	they are	-0.0236
purpose	thing	0.0364
purpose	thing i	0.1747
purpose	thing is	-0.0218
purpose	think	-0.304
purpose	think i	-0.0615
purpose	think of	-0.0375
purpose	think that	-0.1725
purpose	think we	-0.0239
purpose	this	0.1516
purpose	this call	0.0448
purpose	this career	0.0661
purpose	this chat	0.0404
purpose	this convers	0.0289
purpose	this countri	0.0457
purpose	this field	0.0211
purpose	this i	0.0218
purpose	this is	0.1711
purpose	this summer	-0.0414
purpose	this work	0.0402
purpose	this ~closing	-0.0319
purpose	this ~contactverb	0.0448
purpose	this ~job	-0.0216
purpose	this ~learn	0.0402
purpose	this ~talk	0.0852
purpose	this ~workverb	0.0402
purpose	thought	0.0514
purpose	three	-0.0452
purpose	three year	-0.0307
purpose	three ~duration	-0.0307
purpose	through	-0.1071
purpose	through ~number	-0.0417
purpose	thru	0.0745
purpose	thru what	0.0745
purpose	time	-0.341
purpose	time for	-0.0308
purpose	time i	-0.0287
purpose	time so	-0.0502
purpose	to	0.2439
purpose	to a	0.0348
purpose	to about	0.1319
purpose	to ask	-0.0846
purpose	to be	-0.0356
purpose	to becom	-0.1059
purpose	to chat	0.1401
purpose	to check	-0.0331
purpose	to choos	0.0396
purpose	to coder	-0.0572
purpose	to day	0.1302
purpose	to decid	0.1041
purpose	to eat	-0.0293
purpose	to end	-0.0201
purpose	to figur	0.0985
purpose	to find	-0.0249
purpose	to finish	-0.0268
purpose	to gather	0.0266
purpose	to get	0.0711
purpose	to give	0.0324
purpose	to go	-0.0304
purpose	to hear	0.2417
purpose	to help	-0.0594
purpose	to hour	0.0343
purpose	to instruct	-0.0317
purpose	to keep	-0.1493
purpose	to know	-0.101
purpose	to learn	0.3867
purpose	to leav	0.0969
purpose	to let	-0.0522
purpose	to manag	0.0438
purpose	to mind	-0.0519
purpose	to move	0.0216
purpose	to my	-0.045
purpose	to peopl	0.2237
purpose	to pick	0.0538
purpose	to rais	-0.0686
purpose	to receiv	0.0493
purpose	to return	-0.0212
purpose	to run	-0.036
purpose	to see	-0.0471
purpose	to send	-0.034
purpose	to share	-0.0222
purpose	to someon	-0.0453
purpose	to start	0.1076
purpose	to stay	-0.0332
purpose	to take	-0.1067
purpose	to talk	0.1606
purpose	to the	-0.0853
purpose	to think	-0.025
purpose	to this	-0.0255
purpose	to tri	-0.0226
purpose	to understand	0.5201
purpose	to work	-0.1428
purpose	to you	-0.0394
purpose	to your	-0.0957
purpose	to ~closing	0.1273
purpose	to ~contactverb	-0.0201
purpose	to ~gatekeeper	0.0412
purpose	to ~insight	-0.1058
purpose	to ~job	0.0817
purpose	to ~learn	0.9563
purpose	to ~limit	0.1596
purpose	to ~number	-0.0514
purpose	to ~org	0.0773
purpose	to ~people	0.1682
purpose	to ~sendverb	-0.063
purpose	to ~talk	0.1764
purpose	to ~timeunit	0.0343
purpose	to ~want	-0.0226
purpose	to ~workverb	-0.1787
purpose	today	0.2402
purpose	today is	0.1038
purpose	togeth	-0.0256
purpose	told	0.0503
purpose	tomás	-0.0277
purpose	tonight	-0.0217
purpose	too	-0.0982
purpose	too much	-0.06
purpose	took	-0.0729
purpose	took about	-0.0674
purpose	topic	0.0394
purpose	torn	0.1847
purpose	touch	-0.0487
purpose	toward	-0.0252
purpose	transfer	0.0473
purpose	transit	-0.0538
purpose	translat	0.0201
purpose	tri	0.1673
purpose	tri to	0.2059
purpose	turnaround	0.0407
purpose	twenti	0.096
purpose	twice	-0.0234
purpose	two	-0.0644
purpose	two year	0.0293
purpose	typic audit	0.0896
purpose	typic week	-0.0369
purpose	typic ~closing	-0.0394
purpose	understand	0.6204
purpose	understand better	0.0547
purpose	understand how	0.2062
purpose	understand the	0.1512
purpose	understand what	0.1095
purpose	understand whether	0.0849
purpose	understand ~number	0.1512
purpose	uni	-0.0223
purpose	until	0.1182
purpose	up	-0.1891
purpose	up ani	-0.0345
purpose	up here	-0.0227
purpose	up my	-0.0247
purpose	up on	-0.0267
purpose	up with	-0.0372
purpose	up ~want	-0.0266
purpose	us	-0.0304
purpose	use	-0.1261
purpose	use to	-0.0482
purpose	use ~number	-0.0205
purpose	usual	-0.0518
purpose	uw	0.0336
purpose	ux	-0.0751
purpose	ux research	-0.033
purpose	ux ~learn	-0.0309
purpose	valu	0.0966
purpose	valu your	0.1041
purpose	veri much	0.0331
purpose	vet clinic	-0.0297
purpose	vet tech	0.0205
purpose	volunt	-0.06
purpose	volunt at	-0.0319
purpose	vs	0.0223
purpose	wait	-0.0325
purpose	walk	0.0452
purpose	walk me	0.0492
purpose	want	0.4171
purpose	want some	0.0313
purpose	want to	0.1695
purpose	want your	0.0693
purpose	was	0.0788
purpose	was a	-0.0972
purpose	was an	-0.0263
purpose	was hope	0.1689
purpose	was ~number	-0.1324
purpose	was ~want	0.1419
purpose	way	-0.0319
purpose	way to	-0.0326
purpose	we	-0.304
purpose	we agre	-0.0224
purpose	we are	-0.1407
purpose	we can	-0.0306
purpose	we said	-0.0222
purpose	week	-0.0898
purpose	week and	-0.0289
purpose	week look	0.0812
purpose	week to	-0.0215
purpose	weekend	-0.0776
purpose	weekend and	-0.0385
purpose	weird	-0.0322
purpose	welcom	0.0734
purpose	well	-0.0769
purpose	well i	-0.0357
purpose	well that	-0.0389
purpose	went	-0.0504
purpose	were	-0.0556
purpose	were me	-0.0237
purpose	what	0.1535
purpose	what a	0.1404
purpose	what advic	-0.0387
purpose	what could	-0.0262
purpose	what do	-0.03
purpose	what doe	-0.0761
purpose	what i	0.1008
purpose	what is	-0.1873
purpose	what kind	-0.0261
purpose	what made	-0.0675
purpose	what make	0.0342
purpose	what should	-0.0788
purpose	what skill	-0.0268
purpose	what the	0.2321
purpose	what would	0.0693
purpose	what ~help	-0.03
purpose	what ~insight	-0.0387
purpose	what ~number	0.3689
purpose	what ~want	0.0693
purpose	when	-0.1548
purpose	when i	-0.0384
purpose	when you	-0.0916
purpose	where	-0.0883
purpose	where i	-0.0382
purpose	whether	0.5391
purpose	whether a	0.1553
purpose	whether an	0.0304
purpose	whether i	-0.0202
purpose	whether my	0.0367
purpose	whether nurs	0.0335
purpose	whether this	0.1053
purpose	whether to	0.0355
purpose	whether ~number	0.1819
purpose	whether ~student	0.0549
purpose	whi	0.1406
purpose	whi i	0.1628
purpose	which	-0.0423
purpose	which is	-0.0236
purpose	which path	0.0456
purpose	which skill	0.1063
purpose	who	-0.1333
purpose	who doe	0.0459
purpose	who els	-0.0526
purpose	who have	0.1352
purpose	who is	-0.0727
purpose	who made	-0.0654
purpose	who work	0.0718
purpose	who would	-0.0372
purpose	who ~learn	0.0281
purpose	who ~want	-0.0372
purpose	who ~workverb	0.0238
purpose	will	-0.3846
purpose	will be	-0.0234
purpose	will keep	-0.0345
purpose	will let	-0.059
purpose	will not	-0.0254
purpose	will send	-0.0336
purpose	will tri	-0.0374
purpose	will wrap	-0.0268
purpose	will ~contactverb	-0.0255
purpose	will ~sendverb	-0.0609
purpose	will ~talk	-0.0222
purpose	will ~want	-0.0383
purpose	wish	-0.0214
purpose	wish you	-0.0213
purpose	with	-0.1682
purpose	with a	0.105
purpose	with me	-0.0331
purpose	with my	-0.0258
purpose	with the	-0.0487
purpose	with to	-0.02
purpose	with you	-0.0274
purpose	with ~number	0.0532
purpose	wonder whether	0.039
purpose	wonder ~closing	-0.0387
purpose	word	-0.0215
purpose	work	0.2731
purpose	work actual	0.1129
purpose	work at	-0.0264
purpose	work for	-0.0747
purpose	work is	0.1367
purpose	work on	-0.0504
purpose	work with	-0.0271
purpose	work ~number	0.0554
purpose	work ~want	-0.0753
purpose	world	0.0468
purpose	worri	0.0618
purpose	worri about	-0.0237
purpose	worri i	0.1021
purpose	worth	0.1231
purpose	worth it	0.1267
purpose	worth the	0.0226
purpose	worth ~number	0.0213
purpose	worth ~talk	-0.03
purpose	would	0.1985
purpose	would be	0.1193
purpose	would feel	0.037
purpose	would have	0.0902
purpose	would it	-0.084
purpose	would keep	-0.0316
purpose	would like	0.1377
purpose	would love	-0.0615
purpose	would realli	0.051
purpose	would recommend	-0.0691
purpose	would suggest	-0.0287
purpose	would tell	0.1091
purpose	would you	-0.0759
purpose	would ~number	-0.0216
purpose	would ~talk	-0.0399
purpose	would ~want	0.0411
purpose	wow	0.0252
purpose	wow ok	0.0493
purpose	wrap	-0.0704
purpose	wrap up	-0.0534
purpose	yeah	-0.0378
purpose	year	-0.3601
purpose	year account	-0.0741
purpose	year ago	-0.0448
purpose	year and	0.0255
purpose	year at	0.0227
purpose	year in	0.0243
purpose	year into	0.0222
purpose	year look	-0.0648
purpose	year most	-0.0321
purpose	year of	-0.0708
purpose	year off	-0.0674
purpose	yet	0.0522
purpose	yet i	-0.0315
purpose	you	-0.5585
purpose	you a	-0.078
purpose	you advic	-0.0519
purpose	you again	-0.0221
purpose	you agre	-0.0222
purpose	you balanc	0.02
purpose	you be	-0.083
purpose	you becaus	0.0526
purpose	you beyond	0.0929
purpose	you can	0.0964
purpose	you could	-0.0575
purpose	you decid	-0.0955
purpose	you did	-0.0342
purpose	you end	0.0229
purpose	you ever	-0.0658
purpose	you for	0.0771
purpose	you get	-0.0578
purpose	you give	-0.0476
purpose	you go	-0.0389
purpose	you happen	-0.0336
purpose	you have	-0.0962
purpose	you in	-0.0214
purpose	you know	0.0305
purpose	you made	0.1113
purpose	you mention	-0.034
purpose	you might	0.0847
purpose	you mind	0.0616
purpose	you need	-0.1244
purpose	you on	-0.0211
purpose	you post	-0.0215
purpose	you recommend	0.0957
purpose	you said	-0.0314
purpose	you see	0.0713
purpose	you so	-0.0214
purpose	you suggest	-0.0303
purpose	you tell	-0.0259
purpose	you think	-0.0222
purpose	you walk	0.066
purpose	you want	-0.0621
purpose	you went	-0.0362
purpose	you were	-0.041
purpose	you where	-0.0202
purpose	you with	0.0492
purpose	you would	0.3442
purpose	you ~help	-0.0586
purpose	you ~hiring	-0.0234
purpose	you ~insight	-0.0592
purpose	you ~later	-0.0249
purpose	you ~number	-0.0894
purpose	you ~sendverb	-0.0281
purpose	you ~studyverb	-0.0488
purpose	you ~talk	-0.0213
purpose	you ~want	0.2476
purpose	you ~workverb	-0.0214
purpose	your	-0.2597
purpose	your advic	0.2593
purpose	your afternoon	-0.0556
purpose	your brain	0.1079
purpose	your evening	-0.0326
purpose	your experi	0.0462
purpose	your firm	-0.0316
purpose	your first	-0.0883
purpose	your former	-0.0205
purpose	your honest	0.1
purpose	your lunch	-0.0339
purpose	your network	-0.0256
purpose	your next	-0.0216
purpose	your own	0.0761
purpose	your path	0.0279
purpose	your perspect	0.1896
purpose	your recruit	-0.0312
purpose	your role	-0.0423
purpose	your team	-0.0727
purpose	your time	-0.0984
purpose	your week	-0.0299
purpose	your who	-0.0248
purpose	your work	0.0551
purpose	your ~closing	-0.1362
purpose	your ~gatekeeper	-0.0274
purpose	your ~hiring	-0.0424
purpose	your ~insight	0.4691
purpose	your ~job	-0.0583
purpose	your ~learn	0.0542
purpose	your ~limit	-0.2217
purpose	your ~org	-0.1413
purpose	your ~people	-0.0473
purpose	your ~talk	-0.0276
purpose	your ~workverb	0.0551
purpose	z	-0.0255
purpose	z perspect	-0.0255
purpose	z ~insight	-0.0255
purpose	~application	-0.0385
purpose	~application to	-0.0214
purpose	~closing	-0.105
purpose	~closing actual	0.0602
purpose	~closing and	-0.0485
purpose	~closing class	-0.0215
purpose	~closing is	0.0224
purpose	~closing look	0.0944
purpose	~closing of	-0.0373
purpose	~closing shift	0.0306
purpose	~closing to	0.1104
purpose	~contactverb	-0.1321
purpose	~contactverb back	-0.0303
purpose	~contactverb is	0.0266
purpose	~contactverb out	0.0463
purpose	~contactverb you	-0.031
purpose	~degree	-0.0845
purpose	~degree actual	0.0342
purpose	~degree at	-0.0261
purpose	~degree grad	0.0296
purpose	~degree in	-0.135
purpose	~degree is	0.0896
purpose	~degree or	0.0555
purpose	~degree program	0.0234
purpose	~duration	-0.2759
purpose	~duration account	-0.0741
purpose	~duration ago	-0.0448
purpose	~duration and	0.0255
purpose	~duration as	-0.0328
purpose	~duration at	0.0227
purpose	~duration look	-0.0648
purpose	~duration most	-0.0321
purpose	~duration of	-0.0708
purpose	~duration off	-0.0674
purpose	~gatekeeper	-0.0408
purpose	~gatekeeper manag	-0.0235
purpose	~help	-0.3536
purpose	~help me	0.2244
purpose	~help not	0.0524
purpose	~help peopl	-0.0401
purpose	~help someon	-0.0411
purpose	~help the	-0.0408
purpose	~help this	-0.0336
purpose	~help to	-0.0443
purpose	~help with	-0.0545
purpose	~help you	-0.2517
purpose	~hiring	-0.1697
purpose	~hiring manag	-0.0235
purpose	~hiring materi	-0.0223
purpose	~hiring night	-0.0208
purpose	~insight	1.296
purpose	~insight a	-0.0265
purpose	~insight about	0.0378
purpose	~insight care	-0.0409
purpose	~insight for	-0.0496
purpose	~insight from	0.1814
purpose	~insight i	0.1047
purpose	~insight in	0.1337
purpose	~insight into	0.1178
purpose	~insight not	0.0202
purpose	~insight of	0.3084
purpose	~insight on	0.3023
purpose	~insight someon	-0.0519
purpose	~insight to	-0.078
purpose	~insight up	-0.0427
purpose	~insight would	0.0325
purpose	~insight you	0.0922
purpose	~job	0.5121
purpose	~job ask	0.0584
purpose	~job for	-0.0351
purpose	~job hunt	0.1353
purpose	~job i	0.0896
purpose	~job in	0.0327
purpose	~job involv	-0.0206
purpose	~job on	-0.0279
purpose	~job or	0.0617
purpose	~job out	0.0453
purpose	~job right	0.0232
purpose	~job that	-0.026
purpose	~later	-0.1487
purpose	~learn	0.5061
purpose	~learn a	0.1373
purpose	~learn about	0.038
purpose	~learn actual	0.1295
purpose	~learn and	0.0621
purpose	~learn back	-0.1232
purpose	~learn better	0.0475
purpose	~learn for	-0.0494
purpose	~learn from	0.0357
purpose	~learn hire	0.1167
purpose	~learn how	0.5353
purpose	~learn i	0.0349
purpose	~learn if	-0.0962
purpose	~learn into	-0.0396
purpose	~learn is	0.1004
purpose	~learn it	0.0284
purpose	~learn late	-0.0228
purpose	~learn me	-0.0426
purpose	~learn more	0.034
purpose	~learn of	-0.0228
purpose	~learn on	-0.0252
purpose	~learn or	0.041
purpose	~learn out	0.3159
purpose	~learn some	0.0386
purpose	~learn that	0.0343
purpose	~learn the	0.1493
purpose	~learn their	-0.0444
purpose	~learn thing	-0.0413
purpose	~learn to	-0.0334
purpose	~learn we	-0.0461
purpose	~learn what	0.3454
purpose	~learn whether	0.1236
purpose	~learn with	-0.0445
purpose	~learn you	0.0973
purpose	~learn your	0.1067
purpose	~limit	-0.3089
purpose	~limit at	0.0499
purpose	~limit for	-0.0416
purpose	~limit i	-0.0714
purpose	~limit left	-0.0364
purpose	~limit to	0.1107
purpose	~limit today	-0.0288
purpose	~number	-0.314
purpose	~number bachelor	-0.0252
purpose	~number best	0.0647
purpose	~number better	0.0458
purpose	~number big	-0.0265
purpose	~number bit	-0.0521
purpose	~number chemistri	-0.0227
purpose	~number classroom	-0.0266
purpose	~number clinic	-0.0366
purpose	~number colleagu	0.0411
purpose	~number communiti	0.0307
purpose	~number coupl	0.026
purpose	~number cultur	-0.0397
purpose	~number data	-0.03
purpose	~number day	0.0965
purpose	~number decad	-0.0463
purpose	~number degre	-0.0664
purpose	~number dental	-0.0339
purpose	~number engin	-0.0484
purpose	~number exam	-0.086
purpose	~number favor	-0.0327
purpose	~number feel	0.0235
purpose	~number few	0.1215
purpose	~number field	0.2886
purpose	~number first	-0.0376
purpose	~number fit	0.0231
purpose	~number forens	-0.069
purpose	~number full	-0.0312
purpose	~number gen	-0.0255
purpose	~number good	0.0247
purpose	~number grad	0.0277
purpose	~number great	-0.0338
purpose	~number half	-0.0254
purpose	~number hand	0.1045
purpose	~number hardest	-0.0296
purpose	~number head	0.1282
purpose	~number honest	0.0553
purpose	~number hospit	0.1616
purpose	~number hour	0.0246
purpose	~number icu	0.0227
purpose	~number insid	0.0791
purpose	~number job	0.2218
purpose	~number jump	0.1191
purpose	~number junior	-0.1233
purpose	~number landscap	0.0422
purpose	~number last	-0.03
purpose	~number licens	0.0476
purpose	~number line	-0.0525
purpose	~number logist	-0.029
purpose	~number lot	-0.0462
purpose	~number main	0.2094
purpose	~number major	0.0456
purpose	~number mid	-0.0239
purpose	~number minut	-0.0939
purpose	~number more	-0.0332
purpose	~number most	-0.0216
purpose	~number move	0.0642
purpose	~number mph	0.0623
purpose	~number name	-0.0309
purpose	~number new	-0.0394
purpose	~number next	0.0502
purpose	~number night	0.0235
purpose	~number nurs	-0.0334
purpose	~number on	0.0597
purpose	~number onlin	0.0327
purpose	~number paraleg	-0.1095
purpose	~number part	-0.0268
purpose	~number path	0.0946
purpose	~number peopl	0.0349
purpose	~number phd	0.0534
purpose	~number point	0.0411
purpose	~number portfolio	-0.0242
purpose	~number posit	0.0964
purpose	~number project	-0.0218
purpose	~number publish	0.0239
purpose	~number quick	-0.0325
purpose	~number realist	0.1225
purpose	~number realiti	0.1416
purpose	~number reason	0.1041
purpose	~number recent	0.0235
purpose	~number referr	-0.0203
purpose	~number research	-0.038
purpose	~number role	0.11
purpose	~number salari	-0.0449
purpose	~number same	-0.0205
purpose	~number second	-0.0279
purpose	~number senior	0.0372
purpose	~number shall	-0.0297
purpose	~number short	-0.0381
purpose	~number skill	-0.0583
purpose	~number smartest	0.1187
purpose	~number sophomor	0.0855
purpose	~number spring	0.04
purpose	~number stay	-0.0421
purpose	~number student	-0.0603
purpose	~number switch	0.0952
purpose	~number time	-0.0729
purpose	~number turnaround	0.0407
purpose	~number two	0.0777
purpose	~number typic	0.0239
purpose	~number ux	-0.025
purpose	~number week	-0.0204
purpose	~number wonder	-0.0387
purpose	~number work	0.022
purpose	~number year	-0.0486
purpose	~number you	0.1127
purpose	~org	-0.3362
purpose	~org and	0.0381
purpose	~org ever	-0.0254
purpose	~org for	0.0568
purpose	~org i	-0.0213
purpose	~org if	0.0384
purpose	~org next	-0.0315
purpose	~org or	0.0274
purpose	~org work	0.0304
purpose	~org you	-0.0278
purpose	~people	-0.054
purpose	~people actual	0.0343
purpose	~people at	0.0203
purpose	~people come	-0.0436
purpose	~people doe	0.0459
purpose	~people els	-0.0755
purpose	~people get	0.0306
purpose	~people good	0.0442
purpose	~people have	0.1325
purpose	~people in	0.0644
purpose	~people is	-0.0727
purpose	~people just	-0.0235
purpose	~people made	-0.0654
purpose	~people more	-0.0235
purpose	~people move	0.0364
purpose	~people on	-0.0405
purpose	~people to	0.1492
purpose	~people tri	-0.0838
purpose	~people who	0.1179
purpose	~people work	0.0703
purpose	~people would	-0.0488
purpose	~people you	0.045
purpose	~sendverb	-0.2179
purpose	~sendverb a	-0.0223
purpose	~sendverb my	-0.0402
purpose	~sendverb what	-0.0209
purpose	~sendverb you	-0.0964
purpose	~student	-0.0902
purpose	~student associ	-0.0407
purpose	~student at	-0.0332
purpose	~student by	-0.0236
purpose	~student come	0.0237
purpose	~student do	0.0371
purpose	~student for	0.0427
purpose	~student from	-0.0888
purpose	~student i	-0.0546
purpose	~student in	0.3274
purpose	~student just	0.0398
purpose	~student last	-0.0317
purpose	~student now	-0.0467
purpose	~student realli	0.0443
purpose	~student role	-0.0289
purpose	~student student	0.0682
purpose	~student who	-0.0415
purpose	~student work	0.2011
purpose	~studyverb	-0.2967
purpose	~studyverb a	-0.0651
purpose	~studyverb about	-0.0674
purpose	~studyverb from	-0.0296
purpose	~studyverb into	0.0508
purpose	~studyverb my	-0.0557
purpose	~studyverb night	-0.0208
purpose	~studyverb polit	0.024
purpose	~studyverb psycholog	-0.0351
purpose	~studyverb some	-0.0309
purpose	~studyverb you	0.0257
purpose	~talk	0.1185
purpose	~talk about	0.0653
purpose	~talk for	0.0594
purpose	~talk i	-0.0233
purpose	~talk is	0.0819
purpose	~talk out	0.0316
purpose	~talk to	0.2383
purpose	~talk with	-0.0416
purpose	~talk you	0.0978
purpose	~timeunit and	-0.0232
purpose	~timeunit i	-0.0419
purpose	~timeunit left	-0.0362
purpose	~timeunit so	0.0345
purpose	~want	0.7892
purpose	~want a	0.0477
purpose	~want about	0.0972
purpose	~want appreci	-0.0448
purpose	~want be	0.1193
purpose	~want call	-0.0362
purpose	~want curious	0.2349
purpose	~want feel	0.037
purpose	~want for	0.2614
purpose	~want from	0.0218
purpose	~want gather	0.1234
purpose	~want have	0.0902
purpose	~want help	-0.0237
purpose	~want here	0.0368
purpose	~want hope	0.0335
purpose	~want i	0.1762
purpose	~want in	-0.1607
purpose	~want inform	0.0319
purpose	~want interest	-0.0592
purpose	~want is	0.0455
purpose	~want it	-0.1513
purpose	~want just	0.1832
purpose	~want keep	-0.0316
purpose	~want like	0.1331
purpose	~want love	-0.067
purpose	~want one	-0.0216
purpose	~want out	0.0876
purpose	~want realli	0.0526
purpose	~want reassur	-0.0561
purpose	~want recommend	-0.0691
purpose	~want some	0.0313
purpose	~want start	-0.026
purpose	~want suggest	-0.0287
purpose	~want talk	-0.0338
purpose	~want tell	0.1091
purpose	~want that	-0.0252
purpose	~want the	-0.0202
purpose	~want to	0.7816
purpose	~want tri	0.1252
purpose	~want valu	0.0696
purpose	~want want	0.2639
purpose	~want what	0.0672
purpose	~want whi	0.0828
purpose	~want you	-0.0708
purpose	~want your	0.3065
purpose	~workverb	0.1172
purpose	~workverb a	0.0804
purpose	~workverb actual	0.1129
purpose	~workverb and	0.0554
purpose	~workverb as	-0.0265
purpose	~workverb at	-0.0625
purpose	~workverb eight	-0.0215
purpose	~workverb for	-0.0638
purpose	~workverb i	0.0263
purpose	~workverb is	0.1367
purpose	~workverb like	-0.0429
purpose	~workverb myself	-0.0201
purpose	~workverb on	0.0685
purpose	~workverb or	0.038
purpose	~workverb so	-0.0217
purpose	~workverb take	-0.0208
purpose	~workverb talk	0.0298
purpose	~workverb teach	-0.0209
purpose	~workverb to	-0.036
purpose	~workverb with	-0.0341
job_ask	*	-2.9471
job_ask	2	-0.0316
job_ask	^alright	-0.0351
job_ask	^also	0.0981
job_ask	^and	0.0249
job_ask	^appreci	-0.0314
job_ask	^are	0.0779
job_ask	^befor	-0.0759
job_ask	^can	0.2767
job_ask	^cheer	-0.0321
job_ask	^could	0.3318
job_ask	^did	-0.0602
job_ask	^do	0.1564
job_ask	^doe	0.1389
job_ask	^even	-0.0315
job_ask	^happi	-0.0331
job_ask	^have	-0.0328
job_ask	^hey	0.047
job_ask	^hi	-0.0711
job_ask	^honest	0.0664
job_ask	^how	-0.5998
job_ask	^i	0.0408
job_ask	^if	0.0302
job_ask	^is	0.0801
job_ask	^just	-0.1052
job_ask	^let	-0.1061
job_ask	^mind	-0.0453
job_ask	^my	-0.0904
job_ask	^no	0.0371
job_ask	^oh	-0.0354
job_ask	^ok	-0.1046
job_ask	^okafor	-0.0398
job_ask	^omg	-0.0329
job_ask	^onc	-0.062
job_ask	^onli	-0.0547
job_ask	^out	0.1089
job_ask	^pleas	0.0315
job_ask	^quick	-0.0336
job_ask	^rather	-0.0363
job_ask	^realli	-0.0258
job_ask	^right	-0.061
job_ask	^should	-0.0326
job_ask	^sinc	-0.0226
job_ask	^sorri	-0.0761
job_ask	^thank	-0.2543
job_ask	^that	-0.1349
job_ask	^those	-0.0234
job_ask	^to	-0.0238
job_ask	^total	-0.0861
job_ask	^wait	-0.0278
job_ask	^was	-0.0285
job_ask	^we	-0.0392
job_ask	^what	-0.6924
job_ask	^when	-0.1202
job_ask	^where	-0.077
job_ask	^whi	-0.0241
job_ask	^which	-0.1714
job_ask	^who	-0.0277
job_ask	^whose	-0.0205
job_ask	^would	0.2697
job_ask	^you	0.1568
job_ask	a	-0.3633
job_ask	a beginn	-0.0751
job_ask	a big	-0.0469
job_ask	a candid	-0.0895
job_ask	a career	-0.0388
job_ask	a colleagu	-0.0249
job_ask	a contact	0.0634
job_ask	a coupl	-0.0469
job_ask	a data	-0.0321
job_ask	a differ	-0.0216
job_ask	a few	-0.073
job_ask	a fit	0.0228
job_ask	a foreign	-0.0213
job_ask	a gen	-0.0288
job_ask	a good	0.1236
job_ask	a great	-0.0257
job_ask	a hand	-0.0841
job_ask	a job	0.0445
job_ask	a littl	-0.0321
job_ask	a look	-0.0538
job_ask	a lot	-0.0286
job_ask	a master	-0.0217
job_ask	a mid	-0.0272
job_ask	a name	-0.0794
job_ask	a nurs	-0.025
job_ask	a paraleg	-0.026
job_ask	a part	0.1085
job_ask	a polici	-0.0388
job_ask	a posit	0.122
job_ask	a product	0.0954
job_ask	a quick	-0.0998
job_ask	a recruit	0.0456
job_ask	a refer	0.0802
job_ask	a referr	0.3204
job_ask	a role	0.105
job_ask	a second	-0.0297
job_ask	a shall	-0.0518
job_ask	a short	-0.0524
job_ask	a student	-0.0415
job_ask	a trial	0.0763
job_ask	a typic	-0.1109
job_ask	a week	0.1907
job_ask	a ~closing	0.176
job_ask	a ~contactverb	0.0619
job_ask	a ~degree	-0.0718
job_ask	a ~duration	-0.0253
job_ask	a ~gatekeeper	0.0405
job_ask	a ~job	0.4366
job_ask	a ~number	-0.1161
job_ask	a ~org	-0.064
job_ask	a ~people	0.0376
job_ask	a ~student	-0.2101
job_ask	a ~talk	0.0554
job_ask	abl	0.3507
job_ask	abl to	0.3507
job_ask	about	-0.6171
job_ask	about a	-0.0312
job_ask	about how	-0.0862
job_ask	about me	-0.0254
job_ask	about the	-0.1143
job_ask	about your	-0.0687
job_ask	about ~job	-0.0209
job_ask	about ~number	-0.1549
job_ask	account	-0.0509
job_ask	actual look	-0.0229
job_ask	actual ~want	0.143
job_ask	add	0.1266
job_ask	add you	-0.0595
job_ask	administr	-0.0376
job_ask	advic	-0.1165
job_ask	advic on	-0.0239
job_ask	after	-0.22
job_ask	after a	-0.0325
job_ask	after graduat	-0.0311
job_ask	after my	-0.027
job_ask	after ~number	-0.0687
job_ask	afternoon	-0.0358
job_ask	afterward	-0.0213
job_ask	again	-0.1317
job_ask	again after	-0.0511
job_ask	again for	-0.0235
job_ask	again ~want	-0.0511
job_ask	agenc	0.1301
job_ask	all my	-0.0468
job_ask	all right	0.0445
job_ask	all the	-0.046
job_ask	all ~number	-0.046
job_ask	along	0.193
job_ask	along to	0.1002
job_ask	alreadi	-0.0246
job_ask	alright	-0.0838
job_ask	alright i	-0.0275
job_ask	alright if	-0.0432
job_ask	also	0.058
job_ask	also is	0.0981
job_ask	alumni	-0.0648
job_ask	alumni from	-0.0572
job_ask	am	-0.208
job_ask	am a	-0.0947
job_ask	am appli	0.1182
job_ask	am around	-0.0811
job_ask	am here	-0.0554
job_ask	am hope	0.1198
job_ask	am in	-0.0252
job_ask	am interest	0.2186
job_ask	am just	-0.036
job_ask	am keen	0.1143
job_ask	am not	-0.1927
job_ask	am pretti	-0.0224
job_ask	am tri	-0.0475
job_ask	am veri	0.0663
job_ask	am your	-0.0384
job_ask	am ~number	-0.1121
job_ask	am ~studyverb	-0.0238
job_ask	am ~want	0.2666
job_ask	an	0.5062
job_ask	an entri	0.074
job_ask	an exercis	-0.0775
job_ask	an exhibit	-0.0281
job_ask	an extra	0.1205
job_ask	an internship	0.1043
job_ask	an interview	0.3606
job_ask	an intro	-0.0559
job_ask	an introduct	-0.0356
job_ask	an open	0.1109
job_ask	an updat	-0.0292
job_ask	an ~job	0.2095
job_ask	an ~student	-0.0324
job_ask	an ~talk	0.3491
job_ask	analyst	0.0214
job_ask	analyst open	0.0842
job_ask	analyst ~job	0.1654
job_ask	analyt	-0.0232
job_ask	and	-0.2163
job_ask	and i	-0.1006
job_ask	and if	0.1843
job_ask	and mention	0.145
job_ask	and now	-0.0303
job_ask	and pleas	-0.0325
job_ask	and would	0.0978
job_ask	and your	-0.0323
job_ask	and ~contactverb	-0.0425
job_ask	and ~want	0.0828
job_ask	ani	0.9233
job_ask	ani alumni	-0.0572
job_ask	ani book	-0.0652
job_ask	ani chanc	0.3889
job_ask	ani cours	-0.0296
job_ask	ani good	-0.0696
job_ask	ani more	-0.0331
job_ask	ani open	0.2576
job_ask	ani podcast	-0.0254
job_ask	ani profession	-0.0442
job_ask	ani summer	0.1849
job_ask	ani way	0.0712
job_ask	ani ~job	0.3554
job_ask	ani ~people	-0.0693
job_ask	ani ~student	0.1815
job_ask	anoth	-0.0357
job_ask	answer	-0.0316
job_ask	anybodi	-0.0314
job_ask	anyon	-0.0817
job_ask	anyon at	-0.0562
job_ask	anyon els	-0.0563
job_ask	anyon in	-0.0564
job_ask	anyon who	0.1405
job_ask	anyon ~people	0.1405
job_ask	anyth	0.1208
job_ask	anyth at	0.0509
job_ask	anyth i	-0.1628
job_ask	anyth on	-0.0313
job_ask	anyth open	0.2166
job_ask	anyth you	-0.0282
job_ask	app	-0.0765
job_ask	app i	-0.0545
job_ask	appli	0.5417
job_ask	appli for	0.1609
job_ask	appli to	0.3857
job_ask	applic	0.1847
job_ask	applic to	0.0508
job_ask	appreci	-0.0835
job_ask	appreci it	-0.0672
job_ask	appreci you	-0.0887
job_ask	appreci your	-0.0205
job_ask	appreci ~number	0.1184
job_ask	apprentic	0.1521
job_ask	approach	-0.0397
job_ask	architect	0.0555
job_ask	architectur	-0.0215
job_ask	are	0.0861
job_ask	are ani	0.0603
job_ask	are entri	-0.0334
job_ask	are hire	0.0231
job_ask	are internship	-0.0577
job_ask	are not	0.0548
job_ask	are open	0.0347
job_ask	are the	-0.0629
job_ask	are there	-0.0858
job_ask	are you	0.5052
job_ask	are ~gatekeeper	0.0231
job_ask	are ~hiring	0.0986
job_ask	are ~number	-0.0655
job_ask	are ~workverb	-0.0212
job_ask	around	0.1319
job_ask	articl	-0.0426
job_ask	as	0.2973
job_ask	as a	0.1552
job_ask	as i	-0.023
job_ask	as ~number	0.1398
job_ask	ask	0.0534
job_ask	ask about	-0.0282
job_ask	ask befor	0.0557
job_ask	ask for	-0.0642
job_ask	ask what	0.0338
job_ask	ask you	-0.0598
job_ask	assist	0.1055
job_ask	associ	-0.2167
job_ask	associ or	-0.0322
job_ask	associ you	-0.1061
job_ask	at	0.1305
job_ask	at a	-0.1168
job_ask	at all	0.2095
job_ask	at deloitt	-0.0277
job_ask	at it	0.0275
job_ask	at paper	-0.0434
job_ask	at the	0.1039
job_ask	at your	0.1518
job_ask	at ~number	-0.0264
job_ask	at ~org	-0.0434
job_ask	atmospher	-0.0317
job_ask	audit	-0.0281
job_ask	awar	0.0233
job_ask	back in	-0.0259
job_ask	back to	-0.0241
job_ask	background is	-0.0218
job_ask	bank	-0.0651
job_ask	basic	-0.0229
job_ask	be	0.5733
job_ask	be a	0.0882
job_ask	be abl	0.3609
job_ask	be alright	-0.0395
job_ask	be clear	-0.054
job_ask	be comfort	-0.0837
job_ask	be consid	0.2908
job_ask	be glad	-0.1382
job_ask	be good	-0.0331
job_ask	be grate	0.2258
job_ask	be great	-0.0216
job_ask	be happi	-0.0244
job_ask	be mind	-0.0204
job_ask	be ok	-0.1255
job_ask	be open	-0.0245
job_ask	be quick	-0.0219
job_ask	be so	-0.0392
job_ask	be someon	0.0943
job_ask	be thrill	0.0801
job_ask	be up	-0.041
job_ask	be upfront	-0.0514
job_ask	be use	-0.1995
job_ask	be weird	0.1423
job_ask	be will	0.1859
job_ask	be ~help	-0.1995
job_ask	be ~number	0.0807
job_ask	be ~people	0.0943
job_ask	becaus	-0.0453
job_ask	becom	-0.0285
job_ask	becom a	-0.0222
job_ask	becom ~number	-0.0269
job_ask	been	-0.1041
job_ask	been ~number	-0.0235
job_ask	befor	-0.1782
job_ask	befor appli	-0.0207
job_ask	befor i	-0.0909
job_ask	befor you	-0.0229
job_ask	beginn	-0.0847
job_ask	best	-0.0403
job_ask	beta	-0.0832
job_ask	beta test	-0.0418
job_ask	better	-0.0283
job_ask	between	-0.1177
job_ask	between meet	-0.0291
job_ask	beyond	-0.0241
job_ask	big	-0.0547
job_ask	big four	-0.0309
job_ask	biggest	-0.0308
job_ask	biotech	-0.0202
job_ask	bit	-0.039
job_ask	bit about	-0.021
job_ask	book	-0.1371
job_ask	book or	-0.0401
job_ask	book would	-0.025
job_ask	book you	-0.0318
job_ask	book ~want	-0.025
job_ask	bootcamp	-0.0567
job_ask	brain	-0.0299
job_ask	break	-0.0365
job_ask	bring	0.5287
job_ask	bring on	0.1023
job_ask	budget	-0.0312
job_ask	build	0.1012
job_ask	busi	-0.0475
job_ask	but	0.2867
job_ask	but do	0.2159
job_ask	but i	-0.0298
job_ask	but would	0.0377
job_ask	but ~help	0.2159
job_ask	but ~want	0.0377
job_ask	by ani	0.0401
job_ask	by email	-0.0256
job_ask	by ~contactverb	-0.0256
job_ask	by ~sendverb	-0.0256
job_ask	by ~talk	-0.0256
job_ask	bye	-0.0264
job_ask	call	-0.1458
job_ask	call ~limit	-0.0341
job_ask	came	-0.0224
job_ask	can	-0.1458
job_ask	can be	-0.102
job_ask	can do	-0.0809
job_ask	can ever	-0.0256
job_ask	can give	0.0973
job_ask	can help	-0.0729
job_ask	can i	0.3248
job_ask	can pass	0.1616
job_ask	can we	-0.0234
job_ask	can you	-0.0456
job_ask	can ~help	-0.0739
job_ask	can ~learn	-0.0351
job_ask	can ~sendverb	0.1523
job_ask	candid	-0.1047
job_ask	care	-0.0713
job_ask	career	-0.1222
job_ask	career in	-0.0291
job_ask	career page	0.0555
job_ask	case	0.0296
job_ask	case studi	-0.0927
job_ask	case ~studyverb	-0.0927
job_ask	certif	-0.0945
job_ask	chain	-0.0741
job_ask	chanc	0.3862
job_ask	chanc of	0.0293
job_ask	chanc you	0.0616
job_ask	chanc your	0.2399
job_ask	chang	-0.0989
job_ask	chang how	-0.0336
job_ask	channel	-0.0202
job_ask	chat	-0.15
job_ask	chat with	-0.0652
job_ask	check	-0.0581
job_ask	check in	-0.0212
job_ask	cheer	-0.0346
job_ask	choos	-0.0288
job_ask	citi	-0.0299
job_ask	class	-0.0284
job_ask	clean	-0.0245
job_ask	clear	-0.0687
job_ask	clear i	-0.0464
job_ask	client	-0.0486
job_ask	clinic	0.0632
job_ask	clinic ~learn	-0.028
job_ask	close	-0.0727
job_ask	coffe	-0.0267
job_ask	colleagu	-0.1165
job_ask	colleg	-0.0242
job_ask	come to	-0.087
job_ask	come up	0.1634
job_ask	comfort	-0.1268
job_ask	comfort connect	-0.0203
job_ask	comfort introduc	-0.0529
job_ask	comfort ~talk	-0.0203
job_ask	commit	-0.0237
job_ask	common	-0.0325
job_ask	communiti	-0.0412
job_ask	compani	0.2284
job_ask	compani has	0.0376
job_ask	compani have	0.048
job_ask	competit	-0.0285
job_ask	complet	-0.0258
job_ask	complianc	-0.0541
job_ask	complianc ~org	-0.0399
job_ask	confer	-0.0324
job_ask	connect	-0.1869
job_ask	connect me	-0.077
job_ask	connect with	-0.0656
job_ask	consid	0.5177
job_ask	consid for	0.1255
job_ask	consid me	0.1441
job_ask	consult	-0.0501
job_ask	contact	0.1163
job_ask	contact of	0.0976
job_ask	convers	-0.0301
job_ask	coordin	0.2214
job_ask	coordin open	0.0259
job_ask	coordin role	0.1103
job_ask	coordin ~job	0.1362
job_ask	copywrit	0.1382
job_ask	could	0.8037
job_ask	could appli	0.0951
job_ask	could be	0.051
job_ask	could do	-0.0425
job_ask	could get	0.2014
job_ask	could help	-0.0218
job_ask	could i	0.1377
job_ask	could intern	0.1691
job_ask	could introduc	-0.029
job_ask	could make	0.0684
job_ask	could pass	-0.039
job_ask	could put	0.0663
job_ask	could reach	-0.0694
job_ask	could refer	0.207
job_ask	could return	-0.0201
job_ask	could tri	-0.0302
job_ask	could you	0.2817
job_ask	could ~contactverb	-0.0778
job_ask	could ~help	-0.0844
job_ask	could ~learn	0.1965
job_ask	could ~sendverb	-0.0454
job_ask	could ~student	0.1691
job_ask	could ~talk	-0.1541
job_ask	could ~want	-0.0302
job_ask	count	-0.0772
job_ask	counti	-0.0223
job_ask	countri	-0.0205
job_ask	coupl	-0.0469
job_ask	coupl of	-0.0204
job_ask	cours	-0.1009
job_ask	cover	-0.051
job_ask	cover everyth	-0.0339
job_ask	cowork	-0.0269
job_ask	creativ	0.0261
job_ask	creativ director	0.0278
job_ask	credit	-0.0361
job_ask	credit analyst	-0.0235
job_ask	cultur	-0.0441
job_ask	curious	-0.0338
job_ask	current	0.039
job_ask	cut	-0.0536
job_ask	data	-0.1734
job_ask	data analyst	-0.0302
job_ask	data scienc	-0.0461
job_ask	data scientist	-0.0245
job_ask	data side	-0.0238
job_ask	data team	0.0903
job_ask	data ~org	0.0723
job_ask	data ~student	-0.0252
job_ask	day	-0.1667
job_ask	day to	-0.0211
job_ask	decent	-0.0796
job_ask	decid	-0.1362
job_ask	decid which	-0.0213
job_ask	decid who	-0.057
job_ask	decid ~people	-0.057
job_ask	degre	-0.0903
job_ask	deloitt	-0.0277
job_ask	depart	0.2783
job_ask	describ	-0.127
job_ask	describ the	-0.0334
job_ask	describ ~number	-0.0753
job_ask	design	-0.1548
job_ask	design ~job	0.0566
job_ask	desk	-0.0235
job_ask	detail	0.1381
job_ask	develop	-0.0462
job_ask	did	-0.3298
job_ask	did not	-0.0205
job_ask	did the	-0.0816
job_ask	did you	-0.1649
job_ask	did your	-0.0201
job_ask	did ~number	-0.0841
job_ask	differ	-0.0799
job_ask	direct	-0.0455
job_ask	discuss	0.035
job_ask	do	-0.1908
job_ask	do a	0.0607
job_ask	do for	-0.087
job_ask	do hire	-0.0445
job_ask	do most	-0.0202
job_ask	do not	0.245
job_ask	do peopl	-0.035
job_ask	do this	-0.0317
job_ask	do to	-0.0441
job_ask	do you	0.3504
job_ask	do ~gatekeeper	-0.0474
job_ask	do ~hiring	-0.0445
job_ask	do ~number	0.04
job_ask	do ~people	-0.035
job_ask	do ~student	-0.0215
job_ask	doe	-0.1151
job_ask	doe a	-0.0456
job_ask	doe anyon	-0.0302
job_ask	doe it	-0.0357
job_ask	doe the	-0.0266
job_ask	doe your	0.1143
job_ask	doe ~number	-0.0722
job_ask	doe ~people	-0.0377
job_ask	done	-0.1373
job_ask	done ~number	-0.0238
job_ask	down	0.2007
job_ask	dr	-0.0464
job_ask	drop	-0.0298
job_ask	dure	-0.0463
job_ask	earli	-0.0507
job_ask	earli on	-0.0212
job_ask	earlier	-0.0707
job_ask	educ	-0.0288
job_ask	eight	-0.0239
job_ask	eight year	-0.0239
job_ask	eight ~duration	-0.0239
job_ask	elect	-0.0389
job_ask	els	-0.1162
job_ask	els on	-0.022
job_ask	email	-0.1728
job_ask	email you	-0.0611
job_ask	employ	-0.0208
job_ask	end	-0.1734
job_ask	end up	-0.0689
job_ask	engin	-0.1108
job_ask	enjoy	-0.0465
job_ask	enough	-0.0392
job_ask	entri	0.1128
job_ask	entri level	0.1128
job_ask	even	-0.0795
job_ask	even just	-0.0499
job_ask	even ~want	-0.0499
job_ask	evening	-0.0582
job_ask	event	-0.0923
job_ask	ever	0.1196
job_ask	ever anyth	-0.0386
job_ask	ever bring	0.1023
job_ask	ever help	-0.034
job_ask	ever need	0.0269
job_ask	ever want	-0.0498
job_ask	ever ~help	-0.0341
job_ask	ever ~learn	0.207
job_ask	ever ~want	-0.024
job_ask	everyth	-0.0778
job_ask	everyth on	-0.0355
job_ask	exam	-0.0251
job_ask	exercis	-0.1009
job_ask	exercis for	-0.0523
job_ask	exercis to	-0.0449
job_ask	exhibit	-0.0304
job_ask	experi	-0.0368
job_ask	explain	-0.0204
job_ask	extra	0.1115
job_ask	extra pair	0.1205
job_ask	fall	0.0548
job_ask	fall semest	0.025
job_ask	far	-0.03
job_ask	favor	-0.0685
job_ask	favor mayb	-0.021
job_ask	feedback	-0.0468
job_ask	feel	-0.0783
job_ask	few	-0.0867
job_ask	few month	-0.0309
job_ask	few ~duration	-0.041
job_ask	field	-0.1302
job_ask	field usual	-0.029
job_ask	figur out	-0.064
job_ask	fill	-0.1102
job_ask	final	-0.0452
job_ask	final year	-0.0228
job_ask	final ~duration	-0.0228
job_ask	financ	-0.0248
job_ask	find	-0.0777
job_ask	fine	-0.0718
job_ask	fine if	-0.0534
job_ask	finish	-0.0768
job_ask	finish my	-0.0279
job_ask	finish the	-0.0317
job_ask	finish ~number	-0.0443
job_ask	firm	0.1084
job_ask	firm ever	0.1312
job_ask	firm i	-0.0662
job_ask	first	-0.1634
job_ask	first role	-0.0224
job_ask	first year	-0.0358
job_ask	first ~duration	-0.0358
job_ask	first ~job	-0.0324
job_ask	fit me	-0.0336
job_ask	five	-0.0279
job_ask	flow	-0.0317
job_ask	flow i	-0.0317
job_ask	focus	-0.0388
job_ask	focus on	-0.0345
job_ask	folk	0.2625
job_ask	follow	-0.1489
job_ask	follow up	-0.0919
job_ask	for	0.1331
job_ask	for a	0.1358
job_ask	for all	-0.0204
job_ask	for an	-0.0354
job_ask	for ani	0.077
job_ask	for be	-0.0284
job_ask	for data	-0.0257
job_ask	for entri	0.0476
job_ask	for get	-0.0246
job_ask	for govern	-0.0272
job_ask	for in	-0.0237
job_ask	for it	0.0535
job_ask	for junior	0.0476
job_ask	for me	0.1816
job_ask	for new	-0.0769
job_ask	for squeez	-0.0209
job_ask	for the	0.3463
job_ask	for this	-0.0534
job_ask	for today	-0.0285
job_ask	for you	0.2076
job_ask	for your	-0.1778
job_ask	for ~hiring	-0.0247
job_ask	for ~insight	-0.037
job_ask	for ~number	0.4417
job_ask	for ~org	-0.0253
job_ask	for ~people	-0.0213
job_ask	for ~student	0.0476
job_ask	for ~talk	-0.0208
job_ask	foreign	-0.0213
job_ask	forget	-0.0213
job_ask	formal	-0.0209
job_ask	former	-0.0349
job_ask	forward	0.1396
job_ask	forward my	0.0964
job_ask	found	-0.059
job_ask	four	-0.0489
job_ask	free	-0.03
job_ask	freelanc	0.1895
job_ask	friend	-0.0518
job_ask	from	-0.4546
job_ask	from a	-0.0273
job_ask	from me	-0.0352
job_ask	from my	-0.0363
job_ask	from our	-0.0345
job_ask	from the	-0.0429
job_ask	from your	-0.0407
job_ask	from ~number	-0.0931
job_ask	full	-0.0424
job_ask	game	-0.0873
job_ask	game design	-0.038
job_ask	gather	-0.0298
job_ask	gather inform	-0.0266
job_ask	gather ~insight	-0.0287
job_ask	gave	-0.027
job_ask	gave me	-0.027
job_ask	gen	-0.0378
job_ask	gen z	-0.0288
job_ask	generous	-0.0259
job_ask	genuin	-0.0296
job_ask	get an	0.0275
job_ask	get back	-0.0226
job_ask	get hire	-0.022
job_ask	get into	-0.0352
job_ask	get me	0.3183
job_ask	get post	0.0407
job_ask	get refer	-0.0588
job_ask	get the	-0.0204
job_ask	get to	-0.0304
job_ask	get up	-0.0234
job_ask	get your	-0.0478
job_ask	get ~number	0.0201
job_ask	gig	0.0619
job_ask	give	-0.0331
job_ask	give me	0.0389
job_ask	give ~people	-0.0272
job_ask	glad	-0.1457
job_ask	glad to	-0.1406
job_ask	go	-0.184
job_ask	go into	-0.0531
job_ask	go to	-0.0565
job_ask	go ~want	-0.0233
job_ask	goal	-0.0228
job_ask	goe	-0.0569
job_ask	good	-0.0474
job_ask	good at	-0.0219
job_ask	good for	-0.0305
job_ask	good word	0.207
job_ask	good ~closing	-0.0222
job_ask	good ~limit	-0.023
job_ask	got	-0.1495
job_ask	got hire	-0.0359
job_ask	got into	-0.0262
job_ask	govern	-0.0436
job_ask	govern ~job	-0.0272
job_ask	grad	-0.0235
job_ask	grad on	-0.055
job_ask	grad program	-0.0222
job_ask	grad school	-0.0297
job_ask	grad ~degree	-0.0217
job_ask	grad ~org	-0.0297
job_ask	graduat	0.3599
job_ask	grant	-0.0961
job_ask	grant write	-0.0774
job_ask	grate	0.2327
job_ask	grate for	-0.0615
job_ask	grate if	0.3094
job_ask	great	-0.0802
job_ask	group	0.131
job_ask	grow	-0.0204
job_ask	guy	0.3479
job_ask	guy hire	0.075
job_ask	guy ~gatekeeper	0.075
job_ask	guy ~hiring	0.197
job_ask	had	-0.0634
job_ask	half	-0.0407
job_ask	half hour	-0.0301
job_ask	half ~limit	-0.0301
job_ask	half ~timeunit	-0.0301
job_ask	hand with	-0.0767
job_ask	handl	-0.0223
job_ask	handl the	0.0407
job_ask	handl ~number	0.0407
job_ask	hang	-0.0346
job_ask	hang up	-0.0206
job_ask	happen	0.2092
job_ask	happen to	0.2273
job_ask	happi	-0.1009
job_ask	happi to	-0.0764
job_ask	happili	-0.0203
job_ask	hard	-0.0961
job_ask	hard back	-0.0213
job_ask	has	0.0234
job_ask	have	-0.3025
job_ask	have a	-0.1071
job_ask	have ani	0.2611
job_ask	have been	-0.0765
job_ask	have finish	-0.0296
job_ask	have time	-0.0224
job_ask	have to	-0.0415
job_ask	have ~limit	-0.0224
job_ask	have ~number	-0.1271
job_ask	have ~studyverb	-0.0314
job_ask	have ~workverb	-0.0897
job_ask	head	0.124
job_ask	health	-0.0277
job_ask	hear	0.0846
job_ask	hear how	-0.0546
job_ask	hear me	-0.0221
job_ask	hear of	0.2677
job_ask	hear their	-0.0213
job_ask	help	-0.2299
job_ask	help me	0.1559
job_ask	help new	-0.075
job_ask	help with	-0.0705
job_ask	help you	-0.0884
job_ask	her	-0.0703
job_ask	here	-0.1653
job_ask	here i	-0.0398
job_ask	here to	-0.0369
job_ask	hey	0.047
job_ask	hey so	0.087
job_ask	hi	-0.0711
job_ask	high	-0.0474
job_ask	hire	0.713
job_ask	hire at	0.1702
job_ask	hire for	-0.0848
job_ask	hire get	-0.0212
job_ask	hire intern	0.0549
job_ask	hire junior	0.1708
job_ask	hire manag	0.0811
job_ask	hire peopl	-0.0322
job_ask	hire process	-0.0427
job_ask	hire right	0.275
job_ask	hire team	0.0287
job_ask	hire ~gatekeeper	0.0811
job_ask	hire ~learn	-0.0212
job_ask	hire ~people	-0.0322
job_ask	hire ~student	0.1202
job_ask	honest	-0.057
job_ask	honest i	0.0701
job_ask	honest if	-0.0279
job_ask	honest take	-0.0353
job_ask	honest ~insight	-0.0516
job_ask	hope	0.2632
job_ask	hope to	-0.0279
job_ask	hope you	0.144
job_ask	hospit administr	-0.0304
job_ask	hour	0.0646
job_ask	hour for	0.0306
job_ask	hour or	-0.0208
job_ask	hour ~number	-0.0289
job_ask	hous	-0.0372
job_ask	how	-1.1113
job_ask	how did	-0.0961
job_ask	how do	-0.1737
job_ask	how doe	-0.1399
job_ask	how i	-0.0298
job_ask	how is	-0.0518
job_ask	how it	-0.0244
job_ask	how long	-0.0356
job_ask	how much	-0.0469
job_ask	how the	-0.0571
job_ask	how would	-0.0367
job_ask	how you	-0.1035
job_ask	how your	-0.1012
job_ask	how ~help	-0.1737
job_ask	how ~number	-0.0924
job_ask	how ~studyverb	-0.0961
job_ask	how ~want	-0.0367
job_ask	howard	-0.024
job_ask	hunt	-0.0333
job_ask	i add	-0.0595
job_ask	i am	-0.208
job_ask	i appli	0.2201
job_ask	i appreci	-0.0329
job_ask	i be	0.0401
job_ask	i can	-0.2092
job_ask	i connect	-0.0506
job_ask	i could	0.1549
job_ask	i do	0.0217
job_ask	i email	-0.0804
job_ask	i figur	-0.0209
job_ask	i follow	-0.0601
job_ask	i forget	-0.0213
job_ask	i found	-0.0282
job_ask	i go	-0.0287
job_ask	i got	-0.0369
job_ask	i had	-0.0439
job_ask	i have	-0.265
job_ask	i help	-0.0214
job_ask	i join	-0.0325
job_ask	i just	-0.0375
job_ask	i know	-0.0599
job_ask	i main	-0.0443
job_ask	i mention	-0.0354
job_ask	i might	0.0515
job_ask	i reach	-0.0405
job_ask	i saw	0.078
job_ask	i send	0.22
job_ask	i shadow	0.2009
job_ask	i should	-0.1272
job_ask	i spent	-0.0245
job_ask	i think	-0.1063
job_ask	i want	-0.0544
job_ask	i was	0.1631
job_ask	i will	-0.4555
job_ask	i would	0.2945
job_ask	i wrote	-0.025
job_ask	i ~contactverb	-0.0794
job_ask	i ~insight	-0.0238
job_ask	i ~learn	-0.125
job_ask	i ~sendverb	0.178
job_ask	i ~studyverb	-0.0541
job_ask	i ~talk	-0.0698
job_ask	i ~want	0.1164
job_ask	i ~workverb	-0.0599
job_ask	idea	-0.0306
job_ask	if	0.3196
job_ask	if a	0.203
job_ask	if anyon	-0.0287
job_ask	if anyth	0.2538
job_ask	if i	-0.188
job_ask	if it	-0.0711
job_ask	if so	0.0996
job_ask	if that	-0.0467
job_ask	if the	0.2098
job_ask	if there	-0.0985
job_ask	if they	0.0672
job_ask	if you	-0.0473
job_ask	if your	0.0734
job_ask	if ~number	0.4104
job_ask	if ~people	-0.0287
job_ask	illustr	0.2086
job_ask	illustr ~workverb	0.2152
job_ask	in	-0.3559
job_ask	in a	0.0654
job_ask	in ani	0.129
job_ask	in between	-0.0473
job_ask	in case	0.1382
job_ask	in hospit	-0.0338
job_ask	in hour	0.0748
job_ask	in mechan	-0.0204
job_ask	in mind	0.2383
job_ask	in my	-0.0996
job_ask	in pediatr	-0.0284
job_ask	in polici	-0.0352
job_ask	in return	-0.0389
job_ask	in the	0.1366
job_ask	in this	-0.0635
job_ask	in touch	-0.1197
job_ask	in urban	-0.0367
job_ask	in your	-0.1193
job_ask	in ~contactverb	-0.1263
job_ask	in ~help	-0.0389
job_ask	in ~job	-0.0206
job_ask	in ~limit	0.0744
job_ask	in ~number	0.1955
job_ask	in ~org	-0.0406
job_ask	in ~timeunit	0.0748
job_ask	industri	-0.0608
job_ask	inform	-0.08
job_ask	insid	-0.0242
job_ask	intens	0.0602
job_ask	interest	0.2162
job_ask	interest in	0.2076
job_ask	intern	0.6927
job_ask	intern for	0.0491
job_ask	intern this	0.0333
job_ask	internal	0.1737
job_ask	internship	0.1551
job_ask	internship in	0.0697
job_ask	interview	0.3139
job_ask	interview with	0.0486
job_ask	into	-0.3465
job_ask	into leadership	-0.0202
job_ask	into other	-0.0222
job_ask	into this	-0.0331
job_ask	intro	-0.1409
job_ask	intro me	-0.0701
job_ask	introduc	-0.1884
job_ask	introduc me	-0.1492
job_ask	introduct	-0.0828
job_ask	introduct to	-0.0409
job_ask	invest	-0.0269
job_ask	invest bank	-0.0239
job_ask	is	-0.3761
job_ask	is a	0.0808
job_ask	is all	-0.0413
job_ask	is ani	-0.0668
job_ask	is anyon	0.0563
job_ask	is anyth	-0.035
job_ask	is done	-0.0757
job_ask	is ever	-0.0455
job_ask	is everyth	-0.0327
job_ask	is hire	0.1773
job_ask	is how	-0.0291
job_ask	is it	-0.1507
job_ask	is like	0.0535
job_ask	is not	0.0292
job_ask	is realli	-0.0313
job_ask	is research	-0.02
job_ask	is such	-0.0211
job_ask	is that	0.0462
job_ask	is the	-0.1968
job_ask	is there	0.243
job_ask	is worth	-0.0253
job_ask	is your	0.1074
job_ask	is ~gatekeeper	0.1773
job_ask	is ~hiring	0.1773
job_ask	is ~learn	-0.02
job_ask	is ~number	-0.1197
job_ask	is ~people	0.0533
job_ask	is ~want	-0.0494
job_ask	is ~workverb	-0.0265
job_ask	it	-0.1663
job_ask	it along	0.1064
job_ask	it and	-0.0489
job_ask	it for	-0.0213
job_ask	it from	-0.0234
job_ask	it help	-0.0361
job_ask	it if	-0.0398
job_ask	it is	-0.1161
job_ask	it most	-0.0297
job_ask	it not	-0.0376
job_ask	it out	-0.0423
job_ask	it seem	0.0378
job_ask	it take	0.2636
job_ask	it there	-0.0474
job_ask	it to	0.0283
job_ask	it would	-0.0721
job_ask	it ~help	-0.0224
job_ask	it ~insight	0.2624
job_ask	it ~want	-0.1089
job_ask	jenna	-0.0311
job_ask	job	-0.1175
job_ask	job at	0.0571
job_ask	job hunt	-0.032
job_ask	job you	0.0351
job_ask	join	-0.056
job_ask	journalist	-0.0291
job_ask	journalist you	-0.0223
job_ask	jump	0.0432
job_ask	junior	0.3628
job_ask	junior engin	-0.0248
job_ask	junior right	0.1469
job_ask	just	-0.2956
job_ask	just gather	-0.0271
job_ask	just share	-0.0372
job_ask	just to	-0.0895
job_ask	just want	-0.0292
job_ask	just ~want	-0.0618
job_ask	keen	0.1143
job_ask	keep	0.2001
job_ask	keep me	0.3404
job_ask	keep you	-0.0706
job_ask	kept	-0.0228
job_ask	kept you	-0.0228
job_ask	kind	-0.0795
job_ask	kind of	-0.0622
job_ask	know	0.3476
job_ask	know ani	-0.0263
job_ask	know anyon	0.0647
job_ask	know how	-0.0252
job_ask	know i	0.1932
job_ask	know if	0.2524
job_ask	know it	-0.0238
job_ask	know of	-0.0691
job_ask	know this	0.0783
job_ask	know we	-0.0226
job_ask	know your	-0.0523
job_ask	know ~people	0.0474
job_ask	lab	0.0507
job_ask	land	0.1605
job_ask	land a	0.1551
job_ask	land ~number	0.1806
job_ask	languag	-0.0283
job_ask	lantern	-0.0469
job_ask	larg	-0.0251
job_ask	last	-0.1998
job_ask	last summer	-0.0318
job_ask	last ~job	-0.0748
job_ask	late	-0.0323
job_ask	later	-0.1104
job_ask	law	-0.0843
job_ask	law firm	-0.0351
job_ask	law ~org	-0.0245
job_ask	lead	-0.1161
job_ask	lead ~number	-0.0278
job_ask	leadership	-0.0652
job_ask	learn	-0.1415
job_ask	leav	-0.1062
job_ask	leav it	-0.0447
job_ask	left	-0.038
job_ask	let	0.1023
job_ask	let me	0.0687
job_ask	let us	-0.026
job_ask	let you	-0.152
job_ask	level	0.1213
job_ask	level ~job	0.0475
job_ask	licens	-0.0354
job_ask	like	-0.1385
job_ask	like a	0.0336
job_ask	like for	-0.0301
job_ask	like me	-0.0296
job_ask	like to	0.0443
job_ask	like when	-0.0684
job_ask	like your	-0.0422
job_ask	like ~number	0.2164
job_ask	line	-0.0223
job_ask	link	-0.0244
job_ask	linkedin	-0.1876
job_ask	linkedin after	-0.0265
job_ask	linkedin afterward	-0.0213
job_ask	linkedin ~want	-0.0265
job_ask	list	-0.0462
job_ask	littl	-0.0372
job_ask	littl about	-0.0288
job_ask	logist	-0.0258
job_ask	long	-0.0786
job_ask	long doe	-0.0206
job_ask	longer	-0.0317
job_ask	look	-0.4166
job_ask	look at	-0.0578
job_ask	look for	-0.1528
job_ask	look into	-0.0277
job_ask	look like	-0.2063
job_ask	look over	0.0315
job_ask	lot	-0.0286
job_ask	love	0.0384
job_ask	love an	-0.03
job_ask	love it	-0.0275
job_ask	love to	0.0982
job_ask	love ~number	-0.0357
job_ask	lunch	-0.0497
job_ask	lunch break	-0.0224
job_ask	made	-0.0685
job_ask	made you	-0.0221
job_ask	made ~number	-0.0296
job_ask	main	-0.0895
job_ask	main want	-0.0456
job_ask	main ~want	-0.0525
job_ask	mainten	-0.0466
job_ask	major	-0.0285
job_ask	make	-0.1952
job_ask	make a	-0.1028
job_ask	make an	0.0646
job_ask	make sens	-0.0428
job_ask	make the	-0.0332
job_ask	make ~insight	-0.0428
job_ask	make ~number	-0.0713
job_ask	manag	-0.0787
job_ask	manag be	0.0652
job_ask	mani	-0.022
job_ask	market	0.0512
job_ask	market coordin	0.0379
job_ask	market ~student	0.0512
job_ask	master	-0.0397
job_ask	materi	-0.0441
job_ask	matter	-0.0793
job_ask	matter most	-0.0348
job_ask	may	-0.0217
job_ask	mayb	0.0459
job_ask	mayb share	-0.025
job_ask	mba	-0.024
job_ask	me	0.7014
job_ask	me a	-0.0431
job_ask	me about	-0.094
job_ask	me an	0.3167
job_ask	me do	0.0757
job_ask	me for	0.3662
job_ask	me how	-0.0242
job_ask	me i	-0.0273
job_ask	me in	0.1843
job_ask	me internal	0.2244
job_ask	me know	0.0976
job_ask	me off	-0.0208
job_ask	me ok	-0.0221
job_ask	me so	-0.0466
job_ask	me the	0.0674
job_ask	me through	-0.1311
job_ask	me to	-0.1042
job_ask	me too	-0.0473
job_ask	me toward	-0.0372
job_ask	me understand	-0.029
job_ask	me when	0.0674
job_ask	me with	0.0462
job_ask	me your	-0.058
job_ask	me ~learn	0.1322
job_ask	me ~number	0.3411
job_ask	me ~talk	-0.031
job_ask	measur	-0.028
job_ask	mechan	-0.0207
job_ask	mechan engin	-0.0207
job_ask	meet	-0.1216
job_ask	mention	-0.0513
job_ask	mention in	-0.0217
job_ask	mention your	-0.0457
job_ask	mentor	-0.0288
job_ask	mid	-0.0272
job_ask	mid size	-0.0272
job_ask	might	0.198
job_ask	might be	0.1977
job_ask	might share	-0.0209
job_ask	might ~sendverb	-0.0209
job_ask	militari	-0.0221
job_ask	mind	0.1314
job_ask	mind if	0.0574
job_ask	mind of	-0.0238
job_ask	minut	-0.1194
job_ask	model	-0.0319
job_ask	moment	0.2946
job_ask	month	0.0332
job_ask	more	-0.1932
job_ask	more about	-0.0326
job_ask	more of	-0.0229
job_ask	more question	-0.0659
job_ask	morn	-0.0225
job_ask	most	-0.3037
job_ask	most in	-0.0301
job_ask	most of	-0.0276
job_ask	most ~number	-0.0256
job_ask	most ~want	-0.0224
job_ask	motiv	0.0713
job_ask	move	-0.0983
job_ask	move into	-0.0823
job_ask	ms	-0.0263
job_ask	much	-0.2223
job_ask	much for	-0.0461
job_ask	municip	-0.0322
job_ask	museum	-0.0365
job_ask	museum educ	-0.0254
job_ask	my	0.3912
job_ask	my applic	0.2974
job_ask	my background	0.0617
job_ask	my case	-0.0899
job_ask	my detail	0.1422
job_ask	my end	-0.0248
job_ask	my interest	-0.0233
job_ask	my internship	-0.0374
job_ask	my level	0.0208
job_ask	my list	-0.0429
job_ask	my manag	-0.0471
job_ask	my next	-0.0225
job_ask	my own	-0.0604
job_ask	my portfolio	0.0913
job_ask	my posit	-0.0383
job_ask	my question	-0.0544
job_ask	my resum	0.5381
job_ask	my thesi	-0.0751
job_ask	my ~application	0.8355
job_ask	my ~degree	-0.0413
job_ask	my ~gatekeeper	-0.0471
job_ask	my ~job	-0.0758
job_ask	my ~sendverb	-0.0233
job_ask	my ~student	-0.071
job_ask	my ~talk	-0.0216
job_ask	myself	-0.0321
job_ask	name	0.1012
job_ask	name come	-0.0566
job_ask	name of	-0.0303
job_ask	near	-0.0375
job_ask	need	-0.0678
job_ask	need a	0.0364
job_ask	need an	0.1508
job_ask	need ani	-0.0654
job_ask	need to	-0.0789
job_ask	need ~number	0.1872
job_ask	network	-0.0423
job_ask	never	-0.073
job_ask	never ~learn	-0.0327
job_ask	new	-0.1383
job_ask	new grad	0.0416
job_ask	new hire	-0.054
job_ask	new ~student	-0.0212
job_ask	newslett	-0.0546
job_ask	newslett you	-0.0201
job_ask	next spring	0.0943
job_ask	next step	-0.0447
job_ask	next week	0.0819
job_ask	next ~closing	0.0819
job_ask	next ~talk	-0.0256
job_ask	night	-0.0495
job_ask	no pleasur	0.0838
job_ask	nonprofit	-0.0543
job_ask	normal	-0.024
job_ask	not	-0.0904
job_ask	not a	0.0324
job_ask	not have	-0.0205
job_ask	not job	-0.032
job_ask	not look	-0.1002
job_ask	not realli	0.0507
job_ask	not suppos	0.102
job_ask	not to	-0.025
job_ask	not want	-0.0243
job_ask	not weird	-0.0354
job_ask	not ~job	-0.032
job_ask	not ~number	0.0324
job_ask	not ~want	-0.103
job_ask	note	-0.114
job_ask	now	0.2671
job_ask	now just	-0.024
job_ask	now ~want	-0.024
job_ask	nurs	-0.1839
job_ask	of	0.0314
job_ask	of a	-0.0372
job_ask	of an	0.0247
job_ask	of ani	-0.0456
job_ask	of anyth	0.0506
job_ask	of hand	0.1205
job_ask	of it	-0.0228
job_ask	of my	-0.0516
job_ask	of peopl	-0.0314
job_ask	of the	-0.0332
job_ask	of this	-0.0269
job_ask	of today	0.0543
job_ask	of your	0.0741
job_ask	of ~job	0.0281
job_ask	of ~number	-0.0531
job_ask	of ~people	-0.0595
job_ask	off	-0.0602
job_ask	offer	-0.0323
job_ask	offic	-0.0867
job_ask	offic or	-0.0344
job_ask	offic you	-0.0237
job_ask	oh	-0.0354
job_ask	ok	-0.3418
job_ask	ok for	-0.0207
job_ask	ok i	-0.0459
job_ask	ok if	-0.0606
job_ask	ok that	-0.0414
job_ask	ok to	-0.0315
job_ask	ok with	-0.022
job_ask	okafor	-0.0398
job_ask	old	-0.0876
job_ask	old cowork	-0.021
job_ask	omg	-0.0329
job_ask	on	0.1801
job_ask	on a	-0.0464
job_ask	on ani	0.2953
job_ask	on call	-0.0228
job_ask	on game	-0.026
job_ask	on how	-0.0396
job_ask	on it	-0.0569
job_ask	on linkedin	-0.1692
job_ask	on me	-0.0755
job_ask	on municip	-0.0322
job_ask	on my	0.1298
job_ask	on the	0.0617
job_ask	on this	-0.0306
job_ask	on whether	-0.0557
job_ask	on ~contactverb	-0.0238
job_ask	on ~talk	-0.0238
job_ask	onboard	-0.0535
job_ask	onboard flow	-0.0317
job_ask	onc	-0.1973
job_ask	onc i	-0.1141
job_ask	onc my	-0.0229
job_ask	one	-0.1179
job_ask	one of	-0.0251
job_ask	onli	-0.0968
job_ask	onli if	-0.0547
job_ask	onlin	-0.0642
job_ask	onlin cours	-0.03
job_ask	onto	0.2415
job_ask	onto your	0.2551
job_ask	op	0.1083
job_ask	open	1.0596
job_ask	open at	0.0429
job_ask	open for	0.3188
job_ask	open in	0.0666
job_ask	open on	0.0875
job_ask	open to	-0.0347
job_ask	open up	0.3327
job_ask	or	-0.598
job_ask	or are	-0.0888
job_ask	or do	-0.034
job_ask	or journalist	-0.0223
job_ask	or newslett	-0.0466
job_ask	or podcast	-0.0236
job_ask	or two	-0.0371
job_ask	or would	-0.0297
job_ask	or ~help	-0.0358
job_ask	or ~number	-0.0699
job_ask	or ~student	-0.0248
job_ask	or ~want	-0.0379
job_ask	organiz	-0.0327
job_ask	other	-0.1076
job_ask	other role	-0.032
job_ask	other ~job	-0.032
job_ask	other ~people	-0.0255
job_ask	our	-0.0689
job_ask	out	-0.3454
job_ask	out about	-0.0244
job_ask	out again	-0.0374
job_ask	out and	-0.0429
job_ask	out if	-0.0228
job_ask	out of	0.0655
job_ask	out the	0.1397
job_ask	out to	-0.0921
job_ask	out whether	-0.0372
job_ask	out with	-0.0257
job_ask	out ~later	-0.0374
job_ask	out ~number	0.1379
job_ask	outreach	-0.0494
job_ask	outreach program	-0.0365
job_ask	outsid	-0.0408
job_ask	over	0.0459
job_ask	over the	0.1095
job_ask	over ~number	0.0915
job_ask	own	-0.1154
job_ask	pack	-0.0258
job_ask	page	0.0555
job_ask	paid	-0.0463
job_ask	pair	0.1205
job_ask	pair of	0.1205
job_ask	paper	-0.0793
job_ask	paper lantern	-0.0469
job_ask	paraleg	-0.0284
job_ask	part	0.0397
job_ask	part of	-0.1053
job_ask	part time	0.1607
job_ask	part ~limit	0.1607
job_ask	particular	-0.0233
job_ask	partner	-0.043
job_ask	pass	0.2521
job_ask	pass it	0.1064
job_ask	pass my	0.1937
job_ask	path	-0.0635
job_ask	patient	-0.0483
job_ask	pediatr	-0.0284
job_ask	peopl	-0.2264
job_ask	peopl in	-0.0486
job_ask	peopl on	-0.0335
job_ask	peopl without	-0.0324
job_ask	person	-0.1385
job_ask	person who	-0.0502
job_ask	person ~people	-0.0502
job_ask	perspect	-0.1448
job_ask	perspect on	-0.0402
job_ask	phd	-0.0249
job_ask	physician	-0.0426
job_ask	pick	-0.0724
job_ask	pitch	-0.0424
job_ask	pitch in	-0.0311
job_ask	place	0.0566
job_ask	plan	-0.0859
job_ask	pleas do	-0.0216
job_ask	pleas let	0.0333
job_ask	pleas ~help	-0.0216
job_ask	pleasur	0.078
job_ask	podcast	-0.0558
job_ask	podcast or	-0.0301
job_ask	podcast you	-0.0236
job_ask	point	-0.0536
job_ask	point me	-0.0825
job_ask	point of	0.0541
job_ask	polici	-0.1552
job_ask	polici analyst	-0.0215
job_ask	portfolio	0.0545
job_ask	portfolio to	0.0945
job_ask	posit	0.2108
job_ask	posit for	0.0303
job_ask	posit i	0.0617
job_ask	posit open	0.0208
job_ask	possibl	-0.0293
job_ask	possibl to	-0.028
job_ask	post	0.1761
job_ask	post for	0.0549
job_ask	practic	-0.0756
job_ask	prepar	-0.0705
job_ask	prepar for	-0.0392
job_ask	pretti	-0.0441
job_ask	priya	-0.0372
job_ask	process	-0.0749
job_ask	process look	-0.0331
job_ask	product manag	-0.0371
job_ask	product ~org	-0.0384
job_ask	profess	-0.0237
job_ask	profession	-0.1227
job_ask	profession associ	-0.0783
job_ask	program	0.1855
job_ask	program are	-0.0215
job_ask	program at	-0.0377
job_ask	project for	0.0759
job_ask	project you	-0.0245
job_ask	promis	-0.0467
job_ask	public	-0.0659
job_ask	publish	-0.0366
job_ask	put	0.3671
job_ask	put in	0.1951
job_ask	put me	-0.0643
job_ask	python	-0.0651
job_ask	python script	-0.0232
job_ask	q	0.0566
job_ask	qa	0.1182
job_ask	qa tester	0.1344
job_ask	quarter	-0.031
job_ask	question	-0.1884
job_ask	question i	-0.0357
job_ask	quick	-0.1792
job_ask	quick call	-0.0413
job_ask	quick ~contactverb	-0.044
job_ask	quick ~talk	-0.0574
job_ask	rang	0.0541
job_ask	rather	-0.1122
job_ask	rather than	-0.0751
job_ask	reach	-0.1751
job_ask	reach out	-0.1516
job_ask	read	-0.0664
job_ask	real	-0.0349
job_ask	realist	-0.0265
job_ask	realiti	-0.026
job_ask	realiti of	-0.026
job_ask	realli	0.134
job_ask	realli grate	0.02
job_ask	realli like	0.0511
job_ask	realli the	0.0543
job_ask	realli ~number	0.0543
job_ask	realli ~want	-0.0434
job_ask	recommend	-0.121
job_ask	recommend for	-0.0288
job_ask	recommend i	-0.0683
job_ask	recruit	0.4684
job_ask	recruit for	0.1005
job_ask	recruit materi	-0.0306
job_ask	refer	0.6023
job_ask	refer me	0.5808
job_ask	referr	0.2719
job_ask	remot	-0.0419
job_ask	report	-0.0366
job_ask	requir	-0.0221
job_ask	research	-0.0508
job_ask	research team	0.1016
job_ask	research ~org	0.0825
job_ask	resid	0.0593
job_ask	resid program	0.0659
job_ask	resid ~degree	0.0659
job_ask	respons	-0.025
job_ask	rest	-0.0412
job_ask	rest of	-0.0412
job_ask	resum	0.5122
job_ask	resum along	0.1026
job_ask	resum to	0.23
job_ask	return	-0.0514
job_ask	return the	-0.0774
job_ask	return ~number	-0.0774
job_ask	review	-0.0315
job_ask	right	0.3042
job_ask	right i	-0.02
job_ask	right now	0.4414
job_ask	risk	-0.0342
job_ask	role	0.3369
job_ask	role at	0.1465
job_ask	role i	0.12
job_ask	rotat	0.2139
job_ask	rout	-0.0404
job_ask	run	-0.1589
job_ask	run your	-0.0555
job_ask	said	-0.02
job_ask	salari	0.037
job_ask	salari rang	0.0541
job_ask	same	-0.0391
job_ask	saturday	-0.0262
job_ask	save	-0.0238
job_ask	saw	0.0769
job_ask	saw post	0.0465
job_ask	saw ~number	0.0325
job_ask	say	-0.0837
job_ask	schedul	-0.0732
job_ask	school	-0.1333
job_ask	scienc	-0.073
job_ask	scientist	-0.0245
job_ask	script	-0.0232
job_ask	season	-0.0224
job_ask	second	-0.0429
job_ask	second year	-0.0287
job_ask	second ~duration	-0.0287
job_ask	sector	-0.0465
job_ask	see	-0.0928
job_ask	see if	-0.0482
job_ask	seem	0.0336
job_ask	seem like	0.0378
job_ask	send me	-0.0294
job_ask	send my	0.1673
job_ask	send over	-0.0219
job_ask	send ~number	-0.0296
job_ask	senior	-0.0217
job_ask	sens	-0.051
job_ask	sent	0.202
job_ask	serious	-0.0421
job_ask	shadow	0.1906
job_ask	shall	-0.1168
job_ask	share	-0.0603
job_ask	share my	0.0827
job_ask	share the	-0.034
job_ask	share what	-0.0392
job_ask	share your	-0.0417
job_ask	share ~number	-0.0371
job_ask	she	-0.0456
job_ask	she would	-0.0425
job_ask	she ~want	-0.0425
job_ask	shift	-0.0543
job_ask	short	-0.0975
job_ask	short ~talk	-0.0248
job_ask	should	-0.1426
job_ask	should talk	-0.0276
job_ask	should ~talk	-0.044
job_ask	side	-0.0606
job_ask	side of	-0.0357
job_ask	side project	-0.0333
job_ask	side you	0.1274
job_ask	sinc	-0.0504
job_ask	six	-0.0336
job_ask	six ~duration	-0.0336
job_ask	size	-0.0272
job_ask	size firm	-0.0272
job_ask	size ~org	-0.0272
job_ask	skill	-0.1036
job_ask	so	-0.1064
job_ask	so could	0.0586
job_ask	so far	-0.03
job_ask	so generous	-0.0225
job_ask	so i	-0.098
job_ask	so if	-0.0263
job_ask	so is	0.0382
job_ask	so much	-0.1013
job_ask	so you	0.0913
job_ask	so ~people	0.0395
job_ask	some	-0.1054
job_ask	some time	-0.0207
job_ask	some ~people	-0.0239
job_ask	someday	0.0323
job_ask	someday are	0.072
job_ask	someon	-0.1491
job_ask	someon get	-0.0207
job_ask	someon in	-0.0338
job_ask	someon like	-0.0202
job_ask	someon on	-0.1038
job_ask	someon to	-0.044
job_ask	someon who	-0.0344
job_ask	someon with	0.0722
job_ask	someon you	0.1051
job_ask	someon ~people	-0.0344
job_ask	someth	-0.0874
job_ask	someth come	-0.0254
job_ask	someth i	-0.0216
job_ask	sorri	-0.0748
job_ask	sorri i	-0.0444
job_ask	sorri my	-0.0327
job_ask	sorri to	0.0279
job_ask	sound	0.0274
job_ask	sound intens	0.0602
job_ask	speak	-0.0547
job_ask	speak with	-0.033
job_ask	speed	-0.0329
job_ask	spend	-0.0208
job_ask	spent	-0.0362
job_ask	spot	0.1144
job_ask	spreadsheet	-0.0296
job_ask	spring	0.2445
job_ask	sql	-0.0403
job_ask	squeez	-0.0509
job_ask	squeez me	-0.049
job_ask	staff	-0.0288
job_ask	stand	-0.0976
job_ask	stand out	-0.0944
job_ask	start	-0.1029
job_ask	start to	-0.027
job_ask	state	-0.0337
job_ask	stay	-0.0926
job_ask	stay in	-0.0436
job_ask	step	-0.0713
job_ask	still	0.0617
job_ask	stop	-0.0911
job_ask	stop there	-0.0318
job_ask	stori	-0.025
job_ask	structur	-0.0702
job_ask	student	-0.1383
job_ask	student in	-0.0209
job_ask	studi	-0.1434
job_ask	such	-0.0374
job_ask	such ~number	-0.033
job_ask	suggest	-0.1675
job_ask	suggest an	-0.0504
job_ask	suggest for	-0.0333
job_ask	suggest i	-0.0324
job_ask	suggest ~number	-0.0635
job_ask	suit	-0.0541
job_ask	suit me	-0.0443
job_ask	summer	0.661
job_ask	summer by	0.0401
job_ask	summer intern	0.0789
job_ask	summer ~job	0.1849
job_ask	summer ~student	-0.0221
job_ask	super	-0.0423
job_ask	super help	-0.0219
job_ask	suppli	-0.0741
job_ask	suppli chain	-0.0741
job_ask	support	-0.0625
job_ask	support for	-0.0224
job_ask	support the	-0.0212
job_ask	support ~number	-0.0212
job_ask	suppos	0.0994
job_ask	sure	-0.0227
job_ask	survey	-0.0748
job_ask	survey data	-0.0281
job_ask	switch	-0.0515
job_ask	switch from	-0.0205
job_ask	take	0.6427
job_ask	take a	-0.0581
job_ask	take care	-0.0242
job_ask	take for	0.2706
job_ask	take on	0.4405
job_ask	take the	-0.0286
job_ask	take up	-0.0277
job_ask	take ~number	-0.0973
job_ask	taken	-0.0326
job_ask	talk	-0.0599
job_ask	talk about	0.0205
job_ask	talk to	-0.1278
job_ask	talk with	-0.0694
job_ask	task	-0.0211
job_ask	teach	-0.0603
job_ask	team	0.1828
job_ask	team be	-0.0698
job_ask	team decid	-0.058
job_ask	team ever	-0.0549
job_ask	team for	-0.0332
job_ask	team hire	0.1643
job_ask	team in	0.1427
job_ask	team is	-0.0564
job_ask	team right	0.0211
job_ask	team what	-0.0895
job_ask	team work	-0.0697
job_ask	team would	0.0789
job_ask	team ~gatekeeper	0.1446
job_ask	team ~hiring	0.1643
job_ask	team ~learn	-0.0403
job_ask	team ~want	0.0789
job_ask	team ~workverb	-0.0522
job_ask	technician	-0.0261
job_ask	tell	-0.2065
job_ask	tell me	-0.1769
job_ask	tell you	-0.024
job_ask	ten	-0.0405
job_ask	ten ~limit	-0.0267
job_ask	ten ~timeunit	-0.0267
job_ask	term	-0.0227
job_ask	test	-0.1233
job_ask	test my	-0.0233
job_ask	test the	-0.0363
job_ask	test whether	-0.0212
job_ask	test ~number	-0.0363
job_ask	tester	0.0875
job_ask	than	-0.1247
job_ask	than a	-0.0408
job_ask	than ask	-0.0363
job_ask	than ~number	-0.0414
job_ask	thank	-0.5061
job_ask	thank again	-0.0347
job_ask	thank for	-0.0946
job_ask	thank so	-0.0434
job_ask	thank to	-0.0424
job_ask	thank you	-0.3213
job_ask	thank ~later	-0.0347
job_ask	that	-0.374
job_ask	that a	0.0942
job_ask	that articl	-0.0283
job_ask	that cover	-0.0363
job_ask	that is	-0.2527
job_ask	that make	-0.0232
job_ask	that would	-0.0206
job_ask	that you	-0.0415
job_ask	that ~number	0.0835
job_ask	the	-0.2545
job_ask	the agenc	-0.0296
job_ask	the analyst	0.1642
job_ask	the atmospher	-0.0317
job_ask	the bootcamp	-0.0218
job_ask	the certif	-0.0209
job_ask	the clinic	0.1442
job_ask	the complianc	-0.0214
job_ask	the contact	0.097
job_ask	the coordin	0.095
job_ask	the counti	-0.0223
job_ask	the cultur	-0.0292
job_ask	the data	-0.031
job_ask	the favor	-0.0685
job_ask	the field	-0.0403
job_ask	the half	-0.0278
job_ask	the job	-0.1057
job_ask	the lab	0.0507
job_ask	the last	-0.0307
job_ask	the licens	-0.0267
job_ask	the market	0.0906
job_ask	the moment	0.2991
job_ask	the name	-0.0273
job_ask	the next	-0.0467
job_ask	the person	-0.0364
job_ask	the point	0.0534
job_ask	the post	0.0549
job_ask	the product	-0.0216
job_ask	the project	0.0828
job_ask	the question	-0.0267
job_ask	the realiti	-0.026
job_ask	the recruit	0.0975
job_ask	the research	0.0857
job_ask	the rest	-0.0224
job_ask	the role	-0.0493
job_ask	the start	0.0493
job_ask	the student	-0.0342
job_ask	the summer	0.138
job_ask	the survey	-0.0256
job_ask	the team	0.0522
job_ask	the time	-0.0401
job_ask	the work	-0.0336
job_ask	the ~closing	-0.0491
job_ask	the ~contactverb	0.0859
job_ask	the ~degree	-0.0897
job_ask	the ~gatekeeper	0.1874
job_ask	the ~hiring	-0.0903
job_ask	the ~job	-0.0906
job_ask	the ~learn	0.0533
job_ask	the ~limit	-0.0637
job_ask	the ~number	-0.0598
job_ask	the ~org	0.3017
job_ask	the ~student	0.3564
job_ask	the ~talk	0.0789
job_ask	the ~workverb	-0.0336
job_ask	their	-0.1142
job_ask	their first	-0.0262
job_ask	them	-0.026
job_ask	there	0.3534
job_ask	there a	-0.0934
job_ask	there ani	0.3854
job_ask	there anyon	-0.0555
job_ask	there anyth	-0.1442
job_ask	there are	0.0998
job_ask	there for	-0.0209
job_ask	there i	-0.0274
job_ask	there is	0.025
job_ask	there profession	-0.05
job_ask	there so	-0.0266
job_ask	there someon	0.0395
job_ask	there someth	-0.026
job_ask	there ~number	0.0355
job_ask	there ~people	-0.0417
job_ask	there ~student	-0.05
job_ask	these	-0.0464
job_ask	these day	-0.0326
job_ask	thesi	-0.0751
job_ask	they	0.1296
job_ask	they are	0.2055
job_ask	thing	-0.0859
job_ask	think	0.0898
job_ask	think about	-0.0365
job_ask	think i	-0.0227
job_ask	think of	0.0806
job_ask	think that	-0.0593
job_ask	think would	-0.0493
job_ask	think you	0.2991
job_ask	think ~want	-0.0493
job_ask	this	0.1331
job_ask	this career	-0.0205
job_ask	this field	-0.0335
job_ask	this is	0.0653
job_ask	this job	-0.041
job_ask	this spring	0.1847
job_ask	this summer	0.2829
job_ask	this was	-0.032
job_ask	this work	-0.022
job_ask	this year	0.1257
job_ask	this ~closing	-0.0326
job_ask	this ~duration	0.1257
job_ask	this ~job	-0.0512
job_ask	this ~learn	-0.022
job_ask	this ~workverb	-0.022
job_ask	those	-0.025
job_ask	three	-0.0215
job_ask	thrill	0.0801
job_ask	thrill to	0.0801
job_ask	through	-0.2187
job_ask	through a	-0.103
job_ask	through how	-0.0398
job_ask	through the	-0.0218
job_ask	through ~number	-0.126
job_ask	time	-0.1768
job_ask	time for	-0.0342
job_ask	time to	-0.0275
job_ask	time today	-0.0205
job_ask	time ~job	0.0669
job_ask	timelin	-0.0776
job_ask	to	-0.3547
job_ask	to a	-0.1009
job_ask	to about	-0.026
job_ask	to ask	0.1364
job_ask	to be	0.3175
job_ask	to becom	-0.0213
job_ask	to beta	-0.0304
job_ask	to chat	-0.0598
job_ask	to connect	-0.0224
job_ask	to cut	-0.0421
job_ask	to day	-0.0211
job_ask	to do	-0.0313
job_ask	to dr	-0.0276
job_ask	to figur	-0.0361
job_ask	to finish	-0.0243
job_ask	to for	0.0712
job_ask	to forward	0.0899
job_ask	to get	0.0316
job_ask	to give	-0.0286
job_ask	to grad	-0.0222
job_ask	to hear	-0.1405
job_ask	to help	0.08
job_ask	to hour	0.1554
job_ask	to if	0.0648
job_ask	to keep	-0.0412
job_ask	to learn	-0.0636
job_ask	to leav	-0.0206
job_ask	to meet	-0.0231
job_ask	to mind	-0.087
job_ask	to my	-0.059
job_ask	to one	-0.0262
job_ask	to practic	-0.0299
job_ask	to refer	0.2393
job_ask	to return	-0.0292
job_ask	to run	-0.0516
job_ask	to see	-0.0482
job_ask	to send	-0.0464
job_ask	to share	-0.0722
job_ask	to someon	-0.0725
job_ask	to speak	-0.0371
job_ask	to speed	-0.0234
job_ask	to stay	-0.04
job_ask	to take	-0.0551
job_ask	to talk	-0.0752
job_ask	to test	-0.0407
job_ask	to the	0.068
job_ask	to tri	-0.0663
job_ask	to understand	-0.1062
job_ask	to whoever	0.0324
job_ask	to work	0.2054
job_ask	to you	-0.1384
job_ask	to your	0.4027
job_ask	to ~closing	-0.022
job_ask	to ~job	-0.0339
job_ask	to ~learn	-0.0513
job_ask	to ~limit	0.1315
job_ask	to ~number	-0.0647
job_ask	to ~org	-0.0308
job_ask	to ~people	-0.1152
job_ask	to ~student	-0.063
job_ask	to ~studyverb	-0.0434
job_ask	to ~talk	-0.0873
job_ask	to ~timeunit	0.1554
job_ask	to ~want	-0.0663
job_ask	to ~workverb	0.1538
job_ask	today	-0.0437
job_ask	togeth	-0.0247
job_ask	too	-0.1151
job_ask	tool	-0.0215
job_ask	total	-0.0965
job_ask	total fine	-0.0608
job_ask	total understand	-0.0206
job_ask	total ~learn	-0.0206
job_ask	touch	-0.1205
job_ask	touch with	-0.0838
job_ask	toward	-0.0418
job_ask	track	-0.0531
job_ask	tri	-0.2117
job_ask	tri to	-0.1316
job_ask	trial	0.0755
job_ask	twenti	-0.0288
job_ask	twenti minut	-0.0262
job_ask	twenti ~limit	-0.0262
job_ask	twenti ~timeunit	-0.0262
job_ask	twice	-0.0229
job_ask	two	-0.097
job_ask	two ~duration	-0.0309
job_ask	typic	-0.1497
job_ask	typic week	-0.0828
job_ask	typic ~closing	-0.0864
job_ask	understand	-0.1767
job_ask	understand how	-0.0361
job_ask	understand if	-0.0332
job_ask	understand the	-0.0607
job_ask	understand what	-0.0261
job_ask	understand ~number	-0.0607
job_ask	unit	-0.0544
job_ask	unpaid	0.3703
job_ask	unpaid intern	0.3703
job_ask	until	-0.0212
job_ask	up	0.0303
job_ask	up a	-0.0284
job_ask	up ani	-0.0296
job_ask	up for	-0.0464
job_ask	up in	-0.0341
job_ask	up on	0.217
job_ask	up to	-0.0234
job_ask	up with	-0.0574
job_ask	up ~number	-0.0314
job_ask	up ~want	0.0528
job_ask	updat	-0.0418
job_ask	upfront	-0.0514
job_ask	upfront i	-0.0454
job_ask	urban	-0.0487
job_ask	urban plan	-0.0427
job_ask	us	-0.085
job_ask	use	-0.3542
job_ask	use most	-0.0415
job_ask	use to	-0.1956
job_ask	use ~number	-0.028
job_ask	user	-0.0275
job_ask	usual	-0.1822
job_ask	usual paid	-0.0422
job_ask	ux	0.1378
job_ask	ux research	-0.0349
job_ask	ux ~learn	-0.0317
job_ask	ux ~org	0.1841
job_ask	vacanc	0.0704
job_ask	vacanc in	0.0633
job_ask	valu	-0.0762
job_ask	valu your	-0.0585
job_ask	valuabl	-0.0266
job_ask	veri	0.0303
job_ask	vet	-0.0231
job_ask	volunt	-0.1458
job_ask	volunt for	-0.0812
job_ask	volunt with	-0.0315
job_ask	wait	-0.0278
job_ask	walk	-0.1344
job_ask	walk me	-0.1331
job_ask	want	-0.2497
job_ask	want someon	-0.0363
job_ask	want to	-0.1397
job_ask	want your	-0.0406
job_ask	want ~people	-0.0363
job_ask	was	-0.0379
job_ask	was your	-0.03
job_ask	was ~number	-0.0278
job_ask	way	0.1892
job_ask	way i	0.0653
job_ask	way to	-0.0232
job_ask	we agre	0.0221
job_ask	we are	-0.0618
job_ask	we can	-0.0249
job_ask	we discuss	0.035
job_ask	we finish	0.0407
job_ask	we hang	-0.0206
job_ask	we have	-0.0262
job_ask	we still	-0.02
job_ask	websit	0.0783
job_ask	week	0.0931
job_ask	week and	0.1177
job_ask	week on	-0.0645
job_ask	week with	-0.0221
job_ask	weekend	-0.0655
job_ask	weird	0.1758
job_ask	weird if	0.1218
job_ask	weird to	0.0262
job_ask	well	-0.0238
job_ask	went	-0.0446
job_ask	went to	-0.0221
job_ask	were	-0.1315
job_ask	were in	-0.0535
job_ask	were me	-0.0219
job_ask	what	-0.9614
job_ask	what a	-0.034
job_ask	what are	-0.0836
job_ask	what could	-0.0323
job_ask	what did	-0.0799
job_ask	what do	-0.0794
job_ask	what doe	-0.102
job_ask	what help	-0.0208
job_ask	what is	-0.1605
job_ask	what kind	-0.0482
job_ask	what made	-0.0364
job_ask	what make	-0.0994
job_ask	what skill	-0.0399
job_ask	what student	-0.0215
job_ask	what the	0.0358
job_ask	what was	-0.0228
job_ask	what would	0.2067
job_ask	what you	-0.0296
job_ask	what your	-0.0309
job_ask	what ~help	-0.0794
job_ask	what ~studyverb	-0.0799
job_ask	what ~want	0.2067
job_ask	when	-0.3182
job_ask	when a	-0.0688
job_ask	when i	0.0336
job_ask	when you	-0.1587
job_ask	when your	-0.0702
job_ask	when ~number	-0.0705
job_ask	where	-0.1314
job_ask	where can	-0.0291
job_ask	where do	-0.0238
job_ask	where i	-0.0286
job_ask	where ~help	-0.0238
job_ask	whether	-0.0298
job_ask	whether this	-0.0341
job_ask	whether ~number	-0.0223
job_ask	whi	-0.0963
job_ask	whi i	-0.053
job_ask	which	-0.2899
job_ask	which is	-0.0366
job_ask	which of	-0.0284
job_ask	which part	-0.0246
job_ask	which ~student	-0.0222
job_ask	while	-0.0467
job_ask	who	-0.1699
job_ask	who do	-0.0239
job_ask	who els	-0.039
job_ask	who get	-0.057
job_ask	who is	0.1249
job_ask	who might	-0.0584
job_ask	who on	0.032
job_ask	who run	-0.0364
job_ask	who should	0.0963
job_ask	who work	-0.032
job_ask	who would	-0.0621
job_ask	who ~help	-0.0239
job_ask	who ~want	-0.0621
job_ask	whose	-0.0234
job_ask	will	-0.2518
job_ask	will keep	-0.0309
job_ask	will leav	-0.0213
job_ask	will let	-0.0878
job_ask	will not	-0.0471
job_ask	will send	-0.0664
job_ask	will stop	-0.0272
job_ask	will to	0.1859
job_ask	will ~contactverb	-0.0225
job_ask	will ~sendverb	-0.0853
job_ask	wish	-0.041
job_ask	wish you	-0.0314
job_ask	with	-0.309
job_ask	with a	-0.0589
job_ask	with ani	-0.0327
job_ask	with anyth	-0.038
job_ask	with me	-0.1284
job_ask	with my	0.054
job_ask	with someon	-0.0962
job_ask	with the	0.1014
job_ask	with you	0.0704
job_ask	with your	0.0765
job_ask	with ~number	0.0252
job_ask	with ~people	-0.1047
job_ask	without	-0.0399
job_ask	without a	-0.0383
job_ask	without ~number	-0.0383
job_ask	wonder	0.0968
job_ask	wonder whether	0.0871
job_ask	word	0.2015
job_ask	word for	0.1519
job_ask	work	-0.141
job_ask	work at	0.0605
job_ask	work for	0.032
job_ask	work full	-0.0257
job_ask	work in	-0.0753
job_ask	work on	-0.0377
job_ask	work suit	-0.0223
job_ask	work with	-0.0246
job_ask	world	-0.0219
job_ask	worri	-0.0212
job_ask	worth	-0.1402
job_ask	worth follow	-0.0276
job_ask	worth it	-0.0427
job_ask	worth ~number	-0.0217
job_ask	would	0.4314
job_ask	would an	-0.0284
job_ask	would be	-0.0477
job_ask	would happili	-0.0203
job_ask	would help	-0.0328
job_ask	would it	0.2356
job_ask	would keep	0.1665
job_ask	would like	-0.044
job_ask	would point	-0.0523
job_ask	would realli	0.2192
job_ask	would recommend	-0.1569
job_ask	would suggest	-0.0647
job_ask	would you	0.1001
job_ask	would your	0.1316
job_ask	would ~help	-0.0483
job_ask	would ~learn	0.0481
job_ask	would ~number	-0.041
job_ask	would ~talk	0.0495
job_ask	would ~want	0.1695
job_ask	wow	-0.0209
job_ask	wrap	-0.0659
job_ask	wrap up	-0.0535
job_ask	write	-0.1576
job_ask	write up	-0.0498
job_ask	write you	-0.0328
job_ask	wrote	-0.025
job_ask	yeah	-0.05
job_ask	year	-0.1974
job_ask	year and	-0.0307
job_ask	year in	-0.0278
job_ask	yesterday	-0.022
job_ask	you	0.1921
job_ask	you a	-0.0961
job_ask	you and	-0.0749
job_ask	you are	-0.0444
job_ask	you be	0.2418
job_ask	you can	0.1685
job_ask	you consid	0.0929
job_ask	you could	0.2622
job_ask	you decid	-0.0209
job_ask	you describ	-0.0963
job_ask	you do	0.1708
job_ask	you end	-0.0491
job_ask	you even	-0.0372
job_ask	you ever	0.0824
job_ask	you feel	-0.0237
job_ask	you find	-0.0341
job_ask	you for	0.0621
job_ask	you found	-0.0296
job_ask	you get	-0.0751
job_ask	you give	-0.0393
job_ask	you go	-0.0578
job_ask	you got	-0.029
job_ask	you guy	0.3538
job_ask	you have	-0.122
job_ask	you hear	0.03
job_ask	you hire	0.2232
job_ask	you if	-0.0531
job_ask	you in	-0.0673
job_ask	you introduc	-0.0539
job_ask	you keep	0.0434
job_ask	you know	0.1171
job_ask	you lead	-0.0269
job_ask	you let	0.3327
job_ask	you like	-0.0424
job_ask	you mention	-0.1472
job_ask	you might	0.2444
job_ask	you mind	-0.0401
job_ask	you my	0.0944
job_ask	you need	-0.149
job_ask	you note	-0.0209
job_ask	you now	-0.0215
job_ask	you on	-0.1254
job_ask	you or	-0.0342
job_ask	you out	-0.0378
job_ask	you pass	0.0705
job_ask	you pick	-0.0212
job_ask	you point	-0.0337
job_ask	you post	-0.0287
job_ask	you put	0.0441
job_ask	you rather	-0.0242
job_ask	you recommend	-0.0833
job_ask	you refer	0.1345
job_ask	you said	0.0226
job_ask	you say	-0.0268
job_ask	you share	0.1349
job_ask	you start	-0.0264
job_ask	you suggest	-0.0836
job_ask	you take	0.0786
job_ask	you tell	-0.1548
job_ask	you that	-0.0505
job_ask	you the	-0.0214
job_ask	you think	0.2334
job_ask	you this	0.1358
job_ask	you to	0.229
job_ask	you use	-0.0569
job_ask	you usual	-0.0329
job_ask	you walk	-0.1175
job_ask	you were	-0.1001
job_ask	you wish	-0.0328
job_ask	you work	-0.0328
job_ask	you would	-0.0603
job_ask	you ~gatekeeper	0.2046
job_ask	you ~help	0.1506
job_ask	you ~hiring	0.3072
job_ask	you ~later	-0.0393
job_ask	you ~number	-0.1371
job_ask	you ~sendverb	0.4001
job_ask	you ~studyverb	0.0585
job_ask	you ~talk	-0.0288
job_ask	you ~want	-0.0877
job_ask	you ~workverb	-0.0426
job_ask	your	0.4172
job_ask	your advic	-0.0438
job_ask	your afternoon	-0.0217
job_ask	your agenc	0.1782
job_ask	your app	-0.0273
job_ask	your career	0.0227
job_ask	your colleagu	-0.044
job_ask	your compani	0.2749
job_ask	your creativ	0.0278
job_ask	your data	0.1135
job_ask	your day	-0.0215
job_ask	your depart	0.3035
job_ask	your end	-0.0289
job_ask	your evening	-0.0416
job_ask	your field	-0.0535
job_ask	your firm	0.1988
job_ask	your first	-0.0429
job_ask	your former	-0.0261
job_ask	your honest	-0.0369
job_ask	your job	-0.026
job_ask	your lab	0.0648
job_ask	your lunch	-0.0331
job_ask	your manag	0.0592
job_ask	your name	0.234
job_ask	your network	-0.0272
job_ask	your next	-0.0276
job_ask	your old	-0.0755
job_ask	your patient	-0.0209
job_ask	your person	-0.0325
job_ask	your perspect	-0.0473
job_ask	your project	-0.0269
job_ask	your recruit	0.3024
job_ask	your role	-0.0217
job_ask	your side	-0.0276
job_ask	your take	-0.0641
job_ask	your time	-0.0785
job_ask	your unit	-0.0544
job_ask	your week	-0.0315
job_ask	your work	-0.0292
job_ask	your ~closing	-0.0937
job_ask	your ~gatekeeper	0.139
job_ask	your ~hiring	0.2489
job_ask	your ~insight	-0.1745
job_ask	your ~job	-0.0579
job_ask	your ~learn	-0.0293
job_ask	your ~limit	-0.1719
job_ask	your ~org	1.2172
job_ask	your ~people	-0.0903
job_ask	your ~student	0.1055
job_ask	your ~talk	-0.0301
job_ask	your ~workverb	-0.0292
job_ask	youtub	-0.028
job_ask	youtub channel	-0.028
job_ask	z	-0.0288
job_ask	z perspect	-0.0288
job_ask	z ~insight	-0.0288
job_ask	~application	0.7126
job_ask	~application along	0.1026
job_ask	~application to	0.2808
job_ask	~closing	-0.1383
job_ask	~closing and	0.1079
job_ask	~closing as	0.2011
job_ask	~closing of	-0.0412
job_ask	~closing on	-0.0645
job_ask	~closing to	-0.0343
job_ask	~contactverb	-0.4252
job_ask	~contactverb of	0.0976
job_ask	~contactverb out	-0.1033
job_ask	~contactverb to	-0.0214
job_ask	~contactverb up	-0.0498
job_ask	~contactverb with	-0.0963
job_ask	~contactverb you	-0.0444
job_ask	~degree	-0.1497
job_ask	~degree at	-0.0449
job_ask	~degree be	-0.0284
job_ask	~degree in	-0.0568
job_ask	~degree or	-0.0505
job_ask	~degree program	0.0427
job_ask	~duration	-0.1238
job_ask	~duration and	-0.0307
job_ask	~duration in	-0.0465
job_ask	~gatekeeper	1.0233
job_ask	~gatekeeper at	0.1884
job_ask	~gatekeeper be	0.0652
job_ask	~gatekeeper do	0.2323
job_ask	~gatekeeper intern	0.0549
job_ask	~gatekeeper junior	0.1708
job_ask	~gatekeeper manag	0.0811
job_ask	~gatekeeper or	0.0249
job_ask	~gatekeeper process	-0.0427
job_ask	~gatekeeper right	0.275
job_ask	~gatekeeper team	0.0287
job_ask	~help	-0.4945
job_ask	~help for	-0.1027
job_ask	~help hire	-0.0445
job_ask	~help i	-0.0344
job_ask	~help junior	-0.0316
job_ask	~help me	0.2583
job_ask	~help most	-0.0202
job_ask	~help new	-0.0669
job_ask	~help not	0.245
job_ask	~help peopl	-0.0377
job_ask	~help the	-0.1086
job_ask	~help to	-0.2195
job_ask	~help with	-0.0705
job_ask	~help you	0.273
job_ask	~hiring	1.3075
job_ask	~hiring at	0.1996
job_ask	~hiring flow	-0.0317
job_ask	~hiring intern	0.0549
job_ask	~hiring junior	0.1708
job_ask	~hiring manag	0.0811
job_ask	~hiring materi	-0.0306
job_ask	~hiring on	0.3734
job_ask	~hiring or	0.022
job_ask	~hiring process	-0.0427
job_ask	~hiring right	0.275
job_ask	~hiring team	0.067
job_ask	~insight	-0.3869
job_ask	~insight care	-0.0242
job_ask	~insight for	0.2346
job_ask	~insight on	-0.1835
job_ask	~insight over	-0.0375
job_ask	~insight to	-0.0389
job_ask	~insight up	-0.0226
job_ask	~insight you	-0.0227
job_ask	~job	1.39
job_ask	~job a	-0.0268
job_ask	~job at	0.1843
job_ask	~job do	-0.0287
job_ask	~job for	0.4011
job_ask	~job go	0.0905
job_ask	~job hunt	-0.032
job_ask	~job i	0.1524
job_ask	~job in	0.2255
job_ask	~job on	0.2242
job_ask	~job open	0.0727
job_ask	~job or	-0.0293
job_ask	~job right	-0.0292
job_ask	~job that	0.0322
job_ask	~job you	0.0351
job_ask	~later	-0.0513
job_ask	~later after	-0.0521
job_ask	~later for	-0.0235
job_ask	~later i	-0.0565
job_ask	~learn a	0.0252
job_ask	~learn about	-0.038
job_ask	~learn an	0.0275
job_ask	~learn ani	-0.0263
job_ask	~learn anyon	0.0647
job_ask	~learn at	0.0601
job_ask	~learn back	-0.028
job_ask	~learn befor	0.0562
job_ask	~learn for	0.0334
job_ask	~learn full	-0.0257
job_ask	~learn how	-0.1307
job_ask	~learn i	0.1884
job_ask	~learn if	0.1685
job_ask	~learn in	-0.0495
job_ask	~learn into	-0.0283
job_ask	~learn it	-0.0304
job_ask	~learn me	0.2945
job_ask	~learn of	0.197
job_ask	~learn out	-0.0801
job_ask	~learn suit	-0.0223
job_ask	~learn team	0.1016
job_ask	~learn the	-0.0763
job_ask	~learn their	-0.037
job_ask	~learn this	0.065
job_ask	~learn to	-0.0369
job_ask	~learn up	-0.0276
job_ask	~learn we	-0.04
job_ask	~learn with	-0.0206
job_ask	~learn you	-0.0449
job_ask	~learn your	-0.1153
job_ask	~limit	-0.3549
job_ask	~limit break	-0.0224
job_ask	~limit is	-0.0232
job_ask	~limit left	-0.0232
job_ask	~limit or	-0.0317
job_ask	~limit so	-0.0328
job_ask	~limit to	-0.0486
job_ask	~limit today	-0.0236
job_ask	~limit work	-0.0226
job_ask	~limit you	0.0722
job_ask	~number	-0.2984
job_ask	~number agenc	-0.0346
job_ask	~number analyst	0.1524
job_ask	~number atmospher	-0.0317
job_ask	~number beginn	-0.0751
job_ask	~number big	-0.0522
job_ask	~number bootcamp	-0.029
job_ask	~number candid	-0.0895
job_ask	~number career	-0.0521
job_ask	~number certif	-0.0247
job_ask	~number clinic	0.1392
job_ask	~number colleagu	-0.0434
job_ask	~number come	-0.0295
job_ask	~number complianc	-0.0214
job_ask	~number contact	0.1605
job_ask	~number coordin	0.095
job_ask	~number counti	-0.0223
job_ask	~number coupl	-0.0469
job_ask	~number cultur	-0.0292
job_ask	~number data	-0.063
job_ask	~number day	-0.0215
job_ask	~number differ	-0.0268
job_ask	~number entri	0.074
job_ask	~number exercis	-0.0775
job_ask	~number exhibit	-0.0296
job_ask	~number extra	0.1189
job_ask	~number favor	-0.0685
job_ask	~number few	-0.0744
job_ask	~number field	-0.0413
job_ask	~number first	-0.0323
job_ask	~number fit	0.0228
job_ask	~number foreign	-0.0213
job_ask	~number gen	-0.0288
job_ask	~number good	0.1236
job_ask	~number grad	-0.0223
job_ask	~number great	-0.0257
job_ask	~number half	-0.0278
job_ask	~number hand	-0.0841
job_ask	~number head	0.1493
job_ask	~number hour	-0.069
job_ask	~number interest	-0.0202
job_ask	~number internship	0.103
job_ask	~number interview	0.354
job_ask	~number intro	-0.0559
job_ask	~number introduct	-0.0356
job_ask	~number job	-0.062
job_ask	~number lab	0.0358
job_ask	~number last	-0.0351
job_ask	~number licens	-0.0267
job_ask	~number link	-0.023
job_ask	~number littl	-0.0321
job_ask	~number look	-0.0538
job_ask	~number lot	-0.0286
job_ask	~number market	0.0906
job_ask	~number master	-0.0294
job_ask	~number mid	-0.0272
job_ask	~number minut	-0.1081
job_ask	~number moment	0.2982
job_ask	~number month	-0.0405
job_ask	~number more	-0.0251
job_ask	~number name	-0.1067
job_ask	~number new	-0.0306
job_ask	~number next	-0.0569
job_ask	~number nurs	-0.0331
job_ask	~number of	-0.0456
job_ask	~number on	-0.0321
job_ask	~number open	0.1296
job_ask	~number paraleg	-0.026
job_ask	~number part	0.1085
job_ask	~number person	-0.042
job_ask	~number point	0.0502
job_ask	~number polici	-0.0571
job_ask	~number posit	0.122
job_ask	~number post	0.0474
job_ask	~number product	0.0739
job_ask	~number project	0.0679
job_ask	~number question	-0.0386
job_ask	~number quick	-0.1022
job_ask	~number realiti	-0.026
job_ask	~number recruit	0.1431
job_ask	~number refer	0.0802
job_ask	~number referr	0.3204
job_ask	~number research	0.069
job_ask	~number rest	-0.0224
job_ask	~number role	0.0558
job_ask	~number second	-0.0322
job_ask	~number shall	-0.0538
job_ask	~number short	-0.0524
job_ask	~number spring	-0.0301
job_ask	~number start	0.0493
job_ask	~number student	-0.0757
job_ask	~number summer	0.128
job_ask	~number survey	-0.0268
job_ask	~number switch	-0.0202
job_ask	~number team	0.0503
job_ask	~number time	-0.0439
job_ask	~number trial	0.0763
job_ask	~number typic	-0.1115
job_ask	~number updat	-0.0292
job_ask	~number ux	0.1625
job_ask	~number week	0.1673
job_ask	~number work	-0.0351
job_ask	~number year	-0.0768
job_ask	~org	0.7473
job_ask	~org administr	-0.0304
job_ask	~org and	0.1276
job_ask	~org are	0.0742
job_ask	~org be	-0.0698
job_ask	~org decid	-0.0779
job_ask	~org doe	-0.0265
job_ask	~org ever	0.1495
job_ask	~org handl	-0.0519
job_ask	~org has	0.0376
job_ask	~org have	0.1193
job_ask	~org hire	0.1643
job_ask	~org if	-0.026
job_ask	~org in	0.1429
job_ask	~org is	0.132
job_ask	~org lantern	-0.0469
job_ask	~org like	-0.0219
job_ask	~org next	0.1081
job_ask	~org of	-0.037
job_ask	~org on	-0.0215
job_ask	~org or	-0.0653
job_ask	~org project	-0.0333
job_ask	~org rather	-0.0265
job_ask	~org take	0.2417
job_ask	~org that	-0.0238
job_ask	~org this	0.0597
job_ask	~org usual	-0.0201
job_ask	~org what	-0.0895
job_ask	~org who	-0.0468
job_ask	~org work	-0.0765
job_ask	~org would	0.0766
job_ask	~org you	0.0952
job_ask	~people	-0.5522
job_ask	~people at	-0.0698
job_ask	~people do	-0.0298
job_ask	~people els	-0.1024
job_ask	~people from	-0.0663
job_ask	~people get	-0.0876
job_ask	~people i	-0.0427
job_ask	~people in	-0.183
job_ask	~people is	0.1249
job_ask	~people like	-0.0202
job_ask	~people might	-0.0584
job_ask	~people of	0.0356
job_ask	~people on	-0.1507
job_ask	~people run	-0.0364
job_ask	~people should	0.0963
job_ask	~people to	-0.0583
job_ask	~people who	0.031
job_ask	~people with	0.0645
job_ask	~people without	-0.0324
job_ask	~people work	-0.0333
job_ask	~people would	-0.0651
job_ask	~people you	0.0404
job_ask	~sendverb	0.3832
job_ask	~sendverb it	0.3012
job_ask	~sendverb me	-0.0294
job_ask	~sendverb my	0.518
job_ask	~sendverb on	-0.0363
job_ask	~sendverb over	-0.0219
job_ask	~sendverb the	-0.0202
job_ask	~sendverb what	-0.0247
job_ask	~sendverb you	-0.0646
job_ask	~student	0.562
job_ask	~student analyst	-0.0428
job_ask	~student associ	-0.0934
job_ask	~student at	-0.0639
job_ask	~student be	0.0652
job_ask	~student but	0.0451
job_ask	~student engin	-0.0303
job_ask	~student for	-0.0342
job_ask	~student i	0.0616
job_ask	~student move	-0.0204
job_ask	~student of	0.108
job_ask	~student open	0.1572
job_ask	~student or	0.0658
job_ask	~student posit	0.0386
job_ask	~student program	0.0862
job_ask	~student role	0.1882
job_ask	~student school	-0.0297
job_ask	~student with	0.1161
job_ask	~student you	-0.028
job_ask	~studyverb	-0.2509
job_ask	~studyverb in	-0.0226
job_ask	~studyverb my	-0.0312
job_ask	~studyverb not	-0.0205
job_ask	~studyverb on	0.3708
job_ask	~studyverb the	-0.1355
job_ask	~studyverb this	-0.0235
job_ask	~studyverb would	-0.0421
job_ask	~studyverb you	-0.1726
job_ask	~studyverb your	-0.0247
job_ask	~talk	-0.3599
job_ask	~talk i	-0.0358
job_ask	~talk me	-0.0787
job_ask	~talk of	0.0976
job_ask	~talk out	-0.1378
job_ask	~talk to	-0.152
job_ask	~talk what	0.0368
job_ask	~talk with	-0.1565
job_ask	~talk you	-0.0813
job_ask	~timeunit	-0.0454
job_ask	~timeunit for	0.0226
job_ask	~timeunit or	-0.0243
job_ask	~timeunit you	0.0787
job_ask	~want	-0.1829
job_ask	~want a	0.0452
job_ask	~want an	-0.0406
job_ask	~want ask	0.0469
job_ask	~want be	-0.0477
job_ask	~want for	-0.1718
job_ask	~want gather	-0.0271
job_ask	~want graduat	-0.0311
job_ask	~want grate	0.02
job_ask	~want happili	-0.0203
job_ask	~want help	-0.04
job_ask	~want in	0.2047
job_ask	~want inform	-0.0201
job_ask	~want it	0.1216
job_ask	~want keep	0.1665
job_ask	~want love	0.0753
job_ask	~want my	-0.027
job_ask	~want need	0.0462
job_ask	~want on	0.1133
job_ask	~want point	-0.0523
job_ask	~want realli	0.2179
job_ask	~want recommend	-0.1569
job_ask	~want share	-0.0372
job_ask	~want so	-0.0222
job_ask	~want someon	-0.0218
job_ask	~want suggest	-0.0647
job_ask	~want talk	0.1484
job_ask	~want that	0.1596
job_ask	~want the	0.0216
job_ask	~want this	-0.0397
job_ask	~want to	-0.3609
job_ask	~want valu	-0.0589
job_ask	~want want	-0.0898
job_ask	~want you	0.1233
job_ask	~workverb	-0.3083
job_ask	~workverb a	-0.0365
job_ask	~workverb at	0.0499
job_ask	~workverb for	0.0455
job_ask	~workverb full	-0.0257
job_ask	~workverb in	-0.0647
job_ask	~workverb on	-0.0211
job_ask	~workverb suit	-0.0223
job_ask	~workverb with	-0.0266
referral_ask	*	-3.4243
referral_ask	13	-0.0224
referral_ask	15	0.1181
referral_ask	15 minut	0.1201
referral_ask	15 ~limit	0.1201
referral_ask	15 ~timeunit	0.1201
referral_ask	3	-0.0203
referral_ask	^a	-0.1151
referral_ask	^alright	-0.0223
referral_ask	^also	0.0369
referral_ask	^and	0.0458
referral_ask	^ani	0.2125
referral_ask	^anyon	0.0939
referral_ask	^appreci	-0.0407
referral_ask	^are	-0.0461
referral_ask	^befor	0.1155
referral_ask	^bye	-0.027
referral_ask	^can	0.0674
referral_ask	^cool	0.113
referral_ask	^could	0.2128
referral_ask	^did	-0.0628
referral_ask	^do	0.2439
referral_ask	^even	0.0727
referral_ask	^good	-0.0251
referral_ask	^great	-0.0203
referral_ask	^have	-0.0414
referral_ask	^hey	-0.0533
referral_ask	^hi	-0.1006
referral_ask	^honest	-0.061
referral_ask	^how	-0.5617
referral_ask	^i	-0.3661
referral_ask	^if	0.0421
referral_ask	^in	-0.023
referral_ask	^it	0.0395
referral_ask	^just	-0.0216
referral_ask	^let	-0.0578
referral_ask	^like	-0.0405
referral_ask	^might	0.0814
referral_ask	^mind	-0.0395
referral_ask	^my	-0.0823
referral_ask	^no	-0.0412
referral_ask	^oh	-0.0207
referral_ask	^ok	-0.0682
referral_ask	^okafor	0.1
referral_ask	^one	-0.0233
referral_ask	^onli	0.2136
referral_ask	^quick	-0.0224
referral_ask	^rather	-0.0233
referral_ask	^realli	-0.0328
referral_ask	^right	-0.029
referral_ask	^shall	-0.0222
referral_ask	^should	-0.0327
referral_ask	^sinc	-0.0307
referral_ask	^so	-0.0324
referral_ask	^sorri	-0.1079
referral_ask	^thank	-0.1363
referral_ask	^that	-0.0975
referral_ask	^wait	-0.037
referral_ask	^was	-0.049
referral_ask	^we	-0.045
referral_ask	^what	-0.7242
referral_ask	^when	-0.0342
referral_ask	^where	-0.1139
referral_ask	^whi	-0.0212
referral_ask	^which	-0.1123
referral_ask	^who	0.2351
referral_ask	^whose	0.3474
referral_ask	^would	0.2467
referral_ask	^you	0.2425
referral_ask	a	-0.2338
referral_ask	a beginn	-0.0264
referral_ask	a big	-0.0209
referral_ask	a bit	-0.0647
referral_ask	a career	-0.0667
referral_ask	a chemistri	-0.0275
referral_ask	a colleagu	0.12
referral_ask	a contact	-0.0355
referral_ask	a coupl	0.1351
referral_ask	a differ	0.0817
referral_ask	a few	-0.0795
referral_ask	a first	0.0388
referral_ask	a former	0.091
referral_ask	a gen	-0.0385
referral_ask	a good	-0.1063
referral_ask	a grant	-0.022
referral_ask	a great	0.0454
referral_ask	a hospit	-0.0445
referral_ask	a job	-0.042
referral_ask	a junior	0.1273
referral_ask	a lot	-0.0844
referral_ask	a major	-0.0251
referral_ask	a master	0.0349
referral_ask	a mid	0.0221
referral_ask	a name	0.1663
referral_ask	a new	-0.0322
referral_ask	a nonprofit	0.0717
referral_ask	a nurs	0.0232
referral_ask	a posit	-0.028
referral_ask	a proper	0.0564
referral_ask	a publish	0.036
referral_ask	a quick	0.1446
referral_ask	a second	-0.0806
referral_ask	a sens	0.0298
referral_ask	a shall	-0.0436
referral_ask	a similar	0.0905
referral_ask	a smaller	0.0293
referral_ask	a sophomor	0.0215
referral_ask	a student	0.2796
referral_ask	a technician	-0.0261
referral_ask	a thank	-0.0218
referral_ask	a typic	-0.0303
referral_ask	a while	-0.0418
referral_ask	a ~contactverb	-0.0449
referral_ask	a ~insight	0.0292
referral_ask	a ~job	-0.1191
referral_ask	a ~number	0.0621
referral_ask	a ~org	-0.0898
referral_ask	a ~people	0.0812
referral_ask	a ~student	0.3061
referral_ask	a ~talk	-0.0321
referral_ask	abl	-0.0642
referral_ask	abl to	-0.0642
referral_ask	about	-0.1778
referral_ask	about data	0.0903
referral_ask	about how	-0.0282
referral_ask	about it	-0.0274
referral_ask	about nonprofit	-0.0491
referral_ask	about open	-0.0237
referral_ask	about research	-0.0323
referral_ask	about that	0.0655
referral_ask	about the	0.0917
referral_ask	about what	-0.0478
referral_ask	about your	-0.0541
referral_ask	about ~job	-0.0326
referral_ask	about ~learn	-0.0323
referral_ask	about ~number	0.0667
referral_ask	about ~org	-0.021
referral_ask	absolut	0.131
referral_ask	academia	-0.0549
referral_ask	accept	0.033
referral_ask	accept to	0.0525
referral_ask	account	-0.059
referral_ask	account student	-0.028
referral_ask	account ~student	-0.028
referral_ask	acquisit	0.0352
referral_ask	actual	-0.0981
referral_ask	add	-0.0264
referral_ask	add you	-0.0205
referral_ask	administr	0.089
referral_ask	admir	0.0629
referral_ask	advic	-0.1253
referral_ask	advic someon	-0.054
referral_ask	advic ~people	-0.054
referral_ask	advisor	-0.0227
referral_ask	after	-0.3098
referral_ask	after a	-0.0421
referral_ask	after graduat	-0.0657
referral_ask	after i	-0.1211
referral_ask	after my	-0.0232
referral_ask	after ~number	-0.0624
referral_ask	afternoon	-0.024
referral_ask	again	-0.1936
referral_ask	again after	-0.0868
referral_ask	again in	-0.025
referral_ask	again onc	-0.0338
referral_ask	again this	0.0227
referral_ask	again ~want	-0.0868
referral_ask	agenc	0.0552
referral_ask	agenc and	-0.0276
referral_ask	agenc side	0.1376
referral_ask	agenc ~org	0.1376
referral_ask	agre	-0.0757
referral_ask	agre to	-0.0623
referral_ask	all	-0.0812
referral_ask	all right	-0.0469
referral_ask	all the	-0.0212
referral_ask	all ~number	-0.0212
referral_ask	almost	0.0339
referral_ask	almost out	0.0374
referral_ask	along	0.074
referral_ask	along to	-0.0471
referral_ask	alreadi	-0.0249
referral_ask	alright	-0.0567
referral_ask	alright if	-0.0385
referral_ask	also	0.2364
referral_ask	also in	0.0308
referral_ask	also is	0.0369
referral_ask	alumni from	0.0685
referral_ask	am	-0.4277
referral_ask	am a	-0.1124
referral_ask	am appli	-0.0224
referral_ask	am at	-0.0558
referral_ask	am explor	0.0739
referral_ask	am not	-0.064
referral_ask	am tri	-0.0223
referral_ask	am your	-0.0219
referral_ask	am ~number	-0.1222
referral_ask	am ~studyverb	-0.0203
referral_ask	am ~want	-0.0876
referral_ask	an	-0.0357
referral_ask	an entri	-0.0272
referral_ask	an exercis	-0.0297
referral_ask	an interview	-0.1119
referral_ask	an intro	0.1668
referral_ask	an introduct	0.1663
referral_ask	an updat	-0.0258
referral_ask	an ~job	-0.0269
referral_ask	an ~student	-0.0202
referral_ask	an ~talk	-0.1099
referral_ask	analyst	-0.1784
referral_ask	analyst open	-0.0485
referral_ask	analyst ~job	-0.0903
referral_ask	and	-0.3621
referral_ask	and go	-0.0356
referral_ask	and how	0.0208
referral_ask	and i	-0.1481
referral_ask	and if	0.0335
referral_ask	and mention	-0.0234
referral_ask	and we	-0.032
referral_ask	and would	0.0496
referral_ask	and ~number	-0.0283
referral_ask	and ~want	0.0414
referral_ask	ani	-0.0744
referral_ask	ani alumni	0.0685
referral_ask	ani book	-0.082
referral_ask	ani chanc	0.1762
referral_ask	ani colleagu	0.107
referral_ask	ani open	-0.0312
referral_ask	ani profession	-0.0216
referral_ask	ani summer	-0.022
referral_ask	ani way	-0.0531
referral_ask	ani ~job	-0.0327
referral_ask	ani ~people	0.2248
referral_ask	ani ~student	-0.0457
referral_ask	anybodi	0.4206
referral_ask	anybodi in	0.2181
referral_ask	anybodi who	0.1025
referral_ask	anybodi ~people	0.1025
referral_ask	anyon	0.7962
referral_ask	anyon at	0.199
referral_ask	anyon come	0.0553
referral_ask	anyon els	0.235
referral_ask	anyon in	0.1987
referral_ask	anyon on	0.0777
referral_ask	anyon who	-0.039
referral_ask	anyon ~people	-0.039
referral_ask	anyth	-0.2618
referral_ask	anyth i	-0.0749
referral_ask	anyth open	-0.0421
referral_ask	anyth you	-0.0331
referral_ask	app	-0.0353
referral_ask	appli	-0.1762
referral_ask	appli for	-0.0303
referral_ask	appli to	-0.1139
referral_ask	applic	-0.0371
referral_ask	appreci	-0.1058
referral_ask	appreci the	-0.0226
referral_ask	appreci you	-0.0593
referral_ask	appreci ~number	-0.024
referral_ask	approach	-0.0933
referral_ask	architectur	-0.0242
referral_ask	are	-0.1451
referral_ask	are almost	0.0374
referral_ask	are at	-0.042
referral_ask	are near	0.0262
referral_ask	are squeez	0.0205
referral_ask	are the	-0.0603
referral_ask	are there	0.0411
referral_ask	are worth	-0.0253
referral_ask	are you	-0.1176
referral_ask	are your	-0.0718
referral_ask	are ~job	-0.0242
referral_ask	are ~number	-0.0406
referral_ask	are ~want	0.0358
referral_ask	area	0.1604
referral_ask	articl	-0.0478
referral_ask	articl i	-0.0293
referral_ask	as	-0.1364
referral_ask	as a	-0.0645
referral_ask	as peopl	-0.0237
referral_ask	as ~number	-0.0716
referral_ask	as ~people	-0.0376
referral_ask	ask	-0.2275
referral_ask	ask about	0.041
referral_ask	ask one	-0.0635
referral_ask	ask ~number	-0.0694
referral_ask	ask ~people	-0.0662
referral_ask	assist	-0.0201
referral_ask	associ	0.0606
referral_ask	associ or	-0.0426
referral_ask	associ you	0.0417
referral_ask	at	0.3532
referral_ask	at a	0.0568
referral_ask	at all	-0.022
referral_ask	at confer	-0.0957
referral_ask	at deloitt	0.1456
referral_ask	at like	-0.0283
referral_ask	at my	-0.0789
referral_ask	at the	0.2967
referral_ask	at this	-0.0244
referral_ask	at uw	0.1059
referral_ask	at ~number	0.3429
referral_ask	audit	-0.0321
referral_ask	author	0.0385
referral_ask	back	-0.1181
referral_ask	back after	-0.0538
referral_ask	back in	-0.0212
referral_ask	back ~want	-0.0538
referral_ask	bank	-0.063
referral_ask	be	0.1355
referral_ask	be a	0.061
referral_ask	be abl	-0.0638
referral_ask	be alright	-0.0267
referral_ask	be comfort	0.0572
referral_ask	be consid	-0.0736
referral_ask	be down	0.0931
referral_ask	be glad	-0.1397
referral_ask	be good	0.0643
referral_ask	be grate	0.0288
referral_ask	be great	-0.0743
referral_ask	be happi	-0.0312
referral_ask	be ok	0.046
referral_ask	be open	0.0517
referral_ask	be read	-0.0748
referral_ask	be realli	0.0684
referral_ask	be so	0.0317
referral_ask	be talk	0.0464
referral_ask	be the	-0.0455
referral_ask	be thrill	-0.021
referral_ask	be up	0.0809
referral_ask	be use	-0.1243
referral_ask	be will	0.0712
referral_ask	be worth	0.0532
referral_ask	be ~help	-0.1243
referral_ask	be ~later	0.0931
referral_ask	be ~talk	0.0743
referral_ask	be ~want	0.0684
referral_ask	becaus	-0.0392
referral_ask	becom	-0.0308
referral_ask	been	-0.118
referral_ask	been wonder	-0.0261
referral_ask	been ~number	-0.0272
referral_ask	befor	0.0448
referral_ask	befor we	0.0495
referral_ask	befor you	0.0776
referral_ask	beginn	-0.0301
referral_ask	berlin	0.0955
referral_ask	best	0.0284
referral_ask	best person	0.0859
referral_ask	best way	-0.0336
referral_ask	best ~people	0.0859
referral_ask	beta	-0.0321
referral_ask	beta test	-0.0268
referral_ask	better	-0.0695
referral_ask	better to	-0.057
referral_ask	between	-0.0565
referral_ask	big	-0.0922
referral_ask	big ~people	-0.0726
referral_ask	biggest	-0.0752
referral_ask	biggest influenc	-0.0596
referral_ask	biotech sale	0.0291
referral_ask	bit	-0.0766
referral_ask	bit of	-0.0423
referral_ask	book	-0.1655
referral_ask	book or	-0.0549
referral_ask	book would	-0.0315
referral_ask	book you	-0.0569
referral_ask	book ~want	-0.0315
referral_ask	bootcamp	0.0279
referral_ask	both	0.1292
referral_ask	brain	0.277
referral_ask	break	-0.0412
referral_ask	budget	-0.0258
referral_ask	build	-0.0436
referral_ask	busi	-0.0221
referral_ask	but	-0.0563
referral_ask	by	-0.0871
referral_ask	by email	-0.0666
referral_ask	by ~contactverb	-0.0666
referral_ask	by ~sendverb	-0.0666
referral_ask	by ~talk	-0.0666
referral_ask	bye	-0.035
referral_ask	call	-0.0464
referral_ask	call it	-0.0319
referral_ask	call when	-0.0468
referral_ask	call ~limit	-0.0302
referral_ask	came	0.0606
referral_ask	came from	0.0327
referral_ask	can	-0.1074
referral_ask	can be	-0.0409
referral_ask	can do	-0.0263
referral_ask	can get	-0.0247
referral_ask	can give	0.0612
referral_ask	can help	-0.0229
referral_ask	can i	0.0536
referral_ask	can see	0.031
referral_ask	can we	-0.0212
referral_ask	card	-0.0265
referral_ask	care	-0.0726
referral_ask	career	-0.0335
referral_ask	career changer	-0.0442
referral_ask	career in	0.0748
referral_ask	career ~student	-0.0416
referral_ask	case	-0.0462
referral_ask	case studi	-0.0225
referral_ask	case ~studyverb	-0.0225
referral_ask	certif	-0.0647
referral_ask	chain	0.0689
referral_ask	chanc	0.1668
referral_ask	chanc you	0.2022
referral_ask	chang	-0.0858
referral_ask	changer	-0.0442
referral_ask	chat	0.137
referral_ask	chat i	0.033
referral_ask	chat with	0.1134
referral_ask	check	-0.086
referral_ask	check in	-0.048
referral_ask	cheer	-0.0239
referral_ask	chemistri	-0.047
referral_ask	chemistri teacher	-0.0224
referral_ask	chemistri ~student	-0.0287
referral_ask	choos	-0.0339
referral_ask	citi	-0.031
referral_ask	citi govern	-0.0202
referral_ask	client	-0.1457
referral_ask	clinic	0.0286
referral_ask	clinic work	0.0887
referral_ask	clinic ~learn	0.0852
referral_ask	clinic ~workverb	0.0887
referral_ask	close	-0.0948
referral_ask	cohort	0.0239
referral_ask	cold	-0.0536
referral_ask	collabor	-0.0373
referral_ask	colleagu	0.364
referral_ask	colleagu i	0.0851
referral_ask	colleagu of	0.0689
referral_ask	colleagu who	0.107
referral_ask	colleagu you	0.037
referral_ask	colleagu ~people	0.107
referral_ask	collect	-0.036
referral_ask	colleg	-0.0853
referral_ask	come	0.0803
referral_ask	come in	-0.0203
referral_ask	come to	0.2686
referral_ask	come up	-0.1219
referral_ask	comfort	0.3369
referral_ask	comfort connect	0.1331
referral_ask	comfort introduc	0.0537
referral_ask	comfort ~talk	0.1331
referral_ask	commerci	0.0359
referral_ask	commit	0.0443
referral_ask	commit to	0.0522
referral_ask	committe	-0.0549
referral_ask	common	-0.0238
referral_ask	communiti	-0.1404
referral_ask	communiti colleg	-0.0578
referral_ask	communiti for	-0.0243
referral_ask	compani	-0.151
referral_ask	compani has	-0.0221
referral_ask	complet	-0.0212
referral_ask	complianc	0.0826
referral_ask	complianc ~org	0.0293
referral_ask	confer	-0.2378
referral_ask	connect	0.1023
referral_ask	connect me	0.208
referral_ask	connect with	-0.1045
referral_ask	consid	-0.1048
referral_ask	consid for	-0.0294
referral_ask	consult	-0.0306
referral_ask	contact	0.2007
referral_ask	contact with	-0.0437
referral_ask	convers	0.0573
referral_ask	cool	0.0969
referral_ask	cool cool	0.1098
referral_ask	coordin	-0.0276
referral_ask	coordin ~job	-0.0242
referral_ask	corpor	-0.0315
referral_ask	could	0.628
referral_ask	could chat	0.0363
referral_ask	could do	-0.029
referral_ask	could get	-0.0559
referral_ask	could i	-0.079
referral_ask	could introduc	0.0783
referral_ask	could pass	0.1162
referral_ask	could reach	0.0719
referral_ask	could refer	-0.0516
referral_ask	could talk	0.1469
referral_ask	could tri	-0.0474
referral_ask	could you	0.3296
referral_ask	could ~contactverb	0.1606
referral_ask	could ~help	-0.0463
referral_ask	could ~learn	-0.0616
referral_ask	could ~sendverb	0.1148
referral_ask	could ~talk	0.2311
referral_ask	could ~want	-0.0474
referral_ask	count	-0.0235
referral_ask	counti	0.0243
referral_ask	coupl	0.1351
referral_ask	coupl of	0.1581
referral_ask	cours	-0.0722
referral_ask	cover	-0.0472
referral_ask	cover everyth	-0.0391
referral_ask	cowork	0.1518
referral_ask	credit	-0.0461
referral_ask	credit analyst	-0.0339
referral_ask	curious about	-0.0811
referral_ask	cut	-0.023
referral_ask	data	0.0249
referral_ask	data engin	0.0943
referral_ask	data scienc	-0.054
referral_ask	data team	0.0565
referral_ask	data ~org	0.0542
referral_ask	day	-0.1298
referral_ask	day to	-0.0287
referral_ask	decid	-0.0825
referral_ask	decid to	-0.0368
referral_ask	definit	-0.0294
referral_ask	degre	-0.0926
referral_ask	deloitt	0.1456
referral_ask	denver	0.0722
referral_ask	depart	0.0716
referral_ask	depart you	0.0476
referral_ask	describ	-0.053
referral_ask	describ ~number	-0.0282
referral_ask	design	0.0358
referral_ask	design ~job	-0.0234
referral_ask	develop	-0.0382
referral_ask	did	-0.1255
referral_ask	did anyon	-0.0277
referral_ask	did not	-0.0385
referral_ask	did that	0.037
referral_ask	did you	-0.1283
referral_ask	did ~people	-0.0277
referral_ask	differ from	-0.0201
referral_ask	differ ~insight	0.0827
referral_ask	direct	0.0252
referral_ask	director	-0.0205
referral_ask	do	-0.1977
referral_ask	do most	-0.0761
referral_ask	do not	0.0629
referral_ask	do peopl	-0.0715
referral_ask	do research	-0.0515
referral_ask	do to	-0.0448
referral_ask	do you	0.2053
referral_ask	do ~learn	-0.0476
referral_ask	do ~number	-0.0304
referral_ask	do ~people	-0.0715
referral_ask	doe	-0.046
referral_ask	doe a	-0.0217
referral_ask	doe anyon	0.0617
referral_ask	doe it	-0.0239
referral_ask	doe your	-0.0712
referral_ask	doe ~number	-0.0354
referral_ask	doe ~people	0.1205
referral_ask	done	0.046
referral_ask	done the	0.0246
referral_ask	done ~number	0.0237
referral_ask	down	0.0406
referral_ask	down to	0.0931
referral_ask	dr	0.0914
referral_ask	drop	-0.0251
referral_ask	dure	-0.021
referral_ask	each	-0.0278
referral_ask	earli	-0.0697
referral_ask	earli on	-0.0523
referral_ask	earlier	0.4246
referral_ask	ecolog	0.0734
referral_ask	educ	0.1159
referral_ask	educ i	0.0643
referral_ask	electrician	-0.0239
referral_ask	els	0.4707
referral_ask	els do	0.0623
referral_ask	els in	0.0841
referral_ask	els on	0.0336
referral_ask	els should	0.1116
referral_ask	els would	0.0612
referral_ask	els you	0.1385
referral_ask	els ~help	0.0623
referral_ask	els ~want	0.0612
referral_ask	email	-0.0285
referral_ask	email or	-0.0531
referral_ask	email to	0.0662
referral_ask	email with	-0.0308
referral_ask	email you	-0.1122
referral_ask	email ~number	-0.0323
referral_ask	end	-0.1501
referral_ask	end up	-0.0434
referral_ask	end your	-0.0273
referral_ask	engin	0.0351
referral_ask	enough	-0.0203
referral_ask	entri	-0.0415
referral_ask	entri level	-0.0415
referral_ask	environment	0.0295
referral_ask	environment scienc	0.0256
referral_ask	especi	0.0222
referral_ask	estat	0.0407
referral_ask	ethic	-0.0446
referral_ask	even	0.0472
referral_ask	evening	-0.0303
referral_ask	event	-0.0247
referral_ask	ever	-0.307
referral_ask	ever be	-0.0285
referral_ask	ever need	-0.1
referral_ask	ever want	-0.0595
referral_ask	ever ~help	-0.0251
referral_ask	ever ~want	-0.0484
referral_ask	everi	-0.0255
referral_ask	everyth	-0.0849
referral_ask	everyth i	-0.0448
referral_ask	exam	-0.0275
referral_ask	exercis	-0.0463
referral_ask	exercis to	-0.0306
referral_ask	experi	-0.0416
referral_ask	explor	0.063
referral_ask	explor career	0.0959
referral_ask	extra	-0.026
referral_ask	fair	0.0293
referral_ask	fall and	-0.0505
referral_ask	favor	-0.0311
referral_ask	feel	0.0758
referral_ask	feel comfort	0.0978
referral_ask	few	-0.1175
referral_ask	few field	-0.0662
referral_ask	few minut	-0.0257
referral_ask	few month	-0.0536
referral_ask	few question	0.0259
referral_ask	few ~duration	-0.0731
referral_ask	few ~limit	-0.0257
referral_ask	few ~timeunit	-0.0257
referral_ask	field	-0.1719
referral_ask	field befor	-0.0662
referral_ask	field i	-0.0471
referral_ask	field or	-0.0232
referral_ask	field work	0.0265
referral_ask	field ~workverb	0.0265
referral_ask	fill	-0.0491
referral_ask	final	-0.0648
referral_ask	final ~talk	-0.0432
referral_ask	financ	-0.0695
referral_ask	find	-0.1162
referral_ask	find out	-0.0277
referral_ask	finish the	-0.0289
referral_ask	finish up	0.0674
referral_ask	finish ~number	-0.0361
referral_ask	fintech	0.0662
referral_ask	firm i	0.0682
referral_ask	first	0.1376
referral_ask	first gen	-0.0726
referral_ask	first role	-0.0208
referral_ask	first year	0.1096
referral_ask	first ~duration	0.1096
referral_ask	fit	-0.0499
referral_ask	fit me	-0.0243
referral_ask	folk	0.0642
referral_ask	folk in	0.0802
referral_ask	follow	-0.129
referral_ask	follow up	-0.0927
referral_ask	for	-0.68
referral_ask	for a	0.1183
referral_ask	for agre	-0.0374
referral_ask	for it	0.0477
referral_ask	for me	-0.091
referral_ask	for new	-0.0404
referral_ask	for peopl	-0.0233
referral_ask	for someon	-0.1225
referral_ask	for squeez	-0.0206
referral_ask	for that	-0.0219
referral_ask	for the	-0.1577
referral_ask	for this	0.0823
referral_ask	for to	0.0404
referral_ask	for you	-0.0614
referral_ask	for your	-0.0523
referral_ask	for ~number	-0.034
referral_ask	for ~people	-0.1477
referral_ask	for ~talk	-0.0377
referral_ask	forget i	-0.0238
referral_ask	former	0.2307
referral_ask	former colleagu	0.0234
referral_ask	former ~people	0.0719
referral_ask	former ~student	0.07
referral_ask	forward my	0.0364
referral_ask	free	-0.0523
referral_ask	friend	0.1233
referral_ask	from	0.1172
referral_ask	from academia	-0.047
referral_ask	from i	0.054
referral_ask	from me	-0.0392
referral_ask	from my	-0.0218
referral_ask	from our	0.0271
referral_ask	from peopl	-0.042
referral_ask	from someon	0.0613
referral_ask	from start	-0.0221
referral_ask	from teach	0.125
referral_ask	from your	0.0558
referral_ask	from ~workverb	0.1231
referral_ask	full	-0.048
referral_ask	game	-0.1322
referral_ask	game design	-0.0419
referral_ask	gather	0.0429
referral_ask	gave	-0.0224
referral_ask	gave me	-0.0224
referral_ask	gen	-0.1111
referral_ask	gen z	-0.0385
referral_ask	get	-0.2126
referral_ask	get a	0.0423
referral_ask	get an	0.1204
referral_ask	get in	-0.0218
referral_ask	get into	-0.0745
referral_ask	get me	-0.0869
referral_ask	get to	-0.0217
referral_ask	get ~number	0.1689
referral_ask	give	-0.0231
referral_ask	give me	0.0758
referral_ask	give someon	-0.0463
referral_ask	give ~people	-0.0784
referral_ask	glad	-0.1633
referral_ask	glad to	-0.1418
referral_ask	go	-0.1781
referral_ask	go for	0.0284
referral_ask	go freelanc	0.0227
referral_ask	go from	-0.0567
referral_ask	go into	-0.0519
referral_ask	go is	0.0518
referral_ask	go straight	-0.0481
referral_ask	go to	-0.0527
referral_ask	go ~want	-0.0251
referral_ask	goe	-0.0511
referral_ask	gone	0.0433
referral_ask	good	-0.1417
referral_ask	good at	-0.0425
referral_ask	good one	-0.0207
referral_ask	good time	-0.0219
referral_ask	good to	0.0529
referral_ask	good word	-0.0363
referral_ask	good ~closing	-0.0402
referral_ask	good ~limit	-0.0455
referral_ask	good ~number	-0.0207
referral_ask	good ~people	-0.0207
referral_ask	got	-0.1115
referral_ask	got to	-0.0277
referral_ask	govern	-0.0284
referral_ask	grad	-0.0736
referral_ask	graduat	-0.124
referral_ask	grant	0.0493
referral_ask	grant applic	-0.0211
referral_ask	grant write	0.0757
referral_ask	grant ~application	-0.0211
referral_ask	grate	-0.0251
referral_ask	grate for	0.0583
referral_ask	grate if	-0.0563
referral_ask	grate you	-0.0261
referral_ask	great	-0.0625
referral_ask	great to	-0.1134
referral_ask	group	-0.0746
referral_ask	growth	-0.0215
referral_ask	had	-0.0711
referral_ask	had a	-0.022
referral_ask	had ~number	-0.0239
referral_ask	handl	-0.0508
referral_ask	happen	0.0992
referral_ask	happen to	0.1175
referral_ask	happi	-0.0697
referral_ask	happi to	-0.0568
referral_ask	hard	-0.0575
referral_ask	have	-0.2593
referral_ask	have 15	0.1555
referral_ask	have a	0.0646
referral_ask	have been	-0.0659
referral_ask	have finish	-0.021
referral_ask	have got	-0.0369
referral_ask	have not	-0.0415
referral_ask	have talk	-0.0255
referral_ask	have to	-0.0271
referral_ask	have ~number	0.2105
referral_ask	have ~studyverb	-0.0339
referral_ask	have ~workverb	-0.0738
referral_ask	head	-0.042
referral_ask	health	0.1218
referral_ask	health depart	0.0476
referral_ask	health tech	0.0875
referral_ask	health ~org	0.0463
referral_ask	health ~student	0.0875
referral_ask	healthcar	-0.0226
referral_ask	hear	0.4125
referral_ask	hear about	0.0309
referral_ask	hear from	0.1706
referral_ask	hear how	-0.028
referral_ask	hear their	0.1474
referral_ask	help	-0.2591
referral_ask	help with	-0.1034
referral_ask	help you	-0.0902
referral_ask	her	0.4456
referral_ask	here	-0.2166
referral_ask	here i	-0.0762
referral_ask	here so	-0.0504
referral_ask	hesit	-0.0252
referral_ask	hesit to	-0.0252
referral_ask	hey	-0.0533
referral_ask	hi	-0.1006
referral_ask	hi mr	-0.0222
referral_ask	high	-0.0266
referral_ask	high school	-0.0232
referral_ask	high ~org	-0.0232
referral_ask	hire	-0.3031
referral_ask	hire at	-0.0206
referral_ask	hire manag	-0.049
referral_ask	hire peopl	-0.0204
referral_ask	hire right	-0.0782
referral_ask	hire ~gatekeeper	-0.049
referral_ask	hire ~people	-0.0204
referral_ask	hire ~student	-0.0452
referral_ask	home	0.0329
referral_ask	homework	-0.0652
referral_ask	honest	-0.1366
referral_ask	honest i	-0.0253
referral_ask	honest if	-0.0335
referral_ask	honest ~insight	-0.031
referral_ask	hope	-0.0243
referral_ask	hospit	0.0351
referral_ask	hospit administr	0.0982
referral_ask	hospit staf	-0.0216
referral_ask	hour	-0.2026
referral_ask	hour or	-0.0517
referral_ask	hour so	0.0325
referral_ask	hour would	-0.0313
referral_ask	hour ~want	-0.0313
referral_ask	how	-0.8075
referral_ask	how did	-0.0541
referral_ask	how do	-0.1569
referral_ask	how doe	-0.042
referral_ask	how is	-0.0332
referral_ask	how long	0.0208
referral_ask	how much	-0.0249
referral_ask	how often	-0.051
referral_ask	how the	-0.0535
referral_ask	how would	-0.1346
referral_ask	how you	-0.143
referral_ask	how ~help	-0.1569
referral_ask	how ~number	-0.07
referral_ask	how ~studyverb	-0.0541
referral_ask	how ~want	-0.1346
referral_ask	howard	0.0316
referral_ask	i	-0.195
referral_ask	i absolut	0.131
referral_ask	i add	-0.0205
referral_ask	i am	-0.4277
referral_ask	i appli	-0.0403
referral_ask	i ask	-0.1059
referral_ask	i be	0.0286
referral_ask	i can	-0.1221
referral_ask	i commit	0.0522
referral_ask	i connect	-0.0476
referral_ask	i contact	0.0864
referral_ask	i could	0.0994
referral_ask	i do	-0.0684
referral_ask	i email	0.1358
referral_ask	i end	-0.0253
referral_ask	i follow	-0.042
referral_ask	i go	0.0293
referral_ask	i had	-0.0289
referral_ask	i have	-0.284
referral_ask	i hear	0.137
referral_ask	i just	-0.0434
referral_ask	i know	-0.0841
referral_ask	i mention	-0.0288
referral_ask	i might	0.1177
referral_ask	i pick	-0.0762
referral_ask	i reach	0.1149
referral_ask	i realli	-0.0521
referral_ask	i send	-0.1012
referral_ask	i should	0.2525
referral_ask	i speak	0.1261
referral_ask	i talk	0.0302
referral_ask	i think	-0.125
referral_ask	i took	-0.022
referral_ask	i want	-0.1476
referral_ask	i will	-0.304
referral_ask	i would	0.2146
referral_ask	i ~contactverb	0.3006
referral_ask	i ~help	-0.0811
referral_ask	i ~learn	-0.1323
referral_ask	i ~people	0.0864
referral_ask	i ~sendverb	-0.0329
referral_ask	i ~studyverb	-0.0372
referral_ask	i ~talk	0.4842
referral_ask	i ~want	-0.0549
referral_ask	idea	-0.0217
referral_ask	if	0.1854
referral_ask	if a	0.0422
referral_ask	if anyon	0.0489
referral_ask	if anyth	-0.0586
referral_ask	if i	-0.1539
referral_ask	if someth	-0.0296
referral_ask	if that	-0.0884
referral_ask	if there	0.0367
referral_ask	if they	0.0974
referral_ask	if you	0.2982
referral_ask	if your	0.1355
referral_ask	if ~people	0.0489
referral_ask	in	0.2254
referral_ask	in a	-0.2721
referral_ask	in biotech	0.028
referral_ask	in financ	-0.0602
referral_ask	in fintech	0.0676
referral_ask	in hospit	0.0522
referral_ask	in hour	-0.0568
referral_ask	in mind	-0.0439
referral_ask	in museum	0.1338
referral_ask	in my	0.2369
referral_ask	in pediatr	0.1325
referral_ask	in polici	0.0629
referral_ask	in product	0.0892
referral_ask	in return	-0.0393
referral_ask	in risk	-0.0253
referral_ask	in some	-0.0205
referral_ask	in the	0.3148
referral_ask	in their	0.095
referral_ask	in this	-0.084
referral_ask	in touch	0.0561
referral_ask	in with	-0.0231
referral_ask	in your	0.1665
referral_ask	in ~contactverb	0.0382
referral_ask	in ~help	-0.0393
referral_ask	in ~limit	-0.0572
referral_ask	in ~number	0.03
referral_ask	in ~org	0.0482
referral_ask	in ~people	-0.025
referral_ask	in ~timeunit	-0.0568
referral_ask	industri	-0.1166
referral_ask	influenc	-0.0596
referral_ask	inform	0.0657
referral_ask	inform about	0.0946
referral_ask	insight	-0.0201
referral_ask	instruct	0.0208
referral_ask	instruct design	0.0208
referral_ask	interest	-0.0537
referral_ask	interest in	-0.0287
referral_ask	intern	-0.051
referral_ask	internal	-0.0579
referral_ask	internship	-0.0531
referral_ask	interrupt	-0.0231
referral_ask	interview	-0.1428
referral_ask	interview with	-0.0284
referral_ask	into	-0.2747
referral_ask	into data	-0.0216
referral_ask	into instruct	-0.0661
referral_ask	into nurs	-0.0385
referral_ask	into product	-0.057
referral_ask	into this	-0.0211
referral_ask	into ux	0.033
referral_ask	into ~number	-0.0224
referral_ask	intro	0.624
referral_ask	intro me	0.3578
referral_ask	introduc	0.2566
referral_ask	introduc me	0.2113
referral_ask	introduct	0.129
referral_ask	introduct to	0.1716
referral_ask	is	-0.4156
referral_ask	is a	-0.02
referral_ask	is all	-0.0467
referral_ask	is anyon	0.0591
referral_ask	is been	-0.0592
referral_ask	is better	-0.0521
referral_ask	is done	0.1086
referral_ask	is ever	-0.0254
referral_ask	is everyth	-0.0311
referral_ask	is gone	0.0453
referral_ask	is hire	-0.0725
referral_ask	is it	-0.2022
referral_ask	is like	-0.0504
referral_ask	is one	-0.0209
referral_ask	is realli	-0.0269
referral_ask	is the	-0.0389
referral_ask	is there	0.449
referral_ask	is to	-0.0228
referral_ask	is your	-0.0377
referral_ask	is ~gatekeeper	-0.0725
referral_ask	is ~hiring	-0.0725
referral_ask	is ~number	-0.0945
referral_ask	is ~people	0.0527
referral_ask	is ~talk	-0.0228
referral_ask	is ~want	-0.0497
referral_ask	is ~workverb	-0.0448
referral_ask	it	-0.1198
referral_ask	it along	0.1326
referral_ask	it be	0.148
referral_ask	it from	-0.0318
referral_ask	it help	-0.0535
referral_ask	it if	0.166
referral_ask	it is	-0.1104
referral_ask	it ok	-0.0531
referral_ask	it possibl	-0.0272
referral_ask	it seem	-0.023
referral_ask	it short	0.023
referral_ask	it sound	0.0666
referral_ask	it take	-0.0247
referral_ask	it there	-0.0418
referral_ask	it to	0.1655
referral_ask	it ~help	-0.0518
referral_ask	it ~insight	-0.0259
referral_ask	it ~limit	-0.0293
referral_ask	it ~want	-0.0369
referral_ask	job	-0.2207
referral_ask	join	-0.0441
referral_ask	jordan	0.0543
referral_ask	journalist you	-0.0202
referral_ask	jump	-0.0603
referral_ask	jump from	-0.0278
referral_ask	junior	0.0893
referral_ask	junior design	0.1289
referral_ask	junior ~student	0.1282
referral_ask	just	-0.1867
referral_ask	just start	-0.0597
referral_ask	just to	-0.0288
referral_ask	just ~talk	-0.0297
referral_ask	just ~want	-0.0362
referral_ask	keep	-0.2081
referral_ask	keep in	-0.1147
referral_ask	keep it	0.0275
referral_ask	keep me	-0.0514
referral_ask	keep you	-0.0294
referral_ask	kind of	-0.05
referral_ask	know	0.344
referral_ask	know ani	0.0503
referral_ask	know anybodi	0.2511
referral_ask	know anyon	0.0997
referral_ask	know how	-0.0535
referral_ask	know i	-0.0249
referral_ask	know if	-0.0902
referral_ask	know of	-0.0705
referral_ask	know we	0.0734
referral_ask	know which	-0.0282
referral_ask	know you	-0.0479
referral_ask	know your	-0.027
referral_ask	know ~people	0.4523
referral_ask	lab	0.1063
referral_ask	last	-0.0446
referral_ask	last thing	0.0417
referral_ask	late	-0.0371
referral_ask	later	0.0548
referral_ask	later on	-0.0315
referral_ask	lead	-0.0228
referral_ask	lead ~number	0.0559
referral_ask	lead ~people	-0.0311
referral_ask	leadership	0.0214
referral_ask	learn	-0.0926
referral_ask	learn about	-0.0363
referral_ask	learn from	0.0581
referral_ask	learn more	-0.023
referral_ask	leav	-0.032
referral_ask	leav it	-0.0246
referral_ask	leav the	-0.0325
referral_ask	leav ~number	-0.0325
referral_ask	left	0.058
referral_ask	let	-0.2996
referral_ask	let me	-0.098
referral_ask	let us	-0.0202
referral_ask	let you	-0.1556
referral_ask	level	-0.0616
referral_ask	level ~job	-0.0215
referral_ask	licens	0.0208
referral_ask	like for	-0.0317
referral_ask	like i	0.0361
referral_ask	like in	-0.053
referral_ask	like me	0.1314
referral_ask	like the	-0.0258
referral_ask	like to	-0.0288
referral_ask	like your	-0.0259
referral_ask	like ~number	-0.049
referral_ask	line	-0.025
referral_ask	linkedin	-0.289
referral_ask	linkedin if	-0.0519
referral_ask	list	-0.0223
referral_ask	logist	0.0818
referral_ask	london	0.0624
referral_ask	long did	0.0355
referral_ask	long ~studyverb	0.0355
referral_ask	look	-0.1819
referral_ask	look like	-0.0846
referral_ask	look over	-0.0284
referral_ask	lot	-0.0844
referral_ask	lot of	-0.0714
referral_ask	love	0.3814
referral_ask	love a	0.027
referral_ask	love an	0.161
referral_ask	love it	0.1173
referral_ask	love to	0.1052
referral_ask	love ~number	0.188
referral_ask	lunch	-0.03
referral_ask	made	-0.0331
referral_ask	made you	-0.0411
referral_ask	main	-0.1062
referral_ask	main client	-0.0686
referral_ask	major	-0.0505
referral_ask	make	-0.1361
referral_ask	make someon	-0.0439
referral_ask	make the	-0.0312
referral_ask	make ~number	-0.0438
referral_ask	make ~people	-0.0439
referral_ask	manag	0.1633
referral_ask	manag at	0.1534
referral_ask	manag be	0.0344
referral_ask	manag who	0.0392
referral_ask	manag ~people	0.0392
referral_ask	master	0.1219
referral_ask	master program	-0.0236
referral_ask	materi	-0.0389
referral_ask	matter	-0.0772
referral_ask	matter most	-0.0514
referral_ask	may	-0.0289
referral_ask	mayb	0.3006
referral_ask	mba	0.0236
referral_ask	me	0.6467
referral_ask	me a	-0.0253
referral_ask	me about	-0.0473
referral_ask	me an	-0.0982
referral_ask	me better	0.0245
referral_ask	me for	-0.0648
referral_ask	me i	-0.0337
referral_ask	me in	0.1621
referral_ask	me internal	-0.0536
referral_ask	me know	-0.0664
referral_ask	me more	0.0833
referral_ask	me some	0.0402
referral_ask	me stop	-0.0253
referral_ask	me the	0.0479
referral_ask	me through	-0.0553
referral_ask	me to	0.5713
referral_ask	me too	0.0233
referral_ask	me toward	0.1865
referral_ask	me with	0.192
referral_ask	me your	-0.0241
referral_ask	me ~learn	-0.075
referral_ask	me ~number	-0.0756
referral_ask	me ~talk	-0.0668
referral_ask	media	0.0201
referral_ask	meet	-0.0713
referral_ask	meet at	-0.0512
referral_ask	meet so	0.023
referral_ask	meet with	-0.02
referral_ask	meet you	-0.0358
referral_ask	meetup	-0.0604
referral_ask	mention	0.4738
referral_ask	mention about	-0.0202
referral_ask	mention the	0.0278
referral_ask	mention you	-0.0517
referral_ask	mention your	0.1479
referral_ask	mention ~number	0.0278
referral_ask	mentor	-0.0647
referral_ask	mid	0.0221
referral_ask	mid size	0.0221
referral_ask	might	0.5985
referral_ask	might be	0.09
referral_ask	might share	0.159
referral_ask	might ~contactverb	0.1226
referral_ask	might ~sendverb	0.159
referral_ask	might ~talk	0.1226
referral_ask	militari	0.0398
referral_ask	mind	0.3226
referral_ask	mind if	-0.1075
referral_ask	mind of	0.044
referral_ask	minut	0.0297
referral_ask	minut and	-0.025
referral_ask	minut for	0.1578
referral_ask	minut left	-0.0215
referral_ask	moment	-0.0268
referral_ask	month	-0.1984
referral_ask	month to	-0.0316
referral_ask	more	-0.1658
referral_ask	more about	-0.037
referral_ask	more question	-0.0906
referral_ask	more ~insight	0.0947
referral_ask	most	-0.3286
referral_ask	most close	-0.046
referral_ask	most in	-0.0347
referral_ask	most peopl	-0.0635
referral_ask	most ~people	-0.0635
referral_ask	move	-0.0313
referral_ask	mph	0.0281
referral_ask	mr	-0.0222
referral_ask	ms	-0.033
referral_ask	msw	-0.0206
referral_ask	msw program	-0.0206
referral_ask	much	-0.0379
referral_ask	much for	0.0656
referral_ask	museum	0.1119
referral_ask	museum educ	0.1211
referral_ask	my	-0.4248
referral_ask	my advisor	-0.0227
referral_ask	my background	-0.0248
referral_ask	my email	0.0499
referral_ask	my list	-0.0214
referral_ask	my old	-0.0569
referral_ask	my portfolio	-0.0354
referral_ask	my posit	-0.0209
referral_ask	my profess	-0.0478
referral_ask	my resum	-0.1193
referral_ask	my shoe	0.2728
referral_ask	my thesi	-0.0351
referral_ask	my ~application	-0.1243
referral_ask	my ~contactverb	0.0499
referral_ask	my ~job	-0.026
referral_ask	my ~sendverb	0.0465
referral_ask	my ~student	-0.0265
referral_ask	my ~talk	0.0395
referral_ask	myself	-0.0381
referral_ask	myself a	-0.0271
referral_ask	myself ~number	-0.0271
referral_ask	name	0.4356
referral_ask	name come	0.1838
referral_ask	name of	0.0933
referral_ask	near	0.0225
referral_ask	near out	0.0248
referral_ask	need	-0.1755
referral_ask	need help	-0.0502
referral_ask	need ~help	-0.0502
referral_ask	need ~number	-0.0336
referral_ask	network	0.2946
referral_ask	network i	0.0625
referral_ask	network who	0.0236
referral_ask	network ~people	0.0236
referral_ask	new	-0.1249
referral_ask	new grad	-0.0335
referral_ask	new ~student	-0.0203
referral_ask	newslett	-0.051
referral_ask	newslett you	-0.0218
referral_ask	next month	-0.0684
referral_ask	next step	-0.0231
referral_ask	next week	-0.0233
referral_ask	next ~closing	-0.0233
referral_ask	next ~talk	-0.0238
referral_ask	nice	-0.0316
referral_ask	nice to	-0.025
referral_ask	night	-0.0249
referral_ask	no	-0.062
referral_ask	nonprofit	0.0359
referral_ask	nonprofit side	0.0252
referral_ask	nonprofit ~org	0.0252
referral_ask	not get	-0.0277
referral_ask	not hesit	-0.0252
referral_ask	not suppos	0.0223
referral_ask	not want	0.1645
referral_ask	not weird	0.0283
referral_ask	not ~learn	-0.0773
referral_ask	not ~want	0.1627
referral_ask	note	-0.022
referral_ask	note tomorrow	0.0637
referral_ask	now	-0.1751
referral_ask	nurs	-0.1198
referral_ask	of	-0.1165
referral_ask	of ani	-0.1108
referral_ask	of anyon	0.0919
referral_ask	of month	-0.0298
referral_ask	of peopl	0.162
referral_ask	of question	-0.0272
referral_ask	of the	-0.069
referral_ask	of thing	0.0397
referral_ask	of time	0.1047
referral_ask	of you	0.0493
referral_ask	of your	0.0249
referral_ask	of ~duration	-0.0303
referral_ask	of ~limit	0.1047
referral_ask	of ~people	0.3301
referral_ask	off	-0.0536
referral_ask	offer	-0.0213
referral_ask	offic	0.1934
referral_ask	offic or	-0.0221
referral_ask	offic that	0.0949
referral_ask	offic you	0.0808
referral_ask	often	-0.057
referral_ask	often do	-0.051
referral_ask	often ~help	-0.051
referral_ask	oh	-0.0207
referral_ask	ok	-0.1346
referral_ask	ok i	-0.0468
referral_ask	ok if	0.03
referral_ask	ok that	-0.0405
referral_ask	ok to	-0.0706
referral_ask	okafor	0.1
referral_ask	old	0.149
referral_ask	old cowork	0.0598
referral_ask	on	-0.4357
referral_ask	on a	-0.0628
referral_ask	on linkedin	-0.1971
referral_ask	on my	-0.0347
referral_ask	on now	-0.0211
referral_ask	on the	0.2802
referral_ask	on whether	-0.0288
referral_ask	on ~contactverb	-0.0201
referral_ask	on ~number	0.2161
referral_ask	on ~talk	-0.0201
referral_ask	onboard	-0.0208
referral_ask	onc	-0.172
referral_ask	onc i	-0.1269
referral_ask	one	-0.0257
referral_ask	one last	0.0268
referral_ask	one more	-0.0674
referral_ask	one or	0.0812
referral_ask	one quick	0.0383
referral_ask	one you	0.0389
referral_ask	one ~limit	-0.0268
referral_ask	onli	0.161
referral_ask	onli if	0.2136
referral_ask	onlin	-0.0341
referral_ask	open	-0.0731
referral_ask	open i	-0.0267
referral_ask	open in	-0.0254
referral_ask	open on	-0.0374
referral_ask	open to	0.215
referral_ask	open up	-0.063
referral_ask	opinion	-0.0246
referral_ask	or	-0.177
referral_ask	or did	-0.0332
referral_ask	or do	-0.0271
referral_ask	or email	-0.0222
referral_ask	or go	-0.0493
referral_ask	or is	-0.0233
referral_ask	or journalist	-0.0202
referral_ask	or newslett	-0.0447
referral_ask	or podcast	-0.0271
referral_ask	or the	-0.0499
referral_ask	or three	0.0423
referral_ask	or through	-0.1071
referral_ask	or two	0.0836
referral_ask	or would	0.0795
referral_ask	or ~contactverb	-0.0274
referral_ask	or ~help	-0.0285
referral_ask	or ~number	0.0662
referral_ask	or ~sendverb	-0.0222
referral_ask	or ~student	0.0558
referral_ask	or ~studyverb	-0.0332
referral_ask	or ~talk	-0.0274
referral_ask	or ~want	0.0737
referral_ask	organiz	0.0392
referral_ask	other	0.3903
referral_ask	other folk	0.0802
referral_ask	other peopl	0.1194
referral_ask	other ~org	0.0491
referral_ask	other ~people	0.224
referral_ask	our	0.0375
referral_ask	our half	0.0336
referral_ask	our ~number	0.0319
referral_ask	out	0.1148
referral_ask	out again	-0.1244
referral_ask	out if	0.0825
referral_ask	out in	-0.0219
referral_ask	out of	0.0682
referral_ask	out the	-0.0493
referral_ask	out to	0.4102
referral_ask	out ~later	-0.1244
referral_ask	out ~number	-0.0513
referral_ask	outreach	-0.0645
referral_ask	over	-0.1212
referral_ask	over a	-0.0244
referral_ask	over ~number	-0.0386
referral_ask	own	-0.0287
referral_ask	panel	-0.0291
referral_ask	paper	-0.0289
referral_ask	part	-0.0879
referral_ask	part of	-0.0591
referral_ask	part time	-0.0228
referral_ask	part ~limit	-0.0228
referral_ask	partner	-0.0515
referral_ask	pass	0.06
referral_ask	pass it	0.1326
referral_ask	pass my	-0.0619
referral_ask	path	-0.0569
referral_ask	patient	-0.0632
referral_ask	patient care	-0.0473
referral_ask	pay	-0.0248
referral_ask	pediatr	0.1325
referral_ask	peopl	-0.2043
referral_ask	peopl from	-0.047
referral_ask	peopl get	-0.0286
referral_ask	peopl i	0.0782
referral_ask	peopl in	-0.1168
referral_ask	peopl move	-0.0204
referral_ask	peopl say	-0.0237
referral_ask	peopl to	0.0776
referral_ask	peopl who	-0.1167
referral_ask	peopl worth	0.155
referral_ask	peopl ~learn	-0.0286
referral_ask	peopl ~people	-0.1167
referral_ask	person	0.2144
referral_ask	person in	0.0817
referral_ask	person to	0.0746
referral_ask	person who	0.0557
referral_ask	person ~people	0.0557
referral_ask	perspect	0.2728
referral_ask	perspect on	-0.0448
referral_ask	pharma	-0.0207
referral_ask	phd	-0.0205
referral_ask	pick	0.1861
referral_ask	pick a	-0.0758
referral_ask	pick ~number	-0.0765
referral_ask	place	-0.0646
referral_ask	plan to	-0.0557
referral_ask	pleas	-0.0568
referral_ask	pleas do	-0.0305
referral_ask	pleas let	-0.0209
referral_ask	pleas ~help	-0.0305
referral_ask	pleasur	-0.0213
referral_ask	podcast	-0.0428
referral_ask	podcast you	-0.0271
referral_ask	point	0.2684
referral_ask	point me	0.33
referral_ask	polici	0.0617
referral_ask	polici side	0.06
referral_ask	polici ~org	0.06
referral_ask	portfolio	-0.0756
referral_ask	portfolio to	-0.0339
referral_ask	portland	0.1009
referral_ask	posit	-0.1123
referral_ask	posit for	-0.0226
referral_ask	posit open	-0.0211
referral_ask	possibl	0.112
referral_ask	possibl to	0.1129
referral_ask	post	-0.0468
referral_ask	practic	-0.0707
referral_ask	prefer	-0.0498
referral_ask	prefer peopl	-0.0387
referral_ask	prefer ~people	-0.0387
referral_ask	prepar	-0.0354
referral_ask	present	0.0321
referral_ask	pretti	-0.0221
referral_ask	priya	0.0347
referral_ask	product	0.1605
referral_ask	product manag	0.1021
referral_ask	product side	0.0421
referral_ask	product ~gatekeeper	0.0314
referral_ask	product ~org	0.0394
referral_ask	profess	0.0264
referral_ask	profession	-0.0817
referral_ask	profession associ	-0.059
referral_ask	program	-0.1312
referral_ask	program i	-0.0232
referral_ask	project	-0.1187
referral_ask	proper	0.0543
referral_ask	proper thank	0.0571
referral_ask	public	-0.0423
referral_ask	publish	0.0256
referral_ask	publish hous	0.036
referral_ask	put	0.256
referral_ask	put me	0.2634
referral_ask	q	-0.0526
referral_ask	question	-0.2192
referral_ask	question i	-0.03
referral_ask	question later	-0.0427
referral_ask	question ~later	-0.0569
referral_ask	quick	0.153
referral_ask	quick call	0.1767
referral_ask	quick chat	0.0284
referral_ask	quick ~contactverb	0.1713
referral_ask	quick ~people	0.0305
referral_ask	quick ~talk	0.1997
referral_ask	random	0.1444
referral_ask	rather	0.0725
referral_ask	reach	0.1402
referral_ask	reach out	0.2005
referral_ask	reach you	-0.0517
referral_ask	read	-0.1356
referral_ask	real	0.0208
referral_ask	real estat	0.0407
referral_ask	realli	-0.0812
referral_ask	realli appreci	-0.0398
referral_ask	realli grate	-0.0235
referral_ask	realli reassur	-0.0212
referral_ask	realli ~want	0.0402
referral_ask	reason	-0.0218
referral_ask	reassur	-0.0233
referral_ask	recommend	0.1761
referral_ask	recommend for	-0.0571
referral_ask	recommend i	0.254
referral_ask	recommend me	0.0281
referral_ask	recommend to	-0.0669
referral_ask	recruit	-0.1936
referral_ask	recruit materi	-0.0351
referral_ask	recruit or	-0.0585
referral_ask	refer	-0.1727
referral_ask	refer me	-0.1328
referral_ask	referr	-0.0375
referral_ask	regulatori	0.158
referral_ask	remot	-0.0491
referral_ask	renew	-0.0364
referral_ask	report	-0.1491
referral_ask	report back	-0.0502
referral_ask	report to	-0.0884
referral_ask	research team	-0.0415
referral_ask	research with	-0.0476
referral_ask	resid	-0.023
referral_ask	rest	-0.0337
referral_ask	rest of	-0.0337
referral_ask	resum	-0.1227
referral_ask	resum along	-0.0491
referral_ask	resum to	-0.0546
referral_ask	return	-0.0975
referral_ask	return the	-0.0376
referral_ask	return ~number	-0.0376
referral_ask	right	-0.2506
referral_ask	right now	-0.1424
referral_ask	risk	-0.0541
referral_ask	role	-0.1673
referral_ask	rout	0.0966
referral_ask	run	0.1296
referral_ask	run your	0.1741
referral_ask	rutger	0.0327
referral_ask	said	0.059
referral_ask	said you	0.0395
referral_ask	said ~number	-0.0264
referral_ask	salari	-0.0232
referral_ask	sale	-0.035
referral_ask	sam	-0.032
referral_ask	say	0.0619
referral_ask	say are	0.0548
referral_ask	schedul	-0.0256
referral_ask	school	-0.0816
referral_ask	scienc	-0.0361
referral_ask	scienc and	0.0252
referral_ask	second year	0.0536
referral_ask	second ~duration	0.0536
referral_ask	sector	-0.027
referral_ask	see	-0.05
referral_ask	see if	-0.0513
referral_ask	see we	0.0262
referral_ask	seem	0.143
referral_ask	seem like	-0.023
referral_ask	send	-0.1053
referral_ask	send a	0.0474
referral_ask	send me	0.0336
referral_ask	send my	-0.0576
referral_ask	send you	-0.0924
referral_ask	send ~number	0.0368
referral_ask	senior	-0.0246
referral_ask	serious	-0.0399
referral_ask	serv	-0.0436
referral_ask	set	-0.0421
referral_ask	shadow	-0.0227
referral_ask	shall	-0.11
referral_ask	shall we	-0.0202
referral_ask	share	0.1194
referral_ask	share the	0.0203
referral_ask	share what	0.1183
referral_ask	she	0.1583
referral_ask	she would	0.1596
referral_ask	she ~want	0.1596
referral_ask	shift	-0.0508
referral_ask	shoe	0.2728
referral_ask	short	0.0229
referral_ask	short email	-0.024
referral_ask	short ~contactverb	-0.024
referral_ask	short ~sendverb	-0.024
referral_ask	short ~talk	0.0295
referral_ask	should	0.3008
referral_ask	should be	-0.0445
referral_ask	should chat	0.042
referral_ask	should i	0.0938
referral_ask	should talk	0.0496
referral_ask	should ~contactverb	0.0608
referral_ask	should ~learn	0.0307
referral_ask	should ~people	0.0456
referral_ask	should ~talk	0.2209
referral_ask	side	0.4007
referral_ask	side of	0.0426
referral_ask	side you	0.074
referral_ask	similar	0.0905
referral_ask	similar convers	0.0642
referral_ask	sinc	-0.0599
referral_ask	sinc we	-0.0355
referral_ask	size	0.0221
referral_ask	size firm	0.0221
referral_ask	size ~org	0.0221
referral_ask	skill	-0.1224
referral_ask	skill matter	-0.0233
referral_ask	skill that	-0.0221
referral_ask	skill would	-0.0218
referral_ask	skill ~want	-0.0218
referral_ask	smaller	0.0293
referral_ask	smaller agenc	0.0293
referral_ask	smaller ~org	0.0293
referral_ask	so	-0.0961
referral_ask	so much	0.0326
referral_ask	so one	0.0911
referral_ask	so quick	0.0342
referral_ask	so you	-0.0562
referral_ask	so ~number	0.0851
referral_ask	so ~people	0.0839
referral_ask	so ~want	-0.0695
referral_ask	social	-0.0254
referral_ask	social work	-0.0222
referral_ask	social ~learn	-0.0222
referral_ask	social ~workverb	-0.0222
referral_ask	some	0.0743
referral_ask	some colleagu	0.0486
referral_ask	some person	0.0772
referral_ask	some way	-0.0227
referral_ask	some ~insight	-0.0382
referral_ask	some ~people	0.1655
referral_ask	someday	-0.0209
referral_ask	someon	0.3745
referral_ask	someon at	0.1051
referral_ask	someon curious	-0.0652
referral_ask	someon get	-0.0308
referral_ask	someon good	-0.0341
referral_ask	someon in	0.2633
referral_ask	someon just	-0.0577
referral_ask	someon like	-0.0294
referral_ask	someon on	0.326
referral_ask	someon to	-0.0521
referral_ask	someon tri	-0.0411
referral_ask	someon with	-0.0216
referral_ask	someon you	-0.0414
referral_ask	someon ~want	-0.1735
referral_ask	someth	-0.1317
referral_ask	someth els	-0.0594
referral_ask	someth i	-0.0236
referral_ask	sophomor ~studyverb	0.0258
referral_ask	sorri	-0.1212
referral_ask	sorri i	-0.0342
referral_ask	sorri my	-0.0238
referral_ask	sorri to	-0.0228
referral_ask	sound	0.0414
referral_ask	sound like	0.0666
referral_ask	spanish	-0.0507
referral_ask	speak	0.1346
referral_ask	speak to	0.0378
referral_ask	speak with	0.1753
referral_ask	spent	-0.0343
referral_ask	spot	-0.0431
referral_ask	spring	-0.0423
referral_ask	staf	-0.0296
referral_ask	stage	-0.0632
referral_ask	start	-0.2149
referral_ask	start out	-0.081
referral_ask	state	0.0295
referral_ask	stay	-0.1622
referral_ask	stay in	-0.1198
referral_ask	step	-0.0427
referral_ask	still	-0.1379
referral_ask	stop	-0.096
referral_ask	stop there	-0.0385
referral_ask	stori	0.0701
referral_ask	straight	-0.0531
referral_ask	structur	-0.0326
referral_ask	student	0.0866
referral_ask	student at	-0.0537
referral_ask	student i	-0.0236
referral_ask	student in	-0.0237
referral_ask	student like	0.1625
referral_ask	student who	-0.0345
referral_ask	student ~people	-0.0345
referral_ask	studi	-0.0203
referral_ask	studio	-0.0244
referral_ask	suggest	0.1107
referral_ask	suggest a	0.1226
referral_ask	suggest an	-0.0233
referral_ask	suggest i	0.1279
referral_ask	suggest ~number	0.0993
referral_ask	suit	-0.0322
referral_ask	suit me	-0.0241
referral_ask	summer	-0.0995
referral_ask	summer ~job	-0.022
referral_ask	super help	0.024
referral_ask	suppli	0.0689
referral_ask	suppli chain	0.0689
referral_ask	support	-0.0206
referral_ask	sure	-0.0264
referral_ask	sure i	-0.0261
referral_ask	survey	-0.0685
referral_ask	survey you	-0.0432
referral_ask	switch	-0.0277
referral_ask	switch from	0.0942
referral_ask	switch into	-0.0833
referral_ask	take	-0.0922
referral_ask	take on	-0.0425
referral_ask	take the	-0.0241
referral_ask	take too	0.0205
referral_ask	take ~number	-0.0461
referral_ask	talk	0.3667
referral_ask	talk to	0.3721
referral_ask	talk with	0.1109
referral_ask	task	-0.0647
referral_ask	task you	-0.0476
referral_ask	teach	0.0723
referral_ask	teach high	-0.0201
referral_ask	teach like	0.0456
referral_ask	teach to	0.0869
referral_ask	teacher	-0.0412
referral_ask	team	0.0842
referral_ask	team be	0.0565
referral_ask	team ever	-0.0266
referral_ask	team hire	-0.0253
referral_ask	team lead	-0.0499
referral_ask	team who	0.1831
referral_ask	team work	-0.0427
referral_ask	team would	-0.0333
referral_ask	team ~gatekeeper	-0.0752
referral_ask	team ~hiring	-0.0253
referral_ask	team ~learn	-0.0384
referral_ask	team ~people	0.1831
referral_ask	team ~want	-0.0333
referral_ask	team ~workverb	-0.0402
referral_ask	tech	0.0793
referral_ask	technician	-0.0362
referral_ask	tell	-0.1599
referral_ask	tell me	-0.1338
referral_ask	test	-0.0861
referral_ask	test the	-0.03
referral_ask	test whether	-0.023
referral_ask	test ~number	-0.03
referral_ask	than ask	-0.0233
referral_ask	thank	-0.3184
referral_ask	thank again	-0.0252
referral_ask	thank for	-0.0552
referral_ask	thank so	0.0626
referral_ask	thank to	-0.0303
referral_ask	thank you	-0.1475
referral_ask	thank ~later	-0.0252
referral_ask	that	-0.1218
referral_ask	that articl	-0.0324
referral_ask	that cover	-0.0398
referral_ask	that i	0.1145
referral_ask	that is	-0.2227
referral_ask	that would	-0.0367
referral_ask	that you	0.0286
referral_ask	that ~insight	0.0398
referral_ask	that ~number	-0.027
referral_ask	that ~want	-0.047
referral_ask	the	-0.3144
referral_ask	the agenc	0.0694
referral_ask	the alumni	-0.0442
referral_ask	the analyst	-0.0608
referral_ask	the associ	0.0673
referral_ask	the best	0.0452
referral_ask	the big	-0.0693
referral_ask	the biggest	-0.0303
referral_ask	the bootcamp	0.0941
referral_ask	the career	-0.0329
referral_ask	the certif	-0.0347
referral_ask	the clinic	-0.0269
referral_ask	the counti	0.0243
referral_ask	the data	0.0426
referral_ask	the denver	0.0727
referral_ask	the fall	0.0436
referral_ask	the favor	-0.0311
referral_ask	the field	-0.022
referral_ask	the final	-0.0307
referral_ask	the first	-0.0243
referral_ask	the half	-0.0452
referral_ask	the hire	-0.0483
referral_ask	the hospit	0.0397
referral_ask	the job	-0.0417
referral_ask	the jump	-0.0588
referral_ask	the junior	-0.0242
referral_ask	the logist	0.0905
referral_ask	the market	0.0387
referral_ask	the mentor	-0.0307
referral_ask	the militari	0.0446
referral_ask	the moment	-0.0224
referral_ask	the mph	0.0309
referral_ask	the name	0.0738
referral_ask	the new	-0.0213
referral_ask	the next	-0.0243
referral_ask	the nonprofit	0.02
referral_ask	the one	0.0767
referral_ask	the open	-0.0222
referral_ask	the peopl	-0.0981
referral_ask	the person	0.0212
referral_ask	the polici	0.0555
referral_ask	the product	0.0407
referral_ask	the recruit	-0.0456
referral_ask	the skill	-0.032
referral_ask	the spring	-0.0235
referral_ask	the state	0.0557
referral_ask	the student	-0.0209
referral_ask	the switch	0.021
referral_ask	the team	-0.0646
referral_ask	the time	-0.0431
referral_ask	the union	0.0832
referral_ask	the work	0.0732
referral_ask	the ~closing	-0.0202
referral_ask	the ~degree	0.1088
referral_ask	the ~gatekeeper	-0.0961
referral_ask	the ~hiring	-0.0604
referral_ask	the ~job	-0.0844
referral_ask	the ~learn	0.0553
referral_ask	the ~limit	-0.0521
referral_ask	the ~org	-0.0547
referral_ask	the ~student	-0.145
referral_ask	the ~workverb	0.0732
referral_ask	their	0.3527
referral_ask	their career	0.099
referral_ask	their first	0.126
referral_ask	their stori	0.1259
referral_ask	them	0.0648
referral_ask	there	0.4049
referral_ask	there a	0.0628
referral_ask	there ani	-0.1203
referral_ask	there anybodi	0.1
referral_ask	there anyon	0.2629
referral_ask	there anyth	-0.1012
referral_ask	there are	-0.0225
referral_ask	there book	-0.0258
referral_ask	there is	0.0556
referral_ask	there other	0.1634
referral_ask	there peopl	0.0922
referral_ask	there profession	-0.058
referral_ask	there so	-0.0294
referral_ask	there some	0.0505
referral_ask	there someon	0.1899
referral_ask	there someth	-0.0343
referral_ask	there ~number	0.0583
referral_ask	there ~people	0.6356
referral_ask	there ~student	-0.058
referral_ask	these day	-0.0394
referral_ask	thesi	-0.0351
referral_ask	they	0.0708
referral_ask	they are	0.0467
referral_ask	they have	-0.0311
referral_ask	thing	0.0202
referral_ask	thing is	0.0399
referral_ask	thing or	0.0352
referral_ask	think	0.3398
referral_ask	think about	-0.025
referral_ask	think i	0.2056
referral_ask	think it	-0.0596
referral_ask	think that	-0.0235
referral_ask	think would	0.0848
referral_ask	think you	-0.044
referral_ask	think ~want	0.0848
referral_ask	this	-0.2904
referral_ask	this befor	0.0363
referral_ask	this field	-0.0436
referral_ask	this i	0.0633
referral_ask	this is	-0.0227
referral_ask	this summer	-0.0364
referral_ask	this work	-0.035
referral_ask	this ~closing	-0.0245
referral_ask	this ~learn	-0.035
referral_ask	this ~talk	-0.0287
referral_ask	this ~workverb	-0.035
referral_ask	thought	-0.0222
referral_ask	three	0.0315
referral_ask	three peopl	0.0423
referral_ask	three ~people	0.0423
referral_ask	thrill	-0.021
referral_ask	thrill to	-0.021
referral_ask	thrive	-0.0226
referral_ask	thrive in	-0.0226
referral_ask	through	-0.2045
referral_ask	through how	-0.0287
referral_ask	through linkedin	-0.0461
referral_ask	through ~number	-0.0264
referral_ask	through ~people	-0.061
referral_ask	time	-0.1879
referral_ask	time so	0.0768
referral_ask	time to	-0.0375
referral_ask	to	0.2448
referral_ask	to a	0.2154
referral_ask	to about	0.1664
referral_ask	to anyon	0.0412
referral_ask	to ask	-0.0323
referral_ask	to be	-0.0803
referral_ask	to befor	0.0378
referral_ask	to beta	-0.0222
referral_ask	to check	-0.0336
referral_ask	to connect	0.0367
referral_ask	to day	-0.0287
referral_ask	to decid	-0.0272
referral_ask	to dr	0.1506
referral_ask	to end	-0.0304
referral_ask	to for	-0.072
referral_ask	to gather	0.0534
referral_ask	to get	0.0688
referral_ask	to have	0.061
referral_ask	to hear	0.2411
referral_ask	to help	-0.0653
referral_ask	to hour	-0.0301
referral_ask	to instruct	0.0869
referral_ask	to keep	-0.0295
referral_ask	to know	0.2197
referral_ask	to leav	-0.0499
referral_ask	to let	-0.0798
referral_ask	to me	-0.103
referral_ask	to meet	0.0665
referral_ask	to mind	0.2686
referral_ask	to my	-0.0227
referral_ask	to next	0.0783
referral_ask	to one	0.043
referral_ask	to pass	-0.0234
referral_ask	to peopl	-0.0813
referral_ask	to practic	-0.0206
referral_ask	to reach	-0.0408
referral_ask	to refer	-0.0648
referral_ask	to run	-0.021
referral_ask	to see	-0.0513
referral_ask	to send	-0.0369
referral_ask	to someon	0.0235
referral_ask	to start	-0.0307
referral_ask	to stay	-0.1141
referral_ask	to talk	0.2183
referral_ask	to test	-0.0295
referral_ask	to the	0.0281
referral_ask	to to	0.0281
referral_ask	to tri	-0.0256
referral_ask	to understand	-0.0682
referral_ask	to work	-0.1311
referral_ask	to you	-0.0992
referral_ask	to your	0.0214
referral_ask	to ~closing	-0.0329
referral_ask	to ~contactverb	-0.033
referral_ask	to ~gatekeeper	-0.0526
referral_ask	to ~help	-0.1092
referral_ask	to ~learn	0.2894
referral_ask	to ~limit	-0.0603
referral_ask	to ~number	0.2824
referral_ask	to ~org	-0.0221
referral_ask	to ~people	0.0263
referral_ask	to ~sendverb	-0.0722
referral_ask	to ~student	-0.038
referral_ask	to ~talk	0.1678
referral_ask	to ~timeunit	-0.0301
referral_ask	to ~want	-0.0256
referral_ask	to ~workverb	-0.152
referral_ask	today	-0.0869
referral_ask	told	-0.0675
referral_ask	tomorrow	0.0629
referral_ask	tomorrow and	0.0648
referral_ask	tonight	-0.0332
referral_ask	too	0.2029
referral_ask	took	-0.024
referral_ask	touch	0.0546
referral_ask	touch with	0.1643
referral_ask	toward	0.1826
referral_ask	track	-0.0641
referral_ask	train	0.0328
referral_ask	transfer	-0.0683
referral_ask	transit	-0.0321
referral_ask	translat	0.1545
referral_ask	tri	-0.0889
referral_ask	tri to	-0.0549
referral_ask	trust	0.0412
referral_ask	two	0.0916
referral_ask	two or	0.0423
referral_ask	typic	-0.0511
referral_ask	under	0.0307
referral_ask	understand	-0.0853
referral_ask	understand what	-0.0311
referral_ask	union	0.0832
referral_ask	universiti	-0.0209
referral_ask	up	-0.227
referral_ask	up for	0.1419
referral_ask	up in	-0.0424
referral_ask	up on	-0.0504
referral_ask	up with	-0.058
referral_ask	up ~studyverb	-0.0226
referral_ask	updat	-0.0317
referral_ask	urban	0.0695
referral_ask	urban plan	0.0742
referral_ask	us	0.1956
referral_ask	use	-0.0557
referral_ask	use to	-0.1195
referral_ask	usual	-0.2286
referral_ask	usual ~talk	-0.0635
referral_ask	uw	0.1059
referral_ask	ux	0.1358
referral_ask	ux research	0.1118
referral_ask	ux ~learn	0.1127
referral_ask	vacanc	-0.0281
referral_ask	veri	-0.0397
referral_ask	volunt	-0.0334
referral_ask	wait	-0.037
referral_ask	walk	-0.0599
referral_ask	walk me	-0.0586
referral_ask	want	-0.1306
referral_ask	want someon	-0.03
referral_ask	want to	-0.2525
referral_ask	want ~people	-0.03
referral_ask	was	-0.0451
referral_ask	was it	-0.0417
referral_ask	was your	-0.0533
referral_ask	was ~number	-0.0239
referral_ask	was ~want	-0.0252
referral_ask	way	-0.0522
referral_ask	way for	-0.0357
referral_ask	way i	-0.0513
referral_ask	way to	-0.0314
referral_ask	we	-0.1563
referral_ask	we can	-0.0247
referral_ask	we finish	0.0519
referral_ask	we have	-0.0261
referral_ask	we said	-0.0256
referral_ask	we talk	-0.0223
referral_ask	we ~talk	-0.0485
referral_ask	week	-0.1611
referral_ask	week with	-0.0308
referral_ask	weekend	-0.0436
referral_ask	weird	0.0329
referral_ask	weird if	0.0471
referral_ask	weird to	-0.0201
referral_ask	went	0.0523
referral_ask	went the	0.071
referral_ask	went ~number	0.071
referral_ask	were	0.1804
referral_ask	were in	0.2576
referral_ask	were start	-0.0298
referral_ask	what	-0.8732
referral_ask	what are	-0.0253
referral_ask	what do	-0.0642
referral_ask	what doe	-0.0355
referral_ask	what i	-0.0353
referral_ask	what is	-0.1347
referral_ask	what kind	-0.0345
referral_ask	what made	-0.0434
referral_ask	what make	-0.0444
referral_ask	what skill	-0.0391
referral_ask	what the	-0.0223
referral_ask	what would	-0.1548
referral_ask	what you	-0.0273
referral_ask	what ~help	-0.0642
referral_ask	what ~number	-0.0386
referral_ask	what ~want	-0.1548
referral_ask	when	0.0776
referral_ask	when a	-0.0453
referral_ask	when i	0.2485
referral_ask	when you	-0.0854
referral_ask	when ~number	-0.0467
referral_ask	where	-0.2202
referral_ask	where do	-0.065
referral_ask	where i	-0.09
referral_ask	where ~help	-0.065
referral_ask	whether	-0.0936
referral_ask	whether this	-0.0291
referral_ask	whether ~number	-0.0275
referral_ask	whi	-0.0637
referral_ask	which	-0.0742
referral_ask	which are	0.1583
referral_ask	which book	-0.0227
referral_ask	which of	0.0426
referral_ask	which skill	-0.0263
referral_ask	which ~degree	-0.0239
referral_ask	while	-0.0685
referral_ask	who	0.9111
referral_ask	who are	-0.0904
referral_ask	who came	0.0703
referral_ask	who do	-0.0386
referral_ask	who els	0.2969
referral_ask	who have	-0.1135
referral_ask	who is	0.2212
referral_ask	who made	0.0519
referral_ask	who might	0.2826
referral_ask	who on	-0.0619
referral_ask	who run	0.0212
referral_ask	who should	-0.0321
referral_ask	who went	0.0733
referral_ask	who would	0.1845
referral_ask	who ~help	-0.0386
referral_ask	who ~learn	-0.0216
referral_ask	who ~want	0.1845
referral_ask	who ~workverb	-0.0355
referral_ask	whoever	0.1443
referral_ask	whose	0.3388
referral_ask	whose work	0.0629
referral_ask	whose ~learn	0.0629
referral_ask	whose ~workverb	0.0629
referral_ask	will	-0.2627
referral_ask	will be	-0.0476
referral_ask	will definit	-0.028
referral_ask	will let	-0.0614
referral_ask	will report	-0.0494
referral_ask	will send	0.0298
referral_ask	will to	0.0712
referral_ask	will ~contactverb	-0.0309
referral_ask	will ~talk	-0.0301
referral_ask	wish	-0.0537
referral_ask	wish you	-0.0289
referral_ask	with	0.1068
referral_ask	with a	0.1296
referral_ask	with me	0.0679
referral_ask	with most	-0.046
referral_ask	with my	-0.05
referral_ask	with on	-0.037
referral_ask	with peopl	-0.1284
referral_ask	with someon	0.145
referral_ask	with the	-0.1432
referral_ask	with to	0.0786
referral_ask	with you	-0.1456
referral_ask	with ~number	-0.0312
referral_ask	without	-0.0397
referral_ask	without a	-0.0383
referral_ask	without ~number	-0.0383
referral_ask	wonder	-0.0359
referral_ask	wonder about	-0.0261
referral_ask	word	-0.0437
referral_ask	word for	-0.0302
referral_ask	work	-0.206
referral_ask	work at	-0.0522
referral_ask	work for	0.0838
referral_ask	work full	-0.0361
referral_ask	work in	0.2275
referral_ask	work on	-0.0252
referral_ask	work suit	-0.0204
referral_ask	work with	-0.0879
referral_ask	work ~want	-0.0223
referral_ask	world	0.075
referral_ask	worth	0.1467
referral_ask	worth hear	0.0816
referral_ask	worth it	-0.0333
referral_ask	worth talk	0.0325
referral_ask	worth the	-0.0229
referral_ask	worth ~number	-0.0286
referral_ask	worth ~talk	0.1716
referral_ask	would	0.8861
referral_ask	would a	-0.0279
referral_ask	would an	-0.0233
referral_ask	would be	0.1387
referral_ask	would ever	-0.029
referral_ask	would feel	0.0443
referral_ask	would have	0.0634
referral_ask	would help	0.0265
referral_ask	would it	0.084
referral_ask	would like	-0.0565
referral_ask	would love	0.3595
referral_ask	would point	0.044
referral_ask	would recommend	0.0354
referral_ask	would suggest	0.1025
referral_ask	would tell	-0.0236
referral_ask	would you	0.3443
referral_ask	would ~number	-0.0513
referral_ask	would ~talk	-0.0267
referral_ask	would ~want	-0.0223
referral_ask	wrap	-0.0414
referral_ask	wrap up	-0.0377
referral_ask	write	0.0467
referral_ask	write you	-0.0516
referral_ask	yeah	-0.0392
referral_ask	year account	-0.028
referral_ask	year at	-0.0256
referral_ask	year in	-0.0274
referral_ask	year ~student	0.0912
referral_ask	yesterday	-0.0209
referral_ask	yet	-0.0289
referral_ask	yet i	-0.0258
referral_ask	you a	-0.1085
referral_ask	you advic	-0.054
referral_ask	you agre	-0.0248
referral_ask	you are	-0.0498
referral_ask	you at	-0.0216
referral_ask	you be	-0.0605
referral_ask	you can	-0.0774
referral_ask	you could	0.3155
referral_ask	you decid	-0.0455
referral_ask	you describ	-0.046
referral_ask	you do	-0.056
referral_ask	you email	-0.0214
referral_ask	you ever	-0.1568
referral_ask	you feel	0.0618
referral_ask	you find	-0.06
referral_ask	you for	-0.0931
referral_ask	you get	-0.0458
referral_ask	you give	-0.0383
referral_ask	you go	0.0337
referral_ask	you happen	0.1278
referral_ask	you have	0.0316
referral_ask	you hire	-0.0225
referral_ask	you if	-0.0852
referral_ask	you in	-0.0213
referral_ask	you introduc	0.0714
referral_ask	you keep	-0.0865
referral_ask	you know	0.3652
referral_ask	you let	-0.0305
referral_ask	you like	-0.0244
referral_ask	you made	-0.0606
referral_ask	you meet	-0.0481
referral_ask	you mention	0.5582
referral_ask	you might	-0.048
referral_ask	you mind	0.1624
referral_ask	you need	-0.069
referral_ask	you note	0.0564
referral_ask	you on	-0.0917
referral_ask	you onc	-0.0284
referral_ask	you pick	0.2829
referral_ask	you point	0.2031
referral_ask	you prefer	-0.0498
referral_ask	you put	0.052
referral_ask	you rather	0.0852
referral_ask	you reach	-0.0335
referral_ask	you realli	0.0699
referral_ask	you recommend	0.1876
referral_ask	you report	-0.0817
referral_ask	you said	0.0442
referral_ask	you say	0.0839
referral_ask	you send	0.0243
referral_ask	you start	-0.0215
referral_ask	you still	-0.0901
referral_ask	you suggest	0.0683
referral_ask	you tell	-0.0817
referral_ask	you that	-0.0369
referral_ask	you think	0.4928
referral_ask	you to	-0.0623
referral_ask	you too	-0.0258
referral_ask	you use	-0.0541
referral_ask	you usual	-0.0915
referral_ask	you walk	-0.0487
referral_ask	you were	0.1955
referral_ask	you wish	-0.0508
referral_ask	you work	-0.0777
referral_ask	you would	-0.0464
referral_ask	you ~contactverb	-0.0549
referral_ask	you ~gatekeeper	-0.0252
referral_ask	you ~help	-0.1029
referral_ask	you ~hiring	-0.0327
referral_ask	you ~insight	-0.0665
referral_ask	you ~learn	0.4023
referral_ask	you ~number	-0.1328
referral_ask	you ~sendverb	-0.0248
referral_ask	you ~talk	-0.0906
referral_ask	you ~want	-0.0261
referral_ask	you ~workverb	-0.0908
referral_ask	your	0.1787
referral_ask	your agenc	-0.0318
referral_ask	your career	-0.0513
referral_ask	your colleagu	0.0905
referral_ask	your compani	-0.1211
referral_ask	your experi	-0.0294
referral_ask	your field	-0.0655
referral_ask	your first	-0.0216
referral_ask	your former	0.1545
referral_ask	your game	-0.0539
referral_ask	your hire	-0.0269
referral_ask	your main	-0.0697
referral_ask	your manag	0.0338
referral_ask	your name	0.1962
referral_ask	your network	0.1821
referral_ask	your next	-0.0257
referral_ask	your old	0.2118
referral_ask	your path	-0.0208
referral_ask	your recruit	-0.0664
referral_ask	your role	-0.0277
referral_ask	your team	-0.081
referral_ask	your time	-0.0418
referral_ask	your ux	0.1533
referral_ask	your week	-0.0317
referral_ask	your who	0.1074
referral_ask	your work	-0.0216
referral_ask	your ~closing	-0.0607
referral_ask	your ~degree	-0.0442
referral_ask	your ~hiring	-0.0842
referral_ask	your ~insight	-0.0673
referral_ask	your ~job	-0.0347
referral_ask	your ~learn	-0.022
referral_ask	your ~limit	-0.0903
referral_ask	your ~org	-0.3103
referral_ask	your ~people	0.1959
referral_ask	your ~talk	0.1454
referral_ask	your ~workverb	-0.0216
referral_ask	yourself	-0.0256
referral_ask	z	-0.0385
referral_ask	z perspect	-0.0385
referral_ask	z ~insight	-0.0385
referral_ask	~application	-0.1569
referral_ask	~application along	-0.0491
referral_ask	~application to	-0.0575
referral_ask	~closing	-0.3142
referral_ask	~closing of	-0.0337
referral_ask	~closing to	-0.0339
referral_ask	~contactverb	0.3699
referral_ask	~contactverb after	-0.0434
referral_ask	~contactverb and	0.0252
referral_ask	~contactverb her	0.1189
referral_ask	~contactverb it	-0.0339
referral_ask	~contactverb or	-0.0531
referral_ask	~contactverb out	0.2695
referral_ask	~contactverb to	0.1122
referral_ask	~contactverb when	-0.0641
referral_ask	~contactverb with	0.1163
referral_ask	~contactverb you	-0.1226
referral_ask	~degree	-0.0922
referral_ask	~degree at	0.1319
referral_ask	~degree be	-0.0233
referral_ask	~degree in	-0.0398
referral_ask	~degree program	-0.0473
referral_ask	~degree rout	0.0851
referral_ask	~degree work	0.0592
referral_ask	~duration	-0.1287
referral_ask	~duration account	-0.028
referral_ask	~duration at	-0.0256
referral_ask	~duration in	-0.0356
referral_ask	~duration to	-0.0293
referral_ask	~gatekeeper	-0.2445
referral_ask	~gatekeeper at	0.0528
referral_ask	~gatekeeper be	0.0344
referral_ask	~gatekeeper manag	-0.049
referral_ask	~gatekeeper or	-0.0586
referral_ask	~gatekeeper right	-0.0782
referral_ask	~help	-0.5477
referral_ask	~help for	-0.0236
referral_ask	~help i	-0.0417
referral_ask	~help if	-0.0205
referral_ask	~help me	0.0806
referral_ask	~help most	-0.0761
referral_ask	~help not	0.0629
referral_ask	~help peopl	-0.0873
referral_ask	~help someon	-0.0463
referral_ask	~help the	-0.0417
referral_ask	~help to	-0.1113
referral_ask	~help with	-0.1034
referral_ask	~help you	0.1226
referral_ask	~hiring	-0.3539
referral_ask	~hiring manag	-0.049
referral_ask	~hiring materi	-0.0351
referral_ask	~hiring right	-0.0782
referral_ask	~insight	0.0404
referral_ask	~insight about	0.0901
referral_ask	~insight befor	0.0528
referral_ask	~insight for	-0.0402
referral_ask	~insight from	-0.0408
referral_ask	~insight into	-0.0227
referral_ask	~insight on	-0.0823
referral_ask	~insight someon	-0.054
referral_ask	~insight to	-0.0271
referral_ask	~insight too	0.0205
referral_ask	~insight would	-0.0202
referral_ask	~job	-0.798
referral_ask	~job after	0.0205
referral_ask	~job for	-0.0386
referral_ask	~job i	-0.0578
referral_ask	~job in	-0.0586
referral_ask	~job on	-0.0771
referral_ask	~job open	-0.0329
referral_ask	~job that	-0.022
referral_ask	~later	-0.099
referral_ask	~later after	-0.0877
referral_ask	~later i	0.132
referral_ask	~later if	-0.0293
referral_ask	~later in	-0.025
referral_ask	~later on	-0.0315
referral_ask	~later onc	-0.0359
referral_ask	~later this	0.0227
referral_ask	~later to	0.0931
referral_ask	~learn	0.0513
referral_ask	~learn a	-0.0229
referral_ask	~learn about	0.0686
referral_ask	~learn an	0.1204
referral_ask	~learn ani	0.0503
referral_ask	~learn anybodi	0.2511
referral_ask	~learn anyon	0.0997
referral_ask	~learn at	-0.039
referral_ask	~learn back	-0.021
referral_ask	~learn for	0.0811
referral_ask	~learn from	0.1374
referral_ask	~learn full	-0.0361
referral_ask	~learn how	-0.0986
referral_ask	~learn i	-0.0457
referral_ask	~learn if	0.1314
referral_ask	~learn in	0.2445
referral_ask	~learn into	-0.057
referral_ask	~learn it	-0.0437
referral_ask	~learn me	-0.1166
referral_ask	~learn more	-0.0249
referral_ask	~learn of	-0.0848
referral_ask	~learn one	-0.0635
referral_ask	~learn or	0.0255
referral_ask	~learn out	-0.0287
referral_ask	~learn suit	-0.0204
referral_ask	~learn team	-0.0415
referral_ask	~learn their	0.1366
referral_ask	~learn to	-0.0421
referral_ask	~learn we	0.0977
referral_ask	~learn what	-0.0608
referral_ask	~learn whether	-0.0333
referral_ask	~learn which	-0.0282
referral_ask	~learn with	-0.1559
referral_ask	~learn you	-0.0631
referral_ask	~learn your	-0.0514
referral_ask	~limit	-0.4658
referral_ask	~limit and	-0.0459
referral_ask	~limit for	0.1397
referral_ask	~limit i	-0.0201
referral_ask	~limit left	-0.0244
referral_ask	~limit next	-0.0203
referral_ask	~limit or	-0.0699
referral_ask	~limit so	0.0899
referral_ask	~limit to	-0.0662
referral_ask	~limit would	-0.0381
referral_ask	~limit you	-0.0605
referral_ask	~number	-0.2603
referral_ask	~number acquisit	0.0352
referral_ask	~number agenc	0.0635
referral_ask	~number alumni	-0.0442
referral_ask	~number analyst	-0.0641
referral_ask	~number associ	0.0673
referral_ask	~number bank	-0.0227
referral_ask	~number beginn	-0.0264
referral_ask	~number best	0.0452
referral_ask	~number big	-0.0902
referral_ask	~number biggest	-0.0303
referral_ask	~number bit	-0.0647
referral_ask	~number bootcamp	0.0875
referral_ask	~number career	-0.0996
referral_ask	~number certif	-0.0373
referral_ask	~number chemistri	-0.0275
referral_ask	~number clinic	-0.0363
referral_ask	~number colleagu	0.1355
referral_ask	~number communiti	-0.052
referral_ask	~number confer	-0.0237
referral_ask	~number contact	-0.0376
referral_ask	~number counti	0.0243
referral_ask	~number coupl	0.1351
referral_ask	~number data	0.0357
referral_ask	~number denver	0.0727
referral_ask	~number differ	0.0753
referral_ask	~number entri	-0.0272
referral_ask	~number exercis	-0.0297
referral_ask	~number extra	-0.0233
referral_ask	~number fall	0.0436
referral_ask	~number favor	-0.0311
referral_ask	~number few	-0.0831
referral_ask	~number field	-0.0882
referral_ask	~number final	-0.0406
referral_ask	~number former	0.091
referral_ask	~number gen	-0.0385
referral_ask	~number good	-0.1063
referral_ask	~number grad	-0.0252
referral_ask	~number grant	-0.022
referral_ask	~number great	0.0454
referral_ask	~number half	-0.0452
referral_ask	~number head	-0.0209
referral_ask	~number hire	-0.0483
referral_ask	~number hour	-0.0265
referral_ask	~number internship	-0.0258
referral_ask	~number interview	-0.1162
referral_ask	~number intro	0.1668
referral_ask	~number introduct	0.1663
referral_ask	~number job	-0.0874
referral_ask	~number jump	-0.0588
referral_ask	~number junior	0.1031
referral_ask	~number line	-0.0209
referral_ask	~number logist	0.0897
referral_ask	~number lot	-0.0844
referral_ask	~number major	-0.0251
referral_ask	~number market	0.0387
referral_ask	~number master	0.0324
referral_ask	~number mba	0.0259
referral_ask	~number mentor	-0.0307
referral_ask	~number mid	0.0221
referral_ask	~number militari	0.0446
referral_ask	~number minut	0.0379
referral_ask	~number moment	-0.0241
referral_ask	~number month	-0.0679
referral_ask	~number more	-0.0936
referral_ask	~number mph	0.0291
referral_ask	~number name	0.2401
referral_ask	~number new	-0.0535
referral_ask	~number next	-0.0247
referral_ask	~number nonprofit	0.0917
referral_ask	~number note	-0.0321
referral_ask	~number nurs	0.0215
referral_ask	~number of	0.1596
referral_ask	~number one	0.0733
referral_ask	~number open	-0.0324
referral_ask	~number or	0.1214
referral_ask	~number peopl	-0.0215
referral_ask	~number person	0.0672
referral_ask	~number perspect	0.0547
referral_ask	~number point	-0.0219
referral_ask	~number polici	0.0408
referral_ask	~number posit	-0.028
referral_ask	~number product	0.0347
referral_ask	~number profess	0.0881
referral_ask	~number project	-0.0265
referral_ask	~number proper	0.0564
referral_ask	~number publish	0.036
referral_ask	~number quick	0.1829
referral_ask	~number recruit	-0.052
referral_ask	~number research	-0.0219
referral_ask	~number second	-0.0822
referral_ask	~number sens	0.0298
referral_ask	~number shall	-0.0443
referral_ask	~number similar	0.0905
referral_ask	~number skill	-0.0359
referral_ask	~number smaller	0.0293
referral_ask	~number sophomor	0.0215
referral_ask	~number spring	-0.0267
referral_ask	~number state	0.0557
referral_ask	~number student	0.2587
referral_ask	~number team	-0.066
referral_ask	~number technician	-0.0261
referral_ask	~number thank	-0.0218
referral_ask	~number time	-0.0696
referral_ask	~number typic	-0.0309
referral_ask	~number union	0.0832
referral_ask	~number updat	-0.0258
referral_ask	~number week	-0.0372
referral_ask	~number while	-0.0418
referral_ask	~number work	0.0725
referral_ask	~number year	-0.0733
referral_ask	~number you	0.0389
referral_ask	~org	0.3118
referral_ask	~org administr	0.0982
referral_ask	~org and	-0.0717
referral_ask	~org at	0.0354
referral_ask	~org be	0.0565
referral_ask	~org decid	-0.0202
referral_ask	~org do	0.083
referral_ask	~org ever	-0.0593
referral_ask	~org for	-0.0238
referral_ask	~org handl	-0.0398
referral_ask	~org has	-0.0221
referral_ask	~org hire	-0.0253
referral_ask	~org i	0.0653
referral_ask	~org if	0.0274
referral_ask	~org is	-0.0337
referral_ask	~org lead	-0.0499
referral_ask	~org next	-0.0308
referral_ask	~org of	0.0417
referral_ask	~org or	-0.0495
referral_ask	~org rather	0.021
referral_ask	~org side	0.1376
referral_ask	~org staf	-0.0216
referral_ask	~org that	0.0917
referral_ask	~org this	-0.0218
referral_ask	~org who	0.2142
referral_ask	~org work	-0.051
referral_ask	~org you	0.2237
referral_ask	~people	1.993
referral_ask	~people are	-0.0904
referral_ask	~people at	0.2945
referral_ask	~people came	0.0703
referral_ask	~people come	0.0997
referral_ask	~people curious	-0.0652
referral_ask	~people do	-0.033
referral_ask	~people els	0.546
referral_ask	~people for	0.0605
referral_ask	~people from	0.0825
referral_ask	~people get	-0.0767
referral_ask	~people good	-0.0341
referral_ask	~people have	-0.1184
referral_ask	~people i	0.1979
referral_ask	~people in	0.7971
referral_ask	~people is	0.2212
referral_ask	~people just	-0.0577
referral_ask	~people last	0.0268
referral_ask	~people like	-0.0294
referral_ask	~people made	0.0519
referral_ask	~people might	0.2826
referral_ask	~people more	-0.0674
referral_ask	~people move	-0.0204
referral_ask	~people of	0.1711
referral_ask	~people on	0.3507
referral_ask	~people or	0.0515
referral_ask	~people quick	0.0383
referral_ask	~people run	0.0212
referral_ask	~people say	-0.0237
referral_ask	~people should	-0.0321
referral_ask	~people that	-0.035
referral_ask	~people thrive	-0.0226
referral_ask	~people to	0.1001
referral_ask	~people tri	-0.0411
referral_ask	~people usual	-0.035
referral_ask	~people went	0.0733
referral_ask	~people who	0.1701
referral_ask	~people with	-0.0653
referral_ask	~people worth	0.155
referral_ask	~people would	0.233
referral_ask	~people you	0.1314
referral_ask	~sendverb	-0.0206
referral_ask	~sendverb a	0.0474
referral_ask	~sendverb it	0.1142
referral_ask	~sendverb me	0.0336
referral_ask	~sendverb my	-0.1439
referral_ask	~sendverb or	-0.0531
referral_ask	~sendverb to	0.0662
referral_ask	~sendverb what	0.1191
referral_ask	~sendverb with	-0.0308
referral_ask	~sendverb you	-0.1803
referral_ask	~student	-0.0242
referral_ask	~student associ	-0.0615
referral_ask	~student be	0.0344
referral_ask	~student design	0.1289
referral_ask	~student in	-0.0548
referral_ask	~student move	0.0526
referral_ask	~student of	-0.0394
referral_ask	~student on	0.2445
referral_ask	~student open	-0.0658
referral_ask	~student posit	-0.0277
referral_ask	~student program	-0.0359
referral_ask	~student role	-0.0363
referral_ask	~student rout	0.0356
referral_ask	~student student	-0.0209
referral_ask	~student who	-0.0557
referral_ask	~student work	-0.0242
referral_ask	~student you	0.0546
referral_ask	~studyverb	-0.3885
referral_ask	~studyverb a	-0.048
referral_ask	~studyverb anyon	-0.0277
referral_ask	~studyverb into	-0.0219
referral_ask	~studyverb not	-0.0385
referral_ask	~studyverb research	-0.0476
referral_ask	~studyverb that	0.0351
referral_ask	~studyverb the	-0.0577
referral_ask	~studyverb you	-0.1335
referral_ask	~talk	1.1453
referral_ask	~talk about	0.1469
referral_ask	~talk and	0.0274
referral_ask	~talk at	-0.1065
referral_ask	~talk for	0.0293
referral_ask	~talk her	0.1189
referral_ask	~talk i	0.0733
referral_ask	~talk it	-0.0339
referral_ask	~talk me	0.1945
referral_ask	~talk one	-0.0876
referral_ask	~talk or	-0.056
referral_ask	~talk out	0.2403
referral_ask	~talk to	0.4786
referral_ask	~talk when	-0.0708
referral_ask	~talk who	0.0236
referral_ask	~talk with	0.4059
referral_ask	~talk you	-0.2029
referral_ask	~timeunit	-0.1722
referral_ask	~timeunit and	-0.025
referral_ask	~timeunit for	0.1533
referral_ask	~timeunit left	-0.0215
referral_ask	~timeunit or	-0.0569
referral_ask	~timeunit would	-0.0313
referral_ask	~timeunit you	-0.0585
referral_ask	~want	0.096
referral_ask	~want a	-0.0797
referral_ask	~want about	-0.0388
referral_ask	~want an	-0.0257
referral_ask	~want appreci	-0.0398
referral_ask	~want be	0.1387
referral_ask	~want call	-0.0264
referral_ask	~want curious	0.087
referral_ask	~want ever	-0.029
referral_ask	~want feel	0.0443
referral_ask	~want graduat	-0.0657
referral_ask	~want grate	-0.0235
referral_ask	~want have	0.0634
referral_ask	~want help	0.0217
referral_ask	~want i	-0.2317
referral_ask	~want in	-0.0491
referral_ask	~want it	0.2562
referral_ask	~want like	-0.0744
referral_ask	~want love	0.3142
referral_ask	~want my	-0.0232
referral_ask	~want point	0.044
referral_ask	~want reassur	-0.0212
referral_ask	~want recommend	0.0354
referral_ask	~want so	-0.0572
referral_ask	~want someon	-0.0363
referral_ask	~want start	-0.0597
referral_ask	~want suggest	0.1025
referral_ask	~want tell	-0.0236
referral_ask	~want that	-0.0303
referral_ask	~want the	-0.0378
referral_ask	~want they	-0.0242
referral_ask	~want to	-0.2336
referral_ask	~want want	-0.026
referral_ask	~want you	0.2478
referral_ask	~workverb	-0.3456
referral_ask	~workverb at	-0.0603
referral_ask	~workverb for	0.0841
referral_ask	~workverb full	-0.0361
referral_ask	~workverb in	0.2158
referral_ask	~workverb like	0.045
referral_ask	~workverb on	-0.0601
referral_ask	~workverb or	0.0242
referral_ask	~workverb suit	-0.0204
referral_ask	~workverb the	-0.0295
referral_ask	~workverb to	0.082
referral_ask	~workverb with	-0.1137
referral_ask	~workverb wonder	-0.0261
follow_up	*	-3.4417
follow_up	10	-0.0368
follow_up	15	-0.0449
follow_up	15 minut	-0.0407
follow_up	15 ~limit	-0.0407
follow_up	15 ~timeunit	-0.0407
follow_up	2	0.0239
follow_up	20	-0.0745
follow_up	20 minut	-0.0745
follow_up	20 ~limit	-0.0745
follow_up	20 ~timeunit	-0.0745
follow_up	25	-0.0245
follow_up	3	-0.0954
follow_up	3 30	-0.0292
follow_up	3 ~number	-0.0292
follow_up	30	-0.0468
follow_up	5	-0.0323
follow_up	?	-0.0459
follow_up	^alright	-0.053
follow_up	^alvarez	-0.0526
follow_up	^and	0.0514
follow_up	^ani	-0.1262
follow_up	^anyway	-0.0489
follow_up	^appreci	-0.0249
follow_up	^are	-0.1202
follow_up	^befor	0.0702
follow_up	^bye	-0.0252
follow_up	^can	0.4859
follow_up	^cool	-0.0284
follow_up	^could	-0.0876
follow_up	^did	-0.0718
follow_up	^do	0.0691
follow_up	^doe	-0.0297
follow_up	^good	-0.0418
follow_up	^got	-0.0226
follow_up	^great	-0.0362
follow_up	^happi	-0.0697
follow_up	^have	-0.0288
follow_up	^hey	0.1504
follow_up	^hi	-0.0829
follow_up	^honest	-0.0305
follow_up	^how	-0.4414
follow_up	^i	0.3767
follow_up	^if	-0.2827
follow_up	^is	0.0722
follow_up	^it	0.0322
follow_up	^just	-0.0482
follow_up	^mani	-0.0457
follow_up	^may	0.0792
follow_up	^mind	0.2224
follow_up	^my	-0.0819
follow_up	^no	-0.0604
follow_up	^oh	-0.0515
follow_up	^ok	-0.1742
follow_up	^okafor	-0.1029
follow_up	^omg	-0.0422
follow_up	^onc	0.2539
follow_up	^out	0.0549
follow_up	^pleas	-0.0484
follow_up	^realli	-0.0857
follow_up	^right	-0.1165
follow_up	^shall	0.0523
follow_up	^sinc	0.0783
follow_up	^so	-0.0718
follow_up	^sorri	-0.0925
follow_up	^thank	0.1946
follow_up	^that	-0.0344
follow_up	^those	0.0248
follow_up	^total	-0.0485
follow_up	^wait	-0.0413
follow_up	^was	-0.0269
follow_up	^we	-0.1327
follow_up	^well	-0.0688
follow_up	^what	-0.462
follow_up	^when	-0.0297
follow_up	^where	-0.0965
follow_up	^which	-0.1059
follow_up	^who	-0.1687
follow_up	^whose	-0.056
follow_up	^would	0.3223
follow_up	^wow	-0.0223
follow_up	^yeah	-0.0232
follow_up	^you	-0.0548
follow_up	a	0.0515
follow_up	a big	-0.0416
follow_up	a bit	-0.0609
follow_up	a career	-0.0564
follow_up	a case	-0.0315
follow_up	a client	-0.0474
follow_up	a close	-0.0314
follow_up	a colleagu	-0.0342
follow_up	a connect	0.0235
follow_up	a contact	-0.0293
follow_up	a coupl	0.1778
follow_up	a deadlin	-0.0492
follow_up	a degre	-0.0413
follow_up	a few	0.0541
follow_up	a great	-0.0232
follow_up	a hand	0.0381
follow_up	a job	-0.026
follow_up	a junior	-0.0209
follow_up	a line	0.1245
follow_up	a littl	0.0224
follow_up	a look	0.1176
follow_up	a lot	-0.0571
follow_up	a love	-0.049
follow_up	a master	-0.0292
follow_up	a month	0.0201
follow_up	a name	-0.0442
follow_up	a note	0.1289
follow_up	a pack	-0.0252
follow_up	a posit	-0.0301
follow_up	a program	0.0461
follow_up	a project	-0.0211
follow_up	a proper	0.1226
follow_up	a quick	0.2122
follow_up	a real	-0.0432
follow_up	a referr	-0.0288
follow_up	a region	0.0642
follow_up	a releas	-0.0335
follow_up	a second	0.1225
follow_up	a short	0.0992
follow_up	a thank	0.1911
follow_up	a typic	-0.0545
follow_up	a veri	-0.0216
follow_up	a wonder	0.0231
follow_up	a ~closing	-0.0225
follow_up	a ~contactverb	0.0728
follow_up	a ~degree	-0.0715
follow_up	a ~job	-0.0685
follow_up	a ~number	0.1432
follow_up	a ~org	-0.0329
follow_up	a ~people	-0.0643
follow_up	a ~student	-0.131
follow_up	a ~talk	0.0482
follow_up	abil	-0.0217
follow_up	abl	-0.0357
follow_up	abl to	-0.0357
follow_up	about	0.0777
follow_up	about how	-0.0217
follow_up	about my	0.1009
follow_up	about that	-0.0423
follow_up	about your	-0.0475
follow_up	about ~number	-0.0266
follow_up	about ~org	0.0608
follow_up	academia	-0.0408
follow_up	account	-0.049
follow_up	actual	0.0236
follow_up	actual do	-0.0206
follow_up	actual ~help	-0.0276
follow_up	add	0.3703
follow_up	add you	0.3724
follow_up	administr	-0.0337
follow_up	admir	-0.0268
follow_up	advic	-0.0917
follow_up	advic about	-0.0275
follow_up	advic on	-0.0336
follow_up	after	0.5753
follow_up	after a	-0.1133
follow_up	after graduat	0.1081
follow_up	after i	0.3452
follow_up	after my	0.1832
follow_up	after the	0.1477
follow_up	after this	0.0752
follow_up	afternoon thank	0.0631
follow_up	afterward	0.0701
follow_up	again	0.3337
follow_up	again after	0.261
follow_up	again and	0.0208
follow_up	again for	-0.0354
follow_up	again in	0.1374
follow_up	again onc	0.0529
follow_up	again ~want	0.261
follow_up	agenc	-0.0524
follow_up	agre	-0.055
follow_up	agre on	-0.0794
follow_up	agre to	-0.0697
follow_up	ai	0.0497
follow_up	all	0.0715
follow_up	all from	0.0746
follow_up	all i	-0.0515
follow_up	all right	0.1371
follow_up	all the	-0.0305
follow_up	all ~number	-0.0305
follow_up	along	-0.1978
follow_up	along to	-0.0736
follow_up	alreadi	-0.0886
follow_up	alright	0.0205
follow_up	alright i	-0.0437
follow_up	alright if	0.145
follow_up	also	0.1224
follow_up	alumni	-0.042
follow_up	alvarez	-0.0526
follow_up	alway	0.0901
follow_up	alway ~learn	0.0935
follow_up	am	-0.3005
follow_up	am a	-0.088
follow_up	am actual	0.1355
follow_up	am conscious	-0.0245
follow_up	am curious	-0.0249
follow_up	am finish	-0.0232
follow_up	am go	0.1203
follow_up	am hope	-0.0485
follow_up	am in	0.0217
follow_up	am keen	-0.025
follow_up	am not	-0.0423
follow_up	am on	0.0561
follow_up	am pretti	-0.0222
follow_up	am ~number	-0.1005
follow_up	am ~studyverb	-0.0563
follow_up	am ~want	-0.1937
follow_up	an	-0.0343
follow_up	an eye	0.0502
follow_up	an hour	-0.0265
follow_up	an interview	-0.0277
follow_up	an introduct	-0.0217
follow_up	an updat	0.1619
follow_up	an ~limit	-0.0265
follow_up	an ~talk	-0.0476
follow_up	an ~timeunit	-0.0265
follow_up	analyst	-0.0925
follow_up	analyst role	-0.0209
follow_up	analyst ~job	-0.0401
follow_up	and	0.3456
follow_up	and do	0.0212
follow_up	and drop	0.0354
follow_up	and email	0.0256
follow_up	and for	-0.0736
follow_up	and go	-0.0228
follow_up	and have	-0.0276
follow_up	and i	0.1794
follow_up	and if	0.1029
follow_up	and let	0.1195
follow_up	and mention	-0.0709
follow_up	and now	-0.0213
follow_up	and pleas	-0.033
follow_up	and tell	0.1165
follow_up	and thank	-0.0521
follow_up	and the	0.0337
follow_up	and we	-0.0357
follow_up	and would	-0.0328
follow_up	and ~help	0.0212
follow_up	and ~sendverb	0.1219
follow_up	and ~talk	0.0205
follow_up	and ~want	-0.0523
follow_up	ani	-0.3842
follow_up	ani chanc	-0.0703
follow_up	ani further	-0.0455
follow_up	ani more	-0.0388
follow_up	ani way	-0.0383
follow_up	ani ~student	-0.0215
follow_up	anoth	0.4374
follow_up	anoth ten	0.1802
follow_up	anoth time	0.4777
follow_up	anoth ~limit	0.4726
follow_up	anoth ~number	0.1802
follow_up	answer	0.0261
follow_up	anyon	-0.1773
follow_up	anyon at	-0.021
follow_up	anyon els	-0.0469
follow_up	anyon on	-0.0314
follow_up	anyth	-0.0712
follow_up	anyth i	-0.0892
follow_up	anyth just	0.052
follow_up	anyth open	-0.0479
follow_up	anyth ~want	0.052
follow_up	anyway	-0.0489
follow_up	anyway i	-0.0489
follow_up	app	-0.0445
follow_up	app i	-0.0224
follow_up	appli	0.341
follow_up	appli to	0.1863
follow_up	applic goe	0.0403
follow_up	appreci	-0.071
follow_up	appreci it	-0.139
follow_up	appreci you	0.0383
follow_up	appreci your	0.0278
follow_up	approach	-0.048
follow_up	are	-0.3081
follow_up	are a	-0.0217
follow_up	are all	0.0363
follow_up	are at	-0.0224
follow_up	are near	0.0988
follow_up	are not	-0.0406
follow_up	are on	-0.036
follow_up	are open	0.0943
follow_up	are right	-0.0274
follow_up	are the	-0.0324
follow_up	are there	-0.1031
follow_up	are you	-0.0536
follow_up	are ~number	-0.0627
follow_up	are ~want	0.0298
follow_up	armi	-0.04
follow_up	around	-0.0355
follow_up	articl	0.2946
follow_up	articl about	0.0613
follow_up	articl i	0.1218
follow_up	articl on	0.0686
follow_up	as	-0.1099
follow_up	as a	-0.0928
follow_up	as ~number	-0.1003
follow_up	ask	-0.1949
follow_up	ask about	-0.0336
follow_up	ask one	-0.0424
follow_up	ask you	-0.0446
follow_up	ask ~number	-0.05
follow_up	ask ~people	-0.0436
follow_up	associ	-0.0673
follow_up	at	-0.0967
follow_up	at 3	-0.0521
follow_up	at deloitt	-0.0238
follow_up	at it	0.1174
follow_up	at that	-0.0371
follow_up	at the	-0.0379
follow_up	at ~number	-0.0483
follow_up	back	0.5157
follow_up	back after	0.2493
follow_up	back and	0.0423
follow_up	back from	0.0552
follow_up	back in	0.1697
follow_up	back to	-0.0891
follow_up	back ~want	0.2493
follow_up	background	-0.0545
follow_up	bank	-0.0436
follow_up	be	0.0509
follow_up	be a	-0.0365
follow_up	be abl	-0.035
follow_up	be all	0.0715
follow_up	be alright	0.0796
follow_up	be brief	-0.0474
follow_up	be comfort	-0.0803
follow_up	be consid	-0.0602
follow_up	be glad	-0.0808
follow_up	be grate	-0.0406
follow_up	be mind	-0.0275
follow_up	be ok	0.2132
follow_up	be open	0.3523
follow_up	be quick	-0.0537
follow_up	be so	-0.0954
follow_up	be sure	0.0865
follow_up	be up	0.1432
follow_up	be use	0.0352
follow_up	be will	-0.1567
follow_up	be ~help	0.0352
follow_up	be ~number	-0.0418
follow_up	becaus	-0.0458
follow_up	becaus i	-0.0306
follow_up	becom	-0.0227
follow_up	becom ~number	-0.0214
follow_up	been	-0.1364
follow_up	been freelanc	-0.0259
follow_up	befor i	0.1666
follow_up	befor that	-0.02
follow_up	befor we	-0.0832
follow_up	beginn	-0.0226
follow_up	best	0.1646
follow_up	best way	0.1936
follow_up	beta	-0.0256
follow_up	better	0.0974
follow_up	between	-0.102
follow_up	between meet	0.0201
follow_up	beyond	-0.026
follow_up	big	-0.0513
follow_up	biotech	-0.0209
follow_up	bit	-0.0743
follow_up	bit over	-0.021
follow_up	book	-0.0651
follow_up	book or	-0.0248
follow_up	book would	-0.0338
follow_up	book ~want	-0.0338
follow_up	bootcamp goe	0.0565
follow_up	brain	-0.0353
follow_up	break	0.0537
follow_up	break for	0.1354
follow_up	break i	-0.0276
follow_up	break so	-0.036
follow_up	brief	-0.0449
follow_up	broadband	-0.0605
follow_up	bug	-0.047
follow_up	bug you	-0.047
follow_up	build	-0.043
follow_up	busi	0.0252
follow_up	busi so	0.0569
follow_up	but would	0.0613
follow_up	but ~want	0.0613
follow_up	by	-0.0347
follow_up	by ask	-0.0292
follow_up	by email	0.0637
follow_up	by ~contactverb	0.0637
follow_up	by ~sendverb	0.0637
follow_up	by ~talk	0.0637
follow_up	bye	-0.0392
follow_up	calendar	0.0572
follow_up	calendar is	0.0659
follow_up	call it	-0.0811
follow_up	came	0.0325
follow_up	can	0.5964
follow_up	can be	-0.0399
follow_up	can end	-0.0335
follow_up	can ever	-0.0349
follow_up	can get	-0.0284
follow_up	can help	-0.0486
follow_up	can i	0.284
follow_up	can nurs	-0.0229
follow_up	can pass	-0.0849
follow_up	can see	-0.0461
follow_up	can send	0.1567
follow_up	can we	0.5714
follow_up	can you	-0.1257
follow_up	can ~help	-0.0851
follow_up	can ~learn	-0.0745
follow_up	candid	-0.0729
follow_up	candid about	-0.0486
follow_up	capston	0.1285
follow_up	card	0.3092
follow_up	card and	0.148
follow_up	care	-0.0253
follow_up	career	-0.1711
follow_up	career changer	-0.022
follow_up	career in	-0.0264
follow_up	career page	-0.0212
follow_up	carv	0.1125
follow_up	carv out	0.1125
follow_up	case	0.2214
follow_up	case studi	0.1808
follow_up	case ~studyverb	0.1808
follow_up	certif	0.0613
follow_up	certif in	0.0233
follow_up	certif program	0.0445
follow_up	certif ~degree	0.0445
follow_up	chain	-0.0662
follow_up	chain role	-0.0258
follow_up	chain ~job	-0.0258
follow_up	challeng	0.06
follow_up	chanc	-0.0682
follow_up	chanc you	-0.0544
follow_up	chang	-0.0886
follow_up	changer	-0.022
follow_up	chat	0.0956
follow_up	check	0.2284
follow_up	check back	0.0325
follow_up	check in	0.2212
follow_up	cheer for	-0.0453
follow_up	choos	0.0256
follow_up	choos a	0.0458
follow_up	choos ~number	0.0392
follow_up	circl	0.1773
follow_up	circl back	0.1773
follow_up	civilian	-0.0319
follow_up	class	0.0212
follow_up	clean	0.0576
follow_up	clear	-0.022
follow_up	client	-0.1711
follow_up	client after	-0.0401
follow_up	client ~want	-0.0401
follow_up	clinic	-0.0426
follow_up	clock	-0.0776
follow_up	close	-0.083
follow_up	coffe	0.1107
follow_up	cold	-0.0768
follow_up	colleagu	-0.151
follow_up	colleagu at	-0.0214
follow_up	colleagu i	-0.0268
follow_up	colleg	-0.0334
follow_up	come to	-0.0661
follow_up	come up	0.0329
follow_up	comfort	-0.1005
follow_up	comfort connect	-0.0244
follow_up	comfort introduc	-0.0489
follow_up	comfort ~talk	-0.0244
follow_up	communiti	-0.038
follow_up	communiti colleg	-0.0216
follow_up	compani	-0.0428
follow_up	complet ~number	0.0225
follow_up	conclud	-0.0482
follow_up	confer	-0.0383
follow_up	confer you	0.0298
follow_up	connect	0.3749
follow_up	connect me	-0.0513
follow_up	connect on	0.2114
follow_up	connect request	0.0235
follow_up	connect with	0.1522
follow_up	conscious	-0.0463
follow_up	consid	-0.0835
follow_up	consid for	-0.0248
follow_up	consult	-0.0411
follow_up	contact of	-0.0327
follow_up	contact with	0.2098
follow_up	continu	0.1753
follow_up	convers	-0.0388
follow_up	cool	-0.0516
follow_up	cool cool	-0.034
follow_up	cool i	-0.0254
follow_up	coordin	-0.0429
follow_up	coordin role	-0.0256
follow_up	coordin ~job	-0.0283
follow_up	could	-0.0503
follow_up	could i	0.2079
follow_up	could pass	-0.0518
follow_up	could put	-0.0235
follow_up	could reach	0.1175
follow_up	could send	-0.05
follow_up	could you	-0.1281
follow_up	could ~contactverb	0.1015
follow_up	could ~help	-0.036
follow_up	could ~sendverb	-0.1201
follow_up	could ~talk	0.1127
follow_up	coupl	0.1778
follow_up	coupl of	0.2009
follow_up	cours	0.0783
follow_up	cover	0.1123
follow_up	cowork	-0.0281
follow_up	credit	-0.0243
follow_up	crunch	-0.0362
follow_up	cultur	-0.0341
follow_up	curat	-0.0219
follow_up	curious how	-0.0218
follow_up	curious what	0.0329
follow_up	cut	-0.0387
follow_up	dana	0.0265
follow_up	data from	0.1285
follow_up	data scienc	-0.0437
follow_up	data team	-0.0679
follow_up	data ~org	-0.0702
follow_up	dataset	0.0683
follow_up	day	-0.1591
follow_up	day and	0.045
follow_up	deadlin	-0.0582
follow_up	decid	0.1297
follow_up	decid between	-0.0247
follow_up	decid to	-0.0255
follow_up	decis	0.1061
follow_up	def	0.1038
follow_up	definit	0.2171
follow_up	degre	-0.0917
follow_up	degre in	-0.0292
follow_up	deloitt	-0.0238
follow_up	depart	-0.0314
follow_up	describ	-0.049
follow_up	design	-0.088
follow_up	design ~job	-0.0209
follow_up	develop	-0.0233
follow_up	did	-0.2036
follow_up	did not	0.0792
follow_up	did you	-0.2106
follow_up	did ~number	-0.0204
follow_up	differ	-0.0595
follow_up	direct	-0.0704
follow_up	director	-0.0303
follow_up	do	-0.6172
follow_up	do a	-0.0225
follow_up	do not	-0.0978
follow_up	do they	0.0567
follow_up	do this	-0.0516
follow_up	do to	-0.0354
follow_up	do you	-0.1869
follow_up	do ~gatekeeper	-0.0368
follow_up	do ~number	-0.035
follow_up	doe	-0.1855
follow_up	doe a	-0.0485
follow_up	doe it	-0.0325
follow_up	doe the	-0.0238
follow_up	doe your	-0.043
follow_up	doe ~number	-0.0722
follow_up	done the	-0.0282
follow_up	done ~number	-0.0309
follow_up	down	0.0476
follow_up	down ~number	0.0796
follow_up	dr	-0.1048
follow_up	draft	0.0208
follow_up	drop	0.1758
follow_up	drop you	0.1526
follow_up	dure	-0.0403
follow_up	each ~closing	-0.0215
follow_up	earli	-0.0306
follow_up	earlier	-0.0329
follow_up	eat	-0.0423
follow_up	educ	0.0388
follow_up	educ i	0.0528
follow_up	els	0.0472
follow_up	els come	0.0784
follow_up	els on	-0.0306
follow_up	els should	-0.0298
follow_up	els would	-0.0439
follow_up	els you	-0.0363
follow_up	els ~want	-0.0439
follow_up	email	0.6414
follow_up	email later	0.0625
follow_up	email next	0.0211
follow_up	email or	0.0733
follow_up	email so	-0.0235
follow_up	email to	-0.0725
follow_up	email tonight	0.0386
follow_up	email you	0.2775
follow_up	email ~later	0.0625
follow_up	email ~number	0.1205
follow_up	end of	0.0222
follow_up	end up	0.1728
follow_up	engin	-0.0915
follow_up	english	-0.0333
follow_up	enjoy	-0.0815
follow_up	enjoy the	-0.0509
follow_up	enjoy ~number	-0.0509
follow_up	enough	-0.0826
follow_up	enough of	-0.0485
follow_up	especi	-0.0298
follow_up	even	-0.062
follow_up	evening	-0.0502
follow_up	ever	-0.1843
follow_up	ever anyth	-0.0332
follow_up	ever return	-0.0586
follow_up	ever ~help	-0.0279
follow_up	ever ~learn	-0.0239
follow_up	everi	-0.0249
follow_up	everyth	-0.0277
follow_up	everyth on	-0.0214
follow_up	exact	0.117
follow_up	exam	0.038
follow_up	exercis	-0.0201
follow_up	expect	-0.0201
follow_up	experi	-0.034
follow_up	explor	-0.0213
follow_up	extra	-0.034
follow_up	eye	0.0372
follow_up	eye on	0.0372
follow_up	fall	0.0577
follow_up	favor	-0.0876
follow_up	feedback	0.0247
follow_up	feel	0.0622
follow_up	few	0.0616
follow_up	few minut	-0.0231
follow_up	few month	0.1221
follow_up	few more	0.0867
follow_up	few ~duration	0.1087
follow_up	few ~limit	-0.0231
follow_up	few ~timeunit	-0.0231
follow_up	field	-0.1555
follow_up	fifteen	-0.052
follow_up	fifteen minut	-0.0502
follow_up	fifteen ~limit	-0.0502
follow_up	fifteen ~timeunit	-0.0502
follow_up	figur	-0.0282
follow_up	fill	-0.0411
follow_up	final	-0.0549
follow_up	final ~talk	-0.0223
follow_up	find	0.0513
follow_up	find last	0.1035
follow_up	fine	0.0226
follow_up	finish	0.028
follow_up	finish a	-0.0217
follow_up	finish the	0.1667
follow_up	finish your	-0.0412
follow_up	finish ~number	0.145
follow_up	fire	0.0501
follow_up	firm	-0.0508
follow_up	first	-0.1063
follow_up	first year	-0.0237
follow_up	first ~duration	-0.0237
follow_up	fit	-0.0645
follow_up	fit me	-0.0414
follow_up	five	-0.0525
follow_up	five minut	-0.0237
follow_up	five ~limit	-0.0237
follow_up	five ~timeunit	-0.0237
follow_up	flight	-0.0296
follow_up	focus	-0.0456
follow_up	follow	0.5468
follow_up	follow up	0.3815
follow_up	for	-0.2397
follow_up	for agre	-0.0597
follow_up	for all	-0.0303
follow_up	for anoth	0.1802
follow_up	for be	-0.0729
follow_up	for fit	-0.0291
follow_up	for give	-0.0391
follow_up	for hop	-0.027
follow_up	for it	-0.0209
follow_up	for make	-0.0623
follow_up	for me	-0.0267
follow_up	for squeez	-0.0423
follow_up	for take	-0.0259
follow_up	for that	-0.0325
follow_up	for the	-0.0374
follow_up	for this	0.0614
follow_up	for today	0.1732
follow_up	for your	0.0327
follow_up	for ~hiring	-0.0286
follow_up	for ~number	-0.067
follow_up	for ~studyverb	-0.0364
follow_up	for ~talk	-0.0257
follow_up	forecast	-0.0221
follow_up	forget	0.0795
follow_up	forget i	0.0571
follow_up	former	-0.0589
follow_up	former colleagu	-0.0266
follow_up	former ~people	-0.0281
follow_up	forti	-0.0334
follow_up	forward	-0.0704
follow_up	forward my	-0.0879
follow_up	found	-0.028
follow_up	free	-0.0274
follow_up	freelanc	-0.08
follow_up	friday	-0.0247
follow_up	from	-0.1522
follow_up	from me	0.0456
follow_up	from my	0.081
follow_up	from your	-0.0266
follow_up	from ~number	-0.0389
follow_up	full	-0.0256
follow_up	game	-0.0882
follow_up	game design	-0.0269
follow_up	genuin	-0.0251
follow_up	get	-0.0467
follow_up	get a	-0.0252
follow_up	get back	-0.064
follow_up	get in	0.0289
follow_up	get into	-0.0228
follow_up	get on	-0.1363
follow_up	get to	0.0639
follow_up	get your	0.1167
follow_up	get ~number	-0.0429
follow_up	gig	-0.0253
follow_up	give me	0.092
follow_up	give up	-0.0627
follow_up	glad	-0.092
follow_up	glad to	-0.0844
follow_up	go	-0.0302
follow_up	go back	-0.0414
follow_up	go on	-0.0232
follow_up	go to	0.0898
follow_up	go ~want	0.0538
follow_up	goe	0.4707
follow_up	goe and	0.0309
follow_up	gone	-0.0385
follow_up	good	-0.1401
follow_up	good luck	-0.0342
follow_up	good place	-0.0222
follow_up	good time	0.0594
follow_up	good word	-0.0209
follow_up	good ~closing	-0.0227
follow_up	good ~limit	0.0325
follow_up	good ~org	-0.0222
follow_up	got	-0.1574
follow_up	got a	-0.0566
follow_up	got thank	-0.0311
follow_up	got to	-0.0434
follow_up	got ~number	-0.0618
follow_up	grad program	0.0423
follow_up	graduat	0.064
follow_up	graduat in	-0.0253
follow_up	grant	-0.0342
follow_up	grate	-0.0954
follow_up	grate if	-0.0503
follow_up	grate you	-0.0279
follow_up	great	-0.0877
follow_up	great well	-0.0201
follow_up	group	-0.0231
follow_up	hackathon	0.0648
follow_up	hackathon and	0.0648
follow_up	had	-0.1005
follow_up	had a	-0.0233
follow_up	had ~number	-0.0252
follow_up	half	0.0351
follow_up	half an	-0.0236
follow_up	half hour	0.0762
follow_up	half ~limit	0.0762
follow_up	half ~number	-0.026
follow_up	half ~timeunit	0.0762
follow_up	hand with	0.0499
follow_up	handl	-0.0286
follow_up	hang	-0.039
follow_up	hang up	-0.037
follow_up	happen	-0.0204
follow_up	happi	-0.1002
follow_up	happi to	-0.0944
follow_up	hard	-0.1124
follow_up	hard back	-0.0307
follow_up	hard part	-0.0329
follow_up	has	-0.0487
follow_up	have	0.051
follow_up	have a	0.1013
follow_up	have ask	-0.0203
follow_up	have been	-0.1017
follow_up	have direct	0.0214
follow_up	have finish	0.1578
follow_up	have gone	-0.0332
follow_up	have got	-0.0608
follow_up	have hit	0.0249
follow_up	have kept	-0.0739
follow_up	have more	0.061
follow_up	have read	0.0278
follow_up	have taken	-0.0567
follow_up	have talk	0.1155
follow_up	have to	0.0255
follow_up	have ~insight	0.0278
follow_up	have ~number	0.0319
follow_up	have ~studyverb	0.1885
follow_up	have ~workverb	-0.1336
follow_up	head	-0.038
follow_up	health	-0.0253
follow_up	heap	-0.0291
follow_up	hear	-0.0581
follow_up	hear back	0.0398
follow_up	hear how	-0.024
follow_up	hear me	-0.0208
follow_up	hear of	-0.024
follow_up	help	-0.0795
follow_up	help i	0.0631
follow_up	help me	-0.0286
follow_up	help to	-0.0239
follow_up	help with	-0.0344
follow_up	help you	0.0292
follow_up	her	-0.1878
follow_up	here	-0.2856
follow_up	here i	-0.0235
follow_up	here thank	-0.0575
follow_up	hesit	-0.039
follow_up	hesit to	-0.039
follow_up	hey	0.1504
follow_up	hey so	0.1941
follow_up	hi	-0.0829
follow_up	high	-0.0205
follow_up	hire	-0.1847
follow_up	hire manag	-0.0536
follow_up	hire right	-0.0349
follow_up	hire ~gatekeeper	-0.0536
follow_up	hire ~student	-0.0489
follow_up	histori	-0.0202
follow_up	hit	0.0237
follow_up	hit the	0.0256
follow_up	hit ~number	0.0256
follow_up	hold	0.0203
follow_up	hold you	-0.042
follow_up	home	-0.0263
follow_up	honest	-0.0781
follow_up	honest ~insight	-0.02
follow_up	hop	-0.0497
follow_up	hop on	-0.0301
follow_up	hope	-0.104
follow_up	hospit	0.0515
follow_up	hospit staf	0.0987
follow_up	hour	-0.0496
follow_up	hour for	-0.0234
follow_up	hour would	0.1346
follow_up	hour ~want	0.1346
follow_up	hous	-0.0465
follow_up	how	-0.052
follow_up	how can	-0.0429
follow_up	how did	-0.1167
follow_up	how do	-0.2075
follow_up	how doe	-0.0291
follow_up	how is	-0.058
follow_up	how it	0.1552
follow_up	how long	-0.0344
follow_up	how much	-0.0518
follow_up	how my	0.0548
follow_up	how should	0.1264
follow_up	how the	0.4656
follow_up	how would	-0.0727
follow_up	how you	-0.132
follow_up	how ~help	-0.2075
follow_up	how ~number	0.4539
follow_up	how ~studyverb	-0.1167
follow_up	how ~want	-0.0727
follow_up	i	0.453
follow_up	i add	0.3724
follow_up	i alreadi	-0.0264
follow_up	i am	-0.3005
follow_up	i appli	-0.0638
follow_up	i ask	-0.0906
follow_up	i be	-0.0503
follow_up	i came	0.0437
follow_up	i can	-0.053
follow_up	i check	0.0382
follow_up	i connect	0.1584
follow_up	i contact	-0.0688
follow_up	i decid	0.2055
follow_up	i did	-0.0418
follow_up	i do	-0.0667
follow_up	i email	0.1046
follow_up	i end	0.2062
follow_up	i follow	0.2022
follow_up	i forget	0.0795
follow_up	i get	0.157
follow_up	i go	0.0573
follow_up	i graduat	-0.0298
follow_up	i had	-0.0648
follow_up	i have	0.4189
follow_up	i hear	0.044
follow_up	i help	-0.0329
follow_up	i just	0.0404
follow_up	i know	-0.2032
follow_up	i land	0.0586
follow_up	i learn	-0.0324
follow_up	i let	0.0721
follow_up	i mention	0.3367
follow_up	i need	-0.0265
follow_up	i ping	0.1699
follow_up	i prepar	0.0373
follow_up	i promis	-0.0464
follow_up	i reach	0.1202
follow_up	i read	-0.0271
follow_up	i realiz	-0.0528
follow_up	i realli	0.0708
follow_up	i saw	-0.0441
follow_up	i see	-0.0242
follow_up	i send	0.0968
follow_up	i sent	0.04
follow_up	i shadow	0.0235
follow_up	i share	0.0918
follow_up	i should	-0.1155
follow_up	i spent	-0.0241
follow_up	i talk	0.1279
follow_up	i text	0.0868
follow_up	i think	-0.0559
follow_up	i total	0.076
follow_up	i want	-0.1031
follow_up	i was	-0.062
follow_up	i will	0.9258
follow_up	i wish	-0.0376
follow_up	i would	-0.0395
follow_up	i wrote	0.1632
follow_up	i ~contactverb	0.2928
follow_up	i ~help	-0.1202
follow_up	i ~insight	-0.0326
follow_up	i ~learn	-0.1435
follow_up	i ~people	-0.0688
follow_up	i ~sendverb	0.1167
follow_up	i ~studyverb	-0.1126
follow_up	i ~talk	0.0635
follow_up	i ~want	-0.0842
follow_up	i ~workverb	-0.0435
follow_up	idea	-0.0224
follow_up	if	0.7747
follow_up	if a	-0.0721
follow_up	if anyon	-0.0213
follow_up	if anyth	-0.0598
follow_up	if i	0.9235
follow_up	if it	0.0558
follow_up	if someth	0.0344
follow_up	if that	0.0675
follow_up	if there	-0.0521
follow_up	if we	-0.0223
follow_up	if you	-0.1287
follow_up	if your	0.0573
follow_up	if ~number	-0.0964
follow_up	if ~people	-0.0213
follow_up	illustr	-0.025
follow_up	illustr ~workverb	-0.0235
follow_up	import	-0.0257
follow_up	in	0.2639
follow_up	in a	0.268
follow_up	in case	0.0746
follow_up	in contact	0.2148
follow_up	in game	-0.0321
follow_up	in may	-0.0303
follow_up	in mind	-0.0738
follow_up	in museum	0.021
follow_up	in my	-0.0856
follow_up	in or	0.0806
follow_up	in polici	-0.0234
follow_up	in product	-0.0569
follow_up	in public	-0.0336
follow_up	in return	-0.0293
follow_up	in this	-0.108
follow_up	in touch	0.436
follow_up	in what	-0.0242
follow_up	in with	0.0818
follow_up	in your	-0.1193
follow_up	in ~contactverb	0.6508
follow_up	in ~help	-0.0293
follow_up	in ~number	0.246
follow_up	in ~people	0.2111
follow_up	in ~talk	0.2148
follow_up	incred	0.0942
follow_up	incred help	0.0717
follow_up	industri	-0.1258
follow_up	inform	0.0971
follow_up	inform about	0.1045
follow_up	interest in	-0.021
follow_up	intern	-0.04
follow_up	internal	-0.021
follow_up	internship	-0.0237
follow_up	interrupt	-0.04
follow_up	interview	-0.0408
follow_up	into	-0.2004
follow_up	into leadership	-0.0209
follow_up	intro	-0.0955
follow_up	introduc	0.0383
follow_up	introduc me	0.0575
follow_up	introduct	-0.0824
follow_up	introduct to	-0.0626
follow_up	is	-0.1923
follow_up	is a	-0.072
follow_up	is all	0.1303
follow_up	is alreadi	-0.0241
follow_up	is anyth	0.0212
follow_up	is been	-0.0578
follow_up	is done	0.0695
follow_up	is email	0.1725
follow_up	is ever	-0.0462
follow_up	is everyth	-0.0643
follow_up	is it	0.1273
follow_up	is me	-0.0267
follow_up	is ok	0.1148
follow_up	is on	0.1224
follow_up	is pack	0.0619
follow_up	is realli	-0.034
follow_up	is that	-0.0637
follow_up	is there	-0.19
follow_up	is this	-0.0258
follow_up	is work	0.1237
follow_up	is worth	-0.0378
follow_up	is your	-0.0496
follow_up	is ~contactverb	0.1725
follow_up	is ~help	0.0428
follow_up	is ~number	-0.0943
follow_up	is ~sendverb	0.1725
follow_up	is ~talk	0.1679
follow_up	is ~want	-0.0645
follow_up	is ~workverb	0.0635
follow_up	it	0.0767
follow_up	it a	-0.0236
follow_up	it along	-0.1212
follow_up	it and	0.104
follow_up	it at	-0.0317
follow_up	it be	0.2473
follow_up	it from	-0.0313
follow_up	it help	0.0714
follow_up	it here	-0.0641
follow_up	it if	-0.0511
follow_up	it in	0.0288
follow_up	it is	0.0809
follow_up	it not	-0.0219
follow_up	it ok	0.0376
follow_up	it short	-0.0313
follow_up	it still	0.1627
follow_up	it take	-0.0234
follow_up	it there	-0.0931
follow_up	it to	0.0272
follow_up	it was	-0.0441
follow_up	it went	0.0645
follow_up	it would	0.1778
follow_up	it ~help	0.0857
follow_up	it ~insight	-0.0282
follow_up	it ~number	-0.0236
follow_up	it ~want	0.1106
follow_up	job	-0.1783
follow_up	join	-0.0372
follow_up	jordan i	0.0576
follow_up	jump	-0.0699
follow_up	jump right	-0.0335
follow_up	junior	-0.0609
follow_up	just	0.1519
follow_up	just ask	0.0524
follow_up	just say	-0.027
follow_up	just ~learn	0.0511
follow_up	just ~sendverb	0.0675
follow_up	just ~talk	0.1251
follow_up	just ~want	-0.0338
follow_up	keen	-0.025
follow_up	keep	0.4602
follow_up	keep an	0.0502
follow_up	keep go	-0.0401
follow_up	keep in	0.1573
follow_up	keep it	-0.0446
follow_up	keep me	-0.0793
follow_up	keep my	-0.0259
follow_up	keep this	-0.0409
follow_up	keep up	-0.0231
follow_up	keep you	0.536
follow_up	keep ~number	0.0372
follow_up	kept	-0.0355
follow_up	kept you	-0.0355
follow_up	kind	-0.0858
follow_up	kind of	-0.0393
follow_up	know	0.238
follow_up	know anyon	-0.0659
follow_up	know how	0.3015
follow_up	know i	-0.0287
follow_up	know if	-0.0742
follow_up	know it	-0.0201
follow_up	know we	-0.0485
follow_up	know what	0.2161
follow_up	know which	0.1116
follow_up	know you	-0.0637
follow_up	know your	0.0262
follow_up	know ~people	-0.0801
follow_up	lab	-0.0265
follow_up	land	0.0399
follow_up	last	-0.0732
follow_up	last question	-0.0279
follow_up	last week	-0.0286
follow_up	last year	-0.0277
follow_up	last ~closing	-0.0286
follow_up	last ~duration	-0.0277
follow_up	late	-0.0363
follow_up	later	0.2005
follow_up	later and	0.0562
follow_up	later on	0.0379
follow_up	later today	0.0797
follow_up	law	-0.0426
follow_up	lead	-0.0715
follow_up	lead ~number	-0.0409
follow_up	leadership	-0.0253
follow_up	learn	-0.1508
follow_up	learn from	-0.0304
follow_up	learn more	-0.0258
follow_up	leav	-0.1884
follow_up	leav it	-0.0918
follow_up	leav the	-0.0268
follow_up	leav ~number	-0.0268
follow_up	left	-0.0588
follow_up	left the	-0.0255
follow_up	left ~number	-0.0255
follow_up	let	0.1094
follow_up	let me	-0.1208
follow_up	let us	0.0231
follow_up	let you	0.2241
follow_up	letter	0.1479
follow_up	level	-0.0233
follow_up	librari	0.0426
follow_up	licens	0.0317
follow_up	licens exam	0.0467
follow_up	like	-0.0948
follow_up	like a	0.0858
follow_up	like for	-0.0407
follow_up	like me	0.0382
follow_up	like to	0.063
follow_up	like ~number	0.0496
follow_up	line	0.1246
follow_up	line onc	0.0787
follow_up	link	0.1548
follow_up	linkedin	0.9111
follow_up	linkedin after	0.0337
follow_up	linkedin afterward	0.0701
follow_up	linkedin and	0.0345
follow_up	linkedin if	0.0731
follow_up	linkedin so	0.1357
follow_up	linkedin ~want	0.0337
follow_up	littl	0.0206
follow_up	lmk	0.0229
follow_up	logist	-0.0428
follow_up	london	-0.026
follow_up	long enough	-0.0268
follow_up	longer	-0.0388
follow_up	longer than	-0.032
follow_up	look	-0.0319
follow_up	look at	0.0962
follow_up	look for	-0.0271
follow_up	look like	-0.0767
follow_up	lost	-0.0258
follow_up	lot	-0.0571
follow_up	love	0.0709
follow_up	love a	-0.0206
follow_up	love evening	-0.0392
follow_up	love it	-0.0518
follow_up	love to	0.2206
follow_up	love ~closing	-0.049
follow_up	love ~number	-0.0252
follow_up	luck	-0.0412
follow_up	luck with	-0.0412
follow_up	lunch	-0.032
follow_up	lunch break	0.0718
follow_up	lunch next	-0.0319
follow_up	made	-0.04
follow_up	made the	-0.0271
follow_up	made you	-0.0294
follow_up	made ~number	-0.0291
follow_up	mail	0.0846
follow_up	main	-0.0507
follow_up	main reason	-0.0268
follow_up	major	-0.0271
follow_up	make	-0.0724
follow_up	make a	-0.0247
follow_up	make an	-0.0427
follow_up	make sens	-0.0447
follow_up	make the	-0.0241
follow_up	make time	-0.0506
follow_up	make you	0.0635
follow_up	make ~insight	-0.0447
follow_up	make ~limit	-0.0506
follow_up	make ~number	-0.0916
follow_up	manag ~want	0.1945
follow_up	mani	-0.0525
follow_up	mani thank	-0.0457
follow_up	mark	-0.0248
follow_up	market	-0.0339
follow_up	master	0.0844
follow_up	matter	-0.0539
follow_up	matter most	-0.0204
follow_up	may	0.0278
follow_up	may i	0.0697
follow_up	may with	-0.0243
follow_up	mayb	-0.0442
follow_up	mba	-0.0388
follow_up	me	-0.3844
follow_up	me a	-0.0234
follow_up	me about	-0.0358
follow_up	me done	-0.0231
follow_up	me for	-0.0738
follow_up	me i	-0.0319
follow_up	me in	-0.0613
follow_up	me internal	-0.0205
follow_up	me know	-0.1273
follow_up	me off	0.0513
follow_up	me ok	-0.0208
follow_up	me the	-0.032
follow_up	me through	-0.0497
follow_up	me to	0.2026
follow_up	me who	-0.0221
follow_up	me with	-0.0587
follow_up	me your	0.1147
follow_up	me ~learn	-0.1357
follow_up	me ~number	-0.0699
follow_up	me ~people	-0.0221
follow_up	me ~talk	0.1082
follow_up	meet	-0.111
follow_up	meet at	-0.021
follow_up	meet so	0.031
follow_up	meet you	-0.0276
follow_up	mention	0.1946
follow_up	mention about	0.0675
follow_up	mention in	0.0303
follow_up	mention onc	0.0394
follow_up	mention you	-0.0366
follow_up	mention your	-0.0939
follow_up	mentor program	0.0337
follow_up	mentor ~degree	0.0337
follow_up	met	-0.0249
follow_up	mgmt	-0.0327
follow_up	might be	-0.0457
follow_up	mind	0.148
follow_up	mind if	0.424
follow_up	mind of	-0.0335
follow_up	minut	-0.2013
follow_up	minut left	-0.0228
follow_up	minut mark	-0.0248
follow_up	minut or	0.1801
follow_up	minut so	-0.0902
follow_up	minut we	-0.0923
follow_up	minut you	-0.0268
follow_up	month	0.4846
follow_up	month onc	0.0641
follow_up	month to	0.039
follow_up	more	-0.0654
follow_up	more about	-0.0459
follow_up	more of	-0.047
follow_up	more question	0.2072
follow_up	more than	-0.0371
follow_up	morn	-0.0527
follow_up	most	-0.2208
follow_up	most in	-0.0253
follow_up	move	-0.0821
follow_up	move into	-0.0426
follow_up	mph	0.0933
follow_up	mph program	0.1047
follow_up	ms	-0.0306
follow_up	much	-0.0201
follow_up	much and	-0.0346
follow_up	much i	0.063
follow_up	much this	0.0549
follow_up	much time	-0.0286
follow_up	much ~limit	-0.0286
follow_up	much ~want	-0.0212
follow_up	museum	0.0274
follow_up	museum educ	0.0448
follow_up	my	0.2992
follow_up	my background	-0.0297
follow_up	my capston	0.1285
follow_up	my case	0.1579
follow_up	my decis	0.1095
follow_up	my email	-0.0914
follow_up	my end	-0.0242
follow_up	my first	0.0204
follow_up	my manag	0.1809
follow_up	my own	-0.0224
follow_up	my posit	-0.0283
follow_up	my profess	-0.0248
follow_up	my question	-0.1251
follow_up	my resum	-0.2409
follow_up	my shoe	-0.0335
follow_up	my thesi	0.0403
follow_up	my ~application	-0.2415
follow_up	my ~contactverb	-0.0914
follow_up	my ~degree	-0.031
follow_up	my ~gatekeeper	0.1809
follow_up	my ~insight	0.0334
follow_up	my ~job	-0.0223
follow_up	my ~sendverb	-0.0869
follow_up	my ~student	0.166
follow_up	my ~talk	-0.0452
follow_up	myself	-0.033
follow_up	name	-0.2337
follow_up	name come	-0.0438
follow_up	name of	-0.0645
follow_up	near	0.0835
follow_up	near at	0.1198
follow_up	near out	-0.021
follow_up	need	-0.1532
follow_up	need a	0.0383
follow_up	need to	-0.0863
follow_up	need ~number	0.0299
follow_up	network	-0.0346
follow_up	never	-0.076
follow_up	new	-0.0315
follow_up	new grad	-0.0252
follow_up	new offic	-0.0226
follow_up	new ~org	-0.0226
follow_up	news	0.0799
follow_up	newslett	-0.0269
follow_up	next	0.1913
follow_up	next meet	-0.0286
follow_up	next month	0.2704
follow_up	next step	-0.0201
follow_up	next week	0.1111
follow_up	next ~closing	0.1111
follow_up	next ~talk	-0.0243
follow_up	nice	-0.0401
follow_up	night	0.0716
follow_up	night shift	0.044
follow_up	no	-0.0906
follow_up	nonprofit	-0.0313
follow_up	normal	-0.0241
follow_up	not	-0.3038
follow_up	not get	0.1159
follow_up	not hesit	-0.039
follow_up	not hold	-0.042
follow_up	not realiz	-0.0259
follow_up	not take	-0.0462
follow_up	not want	-0.0204
follow_up	not ~insight	-0.0462
follow_up	not ~learn	0.1155
follow_up	not ~want	-0.0526
follow_up	note	0.2717
follow_up	note after	0.0403
follow_up	note from	-0.1047
follow_up	note in	0.0636
follow_up	note next	0.0202
follow_up	note tomorrow	0.1101
follow_up	note tonight	0.064
follow_up	note ~want	0.0403
follow_up	now	-0.3234
follow_up	now and	-0.0538
follow_up	now i	-0.0229
follow_up	nurs	-0.16
follow_up	nurs chang	-0.0237
follow_up	nurs ~org	-0.0285
follow_up	oclock	-0.0339
follow_up	of	-0.189
follow_up	of a	-0.0486
follow_up	of anyon	0.0232
follow_up	of anyth	0.1265
follow_up	of it	-0.0275
follow_up	of month	0.11
follow_up	of peopl	-0.03
follow_up	of the	-0.0407
follow_up	of week	0.0944
follow_up	of your	-0.1775
follow_up	of ~duration	0.108
follow_up	of ~number	-0.1076
follow_up	of ~people	-0.0444
follow_up	off a	0.0503
follow_up	off here	-0.0458
follow_up	off now	-0.0201
follow_up	off ~number	0.0503
follow_up	off ~want	-0.0458
follow_up	offer	-0.0204
follow_up	offic treat	-0.0226
follow_up	oh	-0.0515
follow_up	ok	0.2627
follow_up	ok i	-0.0987
follow_up	ok to	0.3548
follow_up	ok with	0.1134
follow_up	okafor	-0.1029
follow_up	old	-0.0889
follow_up	old cowork	-0.0278
follow_up	omg	-0.0422
follow_up	on	0.6134
follow_up	on a	-0.0572
follow_up	on call	-0.0276
follow_up	on how	0.2914
follow_up	on it	0.0221
follow_up	on linkedin	0.8421
follow_up	on my	0.0567
follow_up	on rural	-0.0658
follow_up	on time	-0.0453
follow_up	on whether	0.0547
follow_up	on with	-0.1476
follow_up	on your	-0.1728
follow_up	on ~contactverb	-0.0469
follow_up	on ~limit	-0.0453
follow_up	on ~number	-0.0509
follow_up	on ~talk	-0.0469
follow_up	onc	0.7583
follow_up	onc i	0.6137
follow_up	onc my	0.1138
follow_up	one	-0.1867
follow_up	one more	-0.0742
follow_up	one you	-0.0398
follow_up	one ~limit	0.0216
follow_up	onli	-0.1329
follow_up	onli have	-0.0524
follow_up	onlin	-0.0391
follow_up	onto	0.0611
follow_up	onto your	0.0619
follow_up	open	0.2647
follow_up	open to	0.4455
follow_up	open up	-0.0957
follow_up	or	0.0269
follow_up	or do	0.0714
follow_up	or email	0.1668
follow_up	or is	-0.0472
follow_up	or newslett	-0.0219
follow_up	or should	-0.0222
follow_up	or through	0.0493
follow_up	or would	0.125
follow_up	or ~contactverb	0.1713
follow_up	or ~help	0.0501
follow_up	or ~number	-0.0339
follow_up	or ~sendverb	0.1668
follow_up	or ~talk	0.1713
follow_up	or ~want	0.1157
follow_up	other	-0.0434
follow_up	our	-0.0308
follow_up	out	-0.0404
follow_up	out again	0.222
follow_up	out and	-0.0216
follow_up	out if	-0.0415
follow_up	out in	0.0687
follow_up	out the	-0.0401
follow_up	out to	-0.2436
follow_up	out with	-0.0291
follow_up	out ~later	0.222
follow_up	out ~number	-0.0437
follow_up	out ~want	0.033
follow_up	outsid	-0.0233
follow_up	over	0.1198
follow_up	over a	0.0446
follow_up	over i	-0.0488
follow_up	over that	0.1052
follow_up	over ~number	0.0559
follow_up	overnight	-0.0327
follow_up	own	-0.0736
follow_up	pack	0.0367
follow_up	pack day	-0.0203
follow_up	pack so	0.0736
follow_up	pack ~closing	-0.0252
follow_up	pack ~limit	-0.0203
follow_up	page	-0.0212
follow_up	paper	0.1747
follow_up	part	-0.1619
follow_up	part of	-0.0766
follow_up	part time	-0.0283
follow_up	part ~limit	-0.0283
follow_up	pass	-0.2264
follow_up	pass it	-0.1212
follow_up	pass my	-0.0906
follow_up	past	-0.0505
follow_up	past the	-0.0222
follow_up	past ~number	-0.0222
follow_up	path	-0.045
follow_up	patient	-0.1273
follow_up	pay	-0.0213
follow_up	peopl	0.1207
follow_up	peopl in	-0.0796
follow_up	peopl you	0.1486
follow_up	person	-0.1123
follow_up	person who	-0.0793
follow_up	person ~people	-0.0793
follow_up	perspect	-0.0717
follow_up	phd	-0.0257
follow_up	pick	0.318
follow_up	pick this	0.2905
follow_up	ping	0.2078
follow_up	ping you	0.2258
follow_up	pitch	-0.0238
follow_up	place	-0.0407
follow_up	place to	-0.0222
follow_up	plan	-0.0656
follow_up	pleas	-0.1293
follow_up	pleas do	-0.0428
follow_up	pleas let	-0.0465
follow_up	pleas ~help	-0.0428
follow_up	pleasur	-0.0644
follow_up	podcast	0.1129
follow_up	point	-0.1199
follow_up	point me	-0.1305
follow_up	polici	-0.0974
follow_up	portfolio	0.2306
follow_up	portfolio review	0.1679
follow_up	portfolio to	-0.0352
follow_up	posit	-0.0907
follow_up	post	0.3964
follow_up	post on	0.2815
follow_up	practic	-0.0453
follow_up	precious	-0.0335
follow_up	prefer	0.1303
follow_up	prefer peopl	0.1399
follow_up	prefer ~people	0.1399
follow_up	pretti much	0.0466
follow_up	prioritis	-0.0257
follow_up	priya	-0.0778
follow_up	probabl	-0.0263
follow_up	process	-0.0262
follow_up	product side	0.1148
follow_up	product ~org	0.1127
follow_up	profess	-0.0631
follow_up	profession	-0.0396
follow_up	profession associ	-0.0257
follow_up	program	0.2127
follow_up	program i	0.0681
follow_up	project	-0.1624
follow_up	project manag	-0.0265
follow_up	promis	-0.0582
follow_up	proper	0.1249
follow_up	proper thank	0.1125
follow_up	public	-0.0598
follow_up	put	-0.1722
follow_up	put in	-0.0406
follow_up	put me	-0.0997
follow_up	python	0.0551
follow_up	python script	0.0568
follow_up	qs	0.0616
follow_up	quarter	-0.0406
follow_up	question	0.273
follow_up	question could	0.0576
follow_up	question honest	-0.0233
follow_up	question if	-0.0561
follow_up	question later	0.0722
follow_up	question ~later	0.1188
follow_up	quick	0.1155
follow_up	quick call	-0.0456
follow_up	quick note	0.0512
follow_up	quick ~contactverb	-0.0379
follow_up	quick ~talk	-0.05
follow_up	ran	-0.054
follow_up	rather	0.1186
follow_up	rather i	0.0403
follow_up	reach	0.3367
follow_up	reach out	0.0225
follow_up	reach you	0.3019
follow_up	real	-0.0826
follow_up	realist	-0.0289
follow_up	realiz	-0.0827
follow_up	realiz we	-0.0379
follow_up	realli	-0.0723
follow_up	realli appreci	-0.0288
follow_up	realli ~want	-0.0667
follow_up	reason	-0.0385
follow_up	reason of	-0.021
follow_up	recent	-0.0261
follow_up	recommend	-0.2233
follow_up	recommend i	-0.1137
follow_up	recruit	-0.096
follow_up	recruit in	-0.0339
follow_up	refer	-0.0839
follow_up	refer me	-0.0682
follow_up	referr	-0.0335
follow_up	region	0.0927
follow_up	region ~org	0.0602
follow_up	releas	-0.0335
follow_up	report	0.2194
follow_up	report back	0.2485
follow_up	request on	0.0235
follow_up	research	-0.2119
follow_up	respect	0.0494
follow_up	result	0.0357
follow_up	resum	-0.211
follow_up	resum along	-0.0751
follow_up	resum to	-0.0587
follow_up	retail	-0.0226
follow_up	return	-0.1647
follow_up	return the	-0.121
follow_up	return ~number	-0.121
follow_up	review	0.149
follow_up	review goe	0.1679
follow_up	right	-0.1021
follow_up	right at	-0.0263
follow_up	right i	-0.078
follow_up	right if	0.076
follow_up	right in	-0.0324
follow_up	right now	-0.0931
follow_up	risk	-0.0226
follow_up	role	-0.1457
follow_up	role in	-0.0271
follow_up	rout	-0.0686
follow_up	run	0.0578
follow_up	run i	0.112
follow_up	run your	-0.127
follow_up	rural	-0.0658
follow_up	said	-0.1913
follow_up	said twenti	-0.0263
follow_up	said you	-0.1275
follow_up	said ~number	-0.0377
follow_up	sam	-0.0367
follow_up	same	-0.0248
follow_up	saturday	-0.037
follow_up	saturday for	-0.0284
follow_up	save	0.1194
follow_up	saw	-0.0467
follow_up	say	-0.0535
follow_up	say a	-0.0213
follow_up	say thank	0.0228
follow_up	say ~number	-0.0246
follow_up	scare	0.0525
follow_up	scare me	0.0525
follow_up	schedul	0.1495
follow_up	school	-0.081
follow_up	scienc	-0.0762
follow_up	script	0.0568
follow_up	search	0.0826
follow_up	search goe	0.0872
follow_up	season	-0.0347
follow_up	second	0.1122
follow_up	second year	-0.0303
follow_up	second ~duration	-0.0303
follow_up	sector	-0.086
follow_up	see	-0.0511
follow_up	see if	0.0399
follow_up	see the	-0.04
follow_up	see we	-0.059
follow_up	see you	-0.0215
follow_up	see ~number	-0.04
follow_up	seem	-0.0294
follow_up	semest	0.1005
follow_up	send	0.9038
follow_up	send a	0.2012
follow_up	send it	0.1662
follow_up	send me	-0.0368
follow_up	send my	-0.0376
follow_up	send over	0.1876
follow_up	send thank	-0.0585
follow_up	send you	0.4695
follow_up	send ~number	0.2668
follow_up	sens	-0.0547
follow_up	sent you	0.04
follow_up	servic	-0.0275
follow_up	set	-0.0261
follow_up	shadow	0.1155
follow_up	shall	-0.0407
follow_up	shall i	0.066
follow_up	share	-0.0636
follow_up	share my	-0.0612
follow_up	share the	0.046
follow_up	share ~number	0.0388
follow_up	she would	-0.0273
follow_up	she ~want	-0.0273
follow_up	shift	-0.0411
follow_up	shoe	-0.0335
follow_up	shoot	-0.0256
follow_up	short note	0.0506
follow_up	should	-0.0832
follow_up	should i	0.0387
follow_up	should talk	-0.028
follow_up	should we	-0.0212
follow_up	should ~talk	-0.055
follow_up	side	-0.0254
follow_up	side you	-0.0401
follow_up	sign	-0.0606
follow_up	sign off	-0.0606
follow_up	sinc we	0.1365
follow_up	sinc you	-0.0755
follow_up	six	-0.0397
follow_up	six year	-0.0233
follow_up	six ~duration	-0.0397
follow_up	skill	-0.0571
follow_up	so	-0.377
follow_up	so candid	-0.0601
follow_up	so generous	-0.0275
follow_up	so help	-0.0232
follow_up	so i	-0.2163
follow_up	so let	-0.026
follow_up	so much	0.0469
follow_up	so thank	0.048
follow_up	so you	-0.0965
follow_up	some time	0.0517
follow_up	some way	-0.022
follow_up	someon	-0.108
follow_up	someon in	-0.0443
follow_up	someon on	0.0866
follow_up	someon who	-0.0446
follow_up	someon ~people	-0.0446
follow_up	someth	-0.0462
follow_up	someth come	-0.0323
follow_up	someth els	0.0754
follow_up	somewher	0.0274
follow_up	sorri for	0.0678
follow_up	sorri i	-0.1129
follow_up	sorri my	0.1685
follow_up	sound	-0.0381
follow_up	speak	-0.0962
follow_up	speak with	-0.0674
follow_up	specialti	-0.0222
follow_up	spend	-0.0339
follow_up	spend on	-0.0211
follow_up	spent	-0.0454
follow_up	spreadsheet	-0.0202
follow_up	spring	0.1373
follow_up	squeez	-0.0536
follow_up	squeez me	-0.0368
follow_up	staf	0.0981
follow_up	staff	-0.0306
follow_up	stand	-0.0204
follow_up	start	-0.1885
follow_up	start out	-0.0368
follow_up	start to	-0.0347
follow_up	stay	0.4999
follow_up	stay in	0.5468
follow_up	step	-0.0402
follow_up	still	0.0943
follow_up	still a	-0.0275
follow_up	still have	-0.045
follow_up	still ok	0.1535
follow_up	still ~number	-0.0275
follow_up	stop	-0.0874
follow_up	stop bug	-0.047
follow_up	stop here	-0.0526
follow_up	stop there	-0.0386
follow_up	stop ~want	-0.0526
follow_up	stretch	0.0242
follow_up	stuck	0.0495
follow_up	student	-0.1167
follow_up	student you	-0.0264
follow_up	studi	0.1397
follow_up	such a	-0.0274
follow_up	such ~number	-0.0296
follow_up	suggest	-0.0766
follow_up	suggest i	-0.1583
follow_up	summari	0.117
follow_up	summari of	0.117
follow_up	summer	-0.0606
follow_up	super	-0.0687
follow_up	super help	-0.0502
follow_up	suppli	-0.0662
follow_up	suppli chain	-0.0662
follow_up	sure	0.078
follow_up	sure to	0.0865
follow_up	survey	0.1245
follow_up	survey data	0.1874
follow_up	survey you	-0.0385
follow_up	sustain	-0.0494
follow_up	switch	-0.0572
follow_up	take	0.0649
follow_up	take a	0.113
follow_up	take on	0.1337
follow_up	take the	-0.0417
follow_up	take up	-0.0299
follow_up	take ~number	0.0407
follow_up	taken	-0.0672
follow_up	taken enough	-0.0442
follow_up	talk about	0.1145
follow_up	talk to	0.0869
follow_up	tax	-0.0257
follow_up	teach	-0.0506
follow_up	team	-0.2632
follow_up	team ever	-0.024
follow_up	team is	0.1255
follow_up	team would	-0.0318
follow_up	team ~want	-0.0318
follow_up	tell	0.055
follow_up	tell me	-0.0954
follow_up	tell you	0.1548
follow_up	ten	0.1336
follow_up	ten minut	0.1555
follow_up	ten year	-0.0207
follow_up	ten ~duration	-0.0207
follow_up	ten ~limit	0.1543
follow_up	ten ~timeunit	0.1543
follow_up	term	0.0779
follow_up	test	-0.0605
follow_up	tester	-0.0312
follow_up	text	0.0868
follow_up	text you	0.0868
follow_up	than	-0.0966
follow_up	than a	-0.023
follow_up	than ~number	-0.0235
follow_up	thank	-0.082
follow_up	thank again	-0.0688
follow_up	thank heap	-0.0291
follow_up	thank i	-0.0291
follow_up	thank so	0.1154
follow_up	thank to	-0.0261
follow_up	thank you	0.0668
follow_up	thank ~later	-0.0688
follow_up	that	-0.1993
follow_up	that answer	-0.03
follow_up	that articl	0.1938
follow_up	that cover	-0.0228
follow_up	that i	-0.0397
follow_up	that is	-0.0575
follow_up	that make	0.0756
follow_up	that would	-0.0719
follow_up	that you	-0.1255
follow_up	that ~want	-0.0865
follow_up	the	0.2165
follow_up	the 15	-0.0226
follow_up	the 20	-0.0482
follow_up	the advic	-0.0212
follow_up	the agenc	-0.0326
follow_up	the alumni	-0.0363
follow_up	the analyst	-0.0246
follow_up	the armi	-0.0367
follow_up	the articl	0.1022
follow_up	the best	0.1787
follow_up	the bootcamp	0.0644
follow_up	the call	-0.0316
follow_up	the certif	0.1097
follow_up	the clock	-0.072
follow_up	the confer	-0.0537
follow_up	the contact	-0.0356
follow_up	the coordin	-0.0203
follow_up	the cultur	-0.0264
follow_up	the data	-0.03
follow_up	the design	0.0511
follow_up	the end	0.0222
follow_up	the fall	0.0663
follow_up	the favor	-0.0876
follow_up	the field	-0.0694
follow_up	the first	-0.0251
follow_up	the grad	0.0484
follow_up	the hackathon	0.0648
follow_up	the half	0.0894
follow_up	the hard	-0.0344
follow_up	the hire	-0.0356
follow_up	the industri	-0.026
follow_up	the interview	0.0625
follow_up	the job	-0.0482
follow_up	the kind	-0.0334
follow_up	the last	-0.0307
follow_up	the licens	0.0418
follow_up	the link	0.0591
follow_up	the main	-0.0275
follow_up	the market	-0.0208
follow_up	the master	0.1046
follow_up	the most	-0.027
follow_up	the mph	0.0995
follow_up	the name	-0.0466
follow_up	the new	0.0301
follow_up	the next	-0.039
follow_up	the night	0.051
follow_up	the nurs	-0.026
follow_up	the one	-0.0636
follow_up	the peopl	0.1516
follow_up	the person	-0.0781
follow_up	the portfolio	0.1596
follow_up	the product	0.0999
follow_up	the profess	-0.025
follow_up	the program	0.0228
follow_up	the region	0.0285
follow_up	the rest	-0.051
follow_up	the right	0.0601
follow_up	the spring	0.1574
follow_up	the start	-0.0279
follow_up	the survey	0.1528
follow_up	the time	-0.0759
follow_up	the two	0.1142
follow_up	the way	0.0897
follow_up	the ~closing	-0.0238
follow_up	the ~contactverb	-0.07
follow_up	the ~degree	0.3772
follow_up	the ~gatekeeper	-0.0495
follow_up	the ~hiring	-0.0401
follow_up	the ~insight	-0.03
follow_up	the ~job	-0.0564
follow_up	the ~learn	-0.0292
follow_up	the ~limit	-0.0924
follow_up	the ~org	-0.0721
follow_up	the ~people	-0.1203
follow_up	the ~student	-0.0782
follow_up	the ~talk	-0.0718
follow_up	their	-0.0237
follow_up	them	-0.0232
follow_up	then	-0.0371
follow_up	there	-0.6168
follow_up	there a	0.0229
follow_up	there ani	-0.0598
follow_up	there anyon	-0.0638
follow_up	there anyth	-0.0871
follow_up	there for	-0.0239
follow_up	there is	-0.0495
follow_up	there so	-0.0401
follow_up	there ~people	-0.0939
follow_up	these	-0.0427
follow_up	these day	-0.0204
follow_up	thesi	0.0403
follow_up	they	0.0203
follow_up	they are	-0.0211
follow_up	they have	0.0325
follow_up	think	-0.1237
follow_up	think about	-0.0467
follow_up	think i	-0.181
follow_up	think it	0.0837
follow_up	think of	0.1814
follow_up	think that	-0.0218
follow_up	think we	-0.0905
follow_up	this and	0.1415
follow_up	this call	-0.0436
follow_up	this evening	0.0335
follow_up	this field	-0.058
follow_up	this focus	-0.0204
follow_up	this i	0.0214
follow_up	this industri	-0.0383
follow_up	this is	-0.0508
follow_up	this sector	-0.0248
follow_up	this summer	-0.0214
follow_up	this thank	-0.0344
follow_up	this to	-0.0483
follow_up	this ~contactverb	-0.0436
follow_up	this ~talk	-0.0456
follow_up	this ~want	-0.0208
follow_up	those	0.027
follow_up	those are	0.0363
follow_up	thought	-0.057
follow_up	three	-0.0466
follow_up	through	-0.0504
follow_up	through a	-0.0271
follow_up	through linkedin	0.0513
follow_up	through ~number	-0.0476
follow_up	tight	0.0354
follow_up	time	0.2392
follow_up	time and	0.0232
follow_up	time do	-0.0276
follow_up	time for	-0.0674
follow_up	time jordan	0.0582
follow_up	time or	-0.0315
follow_up	time so	-0.076
follow_up	time to	-0.0202
follow_up	time today	-0.0267
follow_up	time ~help	-0.0276
follow_up	tip	0.0287
follow_up	to	-0.2775
follow_up	to a	0.072
follow_up	to and	-0.0323
follow_up	to ask	-0.043
follow_up	to be	-0.1707
follow_up	to befor	-0.0289
follow_up	to chat	-0.0463
follow_up	to check	0.1827
follow_up	to connect	-0.0471
follow_up	to cut	-0.0327
follow_up	to dr	-0.0696
follow_up	to end	-0.0234
follow_up	to forward	-0.0421
follow_up	to get	0.0806
follow_up	to hear	-0.0491
follow_up	to help	-0.0487
follow_up	to hop	-0.0227
follow_up	to hour	-0.0522
follow_up	to if	-0.0251
follow_up	to keep	-0.0285
follow_up	to learn	-0.0674
follow_up	to leav	-0.0394
follow_up	to let	0.0788
follow_up	to me	0.1293
follow_up	to mind	-0.0661
follow_up	to my	-0.0605
follow_up	to next	-0.0361
follow_up	to one	-0.0355
follow_up	to pass	-0.0599
follow_up	to refer	-0.0575
follow_up	to return	-0.029
follow_up	to run	0.097
follow_up	to say	0.0281
follow_up	to see	0.0399
follow_up	to send	0.2221
follow_up	to share	-0.0423
follow_up	to someon	0.0987
follow_up	to speak	-0.0208
follow_up	to stay	0.5948
follow_up	to stop	-0.0338
follow_up	to take	0.1038
follow_up	to talk	-0.0634
follow_up	to tell	0.0572
follow_up	to test	-0.0215
follow_up	to the	0.0749
follow_up	to think	-0.0387
follow_up	to this	-0.0689
follow_up	to tri	-0.0234
follow_up	to understand	-0.0624
follow_up	to whoever	-0.026
follow_up	to work	-0.071
follow_up	to you	0.119
follow_up	to your	-0.0446
follow_up	to ~help	-0.1119
follow_up	to ~learn	-0.22
follow_up	to ~limit	-0.0709
follow_up	to ~number	0.107
follow_up	to ~people	0.035
follow_up	to ~sendverb	0.1262
follow_up	to ~student	-0.032
follow_up	to ~studyverb	0.1202
follow_up	to ~talk	-0.2348
follow_up	to ~timeunit	-0.0522
follow_up	to ~want	-0.0234
follow_up	to ~workverb	0.0259
follow_up	today	0.1745
follow_up	today and	-0.0216
follow_up	tomorrow	0.1147
follow_up	tomorrow and	0.1022
follow_up	tonight	0.0681
follow_up	tonight and	0.0352
follow_up	tonight to	0.023
follow_up	too	-0.1167
follow_up	too or	-0.0455
follow_up	took	-0.0202
follow_up	topic	0.1314
follow_up	total	0.0251
follow_up	total understand	0.0751
follow_up	total ~learn	0.0751
follow_up	touch	0.4332
follow_up	touch with	-0.174
follow_up	track	0.0353
follow_up	transit	-0.032
follow_up	treat	-0.0226
follow_up	treat you	-0.0226
follow_up	tri	-0.1573
follow_up	tri to	-0.1238
follow_up	truli	0.0409
follow_up	trust	-0.0217
follow_up	turn	0.0297
follow_up	twelv	-0.0224
follow_up	twenti	-0.0894
follow_up	twenti minut	-0.065
follow_up	twenti ~limit	-0.065
follow_up	twenti ~timeunit	-0.065
follow_up	twice	-0.0433
follow_up	two year	-0.0413
follow_up	two ~duration	-0.047
follow_up	typic	-0.0945
follow_up	typic week	-0.0367
follow_up	typic ~closing	-0.0401
follow_up	understand how	-0.0316
follow_up	understand if	-0.0215
follow_up	universiti	-0.0258
follow_up	until	-0.0418
follow_up	up	0.5179
follow_up	up a	0.0691
follow_up	up ani	-0.0697
follow_up	up anoth	0.2905
follow_up	up for	0.1397
follow_up	up here	-0.0866
follow_up	up in	0.1329
follow_up	up on	-0.0945
follow_up	up part	-0.026
follow_up	up question	0.0283
follow_up	up with	0.2217
follow_up	up your	-0.0339
follow_up	up ~number	0.0604
follow_up	up ~want	-0.1064
follow_up	updat	0.2485
follow_up	updat in	0.0225
follow_up	updat on	0.068
follow_up	us	-0.0801
follow_up	use	0.0241
follow_up	use for	0.0423
follow_up	use to	0.0292
follow_up	user	-0.0438
follow_up	usual	-0.0733
follow_up	ux	-0.0899
follow_up	ux research	-0.0601
follow_up	ux ~learn	-0.059
follow_up	ux ~org	-0.0237
follow_up	valu your	0.0207
follow_up	valuabl	-0.0309
follow_up	veri	-0.0892
follow_up	veri much	-0.0349
follow_up	volunt	-0.0581
follow_up	wait	-0.0413
follow_up	walk	-0.0586
follow_up	walk me	-0.0538
follow_up	want	-0.1877
follow_up	want to	-0.133
follow_up	was	-0.247
follow_up	was a	-0.022
follow_up	was hope	-0.0278
follow_up	was incred	0.0942
follow_up	was so	-0.027
follow_up	was super	-0.0339
follow_up	was ~number	-0.0432
follow_up	was ~want	-0.0556
follow_up	way	0.0845
follow_up	way for	-0.0279
follow_up	way i	-0.0378
follow_up	way to	0.2551
follow_up	way you	0.0955
follow_up	we	0.3327
follow_up	we agre	-0.0919
follow_up	we connect	0.2068
follow_up	we hang	-0.037
follow_up	we have	-0.1048
follow_up	we onli	-0.0359
follow_up	we said	-0.029
follow_up	we still	-0.0437
follow_up	we stop	0.1682
follow_up	we talk	0.026
follow_up	we ~learn	0.1897
follow_up	we ~talk	0.0994
follow_up	websit	-0.0213
follow_up	week	0.1479
follow_up	week and	0.042
follow_up	week to	0.0284
follow_up	week with	0.1341
follow_up	week ~want	0.0457
follow_up	weekend	-0.0823
follow_up	weird	-0.0292
follow_up	well	-0.09
follow_up	well i	-0.0809
follow_up	went	0.0447
follow_up	were	-0.1711
follow_up	were in	-0.0655
follow_up	were me	-0.0346
follow_up	were start	-0.0378
follow_up	what	-0.329
follow_up	what are	-0.0428
follow_up	what book	-0.0266
follow_up	what could	-0.0245
follow_up	what do	-0.0437
follow_up	what doe	-0.0635
follow_up	what i	0.2136
follow_up	what is	0.0471
follow_up	what keep	-0.0343
follow_up	what made	-0.0314
follow_up	what skill	-0.0237
follow_up	what would	-0.0733
follow_up	what you	-0.0308
follow_up	what your	0.1215
follow_up	what ~help	-0.0437
follow_up	what ~number	-0.0389
follow_up	what ~want	-0.0733
follow_up	when	-0.052
follow_up	when a	-0.0516
follow_up	when i	0.1052
follow_up	when you	-0.0835
follow_up	when ~number	-0.054
follow_up	where	-0.0659
follow_up	where can	-0.0447
follow_up	where i	0.0511
follow_up	whether	0.0488
follow_up	whether a	-0.0313
follow_up	whether i	0.0987
follow_up	whether ~number	0.0215
follow_up	whi	-0.0669
follow_up	which	-0.0711
follow_up	which ~degree	0.1246
follow_up	while	-0.11
follow_up	who	-0.457
follow_up	who els	-0.1034
follow_up	who is	-0.0454
follow_up	who might	-0.0285
follow_up	who on	-0.025
follow_up	who run	-0.0781
follow_up	who work	-0.0309
follow_up	who would	-0.048
follow_up	who ~want	-0.048
follow_up	whoever	-0.0735
follow_up	whose	-0.0485
follow_up	whose work	-0.0268
follow_up	whose ~learn	-0.0268
follow_up	whose ~workverb	-0.0268
follow_up	will	0.8024
follow_up	will conclud	-0.0482
follow_up	will connect	0.0521
follow_up	will def	0.1042
follow_up	will definit	0.2194
follow_up	will drop	0.1042
follow_up	will follow	0.2193
follow_up	will keep	0.1373
follow_up	will leav	-0.1017
follow_up	will let	-0.0358
follow_up	will not	-0.0888
follow_up	will report	0.22
follow_up	will send	0.4292
follow_up	will sign	-0.0606
follow_up	will stop	-0.1807
follow_up	will to	-0.1567
follow_up	will tri	-0.0724
follow_up	will wrap	-0.0491
follow_up	will write	0.1202
follow_up	will ~contactverb	0.2169
follow_up	will ~sendverb	0.6101
follow_up	will ~talk	0.0818
follow_up	will ~want	-0.0811
follow_up	wish	-0.067
follow_up	wish you	-0.0612
follow_up	with	0.2471
follow_up	with a	0.1311
follow_up	with an	0.0962
follow_up	with client	-0.0494
follow_up	with former	-0.0297
follow_up	with someon	-0.0544
follow_up	with the	-0.0251
follow_up	with them	-0.0264
follow_up	with this	-0.034
follow_up	with you	0.5931
follow_up	with your	-0.2245
follow_up	with ~number	0.193
follow_up	with ~people	-0.0912
follow_up	wonder rest	0.0448
follow_up	wonder ~closing	0.0231
follow_up	word	-0.0324
follow_up	work	-0.3161
follow_up	work in	-0.0773
follow_up	work on	0.108
follow_up	work with	-0.0454
follow_up	worth	-0.1267
follow_up	worth it	-0.0524
follow_up	worth the	-0.0305
follow_up	worth ~number	-0.0325
follow_up	would	0.3787
follow_up	would an	-0.0208
follow_up	would be	-0.1475
follow_up	would it	0.3294
follow_up	would keep	-0.0251
follow_up	would like	0.0523
follow_up	would love	0.1613
follow_up	would realli	-0.0549
follow_up	would recommend	-0.0646
follow_up	would suggest	-0.0653
follow_up	would you	0.2293
follow_up	would ~number	-0.0319
follow_up	wow	-0.0416
follow_up	wrap	0.0313
follow_up	wrap here	0.0889
follow_up	wrap up	-0.0439
follow_up	wrap ~want	0.0889
follow_up	write	0.0788
follow_up	write up	0.0886
follow_up	write you	0.0209
follow_up	wrote	0.1632
follow_up	yeah	-0.0475
follow_up	year	-0.2547
follow_up	year at	0.0457
follow_up	year in	-0.0542
follow_up	year of	-0.0241
follow_up	yes	-0.0484
follow_up	you	0.4938
follow_up	you a	0.3505
follow_up	you after	0.1316
follow_up	you again	-0.0652
follow_up	you agre	0.0976
follow_up	you an	0.0243
follow_up	you at	0.1617
follow_up	you be	0.3137
follow_up	you can	-0.0889
follow_up	you card	0.0846
follow_up	you carv	0.1282
follow_up	you could	-0.1517
follow_up	you decid	-0.0599
follow_up	you describ	-0.046
follow_up	you do	0.0251
follow_up	you email	0.1011
follow_up	you end	-0.0216
follow_up	you enjoy	-0.0264
follow_up	you ever	-0.0247
follow_up	you finish	-0.0403
follow_up	you follow	-0.0307
follow_up	you for	-0.1965
follow_up	you get	-0.263
follow_up	you give	-0.0298
follow_up	you go	-0.1428
follow_up	you got	-0.0213
follow_up	you had	-0.0214
follow_up	you have	-0.0279
follow_up	you hear	-0.0223
follow_up	you how	0.1149
follow_up	you i	-0.0222
follow_up	you if	0.422
follow_up	you just	0.0259
follow_up	you keep	-0.0646
follow_up	you know	0.6068
follow_up	you like	0.0918
follow_up	you long	-0.0268
follow_up	you mind	0.1128
follow_up	you move	-0.0269
follow_up	you need	-0.0908
follow_up	you next	0.0651
follow_up	you note	0.0391
follow_up	you now	-0.0478
follow_up	you on	0.7091
follow_up	you onc	0.0586
follow_up	you or	0.0732
follow_up	you out	-0.0317
follow_up	you pass	-0.0223
follow_up	you pick	-0.0337
follow_up	you point	-0.1156
follow_up	you post	0.476
follow_up	you prefer	0.1303
follow_up	you put	-0.0219
follow_up	you rather	0.1328
follow_up	you realli	0.1477
follow_up	you recommend	-0.15
follow_up	you said	-0.074
follow_up	you say	-0.0397
follow_up	you send	-0.042
follow_up	you share	-0.0217
follow_up	you so	-0.0445
follow_up	you squeez	-0.024
follow_up	you start	-0.0234
follow_up	you stay	-0.0937
follow_up	you still	-0.0297
follow_up	you take	-0.0228
follow_up	you tell	-0.0611
follow_up	you that	0.2019
follow_up	you the	0.2615
follow_up	you to	-0.0903
follow_up	you truli	0.0454
follow_up	you typic	-0.0229
follow_up	you up	-0.042
follow_up	you usual	-0.0221
follow_up	you veri	-0.0273
follow_up	you walk	-0.0377
follow_up	you were	-0.1446
follow_up	you where	0.0558
follow_up	you wish	-0.0294
follow_up	you work	-0.0219
follow_up	you would	-0.2378
follow_up	you ~contactverb	0.0838
follow_up	you ~hiring	-0.0317
follow_up	you ~insight	-0.0209
follow_up	you ~later	-0.0327
follow_up	you ~learn	0.2429
follow_up	you ~number	0.6363
follow_up	you ~studyverb	-0.0342
follow_up	you ~talk	0.0669
follow_up	you ~want	0.0524
follow_up	you ~workverb	-0.0383
follow_up	your	-0.656
follow_up	your afternoon	0.0423
follow_up	your app	-0.0241
follow_up	your calendar	0.0572
follow_up	your card	0.0601
follow_up	your career	-0.0314
follow_up	your colleagu	-0.0693
follow_up	your compani	-0.0237
follow_up	your data	-0.0477
follow_up	your day	-0.0745
follow_up	your depart	-0.0219
follow_up	your end	-0.0369
follow_up	your firm	-0.0272
follow_up	your first	-0.039
follow_up	your former	-0.0266
follow_up	your hire	-0.0211
follow_up	your lunch	0.0404
follow_up	your mentor	0.0361
follow_up	your morn	-0.0274
follow_up	your name	-0.1035
follow_up	your next	-0.0404
follow_up	your offic	0.046
follow_up	your old	-0.04
follow_up	your own	-0.0444
follow_up	your patient	-0.0926
follow_up	your perspect	-0.0246
follow_up	your recruit	-0.0225
follow_up	your saturday	-0.0284
follow_up	your take	0.1757
follow_up	your team	-0.046
follow_up	your time	0.0224
follow_up	your ux	-0.0479
follow_up	your week	0.0286
follow_up	your ~closing	-0.0375
follow_up	your ~degree	-0.0207
follow_up	your ~gatekeeper	-0.0302
follow_up	your ~hiring	-0.0379
follow_up	your ~insight	0.1546
follow_up	your ~limit	0.0648
follow_up	your ~org	-0.1462
follow_up	your ~people	-0.0786
follow_up	your ~talk	-0.0295
follow_up	~application	-0.1834
follow_up	~application along	-0.0751
follow_up	~application goe	0.0403
follow_up	~application to	-0.0418
follow_up	~closing	-0.2563
follow_up	~closing and	0.0697
follow_up	~closing i	0.0318
follow_up	~closing shift	0.044
follow_up	~closing thank	0.0423
follow_up	~contactverb	1.171
follow_up	~contactverb after	0.0242
follow_up	~contactverb and	0.0608
follow_up	~contactverb back	0.1773
follow_up	~contactverb her	-0.1665
follow_up	~contactverb it	-0.0588
follow_up	~contactverb later	0.0625
follow_up	~contactverb next	0.0211
follow_up	~contactverb of	-0.0327
follow_up	~contactverb or	0.0733
follow_up	~contactverb out	-0.1611
follow_up	~contactverb them	0.0385
follow_up	~contactverb to	-0.0785
follow_up	~contactverb tonight	0.0386
follow_up	~contactverb up	0.0886
follow_up	~contactverb when	0.0762
follow_up	~contactverb with	0.0401
follow_up	~contactverb you	0.5997
follow_up	~degree	0.1518
follow_up	~degree be	-0.0208
follow_up	~degree goe	0.0565
follow_up	~degree i	0.0977
follow_up	~degree in	-0.0706
follow_up	~degree program	0.1452
follow_up	~degree rout	-0.0349
follow_up	~duration	-0.0414
follow_up	~duration at	0.0457
follow_up	~duration in	-0.0611
follow_up	~duration of	-0.0241
follow_up	~duration onc	0.0605
follow_up	~duration to	0.0453
follow_up	~gatekeeper	-0.0946
follow_up	~gatekeeper in	-0.0344
follow_up	~gatekeeper manag	-0.0536
follow_up	~gatekeeper right	-0.0349
follow_up	~gatekeeper you	0.0343
follow_up	~help	-0.5772
follow_up	~help for	0.0334
follow_up	~help me	-0.0373
follow_up	~help not	-0.0978
follow_up	~help the	-0.131
follow_up	~help they	0.0567
follow_up	~help with	-0.0344
follow_up	~help you	-0.1435
follow_up	~hiring	-0.1274
follow_up	~hiring manag	-0.0536
follow_up	~hiring on	-0.0298
follow_up	~hiring right	-0.0349
follow_up	~hiring the	-0.0307
follow_up	~insight	-0.2386
follow_up	~insight a	-0.0238
follow_up	~insight about	-0.0279
follow_up	~insight it	0.0259
follow_up	~insight on	0.1197
follow_up	~insight to	-0.03
follow_up	~insight up	-0.0293
follow_up	~job	-0.5417
follow_up	~job i	-0.0442
follow_up	~job in	-0.0454
follow_up	~job on	-0.0243
follow_up	~job that	-0.0207
follow_up	~later	0.6544
follow_up	~later after	0.2582
follow_up	~later and	0.077
follow_up	~later for	-0.0354
follow_up	~later i	-0.038
follow_up	~later if	0.0845
follow_up	~later in	0.1374
follow_up	~later on	0.0379
follow_up	~later onc	0.055
follow_up	~later today	0.0797
follow_up	~learn	-0.2406
follow_up	~learn a	-0.0458
follow_up	~learn about	-0.0305
follow_up	~learn and	-0.0242
follow_up	~learn anyon	-0.0659
follow_up	~learn back	-0.0205
follow_up	~learn from	-0.0411
follow_up	~learn how	0.2602
follow_up	~learn i	-0.0314
follow_up	~learn if	-0.0767
follow_up	~learn it	-0.0335
follow_up	~learn me	-0.0354
follow_up	~learn more	-0.0279
follow_up	~learn my	0.0837
follow_up	~learn of	-0.0355
follow_up	~learn on	-0.2049
follow_up	~learn one	-0.0424
follow_up	~learn out	-0.0238
follow_up	~learn some	-0.0205
follow_up	~learn that	-0.0382
follow_up	~learn the	-0.0668
follow_up	~learn this	0.2721
follow_up	~learn to	0.059
follow_up	~learn what	0.2124
follow_up	~learn whether	0.0427
follow_up	~learn which	0.1116
follow_up	~learn with	-0.0231
follow_up	~learn you	-0.1051
follow_up	~learn your	0.1334
follow_up	~limit	-0.1828
follow_up	~limit and	0.0477
follow_up	~limit break	0.0718
follow_up	~limit do	-0.0283
follow_up	~limit for	-0.097
follow_up	~limit is	0.02
follow_up	~limit jordan	0.0582
follow_up	~limit left	-0.024
follow_up	~limit next	0.0493
follow_up	~limit or	0.1428
follow_up	~limit so	-0.1908
follow_up	~limit thank	0.0423
follow_up	~limit to	-0.0361
follow_up	~limit today	-0.0319
follow_up	~limit we	-0.0949
follow_up	~limit would	0.1524
follow_up	~limit you	-0.0426
follow_up	~number	-0.179
follow_up	~number 15	-0.0226
follow_up	~number 20	-0.0482
follow_up	~number advic	-0.0212
follow_up	~number agenc	-0.0358
follow_up	~number alumni	-0.0363
follow_up	~number an	-0.0236
follow_up	~number analyst	-0.0267
follow_up	~number applic	0.0284
follow_up	~number armi	-0.04
follow_up	~number articl	0.1022
follow_up	~number best	0.1787
follow_up	~number big	-0.0493
follow_up	~number bit	-0.0609
follow_up	~number bootcamp	0.0512
follow_up	~number call	0.0664
follow_up	~number career	-0.0665
follow_up	~number case	-0.0315
follow_up	~number certif	0.0975
follow_up	~number client	-0.0511
follow_up	~number clock	-0.072
follow_up	~number close	-0.0314
follow_up	~number colleagu	-0.0392
follow_up	~number come	-0.0297
follow_up	~number confer	-0.0607
follow_up	~number connect	0.0235
follow_up	~number contact	-0.0649
follow_up	~number coordin	-0.0203
follow_up	~number coupl	0.1778
follow_up	~number cultur	-0.0264
follow_up	~number data	-0.0393
follow_up	~number day	-0.0223
follow_up	~number deadlin	-0.0536
follow_up	~number degre	-0.0413
follow_up	~number design	0.0454
follow_up	~number end	0.0222
follow_up	~number extra	-0.0234
follow_up	~number eye	0.0502
follow_up	~number fall	0.0663
follow_up	~number favor	-0.0876
follow_up	~number few	0.0518
follow_up	~number field	-0.0761
follow_up	~number final	-0.0203
follow_up	~number first	-0.0287
follow_up	~number grad	0.0453
follow_up	~number great	-0.0232
follow_up	~number hackathon	0.0648
follow_up	~number half	0.0894
follow_up	~number hand	0.0381
follow_up	~number hard	-0.0418
follow_up	~number hire	-0.0356
follow_up	~number honest	0.033
follow_up	~number hour	0.0573
follow_up	~number i	-0.0226
follow_up	~number industri	-0.026
follow_up	~number interview	0.0348
follow_up	~number introduct	-0.0217
follow_up	~number job	-0.0746
follow_up	~number junior	-0.0324
follow_up	~number kind	-0.0334
follow_up	~number last	-0.048
follow_up	~number librari	0.0514
follow_up	~number licens	0.0418
follow_up	~number line	0.1265
follow_up	~number link	0.0755
follow_up	~number littl	0.0224
follow_up	~number look	0.1176
follow_up	~number lot	-0.0571
follow_up	~number love	-0.049
follow_up	~number main	-0.0275
follow_up	~number market	-0.0208
follow_up	~number master	0.0754
follow_up	~number mba	-0.0335
follow_up	~number minut	-0.1659
follow_up	~number month	0.1422
follow_up	~number more	-0.0275
follow_up	~number most	-0.027
follow_up	~number mph	0.0948
follow_up	~number name	-0.0908
follow_up	~number next	-0.0396
follow_up	~number night	0.0475
follow_up	~number nonprofit	-0.022
follow_up	~number note	0.0443
follow_up	~number nurs	-0.043
follow_up	~number of	0.192
follow_up	~number on	-0.027
follow_up	~number one	-0.0645
follow_up	~number or	-0.0478
follow_up	~number pack	-0.0252
follow_up	~number past	-0.0202
follow_up	~number peopl	0.1001
follow_up	~number person	-0.0841
follow_up	~number polici	-0.0251
follow_up	~number portfolio	0.141
follow_up	~number posit	-0.0301
follow_up	~number product	0.0964
follow_up	~number profess	-0.0324
follow_up	~number program	0.0724
follow_up	~number project	-0.039
follow_up	~number proper	0.1226
follow_up	~number quarter	-0.0385
follow_up	~number question	0.128
follow_up	~number quick	0.2098
follow_up	~number real	-0.0432
follow_up	~number recruit	-0.024
follow_up	~number referr	-0.0288
follow_up	~number region	0.0927
follow_up	~number releas	-0.0335
follow_up	~number rest	-0.051
follow_up	~number right	0.0584
follow_up	~number second	0.1188
follow_up	~number short	0.0992
follow_up	~number spring	0.1527
follow_up	~number start	-0.0279
follow_up	~number student	-0.0332
follow_up	~number summari	0.1147
follow_up	~number survey	0.1515
follow_up	~number switch	-0.021
follow_up	~number thank	0.1911
follow_up	~number time	-0.0678
follow_up	~number two	0.0898
follow_up	~number typic	-0.0568
follow_up	~number updat	0.1619
follow_up	~number ux	-0.0266
follow_up	~number veri	-0.0216
follow_up	~number way	0.0897
follow_up	~number wonder	0.0231
follow_up	~number year	-0.1165
follow_up	~number you	-0.0398
follow_up	~org	-0.4472
follow_up	~org and	-0.0712
follow_up	~org ever	-0.0437
follow_up	~org for	-0.0236
follow_up	~org if	-0.0381
follow_up	~org is	0.1175
follow_up	~org on	0.0945
follow_up	~org or	-0.0508
follow_up	~org staf	0.0987
follow_up	~org to	-0.0257
follow_up	~org treat	-0.0226
follow_up	~org would	-0.058
follow_up	~org you	-0.0539
follow_up	~people	-0.7859
follow_up	~people at	-0.0555
follow_up	~people come	-0.0269
follow_up	~people do	-0.0399
follow_up	~people els	-0.1562
follow_up	~people from	-0.0236
follow_up	~people i	-0.0336
follow_up	~people in	-0.1829
follow_up	~people is	-0.0454
follow_up	~people might	-0.0285
follow_up	~people more	-0.0742
follow_up	~people of	-0.1138
follow_up	~people on	0.0221
follow_up	~people run	-0.0781
follow_up	~people who	-0.1808
follow_up	~people with	0.2078
follow_up	~people work	-0.0313
follow_up	~people would	-0.0496
follow_up	~people you	0.084
follow_up	~sendverb	1.2498
follow_up	~sendverb a	0.2012
follow_up	~sendverb it	0.1294
follow_up	~sendverb later	0.0625
follow_up	~sendverb me	-0.0368
follow_up	~sendverb my	-0.1928
follow_up	~sendverb next	0.0211
follow_up	~sendverb or	0.0733
follow_up	~sendverb over	0.1876
follow_up	~sendverb so	-0.0235
follow_up	~sendverb thank	-0.0585
follow_up	~sendverb to	-0.0725
follow_up	~sendverb tonight	0.0386
follow_up	~sendverb you	0.756
follow_up	~student	-0.5342
follow_up	~student associ	-0.027
follow_up	~student at	-0.0434
follow_up	~student for	-0.0239
follow_up	~student in	-0.0426
follow_up	~student just	0.1939
follow_up	~student open	-0.0202
follow_up	~student program	0.0407
follow_up	~student role	-0.0557
follow_up	~student rout	-0.0334
follow_up	~student you	0.0208
follow_up	~studyverb	-0.1832
follow_up	~studyverb in	-0.0302
follow_up	~studyverb my	-0.0382
follow_up	~studyverb not	0.0792
follow_up	~studyverb the	0.1366
follow_up	~studyverb this	-0.0419
follow_up	~studyverb would	0.1204
follow_up	~studyverb you	-0.2158
follow_up	~talk	0.2248
follow_up	~talk at	-0.0441
follow_up	~talk her	-0.1665
follow_up	~talk i	0.144
follow_up	~talk in	-0.0259
follow_up	~talk it	-0.0588
follow_up	~talk later	0.0625
follow_up	~talk me	-0.0528
follow_up	~talk next	0.0211
follow_up	~talk of	-0.0327
follow_up	~talk on	0.2215
follow_up	~talk or	0.0648
follow_up	~talk out	-0.0587
follow_up	~talk so	-0.0296
follow_up	~talk the	0.086
follow_up	~talk them	0.0385
follow_up	~talk to	-0.0578
follow_up	~talk tonight	0.0386
follow_up	~talk when	0.0644
follow_up	~talk with	0.2324
follow_up	~talk you	0.2994
follow_up	~timeunit	-0.2499
follow_up	~timeunit for	-0.0264
follow_up	~timeunit left	-0.0228
follow_up	~timeunit mark	-0.0248
follow_up	~timeunit or	0.1738
follow_up	~timeunit so	-0.1062
follow_up	~timeunit we	-0.0923
follow_up	~timeunit would	0.1346
follow_up	~timeunit you	-0.0272
follow_up	~want	0.0338
follow_up	~want a	-0.1493
follow_up	~want an	-0.0294
follow_up	~want appreci	-0.0288
follow_up	~want ask	0.0468
follow_up	~want be	-0.1475
follow_up	~want call	0.1935
follow_up	~want graduat	0.1081
follow_up	~want how	-0.0218
follow_up	~want i	0.2725
follow_up	~want in	-0.0361
follow_up	~want it	0.1537
follow_up	~want keep	-0.0251
follow_up	~want like	0.0332
follow_up	~want love	0.1472
follow_up	~want my	0.1832
follow_up	~want realli	-0.0553
follow_up	~want recommend	-0.0646
follow_up	~want say	-0.027
follow_up	~want suggest	-0.0653
follow_up	~want talk	-0.0547
follow_up	~want thank	-0.0575
follow_up	~want that	0.0256
follow_up	~want the	0.1509
follow_up	~want they	-0.0249
follow_up	~want this	0.053
follow_up	~want to	-0.2939
follow_up	~want want	-0.0222
follow_up	~want what	0.0329
follow_up	~want you	0.1795
follow_up	~workverb	-0.3887
follow_up	~workverb at	-0.0213
follow_up	~workverb freelanc	-0.0259
follow_up	~workverb i	0.0945
follow_up	~workverb in	-0.0894
follow_up	~workverb long	0.1091
follow_up	~workverb on	0.1167
follow_up	~workverb over	-0.0477
follow_up	~workverb with	-0.0313
time_ack	*	-2.8055
time_ack	10	0.1599
time_ack	11	0.0275
time_ack	15	0.1834
time_ack	15 minut	-0.0285
time_ack	15 ~limit	-0.0285
time_ack	15 ~timeunit	-0.0285
time_ack	2	0.4958
time_ack	20	0.0439
time_ack	20 minut	0.0439
time_ack	20 ~limit	0.0439
time_ack	20 ~timeunit	0.0439
time_ack	25	0.0396
time_ack	3	0.3464
time_ack	3 30	0.1186
time_ack	3 oclock	0.1222
time_ack	3 ~number	0.1186
time_ack	30	0.1617
time_ack	30 minut	0.0378
time_ack	30 or	0.0995
time_ack	30 ~limit	0.0442
time_ack	30 ~timeunit	0.0378
time_ack	4	0.3533
time_ack	5	0.2942
time_ack	5 year	0.0479
time_ack	5 ~duration	0.0479
time_ack	?	-0.8489
time_ack	^ah	-0.0329
time_ack	^alright	-0.1512
time_ack	^alvarez	0.0524
time_ack	^and	0.1373
time_ack	^ani	-0.0999
time_ack	^appreci	0.2589
time_ack	^are	-0.1256
time_ack	^befor	0.2944
time_ack	^brilliant	-0.0275
time_ack	^bye	-0.037
time_ack	^can	-0.1854
time_ack	^cool	-0.0453
time_ack	^could	-0.1942
time_ack	^did	-0.2347
time_ack	^do	-0.1453
time_ack	^doe	-0.0375
time_ack	^enjoy	0.0613
time_ack	^give	0.1123
time_ack	^go	0.1447
time_ack	^good	-0.0948
time_ack	^got	-0.056
time_ack	^great	-0.0356
time_ack	^happi	-0.0582
time_ack	^have	0.0406
time_ack	^hello	-0.0366
time_ack	^hey	-0.1133
time_ack	^hi	0.0966
time_ack	^hm	-0.0283
time_ack	^honest	-0.087
time_ack	^how	-0.6724
time_ack	^huh	-0.0201
time_ack	^i	0.0701
time_ack	^if	-0.1124
time_ack	^is	-0.1546
time_ack	^it	-0.0283
time_ack	^just	0.2728
time_ack	^let	-0.0644
time_ack	^look	0.1035
time_ack	^love	-0.0389
time_ack	^mani	0.0305
time_ack	^mind	0.0967
time_ack	^my	-0.0306
time_ack	^oh	0.0979
time_ack	^omg	0.1199
time_ack	^onc	-0.0298
time_ack	^one	0.026
time_ack	^out	0.0405
time_ack	^pleas	-0.1047
time_ack	^serious	0.0683
time_ack	^shall	0.1202
time_ack	^should	0.104
time_ack	^sinc	0.2678
time_ack	^so	-0.2191
time_ack	^sorri	0.4385
time_ack	^take	0.0342
time_ack	^tell	-0.0449
time_ack	^thank	0.1933
time_ack	^that	0.0567
time_ack	^this	-0.0526
time_ack	^those	-0.0691
time_ack	^to	-0.0206
time_ack	^total	0.2044
time_ack	^wait	-0.0454
time_ack	^walk	-0.0232
time_ack	^was	-0.031
time_ack	^we	0.4844
time_ack	^what	-0.788
time_ack	^when	-0.0421
time_ack	^where	-0.091
time_ack	^which	-0.1411
time_ack	^who	-0.1251
time_ack	^with	0.0399
time_ack	^would	-0.1637
time_ack	^yeah	-0.0628
time_ack	a	-0.3553
time_ack	a bachelor	-0.0248
time_ack	a big	-0.0222
time_ack	a bit	0.069
time_ack	a career	-0.0456
time_ack	a coupl	0.0955
time_ack	a data	-0.0495
time_ack	a day	-0.0594
time_ack	a deadlin	0.1529
time_ack	a degre	-0.0236
time_ack	a feel	-0.0223
time_ack	a firefight	0.1117
time_ack	a fit	-0.0261
time_ack	a former	0.0321
time_ack	a good	0.022
time_ack	a great	-0.0461
time_ack	a hard	0.36
time_ack	a hospit	-0.0309
time_ack	a job	-0.1064
time_ack	a junior	0.0576
time_ack	a lab	0.0917
time_ack	a line	-0.0316
time_ack	a littl	0.0556
time_ack	a long	0.0809
time_ack	a lot	0.0945
time_ack	a major	-0.0211
time_ack	a master	0.0449
time_ack	a meet	0.1298
time_ack	a million	0.061
time_ack	a normal	-0.036
time_ack	a note	0.0511
time_ack	a pack	0.0717
time_ack	a paraleg	-0.0285
time_ack	a part	-0.0883
time_ack	a patient	-0.023
time_ack	a posit	-0.0602
time_ack	a project	-0.0272
time_ack	a proper	-0.0784
time_ack	a question	0.0999
time_ack	a recruit	-0.0416
time_ack	a referr	-0.053
time_ack	a second	0.0961
time_ack	a shall	-0.0366
time_ack	a short	-0.0557
time_ack	a social	0.1
time_ack	a student	-0.0637
time_ack	a ton	-0.0362
time_ack	a typic	-0.0226
time_ack	a veri	0.074
time_ack	a vet	-0.0213
time_ack	a wonder	-0.0306
time_ack	a ~closing	-0.063
time_ack	a ~degree	-0.0346
time_ack	a ~gatekeeper	-0.0442
time_ack	a ~job	-0.1866
time_ack	a ~limit	-0.0686
time_ack	a ~number	0.0994
time_ack	a ~org	0.0381
time_ack	a ~people	-0.0233
time_ack	a ~student	0.0331
time_ack	a ~talk	0.1054
time_ack	abil	-0.0264
time_ack	abl	-0.0418
time_ack	abl to	-0.0418
time_ack	about	-0.124
time_ack	about a	-0.0391
time_ack	about five	0.0548
time_ack	about how	-0.023
time_ack	about it	-0.0432
time_ack	about me	-0.0266
time_ack	about most	0.1148
time_ack	about move	0.1031
time_ack	about my	-0.0219
time_ack	about that	0.0449
time_ack	about the	-0.1698
time_ack	about what	-0.0275
time_ack	about your	-0.0568
time_ack	about ~job	-0.0251
time_ack	about ~number	-0.1694
time_ack	about ~studyverb	0.0966
time_ack	academia	-0.0268
time_ack	accept	0.0316
time_ack	account student	0.0947
time_ack	account ~student	0.0947
time_ack	across	-0.0215
time_ack	actual	-0.1474
time_ack	actual do	0.0532
time_ack	actual like	-0.0202
time_ack	actual look	-0.022
time_ack	actual ~help	0.0499
time_ack	actual ~learn	-0.0322
time_ack	add	0.034
time_ack	add you	0.0387
time_ack	administr	-0.0294
time_ack	advic	-0.1025
time_ack	advic on	0.0451
time_ack	advic you	-0.0232
time_ack	advisori	-0.0274
time_ack	after	-0.1791
time_ack	after the	-0.0717
time_ack	after this	-0.0611
time_ack	after ~number	-0.0919
time_ack	afternoon	0.1945
time_ack	again	-0.1691
time_ack	again and	-0.0855
time_ack	again for	0.1364
time_ack	again this	-0.0329
time_ack	agenc	0.0592
time_ack	agenc side	-0.0208
time_ack	agenc ~org	-0.0208
time_ack	agenda	0.0208
time_ack	agre	-0.112
time_ack	agre to	-0.1133
time_ack	ah	-0.0329
time_ack	all	-0.3356
time_ack	all day	-0.0517
time_ack	all from	-0.0471
time_ack	all i	0.0228
time_ack	all of	-0.0618
time_ack	all right	0.037
time_ack	all the	-0.143
time_ack	all ~closing	-0.0517
time_ack	all ~limit	-0.0517
time_ack	all ~number	-0.143
time_ack	almost	0.2988
time_ack	almost out	0.1037
time_ack	along to	0.0307
time_ack	alreadi	0.239
time_ack	alreadi 3	0.0388
time_ack	alright i	-0.1493
time_ack	alright if	0.1255
time_ack	also	-0.0231
time_ack	alumni	-0.0239
time_ack	alvarez	0.0524
time_ack	alvarez i	0.0594
time_ack	alway	-0.0356
time_ack	alway ~learn	-0.0238
time_ack	am	-0.1333
time_ack	am conscious	0.1563
time_ack	am curious	-0.0359
time_ack	am go	0.2058
time_ack	am good	-0.0302
time_ack	am grate	0.0856
time_ack	am here	-0.0301
time_ack	am hope	-0.0258
time_ack	am in	-0.0264
time_ack	am just	-0.0623
time_ack	am kind	-0.0272
time_ack	am mind	0.2447
time_ack	am not	-0.0768
time_ack	am now	-0.0406
time_ack	am pretti	-0.0317
time_ack	am priya	-0.0214
time_ack	am realli	-0.0414
time_ack	am still	-0.0316
time_ack	am tri	-0.0744
time_ack	am veri	-0.0216
time_ack	am ~number	-0.0581
time_ack	am ~studyverb	-0.0479
time_ack	am ~want	-0.3184
time_ack	an	-0.1945
time_ack	an exhibit	0.0661
time_ack	an hour	0.0253
time_ack	an internship	-0.0322
time_ack	an interview	-0.0388
time_ack	an intro	-0.0235
time_ack	an updat	0.0223
time_ack	an ~job	-0.0458
time_ack	an ~limit	0.0253
time_ack	an ~talk	-0.0504
time_ack	an ~timeunit	0.0253
time_ack	analyst	-0.0561
time_ack	analyst role	0.0458
time_ack	analyst ~job	0.0261
time_ack	analyt	-0.0254
time_ack	and	-0.1054
time_ack	and drop	-0.0234
time_ack	and email	-0.0374
time_ack	and for	0.0774
time_ack	and go	-0.0797
time_ack	and good	0.1179
time_ack	and have	-0.0745
time_ack	and i	-0.1561
time_ack	and if	-0.0309
time_ack	and mention	-0.0237
time_ack	and now	-0.035
time_ack	and pleas	-0.0215
time_ack	and send	-0.0207
time_ack	and take	-0.0284
time_ack	and tell	-0.0256
time_ack	and thank	0.2765
time_ack	and the	0.0508
time_ack	and then	0.0625
time_ack	and we	0.0446
time_ack	and your	0.0804
time_ack	and ~contactverb	-0.0399
time_ack	and ~insight	-0.0302
time_ack	and ~learn	-0.0372
time_ack	and ~number	0.0407
time_ack	and ~sendverb	-0.0958
time_ack	and ~talk	-0.0423
time_ack	and ~want	-0.0873
time_ack	ani	-0.1693
time_ack	ani book	-0.0366
time_ack	ani chanc	-0.0654
time_ack	ani further	0.0939
time_ack	ani longer	-0.0589
time_ack	ani more	0.095
time_ack	ani podcast	-0.0378
time_ack	ani ~student	-0.0448
time_ack	anoth	0.0919
time_ack	anoth ten	0.0689
time_ack	anoth time	-0.0793
time_ack	anoth ~limit	0.0273
time_ack	anoth ~number	0.0689
time_ack	answer	-0.0746
time_ack	anybodi	0.0222
time_ack	anybodi in	0.0368
time_ack	anyon	-0.0229
time_ack	anyon at	-0.0299
time_ack	anyon els	-0.0492
time_ack	anyon in	-0.0377
time_ack	anyon on	0.1301
time_ack	anyth	-0.2293
time_ack	anyth i	0.0429
time_ack	anyth on	-0.0388
time_ack	app	-0.0465
time_ack	appli	-0.1246
time_ack	appli for	-0.0239
time_ack	appli to	-0.0563
time_ack	applic	-0.0715
time_ack	applic to	-0.0268
time_ack	appreci	0.309
time_ack	appreci it	-0.0995
time_ack	appreci you	0.4115
time_ack	apprentic	-0.0417
time_ack	apprenticeship	-0.0251
time_ack	architectur	-0.046
time_ack	are	0.6506
time_ack	are a	0.0294
time_ack	are all	-0.0349
time_ack	are almost	0.1037
time_ack	are at	0.0861
time_ack	are near	0.0964
time_ack	are not	-0.0779
time_ack	are on	0.0496
time_ack	are right	0.0234
time_ack	are run	0.122
time_ack	are squeez	0.0542
time_ack	are there	-0.1463
time_ack	are work	0.0408
time_ack	are you	0.1149
time_ack	are your	-0.0231
time_ack	are ~number	0.021
time_ack	are ~workverb	0.1628
time_ack	armi	-0.0269
time_ack	articl	-0.0208
time_ack	articl i	-0.0395
time_ack	as	-0.0738
time_ack	as i	-0.0246
time_ack	ask	0.0694
time_ack	ask a	0.0675
time_ack	ask befor	-0.0216
time_ack	ask for	-0.0536
time_ack	ask one	0.2033
time_ack	ask you	-0.0572
time_ack	ask ~number	0.2708
time_ack	ask ~people	0.2014
time_ack	associ	-0.0244
time_ack	associ for	0.0277
time_ack	associ you	-0.0341
time_ack	at	0.237
time_ack	at 11	0.0222
time_ack	at 3	0.1227
time_ack	at 4	0.3557
time_ack	at a	-0.1562
time_ack	at all	-0.0337
time_ack	at it	-0.0685
time_ack	at my	0.0742
time_ack	at rutger	0.049
time_ack	at that	-0.0267
time_ack	at the	0.0606
time_ack	at time	0.121
time_ack	at uw	-0.0245
time_ack	at your	-0.0469
time_ack	at ~limit	0.121
time_ack	at ~number	-0.086
time_ack	audit	-0.0506
time_ack	averag	-0.0259
time_ack	away	0.0609
time_ack	bachelor	-0.0309
time_ack	bachelor in	-0.0289
time_ack	back	-0.27
time_ack	back after	-0.0792
time_ack	back to	-0.2037
time_ack	back ~want	-0.0792
time_ack	bank	-0.047
time_ack	be	0.2035
time_ack	be a	0.0706
time_ack	be abl	-0.0377
time_ack	be alright	0.124
time_ack	be brief	0.4251
time_ack	be clear	-0.034
time_ack	be comfort	-0.0298
time_ack	be glad	-0.0247
time_ack	be good	-0.024
time_ack	be mind	0.0928
time_ack	be ok	-0.0533
time_ack	be open	-0.034
time_ack	be quick	0.036
time_ack	be respect	0.0388
time_ack	be so	0.1
time_ack	be sure	-0.0443
time_ack	be up	-0.0272
time_ack	be upfront	-0.0239
time_ack	be use	-0.0605
time_ack	be weird	-0.0643
time_ack	be will	-0.0503
time_ack	be ~help	-0.0605
time_ack	be ~number	0.0612
time_ack	becaus	0.1707
time_ack	becom	-0.0677
time_ack	becom a	-0.0632
time_ack	becom ~number	-0.0654
time_ack	been	-0.1938
time_ack	been a	-0.0518
time_ack	been so	-0.0512
time_ack	been talk	0.0839
time_ack	been wonder	-0.0298
time_ack	been ~number	-0.0715
time_ack	been ~studyverb	-0.0299
time_ack	been ~talk	0.0839
time_ack	been ~want	0.0251
time_ack	been ~workverb	-0.0292
time_ack	befor	0.4176
time_ack	befor a	-0.0244
time_ack	befor i	-0.0403
time_ack	befor that	-0.028
time_ack	befor we	-0.073
time_ack	befor you	0.3796
time_ack	befor your	0.2635
time_ack	befor ~number	-0.0244
time_ack	beginn	-0.0263
time_ack	best	0.0303
time_ack	best part	0.0991
time_ack	better	0.1182
time_ack	between	0.621
time_ack	between flight	0.2843
time_ack	between meet	0.3239
time_ack	between stay	-0.027
time_ack	between the	-0.0222
time_ack	between ~number	-0.0765
time_ack	beyond	-0.0252
time_ack	big	-0.0367
time_ack	big four	-0.025
time_ack	biggest	-0.0686
time_ack	bit	0.0539
time_ack	bit about	-0.0218
time_ack	bit over	0.1028
time_ack	book	-0.0827
time_ack	book or	-0.0394
time_ack	book would	-0.0214
time_ack	book ~want	-0.0214
time_ack	bootcamp	-0.0844
time_ack	brain	-0.0579
time_ack	brain about	-0.0455
time_ack	break	0.2803
time_ack	break for	0.0597
time_ack	break i	0.1263
time_ack	brief	0.4007
time_ack	brilliant	-0.036
time_ack	bring	-0.035
time_ack	bug	-0.071
time_ack	bug you	-0.071
time_ack	build	-0.0607
time_ack	burn	-0.0209
time_ack	busi	0.2863
time_ack	busi so	0.0745
time_ack	but	-0.1686
time_ack	but do	-0.0416
time_ack	but i	0.0349
time_ack	but would	-0.0678
time_ack	but ~help	-0.0416
time_ack	but ~want	-0.0678
time_ack	by	-0.111
time_ack	by email	-0.0295
time_ack	by the	-0.0516
time_ack	by ~contactverb	-0.0295
time_ack	by ~number	-0.0516
time_ack	by ~sendverb	-0.0295
time_ack	by ~talk	-0.0295
time_ack	bye	-0.0691
time_ack	calendar	0.0399
time_ack	calendar is	0.0381
time_ack	call	-0.0283
time_ack	call is	0.138
time_ack	call it	0.0296
time_ack	call so	0.051
time_ack	can	-0.2116
time_ack	can be	-0.0524
time_ack	can do	-0.1129
time_ack	can end	-0.0954
time_ack	can ever	-0.0622
time_ack	can get	-0.128
time_ack	can help	0.0222
time_ack	can i	-0.0832
time_ack	can make	0.2435
time_ack	can return	-0.0292
time_ack	can see	0.291
time_ack	can tell	0.1236
time_ack	can we	-0.1047
time_ack	can you	-0.1125
time_ack	can ~help	-0.1251
time_ack	can ~learn	0.163
time_ack	candid	-0.1183
time_ack	candid about	-0.0739
time_ack	card	-0.075
time_ack	card and	-0.0517
time_ack	care	0.0381
time_ack	care about	0.1134
time_ack	career	-0.2272
time_ack	career changer	-0.0309
time_ack	career in	-0.0222
time_ack	career ~student	-0.0281
time_ack	carv	0.1131
time_ack	carv out	0.1131
time_ack	case	-0.0417
time_ack	case studi	-0.0203
time_ack	case ~studyverb	-0.0203
time_ack	certif	-0.0418
time_ack	cfa	-0.0353
time_ack	chain	-0.0528
time_ack	chain and	-0.0255
time_ack	chanc	-0.0727
time_ack	chanc you	-0.0283
time_ack	chang	-0.025
time_ack	chang nurs	0.032
time_ack	chang ~student	0.032
time_ack	changer	-0.0309
time_ack	chat	-0.1122
time_ack	chat with	-0.0289
time_ack	check	0.3066
time_ack	check in	-0.0597
time_ack	cheer for	0.0245
time_ack	cheer realli	-0.0386
time_ack	cheer ~want	-0.0386
time_ack	chemistri	-0.0228
time_ack	choos	-0.0334
time_ack	citi	-0.0305
time_ack	class	-0.0612
time_ack	classroom	0.1172
time_ack	clean	-0.0494
time_ack	clear	-0.102
time_ack	clear i	-0.0268
time_ack	client	-0.0533
time_ack	client as	-0.0283
time_ack	clinic	-0.029
time_ack	clinic ~learn	-0.0224
time_ack	clock	0.2262
time_ack	close	0.0283
time_ack	coder	-0.0319
time_ack	coffe	-0.022
time_ack	colleagu	-0.047
time_ack	colleg	-0.0379
time_ack	come	0.1846
time_ack	come in	0.1295
time_ack	come up	0.159
time_ack	comfort	-0.05
time_ack	common	0.043
time_ack	common in	0.0441
time_ack	communiti	-0.0581
time_ack	communiti colleg	-0.0271
time_ack	compani	-0.0936
time_ack	complet	0.0823
time_ack	conclud	-0.075
time_ack	confer	-0.0581
time_ack	connect	-0.1675
time_ack	connect on	-0.0226
time_ack	connect with	-0.0914
time_ack	conscious	0.1606
time_ack	conscious we	0.1421
time_ack	consid	-0.062
time_ack	consult	-0.0629
time_ack	contact	-0.028
time_ack	context	-0.025
time_ack	continu	0.0467
time_ack	convers	0.0343
time_ack	cool	-0.1039
time_ack	cool cool	-0.0583
time_ack	cool i	-0.0449
time_ack	cool that	-0.0261
time_ack	coordin	-0.032
time_ack	could	-0.0612
time_ack	could do	0.2019
time_ack	could make	0.0333
time_ack	could you	-0.0905
time_ack	could ~contactverb	-0.0204
time_ack	could ~help	0.183
time_ack	could ~sendverb	-0.0286
time_ack	could ~talk	-0.0332
time_ack	counselor	-0.0237
time_ack	count	-0.1024
time_ack	counti	-0.0204
time_ack	countri	0.0399
time_ack	coupl	0.0955
time_ack	coupl more	0.1452
time_ack	coupl of	-0.0349
time_ack	cours	-0.0649
time_ack	cover	-0.0873
time_ack	cover everyth	-0.0651
time_ack	crazi	-0.0791
time_ack	credit	-0.0225
time_ack	crew	0.2003
time_ack	crunch	0.0632
time_ack	cs	-0.0228
time_ack	cultur	-0.0309
time_ack	curat	0.0494
time_ack	curious	-0.0341
time_ack	curious how	-0.0278
time_ack	current	-0.0271
time_ack	cut	0.2185
time_ack	cut me	0.083
time_ack	d	-0.0296
time_ack	dana	0.1188
time_ack	data engin	0.1349
time_ack	data scienc	-0.0764
time_ack	data scientist	0.053
time_ack	data ~student	0.0554
time_ack	day	-0.4336
time_ack	day and	-0.0882
time_ack	day is	-0.0619
time_ack	day look	-0.0258
time_ack	day to	-0.087
time_ack	deadlin	0.0545
time_ack	deal	-0.0253
time_ack	decid	-0.1405
time_ack	decid between	-0.0708
time_ack	decid to	-0.0284
time_ack	decid whether	-0.0261
time_ack	decis	0.0704
time_ack	def	-0.0521
time_ack	definit	-0.0667
time_ack	degre	-0.0941
time_ack	degre in	-0.0357
time_ack	delgado	-0.0299
time_ack	depart	-0.0281
time_ack	describ	-0.0219
time_ack	design you	0.0268
time_ack	detail	-0.0504
time_ack	develop	-0.0341
time_ack	did	0.1458
time_ack	did it	0.0403
time_ack	did not	0.2388
time_ack	did the	0.0298
time_ack	did you	-0.0741
time_ack	did your	-0.0225
time_ack	did ~number	0.0249
time_ack	differ if	0.0396
time_ack	direct	-0.0769
time_ack	director	-0.026
time_ack	discuss	-0.0205
time_ack	dive	0.0327
time_ack	do	0.0359
time_ack	do a	-0.0455
time_ack	do an	-0.0453
time_ack	do differ	0.0368
time_ack	do for	-0.127
time_ack	do in	0.058
time_ack	do not	0.2327
time_ack	do peopl	-0.0413
time_ack	do they	0.07
time_ack	do this	0.0446
time_ack	do to	0.186
time_ack	do we	0.0494
time_ack	do you	-0.0604
time_ack	do ~number	-0.1056
time_ack	do ~people	-0.0413
time_ack	do ~want	-0.0231
time_ack	document	-0.0305
time_ack	doe	-0.2146
time_ack	doe the	-0.0252
time_ack	doe your	-0.1117
time_ack	doe ~number	-0.0358
time_ack	done	-0.0268
time_ack	done i	0.084
time_ack	down	-0.0684
time_ack	down ~number	-0.0254
time_ack	downsid	-0.0322
time_ack	drop you	0.0243
time_ack	dure	0.0798
time_ack	dure tax	0.0208
time_ack	dure the	-0.0531
time_ack	each	-0.0634
time_ack	each ~closing	-0.0311
time_ack	earli	0.2108
time_ack	earlier	-0.0272
time_ack	easi to	-0.0214
time_ack	eat	0.2514
time_ack	eat into	0.1577
time_ack	economist	-0.0265
time_ack	educ	0.0333
time_ack	educ i	0.053
time_ack	eight	-0.0239
time_ack	eight year	-0.0239
time_ack	eight ~duration	-0.0239
time_ack	els	-0.1322
time_ack	els you	-0.0566
time_ack	email	-0.1145
time_ack	email later	-0.0353
time_ack	email so	-0.0328
time_ack	email tonight	0.0317
time_ack	email you	0.0462
time_ack	email ~later	-0.0353
time_ack	end	0.0444
time_ack	end up	-0.1025
time_ack	engin	0.0375
time_ack	english	0.0228
time_ack	enjoy	0.0816
time_ack	enjoy the	0.0769
time_ack	enjoy this	-0.0233
time_ack	enjoy ~number	0.0769
time_ack	enough	0.4691
time_ack	enough of	0.2125
time_ack	entri	-0.0635
time_ack	entri level	-0.0635
time_ack	especi	-0.0629
time_ack	even	-0.0932
time_ack	even with	-0.0325
time_ack	evening	0.3278
time_ack	event	-0.0402
time_ack	ever	-0.3217
time_ack	ever feel	-0.046
time_ack	ever have	-0.0792
time_ack	ever help	-0.024
time_ack	ever need	-0.0963
time_ack	ever return	-0.0365
time_ack	ever so	-0.0282
time_ack	ever want	-0.0232
time_ack	ever ~help	-0.0526
time_ack	ever ~want	-0.021
time_ack	everi	-0.0448
time_ack	everi ~closing	-0.0202
time_ack	everyth	-0.0872
time_ack	everyth i	-0.112
time_ack	everyth on	0.0899
time_ack	exam	-0.0472
time_ack	exercis	-0.021
time_ack	exhibit	0.0572
time_ack	expect	-0.0392
time_ack	experi	-0.0366
time_ack	explain	-0.0721
time_ack	explain me	-0.0295
time_ack	explain the	-0.0217
time_ack	explain ~number	-0.0217
time_ack	far	-0.0336
time_ack	favor	0.1273
time_ack	favor somehow	-0.0213
time_ack	feel	-0.1214
time_ack	feel for	-0.0223
time_ack	few	0.1177
time_ack	few field	-0.0251
time_ack	few minut	0.1962
time_ack	few month	-0.0541
time_ack	few ~duration	-0.0655
time_ack	few ~limit	0.1962
time_ack	few ~timeunit	0.1962
time_ack	field	-0.1597
time_ack	field befor	-0.0251
time_ack	fifteen	0.0893
time_ack	fifteen minut	0.094
time_ack	fifteen ~limit	0.094
time_ack	fifteen ~timeunit	0.094
time_ack	figur	-0.095
time_ack	figur out	-0.0712
time_ack	final	0.0573
time_ack	final meet	-0.0682
time_ack	final ~talk	-0.0741
time_ack	financ	-0.0334
time_ack	find	0.1595
time_ack	find your	0.1288
time_ack	fine	0.1181
time_ack	fine if	0.0324
time_ack	fine to	0.0938
time_ack	finish	-0.2878
time_ack	finish a	-0.0233
time_ack	finish my	-0.0406
time_ack	finish the	-0.0281
time_ack	finish your	-0.0694
time_ack	finish ~number	-0.0514
time_ack	fire	0.064
time_ack	firefight	0.1117
time_ack	firm	-0.1197
time_ack	firm ever	-0.0419
time_ack	first question	-0.0272
time_ack	first year	-0.0541
time_ack	first ~duration	-0.0541
time_ack	first ~org	-0.0425
time_ack	fit	0.3844
time_ack	fit for	-0.0351
time_ack	fit me	0.3967
time_ack	five	0.1101
time_ack	five minut	0.0941
time_ack	five ~limit	0.0941
time_ack	five ~timeunit	0.0941
time_ack	flew	0.0512
time_ack	flight	0.5347
time_ack	floor	0.0573
time_ack	folk	-0.0528
time_ack	follow	-0.051
time_ack	for	0.329
time_ack	for a	-0.0485
time_ack	for agre	-0.0815
time_ack	for all	-0.0966
time_ack	for an	-0.0399
time_ack	for anoth	0.0689
time_ack	for anyth	-0.1085
time_ack	for be	0.1302
time_ack	for carv	0.0698
time_ack	for do	-0.0379
time_ack	for entri	-0.045
time_ack	for explain	-0.0591
time_ack	for fit	0.2168
time_ack	for give	0.1554
time_ack	for hop	0.0479
time_ack	for make	0.2489
time_ack	for me	-0.1067
time_ack	for my	0.0321
time_ack	for now	-0.0596
time_ack	for side	-0.0792
time_ack	for someon	-0.0272
time_ack	for squeez	0.2719
time_ack	for stay	0.1038
time_ack	for take	0.0833
time_ack	for talk	-0.0884
time_ack	for that	-0.0737
time_ack	for the	0.1062
time_ack	for this	0.2459
time_ack	for today	-0.1733
time_ack	for you	-0.056
time_ack	for your	0.2658
time_ack	for ~hiring	0.0788
time_ack	for ~people	-0.0393
time_ack	for ~studyverb	0.0454
time_ack	for ~talk	-0.1135
time_ack	formal	-0.0224
time_ack	former	0.0215
time_ack	forti	0.0255
time_ack	forward	-0.0465
time_ack	forward my	-0.0207
time_ack	found	-0.0429
time_ack	four	0.0512
time_ack	four firm	-0.0214
time_ack	four ~org	-0.0214
time_ack	freelanc	0.0468
time_ack	freelanc transit	0.094
time_ack	friend	-0.0235
time_ack	from	-0.2627
time_ack	from a	-0.0213
time_ack	from me	-0.1048
time_ack	from my	-0.0545
time_ack	from the	0.0763
time_ack	from ~number	0.0504
time_ack	from ~people	-0.0246
time_ack	full time	-0.0377
time_ack	full ~limit	-0.0377
time_ack	fundrais	-0.0204
time_ack	further	0.0917
time_ack	game	-0.1064
time_ack	game design	-0.0276
time_ack	gather	-0.0405
time_ack	gather inform	-0.023
time_ack	gather ~insight	-0.0388
time_ack	gave	-0.0318
time_ack	gave me	-0.0318
time_ack	generos	-0.0616
time_ack	generous	0.181
time_ack	generous with	0.2267
time_ack	genuin	-0.0708
time_ack	genuin ~want	-0.0394
time_ack	get	-0.2743
time_ack	get a	-0.0759
time_ack	get back	-0.1958
time_ack	get from	0.2048
time_ack	get go	-0.0484
time_ack	get into	-0.0312
time_ack	get on	-0.2643
time_ack	get promis	0.0321
time_ack	get to	0.235
time_ack	get use	0.0715
time_ack	get ~number	-0.0884
time_ack	give	0.3887
time_ack	give me	-0.0339
time_ack	give up	0.3409
time_ack	glad	-0.0547
time_ack	glad to	-0.0265
time_ack	go	0.3979
time_ack	go into	-0.0801
time_ack	go is	-0.0327
time_ack	go now	-0.0554
time_ack	go on	-0.0327
time_ack	go to	0.1804
time_ack	goal	0.0465
time_ack	goe and	0.0567
time_ack	gold	-0.0224
time_ack	gone	0.0832
time_ack	good	-0.1055
time_ack	good afternoon	0.0477
time_ack	good at	-0.0559
time_ack	good fit	0.0323
time_ack	good luck	0.0569
time_ack	good morn	-0.0815
time_ack	good one	-0.0865
time_ack	good rest	-0.13
time_ack	good time	0.2183
time_ack	good ~closing	-0.1726
time_ack	good ~limit	0.1845
time_ack	good ~number	-0.0865
time_ack	good ~people	-0.0865
time_ack	goodby	-0.0645
time_ack	got	-0.0458
time_ack	got a	0.1843
time_ack	got about	0.0594
time_ack	got thank	-0.0853
time_ack	got three	-0.0872
time_ack	got to	0.0295
time_ack	got ~number	0.1338
time_ack	govern	-0.0234
time_ack	grad	-0.051
time_ack	graduat	-0.0535
time_ack	grant	-0.0371
time_ack	grate	0.0532
time_ack	grate you	0.0726
time_ack	great	-0.1394
time_ack	great that	-0.0258
time_ack	great ~closing	-0.0372
time_ack	ground	0.2008
time_ack	guess	-0.0502
time_ack	guy	-0.0471
time_ack	guy hire	-0.0211
time_ack	guy ~gatekeeper	-0.0211
time_ack	guy ~hiring	-0.0265
time_ack	had	0.0206
time_ack	had a	0.0253
time_ack	had no	-0.0262
time_ack	had ~number	0.0295
time_ack	half	0.3378
time_ack	half hour	0.1725
time_ack	half past	0.1475
time_ack	half ~limit	0.1725
time_ack	half ~timeunit	0.1725
time_ack	hand	-0.0554
time_ack	handl	-0.0265
time_ack	hang	-0.0672
time_ack	hang up	-0.0619
time_ack	happen	-0.0234
time_ack	happi	-0.1109
time_ack	happi to	-0.0994
time_ack	hard	0.2408
time_ack	hard part	-0.0503
time_ack	hard stop	0.36
time_ack	hard to	-0.0281
time_ack	has	0.0279
time_ack	has been	-0.0513
time_ack	has ~workverb	-0.0513
time_ack	haul	-0.0215
time_ack	have	0.6197
time_ack	have 15	-0.0408
time_ack	have a	0.2162
time_ack	have alreadi	-0.029
time_ack	have ani	-0.0295
time_ack	have been	-0.1032
time_ack	have done	-0.0385
time_ack	have finish	-0.0281
time_ack	have gone	0.0879
time_ack	have got	-0.1119
time_ack	have had	-0.0222
time_ack	have help	-0.0329
time_ack	have hit	0.0441
time_ack	have kept	0.4138
time_ack	have left	0.0881
time_ack	have more	-0.0445
time_ack	have onli	0.0537
time_ack	have spent	-0.0224
time_ack	have taken	0.2198
time_ack	have to	0.1191
time_ack	have until	0.2894
time_ack	have ~number	0.1904
time_ack	have ~studyverb	-0.0303
time_ack	have ~workverb	0.0325
time_ack	head	0.2261
time_ack	health	-0.0476
time_ack	heap	-0.0496
time_ack	hear	-0.2112
time_ack	hear how	-0.0597
time_ack	hear me	-0.0299
time_ack	hear your	-0.033
time_ack	hectic	0.0567
time_ack	hello	-0.0366
time_ack	help	-0.1162
time_ack	help i	-0.0517
time_ack	help me	-0.0476
time_ack	help thank	0.0451
time_ack	help with	-0.0793
time_ack	help ~number	-0.0217
time_ack	here	-0.067
time_ack	here i	-0.0945
time_ack	here so	-0.0737
time_ack	here thank	0.0354
time_ack	here to	-0.0607
time_ack	hey	-0.1133
time_ack	hey so	-0.0978
time_ack	hi	0.0966
time_ack	hi dana	0.0748
time_ack	hi i	-0.0238
time_ack	hi mr	0.0382
time_ack	hi priya	0.0705
time_ack	high	-0.0264
time_ack	high school	-0.0224
time_ack	high ~org	-0.0224
time_ack	hire	-0.2198
time_ack	hire at	-0.0322
time_ack	hire for	0.0496
time_ack	hire manag	-0.0352
time_ack	hire right	-0.0865
time_ack	hire ~gatekeeper	-0.0352
time_ack	hire ~student	-0.0295
time_ack	hit	0.0373
time_ack	hit the	0.0277
time_ack	hit ~number	0.0277
time_ack	hm	-0.0283
time_ack	hm ok	-0.0283
time_ack	hold	-0.0604
time_ack	hold you	-0.0409
time_ack	honest	-0.1353
time_ack	honest advic	0.0673
time_ack	honest i	-0.0469
time_ack	honest if	0.0268
time_ack	honest just	-0.0281
time_ack	honest my	-0.058
time_ack	honest take	-0.0423
time_ack	honest ~insight	0.0226
time_ack	honest ~want	-0.0281
time_ack	hop	0.1989
time_ack	hop on	0.1906
time_ack	hope	-0.1323
time_ack	hope for	-0.0283
time_ack	hope to	-0.0929
time_ack	hospit	-0.0941
time_ack	hospit and	-0.0447
time_ack	hour	-0.0369
time_ack	hour day	0.0387
time_ack	hour shift	-0.0534
time_ack	hour would	0.0334
time_ack	hour ~want	0.0334
time_ack	hous	-0.0264
time_ack	how	-0.5733
time_ack	how did	0.1846
time_ack	how do	-0.252
time_ack	how doe	-0.0389
time_ack	how is	-0.0465
time_ack	how it	-0.094
time_ack	how much	-0.0721
time_ack	how my	0.0829
time_ack	how the	-0.0933
time_ack	how you	-0.0765
time_ack	how ~help	-0.252
time_ack	how ~number	-0.1021
time_ack	how ~studyverb	0.1846
time_ack	huh	-0.0928
time_ack	hunt	-0.0263
time_ack	i	0.4529
time_ack	i add	0.0387
time_ack	i am	-0.1333
time_ack	i appreci	0.0685
time_ack	i ask	0.1919
time_ack	i be	-0.0406
time_ack	i can	0.1745
time_ack	i could	0.0862
time_ack	i did	0.1348
time_ack	i dive	0.0327
time_ack	i do	0.0831
time_ack	i email	0.0823
time_ack	i end	-0.043
time_ack	i figur	-0.0292
time_ack	i follow	-0.0384
time_ack	i found	-0.0208
time_ack	i genuin	-0.0394
time_ack	i get	-0.0464
time_ack	i go	-0.0521
time_ack	i got	-0.0208
time_ack	i graduat	-0.0209
time_ack	i guess	-0.0502
time_ack	i had	0.0266
time_ack	i have	0.2053
time_ack	i help	-0.0214
time_ack	i hope	0.0234
time_ack	i just	-0.0524
time_ack	i know	1.0659
time_ack	i learn	-0.0403
time_ack	i might	-0.021
time_ack	i need	-0.0726
time_ack	i never	-0.0212
time_ack	i pick	-0.0412
time_ack	i prepar	-0.0232
time_ack	i promis	0.158
time_ack	i reach	-0.0769
time_ack	i read	-0.0218
time_ack	i realiz	0.0644
time_ack	i realli	0.1448
time_ack	i saw	-0.0201
time_ack	i see	0.0422
time_ack	i send	-0.0449
time_ack	i should	-0.0887
time_ack	i spent	-0.1026
time_ack	i talk	0.1814
time_ack	i text	-0.0202
time_ack	i think	0.15
time_ack	i thought	-0.0511
time_ack	i took	-0.0352
time_ack	i total	0.0635
time_ack	i want	-0.0631
time_ack	i was	-0.0776
time_ack	i will	0.3626
time_ack	i work	-0.0461
time_ack	i would	-0.3293
time_ack	i wrote	-0.0449
time_ack	i ~contactverb	-0.0479
time_ack	i ~help	0.0402
time_ack	i ~insight	-0.0265
time_ack	i ~learn	1.0922
time_ack	i ~sendverb	-0.0245
time_ack	i ~studyverb	0.0602
time_ack	i ~talk	0.3278
time_ack	i ~want	-0.2311
time_ack	i ~workverb	-0.1733
time_ack	icu	0.05
time_ack	idea	-0.0393
time_ack	if	-0.2759
time_ack	if a	-0.0249
time_ack	if anyth	-0.0267
time_ack	if i	0.034
time_ack	if it	-0.0712
time_ack	if that	0.0226
time_ack	if there	-0.1228
time_ack	if we	0.1014
time_ack	if you	0.075
time_ack	if your	-0.0864
time_ack	if ~number	-0.0411
time_ack	import	0.0234
time_ack	in	-0.1144
time_ack	in a	0.0312
time_ack	in ani	0.0569
time_ack	in between	0.5858
time_ack	in data	-0.0354
time_ack	in economist	-0.0265
time_ack	in five	0.0338
time_ack	in hour	-0.1265
time_ack	in i	0.0891
time_ack	in may	-0.0205
time_ack	in meet	-0.0911
time_ack	in mind	-0.1013
time_ack	in museum	-0.0269
time_ack	in or	-0.0532
time_ack	in parent	0.0563
time_ack	in product	0.0249
time_ack	in public	-0.0302
time_ack	in retail	-0.1031
time_ack	in return	-0.061
time_ack	in the	-0.1729
time_ack	in this	-0.0885
time_ack	in touch	-0.0743
time_ack	in urban	0.0375
time_ack	in what	0.1452
time_ack	in your	-0.22
time_ack	in ~contactverb	-0.0867
time_ack	in ~help	-0.061
time_ack	in ~limit	-0.1125
time_ack	in ~people	-0.021
time_ack	in ~student	0.0298
time_ack	in ~timeunit	-0.1265
time_ack	incred	-0.037
time_ack	incred help	-0.0312
time_ack	independ	-0.0331
time_ack	industri	-0.1279
time_ack	inform	-0.0396
time_ack	inform about	-0.0208
time_ack	instruct	0.1113
time_ack	instruct design	0.1113
time_ack	interest	-0.0361
time_ack	interest in	-0.0254
time_ack	intern	-0.0546
time_ack	internship	-0.088
time_ack	interrupt	-0.0493
time_ack	interview	-0.1132
time_ack	into	0.3228
time_ack	into hour	-0.0288
time_ack	into industri	-0.0348
time_ack	into instruct	0.1151
time_ack	into the	-0.0277
time_ack	into your	0.2134
time_ack	into ~limit	-0.0288
time_ack	into ~number	-0.0335
time_ack	into ~timeunit	-0.0288
time_ack	intro	-0.0686
time_ack	introduc	-0.0395
time_ack	introduc me	-0.0263
time_ack	introduct	-0.0562
time_ack	invit	0.0332
time_ack	involv	-0.0549
time_ack	involv day	-0.0302
time_ack	involv ~closing	-0.0302
time_ack	involv ~limit	-0.0302
time_ack	is	0.0813
time_ack	is actual	-0.0242
time_ack	is all	-0.0412
time_ack	is almost	0.1445
time_ack	is alreadi	0.1186
time_ack	is alright	0.0469
time_ack	is ani	-0.0421
time_ack	is anyth	-0.0674
time_ack	is been	-0.028
time_ack	is gold	-0.0224
time_ack	is here	-0.0685
time_ack	is just	0.0823
time_ack	is like	-0.0361
time_ack	is me	-0.0513
time_ack	is most	-0.0349
time_ack	is near	0.1527
time_ack	is not	-0.0631
time_ack	is ok	-0.0378
time_ack	is pack	0.0553
time_ack	is part	-0.0355
time_ack	is reassur	-0.0407
time_ack	is spent	-0.048
time_ack	is super	0.0937
time_ack	is that	0.2248
time_ack	is the	-0.0639
time_ack	is this	0.1175
time_ack	is work	-0.02
time_ack	is worth	0.0359
time_ack	is your	-0.056
time_ack	is ~people	-0.03
time_ack	is ~workverb	-0.096
time_ack	it a	-0.0278
time_ack	it and	-0.0207
time_ack	it at	-0.0343
time_ack	it be	0.0299
time_ack	it for	-0.0411
time_ack	it from	-0.0518
time_ack	it help	-0.0224
time_ack	it here	0.0408
time_ack	it in	-0.0242
time_ack	it is	0.2865
time_ack	it short	0.1324
time_ack	it still	0.0904
time_ack	it take	0.0388
time_ack	it there	-0.0374
time_ack	it to	-0.0447
time_ack	it was	0.0309
time_ack	it went	-0.0333
time_ack	it ~insight	0.0353
time_ack	it ~number	-0.0278
time_ack	job	-0.2827
time_ack	job i	-0.0244
time_ack	job out	-0.0365
time_ack	join	-0.0292
time_ack	jordan	0.0453
time_ack	journalist	-0.0226
time_ack	jump	0.2834
time_ack	jump right	0.0526
time_ack	jump to	0.1143
time_ack	junior at	-0.0293
time_ack	junior ~student	-0.0215
time_ack	just	0.3476
time_ack	just a	0.0426
time_ack	just ask	0.0726
time_ack	just check	0.3495
time_ack	just gather	-0.0335
time_ack	just one	0.1478
time_ack	just share	-0.0227
time_ack	just so	-0.0488
time_ack	just to	0.0265
time_ack	just tri	-0.0591
time_ack	just want	-0.0751
time_ack	just ~learn	0.0641
time_ack	just ~number	0.1904
time_ack	just ~people	0.1478
time_ack	just ~sendverb	-0.0575
time_ack	just ~want	-0.1625
time_ack	keep	0.2246
time_ack	keep go	0.0415
time_ack	keep it	0.1085
time_ack	keep me	-0.1064
time_ack	keep this	0.3323
time_ack	keep you	-0.16
time_ack	kept	0.412
time_ack	kept you	0.412
time_ack	kid	0.1618
time_ack	kind	0.0559
time_ack	know	0.7059
time_ack	know anybodi	0.0307
time_ack	know anyon	-0.048
time_ack	know at	0.0827
time_ack	know how	0.029
time_ack	know i	0.0513
time_ack	know if	-0.1292
time_ack	know it	-0.0529
time_ack	know this	-0.0375
time_ack	know we	0.0778
time_ack	know which	-0.0425
time_ack	know you	0.1478
time_ack	know your	0.3517
time_ack	lab	0.0323
time_ack	land	0.0433
time_ack	land your	0.1023
time_ack	last one	0.0258
time_ack	last summer	-0.0214
time_ack	last year	-0.0321
time_ack	last ~duration	-0.0321
time_ack	last ~number	0.1098
time_ack	last ~people	0.0258
time_ack	late	0.0965
time_ack	late to	-0.0214
time_ack	later	-0.1106
time_ack	later today	-0.0274
time_ack	law school	-0.0225
time_ack	law ~org	-0.026
time_ack	lead	-0.0336
time_ack	learn	-0.206
time_ack	learn from	-0.0201
time_ack	learn more	-0.0564
time_ack	learn what	-0.0209
time_ack	learn whether	0.0298
time_ack	leav for	0.1244
time_ack	leav the	-0.0663
time_ack	leav your	-0.0683
time_ack	leav ~number	-0.0663
time_ack	left	0.2629
time_ack	left right	0.0458
time_ack	let	0.0577
time_ack	let me	0.1882
time_ack	let up	0.0261
time_ack	let us	0.0344
time_ack	let you	-0.1746
time_ack	level	-0.0731
time_ack	licens	-0.0397
time_ack	licens exam	-0.0265
time_ack	like	-0.1869
time_ack	like for	-0.0972
time_ack	like in	0.0311
time_ack	like we	0.1035
time_ack	like your	0.076
time_ack	like ~number	-0.0287
time_ack	line	-0.0238
time_ack	link	-0.0709
time_ack	linkedin	-0.1212
time_ack	linkedin after	-0.0344
time_ack	linkedin and	-0.044
time_ack	linkedin ~want	-0.0344
time_ack	list	0.0359
time_ack	list i	-0.0262
time_ack	littl	0.0483
time_ack	live	-0.029
time_ack	lmk	-0.0518
time_ack	local	-0.0205
time_ack	logist	-0.0237
time_ack	long	0.4397
time_ack	long did	-0.0267
time_ack	long enough	0.2742
time_ack	long haul	-0.0215
time_ack	long time	0.0715
time_ack	long ~limit	0.0715
time_ack	long ~studyverb	-0.0267
time_ack	longer	0.194
time_ack	longer than	0.1555
time_ack	look	-0.0786
time_ack	look at	0.0338
time_ack	look for	-0.1192
time_ack	lost	0.0289
time_ack	lot	0.0945
time_ack	love	-0.1953
time_ack	love an	-0.0203
time_ack	love evening	0.0352
time_ack	love to	-0.14
time_ack	love ~number	-0.0266
time_ack	lunch	0.2568
time_ack	lunch break	0.1955
time_ack	lunch next	0.0249
time_ack	made the	-0.0206
time_ack	made you	0.0537
time_ack	made ~number	-0.025
time_ack	mail	-0.0328
time_ack	main	-0.0722
time_ack	main ~want	-0.0298
time_ack	major	-0.0939
time_ack	major at	-0.0249
time_ack	major in	-0.0342
time_ack	make	0.3886
time_ack	make a	-0.0219
time_ack	make sens	-0.0468
time_ack	make the	0.073
time_ack	make time	0.1961
time_ack	make your	0.2435
time_ack	make ~insight	-0.0468
time_ack	make ~limit	0.1961
time_ack	make ~number	0.0453
time_ack	manag	-0.3506
time_ack	manag your	-0.0872
time_ack	manag ~want	-0.0577
time_ack	mani thank	0.0305
time_ack	marcus	-0.0313
time_ack	mark	0.0469
time_ack	market	-0.0427
time_ack	master in	-0.0231
time_ack	master is	0.0724
time_ack	materi	-0.0255
time_ack	math	-0.0364
time_ack	matter	0.0799
time_ack	matter most	0.0947
time_ack	may	-0.0325
time_ack	may i	0.0594
time_ack	mayb	-0.057
time_ack	mayb in	-0.0259
time_ack	mba	-0.0266
time_ack	me	0.1095
time_ack	me about	-0.0643
time_ack	me ask	0.0299
time_ack	me done	-0.0382
time_ack	me for	-0.0411
time_ack	me in	0.6588
time_ack	me know	-0.0368
time_ack	me off	0.039
time_ack	me ok	-0.0299
time_ack	me so	-0.0455
time_ack	me stop	0.0404
time_ack	me through	-0.0881
time_ack	me to	-0.0959
time_ack	me what	0.0348
time_ack	me when	0.09
time_ack	me your	-0.0546
time_ack	me ~talk	0.0313
time_ack	medic	-0.0284
time_ack	meet	0.4791
time_ack	meet at	0.026
time_ack	meet so	0.1185
time_ack	meet with	-0.024
time_ack	meet you	-0.0835
time_ack	meetup	-0.0218
time_ack	mention	0.0845
time_ack	mention the	-0.0217
time_ack	mention you	0.1321
time_ack	mention your	-0.0226
time_ack	mention ~number	-0.0217
time_ack	mentor	0.0668
time_ack	messag	-0.0334
time_ack	messag on	-0.0202
time_ack	met	-0.0944
time_ack	might	-0.1603
time_ack	might be	-0.0512
time_ack	million	0.061
time_ack	mind	0.2706
time_ack	mind it	0.2341
time_ack	mind of	0.0896
time_ack	minut	0.8514
time_ack	minut for	-0.0398
time_ack	minut left	0.0954
time_ack	minut mark	0.0469
time_ack	minut or	0.0319
time_ack	minut so	0.0958
time_ack	minut still	0.0426
time_ack	minut we	0.0667
time_ack	minut you	0.0393
time_ack	month	-0.1061
time_ack	month onc	-0.0231
time_ack	more	0.3128
time_ack	more about	-0.0766
time_ack	more minut	0.0895
time_ack	more of	0.1554
time_ack	more question	-0.1338
time_ack	more thing	0.0292
time_ack	more ~limit	0.0895
time_ack	more ~timeunit	0.0895
time_ack	morn	-0.0977
time_ack	most	-0.0955
time_ack	most about	0.1255
time_ack	most for	0.1111
time_ack	most in	-0.0287
time_ack	most ~want	-0.0382
time_ack	move from	0.1178
time_ack	move into	-0.0928
time_ack	mph	-0.0234
time_ack	mr	0.0382
time_ack	msc	-0.0256
time_ack	msc in	-0.0256
time_ack	much	-0.1442
time_ack	much and	0.0899
time_ack	much for	0.146
time_ack	much i	-0.0294
time_ack	much of	-0.0272
time_ack	much this	-0.0606
time_ack	much time	-0.1188
time_ack	much ~limit	-0.1188
time_ack	much ~want	-0.0379
time_ack	museum educ	0.0267
time_ack	my	-0.2565
time_ack	my applic	-0.0307
time_ack	my background	0.0511
time_ack	my career	-0.0362
time_ack	my decis	0.0764
time_ack	my detail	-0.0248
time_ack	my end	0.052
time_ack	my english	0.0513
time_ack	my goal	0.0542
time_ack	my list	0.0694
time_ack	my manag	-0.102
time_ack	my name	-0.0268
time_ack	my next	-0.0212
time_ack	my note	-0.0206
time_ack	my portfolio	-0.0297
time_ack	my resum	-0.0482
time_ack	my shoe	0.0255
time_ack	my stage	0.0827
time_ack	my time	-0.058
time_ack	my ~application	-0.0788
time_ack	my ~degree	-0.0523
time_ack	my ~gatekeeper	-0.102
time_ack	my ~insight	0.0545
time_ack	my ~limit	-0.058
time_ack	my ~sendverb	-0.0345
time_ack	my ~student	-0.1419
time_ack	my ~talk	-0.025
time_ack	myself	-0.0668
time_ack	nah	0.0712
time_ack	name	-0.0689
time_ack	near	0.2398
time_ack	near at	0.0398
time_ack	near out	0.0567
time_ack	near ~number	0.041
time_ack	need	0.3782
time_ack	need a	-0.0654
time_ack	need ani	-0.05
time_ack	need anyth	-0.0235
time_ack	need to	0.6784
time_ack	need ~number	-0.0769
time_ack	network	-0.061
time_ack	never	-0.1218
time_ack	new	-0.1064
time_ack	new grad	-0.0315
time_ack	newcom	0.0336
time_ack	news	-0.0548
time_ack	newslett	-0.0487
time_ack	next	0.1129
time_ack	next call	0.1363
time_ack	next meet	0.1053
time_ack	next month	-0.04
time_ack	next step	-0.0323
time_ack	next week	0.1198
time_ack	next ~closing	0.1198
time_ack	next ~contactverb	0.1363
time_ack	next ~talk	0.2416
time_ack	nice	-0.048
time_ack	nice to	-0.0477
time_ack	night	0.0457
time_ack	night shift	0.0907
time_ack	no	-0.0212
time_ack	no idea	-0.0262
time_ack	nonprofit	-0.0718
time_ack	normal	-0.0478
time_ack	normal day	-0.0279
time_ack	normal ~closing	-0.0294
time_ack	normal ~limit	-0.0279
time_ack	not	0.1067
time_ack	not a	-0.0516
time_ack	not actual	-0.0211
time_ack	not ask	-0.0562
time_ack	not get	0.1127
time_ack	not have	-0.0971
time_ack	not here	-0.0321
time_ack	not hold	-0.0409
time_ack	not keep	-0.0318
time_ack	not look	-0.0851
time_ack	not need	-0.043
time_ack	not realiz	0.1312
time_ack	not realli	-0.0275
time_ack	not take	0.1354
time_ack	not tri	0.0853
time_ack	not want	0.4448
time_ack	not ~insight	0.1354
time_ack	not ~learn	0.1083
time_ack	not ~number	-0.0516
time_ack	not ~want	0.3689
time_ack	note	-0.0584
time_ack	note and	0.08
time_ack	note next	0.0588
time_ack	note tomorrow	-0.0636
time_ack	note tonight	-0.066
time_ack	noth	-0.0243
time_ack	noth more	-0.0243
time_ack	now	-0.2561
time_ack	now and	-0.0216
time_ack	now but	-0.0969
time_ack	now do	-0.024
time_ack	now i	-0.0522
time_ack	now that	-0.0396
time_ack	now ~studyverb	-0.0297
time_ack	nurs	-0.1069
time_ack	oclock	0.342
time_ack	of	-0.1256
time_ack	of a	-0.0312
time_ack	of ani	-0.0224
time_ack	of be	0.0979
time_ack	of it	0.0477
time_ack	of my	-0.0298
time_ack	of question	-0.0321
time_ack	of that	0.0511
time_ack	of the	-0.0646
time_ack	of this	-0.1111
time_ack	of time	0.1749
time_ack	of today	-0.024
time_ack	of you	0.0862
time_ack	of your	0.3014
time_ack	of ~limit	0.1749
time_ack	of ~number	-0.1008
time_ack	of ~people	-0.0348
time_ack	off	0.2343
time_ack	off at	0.0666
time_ack	off here	-0.0394
time_ack	off now	0.1184
time_ack	off to	0.1675
time_ack	off ~want	-0.0394
time_ack	offer	0.0312
time_ack	offic	-0.0543
time_ack	often	-0.0256
time_ack	oh	0.0979
time_ack	oh interest	-0.0248
time_ack	oh wow	0.1027
time_ack	ok	0.0475
time_ack	ok cool	-0.0391
time_ack	ok for	0.1649
time_ack	ok i	0.2038
time_ack	ok if	0.0852
time_ack	ok that	-0.1198
time_ack	old	-0.0292
time_ack	omg	0.1199
time_ack	on	-0.1048
time_ack	on a	0.1259
time_ack	on how	-0.0713
time_ack	on i	0.0653
time_ack	on it	-0.0231
time_ack	on linkedin	-0.1072
time_ack	on me	-0.027
time_ack	on my	0.1294
time_ack	on rural	-0.0232
time_ack	on the	0.1186
time_ack	on time	0.1481
time_ack	on with	-0.2545
time_ack	on your	0.3267
time_ack	on ~contactverb	-0.0255
time_ack	on ~limit	0.1481
time_ack	on ~number	0.2364
time_ack	on ~talk	-0.0255
time_ack	onc	-0.2257
time_ack	onc i	-0.1048
time_ack	onc my	-0.0312
time_ack	one	0.3711
time_ack	one more	0.2818
time_ack	one of	-0.0275
time_ack	one quick	0.1273
time_ack	one ~closing	-0.0265
time_ack	one ~limit	-0.0343
time_ack	onli	0.0866
time_ack	onli got	0.0567
time_ack	onli have	0.0461
time_ack	onlin	-0.0465
time_ack	onto	-0.0215
time_ack	onto your	-0.0207
time_ack	open	-0.2395
time_ack	open for	-0.0532
time_ack	open on	0.0466
time_ack	open to	-0.0287
time_ack	open up	-0.1066
time_ack	or	0.0558
time_ack	or anyth	-0.0477
time_ack	or did	-0.0387
time_ack	or do	0.0889
time_ack	or is	-0.0584
time_ack	or just	0.0723
time_ack	or nah	0.0712
time_ack	or newslett	-0.0266
time_ack	or podcast	-0.0259
time_ack	or should	0.0302
time_ack	or would	0.1984
time_ack	or ~help	0.0864
time_ack	or ~number	-0.0524
time_ack	or ~studyverb	-0.0387
time_ack	or ~want	0.2707
time_ack	other	-0.0611
time_ack	other ~people	-0.028
time_ack	our	0.0426
time_ack	our ~number	0.0345
time_ack	out	0.1331
time_ack	out becaus	-0.029
time_ack	out if	-0.0478
time_ack	out of	0.155
time_ack	out time	0.0698
time_ack	out to	-0.0573
time_ack	out whether	-0.0256
time_ack	out with	-0.0203
time_ack	out ~limit	0.0698
time_ack	out ~want	0.0403
time_ack	outreach	-0.032
time_ack	outsid	-0.0603
time_ack	over	0.4679
time_ack	over i	0.0273
time_ack	over is	0.0281
time_ack	over the	-0.0233
time_ack	over time	0.0666
time_ack	over ~limit	0.0666
time_ack	over ~number	-0.0417
time_ack	overtim	0.1049
time_ack	own	-0.0437
time_ack	pack	0.1271
time_ack	pack day	0.053
time_ack	pack so	0.0398
time_ack	pack ~closing	0.0717
time_ack	pack ~limit	0.053
time_ack	paper	-0.0224
time_ack	paraleg	-0.0335
time_ack	parent	0.0445
time_ack	parent law	0.0563
time_ack	part	0.109
time_ack	part of	0.2185
time_ack	part time	-0.1455
time_ack	part ~limit	-0.1455
time_ack	pass	-0.0314
time_ack	past	0.2275
time_ack	past the	0.0771
time_ack	past ~number	0.0771
time_ack	path	-0.1023
time_ack	path from	-0.0279
time_ack	patient	0.024
time_ack	patient with	0.0329
time_ack	payrol	-0.0365
time_ack	peopl	-0.1913
time_ack	peopl in	-0.0715
time_ack	peopl who	-0.0238
time_ack	peopl ~people	-0.0238
time_ack	person	-0.0351
time_ack	perspect	-0.0882
time_ack	perspect on	-0.0205
time_ack	phd	-0.0301
time_ack	pick	-0.0249
time_ack	pick a	-0.0304
time_ack	pick this	-0.0856
time_ack	pick up	0.1662
time_ack	pick your	-0.0447
time_ack	pick ~number	-0.0381
time_ack	ping	0.0275
time_ack	ping you	-0.0395
time_ack	pitch	-0.0505
time_ack	pitch in	-0.0206
time_ack	pitch myself	-0.0232
time_ack	place	-0.0245
time_ack	plan	0.1466
time_ack	pleas	-0.1329
time_ack	pleas do	-0.0205
time_ack	pleas let	-0.0825
time_ack	pleas ~help	-0.0205
time_ack	podcast	-0.0399
time_ack	podcast or	-0.0415
time_ack	podcast you	-0.0259
time_ack	point	-0.0526
time_ack	point of	-0.0248
time_ack	polici	-0.0807
time_ack	portfolio	-0.0901
time_ack	posit	-0.0946
time_ack	posit i	-0.0283
time_ack	possibl to	-0.0207
time_ack	post	-0.1273
time_ack	post on	-0.0512
time_ack	practic	-0.038
time_ack	precious	0.0386
time_ack	prefer	0.0311
time_ack	prepar	-0.0576
time_ack	present	-0.0241
time_ack	pretti	-0.0253
time_ack	probabl	-0.0528
time_ack	process	-0.0518
time_ack	product	-0.1014
time_ack	product design	0.0301
time_ack	product lunch	-0.0642
time_ack	product manag	-0.0383
time_ack	product ~limit	-0.0642
time_ack	profess	-0.0346
time_ack	profess i	-0.0215
time_ack	profession	-0.0289
time_ack	program	-0.1775
time_ack	project	-0.2726
time_ack	project manag	0.0211
time_ack	project on	-0.0528
time_ack	project you	-0.0295
time_ack	promis	0.1673
time_ack	promis i	0.1614
time_ack	proofread	0.0378
time_ack	proper	-0.0836
time_ack	proper thank	-0.0692
time_ack	proud	-0.0255
time_ack	proud of	-0.0255
time_ack	psych	-0.0255
time_ack	public	-0.0697
time_ack	public health	-0.0221
time_ack	put	-0.0863
time_ack	python	-0.0527
time_ack	python script	-0.0455
time_ack	qs	0.0701
time_ack	quarter	0.0575
time_ack	question	0.0914
time_ack	question about	0.0872
time_ack	question befor	-0.0617
time_ack	question could	0.0515
time_ack	question honest	-0.0368
time_ack	question i	0.1643
time_ack	question if	0.0594
time_ack	question later	-0.0301
time_ack	question ~later	-0.037
time_ack	quick	0.2665
time_ack	quick note	-0.0359
time_ack	quick thank	0.021
time_ack	quick ~contactverb	-0.0222
time_ack	quick ~people	0.1164
time_ack	quick ~talk	-0.0303
time_ack	rain	0.0257
time_ack	rambl	0.0227
time_ack	rather	0.0734
time_ack	rather i	-0.0543
time_ack	reach	-0.0964
time_ack	reach out	-0.0655
time_ack	read	-0.0568
time_ack	real quick	0.0389
time_ack	realist	0.0667
time_ack	realiz	0.193
time_ack	realiz we	0.0277
time_ack	realli	-0.1444
time_ack	realli help	-0.0539
time_ack	realli just	-0.0384
time_ack	realli kind	0.0873
time_ack	realli the	-0.025
time_ack	realli ~number	-0.025
time_ack	realli ~want	-0.0793
time_ack	reason	-0.0276
time_ack	reassur	-0.0468
time_ack	reassur to	-0.0355
time_ack	recent	-0.0207
time_ack	recommend i	0.0936
time_ack	recruit	-0.1477
time_ack	recruit or	-0.033
time_ack	refer	-0.0484
time_ack	refer me	-0.0399
time_ack	referr	-0.062
time_ack	referr or	-0.0363
time_ack	regulatori	-0.0452
time_ack	report	-0.1323
time_ack	report back	-0.0787
time_ack	research	-0.1813
time_ack	respect	0.037
time_ack	respect of	0.0388
time_ack	rest	-0.1205
time_ack	rest of	-0.1205
time_ack	resum	-0.0529
time_ack	resum along	0.0295
time_ack	resum to	-0.0475
time_ack	retail	-0.0854
time_ack	return the	0.1177
time_ack	return to	-0.0702
time_ack	return ~number	0.1177
time_ack	review	-0.0473
time_ack	right	0.308
time_ack	right at	0.0213
time_ack	right for	0.0594
time_ack	right i	-0.0305
time_ack	right in	0.0625
time_ack	right now	-0.2032
time_ack	risk	-0.0265
time_ack	role	-0.0719
time_ack	rotat	-0.0251
time_ack	rout	-0.0262
time_ack	run	0.6272
time_ack	run over	0.2297
time_ack	run program	-0.0262
time_ack	run your	-0.0217
time_ack	rural	-0.0232
time_ack	rutger	0.0356
time_ack	rutger and	0.0708
time_ack	rutger major	-0.0218
time_ack	rutger ~studyverb	-0.0218
time_ack	said	-0.0422
time_ack	said ~number	0.0218
time_ack	salari	0.0857
time_ack	sale	-0.0222
time_ack	sam	-0.0217
time_ack	same	-0.0633
time_ack	saturday	0.2512
time_ack	saturday for	0.2627
time_ack	save	0.0397
time_ack	say	-0.1258
time_ack	say thank	-0.042
time_ack	scare	-0.0453
time_ack	scare me	-0.0453
time_ack	school	-0.0302
time_ack	school is	-0.0208
time_ack	scienc	-0.1188
time_ack	scientist	0.053
time_ack	script	-0.0455
time_ack	season	-0.0345
time_ack	second	0.2022
time_ack	second year	0.0652
time_ack	second ~duration	0.0652
time_ack	sector	-0.0494
time_ack	see	0.2461
time_ack	see it	0.0338
time_ack	see the	0.2131
time_ack	see we	0.0389
time_ack	see you	0.0462
time_ack	see ~number	0.2131
time_ack	seem	-0.0389
time_ack	self	-0.0217
time_ack	self taught	-0.0217
time_ack	self ~workverb	-0.0217
time_ack	semest	-0.0425
time_ack	send	-0.3014
time_ack	send a	0.0292
time_ack	send you	-0.2534
time_ack	send ~number	0.025
time_ack	senior	-0.0538
time_ack	sens	-0.069
time_ack	serious	0.1875
time_ack	shadow	-0.0617
time_ack	shall	0.0243
time_ack	shall we	0.1226
time_ack	share	-0.1293
time_ack	share the	-0.0317
time_ack	share your	-0.0382
time_ack	share ~number	-0.0355
time_ack	shift	0.104
time_ack	shift in	0.0293
time_ack	shift usual	-0.0679
time_ack	shoe	0.0255
time_ack	shoot	0.0357
time_ack	short	0.2775
time_ack	short email	-0.0243
time_ack	short ~contactverb	-0.0243
time_ack	short ~sendverb	-0.0243
time_ack	short ~talk	-0.0255
time_ack	should	-0.0844
time_ack	should be	-0.0204
time_ack	should i	-0.1269
time_ack	should let	0.0371
time_ack	should probabl	-0.0436
time_ack	should talk	-0.0515
time_ack	should we	0.1603
time_ack	should ~talk	-0.0698
time_ack	side of	0.0419
time_ack	side project	-0.0931
time_ack	side you	0.1262
time_ack	sign	-0.0568
time_ack	sign off	-0.0568
time_ack	sinc	0.2739
time_ack	sinc we	0.1266
time_ack	sinc you	0.1885
time_ack	sit	-0.0301
time_ack	site	-0.036
time_ack	six	-0.0486
time_ack	six year	-0.0462
time_ack	six ~duration	-0.0486
time_ack	skill	0.0595
time_ack	skill matter	0.107
time_ack	skip	0.063
time_ack	slam	0.1259
time_ack	slam this	0.1055
time_ack	so	0.4749
time_ack	so candid	-0.1081
time_ack	so could	0.0249
time_ack	so far	-0.0336
time_ack	so generous	0.1894
time_ack	so help	0.2132
time_ack	so i	0.1737
time_ack	so just	0.2358
time_ack	so let	0.2068
time_ack	so much	-0.0717
time_ack	so quick	0.026
time_ack	so thank	0.0201
time_ack	so the	-0.0298
time_ack	so this	-0.0226
time_ack	so use	-0.0325
time_ack	so what	-0.0212
time_ack	so you	0.0351
time_ack	so ~help	-0.0325
time_ack	so ~want	0.2335
time_ack	social	0.0854
time_ack	some	-0.1474
time_ack	some time	-0.0463
time_ack	some ~insight	-0.0247
time_ack	somehow	-0.0213
time_ack	someon	-0.2334
time_ack	someon els	-0.026
time_ack	someon in	-0.0688
time_ack	someon on	-0.0208
time_ack	someon to	-0.0206
time_ack	someon who	-0.0246
time_ack	someon ~people	-0.0246
time_ack	someth	0.0681
time_ack	someth come	0.1966
time_ack	someth shall	-0.0426
time_ack	soon	0.3539
time_ack	sophomor	-0.0265
time_ack	sorri	0.5323
time_ack	sorri about	0.0684
time_ack	sorri for	0.0618
time_ack	sorri i	0.4948
time_ack	sorri my	-0.1863
time_ack	sorri that	-0.0236
time_ack	sound	-0.0436
time_ack	speak with	0.0387
time_ack	spend	-0.1093
time_ack	spend in	-0.0368
time_ack	spent	-0.1945
time_ack	spent six	-0.0232
time_ack	spreadsheet	-0.0714
time_ack	spring	-0.055
time_ack	squeez	0.4718
time_ack	squeez me	0.4704
time_ack	staff	-0.0415
time_ack	stage	0.0534
time_ack	stand	-0.0312
time_ack	start	-0.0204
time_ack	start in	0.0205
time_ack	start to	-0.0271
time_ack	stay	-0.1209
time_ack	stay in	-0.0591
time_ack	stay late	-0.0214
time_ack	stay on	0.1038
time_ack	step	-0.0413
time_ack	still	0.7927
time_ack	still a	0.2623
time_ack	still have	0.2159
time_ack	still ok	0.1939
time_ack	still ~number	0.2623
time_ack	stop	0.78
time_ack	stop at	0.36
time_ack	stop bug	-0.071
time_ack	stop here	0.1109
time_ack	stop me	0.1032
time_ack	stop there	0.1816
time_ack	stop ~want	0.1109
time_ack	stori	-0.0498
time_ack	stori this	-0.0427
time_ack	stretch	0.0728
time_ack	struggl	-0.058
time_ack	student at	0.0958
time_ack	studi	-0.0865
time_ack	studio	-0.0276
time_ack	success	-0.0462
time_ack	such	0.044
time_ack	such a	0.0539
time_ack	such ~number	0.0511
time_ack	suggest	-0.0706
time_ack	suggest i	-0.0217
time_ack	suit	-0.0395
time_ack	suit me	-0.0286
time_ack	summari	-0.0262
time_ack	summari of	-0.0262
time_ack	summer	-0.0339
time_ack	super	0.0934
time_ack	super busi	0.0457
time_ack	super help	0.0345
time_ack	suppli	-0.0528
time_ack	suppli chain	-0.0528
time_ack	sure	-0.0514
time_ack	sure to	-0.0443
time_ack	surpris	0.0871
time_ack	surpris you	0.0881
time_ack	survey	-0.0794
time_ack	survey data	-0.0469
time_ack	sustain	-0.0211
time_ack	switch	-0.093
time_ack	switch into	-0.0201
time_ack	take	0.2247
time_ack	take a	-0.0696
time_ack	take care	-0.033
time_ack	take on	-0.0591
time_ack	take the	0.1209
time_ack	take up	0.1775
time_ack	take you	0.0879
time_ack	take ~number	0.0751
time_ack	taken	0.216
time_ack	taken enough	0.1932
time_ack	taken up	0.0265
time_ack	talk	0.0446
time_ack	talk about	-0.0768
time_ack	talk to	0.0406
time_ack	taught	-0.0253
time_ack	teach	-0.07
time_ack	teacher	-0.0328
time_ack	team	-0.2748
time_ack	team ~gatekeeper	-0.0215
time_ack	tell	0.035
time_ack	tell me	-0.0378
time_ack	tell you	0.075
time_ack	ten	0.1547
time_ack	ten minut	0.0752
time_ack	ten ~limit	0.1678
time_ack	ten ~timeunit	0.1678
time_ack	term	-0.0346
time_ack	test	-0.0296
time_ack	test someth	0.0391
time_ack	text	-0.0202
time_ack	text you	-0.0202
time_ack	than	0.0992
time_ack	than i	-0.0275
time_ack	than ~number	0.0238
time_ack	thank	0.2476
time_ack	thank a	0.0438
time_ack	thank again	-0.1057
time_ack	thank for	0.1584
time_ack	thank heap	-0.0496
time_ack	thank i	-0.0908
time_ack	thank so	0.1899
time_ack	thank that	-0.035
time_ack	thank to	-0.044
time_ack	thank you	0.3404
time_ack	thank ~later	-0.1057
time_ack	thank ~number	0.0387
time_ack	that	-0.4027
time_ack	that answer	-0.0256
time_ack	that articl	0.0248
time_ack	that cover	-0.0826
time_ack	that how	-0.0429
time_ack	that i	-0.0704
time_ack	that is	-0.1208
time_ack	that make	-0.0334
time_ack	that someon	-0.0254
time_ack	that the	-0.0376
time_ack	that ~number	-0.062
time_ack	that ~people	-0.0254
time_ack	the	-0.4638
time_ack	the advic	-0.0566
time_ack	the agenc	-0.0277
time_ack	the analyst	0.0384
time_ack	the articl	-0.0423
time_ack	the associ	0.0258
time_ack	the best	0.0837
time_ack	the bootcamp	-0.0307
time_ack	the call	-0.0302
time_ack	the career	-0.0204
time_ack	the classroom	0.1172
time_ack	the clock	0.2382
time_ack	the confer	-0.0342
time_ack	the counti	-0.0204
time_ack	the cultur	-0.0254
time_ack	the data	0.1297
time_ack	the day	-0.0919
time_ack	the downsid	-0.0322
time_ack	the fall	0.022
time_ack	the favor	0.1273
time_ack	the firm	-0.0334
time_ack	the first	-0.0368
time_ack	the floor	0.0594
time_ack	the half	0.1543
time_ack	the hard	-0.0517
time_ack	the hospit	-0.0253
time_ack	the hour	0.0359
time_ack	the icu	0.0406
time_ack	the industri	-0.0334
time_ack	the interview	-0.0356
time_ack	the job	-0.0469
time_ack	the lab	-0.037
time_ack	the last	-0.0376
time_ack	the licens	-0.0308
time_ack	the link	-0.0218
time_ack	the lunch	0.0859
time_ack	the master	-0.0201
time_ack	the moment	-0.0361
time_ack	the most	-0.0387
time_ack	the next	-0.0224
time_ack	the night	-0.0979
time_ack	the peopl	0.0368
time_ack	the point	-0.04
time_ack	the product	-0.064
time_ack	the question	0.0379
time_ack	the rest	0.0778
time_ack	the same	-0.0529
time_ack	the spring	-0.0242
time_ack	the survey	-0.0219
time_ack	the switch	-0.0256
time_ack	the time	0.391
time_ack	the tip	0.0244
time_ack	the twenti	0.0395
time_ack	the two	0.1082
time_ack	the week	-0.0396
time_ack	the work	-0.0243
time_ack	the ~closing	-0.1581
time_ack	the ~contactverb	-0.0341
time_ack	the ~degree	-0.1288
time_ack	the ~gatekeeper	-0.0315
time_ack	the ~insight	-0.0334
time_ack	the ~job	-0.0707
time_ack	the ~learn	-0.0318
time_ack	the ~limit	0.4544
time_ack	the ~number	0.394
time_ack	the ~org	-0.1735
time_ack	the ~people	0.035
time_ack	the ~student	-0.0274
time_ack	the ~talk	-0.0356
time_ack	the ~timeunit	0.0359
time_ack	the ~workverb	-0.0243
time_ack	them	0.043
time_ack	then	0.0376
time_ack	then i	0.0625
time_ack	there	-0.2145
time_ack	there a	-0.1232
time_ack	there ani	-0.0538
time_ack	there anyon	0.078
time_ack	there anyth	0.1087
time_ack	there for	-0.0471
time_ack	there i	0.0345
time_ack	there is	-0.1125
time_ack	there profession	-0.0248
time_ack	there so	-0.0877
time_ack	there ~number	-0.1348
time_ack	there ~people	0.0558
time_ack	there ~student	-0.0248
time_ack	these	0.1143
time_ack	these day	-0.0253
time_ack	they are	-0.0293
time_ack	thing	0.1665
time_ack	thing up	0.0946
time_ack	think	-0.0829
time_ack	think about	-0.0434
time_ack	think i	0.2033
time_ack	think it	-0.0379
time_ack	think of	-0.0303
time_ack	think the	-0.0336
time_ack	think we	-0.1619
time_ack	think ~number	-0.0373
time_ack	thirti	0.1072
time_ack	thirti minut	0.0289
time_ack	thirti ~limit	0.0289
time_ack	thirti ~timeunit	0.0289
time_ack	this	0.2585
time_ack	this a	0.0705
time_ack	this afternoon	0.1303
time_ack	this befor	0.1189
time_ack	this call	-0.0259
time_ack	this evening	-0.0362
time_ack	this field	-0.0945
time_ack	this has	-0.0419
time_ack	this i	0.0586
time_ack	this is	-0.1127
time_ack	this last	0.0941
time_ack	this month	0.0272
time_ack	this morn	-0.0514
time_ack	this summer	0.0363
time_ack	this thank	0.0549
time_ack	this to	0.1284
time_ack	this was	0.0742
time_ack	this week	0.1056
time_ack	this ~closing	0.1434
time_ack	this ~contactverb	-0.0259
time_ack	this ~limit	0.0789
time_ack	this ~number	0.0705
time_ack	those	-0.0658
time_ack	those are	-0.0349
time_ack	thought	-0.1132
time_ack	three	-0.1165
time_ack	three year	-0.0353
time_ack	three ~duration	-0.0353
time_ack	through	-0.1664
time_ack	through a	-0.0692
time_ack	through the	-0.0384
time_ack	through ~number	-0.1119
time_ack	thursday	-0.0369
time_ack	tight	0.0804
time_ack	time	1.3742
time_ack	time and	0.1798
time_ack	time at	-0.028
time_ack	time but	0.0808
time_ack	time do	-0.0888
time_ack	time doe	-0.0679
time_ack	time for	0.3018
time_ack	time i	0.0675
time_ack	time is	0.0221
time_ack	time jordan	0.0505
time_ack	time msc	-0.0256
time_ack	time off	-0.0767
time_ack	time on	-0.0247
time_ack	time or	0.2009
time_ack	time so	0.0908
time_ack	time this	0.0539
time_ack	time to	0.0579
time_ack	time today	0.3155
time_ack	time when	-0.1258
time_ack	time zone	-0.0216
time_ack	time ~degree	-0.0256
time_ack	time ~help	-0.0888
time_ack	to	0.0527
time_ack	to about	-0.0222
time_ack	to ask	-0.0794
time_ack	to be	0.0473
time_ack	to becom	-0.059
time_ack	to chat	-0.0755
time_ack	to check	-0.0522
time_ack	to cut	0.2061
time_ack	to day	-0.087
time_ack	to decid	-0.0321
time_ack	to do	0.0748
time_ack	to eat	0.1504
time_ack	to end	0.0338
time_ack	to figur	-0.0448
time_ack	to final	-0.0682
time_ack	to finish	-0.0503
time_ack	to give	0.0807
time_ack	to go	0.0836
time_ack	to hear	-0.154
time_ack	to help	-0.0922
time_ack	to hop	0.1509
time_ack	to hour	-0.073
time_ack	to it	0.0487
time_ack	to jump	0.1566
time_ack	to keep	0.0867
time_ack	to know	-0.0441
time_ack	to learn	-0.0768
time_ack	to let	0.057
time_ack	to meet	-0.024
time_ack	to move	-0.0472
time_ack	to my	-0.0607
time_ack	to one	0.0576
time_ack	to pass	-0.0213
time_ack	to peopl	-0.03
time_ack	to pick	0.112
time_ack	to refer	-0.0203
time_ack	to return	0.2065
time_ack	to run	0.2741
time_ack	to say	-0.064
time_ack	to send	-0.0786
time_ack	to speak	0.0521
time_ack	to stay	-0.0488
time_ack	to stop	0.0287
time_ack	to take	0.0519
time_ack	to talk	0.0249
time_ack	to the	0.0404
time_ack	to this	-0.1349
time_ack	to understand	-0.0904
time_ack	to whoever	0.0532
time_ack	to work	-0.0469
time_ack	to wrap	0.0955
time_ack	to you	-0.0826
time_ack	to your	-0.3014
time_ack	to ~closing	0.0257
time_ack	to ~contactverb	-0.0233
time_ack	to ~help	0.2657
time_ack	to ~insight	0.0637
time_ack	to ~learn	-0.3939
time_ack	to ~limit	-0.1468
time_ack	to ~number	0.1501
time_ack	to ~sendverb	-0.1253
time_ack	to ~student	-0.0493
time_ack	to ~studyverb	-0.023
time_ack	to ~talk	-0.1293
time_ack	to ~timeunit	-0.073
time_ack	to ~workverb	0.2273
time_ack	today and	0.0308
time_ack	today dr	-0.0539
time_ack	today i	0.0307
time_ack	today is	-0.0425
time_ack	tomorrow	-0.083
time_ack	tomorrow and	-0.0502
time_ack	ton	-0.0362
time_ack	tonight	0.0668
time_ack	tonight to	-0.0253
time_ack	too	0.2583
time_ack	too much	0.1764
time_ack	took	-0.041
time_ack	tool	-0.0203
time_ack	total	0.2651
time_ack	total fine	0.1082
time_ack	total understand	0.1192
time_ack	total ~learn	0.1192
time_ack	touch	-0.0755
time_ack	touch with	-0.0245
time_ack	transit	0.0831
time_ack	travel	0.1274
time_ack	truli	0.1911
time_ack	turn	-0.0214
time_ack	twelv	-0.0536
time_ack	twenti	0.1158
time_ack	twenti minut	0.1166
time_ack	twenti ~limit	0.1166
time_ack	twenti ~timeunit	0.1166
time_ack	two	0.0437
time_ack	two year	-0.0282
time_ack	two ~duration	-0.0342
time_ack	typic	-0.0461
time_ack	typic week	0.0256
time_ack	um	-0.0438
time_ack	understand	0.1351
time_ack	understand if	0.1247
time_ack	understand the	-0.048
time_ack	understand what	-0.052
time_ack	understand ~number	-0.048
time_ack	uni	-0.0564
time_ack	until	0.3777
time_ack	up	0.3298
time_ack	up a	-0.0697
time_ack	up ani	0.076
time_ack	up anoth	-0.0856
time_ack	up for	-0.0285
time_ack	up here	0.1254
time_ack	up in	-0.0551
time_ack	up most	-0.0469
time_ack	up my	-0.0296
time_ack	up on	0.1138
time_ack	up part	0.16
time_ack	up with	-0.0658
time_ack	up your	0.4085
time_ack	up ~number	-0.0769
time_ack	up ~want	0.1203
time_ack	updat	-0.0352
time_ack	updat in	-0.0236
time_ack	updat on	-0.0353
time_ack	upfront	-0.0239
time_ack	us leav	-0.024
time_ack	use	-0.204
time_ack	user	-0.0242
time_ack	usual	-0.1618
time_ack	usual start	-0.0679
time_ack	uw	-0.0245
time_ack	ux	-0.055
time_ack	ux research	-0.0324
time_ack	ux ~learn	-0.0308
time_ack	vacat	-0.02
time_ack	veri clear	-0.0351
time_ack	veri much	-0.0699
time_ack	versus	-0.0476
time_ack	volunt	-0.0771
time_ack	volunt at	-0.0212
time_ack	volunt for	-0.0306
time_ack	vs	-0.0399
time_ack	wait	-0.0454
time_ack	walk	-0.0953
time_ack	walk me	-0.0917
time_ack	want	0.1304
time_ack	want to	0.2609
time_ack	want your	-0.0419
time_ack	was	-0.1535
time_ack	was a	0.0219
time_ack	was great	-0.0211
time_ack	was hope	-0.0559
time_ack	was incred	-0.037
time_ack	was realli	-0.0205
time_ack	was so	0.1945
time_ack	was super	-0.0654
time_ack	was time	-0.1128
time_ack	was wonder	0.0535
time_ack	was your	-0.0267
time_ack	was ~limit	-0.1128
time_ack	was ~want	-0.1141
time_ack	way	-0.0934
time_ack	way i	-0.0652
time_ack	we	1.318
time_ack	we are	0.5159
time_ack	we can	-0.1204
time_ack	we discuss	-0.0205
time_ack	we finish	-0.06
time_ack	we hang	-0.0619
time_ack	we have	0.4436
time_ack	we onli	0.0377
time_ack	we start	0.068
time_ack	we still	0.1492
time_ack	we stop	0.039
time_ack	we talk	-0.0696
time_ack	we wrap	0.1076
time_ack	we ~learn	-0.1068
time_ack	we ~talk	-0.0259
time_ack	weather	-0.0841
time_ack	week	0.0251
time_ack	week and	-0.0231
time_ack	week to	0.0459
time_ack	week with	-0.0213
time_ack	weekend	0.0636
time_ack	weekend and	0.0445
time_ack	wei	-0.0229
time_ack	weird	-0.0736
time_ack	weird if	-0.0421
time_ack	well i	0.0281
time_ack	well that	-0.0221
time_ack	went	-0.058
time_ack	were	0.031
time_ack	were start	0.034
time_ack	what	-0.5743
time_ack	what a	-0.036
time_ack	what are	-0.0595
time_ack	what could	-0.0256
time_ack	what did	-0.0304
time_ack	what do	0.0478
time_ack	what doe	-0.0302
time_ack	what is	-0.0847
time_ack	what kind	-0.0208
time_ack	what made	0.0482
time_ack	what product	-0.0252
time_ack	what should	-0.0405
time_ack	what skill	0.0751
time_ack	what surpris	0.0892
time_ack	what the	-0.0488
time_ack	what time	-0.0777
time_ack	what would	-0.0247
time_ack	what your	-0.0205
time_ack	what ~help	0.0478
time_ack	what ~limit	-0.0777
time_ack	what ~number	-0.095
time_ack	what ~studyverb	-0.0304
time_ack	what ~want	-0.0247
time_ack	when	-0.2597
time_ack	when a	-0.0335
time_ack	when i	-0.0766
time_ack	when you	-0.1152
time_ack	when ~number	-0.0355
time_ack	whenev	0.0327
time_ack	where	-0.1055
time_ack	where can	-0.0345
time_ack	where do	-0.0326
time_ack	where ~help	-0.0326
time_ack	whether	-0.0901
time_ack	whether a	0.0508
time_ack	whether this	-0.0254
time_ack	whi	-0.1034
time_ack	whi i	-0.0486
time_ack	which	-0.232
time_ack	which path	-0.0231
time_ack	which ~degree	-0.0224
time_ack	while	-0.0747
time_ack	who	-0.2438
time_ack	who are	-0.023
time_ack	who do	-0.0251
time_ack	who els	-0.041
time_ack	who is	-0.0369
time_ack	who would	-0.0256
time_ack	who ~help	-0.0251
time_ack	who ~want	-0.0256
time_ack	whoever	0.0447
time_ack	whose	0.0613
time_ack	will	0.24
time_ack	will be	0.4764
time_ack	will conclud	-0.075
time_ack	will connect	-0.0894
time_ack	will def	-0.0439
time_ack	will definit	-0.0578
time_ack	will drop	0.0312
time_ack	will follow	0.0656
time_ack	will keep	0.3162
time_ack	will leav	-0.1582
time_ack	will let	-0.2616
time_ack	will not	0.0334
time_ack	will report	-0.0693
time_ack	will send	-0.0611
time_ack	will sign	-0.0568
time_ack	will stop	0.1066
time_ack	will to	-0.0503
time_ack	will tri	0.0836
time_ack	will wrap	-0.03
time_ack	will write	-0.0686
time_ack	will ~contactverb	-0.0219
time_ack	will ~sendverb	-0.0379
time_ack	will ~want	0.0855
time_ack	wish you	0.0396
time_ack	with	-0.6238
time_ack	with a	-0.0447
time_ack	with all	-0.0214
time_ack	with an	0.0265
time_ack	with anyth	-0.0314
time_ack	with client	-0.0342
time_ack	with me	-0.0215
time_ack	with my	0.0333
time_ack	with someth	-0.0444
time_ack	with this	-0.0436
time_ack	with you	-0.0887
time_ack	with your	-0.1203
time_ack	with ~number	-0.031
time_ack	with ~people	-0.0269
time_ack	wonder	-0.0212
time_ack	wonder about	-0.0298
time_ack	wonder ~closing	-0.0306
time_ack	work	-0.3879
time_ack	work common	-0.0356
time_ack	work for	-0.0235
time_ack	work full	-0.0206
time_ack	work in	-0.1001
time_ack	work is	-0.0308
time_ack	work night	0.0353
time_ack	work on	-0.032
time_ack	work so	0.0291
time_ack	world	-0.0408
time_ack	worri	-0.0263
time_ack	worth	-0.0716
time_ack	worth it	0.0249
time_ack	would	-0.3508
time_ack	would be	-0.1663
time_ack	would do	0.0396
time_ack	would keep	0.0603
time_ack	would know	0.0611
time_ack	would love	-0.1473
time_ack	would realli	-0.0459
time_ack	would recommend	0.0566
time_ack	would you	-0.2025
time_ack	would ~help	0.0291
time_ack	would ~learn	0.0476
time_ack	would ~want	-0.0501
time_ack	wow	0.0947
time_ack	wow it	0.0998
time_ack	wow ok	-0.0219
time_ack	wrap	0.0843
time_ack	wrap here	0.086
time_ack	wrap thing	0.0955
time_ack	wrap up	-0.0758
time_ack	wrap ~want	0.086
time_ack	write	-0.1709
time_ack	write up	-0.0745
time_ack	wrote	-0.0449
time_ack	yeah	-0.1057
time_ack	year	-0.263
time_ack	year account	0.0947
time_ack	year and	-0.0438
time_ack	year as	-0.0205
time_ack	year at	-0.0392
time_ack	year in	-0.0451
time_ack	year of	-0.0226
time_ack	year ~want	-0.026
time_ack	yes	-0.0904
time_ack	yet	-0.0323
time_ack	you	0.3077
time_ack	you a	-0.0499
time_ack	you after	-0.0229
time_ack	you agre	-0.0324
time_ack	you alway	-0.0414
time_ack	you and	0.0412
time_ack	you ani	-0.0589
time_ack	you are	0.3824
time_ack	you be	-0.1697
time_ack	you can	0.0506
time_ack	you card	-0.0328
time_ack	you carv	0.0433
time_ack	you consid	-0.0213
time_ack	you could	-0.0303
time_ack	you decid	-0.0695
time_ack	you do	-0.0911
time_ack	you end	-0.0482
time_ack	you enjoy	0.0483
time_ack	you ever	-0.2279
time_ack	you find	0.1077
time_ack	you finish	-0.054
time_ack	you for	0.4068
time_ack	you gave	-0.0364
time_ack	you get	-0.0934
time_ack	you give	0.0837
time_ack	you go	0.1586
time_ack	you got	0.043
time_ack	you guy	-0.039
time_ack	you had	0.0356
time_ack	you have	0.4415
time_ack	you hear	-0.0365
time_ack	you hire	-0.0302
time_ack	you how	-0.0344
time_ack	you i	0.0224
time_ack	you if	-0.0505
time_ack	you just	-0.0411
time_ack	you keep	-0.1316
time_ack	you know	-0.2853
time_ack	you land	0.1023
time_ack	you leav	0.0622
time_ack	you let	0.0424
time_ack	you long	0.2742
time_ack	you manag	-0.0884
time_ack	you mayb	-0.0445
time_ack	you mention	0.1288
time_ack	you mind	-0.0254
time_ack	you most	0.0781
time_ack	you ms	0.0461
time_ack	you need	0.6429
time_ack	you next	0.0447
time_ack	you now	-0.0983
time_ack	you offer	0.0376
time_ack	you ok	0.0866
time_ack	you on	-0.032
time_ack	you onc	-0.0253
time_ack	you or	0.0976
time_ack	you out	-0.0395
time_ack	you pass	0.0304
time_ack	you post	-0.071
time_ack	you prefer	0.0311
time_ack	you rather	0.093
time_ack	you realli	-0.024
time_ack	you recommend	-0.0704
time_ack	you said	-0.0393
time_ack	you say	-0.0239
time_ack	you see	-0.0477
time_ack	you share	-0.0219
time_ack	you so	-0.1828
time_ack	you spend	-0.0777
time_ack	you squeez	0.1456
time_ack	you start	-0.0357
time_ack	you stay	-0.0964
time_ack	you still	0.0944
time_ack	you suggest	-0.0412
time_ack	you take	0.049
time_ack	you thank	-0.106
time_ack	you that	-0.1151
time_ack	you the	0.0853
time_ack	you think	-0.1829
time_ack	you this	0.1544
time_ack	you to	-0.021
time_ack	you truli	0.088
time_ack	you up	-0.0409
time_ack	you use	-0.0209
time_ack	you veri	-0.0576
time_ack	you walk	-0.0377
time_ack	you were	0.0285
time_ack	you wish	0.0236
time_ack	you work	-0.0522
time_ack	you would	0.1171
time_ack	you wrap	-0.0676
time_ack	you ~degree	0.0461
time_ack	you ~gatekeeper	-0.033
time_ack	you ~help	-0.0888
time_ack	you ~hiring	0.0428
time_ack	you ~insight	-0.0276
time_ack	you ~learn	-0.3991
time_ack	you ~number	0.0242
time_ack	you ~studyverb	0.0342
time_ack	you ~talk	-0.0236
time_ack	you ~workverb	-0.0726
time_ack	your	0.8747
time_ack	your advic	-0.0864
time_ack	your afternoon	-0.0412
time_ack	your app	-0.0296
time_ack	your brain	-0.0535
time_ack	your calendar	0.0399
time_ack	your card	-0.0363
time_ack	your career	-0.0385
time_ack	your compani	-0.035
time_ack	your day	-0.2049
time_ack	your depart	-0.0361
time_ack	your end	0.0971
time_ack	your evening	0.2715
time_ack	your firm	-0.0217
time_ack	your first	0.1428
time_ack	your flight	0.2516
time_ack	your generos	-0.0616
time_ack	your hire	-0.0269
time_ack	your honest	0.0347
time_ack	your last	-0.0392
time_ack	your lunch	0.154
time_ack	your meet	0.1281
time_ack	your morn	0.0427
time_ack	your name	-0.0287
time_ack	your network	-0.0286
time_ack	your next	0.2156
time_ack	your offic	-0.0207
time_ack	your path	-0.0339
time_ack	your patient	0.0789
time_ack	your perspect	-0.029
time_ack	your project	-0.0456
time_ack	your recruit	-0.0417
time_ack	your saturday	0.2627
time_ack	your shift	0.0218
time_ack	your side	0.0364
time_ack	your slam	0.1011
time_ack	your team	-0.155
time_ack	your time	0.3787
time_ack	your week	-0.166
time_ack	your weekend	0.0955
time_ack	your work	-0.0486
time_ack	your ~degree	-0.0493
time_ack	your ~gatekeeper	-0.0582
time_ack	your ~hiring	-0.0427
time_ack	your ~insight	-0.1525
time_ack	your ~job	-0.0297
time_ack	your ~learn	-0.0473
time_ack	your ~limit	0.3405
time_ack	your ~org	-0.2703
time_ack	your ~people	-0.0399
time_ack	your ~student	-0.0489
time_ack	your ~talk	0.0997
time_ack	your ~workverb	-0.0486
time_ack	yourself	-0.0447
time_ack	zone	-0.0216
time_ack	~application	-0.1181
time_ack	~application along	0.0295
time_ack	~application to	-0.0743
time_ack	~closing	0.0947
time_ack	~closing and	-0.0829
time_ack	~closing in	-0.0202
time_ack	~closing is	-0.0647
time_ack	~closing look	-0.039
time_ack	~closing of	-0.1205
time_ack	~closing shift	0.0907
time_ack	~closing thank	-0.0452
time_ack	~closing to	-0.0423
time_ack	~contactverb	-0.3285
time_ack	~contactverb is	0.138
time_ack	~contactverb later	-0.0353
time_ack	~contactverb on	-0.0202
time_ack	~contactverb out	-0.0348
time_ack	~contactverb them	0.0662
time_ack	~contactverb tonight	0.0317
time_ack	~contactverb up	-0.0745
time_ack	~contactverb when	-0.0579
time_ack	~contactverb with	-0.0488
time_ack	~contactverb you	-0.0935
time_ack	~degree	-0.4567
time_ack	~degree i	-0.0241
time_ack	~degree in	-0.1364
time_ack	~degree is	0.0549
time_ack	~degree or	-0.0311
time_ack	~degree program	-0.0486
time_ack	~duration	-0.3421
time_ack	~duration account	0.0947
time_ack	~duration and	-0.0438
time_ack	~duration as	-0.0227
time_ack	~duration at	-0.0392
time_ack	~duration in	-0.0507
time_ack	~duration of	-0.0226
time_ack	~gatekeeper	-0.3597
time_ack	~gatekeeper at	-0.0289
time_ack	~gatekeeper for	0.0492
time_ack	~gatekeeper manag	-0.0352
time_ack	~gatekeeper right	-0.0865
time_ack	~help	-0.1146
time_ack	~help an	-0.0378
time_ack	~help differ	0.0368
time_ack	~help for	-0.1375
time_ack	~help in	0.058
time_ack	~help me	-0.04
time_ack	~help new	-0.0252
time_ack	~help not	0.2327
time_ack	~help peopl	-0.0435
time_ack	~help the	0.1116
time_ack	~help they	0.07
time_ack	~help this	0.1171
time_ack	~help to	0.0723
time_ack	~help we	0.0494
time_ack	~help with	-0.0793
time_ack	~help you	-0.0618
time_ack	~help your	0.1132
time_ack	~hiring	-0.1079
time_ack	~hiring at	-0.0268
time_ack	~hiring for	0.0488
time_ack	~hiring manag	-0.0352
time_ack	~hiring on	-0.0266
time_ack	~hiring or	-0.0303
time_ack	~hiring right	-0.0865
time_ack	~hiring the	0.1315
time_ack	~insight	-0.2912
time_ack	~insight a	-0.0671
time_ack	~insight care	-0.033
time_ack	~insight for	-0.03
time_ack	~insight from	-0.022
time_ack	~insight it	0.0462
time_ack	~insight not	-0.0288
time_ack	~insight of	-0.0262
time_ack	~insight on	-0.0357
time_ack	~insight to	-0.0253
time_ack	~insight up	0.1635
time_ack	~insight you	0.0838
time_ack	~job	-0.6226
time_ack	~job at	-0.0267
time_ack	~job for	-0.0598
time_ack	~job i	-0.0951
time_ack	~job in	-0.0351
time_ack	~job on	0.0386
time_ack	~job or	-0.0312
time_ack	~job out	-0.0402
time_ack	~later	0.036
time_ack	~later and	-0.1047
time_ack	~later for	0.1364
time_ack	~later if	-0.0227
time_ack	~later this	-0.0329
time_ack	~later today	-0.0274
time_ack	~learn	0.0779
time_ack	~learn a	-0.0246
time_ack	~learn anybodi	0.0307
time_ack	~learn anyon	-0.048
time_ack	~learn at	0.0726
time_ack	~learn back	-0.1964
time_ack	~learn better	0.0982
time_ack	~learn common	-0.0356
time_ack	~learn evening	0.0406
time_ack	~learn for	-0.0319
time_ack	~learn from	0.1874
time_ack	~learn full	-0.0206
time_ack	~learn go	-0.0484
time_ack	~learn how	-0.0594
time_ack	~learn i	0.0686
time_ack	~learn if	-0.1351
time_ack	~learn in	-0.0821
time_ack	~learn is	-0.0354
time_ack	~learn it	-0.0245
time_ack	~learn me	-0.0424
time_ack	~learn more	-0.0596
time_ack	~learn of	-0.0265
time_ack	~learn on	-0.2702
time_ack	~learn one	0.2033
time_ack	~learn out	-0.0872
time_ack	~learn promis	0.0321
time_ack	~learn that	0.035
time_ack	~learn the	0.1481
time_ack	~learn this	-0.1231
time_ack	~learn to	0.2036
time_ack	~learn up	0.1603
time_ack	~learn use	0.0715
time_ack	~learn we	0.1238
time_ack	~learn what	-0.0776
time_ack	~learn which	-0.0425
time_ack	~learn with	-0.0247
time_ack	~learn you	0.1606
time_ack	~learn your	0.4365
time_ack	~limit	1.8223
time_ack	~limit and	0.0942
time_ack	~limit at	-0.0609
time_ack	~limit break	0.1955
time_ack	~limit but	0.0808
time_ack	~limit day	0.0387
time_ack	~limit do	-0.0724
time_ack	~limit doe	-0.0531
time_ack	~limit flew	0.0512
time_ack	~limit for	0.2779
time_ack	~limit hour	0.0233
time_ack	~limit i	0.1076
time_ack	~limit in	0.0687
time_ack	~limit is	0.1157
time_ack	~limit jordan	0.0505
time_ack	~limit left	0.1881
time_ack	~limit like	-0.0248
time_ack	~limit look	-0.0258
time_ack	~limit msc	-0.0256
time_ack	~limit next	-0.0269
time_ack	~limit off	-0.0767
time_ack	~limit on	-0.0247
time_ack	~limit or	0.2073
time_ack	~limit out	0.0319
time_ack	~limit shift	-0.0534
time_ack	~limit so	0.2022
time_ack	~limit still	0.0426
time_ack	~limit thank	-0.0452
time_ack	~limit this	0.0539
time_ack	~limit to	-0.0291
time_ack	~limit today	0.3276
time_ack	~limit we	0.0712
time_ack	~limit when	-0.1314
time_ack	~limit work	0.0662
time_ack	~limit would	0.0585
time_ack	~limit you	0.0394
time_ack	~limit zone	-0.0216
time_ack	~number	0.2056
time_ack	~number advic	-0.0566
time_ack	~number agenc	-0.03
time_ack	~number analyst	0.0366
time_ack	~number armi	-0.0269
time_ack	~number articl	-0.0423
time_ack	~number associ	0.0258
time_ack	~number bachelor	-0.0248
time_ack	~number best	0.0837
time_ack	~number big	-0.03
time_ack	~number bit	0.069
time_ack	~number bootcamp	-0.0398
time_ack	~number busi	-0.0225
time_ack	~number call	-0.031
time_ack	~number career	-0.066
time_ack	~number certif	-0.0239
time_ack	~number cfa	-0.0353
time_ack	~number classroom	0.1172
time_ack	~number client	-0.0882
time_ack	~number clinic	-0.0225
time_ack	~number clock	0.2382
time_ack	~number come	-0.0321
time_ack	~number confer	-0.0418
time_ack	~number counti	-0.0204
time_ack	~number coupl	0.0955
time_ack	~number cultur	-0.0254
time_ack	~number curat	0.0565
time_ack	~number data	0.0801
time_ack	~number day	-0.1543
time_ack	~number deadlin	0.0944
time_ack	~number degre	-0.0236
time_ack	~number design	-0.0206
time_ack	~number downsid	-0.0322
time_ack	~number exhibit	0.0584
time_ack	~number extra	0.0253
time_ack	~number fall	0.022
time_ack	~number favor	0.1273
time_ack	~number feel	-0.0223
time_ack	~number few	0.0498
time_ack	~number field	-0.0397
time_ack	~number final	0.1441
time_ack	~number firefight	0.1117
time_ack	~number firm	-0.0334
time_ack	~number first	-0.0456
time_ack	~number fit	-0.0261
time_ack	~number floor	0.0573
time_ack	~number former	0.0321
time_ack	~number good	0.022
time_ack	~number great	-0.0461
time_ack	~number half	0.1543
time_ack	~number hard	0.3083
time_ack	~number honest	0.0508
time_ack	~number hospit	-0.0562
time_ack	~number hour	0.3264
time_ack	~number i	0.16
time_ack	~number icu	0.0331
time_ack	~number industri	-0.0334
time_ack	~number internship	-0.0345
time_ack	~number interview	-0.0744
time_ack	~number intro	-0.0235
time_ack	~number job	-0.1546
time_ack	~number junior	0.0526
time_ack	~number lab	0.0546
time_ack	~number last	-0.0247
time_ack	~number licens	-0.0308
time_ack	~number line	-0.0209
time_ack	~number link	-0.029
time_ack	~number littl	0.0556
time_ack	~number long	0.0751
time_ack	~number lot	0.0945
time_ack	~number lunch	0.0767
time_ack	~number major	-0.0211
time_ack	~number master	0.0248
time_ack	~number meet	0.1298
time_ack	~number million	0.061
time_ack	~number minut	0.6908
time_ack	~number month	-0.0577
time_ack	~number more	0.463
time_ack	~number most	-0.0387
time_ack	~number new	-0.0318
time_ack	~number next	-0.0266
time_ack	~number night	-0.1067
time_ack	~number nonprofit	-0.0227
time_ack	~number normal	-0.036
time_ack	~number note	0.0238
time_ack	~number nurs	-0.0309
time_ack	~number of	-0.0625
time_ack	~number on	0.0418
time_ack	~number or	0.0953
time_ack	~number pack	0.0717
time_ack	~number paraleg	-0.0285
time_ack	~number part	-0.0883
time_ack	~number past	0.1409
time_ack	~number path	-0.0256
time_ack	~number patient	-0.0289
time_ack	~number peopl	0.022
time_ack	~number point	-0.0407
time_ack	~number posit	-0.0602
time_ack	~number product	-0.069
time_ack	~number program	-0.0334
time_ack	~number project	-0.047
time_ack	~number proper	-0.0784
time_ack	~number quarter	0.0609
time_ack	~number question	0.2523
time_ack	~number quick	0.1198
time_ack	~number recruit	-0.0611
time_ack	~number referr	-0.053
time_ack	~number rest	0.0778
time_ack	~number role	-0.0318
time_ack	~number same	-0.0529
time_ack	~number second	0.2093
time_ack	~number shall	-0.0403
time_ack	~number short	-0.0557
time_ack	~number social	0.1
time_ack	~number spring	-0.0307
time_ack	~number student	-0.0777
time_ack	~number survey	-0.0234
time_ack	~number switch	-0.0284
time_ack	~number time	0.3974
time_ack	~number tip	0.0244
time_ack	~number ton	-0.0362
time_ack	~number twelv	-0.0425
time_ack	~number twenti	0.0395
time_ack	~number two	0.1074
time_ack	~number typic	-0.0235
time_ack	~number updat	0.0223
time_ack	~number veri	0.074
time_ack	~number vet	-0.0213
time_ack	~number week	-0.0463
time_ack	~number wonder	-0.0306
time_ack	~number work	-0.0316
time_ack	~number year	-0.1075
time_ack	~org	-0.61
time_ack	~org and	-0.1047
time_ack	~org ever	-0.07
time_ack	~org for	-0.0434
time_ack	~org is	-0.0474
time_ack	~org like	0.0896
time_ack	~org of	0.0412
time_ack	~org or	-0.0255
time_ack	~org project	-0.0931
time_ack	~org side	-0.0208
time_ack	~org this	0.0586
time_ack	~org work	0.0817
time_ack	~org you	0.1251
time_ack	~people	-0.3578
time_ack	~people actual	-0.0205
time_ack	~people are	-0.023
time_ack	~people at	-0.0301
time_ack	~people do	-0.0297
time_ack	~people els	-0.1178
time_ack	~people get	-0.0217
time_ack	~people have	-0.0211
time_ack	~people in	-0.1634
time_ack	~people is	-0.0369
time_ack	~people more	0.2818
time_ack	~people of	-0.0293
time_ack	~people on	0.0921
time_ack	~people quick	0.1273
time_ack	~people to	-0.0334
time_ack	~people who	-0.0793
time_ack	~people would	-0.0299
time_ack	~sendverb	-0.5314
time_ack	~sendverb a	0.0292
time_ack	~sendverb it	-0.075
time_ack	~sendverb later	-0.0353
time_ack	~sendverb my	-0.0307
time_ack	~sendverb so	-0.0328
time_ack	~sendverb the	-0.0203
time_ack	~sendverb tonight	0.0317
time_ack	~sendverb you	-0.2765
time_ack	~student	-0.6123
time_ack	~student and	-0.0208
time_ack	~student but	-0.0447
time_ack	~student by	-0.0477
time_ack	~student for	-0.0697
time_ack	~student i	-0.0508
time_ack	~student in	-0.0326
time_ack	~student just	-0.0932
time_ack	~student law	0.0563
time_ack	~student open	-0.0207
time_ack	~student or	-0.0296
time_ack	~student role	0.0224
time_ack	~student while	-0.0221
time_ack	~student you	-0.0237
time_ack	~studyverb	-0.0993
time_ack	~studyverb a	-0.1011
time_ack	~studyverb from	0.1228
time_ack	~studyverb in	-0.0535
time_ack	~studyverb into	-0.0387
time_ack	~studyverb it	0.0403
time_ack	~studyverb my	-0.0482
time_ack	~studyverb not	0.2388
time_ack	~studyverb on	-0.0252
time_ack	~studyverb the	0.118
time_ack	~studyverb this	-0.0725
time_ack	~studyverb you	-0.0816
time_ack	~studyverb your	-0.0251
time_ack	~talk	-0.2386
time_ack	~talk a	0.1648
time_ack	~talk at	0.0269
time_ack	~talk i	-0.0311
time_ack	~talk is	0.1359
time_ack	~talk later	-0.0353
time_ack	~talk on	-0.0428
time_ack	~talk one	0.1936
time_ack	~talk out	-0.0432
time_ack	~talk so	0.0754
time_ack	~talk them	0.0662
time_ack	~talk tonight	0.0317
time_ack	~talk what	0.0936
time_ack	~talk when	-0.0693
time_ack	~talk with	-0.0985
time_ack	~talk you	-0.1515
time_ack	~timeunit	0.7996
time_ack	~timeunit between	0.0209
time_ack	~timeunit day	0.0387
time_ack	~timeunit for	-0.0408
time_ack	~timeunit i	0.0219
time_ack	~timeunit is	0.0874
time_ack	~timeunit left	0.0954
time_ack	~timeunit mark	0.0469
time_ack	~timeunit shift	-0.0534
time_ack	~timeunit so	0.1093
time_ack	~timeunit still	0.0426
time_ack	~timeunit we	0.0667
time_ack	~timeunit would	0.0334
time_ack	~timeunit you	0.0329
time_ack	~want	0.1066
time_ack	~want all	0.1413
time_ack	~want ask	0.0591
time_ack	~want be	-0.1663
time_ack	~want call	-0.0937
time_ack	~want check	0.3495
time_ack	~want do	0.046
time_ack	~want for	-0.1558
time_ack	~want gather	-0.0335
time_ack	~want help	-0.061
time_ack	~want here	-0.0285
time_ack	~want how	-0.0278
time_ack	~want i	-0.0953
time_ack	~want in	-0.0222
time_ack	~want it	-0.0991
time_ack	~want just	-0.0565
time_ack	~want keep	0.0603
time_ack	~want kind	0.0873
time_ack	~want know	0.0526
time_ack	~want like	-0.0398
time_ack	~want love	-0.1492
time_ack	~want one	0.146
time_ack	~want realli	-0.0481
time_ack	~want recommend	0.0566
time_ack	~want share	-0.0227
time_ack	~want so	-0.1225
time_ack	~want someon	-0.0316
time_ack	~want thank	0.0354
time_ack	~want that	-0.0216
time_ack	~want the	-0.1015
time_ack	~want this	-0.0439
time_ack	~want to	0.1574
time_ack	~want tri	-0.0631
time_ack	~want want	-0.116
time_ack	~want you	0.2281
time_ack	~workverb	-0.0871
time_ack	~workverb a	-0.0741
time_ack	~workverb at	-0.04
time_ack	~workverb common	-0.0356
time_ack	~workverb for	-0.0224
time_ack	~workverb full	-0.0206
time_ack	~workverb in	-0.1733
time_ack	~workverb is	-0.0308
time_ack	~workverb long	0.1077
time_ack	~workverb night	0.0353
time_ack	~workverb on	-0.0279
time_ack	~workverb over	0.2504
time_ack	~workverb program	-0.0262
time_ack	~workverb six	-0.0232
time_ack	~workverb so	-0.022
time_ack	~workverb talk	0.0839
time_ack	~workverb the	-0.0281
time_ack	~workverb to	-0.0478
time_ack	~workverb with	-0.0535
time_ack	~workverb wonder	-0.0298
wrap_up	*	-1.3356
wrap_up	10	-0.0757
wrap_up	11	-0.0303
wrap_up	15	-0.1267
wrap_up	15 minut	-0.116
wrap_up	15 ~limit	-0.116
wrap_up	15 ~timeunit	-0.116
wrap_up	2	-0.0318
wrap_up	25	-0.1115
wrap_up	3	0.1018
wrap_up	3 30	0.0504
wrap_up	3 oclock	0.0468
wrap_up	3 ~number	0.0504
wrap_up	30	0.1472
wrap_up	30 minut	0.1008
wrap_up	30 ~limit	0.2116
wrap_up	30 ~timeunit	0.1008
wrap_up	4	-0.0402
wrap_up	5	0.0615
wrap_up	?	-1.4573
wrap_up	^a	-0.0222
wrap_up	^ah	-0.0836
wrap_up	^alright	0.5197
wrap_up	^alvarez	0.1449
wrap_up	^and	-0.0296
wrap_up	^ani	-0.0675
wrap_up	^anyway	0.1619
wrap_up	^appreci	-0.1493
wrap_up	^are	-0.2649
wrap_up	^befor	0.0367
wrap_up	^brilliant	0.1539
wrap_up	^bye	0.3936
wrap_up	^can	-0.1058
wrap_up	^cool	0.1109
wrap_up	^could	-0.0881
wrap_up	^did	-0.0702
wrap_up	^do	-0.3117
wrap_up	^doe	-0.0302
wrap_up	^enjoy	0.1827
wrap_up	^go	0.0791
wrap_up	^good	-0.1258
wrap_up	^gosh	-0.0486
wrap_up	^got	0.1476
wrap_up	^great	0.227
wrap_up	^happi	-0.0527
wrap_up	^have	0.6347
wrap_up	^hey	0.0618
wrap_up	^hi	-0.2168
wrap_up	^how	-0.3818
wrap_up	^i	-0.1307
wrap_up	^if	-0.2592
wrap_up	^is	-0.274
wrap_up	^it	0.1058
wrap_up	^just	-0.0538
wrap_up	^let	0.0863
wrap_up	^look	0.233
wrap_up	^love	-0.0328
wrap_up	^mani	0.1587
wrap_up	^mind	0.0762
wrap_up	^my	-0.1029
wrap_up	^no	0.1208
wrap_up	^oh	-0.1337
wrap_up	^ok	0.805
wrap_up	^omg	0.0407
wrap_up	^onc	-0.0324
wrap_up	^one	0.1271
wrap_up	^out	-0.0472
wrap_up	^patel	-0.0528
wrap_up	^pleas	-0.0515
wrap_up	^realli	0.4153
wrap_up	^right	0.1588
wrap_up	^serious	-0.0268
wrap_up	^shall	0.2787
wrap_up	^should	0.0248
wrap_up	^sinc	-0.0811
wrap_up	^sorri	0.0294
wrap_up	^take	0.4548
wrap_up	^tell	-0.0325
wrap_up	^thank	0.1375
wrap_up	^that	0.8317
wrap_up	^this	-0.0549
wrap_up	^those	0.321
wrap_up	^total	-0.0985
wrap_up	^wait	-0.0846
wrap_up	^walk	-0.0285
wrap_up	^was	-0.0319
wrap_up	^we	-0.2633
wrap_up	^well	0.1027
wrap_up	^what	-0.5501
wrap_up	^where	-0.0732
wrap_up	^whi	-0.0281
wrap_up	^which	-0.1114
wrap_up	^who	-0.0992
wrap_up	^would	-0.0308
wrap_up	^wow	-0.0749
wrap_up	^yeah	-0.063
wrap_up	^you	0.0378
wrap_up	^your	0.0415
wrap_up	a	-0.3577
wrap_up	a bachelor	-0.0574
wrap_up	a career	-0.0384
wrap_up	a close	0.0774
wrap_up	a colleagu	-0.021
wrap_up	a coupl	-0.1037
wrap_up	a cs	-0.0445
wrap_up	a deadlin	-0.0519
wrap_up	a degre	-0.0275
wrap_up	a few	-0.0976
wrap_up	a good	0.4128
wrap_up	a great	0.1312
wrap_up	a hand	-0.0292
wrap_up	a hard	-0.0252
wrap_up	a job	0.0919
wrap_up	a junior	-0.0222
wrap_up	a long	-0.0405
wrap_up	a lot	-0.0433
wrap_up	a love	0.2946
wrap_up	a master	-0.0293
wrap_up	a meet	0.0509
wrap_up	a million	0.0293
wrap_up	a month	0.1474
wrap_up	a note	-0.0561
wrap_up	a pack	0.1348
wrap_up	a paraleg	-0.0235
wrap_up	a part	-0.0264
wrap_up	a posit	-0.0357
wrap_up	a project	-0.0308
wrap_up	a proper	-0.0216
wrap_up	a quick	0.0753
wrap_up	a real	0.1585
wrap_up	a realli	-0.0806
wrap_up	a referr	-0.0275
wrap_up	a second	-0.0293
wrap_up	a shall	-0.0419
wrap_up	a short	-0.0802
wrap_up	a thank	-0.1253
wrap_up	a ton	0.1326
wrap_up	a typic	-0.0681
wrap_up	a wonder	0.0316
wrap_up	a ~closing	-0.0334
wrap_up	a ~contactverb	-0.068
wrap_up	a ~degree	-0.1351
wrap_up	a ~help	0.0293
wrap_up	a ~job	0.0432
wrap_up	a ~number	-0.1955
wrap_up	a ~people	-0.0231
wrap_up	a ~student	-0.1131
wrap_up	a ~want	-0.0806
wrap_up	about	-0.3763
wrap_up	about a	-0.0254
wrap_up	about consult	-0.0418
wrap_up	about five	-0.0239
wrap_up	about me	-0.0352
wrap_up	about that	-0.1065
wrap_up	about the	-0.0758
wrap_up	about your	-0.039
wrap_up	about ~number	-0.1431
wrap_up	academia	-0.023
wrap_up	accept	-0.0449
wrap_up	account	-0.1238
wrap_up	across	0.1576
wrap_up	actual	-0.1863
wrap_up	actual like	-0.024
wrap_up	actual ~learn	-0.0226
wrap_up	add	0.0467
wrap_up	add you	0.0503
wrap_up	administr	-0.0243
wrap_up	advic	-0.1013
wrap_up	advic about	-0.0225
wrap_up	advic on	-0.0399
wrap_up	advic you	-0.0341
wrap_up	after	-0.2798
wrap_up	after a	-0.0205
wrap_up	after i	-0.0492
wrap_up	after my	0.0436
wrap_up	after the	-0.1039
wrap_up	after this	-0.054
wrap_up	after ~number	-0.1348
wrap_up	afternoon	0.1474
wrap_up	afternoon thank	0.1058
wrap_up	again	0.3124
wrap_up	again and	0.0971
wrap_up	again for	-0.0453
wrap_up	again i	-0.1221
wrap_up	again in	-0.0316
wrap_up	again onc	-0.0206
wrap_up	again this	0.0665
wrap_up	agenc	-0.0201
wrap_up	agenda	-0.0599
wrap_up	ago	-0.0212
wrap_up	agre	-0.1755
wrap_up	agre on	-0.0414
wrap_up	agre to	-0.1413
wrap_up	ah	-0.0836
wrap_up	all	0.8378
wrap_up	all day	-0.0709
wrap_up	all from	0.0565
wrap_up	all i	0.2521
wrap_up	all my	0.3159
wrap_up	all of	0.0751
wrap_up	all right	0.0864
wrap_up	all the	0.3044
wrap_up	all this	-0.0326
wrap_up	all ~closing	-0.0709
wrap_up	all ~limit	-0.0709
wrap_up	all ~number	0.3044
wrap_up	almost	-0.0554
wrap_up	almost out	-0.0917
wrap_up	along	-0.1085
wrap_up	alreadi	0.1749
wrap_up	alreadi 3	0.0422
wrap_up	alreadi over	0.2444
wrap_up	alright	0.4572
wrap_up	alright i	0.3032
wrap_up	also	-0.032
wrap_up	alvarez	0.1449
wrap_up	alway	-0.0596
wrap_up	alway ~learn	-0.0545
wrap_up	am	-0.2471
wrap_up	am a	-0.1027
wrap_up	am conscious	-0.0276
wrap_up	am go	0.1667
wrap_up	am good	0.1255
wrap_up	am grate	0.0728
wrap_up	am here	-0.0501
wrap_up	am hope	-0.0404
wrap_up	am in	-0.0229
wrap_up	am just	-0.043
wrap_up	am kind	-0.0286
wrap_up	am look	-0.0285
wrap_up	am mind	0.0408
wrap_up	am not	-0.133
wrap_up	am pretti	-0.0398
wrap_up	am realli	-0.0267
wrap_up	am tri	-0.033
wrap_up	am veri	-0.0336
wrap_up	am ~number	-0.1147
wrap_up	am ~studyverb	-0.0858
wrap_up	am ~want	-0.259
wrap_up	an	-0.1843
wrap_up	an email	-0.0415
wrap_up	an exhibit	-0.0325
wrap_up	an extra	0.0878
wrap_up	an eye	-0.0348
wrap_up	an hour	-0.0578
wrap_up	an updat	0.1077
wrap_up	an ~contactverb	-0.0415
wrap_up	an ~job	-0.0227
wrap_up	an ~limit	-0.0578
wrap_up	an ~sendverb	-0.0415
wrap_up	an ~talk	-0.0574
wrap_up	an ~timeunit	-0.0578
wrap_up	analyst	-0.0777
wrap_up	analyst ~job	-0.0215
wrap_up	and	-0.0372
wrap_up	and drop	-0.0683
wrap_up	and email	-0.1081
wrap_up	and for	0.1175
wrap_up	and good	0.0257
wrap_up	and have	0.0852
wrap_up	and honest	-0.0235
wrap_up	and i	-0.1625
wrap_up	and if	0.0695
wrap_up	and mention	-0.0301
wrap_up	and now	-0.0752
wrap_up	and pleas	-0.0332
wrap_up	and send	-0.0206
wrap_up	and take	0.0843
wrap_up	and tell	-0.0508
wrap_up	and thank	0.1466
wrap_up	and then	0.1376
wrap_up	and would	-0.0242
wrap_up	and your	-0.0755
wrap_up	and ~contactverb	-0.1114
wrap_up	and ~insight	0.0805
wrap_up	and ~learn	0.0767
wrap_up	and ~sendverb	-0.1591
wrap_up	and ~talk	-0.1134
wrap_up	and ~want	-0.0674
wrap_up	ani	0.1683
wrap_up	ani book	-0.0432
wrap_up	ani chanc	-0.044
wrap_up	ani further	0.1369
wrap_up	ani longer	0.1999
wrap_up	ani more	0.2562
wrap_up	ani open	-0.0266
wrap_up	ani way	-0.0606
wrap_up	ani ~job	-0.0408
wrap_up	ani ~student	-0.0251
wrap_up	anoth	0.2348
wrap_up	anoth time	0.114
wrap_up	anoth ~limit	0.1123
wrap_up	answer	0.2437
wrap_up	answer all	0.168
wrap_up	answer my	-0.0731
wrap_up	anyon	-0.0293
wrap_up	anyon els	-0.1061
wrap_up	anyon in	0.1236
wrap_up	anyth	-0.1743
wrap_up	anyth on	-0.0295
wrap_up	anyth you	-0.026
wrap_up	anyway	0.1619
wrap_up	anyway i	0.1619
wrap_up	app	-0.0375
wrap_up	appli	-0.1997
wrap_up	appli to	-0.0837
wrap_up	applic	0.0973
wrap_up	applic goe	0.131
wrap_up	appreci	-0.1125
wrap_up	appreci it	0.1782
wrap_up	appreci you	-0.2883
wrap_up	appreci your	0.0665
wrap_up	appreci ~number	-0.0216
wrap_up	apprenticeship	-0.0476
wrap_up	approv	-0.0401
wrap_up	architectur	-0.0279
wrap_up	are	0.0467
wrap_up	are a	0.0445
wrap_up	are all	0.2474
wrap_up	are almost	-0.0917
wrap_up	are alreadi	0.2152
wrap_up	are at	0.1938
wrap_up	are near	0.1181
wrap_up	are not	0.0407
wrap_up	are open	-0.0497
wrap_up	are right	0.1625
wrap_up	are run	-0.0313
wrap_up	are squeez	-0.0645
wrap_up	are the	-0.0279
wrap_up	are there	-0.2021
wrap_up	are you	-0.1037
wrap_up	are ~want	-0.0234
wrap_up	are ~workverb	-0.0352
wrap_up	area	-0.0216
wrap_up	around	-0.0203
wrap_up	arriv	-0.0202
wrap_up	articl	-0.131
wrap_up	articl i	-0.0842
wrap_up	articl on	-0.0943
wrap_up	as	-0.1066
wrap_up	as a	-0.0576
wrap_up	as i	-0.0205
wrap_up	as ~number	-0.0614
wrap_up	ask	0.1415
wrap_up	ask about	-0.0286
wrap_up	ask befor	-0.0345
wrap_up	ask for	0.1186
wrap_up	ask one	-0.0242
wrap_up	ask to	-0.0235
wrap_up	ask you	-0.049
wrap_up	ask ~number	-0.0291
wrap_up	ask ~people	-0.0248
wrap_up	assist	-0.0258
wrap_up	associ	-0.0764
wrap_up	associ for	-0.0204
wrap_up	at 11	-0.0262
wrap_up	at 4	-0.0385
wrap_up	at a	-0.077
wrap_up	at all	-0.021
wrap_up	at my	0.1188
wrap_up	at that	0.0709
wrap_up	at the	-0.167
wrap_up	at this	-0.024
wrap_up	at time	0.2241
wrap_up	at your	-0.0399
wrap_up	at ~limit	0.2241
wrap_up	at ~number	-0.094
wrap_up	audit	-0.0455
wrap_up	bachelor	-0.0782
wrap_up	bachelor in	-0.0753
wrap_up	back	0.0539
wrap_up	back after	-0.1014
wrap_up	back and	-0.0254
wrap_up	back to	0.3237
wrap_up	back ~want	-0.1014
wrap_up	background	-0.0466
wrap_up	bank	-0.0318
wrap_up	basic	-0.0925
wrap_up	be	-0.1916
wrap_up	be a	-0.0256
wrap_up	be all	0.1382
wrap_up	be brief	-0.039
wrap_up	be comfort	-0.0205
wrap_up	be glad	0.0741
wrap_up	be good	-0.0223
wrap_up	be mind	-0.1349
wrap_up	be open	-0.0247
wrap_up	be quick	-0.1717
wrap_up	be respect	-0.0938
wrap_up	be so	0.3539
wrap_up	be sure	0.0569
wrap_up	be use	-0.0555
wrap_up	be weird	-0.0697
wrap_up	be will	-0.0282
wrap_up	be ~help	-0.0555
wrap_up	be ~number	-0.0299
wrap_up	becaus	-0.0533
wrap_up	becom	-0.0246
wrap_up	becom ~number	-0.0233
wrap_up	been a	0.1366
wrap_up	been the	-0.0226
wrap_up	been ~number	0.114
wrap_up	been ~studyverb	-0.0261
wrap_up	befor	0.0219
wrap_up	befor appli	-0.034
wrap_up	befor i	0.2331
wrap_up	befor that	-0.0403
wrap_up	befor we	-0.0967
wrap_up	benefit	-0.028
wrap_up	best	0.1515
wrap_up	beta	-0.02
wrap_up	better	0.1022
wrap_up	between	-0.2468
wrap_up	between flight	-0.0305
wrap_up	between meet	-0.094
wrap_up	between stay	-0.0252
wrap_up	between ~number	-0.0214
wrap_up	beyond	-0.0562
wrap_up	big	-0.0254
wrap_up	biggest	-0.0493
wrap_up	bit about	-0.0267
wrap_up	bit over	-0.0284
wrap_up	book	-0.0808
wrap_up	book or	-0.0433
wrap_up	bootcamp	-0.107
wrap_up	bootcamp goe	-0.0388
wrap_up	brain	-0.0233
wrap_up	brazil	-0.0211
wrap_up	break	0.0299
wrap_up	break for	-0.084
wrap_up	break i	0.162
wrap_up	break so	-0.0556
wrap_up	brief	-0.0445
wrap_up	brilliant	0.097
wrap_up	broadband	-0.0329
wrap_up	brutal	-0.0203
wrap_up	budget	-0.041
wrap_up	bug	0.0913
wrap_up	bug you	0.0913
wrap_up	build	-0.0499
wrap_up	busi	0.0887
wrap_up	busi so	0.0595
wrap_up	but	0.3642
wrap_up	but i	-0.0311
wrap_up	but would	0.1632
wrap_up	but ~want	0.1632
wrap_up	by	0.0202
wrap_up	bye	0.6008
wrap_up	bye for	0.0661
wrap_up	calendar	0.1413
wrap_up	calendar is	0.092
wrap_up	call	0.3226
wrap_up	call it	0.3113
wrap_up	came	0.1503
wrap_up	can	0.3233
wrap_up	can be	-0.0362
wrap_up	can do	-0.0933
wrap_up	can end	0.1126
wrap_up	can ever	-0.03
wrap_up	can get	0.0665
wrap_up	can help	-0.059
wrap_up	can make	0.259
wrap_up	can return	-0.0215
wrap_up	can see	-0.0461
wrap_up	can tell	0.2436
wrap_up	can we	0.138
wrap_up	can you	-0.0691
wrap_up	can ~help	-0.1769
wrap_up	can ~learn	0.0204
wrap_up	can ~sendverb	-0.0275
wrap_up	candid	0.1556
wrap_up	candid about	0.0878
wrap_up	card	-0.0493
wrap_up	card and	-0.0416
wrap_up	care	0.5348
wrap_up	career	-0.2234
wrap_up	carv	-0.141
wrap_up	carv out	-0.141
wrap_up	case	0.1137
wrap_up	case studi	-0.027
wrap_up	case ~studyverb	-0.027
wrap_up	certif	-0.0621
wrap_up	chain	-0.0689
wrap_up	chain and	-0.0303
wrap_up	chanc	-0.0783
wrap_up	chanc you	-0.0218
wrap_up	chang	-0.0651
wrap_up	chat	-0.0382
wrap_up	chat i	-0.0278
wrap_up	chat with	-0.086
wrap_up	check	-0.1097
wrap_up	cheer	0.1201
wrap_up	cheer for	0.2024
wrap_up	cheer realli	-0.0751
wrap_up	cheer ~want	-0.0751
wrap_up	chemistri	-0.0245
wrap_up	choos	-0.0549
wrap_up	choos my	-0.024
wrap_up	civil	-0.0221
wrap_up	civil engin	-0.0221
wrap_up	class	0.2
wrap_up	clean	-0.0304
wrap_up	clear	-0.1593
wrap_up	client	-0.0368
wrap_up	clinic	-0.091
wrap_up	clock	-0.1324
wrap_up	close	0.1058
wrap_up	coffe	-0.0476
wrap_up	colleagu	-0.0479
wrap_up	colleagu i	-0.0337
wrap_up	collect	-0.0275
wrap_up	colleg	-0.0293
wrap_up	come	0.0947
wrap_up	come up	0.0237
wrap_up	comfort	-0.0811
wrap_up	comfort with	-0.0509
wrap_up	communiti	-0.0382
wrap_up	compani	-0.0557
wrap_up	complet	-0.0305
wrap_up	conclud	0.2269
wrap_up	confer	0.0863
wrap_up	connect	-0.1476
wrap_up	connect me	-0.0293
wrap_up	connect on	-0.0399
wrap_up	connect with	-0.0471
wrap_up	conscious	-0.0444
wrap_up	consid	-0.0319
wrap_up	construct	-0.023
wrap_up	consult	-0.0644
wrap_up	contact	-0.068
wrap_up	context	-0.078
wrap_up	continu	0.1815
wrap_up	convers	0.1141
wrap_up	convers i	-0.0564
wrap_up	cool cool	-0.0514
wrap_up	cool i	-0.0292
wrap_up	cool that	0.1272
wrap_up	could	-0.0551
wrap_up	could do	0.1289
wrap_up	could i	-0.0532
wrap_up	could you	0.0216
wrap_up	could ~help	0.1177
wrap_up	could ~sendverb	-0.0232
wrap_up	could ~talk	-0.0287
wrap_up	count	-0.0205
wrap_up	counti	-0.0291
wrap_up	countri	-0.0257
wrap_up	coupl	-0.1037
wrap_up	coupl more	-0.0219
wrap_up	coupl of	-0.0379
wrap_up	cours	-0.122
wrap_up	cover	0.3712
wrap_up	cover everyth	0.2401
wrap_up	crazi	-0.0402
wrap_up	credit	-0.0237
wrap_up	critic	-0.0432
wrap_up	critic care	-0.0432
wrap_up	cs	-0.0483
wrap_up	cs degre	-0.0452
wrap_up	cs ~degree	-0.0445
wrap_up	curious	-0.0504
wrap_up	curious about	-0.0223
wrap_up	current	-0.0259
wrap_up	cut	-0.077
wrap_up	dana	0.0599
wrap_up	data	-0.1557
wrap_up	data scienc	-0.04
wrap_up	data scientist	-0.0241
wrap_up	day	-0.0371
wrap_up	day and	-0.0426
wrap_up	day is	-0.0317
wrap_up	day to	-0.0453
wrap_up	deadlin	-0.0614
wrap_up	deal	-0.0547
wrap_up	decid	-0.0972
wrap_up	decid between	-0.0319
wrap_up	decis	-0.0249
wrap_up	def	-0.0643
wrap_up	definit	-0.0718
wrap_up	degre	-0.1036
wrap_up	degre in	-0.0299
wrap_up	depart	-0.0344
wrap_up	describ	-0.0205
wrap_up	design	-0.1355
wrap_up	detail	-0.1074
wrap_up	develop	-0.0233
wrap_up	did	-0.1205
wrap_up	did it	-0.0251
wrap_up	did not	0.1269
wrap_up	did that	-0.0425
wrap_up	did you	-0.1323
wrap_up	differ	-0.0632
wrap_up	difficult	-0.0401
wrap_up	direct	-0.0767
wrap_up	do	-0.2136
wrap_up	do a	-0.0223
wrap_up	do an	-0.0593
wrap_up	do for	-0.0874
wrap_up	do not	0.2242
wrap_up	do peopl	-0.0266
wrap_up	do this	-0.052
wrap_up	do to	0.1173
wrap_up	do you	-0.0375
wrap_up	do ~number	-0.0943
wrap_up	do ~people	-0.0266
wrap_up	do ~want	-0.0458
wrap_up	doe	-0.0286
wrap_up	doe a	-0.0367
wrap_up	doe it	0.1755
wrap_up	doe the	-0.058
wrap_up	doe your	-0.0525
wrap_up	doe ~number	-0.0947
wrap_up	done	0.1224
wrap_up	done the	-0.0706
wrap_up	done ~number	-0.0718
wrap_up	down	-0.1331
wrap_up	down ~number	-0.0529
wrap_up	dr	-0.066
wrap_up	draft	-0.0212
wrap_up	drop	-0.0717
wrap_up	drop you	-0.0219
wrap_up	dure	-0.0325
wrap_up	dure tax	-0.0217
wrap_up	dure the	0.0486
wrap_up	earli	-0.0405
wrap_up	earlier	-0.0511
wrap_up	easi to	-0.0399
wrap_up	eat	0.1139
wrap_up	eat into	-0.0577
wrap_up	economist	-0.0728
wrap_up	educ	-0.0461
wrap_up	educ i	-0.0204
wrap_up	elect	-0.0251
wrap_up	els	-0.041
wrap_up	els come	0.1295
wrap_up	els should	-0.0349
wrap_up	els you	-0.0581
wrap_up	email	-0.1974
wrap_up	email later	0.0231
wrap_up	email next	-0.0411
wrap_up	email so	-0.0712
wrap_up	email to	-0.0203
wrap_up	email tonight	0.0569
wrap_up	email with	-0.0202
wrap_up	email ~later	0.0231
wrap_up	end	0.2515
wrap_up	end of	0.2443
wrap_up	end up	-0.1242
wrap_up	engin	-0.1039
wrap_up	english	-0.0533
wrap_up	enjoy	0.3039
wrap_up	enjoy the	0.2007
wrap_up	enjoy this	0.1165
wrap_up	enjoy ~number	0.2007
wrap_up	enough	0.285
wrap_up	enough of	0.183
wrap_up	especi	-0.0423
wrap_up	even	-0.0835
wrap_up	even just	-0.0267
wrap_up	even with	-0.0284
wrap_up	even ~want	-0.0267
wrap_up	evening	0.1635
wrap_up	ever	-0.0783
wrap_up	ever anyth	-0.0471
wrap_up	ever help	0.0743
wrap_up	ever need	-0.0445
wrap_up	ever ~help	0.0849
wrap_up	everi	-0.0282
wrap_up	everyth	0.8396
wrap_up	everyth i	0.4598
wrap_up	everyth on	0.1758
wrap_up	exact	0.0333
wrap_up	exam	-0.0444
wrap_up	exhibit	-0.0348
wrap_up	experi	-0.0837
wrap_up	explain	-0.1576
wrap_up	explain me	-0.0665
wrap_up	extra	0.0833
wrap_up	extra pair	0.0878
wrap_up	eye	-0.0434
wrap_up	eye on	-0.0434
wrap_up	fair	-0.0346
wrap_up	fall	0.1135
wrap_up	far	-0.0441
wrap_up	favor	0.1331
wrap_up	feedback	-0.023
wrap_up	feel	-0.0585
wrap_up	few	-0.1064
wrap_up	few minut	-0.0319
wrap_up	few ~duration	-0.0211
wrap_up	few ~limit	-0.0319
wrap_up	few ~timeunit	-0.0319
wrap_up	field	-0.1464
wrap_up	field is	-0.0206
wrap_up	figur	-0.0518
wrap_up	figur out	-0.0388
wrap_up	final	-0.0818
wrap_up	final meet	-0.0375
wrap_up	final ~talk	-0.0393
wrap_up	find	-0.038
wrap_up	fine	-0.0949
wrap_up	fine if	-0.0413
wrap_up	fine to	-0.0501
wrap_up	finish	-0.2253
wrap_up	finish a	-0.025
wrap_up	finish my	-0.0428
wrap_up	finish the	-0.0339
wrap_up	finish your	-0.0923
wrap_up	finish ~number	-0.0589
wrap_up	fire	-0.0752
wrap_up	firm	-0.0786
wrap_up	first	-0.1197
wrap_up	first question	-0.0248
wrap_up	five	-0.102
wrap_up	flew	0.0526
wrap_up	flight	0.1555
wrap_up	focus	-0.083
wrap_up	follow	-0.1547
wrap_up	follow up	-0.1262
wrap_up	for	-0.2256
wrap_up	for agre	-0.1191
wrap_up	for an	-0.0228
wrap_up	for be	0.3669
wrap_up	for carv	-0.0779
wrap_up	for do	-0.0211
wrap_up	for explain	-0.1513
wrap_up	for fit	0.0401
wrap_up	for five	-0.0521
wrap_up	for give	0.0332
wrap_up	for hop	-0.0496
wrap_up	for make	-0.0858
wrap_up	for me	0.0928
wrap_up	for meet	-0.0574
wrap_up	for now	0.24
wrap_up	for squeez	-0.0343
wrap_up	for stay	-0.0333
wrap_up	for take	-0.0533
wrap_up	for talk	0.099
wrap_up	for that	0.0889
wrap_up	for today	0.2372
wrap_up	for you	-0.1761
wrap_up	for ~hiring	-0.0552
wrap_up	for ~insight	-0.0296
wrap_up	for ~number	-0.0642
wrap_up	for ~org	-0.0339
wrap_up	for ~people	-0.0241
wrap_up	for ~studyverb	-0.0744
wrap_up	for ~talk	0.0398
wrap_up	formal	-0.0277
wrap_up	former	-0.0293
wrap_up	forward	-0.0497
wrap_up	found	-0.0737
wrap_up	freelanc	-0.0322
wrap_up	friday	0.134
wrap_up	from	0.2253
wrap_up	from a	-0.024
wrap_up	from me	0.5249
wrap_up	from my	0.1573
wrap_up	from retail	-0.0461
wrap_up	from the	-0.0528
wrap_up	from ~number	-0.079
wrap_up	from ~people	-0.0241
wrap_up	full	-0.0544
wrap_up	further	0.13
wrap_up	game	-0.0662
wrap_up	gather	-0.043
wrap_up	gather inform	-0.0308
wrap_up	gather ~insight	-0.0415
wrap_up	gave	-0.0885
wrap_up	gave me	-0.0885
wrap_up	general	-0.0388
wrap_up	generos	0.0682
wrap_up	generous	0.1588
wrap_up	generous with	0.172
wrap_up	get	0.2833
wrap_up	get a	-0.029
wrap_up	get back	0.3882
wrap_up	get go	0.1035
wrap_up	get into	-0.0337
wrap_up	get on	0.0587
wrap_up	get to	0.0206
wrap_up	get your	-0.0363
wrap_up	get ~number	-0.0421
wrap_up	give	-0.1499
wrap_up	give me	-0.1065
wrap_up	give up	-0.0217
wrap_up	glad	0.256
wrap_up	glad to	0.072
wrap_up	go	0.8519
wrap_up	go back	-0.0772
wrap_up	go for	-0.0534
wrap_up	go i	0.2814
wrap_up	go is	-0.0322
wrap_up	go now	0.0867
wrap_up	go on	-0.0478
wrap_up	go so	-0.0336
wrap_up	go to	0.1875
wrap_up	goal	-0.0291
wrap_up	goe	-0.036
wrap_up	gone	-0.0384
wrap_up	good	0.3122
wrap_up	good afternoon	-0.0452
wrap_up	good at	-0.0257
wrap_up	good for	-0.0428
wrap_up	good luck	0.0368
wrap_up	good morn	-0.0916
wrap_up	good one	0.1971
wrap_up	good place	0.021
wrap_up	good rest	0.0992
wrap_up	good ~limit	-0.1465
wrap_up	good ~number	0.1971
wrap_up	good ~org	0.021
wrap_up	good ~people	0.1971
wrap_up	goodby	0.2629
wrap_up	gosh	-0.0486
wrap_up	got	0.4042
wrap_up	got a	0.0279
wrap_up	got about	-0.0328
wrap_up	got into	-0.0235
wrap_up	got it	-0.0815
wrap_up	got thank	0.0877
wrap_up	got to	0.453
wrap_up	got ~want	0.0955
wrap_up	grad	0.0969
wrap_up	grad school	0.1265
wrap_up	grad ~org	0.1265
wrap_up	graduat	-0.0392
wrap_up	grant	-0.0243
wrap_up	grate	0.0312
wrap_up	grate you	0.0518
wrap_up	great	0.4219
wrap_up	great rest	0.0884
wrap_up	great that	0.0961
wrap_up	great well	0.1111
wrap_up	great ~closing	0.1927
wrap_up	guess	0.1331
wrap_up	guy	-0.0311
wrap_up	guy ~hiring	-0.0203
wrap_up	hackathon	-0.0411
wrap_up	hackathon and	-0.0411
wrap_up	had	0.1602
wrap_up	had no	-0.0741
wrap_up	had not	-0.0773
wrap_up	half	-0.1571
wrap_up	half an	-0.0558
wrap_up	half hour	-0.0554
wrap_up	half past	-0.0447
wrap_up	half ~limit	-0.0554
wrap_up	half ~number	-0.057
wrap_up	half ~timeunit	-0.0554
wrap_up	hand	0.0356
wrap_up	hang	-0.0629
wrap_up	hang up	-0.0557
wrap_up	happi	-0.0989
wrap_up	happi to	-0.0707
wrap_up	hard back	-0.0248
wrap_up	hard part	0.0981
wrap_up	hard stop	-0.0252
wrap_up	has	-0.0772
wrap_up	has been	-0.0547
wrap_up	has ~workverb	-0.0547
wrap_up	have	0.5333
wrap_up	have 15	-0.0663
wrap_up	have a	0.6995
wrap_up	have alreadi	-0.0492
wrap_up	have ani	0.1392
wrap_up	have ask	0.0378
wrap_up	have been	-0.1006
wrap_up	have direct	-0.0567
wrap_up	have done	-0.0788
wrap_up	have finish	-0.0348
wrap_up	have gone	-0.0308
wrap_up	have got	0.1373
wrap_up	have had	-0.0392
wrap_up	have hit	0.3213
wrap_up	have kept	0.0786
wrap_up	have more	0.039
wrap_up	have onli	-0.0319
wrap_up	have read	0.0332
wrap_up	have taken	0.1879
wrap_up	have talk	0.0357
wrap_up	have to	-0.0723
wrap_up	have twenti	-0.0264
wrap_up	have until	-0.0316
wrap_up	have ~insight	0.0332
wrap_up	have ~number	0.5419
wrap_up	have ~studyverb	-0.0417
wrap_up	have ~workverb	-0.1872
wrap_up	head	0.1374
wrap_up	health	-0.0423
wrap_up	heap	0.1009
wrap_up	hear	-0.1632
wrap_up	hear how	-0.0219
wrap_up	hear me	-0.0225
wrap_up	hectic	-0.0229
wrap_up	help	-0.0704
wrap_up	help me	-0.0731
wrap_up	help thank	0.2137
wrap_up	help with	-0.078
wrap_up	help you	-0.074
wrap_up	help ~number	0.0748
wrap_up	her	-0.0375
wrap_up	here	0.8733
wrap_up	here i	0.062
wrap_up	here in	-0.0653
wrap_up	here so	0.0639
wrap_up	here thank	0.0915
wrap_up	here to	-0.0535
wrap_up	here ~want	0.0613
wrap_up	hesit	-0.0408
wrap_up	hesit to	-0.0408
wrap_up	hey	0.0618
wrap_up	hey so	0.1573
wrap_up	hi	-0.2168
wrap_up	hi dana	-0.0397
wrap_up	hi i	-0.0206
wrap_up	hi mr	-0.0237
wrap_up	hire	-0.1312
wrap_up	hire at	-0.0219
wrap_up	histori	0.0948
wrap_up	hit	0.3202
wrap_up	hit the	0.0935
wrap_up	hit ~number	0.0935
wrap_up	hold	0.2087
wrap_up	hold you	0.2444
wrap_up	honest	-0.1799
wrap_up	honest i	-0.0479
wrap_up	honest my	-0.0472
wrap_up	honest take	-0.0357
wrap_up	honest ~insight	-0.0515
wrap_up	hop	0.0578
wrap_up	hop off	0.1089
wrap_up	hop on	-0.0512
wrap_up	hope	0.0818
wrap_up	hope for	0.0479
wrap_up	hope it	0.1008
wrap_up	hospit	-0.0573
wrap_up	hospit staf	-0.0347
wrap_up	hour	-0.2557
wrap_up	hour are	-0.05
wrap_up	hour for	-0.0328
wrap_up	hous	-0.0366
wrap_up	how	-0.7323
wrap_up	how can	-0.027
wrap_up	how did	-0.0608
wrap_up	how do	-0.1087
wrap_up	how doe	-0.0696
wrap_up	how i	-0.023
wrap_up	how is	-0.0608
wrap_up	how it	-0.168
wrap_up	how long	-0.0473
wrap_up	how much	-0.0714
wrap_up	how my	-0.0773
wrap_up	how the	0.021
wrap_up	how you	-0.0683
wrap_up	how ~help	-0.1087
wrap_up	how ~studyverb	-0.0608
wrap_up	huh	-0.0289
wrap_up	hunt	-0.0219
wrap_up	i	0.1747
wrap_up	i add	0.0503
wrap_up	i am	-0.2471
wrap_up	i appreci	-0.0838
wrap_up	i ask	-0.1002
wrap_up	i be	-0.0434
wrap_up	i came	0.1533
wrap_up	i connect	0.0917
wrap_up	i could	0.0467
wrap_up	i do	0.2492
wrap_up	i email	-0.2153
wrap_up	i end	-0.0964
wrap_up	i figur	-0.0216
wrap_up	i follow	-0.0698
wrap_up	i found	-0.0582
wrap_up	i get	-0.0293
wrap_up	i go	0.1214
wrap_up	i got	0.036
wrap_up	i guess	0.1331
wrap_up	i had	0.1808
wrap_up	i have	0.1348
wrap_up	i help	-0.022
wrap_up	i hope	0.0917
wrap_up	i just	0.1319
wrap_up	i know	-0.2745
wrap_up	i learn	-0.021
wrap_up	i make	-0.0961
wrap_up	i mention	-0.2344
wrap_up	i need	0.033
wrap_up	i prepar	0.0569
wrap_up	i promis	-0.027
wrap_up	i realiz	0.1022
wrap_up	i realli	-0.0806
wrap_up	i see	0.2551
wrap_up	i send	-0.0464
wrap_up	i sent	0.0537
wrap_up	i should	0.2628
wrap_up	i speak	-0.0263
wrap_up	i spent	-0.022
wrap_up	i talk	-0.0569
wrap_up	i text	0.0929
wrap_up	i think	0.777
wrap_up	i thought	-0.0944
wrap_up	i took	-0.0276
wrap_up	i total	-0.0639
wrap_up	i want	-0.1606
wrap_up	i was	-0.0669
wrap_up	i will	0.8107
wrap_up	i wish	0.225
wrap_up	i work	-0.0204
wrap_up	i would	-0.0236
wrap_up	i wrote	-0.0314
wrap_up	i ~contactverb	-0.0399
wrap_up	i ~help	0.2128
wrap_up	i ~learn	-0.1349
wrap_up	i ~sendverb	-0.0582
wrap_up	i ~studyverb	-0.0703
wrap_up	i ~talk	-0.0818
wrap_up	i ~want	-0.0585
wrap_up	i ~workverb	-0.0604
wrap_up	icu	-0.0211
wrap_up	idea	-0.0833
wrap_up	if	-0.7112
wrap_up	if an	0.1049
wrap_up	if i	-0.1533
wrap_up	if it	-0.1205
wrap_up	if someth	0.1107
wrap_up	if that	-0.1734
wrap_up	if there	-0.0963
wrap_up	if we	-0.0271
wrap_up	if you	-0.2641
wrap_up	if your	-0.0515
wrap_up	if ~number	0.0863
wrap_up	import	-0.0733
wrap_up	in	-0.3889
wrap_up	in a	0.0279
wrap_up	in ani	-0.0217
wrap_up	in between	-0.1333
wrap_up	in case	0.1473
wrap_up	in economist	-0.0728
wrap_up	in general	-0.0374
wrap_up	in i	-0.0435
wrap_up	in meet	-0.031
wrap_up	in my	-0.0263
wrap_up	in public	-0.0206
wrap_up	in return	-0.0266
wrap_up	in the	0.2265
wrap_up	in this	-0.0439
wrap_up	in touch	-0.1362
wrap_up	in with	0.1481
wrap_up	in your	-0.1224
wrap_up	in ~contactverb	-0.1398
wrap_up	in ~help	-0.0266
wrap_up	in ~number	0.2412
wrap_up	in ~student	-0.0758
wrap_up	incred	-0.0416
wrap_up	incred help	-0.0386
wrap_up	industri	-0.066
wrap_up	inform	0.0298
wrap_up	instead	0.114
wrap_up	instead of	0.114
wrap_up	intens	-0.0417
wrap_up	interest	0.1113
wrap_up	intern	-0.0299
wrap_up	internship	-0.1188
wrap_up	internship i	-0.0474
wrap_up	interrupt	-0.0927
wrap_up	interview	-0.0545
wrap_up	interview with	-0.021
wrap_up	into	-0.2489
wrap_up	into this	-0.0294
wrap_up	into your	-0.028
wrap_up	into ~number	-0.0284
wrap_up	intro	-0.0348
wrap_up	introduc	-0.0254
wrap_up	introduct	-0.0854
wrap_up	invit	0.0354
wrap_up	involv	-0.0295
wrap_up	is	-0.3182
wrap_up	is a	-0.1045
wrap_up	is about	0.1158
wrap_up	is all	0.4654
wrap_up	is almost	0.0379
wrap_up	is alright	-0.0738
wrap_up	is ani	-0.0258
wrap_up	is been	0.1853
wrap_up	is ever	-0.0549
wrap_up	is everyth	0.4847
wrap_up	is help	-0.0755
wrap_up	is here	0.1108
wrap_up	is me	0.1891
wrap_up	is most	-0.0329
wrap_up	is my	0.0708
wrap_up	is near	0.0273
wrap_up	is not	-0.0393
wrap_up	is ok	-0.1221
wrap_up	is pack	0.0669
wrap_up	is part	-0.0288
wrap_up	is realli	-0.153
wrap_up	is reassur	-0.0738
wrap_up	is so	-0.0395
wrap_up	is spent	-0.0232
wrap_up	is such	-0.0516
wrap_up	is super	-0.1163
wrap_up	is that	-0.0506
wrap_up	is there	-0.216
wrap_up	is veri	-0.1298
wrap_up	is worth	-0.0477
wrap_up	is your	-0.1075
wrap_up	is ~help	0.1029
wrap_up	is ~number	-0.1184
wrap_up	is ~want	-0.0792
wrap_up	is ~workverb	0.1494
wrap_up	it	0.8482
wrap_up	it a	0.0412
wrap_up	it all	-0.0468
wrap_up	it and	-0.0303
wrap_up	it at	0.0666
wrap_up	it be	0.1191
wrap_up	it for	0.2492
wrap_up	it from	0.4095
wrap_up	it hard	-0.02
wrap_up	it help	-0.0604
wrap_up	it here	0.0755
wrap_up	it in	-0.0524
wrap_up	it is	0.0396
wrap_up	it most	-0.0695
wrap_up	it not	-0.0719
wrap_up	it ok	-0.0436
wrap_up	it short	-0.0503
wrap_up	it still	-0.031
wrap_up	it take	-0.036
wrap_up	it there	0.5257
wrap_up	it to	-0.0754
wrap_up	it was	0.1113
wrap_up	it went	-0.1087
wrap_up	it ~insight	-0.0411
wrap_up	it ~number	0.0412
wrap_up	job	-0.1089
wrap_up	job i	0.1499
wrap_up	join	-0.0238
wrap_up	jordan	0.0721
wrap_up	jordan i	0.0577
wrap_up	jump	0.092
wrap_up	jump right	-0.0751
wrap_up	junior	-0.0586
wrap_up	just	-0.1139
wrap_up	just ask	-0.0313
wrap_up	just gather	-0.0388
wrap_up	just say	0.0274
wrap_up	just so	-0.0284
wrap_up	just to	-0.0393
wrap_up	just want	0.0871
wrap_up	just ~learn	-0.0354
wrap_up	just ~talk	-0.038
wrap_up	just ~want	0.0475
wrap_up	keep	-0.1408
wrap_up	keep an	-0.0348
wrap_up	keep go	-0.0741
wrap_up	keep it	-0.0725
wrap_up	keep me	-0.0238
wrap_up	keep my	-0.1176
wrap_up	keep this	-0.1323
wrap_up	keep you	0.388
wrap_up	keep ~number	-0.0434
wrap_up	kept	0.252
wrap_up	kept you	0.252
wrap_up	kid	-0.0229
wrap_up	kind	-0.2467
wrap_up	kind of	-0.1756
wrap_up	know	-0.5123
wrap_up	know at	0.1358
wrap_up	know i	-0.0409
wrap_up	know if	-0.0794
wrap_up	know it	-0.0814
wrap_up	know this	-0.038
wrap_up	know we	-0.1319
wrap_up	know which	-0.0852
wrap_up	know you	0.0537
wrap_up	know your	0.0226
wrap_up	know ~people	-0.0261
wrap_up	lab	-0.0239
wrap_up	land	-0.0295
wrap_up	last question	0.0501
wrap_up	last summer	-0.0317
wrap_up	last thing	0.1278
wrap_up	last week	-0.0313
wrap_up	last year	-0.0307
wrap_up	last ~closing	-0.0313
wrap_up	last ~duration	-0.0307
wrap_up	late	-0.0273
wrap_up	later	-0.1745
wrap_up	later and	0.0205
wrap_up	later today	-0.0365
wrap_up	law	-0.0317
wrap_up	lead	-0.0287
wrap_up	learn	-0.0289
wrap_up	learn more	-0.0262
wrap_up	learn not	0.1549
wrap_up	leav	0.2874
wrap_up	leav for	-0.0302
wrap_up	leav it	0.3548
wrap_up	left	-0.1262
wrap_up	left right	-0.0909
wrap_up	let	0.9924
wrap_up	let me	-0.0848
wrap_up	let us	0.1906
wrap_up	let you	0.9275
wrap_up	level	-0.024
wrap_up	licens	-0.0638
wrap_up	licens exam	-0.0474
wrap_up	like	-0.1146
wrap_up	like for	-0.0442
wrap_up	like me	0.1482
wrap_up	like to	-0.1014
wrap_up	like we	0.233
wrap_up	like ~number	-0.1328
wrap_up	line	0.1074
wrap_up	line onc	0.0228
wrap_up	link	-0.0275
wrap_up	link you	-0.0342
wrap_up	linkedin	-0.0748
wrap_up	linkedin after	-0.0231
wrap_up	linkedin ~want	-0.0231
wrap_up	list	0.4678
wrap_up	live	-0.0593
wrap_up	logist	-0.0213
wrap_up	long	-0.0369
wrap_up	long enough	0.1085
wrap_up	long term	-0.0299
wrap_up	longer	0.1225
wrap_up	longer than	-0.0762
wrap_up	look	0.0632
wrap_up	look at	-0.0374
wrap_up	look for	-0.0507
wrap_up	look into	0.0424
wrap_up	look like	0.1237
wrap_up	lot	-0.0433
wrap_up	love	0.0661
wrap_up	love evening	0.2494
wrap_up	love to	-0.1143
wrap_up	love ~closing	0.2946
wrap_up	love ~number	-0.024
wrap_up	luck	0.2107
wrap_up	luck with	0.2107
wrap_up	lunch	0.2478
wrap_up	lunch break	0.0225
wrap_up	lunch next	0.1928
wrap_up	made	-0.0993
wrap_up	made you	-0.0207
wrap_up	main	-0.0587
wrap_up	major	-0.0326
wrap_up	make	-0.1999
wrap_up	make a	-0.054
wrap_up	make sens	-0.1507
wrap_up	make the	-0.0366
wrap_up	make time	-0.0585
wrap_up	make your	0.259
wrap_up	make ~insight	-0.1507
wrap_up	make ~limit	-0.0585
wrap_up	make ~number	-0.0921
wrap_up	manag	-0.0744
wrap_up	manag ~want	0.1665
wrap_up	mani	0.1498
wrap_up	mani thank	0.1587
wrap_up	mark	-0.1181
wrap_up	market	-0.0461
wrap_up	master	-0.0691
wrap_up	master in	-0.02
wrap_up	math	-0.0268
wrap_up	matter	-0.0385
wrap_up	matter most	-0.02
wrap_up	may	0.0234
wrap_up	may i	-0.0279
wrap_up	mayb	-0.0453
wrap_up	mayb in	0.076
wrap_up	me	0.4502
wrap_up	me a	-0.0425
wrap_up	me about	-0.0462
wrap_up	me done	0.0943
wrap_up	me for	-0.0251
wrap_up	me i	0.1264
wrap_up	me in	0.1344
wrap_up	me know	-0.1124
wrap_up	me off	-0.0757
wrap_up	me ok	-0.0225
wrap_up	me so	-0.0582
wrap_up	me stop	0.097
wrap_up	me through	-0.073
wrap_up	me to	0.237
wrap_up	me today	-0.0796
wrap_up	me when	-0.035
wrap_up	me with	-0.0366
wrap_up	me your	-0.0228
wrap_up	me ~learn	-0.1253
wrap_up	me ~number	-0.0604
wrap_up	medic	-0.0837
wrap_up	meet	-0.1399
wrap_up	meet at	0.0497
wrap_up	meet so	0.0202
wrap_up	meet with	-0.0555
wrap_up	meet you	-0.0534
wrap_up	mention	-0.2207
wrap_up	mention onc	0.0357
wrap_up	mention the	-0.0266
wrap_up	mention you	0.0487
wrap_up	mention ~number	-0.0266
wrap_up	mentor	0.1238
wrap_up	mentor program	0.1579
wrap_up	mentor ~degree	0.1579
wrap_up	messag	-0.0931
wrap_up	messag on	-0.0238
wrap_up	met	-0.0255
wrap_up	mgmt	-0.0581
wrap_up	might	0.0753
wrap_up	might be	-0.0296
wrap_up	might share	0.1455
wrap_up	might ~sendverb	0.1455
wrap_up	militari	-0.0208
wrap_up	million	0.0293
wrap_up	mind	-0.1083
wrap_up	mind if	0.1065
wrap_up	mind it	0.0469
wrap_up	mind of	-0.1413
wrap_up	mind we	-0.0719
wrap_up	minut	-0.1369
wrap_up	minut and	0.0432
wrap_up	minut i	0.1545
wrap_up	minut left	-0.1186
wrap_up	minut mark	-0.1181
wrap_up	minut or	-0.022
wrap_up	minut so	-0.129
wrap_up	minut we	-0.0236
wrap_up	moment	-0.0284
wrap_up	month	0.0499
wrap_up	more	0.1241
wrap_up	more about	-0.0347
wrap_up	more of	0.0902
wrap_up	more question	0.2551
wrap_up	more than	0.0342
wrap_up	morn	-0.035
wrap_up	most	-0.3483
wrap_up	most ~want	-0.0287
wrap_up	move	-0.0778
wrap_up	move into	-0.0446
wrap_up	mph	-0.0204
wrap_up	mr	-0.0237
wrap_up	ms	0.1246
wrap_up	msw	-0.0423
wrap_up	msw program	-0.0423
wrap_up	much	-0.3403
wrap_up	much and	0.1078
wrap_up	much for	-0.0736
wrap_up	much i	0.0266
wrap_up	much of	-0.2677
wrap_up	much ~want	-0.0681
wrap_up	municip	-0.0314
wrap_up	museum	-0.0446
wrap_up	museum educ	-0.0356
wrap_up	my	0.3503
wrap_up	my applic	-0.0226
wrap_up	my career	-0.0694
wrap_up	my decis	-0.0205
wrap_up	my detail	-0.0426
wrap_up	my email	-0.0353
wrap_up	my english	-0.0409
wrap_up	my first	-0.0222
wrap_up	my internship	-0.0723
wrap_up	my last	0.0613
wrap_up	my list	0.5356
wrap_up	my manag	0.1191
wrap_up	my name	-0.027
wrap_up	my note	0.0834
wrap_up	my old	-0.0206
wrap_up	my own	-0.0209
wrap_up	my portfolio	-0.0661
wrap_up	my profess	-0.0376
wrap_up	my question	0.1369
wrap_up	my resum	-0.0786
wrap_up	my side	0.2033
wrap_up	my stage	0.1358
wrap_up	my thesi	-0.032
wrap_up	my ~application	-0.1012
wrap_up	my ~contactverb	-0.0353
wrap_up	my ~degree	-0.0581
wrap_up	my ~gatekeeper	0.1191
wrap_up	my ~insight	0.0935
wrap_up	my ~job	-0.0756
wrap_up	my ~org	0.2018
wrap_up	my ~sendverb	-0.0382
wrap_up	my ~student	0.0947
wrap_up	my ~talk	-0.1032
wrap_up	myself	-0.0851
wrap_up	name	-0.1298
wrap_up	name of	-0.0426
wrap_up	near	0.1434
wrap_up	near at	0.0722
wrap_up	near out	0.0459
wrap_up	near ~number	-0.0225
wrap_up	need	-0.0862
wrap_up	need a	-0.024
wrap_up	need ani	-0.0725
wrap_up	need to	0.0379
wrap_up	need ~number	-0.0355
wrap_up	network	-0.0487
wrap_up	never	-0.1008
wrap_up	never ~learn	-0.0237
wrap_up	new	-0.066
wrap_up	new to	-0.0224
wrap_up	newslett	-0.0513
wrap_up	next	0.1788
wrap_up	next call	0.0774
wrap_up	next meet	0.0841
wrap_up	next step	-0.0276
wrap_up	next week	0.1632
wrap_up	next ~closing	0.1632
wrap_up	next ~contactverb	0.0774
wrap_up	next ~talk	0.1614
wrap_up	nice	-0.0282
wrap_up	nice to	-0.0269
wrap_up	night	-0.1472
wrap_up	night class	-0.021
wrap_up	night shift	-0.0853
wrap_up	no idea	-0.0741
wrap_up	nonprofit	-0.0398
wrap_up	normal	-0.0241
wrap_up	not	0.4256
wrap_up	not ask	0.1336
wrap_up	not have	0.1538
wrap_up	not here	-0.0204
wrap_up	not hesit	-0.0408
wrap_up	not hold	0.2444
wrap_up	not keep	0.1599
wrap_up	not look	-0.0282
wrap_up	not need	-0.0791
wrap_up	not take	0.0656
wrap_up	not to	-0.0223
wrap_up	not tri	-0.0367
wrap_up	not want	0.1917
wrap_up	not ~insight	0.0656
wrap_up	not ~want	0.0738
wrap_up	note	-0.1557
wrap_up	note after	-0.0804
wrap_up	note and	-0.083
wrap_up	note in	0.1586
wrap_up	note next	0.0894
wrap_up	note tonight	-0.1051
wrap_up	note ~want	-0.0804
wrap_up	noth	-0.0311
wrap_up	noth more	-0.0311
wrap_up	now	0.2795
wrap_up	now and	0.1932
wrap_up	nurs	-0.1774
wrap_up	oclock	0.0642
wrap_up	of	0.2188
wrap_up	of a	-0.0259
wrap_up	of hand	0.0878
wrap_up	of leav	-0.0291
wrap_up	of my	0.3887
wrap_up	of question	0.3272
wrap_up	of thank	-0.0201
wrap_up	of that	-0.0775
wrap_up	of the	-0.1996
wrap_up	of this	-0.0975
wrap_up	of time	-0.0537
wrap_up	of you	-0.1021
wrap_up	of your	0.2556
wrap_up	of ~insight	-0.0466
wrap_up	of ~limit	-0.0537
wrap_up	of ~number	-0.2342
wrap_up	of ~people	-0.0288
wrap_up	off	0.4963
wrap_up	off here	0.1341
wrap_up	off now	0.2092
wrap_up	off ~want	0.1341
wrap_up	offer	-0.0246
wrap_up	offic	0.1434
wrap_up	oh	-0.1337
wrap_up	oh interest	-0.0368
wrap_up	ok	0.2588
wrap_up	ok cool	-0.0351
wrap_up	ok for	-0.0309
wrap_up	ok i	0.3497
wrap_up	ok if	-0.1741
wrap_up	ok that	0.1306
wrap_up	ok to	0.1206
wrap_up	old	-0.0325
wrap_up	omg	0.0407
wrap_up	on	-0.3656
wrap_up	on a	0.0944
wrap_up	on how	0.0678
wrap_up	on i	-0.0244
wrap_up	on it	-0.0327
wrap_up	on linkedin	-0.0642
wrap_up	on municip	-0.0314
wrap_up	on my	0.0767
wrap_up	on rural	-0.027
wrap_up	on the	0.041
wrap_up	on whether	-0.0798
wrap_up	on with	0.0777
wrap_up	on your	-0.0933
wrap_up	on ~number	0.132
wrap_up	onc	-0.208
wrap_up	onc i	-0.1437
wrap_up	onc my	-0.0739
wrap_up	one	0.1704
wrap_up	one last	0.1211
wrap_up	one more	-0.0769
wrap_up	onli	-0.2169
wrap_up	onli got	-0.0306
wrap_up	onli have	-0.1835
wrap_up	onlin	-0.062
wrap_up	onto	-0.0387
wrap_up	onto your	-0.0381
wrap_up	open	-0.1571
wrap_up	open to	-0.0744
wrap_up	open up	-0.0236
wrap_up	oper	-0.0235
wrap_up	or	-0.3946
wrap_up	or anyth	-0.0229
wrap_up	or email	-0.0213
wrap_up	or go	-0.0293
wrap_up	or is	-0.0986
wrap_up	or podcast	-0.0359
wrap_up	or should	-0.0302
wrap_up	or two	-0.0252
wrap_up	or would	-0.0291
wrap_up	or ~contactverb	-0.0224
wrap_up	or ~number	-0.0391
wrap_up	or ~sendverb	-0.0213
wrap_up	or ~talk	-0.0224
wrap_up	or ~want	-0.0318
wrap_up	other	-0.0631
wrap_up	other ~people	-0.0299
wrap_up	our	0.1887
wrap_up	our half	-0.0206
wrap_up	our ~number	0.2072
wrap_up	out	-0.0382
wrap_up	out about	-0.0237
wrap_up	out again	-0.0446
wrap_up	out if	-0.0419
wrap_up	out in	0.1185
wrap_up	out of	0.1662
wrap_up	out time	-0.0779
wrap_up	out to	-0.072
wrap_up	out ~later	-0.0446
wrap_up	out ~limit	-0.0779
wrap_up	out ~want	0.0976
wrap_up	over	0.1071
wrap_up	over i	0.1404
wrap_up	over the	-0.0266
wrap_up	over there	-0.0334
wrap_up	over time	0.1191
wrap_up	over ~limit	0.1191
wrap_up	over ~number	-0.0373
wrap_up	own	-0.0329
wrap_up	pack	0.2017
wrap_up	pack day	0.1464
wrap_up	pack so	0.1249
wrap_up	pack ~closing	0.1348
wrap_up	pack ~limit	0.1464
wrap_up	pair	0.0878
wrap_up	pair of	0.0878
wrap_up	paraleg	-0.0251
wrap_up	part	-0.035
wrap_up	part of	-0.0634
wrap_up	part time	-0.0222
wrap_up	part ~limit	-0.0222
wrap_up	pass	-0.0846
wrap_up	pass my	-0.029
wrap_up	past	-0.0242
wrap_up	past that	0.0392
wrap_up	patel	-0.0528
wrap_up	path	-0.064
wrap_up	patient	0.0398
wrap_up	patient with	-0.0692
wrap_up	pay	-0.0224
wrap_up	peopl	-0.178
wrap_up	peopl in	-0.0236
wrap_up	peopl who	-0.021
wrap_up	peopl you	-0.0403
wrap_up	peopl ~people	-0.021
wrap_up	person	-0.0259
wrap_up	perspect	0.1296
wrap_up	pharmaci	-0.0495
wrap_up	pick	-0.0711
wrap_up	pick my	-0.0704
wrap_up	pick this	0.1218
wrap_up	pick your	-0.022
wrap_up	pictur	-0.0347
wrap_up	ping	-0.0457
wrap_up	ping you	-0.0847
wrap_up	pitch	0.0833
wrap_up	pitch in	0.0996
wrap_up	place	-0.0265
wrap_up	place to	0.021
wrap_up	plan	-0.1075
wrap_up	pleas	-0.1417
wrap_up	pleas do	-0.0515
wrap_up	pleas let	-0.0533
wrap_up	pleas ~help	-0.0515
wrap_up	pleasur	0.1569
wrap_up	podcast	-0.0978
wrap_up	podcast you	-0.0359
wrap_up	point	0.0269
wrap_up	point me	0.1078
wrap_up	polici	-0.095
wrap_up	portfolio	-0.1048
wrap_up	portfolio review	-0.0317
wrap_up	posit	-0.0644
wrap_up	possibl	-0.0347
wrap_up	post on	0.0704
wrap_up	practic	-0.0377
wrap_up	precious	-0.0685
wrap_up	prep	-0.0421
wrap_up	prepar	0.2059
wrap_up	prepar and	0.0952
wrap_up	present	-0.0552
wrap_up	pretti	0.0891
wrap_up	pretti much	0.1545
wrap_up	prioritis	-0.0823
wrap_up	priya	-0.0643
wrap_up	probabl	0.1067
wrap_up	process	-0.0455
wrap_up	product	-0.0566
wrap_up	profess	-0.0534
wrap_up	profess i	-0.0383
wrap_up	profession	-0.0567
wrap_up	profession associ	-0.0393
wrap_up	program	0.0306
wrap_up	project	-0.0479
wrap_up	project i	0.1025
wrap_up	project manag	-0.0348
wrap_up	promis	-0.0918
wrap_up	promis i	-0.0584
wrap_up	proper	-0.0404
wrap_up	public	-0.0442
wrap_up	python	-0.0345
wrap_up	python script	-0.0315
wrap_up	qs	0.1312
wrap_up	question	0.8358
wrap_up	question about	-0.0397
wrap_up	question befor	-0.0347
wrap_up	question could	0.1035
wrap_up	question from	0.2668
wrap_up	question honest	0.0543
wrap_up	question i	0.3434
wrap_up	question if	-0.0702
wrap_up	question later	-0.0483
wrap_up	question ~later	-0.057
wrap_up	quick	-0.2204
wrap_up	quick thank	0.0697
wrap_up	quick thing	-0.022
wrap_up	random	-0.0201
wrap_up	rather	-0.0401
wrap_up	reach out	0.0429
wrap_up	read	-0.0433
wrap_up	read on	-0.0259
wrap_up	read ~number	-0.0476
wrap_up	real	0.0912
wrap_up	real quick	-0.0431
wrap_up	realist	-0.0235
wrap_up	realiz	0.1114
wrap_up	realiz we	0.1125
wrap_up	realli	-0.0368
wrap_up	realli appreci	0.0749
wrap_up	realli help	0.053
wrap_up	realli just	-0.0271
wrap_up	realli kind	-0.0978
wrap_up	realli reassur	-0.0394
wrap_up	realli use	-0.0434
wrap_up	realli valu	-0.0252
wrap_up	realli ~help	-0.065
wrap_up	reassur	-0.1131
wrap_up	reassur to	-0.069
wrap_up	recommend	-0.1202
wrap_up	recommend i	-0.0307
wrap_up	recruit	-0.0611
wrap_up	refer	-0.0223
wrap_up	referr	-0.0328
wrap_up	region	0.1422
wrap_up	region ~org	0.1447
wrap_up	report	-0.1234
wrap_up	report back	-0.104
wrap_up	research	-0.1125
wrap_up	respect	-0.1454
wrap_up	respect of	-0.0938
wrap_up	rest	0.4395
wrap_up	rest of	0.4395
wrap_up	result	-0.0245
wrap_up	resum	-0.0929
wrap_up	resum along	-0.0201
wrap_up	retail	-0.0644
wrap_up	return	0.1332
wrap_up	return the	0.102
wrap_up	return to	0.0639
wrap_up	return ~number	0.102
wrap_up	review	-0.0441
wrap_up	review goe	-0.0317
wrap_up	right	0.1153
wrap_up	right at	0.2156
wrap_up	right i	0.171
wrap_up	right if	0.1342
wrap_up	right in	-0.0722
wrap_up	right now	-0.1105
wrap_up	risk	-0.0207
wrap_up	role	-0.0908
wrap_up	rotat	-0.0608
wrap_up	run	0.0406
wrap_up	run i	-0.0562
wrap_up	run over	-0.0724
wrap_up	rural	-0.027
wrap_up	rutger	-0.0208
wrap_up	said	-0.1231
wrap_up	said you	-0.0501
wrap_up	sale	-0.045
wrap_up	sam	-0.0303
wrap_up	same	-0.0715
wrap_up	save	-0.0746
wrap_up	saw	0.1123
wrap_up	saw the	0.1198
wrap_up	saw ~number	0.1184
wrap_up	say	0.0495
wrap_up	say thank	-0.0585
wrap_up	scare	-0.0705
wrap_up	scare me	-0.0705
wrap_up	schedul	-0.0474
wrap_up	schedul is	-0.0251
wrap_up	school for	-0.0367
wrap_up	school is	-0.022
wrap_up	scienc	-0.0678
wrap_up	scientist	-0.0241
wrap_up	script	-0.0315
wrap_up	second	-0.0425
wrap_up	second year	-0.0352
wrap_up	second ~duration	-0.0352
wrap_up	sector	-0.0278
wrap_up	see	0.274
wrap_up	see it	-0.0343
wrap_up	see the	-0.0352
wrap_up	see we	0.2986
wrap_up	see you	0.128
wrap_up	see ~number	-0.0352
wrap_up	seem	-0.0367
wrap_up	semest	-0.0711
wrap_up	send	-0.2417
wrap_up	send a	0.0352
wrap_up	send over	-0.0249
wrap_up	send you	-0.1745
wrap_up	send ~number	0.0254
wrap_up	senior	-0.0266
wrap_up	sens	-0.2052
wrap_up	sent	0.0476
wrap_up	sent you	0.0537
wrap_up	serious	0.0694
wrap_up	session	0.091
wrap_up	shadow	-0.064
wrap_up	shall	0.1826
wrap_up	shall we	0.2831
wrap_up	share	-0.02
wrap_up	share the	-0.0305
wrap_up	share what	-0.0219
wrap_up	share your	-0.0383
wrap_up	share ~number	-0.0337
wrap_up	she	-0.0281
wrap_up	shift	-0.0891
wrap_up	shoot	-0.0271
wrap_up	short	-0.3262
wrap_up	short email	-0.0427
wrap_up	short note	-0.025
wrap_up	short thank	-0.0391
wrap_up	short ~contactverb	-0.0427
wrap_up	short ~sendverb	-0.0427
wrap_up	short ~talk	-0.0433
wrap_up	should	0.3079
wrap_up	should be	0.0466
wrap_up	should i	-0.1355
wrap_up	should let	0.1293
wrap_up	should probabl	0.1426
wrap_up	should talk	-0.0418
wrap_up	should we	0.1461
wrap_up	should ~contactverb	-0.0234
wrap_up	should ~talk	-0.0788
wrap_up	side	0.128
wrap_up	side of	-0.0296
wrap_up	sign	0.1506
wrap_up	sign off	0.1506
wrap_up	sinc	-0.1329
wrap_up	sinc we	-0.0467
wrap_up	sinc you	-0.0634
wrap_up	sit	-0.0225
wrap_up	site	-0.0672
wrap_up	six	-0.0367
wrap_up	six year	-0.0351
wrap_up	six ~duration	-0.0367
wrap_up	skill	-0.0718
wrap_up	slam	0.0536
wrap_up	slam this	0.0559
wrap_up	so	0.4371
wrap_up	so candid	0.1613
wrap_up	so far	-0.0441
wrap_up	so generous	0.1628
wrap_up	so i	0.2974
wrap_up	so it	-0.1009
wrap_up	so just	-0.0499
wrap_up	so let	0.0943
wrap_up	so much	-0.0328
wrap_up	so pleas	-0.0247
wrap_up	so thank	0.0273
wrap_up	so use	-0.0562
wrap_up	so you	0.2027
wrap_up	so ~help	-0.0562
wrap_up	so ~number	-0.0402
wrap_up	so ~want	-0.0638
wrap_up	social	-0.0307
wrap_up	social work	-0.0277
wrap_up	social ~learn	-0.0277
wrap_up	social ~workverb	-0.0277
wrap_up	some	-0.1103
wrap_up	some time	-0.0298
wrap_up	some ~insight	-0.0363
wrap_up	someon	-0.1255
wrap_up	someon in	-0.0254
wrap_up	someth	0.0326
wrap_up	someth come	-0.0261
wrap_up	someth els	0.1253
wrap_up	sorri	0.1115
wrap_up	sorri about	-0.0272
wrap_up	sorri for	-0.1033
wrap_up	sorri my	0.2603
wrap_up	sound	-0.1112
wrap_up	sound intens	-0.0417
wrap_up	speak	0.1033
wrap_up	speak with	0.1178
wrap_up	spend	-0.0221
wrap_up	spent	-0.0662
wrap_up	spreadsheet	-0.153
wrap_up	sql	-0.0477
wrap_up	squeez	-0.0344
wrap_up	squeez me	-0.0235
wrap_up	staf	-0.0354
wrap_up	staff	-0.0442
wrap_up	stage	0.1104
wrap_up	stand	-0.0246
wrap_up	start	-0.0542
wrap_up	start to	0.0666
wrap_up	stay	-0.16
wrap_up	stay in	-0.1245
wrap_up	stay on	-0.0333
wrap_up	step	-0.035
wrap_up	stick	-0.0446
wrap_up	still	-0.1864
wrap_up	still have	-0.0551
wrap_up	still ok	-0.0405
wrap_up	stop	0.8688
wrap_up	stop at	-0.0252
wrap_up	stop bug	0.0913
wrap_up	stop here	0.2975
wrap_up	stop me	-0.04
wrap_up	stop there	0.5414
wrap_up	stop ~want	0.2975
wrap_up	stori	-0.0601
wrap_up	stori this	-0.0558
wrap_up	struggl	-0.0472
wrap_up	student	-0.0875
wrap_up	studi	-0.0593
wrap_up	such	-0.0537
wrap_up	such a	-0.043
wrap_up	such ~number	-0.0508
wrap_up	suggest	-0.089
wrap_up	suggest i	-0.06
wrap_up	suit	-0.0357
wrap_up	suit me	-0.0268
wrap_up	summari	0.1387
wrap_up	summari of	0.1387
wrap_up	summer	-0.0902
wrap_up	super	0.088
wrap_up	super busi	-0.0396
wrap_up	super help	0.199
wrap_up	suppli	-0.0689
wrap_up	suppli chain	-0.0689
wrap_up	sure	0.0256
wrap_up	sure to	0.0569
wrap_up	survey	-0.0596
wrap_up	survey data	-0.036
wrap_up	sustain	-0.0328
wrap_up	switch	-0.0982
wrap_up	take	0.3369
wrap_up	take care	0.604
wrap_up	take on	-0.0552
wrap_up	take the	-0.0667
wrap_up	take too	-0.0928
wrap_up	take up	-0.0432
wrap_up	take ~number	-0.0537
wrap_up	taken	0.1844
wrap_up	taken enough	0.1231
wrap_up	taken up	0.0649
wrap_up	talk	-0.0879
wrap_up	talk to	-0.067
wrap_up	talk with	0.03
wrap_up	tax	-0.0418
wrap_up	tax season	-0.0306
wrap_up	teach	-0.0483
wrap_up	teacher	-0.0205
wrap_up	team	-0.2108
wrap_up	tell	0.0395
wrap_up	tell me	-0.07
wrap_up	tell you	0.1107
wrap_up	ten	-0.0465
wrap_up	ten minut	-0.0328
wrap_up	ten ~limit	-0.0336
wrap_up	ten ~timeunit	-0.0336
wrap_up	term	-0.0744
wrap_up	test	-0.0662
wrap_up	text	0.0929
wrap_up	text you	0.0929
wrap_up	than	-0.1218
wrap_up	thank	0.6748
wrap_up	thank a	0.1925
wrap_up	thank again	-0.0738
wrap_up	thank for	0.2254
wrap_up	thank heap	0.1009
wrap_up	thank so	0.0579
wrap_up	thank that	-0.0718
wrap_up	thank to	-0.1138
wrap_up	thank you	0.066
wrap_up	thank ~later	-0.0738
wrap_up	thank ~number	0.1801
wrap_up	that	0.657
wrap_up	that about	0.2924
wrap_up	that answer	0.1124
wrap_up	that articl	-0.0994
wrap_up	that cover	0.2876
wrap_up	that i	-0.0963
wrap_up	that is	0.711
wrap_up	that make	-0.1707
wrap_up	that much	-0.0443
wrap_up	that realli	-0.0546
wrap_up	that the	-0.0387
wrap_up	that was	0.1877
wrap_up	that you	-0.0217
wrap_up	that ~insight	-0.0204
wrap_up	that ~number	-0.0611
wrap_up	that ~want	-0.0644
wrap_up	the	-0.2661
wrap_up	the 15	-0.0385
wrap_up	the articl	-0.0305
wrap_up	the bootcamp	-0.0672
wrap_up	the busi	0.0489
wrap_up	the call	-0.0392
wrap_up	the certif	-0.0304
wrap_up	the clock	-0.0985
wrap_up	the confer	0.1009
wrap_up	the counti	-0.0291
wrap_up	the design	-0.0207
wrap_up	the end	0.2443
wrap_up	the fall	0.1193
wrap_up	the favor	0.1331
wrap_up	the field	-0.0507
wrap_up	the grad	0.1518
wrap_up	the hackathon	-0.0411
wrap_up	the half	-0.0348
wrap_up	the hard	0.0949
wrap_up	the hour	-0.0607
wrap_up	the job	-0.0501
wrap_up	the kind	-0.0311
wrap_up	the licens	-0.0558
wrap_up	the link	-0.0386
wrap_up	the lunch	0.1817
wrap_up	the main	-0.0215
wrap_up	the most	-0.0317
wrap_up	the name	-0.0405
wrap_up	the night	-0.0929
wrap_up	the point	-0.0265
wrap_up	the portfolio	-0.0484
wrap_up	the program	-0.0323
wrap_up	the question	0.3355
wrap_up	the recruit	-0.0328
wrap_up	the region	0.1435
wrap_up	the rest	0.1994
wrap_up	the same	-0.0443
wrap_up	the spring	0.0348
wrap_up	the time	0.08
wrap_up	the union	-0.0368
wrap_up	the work	-0.0207
wrap_up	the ~closing	0.0958
wrap_up	the ~contactverb	-0.0428
wrap_up	the ~degree	-0.1803
wrap_up	the ~gatekeeper	-0.041
wrap_up	the ~insight	0.0939
wrap_up	the ~job	-0.0633
wrap_up	the ~learn	-0.0232
wrap_up	the ~limit	0.2391
wrap_up	the ~number	-0.1315
wrap_up	the ~org	-0.0453
wrap_up	the ~people	-0.0715
wrap_up	the ~student	0.07
wrap_up	the ~talk	-0.0462
wrap_up	the ~timeunit	-0.0607
wrap_up	the ~workverb	-0.0207
wrap_up	their	-0.0233
wrap_up	them	-0.0882
wrap_up	then	0.1232
wrap_up	then i	0.1376
wrap_up	there	0.6534
wrap_up	there a	-0.0479
wrap_up	there ani	-0.1378
wrap_up	there anyon	-0.1039
wrap_up	there for	0.0878
wrap_up	there i	0.0553
wrap_up	there in	-0.0311
wrap_up	there is	-0.0946
wrap_up	there profession	-0.0256
wrap_up	there so	0.0586
wrap_up	there someon	-0.0225
wrap_up	there ~number	-0.0537
wrap_up	there ~people	-0.1393
wrap_up	there ~student	-0.0256
wrap_up	these	-0.0602
wrap_up	these day	-0.0205
wrap_up	thesi	-0.032
wrap_up	they	-0.0624
wrap_up	they are	-0.0385
wrap_up	thing	0.2561
wrap_up	thing i	-0.0215
wrap_up	thing up	0.0625
wrap_up	think	0.4407
wrap_up	think about	-0.2174
wrap_up	think i	0.1726
wrap_up	think of	-0.1246
wrap_up	think that	0.5054
wrap_up	think we	0.1664
wrap_up	thirti	0.1615
wrap_up	thirti minut	0.1688
wrap_up	thirti ~limit	0.1688
wrap_up	thirti ~timeunit	0.1688
wrap_up	this	-0.3121
wrap_up	this afternoon	-0.0499
wrap_up	this and	-0.0608
wrap_up	this call	-0.069
wrap_up	this evening	-0.0796
wrap_up	this field	-0.0792
wrap_up	this focus	-0.0322
wrap_up	this has	-0.0405
wrap_up	this is	-0.0647
wrap_up	this last	-0.0289
wrap_up	this realli	0.0478
wrap_up	this summer	-0.0309
wrap_up	this thank	0.0739
wrap_up	this to	-0.0601
wrap_up	this was	0.3842
wrap_up	this week	-0.0458
wrap_up	this ~closing	-0.177
wrap_up	this ~contactverb	-0.069
wrap_up	this ~limit	-0.0487
wrap_up	this ~talk	-0.0719
wrap_up	this ~want	0.083
wrap_up	tho	-0.0303
wrap_up	those	0.3825
wrap_up	those are	0.2474
wrap_up	thought	-0.2532
wrap_up	three	-0.0325
wrap_up	through a	-0.038
wrap_up	through the	-0.0317
wrap_up	through ~number	-0.0719
wrap_up	time	-0.0201
wrap_up	time and	-0.0934
wrap_up	time dure	-0.0208
wrap_up	time for	-0.1169
wrap_up	time i	-0.0936
wrap_up	time jordan	0.0753
wrap_up	time this	-0.0821
wrap_up	time to	-0.0604
wrap_up	time today	-0.0607
wrap_up	time you	0.188
wrap_up	tip	-0.0381
wrap_up	to	-0.2158
wrap_up	to a	0.0587
wrap_up	to anyon	0.1423
wrap_up	to ask	0.1791
wrap_up	to be	-0.3263
wrap_up	to becom	-0.0209
wrap_up	to chat	0.0861
wrap_up	to check	-0.0438
wrap_up	to choos	-0.0269
wrap_up	to cut	-0.057
wrap_up	to day	-0.0453
wrap_up	to decid	-0.0224
wrap_up	to do	-0.0261
wrap_up	to eat	-0.0456
wrap_up	to email	0.148
wrap_up	to final	-0.0375
wrap_up	to finish	-0.0201
wrap_up	to follow	0.029
wrap_up	to get	-0.1361
wrap_up	to give	-0.0316
wrap_up	to go	0.0451
wrap_up	to hear	-0.1187
wrap_up	to help	-0.0661
wrap_up	to hop	0.1074
wrap_up	to hour	-0.0205
wrap_up	to it	0.1805
wrap_up	to jump	0.1883
wrap_up	to keep	0.026
wrap_up	to learn	-0.0678
wrap_up	to leav	-0.0565
wrap_up	to let	0.2577
wrap_up	to make	-0.0286
wrap_up	to me	0.1689
wrap_up	to meet	-0.0228
wrap_up	to my	-0.1365
wrap_up	to one	-0.0521
wrap_up	to pass	-0.0406
wrap_up	to pick	-0.0293
wrap_up	to pitch	0.0985
wrap_up	to reach	-0.0414
wrap_up	to return	0.138
wrap_up	to run	0.1904
wrap_up	to say	0.0597
wrap_up	to send	0.1621
wrap_up	to share	-0.0227
wrap_up	to speak	-0.0259
wrap_up	to stay	-0.0908
wrap_up	to stop	0.1968
wrap_up	to take	-0.1845
wrap_up	to talk	-0.13
wrap_up	to tell	-0.0784
wrap_up	to the	-0.171
wrap_up	to think	-0.2093
wrap_up	to this	-0.0671
wrap_up	to understand	-0.0738
wrap_up	to work	0.0481
wrap_up	to wrap	0.0639
wrap_up	to you	-0.098
wrap_up	to your	0.3198
wrap_up	to ~closing	-0.0479
wrap_up	to ~contactverb	0.058
wrap_up	to ~insight	-0.1811
wrap_up	to ~learn	-0.2161
wrap_up	to ~limit	-0.0696
wrap_up	to ~number	-0.1683
wrap_up	to ~org	-0.0271
wrap_up	to ~people	0.0746
wrap_up	to ~sendverb	0.2428
wrap_up	to ~student	-0.034
wrap_up	to ~talk	0.1865
wrap_up	to ~timeunit	-0.0205
wrap_up	to ~workverb	0.2385
wrap_up	today and	-0.0386
wrap_up	today dr	0.0348
wrap_up	today i	-0.0713
wrap_up	today is	-0.0236
wrap_up	tomorrow	-0.0277
wrap_up	tomás	-0.0208
wrap_up	ton	0.1326
wrap_up	tonight	-0.0773
wrap_up	tonight and	-0.0702
wrap_up	tonight to	-0.0504
wrap_up	too	-0.2842
wrap_up	too much	-0.244
wrap_up	took	-0.0292
wrap_up	total	-0.1642
wrap_up	total fine	-0.0423
wrap_up	total understand	-0.0805
wrap_up	total ~learn	-0.0805
wrap_up	touch	-0.137
wrap_up	toward	-0.021
wrap_up	track	-0.1144
wrap_up	traffic	-0.0237
wrap_up	travel	0.1872
wrap_up	tri	-0.2905
wrap_up	tri to	-0.2744
wrap_up	truli	0.0792
wrap_up	turn	-0.0588
wrap_up	twelv	-0.0205
wrap_up	twenti	-0.0497
wrap_up	twenti minut	-0.0494
wrap_up	twenti ~limit	-0.0494
wrap_up	twenti ~timeunit	-0.0494
wrap_up	two	-0.1111
wrap_up	two year	-0.0277
wrap_up	two ~duration	-0.0327
wrap_up	typic	-0.0822
wrap_up	typic week	-0.0396
wrap_up	typic ~closing	-0.0474
wrap_up	um	0.1377
wrap_up	understand	-0.1787
wrap_up	understand the	-0.0375
wrap_up	understand ~number	-0.0375
wrap_up	uni	-0.0409
wrap_up	union	-0.0368
wrap_up	until	-0.0463
wrap_up	up	0.4544
wrap_up	up a	-0.0634
wrap_up	up ani	0.1551
wrap_up	up anoth	0.1218
wrap_up	up by	-0.0215
wrap_up	up here	0.252
wrap_up	up in	-0.0391
wrap_up	up my	-0.0965
wrap_up	up on	-0.056
wrap_up	up part	0.0358
wrap_up	up with	0.0962
wrap_up	up your	0.0844
wrap_up	up ~number	-0.0665
wrap_up	up ~want	0.2481
wrap_up	updat	0.1574
wrap_up	updat in	0.0392
wrap_up	us	0.1759
wrap_up	us leav	0.1687
wrap_up	use	-0.1993
wrap_up	use for	0.1591
wrap_up	use to	-0.0726
wrap_up	usual	-0.0717
wrap_up	ux	-0.0263
wrap_up	valu	-0.038
wrap_up	valu your	-0.0298
wrap_up	veri	0.0295
wrap_up	veri clear	-0.1183
wrap_up	versus	-0.0373
wrap_up	volunt	-0.034
wrap_up	wait	-0.0846
wrap_up	wait whi	-0.0265
wrap_up	walk	-0.0921
wrap_up	walk me	-0.0869
wrap_up	want	0.2464
wrap_up	want to	0.3525
wrap_up	want your	-0.0464
wrap_up	was	0.3254
wrap_up	was a	-0.0401
wrap_up	was great	0.0504
wrap_up	was hope	0.0391
wrap_up	was incred	-0.0416
wrap_up	was it	-0.0209
wrap_up	was realli	0.0918
wrap_up	was so	-0.0378
wrap_up	was super	0.247
wrap_up	was your	-0.0322
wrap_up	was ~number	-0.0584
wrap_up	was ~want	0.068
wrap_up	way	-0.2092
wrap_up	way i	-0.0456
wrap_up	way to	-0.0381
wrap_up	we	0.6463
wrap_up	we agre	-0.0239
wrap_up	we are	0.4363
wrap_up	we can	0.0774
wrap_up	we connect	-0.0233
wrap_up	we finish	-0.0226
wrap_up	we hang	-0.0557
wrap_up	we have	-0.0235
wrap_up	we onli	-0.1516
wrap_up	we said	-0.0438
wrap_up	we start	-0.0232
wrap_up	we still	-0.0563
wrap_up	we stop	0.082
wrap_up	we talk	-0.0205
wrap_up	we wrap	0.0451
wrap_up	we ~learn	0.1511
wrap_up	we ~talk	0.207
wrap_up	weather	-0.0361
wrap_up	week	0.12
wrap_up	week for	-0.0287
wrap_up	week go	-0.0336
wrap_up	week with	-0.0723
wrap_up	week ~want	-0.0321
wrap_up	weekend	0.2464
wrap_up	weekend and	0.142
wrap_up	wei	-0.055
wrap_up	weird	-0.0767
wrap_up	weird if	-0.0496
wrap_up	well	0.2125
wrap_up	well i	0.1132
wrap_up	well that	0.1006
wrap_up	went	-0.1246
wrap_up	what	-0.717
wrap_up	what a	-0.0317
wrap_up	what are	-0.0354
wrap_up	what do	0.0995
wrap_up	what doe	-0.0653
wrap_up	what is	-0.1348
wrap_up	what made	-0.0227
wrap_up	what skill	-0.0349
wrap_up	what the	-0.0227
wrap_up	what would	-0.025
wrap_up	what you	-0.0724
wrap_up	what ~help	0.0995
wrap_up	what ~number	-0.0585
wrap_up	what ~want	-0.025
wrap_up	when	-0.1719
wrap_up	when a	-0.0206
wrap_up	when i	-0.0479
wrap_up	when you	-0.0856
wrap_up	when ~number	-0.0218
wrap_up	whenev	-0.0446
wrap_up	where	-0.1605
wrap_up	where can	-0.0263
wrap_up	where do	-0.0277
wrap_up	where you	-0.0633
wrap_up	where ~help	-0.0277
wrap_up	whether	-0.2187
wrap_up	whether this	-0.0373
wrap_up	whether ~number	-0.0812
wrap_up	whether ~student	-0.0217
wrap_up	whi	-0.1781
wrap_up	whi i	-0.1187
wrap_up	which	-0.2911
wrap_up	which is	-0.0309
wrap_up	which ~degree	-0.0938
wrap_up	while	-0.0239
wrap_up	who	-0.0828
wrap_up	who do	-0.0207
wrap_up	who els	-0.0508
wrap_up	who is	-0.0262
wrap_up	who might	0.1355
wrap_up	who ~help	-0.0207
wrap_up	whose	0.1436
wrap_up	wild	-0.068
wrap_up	will	0.7578
wrap_up	will be	-0.1617
wrap_up	will conclud	0.2269
wrap_up	will connect	-0.1247
wrap_up	will def	-0.0621
wrap_up	will definit	-0.0649
wrap_up	will email	0.0235
wrap_up	will follow	-0.0631
wrap_up	will jump	-0.0716
wrap_up	will keep	-0.3237
wrap_up	will leav	0.1762
wrap_up	will let	0.5791
wrap_up	will not	0.4979
wrap_up	will report	-0.0858
wrap_up	will send	-0.1798
wrap_up	will sign	0.1506
wrap_up	will stop	0.448
wrap_up	will to	-0.0282
wrap_up	will tri	-0.1579
wrap_up	will wrap	0.4681
wrap_up	will write	-0.1046
wrap_up	will ~contactverb	-0.0824
wrap_up	will ~sendverb	-0.1989
wrap_up	will ~talk	-0.0337
wrap_up	will ~want	-0.1086
wrap_up	wise	-0.0317
wrap_up	wish	0.3361
wrap_up	wish you	0.3446
wrap_up	with	0.0303
wrap_up	with a	-0.1317
wrap_up	with all	-0.0325
wrap_up	with an	0.1174
wrap_up	with anyth	-0.0421
wrap_up	with my	-0.0499
wrap_up	with the	0.1188
wrap_up	with this	0.0979
wrap_up	with you	0.1317
wrap_up	with your	0.1679
wrap_up	with ~number	0.0992
wrap_up	with ~people	-0.0211
wrap_up	wonder ~closing	0.0316
wrap_up	word	-0.0234
wrap_up	work	-0.3002
wrap_up	work in	-0.0598
wrap_up	work is	-0.0342
wrap_up	work on	-0.0203
wrap_up	worri	-0.0608
wrap_up	worri about	-0.0488
wrap_up	worth	-0.132
wrap_up	worth it	-0.0665
wrap_up	would	-0.1775
wrap_up	would be	-0.053
wrap_up	would ever	0.1027
wrap_up	would have	-0.0408
wrap_up	would it	0.0921
wrap_up	would know	0.1333
wrap_up	would like	-0.0267
wrap_up	would love	-0.1225
wrap_up	would point	-0.0233
wrap_up	would prepar	0.0712
wrap_up	would realli	-0.072
wrap_up	would recommend	-0.0523
wrap_up	would suggest	-0.0523
wrap_up	would you	-0.1286
wrap_up	would ~learn	0.1243
wrap_up	would ~want	-0.0364
wrap_up	wow	-0.0705
wrap_up	wow i	-0.0308
wrap_up	wow it	0.0337
wrap_up	wow ok	-0.0589
wrap_up	wrap	0.5306
wrap_up	wrap here	0.1558
wrap_up	wrap thing	0.0639
wrap_up	wrap up	0.3232
wrap_up	wrap ~want	0.1558
wrap_up	write	-0.2067
wrap_up	write up	-0.1206
wrap_up	write you	-0.0491
wrap_up	wrote	-0.0314
wrap_up	yeah	-0.1489
wrap_up	year	-0.3001
wrap_up	year ago	-0.0212
wrap_up	year and	-0.0308
wrap_up	year in	-0.0227
wrap_up	yes	-0.0464
wrap_up	yet	-0.0714
wrap_up	you	-0.3766
wrap_up	you a	0.0452
wrap_up	you again	0.2699
wrap_up	you agre	-0.03
wrap_up	you an	-0.0435
wrap_up	you and	-0.0332
wrap_up	you ani	0.1999
wrap_up	you are	-0.067
wrap_up	you be	-0.0996
wrap_up	you by	0.034
wrap_up	you can	0.2256
wrap_up	you carv	-0.0631
wrap_up	you could	-0.056
wrap_up	you decid	-0.0324
wrap_up	you do	-0.0337
wrap_up	you email	0.0801
wrap_up	you even	-0.0279
wrap_up	you ever	-0.086
wrap_up	you finish	-0.0912
wrap_up	you for	-0.3633
wrap_up	you gave	-0.0383
wrap_up	you get	0.4078
wrap_up	you give	-0.0686
wrap_up	you go	0.5966
wrap_up	you guy	-0.0289
wrap_up	you had	0.0355
wrap_up	you have	-0.0572
wrap_up	you hear	-0.0257
wrap_up	you how	-0.1023
wrap_up	you i	0.0603
wrap_up	you if	0.0329
wrap_up	you in	0.0817
wrap_up	you know	-0.2357
wrap_up	you like	0.0545
wrap_up	you long	0.1085
wrap_up	you made	-0.0288
wrap_up	you mayb	0.0779
wrap_up	you mention	0.0665
wrap_up	you mind	-0.0369
wrap_up	you ms	0.1514
wrap_up	you my	-0.0349
wrap_up	you need	0.0303
wrap_up	you next	-0.0464
wrap_up	you note	-0.1101
wrap_up	you now	0.0795
wrap_up	you ok	-0.0202
wrap_up	you on	0.1512
wrap_up	you onc	-0.0273
wrap_up	you onli	-0.0332
wrap_up	you out	-0.0258
wrap_up	you past	-0.0482
wrap_up	you point	0.1334
wrap_up	you rather	-0.0267
wrap_up	you realli	-0.0836
wrap_up	you recommend	-0.0654
wrap_up	you said	-0.0799
wrap_up	you share	-0.0515
wrap_up	you squeez	0.0644
wrap_up	you stay	-0.0296
wrap_up	you suggest	-0.0279
wrap_up	you take	-0.0269
wrap_up	you tell	-0.0267
wrap_up	you thank	0.0641
wrap_up	you that	-0.216
wrap_up	you the	0.1024
wrap_up	you think	-0.1894
wrap_up	you this	0.1818
wrap_up	you to	-0.0474
wrap_up	you too	-0.025
wrap_up	you truli	0.0857
wrap_up	you up	0.2444
wrap_up	you walk	-0.0385
wrap_up	you want	0.2208
wrap_up	you were	-0.035
wrap_up	you wish	0.111
wrap_up	you would	-0.0709
wrap_up	you ~contactverb	0.0776
wrap_up	you ~degree	0.1514
wrap_up	you ~gatekeeper	-0.0271
wrap_up	you ~help	-0.0343
wrap_up	you ~hiring	-0.0429
wrap_up	you ~later	0.1765
wrap_up	you ~learn	0.1091
wrap_up	you ~number	0.1041
wrap_up	you ~sendverb	0.0566
wrap_up	you ~studyverb	-0.0401
wrap_up	you ~talk	0.0693
wrap_up	you ~want	0.0453
wrap_up	you ~workverb	-0.026
wrap_up	your	-0.0627
wrap_up	your afternoon	0.1142
wrap_up	your app	-0.0222
wrap_up	your brain	-0.0203
wrap_up	your calendar	0.1413
wrap_up	your card	-0.0407
wrap_up	your compani	-0.0357
wrap_up	your day	0.0825
wrap_up	your depart	-0.0222
wrap_up	your end	-0.0351
wrap_up	your firm	-0.0569
wrap_up	your flight	0.1883
wrap_up	your former	-0.0218
wrap_up	your generos	0.0682
wrap_up	your honest	-0.0449
wrap_up	your lunch	-0.1139
wrap_up	your mentor	0.1577
wrap_up	your morn	0.0596
wrap_up	your name	-0.0401
wrap_up	your next	0.1645
wrap_up	your offic	0.031
wrap_up	your patient	0.0583
wrap_up	your perspect	-0.0365
wrap_up	your schedul	-0.0271
wrap_up	your shift	0.0448
wrap_up	your side	-0.0224
wrap_up	your team	-0.1499
wrap_up	your time	-0.1214
wrap_up	your week	0.2167
wrap_up	your ~closing	0.4746
wrap_up	your ~insight	-0.0964
wrap_up	your ~learn	-0.0201
wrap_up	your ~limit	0.0918
wrap_up	your ~org	-0.293
wrap_up	your ~people	-0.0254
wrap_up	your ~student	-0.028
wrap_up	yourself	0.0471
wrap_up	~application along	-0.0201
wrap_up	~application goe	0.131
wrap_up	~application to	-0.0339
wrap_up	~closing	0.6126
wrap_up	~closing and	0.0877
wrap_up	~closing class	-0.021
wrap_up	~closing for	-0.0311
wrap_up	~closing go	-0.0336
wrap_up	~closing is	-0.0455
wrap_up	~closing look	-0.0283
wrap_up	~closing of	0.4395
wrap_up	~closing shift	-0.0853
wrap_up	~closing thank	0.1113
wrap_up	~closing to	-0.0379
wrap_up	~contactverb	-0.0692
wrap_up	~contactverb it	0.2507
wrap_up	~contactverb later	0.0231
wrap_up	~contactverb next	-0.0411
wrap_up	~contactverb on	-0.0238
wrap_up	~contactverb out	-0.0234
wrap_up	~contactverb so	-0.0427
wrap_up	~contactverb them	-0.0745
wrap_up	~contactverb to	-0.0219
wrap_up	~contactverb tonight	0.0569
wrap_up	~contactverb up	-0.1206
wrap_up	~contactverb with	-0.0401
wrap_up	~contactverb you	0.0987
wrap_up	~degree	-0.4158
wrap_up	~degree goe	-0.0388
wrap_up	~degree i	-0.0853
wrap_up	~degree in	-0.1493
wrap_up	~degree is	-0.04
wrap_up	~degree program	-0.0543
wrap_up	~duration	-0.3473
wrap_up	~duration ago	-0.0212
wrap_up	~duration and	-0.0308
wrap_up	~duration in	-0.0272
wrap_up	~gatekeeper	-0.0929
wrap_up	~gatekeeper at	-0.0328
wrap_up	~help	-0.3663
wrap_up	~help an	-0.0568
wrap_up	~help for	0.0702
wrap_up	~help me	-0.0871
wrap_up	~help not	0.2242
wrap_up	~help peopl	-0.0288
wrap_up	~help the	0.2056
wrap_up	~help to	0.1391
wrap_up	~help with	-0.078
wrap_up	~help you	-0.1019
wrap_up	~hiring	-0.232
wrap_up	~hiring the	-0.0595
wrap_up	~insight	0.0803
wrap_up	~insight a	-0.048
wrap_up	~insight about	-0.021
wrap_up	~insight care	0.604
wrap_up	~insight from	-0.0314
wrap_up	~insight i	0.0492
wrap_up	~insight it	0.1418
wrap_up	~insight on	-0.1474
wrap_up	~insight to	-0.032
wrap_up	~insight too	-0.0928
wrap_up	~insight up	-0.043
wrap_up	~insight you	-0.0202
wrap_up	~job	-0.4743
wrap_up	~job i	0.0651
wrap_up	~job in	-0.0207
wrap_up	~later	0.02
wrap_up	~later and	0.1176
wrap_up	~later for	-0.0453
wrap_up	~later i	-0.1254
wrap_up	~later if	-0.0918
wrap_up	~later in	-0.0316
wrap_up	~later onc	-0.0237
wrap_up	~later this	0.0665
wrap_up	~later today	-0.0365
wrap_up	~learn	-0.3849
wrap_up	~learn a	-0.0391
wrap_up	~learn about	-0.0353
wrap_up	~learn and	-0.0522
wrap_up	~learn at	0.1302
wrap_up	~learn back	0.3836
wrap_up	~learn for	-0.0213
wrap_up	~learn go	0.1035
wrap_up	~learn how	-0.103
wrap_up	~learn i	-0.0454
wrap_up	~learn if	-0.1062
wrap_up	~learn in	-0.0395
wrap_up	~learn is	-0.0347
wrap_up	~learn it	-0.1198
wrap_up	~learn me	-0.0332
wrap_up	~learn more	-0.0273
wrap_up	~learn my	-0.0743
wrap_up	~learn on	0.0495
wrap_up	~learn one	-0.0242
wrap_up	~learn out	-0.0567
wrap_up	~learn that	-0.0823
wrap_up	~learn the	-0.0789
wrap_up	~learn thing	-0.0334
wrap_up	~learn this	0.0838
wrap_up	~learn we	0.1175
wrap_up	~learn what	-0.0453
wrap_up	~learn whether	-0.0827
wrap_up	~learn which	-0.0852
wrap_up	~learn you	0.1467
wrap_up	~learn your	-0.0441
wrap_up	~limit	0.1988
wrap_up	~limit and	-0.0978
wrap_up	~limit break	0.0225
wrap_up	~limit do	0.2161
wrap_up	~limit dure	-0.0208
wrap_up	~limit flew	0.0526
wrap_up	~limit for	-0.1581
wrap_up	~limit i	0.0614
wrap_up	~limit is	0.0598
wrap_up	~limit jordan	0.0753
wrap_up	~limit left	-0.1193
wrap_up	~limit next	0.1879
wrap_up	~limit or	-0.0345
wrap_up	~limit so	-0.0952
wrap_up	~limit thank	0.1113
wrap_up	~limit this	-0.0821
wrap_up	~limit to	-0.1057
wrap_up	~limit today	-0.0645
wrap_up	~limit we	0.0969
wrap_up	~limit you	0.1858
wrap_up	~number	-0.6422
wrap_up	~number 15	-0.0385
wrap_up	~number an	-0.0558
wrap_up	~number applic	-0.0252
wrap_up	~number articl	-0.0305
wrap_up	~number bachelor	-0.0574
wrap_up	~number bootcamp	-0.0707
wrap_up	~number busi	0.0485
wrap_up	~number call	-0.0398
wrap_up	~number career	-0.0489
wrap_up	~number certif	-0.0342
wrap_up	~number clock	-0.0985
wrap_up	~number close	0.0774
wrap_up	~number colleagu	-0.0217
wrap_up	~number confer	0.0957
wrap_up	~number counti	-0.0291
wrap_up	~number coupl	-0.1037
wrap_up	~number cs	-0.0445
wrap_up	~number day	-0.0263
wrap_up	~number deadlin	-0.0547
wrap_up	~number degre	-0.0275
wrap_up	~number design	-0.0238
wrap_up	~number email	-0.0415
wrap_up	~number end	0.2443
wrap_up	~number exhibit	-0.034
wrap_up	~number extra	0.0859
wrap_up	~number eye	-0.0348
wrap_up	~number fall	0.1193
wrap_up	~number favor	0.1331
wrap_up	~number few	-0.0985
wrap_up	~number field	-0.0529
wrap_up	~number full	-0.0318
wrap_up	~number good	0.4128
wrap_up	~number grad	0.1495
wrap_up	~number great	0.1312
wrap_up	~number hackathon	-0.0411
wrap_up	~number half	-0.0348
wrap_up	~number hand	-0.0292
wrap_up	~number hard	0.0697
wrap_up	~number hour	-0.1747
wrap_up	~number job	0.0406
wrap_up	~number junior	-0.0278
wrap_up	~number kind	-0.0311
wrap_up	~number last	0.1064
wrap_up	~number licens	-0.0558
wrap_up	~number line	0.1093
wrap_up	~number link	-0.0456
wrap_up	~number long	-0.0411
wrap_up	~number lot	-0.0433
wrap_up	~number love	0.2946
wrap_up	~number lunch	0.1807
wrap_up	~number main	-0.0215
wrap_up	~number master	-0.0385
wrap_up	~number meet	0.0509
wrap_up	~number million	0.0293
wrap_up	~number minut	-0.0564
wrap_up	~number moment	-0.0222
wrap_up	~number month	0.1315
wrap_up	~number more	-0.1772
wrap_up	~number most	-0.0317
wrap_up	~number name	-0.0512
wrap_up	~number night	-0.0973
wrap_up	~number note	-0.0726
wrap_up	~number of	-0.0428
wrap_up	~number on	-0.0254
wrap_up	~number or	-0.0239
wrap_up	~number pack	0.1348
wrap_up	~number paraleg	-0.0235
wrap_up	~number part	-0.0264
wrap_up	~number past	-0.0485
wrap_up	~number peopl	-0.0258
wrap_up	~number perspect	0.0624
wrap_up	~number point	-0.0273
wrap_up	~number polici	-0.0224
wrap_up	~number portfolio	-0.0508
wrap_up	~number posit	-0.0357
wrap_up	~number program	-0.0451
wrap_up	~number project	-0.0412
wrap_up	~number proper	-0.0216
wrap_up	~number question	0.2979
wrap_up	~number quick	0.0648
wrap_up	~number real	0.1585
wrap_up	~number realli	-0.0806
wrap_up	~number recruit	-0.0357
wrap_up	~number referr	-0.0275
wrap_up	~number region	0.1422
wrap_up	~number rest	0.1994
wrap_up	~number same	-0.0443
wrap_up	~number second	-0.0379
wrap_up	~number shall	-0.0443
wrap_up	~number short	-0.0802
wrap_up	~number skill	-0.0216
wrap_up	~number spring	0.0333
wrap_up	~number student	-0.0272
wrap_up	~number summari	0.1536
wrap_up	~number thank	-0.1253
wrap_up	~number time	0.1382
wrap_up	~number ton	0.1326
wrap_up	~number typic	-0.0688
wrap_up	~number union	-0.0368
wrap_up	~number updat	0.1077
wrap_up	~number week	-0.0631
wrap_up	~number wonder	0.0316
wrap_up	~number work	-0.0227
wrap_up	~number year	-0.0809
wrap_up	~org	-0.3275
wrap_up	~org and	-0.0221
wrap_up	~org ever	-0.0264
wrap_up	~org for	-0.0448
wrap_up	~org i	-0.0279
wrap_up	~org is	-0.0373
wrap_up	~org of	-0.0308
wrap_up	~org staf	-0.0347
wrap_up	~org who	0.1424
wrap_up	~org you	-0.0397
wrap_up	~people	-0.4396
wrap_up	~people at	-0.0452
wrap_up	~people do	-0.023
wrap_up	~people els	-0.1614
wrap_up	~people i	-0.0487
wrap_up	~people in	0.0462
wrap_up	~people is	-0.0262
wrap_up	~people last	0.1211
wrap_up	~people might	0.1355
wrap_up	~people more	-0.0769
wrap_up	~people of	-0.0513
wrap_up	~people on	-0.03
wrap_up	~people who	-0.0574
wrap_up	~people would	-0.0236
wrap_up	~people you	-0.0559
wrap_up	~sendverb	-0.3982
wrap_up	~sendverb a	0.0352
wrap_up	~sendverb it	-0.0951
wrap_up	~sendverb later	0.0231
wrap_up	~sendverb my	-0.0531
wrap_up	~sendverb next	-0.0411
wrap_up	~sendverb on	-0.0245
wrap_up	~sendverb over	-0.0249
wrap_up	~sendverb so	-0.0712
wrap_up	~sendverb the	-0.0223
wrap_up	~sendverb to	-0.0203
wrap_up	~sendverb tonight	0.0569
wrap_up	~sendverb what	-0.0207
wrap_up	~sendverb with	-0.0202
wrap_up	~sendverb you	-0.0398
wrap_up	~student	-0.5352
wrap_up	~student and	-0.0756
wrap_up	~student associ	-0.0417
wrap_up	~student at	-0.0589
wrap_up	~student for	-0.028
wrap_up	~student in	-0.0226
wrap_up	~student just	0.1707
wrap_up	~student last	-0.0257
wrap_up	~student role	-0.0251
wrap_up	~student school	0.1265
wrap_up	~student work	-0.029
wrap_up	~studyverb	-0.582
wrap_up	~studyverb a	-0.0537
wrap_up	~studyverb in	-0.0215
wrap_up	~studyverb it	-0.0251
wrap_up	~studyverb my	-0.0435
wrap_up	~studyverb not	0.1269
wrap_up	~studyverb that	-0.0441
wrap_up	~studyverb the	-0.1187
wrap_up	~studyverb this	-0.0328
wrap_up	~studyverb you	-0.135
wrap_up	~talk	-0.052
wrap_up	~talk at	0.03
wrap_up	~talk i	-0.0484
wrap_up	~talk in	-0.0223
wrap_up	~talk it	0.2507
wrap_up	~talk later	0.0231
wrap_up	~talk me	-0.0327
wrap_up	~talk next	-0.0411
wrap_up	~talk on	-0.0637
wrap_up	~talk one	-0.0257
wrap_up	~talk out	-0.0333
wrap_up	~talk them	-0.0745
wrap_up	~talk to	-0.1546
wrap_up	~talk tonight	0.0569
wrap_up	~talk with	0.0446
wrap_up	~talk you	0.0389
wrap_up	~timeunit	-0.3912
wrap_up	~timeunit and	0.0432
wrap_up	~timeunit are	-0.05
wrap_up	~timeunit do	0.2274
wrap_up	~timeunit for	-0.0379
wrap_up	~timeunit i	0.1513
wrap_up	~timeunit left	-0.1186
wrap_up	~timeunit mark	-0.1181
wrap_up	~timeunit or	-0.0253
wrap_up	~timeunit so	-0.1154
wrap_up	~timeunit we	-0.0236
wrap_up	~want	0.1379
wrap_up	~want a	-0.0414
wrap_up	~want about	-0.0317
wrap_up	~want all	0.0501
wrap_up	~want appreci	0.0749
wrap_up	~want ask	-0.0403
wrap_up	~want be	-0.053
wrap_up	~want call	0.1702
wrap_up	~want do	-0.0235
wrap_up	~want enjoy	0.1182
wrap_up	~want ever	0.1027
wrap_up	~want for	-0.0272
wrap_up	~want from	-0.0205
wrap_up	~want gather	-0.0388
wrap_up	~want have	-0.0408
wrap_up	~want help	0.047
wrap_up	~want hope	0.0329
wrap_up	~want i	-0.0436
wrap_up	~want in	-0.0911
wrap_up	~want it	0.3484
wrap_up	~want just	-0.0368
wrap_up	~want kind	-0.0978
wrap_up	~want know	0.1293
wrap_up	~want like	-0.0475
wrap_up	~want love	-0.1248
wrap_up	~want my	0.0436
wrap_up	~want point	-0.0233
wrap_up	~want prepar	0.0712
wrap_up	~want realli	-0.0734
wrap_up	~want reassur	-0.0394
wrap_up	~want recommend	-0.0523
wrap_up	~want say	0.0274
wrap_up	~want so	0.0355
wrap_up	~want suggest	-0.0523
wrap_up	~want thank	0.0915
wrap_up	~want that	-0.0789
wrap_up	~want the	-0.1406
wrap_up	~want this	-0.0887
wrap_up	~want use	-0.0434
wrap_up	~want valu	-0.0284
wrap_up	~want want	0.062
wrap_up	~want whi	-0.027
wrap_up	~want you	-0.0861
wrap_up	~workverb	-0.2778
wrap_up	~workverb a	0.1173
wrap_up	~workverb at	-0.0244
wrap_up	~workverb i	-0.0497
wrap_up	~workverb in	-0.0619
wrap_up	~workverb is	-0.0342
wrap_up	~workverb over	-0.0535
wrap_up	~workverb the	-0.027
wrap_up	~workverb to	0.2247
wrap_up	~workverb with	-0.0206
thanks	*	-1.8657
thanks	10	-0.035
thanks	15 minut	0.0218
thanks	15 ~limit	0.0218
thanks	15 ~timeunit	0.0218
thanks	20	-0.0355
thanks	20 minut	-0.0355
thanks	20 ~limit	-0.0355
thanks	20 ~timeunit	-0.0355
thanks	3	-0.0577
thanks	30	-0.0347
thanks	30 ~limit	-0.0287
thanks	?	-1.3982
thanks	^ah	0.0503
thanks	^alright	-0.0903
thanks	^also	0.0836
thanks	^and	0.0557
thanks	^ani	-0.0615
thanks	^anyway	0.0986
thanks	^appreci	0.3457
thanks	^are	-0.1993
thanks	^befor	0.028
thanks	^brilliant	0.2046
thanks	^can	-0.0786
thanks	^cheer	0.481
thanks	^cool	0.0848
thanks	^could	-0.1195
thanks	^did	0.0821
thanks	^do	-0.0684
thanks	^doe	-0.0274
thanks	^good	0.0975
thanks	^gosh	-0.0423
thanks	^great	0.041
thanks	^happi	-0.0301
thanks	^have	0.181
thanks	^hey	0.0532
thanks	^hi	0.1523
thanks	^honest	0.0312
thanks	^how	-0.4025
thanks	^huh	0.0368
thanks	^i	-0.4177
thanks	^if	-0.1032
thanks	^is	-0.3434
thanks	^just	-0.0465
thanks	^let	-0.1385
thanks	^look	0.0671
thanks	^love	-0.0269
thanks	^mani	0.0376
thanks	^may	0.0311
thanks	^mind	-0.0366
thanks	^my	-0.1045
thanks	^no	-0.134
thanks	^oh	-0.096
thanks	^ok	-0.0214
thanks	^omg	-0.05
thanks	^patel	0.0286
thanks	^pleas	-0.0376
thanks	^quick	-0.0265
thanks	^realli	0.1337
thanks	^right	0.0407
thanks	^should	-0.0517
thanks	^sinc	-0.0338
thanks	^so	-0.0267
thanks	^sorri	-0.1214
thanks	^tell	-0.0395
thanks	^thank	2.0921
thanks	^that	-0.1248
thanks	^the	-0.0236
thanks	^this	0.1139
thanks	^those	0.0455
thanks	^total	-0.0542
thanks	^wait	-0.0733
thanks	^walk	-0.0205
thanks	^was	-0.0287
thanks	^we	-0.0269
thanks	^well	0.1701
thanks	^what	-0.4822
thanks	^when	-0.022
thanks	^where	-0.0466
thanks	^which	-0.085
thanks	^who	-0.0586
thanks	^would	-0.1414
thanks	a	-0.4234
thanks	a big	-0.0557
thanks	a career	-0.0673
thanks	a chemistri	-0.0557
thanks	a close	-0.0241
thanks	a coupl	-0.0424
thanks	a day	0.0485
thanks	a few	-0.0541
thanks	a good	0.0321
thanks	a great	-0.0471
thanks	a hand	0.0571
thanks	a job	-0.0343
thanks	a line	0.0788
thanks	a littl	0.0643
thanks	a long	0.0263
thanks	a lot	0.083
thanks	a master	-0.0278
thanks	a million	0.1705
thanks	a nice	-0.0289
thanks	a normal	-0.0314
thanks	a note	0.0938
thanks	a pack	0.2198
thanks	a paraleg	-0.021
thanks	a posit	-0.0344
thanks	a project	-0.0209
thanks	a proper	0.1032
thanks	a quick	-0.0961
thanks	a real	0.0406
thanks	a recent	0.0305
thanks	a referr	-0.0329
thanks	a second	0.0635
thanks	a shall	0.0264
thanks	a short	0.088
thanks	a thank	-0.2397
thanks	a ton	0.0881
thanks	a typic	-0.057
thanks	a veri	-0.0204
thanks	a wonder	0.0673
thanks	a ~closing	0.0297
thanks	a ~degree	-0.079
thanks	a ~job	-0.0803
thanks	a ~limit	0.0471
thanks	a ~number	-0.0953
thanks	a ~org	-0.0231
thanks	a ~student	-0.1042
thanks	about	-0.1788
thanks	about a	-0.0358
thanks	about me	-0.0254
thanks	about the	0.083
thanks	about your	-0.0311
thanks	about ~org	0.0841
thanks	academia	-0.0239
thanks	accept	-0.0256
thanks	account	-0.0518
thanks	actual get	0.0291
thanks	actual involv	0.0497
thanks	add you	0.0205
thanks	advic	0.1916
thanks	advic on	0.029
thanks	advic you	0.0391
thanks	after	-0.0205
thanks	after a	-0.034
thanks	after i	0.0368
thanks	after my	0.0962
thanks	after this	-0.0889
thanks	after ~number	-0.0664
thanks	afternoon	0.2747
thanks	afternoon and	0.0829
thanks	afternoon thank	0.0918
thanks	again	0.4607
thanks	again and	0.1455
thanks	again for	0.0995
thanks	again i	0.0691
thanks	again onc	-0.0232
thanks	agenc	0.0558
thanks	agre	0.3489
thanks	agre to	0.4022
thanks	ah	0.0503
thanks	all	0.3843
thanks	all day	-0.0373
thanks	all i	0.1914
thanks	all my	-0.0624
thanks	all of	0.0808
thanks	all right	-0.0355
thanks	all the	0.0697
thanks	all ~closing	-0.0373
thanks	all ~limit	-0.0373
thanks	all ~number	0.0697
thanks	almost	-0.0613
thanks	along	-0.0403
thanks	alreadi	-0.0728
thanks	alreadi over	-0.0342
thanks	alright	-0.1191
thanks	alright i	-0.048
thanks	also	0.0252
thanks	also is	0.0836
thanks	am	0.0943
thanks	am a	0.1151
thanks	am appli	-0.0339
thanks	am conscious	-0.0274
thanks	am curious	-0.0277
thanks	am finish	-0.0211
thanks	am go	-0.0428
thanks	am grate	0.3924
thanks	am here	-0.0222
thanks	am in	0.0573
thanks	am just	-0.0305
thanks	am main	0.0777
thanks	am not	-0.0733
thanks	am pretti	-0.0217
thanks	am priya	-0.0247
thanks	am realli	-0.0486
thanks	am tri	-0.0443
thanks	am veri	0.0405
thanks	am ~number	0.1001
thanks	am ~studyverb	-0.0571
thanks	am ~want	-0.1507
thanks	an	-0.2101
thanks	an hour	-0.03
thanks	an intro	0.021
thanks	an ~limit	-0.03
thanks	an ~talk	-0.0264
thanks	an ~timeunit	-0.03
thanks	analyst	-0.0676
thanks	analyst ~job	-0.0289
thanks	analyt	-0.0347
thanks	and	0.1374
thanks	and drop	-0.0882
thanks	and email	0.0283
thanks	and for	0.0459
thanks	and good	0.0209
thanks	and have	-0.067
thanks	and i	0.0681
thanks	and if	0.0617
thanks	and let	0.0224
thanks	and now	-0.0239
thanks	and pleas	0.0526
thanks	and tell	-0.0322
thanks	and thank	0.3527
thanks	and ~contactverb	0.0221
thanks	and ~learn	-0.0274
thanks	and ~talk	0.022
thanks	and ~want	0.0458
thanks	ani	-0.1386
thanks	ani chanc	0.0328
thanks	ani more	0.0701
thanks	ani way	-0.0217
thanks	ani ~student	-0.0329
thanks	anoth	-0.0352
thanks	answer	0.1715
thanks	answer my	0.2035
thanks	anyon	0.0218
thanks	anyon at	0.0299
thanks	anyon els	0.07
thanks	anyon who	-0.0549
thanks	anyon ~people	-0.0549
thanks	anyth	-0.0963
thanks	anyth i	0.0605
thanks	anyth on	-0.0287
thanks	anyth you	-0.0208
thanks	anyway	0.0986
thanks	anyway i	0.0986
thanks	appli	-0.0206
thanks	appli to	-0.062
thanks	applic	-0.0245
thanks	appreci	1.6773
thanks	appreci it	0.4921
thanks	appreci the	0.1281
thanks	appreci you	0.6442
thanks	appreci ~number	0.1085
thanks	approv	0.1364
thanks	are	-0.1947
thanks	are all	0.0399
thanks	are alreadi	-0.0364
thanks	are at	0.0976
thanks	are hire	0.0838
thanks	are not	-0.0294
thanks	are squeez	-0.038
thanks	are the	-0.0237
thanks	are there	-0.1182
thanks	are you	-0.0948
thanks	are ~gatekeeper	0.0838
thanks	are ~hiring	0.0824
thanks	articl	-0.051
thanks	articl i	-0.0632
thanks	articl on	0.0352
thanks	as	-0.0617
thanks	as a	-0.0624
thanks	as ~number	-0.0678
thanks	as ~people	0.0217
thanks	ask	-0.0428
thanks	ask about	0.0745
thanks	ask you	-0.0205
thanks	assign	0.0284
thanks	associ	-0.0479
thanks	at	-0.2256
thanks	at a	-0.0372
thanks	at rutger	0.0854
thanks	at that	-0.0282
thanks	at the	-0.0385
thanks	at time	0.077
thanks	at your	-0.0298
thanks	at ~limit	0.077
thanks	at ~number	-0.0884
thanks	audit	-0.0247
thanks	awar	-0.0412
thanks	back	0.1336
thanks	back after	-0.0588
thanks	back from	0.1171
thanks	back to	0.0648
thanks	back ~want	-0.0588
thanks	background	-0.0467
thanks	bakeri	0.0482
thanks	balanc	-0.0213
thanks	bank	-0.036
thanks	be	-0.1241
thanks	be a	-0.0246
thanks	be glad	-0.0217
thanks	be mind	-0.0285
thanks	be ok	0.1584
thanks	be open	-0.026
thanks	be quick	-0.0729
thanks	be realli	-0.0296
thanks	be so	0.1948
thanks	be sure	0.0359
thanks	be use	-0.0322
thanks	be weird	-0.0341
thanks	be will	-0.0244
thanks	be ~help	-0.0322
thanks	be ~number	-0.0289
thanks	be ~want	-0.0296
thanks	becaus	-0.0416
thanks	becom	-0.0204
thanks	been	0.0838
thanks	been a	0.0409
thanks	been do	-0.0284
thanks	been so	0.0853
thanks	been the	0.0359
thanks	been ~number	0.0768
thanks	been ~studyverb	-0.0362
thanks	been ~workverb	-0.021
thanks	befor	-0.09
thanks	befor that	-0.0418
thanks	beginn	-0.0255
thanks	best	-0.065
thanks	beta	0.0407
thanks	beta test	0.047
thanks	between	0.1101
thanks	between meet	0.0611
thanks	between ~number	0.039
thanks	beyond	-0.0705
thanks	beyond the	-0.0386
thanks	beyond ~number	-0.0386
thanks	big	-0.0658
thanks	biggest	-0.0319
thanks	biolog	0.0691
thanks	book	-0.0532
thanks	book or	-0.0206
thanks	bootcamp grad	0.0308
thanks	bootcamp ~student	0.0308
thanks	brain	-0.0202
thanks	break	0.041
thanks	break for	0.0469
thanks	break i	0.0309
thanks	break so	-0.0447
thanks	brilliant	0.7849
thanks	brutal	-0.0238
thanks	budget	0.1456
thanks	busi	0.088
thanks	busi so	0.0949
thanks	but	0.136
thanks	but how	0.0228
thanks	but i	-0.0344
thanks	but would	0.1411
thanks	but ~want	0.1411
thanks	by ani	-0.0233
thanks	bye	-0.0309
thanks	bye for	-0.0389
thanks	call	-0.0784
thanks	call it	-0.0451
thanks	can	-0.0517
thanks	can be	-0.0233
thanks	can do	0.1141
thanks	can end	0.0227
thanks	can get	-0.041
thanks	can help	-0.0298
thanks	can make	-0.0245
thanks	can see	-0.0457
thanks	can tell	0.1318
thanks	can you	-0.0485
thanks	can ~help	0.0681
thanks	can ~learn	-0.0866
thanks	candid	0.1517
thanks	candid about	0.157
thanks	card	-0.0519
thanks	card and	-0.031
thanks	care	0.0613
thanks	career	-0.1406
thanks	career changer	0.0354
thanks	career ~student	0.0399
thanks	carv	0.0546
thanks	carv out	0.0546
thanks	case	0.0489
thanks	case studi	0.0689
thanks	case ~studyverb	0.0689
thanks	cert	0.0758
thanks	certif	-0.0595
thanks	chain	-0.0522
thanks	chanc	0.0227
thanks	chanc you	0.0666
thanks	chang	-0.054
thanks	changer	0.0354
thanks	changer come	0.0589
thanks	chat	0.0569
thanks	chat with	-0.0349
thanks	check	-0.0413
thanks	cheer	0.6805
thanks	cheer for	0.5657
thanks	cheer realli	0.0413
thanks	cheer ~want	0.0413
thanks	chemistri	-0.0361
thanks	chemistri teacher	-0.0548
thanks	chemistri ~student	-0.0579
thanks	choos	0.0428
thanks	clarifi	0.063
thanks	class	0.0257
thanks	clear	-0.0337
thanks	clinic	-0.0714
thanks	clinic ~learn	-0.0278
thanks	clock	-0.0293
thanks	close	-0.039
thanks	coach	-0.0996
thanks	coffe	-0.0878
thanks	colleagu	-0.0356
thanks	colleg	-0.0347
thanks	come from	0.0482
thanks	come up	-0.0557
thanks	comfort	-0.1023
thanks	comfort with	-0.0836
thanks	common	-0.02
thanks	communiti	-0.0418
thanks	compani	-0.0633
thanks	complet	-0.0227
thanks	confer	0.0313
thanks	confer you	0.0348
thanks	connect	-0.0797
thanks	connect me	-0.0248
thanks	connect with	-0.0265
thanks	conscious	-0.043
thanks	consid	-0.0339
thanks	consult	-0.0432
thanks	contact	-0.0288
thanks	context	-0.0486
thanks	convers	0.0765
thanks	convers i	0.071
thanks	cook	-0.0206
thanks	cool	0.0958
thanks	cool cool	0.0328
thanks	cool i	-0.0504
thanks	cool that	0.1135
thanks	coordin	-0.021
thanks	could	-0.1754
thanks	could do	-0.0313
thanks	could i	-0.0373
thanks	could make	0.1874
thanks	could you	-0.119
thanks	could ~help	-0.0386
thanks	counselor	0.0312
thanks	count	0.0367
thanks	counti	0.0262
thanks	coupl	-0.0424
thanks	cours	-0.0496
thanks	cover everyth	0.0219
thanks	credit	-0.0204
thanks	crew	0.0302
thanks	critic	0.0392
thanks	critic care	0.0392
thanks	cultur	-0.0227
thanks	curious	-0.0295
thanks	curious how	-0.0209
thanks	current	-0.0274
thanks	cut	-0.0278
thanks	dana	0.104
thanks	data	-0.1432
thanks	data scienc	-0.075
thanks	data scientist	-0.0209
thanks	day	-0.0386
thanks	day and	-0.0414
thanks	day look	-0.023
thanks	day to	-0.0349
thanks	deadlin	-0.0202
thanks	deal	-0.0229
thanks	decid between	-0.0312
thanks	def	-0.0979
thanks	degre	-0.0634
thanks	delgado	0.0271
thanks	depart	-0.0331
thanks	design	-0.1222
thanks	dev	0.0302
thanks	develop	-0.0316
thanks	did	-0.1131
thanks	did not	-0.0389
thanks	did that	-0.0317
thanks	did the	0.1817
thanks	did you	-0.1505
thanks	did ~number	0.1776
thanks	differ	-0.0481
thanks	difficult	-0.0424
thanks	do	-0.3431
thanks	do for	0.1009
thanks	do not	0.0263
thanks	do peopl	-0.0305
thanks	do this	0.0433
thanks	do to	-0.022
thanks	do you	-0.1805
thanks	do ~gatekeeper	-0.0237
thanks	do ~number	-0.0475
thanks	do ~people	-0.0305
thanks	doe	-0.0734
thanks	doe a	-0.0529
thanks	doe it	-0.0639
thanks	doe the	0.1157
thanks	doe your	-0.0486
thanks	doe ~number	0.0627
thanks	done	-0.0278
thanks	done i	-0.0245
thanks	done ~number	-0.0206
thanks	down	-0.1503
thanks	down ~number	-0.0873
thanks	downsid	0.1225
thanks	dr	0.0996
thanks	draft	0.0737
thanks	drop	-0.0323
thanks	drop you	0.052
thanks	earli	0.0211
thanks	easi	-0.0373
thanks	eat	-0.0456
thanks	eat into	0.0327
thanks	educ	0.0781
thanks	educ i	0.074
thanks	els	0.0437
thanks	els you	0.0746
thanks	email	-0.0964
thanks	email later	0.0223
thanks	email to	0.0391
thanks	email tonight	-0.1009
thanks	email ~later	0.0223
thanks	end	0.1314
thanks	end of	-0.0236
thanks	end up	-0.0891
thanks	engin	-0.0808
thanks	enough	0.0595
thanks	especi	0.0488
thanks	evening	-0.0219
thanks	ever	-0.0241
thanks	ever anyth	-0.0282
thanks	ever help	-0.0262
thanks	ever need	0.029
thanks	ever return	0.0411
thanks	ever want	0.0392
thanks	ever ~want	0.0423
thanks	everyth	0.0411
thanks	everyth on	-0.066
thanks	exam	-0.0407
thanks	expect	-0.0408
thanks	experi	-0.0341
thanks	explain	0.1408
thanks	explain the	0.0627
thanks	explain ~number	0.0627
thanks	eye	-0.0334
thanks	eye on	-0.0334
thanks	fair	-0.025
thanks	fall	-0.0255
thanks	famili	-0.0305
thanks	far	-0.0232
thanks	favor	-0.0238
thanks	feel	-0.0421
thanks	few	-0.0634
thanks	field	-0.2036
thanks	field from	0.0218
thanks	figur	-0.0818
thanks	figur out	-0.0761
thanks	final	-0.0221
thanks	final ~talk	-0.0202
thanks	find	-0.0225
thanks	fine	-0.0241
thanks	finish	-0.1587
thanks	finish a	-0.0355
thanks	finish my	-0.0353
thanks	finish the	-0.0244
thanks	finish your	-0.0262
thanks	finish ~number	-0.0599
thanks	fire	0.0561
thanks	firm	-0.0304
thanks	first	-0.021
thanks	fit	0.1686
thanks	fit me	0.1947
thanks	five	0.0556
thanks	focus	-0.0454
thanks	follow up	0.0299
thanks	for	0.8358
thanks	for a	-0.1437
thanks	for agre	0.1813
thanks	for all	0.1767
thanks	for an	-0.0299
thanks	for anyth	-0.0227
thanks	for be	0.0667
thanks	for do	0.0249
thanks	for explain	0.15
thanks	for fit	0.1319
thanks	for give	0.0882
thanks	for hop	0.0336
thanks	for make	0.0651
thanks	for me	-0.0599
thanks	for meet	0.0931
thanks	for now	-0.071
thanks	for squeez	0.0289
thanks	for stay	0.0412
thanks	for take	0.0528
thanks	for talk	0.0388
thanks	for that	0.3137
thanks	for this	0.3156
thanks	for today	-0.0767
thanks	for your	0.0213
thanks	for ~hiring	0.0474
thanks	for ~insight	-0.0263
thanks	for ~number	-0.1482
thanks	for ~org	-0.0299
thanks	for ~people	-0.0366
thanks	for ~studyverb	0.0777
thanks	for ~talk	0.1304
thanks	formal	-0.0247
thanks	forti	0.0489
thanks	forward	-0.0226
thanks	found	-0.1245
thanks	free	0.0571
thanks	freelanc	-0.0396
thanks	friend	-0.0206
thanks	from	-0.2423
thanks	from me	-0.0747
thanks	from my	-0.0751
thanks	from retail	0.0499
thanks	from the	0.0331
thanks	from ~number	0.02
thanks	full	0.0238
thanks	further	-0.0222
thanks	game	-0.0283
thanks	game design	-0.0238
thanks	gather	-0.0344
thanks	gather inform	-0.0215
thanks	gather ~insight	-0.0333
thanks	gave	0.0555
thanks	gave me	0.0555
thanks	generous	0.0546
thanks	generous with	0.0296
thanks	genuin	0.1632
thanks	get	0.1328
thanks	get a	-0.0224
thanks	get assign	0.0293
thanks	get back	0.1346
thanks	get go	0.034
thanks	get into	-0.0266
thanks	get on	-0.08
thanks	get to	0.0271
thanks	get your	-0.0366
thanks	get ~insight	0.0846
thanks	get ~number	-0.0336
thanks	give	0.1398
thanks	give me	0.0488
thanks	give up	0.1153
thanks	glad	-0.0685
thanks	glad to	-0.024
thanks	go back	-0.0813
thanks	go i	-0.0496
thanks	go is	0.1082
thanks	go now	0.118
thanks	go to	-0.0747
thanks	goal	-0.0348
thanks	goe	-0.0327
thanks	goe and	0.0288
thanks	gone	-0.0384
thanks	good	0.0767
thanks	good afternoon	0.0813
thanks	good for	-0.0206
thanks	good luck	0.0561
thanks	good one	0.1555
thanks	good rest	-0.0707
thanks	good to	0.0375
thanks	good ~closing	-0.035
thanks	good ~limit	0.0494
thanks	good ~number	0.1555
thanks	good ~people	0.1555
thanks	goodby	-0.0414
thanks	gosh	-0.0423
thanks	got	0.0551
thanks	got a	0.1007
thanks	got about	-0.0241
thanks	got it	-0.0377
thanks	got thank	0.0814
thanks	got ~number	0.0898
thanks	got ~want	0.1051
thanks	graduat	-0.0472
thanks	grant	-0.0252
thanks	grate	0.7136
thanks	grate if	-0.0312
thanks	grate you	0.615
thanks	great	0.0452
thanks	great that	-0.0206
thanks	great well	0.0366
thanks	great ~closing	-0.0317
thanks	guess	0.0474
thanks	guy	-0.0358
thanks	guy hire	-0.0204
thanks	guy ~gatekeeper	-0.0204
thanks	guy ~hiring	-0.0239
thanks	hackathon	-0.025
thanks	hackathon and	-0.025
thanks	had	-0.1322
thanks	had a	-0.1003
thanks	had no	-0.0412
thanks	had not	-0.0346
thanks	had ~number	-0.1018
thanks	half	-0.0861
thanks	half an	-0.0274
thanks	half hour	-0.0323
thanks	half past	-0.0254
thanks	half ~limit	-0.0323
thanks	half ~number	-0.0285
thanks	half ~timeunit	-0.0323
thanks	hand	0.0336
thanks	hand with	0.0689
thanks	hang	0.0211
thanks	hang up	0.0244
thanks	happi	-0.0614
thanks	happi to	-0.0502
thanks	hard	0.1535
thanks	hard back	0.1116
thanks	hard part	0.0262
thanks	hard to	0.0473
thanks	has	0.0711
thanks	has been	0.075
thanks	has ~workverb	0.075
thanks	have	0.167
thanks	have a	0.0501
thanks	have alreadi	-0.0379
thanks	have ani	-0.0231
thanks	have been	-0.1083
thanks	have done	-0.0297
thanks	have finish	-0.0226
thanks	have got	0.1265
thanks	have had	0.0301
thanks	have help	-0.0241
thanks	have kept	-0.051
thanks	have onli	-0.0287
thanks	have read	0.0293
thanks	have taken	0.1477
thanks	have talk	0.0495
thanks	have time	-0.0202
thanks	have to	-0.039
thanks	have twenti	-0.0216
thanks	have ~insight	0.0293
thanks	have ~limit	-0.0202
thanks	have ~studyverb	-0.0316
thanks	have ~workverb	-0.1328
thanks	head	-0.0201
thanks	health	-0.0407
thanks	heap	0.0461
thanks	hear	-0.0324
thanks	help	0.044
thanks	help me	-0.0293
thanks	help thank	0.1586
thanks	help with	-0.0596
thanks	help you	-0.0375
thanks	here	-0.0893
thanks	here thank	0.0386
thanks	here to	0.0436
thanks	hesit	0.0307
thanks	hesit to	0.0307
thanks	hey	0.0532
thanks	hi	0.1523
thanks	hi dr	0.0683
thanks	hi i	-0.0343
thanks	hi mr	0.0423
thanks	hi priya	-0.0224
thanks	hire	-0.0447
thanks	hire intern	-0.024
thanks	hire junior	0.082
thanks	hire manag	-0.0308
thanks	hire ~gatekeeper	-0.0308
thanks	histori	-0.0329
thanks	hold	-0.0212
thanks	honest	-0.097
thanks	honest advic	-0.0253
thanks	honest i	-0.0389
thanks	honest my	-0.0264
thanks	honest take	-0.0262
thanks	honest ~insight	-0.0526
thanks	hop	0.0381
thanks	hop on	0.0323
thanks	hope	0.0356
thanks	hope for	0.0316
thanks	hope to	0.0515
thanks	hospit	-0.0358
thanks	hour	0.0608
thanks	hour are	0.0315
thanks	hour for	-0.0228
thanks	hous	-0.0287
thanks	how	-0.2412
thanks	how did	-0.0327
thanks	how do	-0.0744
thanks	how doe	0.1405
thanks	how i	-0.0372
thanks	how is	-0.0409
thanks	how it	0.0493
thanks	how long	-0.03
thanks	how much	-0.0811
thanks	how you	-0.0543
thanks	how ~help	-0.0744
thanks	how ~number	-0.0232
thanks	how ~studyverb	-0.0327
thanks	huh	0.0261
thanks	i	-0.4447
thanks	i add	0.0205
thanks	i alreadi	0.053
thanks	i am	0.0943
thanks	i appreci	0.3966
thanks	i be	-0.0244
thanks	i can	0.1542
thanks	i connect	-0.0303
thanks	i could	-0.087
thanks	i decid	0.0844
thanks	i did	-0.0371
thanks	i do	-0.0552
thanks	i email	-0.064
thanks	i end	-0.0685
thanks	i figur	-0.0493
thanks	i follow	-0.027
thanks	i found	-0.1072
thanks	i get	-0.0384
thanks	i go	0.0952
thanks	i guess	0.0474
thanks	i had	-0.0649
thanks	i have	0.2841
thanks	i intern	0.0271
thanks	i just	-0.0673
thanks	i know	0.0736
thanks	i mention	-0.0548
thanks	i prepar	0.0319
thanks	i promis	-0.029
thanks	i realiz	0.0981
thanks	i realli	0.3846
thanks	i send	-0.0215
thanks	i should	-0.0448
thanks	i spent	-0.0278
thanks	i start	0.0466
thanks	i talk	0.1376
thanks	i text	0.0272
thanks	i think	-0.1632
thanks	i thought	-0.0395
thanks	i total	-0.0245
thanks	i want	-0.1153
thanks	i was	-0.0517
thanks	i wish	-0.0269
thanks	i would	-0.3574
thanks	i ~contactverb	-0.0413
thanks	i ~help	-0.0685
thanks	i ~learn	-0.0597
thanks	i ~sendverb	-0.048
thanks	i ~studyverb	-0.0763
thanks	i ~talk	0.0347
thanks	i ~want	0.1986
thanks	idea	-0.0479
thanks	if	-0.3298
thanks	if that	-0.0413
thanks	if there	-0.028
thanks	if you	-0.0869
thanks	if your	-0.0466
thanks	if ~number	-0.0257
thanks	in	-0.2097
thanks	in a	-0.0695
thanks	in between	0.1509
thanks	in game	0.0205
thanks	in general	-0.039
thanks	in i	0.0874
thanks	in meet	-0.0281
thanks	in mind	-0.0281
thanks	in museum	0.0236
thanks	in my	-0.0464
thanks	in product	-0.0239
thanks	in retail	-0.0208
thanks	in return	-0.0286
thanks	in suppli	0.0285
thanks	in the	-0.0537
thanks	in this	-0.0567
thanks	in touch	0.0259
thanks	in your	-0.1133
thanks	in ~degree	0.0723
thanks	in ~help	-0.0286
thanks	in ~number	-0.1315
thanks	incred	0.0552
thanks	insight into	0.02
thanks	instead	-0.0341
thanks	instead of	-0.0341
thanks	intens	-0.0284
thanks	interest	-0.0552
thanks	interest in	-0.033
thanks	internship	-0.1516
thanks	internship i	-0.0807
thanks	interrupt	-0.0242
thanks	interview	-0.093
thanks	into	-0.2639
thanks	into this	-0.027
thanks	into your	0.0312
thanks	introduc	-0.0207
thanks	introduct	-0.0221
thanks	involv	0.0257
thanks	is	-0.1343
thanks	is a	-0.0563
thanks	is all	0.0219
thanks	is almost	-0.0436
thanks	is alreadi	-0.0396
thanks	is anyth	0.042
thanks	is been	0.0319
thanks	is ever	-0.0331
thanks	is gone	-0.0491
thanks	is help	-0.0327
thanks	is in	0.0666
thanks	is it	-0.0786
thanks	is most	-0.0363
thanks	is my	0.052
thanks	is ok	-0.0245
thanks	is pack	0.0804
thanks	is part	-0.0339
thanks	is realli	0.0483
thanks	is reassur	0.0262
thanks	is so	-0.0306
thanks	is such	-0.0254
thanks	is that	-0.0671
thanks	is the	-0.1419
thanks	is there	0.0979
thanks	is to	-0.0252
thanks	is worth	-0.0437
thanks	is your	-0.0614
thanks	is ~help	0.0327
thanks	is ~number	-0.2194
thanks	is ~people	-0.0203
thanks	is ~workverb	0.0352
thanks	it	0.3472
thanks	it a	0.1157
thanks	it at	-0.0302
thanks	it be	0.1062
thanks	it for	-0.055
thanks	it from	-0.0674
thanks	it hard	0.0436
thanks	it here	-0.0377
thanks	it if	-0.0544
thanks	it in	-0.0843
thanks	it most	-0.0229
thanks	it not	-0.021
thanks	it take	-0.0256
thanks	it there	0.0887
thanks	it to	0.0503
thanks	it was	-0.0576
thanks	it went	0.0515
thanks	it ~insight	-0.0324
thanks	it ~number	0.1157
thanks	it ~want	-0.0711
thanks	job	-0.1904
thanks	jump	-0.0266
thanks	jump right	-0.0204
thanks	jump to	0.0264
thanks	junior	0.0542
thanks	just	-0.2561
thanks	just gather	-0.0305
thanks	just to	-0.0324
thanks	just want	-0.033
thanks	just ~want	-0.0707
thanks	keep	-0.2032
thanks	keep me	-0.0323
thanks	keep this	-0.0728
thanks	keep you	-0.0627
thanks	keep ~number	-0.0334
thanks	kept	-0.0976
thanks	kept you	-0.0976
thanks	kind of	-0.0328
thanks	know	0.0334
thanks	know how	0.0589
thanks	know i	0.0484
thanks	know if	-0.0492
thanks	know this	-0.0279
thanks	know we	-0.0225
thanks	know what	0.0899
thanks	know you	-0.0651
thanks	know your	0.132
thanks	lab	0.0593
thanks	land	-0.024
thanks	last	-0.1333
thanks	last question	-0.0375
thanks	late	-0.0546
thanks	later and	0.0819
thanks	later today	-0.0773
thanks	law	-0.0478
thanks	law ~org	-0.0225
thanks	lead	-0.0301
thanks	leap	0.0217
thanks	learn	-0.0919
thanks	learn what	0.0505
thanks	leav it	0.0406
thanks	left	-0.0417
thanks	left right	-0.0241
thanks	let	0.1516
thanks	let me	0.0491
thanks	let up	0.1776
thanks	let us	-0.1104
thanks	let you	0.1026
thanks	letter	-0.053
thanks	level	-0.0254
thanks	librari	0.0669
thanks	licens	-0.025
thanks	like	-0.1705
thanks	like for	-0.072
thanks	like to	-0.0501
thanks	like we	0.0671
thanks	like ~number	-0.041
thanks	line	0.0471
thanks	line cook	-0.0206
thanks	line onc	0.11
thanks	link	-0.0299
thanks	link you	-0.0433
thanks	linkedin	-0.0403
thanks	list	-0.0279
thanks	littl	0.0554
thanks	lmk	0.0258
thanks	logist	-0.0259
thanks	long	-0.0695
thanks	long enough	-0.0239
thanks	long term	-0.0236
thanks	look	-0.1248
thanks	look at	-0.0227
thanks	look for	-0.0522
thanks	look like	-0.0316
thanks	lot	0.083
thanks	love	-0.0788
thanks	love an	0.0298
thanks	love to	-0.0826
thanks	love your	0.0306
thanks	love ~number	0.0227
thanks	luck	0.024
thanks	luck with	0.024
thanks	lunch break	0.0331
thanks	lunch hour	0.0614
thanks	lunch ~limit	0.0614
thanks	lunch ~timeunit	0.0614
thanks	made	0.1775
thanks	made the	0.0342
thanks	made you	0.0572
thanks	made ~number	0.0304
thanks	mail	-0.0234
thanks	main	0.0252
thanks	main here	0.079
thanks	main ~want	0.0692
thanks	make	0.1129
thanks	make a	-0.0262
thanks	make sens	-0.0331
thanks	make the	0.1926
thanks	make time	0.0506
thanks	make your	-0.0245
thanks	make ~insight	-0.0331
thanks	make ~limit	0.0506
thanks	make ~number	0.1637
thanks	manag	-0.1566
thanks	manag and	0.0522
thanks	manag ~number	-0.027
thanks	mani	0.0255
thanks	mani thank	0.0376
thanks	marcus	0.0777
thanks	market	-0.0807
thanks	master	-0.0657
thanks	matter	-0.0337
thanks	may i	0.0265
thanks	mayb	-0.0453
thanks	me	0.2321
thanks	me about	-0.0577
thanks	me better	0.0742
thanks	me done	-0.0388
thanks	me for	-0.0357
thanks	me i	-0.0516
thanks	me in	0.4304
thanks	me know	-0.055
thanks	me off	-0.034
thanks	me through	-0.0442
thanks	me to	-0.0697
thanks	me today	0.0396
thanks	me toward	-0.0544
thanks	me with	-0.033
thanks	me ~learn	-0.0649
thanks	me ~number	-0.0232
thanks	medic	-0.0262
thanks	meet so	-0.0395
thanks	meet you	-0.0324
thanks	mention	0.0426
thanks	mention about	-0.0537
thanks	mention onc	0.0271
thanks	messag	0.0213
thanks	messag on	0.0402
thanks	met	0.0429
thanks	might	-0.0327
thanks	might be	-0.0268
thanks	might suit	0.0223
thanks	militari	-0.0636
thanks	million	0.1705
thanks	mind	-0.1056
thanks	mind of	-0.0302
thanks	minut	-0.0276
thanks	minut and	0.0335
thanks	minut left	-0.0336
thanks	minut so	-0.0395
thanks	minut we	-0.0438
thanks	minut you	0.0208
thanks	more	-0.1034
thanks	more about	-0.0255
thanks	more question	-0.0518
thanks	more than	0.0235
thanks	morn	-0.0631
thanks	most	-0.0517
thanks	most in	-0.0203
thanks	most of	0.1363
thanks	most ~want	-0.0281
thanks	move	-0.0317
thanks	mph	-0.0245
thanks	mr	0.0423
thanks	much	0.4631
thanks	much and	0.0395
thanks	much for	0.1688
thanks	much i	0.05
thanks	much this	0.0242
thanks	much time	-0.0292
thanks	much ~limit	-0.0292
thanks	much ~want	0.2745
thanks	museum	0.0745
thanks	museum educ	0.0845
thanks	my	-0.4163
thanks	my end	-0.0444
thanks	my first	0.0712
thanks	my goal	-0.0259
thanks	my internship	-0.0966
thanks	my last	-0.0325
thanks	my list	-0.0252
thanks	my manag	-0.0303
thanks	my next	-0.0467
thanks	my profess	-0.0953
thanks	my question	0.1289
thanks	my resum	-0.038
thanks	my second	-0.0259
thanks	my side	-0.0337
thanks	my ~application	-0.0428
thanks	my ~degree	-0.0427
thanks	my ~gatekeeper	-0.0303
thanks	my ~insight	0.0827
thanks	my ~job	-0.1003
thanks	my ~org	-0.0348
thanks	myself	-0.0383
thanks	name	-0.0239
thanks	need	-0.0888
thanks	need a	0.0457
thanks	need to	-0.0555
thanks	need ~number	0.0385
thanks	new	-0.0807
thanks	newslett	0.0204
thanks	next	-0.2087
thanks	next meet	-0.0522
thanks	next step	-0.0566
thanks	next week	-0.0377
thanks	next ~closing	-0.0377
thanks	next ~talk	-0.0714
thanks	nice	-0.0407
thanks	night	0.0809
thanks	night shift	0.0226
thanks	no	-0.1833
thanks	no idea	-0.0412
thanks	nonprofit	-0.0405
thanks	normal	-0.0367
thanks	normal day	-0.024
thanks	normal ~closing	-0.0251
thanks	normal ~limit	-0.024
thanks	not	-0.1829
thanks	not actual	0.0407
thanks	not ask	-0.022
thanks	not have	-0.0334
thanks	not hesit	0.0307
thanks	not keep	-0.0214
thanks	not look	-0.023
thanks	not to	0.0718
thanks	not ~want	-0.0443
thanks	note	-0.2086
thanks	note after	-0.0764
thanks	note and	0.0353
thanks	note tomorrow	-0.0331
thanks	note tonight	-0.0878
thanks	note ~want	-0.0764
thanks	noth	-0.0262
thanks	noth more	-0.0262
thanks	now	-0.1844
thanks	now and	-0.0558
thanks	now but	0.1463
thanks	now i	-0.0262
thanks	now that	-0.0281
thanks	nurs	-0.1388
thanks	of	-0.2593
thanks	of a	-0.0203
thanks	of leav	-0.0319
thanks	of my	-0.0439
thanks	of thank	-0.0469
thanks	of the	-0.0882
thanks	of this	0.074
thanks	of you	0.0286
thanks	of your	0.0403
thanks	of ~number	-0.1164
thanks	off a	0.0727
thanks	off here	-0.0274
thanks	off now	-0.0338
thanks	off ~number	0.0727
thanks	off ~want	-0.0274
thanks	offer	0.032
thanks	offic	0.0661
thanks	offic you	0.0374
thanks	oh	-0.096
thanks	oh wow	-0.0389
thanks	ok cool	0.0615
thanks	ok for	-0.0335
thanks	ok i	-0.0451
thanks	ok if	0.0306
thanks	ok that	-0.027
thanks	ok to	0.1136
thanks	old	-0.0537
thanks	omg	-0.05
thanks	on	-0.2214
thanks	on it	0.0724
thanks	on linkedin	-0.0255
thanks	on my	-0.0924
thanks	on the	-0.0576
thanks	on what	0.028
thanks	on with	-0.0474
thanks	on your	0.1006
thanks	on ~number	-0.0749
thanks	onc	0.1695
thanks	onc i	0.1925
thanks	one	0.0856
thanks	onli	-0.0882
thanks	onli got	-0.0275
thanks	onli have	-0.0528
thanks	onlin	-0.0462
thanks	open	-0.1286
thanks	open to	-0.0382
thanks	open up	-0.026
thanks	or	-0.2612
thanks	or email	0.041
thanks	or is	-0.0791
thanks	or would	-0.0322
thanks	or ~contactverb	0.0401
thanks	or ~number	-0.0233
thanks	or ~sendverb	0.041
thanks	or ~talk	0.0401
thanks	or ~want	-0.0362
thanks	other peopl	0.0499
thanks	other ~people	0.0433
thanks	out	-0.0376
thanks	out again	-0.0315
thanks	out of	0.093
thanks	out to	-0.0436
thanks	out ~later	-0.0315
thanks	out ~want	0.0832
thanks	over	-0.0576
thanks	over i	-0.0283
thanks	over that	0.0876
thanks	over time	-0.0303
thanks	over ~limit	-0.0303
thanks	over ~number	-0.0202
thanks	overtim	0.0267
thanks	own	0.0691
thanks	pack	0.3002
thanks	pack day	0.112
thanks	pack so	0.0605
thanks	pack ~closing	0.2198
thanks	pack ~limit	0.112
thanks	paraleg	-0.0234
thanks	part	-0.039
thanks	part time	-0.032
thanks	part ~limit	-0.032
thanks	pass	-0.0402
thanks	pass my	-0.0253
thanks	past	0.0345
thanks	past the	0.0539
thanks	past ~number	0.0539
thanks	patel	0.0286
thanks	path	-0.0565
thanks	patient	-0.024
thanks	patient with	0.0392
thanks	peopl	-0.0837
thanks	peopl you	0.0414
thanks	person	-0.0276
thanks	pharma	0.0255
thanks	pharmaci	-0.0671
thanks	pharmacist	0.0387
thanks	pick up	0.0507
thanks	pick your	-0.0228
thanks	ping	-0.0546
thanks	ping you	-0.029
thanks	pitch	-0.0302
thanks	place	-0.03
thanks	pleas	-0.0265
thanks	pleas do	0.0257
thanks	pleas ~help	0.0257
thanks	pleasur	-0.0412
thanks	point	-0.0957
thanks	point me	-0.0677
thanks	polici	-0.0812
thanks	portfolio review	-0.0233
thanks	posit	0.0275
thanks	post	-0.0416
thanks	post on	-0.0282
thanks	practic	-0.0249
thanks	precious	0.0585
thanks	pretti	-0.0377
thanks	process	-0.0276
thanks	product lunch	0.0344
thanks	product ~limit	0.0344
thanks	profess	-0.0416
thanks	profess i	-0.1158
thanks	profession	-0.0348
thanks	profession associ	-0.0238
thanks	program	-0.1223
thanks	project	-0.1438
thanks	project you	-0.0222
thanks	promis	-0.0636
thanks	promis i	-0.0464
thanks	proper	0.1451
thanks	proper thank	0.0876
thanks	public	-0.0453
thanks	put	-0.0301
thanks	python	-0.0313
thanks	python script	-0.023
thanks	question	-0.0374
thanks	question about	0.0476
thanks	question befor	0.0349
thanks	question honest	-0.0234
thanks	question later	0.0258
thanks	question ~later	0.0204
thanks	quick	-0.2045
thanks	quick note	-0.0848
thanks	quit	-0.022
thanks	rain	0.1825
thanks	ran	-0.0294
thanks	rather	-0.04
thanks	reach	0.066
thanks	read	-0.0246
thanks	real	0.0302
thanks	realist	-0.0312
thanks	realiz	0.0787
thanks	realiz i	0.1352
thanks	realiz we	-0.033
thanks	realli	0.5894
thanks	realli appreci	0.5721
thanks	realli grate	-0.029
thanks	realli interest	-0.0221
thanks	realli just	-0.0288
thanks	realli kind	0.0316
thanks	realli like	0.0211
thanks	realli use	0.149
thanks	realli valu	-0.0216
thanks	realli ~help	0.1508
thanks	realli ~want	0.468
thanks	reassur	0.0243
thanks	recommend	-0.1299
thanks	recommend i	-0.0231
thanks	recruit	-0.0598
thanks	refer	-0.0309
thanks	refer me	-0.025
thanks	referr	-0.0408
thanks	region	0.0333
thanks	report	-0.0727
thanks	report back	-0.0565
thanks	research	0.0271
thanks	resid	0.0849
thanks	respect	-0.0411
thanks	rest	-0.0804
thanks	rest of	-0.0804
thanks	resum	-0.0443
thanks	retail	0.0279
thanks	retail manag	0.0521
thanks	review	-0.0436
thanks	review goe	-0.0233
thanks	right	-0.1143
thanks	right i	0.1384
thanks	right now	-0.0604
thanks	role	-0.0857
thanks	room	0.0665
thanks	rotat	0.1042
thanks	run	0.0213
thanks	run your	0.0407
thanks	rutger	0.1053
thanks	rutger and	0.0588
thanks	rutger major	0.0267
thanks	rutger ~studyverb	0.0267
thanks	said	-0.0905
thanks	said you	-0.0372
thanks	same	-0.0284
thanks	saturday	0.0219
thanks	saturday for	0.0253
thanks	save	-0.0249
thanks	say	-0.0627
thanks	scare	-0.0299
thanks	scare me	-0.0299
thanks	schedul	0.0458
thanks	schedul is	0.0751
thanks	school	-0.0392
thanks	school chemistri	0.0209
thanks	scienc	-0.0998
thanks	scienc in	-0.0299
thanks	scientist	-0.0209
thanks	script	-0.023
thanks	second	0.0305
thanks	second year	0.0346
thanks	second ~duration	0.0346
thanks	sector	-0.0423
thanks	see	-0.0881
thanks	see you	-0.0349
thanks	self	-0.0223
thanks	self taught	-0.0223
thanks	self ~workverb	-0.0223
thanks	semest	-0.027
thanks	send	-0.2274
thanks	send over	0.0746
thanks	send thank	-0.0886
thanks	send you	-0.1908
thanks	senior	-0.0247
thanks	sens	-0.0636
thanks	serious	0.1241
thanks	session	0.0524
thanks	set	-0.0253
thanks	shadow	-0.0329
thanks	shall	-0.0324
thanks	share	0.0309
thanks	share your	0.0505
thanks	share ~number	-0.0237
thanks	shift	-0.0478
thanks	shoot	-0.0241
thanks	short	0.023
thanks	short thank	-0.0488
thanks	should	-0.1317
thanks	should i	-0.0688
thanks	should let	-0.0378
thanks	sign	-0.0514
thanks	sign off	-0.0514
thanks	sinc	-0.0352
thanks	sinc we	0.0296
thanks	sinc you	-0.02
thanks	six	-0.0405
thanks	six year	-0.0388
thanks	six ~duration	-0.0405
thanks	skill	-0.0415
thanks	slam	0.0566
thanks	slam this	0.0587
thanks	so	0.7333
thanks	so candid	0.1625
thanks	so far	-0.0232
thanks	so help	0.0646
thanks	so i	-0.0937
thanks	so it	-0.0313
thanks	so let	0.0406
thanks	so much	0.3937
thanks	so thank	0.1085
thanks	so the	0.0334
thanks	so use	0.06
thanks	so what	-0.0213
thanks	so you	-0.1246
thanks	so ~help	0.06
thanks	so ~number	0.024
thanks	some	-0.0665
thanks	someon	-0.0272
thanks	someon in	-0.0362
thanks	someon to	0.0446
thanks	someon who	0.0359
thanks	someon ~people	0.0359
thanks	someth	-0.056
thanks	sorri	-0.1824
thanks	sorri for	-0.0274
thanks	sorri i	-0.1116
thanks	sorri that	0.0392
thanks	sound	-0.0583
thanks	sound intens	-0.0284
thanks	speak with	0.0221
thanks	spend	-0.0337
thanks	spent	-0.0304
thanks	spent eight	0.0272
thanks	spring	0.1214
thanks	sql	-0.0854
thanks	squeez	0.1917
thanks	squeez me	0.1997
thanks	stack	0.0295
thanks	staff	-0.0415
thanks	stage	-0.0209
thanks	stakehold	-0.0214
thanks	stand	-0.0348
thanks	start	-0.1063
thanks	start appli	0.0495
thanks	start out	-0.06
thanks	stat	0.0246
thanks	state	-0.0226
thanks	stay	0.0522
thanks	stay on	0.0412
thanks	step	-0.0619
thanks	stick	0.0399
thanks	still	-0.1044
thanks	still ok	-0.0339
thanks	stop here	0.0383
thanks	stop there	0.0697
thanks	stop ~want	0.0383
thanks	stretch	0.0744
thanks	struggl	-0.0264
thanks	student at	0.0838
thanks	studi	0.0213
thanks	such	0.1129
thanks	such a	0.0839
thanks	such ~number	0.077
thanks	suggest	0.0521
thanks	suggest i	0.0941
thanks	suit	0.0901
thanks	suit me	0.0942
thanks	summer	-0.0543
thanks	summer by	-0.0233
thanks	super	0.1218
thanks	super busi	0.0581
thanks	super help	0.0989
thanks	suppli	-0.0522
thanks	suppli chain	-0.0522
thanks	sure	0.0212
thanks	sure to	0.0359
thanks	survey	-0.0404
thanks	survey data	-0.021
thanks	sustain	-0.0217
thanks	switch	-0.1319
thanks	switch from	-0.0396
thanks	switch into	-0.0653
thanks	take	0.0893
thanks	take a	0.0407
thanks	take care	0.0426
thanks	take on	-0.0407
thanks	take the	0.0487
thanks	take up	-0.0989
thanks	take ~number	0.2163
thanks	taken	0.1447
thanks	taken enough	-0.0245
thanks	taken up	0.1721
thanks	talk	0.2964
thanks	talk to	0.0941
thanks	talk with	0.254
thanks	taught	-0.0286
thanks	teach	-0.0279
thanks	teach high	0.0215
thanks	teacher	-0.0357
thanks	team	-0.1169
thanks	team is	0.0524
thanks	tell	0.0458
thanks	tell me	-0.0807
thanks	tell you	0.1282
thanks	ten	-0.0318
thanks	term	-0.0693
thanks	test the	0.0468
thanks	test ~number	0.0468
thanks	text	0.0272
thanks	text you	0.0272
thanks	than	-0.0228
thanks	than i	0.0241
thanks	thank	3.308
thanks	thank a	0.2473
thanks	thank again	0.3738
thanks	thank for	0.8611
thanks	thank heap	0.0461
thanks	thank i	-0.0248
thanks	thank so	0.4459
thanks	thank that	0.0854
thanks	thank to	-0.2636
thanks	thank you	1.2262
thanks	thank ~later	0.3738
thanks	thank ~number	0.1516
thanks	that	0.4793
thanks	that about	-0.0629
thanks	that answer	0.1422
thanks	that articl	0.0209
thanks	that cover	0.0354
thanks	that how	0.1118
thanks	that i	-0.12
thanks	that is	0.4239
thanks	that much	-0.0341
thanks	that realli	-0.0333
thanks	that the	0.0286
thanks	that was	0.0361
thanks	that you	-0.0843
thanks	that ~want	-0.0414
thanks	the	0.0589
thanks	the advic	0.0646
thanks	the articl	-0.0707
thanks	the best	-0.027
thanks	the call	0.0528
thanks	the career	-0.0241
thanks	the certif	-0.0254
thanks	the clock	-0.0383
thanks	the counti	0.0262
thanks	the day	-0.0276
thanks	the downsid	0.1225
thanks	the end	-0.0236
thanks	the favor	-0.0238
thanks	the field	-0.0317
thanks	the hackathon	-0.025
thanks	the half	-0.0295
thanks	the hard	0.0241
thanks	the hour	0.1542
thanks	the interview	0.0418
thanks	the job	-0.0585
thanks	the jump	0.0248
thanks	the kind	0.034
thanks	the link	-0.0458
thanks	the lunch	-0.0258
thanks	the main	-0.022
thanks	the militari	-0.049
thanks	the most	0.0252
thanks	the night	0.0285
thanks	the other	0.0523
thanks	the product	0.0322
thanks	the recruit	-0.028
thanks	the region	0.0348
thanks	the spring	0.1476
thanks	the switch	-0.0204
thanks	the time	0.2075
thanks	the tip	0.0882
thanks	the twenti	-0.0364
thanks	the ~contactverb	0.0494
thanks	the ~degree	-0.0425
thanks	the ~gatekeeper	-0.0392
thanks	the ~hiring	-0.0227
thanks	the ~insight	0.0379
thanks	the ~job	-0.0769
thanks	the ~learn	-0.0205
thanks	the ~limit	0.2917
thanks	the ~number	-0.0651
thanks	the ~org	-0.0605
thanks	the ~people	-0.0226
thanks	the ~student	-0.075
thanks	the ~talk	0.0459
thanks	the ~timeunit	0.1542
thanks	their	-0.0226
thanks	then	0.1431
thanks	there	0.1866
thanks	there a	-0.0441
thanks	there anyon	0.1038
thanks	there for	-0.0889
thanks	there i	0.1173
thanks	there is	-0.0253
thanks	there so	-0.0738
thanks	there ~number	-0.0487
thanks	there ~people	0.0787
thanks	these	-0.0292
thanks	they are	0.0366
thanks	thing	-0.1404
thanks	think	-0.1333
thanks	think about	0.0405
thanks	think i	-0.1078
thanks	think of	-0.0466
thanks	think that	-0.0534
thanks	think the	0.0738
thanks	think ~number	0.0718
thanks	this	0.4169
thanks	this a	0.0655
thanks	this befor	0.0293
thanks	this chat	0.0642
thanks	this evening	-0.029
thanks	this field	-0.1396
thanks	this focus	-0.0316
thanks	this has	0.0816
thanks	this i	0.0257
thanks	this is	-0.0822
thanks	this realli	0.1466
thanks	this summer	-0.0312
thanks	this thank	0.0397
thanks	this to	-0.0207
thanks	this was	0.2419
thanks	this ~closing	-0.0502
thanks	this ~number	0.0655
thanks	this ~talk	0.047
thanks	this ~want	0.1657
thanks	tho	-0.0225
thanks	those	0.0422
thanks	those are	0.0399
thanks	thought	-0.0806
thanks	three	-0.0288
thanks	through	-0.0612
thanks	through a	-0.0329
thanks	through ~number	-0.0394
thanks	time	0.2653
thanks	time do	-0.0236
thanks	time for	0.0251
thanks	time i	-0.0308
thanks	time is	0.0627
thanks	time so	-0.0818
thanks	time today	0.2739
thanks	time when	0.0547
thanks	time ~help	-0.0236
thanks	tip	0.0707
thanks	to	-0.5906
thanks	to a	-0.0934
thanks	to and	0.0204
thanks	to ask	0.0521
thanks	to be	-0.1239
thanks	to beta	0.0533
thanks	to chat	0.0594
thanks	to choos	0.0606
thanks	to cut	-0.0204
thanks	to data	-0.0253
thanks	to day	-0.0349
thanks	to decid	-0.0205
thanks	to eat	0.0508
thanks	to figur	-0.0263
thanks	to hear	-0.0421
thanks	to help	-0.0391
thanks	to it	0.1021
thanks	to keep	-0.0459
thanks	to know	0.0311
thanks	to leav	-0.0316
thanks	to let	0.0416
thanks	to me	0.0336
thanks	to meet	-0.0224
thanks	to my	-0.1633
thanks	to next	0.0305
thanks	to pick	-0.02
thanks	to reach	0.0216
thanks	to say	-0.055
thanks	to send	0.1231
thanks	to stay	-0.041
thanks	to talk	0.1419
thanks	to tell	0.0322
thanks	to the	-0.05
thanks	to think	0.055
thanks	to this	0.075
thanks	to understand	-0.0552
thanks	to work	-0.0307
thanks	to you	-0.0498
thanks	to your	-0.0249
thanks	to ~closing	-0.0363
thanks	to ~contactverb	0.0389
thanks	to ~help	-0.0497
thanks	to ~learn	-0.2013
thanks	to ~limit	-0.056
thanks	to ~number	-0.1616
thanks	to ~people	-0.0354
thanks	to ~sendverb	0.0924
thanks	to ~student	-0.0219
thanks	to ~talk	0.2526
thanks	today	0.0982
thanks	today and	-0.0513
thanks	today is	-0.0306
thanks	tomorrow	-0.0298
thanks	ton	0.0881
thanks	tonight	-0.1368
thanks	tonight and	-0.021
thanks	tonight to	-0.0667
thanks	too	-0.1004
thanks	too much	-0.0307
thanks	too or	-0.0394
thanks	total	-0.0806
thanks	total understand	-0.031
thanks	total ~learn	-0.031
thanks	touch	0.025
thanks	touch with	-0.0274
thanks	toward	-0.0596
thanks	tri	-0.1561
thanks	tri to	-0.1385
thanks	truli	0.2282
thanks	twenti	0.0348
thanks	twenti minut	0.0352
thanks	twenti ~limit	0.0352
thanks	twenti ~timeunit	0.0352
thanks	two	-0.0634
thanks	two ~duration	-0.0258
thanks	typic	-0.074
thanks	typic week	-0.0397
thanks	typic ~closing	-0.0465
thanks	um	0.0502
thanks	understand	-0.0994
thanks	understand the	-0.0315
thanks	understand ~number	-0.0315
thanks	uni	-0.0215
thanks	up	0.2421
thanks	up a	0.0552
thanks	up ani	-0.0882
thanks	up most	0.1371
thanks	up on	0.1579
thanks	up the	0.0508
thanks	up with	0.0988
thanks	up your	0.0419
thanks	up ~number	0.106
thanks	up ~studyverb	-0.0545
thanks	updat	0.1807
thanks	updat in	0.1543
thanks	updat on	0.0425
thanks	us	-0.1273
thanks	us leav	-0.0746
thanks	use	0.1692
thanks	use to	-0.0459
thanks	usual	-0.0714
thanks	ux research	0.0323
thanks	ux ~learn	0.0337
thanks	vacanc	-0.0217
thanks	vacat	0.0476
thanks	valu	-0.0282
thanks	valu your	-0.0215
thanks	veri clear	-0.0267
thanks	veri much	-0.0215
thanks	versus	-0.0211
thanks	volunt	-0.0388
thanks	wait	-0.0733
thanks	wait so	-0.0206
thanks	wait whi	-0.0205
thanks	walk	-0.0538
thanks	walk me	-0.047
thanks	want	-0.1466
thanks	want someon	0.0468
thanks	want to	-0.1574
thanks	want ~people	0.0468
thanks	was	0.0405
thanks	was great	0.0986
thanks	was incred	0.0552
thanks	was realli	0.0292
thanks	was so	0.0292
thanks	was super	0.0664
thanks	was ~number	-0.038
thanks	way	-0.0745
thanks	way i	-0.028
thanks	way to	0.0231
thanks	we	-0.2321
thanks	we agre	-0.0444
thanks	we can	-0.0267
thanks	we hang	0.0244
thanks	we onli	-0.028
thanks	we still	-0.0229
thanks	we ~talk	-0.0209
thanks	week	-0.1467
thanks	weekend	-0.0338
thanks	weekend and	0.0549
thanks	weird	-0.0415
thanks	weird if	-0.0238
thanks	well	0.2039
thanks	well i	0.0854
thanks	well that	0.1212
thanks	went	0.0329
thanks	were	-0.1042
thanks	were start	-0.0572
thanks	what	-0.5805
thanks	what a	-0.0223
thanks	what are	-0.0336
thanks	what do	-0.0367
thanks	what doe	-0.0712
thanks	what i	0.0527
thanks	what is	-0.1566
thanks	what kind	-0.0292
thanks	what made	0.0524
thanks	what skill	-0.0234
thanks	what the	-0.0236
thanks	what would	-0.0307
thanks	what you	-0.0474
thanks	what ~help	-0.0367
thanks	what ~number	-0.0523
thanks	what ~want	-0.0307
thanks	when	-0.0476
thanks	when i	-0.0225
thanks	where	-0.0643
thanks	whether	-0.065
thanks	whether this	-0.027
thanks	whether ~number	-0.0435
thanks	whi	-0.1152
thanks	whi i	-0.0766
thanks	which	-0.1922
thanks	which is	-0.0345
thanks	which ~degree	-0.0275
thanks	while	-0.0257
thanks	who	-0.1946
thanks	who is	-0.0405
thanks	who would	-0.0254
thanks	who ~want	-0.0254
thanks	who ~workverb	0.0239
thanks	whose	-0.0613
thanks	will	0.0325
thanks	will be	-0.0369
thanks	will connect	0.0208
thanks	will def	-0.0969
thanks	will drop	0.0609
thanks	will email	0.0233
thanks	will follow	0.08
thanks	will keep	-0.0878
thanks	will leav	0.1017
thanks	will let	0.098
thanks	will not	-0.0236
thanks	will report	-0.0475
thanks	will send	-0.1754
thanks	will sign	-0.0514
thanks	will stop	0.1224
thanks	will to	-0.0244
thanks	will tri	-0.0406
thanks	will write	0.0609
thanks	will ~contactverb	0.1549
thanks	will ~sendverb	-0.1119
thanks	will ~talk	0.1331
thanks	will ~want	-0.0377
thanks	wish	-0.0565
thanks	wish you	-0.0451
thanks	with	-0.0297
thanks	with all	0.036
thanks	with anyth	-0.0261
thanks	with me	0.2629
thanks	with someon	-0.025
thanks	with the	0.0929
thanks	with this	0.0256
thanks	with you	-0.0718
thanks	with your	-0.0734
thanks	with ~number	0.0798
thanks	with ~people	-0.0346
thanks	wonder	0.0383
thanks	wonder ~closing	0.0673
thanks	word	-0.0233
thanks	work	-0.2145
thanks	work for	-0.0233
thanks	work in	-0.0221
thanks	work on	-0.0241
thanks	work so	0.0229
thanks	worri	-0.0206
thanks	worth	-0.1101
thanks	worth it	-0.0566
thanks	would	-0.5545
thanks	would be	-0.1399
thanks	would it	0.0818
thanks	would realli	-0.1412
thanks	would recommend	-0.0447
thanks	would suggest	0.102
thanks	would you	-0.2059
thanks	would ~want	-0.1277
thanks	wow	-0.0442
thanks	wow it	-0.0368
thanks	wow ok	-0.0289
thanks	wrap	-0.065
thanks	wrap up	-0.0233
thanks	write	0.0419
thanks	write up	0.0885
thanks	yeah	-0.0608
thanks	year	-0.1831
thanks	year and	-0.037
thanks	year in	-0.0293
thanks	year teach	0.0259
thanks	yes	0.0409
thanks	you	0.1528
thanks	you a	-0.053
thanks	you after	-0.0383
thanks	you again	0.1606
thanks	you agre	0.2151
thanks	you and	0.1103
thanks	you are	0.0714
thanks	you be	0.0361
thanks	you beyond	-0.0396
thanks	you can	-0.1029
thanks	you card	-0.0234
thanks	you carv	0.0448
thanks	you could	0.0764
thanks	you decid	-0.0324
thanks	you email	-0.0786
thanks	you even	0.025
thanks	you ever	0.0565
thanks	you finish	-0.0247
thanks	you for	0.389
thanks	you gave	0.021
thanks	you get	0.128
thanks	you give	0.0421
thanks	you guy	-0.0293
thanks	you have	-0.127
thanks	you i	-0.0231
thanks	you in	-0.0417
thanks	you is	0.0732
thanks	you keep	0.0513
thanks	you leav	0.0712
thanks	you let	0.0601
thanks	you long	-0.0239
thanks	you made	0.1099
thanks	you mayb	-0.0202
thanks	you mention	0.1129
thanks	you need	-0.0638
thanks	you note	-0.2326
thanks	you on	-0.0247
thanks	you onli	-0.0264
thanks	you out	-0.0245
thanks	you pick	0.043
thanks	you post	-0.0367
thanks	you rather	-0.0255
thanks	you recommend	-0.0786
thanks	you run	0.0481
thanks	you said	-0.0512
thanks	you send	-0.053
thanks	you share	0.026
thanks	you so	0.0643
thanks	you spend	-0.0207
thanks	you squeez	0.2008
thanks	you stay	0.0375
thanks	you suggest	-0.0368
thanks	you take	0.1084
thanks	you tell	-0.034
thanks	you thank	0.0303
thanks	you that	-0.0504
thanks	you the	-0.0231
thanks	you this	0.1191
thanks	you to	-0.0329
thanks	you too	-0.0221
thanks	you truli	0.0662
thanks	you walk	-0.0328
thanks	you were	-0.0918
thanks	you wish	-0.0296
thanks	you work	-0.0251
thanks	you ~contactverb	-0.0815
thanks	you ~gatekeeper	-0.0222
thanks	you ~help	-0.0414
thanks	you ~hiring	0.1006
thanks	you ~later	0.131
thanks	you ~learn	0.1192
thanks	you ~number	-0.0869
thanks	you ~sendverb	-0.1454
thanks	you ~studyverb	0.1266
thanks	you ~talk	-0.0935
thanks	you ~want	-0.0528
thanks	your	-0.134
thanks	your advic	0.1081
thanks	your afternoon	0.1711
thanks	your card	-0.0276
thanks	your compani	-0.0465
thanks	your depart	-0.0268
thanks	your end	0.155
thanks	your field	-0.0268
thanks	your first	-0.0216
thanks	your honest	-0.0339
thanks	your lunch	0.0894
thanks	your morn	-0.035
thanks	your next	-0.0885
thanks	your offic	0.053
thanks	your saturday	0.0253
thanks	your schedul	0.0736
thanks	your slam	0.075
thanks	your team	-0.0588
thanks	your time	0.0788
thanks	your week	-0.1203
thanks	your work	-0.0208
thanks	your ~insight	0.092
thanks	your ~learn	-0.0212
thanks	your ~limit	0.3878
thanks	your ~org	-0.1129
thanks	your ~student	-0.0216
thanks	your ~talk	-0.0226
thanks	your ~workverb	-0.0208
thanks	~application	-0.0628
thanks	~closing	0.129
thanks	~closing and	0.0747
thanks	~closing is	-0.0283
thanks	~closing look	-0.0323
thanks	~closing of	-0.0804
thanks	~closing shift	0.0226
thanks	~closing so	0.1442
thanks	~closing thank	0.1036
thanks	~closing to	-0.0421
thanks	~closing with	-0.0328
thanks	~contactverb	-0.0401
thanks	~contactverb after	0.0528
thanks	~contactverb it	-0.0415
thanks	~contactverb later	0.0223
thanks	~contactverb on	0.0402
thanks	~contactverb out	0.0524
thanks	~contactverb to	0.0374
thanks	~contactverb tonight	-0.1009
thanks	~contactverb up	0.0885
thanks	~contactverb with	-0.0418
thanks	~degree	-0.2426
thanks	~degree grad	0.0308
thanks	~degree in	-0.0756
thanks	~degree is	-0.0404
thanks	~degree program	-0.0428
thanks	~duration	-0.2198
thanks	~duration and	-0.037
thanks	~duration in	-0.0344
thanks	~duration teach	0.0259
thanks	~gatekeeper	-0.1274
thanks	~gatekeeper in	-0.0211
thanks	~gatekeeper intern	-0.024
thanks	~gatekeeper junior	0.082
thanks	~gatekeeper manag	-0.0308
thanks	~help	-0.1276
thanks	~help for	0.0908
thanks	~help not	0.0263
thanks	~help peopl	-0.033
thanks	~help to	-0.0419
thanks	~help with	-0.0596
thanks	~help you	-0.2022
thanks	~hiring	0.0838
thanks	~hiring intern	-0.024
thanks	~hiring junior	0.082
thanks	~hiring manag	-0.0308
thanks	~hiring the	0.0559
thanks	~insight	-0.0477
thanks	~insight a	0.0306
thanks	~insight care	0.0426
thanks	~insight for	-0.031
thanks	~insight it	0.0315
thanks	~insight of	-0.0252
thanks	~insight up	-0.099
thanks	~job	-0.4845
thanks	~job i	-0.1169
thanks	~job that	-0.0235
thanks	~later	0.3131
thanks	~later and	0.2275
thanks	~later for	0.0995
thanks	~later i	0.0654
thanks	~later if	-0.0248
thanks	~later onc	-0.0255
thanks	~later today	-0.0773
thanks	~learn	-0.312
thanks	~learn a	-0.03
thanks	~learn about	0.0664
thanks	~learn actual	0.0498
thanks	~learn and	-0.0318
thanks	~learn back	0.1334
thanks	~learn for	-0.0272
thanks	~learn go	0.034
thanks	~learn i	0.0457
thanks	~learn if	-0.0692
thanks	~learn in	-0.0301
thanks	~learn of	-0.0202
thanks	~learn on	-0.0846
thanks	~learn or	0.0852
thanks	~learn out	-0.0947
thanks	~learn the	-0.0482
thanks	~learn this	-0.0227
thanks	~learn up	0.0473
thanks	~learn we	-0.0442
thanks	~learn what	0.1131
thanks	~learn whether	-0.0441
thanks	~learn with	-0.0213
thanks	~learn you	-0.1126
thanks	~learn your	0.0693
thanks	~limit	0.4475
thanks	~limit and	0.0941
thanks	~limit break	0.0331
thanks	~limit do	-0.0253
thanks	~limit hour	0.0608
thanks	~limit i	-0.0245
thanks	~limit is	0.0785
thanks	~limit left	-0.0344
thanks	~limit look	-0.023
thanks	~limit or	-0.0231
thanks	~limit out	0.1151
thanks	~limit thank	0.1036
thanks	~limit to	-0.0367
thanks	~limit today	0.2638
thanks	~limit we	-0.0488
thanks	~limit when	0.0527
thanks	~limit you	0.0289
thanks	~number	-0.4854
thanks	~number advic	0.0646
thanks	~number an	-0.0274
thanks	~number articl	-0.0707
thanks	~number best	-0.027
thanks	~number big	-0.0609
thanks	~number call	0.0521
thanks	~number career	-0.0914
thanks	~number certif	-0.0304
thanks	~number chemistri	-0.0557
thanks	~number client	0.0461
thanks	~number clock	-0.0383
thanks	~number close	-0.0241
thanks	~number counti	0.0262
thanks	~number coupl	-0.0424
thanks	~number data	-0.0214
thanks	~number downsid	0.1225
thanks	~number end	-0.0236
thanks	~number favor	-0.0238
thanks	~number few	-0.0552
thanks	~number field	-0.0337
thanks	~number good	0.0321
thanks	~number great	-0.0471
thanks	~number hackathon	-0.025
thanks	~number half	-0.0295
thanks	~number hand	0.0571
thanks	~number hour	0.0912
thanks	~number interview	0.0247
thanks	~number intro	0.021
thanks	~number job	-0.0937
thanks	~number jump	0.0248
thanks	~number kind	0.034
thanks	~number last	-0.0215
thanks	~number librari	0.0721
thanks	~number line	0.0496
thanks	~number link	-0.0505
thanks	~number littl	0.0643
thanks	~number long	0.0236
thanks	~number lot	0.083
thanks	~number lunch	-0.0272
thanks	~number main	-0.022
thanks	~number master	-0.0357
thanks	~number militari	-0.049
thanks	~number million	0.1705
thanks	~number more	-0.034
thanks	~number most	0.0252
thanks	~number new	-0.0334
thanks	~number nice	-0.0289
thanks	~number normal	-0.0314
thanks	~number note	0.0874
thanks	~number of	-0.0253
thanks	~number offer	0.0484
thanks	~number other	0.051
thanks	~number pack	0.2198
thanks	~number paraleg	-0.021
thanks	~number past	-0.0301
thanks	~number posit	-0.0344
thanks	~number product	0.0238
thanks	~number project	-0.0334
thanks	~number proper	0.1032
thanks	~number quick	-0.0983
thanks	~number real	0.0406
thanks	~number recent	0.0305
thanks	~number recruit	-0.0298
thanks	~number referr	-0.0329
thanks	~number region	0.0333
thanks	~number second	0.0567
thanks	~number shall	0.0236
thanks	~number short	0.088
thanks	~number spring	0.1455
thanks	~number stat	0.0273
thanks	~number student	-0.0272
thanks	~number switch	-0.0258
thanks	~number thank	-0.2397
thanks	~number time	0.1869
thanks	~number tip	0.0882
thanks	~number ton	0.0881
thanks	~number twenti	-0.0364
thanks	~number typic	-0.0576
thanks	~number veri	-0.0204
thanks	~number week	-0.0251
thanks	~number wonder	0.0673
thanks	~number work	-0.0212
thanks	~number year	-0.0652
thanks	~org	-0.2277
thanks	~org and	-0.0253
thanks	~org chemistri	0.0209
thanks	~org ever	-0.0299
thanks	~org for	-0.025
thanks	~org is	0.0842
thanks	~org work	0.067
thanks	~people	-0.2177
thanks	~people do	-0.0246
thanks	~people els	0.0562
thanks	~people get	-0.0219
thanks	~people in	-0.0661
thanks	~people is	-0.0405
thanks	~people on	-0.0352
thanks	~people to	0.036
thanks	~people who	-0.0482
thanks	~people would	-0.0282
thanks	~people you	0.0267
thanks	~sendverb	-0.2185
thanks	~sendverb it	-0.0339
thanks	~sendverb later	0.0223
thanks	~sendverb my	-0.0359
thanks	~sendverb over	0.0746
thanks	~sendverb thank	-0.0886
thanks	~sendverb to	0.0391
thanks	~sendverb tonight	-0.1009
thanks	~sendverb you	-0.1349
thanks	~student	-0.5099
thanks	~student and	-0.0285
thanks	~student associ	-0.0269
thanks	~student at	0.0651
thanks	~student come	0.0589
thanks	~student for	-0.0416
thanks	~student in	-0.0252
thanks	~student of	0.0226
thanks	~student role	-0.0222
thanks	~student who	-0.0544
thanks	~studyverb	-0.1549
thanks	~studyverb a	-0.0629
thanks	~studyverb into	-0.0547
thanks	~studyverb my	-0.0397
thanks	~studyverb not	-0.0389
thanks	~studyverb that	-0.0327
thanks	~studyverb the	0.1945
thanks	~studyverb this	0.0384
thanks	~studyverb you	-0.1535
thanks	~talk	0.0472
thanks	~talk about	0.0776
thanks	~talk i	0.0694
thanks	~talk in	-0.0232
thanks	~talk it	-0.0415
thanks	~talk later	0.0223
thanks	~talk me	-0.0273
thanks	~talk on	0.032
thanks	~talk out	0.04
thanks	~talk to	0.1222
thanks	~talk tonight	-0.1009
thanks	~talk with	0.1706
thanks	~talk you	-0.031
thanks	~timeunit	0.0344
thanks	~timeunit and	0.0335
thanks	~timeunit are	0.0315
thanks	~timeunit for	-0.0251
thanks	~timeunit i	0.0671
thanks	~timeunit left	-0.0336
thanks	~timeunit so	-0.0503
thanks	~timeunit we	-0.0438
thanks	~want	0.5908
thanks	~want a	-0.0723
thanks	~want all	0.1592
thanks	~want appreci	0.5721
thanks	~want be	-0.1399
thanks	~want for	-0.0436
thanks	~want gather	-0.0305
thanks	~want grate	-0.029
thanks	~want here	0.0611
thanks	~want how	-0.0209
thanks	~want in	-0.0428
thanks	~want interest	-0.0221
thanks	~want it	0.5596
thanks	~want just	-0.0417
thanks	~want kind	0.0316
thanks	~want my	0.0962
thanks	~want realli	-0.142
thanks	~want recommend	-0.0447
thanks	~want someon	0.0468
thanks	~want suggest	0.102
thanks	~want thank	0.0386
thanks	~want that	0.1056
thanks	~want the	0.0971
thanks	~want this	-0.0503
thanks	~want to	-0.2132
thanks	~want use	0.149
thanks	~want valu	-0.0233
thanks	~want want	-0.0622
thanks	~want whi	-0.0215
thanks	~want you	0.3751
thanks	~want your	-0.0634
thanks	~workverb	-0.1575
thanks	~workverb a	0.0218
thanks	~workverb do	-0.0284
thanks	~workverb eight	0.0272
thanks	~workverb for	-0.0212
thanks	~workverb high	0.027
thanks	~workverb in	-0.0327
thanks	~workverb like	0.021
thanks	~workverb on	-0.0231
thanks	~workverb over	-0.0426
thanks	~workverb so	0.1082
thanks	~workverb the	0.0305
thanks	~workverb to	0.0327
give_back	*	-3.1506
give_back	3	-0.0368
give_back	3 oclock	-0.0205
give_back	?	-0.825
give_back	^alright	0.0441
give_back	^and	-0.0336
give_back	^anyth	0.0668
give_back	^are	-0.1628
give_back	^befor	0.0559
give_back	^can	-0.0579
give_back	^could	-0.1098
give_back	^did	0.0586
give_back	^do	-0.2973
give_back	^doe	-0.0601
give_back	^enjoy	-0.021
give_back	^give	0.1341
give_back	^go	-0.0214
give_back	^good	-0.0242
give_back	^got	-0.0239
give_back	^happi	0.3416
give_back	^have	0.0629
give_back	^hey	-0.0306
give_back	^hi	-0.0742
give_back	^how	-0.0372
give_back	^i	-0.2165
give_back	^if	0.3569
give_back	^in	0.0531
give_back	^it	0.1136
give_back	^just	-0.0248
give_back	^mind	-0.0498
give_back	^my	-0.0375
give_back	^no	-0.0439
give_back	^oh	-0.0553
give_back	^ok	-0.1665
give_back	^okafor	-0.0391
give_back	^omg	-0.0368
give_back	^onc	-0.0356
give_back	^pleas	0.0956
give_back	^quick	-0.0213
give_back	^realli	-0.0352
give_back	^right	-0.0467
give_back	^shall	-0.0264
give_back	^should	-0.0297
give_back	^sinc	0.0458
give_back	^so	-0.0587
give_back	^sorri	-0.0952
give_back	^tell	-0.0205
give_back	^thank	-0.1897
give_back	^that	-0.1869
give_back	^total	-0.0774
give_back	^wait	-0.0223
give_back	^we	-0.033
give_back	^well	-0.023
give_back	^what	-0.1872
give_back	^when	-0.0239
give_back	^where	-0.0979
give_back	^which	0.2185
give_back	^who	-0.0835
give_back	^would	0.1397
give_back	^wow	-0.0201
give_back	^yeah	-0.0321
give_back	a	-0.5415
give_back	a big	-0.0232
give_back	a bit	-0.0266
give_back	a career	-0.033
give_back	a confer	0.0912
give_back	a connect	-0.0236
give_back	a coupl	-0.0657
give_back	a few	-0.0255
give_back	a fit	-0.0249
give_back	a gen	0.0965
give_back	a good	-0.0514
give_back	a great	-0.0201
give_back	a hand	0.2394
give_back	a job	-0.0364
give_back	a junior	-0.021
give_back	a line	-0.029
give_back	a look	0.1869
give_back	a master	-0.0229
give_back	a name	-0.0403
give_back	a part	-0.0346
give_back	a posit	-0.041
give_back	a quick	-0.0513
give_back	a referr	-0.0216
give_back	a role	-0.022
give_back	a shall	0.0249
give_back	a short	0.0676
give_back	a student	0.0907
give_back	a thank	0.0629
give_back	a typic	-0.0353
give_back	a ~closing	-0.0215
give_back	a ~degree	-0.07
give_back	a ~job	-0.1068
give_back	a ~number	-0.0884
give_back	abil	-0.0421
give_back	abil should	-0.0263
give_back	about	-0.0749
give_back	about it	-0.0261
give_back	about my	0.0269
give_back	about the	-0.0222
give_back	about ~number	-0.0485
give_back	about ~org	0.0652
give_back	account	-0.0483
give_back	actual	-0.0239
give_back	actual look	0.0336
give_back	actual use	-0.0319
give_back	actual ~help	-0.0591
give_back	actual ~want	0.0264
give_back	add	-0.066
give_back	add you	-0.0618
give_back	administr	-0.0281
give_back	advic	-0.1284
give_back	advic on	-0.0289
give_back	affect	-0.0264
give_back	affect your	-0.0251
give_back	after	-0.1576
give_back	after a	-0.0204
give_back	after the	-0.0345
give_back	after ~number	-0.0638
give_back	afternoon	-0.0653
give_back	again	-0.0717
give_back	again and	0.0298
give_back	agenc	-0.0255
give_back	agre	-0.064
give_back	agre to	-0.033
give_back	ai	0.0802
give_back	all	-0.1682
give_back	all i	-0.0286
give_back	all my	0.0273
give_back	all of	-0.02
give_back	all right	-0.0407
give_back	all the	-0.0366
give_back	all ~number	-0.0366
give_back	almost	-0.0288
give_back	almost out	-0.0222
give_back	along	-0.0431
give_back	along to	-0.024
give_back	alreadi	-0.0556
give_back	alright	-0.032
give_back	alright i	0.0481
give_back	alright if	-0.0415
give_back	also	-0.0289
give_back	alumni	0.0259
give_back	alway	-0.0201
give_back	am	0.1195
give_back	am a	-0.0806
give_back	am actual	0.0927
give_back	am around	0.1264
give_back	am consid	-0.0321
give_back	am curious	-0.0216
give_back	am go	-0.0689
give_back	am hope	-0.0623
give_back	am in	0.0209
give_back	am just	-0.0208
give_back	am not	-0.0933
give_back	am pretti	0.1129
give_back	am still	0.0296
give_back	am tri	-0.0221
give_back	am your	0.1146
give_back	am ~number	-0.1286
give_back	am ~studyverb	-0.0354
give_back	am ~want	-0.1886
give_back	an	-0.0765
give_back	an averag	-0.0206
give_back	an extra	0.2475
give_back	an intro	-0.0461
give_back	an ~degree	-0.0237
give_back	an ~job	-0.036
give_back	an ~student	-0.0214
give_back	an ~talk	-0.0299
give_back	analyst	-0.137
give_back	analyst do	-0.0378
give_back	analyst ~help	-0.0378
give_back	analyst ~job	-0.0345
give_back	and	-0.1328
give_back	and i	-0.1272
give_back	and let	0.1618
give_back	and now	-0.0219
give_back	and pleas	0.0454
give_back	and tell	0.1191
give_back	and thank	-0.0243
give_back	and we	-0.0323
give_back	and ~contactverb	0.0382
give_back	and ~sendverb	-0.0235
give_back	and ~want	-0.0246
give_back	ani	0.2003
give_back	ani chanc	-0.0509
give_back	ani more	-0.0571
give_back	ani open	-0.0589
give_back	ani way	0.2716
give_back	ani ~job	-0.0329
give_back	ani ~people	-0.0219
give_back	ani ~student	0.0926
give_back	anoth	-0.0263
give_back	answer	-0.0354
give_back	anyon	-0.1736
give_back	anyon els	-0.0418
give_back	anyon in	-0.0479
give_back	anyon who	-0.0211
give_back	anyon ~people	-0.0211
give_back	anyth	0.7146
give_back	anyth i	0.4751
give_back	anyth just	0.0218
give_back	anyth on	0.2971
give_back	anyth open	-0.0658
give_back	anyth you	-0.0235
give_back	anyth ~want	0.0218
give_back	app	0.3181
give_back	app i	0.0583
give_back	appli	-0.2744
give_back	appli for	-0.0459
give_back	appli to	-0.1004
give_back	applic	-0.0745
give_back	appreci	-0.1362
give_back	appreci it	-0.0581
give_back	appreci you	-0.051
give_back	apprentic	-0.044
give_back	apprenticeship	-0.0222
give_back	are	-0.1784
give_back	are actual	0.0428
give_back	are almost	-0.0222
give_back	are near	0.057
give_back	are run	0.0262
give_back	are stay	0.0348
give_back	are the	-0.026
give_back	are there	-0.1211
give_back	are you	-0.0649
give_back	are ~number	-0.0285
give_back	are ~workverb	0.0208
give_back	around	0.0678
give_back	articl	0.03
give_back	articl about	0.0699
give_back	articl i	0.0273
give_back	articl on	-0.0431
give_back	as a	0.0686
give_back	as ~number	0.06
give_back	ask	0.0287
give_back	ask for	-0.0204
give_back	ask what	-0.074
give_back	associ	0.0757
give_back	associ you	0.1196
give_back	at	0.0385
give_back	at a	-0.0537
give_back	at it	-0.03
give_back	at like	0.187
give_back	at that	0.0867
give_back	at the	0.0589
give_back	at your	-0.0427
give_back	audit	-0.0245
give_back	averag	-0.0256
give_back	back	-0.2233
give_back	back after	-0.0262
give_back	back to	-0.0315
give_back	back ~want	-0.0262
give_back	background	-0.0399
give_back	bank	-0.0322
give_back	be	0.2967
give_back	be a	-0.0372
give_back	be alright	-0.0406
give_back	be brief	-0.0207
give_back	be build	-0.0318
give_back	be comfort	-0.0204
give_back	be consid	-0.1156
give_back	be glad	0.3335
give_back	be grate	-0.1196
give_back	be of	0.07
give_back	be ok	-0.0506
give_back	be open	-0.0225
give_back	be realli	-0.0591
give_back	be so	-0.0474
give_back	be thrill	-0.0314
give_back	be use	0.332
give_back	be weird	-0.0512
give_back	be will	-0.0481
give_back	be ~help	0.332
give_back	be ~number	-0.0522
give_back	be ~want	-0.0591
give_back	becaus	-0.0243
give_back	becom	-0.0275
give_back	been	0.0314
give_back	been a	0.0248
give_back	been so	0.1106
give_back	been the	-0.0201
give_back	befor	0.1329
give_back	befor appli	-0.0339
give_back	befor that	-0.0209
give_back	befor this	0.135
give_back	befor we	0.091
give_back	best	-0.0334
give_back	beta	0.1978
give_back	beta test	0.1567
give_back	better	-0.078
give_back	better at	-0.0531
give_back	between	-0.0798
give_back	between ~number	-0.0218
give_back	beyond	-0.0611
give_back	big	-0.0308
give_back	bit	-0.0357
give_back	book	-0.0379
give_back	bootcamp	0.0632
give_back	brazil	0.057
give_back	bridg	-0.0205
give_back	brief	-0.0249
give_back	bring	-0.0478
give_back	bring on	-0.0409
give_back	brutal	-0.0462
give_back	build	-0.0208
give_back	but	0.0255
give_back	but befor	0.0672
give_back	but if	0.0221
give_back	by	0.0248
give_back	bye	-0.0316
give_back	call	-0.0742
give_back	call it	-0.0211
give_back	can	1.0868
give_back	can be	0.1463
give_back	can do	0.2419
give_back	can end	-0.0209
give_back	can ever	0.1189
give_back	can give	-0.0342
give_back	can help	0.1737
give_back	can i	0.4305
give_back	can make	-0.0389
give_back	can pass	-0.0535
give_back	can return	0.0586
give_back	can see	-0.0659
give_back	can send	0.1071
give_back	can you	-0.0781
give_back	can ~help	0.44
give_back	can ~learn	-0.0748
give_back	can ~sendverb	0.0678
give_back	candid	-0.0514
give_back	capston	0.0753
give_back	card	-0.0219
give_back	care	-0.055
give_back	career	-0.0708
give_back	career changer	-0.0211
give_back	career in	-0.0285
give_back	case	0.0445
give_back	certif	-0.0485
give_back	chain	-0.0245
give_back	chanc	-0.1227
give_back	chanc i	0.0231
give_back	chanc of	-0.0728
give_back	chanc you	-0.0335
give_back	chanc your	-0.0312
give_back	chang	-0.0333
give_back	changer	-0.0211
give_back	chapter	0.0387
give_back	chariti	0.0986
give_back	chat	-0.0987
give_back	chat with	-0.0367
give_back	check	-0.0448
give_back	cheer for	-0.0284
give_back	choos	-0.0362
give_back	class	0.0658
give_back	classmat	0.0398
give_back	classroom	0.0201
give_back	clean	0.2372
give_back	clear	-0.0245
give_back	client	-0.0811
give_back	clinic	-0.0384
give_back	clock	-0.035
give_back	close	-0.0644
give_back	coffe	0.1243
give_back	colleagu	-0.081
give_back	collect	-0.021
give_back	colleg	0.0714
give_back	come	0.0745
give_back	come to	-0.0505
give_back	comfort	-0.0427
give_back	committe	0.1112
give_back	communiti colleg	-0.0228
give_back	compani	-0.0848
give_back	complet	-0.0323
give_back	conclud	-0.0265
give_back	confer	0.1114
give_back	connect request	-0.0236
give_back	consid	-0.1593
give_back	consult	-0.0429
give_back	contact	-0.0434
give_back	contact of	-0.0224
give_back	context	-0.0247
give_back	convers	-0.0317
give_back	cool	-0.0238
give_back	coordin	-0.0361
give_back	coordin ~job	-0.0256
give_back	could	0.828
give_back	could appli	-0.0331
give_back	could do	0.1268
give_back	could help	0.1241
give_back	could i	0.4398
give_back	could intern	-0.0399
give_back	could reach	-0.0258
give_back	could return	0.0554
give_back	could send	0.0292
give_back	could tri	-0.0246
give_back	could you	-0.1834
give_back	could ~contactverb	-0.0372
give_back	could ~help	0.3064
give_back	could ~learn	-0.0207
give_back	could ~sendverb	0.0287
give_back	could ~student	-0.0399
give_back	could ~talk	-0.0687
give_back	could ~want	-0.0246
give_back	count	0.2044
give_back	coupl	-0.0657
give_back	coupl of	-0.0257
give_back	cours	-0.0366
give_back	cover everyth	-0.0278
give_back	creativ	-0.0268
give_back	creativ director	-0.0255
give_back	credit	-0.0217
give_back	cultur	-0.0239
give_back	curious	-0.0426
give_back	curious about	-0.0229
give_back	cut	-0.0551
give_back	dashboard	0.1731
give_back	data	0.1557
give_back	data from	0.0753
give_back	data scienc	-0.0369
give_back	data scientist	-0.0354
give_back	data team	-0.0219
give_back	data ~org	-0.0276
give_back	day	-0.0256
give_back	decent	0.1101
give_back	decid	-0.0786
give_back	decid between	-0.0242
give_back	decis	0.0327
give_back	degre	-0.05
give_back	depart	-0.0708
give_back	depart this	-0.0296
give_back	describ	-0.028
give_back	design	-0.171
give_back	design is	-0.0405
give_back	design ~job	-0.0346
give_back	desk	0.0834
give_back	develop	-0.0261
give_back	did	-0.1023
give_back	did not	-0.0216
give_back	differ	-0.0704
give_back	direct	-0.0444
give_back	director	-0.0419
give_back	do	-0.379
give_back	do a	-0.0551
give_back	do befor	-0.0306
give_back	do differ	-0.0256
give_back	do first	-0.0297
give_back	do for	0.7043
give_back	do i	-0.0332
give_back	do just	0.0267
give_back	do not	-0.1024
give_back	do peopl	-0.0412
give_back	do this	-0.0847
give_back	do to	0.2384
give_back	do you	-0.6131
give_back	do ~number	-0.0836
give_back	do ~people	-0.0412
give_back	doe	-0.2505
give_back	doe a	-0.0259
give_back	doe the	-0.0233
give_back	doe your	-0.1001
give_back	doe ~number	-0.0492
give_back	done	-0.0619
give_back	down	-0.0913
give_back	down ~want	-0.0278
give_back	dr	-0.0475
give_back	drop	-0.0427
give_back	drop you	-0.0358
give_back	dure	-0.0652
give_back	earli	-0.0526
give_back	earlier	-0.0305
give_back	educ	-0.0258
give_back	elect	-0.0211
give_back	els	-0.1107
give_back	email	-0.1504
give_back	email later	0.041
give_back	email tonight	-0.0224
give_back	email you	-0.0814
give_back	email ~later	0.041
give_back	end	0.0276
give_back	end of	0.05
give_back	end up	-0.034
give_back	engin	-0.0946
give_back	enjoy	-0.0556
give_back	enjoy the	-0.0363
give_back	enjoy ~number	-0.0363
give_back	enough	-0.0482
give_back	enough of	-0.0346
give_back	entri	-0.022
give_back	entri level	-0.022
give_back	even	0.1494
give_back	even just	0.0683
give_back	even shall	0.0267
give_back	even ~want	0.0683
give_back	evening	-0.0316
give_back	event	0.1671
give_back	eventu	-0.0967
give_back	ever	0.7896
give_back	ever anyth	0.0506
give_back	ever be	0.0291
give_back	ever bring	-0.0409
give_back	ever help	0.071
give_back	ever need	0.2914
give_back	ever return	0.0797
give_back	ever so	-0.0299
give_back	ever want	0.314
give_back	ever ~help	0.1712
give_back	ever ~learn	-0.0606
give_back	ever ~want	0.253
give_back	everyth	-0.0859
give_back	everyth i	-0.0297
give_back	everyth on	-0.0299
give_back	exact	0.0576
give_back	exam	-0.0278
give_back	exercis	-0.0346
give_back	exercis to	-0.0242
give_back	experi	-0.0404
give_back	explain	-0.034
give_back	extra	0.3798
give_back	extra pair	0.2475
give_back	favor	0.3389
give_back	favor mayb	0.0638
give_back	favor somehow	0.0774
give_back	feedback	0.0981
give_back	feel	-0.0922
give_back	few	-0.0619
give_back	few month	-0.045
give_back	few ~duration	-0.0514
give_back	field	-0.1631
give_back	figur	-0.0252
give_back	fill	0.0356
give_back	final	-0.0316
give_back	financ	-0.0286
give_back	find	-0.0524
give_back	find last	0.0277
give_back	find out	-0.0421
give_back	fine	-0.0343
give_back	fine if	-0.0274
give_back	finish	-0.0449
give_back	finish is	0.0796
give_back	finish my	-0.0294
give_back	finish the	-0.0289
give_back	finish ~number	-0.039
give_back	fire	0.0387
give_back	firm	-0.0903
give_back	firm ever	-0.035
give_back	first	-0.0472
give_back	first gen	0.1017
give_back	first if	-0.0276
give_back	first year	-0.0219
give_back	first ~duration	-0.0219
give_back	fit	-0.042
give_back	fit for	-0.0237
give_back	five	-0.02
give_back	flight	-0.0308
give_back	flow	0.1096
give_back	flow i	0.1096
give_back	follow	-0.1073
give_back	follow up	-0.0658
give_back	for	0.3067
give_back	for a	-0.0923
give_back	for agre	-0.0248
give_back	for all	-0.0277
give_back	for an	-0.0568
give_back	for be	-0.0343
give_back	for in	0.0424
give_back	for junior	-0.0491
give_back	for me	-0.0236
give_back	for that	0.0904
give_back	for the	0.1777
give_back	for this	-0.1451
give_back	for today	-0.022
give_back	for you	0.6371
give_back	for your	0.2207
give_back	for ~hiring	-0.039
give_back	for ~number	0.0207
give_back	for ~people	-0.0261
give_back	for ~student	-0.0491
give_back	forecast	-0.021
give_back	forget	0.0594
give_back	forget i	0.0623
give_back	former	-0.0307
give_back	former ~people	-0.0242
give_back	forward	0.0915
give_back	forward my	-0.0264
give_back	found	-0.0219
give_back	free	0.094
give_back	freelanc	-0.0808
give_back	friend	-0.0261
give_back	from	0.0504
give_back	from a	-0.0222
give_back	from me	-0.0317
give_back	from my	0.1444
give_back	from our	0.0397
give_back	from the	0.0915
give_back	from ~number	0.068
give_back	fundrais	0.1303
give_back	game	-0.0691
give_back	gen	0.1982
give_back	gen z	0.0965
give_back	generos	-0.0217
give_back	generous	0.0335
give_back	get	-0.3726
give_back	get a	-0.0269
give_back	get back	-0.0294
give_back	get better	-0.0531
give_back	get into	-0.0835
give_back	get to	-0.0235
give_back	get ~number	-0.0475
give_back	give	0.1136
give_back	give me	-0.0761
give_back	give up	-0.0355
give_back	give ~people	0.0776
give_back	glad	0.3755
give_back	glad to	0.3813
give_back	go	-0.2772
give_back	go to	-0.0895
give_back	goe	0.1007
give_back	goe and	0.1677
give_back	good	-0.0617
give_back	good at	0.069
give_back	good rest	0.0894
give_back	good word	-0.0408
give_back	good ~closing	0.0713
give_back	got	-0.1196
give_back	got a	-0.026
give_back	got to	-0.022
give_back	got ~number	-0.032
give_back	grad	-0.0589
give_back	grad school	-0.0333
give_back	grad ~org	-0.0333
give_back	graduat	-0.0632
give_back	grant	0.0901
give_back	grate	-0.2385
give_back	grate for	-0.0447
give_back	grate if	-0.1678
give_back	grate you	-0.023
give_back	great that	0.0285
give_back	group	-0.0607
give_back	grow	-0.0212
give_back	guy	0.035
give_back	hackathon	-0.0237
give_back	hackathon and	-0.0237
give_back	had	-0.0887
give_back	half	-0.0335
give_back	half hour	-0.0216
give_back	half ~limit	-0.0216
give_back	half ~timeunit	-0.0216
give_back	hand	0.6028
give_back	hand with	0.1569
give_back	handi	0.134
give_back	handl	-0.0278
give_back	happi	0.5049
give_back	happi to	0.5133
give_back	happili	0.2714
give_back	hard	-0.0545
give_back	has	-0.0872
give_back	has been	-0.0725
give_back	has ~workverb	-0.0725
give_back	have	-0.2728
give_back	have ani	0.0564
give_back	have finish	-0.0225
give_back	have got	-0.0358
give_back	have help	0.0332
give_back	have hit	0.0864
give_back	have more	-0.0218
give_back	have taken	-0.0376
give_back	have to	-0.0557
give_back	have ~studyverb	-0.0232
give_back	health	-0.0241
give_back	hear	-0.1227
give_back	hear of	-0.0653
give_back	help	1.4624
give_back	help i	0.0249
give_back	help if	0.1409
give_back	help me	-0.0514
give_back	help new	-0.0679
give_back	help out	0.1965
give_back	help test	0.0261
give_back	help thank	0.0568
give_back	help to	0.3769
give_back	help with	0.3898
give_back	help you	0.3706
give_back	her	-0.029
give_back	here	-0.123
give_back	here so	0.0245
give_back	hesit	0.1507
give_back	hesit to	0.1507
give_back	hey	-0.0306
give_back	hi	-0.0742
give_back	hi i	-0.0226
give_back	high	-0.0381
give_back	hire	-0.175
give_back	hire manag	-0.0294
give_back	hire ~gatekeeper	-0.0294
give_back	hire ~student	-0.0204
give_back	hit	0.0854
give_back	hit the	0.0877
give_back	hit ~number	0.0877
give_back	home	-0.0236
give_back	honest	-0.056
give_back	honest i	-0.0622
give_back	honest if	0.1149
give_back	honest ~insight	-0.0374
give_back	hop	-0.0209
give_back	hope	-0.1235
give_back	hope this	0.0233
give_back	hope to	-0.0254
give_back	hope you	-0.0665
give_back	hospit staf	0.0544
give_back	hour	-0.1021
give_back	hous	-0.0322
give_back	how	-0.1121
give_back	how can	0.2372
give_back	how could	0.1672
give_back	how did	-0.0589
give_back	how do	-0.2141
give_back	how doe	-0.0297
give_back	how is	-0.0363
give_back	how it	0.0706
give_back	how long	-0.0244
give_back	how much	-0.0409
give_back	how my	0.0565
give_back	how the	-0.0645
give_back	how you	-0.0542
give_back	how ~help	-0.2141
give_back	how ~number	-0.0694
give_back	how ~studyverb	-0.0589
give_back	hunt	-0.0479
give_back	i	0.7723
give_back	i add	-0.0618
give_back	i am	0.1195
give_back	i appreci	-0.0283
give_back	i ask	-0.0963
give_back	i be	0.316
give_back	i can	0.9124
give_back	i connect	-0.0553
give_back	i could	0.4265
give_back	i do	0.2206
give_back	i email	-0.0702
give_back	i follow	-0.0345
give_back	i forget	0.0594
give_back	i had	-0.0591
give_back	i have	-0.1944
give_back	i help	0.0557
give_back	i just	-0.0564
give_back	i know	0.0275
give_back	i learn	-0.0271
give_back	i like	-0.0363
give_back	i mention	0.0481
give_back	i need	-0.0313
give_back	i practic	-0.0302
give_back	i promis	-0.0219
give_back	i reach	-0.0668
give_back	i realli	-0.0514
give_back	i return	0.157
give_back	i send	-0.1161
give_back	i sent	0.0766
give_back	i share	0.1177
give_back	i should	-0.1075
give_back	i spent	0.114
give_back	i start	-0.0224
give_back	i think	-0.1374
give_back	i took	-0.0215
give_back	i total	-0.0307
give_back	i want	-0.0914
give_back	i was	-0.0715
give_back	i will	-0.3213
give_back	i would	0.2956
give_back	i wrote	0.268
give_back	i ~contactverb	-0.1061
give_back	i ~help	0.6027
give_back	i ~insight	-0.0239
give_back	i ~learn	-0.1178
give_back	i ~org	-0.0302
give_back	i ~sendverb	-0.066
give_back	i ~studyverb	-0.0631
give_back	i ~talk	-0.2215
give_back	i ~want	0.0405
give_back	i ~workverb	0.0986
give_back	idea	-0.0247
give_back	if	1.016
give_back	if a	0.0414
give_back	if anyth	-0.0754
give_back	if i	0.1173
give_back	if it	0.0462
give_back	if so	-0.0451
give_back	if someth	-0.041
give_back	if that	0.1829
give_back	if there	0.1533
give_back	if you	0.5046
give_back	if your	0.138
give_back	if ~number	0.0357
give_back	illustr	-0.062
give_back	illustr ~workverb	-0.0575
give_back	in	-0.3827
give_back	in a	-0.1013
give_back	in ani	0.0897
give_back	in case	0.0737
give_back	in data	-0.0245
give_back	in mind	-0.0325
give_back	in my	0.0261
give_back	in polici	-0.026
give_back	in return	0.3078
give_back	in the	-0.1571
give_back	in their	-0.0362
give_back	in this	-0.038
give_back	in touch	-0.0529
give_back	in with	-0.0245
give_back	in your	-0.2571
give_back	in ~contactverb	-0.0566
give_back	in ~help	0.3078
give_back	in ~job	0.043
give_back	in ~number	-0.2664
give_back	in ~org	-0.0225
give_back	industri	-0.0613
give_back	inform	-0.0593
give_back	inform about	-0.0218
give_back	interest in	-0.0495
give_back	intern	-0.0812
give_back	internship	-0.0246
give_back	interview	-0.0848
give_back	into	-0.2707
give_back	into a	-0.0722
give_back	into ~number	-0.0794
give_back	intro	-0.0872
give_back	intro me	-0.0226
give_back	introduc	-0.0506
give_back	introduc me	-0.0287
give_back	introduct	-0.0399
give_back	is	-0.1645
give_back	is a	-0.0792
give_back	is all	-0.0711
give_back	is alright	-0.0274
give_back	is ani	0.0574
give_back	is anyon	-0.0313
give_back	is anyth	0.1256
give_back	is been	0.0682
give_back	is done	-0.0203
give_back	is ever	0.1239
give_back	is everyth	-0.0427
give_back	is for	-0.047
give_back	is help	0.0665
give_back	is it	-0.1089
give_back	is ok	-0.0286
give_back	is on	0.0523
give_back	is realli	-0.0321
give_back	is super	-0.0525
give_back	is that	-0.0314
give_back	is the	-0.1605
give_back	is there	0.3126
give_back	is work	0.0268
give_back	is your	-0.0483
give_back	is ~help	0.0819
give_back	is ~number	-0.2643
give_back	is ~people	-0.0365
give_back	is ~want	-0.0449
give_back	is ~workverb	0.0914
give_back	it	0.0472
give_back	it along	-0.0486
give_back	it be	-0.1474
give_back	it from	-0.028
give_back	it help	0.219
give_back	it if	-0.0504
give_back	it is	0.2431
give_back	it out	0.0396
give_back	it short	-0.0252
give_back	it there	-0.0589
give_back	it to	-0.0212
give_back	it would	0.042
give_back	it ~help	0.2293
give_back	it ~insight	0.1206
give_back	job	-0.1919
give_back	job hunt	-0.0475
give_back	join	-0.0221
give_back	jump	-0.0993
give_back	junior	-0.1536
give_back	junior analyst	-0.0396
give_back	junior in	-0.0363
give_back	just	0.1236
give_back	just ask	0.1213
give_back	just say	0.0221
give_back	just share	0.0426
give_back	just want	-0.0213
give_back	just ~learn	0.1205
give_back	just ~talk	0.1194
give_back	just ~want	-0.0435
give_back	keep	-0.2823
give_back	keep me	-0.115
give_back	keep you	-0.0997
give_back	kept	-0.0264
give_back	kept you	-0.0264
give_back	kind of	-0.0688
give_back	know	0.0741
give_back	know anyon	-0.0459
give_back	know how	0.1318
give_back	know if	0.0322
give_back	know it	-0.0248
give_back	know we	0.0581
give_back	know you	-0.0332
give_back	know your	-0.0338
give_back	know ~people	-0.052
give_back	lab	-0.0206
give_back	land	-0.0412
give_back	last	-0.0821
give_back	late	-0.0402
give_back	later	-0.0575
give_back	later and	0.043
give_back	law	-0.0269
give_back	lead	-0.0206
give_back	learn	-0.107
give_back	learn more	-0.0269
give_back	leav	-0.1117
give_back	leav it	-0.0553
give_back	leed	-0.0298
give_back	left	-0.0272
give_back	let	-0.0225
give_back	let me	0.0287
give_back	let you	-0.0213
give_back	level	-0.0323
give_back	librari	0.0372
give_back	licens	-0.0338
give_back	like	0.0389
give_back	like for	-0.0598
give_back	like from	0.0368
give_back	like me	0.084
give_back	like speak	0.0312
give_back	like the	0.1849
give_back	like this	-0.0401
give_back	like to	-0.0305
give_back	like ~number	0.168
give_back	like ~talk	0.0312
give_back	line	-0.0312
give_back	link	-0.0488
give_back	linkedin	-0.1354
give_back	linkedin after	-0.0242
give_back	linkedin and	0.0896
give_back	linkedin if	-0.0276
give_back	linkedin ~want	-0.0242
give_back	list	0.035
give_back	lmk	0.1152
give_back	logist	-0.0217
give_back	long	-0.0594
give_back	longer	-0.0272
give_back	look	0.1213
give_back	look at	0.1715
give_back	look like	-0.0538
give_back	lot of	0.0343
give_back	love	-0.0504
give_back	love it	-0.0414
give_back	love to	0.0563
give_back	love ~number	-0.0264
give_back	luck	-0.0206
give_back	luck with	-0.0206
give_back	lunch	-0.0609
give_back	lunch break	-0.0212
give_back	made	-0.0494
give_back	main	-0.03
give_back	make	0.1381
give_back	make myself	-0.0361
give_back	make sens	-0.038
give_back	make the	-0.0347
give_back	make your	-0.0389
give_back	make ~insight	-0.038
give_back	make ~number	-0.0551
give_back	manag	-0.0577
give_back	manag a	0.1354
give_back	manag ~number	0.131
give_back	mani	-0.0201
give_back	master	-0.058
give_back	materi	0.0932
give_back	matter	-0.0308
give_back	may	-0.0439
give_back	mayb share	0.0716
give_back	me	-0.3454
give_back	me a	-0.0202
give_back	me about	-0.0419
give_back	me for	-0.0669
give_back	me i	-0.0218
give_back	me if	0.0432
give_back	me in	-0.0701
give_back	me know	0.0609
give_back	me so	0.0306
give_back	me the	-0.0369
give_back	me through	-0.0319
give_back	me understand	-0.0421
give_back	me with	-0.0206
give_back	me ~number	-0.0678
give_back	media	0.0247
give_back	meet	-0.1075
give_back	member	0.0323
give_back	mention	0.29
give_back	mention about	0.055
give_back	mention onc	-0.0329
give_back	mentor	0.3121
give_back	mentor program	0.2841
give_back	mentor ~degree	0.2841
give_back	might	0.2058
give_back	mind	-0.3001
give_back	mind if	-0.174
give_back	minut	-0.0809
give_back	moment	-0.0428
give_back	month	-0.1526
give_back	month to	-0.0243
give_back	more	-0.2633
give_back	more about	-0.037
give_back	more of	-0.0323
give_back	more question	-0.0938
give_back	morn	-0.0219
give_back	most	-0.1108
give_back	move	-0.0523
give_back	move into	-0.0347
give_back	mph	-0.0206
give_back	ms	-0.0255
give_back	msw	-0.0738
give_back	msw program	-0.0738
give_back	msw ~degree	-0.0723
give_back	much	-0.1974
give_back	much and	0.0262
give_back	much for	-0.0635
give_back	much of	-0.0335
give_back	municip	-0.0248
give_back	museum	-0.0331
give_back	my	-0.2375
give_back	my capston	0.0753
give_back	my classmat	0.0398
give_back	my decis	0.0464
give_back	my end	0.0633
give_back	my interest	-0.0542
give_back	my list	0.0499
give_back	my note	0.1359
give_back	my own	0.0271
give_back	my portfolio	-0.0404
give_back	my program	0.052
give_back	my question	0.0253
give_back	my resum	-0.1116
give_back	my ~application	-0.1237
give_back	my ~degree	0.026
give_back	my ~org	-0.0444
give_back	my ~student	-0.0278
give_back	myself	-0.1103
give_back	myself a	-0.0354
give_back	myself ~number	-0.0354
give_back	name	-0.1091
give_back	name come	-0.0328
give_back	name of	-0.0297
give_back	near	0.0436
give_back	near out	0.0673
give_back	need	0.3609
give_back	need a	0.2229
give_back	need an	-0.1177
give_back	need ani	0.1132
give_back	need anyth	-0.028
give_back	need help	0.0704
give_back	need to	-0.1456
give_back	need ~help	0.0704
give_back	need ~number	0.1053
give_back	network	-0.0622
give_back	network who	-0.0346
give_back	network ~people	-0.0346
give_back	never	-0.0245
give_back	new	0.0264
give_back	new hire	-0.0598
give_back	new ~student	0.0443
give_back	next	-0.1723
give_back	next week	-0.0437
give_back	next ~closing	-0.0437
give_back	next ~talk	-0.0235
give_back	nice	-0.0213
give_back	no	-0.0703
give_back	nonprofit	-0.0529
give_back	not	-0.3056
give_back	not have	-0.0625
give_back	not hesit	0.1507
give_back	not job	-0.0475
give_back	not need	-0.0561
give_back	not want	-0.0848
give_back	not weird	0.0236
give_back	not ~job	-0.0475
give_back	not ~want	-0.1197
give_back	note	0.1332
give_back	note and	0.0586
give_back	note from	0.0685
give_back	note in	0.0745
give_back	note tonight	-0.0319
give_back	now	-0.2072
give_back	now i	-0.0319
give_back	now that	0.0338
give_back	nurs	-0.1213
give_back	nurs student	0.0438
give_back	nurs ~student	0.0438
give_back	oclock	-0.0247
give_back	of	0.1185
give_back	of a	-0.0272
give_back	of ani	0.0463
give_back	of hand	0.2475
give_back	of my	0.0658
give_back	of peopl	0.0309
give_back	of thing	0.0786
give_back	of this	-0.0241
give_back	of time	0.043
give_back	of you	-0.0256
give_back	of your	0.2351
give_back	of ~limit	0.043
give_back	of ~number	-0.0565
give_back	off a	0.0415
give_back	off now	-0.0243
give_back	off ~number	0.0415
give_back	offer	0.1213
give_back	offic	-0.0616
give_back	often	-0.0202
give_back	oh	-0.0553
give_back	ok	-0.3232
give_back	ok i	-0.0782
give_back	ok if	-0.0454
give_back	ok that	-0.062
give_back	ok to	-0.0227
give_back	okafor	-0.0391
give_back	old	-0.0346
give_back	omg	-0.0368
give_back	on	-0.1796
give_back	on a	-0.0232
give_back	on how	-0.0531
give_back	on it	-0.0516
give_back	on linkedin	-0.0977
give_back	on me	0.1228
give_back	on municip	-0.0248
give_back	on the	-0.1262
give_back	on whether	-0.0358
give_back	on your	0.1138
give_back	on ~number	-0.1544
give_back	onboard	0.1053
give_back	onboard flow	0.1096
give_back	onc	-0.166
give_back	onc i	-0.1056
give_back	onc my	-0.028
give_back	onli	-0.0385
give_back	onlin	-0.0275
give_back	open	-0.2877
give_back	open on	-0.0393
give_back	open to	-0.04
give_back	open up	-0.0741
give_back	or	-0.2337
give_back	or anyth	0.043
give_back	or do	-0.0243
give_back	or is	-0.0406
give_back	or should	-0.0201
give_back	or ~number	-0.0307
give_back	or ~want	-0.0216
give_back	other	-0.0335
give_back	our	0.0813
give_back	out	-0.0524
give_back	out and	0.0374
give_back	out dure	-0.0387
give_back	out if	-0.0284
give_back	out in	-0.0394
give_back	out the	0.0285
give_back	out to	-0.0631
give_back	out when	-0.0961
give_back	out with	0.1472
give_back	out ~number	0.0242
give_back	outreach	0.0454
give_back	over	-0.0789
give_back	over the	-0.0346
give_back	over ~number	-0.0366
give_back	pair	0.2475
give_back	pair of	0.2475
give_back	panel	0.1001
give_back	part	-0.1259
give_back	part of	-0.0677
give_back	part time	-0.0407
give_back	part ~limit	-0.0407
give_back	pass	-0.0918
give_back	pass it	-0.0486
give_back	pass my	-0.0732
give_back	past	-0.0253
give_back	path	-0.0404
give_back	patient	-0.0423
give_back	patient with	0.0237
give_back	pay	0.1332
give_back	peopl	-0.1163
give_back	perspect	0.0545
give_back	perspect on	0.0911
give_back	pick	0.0625
give_back	ping	-0.0348
give_back	ping you	-0.0247
give_back	pitch	0.1617
give_back	pitch in	0.1696
give_back	plan	-0.0408
give_back	plate	0.1834
give_back	pleas	0.24
give_back	pleas do	0.1476
give_back	pleas let	0.0476
give_back	pleas ~help	0.1476
give_back	podcast	-0.0212
give_back	point	-0.0403
give_back	point me	-0.0278
give_back	polici	-0.0893
give_back	portfolio	-0.0722
give_back	portfolio to	-0.0271
give_back	posit	-0.1106
give_back	posit for	-0.0369
give_back	posit i	-0.0312
give_back	post	-0.07
give_back	post on	-0.046
give_back	practic	-0.0677
give_back	prepar	-0.0864
give_back	prepar for	-0.0757
give_back	present	-0.0286
give_back	pretti	0.1928
give_back	pretti good	0.1002
give_back	priya	-0.0427
give_back	process	-0.0313
give_back	product	-0.0683
give_back	profession	-0.0447
give_back	profession associ	-0.0289
give_back	program	0.1083
give_back	program are	0.0479
give_back	project	0.228
give_back	project i	-0.0821
give_back	promis	-0.0336
give_back	proofread	0.1133
give_back	public	-0.0408
give_back	put	0.036
give_back	put in	-0.0591
give_back	python	0.2293
give_back	python script	0.2356
give_back	question	-0.0429
give_back	question befor	0.027
give_back	question i	-0.0238
give_back	quick	-0.1028
give_back	quick note	-0.0281
give_back	rang	-0.021
give_back	rather	-0.0348
give_back	reach out	-0.0616
give_back	read	-0.0704
give_back	real	0.0801
give_back	realiti	-0.0318
give_back	realiti of	-0.0318
give_back	realiz	-0.0218
give_back	realli	-0.3253
give_back	realli appreci	-0.0768
give_back	realli grate	-0.0578
give_back	realli help	-0.0493
give_back	realli kind	-0.0212
give_back	realli ~want	-0.1039
give_back	recommend	-0.1086
give_back	recommend i	-0.0268
give_back	recommend me	-0.0217
give_back	recruit	0.1057
give_back	recruit in	-0.0285
give_back	recruit materi	0.0877
give_back	refer	-0.0581
give_back	refer me	-0.0441
give_back	referr	-0.0279
give_back	report	-0.0627
give_back	report back	-0.0259
give_back	request	-0.0274
give_back	request on	-0.0236
give_back	research	-0.0581
give_back	respect	-0.0203
give_back	rest	0.0331
give_back	rest of	0.0331
give_back	result	0.0823
give_back	resum	-0.1185
give_back	resum along	-0.0266
give_back	resum to	-0.0517
give_back	retail	-0.0222
give_back	return	0.6842
give_back	return even	0.0384
give_back	return the	0.4121
give_back	return to	-0.0209
give_back	return ~number	0.4121
give_back	review	0.0794
give_back	right	-0.1984
give_back	right if	-0.0255
give_back	right now	-0.0657
give_back	role	-0.1592
give_back	rout	-0.0257
give_back	run	0.1062
give_back	run i	-0.0325
give_back	said	-0.0465
give_back	salari	-0.029
give_back	salari rang	-0.021
give_back	saturday	0.0749
give_back	saturday for	-0.0265
give_back	save	0.232
give_back	saw	-0.0211
give_back	say thank	-0.0308
give_back	schedul	0.0261
give_back	school	-0.0807
give_back	scienc	-0.0661
give_back	scientist	-0.0354
give_back	script	0.2356
give_back	season	-0.0279
give_back	second year	0.0257
give_back	second ~duration	0.0257
give_back	sector	-0.0417
give_back	see	-0.079
give_back	see if	-0.0677
give_back	see the	-0.022
give_back	see we	-0.0264
give_back	see you	-0.0204
give_back	see ~number	-0.022
give_back	semest	-0.0201
give_back	send	0.2357
give_back	send a	0.0405
give_back	send over	-0.0481
give_back	send you	0.2884
give_back	send ~number	0.0378
give_back	sens	-0.0481
give_back	sent you	0.0766
give_back	serious	0.1038
give_back	set	0.1297
give_back	shall	0.0566
give_back	shall i	-0.0218
give_back	shall project	-0.0943
give_back	shall staff	0.0267
give_back	shall way	0.1493
give_back	share	0.4324
give_back	share my	0.0594
give_back	share the	0.1179
give_back	share what	0.2008
give_back	share your	0.0366
give_back	share ~number	0.1224
give_back	she	-0.0235
give_back	she would	-0.021
give_back	she ~want	-0.021
give_back	shift	-0.0829
give_back	shop	0.134
give_back	short	0.1482
give_back	short note	-0.0255
give_back	short of	0.1332
give_back	short summari	0.1109
give_back	should	-0.2934
give_back	should i	-0.1662
give_back	should ~talk	-0.0311
give_back	side	0.1321
give_back	side if	0.0628
give_back	side of	0.0723
give_back	side project	0.06
give_back	sinc i	0.0332
give_back	six	0.108
give_back	six year	0.112
give_back	six ~duration	0.108
give_back	skill	-0.0607
give_back	so	-0.3194
give_back	so could	-0.0377
give_back	so help	0.0838
give_back	so i	-0.1525
give_back	so if	0.1468
give_back	so much	-0.0464
give_back	so you	-0.1015
give_back	social	0.0209
give_back	some	0.3655
give_back	some time	0.2375
give_back	some way	0.0255
give_back	somehow	0.0774
give_back	someon	0.0805
give_back	someon in	-0.0272
give_back	someon on	-0.0232
give_back	someon to	0.211
give_back	someth	0.0227
give_back	someth come	-0.0279
give_back	someth els	-0.026
give_back	someth shall	0.0251
give_back	sorri	-0.1315
give_back	sorri i	-0.0536
give_back	sound	-0.0302
give_back	spanish	0.0425
give_back	speak	0.1732
give_back	speak the	0.0312
give_back	speak to	0.0223
give_back	speak with	-0.0269
give_back	speak ~number	0.0312
give_back	spend	-0.021
give_back	spent	0.0954
give_back	spent six	0.1263
give_back	spreadsheet	-0.0237
give_back	spring	0.0899
give_back	squeez	-0.0251
give_back	squeez me	-0.0242
give_back	staf	0.0526
give_back	staff	0.2677
give_back	staff i	0.1216
give_back	stand	-0.1536
give_back	stand out	-0.149
give_back	start	-0.1746
give_back	start appli	-0.024
give_back	start out	-0.0228
give_back	start to	-0.0236
give_back	stay	-0.0439
give_back	stay about	0.0348
give_back	stay in	-0.0298
give_back	step	-0.0244
give_back	still	-0.0247
give_back	still in	0.033
give_back	stop	-0.0902
give_back	stop there	-0.0302
give_back	stress	0.0373
give_back	stress test	0.039
give_back	structur	-0.021
give_back	student	0.5024
give_back	student chapter	0.0387
give_back	student i	0.0967
give_back	student in	0.0468
give_back	student who	0.0459
give_back	student you	0.0449
give_back	student ~insight	0.1194
give_back	student ~people	0.0459
give_back	studi	-0.0615
give_back	studio	-0.023
give_back	such	-0.0262
give_back	suggest	-0.06
give_back	suggest i	-0.0311
give_back	suit	-0.0226
give_back	suit me	-0.0207
give_back	summari	0.1883
give_back	summari of	0.1883
give_back	summer	-0.1887
give_back	summer to	-0.0406
give_back	super	-0.1056
give_back	super help	-0.0773
give_back	suppli	-0.0245
give_back	suppli chain	-0.0245
give_back	support	0.1513
give_back	support the	0.163
give_back	support ~number	0.163
give_back	survey	0.5107
give_back	survey data	0.3145
give_back	survey you	0.0742
give_back	take	-0.0352
give_back	take a	0.1809
give_back	take care	-0.0224
give_back	take on	-0.0482
give_back	take the	-0.0202
give_back	take up	-0.0423
give_back	take ~number	0.1582
give_back	taken	-0.0408
give_back	taken enough	-0.0304
give_back	talk	-0.157
give_back	talk to	-0.1072
give_back	teach	-0.0427
give_back	team	0.0458
give_back	team ever	0.1295
give_back	team in	-0.04
give_back	team is	0.0664
give_back	team when	-0.0338
give_back	tell	0.1058
give_back	tell you	0.0983
give_back	ten	-0.0205
give_back	test	0.1586
give_back	test my	-0.0542
give_back	test someth	0.0225
give_back	test the	0.1976
give_back	test ~number	0.1976
give_back	tester	0.0392
give_back	than	-0.0865
give_back	thank	-0.3578
give_back	thank i	-0.0255
give_back	thank you	-0.1311
give_back	that	0.1068
give_back	that articl	0.0908
give_back	that i	0.0642
give_back	that is	-0.2039
give_back	that make	-0.0286
give_back	that realli	-0.0391
give_back	that would	0.0747
give_back	that ~want	0.0341
give_back	the	0.511
give_back	the alumni	0.0408
give_back	the articl	-0.0601
give_back	the bootcamp	-0.0424
give_back	the campus	-0.0213
give_back	the classroom	0.0201
give_back	the clock	-0.0276
give_back	the confer	0.0393
give_back	the contact	-0.0246
give_back	the data	-0.0204
give_back	the day	-0.0201
give_back	the end	0.05
give_back	the favor	0.3389
give_back	the field	-0.0281
give_back	the hackathon	-0.0237
give_back	the job	-0.0454
give_back	the junior	-0.0206
give_back	the kind	0.0733
give_back	the link	-0.0291
give_back	the master	-0.021
give_back	the mentor	0.1674
give_back	the moment	-0.0333
give_back	the most	-0.0441
give_back	the name	-0.026
give_back	the new	0.1756
give_back	the open	-0.0368
give_back	the product	-0.0203
give_back	the realiti	-0.0318
give_back	the recruit	0.0711
give_back	the rest	-0.0367
give_back	the role	-0.0349
give_back	the spring	0.1239
give_back	the student	0.2565
give_back	the survey	0.2018
give_back	the switch	-0.0254
give_back	the weather	-0.0295
give_back	the word	0.0455
give_back	the work	-0.0214
give_back	the ~closing	-0.0716
give_back	the ~contactverb	-0.0339
give_back	the ~degree	-0.1111
give_back	the ~gatekeeper	-0.0932
give_back	the ~hiring	0.158
give_back	the ~job	-0.1043
give_back	the ~learn	-0.0254
give_back	the ~limit	-0.039
give_back	the ~number	-0.0441
give_back	the ~org	-0.089
give_back	the ~student	0.1033
give_back	the ~talk	-0.0358
give_back	the ~workverb	-0.0214
give_back	their	-0.0575
give_back	their first	-0.0324
give_back	them	-0.0336
give_back	there	0.1838
give_back	there a	-0.0628
give_back	there ani	-0.0324
give_back	there anyon	-0.0374
give_back	there anyth	0.4005
give_back	there for	-0.0213
give_back	there is	0.1603
give_back	there someon	-0.0284
give_back	there ~number	-0.069
give_back	there ~people	-0.0735
give_back	they	-0.0637
give_back	they are	-0.0246
give_back	thing	0.0413
give_back	thing up	-0.021
give_back	think	-0.3226
give_back	think about	-0.0305
give_back	think i	-0.1051
give_back	think of	-0.0302
give_back	think that	-0.0594
give_back	think we	-0.0332
give_back	this	-0.1017
give_back	this field	-0.0895
give_back	this has	-0.0457
give_back	this summer	-0.1341
give_back	this thank	-0.0231
give_back	this was	-0.0314
give_back	this work	-0.0372
give_back	this ~closing	-0.0345
give_back	this ~learn	-0.0372
give_back	this ~workverb	-0.0372
give_back	thought	-0.0384
give_back	three	-0.0225
give_back	thrill	-0.0314
give_back	thrill to	-0.0314
give_back	through	0.0608
give_back	through ~number	-0.0299
give_back	time	-0.0287
give_back	time but	0.067
give_back	time for	-0.0344
give_back	time i	-0.0258
give_back	time so	-0.0249
give_back	time today	0.0282
give_back	tip	0.1075
give_back	to	0.0547
give_back	to a	-0.022
give_back	to about	-0.024
give_back	to ask	0.0814
give_back	to be	-0.1877
give_back	to beta	0.1489
give_back	to build	-0.0407
give_back	to chat	-0.0523
give_back	to connect	0.031
give_back	to cut	-0.0505
give_back	to do	-0.0452
give_back	to find	-0.0508
give_back	to finish	-0.0221
give_back	to get	-0.1096
give_back	to give	0.033
give_back	to grad	-0.0304
give_back	to hear	-0.0386
give_back	to help	0.2861
give_back	to it	-0.0269
give_back	to jump	-0.0595
give_back	to keep	-0.0466
give_back	to learn	-0.036
give_back	to let	-0.0326
give_back	to make	0.2989
give_back	to mind	-0.0505
give_back	to my	-0.055
give_back	to pay	0.1409
give_back	to pitch	0.0349
give_back	to prepar	-0.0654
give_back	to reach	0.0313
give_back	to return	0.0614
give_back	to run	-0.0397
give_back	to see	-0.0677
give_back	to send	0.1092
give_back	to share	0.1409
give_back	to speak	0.1148
give_back	to stay	-0.0412
give_back	to take	-0.0453
give_back	to talk	-0.021
give_back	to test	-0.065
give_back	to the	-0.1263
give_back	to think	-0.0219
give_back	to tri	0.0293
give_back	to understand	-0.0366
give_back	to work	-0.0249
give_back	to wrap	-0.0204
give_back	to you	0.6611
give_back	to your	-0.0866
give_back	to ~contactverb	0.0205
give_back	to ~help	0.3327
give_back	to ~insight	-0.0438
give_back	to ~learn	-0.291
give_back	to ~limit	-0.0259
give_back	to ~number	-0.1698
give_back	to ~people	-0.0388
give_back	to ~sendverb	0.227
give_back	to ~student	0.0694
give_back	to ~talk	0.163
give_back	to ~want	0.0293
give_back	to ~workverb	-0.0646
give_back	today	-0.0971
give_back	today dr	-0.0256
give_back	togeth	0.1027
give_back	tonight	-0.0642
give_back	too	0.2732
give_back	too much	-0.0248
give_back	took	-0.0251
give_back	topic	0.062
give_back	total	-0.1094
give_back	total fine	-0.0281
give_back	total understand	-0.0572
give_back	total ~learn	-0.0572
give_back	touch	-0.0538
give_back	touch with	-0.0386
give_back	track	-0.0687
give_back	transit	0.0462
give_back	travel	-0.0221
give_back	tri	-0.0607
give_back	tri to	-0.0774
give_back	truli	0.0551
give_back	two	-0.0575
give_back	typic	-0.0616
give_back	understand	-0.1602
give_back	understand if	-0.0629
give_back	understand the	-0.0489
give_back	understand ~number	-0.0489
give_back	up	-0.0866
give_back	up a	-0.0261
give_back	up ani	-0.0332
give_back	up in	-0.0394
give_back	up on	-0.0654
give_back	up with	-0.0527
give_back	up ~number	-0.0295
give_back	us	-0.0302
give_back	us leav	-0.0201
give_back	use	0.6668
give_back	use for	0.063
give_back	use to	0.2699
give_back	use ~number	0.332
give_back	usual	-0.0909
give_back	ux	-0.0239
give_back	vacanc	-0.0314
give_back	valu	-0.0283
give_back	valu your	-0.0212
give_back	veri	-0.0959
give_back	veri much	-0.0317
give_back	volunt	0.3684
give_back	volunt at	0.1296
give_back	volunt for	0.2622
give_back	volunt with	-0.0228
give_back	wait	-0.0223
give_back	walk	0.0992
give_back	walk me	-0.0381
give_back	want	0.0827
give_back	want a	0.1146
give_back	want someon	0.1976
give_back	want to	-0.1901
give_back	want ~number	0.1146
give_back	want ~people	0.1976
give_back	was	-0.2186
give_back	was great	0.0391
give_back	was hope	-0.031
give_back	was super	-0.0395
give_back	was ~number	-0.0278
give_back	was ~want	-0.0483
give_back	way	0.2609
give_back	way i	0.1961
give_back	way to	0.0721
give_back	we	-0.2141
give_back	we are	-0.0219
give_back	we can	-0.0728
give_back	we finish	0.0738
give_back	we have	-0.0271
give_back	weather	-0.0301
give_back	week	-0.1827
give_back	week with	-0.0251
give_back	weekend	-0.0444
give_back	weird	-0.029
give_back	weird if	-0.0452
give_back	weird to	0.0245
give_back	well	-0.0379
give_back	well i	-0.0308
give_back	went	-0.0389
give_back	were	-0.0856
give_back	were start	-0.0308
give_back	what	-0.2834
give_back	what a	-0.0265
give_back	what are	-0.0387
give_back	what can	0.189
give_back	what could	0.2816
give_back	what do	-0.0649
give_back	what doe	-0.0521
give_back	what i	0.0581
give_back	what is	-0.1398
give_back	what kind	-0.034
give_back	what should	-0.0425
give_back	what skill	-0.0298
give_back	what student	0.0784
give_back	what the	0.0244
give_back	what would	-0.0546
give_back	what you	-0.0326
give_back	what your	-0.0731
give_back	what ~help	-0.0649
give_back	what ~number	-0.0203
give_back	what ~want	-0.0546
give_back	when	-0.2605
give_back	when i	-0.1542
give_back	when you	-0.0557
give_back	whenev	0.062
give_back	where	0.098
give_back	where can	-0.05
give_back	where do	-0.0321
give_back	where i	0.0734
give_back	where ~help	-0.0321
give_back	whether	-0.0904
give_back	whi	-0.0551
give_back	whi i	-0.0268
give_back	which	0.1539
give_back	which abil	-0.0328
give_back	which of	0.3427
give_back	while	0.3222
give_back	who	-0.1939
give_back	who do	-0.0289
give_back	who els	-0.0293
give_back	who would	-0.047
give_back	who ~help	-0.0289
give_back	who ~want	-0.047
give_back	will	-0.3444
give_back	will be	-0.0489
give_back	will conclud	-0.0265
give_back	will connect	0.0899
give_back	will drop	-0.0223
give_back	will email	-0.0265
give_back	will keep	-0.05
give_back	will leav	-0.0295
give_back	will let	-0.1042
give_back	will not	-0.0355
give_back	will report	-0.0228
give_back	will send	0.1521
give_back	will stop	-0.0274
give_back	will to	-0.0481
give_back	will wrap	-0.0201
give_back	will ~contactverb	-0.0604
give_back	will ~sendverb	0.0823
give_back	will ~talk	0.0603
give_back	wish	-0.0316
give_back	wish you	-0.0221
give_back	with	0.2428
give_back	with a	-0.0444
give_back	with all	0.0274
give_back	with ani	0.0281
give_back	with anyth	0.177
give_back	with excel	0.0246
give_back	with me	-0.0459
give_back	with my	0.0246
give_back	with real	-0.0285
give_back	with someth	0.0571
give_back	with the	0.1604
give_back	with you	-0.0318
give_back	with your	-0.1091
give_back	with ~number	0.1002
give_back	wonder	-0.0263
give_back	word about	0.0312
give_back	work	-0.4233
give_back	work as	0.0421
give_back	work in	-0.0482
give_back	work on	-0.0364
give_back	worth	0.2604
give_back	worth it	-0.0292
give_back	would	0.0497
give_back	would be	0.2548
give_back	would ever	0.0344
give_back	would happili	0.2714
give_back	would help	0.0202
give_back	would it	0.0618
give_back	would like	-0.0451
give_back	would realli	-0.0328
give_back	would recommend	-0.0329
give_back	would suggest	-0.022
give_back	would you	-0.1288
give_back	would ~want	-0.0485
give_back	wow	-0.034
give_back	wrap	-0.0683
give_back	wrap thing	-0.0204
give_back	wrap up	-0.0421
give_back	write	0.0785
give_back	write up	0.0261
give_back	wrote	0.268
give_back	yeah	-0.0576
give_back	year	-0.0665
give_back	year and	-0.0224
give_back	year in	-0.0256
give_back	year nurs	0.0463
give_back	year ~workverb	0.1335
give_back	yet	-0.0684
give_back	you	0.2024
give_back	you a	-0.1981
give_back	you again	-0.0318
give_back	you agre	-0.028
give_back	you an	-0.0225
give_back	you are	0.1826
give_back	you be	-0.0847
give_back	you beyond	-0.042
give_back	you can	-0.0693
give_back	you could	-0.1876
give_back	you decid	-0.0315
give_back	you describ	-0.0216
give_back	you do	-0.0701
give_back	you ever	0.3458
give_back	you for	-0.127
give_back	you get	-0.0597
give_back	you give	-0.0236
give_back	you go	-0.0695
give_back	you have	0.0791
give_back	you help	-0.0397
give_back	you if	0.0446
give_back	you in	0.2431
give_back	you is	0.0404
give_back	you just	0.0997
give_back	you like	0.0918
give_back	you mention	0.2781
give_back	you might	-0.0281
give_back	you mind	-0.0404
give_back	you most	-0.0271
give_back	you my	-0.0415
give_back	you need	0.2315
give_back	you note	0.0332
give_back	you now	0.0285
give_back	you on	-0.0378
give_back	you onc	-0.0261
give_back	you or	0.0674
give_back	you out	0.0775
give_back	you post	-0.0424
give_back	you recommend	-0.038
give_back	you run	0.1643
give_back	you so	-0.0344
give_back	you suggest	-0.0236
give_back	you tell	-0.0401
give_back	you thank	0.0862
give_back	you that	0.3135
give_back	you the	0.147
give_back	you think	-0.1478
give_back	you this	-0.0558
give_back	you to	-0.0577
give_back	you use	-0.0297
give_back	you veri	-0.0264
give_back	you walk	-0.0269
give_back	you were	-0.0614
give_back	you where	0.1233
give_back	you wish	-0.0216
give_back	you with	0.0355
give_back	you would	-0.15
give_back	you ~help	-0.1226
give_back	you ~later	-0.0559
give_back	you ~learn	-0.1126
give_back	you ~number	-0.0736
give_back	you ~sendverb	-0.0706
give_back	you ~want	-0.0771
give_back	you ~workverb	0.141
give_back	your	0.5238
give_back	your advic	-0.0541
give_back	your afternoon	-0.045
give_back	your app	0.0558
give_back	your career	-0.0278
give_back	your colleagu	-0.0286
give_back	your compani	-0.0672
give_back	your creativ	-0.0255
give_back	your day	0.0781
give_back	your depart	-0.0622
give_back	your end	0.0333
give_back	your field	-0.0403
give_back	your firm	-0.055
give_back	your first	-0.0226
give_back	your flight	-0.0239
give_back	your former	-0.0243
give_back	your generos	-0.0217
give_back	your lunch	-0.0341
give_back	your mentor	0.1114
give_back	your name	-0.0279
give_back	your network	-0.0437
give_back	your next	-0.0252
give_back	your person	0.066
give_back	your perspect	-0.0232
give_back	your plate	0.1834
give_back	your project	0.3433
give_back	your recruit	0.0732
give_back	your saturday	-0.0265
give_back	your shift	-0.0254
give_back	your side	0.0693
give_back	your team	0.1944
give_back	your time	-0.1234
give_back	your week	-0.0419
give_back	your work	-0.0246
give_back	your ~closing	-0.0376
give_back	your ~gatekeeper	-0.0296
give_back	your ~hiring	0.0674
give_back	your ~insight	-0.1281
give_back	your ~job	-0.0244
give_back	your ~learn	-0.0255
give_back	your ~limit	-0.1372
give_back	your ~people	0.0316
give_back	your ~student	-0.0231
give_back	your ~talk	-0.0477
give_back	your ~workverb	-0.0246
give_back	z	0.0965
give_back	z perspect	0.0965
give_back	z ~insight	0.0965
give_back	~application	-0.1328
give_back	~application along	-0.0266
give_back	~application to	-0.056
give_back	~closing	-0.2959
give_back	~closing i	0.0394
give_back	~closing of	0.0331
give_back	~closing to	-0.0313
give_back	~contactverb	-0.2545
give_back	~contactverb and	0.0209
give_back	~contactverb it	-0.0226
give_back	~contactverb later	0.041
give_back	~contactverb of	-0.0224
give_back	~contactverb out	-0.0372
give_back	~contactverb tonight	-0.0224
give_back	~contactverb up	0.0261
give_back	~contactverb with	-0.0511
give_back	~contactverb you	-0.1138
give_back	~degree are	0.052
give_back	~degree at	-0.0205
give_back	~degree i	0.1326
give_back	~degree in	-0.0597
give_back	~degree or	-0.0285
give_back	~degree program	-0.0409
give_back	~duration	-0.131
give_back	~duration and	-0.0224
give_back	~duration in	-0.0288
give_back	~duration nurs	0.0463
give_back	~gatekeeper	-0.24
give_back	~gatekeeper manag	-0.0294
give_back	~help	1.3459
give_back	~help a	-0.044
give_back	~help befor	-0.0306
give_back	~help differ	-0.0256
give_back	~help even	0.0384
give_back	~help first	-0.0297
give_back	~help for	0.7632
give_back	~help i	0.0485
give_back	~help if	0.1989
give_back	~help just	0.0267
give_back	~help me	-0.1541
give_back	~help new	-0.0707
give_back	~help not	-0.1024
give_back	~help out	0.1965
give_back	~help peopl	-0.0557
give_back	~help test	0.0261
give_back	~help that	0.1247
give_back	~help the	0.5844
give_back	~help this	-0.0842
give_back	~help to	0.4219
give_back	~help with	0.3898
give_back	~help you	-0.1809
give_back	~hiring	0.1387
give_back	~hiring flow	0.1096
give_back	~hiring manag	-0.0294
give_back	~hiring materi	0.0877
give_back	~insight	-0.0444
give_back	~insight a	0.177
give_back	~insight care	-0.0224
give_back	~insight for	0.1031
give_back	~insight from	-0.024
give_back	~insight i	-0.0458
give_back	~insight to	-0.029
give_back	~insight up	0.0968
give_back	~job	-0.6189
give_back	~job at	-0.0243
give_back	~job for	-0.061
give_back	~job hunt	-0.0475
give_back	~job i	-0.0563
give_back	~job in	-0.0303
give_back	~job on	-0.0423
give_back	~job or	-0.0277
give_back	~job that	-0.0225
give_back	~later	-0.2258
give_back	~later and	0.0728
give_back	~later i	-0.0388
give_back	~learn	-0.7462
give_back	~learn about	0.0734
give_back	~learn and	-0.0277
give_back	~learn anyon	-0.0459
give_back	~learn back	-0.0355
give_back	~learn better	-0.0554
give_back	~learn how	0.0953
give_back	~learn i	-0.0227
give_back	~learn it	-0.0339
give_back	~learn me	0.0512
give_back	~learn more	-0.028
give_back	~learn of	-0.0772
give_back	~learn out	-0.0661
give_back	~learn some	0.0716
give_back	~learn the	-0.0856
give_back	~learn this	-0.0218
give_back	~learn to	-0.0272
give_back	~learn what	-0.0879
give_back	~learn you	-0.0632
give_back	~learn your	-0.0671
give_back	~limit	-0.2865
give_back	~limit break	-0.0212
give_back	~limit but	0.067
give_back	~limit for	-0.0478
give_back	~limit i	-0.0379
give_back	~limit is	-0.0248
give_back	~limit so	-0.0417
give_back	~limit to	-0.0307
give_back	~limit today	0.0257
give_back	~number	-0.2686
give_back	~number alumni	0.0408
give_back	~number articl	-0.0601
give_back	~number averag	-0.0206
give_back	~number big	-0.0276
give_back	~number bit	-0.0266
give_back	~number bootcamp	-0.0452
give_back	~number campus	-0.0213
give_back	~number classroom	0.0201
give_back	~number clock	-0.0276
give_back	~number come	0.1257
give_back	~number confer	0.1305
give_back	~number connect	-0.0236
give_back	~number contact	-0.0273
give_back	~number coupl	-0.0657
give_back	~number data	-0.0293
give_back	~number day	-0.0258
give_back	~number design	-0.0235
give_back	~number end	0.05
give_back	~number extra	0.2465
give_back	~number favor	0.3389
give_back	~number few	-0.03
give_back	~number field	-0.03
give_back	~number fit	-0.0249
give_back	~number gen	0.0965
give_back	~number good	-0.0514
give_back	~number great	-0.0201
give_back	~number hackathon	-0.0237
give_back	~number hand	0.2394
give_back	~number hour	-0.0399
give_back	~number internship	-0.0208
give_back	~number interview	-0.0215
give_back	~number intro	-0.0461
give_back	~number job	-0.0829
give_back	~number junior	-0.0415
give_back	~number kind	0.0733
give_back	~number last	-0.0224
give_back	~number librari	0.0432
give_back	~number line	-0.0301
give_back	~number link	-0.0452
give_back	~number look	0.1869
give_back	~number manag	-0.0371
give_back	~number master	-0.0439
give_back	~number mentor	0.1674
give_back	~number minut	-0.0763
give_back	~number moment	-0.0338
give_back	~number month	-0.0498
give_back	~number more	-0.0355
give_back	~number most	-0.0441
give_back	~number name	-0.0663
give_back	~number new	0.1675
give_back	~number of	-0.0324
give_back	~number open	-0.0508
give_back	~number part	-0.0346
give_back	~number portfolio	-0.0218
give_back	~number posit	-0.041
give_back	~number product	-0.0243
give_back	~number program	-0.0237
give_back	~number project	-0.0354
give_back	~number question	-0.0271
give_back	~number quick	-0.0538
give_back	~number realiti	-0.0318
give_back	~number recruit	0.0698
give_back	~number referr	-0.0216
give_back	~number rest	-0.0367
give_back	~number role	-0.0569
give_back	~number shall	0.0512
give_back	~number short	0.0676
give_back	~number spring	0.1169
give_back	~number student	0.3472
give_back	~number summari	0.0773
give_back	~number survey	0.2
give_back	~number switch	-0.0266
give_back	~number thank	0.0629
give_back	~number typic	-0.0361
give_back	~number weather	-0.0295
give_back	~number week	-0.0265
give_back	~number word	0.0455
give_back	~number work	-0.023
give_back	~number year	-0.0743
give_back	~org	-0.3611
give_back	~org and	-0.0246
give_back	~org doe	-0.0477
give_back	~org ever	0.0517
give_back	~org for	-0.023
give_back	~org i	-0.0549
give_back	~org if	0.0422
give_back	~org is	0.0525
give_back	~org next	-0.0241
give_back	~org of	0.0712
give_back	~org project	0.06
give_back	~org staf	0.0544
give_back	~org this	-0.0328
give_back	~org when	-0.0338
give_back	~org you	-0.0301
give_back	~people	-0.3957
give_back	~people at	-0.0502
give_back	~people do	-0.0407
give_back	~people els	-0.078
give_back	~people in	-0.0717
give_back	~people of	-0.0565
give_back	~people on	-0.0889
give_back	~people to	0.1951
give_back	~people who	-0.0636
give_back	~people would	-0.0521
give_back	~people you	-0.025
give_back	~sendverb	0.3236
give_back	~sendverb a	0.0405
give_back	~sendverb it	-0.0923
give_back	~sendverb later	0.041
give_back	~sendverb my	-0.1076
give_back	~sendverb over	-0.0481
give_back	~sendverb tonight	-0.0224
give_back	~sendverb what	0.1572
give_back	~sendverb you	0.266
give_back	~student	-0.2261
give_back	~student analyst	-0.0453
give_back	~student associ	-0.0236
give_back	~student at	0.1065
give_back	~student chapter	0.0387
give_back	~student for	0.1032
give_back	~student i	-0.039
give_back	~student in	-0.0784
give_back	~student of	-0.0208
give_back	~student open	-0.0244
give_back	~student program	-0.0302
give_back	~student role	-0.0491
give_back	~student school	-0.0333
give_back	~student who	0.0445
give_back	~student with	-0.0531
give_back	~studyverb	-0.3008
give_back	~studyverb a	-0.0345
give_back	~studyverb my	-0.0338
give_back	~studyverb not	-0.0216
give_back	~studyverb the	-0.0613
give_back	~talk	-0.2146
give_back	~talk i	-0.0484
give_back	~talk it	-0.0226
give_back	~talk later	0.041
give_back	~talk me	0.0467
give_back	~talk of	-0.0224
give_back	~talk out	-0.0438
give_back	~talk the	0.0267
give_back	~talk to	-0.0886
give_back	~talk tonight	-0.0224
give_back	~talk what	-0.0591
give_back	~talk who	-0.0346
give_back	~talk with	-0.0347
give_back	~talk you	-0.0488
give_back	~timeunit	-0.1817
give_back	~want	-0.445
give_back	~want a	0.082
give_back	~want about	-0.0252
give_back	~want appreci	-0.0768
give_back	~want ask	0.1198
give_back	~want be	0.2548
give_back	~want do	-0.0217
give_back	~want ever	0.0344
give_back	~want grate	-0.0578
give_back	~want happili	0.2714
give_back	~want help	-0.0291
give_back	~want i	-0.0354
give_back	~want in	-0.0246
give_back	~want it	0.0268
give_back	~want kind	-0.0212
give_back	~want like	-0.0585
give_back	~want realli	-0.0334
give_back	~want recommend	-0.0329
give_back	~want say	0.0221
give_back	~want share	0.0426
give_back	~want someon	0.1344
give_back	~want suggest	-0.022
give_back	~want that	0.057
give_back	~want the	-0.0704
give_back	~want to	-0.3179
give_back	~want valu	-0.0223
give_back	~want want	-0.0295
give_back	~want you	-0.2694
give_back	~want your	-0.0585
give_back	~workverb	-0.1687
give_back	~workverb a	0.1372
give_back	~workverb as	0.0362
give_back	~workverb in	-0.0545
give_back	~workverb on	-0.0359
give_back	~workverb six	0.1263
give_back	~workverb so	0.109
give_back	~workverb the	-0.0244
self_intro	*	-3.0247
self_intro	10 year	0.0212
self_intro	10 ~duration	0.0212
self_intro	15	-0.0222
self_intro	15 minut	-0.0201
self_intro	15 ~limit	-0.0201
self_intro	15 ~timeunit	-0.0201
self_intro	2	-0.0295
self_intro	3	-0.0244
self_intro	34	0.0553
self_intro	58	0.0303
self_intro	58 and	0.0303
self_intro	6	0.0495
self_intro	8	0.0528
self_intro	8 year	0.0528
self_intro	8 ~duration	0.0528
self_intro	?	-1.2982
self_intro	^ah	0.069
self_intro	^alright	-0.0225
self_intro	^ani	-0.0274
self_intro	^are	-0.0977
self_intro	^by	0.0408
self_intro	^bye	-0.0337
self_intro	^can	-0.0717
self_intro	^cheer	-0.0243
self_intro	^could	-0.0349
self_intro	^current	0.1695
self_intro	^did	-0.0544
self_intro	^do	-0.1644
self_intro	^doe	-0.0349
self_intro	^for	0.0567
self_intro	^give	0.0825
self_intro	^good	0.0827
self_intro	^got	-0.0239
self_intro	^happi	-0.0309
self_intro	^have	-0.0369
self_intro	^hi	0.1485
self_intro	^how	-0.4069
self_intro	^i	0.2415
self_intro	^if	-0.0903
self_intro	^is	-0.2769
self_intro	^just	-0.0418
self_intro	^let	0.0594
self_intro	^like	0.0941
self_intro	^my	0.0804
self_intro	^no	-0.0628
self_intro	^oh	0.3286
self_intro	^ok	-0.1434
self_intro	^omg	-0.0245
self_intro	^onc	-0.0217
self_intro	^quick	0.0908
self_intro	^realli	-0.0205
self_intro	^right	-0.0406
self_intro	^sinc	-0.0379
self_intro	^so	0.2266
self_intro	^sorri	0.0663
self_intro	^tell	-0.0201
self_intro	^thank	0.1244
self_intro	^the	-0.0386
self_intro	^this	-0.0247
self_intro	^to	-0.0695
self_intro	^wait	-0.04
self_intro	^was	-0.0228
self_intro	^we	-0.0604
self_intro	^what	-0.5157
self_intro	^where	-0.0205
self_intro	^which	-0.0921
self_intro	^who	-0.045
self_intro	^wow	0.0299
self_intro	^yeah	-0.0252
self_intro	^you	-0.064
self_intro	a	0.572
self_intro	a bachelor	0.0602
self_intro	a bank	-0.036
self_intro	a barista	0.0312
self_intro	a better	0.0677
self_intro	a big	0.029
self_intro	a bit	0.026
self_intro	a career	0.0637
self_intro	a certif	0.0303
self_intro	a chemistri	0.1249
self_intro	a colleagu	-0.0255
self_intro	a contact	0.0491
self_intro	a coupl	-0.0892
self_intro	a cs	0.0482
self_intro	a data	-0.0736
self_intro	a day	-0.0273
self_intro	a decad	0.0203
self_intro	a degre	0.0233
self_intro	a fit	-0.0371
self_intro	a forens	-0.0483
self_intro	a former	0.0611
self_intro	a good	-0.0433
self_intro	a great	-0.0264
self_intro	a hand	-0.0595
self_intro	a high	0.1308
self_intro	a job	-0.0736
self_intro	a junior	0.0376
self_intro	a line	0.1219
self_intro	a love	-0.0289
self_intro	a night	0.0518
self_intro	a paraleg	0.0779
self_intro	a phd	-0.0572
self_intro	a posit	-0.0604
self_intro	a quick	-0.0359
self_intro	a realist	-0.0208
self_intro	a recent	0.0479
self_intro	a referr	-0.0625
self_intro	a role	-0.0211
self_intro	a second	0.2505
self_intro	a senior	0.0517
self_intro	a sophomor	0.1229
self_intro	a stay	0.0211
self_intro	a student	-0.0517
self_intro	a thank	-0.0397
self_intro	a ton	-0.0302
self_intro	a typic	-0.0513
self_intro	a veri	-0.0428
self_intro	a vet	0.0315
self_intro	a while	0.0285
self_intro	a year	-0.0328
self_intro	a ~contactverb	0.047
self_intro	a ~degree	0.0636
self_intro	a ~help	-0.0237
self_intro	a ~job	-0.157
self_intro	a ~limit	-0.0279
self_intro	a ~number	-0.1351
self_intro	a ~student	0.3093
self_intro	a ~talk	0.0331
self_intro	abil	-0.0205
self_intro	about	0.2504
self_intro	about be	-0.0251
self_intro	about go	-0.0218
self_intro	about how	-0.0362
self_intro	about it	0.063
self_intro	about leav	-0.0396
self_intro	about me	0.205
self_intro	about open	-0.0497
self_intro	about the	-0.1254
self_intro	about what	-0.0489
self_intro	about your	0.0701
self_intro	about ~job	-0.0542
self_intro	about ~studyverb	0.0356
self_intro	account	0.1174
self_intro	account in	0.0778
self_intro	actual	0.032
self_intro	actual ~learn	0.0361
self_intro	administr	0.0286
self_intro	advic	-0.1369
self_intro	advic on	-0.0733
self_intro	after	0.0417
self_intro	after a	-0.0261
self_intro	after graduat	-0.0236
self_intro	after ~number	0.0944
self_intro	afternoon and	0.0325
self_intro	again	-0.1053
self_intro	agenc	-0.0216
self_intro	agre	0.0218
self_intro	agre to	0.0336
self_intro	ah	0.069
self_intro	all	-0.0679
self_intro	all day	0.038
self_intro	all i	-0.05
self_intro	all my	-0.0453
self_intro	all the	-0.0263
self_intro	all ~closing	0.038
self_intro	all ~limit	0.038
self_intro	all ~number	-0.0263
self_intro	along	0.0304
self_intro	alreadi	-0.0464
self_intro	alright	-0.0533
self_intro	also	-0.0312
self_intro	alway	-0.033
self_intro	am	0.6504
self_intro	am a	1.0552
self_intro	am after	-0.0273
self_intro	am appli	-0.0262
self_intro	am ask	0.0799
self_intro	am at	-0.0545
self_intro	am collect	-0.0532
self_intro	am conscious	-0.0332
self_intro	am curious	-0.0756
self_intro	am do	0.0667
self_intro	am explor	0.0297
self_intro	am finish	0.2351
self_intro	am from	0.0214
self_intro	am go	-0.047
self_intro	am good	-0.0479
self_intro	am hope	-0.0211
self_intro	am in	0.1369
self_intro	am interest	-0.039
self_intro	am just	-0.0407
self_intro	am keen	0.0794
self_intro	am kind	0.0372
self_intro	am look	-0.0438
self_intro	am main	-0.0389
self_intro	am mind	0.0472
self_intro	am not	-0.2107
self_intro	am now	0.055
self_intro	am priya	-0.0261
self_intro	am sam	0.0272
self_intro	am still	-0.0219
self_intro	am tri	-0.1178
self_intro	am ~number	1.0259
self_intro	am ~studyverb	0.4746
self_intro	am ~want	-0.3384
self_intro	an hour	-0.0277
self_intro	an internship	-0.0222
self_intro	an mph	-0.0671
self_intro	an onlin	0.0521
self_intro	an ~degree	-0.0815
self_intro	an ~job	-0.036
self_intro	an ~limit	-0.0277
self_intro	an ~student	-0.0691
self_intro	an ~timeunit	-0.0277
self_intro	analyst ~want	0.0487
self_intro	analyt	0.0738
self_intro	analyt right	0.0584
self_intro	and	1.0644
self_intro	and a	0.0545
self_intro	and for	-0.0225
self_intro	and go	0.0353
self_intro	and have	0.0923
self_intro	and honest	0.1275
self_intro	and how	0.0308
self_intro	and i	0.7596
self_intro	and if	-0.0232
self_intro	and let	-0.021
self_intro	and now	0.1057
self_intro	and tell	0.0657
self_intro	and would	-0.0258
self_intro	and ~insight	-0.0281
self_intro	and ~number	0.0202
self_intro	and ~sendverb	-0.0226
self_intro	and ~talk	-0.0494
self_intro	and ~want	0.0619
self_intro	ani	-0.1493
self_intro	ani more	-0.0201
self_intro	ani ~insight	0.0355
self_intro	anyon	-0.0652
self_intro	anyon els	-0.0204
self_intro	anyth	-0.158
self_intro	anyth at	-0.0254
self_intro	anyth i	-0.069
self_intro	app	0.124
self_intro	appli	-0.1988
self_intro	appli for	-0.0396
self_intro	appli to	-0.1464
self_intro	appreci	-0.1272
self_intro	appreci it	-0.0401
self_intro	appreci you	-0.0351
self_intro	appreci ~number	-0.0267
self_intro	apprentic	0.0923
self_intro	apprenticeship	0.0491
self_intro	are	-0.2826
self_intro	are near	-0.0291
self_intro	are right	-0.0209
self_intro	are the	-0.0249
self_intro	are there	-0.0586
self_intro	are worth	-0.0287
self_intro	are you	0.0353
self_intro	are ~number	-0.0328
self_intro	armi	0.2957
self_intro	around	-0.0261
self_intro	art	0.0971
self_intro	articl	-0.0309
self_intro	as	0.2996
self_intro	as a	0.217
self_intro	as ~number	0.2213
self_intro	as ~people	0.1005
self_intro	ask	0.094
self_intro	ask becaus	0.1115
self_intro	ask you	-0.0319
self_intro	associ	-0.0933
self_intro	at	0.3495
self_intro	at a	0.1493
self_intro	at home	0.0211
self_intro	at my	-0.032
self_intro	at ohio	0.0432
self_intro	at rutger	0.0512
self_intro	at the	0.0486
self_intro	at this	-0.0215
self_intro	at uw	0.0909
self_intro	at your	-0.0423
self_intro	at ~number	0.1832
self_intro	audit	0.095
self_intro	bachelor	0.0801
self_intro	bachelor in	0.0767
self_intro	back	-0.1721
self_intro	back and	-0.0526
self_intro	back in	-0.0322
self_intro	back into	0.0277
self_intro	back to	-0.0515
self_intro	background	0.1294
self_intro	background i	0.0277
self_intro	background is	0.1032
self_intro	balanc	-0.0378
self_intro	bank	0.0722
self_intro	barista	0.0312
self_intro	barista for	0.0312
self_intro	base	0.0764
self_intro	basic	0.1397
self_intro	be	-0.205
self_intro	be a	0.0613
self_intro	be an	-0.0242
self_intro	be clear	-0.0557
self_intro	be glad	0.0481
self_intro	be great	-0.0241
self_intro	be open	-0.0288
self_intro	be so	-0.032
self_intro	be the	0.076
self_intro	be upfront	-0.0215
self_intro	be ~number	0.1131
self_intro	becaus	0.2049
self_intro	becaus i	0.0792
self_intro	becom	-0.0358
self_intro	becom a	-0.113
self_intro	becom ~number	-0.1147
self_intro	been	0.2887
self_intro	been a	0.07
self_intro	been at	-0.0208
self_intro	been do	0.0225
self_intro	been freelanc	0.0297
self_intro	been in	0.0889
self_intro	been take	0.0489
self_intro	been teach	0.054
self_intro	been wonder	0.0236
self_intro	been ~hiring	0.0489
self_intro	been ~number	0.0635
self_intro	been ~studyverb	0.0713
self_intro	been ~workverb	0.0673
self_intro	befor	-0.0342
self_intro	befor i	-0.1133
self_intro	befor that	0.0915
self_intro	befor this	0.0836
self_intro	befor to	-0.022
self_intro	best	-0.043
self_intro	better	0.0977
self_intro	between	-0.2159
self_intro	between two	-0.0395
self_intro	between ~number	-0.078
self_intro	beyond	-0.0216
self_intro	big four	0.0457
self_intro	biggest	-0.0287
self_intro	bio	0.0326
self_intro	biotech	-0.0216
self_intro	bit	0.0911
self_intro	bit about	0.079
self_intro	bit unusu	0.0221
self_intro	bootcamp	0.1588
self_intro	bootcamp grad	0.0672
self_intro	bootcamp ~student	0.0672
self_intro	both	-0.0287
self_intro	brain	-0.0249
self_intro	brain about	-0.0201
self_intro	break	-0.0297
self_intro	brief	0.0527
self_intro	brilliant	-0.0237
self_intro	build	0.0898
self_intro	build a	0.062
self_intro	build ~number	0.062
self_intro	busi	0.0428
self_intro	but	0.0542
self_intro	but i	0.0909
self_intro	by	0.0537
self_intro	by ask	0.0792
self_intro	by the	-0.0522
self_intro	by way	0.0408
self_intro	by ~number	-0.0522
self_intro	bye	-0.0413
self_intro	call	-0.043
self_intro	campus	-0.0416
self_intro	can	-0.3057
self_intro	can a	-0.0317
self_intro	can i	-0.0723
self_intro	can you	-0.0328
self_intro	can ~help	-0.0456
self_intro	can ~number	-0.0317
self_intro	care	-0.0556
self_intro	career changer	0.1122
self_intro	career in	-0.0412
self_intro	career ~student	0.1154
self_intro	cert	0.049
self_intro	certif in	0.0291
self_intro	certif program	-0.0248
self_intro	certif ~degree	-0.0248
self_intro	chain	0.1633
self_intro	chain and	-0.0339
self_intro	chain role	0.0829
self_intro	chain ~job	0.0829
self_intro	chanc	-0.0262
self_intro	chang	-0.0467
self_intro	changer	0.1122
self_intro	changer come	0.0767
self_intro	chat with	-0.0288
self_intro	check	-0.0446
self_intro	check back	-0.0289
self_intro	cheer	-0.0302
self_intro	chemistri	0.2523
self_intro	chemistri phd	0.0228
self_intro	chemistri teacher	0.1095
self_intro	chemistri ~degree	0.0228
self_intro	chemistri ~student	0.1323
self_intro	choos	-0.048
self_intro	choos my	-0.04
self_intro	citi	-0.0282
self_intro	civilian	0.0576
self_intro	clarifi	-0.0246
self_intro	class	0.0383
self_intro	class in	0.0489
self_intro	clear	-0.0683
self_intro	clear i	-0.0444
self_intro	client	-0.0297
self_intro	clinic	0.0298
self_intro	clinic work	-0.0274
self_intro	clinic ~workverb	-0.0274
self_intro	clock	-0.0218
self_intro	close	-0.0432
self_intro	coffe	0.0558
self_intro	colleagu	0.0343
self_intro	colleagu at	-0.0249
self_intro	collect	-0.068
self_intro	collect ~insight	-0.0542
self_intro	colleg	0.1326
self_intro	colleg and	0.088
self_intro	come from	0.0524
self_intro	comfort	0.3203
self_intro	comfort connect	0.0335
self_intro	comfort with	0.2926
self_intro	comfort ~talk	0.0335
self_intro	commit	-0.0265
self_intro	commit to	-0.0233
self_intro	communiti	0.1298
self_intro	communiti colleg	0.1391
self_intro	compar	0.0786
self_intro	complet	0.0314
self_intro	complet a	0.0321
self_intro	complet ~number	0.0303
self_intro	confer	-0.0247
self_intro	connect me	0.0273
self_intro	connect with	-0.0211
self_intro	conscious	-0.0341
self_intro	conscious we	-0.0226
self_intro	consid	-0.0345
self_intro	construct	0.0537
self_intro	consult	0.033
self_intro	consult is	0.0247
self_intro	consult or	0.0275
self_intro	contact	0.0513
self_intro	context	0.0716
self_intro	context i	0.0657
self_intro	convers	0.0313
self_intro	cook	0.151
self_intro	cool	-0.0435
self_intro	could	-0.2313
self_intro	could help	-0.0685
self_intro	could i	-0.0447
self_intro	could you	-0.0266
self_intro	could ~help	-0.0824
self_intro	could ~sendverb	-0.0208
self_intro	coupl	-0.0892
self_intro	cours	0.0307
self_intro	cover	-0.0436
self_intro	cover everyth	-0.0284
self_intro	cpa	0.0644
self_intro	cs	0.0533
self_intro	cs degre	0.0675
self_intro	cs ~degree	0.0482
self_intro	cultur	-0.0218
self_intro	curat	0.0478
self_intro	curious	-0.0216
self_intro	curious about	0.0354
self_intro	curious how	-0.0346
self_intro	current	0.2358
self_intro	current a	0.1439
self_intro	current ~number	0.2124
self_intro	custom	0.079
self_intro	d	0.0245
self_intro	data	-0.1387
self_intro	data analyst	0.0364
self_intro	data scienc	-0.0868
self_intro	data scientist	-0.0594
self_intro	data ~student	-0.0857
self_intro	day	0.0237
self_intro	day and	-0.0305
self_intro	day as	-0.0391
self_intro	day to	-0.0485
self_intro	decad	0.0727
self_intro	decad in	0.0688
self_intro	decid	-0.168
self_intro	decid between	-0.0478
self_intro	decid on	-0.0234
self_intro	decid whether	-0.0582
self_intro	degre	0.3298
self_intro	degre at	0.1276
self_intro	degre in	0.039
self_intro	denver	0.08
self_intro	depart	-0.0353
self_intro	design	-0.1167
self_intro	desk	0.0859
self_intro	dev	0.0539
self_intro	did	0.0325
self_intro	did a	0.0345
self_intro	did it	0.0296
self_intro	did not	0.0284
self_intro	did some	0.0708
self_intro	did you	-0.1599
self_intro	did ~number	0.0291
self_intro	differ	-0.085
self_intro	differ between	-0.0237
self_intro	difficult	-0.0248
self_intro	direct	-0.0375
self_intro	do	-0.0339
self_intro	do a	0.0841
self_intro	do an	0.0849
self_intro	do i	-0.0231
self_intro	do not	0.034
self_intro	do peopl	-0.0273
self_intro	do to	-0.0222
self_intro	do you	-0.1711
self_intro	do ~number	0.1599
self_intro	do ~people	-0.0273
self_intro	do ~want	-0.0289
self_intro	document	0.0996
self_intro	doe	-0.1303
self_intro	doe a	-0.0517
self_intro	doe the	-0.0304
self_intro	doe your	-0.0322
self_intro	doe ~number	-0.082
self_intro	doe ~people	-0.0262
self_intro	done the	-0.0205
self_intro	down	-0.0208
self_intro	drop	-0.0376
self_intro	drop you	-0.0328
self_intro	earlier	-0.024
self_intro	eat	-0.0238
self_intro	ecolog	-0.0528
self_intro	econ	0.0981
self_intro	econ and	0.0683
self_intro	economist	0.0621
self_intro	educ	0.0528
self_intro	eight	0.1441
self_intro	eight year	0.1441
self_intro	eight ~duration	0.1441
self_intro	elect	-0.0347
self_intro	electrician	0.0702
self_intro	els	-0.0438
self_intro	email	-0.0607
self_intro	email so	-0.0207
self_intro	end	-0.0513
self_intro	end up	0.0332
self_intro	engin	-0.0872
self_intro	english	0.1246
self_intro	enough	-0.0384
self_intro	environment	0.0384
self_intro	environment consult	-0.0248
self_intro	environment scienc	0.0632
self_intro	even	-0.0206
self_intro	evening	-0.0477
self_intro	eventu	-0.04
self_intro	ever need	-0.0492
self_intro	ever ~help	0.0456
self_intro	everyth	-0.091
self_intro	everyth i	-0.0296
self_intro	everyth on	-0.025
self_intro	exhibit	0.0477
self_intro	experi	0.0223
self_intro	explor	0.0766
self_intro	extra	-0.0406
self_intro	famili	0.0241
self_intro	favor	-0.0263
self_intro	feel	-0.0377
self_intro	feel comfort	0.0346
self_intro	few	-0.0292
self_intro	few month	-0.0411
self_intro	few year	-0.044
self_intro	few ~duration	-0.0851
self_intro	field	-0.0447
self_intro	field work	0.0486
self_intro	field ~learn	0.0478
self_intro	field ~workverb	0.0486
self_intro	fifteen	-0.0232
self_intro	final	0.0752
self_intro	final year	0.0842
self_intro	final ~duration	0.0842
self_intro	find	-0.0537
self_intro	fine	0.0231
self_intro	finish	0.4267
self_intro	finish a	0.1891
self_intro	finish my	0.2191
self_intro	finish the	-0.0518
self_intro	finish up	0.1077
self_intro	finish ~number	0.1373
self_intro	firm	0.0254
self_intro	first	-0.1862
self_intro	first year	-0.0444
self_intro	first ~duration	-0.0444
self_intro	fit	0.1092
self_intro	five	0.0815
self_intro	five minut	-0.0206
self_intro	five year	0.1037
self_intro	five ~duration	0.1037
self_intro	five ~limit	-0.0206
self_intro	five ~timeunit	-0.0206
self_intro	follow	-0.0641
self_intro	follow up	-0.056
self_intro	for	-0.12
self_intro	for a	-0.072
self_intro	for about	0.1028
self_intro	for agre	0.0556
self_intro	for anyth	-0.0391
self_intro	for be	-0.0284
self_intro	for context	0.0567
self_intro	for eight	0.0329
self_intro	for fit	-0.0225
self_intro	for five	0.091
self_intro	for me	-0.0454
self_intro	for now	-0.0229
self_intro	for polici	-0.0236
self_intro	for six	0.0249
self_intro	for the	-0.0751
self_intro	for this	-0.0245
self_intro	for three	0.1197
self_intro	for to	0.0205
self_intro	for today	-0.0291
self_intro	for what	-0.028
self_intro	for you	-0.0463
self_intro	for your	-0.0337
self_intro	for ~insight	-0.0271
self_intro	for ~people	0.0261
self_intro	for ~talk	-0.029
self_intro	forens	-0.0476
self_intro	forens account	-0.0501
self_intro	forens ~student	-0.0483
self_intro	former	0.0537
self_intro	forti	-0.0547
self_intro	found	0.0252
self_intro	four	0.0611
self_intro	four firm	0.0486
self_intro	four ~org	0.0486
self_intro	free	0.0287
self_intro	freelanc	0.1865
self_intro	freelanc transit	0.0918
self_intro	friend	0.037
self_intro	from	0.1416
self_intro	from a	-0.0817
self_intro	from account	-0.0266
self_intro	from me	-0.0415
self_intro	from my	-0.0513
self_intro	from our	0.0621
self_intro	from peopl	-0.0297
self_intro	from retail	0.1488
self_intro	from someon	-0.0291
self_intro	from teach	-0.0218
self_intro	from the	0.1226
self_intro	from ~number	0.04
self_intro	from ~people	-0.0588
self_intro	from ~workverb	-0.0252
self_intro	front	0.082
self_intro	full	0.1399
self_intro	full time	0.0871
self_intro	full ~limit	0.0871
self_intro	fundrais	-0.0404
self_intro	game	-0.0494
self_intro	gather	-0.1067
self_intro	gather inform	-0.0533
self_intro	gather ~insight	-0.1015
self_intro	general	0.0324
self_intro	generous	-0.0235
self_intro	genuin	-0.0307
self_intro	genuin just	-0.0249
self_intro	genuin ~want	-0.026
self_intro	get	-0.1876
self_intro	get a	-0.0476
self_intro	get into	-0.0311
self_intro	get ~number	-0.0538
self_intro	give	0.1272
self_intro	give me	0.05
self_intro	glad	0.0221
self_intro	glad to	0.0441
self_intro	go	-0.3016
self_intro	go after	-0.0381
self_intro	go back	-0.0835
self_intro	go from	-0.0241
self_intro	go straight	-0.0261
self_intro	go to	-0.0632
self_intro	go ~want	-0.0387
self_intro	goal	-0.0264
self_intro	goe	-0.0235
self_intro	gold	-0.0218
self_intro	good	-0.0734
self_intro	good afternoon	0.0466
self_intro	good at	-0.0242
self_intro	good fit	0.0602
self_intro	good morn	0.0379
self_intro	good ~closing	0.0784
self_intro	good ~limit	0.0824
self_intro	got	0.511
self_intro	got a	-0.046
self_intro	got into	0.1188
self_intro	got thank	-0.0276
self_intro	got to	0.0818
self_intro	grad	0.1111
self_intro	grad in	0.0473
self_intro	grad program	-0.0488
self_intro	grad ~degree	-0.0404
self_intro	graduat	0.0221
self_intro	graduat in	0.0684
self_intro	grant	-0.035
self_intro	great	-0.0825
self_intro	great to	-0.0234
self_intro	guess	-0.0224
self_intro	had	-0.0966
self_intro	had no	-0.0324
self_intro	had ~number	-0.0215
self_intro	half	-0.0653
self_intro	half an	-0.0256
self_intro	half hour	-0.0322
self_intro	half ~limit	-0.0322
self_intro	half ~number	-0.0264
self_intro	half ~timeunit	-0.0322
self_intro	hand	-0.1094
self_intro	hand with	-0.0203
self_intro	happi	-0.0823
self_intro	happi to	-0.0707
self_intro	happili	0.0827
self_intro	hard	-0.0679
self_intro	hard back	-0.0249
self_intro	have	0.097
self_intro	have a	-0.0536
self_intro	have alreadi	-0.0226
self_intro	have been	0.2526
self_intro	have done	0.0794
self_intro	have finish	-0.063
self_intro	have got	-0.0671
self_intro	have hire	-0.0235
self_intro	have onli	0.0547
self_intro	have to	-0.0302
self_intro	have work	0.0792
self_intro	have ~number	-0.0734
self_intro	have ~studyverb	-0.0647
self_intro	have ~workverb	0.359
self_intro	head	-0.0311
self_intro	health	0.1253
self_intro	health inform	0.0232
self_intro	health polici	0.0341
self_intro	health ~insight	0.0232
self_intro	health ~want	0.0539
self_intro	hear	0.0529
self_intro	hear how	0.0863
self_intro	hear what	0.0452
self_intro	help	-0.1807
self_intro	help with	-0.027
self_intro	help you	-0.0206
self_intro	here	0.1166
self_intro	here i	0.1528
self_intro	hi	0.1485
self_intro	hi dr	0.0219
self_intro	hi i	0.0336
self_intro	high	0.2388
self_intro	high school	0.2357
self_intro	high ~org	0.2357
self_intro	hire	-0.0674
self_intro	hire manag	-0.0242
self_intro	hire peopl	-0.0253
self_intro	hire ~gatekeeper	-0.0242
self_intro	hire ~people	-0.0253
self_intro	histori	0.0736
self_intro	hold	0.0933
self_intro	honest	0.0641
self_intro	honest advic	-0.0479
self_intro	honest i	0.1157
self_intro	honest take	-0.0236
self_intro	hope	-0.1101
self_intro	hope this	0.0613
self_intro	hope to	-0.0765
self_intro	hospit	0.2014
self_intro	hospit and	0.109
self_intro	hotel	0.0797
self_intro	hour	0.0961
self_intro	how	-0.0906
self_intro	how can	-0.0446
self_intro	how did	-0.0852
self_intro	how do	-0.0833
self_intro	how doe	-0.043
self_intro	how i	0.1061
self_intro	how is	-0.0694
self_intro	how mani	0.0346
self_intro	how much	-0.0241
self_intro	how the	0.0534
self_intro	how you	0.0429
self_intro	how ~help	-0.0833
self_intro	how ~number	0.0487
self_intro	how ~studyverb	-0.0852
self_intro	hunt	-0.0406
self_intro	i	0.3249
self_intro	i am	0.6504
self_intro	i appreci	-0.0254
self_intro	i ask	-0.0355
self_intro	i be	-0.0217
self_intro	i can	-0.0892
self_intro	i check	-0.0282
self_intro	i commit	-0.0233
self_intro	i could	-0.0564
self_intro	i decid	-0.0239
self_intro	i did	0.0454
self_intro	i do	0.049
self_intro	i email	0.0259
self_intro	i end	0.0931
self_intro	i figur	-0.0206
self_intro	i follow	-0.0427
self_intro	i found	0.0401
self_intro	i genuin	-0.026
self_intro	i got	0.4641
self_intro	i guess	-0.0224
self_intro	i had	-0.0677
self_intro	i have	0.3155
self_intro	i just	-0.039
self_intro	i know	-0.1691
self_intro	i land	0.1006
self_intro	i mention	-0.0283
self_intro	i most	0.044
self_intro	i need	-0.0214
self_intro	i never	-0.0239
self_intro	i pick	-0.0224
self_intro	i promis	-0.0401
self_intro	i realli	-0.036
self_intro	i should	-0.0692
self_intro	i spent	0.1347
self_intro	i studi	0.0671
self_intro	i think	-0.1511
self_intro	i thought	-0.0454
self_intro	i want	0.0466
self_intro	i was	0.0689
self_intro	i will	-0.4212
self_intro	i wish	-0.0287
self_intro	i work	0.0671
self_intro	i would	0.0368
self_intro	i ~contactverb	-0.0301
self_intro	i ~help	0.0321
self_intro	i ~learn	-0.1842
self_intro	i ~sendverb	-0.0215
self_intro	i ~studyverb	0.1656
self_intro	i ~talk	-0.0524
self_intro	i ~workverb	0.32
self_intro	icu	0.0363
self_intro	icu nurs	0.0394
self_intro	idea	-0.0398
self_intro	if	-0.2203
self_intro	if consult	0.0558
self_intro	if that	0.0276
self_intro	if there	-0.0333
self_intro	if you	-0.1403
self_intro	if your	-0.0328
self_intro	in	0.2362
self_intro	in audit	0.1367
self_intro	in data	-0.0216
self_intro	in econ	0.071
self_intro	in economist	0.0621
self_intro	in health	0.0207
self_intro	in hospit	0.1034
self_intro	in hour	0.0656
self_intro	in how	-0.0648
self_intro	in may	0.0791
self_intro	in polici	0.0203
self_intro	in public	-0.023
self_intro	in retail	0.0274
self_intro	in suppli	0.062
self_intro	in the	0.0788
self_intro	in their	-0.0283
self_intro	in this	-0.0538
self_intro	in touch	-0.0387
self_intro	in with	-0.0299
self_intro	in your	-0.137
self_intro	in ~contactverb	-0.0402
self_intro	in ~limit	0.0635
self_intro	in ~people	-0.0415
self_intro	in ~student	0.0537
self_intro	in ~timeunit	0.0656
self_intro	industri	-0.0717
self_intro	inform	-0.0912
self_intro	inform about	-0.0251
self_intro	insid ~insight	0.02
self_intro	insight	-0.0225
self_intro	instruct	-0.0207
self_intro	instruct design	-0.0207
self_intro	intent	-0.0489
self_intro	interest	-0.0413
self_intro	interest in	-0.0506
self_intro	internat	0.0463
self_intro	internat relat	0.0395
self_intro	internship	0.3228
self_intro	internship i	0.2836
self_intro	into	0.2681
self_intro	into consult	0.0287
self_intro	into data	0.0323
self_intro	into hour	0.0543
self_intro	into museum	-0.0217
self_intro	into nonprofit	-0.0315
self_intro	into product	-0.0258
self_intro	into this	0.0506
self_intro	into ~limit	0.0543
self_intro	into ~timeunit	0.0543
self_intro	introduc	0.0237
self_intro	is	-0.3542
self_intro	is a	0.07
self_intro	is about	-0.0254
self_intro	is ever	0.0509
self_intro	is everyth	-0.0464
self_intro	is for	0.0255
self_intro	is gold	-0.0218
self_intro	is help	-0.0208
self_intro	is how	0.1008
self_intro	is it	-0.0832
self_intro	is me	-0.0279
self_intro	is most	0.0799
self_intro	is not	-0.0421
self_intro	is part	-0.0481
self_intro	is real	0.0975
self_intro	is realli	0.0376
self_intro	is reassur	0.072
self_intro	is that	-0.0322
self_intro	is the	-0.1781
self_intro	is there	-0.0882
self_intro	is work	0.032
self_intro	is worth	-0.0526
self_intro	is your	-0.0369
self_intro	is ~number	-0.0976
self_intro	is ~want	0.1058
self_intro	is ~workverb	0.0258
self_intro	it	-0.3463
self_intro	it and	-0.0606
self_intro	it be	-0.0452
self_intro	it from	-0.0501
self_intro	it is	-0.0816
self_intro	it seem	-0.0369
self_intro	it take	0.0307
self_intro	it there	-0.0229
self_intro	it ~insight	0.1152
self_intro	job	-0.2165
self_intro	job here	-0.0259
self_intro	job hunt	-0.0367
self_intro	job i	-0.0278
self_intro	job offer	-0.0315
self_intro	join	-0.0275
self_intro	journalist	-0.0206
self_intro	jump	0.0823
self_intro	jump to	0.1021
self_intro	junior	0.213
self_intro	junior at	0.0374
self_intro	junior in	0.0289
self_intro	junior ~student	-0.0258
self_intro	just	-0.2244
self_intro	just gather	-0.0507
self_intro	just here	0.0289
self_intro	just to	-0.1051
self_intro	just want	-0.1374
self_intro	just ~learn	-0.0205
self_intro	just ~want	-0.0984
self_intro	keen	0.0794
self_intro	keep	-0.1073
self_intro	keep you	-0.0442
self_intro	kept	-0.025
self_intro	kept you	-0.025
self_intro	kid	0.0417
self_intro	kid and	0.0385
self_intro	know	-0.2972
self_intro	know how	-0.0203
self_intro	know i	-0.0572
self_intro	know if	-0.0335
self_intro	know we	-0.0301
self_intro	know you	-0.0363
self_intro	know your	-0.028
self_intro	lab	0.0615
self_intro	land	0.0766
self_intro	land ~number	-0.0204
self_intro	last	0.2383
self_intro	last question	-0.0211
self_intro	last semest	0.033
self_intro	last summer	0.073
self_intro	last year	0.1796
self_intro	last ~duration	0.1796
self_intro	late	0.1248
self_intro	later	-0.0256
self_intro	law firm	0.0223
self_intro	law school	0.0297
self_intro	law ~org	0.0554
self_intro	lead	-0.0442
self_intro	learn	0.3148
self_intro	learn from	-0.0324
self_intro	learn how	0.1112
self_intro	learn more	0.0744
self_intro	learn not	0.0407
self_intro	learn what	0.0504
self_intro	learn whether	0.0929
self_intro	leav	-0.1601
self_intro	leav it	-0.0256
self_intro	left	0.0455
self_intro	left right	-0.0209
self_intro	left the	0.0792
self_intro	left ~number	0.0792
self_intro	legal	0.107
self_intro	let	-0.0881
self_intro	let me	0.0257
self_intro	let you	-0.0867
self_intro	like	-0.1128
self_intro	like day	-0.0213
self_intro	like for	-0.046
self_intro	like from	0.0526
self_intro	like in	-0.0222
self_intro	like the	-0.0383
self_intro	like to	-0.034
self_intro	like ~closing	-0.0213
self_intro	like ~limit	-0.0213
self_intro	like ~number	-0.0855
self_intro	line	0.1186
self_intro	line cook	0.151
self_intro	linkedin	-0.0528
self_intro	list	-0.052
self_intro	local	0.0771
self_intro	logist	0.1952
self_intro	long	0.0361
self_intro	long term	0.0631
self_intro	look	-0.1703
self_intro	look for	-0.1149
self_intro	look like	-0.05
self_intro	look to	0.0366
self_intro	lot of	0.0372
self_intro	love evening	-0.0237
self_intro	love your	0.0472
self_intro	love ~closing	-0.0289
self_intro	luck	-0.0278
self_intro	luck with	-0.0278
self_intro	lunch	-0.0467
self_intro	made	0.079
self_intro	made the	0.0982
self_intro	made you	-0.0209
self_intro	made ~number	0.0954
self_intro	main	-0.0887
self_intro	main here	-0.0206
self_intro	main thing	-0.0287
self_intro	main ~want	-0.0518
self_intro	major	0.1522
self_intro	major at	0.099
self_intro	major in	0.0614
self_intro	make	-0.1263
self_intro	make a	-0.0244
self_intro	make sens	-0.0249
self_intro	make ~insight	-0.0249
self_intro	make ~number	-0.0375
self_intro	manag	0.405
self_intro	manag a	0.0811
self_intro	manag and	0.1898
self_intro	manag at	0.0255
self_intro	manag in	0.0486
self_intro	manag ~number	0.0763
self_intro	manag ~want	0.0511
self_intro	marcus	0.0344
self_intro	market	0.0436
self_intro	master in	0.0494
self_intro	math	0.1177
self_intro	matter	-0.089
self_intro	matter most	-0.0765
self_intro	may	0.0861
self_intro	may with	0.0755
self_intro	mayb	-0.049
self_intro	me	0.1385
self_intro	me about	-0.0316
self_intro	me an	0.0769
self_intro	me better	0.0666
self_intro	me done	-0.022
self_intro	me i	0.1417
self_intro	me if	0.0592
self_intro	me in	-0.0756
self_intro	me know	-0.0409
self_intro	me so	0.0316
self_intro	me to	-0.0254
self_intro	me understand	0.0599
self_intro	me with	0.0219
self_intro	me ~number	0.0555
self_intro	medic	0.0483
self_intro	meet	-0.069
self_intro	mgmt	0.0604
self_intro	might	0.0697
self_intro	might be	0.0546
self_intro	might suit	0.0451
self_intro	militari	0.1012
self_intro	militari logist	0.1065
self_intro	mind	0.0484
self_intro	mind if	0.0436
self_intro	mind we	0.0547
self_intro	minut and	-0.0208
self_intro	minut left	-0.0255
self_intro	minut so	0.0522
self_intro	minut you	0.0511
self_intro	moment	-0.0507
self_intro	month	-0.1068
self_intro	month onc	-0.0304
self_intro	more about	0.0654
self_intro	more question	-0.036
self_intro	more than	0.0458
self_intro	morn	0.031
self_intro	most	0.133
self_intro	most hope	-0.021
self_intro	most in	0.0233
self_intro	most on	0.0775
self_intro	most want	0.044
self_intro	most ~want	0.0367
self_intro	move	0.047
self_intro	move into	0.0724
self_intro	move to	-0.033
self_intro	mph	-0.0357
self_intro	mph program	-0.0712
self_intro	msc	0.0236
self_intro	msc in	0.0236
self_intro	much	-0.1191
self_intro	much and	-0.0334
self_intro	museum	-0.0351
self_intro	my	0.4386
self_intro	my background	0.0657
self_intro	my career	-0.0551
self_intro	my end	-0.0212
self_intro	my intent	-0.0489
self_intro	my internship	0.3561
self_intro	my list	-0.0317
self_intro	my name	0.1098
self_intro	my nurs	0.0835
self_intro	my old	-0.0245
self_intro	my own	-0.037
self_intro	my profess	-0.0288
self_intro	my question	-0.0456
self_intro	my resum	-0.0261
self_intro	my ~application	-0.0303
self_intro	my ~degree	0.0932
self_intro	my ~insight	0.0626
self_intro	my ~job	0.3461
self_intro	my ~org	-0.0292
self_intro	myself	0.0777
self_intro	name	0.1022
self_intro	name is	0.0628
self_intro	near	-0.0422
self_intro	near at	-0.0267
self_intro	necessari	-0.0263
self_intro	necessari for	-0.0207
self_intro	need	-0.1153
self_intro	need a	-0.0512
self_intro	need ani	-0.0216
self_intro	need to	-0.0313
self_intro	need ~number	-0.0598
self_intro	network	-0.0204
self_intro	never	-0.0985
self_intro	new	0.0933
self_intro	new grad	0.0667
self_intro	new to	0.0742
self_intro	new ~student	0.0837
self_intro	next spring	0.1359
self_intro	next step	-0.0289
self_intro	next week	-0.0418
self_intro	next ~closing	-0.0418
self_intro	next ~number	-0.0222
self_intro	nice	0.1301
self_intro	night	0.186
self_intro	night class	0.0464
self_intro	night shift	0.0389
self_intro	no	0.0996
self_intro	no idea	-0.0324
self_intro	nobodi	0.0564
self_intro	nonprofit side	-0.0376
self_intro	nonprofit work	0.0813
self_intro	nonprofit ~learn	0.0813
self_intro	nonprofit ~org	-0.0376
self_intro	nonprofit ~workverb	0.0813
self_intro	not	-0.2217
self_intro	not a	-0.0323
self_intro	not actual	0.0537
self_intro	not appli	-0.0263
self_intro	not ask	-0.044
self_intro	not have	0.0503
self_intro	not here	-0.0488
self_intro	not job	-0.0367
self_intro	not look	-0.0621
self_intro	not need	-0.0232
self_intro	not realiz	0.0525
self_intro	not sure	0.0365
self_intro	not want	0.0341
self_intro	not ~job	-0.0367
self_intro	not ~number	-0.0323
self_intro	not ~want	-0.0922
self_intro	note	-0.0592
self_intro	noth	-0.0222
self_intro	noth more	-0.0222
self_intro	now	0.588
self_intro	now and	0.0442
self_intro	now but	0.0532
self_intro	now i	0.1022
self_intro	now just	-0.0246
self_intro	now ~studyverb	0.1336
self_intro	now ~want	-0.0246
self_intro	nurs	0.1109
self_intro	nurs actual	-0.0205
self_intro	nurs and	0.0658
self_intro	nurs student	0.0853
self_intro	nurs ~degree	0.0792
self_intro	nurs ~student	0.0853
self_intro	of	-0.1561
self_intro	of it	0.0759
self_intro	of leav	-0.0464
self_intro	of my	0.1383
self_intro	of the	-0.1069
self_intro	of this	-0.0323
self_intro	of your	-0.1056
self_intro	of ~number	-0.14
self_intro	off	-0.0506
self_intro	offer	0.1079
self_intro	offic i	0.0279
self_intro	oh	0.3286
self_intro	oh interest	0.037
self_intro	ohio	0.0432
self_intro	ohio state	0.0432
self_intro	ok	-0.2287
self_intro	ok i	-0.0662
self_intro	ok that	-0.0558
self_intro	old	-0.0321
self_intro	omg	-0.0245
self_intro	on	-0.2093
self_intro	on a	-0.0691
self_intro	on it	-0.0418
self_intro	on linkedin	-0.0493
self_intro	on me	0.0883
self_intro	on my	-0.0431
self_intro	on what	0.1485
self_intro	on whether	-0.1272
self_intro	on your	-0.0753
self_intro	on ~number	-0.0628
self_intro	onc	-0.1263
self_intro	onc i	-0.1158
self_intro	one	-0.123
self_intro	one of	-0.0202
self_intro	onli	-0.0312
self_intro	onli got	0.0552
self_intro	onli have	-0.0207
self_intro	onlin	0.0357
self_intro	op	0.0977
self_intro	open	-0.1539
self_intro	open i	-0.0395
self_intro	open to	-0.0307
self_intro	oper	0.0615
self_intro	or	-0.2276
self_intro	or anyth	-0.0438
self_intro	or did	-0.024
self_intro	or go	-0.0367
self_intro	or is	-0.0311
self_intro	or was	-0.0299
self_intro	or ~number	-0.026
self_intro	or ~studyverb	-0.024
self_intro	or ~workverb	-0.0691
self_intro	other	-0.0222
self_intro	our	0.0445
self_intro	out	-0.0883
self_intro	out about	0.0634
self_intro	out and	0.0543
self_intro	out becaus	0.0745
self_intro	out i	-0.0219
self_intro	out of	-0.0429
self_intro	out ~want	-0.0226
self_intro	outsid	0.1053
self_intro	over ~number	-0.0227
self_intro	own	0.0387
self_intro	paraleg	0.0844
self_intro	paraleg at	0.033
self_intro	part	-0.0776
self_intro	part of	-0.0985
self_intro	pass	-0.033
self_intro	path	0.0785
self_intro	path from	0.0897
self_intro	path peopl	-0.0209
self_intro	path to	0.0503
self_intro	path ~people	-0.0209
self_intro	patient	-0.0283
self_intro	peopl	-0.1941
self_intro	peopl from	-0.0231
self_intro	peopl in	-0.0518
self_intro	peopl move	0.0204
self_intro	peopl take	-0.0217
self_intro	peopl to	0.0339
self_intro	peopl who	-0.0723
self_intro	peopl ~insight	-0.0217
self_intro	peopl ~people	-0.0723
self_intro	person	0.0489
self_intro	person to	0.0734
self_intro	perspect	-0.1337
self_intro	perspect on	0.0465
self_intro	pharma	0.1678
self_intro	pharmaci	0.1601
self_intro	phd	-0.0467
self_intro	physician	-0.034
self_intro	pick your	-0.0396
self_intro	pick ~number	0.0351
self_intro	pictur	0.0484
self_intro	pictur of	0.063
self_intro	pilot	-0.0302
self_intro	pitch	-0.0399
self_intro	pitch myself	-0.0253
self_intro	place	-0.0329
self_intro	plan	0.0804
self_intro	plan to	-0.033
self_intro	pleas do	0.0534
self_intro	pleas ~help	0.0534
self_intro	point	-0.0314
self_intro	polici	0.0446
self_intro	polit	0.0424
self_intro	polit scienc	0.0428
self_intro	portfolio	-0.0323
self_intro	posit	-0.0917
self_intro	posit right	-0.0289
self_intro	post	-0.032
self_intro	practic	-0.0549
self_intro	prep	0.0299
self_intro	present	0.0393
self_intro	pretti	-0.0298
self_intro	priya	-0.0327
self_intro	probabl	-0.0245
self_intro	process	-0.032
self_intro	product manag	0.0552
self_intro	profess	-0.0512
self_intro	profession	-0.0662
self_intro	profession associ	-0.0468
self_intro	program	-0.1924
self_intro	program at	0.0206
self_intro	program or	-0.0661
self_intro	project	0.0762
self_intro	project end	-0.0293
self_intro	project manag	0.1649
self_intro	promis	-0.0674
self_intro	promis i	-0.0219
self_intro	psych	0.0938
self_intro	public	0.0282
self_intro	public health	0.0753
self_intro	put	-0.0286
self_intro	python	0.0597
self_intro	python script	0.0571
self_intro	qa	0.0594
self_intro	question	-0.1522
self_intro	quick	0.0429
self_intro	quick background	0.0353
self_intro	rambl	0.0364
self_intro	ran	0.0488
self_intro	rather	-0.0369
self_intro	rather than	-0.0321
self_intro	read	-0.0843
self_intro	read on	-0.038
self_intro	real	0.1611
self_intro	realist ~insight	-0.0203
self_intro	realiz	0.0344
self_intro	realli	-0.0998
self_intro	realli appreci	-0.071
self_intro	realli just	-0.087
self_intro	realli like	0.0359
self_intro	realli look	-0.0419
self_intro	realli reassur	0.098
self_intro	realli valu	-0.0548
self_intro	realli ~want	-0.2155
self_intro	reassur	0.17
self_intro	receiv	-0.023
self_intro	recent	0.0911
self_intro	recommend	-0.0331
self_intro	recruit	-0.062
self_intro	referr	-0.0683
self_intro	relat	0.0386
self_intro	report	-0.0278
self_intro	request	-0.0213
self_intro	research	0.0339
self_intro	rest	-0.0266
self_intro	rest of	-0.0266
self_intro	resum	-0.0286
self_intro	retail	0.2321
self_intro	retail manag	0.1414
self_intro	retir	0.0307
self_intro	retrain	-0.033
self_intro	return	-0.0342
self_intro	return the	-0.0302
self_intro	return ~number	-0.0302
self_intro	right	0.03
self_intro	right now	0.1614
self_intro	role	-0.0641
self_intro	role in	0.082
self_intro	room	-0.0267
self_intro	rout	0.0598
self_intro	run	-0.0752
self_intro	run over	-0.0297
self_intro	rutger	0.0493
self_intro	rutger and	0.0201
self_intro	rutger major	0.031
self_intro	rutger ~studyverb	0.031
self_intro	said	-0.0646
self_intro	sale	-0.0678
self_intro	sam	0.0221
self_intro	say	-0.0883
self_intro	say thank	-0.057
self_intro	schedul	-0.0264
self_intro	school	0.244
self_intro	school chemistri	0.1187
self_intro	school for	-0.0434
self_intro	school math	0.0617
self_intro	school senior	0.1075
self_intro	school ~student	0.1424
self_intro	scienc	0.2586
self_intro	scienc and	0.0289
self_intro	scienc in	0.0477
self_intro	scientist	-0.0594
self_intro	script	0.0571
self_intro	search	-0.0356
self_intro	second	0.2407
self_intro	second year	0.2115
self_intro	second ~duration	0.2115
self_intro	sector	0.0479
self_intro	see	-0.0469
self_intro	seem	0.0542
self_intro	seem like	-0.0369
self_intro	self	0.131
self_intro	self taught	0.131
self_intro	self ~workverb	0.131
self_intro	semest	0.089
self_intro	semest of	0.0334
self_intro	send	-0.095
self_intro	send a	-0.0224
self_intro	send you	-0.0447
self_intro	send ~number	-0.023
self_intro	senior	0.2449
self_intro	senior at	0.0353
self_intro	sens	-0.0339
self_intro	sensibl	-0.0424
self_intro	serv	0.0262
self_intro	servic	0.033
self_intro	set	-0.0449
self_intro	shall	0.0482
self_intro	share	0.0203
self_intro	share what	0.0395
self_intro	shift	0.1138
self_intro	shift at	0.1117
self_intro	shop	0.089
self_intro	short	-0.0557
self_intro	should	-0.1688
self_intro	should i	-0.0701
self_intro	side	0.0681
self_intro	side if	0.0599
self_intro	sinc	0.0918
self_intro	six	0.1837
self_intro	six year	0.1873
self_intro	six ~duration	0.1837
self_intro	skill	-0.1101
self_intro	skill matter	-0.0575
self_intro	smartest	-0.0369
self_intro	so	0.3502
self_intro	so generous	-0.0218
self_intro	so i	0.2461
self_intro	so just	-0.0401
self_intro	so much	-0.0923
self_intro	so pleas	0.0477
self_intro	so the	0.1588
self_intro	so this	0.0338
self_intro	so you	0.1439
self_intro	so ~number	0.1633
self_intro	so ~want	-0.0611
self_intro	some ~insight	-0.0384
self_intro	someday	-0.0296
self_intro	someon who	0.0961
self_intro	someon ~people	0.0961
self_intro	someth	-0.0363
self_intro	sophomor	0.1431
self_intro	sophomor undeclar	0.0674
self_intro	sophomor ~studyverb	0.0633
self_intro	sorri	0.0267
self_intro	sorri about	-0.0436
self_intro	sorri i	-0.0719
self_intro	sound	-0.0325
self_intro	spanish	0.0916
self_intro	spend	0.0417
self_intro	spend their	0.0497
self_intro	spent	0.2254
self_intro	spent eight	0.1063
self_intro	spent six	0.0975
self_intro	spent ten	-0.0295
self_intro	spreadsheet	-0.0235
self_intro	spring	0.2136
self_intro	spring and	0.0415
self_intro	sql	0.2977
self_intro	squeez	-0.03
self_intro	squeez me	-0.0292
self_intro	stack	0.0514
self_intro	staff	0.0458
self_intro	stage	-0.071
self_intro	start	0.1586
self_intro	start ~workverb	0.0264
self_intro	startup	-0.0241
self_intro	state	0.2631
self_intro	state and	0.0242
self_intro	state major	0.0334
self_intro	state ~studyverb	0.0387
self_intro	stay	-0.0436
self_intro	stay at	0.0211
self_intro	stay in	-0.0722
self_intro	step	-0.034
self_intro	still in	0.0721
self_intro	stop me	0.0555
self_intro	stop there	-0.0221
self_intro	straight	0.1395
self_intro	straight from	0.1688
self_intro	straight in	-0.0278
self_intro	structur	-0.0243
self_intro	student	0.1998
self_intro	student and	0.0214
self_intro	student at	0.0381
self_intro	student in	0.0275
self_intro	student who	0.0693
self_intro	student ~people	0.0693
self_intro	studi	0.0521
self_intro	studi polit	0.0428
self_intro	such	-0.0293
self_intro	such ~number	-0.0251
self_intro	suggest	0.0477
self_intro	suit	0.0413
self_intro	summer	0.1024
self_intro	super	-0.0296
self_intro	super help	-0.0205
self_intro	suppli	0.1633
self_intro	suppli chain	0.1633
self_intro	support	0.0752
self_intro	support for	0.0792
self_intro	sure	0.0327
self_intro	sure if	0.0242
self_intro	switch	0.2104
self_intro	switch into	0.1494
self_intro	system	0.1011
self_intro	take	-0.0308
self_intro	take care	-0.0261
self_intro	take into	-0.0209
self_intro	take night	0.0489
self_intro	take on	-0.0386
self_intro	take you	0.0755
self_intro	take ~closing	0.0489
self_intro	take ~number	-0.0378
self_intro	talk	-0.0636
self_intro	talk to	-0.0505
self_intro	talk with	-0.0416
self_intro	taught	0.1524
self_intro	teach	0.1267
self_intro	teach high	0.1049
self_intro	teach myself	0.032
self_intro	teacher	0.1004
self_intro	team	-0.1505
self_intro	team ever	-0.0205
self_intro	tech for	0.0416
self_intro	technician	-0.0315
self_intro	tell me	-0.0504
self_intro	tell you	0.0423
self_intro	ten	-0.0595
self_intro	ten year	-0.0558
self_intro	ten ~duration	-0.0558
self_intro	term	0.1308
self_intro	test	-0.0395
self_intro	than	-0.0311
self_intro	than i	-0.021
self_intro	than ~number	0.0416
self_intro	thank a	-0.0402
self_intro	thank again	-0.0445
self_intro	thank for	-0.0926
self_intro	thank i	-0.0381
self_intro	thank so	-0.0463
self_intro	thank to	0.5542
self_intro	thank you	-0.1538
self_intro	thank ~later	-0.0445
self_intro	thank ~number	-0.0538
self_intro	that	-0.1905
self_intro	that cover	-0.0324
self_intro	that i	0.1338
self_intro	that much	0.0419
self_intro	that was	-0.021
self_intro	that you	-0.0278
self_intro	that ~number	-0.0243
self_intro	the	-0.2733
self_intro	the armi	0.2779
self_intro	the articl	-0.0212
self_intro	the best	-0.0261
self_intro	the bootcamp	-0.0231
self_intro	the campus	-0.0413
self_intro	the certif	-0.0319
self_intro	the communiti	0.0851
self_intro	the differ	-0.0314
self_intro	the exam	0.0207
self_intro	the favor	-0.0263
self_intro	the field	-0.0329
self_intro	the find	-0.0291
self_intro	the half	-0.0303
self_intro	the hospit	0.0375
self_intro	the job	-0.0285
self_intro	the jump	0.0989
self_intro	the last	0.0803
self_intro	the main	-0.0309
self_intro	the moment	-0.0396
self_intro	the new	0.0582
self_intro	the next	-0.0318
self_intro	the nonprofit	-0.0426
self_intro	the path	0.0438
self_intro	the project	-0.0318
self_intro	the recruit	-0.0411
self_intro	the role	-0.0289
self_intro	the skill	-0.0217
self_intro	the smartest	-0.0369
self_intro	the spring	0.0395
self_intro	the student	-0.0299
self_intro	the switch	-0.0383
self_intro	the time	-0.0782
self_intro	the twenti	0.0534
self_intro	the ~closing	-0.043
self_intro	the ~degree	-0.1078
self_intro	the ~gatekeeper	-0.042
self_intro	the ~hiring	-0.0286
self_intro	the ~job	-0.063
self_intro	the ~limit	-0.1123
self_intro	the ~org	-0.0224
self_intro	the ~student	-0.1121
self_intro	their career	-0.0224
self_intro	their day	0.0497
self_intro	them	0.0342
self_intro	then	0.0376
self_intro	then ~studyverb	0.0232
self_intro	there a	-0.0544
self_intro	there ani	-0.0354
self_intro	there i	0.0527
self_intro	there is	-0.0338
self_intro	there someon	0.0255
self_intro	there ~number	-0.0585
self_intro	these	0.0488
self_intro	these day	0.0722
self_intro	they	-0.0274
self_intro	thing i	-0.0411
self_intro	thing is	0.0976
self_intro	think	-0.17
self_intro	think about	0.0858
self_intro	think i	-0.1044
self_intro	think of	-0.0505
self_intro	think that	-0.0533
self_intro	thirti minut	0.0566
self_intro	thirti ~limit	0.0566
self_intro	thirti ~timeunit	0.0566
self_intro	this	-0.1336
self_intro	this career	-0.0252
self_intro	this convers	0.0579
self_intro	this field	-0.0559
self_intro	this spring	0.0368
self_intro	this was	-0.0295
self_intro	this year	-0.0228
self_intro	this ~duration	-0.0228
self_intro	thought	-0.056
self_intro	three	0.2225
self_intro	three year	0.2259
self_intro	three ~duration	0.2259
self_intro	through	0.1161
self_intro	through a	-0.0254
self_intro	through how	0.0489
self_intro	through ~number	-0.0295
self_intro	tight	-0.0281
self_intro	time	-0.2036
self_intro	time at	0.0437
self_intro	time but	-0.0251
self_intro	time i	-0.0473
self_intro	time msc	0.0236
self_intro	time or	0.0489
self_intro	time to	-0.0205
self_intro	time ~degree	0.0236
self_intro	tip	0.081
self_intro	to	-0.0448
self_intro	to a	0.2297
self_intro	to appli	-0.0503
self_intro	to ask	0.0517
self_intro	to be	-0.1363
self_intro	to becom	-0.0998
self_intro	to chat	0.0266
self_intro	to day	-0.0485
self_intro	to decid	-0.125
self_intro	to do	-0.0349
self_intro	to finish	-0.0217
self_intro	to gather	-0.0445
self_intro	to get	-0.0438
self_intro	to give	0.0737
self_intro	to go	-0.0331
self_intro	to hour	0.089
self_intro	to keep	-0.0368
self_intro	to know	-0.0202
self_intro	to learn	0.2872
self_intro	to leav	-0.0294
self_intro	to manag	0.0563
self_intro	to me	0.0322
self_intro	to move	0.0604
self_intro	to my	0.307
self_intro	to peopl	-0.0309
self_intro	to receiv	-0.023
self_intro	to run	-0.036
self_intro	to share	0.0449
self_intro	to stay	-0.0276
self_intro	to take	0.0339
self_intro	to the	-0.0766
self_intro	to this	-0.0212
self_intro	to understand	-0.049
self_intro	to you	-0.0205
self_intro	to your	-0.0598
self_intro	to ~closing	-0.0532
self_intro	to ~gatekeeper	0.041
self_intro	to ~insight	0.0388
self_intro	to ~learn	0.1284
self_intro	to ~limit	0.0354
self_intro	to ~number	0.0982
self_intro	to ~org	-0.0389
self_intro	to ~people	-0.0421
self_intro	to ~talk	0.0689
self_intro	to ~timeunit	0.089
self_intro	to ~workverb	-0.0513
self_intro	today	-0.1881
self_intro	today i	-0.0211
self_intro	today is	-0.0759
self_intro	told	-0.0229
self_intro	tomás	0.103
self_intro	ton	-0.0302
self_intro	tonight	-0.0372
self_intro	too	0.1548
self_intro	torn	-0.1011
self_intro	total	0.0683
self_intro	touch	-0.0401
self_intro	toward	0.0388
self_intro	track	-0.0318
self_intro	traffic	0.1329
self_intro	transfer	-0.0357
self_intro	transit	0.1446
self_intro	translat	-0.0209
self_intro	tri	-0.1162
self_intro	tri to	-0.1051
self_intro	turnaround	0.0979
self_intro	twenti	0.1011
self_intro	twenti minut	0.0206
self_intro	twenti ~limit	0.0206
self_intro	twenti ~timeunit	0.0206
self_intro	two	0.2204
self_intro	two year	0.1187
self_intro	two ~duration	0.1933
self_intro	typic week	-0.0339
self_intro	typic ~closing	-0.038
self_intro	um	-0.0201
self_intro	undeclar	0.0674
self_intro	undergrad	0.0341
self_intro	understand better	-0.0313
self_intro	understand how	0.121
self_intro	understand the	-0.0795
self_intro	understand what	-0.0484
self_intro	understand whether	0.056
self_intro	understand ~number	-0.0795
self_intro	unusu	0.0209
self_intro	up	0.0366
self_intro	up a	0.0247
self_intro	up the	0.0799
self_intro	up with	-0.0515
self_intro	up work	-0.0258
self_intro	up ~number	0.1046
self_intro	up ~studyverb	0.0921
self_intro	up ~workverb	-0.0258
self_intro	upfront	-0.0215
self_intro	use	-0.0261
self_intro	use to	-0.0279
self_intro	usual	-0.0787
self_intro	usual end	-0.0254
self_intro	uw	0.0909
self_intro	valu your	-0.0537
self_intro	veri	-0.0792
self_intro	vet	0.0387
self_intro	vet ~org	0.032
self_intro	view	0.0245
self_intro	volunt	0.1306
self_intro	wait	-0.04
self_intro	walk	0.0975
self_intro	want	-0.0496
self_intro	want some	-0.0395
self_intro	want to	0.0599
self_intro	want your	-0.0293
self_intro	was a	0.0587
self_intro	was hope	-0.076
self_intro	was it	-0.0387
self_intro	was realli	0.0988
self_intro	was ~number	0.0549
self_intro	way	0.1581
self_intro	way i	-0.0282
self_intro	way of	0.0408
self_intro	way you	0.196
self_intro	we	-0.1975
self_intro	we are	-0.1025
self_intro	we have	0.0303
self_intro	week	-0.1528
self_intro	week and	-0.026
self_intro	weekend	-0.0656
self_intro	weekend and	-0.0221
self_intro	weigh	0.0584
self_intro	well	-0.0257
self_intro	went	0.3054
self_intro	went straight	0.1688
self_intro	went to	0.1967
self_intro	what	-0.4906
self_intro	what did	-0.0287
self_intro	what do	-0.0302
self_intro	what doe	-0.0468
self_intro	what i	-0.0538
self_intro	what is	-0.0311
self_intro	what made	-0.0243
self_intro	what make	-0.0259
self_intro	what skill	-0.067
self_intro	what the	0.122
self_intro	what to	-0.0237
self_intro	what your	-0.0537
self_intro	what ~help	-0.0302
self_intro	what ~number	0.1078
self_intro	what ~studyverb	-0.0287
self_intro	when	-0.0866
self_intro	when you	-0.0397
self_intro	where	0.042
self_intro	where can	-0.0215
self_intro	where do	-0.0373
self_intro	where doe	-0.0211
self_intro	where is	-0.0238
self_intro	where ~help	-0.0373
self_intro	whether a	-0.0378
self_intro	whether nurs	0.067
self_intro	whether this	-0.0289
self_intro	whether to	-0.0444
self_intro	whether ~number	-0.0493
self_intro	whether ~student	0.0649
self_intro	whi	-0.0394
self_intro	which	-0.0777
self_intro	which is	0.0618
self_intro	which ~student	-0.0254
self_intro	who	0.0983
self_intro	who have	-0.0555
self_intro	who is	0.0355
self_intro	who ~workverb	0.0896
self_intro	will	-0.3937
self_intro	will definit	-0.021
self_intro	will keep	-0.0346
self_intro	will let	-0.0486
self_intro	will send	-0.0413
self_intro	will stop	-0.0337
self_intro	will ~contactverb	-0.0247
self_intro	will ~sendverb	-0.0708
self_intro	wish	-0.0378
self_intro	with	0.0348
self_intro	with a	0.0444
self_intro	with me	-0.0391
self_intro	with the	-0.0878
self_intro	with you	-0.0549
self_intro	with your	-0.0437
self_intro	with ~number	-0.0473
self_intro	wonder	0.0643
self_intro	wonder about	0.0236
self_intro	wonder whether	0.0676
self_intro	work	0.1555
self_intro	work as	0.0966
self_intro	work at	-0.0284
self_intro	work for	0.0716
self_intro	work in	0.117
self_intro	work is	0.0355
self_intro	work not	-0.0295
self_intro	work of	-0.0279
self_intro	work suit	-0.0218
self_intro	work ~number	-0.062
self_intro	worri	0.0644
self_intro	worri about	0.0713
self_intro	worth	-0.1174
self_intro	worth it	-0.0608
self_intro	worth join	-0.0233
self_intro	would	-0.0619
self_intro	would a	0.0355
self_intro	would be	0.1056
self_intro	would feel	0.0347
self_intro	would happili	0.0827
self_intro	would have	-0.0601
self_intro	would it	-0.0514
self_intro	would love	0.051
self_intro	would realli	-0.1156
self_intro	would you	-0.0337
self_intro	would ~number	0.0302
self_intro	would ~want	-0.118
self_intro	wow	0.0206
self_intro	wow ok	-0.0235
self_intro	write	-0.0585
self_intro	write up	-0.0233
self_intro	yeah	-0.0553
self_intro	year	1.1973
self_intro	year and	0.1351
self_intro	year as	0.0271
self_intro	year at	0.0292
self_intro	year in	0.1163
self_intro	year into	-0.0369
self_intro	year look	-0.0418
self_intro	year most	0.18
self_intro	year nurs	0.0819
self_intro	year of	0.1115
self_intro	year teach	0.1085
self_intro	year ~student	0.0598
self_intro	year ~want	0.1993
self_intro	year ~workverb	0.1929
self_intro	you	-0.9549
self_intro	you a	-0.1054
self_intro	you again	-0.0382
self_intro	you agre	-0.0216
self_intro	you are	-0.0347
self_intro	you balanc	-0.0244
self_intro	you be	-0.0397
self_intro	you becaus	0.0259
self_intro	you can	-0.0391
self_intro	you could	-0.0338
self_intro	you do	-0.0295
self_intro	you email	-0.0271
self_intro	you end	-0.0301
self_intro	you ever	-0.0652
self_intro	you for	-0.0831
self_intro	you get	-0.0435
self_intro	you go	-0.0417
self_intro	you got	0.0292
self_intro	you have	-0.1206
self_intro	you in	-0.0505
self_intro	you know	-0.0525
self_intro	you learn	-0.0228
self_intro	you made	0.1072
self_intro	you mention	-0.0238
self_intro	you mind	0.0513
self_intro	you need	-0.0633
self_intro	you offer	0.0553
self_intro	you on	-0.0322
self_intro	you so	-0.0247
self_intro	you tell	-0.0288
self_intro	you think	-0.068
self_intro	you to	-0.0338
self_intro	you walk	0.033
self_intro	you went	0.3164
self_intro	you where	0.071
self_intro	you ~contactverb	-0.0281
self_intro	you ~help	-0.0325
self_intro	you ~later	-0.04
self_intro	you ~learn	-0.1459
self_intro	you ~number	-0.1176
self_intro	you ~sendverb	-0.0369
self_intro	you ~studyverb	-0.0268
self_intro	you ~talk	-0.032
self_intro	you ~want	-0.041
self_intro	you ~workverb	-0.064
self_intro	your	-0.7753
self_intro	your afternoon	-0.0203
self_intro	your brain	-0.0226
self_intro	your compani	-0.0452
self_intro	your depart	-0.0292
self_intro	your firm	-0.0335
self_intro	your first	-0.0649
self_intro	your honest	-0.0522
self_intro	your lunch	-0.0225
self_intro	your own	0.0773
self_intro	your path	0.0815
self_intro	your perspect	-0.0371
self_intro	your role	-0.0521
self_intro	your team	-0.1064
self_intro	your time	-0.0676
self_intro	your work	-0.0388
self_intro	your ~closing	-0.0598
self_intro	your ~insight	-0.0695
self_intro	your ~job	-0.0575
self_intro	your ~learn	-0.039
self_intro	your ~limit	-0.1141
self_intro	your ~org	-0.2506
self_intro	your ~people	-0.0235
self_intro	your ~student	-0.0385
self_intro	your ~workverb	-0.0388
self_intro	~application	-0.0391
self_intro	~closing	-0.1122
self_intro	~closing and	-0.0518
self_intro	~closing as	-0.0338
self_intro	~closing class	0.0464
self_intro	~closing of	-0.0266
self_intro	~closing shift	0.0389
self_intro	~closing to	-0.0534
self_intro	~contactverb	-0.1498
self_intro	~contactverb out	-0.0294
self_intro	~contactverb up	-0.0233
self_intro	~contactverb you	-0.0383
self_intro	~degree	0.519
self_intro	~degree at	0.2028
self_intro	~degree grad	0.0672
self_intro	~degree i	0.0815
self_intro	~degree in	0.196
self_intro	~degree or	-0.0776
self_intro	~degree program	-0.1017
self_intro	~duration	1.1175
self_intro	~duration and	0.1351
self_intro	~duration as	0.0345
self_intro	~duration at	0.0292
self_intro	~duration in	0.193
self_intro	~duration into	-0.0262
self_intro	~duration look	-0.0418
self_intro	~duration most	0.18
self_intro	~duration nurs	0.0819
self_intro	~duration of	0.1115
self_intro	~duration onc	-0.0296
self_intro	~duration teach	0.1085
self_intro	~gatekeeper in	0.0483
self_intro	~gatekeeper manag	-0.0242
self_intro	~help	-0.3189
self_intro	~help a	0.0256
self_intro	~help after	-0.0237
self_intro	~help an	0.0355
self_intro	~help for	0.0683
self_intro	~help i	-0.0342
self_intro	~help me	0.0472
self_intro	~help not	0.034
self_intro	~help peopl	-0.0306
self_intro	~help that	0.0791
self_intro	~help the	-0.0351
self_intro	~help to	-0.0374
self_intro	~help with	-0.027
self_intro	~help you	-0.1767
self_intro	~hiring	-0.1059
self_intro	~hiring manag	-0.0242
self_intro	~hiring night	0.0489
self_intro	~insight	-0.2718
self_intro	~insight care	-0.0261
self_intro	~insight for	-0.0232
self_intro	~insight from	-0.0957
self_intro	~insight i	-0.0533
self_intro	~insight into	-0.032
self_intro	~insight not	-0.0259
self_intro	~insight of	0.0807
self_intro	~insight on	-0.0972
self_intro	~insight up	0.1312
self_intro	~insight would	0.0893
self_intro	~insight you	0.0862
self_intro	~job	-0.1297
self_intro	~job here	-0.0267
self_intro	~job hunt	-0.0367
self_intro	~job i	0.1815
self_intro	~job in	0.0757
self_intro	~job offer	-0.0315
self_intro	~job or	-0.0264
self_intro	~job right	-0.0273
self_intro	~later	-0.1518
self_intro	~later and	-0.0247
self_intro	~learn	-0.1618
self_intro	~learn a	-0.0786
self_intro	~learn about	-0.0756
self_intro	~learn actual	0.0399
self_intro	~learn and	0.0305
self_intro	~learn at	-0.0223
self_intro	~learn better	-0.0344
self_intro	~learn for	0.1057
self_intro	~learn from	-0.0472
self_intro	~learn how	0.186
self_intro	~learn i	0.0734
self_intro	~learn if	-0.0477
self_intro	~learn in	0.0223
self_intro	~learn is	0.025
self_intro	~learn it	-0.0277
self_intro	~learn more	0.0729
self_intro	~learn not	0.0324
self_intro	~learn of	-0.0345
self_intro	~learn or	0.0286
self_intro	~learn so	-0.0277
self_intro	~learn suit	-0.0218
self_intro	~learn the	-0.0409
self_intro	~learn to	0.0636
self_intro	~learn we	-0.0461
self_intro	~learn what	0.058
self_intro	~learn whether	0.1461
self_intro	~learn with	-0.0233
self_intro	~learn you	-0.0479
self_intro	~learn your	-0.0785
self_intro	~limit	-0.1886
self_intro	~limit and	-0.0337
self_intro	~limit at	0.0604
self_intro	~limit but	-0.0251
self_intro	~limit for	-0.0273
self_intro	~limit i	-0.0534
self_intro	~limit left	-0.0259
self_intro	~limit msc	0.0236
self_intro	~limit or	0.044
self_intro	~limit to	-0.0691
self_intro	~limit today	-0.039
self_intro	~limit you	0.044
self_intro	~number	-0.231
self_intro	~number an	-0.0256
self_intro	~number analyst	-0.0212
self_intro	~number armi	0.2957
self_intro	~number articl	-0.0212
self_intro	~number bachelor	0.0602
self_intro	~number bank	-0.0398
self_intro	~number barista	0.0312
self_intro	~number best	-0.0261
self_intro	~number better	0.0965
self_intro	~number big	0.0215
self_intro	~number bit	0.026
self_intro	~number busi	0.0468
self_intro	~number campus	-0.0413
self_intro	~number career	0.0456
self_intro	~number chemistri	0.1249
self_intro	~number colleagu	-0.0259
self_intro	~number communiti	0.0967
self_intro	~number confer	-0.0217
self_intro	~number contact	0.0472
self_intro	~number coupl	-0.0892
self_intro	~number cs	0.0482
self_intro	~number curat	0.0533
self_intro	~number data	-0.0795
self_intro	~number day	-0.0471
self_intro	~number decad	0.0763
self_intro	~number degre	0.0233
self_intro	~number differ	-0.0341
self_intro	~number exam	0.0207
self_intro	~number exhibit	0.0499
self_intro	~number favor	-0.0263
self_intro	~number field	-0.0278
self_intro	~number find	-0.0291
self_intro	~number first	-0.0271
self_intro	~number fit	-0.0371
self_intro	~number forens	-0.0483
self_intro	~number former	0.0611
self_intro	~number full	0.0385
self_intro	~number good	-0.0433
self_intro	~number great	-0.0264
self_intro	~number half	-0.0303
self_intro	~number hand	-0.0595
self_intro	~number high	0.1308
self_intro	~number honest	0.0769
self_intro	~number hospit	0.052
self_intro	~number hotel	0.091
self_intro	~number hour	-0.0695
self_intro	~number icu	0.0657
self_intro	~number internship	-0.025
self_intro	~number job	-0.1206
self_intro	~number jump	0.0989
self_intro	~number junior	0.0321
self_intro	~number last	0.0741
self_intro	~number line	0.1211
self_intro	~number love	-0.0289
self_intro	~number main	-0.0309
self_intro	~number moment	-0.0487
self_intro	~number month	-0.0424
self_intro	~number more	-0.0266
self_intro	~number mph	-0.0737
self_intro	~number new	0.0642
self_intro	~number next	-0.0211
self_intro	~number night	0.0353
self_intro	~number nonprofit	-0.0513
self_intro	~number of	-0.0348
self_intro	~number on	-0.0494
self_intro	~number one	-0.0304
self_intro	~number onlin	0.0521
self_intro	~number paraleg	0.0779
self_intro	~number path	0.0227
self_intro	~number phd	-0.0712
self_intro	~number posit	-0.0604
self_intro	~number product	-0.021
self_intro	~number project	-0.0485
self_intro	~number quick	-0.0411
self_intro	~number realist	-0.0208
self_intro	~number recent	0.0479
self_intro	~number recruit	-0.044
self_intro	~number referr	-0.0625
self_intro	~number right	-0.0211
self_intro	~number role	-0.05
self_intro	~number second	0.2547
self_intro	~number senior	0.0517
self_intro	~number skill	-0.0223
self_intro	~number smartest	-0.0369
self_intro	~number sophomor	0.1229
self_intro	~number spring	0.0385
self_intro	~number stay	0.0211
self_intro	~number student	-0.0816
self_intro	~number summer	0.0547
self_intro	~number thank	-0.0397
self_intro	~number time	-0.0827
self_intro	~number ton	-0.0302
self_intro	~number turnaround	0.0979
self_intro	~number twenti	0.0534
self_intro	~number two	0.0788
self_intro	~number typic	-0.0525
self_intro	~number veri	-0.0428
self_intro	~number vet	0.0315
self_intro	~number while	0.0285
self_intro	~number work	-0.0288
self_intro	~number year	0.2224
self_intro	~org	0.1773
self_intro	~org and	0.1342
self_intro	~org chemistri	0.1187
self_intro	~org ever	-0.032
self_intro	~org for	0.0443
self_intro	~org if	0.0514
self_intro	~org math	0.0617
self_intro	~org next	-0.0429
self_intro	~org right	-0.0395
self_intro	~org senior	0.1075
self_intro	~org work	0.0854
self_intro	~people	-0.1988
self_intro	~people at	-0.0429
self_intro	~people els	-0.0378
self_intro	~people from	-0.0285
self_intro	~people have	-0.0586
self_intro	~people in	-0.0619
self_intro	~people is	0.0355
self_intro	~people move	0.0204
self_intro	~people of	-0.0313
self_intro	~people on	-0.0211
self_intro	~people take	-0.0217
self_intro	~people to	0.0966
self_intro	~sendverb	-0.2354
self_intro	~sendverb a	-0.0224
self_intro	~sendverb my	-0.0244
self_intro	~sendverb so	-0.0207
self_intro	~sendverb what	0.0402
self_intro	~sendverb you	-0.1022
self_intro	~student	1.1163
self_intro	~student and	0.1658
self_intro	~student associ	-0.057
self_intro	~student at	0.2208
self_intro	~student by	-0.0337
self_intro	~student come	0.0767
self_intro	~student do	0.2149
self_intro	~student for	0.1087
self_intro	~student from	0.0741
self_intro	~student i	0.0421
self_intro	~student in	0.1165
self_intro	~student into	0.0241
self_intro	~student just	0.0939
self_intro	~student last	0.0363
self_intro	~student on	-0.0296
self_intro	~student program	-0.0494
self_intro	~student student	0.0259
self_intro	~student undeclar	0.0674
self_intro	~student who	0.1715
self_intro	~studyverb	1.1777
self_intro	~studyverb a	0.3063
self_intro	~studyverb in	0.1347
self_intro	~studyverb into	0.1197
self_intro	~studyverb it	0.0296
self_intro	~studyverb my	0.2403
self_intro	~studyverb night	0.0489
self_intro	~studyverb not	0.0284
self_intro	~studyverb polit	0.0428
self_intro	~studyverb some	0.0708
self_intro	~studyverb the	-0.0831
self_intro	~studyverb up	0.092
self_intro	~studyverb would	-0.0443
self_intro	~studyverb you	-0.1692
self_intro	~talk	-0.237
self_intro	~talk about	-0.0597
self_intro	~talk for	0.0268
self_intro	~talk i	0.0821
self_intro	~talk me	0.0254
self_intro	~talk out	-0.0298
self_intro	~talk so	-0.0306
self_intro	~talk to	-0.0567
self_intro	~talk with	-0.0968
self_intro	~talk you	-0.0383
self_intro	~timeunit	0.0971
self_intro	~timeunit and	-0.0208
self_intro	~timeunit left	-0.0255
self_intro	~timeunit so	0.0362
self_intro	~timeunit you	0.0503
self_intro	~want	-0.2919
self_intro	~want a	-0.0245
self_intro	~want about	0.0399
self_intro	~want appreci	-0.071
self_intro	~want be	0.1056
self_intro	~want curious	-0.0237
self_intro	~want feel	0.0347
self_intro	~want for	-0.1316
self_intro	~want gather	-0.0507
self_intro	~want graduat	-0.0236
self_intro	~want happili	0.0827
self_intro	~want have	-0.0601
self_intro	~want here	0.0464
self_intro	~want how	-0.0346
self_intro	~want i	0.1234
self_intro	~want in	0.0421
self_intro	~want it	-0.0992
self_intro	~want just	-0.0747
self_intro	~want like	0.0269
self_intro	~want look	-0.0473
self_intro	~want love	0.0496
self_intro	~want on	0.0771
self_intro	~want realli	-0.1186
self_intro	~want reassur	0.098
self_intro	~want some	-0.0395
self_intro	~want the	-0.027
self_intro	~want this	0.0532
self_intro	~want to	-0.0554
self_intro	~want valu	-0.0555
self_intro	~want want	-0.105
self_intro	~want whi	0.0669
self_intro	~want you	-0.0997
self_intro	~want your	-0.1635
self_intro	~workverb	0.5399
self_intro	~workverb a	0.1913
self_intro	~workverb as	0.1721
self_intro	~workverb do	0.0225
self_intro	~workverb eight	0.1063
self_intro	~workverb for	0.0743
self_intro	~workverb freelanc	0.0297
self_intro	~workverb high	0.0975
self_intro	~workverb in	0.2055
self_intro	~workverb is	0.0355
self_intro	~workverb myself	0.032
self_intro	~workverb of	-0.0279
self_intro	~workverb on	-0.0218
self_intro	~workverb or	0.0352
self_intro	~workverb out	-0.0401
self_intro	~workverb over	-0.0395
self_intro	~workverb six	0.0975
self_intro	~workverb suit	-0.0218
self_intro	~workverb take	0.0489
self_intro	~workverb teach	0.054
self_intro	~workverb ten	-0.0295
self_intro	~workverb wonder	0.0236
"""#
}
