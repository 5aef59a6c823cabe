// Written by scripts/train-signals from the tune part of the labelled set; do not edit.
extension SignalModel {
    static let bundledWeights = #"""
purpose	*	-3.2465
purpose	1	0.0539
purpose	1 year	0.0639
purpose	1 ~duration	0.0639
purpose	10	0.0311
purpose	10 year	0.0352
purpose	10 ~duration	0.0352
purpose	19	0.0224
purpose	19 drop	0.0265
purpose	2	-0.0432
purpose	20	0.0333
purpose	20 minut	0.0399
purpose	20 ~limit	0.0428
purpose	20 ~timeunit	0.0397
purpose	2nd	0.0328
purpose	2nd year	0.0328
purpose	2nd ~duration	0.0328
purpose	3	-0.0684
purpose	3 year	-0.0325
purpose	3 ~duration	-0.0325
purpose	30	-0.0337
purpose	34	-0.0394
purpose	4	-0.0428
purpose	4 year	-0.0306
purpose	4 ~duration	-0.0318
purpose	5	-0.0448
purpose	5 year	-0.0267
purpose	5 ~duration	-0.0267
purpose	6	0.0621
purpose	6 year	0.0839
purpose	6 ~duration	0.08
purpose	7	-0.0258
purpose	7 year	-0.0247
purpose	7 ~duration	-0.0247
purpose	8	0.0386
purpose	8 year	0.0414
purpose	8 ~duration	0.0386
purpose	9	-0.0236
purpose	9 year	-0.0205
purpose	9 ~duration	-0.0217
purpose	?	-1.4357
purpose	^a	0.0552
purpose	^after	0.0484
purpose	^ah	-0.0247
purpose	^all	0.062
purpose	^and	-0.0352
purpose	^ani	-0.0982
purpose	^are	-0.1235
purpose	^ask	0.0547
purpose	^basic	0.1393
purpose	^befor	-0.0517
purpose	^bye	-0.0213
purpose	^can	-0.0779
purpose	^cheer	-0.0439
purpose	^could	-0.0439
purpose	^current	-0.023
purpose	^dear	0.0289
purpose	^did	-0.0507
purpose	^do	-0.1191
purpose	^doe	0.022
purpose	^feel	-0.0294
purpose	^got	-0.0239
purpose	^happi	-0.0214
purpose	^have	-0.0267
purpose	^hello	0.0339
purpose	^here	0.0235
purpose	^hey	0.0352
purpose	^honest	0.0805
purpose	^how	-0.3585
purpose	^i	0.2041
purpose	^if	-0.2608
purpose	^in	-0.0704
purpose	^is	-0.3254
purpose	^it	-0.0294
purpose	^just	0.2914
purpose	^keen	-0.0295
purpose	^kind	0.0222
purpose	^let	-0.0772
purpose	^like	-0.0242
purpose	^look	0.0654
purpose	^main	0.153
purpose	^mi	0.0469
purpose	^most	0.1099
purpose	^mucha	-0.0206
purpose	^my	0.189
purpose	^no	0.2892
purpose	^not	0.2907
purpose	^noth	0.0311
purpose	^oh	-0.0507
purpose	^ok	-0.2227
purpose	^onli	0.2369
purpose	^pleas	-0.0314
purpose	^realli	-0.0286
purpose	^right	-0.0529
purpose	^should	-0.0346
purpose	^so	0.0323
purpose	^sorri	-0.1822
purpose	^talk	0.0649
purpose	^tell	-0.0483
purpose	^thank	-0.2685
purpose	^that	-0.1894
purpose	^the	0.0824
purpose	^there	0.0741
purpose	^think	0.0557
purpose	^this	0.1587
purpose	^to	0.0941
purpose	^total	-0.0219
purpose	^walk	-0.0414
purpose	^want	-0.0218
purpose	^we	-0.0402
purpose	^well	-0.0353
purpose	^what	-0.4201
purpose	^when	-0.0651
purpose	^where	-0.0334
purpose	^which	-0.0444
purpose	^who	-0.1287
purpose	^would	-0.2063
purpose	^yeah	-0.0265
purpose	^yo	0.0258
purpose	^you	-0.0449
purpose	^your	-0.0201
purpose	a	0.3075
purpose	a bank	-0.0203
purpose	a big	-0.0413
purpose	a bit	0.0417
purpose	a candid	0.0765
purpose	a career	0.1626
purpose	a chat	0.05
purpose	a clearer	0.1565
purpose	a clinic	0.0278
purpose	a code	0.0462
purpose	a colleagu	0.0287
purpose	a coupl	-0.0665
purpose	a day	-0.0272
purpose	a decad	-0.0258
purpose	a degre	-0.0359
purpose	a feel	0.159
purpose	a few	0.0463
purpose	a firm	0.072
purpose	a fit	0.038
purpose	a forens	-0.0258
purpose	a friend	0.0802
purpose	a good	0.0608
purpose	a head	0.0388
purpose	a hospit	0.0871
purpose	a job	0.4668
purpose	a junior	-0.0373
purpose	a lab	0.0422
purpose	a learn	0.1217
purpose	a line	0.0312
purpose	a littl	0.0287
purpose	a lot	-0.0658
purpose	a major	0.0291
purpose	a master	-0.0211
purpose	a mid	-0.035
purpose	a move	0.0578
purpose	a much	-0.0265
purpose	a mutual	0.043
purpose	a normal	-0.0269
purpose	a nurs	0.0807
purpose	a paediatr	0.032
purpose	a paraleg	0.0266
purpose	a part	-0.0628
purpose	a phd	0.0328
purpose	a placement	-0.0402
purpose	a pm	-0.0203
purpose	a portfolio	0.0814
purpose	a posit	0.0707
purpose	a possibl	0.0233
purpose	a product	-0.0227
purpose	a project	-0.0285
purpose	a quick	-0.0345
purpose	a realist	0.0818
purpose	a recent	0.0591
purpose	a referr	0.0662
purpose	a resum	-0.0357
purpose	a sec	-0.0254
purpose	a second	-0.0369
purpose	a short	-0.0227
purpose	a soc	0.0226
purpose	a spot	-0.0454
purpose	a startup	-0.0394
purpose	a stay	-0.0381
purpose	a student	-0.052
purpose	a studio	0.0254
purpose	a summer	-0.0209
purpose	a typic	0.0669
purpose	a ux	-0.0219
purpose	a week	-0.0465
purpose	a word	0.0262
purpose	a year	-0.0362
purpose	a ~application	-0.0357
purpose	a ~closing	-0.1108
purpose	a ~contactverb	-0.0242
purpose	a ~degree	-0.0322
purpose	a ~duration	-0.0621
purpose	a ~gatekeeper	-0.0355
purpose	a ~job	0.4402
purpose	a ~limit	-0.0399
purpose	a ~org	0.1317
purpose	a ~people	0.0247
purpose	a ~student	-0.1346
purpose	about	0.4883
purpose	about biotech	0.0587
purpose	about five	-0.0319
purpose	about get	0.0207
purpose	about go	0.0364
purpose	about health	-0.0216
purpose	about hospit	0.0763
purpose	about how	0.0598
purpose	about is	-0.0295
purpose	about job	0.0303
purpose	about learn	0.0608
purpose	about leav	0.0826
purpose	about me	-0.0308
purpose	about move	0.0585
purpose	about open	0.0492
purpose	about pay	-0.0207
purpose	about polici	-0.0223
purpose	about product	0.0426
purpose	about six	0.0284
purpose	about technic	0.0574
purpose	about that	-0.0562
purpose	about their	0.0326
purpose	about this	-0.0376
purpose	about vacanc	0.033
purpose	about what	0.1134
purpose	about ~clock	-0.0374
purpose	about ~job	0.1123
purpose	about ~number	-0.0565
purpose	about ~org	0.0749
purpose	about ~studyverb	0.0567
purpose	academ ~org	0.0225
purpose	academia	0.0599
purpose	academia to	0.0619
purpose	accept	0.0871
purpose	accept ~number	0.0977
purpose	access	-0.0221
purpose	account	0.0903
purpose	account for	-0.0237
purpose	account in	0.0597
purpose	account involv	0.0836
purpose	actual	0.396
purpose	actual appli	-0.0211
purpose	actual do	0.1808
purpose	actual done	0.0954
purpose	actual for	0.068
purpose	actual in	0.0761
purpose	actual involv	0.0537
purpose	actual like	0.08
purpose	actual look	0.045
purpose	actual ~help	0.1101
purpose	actual ~studyverb	0.0612
purpose	actuari	0.0468
purpose	actuari work	0.0556
purpose	actuari ~learn	0.0552
purpose	actuari ~workverb	0.0556
purpose	add	-0.0208
purpose	advic	0.5893
purpose	advic about	0.0255
purpose	advic and	0.0511
purpose	advic but	0.0262
purpose	advic from	0.0809
purpose	advic not	0.0898
purpose	advic on	0.1905
purpose	advic you	0.0255
purpose	advis	0.077
purpose	advis on	0.0309
purpose	advisor	-0.0358
purpose	after	0.0416
purpose	after a	0.0431
purpose	after an	0.0418
purpose	after is	0.0665
purpose	after senior	0.0241
purpose	after this	-0.0349
purpose	after two	-0.0253
purpose	after your	0.0358
purpose	after ~clock	-0.0318
purpose	after ~number	0.0655
purpose	after ~student	0.0241
purpose	afternoon	-0.0397
purpose	again	-0.1117
purpose	again for	-0.0239
purpose	agenc	-0.0451
purpose	agenc and	0.0535
purpose	agenc work	-0.021
purpose	agenc ~learn	-0.021
purpose	agenc ~workverb	-0.021
purpose	agenda	0.177
purpose	agenda here	0.0755
purpose	agenda ~want	0.0755
purpose	ago	-0.038
purpose	ah	-0.0247
purpose	aim	0.1369
purpose	aim for	0.0415
purpose	aim is	0.0508
purpose	aim today	0.0459
purpose	air	0.1029
purpose	air traffic	0.0803
purpose	all	-0.2031
purpose	all my	-0.0304
purpose	all of	-0.035
purpose	all the	-0.0332
purpose	all ~number	-0.0346
purpose	alreadi	-0.0455
purpose	alright i	-0.0273
purpose	also	0.0613
purpose	also be	0.0817
purpose	alway	-0.048
purpose	am	0.6635
purpose	am 34	-0.0379
purpose	am a	0.0727
purpose	am after	0.0978
purpose	am an	-0.0348
purpose	am at	0.057
purpose	am back	-0.0387
purpose	am basic	0.0369
purpose	am collect	0.0404
purpose	am come	-0.0225
purpose	am conscious	-0.0352
purpose	am consid	0.0426
purpose	am curious	-0.0793
purpose	am definit	0.0793
purpose	am dev	0.0502
purpose	am do	-0.0435
purpose	am explor	0.054
purpose	am finish	-0.0235
purpose	am gather	0.0317
purpose	am go	-0.0855
purpose	am grate	-0.0455
purpose	am happi	-0.0483
purpose	am here	0.0688
purpose	am hope	0.1901
purpose	am in	-0.0391
purpose	am interest	-0.0378
purpose	am just	0.0594
purpose	am keen	0.0309
purpose	am kind	0.0587
purpose	am look	-0.0793
purpose	am main	0.0511
purpose	am mei	0.0285
purpose	am more	0.0271
purpose	am most	0.0979
purpose	am not	0.6447
purpose	am onli	0.0213
purpose	am plan	-0.0316
purpose	am reach	0.0261
purpose	am realli	0.0383
purpose	am so	-0.0357
purpose	am still	0.0245
purpose	am torn	0.0251
purpose	am tri	0.0502
purpose	am veri	-0.0307
purpose	am weigh	0.1216
purpose	am your	-0.0251
purpose	am ~number	0.0228
purpose	am ~student	-0.0215
purpose	am ~studyverb	-0.0962
purpose	am ~talk	0.0401
purpose	am ~want	0.51
purpose	americorp	0.0284
purpose	an	0.0525
purpose	an honest	0.077
purpose	an inform	0.0755
purpose	an internship	0.0604
purpose	an mph	0.0311
purpose	an offer	-0.0294
purpose	an ~degree	0.0213
purpose	an ~help	-0.0294
purpose	an ~insight	0.0351
purpose	an ~job	0.021
purpose	analyt	0.08
purpose	analyt ~want	0.0878
purpose	and	0.1947
purpose	and a	0.0563
purpose	and all	0.0388
purpose	and forth	0.1589
purpose	and got	-0.0411
purpose	and have	0.0307
purpose	and hear	0.1146
purpose	and honest	-0.047
purpose	and i	0.2172
purpose	and it	-0.0408
purpose	and let	-0.0233
purpose	and realli	0.0415
purpose	and research	0.0235
purpose	and talk	0.0714
purpose	and the	-0.0331
purpose	and then	0.0759
purpose	and tri	-0.0202
purpose	and want	0.0633
purpose	and whether	0.028
purpose	and you	0.0912
purpose	and your	0.0279
purpose	and ~studyverb	-0.0271
purpose	and ~talk	0.0677
purpose	and ~want	0.0727
purpose	angl	0.0354
purpose	angl for	0.0354
purpose	ani	-0.1837
purpose	ani advic	0.0546
purpose	ani book	-0.0263
purpose	ani chanc	-0.0228
purpose	ani good	-0.0213
purpose	ani insight	0.0585
purpose	ani internship	0.0368
purpose	ani longer	-0.0266
purpose	ani more	-0.0324
purpose	ani name	-0.0207
purpose	ani of	-0.0202
purpose	ani open	-0.0226
purpose	ani other	0.0366
purpose	ani particular	0.0274
purpose	ani tip	-0.0317
purpose	ani way	-0.0319
purpose	ani ~insight	0.0831
purpose	ani ~people	-0.023
purpose	anoth	0.0365
purpose	answer	-0.0355
purpose	anyon	-0.0356
purpose	anyon els	0.0444
purpose	anyth	0.2863
purpose	anyth but	0.0749
purpose	anyth els	0.0211
purpose	anyth from	0.0372
purpose	anyth i	-0.0378
purpose	anyth just	0.0487
purpose	anyth on	-0.0204
purpose	anyth open	-0.0243
purpose	anyth so	0.0394
purpose	anyth ~want	0.0487
purpose	anyway	-0.0252
purpose	anywher	0.126
purpose	anywher yet	0.1072
purpose	apart	0.144
purpose	apart from	0.0662
purpose	apolog	-0.029
purpose	app	-0.0277
purpose	appli	0.066
purpose	appli anywher	0.1449
purpose	appli through	0.0406
purpose	appli to	-0.0627
purpose	applic	-0.0751
purpose	appreci	-0.1114
purpose	appreci it	-0.0502
purpose	appreci you	-0.03
purpose	apprentic	-0.0275
purpose	are	-0.1857
purpose	are on	0.0327
purpose	are you	-0.0342
purpose	are ~clock	0.0788
purpose	are ~number	0.0544
purpose	are ~people	0.0811
purpose	are ~want	-0.0238
purpose	arjun	0.0792
purpose	arjun complet	0.0201
purpose	arjun ~studyverb	0.0201
purpose	armi in	0.0205
purpose	around	0.0675
purpose	arup	0.0417
purpose	as	0.1316
purpose	as a	0.0428
purpose	as i	0.0236
purpose	as ~number	0.0493
purpose	asid	0.021
purpose	ask	0.478
purpose	ask about	0.1244
purpose	ask befor	0.0232
purpose	ask for	0.3235
purpose	ask from	0.1005
purpose	ask her	-0.0396
purpose	ask here	0.0983
purpose	ask how	-0.0352
purpose	ask if	-0.0542
purpose	ask me	-0.0316
purpose	ask question	0.0346
purpose	ask them	0.0204
purpose	ask you	0.2148
purpose	ask ~number	-0.0215
purpose	ask ~want	0.0811
purpose	assist	-0.0584
purpose	at	-0.1145
purpose	at all	-0.0459
purpose	at arup	0.0417
purpose	at home	-0.0417
purpose	at night	-0.0224
purpose	at school	-0.0245
purpose	at this	0.0498
purpose	at uni	-0.0211
purpose	at your	0.0339
purpose	at ~clock	-0.0469
purpose	at ~org	-0.0251
purpose	audit	0.0904
purpose	audit week	0.0258
purpose	audit ~closing	0.0258
purpose	autumn	-0.0492
purpose	away	0.0469
purpose	ba	-0.0293
purpose	ba in	-0.024
purpose	back	-0.0768
purpose	back after	-0.0332
purpose	back and	0.155
purpose	back from	-0.0242
purpose	back in	0.0394
purpose	back into	-0.046
purpose	back ~want	-0.0409
purpose	background	-0.0548
purpose	background 8	0.0214
purpose	background ex	0.045
purpose	background in	-0.0234
purpose	background is	-0.0271
purpose	background ~clock	0.0258
purpose	bank as	0.0624
purpose	basic	0.1618
purpose	basic i	0.1066
purpose	basic tri	0.0512
purpose	basic ~want	0.0534
purpose	bcom	0.0542
purpose	be	0.0256
purpose	be a	0.0233
purpose	be abl	-0.0303
purpose	be ask	0.064
purpose	be clear	0.0824
purpose	be glad	-0.076
purpose	be good	-0.0245
purpose	be great	0.1713
purpose	be happi	-0.035
purpose	be honest	-0.025
purpose	be lie	0.0406
purpose	be ok	-0.0382
purpose	be possibl	-0.031
purpose	be quick	0.0467
purpose	be realli	0.0488
purpose	be so	-0.0401
purpose	be that	0.0352
purpose	be the	0.115
purpose	be up	-0.0263
purpose	be use	-0.0342
purpose	be weird	-0.022
purpose	be ~help	-0.0342
purpose	be ~number	0.1321
purpose	be ~talk	-0.0209
purpose	be ~want	0.0206
purpose	becaus	0.0509
purpose	becaus it	0.0225
purpose	becom a	-0.0481
purpose	becom ~number	-0.0459
purpose	been	0.0454
purpose	been appli	-0.021
purpose	been freelanc	-0.0237
purpose	been go	0.0954
purpose	been in	0.0234
purpose	been out	0.0213
purpose	been realli	-0.0218
purpose	been talk	0.0465
purpose	been wonder	0.0602
purpose	been ~studyverb	-0.024
purpose	been ~talk	0.0465
purpose	been ~want	-0.0272
purpose	been ~workverb	-0.0416
purpose	befor	0.3266
purpose	befor i	0.431
purpose	befor to	0.0211
purpose	befor we	-0.0315
purpose	began	0.023
purpose	believ	-0.0235
purpose	best person	0.0425
purpose	best ~people	0.0425
purpose	bet	0.0752
purpose	beta	-0.0237
purpose	better	0.0789
purpose	better is	0.0263
purpose	better the	0.0991
purpose	better ~number	0.0991
purpose	between	0.0504
purpose	between stay	0.0522
purpose	beyond	0.3908
purpose	beyond your	0.1217
purpose	beyond ~number	0.0954
purpose	big	-0.1087
purpose	big four	-0.0206
purpose	big ~clock	-0.0231
purpose	bio	-0.0336
purpose	biolog	-0.03
purpose	biotech	0.1492
purpose	bit about	-0.0334
purpose	bit of	0.0549
purpose	blog	-0.0202
purpose	board	-0.028
purpose	book	-0.0687
purpose	book you	-0.0267
purpose	bootcamp	0.0929
purpose	bootcamp grad	-0.0208
purpose	brain	0.2354
purpose	brain about	0.1658
purpose	brain on	0.027
purpose	brazil	-0.0327
purpose	break into	0.024
purpose	brief	-0.0223
purpose	build	-0.0765
purpose	bus	-0.0227
purpose	but	0.2525
purpose	but are	0.0247
purpose	but could	0.0884
purpose	but do	0.0716
purpose	but how	0.0686
purpose	but if	0.118
purpose	but is	0.0548
purpose	but not	-0.0475
purpose	but ~help	0.0716
purpose	but ~want	-0.028
purpose	buy	-0.0252
purpose	by	-0.0884
purpose	by ask	0.0242
purpose	bye	-0.0557
purpose	cafe	-0.0202
purpose	call	-0.0447
purpose	call centr	-0.0262
purpose	call rotat	0.0974
purpose	came	0.0516
purpose	came up	0.0339
purpose	can	-0.092
purpose	can decid	0.0278
purpose	can do	-0.0431
purpose	can give	0.0375
purpose	can i	-0.0764
purpose	can not	0.0232
purpose	can share	0.0273
purpose	can you	-0.0458
purpose	can ~learn	0.0202
purpose	candid	0.0501
purpose	care	-0.0536
purpose	career	0.1501
purpose	career changer	-0.038
purpose	career fair	-0.0218
purpose	career in	0.07
purpose	career ~student	-0.0244
purpose	case	-0.0416
purpose	case studi	-0.0205
purpose	centr	-0.0346
purpose	certif	-0.0492
purpose	chain	0.1286
purpose	chain and	0.0495
purpose	chain role	0.0299
purpose	chain ~job	0.0299
purpose	chanc	-0.0314
purpose	chanc of	-0.038
purpose	chanc you	0.0263
purpose	chang	-0.0257
purpose	changer	-0.038
purpose	changer ex	0.0369
purpose	changer from	-0.0317
purpose	chariti	-0.0258
purpose	charter	0.0306
purpose	chat	0.1495
purpose	chat for	0.0437
purpose	chat not	0.1197
purpose	check	0.0379
purpose	cheer	-0.0402
purpose	chef	0.051
purpose	chef ~clock	0.0786
purpose	chem	0.0236
purpose	chemistri teacher	0.0259
purpose	choos	0.0894
purpose	choos my	0.0691
purpose	civil	-0.0496
purpose	civil engin	-0.0446
purpose	class	-0.0366
purpose	clear	0.0606
purpose	clear i	0.0704
purpose	clearer	0.1301
purpose	clearer pictur	0.0305
purpose	clearer sens	0.0387
purpose	clearer ~insight	0.0692
purpose	client	-0.0994
purpose	climat	0.0485
purpose	climat polici	0.0317
purpose	clinic data	0.0279
purpose	clinic research	0.0321
purpose	clinic ~learn	0.0412
purpose	clock	-0.0336
purpose	close	-0.0326
purpose	closer	0.0979
purpose	closer to	0.0981
purpose	code bootcamp	0.0463
purpose	code ~degree	0.0459
purpose	coffe	-0.0298
purpose	cold	-0.024
purpose	colleagu	0.0423
purpose	colleagu at	0.0396
purpose	collect	0.043
purpose	collect ~insight	0.0395
purpose	colleg	-0.0208
purpose	come away	0.0651
purpose	come from	-0.0414
purpose	come up	0.0304
purpose	commit	0.1553
purpose	commit to	0.1567
purpose	committe	0.0561
purpose	common	-0.0322
purpose	comp	-0.0243
purpose	comp sci	-0.0243
purpose	compani	-0.0393
purpose	compani i	0.0534
purpose	compani usual	0.0718
purpose	compar	0.042
purpose	compar with	0.0242
purpose	complianc	0.048
purpose	complianc work	0.057
purpose	complianc ~learn	0.057
purpose	complianc ~workverb	0.057
purpose	concret	-0.0277
purpose	confer	-0.025
purpose	connect	0.05
purpose	connect me	0.1072
purpose	conscious	-0.0387
purpose	conscious of	-0.0265
purpose	conserv	0.0453
purpose	consid	-0.0263
purpose	consid me	-0.0219
purpose	construct	-0.0263
purpose	consult	0.058
purpose	consult is	0.0265
purpose	contact	-0.043
purpose	context	-0.0304
purpose	contract	-0.0414
purpose	control	0.081
purpose	convers	0.1428
purpose	convers cours	0.0567
purpose	convers is	0.0322
purpose	convers to	0.0257
purpose	convers ~degree	0.0567
purpose	cool	-0.0223
purpose	coordin	-0.0287
purpose	corpor	-0.0253
purpose	could be	0.0264
purpose	could i	-0.1138
purpose	could pass	0.0674
purpose	could refer	0.0275
purpose	could speak	0.0461
purpose	could tell	-0.0225
purpose	could tri	-0.0434
purpose	could you	0.1495
purpose	could ~sendverb	0.0581
purpose	could ~talk	0.0312
purpose	could ~want	-0.0434
purpose	counselor	0.0362
purpose	counselor said	0.0421
purpose	count	-0.0243
purpose	coupl	-0.0794
purpose	coupl of	-0.0721
purpose	coupl year	0.0219
purpose	cours	-0.0448
purpose	cousin	-0.0692
purpose	cover	-0.1852
purpose	cover everyth	-0.1377
purpose	cs	-0.0283
purpose	cs degre	-0.0222
purpose	cultur	-0.0201
purpose	curious	0.0875
purpose	curious about	0.0447
purpose	curious how	0.0291
purpose	curious to	-0.0282
purpose	curious what	0.0384
purpose	custom	0.0442
purpose	custom support	0.0492
purpose	custom ~help	0.0492
purpose	cut	-0.0382
purpose	cycl	-0.0215
purpose	data	0.0641
purpose	data engin	-0.0211
purpose	data manag	0.0279
purpose	data scienc	0.0331
purpose	data team	0.0753
purpose	data ~org	0.074
purpose	daughter	-0.0326
purpose	day	0.1034
purpose	day actual	0.0362
purpose	day in	0.069
purpose	day just	-0.0241
purpose	day sometim	-0.0348
purpose	day to	0.1792
purpose	day ~later	-0.0348
purpose	deadlin	-0.0314
purpose	dear	0.0289
purpose	dear ms	0.0296
purpose	dear ~degree	0.0296
purpose	decad	-0.0394
purpose	decad as	-0.0247
purpose	decid	0.221
purpose	decid between	0.0573
purpose	decid my	0.0348
purpose	decid whether	0.0974
purpose	decid which	0.0402
purpose	decis	0.0442
purpose	decis get	0.0378
purpose	decis ~learn	0.0378
purpose	definit	0.0548
purpose	definit not	0.0797
purpose	degre	-0.0969
purpose	degre in	-0.0235
purpose	depart	-0.0487
purpose	design so	0.0256
purpose	desk	-0.0463
purpose	dev	0.1493
purpose	dev so	0.0362
purpose	dev ~clock	0.0424
purpose	develop in	0.0205
purpose	did	-0.1533
purpose	did a	-0.0453
purpose	did it	-0.0381
purpose	did my	0.0409
purpose	did not	-0.0278
purpose	did you	-0.0279
purpose	did ~number	-0.0748
purpose	die	-0.0307
purpose	difer	0.0211
purpose	diploma	0.085
purpose	diploma and	0.0951
purpose	direct	0.0374
purpose	do	-0.2114
purpose	do a	0.059
purpose	do day	0.0563
purpose	do electrician	0.0292
purpose	do for	-0.024
purpose	do i	0.0721
purpose	do it	0.1336
purpose	do not	-0.0972
purpose	do peopl	-0.0237
purpose	do the	-0.0245
purpose	do this	0.0306
purpose	do to	-0.0206
purpose	do you	-0.1658
purpose	do your	-0.0233
purpose	do ~closing	0.054
purpose	do ~limit	0.0563
purpose	do ~number	0.0341
purpose	do ~people	-0.0248
purpose	do ~student	0.027
purpose	doe	-0.0378
purpose	doe it	-0.0361
purpose	doe not	-0.0354
purpose	doe that	0.0482
purpose	doe the	0.059
purpose	doe ~number	0.0542
purpose	doe ~people	-0.025
purpose	done	-0.0353
purpose	done it	0.0833
purpose	door	-0.043
purpose	door at	-0.028
purpose	down	0.0358
purpose	down the	0.0701
purpose	down ~number	0.0688
purpose	dr	0.0522
purpose	dr okafor	0.0584
purpose	drop	-0.0297
purpose	dure	-0.0216
purpose	earli	-0.0204
purpose	earlier	-0.0215
purpose	eat	-0.0575
purpose	eat into	-0.0449
purpose	ecolog	0.0319
purpose	econom	-0.0241
purpose	editori	0.0424
purpose	elect	0.0779
purpose	electrician	0.0367
purpose	els	0.0229
purpose	els i	0.0428
purpose	els would	-0.0211
purpose	els you	0.0246
purpose	els ~want	-0.0211
purpose	email	-0.0213
purpose	email i	0.0312
purpose	end	0.0611
purpose	end dev	0.0374
purpose	end of	-0.0252
purpose	end up	0.0527
purpose	eng	-0.0225
purpose	engin	0.0497
purpose	engin befor	0.038
purpose	engin for	0.0732
purpose	engin in	-0.0203
purpose	english	-0.0212
purpose	enjoy	0.0436
purpose	enough	-0.0393
purpose	entri	-0.0266
purpose	entri level	-0.0253
purpose	environment	0.0343
purpose	environment engin	0.0261
purpose	er	-0.0225
purpose	ethic	0.0597
purpose	european	0.0513
purpose	even	0.0434
purpose	even start	0.078
purpose	evening	-0.061
purpose	eventu	-0.0494
purpose	ever	-0.2732
purpose	ever anyth	-0.0278
purpose	ever need	-0.0572
purpose	ever take	-0.0217
purpose	ever want	-0.0653
purpose	ever ~insight	-0.0211
purpose	ever ~number	-0.0208
purpose	ever ~want	-0.0589
purpose	everi	-0.0327
purpose	everi week	-0.0226
purpose	everyon	-0.0462
purpose	everyon say	-0.0232
purpose	everyth	-0.2154
purpose	everyth i	-0.1371
purpose	ex	0.0618
purpose	ex chef	0.0762
purpose	ex ~student	0.0726
purpose	exact	0.0282
purpose	exam	-0.0361
purpose	except	0.0274
purpose	experi	-0.1214
purpose	experi in	-0.0247
purpose	explor	0.1471
purpose	explor a	0.0382
purpose	explor ~number	0.0382
purpose	extra	-0.0255
purpose	eye	-0.0318
purpose	fact	0.1585
purpose	fact find	0.159
purpose	fair	-0.0439
purpose	famili	-0.0353
purpose	far	-0.027
purpose	farm	0.0406
purpose	favor	-0.0382
purpose	favour	0.0245
purpose	feedback	-0.0527
purpose	feedback on	-0.0279
purpose	feel	0.1329
purpose	feel a	-0.0252
purpose	feel bad	0.0348
purpose	feel for	0.1587
purpose	feel free	-0.0275
purpose	feel ~number	-0.0219
purpose	few	0.1165
purpose	few field	0.0507
purpose	few month	-0.0383
purpose	few peopl	0.1122
purpose	few week	-0.0248
purpose	few ~duration	-0.0286
purpose	few ~people	0.1394
purpose	field	0.1498
purpose	field befor	0.0586
purpose	figur	0.1764
purpose	figur out	0.1593
purpose	figur talk	0.0242
purpose	figur ~talk	0.0242
purpose	file for	0.0232
purpose	final	-0.0403
purpose	final year	-0.0207
purpose	final ~duration	-0.0207
purpose	find	0.0524
purpose	find out	-0.0328
purpose	find ~number	-0.0218
purpose	fine	-0.0811
purpose	fine art	-0.0255
purpose	finish	-0.0872
purpose	finish a	-0.0569
purpose	finish ~number	-0.0712
purpose	firm	-0.0314
purpose	firm but	0.0461
purpose	firm in	-0.0299
purpose	firm like	0.061
purpose	first	-0.2507
purpose	first and	0.0258
purpose	first job	-0.0242
purpose	first year	-0.0426
purpose	first ~duration	-0.0426
purpose	first ~job	-0.0465
purpose	fish	0.0245
purpose	fish for	0.0256
purpose	fit	0.098
purpose	fit befor	0.0244
purpose	fit for	0.0447
purpose	five	-0.0587
purpose	five year	-0.0574
purpose	five ~duration	-0.0574
purpose	follow	-0.0828
purpose	follow up	-0.0711
purpose	food	0.0201
purpose	food scienc	0.0359
purpose	foot	-0.0251
purpose	foot in	-0.0251
purpose	for	0.2422
purpose	for 3	-0.0305
purpose	for 6	0.0273
purpose	for a	0.0994
purpose	for about	-0.0253
purpose	for advic	0.1479
purpose	for advis	0.0739
purpose	for agre	0.0223
purpose	for an	0.0327
purpose	for anyth	0.1257
purpose	for do	0.0374
purpose	for eight	-0.0273
purpose	for free	-0.0554
purpose	for give	0.0543
purpose	for job	0.0671
purpose	for junior	0.0205
purpose	for me	0.2686
purpose	for month	0.0726
purpose	for my	-0.0517
purpose	for next	0.023
purpose	for nine	0.021
purpose	for peopl	-0.0399
purpose	for someon	-0.0985
purpose	for squeez	-0.0217
purpose	for the	-0.1319
purpose	for this	-0.0201
purpose	for today	0.0647
purpose	for understand	0.0233
purpose	for what	0.0753
purpose	for you	-0.0657
purpose	for your	-0.1109
purpose	for ~clock	-0.087
purpose	for ~duration	0.0705
purpose	for ~insight	0.2722
purpose	for ~job	0.1155
purpose	for ~later	0.0719
purpose	for ~learn	0.0241
purpose	for ~number	-0.0324
purpose	for ~people	-0.1632
purpose	for ~studyverb	0.0408
purpose	forc	0.0225
purpose	forens	0.0899
purpose	forens account	0.0873
purpose	forens ~student	-0.0258
purpose	forth	0.1589
purpose	forth on	0.1515
purpose	forum	0.0631
purpose	forward	-0.053
purpose	found	-0.0201
purpose	free	-0.1271
purpose	free to	-0.0383
purpose	free ~want	-0.023
purpose	freelanc	-0.0457
purpose	friday	-0.0411
purpose	friend	0.0736
purpose	friend of	0.0944
purpose	friend told	-0.0209
purpose	friend you	0.0675
purpose	from	0.408
purpose	from a	-0.0353
purpose	from academia	0.0611
purpose	from bootcamp	0.0729
purpose	from brazil	-0.0261
purpose	from me	-0.0342
purpose	from my	0.0537
purpose	from research	0.0241
purpose	from sale	0.0416
purpose	from someon	0.1563
purpose	from teach	-0.021
purpose	from the	0.041
purpose	from today	0.0256
purpose	from you	0.3179
purpose	from your	0.0219
purpose	from ~people	0.1696
purpose	from ~want	0.0214
purpose	from ~workverb	-0.0339
purpose	front	0.0375
purpose	front end	0.0374
purpose	gain	0.0702
purpose	gain some	0.0426
purpose	game	-0.0578
purpose	game design	-0.0227
purpose	gather	0.1439
purpose	gather inform	0.0797
purpose	gather ~insight	0.1033
purpose	gather ~talk	0.0351
purpose	gave	-0.0302
purpose	gave me	-0.0265
purpose	generous	-0.02
purpose	genuin	0.0217
purpose	genuin ~want	0.0315
purpose	geographi	0.027
purpose	germani	0.0241
purpose	get	-0.136
purpose	get a	0.0821
purpose	get advic	0.0372
purpose	get back	-0.0905
purpose	get hire	0.0713
purpose	get in	-0.0266
purpose	get into	-0.1118
purpose	get made	0.0383
purpose	get my	-0.0493
purpose	get out	0.0329
purpose	get some	0.0401
purpose	get start	0.0261
purpose	get to	-0.0334
purpose	get your	0.0203
purpose	get ~insight	0.0449
purpose	get ~number	0.0759
purpose	give me	0.0975
purpose	give someon	-0.0205
purpose	give you	-0.0232
purpose	give ~people	-0.0251
purpose	glad	-0.0663
purpose	glad i	0.0232
purpose	glad to	-0.0799
purpose	go	-0.0737
purpose	go back	0.1744
purpose	go from	0.0377
purpose	go to	-0.109
purpose	goal	0.2683
purpose	goal for	0.0463
purpose	goal is	0.0521
purpose	goal today	0.175
purpose	goe	-0.1076
purpose	gold	0.1006
purpose	good	-0.0217
purpose	good fit	0.022
purpose	good to	-0.033
purpose	good ~insight	0.056
purpose	got	-0.1369
purpose	got a	-0.0454
purpose	got an	-0.0369
purpose	got everyth	0.0502
purpose	got in	0.0204
purpose	got into	0.0472
purpose	got to	-0.0566
purpose	got ~number	-0.0744
purpose	got ~want	-0.0251
purpose	govern	-0.0204
purpose	gracia	0.0397
purpose	gracia for	0.048
purpose	grad scheme	0.0328
purpose	graduat in	0.0628
purpose	grant	0.0283
purpose	grant to	0.0438
purpose	grate	-0.0379
purpose	grate for	-0.0352
purpose	grate if	0.0563
purpose	grate you	-0.0232
purpose	great	0.1042
purpose	great to	0.1121
purpose	ground	0.0217
purpose	grow into	0.0202
purpose	growth	0.0263
purpose	guess i	0.023
purpose	guidanc	0.0669
purpose	guidanc on	0.0328
purpose	guy	-0.063
purpose	had	-0.1876
purpose	had a	-0.0209
purpose	had not	-0.0228
purpose	had to	-0.0762
purpose	had ~number	-0.0333
purpose	hand	-0.0399
purpose	hand on	-0.0239
purpose	handi	-0.0229
purpose	handl	0.0664
purpose	handl the	0.0852
purpose	handl ~number	0.0829
purpose	happen	-0.0534
purpose	happen to	-0.026
purpose	happi	-0.1419
purpose	happi to	-0.1306
purpose	hard	-0.0654
purpose	hardest	-0.0261
purpose	hardest part	-0.0202
purpose	has	-0.0798
purpose	has been	-0.0515
purpose	has ~workverb	-0.0517
purpose	have	-0.3551
purpose	have a	-0.0561
purpose	have actual	0.0831
purpose	have becom	0.0388
purpose	have been	0.1555
purpose	have cover	-0.0203
purpose	have done	-0.0274
purpose	have fifteen	0.0208
purpose	have got	-0.0224
purpose	have just	-0.0227
purpose	have not	-0.028
purpose	have onli	0.0465
purpose	have spent	-0.0265
purpose	have to	-0.1675
purpose	have would	0.0535
purpose	have ~number	-0.0499
purpose	have ~want	0.0222
purpose	have ~workverb	0.1168
purpose	he	-0.0355
purpose	head	-0.0268
purpose	head off	-0.0262
purpose	head up	0.0363
purpose	health	-0.0656
purpose	health inform	-0.0331
purpose	health ~insight	-0.0331
purpose	hear	0.2008
purpose	hear about	-0.054
purpose	hear back	-0.0264
purpose	hear from	0.1519
purpose	hear how	0.1998
purpose	hear the	-0.0205
purpose	hear their	-0.0252
purpose	hear what	0.0228
purpose	hear you	0.0207
purpose	hear ~number	-0.0225
purpose	heard	-0.0311
purpose	hello	0.0323
purpose	hello i	0.0345
purpose	help me	0.1714
purpose	help out	-0.0291
purpose	help with	-0.0488
purpose	her	-0.0991
purpose	here	0.4652
purpose	here beyond	0.1515
purpose	here for	0.1106
purpose	here i	0.0475
purpose	here in	0.0264
purpose	here pure	0.0638
purpose	here to	0.2229
purpose	hey	0.0352
purpose	hey so	0.0426
purpose	hi	-0.0226
purpose	hi dr	0.0265
purpose	hidden	0.0377
purpose	hidden agenda	0.0377
purpose	hire	0.1578
purpose	hire at	0.0224
purpose	hire but	0.0202
purpose	hire for	-0.0245
purpose	hire me	0.1482
purpose	hire or	-0.0245
purpose	hire process	0.0578
purpose	hire there	0.0723
purpose	hire ~student	0.0217
purpose	histori	-0.0309
purpose	hold	-0.0443
purpose	honest	0.3791
purpose	honest advic	0.0438
purpose	honest if	-0.0325
purpose	honest just	0.0465
purpose	honest my	0.0745
purpose	honest pictur	0.0716
purpose	honest take	0.0988
purpose	honest the	0.0415
purpose	honest ~insight	0.2051
purpose	honest ~number	0.0415
purpose	honest ~want	0.0443
purpose	hop	-0.0326
purpose	hope	0.367
purpose	hope to	0.2641
purpose	hope you	0.0318
purpose	hope your	0.0262
purpose	hospic	-0.0237
purpose	hospit	0.1442
purpose	hospit pharmaci	0.077
purpose	hospit ~people	0.0449
purpose	hour	-0.0414
purpose	how	0.3933
purpose	how a	-0.0284
purpose	how did	0.0495
purpose	how do	-0.083
purpose	how doe	-0.0425
purpose	how i	-0.0327
purpose	how is	0.0292
purpose	how it	-0.0235
purpose	how long	-0.0932
purpose	how much	-0.1098
purpose	how peopl	0.0744
purpose	how project	0.0221
purpose	how suppli	0.0708
purpose	how the	0.1403
purpose	how they	0.0256
purpose	how to	0.0629
purpose	how would	-0.0203
purpose	how you	0.28
purpose	how ~help	-0.0845
purpose	how ~number	0.1111
purpose	how ~people	0.0789
purpose	how ~studyverb	0.0495
purpose	how ~want	-0.0203
purpose	hr	0.0346
purpose	hr at	0.0294
purpose	hunt	0.0741
purpose	hunt yet	0.0223
purpose	hydrolog	0.0584
purpose	hygien	0.0215
purpose	i	-0.2993
purpose	i am	0.6639
purpose	i appli	-0.03
purpose	i appreci	-0.0256
purpose	i ask	0.0417
purpose	i be	-0.0378
purpose	i came	0.0423
purpose	i can	-0.0364
purpose	i choos	0.0581
purpose	i commit	0.1455
purpose	i could	-0.0869
purpose	i decid	0.0392
purpose	i did	0.0311
purpose	i do	-0.0697
purpose	i even	0.0851
purpose	i feel	0.0247
purpose	i figur	0.0442
purpose	i finish	0.0461
purpose	i got	-0.0271
purpose	i graduat	0.0299
purpose	i had	-0.1263
purpose	i have	-0.1811
purpose	i jump	0.0578
purpose	i just	0.0592
purpose	i keep	0.0249
purpose	i know	-0.0679
purpose	i learn	-0.0288
purpose	i live	-0.023
purpose	i look	0.0222
purpose	i mean	-0.0286
purpose	i most	0.0576
purpose	i need	0.0663
purpose	i pick	0.0848
purpose	i promis	0.1732
purpose	i qualifi	0.0374
purpose	i reach	0.3225
purpose	i realli	-0.0672
purpose	i said	0.0377
purpose	i see	-0.0222
purpose	i shadow	-0.0263
purpose	i should	-0.027
purpose	i spent	-0.044
purpose	i talk	-0.0205
purpose	i think	-0.1395
purpose	i thought	0.0612
purpose	i took	0.0289
purpose	i understand	-0.0257
purpose	i volunt	-0.0255
purpose	i want	0.2353
purpose	i was	-0.0962
purpose	i will	-0.3609
purpose	i work	-0.0359
purpose	i would	0.0709
purpose	i ~help	-0.0809
purpose	i ~learn	-0.1021
purpose	i ~sendverb	-0.0505
purpose	i ~studyverb	0.0641
purpose	i ~talk	-0.0668
purpose	i ~want	0.3412
purpose	i ~workverb	-0.1066
purpose	idea	0.0398
purpose	ideal	0.0213
purpose	ideal ~people	0.0423
purpose	if	-0.4035
purpose	if a	-0.0364
purpose	if i	-0.0891
purpose	if industri	-0.0278
purpose	if not	-0.0223
purpose	if one	0.0317
purpose	if there	-0.1239
purpose	if you	-0.1253
purpose	if your	0.0244
purpose	if ~clock	0.0317
purpose	in	-0.147
purpose	in audit	0.0447
purpose	in berlin	-0.0202
purpose	in canada	0.024
purpose	in chemistri	0.0328
purpose	in civil	-0.0331
purpose	in climat	0.0506
purpose	in conserv	0.0216
purpose	in custom	0.0483
purpose	in data	0.022
purpose	in ecolog	0.026
purpose	in environment	0.0207
purpose	in hire	0.0312
purpose	in histori	-0.0227
purpose	in industri	0.0326
purpose	in it	0.0709
purpose	in kitchen	0.0422
purpose	in leed	-0.0275
purpose	in linguist	0.0611
purpose	in lisbon	0.024
purpose	in market	-0.022
purpose	in may	-0.0204
purpose	in mind	0.0264
purpose	in pediatr	0.0227
purpose	in pharmaci	0.0399
purpose	in retail	-0.0224
purpose	in sale	0.0701
purpose	in shanghai	0.0281
purpose	in suppli	0.0239
purpose	in the	-0.038
purpose	in this	-0.0707
purpose	in touch	-0.085
purpose	in uk	0.0399
purpose	in urban	0.0585
purpose	in water	0.0279
purpose	in your	-0.17
purpose	in ~clock	-0.022
purpose	in ~contactverb	-0.1062
purpose	in ~gatekeeper	0.0454
purpose	in ~hiring	0.0307
purpose	in ~number	-0.0564
purpose	independ	-0.02
purpose	inform	0.1283
purpose	inform at	0.0296
purpose	inform chat	0.0581
purpose	inform gather	0.0351
purpose	inform interview	-0.0314
purpose	inform so	0.0224
purpose	inform ~talk	0.0277
purpose	insid	0.0895
purpose	insid a	0.03
purpose	insid scoop	0.0402
purpose	insid ~insight	0.0579
purpose	insid ~number	0.0251
purpose	insight	0.2379
purpose	insight into	0.139
purpose	insight you	0.0413
purpose	institut	0.0471
purpose	instruct	0.1451
purpose	instruct design	0.1451
purpose	insur	-0.0281
purpose	intak	-0.0275
purpose	intent	0.0494
purpose	intent today	0.0391
purpose	interest	-0.1259
purpose	interest i	-0.0279
purpose	interest to	-0.0315
purpose	intern	-0.0524
purpose	internal	-0.0336
purpose	internship at	-0.0312
purpose	internship just	0.0422
purpose	internship on	0.0375
purpose	internship ~want	0.0422
purpose	interview	-0.0314
purpose	interview at	-0.0213
purpose	into	0.1837
purpose	into data	-0.0341
purpose	into forens	0.0201
purpose	into how	0.0931
purpose	into instruct	0.1081
purpose	into nurs	-0.0305
purpose	into product	0.036
purpose	into the	0.0267
purpose	into ux	-0.0261
purpose	into your	-0.057
purpose	introduc me	0.0457
purpose	invest	0.0614
purpose	invest bank	0.0601
purpose	involv	0.2278
purpose	is	0.3026
purpose	is a	0.1531
purpose	is actual	0.1425
purpose	is all	-0.0809
purpose	is alright	0.0275
purpose	is ani	-0.0685
purpose	is anyth	-0.0219
purpose	is been	-0.0497
purpose	is ever	-0.0679
purpose	is everyth	-0.0883
purpose	is exact	0.0232
purpose	is fine	-0.033
purpose	is for	-0.0447
purpose	is gold	0.1109
purpose	is honest	0.0329
purpose	is how	-0.0211
purpose	is it	-0.188
purpose	is just	0.138
purpose	is kind	-0.0547
purpose	is like	0.1001
purpose	is main	0.0766
purpose	is me	-0.0268
purpose	is my	-0.0204
purpose	is not	0.1757
purpose	is part	-0.0371
purpose	is pure	0.1638
purpose	is quit	0.0253
purpose	is realist	0.0475
purpose	is realli	0.067
purpose	is simpli	0.0464
purpose	is that	0.0934
purpose	is the	-0.0973
purpose	is there	-0.1385
purpose	is this	0.0575
purpose	is to	0.26
purpose	is understand	0.0223
purpose	is way	0.0247
purpose	is whi	0.0246
purpose	is worth	0.0726
purpose	is your	-0.0663
purpose	is ~insight	0.0236
purpose	is ~number	0.0442
purpose	is ~want	0.2789
purpose	is ~workverb	-0.0684
purpose	it	-0.3723
purpose	it about	0.0209
purpose	it be	-0.092
purpose	it help	-0.0248
purpose	it like	0.0336
purpose	it most	-0.0428
purpose	it normal	-0.0321
purpose	it ok	0.022
purpose	it seem	0.1478
purpose	it so	0.0497
purpose	it take	-0.0423
purpose	it there	-0.0257
purpose	it was	-0.0298
purpose	it went	-0.0346
purpose	it would	-0.0335
purpose	it ~help	-0.0266
purpose	it ~insight	-0.0408
purpose	it ~number	-0.0247
purpose	it ~want	-0.1074
purpose	jenna	0.0672
purpose	job	0.5006
purpose	job after	-0.0243
purpose	job and	0.0212
purpose	job as	-0.0347
purpose	job ask	0.0229
purpose	job but	0.0541
purpose	job hunt	0.0726
purpose	job i	0.0321
purpose	job in	-0.0771
purpose	job just	0.058
purpose	job nobodi	0.0288
purpose	job referr	0.0348
purpose	job right	0.0379
purpose	job so	0.0245
purpose	job thing	0.0323
purpose	job ~want	0.0321
purpose	join	-0.0301
purpose	journal	0.0271
purpose	jump	0.098
purpose	jump at	-0.0279
purpose	jump from	0.0598
purpose	jump to	-0.026
purpose	june	-0.0298
purpose	junior	-0.0396
purpose	junior analyst	0.0357
purpose	junior at	-0.0236
purpose	junior dev	0.0806
purpose	junior ~job	-0.0284
purpose	junior ~student	-0.0273
purpose	just	0.6057
purpose	just a	0.0664
purpose	just advic	0.0859
purpose	just curious	0.1665
purpose	just explor	0.0418
purpose	just finish	-0.0467
purpose	just gather	0.038
purpose	just got	-0.022
purpose	just here	0.0237
purpose	just love	0.0341
purpose	just one	-0.0241
purpose	just say	-0.0335
purpose	just shout	-0.024
purpose	just to	0.0261
purpose	just tri	0.0564
purpose	just tryna	0.0332
purpose	just want	0.1577
purpose	just your	0.0336
purpose	just ~clock	-0.0384
purpose	just ~insight	0.0981
purpose	just ~number	0.0237
purpose	just ~people	-0.0248
purpose	just ~studyverb	-0.0569
purpose	just ~want	0.4242
purpose	keen	-0.0219
purpose	keep	-0.1101
purpose	keep go	0.0611
purpose	keep it	0.022
purpose	keep me	0.0338
purpose	keep wonder	-0.023
purpose	keep you	-0.1047
purpose	kick	0.0549
purpose	kid and	0.0307
purpose	kind	-0.0789
purpose	kind of	-0.0653
purpose	kitchen	0.0293
purpose	know	0.0476
purpose	know about	0.0358
purpose	know how	-0.058
purpose	know more	0.0761
purpose	know that	-0.0252
purpose	know this	-0.0444
purpose	know what	0.0346
purpose	know where	-0.0245
purpose	know whether	0.0682
purpose	know who	0.0776
purpose	know you	0.0272
purpose	know your	-0.0433
purpose	know ~people	0.0685
purpose	known	-0.0228
purpose	lab	0.0245
purpose	lab so	0.024
purpose	land in	0.0353
purpose	land your	-0.0325
purpose	laptop	-0.0215
purpose	last	-0.1958
purpose	last month	-0.0287
purpose	last question	-0.0206
purpose	last ~closing	-0.0218
purpose	last ~duration	-0.0225
purpose	late	-0.0303
purpose	late i	0.0399
purpose	later ~want	0.0313
purpose	launch	-0.0435
purpose	law	0.1209
purpose	law school	0.1111
purpose	law ~org	0.1049
purpose	lay	0.0417
purpose	lay of	0.0417
purpose	lead	-0.0781
purpose	lead to	-0.0367
purpose	learn	1.0554
purpose	learn a	0.0304
purpose	learn about	0.0722
purpose	learn but	0.1197
purpose	learn from	0.0926
purpose	learn how	0.2075
purpose	learn more	0.0784
purpose	learn not	0.0503
purpose	learn so	0.0272
purpose	learn the	-0.0246
purpose	learn what	0.2252
purpose	leav engin	0.0839
purpose	leav it	-0.0241
purpose	leav with	0.0321
purpose	lectur	-0.0332
purpose	leed	-0.0488
purpose	leed and	-0.0217
purpose	left	0.0503
purpose	legal	-0.0294
purpose	let	-0.262
purpose	let me	-0.0685
purpose	let us	-0.045
purpose	let you	-0.1548
purpose	letter	-0.0215
purpose	level	-0.0441
purpose	level ~job	-0.0253
purpose	lie	0.0372
purpose	lie if	0.0406
purpose	life is	0.0471
purpose	like	0.3409
purpose	like after	0.0215
purpose	like and	0.0525
purpose	like befor	0.0989
purpose	like day	0.0325
purpose	like for	0.0345
purpose	like from	-0.0233
purpose	like i	-0.0202
purpose	like me	-0.0375
purpose	like the	0.0731
purpose	like this	-0.0216
purpose	like to	0.1136
purpose	like you	-0.0437
purpose	like your	0.0499
purpose	like ~closing	0.0289
purpose	like ~limit	0.0325
purpose	like ~number	0.0484
purpose	lindqvist	0.0263
purpose	lindqvist thank	0.0263
purpose	line	0.0348
purpose	linguist	0.1069
purpose	linkedin	-0.0828
purpose	lisbon	0.0234
purpose	list	-0.0497
purpose	littl about	0.0325
purpose	live	-0.0478
purpose	live in	-0.0407
purpose	load	-0.02
purpose	local news	0.0202
purpose	localis	0.0661
purpose	localis work	0.0329
purpose	logist	0.1164
purpose	logist and	0.0292
purpose	long	-0.0519
purpose	long did	-0.0455
purpose	long doe	-0.0322
purpose	long term	0.0692
purpose	long ~studyverb	-0.0455
purpose	longer	-0.0395
purpose	look	0.3082
purpose	look at	-0.0535
purpose	look for	0.2287
purpose	look from	0.0243
purpose	look like	0.1895
purpose	look to	0.0211
purpose	lot	-0.0692
purpose	lot of	-0.0353
purpose	lot to	-0.0295
purpose	love	-0.0668
purpose	love an	0.0394
purpose	love some	0.0803
purpose	love to	-0.2158
purpose	love your	0.0804
purpose	love ~number	0.0343
purpose	lunch	-0.0476
purpose	lunch break	-0.0257
purpose	lunch ~closing	-0.0257
purpose	made	0.0465
purpose	made at	0.0347
purpose	made that	0.0244
purpose	made the	0.0348
purpose	made you	-0.0315
purpose	made ~number	0.0298
purpose	magazin	0.0367
purpose	main	0.4049
purpose	main here	0.0767
purpose	main hope	0.0212
purpose	main i	0.0332
purpose	main reason	0.0326
purpose	main thing	0.0631
purpose	main want	0.0531
purpose	main ~want	0.1887
purpose	major	0.0307
purpose	make	-0.0388
purpose	make that	0.0211
purpose	make the	-0.026
purpose	make time	0.0337
purpose	make you	-0.0251
purpose	make ~limit	0.0337
purpose	make ~number	-0.0242
purpose	manag and	0.0341
purpose	mani	-0.066
purpose	marin	-0.0246
purpose	market	-0.0333
purpose	market ~org	-0.0276
purpose	master	-0.0507
purpose	matter	0.1178
purpose	matter most	0.1276
purpose	may	-0.0369
purpose	mayb	-0.076
purpose	me	0.1656
purpose	me a	-0.0569
purpose	me about	-0.064
purpose	me an	0.033
purpose	me and	-0.0241
purpose	me beyond	0.0354
purpose	me for	-0.0382
purpose	me how	-0.0246
purpose	me i	-0.0437
purpose	me if	-0.0217
purpose	me in	-0.0373
purpose	me is	0.0287
purpose	me know	-0.0331
purpose	me on	-0.0637
purpose	me or	0.0854
purpose	me so	0.0739
purpose	me some	0.0358
purpose	me sort	0.0273
purpose	me through	-0.0583
purpose	me thru	0.0309
purpose	me understand	0.0506
purpose	me what	0.0511
purpose	me with	0.1293
purpose	me your	0.0599
purpose	me ~learn	0.0396
purpose	me ~number	-0.0421
purpose	mean a	0.0469
purpose	mean ~number	0.0469
purpose	meantim	0.0343
purpose	mechan	-0.0286
purpose	mechan engin	-0.0332
purpose	medic	-0.027
purpose	medicin	0.0756
purpose	meet	-0.1325
purpose	mei	0.0285
purpose	mention	0.0683
purpose	mention in	0.0288
purpose	mention you	0.0556
purpose	mentor	-0.0387
purpose	messag	-0.0422
purpose	mi	0.0469
purpose	mid	-0.0399
purpose	mid size	-0.0311
purpose	might	0.025
purpose	might be	0.0438
purpose	might suit	0.0309
purpose	mind	-0.045
purpose	mind if	-0.0236
purpose	mine	0.0804
purpose	minut so	0.0341
purpose	minut to	0.0438
purpose	moment just	0.0314
purpose	moment ~want	0.0314
purpose	month	-0.052
purpose	month about	0.0919
purpose	month and	-0.037
purpose	more	0.1387
purpose	more about	0.1084
purpose	more how	0.0533
purpose	more of	-0.0221
purpose	more question	-0.0375
purpose	more than	0.0337
purpose	more ~want	0.0323
purpose	morn	-0.0342
purpose	most	0.2615
purpose	most for	0.0575
purpose	most here	0.1156
purpose	most i	0.0687
purpose	most in	0.0229
purpose	most of	-0.038
purpose	most reach	0.0344
purpose	most to	0.0472
purpose	most tri	0.03
purpose	most want	0.0865
purpose	most what	0.0573
purpose	most when	0.0213
purpose	most ~people	-0.0235
purpose	most ~want	0.2675
purpose	move	0.13
purpose	move into	0.1685
purpose	mph	0.0311
purpose	mph program	0.0254
purpose	ms	0.0205
purpose	msw	0.0337
purpose	msw program	0.0389
purpose	much	-0.3462
purpose	much clearer	-0.0265
purpose	much for	-0.0475
purpose	much of	-0.0848
purpose	mucha	-0.0206
purpose	mucha gracia	-0.0206
purpose	mum	-0.0306
purpose	museum conserv	0.0351
purpose	music	-0.021
purpose	must	-0.0425
purpose	mutual	0.043
purpose	my	-0.0306
purpose	my advisor	-0.0238
purpose	my aim	0.1366
purpose	my applic	-0.02
purpose	my background	-0.0411
purpose	my career	-0.037
purpose	my counselor	0.0384
purpose	my cousin	-0.0689
purpose	my daughter	-0.0319
purpose	my elect	0.0788
purpose	my email	0.0593
purpose	my english	0.0243
purpose	my final	0.0286
purpose	my first	-0.0409
purpose	my foot	-0.0415
purpose	my friend	-0.0657
purpose	my goal	0.2556
purpose	my hope	0.064
purpose	my intent	0.0494
purpose	my kid	0.0215
purpose	my list	-0.027
purpose	my manag	-0.0291
purpose	my mum	-0.0227
purpose	my name	0.0744
purpose	my next	0.0214
purpose	my professor	0.0436
purpose	my question	-0.0631
purpose	my request	0.0255
purpose	my second	-0.0214
purpose	my side	0.0734
purpose	my son	-0.0262
purpose	my undergrad	0.042
purpose	my ~contactverb	0.0529
purpose	my ~gatekeeper	-0.0332
purpose	my ~job	-0.0213
purpose	my ~org	0.0767
purpose	my ~sendverb	0.0591
purpose	my ~student	0.0251
purpose	my ~talk	0.0487
purpose	my ~want	0.2006
purpose	myself arjun	0.0201
purpose	name	0.034
purpose	name is	0.057
purpose	name on	0.0241
purpose	narrat	0.0234
purpose	need	-0.1489
purpose	need a	-0.0774
purpose	need i	-0.0302
purpose	need someon	-0.0315
purpose	need to	-0.1256
purpose	need ~number	-0.0709
purpose	need ~people	-0.0338
purpose	network	-0.0658
purpose	never	-0.0816
purpose	new	-0.0415
purpose	new to	0.0441
purpose	newslett	-0.0239
purpose	next	-0.047
purpose	next spring	0.021
purpose	next step	0.1739
purpose	next summer	-0.0205
purpose	next week	-0.0355
purpose	next ~closing	-0.0567
purpose	next ~number	-0.0237
purpose	next ~talk	-0.0292
purpose	night	-0.0723
purpose	night shift	-0.0212
purpose	no	0.2753
purpose	no agenda	0.13
purpose	no hidden	0.0377
purpose	no job	0.0361
purpose	no pay	-0.0326
purpose	no pressur	0.0217
purpose	no worri	0.0725
purpose	no ~job	0.0361
purpose	nobodi	0.0323
purpose	nobodi put	0.0234
purpose	nobodi talk	0.0281
purpose	nonprofit	-0.0316
purpose	normal	-0.0756
purpose	normal ~closing	-0.0222
purpose	not	1.3433
purpose	not a	0.397
purpose	not about	0.0226
purpose	not after	0.1335
purpose	not angl	0.0311
purpose	not appli	0.1775
purpose	not ask	0.378
purpose	not be	0.0632
purpose	not come	0.0365
purpose	not fish	0.0235
purpose	not for	0.0963
purpose	not here	0.0775
purpose	not hire	0.1052
purpose	not job	0.1272
purpose	not keep	-0.0291
purpose	not know	-0.0207
purpose	not look	0.16
purpose	not love	0.0391
purpose	not much	-0.0273
purpose	not perfect	0.0246
purpose	not realli	-0.0383
purpose	not sure	-0.168
purpose	not take	-0.0276
purpose	not to	0.1649
purpose	not want	-0.0595
purpose	not whi	0.1131
purpose	not worri	0.0241
purpose	not ~gatekeeper	0.107
purpose	not ~hiring	0.1044
purpose	not ~insight	-0.0276
purpose	not ~job	0.1272
purpose	not ~learn	-0.0249
purpose	not ~number	0.3838
purpose	not ~want	0.2738
purpose	note	-0.0794
purpose	noth	0.2772
purpose	noth els	0.0245
purpose	noth from	0.0773
purpose	noth i	0.0763
purpose	noth more	0.0842
purpose	now	-0.1378
purpose	now and	-0.023
purpose	now but	0.0289
purpose	now do	-0.0228
purpose	now in	-0.0221
purpose	now want	0.0235
purpose	now weigh	0.0327
purpose	now ~studyverb	-0.0253
purpose	now ~want	0.033
purpose	now ~workverb	-0.0227
purpose	nurs	0.0967
purpose	nurs for	0.0324
purpose	nurs is	0.0755
purpose	object	0.0666
purpose	obvious	0.0327
purpose	of	0.2252
purpose	of a	-0.0377
purpose	of an	0.0233
purpose	of anyon	0.0425
purpose	of engin	0.0345
purpose	of how	-0.0417
purpose	of it	0.035
purpose	of mine	0.0833
purpose	of my	-0.0421
purpose	of peopl	-0.032
purpose	of run	0.0301
purpose	of the	0.0822
purpose	of thing	-0.0365
purpose	of this	0.1724
purpose	of time	-0.033
purpose	of today	0.0362
purpose	of twelv	0.0217
purpose	of two	-0.0231
purpose	of uni	0.0301
purpose	of what	0.1404
purpose	of whether	0.0692
purpose	of which	0.0493
purpose	of work	0.101
purpose	of your	-0.224
purpose	of ~degree	-0.0218
purpose	of ~limit	-0.0368
purpose	of ~number	0.04
purpose	of ~studyverb	0.0253
purpose	of ~talk	0.0301
purpose	of ~workverb	0.117
purpose	off	-0.0423
purpose	off you	0.08
purpose	offer	-0.0258
purpose	offer from	-0.0311
purpose	offic	-0.0393
purpose	oh	-0.054
purpose	ok	-0.0607
purpose	ok i	-0.107
purpose	ok so	-0.0246
purpose	ok that	-0.0479
purpose	ok to	-0.0253
purpose	okafor	0.0555
purpose	old job	0.0388
purpose	old ~job	0.0388
purpose	on	0.243
purpose	on a	0.0658
purpose	on actuari	0.0676
purpose	on as	-0.024
purpose	on call	0.0824
purpose	on career	0.0246
purpose	on file	0.022
purpose	on for	-0.0262
purpose	on how	0.066
purpose	on i	-0.0215
purpose	on it	0.0937
purpose	on law	0.0756
purpose	on linkedin	-0.0651
purpose	on me	-0.0243
purpose	on museum	0.0394
purpose	on my	-0.0342
purpose	on now	0.0359
purpose	on this	0.035
purpose	on thursday	0.0231
purpose	on weekend	-0.0406
purpose	on whether	0.2747
purpose	on your	-0.1502
purpose	on ~contactverb	0.0824
purpose	on ~number	0.0499
purpose	on ~studyverb	0.0427
purpose	on ~talk	0.0708
purpose	onboard	-0.0238
purpose	onc	-0.119
purpose	onc i	-0.0735
purpose	one more	-0.0263
purpose	one of	0.0714
purpose	one you	0.0347
purpose	onli	0.3708
purpose	onli 20	0.031
purpose	onli for	0.2004
purpose	onli look	0.0224
purpose	onli to	0.0243
purpose	onli want	0.0344
purpose	onli ~insight	0.0205
purpose	onli ~number	0.0246
purpose	onli ~want	0.0759
purpose	open	-0.0696
purpose	open at	0.0956
purpose	open in	-0.0208
purpose	open to	-0.0277
purpose	open up	-0.0399
purpose	opinion	-0.053
purpose	opinion on	-0.0382
purpose	option	0.1039
purpose	or	-0.061
purpose	or anyth	0.1649
purpose	or did	-0.0269
purpose	or do	-0.0396
purpose	or go	0.0629
purpose	or if	0.029
purpose	or is	-0.1036
purpose	or stay	0.0232
purpose	or the	0.095
purpose	or ~clock	-0.0204
purpose	or ~help	-0.0431
purpose	or ~number	0.0568
purpose	or ~studyverb	-0.0271
purpose	or ~workverb	0.0276
purpose	other	-0.0215
purpose	other ~people	-0.0216
purpose	our ~number	0.0409
purpose	out	0.3818
purpose	out becaus	0.0432
purpose	out for	-0.0353
purpose	out if	0.0801
purpose	out in	-0.0436
purpose	out is	0.1155
purpose	out my	0.0251
purpose	out of	0.0862
purpose	out to	0.0313
purpose	out what	0.0246
purpose	out whether	0.0677
purpose	out with	-0.0204
purpose	out ~number	-0.0231
purpose	over	-0.1672
purpose	over from	-0.0233
purpose	over the	-0.0427
purpose	over ~number	-0.0633
purpose	overal	0.0221
purpose	owner	-0.0344
purpose	paediatr	0.0318
purpose	paid	-0.0371
purpose	pair	-0.0282
purpose	pair of	-0.0282
purpose	panel	-0.0414
purpose	paraleg	0.0409
purpose	paraleg and	0.0458
purpose	paraleg for	0.0264
purpose	paramed	0.0223
purpose	paramed work	0.0227
purpose	paramed ~learn	0.0227
purpose	paramed ~workverb	0.0227
purpose	parent	-0.023
purpose	part	-0.1023
purpose	part time	-0.069
purpose	part whi	-0.0356
purpose	part ~limit	-0.069
purpose	particular	0.0242
purpose	pass my	0.042
purpose	past	-0.0298
purpose	pastri	0.039
purpose	patent	0.0423
purpose	patent law	0.0452
purpose	path	0.1169
purpose	path for	0.0309
purpose	path to	0.0481
purpose	patient	-0.0409
purpose	pay	-0.1034
purpose	pediatr	0.0258
purpose	pediatr or	0.0232
purpose	peopl	0.1528
purpose	peopl at	0.0399
purpose	peopl end	0.0288
purpose	peopl i	0.0772
purpose	peopl in	0.0295
purpose	peopl like	-0.031
purpose	peopl who	0.1329
purpose	peopl you	-0.0227
purpose	peopl ~people	0.1329
purpose	peopl ~want	-0.0259
purpose	perfect	0.0347
purpose	person	0.0533
purpose	person to	0.0925
purpose	perspect	0.2577
purpose	perspect on	0.0979
purpose	pharmaci	0.082
purpose	pharmaci i	0.076
purpose	pharmaci look	0.05
purpose	phd student	0.0204
purpose	phd ~student	0.0218
purpose	pick	0.2714
purpose	pick a	0.0619
purpose	pick my	0.0216
purpose	pick their	0.0257
purpose	pick up	-0.0379
purpose	pick your	0.2349
purpose	pick ~number	0.0589
purpose	pictur	0.2272
purpose	pictur of	0.1875
purpose	piec	-0.0235
purpose	ping	-0.0249
purpose	place	-0.0213
purpose	placement	-0.0449
purpose	placement at	-0.0235
purpose	plan	0.0386
purpose	plan to	-0.0276
purpose	planner	0.0237
purpose	platform	0.0448
purpose	pleas	-0.0626
purpose	pm	-0.0274
purpose	podcast	-0.0306
purpose	point	0.0256
purpose	point me	-0.0214
purpose	polici	0.0577
purpose	polici analysi	0.0281
purpose	portland state	0.0202
purpose	posit	0.0706
purpose	possibl	-0.0405
purpose	possibl to	-0.0268
purpose	post on	-0.0287
purpose	poster	0.0243
purpose	practis	0.0735
purpose	prepar	-0.0324
purpose	pretti	-0.0331
purpose	privat	0.0234
purpose	privat sector	0.0221
purpose	priya	0.0887
purpose	probabl	-0.033
purpose	problem	-0.0366
purpose	problem for	-0.0276
purpose	process	0.0381
purpose	process at	0.0732
purpose	product	0.044
purpose	product manag	0.076
purpose	product market	0.04
purpose	product owner	-0.0342
purpose	product ~gatekeeper	0.0223
purpose	profess	0.0277
purpose	profession	-0.0334
purpose	professor	0.0254
purpose	professor dr	0.0507
purpose	program	-0.0613
purpose	program and	-0.0241
purpose	program or	0.0258
purpose	program that	0.0246
purpose	project	-0.1064
purpose	project to	0.0289
purpose	promis	0.4276
purpose	promis just	0.0575
purpose	promis this	0.1628
purpose	promis ~want	0.0575
purpose	promot	-0.0306
purpose	proofread	-0.0215
purpose	proper	-0.0491
purpose	public	-0.0449
purpose	pune and	0.0258
purpose	pure	0.2339
purpose	pure an	0.0351
purpose	pure for	0.0363
purpose	pure to	0.0639
purpose	pure ~number	0.1351
purpose	pursu	0.0438
purpose	put	0.0237
purpose	put me	-0.0269
purpose	put on	0.0224
purpose	put you	0.0306
purpose	python	-0.0325
purpose	q	-0.0258
purpose	qualifi as	0.0368
purpose	question	-0.1218
purpose	question about	0.0262
purpose	question i	-0.0252
purpose	quick background	0.0515
purpose	quit	0.0336
purpose	rais	0.0251
purpose	rais my	0.0283
purpose	rather	0.1378
purpose	rather than	0.0552
purpose	rather ~learn	0.0591
purpose	reach	0.325
purpose	reach out	0.3338
purpose	read	0.1235
purpose	read on	0.1048
purpose	readi ~help	0.0279
purpose	real	0.222
purpose	real pictur	0.0204
purpose	real stori	0.1363
purpose	real ~closing	0.0663
purpose	real ~insight	0.0204
purpose	realist	0.1471
purpose	realist for	0.0309
purpose	realist pictur	0.038
purpose	realist sens	0.0274
purpose	realist ~insight	0.0653
purpose	realiti	0.0823
purpose	realiti of	0.0823
purpose	realiz	-0.0408
purpose	realli	0.1333
purpose	realli after	0.0266
purpose	realli appreci	-0.0946
purpose	realli grate	0.0363
purpose	realli help	-0.0544
purpose	realli i	0.0203
purpose	realli interest	-0.0571
purpose	realli involv	0.0585
purpose	realli just	0.143
purpose	realli like	0.0272
purpose	realli valu	0.0355
purpose	realli want	0.0213
purpose	realli whi	0.0668
purpose	realli work	0.0912
purpose	realli ~want	0.0845
purpose	reason	0.1598
purpose	reason i	0.1378
purpose	reason of	0.0261
purpose	reassur	0.0341
purpose	recent	0.0761
purpose	recent graduat	0.041
purpose	recent ~student	0.0226
purpose	recommend	-0.0615
purpose	recommend for	-0.0304
purpose	recon	0.0798
purpose	reconnaiss	0.0468
purpose	recruit	0.0995
purpose	recruit friend	0.0675
purpose	recruit from	0.0743
purpose	recruit team	0.0358
purpose	recruit ~org	0.0312
purpose	refer	-0.0334
purpose	referr	0.056
purpose	referr at	0.0623
purpose	referr from	-0.0206
purpose	referr or	0.0234
purpose	regulatori	-0.0374
purpose	regulatori side	-0.0286
purpose	regulatori ~org	-0.0286
purpose	reject	-0.0289
purpose	releas	-0.0238
purpose	remot	-0.0221
purpose	renew	0.0244
purpose	repli	-0.0201
purpose	report	-0.0504
purpose	report back	-0.0283
purpose	request	0.093
purpose	research	0.0266
purpose	research as	0.0452
purpose	research in	0.0265
purpose	resid	0.0957
purpose	respect	-0.0316
purpose	rest	-0.0334
purpose	rest of	-0.0286
purpose	resum	-0.0207
purpose	resum to	0.0439
purpose	retail	-0.0832
purpose	return	-0.0712
purpose	return the	-0.0347
purpose	return to	-0.0203
purpose	return ~number	-0.0347
purpose	review	-0.0512
purpose	ride	0.0613
purpose	ride on	0.065
purpose	right	-0.057
purpose	right i	-0.0327
purpose	right now	-0.028
purpose	road	0.0752
purpose	role	-0.0756
purpose	role in	0.0338
purpose	role is	-0.0217
purpose	role with	-0.0355
purpose	room	-0.0403
purpose	rotat	0.0863
purpose	round	-0.0246
purpose	rout	0.027
purpose	rout in	0.0428
purpose	royal	0.0282
purpose	run	-0.1166
purpose	run to	-0.0223
purpose	rush	-0.0396
purpose	said	0.0354
purpose	said i	0.0885
purpose	said she	-0.0301
purpose	said you	0.0614
purpose	said ~number	-0.0268
purpose	salari	-0.0505
purpose	sale	0.1095
purpose	same	0.0233
purpose	saw	-0.0292
purpose	say	-0.168
purpose	say is	-0.0213
purpose	schedul	-0.026
purpose	school	0.1375
purpose	school and	0.0852
purpose	school chemistri	0.0204
purpose	school for	0.0526
purpose	school i	-0.0365
purpose	school that	0.0267
purpose	school vs	0.0386
purpose	sci	-0.0248
purpose	scienc	0.0359
purpose	scoop	0.0402
purpose	scoop on	0.0402
purpose	season	-0.0543
purpose	seat	0.0207
purpose	sec	-0.0436
purpose	second	-0.0732
purpose	second career	0.0231
purpose	second opinion	-0.0212
purpose	second year	-0.0565
purpose	second ~duration	-0.0565
purpose	second ~insight	-0.0212
purpose	sector	0.0514
purpose	see	-0.0879
purpose	see the	0.0353
purpose	see we	-0.0212
purpose	see what	-0.0799
purpose	see ~number	0.0319
purpose	seek	0.0281
purpose	seem	0.1447
purpose	seem like	0.0814
purpose	self	-0.0218
purpose	send	-0.1185
purpose	send you	-0.0412
purpose	senior associ	0.0265
purpose	senior ~student	0.0275
purpose	sens	0.0706
purpose	sens of	0.0868
purpose	sent	-0.0201
purpose	serious	-0.0357
purpose	serv	0.0781
purpose	session	-0.0441
purpose	set	-0.0301
purpose	shadow	-0.097
purpose	shadow you	-0.0827
purpose	shanghai	0.022
purpose	share	-0.0288
purpose	share about	0.0246
purpose	she	-0.0894
purpose	she ~want	-0.0413
purpose	shift	-0.0971
purpose	shoot	-0.0276
purpose	shop	-0.0227
purpose	short	-0.0764
purpose	should	-0.144
purpose	should i	-0.0886
purpose	shout	-0.035
purpose	show	-0.0219
purpose	side	-0.0607
purpose	side of	-0.0329
purpose	signal	-0.0208
purpose	simpli	0.0505
purpose	simpli to	0.0464
purpose	sinc	-0.0376
purpose	sinc i	0.025
purpose	sink	0.0206
purpose	sink ~clock	0.0223
purpose	site	-0.0208
purpose	six year	-0.021
purpose	size	-0.0464
purpose	skill	0.0798
purpose	skill matter	0.0883
purpose	skill you	0.0391
purpose	small	-0.0389
purpose	small ~org	0.0501
purpose	smartest	0.0825
purpose	snif	0.0812
purpose	snif around	0.0812
purpose	so	-0.0675
purpose	so a	0.0829
purpose	so ani	0.0612
purpose	so basic	-0.0232
purpose	so far	-0.0263
purpose	so hear	0.0533
purpose	so here	0.0287
purpose	so i	0.0567
purpose	so if	-0.0898
purpose	so just	-0.0296
purpose	so most	0.0226
purpose	so much	-0.1007
purpose	so quick	0.0294
purpose	so sorri	-0.0337
purpose	so thank	0.0232
purpose	so the	-0.0444
purpose	so this	-0.0253
purpose	so we	0.0324
purpose	so what	0.0261
purpose	so yeah	0.0256
purpose	so you	-0.0364
purpose	so ~number	0.036
purpose	soak	0.059
purpose	soak up	0.0596
purpose	soc	0.0224
purpose	soc analyst	0.0219
purpose	soc ~student	0.0219
purpose	social	0.0205
purpose	social work	0.0388
purpose	social ~learn	0.0388
purpose	social ~workverb	0.0388
purpose	some	0.194
purpose	some advic	0.055
purpose	some honest	0.0246
purpose	some insight	0.1539
purpose	some perspect	0.0442
purpose	some ~insight	0.2625
purpose	someon	0.1096
purpose	someon actual	0.1297
purpose	someon from	0.0262
purpose	someon in	0.1184
purpose	someon just	-0.0209
purpose	someon new	0.0615
purpose	someon on	0.0399
purpose	someon to	-0.0432
purpose	someon tri	-0.0281
purpose	someon want	-0.0274
purpose	someon who	-0.0279
purpose	someon ~people	-0.0279
purpose	someon ~want	-0.0956
purpose	someth	-0.1222
purpose	someth i	-0.0336
purpose	sometim	-0.0293
purpose	sometim to	-0.026
purpose	somewher	-0.0223
purpose	sommeli	-0.0262
purpose	son	-0.0264
purpose	sophomor	0.0216
purpose	sophomor ~studyverb	0.0219
purpose	sorri	-0.2861
purpose	sorri about	-0.028
purpose	sorri for	-0.023
purpose	sorri i	-0.1121
purpose	sorri to	-0.027
purpose	sort	0.0224
purpose	sort that	0.0276
purpose	sound ok	0.0607
purpose	speak with	0.0369
purpose	special	0.0535
purpose	spend their	0.0218
purpose	spent	-0.0979
purpose	spent a	-0.0284
purpose	spent most	-0.0252
purpose	spent two	0.0281
purpose	spent ~clock	-0.0223
purpose	spent ~number	-0.0315
purpose	sport	0.077
purpose	sport analyt	0.0767
purpose	spot	0.0805
purpose	spot about	0.0324
purpose	spot in	0.098
purpose	spot on	-0.035
purpose	spring after	0.023
purpose	spring ~want	0.0222
purpose	sql	-0.0317
purpose	squeez	-0.0276
purpose	squeez me	-0.0218
purpose	stage	0.0855
purpose	stage of	0.0625
purpose	stakehold	-0.0293
purpose	start	0.0496
purpose	start on	0.0326
purpose	start point	0.0576
purpose	start to	-0.0436
purpose	start with	0.0766
purpose	start ~number	-0.0211
purpose	startup	-0.0679
purpose	stay	-0.0623
purpose	stay at	-0.0391
purpose	step	0.1295
purpose	still	-0.0349
purpose	still figur	0.0217
purpose	stop	-0.1165
purpose	stop here	-0.0265
purpose	stop me	-0.0244
purpose	stop ~want	-0.0265
purpose	stori	0.0939
purpose	stori of	0.058
purpose	strategi	0.0298
purpose	structur	-0.0312
purpose	stuck	-0.0203
purpose	student	-0.1525
purpose	student from	-0.0259
purpose	student hope	0.0242
purpose	student in	0.0497
purpose	student who	-0.0424
purpose	student ~people	-0.0424
purpose	studi	-0.0612
purpose	studi philosophi	0.0268
purpose	studio is	0.0293
purpose	stuff	-0.0489
purpose	suggest	0.0319
purpose	suggest a	-0.0205
purpose	suggest for	-0.03
purpose	suggest i	0.0609
purpose	suggest ~number	-0.0221
purpose	suit	0.0417
purpose	suit ~number	0.0296
purpose	summer	-0.1155
purpose	summer at	-0.0223
purpose	sunday	0.0632
purpose	super	-0.0499
purpose	suppli	0.1219
purpose	suppli chain	0.1296
purpose	support	0.0338
purpose	support and	0.0573
purpose	sure	-0.2001
purpose	sure i	-0.0499
purpose	sure the	-0.0286
purpose	sure ~number	-0.0286
purpose	survey	-0.0351
purpose	switch	0.0299
purpose	switch career	-0.0245
purpose	switch into	0.1031
purpose	system	-0.0319
purpose	take	-0.3054
purpose	take care	-0.0309
purpose	take it	-0.0265
purpose	take me	-0.0546
purpose	take more	-0.0323
purpose	take on	0.1049
purpose	take to	-0.0276
purpose	take up	-0.0411
purpose	take you	-0.0335
purpose	take ~number	-0.0336
purpose	talk	0.2715
purpose	talk to	0.267
purpose	taught	-0.0235
purpose	teach	-0.0691
purpose	teach into	-0.0285
purpose	teach to	0.0319
purpose	team	-0.1416
purpose	team could	0.0241
purpose	team decid	0.0274
purpose	team for	-0.0243
purpose	team this	0.0379
purpose	team ~want	-0.0237
purpose	tech	-0.0696
purpose	technic	0.0429
purpose	technic write	0.0565
purpose	tell	-0.1019
purpose	tell me	-0.0447
purpose	ten	-0.0365
purpose	ten year	-0.0258
purpose	ten ~duration	-0.0258
purpose	term	0.0589
purpose	test	-0.0494
purpose	than	0.2262
purpose	than ani	0.0261
purpose	than anyth	0.0823
purpose	than ask	0.049
purpose	than read	0.0718
purpose	thank	-0.4699
purpose	thank a	-0.0312
purpose	thank again	-0.0584
purpose	thank for	-0.1071
purpose	thank so	-0.0423
purpose	thank to	-0.0221
purpose	thank you	-0.1177
purpose	thank ~later	-0.0584
purpose	thank ~number	-0.0326
purpose	that	-0.4155
purpose	that a	-0.04
purpose	that cover	-0.1272
purpose	that i	0.0673
purpose	that is	-0.1109
purpose	that jump	0.0472
purpose	that ok	0.0898
purpose	that out	0.0272
purpose	that sound	0.0528
purpose	that was	-0.0269
purpose	that work	-0.021
purpose	that would	0.0283
purpose	that ~number	-0.049
purpose	that ~people	0.0322
purpose	the	-0.1353
purpose	the advic	-0.0355
purpose	the big	-0.0524
purpose	the career	-0.0248
purpose	the client	-0.0236
purpose	the clinic	-0.0343
purpose	the clock	-0.0331
purpose	the day	0.1077
purpose	the desk	-0.022
purpose	the door	-0.0402
purpose	the end	0.0362
purpose	the exam	-0.023
purpose	the experi	-0.0292
purpose	the favor	-0.0335
purpose	the few	0.0816
purpose	the field	0.1465
purpose	the first	-0.0419
purpose	the ground	0.0225
purpose	the growth	0.0291
purpose	the hardest	-0.025
purpose	the insid	0.0493
purpose	the job	-0.0737
purpose	the jump	0.0516
purpose	the lab	-0.0226
purpose	the land	0.0417
purpose	the last	-0.0289
purpose	the launch	-0.0211
purpose	the lay	0.0417
purpose	the logist	0.0837
purpose	the long	0.0275
purpose	the main	0.0841
purpose	the meantim	0.0343
purpose	the militari	-0.0209
purpose	the new	-0.0245
purpose	the next	-0.0382
purpose	the night	-0.0302
purpose	the on	0.0967
purpose	the one	0.0807
purpose	the part	0.0207
purpose	the path	0.0561
purpose	the peopl	-0.0296
purpose	the portfolio	-0.0232
purpose	the privat	0.0284
purpose	the real	0.151
purpose	the realiti	0.0823
purpose	the reason	0.1404
purpose	the recruit	0.1115
purpose	the regulatori	-0.0288
purpose	the resid	0.1034
purpose	the rest	-0.0221
purpose	the retrain	0.0217
purpose	the right	0.0584
purpose	the road	0.0752
purpose	the role	0.0444
purpose	the royal	0.0282
purpose	the salari	-0.0282
purpose	the same	0.0287
purpose	the smartest	0.0825
purpose	the spot	0.0332
purpose	the stage	0.0625
purpose	the stori	-0.0239
purpose	the studio	-0.0348
purpose	the summer	-0.0261
purpose	the switch	0.0801
purpose	the thing	-0.0232
purpose	the time	-0.0385
purpose	the tip	0.0459
purpose	the unvarnish	0.0443
purpose	the urban	0.0296
purpose	the ward	0.0613
purpose	the work	0.1579
purpose	the worst	-0.0223
purpose	the ~clock	0.077
purpose	the ~gatekeeper	0.0881
purpose	the ~help	-0.0206
purpose	the ~hiring	0.0405
purpose	the ~job	-0.0374
purpose	the ~learn	0.1642
purpose	the ~limit	0.041
purpose	the ~number	0.151
purpose	the ~org	-0.0964
purpose	the ~studyverb	0.0212
purpose	the ~talk	-0.0365
purpose	the ~workverb	0.1575
purpose	their	-0.0267
purpose	their day	0.0218
purpose	their grad	0.044
purpose	their ~student	0.042
purpose	them	-0.0564
purpose	them about	0.0413
purpose	then took	-0.0268
purpose	then ~studyverb	-0.0424
purpose	then ~workverb	0.0209
purpose	there	-0.2221
purpose	there a	-0.0528
purpose	there ani	0.0306
purpose	there anyon	-0.0309
purpose	there anyth	-0.0486
purpose	there are	0.0274
purpose	there is	-0.0725
purpose	there one	0.0349
purpose	there ~clock	0.0307
purpose	there ~number	-0.0236
purpose	these	-0.0649
purpose	these chat	-0.0315
purpose	they	-0.0825
purpose	they are	-0.0346
purpose	thing for	0.0997
purpose	thing i	0.0374
purpose	think	-0.1256
purpose	think i	-0.0347
purpose	think matter	0.0489
purpose	think of	0.0682
purpose	think that	-0.1354
purpose	this	0.2519
purpose	this as	0.0473
purpose	this but	0.0322
purpose	this can	0.0217
purpose	this career	0.0297
purpose	this chat	0.029
purpose	this convers	0.0557
purpose	this for	0.0447
purpose	this has	-0.0278
purpose	this industri	-0.0274
purpose	this is	0.3783
purpose	this job	-0.0314
purpose	this stage	0.0296
purpose	this was	-0.0682
purpose	this week	-0.0382
purpose	this ~closing	-0.0452
purpose	this ~job	-0.0369
purpose	this ~talk	0.0293
purpose	those	-0.027
purpose	thread	0.0649
purpose	three	-0.0837
purpose	three year	-0.0325
purpose	three ~duration	-0.0349
purpose	through	-0.1121
purpose	through a	-0.028
purpose	through how	-0.037
purpose	through them	0.0413
purpose	through ~number	-0.0501
purpose	thru	0.0231
purpose	thru what	0.0317
purpose	time	-0.2998
purpose	time data	-0.0232
purpose	time for	-0.0233
purpose	time on	0.082
purpose	time so	-0.0369
purpose	time to	-0.0308
purpose	time you	-0.0201
purpose	tip for	-0.0333
purpose	to	0.0596
purpose	to 20	0.0283
purpose	to a	0.0267
purpose	to about	0.0984
purpose	to accept	0.0981
purpose	to an	0.0234
purpose	to ask	-0.1965
purpose	to assist	-0.0202
purpose	to be	0.0697
purpose	to becom	-0.0399
purpose	to chat	0.0642
purpose	to come	0.0574
purpose	to day	0.21
purpose	to decid	0.0686
purpose	to eat	-0.041
purpose	to figur	0.0579
purpose	to find	-0.0585
purpose	to gain	0.0707
purpose	to go	-0.1174
purpose	to have	-0.0203
purpose	to head	-0.0286
purpose	to hear	-0.0294
purpose	to help	-0.0744
purpose	to hire	0.1448
purpose	to if	-0.028
purpose	to industri	0.0623
purpose	to job	0.039
purpose	to keep	-0.0938
purpose	to know	0.109
purpose	to learn	0.7444
purpose	to let	-0.027
purpose	to make	-0.0232
purpose	to me	0.0459
purpose	to meet	-0.0371
purpose	to mind	-0.0308
purpose	to my	-0.0459
purpose	to offer	0.031
purpose	to peopl	0.1822
purpose	to pick	0.1041
purpose	to return	-0.0218
purpose	to run	-0.0626
purpose	to rush	-0.0294
purpose	to school	0.0608
purpose	to see	-0.1
purpose	to send	-0.0233
purpose	to shadow	-0.0341
purpose	to someon	0.0949
purpose	to special	0.024
purpose	to start	0.0283
purpose	to stay	-0.0483
purpose	to stop	-0.029
purpose	to switch	-0.0294
purpose	to take	-0.0897
purpose	to talk	0.079
purpose	to the	-0.0606
purpose	to think	-0.0221
purpose	to this	-0.0292
purpose	to three	-0.0204
purpose	to understand	0.4875
purpose	to use	0.0793
purpose	to ux	0.0345
purpose	to work	-0.1017
purpose	to you	-0.0772
purpose	to your	-0.049
purpose	to ~closing	0.2025
purpose	to ~contactverb	-0.0394
purpose	to ~help	-0.0748
purpose	to ~insight	-0.0967
purpose	to ~job	0.0806
purpose	to ~learn	0.868
purpose	to ~limit	0.2195
purpose	to ~number	-0.0271
purpose	to ~org	0.06
purpose	to ~people	0.2631
purpose	to ~sendverb	-0.0749
purpose	to ~studyverb	-0.0219
purpose	to ~talk	-0.1235
purpose	to ~workverb	-0.1661
purpose	today	0.3754
purpose	today but	0.0282
purpose	today is	0.2929
purpose	today was	0.0681
purpose	told	-0.0547
purpose	told me	-0.0362
purpose	tonight	-0.0398
purpose	too	-0.149
purpose	too much	-0.0468
purpose	took	-0.0206
purpose	took about	-0.0334
purpose	took ~clock	0.0468
purpose	torn	0.1093
purpose	torn between	0.026
purpose	toronto	-0.0261
purpose	total	-0.0262
purpose	touch	-0.0874
purpose	touch i	-0.0256
purpose	touch with	-0.0332
purpose	tour	-0.0328
purpose	track	-0.0287
purpose	traffic	0.0787
purpose	traffic control	0.0803
purpose	train	-0.0644
purpose	translat	0.0942
purpose	translat in	0.0513
purpose	translat is	0.0754
purpose	tri	0.1001
purpose	tri to	0.1587
purpose	trial	-0.0235
purpose	true	-0.0281
purpose	tryna	0.0443
purpose	tryna figur	0.0343
purpose	tryna ~learn	0.0443
purpose	turn	-0.0324
purpose	twenti	0.0513
purpose	twenti minut	0.041
purpose	twenti ~limit	0.041
purpose	twenti ~timeunit	0.041
purpose	two	-0.0651
purpose	two year	0.0707
purpose	two ~duration	0.0603
purpose	typic	0.0891
purpose	typic audit	0.0342
purpose	typic week	0.1177
purpose	typic ~closing	0.111
purpose	uk	0.0418
purpose	under	-0.0259
purpose	undergrad	0.0501
purpose	undergrad in	0.0404
purpose	understand	0.6136
purpose	understand better	0.0994
purpose	understand how	0.2734
purpose	understand the	0.1367
purpose	understand what	0.0387
purpose	understand whether	0.0657
purpose	understand ~number	0.1367
purpose	uni	0.0376
purpose	uni ~want	0.0621
purpose	unpaid	-0.0542
purpose	until	0.022
purpose	until i	0.0344
purpose	unvarnish	0.0443
purpose	unvarnish pictur	0.0443
purpose	unvarnish ~insight	0.0443
purpose	up	-0.2033
purpose	up ani	-0.0206
purpose	up for	-0.0406
purpose	up here	-0.0242
purpose	up i	0.0286
purpose	up in	0.0694
purpose	up later	0.0324
purpose	up my	-0.0419
purpose	up on	-0.0269
purpose	up with	-0.0341
purpose	up would	0.0277
purpose	up your	-0.0209
purpose	up ~later	0.0353
purpose	updat	-0.0233
purpose	urban	0.1099
purpose	urban plan	0.1072
purpose	us	-0.0298
purpose	use	-0.0483
purpose	use i	-0.02
purpose	use our	0.0598
purpose	usual	0.0617
purpose	usual involv	0.0757
purpose	usual recruit	0.0742
purpose	util	0.0202
purpose	ux	0.0353
purpose	ux and	0.0588
purpose	ux design	-0.0241
purpose	vacanc	0.0207
purpose	valu	0.0393
purpose	valu your	0.054
purpose	veri	-0.089
purpose	version	0.028
purpose	versus	-0.0243
purpose	veterinari	0.0659
purpose	veterinari nurs	0.0662
purpose	vibe	0.0757
purpose	vietnam	-0.0305
purpose	view	0.0805
purpose	view of	0.0311
purpose	volunt	-0.1326
purpose	volunt at	-0.0459
purpose	volunt with	-0.0223
purpose	vs ~workverb	0.0501
purpose	wait	-0.053
purpose	walk	-0.0443
purpose	walk me	-0.0321
purpose	want	0.541
purpose	want a	0.0307
purpose	want advic	0.0217
purpose	want out	0.0933
purpose	want some	0.0361
purpose	want someon	0.0415
purpose	want the	0.0903
purpose	want to	0.075
purpose	want your	0.0452
purpose	want ~learn	0.0905
purpose	want ~number	0.1332
purpose	want ~people	0.0415
purpose	ward	0.0469
purpose	was	-0.1701
purpose	was hope	0.0721
purpose	was it	-0.0315
purpose	was most	0.0292
purpose	was realli	0.0324
purpose	was so	-0.0233
purpose	was to	0.0246
purpose	was wonder	-0.1188
purpose	was your	0.0525
purpose	was ~number	-0.0403
purpose	was ~student	0.0218
purpose	was ~want	0.1375
purpose	watch	-0.0218
purpose	water util	0.0228
purpose	way	-0.1223
purpose	we	-0.2252
purpose	we are	-0.0639
purpose	we have	-0.0263
purpose	week	-0.121
purpose	week look	0.1462
purpose	week to	-0.028
purpose	week ~want	-0.021
purpose	weekend	-0.1024
purpose	weigh	0.1302
purpose	weird	-0.0573
purpose	welcom	0.0362
purpose	well	-0.07
purpose	well i	-0.0202
purpose	went	-0.1418
purpose	went from	-0.0507
purpose	were	-0.147
purpose	were in	-0.0209
purpose	were just	0.0226
purpose	were ~want	0.0218
purpose	what	0.1615
purpose	what a	0.0723
purpose	what advic	-0.027
purpose	what complianc	0.0558
purpose	what doe	0.1113
purpose	what forens	0.1045
purpose	what i	0.0262
purpose	what is	-0.2475
purpose	what it	0.048
purpose	what kind	-0.0396
purpose	what made	-0.0357
purpose	what should	-0.0247
purpose	what skill	0.0422
purpose	what the	0.109
purpose	what today	-0.0225
purpose	what was	0.0479
purpose	what work	0.0391
purpose	what ~insight	-0.03
purpose	what ~number	0.1746
purpose	what ~student	0.043
purpose	what ~workverb	0.109
purpose	whatev	0.0341
purpose	whatev you	0.0482
purpose	when	-0.3058
purpose	when i	-0.0595
purpose	when the	-0.0218
purpose	when you	-0.1136
purpose	when ~number	-0.0413
purpose	whenev	-0.0368
purpose	where	0.0211
purpose	where do	0.0799
purpose	where i	-0.0383
purpose	where to	0.0221
purpose	where ~help	0.0799
purpose	whether	0.7329
purpose	whether a	0.0794
purpose	whether agenc	-0.0207
purpose	whether an	0.0254
purpose	whether i	0.0752
purpose	whether it	0.0427
purpose	whether nurs	0.0709
purpose	whether polici	0.0318
purpose	whether this	0.042
purpose	whether to	0.1222
purpose	whether you	-0.0637
purpose	whether your	0.0663
purpose	whether ~number	0.112
purpose	whether ~org	-0.0207
purpose	whether ~people	-0.02
purpose	whi	0.1861
purpose	whi i	0.2032
purpose	which grant	0.0438
purpose	which is	-0.0525
purpose	which project	0.0308
purpose	which skill	0.0633
purpose	which was	0.0522
purpose	while	-0.0211
purpose	who	-0.2288
purpose	who actual	0.0629
purpose	who els	-0.0588
purpose	who have	0.0809
purpose	who help	0.0206
purpose	who is	0.0251
purpose	who might	-0.02
purpose	who to	-0.0254
purpose	who would	-0.0683
purpose	who ~want	-0.0781
purpose	whole	-0.0289
purpose	will	-0.2856
purpose	will help	0.109
purpose	will let	-0.0871
purpose	will report	-0.0206
purpose	will send	-0.0492
purpose	will stop	-0.0281
purpose	will wrap	-0.0239
purpose	will ~contactverb	-0.0322
purpose	will ~help	0.1089
purpose	will ~sendverb	-0.0824
purpose	will ~talk	-0.0248
purpose	wind	0.0367
purpose	wind farm	0.0427
purpose	with	-0.2535
purpose	with a	0.0793
purpose	with about	0.0398
purpose	with anyth	-0.025
purpose	with my	-0.0235
purpose	with someon	0.0865
purpose	with that	0.044
purpose	with the	-0.0517
purpose	with you	-0.098
purpose	with your	-0.0554
purpose	with ~number	0.024
purpose	with ~people	0.079
purpose	within	-0.0264
purpose	within ~number	-0.0239
purpose	without	-0.0483
purpose	wonder	-0.0715
purpose	wonder about	-0.0247
purpose	wonder what	-0.038
purpose	wonder whether	0.0372
purpose	work	0.3311
purpose	work a	0.0692
purpose	work as	-0.0219
purpose	work at	-0.0376
purpose	work befor	0.0299
purpose	work experi	-0.0357
purpose	work for	-0.0659
purpose	work in	0.0655
purpose	work is	0.1361
purpose	work look	0.0616
purpose	work not	0.0401
purpose	work of	0.0665
purpose	work on	-0.0689
purpose	work realli	0.06
purpose	work there	0.0284
purpose	work two	0.0406
purpose	work with	-0.0305
purpose	work ~clock	0.0551
purpose	work ~insight	-0.0352
purpose	work ~number	0.1352
purpose	work ~want	0.0525
purpose	world	0.1168
purpose	world work	0.1037
purpose	worri	0.0783
purpose	worri if	0.0908
purpose	worst	-0.0248
purpose	worth	0.0334
purpose	worth it	0.0398
purpose	worth the	0.0272
purpose	worth ~number	0.0258
purpose	would a	-0.021
purpose	would also	0.0936
purpose	would enjoy	0.0547
purpose	would even	0.024
purpose	would have	0.0479
purpose	would help	0.1524
purpose	would honest	-0.023
purpose	would it	-0.1
purpose	would just	0.0321
purpose	would like	0.1701
purpose	would love	-0.1057
purpose	would mean	0.0472
purpose	would not	0.0205
purpose	would rather	0.0792
purpose	would realli	0.0303
purpose	would recommend	-0.0508
purpose	would suit	0.0255
purpose	would take	-0.0515
purpose	would tell	0.0256
purpose	would work	-0.0367
purpose	would you	-0.1183
purpose	would your	-0.0355
purpose	would ~help	0.134
purpose	would ~insight	-0.0515
purpose	would ~learn	-0.0454
purpose	would ~number	-0.0241
purpose	would ~talk	-0.0222
purpose	would ~want	0.065
purpose	would ~workverb	-0.037
purpose	wow ok	0.0221
purpose	wrap	-0.0595
purpose	wrap up	-0.0475
purpose	write ~want	0.0572
purpose	yeah basic	0.0209
purpose	year	-0.1233
purpose	year as	-0.0632
purpose	year at	0.0258
purpose	year but	-0.0223
purpose	year first	0.0276
purpose	year in	0.0499
purpose	year look	0.0305
purpose	year most	-0.0299
purpose	year of	-0.0396
purpose	year off	0.0254
purpose	yes	-0.0247
purpose	yet	0.0394
purpose	yo	0.0258
purpose	you	-0.4901
purpose	you a	-0.0666
purpose	you actual	-0.033
purpose	you again	-0.026
purpose	you ani	-0.0246
purpose	you apart	0.159
purpose	you are	0.0808
purpose	you be	-0.0627
purpose	you can	0.0846
purpose	you connect	0.0875
purpose	you consid	-0.0349
purpose	you do	-0.0264
purpose	you end	0.0336
purpose	you ever	-0.1296
purpose	you except	0.0274
purpose	you find	-0.0283
purpose	you give	-0.0301
purpose	you go	-0.0546
purpose	you got	0.0673
purpose	you guy	-0.0241
purpose	you had	-0.0211
purpose	you handl	0.0812
purpose	you happen	-0.0251
purpose	you have	-0.0215
purpose	you honest	0.0231
purpose	you i	0.0885
purpose	you in	-0.041
purpose	you introduc	0.074
purpose	you keep	0.0737
purpose	you know	0.0848
purpose	you land	-0.0328
purpose	you late	-0.0285
purpose	you made	0.0798
purpose	you make	0.0393
purpose	you might	0.0321
purpose	you most	0.0295
purpose	you move	0.041
purpose	you need	-0.0883
purpose	you post	-0.0208
purpose	you put	0.0231
purpose	you said	-0.037
purpose	you say	-0.0551
purpose	you see	0.0244
purpose	you so	-0.0668
purpose	you suggest	-0.0369
purpose	you take	-0.0376
purpose	you to	0.097
purpose	you want	-0.0575
purpose	you went	-0.0539
purpose	you were	-0.0772
purpose	you work	-0.0368
purpose	you would	0.2081
purpose	you ~help	-0.0514
purpose	you ~insight	-0.0292
purpose	you ~later	-0.0377
purpose	you ~learn	0.0284
purpose	you ~number	-0.085
purpose	you ~sendverb	-0.0373
purpose	you ~studyverb	-0.0572
purpose	you ~talk	0.0357
purpose	you ~want	0.0971
purpose	you ~workverb	-0.0438
purpose	your	-0.1692
purpose	your advic	0.1247
purpose	your afternoon	-0.0323
purpose	your brain	0.2381
purpose	your data	0.0845
purpose	your depart	-0.0251
purpose	your evening	-0.0212
purpose	your experi	0.0427
purpose	your field	-0.0326
purpose	your firm	0.0275
purpose	your first	-0.0785
purpose	your guidanc	0.0234
purpose	your hire	0.0323
purpose	your honest	0.1063
purpose	your job	-0.0445
purpose	your lunch	-0.0387
purpose	your next	-0.0574
purpose	your not	0.1029
purpose	your opinion	-0.0249
purpose	your perspect	0.2102
purpose	your practic	-0.0206
purpose	your read	0.044
purpose	your role	-0.0248
purpose	your session	-0.0206
purpose	your studio	-0.0232
purpose	your take	0.0446
purpose	your team	-0.1429
purpose	your time	-0.0406
purpose	your typic	0.0431
purpose	your usual	0.0759
purpose	your view	0.0734
purpose	your week	-0.0292
purpose	your ~closing	-0.1147
purpose	your ~degree	-0.0252
purpose	your ~hiring	0.0234
purpose	your ~insight	0.5341
purpose	your ~job	-0.0793
purpose	your ~limit	-0.1667
purpose	your ~org	-0.262
purpose	your ~people	-0.0266
purpose	your ~student	-0.0486
purpose	yourself	-0.0223
purpose	zero	0.0648
purpose	~application	-0.0906
purpose	~application to	0.0282
purpose	~clock	-0.239
purpose	~clock i	-0.0216
purpose	~clock last	-0.0274
purpose	~clock minut	-0.0461
purpose	~clock more	-0.0339
purpose	~clock of	0.0551
purpose	~clock so	-0.0229
purpose	~clock year	0.0748
purpose	~clock you	0.0334
purpose	~closing	-0.3365
purpose	~closing actual	0.0279
purpose	~closing and	-0.0512
purpose	~closing at	-0.033
purpose	~closing for	-0.0338
purpose	~closing i	-0.0441
purpose	~closing in	0.0667
purpose	~closing just	-0.0298
purpose	~closing look	0.1525
purpose	~closing shift	-0.0233
purpose	~closing sometim	-0.0365
purpose	~closing to	0.1622
purpose	~contactverb	-0.2556
purpose	~contactverb centr	-0.0262
purpose	~contactverb out	-0.0222
purpose	~contactverb rotat	0.0974
purpose	~contactverb with	-0.0469
purpose	~contactverb you	-0.0499
purpose	~degree and	0.0744
purpose	~degree grad	-0.0208
purpose	~degree is	0.04
purpose	~degree now	0.0447
purpose	~degree or	0.0237
purpose	~duration	-0.1335
purpose	~duration about	0.0921
purpose	~duration as	-0.0885
purpose	~duration at	0.0236
purpose	~duration but	-0.0223
purpose	~duration first	0.0276
purpose	~duration in	0.0416
purpose	~duration like	0.0416
purpose	~duration look	0.0305
purpose	~duration most	-0.0299
purpose	~duration of	-0.0401
purpose	~duration off	0.0254
purpose	~gatekeeper	0.0419
purpose	~gatekeeper at	0.0324
purpose	~gatekeeper for	-0.025
purpose	~gatekeeper friend	0.0675
purpose	~gatekeeper just	-0.0283
purpose	~gatekeeper process	0.0578
purpose	~gatekeeper that	0.1046
purpose	~gatekeeper to	-0.0403
purpose	~help	-0.3134
purpose	~help and	0.0566
purpose	~help day	0.056
purpose	~help electrician	0.0292
purpose	~help for	-0.0461
purpose	~help from	-0.0363
purpose	~help i	0.0536
purpose	~help it	0.0494
purpose	~help me	0.2159
purpose	~help not	-0.0972
purpose	~help on	-0.029
purpose	~help out	-0.0282
purpose	~help peopl	-0.0284
purpose	~help someon	-0.0205
purpose	~help the	-0.0543
purpose	~help to	-0.0511
purpose	~help with	-0.0543
purpose	~help you	-0.204
purpose	~help your	-0.0389
purpose	~hiring	0.0742
purpose	~hiring at	0.0308
purpose	~hiring process	0.0577
purpose	~hiring team	0.0357
purpose	~insight	1.2162
purpose	~insight a	-0.0206
purpose	~insight about	0.0864
purpose	~insight and	0.0667
purpose	~insight befor	0.0218
purpose	~insight but	0.0386
purpose	~insight care	-0.0309
purpose	~insight for	-0.0472
purpose	~insight from	0.1023
purpose	~insight gather	0.0351
purpose	~insight how	0.0388
purpose	~insight if	0.0511
purpose	~insight into	0.1497
purpose	~insight is	0.0759
purpose	~insight it	-0.0292
purpose	~insight me	-0.0385
purpose	~insight more	0.0246
purpose	~insight not	0.0746
purpose	~insight of	0.3633
purpose	~insight on	0.539
purpose	~insight so	0.0203
purpose	~insight to	-0.0442
purpose	~insight too	-0.0323
purpose	~insight up	-0.0404
purpose	~insight when	-0.021
purpose	~insight you	0.0369
purpose	~job	0.4534
purpose	~job about	0.0324
purpose	~job after	-0.0316
purpose	~job as	-0.0367
purpose	~job ask	0.0219
purpose	~job at	0.0428
purpose	~job befor	0.0241
purpose	~job but	0.0495
purpose	~job for	-0.0391
purpose	~job honest	0.0338
purpose	~job hunt	0.0726
purpose	~job i	0.0811
purpose	~job it	0.0223
purpose	~job just	0.1012
purpose	~job nobodi	0.0301
purpose	~job onli	0.0201
purpose	~job or	0.0258
purpose	~job promis	0.0215
purpose	~job referr	0.0348
purpose	~job right	0.0262
purpose	~job so	0.0245
purpose	~job stuff	0.0383
purpose	~job that	-0.0227
purpose	~job there	-0.0248
purpose	~job thing	0.0323
purpose	~job with	-0.0343
purpose	~job you	-0.0245
purpose	~later	-0.0958
purpose	~later the	0.07
purpose	~later to	-0.03
purpose	~learn	0.3891
purpose	~learn a	0.1151
purpose	~learn about	0.0871
purpose	~learn actual	0.0308
purpose	~learn advic	0.0372
purpose	~learn as	0.0545
purpose	~learn back	-0.1145
purpose	~learn befor	0.0275
purpose	~learn better	0.0974
purpose	~learn but	0.0393
purpose	~learn experi	-0.0373
purpose	~learn from	0.0703
purpose	~learn hire	0.0751
purpose	~learn honest	0.0277
purpose	~learn how	0.4626
purpose	~learn i	0.0308
purpose	~learn if	-0.0664
purpose	~learn in	-0.0658
purpose	~learn into	-0.1043
purpose	~learn is	0.1381
purpose	~learn it	-0.0328
purpose	~learn look	0.0759
purpose	~learn made	0.0383
purpose	~learn me	-0.0478
purpose	~learn more	0.1468
purpose	~learn my	-0.0317
purpose	~learn not	0.0888
purpose	~learn of	0.0796
purpose	~learn on	-0.0852
purpose	~learn out	0.1501
purpose	~learn question	0.0346
purpose	~learn realli	0.0468
purpose	~learn some	0.0507
purpose	~learn start	0.0262
purpose	~learn the	0.1368
purpose	~learn their	-0.0342
purpose	~learn there	0.0397
purpose	~learn this	-0.0677
purpose	~learn to	-0.042
purpose	~learn up	-0.0342
purpose	~learn we	-0.0281
purpose	~learn what	0.2121
purpose	~learn whether	0.1436
purpose	~learn which	-0.0294
purpose	~learn who	0.0682
purpose	~learn with	-0.0348
purpose	~learn you	0.0829
purpose	~learn your	0.2194
purpose	~limit	-0.3295
purpose	~limit actual	0.0286
purpose	~limit break	-0.0257
purpose	~limit data	-0.0232
purpose	~limit for	-0.0378
purpose	~limit i	-0.0286
purpose	~limit in	0.063
purpose	~limit just	-0.0284
purpose	~limit left	-0.0202
purpose	~limit on	0.077
purpose	~limit sometim	-0.0365
purpose	~limit to	0.1904
purpose	~number	-0.244
purpose	~number advic	-0.0355
purpose	~number agenc	-0.0205
purpose	~number alumni	0.0237
purpose	~number apprenticeship	-0.0219
purpose	~number bank	-0.0257
purpose	~number big	-0.0937
purpose	~number bit	0.0616
purpose	~number candid	0.0763
purpose	~number career	0.1379
purpose	~number case	-0.022
purpose	~number chat	0.0377
purpose	~number clearer	0.1565
purpose	~number client	-0.0351
purpose	~number clock	-0.0331
purpose	~number code	0.0433
purpose	~number colleagu	0.0214
purpose	~number come	0.0225
purpose	~number convers	-0.0248
purpose	~number coupl	-0.0665
purpose	~number day	0.0638
purpose	~number decad	-0.0309
purpose	~number degre	-0.0387
purpose	~number design	-0.0261
purpose	~number desk	-0.022
purpose	~number direct	0.0395
purpose	~number door	-0.0408
purpose	~number end	0.0362
purpose	~number exam	-0.0235
purpose	~number experi	-0.0292
purpose	~number extra	-0.0218
purpose	~number favor	-0.0382
purpose	~number feel	0.159
purpose	~number few	0.128
purpose	~number field	0.195
purpose	~number firm	0.0673
purpose	~number first	-0.0529
purpose	~number fit	0.0443
purpose	~number forens	-0.0258
purpose	~number friend	0.0799
purpose	~number good	0.0608
purpose	~number great	-0.0212
purpose	~number ground	0.0225
purpose	~number growth	0.0291
purpose	~number hardest	-0.025
purpose	~number head	0.0228
purpose	~number honest	0.0847
purpose	~number hospit	0.0765
purpose	~number inform	0.0752
purpose	~number insid	0.0659
purpose	~number internship	0.0273
purpose	~number interview	-0.0238
purpose	~number job	0.3914
purpose	~number jump	0.0513
purpose	~number junior	-0.0516
purpose	~number land	0.0417
purpose	~number last	-0.0407
purpose	~number launch	-0.0225
purpose	~number lay	0.0417
purpose	~number learn	0.1217
purpose	~number line	0.0259
purpose	~number littl	0.0287
purpose	~number logist	0.0801
purpose	~number long	0.0306
purpose	~number lot	-0.0739
purpose	~number main	0.0841
purpose	~number major	0.0291
purpose	~number market	-0.0233
purpose	~number master	-0.0211
purpose	~number meantim	0.0343
purpose	~number mid	-0.035
purpose	~number militari	-0.0213
purpose	~number month	-0.0532
purpose	~number more	-0.0612
purpose	~number move	0.0503
purpose	~number mph	0.0276
purpose	~number much	-0.0265
purpose	~number museum	-0.0327
purpose	~number mutual	0.043
purpose	~number name	-0.0256
purpose	~number new	-0.0425
purpose	~number nonprofit	-0.0209
purpose	~number normal	-0.0269
purpose	~number nurs	0.0711
purpose	~number offer	-0.0332
purpose	~number on	0.0963
purpose	~number one	0.081
purpose	~number paediatr	0.032
purpose	~number paraleg	0.0266
purpose	~number part	-0.0421
purpose	~number path	0.0861
purpose	~number peopl	0.079
purpose	~number phd	0.0219
purpose	~number placement	-0.044
purpose	~number pm	-0.0223
purpose	~number portfolio	0.0581
purpose	~number posit	0.0674
purpose	~number possibl	0.0233
purpose	~number privat	0.0284
purpose	~number product	-0.033
purpose	~number program	-0.023
purpose	~number project	-0.0327
purpose	~number quick	-0.0386
purpose	~number real	0.1676
purpose	~number realist	0.0813
purpose	~number realiti	0.0823
purpose	~number reason	0.1396
purpose	~number recent	0.0591
purpose	~number recruit	0.0933
purpose	~number referr	0.0633
purpose	~number regulatori	-0.0248
purpose	~number resid	0.1029
purpose	~number rest	-0.0221
purpose	~number resum	-0.0358
purpose	~number retrain	0.0217
purpose	~number right	0.0576
purpose	~number road	0.0752
purpose	~number role	0.0552
purpose	~number royal	0.0282
purpose	~number salari	-0.0293
purpose	~number same	0.0287
purpose	~number sec	-0.0417
purpose	~number second	-0.0522
purpose	~number shift	-0.0242
purpose	~number short	-0.0231
purpose	~number smartest	0.0825
purpose	~number soc	0.0226
purpose	~number stage	0.0618
purpose	~number start	0.0499
purpose	~number startup	-0.0412
purpose	~number stay	-0.039
purpose	~number stori	-0.0239
purpose	~number student	-0.0597
purpose	~number summer	-0.0533
purpose	~number switch	0.0781
purpose	~number team	-0.0315
purpose	~number thank	-0.0205
purpose	~number thing	-0.0431
purpose	~number time	-0.0447
purpose	~number tip	0.0459
purpose	~number typic	0.0617
purpose	~number unvarnish	0.0443
purpose	~number urban	0.0296
purpose	~number ux	-0.0274
purpose	~number vibe	0.077
purpose	~number ward	0.0566
purpose	~number week	-0.0773
purpose	~number work	0.159
purpose	~number worst	-0.0223
purpose	~number year	-0.0292
purpose	~number you	0.0359
purpose	~org	-0.1341
purpose	~org and	0.1131
purpose	~org but	0.0344
purpose	~org chemistri	0.0204
purpose	~org could	0.0238
purpose	~org even	-0.0213
purpose	~org ever	-0.0368
purpose	~org in	-0.073
purpose	~org like	0.039
purpose	~org of	-0.0353
purpose	~org pharmaci	0.077
purpose	~org so	0.0285
purpose	~org take	-0.0236
purpose	~org that	0.0216
purpose	~org to	-0.039
purpose	~org usual	0.0691
purpose	~org vs	0.0382
purpose	~org want	-0.0238
purpose	~org which	-0.0243
purpose	~org would	-0.0369
purpose	~people	-0.0647
purpose	~people actual	0.1872
purpose	~people and	0.0332
purpose	~people at	0.0613
purpose	~people end	0.0288
purpose	~people from	0.0201
purpose	~people have	0.0755
purpose	~people hope	-0.0241
purpose	~people i	0.0482
purpose	~people in	0.1354
purpose	~people is	0.0217
purpose	~people just	-0.051
purpose	~people like	-0.0496
purpose	~people might	-0.0213
purpose	~people more	-0.0265
purpose	~people new	0.0615
purpose	~people of	0.0504
purpose	~people suggest	0.0422
purpose	~people to	0.0553
purpose	~people tri	-0.0281
purpose	~people want	-0.0364
purpose	~people who	0.0632
purpose	~people with	-0.0248
purpose	~people would	-0.0675
purpose	~people you	-0.0334
purpose	~sendverb	-0.1466
purpose	~sendverb a	-0.0247
purpose	~sendverb about	0.0267
purpose	~sendverb i	0.0265
purpose	~sendverb my	0.0212
purpose	~sendverb you	-0.0941
purpose	~student	-0.1098
purpose	~student 10	0.0367
purpose	~student 8	0.0323
purpose	~student analyst	0.0338
purpose	~student and	0.0411
purpose	~student at	-0.0707
purpose	~student been	0.0378
purpose	~student but	-0.0215
purpose	~student by	-0.024
purpose	~student dev	0.0806
purpose	~student ex	0.0369
purpose	~student for	-0.0237
purpose	~student friend	0.0672
purpose	~student from	-0.0843
purpose	~student hope	0.0252
purpose	~student i	-0.0358
purpose	~student in	0.1947
purpose	~student is	0.0232
purpose	~student most	-0.0327
purpose	~student role	-0.0387
purpose	~student said	0.0427
purpose	~student student	0.0364
purpose	~student who	-0.0542
purpose	~student with	-0.0334
purpose	~student within	-0.0205
purpose	~student work	0.0609
purpose	~studyverb	-0.1138
purpose	~studyverb 6	0.0475
purpose	~studyverb a	-0.0441
purpose	~studyverb about	-0.0334
purpose	~studyverb from	0.0344
purpose	~studyverb into	0.0628
purpose	~studyverb it	0.0417
purpose	~studyverb market	0.0278
purpose	~studyverb my	0.054
purpose	~studyverb not	-0.0278
purpose	~studyverb over	-0.0225
purpose	~studyverb philosophi	0.0268
purpose	~studyverb the	-0.0207
purpose	~studyverb this	0.0373
purpose	~studyverb you	-0.0322
purpose	~studyverb your	-0.0205
purpose	~talk	0.0644
purpose	~talk a	-0.0215
purpose	~talk centr	-0.0262
purpose	~talk for	0.0945
purpose	~talk how	-0.0357
purpose	~talk if	-0.0548
purpose	~talk me	0.0725
purpose	~talk not	0.1197
purpose	~talk on	-0.0304
purpose	~talk question	0.0325
purpose	~talk rotat	0.0974
purpose	~talk to	0.2714
purpose	~timeunit	-0.0535
purpose	~timeunit i	-0.021
purpose	~timeunit or	-0.0216
purpose	~timeunit so	0.0457
purpose	~timeunit to	0.0436
purpose	~want	0.7371
purpose	~want a	0.1242
purpose	~want about	0.1183
purpose	~want advic	0.1352
purpose	~want after	0.0282
purpose	~want also	0.0936
purpose	~want an	0.0577
purpose	~want appreci	-0.088
purpose	~want at	-0.0328
purpose	~want becaus	0.0256
purpose	~want beyond	0.1515
purpose	~want call	-0.0209
purpose	~want curious	0.1862
purpose	~want do	-0.0314
purpose	~want enjoy	0.0534
purpose	~want even	0.024
purpose	~want explor	0.0418
purpose	~want finish	-0.0467
purpose	~want for	0.3658
purpose	~want gather	0.038
purpose	~want got	-0.0296
purpose	~want grate	0.0363
purpose	~want have	0.0388
purpose	~want help	0.0973
purpose	~want here	0.2223
purpose	~want honest	-0.0255
purpose	~want hope	0.0422
purpose	~want how	0.0449
purpose	~want i	0.1179
purpose	~want in	0.0244
purpose	~want interest	-0.0571
purpose	~want involv	0.0585
purpose	~want is	0.1526
purpose	~want it	-0.1683
purpose	~want just	0.1988
purpose	~want like	0.1941
purpose	~want look	0.0202
purpose	~want love	-0.083
purpose	~want me	-0.0258
purpose	~want mean	0.0472
purpose	~want my	-0.0255
purpose	~want need	-0.0202
purpose	~want not	0.0531
purpose	~want one	-0.0243
purpose	~want out	0.0855
purpose	~want pure	0.0638
purpose	~want rather	0.0867
purpose	~want reach	0.0344
purpose	~want realli	0.027
purpose	~want recommend	-0.0508
purpose	~want say	-0.0415
purpose	~want senior	0.0234
purpose	~want shout	-0.024
purpose	~want some	0.0373
purpose	~want someon	0.0569
purpose	~want suit	0.0255
purpose	~want take	-0.0569
purpose	~want tell	0.0241
purpose	~want that	-0.0376
purpose	~want the	0.06
purpose	~want this	-0.0444
purpose	~want to	0.7449
purpose	~want today	0.0512
purpose	~want tri	0.0955
purpose	~want tryna	0.0332
purpose	~want two	-0.0321
purpose	~want understand	0.0274
purpose	~want valu	0.0403
purpose	~want want	0.2849
purpose	~want what	0.0994
purpose	~want whi	0.0739
purpose	~want work	0.033
purpose	~want you	-0.1397
purpose	~want your	0.1753
purpose	~workverb a	0.062
purpose	~workverb appli	-0.021
purpose	~workverb as	-0.0229
purpose	~workverb at	-0.0702
purpose	~workverb befor	0.0281
purpose	~workverb experi	-0.037
purpose	~workverb for	-0.0705
purpose	~workverb freelanc	-0.0264
purpose	~workverb go	0.091
purpose	~workverb in	0.091
purpose	~workverb into	-0.0284
purpose	~workverb is	0.1357
purpose	~workverb look	0.0638
purpose	~workverb most	-0.0269
purpose	~workverb not	0.0394
purpose	~workverb of	0.0665
purpose	~workverb realli	0.0382
purpose	~workverb so	-0.0304
purpose	~workverb talk	0.0465
purpose	~workverb there	0.0218
purpose	~workverb two	0.0687
purpose	~workverb with	-0.0465
purpose	~workverb wonder	0.0602
job_ask	*	-2.9499
job_ask	10	-0.0448
job_ask	10 year	-0.0211
job_ask	10 ~duration	-0.0211
job_ask	12	-0.0205
job_ask	15	-0.0209
job_ask	2	0.0242
job_ask	20 minut	-0.0218
job_ask	3	-0.0446
job_ask	30	-0.0317
job_ask	4	-0.0228
job_ask	5	0.0304
job_ask	5 minut	0.046
job_ask	5 ~limit	0.046
job_ask	5 ~timeunit	0.046
job_ask	6	0.0248
job_ask	?	0.5616
job_ask	^a	-0.0505
job_ask	^actual	0.0222
job_ask	^after	-0.0244
job_ask	^ah	-0.021
job_ask	^all	0.0638
job_ask	^alright	-0.0245
job_ask	^also	0.1272
job_ask	^and	-0.0374
job_ask	^ani	0.2453
job_ask	^anyth	-0.0287
job_ask	^anyway	-0.0407
job_ask	^apolog	-0.0234
job_ask	^appreci	-0.0312
job_ask	^are	0.21
job_ask	^as	-0.0216
job_ask	^ask	0.1709
job_ask	^becaus	0.0996
job_ask	^bye	-0.0242
job_ask	^can	0.3007
job_ask	^cheer	-0.07
job_ask	^could	0.2993
job_ask	^cud	0.0317
job_ask	^did	-0.0987
job_ask	^do	0.0757
job_ask	^doe	0.0874
job_ask	^enjoy	-0.0204
job_ask	^even	0.0391
job_ask	^feel	-0.0347
job_ask	^for	-0.0258
job_ask	^good	-0.0437
job_ask	^got	-0.0224
job_ask	^ha	0.067
job_ask	^half	0.0455
job_ask	^happi	0.2651
job_ask	^have	-0.0581
job_ask	^hello	-0.0416
job_ask	^hey	0.0406
job_ask	^hi	-0.067
job_ask	^hire	0.1423
job_ask	^hold	-0.0257
job_ask	^honest	0.1558
job_ask	^how	-0.5938
job_ask	^hypothet	0.0224
job_ask	^i	0.2845
job_ask	^if	0.2449
job_ask	^in	-0.1204
job_ask	^is	0.262
job_ask	^just	-0.0984
job_ask	^keep	0.0581
job_ask	^last	0.031
job_ask	^let	-0.1382
job_ask	^look	-0.0235
job_ask	^mayb	0.0208
job_ask	^me	0.0642
job_ask	^mi	0.0276
job_ask	^mind	-0.0692
job_ask	^most	0.0462
job_ask	^my	-0.2811
job_ask	^now	0.035
job_ask	^oh	-0.0822
job_ask	^ok	-0.125
job_ask	^onc	-0.0273
job_ask	^one	0.0539
job_ask	^onli	-0.0748
job_ask	^out	0.0705
job_ask	^pleas	0.0975
job_ask	^put	0.147
job_ask	^quick	-0.0766
job_ask	^right	-0.0573
job_ask	^serious	0.0333
job_ask	^shall	-0.0281
job_ask	^should	-0.045
job_ask	^so	0.172
job_ask	^sooo	0.068
job_ask	^sorri	-0.1157
job_ask	^take	-0.027
job_ask	^tell	-0.05
job_ask	^thank	-0.022
job_ask	^that	-0.131
job_ask	^there	0.08
job_ask	^this	-0.0238
job_ask	^to	-0.0626
job_ask	^um	0.0243
job_ask	^unless	0.1024
job_ask	^unpaid	0.0255
job_ask	^wait	-0.0471
job_ask	^walk	-0.0239
job_ask	^was	-0.0329
job_ask	^we	-0.0603
job_ask	^were	-0.054
job_ask	^what	-0.5861
job_ask	^when	-0.207
job_ask	^where	-0.0536
job_ask	^which	-0.1411
job_ask	^who	-0.1361
job_ask	^will	0.0832
job_ask	^would	0.3179
job_ask	^you	0.2167
job_ask	a	-0.2435
job_ask	a background	0.0245
job_ask	a bank	-0.0253
job_ask	a beginn	-0.0254
job_ask	a big	-0.0369
job_ask	a bit	-0.0834
job_ask	a bootcamp	-0.0251
job_ask	a bus	0.0356
job_ask	a busi	-0.0278
job_ask	a candid	-0.0344
job_ask	a case	-0.0237
job_ask	a certif	0.0293
job_ask	a chanc	0.0765
job_ask	a chat	-0.0474
job_ask	a coffe	-0.0463
job_ask	a colleagu	-0.0216
job_ask	a contract	0.0648
job_ask	a contractor	0.042
job_ask	a coupl	0.0684
job_ask	a credit	-0.0252
job_ask	a data	-0.0248
job_ask	a day	-0.1113
job_ask	a degre	0.0306
job_ask	a design	-0.023
job_ask	a feel	-0.0297
job_ask	a few	0.034
job_ask	a fit	0.0289
job_ask	a foot	0.0234
job_ask	a foreign	-0.0237
job_ask	a freelanc	0.1386
job_ask	a fresh	-0.0288
job_ask	a gap	0.0314
job_ask	a gen	-0.0203
job_ask	a good	0.0894
job_ask	a grad	-0.0355
job_ask	a hand	-0.0973
job_ask	a hard	-0.0381
job_ask	a job	-0.1122
job_ask	a junior	0.192
job_ask	a level	0.0437
job_ask	a line	-0.0334
job_ask	a littl	-0.0232
job_ask	a look	-0.0388
job_ask	a lot	-0.1074
job_ask	a love	-0.0255
job_ask	a master	-0.0712
job_ask	a mid	-0.0233
job_ask	a million	-0.0208
job_ask	a moment	-0.0221
job_ask	a month	0.0339
job_ask	a name	-0.0269
job_ask	a new	-0.0493
job_ask	a newcom	0.0421
job_ask	a nurs	-0.0422
job_ask	a pair	0.0759
job_ask	a paraleg	0.0355
job_ask	a part	0.0514
job_ask	a patent	-0.022
job_ask	a phd	-0.0445
job_ask	a place	0.0427
job_ask	a placement	0.1784
job_ask	a portfolio	-0.0233
job_ask	a posit	-0.0324
job_ask	a proper	0.0576
job_ask	a quick	-0.0482
job_ask	a realist	-0.0341
job_ask	a recent	-0.0333
job_ask	a referr	0.0673
job_ask	a regular	0.14
job_ask	a research	0.0684
job_ask	a resum	-0.0952
job_ask	a role	0.1367
job_ask	a runner	0.1063
job_ask	a saturday	0.0424
job_ask	a sec	-0.037
job_ask	a second	-0.0947
job_ask	a self	0.0527
job_ask	a senior	-0.0236
job_ask	a shoot	0.0383
job_ask	a short	-0.0751
job_ask	a shot	0.0875
job_ask	a similar	-0.0242
job_ask	a small	-0.0403
job_ask	a sophomor	-0.0218
job_ask	a spare	-0.0202
job_ask	a spot	0.1177
job_ask	a stagehand	0.0522
job_ask	a strong	-0.0331
job_ask	a student	-0.0946
job_ask	a traine	0.0905
job_ask	a trial	0.3104
job_ask	a typic	-0.0843
job_ask	a video	0.0244
job_ask	a view	0.0384
job_ask	a way	0.05
job_ask	a week	0.2134
job_ask	a weird	0.0258
job_ask	a word	0.0953
job_ask	a ~application	-0.0952
job_ask	a ~clock	0.0274
job_ask	a ~closing	0.037
job_ask	a ~degree	-0.0767
job_ask	a ~insight	0.0287
job_ask	a ~job	0.2259
job_ask	a ~learn	0.0711
job_ask	a ~limit	-0.1234
job_ask	a ~number	0.0973
job_ask	a ~org	-0.11
job_ask	a ~people	-0.0231
job_ask	a ~sendverb	0.0406
job_ask	a ~talk	-0.0671
job_ask	a ~workverb	0.0792
job_ask	abil	-0.0286
job_ask	abl	0.1673
job_ask	abl to	0.1673
job_ask	about	-0.6279
job_ask	about how	-0.0781
job_ask	about it	0.0535
job_ask	about me	-0.0526
job_ask	about open	-0.0267
job_ask	about pay	0.0207
job_ask	about six	0.0315
job_ask	about that	-0.0242
job_ask	about the	-0.0873
job_ask	about their	-0.0319
job_ask	about your	-0.0729
job_ask	about ~clock	0.0269
job_ask	about ~job	-0.0392
job_ask	about ~number	-0.1244
job_ask	about ~studyverb	-0.0207
job_ask	absolut	0.0249
job_ask	academi	0.0233
job_ask	accept my	-0.0224
job_ask	account	-0.0934
job_ask	across	-0.0464
job_ask	actual	-0.2595
job_ask	actual look	-0.0341
job_ask	actual matter	-0.026
job_ask	actual read	-0.0219
job_ask	actual ~help	-0.0214
job_ask	actual ~insight	-0.0417
job_ask	actual ~learn	-0.0242
job_ask	actual ~want	0.0642
job_ask	actuari work	0.0217
job_ask	actuari ~workverb	0.0217
job_ask	add	-0.0872
job_ask	add you	-0.1146
job_ask	admin	0.032
job_ask	administr	-0.0245
job_ask	advic	-0.1822
job_ask	advic not	-0.0292
job_ask	advic on	-0.0643
job_ask	advic you	-0.0238
job_ask	advis	-0.0578
job_ask	advis told	-0.0241
job_ask	after	-0.082
job_ask	after 6	0.0518
job_ask	after 8	0.0361
job_ask	after a	-0.0599
job_ask	after graduat	0.0427
job_ask	after i	-0.0415
job_ask	after is	0.0442
job_ask	after my	0.0394
job_ask	after the	-0.0272
job_ask	after this	-0.0234
job_ask	after ~clock	0.0751
job_ask	after ~number	-0.1158
job_ask	again	-0.1539
job_ask	again after	-0.0243
job_ask	again in	-0.031
job_ask	again realli	0.0554
job_ask	again sorri	0.0213
job_ask	again ~want	0.0308
job_ask	age	-0.0272
job_ask	agenc	0.0227
job_ask	agenc even	0.0242
job_ask	agenc ever	0.0704
job_ask	agre	-0.0483
job_ask	ah	-0.021
job_ask	ai	-0.0276
job_ask	all	0.1703
job_ask	all of	0.06
job_ask	all right	0.031
job_ask	all this	0.0571
job_ask	allow	0.0709
job_ask	almost at	-0.0207
job_ask	along	0.0952
job_ask	along my	0.0617
job_ask	along to	0.073
job_ask	alot	-0.0248
job_ask	alright	-0.1568
job_ask	alright i	-0.0211
job_ask	alright if	-0.0744
job_ask	alright to	-0.0249
job_ask	also	0.2914
job_ask	also appli	0.0355
job_ask	also clean	0.0608
job_ask	also do	0.0261
job_ask	also if	0.0659
job_ask	also is	0.0587
job_ask	also would	0.0282
job_ask	also ~help	0.0261
job_ask	also ~want	0.0233
job_ask	alumni	-0.0844
job_ask	alumni from	-0.0315
job_ask	alway	-0.0844
job_ask	am	0.1495
job_ask	am after	0.0432
job_ask	am all	-0.0249
job_ask	am also	0.0355
job_ask	am an	-0.0275
job_ask	am around	0.0565
job_ask	am avail	0.2064
job_ask	am back	-0.0396
job_ask	am basic	0.0475
job_ask	am between	0.0411
job_ask	am cheap	0.1534
job_ask	am curious	-0.0515
job_ask	am current	-0.0234
job_ask	am decent	-0.0678
job_ask	am explor	-0.0324
job_ask	am finish	0.063
job_ask	am free	0.3517
job_ask	am glad	-0.0296
job_ask	am go	-0.0801
job_ask	am graduat	0.039
job_ask	am grate	-0.0309
job_ask	am happi	-0.1031
job_ask	am here	-0.0545
job_ask	am honest	0.035
job_ask	am hope	0.0559
job_ask	am in	-0.0377
job_ask	am interest	0.0507
job_ask	am jordan	0.0735
job_ask	am just	-0.0457
job_ask	am keen	0.085
job_ask	am kind	0.0387
job_ask	am most	0.0651
job_ask	am not	-0.3431
job_ask	am now	-0.0262
job_ask	am on	-0.0333
job_ask	am plan	-0.0313
job_ask	am pretti	-0.059
job_ask	am priya	-0.0472
job_ask	am qualifi	0.0215
job_ask	am serious	0.0459
job_ask	am so	-0.0252
job_ask	am still	-0.0294
job_ask	am switch	0.0354
job_ask	am torn	-0.0221
job_ask	am tri	-0.0881
job_ask	am veri	0.0892
job_ask	am work	-0.0373
job_ask	am your	0.2175
job_ask	am ~studyverb	0.1229
job_ask	am ~want	0.0426
job_ask	am ~workverb	-0.0376
job_ask	an	0.2611
job_ask	an applic	-0.0253
job_ask	an apprentic	0.0696
job_ask	an apprenticeship	0.0985
job_ask	an assist	0.0255
job_ask	an honest	-0.0301
job_ask	an inform	-0.0272
job_ask	an intern	0.1481
job_ask	an internship	0.056
job_ask	an interview	0.266
job_ask	an intro	-0.0865
job_ask	an introduct	-0.0623
job_ask	an open	0.0966
job_ask	an unpaid	0.0208
job_ask	an updat	-0.0308
job_ask	an ~degree	0.0699
job_ask	an ~job	0.2493
job_ask	an ~student	0.1889
job_ask	an ~talk	0.25
job_ask	analys	-0.0239
job_ask	analysi	-0.0593
job_ask	analyst intak	0.032
job_ask	analyst open	0.0392
job_ask	analyst program	0.082
job_ask	analyst role	-0.027
job_ask	analyst ~degree	0.082
job_ask	analyst ~job	0.0224
job_ask	analyt	-0.0327
job_ask	analyt ~org	0.0238
job_ask	and	0.1996
job_ask	and a	0.0253
job_ask	and also	0.0361
job_ask	and august	0.0703
job_ask	and by	0.043
job_ask	and can	0.0297
job_ask	and could	0.0407
job_ask	and do	0.0599
job_ask	and fast	0.0285
job_ask	and got	-0.0374
job_ask	and have	0.0411
job_ask	and help	0.1606
job_ask	and honest	0.0442
job_ask	and how	-0.0268
job_ask	and i	0.1362
job_ask	and if	0.2059
job_ask	and is	-0.0226
job_ask	and just	-0.0215
job_ask	and mayb	0.029
job_ask	and my	0.0761
job_ask	and now	-0.0319
job_ask	and send	-0.0529
job_ask	and serious	-0.0245
job_ask	and she	-0.0416
job_ask	and thank	-0.0682
job_ask	and the	-0.03
job_ask	and would	0.0888
job_ask	and write	-0.0259
job_ask	and yeah	0.0611
job_ask	and your	-0.0253
job_ask	and ~help	0.2217
job_ask	and ~number	-0.0261
job_ask	and ~sendverb	-0.0684
job_ask	and ~want	0.0361
job_ask	angl	-0.0267
job_ask	angl for	-0.0267
job_ask	ani	1.0595
job_ask	ani advic	-0.0276
job_ask	ani alumni	-0.0315
job_ask	ani apprentic	0.0236
job_ask	ani book	-0.0859
job_ask	ani chanc	0.3742
job_ask	ani contract	0.0757
job_ask	ani entri	0.0307
job_ask	ani freelanc	0.0599
job_ask	ani good	-0.0507
job_ask	ani graduat	0.0258
job_ask	ani help	-0.0235
job_ask	ani homework	-0.0215
job_ask	ani intern	0.0574
job_ask	ani internship	0.1032
job_ask	ani job	0.0481
job_ask	ani junior	0.0372
job_ask	ani longer	-0.0674
job_ask	ani name	-0.0242
job_ask	ani new	0.022
job_ask	ani open	0.2486
job_ask	ani other	-0.0438
job_ask	ani part	0.0322
job_ask	ani profession	-0.0541
job_ask	ani room	0.0912
job_ask	ani space	0.0641
job_ask	ani student	-0.0204
job_ask	ani summer	0.061
job_ask	ani temporari	0.0332
job_ask	ani time	-0.0327
job_ask	ani traine	0.0342
job_ask	ani use	0.0332
job_ask	ani vacanc	0.0479
job_ask	ani way	0.0774
job_ask	ani ~closing	0.0859
job_ask	ani ~help	-0.0235
job_ask	ani ~insight	-0.0564
job_ask	ani ~job	0.4841
job_ask	ani ~limit	-0.0369
job_ask	ani ~student	0.0279
job_ask	anim	-0.0334
job_ask	anim shelter	-0.0221
job_ask	anoth	0.0213
job_ask	anybodi	-0.0381
job_ask	anyon at	0.0372
job_ask	anyon els	-0.0676
job_ask	anyon in	-0.0834
job_ask	anyon on	0.0526
job_ask	anyon who	0.0631
job_ask	anyon ~people	0.0631
job_ask	anyth	0.0345
job_ask	anyth at	0.0444
job_ask	anyth but	0.0507
job_ask	anyth come	0.1339
job_ask	anyth els	-0.0271
job_ask	anyth for	-0.038
job_ask	anyth i	-0.4295
job_ask	anyth on	-0.0391
job_ask	anyth open	0.321
job_ask	anyth to	0.0231
job_ask	anyth you	-0.0408
job_ask	anyway	-0.0653
job_ask	anyway i	-0.0363
job_ask	anywher	-0.0335
job_ask	apolog	-0.0297
job_ask	app	-0.1295
job_ask	app and	0.0227
job_ask	app i	-0.0633
job_ask	appli	0.4942
job_ask	appli and	0.0655
job_ask	appli anywher	-0.0204
job_ask	appli direct	0.1084
job_ask	appli for	0.0677
job_ask	appli through	0.1184
job_ask	appli to	0.1244
job_ask	applic	-0.0494
job_ask	applic for	0.0415
job_ask	applic i	-0.0243
job_ask	applic open	0.0293
job_ask	applic stand	-0.0307
job_ask	appreci	-0.2113
job_ask	appreci a	0.0427
job_ask	appreci it	-0.0393
job_ask	appreci you	-0.1645
job_ask	appreci ~number	0.0305
job_ask	apprentic	0.1185
job_ask	apprentic at	0.0288
job_ask	apprenticeship	0.1124
job_ask	apprenticeship at	0.0291
job_ask	apprenticeship intak	0.0216
job_ask	apprenticeship program	0.0377
job_ask	apprenticeship ~degree	0.0346
job_ask	approach	-0.0204
job_ask	arab	-0.0355
job_ask	architectur	-0.0296
job_ask	archiv	0.078
job_ask	are	0.1036
job_ask	are at	-0.0233
job_ask	are busi	0.0201
job_ask	are choos	0.0622
job_ask	are ever	0.0851
job_ask	are fill	0.0364
job_ask	are hire	0.0212
job_ask	are internship	-0.0365
job_ask	are not	0.0577
job_ask	are open	-0.0221
job_ask	are recruit	0.0277
job_ask	are short	0.0839
job_ask	are squeez	-0.0223
job_ask	are take	0.0365
job_ask	are there	-0.1206
job_ask	are worth	-0.021
job_ask	are you	0.5557
job_ask	are ~gatekeeper	0.0611
job_ask	are ~hiring	0.0472
job_ask	are ~job	-0.0288
job_ask	are ~number	-0.0356
job_ask	are ~org	-0.0245
job_ask	are ~student	0.0386
job_ask	are ~studyverb	0.031
job_ask	are ~workverb	-0.0249
job_ask	area	-0.0275
job_ask	aris	0.0245
job_ask	aris within	0.0208
job_ask	armi	-0.0302
job_ask	around	0.1616
job_ask	around all	0.0703
job_ask	around the	0.0464
job_ask	around ~number	0.0784
job_ask	arrang	0.0415
job_ask	art	-0.0237
job_ask	articl	-0.0551
job_ask	articl on	-0.0215
job_ask	arup	-0.0252
job_ask	as	0.244
job_ask	as a	0.1379
job_ask	as an	0.1295
job_ask	as everyon	-0.0201
job_ask	as i	-0.0389
job_ask	as it	0.0659
job_ask	as ~number	0.2648
job_ask	ask about	-0.0581
job_ask	ask becaus	0.0618
job_ask	ask but	0.0725
job_ask	ask direct	0.0216
job_ask	ask for	0.0348
job_ask	ask her	-0.0304
job_ask	ask if	0.0815
job_ask	ask them	-0.0363
job_ask	ask this	0.0221
job_ask	ask whether	0.0368
job_ask	ask you	-0.05
job_ask	ask ~people	-0.0243
job_ask	assist	0.3092
job_ask	assist i	0.0381
job_ask	assist if	0.0259
job_ask	assist on	0.0513
job_ask	assist this	0.0204
job_ask	associ	-0.153
job_ask	associ for	-0.0319
job_ask	associ you	-0.0889
job_ask	at	0.0508
job_ask	at 3	-0.0313
job_ask	at a	-0.3271
job_ask	at all	0.1752
job_ask	at an	-0.0228
job_ask	at arup	-0.0252
job_ask	at colleg	0.0744
job_ask	at deloitt	-0.029
job_ask	at entri	0.0359
job_ask	at it	0.0297
job_ask	at lincoln	-0.0235
job_ask	at my	-0.0306
job_ask	at noon	0.0505
job_ask	at northfield	0.0371
job_ask	at ohio	-0.0333
job_ask	at stripe	0.0585
job_ask	at the	0.3735
job_ask	at this	-0.0201
job_ask	at time	-0.0299
job_ask	at uni	-0.0291
job_ask	at warwick	0.0241
job_ask	at your	0.2293
job_ask	at ~clock	-0.0602
job_ask	at ~limit	-0.0299
job_ask	attach	0.0568
job_ask	attach my	0.079
job_ask	audit	-0.0483
job_ask	august	0.0622
job_ask	august and	0.0216
job_ask	august if	0.0423
job_ask	author	-0.0201
job_ask	autumn	0.1593
job_ask	avail	0.2465
job_ask	avail from	0.0372
job_ask	away	0.0953
job_ask	away and	0.0695
job_ask	back	-0.2616
job_ask	back i	-0.0236
job_ask	back in	-0.0976
job_ask	back with	0.0343
job_ask	back ~want	-0.0259
job_ask	background	-0.0876
job_ask	background i	-0.0234
job_ask	bad	-0.0283
job_ask	bakeri	0.0248
job_ask	bar	0.0869
job_ask	basi	0.0514
job_ask	basic	0.0501
job_ask	be	0.4679
job_ask	be a	0.1543
job_ask	be abl	0.1805
job_ask	be alright	-0.0854
job_ask	be around	0.0749
job_ask	be clear	-0.053
job_ask	be comfort	-0.0735
job_ask	be consid	0.2979
job_ask	be glad	-0.2197
job_ask	be good	-0.0247
job_ask	be great	0.0304
job_ask	be handi	-0.0289
job_ask	be help	-0.0275
job_ask	be hire	0.0508
job_ask	be in	0.0744
job_ask	be keen	0.0274
job_ask	be ok	-0.0397
job_ask	be one	0.0599
job_ask	be open	-0.0735
job_ask	be posibl	0.0752
job_ask	be possibl	0.0906
job_ask	be quick	0.0383
job_ask	be realli	0.0285
job_ask	be right	-0.021
job_ask	be so	-0.0449
job_ask	be someon	0.0734
job_ask	be someth	0.0487
job_ask	be space	0.0229
job_ask	be the	-0.0315
job_ask	be there	0.0207
job_ask	be thrill	0.0327
job_ask	be up	-0.0541
job_ask	be use	-0.1889
job_ask	be weird	0.04
job_ask	be will	0.083
job_ask	be worth	-0.038
job_ask	be your	0.135
job_ask	be ~clock	0.0599
job_ask	be ~gatekeeper	0.0599
job_ask	be ~help	-0.1889
job_ask	be ~hiring	0.0599
job_ask	be ~number	0.1888
job_ask	be ~people	0.1332
job_ask	be ~want	0.1268
job_ask	becaus	0.1461
job_ask	becaus i	0.0856
job_ask	becaus my	0.0412
job_ask	becom	-0.0264
job_ask	been	-0.132
job_ask	been do	-0.0252
job_ask	been so	-0.0309
job_ask	been super	0.0428
job_ask	been tri	0.0458
job_ask	been ~studyverb	-0.0344
job_ask	been ~workverb	-0.0292
job_ask	befor	-0.1454
job_ask	befor i	-0.0342
job_ask	befor that	-0.0231
job_ask	befor we	-0.0432
job_ask	beginn	-0.036
job_ask	behind	0.0596
job_ask	behind the	0.0633
job_ask	behind ~number	0.0633
job_ask	belt	0.042
job_ask	belt is	0.0552
job_ask	berlin	-0.0434
job_ask	best	-0.0837
job_ask	beta	-0.1388
job_ask	beta test	-0.1004
job_ask	beta tester	-0.0337
job_ask	better	-0.0987
job_ask	between contract	0.0725
job_ask	between meet	-0.046
job_ask	between your	-0.0232
job_ask	between ~number	-0.0302
job_ask	big	-0.1127
job_ask	biggest	-0.0334
job_ask	bio	-0.0334
job_ask	biolog	-0.0223
job_ask	biotech	-0.033
job_ask	bird	0.0446
job_ask	bit	-0.1292
job_ask	bit about	-0.0567
job_ask	bit cheeki	0.0291
job_ask	blog	-0.0246
job_ask	bodi	0.087
job_ask	book	-0.1911
job_ask	book or	-0.0602
job_ask	book you	-0.0355
job_ask	bootcamp	-0.1387
job_ask	boss	0.1123
job_ask	boss would	0.026
job_ask	boss ~want	0.0253
job_ask	both	0.0272
job_ask	bottom	0.0528
job_ask	brain	-0.056
job_ask	brazil	-0.0337
job_ask	breweri	0.0555
job_ask	bridg	-0.028
job_ask	brief	-0.0314
job_ask	bring	0.083
job_ask	bring me	0.0676
job_ask	bring on	0.0263
job_ask	brutal	-0.0249
job_ask	budget	0.0324
job_ask	budget for	0.0525
job_ask	bus	0.0233
job_ask	busi	-0.0889
job_ask	busi so	0.0216
job_ask	but	0.487
job_ask	but also	0.0691
job_ask	but are	0.1341
job_ask	but could	0.0282
job_ask	but do	0.0842
job_ask	but doe	0.0498
job_ask	but honest	-0.0228
job_ask	but i	-0.0243
job_ask	but if	0.0707
job_ask	but is	0.1321
job_ask	but that	-0.0235
job_ask	but would	0.0792
job_ask	but ~help	0.0842
job_ask	but ~want	0.0786
job_ask	buy	-0.0346
job_ask	by	-0.1107
job_ask	by ani	0.0684
job_ask	by email	-0.0495
job_ask	by share	-0.0261
job_ask	by the	-0.0267
job_ask	by ~contactverb	-0.0495
job_ask	by ~number	-0.0292
job_ask	by ~people	0.0419
job_ask	by ~sendverb	-0.0507
job_ask	by ~talk	-0.0495
job_ask	bye	-0.049
job_ask	call	-0.0261
job_ask	call list	0.0933
job_ask	call me	-0.0305
job_ask	call to	0.0262
job_ask	came	-0.0331
job_ask	came from	-0.0349
job_ask	came up	0.0394
job_ask	campaign	0.0547
job_ask	campus	-0.0274
job_ask	can	0.2603
job_ask	can appli	0.0546
job_ask	can be	-0.0596
job_ask	can come	0.0267
job_ask	can do	0.0749
job_ask	can ever	-0.0728
job_ask	can forward	0.0506
job_ask	can give	0.0367
job_ask	can help	-0.1554
job_ask	can i	0.2701
job_ask	can keep	-0.0225
job_ask	can not	-0.0226
job_ask	can pass	0.0517
job_ask	can return	-0.0248
job_ask	can see	0.0268
job_ask	can send	-0.0205
job_ask	can share	-0.0201
job_ask	can start	0.1839
job_ask	can work	0.0289
job_ask	can you	0.199
job_ask	can ~contactverb	0.0325
job_ask	can ~help	-0.1026
job_ask	can ~learn	0.0304
job_ask	can ~sendverb	0.0578
job_ask	candid	-0.0525
job_ask	capston	-0.0381
job_ask	card	-0.0387
job_ask	care	-0.1082
job_ask	career	-0.2198
job_ask	career advis	-0.0269
job_ask	career fair	-0.0639
job_ask	career in	-0.0284
job_ask	career page	0.0502
job_ask	career project	-0.0202
job_ask	career ~closing	-0.0315
job_ask	career ~student	0.0403
job_ask	career ~want	0.0347
job_ask	carri	0.0906
job_ask	carri kit	0.0264
job_ask	case	0.086
job_ask	case a	0.0396
job_ask	case studi	-0.0524
job_ask	case they	0.0376
job_ask	case ~number	0.0396
job_ask	case ~studyverb	-0.0508
job_ask	catch	-0.0432
job_ask	certif	-0.0579
job_ask	certif in	0.0238
job_ask	certif you	0.0449
job_ask	cfa	-0.0207
job_ask	chain	-0.0683
job_ask	chanc	0.5542
job_ask	chanc of	0.2231
job_ask	chanc to	0.0751
job_ask	chanc you	0.0579
job_ask	chanc your	0.0698
job_ask	chang	-0.1039
job_ask	changer from	0.044
job_ask	chariti	0.1465
job_ask	chariti run	-0.0286
job_ask	chariti ~workverb	-0.0286
job_ask	chat	-0.147
job_ask	chat about	-0.0337
job_ask	chat might	0.0776
job_ask	chat with	-0.0946
job_ask	cheap	0.1534
job_ask	cheap and	0.1044
job_ask	check	-0.1502
job_ask	check back	-0.0288
job_ask	check in	-0.0486
job_ask	cheeki	0.0558
job_ask	cheeki but	0.0484
job_ask	cheer	-0.0865
job_ask	cheer for	-0.0515
job_ask	chef	-0.0324
job_ask	chem	-0.0245
job_ask	choos	0.0453
job_ask	choos between	0.0672
job_ask	christma	0.0687
job_ask	citi	-0.0335
job_ask	class	-0.0522
job_ask	classmat	-0.0293
job_ask	clean	0.0597
job_ask	clear	-0.0336
job_ask	clear i	-0.0514
job_ask	client	-0.1156
job_ask	clinic	-0.0264
job_ask	clinic ever	0.0406
job_ask	clinic research	-0.0221
job_ask	clinic ~learn	-0.0314
job_ask	clock	-0.0337
job_ask	close	-0.0614
job_ask	club	-0.0355
job_ask	coach	-0.0312
job_ask	code	-0.0886
job_ask	coffe and	0.0461
job_ask	coffe ~later	-0.027
job_ask	cohort	-0.0437
job_ask	cold	-0.0462
job_ask	colleagu	-0.1866
job_ask	colleagu in	-0.0675
job_ask	colleagu who	-0.0266
job_ask	colleagu ~people	-0.0266
job_ask	collect	0.0369
job_ask	colleg	0.0313
job_ask	colleg and	0.0641
job_ask	come	0.4717
job_ask	come across	-0.0257
job_ask	come back	-0.0217
job_ask	come from	-0.0337
job_ask	come in	0.238
job_ask	come to	-0.0226
job_ask	come up	0.3128
job_ask	comfort	-0.085
job_ask	comfort introduc	-0.0702
job_ask	committe	-0.0356
job_ask	common	-0.0537
job_ask	communiti garden	0.0506
job_ask	comp	-0.0226
job_ask	comp sci	-0.0226
job_ask	compani	-0.0652
job_ask	compani graduat	0.0217
job_ask	compani has	0.0228
job_ask	compani have	0.025
job_ask	compani in	-0.0274
job_ask	compani sponsor	-0.0243
job_ask	compani take	0.0483
job_ask	compani that	0.0789
job_ask	compani usual	-0.046
job_ask	compani ~hiring	0.0469
job_ask	compani ~studyverb	0.0365
job_ask	compar	-0.0303
job_ask	compet	-0.0325
job_ask	compet you	-0.0235
job_ask	competit	-0.0406
job_ask	complain	0.0754
job_ask	complet	-0.0569
job_ask	complianc	-0.0435
job_ask	complianc ~org	-0.023
job_ask	confer	-0.1211
job_ask	confer next	-0.0276
job_ask	connect	-0.2528
job_ask	connect me	-0.0927
job_ask	connect with	-0.0763
job_ask	conscious	-0.0214
job_ask	conserv	0.0226
job_ask	conserv job	0.0315
job_ask	conserv ~job	0.0304
job_ask	consid	0.6369
job_ask	consid essenti	-0.0269
job_ask	consid for	0.1719
job_ask	consid hire	0.054
job_ask	consid me	0.1877
job_ask	consid someon	0.0214
job_ask	consid ~gatekeeper	0.054
job_ask	consid ~hiring	0.0673
job_ask	consid ~people	0.0214
job_ask	consult	-0.1272
job_ask	contact	-0.0529
job_ask	contact of	0.0329
job_ask	context	-0.0313
job_ask	context i	-0.0241
job_ask	contract	0.335
job_ask	contract end	0.0342
job_ask	contract go	0.0803
job_ask	contract in	0.026
job_ask	contract right	0.0285
job_ask	contract role	0.0619
job_ask	contract work	0.0686
job_ask	contract ~job	0.0707
job_ask	contract ~learn	0.0691
job_ask	contract ~workverb	0.0691
job_ask	contractor	0.0274
job_ask	contribut	0.0552
job_ask	contribut to	0.0552
job_ask	contributor	0.0492
job_ask	convers	-0.0753
job_ask	cool	-0.0353
job_ask	coordin	0.0548
job_ask	coordin role	0.0446
job_ask	coordin ~job	0.0518
job_ask	copywrit	0.0904
job_ask	could	1.091
job_ask	could appli	0.1372
job_ask	could be	-0.0235
job_ask	could chat	-0.0234
job_ask	could connect	-0.0271
job_ask	could describ	-0.0231
job_ask	could do	0.0487
job_ask	could flag	0.0275
job_ask	could get	0.2936
job_ask	could give	0.0235
job_ask	could go	0.0308
job_ask	could have	0.0377
job_ask	could help	0.0829
job_ask	could hire	0.0217
job_ask	could i	0.4032
job_ask	could intern	0.0789
job_ask	could interview	0.0251
job_ask	could intro	-0.0503
job_ask	could introduc	-0.0411
job_ask	could join	0.0268
job_ask	could lead	0.0216
job_ask	could point	-0.0238
job_ask	could proofread	-0.0201
job_ask	could put	0.0435
job_ask	could reach	-0.0212
job_ask	could refer	0.0467
job_ask	could send	-0.0301
job_ask	could share	-0.0439
job_ask	could suggest	-0.0303
job_ask	could tell	-0.0536
job_ask	could the	0.0588
job_ask	could tri	-0.0673
job_ask	could we	-0.0314
job_ask	could you	0.2277
job_ask	could ~contactverb	-0.0613
job_ask	could ~gatekeeper	0.0216
job_ask	could ~help	0.1326
job_ask	could ~learn	0.283
job_ask	could ~number	0.0588
job_ask	could ~sendverb	-0.068
job_ask	could ~student	0.0669
job_ask	could ~talk	-0.1043
job_ask	could ~want	-0.0673
job_ask	council	-0.0507
job_ask	count	-0.0929
job_ask	count for	-0.0204
job_ask	count me	-0.047
job_ask	coupl	0.0822
job_ask	coupl month	0.0243
job_ask	coupl of	0.0979
job_ask	cours	-0.1516
job_ask	cousin	-0.0368
job_ask	cover	0.1005
job_ask	cover everyth	-0.0264
job_ask	cover letter	-0.0403
job_ask	cover recept	0.0623
job_ask	cover weekend	0.0481
job_ask	creativ	0.1033
job_ask	creativ director	0.104
job_ask	credit	-0.063
job_ask	crew	0.2137
job_ask	crew for	0.0662
job_ask	cud	0.0317
job_ask	cud you	0.0317
job_ask	curious	-0.1031
job_ask	curious about	-0.0289
job_ask	curious how	-0.0441
job_ask	current	-0.0519
job_ask	current ~job	-0.0201
job_ask	cut	-0.0907
job_ask	cut out	-0.0207
job_ask	cut this	-0.0208
job_ask	cybersecur	-0.031
job_ask	cycl	0.0341
job_ask	d	-0.0314
job_ask	daili	-0.0248
job_ask	dashboard	-0.0234
job_ask	data	-0.1222
job_ask	data from	-0.0237
job_ask	data scientist	-0.039
job_ask	data team	0.0216
job_ask	data ~student	-0.0257
job_ask	dataset	-0.0335
job_ask	dataset i	-0.0261
job_ask	daughter	-0.0264
job_ask	day	-0.195
job_ask	day a	0.1191
job_ask	day and	0.0276
job_ask	day i	-0.0561
job_ask	day of	-0.0259
job_ask	day or	-0.0368
job_ask	day sometim	-0.0457
job_ask	day to	-0.0514
job_ask	day ~later	-0.0457
job_ask	day ~number	0.1151
job_ask	day ~want	0.0505
job_ask	deadlin	0.0289
job_ask	deadlin pass	0.0437
job_ask	deal	-0.0207
job_ask	decad	-0.0214
job_ask	decent	-0.0865
job_ask	decent at	-0.0543
job_ask	decid	-0.151
job_ask	decid on	-0.0327
job_ask	decid to	-0.0325
job_ask	decid which	-0.0271
job_ask	degre	-0.056
job_ask	deliveri	-0.0248
job_ask	deloitt	-0.0335
job_ask	dental	0.0286
job_ask	dental practic	0.0369
job_ask	dental ~org	0.0364
job_ask	denver offic	0.0249
job_ask	denver ~org	0.0249
job_ask	depart	0.1295
job_ask	depart is	0.0647
job_ask	depart would	0.0242
job_ask	depart ~want	0.0238
job_ask	depot	0.0315
job_ask	describ	-0.0997
job_ask	describ the	-0.0447
job_ask	describ ~number	-0.0679
job_ask	design	0.0242
job_ask	design at	0.028
job_ask	design do	0.0349
job_ask	design studio	-0.0205
job_ask	design ~help	0.0303
job_ask	design ~job	0.0478
job_ask	desk	0.051
job_ask	detail	0.0487
job_ask	detail note	-0.0209
job_ask	detail to	0.0239
job_ask	dev	0.0837
job_ask	dev with	0.0485
job_ask	develop	-0.0449
job_ask	did	-0.3537
job_ask	did a	-0.0238
job_ask	did my	-0.0241
job_ask	did you	-0.2004
job_ask	did your	-0.0481
job_ask	did ~number	-0.0209
job_ask	die	-0.0278
job_ask	differ	-0.1029
job_ask	differ if	-0.0276
job_ask	digitis	0.0856
job_ask	diploma	0.0494
job_ask	diploma in	0.0662
job_ask	direct	0.2743
job_ask	direct could	0.0679
job_ask	direct or	0.0398
job_ask	direct through	0.1309
job_ask	director	0.1168
job_ask	director for	0.0312
job_ask	dissert	-0.029
job_ask	dissert on	-0.0286
job_ask	do	-0.0239
job_ask	do a	0.2956
job_ask	do an	-0.0282
job_ask	do ani	0.0438
job_ask	do differ	-0.0318
job_ask	do for	-0.2011
job_ask	do hire	-0.0672
job_ask	do i	-0.0202
job_ask	do in	-0.0222
job_ask	do intern	-0.0248
job_ask	do it	0.0228
job_ask	do keep	0.027
job_ask	do litter	0.045
job_ask	do more	0.0345
job_ask	do most	-0.0623
job_ask	do my	0.0245
job_ask	do not	0.1403
job_ask	do on	-0.0225
job_ask	do peopl	-0.0653
job_ask	do shout	0.0559
job_ask	do that	-0.0276
job_ask	do the	-0.0595
job_ask	do they	-0.0565
job_ask	do this	-0.0536
job_ask	do to	-0.0756
job_ask	do with	0.0257
job_ask	do you	0.2129
job_ask	do your	-0.0252
job_ask	do ~gatekeeper	-0.0844
job_ask	do ~hiring	-0.0672
job_ask	do ~number	0.2161
job_ask	do ~people	-0.0591
job_ask	doe	-0.0912
job_ask	doe a	-0.0593
job_ask	doe anyon	-0.0249
job_ask	doe come	0.0697
job_ask	doe that	-0.0298
job_ask	doe your	0.0678
job_ask	doe ~number	-0.0619
job_ask	doe ~people	-0.0322
job_ask	done	-0.0979
job_ask	done i	0.0373
job_ask	done it	0.0365
job_ask	done the	-0.0232
job_ask	done ~clock	-0.0202
job_ask	done ~number	-0.0548
job_ask	door	0.0629
job_ask	door at	0.0206
job_ask	door with	0.0242
job_ask	down	0.1035
job_ask	down as	0.0771
job_ask	down for	0.0368
job_ask	down the	0.0331
job_ask	down ~number	0.0271
job_ask	dr	-0.0748
job_ask	dr okafor	-0.039
job_ask	draft	-0.0771
job_ask	drop	-0.0785
job_ask	drop you	-0.034
job_ask	each	-0.0342
job_ask	each other	-0.0253
job_ask	earli	-0.0355
job_ask	earli on	-0.0242
job_ask	easter	0.1148
job_ask	econ	-0.0215
job_ask	econom student	0.0202
job_ask	econom ~student	0.0202
job_ask	edinburgh	0.0281
job_ask	edit	-0.0468
job_ask	editor	0.0281
job_ask	editor for	0.0211
job_ask	educ	-0.0335
job_ask	eight	-0.0393
job_ask	eight year	-0.0367
job_ask	eight ~duration	-0.0367
job_ask	els	-0.2239
job_ask	els come	-0.0379
job_ask	els in	-0.0257
job_ask	els on	-0.0319
job_ask	els you	-0.0211
job_ask	elsewher	-0.0292
job_ask	email	-0.1846
job_ask	email tonight	0.0991
job_ask	email you	-0.1132
job_ask	end	-0.2336
job_ask	end in	0.0256
job_ask	end of	-0.0389
job_ask	end up	-0.0447
job_ask	energi	-0.0225
job_ask	engin	-0.1568
job_ask	engin at	0.0375
job_ask	engin in	-0.033
job_ask	engin ~org	-0.0212
job_ask	english	0.0239
job_ask	english and	0.0313
job_ask	english is	0.025
job_ask	enjoy	-0.0933
job_ask	enjoy the	-0.0381
job_ask	enjoy ~number	-0.0386
job_ask	enough	-0.0649
job_ask	entri	0.0622
job_ask	entri level	0.0759
job_ask	environment	-0.0284
job_ask	essenti	-0.0318
job_ask	essenti for	-0.0259
job_ask	even	0.3752
job_ask	even a	0.0207
job_ask	even as	0.0428
job_ask	even if	0.0349
job_ask	even just	0.0422
job_ask	even make	0.0223
job_ask	even part	0.0705
job_ask	even someth	-0.024
job_ask	even unpaid	0.0945
job_ask	even ~want	0.0413
job_ask	evening	0.0479
job_ask	evening ~want	0.0498
job_ask	event	-0.16
job_ask	event i	-0.0307
job_ask	event if	-0.0252
job_ask	ever	0.4776
job_ask	ever a	0.0816
job_ask	ever an	0.0489
job_ask	ever anyth	-0.1037
job_ask	ever come	0.0636
job_ask	ever consid	0.0289
job_ask	ever feel	-0.0202
job_ask	ever get	-0.0575
job_ask	ever has	0.0275
job_ask	ever have	-0.0344
job_ask	ever help	-0.0818
job_ask	ever hire	0.024
job_ask	ever need	0.0776
job_ask	ever open	0.0271
job_ask	ever return	-0.0223
job_ask	ever room	0.0348
job_ask	ever short	0.1564
job_ask	ever take	0.1271
job_ask	ever use	0.0433
job_ask	ever want	-0.0997
job_ask	ever ~help	-0.1346
job_ask	ever ~insight	0.1248
job_ask	ever ~learn	-0.0458
job_ask	ever ~number	0.1677
job_ask	ever ~want	-0.0892
job_ask	everi	0.0694
job_ask	everi day	0.0316
job_ask	everi week	0.0694
job_ask	everi ~closing	0.1025
job_ask	everi ~limit	0.031
job_ask	everyon	-0.0644
job_ask	everyon say	-0.0203
job_ask	everyth	-0.1004
job_ask	everyth i	-0.031
job_ask	everyth on	-0.03
job_ask	ex	-0.0304
job_ask	exam	-0.0456
job_ask	exam finish	0.0533
job_ask	excel	-0.0583
job_ask	excel macro	-0.0284
job_ask	exercis	-0.0714
job_ask	exercis i	-0.0307
job_ask	expand	0.0319
job_ask	expect	-0.0502
job_ask	experi	0.2475
job_ask	experi in	0.1883
job_ask	explain	-0.023
job_ask	explor	-0.0533
job_ask	eye	-0.1235
job_ask	eye on	-0.0606
job_ask	factori	0.051
job_ask	fair	-0.0989
job_ask	fair if	-0.0269
job_ask	fall	0.0578
job_ask	famili	-0.0375
job_ask	farm	0.1497
job_ask	fast	0.045
job_ask	favor	-0.1906
job_ask	favor somehow	-0.0359
job_ask	featur	-0.0294
job_ask	feedback	-0.1329
job_ask	feedback on	-0.0498
job_ask	feel	-0.1426
job_ask	feel a	-0.0331
job_ask	feel for	-0.0299
job_ask	feel free	-0.0208
job_ask	feel like	-0.0251
job_ask	feel ~number	-0.0332
job_ask	fellowship	0.1378
job_ask	fellowship you	0.0511
job_ask	festiv	-0.0215
job_ask	few	0.0403
job_ask	few day	0.0728
job_ask	few month	0.0314
job_ask	few week	-0.0273
job_ask	few ~duration	0.0207
job_ask	field	-0.1579
job_ask	field but	0.0233
job_ask	fifteen	0.0665
job_ask	fifteen minut	0.0674
job_ask	fifteen ~limit	0.0674
job_ask	fifteen ~timeunit	0.0674
job_ask	figma	-0.0494
job_ask	figur	-0.0543
job_ask	figur out	-0.0549
job_ask	file	0.1714
job_ask	file for	0.0305
job_ask	file in	0.0251
job_ask	fill a	0.0254
job_ask	fill ~number	0.0254
job_ask	film	-0.0233
job_ask	final	-0.0477
job_ask	final year	-0.0437
job_ask	final ~duration	-0.0437
job_ask	financ	-0.0299
job_ask	find	-0.1042
job_ask	find out	-0.032
job_ask	fine	0.0237
job_ask	finish	0.0359
job_ask	finish my	0.0545
job_ask	finish the	-0.0428
job_ask	finish ~number	-0.036
job_ask	firm	-0.0505
job_ask	firm for	0.0211
job_ask	firm have	0.0689
job_ask	firm i	-0.0287
job_ask	firm last	-0.0248
job_ask	firm like	-0.0313
job_ask	firm most	-0.0263
job_ask	firm this	0.0227
job_ask	firm usual	-0.0228
job_ask	first	-0.3379
job_ask	first job	-0.0436
job_ask	first year	-0.0327
job_ask	first ~duration	-0.0327
job_ask	first ~job	-0.0756
job_ask	fish	-0.0248
job_ask	fish for	-0.0217
job_ask	fit	0.043
job_ask	fit for	-0.042
job_ask	fit in	0.0649
job_ask	fit me	-0.0975
job_ask	five	-0.0646
job_ask	five year	-0.0466
job_ask	five ~duration	-0.0466
job_ask	flag	0.0843
job_ask	flag my	0.0766
job_ask	float	0.0386
job_ask	float around	0.0386
job_ask	floor	0.047
job_ask	flow	-0.0329
job_ask	flow i	-0.0322
job_ask	fluent	-0.0231
job_ask	fluentli	-0.0258
job_ask	flyer	-0.0344
job_ask	focus	-0.0459
job_ask	focus on	-0.0247
job_ask	folk	0.0462
job_ask	follow	-0.218
job_ask	follow up	-0.174
job_ask	follow you	-0.0229
job_ask	food	0.0696
job_ask	food bank	0.0594
job_ask	food ~org	0.0594
job_ask	foot	0.1032
job_ask	foot in	0.1032
job_ask	for	0.0611
job_ask	for accept	-0.0214
job_ask	for advic	-0.0337
job_ask	for all	0.0899
job_ask	for an	-0.1162
job_ask	for anyon	0.0714
job_ask	for be	-0.0463
job_ask	for but	0.0597
job_ask	for do	-0.0203
job_ask	for feedback	-0.0421
job_ask	for fit	-0.0593
job_ask	for free	0.1555
job_ask	for get	-0.0307
job_ask	for in	-0.0241
job_ask	for internat	-0.0205
job_ask	for it	0.0681
job_ask	for load	0.0933
job_ask	for me	0.2095
job_ask	for month	0.0621
job_ask	for my	-0.0751
job_ask	for myself	0.0913
job_ask	for new	-0.0387
job_ask	for next	0.0524
job_ask	for nine	-0.0204
job_ask	for now	-0.0335
job_ask	for on	-0.0251
job_ask	for one	-0.0207
job_ask	for our	-0.028
job_ask	for peopl	0.0956
job_ask	for six	0.0279
job_ask	for someon	-0.0211
job_ask	for squeez	-0.0537
job_ask	for take	0.0391
job_ask	for that	0.053
job_ask	for the	0.5019
job_ask	for this	-0.1626
job_ask	for those	0.0304
job_ask	for today	-0.0267
job_ask	for two	-0.0243
job_ask	for user	-0.0254
job_ask	for when	-0.0326
job_ask	for you	-0.0369
job_ask	for your	-0.1342
job_ask	for ~clock	-0.082
job_ask	for ~duration	0.0604
job_ask	for ~hiring	0.0216
job_ask	for ~insight	-0.0961
job_ask	for ~job	-0.0287
job_ask	for ~number	0.3225
job_ask	for ~people	0.1167
job_ask	for ~workverb	-0.023
job_ask	foreign	-0.027
job_ask	forens	-0.0221
job_ask	forens account	-0.0215
job_ask	forget	-0.0339
job_ask	former	-0.0287
job_ask	forward	0.3732
job_ask	forward but	0.0426
job_ask	forward for	0.052
job_ask	forward it	0.0713
job_ask	forward my	0.1505
job_ask	four	-0.0311
job_ask	fr	0.0363
job_ask	free	0.7148
job_ask	free and	0.0212
job_ask	free could	0.0626
job_ask	free from	0.2965
job_ask	free if	0.0504
job_ask	free just	0.0733
job_ask	free most	0.0912
job_ask	free on	0.0802
job_ask	free time	0.038
job_ask	free ~limit	0.0361
job_ask	free ~want	0.0574
job_ask	freelanc	0.278
job_ask	freelanc illustr	0.1303
job_ask	freelanc ~want	0.0238
job_ask	fresh	-0.0265
job_ask	fresh set	-0.0219
job_ask	friday	0.0331
job_ask	friday afternoon	-0.0234
job_ask	friday if	0.0657
job_ask	friday ~limit	-0.0234
job_ask	friend	-0.1554
job_ask	friend at	-0.0314
job_ask	friend you	-0.0209
job_ask	from	-0.4189
job_ask	from a	-0.043
job_ask	from home	0.0576
job_ask	from june	0.1548
job_ask	from me	-0.0472
job_ask	from my	-0.1405
job_ask	from our	-0.037
job_ask	from septemb	0.0392
job_ask	from someon	-0.0231
job_ask	from teach	0.022
job_ask	from the	-0.0657
job_ask	from your	-0.0869
job_ask	from ~number	-0.1159
job_ask	front of	0.0287
job_ask	frontend	0.0489
job_ask	full	-0.0538
job_ask	full time	-0.0369
job_ask	full ~limit	-0.0369
job_ask	fulli	-0.0238
job_ask	fulli remot	-0.0223
job_ask	fun	-0.0232
job_ask	fund	-0.0398
job_ask	fundrais	-0.0409
job_ask	fundrais i	-0.0242
job_ask	galleri	0.0332
job_ask	game	-0.1066
job_ask	game design	-0.0234
job_ask	gap	0.0736
job_ask	garag	0.0456
job_ask	garden	0.0701
job_ask	gather	-0.0214
job_ask	gave	-0.026
job_ask	gave me	-0.0212
job_ask	gen	-0.0322
job_ask	gen z	-0.0237
job_ask	general	-0.0733
job_ask	generous	-0.0453
job_ask	generous with	-0.0248
job_ask	genuin	0.0422
job_ask	get	0.1181
job_ask	get an	0.0737
job_ask	get hire	-0.0447
job_ask	get in	0.0321
job_ask	get into	-0.061
job_ask	get it	-0.0236
job_ask	get me	0.3244
job_ask	get my	0.066
job_ask	get on	0.0797
job_ask	get onto	0.0619
job_ask	get some	0.0808
job_ask	get stuck	-0.0238
job_ask	get to	-0.0437
job_ask	get your	-0.1156
job_ask	get ~number	0.0862
job_ask	gig	0.0309
job_ask	girl	0.0658
job_ask	give	-0.1213
job_ask	give back	-0.0211
job_ask	give feedback	-0.022
job_ask	give me	0.0261
job_ask	give you	-0.0205
job_ask	give ~insight	-0.022
job_ask	glad	-0.2828
job_ask	glad to	-0.2493
job_ask	glanc	-0.0305
job_ask	go	0.0445
job_ask	go at	0.2282
job_ask	go back	-0.033
job_ask	go could	0.0532
job_ask	go i	0.0504
job_ask	go now	-0.0446
job_ask	go on	0.082
job_ask	go over	-0.0218
job_ask	go through	0.0248
job_ask	go to	-0.1263
job_ask	go ~want	-0.0277
job_ask	goal	0.0331
job_ask	goal today	0.0473
job_ask	goe	-0.0535
job_ask	goe from	-0.0201
job_ask	gone	-0.0225
job_ask	good	-0.1004
job_ask	good at	-0.0313
job_ask	good book	-0.0248
job_ask	good fit	0.051
job_ask	good for	-0.0213
job_ask	good word	0.134
job_ask	good ~closing	-0.0589
job_ask	good ~limit	-0.0412
job_ask	goodby	-0.0236
job_ask	got	-0.039
job_ask	got a	-0.0373
job_ask	got about	0.0241
job_ask	got it	-0.023
job_ask	got load	0.0369
job_ask	got my	0.1176
job_ask	got noth	0.073
job_ask	got the	0.0232
job_ask	got to	-0.0551
job_ask	got ~number	-0.0447
job_ask	govern	-0.0214
job_ask	grab	-0.025
job_ask	gracia	-0.0206
job_ask	grad	-0.0579
job_ask	grad in	-0.0207
job_ask	grad role	0.0359
job_ask	grad scheme	-0.0313
job_ask	grad school	0.0318
job_ask	grad this	0.0757
job_ask	grad ~job	0.0359
job_ask	grad ~org	0.0341
job_ask	grade	-0.0326
job_ask	graduat	0.1696
job_ask	graduat program	0.0417
job_ask	graduat scheme	0.0636
job_ask	graduat ~degree	0.0365
job_ask	grant	-0.0641
job_ask	grant applic	-0.0379
job_ask	grant cycl	0.0386
job_ask	grant write	-0.0277
job_ask	grant ~application	-0.0379
job_ask	grate for	-0.0612
job_ask	grate if	0.061
job_ask	great	-0.0338
job_ask	great ~insight	0.0448
job_ask	grew	0.0369
job_ask	grew up	0.0369
job_ask	group	-0.0731
job_ask	guess what	0.0203
job_ask	guy	0.5251
job_ask	guy ever	0.0482
job_ask	guy fr	0.0315
job_ask	guy hire	0.1837
job_ask	guy next	0.033
job_ask	guy take	0.0912
job_ask	guy ~gatekeeper	0.1681
job_ask	guy ~hiring	0.2432
job_ask	guy ~studyverb	0.0639
job_ask	ha	0.067
job_ask	hackathon	-0.0364
job_ask	had	-0.1884
job_ask	had a	-0.0228
job_ask	had to	-0.0427
job_ask	had ~number	-0.0221
job_ask	half hour	-0.0272
job_ask	half joke	0.0548
job_ask	half ~limit	-0.0272
job_ask	half ~timeunit	-0.0272
job_ask	hand	0.1007
job_ask	hand at	0.0386
job_ask	hand for	0.0244
job_ask	hand it	0.0362
job_ask	hand on	0.0401
job_ask	hand out	-0.0232
job_ask	hand this	0.0895
job_ask	handi	-0.1017
job_ask	handi for	-0.0289
job_ask	handi with	-0.061
job_ask	handl ~hiring	0.028
job_ask	hang	-0.0311
job_ask	happen	0.0761
job_ask	happen to	0.0457
job_ask	happi	0.1507
job_ask	happi to	0.1492
job_ask	happili	0.0845
job_ask	happili come	0.0525
job_ask	hard	-0.0338
job_ask	hard stop	-0.0353
job_ask	hard to	-0.0201
job_ask	hard worker	0.0404
job_ask	hard ~student	0.0404
job_ask	hardest	-0.0225
job_ask	harvest	0.0455
job_ask	has ani	0.0776
job_ask	has been	-0.0462
job_ask	has chang	-0.02
job_ask	has ~workverb	-0.0463
job_ask	hat	0.0271
job_ask	hate	0.0228
job_ask	hate to	0.0281
job_ask	have	-0.1257
job_ask	have an	0.0235
job_ask	have ani	0.176
job_ask	have been	-0.0504
job_ask	have budget	0.0525
job_ask	have done	-0.0322
job_ask	have fifteen	0.0769
job_ask	have finish	-0.06
job_ask	have got	0.1506
job_ask	have had	-0.0228
job_ask	have heard	-0.0236
job_ask	have just	0.0328
job_ask	have me	0.0396
job_ask	have more	-0.0223
job_ask	have open	0.0247
job_ask	have room	0.0303
job_ask	have some	0.0697
job_ask	have taken	-0.0314
job_ask	have to	-0.1671
job_ask	have two	0.0504
job_ask	have ~clock	0.0598
job_ask	have ~job	0.1082
job_ask	have ~number	0.1158
job_ask	have ~studyverb	-0.0616
job_ask	have ~workverb	-0.1051
job_ask	head	-0.047
job_ask	head back	0.0212
job_ask	head of	0.0269
job_ask	head off	-0.025
job_ask	headcount	0.0379
job_ask	health	-0.0784
job_ask	heap this	0.0471
job_ask	hear	-0.2128
job_ask	hear about	0.0383
job_ask	hear from	-0.0279
job_ask	hear her	-0.0218
job_ask	hear how	-0.0647
job_ask	hear me	-0.0869
job_ask	hear of	0.0752
job_ask	hear their	-0.0523
job_ask	heard	-0.0554
job_ask	heard back	-0.0255
job_ask	hectic	-0.022
job_ask	hello	-0.0434
job_ask	help	-0.1372
job_ask	help howev	0.0668
job_ask	help i	-0.0395
job_ask	help if	-0.0356
job_ask	help in	-0.0233
job_ask	help me	0.0382
job_ask	help on	0.1985
job_ask	help out	0.1377
job_ask	help run	-0.0249
job_ask	help thank	0.0298
job_ask	help the	0.0288
job_ask	help to	-0.0343
job_ask	help translat	-0.0201
job_ask	help with	-0.0631
job_ask	help without	0.028
job_ask	help you	-0.1646
job_ask	help your	0.0307
job_ask	help ~workverb	-0.0249
job_ask	helper	0.0786
job_ask	helper on	0.0576
job_ask	her	-0.1668
job_ask	here	-0.2315
job_ask	here i	-0.0201
job_ask	hesit	-0.0235
job_ask	hey	0.0406
job_ask	hey random	0.0844
job_ask	hi	-0.0811
job_ask	hi i	0.047
job_ask	high	-0.0551
job_ask	high school	-0.0378
job_ask	high ~org	-0.0378
job_ask	him	-0.0328
job_ask	hire	0.6447
job_ask	hire a	0.08
job_ask	hire ani	0.0558
job_ask	hire at	0.0709
job_ask	hire do	0.0635
job_ask	hire for	-0.1523
job_ask	hire in	0.0462
job_ask	hire initi	-0.0241
job_ask	hire junior	0.0317
job_ask	hire manag	-0.0212
job_ask	hire me	0.4138
job_ask	hire on	-0.0332
job_ask	hire onto	0.0517
job_ask	hire peopl	-0.0382
job_ask	hire process	-0.0695
job_ask	hire right	0.1584
job_ask	hire side	-0.0213
job_ask	hire someon	0.0435
job_ask	hire through	-0.0216
job_ask	hire ~help	0.0635
job_ask	hire ~learn	-0.0205
job_ask	hire ~number	0.08
job_ask	hire ~student	0.0512
job_ask	histori	-0.0333
job_ask	hit	-0.0279
job_ask	hold	-0.0682
job_ask	hold on	-0.0277
job_ask	hold you	-0.0274
job_ask	holiday	0.1182
job_ask	holiday and	0.0256
job_ask	homework	-0.0341
job_ask	honest	0.1939
job_ask	honest anyth	0.0466
job_ask	honest i	0.1755
job_ask	honest if	0.101
job_ask	honest is	0.041
job_ask	honest just	-0.024
job_ask	honest take	-0.082
job_ask	honest work	0.0233
job_ask	honest ~insight	-0.1298
job_ask	honest ~learn	0.023
job_ask	honest ~workverb	0.0226
job_ask	hop	-0.0519
job_ask	hop off	-0.0228
job_ask	hop on	-0.0256
job_ask	hope	0.2638
job_ask	hope this	0.1094
job_ask	hope to	-0.0454
job_ask	hope you	0.2221
job_ask	hospit	-0.1149
job_ask	hour	-0.1099
job_ask	hour per	0.0265
job_ask	hous	0.0476
job_ask	hous associ	0.0366
job_ask	hous offic	0.0358
job_ask	hous ~student	0.0829
job_ask	how	-1.4504
job_ask	how a	-0.0322
job_ask	how did	-0.1088
job_ask	how do	-0.1755
job_ask	how doe	-0.0871
job_ask	how i	-0.0265
job_ask	how is	-0.0343
job_ask	how it	-0.0732
job_ask	how long	-0.058
job_ask	how mani	-0.0927
job_ask	how much	-0.0736
job_ask	how the	-0.0942
job_ask	how to	-0.0241
job_ask	how would	-0.0612
job_ask	how you	-0.1666
job_ask	how your	-0.1162
job_ask	how ~help	-0.1793
job_ask	how ~number	-0.133
job_ask	how ~studyverb	-0.1088
job_ask	how ~want	-0.0612
job_ask	howev	0.1195
job_ask	howev i	0.0482
job_ask	hr	0.1192
job_ask	hunt	-0.0579
job_ask	hurt	-0.0264
job_ask	hygien	0.0233
job_ask	hypothet	0.0647
job_ask	hypothet if	0.0614
job_ask	i	0.2122
job_ask	i add	-0.1309
job_ask	i am	0.1499
job_ask	i appli	0.3337
job_ask	i appreci	-0.0621
job_ask	i be	0.2157
job_ask	i can	-0.1142
job_ask	i check	-0.0317
job_ask	i come	0.0882
job_ask	i connect	-0.056
job_ask	i could	0.2109
job_ask	i decid	-0.0213
job_ask	i did	0.0449
job_ask	i do	0.2481
job_ask	i email	-0.104
job_ask	i end	-0.034
job_ask	i figur	0.034
job_ask	i follow	-0.0865
job_ask	i forget	-0.033
job_ask	i go	0.0324
job_ask	i had	-0.087
job_ask	i hate	0.0329
job_ask	i have	-0.2263
job_ask	i hear	-0.0258
job_ask	i help	0.0543
job_ask	i keep	-0.031
job_ask	i like	-0.0267
job_ask	i mayb	0.0704
job_ask	i mean	0.1739
job_ask	i meet	0.0363
job_ask	i mention	-0.0549
job_ask	i messag	-0.0413
job_ask	i must	-0.0266
job_ask	i need	-0.0468
job_ask	i offer	0.076
job_ask	i pass	0.0342
job_ask	i pick	-0.0211
job_ask	i ping	-0.0218
job_ask	i promis	-0.0394
job_ask	i put	0.112
job_ask	i reach	-0.0592
job_ask	i realiz	-0.0207
job_ask	i realli	-0.1131
job_ask	i return	-0.0217
job_ask	i run	-0.035
job_ask	i said	0.0435
job_ask	i saw	0.0341
job_ask	i see	-0.0264
job_ask	i send	-0.0294
job_ask	i sent	-0.0222
job_ask	i share	-0.0463
job_ask	i should	-0.1324
job_ask	i speak	-0.0442
job_ask	i spent	-0.0375
job_ask	i stay	-0.0208
job_ask	i take	-0.0218
job_ask	i talk	-0.0302
job_ask	i think	-0.0949
job_ask	i use	-0.042
job_ask	i volunt	0.0242
job_ask	i want	0.0277
job_ask	i was	0.033
job_ask	i will	-0.3826
job_ask	i wonder	0.0327
job_ask	i work	0.0241
job_ask	i would	0.5899
job_ask	i write	-0.022
job_ask	i ~contactverb	-0.0941
job_ask	i ~help	0.3297
job_ask	i ~insight	-0.0392
job_ask	i ~job	0.0577
job_ask	i ~learn	0.0378
job_ask	i ~sendverb	-0.0739
job_ask	i ~student	0.0742
job_ask	i ~talk	-0.1155
job_ask	i ~want	0.3851
job_ask	i ~workverb	-0.0826
job_ask	idea	-0.0489
job_ask	if	0.6881
job_ask	if a	0.1291
job_ask	if ani	-0.0213
job_ask	if anyon	-0.0386
job_ask	if anyth	0.4111
job_ask	if i	-0.4726
job_ask	if is	0.0212
job_ask	if it	-0.0326
job_ask	if more	-0.0433
job_ask	if one	0.0211
job_ask	if possibl	0.0514
job_ask	if so	0.0765
job_ask	if someon	0.0231
job_ask	if someth	-0.0272
job_ask	if that	0.0702
job_ask	if the	0.3194
job_ask	if there	0.0355
job_ask	if they	-0.0298
job_ask	if this	0.0583
job_ask	if we	-0.0248
job_ask	if yes	0.0211
job_ask	if you	0.1659
job_ask	if ~clock	0.0211
job_ask	if ~number	0.4851
job_ask	illustr	0.1818
job_ask	illustr work	0.0675
job_ask	illustr ~learn	0.0673
job_ask	illustr ~workverb	0.0673
job_ask	immediat	0.2
job_ask	import	-0.0423
job_ask	import for	-0.0254
job_ask	in	-0.1423
job_ask	in a	0.0397
job_ask	in and	0.0271
job_ask	in at	0.0392
job_ask	in berlin	-0.0202
job_ask	in between	-0.0908
job_ask	in biotech	-0.0244
job_ask	in case	0.1815
job_ask	in for	0.112
job_ask	in front	0.0287
job_ask	in general	-0.0293
job_ask	in hire	-0.0219
job_ask	in hospit	-0.0391
job_ask	in leed	-0.0246
job_ask	in march	0.0203
job_ask	in mechatron	0.0518
job_ask	in mind	0.5083
job_ask	in my	-0.1399
job_ask	in next	0.061
job_ask	in on	0.1019
job_ask	in our	-0.0218
job_ask	in polici	-0.0412
job_ask	in product	-0.0216
job_ask	in public	-0.0243
job_ask	in renew	-0.0275
job_ask	in retail	-0.0551
job_ask	in return	-0.1134
job_ask	in septemb	0.0307
job_ask	in summer	0.0734
job_ask	in suppli	-0.0232
job_ask	in the	0.1695
job_ask	in their	-0.0439
job_ask	in this	-0.1062
job_ask	in touch	-0.1587
job_ask	in ux	-0.0274
job_ask	in vet	0.0209
job_ask	in with	-0.0307
job_ask	in your	0.1153
job_ask	in ~clock	-0.0343
job_ask	in ~closing	0.0721
job_ask	in ~contactverb	-0.1677
job_ask	in ~help	-0.1136
job_ask	in ~hiring	-0.024
job_ask	in ~number	0.1509
job_ask	in ~org	-0.05
job_ask	in ~people	-0.0279
job_ask	in ~student	-0.0214
job_ask	industri	-0.1394
job_ask	inform	-0.1026
job_ask	inform interview	-0.0298
job_ask	inform ~talk	-0.0256
job_ask	initi	-0.0241
job_ask	insid	-0.0205
job_ask	insight	-0.0503
job_ask	instead	0.0901
job_ask	instead of	0.0991
job_ask	intak	0.2785
job_ask	intak for	0.1106
job_ask	intens	0.0215
job_ask	interest	0.0602
job_ask	interest in	0.0239
job_ask	interest to	0.0207
job_ask	intern	0.6223
job_ask	intern at	-0.044
job_ask	intern for	0.035
job_ask	intern i	0.0656
job_ask	intern over	0.0258
job_ask	intern this	0.1254
job_ask	intern who	0.0311
job_ask	intern with	0.1081
job_ask	intern ~people	0.0311
job_ask	internal	0.117
job_ask	internal for	0.0275
job_ask	internal refer	-0.0203
job_ask	internat	-0.0394
job_ask	internship	0.086
job_ask	internship at	-0.0528
job_ask	internship for	0.032
job_ask	internship go	0.0582
job_ask	internship or	-0.0267
job_ask	internship there	0.0544
job_ask	internship with	0.0453
job_ask	interview	0.1329
job_ask	interview is	0.0464
job_ask	interview there	0.1645
job_ask	into	-0.3103
job_ask	into a	0.0367
job_ask	into actuari	0.0305
job_ask	into your	-0.037
job_ask	into ~number	0.0269
job_ask	intro	-0.2266
job_ask	intro me	-0.0928
job_ask	intro to	-0.0383
job_ask	introduc	-0.3095
job_ask	introduc me	-0.2651
job_ask	introduct	-0.0791
job_ask	introduct to	-0.0371
job_ask	involv	-0.0449
job_ask	is	-0.3212
job_ask	is a	0.0379
job_ask	is actual	-0.034
job_ask	is all	-0.0534
job_ask	is alright	-0.0322
job_ask	is ani	0.1585
job_ask	is anyon	0.0373
job_ask	is anyth	-0.0496
job_ask	is be	-0.0222
job_ask	is done	-0.0302
job_ask	is ever	0.1092
job_ask	is everyth	-0.0434
job_ask	is fine	0.0403
job_ask	is help	-0.0243
job_ask	is hire	0.0641
job_ask	is it	-0.0552
job_ask	is just	0.0329
job_ask	is me	-0.03
job_ask	is not	0.1253
job_ask	is ok	-0.0313
job_ask	is on	-0.0263
job_ask	is possibl	0.0575
job_ask	is realli	-0.0522
job_ask	is some	0.0637
job_ask	is someth	0.0588
job_ask	is structur	-0.0234
job_ask	is take	0.0883
job_ask	is that	-0.0992
job_ask	is the	-0.0973
job_ask	is there	0.0547
job_ask	is too	0.0891
job_ask	is work	-0.0352
job_ask	is worth	-0.047
job_ask	is your	0.282
job_ask	is ~clock	-0.0232
job_ask	is ~gatekeeper	0.0641
job_ask	is ~help	0.0241
job_ask	is ~hiring	0.1531
job_ask	is ~number	-0.0869
job_ask	is ~people	0.0234
job_ask	is ~studyverb	0.0828
job_ask	is ~want	-0.0487
job_ask	is ~workverb	-0.067
job_ask	it	-0.1551
job_ask	it all	-0.0325
job_ask	it be	0.0653
job_ask	it been	0.0427
job_ask	it befor	0.0301
job_ask	it for	-0.0386
job_ask	it hard	-0.0215
job_ask	it help	-0.0707
job_ask	it i	0.0214
job_ask	it if	0.0308
job_ask	it is	-0.1752
job_ask	it most	-0.0744
job_ask	it ok	-0.0274
job_ask	it on	0.0362
job_ask	it over	-0.0209
job_ask	it possibl	0.1546
job_ask	it quick	0.073
job_ask	it round	-0.0253
job_ask	it run	0.0688
job_ask	it someth	0.0651
job_ask	it take	0.1791
job_ask	it there	-0.0523
job_ask	it to	0.1478
job_ask	it too	0.0283
job_ask	it true	-0.0229
job_ask	it was	-0.0454
job_ask	it went	-0.0236
job_ask	it would	-0.0245
job_ask	it your	-0.0203
job_ask	it ~help	-0.0588
job_ask	it ~insight	0.1806
job_ask	it ~want	-0.1088
job_ask	it ~workverb	0.0399
job_ask	januari	0.0435
job_ask	jk	0.1103
job_ask	job	-0.4888
job_ask	job but	0.0402
job_ask	job do	0.0323
job_ask	job go	0.0664
job_ask	job hunt	-0.0534
job_ask	job in	-0.0866
job_ask	job is	-0.0231
job_ask	job just	-0.0296
job_ask	job market	-0.0215
job_ask	job post	-0.0244
job_ask	job right	0.02
job_ask	job ~help	0.0254
job_ask	job ~want	-0.0563
job_ask	join	0.1165
job_ask	join the	0.0773
job_ask	join your	0.1103
job_ask	join ~number	0.0773
job_ask	joke	0.0457
job_ask	jordan	0.0679
job_ask	jordan i	0.0734
job_ask	journal	-0.0318
job_ask	judg	-0.034
job_ask	juli	0.1086
job_ask	juli and	0.0703
job_ask	jump	0.1149
job_ask	jump at	0.1583
job_ask	jump in	0.0361
job_ask	jump off	-0.0255
job_ask	june	0.1416
job_ask	june so	0.0463
job_ask	junior	0.3829
job_ask	junior analyst	-0.0204
job_ask	junior at	0.0665
job_ask	junior for	0.0332
job_ask	junior planner	0.0714
job_ask	junior report	0.0552
job_ask	junior research	0.0381
job_ask	junior right	0.0624
job_ask	junior this	0.0406
job_ask	junior ~job	0.0617
job_ask	junior ~student	0.0853
job_ask	just	-0.1186
job_ask	just a	0.0346
job_ask	just beta	-0.0237
job_ask	just finish	0.0267
job_ask	just like	-0.0212
job_ask	just ping	-0.0288
job_ask	just realli	0.0413
job_ask	just say	0.0585
job_ask	just share	-0.0398
job_ask	just shout	-0.0619
job_ask	just so	0.0624
job_ask	just start	-0.0211
job_ask	just to	0.1308
job_ask	just tri	-0.0331
job_ask	just want	-0.0609
job_ask	just ~number	0.0201
job_ask	just ~studyverb	0.0213
job_ask	just ~want	-0.1117
job_ask	keen	0.1314
job_ask	keen to	0.0725
job_ask	keep	0.152
job_ask	keep in	-0.0436
job_ask	keep it	0.0535
job_ask	keep me	0.4561
job_ask	keep my	0.1006
job_ask	keep this	-0.0422
job_ask	keep up	-0.0456
job_ask	keep you	-0.1762
job_ask	kennel	0.0418
job_ask	kept	-0.0215
job_ask	kept you	-0.0346
job_ask	kind	-0.0764
job_ask	kind of	-0.0506
job_ask	kit	0.0253
job_ask	kitchen	0.2149
job_ask	kitchen ever	0.0256
job_ask	know a	-0.0236
job_ask	know ani	-0.0649
job_ask	know anyon	0.0608
job_ask	know how	-0.0475
job_ask	know i	0.0618
job_ask	know my	0.0505
job_ask	know should	0.0208
job_ask	know some	-0.0235
job_ask	know the	-0.0225
job_ask	know this	0.0666
job_ask	know we	0.0555
job_ask	know whether	-0.0205
job_ask	know you	-0.0472
job_ask	know your	-0.048
job_ask	know ~number	-0.0495
job_ask	know ~people	0.0591
job_ask	known	-0.0257
job_ask	lab	0.0785
job_ask	lab ever	-0.0229
job_ask	lab need	0.0585
job_ask	lab take	0.0213
job_ask	labour	0.0255
job_ask	lamb	0.0556
job_ask	land a	0.0614
job_ask	land ~number	0.066
job_ask	laptop	-0.024
job_ask	last	-0.2832
job_ask	last month	-0.0461
job_ask	last open	-0.0209
job_ask	last question	-0.0268
job_ask	last summer	-0.0327
job_ask	last thing	0.0481
job_ask	last year	-0.0727
job_ask	last ~closing	-0.039
job_ask	last ~duration	-0.0764
job_ask	last ~job	-0.0254
job_ask	late	-0.0235
job_ask	late in	0.0253
job_ask	later	-0.0849
job_ask	later for	-0.0225
job_ask	later so	0.0357
job_ask	later this	-0.0281
job_ask	launch	-0.0566
job_ask	law	-0.0811
job_ask	law school	-0.0202
job_ask	law ~org	-0.028
job_ask	lead	0.0326
job_ask	lead to	0.0795
job_ask	leaflet	-0.0202
job_ask	learn how	-0.0263
job_ask	learn not	0.0244
job_ask	learn the	0.101
job_ask	learn today	-0.0209
job_ask	learn ~number	0.0966
job_ask	leav	-0.1924
job_ask	leav at	0.0371
job_ask	leav it	-0.0453
job_ask	leav the	-0.0237
job_ask	leav ~number	-0.0371
job_ask	leed	-0.0355
job_ask	left	-0.0331
job_ask	let	-0.2177
job_ask	let me	-0.0592
job_ask	let us	-0.03
job_ask	let you	-0.1486
job_ask	let your	0.0493
job_ask	letter	-0.0747
job_ask	letter that	-0.0275
job_ask	level	0.1491
job_ask	level 2	0.0379
job_ask	level ~clock	0.0463
job_ask	licens	-0.0415
job_ask	lie	0.0212
job_ask	life	-0.0319
job_ask	like	-0.2866
job_ask	like a	-0.0448
job_ask	like an	0.0218
job_ask	like at	-0.0325
job_ask	like for	-0.0549
job_ask	like i	-0.021
job_ask	like me	0.2787
job_ask	like on	0.038
job_ask	like share	-0.0431
job_ask	like that	0.0371
job_ask	like the	-0.0394
job_ask	like this	-0.0309
job_ask	like to	-0.0373
job_ask	like your	-0.12
job_ask	like ~clock	-0.0203
job_ask	like ~number	-0.0805
job_ask	lincoln	-0.0235
job_ask	line up	0.0391
job_ask	link	-0.0242
job_ask	linkedin	-0.292
job_ask	linkedin after	-0.0262
job_ask	linkedin ~want	-0.0262
job_ask	liter	0.0524
job_ask	litter	0.045
job_ask	litter anyth	0.045
job_ask	littl	-0.0305
job_ask	live	0.0202
job_ask	load	0.0972
job_ask	load in	0.0926
job_ask	load of	0.0289
job_ask	local	0.0318
job_ask	local news	0.0619
job_ask	log	-0.0211
job_ask	logist	-0.0489
job_ask	london	-0.0231
job_ask	long	-0.0476
job_ask	long did	-0.0216
job_ask	long shot	0.03
job_ask	long ~studyverb	-0.0216
job_ask	longer	-0.0771
job_ask	look	-0.4573
job_ask	look at	-0.0968
job_ask	look for	-0.1503
job_ask	look into	-0.023
job_ask	look like	-0.1597
job_ask	look to	0.071
job_ask	lot of	-0.0774
job_ask	love	0.1624
job_ask	love an	-0.048
job_ask	love to	0.3147
job_ask	love your	-0.0482
job_ask	love ~closing	-0.0255
job_ask	love ~number	-0.0547
job_ask	luck	-0.0307
job_ask	luck with	-0.026
job_ask	lunch	-0.0493
job_ask	lunch break	-0.0376
job_ask	lunch ~closing	-0.0376
job_ask	ma	0.03
job_ask	macro	-0.0284
job_ask	made	-0.093
job_ask	made the	-0.0327
job_ask	made you	-0.0292
job_ask	made ~number	-0.0434
job_ask	main	-0.0549
job_ask	main ~want	-0.0222
job_ask	major	-0.0363
job_ask	make	-0.1418
job_ask	make a	-0.071
job_ask	make sens	-0.0375
job_ask	make that	0.064
job_ask	make this	-0.0221
job_ask	make you	-0.0494
job_ask	make ~insight	-0.0375
job_ask	make ~number	-0.0811
job_ask	manag	-0.205
job_ask	manag about	0.025
job_ask	manag and	-0.0315
job_ask	manag at	0.0216
job_ask	manag for	0.0505
job_ask	manag in	-0.0231
job_ask	manag is	-0.0241
job_ask	manag just	-0.0292
job_ask	manchest	0.0325
job_ask	manchest offic	0.0429
job_ask	manchest ~org	0.0429
job_ask	mani	-0.2049
job_ask	mani job	-0.0432
job_ask	mani peopl	-0.0472
job_ask	mani thank	-0.0216
job_ask	mani ~job	-0.05
job_ask	mani ~people	-0.0472
job_ask	march	0.0597
job_ask	march would	0.0306
job_ask	march ~want	0.0289
job_ask	marin	-0.0224
job_ask	market	-0.0817
job_ask	market for	-0.0213
job_ask	market ~org	-0.0222
job_ask	master	-0.1064
job_ask	master in	-0.0411
job_ask	match	-0.0205
job_ask	mate	0.063
job_ask	materi	-0.0593
job_ask	matter	-0.1092
job_ask	matter most	-0.0409
job_ask	may	0.0559
job_ask	may i	0.0398
job_ask	mayb	0.2131
job_ask	mayb be	0.0423
job_ask	mayb by	-0.0321
job_ask	mayb come	0.0657
job_ask	mayb i	0.0205
job_ask	mayb in	-0.0222
job_ask	mayb nudg	0.0265
job_ask	mayb pass	0.0202
job_ask	mayb shadow	-0.0433
job_ask	mayb share	-0.0267
job_ask	mayb stay	0.026
job_ask	mayb you	0.0339
job_ask	mayb ~learn	0.0484
job_ask	mayb ~number	-0.0238
job_ask	mayb ~people	-0.0245
job_ask	mba	-0.0385
job_ask	me	0.8096
job_ask	me about	-0.102
job_ask	me an	0.2249
job_ask	me and	0.0231
job_ask	me appli	0.0608
job_ask	me as	0.0813
job_ask	me ask	-0.035
job_ask	me check	-0.0405
job_ask	me do	0.0372
job_ask	me email	-0.0225
job_ask	me first	0.044
job_ask	me for	0.4094
job_ask	me forward	0.0663
job_ask	me get	0.0259
job_ask	me how	-0.0596
job_ask	me i	-0.0335
job_ask	me if	0.0448
job_ask	me in	0.286
job_ask	me internal	0.1489
job_ask	me know	-0.0303
job_ask	me like	0.0212
job_ask	me now	-0.0358
job_ask	me ok	-0.0233
job_ask	me on	0.2537
job_ask	me onto	0.0773
job_ask	me reach	-0.0246
job_ask	me so	-0.0518
job_ask	me through	-0.1735
job_ask	me to	-0.1863
job_ask	me too	-0.0273
job_ask	me toward	-0.0474
job_ask	me volunt	0.0341
job_ask	me what	-0.0562
job_ask	me when	0.0294
job_ask	me which	-0.0485
job_ask	me would	0.0469
job_ask	me your	-0.0241
job_ask	me ~clock	-0.0375
job_ask	me ~learn	-0.023
job_ask	me ~number	0.1672
job_ask	me ~people	-0.0248
job_ask	me ~sendverb	0.0639
job_ask	me ~studyverb	0.0219
job_ask	me ~talk	-0.0483
job_ask	me ~want	0.0657
job_ask	mean	0.1736
job_ask	mean if	0.032
job_ask	mean it	0.114
job_ask	mechan engin	-0.0242
job_ask	mechatron	0.0518
job_ask	mechatron and	0.0518
job_ask	media	0.0925
job_ask	media stuff	0.039
job_ask	meet	-0.1086
job_ask	meet is	0.0204
job_ask	meetup	-0.0257
job_ask	member	-0.0296
job_ask	mention	-0.0815
job_ask	mention in	-0.0344
job_ask	mention my	0.0883
job_ask	mention the	-0.0255
job_ask	mention we	0.0246
job_ask	mention you	0.0364
job_ask	mention your	-0.0332
job_ask	mention ~number	-0.0283
job_ask	mentor	-0.1542
job_ask	mentor a	-0.0243
job_ask	mentor program	-0.0331
job_ask	mentor ~degree	-0.0331
job_ask	mentor ~number	-0.0289
job_ask	messag	-0.0414
job_ask	mi	0.0276
job_ask	might	0.3565
job_ask	might be	0.0979
job_ask	might have	0.0907
job_ask	might lead	0.0776
job_ask	might save	-0.0229
job_ask	might take	0.023
job_ask	might there	0.0855
job_ask	might turn	0.0233
job_ask	might ~gatekeeper	0.0776
job_ask	might ~insight	0.023
job_ask	might ~talk	-0.0224
job_ask	militari	-0.0203
job_ask	million	-0.0213
job_ask	mind	0.3287
job_ask	mind for	0.0465
job_ask	mind if	-0.0405
job_ask	mind introduc	-0.0208
job_ask	mind me	-0.0272
job_ask	mind of	-0.0233
job_ask	mind put	0.0321
job_ask	mini	-0.0206
job_ask	mini project	-0.0206
job_ask	minut away	0.083
job_ask	minut so	0.0466
job_ask	model	-0.0213
job_ask	moment	0.1585
job_ask	monday	-0.0219
job_ask	month	0.0626
job_ask	month i	0.0326
job_ask	month onc	-0.0594
job_ask	more	-0.1772
job_ask	more about	-0.044
job_ask	more of	-0.0378
job_ask	more person	0.0515
job_ask	more question	-0.1136
job_ask	more than	-0.0358
job_ask	more thing	0.0742
job_ask	more ~limit	-0.0209
job_ask	more ~people	0.0676
job_ask	morn	-0.0332
job_ask	most	-0.3448
job_ask	most for	-0.0273
job_ask	most here	0.0492
job_ask	most hope	0.0242
job_ask	most in	-0.0238
job_ask	most of	-0.0265
job_ask	most peopl	-0.0348
job_ask	most want	-0.0234
job_ask	most ~people	-0.0361
job_ask	most ~student	-0.0298
job_ask	most ~want	0.0391
job_ask	move	-0.1362
job_ask	move from	-0.0335
job_ask	move into	-0.0415
job_ask	move to	-0.0233
job_ask	msc in	0.0233
job_ask	much	-0.2623
job_ask	much of	-0.0338
job_ask	much time	-0.0213
job_ask	much ~limit	-0.0213
job_ask	muck	0.0884
job_ask	muck in	0.0884
job_ask	museum educ	-0.0214
job_ask	must	-0.0765
job_ask	must be	-0.0285
job_ask	my	0.1956
job_ask	my applic	0.0976
job_ask	my background	0.0346
job_ask	my belt	0.0431
job_ask	my boss	0.1024
job_ask	my capston	-0.0381
job_ask	my career	-0.0306
job_ask	my case	-0.0236
job_ask	my cohort	-0.0646
job_ask	my contract	0.0401
job_ask	my cousin	-0.0364
job_ask	my degre	0.0482
job_ask	my detail	0.0807
job_ask	my diploma	0.0668
job_ask	my dissert	-0.0245
job_ask	my end	-0.0351
job_ask	my final	-0.0284
job_ask	my first	-0.0345
job_ask	my foot	0.0806
job_ask	my friend	-0.0647
job_ask	my goal	0.0432
job_ask	my last	-0.0276
job_ask	my level	0.0588
job_ask	my list	-0.0561
job_ask	my ma	0.0384
job_ask	my manag	-0.0619
job_ask	my mate	0.0406
job_ask	my msc	0.0257
job_ask	my name	0.2196
job_ask	my note	-0.0694
job_ask	my own	0.0565
job_ask	my person	-0.0216
job_ask	my phone	-0.0314
job_ask	my placement	-0.0288
job_ask	my portfolio	0.219
job_ask	my posit	-0.0219
job_ask	my question	-0.0538
job_ask	my referr	0.0248
job_ask	my resum	0.5707
job_ask	my school	-0.021
job_ask	my shoe	-0.0224
job_ask	my side	-0.0385
job_ask	my sister	-0.0331
job_ask	my son	-0.0359
job_ask	my thesi	-0.0604
job_ask	my third	0.0231
job_ask	my uni	-0.0314
job_ask	my way	0.0851
job_ask	my weekend	0.0384
job_ask	my wifi	-0.0284
job_ask	my ~application	0.6684
job_ask	my ~closing	0.083
job_ask	my ~contactverb	-0.0229
job_ask	my ~degree	0.0884
job_ask	my ~gatekeeper	0.0301
job_ask	my ~insight	-0.0204
job_ask	my ~job	-0.0776
job_ask	my ~number	0.0491
job_ask	my ~org	-0.0819
job_ask	my ~sendverb	-0.0249
job_ask	my ~student	-0.1449
job_ask	my ~talk	-0.0357
job_ask	myself	0.144
job_ask	nah	0.0408
job_ask	name	0.1594
job_ask	name come	-0.0293
job_ask	name down	0.1076
job_ask	name in	0.0607
job_ask	name of	-0.0592
job_ask	name to	0.145
job_ask	name ~later	0.1076
job_ask	near	-0.0515
job_ask	need	0.3955
job_ask	need a	0.0807
job_ask	need an	0.1218
job_ask	need ani	0.0399
job_ask	need anyth	-0.0217
job_ask	need beta	-0.0247
job_ask	need extra	-0.0363
job_ask	need hand	0.0447
job_ask	need i	0.035
job_ask	need more	0.1021
job_ask	need one	0.086
job_ask	need someon	0.2195
job_ask	need to	-0.1607
job_ask	need volunt	-0.0701
job_ask	need ~clock	0.086
job_ask	need ~number	0.2791
job_ask	need ~people	0.3055
job_ask	network	-0.0714
job_ask	never	-0.0895
job_ask	never heard	-0.0254
job_ask	new	-0.2729
job_ask	new grad	-0.022
job_ask	new hire	-0.0417
job_ask	new ~student	-0.0431
job_ask	newcom	0.0406
job_ask	news	0.06
job_ask	newslett	-0.0645
job_ask	newsroom	0.1225
job_ask	next	0.255
job_ask	next autumn	0.0589
job_ask	next coupl	0.0211
job_ask	next grant	0.0391
job_ask	next month	-0.0536
job_ask	next shoot	0.0576
job_ask	next spring	0.0309
job_ask	next step	-0.0393
job_ask	next summer	0.0515
job_ask	next week	-0.0928
job_ask	next year	0.1554
job_ask	next ~clock	-0.0243
job_ask	next ~closing	-0.0447
job_ask	next ~duration	0.1544
job_ask	next ~number	0.0304
job_ask	next ~sendverb	0.0576
job_ask	next ~talk	-0.0245
job_ask	ngo	0.0937
job_ask	ngo ever	0.0293
job_ask	nice	-0.031
job_ask	night and	0.0327
job_ask	night i	0.0303
job_ask	night shift	-0.0318
job_ask	nine	-0.0229
job_ask	nine year	-0.0229
job_ask	nine ~duration	-0.0229
job_ask	no degre	-0.0223
job_ask	no pay	0.1157
job_ask	no pressur	0.0516
job_ask	no string	0.0371
job_ask	no worri	-0.0294
job_ask	no ~degree	-0.0223
job_ask	nonprofit	-0.0839
job_ask	nonprofit ever	-0.0299
job_ask	noon	0.0477
job_ask	normal	-0.075
job_ask	normal for	-0.0366
job_ask	normal in	-0.0253
job_ask	normal to	0.0224
job_ask	northfield	0.0371
job_ask	not	-0.1885
job_ask	not after	-0.0248
job_ask	not angl	-0.0218
job_ask	not ask	-0.039
job_ask	not feel	0.0222
job_ask	not for	-0.0359
job_ask	not hesit	-0.0233
job_ask	not i	0.0285
job_ask	not job	-0.0505
job_ask	not keep	-0.0637
job_ask	not let	-0.0232
job_ask	not look	-0.1116
job_ask	not mind	0.0205
job_ask	not perfect	0.0251
job_ask	not realli	0.11
job_ask	not recruit	0.0304
job_ask	not suppos	0.0764
job_ask	not sure	-0.075
job_ask	not you	0.0474
job_ask	not ~hiring	0.0235
job_ask	not ~job	-0.0505
job_ask	not ~talk	0.0218
job_ask	not ~want	-0.062
job_ask	note	-0.1992
job_ask	note on	-0.033
job_ask	noth	0.0902
job_ask	now	0.063
job_ask	now and	-0.0342
job_ask	now i	-0.0249
job_ask	now or	0.03
job_ask	now that	0.0293
job_ask	now ~want	-0.0213
job_ask	nudg	0.0317
job_ask	nurs	-0.1522
job_ask	nurs at	0.0205
job_ask	nurs practition	-0.0253
job_ask	nurs student	0.0229
job_ask	nurs ~people	-0.0224
job_ask	obvious	0.0866
job_ask	octob	0.0759
job_ask	odd	-0.0232
job_ask	of	-0.1563
job_ask	of a	-0.02
job_ask	of an	0.058
job_ask	of anyon	-0.0291
job_ask	of anyth	0.0407
job_ask	of eye	-0.0821
job_ask	of free	0.0397
job_ask	of freelanc	0.0202
job_ask	of hand	0.1087
job_ask	of hope	0.0496
job_ask	of interest	0.0604
job_ask	of juli	0.1096
job_ask	of me	0.089
job_ask	of month	0.0414
job_ask	of my	-0.1251
job_ask	of peopl	-0.0666
job_ask	of some	0.0289
job_ask	of that	-0.03
job_ask	of the	-0.035
job_ask	of them	0.0368
job_ask	of these	-0.0222
job_ask	of this	-0.0215
job_ask	of time	-0.0291
job_ask	of volunt	-0.0222
job_ask	of week	0.0575
job_ask	of what	-0.0354
job_ask	of work	-0.0217
job_ask	of your	-0.0678
job_ask	of zoolog	0.021
job_ask	of ~clock	-0.0279
job_ask	of ~duration	0.0275
job_ask	of ~learn	-0.0311
job_ask	of ~limit	-0.031
job_ask	of ~people	-0.124
job_ask	of ~want	0.0387
job_ask	off	-0.1931
job_ask	off my	-0.0393
job_ask	off now	-0.0238
job_ask	off to	-0.022
job_ask	off your	0.0341
job_ask	offer	-0.0606
job_ask	offer to	0.0487
job_ask	offic	0.0581
job_ask	offic i	-0.0309
job_ask	offic who	0.0817
job_ask	offic ~people	0.0817
job_ask	often	-0.0322
job_ask	oh	-0.09
job_ask	oh no	-0.0221
job_ask	ohio state	-0.0333
job_ask	ok	-0.2691
job_ask	ok i	-0.059
job_ask	ok if	-0.0906
job_ask	ok so	0.0259
job_ask	ok that	-0.044
job_ask	ok to	-0.0204
job_ask	ok with	-0.0228
job_ask	okafor	-0.0459
job_ask	old	-0.081
job_ask	old manag	-0.0266
job_ask	old ~gatekeeper	-0.041
job_ask	old ~org	-0.0295
job_ask	old ~student	-0.0276
job_ask	on	0.4751
job_ask	on ani	0.1414
job_ask	on apprentic	0.0236
job_ask	on as	0.2349
job_ask	on at	0.0276
job_ask	on board	0.0253
job_ask	on exercis	-0.0272
job_ask	on file	0.0633
job_ask	on for	0.0491
job_ask	on friday	0.0384
job_ask	on grad	0.0523
job_ask	on holiday	0.0229
job_ask	on how	-0.0825
job_ask	on intern	0.0201
job_ask	on it	-0.0321
job_ask	on junior	0.1243
job_ask	on linkedin	-0.2694
job_ask	on me	-0.0547
job_ask	on my	-0.1441
job_ask	on one	0.0533
job_ask	on saturday	0.1264
job_ask	on set	0.0682
job_ask	on site	0.037
job_ask	on sunday	0.0511
job_ask	on their	-0.0213
job_ask	on time	-0.0209
job_ask	on to	0.0967
job_ask	on weekend	0.0779
job_ask	on whether	-0.1223
job_ask	on with	-0.0348
job_ask	on your	0.1951
job_ask	on ~clock	0.0477
job_ask	on ~limit	-0.0209
job_ask	on ~number	0.0552
job_ask	on ~people	0.0498
job_ask	onboard	-0.0683
job_ask	onboard flow	-0.0322
job_ask	onc	-0.3052
job_ask	onc i	-0.1962
job_ask	onc it	-0.0246
job_ask	onc the	-0.0228
job_ask	onc ~number	-0.0251
job_ask	one	0.2594
job_ask	one came	0.0279
job_ask	one i	0.056
job_ask	one more	0.1228
job_ask	one of	0.0528
job_ask	one off	0.0646
job_ask	one sec	-0.0214
job_ask	one who	-0.0254
job_ask	onli	-0.0437
job_ask	onli for	-0.0344
job_ask	onli have	0.0705
job_ask	onli if	-0.0332
job_ask	onli thing	0.0463
job_ask	onli ~want	-0.0464
job_ask	onto	0.1878
job_ask	onto your	0.1408
job_ask	onward	0.027
job_ask	op	0.0297
job_ask	op ~job	0.0367
job_ask	open	0.7959
job_ask	open applic	-0.03
job_ask	open day	-0.058
job_ask	open for	0.0646
job_ask	open i	0.062
job_ask	open in	0.1798
job_ask	open on	0.0613
job_ask	open right	0.0279
job_ask	open to	-0.0929
job_ask	open up	0.3187
job_ask	open ~application	-0.03
job_ask	open ~closing	-0.0669
job_ask	open ~limit	-0.0577
job_ask	opinion	-0.0397
job_ask	opinion on	-0.0293
job_ask	or	-0.8962
job_ask	or a	-0.0369
job_ask	or anyth	-0.0301
job_ask	or are	-0.0407
job_ask	or autumn	-0.0239
job_ask	or did	-0.0246
job_ask	or do	-0.1052
job_ask	or doe	0.0299
job_ask	or go	-0.0248
job_ask	or is	-0.142
job_ask	or most	-0.0223
job_ask	or nah	0.0408
job_ask	or newslett	-0.0267
job_ask	or not	0.0381
job_ask	or the	-0.0306
job_ask	or two	-0.0492
job_ask	or unpaid	0.0549
job_ask	or whatev	0.0424
job_ask	or would	-0.022
job_ask	or your	-0.051
job_ask	or ~clock	-0.0552
job_ask	or ~help	-0.0982
job_ask	or ~number	-0.1303
job_ask	or ~studyverb	-0.0366
job_ask	or ~want	-0.0571
job_ask	org	-0.022
job_ask	organis	-0.0354
job_ask	organiz	-0.0276
job_ask	other	-0.1784
job_ask	other ~org	-0.021
job_ask	other ~people	-0.0313
job_ask	our	-0.1836
job_ask	our career	-0.0246
job_ask	our student	-0.0331
job_ask	our ~student	-0.0328
job_ask	out	-0.2925
job_ask	out about	-0.0214
job_ask	out again	-0.041
job_ask	out at	0.0587
job_ask	out flyer	-0.0206
job_ask	out for	-0.0228
job_ask	out if	-0.1052
job_ask	out in	0.0555
job_ask	out of	-0.0219
job_ask	out the	0.0315
job_ask	out to	-0.0834
job_ask	out whether	-0.0445
job_ask	out with	0.0403
job_ask	out ~later	-0.0416
job_ask	out ~number	0.0207
job_ask	out ~student	0.0517
job_ask	outreach	-0.12
job_ask	outreach day	-0.0227
job_ask	outreach event	-0.0377
job_ask	outreach ~closing	-0.0227
job_ask	outreach ~limit	-0.0227
job_ask	outsid	-0.0601
job_ask	over	0.0478
job_ask	over a	-0.0236
job_ask	over easter	0.1181
job_ask	over the	0.031
job_ask	over winter	0.0845
job_ask	overstep	0.0205
job_ask	own	-0.0275
job_ask	own tool	0.0743
job_ask	own ~org	-0.0248
job_ask	pack	-0.0244
job_ask	paid	0.0598
job_ask	paid or	0.0934
job_ask	paid role	0.0223
job_ask	paid ~job	0.0219
job_ask	pair	0.0605
job_ask	pair of	0.0605
job_ask	panel	0.0542
job_ask	paper for	0.0471
job_ask	paraleg	0.0469
job_ask	paraleg for	0.0298
job_ask	part	0.1012
job_ask	part of	-0.075
job_ask	part time	0.2572
job_ask	part ~limit	0.2572
job_ask	particip	-0.0289
job_ask	particip for	-0.0288
job_ask	particular	-0.0211
job_ask	partner who	0.0262
job_ask	partner ~people	0.0262
job_ask	pass	0.3258
job_ask	pass along	0.0414
job_ask	pass it	0.0692
job_ask	pass my	0.2765
job_ask	pass on	-0.0286
job_ask	past	-0.0642
job_ask	past the	-0.0202
job_ask	past ~number	-0.0203
job_ask	patent	-0.0235
job_ask	path	-0.0925
job_ask	path for	-0.0222
job_ask	patient	-0.1026
job_ask	patient care	-0.0227
job_ask	pay	0.1054
job_ask	pay need	0.0809
job_ask	pay this	-0.0209
job_ask	peopl	-0.1284
job_ask	peopl appli	-0.023
job_ask	peopl i	-0.0213
job_ask	peopl in	-0.0967
job_ask	peopl like	0.1158
job_ask	peopl on	-0.042
job_ask	peopl without	-0.0255
job_ask	peopl you	-0.0292
job_ask	peopl ~learn	-0.0208
job_ask	peopl ~workverb	0.0878
job_ask	per week	0.024
job_ask	per ~closing	0.024
job_ask	perhap	-0.0239
job_ask	period	0.028
job_ask	person i	0.0372
job_ask	person in	-0.0201
job_ask	person on	0.0255
job_ask	person statement	-0.0216
job_ask	person who	-0.0635
job_ask	person ~people	-0.0639
job_ask	perspect	-0.1538
job_ask	perspect for	-0.0208
job_ask	perspect on	-0.0629
job_ask	pharmaci	-0.0334
job_ask	phd	-0.0793
job_ask	phone	-0.0382
job_ask	physic	-0.025
job_ask	physio	0.0539
job_ask	pick	-0.0527
job_ask	pick the	0.0396
job_ask	pick your	-0.0333
job_ask	pick ~number	0.0367
job_ask	pictur	-0.0321
job_ask	pictur of	-0.0263
job_ask	piec	-0.0224
job_ask	ping	-0.0396
job_ask	ping you	-0.0444
job_ask	pitch	-0.023
job_ask	pitch in	-0.0366
job_ask	place	0.0698
job_ask	place for	0.0333
job_ask	placement	0.3232
job_ask	placement for	0.0207
job_ask	placement in	0.0516
job_ask	placement scheme	0.0796
job_ask	placement student	0.0398
job_ask	placement with	0.0516
job_ask	placement year	0.0286
job_ask	placement ~duration	0.0286
job_ask	placement ~student	0.0245
job_ask	plan	-0.0813
job_ask	plan team	0.0622
job_ask	plan to	-0.0361
job_ask	plan ~org	0.056
job_ask	planner	0.0576
job_ask	pleas	0.2531
job_ask	pleas do	0.0309
job_ask	pleas if	-0.0232
job_ask	pleas keep	0.2112
job_ask	pleas shout	-0.022
job_ask	pleas tell	0.0413
job_ask	pleas think	0.0254
job_ask	pleas ~help	0.0309
job_ask	pm ~job	0.0284
job_ask	podcast	-0.0656
job_ask	point	-0.1067
job_ask	point me	-0.0991
job_ask	polici	-0.1446
job_ask	polici fellowship	0.0407
job_ask	polici team	-0.0256
job_ask	polici work	-0.0214
job_ask	polici ~learn	-0.0229
job_ask	polici ~org	-0.0452
job_ask	polici ~workverb	-0.0214
job_ask	portal	0.1739
job_ask	portfolio	0.1032
job_ask	portfolio is	0.0267
job_ask	portfolio on	0.0335
job_ask	portfolio to	0.0763
job_ask	portfolio with	0.0493
job_ask	portugues	-0.0814
job_ask	portugues fluentli	-0.0252
job_ask	posibl	0.1163
job_ask	posibl to	0.0987
job_ask	posit	0.1449
job_ask	posit come	0.0255
job_ask	posit ever	0.0581
job_ask	posit for	0.0502
job_ask	posit you	0.0506
job_ask	possibl	0.4929
job_ask	possibl for	0.0515
job_ask	possibl that	0.0606
job_ask	possibl to	0.1759
job_ask	possibl you	0.0267
job_ask	possibl ~sendverb	0.0253
job_ask	post	0.0847
job_ask	post come	0.0409
job_ask	post with	-0.0429
job_ask	post ~job	0.0421
job_ask	practic	0.116
job_ask	practis	-0.0282
job_ask	practition	-0.0253
job_ask	prepar	-0.0543
job_ask	prepar for	-0.0277
job_ask	pressur	0.0392
job_ask	pretti	-0.1381
job_ask	pretti handi	-0.0489
job_ask	priya	-0.0978
job_ask	priya i	-0.0202
job_ask	probabl	-0.0354
job_ask	problem	-0.0252
job_ask	process	-0.1421
job_ask	process at	-0.0215
job_ask	process for	-0.0261
job_ask	procur	-0.029
job_ask	product	-0.1144
job_ask	product manag	-0.0482
job_ask	product side	-0.0283
job_ask	product ~org	-0.042
job_ask	profession	-0.145
job_ask	profession associ	-0.1164
job_ask	professor	-0.0221
job_ask	program at	-0.0328
job_ask	program is	0.0443
job_ask	project	0.2814
job_ask	project and	0.0213
job_ask	project at	0.0541
job_ask	project for	0.0595
job_ask	project i	0.0285
job_ask	project to	0.1016
job_ask	project you	-0.0263
job_ask	promis	-0.0663
job_ask	promis i	-0.0348
job_ask	promot	-0.039
job_ask	proofread	-0.0972
job_ask	proofread grant	-0.021
job_ask	proofread the	-0.0352
job_ask	proofread ~number	-0.0434
job_ask	proper	0.0472
job_ask	prototyp	-0.0232
job_ask	psych	-0.025
job_ask	psycholog	-0.0212
job_ask	public	-0.0643
job_ask	public health	-0.025
job_ask	publish	0.0213
job_ask	publish hous	0.0489
job_ask	put	0.5405
job_ask	put in	0.2064
job_ask	put me	0.1637
job_ask	put togeth	-0.0329
job_ask	put you	0.0269
job_ask	put your	0.0508
job_ask	python	-0.0829
job_ask	python script	-0.0328
job_ask	q	0.0904
job_ask	q but	0.0768
job_ask	qualifi	0.0692
job_ask	quarter	-0.0228
job_ask	question	-0.3478
job_ask	question come	-0.0608
job_ask	question i	-0.0329
job_ask	quick	-0.0885
job_ask	quick background	-0.0337
job_ask	quick call	-0.0298
job_ask	quick chat	-0.0431
job_ask	quick intro	-0.0216
job_ask	quick is	0.0538
job_ask	quick thank	0.0358
job_ask	quick ~contactverb	-0.0342
job_ask	quick ~number	-0.0207
job_ask	quick ~talk	-0.0773
job_ask	quit	-0.0811
job_ask	radar	0.0323
job_ask	radar for	0.0373
job_ask	radio	-0.0212
job_ask	random	0.0922
job_ask	random q	0.0756
job_ask	rather	0.0442
job_ask	rather than	0.0764
job_ask	reach	-0.1096
job_ask	reach out	-0.1152
job_ask	read	-0.1727
job_ask	read list	-0.026
job_ask	read ~number	-0.022
job_ask	real	0.0395
job_ask	realist	-0.0891
job_ask	realiz	-0.0335
job_ask	realli appreci	-0.0883
job_ask	realli good	0.0304
job_ask	realli just	-0.0335
job_ask	realli keen	0.0237
job_ask	realli love	0.036
job_ask	realli valu	-0.0234
job_ask	realli want	0.0634
job_ask	realli what	0.0551
job_ask	realli ~want	-0.0382
job_ask	recent	-0.0642
job_ask	recent grad	-0.02
job_ask	recent ~student	-0.023
job_ask	recept	0.0645
job_ask	recommend	-0.1592
job_ask	recommend ani	-0.0376
job_ask	recommend for	-0.0609
job_ask	recommend i	-0.0429
job_ask	recommend join	-0.0312
job_ask	recommend me	0.0959
job_ask	recommend ~number	-0.0279
job_ask	record	0.0342
job_ask	recruit	0.0963
job_ask	recruit but	0.0404
job_ask	recruit event	-0.025
job_ask	recruit for	0.0563
job_ask	recruit friend	-0.0209
job_ask	recruit ~people	0.0347
job_ask	refer	0.3793
job_ask	refer me	0.4405
job_ask	refer you	-0.0251
job_ask	referr	0.0588
job_ask	referr for	0.1087
job_ask	referr from	-0.0423
job_ask	referr on	0.0397
job_ask	referr or	-0.024
job_ask	referr when	0.0254
job_ask	region	0.0414
job_ask	region offic	0.0837
job_ask	region ~org	0.0807
job_ask	registr	-0.0238
job_ask	registr desk	-0.0238
job_ask	regular	0.1744
job_ask	regulatori	-0.0292
job_ask	reject	-0.0237
job_ask	relev	-0.0416
job_ask	relev to	-0.036
job_ask	reli	-0.0383
job_ask	reli on	-0.0378
job_ask	rememb	0.0239
job_ask	rememb me	0.0441
job_ask	remot	-0.0563
job_ask	renew	-0.0323
job_ask	repay	-0.0389
job_ask	report back	-0.0328
job_ask	request	-0.036
job_ask	requir ~number	0.0326
job_ask	research	-0.0818
job_ask	research assist	0.1019
job_ask	research at	0.0381
job_ask	research side	-0.026
job_ask	research ~org	-0.0255
job_ask	research ~student	0.0927
job_ask	respect	-0.024
job_ask	rest	-0.0719
job_ask	rest of	-0.0641
job_ask	restor	0.0586
job_ask	restor project	0.0707
job_ask	result	-0.0608
job_ask	result from	-0.0417
job_ask	resum	0.451
job_ask	resum along	0.0635
job_ask	resum in	0.107
job_ask	resum later	0.0334
job_ask	resum on	0.0522
job_ask	resum so	0.0809
job_ask	resum to	0.1865
job_ask	resum ~later	0.0334
job_ask	retail	-0.0819
job_ask	retail manag	-0.0474
job_ask	retrain	-0.0384
job_ask	return	-0.3055
job_ask	return the	-0.1924
job_ask	return ~number	-0.1924
job_ask	review	-0.0321
job_ask	rewir	0.0348
job_ask	ride	0.0221
job_ask	right	0.1997
job_ask	right for	-0.0294
job_ask	right i	-0.0335
job_ask	right now	0.428
job_ask	ring	0.0382
job_ask	risk	-0.0389
job_ask	role	0.1524
job_ask	role come	0.0593
job_ask	role doe	0.0376
job_ask	role go	0.0308
job_ask	role i	0.043
job_ask	role if	0.0219
job_ask	role is	-0.03
job_ask	role like	-0.0316
job_ask	role on	0.0239
job_ask	role open	0.0519
job_ask	role you	0.0241
job_ask	room	0.2074
job_ask	room for	0.087
job_ask	room on	0.1167
job_ask	rotat	0.0316
job_ask	rotat program	0.0605
job_ask	rotat ~degree	0.0605
job_ask	rough	-0.039
job_ask	round	-0.0598
job_ask	rout	-0.0517
job_ask	routin	-0.0201
job_ask	rude	0.0217
job_ask	run	-0.0594
job_ask	run a	-0.0526
job_ask	run i	0.0245
job_ask	run the	0.0567
job_ask	run to	-0.0213
job_ask	run your	-0.0537
job_ask	runner	0.1057
job_ask	runner on	0.0586
job_ask	rural	-0.0208
job_ask	rush	-0.0336
job_ask	said	-0.0424
job_ask	said i	0.0557
job_ask	said it	-0.0311
job_ask	said your	0.0348
job_ask	said ~number	-0.0242
job_ask	salari	0.0618
job_ask	sale	0.0257
job_ask	sale team	0.0715
job_ask	sale ~org	0.0715
job_ask	sam	-0.0204
job_ask	same	-0.0372
job_ask	saturday	0.1196
job_ask	saturday i	0.0272
job_ask	save	-0.0299
job_ask	save your	-0.0229
job_ask	say	-0.2284
job_ask	say i	-0.0261
job_ask	say no	0.0201
job_ask	say the	-0.0482
job_ask	say ~number	-0.0666
job_ask	schedul	-0.0246
job_ask	scheme	0.1308
job_ask	scheme i	0.0443
job_ask	school	-0.0828
job_ask	school i	-0.0284
job_ask	scienc	-0.0631
job_ask	scienc at	0.0223
job_ask	scientist	-0.0447
job_ask	screen	-0.0383
job_ask	script	-0.06
job_ask	season	0.0958
job_ask	sec	-0.0676
job_ask	second	-0.1384
job_ask	second pair	-0.0291
job_ask	second year	-0.0293
job_ask	second ~duration	-0.0293
job_ask	secondari	0.0422
job_ask	see	-0.1449
job_ask	see the	-0.0316
job_ask	see what	-0.0374
job_ask	see whether	0.0402
job_ask	see ~number	-0.0403
job_ask	seem	-0.0268
job_ask	select	0.0373
job_ask	select panel	0.0418
job_ask	self	0.0309
job_ask	self taught	0.0327
job_ask	self ~workverb	0.0327
job_ask	semest i	0.027
job_ask	send	-0.2564
job_ask	send a	0.0224
job_ask	send it	-0.0841
job_ask	send me	-0.037
job_ask	send my	0.0421
job_ask	send over	-0.0312
job_ask	send you	-0.1143
job_ask	senior	-0.0736
job_ask	sens	-0.0538
job_ask	sent you	-0.0259
job_ask	septemb	0.0822
job_ask	septmber	0.0432
job_ask	serious	-0.021
job_ask	serious i	0.0401
job_ask	serious if	-0.0282
job_ask	session	0.0387
job_ask	set of	-0.0399
job_ask	shadow	-0.0369
job_ask	shall	-0.0467
job_ask	shall we	-0.0229
job_ask	share	-0.2157
job_ask	share my	0.0684
job_ask	share the	-0.0681
job_ask	share them	-0.0217
job_ask	share what	-0.0267
job_ask	share your	-0.0866
job_ask	share ~number	-0.0772
job_ask	she	-0.1162
job_ask	she said	-0.0278
job_ask	she would	-0.0339
job_ask	she ~want	-0.0358
job_ask	shelter	-0.0221
job_ask	shelter on	-0.0221
job_ask	shift	0.232
job_ask	shift at	0.053
job_ask	shift go	0.0458
job_ask	shift i	0.047
job_ask	shift in	0.0673
job_ask	shoe	-0.0224
job_ask	shoot	0.1257
job_ask	shoot i	0.0375
job_ask	shop for	0.0211
job_ask	short	0.2465
job_ask	short a	0.0571
job_ask	short contract	0.0344
job_ask	short hand	0.0668
job_ask	short note	-0.0308
job_ask	short notic	0.029
job_ask	short of	-0.0258
job_ask	short staf	0.2347
job_ask	short summari	-0.0314
job_ask	short ~number	0.0451
job_ask	short ~talk	-0.0256
job_ask	shot	0.106
job_ask	shot at	0.0765
job_ask	shot but	0.0305
job_ask	should	-0.1912
job_ask	should i	-0.0512
job_ask	should talk	-0.0288
job_ask	should ~talk	-0.0575
job_ask	shout	-0.034
job_ask	shout i	0.0238
job_ask	shout if	0.0544
job_ask	show	0.1111
job_ask	show you	0.063
job_ask	side	-0.3675
job_ask	side of	-0.0229
job_ask	side project	-0.0417
job_ask	side too	-0.0285
job_ask	side you	-0.0253
job_ask	sign	-0.0341
job_ask	signal	0.0437
job_ask	similar	-0.0297
job_ask	sinc	-0.1233
job_ask	sinc i	-0.0296
job_ask	singapor	-0.028
job_ask	sister	-0.0335
job_ask	sit	-0.026
job_ask	site	0.0816
job_ask	site visit	0.056
job_ask	six	0.0294
job_ask	size	-0.0395
job_ask	skill	-0.1578
job_ask	slack	-0.0289
job_ask	slam	-0.0204
job_ask	small	-0.0787
job_ask	small project	0.0433
job_ask	so ani	-0.0202
job_ask	so are	0.022
job_ask	so basic	0.0224
job_ask	so generous	-0.0366
job_ask	so help	0.0266
job_ask	so honest	0.0411
job_ask	so i	-0.1524
job_ask	so like	0.0962
job_ask	so much	-0.0327
job_ask	so pleas	-0.0209
job_ask	so sorri	-0.0271
job_ask	so thank	-0.0402
job_ask	so the	-0.0354
job_ask	so um	0.0278
job_ask	so would	0.026
job_ask	so you	0.193
job_ask	so ~number	-0.0446
job_ask	social	0.0805
job_ask	social media	0.0957
job_ask	societi	-0.0595
job_ask	softwar	-0.0272
job_ask	some	0.1081
job_ask	some advic	-0.0282
job_ask	some experi	0.0898
job_ask	some of	0.0357
job_ask	some ~insight	0.0212
job_ask	some ~learn	0.0724
job_ask	some ~workverb	0.0749
job_ask	someday	-0.0241
job_ask	somehow	-0.0432
job_ask	someon	-0.1149
job_ask	someon at	-0.0453
job_ask	someon in	-0.0582
job_ask	someon like	0.1492
job_ask	someon on	-0.1218
job_ask	someon to	0.033
job_ask	someon who	-0.0723
job_ask	someon without	0.0299
job_ask	someon you	0.0612
job_ask	someon ~people	-0.0723
job_ask	someon ~want	-0.028
job_ask	someth	0.0341
job_ask	someth els	-0.0452
job_ask	someth for	0.0346
job_ask	someth i	0.0369
job_ask	someth small	-0.0429
job_ask	someth you	0.1217
job_ask	son	-0.0368
job_ask	soon	0.054
job_ask	sooner	0.0406
job_ask	sooo	0.0636
job_ask	sophomor	-0.0238
job_ask	sorri	-0.2187
job_ask	sorri for	-0.0392
job_ask	sorri i	-0.0456
job_ask	sorri if	0.0785
job_ask	sorri my	-0.0702
job_ask	sorri ~number	-0.0325
job_ask	sort	-0.0434
job_ask	sound	0.1092
job_ask	sound design	0.0866
job_ask	sound engin	0.0426
job_ask	sound intens	0.0276
job_ask	sound ~student	0.0392
job_ask	space	0.0717
job_ask	spare	0.0331
job_ask	speak	-0.1617
job_ask	speak portugues	-0.03
job_ask	speak to	-0.0488
job_ask	speak with	-0.0458
job_ask	speaker	-0.0308
job_ask	specif	0.0604
job_ask	spend	0.0338
job_ask	spend my	0.0899
job_ask	spend the	-0.023
job_ask	spend ~number	-0.0264
job_ask	spent	-0.0805
job_ask	spent a	-0.0278
job_ask	spent ~clock	-0.0281
job_ask	spent ~number	-0.048
job_ask	sponsor	-0.0353
job_ask	sponsor visa	-0.0262
job_ask	spot	0.1695
job_ask	spot for	0.0449
job_ask	spot on	0.0864
job_ask	spread	-0.023
job_ask	spread the	-0.0228
job_ask	spread ~number	-0.0228
job_ask	spreadsheet	-0.0523
job_ask	spring	0.0695
job_ask	spring or	-0.0269
job_ask	sql	-0.0422
job_ask	squad	0.0538
job_ask	squeez	-0.1067
job_ask	squeez me	-0.0855
job_ask	sre	0.1084
job_ask	sre role	0.0985
job_ask	sre ~job	0.1086
job_ask	staf	0.2227
job_ask	staf on	0.0708
job_ask	staff	-0.0348
job_ask	stage	0.0722
job_ask	stagehand	0.0522
job_ask	stagehand for	0.0522
job_ask	stall	-0.0208
job_ask	stall at	-0.0208
job_ask	stand	-0.0975
job_ask	stand out	-0.0962
job_ask	start as	0.0256
job_ask	start at	0.0811
job_ask	start immediat	0.0597
job_ask	start out	-0.0711
job_ask	start the	0.0467
job_ask	start ~number	0.0426
job_ask	startup	0.0497
job_ask	startup want	0.0462
job_ask	state	-0.0562
job_ask	state studi	-0.0209
job_ask	state ~studyverb	-0.0241
job_ask	statement	-0.0236
job_ask	stay	-0.09
job_ask	stay in	-0.0734
job_ask	stay on	0.0323
job_ask	step	-0.0815
job_ask	still	-0.1294
job_ask	still open	0.0432
job_ask	stop	-0.1795
job_ask	stop at	-0.0339
job_ask	stop here	-0.0256
job_ask	stop there	-0.0414
job_ask	stop ~want	-0.0256
job_ask	stori	-0.0417
job_ask	straight	0.0821
job_ask	straight after	0.0515
job_ask	straight up	0.0861
job_ask	straight ~want	0.0515
job_ask	stretch	0.1121
job_ask	stretch thin	0.0357
job_ask	stretch this	0.0435
job_ask	string	0.0362
job_ask	string attach	-0.028
job_ask	stripe	0.0585
job_ask	strong	-0.0407
job_ask	structur	-0.0511
job_ask	struggl	0.1162
job_ask	student	-0.2585
job_ask	student and	0.0332
job_ask	student nurs	0.039
job_ask	student perspect	-0.0332
job_ask	student placement	0.027
job_ask	student societi	-0.0278
job_ask	student volunt	-0.0238
job_ask	student with	-0.0216
job_ask	student ~insight	-0.0523
job_ask	student ~job	0.027
job_ask	student ~student	0.0407
job_ask	studi	-0.093
job_ask	studio	0.1804
job_ask	studio ever	0.0763
job_ask	stuff	-0.0289
job_ask	such	-0.0344
job_ask	suggest	-0.1559
job_ask	suggest a	-0.0545
job_ask	suggest i	-0.04
job_ask	suggest ~number	-0.0682
job_ask	suit	-0.0582
job_ask	suit me	-0.0543
job_ask	summari	-0.036
job_ask	summari of	-0.033
job_ask	summer	0.6337
job_ask	summer analyst	0.0499
job_ask	summer associ	-0.0248
job_ask	summer at	-0.0313
job_ask	summer i	0.0899
job_ask	summer intern	0.036
job_ask	summer internship	0.0459
job_ask	summer open	0.029
job_ask	summer placement	0.0854
job_ask	summer volunt	-0.0222
job_ask	summer ~job	0.1845
job_ask	summer ~workverb	-0.0222
job_ask	sunday	0.0507
job_ask	super help	0.0338
job_ask	suppli	-0.0731
job_ask	suppli chain	-0.0675
job_ask	support	-0.0467
job_ask	suppos	0.0711
job_ask	suppos you	0.0391
job_ask	sure	-0.0927
job_ask	sure it	-0.0231
job_ask	surgeri	0.0312
job_ask	survey	-0.0721
job_ask	survey and	0.0428
job_ask	survey data	-0.0308
job_ask	survey result	-0.0494
job_ask	survey with	-0.0314
job_ask	swamp	0.127
job_ask	switch	-0.0735
job_ask	switch career	0.0209
job_ask	switch from	-0.0265
job_ask	switch to	-0.0291
job_ask	system	-0.0392
job_ask	take	0.768
job_ask	take a	-0.0339
job_ask	take anyon	0.1122
job_ask	take anyth	0.0332
job_ask	take applic	0.0562
job_ask	take care	-0.036
job_ask	take for	0.1938
job_ask	take intern	0.1076
job_ask	take me	0.1726
job_ask	take note	-0.0215
job_ask	take on	0.3065
job_ask	take some	0.0224
job_ask	take summer	0.0226
job_ask	take that	0.0383
job_ask	take them	-0.0359
job_ask	take up	-0.0284
job_ask	take volunt	0.0666
job_ask	take ~number	-0.0559
job_ask	take ~people	0.1413
job_ask	taken	-0.034
job_ask	talk	-0.2553
job_ask	talk to	-0.1818
job_ask	talk with	-0.0271
job_ask	tank	0.0395
job_ask	task	-0.0255
job_ask	teach	0.0415
job_ask	teach assist	0.0451
job_ask	teach into	0.033
job_ask	teach secondari	0.0336
job_ask	teach ~student	0.0427
job_ask	teacher	-0.025
job_ask	team	0.2425
job_ask	team and	0.0273
job_ask	team decid	-0.0356
job_ask	team do	-0.0234
job_ask	team dure	0.0373
job_ask	team ever	-0.0623
job_ask	team for	0.1457
job_ask	team has	0.0419
job_ask	team hire	0.1653
job_ask	team in	0.1128
job_ask	team is	-0.1283
job_ask	team lead	-0.0217
job_ask	team like	-0.0264
job_ask	team look	-0.0218
job_ask	team next	0.0212
job_ask	team one	0.0228
job_ask	team pleas	0.0694
job_ask	team project	-0.026
job_ask	team reli	-0.0288
job_ask	team specif	0.0614
job_ask	team survey	-0.0239
job_ask	team take	0.0858
job_ask	team this	0.0389
job_ask	team what	-0.0565
job_ask	team who	-0.0653
job_ask	team work	-0.0446
job_ask	team would	0.0457
job_ask	team you	-0.0716
job_ask	team ~clock	0.0228
job_ask	team ~gatekeeper	0.1549
job_ask	team ~help	-0.0245
job_ask	team ~hiring	0.2726
job_ask	team ~learn	-0.0507
job_ask	team ~number	0.0228
job_ask	team ~people	-0.0492
job_ask	team ~studyverb	0.0954
job_ask	team ~workverb	-0.0366
job_ask	tech	-0.0582
job_ask	tech ~job	0.0459
job_ask	technic	-0.0469
job_ask	technic and	-0.0207
job_ask	tell	-0.3758
job_ask	tell me	-0.3195
job_ask	tell you	-0.0348
job_ask	temporari	0.0326
job_ask	tend	-0.0563
job_ask	tend to	-0.0563
job_ask	test	-0.1999
job_ask	test i	-0.0212
job_ask	test the	-0.0798
job_ask	test your	-0.0421
job_ask	test ~number	-0.0798
job_ask	tester	-0.0282
job_ask	tester for	-0.0373
job_ask	text	-0.0436
job_ask	text you	-0.0216
job_ask	than	-0.0212
job_ask	than a	-0.0253
job_ask	than the	0.0605
job_ask	than ~number	0.031
job_ask	thank	-0.3759
job_ask	thank a	-0.0321
job_ask	thank for	-0.1118
job_ask	thank so	0.0285
job_ask	thank to	-0.0266
job_ask	thank you	-0.1487
job_ask	thank ~number	-0.0331
job_ask	that	-0.4342
job_ask	that a	0.0487
job_ask	that articl	-0.0241
job_ask	that be	0.0205
job_ask	that cover	-0.0402
job_ask	that feel	-0.0312
job_ask	that happen	0.065
job_ask	that i	0.1186
job_ask	that is	-0.2117
job_ask	that job	0.0374
job_ask	that make	-0.0257
job_ask	that my	0.0355
job_ask	that normal	-0.0219
job_ask	that someth	0.046
job_ask	that true	-0.0305
job_ask	that was	-0.0261
job_ask	that would	-0.0421
job_ask	that you	-0.0327
job_ask	that ~job	0.0362
job_ask	that ~number	0.0272
job_ask	that ~want	-0.0362
job_ask	the	0.0541
job_ask	the agenc	-0.0217
job_ask	the alumni	-0.0217
job_ask	the analyst	0.0773
job_ask	the anim	-0.0221
job_ask	the app	-0.0712
job_ask	the applic	-0.0377
job_ask	the apprenticeship	0.0512
job_ask	the archiv	0.0823
job_ask	the armi	-0.0234
job_ask	the associ	0.0297
job_ask	the autumn	0.064
job_ask	the bakeri	0.0301
job_ask	the bar	0.0618
job_ask	the best	-0.051
job_ask	the big	-0.0268
job_ask	the bird	0.0452
job_ask	the bootcamp	-0.0483
job_ask	the campaign	0.0394
job_ask	the career	-0.0279
job_ask	the case	-0.0225
job_ask	the certif	0.0206
job_ask	the chanc	0.1191
job_ask	the chariti	0.1716
job_ask	the clinic	0.022
job_ask	the clock	-0.0325
job_ask	the code	-0.0311
job_ask	the colleagu	-0.0252
job_ask	the communiti	0.0458
job_ask	the compani	-0.0338
job_ask	the confer	-0.0445
job_ask	the contact	0.029
job_ask	the coordin	0.0284
job_ask	the council	-0.043
job_ask	the cours	-0.0305
job_ask	the creativ	0.0396
job_ask	the dataset	-0.0261
job_ask	the deadlin	0.0555
job_ask	the denver	0.0237
job_ask	the design	0.0259
job_ask	the desk	0.0285
job_ask	the door	0.0695
job_ask	the end	-0.0367
job_ask	the experi	0.0733
job_ask	the fall	0.0425
job_ask	the favor	-0.1825
job_ask	the fellowship	0.1068
job_ask	the field	-0.0789
job_ask	the first	-0.045
job_ask	the food	0.0709
job_ask	the galleri	0.0335
job_ask	the graduat	0.0723
job_ask	the hackathon	-0.0318
job_ask	the half	-0.024
job_ask	the harvest	0.0469
job_ask	the head	0.0273
job_ask	the hire	-0.0332
job_ask	the hospit	-0.029
job_ask	the hour	-0.0393
job_ask	the industri	-0.0531
job_ask	the interview	-0.0226
job_ask	the job	-0.1227
job_ask	the junior	0.0636
job_ask	the kind	-0.0223
job_ask	the kitchen	0.1782
job_ask	the lab	0.1221
job_ask	the last	-0.0502
job_ask	the licens	-0.0201
job_ask	the line	0.0329
job_ask	the local	0.0624
job_ask	the manchest	0.0429
job_ask	the mentor	-0.0234
job_ask	the moment	0.2155
job_ask	the most	-0.0391
job_ask	the museum	0.0379
job_ask	the name	-0.0508
job_ask	the new	-0.0847
job_ask	the newsroom	0.0462
job_ask	the next	0.0879
job_ask	the ngo	0.1006
job_ask	the night	-0.0226
job_ask	the nurs	-0.0401
job_ask	the odd	-0.0223
job_ask	the offic	-0.0404
job_ask	the onboard	-0.0376
job_ask	the onli	0.0429
job_ask	the onlin	0.0609
job_ask	the op	0.0222
job_ask	the outreach	-0.0372
job_ask	the panel	0.0499
job_ask	the partner	0.0428
job_ask	the peopl	0.1077
job_ask	the person	-0.0588
job_ask	the plan	0.0511
job_ask	the portal	0.1104
job_ask	the portfolio	-0.0301
job_ask	the posit	0.0482
job_ask	the post	-0.0288
job_ask	the practic	0.0521
job_ask	the real	0.0766
job_ask	the record	0.0602
job_ask	the region	0.0663
job_ask	the registr	-0.021
job_ask	the research	-0.021
job_ask	the rest	-0.054
job_ask	the restor	0.0695
job_ask	the role	-0.0402
job_ask	the rotat	0.0434
job_ask	the sale	0.0623
job_ask	the same	-0.0249
job_ask	the sector	0.0464
job_ask	the select	0.0418
job_ask	the signal	0.02
job_ask	the skill	-0.0227
job_ask	the social	0.0649
job_ask	the sound	0.0282
job_ask	the sre	0.1086
job_ask	the startup	0.0363
job_ask	the student	-0.0327
job_ask	the studio	0.1599
job_ask	the summer	0.1567
job_ask	the surgeri	0.0362
job_ask	the survey	-0.0692
job_ask	the team	0.1119
job_ask	the tech	0.0345
job_ask	the theatr	0.0471
job_ask	the time	-0.0379
job_ask	the tip	-0.0272
job_ask	the tour	0.0745
job_ask	the traine	0.0458
job_ask	the transit	-0.0246
job_ask	the veri	0.023
job_ask	the vet	0.0234
job_ask	the volunt	-0.0276
job_ask	the way	-0.0239
job_ask	the weekend	-0.023
job_ask	the whole	0.1113
job_ask	the word	-0.0544
job_ask	the work	-0.0762
job_ask	the workshop	0.0228
job_ask	the worst	-0.0266
job_ask	the ~application	-0.038
job_ask	the ~clock	-0.0477
job_ask	the ~contactverb	0.0377
job_ask	the ~degree	-0.0729
job_ask	the ~hiring	-0.0906
job_ask	the ~job	-0.0697
job_ask	the ~learn	-0.0857
job_ask	the ~limit	-0.0589
job_ask	the ~number	-0.0609
job_ask	the ~org	0.4328
job_ask	the ~student	0.2978
job_ask	the ~studyverb	-0.0214
job_ask	the ~talk	0.0309
job_ask	the ~timeunit	-0.0407
job_ask	the ~workverb	-0.0657
job_ask	theatr	0.0425
job_ask	theatr ever	0.0471
job_ask	their	-0.1166
job_ask	their first	-0.0219
job_ask	their name	0.0471
job_ask	their own	-0.0237
job_ask	their side	-0.0201
job_ask	their ~insight	-0.0272
job_ask	their ~org	-0.0201
job_ask	their ~student	-0.0285
job_ask	them	-0.1386
job_ask	them about	-0.0249
job_ask	them serious	-0.0213
job_ask	then mayb	0.034
job_ask	there	0.2972
job_ask	there a	0.031
job_ask	there an	0.0576
job_ask	there ani	0.3655
job_ask	there anyon	-0.1231
job_ask	there anyth	-0.2821
job_ask	there be	0.0923
job_ask	there is	0.1297
job_ask	there mani	-0.0538
job_ask	there might	0.0584
job_ask	there room	0.0234
job_ask	there someth	-0.0453
job_ask	there were	0.0242
job_ask	there would	0.0372
job_ask	there ~number	0.0833
job_ask	there ~people	-0.1681
job_ask	there ~want	0.0355
job_ask	these	-0.0793
job_ask	these day	-0.0231
job_ask	thesi	-0.0762
job_ask	they	-0.2229
job_ask	they are	0.0413
job_ask	they would	-0.0446
job_ask	they ~want	-0.0544
job_ask	thin	0.0327
job_ask	thing	0.0575
job_ask	thing doe	0.0469
job_ask	thing i	0.0302
job_ask	thing would	0.0426
job_ask	thing ~want	0.0421
job_ask	think	-0.1548
job_ask	think about	-0.0463
job_ask	think it	-0.02
job_ask	think that	-0.0724
job_ask	think there	0.059
job_ask	think would	-0.0502
job_ask	think you	0.1081
job_ask	think your	0.0574
job_ask	think ~number	-0.0341
job_ask	think ~want	-0.0502
job_ask	this	0.1167
job_ask	this and	0.0332
job_ask	this chat	0.0818
job_ask	this convers	-0.0252
job_ask	this field	-0.0728
job_ask	this forward	-0.0209
job_ask	this has	-0.0334
job_ask	this i	-0.0259
job_ask	this in	-0.0305
job_ask	this industri	-0.0272
job_ask	this is	0.1504
job_ask	this job	-0.0251
job_ask	this kind	-0.0232
job_ask	this short	-0.0234
job_ask	this spring	0.0729
job_ask	this summer	0.1997
job_ask	this to	-0.0214
job_ask	this week	-0.0565
job_ask	this weekend	-0.021
job_ask	this work	-0.0352
job_ask	this year	0.1662
job_ask	this ~closing	0.1108
job_ask	this ~duration	0.1662
job_ask	this ~job	-0.0418
job_ask	this ~learn	-0.0352
job_ask	this ~sendverb	-0.0229
job_ask	this ~talk	0.0622
job_ask	this ~workverb	-0.0371
job_ask	tho	0.0715
job_ask	though	0.0367
job_ask	thought	-0.0645
job_ask	three	-0.0298
job_ask	thrill	0.0327
job_ask	thrill to	0.0317
job_ask	through	0.0289
job_ask	through a	-0.0536
job_ask	through how	-0.0784
job_ask	through hr	0.0493
job_ask	through referr	-0.0421
job_ask	through what	-0.0446
job_ask	through you	0.3119
job_ask	through ~gatekeeper	0.0484
job_ask	through ~job	-0.0225
job_ask	through ~number	-0.0586
job_ask	throw	0.0469
job_ask	thursday	0.0487
job_ask	tight	-0.0216
job_ask	till	0.0333
job_ask	time	-0.0793
job_ask	time and	0.0861
job_ask	time but	0.0222
job_ask	time from	0.0626
job_ask	time help	0.0419
job_ask	time on	-0.0323
job_ask	time so	-0.0417
job_ask	time while	0.043
job_ask	time ~help	0.0332
job_ask	time ~job	0.0234
job_ask	tip	-0.0766
job_ask	to	-0.4385
job_ask	to a	-0.0364
job_ask	to alway	-0.0245
job_ask	to an	0.0394
job_ask	to anyon	-0.0288
job_ask	to ask	0.1036
job_ask	to assist	0.0536
job_ask	to be	0.4178
job_ask	to beta	-0.0683
job_ask	to bring	0.0631
job_ask	to build	0.02
job_ask	to check	0.0218
job_ask	to come	0.0603
job_ask	to contribut	0.0552
job_ask	to cover	0.0965
job_ask	to cut	-0.0513
job_ask	to day	-0.0398
job_ask	to do	0.2314
job_ask	to drop	-0.0321
job_ask	to figur	-0.0743
job_ask	to find	-0.0454
job_ask	to finish	-0.0214
job_ask	to flag	0.0224
job_ask	to forward	0.1162
job_ask	to get	0.2065
job_ask	to give	-0.0669
job_ask	to go	-0.0841
job_ask	to grad	-0.0226
job_ask	to hand	-0.0216
job_ask	to hear	-0.1414
job_ask	to her	-0.0214
job_ask	to hire	0.0511
job_ask	to hr	0.0712
job_ask	to i	-0.0318
job_ask	to introduc	-0.0634
job_ask	to it	-0.0517
job_ask	to join	0.1825
job_ask	to jump	-0.04
job_ask	to keep	-0.0294
job_ask	to know	-0.0909
job_ask	to learn	0.0411
job_ask	to leav	-0.0512
job_ask	to let	-0.027
job_ask	to look	-0.0273
job_ask	to make	0.0469
job_ask	to me	-0.0927
job_ask	to mind	-0.0577
job_ask	to muck	0.0339
job_ask	to my	-0.0587
job_ask	to on	0.0224
job_ask	to one	-0.0511
job_ask	to open	-0.0326
job_ask	to pass	0.0435
job_ask	to peopl	0.0981
job_ask	to pick	-0.0411
job_ask	to ping	0.0381
job_ask	to pitch	0.0474
job_ask	to proofread	-0.0427
job_ask	to recommend	0.0249
job_ask	to refer	0.094
job_ask	to return	-0.1101
job_ask	to run	-0.1147
job_ask	to rush	-0.0232
job_ask	to say	-0.0457
job_ask	to see	-0.1067
job_ask	to send	-0.0787
job_ask	to share	-0.0624
job_ask	to show	0.1176
job_ask	to someon	-0.1654
job_ask	to speak	-0.0495
job_ask	to spend	0.0764
job_ask	to start	0.1216
job_ask	to stay	-0.0324
job_ask	to stop	-0.0249
job_ask	to talk	-0.096
job_ask	to tell	-0.0305
job_ask	to test	-0.0628
job_ask	to the	0.274
job_ask	to this	-0.0297
job_ask	to tri	-0.0311
job_ask	to understand	-0.1556
job_ask	to volunt	0.0312
job_ask	to whoever	0.0884
job_ask	to work	0.3417
job_ask	to you	-0.1974
job_ask	to your	0.2514
job_ask	to ~clock	-0.0661
job_ask	to ~closing	-0.0522
job_ask	to ~gatekeeper	0.0574
job_ask	to ~help	0.0784
job_ask	to ~job	-0.0386
job_ask	to ~learn	0.0413
job_ask	to ~limit	-0.0392
job_ask	to ~number	0.2165
job_ask	to ~people	-0.1582
job_ask	to ~sendverb	-0.0269
job_ask	to ~talk	-0.0871
job_ask	to ~want	-0.0318
job_ask	to ~workverb	0.2274
job_ask	today i	-0.0279
job_ask	today is	0.087
job_ask	togeth	-0.0406
job_ask	told	-0.1312
job_ask	told her	-0.0259
job_ask	told me	-0.0892
job_ask	tonight	0.0518
job_ask	tonight and	0.092
job_ask	too	-0.1067
job_ask	too direct	0.0658
job_ask	too forward	0.0338
job_ask	too late	0.029
job_ask	too much	-0.0243
job_ask	too ~sendverb	0.0338
job_ask	took	-0.036
job_ask	tool	0.0363
job_ask	tool and	0.0904
job_ask	top	-0.0448
job_ask	top of	-0.0262
job_ask	torn	-0.0222
job_ask	toronto	-0.0278
job_ask	total	-0.0431
job_ask	touch	-0.1663
job_ask	touch and	0.0448
job_ask	touch with	-0.0834
job_ask	tour	0.0789
job_ask	toward	-0.0596
job_ask	track	-0.0322
job_ask	train	0.0239
job_ask	train contract	0.0349
job_ask	traine	0.2927
job_ask	traine post	0.0586
job_ask	traine ~job	0.0426
job_ask	traine ~sendverb	0.0474
job_ask	transit	-0.0524
job_ask	translat	-0.121
job_ask	tri	-0.2559
job_ask	tri this	-0.0235
job_ask	tri to	-0.2087
job_ask	trial	0.3593
job_ask	trial period	0.0285
job_ask	trial project	0.0507
job_ask	trial shift	0.1233
job_ask	trial week	0.1249
job_ask	trial ~closing	0.1569
job_ask	troubl	-0.0219
job_ask	true	-0.0545
job_ask	truli	-0.024
job_ask	trust	-0.0242
job_ask	tuesday	0.0822
job_ask	turn into	0.038
job_ask	twenti	-0.0241
job_ask	twice	-0.0203
job_ask	twitter	-0.0229
job_ask	two	-0.1233
job_ask	two ~duration	-0.0207
job_ask	two ~people	-0.0203
job_ask	typic	-0.1353
job_ask	typic week	-0.0519
job_ask	typic ~closing	-0.058
job_ask	uk	-0.0228
job_ask	um	0.0351
job_ask	um the	0.0216
job_ask	um ~number	0.0216
job_ask	uncl	-0.02
job_ask	under	0.1084
job_ask	under my	0.0431
job_ask	under you	0.0805
job_ask	understand	-0.1879
job_ask	understand how	-0.0425
job_ask	understand the	-0.0415
job_ask	understand what	-0.0473
job_ask	understand ~number	-0.0415
job_ask	uni	-0.0995
job_ask	union	-0.0449
job_ask	universiti	-0.0411
job_ask	unless	0.0997
job_ask	unpaid	0.3889
job_ask	unpaid intern	0.0394
job_ask	unpaid is	0.0729
job_ask	unpaid just	0.1038
job_ask	unpaid ~student	0.0229
job_ask	unpaid ~want	0.1038
job_ask	until	0.1003
job_ask	up	0.1058
job_ask	up a	-0.0202
job_ask	up ani	-0.0305
job_ask	up anoth	-0.0203
job_ask	up as	-0.0256
job_ask	up by	-0.0426
job_ask	up can	0.086
job_ask	up do	-0.0214
job_ask	up for	-0.0827
job_ask	up i	0.0748
job_ask	up in	0.0371
job_ask	up on	0.1678
job_ask	up pleas	0.0831
job_ask	up where	-0.0314
job_ask	up while	-0.0228
job_ask	up with	-0.1153
job_ask	up would	0.0367
job_ask	up your	-0.0279
job_ask	up ~later	0.0508
job_ask	up ~number	-0.0308
job_ask	updat	-0.1027
job_ask	urban	-0.0348
job_ask	urban plan	-0.0317
job_ask	us	-0.0522
job_ask	usabl	-0.025
job_ask	use	-0.2618
job_ask	use for	-0.062
job_ask	use i	-0.056
job_ask	use to	-0.1072
job_ask	use ~number	0.0267
job_ask	user	-0.0671
job_ask	user test	-0.0269
job_ask	usual	-0.28
job_ask	usual hire	-0.0268
job_ask	usual paid	-0.0246
job_ask	usual ~learn	-0.0362
job_ask	usuali	-0.0285
job_ask	ux	-0.1169
job_ask	ux research	-0.0441
job_ask	ux ~learn	-0.0345
job_ask	vacanc	0.1743
job_ask	vacanc for	0.0693
job_ask	valu	-0.0638
job_ask	valu your	-0.0447
job_ask	venu	0.0372
job_ask	veri	0.0417
job_ask	veri hard	0.041
job_ask	veri interest	0.0316
job_ask	veri much	-0.029
job_ask	version	-0.0287
job_ask	vet	-0.0278
job_ask	veteran	-0.0619
job_ask	veteran hire	-0.0267
job_ask	veteran ~gatekeeper	-0.0267
job_ask	veteran ~hiring	-0.0267
job_ask	vibe	-0.0209
job_ask	video editor	0.0244
job_ask	video ~student	0.0244
job_ask	view to	0.0384
job_ask	visa	-0.0396
job_ask	visa for	-0.0292
job_ask	visit	0.0245
job_ask	visit i	0.0666
job_ask	volunt	-0.1563
job_ask	volunt and	-0.0242
job_ask	volunt for	-0.1584
job_ask	volunt in	0.0245
job_ask	volunt on	0.1056
job_ask	volunt who	0.0206
job_ask	volunt ~people	0.0206
job_ask	vouch	0.0257
job_ask	vouch for	0.0257
job_ask	vs	-0.0343
job_ask	wait	-0.1039
job_ask	walk	-0.1896
job_ask	walk me	-0.1758
job_ask	want	-0.1343
job_ask	want an	-0.0203
job_ask	want anoth	0.0967
job_ask	want experi	0.0433
job_ask	want i	0.0388
job_ask	want is	0.0946
job_ask	want me	-0.0326
job_ask	want someon	-0.0574
job_ask	want to	-0.159
job_ask	want ~insight	0.0251
job_ask	want ~number	-0.0228
job_ask	want ~people	-0.0574
job_ask	ward	0.0495
job_ask	warehous	0.091
job_ask	warwick	0.0241
job_ask	was	-0.2141
job_ask	was a	-0.0275
job_ask	was actual	0.0581
job_ask	was brilliant	0.0211
job_ask	was hope	0.0938
job_ask	was it	-0.0281
job_ask	was kind	0.0431
job_ask	was not	0.0367
job_ask	was realli	-0.0231
job_ask	was so	0.0444
job_ask	was the	-0.0258
job_ask	was wonder	-0.1547
job_ask	was your	-0.0208
job_ask	was ~number	-0.0597
job_ask	was ~want	0.0704
job_ask	wash	0.1179
job_ask	watch	-0.0357
job_ask	water	-0.0297
job_ask	way	0.0374
job_ask	way around	0.0289
job_ask	way i	-0.0339
job_ask	way in	0.0432
job_ask	way you	0.0502
job_ask	we	-0.2707
job_ask	we are	-0.1114
job_ask	we can	-0.0339
job_ask	we have	-0.0438
job_ask	we onli	0.0777
job_ask	we stop	-0.0212
job_ask	we would	0.0244
job_ask	we ~talk	-0.0256
job_ask	we ~want	0.0244
job_ask	week	0.23
job_ask	week and	0.051
job_ask	week as	0.0311
job_ask	week at	0.0465
job_ask	week for	-0.0394
job_ask	week if	0.0393
job_ask	week look	-0.0359
job_ask	week on	-0.0254
job_ask	week with	0.042
job_ask	week work	0.0327
job_ask	week ~learn	0.0327
job_ask	week ~workverb	0.0316
job_ask	weekend	0.1504
job_ask	weekend and	-0.0259
job_ask	weekend are	0.0366
job_ask	weekend shift	0.0682
job_ask	weird if	-0.0203
job_ask	weird to	0.0598
job_ask	welcom	-0.0203
job_ask	went	-0.0597
job_ask	went the	-0.0206
job_ask	went to	0.0267
job_ask	went ~number	-0.0209
job_ask	were	-0.2726
job_ask	were ani	0.0242
job_ask	were hire	-0.0501
job_ask	were in	-0.0407
job_ask	were me	-0.0454
job_ask	were start	-0.0414
job_ask	were ~gatekeeper	-0.0486
job_ask	were ~hiring	-0.0527
job_ask	were ~number	-0.0214
job_ask	what	-1.1759
job_ask	what a	-0.0657
job_ask	what could	-0.0249
job_ask	what did	-0.0242
job_ask	what do	-0.1235
job_ask	what doe	-0.1155
job_ask	what happen	-0.0261
job_ask	what i	0.0755
job_ask	what is	-0.2437
job_ask	what kind	-0.0533
job_ask	what made	-0.0392
job_ask	what make	-0.0512
job_ask	what skill	-0.0555
job_ask	what the	-0.0634
job_ask	what today	0.0684
job_ask	what was	-0.0239
job_ask	what you	-0.0367
job_ask	what your	-0.0466
job_ask	what ~help	-0.123
job_ask	what ~number	-0.1323
job_ask	what ~studyverb	-0.0251
job_ask	whatev	0.1361
job_ask	whatev you	0.0683
job_ask	when	-0.4678
job_ask	when a	-0.0402
job_ask	when hire	-0.0284
job_ask	when i	-0.0315
job_ask	when the	0.0319
job_ask	when they	-0.0438
job_ask	when you	-0.1739
job_ask	when your	-0.0761
job_ask	when ~gatekeeper	-0.0284
job_ask	when ~hiring	-0.0284
job_ask	whenev	0.035
job_ask	whenev you	0.0481
job_ask	whenev your	-0.0229
job_ask	where	-0.1367
job_ask	where do	-0.023
job_ask	where would	-0.0205
job_ask	where you	-0.0202
job_ask	where ~help	-0.023
job_ask	where ~want	-0.0205
job_ask	whether	-0.258
job_ask	whether a	-0.0321
job_ask	whether i	-0.0319
job_ask	whether my	-0.0202
job_ask	whether the	0.0399
job_ask	whether there	0.0328
job_ask	whether this	-0.0429
job_ask	whether you	-0.0965
job_ask	whether your	0.035
job_ask	whi	-0.0708
job_ask	whi i	-0.038
job_ask	which	-0.4098
job_ask	which part	-0.0276
job_ask	which profession	-0.0214
job_ask	which skill	-0.0229
job_ask	which technic	-0.0237
job_ask	which would	-0.0225
job_ask	which ~student	-0.0285
job_ask	which ~want	-0.0225
job_ask	while	-0.0202
job_ask	while i	0.0376
job_ask	who	-0.3836
job_ask	who came	-0.0493
job_ask	who could	0.0647
job_ask	who do	-0.0231
job_ask	who doe	-0.0329
job_ask	who els	-0.0538
job_ask	who get	-0.0242
job_ask	who is	0.0667
job_ask	who made	-0.0213
job_ask	who make	0.0322
job_ask	who run	-0.035
job_ask	who should	0.0325
job_ask	who work	-0.0569
job_ask	who would	-0.0908
job_ask	who you	-0.0202
job_ask	who ~help	-0.024
job_ask	who ~want	-0.0937
job_ask	whoever	0.0649
job_ask	whoever handl	0.0434
job_ask	whole	0.0877
job_ask	whose	-0.028
job_ask	whose brain	-0.0212
job_ask	wide	0.053
job_ask	wifi	-0.0393
job_ask	will	-0.2406
job_ask	will add	0.0201
job_ask	will attach	0.0761
job_ask	will be	-0.0222
job_ask	will email	0.027
job_ask	will leav	-0.0269
job_ask	will let	-0.0868
job_ask	will not	-0.0904
job_ask	will reach	0.0304
job_ask	will send	0.0275
job_ask	will share	0.0592
job_ask	will stop	-0.0527
job_ask	will to	0.0763
job_ask	will wrap	-0.0332
job_ask	will you	0.0979
job_ask	will ~sendverb	0.0722
job_ask	will ~talk	0.0506
job_ask	winter	0.2213
job_ask	winter break	0.0851
job_ask	winter ~closing	0.0851
job_ask	wish	-0.0692
job_ask	wish you	-0.035
job_ask	with	-0.3021
job_ask	with a	-0.073
job_ask	with anyth	-0.0412
job_ask	with excel	-0.0374
job_ask	with figma	-0.0294
job_ask	with hr	0.0332
job_ask	with in	-0.0221
job_ask	with me	-0.1275
job_ask	with my	-0.0504
job_ask	with on	-0.053
job_ask	with one	0.0217
job_ask	with someon	-0.0868
job_ask	with someth	-0.0259
job_ask	with spreadsheet	-0.0229
job_ask	with the	0.1617
job_ask	with what	-0.0254
job_ask	with whoever	-0.0245
job_ask	with you	0.3079
job_ask	with your	0.2215
job_ask	with ~clock	0.0717
job_ask	with ~gatekeeper	0.0207
job_ask	with ~hiring	-0.0212
job_ask	with ~number	0.1376
job_ask	with ~people	-0.0878
job_ask	within your	0.0208
job_ask	within ~number	-0.021
job_ask	without	0.0623
job_ask	without salari	0.0915
job_ask	without ~number	-0.0283
job_ask	wonder	-0.1403
job_ask	wonder whether	-0.0833
job_ask	wonder which	-0.027
job_ask	word	0.1472
job_ask	word for	0.1159
job_ask	word with	0.0413
job_ask	work	0.0908
job_ask	work a	0.0572
job_ask	work and	0.0754
job_ask	work as	-0.0564
job_ask	work at	-0.0316
job_ask	work experi	0.0876
job_ask	work for	0.2288
job_ask	work go	0.1367
job_ask	work i	0.113
job_ask	work in	-0.1583
job_ask	work is	-0.0218
job_ask	work on	-0.0776
job_ask	work suit	-0.0455
job_ask	work the	0.059
job_ask	work through	-0.0398
job_ask	work under	0.0746
job_ask	work you	0.0561
job_ask	work ~insight	0.0644
job_ask	work ~number	0.1321
job_ask	workshop	0.0216
job_ask	world	-0.0228
job_ask	worri	-0.0536
job_ask	worri if	-0.0208
job_ask	worst	-0.0396
job_ask	worth	-0.225
job_ask	worth it	-0.0749
job_ask	worth join	-0.0408
job_ask	would	0.6382
job_ask	would a	-0.0255
job_ask	would be	-0.1589
job_ask	would better	-0.0309
job_ask	would consid	0.0866
job_ask	would enjoy	-0.0233
job_ask	would glad	-0.0274
job_ask	would happili	0.0868
job_ask	would help	-0.055
job_ask	would honest	0.0824
job_ask	would i	0.1442
job_ask	would it	0.1971
job_ask	would jump	0.1512
job_ask	would just	-0.0385
job_ask	would let	0.0232
job_ask	would like	-0.0826
job_ask	would love	0.0714
job_ask	would make	-0.05
job_ask	would not	0.0407
job_ask	would point	-0.0336
job_ask	would realli	0.0934
job_ask	would recommend	-0.1642
job_ask	would suggest	-0.0432
job_ask	would take	0.0906
job_ask	would work	0.0437
job_ask	would you	0.217
job_ask	would your	0.1052
job_ask	would ~help	-0.0458
job_ask	would ~insight	0.0906
job_ask	would ~learn	0.0658
job_ask	would ~number	-0.0425
job_ask	would ~people	-0.0226
job_ask	would ~want	0.0419
job_ask	would ~workverb	0.0427
job_ask	wow	-0.032
job_ask	wrap	-0.0652
job_ask	wrap up	-0.0431
job_ask	write	-0.1252
job_ask	write up	-0.0303
job_ask	write you	-0.0308
job_ask	yeah	0.031
job_ask	year	-0.1765
job_ask	year and	-0.0202
job_ask	year as	-0.056
job_ask	year at	-0.0465
job_ask	year econom	0.0202
job_ask	year freelanc	0.032
job_ask	year in	-0.0892
job_ask	year nurs	0.0253
job_ask	year or	0.0347
job_ask	year teach	0.0251
job_ask	year with	0.0311
job_ask	yes	0.0249
job_ask	yet	-0.0476
job_ask	you	0.1875
job_ask	you a	-0.1705
job_ask	you actual	-0.0446
job_ask	you after	-0.0519
job_ask	you again	-0.0443
job_ask	you agre	-0.0297
job_ask	you an	-0.0224
job_ask	you ani	-0.0632
job_ask	you are	0.1447
job_ask	you as	0.0268
job_ask	you back	0.0437
job_ask	you be	0.2028
job_ask	you can	0.1562
job_ask	you card	-0.0203
job_ask	you chang	-0.0235
job_ask	you connect	-0.0249
job_ask	you consid	0.1713
job_ask	you could	0.1074
job_ask	you decid	-0.0295
job_ask	you describ	-0.0675
job_ask	you direct	0.0897
job_ask	you do	-0.055
job_ask	you email	0.0782
job_ask	you end	-0.041
job_ask	you even	-0.0208
job_ask	you ever	0.1055
job_ask	you find	-0.0404
job_ask	you finish	0.0269
job_ask	you fit	-0.0372
job_ask	you for	-0.1437
job_ask	you forward	0.0372
job_ask	you get	0.0447
job_ask	you give	-0.0486
job_ask	you go	-0.078
job_ask	you got	-0.0381
job_ask	you guy	0.4877
job_ask	you had	-0.0322
job_ask	you hand	0.0367
job_ask	you happen	-0.0209
job_ask	you have	0.0332
job_ask	you head	-0.027
job_ask	you hear	-0.0332
job_ask	you hire	0.3443
job_ask	you how	-0.0203
job_ask	you if	-0.1289
job_ask	you in	-0.1002
job_ask	you instead	0.1104
job_ask	you introduc	-0.0344
job_ask	you keep	0.1159
job_ask	you know	0.0801
job_ask	you later	-0.0257
job_ask	you let	0.1585
job_ask	you like	-0.0761
job_ask	you lot	0.1194
job_ask	you mayb	0.0205
job_ask	you mention	-0.1039
job_ask	you might	0.1741
job_ask	you mind	-0.0635
job_ask	you most	-0.0244
job_ask	you my	0.136
job_ask	you need	0.187
job_ask	you next	0.0441
job_ask	you on	-0.2291
job_ask	you onc	-0.0492
job_ask	you one	0.0594
job_ask	you open	0.0253
job_ask	you or	-0.0561
job_ask	you out	-0.0566
job_ask	you over	0.0607
job_ask	you pass	0.1226
job_ask	you pick	-0.0218
job_ask	you point	-0.0413
job_ask	you possibl	0.1087
job_ask	you post	-0.0368
job_ask	you put	0.1568
job_ask	you rather	0.0379
job_ask	you recommend	-0.0641
job_ask	you refer	0.1808
job_ask	you say	-0.1358
job_ask	you see	-0.0243
job_ask	you send	-0.0269
job_ask	you share	0.072
job_ask	you so	-0.0552
job_ask	you spend	-0.0247
job_ask	you squeez	-0.0257
job_ask	you start	-0.0368
job_ask	you still	-0.0592
job_ask	you suggest	-0.0588
job_ask	you take	0.201
job_ask	you tell	-0.195
job_ask	you that	-0.0311
job_ask	you the	-0.1288
job_ask	you this	0.0404
job_ask	you to	0.1018
job_ask	you up	-0.0473
job_ask	you use	-0.0446
job_ask	you usual	-0.0335
job_ask	you vouch	0.025
job_ask	you walk	-0.1424
job_ask	you want	0.0823
job_ask	you were	-0.1931
job_ask	you what	0.0608
job_ask	you will	0.0406
job_ask	you wish	-0.0455
job_ask	you with	-0.0787
job_ask	you work	-0.053
job_ask	you would	-0.1932
job_ask	you ~clock	0.0546
job_ask	you ~contactverb	0.0696
job_ask	you ~gatekeeper	0.1814
job_ask	you ~help	-0.0873
job_ask	you ~hiring	0.2143
job_ask	you ~insight	0.1843
job_ask	you ~later	-0.0675
job_ask	you ~learn	-0.0316
job_ask	you ~number	-0.2673
job_ask	you ~people	0.0593
job_ask	you ~sendverb	0.3055
job_ask	you ~talk	0.0277
job_ask	you ~want	-0.1472
job_ask	you ~workverb	-0.067
job_ask	your	0.1988
job_ask	your advic	-0.0319
job_ask	your afternoon	-0.0401
job_ask	your agenc	0.1255
job_ask	your app	-0.0478
job_ask	your boss	0.0384
job_ask	your brain	-0.0292
job_ask	your call	0.0933
job_ask	your colleagu	-0.0904
job_ask	your compani	0.0983
job_ask	your creativ	0.0658
job_ask	your crew	0.1117
job_ask	your day	-0.0312
job_ask	your depart	0.1983
job_ask	your end	-0.081
job_ask	your evening	-0.0321
job_ask	your ever	0.0532
job_ask	your experi	-0.0659
job_ask	your field	-0.0559
job_ask	your firm	0.0872
job_ask	your first	-0.125
job_ask	your friend	-0.0433
job_ask	your girl	0.0658
job_ask	your graduat	0.0274
job_ask	your group	0.0242
job_ask	your guy	0.0684
job_ask	your honest	-0.0904
job_ask	your hospic	0.0309
job_ask	your in	0.0429
job_ask	your industri	-0.0223
job_ask	your intern	0.0997
job_ask	your job	-0.0314
job_ask	your kitchen	0.0242
job_ask	your lab	0.034
job_ask	your lunch	-0.0427
job_ask	your manag	0.0328
job_ask	your name	0.0364
job_ask	your network	-0.0259
job_ask	your new	-0.0261
job_ask	your next	0.0221
job_ask	your nonprofit	-0.041
job_ask	your not	0.0305
job_ask	your old	-0.059
job_ask	your open	-0.0313
job_ask	your outreach	-0.0526
job_ask	your own	-0.0514
job_ask	your person	0.084
job_ask	your perspect	-0.0411
job_ask	your place	0.0718
job_ask	your practic	0.0506
job_ask	your project	0.0243
job_ask	your radar	0.0373
job_ask	your recommend	0.0381
job_ask	your recruit	0.0693
job_ask	your role	-0.0643
job_ask	your schedul	-0.0213
job_ask	your school	0.0428
job_ask	your session	0.0735
job_ask	your shoot	0.0256
job_ask	your social	0.061
job_ask	your squad	0.0538
job_ask	your startup	0.0444
job_ask	your studio	0.0988
job_ask	your summer	0.0796
job_ask	your survey	0.0377
job_ask	your swamp	0.0301
job_ask	your take	-0.0565
job_ask	your team	0.0417
job_ask	your thought	-0.0405
job_ask	your time	0.05
job_ask	your veteran	-0.0241
job_ask	your ward	0.0614
job_ask	your way	-0.0331
job_ask	your week	-0.0346
job_ask	your work	-0.0323
job_ask	your workshop	0.031
job_ask	your ~closing	-0.0972
job_ask	your ~contactverb	0.0822
job_ask	your ~degree	-0.0214
job_ask	your ~gatekeeper	0.1546
job_ask	your ~insight	-0.2594
job_ask	your ~job	-0.1021
job_ask	your ~learn	-0.029
job_ask	your ~limit	-0.1045
job_ask	your ~org	0.8766
job_ask	your ~people	-0.029
job_ask	your ~student	0.2232
job_ask	your ~talk	0.0532
job_ask	your ~workverb	-0.0323
job_ask	yourself	-0.0408
job_ask	z	-0.0237
job_ask	z ~insight	-0.0203
job_ask	zoolog	0.021
job_ask	~application	0.3735
job_ask	~application along	0.0654
job_ask	~application for	0.049
job_ask	~application i	-0.0243
job_ask	~application in	0.108
job_ask	~application later	0.0334
job_ask	~application on	0.0522
job_ask	~application open	0.0293
job_ask	~application so	0.0809
job_ask	~application stand	-0.0339
job_ask	~application to	0.1877
job_ask	~clock	0.041
job_ask	~clock at	-0.0206
job_ask	~clock came	0.0279
job_ask	~clock day	0.0248
job_ask	~clock hour	-0.0347
job_ask	~clock i	0.0427
job_ask	~clock in	0.0417
job_ask	~clock joke	0.0548
job_ask	~clock more	0.1151
job_ask	~clock of	0.0453
job_ask	~clock off	0.0643
job_ask	~clock on	0.0261
job_ask	~clock or	-0.0265
job_ask	~clock person	0.0304
job_ask	~clock sec	-0.0288
job_ask	~clock so	-0.0291
job_ask	~clock week	0.0556
job_ask	~clock who	-0.0247
job_ask	~clock year	-0.1907
job_ask	~closing	0.2897
job_ask	~closing after	0.0538
job_ask	~closing afternoon	-0.0234
job_ask	~closing analyst	0.0499
job_ask	~closing and	0.1226
job_ask	~closing as	0.0217
job_ask	~closing associ	-0.0248
job_ask	~closing at	0.029
job_ask	~closing for	-0.0634
job_ask	~closing i	0.0788
job_ask	~closing if	0.0493
job_ask	~closing in	-0.0236
job_ask	~closing intern	0.036
job_ask	~closing internship	0.0459
job_ask	~closing look	-0.0418
job_ask	~closing next	-0.0312
job_ask	~closing of	-0.0884
job_ask	~closing on	-0.0434
job_ask	~closing open	0.029
job_ask	~closing or	-0.048
job_ask	~closing paid	0.0357
job_ask	~closing placement	0.0854
job_ask	~closing shift	0.0936
job_ask	~closing so	-0.03
job_ask	~closing sometim	-0.0476
job_ask	~closing to	-0.0293
job_ask	~closing volunt	-0.0222
job_ask	~closing while	-0.0214
job_ask	~closing with	0.0547
job_ask	~closing without	0.0594
job_ask	~closing work	0.0314
job_ask	~contactverb	-0.4317
job_ask	~contactverb after	-0.0211
job_ask	~contactverb and	0.0325
job_ask	~contactverb if	-0.0422
job_ask	~contactverb list	0.0933
job_ask	~contactverb of	0.0326
job_ask	~contactverb out	-0.0341
job_ask	~contactverb tonight	0.0991
job_ask	~contactverb up	-0.0302
job_ask	~contactverb with	-0.1059
job_ask	~contactverb you	-0.0574
job_ask	~degree	-0.1462
job_ask	~degree and	-0.0244
job_ask	~degree at	-0.0204
job_ask	~degree contract	0.0349
job_ask	~degree even	0.0401
job_ask	~degree final	0.0375
job_ask	~degree go	0.0278
job_ask	~degree in	0.0399
job_ask	~degree intak	0.0216
job_ask	~degree like	0.021
job_ask	~degree or	-0.0542
job_ask	~degree rout	-0.0201
job_ask	~degree to	-0.0218
job_ask	~degree with	0.0904
job_ask	~degree you	0.0324
job_ask	~duration	-0.0221
job_ask	~duration as	-0.0656
job_ask	~duration at	-0.048
job_ask	~duration econom	0.0202
job_ask	~duration freelanc	0.032
job_ask	~duration i	0.0481
job_ask	~duration in	-0.1059
job_ask	~duration nurs	0.0253
job_ask	~duration on	-0.0224
job_ask	~duration onc	-0.0585
job_ask	~duration or	0.0347
job_ask	~duration teach	0.0251
job_ask	~duration while	0.0417
job_ask	~duration with	0.0306
job_ask	~gatekeeper	0.7396
job_ask	~gatekeeper and	-0.0307
job_ask	~gatekeeper ani	0.0558
job_ask	~gatekeeper design	0.0205
job_ask	~gatekeeper do	0.0615
job_ask	~gatekeeper for	-0.0217
job_ask	~gatekeeper friend	-0.0209
job_ask	~gatekeeper i	0.0337
job_ask	~gatekeeper in	-0.0206
job_ask	~gatekeeper initi	-0.0241
job_ask	~gatekeeper junior	0.0324
job_ask	~gatekeeper just	-0.031
job_ask	~gatekeeper like	-0.0252
job_ask	~gatekeeper look	-0.0249
job_ask	~gatekeeper manag	-0.0212
job_ask	~gatekeeper of	0.0441
job_ask	~gatekeeper on	-0.0418
job_ask	~gatekeeper process	-0.0695
job_ask	~gatekeeper right	0.1584
job_ask	~gatekeeper side	-0.0356
job_ask	~gatekeeper someon	0.054
job_ask	~gatekeeper team	0.0422
job_ask	~gatekeeper to	0.0719
job_ask	~gatekeeper would	0.0349
job_ask	~help	-0.3996
job_ask	~help a	0.313
job_ask	~help and	0.0237
job_ask	~help ani	0.0438
job_ask	~help differ	-0.0318
job_ask	~help even	0.0591
job_ask	~help feedback	-0.022
job_ask	~help for	-0.2582
job_ask	~help from	-0.0218
job_ask	~help hire	-0.0672
job_ask	~help howev	0.0668
job_ask	~help i	-0.0983
job_ask	~help if	-0.0418
job_ask	~help in	-0.0413
job_ask	~help intern	-0.0248
job_ask	~help keep	0.027
job_ask	~help litter	0.045
job_ask	~help mayb	0.0666
job_ask	~help me	0.0957
job_ask	~help most	-0.0597
job_ask	~help not	0.1403
job_ask	~help on	0.2299
job_ask	~help out	0.1344
job_ask	~help peopl	-0.0671
job_ask	~help run	-0.0227
job_ask	~help shout	0.0559
job_ask	~help that	-0.0283
job_ask	~help the	-0.2336
job_ask	~help they	-0.0565
job_ask	~help this	-0.0274
job_ask	~help to	-0.0856
job_ask	~help translat	-0.0208
job_ask	~help with	-0.1145
job_ask	~help without	0.028
job_ask	~hiring	0.7664
job_ask	~hiring a	-0.0222
job_ask	~hiring ani	0.0551
job_ask	~hiring anyon	0.1106
job_ask	~hiring applic	0.0562
job_ask	~hiring at	0.0821
job_ask	~hiring but	0.0221
job_ask	~hiring event	-0.025
job_ask	~hiring flow	-0.0322
job_ask	~hiring for	-0.0751
job_ask	~hiring initi	-0.0241
job_ask	~hiring intern	0.0816
job_ask	~hiring junior	0.0324
job_ask	~hiring manag	-0.0212
job_ask	~hiring on	0.1661
job_ask	~hiring process	-0.0809
job_ask	~hiring right	0.1584
job_ask	~hiring side	-0.0213
job_ask	~hiring someon	0.054
job_ask	~hiring summer	0.0211
job_ask	~insight	-0.3485
job_ask	~insight a	-0.0228
job_ask	~insight and	-0.0217
job_ask	~insight anyth	0.0332
job_ask	~insight care	-0.036
job_ask	~insight for	0.1206
job_ask	~insight i	-0.034
job_ask	~insight in	0.1746
job_ask	~insight me	0.1573
job_ask	~insight not	-0.0236
job_ask	~insight note	-0.0208
job_ask	~insight of	-0.0532
job_ask	~insight on	-0.1512
job_ask	~insight some	0.0241
job_ask	~insight summer	0.021
job_ask	~insight that	0.047
job_ask	~insight the	-0.0351
job_ask	~insight them	-0.0341
job_ask	~insight to	0.0236
job_ask	~insight too	-0.0244
job_ask	~insight up	-0.0314
job_ask	~insight volunt	0.0659
job_ask	~insight would	-0.0315
job_ask	~insight you	-0.0521
job_ask	~job	1.1374
job_ask	~job and	-0.024
job_ask	~job aris	0.0294
job_ask	~job at	-0.0706
job_ask	~job but	0.0413
job_ask	~job come	0.0961
job_ask	~job do	0.0207
job_ask	~job doe	0.0376
job_ask	~job ever	0.098
job_ask	~job for	0.268
job_ask	~job from	-0.0283
job_ask	~job go	0.2062
job_ask	~job here	-0.0201
job_ask	~job hunt	-0.0534
job_ask	~job i	0.0989
job_ask	~job in	0.0337
job_ask	~job intak	0.0216
job_ask	~job is	-0.0772
job_ask	~job just	-0.0323
job_ask	~job like	-0.0494
job_ask	~job market	-0.0215
job_ask	~job next	0.0235
job_ask	~job on	0.1775
job_ask	~job open	0.0829
job_ask	~job or	-0.0646
job_ask	~job post	-0.0244
job_ask	~job program	0.0565
job_ask	~job right	0.0379
job_ask	~job scheme	0.0658
job_ask	~job student	0.0398
job_ask	~job there	0.0533
job_ask	~job through	-0.0248
job_ask	~job to	0.0418
job_ask	~job what	-0.0312
job_ask	~job while	0.0253
job_ask	~job with	0.1277
job_ask	~job year	0.0286
job_ask	~job you	0.0775
job_ask	~later	-0.0684
job_ask	~later after	-0.025
job_ask	~later as	0.0766
job_ask	~later if	-0.0341
job_ask	~later in	-0.0455
job_ask	~later on	-0.0252
job_ask	~later realli	0.0554
job_ask	~later so	0.0332
job_ask	~later sorri	0.0213
job_ask	~later the	0.0321
job_ask	~later this	-0.0455
job_ask	~later to	-0.0251
job_ask	~learn	0.0278
job_ask	~learn a	0.0462
job_ask	~learn an	0.0789
job_ask	~learn and	0.064
job_ask	~learn ani	-0.0667
job_ask	~learn anyon	0.0608
job_ask	~learn assist	0.1019
job_ask	~learn but	0.0725
job_ask	~learn direct	0.0216
job_ask	~learn experi	0.0813
job_ask	~learn for	0.227
job_ask	~learn from	-0.0259
job_ask	~learn go	0.1224
job_ask	~learn her	-0.0459
job_ask	~learn hire	-0.0392
job_ask	~learn how	-0.2023
job_ask	~learn i	0.1509
job_ask	~learn if	0.0833
job_ask	~learn in	-0.0388
job_ask	~learn into	-0.0377
job_ask	~learn is	-0.046
job_ask	~learn it	-0.0235
job_ask	~learn me	0.2231
job_ask	~learn most	-0.0313
job_ask	~learn my	0.0892
job_ask	~learn not	0.0223
job_ask	~learn of	0.0655
job_ask	~learn on	0.0933
job_ask	~learn onto	0.0619
job_ask	~learn out	-0.1016
job_ask	~learn should	0.0208
job_ask	~learn side	-0.026
job_ask	~learn some	0.0578
job_ask	~learn stuck	-0.0238
job_ask	~learn suit	-0.0455
job_ask	~learn the	0.0538
job_ask	~learn their	-0.0765
job_ask	~learn them	-0.0398
job_ask	~learn this	0.0829
job_ask	~learn through	-0.0403
job_ask	~learn to	-0.0533
job_ask	~learn under	0.0805
job_ask	~learn veri	0.021
job_ask	~learn we	0.0343
job_ask	~learn what	-0.1366
job_ask	~learn whether	0.0314
job_ask	~learn with	0.0332
job_ask	~learn your	-0.2014
job_ask	~limit	-0.5093
job_ask	~limit and	0.1074
job_ask	~limit away	0.0828
job_ask	~limit break	-0.0376
job_ask	~limit for	-0.0394
job_ask	~limit from	0.0621
job_ask	~limit help	0.0419
job_ask	~limit i	-0.0705
job_ask	~limit in	-0.0254
job_ask	~limit of	-0.0263
job_ask	~limit off	-0.028
job_ask	~limit on	-0.0475
job_ask	~limit or	-0.0566
job_ask	~limit sometim	-0.0476
job_ask	~limit to	-0.0384
job_ask	~limit while	0.0243
job_ask	~limit you	-0.0209
job_ask	~limit your	-0.0242
job_ask	~number	-0.2269
job_ask	~number afternoon	0.0207
job_ask	~number agenc	-0.0369
job_ask	~number alumni	-0.0226
job_ask	~number analyst	0.0641
job_ask	~number anim	-0.0221
job_ask	~number app	-0.0699
job_ask	~number applic	-0.0723
job_ask	~number apprentic	0.0694
job_ask	~number apprenticeship	0.1497
job_ask	~number archiv	0.0823
job_ask	~number armi	-0.0269
job_ask	~number assist	0.0255
job_ask	~number associ	0.0269
job_ask	~number autumn	0.064
job_ask	~number bakeri	0.0301
job_ask	~number bank	-0.044
job_ask	~number bar	0.0618
job_ask	~number beginn	-0.0254
job_ask	~number best	-0.0522
job_ask	~number big	-0.0636
job_ask	~number bird	0.0452
job_ask	~number bit	-0.0996
job_ask	~number bootcamp	-0.0734
job_ask	~number breweri	0.0555
job_ask	~number bus	0.0339
job_ask	~number busi	-0.0408
job_ask	~number came	0.0279
job_ask	~number campaign	0.0374
job_ask	~number candid	-0.035
job_ask	~number career	-0.0261
job_ask	~number case	-0.0462
job_ask	~number certif	0.0498
job_ask	~number chanc	0.1956
job_ask	~number chariti	0.1598
job_ask	~number chat	-0.032
job_ask	~number client	-0.0217
job_ask	~number clock	-0.0325
job_ask	~number code	-0.0461
job_ask	~number coffe	-0.0232
job_ask	~number colleagu	-0.0485
job_ask	~number communiti	0.0345
job_ask	~number compani	-0.0453
job_ask	~number confer	-0.0601
job_ask	~number consult	-0.0228
job_ask	~number contact	0.0252
job_ask	~number contract	0.0744
job_ask	~number contractor	0.0415
job_ask	~number coordin	0.0284
job_ask	~number council	-0.0438
job_ask	~number coupl	0.0684
job_ask	~number cours	-0.0371
job_ask	~number creativ	0.0396
job_ask	~number credit	-0.0286
job_ask	~number data	-0.0222
job_ask	~number dataset	-0.0284
job_ask	~number deadlin	0.042
job_ask	~number degre	0.0251
job_ask	~number denver	0.0237
job_ask	~number desk	0.0285
job_ask	~number differ	-0.0253
job_ask	~number door	0.0686
job_ask	~number draft	-0.0299
job_ask	~number end	-0.0367
job_ask	~number engin	-0.0267
job_ask	~number english	-0.0207
job_ask	~number event	-0.0351
job_ask	~number experi	0.0733
job_ask	~number extra	-0.0232
job_ask	~number fall	0.0425
job_ask	~number famili	-0.0227
job_ask	~number favor	-0.1906
job_ask	~number feel	-0.0297
job_ask	~number fellowship	0.1068
job_ask	~number few	0.0321
job_ask	~number field	-0.0666
job_ask	~number first	-0.0472
job_ask	~number fit	0.0279
job_ask	~number food	0.055
job_ask	~number foot	0.0234
job_ask	~number foreign	-0.0237
job_ask	~number freelanc	0.1965
job_ask	~number fresh	-0.0288
job_ask	~number galleri	0.0332
job_ask	~number gap	0.0215
job_ask	~number gen	-0.0203
job_ask	~number good	0.0894
job_ask	~number grad	-0.0236
job_ask	~number graduat	0.0738
job_ask	~number grant	-0.0248
job_ask	~number group	0.0354
job_ask	~number hackathon	-0.0335
job_ask	~number half	-0.024
job_ask	~number hand	-0.0986
job_ask	~number hard	-0.0408
job_ask	~number harvest	0.0469
job_ask	~number head	0.0286
job_ask	~number hire	-0.0301
job_ask	~number honest	-0.0331
job_ask	~number hospit	-0.0408
job_ask	~number hour	-0.0563
job_ask	~number i	0.0499
job_ask	~number industri	-0.0552
job_ask	~number intern	0.1428
job_ask	~number internship	0.034
job_ask	~number interview	0.2405
job_ask	~number intro	-0.0959
job_ask	~number introduct	-0.0623
job_ask	~number job	-0.2365
job_ask	~number joke	0.0542
job_ask	~number junior	0.2451
job_ask	~number kitchen	0.1726
job_ask	~number lab	0.1196
job_ask	~number last	-0.0601
job_ask	~number lectur	-0.0247
job_ask	~number level	0.043
job_ask	~number licens	-0.0271
job_ask	~number littl	-0.0232
job_ask	~number local	0.0472
job_ask	~number look	-0.0388
job_ask	~number lot	-0.1077
job_ask	~number love	-0.0255
job_ask	~number manchest	0.0429
job_ask	~number master	-0.0792
job_ask	~number mentor	-0.0321
job_ask	~number mid	-0.0233
job_ask	~number million	-0.0208
job_ask	~number minut	-0.0261
job_ask	~number moment	0.1786
job_ask	~number month	0.0873
job_ask	~number more	0.0871
job_ask	~number most	-0.0397
job_ask	~number move	-0.0219
job_ask	~number museum	0.0331
job_ask	~number name	-0.0787
job_ask	~number new	-0.134
job_ask	~number newcom	0.0421
job_ask	~number newsroom	0.0454
job_ask	~number next	0.081
job_ask	~number ngo	0.0959
job_ask	~number night	-0.0276
job_ask	~number nonprofit	-0.0273
job_ask	~number nurs	-0.0823
job_ask	~number odd	-0.0223
job_ask	~number of	0.1293
job_ask	~number off	0.0646
job_ask	~number offer	-0.0261
job_ask	~number offic	-0.0404
job_ask	~number on	0.0266
job_ask	~number onboard	-0.0376
job_ask	~number onli	0.0429
job_ask	~number onlin	0.0598
job_ask	~number op	0.0222
job_ask	~number open	0.0992
job_ask	~number or	-0.0281
job_ask	~number other	-0.0327
job_ask	~number outreach	-0.0372
job_ask	~number page	-0.0241
job_ask	~number pair	0.0759
job_ask	~number panel	0.0476
job_ask	~number paraleg	0.0355
job_ask	~number part	0.0425
job_ask	~number partner	0.0428
job_ask	~number patent	-0.0238
job_ask	~number peopl	0.0871
job_ask	~number person	-0.0372
job_ask	~number phd	-0.0544
job_ask	~number place	0.038
job_ask	~number placement	0.1619
job_ask	~number plan	0.0507
job_ask	~number portal	0.1104
job_ask	~number portfolio	-0.0534
job_ask	~number practic	0.04
job_ask	~number proper	0.0575
job_ask	~number publish	0.0489
job_ask	~number python	-0.0253
job_ask	~number question	-0.032
job_ask	~number quick	-0.0426
job_ask	~number real	0.0695
job_ask	~number realist	-0.0344
job_ask	~number recent	-0.0333
job_ask	~number record	0.0602
job_ask	~number referr	0.0648
job_ask	~number region	0.0619
job_ask	~number registr	-0.021
job_ask	~number regular	0.14
job_ask	~number report	0.0239
job_ask	~number research	0.0379
job_ask	~number rest	-0.054
job_ask	~number restor	0.0695
job_ask	~number resum	-0.0955
job_ask	~number ring	0.0467
job_ask	~number role	0.0954
job_ask	~number rotat	0.0426
job_ask	~number run	0.0651
job_ask	~number runner	0.1063
job_ask	~number sale	0.0574
job_ask	~number same	-0.0249
job_ask	~number saturday	0.0324
job_ask	~number sec	-0.0627
job_ask	~number second	-0.1163
job_ask	~number sector	0.0464
job_ask	~number select	0.0418
job_ask	~number self	0.041
job_ask	~number senior	-0.0372
job_ask	~number shoot	0.0474
job_ask	~number short	-0.0753
job_ask	~number shot	0.0875
job_ask	~number side	-0.0318
job_ask	~number similar	-0.0242
job_ask	~number skill	-0.0257
job_ask	~number small	-0.0478
job_ask	~number social	0.0593
job_ask	~number sophomor	-0.0218
job_ask	~number sound	0.0265
job_ask	~number spanish	-0.0203
job_ask	~number spare	-0.0202
job_ask	~number spot	0.1138
job_ask	~number sre	0.1086
job_ask	~number stagehand	0.0522
job_ask	~number strong	-0.0331
job_ask	~number student	-0.1273
job_ask	~number studio	0.1516
job_ask	~number summer	0.1489
job_ask	~number surgeri	0.0362
job_ask	~number survey	-0.079
job_ask	~number switch	-0.0204
job_ask	~number team	0.0908
job_ask	~number tech	0.0277
job_ask	~number theatr	0.0471
job_ask	~number time	-0.04
job_ask	~number tip	-0.0272
job_ask	~number tour	0.071
job_ask	~number traine	0.1363
job_ask	~number transit	-0.0347
job_ask	~number translat	0.0338
job_ask	~number trial	0.31
job_ask	~number typic	-0.0872
job_ask	~number unpaid	0.0208
job_ask	~number updat	-0.0308
job_ask	~number ux	-0.0227
job_ask	~number video	0.0244
job_ask	~number view	0.0384
job_ask	~number volunt	-0.0213
job_ask	~number water	-0.0212
job_ask	~number way	0.0261
job_ask	~number week	0.1709
job_ask	~number weekend	-0.0392
job_ask	~number weird	0.0258
job_ask	~number who	-0.0255
job_ask	~number whole	0.1082
job_ask	~number word	0.0409
job_ask	~number work	-0.0613
job_ask	~number worst	-0.0266
job_ask	~number year	-0.1433
job_ask	~org	0.5207
job_ask	~org actual	-0.0256
job_ask	~org and	-0.0239
job_ask	~org at	-0.0221
job_ask	~org but	-0.02
job_ask	~org consid	0.0283
job_ask	~org decid	-0.0626
job_ask	~org do	-0.0249
job_ask	~org dure	0.0426
job_ask	~org even	0.0503
job_ask	~org ever	0.0985
job_ask	~org everi	0.0294
job_ask	~org for	0.1342
job_ask	~org get	-0.0279
job_ask	~org handl	-0.0256
job_ask	~org has	0.0961
job_ask	~org have	0.1079
job_ask	~org hire	0.1461
job_ask	~org if	-0.0473
job_ask	~org in	0.0664
job_ask	~org is	-0.0876
job_ask	~org just	-0.021
job_ask	~org last	-0.0499
job_ask	~org lead	-0.0217
job_ask	~org like	-0.0728
job_ask	~org look	-0.0323
job_ask	~org most	-0.0278
job_ask	~org need	0.204
job_ask	~org next	0.0648
job_ask	~org of	-0.0283
job_ask	~org or	-0.0537
job_ask	~org over	0.0818
job_ask	~org pleas	0.1011
job_ask	~org project	-0.071
job_ask	~org reli	-0.0288
job_ask	~org right	0.0436
job_ask	~org so	0.0346
job_ask	~org specif	0.0603
job_ask	~org sponsor	-0.0243
job_ask	~org start	-0.0266
job_ask	~org survey	-0.0239
job_ask	~org take	0.2173
job_ask	~org that	0.0792
job_ask	~org this	0.0633
job_ask	~org too	-0.0355
job_ask	~org use	0.0301
job_ask	~org usual	-0.0831
job_ask	~org want	0.0229
job_ask	~org what	-0.0649
job_ask	~org work	-0.0706
job_ask	~org would	0.1663
job_ask	~org you	-0.1378
job_ask	~people	-0.3384
job_ask	~people and	-0.0204
job_ask	~people appli	-0.0328
job_ask	~people are	-0.0243
job_ask	~people at	-0.0661
job_ask	~people came	-0.024
job_ask	~people come	-0.027
job_ask	~people could	0.0647
job_ask	~people do	-0.0379
job_ask	~people doe	-0.04
job_ask	~people els	-0.1376
job_ask	~people for	-0.0205
job_ask	~people from	-0.0533
job_ask	~people get	-0.048
job_ask	~people hire	0.0469
job_ask	~people i	0.0818
job_ask	~people in	-0.3492
job_ask	~people is	0.0615
job_ask	~people just	-0.0212
job_ask	~people know	0.0539
job_ask	~people like	0.2609
job_ask	~people made	-0.0213
job_ask	~people make	0.032
job_ask	~people more	0.1215
job_ask	~people move	-0.0238
job_ask	~people of	0.0428
job_ask	~people off	0.0646
job_ask	~people on	-0.1233
job_ask	~people or	-0.0304
job_ask	~people refer	-0.0283
job_ask	~people report	0.0348
job_ask	~people run	0.0532
job_ask	~people sec	-0.0214
job_ask	~people should	0.032
job_ask	~people start	-0.0349
job_ask	~people this	0.1285
job_ask	~people to	0.0727
job_ask	~people usual	-0.0275
job_ask	~people who	-0.1282
job_ask	~people work	-0.0644
job_ask	~people would	-0.0902
job_ask	~people you	-0.0405
job_ask	~sendverb	0.1481
job_ask	~sendverb along	0.0384
job_ask	~sendverb but	0.0426
job_ask	~sendverb come	0.0297
job_ask	~sendverb for	0.073
job_ask	~sendverb i	0.0242
job_ask	~sendverb it	0.055
job_ask	~sendverb me	-0.0207
job_ask	~sendverb my	0.5162
job_ask	~sendverb over	-0.0219
job_ask	~sendverb the	-0.0398
job_ask	~sendverb them	-0.0469
job_ask	~sendverb tonight	0.0991
job_ask	~sendverb what	-0.0226
job_ask	~sendverb you	-0.2265
job_ask	~student	0.5689
job_ask	~student about	0.025
job_ask	~student analyst	-0.0212
job_ask	~student and	-0.0319
job_ask	~student ask	-0.0233
job_ask	~student associ	-0.122
job_ask	~student at	-0.0264
job_ask	~student could	0.0395
job_ask	~student do	-0.0251
job_ask	~student engin	-0.0219
job_ask	~student for	0.0438
job_ask	~student friend	-0.0213
job_ask	~student from	0.0263
job_ask	~student hire	-0.0507
job_ask	~student hous	0.0366
job_ask	~student i	0.1435
job_ask	~student if	0.0367
job_ask	~student in	-0.0953
job_ask	~student intak	0.0503
job_ask	~student is	-0.0293
job_ask	~student just	-0.0307
job_ask	~student like	0.0738
job_ask	~student media	0.0957
job_ask	~student nurs	0.0332
job_ask	~student of	0.0341
job_ask	~student on	0.0556
job_ask	~student open	0.0756
job_ask	~student or	0.0288
job_ask	~student perspect	-0.0388
job_ask	~student placement	0.0502
job_ask	~student planner	0.0714
job_ask	~student posit	0.0677
job_ask	~student post	0.1491
job_ask	~student practition	-0.0253
job_ask	~student program	0.0999
job_ask	~student report	0.0552
job_ask	~student research	0.0483
job_ask	~student role	0.0422
job_ask	~student said	-0.0217
job_ask	~student scheme	0.0695
job_ask	~student school	0.0318
job_ask	~student societi	-0.029
job_ask	~student then	0.0227
job_ask	~student this	0.0464
job_ask	~student to	-0.049
job_ask	~student told	-0.0321
job_ask	~student vacanc	0.0603
job_ask	~student volunt	-0.0238
job_ask	~student who	0.0324
job_ask	~student with	0.0714
job_ask	~student work	-0.0371
job_ask	~student you	-0.0201
job_ask	~studyverb	-0.3184
job_ask	~studyverb a	-0.0664
job_ask	~studyverb an	-0.0309
job_ask	~studyverb anyon	0.1035
job_ask	~studyverb applic	0.0562
job_ask	~studyverb career	0.0319
job_ask	~studyverb intern	0.0851
job_ask	~studyverb my	0.0316
job_ask	~studyverb on	0.1822
job_ask	~studyverb the	-0.0473
job_ask	~studyverb this	-0.0419
job_ask	~studyverb you	-0.2097
job_ask	~studyverb your	-0.0554
job_ask	~talk	-0.6123
job_ask	~talk about	-0.0662
job_ask	~talk all	0.0362
job_ask	~talk but	0.0585
job_ask	~talk direct	0.0216
job_ask	~talk her	-0.0226
job_ask	~talk i	-0.0365
job_ask	~talk if	0.075
job_ask	~talk is	0.0464
job_ask	~talk list	0.0933
job_ask	~talk me	-0.1088
job_ask	~talk might	0.0774
job_ask	~talk of	0.0326
job_ask	~talk out	-0.065
job_ask	~talk portugues	-0.03
job_ask	~talk them	-0.0549
job_ask	~talk there	0.1645
job_ask	~talk this	0.023
job_ask	~talk to	-0.2264
job_ask	~talk tonight	0.0991
job_ask	~talk whether	0.0368
job_ask	~talk who	-0.027
job_ask	~talk with	-0.2152
job_ask	~timeunit	-0.1242
job_ask	~timeunit away	0.083
job_ask	~timeunit per	0.0265
job_ask	~timeunit so	0.0507
job_ask	~want	-0.192
job_ask	~want 6	0.0518
job_ask	~want 8	0.0361
job_ask	~want a	-0.0224
job_ask	~want about	-0.03
job_ask	~want an	-0.0615
job_ask	~want anoth	0.0459
job_ask	~want appreci	-0.0858
job_ask	~want at	-0.037
job_ask	~want be	-0.1486
job_ask	~want beta	-0.0237
job_ask	~want better	-0.0309
job_ask	~want consid	0.0866
job_ask	~want curious	-0.0277
job_ask	~want done	-0.0242
job_ask	~want enjoy	-0.0264
job_ask	~want experi	0.0429
job_ask	~want finish	0.0267
job_ask	~want for	-0.0381
job_ask	~want genuin	0.0862
job_ask	~want glad	-0.0279
job_ask	~want good	0.0304
job_ask	~want graduat	0.0401
job_ask	~want happili	0.0868
job_ask	~want have	-0.0201
job_ask	~want help	-0.0785
job_ask	~want here	0.029
job_ask	~want honest	0.0809
job_ask	~want how	-0.0484
job_ask	~want i	0.076
job_ask	~want in	0.0286
job_ask	~want is	0.125
job_ask	~want it	0.1509
job_ask	~want jump	0.1508
job_ask	~want just	-0.0761
job_ask	~want keen	0.0235
job_ask	~want like	-0.0858
job_ask	~want love	0.0976
job_ask	~want make	-0.052
job_ask	~want me	-0.0382
job_ask	~want my	0.0293
job_ask	~want not	0.0421
job_ask	~want onli	-0.0246
job_ask	~want ping	-0.0288
job_ask	~want point	-0.0336
job_ask	~want realli	0.1342
job_ask	~want recommend	-0.1642
job_ask	~want say	0.0754
job_ask	~want share	-0.0398
job_ask	~want shout	-0.0619
job_ask	~want so	0.0587
job_ask	~want someon	-0.0573
job_ask	~want start	-0.0225
job_ask	~want suggest	-0.0432
job_ask	~want take	0.0874
job_ask	~want the	-0.0547
job_ask	~want this	0.0485
job_ask	~want to	-0.1051
job_ask	~want tri	-0.0383
job_ask	~want valu	-0.0539
job_ask	~want want	-0.0298
job_ask	~want what	0.0425
job_ask	~want work	0.039
job_ask	~want you	0.2407
job_ask	~workverb and	0.0692
job_ask	~workverb as	-0.0609
job_ask	~workverb assist	0.0451
job_ask	~workverb at	-0.0868
job_ask	~workverb but	-0.0209
job_ask	~workverb do	-0.032
job_ask	~workverb experi	0.0872
job_ask	~workverb for	0.2377
job_ask	~workverb go	0.1344
job_ask	~workverb i	0.1386
job_ask	~workverb in	-0.1286
job_ask	~workverb into	0.031
job_ask	~workverb is	-0.0249
job_ask	~workverb on	-0.0548
job_ask	~workverb or	-0.0214
job_ask	~workverb out	-0.0236
job_ask	~workverb over	-0.0237
job_ask	~workverb secondari	0.0333
job_ask	~workverb so	-0.0372
job_ask	~workverb suit	-0.0455
job_ask	~workverb super	0.0428
job_ask	~workverb the	0.1011
job_ask	~workverb through	-0.0442
job_ask	~workverb to	-0.0336
job_ask	~workverb tri	0.0458
job_ask	~workverb under	0.0746
job_ask	~workverb you	0.0544
job_ask	~workverb your	-0.0225
referral_ask	*	-3.0648
referral_ask	10	0.0415
referral_ask	10 year	0.0431
referral_ask	10 ~duration	0.0431
referral_ask	15	0.0814
referral_ask	15 minut	0.087
referral_ask	15 ~limit	0.087
referral_ask	15 ~timeunit	0.087
referral_ask	20	-0.0203
referral_ask	3 so	0.0299
referral_ask	4	-0.0237
referral_ask	?	0.7129
referral_ask	^a	-0.0586
referral_ask	^after	-0.0245
referral_ask	^also	0.0306
referral_ask	^and	0.1466
referral_ask	^ani	0.1688
referral_ask	^anyon	0.0768
referral_ask	^appreci	0.0257
referral_ask	^ask	-0.0249
referral_ask	^befor	0.2354
referral_ask	^brilliant	0.044
referral_ask	^can	-0.0481
referral_ask	^cheer	-0.0287
referral_ask	^cool	0.027
referral_ask	^could	0.136
referral_ask	^cud	0.0423
referral_ask	^dank	0.0259
referral_ask	^did	-0.0889
referral_ask	^do	0.1422
referral_ask	^doe	-0.0481
referral_ask	^good	-0.0359
referral_ask	^great	-0.0215
referral_ask	^have	-0.0503
referral_ask	^hay	0.34
referral_ask	^hello	-0.0314
referral_ask	^hi	-0.097
referral_ask	^honest	-0.0701
referral_ask	^how	-0.5457
referral_ask	^i	-0.3758
referral_ask	^if	0.0815
referral_ask	^is	-0.042
referral_ask	^it	0.0366
referral_ask	^just	0.0417
referral_ask	^keen	0.122
referral_ask	^last	0.042
referral_ask	^let	-0.0709
referral_ask	^like	-0.0374
referral_ask	^main	0.0349
referral_ask	^mayb	0.085
referral_ask	^might	0.1055
referral_ask	^mind	-0.057
referral_ask	^most	-0.0208
referral_ask	^my	-0.2594
referral_ask	^no	-0.0386
referral_ask	^not	0.0363
referral_ask	^oh	-0.0355
referral_ask	^ok	-0.1112
referral_ask	^onc	-0.0201
referral_ask	^one	-0.0425
referral_ask	^onli	0.1735
referral_ask	^pleas	0.0861
referral_ask	^quick	-0.0352
referral_ask	^right	-0.0287
referral_ask	^shall	-0.0277
referral_ask	^should	-0.0673
referral_ask	^sinc	-0.0243
referral_ask	^so	-0.1098
referral_ask	^sorri	-0.0996
referral_ask	^tell	-0.0384
referral_ask	^thank	-0.1507
referral_ask	^that	-0.0918
referral_ask	^the	-0.0431
referral_ask	^thought	0.0483
referral_ask	^total	-0.0217
referral_ask	^understood	0.0469
referral_ask	^walk	-0.0289
referral_ask	^want	0.0698
referral_ask	^was	-0.0547
referral_ask	^were	-0.0254
referral_ask	^what	-0.5854
referral_ask	^when	-0.065
referral_ask	^where	-0.0538
referral_ask	^which	-0.0989
referral_ask	^who	0.2082
referral_ask	^whose	0.3222
referral_ask	^will	-0.0207
referral_ask	^would	0.1391
referral_ask	^you	0.1229
referral_ask	^your	-0.0245
referral_ask	a	-0.1371
referral_ask	a big	-0.0248
referral_ask	a bit	-0.0407
referral_ask	a bootcamp	-0.0227
referral_ask	a career	-0.0251
referral_ask	a chanc	0.0225
referral_ask	a chat	0.0885
referral_ask	a code	0.042
referral_ask	a coffe	0.0768
referral_ask	a colleagu	0.0817
referral_ask	a contact	0.0548
referral_ask	a convers	0.0593
referral_ask	a coupl	0.0514
referral_ask	a degre	-0.021
referral_ask	a differ	0.0313
referral_ask	a few	-0.0393
referral_ask	a first	0.031
referral_ask	a fit	-0.0239
referral_ask	a former	0.0391
referral_ask	a friend	-0.042
referral_ask	a good	-0.0915
referral_ask	a group	0.0302
referral_ask	a job	0.0735
referral_ask	a junior	0.0449
referral_ask	a line	0.0409
referral_ask	a mentor	0.0262
referral_ask	a messag	-0.0233
referral_ask	a name	0.1014
referral_ask	a new	-0.0236
referral_ask	a newcom	0.0557
referral_ask	a non	-0.0273
referral_ask	a nonprofit	0.0317
referral_ask	a note	0.033
referral_ask	a posit	0.0215
referral_ask	a project	-0.0217
referral_ask	a quick	0.1255
referral_ask	a recruit	-0.027
referral_ask	a referr	-0.0332
referral_ask	a role	-0.02
referral_ask	a short	-0.0254
referral_ask	a similar	0.036
referral_ask	a small	-0.0229
referral_ask	a smaller	0.0567
referral_ask	a student	0.1121
referral_ask	a summari	0.0222
referral_ask	a system	0.0205
referral_ask	a team	0.0458
referral_ask	a trial	-0.0335
referral_ask	a typic	-0.0385
referral_ask	a ux	0.0384
referral_ask	a ~closing	-0.0559
referral_ask	a ~contactverb	0.0243
referral_ask	a ~degree	-0.083
referral_ask	a ~gatekeeper	-0.0301
referral_ask	a ~job	0.0327
referral_ask	a ~limit	-0.0235
referral_ask	a ~people	0.1286
referral_ask	a ~student	0.0204
referral_ask	a ~talk	0.0966
referral_ask	about	0.0816
referral_ask	about build	0.0582
referral_ask	about data	0.0279
referral_ask	about five	0.0264
referral_ask	about her	0.0785
referral_ask	about how	0.058
referral_ask	about it	-0.0229
referral_ask	about l	0.0324
referral_ask	about me	-0.0299
referral_ask	about product	0.0342
referral_ask	about run	0.0209
referral_ask	about that	0.0318
referral_ask	about the	0.022
referral_ask	about their	0.0213
referral_ask	about this	0.0224
referral_ask	about what	-0.0202
referral_ask	about who	-0.0201
referral_ask	about your	-0.0329
referral_ask	about ~clock	0.0566
referral_ask	about ~degree	0.0224
referral_ask	about ~number	0.0504
referral_ask	about ~people	-0.0223
referral_ask	absolut	0.0502
referral_ask	absolut need	0.0205
referral_ask	account	-0.0363
referral_ask	across	-0.027
referral_ask	actual	-0.2547
referral_ask	actual do	-0.0296
referral_ask	actual done	-0.0213
referral_ask	actual like	0.0402
referral_ask	actual ~help	-0.025
referral_ask	actual ~number	-0.0231
referral_ask	add	-0.0393
referral_ask	add you	-0.0306
referral_ask	administr	0.0231
referral_ask	admir	0.0591
referral_ask	advic	-0.0434
referral_ask	advic not	0.0818
referral_ask	advic would	-0.0284
referral_ask	advic ~want	-0.0284
referral_ask	advisor	-0.0422
referral_ask	affair	0.0862
referral_ask	affair ~org	0.0875
referral_ask	after	-0.2495
referral_ask	after i	-0.0493
referral_ask	after this	-0.0299
referral_ask	after ~number	-0.047
referral_ask	afternoon	-0.0326
referral_ask	again	-0.1626
referral_ask	again if	-0.0314
referral_ask	agenc	0.068
referral_ask	agenc side	0.0461
referral_ask	agenc ~org	0.0461
referral_ask	agre	-0.0552
referral_ask	agre to	-0.0576
referral_ask	all	-0.1715
referral_ask	all i	-0.0365
referral_ask	almost	0.024
referral_ask	almost at	0.0235
referral_ask	along	0.038
referral_ask	along to	-0.0211
referral_ask	alright if	-0.0492
referral_ask	alright with	0.0943
referral_ask	also	0.3402
referral_ask	also ask	0.031
referral_ask	also be	0.0332
referral_ask	also can	0.0314
referral_ask	also do	0.0221
referral_ask	also is	0.0294
referral_ask	also love	0.0635
referral_ask	also ~help	0.0221
referral_ask	also ~learn	0.031
referral_ask	also ~talk	0.031
referral_ask	also ~want	0.0272
referral_ask	alumni from	0.0534
referral_ask	alway	-0.0597
referral_ask	alway ask	-0.0263
referral_ask	alway ~learn	-0.029
referral_ask	alway ~talk	-0.0263
referral_ask	am	-0.1279
referral_ask	am a	-0.0628
referral_ask	am conscious	-0.0208
referral_ask	am curious	0.0993
referral_ask	am go	-0.0245
referral_ask	am keen	0.0246
referral_ask	am not	-0.0361
referral_ask	am still	0.0214
referral_ask	am tri	-0.0235
referral_ask	am ~number	-0.0671
referral_ask	among	0.0389
referral_ask	an	0.2053
referral_ask	an email	0.0681
referral_ask	an english	0.0361
referral_ask	an honest	0.0399
referral_ask	an internship	-0.0249
referral_ask	an interview	-0.0978
referral_ask	an intro	0.2559
referral_ask	an introduct	0.1774
referral_ask	an ~contactverb	0.0681
referral_ask	an ~job	-0.048
referral_ask	an ~sendverb	0.0681
referral_ask	an ~student	-0.0466
referral_ask	an ~talk	-0.0298
referral_ask	analysi	-0.0323
referral_ask	analyst	-0.1025
referral_ask	analyst ~job	-0.0415
referral_ask	and	-0.0892
referral_ask	and also	0.0472
referral_ask	and can	0.0485
referral_ask	and enjoy	0.0664
referral_ask	and i	-0.0788
referral_ask	and if	0.0482
referral_ask	and is	0.0226
referral_ask	and let	-0.0429
referral_ask	and pleas	0.067
referral_ask	and realli	0.0247
referral_ask	and she	-0.0229
referral_ask	and um	0.0306
referral_ask	and want	0.0452
referral_ask	and would	0.0474
referral_ask	and ~number	-0.036
referral_ask	and ~want	0.1188
referral_ask	ani	0.3361
referral_ask	ani alumni	0.0534
referral_ask	ani book	-0.1101
referral_ask	ani chanc	0.0427
referral_ask	ani colleagu	0.0391
referral_ask	ani good	-0.0255
referral_ask	ani name	0.2209
referral_ask	ani of	0.073
referral_ask	ani open	-0.0504
referral_ask	ani other	0.2867
referral_ask	ani profession	-0.0306
referral_ask	ani recruit	0.0317
referral_ask	ani way	-0.0904
referral_ask	ani ~gatekeeper	0.0317
referral_ask	ani ~job	-0.0889
referral_ask	ani ~people	0.3789
referral_ask	ani ~student	-0.0613
referral_ask	anoth	-0.0311
referral_ask	anoth ~talk	-0.0201
referral_ask	answer	-0.031
referral_ask	anybodi	0.2064
referral_ask	anybodi els	0.0248
referral_ask	anybodi in	0.0844
referral_ask	anybodi who	0.0467
referral_ask	anybodi you	0.0251
referral_ask	anybodi ~people	0.0467
referral_ask	anyon	0.867
referral_ask	anyon at	0.1302
referral_ask	anyon come	0.0207
referral_ask	anyon do	0.0265
referral_ask	anyon els	0.2391
referral_ask	anyon from	0.0353
referral_ask	anyon in	0.1887
referral_ask	anyon on	0.0874
referral_ask	anyon who	0.1121
referral_ask	anyon you	0.0659
referral_ask	anyon ~people	0.1121
referral_ask	anyon ~studyverb	0.0265
referral_ask	anyth	-0.2975
referral_ask	anyth els	-0.033
referral_ask	anyth i	-0.1251
referral_ask	anyth on	0.078
referral_ask	anyth open	-0.0525
referral_ask	anyth you	-0.0521
referral_ask	anyway	-0.0258
referral_ask	anywher	-0.025
referral_ask	app	-0.0416
referral_ask	appli	-0.2346
referral_ask	appli for	-0.0457
referral_ask	appli just	0.0249
referral_ask	appli to	-0.1056
referral_ask	appli ~want	0.0248
referral_ask	applic	-0.0537
referral_ask	appreci	-0.0209
referral_ask	appreci an	0.0259
referral_ask	appreci it	-0.0239
referral_ask	appreci you	-0.045
referral_ask	appreci your	0.0352
referral_ask	apprentic	-0.0412
referral_ask	apprenticeship	0.0419
referral_ask	apprenticeship program	0.034
referral_ask	apprenticeship ~degree	0.0339
referral_ask	approach	-0.0747
referral_ask	aquarium	0.0299
referral_ask	architectur	-0.0212
referral_ask	are	-0.2156
referral_ask	are almost	0.031
referral_ask	are at	-0.027
referral_ask	are ever	-0.022
referral_ask	are near	0.0591
referral_ask	are the	0.0242
referral_ask	are there	0.1082
referral_ask	are up	0.0357
referral_ask	are you	-0.0829
referral_ask	are your	-0.0366
referral_ask	are ~gatekeeper	-0.0251
referral_ask	are ~hiring	-0.0225
referral_ask	area	0.0608
referral_ask	armi	-0.0205
referral_ask	around	-0.0287
referral_ask	articl	-0.05
referral_ask	articl i	-0.0246
referral_ask	articl on	-0.0223
referral_ask	arup	0.0407
referral_ask	as	-0.2212
referral_ask	as a	-0.0669
referral_ask	as an	-0.0309
referral_ask	as i	-0.0243
referral_ask	as peopl	-0.0234
referral_ask	as ~number	-0.0991
referral_ask	as ~people	-0.0436
referral_ask	ask	-0.0516
referral_ask	ask about	0.1532
referral_ask	ask also	0.05
referral_ask	ask for	-0.0594
referral_ask	ask from	0.0406
referral_ask	ask her	0.0714
referral_ask	ask him	0.0211
referral_ask	ask if	-0.0344
referral_ask	ask is	0.0234
referral_ask	ask me	-0.027
referral_ask	ask my	0.0306
referral_ask	ask one	-0.061
referral_ask	ask them	0.0316
referral_ask	ask what	-0.0226
referral_ask	ask you	-0.0819
referral_ask	ask ~clock	-0.0617
referral_ask	ask ~number	-0.078
referral_ask	ask ~people	-0.0861
referral_ask	assist	-0.0519
referral_ask	associ	-0.05
referral_ask	associ you	-0.0398
referral_ask	at	0.1452
referral_ask	at all	-0.0678
referral_ask	at arup	0.0407
referral_ask	at confer	-0.0428
referral_ask	at deloitt	0.0592
referral_ask	at lincoln	0.0874
referral_ask	at my	-0.0494
referral_ask	at one	0.0417
referral_ask	at the	0.2112
referral_ask	at time	0.0321
referral_ask	at uw	0.031
referral_ask	at your	-0.0226
referral_ask	at ~clock	0.0256
referral_ask	at ~limit	0.0321
referral_ask	at ~number	0.2181
referral_ask	at ~people	0.0391
referral_ask	audit	-0.0277
referral_ask	b	0.0239
referral_ask	back	-0.2734
referral_ask	back after	-0.0312
referral_ask	back from	-0.03
referral_ask	back in	-0.0354
referral_ask	back to	-0.063
referral_ask	back ~want	-0.033
referral_ask	background	-0.0862
referral_ask	background ex	0.0464
referral_ask	background like	-0.0289
referral_ask	bank	0.0397
referral_ask	basic	-0.0208
referral_ask	batteri	0.0652
referral_ask	be	0.1829
referral_ask	be a	-0.0203
referral_ask	be alright	-0.0407
referral_ask	be comfort	0.1432
referral_ask	be consid	-0.0551
referral_ask	be down	0.0467
referral_ask	be glad	-0.0687
referral_ask	be good	0.0306
referral_ask	be grate	0.0481
referral_ask	be great	-0.0314
referral_ask	be happi	-0.0245
referral_ask	be in	-0.0378
referral_ask	be introduc	0.0217
referral_ask	be on	0.0411
referral_ask	be one	-0.022
referral_ask	be open	0.1009
referral_ask	be possibl	0.0678
referral_ask	be read	-0.0429
referral_ask	be realli	0.0422
referral_ask	be talk	0.0429
referral_ask	be too	0.0357
referral_ask	be up	0.0846
referral_ask	be use	-0.0681
referral_ask	be weird	0.032
referral_ask	be will	0.1066
referral_ask	be worth	0.0627
referral_ask	be ~clock	-0.022
referral_ask	be ~help	-0.0681
referral_ask	be ~later	0.0467
referral_ask	be ~number	-0.0656
referral_ask	be ~people	-0.0268
referral_ask	be ~talk	0.0497
referral_ask	becaus	-0.053
referral_ask	becaus i	-0.0277
referral_ask	becom	-0.0252
referral_ask	been	-0.0348
referral_ask	been in	0.0238
referral_ask	been ~want	-0.0223
referral_ask	befor	0.0835
referral_ask	befor we	0.1355
referral_ask	befor you	0.0363
referral_ask	berlin	0.0632
referral_ask	berlin offic	0.0721
referral_ask	berlin ~org	0.0721
referral_ask	best	-0.0307
referral_ask	best person	0.0612
referral_ask	best way	-0.0447
referral_ask	best ~people	0.0612
referral_ask	beta	-0.0302
referral_ask	beta test	-0.0259
referral_ask	better	-0.0339
referral_ask	between	-0.0831
referral_ask	between ~number	-0.0205
referral_ask	big	-0.0406
referral_ask	big compani	0.0365
referral_ask	big name	-0.0315
referral_ask	big ~org	0.0341
referral_ask	big ~people	-0.0341
referral_ask	biggest	-0.0435
referral_ask	biotech	0.0347
referral_ask	biotech sale	0.0403
referral_ask	bit	-0.0727
referral_ask	bit about	-0.0319
referral_ask	board or	0.0231
referral_ask	book	-0.1806
referral_ask	book or	-0.078
referral_ask	book you	-0.0581
referral_ask	bootcamp	0.0308
referral_ask	boss	0.0237
referral_ask	both	0.0381
referral_ask	brain	0.3403
referral_ask	brain i	0.0693
referral_ask	brb	-0.0206
referral_ask	break	-0.0388
referral_ask	brilliant	0.0353
referral_ask	brilliant cheer	0.0516
referral_ask	bring	-0.0304
referral_ask	build	0.0217
referral_ask	build a	0.0523
referral_ask	build ~number	0.0522
referral_ask	built	0.059
referral_ask	built the	0.0718
referral_ask	built ~number	0.0671
referral_ask	burnout	-0.0244
referral_ask	busi	-0.051
referral_ask	but	-0.2052
referral_ask	but i	-0.0445
referral_ask	by	-0.1284
referral_ask	by email	-0.0476
referral_ask	by ~contactverb	-0.0476
referral_ask	by ~sendverb	-0.0483
referral_ask	by ~talk	-0.0476
referral_ask	bye	-0.0376
referral_ask	call	-0.1381
referral_ask	call if	0.0504
referral_ask	call it	-0.0321
referral_ask	came	-0.034
referral_ask	can ask	0.0653
referral_ask	can be	-0.0359
referral_ask	can connect	0.0209
referral_ask	can do	-0.034
referral_ask	can ever	0.0647
referral_ask	can help	-0.0387
referral_ask	can i	-0.0319
referral_ask	can speak	0.0466
referral_ask	can talk	0.0522
referral_ask	can we	-0.0331
referral_ask	can you	0.0413
referral_ask	can ~help	-0.0745
referral_ask	can ~learn	0.0458
referral_ask	can ~talk	0.2268
referral_ask	candid	-0.0608
referral_ask	care	-0.0749
referral_ask	career	-0.1315
referral_ask	career advisor	-0.0292
referral_ask	career changer	-0.0225
referral_ask	career project	0.0365
referral_ask	case	-0.0505
referral_ask	certif	-0.0698
referral_ask	chanc	0.0495
referral_ask	chanc i	-0.0208
referral_ask	chanc of	-0.0207
referral_ask	chanc you	0.1396
referral_ask	chang	-0.058
referral_ask	changer	-0.0225
referral_ask	chat	0.4137
referral_ask	chat about	0.0716
referral_ask	chat to	0.0596
referral_ask	chat with	0.2762
referral_ask	check	-0.0839
referral_ask	check back	-0.0229
referral_ask	check in	-0.0281
referral_ask	cheeki	0.0269
referral_ask	cheeki to	0.0345
referral_ask	chef	0.0696
referral_ask	chef at	0.0207
referral_ask	chef ~clock	0.0455
referral_ask	choos	-0.0384
referral_ask	circl	0.0358
referral_ask	class	-0.0307
referral_ask	classmat	0.0598
referral_ask	clear	-0.0272
referral_ask	client	-0.1066
referral_ask	climat	0.0321
referral_ask	climat tech	0.0361
referral_ask	climat ~student	0.0361
referral_ask	clinic	0.038
referral_ask	clinic trial	0.0384
referral_ask	clinic work	0.028
referral_ask	clinic ~learn	0.0357
referral_ask	clinic ~workverb	0.028
referral_ask	close	-0.0658
referral_ask	code bootcamp	0.0424
referral_ask	code ~degree	0.0361
referral_ask	coffe	0.0606
referral_ask	coffe chat	0.0383
referral_ask	coffe ~talk	0.0391
referral_ask	cohort at	0.0329
referral_ask	cold	-0.0671
referral_ask	cold email	-0.0238
referral_ask	collabor	-0.0302
referral_ask	collabor with	-0.0209
referral_ask	colleagu	0.3851
referral_ask	colleagu at	0.0717
referral_ask	colleagu from	0.0414
referral_ask	colleagu in	0.0395
referral_ask	colleagu of	0.0541
referral_ask	colleagu priya	0.0404
referral_ask	colleagu who	0.0332
referral_ask	colleagu you	0.0344
referral_ask	colleagu ~people	0.0332
referral_ask	come	0.0315
referral_ask	come from	-0.0257
referral_ask	come i	0.0283
referral_ask	come in	-0.0251
referral_ask	come to	0.251
referral_ask	come up	-0.136
referral_ask	comfort	0.2535
referral_ask	comfort connect	0.054
referral_ask	comfort introduc	0.0442
referral_ask	comfort make	0.1075
referral_ask	comfort pass	0.0205
referral_ask	comfort ~talk	0.054
referral_ask	committe	-0.0219
referral_ask	common	-0.0355
referral_ask	communiti colleg	-0.0234
referral_ask	communiti you	0.0739
referral_ask	compani	-0.0812
referral_ask	compani i	0.0476
referral_ask	compani that	0.0327
referral_ask	compani ~people	0.0416
referral_ask	competit	-0.0202
referral_ask	complet	-0.0263
referral_ask	complianc	0.0751
referral_ask	complianc ~org	0.022
referral_ask	con	0.34
referral_ask	con quien	0.34
referral_ask	confer	-0.0991
referral_ask	connect	0.2287
referral_ask	connect me	0.3225
referral_ask	connect on	-0.0546
referral_ask	connect with	-0.0395
referral_ask	connect you	-0.0313
referral_ask	conscious	-0.0259
referral_ask	conserv	0.0527
referral_ask	consid	-0.1293
referral_ask	consid for	-0.0281
referral_ask	consid me	-0.0224
referral_ask	consult	-0.045
referral_ask	contact	0.2083
referral_ask	contact next	0.0357
referral_ask	contact with	-0.0257
referral_ask	contract	-0.042
referral_ask	convers	0.0493
referral_ask	cool	0.0282
referral_ask	cool cool	0.0298
referral_ask	could	0.7055
referral_ask	could appli	-0.0366
referral_ask	could ask	0.0998
referral_ask	could chat	0.0793
referral_ask	could connect	0.0881
referral_ask	could contact	0.0296
referral_ask	could do	-0.0439
referral_ask	could get	-0.0784
referral_ask	could help	-0.0302
referral_ask	could i	-0.1272
referral_ask	could interview	0.0342
referral_ask	could intro	0.0744
referral_ask	could introduc	0.0859
referral_ask	could pass	0.0614
referral_ask	could pick	0.0584
referral_ask	could point	0.0374
referral_ask	could put	0.0924
referral_ask	could reach	0.0303
referral_ask	could refer	-0.0206
referral_ask	could speak	0.0292
referral_ask	could talk	0.1288
referral_ask	could tri	-0.0343
referral_ask	could we	-0.0304
referral_ask	could you	0.385
referral_ask	could ~contactverb	0.0624
referral_ask	could ~help	-0.0836
referral_ask	could ~learn	0.077
referral_ask	could ~sendverb	0.0416
referral_ask	could ~talk	0.51
referral_ask	could ~want	-0.0343
referral_ask	count	-0.0332
referral_ask	count me	-0.0256
referral_ask	coupl	0.0437
referral_ask	coupl of	0.061
referral_ask	cours	-0.1022
referral_ask	cours let	0.0213
referral_ask	cousin	-0.0339
referral_ask	cover	-0.0747
referral_ask	cover everyth	-0.0465
referral_ask	cowork	0.0732
referral_ask	cowork of	0.0386
referral_ask	creativ	-0.0203
referral_ask	credit	-0.0316
referral_ask	cud	0.0423
referral_ask	cud you	0.0423
referral_ask	curious	0.1375
referral_ask	curious how	0.071
referral_ask	curious to	0.0245
referral_ask	current	-0.0331
referral_ask	cut	-0.0377
referral_ask	d	0.0344
referral_ask	dan	0.2474
referral_ask	dank	0.0245
referral_ask	data	0.0385
referral_ask	data engin	0.0322
referral_ask	data side	0.0253
referral_ask	data team	0.0586
referral_ask	data ~org	0.0834
referral_ask	day	-0.1474
referral_ask	day of	0.0248
referral_ask	de	0.1793
referral_ask	deadlin	-0.0299
referral_ask	decid	-0.1349
referral_ask	decid to	-0.0302
referral_ask	decid who	-0.0345
referral_ask	decid ~people	-0.0345
referral_ask	definit	-0.0239
referral_ask	degre	-0.0751
referral_ask	degre and	0.0319
referral_ask	deloitt	0.0584
referral_ask	depart	0.0486
referral_ask	describ	-0.0598
referral_ask	describ the	-0.034
referral_ask	describ ~number	-0.0431
referral_ask	design	0.1063
referral_ask	design team	0.0595
referral_ask	design ~org	0.0736
referral_ask	dev	0.0499
referral_ask	develop	-0.0257
referral_ask	did	-0.3088
referral_ask	did anyon	-0.0346
referral_ask	did not	-0.0472
referral_ask	did you	-0.1908
referral_ask	did ~number	-0.0239
referral_ask	did ~people	-0.0525
referral_ask	differ if	-0.0235
referral_ask	differ ~insight	0.0375
referral_ask	direct	0.0265
referral_ask	direct or	0.0866
referral_ask	director	0.1511
referral_ask	director you	0.1081
referral_ask	do	-0.2443
referral_ask	do ani	0.064
referral_ask	do differ	-0.0223
referral_ask	do for	-0.0219
referral_ask	do freelanc	0.0253
referral_ask	do grant	0.0338
referral_ask	do it	-0.0291
referral_ask	do most	-0.0388
referral_ask	do not	-0.0223
referral_ask	do peopl	-0.0617
referral_ask	do the	-0.0258
referral_ask	do they	-0.0216
referral_ask	do to	-0.0466
referral_ask	do you	0.1108
referral_ask	do your	-0.0242
referral_ask	do ~gatekeeper	-0.0254
referral_ask	do ~number	-0.0329
referral_ask	do ~people	-0.0675
referral_ask	doe	-0.1061
referral_ask	doe a	-0.0256
referral_ask	doe anyon	0.0475
referral_ask	doe grant	0.0222
referral_ask	doe it	-0.0219
referral_ask	doe your	-0.0833
referral_ask	doe ~number	-0.0318
referral_ask	doe ~people	0.068
referral_ask	done a	0.0263
referral_ask	done the	0.0357
referral_ask	done ~number	0.0603
referral_ask	door	-0.0663
referral_ask	down the	-0.0201
referral_ask	down to	0.0467
referral_ask	down ~number	-0.0211
referral_ask	dr	0.0878
referral_ask	dr okafor	0.0493
referral_ask	dr osei	0.0776
referral_ask	drop	-0.0256
referral_ask	dure	-0.0249
referral_ask	each	-0.043
referral_ask	each other	-0.0287
referral_ask	earli	-0.0644
referral_ask	earli on	-0.0316
referral_ask	earlier	0.1621
referral_ask	earlier in	0.0705
referral_ask	edtech	0.0613
referral_ask	educ	0.1237
referral_ask	educ i	0.0451
referral_ask	educ or	0.0392
referral_ask	either	0.0257
referral_ask	either way	0.0257
referral_ask	electrician	-0.0236
referral_ask	els	0.5997
referral_ask	els come	-0.0237
referral_ask	els do	0.0777
referral_ask	els i	0.1271
referral_ask	els in	0.0664
referral_ask	els is	0.04
referral_ask	els on	0.0237
referral_ask	els should	0.104
referral_ask	els would	0.0566
referral_ask	els you	0.1419
referral_ask	els ~help	0.0777
referral_ask	els ~want	0.0566
referral_ask	email	-0.0289
referral_ask	email after	-0.0288
referral_ask	email her	0.1063
referral_ask	email if	-0.0313
referral_ask	email in	-0.0238
referral_ask	email or	-0.0286
referral_ask	email to	0.021
referral_ask	email with	-0.0278
referral_ask	email you	-0.0834
referral_ask	email your	0.0752
referral_ask	email ~want	-0.0288
referral_ask	en	0.1792
referral_ask	end	-0.0948
referral_ask	end of	-0.029
referral_ask	end up	-0.055
referral_ask	engin	0.0281
referral_ask	engin i	0.0277
referral_ask	english	0.0505
referral_ask	enjoy	0.0513
referral_ask	enjoy talk	0.0718
referral_ask	enjoy ~talk	0.0718
referral_ask	enough	0.0397
referral_ask	entri	-0.0216
referral_ask	entri level	-0.0213
referral_ask	especi	0.0211
referral_ask	even	-0.0337
referral_ask	even a	0.0347
referral_ask	even ~number	0.0427
referral_ask	evening	-0.0367
referral_ask	event	-0.0545
referral_ask	ever	-0.3765
referral_ask	ever help	0.0677
referral_ask	ever hire	-0.0319
referral_ask	ever need	-0.1189
referral_ask	ever want	-0.0343
referral_ask	ever ~help	0.0365
referral_ask	ever ~learn	-0.0359
referral_ask	ever ~talk	-0.0293
referral_ask	ever ~want	-0.0438
referral_ask	everi	-0.0339
referral_ask	everyon	-0.0271
referral_ask	everyth	-0.1139
referral_ask	everyth i	-0.0653
referral_ask	ex	0.075
referral_ask	ex chef	0.0452
referral_ask	ex ~student	0.0668
referral_ask	exercis	-0.032
referral_ask	expect	-0.0273
referral_ask	experi	-0.1032
referral_ask	extra	-0.0214
referral_ask	eye	-0.0286
referral_ask	fair	0.029
referral_ask	fair enough	0.0514
referral_ask	fall	-0.0216
referral_ask	far	0.0388
referral_ask	favor ani	0.0227
referral_ask	feedback	-0.0314
referral_ask	feel comfort	0.0634
referral_ask	fellowship	-0.0297
referral_ask	few	-0.0593
referral_ask	few field	-0.0211
referral_ask	few month	-0.0424
referral_ask	few more	0.0679
referral_ask	few week	-0.0329
referral_ask	few ~duration	-0.0617
referral_ask	field	-0.1336
referral_ask	field befor	-0.022
referral_ask	field do	0.0355
referral_ask	field i	0.0482
referral_ask	field not	0.0264
referral_ask	field ~help	0.0326
referral_ask	figur	-0.0573
referral_ask	figur out	-0.0214
referral_ask	final	-0.0489
referral_ask	final call	-0.022
referral_ask	final ~contactverb	-0.022
referral_ask	final ~talk	-0.0254
referral_ask	financ	-0.0348
referral_ask	find	-0.0978
referral_ask	fine	-0.0236
referral_ask	finish my	-0.0339
referral_ask	finish the	-0.0225
referral_ask	finish up	0.0294
referral_ask	finish who	0.0444
referral_ask	finish ~number	-0.0335
referral_ask	finish ~people	0.0444
referral_ask	firm	-0.1185
referral_ask	first	-0.0758
referral_ask	first job	-0.0235
referral_ask	first or	0.0581
referral_ask	first year	0.0621
referral_ask	first ~duration	0.0621
referral_ask	first ~job	-0.0311
referral_ask	first ~org	-0.0201
referral_ask	fit	-0.0802
referral_ask	fit me	-0.0323
referral_ask	five year	0.0283
referral_ask	five ~duration	0.0283
referral_ask	flag	-0.024
referral_ask	follow	-0.1621
referral_ask	follow up	-0.1258
referral_ask	food	0.0852
referral_ask	food bank	0.0925
referral_ask	food ~org	0.0925
referral_ask	for	-0.6809
referral_ask	for a	0.1457
referral_ask	for advic	0.0737
referral_ask	for agre	-0.0478
referral_ask	for an	0.1574
referral_ask	for anyth	-0.0219
referral_ask	for be	-0.0206
referral_ask	for explain	0.0346
referral_ask	for it	0.0252
referral_ask	for me	-0.1379
referral_ask	for my	0.0523
referral_ask	for peopl	-0.0442
referral_ask	for someon	-0.1694
referral_ask	for the	-0.2061
referral_ask	for three	0.0348
referral_ask	for to	0.0233
referral_ask	for you	-0.0707
referral_ask	for your	0.0502
referral_ask	for ~insight	0.0594
referral_ask	for ~number	0.1097
referral_ask	for ~people	-0.2498
referral_ask	for ~talk	-0.0267
referral_ask	former	0.1521
referral_ask	former colleagu	0.0742
referral_ask	former cowork	0.0383
referral_ask	former ~people	0.0821
referral_ask	former ~student	0.0334
referral_ask	forward	-0.0741
referral_ask	forward my	-0.0233
referral_ask	foundat	0.0243
referral_ask	free	-0.0599
referral_ask	freelanc	0.0237
referral_ask	freelanc grant	0.0256
referral_ask	friend	0.1999
referral_ask	friend at	0.1697
referral_ask	friend of	-0.022
referral_ask	friend you	0.0901
referral_ask	from a	-0.0243
referral_ask	from nurs	0.0213
referral_ask	from peopl	-0.0221
referral_ask	from teach	0.0784
referral_ask	from the	0.0425
referral_ask	from ~workverb	0.0772
referral_ask	fulli	-0.0209
referral_ask	fulli remot	-0.0202
referral_ask	game	-0.0264
referral_ask	gap	-0.0279
referral_ask	gave	-0.0225
referral_ask	gen	-0.0213
referral_ask	general	-0.0319
referral_ask	get	-0.3774
referral_ask	get a	-0.0374
referral_ask	get an	0.035
referral_ask	get back	-0.0261
referral_ask	get hire	-0.0482
referral_ask	get in	-0.0328
referral_ask	get into	-0.0735
referral_ask	get me	-0.05
referral_ask	get to	0.109
referral_ask	get your	-0.0213
referral_ask	get ~number	-0.0227
referral_ask	give	-0.0337
referral_ask	give me	0.0842
referral_ask	give someon	-0.0435
referral_ask	give ~people	-0.0489
referral_ask	glad	-0.0867
referral_ask	glad to	-0.0722
referral_ask	go	-0.2448
referral_ask	go at	-0.0204
referral_ask	go back	-0.0304
referral_ask	go do	0.0403
referral_ask	go into	-0.0324
referral_ask	go to	-0.0879
referral_ask	go who	0.0415
referral_ask	go would	0.024
referral_ask	go ~help	0.0403
referral_ask	go ~people	0.0289
referral_ask	goe	0.0213
referral_ask	gone	0.0295
referral_ask	good	-0.1563
referral_ask	good to	0.0482
referral_ask	good word	-0.0338
referral_ask	good ~closing	-0.0309
referral_ask	good ~limit	-0.0299
referral_ask	got	-0.1698
referral_ask	got a	-0.0416
referral_ask	got to	-0.0219
referral_ask	got ~number	-0.063
referral_ask	gracia	0.0602
referral_ask	gracia for	0.0623
referral_ask	grad	-0.0859
referral_ask	graduat	-0.1459
referral_ask	graduat scheme	-0.0267
referral_ask	grant	0.0542
referral_ask	grant write	0.0825
referral_ask	grate	0.0649
referral_ask	grate for	0.0923
referral_ask	great	-0.0496
referral_ask	great to	-0.0478
referral_ask	great ~insight	0.0364
referral_ask	group	0.0369
referral_ask	group where	0.0317
referral_ask	guidanc	0.0292
referral_ask	guild	0.0499
referral_ask	guy ~studyverb	0.0616
referral_ask	hablar	0.34
referral_ask	had	-0.1456
referral_ask	had a	-0.0244
referral_ask	had to	-0.0288
referral_ask	had ~number	-0.0461
referral_ask	half	-0.037
referral_ask	hand	-0.0611
referral_ask	handl	-0.0385
referral_ask	happen	0.0742
referral_ask	happen to	0.1096
referral_ask	happi	-0.0432
referral_ask	happi to	-0.0411
referral_ask	happili ~sendverb	0.0226
referral_ask	has	-0.0505
referral_ask	has ani	-0.022
referral_ask	has been	0.0202
referral_ask	have	-0.3056
referral_ask	have 15	0.0801
referral_ask	have a	0.1222
referral_ask	have done	0.0336
referral_ask	have finish	-0.0208
referral_ask	have got	-0.0787
referral_ask	have more	-0.0301
referral_ask	have not	-0.0212
referral_ask	have onli	0.0364
referral_ask	have realli	0.0221
referral_ask	have spoken	0.0302
referral_ask	have talk	-0.0246
referral_ask	have to	-0.1294
referral_ask	have you	-0.0263
referral_ask	have ~number	0.1844
referral_ask	have ~studyverb	-0.0235
referral_ask	have ~workverb	-0.0309
referral_ask	hay	0.34
referral_ask	he	-0.0214
referral_ask	head	0.0395
referral_ask	head of	0.0641
referral_ask	head ~student	0.021
referral_ask	health	0.0456
referral_ask	health tech	0.0331
referral_ask	health ~student	0.0331
referral_ask	healthcar	0.0543
referral_ask	hear	0.2202
referral_ask	hear back	-0.0259
referral_ask	hear from	0.1251
referral_ask	hear how	0.0718
referral_ask	hear me	-0.0316
referral_ask	hear of	-0.0229
referral_ask	hear their	0.0874
referral_ask	heard	-0.0219
referral_ask	hello	-0.0328
referral_ask	help	-0.2587
referral_ask	help me	-0.0202
referral_ask	help out	-0.0382
referral_ask	help you	-0.1145
referral_ask	her	0.3802
referral_ask	her about	0.0626
referral_ask	her just	0.0528
referral_ask	her path	0.0756
referral_ask	her to	0.0471
referral_ask	her way	0.0571
referral_ask	her ~org	0.0544
referral_ask	her ~want	0.0528
referral_ask	here	-0.2342
referral_ask	here i	-0.0363
referral_ask	here to	-0.0501
referral_ask	hey so	0.0447
referral_ask	hi	-0.1153
referral_ask	hire	-0.4485
referral_ask	hire a	-0.0222
referral_ask	hire at	-0.0214
referral_ask	hire for	-0.0264
referral_ask	hire in	-0.0218
referral_ask	hire me	-0.0519
referral_ask	hire peopl	-0.0215
referral_ask	hire right	-0.0338
referral_ask	hire side	0.0216
referral_ask	hire someon	-0.0383
referral_ask	hire ~number	-0.0222
referral_ask	hire ~people	-0.0611
referral_ask	hire ~student	-0.0571
referral_ask	hold	-0.029
referral_ask	homework	-0.0374
referral_ask	honest	-0.0928
referral_ask	honest i	-0.0553
referral_ask	honest just	0.0347
referral_ask	honest take	0.0437
referral_ask	honest ~want	0.0339
referral_ask	hope	-0.0818
referral_ask	hope to	-0.0297
referral_ask	hospit	0.0622
referral_ask	hospit administr	0.0267
referral_ask	hospit pharmaci	0.0281
referral_ask	hospit ~people	0.0513
referral_ask	hour	-0.099
referral_ask	how	-0.6372
referral_ask	how a	-0.0315
referral_ask	how did	-0.1009
referral_ask	how do	-0.2465
referral_ask	how doe	-0.0294
referral_ask	how it	0.1771
referral_ask	how long	-0.0217
referral_ask	how mani	-0.0337
referral_ask	how much	-0.0709
referral_ask	how often	-0.0233
referral_ask	how peopl	-0.0211
referral_ask	how she	0.1615
referral_ask	how the	-0.0243
referral_ask	how they	0.0736
referral_ask	how would	-0.073
referral_ask	how you	-0.1912
referral_ask	how your	-0.0416
referral_ask	how ~help	-0.2471
referral_ask	how ~number	-0.0573
referral_ask	how ~people	-0.0312
referral_ask	how ~studyverb	-0.1009
referral_ask	how ~want	-0.073
referral_ask	hr	-0.069
referral_ask	hr or	-0.024
referral_ask	hydrolog	0.0576
referral_ask	hypothet	-0.0207
referral_ask	i	0.0686
referral_ask	i absolut	0.0565
referral_ask	i add	-0.0282
referral_ask	i am	-0.1275
referral_ask	i appli	-0.0548
referral_ask	i ask	-0.0797
referral_ask	i can	0.1316
referral_ask	i chat	0.0626
referral_ask	i check	-0.0261
referral_ask	i connect	-0.0421
referral_ask	i contact	0.1205
referral_ask	i could	0.2491
referral_ask	i did	-0.0371
referral_ask	i do	-0.0638
referral_ask	i drop	-0.0231
referral_ask	i email	0.0666
referral_ask	i figur	-0.0261
referral_ask	i finish	-0.0307
referral_ask	i follow	-0.0337
referral_ask	i get	-0.0204
referral_ask	i go	0.0339
referral_ask	i had	-0.0522
referral_ask	i have	-0.1992
referral_ask	i hear	0.0204
referral_ask	i hope	-0.0244
referral_ask	i just	-0.0307
referral_ask	i know	-0.1687
referral_ask	i mention	-0.0423
referral_ask	i messag	-0.0205
referral_ask	i might	0.1317
referral_ask	i need	-0.0533
referral_ask	i ought	0.0647
referral_ask	i pick	0.1244
referral_ask	i promis	-0.0205
referral_ask	i reach	0.1112
referral_ask	i realli	0.027
referral_ask	i said	0.0451
referral_ask	i say	0.0445
referral_ask	i see	-0.0234
referral_ask	i send	-0.0274
referral_ask	i sent	-0.0408
referral_ask	i should	0.2713
referral_ask	i speak	0.0973
referral_ask	i talk	0.0725
referral_ask	i think	-0.2033
referral_ask	i tri	-0.0211
referral_ask	i understand	0.0276
referral_ask	i use	0.1057
referral_ask	i want	-0.1425
referral_ask	i was	-0.1493
referral_ask	i will	-0.1718
referral_ask	i would	0.1849
referral_ask	i write	0.0569
referral_ask	i ~contactverb	0.174
referral_ask	i ~help	-0.0806
referral_ask	i ~insight	-0.0276
referral_ask	i ~learn	-0.1104
referral_ask	i ~people	0.1209
referral_ask	i ~sendverb	-0.1069
referral_ask	i ~studyverb	-0.0594
referral_ask	i ~talk	0.2825
referral_ask	i ~workverb	-0.0403
referral_ask	if	0.0555
referral_ask	if anyon	0.025
referral_ask	if anyth	-0.0726
referral_ask	if i	-0.0887
referral_ask	if it	0.0838
referral_ask	if someon	-0.0495
referral_ask	if someth	-0.0383
referral_ask	if the	-0.0433
referral_ask	if there	0.0736
referral_ask	if they	0.0483
referral_ask	if you	0.226
referral_ask	if your	-0.0443
referral_ask	if ~number	-0.0353
referral_ask	if ~people	-0.0316
referral_ask	imag	0.031
referral_ask	in	0.1005
referral_ask	in a	-0.2142
referral_ask	in between	-0.0279
referral_ask	in biotech	0.0528
referral_ask	in clinic	0.0308
referral_ask	in contact	-0.0441
referral_ask	in financ	-0.0286
referral_ask	in fintech	0.0235
referral_ask	in healthcar	0.0661
referral_ask	in hospit	0.0299
referral_ask	in hydrolog	0.0626
referral_ask	in imag	0.031
referral_ask	in kitchen	0.0456
referral_ask	in march	-0.0241
referral_ask	in mind	-0.1117
referral_ask	in museum	0.0683
referral_ask	in my	0.1743
referral_ask	in pediatr	0.0511
referral_ask	in polici	0.0248
referral_ask	in procur	0.0515
referral_ask	in product	0.0624
referral_ask	in radio	0.0208
referral_ask	in return	-0.033
referral_ask	in sport	0.0355
referral_ask	in the	0.2269
referral_ask	in their	0.0311
referral_ask	in touch	0.1026
referral_ask	in with	-0.0349
referral_ask	in your	0.0733
referral_ask	in ~clock	-0.029
referral_ask	in ~contactverb	0.058
referral_ask	in ~help	-0.0331
referral_ask	in ~number	-0.0223
referral_ask	in ~org	0.0271
referral_ask	in ~people	-0.0824
referral_ask	in ~talk	-0.0454
referral_ask	industri	-0.0519
referral_ask	inform about	0.0235
referral_ask	inform chat	0.0309
referral_ask	inform interview	-0.0386
referral_ask	infra	0.0337
referral_ask	insight	-0.023
referral_ask	instead	0.0284
referral_ask	instruct	0.0325
referral_ask	instruct design	0.0325
referral_ask	intak	-0.0537
referral_ask	interest	-0.0679
referral_ask	intern	-0.0934
referral_ask	internal	-0.0203
referral_ask	internat	0.0219
referral_ask	internship	-0.0735
referral_ask	interpret	0.0595
referral_ask	interview	-0.2362
referral_ask	interview at	-0.0274
referral_ask	interview for	0.0326
referral_ask	interview there	-0.0327
referral_ask	interview with	-0.0473
referral_ask	into	-0.1883
referral_ask	into complianc	0.0359
referral_ask	into instruct	0.0203
referral_ask	into product	-0.023
referral_ask	into the	-0.0261
referral_ask	into this	-0.022
referral_ask	into your	-0.0326
referral_ask	into ~number	-0.0389
referral_ask	intro	0.6346
referral_ask	intro if	0.0327
referral_ask	intro me	0.1875
referral_ask	intro to	0.2845
referral_ask	introduc	0.5759
referral_ask	introduc me	0.5991
referral_ask	introduc them	-0.0203
referral_ask	introduc us	0.0717
referral_ask	introduc you	-0.0417
referral_ask	introduct	0.1671
referral_ask	introduct to	0.1646
referral_ask	involv	-0.0218
referral_ask	is	-0.4683
referral_ask	is all	-0.0289
referral_ask	is alright	0.0819
referral_ask	is ani	-0.0223
referral_ask	is anyon	0.0505
referral_ask	is been	-0.0468
referral_ask	is done	0.057
referral_ask	is ever	-0.0297
referral_ask	is everyth	-0.0427
referral_ask	is hire	-0.0262
referral_ask	is it	-0.1231
referral_ask	is made	0.0547
referral_ask	is me	-0.02
referral_ask	is not	0.0706
referral_ask	is on	-0.0217
referral_ask	is one	-0.0314
referral_ask	is realli	-0.0492
referral_ask	is someon	0.0282
referral_ask	is structur	0.0262
referral_ask	is that	-0.1413
referral_ask	is the	-0.1252
referral_ask	is there	0.4354
referral_ask	is to	-0.0279
referral_ask	is worth	0.0662
referral_ask	is your	-0.0509
referral_ask	is ~clock	-0.0385
referral_ask	is ~gatekeeper	-0.0262
referral_ask	is ~hiring	-0.0286
referral_ask	is ~number	-0.1564
referral_ask	is ~people	0.0473
referral_ask	is ~want	-0.0812
referral_ask	is ~workverb	-0.0527
referral_ask	it	-0.1639
referral_ask	it along	0.0829
referral_ask	it be	0.0594
referral_ask	it goe	0.1121
referral_ask	it help	-0.0318
referral_ask	it if	0.089
referral_ask	it is	0.0354
referral_ask	it more	-0.0205
referral_ask	it most	-0.0261
referral_ask	it normal	-0.0336
referral_ask	it ok	0.0412
referral_ask	it possibl	0.0392
referral_ask	it sound	0.0324
referral_ask	it there	-0.06
referral_ask	it to	0.0519
referral_ask	it work	0.0316
referral_ask	it would	0.0318
referral_ask	it ~help	-0.0239
referral_ask	job	-0.1094
referral_ask	job honest	0.0407
referral_ask	job in	-0.0365
referral_ask	job just	0.0582
referral_ask	job ~want	0.0505
referral_ask	join	-0.1096
referral_ask	journal	-0.0218
referral_ask	jump at	-0.023
referral_ask	jump from	0.0506
referral_ask	junior design	0.0949
referral_ask	junior dev	0.0401
referral_ask	junior ~job	-0.0373
referral_ask	junior ~student	0.0825
referral_ask	just	0.0389
referral_ask	just ask	-0.026
referral_ask	just curious	0.03
referral_ask	just for	0.0575
referral_ask	just quick	0.0467
referral_ask	just start	-0.0376
referral_ask	just to	0.0744
referral_ask	just two	0.0257
referral_ask	just wonder	0.0702
referral_ask	just ~clock	0.0353
referral_ask	just ~learn	-0.0279
referral_ask	just ~number	0.03
referral_ask	just ~talk	-0.0326
referral_ask	keen	0.1195
referral_ask	keen to	0.1331
referral_ask	keep	-0.2779
referral_ask	keep in	-0.1246
referral_ask	keep me	-0.1027
referral_ask	keep you	0.0764
referral_ask	keep ~talk	-0.0308
referral_ask	kept	-0.0368
referral_ask	kid	-0.0232
referral_ask	kind	-0.055
referral_ask	kind of	-0.1065
referral_ask	kitchen	0.0235
referral_ask	know	0.6679
referral_ask	know a	0.0639
referral_ask	know ani	0.2322
referral_ask	know anybodi	0.1176
referral_ask	know anyon	0.2124
referral_ask	know i	-0.0213
referral_ask	know if	-0.0348
referral_ask	know more	0.0479
referral_ask	know other	0.1667
referral_ask	know some	0.0675
referral_ask	know somebodi	0.0446
referral_ask	know someon	0.0266
referral_ask	know we	0.0428
referral_ask	know you	-0.0615
referral_ask	know your	-0.0482
referral_ask	know ~number	0.0728
referral_ask	know ~people	0.4047
referral_ask	known	-0.0306
referral_ask	l	0.0444
referral_ask	l d	0.0444
referral_ask	lab	0.0653
referral_ask	lab manag	0.0835
referral_ask	lab ~gatekeeper	0.0835
referral_ask	lad	0.0891
referral_ask	land	-0.0281
referral_ask	last	-0.0797
referral_ask	last month	-0.0271
referral_ask	last week	-0.0334
referral_ask	last ~closing	-0.0366
referral_ask	last ~talk	0.0375
referral_ask	later for	0.0438
referral_ask	later i	0.0869
referral_ask	launch	-0.0423
referral_ask	lead ~number	0.0289
referral_ask	learn	-0.0825
referral_ask	learn how	-0.0278
referral_ask	learn what	-0.0223
referral_ask	learn ~want	0.025
referral_ask	leav	-0.1114
referral_ask	leav it	-0.0322
referral_ask	leav ~number	-0.0219
referral_ask	lectur at	0.0302
referral_ask	leed	-0.0211
referral_ask	let	-0.2506
referral_ask	let me	-0.1107
referral_ask	let us	-0.0291
referral_ask	let you	-0.0958
referral_ask	level	-0.0342
referral_ask	life	0.0279
referral_ask	life is	0.0464
referral_ask	like	-0.2032
referral_ask	like and	0.0463
referral_ask	like for	-0.0275
referral_ask	like in	-0.026
referral_ask	like me	-0.078
referral_ask	like mine	-0.03
referral_ask	like she	0.0469
referral_ask	like the	-0.0227
referral_ask	like to	0.0457
referral_ask	like your	-0.0388
referral_ask	like ~number	-0.0298
referral_ask	like ~talk	0.0241
referral_ask	lincoln	0.0874
referral_ask	line	0.0518
referral_ask	line after	0.0508
referral_ask	line ~want	0.0508
referral_ask	link	-0.0234
referral_ask	linkedin	-0.3094
referral_ask	linkedin after	-0.0201
referral_ask	linkedin if	-0.0231
referral_ask	linkedin ~want	-0.0201
referral_ask	load	-0.0278
referral_ask	long	-0.0598
referral_ask	look	-0.2038
referral_ask	look at	-0.0367
referral_ask	look for	-0.0427
referral_ask	look into	-0.0234
referral_ask	look like	-0.0734
referral_ask	look to	-0.0239
referral_ask	look up	0.0229
referral_ask	lot if	0.0416
referral_ask	lot of	-0.0524
referral_ask	love	0.2199
referral_ask	love an	0.2054
referral_ask	love it	0.0833
referral_ask	love to	-0.0574
referral_ask	love ~number	0.2146
referral_ask	made	0.0656
referral_ask	made the	0.1205
referral_ask	made you	-0.0329
referral_ask	made ~number	0.1215
referral_ask	main client	-0.024
referral_ask	main want	0.0453
referral_ask	main ~want	0.0363
referral_ask	major	-0.0201
referral_ask	make	-0.0859
referral_ask	make a	-0.0209
referral_ask	make an	0.1034
referral_ask	make the	-0.0593
referral_ask	make ~number	0.0223
referral_ask	manag	0.1959
referral_ask	manag at	0.0764
referral_ask	manag be	0.0624
referral_ask	manag for	-0.0248
referral_ask	manag would	0.0209
referral_ask	manag you	0.0422
referral_ask	mani	-0.1069
referral_ask	mani peopl	-0.0519
referral_ask	mani ~people	-0.0519
referral_ask	march	-0.0267
referral_ask	matter	-0.0496
referral_ask	may	0.0323
referral_ask	may i	0.0499
referral_ask	mayb	0.3082
referral_ask	mayb a	0.0623
referral_ask	mayb intro	0.043
referral_ask	mayb some	0.0321
referral_ask	mayb someon	0.0412
referral_ask	mayb you	0.078
referral_ask	mayb ~number	0.059
referral_ask	mayb ~people	0.0461
referral_ask	me	0.6014
referral_ask	me a	-0.0291
referral_ask	me about	-0.027
referral_ask	me and	0.0375
referral_ask	me ani	0.0419
referral_ask	me at	0.04
referral_ask	me better	0.0201
referral_ask	me for	-0.0851
referral_ask	me her	0.0571
referral_ask	me how	-0.0416
referral_ask	me i	-0.0665
referral_ask	me in	0.1478
referral_ask	me internal	-0.022
referral_ask	me know	-0.0418
referral_ask	me more	0.0509
referral_ask	me on	-0.0386
referral_ask	me reach	-0.0235
referral_ask	me talk	0.0208
referral_ask	me the	0.0245
referral_ask	me through	-0.0782
referral_ask	me to	0.7139
referral_ask	me too	0.0263
referral_ask	me toward	0.0579
referral_ask	me what	-0.0255
referral_ask	me with	0.2871
referral_ask	me would	-0.025
referral_ask	me ~learn	-0.055
referral_ask	me ~number	0.0266
referral_ask	me ~people	0.0298
referral_ask	me ~sendverb	-0.0259
referral_ask	me ~talk	-0.0221
referral_ask	me ~want	-0.0345
referral_ask	mean a	0.0327
referral_ask	mean ~number	0.0327
referral_ask	meet	0.0559
referral_ask	meet at	-0.0379
referral_ask	meet i	0.0257
referral_ask	meet more	0.0215
referral_ask	meet peopl	-0.0433
referral_ask	meet ~people	-0.0445
referral_ask	meetup	-0.0501
referral_ask	mention	0.4754
referral_ask	mention at	0.0299
referral_ask	mention earlier	0.0419
referral_ask	mention the	0.0316
referral_ask	mention we	0.0639
referral_ask	mention you	-0.0469
referral_ask	mention your	0.0759
referral_ask	mention ~number	0.021
referral_ask	mentor	-0.0879
referral_ask	mentor or	0.0208
referral_ask	messag	-0.1033
referral_ask	messag you	-0.0397
referral_ask	might	0.5259
referral_ask	might be	0.0686
referral_ask	might chat	0.0304
referral_ask	might contact	0.0283
referral_ask	might have	0.0808
referral_ask	might reach	0.0525
referral_ask	might share	0.1111
referral_ask	might you	0.0946
referral_ask	might ~contactverb	0.0808
referral_ask	might ~people	0.0283
referral_ask	might ~sendverb	0.1111
referral_ask	might ~talk	0.1582
referral_ask	militari into	0.026
referral_ask	mind	0.3322
referral_ask	mind connect	0.0315
referral_ask	mind forward	0.0313
referral_ask	mind if	-0.0516
referral_ask	mind introduc	0.0682
referral_ask	mind of	0.0664
referral_ask	mind put	0.036
referral_ask	mind ~talk	0.0315
referral_ask	mine	-0.0586
referral_ask	minut for	0.0811
referral_ask	ml	0.0524
referral_ask	moment	-0.0601
referral_ask	month	-0.1992
referral_ask	month and	-0.0217
referral_ask	month to	-0.0273
referral_ask	more	-0.0539
referral_ask	more about	-0.0343
referral_ask	more question	-0.1152
referral_ask	more sommeli	0.0721
referral_ask	more ~insight	0.0227
referral_ask	more ~people	0.0428
referral_ask	most	-0.323
referral_ask	most close	-0.0298
referral_ask	most peopl	-0.0579
referral_ask	most ~people	-0.0586
referral_ask	most ~want	-0.0221
referral_ask	move	-0.0419
referral_ask	msc	0.0325
referral_ask	much more	0.0212
referral_ask	much time	-0.0226
referral_ask	much ~limit	-0.0226
referral_ask	museum	0.1123
referral_ask	museum educ	0.0745
referral_ask	must	0.0504
referral_ask	must ~talk	0.0829
referral_ask	musuem	0.03
referral_ask	my	-0.6691
referral_ask	my cousin	-0.0333
referral_ask	my email	0.0451
referral_ask	my english	0.0226
referral_ask	my final	0.0208
referral_ask	my friend	-0.0287
referral_ask	my list	0.0306
referral_ask	my name	-0.054
referral_ask	my old	-0.0396
referral_ask	my portfolio	-0.0555
referral_ask	my posit	0.0283
referral_ask	my professor	-0.0402
referral_ask	my question	0.0207
referral_ask	my research	0.027
referral_ask	my resum	-0.1491
referral_ask	my shoe	0.1314
referral_ask	my uni	0.0224
referral_ask	my ~application	-0.167
referral_ask	my ~contactverb	0.091
referral_ask	my ~degree	-0.043
referral_ask	my ~job	0.0207
referral_ask	my ~learn	0.0266
referral_ask	my ~org	-0.0366
referral_ask	my ~sendverb	0.0429
referral_ask	my ~student	-0.0369
referral_ask	my ~talk	0.0342
referral_ask	myself	-0.038
referral_ask	name	0.5238
referral_ask	name come	0.1551
referral_ask	name i	-0.0218
referral_ask	name in	-0.0429
referral_ask	name of	0.1335
referral_ask	name to	-0.0328
referral_ask	name when	0.1113
referral_ask	near	0.0441
referral_ask	near out	0.0613
referral_ask	need	-0.2814
referral_ask	need a	-0.0519
referral_ask	need help	-0.0233
referral_ask	need someon	-0.0768
referral_ask	need to	-0.0471
referral_ask	need ~help	-0.0233
referral_ask	need ~number	-0.0726
referral_ask	need ~people	-0.0801
referral_ask	network	0.0525
referral_ask	network do	0.0466
referral_ask	network who	0.0356
referral_ask	network with	0.0361
referral_ask	network ~help	0.0353
referral_ask	network ~people	0.0356
referral_ask	never	-0.0573
referral_ask	new	-0.1246
referral_ask	newcom	0.1275
referral_ask	newslett	-0.0549
referral_ask	next	0.0701
referral_ask	next month	-0.0512
referral_ask	next ~closing	-0.0254
referral_ask	next ~talk	-0.0365
referral_ask	no	-0.1145
referral_ask	no pressur	-0.0267
referral_ask	non	-0.0396
referral_ask	non tradit	-0.0308
referral_ask	nonprofit	0.0282
referral_ask	normal	-0.0532
referral_ask	not	0.1526
referral_ask	not after	0.0227
referral_ask	not and	0.0235
referral_ask	not ask	-0.0344
referral_ask	not for	0.1105
referral_ask	not job	0.0514
referral_ask	not know	-0.0409
referral_ask	not too	0.0991
referral_ask	not want	0.0741
referral_ask	not ~job	0.0514
referral_ask	not ~learn	-0.0673
referral_ask	not ~number	0.024
referral_ask	not ~want	0.0842
referral_ask	note	-0.0398
referral_ask	note after	0.0248
referral_ask	note tomorrow	0.0309
referral_ask	note ~want	0.0248
referral_ask	noth	-0.0236
referral_ask	now	-0.1702
referral_ask	nurs	-0.0446
referral_ask	nurs into	0.0216
referral_ask	of	-0.0755
referral_ask	of an	0.0282
referral_ask	of ani	-0.0419
referral_ask	of anyon	0.0582
referral_ask	of anyth	-0.0322
referral_ask	of me	-0.0208
referral_ask	of mine	-0.0261
referral_ask	of more	-0.0296
referral_ask	of my	-0.0315
referral_ask	of one	0.0243
referral_ask	of other	0.0466
referral_ask	of peopl	0.1585
referral_ask	of qa	0.0247
referral_ask	of the	-0.0208
referral_ask	of them	-0.0269
referral_ask	of thing	0.0611
referral_ask	of time	0.0471
referral_ask	of you	0.0223
referral_ask	of your	0.145
referral_ask	of ~duration	-0.0288
referral_ask	of ~limit	0.0453
referral_ask	of ~number	0.0456
referral_ask	of ~people	0.2494
referral_ask	ofc	0.0653
referral_ask	off	-0.1192
referral_ask	offer	-0.0445
referral_ask	offic	0.1054
referral_ask	offic that	0.0236
referral_ask	often	-0.0361
referral_ask	oh	-0.0376
referral_ask	ok	-0.1407
referral_ask	ok i	-0.0418
referral_ask	ok if	-0.0269
referral_ask	ok introduc	0.0335
referral_ask	ok to	0.033
referral_ask	okafor	0.0443
referral_ask	old	0.1275
referral_ask	old boss	0.0375
referral_ask	old colleagu	-0.0289
referral_ask	old cowork	0.0349
referral_ask	old ~gatekeeper	0.0431
referral_ask	old ~org	0.0295
referral_ask	old ~people	-0.0297
referral_ask	on	-0.3752
referral_ask	on a	-0.0996
referral_ask	on call	-0.0205
referral_ask	on how	0.0956
referral_ask	on linkedin	-0.2459
referral_ask	on the	0.1885
referral_ask	on to	-0.0222
referral_ask	on who	0.0582
referral_ask	on your	0.0851
referral_ask	on ~contactverb	-0.0206
referral_ask	on ~number	0.0806
referral_ask	on ~people	0.0368
referral_ask	on ~talk	-0.0216
referral_ask	onboard	-0.0277
referral_ask	onc	-0.1816
referral_ask	onc i	-0.128
referral_ask	one	-0.1427
referral_ask	one day	-0.0399
referral_ask	one of	0.0507
referral_ask	one or	0.1082
referral_ask	one sec	-0.0315
referral_ask	one you	0.0398
referral_ask	one ~closing	-0.0446
referral_ask	one ~limit	-0.0455
referral_ask	onli	0.1327
referral_ask	onli for	0.0839
referral_ask	onli if	0.0615
referral_ask	onli look	0.0202
referral_ask	onlin	-0.0588
referral_ask	open	-0.1683
referral_ask	open in	-0.0433
referral_ask	open on	-0.0392
referral_ask	open to	0.157
referral_ask	open up	-0.0842
referral_ask	opinion	0.1147
referral_ask	or	-0.2011
referral_ask	or anyth	-0.0233
referral_ask	or are	-0.0295
referral_ask	or associ	-0.0216
referral_ask	or communiti	0.0674
referral_ask	or did	-0.034
referral_ask	or do	-0.0388
referral_ask	or go	-0.0242
referral_ask	or in	0.0223
referral_ask	or is	-0.1373
referral_ask	or newslett	-0.0291
referral_ask	or peopl	0.0336
referral_ask	or podcast	-0.033
referral_ask	or someon	0.0452
referral_ask	or the	-0.0322
referral_ask	or through	-0.0259
referral_ask	or two	0.1659
referral_ask	or would	0.0691
referral_ask	or ~clock	0.1849
referral_ask	or ~help	-0.0413
referral_ask	or ~hiring	0.0495
referral_ask	or ~number	0.15
referral_ask	or ~people	0.0716
referral_ask	or ~studyverb	-0.0345
referral_ask	or ~want	0.0522
referral_ask	osei	0.0776
referral_ask	ot	0.0467
referral_ask	other	0.5905
referral_ask	other folk	0.03
referral_ask	other name	0.117
referral_ask	other peopl	0.1171
referral_ask	other person	0.0632
referral_ask	other ~people	0.3304
referral_ask	ought	0.0636
referral_ask	ought to	0.0636
referral_ask	our	-0.0633
referral_ask	out	-0.1394
referral_ask	out again	-0.0824
referral_ask	out to	0.3144
referral_ask	out ~later	-0.0831
referral_ask	outreach	0.0272
referral_ask	outreach program	0.0481
referral_ask	outreach ~degree	0.0487
referral_ask	outsid	-0.0393
referral_ask	over	-0.1366
referral_ask	over the	-0.0218
referral_ask	over ~number	-0.0313
referral_ask	own	-0.0496
referral_ask	paid	-0.03
referral_ask	panel	-0.0328
referral_ask	paper	-0.0246
referral_ask	part	0.046
referral_ask	part of	-0.0571
referral_ask	part time	-0.0211
referral_ask	part ~limit	-0.0211
referral_ask	particular person	0.0284
referral_ask	particular ~people	0.0284
referral_ask	partner who	-0.0214
referral_ask	partner ~people	-0.0214
referral_ask	partner ~want	0.0355
referral_ask	pass it	0.0804
referral_ask	pass my	-0.0865
referral_ask	past	-0.0305
referral_ask	path	0.0421
referral_ask	patient	-0.0498
referral_ask	pay	-0.0363
referral_ask	pediatr	0.0625
referral_ask	peopl	-0.2058
referral_ask	peopl from	-0.0443
referral_ask	peopl get	-0.0204
referral_ask	peopl i	0.1554
referral_ask	peopl in	0.0596
referral_ask	peopl like	-0.0357
referral_ask	peopl on	-0.0363
referral_ask	peopl or	0.1006
referral_ask	peopl say	-0.0203
referral_ask	peopl who	-0.079
referral_ask	peopl worth	0.0377
referral_ask	peopl you	-0.0793
referral_ask	peopl ~learn	-0.0333
referral_ask	peopl ~people	-0.079
referral_ask	person	0.1709
referral_ask	person at	0.0245
referral_ask	person in	0.0699
referral_ask	person to	0.0672
referral_ask	person who	0.0435
referral_ask	person work	0.0357
referral_ask	person ~people	0.041
referral_ask	person ~workverb	0.0357
referral_ask	perspect	0.1221
referral_ask	pharmaci i	0.0224
referral_ask	physio	0.0293
referral_ask	pick	0.2417
referral_ask	pick a	-0.0289
referral_ask	pick next	0.1651
referral_ask	pick your	-0.0266
referral_ask	pick ~number	-0.0312
referral_ask	ping	-0.0342
referral_ask	ping you	-0.0241
referral_ask	pitch	-0.0342
referral_ask	place	-0.0215
referral_ask	placement	-0.0493
referral_ask	planner	-0.0238
referral_ask	pleas	0.0851
referral_ask	pleas can	0.0298
referral_ask	pleas keep	-0.0359
referral_ask	pleas let	0.0559
referral_ask	podcast	-0.0767
referral_ask	podcast you	-0.0248
referral_ask	point	0.2712
referral_ask	point a	0.0702
referral_ask	point me	0.2418
referral_ask	point ~number	0.0702
referral_ask	polici	0.1027
referral_ask	polici side	0.0419
referral_ask	polici team	0.0305
referral_ask	polici that	0.0318
referral_ask	polici ~org	0.0747
referral_ask	port	0.0204
referral_ask	port author	0.0205
referral_ask	portfolio	-0.1204
referral_ask	portfolio to	-0.0244
referral_ask	portland	0.0475
referral_ask	posit and	0.0353
referral_ask	possibl	0.1008
referral_ask	possibl to	0.069
referral_ask	possibl you	0.0609
referral_ask	post on	0.0873
referral_ask	practic	-0.0452
referral_ask	practis	-0.0203
referral_ask	prefer	-0.0441
referral_ask	pressur	-0.0326
referral_ask	pretti	-0.0342
referral_ask	priya	0.139
referral_ask	probabl	-0.0321
referral_ask	problem	-0.0207
referral_ask	procur	0.0589
referral_ask	product	0.132
referral_ask	product manag	0.0752
referral_ask	product side	0.0377
referral_ask	product ~org	0.0409
referral_ask	profession	-0.1018
referral_ask	profession associ	-0.0769
referral_ask	professor	-0.0277
referral_ask	professor dr	-0.0239
referral_ask	program	0.0358
referral_ask	program not	0.0343
referral_ask	program that	0.0203
referral_ask	project	-0.1424
referral_ask	promis	-0.0395
referral_ask	proper thank	0.0201
referral_ask	public	-0.0441
referral_ask	publish	-0.0237
referral_ask	put	0.237
referral_ask	put in	-0.0535
referral_ask	put me	0.3218
referral_ask	put us	0.0409
referral_ask	que	0.2491
referral_ask	question	-0.1288
referral_ask	question about	0.0208
referral_ask	question later	-0.0374
referral_ask	question ~later	-0.0427
referral_ask	quick	0.1375
referral_ask	quick background	0.039
referral_ask	quick call	0.0882
referral_ask	quick chat	0.0789
referral_ask	quick who	0.0618
referral_ask	quick ~contactverb	0.0785
referral_ask	quick ~people	0.0459
referral_ask	quick ~talk	0.1574
referral_ask	quien	0.34
referral_ask	quit	-0.0346
referral_ask	radio	0.0202
referral_ask	random	0.0705
referral_ask	rather	0.0645
referral_ask	reach	0.1318
referral_ask	reach out	0.1828
referral_ask	reach you	-0.0223
referral_ask	read	-0.1282
referral_ask	realist	-0.0364
referral_ask	realli curious	0.0289
referral_ask	realli grate	0.0371
referral_ask	realli must	0.0666
referral_ask	reason	-0.0353
referral_ask	reason i	-0.0255
referral_ask	recent	0.0251
referral_ask	reckon	0.1512
referral_ask	reckon i	0.0431
referral_ask	recommend	0.1683
referral_ask	recommend ani	-0.0211
referral_ask	recommend for	-0.0835
referral_ask	recommend i	0.1857
referral_ask	recommend join	-0.0205
referral_ask	recommend one	0.0319
referral_ask	recommend someon	0.0736
referral_ask	recommend ~clock	0.0319
referral_ask	recommend ~number	0.0476
referral_ask	recommend ~people	0.1912
referral_ask	recruit	-0.0677
referral_ask	recruit at	-0.0367
referral_ask	recruit friend	0.0901
referral_ask	recruit in	0.0215
referral_ask	recruit or	0.03
referral_ask	refer	-0.2006
referral_ask	refer me	-0.1105
referral_ask	refer you	-0.0252
referral_ask	referr	-0.1147
referral_ask	referr from	-0.0236
referral_ask	regulatori	0.1102
referral_ask	regulatori affair	0.0869
referral_ask	regulatori side	0.0255
referral_ask	regulatori ~org	0.0255
referral_ask	remot	-0.0376
referral_ask	repli	-0.0352
referral_ask	report	-0.1158
referral_ask	report back	-0.0426
referral_ask	report to	-0.0467
referral_ask	research	0.0842
referral_ask	research and	0.0235
referral_ask	research at	0.038
referral_ask	research in	0.0374
referral_ask	research side	0.026
referral_ask	research team	0.0401
referral_ask	research ~org	0.0678
referral_ask	rest	-0.0287
referral_ask	rest of	-0.0248
referral_ask	resum	-0.17
referral_ask	resum along	-0.0428
referral_ask	resum to	-0.069
referral_ask	return	-0.0336
referral_ask	review	-0.0378
referral_ask	right	-0.2015
referral_ask	right i	-0.0259
referral_ask	right now	-0.1022
referral_ask	risk	-0.0266
referral_ask	role	-0.2376
referral_ask	role open	-0.0236
referral_ask	room	-0.0402
referral_ask	room for	-0.0247
referral_ask	rout	0.073
referral_ask	run	0.0566
referral_ask	run the	0.0786
referral_ask	run your	0.0742
referral_ask	run ~number	0.0789
referral_ask	rush	-0.0273
referral_ask	said	-0.0471
referral_ask	said i	-0.0373
referral_ask	said she	0.0332
referral_ask	said ~number	-0.0236
referral_ask	salari	-0.0406
referral_ask	say	-0.1263
referral_ask	say is	0.0327
referral_ask	say to	-0.0219
referral_ask	say you	0.0429
referral_ask	say ~number	-0.0237
referral_ask	scene	0.0573
referral_ask	schedul	-0.0357
referral_ask	scheme	-0.0486
referral_ask	school	-0.1129
referral_ask	screen	0.0244
referral_ask	season	-0.027
referral_ask	sec	-0.0262
referral_ask	second	0.0474
referral_ask	second opinion	0.0505
referral_ask	second year	0.0348
referral_ask	second ~duration	0.0348
referral_ask	second ~insight	0.0505
referral_ask	see	-0.1153
referral_ask	see if	-0.044
referral_ask	seem	0.0579
referral_ask	send	-0.021
referral_ask	send me	0.0528
referral_ask	senior	0.0343
referral_ask	sens	-0.0283
referral_ask	sens of	-0.0208
referral_ask	sent	-0.0497
referral_ask	sent you	-0.037
referral_ask	serious	-0.0351
referral_ask	set	-0.0717
referral_ask	set up	-0.0234
referral_ask	shadow	-0.0382
referral_ask	shall	-0.0381
referral_ask	shall we	-0.0286
referral_ask	shape	-0.0701
referral_ask	shape how	-0.0502
referral_ask	share	0.0911
referral_ask	share my	-0.0217
referral_ask	share the	0.0386
referral_ask	share what	0.0912
referral_ask	share ~number	0.0468
referral_ask	she	0.2156
referral_ask	she said	-0.0251
referral_ask	she would	0.0795
referral_ask	she ~want	0.0749
referral_ask	shift	-0.0451
referral_ask	shoe	0.1314
referral_ask	shoot	-0.025
referral_ask	short	-0.0858
referral_ask	short chat	0.0462
referral_ask	short ~contactverb	-0.0262
referral_ask	short ~talk	0.0207
referral_ask	should	0.4153
referral_ask	should be	0.0275
referral_ask	should chat	0.023
referral_ask	should get	0.0393
referral_ask	should i	0.1629
referral_ask	should look	0.0207
referral_ask	should meet	0.1008
referral_ask	should reach	0.07
referral_ask	should talk	0.0661
referral_ask	should we	-0.0278
referral_ask	should ~contactverb	0.0803
referral_ask	should ~learn	0.0274
referral_ask	should ~talk	0.2716
referral_ask	shud	0.034
referral_ask	shud i	0.0208
referral_ask	side	0.3469
referral_ask	side of	0.0741
referral_ask	side too	0.0548
referral_ask	side you	0.0618
referral_ask	sign	-0.0276
referral_ask	similar	0.0296
referral_ask	sinc	-0.0229
referral_ask	sinc you	0.0443
referral_ask	sincer	0.0308
referral_ask	sincer for	0.0315
referral_ask	singapor	0.0221
referral_ask	singapor offic	0.0265
referral_ask	singapor ~org	0.0265
referral_ask	site	-0.0239
referral_ask	skill	-0.0747
referral_ask	small	-0.0497
referral_ask	smaller	0.0952
referral_ask	smaller agenc	0.0321
referral_ask	smaller startup	0.0407
referral_ask	smaller ~org	0.043
referral_ask	so	-0.1672
referral_ask	so could	0.0253
referral_ask	so far	0.0398
referral_ask	so here	-0.0286
referral_ask	so i	-0.119
referral_ask	so if	-0.0316
referral_ask	so just	0.0773
referral_ask	so last	0.0258
referral_ask	so much	-0.0506
referral_ask	so quick	0.0576
referral_ask	so use	0.0606
referral_ask	so you	-0.0461
referral_ask	so ~help	0.06
referral_ask	so ~people	0.0328
referral_ask	so ~want	0.0425
referral_ask	some	0.0536
referral_ask	some other	0.0365
referral_ask	some person	0.0664
referral_ask	some ~insight	-0.0276
referral_ask	some ~people	0.0791
referral_ask	some ~student	0.0392
referral_ask	somebodi	0.0809
referral_ask	somebodi in	0.0441
referral_ask	someday	-0.0231
referral_ask	someon	0.0671
referral_ask	someon at	0.0725
referral_ask	someon earlier	0.0705
referral_ask	someon els	0.0621
referral_ask	someon i	0.0246
referral_ask	someon in	0.2612
referral_ask	someon just	-0.0384
referral_ask	someon like	-0.1188
referral_ask	someon on	0.1981
referral_ask	someon start	-0.0363
referral_ask	someon to	-0.0939
referral_ask	someon want	-0.022
referral_ask	someon with	-0.0626
referral_ask	someon ~want	-0.0995
referral_ask	someth	-0.1671
referral_ask	someth els	-0.0399
referral_ask	sometim	-0.0381
referral_ask	sommeli	0.0712
referral_ask	sorri	-0.1507
referral_ask	sorri for	0.0201
referral_ask	sorri i	-0.0549
referral_ask	sorri my	-0.0228
referral_ask	sorri one	0.033
referral_ask	sorri to	-0.0244
referral_ask	sorri ~clock	0.033
referral_ask	sorri ~people	0.0224
referral_ask	sound	0.0435
referral_ask	sound like	0.0322
referral_ask	spanish	-0.0207
referral_ask	speak	0.1731
referral_ask	speak to	0.0571
referral_ask	speak with	0.1133
referral_ask	speaker	-0.0202
referral_ask	spend	-0.0247
referral_ask	spent	-0.0422
referral_ask	spent ~clock	-0.0232
referral_ask	spent ~number	-0.022
referral_ask	spoke	0.0562
referral_ask	spoken	0.0421
referral_ask	spoken to	0.0446
referral_ask	sport	0.0257
referral_ask	spot	-0.038
referral_ask	spring to	0.0492
referral_ask	squeez	-0.0424
referral_ask	squeez me	-0.0327
referral_ask	staf	-0.0251
referral_ask	stage	-0.0317
referral_ask	stakehold	-0.0251
referral_ask	start	-0.2647
referral_ask	start in	-0.0267
referral_ask	start out	-0.0917
referral_ask	start to	-0.0242
referral_ask	startup	0.024
referral_ask	stay	-0.2165
referral_ask	stay in	-0.1876
referral_ask	step	-0.0326
referral_ask	still	-0.1205
referral_ask	still keep	-0.0357
referral_ask	stop	-0.073
referral_ask	stop here	-0.0204
referral_ask	stop there	-0.0295
referral_ask	stop ~want	-0.0204
referral_ask	stori	0.0244
referral_ask	straight	-0.0432
referral_ask	student at	-0.0291
referral_ask	student i	0.0226
referral_ask	student like	0.0597
referral_ask	student who	-0.0233
referral_ask	student ~people	-0.0233
referral_ask	studi	-0.0286
referral_ask	studio	-0.0446
referral_ask	suggest	0.1843
referral_ask	suggest a	0.0223
referral_ask	suggest i	0.1269
referral_ask	suggest ~number	0.032
referral_ask	suggest ~people	0.0206
referral_ask	suit	-0.0429
referral_ask	summer	-0.1071
referral_ask	summer ~job	-0.027
referral_ask	super	-0.0311
referral_ask	supervisor	0.0214
referral_ask	sure	-0.0223
referral_ask	survey	-0.0552
referral_ask	sustain	0.0268
referral_ask	switch	-0.0464
referral_ask	switch career	-0.0218
referral_ask	switch from	0.0544
referral_ask	switch into	-0.0305
referral_ask	switch to	-0.022
referral_ask	system	0.0301
referral_ask	system tech	0.0205
referral_ask	system ~student	0.0205
referral_ask	take	-0.1622
referral_ask	take me	-0.025
referral_ask	take much	0.0221
referral_ask	take the	-0.0229
referral_ask	take too	0.032
referral_ask	take ~number	-0.0438
referral_ask	talk	0.4401
referral_ask	talk to	0.4627
referral_ask	talk with	0.0444
referral_ask	task	-0.0225
referral_ask	tax	0.0502
referral_ask	teach	0.0362
referral_ask	teach into	0.0339
referral_ask	teach to	0.0379
referral_ask	team	0.0961
referral_ask	team and	-0.0222
referral_ask	team ever	-0.0366
referral_ask	team might	0.0819
referral_ask	team not	0.023
referral_ask	team take	-0.0215
referral_ask	team who	0.1672
referral_ask	team you	0.0461
referral_ask	team ~hiring	-0.0283
referral_ask	team ~people	0.1604
referral_ask	tech	0.0401
referral_ask	technic	-0.0319
referral_ask	tell	-0.2389
referral_ask	tell me	-0.1406
referral_ask	tell someon	-0.037
referral_ask	tell you	-0.0317
referral_ask	tell ~people	-0.037
referral_ask	tend	-0.0374
referral_ask	tend to	-0.0374
referral_ask	term	-0.0253
referral_ask	test	-0.0781
referral_ask	test the	-0.0243
referral_ask	test ~number	-0.0243
referral_ask	than	-0.0556
referral_ask	thank	-0.3149
referral_ask	thank again	-0.0248
referral_ask	thank for	-0.1033
referral_ask	thank so	-0.0207
referral_ask	thank to	-0.023
referral_ask	thank you	-0.0376
referral_ask	thank ~later	-0.0248
referral_ask	that	-0.2836
referral_ask	that a	-0.0404
referral_ask	that be	0.0333
referral_ask	that can	0.0212
referral_ask	that come	0.0227
referral_ask	that cover	-0.039
referral_ask	that i	0.1118
referral_ask	that is	-0.1292
referral_ask	that mayb	0.0219
referral_ask	that might	0.0227
referral_ask	that shape	-0.033
referral_ask	that side	0.0457
referral_ask	that true	-0.0234
referral_ask	that you	0.0645
referral_ask	that ~number	-0.0492
referral_ask	that ~org	0.0446
referral_ask	the	-0.2525
referral_ask	the agenc	0.0665
referral_ask	the alumni	-0.0214
referral_ask	the analyst	-0.0479
referral_ask	the apprenticeship	0.0283
referral_ask	the articl	-0.0221
referral_ask	the associ	0.0215
referral_ask	the berlin	0.0721
referral_ask	the big	-0.0501
referral_ask	the bootcamp	0.0238
referral_ask	the call	-0.0209
referral_ask	the career	-0.0267
referral_ask	the certif	-0.022
referral_ask	the chat	-0.0323
referral_ask	the colleg	0.0408
referral_ask	the compani	-0.0253
referral_ask	the conserv	0.0718
referral_ask	the contact	0.0226
referral_ask	the counti	0.0206
referral_ask	the data	0.0701
referral_ask	the denver	0.0208
referral_ask	the depart	0.0293
referral_ask	the director	0.1068
referral_ask	the door	-0.0617
referral_ask	the end	-0.0566
referral_ask	the final	-0.0278
referral_ask	the first	-0.0229
referral_ask	the food	0.0955
referral_ask	the foundat	0.0279
referral_ask	the graduat	-0.0498
referral_ask	the half	-0.0208
referral_ask	the head	0.0852
referral_ask	the hire	-0.0394
referral_ask	the hospit	0.0222
referral_ask	the hour	-0.0277
referral_ask	the industri	-0.04
referral_ask	the job	-0.0564
referral_ask	the jump	0.0448
referral_ask	the junior	-0.0319
referral_ask	the lab	0.0503
referral_ask	the local	0.0349
referral_ask	the market	0.0343
referral_ask	the mentor	-0.0236
referral_ask	the moment	-0.0346
referral_ask	the most	-0.036
referral_ask	the msc	0.0356
referral_ask	the museum	0.0538
referral_ask	the name	0.0449
referral_ask	the new	-0.023
referral_ask	the next	-0.0374
referral_ask	the open	-0.0361
referral_ask	the outreach	0.048
referral_ask	the partner	-0.0256
referral_ask	the peopl	-0.054
referral_ask	the person	0.0328
referral_ask	the polici	0.0592
referral_ask	the port	0.0205
referral_ask	the product	0.026
referral_ask	the recruit	0.0342
referral_ask	the regulatori	0.0302
referral_ask	the research	0.0713
referral_ask	the senior	0.0466
referral_ask	the singapor	0.0265
referral_ask	the spring	-0.0364
referral_ask	the studio	-0.0375
referral_ask	the summer	-0.0258
referral_ask	the sustain	0.0337
referral_ask	the switch	0.0445
referral_ask	the team	-0.0443
referral_ask	the time	-0.0653
referral_ask	the tip	0.0581
referral_ask	the traine	-0.0242
referral_ask	the trust	0.0231
referral_ask	the two	-0.0267
referral_ask	the uni	0.0218
referral_ask	the union	0.0374
referral_ask	the urban	0.0333
referral_ask	the ~clock	-0.0336
referral_ask	the ~closing	-0.0385
referral_ask	the ~degree	0.0345
referral_ask	the ~hiring	-0.053
referral_ask	the ~insight	0.0521
referral_ask	the ~job	-0.0806
referral_ask	the ~learn	0.0793
referral_ask	the ~limit	-0.0659
referral_ask	the ~number	-0.0276
referral_ask	the ~people	0.0224
referral_ask	the ~student	-0.0452
referral_ask	the ~talk	-0.0465
referral_ask	the ~timeunit	-0.028
referral_ask	their	0.1767
referral_ask	their career	0.0711
referral_ask	their first	0.0854
referral_ask	their side	0.0216
referral_ask	their stori	0.0476
referral_ask	their ~insight	0.0207
referral_ask	their ~org	0.0216
referral_ask	them also	0.0381
referral_ask	them to	-0.0328
referral_ask	them too	0.0386
referral_ask	then	-0.0378
referral_ask	there	0.3948
referral_ask	there a	0.0745
referral_ask	there ani	-0.0234
referral_ask	there anybodi	0.0608
referral_ask	there anyon	0.3678
referral_ask	there anyth	-0.1503
referral_ask	there i	0.0206
referral_ask	there is	0.0677
referral_ask	there mani	-0.0236
referral_ask	there other	0.1106
referral_ask	there somebodi	0.0213
referral_ask	there someon	0.1624
referral_ask	there ~number	0.0742
referral_ask	there ~people	0.6052
referral_ask	these	-0.0518
referral_ask	these chat	-0.0205
referral_ask	they	0.0259
referral_ask	they screen	0.0318
referral_ask	they would	0.0525
referral_ask	they ~want	0.044
referral_ask	thing	-0.0328
referral_ask	thing could	0.0249
referral_ask	thing do	0.04
referral_ask	thing ~help	0.04
referral_ask	think	0.3133
referral_ask	think i	0.2106
referral_ask	think it	-0.0307
referral_ask	think she	0.0277
referral_ask	think someon	0.065
referral_ask	think that	-0.0354
referral_ask	think the	0.0397
referral_ask	think we	-0.0296
referral_ask	think would	0.1064
referral_ask	think you	-0.0241
referral_ask	think ~number	0.0272
referral_ask	think ~people	0.0589
referral_ask	think ~want	0.1064
referral_ask	this	-0.2356
referral_ask	this call	-0.0233
referral_ask	this field	-0.0436
referral_ask	this has	0.0227
referral_ask	this industri	0.0441
referral_ask	this summer	-0.0253
referral_ask	this ~closing	-0.0506
referral_ask	this ~contactverb	-0.0233
referral_ask	this ~talk	-0.0372
referral_ask	those	-0.0214
referral_ask	thought	0.022
referral_ask	thought on	0.0476
referral_ask	three year	0.0271
referral_ask	three ~duration	0.0265
referral_ask	through	-0.2095
referral_ask	through how	-0.0513
referral_ask	through you	-0.0249
referral_ask	through ~number	-0.0227
referral_ask	time	-0.0665
referral_ask	time a	0.042
referral_ask	time could	0.0301
referral_ask	time so	0.1302
referral_ask	time to	-0.0484
referral_ask	time ~number	0.042
referral_ask	tip	0.0443
referral_ask	to	0.1894
referral_ask	to a	0.1653
referral_ask	to about	0.1339
referral_ask	to and	0.029
referral_ask	to anyon	0.0644
referral_ask	to ask	0.0573
referral_ask	to be	-0.1366
referral_ask	to big	0.0361
referral_ask	to do	-0.0473
referral_ask	to dr	0.0986
referral_ask	to email	0.0398
referral_ask	to forward	-0.0358
referral_ask	to get	0.0483
referral_ask	to give	0.0433
referral_ask	to go	-0.064
referral_ask	to have	0.0412
referral_ask	to head	-0.0213
referral_ask	to hear	0.2286
referral_ask	to help	-0.0664
referral_ask	to her	0.1846
referral_ask	to hire	-0.051
referral_ask	to in	0.0207
referral_ask	to introduc	0.1109
referral_ask	to join	-0.0222
referral_ask	to jordan	0.0232
referral_ask	to keep	-0.067
referral_ask	to know	0.2577
referral_ask	to l	0.0218
referral_ask	to leav	-0.0461
referral_ask	to let	-0.044
referral_ask	to like	0.0235
referral_ask	to mayb	0.0234
referral_ask	to me	-0.0446
referral_ask	to mention	0.0719
referral_ask	to mind	0.3046
referral_ask	to move	-0.0208
referral_ask	to my	-0.0312
referral_ask	to newcom	0.0718
referral_ask	to next	0.0782
referral_ask	to one	0.0925
referral_ask	to pass	-0.0617
referral_ask	to peopl	-0.1113
referral_ask	to priya	0.149
referral_ask	to reach	-0.038
referral_ask	to refer	-0.0426
referral_ask	to run	-0.0449
referral_ask	to rush	-0.0239
referral_ask	to say	-0.0261
referral_ask	to see	-0.0648
referral_ask	to send	-0.029
referral_ask	to someon	0.1696
referral_ask	to start	-0.0366
referral_ask	to stay	-0.0855
referral_ask	to talk	0.0307
referral_ask	to tell	-0.0247
referral_ask	to test	-0.028
referral_ask	to the	0.0343
referral_ask	to work	-0.0843
referral_ask	to you	-0.1967
referral_ask	to your	0.1581
referral_ask	to ~clock	0.089
referral_ask	to ~gatekeeper	-0.0274
referral_ask	to ~help	-0.0657
referral_ask	to ~learn	0.2773
referral_ask	to ~limit	-0.0219
referral_ask	to ~number	0.2734
referral_ask	to ~people	0.1915
referral_ask	to ~sendverb	-0.0954
referral_ask	to ~talk	0.0503
referral_ask	to ~workverb	-0.1304
referral_ask	today	-0.0732
referral_ask	togeth	-0.0201
referral_ask	told	-0.1166
referral_ask	told me	-0.0735
referral_ask	tom	-0.0211
referral_ask	tomorrow and	0.0309
referral_ask	tonight	-0.0218
referral_ask	too	0.2214
referral_ask	too cheeki	0.0345
referral_ask	too much	0.1148
referral_ask	tool	-0.0273
referral_ask	total	-0.0387
referral_ask	touch	0.0957
referral_ask	touch and	-0.0216
referral_ask	touch with	0.1706
referral_ask	toward	0.1248
referral_ask	toward a	0.0306
referral_ask	toward ani	-0.0236
referral_ask	toward ~number	0.0306
referral_ask	track	-0.0309
referral_ask	tradit	-0.0308
referral_ask	tradit background	-0.0308
referral_ask	traine	-0.0389
referral_ask	transfer	-0.0286
referral_ask	translat	0.0383
referral_ask	tri	-0.1324
referral_ask	tri to	-0.0855
referral_ask	troubl	0.2058
referral_ask	true	-0.0365
referral_ask	trust	0.073
referral_ask	trust to	0.0508
referral_ask	turn	-0.0227
referral_ask	tutor	0.0305
referral_ask	tutor for	0.0341
referral_ask	two	0.1174
referral_ask	two peopl	0.0804
referral_ask	two person	0.0218
referral_ask	two qs	0.0227
referral_ask	two year	-0.0215
referral_ask	two ~duration	-0.0237
referral_ask	two ~people	0.0798
referral_ask	typic	-0.0628
referral_ask	uh	0.0215
referral_ask	understand how	0.0241
referral_ask	understand thank	0.0396
referral_ask	understand what	-0.0326
referral_ask	understood	0.042
referral_ask	understood fair	0.0514
referral_ask	uni	0.0254
referral_ask	uni applic	0.0229
referral_ask	uni ~application	0.0229
referral_ask	union	0.0576
referral_ask	unpaid	-0.0439
referral_ask	up	-0.3982
referral_ask	up by	-0.0216
referral_ask	up do	0.022
referral_ask	up for	0.1086
referral_ask	up in	-0.0219
referral_ask	up on	-0.0739
referral_ask	up with	-0.1023
referral_ask	up ~help	0.0204
referral_ask	up ~number	-0.0206
referral_ask	up ~people	0.0204
referral_ask	up ~want	-0.0329
referral_ask	updat	-0.0306
referral_ask	us	0.1701
referral_ask	us in	0.0409
referral_ask	use to	-0.0583
referral_ask	use your	0.1095
referral_ask	use ~number	-0.0215
referral_ask	usual	-0.1392
referral_ask	uw	0.031
referral_ask	ux	0.0926
referral_ask	ux research	0.1084
referral_ask	ux ~learn	0.0321
referral_ask	ux ~student	0.0368
referral_ask	vacanc	-0.0339
referral_ask	veri	0.0406
referral_ask	veri help	0.0414
referral_ask	veri much	0.0409
referral_ask	vet	0.0263
referral_ask	veteran	-0.0209
referral_ask	view	0.051
referral_ask	volunt	-0.0832
referral_ask	vs	-0.0315
referral_ask	wait	-0.0386
referral_ask	walk	-0.0913
referral_ask	walk me	-0.0819
referral_ask	want	-0.1339
referral_ask	want a	0.0407
referral_ask	want advis	0.0221
referral_ask	want it	0.076
referral_ask	want me	-0.0264
referral_ask	want someon	-0.0229
referral_ask	want to	-0.1644
referral_ask	want ~people	-0.0229
referral_ask	was	-0.1977
referral_ask	was it	-0.0276
referral_ask	was like	0.1158
referral_ask	was so	0.0375
referral_ask	was there	-0.0304
referral_ask	was veri	0.0262
referral_ask	was wonder	-0.0808
referral_ask	was your	-0.022
referral_ask	was ~number	-0.0232
referral_ask	was ~want	-0.025
referral_ask	way	-0.1455
referral_ask	way i	-0.09
referral_ask	way to	-0.0427
referral_ask	we call	-0.0232
referral_ask	we can	-0.0333
referral_ask	we finish	0.091
referral_ask	we have	-0.035
referral_ask	we spoke	0.0701
referral_ask	we stay	-0.0248
referral_ask	we wrap	0.0569
referral_ask	we ~contactverb	-0.0232
referral_ask	we ~talk	-0.0471
referral_ask	week	-0.2108
referral_ask	week to	-0.0299
referral_ask	weekend	-0.0497
referral_ask	weird if	0.0782
referral_ask	weird to	-0.0504
referral_ask	well	-0.0412
referral_ask	went	0.0317
referral_ask	went the	0.0289
referral_ask	went through	0.0285
referral_ask	went ~number	0.0285
referral_ask	were	-0.0368
referral_ask	were in	0.1638
referral_ask	were start	-0.0655
referral_ask	were ~number	-0.0224
referral_ask	what	-0.8288
referral_ask	what a	-0.0203
referral_ask	what advic	-0.0471
referral_ask	what do	-0.0778
referral_ask	what doe	-0.0428
referral_ask	what happen	-0.0278
referral_ask	what is	-0.1742
referral_ask	what kind	-0.0472
referral_ask	what made	-0.0357
referral_ask	what make	-0.0244
referral_ask	what would	-0.1384
referral_ask	what you	-0.0588
referral_ask	what ~help	-0.0777
referral_ask	what ~insight	-0.0481
referral_ask	what ~number	-0.0395
referral_ask	what ~student	0.0442
referral_ask	what ~want	-0.1384
referral_ask	when	-0.2466
referral_ask	when a	-0.0259
referral_ask	when i	0.1242
referral_ask	when you	-0.2391
referral_ask	when ~number	-0.038
referral_ask	when ~people	-0.0229
referral_ask	whenev	-0.0364
referral_ask	whenev the	-0.0205
referral_ask	whenev ~number	-0.0205
referral_ask	where	-0.1343
referral_ask	where do	-0.0274
referral_ask	where would	-0.0306
referral_ask	where ~help	-0.0274
referral_ask	where ~want	-0.0306
referral_ask	whether	-0.1281
referral_ask	whether you	-0.0419
referral_ask	whether ~number	-0.0238
referral_ask	whi	-0.0535
referral_ask	whi i	-0.027
referral_ask	which	-0.1867
referral_ask	which are	0.0611
referral_ask	while	-0.0578
referral_ask	while i	-0.0254
referral_ask	who	0.9901
referral_ask	who actual	-0.0271
referral_ask	who come	0.0433
referral_ask	who doe	0.0534
referral_ask	who els	0.361
referral_ask	who help	-0.0442
referral_ask	who i	0.0391
referral_ask	who in	0.0457
referral_ask	who is	0.0665
referral_ask	who made	0.0792
referral_ask	who might	0.2186
referral_ask	who move	0.0211
referral_ask	who on	-0.0256
referral_ask	who realli	-0.0233
referral_ask	who refer	-0.0205
referral_ask	who run	0.028
referral_ask	who start	0.0255
referral_ask	who to	-0.0457
referral_ask	who took	0.02
referral_ask	who want	-0.0288
referral_ask	who went	0.0636
referral_ask	who work	0.0692
referral_ask	who would	0.2564
referral_ask	who ~studyverb	0.0208
referral_ask	who ~want	0.2201
referral_ask	whoever	0.1101
referral_ask	whoever run	0.0901
referral_ask	whose	0.3909
referral_ask	whose brain	0.3547
referral_ask	whose work	0.0217
referral_ask	whose ~learn	0.0217
referral_ask	whose ~workverb	0.0217
referral_ask	will	-0.117
referral_ask	will be	-0.0359
referral_ask	will definit	-0.0244
referral_ask	will keep	0.0964
referral_ask	will leav	-0.0203
referral_ask	will let	-0.037
referral_ask	will reach	-0.0235
referral_ask	will report	-0.0334
referral_ask	will to	0.1078
referral_ask	will ~contactverb	-0.0698
referral_ask	will ~talk	-0.0724
referral_ask	wish	-0.0636
referral_ask	wish you	-0.0314
referral_ask	wish ~people	-0.0204
referral_ask	with	0.2497
referral_ask	with a	-0.0399
referral_ask	with about	0.0271
referral_ask	with anyth	0.0792
referral_ask	with me	0.0732
referral_ask	with most	-0.0379
referral_ask	with my	-0.0512
referral_ask	with next	0.0475
referral_ask	with no	-0.0289
referral_ask	with peopl	-0.0944
referral_ask	with someon	0.1587
referral_ask	with the	-0.0363
referral_ask	with them	0.0218
referral_ask	with to	0.0214
referral_ask	with whoever	0.0977
referral_ask	with you	-0.1275
referral_ask	with your	0.0512
referral_ask	with ~number	-0.0844
referral_ask	with ~people	0.0531
referral_ask	without	-0.0685
referral_ask	without a	-0.0213
referral_ask	without ~number	-0.0238
referral_ask	wonder	-0.0292
referral_ask	wonder if	0.0649
referral_ask	wonder what	-0.0208
referral_ask	wonder whether	-0.045
referral_ask	word for	-0.046
referral_ask	word with	0.0377
referral_ask	work	-0.1098
referral_ask	work at	-0.0264
referral_ask	work i	-0.0272
referral_ask	work in	0.2513
referral_ask	work with	-0.0501
referral_ask	worst	-0.0234
referral_ask	worth	0.1202
referral_ask	worth a	0.0488
referral_ask	worth contact	0.0577
referral_ask	worth hear	0.0437
referral_ask	worth it	-0.0303
referral_ask	worth me	0.0292
referral_ask	worth talk	0.0217
referral_ask	worth ~number	0.0318
referral_ask	worth ~talk	0.0818
referral_ask	would	0.7507
referral_ask	would also	0.1152
referral_ask	would be	0.1149
referral_ask	would have	0.0401
referral_ask	would i	-0.029
referral_ask	would it	0.0346
referral_ask	would jump	-0.0214
referral_ask	would love	0.1913
referral_ask	would mean	0.0326
referral_ask	would point	0.0998
referral_ask	would realli	0.0492
referral_ask	would recommend	-0.0466
referral_ask	would suggest	0.1561
referral_ask	would that	0.0284
referral_ask	would trust	0.0569
referral_ask	would you	0.1862
referral_ask	would your	0.0709
referral_ask	would ~help	-0.0307
referral_ask	would ~number	-0.037
referral_ask	would ~talk	0.0441
referral_ask	would ~want	0.0377
referral_ask	wrap up	0.0288
referral_ask	write	0.1034
referral_ask	write that	0.0253
referral_ask	write to	0.075
referral_ask	write you	-0.0322
referral_ask	writer	0.0337
referral_ask	yeah	-0.0433
referral_ask	year	-0.0586
referral_ask	year associ	0.0621
referral_ask	year of	0.0223
referral_ask	year was	0.1065
referral_ask	year ~student	0.0545
referral_ask	yes	-0.0278
referral_ask	yet	-0.0288
referral_ask	you	-0.3967
referral_ask	you admir	0.0207
referral_ask	you after	-0.0466
referral_ask	you an	-0.0357
referral_ask	you approach	-0.0495
referral_ask	you are	-0.1679
referral_ask	you be	0.0815
referral_ask	you call	0.0353
referral_ask	you can	-0.0318
referral_ask	you card	0.0257
referral_ask	you connect	0.0863
referral_ask	you consid	-0.026
referral_ask	you could	0.3267
referral_ask	you decid	-0.0469
referral_ask	you describ	-0.0474
referral_ask	you direct	-0.0245
referral_ask	you do	-0.0584
referral_ask	you email	-0.0501
referral_ask	you end	-0.0303
referral_ask	you ever	-0.2268
referral_ask	you feel	0.0513
referral_ask	you find	-0.0548
referral_ask	you follow	-0.0226
referral_ask	you for	-0.0202
referral_ask	you get	-0.1264
referral_ask	you go	0.0395
referral_ask	you got	-0.0202
referral_ask	you guy	-0.0322
referral_ask	you had	-0.0244
referral_ask	you happen	0.112
referral_ask	you have	-0.0635
referral_ask	you hear	-0.0536
referral_ask	you hire	-0.0483
referral_ask	you how	-0.0243
referral_ask	you if	-0.0741
referral_ask	you in	-0.0616
referral_ask	you intro	0.0439
referral_ask	you introduc	0.2215
referral_ask	you keep	-0.1003
referral_ask	you know	0.6106
referral_ask	you later	0.0338
referral_ask	you let	-0.0603
referral_ask	you like	-0.0376
referral_ask	you mayb	0.0853
referral_ask	you meet	-0.0316
referral_ask	you mention	0.4916
referral_ask	you mind	0.1499
referral_ask	you my	-0.0315
referral_ask	you need	-0.0802
referral_ask	you on	-0.1332
referral_ask	you onc	-0.0262
referral_ask	you or	-0.0221
referral_ask	you pass	-0.02
referral_ask	you pick	0.0934
referral_ask	you point	0.1261
referral_ask	you post	0.081
referral_ask	you prefer	-0.0338
referral_ask	you put	0.1153
referral_ask	you rather	0.0737
referral_ask	you realli	0.0375
referral_ask	you reckon	0.1548
referral_ask	you recommend	0.2466
referral_ask	you refer	-0.0339
referral_ask	you report	-0.0284
referral_ask	you said	0.038
referral_ask	you say	-0.0444
referral_ask	you share	0.0284
referral_ask	you sincer	0.0315
referral_ask	you so	-0.0378
referral_ask	you start	-0.0443
referral_ask	you stay	-0.0475
referral_ask	you still	-0.072
referral_ask	you suggest	0.0889
referral_ask	you take	-0.0474
referral_ask	you tell	-0.1311
referral_ask	you that	-0.0223
referral_ask	you the	-0.0559
referral_ask	you think	0.5124
referral_ask	you this	0.0284
referral_ask	you to	-0.1173
referral_ask	you use	-0.0264
referral_ask	you usual	-0.0572
referral_ask	you veri	0.0478
referral_ask	you walk	-0.0502
referral_ask	you want	-0.0453
referral_ask	you were	0.0486
referral_ask	you when	-0.0523
referral_ask	you wish	-0.0587
referral_ask	you with	-0.044
referral_ask	you work	-0.0717
referral_ask	you would	0.0941
referral_ask	you ~clock	-0.0227
referral_ask	you ~contactverb	-0.0324
referral_ask	you ~help	-0.0814
referral_ask	you ~hiring	-0.0248
referral_ask	you ~insight	-0.0583
referral_ask	you ~learn	0.3572
referral_ask	you ~number	-0.1156
referral_ask	you ~sendverb	-0.0414
referral_ask	you ~studyverb	-0.0222
referral_ask	you ~talk	-0.0531
referral_ask	you ~workverb	-0.0885
referral_ask	your	-0.1059
referral_ask	your agenc	-0.022
referral_ask	your biggest	-0.0239
referral_ask	your board	0.0257
referral_ask	your brain	-0.0208
referral_ask	your career	-0.0594
referral_ask	your colleagu	0.1864
referral_ask	your compani	-0.0405
referral_ask	your data	0.0283
referral_ask	your depart	-0.0301
referral_ask	your design	0.0423
referral_ask	your director	0.0703
referral_ask	your end	0.0756
referral_ask	your experi	-0.0415
referral_ask	your field	-0.0617
referral_ask	your firm	-0.0715
referral_ask	your first	-0.0942
referral_ask	your former	0.1336
referral_ask	your friend	0.1893
referral_ask	your guidanc	0.0312
referral_ask	your hire	-0.0366
referral_ask	your hr	-0.022
referral_ask	your industri	-0.0247
referral_ask	your intro	0.0445
referral_ask	your kind	0.0546
referral_ask	your lab	-0.0234
referral_ask	your line	0.0234
referral_ask	your manag	0.094
referral_ask	your name	0.0931
referral_ask	your network	0.1021
referral_ask	your next	-0.0534
referral_ask	your old	0.2016
referral_ask	your opinion	0.0707
referral_ask	your own	-0.026
referral_ask	your role	-0.023
referral_ask	your team	-0.2054
referral_ask	your time	0.0588
referral_ask	your ux	0.0496
referral_ask	your view	0.0472
referral_ask	your who	0.067
referral_ask	your work	-0.0342
referral_ask	your ~closing	-0.0562
referral_ask	your ~degree	-0.0253
referral_ask	your ~hiring	-0.0321
referral_ask	your ~insight	0.0763
referral_ask	your ~job	-0.0409
referral_ask	your ~learn	-0.0406
referral_ask	your ~org	-0.5062
referral_ask	your ~people	0.2583
referral_ask	your ~talk	0.081
referral_ask	your ~workverb	-0.0342
referral_ask	yourself	-0.0423
referral_ask	~application	-0.2114
referral_ask	~application along	-0.0438
referral_ask	~application to	-0.0829
referral_ask	~clock	-0.2037
referral_ask	~clock day	-0.0404
referral_ask	~clock in	0.04
referral_ask	~clock more	-0.0278
referral_ask	~clock of	0.0516
referral_ask	~clock or	0.1253
referral_ask	~clock peopl	0.0978
referral_ask	~clock person	0.021
referral_ask	~clock qs	0.0227
referral_ask	~clock sec	-0.0333
referral_ask	~clock so	0.0213
referral_ask	~clock you	0.039
referral_ask	~closing	-0.5683
referral_ask	~closing and	-0.027
referral_ask	~contactverb	0.1903
referral_ask	~contactverb about	0.026
referral_ask	~contactverb after	-0.0518
referral_ask	~contactverb and	-0.0225
referral_ask	~contactverb back	-0.0275
referral_ask	~contactverb her	0.0641
referral_ask	~contactverb i	-0.0259
referral_ask	~contactverb it	-0.0386
referral_ask	~contactverb next	0.033
referral_ask	~contactverb on	-0.0247
referral_ask	~contactverb out	0.1609
referral_ask	~contactverb to	0.0746
referral_ask	~contactverb when	-0.0207
referral_ask	~contactverb with	0.1296
referral_ask	~contactverb you	-0.1188
referral_ask	~degree	-0.0398
referral_ask	~degree and	0.02
referral_ask	~degree at	0.023
referral_ask	~degree in	-0.0375
referral_ask	~degree is	-0.0242
referral_ask	~degree let	0.0206
referral_ask	~degree not	0.034
referral_ask	~degree now	0.046
referral_ask	~degree or	-0.0264
referral_ask	~degree program	0.0228
referral_ask	~degree requir	0.0229
referral_ask	~degree rout	0.0619
referral_ask	~degree that	0.0203
referral_ask	~degree work	0.0302
referral_ask	~duration	-0.1599
referral_ask	~duration associ	0.0621
referral_ask	~duration of	0.0222
referral_ask	~duration to	-0.0294
referral_ask	~duration was	0.1065
referral_ask	~gatekeeper	-0.0836
referral_ask	~gatekeeper at	0.0266
referral_ask	~gatekeeper be	0.0624
referral_ask	~gatekeeper friend	0.0901
referral_ask	~gatekeeper like	0.0334
referral_ask	~gatekeeper right	-0.0338
referral_ask	~gatekeeper side	0.0207
referral_ask	~gatekeeper team	-0.0229
referral_ask	~gatekeeper would	0.0205
referral_ask	~gatekeeper you	0.0289
referral_ask	~help	-0.5053
referral_ask	~help ani	0.064
referral_ask	~help differ	-0.0223
referral_ask	~help freelanc	0.0255
referral_ask	~help grant	0.0338
referral_ask	~help i	-0.0251
referral_ask	~help it	-0.0209
referral_ask	~help me	0.0765
referral_ask	~help most	-0.0384
referral_ask	~help not	-0.0223
referral_ask	~help out	-0.0277
referral_ask	~help peopl	-0.0711
referral_ask	~help someon	-0.0435
referral_ask	~help the	-0.0502
referral_ask	~help they	-0.0216
referral_ask	~help to	-0.104
referral_ask	~help you	0.0511
referral_ask	~help your	-0.0285
referral_ask	~hiring	-0.2712
referral_ask	~hiring right	-0.0338
referral_ask	~hiring side	0.0216
referral_ask	~insight for	-0.0315
referral_ask	~insight from	-0.0351
referral_ask	~insight me	-0.0216
referral_ask	~insight much	0.0221
referral_ask	~insight not	0.0794
referral_ask	~insight of	-0.0379
referral_ask	~insight on	0.0253
referral_ask	~insight too	0.0375
referral_ask	~insight would	-0.0296
referral_ask	~job	-0.7081
referral_ask	~job and	0.021
referral_ask	~job at	-0.0459
referral_ask	~job come	-0.0216
referral_ask	~job for	-0.042
referral_ask	~job honest	0.0405
referral_ask	~job i	-0.0376
referral_ask	~job in	-0.1016
referral_ask	~job just	0.0575
referral_ask	~job on	-0.0617
referral_ask	~job open	-0.046
referral_ask	~job or	-0.0233
referral_ask	~job program	0.0524
referral_ask	~job you	-0.0221
referral_ask	~later	-0.204
referral_ask	~later for	0.0332
referral_ask	~later i	0.0794
referral_ask	~later if	-0.0381
referral_ask	~later in	-0.0278
referral_ask	~later the	-0.0205
referral_ask	~later to	0.0415
referral_ask	~learn	0.0285
referral_ask	~learn about	0.1526
referral_ask	~learn also	0.0489
referral_ask	~learn an	0.0428
referral_ask	~learn ani	0.2315
referral_ask	~learn anybodi	0.1176
referral_ask	~learn anyon	0.2124
referral_ask	~learn at	-0.0202
referral_ask	~learn back	-0.0514
referral_ask	~learn from	0.14
referral_ask	~learn her	0.0676
referral_ask	~learn him	0.0211
referral_ask	~learn hire	-0.0445
referral_ask	~learn how	0.0471
referral_ask	~learn i	-0.0449
referral_ask	~learn in	0.1183
referral_ask	~learn into	-0.0573
referral_ask	~learn it	-0.036
referral_ask	~learn me	-0.1112
referral_ask	~learn next	0.1647
referral_ask	~learn of	-0.0544
referral_ask	~learn on	-0.0268
referral_ask	~learn one	-0.0519
referral_ask	~learn other	0.1667
referral_ask	~learn out	-0.0376
referral_ask	~learn peopl	-0.0209
referral_ask	~learn side	0.026
referral_ask	~learn some	0.0495
referral_ask	~learn somebodi	0.0446
referral_ask	~learn team	0.0401
referral_ask	~learn thank	0.034
referral_ask	~learn that	-0.0261
referral_ask	~learn the	-0.0447
referral_ask	~learn their	0.0743
referral_ask	~learn them	0.0293
referral_ask	~learn to	0.0835
referral_ask	~learn we	0.0358
referral_ask	~learn what	-0.0724
referral_ask	~learn whether	-0.0277
referral_ask	~learn which	-0.0243
referral_ask	~learn with	-0.0547
referral_ask	~learn would	0.0329
referral_ask	~learn you	-0.1472
referral_ask	~learn your	-0.1018
referral_ask	~limit	-0.2712
referral_ask	~limit a	0.0391
referral_ask	~limit could	0.0298
referral_ask	~limit for	0.0606
referral_ask	~limit i	-0.023
referral_ask	~limit is	-0.0313
referral_ask	~limit so	0.1079
referral_ask	~limit to	-0.0545
referral_ask	~number	-0.3365
referral_ask	~number agenc	0.063
referral_ask	~number alumni	-0.0327
referral_ask	~number analyst	-0.0501
referral_ask	~number applic	-0.0208
referral_ask	~number apprenticeship	0.0218
referral_ask	~number articl	-0.0231
referral_ask	~number associ	0.0201
referral_ask	~number berlin	0.0721
referral_ask	~number big	-0.0748
referral_ask	~number bit	-0.0496
referral_ask	~number call	-0.0266
referral_ask	~number career	-0.0519
referral_ask	~number case	-0.0258
referral_ask	~number certif	-0.0264
referral_ask	~number chat	0.0562
referral_ask	~number code	0.0333
referral_ask	~number coffe	0.0758
referral_ask	~number colleagu	0.0983
referral_ask	~number colleg	0.0406
referral_ask	~number communiti	-0.0237
referral_ask	~number compani	-0.0388
referral_ask	~number conserv	0.0718
referral_ask	~number contact	0.0771
referral_ask	~number convers	0.0543
referral_ask	~number coupl	0.0514
referral_ask	~number cours	-0.0225
referral_ask	~number data	0.0626
referral_ask	~number day	-0.0419
referral_ask	~number degre	-0.0237
referral_ask	~number denver	0.0208
referral_ask	~number depart	0.0291
referral_ask	~number director	0.1059
referral_ask	~number door	-0.0621
referral_ask	~number email	0.0668
referral_ask	~number end	-0.0566
referral_ask	~number english	0.0348
referral_ask	~number few	-0.0429
referral_ask	~number field	-0.0218
referral_ask	~number final	-0.0428
referral_ask	~number fit	-0.0297
referral_ask	~number food	0.0925
referral_ask	~number former	0.0391
referral_ask	~number foundat	0.0278
referral_ask	~number friend	-0.0433
referral_ask	~number good	-0.0915
referral_ask	~number graduat	-0.0522
referral_ask	~number group	0.0278
referral_ask	~number half	-0.0208
referral_ask	~number head	0.0801
referral_ask	~number hire	-0.0429
referral_ask	~number honest	0.0358
referral_ask	~number hour	-0.0482
referral_ask	~number in	0.0405
referral_ask	~number industri	-0.0404
referral_ask	~number internship	-0.0224
referral_ask	~number interview	-0.1198
referral_ask	~number intro	0.2598
referral_ask	~number introduct	0.1774
referral_ask	~number jump	0.0446
referral_ask	~number lab	0.0433
referral_ask	~number last	-0.035
referral_ask	~number lectur	0.024
referral_ask	~number line	0.0335
referral_ask	~number local	0.0221
referral_ask	~number market	0.0339
referral_ask	~number master	-0.0265
referral_ask	~number messag	-0.0233
referral_ask	~number minut	0.0342
referral_ask	~number moment	-0.0526
referral_ask	~number month	-0.0656
referral_ask	~number more	0.0313
referral_ask	~number most	-0.0361
referral_ask	~number msc	0.0353
referral_ask	~number museum	0.0691
referral_ask	~number name	0.1539
referral_ask	~number new	-0.0466
referral_ask	~number newcom	0.0557
referral_ask	~number next	-0.0317
referral_ask	~number non	-0.0228
referral_ask	~number nonprofit	0.0455
referral_ask	~number note	0.0234
referral_ask	~number of	0.1235
referral_ask	~number open	-0.0499
referral_ask	~number or	0.1271
referral_ask	~number outreach	0.048
referral_ask	~number partner	-0.0256
referral_ask	~number peopl	0.0435
referral_ask	~number person	0.0466
referral_ask	~number polici	0.055
referral_ask	~number port	0.0205
referral_ask	~number portfolio	-0.0325
referral_ask	~number program	-0.023
referral_ask	~number project	-0.0273
referral_ask	~number qs	0.0227
referral_ask	~number quick	0.1186
referral_ask	~number referr	-0.0358
referral_ask	~number regulatori	0.0301
referral_ask	~number research	0.0521
referral_ask	~number role	-0.034
referral_ask	~number sec	-0.0257
referral_ask	~number self	0.0234
referral_ask	~number senior	0.036
referral_ask	~number short	-0.0257
referral_ask	~number similar	0.036
referral_ask	~number singapor	0.0265
referral_ask	~number small	-0.0237
referral_ask	~number smaller	0.0567
referral_ask	~number spot	-0.0206
referral_ask	~number spring	-0.0369
referral_ask	~number student	0.1018
referral_ask	~number studio	-0.0438
referral_ask	~number summari	0.0218
referral_ask	~number summer	-0.0349
referral_ask	~number sustain	0.0324
referral_ask	~number switch	0.0435
referral_ask	~number system	0.0201
referral_ask	~number thing	-0.0337
referral_ask	~number time	-0.0771
referral_ask	~number tip	0.0581
referral_ask	~number trial	-0.0344
referral_ask	~number trust	0.0231
referral_ask	~number two	-0.0279
referral_ask	~number typic	-0.0409
referral_ask	~number uni	0.0218
referral_ask	~number union	0.0583
referral_ask	~number urban	0.0333
referral_ask	~number ux	0.0244
referral_ask	~number volunt	-0.0225
referral_ask	~number way	-0.028
referral_ask	~number week	-0.062
referral_ask	~number year	0.0343
referral_ask	~number you	0.0402
referral_ask	~org	0.3977
referral_ask	~org administr	0.0267
referral_ask	~org and	-0.0416
referral_ask	~org decid	-0.0232
referral_ask	~org do	0.0204
referral_ask	~org ever	-0.0735
referral_ask	~org has	-0.0262
referral_ask	~org i	0.0418
referral_ask	~org if	0.1464
referral_ask	~org is	-0.0339
referral_ask	~org like	-0.0333
referral_ask	~org manag	0.0775
referral_ask	~org might	0.0819
referral_ask	~org need	-0.021
referral_ask	~org not	0.0294
referral_ask	~org of	0.0729
referral_ask	~org peopl	0.0398
referral_ask	~org pharmaci	0.0281
referral_ask	~org pleas	-0.0206
referral_ask	~org side	0.0418
referral_ask	~org start	0.0287
referral_ask	~org take	-0.0281
referral_ask	~org that	0.0644
referral_ask	~org too	0.0546
referral_ask	~org where	0.0307
referral_ask	~org who	0.1752
referral_ask	~org you	0.1748
referral_ask	~people	1.677
referral_ask	~people actual	-0.0539
referral_ask	~people at	0.3154
referral_ask	~people come	0.124
referral_ask	~people day	-0.0399
referral_ask	~people doe	0.0452
referral_ask	~people earlier	0.0705
referral_ask	~people els	0.687
referral_ask	~people for	-0.0222
referral_ask	~people from	0.1119
referral_ask	~people get	-0.0504
referral_ask	~people help	-0.0531
referral_ask	~people i	0.2327
referral_ask	~people in	0.7631
referral_ask	~people introduc	-0.03
referral_ask	~people is	0.05
referral_ask	~people just	-0.055
referral_ask	~people last	-0.0239
referral_ask	~people like	-0.1419
referral_ask	~people made	0.0792
referral_ask	~people might	0.2182
referral_ask	~people next	0.0381
referral_ask	~people of	0.2415
referral_ask	~people on	0.2576
referral_ask	~people or	0.2473
referral_ask	~people priya	0.0404
referral_ask	~people realli	-0.0233
referral_ask	~people refer	-0.0314
referral_ask	~people say	-0.0203
referral_ask	~people sec	-0.0315
referral_ask	~people so	0.033
referral_ask	~people tend	-0.0203
referral_ask	~people there	0.025
referral_ask	~people to	-0.0887
referral_ask	~people took	0.02
referral_ask	~people want	-0.0514
referral_ask	~people went	0.0636
referral_ask	~people who	0.1377
referral_ask	~people with	-0.1128
referral_ask	~people work	0.1014
referral_ask	~people worth	0.0377
referral_ask	~people would	0.2499
referral_ask	~people you	0.1315
referral_ask	~sendverb	-0.0882
referral_ask	~sendverb after	-0.0292
referral_ask	~sendverb along	0.0218
referral_ask	~sendverb her	0.0588
referral_ask	~sendverb if	-0.0315
referral_ask	~sendverb in	-0.0241
referral_ask	~sendverb it	0.0592
referral_ask	~sendverb me	0.0523
referral_ask	~sendverb my	-0.1646
referral_ask	~sendverb or	-0.029
referral_ask	~sendverb the	0.0359
referral_ask	~sendverb what	0.0922
referral_ask	~sendverb with	-0.0281
referral_ask	~sendverb you	-0.1081
referral_ask	~student	-0.2474
referral_ask	~student 10	0.0464
referral_ask	~student about	-0.026
referral_ask	~student associ	-0.0784
referral_ask	~student be	0.0622
referral_ask	~student design	0.0945
referral_ask	~student dev	0.0401
referral_ask	~student for	-0.0615
referral_ask	~student friend	0.0888
referral_ask	~student intak	-0.0264
referral_ask	~student like	0.0616
referral_ask	~student on	0.1665
referral_ask	~student open	-0.0529
referral_ask	~student posit	-0.0232
referral_ask	~student post	-0.0318
referral_ask	~student program	-0.0376
referral_ask	~student role	-0.0508
referral_ask	~student scheme	-0.0412
referral_ask	~student to	-0.0241
referral_ask	~student who	-0.0216
referral_ask	~student would	0.0329
referral_ask	~student you	0.0613
referral_ask	~studyverb	-0.3991
referral_ask	~studyverb anyon	-0.0416
referral_ask	~studyverb not	-0.0472
referral_ask	~studyverb the	-0.039
referral_ask	~studyverb you	-0.1955
referral_ask	~talk	1.1763
referral_ask	~talk about	0.2503
referral_ask	~talk after	-0.0466
referral_ask	~talk also	0.0728
referral_ask	~talk at	-0.0824
referral_ask	~talk but	-0.0352
referral_ask	~talk do	0.0526
referral_ask	~talk for	0.0205
referral_ask	~talk from	0.0462
referral_ask	~talk her	0.1312
referral_ask	~talk him	0.0203
referral_ask	~talk i	0.0338
referral_ask	~talk if	-0.0222
referral_ask	~talk in	0.0439
referral_ask	~talk it	-0.0394
referral_ask	~talk me	0.2855
referral_ask	~talk more	0.0215
referral_ask	~talk my	0.0292
referral_ask	~talk next	0.0266
referral_ask	~talk on	-0.0863
referral_ask	~talk one	-0.0652
referral_ask	~talk out	0.1135
referral_ask	~talk peopl	-0.0696
referral_ask	~talk so	-0.0227
referral_ask	~talk someon	-0.0269
referral_ask	~talk there	-0.0327
referral_ask	~talk to	0.5683
referral_ask	~talk what	-0.0261
referral_ask	~talk when	-0.0354
referral_ask	~talk who	0.027
referral_ask	~talk with	0.3518
referral_ask	~talk you	-0.1885
referral_ask	~talk your	0.0282
referral_ask	~timeunit	-0.0831
referral_ask	~timeunit for	0.0777
referral_ask	~timeunit so	-0.0204
referral_ask	~want	0.0755
referral_ask	~want advis	0.0221
referral_ask	~want also	0.1152
referral_ask	~want an	-0.0218
referral_ask	~want ask	-0.0305
referral_ask	~want be	0.1127
referral_ask	~want curious	0.0586
referral_ask	~want grate	0.0371
referral_ask	~want have	0.0381
referral_ask	~want here	-0.0201
referral_ask	~want how	0.0688
referral_ask	~want i	-0.1383
referral_ask	~want in	-0.0396
referral_ask	~want it	0.0817
referral_ask	~want jump	-0.0216
referral_ask	~want love	0.1882
referral_ask	~want me	-0.0285
referral_ask	~want mean	0.0326
referral_ask	~want must	0.0666
referral_ask	~want point	0.0998
referral_ask	~want quick	0.0439
referral_ask	~want realli	0.0467
referral_ask	~want recommend	-0.0466
referral_ask	~want so	-0.0246
referral_ask	~want someon	-0.0419
referral_ask	~want start	-0.0378
referral_ask	~want suggest	0.1561
referral_ask	~want take	-0.0207
referral_ask	~want that	0.0221
referral_ask	~want the	-0.0484
referral_ask	~want this	-0.0442
referral_ask	~want to	-0.057
referral_ask	~want trust	0.0565
referral_ask	~want two	0.0241
referral_ask	~want want	0.0265
referral_ask	~want wonder	0.0702
referral_ask	~want you	0.0902
referral_ask	~want your	0.0854
referral_ask	~workverb	-0.3388
referral_ask	~workverb at	-0.0358
referral_ask	~workverb i	-0.0311
referral_ask	~workverb in	0.2294
referral_ask	~workverb into	0.0324
referral_ask	~workverb the	-0.0391
referral_ask	~workverb with	-0.0648
follow_up	*	-3.3077
follow_up	12	-0.0214
follow_up	15	-0.0428
follow_up	15 minut	-0.0404
follow_up	15 ~limit	-0.0404
follow_up	15 ~timeunit	-0.0404
follow_up	2	-0.0362
follow_up	20	-0.0523
follow_up	20 minut	-0.0465
follow_up	20 ~limit	-0.0428
follow_up	20 ~timeunit	-0.0469
follow_up	25	-0.0283
follow_up	28	0.0407
follow_up	30	-0.0629
follow_up	30 and	0.0415
follow_up	5 30	0.0419
follow_up	5 ~number	0.0391
follow_up	6	-0.0244
follow_up	?	0.0883
follow_up	^a	0.0523
follow_up	^after	-0.0412
follow_up	^ah	-0.0555
follow_up	^alright	-0.0506
follow_up	^and	0.165
follow_up	^ani	0.0253
follow_up	^anyway	-0.0705
follow_up	^apolog	-0.0229
follow_up	^are	-0.0953
follow_up	^as	-0.0248
follow_up	^at	-0.0334
follow_up	^back	-0.0234
follow_up	^bye	-0.0299
follow_up	^can	0.4626
follow_up	^catch	0.0529
follow_up	^cheer	0.0373
follow_up	^conscious	0.0328
follow_up	^cool	0.1539
follow_up	^could	0.2716
follow_up	^did	-0.0763
follow_up	^do	-0.0405
follow_up	^doe	-0.0526
follow_up	^either	0.0569
follow_up	^enjoy	-0.0294
follow_up	^even	-0.0215
follow_up	^feel	-0.0232
follow_up	^go	0.0597
follow_up	^good	-0.0827
follow_up	^got	-0.0261
follow_up	^great	-0.0233
follow_up	^hang	-0.0218
follow_up	^happi	-0.1354
follow_up	^have	-0.0758
follow_up	^hello	-0.0395
follow_up	^hey	0.0337
follow_up	^hi	-0.1189
follow_up	^hold	-0.0257
follow_up	^honest	0.0542
follow_up	^hope	0.1487
follow_up	^how	-0.5249
follow_up	^i	0.2231
follow_up	^if	-0.3046
follow_up	^in	-0.0468
follow_up	^is	0.1793
follow_up	^just	-0.0742
follow_up	^keep	0.0544
follow_up	^last	0.0277
follow_up	^let	0.1467
follow_up	^like	0.0314
follow_up	^look	0.0715
follow_up	^may	0.1088
follow_up	^mind	0.1946
follow_up	^my	-0.2571
follow_up	^need	0.0215
follow_up	^next	0.035
follow_up	^oh	-0.1024
follow_up	^ok	-0.2615
follow_up	^onc	0.2241
follow_up	^onli	0.0374
follow_up	^pleas	-0.0221
follow_up	^quick	-0.0632
follow_up	^realli	-0.0306
follow_up	^right	-0.1017
follow_up	^shall	0.09
follow_up	^should	-0.0289
follow_up	^so	-0.1198
follow_up	^sorri	-0.1368
follow_up	^sri	-0.0216
follow_up	^ta	0.0294
follow_up	^take	-0.0231
follow_up	^tell	-0.0326
follow_up	^thank	0.2037
follow_up	^that	0.1034
follow_up	^the	0.0416
follow_up	^this	-0.029
follow_up	^veri	0.025
follow_up	^wait	-0.0331
follow_up	^walk	-0.0298
follow_up	^was	-0.0227
follow_up	^well	-0.027
follow_up	^were	-0.0275
follow_up	^what	-0.4446
follow_up	^when	-0.0236
follow_up	^where	-0.0542
follow_up	^which	-0.0771
follow_up	^who	-0.1579
follow_up	^will	0.2091
follow_up	^would	0.3751
follow_up	^you	0.2015
follow_up	a	-0.0878
follow_up	a big	-0.0333
follow_up	a bit	-0.046
follow_up	a candid	-0.0398
follow_up	a card	0.0669
follow_up	a career	-0.0396
follow_up	a case	-0.0336
follow_up	a chat	0.0258
follow_up	a client	-0.0364
follow_up	a coffe	0.0889
follow_up	a colleagu	-0.0246
follow_up	a copi	-0.028
follow_up	a coupl	0.1088
follow_up	a day	-0.0802
follow_up	a degre	-0.0243
follow_up	a differ	-0.0236
follow_up	a few	0.043
follow_up	a final	-0.0236
follow_up	a follow	0.0236
follow_up	a friday	-0.0331
follow_up	a friend	0.0755
follow_up	a geographi	0.0391
follow_up	a good	-0.049
follow_up	a hand	-0.0327
follow_up	a handwritten	0.0501
follow_up	a hard	-0.0364
follow_up	a job	-0.0361
follow_up	a line	0.0673
follow_up	a littl	-0.0243
follow_up	a local	0.0246
follow_up	a look	0.1282
follow_up	a love	-0.0472
follow_up	a master	-0.04
follow_up	a messag	0.0564
follow_up	a million	-0.0224
follow_up	a moment	-0.0226
follow_up	a month	0.0298
follow_up	a name	-0.0215
follow_up	a new	-0.0332
follow_up	a note	0.1016
follow_up	a particular	0.0607
follow_up	a portfolio	-0.0226
follow_up	a posit	-0.0244
follow_up	a program	0.0363
follow_up	a project	-0.0474
follow_up	a proper	0.1129
follow_up	a quick	0.1951
follow_up	a referr	-0.0427
follow_up	a region	0.0209
follow_up	a regular	0.0609
follow_up	a role	-0.0223
follow_up	a sale	0.021
follow_up	a second	0.1854
follow_up	a semest	0.0388
follow_up	a short	0.2718
follow_up	a shout	0.0385
follow_up	a similar	-0.0208
follow_up	a small	-0.0273
follow_up	a thank	0.1343
follow_up	a ton	-0.032
follow_up	a trial	-0.0401
follow_up	a typic	-0.0517
follow_up	a visit	-0.0218
follow_up	a week	-0.0383
follow_up	a while	-0.022
follow_up	a ~closing	-0.167
follow_up	a ~contactverb	0.0712
follow_up	a ~degree	-0.0721
follow_up	a ~gatekeeper	-0.0225
follow_up	a ~job	-0.1146
follow_up	a ~limit	-0.0871
follow_up	a ~number	0.1077
follow_up	a ~org	-0.0495
follow_up	a ~people	-0.0307
follow_up	a ~student	-0.1588
follow_up	a ~talk	0.1072
follow_up	abl	-0.0867
follow_up	abl to	-0.0867
follow_up	about	-0.2305
follow_up	about appli	0.0484
follow_up	about how	-0.0414
follow_up	about it	-0.0509
follow_up	about me	-0.0234
follow_up	about my	0.0494
follow_up	about that	-0.0291
follow_up	about the	-0.0462
follow_up	about your	-0.0382
follow_up	about ~clock	-0.0342
follow_up	about ~number	-0.0929
follow_up	accept	-0.0371
follow_up	accept my	-0.0208
follow_up	access audit	-0.0212
follow_up	account	-0.05
follow_up	actual	-0.196
follow_up	actual appli	0.0763
follow_up	actual look	-0.0317
follow_up	actual matter	-0.0209
follow_up	add	0.5075
follow_up	add you	0.522
follow_up	admiss	0.0675
follow_up	admiss committe	0.0342
follow_up	admiss offic	0.0247
follow_up	admiss ~org	0.0247
follow_up	advic but	0.0373
follow_up	advic on	-0.0346
follow_up	advisor	-0.0258
follow_up	after	0.4774
follow_up	after a	-0.1278
follow_up	after an	-0.0684
follow_up	after i	0.3546
follow_up	after interview	-0.0438
follow_up	after my	0.263
follow_up	after the	0.0973
follow_up	after these	-0.0218
follow_up	after they	-0.024
follow_up	after this	0.0266
follow_up	after today	0.0836
follow_up	after you	-0.0301
follow_up	after your	0.0495
follow_up	after ~number	-0.1179
follow_up	afternoon	-0.1353
follow_up	afternoon mr	0.0458
follow_up	afterward	0.0617
follow_up	again	0.3437
follow_up	again after	0.1182
follow_up	again and	-0.0674
follow_up	again for	-0.0704
follow_up	again i	0.0737
follow_up	again if	0.0292
follow_up	again in	0.0759
follow_up	again onc	0.0626
follow_up	again priya	-0.0217
follow_up	again sometim	0.1067
follow_up	again this	0.0211
follow_up	again when	0.0883
follow_up	again ~later	0.1067
follow_up	again ~want	0.1165
follow_up	agenc	-0.0827
follow_up	ago	-0.028
follow_up	agre	-0.0455
follow_up	agre to	-0.0412
follow_up	ah	-0.0555
follow_up	ah ok	-0.0234
follow_up	ahead	-0.0425
follow_up	ahead and	-0.0208
follow_up	alarm	-0.0221
follow_up	all day	-0.022
follow_up	all i	0.0371
follow_up	all my	-0.0359
follow_up	all of	0.0324
follow_up	all right	0.0513
follow_up	all the	-0.0456
follow_up	all ~closing	-0.0237
follow_up	all ~limit	-0.0203
follow_up	all ~number	-0.046
follow_up	along	0.0563
follow_up	along the	0.0827
follow_up	along to	-0.0318
follow_up	along ~number	0.0827
follow_up	alreadi	-0.1141
follow_up	alreadi ~clock	-0.0254
follow_up	alright	0.1499
follow_up	alright i	-0.0391
follow_up	alright if	0.089
follow_up	alright to	0.12
follow_up	also	-0.0208
follow_up	also do	0.0251
follow_up	also if	-0.0377
follow_up	also is	0.0407
follow_up	also ~help	0.0251
follow_up	alumni panel	0.0296
follow_up	alway	-0.0319
follow_up	am	-0.2757
follow_up	am a	-0.0441
follow_up	am actual	0.0766
follow_up	am appli	0.0303
follow_up	am back	-0.0424
follow_up	am between	0.0301
follow_up	am conscious	-0.0282
follow_up	am curious	-0.0282
follow_up	am go	0.1883
follow_up	am happi	0.0366
follow_up	am home	0.0209
follow_up	am hope	-0.0337
follow_up	am in	-0.0235
follow_up	am just	-0.0235
follow_up	am most	0.0406
follow_up	am not	-0.0393
follow_up	am pretti	-0.0208
follow_up	am so	-0.0204
follow_up	am your	-0.0227
follow_up	am ~number	-0.0562
follow_up	am ~studyverb	-0.0356
follow_up	am ~want	-0.1621
follow_up	an	-0.0407
follow_up	an email	0.0325
follow_up	an imposit	0.0278
follow_up	an internship	0.0588
follow_up	an interview	-0.0706
follow_up	an intro	-0.0318
follow_up	an open	0.0284
follow_up	an updat	0.0962
follow_up	an ~contactverb	0.0325
follow_up	an ~degree	-0.0231
follow_up	an ~job	0.0736
follow_up	an ~sendverb	0.0325
follow_up	an ~student	-0.0394
follow_up	an ~talk	-0.0381
follow_up	analysi	-0.0233
follow_up	analyst	-0.1184
follow_up	analyst open	-0.02
follow_up	analyst role	-0.0313
follow_up	analyst ~job	-0.0626
follow_up	and	0.3542
follow_up	and can	0.095
follow_up	and could	0.024
follow_up	and for	-0.0542
follow_up	and get	0.0882
follow_up	and go	-0.0231
follow_up	and good	-0.0592
follow_up	and have	-0.0307
follow_up	and honest	-0.0239
follow_up	and how	-0.0228
follow_up	and i	0.3864
follow_up	and is	0.1779
follow_up	and it	-0.0548
follow_up	and keep	0.0676
follow_up	and kind	0.0238
follow_up	and let	0.0987
follow_up	and mayb	0.02
follow_up	and mention	-0.0511
follow_up	and pleas	0.0233
follow_up	and schedul	0.0643
follow_up	and send	0.051
follow_up	and serious	0.0512
follow_up	and thank	-0.0328
follow_up	and the	-0.0527
follow_up	and then	0.1486
follow_up	and we	-0.0234
follow_up	and would	0.0431
follow_up	and yeah	0.0202
follow_up	and your	-0.0217
follow_up	and ~help	-0.0232
follow_up	and ~insight	-0.0232
follow_up	and ~learn	0.0807
follow_up	and ~limit	0.0578
follow_up	and ~number	-0.0707
follow_up	and ~sendverb	0.1106
follow_up	ani	-0.3064
follow_up	ani longer	-0.1742
follow_up	ani more	-0.0327
follow_up	ani object	0.1242
follow_up	ani open	-0.0253
follow_up	ani other	-0.0216
follow_up	ani possibl	0.0867
follow_up	ani research	0.0354
follow_up	ani way	-0.0609
follow_up	ani ~job	-0.0455
follow_up	ani ~learn	0.0354
follow_up	ani ~people	-0.025
follow_up	anonymis	-0.0344
follow_up	anoth	0.5272
follow_up	anoth call	-0.045
follow_up	anoth day	0.1259
follow_up	anoth five	0.0248
follow_up	anoth question	0.0204
follow_up	anoth quick	0.0283
follow_up	anoth short	0.0794
follow_up	anoth ten	0.0635
follow_up	anoth time	0.2758
follow_up	anoth ~clock	0.0883
follow_up	anoth ~closing	0.1259
follow_up	anoth ~contactverb	-0.045
follow_up	anoth ~limit	0.4017
follow_up	anoth ~number	0.0883
follow_up	anoth ~student	-0.0263
follow_up	anoth ~talk	-0.02
follow_up	answer	-0.0226
follow_up	answer my	-0.0233
follow_up	anyon at	0.0205
follow_up	anyon in	-0.0545
follow_up	anyon you	0.0221
follow_up	anyth	-0.1006
follow_up	anyth come	-0.0384
follow_up	anyth els	0.0899
follow_up	anyth for	0.0251
follow_up	anyth on	0.0294
follow_up	anyth open	-0.0687
follow_up	anyth you	-0.0487
follow_up	anyway	-0.0359
follow_up	anyway i	-0.0769
follow_up	anywher	-0.0225
follow_up	apolog	-0.0479
follow_up	app	-0.0695
follow_up	appli	-0.0573
follow_up	appli for	-0.0286
follow_up	appli just	0.0305
follow_up	appli ~want	0.0302
follow_up	applic	0.1595
follow_up	applic goe	0.0702
follow_up	appreci	-0.0854
follow_up	appreci all	0.0403
follow_up	appreci it	-0.1156
follow_up	apprentic	-0.0422
follow_up	apprenticeship	0.0613
follow_up	apprenticeship program	0.0371
follow_up	apprenticeship ~degree	0.0365
follow_up	architectur	-0.0213
follow_up	archiv	-0.0205
follow_up	are	-0.1427
follow_up	are a	-0.029
follow_up	are alreadi	-0.0234
follow_up	are ani	0.0336
follow_up	are back	0.0466
follow_up	are due	0.0212
follow_up	are ever	-0.0412
follow_up	are hire	-0.0224
follow_up	are in	0.0417
follow_up	are look	0.0243
follow_up	are near	0.0812
follow_up	are open	0.0652
follow_up	are out	0.0875
follow_up	are the	-0.0301
follow_up	are there	-0.0903
follow_up	are up	0.0558
follow_up	are you	-0.0848
follow_up	are ~gatekeeper	-0.0294
follow_up	are ~hiring	-0.0396
follow_up	are ~number	-0.0648
follow_up	are ~want	0.0249
follow_up	armi	-0.0296
follow_up	around	-0.0224
follow_up	around graduat	0.0406
follow_up	around ~clock	-0.0312
follow_up	arriv	0.0287
follow_up	articl	0.2755
follow_up	articl about	0.058
follow_up	articl i	0.0653
follow_up	articl on	0.1032
follow_up	articl we	0.0281
follow_up	articl you	0.0287
follow_up	as	-0.0734
follow_up	as a	-0.0995
follow_up	as an	-0.0351
follow_up	as i	0.1126
follow_up	as ~number	-0.1351
follow_up	ask	-0.2972
follow_up	ask a	0.0391
follow_up	ask for	-0.0711
follow_up	ask her	-0.029
follow_up	ask how	-0.0249
follow_up	ask if	-0.0449
follow_up	ask my	0.0664
follow_up	ask one	-0.0246
follow_up	ask what	-0.0435
follow_up	ask you	-0.0685
follow_up	ask ~clock	-0.0283
follow_up	ask ~people	-0.0323
follow_up	assist	0.0369
follow_up	assist if	0.0342
follow_up	associ	-0.0235
follow_up	associ ~job	-0.0241
follow_up	at	-0.2985
follow_up	at 2	-0.0229
follow_up	at a	-0.0836
follow_up	at all	-0.0541
follow_up	at it	0.0509
follow_up	at leed	-0.0262
follow_up	at like	0.0364
follow_up	at my	-0.051
follow_up	at the	0.0794
follow_up	at time	-0.023
follow_up	at your	-0.0319
follow_up	at ~clock	-0.0824
follow_up	at ~limit	-0.023
follow_up	at ~number	-0.0398
follow_up	attent	0.0424
follow_up	audit onc	0.0547
follow_up	august if	0.024
follow_up	away	-0.0424
follow_up	back	0.566
follow_up	back after	0.274
follow_up	back from	0.0829
follow_up	back in	0.1464
follow_up	back on	0.0223
follow_up	back onc	0.1266
follow_up	back out	0.1083
follow_up	back to	-0.1205
follow_up	back with	0.0871
follow_up	back ~want	0.2707
follow_up	background	-0.0867
follow_up	bank	-0.049
follow_up	basic	-0.0276
follow_up	be	0.1341
follow_up	be a	-0.0404
follow_up	be abl	-0.0865
follow_up	be all	0.0471
follow_up	be alright	0.1533
follow_up	be at	0.0424
follow_up	be comfort	-0.0432
follow_up	be consid	-0.1066
follow_up	be glad	-0.0943
follow_up	be grate	-0.0283
follow_up	be happi	0.0523
follow_up	be in	0.1745
follow_up	be ok	0.2784
follow_up	be open	0.2391
follow_up	be possibl	-0.0473
follow_up	be quick	-0.0549
follow_up	be realli	-0.033
follow_up	be relev	-0.023
follow_up	be right	-0.047
follow_up	be sure	0.0539
follow_up	be the	0.1308
follow_up	be up	0.0991
follow_up	be use	0.0355
follow_up	be weird	-0.0409
follow_up	be will	-0.1066
follow_up	be ~help	0.0355
follow_up	be ~number	0.0739
follow_up	becaus	-0.0557
follow_up	becaus i	-0.0319
follow_up	becom	-0.0211
follow_up	been	-0.0603
follow_up	been realli	0.0252
follow_up	been so	0.1195
follow_up	been ~workverb	-0.0243
follow_up	befor	-0.0309
follow_up	befor i	0.0768
follow_up	befor it	-0.0213
follow_up	befor we	-0.0817
follow_up	best	0.138
follow_up	best for	0.0715
follow_up	best way	0.1086
follow_up	bet	0.0319
follow_up	better	0.1202
follow_up	better about	0.0312
follow_up	better for	0.0363
follow_up	better to	0.0998
follow_up	between	-0.0611
follow_up	between contract	0.0303
follow_up	between meet	-0.0251
follow_up	between the	0.0219
follow_up	big	-0.0625
follow_up	biggest	-0.0221
follow_up	biotech	-0.0216
follow_up	bit about	-0.0297
follow_up	bit for	0.0356
follow_up	bit of	-0.0261
follow_up	board	0.0282
follow_up	book	0.0555
follow_up	book or	-0.025
follow_up	book you	0.0325
follow_up	book ~number	0.0335
follow_up	bootcamp	0.0569
follow_up	bootcamp goe	0.0224
follow_up	boss	-0.0295
follow_up	bounc	0.0243
follow_up	bounc ~number	0.0251
follow_up	brain	0.0771
follow_up	brain again	0.1056
follow_up	brain ~later	0.1056
follow_up	break	-0.0372
follow_up	break for	0.0241
follow_up	brief	-0.0587
follow_up	brilliant	-0.0635
follow_up	bring	-0.0422
follow_up	broadband	0.0468
follow_up	broadband if	-0.0361
follow_up	brutal	-0.0216
follow_up	build	-0.0899
follow_up	build i	-0.0239
follow_up	burnout	-0.022
follow_up	bus	-0.0203
follow_up	busi	-0.0269
follow_up	busi season	0.0529
follow_up	but	0.0635
follow_up	but are	-0.024
follow_up	but i	0.1289
follow_up	but if	-0.0514
follow_up	but might	0.0408
follow_up	buy you	0.0231
follow_up	by	0.2805
follow_up	by email	0.1567
follow_up	by phone	-0.0266
follow_up	by the	0.0618
follow_up	by your	0.0268
follow_up	by ~closing	0.0708
follow_up	by ~contactverb	0.1567
follow_up	by ~number	0.0605
follow_up	by ~sendverb	0.16
follow_up	by ~talk	0.1567
follow_up	bye	-0.0704
follow_up	call	-0.2266
follow_up	call at	-0.0205
follow_up	call back	-0.0317
follow_up	call centr	-0.0204
follow_up	call i	-0.0582
follow_up	call it	-0.0593
follow_up	call me	0.0775
follow_up	call on	-0.0277
follow_up	came	-0.0347
follow_up	camera	-0.03
follow_up	can	0.5251
follow_up	can ever	-0.0926
follow_up	can follow	0.0478
follow_up	can get	-0.0217
follow_up	can grab	0.0452
follow_up	can i	0.5642
follow_up	can keep	0.0227
follow_up	can put	-0.0204
follow_up	can return	-0.0239
follow_up	can send	0.1645
follow_up	can share	-0.0569
follow_up	can stay	0.0456
follow_up	can tell	-0.0324
follow_up	can we	0.3238
follow_up	can you	-0.1463
follow_up	can ~help	-0.021
follow_up	can ~learn	-0.049
follow_up	can ~sendverb	0.1075
follow_up	can ~talk	-0.0407
follow_up	candid	-0.0988
follow_up	candid after	-0.031
follow_up	candid send	-0.0223
follow_up	candid ~want	-0.031
follow_up	capston	0.1549
follow_up	capston when	0.0879
follow_up	card	0.2043
follow_up	card and	0.0374
follow_up	card to	0.0792
follow_up	care	-0.0638
follow_up	career	-0.2041
follow_up	career changer	-0.028
follow_up	career fair	-0.0552
follow_up	career in	-0.0289
follow_up	career page	-0.0243
follow_up	career servic	0.0231
follow_up	career switch	0.03
follow_up	carv	0.0268
follow_up	carv out	0.0268
follow_up	case	0.1092
follow_up	case it	0.0215
follow_up	case studi	0.083
follow_up	case ~studyverb	0.0857
follow_up	cat	-0.0212
follow_up	catch	0.1149
follow_up	catch up	0.0704
follow_up	catch you	0.0529
follow_up	centr	-0.0256
follow_up	certif	-0.0314
follow_up	chain	-0.0316
follow_up	chanc	-0.0232
follow_up	chanc i	0.0222
follow_up	chang	-0.0458
follow_up	changer	-0.028
follow_up	charger	-0.0206
follow_up	chariti run	0.0415
follow_up	chariti ~workverb	0.0415
follow_up	chat	0.17
follow_up	chat i	-0.0301
follow_up	chat ~later	0.0334
follow_up	check	0.2477
follow_up	check back	0.1688
follow_up	check in	0.1654
follow_up	check out	-0.0276
follow_up	check ~number	-0.0231
follow_up	chemistri	-0.0204
follow_up	choos	-0.02
follow_up	circl	0.1518
follow_up	circl back	0.1534
follow_up	class start	0.0241
follow_up	classmat	-0.038
follow_up	clear	-0.0337
follow_up	client	-0.2197
follow_up	client after	-0.0284
follow_up	client usual	-0.0336
follow_up	client ~want	-0.0298
follow_up	clock	-0.0378
follow_up	close	-0.0676
follow_up	closer	0.056
follow_up	closer to	0.0408
follow_up	coffe	0.238
follow_up	coffe again	0.0945
follow_up	coffe sometim	0.058
follow_up	coffe then	0.0306
follow_up	coffe ~later	0.1525
follow_up	cohort	-0.035
follow_up	cold	-0.0781
follow_up	cold email	-0.0279
follow_up	cold messag	-0.0201
follow_up	cold ~contactverb	-0.0391
follow_up	cold ~talk	-0.0391
follow_up	colleagu	-0.0918
follow_up	colleagu in	-0.0251
follow_up	colleagu priya	-0.0215
follow_up	collect	-0.0281
follow_up	colleg	-0.0259
follow_up	come from	-0.0228
follow_up	come in	-0.0451
follow_up	come out	0.0537
follow_up	come through	0.0241
follow_up	come to	-0.0303
follow_up	come up	0.0574
follow_up	comfort	-0.0662
follow_up	comfort introduc	-0.0339
follow_up	committe	0.0738
follow_up	common	-0.0476
follow_up	common in	-0.0216
follow_up	communiti health	-0.0262
follow_up	compani	-0.0839
follow_up	compani and	0.0204
follow_up	compar note	0.0328
follow_up	complet	-0.0307
follow_up	confer	0.0977
follow_up	confer i	0.0349
follow_up	confer if	-0.0264
follow_up	confer like	0.0682
follow_up	confer next	0.0519
follow_up	connect	0.492
follow_up	connect on	0.2959
follow_up	connect with	0.0886
follow_up	conscious of	0.0257
follow_up	consent	0.0706
follow_up	consid	-0.1197
follow_up	consid for	-0.0341
follow_up	consid me	0.0248
follow_up	consult	0.0209
follow_up	contact	0.0625
follow_up	contact with	0.054
follow_up	contact you	0.0879
follow_up	continu	0.0842
follow_up	continu by	0.0318
follow_up	contract right	0.0315
follow_up	contract ~job	-0.0201
follow_up	convers	0.2188
follow_up	convers go	0.0849
follow_up	convers i	0.0212
follow_up	convers with	0.0372
follow_up	cool	0.1212
follow_up	cool cool	0.0485
follow_up	cool if	0.0624
follow_up	coordin	-0.0238
follow_up	copi	-0.0376
follow_up	could	0.294
follow_up	could appli	-0.0203
follow_up	could ask	0.0605
follow_up	could be	-0.0242
follow_up	could chat	0.0426
follow_up	could check	0.0219
follow_up	could contact	-0.0203
follow_up	could do	0.0374
follow_up	could help	-0.0374
follow_up	could i	0.4588
follow_up	could pass	-0.0465
follow_up	could pick	0.0474
follow_up	could put	-0.0251
follow_up	could send	0.0541
follow_up	could shadow	-0.0234
follow_up	could we	0.2862
follow_up	could write	0.0232
follow_up	could you	-0.3734
follow_up	could ~contactverb	0.0269
follow_up	could ~learn	0.0977
follow_up	could ~people	-0.0219
follow_up	could ~sendverb	-0.0297
follow_up	could ~talk	0.0665
follow_up	count	0.0517
follow_up	count me	0.0667
follow_up	coupl	0.1511
follow_up	coupl month	0.0934
follow_up	coupl more	0.0203
follow_up	coupl of	0.0538
follow_up	coupl ~duration	0.0839
follow_up	coupl ~people	-0.0207
follow_up	cours	0.1312
follow_up	cours i	0.0217
follow_up	cours list	0.0473
follow_up	cours this	0.0689
follow_up	coursera	0.0292
follow_up	cousin	-0.0367
follow_up	cover	-0.0482
follow_up	cover everyth	-0.0313
follow_up	cover letter	0.0213
follow_up	crack	-0.0413
follow_up	crack on	-0.0397
follow_up	creativ	-0.0431
follow_up	creativ director	-0.0419
follow_up	credit	-0.0217
follow_up	crew	-0.0221
follow_up	cultur	-0.0222
follow_up	curious	-0.0218
follow_up	curious about	-0.0232
follow_up	current	-0.0405
follow_up	cut	0.0331
follow_up	cut this	0.0219
follow_up	data	-0.1104
follow_up	data engin	-0.0369
follow_up	data from	0.0454
follow_up	data scienc	-0.0216
follow_up	data team	-0.0247
follow_up	data ~org	-0.0283
follow_up	data ~student	-0.0349
follow_up	day	-0.1603
follow_up	day and	-0.03
follow_up	day sometim	-0.032
follow_up	day to	-0.0302
follow_up	day ~later	-0.032
follow_up	deadlin	-0.031
follow_up	deal	-0.0331
follow_up	decent	-0.0349
follow_up	decid	0.1439
follow_up	decid about	0.1165
follow_up	decid on	0.0477
follow_up	decid to	-0.0252
follow_up	decis	0.0653
follow_up	def	0.1959
follow_up	def send	0.0341
follow_up	def ~sendverb	0.0354
follow_up	definit	0.0585
follow_up	definit report	0.033
follow_up	definit ~sendverb	0.0216
follow_up	defo	0.0353
follow_up	degre	-0.101
follow_up	degre in	-0.0206
follow_up	deliveri	-0.0208
follow_up	depart	-0.0499
follow_up	describ	-0.0392
follow_up	describ ~number	-0.0203
follow_up	design	-0.1274
follow_up	desk	-0.0234
follow_up	dev	-0.029
follow_up	develop	-0.0282
follow_up	devic	0.0209
follow_up	devic compani	0.0212
follow_up	devic ~org	0.0212
follow_up	did	-0.3266
follow_up	did the	-0.03
follow_up	did you	-0.2239
follow_up	did ~number	-0.0487
follow_up	die	-0.0432
follow_up	differ	-0.0867
follow_up	digest	0.0289
follow_up	digest all	0.0254
follow_up	direct	0.0517
follow_up	direct i	0.0472
follow_up	director	-0.0839
follow_up	director for	-0.0208
follow_up	dissert	-0.0514
follow_up	dissert on	-0.0548
follow_up	dm	0.0285
follow_up	dm you	0.0209
follow_up	do	-0.4904
follow_up	do a	-0.0611
follow_up	do an	0.0798
follow_up	do anyth	0.0263
follow_up	do client	-0.0323
follow_up	do it	-0.0339
follow_up	do museum	0.02
follow_up	do not	-0.0258
follow_up	do the	0.0465
follow_up	do to	0.0459
follow_up	do you	-0.2642
follow_up	do ~number	0.0645
follow_up	doe	-0.2746
follow_up	doe a	-0.0614
follow_up	doe it	-0.0445
follow_up	doe that	-0.0352
follow_up	doe the	-0.0396
follow_up	doe your	-0.0578
follow_up	doe ~number	-0.1015
follow_up	done	0.1055
follow_up	done this	0.0246
follow_up	donor	-0.0342
follow_up	down	-0.0209
follow_up	down as	-0.022
follow_up	down the	0.0414
follow_up	down ~number	0.0383
follow_up	dr	-0.0624
follow_up	draft	0.1798
follow_up	draft to	0.0417
follow_up	drink	0.1157
follow_up	drop	0.0323
follow_up	drop off	-0.0392
follow_up	drop you	0.1435
follow_up	dure	-0.0414
follow_up	each	0.0355
follow_up	each other	0.0439
follow_up	earli	-0.055
follow_up	earlier	-0.0214
follow_up	easier	0.0719
follow_up	edit	0.1033
follow_up	editor for	0.0315
follow_up	either	0.1274
follow_up	either way	0.1274
follow_up	els	0.0305
follow_up	els at	0.0441
follow_up	els come	0.0773
follow_up	els i	-0.021
follow_up	els in	-0.0274
follow_up	els would	-0.05
follow_up	els you	-0.0614
follow_up	els ~want	-0.05
follow_up	email	0.4787
follow_up	email a	0.0298
follow_up	email after	-0.0627
follow_up	email her	-0.0204
follow_up	email i	0.0232
follow_up	email if	0.033
follow_up	email or	0.0585
follow_up	email to	-0.051
follow_up	email tonight	0.0374
follow_up	email with	0.0347
follow_up	email you	0.3029
follow_up	email your	-0.0339
follow_up	email ~later	0.0207
follow_up	email ~number	0.0415
follow_up	email ~want	-0.0627
follow_up	end	-0.0428
follow_up	end and	-0.0212
follow_up	end i	0.0363
follow_up	end the	-0.0208
follow_up	end up	0.0846
follow_up	end ~number	-0.0248
follow_up	engin	-0.1543
follow_up	engin ~job	-0.0262
follow_up	english	-0.0317
follow_up	enjoy	-0.0896
follow_up	enjoy the	-0.0663
follow_up	enjoy ~number	-0.0667
follow_up	enough	-0.0778
follow_up	enough of	-0.0347
follow_up	episod	0.0441
follow_up	episod i	0.0416
follow_up	even	-0.1352
follow_up	even just	-0.0223
follow_up	even unpaid	-0.029
follow_up	even ~want	-0.023
follow_up	evening	-0.1279
follow_up	evening and	-0.03
follow_up	event	-0.0651
follow_up	ever	-0.3395
follow_up	ever be	-0.0204
follow_up	ever help	-0.0207
follow_up	ever hire	-0.0209
follow_up	ever look	0.0732
follow_up	ever need	-0.0426
follow_up	ever return	-0.0573
follow_up	ever short	-0.0212
follow_up	ever take	-0.0227
follow_up	ever ~help	-0.095
follow_up	ever ~insight	-0.0203
follow_up	ever ~learn	-0.0235
follow_up	ever ~number	-0.028
follow_up	ever ~want	0.0759
follow_up	everi	0.1057
follow_up	everi ~closing	-0.0311
follow_up	everi ~number	0.0705
follow_up	everyon	-0.0243
follow_up	everyth i	-0.0296
follow_up	everyth on	-0.0283
follow_up	everyth you	0.0278
follow_up	ex	-0.0312
follow_up	exam	0.106
follow_up	excel	-0.0234
follow_up	exchang	0.0829
follow_up	exercis	-0.0215
follow_up	expect	-0.0306
follow_up	expect an	0.0253
follow_up	experi	-0.0941
follow_up	explain	-0.0387
follow_up	extra hand	0.0395
follow_up	eye	0.0401
follow_up	eye on	-0.0483
follow_up	eye open	0.054
follow_up	eye ~job	0.054
follow_up	fair	-0.0839
follow_up	fall	0.0641
follow_up	famili	-0.0418
follow_up	fashion	-0.0208
follow_up	favor	-0.0899
follow_up	favor mayb	0.0791
follow_up	favor somehow	-0.0405
follow_up	feedback	0.0498
follow_up	feedback from	0.03
follow_up	feel	-0.0725
follow_up	feel free	-0.034
follow_up	fellowship	-0.0235
follow_up	few	0.062
follow_up	few minut	-0.0355
follow_up	few month	0.0749
follow_up	few more	0.0365
follow_up	few of	0.0711
follow_up	few peopl	-0.0243
follow_up	few week	0.0363
follow_up	few ~duration	0.064
follow_up	few ~limit	-0.0355
follow_up	few ~people	-0.03
follow_up	few ~timeunit	-0.0383
follow_up	field	-0.1514
follow_up	field to	-0.0201
follow_up	fifteen	-0.0215
follow_up	fifteen minut	-0.0209
follow_up	fifteen ~limit	-0.0209
follow_up	fifteen ~timeunit	-0.0209
follow_up	figur	0.0205
follow_up	figur thing	0.047
follow_up	file	-0.0414
follow_up	file in	-0.0252
follow_up	fill	-0.0252
follow_up	film	0.0456
follow_up	final	-0.0639
follow_up	final year	-0.0266
follow_up	final ~duration	-0.0266
follow_up	financ	-0.0237
follow_up	find	0.0504
follow_up	find it	0.0702
follow_up	fine	0.0318
follow_up	fine if	0.0318
follow_up	finish	0.1917
follow_up	finish a	-0.0208
follow_up	finish the	0.0868
follow_up	finish up	0.0922
follow_up	finish ~number	0.061
follow_up	fire alarm	-0.0201
follow_up	firm	-0.0415
follow_up	first	0.0507
follow_up	first pitch	0.0519
follow_up	first to	0.0508
follow_up	first week	0.0712
follow_up	first year	-0.0422
follow_up	first ~closing	0.0698
follow_up	first ~duration	-0.0422
follow_up	first ~job	-0.0323
follow_up	first ~people	0.043
follow_up	fit	-0.0772
follow_up	fit me	-0.0451
follow_up	five	-0.0313
follow_up	flood	-0.0229
follow_up	focus	-0.0367
follow_up	folk	0.0203
follow_up	follow	0.4129
follow_up	follow up	0.2377
follow_up	follow what	0.0386
follow_up	follow you	0.1263
follow_up	foot	-0.0234
follow_up	foot in	-0.0234
follow_up	for	-0.2116
follow_up	for a	0.2181
follow_up	for accept	-0.0376
follow_up	for agre	-0.0357
follow_up	for all	-0.0348
follow_up	for an	-0.0525
follow_up	for ani	0.0259
follow_up	for anoth	0.0615
follow_up	for feedback	0.0375
follow_up	for fit	-0.0337
follow_up	for give	-0.0433
follow_up	for it	0.0658
follow_up	for make	-0.0739
follow_up	for one	0.0891
follow_up	for repli	-0.0232
follow_up	for see	0.0528
follow_up	for someon	-0.0257
follow_up	for squeez	-0.0311
follow_up	for stay	-0.0233
follow_up	for the	-0.1173
follow_up	for today	0.0525
follow_up	for you	-0.126
follow_up	for your	0.1156
follow_up	for ~clock	0.0343
follow_up	for ~insight	0.0302
follow_up	for ~number	0.1353
follow_up	for ~people	0.0763
follow_up	forget	0.0334
follow_up	form	0.0662
follow_up	former	-0.0386
follow_up	former colleagu	-0.0243
follow_up	former ~people	-0.0248
follow_up	forward	0.0564
follow_up	forward but	-0.0228
follow_up	forward for	-0.0238
follow_up	forward it	-0.0238
follow_up	forward my	0.0447
follow_up	forward you	0.0702
follow_up	free	-0.0983
follow_up	free could	0.0231
follow_up	free to	-0.0354
follow_up	free you	-0.0258
follow_up	freelanc	-0.0356
follow_up	freez	-0.0211
follow_up	friday	0.0476
follow_up	friend	0.0363
follow_up	friend who	0.0821
follow_up	friend ~people	0.0821
follow_up	from me	0.2427
follow_up	from my	0.0926
follow_up	from teach	-0.0259
follow_up	from the	0.0564
follow_up	from time	0.0376
follow_up	from your	-0.0624
follow_up	from ~limit	0.0374
follow_up	from ~number	0.0351
follow_up	from ~workverb	-0.0281
follow_up	front	-0.0292
follow_up	fund last	0.0211
follow_up	futur	-0.0276
follow_up	game	-0.0403
follow_up	game audio	0.0273
follow_up	gather	-0.0201
follow_up	gave	-0.0227
follow_up	generous	0.0242
follow_up	generous answer	0.0308
follow_up	geographi	0.0372
follow_up	geographi ~student	0.039
follow_up	get	-0.1653
follow_up	get a	0.0433
follow_up	get back	-0.1421
follow_up	get hire	-0.0236
follow_up	get my	0.0831
follow_up	get on	-0.0636
follow_up	get to	-0.0211
follow_up	get your	0.1001
follow_up	gig	-0.0331
follow_up	gis	0.038
follow_up	give it	0.0669
follow_up	give me	0.0268
follow_up	give up	-0.0515
follow_up	glad	-0.1175
follow_up	glad to	-0.0987
follow_up	glanc	0.1648
follow_up	glasgow	0.0264
follow_up	go	0.1195
follow_up	go ahead	-0.0217
follow_up	go back	-0.0434
follow_up	go could	0.0224
follow_up	go get	0.0468
follow_up	go in	0.0358
follow_up	go now	-0.0735
follow_up	go on	-0.0242
follow_up	go thank	-0.0665
follow_up	go through	0.0728
follow_up	go to	0.1506
follow_up	go would	0.0468
follow_up	go ~learn	0.0397
follow_up	go ~want	0.0328
follow_up	goe	0.5217
follow_up	goe from	-0.0255
follow_up	goe if	0.0208
follow_up	goe well	-0.0211
follow_up	gone	-0.0398
follow_up	gone over	-0.0298
follow_up	good	-0.238
follow_up	good luck	-0.0924
follow_up	good time	0.0483
follow_up	good to	-0.0352
follow_up	good word	-0.0208
follow_up	good ~closing	-0.0705
follow_up	goodby	-0.0333
follow_up	got	-0.2054
follow_up	got a	0.0364
follow_up	got about	-0.0228
follow_up	got my	-0.0291
follow_up	got to	-0.0482
follow_up	got ~clock	-0.0248
follow_up	got ~people	0.038
follow_up	grab	0.1752
follow_up	grab a	0.1458
follow_up	grab ~number	0.1416
follow_up	grad	-0.0236
follow_up	grad scheme	-0.022
follow_up	grad who	0.0387
follow_up	grad ~people	0.0387
follow_up	graduat in	-0.0218
follow_up	graduat scheme	-0.0348
follow_up	grant	-0.0404
follow_up	grant applic	-0.0319
follow_up	grant ~application	-0.0319
follow_up	grate	-0.0501
follow_up	grate if	-0.0331
follow_up	great	-0.0713
follow_up	great one	0.0235
follow_up	great ~clock	0.0258
follow_up	great ~closing	-0.0258
follow_up	great ~number	0.0258
follow_up	great ~people	0.0258
follow_up	grew	-0.0231
follow_up	grew up	-0.0231
follow_up	group	-0.0539
follow_up	guy	-0.1265
follow_up	habit	0.0211
follow_up	had	-0.0527
follow_up	had a	-0.0268
follow_up	had all	0.022
follow_up	had to	-0.0493
follow_up	had ~number	-0.0334
follow_up	half of	0.0576
follow_up	half past	-0.0265
follow_up	hand	-0.0673
follow_up	hand for	0.0421
follow_up	hand on	-0.0203
follow_up	handi	0.0403
follow_up	handl	-0.0719
follow_up	handl ~hiring	-0.0265
follow_up	handwritten	0.0501
follow_up	handwritten card	0.0395
follow_up	hang	-0.0305
follow_up	hang up	-0.0227
follow_up	happen	-0.054
follow_up	happi	-0.0532
follow_up	happi to	-0.0491
follow_up	happili	-0.0237
follow_up	hard	-0.0821
follow_up	hard stop	-0.0356
follow_up	hardest	-0.0261
follow_up	has	0.0214
follow_up	has been	0.0389
follow_up	has ~workverb	0.038
follow_up	hate	0.0468
follow_up	hate to	0.0525
follow_up	have	0.0224
follow_up	have a	0.0693
follow_up	have an	0.051
follow_up	have been	-0.131
follow_up	have decid	0.0861
follow_up	have digest	0.0296
follow_up	have done	0.0223
follow_up	have finish	0.0762
follow_up	have gone	-0.0372
follow_up	have got	-0.1212
follow_up	have had	0.0578
follow_up	have kept	-0.0449
follow_up	have more	0.0366
follow_up	have my	0.0854
follow_up	have onli	-0.0317
follow_up	have redon	0.0223
follow_up	have shadow	0.048
follow_up	have spent	-0.0207
follow_up	have spoken	0.1189
follow_up	have taken	-0.0541
follow_up	have talk	0.0419
follow_up	have time	0.0885
follow_up	have to	-0.2154
follow_up	have ~clock	-0.0309
follow_up	have ~limit	0.0885
follow_up	have ~number	0.0695
follow_up	have ~studyverb	0.0791
follow_up	have ~workverb	-0.1206
follow_up	head	-0.1233
follow_up	head back	-0.0332
follow_up	head out	-0.0227
follow_up	health	-0.0596
follow_up	heap	-0.0204
follow_up	hear	0.0682
follow_up	hear back	0.0831
follow_up	hear from	0.0741
follow_up	hear me	-0.0315
follow_up	heard	-0.0349
follow_up	hello	-0.0409
follow_up	help	-0.1259
follow_up	help and	0.0496
follow_up	help for	0.0207
follow_up	help if	-0.0474
follow_up	help out	-0.0447
follow_up	help run	0.0282
follow_up	help the	0.0612
follow_up	help to	-0.0289
follow_up	help with	-0.0982
follow_up	help you	-0.035
follow_up	help ~number	0.0539
follow_up	help ~workverb	0.0282
follow_up	her	-0.0827
follow_up	her interview	-0.0287
follow_up	her way	-0.0371
follow_up	her ~degree	0.0818
follow_up	her ~insight	0.082
follow_up	her ~student	0.0813
follow_up	here	-0.1744
follow_up	here and	0.0582
follow_up	here to	-0.0256
follow_up	heritag	-0.0204
follow_up	hesit	-0.035
follow_up	hesit to	-0.0335
follow_up	hey	0.0337
follow_up	hey so	0.076
follow_up	hi	-0.067
follow_up	him	-0.0269
follow_up	hire	-0.2989
follow_up	hire for	-0.0257
follow_up	hire manag	-0.0497
follow_up	hire me	-0.025
follow_up	hire panel	0.0391
follow_up	hire team	0.0281
follow_up	hire ~gatekeeper	-0.0565
follow_up	hire ~org	0.0247
follow_up	hire ~student	-0.0404
follow_up	histori	-0.0362
follow_up	hit	0.1203
follow_up	hit you	0.1409
follow_up	hold	-0.0548
follow_up	hold you	-0.0287
follow_up	holiday	-0.0203
follow_up	home	-0.0225
follow_up	honest	-0.058
follow_up	honest i	-0.0269
follow_up	honest if	0.0433
follow_up	honest this	0.0436
follow_up	hop	-0.0356
follow_up	hop on	-0.0489
follow_up	hope	0.0281
follow_up	hope it	0.0474
follow_up	hope the	-0.0211
follow_up	hope to	-0.0485
follow_up	hope we	0.1258
follow_up	hope you	-0.0282
follow_up	hope ~number	-0.0211
follow_up	hospit	0.0384
follow_up	hospit about	0.0299
follow_up	hospit staf	0.0274
follow_up	hour	-0.0254
follow_up	hour so	-0.0253
follow_up	hour would	0.0202
follow_up	hous	-0.0534
follow_up	how	-0.153
follow_up	how a	-0.0348
follow_up	how can	-0.0335
follow_up	how did	-0.1288
follow_up	how do	-0.2253
follow_up	how doe	-0.0237
follow_up	how i	0.0896
follow_up	how is	-0.034
follow_up	how it	0.2982
follow_up	how long	-0.0527
follow_up	how mani	-0.0267
follow_up	how much	-0.1065
follow_up	how my	0.0482
follow_up	how often	-0.0311
follow_up	how should	0.025
follow_up	how the	0.4823
follow_up	how would	-0.0442
follow_up	how you	-0.1841
follow_up	how ~help	-0.2283
follow_up	how ~number	0.4456
follow_up	how ~studyverb	-0.1288
follow_up	how ~want	-0.0442
follow_up	hr	-0.0367
follow_up	i	0.3386
follow_up	i actual	-0.0226
follow_up	i add	0.4048
follow_up	i am	-0.2754
follow_up	i appli	-0.1124
follow_up	i arriv	0.0348
follow_up	i ask	-0.1552
follow_up	i be	-0.0623
follow_up	i book	0.034
follow_up	i bounc	0.0251
follow_up	i can	-0.1849
follow_up	i check	0.2387
follow_up	i circl	0.0472
follow_up	i connect	0.0929
follow_up	i decid	0.1154
follow_up	i did	-0.0373
follow_up	i do	0.0747
follow_up	i drop	0.031
follow_up	i email	0.1563
follow_up	i end	0.1498
follow_up	i figur	0.0473
follow_up	i finish	0.0344
follow_up	i follow	0.2736
follow_up	i forget	0.0347
follow_up	i get	0.2126
follow_up	i go	0.204
follow_up	i have	0.2536
follow_up	i hear	0.1206
follow_up	i help	-0.0346
follow_up	i hit	0.1047
follow_up	i hope	-0.0349
follow_up	i intern	-0.0205
follow_up	i keep	0.0838
follow_up	i kept	0.0699
follow_up	i know	-0.399
follow_up	i land	0.0851
follow_up	i learn	0.0502
follow_up	i mean	-0.0202
follow_up	i mention	0.2913
follow_up	i messag	0.0459
follow_up	i might	-0.027
follow_up	i need	0.0841
follow_up	i pass	0.029
follow_up	i pick	0.0505
follow_up	i ping	0.0822
follow_up	i promis	-0.0379
follow_up	i put	-0.0317
follow_up	i reach	0.0324
follow_up	i read	-0.0207
follow_up	i realiz	-0.0219
follow_up	i record	-0.0232
follow_up	i return	0.0598
follow_up	i run	0.0374
follow_up	i said	-0.0301
follow_up	i save	0.0945
follow_up	i saw	-0.032
follow_up	i see	-0.0918
follow_up	i send	0.149
follow_up	i sent	-0.0329
follow_up	i shadow	-0.0409
follow_up	i shall	0.0971
follow_up	i should	-0.1075
follow_up	i stay	0.0876
follow_up	i studi	-0.0242
follow_up	i switch	-0.0242
follow_up	i take	-0.0229
follow_up	i talk	0.0936
follow_up	i tell	0.0582
follow_up	i text	0.0313
follow_up	i total	0.0356
follow_up	i turn	-0.0259
follow_up	i was	-0.1577
follow_up	i will	0.6846
follow_up	i work	0.0942
follow_up	i write	0.0591
follow_up	i wrote	0.0268
follow_up	i ~contactverb	0.2351
follow_up	i ~help	0.101
follow_up	i ~insight	-0.0436
follow_up	i ~learn	-0.0709
follow_up	i ~sendverb	0.2324
follow_up	i ~student	-0.0337
follow_up	i ~studyverb	-0.0773
follow_up	i ~talk	0.1226
follow_up	i ~want	-0.0341
follow_up	i ~workverb	0.1066
follow_up	idea	0.0284
follow_up	if	0.7301
follow_up	if a	-0.0542
follow_up	if anoth	0.0204
follow_up	if anyon	-0.0221
follow_up	if anyth	-0.0735
follow_up	if i	0.8047
follow_up	if is	0.0241
follow_up	if it	-0.0359
follow_up	if more	0.0425
follow_up	if not	0.1513
follow_up	if someon	-0.0325
follow_up	if that	0.2457
follow_up	if this	-0.0202
follow_up	if we	-0.037
follow_up	if you	-0.1187
follow_up	if ~number	-0.0695
follow_up	if ~people	-0.0585
follow_up	import	-0.025
follow_up	imposit	0.0278
follow_up	in	0.1926
follow_up	in a	0.0989
follow_up	in after	0.0207
follow_up	in again	0.0544
follow_up	in and	-0.0204
follow_up	in between	-0.0289
follow_up	in case	0.0875
follow_up	in conserv	0.0362
follow_up	in contact	0.1273
follow_up	in each	0.0478
follow_up	in for	-0.0207
follow_up	in game	0.0212
follow_up	in if	0.0438
follow_up	in leed	-0.0206
follow_up	in manchest	0.1108
follow_up	in march	0.0554
follow_up	in may	-0.0252
follow_up	in mind	-0.185
follow_up	in my	-0.1434
follow_up	in on	-0.0361
follow_up	in onc	0.0259
follow_up	in person	0.0355
follow_up	in polici	-0.0254
follow_up	in public	-0.0234
follow_up	in return	-0.0777
follow_up	in the	0.0346
follow_up	in this	-0.0667
follow_up	in touch	0.5987
follow_up	in with	0.1219
follow_up	in your	0.0582
follow_up	in ~clock	-0.0468
follow_up	in ~contactverb	0.7165
follow_up	in ~help	-0.0779
follow_up	in ~later	0.053
follow_up	in ~number	0.0801
follow_up	in ~people	0.1579
follow_up	in ~talk	0.1167
follow_up	inbox	0.2881
follow_up	incred	0.0232
follow_up	incred help	0.0325
follow_up	industri	-0.1353
follow_up	inform	0.0967
follow_up	inform about	0.0227
follow_up	inform chat	-0.0243
follow_up	inform interview	-0.0214
follow_up	inform session	0.0351
follow_up	inform ~talk	-0.0305
follow_up	insid	-0.0202
follow_up	inspir	0.028
follow_up	insta	0.0595
follow_up	instead	0.0361
follow_up	instead of	-0.0242
follow_up	intak	-0.0352
follow_up	interest	-0.0354
follow_up	interest in	0.0254
follow_up	intern	-0.0882
follow_up	intern this	0.0349
follow_up	intern with	-0.0417
follow_up	internal	-0.0417
follow_up	internet	-0.0383
follow_up	internship with	0.0839
follow_up	interview	-0.1402
follow_up	interview at	0.0285
follow_up	interview doe	-0.0223
follow_up	interview go	0.0302
follow_up	interview next	0.0319
follow_up	into	-0.1567
follow_up	into your	0.0627
follow_up	intro	-0.0769
follow_up	intro me	0.0332
follow_up	intro to	-0.0355
follow_up	introduc	-0.0744
follow_up	introduct	-0.0274
follow_up	introduct to	-0.0206
follow_up	involv	-0.0278
follow_up	is	-0.1193
follow_up	is a	-0.0858
follow_up	is actual	-0.0309
follow_up	is all	0.0786
follow_up	is alreadi	-0.0248
follow_up	is ani	-0.0201
follow_up	is anyon	0.0354
follow_up	is been	-0.0534
follow_up	is best	0.0715
follow_up	is die	-0.0256
follow_up	is done	0.1157
follow_up	is easier	0.0774
follow_up	is email	0.0648
follow_up	is kind	-0.0212
follow_up	is look	0.0731
follow_up	is more	0.0526
follow_up	is now	0.0404
follow_up	is ok	0.1395
follow_up	is on	0.0258
follow_up	is realli	-0.0205
follow_up	is sort	0.024
follow_up	is take	0.0407
follow_up	is that	-0.1763
follow_up	is the	-0.098
follow_up	is there	0.0444
follow_up	is this	-0.025
follow_up	is to	-0.0317
follow_up	is too	-0.0383
follow_up	is total	0.0243
follow_up	is work	0.1026
follow_up	is worth	-0.0423
follow_up	is your	0.0801
follow_up	is ~clock	0.0241
follow_up	is ~contactverb	0.0648
follow_up	is ~hiring	0.0231
follow_up	is ~number	-0.2065
follow_up	is ~sendverb	0.0697
follow_up	is ~studyverb	0.0499
follow_up	is ~talk	0.0576
follow_up	is ~want	0.0294
follow_up	is ~workverb	0.0394
follow_up	issu	-0.0215
follow_up	it	0.0745
follow_up	it a	0.0375
follow_up	it all	0.0202
follow_up	it along	0.0204
follow_up	it alright	0.0548
follow_up	it and	0.0341
follow_up	it at	0.0201
follow_up	it be	0.3116
follow_up	it been	0.1004
follow_up	it common	-0.027
follow_up	it done	0.0257
follow_up	it for	-0.0296
follow_up	it goe	0.1614
follow_up	it hard	-0.0213
follow_up	it help	-0.067
follow_up	it here	-0.0267
follow_up	it i	-0.0308
follow_up	it if	-0.0333
follow_up	it is	0.1935
follow_up	it most	-0.0248
follow_up	it my	-0.0227
follow_up	it normal	-0.0457
follow_up	it on	-0.0256
follow_up	it over	0.0562
follow_up	it part	0.0282
follow_up	it quick	-0.0221
follow_up	it round	0.0283
follow_up	it short	-0.0466
follow_up	it still	0.0524
follow_up	it there	-0.1099
follow_up	it to	-0.0372
follow_up	it up	-0.0334
follow_up	it was	-0.0362
follow_up	it weird	0.0808
follow_up	it went	0.0877
follow_up	it work	-0.0205
follow_up	it would	0.0439
follow_up	it your	0.0249
follow_up	it ~help	-0.0382
follow_up	it ~number	0.023
follow_up	it ~studyverb	0.0286
follow_up	it ~workverb	0.0956
follow_up	job	-0.2054
follow_up	job board	0.0556
follow_up	job in	-0.0218
follow_up	job just	0.0459
follow_up	job ~want	0.0384
follow_up	join	-0.0468
follow_up	journal	-0.023
follow_up	jump	-0.1437
follow_up	jump off	-0.0294
follow_up	jump to	-0.0226
follow_up	junior	0.0271
follow_up	junior analyst	-0.0214
follow_up	junior folk	0.0676
follow_up	junior ~people	0.0663
follow_up	junior ~student	0.028
follow_up	just	0.0571
follow_up	just advic	0.0354
follow_up	just ask	-0.0205
follow_up	just call	0.0797
follow_up	just finish	0.075
follow_up	just for	0.0249
follow_up	just messag	0.0396
follow_up	just say	-0.0683
follow_up	just send	-0.0235
follow_up	just shout	0.0357
follow_up	just to	0.0824
follow_up	just two	0.0352
follow_up	just want	-0.0503
follow_up	just ~clock	0.0217
follow_up	just ~contactverb	0.0491
follow_up	just ~insight	0.0334
follow_up	just ~learn	-0.0269
follow_up	just ~sendverb	-0.0224
follow_up	just ~studyverb	0.0689
follow_up	just ~talk	0.029
follow_up	just ~want	-0.0865
follow_up	keen	-0.0346
follow_up	keep	0.4698
follow_up	keep chat	0.021
follow_up	keep in	0.2569
follow_up	keep it	-0.0604
follow_up	keep me	-0.1583
follow_up	keep my	-0.0962
follow_up	keep talk	0.0606
follow_up	keep that	0.0268
follow_up	keep the	0.0559
follow_up	keep this	-0.0687
follow_up	keep you	0.5653
follow_up	keep ~number	0.0492
follow_up	keep ~talk	0.0876
follow_up	kept you	0.0202
follow_up	kid	0.1109
follow_up	kid i	0.022
follow_up	kind of	-0.1218
follow_up	kit	0.0616
follow_up	kitchen	-0.0555
follow_up	know	0.2464
follow_up	know ani	-0.0338
follow_up	know how	0.3937
follow_up	know i	-0.048
follow_up	know this	-0.0249
follow_up	know we	-0.0837
follow_up	know what	0.17
follow_up	know when	0.0613
follow_up	know where	0.0382
follow_up	know which	0.111
follow_up	know you	-0.1527
follow_up	known	-0.0206
follow_up	lab	-0.0622
follow_up	land	0.1064
follow_up	land in	0.0504
follow_up	land your	-0.0249
follow_up	laptop	-0.0346
follow_up	last bit	0.0669
follow_up	last month	-0.0285
follow_up	last question	0.0572
follow_up	last semest	0.0243
follow_up	last thing	0.0635
follow_up	last two	0.0398
follow_up	last week	-0.042
follow_up	last year	-0.0575
follow_up	last ~clock	0.0327
follow_up	last ~closing	-0.051
follow_up	last ~duration	-0.0592
follow_up	last ~number	0.0303
follow_up	late	-0.0558
follow_up	later	0.2472
follow_up	later for	0.0203
follow_up	later if	0.0314
follow_up	later in	0.0594
follow_up	later this	0.0844
follow_up	launch	-0.1089
follow_up	launch next	-0.0579
follow_up	law	-0.047
follow_up	lead	-0.0634
follow_up	learn	-0.1255
follow_up	learn from	-0.028
follow_up	learn how	-0.0256
follow_up	leav	-0.2584
follow_up	leav at	-0.0253
follow_up	leav it	-0.0837
follow_up	leav you	-0.0639
follow_up	leed	-0.0441
follow_up	leed and	-0.0257
follow_up	left	-0.0567
follow_up	let	0.2563
follow_up	let me	-0.0883
follow_up	let us	0.1919
follow_up	let you	0.1186
follow_up	level	0.0308
follow_up	level 3	0.0433
follow_up	level ~clock	0.0623
follow_up	librarian	0.0255
follow_up	life	-0.0207
follow_up	like	0.0351
follow_up	like a	0.1071
follow_up	like after	0.0534
follow_up	like for	-0.0574
follow_up	like me	-0.0244
follow_up	like share	0.0255
follow_up	like this	-0.0247
follow_up	like to	0.1824
follow_up	like we	0.0664
follow_up	like ~clock	-0.0265
follow_up	like ~number	0.0661
follow_up	like ~want	0.0514
follow_up	line	0.0773
follow_up	link	0.0908
follow_up	link to	0.0593
follow_up	linkedin	0.9452
follow_up	linkedin afterward	0.0569
follow_up	linkedin if	0.0424
follow_up	linkedin or	0.0278
follow_up	linkedin so	0.0586
follow_up	linkedin ~later	0.0493
follow_up	littl	-0.0281
follow_up	live	0.0737
follow_up	live sound	0.093
follow_up	load	-0.0306
follow_up	load of	-0.0239
follow_up	local council	0.0377
follow_up	log	-0.0201
follow_up	logist	-0.0329
follow_up	london	0.0254
follow_up	long	-0.033
follow_up	long did	-0.0205
follow_up	long term	0.091
follow_up	long ~studyverb	-0.0205
follow_up	longer	-0.1529
follow_up	longer thank	-0.0355
follow_up	look	0.0557
follow_up	look at	0.1101
follow_up	look into	-0.0275
follow_up	look like	-0.1027
follow_up	look over	0.0624
follow_up	look up	0.0299
follow_up	loop	0.0448
follow_up	loop on	0.0289
follow_up	lost	-0.022
follow_up	lot of	-0.0398
follow_up	lot today	0.0353
follow_up	love	0.1846
follow_up	love evening	-0.0289
follow_up	love for	0.0814
follow_up	love it	-0.0225
follow_up	love that	0.0396
follow_up	love to	0.1972
follow_up	love your	-0.0239
follow_up	love ~closing	-0.0472
follow_up	luck	-0.1018
follow_up	luck with	-0.0968
follow_up	lunch	-0.0618
follow_up	ma	0.0209
follow_up	made	-0.0329
follow_up	made one	0.0356
follow_up	made the	-0.0226
follow_up	made you	-0.0428
follow_up	made ~clock	0.0356
follow_up	made ~people	0.0345
follow_up	mail	0.0226
follow_up	main	-0.0405
follow_up	make a	-0.025
follow_up	make me	0.0309
follow_up	make of	0.067
follow_up	make sens	-0.0318
follow_up	make sure	0.0569
follow_up	make the	-0.0322
follow_up	make this	0.0491
follow_up	make time	-0.0502
follow_up	make ~insight	-0.0318
follow_up	make ~limit	-0.0502
follow_up	make ~number	-0.074
follow_up	maker	0.0429
follow_up	manag	-0.1049
follow_up	manag if	0.0254
follow_up	manag just	0.0857
follow_up	manag ~want	0.083
follow_up	manchest	0.1004
follow_up	mani	-0.0707
follow_up	march	0.0496
follow_up	marcus	-0.0274
follow_up	market	-0.0543
follow_up	master in	-0.0263
follow_up	mate	0.0281
follow_up	matter	-0.0623
follow_up	may	0.0695
follow_up	may i	0.1117
follow_up	mayb set	0.0203
follow_up	mayb share	0.0718
follow_up	mayb someon	-0.0251
follow_up	mayb ~people	-0.0285
follow_up	mayb ~sendverb	0.0898
follow_up	mba	0.0478
follow_up	mba and	0.0814
follow_up	me	-0.36
follow_up	me about	-0.0431
follow_up	me by	0.0751
follow_up	me check	0.0261
follow_up	me email	0.029
follow_up	me feel	0.0268
follow_up	me for	-0.055
follow_up	me forward	0.1091
follow_up	me her	-0.0371
follow_up	me how	-0.0277
follow_up	me if	-0.0563
follow_up	me in	-0.1813
follow_up	me internal	-0.0204
follow_up	me know	-0.0535
follow_up	me reach	0.0687
follow_up	me the	-0.0532
follow_up	me through	-0.0766
follow_up	me to	0.1833
follow_up	me your	0.0398
follow_up	me ~learn	-0.0666
follow_up	me ~number	-0.0511
follow_up	me ~talk	0.0714
follow_up	mean	-0.0309
follow_up	medic devic	0.0209
follow_up	meet	-0.167
follow_up	meet you	-0.0293
follow_up	meetup	0.0364
follow_up	mention	0.1482
follow_up	mention about	0.0218
follow_up	mention and	0.0953
follow_up	mention in	-0.0253
follow_up	mention we	-0.0232
follow_up	mention your	-0.065
follow_up	mentor	-0.0627
follow_up	messag	0.1311
follow_up	messag from	0.0428
follow_up	messag you	0.1595
follow_up	messag ~number	-0.0241
follow_up	might	0.0595
follow_up	might be	-0.0753
follow_up	might have	0.0487
follow_up	might i	0.0457
follow_up	might ~contactverb	-0.0251
follow_up	million	-0.0243
follow_up	mind	0.0932
follow_up	mind if	0.3674
follow_up	mind of	-0.032
follow_up	minut	-0.2353
follow_up	minut and	-0.0214
follow_up	minut left	-0.0286
follow_up	minut or	0.0837
follow_up	minut over	-0.0267
follow_up	minut so	-0.0435
follow_up	minut we	-0.0332
follow_up	minut ~want	0.0418
follow_up	model	-0.0302
follow_up	moment	-0.0423
follow_up	monday	0.0741
follow_up	month	0.51
follow_up	month and	-0.0207
follow_up	month for	0.1872
follow_up	month onc	0.0588
follow_up	month or	0.043
follow_up	month to	0.0278
follow_up	more	0.1187
follow_up	more about	-0.0446
follow_up	more i	0.0671
follow_up	more of	-0.0359
follow_up	more or	0.1004
follow_up	more question	0.1977
follow_up	more than	-0.0361
follow_up	more ~limit	-0.0245
follow_up	morn i	0.0269
follow_up	most	-0.2054
follow_up	most grate	0.0468
follow_up	most of	-0.0364
follow_up	most use	0.022
follow_up	most ~help	0.022
follow_up	move	-0.1419
follow_up	move from	-0.0237
follow_up	move into	-0.039
follow_up	move on	-0.0227
follow_up	mph	0.0239
follow_up	mph program	0.0274
follow_up	mr	0.0305
follow_up	ms	-0.0286
follow_up	msw	0.0303
follow_up	much	-0.0598
follow_up	much and	0.0275
follow_up	much dr	-0.02
follow_up	much for	-0.0624
follow_up	much i	0.0535
follow_up	much realli	0.0329
follow_up	much sir	0.0337
follow_up	much this	-0.0231
follow_up	much time	-0.0398
follow_up	much ~limit	-0.0398
follow_up	much ~want	0.0263
follow_up	must	-0.0418
follow_up	musuem	-0.0231
follow_up	mute	-0.0225
follow_up	my	0.1417
follow_up	my background	-0.0202
follow_up	my bootcamp	0.0605
follow_up	my camera	-0.0261
follow_up	my capston	0.1549
follow_up	my career	-0.0314
follow_up	my case	0.0518
follow_up	my classmat	-0.0368
follow_up	my cohort	-0.0207
follow_up	my connect	-0.0282
follow_up	my cousin	-0.0415
follow_up	my cover	0.0274
follow_up	my decis	0.024
follow_up	my dissert	-0.0502
follow_up	my email	-0.07
follow_up	my end	-0.0253
follow_up	my exam	0.0781
follow_up	my first	0.1844
follow_up	my internet	-0.0307
follow_up	my interview	0.0718
follow_up	my kid	0.0752
follow_up	my linkedin	-0.0215
follow_up	my list	-0.0534
follow_up	my manag	0.081
follow_up	my master	-0.0202
follow_up	my name	-0.0638
follow_up	my next	-0.0272
follow_up	my note	0.1294
follow_up	my old	-0.0434
follow_up	my own	-0.0394
follow_up	my phone	-0.0328
follow_up	my placement	0.0686
follow_up	my portfolio	0.166
follow_up	my professor	-0.0275
follow_up	my progress	0.0972
follow_up	my question	-0.0237
follow_up	my result	0.0506
follow_up	my resum	-0.2376
follow_up	my sister	-0.0206
follow_up	my son	-0.0241
follow_up	my student	0.0256
follow_up	my thank	0.0482
follow_up	my thesi	0.1126
follow_up	my uni	-0.0286
follow_up	my visa	0.0228
follow_up	my way	-0.0458
follow_up	my year	0.0644
follow_up	my ~application	-0.2493
follow_up	my ~contactverb	-0.0846
follow_up	my ~degree	0.0385
follow_up	my ~duration	0.0644
follow_up	my ~gatekeeper	0.0735
follow_up	my ~job	0.0428
follow_up	my ~sendverb	-0.0685
follow_up	my ~student	0.0836
follow_up	myself	-0.0688
follow_up	name	-0.1894
follow_up	name come	-0.0234
follow_up	name when	-0.0448
follow_up	near	0.0637
follow_up	near at	0.0577
follow_up	near out	0.0385
follow_up	need	-0.1734
follow_up	need a	-0.0622
follow_up	need extra	0.0405
follow_up	need to	0.0587
follow_up	need ~number	-0.0773
follow_up	neighbour	-0.0241
follow_up	network	-0.0815
follow_up	network ~studyverb	0.0201
follow_up	never	-0.0701
follow_up	new year	0.0269
follow_up	new ~duration	0.0269
follow_up	newslett	-0.0523
follow_up	next	0.5732
follow_up	next call	-0.0587
follow_up	next meet	-0.0222
follow_up	next month	0.3518
follow_up	next summer	0.0693
follow_up	next time	0.1595
follow_up	next week	0.2576
follow_up	next year	0.0459
follow_up	next ~clock	-0.0238
follow_up	next ~closing	0.3241
follow_up	next ~contactverb	-0.0587
follow_up	next ~duration	0.0342
follow_up	next ~limit	0.1567
follow_up	next ~talk	-0.0819
follow_up	ngo	-0.0222
follow_up	nice to	-0.0216
follow_up	night	-0.0379
follow_up	no	-0.0697
follow_up	no rush	-0.0203
follow_up	no worri	0.0991
follow_up	nonprofit	-0.0397
follow_up	normal	-0.0789
follow_up	normal to	-0.0293
follow_up	not	-0.3142
follow_up	not an	0.0275
follow_up	not get	0.0241
follow_up	not hesit	-0.0347
follow_up	not hold	-0.0269
follow_up	not keep	-0.1948
follow_up	not know	0.0362
follow_up	not no	0.0523
follow_up	not sure	-0.0249
follow_up	not take	-0.0311
follow_up	not to	-0.0271
follow_up	not want	0.0222
follow_up	not ~insight	-0.0311
follow_up	not ~learn	0.0583
follow_up	note	0.491
follow_up	note after	-0.0224
follow_up	note from	0.1198
follow_up	note in	0.1205
follow_up	note on	-0.0217
follow_up	note onc	0.0776
follow_up	note summar	0.0316
follow_up	note tonight	0.0901
follow_up	note while	-0.0225
follow_up	note ~want	-0.0224
follow_up	noth	-0.0545
follow_up	notic	-0.0282
follow_up	now	-0.2332
follow_up	now and	0.1179
follow_up	now but	0.037
follow_up	now i	-0.0388
follow_up	now so	0.0276
follow_up	now still	0.0237
follow_up	now ~want	0.0225
follow_up	nurs	-0.0973
follow_up	object	0.1216
follow_up	object to	0.1242
follow_up	odd	0.1079
follow_up	odd question	0.0476
follow_up	of	-0.1001
follow_up	of a	-0.0396
follow_up	of an	0.0827
follow_up	of anyth	0.0458
follow_up	of it	0.0265
follow_up	of month	0.0487
follow_up	of more	0.0585
follow_up	of my	0.1887
follow_up	of peopl	-0.0525
follow_up	of that	0.0663
follow_up	of the	-0.0747
follow_up	of this	0.0308
follow_up	of week	0.0411
follow_up	of what	0.0336
follow_up	of work	-0.0278
follow_up	of year	0.1158
follow_up	of your	-0.1644
follow_up	of ~duration	0.1646
follow_up	of ~learn	-0.0254
follow_up	of ~number	-0.0431
follow_up	of ~people	-0.0912
follow_up	of ~workverb	-0.0383
follow_up	off	-0.1528
follow_up	off i	-0.0217
follow_up	off the	-0.0259
follow_up	off to	-0.0299
follow_up	off you	0.0236
follow_up	offer	0.0565
follow_up	offer to	-0.0252
follow_up	often	-0.0256
follow_up	oh	-0.1059
follow_up	ohio	-0.022
follow_up	ok	0.2033
follow_up	ok cool	-0.0277
follow_up	ok for	0.0911
follow_up	ok i	-0.2705
follow_up	ok if	0.1341
follow_up	ok that	-0.026
follow_up	ok to	0.3195
follow_up	old	-0.1493
follow_up	old colleagu	-0.0274
follow_up	old fashion	-0.0204
follow_up	old ~people	-0.0275
follow_up	old ~student	-0.025
follow_up	on	0.2851
follow_up	on a	-0.0998
follow_up	on access	-0.0212
follow_up	on anoth	-0.0249
follow_up	on as	-0.0361
follow_up	on call	-0.0474
follow_up	on exact	0.0364
follow_up	on file	-0.0328
follow_up	on friday	0.0383
follow_up	on gig	-0.0204
follow_up	on how	0.2696
follow_up	on insta	0.0595
follow_up	on linkedin	0.9604
follow_up	on me	-0.0262
follow_up	on my	-0.0621
follow_up	on portfolio	0.0421
follow_up	on rural	0.0425
follow_up	on time	-0.0413
follow_up	on to	-0.0551
follow_up	on twitter	0.0486
follow_up	on weekend	-0.0295
follow_up	on where	0.0307
follow_up	on whether	0.0448
follow_up	on with	-0.0917
follow_up	on your	-0.2709
follow_up	on ~closing	0.0381
follow_up	on ~contactverb	-0.0511
follow_up	on ~limit	-0.0413
follow_up	on ~number	-0.1171
follow_up	on ~talk	-0.053
follow_up	onc	1.0635
follow_up	onc a	0.0401
follow_up	onc i	0.7155
follow_up	onc it	0.1152
follow_up	onc my	0.0522
follow_up	onc the	0.1009
follow_up	onc they	0.0436
follow_up	onc ~number	0.141
follow_up	one	-0.1292
follow_up	one i	0.0259
follow_up	one moment	0.0234
follow_up	one more	-0.0595
follow_up	one of	-0.0339
follow_up	one or	0.0739
follow_up	one ~closing	-0.0225
follow_up	onli for	0.0239
follow_up	onli got	-0.0264
follow_up	onli half	0.0247
follow_up	onli have	-0.0438
follow_up	onli if	0.0346
follow_up	onli ~number	0.052
follow_up	onlin	-0.0405
follow_up	op	-0.0349
follow_up	open	0.0871
follow_up	open for	0.0435
follow_up	open in	-0.0206
follow_up	open on	-0.0258
follow_up	open to	0.2863
follow_up	open up	-0.126
follow_up	open you	-0.0222
follow_up	or	-0.0534
follow_up	or a	-0.022
follow_up	or are	-0.0286
follow_up	or contact	0.0376
follow_up	or do	0.0482
follow_up	or email	0.0325
follow_up	or go	0.0212
follow_up	or is	-0.0987
follow_up	or linkedin	0.0272
follow_up	or shall	0.0447
follow_up	or so	0.0834
follow_up	or two	0.0911
follow_up	or would	0.1763
follow_up	or ~clock	0.08
follow_up	or ~contactverb	0.0963
follow_up	or ~help	0.0387
follow_up	or ~number	0.0445
follow_up	or ~people	0.0324
follow_up	or ~sendverb	0.033
follow_up	or ~talk	0.0778
follow_up	or ~want	0.17
follow_up	orbit	0.0478
follow_up	other	0.0737
follow_up	other firm	0.0267
follow_up	other folk	-0.0255
follow_up	other orbit	0.0478
follow_up	other ~org	0.028
follow_up	other ~people	-0.0261
follow_up	our	-0.0531
follow_up	our survey	0.0419
follow_up	out	0.0777
follow_up	out again	0.195
follow_up	out for	0.083
follow_up	out if	-0.0352
follow_up	out in	0.1241
follow_up	out my	0.0201
follow_up	out of	-0.0492
follow_up	out the	-0.0235
follow_up	out to	-0.1971
follow_up	out with	-0.0269
follow_up	out your	0.0353
follow_up	out ~later	0.1834
follow_up	out ~number	-0.0346
follow_up	out ~want	-0.0215
follow_up	outreach	-0.0207
follow_up	outsid	-0.0243
follow_up	over	0.1895
follow_up	over email	0.0357
follow_up	over i	-0.0342
follow_up	over if	0.0249
follow_up	over that	0.1019
follow_up	over time	-0.0411
follow_up	over ~contactverb	0.0357
follow_up	over ~limit	-0.0496
follow_up	over ~sendverb	0.0357
follow_up	over ~talk	0.0357
follow_up	overstay	0.0578
follow_up	own	-0.0745
follow_up	page	-0.0424
follow_up	paid	-0.0368
follow_up	panel	0.0567
follow_up	panel at	0.0387
follow_up	paper	0.0541
follow_up	part	-0.156
follow_up	part of	-0.0604
follow_up	part time	-0.0401
follow_up	part ~limit	-0.0401
follow_up	particular	0.0557
follow_up	particular time	0.0668
follow_up	particular ~limit	0.0668
follow_up	pass	-0.0858
follow_up	pass along	0.061
follow_up	pass my	-0.1772
follow_up	pass the	0.0383
follow_up	pass them	0.0376
follow_up	pass ~number	0.0306
follow_up	path	-0.0526
follow_up	patienc	-0.0203
follow_up	patient	-0.1049
follow_up	pay	-0.0558
follow_up	peopl	-0.2533
follow_up	peopl follow	0.0359
follow_up	peopl from	-0.0203
follow_up	peopl i	-0.0228
follow_up	peopl in	-0.0866
follow_up	peopl on	-0.0381
follow_up	peopl who	-0.0381
follow_up	peopl you	0.0707
follow_up	peopl ~learn	-0.0255
follow_up	peopl ~people	-0.0381
follow_up	perfect	-0.0241
follow_up	person	-0.0422
follow_up	person i	0.0272
follow_up	person who	-0.021
follow_up	person ~people	-0.0213
follow_up	perspect	-0.0214
follow_up	pet	0.0362
follow_up	phd	-0.0274
follow_up	phone	-0.0608
follow_up	phone or	-0.0266
follow_up	pick	0.2805
follow_up	pick this	0.2591
follow_up	pick up	-0.0367
follow_up	pick your	0.088
follow_up	pilot	0.0229
follow_up	ping	0.0586
follow_up	ping you	0.0988
follow_up	pitch	0.0264
follow_up	placement	0.0451
follow_up	pleas	-0.1051
follow_up	pleas keep	-0.0664
follow_up	pleas tell	-0.0206
follow_up	pleasur	-0.0236
follow_up	podcast	0.1388
follow_up	podcast episod	0.0456
follow_up	point	-0.0544
follow_up	point me	-0.0449
follow_up	polici	-0.0413
follow_up	polici i	0.041
follow_up	polici team	0.0327
follow_up	pop	0.0309
follow_up	portal	-0.0346
follow_up	portfolio	0.3173
follow_up	portfolio later	0.0303
follow_up	portfolio link	0.0334
follow_up	portfolio review	0.1101
follow_up	portfolio so	0.0248
follow_up	portfolio to	-0.0417
follow_up	portfolio ~later	0.0303
follow_up	portfolio ~want	0.0373
follow_up	portugues	-0.0225
follow_up	posit	-0.0751
follow_up	possibl	0.0418
follow_up	possibl i	0.0243
follow_up	possibl to	0.0541
follow_up	post	0.3699
follow_up	post about	-0.024
follow_up	post on	0.3515
follow_up	practic	-0.0472
follow_up	practis	-0.034
follow_up	prefer	0.1079
follow_up	prefer peopl	0.046
follow_up	prefer ~people	0.0451
follow_up	prepar	-0.0266
follow_up	pretti	-0.0442
follow_up	priya	-0.0934
follow_up	probabl	-0.0789
follow_up	process	-0.0462
follow_up	produc	0.054
follow_up	produc ~job	0.057
follow_up	product team	0.0642
follow_up	product ~org	0.0754
follow_up	profession	-0.0342
follow_up	profession associ	-0.0257
follow_up	professor	-0.054
follow_up	program	0.1132
follow_up	program is	0.0489
follow_up	programm	0.0422
follow_up	progress	0.0916
follow_up	project	-0.1602
follow_up	project i	-0.0205
follow_up	promis	0.0823
follow_up	proofread	-0.0493
follow_up	proofread the	-0.0308
follow_up	proofread ~number	-0.0314
follow_up	proper	0.1251
follow_up	proper thank	0.1125
follow_up	propos	0.0648
follow_up	public	-0.0492
follow_up	publish	0.053
follow_up	pull	-0.0202
follow_up	push	0.0717
follow_up	pushi	-0.021
follow_up	put	-0.269
follow_up	put in	-0.041
follow_up	put me	-0.0945
follow_up	put you	-0.0649
follow_up	q	0.0973
follow_up	qs	0.0941
follow_up	quarter	-0.0392
follow_up	quarter past	-0.0223
follow_up	question	0.3205
follow_up	question by	0.037
follow_up	question come	0.0624
follow_up	question for	0.058
follow_up	question if	-0.0202
follow_up	question is	0.0384
follow_up	question later	0.0238
follow_up	question over	0.0348
follow_up	question short	-0.0322
follow_up	question we	0.0237
follow_up	question ~later	0.0301
follow_up	quick	-0.0376
follow_up	quick note	0.0219
follow_up	quick q	0.0774
follow_up	quit	-0.0401
follow_up	ran	-0.0228
follow_up	rather	0.0706
follow_up	rather i	0.0414
follow_up	reach	0.1842
follow_up	reach back	0.1083
follow_up	reach out	-0.0404
follow_up	reach you	0.1157
follow_up	reaction	0.0469
follow_up	read	0.02
follow_up	read list	0.0284
follow_up	read the	0.0508
follow_up	read your	-0.0246
follow_up	read ~number	0.0685
follow_up	readi like	0.02
follow_up	real	-0.0379
follow_up	realist	-0.0342
follow_up	realiz	-0.0356
follow_up	realiz we	0.0235
follow_up	realli	-0.1061
follow_up	realli appreci	-0.0611
follow_up	realli eye	0.0541
follow_up	realli grate	-0.0381
follow_up	realli help	-0.035
follow_up	realli kind	0.0379
follow_up	realli like	0.0834
follow_up	realli use	-0.0283
follow_up	realli you	0.0375
follow_up	realli ~help	-0.0312
follow_up	realli ~want	-0.093
follow_up	reason	-0.0261
follow_up	recent	-0.028
follow_up	recip	0.0968
follow_up	reckon	0.0254
follow_up	recommend	-0.1763
follow_up	recommend i	-0.0757
follow_up	record	-0.0218
follow_up	recruit	-0.1197
follow_up	recruit side	0.0429
follow_up	recruit ~org	0.0266
follow_up	redon	0.0223
follow_up	refer	-0.1435
follow_up	refer me	-0.0947
follow_up	referr	-0.1116
follow_up	region paper	0.0218
follow_up	regular	0.0559
follow_up	releas	-0.0233
follow_up	relev	-0.0289
follow_up	relev to	-0.0256
follow_up	remain	0.0418
follow_up	repli	-0.0615
follow_up	repli to	-0.024
follow_up	report	0.4604
follow_up	report back	0.4658
follow_up	research	-0.1101
follow_up	rest	0.0839
follow_up	result	0.2536
follow_up	result come	0.052
follow_up	result from	0.0905
follow_up	resum	-0.2484
follow_up	resum along	-0.0604
follow_up	resum could	-0.0212
follow_up	resum for	-0.0442
follow_up	resum on	-0.0434
follow_up	resum so	-0.0226
follow_up	resum to	-0.1157
follow_up	retail	-0.0234
follow_up	retrain	0.0507
follow_up	return	-0.0298
follow_up	return to	0.0439
follow_up	review	0.0464
follow_up	review goe	0.1167
follow_up	revis	0.0472
follow_up	right	-0.1466
follow_up	right back	-0.0382
follow_up	right i	-0.0736
follow_up	right if	0.0472
follow_up	right now	-0.0227
follow_up	risk	-0.0217
follow_up	role	-0.1947
follow_up	role open	-0.0213
follow_up	role you	-0.021
follow_up	room for	-0.0273
follow_up	rough	0.0396
follow_up	rout	-0.0471
follow_up	run a	-0.0378
follow_up	run i	0.0322
follow_up	run the	0.0382
follow_up	run your	-0.0282
follow_up	rural	0.0418
follow_up	rural broadband	0.0463
follow_up	rush off	0.0233
follow_up	said	-0.1021
follow_up	said it	0.0323
follow_up	said she	-0.0274
follow_up	said you	-0.0548
follow_up	said ~number	-0.0362
follow_up	salari	-0.0287
follow_up	sam	-0.0313
follow_up	same	-0.0566
follow_up	saturday	-0.0284
follow_up	save	0.1049
follow_up	save the	0.0952
follow_up	save ~number	0.095
follow_up	saw	-0.0424
follow_up	say	-0.0974
follow_up	say about	-0.023
follow_up	say hi	0.0522
follow_up	say thank	0.0536
follow_up	say the	-0.0423
follow_up	say to	0.0265
follow_up	say yes	-0.0219
follow_up	say ~number	-0.0495
follow_up	schedul	0.1554
follow_up	schedul anoth	0.1116
follow_up	scheme	-0.0265
follow_up	scheme i	0.0496
follow_up	school	-0.021
follow_up	school or	0.0434
follow_up	scienc	0.0207
follow_up	score	0.0317
follow_up	screen	-0.0302
follow_up	search goe	0.0249
follow_up	sec	-0.0259
follow_up	second	0.2066
follow_up	second chat	0.1586
follow_up	second convers	0.0721
follow_up	second opinion	-0.0269
follow_up	second ~insight	-0.0269
follow_up	second ~number	0.0573
follow_up	second ~talk	0.1583
follow_up	sector	-0.0505
follow_up	see	-0.116
follow_up	see a	0.0536
follow_up	see it	-0.0283
follow_up	see the	-0.0201
follow_up	see we	-0.0659
follow_up	see what	-0.0403
follow_up	see whether	0.039
follow_up	see you	-0.0217
follow_up	see ~number	0.0336
follow_up	seem	-0.0307
follow_up	semest	0.1017
follow_up	semest i	0.0534
follow_up	send	0.912
follow_up	send a	0.1571
follow_up	send it	0.1073
follow_up	send me	-0.0618
follow_up	send my	0.1068
follow_up	send over	0.2046
follow_up	send thank	-0.0524
follow_up	send the	0.0396
follow_up	send you	0.438
follow_up	send ~number	0.2066
follow_up	sens	-0.0478
follow_up	sent	-0.0775
follow_up	sent a	-0.0237
follow_up	sent over	-0.0291
follow_up	sent ~number	-0.0279
follow_up	serious if	0.0502
follow_up	set	0.0669
follow_up	set up	0.0635
follow_up	shadow at	0.0272
follow_up	shadow day	0.0489
follow_up	shadow you	-0.0981
follow_up	shadow ~closing	0.0489
follow_up	shadow ~limit	0.0489
follow_up	shall	0.2285
follow_up	shall i	0.0901
follow_up	shall we	0.0413
follow_up	shall write	0.0607
follow_up	shall ~contactverb	0.0607
follow_up	share	0.122
follow_up	share my	-0.0337
follow_up	share our	0.0391
follow_up	share the	0.0979
follow_up	share ~number	0.1031
follow_up	she	-0.0834
follow_up	sheet	0.0271
follow_up	shift	-0.0835
follow_up	shift in	-0.0262
follow_up	shoot	-0.029
follow_up	shoot you	0.0341
follow_up	short	0.2263
follow_up	short call	0.1127
follow_up	short i	-0.0242
follow_up	short note	0.2308
follow_up	short on	-0.0206
follow_up	short staf	-0.0265
follow_up	short summari	0.0403
follow_up	short ~contactverb	0.118
follow_up	short ~talk	0.1151
follow_up	should get	0.0875
follow_up	should i	0.0806
follow_up	should let	-0.0206
follow_up	should reach	-0.023
follow_up	should talk	0.0364
follow_up	should we	-0.0255
follow_up	should ~contactverb	-0.0275
follow_up	should ~learn	0.0838
follow_up	should ~talk	-0.0306
follow_up	shout	0.0647
follow_up	shout and	0.0244
follow_up	shout i	0.0265
follow_up	show	-0.0303
follow_up	side	-0.1133
follow_up	side just	0.0419
follow_up	side of	-0.0204
follow_up	side you	-0.0257
follow_up	side ~want	0.0307
follow_up	sign	0.045
follow_up	signal	-0.0214
follow_up	similar	-0.027
follow_up	sinc i	-0.0345
follow_up	sinc the	-0.0215
follow_up	sinc we	0.0474
follow_up	sinc your	0.0395
follow_up	sinc ~number	-0.0217
follow_up	sincer	0.0322
follow_up	sincer for	0.0214
follow_up	sir	0.0444
follow_up	sister	-0.0219
follow_up	site	-0.0645
follow_up	skill	-0.095
follow_up	skip	-0.025
follow_up	slam	-0.0319
follow_up	slide	0.1229
follow_up	slide from	0.0255
follow_up	slot	-0.0283
follow_up	small	-0.0684
follow_up	so	-0.267
follow_up	so help	0.1452
follow_up	so i	-0.3906
follow_up	so if	-0.0203
follow_up	so much	0.1122
follow_up	so sorri	0.0585
follow_up	so this	-0.0215
follow_up	so use	0.024
follow_up	so you	-0.0313
follow_up	so ~help	0.0212
follow_up	so ~number	-0.0226
follow_up	social	-0.0328
follow_up	societi	0.0324
follow_up	some of	-0.022
follow_up	some other	0.0567
follow_up	some time	0.0572
follow_up	some ~limit	0.0585
follow_up	someday	-0.0307
follow_up	somehow	-0.0422
follow_up	someon	-0.1934
follow_up	someon at	0.0287
follow_up	someon on	-0.0263
follow_up	someon to	-0.02
follow_up	someon who	-0.0502
follow_up	someon ~people	-0.0502
follow_up	someth	-0.0606
follow_up	someth els	0.0423
follow_up	someth open	-0.0295
follow_up	someth you	-0.0256
follow_up	sometim	0.1804
follow_up	sometim next	0.0869
follow_up	son	-0.0209
follow_up	soon	0.1243
follow_up	sorri	-0.2267
follow_up	sorri about	-0.0218
follow_up	sorri can	0.0626
follow_up	sorri i	-0.1537
follow_up	sorri if	-0.0352
follow_up	sorri one	0.022
follow_up	sorri the	0.0235
follow_up	sorri ~clock	0.022
follow_up	sorri ~number	0.0409
follow_up	sorri ~people	0.0212
follow_up	sound	0.0612
follow_up	spare	0.0521
follow_up	speak to	0.0828
follow_up	speak with	-0.0581
follow_up	speaker	-0.0201
follow_up	spend	-0.0307
follow_up	spent	-0.0521
follow_up	spent ~number	-0.0259
follow_up	spoke	-0.025
follow_up	spoken	0.1159
follow_up	spoken to	0.1134
follow_up	spring	0.1755
follow_up	spring when	0.0773
follow_up	spring ~closing	0.0403
follow_up	sql	0.0486
follow_up	sql cours	0.0646
follow_up	sql ~degree	0.0646
follow_up	squeez	-0.0772
follow_up	squeez me	-0.041
follow_up	sri	-0.0216
follow_up	stage	-0.0352
follow_up	start	-0.0473
follow_up	start of	0.0901
follow_up	start out	-0.0545
follow_up	startup	-0.0213
follow_up	state associ	0.034
follow_up	stay	0.5895
follow_up	stay connect	0.1208
follow_up	stay in	0.5564
follow_up	stay on	-0.0408
follow_up	step	-0.059
follow_up	step away	-0.021
follow_up	stick	-0.0247
follow_up	stick to	-0.0209
follow_up	still	0.0387
follow_up	still a	-0.0261
follow_up	still good	0.0321
follow_up	still ok	0.0385
follow_up	still ~number	-0.033
follow_up	stop	-0.18
follow_up	stop and	0.0638
follow_up	stop at	-0.0337
follow_up	stop here	-0.0208
follow_up	stop there	-0.0476
follow_up	stop ~want	-0.0208
follow_up	straight	-0.0639
follow_up	straight away	-0.0313
follow_up	struggl with	0.0259
follow_up	stuck	0.047
follow_up	stuck on	0.0526
follow_up	student	-0.1447
follow_up	student perspect	0.0301
follow_up	student societi	0.0606
follow_up	student ~insight	0.0265
follow_up	studi	0.0564
follow_up	studi room	0.0252
follow_up	studi would	0.0469
follow_up	studi ~want	0.0469
follow_up	studio you	0.0465
follow_up	sub	0.0309
follow_up	such	-0.0258
follow_up	such a	-0.0205
follow_up	such ~number	-0.0211
follow_up	suggest	-0.1391
follow_up	suggest a	-0.0212
follow_up	suggest i	-0.1133
follow_up	suggest ~number	-0.029
follow_up	suit	0.0909
follow_up	suit you	0.1207
follow_up	summar	0.0316
follow_up	summar what	0.0316
follow_up	summari	0.0654
follow_up	summari of	0.062
follow_up	summer	-0.0321
follow_up	summer i	-0.0211
follow_up	summer ~job	-0.0272
follow_up	super	-0.0423
follow_up	supervisor	-0.036
follow_up	suppli	-0.0316
follow_up	suppli chain	-0.0305
follow_up	sure	0.1019
follow_up	sure to	0.1159
follow_up	survey	0.1436
follow_up	survey data	0.0466
follow_up	survey result	0.131
follow_up	survey with	0.0253
follow_up	sustain	0.0489
follow_up	sustain consult	0.0795
follow_up	switch	-0.0679
follow_up	switch from	-0.0232
follow_up	switch to	-0.0303
follow_up	ta veri	0.0344
follow_up	tag you	0.0227
follow_up	take	-0.1065
follow_up	take applic	0.0379
follow_up	take care	-0.0282
follow_up	take intern	0.0379
follow_up	take me	-0.02
follow_up	take on	-0.0219
follow_up	take time	0.0227
follow_up	take too	0.0308
follow_up	take up	-0.0305
follow_up	take ~limit	0.0227
follow_up	taken	-0.0639
follow_up	taken up	-0.027
follow_up	talk	0.1524
follow_up	talk about	0.0304
follow_up	talk soon	0.1272
follow_up	talk to	0.029
follow_up	talk ~later	0.1214
follow_up	taught	-0.0217
follow_up	teach	-0.0549
follow_up	teacher	-0.0334
follow_up	team	0.0277
follow_up	team at	0.0362
follow_up	team i	-0.0349
follow_up	team is	0.1523
follow_up	team might	0.0526
follow_up	team pleas	-0.0301
follow_up	team survey	0.0351
follow_up	team take	0.0377
follow_up	team ~hiring	0.0277
follow_up	team ~studyverb	0.0401
follow_up	tech	-0.0292
follow_up	technic	-0.0213
follow_up	tell	0.1337
follow_up	tell me	-0.1345
follow_up	tell you	0.2349
follow_up	ten	0.0256
follow_up	ten minut	0.0377
follow_up	ten ~limit	0.0375
follow_up	ten ~timeunit	0.0375
follow_up	tend	-0.0231
follow_up	tend to	-0.0231
follow_up	term	0.0985
follow_up	test	-0.0792
follow_up	test the	-0.0296
follow_up	test ~number	-0.0296
follow_up	text	0.0499
follow_up	text you	0.0483
follow_up	than	-0.0589
follow_up	than ~number	-0.0374
follow_up	than ~people	0.0324
follow_up	thank	-0.0313
follow_up	thank again	-0.1774
follow_up	thank i	-0.0254
follow_up	thank onc	0.0479
follow_up	thank this	0.0576
follow_up	thank to	-0.0343
follow_up	thank you	0.1152
follow_up	thank ~later	-0.1774
follow_up	that	-0.1398
follow_up	that a	-0.0411
follow_up	that and	0.043
follow_up	that answer	-0.035
follow_up	that articl	0.1623
follow_up	that cover	-0.0373
follow_up	that for	0.0273
follow_up	that help	-0.0214
follow_up	that i	-0.0883
follow_up	that is	0.0676
follow_up	that lead	-0.02
follow_up	that podcast	0.1459
follow_up	that would	0.0881
follow_up	that you	-0.0204
follow_up	that ~degree	-0.0245
follow_up	that ~gatekeeper	-0.036
follow_up	that ~number	-0.0573
follow_up	that ~student	-0.028
follow_up	that ~want	0.0775
follow_up	the	0.218
follow_up	the 20	-0.0201
follow_up	the 30	-0.0224
follow_up	the access	0.0275
follow_up	the admiss	0.0693
follow_up	the agenc	-0.0242
follow_up	the alumni	-0.0216
follow_up	the analyst	-0.0338
follow_up	the applic	0.1789
follow_up	the apprenticeship	0.0856
follow_up	the armi	-0.0223
follow_up	the articl	0.0992
follow_up	the audit	0.0447
follow_up	the best	0.0903
follow_up	the book	0.0789
follow_up	the bootcamp	0.0457
follow_up	the call	-0.0691
follow_up	the case	0.0294
follow_up	the chariti	0.0364
follow_up	the chat	0.1183
follow_up	the client	-0.0212
follow_up	the clinic	0.031
follow_up	the clock	-0.0348
follow_up	the confer	0.07
follow_up	the contact	-0.0281
follow_up	the convers	0.139
follow_up	the council	-0.0371
follow_up	the cours	0.0592
follow_up	the data	-0.0498
follow_up	the day	-0.0324
follow_up	the draft	0.0536
follow_up	the edit	0.0538
follow_up	the end	-0.04
follow_up	the exam	0.0425
follow_up	the fall	0.0698
follow_up	the favor	-0.0892
follow_up	the field	-0.0482
follow_up	the first	0.0593
follow_up	the gap	0.0259
follow_up	the graduat	-0.0497
follow_up	the grant	-0.031
follow_up	the guy	-0.0239
follow_up	the hackathon	0.0213
follow_up	the hardest	-0.025
follow_up	the hire	0.0456
follow_up	the hospit	0.0513
follow_up	the hour	0.0522
follow_up	the industri	-0.043
follow_up	the interview	0.0213
follow_up	the intro	-0.0336
follow_up	the kind	-0.0218
follow_up	the kitchen	-0.0492
follow_up	the last	0.1074
follow_up	the launch	-0.0876
follow_up	the level	0.0415
follow_up	the line	0.03
follow_up	the link	0.0608
follow_up	the loop	0.0289
follow_up	the market	-0.027
follow_up	the master	0.0557
follow_up	the moment	-0.0288
follow_up	the mph	0.0264
follow_up	the msw	0.0324
follow_up	the name	0.0488
follow_up	the new	0.1174
follow_up	the next	-0.0611
follow_up	the odd	0.1081
follow_up	the offer	0.0867
follow_up	the on	-0.023
follow_up	the one	-0.0299
follow_up	the open	-0.029
follow_up	the other	0.0312
follow_up	the peopl	0.0258
follow_up	the person	-0.0367
follow_up	the pilot	0.0306
follow_up	the plan	0.0479
follow_up	the portfolio	0.1441
follow_up	the practic	-0.0201
follow_up	the product	0.0724
follow_up	the program	0.034
follow_up	the read	0.0342
follow_up	the recruit	0.0276
follow_up	the remain	0.0333
follow_up	the resid	0.0357
follow_up	the rest	0.0843
follow_up	the retrain	0.0631
follow_up	the salari	-0.0201
follow_up	the same	-0.0403
follow_up	the search	0.0236
follow_up	the second	0.0444
follow_up	the slide	0.0255
follow_up	the soil	-0.0211
follow_up	the spring	0.1515
follow_up	the start	0.0751
follow_up	the state	0.028
follow_up	the studi	0.0242
follow_up	the summer	-0.0607
follow_up	the survey	0.1282
follow_up	the team	-0.0473
follow_up	the time	-0.0781
follow_up	the two	0.0533
follow_up	the ux	0.05
follow_up	the week	0.0497
follow_up	the weekend	0.0781
follow_up	the whole	-0.0229
follow_up	the word	-0.0303
follow_up	the work	-0.0582
follow_up	the workshop	-0.0249
follow_up	the ~application	0.1785
follow_up	the ~clock	0.0216
follow_up	the ~closing	0.1883
follow_up	the ~contactverb	-0.0886
follow_up	the ~degree	0.3674
follow_up	the ~gatekeeper	0.0668
follow_up	the ~help	0.0843
follow_up	the ~hiring	0.0413
follow_up	the ~job	0.0897
follow_up	the ~learn	-0.0535
follow_up	the ~limit	-0.0414
follow_up	the ~number	-0.0386
follow_up	the ~org	-0.0613
follow_up	the ~people	-0.1101
follow_up	the ~student	-0.1251
follow_up	the ~studyverb	0.087
follow_up	the ~timeunit	0.0518
follow_up	the ~workverb	-0.0606
follow_up	their	-0.1
follow_up	them along	0.0376
follow_up	them over	0.028
follow_up	then	0.0546
follow_up	then i	-0.0474
follow_up	then mayb	-0.0206
follow_up	there	-0.398
follow_up	there a	0.0529
follow_up	there anyon	0.0232
follow_up	there anyth	-0.0353
follow_up	there so	-0.0225
follow_up	there ~number	0.0309
follow_up	these	-0.0907
follow_up	these chat	-0.024
follow_up	thesi	0.1483
follow_up	thesi on	-0.0203
follow_up	they	0.1178
follow_up	they are	0.1597
follow_up	they still	0.0211
follow_up	thing	0.0942
follow_up	thing befor	0.0267
follow_up	thing can	0.0285
follow_up	thing come	0.0274
follow_up	thing out	0.0468
follow_up	think	-0.176
follow_up	think about	-0.0684
follow_up	think i	-0.132
follow_up	think it	0.0269
follow_up	think of	0.1622
follow_up	think that	-0.0445
follow_up	think we	-0.0529
follow_up	think would	-0.0253
follow_up	think ~want	-0.0253
follow_up	thirti	-0.0216
follow_up	this	0.0954
follow_up	this a	0.065
follow_up	this afternoon	0.0441
follow_up	this and	0.0291
follow_up	this call	-0.0548
follow_up	this field	-0.0389
follow_up	this has	0.0456
follow_up	this i	-0.0418
follow_up	this in	-0.0338
follow_up	this is	-0.0708
follow_up	this morn	0.025
follow_up	this quick	-0.0207
follow_up	this to	0.0527
follow_up	this topic	0.0344
follow_up	this up	0.2512
follow_up	this was	0.0687
follow_up	this week	-0.0716
follow_up	this weekend	0.0522
follow_up	this year	0.0404
follow_up	this ~closing	0.0538
follow_up	this ~contactverb	-0.0548
follow_up	this ~duration	0.0404
follow_up	this ~limit	0.063
follow_up	this ~number	0.064
follow_up	this ~talk	-0.0663
follow_up	those	-0.0434
follow_up	thought	0.0234
follow_up	three	-0.0656
follow_up	three ~duration	-0.0207
follow_up	through	0.0211
follow_up	through a	-0.0231
follow_up	through how	-0.0434
follow_up	through the	0.0737
follow_up	through you	-0.0313
follow_up	through your	0.0741
follow_up	through ~number	0.0455
follow_up	tight	-0.029
follow_up	time	0.3749
follow_up	time could	0.0332
follow_up	time for	-0.057
follow_up	time i	-0.0588
follow_up	time if	0.1173
follow_up	time next	0.1031
follow_up	time of	0.1226
follow_up	time on	-0.0233
follow_up	time should	0.0423
follow_up	time this	0.0496
follow_up	time today	-0.0547
follow_up	time we	-0.0221
follow_up	time would	0.0379
follow_up	time your	0.1085
follow_up	time ~want	0.0365
follow_up	tip	-0.0236
follow_up	titl	0.0435
follow_up	titl i	0.0375
follow_up	to	0.0442
follow_up	to a	-0.0396
follow_up	to about	-0.0373
follow_up	to and	0.0352
follow_up	to anoth	0.0747
follow_up	to appli	-0.034
follow_up	to ask	-0.0329
follow_up	to be	-0.1569
follow_up	to chat	-0.0697
follow_up	to check	0.0487
follow_up	to compar	0.0318
follow_up	to connect	0.1712
follow_up	to continu	0.0859
follow_up	to day	-0.024
follow_up	to do	0.0203
follow_up	to dr	-0.0213
follow_up	to drop	-0.0341
follow_up	to finish	0.0808
follow_up	to forward	-0.0622
follow_up	to get	-0.0227
follow_up	to give	0.0387
follow_up	to go	0.0339
follow_up	to grab	0.0418
follow_up	to head	-0.0559
follow_up	to help	-0.027
follow_up	to her	-0.0367
follow_up	to hire	-0.0244
follow_up	to it	-0.0784
follow_up	to jump	-0.0616
follow_up	to just	0.0498
follow_up	to keep	0.2684
follow_up	to know	-0.0768
follow_up	to learn	-0.106
follow_up	to leav	-0.0497
follow_up	to let	0.1164
follow_up	to look	0.0292
follow_up	to make	-0.0258
follow_up	to me	0.2166
follow_up	to meet	-0.0591
follow_up	to mention	-0.0272
follow_up	to mind	-0.0285
follow_up	to my	-0.1266
follow_up	to next	-0.0278
follow_up	to overstay	0.0578
follow_up	to pass	-0.1176
follow_up	to proofread	-0.0304
follow_up	to put	-0.0776
follow_up	to reach	0.12
follow_up	to read	0.0664
follow_up	to recruit	-0.0293
follow_up	to refer	-0.054
follow_up	to say	0.1689
follow_up	to schedul	0.0405
follow_up	to send	0.1133
follow_up	to set	0.0396
follow_up	to shadow	-0.0264
follow_up	to share	0.0694
follow_up	to show	-0.0279
follow_up	to someon	0.0277
follow_up	to speak	-0.041
follow_up	to start	0.0443
follow_up	to stay	0.4243
follow_up	to stop	-0.0273
follow_up	to take	0.0499
follow_up	to talk	-0.0909
follow_up	to tell	0.0991
follow_up	to that	0.0379
follow_up	to them	0.0278
follow_up	to this	-0.036
follow_up	to time	0.0368
follow_up	to understand	-0.0827
follow_up	to updat	0.0303
follow_up	to whoever	-0.0826
follow_up	to work	-0.069
follow_up	to write	-0.0231
follow_up	to you	0.4676
follow_up	to your	-0.1524
follow_up	to ~clock	-0.0304
follow_up	to ~closing	-0.028
follow_up	to ~contactverb	0.1321
follow_up	to ~gatekeeper	-0.0281
follow_up	to ~help	0.0465
follow_up	to ~insight	0.0735
follow_up	to ~learn	-0.4059
follow_up	to ~limit	0.0464
follow_up	to ~number	-0.0987
follow_up	to ~student	-0.027
follow_up	to ~studyverb	0.0379
follow_up	to ~want	0.03
follow_up	to ~workverb	-0.0609
follow_up	today	0.0776
follow_up	today i	0.0234
follow_up	today if	0.0615
follow_up	today is	-0.0227
follow_up	togeth a	0.022
follow_up	togeth ~number	0.022
follow_up	tom	-0.0202
follow_up	tomorrow	0.1672
follow_up	tomorrow and	0.0208
follow_up	tomorrow with	0.0653
follow_up	ton	-0.032
follow_up	tonight	0.2369
follow_up	tonight and	0.0329
follow_up	too	-0.0841
follow_up	too forward	-0.03
follow_up	too ~sendverb	-0.03
follow_up	took away	0.0221
follow_up	top	-0.0245
follow_up	top of	-0.02
follow_up	topic	0.1079
follow_up	toronto	0.0238
follow_up	total	0.0487
follow_up	total fine	0.0526
follow_up	touch	0.5962
follow_up	touch after	0.0253
follow_up	touch and	0.1247
follow_up	touch as	0.1105
follow_up	touch i	0.0411
follow_up	touch if	0.026
follow_up	touch with	-0.2256
follow_up	touch ~want	0.0253
follow_up	town	0.0459
follow_up	track	-0.0213
follow_up	train	-0.0388
follow_up	traine	-0.0444
follow_up	transfer	-0.031
follow_up	translat	-0.059
follow_up	tri	-0.164
follow_up	tri to	-0.1146
follow_up	trial	-0.0558
follow_up	trial ~closing	-0.0227
follow_up	true	-0.0283
follow_up	tuesday	-0.0206
follow_up	turn off	-0.0208
follow_up	turn out	0.0546
follow_up	tutor for	0.0269
follow_up	twenti	-0.0507
follow_up	twenti minut	-0.0354
follow_up	twenti ~limit	-0.0354
follow_up	twenti ~timeunit	-0.0354
follow_up	twitter	0.0465
follow_up	two	0.1415
follow_up	two more	0.0916
follow_up	two qs	0.078
follow_up	two question	0.0243
follow_up	typic	-0.0752
follow_up	typic week	-0.021
follow_up	typic ~closing	-0.0261
follow_up	um	-0.0369
follow_up	understand	-0.1134
follow_up	understand how	-0.0344
follow_up	understand what	-0.0305
follow_up	unfold	0.0286
follow_up	uni	-0.0483
follow_up	universiti	-0.0222
follow_up	unpaid	-0.0697
follow_up	until	-0.0407
follow_up	up	0.5245
follow_up	up a	-0.0212
follow_up	up ani	-0.0485
follow_up	up anoth	0.3338
follow_up	up appli	0.0488
follow_up	up as	0.0416
follow_up	up by	0.0899
follow_up	up call	0.0368
follow_up	up do	0.0203
follow_up	up email	-0.0531
follow_up	up for	0.1927
follow_up	up here	-0.0755
follow_up	up i	-0.0226
follow_up	up later	0.0206
follow_up	up on	-0.1004
follow_up	up or	0.0609
follow_up	up over	0.0593
follow_up	up question	0.024
follow_up	up the	0.0214
follow_up	up there	-0.0336
follow_up	up to	-0.023
follow_up	up while	0.023
follow_up	up with	0.156
follow_up	up your	-0.0468
follow_up	up ~later	0.0327
follow_up	up ~sendverb	-0.0412
follow_up	up ~studyverb	0.0362
follow_up	up ~want	-0.0991
follow_up	updat	0.4395
follow_up	updat on	0.1244
follow_up	updat onc	0.024
follow_up	updat you	0.1332
follow_up	us	0.1401
follow_up	us keep	0.0793
follow_up	us stay	0.0245
follow_up	use	0.0619
follow_up	use convers	0.0224
follow_up	use for	0.0464
follow_up	use i	-0.0261
follow_up	use if	-0.0212
follow_up	use it	0.027
follow_up	use to	0.028
follow_up	user	-0.0419
follow_up	usual	-0.1395
follow_up	usual follow	-0.0235
follow_up	usual send	-0.0275
follow_up	usual ~sendverb	-0.0275
follow_up	veri nice	0.0255
follow_up	veri use	0.0517
follow_up	veri ~help	0.0517
follow_up	vet	-0.0253
follow_up	visit	-0.0418
follow_up	volunt	-0.1055
follow_up	vote	0.0487
follow_up	vote on	0.05
follow_up	vs	-0.0291
follow_up	wait	-0.0988
follow_up	walk	-0.1083
follow_up	walk me	-0.0818
follow_up	want a	-0.0489
follow_up	want me	0.1375
follow_up	want ~number	-0.0699
follow_up	ward	-0.0232
follow_up	was	-0.2572
follow_up	was brilliant	-0.022
follow_up	was exact	-0.024
follow_up	was honest	0.023
follow_up	was incred	0.0416
follow_up	was it	-0.0247
follow_up	was onli	0.0244
follow_up	was realli	-0.03
follow_up	was so	0.0437
follow_up	was super	0.0237
follow_up	was the	-0.0325
follow_up	was veri	0.0246
follow_up	was wonder	-0.1028
follow_up	was ~number	-0.0533
follow_up	was ~want	-0.0456
follow_up	way	0.1114
follow_up	way i	0.0446
follow_up	way like	0.0217
follow_up	way to	0.0859
follow_up	way too	-0.0208
follow_up	way you	0.0279
follow_up	we	0.5083
follow_up	we agre	-0.0251
follow_up	we call	-0.0257
follow_up	we can	0.1273
follow_up	we connect	0.0772
follow_up	we could	0.0492
follow_up	we did	0.0237
follow_up	we end	0.0409
follow_up	we finish	-0.0414
follow_up	we have	-0.0555
follow_up	we keep	0.0258
follow_up	we mayb	0.029
follow_up	we onli	-0.0309
follow_up	we pick	0.1871
follow_up	we said	0.0208
follow_up	we spoke	-0.0206
follow_up	we stay	0.1226
follow_up	we still	-0.023
follow_up	we stop	0.0364
follow_up	we talk	0.0379
follow_up	we wrap	-0.0468
follow_up	we ~contactverb	-0.0257
follow_up	we ~learn	0.1733
follow_up	we ~studyverb	0.0237
follow_up	we ~talk	0.0546
follow_up	we ~workverb	-0.0218
follow_up	websit	-0.0548
follow_up	week	0.2115
follow_up	week for	0.1602
follow_up	week if	0.0225
follow_up	week is	-0.0288
follow_up	week look	-0.021
follow_up	week with	0.0889
follow_up	week work	0.1031
follow_up	week ~help	0.0289
follow_up	week ~learn	0.1031
follow_up	week ~workverb	0.1022
follow_up	weekend with	0.0849
follow_up	weird if	0.0992
follow_up	weird to	-0.0506
follow_up	welcom	0.087
follow_up	well	-0.089
follow_up	well i	-0.0258
follow_up	went	0.0248
follow_up	were	-0.2097
follow_up	were in	-0.0256
follow_up	were start	-0.0416
follow_up	what	-0.4373
follow_up	what a	-0.036
follow_up	what are	-0.0233
follow_up	what do	-0.0455
follow_up	what doe	-0.0807
follow_up	what happen	-0.0287
follow_up	what i	0.2235
follow_up	what is	-0.0623
follow_up	what kind	-0.0274
follow_up	what made	-0.0443
follow_up	what the	-0.033
follow_up	what they	0.0669
follow_up	what was	-0.0233
follow_up	what would	-0.0583
follow_up	what you	-0.0437
follow_up	what your	0.064
follow_up	what ~help	-0.0454
follow_up	what ~number	-0.0721
follow_up	what ~want	-0.0583
follow_up	whatev just	0.0207
follow_up	whatev ~want	0.0207
follow_up	when	0.3172
follow_up	when a	-0.0619
follow_up	when i	0.2817
follow_up	when it	0.0954
follow_up	when my	0.1456
follow_up	when the	-0.0214
follow_up	when they	0.0786
follow_up	when you	-0.1227
follow_up	when ~number	-0.0854
follow_up	whenev	-0.0423
follow_up	where	-0.0445
follow_up	where i	0.0729
follow_up	where you	-0.0219
follow_up	whether	-0.0406
follow_up	whether i	0.0504
follow_up	whether the	0.0382
follow_up	whether you	-0.0652
follow_up	whether ~number	0.0202
follow_up	whi	-0.0483
follow_up	whi i	-0.0255
follow_up	which	-0.0744
follow_up	which cours	0.0208
follow_up	which direct	0.0581
follow_up	which way	0.0471
follow_up	which ~degree	0.0268
follow_up	while i	0.0703
follow_up	while we	-0.0257
follow_up	who	-0.4026
follow_up	who els	-0.0933
follow_up	who just	0.0819
follow_up	who might	-0.0487
follow_up	who work	-0.0362
follow_up	who would	-0.0685
follow_up	whoever	-0.1054
follow_up	whoever handl	-0.031
follow_up	whoever hire	-0.0203
follow_up	whoever run	-0.0469
follow_up	whoever ~gatekeeper	-0.0203
follow_up	whoever ~hiring	-0.0216
follow_up	whole	-0.0367
follow_up	wierd	-0.0227
follow_up	wifi	-0.0225
follow_up	will	1.0547
follow_up	will add	0.0606
follow_up	will be	0.1567
follow_up	will call	-0.0289
follow_up	will check	-0.0385
follow_up	will circl	0.0439
follow_up	will connect	0.044
follow_up	will def	0.0832
follow_up	will definit	0.0612
follow_up	will defo	0.0353
follow_up	will drop	0.0729
follow_up	will email	0.0502
follow_up	will fire	0.0274
follow_up	will follow	0.2011
follow_up	will forward	0.038
follow_up	will free	-0.0212
follow_up	will get	-0.02
follow_up	will have	0.0222
follow_up	will hit	0.0375
follow_up	will jump	-0.0317
follow_up	will just	-0.0202
follow_up	will keep	0.2293
follow_up	will leav	-0.1175
follow_up	will let	-0.0938
follow_up	will look	-0.0422
follow_up	will make	0.0557
follow_up	will not	-0.2472
follow_up	will pass	0.1233
follow_up	will probabl	-0.0267
follow_up	will read	-0.0242
follow_up	will report	0.3275
follow_up	will say	-0.0222
follow_up	will send	0.4658
follow_up	will share	0.0283
follow_up	will stop	-0.1137
follow_up	will tell	0.1477
follow_up	will to	-0.107
follow_up	will tri	-0.0673
follow_up	will updat	0.0932
follow_up	will wait	-0.0232
follow_up	will wrap	-0.0754
follow_up	will write	0.1351
follow_up	will you	0.0335
follow_up	will ~contactverb	0.2129
follow_up	will ~help	0.0603
follow_up	will ~insight	-0.0355
follow_up	will ~learn	-0.0308
follow_up	will ~sendverb	0.8382
follow_up	will ~talk	0.0685
follow_up	will ~want	-0.0875
follow_up	wish	-0.0702
follow_up	wish you	-0.0443
follow_up	with	0.1897
follow_up	with a	0.1328
follow_up	with an	0.049
follow_up	with anyth	0.021
follow_up	with client	-0.0296
follow_up	with donor	-0.0213
follow_up	with her	-0.0333
follow_up	with it	-0.0208
follow_up	with me	-0.0486
follow_up	with my	0.0416
follow_up	with old	-0.0287
follow_up	with peopl	-0.0452
follow_up	with someon	-0.0328
follow_up	with the	0.0664
follow_up	with them	0.0212
follow_up	with what	0.0669
follow_up	with whoever	-0.0225
follow_up	with you	0.6595
follow_up	with your	-0.1538
follow_up	with ~number	0.2286
follow_up	with ~people	-0.1096
follow_up	without	-0.0521
follow_up	wonder	-0.1379
follow_up	wonder how	-0.0267
follow_up	wonder if	-0.0293
follow_up	wonder whether	-0.0516
follow_up	word	-0.0787
follow_up	word for	-0.0291
follow_up	work	-0.0676
follow_up	work better	0.1012
follow_up	work for	-0.0372
follow_up	work in	-0.0232
follow_up	work on	0.0444
follow_up	work through	0.0948
follow_up	work two	0.0362
follow_up	work ~clock	0.0298
follow_up	work ~number	0.0208
follow_up	work ~want	-0.0239
follow_up	workshop	-0.0351
follow_up	world	-0.0223
follow_up	worri	0.08
follow_up	worri i	0.0451
follow_up	worri if	0.077
follow_up	worst	-0.0227
follow_up	worth	-0.1212
follow_up	worth it	-0.0526
follow_up	would	0.3189
follow_up	would a	0.0238
follow_up	would also	-0.027
follow_up	would an	0.0211
follow_up	would be	-0.2196
follow_up	would consid	0.0514
follow_up	would do	-0.0209
follow_up	would happili	-0.0223
follow_up	would hate	0.056
follow_up	would help	0.0306
follow_up	would i	-0.0277
follow_up	would it	0.2826
follow_up	would like	0.0528
follow_up	would love	0.2586
follow_up	would realli	0.0752
follow_up	would recommend	-0.0523
follow_up	would suggest	-0.0433
follow_up	would that	-0.0256
follow_up	would you	0.069
follow_up	would your	-0.0211
follow_up	would ~job	0.0335
follow_up	would ~number	0.0449
follow_up	would ~want	0.0777
follow_up	wow	-0.0341
follow_up	wrap	-0.1036
follow_up	wrap here	0.0381
follow_up	wrap it	-0.0336
follow_up	wrap up	-0.1421
follow_up	wrap ~want	0.0381
follow_up	write	0.2102
follow_up	write a	-0.0297
follow_up	write to	0.1024
follow_up	write up	0.0581
follow_up	write you	0.1099
follow_up	write ~number	-0.023
follow_up	wrote	0.0242
follow_up	x	0.0281
follow_up	year	-0.0772
follow_up	year and	-0.0452
follow_up	year of	-0.027
follow_up	year that	0.068
follow_up	year to	0.0574
follow_up	yes	-0.0326
follow_up	yet	-0.0245
follow_up	you	0.3285
follow_up	you a	0.3885
follow_up	you actual	-0.0246
follow_up	you admir	0.0231
follow_up	you after	0.3041
follow_up	you again	0.0625
follow_up	you an	0.0213
follow_up	you and	0.0511
follow_up	you ani	-0.1574
follow_up	you are	0.0477
follow_up	you around	0.0406
follow_up	you at	0.0322
follow_up	you back	-0.0347
follow_up	you be	0.2883
follow_up	you by	0.0687
follow_up	you card	0.0716
follow_up	you carv	0.036
follow_up	you cold	-0.0208
follow_up	you consid	-0.0386
follow_up	you could	-0.18
follow_up	you crack	-0.0397
follow_up	you decid	-0.0553
follow_up	you describ	-0.026
follow_up	you did	0.0213
follow_up	you direct	0.0728
follow_up	you do	-0.0208
follow_up	you down	0.0335
follow_up	you end	-0.0373
follow_up	you enjoy	-0.023
follow_up	you even	-0.0238
follow_up	you ever	-0.103
follow_up	you expect	-0.0207
follow_up	you find	-0.0351
follow_up	you follow	-0.0524
follow_up	you for	-0.2951
follow_up	you get	-0.4378
follow_up	you give	-0.0466
follow_up	you go	-0.3907
follow_up	you got	-0.0315
follow_up	you guy	-0.0819
follow_up	you had	-0.0374
follow_up	you have	0.0718
follow_up	you head	-0.0227
follow_up	you hear	-0.0455
follow_up	you help	0.0341
follow_up	you her	0.11
follow_up	you hire	-0.0437
follow_up	you how	0.1836
follow_up	you i	-0.0351
follow_up	you if	0.2918
follow_up	you in	0.0785
follow_up	you inform	0.0644
follow_up	you keep	-0.1249
follow_up	you kind	0.0455
follow_up	you know	0.7621
follow_up	you land	-0.0255
follow_up	you later	0.1722
follow_up	you like	0.1512
follow_up	you look	-0.0297
follow_up	you mayb	-0.0362
follow_up	you mention	-0.0294
follow_up	you mind	0.1225
follow_up	you move	-0.0246
follow_up	you my	0.0917
follow_up	you need	-0.0877
follow_up	you next	0.122
follow_up	you note	0.0991
follow_up	you now	-0.0467
follow_up	you on	0.8814
follow_up	you onc	0.2219
follow_up	you onli	-0.0215
follow_up	you pass	-0.0434
follow_up	you point	-0.034
follow_up	you post	0.5189
follow_up	you prefer	0.0916
follow_up	you put	-0.063
follow_up	you rather	0.0801
follow_up	you realli	0.0429
follow_up	you reckon	0.0363
follow_up	you recommend	-0.096
follow_up	you refer	-0.0226
follow_up	you said	-0.0389
follow_up	you say	-0.0928
follow_up	you see	-0.0239
follow_up	you send	-0.0503
follow_up	you sent	-0.0277
follow_up	you should	0.0822
follow_up	you sincer	0.0214
follow_up	you so	0.0872
follow_up	you stay	-0.0755
follow_up	you still	-0.0516
follow_up	you suggest	-0.0768
follow_up	you take	-0.0273
follow_up	you tell	-0.0647
follow_up	you that	0.0543
follow_up	you the	0.2668
follow_up	you think	-0.0832
follow_up	you to	-0.1251
follow_up	you tomorrow	0.0208
follow_up	you tonight	0.0334
follow_up	you too	0.0208
follow_up	you up	0.0802
follow_up	you updat	0.1951
follow_up	you use	-0.0257
follow_up	you usual	-0.0387
follow_up	you veri	-0.0289
follow_up	you walk	-0.0446
follow_up	you want	0.0908
follow_up	you were	-0.1254
follow_up	you when	0.1025
follow_up	you will	0.1289
follow_up	you wish	-0.0417
follow_up	you with	0.0744
follow_up	you work	-0.0277
follow_up	you would	-0.1509
follow_up	you ~closing	-0.0326
follow_up	you ~insight	-0.0385
follow_up	you ~later	0.2677
follow_up	you ~learn	0.1681
follow_up	you ~limit	-0.0386
follow_up	you ~number	0.6638
follow_up	you ~sendverb	-0.1523
follow_up	you ~talk	-0.0407
follow_up	you ~want	0.2502
follow_up	you ~workverb	-0.0486
follow_up	your	-0.3681
follow_up	your afternoon	-0.1044
follow_up	your alumni	0.0267
follow_up	your assist	0.0763
follow_up	your brain	0.0903
follow_up	your busi	0.0431
follow_up	your card	0.0421
follow_up	your career	-0.0371
follow_up	your compani	-0.0656
follow_up	your creativ	-0.026
follow_up	your data	-0.027
follow_up	your day	-0.0423
follow_up	your email	0.0323
follow_up	your evening	-0.0397
follow_up	your field	-0.0428
follow_up	your firm	-0.0542
follow_up	your first	-0.0937
follow_up	your group	-0.0214
follow_up	your hire	-0.0389
follow_up	your in	0.1139
follow_up	your inbox	0.2881
follow_up	your industri	-0.0366
follow_up	your junior	0.0671
follow_up	your kid	0.0592
follow_up	your kind	0.0403
follow_up	your lunch	-0.0341
follow_up	your manag	-0.0272
follow_up	your name	-0.0969
follow_up	your next	-0.1125
follow_up	your offic	0.058
follow_up	your old	-0.0545
follow_up	your opinion	0.0228
follow_up	your own	-0.0262
follow_up	your patient	-0.0448
follow_up	your post	-0.0288
follow_up	your research	-0.0202
follow_up	your schedul	0.0816
follow_up	your side	-0.023
follow_up	your studio	0.0274
follow_up	your take	0.0421
follow_up	your team	0.1342
follow_up	your thought	0.0408
follow_up	your way	0.0655
follow_up	your ~closing	-0.2341
follow_up	your ~contactverb	0.0304
follow_up	your ~degree	-0.0351
follow_up	your ~gatekeeper	-0.108
follow_up	your ~hiring	-0.0301
follow_up	your ~insight	0.1216
follow_up	your ~job	-0.0347
follow_up	your ~limit	-0.1148
follow_up	your ~number	0.0533
follow_up	your ~org	-0.0275
follow_up	your ~student	0.0588
follow_up	yourself	-0.0313
follow_up	~application	-0.1166
follow_up	~application along	-0.0631
follow_up	~application could	-0.0212
follow_up	~application for	-0.0597
follow_up	~application goe	0.0702
follow_up	~application on	-0.0434
follow_up	~application so	-0.0226
follow_up	~application to	-0.1121
follow_up	~clock	-0.2947
follow_up	~clock moment	0.0234
follow_up	~clock month	-0.0276
follow_up	~clock more	0.0275
follow_up	~clock of	0.0225
follow_up	~clock or	0.0597
follow_up	~clock past	-0.053
follow_up	~clock qs	0.078
follow_up	~clock year	-0.1152
follow_up	~closing	0.0208
follow_up	~closing and	-0.076
follow_up	~closing for	0.158
follow_up	~closing i	0.0458
follow_up	~closing is	-0.0292
follow_up	~closing like	0.0507
follow_up	~closing look	-0.0275
follow_up	~closing mr	0.0444
follow_up	~closing next	0.0536
follow_up	~closing so	-0.0524
follow_up	~closing sometim	-0.036
follow_up	~closing to	-0.05
follow_up	~closing with	0.1669
follow_up	~closing work	0.1
follow_up	~contactverb	1.2229
follow_up	~contactverb again	0.022
follow_up	~contactverb and	0.1128
follow_up	~contactverb as	0.1105
follow_up	~contactverb at	-0.0255
follow_up	~contactverb back	0.2309
follow_up	~contactverb centr	-0.0204
follow_up	~contactverb from	0.0403
follow_up	~contactverb her	-0.035
follow_up	~contactverb if	0.0492
follow_up	~contactverb it	-0.0662
follow_up	~contactverb next	0.0413
follow_up	~contactverb on	-0.0605
follow_up	~contactverb onc	0.0265
follow_up	~contactverb or	0.0603
follow_up	~contactverb out	-0.119
follow_up	~contactverb to	0.0562
follow_up	~contactverb tonight	0.0374
follow_up	~contactverb up	0.0591
follow_up	~contactverb with	-0.154
follow_up	~contactverb you	0.6494
follow_up	~degree	0.2443
follow_up	~degree and	0.067
follow_up	~degree applic	0.0509
follow_up	~degree decis	0.0464
follow_up	~degree goe	0.0471
follow_up	~degree if	0.0272
follow_up	~degree in	-0.0907
follow_up	~degree list	0.0473
follow_up	~degree or	-0.0231
follow_up	~degree program	0.0692
follow_up	~degree programm	0.0364
follow_up	~degree rout	-0.0229
follow_up	~degree this	0.068
follow_up	~duration	0.0881
follow_up	~duration and	-0.0475
follow_up	~duration i	-0.0207
follow_up	~duration of	-0.0322
follow_up	~duration onc	0.0584
follow_up	~duration that	0.068
follow_up	~duration to	0.0877
follow_up	~gatekeeper	-0.3316
follow_up	~gatekeeper at	-0.0291
follow_up	~gatekeeper for	-0.0436
follow_up	~gatekeeper goe	0.0395
follow_up	~gatekeeper if	0.0254
follow_up	~gatekeeper just	0.0839
follow_up	~gatekeeper manag	-0.0497
follow_up	~gatekeeper panel	0.0391
follow_up	~gatekeeper side	0.04
follow_up	~help	-0.396
follow_up	~help a	-0.0653
follow_up	~help an	0.0842
follow_up	~help anyth	0.0262
follow_up	~help client	-0.0323
follow_up	~help convers	0.0224
follow_up	~help for	0.0236
follow_up	~help i	-0.0479
follow_up	~help if	-0.0718
follow_up	~help it	0.0305
follow_up	~help mayb	-0.0213
follow_up	~help not	-0.0258
follow_up	~help out	-0.0427
follow_up	~help peopl	-0.0237
follow_up	~help run	0.0295
follow_up	~help the	0.0968
follow_up	~help to	0.1103
follow_up	~help with	-0.0754
follow_up	~help you	-0.2838
follow_up	~help your	-0.0258
follow_up	~hiring	-0.1247
follow_up	~hiring a	0.0413
follow_up	~hiring applic	0.0379
follow_up	~hiring for	-0.0378
follow_up	~hiring intern	0.032
follow_up	~hiring manag	-0.0497
follow_up	~hiring on	-0.0293
follow_up	~hiring panel	0.0391
follow_up	~hiring team	0.0255
follow_up	~hiring time	0.0232
follow_up	~insight	-0.1996
follow_up	~insight a	-0.0287
follow_up	~insight about	-0.0213
follow_up	~insight but	0.037
follow_up	~insight care	-0.0282
follow_up	~insight for	-0.0288
follow_up	~insight from	0.0221
follow_up	~insight i	0.028
follow_up	~insight in	0.0713
follow_up	~insight of	-0.0245
follow_up	~insight on	-0.0613
follow_up	~insight session	0.0351
follow_up	~insight the	0.0348
follow_up	~insight too	0.0267
follow_up	~insight up	-0.038
follow_up	~insight you	-0.0305
follow_up	~job	-0.3875
follow_up	~job and	-0.0249
follow_up	~job at	-0.0282
follow_up	~job board	0.0556
follow_up	~job for	0.0221
follow_up	~job go	-0.0208
follow_up	~job i	-0.063
follow_up	~job in	-0.063
follow_up	~job is	-0.021
follow_up	~job just	0.0447
follow_up	~job on	-0.0469
follow_up	~job open	-0.0357
follow_up	~job program	0.0331
follow_up	~job the	0.0335
follow_up	~job what	-0.0247
follow_up	~job with	0.0587
follow_up	~job you	-0.054
follow_up	~later	0.7551
follow_up	~later after	0.1151
follow_up	~later and	-0.0617
follow_up	~later as	-0.0214
follow_up	~later for	-0.0448
follow_up	~later i	0.0663
follow_up	~later if	0.0498
follow_up	~later in	0.1629
follow_up	~later next	0.0869
follow_up	~later onc	0.0629
follow_up	~later priya	-0.0217
follow_up	~later sometim	0.1067
follow_up	~later the	0.037
follow_up	~later this	0.1012
follow_up	~later to	-0.0252
follow_up	~later when	0.139
follow_up	~learn	-0.1859
follow_up	~learn a	0.0842
follow_up	~learn about	-0.0355
follow_up	~learn ani	-0.0343
follow_up	~learn back	-0.058
follow_up	~learn better	0.0971
follow_up	~learn could	0.068
follow_up	~learn for	-0.05
follow_up	~learn from	0.0231
follow_up	~learn go	0.0242
follow_up	~learn hire	-0.0204
follow_up	~learn how	0.2994
follow_up	~learn i	-0.0658
follow_up	~learn if	-0.021
follow_up	~learn in	-0.0428
follow_up	~learn is	-0.0209
follow_up	~learn it	0.0206
follow_up	~learn me	-0.0454
follow_up	~learn my	0.1345
follow_up	~learn of	-0.0395
follow_up	~learn on	-0.0622
follow_up	~learn one	-0.0258
follow_up	~learn out	-0.0238
follow_up	~learn some	-0.0268
follow_up	~learn that	-0.0287
follow_up	~learn the	-0.0777
follow_up	~learn thing	0.046
follow_up	~learn this	0.2301
follow_up	~learn through	0.0944
follow_up	~learn to	-0.0407
follow_up	~learn up	-0.0371
follow_up	~learn we	-0.1295
follow_up	~learn what	0.0419
follow_up	~learn when	0.0616
follow_up	~learn where	0.0372
follow_up	~learn whether	0.041
follow_up	~learn which	0.1066
follow_up	~learn with	-0.0266
follow_up	~learn you	-0.236
follow_up	~learn your	0.1824
follow_up	~limit and	-0.0523
follow_up	~limit anoth	0.1116
follow_up	~limit could	0.0327
follow_up	~limit for	-0.0788
follow_up	~limit i	-0.05
follow_up	~limit if	0.1122
follow_up	~limit in	-0.0216
follow_up	~limit is	-0.0316
follow_up	~limit left	-0.0295
follow_up	~limit mr	0.051
follow_up	~limit next	0.1048
follow_up	~limit of	0.1177
follow_up	~limit on	-0.0308
follow_up	~limit or	0.0605
follow_up	~limit over	-0.0267
follow_up	~limit should	0.0379
follow_up	~limit so	-0.0703
follow_up	~limit sometim	-0.036
follow_up	~limit thank	-0.0336
follow_up	~limit this	0.0432
follow_up	~limit to	-0.0397
follow_up	~limit today	-0.0556
follow_up	~limit we	-0.0567
follow_up	~limit would	0.058
follow_up	~limit you	-0.0215
follow_up	~limit your	0.1083
follow_up	~number 20	-0.0204
follow_up	~number 30	-0.0224
follow_up	~number access	0.0262
follow_up	~number admiss	0.0693
follow_up	~number agenc	-0.0277
follow_up	~number alumni	-0.0257
follow_up	~number analyst	-0.0356
follow_up	~number and	0.0338
follow_up	~number applic	0.1655
follow_up	~number apprenticeship	0.0778
follow_up	~number armi	-0.0233
follow_up	~number articl	0.0954
follow_up	~number audit	0.044
follow_up	~number best	0.0885
follow_up	~number big	-0.045
follow_up	~number bit	-0.0597
follow_up	~number book	0.0621
follow_up	~number bootcamp	0.0288
follow_up	~number call	-0.0524
follow_up	~number candid	-0.0404
follow_up	~number card	0.0669
follow_up	~number career	-0.031
follow_up	~number chariti	0.0209
follow_up	~number chat	0.1441
follow_up	~number client	-0.0574
follow_up	~number clinic	0.0273
follow_up	~number clock	-0.0348
follow_up	~number coffe	0.0884
follow_up	~number colleagu	-0.0326
follow_up	~number confer	0.0632
follow_up	~number consult	-0.023
follow_up	~number contact	-0.0327
follow_up	~number contract	-0.0232
follow_up	~number convers	0.1329
follow_up	~number copi	-0.028
follow_up	~number council	-0.0376
follow_up	~number coupl	0.1088
follow_up	~number cours	0.0589
follow_up	~number data	-0.0605
follow_up	~number day	-0.1402
follow_up	~number degre	-0.0289
follow_up	~number design	-0.0225
follow_up	~number differ	-0.0305
follow_up	~number draft	0.0597
follow_up	~number edit	0.0538
follow_up	~number email	0.0333
follow_up	~number end	-0.04
follow_up	~number exam	0.0408
follow_up	~number extra	-0.0208
follow_up	~number fall	0.0698
follow_up	~number favor	-0.0899
follow_up	~number few	0.0414
follow_up	~number field	-0.0513
follow_up	~number first	0.0424
follow_up	~number friday	-0.0342
follow_up	~number friend	0.0743
follow_up	~number gap	0.0215
follow_up	~number generous	0.0266
follow_up	~number geographi	0.0391
follow_up	~number good	-0.049
follow_up	~number graduat	-0.0518
follow_up	~number grant	-0.0351
follow_up	~number guy	-0.0243
follow_up	~number hackathon	0.0202
follow_up	~number hand	-0.0329
follow_up	~number handwritten	0.0501
follow_up	~number hard	-0.0451
follow_up	~number hardest	-0.025
follow_up	~number hire	0.0414
follow_up	~number hospit	0.0477
follow_up	~number hour	0.0391
follow_up	~number imposit	0.0278
follow_up	~number industri	-0.0434
follow_up	~number intern	-0.0268
follow_up	~number internship	0.0396
follow_up	~number interview	-0.0576
follow_up	~number intro	-0.0654
follow_up	~number job	-0.0423
follow_up	~number kind	-0.0313
follow_up	~number kitchen	-0.0501
follow_up	~number last	0.0882
follow_up	~number launch	-0.0897
follow_up	~number level	0.0365
follow_up	~number line	0.0973
follow_up	~number link	0.0654
follow_up	~number littl	-0.0243
follow_up	~number long	-0.0218
follow_up	~number look	0.1282
follow_up	~number loop	0.0289
follow_up	~number love	-0.0472
follow_up	~number ma	0.0303
follow_up	~number market	-0.0273
follow_up	~number master	0.0236
follow_up	~number mba	-0.0224
follow_up	~number mentor	-0.0211
follow_up	~number messag	0.0564
follow_up	~number million	-0.0224
follow_up	~number minut	-0.2057
follow_up	~number moment	-0.028
follow_up	~number month	0.1911
follow_up	~number more	0.0851
follow_up	~number most	-0.0226
follow_up	~number mph	0.0252
follow_up	~number msw	0.032
follow_up	~number new	0.0842
follow_up	~number next	-0.0611
follow_up	~number nonprofit	-0.0258
follow_up	~number note	0.0801
follow_up	~number odd	0.1081
follow_up	~number of	0.1484
follow_up	~number offer	0.0828
follow_up	~number on	-0.0262
follow_up	~number one	-0.0324
follow_up	~number onlin	-0.0221
follow_up	~number or	0.0594
follow_up	~number other	0.0252
follow_up	~number particular	0.0607
follow_up	~number past	-0.0336
follow_up	~number peopl	-0.0208
follow_up	~number person	-0.0465
follow_up	~number pilot	0.0299
follow_up	~number plan	0.0474
follow_up	~number portfolio	0.1215
follow_up	~number posit	-0.0316
follow_up	~number post	-0.0208
follow_up	~number practic	-0.0218
follow_up	~number product	0.0641
follow_up	~number program	0.079
follow_up	~number project	-0.0606
follow_up	~number proper	0.1077
follow_up	~number qs	0.078
follow_up	~number question	0.0274
follow_up	~number quick	0.187
follow_up	~number read	0.0325
follow_up	~number real	-0.0239
follow_up	~number referr	-0.0604
follow_up	~number region	0.0219
follow_up	~number regular	0.0609
follow_up	~number remain	0.0333
follow_up	~number resid	0.0356
follow_up	~number rest	0.0843
follow_up	~number retrain	0.0631
follow_up	~number role	-0.036
follow_up	~number salari	-0.0203
follow_up	~number same	-0.0403
follow_up	~number search	0.0236
follow_up	~number sec	-0.025
follow_up	~number second	0.2202
follow_up	~number semest	0.0383
follow_up	~number short	0.2705
follow_up	~number shout	0.0385
follow_up	~number sign	0.0699
follow_up	~number similar	-0.0208
follow_up	~number skill	-0.0345
follow_up	~number slide	0.0255
follow_up	~number small	-0.0283
follow_up	~number so	-0.0222
follow_up	~number soil	-0.0211
follow_up	~number spot	-0.0259
follow_up	~number spring	0.1493
follow_up	~number start	0.075
follow_up	~number state	0.0274
follow_up	~number student	-0.0227
follow_up	~number studi	0.0237
follow_up	~number summari	0.0251
follow_up	~number summer	-0.074
follow_up	~number survey	0.1258
follow_up	~number team	-0.0522
follow_up	~number thank	0.1406
follow_up	~number thesi	0.0274
follow_up	~number time	-0.0793
follow_up	~number ton	-0.032
follow_up	~number traine	-0.0214
follow_up	~number trial	-0.0402
follow_up	~number two	0.0469
follow_up	~number typic	-0.0538
follow_up	~number updat	0.0962
follow_up	~number ux	0.044
follow_up	~number visit	-0.0218
follow_up	~number week	0.0472
follow_up	~number weekend	0.0873
follow_up	~number while	-0.023
follow_up	~number whole	-0.0294
follow_up	~number word	-0.043
follow_up	~number work	-0.0596
follow_up	~number workshop	-0.0252
follow_up	~number year	-0.0872
follow_up	~org	-0.3179
follow_up	~org about	0.0319
follow_up	~org and	0.0308
follow_up	~org at	0.0316
follow_up	~org ever	-0.0305
follow_up	~org first	0.0217
follow_up	~org for	-0.0373
follow_up	~org i	-0.0237
follow_up	~org if	-0.0395
follow_up	~org in	-0.0249
follow_up	~org is	0.1331
follow_up	~org just	0.0325
follow_up	~org might	0.0526
follow_up	~org need	-0.0262
follow_up	~org of	-0.0217
follow_up	~org on	0.0212
follow_up	~org pleas	-0.0332
follow_up	~org staf	0.0274
follow_up	~org survey	0.0351
follow_up	~org take	0.0355
follow_up	~org would	-0.0398
follow_up	~org you	-0.0202
follow_up	~people	-0.6647
follow_up	~people can	0.0563
follow_up	~people come	-0.0294
follow_up	~people els	-0.0863
follow_up	~people follow	0.0317
follow_up	~people from	-0.0583
follow_up	~people i	-0.0281
follow_up	~people in	-0.1982
follow_up	~people just	0.0771
follow_up	~people last	-0.0204
follow_up	~people like	-0.0204
follow_up	~people moment	0.0234
follow_up	~people more	-0.0608
follow_up	~people of	-0.1151
follow_up	~people on	-0.0788
follow_up	~people or	0.0716
follow_up	~people panel	0.0296
follow_up	~people priya	-0.0215
follow_up	~people to	-0.0505
follow_up	~people who	-0.1553
follow_up	~people with	0.0425
follow_up	~people would	-0.0766
follow_up	~people you	0.1091
follow_up	~sendverb	1.1618
follow_up	~sendverb a	0.1571
follow_up	~sendverb after	-0.0605
follow_up	~sendverb alarm	-0.0201
follow_up	~sendverb along	0.0576
follow_up	~sendverb but	-0.0228
follow_up	~sendverb her	-0.0229
follow_up	~sendverb if	0.0327
follow_up	~sendverb it	0.0816
follow_up	~sendverb me	-0.1096
follow_up	~sendverb my	-0.1901
follow_up	~sendverb off	-0.0297
follow_up	~sendverb on	-0.0529
follow_up	~sendverb or	0.0591
follow_up	~sendverb our	0.0391
follow_up	~sendverb out	-0.022
follow_up	~sendverb over	0.1995
follow_up	~sendverb thank	-0.0524
follow_up	~sendverb the	0.1843
follow_up	~sendverb them	0.0523
follow_up	~sendverb to	-0.0453
follow_up	~sendverb tonight	0.0374
follow_up	~sendverb when	0.0253
follow_up	~sendverb with	0.0336
follow_up	~sendverb you	0.8745
follow_up	~student	-0.6747
follow_up	~student analyst	-0.022
follow_up	~student and	0.0405
follow_up	~student associ	-0.0275
follow_up	~student at	-0.0663
follow_up	~student folk	0.0676
follow_up	~student for	0.0232
follow_up	~student from	-0.0205
follow_up	~student goe	0.0395
follow_up	~student if	0.0596
follow_up	~student in	-0.0418
follow_up	~student just	0.1104
follow_up	~student next	0.0465
follow_up	~student on	-0.0481
follow_up	~student open	-0.0565
follow_up	~student perspect	0.0237
follow_up	~student post	-0.0467
follow_up	~student program	-0.0251
follow_up	~student role	-0.0376
follow_up	~student scheme	-0.0574
follow_up	~student societi	0.0601
follow_up	~student to	0.0322
follow_up	~student with	-0.0361
follow_up	~student you	-0.0338
follow_up	~studyverb	-0.1457
follow_up	~studyverb applic	0.0379
follow_up	~studyverb away	0.0221
follow_up	~studyverb her	0.0823
follow_up	~studyverb in	-0.0269
follow_up	~studyverb intern	0.0422
follow_up	~studyverb on	-0.0241
follow_up	~studyverb room	0.0232
follow_up	~studyverb the	0.0577
follow_up	~studyverb this	-0.0322
follow_up	~studyverb time	0.0206
follow_up	~studyverb with	0.0305
follow_up	~studyverb would	0.047
follow_up	~studyverb you	-0.2292
follow_up	~studyverb your	-0.0204
follow_up	~talk	0.3331
follow_up	~talk a	0.0312
follow_up	~talk again	0.0251
follow_up	~talk back	0.0749
follow_up	~talk centr	-0.0204
follow_up	~talk could	0.0693
follow_up	~talk everi	0.0605
follow_up	~talk from	0.0379
follow_up	~talk her	-0.0419
follow_up	~talk here	0.0496
follow_up	~talk him	-0.0224
follow_up	~talk how	-0.0328
follow_up	~talk i	-0.0986
follow_up	~talk is	-0.0294
follow_up	~talk it	-0.0647
follow_up	~talk let	0.0438
follow_up	~talk me	-0.0248
follow_up	~talk my	0.0647
follow_up	~talk next	0.1071
follow_up	~talk note	-0.0268
follow_up	~talk on	0.2377
follow_up	~talk one	-0.0214
follow_up	~talk or	0.0442
follow_up	~talk out	-0.0593
follow_up	~talk soon	0.1295
follow_up	~talk thank	-0.0254
follow_up	~talk to	0.0206
follow_up	~talk tonight	0.0374
follow_up	~talk what	-0.043
follow_up	~talk with	0.0951
follow_up	~talk you	0.3443
follow_up	~timeunit	-0.2508
follow_up	~timeunit and	-0.0261
follow_up	~timeunit but	0.0232
follow_up	~timeunit i	-0.0219
follow_up	~timeunit left	-0.0286
follow_up	~timeunit or	0.0823
follow_up	~timeunit over	-0.0267
follow_up	~timeunit so	-0.0688
follow_up	~timeunit we	-0.0346
follow_up	~timeunit would	0.0202
follow_up	~want	-0.0891
follow_up	~want a	-0.1569
follow_up	~want about	-0.026
follow_up	~want advic	0.0295
follow_up	~want all	0.0294
follow_up	~want also	-0.027
follow_up	~want an	-0.0605
follow_up	~want and	0.0585
follow_up	~want appreci	-0.0616
follow_up	~want ask	-0.0309
follow_up	~want at	0.0734
follow_up	~want be	-0.224
follow_up	~want call	0.0792
follow_up	~want consid	0.0514
follow_up	~want do	-0.0251
follow_up	~want everyth	0.0347
follow_up	~want eye	0.0541
follow_up	~want finish	0.075
follow_up	~want for	0.0213
follow_up	~want grate	-0.0381
follow_up	~want happili	-0.0223
follow_up	~want hate	0.056
follow_up	~want have	-0.0238
follow_up	~want how	-0.0203
follow_up	~want i	0.3043
follow_up	~want interview	-0.045
follow_up	~want it	0.1848
follow_up	~want just	-0.027
follow_up	~want kind	0.0371
follow_up	~want let	-0.0201
follow_up	~want like	0.1317
follow_up	~want love	0.2487
follow_up	~want me	0.1335
follow_up	~want messag	0.0396
follow_up	~want my	0.2527
follow_up	~want realli	0.0689
follow_up	~want recommend	-0.0523
follow_up	~want say	-0.0776
follow_up	~want shout	0.0357
follow_up	~want suggest	-0.0433
follow_up	~want that	-0.0518
follow_up	~want the	0.0466
follow_up	~want these	-0.0221
follow_up	~want they	-0.0308
follow_up	~want to	-0.1364
follow_up	~want today	0.0798
follow_up	~want two	0.0327
follow_up	~want use	-0.0283
follow_up	~want want	-0.0655
follow_up	~want we	0.127
follow_up	~workverb	-0.1381
follow_up	~workverb a	-0.048
follow_up	~workverb and	-0.023
follow_up	~workverb at	-0.0353
follow_up	~workverb better	0.1012
follow_up	~workverb for	-0.0378
follow_up	~workverb i	0.0211
follow_up	~workverb on	0.0384
follow_up	~workverb so	0.13
follow_up	~workverb the	0.0221
follow_up	~workverb through	0.093
follow_up	~workverb two	0.0331
follow_up	~workverb with	-0.0253
follow_up	~workverb your	0.0236
time_ack	*	-2.902
time_ack	1	-0.0505
time_ack	1 minut	-0.0429
time_ack	1 ~limit	-0.0429
time_ack	1 ~timeunit	-0.0429
time_ack	10	0.1204
time_ack	11	0.0357
time_ack	12	-0.0224
time_ack	15	0.0827
time_ack	15 minut	0.0314
time_ack	15 ~limit	0.0314
time_ack	15 ~timeunit	0.0314
time_ack	2	0.0451
time_ack	2 25	0.0205
time_ack	2 30	0.0481
time_ack	2 minut	-0.1122
time_ack	2 oclock	0.077
time_ack	2 ~limit	-0.1122
time_ack	2 ~number	0.0959
time_ack	2 ~timeunit	-0.1122
time_ack	20	0.1662
time_ack	20 minut	0.1119
time_ack	20 ~limit	0.1043
time_ack	20 ~timeunit	0.1104
time_ack	25	0.1039
time_ack	25 minut	0.0612
time_ack	25 ~timeunit	0.0612
time_ack	28	0.0262
time_ack	2pm	-0.0267
time_ack	2pm lectur	-0.0279
time_ack	3	0.3109
time_ack	3 30	0.0775
time_ack	3 i	0.05
time_ack	3 oclock	0.0605
time_ack	3 so	0.0429
time_ack	3 year	-0.0242
time_ack	3 ~duration	-0.0242
time_ack	3 ~number	0.0809
time_ack	30	0.1763
time_ack	30 minut	0.0636
time_ack	30 or	0.0347
time_ack	30 so	0.0416
time_ack	30 ~limit	0.0663
time_ack	30 ~timeunit	0.0636
time_ack	34 spent	0.0416
time_ack	34 ~workverb	0.0397
time_ack	4	0.1098
time_ack	4 but	0.0591
time_ack	5	0.2076
time_ack	5 so	0.0409
time_ack	5 year	0.0726
time_ack	5 ~duration	0.0726
time_ack	5 ~number	0.0213
time_ack	6	-0.0705
time_ack	6 thank	-0.0291
time_ack	6 year	-0.0229
time_ack	6 ~duration	-0.0274
time_ack	?	-0.5
time_ack	^a	-0.0318
time_ack	^ah	0.0479
time_ack	^alright	-0.0552
time_ack	^and	0.0686
time_ack	^ani	-0.0448
time_ack	^anyth	-0.0322
time_ack	^apolog	0.1317
time_ack	^appreci	0.1289
time_ack	^are	-0.1491
time_ack	^back	-0.0209
time_ack	^basic	-0.0226
time_ack	^befor	0.0712
time_ack	^bonjour	0.0697
time_ack	^brb	-0.0205
time_ack	^bye	0.0444
time_ack	^can	-0.1061
time_ack	^cheer	-0.0489
time_ack	^conscious	0.1322
time_ack	^cool	0.062
time_ack	^could	-0.2446
time_ack	^did	-0.1451
time_ack	^do	-0.2446
time_ack	^doe	-0.065
time_ack	^enjoy	-0.029
time_ack	^excus	-0.0245
time_ack	^feel	0.0951
time_ack	^given	0.1131
time_ack	^go	0.206
time_ack	^good	-0.0695
time_ack	^goodby	0.0556
time_ack	^gosh	0.053
time_ack	^got	-0.037
time_ack	^great	-0.0494
time_ack	^hang	-0.0216
time_ack	^happi	-0.0756
time_ack	^hello	0.0776
time_ack	^hey	0.0313
time_ack	^hi	0.2414
time_ack	^hiya	0.0287
time_ack	^hold	-0.0552
time_ack	^honest	-0.1286
time_ack	^how	-0.7587
time_ack	^i	0.195
time_ack	^if	-0.2251
time_ack	^in	-0.0487
time_ack	^is	-0.1536
time_ack	^it	0.068
time_ack	^just	0.3126
time_ack	^let	-0.051
time_ack	^like	-0.0232
time_ack	^look	0.102
time_ack	^merci	0.0435
time_ack	^mind	0.1045
time_ack	^morn	0.0354
time_ack	^my	-0.3309
time_ack	^not	0.0706
time_ack	^oh	0.1961
time_ack	^ok	-0.0832
time_ack	^omg	0.0268
time_ack	^onc	-0.0234
time_ack	^one	-0.0467
time_ack	^pleas	-0.0303
time_ack	^quick	0.1052
time_ack	^realli	-0.066
time_ack	^right	0.0209
time_ack	^shall	0.0693
time_ack	^sinc	0.2326
time_ack	^so	-0.2025
time_ack	^sorri	0.2776
time_ack	^sri	0.0708
time_ack	^take	0.0405
time_ack	^tell	-0.0871
time_ack	^thank	0.2191
time_ack	^that	0.0205
time_ack	^this	-0.0513
time_ack	^those	-0.0286
time_ack	^to	0.1066
time_ack	^total	0.056
time_ack	^wait	0.0592
time_ack	^walk	-0.0297
time_ack	^was	-0.0364
time_ack	^we	0.416
time_ack	^well	-0.026
time_ack	^were	-0.0259
time_ack	^what	-0.6763
time_ack	^when	-0.0976
time_ack	^whenev	0.046
time_ack	^where	-0.0558
time_ack	^which	-0.0888
time_ack	^who	-0.0906
time_ack	^would	-0.2811
time_ack	^yeah	-0.0207
time_ack	^you	0.0747
time_ack	^your	-0.0385
time_ack	a	-0.2911
time_ack	a big	-0.0334
time_ack	a bit	0.174
time_ack	a brief	0.037
time_ack	a busi	0.0957
time_ack	a call	0.0341
time_ack	a career	0.0251
time_ack	a chanc	-0.0211
time_ack	a class	0.0358
time_ack	a coupl	0.0275
time_ack	a credit	0.027
time_ack	a curat	0.0258
time_ack	a data	-0.022
time_ack	a day	-0.0935
time_ack	a deadlin	0.0918
time_ack	a decad	0.0407
time_ack	a firefight	0.0447
time_ack	a first	-0.0217
time_ack	a follow	0.0546
time_ack	a free	-0.0213
time_ack	a friday	0.1979
time_ack	a good	0.0556
time_ack	a great	-0.0784
time_ack	a hard	0.3503
time_ack	a hectic	0.0332
time_ack	a junior	0.0617
time_ack	a lab	0.0266
time_ack	a last	0.0482
time_ack	a line	0.024
time_ack	a littl	0.0672
time_ack	a logist	0.0342
time_ack	a long	0.0415
time_ack	a look	-0.0306
time_ack	a love	0.0394
time_ack	a meet	0.0541
time_ack	a mentor	-0.0348
time_ack	a million	0.0307
time_ack	a minut	-0.0443
time_ack	a moment	0.063
time_ack	a new	0.0266
time_ack	a nice	-0.0201
time_ack	a paraleg	-0.0202
time_ack	a part	-0.1022
time_ack	a patient	-0.025
time_ack	a placement	0.0662
time_ack	a portfolio	-0.02
time_ack	a project	-0.0383
time_ack	a proper	-0.0747
time_ack	a question	0.0306
time_ack	a quick	0.0272
time_ack	a realist	-0.0263
time_ack	a realli	-0.0261
time_ack	a recruit	-0.0267
time_ack	a referr	-0.067
time_ack	a sec	-0.0869
time_ack	a second	0.07
time_ack	a shift	-0.0333
time_ack	a slot	0.0447
time_ack	a small	-0.0276
time_ack	a social	0.0455
time_ack	a student	-0.0204
time_ack	a thank	-0.0285
time_ack	a third	0.0444
time_ack	a time	-0.0261
time_ack	a volunt	-0.0214
time_ack	a ~clock	-0.0428
time_ack	a ~closing	0.0611
time_ack	a ~contactverb	0.0302
time_ack	a ~degree	-0.0386
time_ack	a ~duration	0.03
time_ack	a ~gatekeeper	-0.0334
time_ack	a ~insight	0.0281
time_ack	a ~job	0.0288
time_ack	a ~limit	-0.0851
time_ack	a ~number	0.0251
time_ack	a ~people	-0.0219
time_ack	a ~talk	0.0668
time_ack	a ~timeunit	-0.0443
time_ack	a ~want	-0.0276
time_ack	abl	-0.0252
time_ack	abl to	-0.0252
time_ack	about	-0.311
time_ack	about how	-0.0274
time_ack	about it	-0.0473
time_ack	about me	-0.0748
time_ack	about most	0.0555
time_ack	about move	0.0373
time_ack	about pay	0.0335
time_ack	about salari	0.0468
time_ack	about ten	0.0346
time_ack	about the	-0.0567
time_ack	about this	-0.0219
time_ack	about to	-0.0428
time_ack	about twenti	0.0289
time_ack	about your	-0.036
time_ack	about ~clock	0.0832
time_ack	about ~number	0.0237
time_ack	about ~studyverb	0.029
time_ack	accept	-0.0247
time_ack	access	-0.0273
time_ack	account	-0.031
time_ack	account student	0.0436
time_ack	account ~student	0.0417
time_ack	across	-0.0242
time_ack	actual	-0.3159
time_ack	actual design	-0.0527
time_ack	actual like	0.0206
time_ack	actual work	0.0803
time_ack	actual ~learn	-0.0204
time_ack	add	-0.0527
time_ack	add you	-0.0429
time_ack	admin	-0.0395
time_ack	advic	-0.0591
time_ack	advic i	-0.0235
time_ack	advic on	0.0515
time_ack	advisor	-0.0242
time_ack	affair	0.0341
time_ack	afraid	-0.0239
time_ack	afraid i	-0.023
time_ack	after	-0.158
time_ack	after a	0.0273
time_ack	after i	-0.0386
time_ack	after it	0.0542
time_ack	after my	0.0208
time_ack	after the	-0.04
time_ack	after ~clock	-0.0273
time_ack	after ~number	-0.0488
time_ack	again	-0.0713
time_ack	again for	0.192
time_ack	again i	-0.0346
time_ack	again onc	0.024
time_ack	again priya	-0.0202
time_ack	again ~want	-0.0225
time_ack	agenc	-0.0342
time_ack	agre	-0.0737
time_ack	agre to	-0.0849
time_ack	ah	0.0479
time_ack	ah you	0.0488
time_ack	ahead to	0.0203
time_ack	alarm	-0.0231
time_ack	all	-0.1921
time_ack	all day	-0.0253
time_ack	all my	0.1373
time_ack	all the	-0.0884
time_ack	all this	-0.0446
time_ack	all we	-0.0206
time_ack	all ~closing	-0.0362
time_ack	all ~limit	-0.0334
time_ack	all ~number	-0.0903
time_ack	almost	0.2
time_ack	almost at	0.0537
time_ack	almost out	0.0537
time_ack	almost ~clock	0.0592
time_ack	along my	0.0676
time_ack	along to	-0.0272
time_ack	alot	0.0622
time_ack	alreadi	0.3796
time_ack	alreadi 2	0.03
time_ack	alreadi 4	0.027
time_ack	alreadi 5	0.0375
time_ack	alreadi at	0.0432
time_ack	alreadi quarter	0.0599
time_ack	alreadi ~clock	0.1858
time_ack	alreadi ~number	0.0571
time_ack	alreadi ~workverb	0.0234
time_ack	alright	0.0305
time_ack	alright i	-0.0434
time_ack	alright if	0.0416
time_ack	also can	0.0282
time_ack	also ~sendverb	0.0245
time_ack	alumni	-0.0351
time_ack	alway	-0.0683
time_ack	am	-0.1406
time_ack	am 34	0.0261
time_ack	am a	0.0338
time_ack	am afraid	-0.023
time_ack	am awar	0.0759
time_ack	am back	-0.0561
time_ack	am conscious	0.2966
time_ack	am curious	-0.0315
time_ack	am dev	0.0361
time_ack	am do	-0.034
time_ack	am done	0.0317
time_ack	am explor	0.0422
time_ack	am finish	-0.0249
time_ack	am free	-0.0218
time_ack	am go	0.0626
time_ack	am grate	0.0671
time_ack	am hope	-0.0397
time_ack	am in	-0.0372
time_ack	am late	-0.0219
time_ack	am main	0.0609
time_ack	am mechan	0.0205
time_ack	am mind	0.0865
time_ack	am most	-0.0381
time_ack	am not	-0.1012
time_ack	am pretti	-0.0239
time_ack	am priya	-0.02
time_ack	am so	-0.0407
time_ack	am still	-0.0426
time_ack	am tomás	0.0253
time_ack	am tri	-0.0754
time_ack	am veri	-0.044
time_ack	am ~studyverb	-0.0905
time_ack	am ~want	-0.1357
time_ack	amaz	-0.0277
time_ack	amaz thank	-0.0267
time_ack	an	-0.1764
time_ack	an eye	0.0371
time_ack	an hour	0.0539
time_ack	an internship	-0.0439
time_ack	an interview	-0.0466
time_ack	an ~degree	-0.024
time_ack	an ~job	-0.0358
time_ack	an ~limit	0.0516
time_ack	an ~student	-0.027
time_ack	an ~talk	-0.0446
time_ack	an ~timeunit	0.0539
time_ack	analysi	-0.0536
time_ack	analyst	-0.0349
time_ack	analyst open	0.0201
time_ack	analyt	-0.0527
time_ack	analyt ~degree	-0.0256
time_ack	and	-0.2616
time_ack	and for	0.1552
time_ack	and go	-0.0225
time_ack	and good	0.0352
time_ack	and guidanc	0.0208
time_ack	and happi	0.079
time_ack	and have	-0.0481
time_ack	and how	-0.0329
time_ack	and i	0.0936
time_ack	and if	0.0406
time_ack	and in	-0.0206
time_ack	and is	0.0231
time_ack	and it	-0.036
time_ack	and mayb	-0.0351
time_ack	and night	0.0416
time_ack	and now	-0.0436
time_ack	and pleas	-0.0245
time_ack	and send	0.0705
time_ack	and she	-0.0223
time_ack	and thank	0.1816
time_ack	and that	-0.0301
time_ack	and the	0.0341
time_ack	and we	0.0242
time_ack	and work	0.0215
time_ack	and your	0.0233
time_ack	and ~closing	0.0416
time_ack	and ~insight	0.021
time_ack	and ~learn	-0.0356
time_ack	and ~sendverb	0.0414
time_ack	and ~studyverb	-0.0205
time_ack	and ~want	-0.0609
time_ack	angl	-0.0217
time_ack	angl for	-0.0217
time_ack	ani	-0.1821
time_ack	ani entri	-0.0208
time_ack	ani further	0.0213
time_ack	ani longer	-0.1329
time_ack	ani moment	0.0862
time_ack	ani more	0.078
time_ack	ani particular	0.024
time_ack	ani room	0.0421
time_ack	ani space	0.049
time_ack	ani time	-0.0262
time_ack	ani way	-0.0508
time_ack	ani ~insight	-0.0215
time_ack	ani ~job	-0.0495
time_ack	ani ~student	-0.0235
time_ack	anoth	0.0818
time_ack	anoth call	0.0694
time_ack	anoth day	0.0903
time_ack	anoth five	0.0398
time_ack	anoth time	-0.0801
time_ack	anoth ~clock	0.0565
time_ack	anoth ~closing	0.0903
time_ack	anoth ~contactverb	0.0694
time_ack	anoth ~number	0.0565
time_ack	anoth ~talk	0.0657
time_ack	answer	-0.0656
time_ack	answer my	0.0243
time_ack	anyon	0.1485
time_ack	anyon at	-0.0303
time_ack	anyon from	0.0735
time_ack	anyon in	0.0273
time_ack	anyon on	0.0203
time_ack	anyth	-0.3126
time_ack	anyth come	-0.026
time_ack	anyth i	0.0355
time_ack	anyth on	0.0257
time_ack	anyth open	-0.0776
time_ack	anyth you	-0.054
time_ack	anyway i	0.032
time_ack	anywher	-0.0286
time_ack	apolog	0.1541
time_ack	apolog i	0.1844
time_ack	app	-0.0288
time_ack	appli	-0.1917
time_ack	appli for	-0.0243
time_ack	appli to	-0.0776
time_ack	applic	-0.0916
time_ack	appoint	0.0989
time_ack	appreci	0.3489
time_ack	appreci it	-0.1497
time_ack	appreci this	-0.0204
time_ack	appreci you	0.4898
time_ack	appreci your	0.0683
time_ack	apprentic	-0.024
time_ack	architectur	-0.0313
time_ack	are	0.538
time_ack	are almost	0.0946
time_ack	are alreadi	0.0216
time_ack	are at	0.0853
time_ack	are between	0.1079
time_ack	are busi	0.1885
time_ack	are due	0.0668
time_ack	are ever	-0.0289
time_ack	are good	-0.0217
time_ack	are in	0.0355
time_ack	are look	-0.0319
time_ack	are near	0.0833
time_ack	are need	0.1036
time_ack	are not	-0.0791
time_ack	are precious	0.0467
time_ack	are right	0.0322
time_ack	are run	0.0576
time_ack	are so	0.026
time_ack	are squeez	0.0256
time_ack	are the	-0.0214
time_ack	are there	-0.0974
time_ack	are tight	0.0268
time_ack	are veri	0.0369
time_ack	are we	0.057
time_ack	are worth	-0.0441
time_ack	are your	-0.0237
time_ack	are ~gatekeeper	-0.0203
time_ack	are ~hiring	-0.0272
time_ack	are ~studyverb	-0.0211
time_ack	are ~want	-0.0277
time_ack	are ~workverb	0.0644
time_ack	armi	0.0461
time_ack	armi and	0.0419
time_ack	armi as	0.0393
time_ack	around	-0.0302
time_ack	around ~clock	0.0455
time_ack	around ~number	-0.0253
time_ack	arriv	-0.0354
time_ack	arriv and	-0.0211
time_ack	articl	0.0574
time_ack	articl i	0.0256
time_ack	articl on	0.0348
time_ack	as	-0.1082
time_ack	as a	-0.0284
time_ack	as an	-0.0222
time_ack	as peopl	-0.0236
time_ack	as ~number	-0.0509
time_ack	as ~people	-0.0327
time_ack	ask	0.0464
time_ack	ask a	0.0335
time_ack	ask about	0.1181
time_ack	ask everyth	0.0232
time_ack	ask for	-0.0747
time_ack	ask how	0.0256
time_ack	ask me	-0.0242
time_ack	ask one	0.1209
time_ack	ask so	-0.0231
time_ack	ask what	0.0393
time_ack	ask who	0.089
time_ack	ask you	-0.1234
time_ack	ask ~clock	0.1232
time_ack	ask ~number	0.1596
time_ack	ask ~people	0.2065
time_ack	assist	-0.0541
time_ack	associ	-0.0478
time_ack	at	0.1242
time_ack	at 11	0.0355
time_ack	at 25	0.022
time_ack	at 3	0.1437
time_ack	at 4	0.1103
time_ack	at 5	0.0738
time_ack	at 6	-0.0398
time_ack	at a	-0.1154
time_ack	at all	-0.0754
time_ack	at ani	0.0904
time_ack	at deloitt	-0.0209
time_ack	at half	0.0552
time_ack	at it	0.0269
time_ack	at my	0.0626
time_ack	at noon	0.0843
time_ack	at onc	-0.0472
time_ack	at quarter	0.0232
time_ack	at rutger	0.0315
time_ack	at the	-0.127
time_ack	at time	0.1302
time_ack	at two	0.0656
time_ack	at ucd	0.0295
time_ack	at uni	-0.0446
time_ack	at your	-0.1196
time_ack	at ~clock	0.509
time_ack	at ~limit	0.1302
time_ack	at ~number	-0.1214
time_ack	audio	0.0951
time_ack	audio cut	0.1194
time_ack	audit season	0.0508
time_ack	august	-0.0271
time_ack	avail	0.0272
time_ack	aw	0.029
time_ack	aw and	0.0299
time_ack	awar	0.0754
time_ack	awar you	0.0582
time_ack	away	-0.0372
time_ack	away for	-0.0214
time_ack	away or	0.0413
time_ack	awkward	-0.0202
time_ack	babi	-0.0529
time_ack	back	-0.2871
time_ack	back in	-0.047
time_ack	back on	0.0359
time_ack	back onc	-0.0298
time_ack	back to	-0.0266
time_ack	back ~number	-0.022
time_ack	background	-0.0928
time_ack	background and	0.0256
time_ack	background i	-0.0221
time_ack	balanc	-0.021
time_ack	bank	-0.0544
time_ack	bar	-0.0308
time_ack	base	-0.0201
time_ack	basic	-0.0823
time_ack	basic i	-0.0374
time_ack	batteri	-0.0381
time_ack	be abl	-0.0236
time_ack	be alright	0.0321
time_ack	be brief	0.2768
time_ack	be comfort	-0.0245
time_ack	be done	0.0212
time_ack	be happi	-0.036
time_ack	be honest	0.0524
time_ack	be in	-0.0337
time_ack	be mind	0.0219
time_ack	be open	-0.0414
time_ack	be quick	0.0435
time_ack	be realli	-0.0202
time_ack	be right	-0.0262
time_ack	be scope	0.0449
time_ack	be short	0.0393
time_ack	be sure	-0.0254
time_ack	be up	-0.0385
time_ack	be weird	-0.0224
time_ack	be will	-0.0705
time_ack	be ~number	-0.0237
time_ack	be ~want	-0.0267
time_ack	beaucoup	0.0338
time_ack	becaus	0.0602
time_ack	becaus you	0.0931
time_ack	becom	-0.0287
time_ack	becom ~number	-0.0218
time_ack	been	-0.1009
time_ack	been a	-0.0502
time_ack	been do	-0.0304
time_ack	been out	0.0217
time_ack	been realli	0.0422
time_ack	been so	-0.0326
time_ack	been talk	0.0411
time_ack	been work	-0.0237
time_ack	been ~number	-0.0316
time_ack	been ~studyverb	-0.0366
time_ack	been ~talk	0.0411
time_ack	been ~want	0.0365
time_ack	been ~workverb	-0.0379
time_ack	befor	0.1836
time_ack	befor i	-0.1198
time_ack	befor we	-0.101
time_ack	befor you	0.2103
time_ack	befor your	0.22
time_ack	bench	0.0472
time_ack	berlin	0.0464
time_ack	berlin offic	0.038
time_ack	berlin ~org	0.038
time_ack	best part	0.0343
time_ack	beta	-0.0398
time_ack	beta test	-0.0299
time_ack	better	0.0517
time_ack	better for	0.0865
time_ack	between	0.3044
time_ack	between flight	0.1106
time_ack	between meet	0.1805
time_ack	between patient	0.0235
time_ack	between shift	0.044
time_ack	between surgeri	0.0266
time_ack	between the	-0.045
time_ack	between your	0.0498
time_ack	between ~number	-0.0688
time_ack	beyond	-0.023
time_ack	big	-0.0678
time_ack	big ~clock	-0.0209
time_ack	biggest	0.0685
time_ack	biggest challeng	0.0973
time_ack	bill	-0.0201
time_ack	biolog	0.0236
time_ack	biolog ~degree	0.0305
time_ack	biolog ~student	0.031
time_ack	bit	0.2629
time_ack	bit about	-0.0769
time_ack	bit but	0.0649
time_ack	bit for	0.0665
time_ack	bit of	-0.041
time_ack	bit over	0.0884
time_ack	blog	-0.0259
time_ack	board	-0.021
time_ack	bonjour	0.0697
time_ack	book	-0.0706
time_ack	book you	-0.0301
time_ack	bootcamp	-0.0861
time_ack	boss	-0.0214
time_ack	bounc	-0.0242
time_ack	brain	-0.0758
time_ack	brain about	-0.0282
time_ack	brb	-0.0358
time_ack	break	0.1543
time_ack	break for	0.0469
time_ack	break i	0.0347
time_ack	brief	0.343
time_ack	brief i	0.0599
time_ack	brilliant thank	-0.0219
time_ack	bring	-0.027
time_ack	broadcast	0.0315
time_ack	brutal	-0.0355
time_ack	budget	-0.02
time_ack	bug	-0.0249
time_ack	bug you	-0.0241
time_ack	build	-0.0889
time_ack	built	-0.0312
time_ack	burnout	-0.0375
time_ack	bus	-0.1051
time_ack	bus is	-0.0723
time_ack	busi	0.6392
time_ack	busi but	0.0987
time_ack	busi day	0.0251
time_ack	busi person	0.0404
time_ack	busi side	0.0266
time_ack	busi so	0.113
time_ack	busi week	0.0722
time_ack	busi with	0.0341
time_ack	busi ~closing	0.1034
time_ack	busi ~limit	0.0321
time_ack	busi ~org	0.0264
time_ack	busi ~people	0.0415
time_ack	but	0.0827
time_ack	but can	0.0524
time_ack	but could	-0.0367
time_ack	but first	0.023
time_ack	but honest	0.0675
time_ack	but i	0.0261
time_ack	but if	0.0351
time_ack	but is	-0.025
time_ack	but quick	0.0422
time_ack	but thank	-0.0597
time_ack	but this	-0.0376
time_ack	but want	0.0317
time_ack	but would	0.0488
time_ack	but ~want	0.0801
time_ack	by	-0.0298
time_ack	by email	0.0425
time_ack	by the	-0.0324
time_ack	by ~contactverb	0.0425
time_ack	by ~number	-0.0333
time_ack	by ~sendverb	0.0358
time_ack	by ~talk	0.0425
time_ack	bye	0.0741
time_ack	bye for	0.0527
time_ack	calendar is	0.0256
time_ack	call	0.1789
time_ack	call and	-0.034
time_ack	call at	0.0247
time_ack	call do	0.0768
time_ack	call i	-0.0285
time_ack	call it	0.0427
time_ack	call me	-0.0664
time_ack	call on	0.0501
time_ack	call you	0.04
time_ack	call ~help	0.0768
time_ack	call ~want	-0.0202
time_ack	came	-0.0562
time_ack	campus	-0.0277
time_ack	can be	-0.0405
time_ack	can come	0.0282
time_ack	can do	-0.0825
time_ack	can end	-0.0288
time_ack	can finish	-0.0228
time_ack	can get	-0.0447
time_ack	can grab	-0.0223
time_ack	can help	-0.0201
time_ack	can i	0.0897
time_ack	can leav	0.0864
time_ack	can make	0.0593
time_ack	can pace	0.093
time_ack	can see	0.1783
time_ack	can stop	0.0391
time_ack	can tell	0.1241
time_ack	can we	-0.1053
time_ack	can you	-0.0621
time_ack	can ~help	-0.1206
time_ack	can ~learn	0.12
time_ack	can ~sendverb	-0.0223
time_ack	candid	-0.074
time_ack	candid about	-0.0283
time_ack	card	-0.0428
time_ack	care	0.0414
time_ack	care about	0.0502
time_ack	career	-0.1037
time_ack	career page	-0.0206
time_ack	career ~student	0.0212
time_ack	carv	0.0515
time_ack	carv out	0.0515
time_ack	case	-0.0543
time_ack	catch	0.0907
time_ack	catch your	0.1104
time_ack	centr	-0.0243
time_ack	cert	-0.055
time_ack	certif rout	0.0651
time_ack	cfa	-0.0213
time_ack	challeng	0.0964
time_ack	chanc	-0.0334
time_ack	chanc i	-0.0245
time_ack	chanc of	0.0751
time_ack	chanc you	-0.0416
time_ack	chang	0.0588
time_ack	chang in	0.0933
time_ack	chang while	0.0232
time_ack	changer from	0.0442
time_ack	charger	-0.0214
time_ack	chart	-0.0229
time_ack	chat	-0.0881
time_ack	chat with	0.0254
time_ack	check	0.1217
time_ack	check in	-0.053
time_ack	check the	-0.026
time_ack	check we	0.0375
time_ack	check your	0.0638
time_ack	check ~number	-0.0332
time_ack	cheeki	-0.0298
time_ack	cheeki but	-0.0249
time_ack	cheer for	0.0249
time_ack	chef	-0.0244
time_ack	chemistri	-0.0217
time_ack	choos	-0.035
time_ack	civilian	0.027
time_ack	class in	0.0302
time_ack	class now	-0.0215
time_ack	class start	-0.031
time_ack	class to	0.0784
time_ack	classmat	0.021
time_ack	classroom	0.0526
time_ack	clean	-0.0544
time_ack	clear	-0.0737
time_ack	client	-0.0513
time_ack	client to	0.0572
time_ack	clinic research	-0.0202
time_ack	clinic work	-0.0224
time_ack	clinic ~learn	-0.0426
time_ack	clinic ~workverb	-0.0224
time_ack	clock	0.3516
time_ack	clock so	0.1079
time_ack	close at	-0.0275
time_ack	code	-0.0763
time_ack	code ~degree	-0.0217
time_ack	coffe	-0.0437
time_ack	cold	-0.0258
time_ack	colleagu	-0.0674
time_ack	colleagu of	-0.0204
time_ack	collect	-0.0354
time_ack	colleg	-0.0481
time_ack	come	0.0482
time_ack	come from	-0.0223
time_ack	come up	0.0897
time_ack	comfort	-0.035
time_ack	commit	-0.0234
time_ack	communiti	-0.0477
time_ack	compani	-0.1462
time_ack	complet	0.1075
time_ack	complet understand	0.0514
time_ack	complet ~learn	0.0514
time_ack	conclud	-0.0203
time_ack	confer	-0.0417
time_ack	connect	-0.1252
time_ack	connect with	-0.0582
time_ack	conscious	0.4893
time_ack	conscious it	0.0782
time_ack	conscious of	0.3366
time_ack	conscious we	0.0692
time_ack	consid	-0.0596
time_ack	consid me	-0.043
time_ack	construct	0.0611
time_ack	consult	-0.051
time_ack	contact	-0.0656
time_ack	context i	0.0226
time_ack	contract	-0.0466
time_ack	convers	0.024
time_ack	cool cool	-0.0209
time_ack	cool i	-0.0229
time_ack	could	-0.0924
time_ack	could do	0.0808
time_ack	could help	0.0259
time_ack	could i	-0.1132
time_ack	could introduc	0.0501
time_ack	could send	0.0756
time_ack	could take	-0.022
time_ack	could talk	0.0986
time_ack	could tell	-0.0249
time_ack	could ~help	0.0987
time_ack	could ~insight	-0.022
time_ack	could ~learn	-0.0289
time_ack	could ~sendverb	0.0608
time_ack	could ~talk	0.0646
time_ack	counsel	0.0319
time_ack	count	-0.0635
time_ack	count me	-0.0451
time_ack	coupl	0.0273
time_ack	coupl month	-0.0225
time_ack	coupl more	0.1012
time_ack	coupl ~duration	-0.0249
time_ack	cours	0.0211
time_ack	cover	-0.1138
time_ack	cover everyth	-0.0641
time_ack	crack	-0.0258
time_ack	crack on	-0.0246
time_ack	crazi	-0.024
time_ack	credit union	0.028
time_ack	crew	0.0807
time_ack	curat	0.02
time_ack	curat actual	0.0258
time_ack	curious	-0.0766
time_ack	curious about	-0.0263
time_ack	curious how	-0.0304
time_ack	current	-0.054
time_ack	cut	0.1723
time_ack	cut me	0.122
time_ack	cut out	0.1359
time_ack	cut this	-0.048
time_ack	cybersecur	-0.0218
time_ack	dana	0.0275
time_ack	dash	0.0368
time_ack	dash for	-0.0211
time_ack	data	-0.0939
time_ack	data analyt	-0.0309
time_ack	data engin	0.0289
time_ack	data scienc	-0.0511
time_ack	data scientist	0.0337
time_ack	data ~student	0.0284
time_ack	daughter	-0.13
time_ack	daughter need	-0.0202
time_ack	day	-0.6452
time_ack	day and	-0.0486
time_ack	day are	0.0221
time_ack	day i	-0.0338
time_ack	day in	-0.0223
time_ack	day is	-0.0226
time_ack	day sometim	-0.0237
time_ack	day to	-0.0483
time_ack	day work	0.0336
time_ack	day ~later	-0.0237
time_ack	day ~learn	0.0336
time_ack	day ~workverb	0.0323
time_ack	daycar	-0.0514
time_ack	deadlin in	-0.0216
time_ack	deadlin land	-0.0333
time_ack	deadlin week	0.0202
time_ack	dear ms	0.0241
time_ack	dear ~degree	0.0241
time_ack	decad	0.0333
time_ack	decad in	0.0398
time_ack	decid	-0.053
time_ack	decid between	-0.0414
time_ack	decid on	-0.0225
time_ack	decid to	-0.0238
time_ack	decid which	0.0822
time_ack	def	-0.0344
time_ack	definit	-0.0553
time_ack	degre	-0.0854
time_ack	deliveri	-0.0385
time_ack	deloitt	-0.0232
time_ack	depart	-0.0391
time_ack	describ	-0.0357
time_ack	design	-0.1112
time_ack	design actual	0.038
time_ack	design work	-0.0457
time_ack	design ~learn	-0.046
time_ack	design ~workverb	-0.0457
time_ack	desk	0.0378
time_ack	detail	-0.0481
time_ack	develop	-0.0351
time_ack	diari	0.024
time_ack	did	0.0242
time_ack	did a	-0.0271
time_ack	did not	0.0906
time_ack	did one	-0.0282
time_ack	did the	0.0483
time_ack	did you	0.046
time_ack	did your	-0.0471
time_ack	did ~clock	-0.0283
time_ack	did ~people	-0.0427
time_ack	die	-0.0705
time_ack	differ	-0.0351
time_ack	digest	-0.0216
time_ack	direct	-0.0651
time_ack	dive	0.028
time_ack	dive in	0.0273
time_ack	divid	-0.0265
time_ack	do a	-0.0611
time_ack	do an	-0.0205
time_ack	do for	-0.0914
time_ack	do in	0.0228
time_ack	do is	0.0375
time_ack	do it	-0.0248
time_ack	do most	-0.021
time_ack	do not	0.2976
time_ack	do peopl	-0.0233
time_ack	do the	-0.0625
time_ack	do they	0.0296
time_ack	do this	0.0258
time_ack	do to	0.1233
time_ack	do we	0.1118
time_ack	do you	-0.0777
time_ack	do your	-0.0547
time_ack	do ~number	-0.1448
time_ack	do ~people	-0.0248
time_ack	doe	-0.1699
time_ack	doe a	0.0324
time_ack	doe it	-0.0414
time_ack	doe not	0.0469
time_ack	doe the	-0.0297
time_ack	doe your	-0.1236
time_ack	dog	-0.0442
time_ack	done	-0.0789
time_ack	done i	0.034
time_ack	done ~number	-0.0289
time_ack	door	-0.0766
time_ack	doorbel	-0.0398
time_ack	down	-0.074
time_ack	downsid	-0.029
time_ack	downstair	-0.0265
time_ack	dr	-0.026
time_ack	dr okafor	-0.0274
time_ack	dr osei	0.0215
time_ack	drag	0.0254
time_ack	due	0.0569
time_ack	dure exam	0.0208
time_ack	dure such	0.0349
time_ack	each	-0.0313
time_ack	earli	0.1123
time_ack	earli i	0.0286
time_ack	earlier	-0.0291
time_ack	eat	0.2544
time_ack	eat into	0.2335
time_ack	eat up	0.0237
time_ack	econom at	0.0303
time_ack	eight	-0.0231
time_ack	eight year	-0.0225
time_ack	eight ~duration	-0.0225
time_ack	electrician	0.0241
time_ack	els	0.1189
time_ack	els in	0.043
time_ack	els on	0.0838
time_ack	els would	-0.0255
time_ack	els ~want	-0.0255
time_ack	elsewher	0.2211
time_ack	email	-0.0832
time_ack	email and	0.021
time_ack	email next	-0.0218
time_ack	email onc	0.0272
time_ack	email so	-0.0372
time_ack	email ~number	-0.0214
time_ack	end	-0.1178
time_ack	end here	-0.0285
time_ack	end in	0.0353
time_ack	end it	-0.0241
time_ack	end pleas	0.0339
time_ack	end up	-0.0926
time_ack	end ~number	-0.0232
time_ack	end ~want	-0.029
time_ack	engin	-0.0363
time_ack	engin side	0.0404
time_ack	engin ~org	0.0396
time_ack	english	-0.0332
time_ack	enjoy	-0.0778
time_ack	enjoy the	-0.0409
time_ack	enjoy your	-0.0275
time_ack	enjoy ~number	-0.0412
time_ack	enough	0.3784
time_ack	enough of	0.1878
time_ack	enough thank	0.0765
time_ack	enough time	-0.0281
time_ack	enough ~limit	-0.0281
time_ack	entri	-0.0442
time_ack	entri level	-0.0426
time_ack	environment engin	0.0234
time_ack	even	-0.1226
time_ack	even just	-0.0264
time_ack	even ~want	-0.03
time_ack	evening	0.4359
time_ack	evening and	0.0478
time_ack	evening for	0.0446
time_ack	event	-0.0609
time_ack	ever	-0.2504
time_ack	ever an	0.0259
time_ack	ever anyth	-0.0525
time_ack	ever feel	-0.0275
time_ack	ever get	-0.0736
time_ack	ever have	-0.0497
time_ack	ever need	-0.0425
time_ack	ever short	-0.0209
time_ack	ever so	0.07
time_ack	ever take	-0.0233
time_ack	ever use	-0.0256
time_ack	ever ~help	-0.0251
time_ack	ever ~insight	-0.0229
time_ack	ever ~learn	-0.079
time_ack	ever ~number	0.0316
time_ack	everi	-0.0803
time_ack	everi day	-0.0323
time_ack	everi ~closing	-0.0412
time_ack	everi ~limit	-0.0331
time_ack	everyon	-0.0426
time_ack	everyth	-0.122
time_ack	everyth from	0.0644
time_ack	everyth i	-0.1132
time_ack	everyth on	0.0619
time_ack	ex	-0.0493
time_ack	exact	-0.0276
time_ack	exam	-0.0756
time_ack	exam season	0.0208
time_ack	excel	-0.0323
time_ack	excus	-0.0245
time_ack	excus me	-0.0245
time_ack	expect	-0.0531
time_ack	experi	-0.0926
time_ack	explain	-0.0756
time_ack	explain that	-0.0299
time_ack	explain the	-0.026
time_ack	explain ~number	-0.026
time_ack	explor	0.0357
time_ack	explor suppli	0.0342
time_ack	extra minut	0.0355
time_ack	extra pair	-0.0201
time_ack	extra ~limit	0.0296
time_ack	extra ~timeunit	0.0355
time_ack	eye	0.046
time_ack	eye on	0.0515
time_ack	face	0.0897
time_ack	fair	-0.0452
time_ack	famili	-0.0329
time_ack	fashion	-0.0226
time_ack	favor	0.0448
time_ack	favor ani	-0.0207
time_ack	feedback	0.0572
time_ack	feedback on	0.0692
time_ack	feel	-0.0238
time_ack	feel free	0.0856
time_ack	feel like	-0.0408
time_ack	fellowship	-0.0318
time_ack	few	0.0441
time_ack	few extra	0.0355
time_ack	few minut	0.1549
time_ack	few month	-0.0374
time_ack	few question	-0.0312
time_ack	few week	-0.029
time_ack	few ~duration	-0.0414
time_ack	few ~limit	0.1549
time_ack	few ~timeunit	0.1518
time_ack	field chang	0.0948
time_ack	field has	0.0232
time_ack	field not	0.0255
time_ack	fifteen	0.0637
time_ack	fifteen minut	0.0647
time_ack	fifteen ~limit	0.0647
time_ack	fifteen ~timeunit	0.0647
time_ack	figma	-0.0232
time_ack	figur	-0.0971
time_ack	figur out	-0.0848
time_ack	fill	-0.0217
time_ack	final	0.0413
time_ack	final meet	-0.0221
time_ack	final one	0.0488
time_ack	final question	0.0423
time_ack	final thing	0.0652
time_ack	final year	-0.0307
time_ack	final ~clock	0.0488
time_ack	final ~duration	-0.0307
time_ack	final ~number	0.0488
time_ack	final ~people	0.0488
time_ack	final ~talk	-0.0228
time_ack	financ	-0.0335
time_ack	find	-0.0367
time_ack	find your	0.0501
time_ack	fine	0.0625
time_ack	fine if	0.0207
time_ack	finish	-0.1802
time_ack	finish a	-0.0202
time_ack	finish my	-0.0249
time_ack	finish now	0.04
time_ack	finish ~number	-0.0225
time_ack	fire	0.0417
time_ack	firefight	0.0323
time_ack	firm	-0.1376
time_ack	first	-0.0854
time_ack	first job	-0.0298
time_ack	first mentor	0.0549
time_ack	first what	0.0235
time_ack	first year	-0.0375
time_ack	first ~duration	-0.0375
time_ack	first ~job	-0.0447
time_ack	fish	-0.022
time_ack	fish for	-0.0202
time_ack	fit	0.5813
time_ack	fit for	-0.0255
time_ack	fit me	0.5965
time_ack	five	0.1038
time_ack	five i	0.0277
time_ack	five minut	0.0439
time_ack	five so	0.0607
time_ack	five ~limit	0.0532
time_ack	five ~timeunit	0.0439
time_ack	flag	0.0219
time_ack	flag my	0.027
time_ack	flew	0.0516
time_ack	flight	0.2191
time_ack	focus	0.0236
time_ack	folk	-0.0332
time_ack	follow	-0.084
time_ack	follow up	-0.0309
time_ack	follow you	-0.021
time_ack	for	0.4956
time_ack	for advic	0.0243
time_ack	for agre	-0.0677
time_ack	for all	-0.0886
time_ack	for an	-0.0667
time_ack	for ani	-0.0293
time_ack	for answer	0.0231
time_ack	for anyon	0.0439
time_ack	for anyth	-0.068
time_ack	for ask	-0.0241
time_ack	for carv	0.0313
time_ack	for chat	-0.0242
time_ack	for everyth	-0.0758
time_ack	for explain	-0.0709
time_ack	for fit	0.486
time_ack	for give	0.2574
time_ack	for it	-0.0215
time_ack	for job	-0.0251
time_ack	for keep	0.1026
time_ack	for like	-0.0276
time_ack	for make	0.3829
time_ack	for me	-0.0787
time_ack	for mentor	-0.0214
time_ack	for my	-0.0563
time_ack	for new	-0.0216
time_ack	for now	0.1032
time_ack	for one	0.0776
time_ack	for put	-0.0282
time_ack	for repli	-0.0219
time_ack	for run	0.106
time_ack	for send	-0.0208
time_ack	for side	-0.0377
time_ack	for someon	-0.0655
time_ack	for squeez	0.3527
time_ack	for stay	0.1739
time_ack	for take	0.2503
time_ack	for talk	-0.0384
time_ack	for that	-0.0315
time_ack	for this	0.1232
time_ack	for time	0.0489
time_ack	for today	-0.0946
time_ack	for wait	-0.0284
time_ack	for when	-0.0262
time_ack	for work	0.0314
time_ack	for you	0.0234
time_ack	for your	0.4427
time_ack	for ~clock	-0.0304
time_ack	for ~hiring	0.2465
time_ack	for ~job	-0.0328
time_ack	for ~learn	0.0216
time_ack	for ~limit	0.047
time_ack	for ~number	-0.0543
time_ack	for ~org	-0.0291
time_ack	for ~people	0.0263
time_ack	for ~sendverb	-0.0208
time_ack	for ~student	-0.0269
time_ack	for ~studyverb	0.2513
time_ack	for ~talk	-0.0763
time_ack	for ~workverb	0.1389
time_ack	forget	-0.0498
time_ack	forti	0.0399
time_ack	forti minut	0.0317
time_ack	forti ~limit	0.0317
time_ack	forti ~timeunit	0.0317
time_ack	forward	-0.0322
time_ack	forward my	0.0203
time_ack	found ~number	0.0321
time_ack	free to	0.085
time_ack	free ~limit	-0.028
time_ack	freelanc	-0.0307
time_ack	freelanc translat	0.0483
time_ack	friday	0.1431
time_ack	friday afternoon	0.0817
time_ack	friday ~closing	0.1164
time_ack	friday ~limit	0.0817
time_ack	friend	-0.0406
time_ack	from	-0.1744
time_ack	from a	-0.028
time_ack	from me	0.0729
time_ack	from my	-0.0403
time_ack	from school	-0.0291
time_ack	from you	-0.0446
time_ack	from your	0.1103
time_ack	from ~number	-0.0453
time_ack	from ~org	-0.0313
time_ack	from ~people	-0.0254
time_ack	front	-0.0347
time_ack	froze	0.1097
time_ack	full	-0.0578
time_ack	full this	0.0271
time_ack	full time	-0.0883
time_ack	full ~limit	-0.0883
time_ack	fund	-0.0273
time_ack	game	-0.0781
time_ack	gather	-0.0261
time_ack	generous	0.1571
time_ack	generous of	-0.0236
time_ack	generous with	0.183
time_ack	genet	0.0317
time_ack	genuin	-0.0637
time_ack	genuin ~want	-0.0397
time_ack	get	-0.3687
time_ack	get a	-0.0262
time_ack	get back	-0.0308
time_ack	get from	0.0909
time_ack	get hire	-0.0279
time_ack	get into	-0.0401
time_ack	get it	0.0636
time_ack	get much	-0.0285
time_ack	get my	-0.0469
time_ack	get on	-0.159
time_ack	get some	-0.0224
time_ack	get the	-0.0232
time_ack	get time	-0.0464
time_ack	get to	0.0563
time_ack	get use	0.0348
time_ack	get ~limit	-0.0464
time_ack	get ~number	-0.0562
time_ack	give	0.2466
time_ack	give me	0.0248
time_ack	give up	0.2697
time_ack	given	0.1004
time_ack	given me	-0.0298
time_ack	glad	-0.0449
time_ack	glad we	-0.0238
time_ack	go	0.3319
time_ack	go a	0.0201
time_ack	go at	-0.0257
time_ack	go away	0.0409
time_ack	go back	-0.0433
time_ack	go but	-0.0335
time_ack	go do	-0.0221
time_ack	go get	-0.0411
time_ack	go go	0.0626
time_ack	go i	0.0463
time_ack	go my	-0.0384
time_ack	go no	0.034
time_ack	go now	-0.0252
time_ack	go or	0.1495
time_ack	go out	-0.0214
time_ack	go over	0.0761
time_ack	go so	0.0622
time_ack	go sorri	-0.0293
time_ack	go thank	0.0286
time_ack	go through	-0.0373
time_ack	go to	0.094
time_ack	go until	0.0944
time_ack	go ~help	-0.0221
time_ack	go ~learn	-0.0569
time_ack	go ~studyverb	0.0317
time_ack	goal today	-0.0243
time_ack	goe	-0.2083
time_ack	goe into	-0.0283
time_ack	goe on	-0.0357
time_ack	goe to	-0.0652
time_ack	gone	0.2378
time_ack	gone a	0.0695
time_ack	gone over	0.0826
time_ack	gone way	0.0792
time_ack	gone ~number	0.0695
time_ack	good	-0.0921
time_ack	good afternoon	-0.0224
time_ack	good day	-0.0227
time_ack	good evening	0.0319
time_ack	good morn	-0.0618
time_ack	good one	-0.0567
time_ack	good rest	-0.0314
time_ack	good time	0.1551
time_ack	good to	-0.0227
time_ack	good ~clock	-0.0567
time_ack	good ~closing	-0.1009
time_ack	good ~limit	0.0482
time_ack	good ~number	-0.0564
time_ack	good ~people	-0.0573
time_ack	goodby	0.0814
time_ack	goodby for	0.0577
time_ack	googl	-0.0258
time_ack	gosh	0.0852
time_ack	gosh it	0.0648
time_ack	got	-0.0263
time_ack	got a	0.1035
time_ack	got about	0.0304
time_ack	got an	-0.0238
time_ack	got into	0.069
time_ack	got load	-0.0244
time_ack	got three	-0.0419
time_ack	got to	-0.0534
time_ack	got what	-0.0468
time_ack	got ~clock	-0.0271
time_ack	got ~number	0.0771
time_ack	got ~people	0.0702
time_ack	grab	-0.0644
time_ack	grab a	-0.0214
time_ack	grab ~number	-0.0304
time_ack	grad	-0.0709
time_ack	graduat	-0.0497
time_ack	graduat scheme	-0.0255
time_ack	grant to	0.0487
time_ack	grate you	0.0389
time_ack	great	-0.1913
time_ack	great rest	-0.0448
time_ack	great ~closing	-0.0499
time_ack	ground	0.0909
time_ack	group	-0.0309
time_ack	guy	-0.0885
time_ack	guy ~hiring	-0.0246
time_ack	had	0.0247
time_ack	had one	0.0248
time_ack	had thank	0.0723
time_ack	had ~clock	0.0238
time_ack	had ~number	0.0316
time_ack	had ~people	0.0248
time_ack	half	0.3699
time_ack	half an	0.0269
time_ack	half hour	0.1372
time_ack	half past	0.2228
time_ack	half ~limit	0.1372
time_ack	half ~timeunit	0.1372
time_ack	hand	-0.1025
time_ack	hand on	-0.0363
time_ack	hand with	0.0218
time_ack	handi	-0.0245
time_ack	handl	-0.0312
time_ack	handl recruit	0.0362
time_ack	handl the	-0.0246
time_ack	handl ~hiring	0.0299
time_ack	handl ~number	-0.0254
time_ack	handoff	0.0344
time_ack	handoff between	0.0327
time_ack	hang	-0.0624
time_ack	hang on	-0.0221
time_ack	hang up	-0.0383
time_ack	happen	-0.0408
time_ack	happi	-0.1029
time_ack	happi to	-0.0945
time_ack	happili	0.0554
time_ack	hard	0.2657
time_ack	hard part	-0.0242
time_ack	hard shift	0.0577
time_ack	hard stop	0.299
time_ack	hard to	-0.0277
time_ack	hardest	-0.0207
time_ack	has ~number	-0.0218
time_ack	hate	0.0465
time_ack	hate to	0.0481
time_ack	have	0.7381
time_ack	have a	0.0859
time_ack	have about	0.025
time_ack	have ani	-0.0404
time_ack	have anoth	0.0453
time_ack	have answer	-0.0258
time_ack	have been	-0.0487
time_ack	have class	-0.0254
time_ack	have decid	-0.0346
time_ack	have done	-0.0345
time_ack	have given	-0.0252
time_ack	have gone	0.2417
time_ack	have got	-0.1052
time_ack	have had	-0.02
time_ack	have hit	0.0372
time_ack	have just	-0.0257
time_ack	have kept	0.3477
time_ack	have left	0.0978
time_ack	have me	-0.0255
time_ack	have more	-0.0965
time_ack	have my	-0.0298
time_ack	have never	-0.0363
time_ack	have onli	0.0588
time_ack	have read	-0.0224
time_ack	have run	0.1338
time_ack	have spent	-0.0241
time_ack	have still	0.0218
time_ack	have submit	0.0272
time_ack	have taken	0.2367
time_ack	have time	-0.0201
time_ack	have to	0.2393
time_ack	have until	0.1305
time_ack	have you	-0.0211
time_ack	have ~insight	-0.0224
time_ack	have ~limit	-0.0201
time_ack	have ~number	0.0943
time_ack	have ~want	-0.0422
time_ack	have ~workverb	0.0498
time_ack	head	0.1395
time_ack	head off	0.0944
time_ack	head out	0.0503
time_ack	head to	0.0495
time_ack	health	-0.0452
time_ack	heap	0.0359
time_ack	heap i	0.0269
time_ack	heap this	0.0376
time_ack	hear	-0.199
time_ack	hear me	-0.0363
time_ack	heard	-0.0252
time_ack	hectic	0.0577
time_ack	hectic week	0.0332
time_ack	hectic ~closing	0.0332
time_ack	held	0.0477
time_ack	hello	0.0748
time_ack	hello ms	0.0417
time_ack	hello thank	0.0226
time_ack	hello ~degree	0.0417
time_ack	help	-0.2244
time_ack	help me	-0.0423
time_ack	help out	-0.03
time_ack	help you	0.0464
time_ack	her	-0.108
time_ack	here	-0.062
time_ack	here i	0.0507
time_ack	here if	0.065
time_ack	here my	-0.0232
time_ack	here so	-0.0231
time_ack	here to	-0.024
time_ack	hey	0.0313
time_ack	hey priya	0.0245
time_ack	hey so	-0.027
time_ack	hi	0.2202
time_ack	hi dana	0.0298
time_ack	hi dr	0.0339
time_ack	hi priya	0.099
time_ack	hi thank	0.0268
time_ack	high	-0.0286
time_ack	him	-0.028
time_ack	hire	-0.3706
time_ack	hire at	-0.0353
time_ack	hire me	-0.0311
time_ack	hire right	-0.0269
time_ack	hire ~gatekeeper	-0.0202
time_ack	hire ~student	-0.0309
time_ack	histori	-0.0255
time_ack	hit	0.0234
time_ack	hit the	0.0294
time_ack	hit ~number	0.0291
time_ack	hiya	0.0287
time_ack	hiya thank	0.025
time_ack	hog	0.046
time_ack	hog you	0.0487
time_ack	hold on	-0.0491
time_ack	hold you	0.0855
time_ack	holiday	-0.0253
time_ack	home	-0.0427
time_ack	homework	-0.0254
time_ack	honest	0.0229
time_ack	honest about	-0.0245
time_ack	honest advic	0.0355
time_ack	honest did	0.0255
time_ack	honest i	-0.0262
time_ack	honest if	0.0502
time_ack	honest ~insight	0.0228
time_ack	honest ~studyverb	0.0245
time_ack	honesti	0.0202
time_ack	honesti about	0.0233
time_ack	hop	0.1258
time_ack	hop off	0.0529
time_ack	hop on	0.0879
time_ack	hope	-0.0966
time_ack	hope to	-0.0232
time_ack	hope we	-0.0232
time_ack	hope you	-0.0339
time_ack	hospic	-0.0202
time_ack	hospit	-0.0598
time_ack	hour	0.1387
time_ack	hour shift	-0.0355
time_ack	hour so	0.0375
time_ack	hous	-0.0539
time_ack	how	-0.424
time_ack	how civilian	0.034
time_ack	how did	0.1662
time_ack	how do	-0.177
time_ack	how doe	0.0235
time_ack	how it	-0.0627
time_ack	how mani	-0.0214
time_ack	how much	-0.2276
time_ack	how pack	0.0595
time_ack	how the	-0.0522
time_ack	how you	-0.0972
time_ack	how ~help	-0.1774
time_ack	how ~number	-0.0672
time_ack	how ~studyverb	0.1662
time_ack	hr	-0.0619
time_ack	hunt	-0.0248
time_ack	i	0.308
time_ack	i also	0.0226
time_ack	i am	-0.1401
time_ack	i apolog	0.0411
time_ack	i appli	-0.0399
time_ack	i appreci	0.1194
time_ack	i ask	0.0986
time_ack	i be	-0.0319
time_ack	i came	-0.0347
time_ack	i can	0.1864
time_ack	i care	0.058
time_ack	i chat	0.0452
time_ack	i complet	0.0551
time_ack	i could	0.135
time_ack	i did	-0.052
time_ack	i do	0.1521
time_ack	i eat	0.0609
time_ack	i email	0.0312
time_ack	i end	-0.0448
time_ack	i forget	-0.0447
time_ack	i froze	0.119
time_ack	i genuin	-0.0318
time_ack	i get	-0.0658
time_ack	i go	-0.064
time_ack	i got	-0.0403
time_ack	i have	-0.0454
time_ack	i hear	-0.0338
time_ack	i honest	0.0236
time_ack	i hope	-0.0412
time_ack	i just	-0.0386
time_ack	i keep	-0.0319
time_ack	i know	1.0927
time_ack	i learn	-0.0289
time_ack	i lost	0.0276
time_ack	i mayb	-0.0264
time_ack	i mean	-0.0223
time_ack	i mention	-0.0235
time_ack	i might	-0.032
time_ack	i most	0.0287
time_ack	i must	-0.0464
time_ack	i need	-0.0473
time_ack	i pass	0.0598
time_ack	i pick	-0.0411
time_ack	i ping	0.0366
time_ack	i promis	0.159
time_ack	i reach	-0.0574
time_ack	i realiz	0.4119
time_ack	i realli	0.1723
time_ack	i return	-0.0211
time_ack	i said	0.0794
time_ack	i save	0.1148
time_ack	i saw	0.0418
time_ack	i see	0.0769
time_ack	i sent	-0.0268
time_ack	i should	-0.1365
time_ack	i squeez	0.031
time_ack	i still	-0.0384
time_ack	i think	0.0726
time_ack	i thought	0.0212
time_ack	i total	0.0878
time_ack	i want	-0.1171
time_ack	i was	-0.1952
time_ack	i will	0.3019
time_ack	i wish	-0.0278
time_ack	i work	-0.0466
time_ack	i would	-0.1229
time_ack	i write	0.045
time_ack	i ~contactverb	0.0688
time_ack	i ~help	0.1092
time_ack	i ~insight	-0.0324
time_ack	i ~learn	0.9894
time_ack	i ~sendverb	0.1054
time_ack	i ~studyverb	-0.0417
time_ack	i ~talk	0.0845
time_ack	i ~want	-0.0637
time_ack	i ~workverb	-0.085
time_ack	idea	-0.0307
time_ack	if	-0.3548
time_ack	if anyon	0.0756
time_ack	if anyth	-0.0867
time_ack	if i	-0.0595
time_ack	if it	-0.0281
time_ack	if so	0.0406
time_ack	if someth	0.0916
time_ack	if that	-0.0689
time_ack	if the	-0.0678
time_ack	if there	0.0299
time_ack	if this	-0.0215
time_ack	if we	0.0292
time_ack	if you	-0.1375
time_ack	if your	-0.0633
time_ack	if ~number	-0.0706
time_ack	if ~people	0.0614
time_ack	ik	0.1399
time_ack	in 10	0.0693
time_ack	in 5	0.1134
time_ack	in a	0.0615
time_ack	in at	0.0243
time_ack	in august	-0.0235
time_ack	in befor	0.0279
time_ack	in berlin	0.0231
time_ack	in between	0.3578
time_ack	in broadcast	0.0315
time_ack	in case	-0.0235
time_ack	in construct	0.0641
time_ack	in contact	-0.0233
time_ack	in data	-0.0216
time_ack	in dure	0.065
time_ack	in earli	0.0517
time_ack	in for	-0.0411
time_ack	in hospit	-0.0233
time_ack	in hous	-0.0307
time_ack	in how	0.0289
time_ack	in i	0.0257
time_ack	in is	0.0328
time_ack	in like	0.0881
time_ack	in manchest	-0.0231
time_ack	in meet	-0.042
time_ack	in mind	-0.1628
time_ack	in my	-0.0511
time_ack	in on	0.0587
time_ack	in or	-0.0204
time_ack	in product	0.0658
time_ack	in public	-0.0361
time_ack	in recruit	0.0201
time_ack	in retail	-0.0633
time_ack	in return	-0.0604
time_ack	in right	0.0551
time_ack	in singapor	0.0598
time_ack	in ten	-0.0275
time_ack	in the	-0.1181
time_ack	in these	0.0481
time_ack	in this	-0.0521
time_ack	in today	0.091
time_ack	in touch	-0.1219
time_ack	in water	0.0245
time_ack	in what	0.0567
time_ack	in your	-0.1737
time_ack	in ~clock	0.1217
time_ack	in ~closing	-0.0206
time_ack	in ~contactverb	-0.1492
time_ack	in ~help	-0.0623
time_ack	in ~number	0.0274
time_ack	in ~people	-0.0243
time_ack	in ~talk	-0.0275
time_ack	inbox	-0.026
time_ack	industri	-0.1118
time_ack	inform	-0.0585
time_ack	insight	0.0316
time_ack	instead	0.0725
time_ack	instruct	0.0664
time_ack	instruct design	0.0664
time_ack	interest	-0.0735
time_ack	intern	-0.1105
time_ack	intern at	-0.0286
time_ack	internship	-0.1267
time_ack	interrupt	-0.0315
time_ack	interview	-0.1501
time_ack	into	0.2585
time_ack	into conserv	0.0234
time_ack	into instruct	0.0379
time_ack	into risk	0.0298
time_ack	into sport	0.066
time_ack	into your	0.2614
time_ack	into ~number	-0.0404
time_ack	intro to	0.0534
time_ack	introduc me	0.0564
time_ack	introduc you	-0.0291
time_ack	invit i	0.0273
time_ack	involv	-0.0273
time_ack	is	0.0388
time_ack	is a	-0.1102
time_ack	is all	0.094
time_ack	is almost	0.0934
time_ack	is alreadi	0.1412
time_ack	is alright	0.0245
time_ack	is ani	0.0221
time_ack	is anyth	0.0324
time_ack	is close	0.0451
time_ack	is ever	-0.0352
time_ack	is everyth	0.0803
time_ack	is fine	0.055
time_ack	is for	-0.0463
time_ack	is go	-0.0345
time_ack	is here	-0.0664
time_ack	is it	-0.1251
time_ack	is just	0.0518
time_ack	is late	0.1289
time_ack	is like	-0.0355
time_ack	is me	-0.0368
time_ack	is meet	-0.0209
time_ack	is my	-0.0632
time_ack	is near	0.2031
time_ack	is not	-0.157
time_ack	is now	0.2408
time_ack	is one	0.0672
time_ack	is pack	0.0202
time_ack	is so	-0.0335
time_ack	is someth	-0.0303
time_ack	is spent	-0.0417
time_ack	is start	0.0815
time_ack	is super	0.0277
time_ack	is that	0.1369
time_ack	is the	-0.0714
time_ack	is there	0.1161
time_ack	is this	0.0877
time_ack	is time	-0.0203
time_ack	is to	-0.0298
time_ack	is use	-0.0252
time_ack	is with	0.0518
time_ack	is your	-0.0724
time_ack	is ~clock	0.1074
time_ack	is ~help	-0.0218
time_ack	is ~limit	-0.0239
time_ack	is ~number	-0.0667
time_ack	is ~people	0.056
time_ack	is ~talk	-0.0237
time_ack	is ~want	-0.0285
time_ack	is ~workverb	-0.0611
time_ack	it	-0.0218
time_ack	it all	-0.0468
time_ack	it alreadi	0.0428
time_ack	it be	0.0242
time_ack	it for	-0.0361
time_ack	it from	-0.0219
time_ack	it hard	-0.0259
time_ack	it if	-0.0263
time_ack	it is	0.3467
time_ack	it late	0.0651
time_ack	it look	0.0264
time_ack	it most	-0.0687
time_ack	it ok	-0.0287
time_ack	it short	0.0656
time_ack	it still	0.1203
time_ack	it thank	-0.0241
time_ack	it to	0.034
time_ack	it true	-0.0253
time_ack	it was	-0.0534
time_ack	it went	-0.0304
time_ack	it would	-0.0369
time_ack	it you	0.0798
time_ack	it ~number	-0.0329
time_ack	it ~want	-0.0919
time_ack	job	-0.2713
time_ack	job hunt	-0.0203
time_ack	job in	-0.0316
time_ack	job more	0.0205
time_ack	job or	-0.0295
time_ack	job right	0.0661
time_ack	joke	-0.0262
time_ack	journal	0.0663
time_ack	jump	0.3264
time_ack	jump at	0.0327
time_ack	jump off	0.0609
time_ack	jump right	0.025
time_ack	jump straight	0.0596
time_ack	jump to	0.1253
time_ack	june	-0.0268
time_ack	junior	-0.0482
time_ack	junior data	0.0542
time_ack	junior spot	0.027
time_ack	junior ~job	0.042
time_ack	just	0.2107
time_ack	just ask	0.0454
time_ack	just call	-0.0358
time_ack	just check	0.1227
time_ack	just conscious	0.0605
time_ack	just curious	-0.0279
time_ack	just look	0.0282
time_ack	just one	0.0912
time_ack	just say	0.0999
time_ack	just shout	0.0765
time_ack	just so	0.0656
time_ack	just tri	0.0341
time_ack	just want	-0.1384
time_ack	just ~clock	0.0955
time_ack	just ~contactverb	-0.0208
time_ack	just ~learn	0.0272
time_ack	just ~number	0.0837
time_ack	just ~people	0.0911
time_ack	just ~sendverb	-0.024
time_ack	just ~talk	0.0331
time_ack	just ~want	-0.1238
time_ack	keen	-0.0251
time_ack	keep	0.2752
time_ack	keep an	0.0371
time_ack	keep go	0.0286
time_ack	keep in	-0.0461
time_ack	keep it	0.1345
time_ack	keep me	-0.1403
time_ack	keep my	0.026
time_ack	keep talk	0.0638
time_ack	keep this	0.2108
time_ack	keep up	-0.0215
time_ack	keep you	0.0437
time_ack	keep ~number	0.0318
time_ack	keep ~talk	0.0703
time_ack	kept	0.293
time_ack	kept you	0.3386
time_ack	kid is	0.0924
time_ack	kind	-0.0686
time_ack	kind of	-0.0516
time_ack	kitchen	-0.0349
time_ack	knew	-0.0224
time_ack	knock	-0.0285
time_ack	know	0.6277
time_ack	know a	-0.0643
time_ack	know anyon	-0.0524
time_ack	know i	0.0491
time_ack	know if	-0.0354
time_ack	know it	-0.0252
time_ack	know my	-0.0407
time_ack	know onc	-0.0205
time_ack	know the	-0.0273
time_ack	know this	0.027
time_ack	know time	0.0509
time_ack	know we	0.0712
time_ack	know what	-0.0207
time_ack	know which	-0.0229
time_ack	know you	0.4097
time_ack	know your	0.2987
time_ack	know ~limit	0.0519
time_ack	know ~number	-0.0982
time_ack	know ~people	-0.0495
time_ack	known	0.1242
time_ack	known at	0.1248
time_ack	known start	0.0228
time_ack	lab	-0.0404
time_ack	lab i	0.0311
time_ack	lab like	0.0207
time_ack	lab start	-0.0201
time_ack	land	-0.0206
time_ack	land in	-0.0216
time_ack	land your	0.0513
time_ack	landlord	-0.027
time_ack	laptop	-0.0777
time_ack	last	0.2844
time_ack	last bit	0.0815
time_ack	last one	0.0749
time_ack	last question	0.2093
time_ack	last summer	-0.0228
time_ack	last time	-0.0469
time_ack	last week	0.0254
time_ack	last year	-0.0201
time_ack	last ~clock	0.0606
time_ack	last ~duration	-0.0222
time_ack	last ~limit	-0.0505
time_ack	last ~number	0.1263
time_ack	last ~people	0.0628
time_ack	late	0.2312
time_ack	late for	0.1041
time_ack	late where	0.1346
time_ack	later	0.0324
time_ack	later if	0.0205
time_ack	later or	0.0638
time_ack	later so	0.0378
time_ack	launch	0.046
time_ack	launch next	0.0452
time_ack	law	-0.0256
time_ack	law ~org	-0.0226
time_ack	lead	-0.0444
time_ack	learn about	0.0432
time_ack	learn first	0.0519
time_ack	learn from	-0.0388
time_ack	learn how	0.1274
time_ack	learn not	-0.028
time_ack	learn what	0.0237
time_ack	learn ~number	-0.0236
time_ack	leav	0.1506
time_ack	leav at	0.2789
time_ack	leav for	0.0204
time_ack	leav in	0.0947
time_ack	leav it	-0.0208
time_ack	leav now	-0.0253
time_ack	leav teach	-0.0265
time_ack	leav the	-0.0449
time_ack	leav you	-0.0678
time_ack	leav your	-0.048
time_ack	leav ~number	-0.0501
time_ack	leav ~workverb	-0.029
time_ack	lectur	-0.0329
time_ack	lectur but	-0.0274
time_ack	lectur in	-0.0329
time_ack	lectur so	0.0725
time_ack	leed	-0.0399
time_ack	left	0.2741
time_ack	left for	0.0883
time_ack	left right	0.0303
time_ack	left so	0.0243
time_ack	less	-0.0266
time_ack	let	0.0965
time_ack	let me	0.1483
time_ack	let us	0.1404
time_ack	let you	-0.1821
time_ack	level	-0.0938
time_ack	level ~clock	-0.0279
time_ack	level ~job	-0.0261
time_ack	librari	-0.0241
time_ack	life	-0.0218
time_ack	like	-0.1534
time_ack	like 10	0.0254
time_ack	like 20	0.0578
time_ack	like a	-0.0256
time_ack	like day	-0.023
time_ack	like for	-0.0496
time_ack	like me	-0.0343
time_ack	like test	0.0215
time_ack	like to	0.0399
time_ack	like we	0.0539
time_ack	like were	0.039
time_ack	like your	0.0692
time_ack	like ~clock	-0.0397
time_ack	like ~closing	-0.0234
time_ack	like ~limit	-0.023
time_ack	like ~number	0.0219
time_ack	lindqvist	0.0521
time_ack	lindqvist thank	0.0521
time_ack	linkedin	-0.1003
time_ack	linkedin and	-0.0512
time_ack	linkedin so	-0.0257
time_ack	list and	0.0647
time_ack	listen	-0.0241
time_ack	liter	-0.0438
time_ack	littl	0.04
time_ack	littl one	-0.0243
time_ack	littl ~clock	-0.0241
time_ack	littl ~number	-0.0241
time_ack	littl ~people	-0.0241
time_ack	live	-0.0379
time_ack	lmk	-0.0206
time_ack	load	-0.0755
time_ack	load of	-0.0348
time_ack	load to	-0.0227
time_ack	local	-0.025
time_ack	log	-0.0632
time_ack	log off	-0.0512
time_ack	long	0.482
time_ack	long are	-0.0206
time_ack	long did	-0.0214
time_ack	long do	0.0929
time_ack	long enough	0.2307
time_ack	long shift	0.0332
time_ack	long ~help	0.0929
time_ack	long ~studyverb	-0.0214
time_ack	longer	0.1166
time_ack	longer than	0.1131
time_ack	longer thank	-0.0367
time_ack	look	-0.0286
time_ack	look at	0.0379
time_ack	look for	-0.049
time_ack	look like	0.0385
time_ack	lost	0.0339
time_ack	lost track	0.0558
time_ack	lot	0.0494
time_ack	lot and	-0.0214
time_ack	lot for	0.0423
time_ack	lot of	-0.0393
time_ack	love	-0.097
time_ack	love evening	0.0583
time_ack	love to	-0.0985
time_ack	love ~closing	0.0394
time_ack	lunch	0.1865
time_ack	lunch ani	0.0222
time_ack	lunch break	0.1455
time_ack	lunch ~closing	0.1455
time_ack	made	-0.0397
time_ack	made that	0.0227
time_ack	made ~number	-0.0276
time_ack	main	0.0207
time_ack	main here	0.0375
time_ack	main ~want	0.0501
time_ack	major	-0.0552
time_ack	major in	-0.0221
time_ack	make	0.3384
time_ack	make a	-0.0256
time_ack	make it	-0.0263
time_ack	make sens	-0.0492
time_ack	make sure	0.0264
time_ack	make the	0.0606
time_ack	make time	0.3646
time_ack	make you	0.0244
time_ack	make your	0.0702
time_ack	make ~insight	-0.0492
time_ack	make ~limit	0.3646
time_ack	make ~number	0.0312
time_ack	manag	-0.3111
time_ack	manag and	-0.024
time_ack	manag i	0.0209
time_ack	manag is	-0.0216
time_ack	manag just	-0.0324
time_ack	manag role	0.0492
time_ack	manag your	-0.1274
time_ack	manag ~job	0.0486
time_ack	manag ~number	-0.0215
time_ack	manag ~want	-0.0248
time_ack	manchest	-0.0266
time_ack	mani	-0.0827
time_ack	mani thank	-0.0239
time_ack	march	-0.0221
time_ack	marcus thank	0.0251
time_ack	mark	0.0758
time_ack	market you	0.0682
time_ack	master	-0.0201
time_ack	master is	0.0428
time_ack	mate	-0.0281
time_ack	materi	-0.0227
time_ack	math	-0.0234
time_ack	matter most	0.0412
time_ack	may	-0.038
time_ack	mayb	-0.0673
time_ack	mayb intro	0.0248
time_ack	mayb ~people	-0.0284
time_ack	mba	-0.0464
time_ack	me	0.5117
time_ack	me 2	-0.0401
time_ack	me a	-0.0375
time_ack	me all	0.0321
time_ack	me ask	0.037
time_ack	me befor	-0.0231
time_ack	me done	-0.0217
time_ack	me for	-0.1165
time_ack	me i	-0.0485
time_ack	me if	0.1063
time_ack	me in	0.7868
time_ack	me jump	0.1148
time_ack	me just	0.02
time_ack	me know	-0.0651
time_ack	me load	-0.0221
time_ack	me off	0.1509
time_ack	me one	-0.0336
time_ack	me prep	-0.0208
time_ack	me so	-0.0388
time_ack	me this	0.0646
time_ack	me though	0.0765
time_ack	me through	-0.0762
time_ack	me to	0.0289
time_ack	me with	-0.0239
time_ack	me your	0.023
time_ack	me ~clock	-0.0883
time_ack	me ~help	-0.0298
time_ack	me ~learn	-0.0324
time_ack	me ~number	-0.0942
time_ack	me ~people	-0.0368
time_ack	me ~talk	0.0411
time_ack	meant	0.0205
time_ack	meant to	0.026
time_ack	meet	0.3446
time_ack	meet at	0.025
time_ack	meet end	0.0388
time_ack	meet is	0.1509
time_ack	meet so	0.0361
time_ack	meet thank	0.0213
time_ack	meet versus	-0.0445
time_ack	meet vs	-0.0609
time_ack	meet what	0.0494
time_ack	meetup	-0.0242
time_ack	mental	0.0398
time_ack	mental for	0.0313
time_ack	mention	0.0428
time_ack	mention a	0.0568
time_ack	mention you	0.0674
time_ack	mention ~number	0.0497
time_ack	mentor on	-0.0214
time_ack	mentor program	0.0705
time_ack	mentor ~degree	0.0705
time_ack	merci	0.0427
time_ack	merci beaucoup	0.0338
time_ack	mess	-0.0216
time_ack	messag onc	0.0228
time_ack	messag you	0.0313
time_ack	met	-0.0205
time_ack	middl	0.0345
time_ack	middl of	0.0373
time_ack	might	-0.1647
time_ack	might be	-0.0371
time_ack	might save	-0.0349
time_ack	might ~talk	-0.0216
time_ack	million	0.0236
time_ack	million for	0.0658
time_ack	mind	0.0335
time_ack	mind for	-0.0305
time_ack	mind if	0.0463
time_ack	mind it	0.0687
time_ack	mind of	0.0378
time_ack	minut	0.5674
time_ack	minut away	-0.0277
time_ack	minut but	0.0341
time_ack	minut is	0.0534
time_ack	minut late	-0.022
time_ack	minut left	0.0973
time_ack	minut mark	0.0718
time_ack	minut or	0.0597
time_ack	minut pleas	-0.0363
time_ack	minut so	0.0422
time_ack	minut still	0.0325
time_ack	minut to	0.0363
time_ack	minut we	0.0639
time_ack	moment	0.0519
time_ack	moment you	0.0662
time_ack	money	-0.0337
time_ack	month	-0.1454
time_ack	month and	-0.0206
time_ack	more	0.3006
time_ack	more and	0.0586
time_ack	more minut	0.063
time_ack	more of	0.2317
time_ack	more or	0.0879
time_ack	more qs	0.0442
time_ack	more question	-0.0904
time_ack	more quick	0.0289
time_ack	more time	-0.0535
time_ack	more ~student	-0.0203
time_ack	more ~timeunit	0.063
time_ack	most	-0.1776
time_ack	most about	0.0563
time_ack	most for	0.0507
time_ack	most of	-0.031
time_ack	most underr	0.0203
time_ack	most want	0.0631
time_ack	most what	0.0556
time_ack	most ~people	-0.0201
time_ack	most ~want	0.0276
time_ack	move from	0.0511
time_ack	move to	-0.0349
time_ack	mr	-0.0306
time_ack	mrs	0.0755
time_ack	ms	0.0551
time_ack	ms rey	0.0211
time_ack	much	-0.3718
time_ack	much and	0.0736
time_ack	much dr	-0.0215
time_ack	much for	0.2154
time_ack	much i	-0.0745
time_ack	much longer	0.0524
time_ack	much more	0.0384
time_ack	much of	-0.2217
time_ack	much this	-0.0629
time_ack	much time	-0.0939
time_ack	much ~limit	-0.0939
time_ack	mum	-0.032
time_ack	museum	-0.0323
time_ack	must	0.0582
time_ack	must be	0.0471
time_ack	must go	-0.0493
time_ack	must i	0.087
time_ack	mute	-0.0346
time_ack	mute for	-0.0289
time_ack	my	-0.5369
time_ack	my 2pm	-0.0279
time_ack	my advisor	-0.0209
time_ack	my bus	-0.0762
time_ack	my charger	-0.0201
time_ack	my classmat	0.0223
time_ack	my daughter	-0.0949
time_ack	my dog	-0.024
time_ack	my email	0.0336
time_ack	my english	-0.0235
time_ack	my exam	-0.0263
time_ack	my friend	-0.0205
time_ack	my goal	0.027
time_ack	my interview	0.0224
time_ack	my kid	-0.0312
time_ack	my lab	-0.033
time_ack	my laptop	-0.0309
time_ack	my last	0.165
time_ack	my list	0.0391
time_ack	my littl	-0.0241
time_ack	my manag	-0.0498
time_ack	my messag	0.0247
time_ack	my mum	-0.0471
time_ack	my name	-0.0301
time_ack	my neighbour	-0.0225
time_ack	my next	-0.0232
time_ack	my note	0.0377
time_ack	my phd	0.0204
time_ack	my phone	-0.068
time_ack	my professor	0.0622
time_ack	my qs	0.0962
time_ack	my question	0.2305
time_ack	my request	-0.039
time_ack	my resum	0.0975
time_ack	my shift	-0.0505
time_ack	my son	-0.0485
time_ack	my stage	0.1018
time_ack	my team	0.0382
time_ack	my way	-0.0283
time_ack	my ~application	0.0778
time_ack	my ~clock	-0.0309
time_ack	my ~contactverb	0.0554
time_ack	my ~degree	-0.0347
time_ack	my ~gatekeeper	-0.0737
time_ack	my ~insight	0.0216
time_ack	my ~sendverb	0.0291
time_ack	my ~student	-0.054
time_ack	my ~talk	0.0754
time_ack	myself	-0.0649
time_ack	nah	0.0323
time_ack	name	-0.0684
time_ack	near	0.3016
time_ack	near 3	0.0377
time_ack	near 5	0.033
time_ack	near at	0.0399
time_ack	near five	0.0698
time_ack	near out	0.0656
time_ack	near ~clock	0.2032
time_ack	near ~number	0.1103
time_ack	need	0.3656
time_ack	need a	-0.1249
time_ack	need anyth	-0.0236
time_ack	need elsewher	0.1527
time_ack	need help	-0.0409
time_ack	need i	-0.0345
time_ack	need me	-0.0467
time_ack	need so	-0.0319
time_ack	need someon	-0.0304
time_ack	need to	0.588
time_ack	need volunt	0.0597
time_ack	need you	0.0853
time_ack	need ~help	-0.0409
time_ack	need ~number	-0.1549
time_ack	need ~people	-0.0409
time_ack	neighbour	-0.0322
time_ack	nervous	-0.0342
time_ack	network	-0.1249
time_ack	never	-0.0971
time_ack	never call	-0.0208
time_ack	new	-0.1214
time_ack	new grad	-0.0355
time_ack	newslett	-0.035
time_ack	next	0.3664
time_ack	next appoint	0.1121
time_ack	next call	0.1892
time_ack	next meet	0.2144
time_ack	next month	-0.0368
time_ack	next step	-0.0226
time_ack	next thing	0.0645
time_ack	next time	-0.0255
time_ack	next week	0.0709
time_ack	next ~closing	0.061
time_ack	next ~contactverb	0.1892
time_ack	next ~limit	-0.0272
time_ack	next ~number	-0.0246
time_ack	next ~talk	0.4027
time_ack	nice	-0.0619
time_ack	nice to	-0.026
time_ack	nice ~closing	-0.0231
time_ack	night shift	0.0622
time_ack	no	0.0247
time_ack	no i	0.0582
time_ack	no more	-0.0361
time_ack	no pay	-0.0211
time_ack	no pressur	-0.0274
time_ack	no problem	-0.0245
time_ack	no worri	0.1291
time_ack	nonprofit	-0.0324
time_ack	noon	0.1627
time_ack	noon so	0.0793
time_ack	normal	-0.0534
time_ack	normal day	-0.0279
time_ack	normal week	0.02
time_ack	normal ~limit	-0.0279
time_ack	not	0.0815
time_ack	not after	-0.0229
time_ack	not get	0.0263
time_ack	not go	0.0295
time_ack	not have	-0.0419
time_ack	not here	-0.0503
time_ack	not hire	-0.0619
time_ack	not hold	-0.0246
time_ack	not keep	-0.0693
time_ack	not let	0.0812
time_ack	not look	0.0318
time_ack	not mind	-0.0321
time_ack	not need	-0.033
time_ack	not realiz	0.0224
time_ack	not realli	-0.0575
time_ack	not stop	0.0437
time_ack	not sure	-0.0272
time_ack	not take	0.1596
time_ack	not think	0.0281
time_ack	not want	0.3666
time_ack	not what	-0.0237
time_ack	not ~gatekeeper	-0.0625
time_ack	not ~hiring	-0.0701
time_ack	not ~insight	0.1596
time_ack	not ~number	-0.0215
time_ack	not ~want	0.2936
time_ack	note	-0.132
time_ack	note and	0.0386
time_ack	note tonight	-0.0512
time_ack	noth	-0.0501
time_ack	notic	0.0466
time_ack	now	0.0387
time_ack	now but	-0.0706
time_ack	now do	-0.0369
time_ack	now i	-0.063
time_ack	now just	0.0673
time_ack	now look	0.041
time_ack	now my	-0.0518
time_ack	now still	0.1772
time_ack	now than	0.0202
time_ack	now thank	0.0472
time_ack	now ~studyverb	-0.0519
time_ack	now ~want	0.1354
time_ack	nurs	-0.0608
time_ack	nurs actual	0.0215
time_ack	nurs is	0.0381
time_ack	nurseri	-0.0352
time_ack	oclock	0.1389
time_ack	of	-0.056
time_ack	of a	0.1019
time_ack	of be	0.0448
time_ack	of cours	0.0537
time_ack	of it	0.0651
time_ack	of me	0.0249
time_ack	of more	-0.0317
time_ack	of my	0.0452
time_ack	of our	-0.0243
time_ack	of the	0.093
time_ack	of these	-0.0443
time_ack	of thing	0.0217
time_ack	of this	-0.0627
time_ack	of time	0.1842
time_ack	of what	-0.0284
time_ack	of year	-0.0324
time_ack	of you	0.0296
time_ack	of your	0.0587
time_ack	of ~degree	0.0477
time_ack	of ~limit	0.1818
time_ack	of ~number	0.1857
time_ack	of ~people	-0.0367
time_ack	of ~workverb	-0.0227
time_ack	off	0.2997
time_ack	off after	0.0464
time_ack	off at	0.0794
time_ack	off but	0.0328
time_ack	off for	-0.0362
time_ack	off here	0.034
time_ack	off i	-0.0339
time_ack	off if	0.1013
time_ack	off in	0.0309
time_ack	off now	-0.0635
time_ack	off to	0.0526
time_ack	off whenev	0.0385
time_ack	off you	0.0722
time_ack	off ~want	0.0971
time_ack	offer	-0.0273
time_ack	often	-0.0374
time_ack	oh	0.1908
time_ack	oh gosh	0.0321
time_ack	oh is	0.0221
time_ack	oh wow	0.1083
time_ack	ok	0.2411
time_ack	ok cool	-0.0202
time_ack	ok for	0.1215
time_ack	ok go	0.1116
time_ack	ok last	-0.027
time_ack	ok so	-0.0645
time_ack	ok that	-0.0232
time_ack	ok to	0.1253
time_ack	ok we	0.0326
time_ack	okafor	-0.0392
time_ack	old ~org	0.0727
time_ack	omg	0.0396
time_ack	on	-0.2036
time_ack	on a	0.1594
time_ack	on anoth	0.0575
time_ack	on call	-0.0658
time_ack	on career	0.0238
time_ack	on friday	-0.0276
time_ack	on how	-0.0534
time_ack	on i	0.0411
time_ack	on linkedin	-0.0786
time_ack	on me	0.1384
time_ack	on meet	-0.0224
time_ack	on my	-0.035
time_ack	on the	0.0238
time_ack	on thursday	0.0227
time_ack	on time	0.1656
time_ack	on to	0.046
time_ack	on top	-0.0282
time_ack	on with	-0.1715
time_ack	on your	0.1096
time_ack	on ~clock	-0.026
time_ack	on ~contactverb	-0.0666
time_ack	on ~limit	0.1656
time_ack	on ~number	0.1867
time_ack	on ~org	-0.027
time_ack	on ~talk	-0.0674
time_ack	onboard	-0.0326
time_ack	onc	-0.1926
time_ack	onc i	-0.079
time_ack	onc we	-0.0287
time_ack	one	0.1182
time_ack	one befor	0.0377
time_ack	one day	-0.0673
time_ack	one final	0.0642
time_ack	one from	0.0562
time_ack	one how	0.0214
time_ack	one i	-0.0331
time_ack	one minut	-0.0505
time_ack	one moment	-0.0237
time_ack	one more	0.2453
time_ack	one of	-0.0589
time_ack	one or	0.0401
time_ack	one quick	0.0803
time_ack	one sec	-0.0387
time_ack	one skill	0.0479
time_ack	one thing	0.0263
time_ack	one what	0.0262
time_ack	one ~closing	-0.0935
time_ack	one ~limit	-0.0855
time_ack	one ~timeunit	-0.0505
time_ack	onli	0.128
time_ack	onli got	0.0608
time_ack	onli have	0.0792
time_ack	onli tri	0.0262
time_ack	onli ~want	0.0289
time_ack	onlin	-0.0307
time_ack	onto	-0.0245
time_ack	oop	-0.0347
time_ack	op	0.0208
time_ack	open	-0.2143
time_ack	open about	-0.0209
time_ack	open day	-0.0251
time_ack	open for	-0.0205
time_ack	open on	0.0364
time_ack	open to	-0.0452
time_ack	open up	-0.0909
time_ack	open ~closing	-0.026
time_ack	open ~limit	-0.0249
time_ack	or	0.0248
time_ack	or a	-0.0276
time_ack	or anyth	-0.0763
time_ack	or are	0.0209
time_ack	or associ	0.0318
time_ack	or did	-0.0432
time_ack	or do	0.0809
time_ack	or has	0.0435
time_ack	or is	-0.0537
time_ack	or nah	0.0323
time_ack	or shall	0.0976
time_ack	or should	0.0702
time_ack	or was	0.1088
time_ack	or would	0.2005
time_ack	or ~clock	-0.0204
time_ack	or ~help	0.0795
time_ack	or ~number	-0.0564
time_ack	or ~studyverb	-0.0435
time_ack	or ~want	0.1904
time_ack	org you	0.0248
time_ack	organiz	-0.0381
time_ack	osei	0.0215
time_ack	our ~number	0.0672
time_ack	out	-0.0582
time_ack	out for	-0.0369
time_ack	out i	-0.0431
time_ack	out if	-0.0573
time_ack	out of	0.151
time_ack	out so	0.0359
time_ack	out the	-0.0242
time_ack	out time	0.0307
time_ack	out to	-0.0836
time_ack	out whether	-0.0247
time_ack	out ~limit	0.0307
time_ack	outreach	-0.0285
time_ack	outsid	-0.045
time_ack	outsid of	-0.0211
time_ack	over	0.5422
time_ack	over i	0.1148
time_ack	over sorri	0.0282
time_ack	over thank	0.1082
time_ack	over the	-0.0475
time_ack	over time	0.0385
time_ack	over to	0.0257
time_ack	over your	0.0242
time_ack	over ~limit	0.0393
time_ack	over ~number	-0.0692
time_ack	overrun	0.0881
time_ack	overstay	0.0482
time_ack	overtim	0.0598
time_ack	overtim in	0.0498
time_ack	own	-0.0784
time_ack	own research	-0.0222
time_ack	own ~learn	-0.0229
time_ack	pace	0.0924
time_ack	pace my	0.093
time_ack	pack	0.1239
time_ack	pack your	0.0595
time_ack	page	-0.0361
time_ack	paid	-0.039
time_ack	panel	-0.0203
time_ack	paraleg	-0.0282
time_ack	part	-0.1807
time_ack	part of	0.0779
time_ack	part time	-0.182
time_ack	part ~limit	-0.182
time_ack	pass	0.031
time_ack	pass along	0.0589
time_ack	past	0.4654
time_ack	past sorri	0.1043
time_ack	past the	0.0444
time_ack	past what	0.0274
time_ack	past your	0.027
time_ack	past ~number	0.0458
time_ack	patent law	0.0326
time_ack	path	-0.0495
time_ack	patienc	-0.0477
time_ack	patienc with	-0.0506
time_ack	patient i	0.0429
time_ack	paus	-0.0438
time_ack	paus for	-0.0406
time_ack	pay need	-0.0208
time_ack	pay progress	0.0235
time_ack	peopl	-0.3016
time_ack	peopl in	-0.0705
time_ack	peopl say	-0.0229
time_ack	peopl who	-0.0263
time_ack	peopl ~people	-0.0263
time_ack	perfect	-0.0443
time_ack	person	-0.0452
time_ack	person i	-0.027
time_ack	person so	0.027
time_ack	perspect	-0.0609
time_ack	perspect on	-0.0208
time_ack	pester	-0.0249
time_ack	pester you	-0.0242
time_ack	phd is	0.0223
time_ack	phone	-0.0549
time_ack	phone is	-0.0203
time_ack	photo	-0.0248
time_ack	pick	0.0441
time_ack	pick a	-0.0225
time_ack	pick the	0.0642
time_ack	pick up	0.0835
time_ack	pick your	-0.0554
time_ack	pick ~number	0.0416
time_ack	pictur	-0.0291
time_ack	pictur of	-0.0218
time_ack	pilot	-0.0214
time_ack	ping me	-0.0334
time_ack	ping you	0.0242
time_ack	pitch	-0.0306
time_ack	place	-0.0289
time_ack	placement	0.0303
time_ack	placement with	0.0582
time_ack	plate	-0.0221
time_ack	play	-0.0203
time_ack	pleas	-0.1463
time_ack	pleas keep	-0.0703
time_ack	pleas let	-0.0233
time_ack	pleas tell	0.0573
time_ack	plenti	0.0652
time_ack	plenti of	0.0464
time_ack	plug	0.1194
time_ack	plumber	-0.0372
time_ack	podcast	-0.0765
time_ack	point	-0.0766
time_ack	point me	-0.0305
time_ack	pop	0.1302
time_ack	portfolio	-0.0741
time_ack	portfolio review	-0.0304
time_ack	posit	-0.039
time_ack	posit i	-0.0307
time_ack	posit in	0.0261
time_ack	possibl	-0.0377
time_ack	possibl to	-0.0229
time_ack	post	-0.1812
time_ack	post on	-0.088
time_ack	practic	-0.0328
time_ack	practis	-0.0207
time_ack	precious	0.0615
time_ack	prefer	0.0653
time_ack	prefer to	0.0855
time_ack	prep	-0.0388
time_ack	prepar	-0.038
time_ack	present	-0.0289
time_ack	pressur	-0.0394
time_ack	pretti	-0.0492
time_ack	price	0.0394
time_ack	priya	0.0764
time_ack	priya thank	0.0652
time_ack	probabl	-0.0388
time_ack	probabl let	-0.0342
time_ack	process	-0.0479
time_ack	product	-0.0368
time_ack	product manag	-0.0426
time_ack	product market	0.0672
time_ack	profession	-0.0396
time_ack	profession associ	-0.0253
time_ack	professor	0.1422
time_ack	professor just	0.0748
time_ack	professor ~want	0.0748
time_ack	program	-0.0603
time_ack	program if	0.0802
time_ack	progress like	0.025
time_ack	project	-0.2016
time_ack	project go	-0.0261
time_ack	project manag	0.0794
time_ack	project with	-0.0257
time_ack	project you	-0.0216
time_ack	promis	0.1628
time_ack	promis i	0.0822
time_ack	proofread	-0.0278
time_ack	proper	-0.1158
time_ack	proper thank	-0.0561
time_ack	public	-0.0529
time_ack	public health	-0.0219
time_ack	publish	-0.0233
time_ack	pull	0.1026
time_ack	pull the	0.1295
time_ack	pull ~number	0.1295
time_ack	pure	-0.0232
time_ack	pursu	0.0481
time_ack	put	-0.1318
time_ack	put me	-0.0519
time_ack	python	-0.0338
time_ack	q	0.0742
time_ack	q befor	0.0766
time_ack	qs	0.1467
time_ack	quarter	0.0964
time_ack	quarter past	0.0985
time_ack	queri	0.0563
time_ack	queri or	0.0563
time_ack	question	0.4402
time_ack	question about	0.0377
time_ack	question actual	-0.0278
time_ack	question and	0.0959
time_ack	question befor	0.0427
time_ack	question by	0.0703
time_ack	question come	-0.0249
time_ack	question for	0.0361
time_ack	question from	-0.0358
time_ack	question i	0.1212
time_ack	question later	-0.0471
time_ack	question or	0.0685
time_ack	question we	0.0413
time_ack	question what	0.03
time_ack	question ~later	-0.0532
time_ack	quick	0.3882
time_ack	quick background	-0.0219
time_ack	quick how	0.0247
time_ack	quick is	0.0802
time_ack	quick note	-0.021
time_ack	quick one	0.0815
time_ack	quick q	0.0837
time_ack	quick question	0.0509
time_ack	quick thing	0.0421
time_ack	quick ~clock	0.0815
time_ack	quick ~number	0.0831
time_ack	quick ~people	0.0837
time_ack	quit	-0.0392
time_ack	rambl	0.0451
time_ack	ran	0.0817
time_ack	ran over	0.086
time_ack	rather	0.0891
time_ack	rather i	0.0554
time_ack	reach	-0.1126
time_ack	reach out	-0.0862
time_ack	read	-0.1368
time_ack	read list	-0.0262
time_ack	readi	-0.0231
time_ack	real	-0.0429
time_ack	realist	-0.0214
time_ack	realiz	0.4465
time_ack	realiz i	0.1052
time_ack	realiz it	0.1502
time_ack	realiz the	0.0269
time_ack	realiz we	0.0559
time_ack	realiz you	0.0482
time_ack	realiz your	0.0577
time_ack	realiz ~number	0.0269
time_ack	realli	-0.1591
time_ack	realli all	0.0249
time_ack	realli appreci	0.099
time_ack	realli busi	0.0212
time_ack	realli generous	0.0318
time_ack	realli have	-0.0384
time_ack	realli help	-0.0791
time_ack	realli just	-0.0372
time_ack	realli kind	0.0574
time_ack	realli like	0.0831
time_ack	realli thank	0.0414
time_ack	realli use	-0.0286
time_ack	realli what	-0.031
time_ack	realli ~help	-0.0467
time_ack	reason	-0.0319
time_ack	reason i	-0.0208
time_ack	reassur	-0.0258
time_ack	recent graduat	0.0223
time_ack	recent ~student	0.0223
time_ack	recommend for	-0.033
time_ack	recommend i	0.0519
time_ack	recruit	-0.0293
time_ack	recruit at	-0.021
time_ack	recruit but	-0.0232
time_ack	recruit for	0.051
time_ack	refer	-0.0563
time_ack	refer me	-0.0284
time_ack	referr	-0.0941
time_ack	referr actual	0.0202
time_ack	referr or	-0.0434
time_ack	regulatori	0.0467
time_ack	regulatori affair	0.0348
time_ack	remain	0.0779
time_ack	remot	-0.0284
time_ack	repli to	-0.0257
time_ack	report	-0.0687
time_ack	report back	-0.0353
time_ack	request	-0.0248
time_ack	request and	0.0454
time_ack	reschedul	0.0243
time_ack	rescu	0.0443
time_ack	research	-0.1976
time_ack	respect	0.0394
time_ack	respond	0.0215
time_ack	respond to	0.0224
time_ack	rest	0.0534
time_ack	rest of	-0.0753
time_ack	result	-0.0245
time_ack	resum	0.0827
time_ack	resum for	0.0242
time_ack	resum later	0.0211
time_ack	resum to	0.0472
time_ack	resum ~later	0.0211
time_ack	retail	-0.0748
time_ack	retrain	-0.0391
time_ack	return	-0.0396
time_ack	return the	0.037
time_ack	return ~number	0.037
time_ack	review	-0.069
time_ack	rey	0.0302
time_ack	right	0.312
time_ack	right at	0.0318
time_ack	right back	-0.0389
time_ack	right i	-0.0339
time_ack	right in	0.0278
time_ack	right on	0.0977
time_ack	right to	0.0557
time_ack	right ~want	0.0499
time_ack	ring	-0.0231
time_ack	risk or	0.0301
time_ack	role	-0.103
time_ack	role in	0.0519
time_ack	room	0.092
time_ack	room for	0.0632
time_ack	rope	-0.0207
time_ack	rotat	-0.0239
time_ack	rough	-0.0494
time_ack	round	0.0468
time_ack	rout	0.0402
time_ack	run	0.3489
time_ack	run a	-0.0227
time_ack	run at	0.0454
time_ack	run but	-0.0309
time_ack	run i	-0.0351
time_ack	run in	0.0765
time_ack	run into	0.062
time_ack	run is	0.0659
time_ack	run long	0.0529
time_ack	run over	0.2169
time_ack	run the	-0.0252
time_ack	run to	-0.1116
time_ack	run ~number	-0.0479
time_ack	rush	0.2361
time_ack	rush off	0.1224
time_ack	rush this	0.0861
time_ack	rutger	0.028
time_ack	rutger and	0.0433
time_ack	safe	0.0513
time_ack	safe travel	0.0527
time_ack	said	0.0654
time_ack	said i	0.0543
time_ack	said ~number	0.0202
time_ack	sale	-0.0231
time_ack	sam	-0.0262
time_ack	same	-0.0619
time_ack	same week	-0.0357
time_ack	same ~closing	-0.0366
time_ack	saturday	0.1594
time_ack	saturday for	0.1626
time_ack	save	0.0756
time_ack	save the	0.1138
time_ack	save your	-0.0349
time_ack	save ~number	0.1169
time_ack	saw	0.0409
time_ack	saw you	0.0633
time_ack	say	0.0258
time_ack	say goodby	0.0288
time_ack	say no	-0.0238
time_ack	say thank	-0.0257
time_ack	say the	0.1193
time_ack	say upfront	0.0399
time_ack	say yes	-0.0294
time_ack	say you	0.1118
time_ack	say ~number	0.1113
time_ack	scheme	-0.0347
time_ack	school	-0.1598
time_ack	school pickup	0.0204
time_ack	scienc	-0.0332
time_ack	scientist	0.0296
time_ack	scope	0.0529
time_ack	scope for	0.0573
time_ack	script	-0.0283
time_ack	sec	-0.1415
time_ack	second	0.0859
time_ack	second convers	0.0515
time_ack	second year	0.0239
time_ack	second ~duration	0.0239
time_ack	sector	-0.0287
time_ack	see	0.2407
time_ack	see if	-0.0208
time_ack	see the	0.1791
time_ack	see we	0.0486
time_ack	see what	-0.0387
time_ack	see you	0.1144
time_ack	see ~number	0.1779
time_ack	seek	0.0244
time_ack	seminar at	0.0224
time_ack	send	-0.0416
time_ack	send a	0.0254
time_ack	send my	0.0745
time_ack	send over	-0.0584
time_ack	send that	0.0302
time_ack	send the	0.0231
time_ack	send them	0.056
time_ack	send you	-0.158
time_ack	send ~number	0.0475
time_ack	senior	-0.0237
time_ack	sens	-0.0573
time_ack	sens now	-0.0202
time_ack	sent	-0.0367
time_ack	serious	-0.0553
time_ack	serious if	-0.0219
time_ack	servic	-0.034
time_ack	set	-0.0499
time_ack	shadow	-0.0726
time_ack	shadow day	-0.0203
time_ack	shadow you	-0.047
time_ack	shadow ~closing	-0.0203
time_ack	shadow ~limit	-0.0203
time_ack	shall	0.1338
time_ack	shall we	0.157
time_ack	shape	-0.023
time_ack	share	-0.0968
time_ack	share ~number	-0.0213
time_ack	sharp	0.0661
time_ack	she	-0.051
time_ack	shift	0.0572
time_ack	shift as	0.044
time_ack	shift look	0.0245
time_ack	shift start	-0.0613
time_ack	shift usual	-0.0201
time_ack	short	0.203
time_ack	short call	0.0771
time_ack	short note	-0.0239
time_ack	short notic	0.0482
time_ack	short sinc	0.0614
time_ack	short ~contactverb	0.0699
time_ack	short ~talk	0.0695
time_ack	short ~want	0.0329
time_ack	shot	-0.0243
time_ack	should	0.0293
time_ack	should chat	0.0219
time_ack	should i	0.0483
time_ack	should probabl	-0.0415
time_ack	should talk	-0.054
time_ack	should we	0.1287
time_ack	should ~talk	-0.03
time_ack	shout	0.056
time_ack	shout if	0.0211
time_ack	shud	0.0538
time_ack	shud i	0.057
time_ack	side	-0.0418
time_ack	side project	-0.0615
time_ack	side was	0.0209
time_ack	side you	0.0287
time_ack	sign	-0.0286
time_ack	sinc	0.2222
time_ack	sinc we	0.0968
time_ack	sinc you	0.1887
time_ack	sinc your	0.0281
time_ack	singapor	0.056
time_ack	site	-0.036
time_ack	six	-0.0513
time_ack	six ~duration	-0.0231
time_ack	skill	0.0414
time_ack	skill in	0.0221
time_ack	skill matter	0.0475
time_ack	skill you	0.0467
time_ack	skip	0.0801
time_ack	skip ahead	0.0203
time_ack	skip to	0.0332
time_ack	slam	0.069
time_ack	slam this	0.0275
time_ack	slot	0.1287
time_ack	slot for	0.0447
time_ack	small	-0.0622
time_ack	small like	0.0209
time_ack	so	0.4702
time_ack	so candid	-0.0321
time_ack	so clear	-0.0241
time_ack	so could	0.0391
time_ack	so generous	0.0891
time_ack	so help	0.0372
time_ack	so honest	-0.0429
time_ack	so how	-0.0207
time_ack	so i	0.3573
time_ack	so if	-0.0664
time_ack	so is	0.0207
time_ack	so just	0.1064
time_ack	so last	0.1363
time_ack	so let	0.2087
time_ack	so long	0.1676
time_ack	so much	-0.1195
time_ack	so one	0.023
time_ack	so open	-0.0302
time_ack	so quick	0.0528
time_ack	so sorri	-0.0375
time_ack	so thank	0.0498
time_ack	so the	-0.0323
time_ack	so this	-0.0478
time_ack	so use	-0.0206
time_ack	so we	-0.0302
time_ack	so you	-0.0578
time_ack	so ~clock	0.023
time_ack	so ~help	-0.0339
time_ack	so ~number	-0.0245
time_ack	so ~want	0.0814
time_ack	social	0.0312
time_ack	social worker	0.0458
time_ack	social ~student	0.0458
time_ack	some	-0.1258
time_ack	some context	0.0451
time_ack	some of	-0.0229
time_ack	some other	0.0513
time_ack	some time	-0.0524
time_ack	some ~insight	-0.0266
time_ack	some ~limit	-0.0514
time_ack	someon	-0.2365
time_ack	someon at	-0.0321
time_ack	someon els	0.0204
time_ack	someon like	-0.0205
time_ack	someon to	-0.0349
time_ack	someon who	-0.036
time_ack	someon ~people	-0.036
time_ack	someth	-0.0658
time_ack	someth come	0.0633
time_ack	someth els	0.0837
time_ack	someth i	-0.0403
time_ack	someth open	-0.0227
time_ack	someth you	-0.0301
time_ack	sometim	-0.0582
time_ack	son	-0.035
time_ack	son need	-0.0337
time_ack	soon	0.2207
time_ack	soon so	0.0225
time_ack	sorri	0.4423
time_ack	sorri can	-0.0231
time_ack	sorri doorbel	-0.0207
time_ack	sorri for	0.1376
time_ack	sorri i	0.3359
time_ack	sorri if	-0.0324
time_ack	sorri is	0.0251
time_ack	sorri my	-0.1409
time_ack	sorri the	-0.0419
time_ack	sorri to	-0.0725
time_ack	sorri we	0.1566
time_ack	sorri you	0.0314
time_ack	sorri ~number	-0.0283
time_ack	sort of	0.0281
time_ack	sound	-0.0609
time_ack	space	0.048
time_ack	space for	0.0528
time_ack	spanish	-0.0307
time_ack	spare	0.0675
time_ack	speak	-0.076
time_ack	speak to	-0.0222
time_ack	speak with	-0.0269
time_ack	speaker	-0.0228
time_ack	spend	-0.1189
time_ack	spend most	-0.0241
time_ack	spend on	-0.034
time_ack	spent	-0.0415
time_ack	spent 8	0.0347
time_ack	spent a	0.034
time_ack	spent in	-0.0272
time_ack	split	-0.0372
time_ack	spoken to	0.0282
time_ack	sport	0.0568
time_ack	sport journal	0.0663
time_ack	spot open	0.026
time_ack	spreadsheet	-0.0494
time_ack	spring	-0.0474
time_ack	sql	-0.0244
time_ack	squeez	0.5531
time_ack	squeez in	0.031
time_ack	squeez me	0.4652
time_ack	squeez this	0.0607
time_ack	sri	0.0708
time_ack	sri for	0.0889
time_ack	staf	-0.0306
time_ack	staff	-0.0293
time_ack	stage	0.0922
time_ack	stakehold	-0.0337
time_ack	standup	0.0269
time_ack	start	-0.1082
time_ack	start at	-0.0393
time_ack	start so	0.0832
time_ack	start with	0.0348
time_ack	startup	0.0464
time_ack	startup ~want	0.0792
time_ack	state	-0.0278
time_ack	stay	0.0625
time_ack	stay in	-0.0741
time_ack	stay late	0.0561
time_ack	stay on	0.1192
time_ack	step	-0.0722
time_ack	step away	-0.026
time_ack	stick	0.0447
time_ack	stick to	0.0452
time_ack	still	0.5303
time_ack	still a	0.1705
time_ack	still good	0.0884
time_ack	still got	0.0278
time_ack	still have	0.1104
time_ack	still ok	0.1983
time_ack	still ~number	0.1815
time_ack	stop	0.6248
time_ack	stop at	0.2552
time_ack	stop bug	-0.0228
time_ack	stop here	0.0938
time_ack	stop hog	0.046
time_ack	stop me	0.0729
time_ack	stop pester	-0.0242
time_ack	stop take	0.0338
time_ack	stop there	-0.0221
time_ack	stop ~hiring	0.0338
time_ack	stop ~studyverb	0.0338
time_ack	stop ~want	0.0938
time_ack	stori	-0.0208
time_ack	straight in	0.0428
time_ack	stuck	-0.0244
time_ack	student	0.0249
time_ack	student at	0.0233
time_ack	studi	-0.0936
time_ack	studi econom	0.0309
time_ack	studi for	-0.022
time_ack	studio	-0.0433
time_ack	stuff	-0.07
time_ack	submit	0.024
time_ack	such	0.0599
time_ack	such a	0.035
time_ack	such short	0.0325
time_ack	such ~number	0.0346
time_ack	suggest	-0.0785
time_ack	suggest i	-0.0316
time_ack	suit	0.1721
time_ack	suit me	-0.0345
time_ack	suit you	0.0863
time_ack	summari	-0.02
time_ack	summer	-0.1304
time_ack	summer ~job	-0.0346
time_ack	super	0.0548
time_ack	super busi	0.0794
time_ack	super use	-0.025
time_ack	super ~help	-0.025
time_ack	supplier	-0.021
time_ack	sure	-0.0321
time_ack	sure i	0.0351
time_ack	sure to	-0.0364
time_ack	surgeri	0.0229
time_ack	surpris	0.0473
time_ack	surpris you	0.0475
time_ack	survey	-0.0512
time_ack	survey data	-0.021
time_ack	survey with	0.023
time_ack	sustain	-0.0228
time_ack	switch	-0.0253
time_ack	switch off	0.0472
time_ack	switch to	-0.0365
time_ack	take	0.3514
time_ack	take a	0.0268
time_ack	take it	-0.0229
time_ack	take more	0.0721
time_ack	take much	0.0386
time_ack	take on	-0.0297
time_ack	take some	-0.0253
time_ack	take the	0.1451
time_ack	take too	0.0297
time_ack	take up	0.1706
time_ack	take ~number	0.18
time_ack	taken	0.2718
time_ack	taken enough	0.095
time_ack	taken up	0.1089
time_ack	talk	0.0335
time_ack	talk about	-0.0301
time_ack	talk through	0.0287
time_ack	talk with	-0.0309
time_ack	talk ~later	-0.025
time_ack	taught	-0.0327
time_ack	teach into	-0.0243
time_ack	teacher	-0.0279
time_ack	team	-0.0454
time_ack	team decid	0.0462
time_ack	team ever	-0.0459
time_ack	team hire	-0.0234
time_ack	team i	0.096
time_ack	team is	-0.0235
time_ack	team pleas	-0.0381
time_ack	team some	-0.028
time_ack	team this	0.0269
time_ack	team ~gatekeeper	-0.0248
time_ack	team ~hiring	-0.0245
time_ack	team ~want	-0.0225
time_ack	tech	-0.028
time_ack	technic	-0.0224
time_ack	tell	0.0942
time_ack	tell me	0.0294
time_ack	tell you	0.0988
time_ack	ten ~limit	0.0264
time_ack	ten ~timeunit	0.0264
time_ack	test	-0.0712
time_ack	test your	-0.0356
time_ack	tester	-0.0299
time_ack	text	-0.0258
time_ack	than	0.1083
time_ack	than ani	0.0228
time_ack	than i	0.0624
time_ack	than we	0.0352
time_ack	than when	0.0202
time_ack	thank	0.5389
time_ack	thank again	0.0463
time_ack	thank ever	0.0746
time_ack	thank for	0.5388
time_ack	thank heap	0.0389
time_ack	thank i	-0.0258
time_ack	thank so	0.0463
time_ack	thank that	-0.0243
time_ack	thank to	-0.0433
time_ack	thank you	0.0472
time_ack	thank ~later	0.0463
time_ack	that	-0.3784
time_ack	that answer	-0.0335
time_ack	that articl	0.0296
time_ack	that cover	-0.0687
time_ack	that i	-0.0585
time_ack	that is	-0.1135
time_ack	that jump	0.0216
time_ack	that make	-0.0283
time_ack	that ok	0.0259
time_ack	that right	0.0351
time_ack	that sort	0.0296
time_ack	that sound	-0.0245
time_ack	that still	0.0439
time_ack	that the	0.1487
time_ack	that was	0.0378
time_ack	that we	0.0333
time_ack	that work	0.0385
time_ack	that your	0.0738
time_ack	that ~learn	0.039
time_ack	that ~number	0.1427
time_ack	that ~org	-0.0205
time_ack	that ~student	-0.0235
time_ack	that ~workverb	0.0375
time_ack	the	-0.3088
time_ack	the 20	0.0491
time_ack	the 25	0.0524
time_ack	the 30	0.0504
time_ack	the advic	-0.0587
time_ack	the analyst	0.0297
time_ack	the applic	-0.0302
time_ack	the armi	0.0668
time_ack	the articl	0.038
time_ack	the audit	0.0395
time_ack	the babi	-0.0415
time_ack	the berlin	0.038
time_ack	the biggest	0.0916
time_ack	the book	-0.0282
time_ack	the bootcamp	-0.0321
time_ack	the call	-0.0333
time_ack	the certif	0.0534
time_ack	the chat	-0.056
time_ack	the classroom	0.0543
time_ack	the clock	0.3508
time_ack	the data	0.0391
time_ack	the day	-0.0835
time_ack	the daycar	-0.0217
time_ack	the door	-0.0711
time_ack	the downsid	-0.024
time_ack	the favor	0.0457
time_ack	the fellowship	-0.021
time_ack	the field	0.1102
time_ack	the first	-0.0231
time_ack	the floor	0.0227
time_ack	the free	0.0366
time_ack	the googl	-0.0201
time_ack	the half	0.1106
time_ack	the honesti	0.0411
time_ack	the hour	0.0646
time_ack	the industri	-0.0292
time_ack	the insight	0.0774
time_ack	the intro	-0.0318
time_ack	the job	-0.0366
time_ack	the kitchen	-0.024
time_ack	the last	-0.0967
time_ack	the launch	0.0671
time_ack	the long	-0.021
time_ack	the middl	0.0373
time_ack	the moment	-0.0618
time_ack	the new	-0.0379
time_ack	the next	-0.0554
time_ack	the nurs	0.0272
time_ack	the org	0.0217
time_ack	the plug	0.1295
time_ack	the plumber	-0.0372
time_ack	the portfolio	-0.0255
time_ack	the question	0.0356
time_ack	the remain	0.0782
time_ack	the rest	0.1536
time_ack	the right	-0.0313
time_ack	the salari	-0.0321
time_ack	the same	-0.0583
time_ack	the student	0.0381
time_ack	the summer	-0.0394
time_ack	the time	0.5117
time_ack	the tip	-0.0211
time_ack	the way	-0.0428
time_ack	the whole	-0.0373
time_ack	the word	0.0866
time_ack	the work	0.0423
time_ack	the workshop	0.0363
time_ack	the ~application	-0.0305
time_ack	the ~clock	0.0922
time_ack	the ~closing	0.0309
time_ack	the ~contactverb	-0.0422
time_ack	the ~gatekeeper	-0.0256
time_ack	the ~hiring	-0.0354
time_ack	the ~job	-0.0795
time_ack	the ~learn	0.0464
time_ack	the ~limit	0.4583
time_ack	the ~number	0.2273
time_ack	the ~org	-0.0576
time_ack	the ~people	-0.0294
time_ack	the ~student	-0.0246
time_ack	the ~talk	-0.0762
time_ack	the ~timeunit	0.0608
time_ack	the ~workverb	0.0399
time_ack	their	-0.0639
time_ack	them	0.0237
time_ack	then	-0.0359
time_ack	there	-0.0488
time_ack	there a	-0.1116
time_ack	there ani	-0.0527
time_ack	there anyon	0.1198
time_ack	there anyth	0.1051
time_ack	there be	0.0395
time_ack	there for	-0.0236
time_ack	there room	0.0255
time_ack	there so	-0.0571
time_ack	there the	-0.0247
time_ack	there ~number	-0.1512
time_ack	there ~people	0.1174
time_ack	these	-0.0264
time_ack	these day	-0.0249
time_ack	thesi	-0.0222
time_ack	they	-0.0817
time_ack	they are	-0.0351
time_ack	they ever	0.0416
time_ack	thing	0.147
time_ack	thing befor	0.0692
time_ack	thing come	0.0571
time_ack	thing up	0.0273
time_ack	thing would	0.0288
time_ack	thing ~want	0.0254
time_ack	think	-0.1469
time_ack	think a	-0.0271
time_ack	think about	-0.0707
time_ack	think i	0.0392
time_ack	think my	0.0234
time_ack	think of	-0.0292
time_ack	think that	0.0279
time_ack	think we	-0.0574
time_ack	think ~number	-0.0355
time_ack	think ~people	0.0235
time_ack	third	0.043
time_ack	third year	0.0442
time_ack	third ~duration	0.0442
time_ack	thirti	0.0665
time_ack	thirti minut	0.0305
time_ack	thirti second	0.0505
time_ack	thirti ~limit	0.0228
time_ack	thirti ~timeunit	0.0305
time_ack	this	0.0288
time_ack	this afternoon	0.0488
time_ack	this and	-0.0336
time_ack	this befor	0.0579
time_ack	this brief	0.0362
time_ack	this convers	-0.0225
time_ack	this field	-0.0441
time_ack	this i	0.0676
time_ack	this in	0.0654
time_ack	this is	-0.1006
time_ack	this job	-0.0321
time_ack	this last	0.1087
time_ack	this so	0.0483
time_ack	this still	0.1047
time_ack	this thank	0.044
time_ack	this to	0.1059
time_ack	this up	-0.0216
time_ack	this was	-0.0512
time_ack	this week	0.0521
time_ack	this with	0.0201
time_ack	this year	-0.0206
time_ack	this ~closing	0.057
time_ack	this ~duration	-0.0206
time_ack	this ~job	-0.0654
time_ack	this ~limit	0.0401
time_ack	this ~talk	-0.0269
time_ack	those	-0.0587
time_ack	though	0.0539
time_ack	thought	-0.0207
time_ack	three	-0.1418
time_ack	three deadlin	-0.0545
time_ack	three year	-0.0304
time_ack	three ~duration	-0.0369
time_ack	through	-0.1782
time_ack	through a	-0.0396
time_ack	through how	-0.0212
time_ack	through the	-0.0264
time_ack	through this	0.0306
time_ack	through your	-0.0225
time_ack	through ~number	-0.0715
time_ack	tick	0.0542
time_ack	tight	0.0781
time_ack	till ~clock	0.0364
time_ack	time	1.3857
time_ack	time alreadi	0.0488
time_ack	time and	0.2163
time_ack	time between	-0.0395
time_ack	time but	0.0586
time_ack	time can	0.0486
time_ack	time could	0.052
time_ack	time data	-0.0272
time_ack	time doe	-0.0471
time_ack	time flew	0.0437
time_ack	time for	0.1165
time_ack	time goe	-0.1256
time_ack	time i	0.1314
time_ack	time if	-0.0208
time_ack	time in	-0.0429
time_ack	time is	-0.0211
time_ack	time it	0.0442
time_ack	time next	-0.0313
time_ack	time of	-0.0471
time_ack	time off	-0.0991
time_ack	time on	0.0992
time_ack	time or	0.0756
time_ack	time out	0.0408
time_ack	time so	0.1943
time_ack	time sorri	0.0243
time_ack	time this	0.0482
time_ack	time tight	0.0306
time_ack	time to	-0.1035
time_ack	time today	0.3137
time_ack	time when	-0.1293
time_ack	time with	-0.0425
time_ack	time would	0.0608
time_ack	time you	-0.0483
time_ack	time your	-0.0359
time_ack	time ~degree	-0.0238
time_ack	time ~job	-0.0354
time_ack	time ~want	0.0634
time_ack	tip	-0.0386
time_ack	to a	-0.0372
time_ack	to appli	-0.0306
time_ack	to ask	-0.0275
time_ack	to be	0.1389
time_ack	to becom	-0.0208
time_ack	to beta	-0.0201
time_ack	to cut	0.083
time_ack	to dash	0.0439
time_ack	to day	-0.039
time_ack	to decid	-0.0207
time_ack	to die	-0.0329
time_ack	to do	-0.0689
time_ack	to drop	0.0235
time_ack	to eat	0.1682
time_ack	to fifteen	0.0506
time_ack	to figur	-0.0629
time_ack	to final	-0.0221
time_ack	to find	-0.0272
time_ack	to finish	0.0295
time_ack	to get	0.0975
time_ack	to give	0.0827
time_ack	to go	0.0263
time_ack	to head	0.0848
time_ack	to hear	-0.0893
time_ack	to help	0.0224
time_ack	to hire	-0.0279
time_ack	to hop	0.0495
time_ack	to it	0.0568
time_ack	to join	0.0298
time_ack	to jump	0.0923
time_ack	to keep	0.0299
time_ack	to know	-0.097
time_ack	to learn	0.0951
time_ack	to leav	0.1475
time_ack	to let	0.0671
time_ack	to log	-0.0551
time_ack	to make	0.0718
time_ack	to meet	-0.022
time_ack	to my	0.1507
time_ack	to overrun	0.0741
time_ack	to overstay	0.0482
time_ack	to pass	-0.0302
time_ack	to pick	0.0563
time_ack	to pitch	-0.0201
time_ack	to reach	-0.0266
time_ack	to return	0.0828
time_ack	to run	0.0806
time_ack	to rush	0.2442
time_ack	to say	-0.054
time_ack	to see	-0.0606
time_ack	to send	-0.0293
time_ack	to shadow	-0.024
time_ack	to speak	-0.0204
time_ack	to start	-0.0302
time_ack	to stay	-0.0453
time_ack	to stop	0.0398
time_ack	to switch	-0.0212
time_ack	to take	0.1217
time_ack	to teach	0.0736
time_ack	to the	0.0933
time_ack	to this	-0.0626
time_ack	to use	0.0446
time_ack	to what	0.0449
time_ack	to whoever	0.0277
time_ack	to work	0.0554
time_ack	to write	-0.0334
time_ack	to you	-0.1626
time_ack	to your	-0.1752
time_ack	to ~contactverb	-0.0624
time_ack	to ~help	0.1161
time_ack	to ~insight	0.1296
time_ack	to ~learn	-0.0707
time_ack	to ~limit	-0.083
time_ack	to ~number	0.1106
time_ack	to ~sendverb	-0.0769
time_ack	to ~talk	-0.0811
time_ack	to ~workverb	0.1347
time_ack	today	0.2964
time_ack	today and	0.0316
time_ack	today i	0.0473
time_ack	today just	0.083
time_ack	today so	-0.0209
time_ack	today ~want	0.0828
time_ack	told	-0.0298
time_ack	tom	0.0401
time_ack	tom i	0.0424
time_ack	tomorrow	-0.024
time_ack	tomás i	0.0275
time_ack	tonight	-0.0916
time_ack	tonight and	-0.0357
time_ack	tonight with	0.022
time_ack	too	0.0492
time_ack	too long	0.0351
time_ack	too much	0.0663
time_ack	took time	0.0327
time_ack	took ~limit	0.0327
time_ack	tool	-0.03
time_ack	total	0.1508
time_ack	total get	0.0658
time_ack	total understand	0.0439
time_ack	total ~learn	0.1097
time_ack	touch	-0.1253
time_ack	touch with	-0.0438
time_ack	track of	0.0283
time_ack	train	0.0468
time_ack	translat	-0.0234
time_ack	tri	0.0254
time_ack	tri the	-0.0213
time_ack	tri to	0.0563
time_ack	tri ~number	-0.0213
time_ack	trial	-0.0223
time_ack	true	-0.0382
time_ack	true that	-0.0205
time_ack	turn	-0.0531
time_ack	tutor	-0.0247
time_ack	tutori	-0.0237
time_ack	twelv	-0.0283
time_ack	twenti	0.1646
time_ack	twenti minut	0.1457
time_ack	twenti ~limit	0.1457
time_ack	twenti ~timeunit	0.1457
time_ack	two	-0.0928
time_ack	two kid	-0.0206
time_ack	two minut	-0.0302
time_ack	two more	0.0264
time_ack	two question	0.0442
time_ack	two year	-0.0402
time_ack	two ~duration	-0.0466
time_ack	two ~limit	-0.0302
time_ack	two ~timeunit	-0.0302
time_ack	typic	-0.0615
time_ack	ucd	0.0295
time_ack	um	-0.0721
time_ack	undergrad	0.0291
time_ack	underr	0.0203
time_ack	underr skill	0.0221
time_ack	understand	0.183
time_ack	understand complet	0.0709
time_ack	understand how	0.0505
time_ack	understand if	0.0421
time_ack	understand thank	-0.0229
time_ack	understand the	-0.0316
time_ack	understand you	0.1064
time_ack	understand ~number	-0.0316
time_ack	uni	-0.0589
time_ack	unit	-0.0262
time_ack	universiti	-0.0224
time_ack	unpaid	-0.0349
time_ack	until	0.2231
time_ack	until 3	0.0998
time_ack	until half	0.0772
time_ack	until ~clock	0.201
time_ack	until ~number	0.0934
time_ack	up	0.2848
time_ack	up a	-0.0464
time_ack	up by	-0.0231
time_ack	up call	0.0614
time_ack	up do	0.0528
time_ack	up enough	0.0933
time_ack	up for	-0.0706
time_ack	up here	0.0546
time_ack	up i	0.0423
time_ack	up in	-0.0424
time_ack	up is	-0.0205
time_ack	up long	0.0485
time_ack	up more	0.0939
time_ack	up my	0.0486
time_ack	up part	0.0777
time_ack	up so	0.0209
time_ack	up the	-0.0239
time_ack	up there	-0.0271
time_ack	up with	-0.0688
time_ack	up would	-0.0214
time_ack	up your	0.3783
time_ack	up ~contactverb	0.0595
time_ack	up ~help	0.0466
time_ack	up ~later	-0.0215
time_ack	up ~number	-0.0709
time_ack	up ~people	-0.0237
time_ack	up ~talk	0.0535
time_ack	updat	-0.0457
time_ack	upfront	0.0544
time_ack	upfront i	0.0559
time_ack	us	0.1668
time_ack	us call	0.0241
time_ack	us leav	0.0466
time_ack	us ~contactverb	0.0241
time_ack	us ~talk	0.0215
time_ack	use	-0.2212
time_ack	use our	0.0465
time_ack	use ~number	-0.025
time_ack	user	-0.024
time_ack	usual	-0.1589
time_ack	usual start	-0.0237
time_ack	usuali	-0.0253
time_ack	ux	-0.062
time_ack	valuabl time	0.0224
time_ack	valuabl ~limit	0.0224
time_ack	veri	0.0474
time_ack	veri busi	0.0792
time_ack	veri help	0.0323
time_ack	versus	-0.0996
time_ack	versus actual	-0.0445
time_ack	vet	-0.0241
time_ack	visit	-0.0274
time_ack	volunt	-0.0399
time_ack	volunt at	-0.0257
time_ack	volunt for	-0.0296
time_ack	vs	-0.1636
time_ack	vs actual	-0.0692
time_ack	vs in	-0.0263
time_ack	wait	0.0968
time_ack	wait do	0.0985
time_ack	wait for	0.0471
time_ack	wait ~help	0.0985
time_ack	walk	-0.0898
time_ack	walk me	-0.0795
time_ack	want	0.05
time_ack	want to	0.1972
time_ack	ward	0.0745
time_ack	was	-0.2821
time_ack	was a	-0.0481
time_ack	was all	0.0715
time_ack	was alreadi	0.0533
time_ack	was amaz	-0.0237
time_ack	was brilliant	0.0531
time_ack	was gold	0.0229
time_ack	was great	-0.0266
time_ack	was it	-0.0455
time_ack	was meant	0.028
time_ack	was my	-0.0366
time_ack	was not	-0.0323
time_ack	was realli	-0.0259
time_ack	was so	0.0418
time_ack	was super	-0.0567
time_ack	was that	0.0945
time_ack	was the	-0.025
time_ack	was time	-0.0768
time_ack	was veri	0.0296
time_ack	was wonder	-0.0763
time_ack	was ~limit	-0.0768
time_ack	was ~number	-0.0793
time_ack	was ~want	-0.0516
time_ack	wast	-0.0465
time_ack	wast of	-0.0379
time_ack	watch	0.0525
time_ack	water util	0.0227
time_ack	wave	0.0362
time_ack	way	-0.1016
time_ack	way around	-0.0338
time_ack	way i	-0.0679
time_ack	way more	-0.0213
time_ack	way over	0.1145
time_ack	way past	0.0314
time_ack	way to	-0.0243
time_ack	way you	-0.0296
time_ack	we	1.2436
time_ack	we are	0.4301
time_ack	we call	0.0267
time_ack	we did	0.0413
time_ack	we end	-0.0271
time_ack	we finish	-0.0648
time_ack	we go	0.0475
time_ack	we had	0.0273
time_ack	we hang	-0.0299
time_ack	we have	0.4399
time_ack	we keep	0.0425
time_ack	we onli	0.0317
time_ack	we paus	-0.0333
time_ack	we plan	0.0352
time_ack	we ran	0.0669
time_ack	we run	0.0547
time_ack	we said	0.0742
time_ack	we start	0.0364
time_ack	we stay	-0.0218
time_ack	we still	0.0853
time_ack	we stop	0.0574
time_ack	we talk	-0.0236
time_ack	we use	-0.0271
time_ack	we went	0.068
time_ack	we would	0.0212
time_ack	we wrap	0.0243
time_ack	we ~contactverb	0.0267
time_ack	we ~studyverb	0.0413
time_ack	we ~want	0.0212
time_ack	we ~workverb	0.1215
time_ack	websit	-0.0203
time_ack	week	0.0718
time_ack	week is	0.0345
time_ack	week look	0.0208
time_ack	week so	0.0207
time_ack	weekend	-0.0592
time_ack	weird	-0.0464
time_ack	welcom	0.0406
time_ack	well	-0.076
time_ack	went ~number	0.0292
time_ack	were	-0.1209
time_ack	were alreadi	0.0389
time_ack	were we	-0.0229
time_ack	were you	-0.0206
time_ack	what	-0.488
time_ack	what a	-0.0517
time_ack	what are	-0.0305
time_ack	what do	0.0574
time_ack	what i	0.0724
time_ack	what is	-0.0485
time_ack	what kind	-0.0218
time_ack	what surpris	0.0483
time_ack	what the	0.023
time_ack	what this	-0.0262
time_ack	what time	-0.0653
time_ack	what was	-0.0216
time_ack	what would	-0.0257
time_ack	what you	-0.0407
time_ack	what your	-0.0368
time_ack	what ~help	0.0242
time_ack	what ~limit	-0.0698
time_ack	what ~number	-0.0333
time_ack	what ~want	-0.0257
time_ack	whatev	-0.0303
time_ack	when	-0.4385
time_ack	when a	-0.0429
time_ack	when i	-0.0858
time_ack	when the	-0.0239
time_ack	when three	-0.0225
time_ack	when you	-0.1173
time_ack	when your	-0.0224
time_ack	when ~clock	-0.0241
time_ack	when ~number	-0.0913
time_ack	whenev	0.3493
time_ack	whenev it	0.1307
time_ack	whenev you	0.0797
time_ack	where	-0.028
time_ack	where i	-0.0499
time_ack	where were	-0.0229
time_ack	where you	0.1169
time_ack	whether	-0.1296
time_ack	whether a	0.0358
time_ack	whether the	-0.0232
time_ack	whether you	-0.0512
time_ack	whi	-0.0624
time_ack	whi i	-0.0291
time_ack	which	-0.1473
time_ack	which client	0.0577
time_ack	which grant	0.0487
time_ack	which is	-0.0256
time_ack	which part	-0.0203
time_ack	while	-0.0678
time_ack	while work	-0.0316
time_ack	while ~workverb	-0.0316
time_ack	who	-0.27
time_ack	who els	0.0362
time_ack	who is	-0.0489
time_ack	who might	-0.0689
time_ack	whoever	0.0237
time_ack	whoever handl	0.0288
time_ack	whole	-0.0254
time_ack	wifi	-0.0463
time_ack	wild	-0.021
time_ack	will	0.1776
time_ack	will add	-0.0361
time_ack	will be	0.223
time_ack	will connect	-0.0571
time_ack	will def	-0.0249
time_ack	will definit	-0.0458
time_ack	will follow	-0.0318
time_ack	will get	0.043
time_ack	will have	0.1112
time_ack	will jump	0.0651
time_ack	will keep	0.2765
time_ack	will leav	-0.0996
time_ack	will let	-0.2167
time_ack	will look	-0.0302
time_ack	will not	0.0314
time_ack	will report	-0.0226
time_ack	will say	0.0424
time_ack	will send	-0.0887
time_ack	will sign	-0.0278
time_ack	will skip	0.0624
time_ack	will stick	0.0285
time_ack	will stop	0.0772
time_ack	will to	-0.0709
time_ack	will tri	0.1077
time_ack	will wrap	0.0482
time_ack	will write	-0.04
time_ack	will ~contactverb	-0.0741
time_ack	will ~learn	0.1425
time_ack	will ~sendverb	-0.1261
time_ack	will ~talk	-0.0724
time_ack	will ~want	0.1042
time_ack	winter	-0.0213
time_ack	wish	0.0302
time_ack	wish you	0.0723
time_ack	with	-0.4346
time_ack	with a	-0.0763
time_ack	with all	-0.0293
time_ack	with even	0.0206
time_ack	with how	0.0249
time_ack	with like	0.0211
time_ack	with me	-0.0479
time_ack	with my	-0.0443
time_ack	with patient	-0.0264
time_ack	with six	0.0209
time_ack	with so	-0.0217
time_ack	with someth	-0.0205
time_ack	with the	0.162
time_ack	with you	-0.027
time_ack	with your	0.0255
time_ack	with ~number	0.0899
time_ack	with ~people	-0.0311
time_ack	without	-0.0304
time_ack	woke	-0.0372
time_ack	woke up	-0.0372
time_ack	wonder	-0.1069
time_ack	wonder how	-0.0301
time_ack	wonder whether	-0.055
time_ack	word	0.0546
time_ack	work	-0.3004
time_ack	work and	-0.0254
time_ack	work as	-0.0217
time_ack	work at	-0.0221
time_ack	work better	0.0494
time_ack	work day	0.0297
time_ack	work full	-0.0372
time_ack	work in	-0.0243
time_ack	work is	0.0357
time_ack	work now	-0.0278
time_ack	work on	-0.0522
time_ack	work with	-0.02
time_ack	work ~clock	-0.0236
time_ack	work ~closing	0.0297
time_ack	work ~limit	0.0223
time_ack	work ~number	-0.0371
time_ack	worker	0.0417
time_ack	workshop	0.0288
time_ack	worri	0.138
time_ack	worri if	0.0282
time_ack	worst	-0.0204
time_ack	worth	-0.1044
time_ack	worth the	-0.0395
time_ack	worth ~number	-0.0405
time_ack	would	-0.0529
time_ack	would a	0.0808
time_ack	would be	-0.1683
time_ack	would happili	0.0566
time_ack	would hate	0.0487
time_ack	would have	-0.0318
time_ack	would jump	0.0329
time_ack	would keep	0.0396
time_ack	would known	0.1292
time_ack	would love	-0.1306
time_ack	would realli	-0.0283
time_ack	would recommend	0.0611
time_ack	would take	-0.0268
time_ack	would talk	0.0763
time_ack	would tell	0.0563
time_ack	would there	0.0442
time_ack	would you	-0.1681
time_ack	would ~insight	-0.0268
time_ack	would ~number	0.0784
time_ack	would ~talk	0.0718
time_ack	would ~want	-0.048
time_ack	wow	0.1197
time_ack	wow i	-0.028
time_ack	wow it	0.1498
time_ack	wow ok	-0.0259
time_ack	wrap	0.1719
time_ack	wrap here	0.0783
time_ack	wrap thing	0.0491
time_ack	wrap ~want	0.0783
time_ack	write	-0.1551
time_ack	write to	-0.0293
time_ack	write up	0.0652
time_ack	write you	-0.0537
time_ack	write ~number	-0.0236
time_ack	yeah	-0.0445
time_ack	yeah that	-0.0283
time_ack	year	-0.3491
time_ack	year account	0.0436
time_ack	year and	-0.0579
time_ack	year as	-0.0353
time_ack	year at	-0.0227
time_ack	year biolog	0.0344
time_ack	year for	-0.0205
time_ack	year in	-0.0784
time_ack	year of	-0.0306
time_ack	year ~want	-0.0202
time_ack	year ~workverb	-0.0204
time_ack	yes	-0.0563
time_ack	yes to	-0.0254
time_ack	yet	-0.0478
time_ack	you	0.353
time_ack	you a	-0.1162
time_ack	you actual	-0.0201
time_ack	you after	-0.0432
time_ack	you again	-0.0212
time_ack	you alway	-0.0236
time_ack	you and	0.0818
time_ack	you ani	-0.1154
time_ack	you are	0.4589
time_ack	you at	-0.0222
time_ack	you back	-0.0233
time_ack	you be	-0.1745
time_ack	you can	0.0389
time_ack	you carv	0.0202
time_ack	you check	0.0593
time_ack	you consid	-0.0514
time_ack	you could	-0.0586
time_ack	you crack	-0.0246
time_ack	you direct	-0.0304
time_ack	you do	-0.0233
time_ack	you email	-0.0787
time_ack	you end	-0.0359
time_ack	you enjoy	0.0241
time_ack	you even	-0.0312
time_ack	you ever	-0.1648
time_ack	you feel	-0.0257
time_ack	you finish	-0.0228
time_ack	you fit	0.128
time_ack	you for	0.3866
time_ack	you forward	0.0362
time_ack	you found	0.0331
time_ack	you from	0.0535
time_ack	you get	-0.2372
time_ack	you give	0.0667
time_ack	you go	0.2068
time_ack	you got	0.1613
time_ack	you guy	-0.0488
time_ack	you had	0.0845
time_ack	you handl	-0.0435
time_ack	you have	0.623
time_ack	you head	0.0829
time_ack	you hear	-0.0415
time_ack	you hire	-0.0502
time_ack	you hop	0.0334
time_ack	you how	-0.0261
time_ack	you i	0.0942
time_ack	you if	-0.0963
time_ack	you in	-0.0352
time_ack	you just	-0.0325
time_ack	you keep	-0.0762
time_ack	you know	-0.216
time_ack	you land	0.0484
time_ack	you late	0.0613
time_ack	you later	-0.0304
time_ack	you let	-0.0212
time_ack	you like	-0.0521
time_ack	you long	0.1891
time_ack	you longer	0.0676
time_ack	you make	0.0333
time_ack	you manag	-0.1348
time_ack	you mention	0.0539
time_ack	you mind	0.0348
time_ack	you most	0.0343
time_ack	you must	0.0883
time_ack	you my	0.0421
time_ack	you need	0.554
time_ack	you note	-0.0707
time_ack	you now	0.0205
time_ack	you off	-0.0214
time_ack	you ok	0.0374
time_ack	you on	-0.0754
time_ack	you onc	-0.0339
time_ack	you onli	0.0568
time_ack	you or	0.0373
time_ack	you out	-0.0231
time_ack	you past	0.0636
time_ack	you pick	0.0702
time_ack	you post	-0.0984
time_ack	you prefer	0.0678
time_ack	you rather	0.0789
time_ack	you recommend	-0.0491
time_ack	you said	-0.0502
time_ack	you say	0.0428
time_ack	you see	0.0731
time_ack	you serious	-0.0221
time_ack	you share	-0.0263
time_ack	you so	-0.0858
time_ack	you some	0.0416
time_ack	you sooo	-0.0232
time_ack	you spend	-0.091
time_ack	you squeez	0.117
time_ack	you still	0.0745
time_ack	you suggest	-0.0283
time_ack	you switch	0.0591
time_ack	you take	0.0363
time_ack	you tell	0.0429
time_ack	you thank	-0.0226
time_ack	you that	-0.0388
time_ack	you the	0.038
time_ack	you think	-0.1588
time_ack	you this	0.0973
time_ack	you to	-0.1096
time_ack	you tomorrow	0.0302
time_ack	you took	0.0291
time_ack	you up	0.1101
time_ack	you updat	-0.0203
time_ack	you use	-0.0264
time_ack	you usual	-0.0448
time_ack	you walk	-0.0389
time_ack	you want	-0.0544
time_ack	you way	0.0314
time_ack	you were	-0.0732
time_ack	you when	-0.0238
time_ack	you wish	0.0735
time_ack	you with	0.0354
time_ack	you work	-0.0499
time_ack	you would	0.1184
time_ack	you your	-0.0284
time_ack	you ~clock	-0.0254
time_ack	you ~contactverb	-0.0858
time_ack	you ~gatekeeper	-0.0254
time_ack	you ~help	-0.0368
time_ack	you ~hiring	0.043
time_ack	you ~insight	0.0414
time_ack	you ~later	-0.0574
time_ack	you ~learn	-0.4002
time_ack	you ~number	-0.0903
time_ack	you ~sendverb	-0.0675
time_ack	you ~studyverb	0.0463
time_ack	you ~talk	-0.1
time_ack	you ~want	-0.0574
time_ack	you ~workverb	-0.0566
time_ack	your	0.7861
time_ack	your 2	0.077
time_ack	your 3	0.0603
time_ack	your advic	-0.0412
time_ack	your afternoon	-0.0969
time_ack	your app	-0.0214
time_ack	your brain	-0.0641
time_ack	your busi	0.1829
time_ack	your career	-0.0515
time_ack	your clinic	0.0463
time_ack	your compani	-0.0909
time_ack	your cours	0.0757
time_ack	your daughter	-0.0351
time_ack	your day	-0.2214
time_ack	your depart	-0.0257
time_ack	your email	-0.0205
time_ack	your end	0.0569
time_ack	your evening	0.2999
time_ack	your experi	-0.0387
time_ack	your field	-0.0307
time_ack	your firm	-0.0649
time_ack	your flight	0.1084
time_ack	your friday	-0.0223
time_ack	your hire	-0.0288
time_ack	your honest	0.0422
time_ack	your honesti	-0.0209
time_ack	your hour	-0.0243
time_ack	your inbox	-0.026
time_ack	your kid	0.0599
time_ack	your last	-0.0248
time_ack	your lunch	0.1799
time_ack	your meet	0.0848
time_ack	your mentor	-0.0231
time_ack	your morn	0.0764
time_ack	your name	-0.0219
time_ack	your network	-0.0325
time_ack	your next	0.5311
time_ack	your old	0.054
time_ack	your on	0.0253
time_ack	your own	-0.0526
time_ack	your patienc	-0.0495
time_ack	your patient	0.0268
time_ack	your perspect	-0.0278
time_ack	your plate	-0.0221
time_ack	your podcast	-0.023
time_ack	your saturday	0.1626
time_ack	your schedul	0.0303
time_ack	your shift	0.0436
time_ack	your slam	0.054
time_ack	your slot	0.0326
time_ack	your start	0.0297
time_ack	your student	0.0643
time_ack	your super	0.0705
time_ack	your team	-0.0356
time_ack	your time	0.626
time_ack	your train	0.1101
time_ack	your typic	-0.0222
time_ack	your valuabl	0.0224
time_ack	your ward	0.0842
time_ack	your weekend	0.0317
time_ack	your whole	0.0201
time_ack	your work	-0.0356
time_ack	your ~clock	0.1373
time_ack	your ~closing	0.0498
time_ack	your ~degree	0.0399
time_ack	your ~gatekeeper	-0.0294
time_ack	your ~hiring	-0.0401
time_ack	your ~insight	-0.1719
time_ack	your ~learn	-0.0414
time_ack	your ~limit	0.5919
time_ack	your ~org	-0.2483
time_ack	your ~people	-0.0533
time_ack	your ~student	0.0318
time_ack	your ~talk	0.0208
time_ack	your ~timeunit	-0.0243
time_ack	your ~workverb	-0.0356
time_ack	yourself	-0.0408
time_ack	youv	0.038
time_ack	youv got	0.0383
time_ack	zoom	0.0286
time_ack	~application later	0.0211
time_ack	~application to	0.0292
time_ack	~clock	0.8193
time_ack	~clock 15	0.0515
time_ack	~clock 25	0.0211
time_ack	~clock 30	0.1294
time_ack	~clock an	0.0269
time_ack	~clock befor	0.0377
time_ack	~clock but	0.1946
time_ack	~clock client	-0.0234
time_ack	~clock day	-0.0631
time_ack	~clock deadlin	-0.0545
time_ack	~clock final	0.0642
time_ack	~clock from	0.0558
time_ack	~clock hour	0.1271
time_ack	~clock how	0.0214
time_ack	~clock i	0.1117
time_ack	~clock in	-0.0216
time_ack	~clock is	0.0221
time_ack	~clock kid	-0.0213
time_ack	~clock lectur	-0.0279
time_ack	~clock minut	-0.1766
time_ack	~clock moment	-0.0237
time_ack	~clock month	-0.0255
time_ack	~clock more	0.2892
time_ack	~clock oclock	0.1389
time_ack	~clock of	-0.0581
time_ack	~clock or	0.0318
time_ack	~clock past	0.323
time_ack	~clock project	-0.025
time_ack	~clock question	0.0536
time_ack	~clock quick	0.0803
time_ack	~clock sec	-0.0482
time_ack	~clock sharp	0.0661
time_ack	~clock skill	0.0479
time_ack	~clock so	0.204
time_ack	~clock thank	-0.0291
time_ack	~clock thing	0.0263
time_ack	~clock week	-0.0316
time_ack	~clock what	0.0262
time_ack	~clock year	-0.1904
time_ack	~clock you	-0.027
time_ack	~closing	0.0447
time_ack	~closing afternoon	0.0817
time_ack	~closing ani	0.0337
time_ack	~closing befor	-0.0219
time_ack	~closing for	0.0597
time_ack	~closing go	0.0383
time_ack	~closing in	-0.0391
time_ack	~closing just	-0.0218
time_ack	~closing let	0.0507
time_ack	~closing like	-0.031
time_ack	~closing of	-0.0779
time_ack	~closing on	-0.022
time_ack	~closing or	-0.0289
time_ack	~closing shift	0.0551
time_ack	~closing so	0.0286
time_ack	~closing sometim	-0.0305
time_ack	~closing thank	-0.0351
time_ack	~closing to	-0.0324
time_ack	~closing work	0.0472
time_ack	~contactverb after	-0.0389
time_ack	~contactverb at	0.0215
time_ack	~contactverb back	-0.0263
time_ack	~contactverb do	0.0768
time_ack	~contactverb if	-0.0243
time_ack	~contactverb it	0.036
time_ack	~contactverb me	-0.0286
time_ack	~contactverb next	0.0732
time_ack	~contactverb on	0.0618
time_ack	~contactverb onc	0.0476
time_ack	~contactverb out	-0.0646
time_ack	~contactverb so	-0.0273
time_ack	~contactverb thank	-0.02
time_ack	~contactverb the	-0.027
time_ack	~contactverb to	-0.0405
time_ack	~contactverb up	0.0667
time_ack	~contactverb with	-0.0448
time_ack	~contactverb you	-0.0479
time_ack	~degree	-0.1449
time_ack	~degree and	-0.0284
time_ack	~degree at	-0.0258
time_ack	~degree if	0.0749
time_ack	~degree in	-0.0786
time_ack	~degree is	0.0295
time_ack	~degree or	-0.0244
time_ack	~degree program	-0.0221
time_ack	~degree rey	0.0211
time_ack	~degree rout	0.0575
time_ack	~duration	-0.3942
time_ack	~duration account	0.0436
time_ack	~duration and	-0.0641
time_ack	~duration as	-0.0385
time_ack	~duration at	-0.0235
time_ack	~duration biolog	0.0344
time_ack	~duration for	-0.0205
time_ack	~duration in	-0.0409
time_ack	~duration of	-0.0364
time_ack	~gatekeeper	-0.4338
time_ack	~gatekeeper and	-0.0213
time_ack	~gatekeeper at	-0.0647
time_ack	~gatekeeper just	-0.0431
time_ack	~gatekeeper right	-0.0269
time_ack	~gatekeeper team	0.0241
time_ack	~help	-0.2139
time_ack	~help a	-0.0292
time_ack	~help for	-0.0863
time_ack	~help is	0.0315
time_ack	~help it	-0.0293
time_ack	~help me	-0.0918
time_ack	~help not	0.2976
time_ack	~help or	-0.0205
time_ack	~help out	-0.029
time_ack	~help peopl	-0.0251
time_ack	~help someth	-0.0201
time_ack	~help the	-0.0258
time_ack	~help they	0.0296
time_ack	~help this	0.0349
time_ack	~help to	0.0774
time_ack	~help up	0.0526
time_ack	~help we	0.1118
time_ack	~help your	-0.0601
time_ack	~hiring	0.0636
time_ack	~hiring a	0.0675
time_ack	~hiring at	-0.033
time_ack	~hiring for	0.0235
time_ack	~hiring on	-0.0432
time_ack	~hiring right	-0.0269
time_ack	~hiring the	0.1669
time_ack	~hiring up	0.0326
time_ack	~insight	-0.3212
time_ack	~insight a	-0.0456
time_ack	~insight and	0.0723
time_ack	~insight for	-0.0258
time_ack	~insight it	-0.0234
time_ack	~insight more	0.0746
time_ack	~insight much	0.0386
time_ack	~insight now	-0.0218
time_ack	~insight on	0.075
time_ack	~insight some	-0.025
time_ack	~insight that	-0.0233
time_ack	~insight the	-0.025
time_ack	~insight too	0.0271
time_ack	~insight up	0.1358
time_ack	~job	-0.5387
time_ack	~job and	-0.0223
time_ack	~job at	-0.0483
time_ack	~job for	-0.0454
time_ack	~job from	-0.0282
time_ack	~job hunt	-0.0203
time_ack	~job i	-0.0784
time_ack	~job is	-0.0204
time_ack	~job more	0.0205
time_ack	~job or	-0.0568
time_ack	~job right	0.0558
time_ack	~job with	0.0423
time_ack	~job you	-0.0361
time_ack	~later for	0.1794
time_ack	~later i	-0.0392
time_ack	~later onc	0.0232
time_ack	~later or	0.0638
time_ack	~later priya	-0.0202
time_ack	~later so	0.0584
time_ack	~later this	-0.0304
time_ack	~later to	-0.0252
time_ack	~learn a	-0.0834
time_ack	~learn about	0.1002
time_ack	~learn anyon	-0.0524
time_ack	~learn back	-0.044
time_ack	~learn better	0.0466
time_ack	~learn but	-0.0258
time_ack	~learn complet	0.0709
time_ack	~learn first	0.0501
time_ack	~learn for	-0.0754
time_ack	~learn from	0.0681
time_ack	~learn full	-0.0224
time_ack	~learn hire	-0.0228
time_ack	~learn home	0.0364
time_ack	~learn how	0.194
time_ack	~learn i	0.051
time_ack	~learn if	-0.0704
time_ack	~learn into	-0.038
time_ack	~learn me	-0.072
time_ack	~learn much	-0.029
time_ack	~learn my	-0.0807
time_ack	~learn not	-0.0272
time_ack	~learn now	-0.0307
time_ack	~learn of	-0.028
time_ack	~learn on	-0.201
time_ack	~learn onc	-0.0205
time_ack	~learn one	0.1181
time_ack	~learn or	-0.0419
time_ack	~learn out	-0.1076
time_ack	~learn right	0.0564
time_ack	~learn so	-0.031
time_ack	~learn some	-0.0349
time_ack	~learn thank	-0.0286
time_ack	~learn the	0.1377
time_ack	~learn to	0.0325
time_ack	~learn up	0.0814
time_ack	~learn use	0.0334
time_ack	~learn we	0.1221
time_ack	~learn which	-0.0262
time_ack	~learn who	0.0939
time_ack	~learn you	0.52
time_ack	~learn your	0.2766
time_ack	~limit	1.658
time_ack	~limit alreadi	0.0673
time_ack	~limit and	0.1809
time_ack	~limit ani	0.0382
time_ack	~limit at	-0.0256
time_ack	~limit away	-0.0406
time_ack	~limit befor	-0.0269
time_ack	~limit between	-0.0389
time_ack	~limit break	0.1455
time_ack	~limit but	0.09
time_ack	~limit can	0.0486
time_ack	~limit could	0.0914
time_ack	~limit data	-0.0272
time_ack	~limit doe	-0.0372
time_ack	~limit flew	0.0528
time_ack	~limit for	0.1667
time_ack	~limit goe	-0.1331
time_ack	~limit how	0.0649
time_ack	~limit i	0.1793
time_ack	~limit if	-0.0262
time_ack	~limit in	-0.0477
time_ack	~limit is	0.0696
time_ack	~limit it	0.0698
time_ack	~limit late	-0.022
time_ack	~limit left	0.1648
time_ack	~limit let	0.0507
time_ack	~limit look	-0.0253
time_ack	~limit next	-0.0343
time_ack	~limit of	-0.0499
time_ack	~limit off	-0.1038
time_ack	~limit on	0.088
time_ack	~limit or	0.1196
time_ack	~limit out	0.0497
time_ack	~limit pleas	-0.0256
time_ack	~limit shift	-0.0368
time_ack	~limit so	0.2805
time_ack	~limit sometim	-0.0305
time_ack	~limit sorri	0.0358
time_ack	~limit still	0.0224
time_ack	~limit this	0.0311
time_ack	~limit tight	0.0315
time_ack	~limit to	-0.1553
time_ack	~limit today	0.3182
time_ack	~limit we	0.0748
time_ack	~limit when	-0.1321
time_ack	~limit with	-0.0474
time_ack	~limit work	0.0233
time_ack	~limit would	0.0671
time_ack	~limit you	-0.0385
time_ack	~limit your	-0.038
time_ack	~number	-0.1811
time_ack	~number 20	0.0579
time_ack	~number 25	0.0524
time_ack	~number 30	0.0504
time_ack	~number advic	-0.0587
time_ack	~number an	0.0269
time_ack	~number analyst	0.0276
time_ack	~number applic	-0.0372
time_ack	~number armi	0.0593
time_ack	~number articl	0.0357
time_ack	~number audit	0.0389
time_ack	~number babi	-0.0415
time_ack	~number befor	0.0372
time_ack	~number berlin	0.038
time_ack	~number big	-0.0423
time_ack	~number biggest	0.0916
time_ack	~number bit	0.159
time_ack	~number book	-0.0339
time_ack	~number bootcamp	-0.0477
time_ack	~number brief	0.036
time_ack	~number bus	-0.0289
time_ack	~number busi	0.1013
time_ack	~number but	0.1601
time_ack	~number case	-0.0204
time_ack	~number certif	0.05
time_ack	~number chanc	-0.0276
time_ack	~number chat	-0.0662
time_ack	~number class	0.0327
time_ack	~number classroom	0.0543
time_ack	~number client	-0.0543
time_ack	~number clock	0.3508
time_ack	~number coupl	0.0275
time_ack	~number credit	0.0266
time_ack	~number curat	0.0246
time_ack	~number day	-0.2478
time_ack	~number daycar	-0.0217
time_ack	~number deadlin	0.0262
time_ack	~number decad	0.04
time_ack	~number differ	-0.0245
time_ack	~number door	-0.0715
time_ack	~number downsid	-0.024
time_ack	~number exam	-0.0298
time_ack	~number eye	0.0371
time_ack	~number favor	0.0448
time_ack	~number fellowship	-0.021
time_ack	~number field	0.1033
time_ack	~number final	0.0518
time_ack	~number firefight	0.0447
time_ack	~number firm	-0.0259
time_ack	~number first	-0.0448
time_ack	~number floor	0.0223
time_ack	~number follow	0.047
time_ack	~number friday	0.1973
time_ack	~number from	0.0569
time_ack	~number good	0.0556
time_ack	~number googl	-0.0201
time_ack	~number graduat	-0.0219
time_ack	~number great	-0.0809
time_ack	~number half	0.1106
time_ack	~number hard	0.3327
time_ack	~number hectic	0.0332
time_ack	~number honesti	0.0411
time_ack	~number hour	0.2743
time_ack	~number how	0.0214
time_ack	~number i	0.0332
time_ack	~number industri	-0.0296
time_ack	~number insight	0.0774
time_ack	~number internship	-0.0651
time_ack	~number interview	-0.0793
time_ack	~number intro	-0.0497
time_ack	~number is	0.0478
time_ack	~number job	-0.053
time_ack	~number junior	0.0491
time_ack	~number kid	-0.0366
time_ack	~number kitchen	-0.0248
time_ack	~number last	-0.03
time_ack	~number launch	0.0651
time_ack	~number littl	0.0672
time_ack	~number logist	0.0331
time_ack	~number long	0.0205
time_ack	~number look	-0.0306
time_ack	~number love	0.0394
time_ack	~number meet	0.0931
time_ack	~number mentor	-0.0368
time_ack	~number middl	0.0373
time_ack	~number million	0.0307
time_ack	~number minut	0.5559
time_ack	~number moment	-0.0224
time_ack	~number month	-0.0747
time_ack	~number more	0.3896
time_ack	~number morn	-0.0295
time_ack	~number next	-0.0618
time_ack	~number nice	-0.0201
time_ack	~number of	-0.0894
time_ack	~number one	-0.022
time_ack	~number or	0.0696
time_ack	~number org	0.0217
time_ack	~number paraleg	-0.0202
time_ack	~number part	-0.1177
time_ack	~number past	0.2522
time_ack	~number patient	-0.0257
time_ack	~number peopl	-0.0255
time_ack	~number placement	0.0615
time_ack	~number plug	0.1295
time_ack	~number plumber	-0.0372
time_ack	~number portfolio	-0.0456
time_ack	~number product	-0.0285
time_ack	~number project	-0.0742
time_ack	~number proper	-0.0805
time_ack	~number question	0.0948
time_ack	~number quick	0.1068
time_ack	~number real	-0.0222
time_ack	~number realist	-0.0267
time_ack	~number realli	-0.0261
time_ack	~number recruit	-0.0332
time_ack	~number referr	-0.0785
time_ack	~number remain	0.0782
time_ack	~number rest	0.1536
time_ack	~number right	-0.0331
time_ack	~number salari	-0.0323
time_ack	~number same	-0.0583
time_ack	~number sec	-0.1379
time_ack	~number second	0.0975
time_ack	~number shift	-0.0472
time_ack	~number skill	0.0396
time_ack	~number slot	0.0447
time_ack	~number small	-0.0271
time_ack	~number so	0.0982
time_ack	~number social	0.044
time_ack	~number spanish	-0.0219
time_ack	~number startup	-0.0218
time_ack	~number summer	-0.0591
time_ack	~number thank	-0.0422
time_ack	~number third	0.0444
time_ack	~number time	0.4879
time_ack	~number tip	-0.0211
time_ack	~number tutori	-0.0217
time_ack	~number volunt	-0.0261
time_ack	~number way	-0.0531
time_ack	~number week	-0.0766
time_ack	~number what	0.0255
time_ack	~number whole	-0.0405
time_ack	~number word	0.0768
time_ack	~number work	0.0408
time_ack	~number workshop	0.0361
time_ack	~number year	-0.1629
time_ack	~org	-0.6115
time_ack	~org and	-0.0451
time_ack	~org decid	0.0441
time_ack	~org ever	-0.0731
time_ack	~org for	-0.0511
time_ack	~org give	-0.0298
time_ack	~org hire	-0.0278
time_ack	~org i	0.0789
time_ack	~org in	-0.0249
time_ack	~org is	-0.0424
time_ack	~org like	0.0229
time_ack	~org need	-0.0238
time_ack	~org or	-0.0204
time_ack	~org pickup	0.0204
time_ack	~org pleas	-0.0414
time_ack	~org project	-0.0637
time_ack	~org some	-0.028
time_ack	~org take	-0.0267
time_ack	~org would	0.0492
time_ack	~org you	0.0391
time_ack	~people	-0.4765
time_ack	~people at	-0.0785
time_ack	~people befor	0.0377
time_ack	~people day	-0.0673
time_ack	~people do	-0.0219
time_ack	~people els	0.064
time_ack	~people final	0.0642
time_ack	~people from	0.1123
time_ack	~people have	-0.0255
time_ack	~people how	0.0214
time_ack	~people i	-0.0516
time_ack	~people in	-0.0438
time_ack	~people is	-0.0611
time_ack	~people just	-0.0265
time_ack	~people like	-0.0288
time_ack	~people might	-0.0693
time_ack	~people minut	-0.0505
time_ack	~people moment	-0.0237
time_ack	~people more	0.2449
time_ack	~people of	-0.0842
time_ack	~people or	0.0359
time_ack	~people quick	0.0803
time_ack	~people say	-0.0229
time_ack	~people sec	-0.0387
time_ack	~people skill	0.0475
time_ack	~people so	0.0704
time_ack	~people thing	0.0263
time_ack	~people to	-0.0652
time_ack	~people what	0.0257
time_ack	~people who	-0.0974
time_ack	~people with	-0.0235
time_ack	~people you	-0.0583
time_ack	~sendverb	-0.1293
time_ack	~sendverb along	0.0586
time_ack	~sendverb i	0.0486
time_ack	~sendverb me	-0.034
time_ack	~sendverb my	0.0926
time_ack	~sendverb next	-0.0241
time_ack	~sendverb onc	0.0279
time_ack	~sendverb over	-0.0661
time_ack	~sendverb so	-0.0378
time_ack	~sendverb that	0.0287
time_ack	~sendverb them	0.0702
time_ack	~sendverb you	-0.1553
time_ack	~student	-0.5394
time_ack	~student and	-0.0236
time_ack	~student associ	-0.0271
time_ack	~student at	-0.067
time_ack	~student but	-0.0208
time_ack	~student data	0.0535
time_ack	~student for	-0.075
time_ack	~student from	0.0547
time_ack	~student i	-0.0238
time_ack	~student interest	0.0317
time_ack	~student is	0.0327
time_ack	~student just	-0.0325
time_ack	~student open	0.0308
time_ack	~student role	-0.0208
time_ack	~student scheme	-0.0298
time_ack	~student spot	0.0246
time_ack	~student to	-0.0301
time_ack	~student who	-0.0201
time_ack	~student worker	0.0458
time_ack	~studyverb econom	0.0285
time_ack	~studyverb for	-0.0331
time_ack	~studyverb from	0.0588
time_ack	~studyverb in	-0.0485
time_ack	~studyverb not	0.0906
time_ack	~studyverb on	-0.0418
time_ack	~studyverb one	-0.0297
time_ack	~studyverb so	0.0685
time_ack	~studyverb the	0.2209
time_ack	~studyverb time	0.0469
time_ack	~studyverb to	-0.0213
time_ack	~studyverb you	0.0406
time_ack	~studyverb your	-0.0328
time_ack	~talk a	0.0975
time_ack	~talk about	0.0516
time_ack	~talk after	-0.0418
time_ack	~talk at	0.0368
time_ack	~talk but	0.0512
time_ack	~talk do	0.0721
time_ack	~talk end	0.0388
time_ack	~talk for	-0.0809
time_ack	~talk how	0.0238
time_ack	~talk if	-0.0347
time_ack	~talk is	0.1071
time_ack	~talk it	0.0363
time_ack	~talk later	-0.027
time_ack	~talk let	0.0526
time_ack	~talk me	-0.0402
time_ack	~talk next	0.0936
time_ack	~talk on	0.0493
time_ack	~talk onc	0.0507
time_ack	~talk one	0.1153
time_ack	~talk out	-0.0778
time_ack	~talk so	-0.0217
time_ack	~talk through	0.0287
time_ack	~talk was	0.0373
time_ack	~talk what	0.1057
time_ack	~talk when	-0.0363
time_ack	~talk who	0.0801
time_ack	~talk with	-0.1051
time_ack	~talk you	-0.1
time_ack	~timeunit	0.6858
time_ack	~timeunit and	0.0226
time_ack	~timeunit away	-0.0277
time_ack	~timeunit but	0.037
time_ack	~timeunit i	0.0353
time_ack	~timeunit is	0.0504
time_ack	~timeunit it	0.0256
time_ack	~timeunit late	-0.022
time_ack	~timeunit left	0.0973
time_ack	~timeunit mark	0.0811
time_ack	~timeunit or	0.0541
time_ack	~timeunit pleas	-0.0363
time_ack	~timeunit shift	-0.0355
time_ack	~timeunit so	0.0797
time_ack	~timeunit still	0.0325
time_ack	~timeunit to	0.0342
time_ack	~timeunit we	0.0666
time_ack	~want	0.0982
time_ack	~want a	0.1036
time_ack	~want about	-0.0255
time_ack	~want an	-0.0232
time_ack	~want and	-0.0237
time_ack	~want anoth	0.0327
time_ack	~want appreci	0.0982
time_ack	~want ask	0.0417
time_ack	~want at	0.0411
time_ack	~want be	-0.1694
time_ack	~want busi	0.0212
time_ack	~want call	-0.036
time_ack	~want check	0.1226
time_ack	~want conscious	0.0605
time_ack	~want curious	-0.0314
time_ack	~want for	-0.0573
time_ack	~want generous	0.0318
time_ack	~want got	-0.0219
time_ack	~want happili	0.0566
time_ack	~want hate	0.0487
time_ack	~want have	-0.0742
time_ack	~want help	-0.0932
time_ack	~want how	-0.0336
time_ack	~want i	-0.028
time_ack	~want if	0.0973
time_ack	~want it	-0.0808
time_ack	~want jump	0.0326
time_ack	~want just	-0.0552
time_ack	~want keep	0.0386
time_ack	~want kind	0.0571
time_ack	~want known	0.1292
time_ack	~want like	0.0825
time_ack	~want love	-0.1436
time_ack	~want me	-0.0367
time_ack	~want need	-0.0226
time_ack	~want one	0.0909
time_ack	~want realli	-0.0331
time_ack	~want recommend	0.0611
time_ack	~want say	0.0947
time_ack	~want shout	0.0765
time_ack	~want so	0.0425
time_ack	~want talk	0.0749
time_ack	~want tell	0.0504
time_ack	~want thank	0.0502
time_ack	~want that	-0.0285
time_ack	~want the	-0.0869
time_ack	~want there	0.0442
time_ack	~want this	-0.0409
time_ack	~want to	0.2338
time_ack	~want tri	0.0278
time_ack	~want use	-0.0286
time_ack	~want want	-0.1371
time_ack	~want we	-0.0238
time_ack	~want what	-0.0374
time_ack	~want you	0.3188
time_ack	~want your	0.033
time_ack	~workverb	-0.149
time_ack	~workverb 8	0.0304
time_ack	~workverb a	-0.0639
time_ack	~workverb and	-0.0437
time_ack	~workverb as	-0.0223
time_ack	~workverb better	0.0494
time_ack	~workverb but	-0.0361
time_ack	~workverb do	-0.0363
time_ack	~workverb for	-0.0393
time_ack	~workverb full	-0.0372
time_ack	~workverb hope	0.0354
time_ack	~workverb i	-0.034
time_ack	~workverb in	0.0212
time_ack	~workverb into	0.0258
time_ack	~workverb is	0.1012
time_ack	~workverb long	0.0492
time_ack	~workverb now	-0.0277
time_ack	~workverb on	-0.0552
time_ack	~workverb or	-0.0203
time_ack	~workverb out	0.0274
time_ack	~workverb over	0.3067
time_ack	~workverb realli	0.0387
time_ack	~workverb soon	0.1166
time_ack	~workverb talk	0.0411
time_ack	~workverb the	-0.0286
time_ack	~workverb to	-0.122
time_ack	~workverb work	-0.0237
wrap_up	*	-1.2247
wrap_up	1	-0.0402
wrap_up	1 minut	-0.0223
wrap_up	1 ~limit	-0.0223
wrap_up	1 ~timeunit	-0.0223
wrap_up	11	-0.0278
wrap_up	12th	0.0535
wrap_up	15	-0.1097
wrap_up	15 minut	-0.0858
wrap_up	15 ~limit	-0.0858
wrap_up	15 ~timeunit	-0.0858
wrap_up	18	0.0379
wrap_up	18 so	0.0387
wrap_up	2 25	-0.02
wrap_up	2 30	0.03
wrap_up	2 minut	-0.0275
wrap_up	2 ~limit	-0.0275
wrap_up	2 ~timeunit	-0.0275
wrap_up	20	-0.0322
wrap_up	20 minut	-0.0219
wrap_up	20 ~limit	-0.0353
wrap_up	20 ~timeunit	-0.0225
wrap_up	25	-0.081
wrap_up	25 minut	-0.0433
wrap_up	25 ~limit	-0.0225
wrap_up	25 ~timeunit	-0.0433
wrap_up	3 30	-0.0245
wrap_up	3 i	-0.0237
wrap_up	3 ~number	-0.0416
wrap_up	30	0.0291
wrap_up	30 minut	0.0548
wrap_up	30 ~limit	0.0547
wrap_up	30 ~timeunit	0.0548
wrap_up	4	-0.0386
wrap_up	4 so	0.0227
wrap_up	5	0.0358
wrap_up	5 so	0.0296
wrap_up	5 ~number	0.0237
wrap_up	?	-1.1401
wrap_up	^after	-0.0405
wrap_up	^ahh	0.0401
wrap_up	^alright	0.366
wrap_up	^also	-0.0364
wrap_up	^and	-0.1134
wrap_up	^ani	-0.0698
wrap_up	^anyon	-0.022
wrap_up	^anyway	0.3181
wrap_up	^apolog	-0.0346
wrap_up	^appreci	-0.0257
wrap_up	^are	-0.2439
wrap_up	^back	-0.0454
wrap_up	^befor	-0.1732
wrap_up	^brb	-0.023
wrap_up	^brilliant	0.0489
wrap_up	^bye	0.3345
wrap_up	^can	-0.0711
wrap_up	^catch	0.0979
wrap_up	^cheer	0.1785
wrap_up	^conscious	-0.0215
wrap_up	^could	0.1399
wrap_up	^did	-0.0671
wrap_up	^do	-0.2686
wrap_up	^end	0.1155
wrap_up	^enjoy	0.2253
wrap_up	^excus	-0.0309
wrap_up	^feel	-0.0485
wrap_up	^go	0.0479
wrap_up	^good	-0.0439
wrap_up	^goodby	0.1326
wrap_up	^gosh	0.0713
wrap_up	^got	0.2652
wrap_up	^great	0.2176
wrap_up	^ha	-0.0445
wrap_up	^hang	-0.0386
wrap_up	^happi	0.0205
wrap_up	^have	0.5218
wrap_up	^hello	-0.1095
wrap_up	^hey	-0.0356
wrap_up	^hi	-0.2412
wrap_up	^hiya	-0.0231
wrap_up	^hmm	-0.0281
wrap_up	^hold	-0.0638
wrap_up	^honest	-0.1259
wrap_up	^hope	0.1128
wrap_up	^how	-0.3726
wrap_up	^i	0.2037
wrap_up	^if	-0.1865
wrap_up	^in	-0.0316
wrap_up	^is	-0.1024
wrap_up	^it	0.145
wrap_up	^just	-0.1521
wrap_up	^keep	-0.0239
wrap_up	^let	0.0535
wrap_up	^like	0.0281
wrap_up	^look	0.1615
wrap_up	^may	-0.0365
wrap_up	^mayb	-0.0356
wrap_up	^mind	0.0737
wrap_up	^mucha	0.0611
wrap_up	^my	-0.1784
wrap_up	^nice	0.0401
wrap_up	^no	-0.0509
wrap_up	^noth	0.1303
wrap_up	^of	0.0609
wrap_up	^oh	0.1157
wrap_up	^ok	0.7621
wrap_up	^omg	0.0571
wrap_up	^onc	-0.0418
wrap_up	^pleas	0.0515
wrap_up	^quick	-0.0676
wrap_up	^realli	0.2428
wrap_up	^right	0.4044
wrap_up	^see	0.0614
wrap_up	^serious	-0.023
wrap_up	^shall	0.2908
wrap_up	^should	0.085
wrap_up	^sinc	-0.0497
wrap_up	^so	0.0672
wrap_up	^sorri	0.0691
wrap_up	^sri	0.0563
wrap_up	^ta	0.0748
wrap_up	^take	0.1945
wrap_up	^talk	0.0728
wrap_up	^tell	-0.0515
wrap_up	^thank	-0.2143
wrap_up	^that	1.1192
wrap_up	^the	-0.0336
wrap_up	^then	0.0239
wrap_up	^think	0.0307
wrap_up	^this	0.102
wrap_up	^those	0.2675
wrap_up	^time	-0.0219
wrap_up	^total	0.1416
wrap_up	^wait	-0.0474
wrap_up	^walk	-0.0375
wrap_up	^was	-0.0407
wrap_up	^we	0.0217
wrap_up	^well	0.2282
wrap_up	^were	-0.0327
wrap_up	^what	-0.5006
wrap_up	^when	-0.0695
wrap_up	^where	-0.0653
wrap_up	^which	-0.0721
wrap_up	^who	-0.0766
wrap_up	^will	-0.0454
wrap_up	^wish	0.0372
wrap_up	^with	0.1018
wrap_up	^would	0.0721
wrap_up	^wow	-0.0492
wrap_up	^yes	0.0322
wrap_up	^you	-0.098
wrap_up	a	-0.1907
wrap_up	a bachelor	-0.0202
wrap_up	a big	-0.0232
wrap_up	a bit	-0.0428
wrap_up	a break	0.0565
wrap_up	a brief	0.0475
wrap_up	a busi	-0.0321
wrap_up	a career	-0.0402
wrap_up	a chanc	-0.0245
wrap_up	a class	0.0429
wrap_up	a clearer	0.0384
wrap_up	a close	0.0202
wrap_up	a contract	0.0291
wrap_up	a copi	-0.0217
wrap_up	a coupl	0.0385
wrap_up	a cs	-0.0241
wrap_up	a day	0.0269
wrap_up	a deliveri	-0.0231
wrap_up	a feel	-0.0315
wrap_up	a few	-0.062
wrap_up	a generous	0.0633
wrap_up	a good	0.4251
wrap_up	a great	0.0613
wrap_up	a hard	-0.057
wrap_up	a job	0.0452
wrap_up	a lab	0.0783
wrap_up	a lectur	0.0466
wrap_up	a line	-0.0234
wrap_up	a list	-0.0478
wrap_up	a littl	-0.0297
wrap_up	a long	-0.0235
wrap_up	a lot	0.0477
wrap_up	a love	0.1886
wrap_up	a master	-0.0327
wrap_up	a meet	0.0935
wrap_up	a million	0.1439
wrap_up	a minut	0.0222
wrap_up	a moment	-0.0251
wrap_up	a month	0.0828
wrap_up	a much	-0.0252
wrap_up	a natur	0.0939
wrap_up	a nice	0.1056
wrap_up	a pack	0.0403
wrap_up	a pleasur	0.077
wrap_up	a posit	-0.0321
wrap_up	a program	0.0466
wrap_up	a project	-0.0307
wrap_up	a proper	-0.04
wrap_up	a question	-0.0206
wrap_up	a quick	0.0227
wrap_up	a real	0.0473
wrap_up	a realli	-0.0404
wrap_up	a referr	-0.0461
wrap_up	a role	0.0335
wrap_up	a sec	-0.0829
wrap_up	a second	-0.0605
wrap_up	a seminar	0.067
wrap_up	a short	-0.0478
wrap_up	a small	-0.0537
wrap_up	a thank	-0.1529
wrap_up	a ton	0.0593
wrap_up	a typic	-0.0494
wrap_up	a ~closing	0.0379
wrap_up	a ~degree	-0.0499
wrap_up	a ~job	0.0272
wrap_up	a ~org	0.0421
wrap_up	a ~student	-0.0992
wrap_up	a ~talk	0.0919
wrap_up	a ~timeunit	0.0222
wrap_up	a ~want	-0.0412
wrap_up	abl	-0.0207
wrap_up	abl to	-0.0207
wrap_up	about	-0.4205
wrap_up	about cover	0.0413
wrap_up	about five	-0.0219
wrap_up	about how	0.0747
wrap_up	about it	-0.0217
wrap_up	about learn	0.1015
wrap_up	about me	-0.0336
wrap_up	about not	-0.0219
wrap_up	about ten	-0.0347
wrap_up	about that	-0.1098
wrap_up	about the	-0.1482
wrap_up	about this	-0.0285
wrap_up	about to	0.1369
wrap_up	about whether	-0.0258
wrap_up	about ~clock	-0.0869
wrap_up	about ~number	-0.2818
wrap_up	abrupt	0.0408
wrap_up	accept	-0.116
wrap_up	accept my	-0.0875
wrap_up	access	-0.0404
wrap_up	access audit	-0.0212
wrap_up	account	-0.083
wrap_up	across	0.0414
wrap_up	across a	-0.0221
wrap_up	across ~number	-0.0408
wrap_up	actual	-0.1178
wrap_up	actual do	-0.0242
wrap_up	actual enjoy	0.0597
wrap_up	actuari	0.0244
wrap_up	actuari work	0.0503
wrap_up	actuari ~learn	0.0502
wrap_up	actuari ~workverb	0.0503
wrap_up	add	0.0932
wrap_up	add you	-0.0303
wrap_up	admiss	-0.0306
wrap_up	admit	0.0395
wrap_up	advic	-0.0251
wrap_up	advic about	0.0205
wrap_up	advis	-0.0228
wrap_up	advisor	-0.0468
wrap_up	afraid	0.0652
wrap_up	afraid i	0.0739
wrap_up	after	-0.284
wrap_up	after graduat	-0.0208
wrap_up	after i	-0.0606
wrap_up	after my	0.0703
wrap_up	after this	-0.1163
wrap_up	afternoon	0.1005
wrap_up	afternoon ms	-0.0214
wrap_up	afternoon thank	0.0241
wrap_up	afternoon ~degree	-0.0214
wrap_up	afterward	-0.0314
wrap_up	again	0.291
wrap_up	again after	-0.0288
wrap_up	again and	0.1177
wrap_up	again for	-0.0274
wrap_up	again i	-0.0824
wrap_up	again if	-0.0301
wrap_up	again in	0.0336
wrap_up	again this	0.0485
wrap_up	again when	0.0463
wrap_up	again ~want	-0.0327
wrap_up	age	-0.02
wrap_up	agenc	-0.0573
wrap_up	agenda	-0.0225
wrap_up	agre	-0.1436
wrap_up	agre to	-0.116
wrap_up	ah ok	-0.032
wrap_up	ah you	0.022
wrap_up	ahead	-0.0317
wrap_up	ahh	0.0401
wrap_up	ahh ok	0.0543
wrap_up	ai	-0.0213
wrap_up	all	0.9056
wrap_up	all day	-0.0277
wrap_up	all from	0.1552
wrap_up	all go	-0.0287
wrap_up	all i	0.3677
wrap_up	all my	0.2629
wrap_up	all of	0.042
wrap_up	all set	0.0817
wrap_up	all the	0.2209
wrap_up	all this	-0.0468
wrap_up	all we	0.0419
wrap_up	all ~closing	-0.031
wrap_up	all ~limit	-0.0232
wrap_up	all ~number	0.2186
wrap_up	almost	0.0453
wrap_up	almost out	-0.0231
wrap_up	almost over	0.0622
wrap_up	along	-0.0365
wrap_up	along my	0.0426
wrap_up	along to	-0.028
wrap_up	alot	-0.0496
wrap_up	alreadi	0.1321
wrap_up	alreadi 2	0.0384
wrap_up	alreadi 4	-0.0304
wrap_up	alreadi at	0.026
wrap_up	alreadi i	0.0503
wrap_up	alreadi over	0.0885
wrap_up	alreadi ~number	0.0275
wrap_up	alright	0.3984
wrap_up	alright i	0.2612
wrap_up	alright if	0.1896
wrap_up	alright that	0.1076
wrap_up	also	-0.0758
wrap_up	alumni	0.053
wrap_up	alumni survey	0.0814
wrap_up	alway	-0.0687
wrap_up	alway ~learn	-0.0249
wrap_up	am	-0.2363
wrap_up	am a	-0.1225
wrap_up	am afraid	0.0739
wrap_up	am all	0.0591
wrap_up	am alway	0.0269
wrap_up	am awar	-0.0277
wrap_up	am back	-0.1222
wrap_up	am curious	-0.0207
wrap_up	am done	0.0807
wrap_up	am go	0.1837
wrap_up	am good	0.1812
wrap_up	am grate	0.0465
wrap_up	am happi	-0.0403
wrap_up	am here	-0.0674
wrap_up	am hope	-0.0448
wrap_up	am i	0.0448
wrap_up	am in	-0.0314
wrap_up	am just	0.0209
wrap_up	am late	0.074
wrap_up	am main	-0.0312
wrap_up	am not	-0.1452
wrap_up	am on	0.0609
wrap_up	am out	0.1482
wrap_up	am pretti	-0.0442
wrap_up	am rambl	0.0254
wrap_up	am research	0.0568
wrap_up	am so	0.0314
wrap_up	am still	-0.0238
wrap_up	am tri	-0.0335
wrap_up	am veri	0.0349
wrap_up	am ~number	-0.1315
wrap_up	am ~studyverb	-0.0566
wrap_up	am ~want	-0.2211
wrap_up	an	-0.2416
wrap_up	an email	-0.0423
wrap_up	an extra	0.024
wrap_up	an eye	-0.0576
wrap_up	an hour	-0.0459
wrap_up	an internship	0.0694
wrap_up	an interview	-0.0341
wrap_up	an updat	0.0496
wrap_up	an ~contactverb	-0.0423
wrap_up	an ~job	0.0398
wrap_up	an ~limit	-0.0461
wrap_up	an ~sendverb	-0.0423
wrap_up	an ~student	-0.0207
wrap_up	an ~talk	-0.0765
wrap_up	an ~timeunit	-0.0459
wrap_up	analyst	-0.0218
wrap_up	analyt	-0.0387
wrap_up	and	0.079
wrap_up	and all	0.0276
wrap_up	and best	0.0754
wrap_up	and email	-0.0298
wrap_up	and for	0.0525
wrap_up	and get	-0.0387
wrap_up	and go	-0.0235
wrap_up	and good	0.1586
wrap_up	and guidanc	0.0224
wrap_up	and happi	0.0358
wrap_up	and honest	-0.0252
wrap_up	and i	0.0453
wrap_up	and if	0.158
wrap_up	and is	-0.0247
wrap_up	and jump	0.0377
wrap_up	and keep	-0.0327
wrap_up	and leav	0.027
wrap_up	and let	-0.0705
wrap_up	and my	-0.021
wrap_up	and need	0.0693
wrap_up	and now	-0.0562
wrap_up	and pleas	-0.063
wrap_up	and say	0.0751
wrap_up	and see	0.0208
wrap_up	and send	-0.0747
wrap_up	and tell	-0.0278
wrap_up	and thank	0.1966
wrap_up	and that	-0.027
wrap_up	and the	0.0438
wrap_up	and then	0.0662
wrap_up	and they	0.0238
wrap_up	and um	-0.0301
wrap_up	and want	-0.0207
wrap_up	and we	-0.0381
wrap_up	and would	-0.0445
wrap_up	and you	-0.025
wrap_up	and your	-0.0384
wrap_up	and ~contactverb	-0.0505
wrap_up	and ~insight	0.0611
wrap_up	and ~learn	-0.0271
wrap_up	and ~number	0.0226
wrap_up	and ~sendverb	-0.1196
wrap_up	and ~talk	-0.0326
wrap_up	and ~want	-0.0222
wrap_up	ani	0.1082
wrap_up	ani book	-0.0313
wrap_up	ani chanc	0.0681
wrap_up	ani further	0.087
wrap_up	ani good	-0.0407
wrap_up	ani longer	0.3878
wrap_up	ani more	0.1449
wrap_up	ani open	-0.0348
wrap_up	ani time	-0.0205
wrap_up	ani way	-0.0733
wrap_up	ani ~insight	-0.0215
wrap_up	ani ~job	-0.0821
wrap_up	ani ~limit	-0.021
wrap_up	ani ~people	-0.027
wrap_up	ani ~student	-0.0202
wrap_up	anoth	0.2069
wrap_up	anoth call	0.0265
wrap_up	anoth day	0.0238
wrap_up	anoth perspect	0.0621
wrap_up	anoth question	0.052
wrap_up	anoth time	0.0939
wrap_up	anoth ~closing	0.0238
wrap_up	anoth ~contactverb	0.0265
wrap_up	anoth ~insight	0.0621
wrap_up	anoth ~limit	0.1177
wrap_up	anoth ~talk	0.0305
wrap_up	answer all	0.0404
wrap_up	answer everyth	0.0569
wrap_up	answer my	-0.0439
wrap_up	answer that	-0.0202
wrap_up	anyon els	-0.0562
wrap_up	anyon in	0.0354
wrap_up	anyon on	0.0542
wrap_up	anyth	0.1393
wrap_up	anyth come	0.0309
wrap_up	anyth els	0.0542
wrap_up	anyth for	0.0737
wrap_up	anyth i	0.0887
wrap_up	anyth open	-0.0421
wrap_up	anyth you	0.15
wrap_up	anytim	0.0344
wrap_up	anyway	0.3128
wrap_up	anyway i	0.286
wrap_up	anywher	-0.0456
wrap_up	app ~want	0.0424
wrap_up	appli	-0.1976
wrap_up	appli anywher	-0.0209
wrap_up	appli for	-0.031
wrap_up	appli to	-0.0712
wrap_up	applic	0.0661
wrap_up	applic essay	0.0572
wrap_up	applic go	-0.03
wrap_up	applic goe	0.045
wrap_up	applic to	-0.0306
wrap_up	applic went	0.1015
wrap_up	appoint	0.0274
wrap_up	appreci	-0.0655
wrap_up	appreci it	0.0484
wrap_up	appreci you	-0.1293
wrap_up	appreci your	0.0467
wrap_up	apprenticeship	-0.0281
wrap_up	approach	-0.03
wrap_up	approach you	-0.0227
wrap_up	are	-0.0855
wrap_up	are a	0.097
wrap_up	are about	0.0302
wrap_up	are all	0.1081
wrap_up	are almost	-0.0252
wrap_up	are alreadi	0.089
wrap_up	are at	0.1519
wrap_up	are back	0.0596
wrap_up	are basic	-0.0267
wrap_up	are due	0.037
wrap_up	are kick	0.037
wrap_up	are open	-0.0241
wrap_up	are right	0.1419
wrap_up	are squeez	-0.0334
wrap_up	are there	-0.1785
wrap_up	are we	-0.0357
wrap_up	are you	-0.1329
wrap_up	are ~number	0.0793
wrap_up	are ~want	-0.0362
wrap_up	armi	-0.0292
wrap_up	around	-0.0828
wrap_up	around ~clock	-0.0314
wrap_up	arriv	0.0519
wrap_up	articl	-0.0445
wrap_up	articl i	0.029
wrap_up	articl on	-0.0696
wrap_up	as	-0.0939
wrap_up	as a	-0.0806
wrap_up	as i	0.1108
wrap_up	as ~number	-0.0947
wrap_up	ask	0.0292
wrap_up	ask about	-0.0289
wrap_up	ask everyth	0.0574
wrap_up	ask for	-0.0253
wrap_up	ask if	-0.0215
wrap_up	ask me	0.0368
wrap_up	ask one	-0.0203
wrap_up	ask you	-0.0382
wrap_up	ask ~clock	-0.0224
wrap_up	ask ~number	-0.0333
wrap_up	ask ~people	-0.0276
wrap_up	associ	-0.1052
wrap_up	associ you	-0.0346
wrap_up	at	-0.2721
wrap_up	at 11	-0.0262
wrap_up	at 18	0.0217
wrap_up	at 2	0.0283
wrap_up	at 30	0.0361
wrap_up	at 4	0.026
wrap_up	at a	-0.1033
wrap_up	at all	-0.1577
wrap_up	at half	-0.0801
wrap_up	at noon	0.0344
wrap_up	at six	0.0604
wrap_up	at the	0.1028
wrap_up	at this	0.0459
wrap_up	at time	0.1149
wrap_up	at uni	-0.0216
wrap_up	at your	-0.082
wrap_up	at ~limit	0.1149
wrap_up	at ~number	-0.0632
wrap_up	attach	-0.0218
wrap_up	audio	-0.0278
wrap_up	audit	-0.0936
wrap_up	august	-0.0305
wrap_up	awar	-0.0279
wrap_up	awar you	-0.0213
wrap_up	away	-0.0418
wrap_up	awesom	0.0457
wrap_up	babi	-0.0255
wrap_up	bachelor	-0.0276
wrap_up	bachelor in	-0.0241
wrap_up	back	-0.109
wrap_up	back and	-0.0409
wrap_up	back from	-0.0426
wrap_up	back into	0.0884
wrap_up	back now	-0.0413
wrap_up	back on	0.0233
wrap_up	back onc	-0.0371
wrap_up	back sorri	-0.0238
wrap_up	back to	0.2359
wrap_up	back up	0.0431
wrap_up	background	-0.0949
wrap_up	bad	-0.0301
wrap_up	bakeri	0.0477
wrap_up	bank	-0.0566
wrap_up	bar	-0.0288
wrap_up	basic	-0.0833
wrap_up	basic at	-0.0202
wrap_up	batteri	0.0671
wrap_up	batteri about	0.0441
wrap_up	be	-0.3782
wrap_up	be a	-0.0398
wrap_up	be abl	-0.0205
wrap_up	be all	0.0521
wrap_up	be alright	0.0498
wrap_up	be clear	0.0412
wrap_up	be comfort	0.0702
wrap_up	be consid	-0.0279
wrap_up	be glad	0.0278
wrap_up	be good	-0.021
wrap_up	be happi	-0.0327
wrap_up	be honest	-0.0201
wrap_up	be in	0.0435
wrap_up	be mind	-0.0369
wrap_up	be ok	-0.0313
wrap_up	be open	0.0789
wrap_up	be quick	-0.0983
wrap_up	be respect	-0.0323
wrap_up	be right	-0.0654
wrap_up	be so	0.1392
wrap_up	be use	-0.0401
wrap_up	be will	-0.068
wrap_up	be ~help	-0.0401
wrap_up	be ~number	-0.0445
wrap_up	becaus	-0.0286
wrap_up	becaus i	-0.0244
wrap_up	becaus my	0.0352
wrap_up	becom	-0.0285
wrap_up	becom ~number	-0.0202
wrap_up	been realli	0.05
wrap_up	been so	0.0935
wrap_up	been the	-0.0393
wrap_up	been ~number	-0.0292
wrap_up	been ~studyverb	-0.025
wrap_up	been ~want	0.0322
wrap_up	befor	-0.2124
wrap_up	befor you	-0.0609
wrap_up	believ	0.1745
wrap_up	believ i	0.0408
wrap_up	believ that	0.1185
wrap_up	best	0.1225
wrap_up	best of	0.0754
wrap_up	best way	-0.0289
wrap_up	best with	0.1251
wrap_up	bet	-0.0213
wrap_up	better	0.0383
wrap_up	better let	0.0543
wrap_up	better ~learn	0.0201
wrap_up	between	-0.1824
wrap_up	between meet	-0.0719
wrap_up	between your	-0.0338
wrap_up	beyond	-0.0394
wrap_up	big	-0.065
wrap_up	biggest	-0.0269
wrap_up	bit	-0.0708
wrap_up	bit about	-0.0362
wrap_up	bit of	-0.0219
wrap_up	bit over	0.0252
wrap_up	blog	-0.0384
wrap_up	board	0.0758
wrap_up	book	-0.1669
wrap_up	book or	-0.0462
wrap_up	book you	-0.0478
wrap_up	book ~number	-0.0256
wrap_up	boss	-0.0229
wrap_up	both	-0.021
wrap_up	brain	-0.05
wrap_up	brazil	-0.0306
wrap_up	brb	-0.0558
wrap_up	break for	-0.0511
wrap_up	break i	0.0277
wrap_up	brilliant	0.0522
wrap_up	brilliant i	-0.0202
wrap_up	brilliant that	0.0387
wrap_up	bring	0.0381
wrap_up	bring me	0.0551
wrap_up	broadband	-0.0213
wrap_up	brother	0.0219
wrap_up	brutal	-0.0396
wrap_up	budget	-0.0235
wrap_up	build	-0.0895
wrap_up	built	-0.021
wrap_up	burnout realli	0.0327
wrap_up	burnout ~want	0.0327
wrap_up	bus	0.1542
wrap_up	bus is	0.1646
wrap_up	busi	-0.0748
wrap_up	busi so	-0.0224
wrap_up	busi with	0.0243
wrap_up	busi ~closing	-0.038
wrap_up	busi ~limit	-0.0309
wrap_up	but	0.5419
wrap_up	but are	-0.0257
wrap_up	but could	0.0654
wrap_up	but honest	0.0228
wrap_up	but i	0.164
wrap_up	but one	0.0469
wrap_up	but pleas	0.0578
wrap_up	but thank	0.0481
wrap_up	but this	0.1438
wrap_up	but would	0.1527
wrap_up	but ~clock	0.0469
wrap_up	but ~number	0.0467
wrap_up	but ~people	0.0469
wrap_up	but ~want	0.1504
wrap_up	buy you	0.0208
wrap_up	buzz	-0.0334
wrap_up	buzz let	-0.0262
wrap_up	by	-0.1656
wrap_up	by ani	0.0238
wrap_up	by email	-0.0382
wrap_up	by hand	-0.0264
wrap_up	by my	-0.0306
wrap_up	by ~contactverb	-0.0382
wrap_up	by ~number	-0.0223
wrap_up	by ~sendverb	-0.0389
wrap_up	by ~talk	-0.0382
wrap_up	bye	0.914
wrap_up	bye bye	0.0759
wrap_up	bye for	0.1998
wrap_up	bye have	0.0406
wrap_up	calendar	0.0312
wrap_up	calendar is	0.0209
wrap_up	call	0.3566
wrap_up	call back	-0.0201
wrap_up	call here	0.0273
wrap_up	call i	-0.0705
wrap_up	call is	0.0233
wrap_up	call it	0.2356
wrap_up	call me	0.1182
wrap_up	call on	-0.0323
wrap_up	call thank	0.0395
wrap_up	call you	0.0264
wrap_up	call ~want	0.0206
wrap_up	calm	0.0289
wrap_up	came	0.0777
wrap_up	came in	0.0465
wrap_up	came up	0.0288
wrap_up	camera	-0.0219
wrap_up	can	0.1371
wrap_up	can be	-0.0386
wrap_up	can call	0.0227
wrap_up	can do	0.0223
wrap_up	can end	0.0517
wrap_up	can finish	0.0432
wrap_up	can have	0.0494
wrap_up	can i	0.1119
wrap_up	can keep	-0.0439
wrap_up	can make	0.0547
wrap_up	can return	-0.0222
wrap_up	can see	0.0707
wrap_up	can stop	0.0458
wrap_up	can tell	0.0586
wrap_up	can we	0.0758
wrap_up	can you	-0.1696
wrap_up	can ~learn	0.0764
wrap_up	can ~sendverb	-0.0548
wrap_up	candid	0.1026
wrap_up	candid about	0.0613
wrap_up	candid and	0.0411
wrap_up	card	-0.04
wrap_up	care	0.4155
wrap_up	care and	0.1376
wrap_up	career	-0.2409
wrap_up	career advis	-0.0319
wrap_up	career changer	-0.0242
wrap_up	career fair	-0.0311
wrap_up	carri	-0.0305
wrap_up	carv	-0.0396
wrap_up	carv out	-0.0396
wrap_up	case	0.0583
wrap_up	case a	0.0492
wrap_up	case it	0.0642
wrap_up	case ~number	0.0492
wrap_up	cat	-0.035
wrap_up	cat just	-0.0204
wrap_up	cat ~want	-0.0204
wrap_up	catch	0.138
wrap_up	catch my	0.0219
wrap_up	catch you	0.0979
wrap_up	cert	-0.0544
wrap_up	certif	-0.0861
wrap_up	chain you	0.0266
wrap_up	chanc	0.0233
wrap_up	chanc i	0.0726
wrap_up	chanc of	-0.0206
wrap_up	chanc to	-0.0295
wrap_up	chang	-0.073
wrap_up	changer	-0.0242
wrap_up	charger	-0.0361
wrap_up	charger back	-0.034
wrap_up	chariti	-0.024
wrap_up	chat and	0.0413
wrap_up	check	0.0627
wrap_up	check back	0.1183
wrap_up	check in	0.0533
wrap_up	check out	-0.039
wrap_up	cheer	0.2501
wrap_up	cheer for	0.1398
wrap_up	cheer that	-0.0228
wrap_up	choos	-0.0309
wrap_up	circl	-0.0339
wrap_up	circl back	-0.0324
wrap_up	class	0.1022
wrap_up	class but	0.0291
wrap_up	class in	0.0322
wrap_up	class start	0.0448
wrap_up	clean	-0.0256
wrap_up	clear	-0.0704
wrap_up	clear i	0.0477
wrap_up	clear up	-0.0311
wrap_up	client	-0.0875
wrap_up	clinic	-0.0751
wrap_up	clinic ~learn	-0.0244
wrap_up	clock	-0.0456
wrap_up	clock we	0.0636
wrap_up	close	0.135
wrap_up	close and	0.0357
wrap_up	close at	0.0564
wrap_up	close it	0.0308
wrap_up	code	-0.0475
wrap_up	coffe sometim	0.0232
wrap_up	coffe ~later	0.0206
wrap_up	colleagu	-0.0646
wrap_up	collect	0.0208
wrap_up	colleg	-0.0298
wrap_up	come	0.0443
wrap_up	come across	0.0931
wrap_up	come back	-0.0228
wrap_up	come from	-0.0225
wrap_up	comfort	0.0562
wrap_up	comfort introduc	0.0822
wrap_up	common	-0.0342
wrap_up	communiti	-0.0392
wrap_up	compani	-0.0895
wrap_up	complet	-0.0733
wrap_up	conclud	0.2499
wrap_up	conclud here	0.0874
wrap_up	conclud my	0.1185
wrap_up	conclud ~want	0.0874
wrap_up	confer	0.0439
wrap_up	confer goe	0.0355
wrap_up	confus	-0.0211
wrap_up	connect	-0.0872
wrap_up	connect me	-0.0238
wrap_up	connect on	-0.0576
wrap_up	connect with	0.069
wrap_up	conscious of	-0.0434
wrap_up	conscious that	0.0207
wrap_up	conserv	-0.0254
wrap_up	consid	-0.0456
wrap_up	consid ~number	-0.0202
wrap_up	consult	-0.0964
wrap_up	contact at	0.0312
wrap_up	contact you	-0.0252
wrap_up	context	-0.0372
wrap_up	continu	0.0249
wrap_up	contract role	0.0258
wrap_up	contract ~job	0.0254
wrap_up	convers	0.0629
wrap_up	convers and	0.1361
wrap_up	convers go	-0.0234
wrap_up	cool	-0.0669
wrap_up	cool i	-0.024
wrap_up	cool that	0.0522
wrap_up	copi	-0.0248
wrap_up	could	-0.0556
wrap_up	could check	0.0975
wrap_up	could do	0.0247
wrap_up	could i	0.1691
wrap_up	could tell	-0.0222
wrap_up	could ~contactverb	-0.031
wrap_up	could ~help	0.0324
wrap_up	could ~learn	-0.0204
wrap_up	could ~sendverb	-0.0268
wrap_up	could ~talk	-0.0598
wrap_up	count	-0.0303
wrap_up	counti	-0.0225
wrap_up	countri	-0.0219
wrap_up	coupl	0.0541
wrap_up	coupl month	0.0856
wrap_up	coupl more	-0.0352
wrap_up	coupl of	0.0255
wrap_up	coupl ~duration	0.0797
wrap_up	cours	-0.0418
wrap_up	cours go	0.0873
wrap_up	cousin	-0.0436
wrap_up	cover	0.5256
wrap_up	cover all	0.0455
wrap_up	cover everyth	0.2195
wrap_up	cover it	0.1913
wrap_up	cover letter	-0.034
wrap_up	cover my	0.075
wrap_up	crack	0.0373
wrap_up	crack on	0.0384
wrap_up	crazi	-0.0245
wrap_up	cross	0.0565
wrap_up	cs	-0.0269
wrap_up	cs degre	-0.0246
wrap_up	cs ~degree	-0.0243
wrap_up	curious	-0.0688
wrap_up	curious about	-0.0342
wrap_up	current	-0.0569
wrap_up	cut	0.2142
wrap_up	cut me	-0.0415
wrap_up	cut out	-0.0388
wrap_up	cut this	0.2922
wrap_up	cut you	0.035
wrap_up	dad	0.0301
wrap_up	daili	-0.0211
wrap_up	dana	0.0358
wrap_up	dana i	0.0587
wrap_up	dash	0.2931
wrap_up	dash for	0.0697
wrap_up	data	-0.1487
wrap_up	data scienc	-0.021
wrap_up	data scientist	-0.0213
wrap_up	date	-0.0251
wrap_up	daughter	0.1378
wrap_up	daughter need	0.0732
wrap_up	day	-0.0314
wrap_up	day in	0.0307
wrap_up	day that	-0.0214
wrap_up	day to	-0.076
wrap_up	daycar	0.0661
wrap_up	deadlin	-0.0451
wrap_up	deal	-0.0404
wrap_up	deal with	-0.0251
wrap_up	decent	-0.0262
wrap_up	decid	0.0303
wrap_up	decid on	0.0721
wrap_up	decid to	-0.0289
wrap_up	decis	-0.0227
wrap_up	def	-0.08
wrap_up	def send	-0.0272
wrap_up	def ~sendverb	-0.0306
wrap_up	definit	-0.1714
wrap_up	definit report	-0.023
wrap_up	defo	-0.021
wrap_up	degre	-0.0972
wrap_up	deliveri	-0.0638
wrap_up	dentist	0.0243
wrap_up	depart	-0.0482
wrap_up	design	-0.1528
wrap_up	desk	-0.0249
wrap_up	detail of	0.0584
wrap_up	develop	-0.0264
wrap_up	did	-0.2466
wrap_up	did it	-0.0205
wrap_up	did not	0.0443
wrap_up	did you	-0.1709
wrap_up	did ~number	-0.0286
wrap_up	die	0.105
wrap_up	die so	0.0593
wrap_up	differ	-0.0565
wrap_up	digest	-0.052
wrap_up	digest everyth	-0.042
wrap_up	digit	0.0207
wrap_up	direct	-0.0611
wrap_up	director	-0.0222
wrap_up	discord	-0.0226
wrap_up	discuss	0.0606
wrap_up	dissert	-0.0318
wrap_up	dm	-0.024
wrap_up	dm you	-0.0205
wrap_up	do	-0.3962
wrap_up	do a	-0.0469
wrap_up	do an	-0.021
wrap_up	do anyth	0.0756
wrap_up	do for	-0.0348
wrap_up	do have	0.072
wrap_up	do is	0.0399
wrap_up	do it	-0.0269
wrap_up	do not	0.2332
wrap_up	do on	0.0243
wrap_up	do peopl	-0.0302
wrap_up	do to	0.0313
wrap_up	do you	-0.2664
wrap_up	do ~number	-0.0859
wrap_up	do ~people	-0.0312
wrap_up	doe	-0.152
wrap_up	doe a	-0.0413
wrap_up	doe it	0.0421
wrap_up	doe that	-0.0373
wrap_up	doe the	-0.0353
wrap_up	doe ~number	-0.0769
wrap_up	dog	-0.0527
wrap_up	done	0.2751
wrap_up	done thank	0.0275
wrap_up	done that	0.026
wrap_up	done the	-0.0336
wrap_up	done this	0.0526
wrap_up	done ~number	-0.0583
wrap_up	door	-0.0891
wrap_up	doorbel	-0.0321
wrap_up	down	-0.1336
wrap_up	down for	0.0255
wrap_up	down the	-0.022
wrap_up	down ~number	-0.0398
wrap_up	down ~want	-0.0249
wrap_up	dr	-0.0463
wrap_up	dr kim	0.0218
wrap_up	dr osei	-0.0231
wrap_up	draft	-0.033
wrap_up	draw	0.021
wrap_up	drill	-0.0244
wrap_up	drop off	0.0542
wrap_up	due	0.0359
wrap_up	dumb	-0.0211
wrap_up	ear	0.0405
wrap_up	earli	-0.0231
wrap_up	earlier	-0.0352
wrap_up	easi	0.0564
wrap_up	easier	-0.0218
wrap_up	eat	0.0856
wrap_up	eat into	0.0485
wrap_up	econom	-0.0323
wrap_up	els	0.0687
wrap_up	els come	0.0748
wrap_up	els from	0.134
wrap_up	els i	0.0326
wrap_up	els should	-0.0331
wrap_up	els you	-0.0502
wrap_up	email	-0.0645
wrap_up	email a	0.064
wrap_up	email if	0.0265
wrap_up	email onc	-0.0284
wrap_up	email so	-0.0462
wrap_up	email them	-0.0249
wrap_up	email to	-0.0221
wrap_up	email you	0.0975
wrap_up	email ~number	0.0483
wrap_up	encourag	-0.022
wrap_up	end	0.4237
wrap_up	end here	0.1671
wrap_up	end i	-0.0204
wrap_up	end it	0.042
wrap_up	end of	0.1373
wrap_up	end on	0.1175
wrap_up	end the	0.0449
wrap_up	end there	0.0352
wrap_up	end to	0.0289
wrap_up	end up	-0.1381
wrap_up	end ~number	0.0417
wrap_up	end ~want	0.1907
wrap_up	engin	-0.1258
wrap_up	english	-0.0807
wrap_up	english is	-0.0388
wrap_up	enjoy	0.4667
wrap_up	enjoy the	0.2582
wrap_up	enjoy this	0.0676
wrap_up	enjoy your	0.0818
wrap_up	enjoy ~number	0.2576
wrap_up	enough	0.1718
wrap_up	enough of	0.0975
wrap_up	enough thank	0.0381
wrap_up	entri	-0.0217
wrap_up	entri level	-0.0205
wrap_up	episod	-0.0469
wrap_up	episod i	-0.0303
wrap_up	essay	0.056
wrap_up	even	-0.1183
wrap_up	even just	-0.0363
wrap_up	even ~want	-0.0385
wrap_up	evening	0.2392
wrap_up	evening and	0.0343
wrap_up	evening ~degree	-0.0265
wrap_up	event	-0.0402
wrap_up	ever	-0.1377
wrap_up	ever a	-0.0242
wrap_up	ever help	0.0242
wrap_up	ever open	0.0248
wrap_up	ever return	0.0397
wrap_up	ever so	0.0337
wrap_up	ever want	-0.0317
wrap_up	ever ~help	0.0503
wrap_up	ever ~learn	-0.0247
wrap_up	ever ~number	-0.0348
wrap_up	ever ~want	-0.0293
wrap_up	everi	-0.0497
wrap_up	everi day	-0.0205
wrap_up	everi ~closing	-0.0376
wrap_up	everi ~limit	-0.0206
wrap_up	everyon	-0.0444
wrap_up	everyth	0.9609
wrap_up	everyth from	0.1654
wrap_up	everyth i	0.4616
wrap_up	everyth on	0.2137
wrap_up	ex	-0.0222
wrap_up	exam	-0.0384
wrap_up	excel	-0.0471
wrap_up	exchang	-0.0219
wrap_up	excit	-0.0213
wrap_up	excus	-0.0309
wrap_up	excus me	-0.0309
wrap_up	exhibit	0.0323
wrap_up	exhibit open	0.0473
wrap_up	exhibit ~job	0.0473
wrap_up	expect	-0.0322
wrap_up	experi	-0.1176
wrap_up	explain	-0.1178
wrap_up	explain that	-0.0424
wrap_up	explain the	-0.0274
wrap_up	explain ~number	-0.0274
wrap_up	explan	0.0304
wrap_up	extra pair	0.0343
wrap_up	eye	-0.0957
wrap_up	eye on	-0.0669
wrap_up	eye open	-0.021
wrap_up	eye ~job	-0.021
wrap_up	fair	-0.0737
wrap_up	fall	0.0357
wrap_up	famili	-0.0231
wrap_up	far	-0.0321
wrap_up	fascin	-0.0206
wrap_up	fast	-0.0307
wrap_up	favor	0.0309
wrap_up	favor anytim	0.0225
wrap_up	favor i	0.0295
wrap_up	favor with	0.0303
wrap_up	feedback	-0.0358
wrap_up	feel	-0.0743
wrap_up	feel for	-0.0317
wrap_up	feel free	-0.0519
wrap_up	feel like	-0.0285
wrap_up	feel right	0.1179
wrap_up	few	-0.0785
wrap_up	few week	-0.0271
wrap_up	field	-0.1578
wrap_up	figur	-0.025
wrap_up	final	-0.104
wrap_up	final year	-0.0267
wrap_up	final ~duration	-0.0267
wrap_up	find	-0.0722
wrap_up	fine	-0.0438
wrap_up	fine if	-0.0206
wrap_up	finish	0.061
wrap_up	finish here	0.0833
wrap_up	finish is	-0.0229
wrap_up	finish my	-0.0668
wrap_up	finish now	0.0326
wrap_up	finish the	0.0503
wrap_up	finish ~number	0.0348
wrap_up	finish ~want	0.0833
wrap_up	fire	-0.0425
wrap_up	firm	-0.1022
wrap_up	first	-0.2404
wrap_up	first befor	-0.0221
wrap_up	first semest	0.0525
wrap_up	first then	-0.0258
wrap_up	first year	-0.0242
wrap_up	first ~duration	-0.0242
wrap_up	fit me	0.0207
wrap_up	fix	-0.0225
wrap_up	flag	-0.0329
wrap_up	flag my	-0.0233
wrap_up	flight	0.0546
wrap_up	floor	0.0214
wrap_up	flow	0.0242
wrap_up	flow i	0.0247
wrap_up	focus	-0.0474
wrap_up	folk	-0.0232
wrap_up	follow	-0.2024
wrap_up	follow up	-0.141
wrap_up	follow you	-0.0316
wrap_up	food	-0.0236
wrap_up	for	-0.2743
wrap_up	for a	-0.1416
wrap_up	for accept	-0.099
wrap_up	for agre	-0.0929
wrap_up	for an	-0.0259
wrap_up	for answer	-0.0326
wrap_up	for anyth	-0.0445
wrap_up	for be	0.1542
wrap_up	for do	0.0241
wrap_up	for everyth	0.0498
wrap_up	for explain	-0.0933
wrap_up	for fit	0.0314
wrap_up	for give	-0.0621
wrap_up	for it	-0.0703
wrap_up	for keep	-0.0262
wrap_up	for let	-0.0213
wrap_up	for make	-0.0722
wrap_up	for my	0.0673
wrap_up	for now	0.3102
wrap_up	for one	-0.0379
wrap_up	for school	-0.0267
wrap_up	for someon	-0.0335
wrap_up	for squeez	0.0751
wrap_up	for stay	-0.0216
wrap_up	for such	0.062
wrap_up	for take	-0.0492
wrap_up	for that	0.0761
wrap_up	for the	0.1472
wrap_up	for today	0.2305
wrap_up	for wait	-0.0338
wrap_up	for your	0.2135
wrap_up	for ~clock	-0.122
wrap_up	for ~hiring	-0.0507
wrap_up	for ~insight	-0.0287
wrap_up	for ~job	-0.022
wrap_up	for ~number	-0.0988
wrap_up	for ~org	-0.029
wrap_up	for ~people	-0.0942
wrap_up	for ~studyverb	-0.0273
wrap_up	for ~talk	-0.0295
wrap_up	forget	-0.0465
wrap_up	forward	-0.1299
wrap_up	forward my	-0.0261
wrap_up	forward you	-0.0286
wrap_up	found	-0.0436
wrap_up	free	-0.0532
wrap_up	free to	-0.0523
wrap_up	free you	0.0772
wrap_up	freelanc	-0.0491
wrap_up	friend	-0.0556
wrap_up	from	0.2222
wrap_up	from a	-0.0293
wrap_up	from brazil	-0.0215
wrap_up	from me	0.5807
wrap_up	from my	0.1386
wrap_up	from nurseri	0.0218
wrap_up	from practic	0.0238
wrap_up	from school	0.0603
wrap_up	from teach	-0.029
wrap_up	from the	-0.0882
wrap_up	from today	-0.0224
wrap_up	from work	0.0559
wrap_up	from you	-0.0285
wrap_up	from your	-0.0508
wrap_up	from ~learn	0.0511
wrap_up	from ~number	-0.1193
wrap_up	from ~org	0.0819
wrap_up	from ~people	-0.0232
wrap_up	from ~workverb	0.0268
wrap_up	front	-0.0349
wrap_up	fund	-0.0269
wrap_up	further	0.1538
wrap_up	further question	0.051
wrap_up	futur	-0.0204
wrap_up	game	-0.0756
wrap_up	gave	0.0312
wrap_up	gave me	0.0409
wrap_up	general	-0.0211
wrap_up	generos	0.0237
wrap_up	generous	0.1226
wrap_up	generous of	-0.0251
wrap_up	generous with	0.0596
wrap_up	genuin	-0.0758
wrap_up	genuin so	-0.0286
wrap_up	genuin ~want	-0.026
wrap_up	get	0.2517
wrap_up	get a	-0.0257
wrap_up	get back	0.3637
wrap_up	get go	0.1926
wrap_up	get hire	-0.0298
wrap_up	get into	-0.0624
wrap_up	get it	-0.0437
wrap_up	get my	-0.0736
wrap_up	get on	0.1364
wrap_up	get out	0.0785
wrap_up	get stuck	0.0777
wrap_up	get that	-0.0229
wrap_up	get the	-0.0517
wrap_up	get to	0.0519
wrap_up	get your	-0.0373
wrap_up	get ~number	-0.0843
wrap_up	give	-0.1601
wrap_up	give me	-0.0935
wrap_up	give up	-0.0405
wrap_up	given	0.0283
wrap_up	glad	0.036
wrap_up	glad to	0.0263
wrap_up	glad we	0.0246
wrap_up	go	1.0361
wrap_up	go anywher	-0.0208
wrap_up	go at	-0.0269
wrap_up	go back	-0.1243
wrap_up	go but	0.2424
wrap_up	go could	-0.0446
wrap_up	go enjoy	0.0304
wrap_up	go for	-0.0888
wrap_up	go go	0.0757
wrap_up	go i	0.1942
wrap_up	go in	0.0341
wrap_up	go into	-0.042
wrap_up	go is	-0.0792
wrap_up	go my	0.1602
wrap_up	go now	0.3049
wrap_up	go on	-0.0539
wrap_up	go or	-0.0304
wrap_up	go over	-0.0366
wrap_up	go pick	0.0518
wrap_up	go sorri	0.0399
wrap_up	go thank	0.1296
wrap_up	go the	0.037
wrap_up	go through	-0.0598
wrap_up	go to	0.1193
wrap_up	go what	0.0905
wrap_up	go ~insight	0.0243
wrap_up	go ~learn	0.0624
wrap_up	go ~number	0.0282
wrap_up	go ~want	-0.024
wrap_up	goal	-0.0466
wrap_up	goal today	-0.0251
wrap_up	goe	-0.07
wrap_up	goe if	-0.0209
wrap_up	goe next	-0.0242
wrap_up	goe well	0.0393
wrap_up	gone	-0.1224
wrap_up	gone over	-0.0795
wrap_up	good	0.5294
wrap_up	good afternoon	-0.078
wrap_up	good at	-0.0223
wrap_up	good book	-0.023
wrap_up	good day	0.0801
wrap_up	good luck	0.2151
wrap_up	good morn	-0.0992
wrap_up	good night	0.0493
wrap_up	good one	0.1485
wrap_up	good place	0.0217
wrap_up	good rest	0.0711
wrap_up	good talk	0.0979
wrap_up	good to	-0.0271
wrap_up	good weekend	0.0296
wrap_up	good ~clock	0.1485
wrap_up	good ~closing	0.0745
wrap_up	good ~insight	-0.0249
wrap_up	good ~limit	-0.1136
wrap_up	good ~number	0.1461
wrap_up	good ~org	0.0217
wrap_up	good ~people	0.1472
wrap_up	good ~talk	0.0979
wrap_up	goodby	0.3256
wrap_up	goodby and	0.0315
wrap_up	goodby for	0.1226
wrap_up	goodby here	0.0256
wrap_up	goodby ~want	0.0256
wrap_up	googl	-0.0262
wrap_up	gosh	0.069
wrap_up	gosh it	0.0423
wrap_up	got	0.4765
wrap_up	got a	0.0362
wrap_up	got about	-0.0791
wrap_up	got everyth	0.0469
wrap_up	got half	-0.0208
wrap_up	got into	-0.0234
wrap_up	got it	-0.0577
wrap_up	got like	-0.0512
wrap_up	got to	0.7375
wrap_up	got ~clock	-0.0517
wrap_up	got ~number	-0.0262
wrap_up	got ~people	0.0219
wrap_up	grab	-0.0626
wrap_up	grab ~number	-0.0319
wrap_up	gracia	0.0608
wrap_up	gracia for	0.0587
wrap_up	grad scheme	-0.0237
wrap_up	grad school	0.0609
wrap_up	grad ~org	0.0633
wrap_up	graduat	-0.0983
wrap_up	graduat scheme	-0.0232
wrap_up	grant	-0.0625
wrap_up	grant write	-0.0251
wrap_up	grate	0.0932
wrap_up	grate for	0.0881
wrap_up	gratitud	0.0358
wrap_up	great	0.3483
wrap_up	great chat	0.0741
wrap_up	great rest	0.0389
wrap_up	great talk	0.0542
wrap_up	great that	0.1014
wrap_up	great weekend	0.0682
wrap_up	great ~closing	0.1071
wrap_up	great ~talk	0.1282
wrap_up	group i	0.0289
wrap_up	guess	0.07
wrap_up	guess that	0.0636
wrap_up	guidanc i	0.0345
wrap_up	guy	-0.1014
wrap_up	guy hire	-0.0245
wrap_up	guy ~gatekeeper	-0.0241
wrap_up	guy ~hiring	-0.0261
wrap_up	ha	-0.0445
wrap_up	habit	-0.0231
wrap_up	had	0.2131
wrap_up	had a	0.0442
wrap_up	had all	0.0307
wrap_up	had no	-0.0903
wrap_up	had not	-0.0699
wrap_up	had on	0.0379
wrap_up	had prepar	0.074
wrap_up	had thank	0.0464
wrap_up	had to	-0.1521
wrap_up	hair	0.0736
wrap_up	hair now	0.0523
wrap_up	half	-0.0816
wrap_up	half an	-0.0409
wrap_up	half hour	0.0335
wrap_up	half past	-0.0558
wrap_up	half ~limit	0.0335
wrap_up	half ~number	-0.0432
wrap_up	half ~timeunit	0.0335
wrap_up	halvorsen	0.0434
wrap_up	hand	-0.0383
wrap_up	hand for	0.0623
wrap_up	hand on	-0.0218
wrap_up	hand with	0.0222
wrap_up	handi	-0.0311
wrap_up	handi with	-0.0223
wrap_up	handl	-0.0297
wrap_up	hang	-0.0567
wrap_up	hang on	-0.0401
wrap_up	happen	-0.0317
wrap_up	happi	-0.0601
wrap_up	happi to	-0.0534
wrap_up	hard	-0.0601
wrap_up	hard part	0.0492
wrap_up	hard stop	-0.0556
wrap_up	hardest	-0.022
wrap_up	has	-0.0266
wrap_up	has been	0.0845
wrap_up	has honest	-0.0272
wrap_up	has ~workverb	0.0843
wrap_up	have	0.6584
wrap_up	have 15	-0.0365
wrap_up	have a	0.6697
wrap_up	have about	-0.0253
wrap_up	have alreadi	-0.026
wrap_up	have answer	0.0239
wrap_up	have appli	0.0385
wrap_up	have ask	0.0912
wrap_up	have been	-0.1787
wrap_up	have contact	0.0396
wrap_up	have cover	0.024
wrap_up	have decid	0.1107
wrap_up	have digest	-0.0479
wrap_up	have done	-0.0733
wrap_up	have finish	-0.0416
wrap_up	have given	0.0351
wrap_up	have gone	-0.115
wrap_up	have got	0.179
wrap_up	have had	-0.0511
wrap_up	have half	-0.0283
wrap_up	have heard	-0.0584
wrap_up	have hit	0.1966
wrap_up	have just	0.0438
wrap_up	have kept	0.0846
wrap_up	have my	-0.023
wrap_up	have no	0.0395
wrap_up	have not	-0.0437
wrap_up	have onli	-0.0819
wrap_up	have read	-0.0228
wrap_up	have spoken	-0.0685
wrap_up	have taken	0.0775
wrap_up	have to	0.568
wrap_up	have you	-0.029
wrap_up	have ~clock	-0.0542
wrap_up	have ~insight	-0.0228
wrap_up	have ~number	0.5572
wrap_up	have ~people	0.0329
wrap_up	have ~studyverb	-0.045
wrap_up	have ~want	0.0398
wrap_up	have ~workverb	-0.2141
wrap_up	head	0.2523
wrap_up	head off	0.224
wrap_up	head out	0.1115
wrap_up	head up	-0.0333
wrap_up	health	-0.0621
wrap_up	heap	0.0478
wrap_up	heap for	0.0217
wrap_up	heap i	-0.0203
wrap_up	hear	-0.2175
wrap_up	hear back	-0.023
wrap_up	hear from	-0.0268
wrap_up	hear how	-0.0311
wrap_up	hear me	-0.0496
wrap_up	heard	-0.0924
wrap_up	heard back	-0.0369
wrap_up	hectic	-0.0215
wrap_up	hello	-0.1138
wrap_up	hello mr	-0.0236
wrap_up	help	-0.0288
wrap_up	help and	-0.0302
wrap_up	help i	-0.0414
wrap_up	help out	-0.0335
wrap_up	help thank	0.0345
wrap_up	help the	0.0612
wrap_up	help today	0.1077
wrap_up	help with	-0.0765
wrap_up	help you	0.056
wrap_up	help ~number	0.0721
wrap_up	help ~want	0.0296
wrap_up	her	-0.1544
wrap_up	here	0.9576
wrap_up	here and	-0.0298
wrap_up	here but	0.0564
wrap_up	here got	0.0437
wrap_up	here i	0.0337
wrap_up	here if	0.0868
wrap_up	here in	-0.0259
wrap_up	here or	-0.0318
wrap_up	here thank	0.1145
wrap_up	here this	0.0212
wrap_up	here to	-0.1138
wrap_up	herself	0.025
wrap_up	herself out	0.0252
wrap_up	hesit	-0.0316
wrap_up	hesit to	-0.0235
wrap_up	hey	-0.0356
wrap_up	hey so	0.0594
wrap_up	hi	-0.1536
wrap_up	hi dr	-0.0257
wrap_up	hi sorri	-0.0264
wrap_up	hi to	0.0942
wrap_up	high	-0.0338
wrap_up	high school	-0.0236
wrap_up	high ~org	-0.0236
wrap_up	him	-0.041
wrap_up	hire	-0.2649
wrap_up	hire manag	-0.0348
wrap_up	hire me	-0.0213
wrap_up	hire team	0.0342
wrap_up	hire ~gatekeeper	-0.0353
wrap_up	hire ~org	0.03
wrap_up	hire ~student	-0.0262
wrap_up	histori	0.0532
wrap_up	hit	0.1593
wrap_up	hit the	0.1119
wrap_up	hit you	-0.0305
wrap_up	hit ~number	0.1107
wrap_up	hiya	-0.0231
wrap_up	hmm	-0.0281
wrap_up	hog	0.1282
wrap_up	hog you	0.1298
wrap_up	hold	0.0293
wrap_up	hold on	-0.0594
wrap_up	hold that	-0.0227
wrap_up	hold you	0.1217
wrap_up	hole	0.0253
wrap_up	holiday	0.0484
wrap_up	home from	0.0505
wrap_up	honest	-0.2037
wrap_up	honest been	-0.0272
wrap_up	honest i	-0.0738
wrap_up	honest if	-0.0232
wrap_up	honest it	-0.025
wrap_up	honest take	-0.0227
wrap_up	honest thank	-0.0223
wrap_up	honest the	0.0233
wrap_up	honest this	0.0335
wrap_up	honest ~insight	-0.0532
wrap_up	honest ~number	0.0233
wrap_up	honest ~workverb	-0.0285
wrap_up	honesti	0.0294
wrap_up	honesti about	0.0309
wrap_up	hook	-0.0226
wrap_up	hop	0.0949
wrap_up	hop off	0.1619
wrap_up	hop on	-0.0657
wrap_up	hope	0.0321
wrap_up	hope i	-0.0367
wrap_up	hope it	0.0558
wrap_up	hope our	0.0639
wrap_up	hope that	-0.0563
wrap_up	hope the	0.1412
wrap_up	hope to	-0.0608
wrap_up	hope we	-0.0221
wrap_up	hope you	-0.0329
wrap_up	hope ~number	0.1412
wrap_up	hospit	-0.0412
wrap_up	hospit my	0.0406
wrap_up	hour	-0.0653
wrap_up	hour and	0.0396
wrap_up	hour are	-0.0265
wrap_up	hour mark	0.0392
wrap_up	hour should	0.0276
wrap_up	hour so	0.0766
wrap_up	hous	-0.0586
wrap_up	how	-0.8696
wrap_up	how did	-0.1009
wrap_up	how do	-0.1289
wrap_up	how doe	-0.025
wrap_up	how i	-0.0244
wrap_up	how is	0.0261
wrap_up	how it	-0.0969
wrap_up	how long	-0.0603
wrap_up	how much	-0.1174
wrap_up	how the	-0.0288
wrap_up	how thing	0.042
wrap_up	how you	-0.1107
wrap_up	how your	-0.0204
wrap_up	how ~help	-0.1295
wrap_up	how ~number	-0.049
wrap_up	how ~studyverb	-0.1009
wrap_up	hr	-0.0523
wrap_up	i	0.0892
wrap_up	i am	-0.2361
wrap_up	i apolog	0.03
wrap_up	i appli	-0.0549
wrap_up	i appreci	-0.0819
wrap_up	i ask	-0.1123
wrap_up	i be	-0.0335
wrap_up	i believ	0.1751
wrap_up	i came	0.0676
wrap_up	i can	-0.1121
wrap_up	i check	0.0851
wrap_up	i come	-0.0317
wrap_up	i complet	-0.0258
wrap_up	i connect	0.1581
wrap_up	i contact	-0.0287
wrap_up	i could	-0.0705
wrap_up	i did	-0.0503
wrap_up	i do	0.2768
wrap_up	i eat	0.0326
wrap_up	i end	-0.0966
wrap_up	i feel	-0.0204
wrap_up	i figur	-0.0228
wrap_up	i finish	0.0504
wrap_up	i follow	-0.0319
wrap_up	i forget	-0.0313
wrap_up	i found	-0.0209
wrap_up	i go	0.036
wrap_up	i got	0.0875
wrap_up	i guess	0.0706
wrap_up	i had	0.3338
wrap_up	i have	0.4389
wrap_up	i hear	-0.026
wrap_up	i help	-0.0221
wrap_up	i hope	0.0483
wrap_up	i kept	0.0501
wrap_up	i know	-0.0429
wrap_up	i land	-0.0478
wrap_up	i learn	-0.0352
wrap_up	i left	-0.0208
wrap_up	i let	-0.0986
wrap_up	i love	-0.0271
wrap_up	i make	-0.0217
wrap_up	i mayb	-0.0223
wrap_up	i mean	0.0307
wrap_up	i meant	0.0378
wrap_up	i mention	-0.0268
wrap_up	i messag	0.0403
wrap_up	i might	0.029
wrap_up	i most	-0.0208
wrap_up	i must	0.4212
wrap_up	i need	0.3615
wrap_up	i never	-0.043
wrap_up	i notic	0.0647
wrap_up	i onli	-0.0254
wrap_up	i ought	0.0437
wrap_up	i pass	0.0323
wrap_up	i ping	0.0699
wrap_up	i possibl	0.0601
wrap_up	i prepar	0.0889
wrap_up	i promis	-0.0877
wrap_up	i reach	-0.0752
wrap_up	i read	-0.0269
wrap_up	i realiz	-0.1046
wrap_up	i reckon	0.0818
wrap_up	i said	-0.03
wrap_up	i see	0.1649
wrap_up	i send	0.0343
wrap_up	i shall	0.1395
wrap_up	i should	0.1553
wrap_up	i start	-0.0255
wrap_up	i stay	0.0974
wrap_up	i still	0.0266
wrap_up	i studi	-0.0462
wrap_up	i switch	-0.0219
wrap_up	i take	-0.0212
wrap_up	i talk	-0.05
wrap_up	i text	0.0314
wrap_up	i think	0.6017
wrap_up	i thought	-0.0369
wrap_up	i understand	-0.0409
wrap_up	i use	-0.0302
wrap_up	i want	-0.1013
wrap_up	i was	-0.2048
wrap_up	i will	0.6062
wrap_up	i wish	0.1455
wrap_up	i work	-0.0362
wrap_up	i write	0.0297
wrap_up	i ~contactverb	0.1044
wrap_up	i ~help	0.2637
wrap_up	i ~insight	-0.0481
wrap_up	i ~learn	-0.0683
wrap_up	i ~people	-0.0262
wrap_up	i ~sendverb	0.1645
wrap_up	i ~studyverb	-0.1102
wrap_up	i ~want	-0.0592
wrap_up	i ~workverb	-0.0837
wrap_up	idea	-0.1149
wrap_up	idea the	-0.035
wrap_up	idea ~number	-0.035
wrap_up	if	-0.5473
wrap_up	if a	-0.0394
wrap_up	if an	0.173
wrap_up	if anoth	0.052
wrap_up	if anyth	0.0559
wrap_up	if i	-0.1404
wrap_up	if it	-0.0644
wrap_up	if one	0.0311
wrap_up	if so	0.0522
wrap_up	if that	-0.3186
wrap_up	if the	-0.0302
wrap_up	if there	-0.0964
wrap_up	if they	-0.0221
wrap_up	if we	0.1731
wrap_up	if you	-0.2866
wrap_up	if your	-0.0326
wrap_up	if ~clock	0.0311
wrap_up	if ~number	0.1344
wrap_up	if ~people	0.0333
wrap_up	import	-0.0276
wrap_up	in	-0.4322
wrap_up	in 5	0.0486
wrap_up	in a	0.0565
wrap_up	in about	-0.0277
wrap_up	in account	-0.0225
wrap_up	in after	0.0296
wrap_up	in again	0.0842
wrap_up	in and	0.0323
wrap_up	in august	-0.0242
wrap_up	in between	-0.1155
wrap_up	in case	0.0852
wrap_up	in clinic	0.0337
wrap_up	in econom	-0.0241
wrap_up	in five	0.0893
wrap_up	in hous	-0.0227
wrap_up	in i	-0.0384
wrap_up	in june	-0.0269
wrap_up	in linkedin	0.0203
wrap_up	in march	-0.0268
wrap_up	in mind	-0.0951
wrap_up	in my	-0.0921
wrap_up	in on	0.0289
wrap_up	in peac	0.0228
wrap_up	in pharmaci	0.0424
wrap_up	in product	-0.0215
wrap_up	in retail	-0.0233
wrap_up	in return	0.0516
wrap_up	in ten	0.0736
wrap_up	in this	-0.0482
wrap_up	in touch	0.1299
wrap_up	in with	0.0348
wrap_up	in your	-0.1844
wrap_up	in ~clock	0.2144
wrap_up	in ~contactverb	0.1152
wrap_up	in ~help	0.0515
wrap_up	in ~later	0.0822
wrap_up	in ~number	0.1998
wrap_up	in ~org	0.0243
wrap_up	in ~want	0.0207
wrap_up	inbox	0.0441
wrap_up	incred	-0.0585
wrap_up	incred help	-0.0385
wrap_up	industri	-0.0852
wrap_up	inform	0.0396
wrap_up	inform session	0.0556
wrap_up	insight	0.054
wrap_up	instead	0.0318
wrap_up	instead of	0.0408
wrap_up	instruct	-0.0283
wrap_up	instruct design	-0.0283
wrap_up	intens	-0.0244
wrap_up	interest	-0.1474
wrap_up	interest i	-0.0923
wrap_up	intern	-0.0624
wrap_up	internal	-0.0271
wrap_up	internet	0.0226
wrap_up	internet is	0.0262
wrap_up	internship	-0.0208
wrap_up	internship ever	0.0289
wrap_up	internship i	-0.0279
wrap_up	internship open	0.0762
wrap_up	interrupt	-0.0471
wrap_up	interview	-0.1436
wrap_up	interview at	-0.0279
wrap_up	into	-0.1658
wrap_up	into a	0.0338
wrap_up	into that	-0.0268
wrap_up	into the	0.0352
wrap_up	into your	0.0465
wrap_up	into ~learn	0.0236
wrap_up	into ~number	0.0675
wrap_up	into ~workverb	0.0221
wrap_up	intro	-0.1024
wrap_up	intro to	-0.0411
wrap_up	introduc me	0.032
wrap_up	introduct	-0.0267
wrap_up	involv	-0.0397
wrap_up	is	-0.2248
wrap_up	is a	-0.0357
wrap_up	is about	0.1163
wrap_up	is actual	-0.0523
wrap_up	is all	0.841
wrap_up	is almost	0.0724
wrap_up	is alreadi	0.0381
wrap_up	is alright	-0.1542
wrap_up	is ani	-0.0663
wrap_up	is anyon	0.037
wrap_up	is anyth	-0.0216
wrap_up	is arriv	0.0273
wrap_up	is at	0.0302
wrap_up	is been	0.0858
wrap_up	is brilliant	-0.0564
wrap_up	is call	0.0612
wrap_up	is ever	-0.06
wrap_up	is everyth	0.5293
wrap_up	is fine	-0.0256
wrap_up	is for	-0.0258
wrap_up	is go	-0.0307
wrap_up	is here	0.0799
wrap_up	is honest	0.0392
wrap_up	is kind	-0.0221
wrap_up	is like	-0.0225
wrap_up	is liter	0.0216
wrap_up	is me	0.2843
wrap_up	is my	0.0264
wrap_up	is not	-0.1558
wrap_up	is now	-0.0209
wrap_up	is ok	-0.1059
wrap_up	is one	-0.0295
wrap_up	is pack	0.0229
wrap_up	is pull	0.0335
wrap_up	is quit	-0.0218
wrap_up	is realli	-0.2978
wrap_up	is reassur	-0.0489
wrap_up	is sick	0.0449
wrap_up	is so	-0.1037
wrap_up	is someth	0.0391
wrap_up	is start	0.0923
wrap_up	is such	-0.0317
wrap_up	is super	-0.0776
wrap_up	is that	-0.1296
wrap_up	is the	-0.0951
wrap_up	is there	-0.0781
wrap_up	is this	-0.0223
wrap_up	is to	-0.0395
wrap_up	is total	0.0336
wrap_up	is updat	-0.0213
wrap_up	is use	0.038
wrap_up	is veri	-0.0228
wrap_up	is whi	-0.0222
wrap_up	is wild	-0.0298
wrap_up	is worth	-0.0418
wrap_up	is your	-0.1096
wrap_up	is ~clock	0.0319
wrap_up	is ~help	0.0414
wrap_up	is ~number	-0.1178
wrap_up	is ~want	-0.2526
wrap_up	is ~workverb	0.0564
wrap_up	it	0.3868
wrap_up	it all	-0.0379
wrap_up	it alright	0.1384
wrap_up	it and	-0.0392
wrap_up	it at	0.0547
wrap_up	it be	0.0845
wrap_up	it did	0.1034
wrap_up	it down	-0.031
wrap_up	it easi	0.0892
wrap_up	it for	0.1132
wrap_up	it from	0.2425
wrap_up	it got	-0.0229
wrap_up	it hard	-0.0216
wrap_up	it here	0.0896
wrap_up	it i	-0.0207
wrap_up	it if	-0.0435
wrap_up	it most	-0.0424
wrap_up	it not	-0.0255
wrap_up	it now	0.0401
wrap_up	it on	-0.022
wrap_up	it out	0.0522
wrap_up	it quick	-0.0378
wrap_up	it realli	0.0255
wrap_up	it short	-0.0374
wrap_up	it take	-0.0277
wrap_up	it thank	0.0341
wrap_up	it that	-0.0531
wrap_up	it there	0.5883
wrap_up	it tight	-0.0221
wrap_up	it to	-0.0552
wrap_up	it true	-0.0346
wrap_up	it up	0.037
wrap_up	it was	0.0701
wrap_up	it went	-0.0716
wrap_up	it would	-0.046
wrap_up	it ~insight	-0.025
wrap_up	it ~later	-0.031
wrap_up	it ~studyverb	0.1004
wrap_up	jess	0.0419
wrap_up	job	-0.1811
wrap_up	job at	-0.0293
wrap_up	job i	0.0809
wrap_up	job in	-0.0268
wrap_up	job or	0.0512
wrap_up	join	-0.0467
wrap_up	jot	-0.0296
wrap_up	jot down	-0.0296
wrap_up	jot ~later	-0.0296
wrap_up	journal	-0.0389
wrap_up	jump	0.0649
wrap_up	jump at	-0.0234
wrap_up	jump my	0.0223
wrap_up	jump off	0.1164
wrap_up	jump on	0.058
wrap_up	jump right	-0.029
wrap_up	jump straight	-0.0505
wrap_up	jump to	-0.0393
wrap_up	june	-0.041
wrap_up	junior	-0.0781
wrap_up	junior analyst	0.0281
wrap_up	junior ~job	-0.0264
wrap_up	junior ~student	0.0274
wrap_up	just	-0.1171
wrap_up	just a	0.0222
wrap_up	just ask	-0.0363
wrap_up	just call	0.1252
wrap_up	just here	-0.0239
wrap_up	just let	-0.0505
wrap_up	just ping	0.0987
wrap_up	just shout	0.0355
wrap_up	just to	-0.0356
wrap_up	just tri	0.0342
wrap_up	just two	-0.0201
wrap_up	just wonder	0.0473
wrap_up	just ~clock	-0.0348
wrap_up	just ~learn	-0.0474
wrap_up	just ~talk	-0.043
wrap_up	just ~workverb	0.0494
wrap_up	keen	-0.023
wrap_up	keep	-0.1675
wrap_up	keep an	-0.0576
wrap_up	keep buzz	-0.0262
wrap_up	keep go	-0.0753
wrap_up	keep in	0.0763
wrap_up	keep it	-0.1052
wrap_up	keep me	-0.0743
wrap_up	keep my	-0.1575
wrap_up	keep the	-0.0534
wrap_up	keep this	-0.1807
wrap_up	keep up	-0.0314
wrap_up	keep you	0.6205
wrap_up	keep ~number	-0.1169
wrap_up	kept	0.1095
wrap_up	kept you	0.1265
wrap_up	keyboard	-0.0242
wrap_up	kick	0.035
wrap_up	kick us	0.037
wrap_up	kid	0.0307
wrap_up	kid sorri	0.0257
wrap_up	kim	0.0218
wrap_up	kind	-0.0944
wrap_up	kind of	-0.1735
wrap_up	knock	-0.0229
wrap_up	know	-0.5776
wrap_up	know about	-0.0244
wrap_up	know how	-0.1326
wrap_up	know i	-0.0453
wrap_up	know if	-0.1405
wrap_up	know it	-0.025
wrap_up	know onc	-0.0266
wrap_up	know that	-0.0674
wrap_up	know this	-0.0333
wrap_up	know we	-0.0408
wrap_up	know what	-0.0246
wrap_up	know when	-0.0367
wrap_up	know where	-0.0355
wrap_up	know whether	-0.0217
wrap_up	know which	-0.0563
wrap_up	know you	0.1502
wrap_up	know your	0.096
wrap_up	know ~number	-0.023
wrap_up	know ~people	-0.0247
wrap_up	known	0.0286
wrap_up	known at	0.0461
wrap_up	lab	0.0672
wrap_up	lab start	0.0396
wrap_up	land	-0.0735
wrap_up	laptop about	0.0656
wrap_up	last coupl	0.0258
wrap_up	last month	-0.0314
wrap_up	last part	-0.028
wrap_up	last q	0.0337
wrap_up	last question	0.0809
wrap_up	last thing	0.116
wrap_up	last week	-0.0516
wrap_up	last year	-0.0419
wrap_up	last ~closing	-0.0657
wrap_up	last ~duration	-0.0436
wrap_up	late	0.0733
wrap_up	late for	0.1629
wrap_up	later	0.1515
wrap_up	later if	-0.0556
wrap_up	later just	0.0374
wrap_up	later so	-0.029
wrap_up	later today	-0.0666
wrap_up	later ~want	0.0371
wrap_up	launch	0.1719
wrap_up	launch next	0.1506
wrap_up	law	-0.0707
wrap_up	lead	-0.0422
wrap_up	learn	-0.1725
wrap_up	learn from	-0.0207
wrap_up	learn how	-0.0301
wrap_up	learn not	0.0733
wrap_up	learn what	-0.022
wrap_up	leav	0.6871
wrap_up	leav at	-0.0913
wrap_up	leav for	0.0675
wrap_up	leav it	0.43
wrap_up	leav now	0.2276
wrap_up	leav you	0.2033
wrap_up	lectur	0.1273
wrap_up	lectur but	0.0244
wrap_up	lectur in	0.0693
wrap_up	lectur start	0.034
wrap_up	leed	-0.0412
wrap_up	left	-0.1361
wrap_up	left right	-0.0342
wrap_up	leg	0.0214
wrap_up	legend thank	0.029
wrap_up	less	-0.0349
wrap_up	let	0.9324
wrap_up	let me	0.0311
wrap_up	let us	0.1304
wrap_up	let you	0.8379
wrap_up	letter	-0.0645
wrap_up	level	-0.0509
wrap_up	librari close	0.037
wrap_up	librarian	0.0416
wrap_up	licens	-0.0464
wrap_up	life	-0.0308
wrap_up	like	-0.1995
wrap_up	like 5	-0.0269
wrap_up	like a	0.0409
wrap_up	like beta	0.0407
wrap_up	like for	-0.0401
wrap_up	like me	0.0307
wrap_up	like share	0.0251
wrap_up	like someon	0.0392
wrap_up	like that	-0.0251
wrap_up	like this	-0.0223
wrap_up	like we	0.104
wrap_up	like you	-0.0425
wrap_up	like your	0.0517
wrap_up	like ~clock	-0.0651
wrap_up	like ~number	-0.025
wrap_up	like ~people	0.0369
wrap_up	line	-0.0246
wrap_up	link later	0.0374
wrap_up	link to	-0.0333
wrap_up	link you	0.022
wrap_up	link ~later	0.0374
wrap_up	linkedin	0.0207
wrap_up	linkedin befor	0.0536
wrap_up	linkedin if	-0.0456
wrap_up	linkedin so	-0.0379
wrap_up	linkedin tonight	-0.0236
wrap_up	list	0.3141
wrap_up	list and	0.0324
wrap_up	list from	-0.0207
wrap_up	list honest	0.0387
wrap_up	list i	0.027
wrap_up	list of	-0.0386
wrap_up	live	-0.0291
wrap_up	load	-0.0379
wrap_up	load to	0.0256
wrap_up	lock	0.0411
wrap_up	lock herself	0.0252
wrap_up	log	0.0665
wrap_up	log off	0.0728
wrap_up	logist	-0.0311
wrap_up	long	-0.0464
wrap_up	long did	-0.0222
wrap_up	long enough	0.0907
wrap_up	long term	-0.0316
wrap_up	long weekend	0.0481
wrap_up	long ~closing	0.0447
wrap_up	long ~studyverb	-0.0222
wrap_up	longer	0.3672
wrap_up	longer but	0.0638
wrap_up	longer i	0.0773
wrap_up	longer realli	0.0223
wrap_up	longer than	-0.0412
wrap_up	longer thank	0.0274
wrap_up	longer ~want	0.0223
wrap_up	look	-0.1225
wrap_up	look at	-0.0832
wrap_up	look for	-0.0751
wrap_up	look into	-0.043
wrap_up	look like	0.1305
wrap_up	look up	-0.0316
wrap_up	look when	0.0494
wrap_up	lost	-0.0313
wrap_up	lot	0.0544
wrap_up	lot and	0.0411
wrap_up	lot of	-0.053
wrap_up	lot to	0.0565
wrap_up	love	0.1483
wrap_up	love evening	0.1212
wrap_up	love that	-0.0236
wrap_up	love ~closing	0.1886
wrap_up	love ~talk	0.031
wrap_up	luck	0.2599
wrap_up	luck with	0.2795
wrap_up	lunch ani	0.0629
wrap_up	lunch break	-0.0745
wrap_up	lunch hour	-0.0202
wrap_up	lunch ~closing	-0.0745
wrap_up	lunch ~timeunit	-0.0202
wrap_up	mad	-0.0371
wrap_up	made	-0.0761
wrap_up	made you	-0.0274
wrap_up	mail	-0.0238
wrap_up	main	-0.0749
wrap_up	main here	-0.0266
wrap_up	main ~want	-0.0371
wrap_up	make	-0.3273
wrap_up	make a	-0.0406
wrap_up	make me	-0.0244
wrap_up	make my	-0.02
wrap_up	make sens	-0.0953
wrap_up	make sure	-0.0681
wrap_up	make this	-0.0209
wrap_up	make time	-0.0788
wrap_up	make you	0.0436
wrap_up	make your	0.0615
wrap_up	make ~insight	-0.0953
wrap_up	make ~limit	-0.0788
wrap_up	make ~number	-0.0341
wrap_up	man	0.0472
wrap_up	manag	-0.066
wrap_up	manag just	0.1873
wrap_up	manag ~number	-0.0243
wrap_up	manag ~want	0.1831
wrap_up	mani	-0.0416
wrap_up	march	-0.0331
wrap_up	marcus	-0.0329
wrap_up	margaret	0.0324
wrap_up	mark	0.0823
wrap_up	master	-0.1088
wrap_up	master in	-0.024
wrap_up	mate	-0.0276
wrap_up	math	-0.0262
wrap_up	matter	-0.0397
wrap_up	mayb	-0.1291
wrap_up	mayb i	-0.0677
wrap_up	mayb one	0.0242
wrap_up	mayb share	0.0716
wrap_up	mayb someon	-0.0248
wrap_up	mayb ~sendverb	0.064
wrap_up	mba	-0.025
wrap_up	me	0.266
wrap_up	me a	0.0258
wrap_up	me about	-0.0267
wrap_up	me all	-0.0212
wrap_up	me and	0.0223
wrap_up	me back	0.0202
wrap_up	me done	0.2677
wrap_up	me if	-0.0867
wrap_up	me in	0.0415
wrap_up	me just	-0.0281
wrap_up	me keep	0.1346
wrap_up	me luck	-0.0305
wrap_up	me not	0.0407
wrap_up	me now	-0.0206
wrap_up	me off	-0.0672
wrap_up	me on	-0.0391
wrap_up	me one	-0.0215
wrap_up	me reach	0.0238
wrap_up	me send	0.0918
wrap_up	me stop	0.0673
wrap_up	me the	0.0403
wrap_up	me through	-0.0869
wrap_up	me to	0.1013
wrap_up	me today	-0.0515
wrap_up	me when	-0.02
wrap_up	me with	-0.0519
wrap_up	me your	-0.0429
wrap_up	me ~clock	-0.047
wrap_up	me ~help	-0.0443
wrap_up	me ~learn	-0.0363
wrap_up	me ~people	-0.0243
wrap_up	me ~sendverb	0.0875
wrap_up	mean i	0.0381
wrap_up	meant	0.033
wrap_up	mechan	-0.0263
wrap_up	mechan engin	-0.0214
wrap_up	medic	-0.0278
wrap_up	meet	-0.0414
wrap_up	meet and	0.0448
wrap_up	meet at	0.0555
wrap_up	meet is	0.0541
wrap_up	meet so	-0.0226
wrap_up	meet thank	0.0342
wrap_up	meet you	-0.0438
wrap_up	meetup	-0.0269
wrap_up	mention	-0.1615
wrap_up	mention about	-0.0342
wrap_up	mention and	-0.0241
wrap_up	mention if	0.0438
wrap_up	mention you	-0.0561
wrap_up	mentor	0.0293
wrap_up	mentor program	0.093
wrap_up	mentor ~degree	0.093
wrap_up	messag	-0.0839
wrap_up	messag on	0.0321
wrap_up	messag you	-0.0387
wrap_up	might be	-0.0527
wrap_up	might share	0.0622
wrap_up	might ~sendverb	0.0622
wrap_up	might ~talk	0.063
wrap_up	million	0.1465
wrap_up	million for	0.0305
wrap_up	mind	0.115
wrap_up	mind if	0.241
wrap_up	mind of	-0.0529
wrap_up	minut	-0.1487
wrap_up	minut do	0.0811
wrap_up	minut i	0.0385
wrap_up	minut left	-0.0821
wrap_up	minut mark	0.0571
wrap_up	minut or	-0.0338
wrap_up	minut over	0.0492
wrap_up	minut past	0.0221
wrap_up	minut so	-0.0327
wrap_up	minut ~help	0.0811
wrap_up	moment	-0.0433
wrap_up	moment you	-0.0212
wrap_up	monday	-0.0255
wrap_up	month	0.0819
wrap_up	month about	0.0975
wrap_up	month and	-0.0315
wrap_up	month onc	-0.0246
wrap_up	month or	0.0901
wrap_up	month to	-0.0269
wrap_up	month when	0.0254
wrap_up	more	0.1544
wrap_up	more about	-0.03
wrap_up	more minut	-0.048
wrap_up	more of	0.1851
wrap_up	more q	0.0812
wrap_up	more question	0.0313
wrap_up	more than	-0.0292
wrap_up	more thing	-0.0256
wrap_up	more your	0.0629
wrap_up	more ~limit	-0.0655
wrap_up	more ~timeunit	-0.048
wrap_up	morn	-0.1405
wrap_up	most	-0.2484
wrap_up	most import	-0.0272
wrap_up	most of	-0.0367
wrap_up	most use	0.0201
wrap_up	most ~help	0.0201
wrap_up	most ~want	-0.0331
wrap_up	move	-0.0941
wrap_up	move from	-0.0211
wrap_up	move into	-0.0308
wrap_up	move to	-0.0483
wrap_up	mr	-0.0231
wrap_up	ms	0.0557
wrap_up	ms alvarez	0.03
wrap_up	ms okafor	-0.0229
wrap_up	msc	0.0266
wrap_up	msw	-0.036
wrap_up	much	-0.1275
wrap_up	much and	0.0474
wrap_up	much clearer	-0.0252
wrap_up	much dr	0.0301
wrap_up	much for	0.1509
wrap_up	much i	0.0341
wrap_up	much of	-0.2232
wrap_up	much sir	-0.0244
wrap_up	much this	-0.0639
wrap_up	much time	-0.0288
wrap_up	much ~limit	-0.0288
wrap_up	much ~want	-0.0263
wrap_up	mucha	0.0611
wrap_up	mucha gracia	0.0611
wrap_up	mum	-0.0204
wrap_up	museum	0.0471
wrap_up	must	0.3808
wrap_up	must dash	0.0775
wrap_up	must go	0.1789
wrap_up	must have	-0.0218
wrap_up	must leav	0.0837
wrap_up	musuem	0.0585
wrap_up	mute	-0.03
wrap_up	mute for	-0.0234
wrap_up	my	0.1704
wrap_up	my advisor	-0.0336
wrap_up	my applic	-0.0328
wrap_up	my batteri	0.0676
wrap_up	my bus	0.1785
wrap_up	my career	-0.0501
wrap_up	my cat	-0.0247
wrap_up	my charger	-0.0341
wrap_up	my class	0.0241
wrap_up	my cours	-0.0241
wrap_up	my cousin	-0.0348
wrap_up	my dad	0.0343
wrap_up	my detail	-0.0323
wrap_up	my dissert	-0.0313
wrap_up	my email	-0.0259
wrap_up	my end	0.0875
wrap_up	my english	-0.0546
wrap_up	my first	0.0261
wrap_up	my friend	-0.0302
wrap_up	my goal	-0.0213
wrap_up	my internet	0.024
wrap_up	my internship	-0.0243
wrap_up	my interview	-0.0213
wrap_up	my lab	0.0437
wrap_up	my landlord	-0.0219
wrap_up	my laptop	0.0391
wrap_up	my last	0.0632
wrap_up	my linkedin	-0.0282
wrap_up	my list	0.4206
wrap_up	my manag	0.1597
wrap_up	my messag	-0.029
wrap_up	my name	-0.0324
wrap_up	my neighbour	-0.0359
wrap_up	my note	-0.0924
wrap_up	my old	-0.0391
wrap_up	my own	-0.0403
wrap_up	my partner	-0.0229
wrap_up	my phone	-0.06
wrap_up	my professor	-0.0324
wrap_up	my progress	-0.0394
wrap_up	my question	0.2799
wrap_up	my read	-0.0287
wrap_up	my remain	-0.0251
wrap_up	my request	-0.0614
wrap_up	my resum	-0.0983
wrap_up	my seminar	0.029
wrap_up	my shift	0.1331
wrap_up	my side	0.2151
wrap_up	my son	0.0675
wrap_up	my stage	0.0496
wrap_up	my train	0.135
wrap_up	my uncl	-0.0233
wrap_up	my uni	-0.0288
wrap_up	my way	-0.0213
wrap_up	my wifi	-0.0349
wrap_up	my ~application	-0.1311
wrap_up	my ~contactverb	-0.0586
wrap_up	my ~degree	-0.0724
wrap_up	my ~gatekeeper	0.1497
wrap_up	my ~insight	0.0534
wrap_up	my ~job	-0.051
wrap_up	my ~org	0.2585
wrap_up	my ~sendverb	-0.0271
wrap_up	my ~student	0.1321
wrap_up	my ~talk	-0.0914
wrap_up	myself	-0.1003
wrap_up	name	-0.1258
wrap_up	name of	-0.0391
wrap_up	natur	0.0933
wrap_up	natur place	0.0942
wrap_up	natur ~org	0.0942
wrap_up	near 3	-0.0213
wrap_up	near 5	0.0453
wrap_up	near at	0.0315
wrap_up	near out	-0.0316
wrap_up	need	0.3694
wrap_up	need an	-0.0234
wrap_up	need ani	-0.0226
wrap_up	need help	-0.027
wrap_up	need someon	-0.0448
wrap_up	need to	0.4403
wrap_up	need volunt	0.0211
wrap_up	need you	0.1065
wrap_up	need ~help	-0.027
wrap_up	need ~people	-0.0478
wrap_up	neighbour	-0.0477
wrap_up	nervous	-0.0309
wrap_up	network	-0.0757
wrap_up	never	-0.1251
wrap_up	never thought	-0.0214
wrap_up	new	-0.0964
wrap_up	newslett	-0.0444
wrap_up	next	0.1528
wrap_up	next applic	-0.0226
wrap_up	next appoint	0.0212
wrap_up	next call	0.1057
wrap_up	next lectur	0.0248
wrap_up	next meet	0.0597
wrap_up	next month	0.0628
wrap_up	next week	0.0885
wrap_up	next ~application	-0.0226
wrap_up	next ~closing	0.0691
wrap_up	next ~contactverb	0.1057
wrap_up	next ~talk	0.1644
wrap_up	nice	0.1002
wrap_up	nice day	0.0781
wrap_up	nice to	-0.024
wrap_up	nice ~closing	0.0933
wrap_up	nice ~limit	0.0781
wrap_up	night	-0.0522
wrap_up	night shift	-0.0526
wrap_up	no	-0.0269
wrap_up	no i	-0.0473
wrap_up	no idea	-0.0955
wrap_up	no more	0.2425
wrap_up	no pressur	-0.0441
wrap_up	no rush	-0.0437
wrap_up	no the	0.0203
wrap_up	no worri	-0.0423
wrap_up	no ~number	0.0203
wrap_up	noon	0.0387
wrap_up	noon so	0.0399
wrap_up	nope	0.0338
wrap_up	normal	-0.0529
wrap_up	not	0.3609
wrap_up	not a	-0.0265
wrap_up	not after	0.0398
wrap_up	not ask	0.0424
wrap_up	not come	0.1034
wrap_up	not eat	0.0223
wrap_up	not get	-0.0205
wrap_up	not go	-0.0267
wrap_up	not have	0.0261
wrap_up	not here	-0.0241
wrap_up	not hesit	-0.0314
wrap_up	not hold	0.1355
wrap_up	not keep	0.4542
wrap_up	not know	-0.0246
wrap_up	not let	0.1258
wrap_up	not look	-0.0423
wrap_up	not realli	-0.0242
wrap_up	not so	-0.0361
wrap_up	not sure	-0.0408
wrap_up	not take	0.1646
wrap_up	not think	0.0235
wrap_up	not thought	-0.051
wrap_up	not to	-0.0606
wrap_up	not tri	-0.0205
wrap_up	not want	0.2064
wrap_up	not worri	-0.033
wrap_up	not ~insight	0.1646
wrap_up	not ~learn	-0.0565
wrap_up	not ~number	-0.0309
wrap_up	not ~want	0.1283
wrap_up	note	-0.0927
wrap_up	note after	-0.0363
wrap_up	note and	-0.0391
wrap_up	note by	-0.0235
wrap_up	note from	-0.059
wrap_up	note in	0.0744
wrap_up	note later	-0.0821
wrap_up	note next	0.1027
wrap_up	note of	0.0622
wrap_up	note onc	-0.0659
wrap_up	note this	-0.0216
wrap_up	note tonight	-0.0715
wrap_up	note ~later	-0.0821
wrap_up	note ~want	-0.0363
wrap_up	noth	0.0622
wrap_up	noth els	0.1292
wrap_up	notic	0.0501
wrap_up	notic the	0.0645
wrap_up	notic ~number	0.0645
wrap_up	now	0.9149
wrap_up	now and	0.1656
wrap_up	now becaus	0.038
wrap_up	now but	0.1094
wrap_up	now for	0.0532
wrap_up	now i	0.0446
wrap_up	now if	-0.0209
wrap_up	now my	0.0793
wrap_up	now or	-0.0263
wrap_up	now thank	0.0582
wrap_up	now that	-0.0325
wrap_up	now unfortunat	0.0242
wrap_up	now ~studyverb	-0.023
wrap_up	nurs	-0.1022
wrap_up	nurs is	0.025
wrap_up	nurseri	0.0505
wrap_up	of	0.1004
wrap_up	of a	-0.0656
wrap_up	of anyth	-0.0406
wrap_up	of cours	0.1876
wrap_up	of follow	0.0457
wrap_up	of hand	0.0307
wrap_up	of it	0.0212
wrap_up	of keep	0.0554
wrap_up	of luck	0.0754
wrap_up	of me	-0.0327
wrap_up	of minut	0.0267
wrap_up	of month	-0.0297
wrap_up	of more	-0.0918
wrap_up	of my	0.0236
wrap_up	of peopl	-0.0249
wrap_up	of question	0.1654
wrap_up	of thank	0.05
wrap_up	of that	-0.0606
wrap_up	of the	-0.0464
wrap_up	of these	-0.0222
wrap_up	of this	-0.0338
wrap_up	of time	-0.1082
wrap_up	of what	0.1099
wrap_up	of work	-0.0201
wrap_up	of you	-0.0521
wrap_up	of your	0.4435
wrap_up	of ~degree	0.1845
wrap_up	of ~duration	-0.0409
wrap_up	of ~learn	-0.0205
wrap_up	of ~limit	-0.0937
wrap_up	of ~number	-0.1284
wrap_up	of ~people	-0.056
wrap_up	of ~timeunit	0.0265
wrap_up	of ~workverb	-0.0299
wrap_up	off	0.6603
wrap_up	off at	-0.0494
wrap_up	off but	0.0579
wrap_up	off here	0.0692
wrap_up	off i	0.0726
wrap_up	off if	-0.0271
wrap_up	off in	-0.0446
wrap_up	off my	0.1242
wrap_up	off now	0.1814
wrap_up	off sorri	0.0372
wrap_up	off to	0.0615
wrap_up	off whenev	-0.0328
wrap_up	off ~want	0.0575
wrap_up	offer	-0.0798
wrap_up	offic who	0.062
wrap_up	offic ~people	0.062
wrap_up	often	-0.0399
wrap_up	oh	0.1911
wrap_up	oh and	0.1013
wrap_up	oh i	-0.0314
wrap_up	oh no	0.0716
wrap_up	oh of	0.0372
wrap_up	oh that	-0.0418
wrap_up	oh wow	-0.031
wrap_up	oh you	0.1638
wrap_up	ok	0.4343
wrap_up	ok bye	0.0542
wrap_up	ok cool	-0.0212
wrap_up	ok for	-0.0308
wrap_up	ok i	0.4433
wrap_up	ok if	-0.1195
wrap_up	ok last	0.033
wrap_up	ok perfect	0.0553
wrap_up	ok so	-0.0909
wrap_up	ok that	0.085
wrap_up	ok to	0.0409
wrap_up	ok with	-0.0244
wrap_up	okafor	-0.0297
wrap_up	okafor thank	-0.0249
wrap_up	old	-0.0749
wrap_up	old ~gatekeeper	-0.0242
wrap_up	omg	0.051
wrap_up	omg i	0.0491
wrap_up	omg that	-0.0302
wrap_up	on	-0.3435
wrap_up	on a	0.0366
wrap_up	on access	-0.0212
wrap_up	on call	-0.0254
wrap_up	on friday	-0.0363
wrap_up	on i	-0.0237
wrap_up	on it	-0.0289
wrap_up	on linkedin	0.0604
wrap_up	on my	0.194
wrap_up	on portfolio	0.0311
wrap_up	on rural	-0.0224
wrap_up	on that	0.0957
wrap_up	on time	-0.0287
wrap_up	on to	-0.0342
wrap_up	on twitter	-0.0232
wrap_up	on where	-0.0273
wrap_up	on whether	-0.0789
wrap_up	on with	0.1017
wrap_up	on you	0.0906
wrap_up	on your	-0.0838
wrap_up	on ~closing	-0.0215
wrap_up	on ~contactverb	-0.0252
wrap_up	on ~limit	-0.0287
wrap_up	on ~number	0.0448
wrap_up	on ~talk	-0.0292
wrap_up	onboard flow	0.0247
wrap_up	onc	-0.3884
wrap_up	onc i	-0.2952
wrap_up	onc it	-0.0281
wrap_up	onc we	-0.037
wrap_up	one	0.091
wrap_up	one came	0.0318
wrap_up	one day	-0.0207
wrap_up	one last	0.0722
wrap_up	one moment	-0.0271
wrap_up	one more	-0.0632
wrap_up	one or	0.0737
wrap_up	one sec	-0.0603
wrap_up	one ~closing	-0.0282
wrap_up	one ~limit	-0.0219
wrap_up	onli	-0.2641
wrap_up	onli got	-0.0738
wrap_up	onli have	-0.1254
wrap_up	onlin	-0.0418
wrap_up	onto	-0.0216
wrap_up	op	-0.0257
wrap_up	open	-0.0349
wrap_up	open on	0.0564
wrap_up	open to	0.0462
wrap_up	open up	-0.0318
wrap_up	or	-0.6041
wrap_up	or anyth	0.0256
wrap_up	or are	-0.0313
wrap_up	or do	-0.0488
wrap_up	or is	-0.1586
wrap_up	or should	-0.05
wrap_up	or so	0.0885
wrap_up	or two	0.0502
wrap_up	or would	-0.023
wrap_up	or ~clock	0.0474
wrap_up	or ~help	-0.0501
wrap_up	or ~number	0.031
wrap_up	or ~want	-0.0345
wrap_up	oral	0.0638
wrap_up	oral histori	0.0638
wrap_up	org	-0.0247
wrap_up	osei	-0.0231
wrap_up	other	-0.0428
wrap_up	other peopl	0.0641
wrap_up	other ~people	0.0425
wrap_up	otherwis	0.0889
wrap_up	ought	0.0559
wrap_up	ought to	0.0559
wrap_up	our	0.0694
wrap_up	our thirti	0.0855
wrap_up	our ~number	0.061
wrap_up	out	0.1941
wrap_up	out after	0.0587
wrap_up	out again	0.0222
wrap_up	out for	0.0299
wrap_up	out here	0.0411
wrap_up	out if	-0.0217
wrap_up	out in	0.0425
wrap_up	out like	0.0267
wrap_up	out of	0.15
wrap_up	out the	-0.0356
wrap_up	out there	0.0234
wrap_up	out to	-0.1119
wrap_up	out whether	0.0425
wrap_up	out ~number	-0.0429
wrap_up	out ~want	0.0937
wrap_up	outsid	-0.0385
wrap_up	over	-0.1052
wrap_up	over email	0.0444
wrap_up	over i	0.0466
wrap_up	over so	0.0252
wrap_up	over sorri	-0.0396
wrap_up	over thank	-0.0481
wrap_up	over that	-0.0296
wrap_up	over time	0.0317
wrap_up	over to	-0.0222
wrap_up	over ~contactverb	0.0444
wrap_up	over ~limit	0.0277
wrap_up	over ~sendverb	0.0444
wrap_up	over ~talk	0.0444
wrap_up	overrun	-0.0329
wrap_up	own	-0.0665
wrap_up	pack	0.0452
wrap_up	pack day	0.0426
wrap_up	pack so	0.0476
wrap_up	pack ~closing	0.0404
wrap_up	pack ~limit	0.0425
wrap_up	paid	-0.0266
wrap_up	pair	0.0229
wrap_up	pair of	0.0229
wrap_up	panel	-0.0454
wrap_up	part	-0.1482
wrap_up	part time	-0.0365
wrap_up	part ~limit	-0.0365
wrap_up	partner	-0.0296
wrap_up	pass	-0.0917
wrap_up	pass along	0.0337
wrap_up	pass my	-0.0597
wrap_up	past	-0.1071
wrap_up	past should	-0.0228
wrap_up	past so	-0.0464
wrap_up	past sorri	-0.0322
wrap_up	past the	0.044
wrap_up	past ~number	0.0437
wrap_up	patent	-0.0203
wrap_up	patienc	-0.0848
wrap_up	patienc with	-0.0871
wrap_up	patient with	-0.0302
wrap_up	pay	-0.0638
wrap_up	peac	0.1365
wrap_up	peac now	0.023
wrap_up	peopl	-0.1697
wrap_up	peopl i	0.0642
wrap_up	peopl in	-0.0425
wrap_up	peopl you	-0.0532
wrap_up	perfect	0.0264
wrap_up	perfect i	0.022
wrap_up	perfect that	0.0563
wrap_up	person	-0.0509
wrap_up	person you	0.0584
wrap_up	perspect	0.0317
wrap_up	pester	0.0348
wrap_up	pester you	0.035
wrap_up	pharmaci look	0.0435
wrap_up	phd	-0.0243
wrap_up	phone	-0.0619
wrap_up	phone keep	-0.0314
wrap_up	photo	-0.0265
wrap_up	physic	-0.0315
wrap_up	physic therapi	-0.0235
wrap_up	pick	0.1087
wrap_up	pick my	-0.031
wrap_up	pick this	0.0912
wrap_up	pick up	0.142
wrap_up	pick your	-0.049
wrap_up	pickup	-0.0309
wrap_up	piec	-0.0223
wrap_up	ping	0.1093
wrap_up	ping me	0.0845
wrap_up	ping you	0.0306
wrap_up	pitch	0.0327
wrap_up	pitch in	0.0588
wrap_up	pitch myself	-0.0221
wrap_up	place	0.0879
wrap_up	place to	0.1158
wrap_up	placement	-0.0443
wrap_up	plan	-0.0728
wrap_up	plan i	0.0262
wrap_up	plane	0.0209
wrap_up	pleas	0.0871
wrap_up	pleas do	0.0829
wrap_up	pleas go	0.0806
wrap_up	pleas keep	-0.0653
wrap_up	pleas let	0.1075
wrap_up	pleas ~help	0.0829
wrap_up	pleasur	0.13
wrap_up	pleasur speak	0.121
wrap_up	pleasur ~talk	0.121
wrap_up	plenti	0.0265
wrap_up	podcast	-0.0756
wrap_up	podcast episod	-0.0444
wrap_up	point me	0.0532
wrap_up	polici side	0.0788
wrap_up	polici ~org	0.0687
wrap_up	polit	-0.0222
wrap_up	pop	0.0927
wrap_up	pop up	0.0767
wrap_up	portfolio link	0.0204
wrap_up	portfolio review	-0.0395
wrap_up	portfolio so	0.0418
wrap_up	portugues	-0.0201
wrap_up	posit	-0.0789
wrap_up	possibl ~sendverb	0.0604
wrap_up	post	-0.1647
wrap_up	post on	-0.07
wrap_up	practic	-0.0277
wrap_up	precious	-0.0611
wrap_up	prefer	-0.0273
wrap_up	prepar	0.1978
wrap_up	prepar and	0.0655
wrap_up	pressur	-0.0511
wrap_up	pressur at	-0.0275
wrap_up	pretti handi	-0.0211
wrap_up	pretti much	0.0565
wrap_up	priya	-0.0399
wrap_up	priya i	-0.0297
wrap_up	probabl	0.053
wrap_up	probabl get	0.0749
wrap_up	probabl ~learn	0.0749
wrap_up	probali	0.0301
wrap_up	probali let	0.0301
wrap_up	process	-0.0431
wrap_up	product	-0.0721
wrap_up	product manag	-0.0351
wrap_up	profession	-0.0351
wrap_up	profession associ	-0.0268
wrap_up	professor	-0.0596
wrap_up	program	0.0209
wrap_up	program if	0.0346
wrap_up	program pleas	0.0376
wrap_up	programm	0.0901
wrap_up	progress	-0.0624
wrap_up	project	-0.1645
wrap_up	project i	0.0503
wrap_up	promis	-0.1368
wrap_up	promis i	-0.0603
wrap_up	promot	-0.0274
wrap_up	proofread	-0.0289
wrap_up	proper	-0.083
wrap_up	public	-0.059
wrap_up	public health	-0.0377
wrap_up	publish	-0.0303
wrap_up	pull	0.0816
wrap_up	pull in	0.0364
wrap_up	pull up	0.0517
wrap_up	put	-0.1472
wrap_up	put it	-0.0329
wrap_up	put me	-0.0472
wrap_up	python	-0.0263
wrap_up	q	0.0785
wrap_up	quarter	-0.0505
wrap_up	quarter past	-0.032
wrap_up	question	0.6561
wrap_up	question actual	0.146
wrap_up	question and	-0.0515
wrap_up	question at	0.0529
wrap_up	question befor	-0.0349
wrap_up	question by	-0.021
wrap_up	question could	0.0711
wrap_up	question focus	-0.022
wrap_up	question from	0.138
wrap_up	question honest	0.022
wrap_up	question i	0.1649
wrap_up	question later	0.0638
wrap_up	question onc	-0.0243
wrap_up	question or	-0.0333
wrap_up	question over	0.0353
wrap_up	question quick	-0.0219
wrap_up	question realli	0.0242
wrap_up	question short	-0.0701
wrap_up	question thank	0.0742
wrap_up	question tight	-0.0351
wrap_up	question tonight	-0.0253
wrap_up	question ~later	0.0434
wrap_up	quick	-0.3746
wrap_up	quick question	-0.0253
wrap_up	quick thank	0.0399
wrap_up	quit	-0.0258
wrap_up	ra	0.1209
wrap_up	rambl i	0.0264
wrap_up	rather	-0.0508
wrap_up	rather than	-0.0291
wrap_up	read	-0.2395
wrap_up	read it	0.0254
wrap_up	read list	-0.0357
wrap_up	read that	-0.0494
wrap_up	read the	-0.0399
wrap_up	read ~number	-0.0574
wrap_up	readi	-0.0447
wrap_up	real pleasur	0.0513
wrap_up	realist	-0.0403
wrap_up	realiz	-0.1251
wrap_up	realiz i	-0.0402
wrap_up	realiz it	-0.0291
wrap_up	realli	-0.0226
wrap_up	realli appreci	0.0375
wrap_up	realli do	0.0366
wrap_up	realli encourag	-0.022
wrap_up	realli enjoy	0.0453
wrap_up	realli got	0.0319
wrap_up	realli grate	0.0692
wrap_up	realli have	0.0338
wrap_up	realli interest	-0.0767
wrap_up	realli kind	-0.0372
wrap_up	realli like	-0.0326
wrap_up	realli sorri	0.0367
wrap_up	realli you	-0.0216
wrap_up	realli ~help	0.0208
wrap_up	reason	-0.0313
wrap_up	reason i	-0.0223
wrap_up	reassur	-0.0927
wrap_up	reassur to	-0.0309
wrap_up	reckon	0.0705
wrap_up	reckon that	0.0711
wrap_up	recommend	-0.1519
wrap_up	recommend i	-0.0419
wrap_up	record	-0.0331
wrap_up	recruit	-0.1416
wrap_up	recruit ~org	-0.0261
wrap_up	refer	-0.068
wrap_up	refer me	-0.0446
wrap_up	referr	-0.0991
wrap_up	region	0.1111
wrap_up	region confer	0.06
wrap_up	region offic	0.0619
wrap_up	region ~closing	0.06
wrap_up	region ~org	0.0611
wrap_up	regulatori	-0.0243
wrap_up	rejoin	-0.0322
wrap_up	releas	0.0467
wrap_up	releas you	0.0672
wrap_up	remain	-0.0353
wrap_up	remain question	-0.0347
wrap_up	remot	-0.0263
wrap_up	repli	-0.0657
wrap_up	repli to	-0.0458
wrap_up	report	-0.1196
wrap_up	report back	-0.0539
wrap_up	request	-0.1107
wrap_up	request to	-0.0287
wrap_up	reschedul	0.0243
wrap_up	research	-0.0702
wrap_up	resid	-0.0351
wrap_up	respect	-0.0574
wrap_up	respect of	-0.0323
wrap_up	rest	0.3922
wrap_up	rest of	0.4089
wrap_up	result	-0.0571
wrap_up	resum	-0.1106
wrap_up	resum along	-0.0228
wrap_up	resum in	0.0425
wrap_up	resum to	-0.0359
wrap_up	resum ~want	-0.0214
wrap_up	retail	-0.0561
wrap_up	retrain	-0.0209
wrap_up	return	0.051
wrap_up	return mayb	0.079
wrap_up	review	-0.0682
wrap_up	review goe	-0.0212
wrap_up	rey	-0.0224
wrap_up	ride	-0.027
wrap_up	right	0.2602
wrap_up	right at	0.1567
wrap_up	right back	-0.0638
wrap_up	right i	0.3048
wrap_up	right if	0.0534
wrap_up	right in	-0.0283
wrap_up	right now	-0.2093
wrap_up	right that	0.0572
wrap_up	ring	-0.0305
wrap_up	role	-0.0913
wrap_up	role come	0.0483
wrap_up	role if	0.0224
wrap_up	room	-0.033
wrap_up	room for	-0.0402
wrap_up	roommat lock	0.0252
wrap_up	rotat	-0.027
wrap_up	rout	-0.0451
wrap_up	routin	-0.0209
wrap_up	run	0.3704
wrap_up	run a	-0.0298
wrap_up	run and	-0.0586
wrap_up	run but	0.1339
wrap_up	run i	0.0895
wrap_up	run my	0.0676
wrap_up	run out	0.0301
wrap_up	run over	-0.0636
wrap_up	run so	-0.0256
wrap_up	run to	0.1976
wrap_up	run ~number	-0.0482
wrap_up	rural	-0.0227
wrap_up	rush	-0.0827
wrap_up	rush at	-0.0287
wrap_up	rush off	0.0332
wrap_up	sad	0.0677
wrap_up	safe	0.0831
wrap_up	safe travel	0.0808
wrap_up	said	-0.1466
wrap_up	said 20	0.0248
wrap_up	said about	-0.0421
wrap_up	said i	-0.0261
wrap_up	said you	0.0226
wrap_up	salari	-0.0502
wrap_up	sale	-0.0326
wrap_up	same	-0.0491
wrap_up	save	-0.0508
wrap_up	saw the	0.0292
wrap_up	saw ~number	0.0289
wrap_up	say	0.1358
wrap_up	say about	-0.0204
wrap_up	say again	0.0991
wrap_up	say bye	0.0298
wrap_up	say goodby	0.1575
wrap_up	say hi	0.0876
wrap_up	say i	-0.0332
wrap_up	say yes	-0.0279
wrap_up	say ~later	0.0991
wrap_up	scari	-0.0221
wrap_up	schedul	-0.0738
wrap_up	schedul is	0.0268
wrap_up	scheme	-0.0657
wrap_up	school applic	0.0858
wrap_up	school pickup	-0.0205
wrap_up	school run	0.0357
wrap_up	school ~application	0.0858
wrap_up	school ~workverb	0.0351
wrap_up	scienc	-0.0598
wrap_up	scientist	-0.0234
wrap_up	sec	-0.1669
wrap_up	sec my	-0.0317
wrap_up	sec the	-0.0231
wrap_up	sec ~number	-0.0231
wrap_up	second	-0.107
wrap_up	second year	-0.0293
wrap_up	second ~duration	-0.0293
wrap_up	sector	-0.0379
wrap_up	see	0.2273
wrap_up	see if	-0.0204
wrap_up	see we	0.2073
wrap_up	see you	0.0764
wrap_up	seem	-0.0418
wrap_up	semest	0.0655
wrap_up	semest i	0.0383
wrap_up	seminar	0.093
wrap_up	seminar thank	0.0225
wrap_up	send	-0.1214
wrap_up	send it	-0.0249
wrap_up	send me	0.0498
wrap_up	send over	-0.0243
wrap_up	send them	-0.0231
wrap_up	send you	-0.0827
wrap_up	senior	-0.0226
wrap_up	sens	-0.1552
wrap_up	sens now	-0.0434
wrap_up	sent you	0.028
wrap_up	serious	-0.0206
wrap_up	session	0.069
wrap_up	set	0.0358
wrap_up	set on	0.0771
wrap_up	set up	-0.0299
wrap_up	sever	0.0379
wrap_up	shadow	-0.0851
wrap_up	shadow a	-0.0281
wrap_up	shadow you	-0.0279
wrap_up	shadow ~number	-0.0291
wrap_up	shall	0.4652
wrap_up	shall i	0.0339
wrap_up	shall not	0.0232
wrap_up	shall stop	0.0418
wrap_up	shall we	0.2918
wrap_up	share	0.0202
wrap_up	share all	-0.022
wrap_up	share my	-0.0333
wrap_up	share that	0.0234
wrap_up	share the	0.0497
wrap_up	share your	-0.0263
wrap_up	share ~number	0.0447
wrap_up	she	-0.0658
wrap_up	she is	-0.0207
wrap_up	shift	0.1403
wrap_up	shift so	0.0421
wrap_up	shift start	0.0323
wrap_up	shoot	-0.0365
wrap_up	shoot you	-0.0331
wrap_up	short	-0.0557
wrap_up	short email	-0.0238
wrap_up	short my	0.205
wrap_up	short thank	-0.0604
wrap_up	short updat	0.0474
wrap_up	short ~contactverb	-0.0434
wrap_up	short ~sendverb	-0.0238
wrap_up	short ~talk	-0.0434
wrap_up	should	0.2005
wrap_up	should i	-0.1435
wrap_up	should let	0.1068
wrap_up	should probabl	0.1357
wrap_up	should probali	0.0301
wrap_up	should talk	-0.076
wrap_up	should we	0.1972
wrap_up	should ~talk	-0.1109
wrap_up	shout	0.0456
wrap_up	shout and	0.0468
wrap_up	show	-0.0273
wrap_up	shud	-0.0232
wrap_up	sick	0.0449
wrap_up	side	0.1112
wrap_up	side of	-0.0336
wrap_up	side project	-0.0258
wrap_up	side you	0.0644
wrap_up	sign	0.0992
wrap_up	sign for	-0.0253
wrap_up	sign off	0.1393
wrap_up	signal	0.0261
wrap_up	silent	-0.02
wrap_up	sinc	-0.1368
wrap_up	sinc we	-0.0252
wrap_up	sincer	0.0227
wrap_up	sincer for	0.0283
wrap_up	sir	-0.0555
wrap_up	site	-0.0388
wrap_up	six	0.0359
wrap_up	six ~duration	-0.0201
wrap_up	skill	-0.0816
wrap_up	skip	-0.0285
wrap_up	slot	-0.0388
wrap_up	small	-0.098
wrap_up	so	0.1228
wrap_up	so candid	0.1366
wrap_up	so clear	-0.022
wrap_up	so cool	-0.0421
wrap_up	so far	-0.0309
wrap_up	so feel	-0.0233
wrap_up	so generous	0.036
wrap_up	so good	-0.0391
wrap_up	so grate	-0.021
wrap_up	so help	0.0947
wrap_up	so honest	-0.0229
wrap_up	so i	0.4092
wrap_up	so if	-0.064
wrap_up	so interest	-0.0253
wrap_up	so is	-0.0293
wrap_up	so it	-0.0382
wrap_up	so let	0.0262
wrap_up	so mayb	-0.0348
wrap_up	so much	0.0967
wrap_up	so patient	-0.0302
wrap_up	so quick	-0.0206
wrap_up	so so	0.0601
wrap_up	so sorri	0.1034
wrap_up	so thank	-0.0654
wrap_up	so that	0.0268
wrap_up	so the	-0.0357
wrap_up	so this	-0.029
wrap_up	so uh	0.045
wrap_up	so use	-0.0324
wrap_up	so we	-0.0472
wrap_up	so yeah	0.0688
wrap_up	so you	0.0279
wrap_up	so ~help	-0.0374
wrap_up	so ~number	-0.0463
wrap_up	social	-0.0223
wrap_up	some	-0.1651
wrap_up	some other	-0.0224
wrap_up	some question	-0.0244
wrap_up	some time	-0.0282
wrap_up	some ~insight	-0.0343
wrap_up	some ~limit	-0.028
wrap_up	someday	-0.0211
wrap_up	someon	-0.1547
wrap_up	someon els	0.0337
wrap_up	someon in	-0.0272
wrap_up	someon need	0.0395
wrap_up	someon on	-0.0211
wrap_up	someon to	-0.021
wrap_up	someon who	-0.0331
wrap_up	someon ~people	-0.0331
wrap_up	someth	-0.0906
wrap_up	someth come	-0.0264
wrap_up	someth urgent	0.0259
wrap_up	someth you	0.0382
wrap_up	sometim next	0.0276
wrap_up	son	0.0992
wrap_up	son need	-0.0289
wrap_up	soon	0.165
wrap_up	soon so	0.0377
wrap_up	sorri	0.0993
wrap_up	sorri about	-0.0679
wrap_up	sorri but	0.0367
wrap_up	sorri can	0.0225
wrap_up	sorri for	-0.0845
wrap_up	sorri go	-0.0231
wrap_up	sorri i	0.1533
wrap_up	sorri if	-0.0348
wrap_up	sorri my	-0.0452
wrap_up	sorri that	-0.037
wrap_up	sorri to	0.2942
wrap_up	sorri you	-0.0388
wrap_up	sort	-0.0235
wrap_up	sound	-0.0626
wrap_up	sound like	0.0394
wrap_up	space	-0.0203
wrap_up	spare	-0.0232
wrap_up	speak	0.0838
wrap_up	speak to	0.0452
wrap_up	speak with	0.0653
wrap_up	spend	-0.0446
wrap_up	spent	-0.0602
wrap_up	spent ~number	-0.026
wrap_up	spoken	-0.07
wrap_up	spoken to	-0.0377
wrap_up	sport	-0.0265
wrap_up	spot	-0.0215
wrap_up	spread	0.0342
wrap_up	spread the	0.0344
wrap_up	spread ~number	0.0344
wrap_up	spreadsheet	-0.0625
wrap_up	sql	-0.0344
wrap_up	squeez	0.0499
wrap_up	squeez me	0.0803
wrap_up	squeez this	-0.0223
wrap_up	sri	0.0563
wrap_up	staf i	0.0222
wrap_up	stage	0.0374
wrap_up	start	0.1031
wrap_up	start in	0.0421
wrap_up	start out	-0.0557
wrap_up	start so	0.065
wrap_up	start ~later	0.0336
wrap_up	start ~studyverb	0.025
wrap_up	startup want	0.0261
wrap_up	state	-0.024
wrap_up	stay	-0.0822
wrap_up	stay connect	-0.0208
wrap_up	stay on	-0.0368
wrap_up	step	-0.0578
wrap_up	stick	-0.0538
wrap_up	stick to	-0.0368
wrap_up	still	-0.1842
wrap_up	still ok	-0.0462
wrap_up	stop	0.9731
wrap_up	stop at	-0.0561
wrap_up	stop here	0.3095
wrap_up	stop hog	0.1282
wrap_up	stop me	-0.0465
wrap_up	stop pester	0.035
wrap_up	stop take	0.0423
wrap_up	stop there	0.4937
wrap_up	stop whenev	-0.0245
wrap_up	stop ~hiring	0.0423
wrap_up	stop ~studyverb	0.0423
wrap_up	stop ~want	0.3095
wrap_up	stori	-0.0405
wrap_up	straight	-0.0848
wrap_up	straight to	-0.0444
wrap_up	stress	-0.0302
wrap_up	stuck	0.0584
wrap_up	stuck on	0.0756
wrap_up	student	-0.0915
wrap_up	studi	-0.047
wrap_up	studi room	0.0414
wrap_up	studio	-0.0587
wrap_up	stuff	-0.0564
wrap_up	such	0.024
wrap_up	such a	0.0441
wrap_up	such ~number	0.0408
wrap_up	suggest	-0.0795
wrap_up	suggest i	-0.0496
wrap_up	suggest one	0.0724
wrap_up	suggest ~clock	0.0719
wrap_up	suggest ~number	0.0618
wrap_up	suggest ~people	0.0714
wrap_up	suit	-0.0447
wrap_up	suit me	-0.0319
wrap_up	summari	0.0569
wrap_up	summari of	0.0758
wrap_up	summer	-0.1591
wrap_up	summer ~job	-0.0271
wrap_up	super	-0.0584
wrap_up	super busi	-0.03
wrap_up	sure	-0.1186
wrap_up	sure i	-0.0463
wrap_up	sure to	-0.0314
wrap_up	survey	0.0462
wrap_up	survey design	0.0243
wrap_up	survey you	0.0257
wrap_up	sustain	-0.0245
wrap_up	switch	-0.1512
wrap_up	switch from	-0.0275
wrap_up	switch to	-0.0467
wrap_up	ta	0.1056
wrap_up	ta ra	0.1218
wrap_up	ta veri	-0.0202
wrap_up	tableau	-0.0261
wrap_up	tableau yet	-0.0261
wrap_up	take	0.405
wrap_up	take a	-0.0265
wrap_up	take care	0.4833
wrap_up	take it	0.0625
wrap_up	take more	0.1908
wrap_up	take on	-0.0606
wrap_up	take that	-0.0217
wrap_up	take the	-0.0454
wrap_up	take too	-0.0485
wrap_up	take up	0.0243
wrap_up	take you	-0.0225
wrap_up	take your	0.0698
wrap_up	take ~number	-0.0855
wrap_up	taken	0.0579
wrap_up	taken enough	0.0403
wrap_up	taken up	0.0505
wrap_up	talk	-0.084
wrap_up	talk about	-0.0432
wrap_up	talk soon	0.1405
wrap_up	talk to	-0.0637
wrap_up	talk with	-0.0292
wrap_up	talk ~later	0.1445
wrap_up	taught	-0.0331
wrap_up	teach	-0.1145
wrap_up	teacher	-0.0293
wrap_up	team	-0.0788
wrap_up	team at	0.0305
wrap_up	team ever	0.0205
wrap_up	team for	0.0659
wrap_up	team hire	-0.0264
wrap_up	team i	-0.0204
wrap_up	team is	0.0747
wrap_up	team pleas	0.0544
wrap_up	team would	-0.0205
wrap_up	team ~gatekeeper	-0.0267
wrap_up	team ~hiring	-0.0271
wrap_up	team ~want	-0.0272
wrap_up	tech	-0.0241
wrap_up	tell	-0.2194
wrap_up	tell me	-0.1742
wrap_up	tend	-0.0223
wrap_up	tend to	-0.0223
wrap_up	term	-0.0682
wrap_up	terribl	0.0274
wrap_up	test	-0.0664
wrap_up	test the	-0.0223
wrap_up	test ~number	-0.0223
wrap_up	than	-0.0867
wrap_up	than i	-0.0381
wrap_up	than we	-0.0204
wrap_up	thank	0.627
wrap_up	thank a	0.2624
wrap_up	thank again	0.09
wrap_up	thank bye	0.1092
wrap_up	thank for	-0.1047
wrap_up	thank heap	0.0379
wrap_up	thank so	0.135
wrap_up	thank that	-0.094
wrap_up	thank this	-0.0265
wrap_up	thank to	-0.0775
wrap_up	thank tomorrow	0.0664
wrap_up	thank you	0.1314
wrap_up	thank ~later	0.09
wrap_up	thank ~number	0.2582
wrap_up	that	0.5399
wrap_up	that a	-0.0404
wrap_up	that about	0.1193
wrap_up	that articl	-0.028
wrap_up	that bring	0.056
wrap_up	that call	-0.0205
wrap_up	that conclud	0.1185
wrap_up	that cours	-0.0245
wrap_up	that cover	0.5242
wrap_up	that for	-0.0216
wrap_up	that help	-0.0247
wrap_up	that i	-0.0612
wrap_up	that is	0.7984
wrap_up	that it	-0.0343
wrap_up	that long	-0.0266
wrap_up	that make	-0.1082
wrap_up	that podcast	-0.0629
wrap_up	that portfolio	-0.0217
wrap_up	that pretti	0.0522
wrap_up	that recruit	-0.0218
wrap_up	that sound	0.022
wrap_up	that that	0.0322
wrap_up	that thought	-0.0227
wrap_up	that was	0.1374
wrap_up	that way	-0.053
wrap_up	that would	-0.034
wrap_up	that you	-0.0505
wrap_up	that ~contactverb	-0.0206
wrap_up	that ~degree	-0.0445
wrap_up	that ~gatekeeper	-0.0368
wrap_up	that ~later	-0.0264
wrap_up	that ~number	-0.0382
wrap_up	that ~talk	-0.0209
wrap_up	that ~want	-0.0541
wrap_up	the	-0.1047
wrap_up	the 12th	0.0554
wrap_up	the 20	0.0202
wrap_up	the 25	-0.0209
wrap_up	the admiss	-0.0267
wrap_up	the advic	0.1438
wrap_up	the advis	0.0206
wrap_up	the alumni	0.0736
wrap_up	the applic	0.0913
wrap_up	the approach	-0.0221
wrap_up	the associ	-0.0271
wrap_up	the background	-0.0204
wrap_up	the bakeri	0.0518
wrap_up	the bar	-0.0202
wrap_up	the best	0.0693
wrap_up	the book	-0.0432
wrap_up	the bootcamp	0.0485
wrap_up	the busi	0.0301
wrap_up	the career	-0.0463
wrap_up	the certif	-0.0369
wrap_up	the chat	0.0378
wrap_up	the clinic	-0.0218
wrap_up	the clock	-0.0427
wrap_up	the confer	0.0317
wrap_up	the contact	0.0579
wrap_up	the convers	-0.0251
wrap_up	the counti	-0.0213
wrap_up	the cours	-0.0305
wrap_up	the data	-0.0259
wrap_up	the day	-0.055
wrap_up	the daycar	0.0782
wrap_up	the door	-0.0799
wrap_up	the end	0.1156
wrap_up	the evening	-0.029
wrap_up	the exhibit	0.047
wrap_up	the fall	0.0406
wrap_up	the favor	0.0313
wrap_up	the fellowship	0.0341
wrap_up	the field	-0.0667
wrap_up	the first	-0.0314
wrap_up	the floor	0.0255
wrap_up	the grad	0.0548
wrap_up	the half	0.0386
wrap_up	the hard	0.0534
wrap_up	the hardest	-0.0212
wrap_up	the holiday	0.033
wrap_up	the hook	-0.0226
wrap_up	the hour	0.0331
wrap_up	the industri	-0.0284
wrap_up	the insight	0.034
wrap_up	the intro	-0.0514
wrap_up	the kind	-0.0234
wrap_up	the lab	-0.0256
wrap_up	the last	0.0627
wrap_up	the launch	0.1665
wrap_up	the licens	-0.0352
wrap_up	the line	0.0429
wrap_up	the link	-0.03
wrap_up	the long	0.0463
wrap_up	the master	-0.0331
wrap_up	the moment	-0.0249
wrap_up	the most	-0.0317
wrap_up	the move	0.0461
wrap_up	the msc	0.0338
wrap_up	the msw	-0.0254
wrap_up	the museum	0.0862
wrap_up	the name	-0.0206
wrap_up	the new	-0.0248
wrap_up	the next	-0.0398
wrap_up	the night	-0.0483
wrap_up	the note	0.0401
wrap_up	the nurs	0.0319
wrap_up	the offer	-0.0236
wrap_up	the onboard	0.0219
wrap_up	the peopl	-0.039
wrap_up	the person	0.0514
wrap_up	the polici	0.0556
wrap_up	the portfolio	0.0268
wrap_up	the question	0.1969
wrap_up	the record	-0.0225
wrap_up	the recruit	-0.0303
wrap_up	the region	0.1192
wrap_up	the rest	0.257
wrap_up	the salari	-0.0254
wrap_up	the same	-0.0391
wrap_up	the shadow	-0.0229
wrap_up	the shift	0.0393
wrap_up	the signal	0.0313
wrap_up	the startup	0.0229
wrap_up	the studi	0.0417
wrap_up	the summari	0.0684
wrap_up	the summer	-0.0531
wrap_up	the survey	-0.0254
wrap_up	the team	0.0621
wrap_up	the thirti	0.0374
wrap_up	the time	0.1745
wrap_up	the way	-0.0234
wrap_up	the week	0.0437
wrap_up	the whole	-0.0387
wrap_up	the word	0.054
wrap_up	the work	0.0241
wrap_up	the ~application	0.0908
wrap_up	the ~closing	0.1596
wrap_up	the ~contactverb	0.0307
wrap_up	the ~degree	-0.0609
wrap_up	the ~help	-0.0237
wrap_up	the ~hiring	0.0274
wrap_up	the ~insight	0.2067
wrap_up	the ~job	-0.0796
wrap_up	the ~learn	0.0319
wrap_up	the ~limit	0.1971
wrap_up	the ~number	0.0623
wrap_up	the ~people	0.0736
wrap_up	the ~sendverb	-0.0407
wrap_up	the ~student	0.04
wrap_up	the ~studyverb	0.0368
wrap_up	the ~talk	0.0568
wrap_up	the ~timeunit	0.0329
wrap_up	the ~workverb	0.0214
wrap_up	their	-0.0582
wrap_up	them	-0.1197
wrap_up	them over	-0.0202
wrap_up	then	0.2598
wrap_up	then got	0.026
wrap_up	then i	0.1882
wrap_up	therapi	-0.0244
wrap_up	there	0.7185
wrap_up	there a	-0.0904
wrap_up	there ani	-0.1478
wrap_up	there anyon	-0.0394
wrap_up	there anyth	0.1929
wrap_up	there befor	0.0495
wrap_up	there for	0.0639
wrap_up	there i	0.0852
wrap_up	there is	-0.0609
wrap_up	there other	-0.0226
wrap_up	there realli	0.0341
wrap_up	there sinc	0.0748
wrap_up	there so	0.0224
wrap_up	there someon	-0.023
wrap_up	there thank	0.0465
wrap_up	there then	0.0284
wrap_up	there ~number	-0.0884
wrap_up	there ~people	-0.0836
wrap_up	there ~want	0.0335
wrap_up	these	-0.0749
wrap_up	thesi	-0.0252
wrap_up	they	-0.065
wrap_up	thing and	0.0547
wrap_up	thing can	0.0415
wrap_up	thing come	-0.0206
wrap_up	thing go	0.042
wrap_up	thing i	-0.032
wrap_up	thing to	0.0223
wrap_up	thing you	-0.022
wrap_up	think	0.39
wrap_up	think about	-0.0768
wrap_up	think i	0.1758
wrap_up	think of	-0.1972
wrap_up	think that	0.4866
wrap_up	think we	0.1442
wrap_up	think your	-0.0201
wrap_up	thirti	0.08
wrap_up	thirti minut	0.0831
wrap_up	thirti ~limit	0.0394
wrap_up	thirti ~timeunit	0.0831
wrap_up	this	-0.1075
wrap_up	this and	-0.064
wrap_up	this call	-0.0865
wrap_up	this evening	-0.0398
wrap_up	this field	-0.0563
wrap_up	this has	0.0645
wrap_up	this in	-0.0305
wrap_up	this is	-0.0893
wrap_up	this last	-0.0387
wrap_up	this month	-0.0222
wrap_up	this one	0.0745
wrap_up	this quick	-0.0384
wrap_up	this realli	0.0452
wrap_up	this sector	-0.0217
wrap_up	this short	0.2613
wrap_up	this so	-0.0227
wrap_up	this summer	-0.0293
wrap_up	this thank	0.0503
wrap_up	this tight	-0.022
wrap_up	this to	-0.039
wrap_up	this up	0.1049
wrap_up	this was	0.3397
wrap_up	this week	-0.0987
wrap_up	this with	-0.0311
wrap_up	this ~clock	0.0742
wrap_up	this ~closing	-0.211
wrap_up	this ~contactverb	-0.0865
wrap_up	this ~insight	0.0215
wrap_up	this ~job	-0.0246
wrap_up	this ~limit	-0.0408
wrap_up	this ~number	0.084
wrap_up	this ~people	0.0745
wrap_up	this ~talk	-0.1018
wrap_up	this ~want	0.0473
wrap_up	tho	0.0233
wrap_up	those	0.2705
wrap_up	those are	0.1106
wrap_up	those were	0.1727
wrap_up	though	0.0267
wrap_up	thought	-0.1876
wrap_up	thought about	-0.0696
wrap_up	three	-0.0821
wrap_up	three ~duration	-0.0233
wrap_up	through	-0.2876
wrap_up	through a	-0.0435
wrap_up	through all	-0.0295
wrap_up	through how	-0.0258
wrap_up	through my	-0.0407
wrap_up	through the	-0.027
wrap_up	through ~number	-0.0797
wrap_up	thursday	-0.0441
wrap_up	tight	-0.1105
wrap_up	till	-0.0303
wrap_up	till ~clock	-0.0203
wrap_up	time	-0.0659
wrap_up	time alreadi	0.0367
wrap_up	time but	-0.0293
wrap_up	time for	-0.0575
wrap_up	time have	0.049
wrap_up	time if	-0.0263
wrap_up	time in	-0.0377
wrap_up	time is	-0.0626
wrap_up	time it	0.0391
wrap_up	time of	-0.0215
wrap_up	time on	-0.0433
wrap_up	time so	0.1015
wrap_up	time sorri	-0.0312
wrap_up	time to	-0.0965
wrap_up	time today	-0.1237
wrap_up	time you	0.0983
wrap_up	tip	-0.045
wrap_up	to	0.0672
wrap_up	to a	0.0362
wrap_up	to about	-0.0301
wrap_up	to add	0.1411
wrap_up	to answer	-0.0252
wrap_up	to anyon	0.0833
wrap_up	to appli	-0.0254
wrap_up	to ask	0.1977
wrap_up	to be	-0.1603
wrap_up	to becom	-0.0215
wrap_up	to call	0.0394
wrap_up	to catch	0.0272
wrap_up	to class	0.0474
wrap_up	to connect	-0.0262
wrap_up	to cut	0.2822
wrap_up	to dash	0.2156
wrap_up	to day	-0.0732
wrap_up	to die	0.134
wrap_up	to do	-0.0871
wrap_up	to dr	-0.0217
wrap_up	to drop	0.0792
wrap_up	to eat	0.028
wrap_up	to email	0.0755
wrap_up	to end	0.0548
wrap_up	to finish	-0.0389
wrap_up	to follow	-0.0392
wrap_up	to get	-0.0293
wrap_up	to give	-0.0215
wrap_up	to go	0.2204
wrap_up	to have	0.0902
wrap_up	to head	0.2096
wrap_up	to hear	-0.0981
wrap_up	to help	0.0403
wrap_up	to her	-0.0226
wrap_up	to hire	-0.0202
wrap_up	to hop	0.0676
wrap_up	to it	0.2009
wrap_up	to jump	0.1973
wrap_up	to keep	0.1246
wrap_up	to know	-0.0706
wrap_up	to learn	-0.176
wrap_up	to leav	0.1549
wrap_up	to let	0.1002
wrap_up	to log	0.0212
wrap_up	to make	-0.0362
wrap_up	to me	0.1254
wrap_up	to meet	-0.0504
wrap_up	to mind	0.0202
wrap_up	to move	-0.02
wrap_up	to my	-0.1211
wrap_up	to overrun	-0.0249
wrap_up	to pass	-0.0415
wrap_up	to pick	0.071
wrap_up	to pitch	0.0443
wrap_up	to reach	0.039
wrap_up	to refer	-0.0208
wrap_up	to run	0.4485
wrap_up	to see	-0.0327
wrap_up	to send	0.0625
wrap_up	to shadow	-0.02
wrap_up	to share	-0.0315
wrap_up	to someon	-0.028
wrap_up	to speak	-0.0818
wrap_up	to spread	0.0385
wrap_up	to start	-0.0327
wrap_up	to stay	-0.0825
wrap_up	to step	-0.0269
wrap_up	to stop	0.1537
wrap_up	to switch	-0.0297
wrap_up	to take	-0.0845
wrap_up	to talk	-0.0879
wrap_up	to tell	-0.0585
wrap_up	to test	-0.0207
wrap_up	to thank	0.0362
wrap_up	to that	-0.0846
wrap_up	to the	-0.0951
wrap_up	to this	-0.0336
wrap_up	to tri	-0.0279
wrap_up	to understand	-0.0617
wrap_up	to updat	-0.0214
wrap_up	to what	-0.0216
wrap_up	to work	0.059
wrap_up	to wrap	0.0482
wrap_up	to write	-0.0568
wrap_up	to you	-0.063
wrap_up	to your	0.135
wrap_up	to ~clock	-0.0254
wrap_up	to ~closing	-0.0779
wrap_up	to ~contactverb	0.0797
wrap_up	to ~help	-0.0811
wrap_up	to ~insight	-0.1025
wrap_up	to ~learn	-0.0815
wrap_up	to ~limit	-0.0912
wrap_up	to ~number	-0.1035
wrap_up	to ~people	0.0347
wrap_up	to ~sendverb	0.1036
wrap_up	to ~student	-0.0219
wrap_up	to ~talk	0.0959
wrap_up	to ~want	-0.0388
wrap_up	to ~workverb	0.4764
wrap_up	today and	-0.0376
wrap_up	today dr	0.0329
wrap_up	today is	-0.0437
wrap_up	today it	-0.0251
wrap_up	today so	-0.0282
wrap_up	today ~talk	0.0726
wrap_up	tom	-0.0243
wrap_up	tomorrow	0.0392
wrap_up	ton	0.0593
wrap_up	tonight	-0.1548
wrap_up	tonight and	-0.0488
wrap_up	tonight to	-0.0293
wrap_up	too	-0.3054
wrap_up	too much	-0.1452
wrap_up	took	-0.0299
wrap_up	tool	-0.0381
wrap_up	toronto	-0.029
wrap_up	total	0.1082
wrap_up	total get	-0.0466
wrap_up	total understand	0.1514
wrap_up	total ~learn	0.1047
wrap_up	touch	0.1255
wrap_up	touch after	0.0344
wrap_up	touch and	-0.0211
wrap_up	touch as	0.1073
wrap_up	touch onc	0.0419
wrap_up	touch with	-0.06
wrap_up	touch ~want	0.0344
wrap_up	track	-0.0494
wrap_up	train	0.1517
wrap_up	train pull	0.0364
wrap_up	transcript	0.059
wrap_up	translat	-0.0664
wrap_up	travel	0.052
wrap_up	tree	0.0653
wrap_up	tri	-0.2813
wrap_up	tri the	-0.0329
wrap_up	tri to	-0.173
wrap_up	tri ~number	-0.0329
wrap_up	trial	-0.029
wrap_up	true	-0.0607
wrap_up	truli	0.095
wrap_up	tuesday	-0.0208
wrap_up	turn	-0.0524
wrap_up	tutor	-0.0249
wrap_up	twenti	-0.0724
wrap_up	twenti minut	-0.065
wrap_up	twenti ~limit	-0.065
wrap_up	twenti ~timeunit	-0.065
wrap_up	twitter	-0.0265
wrap_up	two	-0.0933
wrap_up	two more	-0.0289
wrap_up	two other	0.0826
wrap_up	two programm	0.0421
wrap_up	two year	-0.024
wrap_up	two ~duration	-0.0282
wrap_up	typic	-0.0736
wrap_up	typic ~closing	-0.0218
wrap_up	uh	0.0359
wrap_up	um	-0.023
wrap_up	uncl	-0.0241
wrap_up	understand complet	-0.0254
wrap_up	understand how	0.032
wrap_up	understand thank	0.0751
wrap_up	understand that	-0.0206
wrap_up	understand the	-0.0324
wrap_up	understand what	-0.0424
wrap_up	understand ~number	-0.0324
wrap_up	understood	-0.0301
wrap_up	unfortunat	0.0242
wrap_up	uni	-0.0704
wrap_up	unless	0.0661
wrap_up	unless there	0.061
wrap_up	unpaid	-0.0271
wrap_up	until ~clock	-0.023
wrap_up	until ~number	-0.0232
wrap_up	up	0.3789
wrap_up	up ani	0.0951
wrap_up	up anoth	0.0437
wrap_up	up appli	-0.0343
wrap_up	up by	-0.0347
wrap_up	up enough	0.0577
wrap_up	up here	0.2242
wrap_up	up i	-0.0333
wrap_up	up is	-0.0237
wrap_up	up more	0.0375
wrap_up	up my	0.0617
wrap_up	up now	0.0646
wrap_up	up on	-0.0313
wrap_up	up question	0.0371
wrap_up	up so	0.0334
wrap_up	up thank	0.0424
wrap_up	up that	-0.0255
wrap_up	up there	0.0396
wrap_up	up tonight	-0.0219
wrap_up	up too	-0.082
wrap_up	up where	0.0295
wrap_up	up while	0.0553
wrap_up	up with	-0.0695
wrap_up	up your	0.0344
wrap_up	up ~later	0.0208
wrap_up	up ~want	0.1909
wrap_up	updat	-0.0315
wrap_up	updat after	0.0383
wrap_up	updat on	-0.04
wrap_up	updat you	-0.0205
wrap_up	updat ~want	0.0383
wrap_up	upfront	-0.0221
wrap_up	us	0.1541
wrap_up	us leav	0.0684
wrap_up	us out	0.037
wrap_up	us stop	0.0301
wrap_up	use	-0.1888
wrap_up	use context	-0.0205
wrap_up	use convers	0.0205
wrap_up	use for	0.0765
wrap_up	use to	-0.0671
wrap_up	user	-0.0252
wrap_up	usual	-0.0806
wrap_up	ux	-0.0585
wrap_up	ux research	-0.0222
wrap_up	valu	-0.0286
wrap_up	valuabl	-0.0233
wrap_up	van	0.0354
wrap_up	veri	0.0854
wrap_up	veri busi	0.0206
wrap_up	veri clear	-0.0272
wrap_up	veri full	0.0445
wrap_up	veri generous	0.0209
wrap_up	veri help	-0.0396
wrap_up	veri interest	0.047
wrap_up	veri much	0.1006
wrap_up	veri nice	-0.0203
wrap_up	version	-0.0297
wrap_up	versus	-0.0259
wrap_up	vet	-0.0512
wrap_up	veteran	0.0355
wrap_up	veteran hire	0.0395
wrap_up	veteran ~gatekeeper	0.0395
wrap_up	veteran ~hiring	0.0395
wrap_up	visit	-0.0386
wrap_up	volunt	-0.0423
wrap_up	volunt at	-0.0208
wrap_up	vs	-0.049
wrap_up	wait	-0.0362
wrap_up	wait here	-0.0356
wrap_up	wait on	0.0984
wrap_up	wait ~want	-0.0356
wrap_up	walk	-0.1041
wrap_up	walk across	-0.0242
wrap_up	walk me	-0.0961
wrap_up	want	0.1919
wrap_up	want a	-0.0315
wrap_up	want me	-0.0214
wrap_up	want someon	0.0218
wrap_up	want to	0.3339
wrap_up	want ~number	-0.059
wrap_up	want ~people	0.0218
wrap_up	was	0.0976
wrap_up	was about	0.0965
wrap_up	was amaz	0.0337
wrap_up	was brilliant	0.0548
wrap_up	was everyth	0.0421
wrap_up	was exact	0.0344
wrap_up	was genuin	-0.0278
wrap_up	was great	0.07
wrap_up	was honest	0.031
wrap_up	was incred	-0.045
wrap_up	was it	-0.0444
wrap_up	was just	-0.0203
wrap_up	was my	0.1444
wrap_up	was not	-0.0236
wrap_up	was realli	0.0357
wrap_up	was so	-0.066
wrap_up	was super	0.0641
wrap_up	was that	-0.0283
wrap_up	was the	-0.038
wrap_up	was wonder	-0.0786
wrap_up	was your	-0.0268
wrap_up	was ~number	-0.0243
wrap_up	watch	-0.0346
wrap_up	watch the	-0.0201
wrap_up	watch ~number	-0.0225
wrap_up	way	-0.3308
wrap_up	way i	-0.0928
wrap_up	way more	-0.0376
wrap_up	way to	-0.0536
wrap_up	we	0.8032
wrap_up	we agre	-0.0225
wrap_up	we are	0.4674
wrap_up	we call	0.1522
wrap_up	we can	0.1783
wrap_up	we end	0.1098
wrap_up	we finish	0.0474
wrap_up	we go	0.0289
wrap_up	we got	0.0277
wrap_up	we hang	-0.0329
wrap_up	we have	-0.2097
wrap_up	we leav	0.1046
wrap_up	we onli	-0.066
wrap_up	we pick	0.1131
wrap_up	we schedul	-0.0226
wrap_up	we stay	0.0216
wrap_up	we still	-0.0417
wrap_up	we stop	0.208
wrap_up	we talk	-0.0358
wrap_up	we wrap	0.0348
wrap_up	we ~contactverb	0.1522
wrap_up	we ~learn	0.1011
wrap_up	we ~talk	0.1215
wrap_up	websit	-0.0388
wrap_up	week	-0.1051
wrap_up	week and	0.0247
wrap_up	week for	-0.0253
wrap_up	week go	-0.0206
wrap_up	week i	-0.0201
wrap_up	week is	0.023
wrap_up	week look	-0.0237
wrap_up	week so	-0.0276
wrap_up	week to	-0.0385
wrap_up	weekend	0.1702
wrap_up	weekend and	0.0482
wrap_up	weird	-0.0461
wrap_up	weird if	0.0228
wrap_up	well	0.1887
wrap_up	well i	0.1659
wrap_up	well that	0.0832
wrap_up	went	-0.0277
wrap_up	were all	0.1096
wrap_up	were my	0.0629
wrap_up	were start	-0.0203
wrap_up	were we	-0.0252
wrap_up	what	-0.7268
wrap_up	what are	-0.0263
wrap_up	what doe	-0.0692
wrap_up	what i	0.1448
wrap_up	what is	-0.1689
wrap_up	what made	-0.0287
wrap_up	what my	-0.0258
wrap_up	what skill	-0.0242
wrap_up	what the	-0.0493
wrap_up	what this	-0.0228
wrap_up	what was	-0.0279
wrap_up	what would	-0.0308
wrap_up	what you	-0.0577
wrap_up	what your	-0.0217
wrap_up	what ~number	-0.0474
wrap_up	what ~want	-0.0308
wrap_up	whatev	-0.0392
wrap_up	when	-0.3179
wrap_up	when a	-0.0291
wrap_up	when i	-0.1044
wrap_up	when thing	0.0262
wrap_up	when you	-0.096
wrap_up	when ~number	-0.0498
wrap_up	whenev	-0.102
wrap_up	whenev you	-0.0624
wrap_up	where	-0.1944
wrap_up	where do	-0.0245
wrap_up	where i	-0.0333
wrap_up	where were	-0.0252
wrap_up	where you	-0.0309
wrap_up	where ~help	-0.0245
wrap_up	where ~number	-0.0242
wrap_up	whether	-0.184
wrap_up	whether the	-0.0338
wrap_up	whether you	-0.034
wrap_up	whether ~number	-0.049
wrap_up	whi	-0.1305
wrap_up	whi i	-0.0858
wrap_up	which	-0.2242
wrap_up	which cours	-0.021
wrap_up	which is	-0.0244
wrap_up	which was	0.0369
wrap_up	which way	-0.0256
wrap_up	which ~degree	-0.0291
wrap_up	while i	0.0237
wrap_up	who	-0.2606
wrap_up	who els	-0.0851
wrap_up	who is	-0.0319
wrap_up	who might	0.0446
wrap_up	who would	-0.0222
wrap_up	who ~want	-0.0239
wrap_up	whoever	-0.0226
wrap_up	whole lunch	0.0313
wrap_up	whole ~limit	0.0326
wrap_up	wifi	-0.0383
wrap_up	wild	0.0209
wrap_up	will	0.4469
wrap_up	will add	-0.0334
wrap_up	will be	-0.1645
wrap_up	will check	-0.0203
wrap_up	will close	0.0412
wrap_up	will conclud	0.1006
wrap_up	will connect	-0.0898
wrap_up	will def	-0.0822
wrap_up	will definit	-0.1541
wrap_up	will defo	-0.021
wrap_up	will drop	-0.0255
wrap_up	will end	0.0832
wrap_up	will follow	-0.0752
wrap_up	will forward	-0.024
wrap_up	will free	0.0259
wrap_up	will get	0.0281
wrap_up	will have	-0.1019
wrap_up	will jot	-0.0209
wrap_up	will jump	-0.0974
wrap_up	will keep	-0.5819
wrap_up	will leav	0.33
wrap_up	will let	0.6945
wrap_up	will look	-0.0611
wrap_up	will make	-0.0293
wrap_up	will messag	-0.0524
wrap_up	will not	0.6744
wrap_up	will pick	-0.0304
wrap_up	will ping	-0.0227
wrap_up	will probabl	-0.0415
wrap_up	will reach	0.0545
wrap_up	will say	0.2006
wrap_up	will send	-0.1716
wrap_up	will shoot	-0.0334
wrap_up	will sign	0.085
wrap_up	will start	0.0504
wrap_up	will stop	0.4849
wrap_up	will tell	-0.023
wrap_up	will to	-0.0684
wrap_up	will tri	-0.1376
wrap_up	will wait	-0.0516
wrap_up	will wrap	0.508
wrap_up	will write	-0.1193
wrap_up	will ~contactverb	-0.1814
wrap_up	will ~insight	-0.0205
wrap_up	will ~sendverb	-0.3303
wrap_up	will ~talk	-0.1124
wrap_up	will ~want	-0.1196
wrap_up	wish	0.2569
wrap_up	wish me	-0.0305
wrap_up	wish you	0.2886
wrap_up	with	-0.1058
wrap_up	with a	-0.1342
wrap_up	with all	-0.0947
wrap_up	with an	0.0311
wrap_up	with excel	-0.029
wrap_up	with her	-0.0293
wrap_up	with in	-0.039
wrap_up	with me	-0.1727
wrap_up	with my	-0.0618
wrap_up	with some	0.0304
wrap_up	with that	0.0379
wrap_up	with the	0.2368
wrap_up	with this	0.0535
wrap_up	with what	-0.0271
wrap_up	with you	0.12
wrap_up	with your	0.103
wrap_up	with ~number	0.1415
wrap_up	with ~people	-0.0238
wrap_up	without	-0.0314
wrap_up	wonder	-0.0459
wrap_up	wonder how	-0.0203
wrap_up	wonder if	0.0409
wrap_up	wonder whether	-0.0432
wrap_up	word	0.0229
wrap_up	word about	0.0347
wrap_up	work	-0.2393
wrap_up	work and	0.078
wrap_up	work in	-0.0462
wrap_up	work is	-0.0225
wrap_up	work now	0.0292
wrap_up	work on	-0.0499
wrap_up	work this	0.0385
wrap_up	work with	-0.0222
wrap_up	work ~want	-0.0201
wrap_up	worri	-0.0969
wrap_up	worri i	-0.027
wrap_up	worri if	-0.023
wrap_up	worth	-0.136
wrap_up	worth it	-0.0678
wrap_up	would	-0.1452
wrap_up	would actual	0.0596
wrap_up	would be	-0.0776
wrap_up	would better	0.1517
wrap_up	would enjoy	-0.0237
wrap_up	would ever	0.0621
wrap_up	would have	-0.0457
wrap_up	would it	0.0713
wrap_up	would jump	-0.0237
wrap_up	would known	0.0345
wrap_up	would mean	-0.0224
wrap_up	would not	-0.0262
wrap_up	would prepar	0.0654
wrap_up	would realli	-0.0697
wrap_up	would recommend	-0.0596
wrap_up	would suggest	-0.0257
wrap_up	would want	0.0981
wrap_up	would you	-0.0444
wrap_up	would ~help	-0.0301
wrap_up	would ~learn	-0.0281
wrap_up	would ~want	0.0264
wrap_up	wow	-0.0802
wrap_up	wow i	-0.0301
wrap_up	wow ok	-0.0294
wrap_up	wrap	0.6926
wrap_up	wrap here	0.1418
wrap_up	wrap it	0.0867
wrap_up	wrap thing	0.0258
wrap_up	wrap up	0.4296
wrap_up	wrap ~want	0.1418
wrap_up	write	-0.3023
wrap_up	write a	-0.0274
wrap_up	write it	-0.0257
wrap_up	write to	-0.0395
wrap_up	write up	-0.1028
wrap_up	write you	-0.0383
wrap_up	write ~number	-0.0235
wrap_up	wrong	-0.0364
wrap_up	yeah	0.0557
wrap_up	yeah i	0.1139
wrap_up	year	-0.4543
wrap_up	year and	-0.0519
wrap_up	year in	-0.0604
wrap_up	year of	-0.0219
wrap_up	year ~workverb	-0.0239
wrap_up	yet	-0.0662
wrap_up	you	-0.0728
wrap_up	you a	0.0392
wrap_up	you after	-0.0616
wrap_up	you again	0.0404
wrap_up	you an	-0.0319
wrap_up	you ani	0.4063
wrap_up	you are	-0.0636
wrap_up	you back	0.0564
wrap_up	you can	0.0525
wrap_up	you carv	-0.0207
wrap_up	you could	-0.1096
wrap_up	you crack	0.0384
wrap_up	you cut	-0.0247
wrap_up	you decid	-0.0324
wrap_up	you did	-0.0208
wrap_up	you do	-0.0453
wrap_up	you eat	0.0201
wrap_up	you ever	-0.0839
wrap_up	you finish	-0.0203
wrap_up	you for	-0.0845
wrap_up	you from	-0.0256
wrap_up	you gave	0.0562
wrap_up	you get	0.4641
wrap_up	you give	-0.0472
wrap_up	you go	0.5494
wrap_up	you got	-0.0339
wrap_up	you guy	-0.053
wrap_up	you had	0.0483
wrap_up	you have	-0.1236
wrap_up	you head	0.0751
wrap_up	you hear	-0.0589
wrap_up	you hire	-0.0341
wrap_up	you how	-0.0475
wrap_up	you if	0.045
wrap_up	you in	0.1672
wrap_up	you introduc	-0.0226
wrap_up	you kind	0.0268
wrap_up	you know	-0.4453
wrap_up	you late	0.037
wrap_up	you later	0.1007
wrap_up	you long	0.0513
wrap_up	you mention	-0.1028
wrap_up	you mind	0.1967
wrap_up	you more	0.0662
wrap_up	you ms	0.0411
wrap_up	you my	-0.048
wrap_up	you next	-0.0533
wrap_up	you note	-0.1553
wrap_up	you now	0.0699
wrap_up	you on	0.1415
wrap_up	you onc	-0.0534
wrap_up	you onli	-0.0512
wrap_up	you or	-0.0231
wrap_up	you out	0.0511
wrap_up	you pass	-0.0204
wrap_up	you past	-0.0422
wrap_up	you point	0.0908
wrap_up	you post	-0.0775
wrap_up	you prefer	-0.0257
wrap_up	you proper	-0.0274
wrap_up	you realli	-0.0218
wrap_up	you recommend	-0.0597
wrap_up	you refer	-0.0267
wrap_up	you said	-0.0311
wrap_up	you say	-0.0747
wrap_up	you sincer	0.0283
wrap_up	you so	0.0803
wrap_up	you start	-0.0304
wrap_up	you still	-0.0366
wrap_up	you take	0.1286
wrap_up	you tell	-0.0375
wrap_up	you thank	0.1183
wrap_up	you that	-0.0809
wrap_up	you the	0.0394
wrap_up	you think	-0.2101
wrap_up	you this	0.0229
wrap_up	you time	0.0559
wrap_up	you to	0.0874
wrap_up	you today	0.0308
wrap_up	you tonight	0.0369
wrap_up	you too	-0.0215
wrap_up	you truli	0.0274
wrap_up	you up	0.1703
wrap_up	you updat	-0.0527
wrap_up	you veri	0.1358
wrap_up	you walk	-0.0284
wrap_up	you want	0.1232
wrap_up	you were	-0.0631
wrap_up	you when	-0.0412
wrap_up	you will	-0.0357
wrap_up	you work	-0.025
wrap_up	you your	0.0486
wrap_up	you ~closing	0.0217
wrap_up	you ~degree	0.0411
wrap_up	you ~help	-0.0645
wrap_up	you ~insight	0.1115
wrap_up	you ~later	0.1268
wrap_up	you ~learn	-0.1127
wrap_up	you ~limit	0.0791
wrap_up	you ~number	0.0303
wrap_up	you ~sendverb	-0.031
wrap_up	you ~studyverb	-0.029
wrap_up	you ~want	0.0342
wrap_up	you ~workverb	-0.0205
wrap_up	your	0.0699
wrap_up	your 3	0.045
wrap_up	your advic	-0.0472
wrap_up	your afternoon	0.1808
wrap_up	your brain	-0.0439
wrap_up	your busi	-0.0334
wrap_up	your calendar	0.0319
wrap_up	your candour	0.0263
wrap_up	your career	-0.0271
wrap_up	your clinic	-0.023
wrap_up	your colleagu	-0.0403
wrap_up	your compani	-0.0519
wrap_up	your daughter	0.1207
wrap_up	your day	0.0267
wrap_up	your depart	-0.0259
wrap_up	your email	-0.0228
wrap_up	your end	-0.0289
wrap_up	your evening	0.0756
wrap_up	your experi	-0.0279
wrap_up	your field	-0.0238
wrap_up	your firm	-0.0491
wrap_up	your first	-0.055
wrap_up	your flight	0.0799
wrap_up	your friday	0.0707
wrap_up	your generos	0.0243
wrap_up	your group	0.0209
wrap_up	your hair	0.0736
wrap_up	your hire	-0.024
wrap_up	your honest	-0.0375
wrap_up	your honesti	0.0299
wrap_up	your inbox	0.0441
wrap_up	your insight	0.0391
wrap_up	your kid	0.0433
wrap_up	your kind	0.0746
wrap_up	your lunch	-0.0459
wrap_up	your meet	0.0312
wrap_up	your mentor	0.0548
wrap_up	your name	-0.0269
wrap_up	your next	0.1636
wrap_up	your patienc	-0.1036
wrap_up	your patient	0.0595
wrap_up	your perspect	-0.0239
wrap_up	your podcast	0.0327
wrap_up	your recruit	-0.0209
wrap_up	your shift	0.0272
wrap_up	your slam	-0.0263
wrap_up	your slot	-0.0208
wrap_up	your son	0.0316
wrap_up	your student	0.0304
wrap_up	your take	-0.0313
wrap_up	your team	-0.0514
wrap_up	your thought	-0.0282
wrap_up	your time	0.1749
wrap_up	your ward	0.0214
wrap_up	your week	0.1025
wrap_up	your weekend	0.0777
wrap_up	your whole	0.0306
wrap_up	your work	0.0245
wrap_up	your ~clock	0.06
wrap_up	your ~closing	0.5281
wrap_up	your ~contactverb	-0.0232
wrap_up	your ~degree	-0.0241
wrap_up	your ~gatekeeper	-0.0625
wrap_up	your ~hiring	-0.0325
wrap_up	your ~insight	-0.1335
wrap_up	your ~job	-0.034
wrap_up	your ~limit	0.3141
wrap_up	your ~org	-0.2305
wrap_up	your ~people	-0.0546
wrap_up	your ~sendverb	-0.0249
wrap_up	your ~workverb	0.0245
wrap_up	~application	-0.0403
wrap_up	~application along	-0.023
wrap_up	~application essay	0.0572
wrap_up	~application go	-0.03
wrap_up	~application goe	0.045
wrap_up	~application in	0.0424
wrap_up	~application to	-0.0666
wrap_up	~application went	0.1015
wrap_up	~clock	-0.2193
wrap_up	~clock 15	-0.0238
wrap_up	~clock 25	-0.0331
wrap_up	~clock an	-0.0409
wrap_up	~clock and	0.0282
wrap_up	~clock but	-0.0276
wrap_up	~clock bye	0.051
wrap_up	~clock came	0.0318
wrap_up	~clock day	-0.0228
wrap_up	~clock hour	0.0255
wrap_up	~clock i	-0.0332
wrap_up	~clock last	0.0706
wrap_up	~clock minut	-0.0754
wrap_up	~clock moment	-0.0271
wrap_up	~clock month	-0.0251
wrap_up	~clock more	-0.1215
wrap_up	~clock or	0.0681
wrap_up	~clock other	0.0826
wrap_up	~clock past	-0.0872
wrap_up	~clock programm	0.0421
wrap_up	~clock question	-0.034
wrap_up	~clock sec	-0.0703
wrap_up	~clock so	0.0699
wrap_up	~clock year	-0.2098
wrap_up	~clock you	0.0265
wrap_up	~closing	0.2718
wrap_up	~closing and	0.0975
wrap_up	~closing for	-0.0625
wrap_up	~closing from	0.0564
wrap_up	~closing go	-0.0233
wrap_up	~closing i	-0.0623
wrap_up	~closing if	-0.0249
wrap_up	~closing look	-0.0374
wrap_up	~closing mr	-0.0263
wrap_up	~closing ms	-0.0295
wrap_up	~closing of	0.3934
wrap_up	~closing on	-0.0262
wrap_up	~closing shift	-0.0634
wrap_up	~closing so	-0.0635
wrap_up	~closing that	-0.0362
wrap_up	~closing to	-0.1176
wrap_up	~closing until	0.0633
wrap_up	~closing with	-0.0219
wrap_up	~contactverb	-0.0277
wrap_up	~contactverb and	-0.0261
wrap_up	~contactverb as	0.1073
wrap_up	~contactverb back	-0.0515
wrap_up	~contactverb here	0.0273
wrap_up	~contactverb i	-0.109
wrap_up	~contactverb in	-0.0223
wrap_up	~contactverb is	0.0231
wrap_up	~contactverb it	0.2174
wrap_up	~contactverb next	0.024
wrap_up	~contactverb so	-0.0525
wrap_up	~contactverb thank	0.0387
wrap_up	~contactverb them	-0.0305
wrap_up	~contactverb to	-0.064
wrap_up	~contactverb up	-0.1027
wrap_up	~contactverb with	-0.0805
wrap_up	~contactverb you	0.0984
wrap_up	~degree	-0.2961
wrap_up	~degree alvarez	0.03
wrap_up	~degree go	0.0857
wrap_up	~degree goe	-0.0438
wrap_up	~degree if	0.0238
wrap_up	~degree in	-0.1059
wrap_up	~degree is	-0.0306
wrap_up	~degree okafor	-0.0229
wrap_up	~degree program	-0.0301
wrap_up	~degree rout	-0.021
wrap_up	~duration	-0.454
wrap_up	~duration and	-0.0568
wrap_up	~duration in	-0.0665
wrap_up	~duration of	-0.0293
wrap_up	~duration onc	-0.0205
wrap_up	~duration to	-0.0284
wrap_up	~gatekeeper	-0.2646
wrap_up	~gatekeeper at	-0.0309
wrap_up	~gatekeeper for	-0.0203
wrap_up	~gatekeeper just	0.1932
wrap_up	~gatekeeper manag	-0.0348
wrap_up	~gatekeeper team	0.0269
wrap_up	~help	-0.3766
wrap_up	~help a	-0.0336
wrap_up	~help anyth	0.0755
wrap_up	~help context	-0.0206
wrap_up	~help convers	0.0205
wrap_up	~help for	0.0398
wrap_up	~help have	0.072
wrap_up	~help i	-0.0337
wrap_up	~help is	0.0306
wrap_up	~help it	-0.0353
wrap_up	~help just	0.0276
wrap_up	~help like	0.0426
wrap_up	~help mayb	0.0778
wrap_up	~help not	0.2332
wrap_up	~help out	-0.032
wrap_up	~help peopl	-0.0315
wrap_up	~help someth	-0.0262
wrap_up	~help the	0.0628
wrap_up	~help this	-0.0277
wrap_up	~help today	0.1077
wrap_up	~help with	-0.0683
wrap_up	~help you	-0.1749
wrap_up	~help your	-0.0244
wrap_up	~hiring	-0.2072
wrap_up	~hiring flow	0.0247
wrap_up	~hiring manag	-0.0348
wrap_up	~hiring team	0.0302
wrap_up	~hiring the	-0.0293
wrap_up	~hiring up	0.033
wrap_up	~insight	-0.0381
wrap_up	~insight a	-0.0363
wrap_up	~insight and	0.0373
wrap_up	~insight care	0.4833
wrap_up	~insight for	-0.0256
wrap_up	~insight it	0.087
wrap_up	~insight more	0.1858
wrap_up	~insight now	-0.0502
wrap_up	~insight on	-0.1064
wrap_up	~insight session	0.0556
wrap_up	~insight that	-0.0645
wrap_up	~insight the	-0.0553
wrap_up	~insight today	-0.0216
wrap_up	~insight too	-0.0524
wrap_up	~insight you	-0.0457
wrap_up	~insight your	0.0487
wrap_up	~job	-0.5917
wrap_up	~job and	-0.0348
wrap_up	~job at	-0.0502
wrap_up	~job come	0.0384
wrap_up	~job for	-0.0271
wrap_up	~job go	-0.0259
wrap_up	~job if	0.021
wrap_up	~job in	-0.0558
wrap_up	~job is	-0.021
wrap_up	~job on	-0.0317
wrap_up	~job open	0.0576
wrap_up	~job or	0.0372
wrap_up	~job with	-0.0217
wrap_up	~later	0.2251
wrap_up	~later after	-0.0292
wrap_up	~later and	0.0872
wrap_up	~later i	-0.0883
wrap_up	~later if	-0.0895
wrap_up	~later in	0.0359
wrap_up	~later just	0.0331
wrap_up	~later next	0.0276
wrap_up	~later the	-0.0273
wrap_up	~later this	0.0495
wrap_up	~later to	-0.0229
wrap_up	~later today	-0.0668
wrap_up	~later when	0.0327
wrap_up	~learn	-0.3069
wrap_up	~learn a	-0.0496
wrap_up	~learn about	-0.0387
wrap_up	~learn and	0.0552
wrap_up	~learn back	0.3389
wrap_up	~learn complet	-0.0254
wrap_up	~learn for	-0.0543
wrap_up	~learn from	-0.0383
wrap_up	~learn go	0.2226
wrap_up	~learn hire	-0.0274
wrap_up	~learn how	-0.1759
wrap_up	~learn i	-0.0449
wrap_up	~learn if	-0.1866
wrap_up	~learn into	-0.0504
wrap_up	~learn is	-0.0316
wrap_up	~learn it	-0.0874
wrap_up	~learn me	-0.0331
wrap_up	~learn more	-0.022
wrap_up	~learn my	-0.1103
wrap_up	~learn not	-0.0338
wrap_up	~learn now	0.0203
wrap_up	~learn on	0.1093
wrap_up	~learn onc	-0.0266
wrap_up	~learn one	-0.0212
wrap_up	~learn out	0.0643
wrap_up	~learn some	-0.0218
wrap_up	~learn stuck	0.0777
wrap_up	~learn thank	0.0555
wrap_up	~learn that	-0.1296
wrap_up	~learn the	-0.118
wrap_up	~learn this	0.0922
wrap_up	~learn to	0.044
wrap_up	~learn up	0.1465
wrap_up	~learn we	0.1288
wrap_up	~learn what	-0.0877
wrap_up	~learn when	-0.0309
wrap_up	~learn where	-0.0373
wrap_up	~learn whether	-0.0362
wrap_up	~learn which	-0.0599
wrap_up	~learn you	0.2052
wrap_up	~limit	-0.1652
wrap_up	~limit and	0.0427
wrap_up	~limit ani	0.0605
wrap_up	~limit break	-0.0745
wrap_up	~limit but	-0.0315
wrap_up	~limit do	0.0691
wrap_up	~limit for	-0.0954
wrap_up	~limit goe	-0.0333
wrap_up	~limit have	0.049
wrap_up	~limit hour	-0.0207
wrap_up	~limit i	-0.0234
wrap_up	~limit if	-0.0298
wrap_up	~limit it	0.0268
wrap_up	~limit left	-0.0828
wrap_up	~limit mark	0.0479
wrap_up	~limit mr	-0.0285
wrap_up	~limit ms	-0.0295
wrap_up	~limit my	-0.0201
wrap_up	~limit now	-0.028
wrap_up	~limit of	-0.0382
wrap_up	~limit off	-0.0208
wrap_up	~limit on	-0.0601
wrap_up	~limit or	-0.049
wrap_up	~limit out	-0.0212
wrap_up	~limit over	0.0492
wrap_up	~limit past	0.0221
wrap_up	~limit should	0.045
wrap_up	~limit so	0.114
wrap_up	~limit sorri	-0.0482
wrap_up	~limit tight	-0.0228
wrap_up	~limit to	-0.1766
wrap_up	~limit today	-0.1247
wrap_up	~limit you	0.096
wrap_up	~number	-0.6073
wrap_up	~number 12th	0.0554
wrap_up	~number 25	-0.0209
wrap_up	~number admiss	-0.0267
wrap_up	~number advic	0.1438
wrap_up	~number advis	0.0206
wrap_up	~number alumni	0.0709
wrap_up	~number an	-0.0409
wrap_up	~number applic	0.0875
wrap_up	~number approach	-0.0221
wrap_up	~number armi	-0.0207
wrap_up	~number associ	-0.0284
wrap_up	~number bachelor	-0.0202
wrap_up	~number background	-0.0209
wrap_up	~number bakeri	0.0518
wrap_up	~number bar	-0.0202
wrap_up	~number best	0.0686
wrap_up	~number big	-0.0354
wrap_up	~number bit	-0.0539
wrap_up	~number book	-0.0534
wrap_up	~number bootcamp	0.0342
wrap_up	~number break	0.0565
wrap_up	~number brief	0.0463
wrap_up	~number bus	-0.0243
wrap_up	~number came	0.0318
wrap_up	~number career	-0.0865
wrap_up	~number certif	-0.0392
wrap_up	~number chanc	-0.0343
wrap_up	~number chariti	-0.0201
wrap_up	~number chat	0.0267
wrap_up	~number class	0.0414
wrap_up	~number clearer	0.0384
wrap_up	~number clinic	-0.0292
wrap_up	~number clock	-0.0427
wrap_up	~number confer	0.0274
wrap_up	~number connect	-0.0306
wrap_up	~number consult	-0.0282
wrap_up	~number contact	0.0491
wrap_up	~number contract	0.0238
wrap_up	~number convers	-0.0304
wrap_up	~number copi	-0.0217
wrap_up	~number counti	-0.0222
wrap_up	~number coupl	0.0385
wrap_up	~number cours	-0.0346
wrap_up	~number cs	-0.0241
wrap_up	~number data	-0.0359
wrap_up	~number day	-0.0572
wrap_up	~number daycar	0.0782
wrap_up	~number degre	-0.0206
wrap_up	~number deliveri	-0.032
wrap_up	~number dentist	0.0243
wrap_up	~number design	-0.0242
wrap_up	~number door	-0.0849
wrap_up	~number email	-0.0594
wrap_up	~number end	0.1156
wrap_up	~number evening	-0.036
wrap_up	~number exhibit	0.0408
wrap_up	~number eye	-0.0576
wrap_up	~number fall	0.0406
wrap_up	~number favor	0.0309
wrap_up	~number feel	-0.0315
wrap_up	~number fellowship	0.0341
wrap_up	~number few	-0.063
wrap_up	~number field	-0.0697
wrap_up	~number final	-0.0338
wrap_up	~number first	-0.0368
wrap_up	~number floor	0.0249
wrap_up	~number follow	-0.0293
wrap_up	~number for	-0.0209
wrap_up	~number free	-0.0202
wrap_up	~number generous	0.0836
wrap_up	~number good	0.4251
wrap_up	~number grad	0.053
wrap_up	~number great	0.0797
wrap_up	~number half	0.0386
wrap_up	~number hardest	-0.0212
wrap_up	~number head	-0.0245
wrap_up	~number holiday	0.033
wrap_up	~number hook	-0.0226
wrap_up	~number i	-0.0255
wrap_up	~number industri	-0.0286
wrap_up	~number insight	0.034
wrap_up	~number internship	0.0629
wrap_up	~number interview	-0.0276
wrap_up	~number intro	-0.0586
wrap_up	~number job	0.0344
wrap_up	~number kind	-0.0237
wrap_up	~number lab	0.0525
wrap_up	~number last	0.1276
wrap_up	~number launch	0.1646
wrap_up	~number lectur	0.0456
wrap_up	~number licens	-0.0362
wrap_up	~number link	-0.046
wrap_up	~number list	-0.0517
wrap_up	~number littl	-0.0297
wrap_up	~number long	0.0227
wrap_up	~number lot	0.0458
wrap_up	~number love	0.1886
wrap_up	~number master	-0.074
wrap_up	~number meet	0.0931
wrap_up	~number million	0.1439
wrap_up	~number minut	-0.0234
wrap_up	~number moment	-0.077
wrap_up	~number month	0.1626
wrap_up	~number more	-0.168
wrap_up	~number most	0.0425
wrap_up	~number move	0.0393
wrap_up	~number msc	0.032
wrap_up	~number msw	-0.027
wrap_up	~number much	-0.0252
wrap_up	~number museum	0.0851
wrap_up	~number name	-0.0269
wrap_up	~number natur	0.0939
wrap_up	~number new	-0.0328
wrap_up	~number next	-0.043
wrap_up	~number nice	0.1056
wrap_up	~number night	-0.0496
wrap_up	~number note	0.0375
wrap_up	~number offer	-0.0346
wrap_up	~number onboard	0.0219
wrap_up	~number one	-0.0212
wrap_up	~number open	-0.031
wrap_up	~number or	0.0668
wrap_up	~number other	0.0661
wrap_up	~number pack	0.0403
wrap_up	~number part	-0.0275
wrap_up	~number past	-0.0613
wrap_up	~number peopl	-0.0596
wrap_up	~number person	0.0491
wrap_up	~number pleasur	0.077
wrap_up	~number point	-0.0207
wrap_up	~number polici	0.0525
wrap_up	~number posit	-0.0345
wrap_up	~number program	0.0307
wrap_up	~number programm	0.0421
wrap_up	~number project	-0.0409
wrap_up	~number proper	-0.0474
wrap_up	~number question	0.1756
wrap_up	~number real	0.0287
wrap_up	~number realli	-0.0404
wrap_up	~number record	-0.0225
wrap_up	~number recruit	-0.0367
wrap_up	~number referr	-0.0612
wrap_up	~number region	0.1172
wrap_up	~number rest	0.257
wrap_up	~number role	0.022
wrap_up	~number salari	-0.0257
wrap_up	~number same	-0.0391
wrap_up	~number sec	-0.1614
wrap_up	~number second	-0.0946
wrap_up	~number seminar	0.067
wrap_up	~number shadow	-0.0229
wrap_up	~number shift	0.0497
wrap_up	~number short	-0.0522
wrap_up	~number signal	0.0304
wrap_up	~number small	-0.0576
wrap_up	~number so	-0.0382
wrap_up	~number student	-0.0257
wrap_up	~number studi	0.0408
wrap_up	~number summari	0.0571
wrap_up	~number summer	-0.0676
wrap_up	~number survey	-0.0275
wrap_up	~number team	0.0561
wrap_up	~number thank	-0.1603
wrap_up	~number thing	-0.0211
wrap_up	~number thirti	0.0374
wrap_up	~number time	0.1681
wrap_up	~number ton	0.0593
wrap_up	~number typic	-0.0506
wrap_up	~number updat	0.0496
wrap_up	~number veri	-0.0219
wrap_up	~number way	-0.0408
wrap_up	~number we	-0.0217
wrap_up	~number whole	-0.0373
wrap_up	~number wild	0.0674
wrap_up	~number word	0.0443
wrap_up	~number work	0.023
wrap_up	~number year	-0.0941
wrap_up	~org	-0.1525
wrap_up	~org and	-0.0249
wrap_up	~org applic	0.0858
wrap_up	~org but	0.0398
wrap_up	~org for	0.0273
wrap_up	~org hire	-0.0307
wrap_up	~org i	-0.0319
wrap_up	~org in	-0.0227
wrap_up	~org is	0.0526
wrap_up	~org my	0.0409
wrap_up	~org need	-0.0216
wrap_up	~org of	-0.038
wrap_up	~org pickup	-0.0205
wrap_up	~org pleas	0.0481
wrap_up	~org project	-0.0316
wrap_up	~org run	0.0325
wrap_up	~org soon	0.0369
wrap_up	~org start	0.0377
wrap_up	~org to	0.0961
wrap_up	~org who	0.055
wrap_up	~org would	-0.0255
wrap_up	~org you	0.0281
wrap_up	~people	-0.5225
wrap_up	~people actual	-0.0215
wrap_up	~people came	0.0272
wrap_up	~people day	-0.0207
wrap_up	~people els	-0.1183
wrap_up	~people from	-0.0236
wrap_up	~people i	0.0208
wrap_up	~people in	-0.0608
wrap_up	~people is	-0.0427
wrap_up	~people last	0.0684
wrap_up	~people like	-0.0242
wrap_up	~people might	0.0435
wrap_up	~people moment	-0.0271
wrap_up	~people more	-0.0635
wrap_up	~people need	0.0395
wrap_up	~people of	-0.0357
wrap_up	~people or	0.0707
wrap_up	~people sec	-0.0603
wrap_up	~people survey	0.0814
wrap_up	~people to	-0.0375
wrap_up	~people who	-0.078
wrap_up	~people would	-0.0293
wrap_up	~people you	-0.0319
wrap_up	~sendverb	-0.2911
wrap_up	~sendverb a	0.0433
wrap_up	~sendverb after	-0.0211
wrap_up	~sendverb along	0.0336
wrap_up	~sendverb if	0.0263
wrap_up	~sendverb it	-0.0786
wrap_up	~sendverb me	0.0384
wrap_up	~sendverb my	-0.1218
wrap_up	~sendverb off	0.0597
wrap_up	~sendverb on	-0.0209
wrap_up	~sendverb onc	-0.0276
wrap_up	~sendverb over	-0.0299
wrap_up	~sendverb so	-0.0467
wrap_up	~sendverb the	0.0355
wrap_up	~sendverb them	-0.0589
wrap_up	~sendverb to	-0.0374
wrap_up	~sendverb tomorrow	-0.0239
wrap_up	~sendverb you	0.06
wrap_up	~student	-0.5122
wrap_up	~student analyst	0.0275
wrap_up	~student and	-0.0303
wrap_up	~student associ	-0.0283
wrap_up	~student at	-0.0535
wrap_up	~student for	-0.05
wrap_up	~student from	-0.0274
wrap_up	~student hire	0.0383
wrap_up	~student i	-0.0217
wrap_up	~student in	-0.031
wrap_up	~student is	0.0315
wrap_up	~student just	0.2209
wrap_up	~student role	-0.0479
wrap_up	~student scheme	-0.0485
wrap_up	~student school	0.0609
wrap_up	~studyverb	-0.5564
wrap_up	~studyverb a	-0.0501
wrap_up	~studyverb in	-0.0218
wrap_up	~studyverb it	-0.0225
wrap_up	~studyverb my	-0.0425
wrap_up	~studyverb not	0.0443
wrap_up	~studyverb room	0.0409
wrap_up	~studyverb that	-0.0247
wrap_up	~studyverb the	-0.0852
wrap_up	~studyverb time	-0.0214
wrap_up	~studyverb up	0.0533
wrap_up	~studyverb you	-0.1753
wrap_up	~talk	0.0845
wrap_up	~talk a	0.0292
wrap_up	~talk about	-0.0283
wrap_up	~talk after	-0.0463
wrap_up	~talk and	0.0788
wrap_up	~talk at	0.0302
wrap_up	~talk for	-0.0497
wrap_up	~talk from	-0.0243
wrap_up	~talk i	-0.1253
wrap_up	~talk is	0.0687
wrap_up	~talk it	0.2178
wrap_up	~talk on	-0.0627
wrap_up	~talk onc	-0.0403
wrap_up	~talk one	-0.0206
wrap_up	~talk so	-0.054
wrap_up	~talk soon	0.129
wrap_up	~talk thank	0.0719
wrap_up	~talk them	-0.0374
wrap_up	~talk to	-0.0669
wrap_up	~talk with	0.0914
wrap_up	~timeunit	-0.2384
wrap_up	~timeunit and	0.0416
wrap_up	~timeunit are	-0.0265
wrap_up	~timeunit do	0.0809
wrap_up	~timeunit for	-0.0266
wrap_up	~timeunit i	0.0248
wrap_up	~timeunit left	-0.0821
wrap_up	~timeunit mark	0.0964
wrap_up	~timeunit or	-0.0376
wrap_up	~timeunit over	0.0492
wrap_up	~timeunit past	0.0221
wrap_up	~timeunit should	0.0276
wrap_up	~timeunit so	0.0439
wrap_up	~want	-0.0642
wrap_up	~want about	-0.0352
wrap_up	~want actual	0.0596
wrap_up	~want and	-0.0463
wrap_up	~want appreci	0.0372
wrap_up	~want be	-0.0788
wrap_up	~want been	0.0492
wrap_up	~want better	0.1517
wrap_up	~want but	0.0564
wrap_up	~want call	0.1251
wrap_up	~want do	0.0273
wrap_up	~want encourag	-0.022
wrap_up	~want enjoy	0.0215
wrap_up	~want ever	0.0621
wrap_up	~want for	-0.0588
wrap_up	~want got	0.0844
wrap_up	~want graduat	-0.0223
wrap_up	~want grate	0.0692
wrap_up	~want have	-0.0259
wrap_up	~want here	-0.0624
wrap_up	~want i	-0.0824
wrap_up	~want if	0.0862
wrap_up	~want in	-0.0416
wrap_up	~want interest	-0.0767
wrap_up	~want it	0.1756
wrap_up	~want jump	-0.0238
wrap_up	~want kind	-0.0386
wrap_up	~want known	0.0345
wrap_up	~want let	-0.0564
wrap_up	~want like	-0.0311
wrap_up	~want me	-0.0566
wrap_up	~want mean	-0.0224
wrap_up	~want my	0.0875
wrap_up	~want not	-0.0354
wrap_up	~want or	-0.0325
wrap_up	~want ping	0.0987
wrap_up	~want prepar	0.0654
wrap_up	~want realli	-0.0648
wrap_up	~want recommend	-0.0596
wrap_up	~want shout	0.0355
wrap_up	~want so	0.0224
wrap_up	~want sorri	0.0367
wrap_up	~want suggest	-0.0257
wrap_up	~want thank	0.1109
wrap_up	~want that	-0.1048
wrap_up	~want the	0.0889
wrap_up	~want this	-0.1239
wrap_up	~want to	-0.0873
wrap_up	~want tri	0.0283
wrap_up	~want two	-0.0242
wrap_up	~want valu	-0.0224
wrap_up	~want want	0.0825
wrap_up	~want we	-0.0224
wrap_up	~want what	-0.0232
wrap_up	~want whi	-0.0247
wrap_up	~want wonder	0.0473
wrap_up	~want your	-0.0285
wrap_up	~workverb a	-0.0327
wrap_up	~workverb at	-0.0497
wrap_up	~workverb but	0.1304
wrap_up	~workverb call	0.0854
wrap_up	~workverb i	0.1032
wrap_up	~workverb in	-0.0608
wrap_up	~workverb my	0.0676
wrap_up	~workverb now	0.0296
wrap_up	~workverb on	-0.0541
wrap_up	~workverb out	0.023
wrap_up	~workverb over	-0.061
wrap_up	~workverb realli	0.0487
wrap_up	~workverb so	0.0638
wrap_up	~workverb thank	-0.0284
wrap_up	~workverb the	-0.0675
wrap_up	~workverb there	-0.0203
wrap_up	~workverb this	0.0249
wrap_up	~workverb to	0.1772
wrap_up	~workverb with	-0.0303
thanks	*	-2.2442
thanks	15	-0.0315
thanks	15 minut	-0.0251
thanks	15 ~limit	-0.0251
thanks	15 ~timeunit	-0.0251
thanks	19	0.0245
thanks	19 drop	0.0315
thanks	2	-0.0453
thanks	2021	-0.0223
thanks	30	-0.025
thanks	30 ~limit	-0.0216
thanks	4	-0.045
thanks	5	-0.0203
thanks	?	-1.178
thanks	^after	-0.0285
thanks	^ahh	-0.0226
thanks	^alright	-0.0307
thanks	^also	0.0316
thanks	^and	0.1331
thanks	^ani	-0.0527
thanks	^anyway	0.0803
thanks	^appreci	0.4699
thanks	^are	-0.1463
thanks	^as	0.0244
thanks	^brilliant	0.1175
thanks	^bye	-0.0366
thanks	^can	-0.0788
thanks	^cheer	0.9621
thanks	^cool	0.0832
thanks	^dank	0.2047
thanks	^do	-0.3422
thanks	^doe	-0.0413
thanks	^end	0.0373
thanks	^feel	-0.0258
thanks	^go	-0.0219
thanks	^good	0.062
thanks	^grate	0.0796
thanks	^great	-0.0329
thanks	^ha	-0.0311
thanks	^happi	-0.0376
thanks	^hello	0.0234
thanks	^hey	0.1027
thanks	^hi	0.2018
thanks	^hiya	0.0786
thanks	^hold	-0.0211
thanks	^honest	-0.0432
thanks	^hope	-0.0255
thanks	^how	-0.4345
thanks	^i	-0.138
thanks	^if	-0.1536
thanks	^in	-0.0466
thanks	^is	-0.2103
thanks	^just	-0.0313
thanks	^last	0.0547
thanks	^let	-0.0471
thanks	^mani	0.0884
thanks	^mayb	0.0991
thanks	^merci	0.222
thanks	^mind	0.0372
thanks	^morn	0.0575
thanks	^much	0.0932
thanks	^mucha	0.1823
thanks	^my	-0.2429
thanks	^not	-0.0305
thanks	^ok	0.0508
thanks	^omg	-0.0282
thanks	^onc	-0.025
thanks	^onli	0.0875
thanks	^pleas	0.0381
thanks	^realli	0.4181
thanks	^right	-0.0354
thanks	^serious	0.03
thanks	^should	-0.0416
thanks	^sinc	-0.0312
thanks	^so	-0.0782
thanks	^sorri	-0.0545
thanks	^ta	0.4025
thanks	^take	-0.0467
thanks	^tell	-0.0785
thanks	^thank	2.0913
thanks	^that	0.1173
thanks	^the	-0.0861
thanks	^this	0.1412
thanks	^those	0.0226
thanks	^truli	0.0596
thanks	^wait	-0.0278
thanks	^walk	-0.0309
thanks	^was	-0.0284
thanks	^we	-0.0437
thanks	^were	-0.0236
thanks	^what	-0.4077
thanks	^when	-0.0964
thanks	^where	-0.0354
thanks	^which	-0.0617
thanks	^who	-0.0476
thanks	^would	-0.1152
thanks	^wow	-0.0232
thanks	^yeah	-0.0221
thanks	^yo	0.0913
thanks	^you	-0.0347
thanks	^your	-0.0271
thanks	a	-0.3187
thanks	a bachelor	0.0241
thanks	a bit	-0.0553
thanks	a brief	-0.0241
thanks	a busi	0.0373
thanks	a career	-0.0287
thanks	a client	-0.0277
thanks	a day	-0.0229
thanks	a few	-0.0215
thanks	a final	0.0332
thanks	a follow	0.0433
thanks	a friday	0.104
thanks	a good	0.0581
thanks	a great	-0.0239
thanks	a job	0.0462
thanks	a lab	0.0289
thanks	a lectur	0.0673
thanks	a line	0.0911
thanks	a lot	0.2502
thanks	a massiv	0.1048
thanks	a mechan	0.0312
thanks	a meet	0.0252
thanks	a million	0.1472
thanks	a month	0.0376
thanks	a much	0.0643
thanks	a nice	-0.0213
thanks	a normal	-0.0296
thanks	a note	0.0627
thanks	a nurs	-0.0249
thanks	a pack	0.0631
thanks	a placement	0.0488
thanks	a project	-0.031
thanks	a proper	-0.1019
thanks	a quick	-0.0436
thanks	a realli	0.024
thanks	a sec	-0.0346
thanks	a second	0.03
thanks	a seminar	-0.0202
thanks	a short	-0.0344
thanks	a shout	0.0557
thanks	a thank	-0.4001
thanks	a ton	0.1608
thanks	a typic	-0.0443
thanks	a ~closing	0.0444
thanks	a ~contactverb	0.0211
thanks	a ~degree	-0.043
thanks	a ~job	0.0537
thanks	a ~limit	-0.0295
thanks	a ~number	-0.0391
thanks	a ~student	-0.1181
thanks	a ~talk	0.0569
thanks	a ~want	0.0234
thanks	abl	0.0786
thanks	abl to	0.0786
thanks	about	-0.0877
thanks	about four	0.0336
thanks	about it	-0.0317
thanks	about me	-0.0403
thanks	about the	0.1725
thanks	about this	-0.0231
thanks	about your	0.0272
thanks	about ~number	0.1135
thanks	accept	0.1779
thanks	accept my	0.1947
thanks	access	-0.042
thanks	access audit	-0.0326
thanks	account	-0.0532
thanks	across	-0.0251
thanks	actual	-0.139
thanks	actual do	0.0323
thanks	actual involv	0.0573
thanks	actual matter	-0.04
thanks	actual ~help	0.0303
thanks	actuari	-0.036
thanks	advic	0.2212
thanks	advic not	0.1031
thanks	advic on	0.0504
thanks	advisor	-0.0421
thanks	after	-0.2348
thanks	after a	0.0284
thanks	after an	-0.0221
thanks	after i	0.0818
thanks	after interview	-0.0535
thanks	after that	0.0323
thanks	after the	-0.02
thanks	after this	-0.1198
thanks	after ~number	-0.0226
thanks	afternoon	0.095
thanks	afternoon dr	0.0275
thanks	afternoon so	0.0508
thanks	afternoon thank	0.0303
thanks	again	0.4788
thanks	again and	0.0917
thanks	again for	0.0863
thanks	again i	0.0551
thanks	agenc ever	0.0217
thanks	agre	0.3215
thanks	agre to	0.3454
thanks	ahh	-0.0226
thanks	all	0.1307
thanks	all i	0.0328
thanks	all my	0.046
thanks	all of	0.0745
thanks	all the	0.0278
thanks	all your	0.0388
thanks	all ~number	0.026
thanks	almost	-0.0362
thanks	almost at	-0.0214
thanks	alreadi	-0.0978
thanks	alreadi ~clock	-0.0407
thanks	alright	-0.0222
thanks	alright if	0.0322
thanks	also	0.0732
thanks	also if	0.0675
thanks	alumni	-0.0297
thanks	alway	-0.0578
thanks	am	0.073
thanks	am a	0.0653
thanks	am back	-0.0242
thanks	am conscious	-0.0224
thanks	am curious	-0.0247
thanks	am decent	0.0232
thanks	am dev	0.0388
thanks	am go	-0.0749
thanks	am grate	0.4077
thanks	am happi	0.04
thanks	am here	-0.0423
thanks	am hope	-0.0443
thanks	am in	0.036
thanks	am not	-0.0589
thanks	am onli	0.0258
thanks	am readi	0.0613
thanks	am so	0.0603
thanks	am studi	0.0334
thanks	am tri	-0.0215
thanks	am veri	0.065
thanks	am ~number	0.0511
thanks	am ~want	-0.1696
thanks	amaz	0.1251
thanks	amaz thank	0.0752
thanks	an	-0.1287
thanks	an extra	0.0283
thanks	an eye	-0.025
thanks	an hour	0.047
thanks	an interview	-0.0359
thanks	an introduct	-0.0255
thanks	an mba	0.0283
thanks	an ~limit	0.0465
thanks	an ~talk	-0.047
thanks	an ~timeunit	0.047
thanks	analyst	-0.0802
thanks	analyt	-0.0416
thanks	and	0.2642
thanks	and can	0.1396
thanks	and connect	-0.027
thanks	and for	0.025
thanks	and guidanc	0.0249
thanks	and how	0.0999
thanks	and i	0.0217
thanks	and if	0.159
thanks	and is	0.0574
thanks	and it	-0.0364
thanks	and last	0.031
thanks	and let	-0.0764
thanks	and mayb	-0.0549
thanks	and now	-0.0221
thanks	and send	-0.0247
thanks	and sorri	0.0273
thanks	and thank	0.2782
thanks	and that	-0.0268
thanks	and then	-0.0375
thanks	and tri	0.0204
thanks	and would	0.0272
thanks	and you	0.0437
thanks	and ~insight	0.023
thanks	and ~learn	-0.0232
thanks	and ~number	-0.026
thanks	and ~sendverb	-0.0297
thanks	and ~want	0.0567
thanks	ani	-0.0542
thanks	ani chanc	0.0352
thanks	ani good	-0.0246
thanks	ani junior	0.0465
thanks	ani longer	0.0371
thanks	ani name	0.0507
thanks	ani of	0.0297
thanks	ani ~job	-0.0416
thanks	ani ~people	0.0467
thanks	anoth call	0.0215
thanks	anoth ~contactverb	0.0215
thanks	anoth ~talk	0.0258
thanks	answer	0.1976
thanks	answer it	0.1085
thanks	answer my	0.0457
thanks	anyon	0.0511
thanks	anyon els	0.0838
thanks	anyth come	-0.0201
thanks	anyth els	0.073
thanks	anyth i	0.0689
thanks	anyth open	-0.0505
thanks	anyth you	-0.0233
thanks	anyway	0.0565
thanks	anyway i	0.0867
thanks	apolog	-0.0342
thanks	app	-0.0282
thanks	appli	-0.1081
thanks	appli for	-0.0341
thanks	appli in	-0.0201
thanks	appli to	-0.0513
thanks	applic	-0.0775
thanks	applic to	-0.0201
thanks	appreci	1.7255
thanks	appreci all	0.1014
thanks	appreci it	0.3901
thanks	appreci the	0.0505
thanks	appreci this	0.1526
thanks	appreci you	0.717
thanks	appreci your	0.214
thanks	approv	0.0345
thanks	are	-0.3146
thanks	are almost	-0.0233
thanks	are alreadi	-0.0251
thanks	are at	0.0357
thanks	are right	0.0207
thanks	are there	-0.0872
thanks	are you	-0.0871
thanks	are ~clock	0.0276
thanks	are ~want	-0.0294
thanks	armi logist	0.0201
thanks	around	-0.0288
thanks	arriv	0.0936
thanks	arriv in	0.1071
thanks	articl	0.061
thanks	articl about	0.0475
thanks	as	-0.0695
thanks	as a	-0.0392
thanks	as an	-0.0264
thanks	as someon	0.0274
thanks	as ~number	-0.0659
thanks	ask	-0.079
thanks	ask for	-0.0992
thanks	ask from	0.0516
thanks	ask if	0.0402
thanks	ask you	-0.0466
thanks	assist	-0.0343
thanks	associ	-0.0572
thanks	at	-0.1026
thanks	at 3	-0.0222
thanks	at all	-0.0693
thanks	at an	0.032
thanks	at durham	0.0542
thanks	at my	-0.0422
thanks	at our	-0.0207
thanks	at the	-0.0241
thanks	at them	0.0822
thanks	at uni	-0.0276
thanks	at your	-0.0654
thanks	attach	-0.0237
thanks	audit	-0.0507
thanks	audit i	-0.0254
thanks	auto	0.0323
thanks	awesom	0.0204
thanks	awkward	-0.0261
thanks	bachelor	0.0214
thanks	back	-0.1609
thanks	back after	-0.0202
thanks	back in	-0.0442
thanks	back to	0.046
thanks	back ~want	-0.0213
thanks	background	-0.0564
thanks	bad	-0.0253
thanks	bank	-0.0537
thanks	basic	-0.0262
thanks	bbc	0.0201
thanks	be	-0.0729
thanks	be a	-0.0302
thanks	be abl	0.0792
thanks	be amaz	0.0772
thanks	be clear	-0.0229
thanks	be comfort	-0.0219
thanks	be consid	0.0387
thanks	be glad	-0.0229
thanks	be grate	-0.0266
thanks	be happi	-0.0268
thanks	be honest	0.0208
thanks	be in	0.0312
thanks	be ok	0.0522
thanks	be realli	-0.0648
thanks	be so	0.133
thanks	be use	-0.0206
thanks	be ~help	-0.0206
thanks	be ~number	-0.044
thanks	be ~want	-0.0697
thanks	bear	0.0239
thanks	bear with	0.0239
thanks	beaucoup	0.16
thanks	becaus	-0.0411
thanks	been	0.1141
thanks	been brilliant	0.0908
thanks	been incred	0.0386
thanks	been realli	-0.0249
thanks	been so	0.0819
thanks	been the	0.0217
thanks	been ~studyverb	-0.0213
thanks	been ~want	-0.0232
thanks	befor	-0.0714
thanks	befor you	-0.0272
thanks	believ	0.0377
thanks	believ that	0.041
thanks	berlin	0.0722
thanks	best	-0.0642
thanks	beta	-0.0223
thanks	better	0.044
thanks	better than	0.0335
thanks	better ~learn	0.0235
thanks	between	0.0482
thanks	between meet	0.0311
thanks	between your	0.0341
thanks	between ~number	0.0234
thanks	beyond	-0.0358
thanks	big	-0.0397
thanks	big tech	0.0293
thanks	big ~student	0.0293
thanks	biolog ~student	0.0227
thanks	bit	-0.0883
thanks	bit about	-0.0387
thanks	bit over	0.0205
thanks	blog	-0.0515
thanks	blog post	-0.0348
thanks	blog ~sendverb	-0.0294
thanks	book or	-0.027
thanks	book the	0.0395
thanks	book you	-0.0214
thanks	book ~number	0.0369
thanks	bootcamp	-0.0345
thanks	boss	-0.0288
thanks	brand	0.0224
thanks	brand manag	0.025
thanks	brand ~gatekeeper	0.0261
thanks	brb	-0.0223
thanks	break for	0.0459
thanks	break in	0.0288
thanks	break so	-0.0365
thanks	brief	-0.0516
thanks	brilliant	0.311
thanks	brilliant cheer	0.1255
thanks	brilliant thank	0.0283
thanks	bring	-0.0383
thanks	brutal	-0.0222
thanks	budget	0.0277
thanks	budget ~learn	0.0359
thanks	build	-0.0335
thanks	burnout side	0.0275
thanks	burnout ~org	0.0275
thanks	bus	0.1092
thanks	busi so	0.0319
thanks	busi week	0.0278
thanks	busi ~closing	0.0323
thanks	but i	-0.069
thanks	but if	0.0345
thanks	but thank	0.073
thanks	but this	0.0265
thanks	but would	0.0238
thanks	but ~want	0.0229
thanks	by	-0.0984
thanks	by email	-0.0204
thanks	by ~contactverb	-0.0204
thanks	by ~sendverb	-0.027
thanks	by ~talk	-0.0204
thanks	bye	-0.0328
thanks	bye bye	0.0362
thanks	bye for	-0.0334
thanks	cafe	-0.0202
thanks	calendar	0.0314
thanks	calendar is	0.0351
thanks	call	-0.0553
thanks	call but	0.0252
thanks	came	-0.0202
thanks	can do	0.0276
thanks	can ever	0.0256
thanks	can help	-0.0266
thanks	can i	0.0524
thanks	can keep	0.0392
thanks	can peopl	0.0298
thanks	can tell	0.0292
thanks	can you	-0.0723
thanks	can ~learn	-0.025
thanks	can ~people	0.0286
thanks	can ~sendverb	-0.0259
thanks	can ~workverb	0.0398
thanks	candid	0.0691
thanks	candid about	0.0635
thanks	candor	0.0573
thanks	captain	0.0243
thanks	card	-0.0726
thanks	card i	-0.0217
thanks	care	-0.0618
thanks	career	-0.185
thanks	career page	-0.0208
thanks	carv	0.0707
thanks	carv out	0.0707
thanks	case	-0.0325
thanks	catch	0.0907
thanks	catch my	0.0869
thanks	certif	-0.0331
thanks	certif cours	-0.0209
thanks	certif take	0.0217
thanks	certif ~degree	-0.0235
thanks	certif ~insight	0.0217
thanks	chanc	0.0255
thanks	chanc your	0.037
thanks	chang	-0.0481
thanks	chariti	-0.0215
thanks	chat	0.192
thanks	chat to	0.0382
thanks	chat with	-0.0286
thanks	check	0.0399
thanks	check back	-0.0217
thanks	check on	0.0602
thanks	check that	0.0505
thanks	cheer	1.4294
thanks	cheer for	0.6189
thanks	cheer mate	0.0596
thanks	cheer priya	0.0594
thanks	cheer super	0.0922
thanks	cheer that	0.2414
thanks	cheer tom	0.0446
thanks	chemistri	-0.0282
thanks	class	0.0404
thanks	class now	0.0447
thanks	clear	0.0618
thanks	clear up	0.0404
thanks	clearer	0.0583
thanks	clearer pictur	0.0595
thanks	clearer ~insight	0.0586
thanks	client	-0.1097
thanks	client ever	-0.053
thanks	client in	0.0367
thanks	clock	-0.0439
thanks	close	0.0264
thanks	close it	0.0419
thanks	coach	-0.0258
thanks	code	-0.0291
thanks	coffe	-0.0382
thanks	colleagu	-0.0213
thanks	colonel	0.04
thanks	come	-0.068
thanks	come back	-0.0257
thanks	comfort	-0.0464
thanks	comp	-0.0217
thanks	comp sci	-0.0217
thanks	compani	-0.0767
thanks	complaint	-0.0313
thanks	complet	-0.0329
thanks	conclud	0.0637
thanks	conclud here	0.025
thanks	conclud my	0.041
thanks	conclud ~want	0.025
thanks	confid	0.0281
thanks	confid in	0.0201
thanks	connect	-0.0804
thanks	connect me	-0.0272
thanks	connect on	0.0448
thanks	connect with	-0.0401
thanks	conscious	-0.0337
thanks	conscious of	-0.0202
thanks	contact	-0.033
thanks	contract	-0.0362
thanks	convers	0.1171
thanks	convers i	0.0289
thanks	cool	0.0766
thanks	cool cool	0.0709
thanks	cool i	0.0724
thanks	cool that	0.0266
thanks	could ask	0.0834
thanks	could connect	-0.02
thanks	could i	-0.0597
thanks	could keep	-0.0221
thanks	could make	0.0557
thanks	could pass	0.0858
thanks	could put	-0.03
thanks	could we	0.023
thanks	could you	0.0606
thanks	could ~help	0.0258
thanks	could ~learn	0.0731
thanks	could ~sendverb	0.0635
thanks	could ~talk	0.0469
thanks	countri	-0.0244
thanks	coupl	-0.0218
thanks	coupl of	-0.0223
thanks	coupl week	0.02
thanks	cours	-0.0413
thanks	cousin	-0.0369
thanks	curious	-0.0731
thanks	curious about	-0.03
thanks	curious how	-0.0234
thanks	current	-0.0203
thanks	custom	-0.02
thanks	cut	-0.0364
thanks	dana	0.0271
thanks	dank	0.3956
thanks	dash	0.0256
thanks	data	-0.0749
thanks	data scienc	-0.0287
thanks	data team	0.0218
thanks	data ~student	-0.0213
thanks	daughter	0.044
thanks	daughter from	0.0624
thanks	dave	0.0648
thanks	day	-0.1181
thanks	day that	-0.0213
thanks	day ~help	0.0526
thanks	deal	-0.0276
thanks	decent	0.0213
thanks	decent at	0.0257
thanks	decid	0.0601
thanks	decid about	0.0239
thanks	definit	-0.0663
thanks	definit ~contactverb	-0.0209
thanks	definit ~sendverb	-0.0205
thanks	degre	-0.0575
thanks	depart	-0.0449
thanks	describ	-0.0222
thanks	design	-0.1189
thanks	detail	-0.0211
thanks	did	-0.162
thanks	did not	-0.0293
thanks	did the	0.0822
thanks	did you	-0.1066
thanks	did your	-0.0346
thanks	did ~number	0.0626
thanks	die	-0.0303
thanks	differ	-0.0504
thanks	digest all	-0.0204
thanks	digit	0.0622
thanks	direct	-0.0398
thanks	do	-0.4198
thanks	do a	-0.0315
thanks	do client	-0.0659
thanks	do electrician	0.0334
thanks	do not	0.0995
thanks	do peopl	-0.0277
thanks	do the	-0.0308
thanks	do they	-0.0308
thanks	do this	0.0625
thanks	do to	0.0514
thanks	do you	-0.3054
thanks	do ~number	-0.0715
thanks	do ~people	-0.0288
thanks	do ~student	0.0318
thanks	documentari	0.0591
thanks	doe	-0.1663
thanks	doe a	-0.036
thanks	doe it	-0.0363
thanks	doe that	-0.0356
thanks	doe the	0.023
thanks	doe your	-0.0338
thanks	done	-0.0327
thanks	door	-0.0367
thanks	down	-0.0928
thanks	down ~number	-0.027
thanks	downsid	0.0203
thanks	dr	0.1051
thanks	dr okafor	0.083
thanks	drop	-0.0205
thanks	drop out	0.0287
thanks	durham	0.0542
thanks	durham and	0.0542
thanks	earli	-0.0416
thanks	easi	-0.0247
thanks	econ	-0.0228
thanks	educ	0.051
thanks	either	0.0681
thanks	either way	0.0681
thanks	electrician	0.0289
thanks	els	0.1113
thanks	els you	0.1586
thanks	email	-0.1422
thanks	email after	-0.0442
thanks	email and	-0.0289
thanks	email i	0.0308
thanks	email in	0.0333
thanks	email later	-0.0711
thanks	email tomorrow	0.0332
thanks	email tonight	-0.1335
thanks	email with	0.0721
thanks	email you	0.0258
thanks	email ~later	-0.0721
thanks	email ~number	-0.0329
thanks	email ~want	-0.0442
thanks	end	-0.0224
thanks	end of	-0.0255
thanks	end there	0.0392
thanks	end up	-0.0804
thanks	engin	0.0303
thanks	engin at	0.0281
thanks	engin i	0.0841
thanks	english	0.0416
thanks	enjoy	-0.0212
thanks	enjoy the	0.022
thanks	enjoy your	-0.0223
thanks	enjoy ~number	0.0217
thanks	er	0.039
thanks	even	-0.0887
thanks	evening	0.0408
thanks	evening for	0.0633
thanks	event	-0.0306
thanks	ever come	0.0437
thanks	ever get	-0.0448
thanks	ever open	0.0435
thanks	ever return	0.0415
thanks	ever thank	-0.056
thanks	ever want	0.0488
thanks	ever ~learn	-0.0505
thanks	ever ~want	0.0421
thanks	everi day	-0.0258
thanks	everi ~closing	-0.0348
thanks	everi ~limit	-0.026
thanks	everyon	-0.0311
thanks	everyth	0.0666
thanks	everyth you	0.0248
thanks	exam	0.0832
thanks	exam result	0.0867
thanks	expect	-0.0379
thanks	experi	-0.064
thanks	explain	0.1263
thanks	explain it	0.0368
thanks	explain that	0.0276
thanks	explain the	0.0237
thanks	explain ~number	0.0237
thanks	explan	0.0445
thanks	extra pair	0.0312
thanks	eye	-0.0551
thanks	eye on	-0.0326
thanks	fair	-0.0513
thanks	famili	-0.033
thanks	favor	0.0692
thanks	feedback	-0.0305
thanks	feel	-0.078
thanks	feel confid	0.0281
thanks	feel free	-0.0359
thanks	fellowship	-0.0356
thanks	few	-0.026
thanks	few month	-0.0254
thanks	few week	0.0397
thanks	few ~duration	-0.0289
thanks	field	-0.1372
thanks	fieldwork	0.0618
thanks	figur	-0.0532
thanks	figur out	-0.0415
thanks	file	-0.0276
thanks	final round	0.0244
thanks	final understood	-0.0257
thanks	final year	0.0431
thanks	final ~duration	0.0431
thanks	financ	-0.023
thanks	find	-0.0558
thanks	finish	-0.0988
thanks	finish my	-0.0348
thanks	finish ~number	-0.032
thanks	firm	-0.0354
thanks	firm want	0.0397
thanks	first	-0.039
thanks	first client	0.0382
thanks	first heard	-0.0237
thanks	first start	-0.0207
thanks	first ~job	-0.026
thanks	fit	0.165
thanks	fit me	0.1838
thanks	five	0.0515
thanks	five minut	0.0211
thanks	five ~timeunit	0.0211
thanks	flag	-0.0411
thanks	focus	-0.0227
thanks	follow	0.023
thanks	follow up	0.0341
thanks	food	-0.0242
thanks	for	0.8151
thanks	for a	-0.2267
thanks	for accept	0.107
thanks	for advic	0.0985
thanks	for agre	0.222
thanks	for all	0.0683
thanks	for an	-0.0598
thanks	for ani	-0.0332
thanks	for anyth	-0.0486
thanks	for be	0.1361
thanks	for bear	0.0239
thanks	for do	0.0607
thanks	for everyth	0.0867
thanks	for explain	0.0902
thanks	for fit	0.0779
thanks	for free	-0.0228
thanks	for give	0.0547
thanks	for hop	0.0326
thanks	for it	-0.0337
thanks	for job	-0.026
thanks	for make	0.0965
thanks	for me	-0.1402
thanks	for now	-0.0401
thanks	for repli	0.0413
thanks	for run	-0.0268
thanks	for someon	-0.048
thanks	for squeez	0.0859
thanks	for take	0.0482
thanks	for that	0.1097
thanks	for the	0.2077
thanks	for this	0.3644
thanks	for today	0.039
thanks	for wait	0.0285
thanks	for your	0.3682
thanks	for ~clock	-0.0868
thanks	for ~hiring	0.0435
thanks	for ~insight	0.071
thanks	for ~job	-0.0402
thanks	for ~later	-0.0213
thanks	for ~number	-0.1108
thanks	for ~people	-0.0852
thanks	for ~studyverb	0.1078
thanks	for ~talk	0.0387
thanks	for ~workverb	-0.0258
thanks	forward	-0.0348
thanks	forward but	0.0406
thanks	forward my	-0.0247
thanks	found	-0.0636
thanks	found out	-0.0305
thanks	four	0.0352
thanks	four year	0.0449
thanks	four ~duration	0.0449
thanks	free	-0.0328
thanks	free to	-0.0368
thanks	free you	0.05
thanks	french	0.0603
thanks	friday	0.1102
thanks	friday afternoon	0.0488
thanks	friday ~closing	0.0515
thanks	friday ~limit	0.0488
thanks	friend	0.0529
thanks	friend you	0.0971
thanks	from	-0.1053
thanks	from a	-0.027
thanks	from my	-0.0686
thanks	from nurseri	0.0629
thanks	from the	0.1689
thanks	from you	-0.0219
thanks	from ~number	0.137
thanks	front	-0.0254
thanks	futur	-0.0231
thanks	game	-0.0515
thanks	gather	-0.0256
thanks	gave	0.0734
thanks	gave me	0.0713
thanks	gave up	0.0209
thanks	generous	0.1708
thanks	generous of	0.0281
thanks	generous with	0.0481
thanks	genuin	0.0917
thanks	genuin use	0.0337
thanks	genuin ~help	0.0337
thanks	get	-0.0904
thanks	get a	-0.0312
thanks	get approv	0.0363
thanks	get back	0.0682
thanks	get hire	-0.0227
thanks	get load	0.0399
thanks	get my	0.0232
thanks	get thank	-0.0259
thanks	get to	0.0283
thanks	get ~number	-0.0383
thanks	gift	-0.0252
thanks	give	0.0581
thanks	give up	0.0474
thanks	glad	-0.0335
thanks	glad to	-0.0256
thanks	go	-0.0651
thanks	go back	-0.0211
thanks	go is	0.0251
thanks	go now	0.1307
thanks	go on	0.0371
thanks	go thank	0.0822
thanks	go to	-0.0722
thanks	goe	-0.0906
thanks	gold	0.0223
thanks	good	0.0545
thanks	good afternoon	0.0485
thanks	good for	-0.0202
thanks	good one	0.0725
thanks	good weekend	0.0669
thanks	good word	-0.0279
thanks	good ~clock	0.0725
thanks	good ~closing	0.1196
thanks	good ~limit	0.0259
thanks	good ~number	0.0771
thanks	good ~people	0.0715
thanks	goodby	-0.0272
thanks	got	-0.0389
thanks	got a	0.0895
thanks	got about	-0.0223
thanks	got thank	0.0397
thanks	got to	0.0202
thanks	got ~clock	-0.0203
thanks	got ~number	0.0548
thanks	gracia	0.2799
thanks	gracia for	0.1364
thanks	gracia realli	0.0805
thanks	gracia ~want	0.0805
thanks	graduat	-0.074
thanks	graduat scheme	-0.0294
thanks	grant	-0.0389
thanks	grate	1.0056
thanks	grate for	0.3446
thanks	grate if	-0.046
thanks	grate you	0.4943
thanks	gratitud	0.1135
thanks	great	0.1357
thanks	great thank	0.0202
thanks	group	0.0582
thanks	group i	0.0453
thanks	guidanc i	0.0246
thanks	guy	-0.0833
thanks	guy ~hiring	-0.0214
thanks	ha	-0.0311
thanks	had	-0.1034
thanks	had not	-0.0261
thanks	had thank	0.0476
thanks	had to	-0.0354
thanks	half an	0.0372
thanks	half hour	-0.0234
thanks	half past	-0.0215
thanks	half ~limit	-0.0234
thanks	half ~number	0.038
thanks	half ~timeunit	-0.0234
thanks	halvorsen	0.0383
thanks	hand on	0.0375
thanks	hand with	0.0261
thanks	handl	-0.0315
thanks	happi	-0.0538
thanks	happi to	-0.05
thanks	hard	-0.0417
thanks	has	0.086
thanks	has been	0.1184
thanks	has ~workverb	0.118
thanks	have	0.0326
thanks	have a	0.0464
thanks	have answer	0.0508
thanks	have been	-0.0866
thanks	have decid	0.0508
thanks	have got	0.102
thanks	have had	0.0292
thanks	have hit	-0.0229
thanks	have kept	-0.027
thanks	have onli	-0.0472
thanks	have spoken	0.0847
thanks	have taken	0.0624
thanks	have to	0.0223
thanks	have ~want	-0.022
thanks	have ~workverb	-0.0926
thanks	hci	0.0285
thanks	head	0.0767
thanks	head off	0.0997
thanks	heap	0.1426
thanks	heap for	0.0433
thanks	heap i	0.0329
thanks	hear	-0.0212
thanks	hear from	-0.0268
thanks	hear of	0.0373
thanks	heard	-0.0448
thanks	heard about	-0.0274
thanks	hello thank	0.02
thanks	help	0.4693
thanks	help me	0.0808
thanks	help thank	0.2289
thanks	help with	-0.0527
thanks	her	0.0385
thanks	her to	0.09
thanks	here	-0.1278
thanks	here i	-0.0354
thanks	here thank	0.1225
thanks	here to	-0.0453
thanks	heritag	0.0525
thanks	hey	0.1027
thanks	hey thank	0.0303
thanks	hi	0.1885
thanks	hi dr	0.0349
thanks	hi i	-0.0201
thanks	hi thank	0.0935
thanks	hire	-0.1221
thanks	hire for	-0.0249
thanks	hire manag	0.0233
thanks	hire me	-0.0217
thanks	hire side	0.0463
thanks	hire ~gatekeeper	0.0225
thanks	hire ~org	0.0426
thanks	hire ~student	0.03
thanks	histori	0.0406
thanks	histori at	0.0543
thanks	hit the	-0.0237
thanks	hit ~number	-0.0241
thanks	hiya	0.0786
thanks	hiya cheer	0.0735
thanks	hold	-0.0553
thanks	hold you	-0.0221
thanks	honest about	0.0233
thanks	honest i	-0.0317
thanks	honest thank	0.0526
thanks	honest you	-0.022
thanks	honesti	0.1245
thanks	honesti about	0.0865
thanks	hop	0.0791
thanks	hop on	0.0988
thanks	hope	-0.0736
thanks	hope it	0.0325
thanks	hope to	-0.0214
thanks	hope you	-0.0269
thanks	hospit befor	0.0233
thanks	hous	-0.0256
thanks	how	-0.2837
thanks	how did	-0.0459
thanks	how do	-0.0377
thanks	how doe	0.0257
thanks	how i	-0.0466
thanks	how it	0.0611
thanks	how mani	0.0248
thanks	how much	-0.1571
thanks	how peopl	0.0342
thanks	how you	-0.0715
thanks	how ~help	-0.038
thanks	how ~people	0.0307
thanks	how ~studyverb	-0.0459
thanks	hr	-0.0363
thanks	hunt	-0.0426
thanks	i	-0.1729
thanks	i am	0.0732
thanks	i appreci	0.3266
thanks	i arriv	0.1048
thanks	i ask	-0.0607
thanks	i believ	0.039
thanks	i can	0.0334
thanks	i did	-0.0659
thanks	i do	0.0528
thanks	i end	-0.0549
thanks	i figur	-0.0222
thanks	i final	-0.0257
thanks	i first	-0.0419
thanks	i found	-0.0495
thanks	i get	-0.021
thanks	i had	-0.0764
thanks	i have	0.0952
thanks	i know	0.1223
thanks	i learn	-0.0246
thanks	i left	-0.0241
thanks	i mention	0.0331
thanks	i must	0.1297
thanks	i need	0.1371
thanks	i ping	0.0383
thanks	i promis	-0.0453
thanks	i reach	-0.0305
thanks	i realiz	0.0293
thanks	i realli	0.2344
thanks	i saw	-0.0232
thanks	i see	0.0347
thanks	i send	-0.0254
thanks	i shall	0.0893
thanks	i speak	-0.0238
thanks	i text	0.0239
thanks	i think	-0.1306
thanks	i want	-0.1316
thanks	i was	-0.1456
thanks	i will	0.134
thanks	i would	-0.3181
thanks	i write	0.1041
thanks	i ~contactverb	0.1473
thanks	i ~help	0.0344
thanks	i ~insight	-0.0222
thanks	i ~learn	0.0819
thanks	i ~studyverb	-0.0869
thanks	i ~talk	-0.0364
thanks	i ~want	0.0303
thanks	i ~workverb	-0.0326
thanks	if	-0.3187
thanks	if a	0.0564
thanks	if an	0.0219
thanks	if anyth	-0.0656
thanks	if it	-0.038
thanks	if not	0.0493
thanks	if someth	-0.0258
thanks	if that	-0.1068
thanks	if the	-0.0299
thanks	if there	0.0246
thanks	if you	-0.163
thanks	if your	0.041
thanks	if ~number	0.0438
thanks	in	-0.0692
thanks	in 2021	-0.0223
thanks	in a	0.0335
thanks	in at	0.0304
thanks	in befor	0.0223
thanks	in berlin	0.0588
thanks	in between	0.0905
thanks	in dure	0.02
thanks	in five	0.0454
thanks	in heritag	0.0554
thanks	in mind	-0.0744
thanks	in our	0.0377
thanks	in retail	-0.0292
thanks	in septemb	0.1061
thanks	in the	0.0337
thanks	in this	-0.0839
thanks	in touch	0.0859
thanks	in your	-0.0799
thanks	in ~clock	0.0643
thanks	in ~contactverb	0.0825
thanks	in ~number	0.131
thanks	in ~org	-0.0216
thanks	inbox	0.0496
thanks	incred	0.0513
thanks	incred generous	0.0331
thanks	industri	-0.0929
thanks	inform	-0.0596
thanks	insid	-0.0202
thanks	insight	0.0432
thanks	instead	-0.0202
thanks	institut	-0.0209
thanks	interest	-0.0924
thanks	interest i	-0.0431
thanks	internal	-0.0205
thanks	internship	-0.1281
thanks	internship ever	0.0254
thanks	internship i	-0.0464
thanks	interview	-0.1688
thanks	interview and	-0.0237
thanks	interview at	0.0372
thanks	into	-0.1824
thanks	into health	0.0245
thanks	into sustain	0.0323
thanks	into this	-0.0306
thanks	into ux	0.0225
thanks	into your	-0.0264
thanks	intro	0.0651
thanks	intro i	0.0239
thanks	intro me	0.0713
thanks	introduc	0.113
thanks	introduc me	0.1552
thanks	introduct	-0.0326
thanks	involv	0.1037
thanks	is	-0.3188
thanks	is a	0.0331
thanks	is all	0.0479
thanks	is alreadi	-0.033
thanks	is been	0.0744
thanks	is brilliant	0.0878
thanks	is fine	0.0292
thanks	is go	0.0223
thanks	is it	-0.1774
thanks	is kind	-0.0274
thanks	is late	0.0818
thanks	is me	0.0414
thanks	is most	-0.0341
thanks	is ok	-0.0526
thanks	is pack	0.0399
thanks	is precious	0.0222
thanks	is realli	0.0592
thanks	is so	-0.0431
thanks	is super	0.0997
thanks	is that	-0.1373
thanks	is the	-0.1382
thanks	is there	0.1273
thanks	is to	-0.021
thanks	is up	0.0357
thanks	is use	0.025
thanks	is worth	0.0382
thanks	is your	-0.0559
thanks	is ~help	0.0274
thanks	is ~number	-0.1212
thanks	is ~want	0.0226
thanks	is ~workverb	0.0572
thanks	it	0.2747
thanks	it a	0.042
thanks	it all	0.0309
thanks	it alright	0.0411
thanks	it been	0.022
thanks	it better	0.0346
thanks	it easi	-0.023
thanks	it for	-0.0287
thanks	it from	-0.0278
thanks	it help	0.0217
thanks	it if	-0.0907
thanks	it in	-0.0233
thanks	it is	0.0525
thanks	it most	-0.0661
thanks	it now	0.0475
thanks	it or	0.0249
thanks	it out	0.0417
thanks	it thank	0.0931
thanks	it that	-0.0254
thanks	it there	0.0973
thanks	it up	-0.0263
thanks	it was	0.044
thanks	it went	0.0783
thanks	it ~help	0.0202
thanks	it ~number	0.0315
thanks	it ~want	-0.1229
thanks	it ~workverb	0.0208
thanks	jason	0.023
thanks	jim	0.0245
thanks	job	-0.1043
thanks	job hunt	-0.0414
thanks	job i	-0.0206
thanks	job in	-0.0241
thanks	job just	0.0391
thanks	job right	0.04
thanks	job ~want	0.0303
thanks	jot	-0.0205
thanks	jot down	-0.0205
thanks	jot ~later	-0.0205
thanks	jump	0.0369
thanks	jump into	0.0317
thanks	jump on	0.0384
thanks	june	-0.0231
thanks	junior open	0.0428
thanks	junior ~job	0.0502
thanks	just	-0.2574
thanks	just say	0.0417
thanks	just so	-0.0234
thanks	just to	-0.0281
thanks	just tri	0.0248
thanks	keen	0.0335
thanks	keen to	0.034
thanks	keep	-0.2635
thanks	keep an	-0.025
thanks	keep in	0.035
thanks	keep it	-0.0357
thanks	keep me	-0.0557
thanks	keep my	-0.0475
thanks	keep this	-0.0939
thanks	keep you	0.0243
thanks	keep ~number	-0.0471
thanks	kept	-0.0411
thanks	kept in	0.0232
thanks	kept you	-0.044
thanks	kid	-0.023
thanks	kind	-0.0444
thanks	kind of	-0.0579
thanks	knew	-0.0265
thanks	know	0.0861
thanks	know how	0.0481
thanks	know if	-0.043
thanks	know it	0.0906
thanks	know of	0.0498
thanks	know other	0.0894
thanks	know this	-0.0261
thanks	know we	-0.0267
thanks	know which	-0.0242
thanks	know you	-0.0293
thanks	know your	0.0791
thanks	lab	0.0237
thanks	lab ever	0.0275
thanks	land	-0.0425
thanks	last	-0.1531
thanks	last interview	-0.0279
thanks	last question	-0.0417
thanks	last ~closing	-0.0263
thanks	last ~talk	0.0255
thanks	late	0.0327
thanks	late for	-0.0271
thanks	later	-0.1612
thanks	later and	0.0229
thanks	later today	-0.1347
thanks	launch	-0.0362
thanks	law	-0.0489
thanks	law school	-0.0201
thanks	law ~org	-0.0233
thanks	layoff	0.0606
thanks	lead	-0.0251
thanks	learn	-0.0327
thanks	learn about	0.0296
thanks	learn how	0.0285
thanks	learn i	-0.0244
thanks	learn not	-0.0272
thanks	learn what	0.0471
thanks	leav	0.1205
thanks	leav it	0.1059
thanks	leav now	0.0422
thanks	leav you	0.0633
thanks	leav ~number	-0.0246
thanks	lectur	0.1154
thanks	lectur in	0.0407
thanks	lectur thank	0.0251
thanks	left	-0.056
thanks	legend thank	0.0256
thanks	let	0.0823
thanks	let me	-0.0846
thanks	let up	0.0567
thanks	let us	-0.0208
thanks	let you	0.1013
thanks	letter	-0.0547
thanks	level	0.0235
thanks	level 3	0.0542
thanks	level ~clock	0.0517
thanks	like	-0.3293
thanks	like for	-0.0626
thanks	like me	-0.0262
thanks	like share	0.021
thanks	like this	-0.0247
thanks	like to	-0.0229
thanks	like you	0.0218
thanks	like your	-0.0203
thanks	like ~number	-0.0296
thanks	line	0.0614
thanks	line after	0.089
thanks	line ~want	0.089
thanks	link to	0.0246
thanks	linkedin	0.0589
thanks	linkedin later	-0.0224
thanks	linkedin so	0.0267
thanks	linkedin tonight	0.0233
thanks	list	-0.0367
thanks	lmk	0.0378
thanks	lmk if	0.0376
thanks	load	0.097
thanks	load of	0.0695
thanks	local	-0.022
thanks	logist offic	0.0237
thanks	logist ~student	0.0242
thanks	long	-0.0696
thanks	long did	0.0332
thanks	long ~studyverb	0.0332
thanks	longer	0.0241
thanks	longer realli	0.0205
thanks	longer thank	0.036
thanks	longer ~want	0.0205
thanks	look	-0.0809
thanks	look at	0.0717
thanks	look for	-0.0273
thanks	look like	-0.0961
thanks	lot	0.2406
thanks	lot and	0.036
thanks	lot of	-0.0326
thanks	lot to	0.0426
thanks	love	-0.0481
thanks	love to	-0.0209
thanks	maam	0.0206
thanks	mail	-0.0216
thanks	mail after	-0.0251
thanks	mail ~want	-0.0251
thanks	main	-0.0492
thanks	make	0.1101
thanks	make sens	-0.0242
thanks	make the	0.1184
thanks	make time	0.1413
thanks	make you	-0.0254
thanks	make ~insight	-0.0242
thanks	make ~limit	0.1413
thanks	make ~number	0.0932
thanks	man	0.1355
thanks	man ~want	0.0378
thanks	manag	-0.1067
thanks	manag actual	0.0249
thanks	manag just	0.0218
thanks	mandatori	0.0205
thanks	mani	0.0996
thanks	mani peopl	0.0414
thanks	mani thank	0.1027
thanks	mani ~people	0.0414
thanks	market	-0.028
thanks	massiv	0.1048
thanks	massiv help	0.105
thanks	massiv ~help	0.105
thanks	master	-0.0288
thanks	mate	0.1518
thanks	matter	-0.0599
thanks	mayb	0.0539
thanks	mayb an	-0.0296
thanks	mayb intro	0.0548
thanks	mayb messag	0.0251
thanks	mayb you	0.101
thanks	mayb ~number	-0.0528
thanks	mba	0.0358
thanks	mba is	0.0318
thanks	me	0.1508
thanks	me a	0.1175
thanks	me about	-0.0894
thanks	me ani	0.055
thanks	me at	0.0374
thanks	me done	0.0247
thanks	me for	-0.073
thanks	me i	-0.0636
thanks	me in	0.2802
thanks	me know	-0.0532
thanks	me off	-0.0214
thanks	me through	-0.0421
thanks	me to	0.1911
thanks	me with	-0.0686
thanks	me ~help	-0.0266
thanks	me ~learn	-0.0341
thanks	me ~number	0.1104
thanks	me ~studyverb	0.0272
thanks	mean	-0.032
thanks	mechan engin	0.0229
thanks	mechan ~student	0.0274
thanks	medic	-0.0265
thanks	meet	0.0603
thanks	meet at	0.0265
thanks	meet me	0.039
thanks	meet you	-0.0228
thanks	mental	0.0326
thanks	mention	0.0888
thanks	mention about	-0.028
thanks	mentor	-0.0677
thanks	merci	0.2212
thanks	merci beaucoup	0.16
thanks	merci for	0.0616
thanks	messag	0.052
thanks	messag you	0.0418
thanks	might	-0.078
thanks	might be	-0.0459
thanks	militari	-0.0249
thanks	million	0.149
thanks	mind	-0.0266
thanks	mind if	0.0925
thanks	minut	-0.0488
thanks	minut out	0.0439
thanks	minut over	0.0357
thanks	minut so	-0.046
thanks	minut we	-0.0214
thanks	modul so	0.0236
thanks	moment	-0.0454
thanks	money	0.0222
thanks	month	-0.0524
thanks	month or	0.0443
thanks	more	-0.0293
thanks	more of	0.0238
thanks	more question	-0.0496
thanks	more quick	0.0243
thanks	more that	0.0209
thanks	more thing	0.0208
thanks	more your	0.0399
thanks	morn	0.0566
thanks	most	-0.1356
thanks	most complaint	-0.0294
thanks	most of	0.0434
thanks	most peopl	0.0578
thanks	most ~people	0.0573
thanks	mr	0.0734
thanks	much	0.605
thanks	much and	0.0342
thanks	much appreci	0.0932
thanks	much clearer	0.0643
thanks	much for	0.1758
thanks	much i	0.0475
thanks	much of	-0.1152
thanks	much this	0.0232
thanks	much time	-0.062
thanks	much ~limit	-0.062
thanks	much ~want	0.0977
thanks	mucha	0.1823
thanks	mucha gracia	0.1823
thanks	museum	0.034
thanks	museum educ	0.0405
thanks	must	0.0985
thanks	must go	0.0855
thanks	must leav	0.0481
thanks	my	-0.1733
thanks	my advisor	-0.0379
thanks	my bus	0.1048
thanks	my classmat	0.0207
thanks	my cousin	-0.0351
thanks	my daughter	0.0451
thanks	my email	0.031
thanks	my end	-0.0271
thanks	my exam	0.1109
thanks	my final	0.0441
thanks	my first	0.0338
thanks	my friend	-0.027
thanks	my internship	-0.029
thanks	my interview	0.0364
thanks	my last	-0.0926
thanks	my lectur	0.0358
thanks	my mentor	-0.0247
thanks	my name	-0.0246
thanks	my note	0.0258
thanks	my old	-0.0493
thanks	my phone	-0.0217
thanks	my professor	-0.0334
thanks	my question	0.1687
thanks	my request	0.0963
thanks	my seminar	0.021
thanks	my shift	0.0255
thanks	my side	-0.0296
thanks	my sincer	0.0919
thanks	my thank	-0.0253
thanks	my way	0.0252
thanks	my ~contactverb	0.0374
thanks	my ~degree	-0.0401
thanks	my ~insight	0.0228
thanks	my ~job	-0.0413
thanks	my ~org	-0.0308
thanks	my ~sendverb	0.0302
thanks	my ~talk	0.0754
thanks	myself	-0.0487
thanks	name of	-0.0201
thanks	near	-0.0319
thanks	need	0.1162
thanks	need ani	0.0567
thanks	need anyth	0.1011
thanks	need help	-0.0203
thanks	need someon	-0.0314
thanks	need to	0.0703
thanks	need ~help	-0.0203
thanks	need ~number	-0.0404
thanks	need ~people	-0.0325
thanks	nervous	-0.0248
thanks	network	-0.0577
thanks	never	-0.1014
thanks	new	-0.0898
thanks	newslett	-0.0206
thanks	next	-0.0736
thanks	next lectur	0.0248
thanks	nhs	0.0658
thanks	nice	-0.0368
thanks	nice ~closing	-0.0203
thanks	no	-0.1116
thanks	no thank	-0.0303
thanks	no worri	0.0274
thanks	nobodi	0.031
thanks	nonprofit	-0.0223
thanks	normal	-0.0552
thanks	normal ~closing	-0.0226
thanks	not after	0.0335
thanks	not and	0.0592
thanks	not ask	-0.048
thanks	not here	-0.0214
thanks	not job	0.0743
thanks	not keep	0.0256
thanks	not like	-0.0226
thanks	not need	0.0779
thanks	not thought	-0.0268
thanks	not too	0.041
thanks	not want	0.0252
thanks	not ~job	0.0743
thanks	not ~talk	0.063
thanks	note	-0.3574
thanks	note after	-0.0785
thanks	note and	-0.0516
thanks	note in	0.0733
thanks	note later	-0.0308
thanks	note of	-0.0359
thanks	note onc	0.0379
thanks	note this	-0.0206
thanks	note tonight	-0.1703
thanks	note ~later	-0.0308
thanks	note ~want	-0.0785
thanks	noth	-0.0701
thanks	notic	0.0305
thanks	now	0.0334
thanks	now and	-0.0457
thanks	now but	0.057
thanks	now for	0.0448
thanks	now just	0.0407
thanks	now thank	0.0587
thanks	now to	0.0899
thanks	now ~studyverb	-0.0225
thanks	now ~want	0.0672
thanks	nurs	-0.0391
thanks	nurs student	0.0317
thanks	nurs ~student	0.0313
thanks	nurseri	0.0722
thanks	nurseri this	0.0616
thanks	oclock	-0.027
thanks	of	-0.1159
thanks	of ani	0.0363
thanks	of anyth	0.0594
thanks	of cours	0.0281
thanks	of hand	0.0296
thanks	of me	0.0612
thanks	of my	-0.021
thanks	of peopl	-0.0209
thanks	of thank	-0.0464
thanks	of the	-0.1004
thanks	of these	0.0347
thanks	of thing	0.0367
thanks	of this	0.0495
thanks	of uni	0.0338
thanks	of what	0.0432
thanks	of you	0.045
thanks	of your	-0.0526
thanks	of ~degree	0.026
thanks	of ~limit	-0.0226
thanks	of ~number	-0.1226
thanks	of ~people	-0.0404
thanks	off	0.0336
thanks	off i	0.0388
thanks	off just	0.0292
thanks	off now	-0.0217
thanks	off to	0.0513
thanks	off ~want	0.0217
thanks	offic	0.0499
thanks	oh	-0.0223
thanks	oh wow	-0.0391
thanks	oh you	0.0443
thanks	ok	-0.0447
thanks	ok and	0.0365
thanks	ok for	-0.0202
thanks	ok i	0.0268
thanks	ok thank	0.0327
thanks	ok that	-0.0305
thanks	okafor	0.0907
thanks	old	-0.0704
thanks	old manag	-0.0209
thanks	old ~gatekeeper	-0.0267
thanks	old ~student	-0.0399
thanks	omg	-0.0312
thanks	on	-0.08
thanks	on a	0.0664
thanks	on access	-0.0326
thanks	on i	0.0207
thanks	on linkedin	0.0872
thanks	on my	-0.0425
thanks	on that	0.0482
thanks	on the	0.0769
thanks	on top	0.0202
thanks	on with	-0.0484
thanks	on your	-0.0208
thanks	on ~number	0.1384
thanks	on ~want	0.0265
thanks	onc	0.1452
thanks	onc i	0.1789
thanks	one	-0.0265
thanks	one how	0.0239
thanks	onli for	0.0959
thanks	onli got	-0.037
thanks	onli have	-0.0381
thanks	onli tri	0.0326
thanks	open	-0.0596
thanks	open up	-0.0361
thanks	or	-0.3777
thanks	or anyth	-0.031
thanks	or can	0.0272
thanks	or could	0.0557
thanks	or do	-0.0276
thanks	or is	-0.1875
thanks	or so	0.0419
thanks	or two	0.0241
thanks	or ~clock	0.0221
thanks	or ~help	-0.0293
thanks	or ~want	-0.0285
thanks	other	0.0666
thanks	other engin	0.0839
thanks	other peopl	0.0213
thanks	our	-0.022
thanks	our societi	0.0378
thanks	out	-0.0451
thanks	out about	-0.0264
thanks	out half	0.0399
thanks	out in	-0.0211
thanks	out of	0.0397
thanks	out there	0.0391
thanks	out to	-0.0241
thanks	out what	0.0532
thanks	out ~clock	0.0399
thanks	out ~later	0.032
thanks	out ~number	0.0458
thanks	outsid	-0.0253
thanks	over	-0.0952
thanks	over i	0.0215
thanks	over thank	0.0571
thanks	over that	0.0324
thanks	over the	-0.0469
thanks	over time	-0.0272
thanks	over ~limit	-0.0317
thanks	over ~number	-0.0525
thanks	own	-0.032
thanks	pack	0.0992
thanks	pack day	0.0393
thanks	pack this	0.0307
thanks	pack ~closing	0.0634
thanks	pack ~limit	0.039
thanks	page	-0.0317
thanks	paid	-0.0237
thanks	pair	0.029
thanks	pair of	0.029
thanks	panel	-0.0302
thanks	paper	0.0967
thanks	paraleg	-0.0233
thanks	part	-0.1013
thanks	part of	-0.0267
thanks	pass	0.0514
thanks	pass my	0.0802
thanks	past	-0.046
thanks	path	-0.0578
thanks	patienc	0.035
thanks	patienc with	0.0289
thanks	patient	-0.0339
thanks	pay	0.0377
thanks	peopl	-0.0403
thanks	peopl actual	0.0284
thanks	peopl appli	0.0478
thanks	peopl break	0.0282
thanks	peopl do	0.0649
thanks	peopl in	-0.0384
thanks	peopl who	-0.0203
thanks	peopl ~closing	0.0282
thanks	peopl ~help	0.0641
thanks	peopl ~people	-0.0203
thanks	per	0.0436
thanks	person	-0.0587
thanks	perspect	-0.0298
thanks	pharmaci	-0.0485
thanks	phone	-0.0215
thanks	pick	0.0504
thanks	pick up	0.0569
thanks	pictur	0.0527
thanks	pictur of	0.0616
thanks	ping	0.0297
thanks	ping you	0.0269
thanks	place	-0.0294
thanks	placement	0.0307
thanks	plan	-0.0727
thanks	pleas accept	0.0919
thanks	pleas if	-0.0228
thanks	pleas keep	-0.0226
thanks	pleasur	-0.0236
thanks	podcast	-0.0622
thanks	podcast i	-0.0224
thanks	podcast you	-0.0222
thanks	point me	0.0237
thanks	polici	-0.0621
thanks	pop	0.0513
thanks	portfolio review	-0.0401
thanks	portugues	-0.0221
thanks	posit	-0.0475
thanks	possibl	-0.0203
thanks	post	-0.1481
thanks	post on	-0.0359
thanks	practic	-0.0384
thanks	precious	0.0345
thanks	prepar	-0.0311
thanks	pressur	-0.0207
thanks	pretti	-0.0543
thanks	priya	0.171
thanks	priya thank	0.0233
thanks	probabl	-0.0333
thanks	process	-0.0209
thanks	product	-0.0402
thanks	profession	-0.0283
thanks	professor	-0.027
thanks	professor i	-0.0295
thanks	program	-0.0747
thanks	progress	0.0571
thanks	project	-0.1223
thanks	project you	-0.0227
thanks	promis	-0.0606
thanks	promis i	-0.0394
thanks	proofread	-0.0202
thanks	proper	-0.1438
thanks	proper and	-0.0321
thanks	proper thank	-0.0854
thanks	public	-0.0386
thanks	push	-0.0349
thanks	push me	-0.0308
thanks	put	-0.0786
thanks	put in	-0.0364
thanks	python	-0.023
thanks	question actual	-0.0215
thanks	question from	0.0905
thanks	question i	0.0227
thanks	question or	0.0282
thanks	question realli	-0.037
thanks	question so	-0.0201
thanks	question thank	0.1085
thanks	question to	-0.022
thanks	question ~want	-0.0389
thanks	quick	-0.1186
thanks	quick email	0.021
thanks	quick thank	-0.0891
thanks	quick ~sendverb	0.021
thanks	quit	0.0203
thanks	rain	0.0574
thanks	rather	-0.0231
thanks	reach	-0.0518
thanks	reach out	-0.0559
thanks	read	-0.0612
thanks	readi	0.1273
thanks	readi appreci	0.0504
thanks	readi ~want	0.0498
thanks	real	-0.029
thanks	realist	-0.0318
thanks	realiz i	0.0396
thanks	realli	0.6917
thanks	realli appreci	0.5468
thanks	realli do	-0.0368
thanks	realli generous	0.0351
thanks	realli grate	0.2263
thanks	realli help	0.1223
thanks	realli interest	-0.0359
thanks	realli just	-0.0563
thanks	realli kind	0.0294
thanks	realli use	0.0771
thanks	realli whi	-0.02
thanks	realli you	0.0381
thanks	realli ~help	0.0379
thanks	realli ~want	0.4302
thanks	reason	-0.036
thanks	reason i	-0.0253
thanks	receiv	0.0844
thanks	recommend	-0.0761
thanks	recommend for	-0.0264
thanks	recruit	-0.0212
thanks	recruit at	-0.0239
thanks	recruit for	-0.0282
thanks	recruit friend	0.0971
thanks	refer	-0.0736
thanks	refer me	-0.0474
thanks	referr	-0.0499
thanks	reject	0.0551
thanks	remot	-0.0389
thanks	renov	0.0772
thanks	repli to	0.0415
thanks	report	-0.0435
thanks	report back	-0.0269
thanks	request	0.1118
thanks	research team	0.0753
thanks	research ~org	0.069
thanks	respect	-0.0433
thanks	respect your	-0.021
thanks	result	0.0637
thanks	resum on	0.0277
thanks	retail	-0.0349
thanks	retir	0.0218
thanks	retir armi	0.0218
thanks	retrain	-0.0222
thanks	return	0.0563
thanks	return the	0.0694
thanks	return ~number	0.0694
thanks	review	-0.0801
thanks	review goe	-0.0344
thanks	right	-0.1402
thanks	right at	0.0236
thanks	right now	-0.035
thanks	role	-0.0963
thanks	rotat	0.0339
thanks	routin	-0.0209
thanks	run	0.0911
thanks	run a	0.0222
thanks	run thank	0.0227
thanks	run to	0.1098
thanks	run ~number	0.0234
thanks	rush off	0.0425
thanks	said	-0.0803
thanks	salari	0.1081
thanks	salari side	0.0698
thanks	salari stuff	0.0499
thanks	salari ~org	0.0698
thanks	sale	-0.0406
thanks	sam	0.0206
thanks	same	-0.0446
thanks	saw	-0.0284
thanks	say	-0.1145
thanks	say i	0.0204
thanks	say thank	-0.0212
thanks	schedul	-0.0384
thanks	scheme	-0.0225
thanks	scheme i	0.0359
thanks	school to	0.0281
thanks	sci	-0.0218
thanks	scienc	-0.0881
thanks	sec	-0.0583
thanks	sector	-0.0373
thanks	see	-0.0476
thanks	see we	0.0485
thanks	see you	-0.0241
thanks	send	-0.0984
thanks	send a	-0.1411
thanks	send over	0.0289
thanks	send thank	-0.0544
thanks	send the	0.0588
thanks	send them	0.0408
thanks	send ~number	-0.083
thanks	senior	-0.0228
thanks	sens now	0.0298
thanks	sent	-0.0303
thanks	sent a	-0.026
thanks	sent ~number	-0.027
thanks	septemb	0.1
thanks	serious	0.0755
thanks	serious thank	0.0349
thanks	serious ~want	0.0289
thanks	set up	0.0472
thanks	shadow	-0.0548
thanks	shadow you	-0.0358
thanks	shall	0.065
thanks	shall write	0.0923
thanks	shall ~contactverb	0.0923
thanks	share	0.1664
thanks	share about	0.0213
thanks	share that	0.136
thanks	share the	0.0211
thanks	she	-0.0568
thanks	shift start	0.0206
thanks	shoot	-0.049
thanks	shoot you	-0.0304
thanks	short	-0.0858
thanks	short email	0.0321
thanks	short notic	0.0387
thanks	short thank	-0.0872
thanks	short updat	0.0537
thanks	short ~contactverb	0.029
thanks	short ~sendverb	0.0321
thanks	short ~talk	0.0283
thanks	should	-0.11
thanks	should chat	0.0256
thanks	should i	-0.0457
thanks	shout	0.0357
thanks	side	0.0364
thanks	side thank	0.0674
thanks	sign	-0.0366
thanks	sign off	-0.0204
thanks	sinc	-0.0946
thanks	sinc i	-0.0205
thanks	sincer	0.0987
thanks	six ~duration	-0.0216
thanks	skill	-0.0485
thanks	slam	-0.02
thanks	small	-0.0511
thanks	so	0.3963
thanks	so are	0.0208
thanks	so candid	0.0704
thanks	so generous	0.022
thanks	so grate	0.135
thanks	so help	0.0679
thanks	so honest	0.0257
thanks	so i	-0.2228
thanks	so if	-0.0632
thanks	so just	-0.0217
thanks	so long	-0.0227
thanks	so much	0.4908
thanks	so open	0.0222
thanks	so quick	-0.0233
thanks	so thank	0.1921
thanks	so um	-0.0224
thanks	so use	0.1154
thanks	so we	0.0279
thanks	so yeah	-0.0216
thanks	so you	-0.0676
thanks	so ~help	0.112
thanks	so ~number	-0.0294
thanks	so ~want	-0.0271
thanks	societi	0.0299
thanks	some	-0.0588
thanks	some honest	0.0308
thanks	some ~insight	-0.0276
thanks	somehow	-0.0207
thanks	someon	-0.1066
thanks	someon in	0.0354
thanks	someon on	-0.0234
thanks	someth	-0.1606
thanks	someth els	-0.0204
thanks	someth you	-0.0321
thanks	sorri	-0.1649
thanks	sorri for	-0.0583
thanks	sorri i	-0.0454
thanks	sorri my	-0.0317
thanks	sorri one	0.0218
thanks	sorri to	0.0237
thanks	sorri we	0.0576
thanks	sorri ~clock	0.0218
thanks	sorri ~people	0.0205
thanks	sound	-0.044
thanks	soundcheck	0.027
thanks	spend	-0.0503
thanks	spent ten	0.0221
thanks	spent ~clock	0.0263
thanks	spoken	0.084
thanks	spoken to	0.0762
thanks	spreadsheet	0.0231
thanks	sql	-0.0356
thanks	squeez	0.1629
thanks	squeez me	0.1647
thanks	start	-0.1681
thanks	start out	-0.0556
thanks	stay on	0.0431
thanks	step	-0.0233
thanks	still	-0.123
thanks	still ok	-0.0201
thanks	stop here	0.0358
thanks	stop there	0.0534
thanks	stop ~want	0.0358
thanks	stori	0.0418
thanks	stori about	0.0648
thanks	student	-0.0393
thanks	student at	0.0335
thanks	studi	-0.0243
thanks	studio	-0.0267
thanks	stuff	0.0948
thanks	stuff and	0.0329
thanks	such	0.0555
thanks	such a	0.0261
thanks	such short	0.0356
thanks	such ~number	0.0242
thanks	suggest	-0.025
thanks	summer	-0.0419
thanks	summer intern	0.0415
thanks	super	0.2641
thanks	super clear	0.0302
thanks	super help	0.1503
thanks	super use	0.0922
thanks	super ~help	0.0922
thanks	supervisor	-0.02
thanks	supplier	0.0292
thanks	survey	-0.0406
thanks	suss	0.0513
thanks	suss out	0.0513
thanks	sustain consult	0.0301
thanks	switch	-0.0527
thanks	switch into	-0.0231
thanks	ta	0.5379
thanks	ta that	0.1791
thanks	ta veri	0.2048
thanks	take	0.0704
thanks	take care	-0.0438
thanks	take it	-0.0298
thanks	take more	0.0997
thanks	take summer	0.0426
thanks	take the	0.0898
thanks	take up	-0.0505
thanks	take you	0.0221
thanks	take ~closing	0.0388
thanks	take ~number	0.1413
thanks	taken	0.0563
thanks	taken up	0.0877
thanks	talk	0.094
thanks	talk about	0.0774
thanks	talk to	-0.0213
thanks	talk with	0.0531
thanks	taught	-0.0262
thanks	teach	-0.0388
thanks	teacher	-0.0515
thanks	teacher i	-0.0264
thanks	team	-0.0265
thanks	team for	-0.022
thanks	team or	0.0536
thanks	team take	0.0402
thanks	tech	0.0309
thanks	tech compani	0.0473
thanks	tech ~org	0.0302
thanks	tell	-0.1072
thanks	tell me	-0.1258
thanks	tell you	0.0321
thanks	term	-0.0304
thanks	test	-0.0425
thanks	text	0.0563
thanks	text you	0.0646
thanks	than ani	0.0398
thanks	thank	3.7126
thanks	thank a	0.3893
thanks	thank again	0.3918
thanks	thank bye	0.0282
thanks	thank for	0.9818
thanks	thank heap	0.1447
thanks	thank my	-0.0292
thanks	thank so	0.3648
thanks	thank that	0.1996
thanks	thank the	-0.025
thanks	thank this	0.0388
thanks	thank to	-0.29
thanks	thank tomorrow	-0.0225
thanks	thank you	1.071
thanks	thank youuu	0.0241
thanks	thank ~later	0.3918
thanks	thank ~number	0.3643
thanks	thankless	-0.0217
thanks	that	0.3337
thanks	that a	-0.0224
thanks	that answer	0.084
thanks	that clear	0.0246
thanks	that conclud	0.041
thanks	that cover	0.0315
thanks	that i	-0.0959
thanks	that is	0.3759
thanks	that it	0.0249
thanks	that most	0.0629
thanks	that out	0.0493
thanks	that that	0.0241
thanks	that was	0.0327
thanks	that way	-0.0251
thanks	that would	0.0563
thanks	that you	-0.0432
thanks	that ~number	-0.0282
thanks	that ~want	0.0577
thanks	the	0.0873
thanks	the advic	0.0738
thanks	the alumni	-0.0236
thanks	the analyst	-0.0236
thanks	the articl	0.0785
thanks	the bbc	0.0201
thanks	the best	-0.0403
thanks	the book	0.0527
thanks	the budget	0.0356
thanks	the burnout	0.0283
thanks	the career	-0.0231
thanks	the chat	0.0935
thanks	the clock	-0.0426
thanks	the door	-0.0338
thanks	the downsid	0.0242
thanks	the email	0.0991
thanks	the end	-0.0378
thanks	the favor	0.0699
thanks	the field	-0.0235
thanks	the first	-0.0207
thanks	the freelanc	0.0385
thanks	the graduat	-0.0213
thanks	the great	0.0889
thanks	the hire	0.0342
thanks	the hour	0.0222
thanks	the industri	-0.0254
thanks	the job	-0.0539
thanks	the jump	0.0294
thanks	the lab	-0.0229
thanks	the level	0.0558
thanks	the moment	-0.0288
thanks	the money	0.024
thanks	the museum	0.0415
thanks	the new	-0.0263
thanks	the next	-0.0211
thanks	the nhs	0.0684
thanks	the night	0.0227
thanks	the offer	0.0289
thanks	the other	0.024
thanks	the paper	0.105
thanks	the pay	0.0587
thanks	the peopl	-0.0246
thanks	the pitch	0.0253
thanks	the polici	-0.022
thanks	the portfolio	-0.0202
thanks	the question	0.0307
thanks	the rain	0.0582
thanks	the recruit	0.0465
thanks	the research	0.0643
thanks	the right	-0.0221
thanks	the salari	0.1208
thanks	the same	-0.043
thanks	the spring	0.0396
thanks	the thank	-0.0396
thanks	the time	0.21
thanks	the tip	0.151
thanks	the trust	0.0242
thanks	the uni	0.0373
thanks	the venu	0.0373
thanks	the worst	-0.0231
thanks	the ~contactverb	0.1
thanks	the ~gatekeeper	0.08
thanks	the ~help	0.0286
thanks	the ~hiring	0.0306
thanks	the ~insight	0.1983
thanks	the ~job	-0.0567
thanks	the ~learn	0.0854
thanks	the ~limit	0.2178
thanks	the ~number	-0.0294
thanks	the ~people	-0.0382
thanks	the ~sendverb	0.0773
thanks	the ~talk	0.1951
thanks	the ~timeunit	0.0216
thanks	their	-0.0423
thanks	them	0.073
thanks	then i	-0.0215
thanks	there	0.1814
thanks	there a	-0.0472
thanks	there anyon	0.1001
thanks	there anyth	0.0777
thanks	there for	-0.0236
thanks	there i	0.0382
thanks	there realli	0.0499
thanks	there so	-0.0257
thanks	there thank	0.0286
thanks	there then	0.0572
thanks	there ~number	-0.0543
thanks	there ~people	0.0855
thanks	there ~want	0.0493
thanks	they	-0.0817
thanks	they actual	-0.023
thanks	thing	-0.0696
thanks	thing doe	0.0217
thanks	thing you	-0.0205
thanks	think	-0.1342
thanks	think a	0.0326
thanks	think about	-0.0509
thanks	think i	-0.0258
thanks	think of	0.0429
thanks	think that	-0.0662
thanks	think ~number	0.0383
thanks	this	0.5456
thanks	this and	0.0613
thanks	this call	-0.0279
thanks	this career	-0.0212
thanks	this field	-0.0767
thanks	this gave	0.0693
thanks	this genuin	0.0419
thanks	this has	0.1397
thanks	this i	0.0736
thanks	this is	-0.0433
thanks	this quick	-0.0255
thanks	this realli	0.039
thanks	this summer	-0.0253
thanks	this tight	-0.0216
thanks	this was	0.3186
thanks	this ~closing	-0.0671
thanks	this ~contactverb	-0.0279
thanks	this ~job	-0.0232
thanks	this ~talk	-0.033
thanks	this ~want	0.0342
thanks	thought	-0.0623
thanks	thought about	-0.0397
thanks	three	-0.0471
thanks	three ~duration	-0.0222
thanks	through	-0.0979
thanks	through a	-0.025
thanks	through how	-0.0263
thanks	through ~number	-0.0302
thanks	tight	-0.0499
thanks	time	0.4106
thanks	time a	0.0527
thanks	time and	0.0712
thanks	time could	0.0529
thanks	time do	-0.0263
thanks	time genuin	0.0217
thanks	time goe	-0.0278
thanks	time i	0.078
thanks	time in	-0.0219
thanks	time it	0.0659
thanks	time on	0.0673
thanks	time out	0.0272
thanks	time so	-0.0717
thanks	time thank	0.0521
thanks	time today	0.1163
thanks	time we	-0.0229
thanks	time you	0.0831
thanks	time ~help	-0.0276
thanks	time ~number	0.0527
thanks	tip	0.1257
thanks	titl	0.054
thanks	titl i	0.0577
thanks	to	-0.4425
thanks	to appli	-0.0325
thanks	to be	-0.0207
thanks	to catch	0.1047
thanks	to chat	0.0924
thanks	to class	0.0557
thanks	to connect	-0.0313
thanks	to dash	0.0261
thanks	to drop	-0.0208
thanks	to feel	0.0238
thanks	to get	-0.0766
thanks	to go	-0.035
thanks	to head	0.0799
thanks	to hear	-0.0309
thanks	to help	-0.0477
thanks	to her	0.083
thanks	to introduc	0.0663
thanks	to it	0.0797
thanks	to jump	0.0254
thanks	to know	-0.0259
thanks	to learn	0.0663
thanks	to leav	-0.0613
thanks	to let	0.0701
thanks	to look	0.0563
thanks	to make	-0.0377
thanks	to meet	0.0332
thanks	to my	-0.0359
thanks	to pick	0.059
thanks	to priya	0.076
thanks	to refer	-0.0245
thanks	to return	0.036
thanks	to run	0.0909
thanks	to rush	0.0298
thanks	to say	-0.0396
thanks	to see	-0.0296
thanks	to send	0.0344
thanks	to someon	0.0561
thanks	to speak	0.0322
thanks	to stay	-0.0361
thanks	to stop	-0.0235
thanks	to suss	0.0513
thanks	to take	0.0234
thanks	to talk	0.0416
thanks	to tell	0.0262
thanks	to thank	-0.023
thanks	to that	-0.0298
thanks	to the	-0.0239
thanks	to this	0.0847
thanks	to understand	-0.0289
thanks	to your	-0.0703
thanks	to ~contactverb	-0.038
thanks	to ~help	-0.0282
thanks	to ~insight	0.0211
thanks	to ~number	-0.0361
thanks	to ~people	0.0453
thanks	to ~sendverb	-0.0303
thanks	to ~talk	0.1162
thanks	to ~workverb	0.1093
thanks	today	-0.0569
thanks	today and	-0.0429
thanks	today is	-0.0438
thanks	today so	-0.0245
thanks	told	-0.0352
thanks	tom	0.0427
thanks	tom i	0.0419
thanks	tomorrow	0.1412
thanks	tomorrow with	0.0556
thanks	ton	0.1608
thanks	ton and	0.0279
thanks	tonight	-0.2519
thanks	tonight and	-0.0607
thanks	tonight to	-0.0365
thanks	tonight with	-0.0279
thanks	too	-0.0859
thanks	too forward	0.0397
thanks	too much	-0.0478
thanks	too ~sendverb	0.0397
thanks	tool	-0.0298
thanks	top	0.0435
thanks	topic	-0.0244
thanks	toronto	0.0445
thanks	total	-0.033
thanks	touch	0.0824
thanks	touch onc	0.0252
thanks	toward	-0.0237
thanks	translat	-0.0636
thanks	tri	-0.0671
thanks	tri to	-0.0268
thanks	trial	-0.0213
thanks	true	-0.0317
thanks	truli	0.1878
thanks	trust you	0.0234
thanks	turn	-0.0271
thanks	two programm	0.0231
thanks	two year	-0.0216
thanks	two ~duration	-0.0267
thanks	typic	-0.0644
thanks	typic ~closing	-0.0258
thanks	um	-0.0284
thanks	understand	-0.0285
thanks	understand how	0.034
thanks	understand thank	0.0348
thanks	understand the	-0.0361
thanks	understand ~number	-0.0361
thanks	understood	-0.0404
thanks	understood what	-0.0257
thanks	uni	0.0319
thanks	uni ~insight	0.0397
thanks	unpaid	-0.0241
thanks	up	0.0411
thanks	up a	0.037
thanks	up ani	-0.0481
thanks	up for	-0.0306
thanks	up most	0.0543
thanks	up my	0.0402
thanks	up now	0.0344
thanks	up question	0.0564
thanks	up so	0.0258
thanks	up would	0.0626
thanks	up your	0.0517
thanks	up ~number	0.0365
thanks	up ~studyverb	-0.0336
thanks	up ~want	0.0544
thanks	updat	0.1214
thanks	updat in	0.0428
thanks	updat you	0.0313
thanks	upfront i	0.0205
thanks	us leav	-0.0286
thanks	use	0.2376
thanks	use for	-0.025
thanks	use thank	0.0691
thanks	use to	-0.0363
thanks	usual	-0.0511
thanks	usual follow	0.0237
thanks	ux	-0.021
thanks	ux at	0.0304
thanks	valu	-0.0269
thanks	venu	0.0363
thanks	veri	0.4634
thanks	veri generous	0.0635
thanks	veri grate	0.0622
thanks	veri help	0.127
thanks	veri much	0.2434
thanks	versus	-0.0259
thanks	vet nurs	0.0249
thanks	vielen	0.1909
thanks	vielen dank	0.1909
thanks	view	-0.0225
thanks	volunt	-0.0312
thanks	volunt at	-0.0237
thanks	vs	-0.0715
thanks	vs actual	-0.0204
thanks	wait	-0.0448
thanks	walk	-0.0537
thanks	walk me	-0.0449
thanks	want	-0.0366
thanks	want an	0.046
thanks	want the	0.0287
thanks	want to	-0.0655
thanks	want ~number	0.0799
thanks	was	0.1336
thanks	was a	-0.0312
thanks	was amaz	0.0404
thanks	was brilliant	0.0217
thanks	was gold	0.0276
thanks	was great	0.1038
thanks	was hope	-0.0216
thanks	was it	-0.0478
thanks	was realli	0.034
thanks	was so	0.1014
thanks	was super	0.0451
thanks	was the	-0.0314
thanks	was veri	0.1262
thanks	was wonder	-0.0722
thanks	was ~number	-0.0672
thanks	way	0.0297
thanks	we	-0.1395
thanks	we are	0.0219
thanks	we stay	0.0341
thanks	we use	-0.0228
thanks	we went	0.0258
thanks	week	-0.0264
thanks	week and	0.0719
thanks	week for	-0.0224
thanks	week to	0.0453
thanks	weird to	0.0343
thanks	well that	0.0313
thanks	went	0.0764
thanks	went ~number	0.0219
thanks	were	-0.0669
thanks	were all	0.0236
thanks	were start	-0.0293
thanks	what	-0.4669
thanks	what a	-0.04
thanks	what about	0.0771
thanks	what are	-0.021
thanks	what do	-0.0525
thanks	what doe	-0.0597
thanks	what is	-0.1311
thanks	what kind	-0.0224
thanks	what work	0.0539
thanks	what would	-0.0404
thanks	what ~help	-0.0524
thanks	what ~number	-0.053
thanks	what ~want	-0.0404
thanks	what ~workverb	0.0541
thanks	when	-0.1232
thanks	when a	-0.0343
thanks	when i	0.0918
thanks	when you	-0.1026
thanks	when ~number	-0.0352
thanks	where	-0.0713
thanks	where i	-0.0276
thanks	where you	0.0221
thanks	whether	-0.1202
thanks	whether an	0.0268
thanks	whether you	-0.0318
thanks	whi	-0.0703
thanks	whi i	-0.0522
thanks	which	-0.1813
thanks	which is	-0.0309
thanks	while	-0.0279
thanks	who	-0.116
thanks	who might	-0.0237
thanks	who run	0.0216
thanks	who spent	0.0278
thanks	who would	0.0342
thanks	who ~want	0.0307
thanks	who ~workverb	0.023
thanks	whoever	-0.0201
thanks	will	0.1291
thanks	will add	0.0283
thanks	will check	0.0491
thanks	will conclud	0.0225
thanks	will definit	-0.059
thanks	will end	0.0417
thanks	will free	0.0355
thanks	will jump	-0.0265
thanks	will keep	-0.1539
thanks	will leav	0.2057
thanks	will let	0.1341
thanks	will send	-0.0609
thanks	will shoot	-0.0286
thanks	will stop	0.0995
thanks	will text	0.0407
thanks	will tri	-0.0468
thanks	will write	-0.0644
thanks	will ~sendverb	-0.0939
thanks	will ~want	-0.0406
thanks	wish	-0.0541
thanks	wish you	-0.0292
thanks	with	-0.1165
thanks	with a	-0.0471
thanks	with all	0.0247
thanks	with an	0.0343
thanks	with anyth	-0.0353
thanks	with candid	0.022
thanks	with data	0.0326
thanks	with in	0.0217
thanks	with just	0.0343
thanks	with me	0.1623
thanks	with my	0.099
thanks	with someth	-0.0228
thanks	with you	-0.1319
thanks	with your	-0.0424
thanks	with ~people	-0.0301
thanks	with ~want	0.0326
thanks	without	-0.0302
thanks	wonder	-0.0893
thanks	wonder whether	-0.0362
thanks	word	-0.0531
thanks	word for	-0.0297
thanks	work	-0.1813
thanks	work in	0.0221
thanks	work on	-0.0365
thanks	work this	0.0212
thanks	world	0.0576
thanks	worri if	0.0571
thanks	worst	-0.0287
thanks	worth	0.0312
thanks	would	-0.4713
thanks	would be	-0.082
thanks	would better	0.0326
thanks	would help	-0.0213
thanks	would point	0.0397
thanks	would realli	-0.1694
thanks	would recommend	-0.0406
thanks	would you	-0.0763
thanks	would ~help	-0.0355
thanks	would ~want	-0.1555
thanks	wow	-0.0623
thanks	wow it	-0.0294
thanks	wrap	-0.0707
thanks	wrap it	-0.0224
thanks	write	0.0491
thanks	write to	0.0912
thanks	write you	0.0352
thanks	write ~number	-0.0332
thanks	yeah	-0.0407
thanks	yeah i	-0.0256
thanks	year	-0.1288
thanks	year and	-0.0352
thanks	year biolog	0.0217
thanks	year do	0.0549
thanks	year ~studyverb	0.0537
thanks	yes	0.0232
thanks	yes to	0.0246
thanks	yet	-0.0367
thanks	yo	0.0913
thanks	yo thank	0.0201
thanks	yo what	0.0357
thanks	you	0.3841
thanks	you a	-0.2346
thanks	you after	-0.0374
thanks	you again	0.1114
thanks	you agre	0.0921
thanks	you and	0.1803
thanks	you ani	0.0448
thanks	you are	-0.0889
thanks	you be	0.0291
thanks	you can	-0.0706
thanks	you card	-0.0408
thanks	you carv	0.0665
thanks	you consid	-0.0265
thanks	you could	-0.0699
thanks	you decid	0.0251
thanks	you do	-0.0244
thanks	you either	0.039
thanks	you email	-0.2313
thanks	you ever	-0.0732
thanks	you explain	0.0317
thanks	you find	-0.028
thanks	you fit	0.1182
thanks	you follow	-0.0211
thanks	you for	0.3889
thanks	you genuin	0.0213
thanks	you get	0.0928
thanks	you guy	-0.043
thanks	you have	0.0218
thanks	you hear	0.0213
thanks	you hire	-0.037
thanks	you hop	0.0701
thanks	you i	0.0357
thanks	you in	0.0624
thanks	you introduc	0.0816
thanks	you is	0.0432
thanks	you just	0.0357
thanks	you know	0.0604
thanks	you letter	-0.0259
thanks	you like	-0.0294
thanks	you made	0.0402
thanks	you make	0.0767
thanks	you man	0.0491
thanks	you mayb	0.051
thanks	you meet	0.0348
thanks	you mention	0.0765
thanks	you mind	0.0292
thanks	you need	0.0233
thanks	you note	-0.3969
thanks	you onc	0.1271
thanks	you onli	-0.0242
thanks	you or	-0.0654
thanks	you post	-0.0279
thanks	you proper	-0.0239
thanks	you put	-0.0241
thanks	you recommend	-0.0207
thanks	you say	-0.0495
thanks	you send	0.0235
thanks	you share	0.1962
thanks	you so	0.1692
thanks	you spend	-0.0305
thanks	you squeez	0.1005
thanks	you start	-0.0304
thanks	you stay	0.041
thanks	you still	-0.0242
thanks	you suggest	-0.0311
thanks	you take	0.1037
thanks	you tell	-0.0247
thanks	you thank	0.0837
thanks	you the	0.1325
thanks	you think	0.0685
thanks	you this	0.0868
thanks	you time	0.0377
thanks	you to	0.0313
thanks	you truli	0.0539
thanks	you up	0.0413
thanks	you updat	0.0257
thanks	you use	-0.0202
thanks	you veri	0.0321
thanks	you were	-0.0373
thanks	you when	0.1036
thanks	you will	-0.0218
thanks	you wish	-0.0415
thanks	you with	0.0205
thanks	you work	-0.0281
thanks	you would	-0.0491
thanks	you ~contactverb	-0.2256
thanks	you ~help	-0.0573
thanks	you ~hiring	0.1133
thanks	you ~insight	-0.0295
thanks	you ~later	0.0871
thanks	you ~learn	0.1128
thanks	you ~limit	0.0289
thanks	you ~number	-0.0985
thanks	you ~sendverb	-0.2395
thanks	you ~studyverb	0.1395
thanks	you ~talk	-0.2094
thanks	you ~want	-0.087
thanks	you ~workverb	-0.0211
thanks	your	-0.0311
thanks	your advic	0.0665
thanks	your blog	-0.0358
thanks	your calendar	0.0334
thanks	your career	-0.0366
thanks	your clinic	0.0238
thanks	your compani	-0.0846
thanks	your day	-0.0305
thanks	your depart	-0.0271
thanks	your end	0.0541
thanks	your experi	-0.02
thanks	your field	-0.0263
thanks	your first	0.0379
thanks	your friday	0.0215
thanks	your help	0.0581
thanks	your honesti	0.1069
thanks	your inbox	0.0496
thanks	your industri	-0.0267
thanks	your insight	0.0412
thanks	your manag	-0.0244
thanks	your name	-0.0244
thanks	your network	-0.0219
thanks	your next	-0.0323
thanks	your offic	0.0268
thanks	your own	-0.0212
thanks	your patienc	0.0346
thanks	your podcast	-0.0279
thanks	your role	-0.0248
thanks	your schedul	-0.0205
thanks	your set	0.0373
thanks	your team	-0.0741
thanks	your time	0.3522
thanks	your way	0.058
thanks	your week	-0.0327
thanks	your whole	-0.0207
thanks	your work	-0.0244
thanks	your ~help	0.0577
thanks	your ~insight	0.0376
thanks	your ~job	-0.0471
thanks	your ~learn	-0.0295
thanks	your ~limit	0.3551
thanks	your ~org	-0.1641
thanks	your ~student	-0.0555
thanks	your ~talk	-0.0284
thanks	your ~workverb	-0.0244
thanks	yourself	-0.0308
thanks	youuu	0.0241
thanks	~application	-0.0509
thanks	~application on	0.0277
thanks	~clock	-0.1158
thanks	~clock an	0.0372
thanks	~clock hour	-0.0285
thanks	~clock how	0.0239
thanks	~clock i	-0.0265
thanks	~clock next	0.0457
thanks	~clock oclock	-0.027
thanks	~clock past	-0.0272
thanks	~clock programm	0.0231
thanks	~clock sec	-0.0224
thanks	~clock year	-0.0847
thanks	~closing	0.0846
thanks	~closing afternoon	0.0488
thanks	~closing and	0.0789
thanks	~closing cheer	0.0617
thanks	~closing dr	0.0244
thanks	~closing for	0.0768
thanks	~closing intern	0.0415
thanks	~closing is	-0.0344
thanks	~closing look	-0.029
thanks	~closing thank	0.0572
thanks	~contactverb	0.0463
thanks	~contactverb a	-0.0331
thanks	~contactverb after	-0.0311
thanks	~contactverb and	-0.0494
thanks	~contactverb but	0.0249
thanks	~contactverb i	0.028
thanks	~contactverb in	0.0229
thanks	~contactverb it	-0.0209
thanks	~contactverb later	-0.0711
thanks	~contactverb onc	0.055
thanks	~contactverb so	0.0272
thanks	~contactverb the	-0.0375
thanks	~contactverb to	0.0767
thanks	~contactverb tomorrow	0.0332
thanks	~contactverb tonight	-0.1335
thanks	~contactverb with	0.0474
thanks	~contactverb you	0.1652
thanks	~degree	-0.148
thanks	~degree cours	-0.0222
thanks	~degree goe	-0.0253
thanks	~degree in	-0.0252
thanks	~degree program	-0.02
thanks	~degree take	0.0217
thanks	~duration	-0.1871
thanks	~duration and	-0.0393
thanks	~duration biolog	0.0217
thanks	~duration do	0.0549
thanks	~gatekeeper	-0.1325
thanks	~gatekeeper actual	0.0384
thanks	~gatekeeper at	-0.0313
thanks	~gatekeeper for	-0.0653
thanks	~gatekeeper friend	0.0971
thanks	~gatekeeper manag	0.0233
thanks	~gatekeeper side	0.0447
thanks	~help	-0.057
thanks	~help client	-0.0659
thanks	~help electrician	0.0334
thanks	~help for	-0.0298
thanks	~help i	-0.0279
thanks	~help me	0.0266
thanks	~help not	0.0995
thanks	~help peopl	-0.0297
thanks	~help thank	0.0691
thanks	~help the	0.0413
thanks	~help they	-0.0308
thanks	~help to	0.0478
thanks	~help with	-0.0518
thanks	~help you	-0.299
thanks	~help your	-0.0224
thanks	~hiring	0.0326
thanks	~hiring for	-0.0254
thanks	~hiring manag	0.0233
thanks	~hiring on	-0.0294
thanks	~hiring side	0.0463
thanks	~hiring the	0.1002
thanks	~insight	0.0332
thanks	~insight care	-0.0438
thanks	~insight for	-0.0309
thanks	~insight i	0.0576
thanks	~insight it	-0.0228
thanks	~insight more	0.0921
thanks	~insight not	0.0929
thanks	~insight now	0.0289
thanks	~insight of	0.0414
thanks	~insight on	0.0287
thanks	~insight today	-0.0206
thanks	~insight up	-0.0477
thanks	~job	-0.3398
thanks	~job at	-0.03
thanks	~job ever	0.1048
thanks	~job for	-0.0273
thanks	~job hunt	-0.0414
thanks	~job i	-0.1002
thanks	~job in	-0.0233
thanks	~job is	-0.0291
thanks	~job just	0.0362
thanks	~job or	-0.032
thanks	~job right	0.0323
thanks	~job stuff	0.0331
thanks	~job you	-0.0201
thanks	~later	0.1681
thanks	~later and	0.1103
thanks	~later for	0.0763
thanks	~later i	0.0492
thanks	~later if	-0.0233
thanks	~later today	-0.1352
thanks	~learn	-0.1811
thanks	~learn a	-0.0334
thanks	~learn about	0.0432
thanks	~learn approv	0.0363
thanks	~learn back	0.0646
thanks	~learn for	-0.0495
thanks	~learn from	0.0401
thanks	~learn how	0.0912
thanks	~learn it	0.0499
thanks	~learn load	0.0513
thanks	~learn me	-0.0329
thanks	~learn not	-0.0261
thanks	~learn of	0.0812
thanks	~learn on	-0.0286
thanks	~learn other	0.0894
thanks	~learn team	0.0753
thanks	~learn thank	0.021
thanks	~learn the	-0.0449
thanks	~learn up	0.0562
thanks	~learn whether	-0.0253
thanks	~learn which	-0.02
thanks	~learn you	-0.0606
thanks	~learn your	0.0798
thanks	~limit	0.2951
thanks	~limit a	0.052
thanks	~limit and	0.0796
thanks	~limit could	0.0519
thanks	~limit do	-0.0284
thanks	~limit dr	0.0368
thanks	~limit genuin	0.0217
thanks	~limit goe	-0.0275
thanks	~limit i	0.0591
thanks	~limit is	0.0238
thanks	~limit it	0.0726
thanks	~limit now	-0.0261
thanks	~limit on	0.0885
thanks	~limit out	0.0711
thanks	~limit over	0.0357
thanks	~limit so	-0.0856
thanks	~limit thank	0.0951
thanks	~limit that	-0.0209
thanks	~limit today	0.1136
thanks	~limit we	-0.0459
thanks	~limit you	0.0871
thanks	~number	-0.3569
thanks	~number advic	0.0738
thanks	~number alumni	-0.0245
thanks	~number an	0.0372
thanks	~number analyst	-0.0259
thanks	~number articl	0.0779
thanks	~number bachelor	0.0241
thanks	~number bbc	0.0201
thanks	~number best	-0.0407
thanks	~number big	-0.0225
thanks	~number bit	-0.0648
thanks	~number book	0.0458
thanks	~number brief	-0.0253
thanks	~number budget	0.0356
thanks	~number burnout	0.0283
thanks	~number busi	0.0384
thanks	~number career	-0.0518
thanks	~number case	-0.0223
thanks	~number chat	0.1029
thanks	~number client	-0.0267
thanks	~number clinic	-0.0216
thanks	~number clock	-0.0426
thanks	~number data	-0.0204
thanks	~number day	-0.053
thanks	~number differ	-0.0214
thanks	~number documentari	0.0602
thanks	~number door	-0.0351
thanks	~number downsid	0.0242
thanks	~number email	0.0879
thanks	~number end	-0.0378
thanks	~number extra	0.027
thanks	~number eye	-0.025
thanks	~number favor	0.0692
thanks	~number few	-0.0221
thanks	~number field	-0.0271
thanks	~number final	0.0258
thanks	~number first	-0.0254
thanks	~number follow	0.0364
thanks	~number freelanc	0.0326
thanks	~number friday	0.1011
thanks	~number generous	0.021
thanks	~number good	0.0581
thanks	~number graduat	-0.0231
thanks	~number great	0.065
thanks	~number hire	0.0318
thanks	~number hour	0.0446
thanks	~number how	0.0239
thanks	~number industri	-0.0257
thanks	~number internship	-0.0223
thanks	~number interview	-0.0273
thanks	~number introduct	-0.0255
thanks	~number jump	0.0292
thanks	~number last	-0.0251
thanks	~number launch	-0.0217
thanks	~number lectur	0.0662
thanks	~number level	0.0534
thanks	~number line	0.0763
thanks	~number lot	0.2498
thanks	~number massiv	0.1048
thanks	~number mba	0.0275
thanks	~number mechan	0.0312
thanks	~number meet	0.0249
thanks	~number million	0.1472
thanks	~number minut	-0.0434
thanks	~number moment	-0.0345
thanks	~number money	0.024
thanks	~number much	0.0643
thanks	~number museum	0.0405
thanks	~number new	-0.0379
thanks	~number next	0.024
thanks	~number nhs	0.0684
thanks	~number nice	-0.0213
thanks	~number normal	-0.0296
thanks	~number note	0.0625
thanks	~number nurs	-0.0218
thanks	~number of	-0.0407
thanks	~number offer	0.0231
thanks	~number other	0.032
thanks	~number pack	0.0631
thanks	~number paper	0.1037
thanks	~number past	-0.0237
thanks	~number pay	0.058
thanks	~number peopl	-0.0424
thanks	~number pitch	0.0236
thanks	~number placement	0.0492
thanks	~number podcast	-0.0218
thanks	~number polici	-0.0251
thanks	~number portfolio	-0.021
thanks	~number product	-0.0217
thanks	~number programm	0.0231
thanks	~number project	-0.0296
thanks	~number proper	-0.1038
thanks	~number quick	-0.0501
thanks	~number rain	0.0582
thanks	~number realli	0.024
thanks	~number recruit	0.0396
thanks	~number reject	0.0645
thanks	~number research	0.0615
thanks	~number right	-0.0227
thanks	~number salari	0.1204
thanks	~number same	-0.043
thanks	~number sec	-0.0544
thanks	~number seminar	-0.0202
thanks	~number short	-0.0351
thanks	~number shout	0.0557
thanks	~number spring	0.0371
thanks	~number student	-0.0277
thanks	~number summer	-0.0275
thanks	~number thank	-0.4397
thanks	~number thing	-0.0206
thanks	~number time	0.1926
thanks	~number tip	0.151
thanks	~number ton	0.1608
thanks	~number top	0.0249
thanks	~number trust	0.0242
thanks	~number typic	-0.0467
thanks	~number uni	0.0373
thanks	~number venu	0.0373
thanks	~number week	0.0405
thanks	~number worst	-0.0231
thanks	~number year	-0.052
thanks	~org	-0.0895
thanks	~org and	-0.0254
thanks	~org ever	0.0332
thanks	~org for	-0.0504
thanks	~org how	0.0473
thanks	~org is	0.024
thanks	~org or	0.0464
thanks	~org thank	0.0618
thanks	~org to	0.0362
thanks	~org want	0.0404
thanks	~org you	-0.0222
thanks	~people	-0.2675
thanks	~people appli	0.0453
thanks	~people break	0.0282
thanks	~people do	0.0711
thanks	~people els	0.0752
thanks	~people how	0.0239
thanks	~people i	-0.0266
thanks	~people is	-0.0269
thanks	~people like	-0.0234
thanks	~people might	-0.024
thanks	~people of	-0.0262
thanks	~people on	-0.0473
thanks	~people run	0.021
thanks	~people spent	0.0276
thanks	~people who	-0.0319
thanks	~people would	0.0322
thanks	~people you	-0.0272
thanks	~sendverb	-0.317
thanks	~sendverb a	-0.1793
thanks	~sendverb after	-0.0501
thanks	~sendverb and	-0.0403
thanks	~sendverb but	0.0406
thanks	~sendverb in	0.0325
thanks	~sendverb it	-0.0277
thanks	~sendverb later	-0.0711
thanks	~sendverb me	-0.0234
thanks	~sendverb my	0.0515
thanks	~sendverb on	-0.024
thanks	~sendverb over	0.0251
thanks	~sendverb thank	-0.0544
thanks	~sendverb the	0.0362
thanks	~sendverb them	0.0336
thanks	~sendverb tomorrow	0.034
thanks	~sendverb tonight	-0.1335
thanks	~sendverb with	0.072
thanks	~student	-0.2984
thanks	~student and	-0.0244
thanks	~student associ	-0.0214
thanks	~student compani	0.0473
thanks	~student for	-0.0845
thanks	~student friend	0.0968
thanks	~student i	-0.0521
thanks	~student is	0.0335
thanks	~student open	0.0388
thanks	~student role	-0.0271
thanks	~studyverb	-0.1505
thanks	~studyverb a	-0.0439
thanks	~studyverb histori	0.0551
thanks	~studyverb in	-0.0243
thanks	~studyverb into	-0.0271
thanks	~studyverb market	0.026
thanks	~studyverb my	-0.035
thanks	~studyverb not	-0.0293
thanks	~studyverb on	-0.0293
thanks	~studyverb the	0.1667
thanks	~studyverb this	0.071
thanks	~studyverb time	0.0305
thanks	~studyverb you	-0.1109
thanks	~studyverb your	-0.0454
thanks	~talk	0.0939
thanks	~talk a	-0.0205
thanks	~talk about	0.0659
thanks	~talk after	-0.0422
thanks	~talk and	-0.0282
thanks	~talk at	0.0564
thanks	~talk but	0.0231
thanks	~talk for	-0.0495
thanks	~talk from	0.0477
thanks	~talk i	0.0284
thanks	~talk if	0.0438
thanks	~talk is	-0.0418
thanks	~talk it	-0.021
thanks	~talk later	-0.0652
thanks	~talk let	0.0445
thanks	~talk on	0.0517
thanks	~talk onc	0.0225
thanks	~talk out	-0.0314
thanks	~talk the	-0.0234
thanks	~talk tomorrow	0.0332
thanks	~talk tonight	-0.1335
thanks	~talk with	0.0497
thanks	~talk you	0.0359
thanks	~timeunit	-0.0528
thanks	~timeunit on	0.0268
thanks	~timeunit out	0.0439
thanks	~timeunit over	0.0357
thanks	~timeunit so	-0.0569
thanks	~timeunit we	-0.023
thanks	~want	0.3765
thanks	~want a	0.0222
thanks	~want about	-0.0369
thanks	~want all	0.0898
thanks	~want appreci	0.5459
thanks	~want be	-0.0818
thanks	~want better	0.0326
thanks	~want complaint	-0.0294
thanks	~want curious	-0.0296
thanks	~want do	-0.0454
thanks	~want for	-0.039
thanks	~want generous	0.0351
thanks	~want grate	0.2263
thanks	~want help	0.0981
thanks	~want honest	0.0398
thanks	~want in	-0.0234
thanks	~want interest	-0.0359
thanks	~want interview	-0.0541
thanks	~want it	0.4021
thanks	~want just	-0.0492
thanks	~want kind	0.0266
thanks	~want need	-0.0227
thanks	~want point	0.0397
thanks	~want realli	-0.1651
thanks	~want recommend	-0.0406
thanks	~want say	0.0377
thanks	~want so	-0.0203
thanks	~want some	0.0269
thanks	~want take	-0.0207
thanks	~want thank	0.1098
thanks	~want to	-0.1604
thanks	~want use	0.0771
thanks	~want valu	-0.0223
thanks	~want whi	-0.0255
thanks	~want you	0.6076
thanks	~want your	0.1944
thanks	~workverb	-0.0815
thanks	~workverb about	0.0218
thanks	~workverb at	-0.0298
thanks	~workverb brilliant	0.0908
thanks	~workverb do	-0.0329
thanks	~workverb i	-0.022
thanks	~workverb in	0.0252
thanks	~workverb incred	0.0386
thanks	~workverb on	-0.039
thanks	~workverb over	-0.0303
thanks	~workverb so	0.0789
thanks	~workverb ten	0.0221
thanks	~workverb thank	0.0345
thanks	~workverb this	0.0206
thanks	~workverb to	0.0956
give_back	*	-2.9736
give_back	10s	0.0574
give_back	2	-0.0782
give_back	3	-0.0535
give_back	30	-0.0392
give_back	5	-0.0398
give_back	6	-0.0283
give_back	?	-0.6396
give_back	^a	0.0454
give_back	^ah	-0.0238
give_back	^alright	-0.0274
give_back	^and	0.1682
give_back	^anyth	0.0636
give_back	^anyway	0.0333
give_back	^apolog	-0.0312
give_back	^are	-0.1605
give_back	^bye	-0.0241
give_back	^can	-0.0702
give_back	^cool	-0.0205
give_back	^could	-0.1789
give_back	^count	0.0835
give_back	^did	-0.0609
give_back	^do	-0.1763
give_back	^doe	-0.1052
give_back	^enjoy	-0.0306
give_back	^feel	0.1925
give_back	^given	0.0864
give_back	^go	-0.0271
give_back	^good	-0.0463
give_back	^got	-0.0329
give_back	^great	-0.0301
give_back	^ha	-0.0319
give_back	^happi	0.3241
give_back	^have	-0.033
give_back	^he	0.1147
give_back	^hello	-0.0244
give_back	^hey	-0.0515
give_back	^hi	-0.0899
give_back	^honest	-0.0637
give_back	^i	-0.1618
give_back	^if	0.0225
give_back	^in	0.0447
give_back	^is	0.0851
give_back	^it	0.1604
give_back	^just	-0.0986
give_back	^keep	-0.0304
give_back	^let	0.2314
give_back	^look	-0.0234
give_back	^mani	-0.038
give_back	^mayb	0.0966
give_back	^might	0.0698
give_back	^mind	-0.0727
give_back	^my	-0.0453
give_back	^no	-0.0783
give_back	^not	-0.0201
give_back	^oh	0.0718
give_back	^ok	-0.167
give_back	^onc	-0.0437
give_back	^one	-0.0323
give_back	^onli	-0.0404
give_back	^perhap	0.1252
give_back	^pleas	-0.0661
give_back	^put	0.1056
give_back	^quick	-0.0574
give_back	^realli	-0.033
give_back	^right	-0.0796
give_back	^serious	0.0246
give_back	^shall	0.1195
give_back	^she	0.1232
give_back	^should	0.3121
give_back	^sinc	0.0996
give_back	^so	-0.1125
give_back	^sorri	-0.2407
give_back	^sound	0.037
give_back	^take	-0.0312
give_back	^thank	-0.1262
give_back	^that	-0.164
give_back	^the	-0.0529
give_back	^they	0.1111
give_back	^time	0.1479
give_back	^total	-0.0532
give_back	^wait	-0.0216
give_back	^walk	-0.0288
give_back	^we	-0.0346
give_back	^well	-0.0233
give_back	^were	0.1241
give_back	^what	-0.2296
give_back	^when	-0.0831
give_back	^whenev	0.2445
give_back	^where	-0.0644
give_back	^which	0.0502
give_back	^who	-0.0812
give_back	^would	0.3001
give_back	^yeah	-0.0262
give_back	^you	0.1991
give_back	^your	-0.0277
give_back	a	-0.0219
give_back	a beta	0.0789
give_back	a big	0.0338
give_back	a bit	-0.0645
give_back	a bootcamp	-0.0214
give_back	a chanc	0.1071
give_back	a chariti	0.0398
give_back	a chat	-0.0216
give_back	a code	0.0592
give_back	a coffe	0.0807
give_back	a connect	-0.0264
give_back	a contact	0.0725
give_back	a contract	-0.0232
give_back	a contractor	-0.0313
give_back	a copi	0.0717
give_back	a day	-0.0424
give_back	a decent	0.0502
give_back	a demo	0.1086
give_back	a differ	-0.0233
give_back	a fair	0.0203
give_back	a fit	-0.0203
give_back	a follow	-0.0223
give_back	a free	0.0305
give_back	a freelanc	-0.0561
give_back	a fresh	0.0914
give_back	a friday	-0.0211
give_back	a game	0.0788
give_back	a gen	0.0294
give_back	a gig	0.0418
give_back	a good	-0.0498
give_back	a great	0.0588
give_back	a hand	0.2946
give_back	a job	-0.0771
give_back	a junior	-0.0914
give_back	a line	-0.0303
give_back	a link	-0.0224
give_back	a local	-0.0223
give_back	a logist	0.0286
give_back	a look	0.0794
give_back	a lot	-0.0391
give_back	a master	-0.0458
give_back	a million	0.0279
give_back	a month	-0.0242
give_back	a name	-0.0278
give_back	a normal	-0.0231
give_back	a note	0.0962
give_back	a part	-0.0555
give_back	a placement	-0.0286
give_back	a podcast	0.0665
give_back	a posit	-0.026
give_back	a print	0.0228
give_back	a project	-0.0599
give_back	a proper	-0.0251
give_back	a quick	-0.0671
give_back	a recruit	0.0254
give_back	a referr	-0.0521
give_back	a regular	-0.0368
give_back	a research	-0.0365
give_back	a role	-0.0249
give_back	a runner	-0.0267
give_back	a saturday	-0.0287
give_back	a sec	-0.0382
give_back	a second	0.0774
give_back	a shoot	-0.0266
give_back	a short	-0.0356
give_back	a shout	0.0599
give_back	a smaller	-0.0201
give_back	a sous	0.0248
give_back	a spanish	0.0516
give_back	a spare	0.2502
give_back	a spot	-0.026
give_back	a stagehand	-0.0247
give_back	a stat	0.0265
give_back	a student	0.0581
give_back	a summari	0.0722
give_back	a thank	-0.0642
give_back	a translat	0.0494
give_back	a trial	-0.0513
give_back	a typic	-0.0528
give_back	a volunt	0.1233
give_back	a word	-0.031
give_back	a ~clock	-0.0221
give_back	a ~closing	-0.0531
give_back	a ~contactverb	0.0746
give_back	a ~degree	-0.1183
give_back	a ~duration	-0.0208
give_back	a ~gatekeeper	0.0205
give_back	a ~job	-0.1524
give_back	a ~learn	-0.0355
give_back	a ~limit	-0.0503
give_back	a ~number	-0.0398
give_back	a ~org	-0.0691
give_back	a ~people	0.0531
give_back	a ~sendverb	-0.0347
give_back	a ~student	-0.0458
give_back	a ~studyverb	0.0245
give_back	a ~talk	0.0479
give_back	a ~workverb	-0.0216
give_back	abl	-0.0426
give_back	abl to	-0.0426
give_back	about do	0.0568
give_back	about hospit	0.027
give_back	about how	-0.0336
give_back	about it	-0.0482
give_back	about me	-0.034
give_back	about that	-0.0275
give_back	about the	0.0337
give_back	about this	-0.0276
give_back	about what	0.0337
give_back	about your	0.0319
give_back	about ~clock	-0.0305
give_back	about ~degree	0.0843
give_back	about ~org	0.0247
give_back	about ~studyverb	0.0471
give_back	abstract	0.027
give_back	accept	-0.0387
give_back	acces	0.052
give_back	acces audit	0.0616
give_back	access	0.1565
give_back	access audit	-0.0243
give_back	access to	0.0597
give_back	account	-0.0215
give_back	account ~want	0.0335
give_back	across	0.117
give_back	across a	0.0666
give_back	across ~number	0.051
give_back	activ	0.0642
give_back	actual	-0.029
give_back	actual do	-0.0277
give_back	actual look	-0.0334
give_back	actual ~help	-0.0442
give_back	actual ~want	0.1071
give_back	add	-0.0211
give_back	admin	-0.0299
give_back	advic	-0.1429
give_back	advic on	-0.0434
give_back	after	-0.3894
give_back	after a	-0.049
give_back	after i	-0.061
give_back	after my	-0.0646
give_back	after the	-0.0469
give_back	after this	-0.0525
give_back	after ~clock	-0.0221
give_back	after ~number	-0.1093
give_back	afternoon	-0.11
give_back	afterward	0.0513
give_back	again	-0.0638
give_back	again and	0.0281
give_back	again for	-0.0285
give_back	agenc	-0.0808
give_back	agre	-0.0471
give_back	agre to	-0.026
give_back	ah	-0.0238
give_back	all	0.069
give_back	all i	0.0252
give_back	all my	-0.0341
give_back	all of	0.0622
give_back	all this	0.1155
give_back	along	0.3301
give_back	along and	0.021
give_back	along the	0.0429
give_back	along to	0.0771
give_back	along ~number	0.0429
give_back	alreadi	-0.0411
give_back	alright	-0.1871
give_back	alright i	-0.0311
give_back	alright if	-0.0589
give_back	alright to	-0.0249
give_back	also	-0.0758
give_back	also if	-0.0393
give_back	alumni	0.2693
give_back	alumni network	0.0626
give_back	alumni ~talk	0.0626
give_back	alway	0.0471
give_back	alway look	0.0648
give_back	alway ~want	0.0629
give_back	am	0.0569
give_back	am a	-0.1439
give_back	am alway	0.0494
give_back	am an	0.0226
give_back	am around	0.0891
give_back	am avail	0.0602
give_back	am back	-0.0462
give_back	am between	-0.0248
give_back	am cheap	-0.0367
give_back	am conscious	-0.0213
give_back	am curious	-0.0255
give_back	am decent	0.0986
give_back	am glad	0.0225
give_back	am go	0.116
give_back	am grate	-0.0325
give_back	am happi	0.2147
give_back	am hope	-0.0619
give_back	am in	0.0637
give_back	am most	-0.0288
give_back	am not	-0.1486
give_back	am on	0.0838
give_back	am pretti	0.1392
give_back	am realli	-0.0235
give_back	am see	0.0223
give_back	am so	-0.0245
give_back	am there	0.0366
give_back	am tri	-0.0225
give_back	am veri	-0.0474
give_back	am ~number	-0.1354
give_back	am ~studyverb	-0.0422
give_back	am ~want	-0.2297
give_back	amaz	-0.0525
give_back	an	0.0272
give_back	an architect	0.1184
give_back	an email	-0.0321
give_back	an engin	0.0553
give_back	an event	0.0279
give_back	an extra	0.1146
give_back	an eye	0.0331
give_back	an intern	-0.0314
give_back	an internship	-0.0447
give_back	an interview	-0.0274
give_back	an intro	0.1161
give_back	an open	-0.0375
give_back	an ~contactverb	-0.0321
give_back	an ~degree	-0.031
give_back	an ~job	-0.1044
give_back	an ~sendverb	-0.0321
give_back	an ~student	0.0309
give_back	an ~talk	-0.0595
give_back	analyst	-0.1268
give_back	analyst ~job	-0.0335
give_back	and	0.0279
give_back	and a	-0.0251
give_back	and august	-0.028
give_back	and can	-0.0246
give_back	and could	0.0759
give_back	and do	-0.0216
give_back	and email	0.0606
give_back	and for	-0.0206
give_back	and good	-0.024
give_back	and help	-0.0421
give_back	and i	-0.1763
give_back	and if	0.4328
give_back	and is	0.0478
give_back	and it	-0.0293
give_back	and mayb	-0.022
give_back	and my	-0.0369
give_back	and now	-0.034
give_back	and pleas	0.0484
give_back	and send	-0.0294
give_back	and serious	0.0425
give_back	and speak	0.115
give_back	and talk	0.0244
give_back	and tell	0.1464
give_back	and the	-0.039
give_back	and then	-0.0402
give_back	and they	-0.0247
give_back	and truli	0.0311
give_back	and um	-0.0256
give_back	and want	-0.0225
give_back	and would	-0.0322
give_back	and yeah	0.0699
give_back	and ~contactverb	0.0613
give_back	and ~help	-0.0613
give_back	and ~number	-0.0676
give_back	and ~sendverb	0.1327
give_back	and ~talk	0.1692
give_back	and ~want	-0.0701
give_back	ani	0.337
give_back	ani book	-0.0229
give_back	ani chanc	-0.1604
give_back	ani contract	0.0685
give_back	ani good	0.038
give_back	ani help	0.0547
give_back	ani more	-0.0279
give_back	ani open	-0.0431
give_back	ani question	0.0236
give_back	ani research	0.0699
give_back	ani temporari	-0.02
give_back	ani time	0.1471
give_back	ani use	0.2144
give_back	ani way	0.1958
give_back	ani ~help	0.0547
give_back	ani ~insight	-0.0292
give_back	ani ~job	-0.0935
give_back	ani ~learn	0.0699
give_back	ani ~limit	0.1461
give_back	ani ~people	-0.0279
give_back	annoy	0.0232
give_back	anoth	-0.0347
give_back	answer	-0.0534
give_back	anybodi on	0.022
give_back	anyon	-0.2451
give_back	anyon at	-0.0385
give_back	anyon els	-0.0719
give_back	anyon help	-0.0202
give_back	anyon in	-0.0381
give_back	anyon who	-0.0212
give_back	anyon ~help	-0.026
give_back	anyon ~people	-0.0212
give_back	anyth	0.7488
give_back	anyth at	0.064
give_back	anyth els	-0.0359
give_back	anyth for	0.0556
give_back	anyth i	0.6149
give_back	anyth on	0.1797
give_back	anyth open	-0.1077
give_back	anyth you	0.0556
give_back	anytim	0.1328
give_back	anyway	0.1861
give_back	anyway i	0.0486
give_back	anyway ~want	0.0306
give_back	apolog	-0.0387
give_back	app	0.2737
give_back	app and	0.0876
give_back	app for	0.0341
give_back	app i	0.0336
give_back	appli	-0.2748
give_back	appli for	-0.0691
give_back	appli to	-0.1016
give_back	applic for	-0.02
give_back	appreci	-0.0496
give_back	appreci all	0.1228
give_back	appreci it	-0.0723
give_back	appreci you	-0.0622
give_back	apprentic	0.111
give_back	apprentic about	0.1413
give_back	apprenticeship	0.0581
give_back	apprenticeship scheme	0.0327
give_back	arab	0.1214
give_back	arab speaker	0.0312
give_back	architect	0.1038
give_back	are at	-0.0235
give_back	are busi	-0.035
give_back	are curious	0.0904
give_back	are ever	0.1222
give_back	are in	-0.0228
give_back	are look	0.0504
give_back	are open	-0.0288
give_back	are recruit	0.0374
give_back	are say	0.0272
give_back	are the	-0.0281
give_back	are there	-0.1191
give_back	are work	0.0271
give_back	are you	-0.0693
give_back	are ~hiring	0.0236
give_back	are ~number	-0.0376
give_back	are ~want	0.1791
give_back	are ~workverb	0.1192
give_back	around	0.0398
give_back	around all	-0.028
give_back	articl	0.1642
give_back	articl about	-0.0288
give_back	articl i	-0.0623
give_back	articl on	0.1832
give_back	articl or	0.0676
give_back	as	-0.2303
give_back	as a	-0.0349
give_back	as an	-0.0412
give_back	as i	-0.0248
give_back	as it	-0.0218
give_back	as ~number	-0.0782
give_back	ask	0.0404
give_back	ask about	0.0562
give_back	ask for	-0.087
give_back	ask me	0.1184
give_back	ask my	0.0299
give_back	ask what	-0.0281
give_back	ask you	-0.0371
give_back	assist	-0.1392
give_back	assist i	-0.0291
give_back	associ	-0.0907
give_back	at	0.0784
give_back	at a	-0.1359
give_back	at all	0.1837
give_back	at an	0.0272
give_back	at deloitt	0.033
give_back	at event	0.0279
give_back	at excel	0.0379
give_back	at home	-0.0281
give_back	at lumen	0.0241
give_back	at my	0.0714
give_back	at the	-0.0746
give_back	at uni	0.0221
give_back	at video	0.0461
give_back	at your	-0.0527
give_back	at ~clock	-0.0561
give_back	at ~gatekeeper	0.0233
give_back	at ~number	-0.2004
give_back	attach	0.0416
give_back	august	-0.0454
give_back	august if	-0.0237
give_back	autumn	-0.0451
give_back	avail	0.0403
give_back	away	-0.056
give_back	back	-0.0457
give_back	back a	0.0306
give_back	back after	-0.0229
give_back	back and	0.0375
give_back	back from	-0.0406
give_back	back i	0.0641
give_back	back in	-0.0413
give_back	back to	-0.0632
give_back	back ~number	0.0302
give_back	back ~want	-0.0236
give_back	background	-0.1219
give_back	background i	-0.0222
give_back	bad	0.0542
give_back	balanc	0.047
give_back	balanc the	0.0558
give_back	balanc ~number	0.0558
give_back	bar	-0.0224
give_back	basi	-0.0243
give_back	basic	-0.0661
give_back	bass	0.0431
give_back	be	-0.036
give_back	be a	-0.062
give_back	be abl	-0.042
give_back	be alright	-0.0546
give_back	be amaz	-0.0328
give_back	be ani	0.0584
give_back	be clear	-0.0298
give_back	be comfort	-0.0389
give_back	be consid	-0.075
give_back	be glad	0.4406
give_back	be good	-0.0309
give_back	be grate	-0.0558
give_back	be great	-0.0478
give_back	be handi	0.0525
give_back	be happi	0.055
give_back	be help	0.2416
give_back	be in	-0.0385
give_back	be of	0.0297
give_back	be ok	-0.115
give_back	be on	-0.0322
give_back	be open	-0.0841
give_back	be realli	-0.0945
give_back	be so	-0.0565
give_back	be talk	0.0245
give_back	be the	-0.0244
give_back	be there	-0.0292
give_back	be use	0.4015
give_back	be veri	-0.0369
give_back	be weird	-0.0402
give_back	be will	-0.0887
give_back	be worth	-0.0241
give_back	be your	-0.0249
give_back	be ~help	0.4015
give_back	be ~number	-0.0994
give_back	be ~talk	0.0217
give_back	be ~want	0.0352
give_back	beach	0.1124
give_back	beach clean	0.1124
give_back	becaus	-0.0461
give_back	becaus i	-0.0278
give_back	becom	-0.0262
give_back	been	0.0717
give_back	been look	0.1511
give_back	been so	0.0227
give_back	been ~number	-0.0265
give_back	been ~want	0.1773
give_back	befor	-0.0598
give_back	befor i	-0.0579
give_back	befor it	0.0288
give_back	befor this	0.0867
give_back	befor you	-0.0321
give_back	befor ~number	-0.026
give_back	benefit	0.0551
give_back	benefit from	0.0563
give_back	berlin	-0.0243
give_back	best	-0.0844
give_back	best way	-0.0303
give_back	beta	0.2221
give_back	beta test	0.103
give_back	beta tester	0.1248
give_back	better	-0.0306
give_back	between	-0.167
give_back	between contract	-0.0266
give_back	between meet	-0.0283
give_back	between ~number	-0.0302
give_back	beyond	-0.024
give_back	big	0.0354
give_back	bird	0.0757
give_back	bit	-0.108
give_back	bit about	-0.035
give_back	board	0.1234
give_back	book	0.0591
give_back	book app	0.0286
give_back	book or	-0.0274
give_back	book you	-0.0209
give_back	bootcamp	0.0988
give_back	bootcamp is	-0.0204
give_back	both	-0.025
give_back	bottom	-0.0275
give_back	brain	-0.0313
give_back	brazil	0.0234
give_back	break	-0.0664
give_back	brief	-0.0394
give_back	bring	0.0607
give_back	broadband	0.2071
give_back	brochur	0.0258
give_back	brutal	-0.0266
give_back	bug	0.0224
give_back	bug you	0.0242
give_back	bus	-0.0286
give_back	busi	-0.1012
give_back	but	-0.1168
give_back	but befor	0.0259
give_back	but i	-0.0381
give_back	but if	0.0406
give_back	buy	0.0953
give_back	by	-0.043
give_back	by ani	-0.0219
give_back	by email	-0.0589
give_back	by share	0.0549
give_back	by ~contactverb	-0.0589
give_back	by ~sendverb	-0.0611
give_back	by ~talk	-0.0589
give_back	bye	-0.0547
give_back	call	-0.0433
give_back	call i	-0.0233
give_back	call it	-0.0234
give_back	call me	0.0757
give_back	call on	0.0786
give_back	came	0.0469
give_back	came across	0.0683
give_back	came from	-0.024
give_back	came in	0.0225
give_back	campaign	-0.0298
give_back	can	0.9937
give_back	can be	0.1052
give_back	can do	0.287
give_back	can ever	0.1267
give_back	can give	-0.0253
give_back	can help	0.1957
give_back	can i	0.5172
give_back	can keep	-0.0202
give_back	can repay	0.0304
give_back	can see	-0.07
give_back	can share	0.0235
give_back	can start	-0.0331
give_back	can stop	-0.026
give_back	can you	-0.1669
give_back	can ~help	0.5127
give_back	can ~learn	-0.0585
give_back	candid	-0.0699
give_back	card	-0.0488
give_back	career	0.0802
give_back	career fair	0.1193
give_back	career in	-0.0213
give_back	career page	-0.0217
give_back	career ~closing	0.0582
give_back	career ~later	0.0225
give_back	career ~student	0.0349
give_back	carri	-0.0537
give_back	carri kit	-0.0284
give_back	case they	0.0529
give_back	catch	-0.0223
give_back	cert	-0.0437
give_back	certif	-0.0731
give_back	chain	-0.0208
give_back	chair	0.0215
give_back	chanc	-0.124
give_back	chanc i	-0.0452
give_back	chanc of	-0.031
give_back	chanc to	0.0356
give_back	chanc you	-0.0827
give_back	chanc your	-0.0201
give_back	chang	-0.0563
give_back	chariti	0.1732
give_back	chariti run	0.1112
give_back	chariti ~workverb	0.1112
give_back	chat	-0.0611
give_back	chat with	-0.0345
give_back	cheap	-0.0367
give_back	cheap and	-0.0336
give_back	check	0.0658
give_back	check a	0.0606
give_back	check back	-0.0223
give_back	check in	0.0318
give_back	check ~number	0.079
give_back	cheer	-0.0402
give_back	chef at	0.0224
give_back	chemistri	-0.0241
give_back	choos	-0.038
give_back	citi	-0.0234
give_back	class	0.0794
give_back	classmat	0.0348
give_back	clean	0.1846
give_back	clean survey	0.0544
give_back	clean up	0.1436
give_back	clear	-0.0567
give_back	clear i	-0.0211
give_back	client	-0.0825
give_back	climb	0.0245
give_back	clinic	-0.021
give_back	clinic ever	0.0321
give_back	clip	0.0253
give_back	clock	-0.0377
give_back	close	-0.0442
give_back	club	0.0601
give_back	club i	0.0258
give_back	co	0.0886
give_back	co op	0.0886
give_back	coastal	0.059
give_back	coastal eros	0.059
give_back	code	0.098
give_back	code club	0.0258
give_back	coffe	0.0614
give_back	coffe shop	0.0898
give_back	cohort	0.0706
give_back	cold	-0.0244
give_back	colleagu	-0.1053
give_back	colleagu in	-0.0227
give_back	come	0.0659
give_back	come across	0.0708
give_back	come and	0.051
give_back	come back	-0.022
give_back	come from	-0.031
give_back	come to	-0.0425
give_back	comfort	-0.0709
give_back	comfort introduc	-0.0242
give_back	committe	0.0746
give_back	common	-0.027
give_back	communiti	0.0701
give_back	communiti health	0.0437
give_back	compani	-0.2044
give_back	complain	-0.0203
give_back	complet	-0.0328
give_back	confer	0.2659
give_back	confer next	0.1704
give_back	connect	-0.0493
give_back	connect me	-0.0334
give_back	connect on	-0.0272
give_back	connect request	-0.0263
give_back	connect with	-0.0313
give_back	connect you	0.1068
give_back	conscious	-0.0277
give_back	conserv	-0.0397
give_back	consid	-0.1436
give_back	consid for	-0.0309
give_back	consid me	-0.0341
give_back	consult	-0.0404
give_back	contact	0.1156
give_back	contact at	0.0948
give_back	contact for	0.0395
give_back	context	-0.0263
give_back	contract	-0.0253
give_back	contract work	0.0632
give_back	contract ~job	-0.0216
give_back	contract ~learn	0.0642
give_back	contract ~workverb	0.0642
give_back	contractor	-0.0391
give_back	contractor for	-0.0254
give_back	contributor	0.0368
give_back	convers	0.0461
give_back	cook	0.0217
give_back	cool	-0.0509
give_back	coordin	-0.0246
give_back	copi	0.0687
give_back	copi of	0.0752
give_back	copywrit	-0.024
give_back	could	0.4474
give_back	could appli	-0.0405
give_back	could ask	0.0248
give_back	could connect	0.0279
give_back	could contact	0.0287
give_back	could do	0.1836
give_back	could get	-0.0476
give_back	could have	0.0564
give_back	could help	0.0942
give_back	could i	0.3652
give_back	could pass	-0.0295
give_back	could proofread	0.0604
give_back	could put	0.0724
give_back	could reach	-0.0255
give_back	could send	0.0662
give_back	could share	0.0646
give_back	could take	0.0252
give_back	could talk	-0.0502
give_back	could tell	-0.022
give_back	could tri	-0.0476
give_back	could you	-0.3821
give_back	could ~help	0.3047
give_back	could ~insight	0.0252
give_back	could ~learn	-0.0301
give_back	could ~people	0.0284
give_back	could ~sendverb	0.0832
give_back	could ~talk	-0.0359
give_back	could ~want	-0.0476
give_back	count	0.3279
give_back	count me	0.2519
give_back	coupl	-0.0267
give_back	coupl of	0.0206
give_back	cours	0.0923
give_back	cours i	0.1027
give_back	cours is	0.0238
give_back	cousin	0.1523
give_back	cousin is	0.0251
give_back	cousin run	0.1418
give_back	cover	-0.1525
give_back	cover everyth	-0.0221
give_back	cover it	-0.0204
give_back	cover recept	-0.0266
give_back	creativ	-0.0204
give_back	credit	-0.0267
give_back	crew	-0.0495
give_back	curious	0.075
give_back	curious about	0.0271
give_back	curious what	0.084
give_back	current	-0.0356
give_back	cut	-0.0792
give_back	cut me	-0.0259
give_back	cycl	-0.0257
give_back	dad run	0.0228
give_back	dank	-0.0263
give_back	dash	-0.0225
give_back	data engin	-0.0282
give_back	data from	0.0212
give_back	data scientist	-0.0221
give_back	data team	-0.023
give_back	data ~org	-0.0294
give_back	data ~student	-0.0423
give_back	dataset	0.1319
give_back	dataset i	0.082
give_back	dataset you	0.026
give_back	daughter	-0.0248
give_back	day	0.1089
give_back	day a	-0.0506
give_back	day i	0.1039
give_back	day or	0.0655
give_back	day to	-0.0305
give_back	day ~number	-0.0535
give_back	deadlin	-0.028
give_back	decent	0.1543
give_back	decent at	0.0903
give_back	decid	-0.1098
give_back	decid between	-0.0236
give_back	def	-0.0292
give_back	defens	0.0582
give_back	definit	-0.0412
give_back	degre	-0.1026
give_back	deliveri	-0.0228
give_back	deloitt	0.0409
give_back	deloitt who	0.042
give_back	deloitt ~people	0.051
give_back	demo	0.1043
give_back	depart	-0.0262
give_back	describ	-0.0256
give_back	design	0.0391
give_back	design for	0.0653
give_back	design ~org	-0.0267
give_back	desk	0.0432
give_back	detail	0.1058
give_back	detail of	0.0838
give_back	dev	-0.0449
give_back	develop	-0.0214
give_back	did	-0.197
give_back	did anyon	-0.0285
give_back	did not	-0.0304
give_back	did you	-0.1154
give_back	did your	-0.0363
give_back	did ~number	-0.0345
give_back	did ~people	-0.036
give_back	die	-0.0268
give_back	differ	-0.0974
give_back	differ if	-0.0354
give_back	direct	-0.0454
give_back	director	-0.0404
give_back	discord	0.032
give_back	dissert	0.0661
give_back	dissert on	0.092
give_back	do	-0.4852
give_back	do a	-0.1234
give_back	do an	0.0408
give_back	do anyth	0.0228
give_back	do differ	-0.0405
give_back	do for	0.5329
give_back	do i	-0.0293
give_back	do is	0.0327
give_back	do it	0.0406
give_back	do litter	-0.0223
give_back	do more	0.02
give_back	do most	-0.0251
give_back	do not	-0.1203
give_back	do peopl	-0.0574
give_back	do someth	0.0349
give_back	do the	-0.0488
give_back	do they	-0.0278
give_back	do this	-0.0343
give_back	do to	0.2013
give_back	do you	-0.543
give_back	do your	-0.0304
give_back	do ~gatekeeper	-0.0254
give_back	do ~number	-0.1334
give_back	do ~people	-0.061
give_back	doc	0.1027
give_back	documentari	0.0297
give_back	doe	-0.3447
give_back	doe a	-0.0486
give_back	doe it	-0.0223
give_back	doe the	-0.0598
give_back	doe your	-0.1345
give_back	doe ~number	-0.1088
give_back	done	-0.1373
give_back	done ~number	-0.0289
give_back	door	-0.0655
give_back	down	0.1054
give_back	down for	0.1072
give_back	down ~number	-0.024
give_back	dr	0.0293
give_back	dr osei	0.0676
give_back	draft you	0.0423
give_back	drive	0.0565
give_back	drop	-0.1081
give_back	drop off	-0.0242
give_back	drop you	-0.0565
give_back	dure	-0.0637
give_back	dure ~number	-0.0248
give_back	each	-0.0276
give_back	earli	-0.0417
give_back	earlier	-0.0364
give_back	easi	-0.0235
give_back	eat	-0.0427
give_back	eat into	-0.0338
give_back	edit	0.0744
give_back	edit is	0.0482
give_back	editor	0.0827
give_back	editor i	0.0928
give_back	els	-0.1714
give_back	els come	-0.0205
give_back	els i	-0.0234
give_back	els in	-0.0222
give_back	els you	-0.0271
give_back	email	-0.1887
give_back	email it	0.1367
give_back	email tonight	-0.042
give_back	email with	-0.0441
give_back	email you	-0.0427
give_back	end	-0.109
give_back	end of	-0.0305
give_back	end to	0.0218
give_back	end up	-0.0645
give_back	engin	-0.0722
give_back	engin ~degree	0.0547
give_back	engin ~job	0.0422
give_back	enjoy	0.1562
give_back	enjoy it	0.1626
give_back	enjoy the	-0.0521
give_back	enjoy ~number	-0.0533
give_back	enough	-0.0546
give_back	entri	-0.024
give_back	entri level	-0.024
give_back	episod	0.0264
give_back	episod i	-0.0271
give_back	eros	0.059
give_back	error	0.0308
give_back	estat	0.0546
give_back	even	0.0342
give_back	even as	-0.0212
give_back	even if	-0.0204
give_back	even someth	0.039
give_back	even unpaid	-0.0483
give_back	evening	0.0397
give_back	evening i	0.0266
give_back	event	0.166
give_back	event i	0.0301
give_back	event in	0.0592
give_back	event ~want	0.027
give_back	eventu	-0.0358
give_back	ever	0.8206
give_back	ever a	-0.0252
give_back	ever an	-0.0217
give_back	ever anyth	0.0481
give_back	ever get	-0.0297
give_back	ever handi	0.0606
give_back	ever help	0.0349
give_back	ever look	0.0837
give_back	ever need	0.3447
give_back	ever return	0.071
give_back	ever short	0.1373
give_back	ever take	-0.0541
give_back	ever use	0.0406
give_back	ever want	0.286
give_back	ever ~help	0.1284
give_back	ever ~insight	-0.0511
give_back	ever ~learn	-0.0487
give_back	ever ~number	-0.0546
give_back	ever ~want	0.3136
give_back	everi	-0.0919
give_back	everi week	-0.0269
give_back	everi ~closing	-0.0715
give_back	everyon	-0.0219
give_back	everyth	-0.0931
give_back	everyth i	-0.0307
give_back	everyth on	-0.0268
give_back	ex	-0.0248
give_back	exact	0.1061
give_back	exact the	0.0301
give_back	exact what	0.0598
give_back	exact ~number	0.0301
give_back	exam	-0.0805
give_back	excel	0.1486
give_back	excel and	0.0387
give_back	excel macro	0.0903
give_back	exchang	0.1089
give_back	exercis	-0.0257
give_back	exhibit	-0.0264
give_back	expect	-0.0315
give_back	experi	-0.1592
give_back	experi in	-0.0343
give_back	explain	-0.0356
give_back	extra	0.2705
give_back	extra hand	0.174
give_back	extra pair	0.1011
give_back	extrem	0.0215
give_back	eye	0.2403
give_back	eye on	0.0952
give_back	eye view	0.0454
give_back	eye ~insight	0.0454
give_back	fair	0.1454
give_back	fair next	0.0361
give_back	famili	-0.026
give_back	fast	-0.0224
give_back	favor	0.3274
give_back	favor somehow	0.0874
give_back	featur	0.1042
give_back	feedback	0.1204
give_back	feedback on	0.1313
give_back	feel	0.23
give_back	feel bad	0.0773
give_back	feel free	0.1875
give_back	feel like	0.0332
give_back	fellowship	-0.025
give_back	festiv	0.0205
give_back	few	-0.0716
give_back	few day	-0.0382
give_back	few month	-0.0695
give_back	few of	0.0617
give_back	few peopl	0.0233
give_back	few week	-0.038
give_back	few ~duration	-0.0785
give_back	few ~people	0.0387
give_back	field	-0.1564
give_back	figma	0.0249
give_back	figur	-0.0559
give_back	figur out	-0.0433
give_back	file	-0.0277
give_back	fill	0.0602
give_back	fill out	0.0504
give_back	film	0.0662
give_back	final	-0.0969
give_back	final year	-0.0264
give_back	final ~duration	-0.0264
give_back	financ	-0.028
give_back	find	0.1704
give_back	find a	0.0492
give_back	find it	0.0845
give_back	find the	0.0561
give_back	find ~number	0.1053
give_back	fine	-0.0896
give_back	fine if	-0.0481
give_back	finish	-0.1253
give_back	finish is	0.0259
give_back	finish my	-0.0326
give_back	finish the	-0.0222
give_back	finish ~number	-0.0419
give_back	firm	-0.0225
give_back	firm ever	-0.022
give_back	firm i	0.0781
give_back	first	-0.1404
give_back	first year	0.0447
give_back	first ~duration	0.0447
give_back	first ~job	-0.0208
give_back	fish	0.0224
give_back	fit	-0.105
give_back	fit me	-0.0445
give_back	five	-0.0265
give_back	flag	-0.0278
give_back	flatmat	-0.0202
give_back	flood	0.0224
give_back	floor	-0.023
give_back	flow	0.0831
give_back	flow i	0.0841
give_back	fluentli	0.0309
give_back	fluentli so	0.0204
give_back	flyer	0.0472
give_back	flyer for	0.0395
give_back	folk	0.0538
give_back	follow	-0.0786
give_back	follow up	-0.1589
give_back	food bank	0.0379
give_back	food ~org	0.0379
give_back	foot	-0.0359
give_back	foot in	-0.0359
give_back	for	0.2637
give_back	for a	-0.2316
give_back	for agre	-0.0213
give_back	for all	-0.0657
give_back	for an	0.0524
give_back	for ani	0.0525
give_back	for anyth	-0.0537
give_back	for career	0.0524
give_back	for clean	0.0544
give_back	for feedback	-0.0211
give_back	for fit	-0.0316
give_back	for free	-0.0635
give_back	for junior	-0.0222
give_back	for make	-0.0416
give_back	for me	-0.2285
give_back	for my	-0.0293
give_back	for new	0.0842
give_back	for now	-0.0286
give_back	for our	0.1212
give_back	for peopl	0.0755
give_back	for school	0.0635
give_back	for someon	-0.0573
give_back	for speaker	0.086
give_back	for squeez	-0.0315
give_back	for student	0.0288
give_back	for take	-0.0261
give_back	for that	0.0518
give_back	for the	0.2005
give_back	for this	0.0358
give_back	for user	0.0255
give_back	for you	0.625
give_back	for your	0.3191
give_back	for ~clock	-0.0746
give_back	for ~hiring	-0.0353
give_back	for ~insight	-0.0479
give_back	for ~job	-0.0253
give_back	for ~org	0.0576
give_back	for ~studyverb	-0.0321
give_back	for ~workverb	0.0219
give_back	forget i	0.0237
give_back	former	-0.0262
give_back	forward	0.2388
give_back	forward it	0.0533
give_back	forward my	-0.0367
give_back	forward you	0.1835
give_back	found	-0.0278
give_back	fr	0.026
give_back	free	0.0974
give_back	free from	-0.0572
give_back	free if	-0.0308
give_back	free most	0.09
give_back	free on	-0.0269
give_back	free to	0.187
give_back	freelanc	-0.1111
give_back	freelanc illustr	-0.0305
give_back	fresh	0.101
give_back	fresh set	0.0899
give_back	friday	-0.1052
give_back	friday if	-0.028
give_back	friend	-0.0382
give_back	friend at	-0.0205
give_back	friend who	0.0273
give_back	friend ~people	0.0273
give_back	from	0.0365
give_back	from home	-0.0203
give_back	from june	-0.0404
give_back	from leed	0.0653
give_back	from me	-0.0312
give_back	from my	0.1807
give_back	from our	0.0625
give_back	from someon	0.1285
give_back	from teach	-0.034
give_back	from the	0.0705
give_back	from today	-0.0252
give_back	from you	-0.0412
give_back	from your	-0.0576
give_back	from ~number	0.0694
give_back	from ~people	0.1202
give_back	from ~workverb	-0.0361
give_back	full	-0.0244
give_back	fund	0.2047
give_back	fundrais	0.0259
give_back	galleri	-0.0231
give_back	game jam	0.0793
give_back	gap	-0.0368
give_back	gave	-0.0268
give_back	gave me	-0.0205
give_back	gen	0.042
give_back	gen z	0.0324
give_back	general	-0.0228
give_back	generous	0.0506
give_back	generous with	0.0348
give_back	genuin	0.0662
give_back	german	0.1028
give_back	get	-0.4109
give_back	get a	-0.0433
give_back	get hire	-0.0244
give_back	get into	-0.0364
give_back	get my	-0.0284
give_back	get on	-0.022
give_back	get some	-0.0335
give_back	get to	-0.023
give_back	get your	-0.0552
give_back	get ~number	-0.0421
give_back	gig	0.0394
give_back	girl	-0.0284
give_back	give	-0.0269
give_back	give me	-0.0737
give_back	give someth	0.0467
give_back	give up	-0.0216
give_back	give ~number	0.0214
give_back	given	0.1075
give_back	given that	0.0892
give_back	glad	0.5748
give_back	glad to	0.4631
give_back	go	-0.2909
give_back	go back	-0.0269
give_back	go but	-0.0201
give_back	go how	0.02
give_back	go i	0.0464
give_back	go is	0.0231
give_back	go now	-0.03
give_back	go on	-0.0314
give_back	go to	-0.0746
give_back	go ~learn	-0.0202
give_back	goe and	0.0395
give_back	goe off	0.0213
give_back	good	0.1202
give_back	good luck	-0.0405
give_back	good with	0.0594
give_back	good word	-0.0354
give_back	good ~closing	-0.0307
give_back	good ~limit	-0.0384
give_back	goodby	-0.0227
give_back	got a	0.2613
give_back	got to	-0.0683
give_back	got ~number	0.2272
give_back	grab	0.0581
give_back	grad school	-0.0243
give_back	grad ~org	-0.0234
give_back	graduat	-0.1308
give_back	graduat scheme	-0.0493
give_back	grant	0.2182
give_back	grant applic	0.1072
give_back	grant ~application	0.1072
give_back	grate	-0.246
give_back	grate for	-0.0834
give_back	grate if	-0.1064
give_back	grate you	-0.0284
give_back	great	0.0907
give_back	great one	0.0262
give_back	great to	-0.0213
give_back	great ~clock	0.0272
give_back	great ~number	0.0272
give_back	great ~people	0.0272
give_back	grew	0.0391
give_back	grew up	0.0391
give_back	group	0.036
give_back	group you	0.0346
give_back	guest	0.1088
give_back	guidanc	0.0328
give_back	guy	-0.0444
give_back	guy fr	0.0299
give_back	ha	-0.0319
give_back	hackathon	0.1259
give_back	had	-0.1651
give_back	had to	-0.0478
give_back	had ~number	-0.0273
give_back	half	-0.054
give_back	half hour	-0.0275
give_back	half ~limit	-0.0275
give_back	half ~timeunit	-0.0275
give_back	hand	0.5061
give_back	hand at	0.0406
give_back	hand i	0.0601
give_back	hand on	-0.0757
give_back	hand out	0.0378
give_back	hand over	-0.0329
give_back	hand with	0.1662
give_back	handi	0.2793
give_back	handi for	0.0525
give_back	handi with	0.0844
give_back	handl	-0.0366
give_back	hang	-0.0276
give_back	happen at	0.0228
give_back	happi	0.6504
give_back	happi to	0.6619
give_back	happili	0.0763
give_back	happili come	-0.0274
give_back	hard	-0.0603
give_back	hardest	-0.0233
give_back	has the	0.0521
give_back	has ~number	0.0523
give_back	have	-0.2801
give_back	have a	-0.0211
give_back	have decid	-0.0216
give_back	have done	-0.0222
give_back	have got	0.1823
give_back	have had	-0.0214
give_back	have heard	-0.0241
give_back	have like	0.0324
give_back	have more	-0.0324
give_back	have read	-0.0237
give_back	have to	-0.1637
give_back	have ~insight	-0.0237
give_back	have ~number	-0.0334
give_back	he	0.1031
give_back	he is	0.115
give_back	head	-0.0643
give_back	heap	0.023
give_back	heap for	0.049
give_back	hear a	0.0561
give_back	hear about	0.0648
give_back	hear back	-0.0246
give_back	hear from	-0.0214
give_back	hear how	-0.025
give_back	hear of	-0.0362
give_back	hear you	0.0349
give_back	hear ~number	0.0541
give_back	heard	-0.0432
give_back	heard back	-0.0211
give_back	hello	-0.026
give_back	help	0.9148
give_back	help a	-0.0403
give_back	help at	0.028
give_back	help i	0.036
give_back	help if	0.1876
give_back	help make	-0.0202
give_back	help me	-0.103
give_back	help my	-0.0307
give_back	help on	-0.055
give_back	help out	-0.0648
give_back	help set	0.0234
give_back	help to	0.2102
give_back	help translat	0.0222
give_back	help with	0.333
give_back	help you	0.4831
give_back	help your	0.0395
give_back	help ~number	-0.0291
give_back	helper	-0.0235
give_back	her	0.1405
give_back	her about	-0.0201
give_back	her ~degree	0.0273
give_back	her ~insight	0.0268
give_back	her ~student	0.0256
give_back	here	-0.1608
give_back	here for	-0.0252
give_back	here i	-0.022
give_back	here is	0.0365
give_back	here thank	0.074
give_back	here to	-0.025
give_back	heritag	0.0548
give_back	hesit	0.1831
give_back	hesit to	0.1696
give_back	hey	-0.0515
give_back	hi	-0.1066
give_back	high	-0.0316
give_back	him to	0.0228
give_back	hire	-0.3187
give_back	hire in	-0.0217
give_back	hire initi	0.026
give_back	hire manag	-0.0738
give_back	hire me	-0.0293
give_back	hire side	0.0222
give_back	hire ~gatekeeper	-0.0751
give_back	hire ~org	0.0309
give_back	hire ~people	-0.0232
give_back	hire ~student	-0.0693
give_back	his	0.0933
give_back	histori	0.0449
give_back	histori my	0.0549
give_back	hit	-0.0396
give_back	hold	-0.0483
give_back	hold you	-0.0211
give_back	hole	0.0493
give_back	holiday	-0.0467
give_back	home	-0.0785
give_back	home to	-0.0205
give_back	honest	-0.1593
give_back	honest the	0.0218
give_back	honest this	-0.0202
give_back	honest ~insight	-0.0535
give_back	honest ~number	0.0218
give_back	hop	-0.044
give_back	hop on	-0.0213
give_back	hope	-0.1226
give_back	hope the	-0.0216
give_back	hope you	-0.0422
give_back	hope ~number	-0.0216
give_back	hospic	0.0538
give_back	hospic care	0.066
give_back	hospit staf	0.0757
give_back	host	0.0591
give_back	hour	-0.1187
give_back	hous	-0.0459
give_back	how	-0.4154
give_back	how a	-0.0241
give_back	how can	0.3715
give_back	how could	0.0752
give_back	how did	-0.0783
give_back	how do	-0.2136
give_back	how doe	-0.0202
give_back	how is	-0.0229
give_back	how it	-0.0571
give_back	how long	-0.0383
give_back	how mani	-0.0235
give_back	how much	-0.078
give_back	how the	-0.0808
give_back	how you	-0.083
give_back	how your	-0.0299
give_back	how ~help	-0.2108
give_back	how ~number	-0.1059
give_back	how ~studyverb	-0.0783
give_back	howev i	0.0331
give_back	hr	-0.0454
give_back	hunt	-0.0228
give_back	i	0.6641
give_back	i add	-0.0748
give_back	i am	0.0579
give_back	i appli	-0.0764
give_back	i appreci	0.0792
give_back	i ask	-0.0816
give_back	i be	0.1278
give_back	i came	0.0903
give_back	i can	0.9616
give_back	i come	0.0297
give_back	i connect	-0.0283
give_back	i could	0.5886
give_back	i did	0.0635
give_back	i drop	-0.0247
give_back	i email	-0.125
give_back	i end	-0.0237
give_back	i even	0.1471
give_back	i feel	0.1191
give_back	i finish	-0.0426
give_back	i follow	-0.054
give_back	i get	-0.0365
give_back	i give	0.0253
give_back	i got	-0.0621
give_back	i had	-0.0859
give_back	i have	-0.1039
give_back	i hear	0.0789
give_back	i help	0.1167
give_back	i hope	-0.0431
give_back	i just	-0.0932
give_back	i know	0.0617
give_back	i learn	-0.0311
give_back	i like	-0.0237
give_back	i make	0.247
give_back	i mayb	-0.046
give_back	i mean	-0.0243
give_back	i mention	0.0507
give_back	i might	-0.0252
give_back	i must	-0.0304
give_back	i need	-0.1443
give_back	i offer	0.15
give_back	i owe	0.1043
give_back	i pass	0.0956
give_back	i ping	-0.0224
give_back	i post	0.0451
give_back	i promis	-0.055
give_back	i put	0.0232
give_back	i reach	-0.0323
give_back	i read	0.027
give_back	i realiz	-0.0322
give_back	i realli	-0.0242
give_back	i return	0.0815
give_back	i run	0.0933
give_back	i see	0.0369
give_back	i send	-0.1178
give_back	i sent	-0.0332
give_back	i shall	-0.0355
give_back	i share	0.1057
give_back	i should	-0.1304
give_back	i spent	0.066
give_back	i stop	0.0835
give_back	i studi	-0.0295
give_back	i tag	-0.0209
give_back	i take	0.0511
give_back	i talk	-0.0427
give_back	i told	0.0896
give_back	i tutor	0.0698
give_back	i use	0.0458
give_back	i want	-0.1558
give_back	i was	-0.1973
give_back	i will	-0.0387
give_back	i wonder	-0.0298
give_back	i work	-0.021
give_back	i would	0.0573
give_back	i write	-0.0256
give_back	i wrote	0.0393
give_back	i ~contactverb	-0.1929
give_back	i ~help	0.4761
give_back	i ~insight	0.0781
give_back	i ~job	0.1597
give_back	i ~sendverb	-0.0348
give_back	i ~student	0.0496
give_back	i ~studyverb	0.025
give_back	i ~talk	-0.242
give_back	i ~want	-0.1893
give_back	i ~workverb	0.1199
give_back	idea	-0.0266
give_back	if	0.7875
give_back	if a	-0.0272
give_back	if ani	0.0209
give_back	if anyon	0.0348
give_back	if anyth	-0.0914
give_back	if i	-0.0403
give_back	if it	0.0633
give_back	if so	-0.0226
give_back	if someth	-0.0353
give_back	if that	0.313
give_back	if the	0.1118
give_back	if there	0.1197
give_back	if they	0.0217
give_back	if you	0.3573
give_back	if your	0.035
give_back	if ~number	0.0841
give_back	if ~people	0.049
give_back	illustr	-0.0356
give_back	in	-0.128
give_back	in a	-0.1922
give_back	in and	0.0764
give_back	in ani	0.0404
give_back	in between	-0.0496
give_back	in case	0.0547
give_back	in exchang	0.1198
give_back	in for	0.0769
give_back	in hous	-0.0287
give_back	in june	-0.0203
give_back	in leed	0.0781
give_back	in march	0.0343
give_back	in may	0.0678
give_back	in mind	-0.1542
give_back	in my	-0.0513
give_back	in on	-0.0578
give_back	in our	0.0296
give_back	in return	0.3961
give_back	in the	-0.1738
give_back	in their	-0.0343
give_back	in this	-0.0531
give_back	in touch	-0.0236
give_back	in which	0.0612
give_back	in with	-0.0341
give_back	in your	-0.2658
give_back	in ~contactverb	-0.0296
give_back	in ~help	0.3958
give_back	in ~number	-0.3971
give_back	inbox	0.0958
give_back	industri	-0.0789
give_back	inform	0.0239
give_back	inform i	0.0712
give_back	inform interview	-0.0214
give_back	initi	0.026
give_back	insight	-0.0239
give_back	instagram	0.0373
give_back	instead	-0.0254
give_back	instruct	-0.0225
give_back	instruct design	-0.0225
give_back	intak	-0.0307
give_back	interest	0.0512
give_back	interest in	0.0994
give_back	intern	-0.1365
give_back	internal	-0.0276
give_back	internship	-0.092
give_back	interview	-0.1003
give_back	interview with	-0.0317
give_back	into	-0.1953
give_back	into a	-0.0357
give_back	into nurs	0.0236
give_back	into someth	0.0401
give_back	into the	-0.0313
give_back	into your	-0.0542
give_back	into ~number	-0.0686
give_back	intro	0.0685
give_back	intro me	-0.0259
give_back	intro to	0.0776
give_back	introduc me	-0.1184
give_back	introduc you	0.1815
give_back	introduct	-0.0265
give_back	involv	-0.0219
give_back	is	-0.2466
give_back	is a	-0.0497
give_back	is all	-0.0457
give_back	is alright	-0.078
give_back	is alway	0.0592
give_back	is ani	0.1602
give_back	is anyon	-0.023
give_back	is anyth	0.0671
give_back	is been	0.1124
give_back	is done	-0.0268
give_back	is ever	0.1193
give_back	is everyth	-0.0302
give_back	is for	-0.0288
give_back	is help	0.0668
give_back	is it	-0.1573
give_back	is just	-0.0227
give_back	is kind	0.0206
give_back	is look	0.2329
give_back	is me	-0.0301
give_back	is not	-0.0294
give_back	is ok	-0.0579
give_back	is open	0.0341
give_back	is pretti	0.0637
give_back	is realli	-0.0378
give_back	is short	0.0386
give_back	is so	-0.0232
give_back	is someth	0.0302
give_back	is still	0.0263
give_back	is that	-0.1297
give_back	is the	-0.2293
give_back	is there	0.4028
give_back	is worth	-0.0246
give_back	is your	-0.0234
give_back	is ~number	-0.3055
give_back	is ~people	-0.0379
give_back	is ~want	0.1472
give_back	is ~workverb	0.1017
give_back	issu	0.0757
give_back	it	0.2451
give_back	it a	-0.0296
give_back	it all	-0.0266
give_back	it along	0.0551
give_back	it alright	-0.0267
give_back	it be	-0.2016
give_back	it could	-0.0283
give_back	it for	-0.0223
give_back	it forward	0.0238
give_back	it genuin	0.0932
give_back	it goe	0.0299
give_back	it has	0.0488
give_back	it help	0.2214
give_back	it here	-0.0234
give_back	it if	-0.0814
give_back	it might	0.0998
give_back	it most	-0.0349
give_back	it my	0.0354
give_back	it normal	-0.022
give_back	it ok	0.0817
give_back	it on	-0.0221
give_back	it over	0.0862
give_back	it round	0.0496
give_back	it short	-0.0212
give_back	it thank	0.0424
give_back	it there	-0.0841
give_back	it turn	0.0746
give_back	it use	0.0438
give_back	it was	0.0504
give_back	it went	-0.0425
give_back	it would	0.0374
give_back	it ~clock	0.0577
give_back	it ~help	0.2265
give_back	it ~people	0.0574
give_back	it ~sendverb	0.0238
give_back	it ~want	-0.0406
give_back	jam	0.0774
give_back	januari	-0.02
give_back	job	-0.1806
give_back	job board	0.0666
give_back	job hunt	-0.0223
give_back	job i	-0.0238
give_back	join	-0.0928
give_back	join your	-0.0261
give_back	judg	0.0217
give_back	judg i	0.0262
give_back	juli	-0.0331
give_back	juli and	-0.028
give_back	jump	-0.1829
give_back	jump at	-0.1163
give_back	june	-0.064
give_back	junior	-0.1876
give_back	junior analyst	-0.0397
give_back	junior folk	0.0679
give_back	junior role	-0.0203
give_back	junior ~job	-0.0359
give_back	junior ~people	0.0527
give_back	junior ~student	-0.0463
give_back	just	0.0286
give_back	just a	-0.0264
give_back	just ask	0.0259
give_back	just for	-0.0268
give_back	just say	0.0874
give_back	just send	0.0543
give_back	just shout	0.0933
give_back	just so	-0.0205
give_back	just take	0.0205
give_back	just text	0.0655
give_back	just the	0.0499
give_back	just to	-0.1122
give_back	just want	-0.0883
give_back	just ~contactverb	0.1593
give_back	just ~hiring	0.0205
give_back	just ~learn	0.0213
give_back	just ~sendverb	0.0649
give_back	just ~studyverb	0.0359
give_back	just ~talk	0.0233
give_back	just ~want	-0.1324
give_back	keen	-0.0287
give_back	keep	-0.4017
give_back	keep an	0.0331
give_back	keep in	-0.0334
give_back	keep me	-0.1589
give_back	keep up	-0.0235
give_back	keep you	-0.0902
give_back	keep ~number	0.0263
give_back	kept	-0.0377
give_back	kept you	-0.0234
give_back	kid	0.0392
give_back	kid i	0.0952
give_back	kind	-0.0782
give_back	kind of	-0.0888
give_back	kitchen ever	0.025
give_back	knock	0.0531
give_back	know	0.1554
give_back	know a	0.18
give_back	know anyon	-0.0711
give_back	know if	0.0501
give_back	know it	-0.0241
give_back	know load	0.0248
give_back	know the	0.031
give_back	know we	0.0254
give_back	know when	0.0798
give_back	know where	0.0504
give_back	know you	-0.053
give_back	know your	-0.0705
give_back	know ~number	0.2121
give_back	know ~people	-0.0926
give_back	lab	0.0712
give_back	lab need	0.0613
give_back	label	0.1246
give_back	lad	0.0391
give_back	land	-0.0334
give_back	landlord	0.107
give_back	languag	0.0471
give_back	laptop	-0.023
give_back	last	-0.1382
give_back	last question	-0.035
give_back	last thing	-0.026
give_back	last week	0.041
give_back	last year	-0.0345
give_back	last ~closing	0.0271
give_back	last ~duration	-0.0386
give_back	late	-0.0848
give_back	late for	-0.026
give_back	later	-0.1689
give_back	later today	-0.0352
give_back	launch next	-0.0221
give_back	law	-0.0445
give_back	lead	-0.0666
give_back	lead to	-0.0202
give_back	leaflet	0.032
give_back	learn	-0.1779
give_back	least	0.025
give_back	leav	-0.1395
give_back	leav it	-0.0699
give_back	leav you	0.0248
give_back	leed	0.1246
give_back	leed next	0.0944
give_back	lend	0.0523
give_back	lend a	0.058
give_back	lend ~number	0.058
give_back	let	0.1229
give_back	let me	0.2822
give_back	let us	-0.0478
give_back	let you	-0.1018
give_back	level	0.0833
give_back	level design	0.1488
give_back	level ~clock	-0.0217
give_back	librari	0.0371
give_back	licens	-0.0263
give_back	lighten	0.1461
give_back	like	0.2325
give_back	like a	0.1132
give_back	like for	-0.0555
give_back	like help	0.0618
give_back	like i	0.0625
give_back	like me	0.2593
give_back	like on	-0.0237
give_back	like share	0.0663
give_back	like that	-0.0251
give_back	like the	0.0821
give_back	like this	-0.0313
give_back	like to	-0.0425
give_back	like you	-0.0328
give_back	like your	-0.0617
give_back	like ~number	0.1865
give_back	line	-0.0656
give_back	line cook	0.0225
give_back	line onc	-0.0244
give_back	link	0.0852
give_back	linkedin	-0.1221
give_back	linkedin after	-0.022
give_back	linkedin and	0.0972
give_back	linkedin if	-0.0226
give_back	linkedin so	-0.0234
give_back	linkedin ~want	-0.022
give_back	list	0.2501
give_back	list of	0.0437
give_back	liter	-0.0369
give_back	litter	-0.0223
give_back	litter anyth	-0.0223
give_back	live	-0.0554
give_back	lmk	0.0317
give_back	load	0.1541
give_back	load of	0.0294
give_back	local	-0.0464
give_back	logist ~org	0.0293
give_back	long	-0.1257
give_back	longer	0.0245
give_back	longer i	0.0354
give_back	look	0.2704
give_back	look at	0.0748
give_back	look for	0.4265
give_back	look into	-0.0212
give_back	look like	-0.166
give_back	lot	-0.0479
give_back	lot of	0.028
give_back	lot today	0.023
give_back	love	-0.1965
give_back	love an	-0.024
give_back	love to	-0.0911
give_back	love ~number	-0.0283
give_back	luck	-0.0468
give_back	luck with	-0.0438
give_back	lumen	0.0237
give_back	lumen and	0.0247
give_back	lunch	-0.0622
give_back	lunch break	-0.0353
give_back	lunch ~closing	-0.0353
give_back	ma	-0.0234
give_back	macro	0.0903
give_back	macro if	0.0597
give_back	mad	0.0492
give_back	mad i	0.0566
give_back	made	-0.0664
give_back	made the	-0.0217
give_back	made ~number	-0.0294
give_back	magazin	0.072
give_back	main	-0.0483
give_back	main ~want	-0.0243
give_back	make	0.1343
give_back	make a	-0.0238
give_back	make my	-0.0208
give_back	make myself	0.0449
give_back	make of	0.0312
give_back	make sens	-0.0286
give_back	make the	-0.0263
give_back	make this	0.283
give_back	make time	-0.0332
give_back	make you	-0.0345
give_back	make ~insight	-0.0286
give_back	make ~limit	-0.0332
give_back	make ~number	-0.0574
give_back	manag	-0.1516
give_back	manag a	0.0828
give_back	manag at	0.0458
give_back	manag ~number	0.079
give_back	mani	-0.095
give_back	mani thank	-0.0407
give_back	marcus	-0.0272
give_back	master	-0.0988
give_back	master in	-0.0239
give_back	match	0.0392
give_back	mate	0.0779
give_back	mate if	0.0202
give_back	materi	0.2089
give_back	materi with	0.0744
give_back	matter	-0.0348
give_back	may	0.0332
give_back	mayb	0.1024
give_back	mayb a	0.1036
give_back	mayb by	0.0627
give_back	mayb i	0.0383
give_back	mayb ~number	0.0962
give_back	mba and	0.027
give_back	me	0.2971
give_back	me about	-0.0895
give_back	me anytim	0.1
give_back	me as	0.0723
give_back	me do	0.0357
give_back	me done	-0.0233
give_back	me for	-0.156
give_back	me forward	-0.0238
give_back	me give	0.0258
give_back	me i	-0.0609
give_back	me in	0.0691
give_back	me know	0.2138
give_back	me off	-0.0292
give_back	me on	-0.047
give_back	me one	0.0397
give_back	me that	0.0236
give_back	me the	-0.0329
give_back	me through	-0.0657
give_back	me to	0.5087
give_back	me what	-0.0259
give_back	me when	0.0726
give_back	me with	-0.0661
give_back	me ~clock	0.0244
give_back	me ~help	0.0826
give_back	me ~later	0.1113
give_back	me ~learn	0.1752
give_back	me ~number	-0.0454
give_back	me ~people	0.033
give_back	me ~sendverb	-0.0333
give_back	me ~want	-0.0261
give_back	mean	-0.0549
give_back	mean a	-0.0207
give_back	mean ~number	-0.0207
give_back	meet	-0.1471
give_back	meetup	0.1047
give_back	meetup in	0.0941
give_back	member	0.0708
give_back	mente	0.0297
give_back	mention	0.2828
give_back	mention and	-0.0269
give_back	mention just	0.0238
give_back	mention that	0.0615
give_back	mention you	0.0845
give_back	mentor	0.236
give_back	mentor a	0.0278
give_back	mentor program	0.1423
give_back	mentor scheme	0.0425
give_back	mentor ~degree	0.1423
give_back	mentor ~number	0.0254
give_back	menu	0.0788
give_back	messag	-0.0504
give_back	messag onc	0.0423
give_back	messag you	-0.0335
give_back	messi	0.0261
give_back	might	0.4489
give_back	might be	0.0865
give_back	might i	0.0634
give_back	might save	0.2182
give_back	might suit	0.0831
give_back	might ~help	0.0288
give_back	mill	0.0823
give_back	million	0.0261
give_back	mind	-0.4059
give_back	mind if	-0.1774
give_back	minut	-0.161
give_back	modul	0.0281
give_back	moment	-0.0816
give_back	monday	-0.0314
give_back	month	0.1491
give_back	month i	-0.0237
give_back	month if	0.0329
give_back	more	-0.2945
give_back	more about	-0.0302
give_back	more of	-0.0361
give_back	more question	-0.0761
give_back	morn	-0.0407
give_back	most	-0.2528
give_back	most of	-0.0263
give_back	most weekend	0.0771
give_back	most ~want	-0.0303
give_back	move	-0.1045
give_back	move into	-0.0377
give_back	mr	-0.0338
give_back	msw	-0.0202
give_back	much	-0.1274
give_back	much dr	0.0783
give_back	much for	-0.0949
give_back	much this	-0.0234
give_back	much time	-0.0233
give_back	much ~limit	-0.0233
give_back	muck	-0.0245
give_back	muck in	-0.0245
give_back	mum	-0.0244
give_back	must	-0.0547
give_back	my	-0.0281
give_back	my applic	-0.0355
give_back	my background	-0.0226
give_back	my bootcamp	0.0831
give_back	my career	-0.022
give_back	my chanc	-0.0237
give_back	my classmat	0.0323
give_back	my cohort	0.0877
give_back	my cousin	0.1539
give_back	my dissert	0.0676
give_back	my end	0.0295
give_back	my exam	-0.0353
give_back	my first	-0.0272
give_back	my flatmat	-0.0202
give_back	my foot	-0.0244
give_back	my friend	-0.0341
give_back	my landlord	0.114
give_back	my last	-0.0266
give_back	my level	-0.021
give_back	my list	-0.0287
give_back	my mate	-0.0211
give_back	my mum	-0.0232
give_back	my name	0.0302
give_back	my neighbour	-0.0236
give_back	my note	0.1765
give_back	my old	0.126
give_back	my own	-0.0552
give_back	my portfolio	-0.1325
give_back	my professor	0.0843
give_back	my question	-0.0721
give_back	my research	0.0344
give_back	my result	0.041
give_back	my resum	-0.2173
give_back	my stage	0.0381
give_back	my thesi	0.0548
give_back	my thing	0.0479
give_back	my uni	0.1217
give_back	my way	0.0975
give_back	my weekend	0.0251
give_back	my year	0.0329
give_back	my ~application	-0.2528
give_back	my ~degree	0.0293
give_back	my ~duration	0.0329
give_back	my ~learn	0.0321
give_back	my ~org	-0.0346
give_back	my ~student	-0.0493
give_back	my ~talk	-0.0294
give_back	myself	-0.027
give_back	myself use	0.0645
give_back	myself ~help	0.0645
give_back	name along	0.0762
give_back	name down	0.0712
give_back	name of	-0.0438
give_back	name to	-0.0259
give_back	name ~later	0.0712
give_back	need	0.6348
give_back	need a	0.3446
give_back	need an	-0.1221
give_back	need ani	0.0441
give_back	need anyth	0.0222
give_back	need extra	0.1751
give_back	need help	0.0411
give_back	need someon	0.2183
give_back	need to	-0.2958
give_back	need ~help	0.0411
give_back	need ~number	0.193
give_back	need ~people	0.2027
give_back	neighbour	-0.0256
give_back	network is	0.0666
give_back	network who	-0.0222
give_back	network ~people	-0.0222
give_back	never	-0.0553
give_back	new	0.356
give_back	new app	0.0387
give_back	new book	0.0286
give_back	new hire	-0.0386
give_back	new ~people	0.0225
give_back	newslett	0.1554
give_back	newslett draft	0.053
give_back	next	0.255
give_back	next call	-0.025
give_back	next few	-0.0397
give_back	next grant	0.0505
give_back	next meet	-0.035
give_back	next month	0.205
give_back	next week	0.0557
give_back	next year	-0.0226
give_back	next ~closing	0.0358
give_back	next ~contactverb	-0.025
give_back	next ~duration	-0.0275
give_back	next ~number	-0.0512
give_back	next ~talk	-0.0605
give_back	ngo	-0.0314
give_back	ngo ever	-0.0273
give_back	nice	-0.0319
give_back	night	0.1131
give_back	night and	0.0389
give_back	no	-0.0955
give_back	no pay	-0.0426
give_back	no pressur	-0.0443
give_back	no string	0.0343
give_back	nonprofit	0.0733
give_back	nonprofit ever	0.0495
give_back	normal	-0.0594
give_back	not	-0.4888
give_back	not a	-0.0226
give_back	not and	0.021
give_back	not ask	-0.0443
give_back	not hesit	0.1836
give_back	not let	-0.0208
give_back	not look	-0.0392
give_back	not mind	-0.0337
give_back	not much	0.0235
give_back	not need	-0.052
give_back	not take	-0.0208
give_back	not to	-0.0255
give_back	not want	-0.1238
give_back	not ~insight	-0.0208
give_back	not ~number	-0.029
give_back	not ~want	-0.2028
give_back	note	0.2696
give_back	note from	0.1454
give_back	note in	0.1096
give_back	note on	0.1604
give_back	note onc	-0.0227
give_back	note tonight	-0.0529
give_back	noth	-0.0563
give_back	notic	-0.0211
give_back	now	-0.2874
give_back	now and	-0.0323
give_back	now i	-0.0594
give_back	number	0.1682
give_back	nurs	-0.1289
give_back	of	0.0243
give_back	of an	-0.0235
give_back	of anyon	-0.0221
give_back	of anyth	-0.0435
give_back	of cours	-0.022
give_back	of eye	0.1583
give_back	of hand	0.0614
give_back	of it	-0.0324
give_back	of juli	-0.0321
give_back	of me	-0.0328
give_back	of month	-0.0229
give_back	of more	-0.0208
give_back	of my	0.0384
give_back	of our	0.0245
give_back	of peopl	-0.0229
give_back	of small	0.083
give_back	of the	0.1615
give_back	of them	0.0209
give_back	of this	0.0934
give_back	of volunt	0.0253
give_back	of what	-0.0318
give_back	of work	0.0471
give_back	of your	0.091
give_back	of ~clock	-0.0265
give_back	of ~degree	-0.0248
give_back	of ~duration	-0.032
give_back	of ~learn	0.0545
give_back	of ~number	0.1298
give_back	of ~people	-0.0564
give_back	of ~student	0.022
give_back	of ~workverb	0.0363
give_back	off	-0.1273
give_back	off if	-0.0224
give_back	off your	0.0517
give_back	offer	0.0529
give_back	offer to	-0.0226
give_back	often	-0.0309
give_back	oh	0.064
give_back	oh and	0.04
give_back	oh i	0.1087
give_back	oh no	-0.0208
give_back	ok	-0.2941
give_back	ok i	-0.0323
give_back	ok that	-0.0495
give_back	ok to	-0.0493
give_back	ok with	-0.0297
give_back	okafor	-0.0275
give_back	old	0.067
give_back	old job	0.0486
give_back	old manag	0.0609
give_back	old ~gatekeeper	0.0565
give_back	old ~job	0.0486
give_back	old ~student	0.0588
give_back	on	0.0542
give_back	on access	-0.0243
give_back	on ani	-0.0345
give_back	on arab	0.0312
give_back	on as	-0.0338
give_back	on coastal	0.059
give_back	on exact	0.0294
give_back	on for	-0.0299
give_back	on friday	-0.042
give_back	on hospic	0.0671
give_back	on hospit	0.0416
give_back	on how	-0.0317
give_back	on it	-0.0229
give_back	on linkedin	-0.0757
give_back	on me	0.0752
give_back	on my	-0.0677
give_back	on our	0.0337
give_back	on right	0.025
give_back	on rural	0.2088
give_back	on site	-0.0206
give_back	on thursday	0.107
give_back	on to	-0.0304
give_back	on weekend	-0.0413
give_back	on whether	-0.0555
give_back	on your	-0.0202
give_back	on ~closing	-0.0263
give_back	on ~org	0.1122
give_back	onboard	0.1645
give_back	onboard flow	0.0841
give_back	onc	-0.2758
give_back	onc i	-0.1681
give_back	onc it	-0.0282
give_back	onc my	-0.0227
give_back	one	0.0411
give_back	one evening	0.1093
give_back	one more	-0.0383
give_back	one of	-0.0223
give_back	one ~closing	0.1174
give_back	one ~people	-0.0201
give_back	onli	-0.0426
give_back	onli if	-0.041
give_back	onli take	0.0599
give_back	onli ~studyverb	0.06
give_back	onlin	0.0819
give_back	onto	-0.0255
give_back	op	0.089
give_back	op side	0.0251
give_back	op ~org	0.0251
give_back	open	-0.1223
give_back	open day	0.1662
give_back	open evening	0.032
give_back	open i	-0.0433
give_back	open in	-0.035
give_back	open on	-0.0557
give_back	open to	-0.1151
give_back	open up	-0.1233
give_back	open ~closing	0.199
give_back	open ~limit	0.1665
give_back	opinion	0.0687
give_back	opinion on	0.0829
give_back	or	-0.4189
give_back	or anyth	-0.0289
give_back	or are	-0.0219
give_back	or did	-0.0204
give_back	or do	-0.0492
give_back	or is	-0.1388
give_back	or mentor	0.0249
give_back	or report	0.0595
give_back	or would	-0.0218
give_back	or your	0.0498
give_back	or ~closing	0.0675
give_back	or ~help	-0.028
give_back	or ~studyverb	-0.0209
give_back	or ~want	-0.0449
give_back	oral	0.058
give_back	oral histori	0.058
give_back	order	0.0884
give_back	organis	0.0652
give_back	organiz	0.0675
give_back	organiz a	0.0346
give_back	organiz ~number	0.0346
give_back	osei	0.0676
give_back	other	-0.0875
give_back	other ~people	-0.0301
give_back	our	0.4882
give_back	our alumni	0.17
give_back	our campus	0.0228
give_back	our career	0.0422
give_back	our depart	0.0721
give_back	our societi	0.06
give_back	our student	0.0418
give_back	our universiti	0.0638
give_back	our ~org	0.074
give_back	our ~people	0.17
give_back	our ~student	0.0409
give_back	out	-0.104
give_back	out about	0.0468
give_back	out flyer	0.0349
give_back	out for	0.1164
give_back	out i	0.0447
give_back	out in	-0.0285
give_back	out of	-0.0764
give_back	out on	-0.0297
give_back	out to	-0.0807
give_back	out your	0.0436
give_back	outreach	0.0744
give_back	outreach day	0.0261
give_back	outreach ~closing	0.0261
give_back	outreach ~limit	0.0261
give_back	outreach ~org	0.0293
give_back	outsid	-0.0372
give_back	over	-0.2107
give_back	over if	0.065
give_back	over the	-0.167
give_back	over ~number	-0.1823
give_back	owe	0.1761
give_back	owe you	0.1761
give_back	own	-0.1067
give_back	own tool	-0.0231
give_back	pack	-0.0262
give_back	page	0.06
give_back	page if	0.0385
give_back	paid	-0.0556
give_back	paid or	-0.0318
give_back	pair	0.1001
give_back	pair of	0.1001
give_back	panel	0.0917
give_back	paper	-0.0376
give_back	paraleg	-0.024
give_back	part	-0.2136
give_back	part of	-0.0627
give_back	part time	-0.0922
give_back	part ~limit	-0.0922
give_back	particip	0.0877
give_back	particip for	0.0879
give_back	partner	0.1393
give_back	partner ~want	0.0726
give_back	pass	0.2161
give_back	pass along	0.121
give_back	pass my	-0.1304
give_back	pass their	0.0836
give_back	pass them	0.1253
give_back	past	-0.0579
give_back	path	-0.0487
give_back	patient	0.0614
give_back	pay	0.022
give_back	pay it	0.0238
give_back	pay need	-0.0286
give_back	pay this	0.0864
give_back	pay you	0.0464
give_back	peopl	-0.2439
give_back	peopl in	-0.0301
give_back	peopl on	-0.0321
give_back	peopl to	-0.0206
give_back	peopl you	-0.0301
give_back	peopl ~help	-0.023
give_back	peopl ~studyverb	0.0259
give_back	perfect	-0.0268
give_back	perhap	0.1251
give_back	person	-0.1509
give_back	person i	-0.0207
give_back	person who	-0.0203
give_back	person ~people	-0.0207
give_back	perspect	0.0361
give_back	perspect i	0.0633
give_back	pet	0.0727
give_back	pharmaci	-0.0279
give_back	phd	-0.0326
give_back	photo	0.1101
give_back	pick	-0.0599
give_back	pick your	-0.0268
give_back	pictur	-0.0327
give_back	pictur of	-0.0275
give_back	piec	0.0643
give_back	piec on	0.0585
give_back	ping me	0.0514
give_back	pitch	0.0521
give_back	pitch in	0.0784
give_back	place	-0.0253
give_back	placement	-0.0308
give_back	placement with	-0.0333
give_back	placement ~student	0.0543
give_back	plan	-0.0875
give_back	plan ~org	-0.0209
give_back	plate	0.0749
give_back	playtest	0.0366
give_back	pleas do	0.0625
give_back	pleas if	0.0223
give_back	pleas keep	-0.0935
give_back	pleas ~help	0.0625
give_back	podcast	0.0761
give_back	podcast episod	0.0315
give_back	podcast i	-0.028
give_back	point	-0.067
give_back	point me	-0.0311
give_back	polici	-0.1004
give_back	polish	0.0222
give_back	pop	0.1184
give_back	portfolio	-0.2273
give_back	portfolio link	-0.0315
give_back	portfolio to	-0.0261
give_back	portugues	0.1263
give_back	portugues fluentli	0.0229
give_back	posit	-0.1166
give_back	posit i	-0.0229
give_back	possibl	-0.0875
give_back	possibl to	-0.0242
give_back	post	-0.0267
give_back	post about	0.0448
give_back	post for	0.0527
give_back	post on	-0.0742
give_back	post with	0.0289
give_back	practic	-0.0511
give_back	practic on	0.0204
give_back	practis	-0.0233
give_back	prepar	-0.0532
give_back	prepar for	-0.0397
give_back	pressur	-0.0546
give_back	pressur at	-0.0255
give_back	pretti	0.2372
give_back	pretti good	0.0693
give_back	pretti handi	0.0724
give_back	print shop	0.0228
give_back	priya	-0.0476
give_back	probabl	-0.0289
give_back	problem	-0.0208
give_back	process	-0.0337
give_back	product	-0.0653
give_back	product manag	-0.0364
give_back	product team	0.0289
give_back	product ~org	0.0213
give_back	profession	-0.0422
give_back	profession associ	-0.0307
give_back	professor	0.1318
give_back	program	0.0649
give_back	program at	0.0326
give_back	program i	0.0372
give_back	program you	0.0782
give_back	progress	-0.0218
give_back	project	-0.0818
give_back	project could	0.1216
give_back	project for	-0.0227
give_back	project i	-0.0751
give_back	project you	-0.0253
give_back	promis	-0.0874
give_back	proofread	0.4167
give_back	proofread the	0.1148
give_back	proofread your	0.0637
give_back	proofread ~number	0.1159
give_back	proper	-0.0555
give_back	proper thank	-0.0276
give_back	prototyp	0.0216
give_back	public	-0.0372
give_back	publish	0.0573
give_back	pull	0.0491
give_back	put	0.3213
give_back	put in	-0.0713
give_back	put me	0.0456
give_back	put my	0.0712
give_back	put togeth	0.1831
give_back	put you	0.1314
give_back	python	0.1426
give_back	python script	0.1071
give_back	python so	0.0393
give_back	q	-0.0442
give_back	qa	-0.0223
give_back	question	-0.2348
give_back	question for	0.0221
give_back	question i	-0.0249
give_back	question later	-0.0223
give_back	question ~later	-0.0282
give_back	quick	-0.0588
give_back	quick background	-0.0222
give_back	quick note	-0.0265
give_back	quick ~contactverb	-0.0328
give_back	quick ~talk	-0.0415
give_back	quick ~want	0.0836
give_back	quit	0.023
give_back	rambl	-0.0257
give_back	random	-0.0221
give_back	rang	-0.0247
give_back	rather	-0.0366
give_back	ratio	0.054
give_back	ratio i	0.0547
give_back	reach out	-0.0676
give_back	read	0.0751
give_back	read a	0.0557
give_back	read list	0.0835
give_back	read materi	0.0684
give_back	read to	-0.0227
give_back	read ~number	0.0385
give_back	reader	0.0211
give_back	readi	-0.0269
give_back	real	0.0449
give_back	realist	-0.0319
give_back	realiz	-0.0465
give_back	realli	-0.3824
give_back	realli appreci	-0.1023
give_back	realli good	0.1113
give_back	realli grate	-0.0622
give_back	realli help	-0.0549
give_back	realli interest	-0.0311
give_back	realli keen	-0.0257
give_back	realli like	-0.0259
give_back	realli use	-0.0349
give_back	realli ~help	-0.0365
give_back	realli ~want	-0.1943
give_back	reason	-0.0251
give_back	recent	-0.0249
give_back	recept	-0.0282
give_back	reckon	-0.0219
give_back	recommend	-0.178
give_back	recommend for	-0.0215
give_back	recommend i	-0.0366
give_back	recommend me	-0.0394
give_back	record	0.0832
give_back	record ~number	0.0237
give_back	recruit at	0.0423
give_back	recruit for	-0.0283
give_back	recruit materi	0.0241
give_back	recruit page	0.0454
give_back	recruit ~people	0.041
give_back	redesign	0.023
give_back	refer	-0.0911
give_back	refer me	-0.108
give_back	referr	-0.1039
give_back	referr or	-0.0281
give_back	region	0.1537
give_back	registr	0.0792
give_back	registr desk	0.0792
give_back	regulatori	-0.0202
give_back	rememb	-0.0204
give_back	repay	0.102
give_back	repay the	0.0322
give_back	repay you	0.0626
give_back	repay ~number	0.027
give_back	repli	-0.0408
give_back	repli to	-0.0262
give_back	report	0.0311
give_back	report back	-0.0374
give_back	report on	0.0536
give_back	report you	0.0456
give_back	request	-0.047
give_back	research a	0.0722
give_back	research assist	-0.0496
give_back	research on	0.0863
give_back	research ~number	0.0722
give_back	research ~student	-0.043
give_back	resourc	0.0503
give_back	respect	-0.0236
give_back	rest	-0.0845
give_back	rest of	-0.0752
give_back	restor	0.0722
give_back	result	0.0679
give_back	result from	0.0526
give_back	resum	-0.2437
give_back	resum along	-0.0324
give_back	resum on	-0.0262
give_back	resum to	-0.0589
give_back	retail	-0.0347
give_back	return	0.7536
give_back	return i	0.0249
give_back	return the	0.3172
give_back	return to	-0.0261
give_back	return ~number	0.3172
give_back	rewir	-0.0209
give_back	right	-0.1891
give_back	right i	-0.0568
give_back	right now	-0.048
give_back	role	-0.1964
give_back	room	-0.0429
give_back	room for	-0.0239
give_back	rope	0.2018
give_back	rota	0.0299
give_back	round	0.0588
give_back	round my	0.0465
give_back	rout	-0.0461
give_back	run	0.2377
give_back	run a	0.2651
give_back	run i	-0.0283
give_back	run over	-0.029
give_back	run the	-0.0206
give_back	run to	-0.0347
give_back	run ~number	0.2445
give_back	runner	-0.0273
give_back	rural	0.2078
give_back	rural broadband	0.2138
give_back	rush	-0.032
give_back	said	0.0297
give_back	said it	0.0675
give_back	salari	0.0604
give_back	sale	-0.0313
give_back	same	0.0582
give_back	sampl	0.0701
give_back	saniti	0.0575
give_back	saniti check	0.0575
give_back	saturday i	-0.0229
give_back	save	0.2088
give_back	save your	0.2182
give_back	saw on	-0.0286
give_back	saw you	0.0437
give_back	say by	0.0668
give_back	say i	-0.0231
give_back	say no	0.0325
give_back	say thank	-0.0281
give_back	say the	0.0282
give_back	say yes	-0.0219
give_back	say ~number	0.0249
give_back	schedul	-0.0388
give_back	scheme	0.0237
give_back	school	0.0494
give_back	school career	0.0262
give_back	scientist	-0.03
give_back	script	0.1341
give_back	script i	0.047
give_back	script you	0.0378
give_back	sec	-0.0643
give_back	second	0.0462
give_back	second opinion	0.0531
give_back	second ~insight	0.0531
give_back	sector	-0.0376
give_back	see	-0.0977
give_back	see from	0.0221
give_back	see if	-0.0611
give_back	see the	-0.0202
give_back	see we	-0.0274
give_back	see you	-0.0241
give_back	see ~number	-0.0222
give_back	self	-0.0239
give_back	self taught	-0.0211
give_back	self ~workverb	-0.0211
give_back	send	0.054
give_back	send a	-0.0548
give_back	send it	0.1151
give_back	send my	-0.022
give_back	send over	-0.0475
give_back	send your	0.0471
give_back	send ~number	-0.0652
give_back	senior	-0.0261
give_back	sens	-0.0527
give_back	sent	-0.0604
give_back	sent you	-0.0252
give_back	serious	0.0886
give_back	serious if	0.0711
give_back	session	0.0425
give_back	set	0.1605
give_back	set of	0.1281
give_back	set up	0.0693
give_back	shadow	-0.0665
give_back	shadow you	-0.0421
give_back	shall	0.0785
give_back	shall i	0.133
give_back	shall write	-0.0249
give_back	shall ~contactverb	-0.0249
give_back	share	0.573
give_back	share a	-0.0291
give_back	share my	0.1794
give_back	share the	0.2196
give_back	share what	0.0749
give_back	share your	0.12
give_back	share ~number	0.1905
give_back	she	0.056
give_back	she is	0.1273
give_back	she would	-0.0213
give_back	she ~want	-0.0242
give_back	shift	-0.1467
give_back	shoot	-0.1056
give_back	shoot i	-0.0311
give_back	shoot you	-0.0267
give_back	shop	0.0976
give_back	shop if	0.0221
give_back	short	0.0221
give_back	short a	0.1049
give_back	short i	-0.0258
give_back	short note	-0.039
give_back	short of	0.0879
give_back	short on	0.0242
give_back	short staf	-0.0644
give_back	short ~number	0.1047
give_back	should	0.1184
give_back	should i	-0.0645
give_back	should talk	-0.0315
give_back	should the	0.1452
give_back	should you	0.0506
give_back	should your	0.1035
give_back	should ~number	0.1518
give_back	should ~talk	-0.035
give_back	shout	0.1824
give_back	shout and	0.0276
give_back	show	-0.0578
give_back	side	-0.0594
give_back	side too	0.0233
give_back	side you	-0.0253
give_back	sign	-0.0493
give_back	sign off	-0.0252
give_back	sinc	0.2071
give_back	sinc i	0.0297
give_back	sinc it	0.1186
give_back	sinc the	0.0488
give_back	sinc you	0.046
give_back	sinc ~number	0.0486
give_back	site	-0.0723
give_back	site visit	-0.0208
give_back	six	0.0626
give_back	six year	0.069
give_back	six ~duration	0.0658
give_back	skill	-0.0734
give_back	sleep	0.0774
give_back	slide	0.0735
give_back	slide from	0.0512
give_back	slps	0.0236
give_back	small	0.1213
give_back	small like	0.0356
give_back	small project	-0.0301
give_back	small way	0.0281
give_back	smaller	-0.0204
give_back	so	-0.4879
give_back	so generous	0.0318
give_back	so grate	-0.0417
give_back	so honest	-0.0229
give_back	so i	-0.2753
give_back	so if	0.2887
give_back	so much	0.0645
give_back	so sorri	-0.0214
give_back	so use	-0.037
give_back	so you	-0.1477
give_back	so ~help	-0.0401
give_back	so ~number	-0.0217
give_back	so ~want	-0.0212
give_back	soak	0.0388
give_back	soak up	0.0402
give_back	social	0.0482
give_back	societi	0.0857
give_back	soil	0.1395
give_back	some	0.3031
give_back	some time	0.1238
give_back	some way	0.0442
give_back	some ~insight	-0.0417
give_back	some ~limit	0.1243
give_back	somehow	0.0998
give_back	someon	0.1027
give_back	someon in	-0.0571
give_back	someon like	-0.0457
give_back	someon on	-0.0303
give_back	someon to	0.4103
give_back	someon who	0.0611
give_back	someon ~people	0.0611
give_back	someth	0.2588
give_back	someth back	0.0467
give_back	someth come	0.0348
give_back	someth els	-0.0303
give_back	someth for	0.0916
give_back	someth small	0.0286
give_back	someth you	-0.0231
give_back	sometim	-0.031
give_back	son	-0.0207
give_back	soon	-0.0233
give_back	sorri	-0.3868
give_back	sorri for	-0.0335
give_back	sorri i	-0.1029
give_back	sorri if	-0.0348
give_back	sorri my	-0.0458
give_back	sorri the	-0.0244
give_back	sorri ~number	-0.0289
give_back	sort	0.0204
give_back	sound	-0.0435
give_back	sous	0.0238
give_back	sous chef	0.0241
give_back	sous ~student	0.0241
give_back	spanish	0.1354
give_back	spanish speaker	0.0236
give_back	spare	0.242
give_back	spare design	0.0673
give_back	spare ticket	0.1559
give_back	spare ~student	0.0673
give_back	speak	0.1483
give_back	speak portugues	0.0274
give_back	speak to	0.1455
give_back	speak with	-0.0514
give_back	speaker	0.1503
give_back	speaker for	0.0276
give_back	speaker i	0.0712
give_back	spend	-0.0592
give_back	spent	0.0485
give_back	spent six	0.0861
give_back	spent ~clock	0.074
give_back	spot	-0.0606
give_back	spread	0.0574
give_back	spread the	0.0576
give_back	spread ~number	0.0576
give_back	spreadsheet	0.17
give_back	spring	-0.069
give_back	squeez	-0.0488
give_back	squeez me	-0.0495
give_back	staf on	-0.0372
give_back	staf ratio	0.054
give_back	staff	0.0617
give_back	stagehand	-0.0247
give_back	stagehand for	-0.0247
give_back	stand	-0.0474
give_back	stand out	-0.0456
give_back	start	-0.3394
give_back	start at	-0.0409
give_back	start out	-0.06
give_back	start to	-0.0201
give_back	startup	0.0469
give_back	startup in	0.0284
give_back	startup want	0.0416
give_back	stat	0.0288
give_back	stat student	0.0268
give_back	stat ~student	0.0268
give_back	stay	-0.1357
give_back	stay in	-0.0801
give_back	step	0.0207
give_back	step in	0.0527
give_back	still	0.0794
give_back	still in	0.0214
give_back	stop	-0.0869
give_back	stop here	0.0495
give_back	stop there	-0.0331
give_back	stop ~want	0.0495
give_back	stori	-0.0229
give_back	straight	-0.0292
give_back	stretch	-0.0293
give_back	stretch this	-0.0208
give_back	string	0.0334
give_back	string attach	0.0473
give_back	structual	0.0284
give_back	structual engin	0.0284
give_back	structur	-0.0245
give_back	stuck	-0.0388
give_back	student	0.3757
give_back	student eye	0.0476
give_back	student perspect	0.0219
give_back	student side	0.0253
give_back	student volunt	0.0266
give_back	student ~insight	0.044
give_back	student ~org	0.0253
give_back	student ~want	0.0605
give_back	studio	0.1172
give_back	studio ever	0.0443
give_back	stuff	-0.0317
give_back	stuff i	0.0209
give_back	sub	0.0344
give_back	such	-0.0268
give_back	suggest	-0.0918
give_back	suggest i	-0.0273
give_back	suit me	-0.0424
give_back	summari	0.0717
give_back	summari of	0.0892
give_back	summer	-0.2775
give_back	summer i	-0.0644
give_back	summer ~job	-0.032
give_back	super	-0.0978
give_back	super help	-0.0377
give_back	super use	-0.0422
give_back	super ~help	-0.0422
give_back	suppli	-0.0221
give_back	supplier	0.1034
give_back	support	0.0572
give_back	support the	0.082
give_back	support ~number	0.082
give_back	sure	-0.0448
give_back	survey	0.4894
give_back	survey and	0.0429
give_back	survey data	0.084
give_back	survey design	0.0216
give_back	survey i	0.0901
give_back	survey result	0.0565
give_back	survey with	0.0307
give_back	sustain consult	0.0248
give_back	swamp	0.0494
give_back	switch	-0.0537
give_back	switch career	0.0411
give_back	switch from	-0.0309
give_back	tabl	0.0308
give_back	tag	-0.022
give_back	take a	0.0593
give_back	take anyth	-0.0207
give_back	take care	-0.0315
give_back	take it	-0.032
give_back	take me	0.0313
give_back	take on	-0.0863
give_back	take some	0.0841
give_back	take the	-0.0278
give_back	take up	-0.0259
give_back	take ~number	0.0269
give_back	talk	-0.0456
give_back	talk about	-0.0246
give_back	talk to	-0.0765
give_back	taught	-0.0314
give_back	teacher	-0.0271
give_back	team	-0.1107
give_back	team for	-0.0355
give_back	team hire	-0.0251
give_back	team i	-0.0245
give_back	team is	0.0684
give_back	team need	0.0547
give_back	team pleas	-0.0426
give_back	team post	0.0252
give_back	team some	0.1278
give_back	team want	0.1038
give_back	team would	0.0552
give_back	team ~gatekeeper	-0.0254
give_back	team ~hiring	-0.0242
give_back	team ~want	0.1277
give_back	tech	-0.0376
give_back	technic	-0.0207
give_back	tell me	-0.0516
give_back	tell you	0.0804
give_back	temporari	-0.0204
give_back	ten	-0.0235
give_back	term	-0.0408
give_back	test	0.4781
give_back	test the	0.1807
give_back	test your	0.1831
give_back	test ~number	0.1807
give_back	tester	0.1443
give_back	tester for	0.0416
give_back	text	0.0768
give_back	text me	0.0655
give_back	than	-0.0628
give_back	than happi	0.0207
give_back	thank	-0.4957
give_back	thank a	0.0371
give_back	thank again	-0.0278
give_back	thank for	-0.0827
give_back	thank heap	0.0246
give_back	thank so	-0.0687
give_back	thank that	-0.0294
give_back	thank to	-0.0268
give_back	thank you	-0.2301
give_back	thank ~later	-0.0278
give_back	thank ~number	0.0343
give_back	that a	-0.022
give_back	that articl	0.0905
give_back	that be	0.0222
give_back	that cover	-0.0359
give_back	that for	0.0243
give_back	that i	0.0569
give_back	that is	-0.25
give_back	that messi	0.0273
give_back	that might	0.1016
give_back	that podcast	-0.0666
give_back	that would	0.0245
give_back	that ~closing	0.0338
give_back	that ~limit	0.0259
give_back	that ~number	-0.0241
give_back	that ~student	0.0224
give_back	the	0.4721
give_back	the advic	-0.042
give_back	the advis	0.0293
give_back	the agenc	-0.025
give_back	the alumni	0.1105
give_back	the analyst	-0.024
give_back	the app	0.0702
give_back	the articl	-0.099
give_back	the associ	-0.0312
give_back	the best	-0.0651
give_back	the bird	0.077
give_back	the book	0.1066
give_back	the campaign	-0.0203
give_back	the certif	-0.0245
give_back	the chanc	-0.0414
give_back	the chariti	0.1257
give_back	the chat	0.0564
give_back	the class	0.0573
give_back	the clinic	0.0237
give_back	the clock	-0.0369
give_back	the code	0.0313
give_back	the colleg	0.0257
give_back	the communiti	-0.0226
give_back	the compani	-0.0202
give_back	the confer	0.1675
give_back	the cours	0.058
give_back	the data	-0.0365
give_back	the dataset	0.082
give_back	the day	-0.0367
give_back	the design	-0.0218
give_back	the door	-0.0563
give_back	the draft	-0.0279
give_back	the end	-0.0416
give_back	the english	0.0378
give_back	the experi	-0.0215
give_back	the favor	0.3295
give_back	the field	-0.0477
give_back	the first	-0.0291
give_back	the food	0.0319
give_back	the fund	0.0574
give_back	the galleri	-0.023
give_back	the graduat	-0.0523
give_back	the grant	0.0225
give_back	the hackathon	0.1055
give_back	the half	-0.0244
give_back	the hardest	-0.0222
give_back	the head	-0.0216
give_back	the hire	-0.0407
give_back	the hospit	-0.0351
give_back	the hour	-0.0212
give_back	the industri	-0.031
give_back	the instagram	0.0373
give_back	the junior	-0.0505
give_back	the kid	0.0643
give_back	the kind	0.0446
give_back	the last	-0.0438
give_back	the least	0.0288
give_back	the link	0.1428
give_back	the list	-0.0205
give_back	the master	-0.0294
give_back	the mentor	0.1682
give_back	the moment	-0.0523
give_back	the most	-0.0531
give_back	the museum	0.0563
give_back	the name	-0.0281
give_back	the new	0.1883
give_back	the newslett	0.0924
give_back	the next	0.0579
give_back	the onboard	0.0792
give_back	the onlin	0.1097
give_back	the op	0.0222
give_back	the open	0.023
give_back	the organis	0.0739
give_back	the organiz	0.025
give_back	the outreach	0.0454
give_back	the panel	0.07
give_back	the peopl	-0.0421
give_back	the plan	-0.0235
give_back	the polici	-0.0288
give_back	the portfolio	-0.053
give_back	the post	0.0215
give_back	the project	-0.0267
give_back	the python	0.0378
give_back	the read	0.0968
give_back	the record	0.0661
give_back	the recruit	-0.0398
give_back	the region	0.0842
give_back	the registr	0.0264
give_back	the rest	-0.0829
give_back	the result	-0.0203
give_back	the salari	-0.0256
give_back	the same	0.0396
give_back	the slide	0.0512
give_back	the social	0.0236
give_back	the soil	0.1049
give_back	the spanish	0.0366
give_back	the spreadsheet	0.0354
give_back	the spring	-0.0241
give_back	the startup	0.0402
give_back	the student	0.0455
give_back	the studio	0.1114
give_back	the summer	-0.1199
give_back	the survey	0.1477
give_back	the switch	-0.0252
give_back	the team	-0.0363
give_back	the time	-0.0798
give_back	the tip	0.0554
give_back	the two	0.07
give_back	the ux	0.0368
give_back	the water	-0.0223
give_back	the way	-0.0432
give_back	the whole	-0.0491
give_back	the word	0.1455
give_back	the work	-0.0349
give_back	the workshop	0.1304
give_back	the worst	-0.0282
give_back	the ~clock	0.0352
give_back	the ~closing	-0.1042
give_back	the ~contactverb	-0.0342
give_back	the ~degree	-0.0632
give_back	the ~gatekeeper	-0.0894
give_back	the ~hiring	0.0608
give_back	the ~insight	-0.0206
give_back	the ~job	-0.0372
give_back	the ~learn	-0.0417
give_back	the ~limit	-0.123
give_back	the ~number	0.0253
give_back	the ~org	0.0241
give_back	the ~student	-0.1437
give_back	the ~timeunit	-0.0221
give_back	the ~workverb	-0.0465
give_back	theatr	0.065
give_back	their first	-0.0279
give_back	their name	0.0792
give_back	their ~people	0.0821
give_back	them	0.1398
give_back	them along	0.1253
give_back	then	-0.1055
give_back	then i	-0.0206
give_back	there	0.0838
give_back	there a	-0.1311
give_back	there an	0.0432
give_back	there ani	-0.0665
give_back	there anyon	-0.088
give_back	there anyth	0.6151
give_back	there be	-0.0339
give_back	there i	-0.0275
give_back	there is	0.1024
give_back	there might	-0.0207
give_back	there some	0.0374
give_back	there someon	-0.0619
give_back	there ~number	-0.0882
give_back	there ~people	-0.1601
give_back	these	-0.0307
give_back	thesi	0.0416
give_back	they	0.1814
give_back	they are	0.1512
give_back	they were	0.0838
give_back	thing	0.1891
give_back	thing for	0.0587
give_back	thing i	-0.0307
give_back	thing is	0.0536
give_back	thing up	0.2303
give_back	think	-0.3412
give_back	think about	-0.0515
give_back	think i	-0.1182
give_back	think of	-0.1014
give_back	think that	-0.0203
give_back	think we	-0.0332
give_back	think would	-0.04
give_back	think you	0.059
give_back	think your	0.0824
give_back	think ~want	-0.04
give_back	this call	-0.0231
give_back	this field	-0.0461
give_back	this forward	0.0864
give_back	this has	-0.0254
give_back	this month	0.1393
give_back	this summer	-0.0545
give_back	this up	0.0559
give_back	this was	-0.1008
give_back	this week	-0.0517
give_back	this worth	0.2219
give_back	this year	-0.0215
give_back	this ~closing	-0.1512
give_back	this ~contactverb	-0.0231
give_back	this ~duration	-0.0215
give_back	this ~sendverb	0.0855
give_back	this ~talk	-0.0385
give_back	thought	-0.0821
give_back	three	-0.0463
give_back	through	-0.0991
give_back	through how	-0.0301
give_back	through the	-0.024
give_back	through you	-0.0302
give_back	through your	0.0845
give_back	through ~number	-0.0481
give_back	thursday	0.0715
give_back	ticket	0.1519
give_back	ticket to	0.1559
give_back	tidi	0.0756
give_back	till	-0.0269
give_back	time and	-0.0319
give_back	time but	0.0225
give_back	time for	-0.0391
give_back	time i	0.1182
give_back	time to	-0.0541
give_back	time today	-0.0272
give_back	time your	0.1019
give_back	time ~help	-0.0282
give_back	time ~job	-0.0227
give_back	tip	0.0457
give_back	tip about	0.0503
give_back	titl	0.1128
give_back	titl i	0.1224
give_back	to	0.0505
give_back	to a	-0.0549
give_back	to about	-0.0327
give_back	to appli	-0.0343
give_back	to be	-0.2594
give_back	to beta	0.0848
give_back	to bring	0.0898
give_back	to call	0.0827
give_back	to come	0.1506
give_back	to connect	0.0311
give_back	to cover	-0.0512
give_back	to cut	-0.0564
give_back	to day	-0.0269
give_back	to drop	-0.038
give_back	to eat	-0.0232
give_back	to email	0.0705
give_back	to featur	0.1004
give_back	to fill	0.0638
give_back	to find	0.0248
give_back	to finish	-0.0218
give_back	to get	-0.097
give_back	to give	0.0364
give_back	to go	-0.1462
give_back	to hand	0.0343
give_back	to have	-0.0269
give_back	to head	-0.04
give_back	to hear	-0.041
give_back	to help	0.1026
give_back	to hire	-0.0208
give_back	to introduc	0.1023
give_back	to join	-0.0294
give_back	to jump	-0.0357
give_back	to keep	-0.0654
give_back	to know	-0.0529
give_back	to learn	-0.0928
give_back	to leav	-0.0731
give_back	to let	0.0456
give_back	to make	0.0364
give_back	to me	-0.0519
give_back	to mind	-0.0259
give_back	to muck	-0.0213
give_back	to my	-0.0376
give_back	to our	0.1192
give_back	to pay	0.1325
give_back	to pick	-0.0261
give_back	to ping	-0.0244
give_back	to pitch	0.0345
give_back	to proofread	0.1153
give_back	to put	0.0469
give_back	to reach	0.0887
give_back	to refer	-0.0311
give_back	to return	0.2092
give_back	to run	-0.0408
give_back	to saniti	0.0555
give_back	to say	-0.0389
give_back	to see	-0.0576
give_back	to send	0.1884
give_back	to share	0.0637
give_back	to show	-0.0287
give_back	to someon	-0.0497
give_back	to speak	0.0322
give_back	to spend	-0.0205
give_back	to spread	0.049
give_back	to start	-0.0764
give_back	to stay	-0.0606
give_back	to step	0.0467
give_back	to stop	-0.0288
give_back	to take	0.0994
give_back	to talk	-0.0464
give_back	to tell	-0.0486
give_back	to test	0.0607
give_back	to that	0.0459
give_back	to trial	0.0668
give_back	to understand	-0.0743
give_back	to volunt	0.0286
give_back	to whoever	-0.029
give_back	to work	-0.0714
give_back	to you	0.552
give_back	to your	0.0255
give_back	to ~closing	-0.0327
give_back	to ~contactverb	0.2126
give_back	to ~help	0.3651
give_back	to ~insight	0.097
give_back	to ~learn	-0.4775
give_back	to ~limit	-0.0353
give_back	to ~number	-0.0934
give_back	to ~people	-0.0805
give_back	to ~sendverb	0.2592
give_back	to ~student	0.0286
give_back	to ~talk	0.2284
give_back	to ~workverb	-0.1125
give_back	today	-0.1216
give_back	today and	-0.0345
give_back	today i	-0.0345
give_back	togeth	0.1794
give_back	togeth a	0.0634
give_back	togeth ~number	0.0634
give_back	told	0.06
give_back	told you	0.097
give_back	tomorrow	0.049
give_back	tomorrow with	0.1165
give_back	tonight	-0.0739
give_back	tonight and	-0.0217
give_back	tonight it	0.0903
give_back	too	0.1067
give_back	too much	-0.0264
give_back	tool	-0.0281
give_back	topic	0.2057
give_back	total	-0.0925
give_back	total fine	-0.0546
give_back	total ~learn	-0.0237
give_back	touch	0.0361
give_back	touch on	0.0648
give_back	touch with	0.0329
give_back	tour	-0.0219
give_back	tourist	0.0503
give_back	track	-0.0367
give_back	train	0.0719
give_back	traine	-0.0457
give_back	transcript	0.0782
give_back	transit	0.0487
give_back	translat	0.234
give_back	translat for	0.0417
give_back	translat into	0.0503
give_back	translat of	0.0345
give_back	tri	-0.0893
give_back	tri to	-0.021
give_back	trial	-0.02
give_back	trial week	-0.0403
give_back	trial ~closing	-0.0425
give_back	trip	0.0862
give_back	true	-0.0205
give_back	truli if	0.0311
give_back	trust	-0.0251
give_back	tuesday	-0.0394
give_back	turn	0.0578
give_back	turn into	0.0229
give_back	turn up	0.0782
give_back	tutor	0.0815
give_back	tutor for	0.0289
give_back	two	0.0229
give_back	two ~duration	-0.0227
give_back	typic	-0.0842
give_back	typic ~closing	-0.0232
give_back	ui	0.0829
give_back	um	-0.0479
give_back	understand	-0.1408
give_back	understand if	-0.0212
give_back	understand the	-0.032
give_back	understand what	-0.0346
give_back	understand ~number	-0.032
give_back	understood	-0.0216
give_back	uni	0.1525
give_back	uni career	0.0473
give_back	uni is	0.027
give_back	universiti	0.0469
give_back	unpaid	-0.1213
give_back	until	-0.0348
give_back	up	0.0797
give_back	up a	-0.0317
give_back	up ani	-0.0244
give_back	up by	-0.0419
give_back	up i	-0.0236
give_back	up in	-0.039
give_back	up my	-0.0572
give_back	up on	-0.1093
give_back	up so	0.0329
give_back	up that	0.0472
give_back	up the	0.0712
give_back	up to	0.1047
give_back	up where	0.1243
give_back	up with	-0.0946
give_back	up ~number	0.0392
give_back	up ~want	0.0649
give_back	updat	-0.0696
give_back	uptak	0.076
give_back	us	-0.0658
give_back	use	0.9426
give_back	use an	0.1237
give_back	use for	0.1147
give_back	use i	0.0579
give_back	use if	0.0347
give_back	use to	0.2866
give_back	use ~number	0.1204
give_back	user	0.1623
give_back	user interview	0.0269
give_back	user test	0.1319
give_back	usual	-0.112
give_back	ux confer	0.0548
give_back	ux research	-0.0257
give_back	ux ~closing	0.0548
give_back	ux ~learn	-0.0212
give_back	vacanc	-0.0399
give_back	valu	-0.0251
give_back	veri	-0.2213
give_back	veri grate	-0.0334
give_back	veri much	-0.0483
give_back	veri use	-0.0319
give_back	veri ~help	-0.0319
give_back	vet i	0.0218
give_back	veteran	0.0234
give_back	veteran hire	0.0286
give_back	veteran ~gatekeeper	0.0286
give_back	veteran ~hiring	0.0286
give_back	video	0.0421
give_back	video edit	0.0461
give_back	view	0.0366
give_back	view of	0.0425
give_back	visa	-0.0265
give_back	visit	-0.0456
give_back	volunt	0.2643
give_back	volunt at	0.0472
give_back	volunt for	0.1502
give_back	volunt on	-0.0391
give_back	vs	-0.0375
give_back	wait	-0.0755
give_back	walk me	-0.0709
give_back	walk through	0.0891
give_back	want	0.911
give_back	want a	0.2126
give_back	want an	0.0724
give_back	want feedback	0.1377
give_back	want it	0.0375
give_back	want me	0.5031
give_back	want someon	0.1192
give_back	want the	0.0857
give_back	want to	-0.2969
give_back	want ~insight	0.1099
give_back	want ~number	0.3707
give_back	want ~people	0.1192
give_back	ward	-0.0262
give_back	warehous	-0.0204
give_back	was	-0.4102
give_back	was a	-0.0219
give_back	was actual	0.1084
give_back	was so	-0.0515
give_back	was super	-0.025
give_back	was the	-0.0311
give_back	was veri	-0.0363
give_back	was wonder	-0.1124
give_back	was ~number	-0.0552
give_back	wash	-0.0302
give_back	water	0.0631
give_back	water board	0.0909
give_back	way	0.2962
give_back	way i	0.2299
give_back	way mayb	0.021
give_back	way you	-0.0375
give_back	we	-0.3509
give_back	we are	-0.069
give_back	we can	-0.0764
give_back	websit	0.0204
give_back	week	-0.1977
give_back	week and	-0.0302
give_back	week at	-0.0378
give_back	week for	-0.0315
give_back	week i	0.0601
give_back	week of	0.0712
give_back	week to	-0.0492
give_back	week with	-0.0581
give_back	week ~want	0.0896
give_back	weekend	-0.053
give_back	weekend are	0.0246
give_back	weigh	-0.0234
give_back	weird	-0.042
give_back	weird if	-0.0269
give_back	well	-0.0486
give_back	well i	-0.0226
give_back	went	-0.1011
give_back	were	0.1426
give_back	were start	-0.047
give_back	were the	0.0438
give_back	were ~number	0.0636
give_back	were ~want	0.0574
give_back	what	-0.2966
give_back	what a	-0.0425
give_back	what are	-0.0292
give_back	what can	0.1673
give_back	what could	0.1967
give_back	what do	-0.096
give_back	what doe	-0.0877
give_back	what first	0.0264
give_back	what i	-0.0698
give_back	what is	-0.1781
give_back	what kind	-0.0391
give_back	what made	-0.0202
give_back	what skill	-0.0314
give_back	what student	0.0242
give_back	what they	0.1227
give_back	what was	-0.0249
give_back	what work	0.0692
give_back	what would	-0.052
give_back	what you	0.0241
give_back	what your	-0.0294
give_back	what ~help	-0.0959
give_back	what ~number	-0.0621
give_back	what ~want	-0.052
give_back	whatev you	-0.0247
give_back	when	-0.2907
give_back	when a	0.047
give_back	when i	-0.0714
give_back	when it	-0.0417
give_back	when my	0.0742
give_back	when you	-0.1478
give_back	when your	-0.039
give_back	when ~number	0.0275
give_back	whenev	0.4306
give_back	whenev the	0.1913
give_back	whenev you	0.0329
give_back	whenev your	0.1596
give_back	whenev ~number	0.1913
give_back	where	0.1229
give_back	where an	0.081
give_back	where do	-0.0283
give_back	where i	0.0908
give_back	where ~help	-0.0283
give_back	where ~number	0.0633
give_back	whether	-0.2033
give_back	whether there	-0.0225
give_back	whether to	-0.0224
give_back	whether you	-0.0568
give_back	whether ~number	-0.0289
give_back	whi	-0.0416
give_back	whi i	-0.0225
give_back	which of	0.1192
give_back	which way	0.057
give_back	while	0.1614
give_back	while i	-0.0388
give_back	who	-0.1201
give_back	who actual	0.1049
give_back	who do	0.0275
give_back	who help	-0.0206
give_back	who is	0.0848
give_back	who just	0.0254
give_back	who might	-0.029
give_back	who switch	0.0217
give_back	who work	-0.0232
give_back	who would	-0.0613
give_back	who ~want	-0.0368
give_back	whoever	-0.0371
give_back	whole	-0.0517
give_back	wierd	-0.02
give_back	will	-0.149
give_back	will add	0.0665
give_back	will be	-0.0507
give_back	will def	-0.0245
give_back	will definit	-0.0332
give_back	will drop	-0.0246
give_back	will email	0.0808
give_back	will follow	-0.0345
give_back	will forward	0.079
give_back	will let	-0.1572
give_back	will not	-0.0379
give_back	will pass	0.1795
give_back	will report	-0.0262
give_back	will share	0.0571
give_back	will shoot	-0.0201
give_back	will stop	-0.0451
give_back	will to	-0.0894
give_back	will wrap	-0.0231
give_back	will write	-0.054
give_back	will ~contactverb	0.0286
give_back	will ~help	-0.0223
give_back	will ~learn	0.0524
give_back	will ~sendverb	0.3594
give_back	will ~talk	0.0604
give_back	wish	-0.0773
give_back	wish you	-0.0407
give_back	with	0.1231
give_back	with a	-0.1154
give_back	with ani	0.0228
give_back	with anyth	0.218
give_back	with excel	0.0937
give_back	with her	0.0894
give_back	with in	0.0342
give_back	with like	0.022
give_back	with me	-0.0753
give_back	with my	0.0208
give_back	with on	0.029
give_back	with python	0.0393
give_back	with someon	-0.0207
give_back	with someth	0.0432
give_back	with spreadsheet	0.0299
give_back	with the	0.2054
give_back	with translat	0.0205
give_back	with you	-0.1336
give_back	with your	-0.1115
give_back	with ~number	0.0663
give_back	with ~people	-0.0415
give_back	without	-0.0515
give_back	wonder	-0.1669
give_back	wonder if	-0.0369
give_back	wonder whether	-0.0774
give_back	word	0.0631
give_back	word about	0.0547
give_back	word for	-0.0414
give_back	word out	0.0491
give_back	work	-0.3527
give_back	work for	-0.0336
give_back	work go	0.0683
give_back	work in	-0.0847
give_back	work on	-0.0289
give_back	work the	-0.0219
give_back	work ~number	-0.0403
give_back	workshop	0.1446
give_back	worri	-0.0357
give_back	worst	-0.0327
give_back	worth	0.1144
give_back	worth it	-0.0347
give_back	worth your	0.2214
give_back	would	0.1086
give_back	would a	0.0732
give_back	would an	0.0865
give_back	would be	0.1492
give_back	would do	-0.0442
give_back	would enjoy	0.2298
give_back	would ever	0.0467
give_back	would find	0.0775
give_back	would give	-0.0336
give_back	would glad	0.1188
give_back	would happili	0.0767
give_back	would help	0.0487
give_back	would honest	-0.025
give_back	would i	-0.0222
give_back	would jump	-0.1141
give_back	would let	-0.0258
give_back	would like	0.192
give_back	would love	-0.1219
give_back	would mean	-0.0206
give_back	would not	0.0268
give_back	would realli	-0.0988
give_back	would recommend	-0.0672
give_back	would say	-0.0222
give_back	would take	0.0231
give_back	would there	-0.0227
give_back	would you	-0.0237
give_back	would ~help	-0.0299
give_back	would ~insight	0.0231
give_back	would ~learn	0.0572
give_back	would ~number	0.1596
give_back	would ~want	-0.1162
give_back	wow	-0.0323
give_back	wrap	-0.084
give_back	wrap up	-0.048
give_back	write	-0.0506
give_back	write a	0.0216
give_back	write someth	0.05
give_back	write to	-0.0348
give_back	write up	-0.0366
give_back	write you	-0.0444
give_back	wrong	-0.032
give_back	wrote	0.0386
give_back	year	-0.127
give_back	year and	-0.0386
give_back	year could	0.0603
give_back	year in	-0.047
give_back	year manag	0.0885
give_back	year of	-0.0236
give_back	year ~workverb	0.0782
give_back	yell	0.0216
give_back	yes	-0.0344
give_back	yet	-0.0268
give_back	you a	-0.2702
give_back	you about	0.0928
give_back	you actual	-0.0319
give_back	you after	-0.0523
give_back	you an	-0.0352
give_back	you and	0.0855
give_back	you are	0.3036
give_back	you at	0.0414
give_back	you back	0.1037
give_back	you be	-0.1093
give_back	you by	-0.0229
give_back	you can	-0.1959
give_back	you consid	-0.0219
give_back	you could	-0.2702
give_back	you decid	-0.0284
give_back	you do	-0.0372
give_back	you email	-0.0544
give_back	you ever	0.2662
give_back	you find	-0.0253
give_back	you follow	-0.0228
give_back	you for	-0.1247
give_back	you from	0.0251
give_back	you get	-0.1138
give_back	you give	-0.057
give_back	you go	-0.0972
give_back	you got	-0.0221
give_back	you guy	-0.0373
give_back	you had	-0.0298
give_back	you have	-0.0316
give_back	you hear	-0.04
give_back	you help	-0.0378
give_back	you her	0.0569
give_back	you hire	-0.0306
give_back	you how	-0.031
give_back	you in	0.5293
give_back	you introduc	-0.0541
give_back	you just	0.0342
give_back	you keep	-0.0615
give_back	you know	-0.0757
give_back	you late	-0.0207
give_back	you let	-0.0545
give_back	you like	0.3657
give_back	you look	-0.026
give_back	you mayb	0.0207
give_back	you mention	0.2802
give_back	you might	-0.0268
give_back	you mind	-0.0909
give_back	you my	-0.0748
give_back	you need	0.1522
give_back	you next	-0.044
give_back	you note	-0.0573
give_back	you on	-0.0856
give_back	you onc	-0.0329
give_back	you one	0.0887
give_back	you or	0.0603
give_back	you out	0.1848
give_back	you pass	-0.0495
give_back	you post	-0.0436
give_back	you put	-0.0528
give_back	you recommend	-0.0581
give_back	you refer	-0.047
give_back	you run	0.0651
give_back	you said	0.1227
give_back	you say	-0.0534
give_back	you serious	0.0479
give_back	you share	-0.0454
give_back	you so	0.089
give_back	you start	-0.0233
give_back	you still	-0.0275
give_back	you suggest	-0.0433
give_back	you take	-0.0208
give_back	you tell	-0.052
give_back	you that	0.1187
give_back	you the	0.318
give_back	you think	-0.2263
give_back	you this	-0.0344
give_back	you to	0.0487
give_back	you two	0.0567
give_back	you up	-0.0448
give_back	you use	-0.0434
give_back	you usual	-0.0322
give_back	you veri	-0.0397
give_back	you walk	-0.0277
give_back	you want	0.464
give_back	you were	-0.065
give_back	you what	0.0632
give_back	you when	-0.0384
give_back	you where	0.0795
give_back	you wish	-0.0554
give_back	you with	0.2044
give_back	you would	-0.0339
give_back	you ~clock	0.1453
give_back	you ~contactverb	-0.0631
give_back	you ~help	-0.1257
give_back	you ~insight	-0.0274
give_back	you ~learn	-0.2883
give_back	you ~number	0.1671
give_back	you ~people	0.0885
give_back	you ~sendverb	-0.1749
give_back	you ~studyverb	-0.0333
give_back	you ~talk	-0.0869
give_back	you ~want	0.3632
give_back	you ~workverb	0.0427
give_back	your	0.75
give_back	your afternoon	-0.0396
give_back	your agenc	-0.0283
give_back	your app	0.0251
give_back	your apprentic	0.1413
give_back	your apprenticeship	0.0314
give_back	your background	-0.021
give_back	your brain	-0.0249
give_back	your brochur	0.0235
give_back	your career	-0.0742
give_back	your colleagu	-0.0451
give_back	your compani	-0.1503
give_back	your confer	0.0366
give_back	your depart	-0.0804
give_back	your email	-0.0291
give_back	your end	0.0582
give_back	your evening	-0.024
give_back	your event	0.0384
give_back	your experi	-0.0262
give_back	your field	-0.0403
give_back	your firm	-0.0691
give_back	your friend	-0.0226
give_back	your girl	-0.0284
give_back	your group	-0.0302
give_back	your guidanc	0.0394
give_back	your help	-0.0236
give_back	your hire	-0.0413
give_back	your honest	-0.0251
give_back	your inbox	0.0958
give_back	your industri	-0.0257
give_back	your junior	0.067
give_back	your kind	-0.0237
give_back	your lab	0.0845
give_back	your lunch	-0.056
give_back	your manag	-0.033
give_back	your network	-0.0379
give_back	your new	0.177
give_back	your newslett	0.032
give_back	your next	0.0907
give_back	your nonprofit	0.1127
give_back	your offic	-0.0296
give_back	your old	-0.0393
give_back	your onboard	0.1006
give_back	your open	0.1169
give_back	your outreach	0.0307
give_back	your own	-0.0359
give_back	your patient	0.033
give_back	your perspect	-0.0268
give_back	your plate	0.0749
give_back	your podcast	0.1112
give_back	your project	0.1137
give_back	your recruit	0.0601
give_back	your research	0.0725
give_back	your schedul	-0.0252
give_back	your school	0.0233
give_back	your session	-0.0238
give_back	your shoot	-0.0295
give_back	your side	0.0319
give_back	your social	-0.0216
give_back	your student	0.1041
give_back	your studio	-0.0481
give_back	your survey	0.0843
give_back	your swamp	0.0678
give_back	your team	0.1225
give_back	your thought	-0.0334
give_back	your time	-0.0709
give_back	your to	0.0586
give_back	your veteran	0.026
give_back	your way	0.0229
give_back	your week	-0.035
give_back	your while	0.2219
give_back	your work	-0.0221
give_back	your ~closing	-0.1095
give_back	your ~contactverb	-0.0323
give_back	your ~degree	0.0222
give_back	your ~gatekeeper	-0.0614
give_back	your ~help	-0.025
give_back	your ~hiring	0.0927
give_back	your ~insight	-0.103
give_back	your ~learn	-0.0399
give_back	your ~limit	-0.231
give_back	your ~org	-0.181
give_back	your ~people	-0.0586
give_back	your ~sendverb	-0.0351
give_back	your ~student	0.0797
give_back	your ~talk	-0.0752
give_back	your ~workverb	-0.0221
give_back	yourself	-0.0348
give_back	z	0.0324
give_back	z perspect	0.0255
give_back	z ~insight	0.0294
give_back	~application	-0.2347
give_back	~application along	-0.0341
give_back	~application on	-0.0262
give_back	~application to	-0.0706
give_back	~clock	-0.3038
give_back	~clock evening	0.1093
give_back	~clock hour	-0.0318
give_back	~clock if	0.0423
give_back	~clock minut	-0.0725
give_back	~clock more	-0.0438
give_back	~clock of	-0.0241
give_back	~clock sec	-0.0232
give_back	~clock year	-0.0871
give_back	~closing	-0.1532
give_back	~closing and	-0.0379
give_back	~closing at	-0.0468
give_back	~closing i	0.0933
give_back	~closing if	-0.0259
give_back	~closing just	0.0757
give_back	~closing let	0.0352
give_back	~closing like	-0.021
give_back	~closing look	-0.0274
give_back	~closing next	0.1669
give_back	~closing or	0.0625
give_back	~closing shift	-0.0428
give_back	~closing that	-0.0201
give_back	~closing to	-0.0811
give_back	~closing with	-0.0527
give_back	~contactverb	0.0928
give_back	~contactverb at	0.0879
give_back	~contactverb back	-0.0208
give_back	~contactverb for	0.0362
give_back	~contactverb i	-0.0394
give_back	~contactverb it	0.1116
give_back	~contactverb me	0.2866
give_back	~contactverb on	0.0776
give_back	~contactverb onc	0.0307
give_back	~contactverb out	-0.061
give_back	~contactverb someth	0.0505
give_back	~contactverb the	-0.0227
give_back	~contactverb to	-0.0467
give_back	~contactverb tonight	-0.042
give_back	~contactverb up	-0.0364
give_back	~contactverb with	-0.033
give_back	~contactverb you	-0.0939
give_back	~degree	0.0656
give_back	~degree at	0.0209
give_back	~degree i	0.2354
give_back	~degree if	0.0499
give_back	~degree in	-0.0643
give_back	~degree or	-0.0365
give_back	~degree program	-0.023
give_back	~degree rout	-0.0219
give_back	~degree scheme	0.0327
give_back	~degree to	-0.0222
give_back	~degree you	0.0707
give_back	~duration	-0.2749
give_back	~duration and	-0.0406
give_back	~duration as	-0.0202
give_back	~duration could	0.0603
give_back	~duration i	-0.0299
give_back	~duration in	-0.0514
give_back	~duration manag	0.0885
give_back	~duration of	-0.0237
give_back	~gatekeeper	-0.3111
give_back	~gatekeeper at	0.0696
give_back	~gatekeeper for	-0.0493
give_back	~gatekeeper initi	0.026
give_back	~gatekeeper manag	-0.0738
give_back	~gatekeeper side	0.0228
give_back	~gatekeeper to	-0.0235
give_back	~help	1.0378
give_back	~help a	-0.1282
give_back	~help at	-0.021
give_back	~help differ	-0.0405
give_back	~help for	0.5987
give_back	~help from	-0.0248
give_back	~help i	0.0764
give_back	~help if	0.2143
give_back	~help inform	-0.0213
give_back	~help is	0.0363
give_back	~help it	0.1116
give_back	~help litter	-0.0223
give_back	~help make	-0.0202
give_back	~help me	-0.1586
give_back	~help most	-0.0245
give_back	~help my	-0.0297
give_back	~help new	-0.0233
give_back	~help not	-0.1203
give_back	~help on	-0.056
give_back	~help one	0.0215
give_back	~help out	-0.0496
give_back	~help peopl	-0.0637
give_back	~help set	0.0234
give_back	~help someth	0.0839
give_back	~help the	0.4018
give_back	~help they	-0.0278
give_back	~help to	0.4083
give_back	~help translat	0.0214
give_back	~help with	0.2599
give_back	~help you	0.0959
give_back	~hiring	0.1223
give_back	~hiring flow	0.0841
give_back	~hiring initi	0.026
give_back	~hiring manag	-0.0738
give_back	~hiring materi	0.0241
give_back	~hiring on	-0.0207
give_back	~hiring side	0.0222
give_back	~hiring the	-0.0203
give_back	~insight	-0.1351
give_back	~insight a	0.1204
give_back	~insight about	-0.023
give_back	~insight anyth	-0.0207
give_back	~insight care	-0.0315
give_back	~insight for	0.0281
give_back	~insight i	0.1188
give_back	~insight it	-0.0401
give_back	~insight me	0.0347
give_back	~insight on	0.0836
give_back	~insight some	0.0868
give_back	~insight the	-0.0229
give_back	~insight to	-0.0329
give_back	~insight today	0.0455
give_back	~insight up	-0.0245
give_back	~insight you	-0.0233
give_back	~insight your	-0.0207
give_back	~job	-0.6537
give_back	~job at	-0.0502
give_back	~job board	0.0666
give_back	~job come	-0.0279
give_back	~job for	-0.0524
give_back	~job hunt	-0.0223
give_back	~job i	-0.0581
give_back	~job if	0.0476
give_back	~job in	-0.0631
give_back	~job is	-0.0228
give_back	~job on	-0.0881
give_back	~job open	-0.0348
give_back	~job or	-0.0294
give_back	~job scheme	0.0297
give_back	~job you	0.104
give_back	~later	-0.1748
give_back	~later and	0.0266
give_back	~later for	0.0683
give_back	~later i	-0.0331
give_back	~later if	-0.0232
give_back	~later on	-0.0212
give_back	~later the	-0.0225
give_back	~later today	-0.0363
give_back	~learn	-0.5526
give_back	~learn a	0.1711
give_back	~learn about	0.0479
give_back	~learn anyon	-0.0711
give_back	~learn assist	-0.0496
give_back	~learn back	-0.0405
give_back	~learn for	-0.0582
give_back	~learn go	0.0623
give_back	~learn her	0.0456
give_back	~learn hire	-0.0207
give_back	~learn how	-0.0652
give_back	~learn i	-0.0378
give_back	~learn in	-0.0386
give_back	~learn is	-0.0348
give_back	~learn it	0.0309
give_back	~learn me	0.0952
give_back	~learn of	-0.0588
give_back	~learn on	0.0337
give_back	~learn out	-0.0709
give_back	~learn some	-0.0299
give_back	~learn this	-0.0269
give_back	~learn to	-0.034
give_back	~learn use	0.0588
give_back	~learn what	-0.1043
give_back	~learn when	0.0806
give_back	~learn where	0.0487
give_back	~learn you	-0.0477
give_back	~learn your	-0.1512
give_back	~limit	-0.1766
give_back	~limit and	-0.0573
give_back	~limit break	-0.0353
give_back	~limit for	-0.0512
give_back	~limit happi	0.0441
give_back	~limit i	0.2054
give_back	~limit in	-0.0205
give_back	~limit it	-0.0222
give_back	~limit let	0.0352
give_back	~limit or	0.0563
give_back	~limit so	-0.0389
give_back	~limit to	-0.0891
give_back	~limit today	-0.0285
give_back	~limit your	0.1108
give_back	~number	0.0731
give_back	~number advic	-0.042
give_back	~number advis	0.0293
give_back	~number agenc	-0.0272
give_back	~number alumni	0.1091
give_back	~number analyst	-0.028
give_back	~number app	0.0626
give_back	~number applic	-0.0265
give_back	~number architect	0.1184
give_back	~number articl	-0.0387
give_back	~number associ	-0.0329
give_back	~number best	-0.0656
give_back	~number beta	0.0745
give_back	~number big	0.0228
give_back	~number bird	0.077
give_back	~number bit	-0.0756
give_back	~number book	0.1026
give_back	~number bootcamp	-0.0403
give_back	~number build	0.1083
give_back	~number busi	-0.0208
give_back	~number call	-0.025
give_back	~number campaign	-0.0245
give_back	~number certif	-0.0309
give_back	~number chanc	0.0657
give_back	~number chariti	0.163
give_back	~number chat	0.0348
give_back	~number class	0.0581
give_back	~number client	-0.0327
give_back	~number clinic	0.0203
give_back	~number clock	-0.0369
give_back	~number code	0.0905
give_back	~number coffe	0.0796
give_back	~number colleg	0.0254
give_back	~number committe	0.073
give_back	~number communiti	-0.0304
give_back	~number compani	-0.025
give_back	~number confer	0.1852
give_back	~number connect	-0.0323
give_back	~number contact	0.0785
give_back	~number contract	-0.0312
give_back	~number contractor	-0.0316
give_back	~number copi	0.0717
give_back	~number cours	0.0562
give_back	~number dashboard	0.0324
give_back	~number data	-0.0527
give_back	~number dataset	0.0806
give_back	~number day	-0.1127
give_back	~number decent	0.0502
give_back	~number degre	-0.0206
give_back	~number demo	0.1051
give_back	~number design	-0.0362
give_back	~number differ	-0.0279
give_back	~number door	-0.0577
give_back	~number draft	-0.0363
give_back	~number email	-0.0373
give_back	~number end	-0.0416
give_back	~number engin	0.0424
give_back	~number english	0.0372
give_back	~number evening	0.1034
give_back	~number event	0.0444
give_back	~number exhibit	-0.0204
give_back	~number experi	-0.0215
give_back	~number extra	0.0999
give_back	~number eye	0.0331
give_back	~number fair	0.0203
give_back	~number favor	0.3274
give_back	~number few	-0.0212
give_back	~number field	-0.063
give_back	~number final	-0.0356
give_back	~number first	-0.0334
give_back	~number fit	-0.0204
give_back	~number follow	-0.0312
give_back	~number food	0.0284
give_back	~number free	0.0256
give_back	~number freelanc	-0.0608
give_back	~number fresh	0.0914
give_back	~number friday	-0.0234
give_back	~number fund	0.0574
give_back	~number galleri	-0.0231
give_back	~number game	0.0752
give_back	~number gap	-0.0251
give_back	~number gen	0.0294
give_back	~number german	0.0915
give_back	~number gig	0.0418
give_back	~number good	-0.0498
give_back	~number grad	-0.0215
give_back	~number graduat	-0.057
give_back	~number grant	0.022
give_back	~number great	0.0545
give_back	~number hackathon	0.1031
give_back	~number half	-0.0244
give_back	~number hand	0.2941
give_back	~number hard	-0.0239
give_back	~number hardest	-0.0222
give_back	~number head	-0.0255
give_back	~number hire	-0.0439
give_back	~number honest	-0.0214
give_back	~number hospit	-0.0388
give_back	~number hour	-0.0607
give_back	~number if	0.0441
give_back	~number industri	-0.0312
give_back	~number instagram	0.0373
give_back	~number intern	-0.0337
give_back	~number internship	-0.0635
give_back	~number interview	-0.0347
give_back	~number intro	0.1032
give_back	~number job	-0.0693
give_back	~number junior	-0.1429
give_back	~number kid	0.0573
give_back	~number kind	0.0432
give_back	~number last	-0.0581
give_back	~number least	0.0288
give_back	~number line	-0.0404
give_back	~number link	0.1204
give_back	~number list	-0.0348
give_back	~number local	-0.0316
give_back	~number logist	0.0252
give_back	~number look	0.0794
give_back	~number lot	-0.0393
give_back	~number master	-0.0759
give_back	~number mentor	0.1836
give_back	~number million	0.0279
give_back	~number minut	-0.1218
give_back	~number moment	-0.0724
give_back	~number month	-0.1059
give_back	~number more	-0.0486
give_back	~number most	-0.0539
give_back	~number museum	0.0551
give_back	~number name	-0.0582
give_back	~number new	0.1732
give_back	~number newslett	0.0906
give_back	~number next	0.0556
give_back	~number normal	-0.0231
give_back	~number note	0.0854
give_back	~number nurs	-0.0323
give_back	~number of	0.0589
give_back	~number onboard	0.0792
give_back	~number onlin	0.1068
give_back	~number op	0.0222
give_back	~number organis	0.0739
give_back	~number organiz	0.025
give_back	~number outreach	0.0454
give_back	~number page	0.0319
give_back	~number panel	0.0702
give_back	~number part	-0.0626
give_back	~number peopl	-0.0258
give_back	~number person	-0.0317
give_back	~number phd	-0.0204
give_back	~number placement	-0.0312
give_back	~number plan	-0.0237
give_back	~number podcast	0.0564
give_back	~number polici	-0.0393
give_back	~number portfolio	-0.064
give_back	~number posit	-0.0388
give_back	~number practic	-0.0208
give_back	~number print	0.0228
give_back	~number project	-0.0871
give_back	~number proper	-0.0252
give_back	~number python	0.0461
give_back	~number question	-0.0283
give_back	~number quick	-0.0752
give_back	~number read	0.1069
give_back	~number real	-0.0209
give_back	~number record	0.0661
give_back	~number referr	-0.0554
give_back	~number region	0.0824
give_back	~number registr	0.0264
give_back	~number regular	-0.0368
give_back	~number research	-0.0447
give_back	~number rest	-0.0829
give_back	~number result	-0.0203
give_back	~number role	-0.0236
give_back	~number rope	0.0862
give_back	~number run	-0.0225
give_back	~number runner	-0.0267
give_back	~number salari	-0.0261
give_back	~number same	0.0396
give_back	~number saturday	-0.0245
give_back	~number sec	-0.0628
give_back	~number second	0.0564
give_back	~number shift	-0.0249
give_back	~number shoot	-0.0294
give_back	~number short	-0.0365
give_back	~number shout	0.0599
give_back	~number slide	0.0512
give_back	~number smaller	-0.0201
give_back	~number social	0.0227
give_back	~number soil	0.1049
give_back	~number sous	0.0248
give_back	~number spanish	0.0882
give_back	~number spare	0.2502
give_back	~number spot	-0.0307
give_back	~number spreadsheet	0.0937
give_back	~number spring	-0.0256
give_back	~number stagehand	-0.0247
give_back	~number startup	0.0332
give_back	~number stat	0.026
give_back	~number student	0.1037
give_back	~number studio	0.1082
give_back	~number summari	0.0894
give_back	~number summer	-0.1371
give_back	~number survey	0.1525
give_back	~number switch	-0.0261
give_back	~number team	-0.0465
give_back	~number thank	-0.0715
give_back	~number thing	-0.0223
give_back	~number time	-0.0906
give_back	~number tip	0.0554
give_back	~number traine	-0.0255
give_back	~number transit	0.0415
give_back	~number translat	0.0701
give_back	~number trial	-0.0517
give_back	~number two	0.0685
give_back	~number typic	-0.0629
give_back	~number ux	0.0313
give_back	~number volunt	0.1265
give_back	~number water	-0.0229
give_back	~number way	-0.0294
give_back	~number week	-0.0664
give_back	~number whole	-0.0525
give_back	~number word	0.1146
give_back	~number work	-0.0382
give_back	~number workshop	0.1315
give_back	~number worst	-0.0282
give_back	~number year	-0.0983
give_back	~org	-0.2671
give_back	~org and	-0.0493
give_back	~org at	-0.0242
give_back	~org career	0.0262
give_back	~org day	0.156
give_back	~org ever	0.0322
give_back	~org for	-0.0311
give_back	~org hire	-0.0325
give_back	~org i	-0.0322
give_back	~org is	0.0418
give_back	~org need	0.0884
give_back	~org next	-0.0263
give_back	~org open	0.0262
give_back	~org or	-0.0254
give_back	~org pleas	-0.0541
give_back	~org post	0.0243
give_back	~org run	-0.0217
give_back	~org set	0.0353
give_back	~org some	0.1278
give_back	~org staf	0.0757
give_back	~org take	-0.0295
give_back	~org too	0.0223
give_back	~org want	0.2665
give_back	~org who	-0.0304
give_back	~org would	0.0372
give_back	~org you	-0.061
give_back	~people	-0.0995
give_back	~people actual	0.0782
give_back	~people along	0.0918
give_back	~people at	0.0286
give_back	~people els	-0.0964
give_back	~people evening	0.1093
give_back	~people for	0.0658
give_back	~people help	-0.0548
give_back	~people i	-0.0587
give_back	~people in	-0.1593
give_back	~people is	0.08
give_back	~people like	-0.0584
give_back	~people might	0.0403
give_back	~people more	-0.0397
give_back	~people network	0.0626
give_back	~people of	-0.0744
give_back	~people on	-0.0444
give_back	~people switch	0.0214
give_back	~people to	0.3606
give_back	~people with	-0.0481
give_back	~people work	-0.0269
give_back	~people would	-0.0643
give_back	~people you	-0.0771
give_back	~sendverb	0.4876
give_back	~sendverb a	-0.0902
give_back	~sendverb along	0.1207
give_back	~sendverb i	-0.0402
give_back	~sendverb it	0.3091
give_back	~sendverb me	0.0346
give_back	~sendverb my	-0.1702
give_back	~sendverb on	-0.0277
give_back	~sendverb over	-0.0642
give_back	~sendverb the	0.142
give_back	~sendverb their	0.0821
give_back	~sendverb them	0.1403
give_back	~sendverb tonight	-0.042
give_back	~sendverb what	0.0646
give_back	~sendverb with	-0.0398
give_back	~sendverb you	0.0457
give_back	~sendverb your	0.0849
give_back	~student	-0.1442
give_back	~student a	0.0693
give_back	~student analyst	-0.0405
give_back	~student and	0.0621
give_back	~student associ	-0.0304
give_back	~student at	0.1056
give_back	~student eye	0.0476
give_back	~student folk	0.0679
give_back	~student for	0.1707
give_back	~student group	0.0351
give_back	~student hire	0.0289
give_back	~student if	-0.0281
give_back	~student in	-0.0541
give_back	~student might	0.0268
give_back	~student on	-0.0245
give_back	~student open	-0.0301
give_back	~student or	-0.0218
give_back	~student perspect	0.0801
give_back	~student posit	-0.0348
give_back	~student program	-0.0392
give_back	~student role	-0.0429
give_back	~student scheme	-0.0394
give_back	~student school	-0.0243
give_back	~student side	0.0239
give_back	~student to	-0.0226
give_back	~student volunt	0.0266
give_back	~student with	-0.0252
give_back	~studyverb	-0.2321
give_back	~studyverb a	-0.05
give_back	~studyverb all	0.0229
give_back	~studyverb an	0.0486
give_back	~studyverb anyon	-0.0306
give_back	~studyverb career	0.0249
give_back	~studyverb her	0.0274
give_back	~studyverb in	-0.0238
give_back	~studyverb my	-0.03
give_back	~studyverb not	-0.0304
give_back	~studyverb the	-0.05
give_back	~studyverb you	-0.1199
give_back	~studyverb your	-0.0217
give_back	~talk	-0.2369
give_back	~talk about	-0.0313
give_back	~talk at	0.0617
give_back	~talk i	-0.062
give_back	~talk is	0.0359
give_back	~talk it	0.1129
give_back	~talk me	0.1626
give_back	~talk my	0.0272
give_back	~talk on	0.0446
give_back	~talk onc	0.0332
give_back	~talk out	-0.0689
give_back	~talk portugues	0.0274
give_back	~talk so	-0.0353
give_back	~talk the	-0.0216
give_back	~talk tonight	-0.042
give_back	~talk what	-0.0252
give_back	~talk who	-0.0244
give_back	~talk with	-0.1933
give_back	~talk you	0.0371
give_back	~timeunit	-0.2756
give_back	~want	0.0393
give_back	~want a	0.17
give_back	~want about	0.0225
give_back	~want all	0.1362
give_back	~want an	0.1443
give_back	~want appreci	-0.103
give_back	~want ask	0.022
give_back	~want at	0.0324
give_back	~want be	0.1416
give_back	~want do	-0.0458
give_back	~want enjoy	0.2278
give_back	~want ever	0.0467
give_back	~want find	0.0771
give_back	~want for	0.3991
give_back	~want give	-0.0336
give_back	~want glad	0.1173
give_back	~want good	0.1113
give_back	~want grate	-0.0622
give_back	~want happili	0.0767
give_back	~want honest	-0.0265
give_back	~want i	-0.1231
give_back	~want in	0.0956
give_back	~want interest	-0.0311
give_back	~want is	0.0253
give_back	~want it	-0.1006
give_back	~want jump	-0.1144
give_back	~want just	-0.0248
give_back	~want keen	-0.026
give_back	~want like	0.1672
give_back	~want love	-0.1402
give_back	~want me	0.5012
give_back	~want mean	-0.0206
give_back	~want my	0.0458
give_back	~want need	-0.0264
give_back	~want not	0.0248
give_back	~want realli	-0.1151
give_back	~want recommend	-0.0672
give_back	~want say	0.0646
give_back	~want send	0.0344
give_back	~want shout	0.0933
give_back	~want so	-0.0231
give_back	~want take	0.0425
give_back	~want text	0.0655
give_back	~want thank	0.0664
give_back	~want the	0.0412
give_back	~want there	-0.0227
give_back	~want this	-0.0833
give_back	~want to	-0.4682
give_back	~want tri	-0.0201
give_back	~want use	-0.0349
give_back	~want valu	-0.0201
give_back	~want want	-0.1271
give_back	~want what	0.0821
give_back	~want write	0.0835
give_back	~want you	-0.1738
give_back	~want your	-0.0715
give_back	~workverb	-0.0817
give_back	~workverb a	0.1474
give_back	~workverb at	-0.0427
give_back	~workverb for	-0.0307
give_back	~workverb go	0.0658
give_back	~workverb hope	0.0497
give_back	~workverb i	-0.0294
give_back	~workverb in	-0.0631
give_back	~workverb look	0.1491
give_back	~workverb now	0.0882
give_back	~workverb on	-0.0367
give_back	~workverb over	-0.0322
give_back	~workverb realli	-0.0235
give_back	~workverb six	0.0861
give_back	~workverb so	0.0261
give_back	~workverb the	-0.0394
give_back	~workverb to	-0.0505
self_intro	*	-3.2083
self_intro	1	0.0567
self_intro	10	0.0298
self_intro	10 year	0.0381
self_intro	10 ~duration	0.0381
self_intro	12	0.077
self_intro	12 do	0.0203
self_intro	12 year	0.0565
self_intro	12 ~duration	0.054
self_intro	12 ~studyverb	0.0203
self_intro	12th	0.0227
self_intro	15	0.0424
self_intro	15 year	0.0436
self_intro	15 ~duration	0.0436
self_intro	16	0.047
self_intro	17	0.0416
self_intro	19	0.0954
self_intro	19 been	0.0287
self_intro	19 drop	0.0553
self_intro	19 ~workverb	0.0287
self_intro	2	0.0411
self_intro	2 ~clock	0.0622
self_intro	20	0.0753
self_intro	20 minut	0.0608
self_intro	20 ~limit	0.0407
self_intro	20 ~timeunit	0.0589
self_intro	2019	0.0287
self_intro	2020	0.045
self_intro	2022	0.0301
self_intro	24	0.0321
self_intro	27	0.0325
self_intro	2nd	0.1378
self_intro	2nd year	0.1378
self_intro	2nd ~duration	0.1378
self_intro	3	0.028
self_intro	3 back	0.0369
self_intro	3 year	0.0275
self_intro	3 ~duration	0.0275
self_intro	30	-0.0421
self_intro	34	0.0915
self_intro	34 ex	0.0213
self_intro	34 ~workverb	0.0291
self_intro	3rd	0.0513
self_intro	3rd year	0.0513
self_intro	3rd ~duration	0.0513
self_intro	4 year	0.0673
self_intro	4 ~duration	0.049
self_intro	5	-0.0408
self_intro	6	0.0329
self_intro	6 year	0.0522
self_intro	6 ~duration	0.0395
self_intro	8	0.1481
self_intro	8 year	0.1654
self_intro	8 ~duration	0.1481
self_intro	9	0.0415
self_intro	9 month	0.0403
self_intro	?	-1.1386
self_intro	^about	0.0517
self_intro	^after	0.0721
self_intro	^and	-0.0433
self_intro	^ani	-0.078
self_intro	^are	-0.1215
self_intro	^as	0.1672
self_intro	^background	0.0589
self_intro	^been	0.0436
self_intro	^by	0.0535
self_intro	^bye	-0.0255
self_intro	^can	-0.0684
self_intro	^cheer	-0.0296
self_intro	^could	0.023
self_intro	^curious	0.0319
self_intro	^current	0.1003
self_intro	^did	-0.0485
self_intro	^do	-0.2347
self_intro	^doe	-0.0356
self_intro	^final	0.0759
self_intro	^for	0.1433
self_intro	^given	0.0251
self_intro	^good	0.0376
self_intro	^got	-0.0224
self_intro	^happi	-0.0261
self_intro	^have	-0.0286
self_intro	^hello	0.0883
self_intro	^hey	0.1238
self_intro	^hi	0.2623
self_intro	^hiya	0.0658
self_intro	^honest	-0.0535
self_intro	^hope	0.0405
self_intro	^how	-0.3583
self_intro	^i	0.3676
self_intro	^if	-0.1306
self_intro	^in	-0.031
self_intro	^it	-0.0487
self_intro	^just	0.0246
self_intro	^last	0.0224
self_intro	^let	0.0335
self_intro	^like	0.0369
self_intro	^me	0.06
self_intro	^might	0.0387
self_intro	^my	-0.2044
self_intro	^no	-0.0495
self_intro	^not	0.0988
self_intro	^now	0.0355
self_intro	^oh	0.1043
self_intro	^ok	-0.165
self_intro	^pleas	-0.0344
self_intro	^quick	0.18
self_intro	^realli	-0.0273
self_intro	^right	-0.0416
self_intro	^second	0.0434
self_intro	^short	0.0242
self_intro	^should	-0.0315
self_intro	^sinc	-0.0453
self_intro	^so	0.1338
self_intro	^tell	-0.0345
self_intro	^thank	0.1039
self_intro	^that	-0.0747
self_intro	^the	-0.0523
self_intro	^this	-0.0434
self_intro	^to	-0.0451
self_intro	^walk	-0.0356
self_intro	^was	-0.0204
self_intro	^we	-0.0538
self_intro	^were	-0.0203
self_intro	^what	-0.3618
self_intro	^when	-0.0812
self_intro	^where	-0.0248
self_intro	^which	-0.0463
self_intro	^who	-0.0364
self_intro	^would	-0.1009
self_intro	^yeah	-0.0211
self_intro	^yo	0.0488
self_intro	^you	-0.0525
self_intro	a	0.3869
self_intro	a 2	0.0568
self_intro	a 2nd	0.0284
self_intro	a 9	0.0405
self_intro	a background	0.0376
self_intro	a bank	-0.0326
self_intro	a barista	0.035
self_intro	a better	0.0707
self_intro	a big	-0.0477
self_intro	a bit	-0.0629
self_intro	a bootcamp	0.0425
self_intro	a cafe	0.0552
self_intro	a career	0.1919
self_intro	a chemistri	0.1126
self_intro	a cna	0.0311
self_intro	a coffe	0.0231
self_intro	a communiti	0.0315
self_intro	a comp	0.0255
self_intro	a credit	0.063
self_intro	a data	-0.0309
self_intro	a day	-0.0248
self_intro	a feel	-0.028
self_intro	a few	-0.1172
self_intro	a final	0.0499
self_intro	a first	0.0593
self_intro	a fit	-0.0242
self_intro	a former	0.0411
self_intro	a friday	-0.0328
self_intro	a good	-0.0552
self_intro	a great	-0.0213
self_intro	a hand	0.0661
self_intro	a hard	-0.0305
self_intro	a high	0.0748
self_intro	a hospic	0.0425
self_intro	a hospit	0.0345
self_intro	a hotel	0.0475
self_intro	a job	-0.0543
self_intro	a junior	-0.0585
self_intro	a lab	0.0214
self_intro	a line	0.0445
self_intro	a long	0.033
self_intro	a marin	0.0331
self_intro	a million	-0.0348
self_intro	a museum	0.0226
self_intro	a mutual	0.0331
self_intro	a new	-0.0246
self_intro	a normal	0.0455
self_intro	a paraleg	0.0278
self_intro	a part	0.036
self_intro	a pastri	0.0223
self_intro	a pharma	0.0209
self_intro	a phd	-0.0351
self_intro	a placement	0.0303
self_intro	a posit	-0.0583
self_intro	a primari	0.0392
self_intro	a product	-0.0535
self_intro	a psych	0.0471
self_intro	a quick	-0.0459
self_intro	a recent	0.1382
self_intro	a recruit	-0.0227
self_intro	a referr	-0.0604
self_intro	a risk	0.0259
self_intro	a sec	-0.036
self_intro	a second	0.1221
self_intro	a self	0.0612
self_intro	a sens	-0.0274
self_intro	a short	-0.0314
self_intro	a small	0.1061
self_intro	a sophomor	0.0998
self_intro	a startup	-0.0296
self_intro	a step	0.0415
self_intro	a student	-0.0727
self_intro	a sustain	0.0211
self_intro	a team	0.0353
self_intro	a thank	-0.0213
self_intro	a trial	-0.0325
self_intro	a typic	-0.0207
self_intro	a vet	0.041
self_intro	a video	0.0372
self_intro	a volunt	0.0525
self_intro	a water	0.067
self_intro	a year	0.0219
self_intro	a ~clock	0.0414
self_intro	a ~closing	-0.0603
self_intro	a ~degree	0.0481
self_intro	a ~duration	0.0353
self_intro	a ~gatekeeper	-0.0351
self_intro	a ~insight	-0.0303
self_intro	a ~job	-0.0978
self_intro	a ~limit	-0.0278
self_intro	a ~number	-0.1383
self_intro	a ~people	-0.0208
self_intro	a ~student	0.0214
self_intro	a ~talk	-0.0245
self_intro	about	0.1623
self_intro	about a	0.0315
self_intro	about appli	0.0227
self_intro	about learn	0.0318
self_intro	about me	0.1978
self_intro	about not	0.0224
self_intro	about product	0.033
self_intro	about suppli	0.0361
self_intro	about that	-0.0334
self_intro	about the	-0.1787
self_intro	about to	-0.0233
self_intro	about what	-0.024
self_intro	about whether	-0.0221
self_intro	about ~clock	0.0851
self_intro	about ~job	-0.0225
self_intro	about ~number	-0.1387
self_intro	about ~workverb	-0.0223
self_intro	accept	0.0385
self_intro	accept my	0.031
self_intro	account	0.1266
self_intro	account in	0.039
self_intro	account ~student	0.0266
self_intro	actual do	0.1429
self_intro	actual make	0.0212
self_intro	actual ~help	0.147
self_intro	actuari analyst	0.0298
self_intro	admin	0.0424
self_intro	admin at	0.0481
self_intro	advic and	0.0271
self_intro	advic on	0.0544
self_intro	advis	-0.025
self_intro	affair	0.0511
self_intro	after	-0.0617
self_intro	after 8	0.0783
self_intro	after i	-0.026
self_intro	after my	-0.0239
self_intro	after the	-0.0288
self_intro	after twenti	0.0235
self_intro	after ~clock	0.1082
self_intro	after ~number	-0.0201
self_intro	again	0.035
self_intro	agenc work	0.0417
self_intro	agenc ~learn	0.0417
self_intro	agenc ~workverb	0.0417
self_intro	ago	0.0409
self_intro	agre	0.056
self_intro	agre to	0.0618
self_intro	ah that	0.0209
self_intro	air	0.11
self_intro	air traffic	0.0745
self_intro	airlin	0.0246
self_intro	aisha	0.0515
self_intro	all	-0.1623
self_intro	all i	-0.0467
self_intro	all my	-0.0292
self_intro	along	0.0213
self_intro	along to	0.0326
self_intro	alreadi	-0.071
self_intro	alreadi ~clock	-0.026
self_intro	alright	-0.0389
self_intro	also	-0.048
self_intro	alway	-0.0422
self_intro	am	0.7758
self_intro	am 19	0.0401
self_intro	am 34	0.0411
self_intro	am a	1.0567
self_intro	am about	-0.0264
self_intro	am after	-0.0326
self_intro	am aisha	0.0515
self_intro	am all	-0.0281
self_intro	am an	0.1033
self_intro	am around	-0.0233
self_intro	am back	-0.0516
self_intro	am come	0.0344
self_intro	am conscious	-0.0468
self_intro	am curious	0.0286
self_intro	am current	0.065
self_intro	am dani	0.0633
self_intro	am dev	0.0536
self_intro	am do	0.0269
self_intro	am done	-0.0238
self_intro	am finish	0.1107
self_intro	am free	-0.0298
self_intro	am from	0.0702
self_intro	am go	-0.0881
self_intro	am good	-0.0342
self_intro	am graduat	0.0683
self_intro	am grate	-0.0314
self_intro	am here	-0.0413
self_intro	am hope	-0.1052
self_intro	am in	0.1668
self_intro	am jake	0.0347
self_intro	am jess	0.0405
self_intro	am jordan	0.0426
self_intro	am main	-0.0351
self_intro	am mind	0.0251
self_intro	am most	-0.0294
self_intro	am move	0.0221
self_intro	am not	-0.3321
self_intro	am now	0.0383
self_intro	am on	0.0231
self_intro	am plan	-0.0374
self_intro	am pretti	-0.0211
self_intro	am priya	0.0538
self_intro	am sam	0.0257
self_intro	am so	-0.074
self_intro	am still	-0.0315
self_intro	am studi	0.0216
self_intro	am switch	0.069
self_intro	am the	0.0228
self_intro	am there	0.0767
self_intro	am think	-0.0249
self_intro	am tom	0.0208
self_intro	am tomás	0.0523
self_intro	am torn	-0.0312
self_intro	am tri	-0.1264
self_intro	am veri	-0.0267
self_intro	am wonder	0.0548
self_intro	am ~number	1.1724
self_intro	am ~student	0.0406
self_intro	am ~studyverb	0.3609
self_intro	am ~want	-0.3274
self_intro	an	0.1355
self_intro	an analyst	0.0323
self_intro	an ex	0.0488
self_intro	an exchang	0.0946
self_intro	an hr	0.0392
self_intro	an inform	-0.02
self_intro	an internship	-0.0261
self_intro	an interview	-0.0266
self_intro	an ma	0.0567
self_intro	an mba	-0.0265
self_intro	an offer	-0.0248
self_intro	an opportun	0.0431
self_intro	an ~gatekeeper	0.0392
self_intro	an ~help	-0.0248
self_intro	an ~student	-0.0342
self_intro	an ~talk	-0.0301
self_intro	analysi	0.0452
self_intro	analyst	0.0886
self_intro	analyst in	-0.0211
self_intro	analyst open	0.0735
self_intro	analyst posit	0.0382
self_intro	analyst role	0.0314
self_intro	analyst ~job	0.1379
self_intro	analyt	0.0816
self_intro	analyt ~org	0.0286
self_intro	and	0.7987
self_intro	and all	-0.0248
self_intro	and do	0.0327
self_intro	and forth	-0.0309
self_intro	and get	-0.0296
self_intro	and got	-0.0668
self_intro	and have	0.0862
self_intro	and honest	0.127
self_intro	and i	0.7028
self_intro	and if	-0.0218
self_intro	and in	0.0259
self_intro	and it	-0.0548
self_intro	and kind	0.0248
self_intro	and late	0.0311
self_intro	and manag	0.0467
self_intro	and nobodi	0.0298
self_intro	and now	0.1566
self_intro	and retir	0.0395
self_intro	and she	-0.0205
self_intro	and some	0.0635
self_intro	and still	-0.0205
self_intro	and thank	-0.0276
self_intro	and the	-0.0248
self_intro	and then	-0.0387
self_intro	and they	-0.0326
self_intro	and think	0.0392
self_intro	and want	0.0903
self_intro	and whether	-0.0364
self_intro	and work	0.0502
self_intro	and your	-0.0251
self_intro	and ~learn	-0.0251
self_intro	and ~number	-0.0323
self_intro	and ~want	0.1335
self_intro	and ~workverb	0.0992
self_intro	ani	-0.1306
self_intro	ani open	-0.0355
self_intro	ani room	0.08
self_intro	ani way	-0.0342
self_intro	ani ~job	-0.0682
self_intro	anoth	-0.0625
self_intro	anoth year	-0.021
self_intro	anoth ~duration	-0.021
self_intro	anyon	0.0573
self_intro	anyon els	0.0568
self_intro	anyon on	0.0248
self_intro	anyth	-0.1079
self_intro	anyway	-0.0285
self_intro	anywher	-0.0333
self_intro	apolog	-0.0252
self_intro	app	0.1795
self_intro	app and	0.0666
self_intro	appli	-0.1928
self_intro	appli for	-0.0433
self_intro	appli to	-0.1097
self_intro	applic	-0.0744
self_intro	appreci	-0.0293
self_intro	appreci it	-0.0249
self_intro	appreci you	0.0275
self_intro	apprentic	0.0326
self_intro	apprentic electrician	0.0342
self_intro	apprentic ~student	0.0342
self_intro	apprenticeship	0.0307
self_intro	apprenticeship ~degree	0.0285
self_intro	architectur	0.0671
self_intro	are	-0.314
self_intro	are brutal	-0.0274
self_intro	are look	0.0222
self_intro	are near	-0.0276
self_intro	are there	-0.058
self_intro	are you	0.0521
self_intro	arjun	0.0867
self_intro	armi	0.3352
self_intro	armi i	0.0925
self_intro	armi in	0.0216
self_intro	armi into	0.0638
self_intro	armi logist	0.0736
self_intro	armi ~student	0.0268
self_intro	around	-0.049
self_intro	art	0.0781
self_intro	articl	-0.0303
self_intro	as	0.3045
self_intro	as a	0.1877
self_intro	as for	0.0455
self_intro	as someon	0.0838
self_intro	as ~number	0.175
self_intro	as ~org	0.0207
self_intro	as ~people	0.0916
self_intro	ask	-0.0497
self_intro	ask becaus	0.0352
self_intro	ask for	-0.0389
self_intro	ask how	0.0411
self_intro	assess	-0.0249
self_intro	assist	-0.022
self_intro	associ	-0.0624
self_intro	at	0.6106
self_intro	at 3	-0.0425
self_intro	at 34	0.0253
self_intro	at a	0.4913
self_intro	at all	-0.0484
self_intro	at colleg	0.0446
self_intro	at leed	0.1304
self_intro	at my	-0.0574
self_intro	at night	0.0475
self_intro	at ohio	0.0247
self_intro	at rutger	0.0206
self_intro	at the	-0.0337
self_intro	at three	-0.0213
self_intro	at time	-0.0264
self_intro	at ucd	0.0451
self_intro	at uw	0.0499
self_intro	at yonsei	0.0235
self_intro	at your	-0.127
self_intro	at ~clock	-0.1455
self_intro	at ~closing	0.0439
self_intro	at ~limit	-0.0264
self_intro	at ~number	0.3628
self_intro	audit	0.0881
self_intro	audit or	0.0489
self_intro	away	-0.0551
self_intro	away and	-0.0289
self_intro	ba	0.0207
self_intro	bachelor	0.0246
self_intro	bachelor in	0.0258
self_intro	back	-0.1085
self_intro	back and	-0.0349
self_intro	back home	0.036
self_intro	back in	-0.0275
self_intro	back to	0.0694
self_intro	background	0.3886
self_intro	background 8	0.0377
self_intro	background i	0.0444
self_intro	background in	0.0739
self_intro	background is	0.1088
self_intro	background wise	0.029
self_intro	background ~clock	0.0693
self_intro	balanc	-0.027
self_intro	bank	0.1295
self_intro	bank as	0.0571
self_intro	bar	0.0266
self_intro	barista	0.0934
self_intro	base	0.0458
self_intro	basic	0.0781
self_intro	basic my	0.073
self_intro	bcom	0.0582
self_intro	be	-0.2741
self_intro	be a	0.0341
self_intro	be an	0.0289
self_intro	be clear	-0.0469
self_intro	be glad	0.0374
self_intro	be great	0.0231
self_intro	be happi	-0.0317
self_intro	be open	-0.0271
self_intro	be so	-0.0284
self_intro	be the	0.0302
self_intro	be upfront	-0.0296
self_intro	be use	-0.0268
self_intro	be ~help	-0.0268
self_intro	be ~number	0.0924
self_intro	be ~want	-0.0236
self_intro	becaus	0.0274
self_intro	becaus i	0.0274
self_intro	becaus my	-0.0269
self_intro	becaus of	0.0401
self_intro	becaus the	-0.0322
self_intro	becaus ~number	-0.0322
self_intro	becom	0.029
self_intro	becom a	-0.0448
self_intro	becom ~number	-0.0446
self_intro	been	0.2802
self_intro	been a	0.0399
self_intro	been appli	-0.0203
self_intro	been do	0.0514
self_intro	been freelanc	0.0584
self_intro	been go	-0.039
self_intro	been in	0.0685
self_intro	been intern	0.0216
self_intro	been play	0.0481
self_intro	been so	-0.0249
self_intro	been ~number	0.0364
self_intro	been ~studyverb	0.0664
self_intro	been ~want	-0.0231
self_intro	been ~workverb	0.0706
self_intro	befor go	0.0298
self_intro	befor that	0.0618
self_intro	befor this	0.0256
self_intro	befor we	-0.0223
self_intro	began	0.021
self_intro	belt	0.0721
self_intro	belt is	0.06
self_intro	besid	0.0214
self_intro	besid ~number	0.0221
self_intro	best	-0.0301
self_intro	better	0.0301
self_intro	better is	0.0492
self_intro	between	-0.2093
self_intro	between a	-0.0475
self_intro	between two	-0.02
self_intro	between ~clock	-0.0203
self_intro	between ~number	-0.0778
self_intro	beyond	-0.0206
self_intro	big	-0.1128
self_intro	big ~clock	-0.0211
self_intro	bill	-0.0201
self_intro	bio	0.0495
self_intro	biolog	0.074
self_intro	biolog degre	0.0375
self_intro	biolog ~degree	0.0462
self_intro	biom	0.0422
self_intro	biom ~student	0.0282
self_intro	biotech sale	0.0279
self_intro	bit	-0.0206
self_intro	bit about	0.0541
self_intro	bit of	0.0602
self_intro	book	-0.0499
self_intro	bootcamp	0.0731
self_intro	bootcamp and	-0.0531
self_intro	bootcamp grad	0.0862
self_intro	bootcamp ~student	0.0877
self_intro	boston	0.0271
self_intro	brain	0.0216
self_intro	brazil	0.0534
self_intro	brazil i	0.0525
self_intro	brigad	0.0719
self_intro	brother	-0.0293
self_intro	brutal	-0.0524
self_intro	bsc	0.0202
self_intro	build	0.1487
self_intro	built	0.1282
self_intro	built a	0.0811
self_intro	built ~number	0.0907
self_intro	bus	-0.0284
self_intro	busi	0.0301
self_intro	but	-0.1238
self_intro	but my	0.0272
self_intro	by ask	0.0208
self_intro	by way	0.0548
self_intro	bye	-0.0526
self_intro	cafe	0.0635
self_intro	cairo	0.0203
self_intro	call	-0.0814
self_intro	call centr	0.0471
self_intro	call i	-0.0264
self_intro	call me	-0.0305
self_intro	came	0.1221
self_intro	came from	0.1367
self_intro	can	-0.2285
self_intro	can do	0.107
self_intro	can help	-0.0346
self_intro	can i	-0.0594
self_intro	can work	-0.0209
self_intro	can you	-0.0261
self_intro	can ~help	0.0673
self_intro	can ~learn	-0.0337
self_intro	can ~sendverb	-0.0259
self_intro	can ~workverb	-0.0226
self_intro	candid you	0.0456
self_intro	career	0.1192
self_intro	career changer	0.0805
self_intro	career in	-0.0209
self_intro	career ~student	0.0906
self_intro	case	-0.0238
self_intro	center	0.0242
self_intro	centr	0.0314
self_intro	cert	0.0508
self_intro	cert onlin	0.0283
self_intro	certif	0.0986
self_intro	certif and	0.0201
self_intro	chain	0.1026
self_intro	chain and	-0.0261
self_intro	chain role	0.0209
self_intro	chain ~job	0.0209
self_intro	chanc	-0.0278
self_intro	changer	0.0805
self_intro	changer from	0.0895
self_intro	channel	0.0374
self_intro	charger	-0.0201
self_intro	charter	0.0329
self_intro	chat with	-0.0242
self_intro	check	-0.055
self_intro	cheer	-0.0341
self_intro	chef	0.0361
self_intro	chem	0.115
self_intro	chem eng	0.0868
self_intro	chemistri	0.2542
self_intro	chemistri degre	0.0385
self_intro	chemistri teacher	0.0745
self_intro	chemistri ~degree	0.054
self_intro	chemistri ~student	0.0791
self_intro	choos	-0.0369
self_intro	choos my	-0.0271
self_intro	civil	0.0389
self_intro	civil servic	0.0281
self_intro	clear	-0.0614
self_intro	clear i	-0.0358
self_intro	clearer	-0.0238
self_intro	client	-0.0448
self_intro	clinic	-0.0667
self_intro	clinic research	-0.0365
self_intro	clinic ~learn	-0.0459
self_intro	close	-0.0204
self_intro	cloud	0.0201
self_intro	cna	0.0309
self_intro	coach	0.0446
self_intro	code	-0.0208
self_intro	coffe shop	0.0267
self_intro	colleagu	0.0296
self_intro	collect	-0.0221
self_intro	colleg	0.1731
self_intro	colleg and	0.1073
self_intro	colleg student	0.0425
self_intro	colleg ~student	0.0434
self_intro	colonel	0.0208
self_intro	come	-0.0492
self_intro	come from	0.0309
self_intro	come in	-0.0202
self_intro	come up	-0.0445
self_intro	comedi	0.0392
self_intro	comfort	0.1778
self_intro	comfort with	0.1793
self_intro	commit	-0.023
self_intro	commit to	-0.0215
self_intro	communic	0.0211
self_intro	communiti	0.0751
self_intro	communiti colleg	0.0868
self_intro	comp	0.1873
self_intro	comp sci	0.1873
self_intro	compani	-0.1326
self_intro	complianc	0.0581
self_intro	confer	-0.0245
self_intro	connect	-0.0391
self_intro	conscious	-0.0481
self_intro	conscious we	-0.0222
self_intro	consid for	0.0244
self_intro	consid me	0.0232
self_intro	content	0.022
self_intro	content strategi	0.0227
self_intro	context	0.2421
self_intro	context i	0.2072
self_intro	context on	0.0355
self_intro	contract	0.0347
self_intro	contract at	0.0434
self_intro	control	0.076
self_intro	convers cours	-0.0202
self_intro	convers will	0.0349
self_intro	convers ~degree	-0.0202
self_intro	cook	0.0841
self_intro	cool	-0.0244
self_intro	coordin	-0.0268
self_intro	corp	0.0248
self_intro	could	-0.0778
self_intro	could do	-0.0344
self_intro	could help	-0.026
self_intro	could i	-0.0632
self_intro	could put	0.0435
self_intro	could speak	0.03
self_intro	could tell	-0.021
self_intro	could you	0.1127
self_intro	could ~help	-0.0635
self_intro	could ~talk	0.0265
self_intro	count	-0.0295
self_intro	countri	-0.0308
self_intro	coupl of	0.0308
self_intro	coupl year	-0.0271
self_intro	coupl ~duration	-0.0308
self_intro	cours	-0.0478
self_intro	cours at	0.0302
self_intro	cousin	-0.0561
self_intro	cousin did	-0.0218
self_intro	cousin ~studyverb	-0.0218
self_intro	cover	-0.064
self_intro	cover everyth	-0.0311
self_intro	credit	0.0463
self_intro	credit union	0.0647
self_intro	crisi	0.0308
self_intro	crush	0.0289
self_intro	cs	0.0438
self_intro	cs student	0.0213
self_intro	cs ~student	0.0213
self_intro	curious	0.068
self_intro	curious about	0.0803
self_intro	curious what	-0.034
self_intro	current	0.1791
self_intro	current a	0.1238
self_intro	current an	0.0335
self_intro	current ~number	0.1573
self_intro	current ~workverb	0.0262
self_intro	custom	0.0508
self_intro	custom support	0.0324
self_intro	custom ~help	0.0324
self_intro	cut	-0.0397
self_intro	cybersecur	0.0543
self_intro	dani	0.0633
self_intro	data analyt	0.0507
self_intro	data engin	-0.0229
self_intro	data scienc	0.0316
self_intro	data scientist	-0.0384
self_intro	data ~student	-0.0452
self_intro	day	-0.068
self_intro	day and	-0.0222
self_intro	day is	0.0275
self_intro	day still	0.0249
self_intro	day to	0.027
self_intro	decad	0.0361
self_intro	decad in	0.0347
self_intro	decent	-0.025
self_intro	decid	-0.1587
self_intro	decid between	-0.0556
self_intro	decid on	-0.0302
self_intro	decid whether	-0.0234
self_intro	decid which	-0.0258
self_intro	degre	0.23
self_intro	degre and	0.0474
self_intro	degre at	0.024
self_intro	degre in	0.0564
self_intro	degre ~want	0.0292
self_intro	deliveri	-0.0205
self_intro	dental	0.0327
self_intro	dentist	0.0294
self_intro	denver	0.0261
self_intro	depart for	0.0237
self_intro	desgin	0.0208
self_intro	design	-0.071
self_intro	design and	-0.0246
self_intro	design at	0.0369
self_intro	desk	0.0394
self_intro	dev	0.0691
self_intro	dev in	-0.0206
self_intro	dev so	-0.0209
self_intro	dev with	0.0384
self_intro	develop	0.0578
self_intro	did	-0.0596
self_intro	did a	0.1049
self_intro	did my	0.0506
self_intro	did not	-0.0454
self_intro	did some	0.0458
self_intro	did you	-0.1846
self_intro	did your	-0.0498
self_intro	did ~number	0.0594
self_intro	die	-0.0553
self_intro	differ	-0.0791
self_intro	direct	-0.0265
self_intro	discord	0.0245
self_intro	do	0.1218
self_intro	do a	0.0444
self_intro	do an	0.0403
self_intro	do day	0.0238
self_intro	do electrician	0.0522
self_intro	do for	-0.0339
self_intro	do freelanc	0.0209
self_intro	do hire	-0.0372
self_intro	do i	0.046
self_intro	do most	-0.022
self_intro	do not	-0.023
self_intro	do peopl	-0.0313
self_intro	do the	0.0749
self_intro	do to	0.0793
self_intro	do you	-0.2033
self_intro	do your	0.0239
self_intro	do ~closing	0.0268
self_intro	do ~hiring	-0.0372
self_intro	do ~limit	0.0238
self_intro	do ~number	0.1593
self_intro	do ~people	-0.0323
self_intro	do ~student	0.0371
self_intro	doe	-0.0788
self_intro	doe a	0.0418
self_intro	doe not	0.0262
self_intro	doe that	-0.0221
self_intro	doe the	-0.0419
self_intro	doe your	-0.033
self_intro	done	0.13
self_intro	done a	0.1366
self_intro	done some	0.0324
self_intro	done with	-0.0203
self_intro	done ~number	0.1379
self_intro	door	-0.0381
self_intro	down	-0.0621
self_intro	dr	0.0274
self_intro	draft	0.0217
self_intro	drop	0.0201
self_intro	drop out	0.0555
self_intro	drop you	-0.0207
self_intro	dublin	0.0816
self_intro	each	-0.0262
self_intro	earli	-0.057
self_intro	econ	0.1746
self_intro	econ and	0.0297
self_intro	econ at	0.0469
self_intro	econom	0.1348
self_intro	econom at	0.0596
self_intro	econom in	0.0234
self_intro	edinburgh	0.0285
self_intro	editor	0.0244
self_intro	editor for	0.0394
self_intro	educ	0.0964
self_intro	eight	0.0794
self_intro	eight year	0.0647
self_intro	eight ~duration	0.0647
self_intro	electrician	0.067
self_intro	eleven	0.0221
self_intro	eleven year	0.0221
self_intro	eleven ~duration	0.0221
self_intro	els	0.0409
self_intro	els at	0.0439
self_intro	els i	0.027
self_intro	email	-0.0662
self_intro	energi	0.0217
self_intro	eng	0.1124
self_intro	eng at	0.0249
self_intro	engin	0.12
self_intro	english	0.1189
self_intro	english is	0.04
self_intro	english not	0.0238
self_intro	enjoy	-0.0274
self_intro	enough	-0.0405
self_intro	environment	0.0408
self_intro	environment scienc	0.0407
self_intro	equiti research	0.0252
self_intro	equiti ~learn	0.0252
self_intro	even	-0.058
self_intro	even like	0.0324
self_intro	evening	-0.0227
self_intro	ever	-0.2346
self_intro	ever anyth	-0.0223
self_intro	ever need	-0.0632
self_intro	ever use	0.027
self_intro	ever want	-0.0361
self_intro	ever ~number	-0.0219
self_intro	ever ~want	-0.0349
self_intro	everi	0.062
self_intro	everi ~closing	0.1296
self_intro	everyon	-0.0208
self_intro	everyth	-0.1029
self_intro	everyth i	-0.0416
self_intro	everyth on	-0.0207
self_intro	ex	0.2501
self_intro	ex armi	0.1184
self_intro	ex ~student	0.0847
self_intro	exam pass	0.0312
self_intro	excel	-0.0241
self_intro	exchang	0.0965
self_intro	exchang semest	0.0946
self_intro	expect	-0.0451
self_intro	experi	0.0986
self_intro	experi would	0.0338
self_intro	experi ~want	0.0931
self_intro	explor	0.0314
self_intro	explor a	-0.0237
self_intro	explor ~number	-0.0237
self_intro	extra	-0.0292
self_intro	eye	-0.0351
self_intro	eye on	-0.0264
self_intro	fair	-0.0244
self_intro	favor	-0.0278
self_intro	feedback	-0.0257
self_intro	feel	-0.0908
self_intro	feel for	-0.0283
self_intro	feel free	-0.0213
self_intro	few	-0.1295
self_intro	few month	-0.0347
self_intro	few year	-0.0268
self_intro	few ~duration	-0.0616
self_intro	field actual	0.1079
self_intro	field for	0.0479
self_intro	figur	-0.0275
self_intro	final	0.1972
self_intro	final year	0.2344
self_intro	final ~duration	0.2344
self_intro	financ	0.0888
self_intro	financ ~student	0.0464
self_intro	find	-0.0441
self_intro	fine	0.0453
self_intro	fine art	0.0487
self_intro	finish	0.3499
self_intro	finish a	0.0663
self_intro	finish an	0.0683
self_intro	finish in	0.0406
self_intro	finish my	0.1909
self_intro	finish the	-0.0386
self_intro	finish up	0.0343
self_intro	finish ~number	0.0959
self_intro	fintech	0.1249
self_intro	fintech complianc	0.0204
self_intro	fintech ~org	0.0941
self_intro	firm	0.0449
self_intro	firm and	0.0509
self_intro	firm hire	0.0409
self_intro	firm in	0.027
self_intro	firm ~gatekeeper	0.0443
self_intro	firm ~hiring	0.0435
self_intro	first	-0.1627
self_intro	first and	-0.024
self_intro	first gen	0.0445
self_intro	first job	0.0293
self_intro	first or	-0.0253
self_intro	first step	0.0481
self_intro	first two	-0.0341
self_intro	first year	-0.0952
self_intro	first ~clock	-0.0731
self_intro	first ~duration	-0.0952
self_intro	first ~job	0.0226
self_intro	first ~number	-0.0594
self_intro	fit me	-0.0333
self_intro	five	-0.0397
self_intro	fold	0.0925
self_intro	follow	-0.0692
self_intro	follow up	-0.0579
self_intro	food	0.0404
self_intro	food bank	0.0414
self_intro	food ~org	0.0414
self_intro	footbal	0.038
self_intro	for	-0.1112
self_intro	for 15	0.0314
self_intro	for a	-0.1846
self_intro	for about	0.0591
self_intro	for accept	0.0433
self_intro	for advic	0.026
self_intro	for agre	0.0725
self_intro	for an	0.0399
self_intro	for anyth	-0.0338
self_intro	for be	-0.0313
self_intro	for context	0.1895
self_intro	for eleven	0.0221
self_intro	for fit	-0.0323
self_intro	for five	0.0233
self_intro	for free	-0.0291
self_intro	for get	-0.0229
self_intro	for give	0.067
self_intro	for job	-0.0249
self_intro	for junior	-0.0216
self_intro	for local	0.0361
self_intro	for me	-0.0523
self_intro	for month	-0.0248
self_intro	for now	-0.021
self_intro	for our	0.0288
self_intro	for say	0.028
self_intro	for six	0.044
self_intro	for small	0.0253
self_intro	for take	0.0237
self_intro	for the	-0.037
self_intro	for three	0.032
self_intro	for today	-0.0229
self_intro	for understand	0.0289
self_intro	for user	0.0301
self_intro	for your	-0.0462
self_intro	for youtub	0.0404
self_intro	for ~clock	0.2
self_intro	for ~duration	-0.0378
self_intro	for ~hiring	0.0224
self_intro	for ~job	-0.0457
self_intro	for ~number	-0.0978
self_intro	for ~student	-0.0266
self_intro	for ~studyverb	0.0352
self_intro	for ~workverb	-0.0257
self_intro	forc	0.0354
self_intro	forens	-0.0226
self_intro	forens account	-0.0236
self_intro	forget my	0.0238
self_intro	former	0.0842
self_intro	former paraleg	0.0319
self_intro	former ~student	0.0378
self_intro	forth	-0.0309
self_intro	forward for	0.0523
self_intro	forward my	-0.0235
self_intro	found	0.0265
self_intro	found out	0.0349
self_intro	four	-0.0284
self_intro	fraud	0.0492
self_intro	fraud investig	0.0484
self_intro	free	-0.0935
self_intro	free from	-0.0245
self_intro	free to	-0.0219
self_intro	freelanc	0.3229
self_intro	freelanc as	0.051
self_intro	freelanc on	0.0234
self_intro	friday	-0.0723
self_intro	friday ~closing	-0.0273
self_intro	friend	-0.0786
self_intro	from	0.2301
self_intro	from a	-0.0595
self_intro	from brazil	0.0557
self_intro	from hospit	0.0586
self_intro	from i	0.0332
self_intro	from june	-0.0272
self_intro	from me	-0.0313
self_intro	from my	-0.0644
self_intro	from our	0.03
self_intro	from research	0.0461
self_intro	from retail	0.0691
self_intro	from teach	0.0518
self_intro	from you	-0.0288
self_intro	from your	-0.0249
self_intro	from ~learn	0.0475
self_intro	from ~number	-0.0431
self_intro	from ~people	-0.0406
self_intro	from ~workverb	0.0489
self_intro	front	0.0388
self_intro	front desk	0.048
self_intro	frontend	0.0387
self_intro	full	0.0976
self_intro	full time	0.096
self_intro	full ~limit	0.096
self_intro	fund last	0.0201
self_intro	funni	-0.0201
self_intro	galleri	0.0437
self_intro	gather	-0.0714
self_intro	gather inform	-0.0413
self_intro	gather ~insight	-0.0644
self_intro	gen	0.045
self_intro	gen colleg	0.0428
self_intro	general	-0.0249
self_intro	generalist	0.0398
self_intro	generous	-0.0259
self_intro	genuin	-0.0367
self_intro	genuin ~want	-0.0284
self_intro	geographi	0.0383
self_intro	geographi degre	0.0232
self_intro	geographi ~degree	0.0232
self_intro	germani	0.0633
self_intro	get	-0.2539
self_intro	get a	-0.0842
self_intro	get advic	0.0438
self_intro	get built	0.0214
self_intro	get hire	-0.0387
self_intro	get in	-0.0253
self_intro	get it	-0.0217
self_intro	get my	-0.0243
self_intro	get some	-0.0444
self_intro	get your	0.0335
self_intro	get ~insight	0.0403
self_intro	get ~number	-0.1076
self_intro	ghost	-0.0262
self_intro	give	0.0352
self_intro	give me	0.0517
self_intro	given that	0.0258
self_intro	glad to	0.0282
self_intro	go	-0.1815
self_intro	go into	0.0424
self_intro	go now	-0.03
self_intro	go on	0.0347
self_intro	go straight	-0.0252
self_intro	go to	-0.1188
self_intro	goal	-0.0527
self_intro	goal today	-0.0243
self_intro	goe	-0.046
self_intro	gone	-0.024
self_intro	good	-0.0742
self_intro	good afternoon	0.0284
self_intro	good fit	0.0236
self_intro	good ~closing	0.0295
self_intro	good ~limit	0.0332
self_intro	good ~number	-0.0249
self_intro	got	0.1529
self_intro	got 20	0.0577
self_intro	got a	-0.0665
self_intro	got about	-0.0203
self_intro	got an	-0.0209
self_intro	got curious	0.0283
self_intro	got half	0.0264
self_intro	got hire	-0.0207
self_intro	got into	0.0413
self_intro	got me	0.0519
self_intro	got my	0.0466
self_intro	got noth	-0.0217
self_intro	got out	0.0824
self_intro	got reject	-0.0325
self_intro	got ~want	0.0228
self_intro	grad	0.1351
self_intro	grad in	0.0262
self_intro	grad on	0.0516
self_intro	grad scheme	-0.0582
self_intro	grad with	0.0552
self_intro	grade	0.0326
self_intro	grade and	0.023
self_intro	graduat	0.2686
self_intro	graduat in	0.2381
self_intro	graduat scheme	0.0303
self_intro	graduat with	0.0369
self_intro	grant	-0.0313
self_intro	graphic	0.0754
self_intro	graphic design	0.0484
self_intro	grate	-0.0645
self_intro	great	-0.0202
self_intro	group	-0.0242
self_intro	guess	-0.0361
self_intro	guy	-0.0513
self_intro	had	-0.1136
self_intro	had a	-0.0389
self_intro	had an	-0.0243
self_intro	had to	0.0636
self_intro	had ~number	-0.0898
self_intro	half	-0.0378
self_intro	half hour	-0.0368
self_intro	half ~limit	-0.0368
self_intro	half ~timeunit	-0.0368
self_intro	hand	0.0205
self_intro	handi	-0.0217
self_intro	happen	-0.0357
self_intro	hard	-0.088
self_intro	hard stop	-0.0292
self_intro	hardest	-0.0212
self_intro	has	-0.0426
self_intro	have	0.129
self_intro	have 20	0.0202
self_intro	have a	-0.0758
self_intro	have becom	0.0353
self_intro	have been	0.1702
self_intro	have coach	0.0418
self_intro	have done	0.1557
self_intro	have finish	-0.0278
self_intro	have got	-0.2059
self_intro	have had	-0.0209
self_intro	have heard	-0.0298
self_intro	have no	0.0405
self_intro	have onli	0.0997
self_intro	have some	0.0413
self_intro	have spent	0.0428
self_intro	have to	-0.0655
self_intro	have ~clock	0.0375
self_intro	have ~workverb	0.218
self_intro	he	-0.0568
self_intro	head	-0.0423
self_intro	health	0.0764
self_intro	health inform	0.0291
self_intro	health ~insight	0.0291
self_intro	health ~want	0.022
self_intro	heap	-0.0212
self_intro	hear how	0.0541
self_intro	hear what	0.0247
self_intro	hear your	0.03
self_intro	heard	-0.0518
self_intro	heard ~number	-0.0214
self_intro	hello	0.0859
self_intro	hello i	0.0334
self_intro	help my	0.1394
self_intro	help out	-0.0229
self_intro	help you	0.0662
self_intro	her	-0.0616
self_intro	here	0.0908
self_intro	here i	0.0552
self_intro	here in	0.1003
self_intro	here so	0.0282
self_intro	here to	-0.0533
self_intro	hey	0.1238
self_intro	hey i	0.0334
self_intro	hi	0.2516
self_intro	hi again	0.0287
self_intro	hi i	0.1576
self_intro	hi ~later	0.0287
self_intro	high	0.1446
self_intro	high i	0.0204
self_intro	high school	0.1245
self_intro	high ~org	0.1245
self_intro	hire	-0.0932
self_intro	hire as	-0.0205
self_intro	hire junior	0.0286
self_intro	hire me	-0.0221
self_intro	hire new	0.0514
self_intro	hire summer	0.0403
self_intro	hire ~closing	0.0403
self_intro	his	0.1159
self_intro	histori	0.0441
self_intro	hiya	0.0658
self_intro	hiya i	0.0692
self_intro	home	0.0545
self_intro	home in	0.0291
self_intro	honest advic	-0.0307
self_intro	honest i	0.1239
self_intro	honest if	-0.0203
self_intro	honest pictur	0.0206
self_intro	honest that	-0.0206
self_intro	hope	-0.0607
self_intro	hope this	0.0334
self_intro	hope to	-0.0735
self_intro	hope you	0.0323
self_intro	hospic	0.0336
self_intro	hospit	0.1459
self_intro	hospit administr	-0.0211
self_intro	hospit befor	0.0309
self_intro	hospit ~number	0.021
self_intro	hotel	0.0457
self_intro	hotel front	0.0287
self_intro	hour	-0.0588
self_intro	how	-0.2251
self_intro	how did	-0.099
self_intro	how do	-0.0751
self_intro	how doe	-0.0281
self_intro	how i	0.0736
self_intro	how is	-0.03
self_intro	how it	-0.0441
self_intro	how mani	-0.0201
self_intro	how much	-0.0773
self_intro	how peopl	0.0282
self_intro	how suppli	0.0507
self_intro	how that	0.0615
self_intro	how the	0.0717
self_intro	how you	0.0354
self_intro	how your	-0.035
self_intro	how ~help	-0.0753
self_intro	how ~number	0.0546
self_intro	how ~people	0.0271
self_intro	how ~studyverb	-0.099
self_intro	hr	0.1813
self_intro	hr at	0.0525
self_intro	hr generalist	0.0398
self_intro	hr would	0.0223
self_intro	hr ~want	0.0228
self_intro	hunt	-0.0411
self_intro	i	0.0583
self_intro	i am	0.7812
self_intro	i appli	-0.0806
self_intro	i ask	-0.0363
self_intro	i be	-0.0206
self_intro	i choos	-0.0214
self_intro	i could	-0.0652
self_intro	i decid	-0.0204
self_intro	i do	0.0466
self_intro	i end	0.0496
self_intro	i figur	-0.0213
self_intro	i finish	0.026
self_intro	i follow	-0.0252
self_intro	i found	0.0407
self_intro	i got	0.3521
self_intro	i guess	-0.0354
self_intro	i have	0.1737
self_intro	i hope	-0.0317
self_intro	i intern	0.037
self_intro	i jump	0.0972
self_intro	i just	0.0203
self_intro	i keep	0.0414
self_intro	i know	-0.0574
self_intro	i land	0.0431
self_intro	i left	0.0202
self_intro	i look	0.0242
self_intro	i mention	-0.0213
self_intro	i move	0.0206
self_intro	i must	-0.0302
self_intro	i need	-0.0881
self_intro	i pick	-0.0262
self_intro	i promis	-0.0648
self_intro	i qualifi	0.0357
self_intro	i rambl	0.034
self_intro	i reach	0.0893
self_intro	i realiz	-0.0219
self_intro	i realli	-0.0499
self_intro	i recent	0.0563
self_intro	i run	0.043
self_intro	i should	-0.0311
self_intro	i spent	0.0846
self_intro	i studi	0.2462
self_intro	i swear	0.0231
self_intro	i switch	0.0316
self_intro	i talk	0.0283
self_intro	i think	-0.0787
self_intro	i understand	-0.0377
self_intro	i use	0.1388
self_intro	i want	0.1127
self_intro	i was	0.0588
self_intro	i will	-0.3871
self_intro	i work	0.196
self_intro	i would	0.0723
self_intro	i write	0.0556
self_intro	i ~contactverb	0.036
self_intro	i ~help	0.033
self_intro	i ~insight	-0.0202
self_intro	i ~sendverb	-0.039
self_intro	i ~studyverb	0.2794
self_intro	i ~want	0.0994
self_intro	i ~workverb	0.3663
self_intro	icu	0.0646
self_intro	idea what	0.0292
self_intro	ideal	0.0251
self_intro	ideal ~people	0.0312
self_intro	if	-0.4458
self_intro	if a	-0.0383
self_intro	if data	0.0253
self_intro	if i	-0.1266
self_intro	if possibl	0.04
self_intro	if product	0.0304
self_intro	if that	-0.0306
self_intro	if the	-0.0523
self_intro	if there	-0.0234
self_intro	if you	-0.1387
self_intro	if your	-0.0527
self_intro	if ~number	-0.0935
self_intro	in	0.7086
self_intro	in 2022	0.0295
self_intro	in a	-0.0555
self_intro	in account	0.0698
self_intro	in between	-0.0355
self_intro	in call	0.0329
self_intro	in case	-0.0242
self_intro	in chemistri	0.0715
self_intro	in civil	0.0297
self_intro	in custom	0.0625
self_intro	in denver	0.0267
self_intro	in econ	0.1155
self_intro	in econom	0.0426
self_intro	in financ	0.0476
self_intro	in fintech	0.0216
self_intro	in fraud	0.0337
self_intro	in germani	0.064
self_intro	in graphic	0.0484
self_intro	in hospit	0.0669
self_intro	in hr	0.037
self_intro	in i	0.0239
self_intro	in it	0.0236
self_intro	in june	0.112
self_intro	in lago	0.0301
self_intro	in leed	0.0531
self_intro	in like	-0.0256
self_intro	in logist	0.1557
self_intro	in madrid	0.0946
self_intro	in march	0.0404
self_intro	in market	-0.0272
self_intro	in may	0.0791
self_intro	in mech	0.0273
self_intro	in mind	-0.0272
self_intro	in my	0.085
self_intro	in on	-0.0234
self_intro	in public	-0.0217
self_intro	in qa	0.0414
self_intro	in retail	0.1557
self_intro	in return	0.0632
self_intro	in septemb	0.0274
self_intro	in stat	0.0664
self_intro	in summer	0.0357
self_intro	in suppli	0.0303
self_intro	in the	-0.0343
self_intro	in their	-0.0362
self_intro	in this	-0.0728
self_intro	in touch	-0.076
self_intro	in translat	0.048
self_intro	in with	-0.0216
self_intro	in your	-0.1033
self_intro	in ~clock	-0.0906
self_intro	in ~closing	0.0337
self_intro	in ~contactverb	-0.0454
self_intro	in ~gatekeeper	0.0341
self_intro	in ~help	0.0502
self_intro	in ~number	-0.1599
self_intro	in ~org	-0.0215
self_intro	in ~talk	0.0288
self_intro	industri	-0.0866
self_intro	inform	-0.0687
self_intro	injuri	0.0318
self_intro	insid	-0.0371
self_intro	insight	-0.061
self_intro	insight into	-0.0252
self_intro	interest	0.1122
self_intro	intern	0.0674
self_intro	intern at	0.0446
self_intro	internat	0.0215
self_intro	internship	0.2559
self_intro	internship at	0.0672
self_intro	internship i	0.199
self_intro	interview	-0.1403
self_intro	interview at	-0.0417
self_intro	into	0.3607
self_intro	into data	0.0201
self_intro	into hr	0.0579
self_intro	into museum	0.0369
self_intro	into op	0.077
self_intro	into product	-0.0201
self_intro	into risk	0.0411
self_intro	into this	0.0366
self_intro	into ux	0.062
self_intro	into your	-0.0212
self_intro	into ~gatekeeper	0.0579
self_intro	intro	0.0457
self_intro	intro i	0.0252
self_intro	introduc	0.0246
self_intro	introduc me	-0.0271
self_intro	introduc myself	0.0727
self_intro	introduct	0.0241
self_intro	invest	0.0565
self_intro	invest bank	0.0562
self_intro	investig	0.0481
self_intro	is actual	-0.0297
self_intro	is all	0.0232
self_intro	is alreadi	-0.0266
self_intro	is basic	0.0722
self_intro	is been	-0.025
self_intro	is brutal	-0.0231
self_intro	is call	-0.0249
self_intro	is ever	-0.0269
self_intro	is everyth	-0.0427
self_intro	is for	0.0437
self_intro	is how	0.0672
self_intro	is in	0.0355
self_intro	is it	-0.1297
self_intro	is kind	0.1437
self_intro	is me	0.102
self_intro	is most	0.1062
self_intro	is my	-0.0283
self_intro	is part	0.0485
self_intro	is probabl	-0.0215
self_intro	is quit	-0.0297
self_intro	is real	0.0479
self_intro	is reassur	0.0201
self_intro	is so	-0.027
self_intro	is someth	0.0298
self_intro	is that	-0.0436
self_intro	is the	-0.1542
self_intro	is there	0.0397
self_intro	is to	-0.0504
self_intro	is tomás	0.0227
self_intro	is what	0.025
self_intro	is whi	0.0211
self_intro	is work	0.0255
self_intro	is worth	-0.0549
self_intro	is your	0.1295
self_intro	is ~number	-0.1641
self_intro	is ~studyverb	0.0411
self_intro	is ~want	0.0858
self_intro	it	-0.5979
self_intro	it a	-0.0256
self_intro	it and	-0.0333
self_intro	it be	-0.0338
self_intro	it for	-0.022
self_intro	it from	-0.0207
self_intro	it in	0.0238
self_intro	it is	-0.1107
self_intro	it most	-0.0285
self_intro	it ok	0.0354
self_intro	it support	0.0348
self_intro	it there	-0.0276
self_intro	it was	-0.0528
self_intro	it work	-0.0214
self_intro	it ~help	0.0287
self_intro	it ~number	-0.0355
self_intro	it ~want	-0.0327
self_intro	jake	0.0347
self_intro	jess	0.0332
self_intro	job	-0.096
self_intro	job hunt	-0.0382
self_intro	job i	-0.0269
self_intro	job in	-0.0326
self_intro	job last	-0.0208
self_intro	job offer	0.0275
self_intro	job onli	-0.0274
self_intro	job titl	0.0311
self_intro	job when	0.0924
self_intro	job ~help	0.0392
self_intro	job ~job	0.039
self_intro	job ~talk	0.0333
self_intro	job ~want	-0.0224
self_intro	join	0.0379
self_intro	join your	0.0792
self_intro	joke	0.0331
self_intro	jordan	0.0414
self_intro	jordan i	0.0424
self_intro	jump	0.1473
self_intro	jump off	-0.0343
self_intro	jump straight	0.0246
self_intro	jump to	0.0568
self_intro	june	0.109
self_intro	junior	0.0912
self_intro	junior analyst	0.0515
self_intro	junior at	0.0458
self_intro	junior dev	-0.0446
self_intro	junior ~job	-0.0244
self_intro	junior ~student	0.039
self_intro	junior ~studyverb	0.0825
self_intro	just	-0.0356
self_intro	just curious	-0.0273
self_intro	just finish	0.1097
self_intro	just gather	-0.024
self_intro	just graduat	0.0931
self_intro	just look	0.0395
self_intro	just one	0.0525
self_intro	just to	-0.082
self_intro	just tri	0.0582
self_intro	just want	-0.065
self_intro	just ~clock	0.0505
self_intro	just ~learn	-0.0233
self_intro	just ~number	0.07
self_intro	just ~people	0.0524
self_intro	just ~studyverb	0.1987
self_intro	keen	-0.0227
self_intro	keep	-0.0998
self_intro	keep hear	0.0318
self_intro	keep in	-0.0234
self_intro	keep me	-0.0224
self_intro	keep this	0.0398
self_intro	keep you	-0.04
self_intro	keep ~number	-0.0222
self_intro	kept	-0.0245
self_intro	kid	0.0273
self_intro	kind	0.0895
self_intro	kind of	0.1032
self_intro	kitchen	0.0358
self_intro	knee	0.0389
self_intro	know	-0.1103
self_intro	know how	-0.0303
self_intro	know i	-0.0241
self_intro	know more	0.0547
self_intro	know where	0.0323
self_intro	know you	0.0299
self_intro	know your	-0.0308
self_intro	knowledg	0.0216
self_intro	lab internship	0.0242
self_intro	lab ~insight	0.0314
self_intro	lago	0.0346
self_intro	lago and	0.0211
self_intro	land on	0.0471
self_intro	laptop	-0.0352
self_intro	last	0.2723
self_intro	last job	0.0907
self_intro	last month	-0.0477
self_intro	last question	-0.0224
self_intro	last spring	0.0813
self_intro	last summer	0.1133
self_intro	last three	0.034
self_intro	last week	-0.0291
self_intro	last year	0.0312
self_intro	last ~clock	0.0727
self_intro	last ~closing	0.0836
self_intro	last ~duration	0.0477
self_intro	last ~job	0.0873
self_intro	last ~number	0.033
self_intro	late i	0.0594
self_intro	later	-0.0382
self_intro	launch	0.0228
self_intro	launch and	0.0465
self_intro	law	0.0964
self_intro	law student	0.0436
self_intro	law ~student	0.0436
self_intro	lead and	0.0201
self_intro	lean	0.022
self_intro	lean toward	0.0334
self_intro	learn	0.1155
self_intro	learn and	0.031
self_intro	learn from	-0.0264
self_intro	learn how	0.1047
self_intro	learn what	0.0322
self_intro	learn whether	0.0243
self_intro	leav	-0.0212
self_intro	leav it	-0.0257
self_intro	leav my	0.0811
self_intro	lectur	-0.0364
self_intro	led	0.0437
self_intro	leed	0.1822
self_intro	leed and	0.0205
self_intro	left the	0.0217
self_intro	left ~number	0.0215
self_intro	legal	0.0241
self_intro	lend	0.1021
self_intro	lend a	0.1036
self_intro	lend ~number	0.1036
self_intro	let	-0.1602
self_intro	let us	-0.0329
self_intro	let you	-0.1093
self_intro	letter	-0.0241
self_intro	level	-0.0241
self_intro	life in	0.0209
self_intro	like	-0.0725
self_intro	like day	-0.0208
self_intro	like for	0.0316
self_intro	like from	0.0227
self_intro	like in	-0.0286
self_intro	like that	0.0367
self_intro	like to	0.0792
self_intro	like your	-0.0357
self_intro	like ~clock	-0.0286
self_intro	like ~closing	-0.0216
self_intro	like ~limit	-0.0208
self_intro	line	0.0922
self_intro	line cook	0.083
self_intro	linguist	0.0359
self_intro	linkedin	-0.0472
self_intro	littl	0.024
self_intro	local	0.0365
self_intro	localis	0.0364
self_intro	logist	0.2726
self_intro	logist and	0.0299
self_intro	logist experi	-0.0206
self_intro	logist for	0.0225
self_intro	logist now	0.0208
self_intro	logist offic	0.0756
self_intro	logist so	0.1102
self_intro	logist ~student	0.0757
self_intro	long ~closing	0.0417
self_intro	longer	-0.0284
self_intro	look at	0.0275
self_intro	look for	0.041
self_intro	look like	-0.0317
self_intro	look to	0.0255
self_intro	lot of	0.0612
self_intro	love	-0.0521
self_intro	love to	-0.0363
self_intro	love your	0.0275
self_intro	luck	-0.0222
self_intro	lunch	-0.025
self_intro	ma	0.0823
self_intro	ma in	0.0613
self_intro	made	0.0379
self_intro	made the	0.0636
self_intro	made ~number	0.0618
self_intro	madrid	0.0946
self_intro	main	-0.065
self_intro	main ~want	-0.0444
self_intro	mainten	0.0337
self_intro	major	0.1013
self_intro	major at	0.0517
self_intro	major in	0.0367
self_intro	make	-0.0574
self_intro	make a	-0.0362
self_intro	make sens	-0.0337
self_intro	make time	0.0569
self_intro	make ~insight	-0.0337
self_intro	make ~limit	0.0569
self_intro	make ~number	-0.0461
self_intro	manag	0.3866
self_intro	manag a	0.0982
self_intro	manag and	0.1291
self_intro	manag at	0.0293
self_intro	manag look	-0.0263
self_intro	manag sinc	-0.0279
self_intro	manag view	0.0307
self_intro	manag ~insight	0.0307
self_intro	manag ~number	0.0908
self_intro	mani	-0.0594
self_intro	manufactur	0.0314
self_intro	march	0.0333
self_intro	marin	0.0453
self_intro	marin biolog	0.0337
self_intro	market	0.0926
self_intro	market for	0.0475
self_intro	market ~org	0.0588
self_intro	master	0.1289
self_intro	master in	0.1776
self_intro	master student	0.0262
self_intro	master ~student	0.0262
self_intro	math	0.0894
self_intro	matter	-0.0652
self_intro	matter most	-0.0423
self_intro	may	0.0841
self_intro	may with	0.0202
self_intro	mayb	-0.0984
self_intro	mayb in	-0.026
self_intro	me	0.0835
self_intro	me 2nd	0.0428
self_intro	me a	-0.0568
self_intro	me about	-0.0494
self_intro	me an	0.0257
self_intro	me ex	0.0915
self_intro	me for	0.0859
self_intro	me forward	0.0549
self_intro	me i	0.1831
self_intro	me in	-0.1233
self_intro	me know	-0.035
self_intro	me on	-0.0348
self_intro	me think	0.023
self_intro	me to	-0.0695
self_intro	me understand	0.0338
self_intro	me what	0.065
self_intro	me your	0.0769
self_intro	me ~learn	-0.0237
self_intro	me ~number	-0.0597
self_intro	me ~sendverb	0.0544
self_intro	mech	0.0349
self_intro	mech eng	0.0333
self_intro	mechan	0.2143
self_intro	mechan engin	0.1818
self_intro	mechan ~student	0.1241
self_intro	media	0.1035
self_intro	medic	0.0544
self_intro	medicin	0.0218
self_intro	meet	-0.0262
self_intro	meet i	0.0379
self_intro	mention	-0.043
self_intro	mention you	-0.0256
self_intro	mentor	-0.0319
self_intro	messag	-0.0238
self_intro	mgmt	0.0281
self_intro	mic	0.0347
self_intro	might	0.1459
self_intro	might have	0.0421
self_intro	might there	0.0393
self_intro	million	-0.035
self_intro	mind	-0.0313
self_intro	mind if	-0.0294
self_intro	mind we	0.0329
self_intro	minor in	0.0206
self_intro	minut	-0.0354
self_intro	minut so	0.0967
self_intro	minut you	0.0205
self_intro	mistak	-0.0221
self_intro	mom	0.0426
self_intro	mom of	0.0484
self_intro	month	-0.1798
self_intro	month and	-0.0499
self_intro	month onc	-0.0267
self_intro	more	-0.0743
self_intro	more about	0.0578
self_intro	more common	0.0202
self_intro	more of	-0.023
self_intro	more question	-0.022
self_intro	most	0.029
self_intro	most hope	-0.0229
self_intro	most i	-0.0315
self_intro	most in	0.0662
self_intro	most of	0.0286
self_intro	most peopl	-0.0218
self_intro	most ~people	-0.0327
self_intro	most ~want	-0.0278
self_intro	move	0.0784
self_intro	move into	0.0774
self_intro	move to	0.0456
self_intro	msc	0.045
self_intro	msc in	0.0449
self_intro	much	-0.1399
self_intro	much experi	0.0578
self_intro	much for	-0.0298
self_intro	much of	-0.0285
self_intro	much ~insight	0.0568
self_intro	museum	0.0473
self_intro	museum educ	0.0648
self_intro	museum you	0.045
self_intro	music	0.0208
self_intro	must	-0.0448
self_intro	mutual	0.0331
self_intro	my	0.2271
self_intro	my background	0.1804
self_intro	my belt	0.0732
self_intro	my brother	-0.0292
self_intro	my career	0.0212
self_intro	my cours	-0.0258
self_intro	my cousin	-0.056
self_intro	my english	0.0735
self_intro	my exam	-0.0206
self_intro	my experi	0.0346
self_intro	my final	0.0245
self_intro	my first	0.0305
self_intro	my friend	-0.0625
self_intro	my goal	-0.0311
self_intro	my internship	0.2252
self_intro	my last	0.0737
self_intro	my licens	0.0313
self_intro	my manag	-0.0312
self_intro	my master	0.0838
self_intro	my msc	0.0389
self_intro	my name	0.1337
self_intro	my note	0.0218
self_intro	my nurs	0.0272
self_intro	my old	-0.0354
self_intro	my phone	-0.0207
self_intro	my plan	0.0665
self_intro	my question	-0.078
self_intro	my shift	-0.0253
self_intro	my side	-0.0219
self_intro	my son	-0.0249
self_intro	my thesi	0.0623
self_intro	my uncl	0.1396
self_intro	my way	-0.0225
self_intro	my ~application	-0.0253
self_intro	my ~degree	0.0979
self_intro	my ~gatekeeper	-0.0353
self_intro	my ~insight	0.0262
self_intro	my ~job	0.1849
self_intro	my ~org	-0.0482
self_intro	my ~student	-0.0408
self_intro	myself	0.0832
self_intro	name	0.1149
self_intro	name is	0.1262
self_intro	near	-0.0519
self_intro	near at	-0.0271
self_intro	need	-0.2785
self_intro	need a	-0.0846
self_intro	need to	-0.098
self_intro	need ~number	-0.1048
self_intro	never	-0.0592
self_intro	new	0.097
self_intro	new grad	0.0609
self_intro	new to	0.1057
self_intro	next	-0.141
self_intro	next spring	0.077
self_intro	next week	-0.0383
self_intro	next year	-0.0707
self_intro	next ~clock	-0.0253
self_intro	next ~closing	-0.047
self_intro	next ~duration	-0.0761
self_intro	next ~number	-0.0358
self_intro	nice	0.063
self_intro	nice so	0.0758
self_intro	night	0.0292
self_intro	nine	0.0274
self_intro	nine year	0.0274
self_intro	nine ~duration	0.0274
self_intro	no	-0.0266
self_intro	nobodi mention	0.0281
self_intro	nonprofit work	0.0328
self_intro	nonprofit ~learn	0.0328
self_intro	nonprofit ~workverb	0.0333
self_intro	normal week	0.0559
self_intro	normal ~closing	0.0494
self_intro	not	-0.2093
self_intro	not after	-0.0357
self_intro	not ask	-0.0585
self_intro	not done	0.0219
self_intro	not get	-0.0206
self_intro	not here	-0.0289
self_intro	not look	-0.0231
self_intro	not much	0.0627
self_intro	not perfect	0.0215
self_intro	not so	0.0406
self_intro	not sure	0.0343
self_intro	not ~learn	-0.0466
self_intro	not ~want	-0.0832
self_intro	note	-0.0448
self_intro	noth	-0.0431
self_intro	notic	-0.0337
self_intro	now	0.4186
self_intro	now and	0.0265
self_intro	now do	0.0865
self_intro	now finish	0.0725
self_intro	now halfway	0.0231
self_intro	now i	0.1671
self_intro	now junior	0.0805
self_intro	now my	-0.0274
self_intro	now studi	0.0252
self_intro	now think	0.0242
self_intro	now ~student	0.0805
self_intro	now ~studyverb	0.2156
self_intro	nurs	0.0998
self_intro	nurs degre	0.0349
self_intro	nurs student	0.1023
self_intro	nurs ~degree	0.0251
self_intro	nurs ~student	0.1534
self_intro	obsess	0.0375
self_intro	obsess with	0.0375
self_intro	octob	-0.0218
self_intro	of	0.0289
self_intro	of anyon	0.0289
self_intro	of background	0.0287
self_intro	of compani	-0.0287
self_intro	of freelanc	0.047
self_intro	of introduct	0.0286
self_intro	of it	0.0265
self_intro	of my	0.0988
self_intro	of obsess	0.0241
self_intro	of profil	0.0257
self_intro	of small	0.0595
self_intro	of social	0.1042
self_intro	of the	-0.0811
self_intro	of these	-0.0346
self_intro	of thing	-0.0227
self_intro	of this	-0.0312
self_intro	of time	-0.0255
self_intro	of twelv	0.0502
self_intro	of uni	0.0515
self_intro	of what	0.0237
self_intro	of where	0.1428
self_intro	of work	-0.0235
self_intro	of year	-0.0248
self_intro	of your	-0.1119
self_intro	of ~clock	0.1115
self_intro	of ~duration	-0.0414
self_intro	of ~limit	-0.0263
self_intro	of ~number	-0.0881
self_intro	of ~org	-0.0233
self_intro	of ~people	0.0273
self_intro	of ~student	0.0833
self_intro	of ~studyverb	-0.0225
self_intro	of ~workverb	-0.037
self_intro	off	-0.1366
self_intro	off now	-0.0404
self_intro	offer ~want	0.049
self_intro	offic	0.1064
self_intro	offic for	0.0412
self_intro	oh	0.0995
self_intro	oh nice	0.0758
self_intro	oh no	0.0722
self_intro	ohio	0.0243
self_intro	ohio state	0.0247
self_intro	ok	-0.1952
self_intro	ok i	-0.0829
self_intro	ok that	-0.0399
self_intro	old	-0.0712
self_intro	old manag	-0.0249
self_intro	old ~gatekeeper	-0.0273
self_intro	old ~student	-0.0276
self_intro	on	0.1364
self_intro	on a	0.0299
self_intro	on an	0.0655
self_intro	on ani	-0.0241
self_intro	on as	-0.0276
self_intro	on it	-0.035
self_intro	on like	0.0202
self_intro	on linkedin	-0.0558
self_intro	on me	0.0394
self_intro	on my	-0.0523
self_intro	on our	0.028
self_intro	on the	-0.0288
self_intro	on what	0.0233
self_intro	on whether	0.0423
self_intro	on your	0.0751
self_intro	on ~hiring	0.047
self_intro	on ~number	0.066
self_intro	onc	-0.0724
self_intro	onc i	-0.0848
self_intro	onc it	0.0426
self_intro	one	-0.124
self_intro	one internship	0.0617
self_intro	one more	-0.0325
self_intro	one ~job	0.0617
self_intro	onli	-0.0328
self_intro	onli got	0.1115
self_intro	onli to	-0.0348
self_intro	onli ~clock	-0.0255
self_intro	onli ~want	-0.034
self_intro	onlin	0.0437
self_intro	op	0.1112
self_intro	op role	0.0744
self_intro	op side	0.0443
self_intro	op ~job	0.074
self_intro	op ~org	0.0443
self_intro	open	-0.0543
self_intro	open i	-0.0202
self_intro	open on	0.067
self_intro	open to	-0.0407
self_intro	open up	-0.0215
self_intro	oper	0.026
self_intro	opportun	0.0394
self_intro	or	-0.2823
self_intro	or did	-0.0322
self_intro	or is	-0.0802
self_intro	or public	0.0285
self_intro	or research	0.0454
self_intro	or tax	0.049
self_intro	or to	-0.0208
self_intro	or two	-0.031
self_intro	or ~clock	-0.0424
self_intro	or ~help	-0.0218
self_intro	or ~learn	0.0453
self_intro	or ~number	-0.0647
self_intro	or ~studyverb	-0.0332
self_intro	order	0.026
self_intro	other	-0.0493
self_intro	our	0.0892
self_intro	our ~org	0.0543
self_intro	out	0.0661
self_intro	out about	0.0398
self_intro	out becaus	0.0475
self_intro	out i	0.0741
self_intro	out if	0.0273
self_intro	out in	0.0986
self_intro	out last	0.0804
self_intro	out of	-0.0348
self_intro	out whether	-0.0267
self_intro	out ~want	-0.0244
self_intro	over	-0.1072
self_intro	over from	0.0352
self_intro	over the	-0.0402
self_intro	over ~number	-0.0472
self_intro	paid	-0.0366
self_intro	pair	-0.0265
self_intro	pair of	-0.0265
self_intro	palliat	0.0416
self_intro	palliat care	0.0416
self_intro	paraleg	0.0685
self_intro	part	0.2126
self_intro	part of	-0.0343
self_intro	part time	0.22
self_intro	part whi	0.0707
self_intro	part ~limit	0.22
self_intro	pass	0.0391
self_intro	pass my	0.0227
self_intro	past	-0.0333
self_intro	pastri	0.02
self_intro	pastri chef	0.0223
self_intro	pastri ~student	0.0223
self_intro	patent	-0.0202
self_intro	path	0.0407
self_intro	path from	0.0476
self_intro	path into	-0.0212
self_intro	path to	0.054
self_intro	patient	-0.0271
self_intro	paulo	0.0221
self_intro	pay	-0.0679
self_intro	peopl	-0.0817
self_intro	peopl actual	0.0344
self_intro	peopl in	0.077
self_intro	peopl who	-0.0415
self_intro	peopl ~people	-0.0415
self_intro	perform	0.0296
self_intro	person	-0.0332
self_intro	person to	0.032
self_intro	perspect	-0.0935
self_intro	pharma	0.0649
self_intro	pharmaci	0.0989
self_intro	phd	-0.0459
self_intro	phone	-0.0214
self_intro	physic	-0.0243
self_intro	pick	-0.0407
self_intro	pick up	-0.0252
self_intro	pick your	0.0204
self_intro	ping	-0.0236
self_intro	pitch	-0.0591
self_intro	pitch myself	-0.0335
self_intro	place	-0.0528
self_intro	placement	0.0274
self_intro	placement at	0.0657
self_intro	placement student	-0.0254
self_intro	placement year	-0.0312
self_intro	placement ~duration	-0.0312
self_intro	placement ~student	-0.0227
self_intro	plan	0.0559
self_intro	plan i	0.0749
self_intro	planner	0.0646
self_intro	planner do	0.0337
self_intro	planner ~help	0.0337
self_intro	play	0.0667
self_intro	pleas	-0.0592
self_intro	pleas do	0.0215
self_intro	pleas keep	-0.0236
self_intro	pleas ~help	0.0215
self_intro	polic	0.0484
self_intro	polic offic	0.0484
self_intro	polic ~student	0.0484
self_intro	polici	0.0309
self_intro	polici and	0.035
self_intro	polici brief	0.0234
self_intro	portfolio	-0.0672
self_intro	posit	-0.071
self_intro	posit in	0.034
self_intro	posit right	-0.0207
self_intro	post	-0.0644
self_intro	practic	-0.0321
self_intro	practis	0.0341
self_intro	pre	0.0305
self_intro	pretti	0.0412
self_intro	pretti new	0.0864
self_intro	primari	0.042
self_intro	privat	0.0306
self_intro	privat sector	0.0291
self_intro	priya	0.0518
self_intro	priya i	0.0404
self_intro	pro	0.0365
self_intro	probabl a	-0.0272
self_intro	probabl ~number	0.0211
self_intro	process	-0.023
self_intro	product	0.0972
self_intro	product launch	0.0446
self_intro	product manag	0.1123
self_intro	product ~gatekeeper	0.0822
self_intro	product ~student	0.0772
self_intro	profession	-0.0322
self_intro	profession associ	-0.027
self_intro	profil	0.0309
self_intro	program	-0.049
self_intro	program next	0.0223
self_intro	progress	-0.0216
self_intro	project	0.0292
self_intro	project for	0.0209
self_intro	project manag	0.0419
self_intro	promis	-0.0983
self_intro	promis i	-0.0386
self_intro	promot	-0.02
self_intro	psych	0.1355
self_intro	psych student	0.0377
self_intro	psych ~student	0.0877
self_intro	public health	0.0377
self_intro	pure	-0.0224
self_intro	push	0.0634
self_intro	push me	0.0648
self_intro	put me	0.038
self_intro	python	0.0533
self_intro	qa	0.0337
self_intro	qa test	0.0392
self_intro	qualifi	0.0246
self_intro	qualifi as	0.0337
self_intro	question	-0.138
self_intro	question to	0.0392
self_intro	quick	0.2633
self_intro	quick background	0.1062
self_intro	quick context	0.0304
self_intro	quick intro	0.052
self_intro	quit	-0.0749
self_intro	ra	0.0417
self_intro	rais	0.0374
self_intro	rais my	0.0363
self_intro	rambl	0.021
self_intro	ravi	0.0261
self_intro	reach	0.0566
self_intro	reach out	0.0616
self_intro	read	-0.0477
self_intro	read on	0.0291
self_intro	readi	-0.0235
self_intro	real	0.0689
self_intro	real quick	0.0292
self_intro	realist pictur	0.0204
self_intro	realiz	-0.0205
self_intro	realli	-0.1089
self_intro	realli appreci	-0.058
self_intro	realli curious	-0.0222
self_intro	realli help	-0.0234
self_intro	realli just	-0.0679
self_intro	realli like	0.072
self_intro	realli look	-0.0203
self_intro	realli reassur	0.0727
self_intro	realli tri	0.0464
self_intro	realli valu	-0.0333
self_intro	realli work	0.0901
self_intro	realli ~want	-0.1584
self_intro	reason	-0.0255
self_intro	reason i	-0.03
self_intro	reassur	0.0807
self_intro	reassur actual	0.0244
self_intro	recent	0.3109
self_intro	recent finish	0.0521
self_intro	recent grad	0.0203
self_intro	recent graduat	0.0949
self_intro	recent ~student	0.0706
self_intro	recent ~studyverb	0.0982
self_intro	recommend	-0.0486
self_intro	recruit	-0.0565
self_intro	refer	0.0388
self_intro	refer me	0.064
self_intro	referr	-0.0841
self_intro	referr or	-0.0214
self_intro	region	0.0255
self_intro	reject	-0.0481
self_intro	reject at	-0.0217
self_intro	rememb	-0.0208
self_intro	remot	-0.0231
self_intro	report	-0.0402
self_intro	request	0.0404
self_intro	request i	0.0207
self_intro	requir	-0.0259
self_intro	research	0.0574
self_intro	research or	0.0257
self_intro	research to	0.0496
self_intro	rest	-0.0264
self_intro	rest of	-0.0238
self_intro	restaur	0.0387
self_intro	resum	-0.026
self_intro	resum along	0.0326
self_intro	resum to	-0.0282
self_intro	retail	0.2903
self_intro	retail bank	0.047
self_intro	retail manag	0.2118
self_intro	retail mgmt	0.0257
self_intro	retail ~gatekeeper	0.0426
self_intro	retail ~student	0.0426
self_intro	retir	0.0808
self_intro	retir armi	0.0274
self_intro	retir last	0.0401
self_intro	retrain	0.0321
self_intro	retrain in	0.0217
self_intro	return	0.0382
self_intro	return the	-0.0288
self_intro	return ~number	-0.0288
self_intro	right	-0.0327
self_intro	right fit	0.029
self_intro	right now	0.0518
self_intro	risk	0.051
self_intro	risk or	0.041
self_intro	role at	-0.0239
self_intro	role in	0.0291
self_intro	room	0.0481
self_intro	room on	0.0349
self_intro	rout in	0.0254
self_intro	royal	0.0219
self_intro	run	-0.0669
self_intro	run a	0.0285
self_intro	run over	-0.0247
self_intro	run so	0.0287
self_intro	run to	-0.0294
self_intro	run ~number	0.0419
self_intro	said	-0.1237
self_intro	salari	-0.0298
self_intro	sale	0.0409
self_intro	same	-0.0549
self_intro	same ~org	-0.028
self_intro	saw	-0.0237
self_intro	say	-0.1725
self_intro	say the	-0.032
self_intro	say yes	0.0254
self_intro	say ~number	-0.04
self_intro	scheme	-0.0369
self_intro	school	0.1006
self_intro	school chemistri	0.0479
self_intro	school in	0.0237
self_intro	school next	-0.0227
self_intro	school senior	0.0636
self_intro	school ~student	0.0811
self_intro	sci	0.2028
self_intro	sci at	0.0495
self_intro	sci degre	0.0255
self_intro	sci ~degree	0.0255
self_intro	scienc	0.2356
self_intro	scienc at	0.0413
self_intro	scienc degre	0.0314
self_intro	scienc is	0.0307
self_intro	scienc ~degree	0.0331
self_intro	scientist	-0.0367
self_intro	search	-0.0283
self_intro	seat	0.0344
self_intro	sec	-0.0606
self_intro	second	0.1919
self_intro	second year	0.2221
self_intro	second ~duration	0.2221
self_intro	secondari	0.0419
self_intro	secondari school	0.0355
self_intro	secondari ~org	0.0355
self_intro	sector	0.0393
self_intro	secur	0.0247
self_intro	see	-0.0552
self_intro	see the	0.0243
self_intro	see ~number	0.0208
self_intro	seem	0.022
self_intro	seem so	0.0498
self_intro	self	0.1475
self_intro	self taught	0.148
self_intro	self ~workverb	0.148
self_intro	semest	0.1046
self_intro	semest here	0.0946
self_intro	semest ~want	0.0946
self_intro	semi	0.0362
self_intro	send	-0.1166
self_intro	send a	-0.0215
self_intro	send you	-0.0551
self_intro	send ~number	-0.0222
self_intro	senior	0.117
self_intro	sens	-0.0903
self_intro	sens of	-0.0345
self_intro	separ	0.0349
self_intro	septemb	0.0603
self_intro	serious	-0.0233
self_intro	servic	0.0404
self_intro	set	-0.0404
self_intro	share	-0.0223
self_intro	she	-0.0749
self_intro	she is	-0.0232
self_intro	shift	-0.0331
self_intro	shift at	0.0301
self_intro	shop	0.0502
self_intro	shopifi	0.0234
self_intro	shopifi store	0.0227
self_intro	short	-0.0455
self_intro	should	-0.1287
self_intro	should i	-0.0592
self_intro	shout	-0.0288
self_intro	side	0.1324
self_intro	side if	0.0311
self_intro	side realli	0.0884
self_intro	side work	0.0235
self_intro	side ~want	0.0872
self_intro	sideway	-0.0292
self_intro	sign off	-0.0229
self_intro	sinc	0.2084
self_intro	sinc i	-0.0771
self_intro	sinc june	0.0223
self_intro	sinc septemb	0.0423
self_intro	sinc then	0.0484
self_intro	site	0.1336
self_intro	site everi	0.1428
self_intro	six	0.0732
self_intro	six year	0.091
self_intro	six ~duration	0.0783
self_intro	skill	-0.0948
self_intro	skill matter	-0.0349
self_intro	small	0.2271
self_intro	small app	0.0896
self_intro	small firm	0.0296
self_intro	small ~org	0.0426
self_intro	so	0.2414
self_intro	so a	0.0294
self_intro	so about	0.0294
self_intro	so first	0.0207
self_intro	so good	0.0413
self_intro	so honest	0.0274
self_intro	so i	0.0866
self_intro	so if	-0.0537
self_intro	so much	-0.0957
self_intro	so pleas	0.0278
self_intro	so quick	0.0211
self_intro	so sorri	-0.0472
self_intro	so thank	0.0453
self_intro	so the	0.0508
self_intro	so this	0.0741
self_intro	so yeah	0.1115
self_intro	so you	0.0748
self_intro	so ~number	0.0782
self_intro	so ~want	-0.0337
self_intro	social	0.0917
self_intro	social media	0.1039
self_intro	solicitor	0.0207
self_intro	some	0.1404
self_intro	some insight	-0.037
self_intro	some question	0.0389
self_intro	some ~insight	-0.0577
self_intro	some ~learn	0.0396
self_intro	some ~workverb	0.0724
self_intro	someon	-0.0749
self_intro	someon in	-0.026
self_intro	someon like	0.0295
self_intro	someon who	0.0651
self_intro	someon ~people	0.0651
self_intro	someth	0.1135
self_intro	someth i	0.0322
self_intro	someth peopl	0.1069
self_intro	someth ~people	0.1063
self_intro	sometim	0.03
self_intro	sometim i	0.0386
self_intro	son	-0.0251
self_intro	sophomor	0.1114
self_intro	sophomor in	0.0225
self_intro	sophomor undeclar	0.0355
self_intro	sophomor ~studyverb	0.035
self_intro	sorri	-0.1675
self_intro	sorri about	-0.0324
self_intro	sorri got	0.0498
self_intro	sorri i	-0.0583
self_intro	sorri my	0.024
self_intro	sorri total	0.0254
self_intro	sorri ~number	-0.0209
self_intro	sort	-0.027
self_intro	special	-0.0217
self_intro	spend	-0.0365
self_intro	spent	0.1886
self_intro	spent eight	0.0447
self_intro	spent most	0.0351
self_intro	spent six	0.0325
self_intro	spent the	0.0346
self_intro	spent ~clock	0.1008
self_intro	spent ~number	0.0696
self_intro	spot	-0.0295
self_intro	spreadsheet	-0.023
self_intro	spring	0.1766
self_intro	spring after	0.0211
self_intro	spring and	0.0336
self_intro	spring so	0.0771
self_intro	spring ~want	0.0205
self_intro	sql	0.187
self_intro	squad	0.0365
self_intro	squeez	-0.0341
self_intro	squeez me	-0.0279
self_intro	staf	-0.0239
self_intro	staff	0.0202
self_intro	start	-0.0762
self_intro	start at	-0.0202
self_intro	start in	-0.0208
self_intro	startup	0.0626
self_intro	stat	0.0607
self_intro	stat ~degree	0.0396
self_intro	state	0.1047
self_intro	state ~studyverb	0.0208
self_intro	stay	-0.0419
self_intro	stay in	-0.0454
self_intro	step	0.0797
self_intro	step befor	0.0224
self_intro	step up	0.0407
self_intro	still	-0.0963
self_intro	still in	0.0229
self_intro	stop	-0.0677
self_intro	stop at	-0.0286
self_intro	stop me	0.0295
self_intro	stop there	-0.0256
self_intro	store	0.0452
self_intro	stori	-0.039
self_intro	straight	0.0804
self_intro	straight from	0.0966
self_intro	stress	-0.0277
self_intro	strongest	0.0461
self_intro	strongest candid	0.0463
self_intro	structur	-0.0255
self_intro	stuck	-0.0205
self_intro	student	0.3567
self_intro	student and	0.039
self_intro	student at	0.0898
self_intro	student from	0.0339
self_intro	student in	0.0372
self_intro	student not	0.038
self_intro	student who	0.0469
self_intro	student with	0.0476
self_intro	student work	0.0434
self_intro	student ~insight	-0.0201
self_intro	student ~people	0.0469
self_intro	student ~want	0.0206
self_intro	student ~workverb	0.0445
self_intro	studi	0.3696
self_intro	studi architectur	0.0359
self_intro	studi econom	0.0801
self_intro	studi fine	0.048
self_intro	studi ~degree	0.0647
self_intro	studi ~student	0.042
self_intro	studio	-0.0491
self_intro	stuff	0.0648
self_intro	stuff and	0.0545
self_intro	success	0.0267
self_intro	such	-0.0288
self_intro	suggest	0.0602
self_intro	suggest i	0.0453
self_intro	suit	-0.0235
self_intro	suit me	-0.0248
self_intro	summer	0.2989
self_intro	summer and	0.021
self_intro	summer i	0.0747
self_intro	summer intern	0.0401
self_intro	sunday	0.0508
self_intro	super	-0.0266
self_intro	suppli	0.1034
self_intro	suppli chain	0.1029
self_intro	support	0.0513
self_intro	support for	0.0333
self_intro	sure	0.0422
self_intro	sure i	0.0246
self_intro	sure the	0.0256
self_intro	sure ~number	0.0256
self_intro	survey or	0.0339
self_intro	swear	0.0229
self_intro	switch	0.1697
self_intro	switch from	0.0346
self_intro	switch into	0.093
self_intro	switch over	0.0382
self_intro	system	0.0309
self_intro	take	-0.0709
self_intro	take anyon	0.0276
self_intro	take me	-0.0289
self_intro	take on	-0.0546
self_intro	take the	0.0202
self_intro	take you	0.0208
self_intro	take ~people	0.0278
self_intro	talk	-0.0421
self_intro	taught	0.1749
self_intro	tax	0.0421
self_intro	teach	0.0629
self_intro	teach english	0.0209
self_intro	teach high	0.0434
self_intro	teach into	0.0686
self_intro	teach job	-0.0246
self_intro	teach myself	0.0244
self_intro	teach ~job	-0.0246
self_intro	teacher	0.0583
self_intro	teacher who	0.0702
self_intro	teacher ~people	0.0702
self_intro	team	0.1304
self_intro	team and	0.0261
self_intro	team is	0.0453
self_intro	team not	0.0277
self_intro	team of	0.0462
self_intro	team take	0.0224
self_intro	team ~gatekeeper	0.0322
self_intro	team ~hiring	0.0397
self_intro	team ~insight	0.0215
self_intro	team ~studyverb	0.0229
self_intro	tech at	0.0269
self_intro	tell	-0.1051
self_intro	tell me	-0.1037
self_intro	ten	-0.0385
self_intro	ten minut	-0.026
self_intro	ten ~limit	-0.0261
self_intro	ten ~timeunit	-0.0261
self_intro	test	0.0309
self_intro	test i	0.0257
self_intro	than	-0.0431
self_intro	thank	-0.0276
self_intro	thank a	-0.0583
self_intro	thank again	-0.0341
self_intro	thank for	-0.0533
self_intro	thank so	-0.0276
self_intro	thank to	0.3193
self_intro	thank you	-0.0413
self_intro	thank ~later	-0.0341
self_intro	thank ~number	-0.061
self_intro	that	-0.2923
self_intro	that cover	-0.0323
self_intro	that how	-0.0211
self_intro	that is	0.0229
self_intro	that make	-0.0284
self_intro	that might	0.0747
self_intro	that much	0.0255
self_intro	that normal	-0.0216
self_intro	that someth	0.1079
self_intro	that you	-0.0244
self_intro	the	-0.5662
self_intro	the armi	0.1808
self_intro	the big	-0.0229
self_intro	the bootcamp	-0.0227
self_intro	the certif	0.0882
self_intro	the communiti	0.0304
self_intro	the cours	-0.0312
self_intro	the depart	0.0232
self_intro	the door	-0.0347
self_intro	the end	-0.0234
self_intro	the exam	0.03
self_intro	the favor	-0.0276
self_intro	the field	-0.0429
self_intro	the first	-0.0869
self_intro	the food	0.0421
self_intro	the grad	-0.0344
self_intro	the half	-0.029
self_intro	the hardest	-0.0206
self_intro	the hire	-0.0317
self_intro	the industri	-0.0402
self_intro	the insid	-0.0273
self_intro	the interest	0.1431
self_intro	the job	-0.0649
self_intro	the jump	0.0565
self_intro	the junior	0.0639
self_intro	the kitchen	0.034
self_intro	the lab	-0.0301
self_intro	the last	0.1043
self_intro	the manag	-0.0288
self_intro	the market	0.0331
self_intro	the most	-0.0272
self_intro	the move	0.0217
self_intro	the museum	0.0405
self_intro	the next	-0.0498
self_intro	the op	0.0429
self_intro	the path	0.0303
self_intro	the pay	-0.0241
self_intro	the privat	0.0315
self_intro	the real	-0.0232
self_intro	the reason	-0.0227
self_intro	the recruit	-0.0376
self_intro	the right	0.0426
self_intro	the role	-0.0214
self_intro	the royal	0.0219
self_intro	the same	-0.0506
self_intro	the side	0.0835
self_intro	the start	-0.021
self_intro	the startup	0.082
self_intro	the strongest	0.0461
self_intro	the summer	-0.0462
self_intro	the time	-0.0203
self_intro	the top	0.029
self_intro	the tour	0.04
self_intro	the work	-0.0817
self_intro	the worst	-0.0229
self_intro	the ~clock	-0.0349
self_intro	the ~closing	-0.08
self_intro	the ~gatekeeper	-0.0985
self_intro	the ~hiring	-0.0381
self_intro	the ~job	-0.1125
self_intro	the ~learn	-0.0798
self_intro	the ~limit	-0.0201
self_intro	the ~number	-0.0259
self_intro	the ~org	0.0798
self_intro	the ~student	-0.0947
self_intro	the ~talk	-0.0318
self_intro	the ~workverb	-0.0833
self_intro	their	-0.0777
self_intro	their first	-0.0286
self_intro	them	-0.0585
self_intro	then	0.1109
self_intro	then did	0.0481
self_intro	then i	0.0291
self_intro	then ~number	0.023
self_intro	then ~studyverb	0.0501
self_intro	there a	-0.0393
self_intro	there anyth	0.055
self_intro	there be	0.0387
self_intro	there i	0.0335
self_intro	there is	-0.0483
self_intro	there ~number	-0.0442
self_intro	these	-0.0218
self_intro	these chat	-0.022
self_intro	thesi	0.0709
self_intro	thesi on	0.0535
self_intro	they	-0.1281
self_intro	thing	-0.1046
self_intro	thing i	-0.036
self_intro	thing is	0.0476
self_intro	think	-0.0496
self_intro	think about	0.0596
self_intro	think that	-0.0476
self_intro	think you	0.0542
self_intro	think ~number	-0.0205
self_intro	third	0.0628
self_intro	third year	0.0629
self_intro	third ~duration	0.0629
self_intro	thirti minut	0.028
self_intro	thirti ~limit	0.0281
self_intro	thirti ~timeunit	0.028
self_intro	this	-0.3177
self_intro	this convers	0.023
self_intro	this field	-0.0527
self_intro	this for	-0.0213
self_intro	this has	-0.0309
self_intro	this job	0.0242
self_intro	this quick	0.0547
self_intro	this was	-0.0541
self_intro	this week	-0.0261
self_intro	this year	-0.0595
self_intro	this ~closing	-0.0359
self_intro	this ~duration	-0.0595
self_intro	thought	-0.0335
self_intro	three	0.1689
self_intro	three year	0.1616
self_intro	three ~duration	0.1529
self_intro	through your	0.0248
self_intro	time	-0.0302
self_intro	time and	-0.0215
self_intro	time at	0.0757
self_intro	time i	0.024
self_intro	time in	0.1039
self_intro	time job	0.0217
self_intro	time on	0.0514
self_intro	time so	-0.0282
self_intro	time to	0.0705
self_intro	tip	-0.0208
self_intro	titl	0.0295
self_intro	to	-0.2385
self_intro	to a	0.0614
self_intro	to an	-0.0202
self_intro	to appli	-0.0353
self_intro	to ask	0.0764
self_intro	to be	-0.1551
self_intro	to becom	-0.0395
self_intro	to chat	0.0514
self_intro	to come	-0.0244
self_intro	to data	0.035
self_intro	to day	0.0285
self_intro	to decid	-0.0673
self_intro	to do	0.1004
self_intro	to figur	-0.0232
self_intro	to gather	-0.0293
self_intro	to get	-0.0343
self_intro	to give	0.0344
self_intro	to go	0.0735
self_intro	to have	-0.0346
self_intro	to head	-0.0263
self_intro	to hear	-0.0254
self_intro	to help	0.2503
self_intro	to hire	-0.02
self_intro	to hour	0.05
self_intro	to join	0.0711
self_intro	to jump	-0.0386
self_intro	to keep	-0.0341
self_intro	to know	0.045
self_intro	to learn	0.116
self_intro	to leav	0.0566
self_intro	to lend	0.104
self_intro	to make	-0.0326
self_intro	to me	0.0747
self_intro	to move	0.0379
self_intro	to my	0.1584
self_intro	to pick	0.0215
self_intro	to pitch	-0.0402
self_intro	to practis	0.0369
self_intro	to run	-0.1013
self_intro	to say	-0.0218
self_intro	to school	0.0204
self_intro	to stay	-0.0226
self_intro	to studi	0.0277
self_intro	to the	-0.0798
self_intro	to this	0.0207
self_intro	to understand	0.0267
self_intro	to work	-0.0398
self_intro	to your	-0.0652
self_intro	to ~closing	0.0237
self_intro	to ~help	0.3587
self_intro	to ~learn	0.0811
self_intro	to ~limit	0.0753
self_intro	to ~number	-0.0521
self_intro	to ~people	-0.0284
self_intro	to ~studyverb	0.0241
self_intro	to ~talk	0.0954
self_intro	to ~timeunit	0.05
self_intro	to ~workverb	-0.1451
self_intro	today	-0.1514
self_intro	today is	-0.0673
self_intro	told	-0.0538
self_intro	told me	-0.0315
self_intro	tomás	0.082
self_intro	tomás i	0.0718
self_intro	tonight	-0.0324
self_intro	too much	-0.02
self_intro	torn	-0.035
self_intro	torn between	-0.0293
self_intro	touch	-0.0774
self_intro	touch with	-0.0293
self_intro	tough	0.039
self_intro	tour	0.0412
self_intro	toward	0.0502
self_intro	toward a	0.0214
self_intro	toward ~number	0.0214
self_intro	track	0.0214
self_intro	traffic	0.0735
self_intro	traffic control	0.0745
self_intro	train	0.0303
self_intro	train as	0.0299
self_intro	transfer	0.0308
self_intro	translat	0.1121
self_intro	translat into	0.0775
self_intro	transport	0.0275
self_intro	tri	-0.0278
self_intro	trial	-0.0262
self_intro	trial shift	-0.021
self_intro	trip	0.0249
self_intro	tryna	0.0377
self_intro	tryna figur	0.0379
self_intro	tryna ~learn	0.0377
self_intro	turbin	0.0545
self_intro	turn	0.1049
self_intro	turnaround	0.0248
self_intro	twelv	0.0476
self_intro	twenti	0.0665
self_intro	twenti two	0.043
self_intro	twenti ~clock	0.0468
self_intro	twenti ~number	0.0429
self_intro	two	0.1182
self_intro	two job	0.0282
self_intro	two lab	0.0242
self_intro	two year	0.0238
self_intro	two ~duration	0.0368
self_intro	two ~job	0.0282
self_intro	two ~org	0.0242
self_intro	typic	-0.0314
self_intro	typic week	-0.0251
self_intro	typic ~closing	-0.0312
self_intro	ucd	0.0451
self_intro	um	-0.0213
self_intro	uncl	0.1381
self_intro	undeclar	0.0355
self_intro	under	0.0782
self_intro	under my	0.0732
self_intro	understand	0.0427
self_intro	understand how	0.0866
self_intro	understand what	-0.0317
self_intro	understand whether	0.0321
self_intro	uni	0.254
self_intro	uni ~want	0.0568
self_intro	union	0.0611
self_intro	unit	0.0602
self_intro	universiti	0.0381
self_intro	unpaid	-0.0206
self_intro	until	-0.0363
self_intro	up	-0.167
self_intro	up for	-0.0249
self_intro	up in	-0.0206
self_intro	up more	0.0205
self_intro	up the	0.0234
self_intro	up with	-0.0301
self_intro	up ~number	0.0294
self_intro	up ~studyverb	0.0646
self_intro	up ~want	-0.0219
self_intro	upfront	-0.0353
self_intro	upfront i	-0.0297
self_intro	us	-0.0439
self_intro	usabl	0.0312
self_intro	use	0.1376
self_intro	use for	-0.0242
self_intro	use to	0.1925
self_intro	user test	0.025
self_intro	usual	-0.0781
self_intro	util	0.0728
self_intro	uw	0.0499
self_intro	ux	0.0285
self_intro	ux and	0.031
self_intro	ux certif	0.0239
self_intro	ux ~degree	0.0284
self_intro	valor	0.0287
self_intro	valu	-0.0242
self_intro	valu your	-0.0324
self_intro	veri	-0.0887
self_intro	vet ~org	0.0207
self_intro	via	0.0218
self_intro	video	0.0304
self_intro	video editor	0.0372
self_intro	video ~student	0.0372
self_intro	vietnam	0.0406
self_intro	view	0.0268
self_intro	visa	-0.0267
self_intro	volunt	0.0959
self_intro	volunt at	0.0343
self_intro	volunt for	0.0227
self_intro	volunt on	0.0272
self_intro	volunt shift	0.0465
self_intro	vs	-0.0283
self_intro	wait	-0.0306
self_intro	walk through	0.0261
self_intro	want	0.0616
self_intro	want a	-0.0237
self_intro	want some	-0.0227
self_intro	want to	0.2003
self_intro	want ~number	-0.0432
self_intro	was	-0.1544
self_intro	was a	0.0582
self_intro	was hope	0.0305
self_intro	was it	-0.0267
self_intro	was my	-0.0229
self_intro	was realli	0.0552
self_intro	was wonder	-0.0849
self_intro	was worri	0.024
self_intro	was ~number	0.0795
self_intro	was ~want	0.0778
self_intro	water	0.0609
self_intro	water util	0.0743
self_intro	way of	0.0544
self_intro	way you	0.0741
self_intro	we	-0.2231
self_intro	we are	-0.0863
self_intro	web	0.0681
self_intro	web stuff	0.047
self_intro	websit	0.0283
self_intro	week	-0.1477
self_intro	week and	-0.0223
self_intro	week look	0.0413
self_intro	weekend	-0.0453
self_intro	weird	-0.0229
self_intro	well	-0.0459
self_intro	went	0.1097
self_intro	went from	-0.041
self_intro	went straight	0.0894
self_intro	went to	0.0789
self_intro	were	-0.1353
self_intro	what	-0.4483
self_intro	what a	-0.0889
self_intro	what did	-0.0356
self_intro	what do	-0.03
self_intro	what doe	0.0458
self_intro	what got	0.0411
self_intro	what i	-0.0607
self_intro	what is	-0.049
self_intro	what it	0.043
self_intro	what kind	-0.0253
self_intro	what made	-0.0382
self_intro	what skill	-0.0348
self_intro	what the	0.0641
self_intro	what would	-0.0444
self_intro	what you	-0.0348
self_intro	what your	-0.0218
self_intro	what ~help	-0.0269
self_intro	what ~studyverb	-0.0384
self_intro	what ~want	-0.0444
self_intro	whatev	-0.0292
self_intro	when	-0.131
self_intro	when i	-0.0666
self_intro	when the	0.0859
self_intro	when you	-0.0814
self_intro	when ~number	0.07
self_intro	where	0.1308
self_intro	where do	-0.0213
self_intro	where i	0.0214
self_intro	where the	0.1419
self_intro	where ~help	-0.0213
self_intro	where ~number	0.132
self_intro	whether	-0.062
self_intro	whether a	-0.0561
self_intro	whether agenc	0.0417
self_intro	whether audit	0.049
self_intro	whether law	-0.0214
self_intro	whether product	-0.0211
self_intro	whether you	-0.0368
self_intro	whether ~number	-0.0852
self_intro	whether ~org	0.0417
self_intro	whi	0.0518
self_intro	whi i	0.0673
self_intro	which	0.0357
self_intro	which i	0.038
self_intro	which is	0.2181
self_intro	which skill	-0.023
self_intro	which was	-0.0205
self_intro	while	-0.0453
self_intro	while i	-0.0276
self_intro	who is	0.027
self_intro	who spent	0.0773
self_intro	who ~workverb	0.0663
self_intro	wifi	-0.022
self_intro	will	-0.4271
self_intro	will be	-0.0304
self_intro	will help	0.0347
self_intro	will jump	0.02
self_intro	will let	-0.062
self_intro	will send	-0.048
self_intro	will stop	-0.0301
self_intro	will wrap	-0.0225
self_intro	will ~contactverb	-0.0306
self_intro	will ~help	0.033
self_intro	will ~sendverb	-0.0799
self_intro	will ~talk	-0.0222
self_intro	wind	0.0535
self_intro	wind turbin	0.0548
self_intro	wise	0.0248
self_intro	wise i	0.0216
self_intro	wish	-0.0426
self_intro	with	0.0814
self_intro	with a	0.1164
self_intro	with ani	0.0437
self_intro	with how	0.0223
self_intro	with me	-0.0347
self_intro	with some	0.0326
self_intro	with that	0.0263
self_intro	with the	-0.0924
self_intro	with you	-0.0455
self_intro	with your	-0.0613
self_intro	with ~clock	0.0338
self_intro	with ~number	0.0462
self_intro	with ~people	-0.0256
self_intro	within	-0.0546
self_intro	within ~clock	-0.0331
self_intro	within ~number	-0.0524
self_intro	without	-0.0409
self_intro	without ~number	-0.0241
self_intro	wonder	-0.0358
self_intro	wonder which	-0.0295
self_intro	word	-0.0322
self_intro	work	0.2541
self_intro	work a	-0.0224
self_intro	work after	0.0507
self_intro	work as	0.0519
self_intro	work befor	0.0859
self_intro	work for	-0.0235
self_intro	work full	0.1034
self_intro	work go	0.0389
self_intro	work in	0.0613
self_intro	work of	-0.0634
self_intro	work on	-0.0596
self_intro	work out	-0.0267
self_intro	work part	0.042
self_intro	work two	0.0467
self_intro	work would	0.0314
self_intro	work ~clock	0.0747
self_intro	work ~number	0.0203
self_intro	work ~want	0.0716
self_intro	worri about	0.0245
self_intro	worst	-0.0267
self_intro	worth	-0.0826
self_intro	worth contact	0.0212
self_intro	worth it	-0.0627
self_intro	would	-0.154
self_intro	would be	0.0609
self_intro	would even	0.0309
self_intro	would have	0.0733
self_intro	would help	-0.0267
self_intro	would it	-0.0363
self_intro	would just	-0.0229
self_intro	would like	0.0906
self_intro	would realli	-0.0398
self_intro	would recommend	-0.0237
self_intro	would someon	0.0251
self_intro	would suggest	0.0349
self_intro	would work	-0.0223
self_intro	would you	-0.1266
self_intro	would your	-0.0328
self_intro	would ~help	-0.0325
self_intro	would ~learn	-0.0209
self_intro	would ~number	-0.0209
self_intro	would ~people	0.0249
self_intro	would ~talk	0.0454
self_intro	would ~want	-0.0641
self_intro	would ~workverb	-0.0225
self_intro	writer	0.0248
self_intro	yeah	0.0573
self_intro	yeah that	0.1089
self_intro	year	1.112
self_intro	year 12	0.0398
self_intro	year ago	0.0348
self_intro	year apprentic	0.0424
self_intro	year chem	0.0395
self_intro	year comp	0.1426
self_intro	year cs	0.0213
self_intro	year econ	0.045
self_intro	year first	-0.0222
self_intro	year for	0.0232
self_intro	year freelanc	0.0442
self_intro	year gap	-0.0253
self_intro	year in	0.3625
self_intro	year is	-0.0379
self_intro	year law	0.0441
self_intro	year manag	0.0287
self_intro	year most	0.0435
self_intro	year now	0.0239
self_intro	year nurs	0.0812
self_intro	year of	0.1167
self_intro	year on	-0.0257
self_intro	year or	-0.0508
self_intro	year psych	0.0368
self_intro	year teach	0.0705
self_intro	year to	-0.0224
self_intro	year ~clock	0.0444
self_intro	year ~student	0.0395
self_intro	year ~studyverb	0.0264
self_intro	year ~want	0.0447
self_intro	year ~workverb	0.1364
self_intro	yes to	0.0315
self_intro	yo	0.0488
self_intro	yonsei	0.0235
self_intro	yonsei and	0.0235
self_intro	you	-0.7711
self_intro	you a	-0.0717
self_intro	you actual	0.0244
self_intro	you and	-0.021
self_intro	you are	-0.0605
self_intro	you as	0.0404
self_intro	you be	-0.0425
self_intro	you can	-0.0381
self_intro	you decid	-0.031
self_intro	you do	-0.0316
self_intro	you ever	-0.0943
self_intro	you for	0.0478
self_intro	you get	-0.0378
self_intro	you go	-0.0507
self_intro	you got	-0.0242
self_intro	you have	-0.069
self_intro	you hire	0.0789
self_intro	you in	-0.0585
self_intro	you know	-0.0331
self_intro	you made	0.0817
self_intro	you make	0.0682
self_intro	you mention	-0.0509
self_intro	you might	0.0481
self_intro	you move	-0.0349
self_intro	you need	-0.067
self_intro	you offer	0.0209
self_intro	you on	-0.0413
self_intro	you out	0.095
self_intro	you pass	0.0338
self_intro	you point	0.0277
self_intro	you refer	0.0733
self_intro	you said	-0.0289
self_intro	you say	-0.0335
self_intro	you so	-0.0604
self_intro	you some	0.0629
self_intro	you take	-0.029
self_intro	you tell	-0.0256
self_intro	you think	-0.034
self_intro	you to	-0.0373
self_intro	you walk	0.0202
self_intro	you want	-0.0201
self_intro	you went	0.1348
self_intro	you were	-0.0609
self_intro	you where	0.0242
self_intro	you wish	-0.0282
self_intro	you with	-0.0228
self_intro	you would	0.0502
self_intro	you ~gatekeeper	0.0857
self_intro	you ~help	-0.0451
self_intro	you ~hiring	0.0684
self_intro	you ~later	-0.0201
self_intro	you ~learn	-0.0966
self_intro	you ~number	-0.0988
self_intro	you ~studyverb	-0.0422
self_intro	you ~talk	-0.0312
self_intro	you ~workverb	-0.0237
self_intro	your	-0.5984
self_intro	your advic	0.0245
self_intro	your brain	0.0281
self_intro	your compani	-0.0997
self_intro	your day	-0.0246
self_intro	your depart	-0.0325
self_intro	your field	0.0784
self_intro	your firm	-0.0242
self_intro	your first	-0.1231
self_intro	your grad	-0.0203
self_intro	your graduat	0.056
self_intro	your hire	0.0582
self_intro	your lab	-0.0282
self_intro	your lunch	-0.0223
self_intro	your path	0.0419
self_intro	your perspect	-0.048
self_intro	your read	0.0463
self_intro	your role	-0.0227
self_intro	your school	-0.0206
self_intro	your squad	0.0365
self_intro	your take	0.0601
self_intro	your unit	0.0486
self_intro	your work	-0.0249
self_intro	your ~closing	-0.0685
self_intro	your ~degree	-0.0243
self_intro	your ~gatekeeper	0.0212
self_intro	your ~hiring	0.0565
self_intro	your ~insight	0.0654
self_intro	your ~learn	-0.0258
self_intro	your ~limit	-0.0884
self_intro	your ~org	-0.1702
self_intro	your ~workverb	-0.0249
self_intro	youth	0.0383
self_intro	youtub	0.0415
self_intro	~application	-0.0938
self_intro	~application along	0.0324
self_intro	~application to	-0.0341
self_intro	~clock	0.4969
self_intro	~clock as	0.0221
self_intro	~clock at	0.0475
self_intro	~clock back	0.0369
self_intro	~clock hour	-0.0512
self_intro	~clock in	0.0533
self_intro	~clock internship	0.0617
self_intro	~clock interview	-0.0345
self_intro	~clock job	0.0247
self_intro	~clock lab	0.0242
self_intro	~clock minut	-0.0722
self_intro	~clock month	-0.0444
self_intro	~clock more	-0.0362
self_intro	~clock sec	-0.0236
self_intro	~clock so	-0.0415
self_intro	~clock year	0.793
self_intro	~closing	-0.0315
self_intro	~closing actual	-0.023
self_intro	~closing and	-0.0402
self_intro	~closing i	0.0429
self_intro	~closing in	-0.028
self_intro	~closing intern	0.0401
self_intro	~closing look	0.0264
self_intro	~closing of	-0.0314
self_intro	~closing thank	0.0472
self_intro	~closing that	0.1384
self_intro	~contactverb	-0.1867
self_intro	~contactverb centr	0.0471
self_intro	~contactverb with	-0.0393
self_intro	~contactverb you	-0.0392
self_intro	~degree	0.6617
self_intro	~degree and	-0.0235
self_intro	~degree at	0.066
self_intro	~degree cours	0.0284
self_intro	~degree grad	0.0862
self_intro	~degree i	0.0216
self_intro	~degree if	-0.0203
self_intro	~degree in	0.3882
self_intro	~degree is	-0.0422
self_intro	~degree most	0.0301
self_intro	~degree or	-0.0355
self_intro	~degree program	-0.0354
self_intro	~degree so	0.0421
self_intro	~degree student	0.0555
self_intro	~degree to	-0.0227
self_intro	~duration	0.9748
self_intro	~duration 12	0.0398
self_intro	~duration ago	0.0348
self_intro	~duration apprentic	0.0424
self_intro	~duration chem	0.0395
self_intro	~duration comp	0.1426
self_intro	~duration cs	0.0213
self_intro	~duration econ	0.045
self_intro	~duration first	-0.0222
self_intro	~duration for	0.0232
self_intro	~duration freelanc	0.0442
self_intro	~duration gap	-0.0253
self_intro	~duration i	-0.0254
self_intro	~duration in	0.3925
self_intro	~duration is	-0.0379
self_intro	~duration law	0.0441
self_intro	~duration manag	0.0287
self_intro	~duration most	0.0435
self_intro	~duration now	0.0239
self_intro	~duration nurs	0.0812
self_intro	~duration of	0.1085
self_intro	~duration on	-0.0227
self_intro	~duration onc	-0.0265
self_intro	~duration or	-0.0508
self_intro	~duration psych	0.0368
self_intro	~duration teach	0.0705
self_intro	~duration to	-0.0289
self_intro	~gatekeeper	0.1445
self_intro	~gatekeeper design	0.0339
self_intro	~gatekeeper for	-0.024
self_intro	~gatekeeper generalist	0.0398
self_intro	~gatekeeper junior	0.0349
self_intro	~gatekeeper just	-0.0226
self_intro	~gatekeeper look	-0.0297
self_intro	~gatekeeper new	0.0518
self_intro	~gatekeeper or	-0.0208
self_intro	~gatekeeper summer	0.0403
self_intro	~gatekeeper there	0.0463
self_intro	~gatekeeper view	0.0307
self_intro	~gatekeeper would	0.0217
self_intro	~help	-0.2106
self_intro	~help a	-0.0738
self_intro	~help day	0.0234
self_intro	~help electrician	0.0522
self_intro	~help hire	-0.0372
self_intro	~help just	0.0485
self_intro	~help me	-0.021
self_intro	~help most	-0.0261
self_intro	~help my	0.142
self_intro	~help not	-0.023
self_intro	~help out	-0.0224
self_intro	~help peopl	-0.0343
self_intro	~help the	0.0566
self_intro	~help to	0.0614
self_intro	~help you	-0.1106
self_intro	~hiring	0.0873
self_intro	~hiring anyon	0.0267
self_intro	~hiring for	-0.0228
self_intro	~hiring junior	0.0349
self_intro	~hiring me	-0.0234
self_intro	~hiring new	0.0515
self_intro	~hiring on	-0.0359
self_intro	~hiring summer	0.0391
self_intro	~hiring the	0.0227
self_intro	~insight	-0.226
self_intro	~insight and	0.0266
self_intro	~insight are	0.0495
self_intro	~insight for	-0.0392
self_intro	~insight from	-0.0521
self_intro	~insight i	-0.03
self_intro	~insight into	-0.0371
self_intro	~insight on	0.0343
self_intro	~insight so	0.0423
self_intro	~insight would	0.0242
self_intro	~job	0.0614
self_intro	~job and	-0.0549
self_intro	~job as	-0.0228
self_intro	~job at	0.0866
self_intro	~job from	-0.0234
self_intro	~job hunt	-0.0382
self_intro	~job i	0.104
self_intro	~job just	0.0519
self_intro	~job on	0.0547
self_intro	~job onli	-0.0295
self_intro	~job or	-0.0208
self_intro	~job right	-0.0263
self_intro	~job student	-0.0254
self_intro	~job stuff	0.0484
self_intro	~job there	0.035
self_intro	~job titl	0.0311
self_intro	~job to	0.0327
self_intro	~job under	0.0359
self_intro	~job when	0.0924
self_intro	~job year	-0.0312
self_intro	~later	-0.0822
self_intro	~learn	0.0317
self_intro	~learn a	-0.1055
self_intro	~learn advic	0.0438
self_intro	~learn after	0.0435
self_intro	~learn back	-0.0306
self_intro	~learn consult	0.0413
self_intro	~learn from	-0.04
self_intro	~learn full	0.1096
self_intro	~learn go	0.0325
self_intro	~learn hire	-0.0352
self_intro	~learn how	0.193
self_intro	~learn if	-0.0308
self_intro	~learn into	0.0226
self_intro	~learn is	0.0237
self_intro	~learn it	-0.0381
self_intro	~learn more	0.0627
self_intro	~learn my	-0.0511
self_intro	~learn of	-0.0672
self_intro	~learn on	-0.0269
self_intro	~learn out	-0.0452
self_intro	~learn some	-0.0485
self_intro	~learn the	0.0265
self_intro	~learn this	-0.0467
self_intro	~learn to	0.0346
self_intro	~learn up	-0.0204
self_intro	~learn we	-0.0275
self_intro	~learn where	0.0274
self_intro	~learn whether	0.048
self_intro	~learn would	0.0288
self_intro	~learn you	0.0519
self_intro	~learn your	0.0667
self_intro	~limit	-0.1948
self_intro	~limit and	-0.052
self_intro	~limit at	0.0732
self_intro	~limit for	-0.0205
self_intro	~limit in	0.0847
self_intro	~limit job	0.0217
self_intro	~limit on	0.0458
self_intro	~limit so	0.0537
self_intro	~limit to	0.0924
self_intro	~number	-0.3063
self_intro	~number 2	0.0568
self_intro	~number 2nd	0.0284
self_intro	~number 9	0.0395
self_intro	~number actuari	0.0266
self_intro	~number applic	-0.024
self_intro	~number armi	0.1839
self_intro	~number background	0.0248
self_intro	~number bank	-0.0342
self_intro	~number barista	0.035
self_intro	~number better	0.0735
self_intro	~number big	-0.0706
self_intro	~number bit	-0.0725
self_intro	~number cafe	0.05
self_intro	~number career	0.1881
self_intro	~number case	-0.0206
self_intro	~number certif	0.0965
self_intro	~number chariti	-0.0219
self_intro	~number chemistri	0.1126
self_intro	~number clinic	-0.0371
self_intro	~number cna	0.0309
self_intro	~number coffe	0.0224
self_intro	~number communiti	0.0618
self_intro	~number comp	0.0255
self_intro	~number convers	-0.0201
self_intro	~number credit	0.0629
self_intro	~number data	-0.0429
self_intro	~number decad	0.0258
self_intro	~number dentist	0.0294
self_intro	~number depart	0.0229
self_intro	~number differ	-0.0221
self_intro	~number door	-0.0348
self_intro	~number end	-0.0234
self_intro	~number ex	0.0475
self_intro	~number exam	0.0273
self_intro	~number exchang	0.0946
self_intro	~number extra	-0.0217
self_intro	~number favor	-0.0278
self_intro	~number feel	-0.028
self_intro	~number few	-0.1177
self_intro	~number field	-0.0293
self_intro	~number final	0.046
self_intro	~number fintech	0.1041
self_intro	~number first	-0.0276
self_intro	~number fit	-0.0275
self_intro	~number food	0.0327
self_intro	~number former	0.0411
self_intro	~number freelanc	0.0372
self_intro	~number friday	-0.0338
self_intro	~number galleri	0.0437
self_intro	~number good	-0.0552
self_intro	~number grad	-0.0406
self_intro	~number graduat	-0.0222
self_intro	~number great	-0.0224
self_intro	~number half	-0.029
self_intro	~number hand	0.066
self_intro	~number hard	-0.0322
self_intro	~number hardest	-0.0206
self_intro	~number high	0.0748
self_intro	~number hire	-0.0464
self_intro	~number hospic	0.0403
self_intro	~number hospit	0.0294
self_intro	~number hotel	0.0474
self_intro	~number hour	-0.0479
self_intro	~number hr	0.0378
self_intro	~number industri	-0.0405
self_intro	~number inform	-0.0202
self_intro	~number interest	0.1375
self_intro	~number internship	0.0284
self_intro	~number interview	-0.0577
self_intro	~number job	-0.091
self_intro	~number jump	0.0562
self_intro	~number kid	0.0202
self_intro	~number kitchen	0.0328
self_intro	~number last	0.0934
self_intro	~number line	0.0448
self_intro	~number long	0.0325
self_intro	~number ma	0.0563
self_intro	~number manag	-0.0297
self_intro	~number marin	0.0235
self_intro	~number market	0.0337
self_intro	~number master	-0.031
self_intro	~number math	0.0339
self_intro	~number mba	-0.0281
self_intro	~number million	-0.0348
self_intro	~number month	-0.0431
self_intro	~number more	-0.0412
self_intro	~number most	-0.0281
self_intro	~number move	0.0301
self_intro	~number museum	0.0631
self_intro	~number mutual	0.0331
self_intro	~number next	-0.0491
self_intro	~number normal	0.0455
self_intro	~number of	0.0278
self_intro	~number offer	-0.0278
self_intro	~number op	0.0429
self_intro	~number opportun	0.0431
self_intro	~number paid	-0.0201
self_intro	~number paraleg	0.0278
self_intro	~number part	0.0298
self_intro	~number pastri	0.0223
self_intro	~number pay	-0.0253
self_intro	~number peopl	-0.0222
self_intro	~number pharma	0.0209
self_intro	~number phd	-0.0464
self_intro	~number placement	0.0244
self_intro	~number portfolio	-0.0383
self_intro	~number posit	-0.0591
self_intro	~number pre	0.0308
self_intro	~number primari	0.0392
self_intro	~number privat	0.0315
self_intro	~number program	-0.0203
self_intro	~number project	-0.0314
self_intro	~number psych	0.0471
self_intro	~number quick	-0.05
self_intro	~number reason	-0.0228
self_intro	~number recent	0.1382
self_intro	~number recruit	-0.0603
self_intro	~number referr	-0.0615
self_intro	~number right	0.0421
self_intro	~number risk	0.0256
self_intro	~number role	-0.0264
self_intro	~number royal	0.0219
self_intro	~number same	-0.0506
self_intro	~number school	-0.0205
self_intro	~number sec	-0.0584
self_intro	~number second	0.0971
self_intro	~number self	0.058
self_intro	~number sens	-0.0274
self_intro	~number shop	0.0254
self_intro	~number short	-0.0319
self_intro	~number side	0.0914
self_intro	~number small	0.1055
self_intro	~number sophomor	0.0998
self_intro	~number start	-0.0206
self_intro	~number startup	0.0728
self_intro	~number step	0.0415
self_intro	~number strongest	0.0461
self_intro	~number student	-0.083
self_intro	~number summer	-0.0217
self_intro	~number survey	-0.0246
self_intro	~number team	0.0205
self_intro	~number thank	-0.0237
self_intro	~number time	-0.025
self_intro	~number top	0.0285
self_intro	~number tour	0.0385
self_intro	~number trial	-0.0326
self_intro	~number turnaround	0.0254
self_intro	~number two	0.0353
self_intro	~number typic	-0.0221
self_intro	~number vet	0.0402
self_intro	~number video	0.0372
self_intro	~number volunt	0.0489
self_intro	~number water	0.0659
self_intro	~number week	-0.0375
self_intro	~number wild	0.0201
self_intro	~number work	-0.0838
self_intro	~number worst	-0.0229
self_intro	~number year	0.1789
self_intro	~org	0.1823
self_intro	~org administr	-0.0211
self_intro	~org and	0.0811
self_intro	~org but	-0.0211
self_intro	~org chemistri	0.0479
self_intro	~org decid	-0.0208
self_intro	~org ever	-0.0353
self_intro	~org experi	0.0324
self_intro	~org fold	0.0925
self_intro	~org for	0.0215
self_intro	~org hire	0.0513
self_intro	~org i	-0.0473
self_intro	~org if	0.0734
self_intro	~org in	0.0271
self_intro	~org internship	0.0242
self_intro	~org last	-0.0442
self_intro	~org like	-0.0398
self_intro	~org next	-0.028
self_intro	~org not	0.0372
self_intro	~org of	0.0266
self_intro	~org onc	0.0439
self_intro	~org project	-0.0336
self_intro	~org realli	0.0843
self_intro	~org senior	0.0636
self_intro	~org then	0.0253
self_intro	~org to	-0.0342
self_intro	~org which	0.061
self_intro	~org work	0.0614
self_intro	~people	-0.2241
self_intro	~people at	-0.0402
self_intro	~people els	0.0375
self_intro	~people get	-0.0202
self_intro	~people have	-0.0215
self_intro	~people in	0.0456
self_intro	~people internship	0.0617
self_intro	~people is	0.0219
self_intro	~people like	0.0268
self_intro	~people more	-0.0327
self_intro	~people move	0.0226
self_intro	~people spent	0.0634
self_intro	~people suggest	0.0328
self_intro	~people who	0.0298
self_intro	~people you	-0.0282
self_intro	~sendverb	-0.2358
self_intro	~sendverb a	-0.0255
self_intro	~sendverb for	0.0513
self_intro	~sendverb you	-0.1016
self_intro	~student	1.2469
self_intro	~student actual	-0.0254
self_intro	~student analyst	0.0508
self_intro	~student and	0.0918
self_intro	~student associ	-0.0326
self_intro	~student at	0.2116
self_intro	~student could	0.0202
self_intro	~student dev	-0.0446
self_intro	~student do	0.0698
self_intro	~student electrician	0.0336
self_intro	~student for	0.1411
self_intro	~student from	0.1426
self_intro	~student here	0.031
self_intro	~student hope	0.0246
self_intro	~student in	0.203
self_intro	~student is	-0.051
self_intro	~student look	0.0299
self_intro	~student major	0.0226
self_intro	~student media	0.1039
self_intro	~student not	0.0383
self_intro	~student now	0.0594
self_intro	~student of	0.0279
self_intro	~student open	0.0683
self_intro	~student or	-0.037
self_intro	~student post	-0.0222
self_intro	~student program	-0.0278
self_intro	~student right	0.0284
self_intro	~student scheme	-0.0283
self_intro	~student shift	0.0468
self_intro	~student there	0.0492
self_intro	~student to	-0.034
self_intro	~student tri	0.0244
self_intro	~student turn	0.1432
self_intro	~student two	0.0586
self_intro	~student undeclar	0.0355
self_intro	~student which	0.0236
self_intro	~student who	0.1109
self_intro	~student with	0.1203
self_intro	~student within	-0.0464
self_intro	~student work	0.0354
self_intro	~studyverb	1.2448
self_intro	~studyverb a	0.281
self_intro	~studyverb an	0.0845
self_intro	~studyverb anyon	0.0241
self_intro	~studyverb architectur	0.0359
self_intro	~studyverb chem	0.0653
self_intro	~studyverb econom	0.0811
self_intro	~studyverb fine	0.048
self_intro	~studyverb i	0.0265
self_intro	~studyverb in	0.2655
self_intro	~studyverb into	0.0937
self_intro	~studyverb mba	0.0426
self_intro	~studyverb my	0.2752
self_intro	~studyverb not	-0.0454
self_intro	~studyverb on	-0.0369
self_intro	~studyverb over	0.0357
self_intro	~studyverb some	0.0523
self_intro	~studyverb the	-0.023
self_intro	~studyverb up	0.0551
self_intro	~studyverb with	0.0368
self_intro	~studyverb you	-0.189
self_intro	~studyverb your	-0.0526
self_intro	~talk	-0.1851
self_intro	~talk about	-0.0218
self_intro	~talk at	-0.0291
self_intro	~talk centr	0.0471
self_intro	~talk how	0.0407
self_intro	~talk i	0.0629
self_intro	~talk out	-0.0248
self_intro	~talk to	-0.0268
self_intro	~talk with	-0.0328
self_intro	~timeunit	-0.0911
self_intro	~timeunit so	0.1066
self_intro	~want 8	0.0783
self_intro	~want a	-0.0227
self_intro	~want about	0.0801
self_intro	~want an	-0.0273
self_intro	~want appreci	-0.0589
self_intro	~want at	0.0477
self_intro	~want be	0.0597
self_intro	~want curious	-0.0527
self_intro	~want even	0.0309
self_intro	~want finish	0.1097
self_intro	~want gather	-0.024
self_intro	~want graduat	0.081
self_intro	~want have	0.0571
self_intro	~want help	-0.0504
self_intro	~want hope	-0.0495
self_intro	~want i	-0.0413
self_intro	~want in	0.2152
self_intro	~want is	-0.0268
self_intro	~want it	-0.0698
self_intro	~want just	-0.0965
self_intro	~want like	0.1609
self_intro	~want meet	0.0459
self_intro	~want my	-0.0263
self_intro	~want one	0.052
self_intro	~want realli	-0.0558
self_intro	~want reassur	0.0727
self_intro	~want recommend	-0.0237
self_intro	~want say	-0.0209
self_intro	~want so	0.0472
self_intro	~want some	-0.0262
self_intro	~want suggest	0.0349
self_intro	~want that	-0.0476
self_intro	~want the	-0.0507
self_intro	~want to	0.0912
self_intro	~want tri	0.0884
self_intro	~want twenti	0.0235
self_intro	~want valu	-0.0368
self_intro	~want want	-0.0549
self_intro	~want what	-0.0306
self_intro	~want work	0.0631
self_intro	~want you	-0.0804
self_intro	~want your	-0.1014
self_intro	~workverb	0.6431
self_intro	~workverb a	0.1531
self_intro	~workverb after	0.0507
self_intro	~workverb and	-0.0217
self_intro	~workverb appli	-0.0203
self_intro	~workverb as	0.077
self_intro	~workverb at	0.0715
self_intro	~workverb do	0.0502
self_intro	~workverb eight	0.0457
self_intro	~workverb english	0.0209
self_intro	~workverb freelanc	0.0589
self_intro	~workverb full	0.1034
self_intro	~workverb high	0.0435
self_intro	~workverb in	0.2011
self_intro	~workverb intern	0.0216
self_intro	~workverb into	0.0663
self_intro	~workverb job	-0.0349
self_intro	~workverb most	0.0324
self_intro	~workverb myself	0.0284
self_intro	~workverb of	-0.0634
self_intro	~workverb on	-0.0339
self_intro	~workverb out	-0.0465
self_intro	~workverb over	-0.0294
self_intro	~workverb part	0.042
self_intro	~workverb play	0.0481
self_intro	~workverb realli	-0.0242
self_intro	~workverb six	0.0325
self_intro	~workverb the	0.0424
self_intro	~workverb to	-0.036
self_intro	~workverb two	0.0483
self_intro	~workverb would	0.0314
"""#
}
