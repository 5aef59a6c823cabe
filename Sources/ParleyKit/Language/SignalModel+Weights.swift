// Written by scripts/train-signals from the tune part of the labelled set; do not edit.
extension SignalModel {
    static let bundledWeights = #"""
purpose	*	-3.4161
purpose	10	0.0264
purpose	10 year	0.0296
purpose	10 ~duration	0.0296
purpose	2	-0.0274
purpose	2nd	0.091
purpose	2nd year	0.091
purpose	2nd ~duration	0.091
purpose	3 year	0.027
purpose	3 ~duration	0.027
purpose	30	-0.0333
purpose	30 minut	-0.0276
purpose	30 ~limit	-0.0228
purpose	30 ~timeunit	-0.0276
purpose	4	-0.0271
purpose	58	0.0261
purpose	58 and	0.0261
purpose	6	0.0581
purpose	6 year	0.0584
purpose	6 ~duration	0.0584
purpose	?	-1.6392
purpose	^a	0.1449
purpose	^after	0.0326
purpose	^ah	-0.0268
purpose	^alright	-0.0293
purpose	^and	-0.0377
purpose	^ani	-0.1481
purpose	^are	-0.1182
purpose	^ask	0.1055
purpose	^befor	-0.057
purpose	^bye	-0.0203
purpose	^can	-0.0834
purpose	^cheer	-0.0361
purpose	^did	-0.0633
purpose	^do	-0.1189
purpose	^doe	0.0545
purpose	^good	-0.0214
purpose	^have	-0.035
purpose	^hello	0.0449
purpose	^hey	0.0499
purpose	^hmm	-0.0228
purpose	^how	-0.3317
purpose	^i	0.0953
purpose	^if	-0.19
purpose	^in	-0.0441
purpose	^is	-0.2245
purpose	^it	-0.0289
purpose	^just	0.1461
purpose	^let	-0.0666
purpose	^like	-0.0266
purpose	^main	0.1789
purpose	^most	0.0275
purpose	^my	0.243
purpose	^no	0.3404
purpose	^not	0.1347
purpose	^oh	-0.0536
purpose	^ok	-0.1776
purpose	^pleas	-0.0313
purpose	^quick	-0.0436
purpose	^rather	0.0404
purpose	^realli	-0.0497
purpose	^right	-0.0315
purpose	^so	0.0876
purpose	^sorri	-0.1086
purpose	^take	-0.0274
purpose	^tell	-0.0455
purpose	^thank	-0.2104
purpose	^that	-0.1568
purpose	^the	0.1947
purpose	^this	-0.0266
purpose	^to	0.0628
purpose	^total	-0.0246
purpose	^walk	-0.0306
purpose	^we	-0.0488
purpose	^well	-0.0552
purpose	^what	-0.4267
purpose	^when	-0.025
purpose	^where	-0.0494
purpose	^which	-0.0572
purpose	^who	-0.1056
purpose	^would	-0.1879
purpose	^yeah	-0.0441
purpose	^you	-0.0519
purpose	a	0.2358
purpose	a bachelor	-0.0221
purpose	a better	0.0264
purpose	a big	-0.0425
purpose	a bootcamp	0.0371
purpose	a career	0.0477
purpose	a chemistri	-0.0238
purpose	a clearer	0.1538
purpose	a clinic	0.0451
purpose	a code	0.0602
purpose	a colleagu	0.0382
purpose	a day	0.0734
purpose	a decad	-0.0451
purpose	a degre	-0.064
purpose	a dental	-0.0313
purpose	a feel	0.1123
purpose	a few	0.0581
purpose	a firm	0.1095
purpose	a fit	0.0563
purpose	a forens	-0.034
purpose	a friend	0.1402
purpose	a great	-0.0217
purpose	a hand	0.0778
purpose	a head	0.0746
purpose	a hire	-0.028
purpose	a hospit	0.1129
purpose	a job	0.2076
purpose	a junior	-0.0837
purpose	a line	-0.0366
purpose	a littl	0.0586
purpose	a lot	-0.0716
purpose	a major	0.0319
purpose	a medic	-0.0406
purpose	a mid	-0.0415
purpose	a move	0.0775
purpose	a much	-0.0535
purpose	a mutual	0.0567
purpose	a new	-0.0222
purpose	a part	-0.0265
purpose	a pharmaci	-0.0235
purpose	a phd	0.0385
purpose	a posit	0.0892
purpose	a product	-0.0559
purpose	a project	-0.0236
purpose	a quick	-0.0337
purpose	a realist	0.1458
purpose	a resum	-0.0272
purpose	a retir	0.0261
purpose	a role	0.0245
purpose	a second	0.0208
purpose	a short	-0.0365
purpose	a small	-0.0637
purpose	a soc	0.0242
purpose	a sophomor	0.0477
purpose	a spot	-0.0477
purpose	a stay	-0.0363
purpose	a student	-0.0344
purpose	a typic	0.0331
purpose	a ~application	-0.0272
purpose	a ~closing	0.0651
purpose	a ~degree	-0.0312
purpose	a ~duration	-0.0593
purpose	a ~gatekeeper	-0.0319
purpose	a ~hiring	-0.0224
purpose	a ~job	0.2723
purpose	a ~limit	0.0734
purpose	a ~number	0.0552
purpose	a ~org	0.1741
purpose	a ~people	0.0344
purpose	a ~student	-0.0969
purpose	a ~talk	-0.0217
purpose	about	0.4212
purpose	about audit	0.0215
purpose	about five	-0.0474
purpose	about forens	-0.0337
purpose	about go	0.0341
purpose	about how	0.0252
purpose	about it	0.0237
purpose	about job	0.0553
purpose	about leav	0.1087
purpose	about me	0.0463
purpose	about move	0.0758
purpose	about open	0.0214
purpose	about polici	-0.0218
purpose	about the	0.0451
purpose	about ux	-0.0217
purpose	about what	0.1275
purpose	about your	0.055
purpose	about ~job	0.0807
purpose	about ~number	-0.028
purpose	about ~studyverb	0.0654
purpose	academia	0.0677
purpose	academia to	0.0937
purpose	accept	0.083
purpose	accept to	-0.0305
purpose	accept ~number	0.1074
purpose	account	-0.0545
purpose	account in	0.0565
purpose	account student	-0.0359
purpose	account ~student	-0.0359
purpose	actual	0.3718
purpose	actual appli	-0.0248
purpose	actual do	0.0631
purpose	actual doe	0.0224
purpose	actual involv	0.0893
purpose	actual like	0.1029
purpose	actual look	0.1202
purpose	actual own	-0.0446
purpose	actual spend	0.0351
purpose	actual ~help	0.0316
purpose	actual ~studyverb	0.0294
purpose	actuari	0.0272
purpose	add	-0.0257
purpose	administr	-0.0419
purpose	advic	0.4691
purpose	advic about	0.0453
purpose	advic from	0.0984
purpose	advic i	0.0501
purpose	advic not	0.0253
purpose	advic on	0.1645
purpose	advic would	-0.0205
purpose	advic you	0.0273
purpose	advic ~want	-0.0205
purpose	advisor	-0.0329
purpose	advisori	0.021
purpose	affair	0.0259
purpose	after	-0.0207
purpose	after five	-0.0209
purpose	after i	-0.0222
purpose	after is	0.086
purpose	after my	-0.0286
purpose	after senior	0.0478
purpose	after the	-0.0356
purpose	after ~number	-0.0534
purpose	after ~student	0.0478
purpose	afternoon	-0.0445
purpose	afternoon and	0.0219
purpose	again	-0.1092
purpose	agenc	-0.0564
purpose	agenda	0.2992
purpose	ago	-0.0497
purpose	ah	-0.0268
purpose	ahead of	0.0278
purpose	aim	0.1143
purpose	aim for	0.0875
purpose	airlin	0.0224
purpose	all	-0.225
purpose	all i	-0.0668
purpose	all of	-0.02
purpose	all that	-0.0308
purpose	all this	-0.0227
purpose	all ~number	-0.0231
purpose	along	-0.031
purpose	alreadi	-0.0355
purpose	alright i	-0.026
purpose	alway	-0.0313
purpose	am	0.8956
purpose	am a	-0.0654
purpose	am after	0.0482
purpose	am appli	-0.0243
purpose	am at	0.094
purpose	am collect	0.0964
purpose	am conscious	-0.0309
purpose	am consid	0.0647
purpose	am curious	-0.0837
purpose	am current	0.0441
purpose	am definit	0.1116
purpose	am do	-0.0234
purpose	am explor	0.0576
purpose	am from	0.0237
purpose	am go	-0.0609
purpose	am good	-0.0256
purpose	am grate	-0.1034
purpose	am happi	-0.0752
purpose	am here	0.1754
purpose	am hope	0.204
purpose	am in	-0.0531
purpose	am interest	-0.0824
purpose	am just	0.1072
purpose	am kind	0.071
purpose	am main	0.0253
purpose	am most	0.0211
purpose	am not	0.4932
purpose	am now	-0.053
purpose	am onli	0.0582
purpose	am out	-0.0284
purpose	am pretti	-0.0276
purpose	am priya	0.0261
purpose	am rambl	-0.0229
purpose	am realli	0.0272
purpose	am think	0.0208
purpose	am transit	-0.0245
purpose	am tri	0.1139
purpose	am um	-0.0329
purpose	am ~number	-0.1031
purpose	am ~studyverb	-0.1091
purpose	am ~talk	0.0485
purpose	am ~want	0.5637
purpose	amaz	0.0349
purpose	americorp	0.0405
purpose	an	0.0607
purpose	an apprenticeship	-0.0292
purpose	an armi	-0.0211
purpose	an honest	0.0604
purpose	an insid	0.0596
purpose	an internship	0.0289
purpose	an mph	0.054
purpose	an outsid	-0.0223
purpose	an ~degree	0.0293
purpose	analysi	0.0213
purpose	analyst	-0.033
purpose	and	0.2798
purpose	and a	0.1007
purpose	and all	-0.0292
purpose	and forth	0.1545
purpose	and got	-0.0405
purpose	and have	0.0318
purpose	and i	0.3442
purpose	and if	-0.0208
purpose	and it	-0.0344
purpose	and just	0.0206
purpose	and let	-0.0286
purpose	and now	0.0394
purpose	and realli	0.0521
purpose	and research	0.0448
purpose	and talk	0.1084
purpose	and that	0.0238
purpose	and then	0.0817
purpose	and want	0.1722
purpose	and we	-0.0258
purpose	and would	-0.0234
purpose	and you	0.1051
purpose	and ~learn	0.0533
purpose	and ~number	0.0906
purpose	and ~studyverb	-0.0274
purpose	and ~talk	0.1061
purpose	and ~want	0.2185
purpose	angl	0.0501
purpose	angl for	0.0501
purpose	ani	-0.2662
purpose	ani advic	0.0415
purpose	ani book	-0.0262
purpose	ani chanc	-0.0331
purpose	ani good	-0.023
purpose	ani more	-0.0326
purpose	ani of	-0.0317
purpose	ani other	0.0431
purpose	ani tip	-0.0716
purpose	ani ~student	-0.0229
purpose	anoth	-0.0228
purpose	answer	-0.0298
purpose	anyon	-0.1097
purpose	anyon come	-0.0231
purpose	anyth	0.2463
purpose	anyth els	0.0407
purpose	anyth from	0.0757
purpose	anyth i	-0.0344
purpose	anyth just	0.0465
purpose	anyth you	-0.0228
purpose	anyth ~want	0.0465
purpose	anywher	0.1966
purpose	app	-0.0411
purpose	appli	0.155
purpose	appli anywher	0.197
purpose	appli to	-0.0508
purpose	applic	-0.0294
purpose	appreci	-0.0807
purpose	appreci a	-0.0273
purpose	appreci it	-0.0515
purpose	appreci your	0.0435
purpose	appreci ~number	-0.0332
purpose	apprenticeship	0.0468
purpose	apprenticeship program	0.0409
purpose	apprenticeship ~degree	0.0353
purpose	approach	0.0301
purpose	architectur	-0.0447
purpose	are	-0.2526
purpose	are as	0.029
purpose	are near	-0.0263
purpose	are right	-0.0352
purpose	are there	-0.0277
purpose	are you	-0.0447
purpose	are ~number	0.0646
purpose	arjun	0.0908
purpose	articl	-0.0292
purpose	as	0.148
purpose	as a	0.1188
purpose	as an	0.0226
purpose	as you	0.0293
purpose	as ~number	0.1396
purpose	ask	0.3972
purpose	ask about	0.0896
purpose	ask befor	0.0382
purpose	ask for	0.1894
purpose	ask her	-0.0321
purpose	ask me	-0.0426
purpose	ask to	0.0406
purpose	ask what	0.0448
purpose	ask you	0.3635
purpose	aspect	-0.0391
purpose	aspect of	-0.0384
purpose	at	0.0862
purpose	at a	0.0798
purpose	at all	-0.0303
purpose	at home	-0.0425
purpose	at leed	0.0203
purpose	at my	0.0279
purpose	at ohio	-0.027
purpose	at portland	0.0256
purpose	at riversid	-0.0375
purpose	at rutger	-0.0435
purpose	at this	0.0809
purpose	at your	0.0208
purpose	at ~number	0.0458
purpose	audio	-0.026
purpose	audit	0.1201
purpose	away	0.0224
purpose	away from	0.021
purpose	bachelor	-0.0405
purpose	bachelor in	-0.0332
purpose	back after	-0.0425
purpose	back and	0.151
purpose	back in	0.0388
purpose	back into	-0.0749
purpose	back on	-0.0212
purpose	back to	0.03
purpose	back ~want	-0.0617
purpose	bad	-0.0304
purpose	bank	0.054
purpose	bank as	0.0957
purpose	basic	0.0341
purpose	basic i	0.0413
purpose	be abl	-0.0317
purpose	be amaz	0.0365
purpose	be as	0.0293
purpose	be clear	0.0652
purpose	be comfort	-0.031
purpose	be glad	-0.069
purpose	be grate	-0.0214
purpose	be great	0.1744
purpose	be mind	-0.0212
purpose	be more	0.0376
purpose	be ok	-0.0344
purpose	be open	-0.0336
purpose	be quick	0.0286
purpose	be respect	-0.0246
purpose	be so	-0.0313
purpose	be the	0.1862
purpose	be up	-0.0228
purpose	be upfront	0.0347
purpose	be use	-0.048
purpose	be ~help	-0.048
purpose	be ~number	0.1796
purpose	be ~want	-0.0287
purpose	becaus	0.1036
purpose	becaus i	0.0528
purpose	becom a	-0.0694
purpose	becom ~number	-0.0706
purpose	been	0.0934
purpose	been a	0.0598
purpose	been curious	-0.0334
purpose	been go	0.0532
purpose	been in	0.053
purpose	been out	0.0313
purpose	been realli	-0.0236
purpose	been talk	0.0232
purpose	been ~number	0.0457
purpose	been ~talk	0.0232
purpose	been ~want	-0.0845
purpose	been ~workverb	-0.0332
purpose	befor	0.3232
purpose	befor appli	0.0228
purpose	befor i	0.4149
purpose	befor that	-0.0419
purpose	befor to	0.0427
purpose	befor we	-0.0626
purpose	began	0.0346
purpose	believ	-0.0469
purpose	best	0.021
purpose	best person	0.0709
purpose	best ~people	0.0709
purpose	beta	-0.0297
purpose	beta test	-0.0285
purpose	better	0.1144
purpose	better is	0.0429
purpose	better the	0.0606
purpose	better ~number	0.0606
purpose	between	0.0504
purpose	between stay	0.0632
purpose	between the	-0.0281
purpose	beyond	0.3812
purpose	beyond the	0.0331
purpose	beyond ~number	0.0331
purpose	big	-0.0522
purpose	biolog	-0.0355
purpose	biotech	0.1206
purpose	biotech sale	0.0236
purpose	bit	-0.0395
purpose	bit about	-0.0245
purpose	blunt	0.0374
purpose	board	-0.0256
purpose	book	-0.0604
purpose	book or	-0.0246
purpose	book you	-0.0235
purpose	bootcamp	0.2028
purpose	bootcamp is	0.0462
purpose	brain	0.159
purpose	brain about	0.0623
purpose	brazil	-0.0231
purpose	break	-0.0479
purpose	bring	-0.0262
purpose	brochur	0.0356
purpose	brochur version	0.0356
purpose	bsn	-0.0263
purpose	build	-0.0498
purpose	built	0.0241
purpose	busi	-0.0346
purpose	but	0.1446
purpose	but do	0.1262
purpose	but how	0.1222
purpose	but i	-0.029
purpose	but if	-0.0212
purpose	but not	-0.0291
purpose	but ~help	0.1262
purpose	by	-0.04
purpose	by ask	0.0337
purpose	by the	-0.0234
purpose	by ~number	-0.0273
purpose	bye	-0.0471
purpose	call	0.0312
purpose	call rotat	0.1059
purpose	came	0.0348
purpose	can	-0.021
purpose	can be	0.0267
purpose	can do	-0.023
purpose	can give	0.0558
purpose	can help	0.028
purpose	can i	-0.077
purpose	can not	0.0741
purpose	can share	0.0531
purpose	can you	-0.036
purpose	can ~help	0.0527
purpose	can ~learn	-0.0281
purpose	can ~sendverb	0.0432
purpose	care	-0.0532
purpose	career	0.0606
purpose	career changer	-0.0523
purpose	career path	0.0209
purpose	career ~student	-0.0476
purpose	case	-0.0252
purpose	certif	-0.0483
purpose	chain	0.1036
purpose	chain and	0.0754
purpose	chain role	0.0421
purpose	chain ~job	0.0421
purpose	chanc	-0.0474
purpose	chang	-0.0453
purpose	changer	-0.0523
purpose	charter	0.0564
purpose	chat	0.0989
purpose	chat is	0.0684
purpose	check	-0.0519
purpose	cheer	-0.022
purpose	chef	0.0419
purpose	chem	0.0246
purpose	chem student	0.0246
purpose	chem ~student	0.0246
purpose	chemistri teacher	0.0208
purpose	chemistri ~degree	-0.0222
purpose	choos	0.1379
purpose	choos my	0.1113
purpose	circl	-0.0225
purpose	circl back	-0.0225
purpose	citi	-0.0284
purpose	civil	-0.036
purpose	civil engin	-0.0364
purpose	civilian	0.0318
purpose	class	-0.0468
purpose	class in	-0.0228
purpose	clear	0.0309
purpose	clear i	0.036
purpose	clearer	0.1002
purpose	clearer pictur	0.0285
purpose	clearer ~insight	0.1002
purpose	client	-0.081
purpose	clinic	-0.0555
purpose	clinic data	0.0499
purpose	clock	-0.0286
purpose	close	-0.0328
purpose	closer	0.1079
purpose	co	-0.027
purpose	co op	-0.027
purpose	code bootcamp	0.0589
purpose	code ~degree	0.0586
purpose	colleagu	0.0756
purpose	colleagu at	0.0406
purpose	collect	0.1164
purpose	collect ~insight	0.0943
purpose	colleg	-0.0346
purpose	come	-0.0742
purpose	come to	-0.0287
purpose	come up	-0.0306
purpose	comfort introduc	-0.0267
purpose	commit	0.0769
purpose	commit to	0.0834
purpose	committe	0.0823
purpose	common	-0.0309
purpose	communiti	-0.0204
purpose	communiti colleg	-0.0214
purpose	compani	0.0889
purpose	compani graduat	-0.0232
purpose	compani i	0.0611
purpose	compani usual	0.1244
purpose	compani ~student	-0.0232
purpose	compar	0.0287
purpose	complianc	0.0638
purpose	concret	-0.0282
purpose	concret step	-0.0282
purpose	confer	-0.0514
purpose	confer goe	-0.024
purpose	connect me	0.0553
purpose	conscious	-0.0338
purpose	conserv	0.056
purpose	consid	0.0221
purpose	consid a	0.0237
purpose	consid ~number	0.0237
purpose	construct	-0.0331
purpose	consult	0.0804
purpose	consult is	0.0717
purpose	contact	-0.0402
purpose	context	-0.036
purpose	context i	-0.0324
purpose	contract	-0.0303
purpose	convers	0.0305
purpose	cook	-0.0246
purpose	cool	-0.0278
purpose	could	-0.2053
purpose	could connect	0.0404
purpose	could help	0.0402
purpose	could i	-0.0652
purpose	could reach	-0.0201
purpose	could tell	-0.0311
purpose	could tri	-0.0703
purpose	could ~contactverb	-0.0238
purpose	could ~want	-0.0703
purpose	countri	0.0292
purpose	coupl of	-0.0488
purpose	coupl year	0.0415
purpose	coupl ~duration	0.0402
purpose	cours	-0.0207
purpose	cousin	-0.0634
purpose	cousin run	-0.028
purpose	cover	-0.1847
purpose	cover everyth	-0.1398
purpose	credit	-0.0306
purpose	cultur	-0.0294
purpose	curious	0.1332
purpose	curious about	0.123
purpose	curious how	0.0658
purpose	curious to	-0.0424
purpose	current	0.0408
purpose	current an	0.028
purpose	current ~number	0.0378
purpose	custom	0.0534
purpose	custom support	0.0564
purpose	custom ~help	0.0564
purpose	cut	-0.0443
purpose	cut this	-0.0231
purpose	d	0.049
purpose	data	-0.0513
purpose	data engin	-0.0211
purpose	data manag	0.0499
purpose	data scienc	-0.0364
purpose	data scientist	-0.0269
purpose	data ~student	0.0412
purpose	day	0.1737
purpose	day actual	0.0619
purpose	day in	0.055
purpose	day is	0.0201
purpose	day to	0.129
purpose	deal	-0.0203
purpose	decad	-0.073
purpose	decad as	-0.0275
purpose	decad in	-0.0321
purpose	decid	0.1584
purpose	decid whether	0.1143
purpose	decid which	0.0341
purpose	definit	0.089
purpose	definit not	0.1133
purpose	degre	-0.0822
purpose	degre in	-0.0626
purpose	dental	-0.0313
purpose	dental hygienist	-0.0313
purpose	dental ~student	-0.0313
purpose	depart	-0.0266
purpose	design and	0.041
purpose	design so	0.0285
purpose	dev	0.1114
purpose	develop	-0.046
purpose	did	-0.0978
purpose	did it	-0.0288
purpose	did not	-0.0421
purpose	did you	0.0394
purpose	did ~number	-0.0301
purpose	differ from	0.0333
purpose	disciplin	-0.0307
purpose	disturb	0.038
purpose	disturb you	0.038
purpose	do	-0.2293
purpose	do day	0.0373
purpose	do electrician	0.0427
purpose	do it	0.0305
purpose	do most	-0.0234
purpose	do my	0.0622
purpose	do not	-0.0582
purpose	do peopl	-0.0421
purpose	do this	-0.0336
purpose	do to	-0.0291
purpose	do you	-0.1187
purpose	do ~closing	0.0373
purpose	do ~limit	0.0373
purpose	do ~people	-0.0435
purpose	do ~student	0.0422
purpose	doctor	-0.042
purpose	doe	0.1184
purpose	doe a	-0.05
purpose	doe anyon	-0.0222
purpose	doe it	-0.0312
purpose	doe that	0.0713
purpose	doe the	0.1229
purpose	doe your	0.0231
purpose	doe ~number	0.0711
purpose	doe ~people	-0.026
purpose	done	0.0259
purpose	down	0.0642
purpose	down the	0.0928
purpose	down ~number	0.0922
purpose	dr	0.0731
purpose	dr okafor	0.0768
purpose	drawn	-0.024
purpose	drawn to	-0.024
purpose	drop	0.0203
purpose	drop you	-0.0227
purpose	dure	-0.0245
purpose	eat	-0.0569
purpose	eat into	-0.0543
purpose	ecolog	0.0445
purpose	econ	0.0352
purpose	econ and	0.0517
purpose	econom	-0.0348
purpose	elect	0.1306
purpose	electrician	0.0559
purpose	els	-0.0331
purpose	end	-0.0441
purpose	end of	-0.0268
purpose	end up	0.0493
purpose	energi	0.0328
purpose	engin	0.1222
purpose	english is	0.0252
purpose	enjoy	-0.0474
purpose	enjoy the	-0.0235
purpose	enjoy ~number	-0.0235
purpose	enough	-0.0393
purpose	enough to	-0.0287
purpose	ethic	0.0911
purpose	even	-0.0758
purpose	even ~learn	-0.0216
purpose	evening	-0.0391
purpose	eventu	-0.0594
purpose	ever	-0.1977
purpose	ever anyth	-0.0282
purpose	ever be	-0.0253
purpose	ever need	-0.0526
purpose	ever want	-0.0523
purpose	ever ~help	-0.0229
purpose	ever ~want	-0.056
purpose	everyth	-0.1856
purpose	everyth i	-0.1225
purpose	everyth on	-0.0233
purpose	ex	0.045
purpose	ex chef	0.0482
purpose	ex ~student	0.0482
purpose	exact	0.0509
purpose	exam	-0.0458
purpose	examin	0.0203
purpose	exercis	-0.0276
purpose	exercis i	-0.0201
purpose	expect ani	0.0224
purpose	experi	0.0416
purpose	explor	0.0773
purpose	explor a	0.0297
purpose	explor suppli	-0.0265
purpose	explor ~number	0.0297
purpose	eye	-0.0281
purpose	fair	-0.0236
purpose	favor	-0.0295
purpose	feedback	-0.0348
purpose	feel	0.11
purpose	feel for	0.1123
purpose	feel like	-0.0248
purpose	few	0.1546
purpose	few field	0.0613
purpose	few month	-0.0269
purpose	few peopl	0.1403
purpose	few ~people	0.1398
purpose	field	0.2432
purpose	field befor	0.0731
purpose	field is	0.0336
purpose	field work	0.022
purpose	fieldwork	-0.031
purpose	figur	0.2026
purpose	figur out	0.1954
purpose	figur thing	-0.0221
purpose	find	-0.1222
purpose	find a	-0.0293
purpose	find most	-0.0351
purpose	find out	-0.0209
purpose	find ~number	-0.0338
purpose	fine	-0.0272
purpose	finish	-0.1358
purpose	finish a	-0.0472
purpose	finish ~number	-0.0585
purpose	firm like	0.1086
purpose	first	-0.1923
purpose	first and	0.042
purpose	first place	-0.0264
purpose	first semest	-0.027
purpose	first year	-0.0506
purpose	first ~duration	-0.0506
purpose	first ~job	-0.0324
purpose	first ~org	-0.0273
purpose	fit	0.136
purpose	fit befor	0.0386
purpose	fit for	0.0405
purpose	five	-0.1063
purpose	five minut	-0.0295
purpose	five year	-0.0663
purpose	five ~duration	-0.0663
purpose	five ~limit	-0.0312
purpose	five ~timeunit	-0.0295
purpose	flight	-0.0207
purpose	floor	-0.0206
purpose	folk	-0.0249
purpose	follow	-0.0632
purpose	follow up	-0.0481
purpose	for	0.159
purpose	for a	0.1085
purpose	for about	-0.0447
purpose	for advic	0.0487
purpose	for agre	0.0407
purpose	for anyth	0.0622
purpose	for be	-0.0243
purpose	for friend	-0.0207
purpose	for give	0.0867
purpose	for internat	0.0219
purpose	for make	-0.0226
purpose	for me	0.0339
purpose	for month	0.1045
purpose	for nine	0.0427
purpose	for peopl	-0.024
purpose	for six	0.0254
purpose	for someon	-0.1326
purpose	for the	-0.1331
purpose	for to	-0.0405
purpose	for today	0.1067
purpose	for twelv	-0.0239
purpose	for what	0.0903
purpose	for you	-0.0698
purpose	for your	-0.1191
purpose	for ~duration	0.1006
purpose	for ~insight	0.1461
purpose	for ~later	0.1051
purpose	for ~people	-0.1806
purpose	forens ~student	-0.034
purpose	formal	0.0434
purpose	forth	0.1545
purpose	forth on	0.1545
purpose	forward	-0.0403
purpose	found	-0.0436
purpose	found out	-0.0212
purpose	four	-0.0317
purpose	four year	-0.0237
purpose	four ~duration	-0.0237
purpose	freelanc	-0.0432
purpose	friday	-0.0431
purpose	friend	0.0991
purpose	friend of	0.1409
purpose	from	0.2959
purpose	from a	0.0716
purpose	from academia	0.0909
purpose	from bootcamp	0.1276
purpose	from my	-0.0376
purpose	from peopl	0.0372
purpose	from research	0.0252
purpose	from someon	0.0501
purpose	from teach	-0.07
purpose	from the	-0.0448
purpose	from today	0.0478
purpose	from what	0.0335
purpose	from you	0.101
purpose	from ~learn	0.0252
purpose	from ~org	-0.0201
purpose	from ~people	0.0938
purpose	from ~workverb	-0.0715
purpose	fulfil	-0.0449
purpose	full	-0.0233
purpose	game	-0.1161
purpose	game audio	-0.0255
purpose	game design	-0.031
purpose	gather	0.1593
purpose	gather inform	0.1396
purpose	gather ~insight	0.1443
purpose	gave	-0.0434
purpose	gave me	-0.0425
purpose	general	0.0407
purpose	genuin	0.1067
purpose	genuin just	0.0407
purpose	genuin want	0.034
purpose	genuin ~want	0.1125
purpose	get	-0.0226
purpose	get a	0.1528
purpose	get back	-0.1255
purpose	get built	0.0233
purpose	get hire	0.1586
purpose	get into	-0.1372
purpose	get out	0.0594
purpose	get start	-0.0242
purpose	get stuck	-0.0293
purpose	get to	-0.0212
purpose	get your	0.0409
purpose	get ~number	0.1572
purpose	give	0.0608
purpose	give me	0.1825
purpose	give someon	-0.0256
purpose	give you	-0.0435
purpose	give ~people	-0.0342
purpose	glad	-0.0416
purpose	glad to	-0.0745
purpose	go	0.0516
purpose	go back	0.2101
purpose	go from	0.0387
purpose	go to	-0.0485
purpose	goal	0.1405
purpose	goal for	0.03
purpose	goal is	0.0422
purpose	goal today	0.0612
purpose	goe	-0.0846
purpose	gold	0.0701
purpose	good	-0.075
purpose	good fit	0.0223
purpose	good for	-0.0209
purpose	good morn	-0.0293
purpose	good ~limit	-0.0218
purpose	got	-0.1169
purpose	got a	-0.0227
purpose	got everyth	0.0723
purpose	got to	-0.0335
purpose	got ~want	-0.0294
purpose	govern	-0.0257
purpose	grad	-0.0337
purpose	grad scheme	-0.0285
purpose	graduat	0.0336
purpose	graduat in	0.0474
purpose	graduat scheme	-0.0237
purpose	grant	0.0662
purpose	grate	-0.1343
purpose	grate for	-0.055
purpose	grate if	0.0207
purpose	grate you	-0.0317
purpose	great	0.1321
purpose	great to	0.175
purpose	group	-0.021
purpose	growth	0.0466
purpose	guess i	0.0242
purpose	guidanc	0.0737
purpose	guy	-0.0329
purpose	had	-0.0762
purpose	had no	-0.02
purpose	half	-0.0497
purpose	half hour	-0.0286
purpose	half ~limit	-0.0286
purpose	half ~timeunit	-0.0286
purpose	halvorsen	-0.0249
purpose	hand	0.0326
purpose	hand on	-0.0203
purpose	handi	-0.0228
purpose	handl	0.0688
purpose	handl the	0.0848
purpose	handl ~number	0.0848
purpose	happen	-0.0591
purpose	happen to	-0.0428
purpose	happi	-0.1307
purpose	happi to	-0.1224
purpose	hard	-0.0397
purpose	has	-0.0555
purpose	has ani	-0.0297
purpose	has been	-0.0201
purpose	has ~workverb	-0.0205
purpose	have	-0.3067
purpose	have a	-0.0942
purpose	have actual	0.1084
purpose	have been	0.1203
purpose	have done	-0.0293
purpose	have got	0.0216
purpose	have not	-0.0257
purpose	have to	-0.0233
purpose	have ~number	-0.0662
purpose	have ~want	-0.0201
purpose	have ~workverb	0.1107
purpose	head	0.0473
purpose	head up	0.0736
purpose	health	-0.0347
purpose	health and	0.0296
purpose	health inform	-0.0221
purpose	health ~insight	-0.0221
purpose	hear	0.2364
purpose	hear about	-0.0566
purpose	hear back	-0.0252
purpose	hear how	0.3534
purpose	hear their	-0.0213
purpose	hear what	0.0327
purpose	hear which	-0.0417
purpose	hear you	0.0232
purpose	hello	0.0449
purpose	hello i	0.0431
purpose	help	-0.0559
purpose	help me	0.1877
purpose	help out	-0.0202
purpose	help with	-0.0407
purpose	help you	-0.0252
purpose	her	-0.0633
purpose	here	0.5749
purpose	here for	0.0624
purpose	here i	0.0983
purpose	here pure	0.0769
purpose	here to	0.0795
purpose	here ~want	0.0254
purpose	hesit	-0.0234
purpose	hesit to	-0.0229
purpose	hey	0.0499
purpose	hey so	0.0545
purpose	hi i	-0.0287
purpose	high	-0.0491
purpose	high school	-0.0324
purpose	high ~org	-0.0324
purpose	hire	0.2772
purpose	hire here	0.0485
purpose	hire manag	-0.0372
purpose	hire me	0.2498
purpose	hire process	0.0921
purpose	hire ~gatekeeper	-0.0372
purpose	hire ~student	-0.0491
purpose	hire ~want	0.0419
purpose	hmm	-0.0228
purpose	home	0.0558
purpose	home parent	-0.0306
purpose	home ~student	-0.0306
purpose	honest	0.2887
purpose	honest advic	0.0579
purpose	honest if	-0.0344
purpose	honest just	0.0621
purpose	honest pictur	0.0604
purpose	honest take	0.0823
purpose	honest the	0.0801
purpose	honest ~insight	0.225
purpose	honest ~number	0.0801
purpose	honest ~want	0.0621
purpose	hop	-0.0378
purpose	hop off	-0.0247
purpose	hope	0.3013
purpose	hope for	0.0311
purpose	hope this	0.0689
purpose	hope to	0.1588
purpose	hope you	0.0392
purpose	hospit	0.1295
purpose	hospit administr	-0.0276
purpose	hospit and	0.0403
purpose	hotel	-0.0209
purpose	hour	0.0555
purpose	hour and	0.0351
purpose	hour at	0.0316
purpose	hous	-0.0396
purpose	how	0.3045
purpose	how did	0.1216
purpose	how do	-0.0759
purpose	how doe	-0.0544
purpose	how i	-0.0428
purpose	how is	-0.0363
purpose	how long	-0.0656
purpose	how much	-0.0904
purpose	how ngos	0.0232
purpose	how peopl	0.063
purpose	how suppli	0.0768
purpose	how the	0.0297
purpose	how they	0.0366
purpose	how to	0.0708
purpose	how you	0.2208
purpose	how your	0.0609
purpose	how ~help	-0.0776
purpose	how ~people	0.0615
purpose	how ~studyverb	0.1216
purpose	hunt	0.1266
purpose	hunt yet	0.0975
purpose	hygienist	-0.0313
purpose	i	-0.4283
purpose	i am	0.8966
purpose	i appli	-0.0292
purpose	i appreci	-0.0269
purpose	i ask	0.0848
purpose	i be	-0.034
purpose	i came	0.0655
purpose	i can	-0.0364
purpose	i commit	0.0552
purpose	i could	-0.1394
purpose	i do	-0.0769
purpose	i email	0.0239
purpose	i feel	-0.0251
purpose	i figur	0.0548
purpose	i finish	-0.0248
purpose	i found	-0.0208
purpose	i genuin	0.042
purpose	i got	-0.0701
purpose	i graduat	0.0622
purpose	i guess	0.0202
purpose	i had	-0.063
purpose	i have	-0.0366
purpose	i hope	-0.0251
purpose	i jump	0.0641
purpose	i keep	0.0993
purpose	i kind	-0.0287
purpose	i know	-0.1181
purpose	i learn	-0.0406
purpose	i left	0.0342
purpose	i mean	-0.0448
purpose	i mention	-0.0209
purpose	i most	0.0581
purpose	i move	-0.0284
purpose	i need	-0.0446
purpose	i pick	0.1182
purpose	i reach	0.2975
purpose	i read	0.0522
purpose	i realiz	-0.0209
purpose	i see	-0.0257
purpose	i should	-0.0364
purpose	i spent	-0.0848
purpose	i studi	0.0539
purpose	i think	-0.1746
purpose	i thought	0.0722
purpose	i want	0.1933
purpose	i was	-0.0873
purpose	i will	-0.4381
purpose	i would	0.0562
purpose	i ~help	-0.0853
purpose	i ~insight	0.0497
purpose	i ~learn	-0.0499
purpose	i ~sendverb	-0.0246
purpose	i ~student	0.0734
purpose	i ~studyverb	0.0303
purpose	i ~talk	-0.0328
purpose	i ~want	0.2577
purpose	i ~workverb	-0.0921
purpose	icu nurs	0.0267
purpose	idea	-0.0226
purpose	ideal	0.0334
purpose	if	-0.5611
purpose	if a	-0.0348
purpose	if ani	-0.0299
purpose	if consult	0.0412
purpose	if i	-0.1556
purpose	if it	-0.0477
purpose	if there	-0.0771
purpose	if you	-0.2247
purpose	if your	-0.045
purpose	if ~number	-0.0497
purpose	illustr	0.0214
purpose	immigr	-0.0224
purpose	immigr firm	-0.0224
purpose	immigr ~org	-0.0224
purpose	in	-0.2479
purpose	in a	-0.0479
purpose	in architectur	-0.0358
purpose	in at	0.0253
purpose	in audit	0.0381
purpose	in between	-0.0331
purpose	in civil	-0.0355
purpose	in conserv	0.053
purpose	in custom	0.0564
purpose	in econom	-0.0242
purpose	in hour	0.0271
purpose	in hous	-0.0328
purpose	in how	-0.0406
purpose	in internat	-0.0233
purpose	in kitchen	0.0482
purpose	in may	-0.0356
purpose	in mind	-0.0201
purpose	in pediatr	0.037
purpose	in practic	0.0482
purpose	in public	0.0263
purpose	in renew	0.0225
purpose	in sale	0.064
purpose	in school	-0.0268
purpose	in sport	-0.027
purpose	in the	-0.0981
purpose	in this	-0.0731
purpose	in touch	-0.0737
purpose	in ux	-0.027
purpose	in your	-0.132
purpose	in ~contactverb	-0.0756
purpose	in ~limit	0.0266
purpose	in ~number	-0.1684
purpose	in ~timeunit	0.0271
purpose	industri	0.0439
purpose	inform	0.144
purpose	insid	0.0691
purpose	insid ~insight	0.0509
purpose	insight	0.0763
purpose	insight into	0.053
purpose	instead	0.0226
purpose	instead of	0.0226
purpose	instruct	0.1626
purpose	instruct design	0.1626
purpose	intent	0.0401
purpose	interest	-0.176
purpose	interest in	-0.1077
purpose	intern	-0.0515
purpose	internat	-0.0222
purpose	internat graduat	0.0219
purpose	internship	-0.0573
purpose	interview	-0.0422
purpose	into	0.0313
purpose	into account	-0.0211
purpose	into data	-0.028
purpose	into game	-0.0532
purpose	into hour	0.0468
purpose	into instruct	0.161
purpose	into nurs	-0.0478
purpose	into product	0.0366
purpose	into the	0.0446
purpose	into ux	-0.0232
purpose	into your	-0.0619
purpose	into ~limit	0.0468
purpose	into ~number	0.0438
purpose	into ~timeunit	0.0468
purpose	intro	-0.0427
purpose	introduc	-0.0374
purpose	introduc you	-0.028
purpose	invest	0.0922
purpose	invest bank	0.0903
purpose	involv	0.2311
purpose	is	0.0723
purpose	is a	0.1023
purpose	is actual	0.0785
purpose	is all	-0.0593
purpose	is alright	0.0358
purpose	is ani	-0.0222
purpose	is been	-0.0383
purpose	is ever	-0.0461
purpose	is everyth	-0.0972
purpose	is gold	0.0701
purpose	is honest	0.0573
purpose	is it	-0.1216
purpose	is kind	-0.0377
purpose	is like	0.1082
purpose	is me	-0.022
purpose	is most	0.0466
purpose	is not	0.0545
purpose	is realist	0.0223
purpose	is realli	0.0808
purpose	is super	-0.0238
purpose	is sustain	0.0455
purpose	is that	0.1269
purpose	is the	-0.1168
purpose	is there	-0.1314
purpose	is to	0.1192
purpose	is um	0.0204
purpose	is what	0.0312
purpose	is worth	0.1188
purpose	is your	-0.0544
purpose	is ~insight	0.0468
purpose	is ~want	0.1464
purpose	is ~workverb	-0.0511
purpose	it	-0.2533
purpose	it and	0.0527
purpose	it be	-0.0695
purpose	it forward	-0.0256
purpose	it help	-0.0282
purpose	it is	-0.1044
purpose	it seem	0.1082
purpose	it take	-0.0297
purpose	it was	-0.026
purpose	it went	-0.0487
purpose	it work	0.0385
purpose	it would	-0.0283
purpose	it ~insight	-0.0277
purpose	it ~sendverb	-0.0256
purpose	it ~want	-0.0666
purpose	jenna	0.0917
purpose	job	0.3671
purpose	job and	-0.0315
purpose	job ask	0.0907
purpose	job board	-0.0203
purpose	job hunt	0.1205
purpose	job in	-0.0342
purpose	job just	0.0556
purpose	job out	0.0692
purpose	job post	0.0207
purpose	job so	0.0679
purpose	job ~job	0.0296
purpose	job ~learn	0.0546
purpose	job ~talk	0.0546
purpose	job ~want	0.0504
purpose	journal	0.0369
purpose	jump	0.1048
purpose	jump at	-0.0397
purpose	jump from	0.0907
purpose	junior	-0.0902
purpose	junior at	-0.05
purpose	junior dev	0.0555
purpose	junior ~student	-0.0354
purpose	just	0.6705
purpose	just a	0.1503
purpose	just curious	0.1682
purpose	just gather	0.075
purpose	just genuin	0.0427
purpose	just like	0.026
purpose	just say	-0.0215
purpose	just so	-0.0242
purpose	just start	-0.0249
purpose	just to	0.1666
purpose	just tri	0.0843
purpose	just want	0.0814
purpose	just ~learn	0.0467
purpose	just ~number	0.1312
purpose	just ~talk	0.0365
purpose	just ~want	0.3593
purpose	keep	-0.1813
purpose	keep go	0.0972
purpose	keep this	-0.0344
purpose	keep you	-0.1197
purpose	kitchen	0.0296
purpose	know	-0.0222
purpose	know anyon	-0.0324
purpose	know how	-0.0442
purpose	know if	-0.0568
purpose	know that	-0.0366
purpose	know what	0.025
purpose	know where	-0.0281
purpose	know whether	0.1212
purpose	know who	0.0912
purpose	know you	-0.064
purpose	know your	-0.0609
purpose	know ~people	0.045
purpose	known	-0.0385
purpose	lab	-0.0289
purpose	lab ~job	0.0297
purpose	land	-0.0416
purpose	languag	-0.0256
purpose	last	-0.2095
purpose	last question	-0.0263
purpose	last summer	-0.0283
purpose	last thing	-0.0248
purpose	last year	-0.0468
purpose	last ~duration	-0.0479
purpose	late	-0.021
purpose	late i	0.052
purpose	later	-0.0249
purpose	launch	-0.0271
purpose	law	0.1367
purpose	law school	0.1512
purpose	law ~org	0.1436
purpose	learn	0.7552
purpose	learn about	0.0328
purpose	learn from	0.0226
purpose	learn how	0.1185
purpose	learn more	0.0517
purpose	learn not	0.0202
purpose	learn to	-0.0339
purpose	learn what	0.2243
purpose	learn whether	0.0355
purpose	leav	0.0997
purpose	leed and	0.0301
purpose	left	0.0769
purpose	left right	-0.0265
purpose	left the	0.0346
purpose	left ~number	0.0346
purpose	legal	-0.0554
purpose	let	-0.2503
purpose	let me	-0.0628
purpose	let you	-0.1642
purpose	level	-0.026
purpose	librari	0.02
purpose	licens	0.023
purpose	licens process	0.0444
purpose	life	0.05
purpose	life is	0.0631
purpose	like	0.4526
purpose	like after	0.0538
purpose	like and	0.0749
purpose	like at	-0.0259
purpose	like from	-0.0499
purpose	like i	-0.0453
purpose	like in	0.0451
purpose	like me	-0.0376
purpose	like the	0.096
purpose	like to	0.1328
purpose	like you	-0.0247
purpose	like your	0.0923
purpose	like ~number	0.0664
purpose	like ~want	0.0459
purpose	line cook	-0.0246
purpose	line of	0.0393
purpose	linkedin	-0.0637
purpose	list	-0.0478
purpose	littl	0.0516
purpose	littl about	0.0614
purpose	live	-0.0242
purpose	live in	-0.0243
purpose	local	-0.0348
purpose	logist	0.0274
purpose	long	-0.0444
purpose	long did	-0.0373
purpose	long term	0.0427
purpose	long ~studyverb	-0.0373
purpose	longer	-0.0242
purpose	look	0.3341
purpose	look at	-0.0352
purpose	look for	0.1465
purpose	look like	0.2082
purpose	look to	0.0385
purpose	lot	-0.0716
purpose	lot of	-0.0208
purpose	lot to	-0.0202
purpose	love	-0.1408
purpose	love to	-0.1603
purpose	love your	0.0724
purpose	love ~number	-0.0201
purpose	lunch	-0.0459
purpose	lunch break	-0.025
purpose	made	-0.0249
purpose	made the	0.0234
purpose	made you	-0.0345
purpose	made ~number	0.0218
purpose	main	0.4544
purpose	main goal	0.0331
purpose	main i	0.0737
purpose	main reason	0.0696
purpose	main thing	0.1143
purpose	main want	0.0716
purpose	main ~want	0.1483
purpose	major	0.0423
purpose	make a	-0.021
purpose	make someon	0.0228
purpose	make sure	-0.0232
purpose	make time	0.0241
purpose	make ~limit	0.0241
purpose	make ~number	-0.0387
purpose	make ~people	0.0228
purpose	manag and	0.0536
purpose	manag now	-0.0347
purpose	manag ~want	-0.0356
purpose	master	-0.0293
purpose	match	0.0201
purpose	materi	-0.0218
purpose	matter	0.1089
purpose	matter most	0.106
purpose	may	-0.0448
purpose	may with	-0.027
purpose	mayb	-0.0492
purpose	mba	0.0205
purpose	me	0.2464
purpose	me a	-0.0765
purpose	me about	-0.045
purpose	me an	0.0383
purpose	me and	-0.0353
purpose	me better	0.0258
purpose	me figur	0.0305
purpose	me for	-0.0235
purpose	me give	-0.0311
purpose	me how	-0.0351
purpose	me i	0.0566
purpose	me in	-0.0585
purpose	me is	0.0354
purpose	me know	-0.0503
purpose	me or	0.136
purpose	me so	0.0558
purpose	me some	0.0525
purpose	me sort	0.0418
purpose	me this	0.0444
purpose	me through	-0.0558
purpose	me thru	0.0493
purpose	me today	0.0297
purpose	me understand	0.0592
purpose	me when	-0.0374
purpose	me with	0.0522
purpose	me your	0.09
purpose	me ~help	-0.0313
purpose	me ~number	-0.0455
purpose	me ~want	0.0771
purpose	mean	-0.0505
purpose	mean i	-0.0407
purpose	med	-0.0254
purpose	med surg	-0.0254
purpose	medic	-0.0512
purpose	medicin	0.1012
purpose	meet	-0.1403
purpose	meet and	-0.0356
purpose	meet is	-0.0294
purpose	meet so	-0.0282
purpose	mention	0.0442
purpose	mention you	0.0848
purpose	mid	-0.042
purpose	mid size	-0.0415
purpose	might	0.0621
purpose	might be	0.0753
purpose	might suit	0.0395
purpose	mind	-0.0902
purpose	mind of	-0.0234
purpose	mine	0.1402
purpose	minut	-0.024
purpose	minut i	-0.0233
purpose	minut left	-0.0388
purpose	minut so	0.0469
purpose	month	0.0748
purpose	more	0.181
purpose	more about	0.1387
purpose	more question	-0.0247
purpose	morn	-0.0428
purpose	most	0.223
purpose	most about	-0.0204
purpose	most fulfil	-0.0429
purpose	most i	0.0519
purpose	most in	0.0337
purpose	most peopl	-0.0214
purpose	most to	0.0268
purpose	most want	0.1508
purpose	most what	0.0591
purpose	most ~people	-0.0214
purpose	most ~want	0.1967
purpose	move	0.0978
purpose	move into	0.1711
purpose	mph	0.0449
purpose	mph program	0.0355
purpose	mr	-0.0212
purpose	msw	0.0615
purpose	msw program	0.0625
purpose	msw ~degree	0.0213
purpose	much	-0.2662
purpose	much clearer	-0.0535
purpose	much for	-0.037
purpose	much of	-0.0651
purpose	must	-0.0242
purpose	mutual	0.0567
purpose	my	0.1217
purpose	my advisor	-0.0329
purpose	my aim	0.1113
purpose	my cousin	-0.063
purpose	my elect	0.1299
purpose	my email	0.0428
purpose	my end	-0.0286
purpose	my final	0.0464
purpose	my first	-0.0433
purpose	my goal	0.106
purpose	my intent	0.0401
purpose	my lab	0.0279
purpose	my list	-0.0288
purpose	my main	0.0487
purpose	my manag	-0.0353
purpose	my militari	0.0493
purpose	my name	0.0535
purpose	my next	0.043
purpose	my old	0.0331
purpose	my own	-0.0383
purpose	my professor	0.0917
purpose	my question	-0.0683
purpose	my request	0.0358
purpose	my resum	-0.0292
purpose	my undergrad	0.0486
purpose	my ~application	-0.0378
purpose	my ~contactverb	0.04
purpose	my ~gatekeeper	-0.0353
purpose	my ~sendverb	0.0422
purpose	my ~talk	0.0343
purpose	my ~want	0.1113
purpose	myself	-0.0277
purpose	myself a	-0.0321
purpose	myself ~number	-0.0321
purpose	name is	0.0534
purpose	name of	-0.0364
purpose	near	-0.0414
purpose	need	-0.175
purpose	need a	-0.0437
purpose	need anyth	0.0473
purpose	need to	-0.1173
purpose	need ~number	-0.0339
purpose	network	-0.0313
purpose	never	-0.0707
purpose	new	0.0216
purpose	new to	0.0917
purpose	next	0.0454
purpose	next call	-0.0239
purpose	next meet	-0.0274
purpose	next step	0.2435
purpose	next week	-0.05
purpose	next ~closing	-0.05
purpose	next ~contactverb	-0.0239
purpose	next ~talk	-0.0512
purpose	ngos	0.0232
purpose	night	-0.0891
purpose	night class	-0.0233
purpose	night shift	-0.0224
purpose	nine	0.0427
purpose	nine year	0.0427
purpose	nine ~duration	0.0427
purpose	no	0.2776
purpose	no idea	-0.02
purpose	no job	0.0894
purpose	no ~job	0.0894
purpose	nonprofit	-0.0535
purpose	normal	-0.0269
purpose	not	0.8681
purpose	not a	0.0798
purpose	not angl	0.0404
purpose	not appli	0.1934
purpose	not ask	0.2786
purpose	not go	0.0519
purpose	not here	0.0226
purpose	not hesit	-0.0234
purpose	not hope	0.0206
purpose	not job	0.1218
purpose	not look	0.107
purpose	not need	0.0627
purpose	not realiz	-0.0259
purpose	not sure	-0.1017
purpose	not take	-0.0319
purpose	not to	0.1201
purpose	not tri	0.0256
purpose	not want	-0.1189
purpose	not worri	0.0535
purpose	not ~insight	-0.0319
purpose	not ~job	0.1218
purpose	not ~number	0.0731
purpose	not ~want	0.0587
purpose	note	-0.0752
purpose	noth	0.093
purpose	noth more	0.0914
purpose	now	-0.0731
purpose	now explor	-0.0298
purpose	now in	-0.0384
purpose	now learn	-0.0221
purpose	now that	-0.0257
purpose	now weigh	0.0465
purpose	now ~want	0.0223
purpose	nurs	-0.0643
purpose	nurs and	0.0251
purpose	nurs student	0.0523
purpose	nurs ~student	0.05
purpose	of	0.2114
purpose	of a	-0.0212
purpose	of how	-0.0342
purpose	of it	0.0339
purpose	of me	0.0272
purpose	of mine	0.1409
purpose	of my	0.0403
purpose	of peopl	-0.0285
purpose	of public	-0.0309
purpose	of question	-0.038
purpose	of the	0.1279
purpose	of thing	-0.0278
purpose	of this	0.1787
purpose	of time	-0.0463
purpose	of today	0.0587
purpose	of what	0.045
purpose	of which	0.0898
purpose	of work	0.0978
purpose	of your	-0.235
purpose	of ~learn	0.0962
purpose	of ~limit	-0.0544
purpose	of ~number	0.1061
purpose	of ~people	-0.0529
purpose	of ~workverb	0.0735
purpose	off	-0.1064
purpose	offer	0.0425
purpose	offic	-0.0322
purpose	oh	-0.0536
purpose	ohio	-0.027
purpose	ohio state	-0.027
purpose	ok	-0.1035
purpose	ok i	-0.1076
purpose	ok if	-0.0244
purpose	ok that	-0.0528
purpose	ok to	-0.0233
purpose	okafor	0.0763
purpose	old	0.0435
purpose	on	0.2263
purpose	on a	0.1088
purpose	on call	0.1022
purpose	on how	0.0831
purpose	on it	0.0835
purpose	on law	0.0913
purpose	on linkedin	-0.054
purpose	on my	-0.0869
purpose	on now	0.071
purpose	on small	-0.0214
purpose	on the	-0.0317
purpose	on what	0.0456
purpose	on whether	0.2215
purpose	on your	-0.1082
purpose	on ~contactverb	0.102
purpose	on ~number	0.0741
purpose	on ~talk	0.102
purpose	onc	-0.0921
purpose	onc i	-0.0796
purpose	one	0.1434
purpose	one more	-0.0294
purpose	one of	0.1108
purpose	one you	0.0704
purpose	onli	0.1521
purpose	onli have	0.0346
purpose	onli to	0.0438
purpose	onli ~want	0.0645
purpose	op	-0.0455
purpose	open	-0.1587
purpose	open i	0.0302
purpose	open in	-0.0213
purpose	open to	-0.0355
purpose	open up	-0.0369
purpose	or	0.1399
purpose	or an	-0.0277
purpose	or anyth	0.2181
purpose	or did	-0.0236
purpose	or go	0.0762
purpose	or is	-0.038
purpose	or stay	0.0384
purpose	or the	0.1058
purpose	or two	-0.0277
purpose	or ~help	-0.0234
purpose	or ~number	0.0387
purpose	or ~studyverb	-0.0236
purpose	or ~want	-0.0303
purpose	or ~workverb	0.0426
purpose	other ~people	-0.031
purpose	otherwis	-0.0273
purpose	our	0.041
purpose	our ~number	0.0677
purpose	out	0.4381
purpose	out again	-0.0204
purpose	out becaus	0.0727
purpose	out if	0.0806
purpose	out in	-0.0298
purpose	out my	0.062
purpose	out of	0.1099
purpose	out the	-0.0217
purpose	out to	0.054
purpose	out whether	0.0651
purpose	out ~later	-0.0204
purpose	out ~number	-0.033
purpose	outsid to	-0.0204
purpose	over	-0.1502
purpose	over from	-0.0327
purpose	over the	-0.042
purpose	over ~number	-0.0533
purpose	own	-0.0509
purpose	pack	-0.0309
purpose	paperwork	0.0401
purpose	paraleg	0.0402
purpose	paraleg and	0.0381
purpose	paraleg for	0.0347
purpose	paraleg now	-0.0423
purpose	parent	-0.0348
purpose	part	-0.0667
purpose	part time	-0.0218
purpose	part ~limit	-0.0218
purpose	pass	-0.0403
purpose	pass my	-0.0315
purpose	past	-0.0418
purpose	patent	0.0204
purpose	path	0.1838
purpose	path is	0.0482
purpose	patient	-0.0561
purpose	pay	-0.0601
purpose	pay it	-0.0256
purpose	pediatr	0.0365
purpose	pediatr or	0.0384
purpose	peopl	0.2787
purpose	peopl at	0.0565
purpose	peopl get	0.0309
purpose	peopl i	0.0982
purpose	peopl who	0.1247
purpose	peopl you	-0.025
purpose	peopl ~learn	0.0309
purpose	peopl ~people	0.1247
purpose	person	0.0913
purpose	person to	0.1336
purpose	perspect	0.1942
purpose	perspect on	0.0464
purpose	pharmaci	0.0501
purpose	pharmaci ~student	-0.0235
purpose	phd in	0.0393
purpose	philosophi	0.0411
purpose	pick	0.2122
purpose	pick a	0.0714
purpose	pick my	0.0421
purpose	pick your	0.156
purpose	pick ~number	0.0649
purpose	pictur	0.1841
purpose	pictur of	0.1493
purpose	ping	-0.0308
purpose	place	-0.0569
purpose	plan is	0.0251
purpose	pleas	-0.0449
purpose	point	0.0849
purpose	point of	0.0351
purpose	polici	0.0271
purpose	polici analysi	0.039
purpose	polici work	-0.0259
purpose	polici ~learn	-0.0259
purpose	polici ~workverb	-0.0259
purpose	portfolio	-0.0661
purpose	portland	0.0249
purpose	portland state	0.0316
purpose	posit	0.1269
purpose	posit or	0.0372
purpose	post	-0.0425
purpose	post on	-0.0245
purpose	practic	0.0392
purpose	practis	0.0976
purpose	prepar	-0.0536
purpose	pretti	-0.0384
purpose	primari	0.0261
purpose	priya	0.148
purpose	process	0.0756
purpose	process at	0.1063
purpose	process look	-0.0421
purpose	product manag	0.0529
purpose	product market	0.0421
purpose	profession	-0.0345
purpose	profession associ	-0.025
purpose	professor	0.0581
purpose	program	-0.1003
purpose	program and	-0.055
purpose	program or	0.0411
purpose	progress	-0.026
purpose	project	-0.0968
purpose	project i	-0.0291
purpose	promis	0.3898
purpose	proper	-0.0205
purpose	psych	0.0225
purpose	psycholog	-0.0216
purpose	public	-0.044
purpose	public servic	-0.0313
purpose	pure	0.0809
purpose	pursu	0.0735
purpose	put	0.0313
purpose	put you	0.0614
purpose	python	-0.0253
purpose	question	-0.1872
purpose	quick	-0.0251
purpose	quick background	0.0434
purpose	quick i	0.0383
purpose	quit	0.0557
purpose	radar	-0.0217
purpose	rather	0.1541
purpose	rather than	0.0893
purpose	rather ~learn	0.0219
purpose	reach	0.2584
purpose	reach out	0.2634
purpose	read	0.1477
purpose	read about	0.0303
purpose	read on	0.0973
purpose	read to	-0.0287
purpose	real	-0.0378
purpose	realist	0.2423
purpose	realist pictur	0.0556
purpose	realist sens	0.0798
purpose	realist ~insight	0.1354
purpose	realiti	0.1426
purpose	realiti of	0.1426
purpose	realiz	-0.06
purpose	realli	0.2304
purpose	realli after	0.0446
purpose	realli appreci	-0.0844
purpose	realli help	-0.059
purpose	realli interest	-0.0493
purpose	realli involv	0.066
purpose	realli just	0.1491
purpose	realli like	0.0599
purpose	realli reassur	-0.037
purpose	realli valu	0.0433
purpose	realli want	0.0966
purpose	realli what	0.039
purpose	realli whi	0.0662
purpose	realli ~want	0.2068
purpose	reason	0.2582
purpose	reason i	0.1807
purpose	reason of	0.0669
purpose	reassur	-0.0568
purpose	reassur to	-0.0317
purpose	receiv	0.0466
purpose	recommend	-0.0234
purpose	recommend for	-0.0322
purpose	recommend i	0.0609
purpose	recruit	0.1247
purpose	recruit team	0.0472
purpose	recruit ~org	0.0472
purpose	refer	-0.0309
purpose	regulatori affair	0.0259
purpose	reject	-0.0382
purpose	renew	0.0273
purpose	renew energi	0.0225
purpose	report	-0.0441
purpose	report back	-0.0415
purpose	request	0.068
purpose	research	-0.1067
purpose	research as	0.0407
purpose	research is	0.0206
purpose	research to	0.0217
purpose	research with	-0.0239
purpose	research ~org	-0.0229
purpose	resid	0.1192
purpose	resid match	0.0218
purpose	resourc	-0.0244
purpose	respect	-0.0715
purpose	respect of	-0.0246
purpose	rest	-0.0445
purpose	rest of	-0.0445
purpose	resum	-0.0669
purpose	retail manag	0.0378
purpose	retir	0.0419
purpose	retrain	0.0203
purpose	return	-0.0384
purpose	return the	-0.0309
purpose	return to	-0.0319
purpose	return ~number	-0.0309
purpose	review	-0.0386
purpose	right	-0.0672
purpose	right at	-0.0223
purpose	right fit	0.0236
purpose	right for	0.0491
purpose	right now	-0.0644
purpose	rise	0.0229
purpose	riversid	-0.0375
purpose	road	0.1083
purpose	role	0.0445
purpose	role in	0.0686
purpose	room	-0.0261
purpose	rotat	0.0903
purpose	royal	0.0452
purpose	run	-0.0904
purpose	run a	-0.0319
purpose	run out	-0.0216
purpose	run the	0.0398
purpose	rutger	-0.044
purpose	rutger and	-0.0289
purpose	said	0.0436
purpose	said you	0.0998
purpose	said ~number	-0.0218
purpose	salari	-0.0434
purpose	sale	0.1155
purpose	save	-0.0221
purpose	say	-0.1226
purpose	say is	-0.0446
purpose	say thank	-0.0254
purpose	say the	-0.0225
purpose	say ~number	-0.0239
purpose	schedul	-0.0391
purpose	scheme	-0.0521
purpose	school	0.127
purpose	school and	0.1387
purpose	school for	0.0759
purpose	school i	-0.0261
purpose	school that	0.035
purpose	school ~student	0.0265
purpose	scienc and	0.0501
purpose	scientist	-0.0277
purpose	screen	0.0485
purpose	season	-0.0212
purpose	second year	-0.0741
purpose	second ~duration	-0.0741
purpose	sector	0.0407
purpose	see	-0.0675
purpose	see if	-0.0327
purpose	see we	-0.0301
purpose	seem	0.1292
purpose	seem like	0.1087
purpose	seem so	0.0218
purpose	self	-0.0234
purpose	self taught	-0.0221
purpose	self ~workverb	-0.0221
purpose	semest of	-0.0268
purpose	send	-0.1137
purpose	send you	-0.0496
purpose	senior	0.0343
purpose	senior associ	0.053
purpose	senior ~student	0.0398
purpose	sens	0.1654
purpose	sens of	0.1642
purpose	serious	-0.0329
purpose	serv	0.1136
purpose	set	-0.0613
purpose	shadow	-0.0388
purpose	shift	-0.0888
purpose	short	-0.0755
purpose	short notic	0.0261
purpose	should	-0.1606
purpose	should i	-0.1002
purpose	should talk	-0.0207
purpose	should ~talk	-0.0255
purpose	side	-0.1233
purpose	side just	-0.0228
purpose	side of	-0.0313
purpose	side ~want	-0.0236
purpose	sign off	-0.0218
purpose	sink	0.0353
purpose	site	-0.0259
purpose	six month	0.0319
purpose	size	-0.0501
purpose	size ~org	-0.0415
purpose	skill	0.0474
purpose	skill matter	0.1316
purpose	skill should	-0.0254
purpose	small	-0.1194
purpose	small immigr	-0.0224
purpose	smartest	0.1086
purpose	so a	0.1007
purpose	so ani	0.0408
purpose	so how	-0.024
purpose	so if	-0.0535
purpose	so is	-0.0249
purpose	so just	-0.0395
purpose	so let	0.0366
purpose	so much	-0.0844
purpose	so pleas	0.0362
purpose	so quick	0.0509
purpose	so the	-0.0273
purpose	so you	-0.0332
purpose	so ~number	0.071
purpose	so ~want	0.0262
purpose	soc	0.0242
purpose	soc analyst	0.0242
purpose	soc ~student	0.0242
purpose	social	0.0377
purpose	social work	0.0538
purpose	social ~learn	0.0538
purpose	social ~workverb	0.0538
purpose	some	0.1477
purpose	some advic	0.0559
purpose	some context	-0.0408
purpose	some insight	0.0546
purpose	some perspect	0.051
purpose	some ~insight	0.1847
purpose	someday	-0.0333
purpose	someon	0.0204
purpose	someon good	0.0276
purpose	someon hope	-0.0304
purpose	someon in	0.0431
purpose	someon just	-0.0236
purpose	someon new	0.1243
purpose	someon to	-0.0391
purpose	someon tri	-0.0564
purpose	someon ~want	-0.1511
purpose	someth	-0.0564
purpose	sophomor	0.0714
purpose	sophomor studi	0.0238
purpose	sophomor undeclar	0.0202
purpose	sophomor ~studyverb	0.0611
purpose	sorri	-0.1536
purpose	sorri i	-0.063
purpose	sorri to	-0.0414
purpose	sort	0.0442
purpose	sound	0.0767
purpose	sound ok	0.0649
purpose	spanish	-0.0347
purpose	speak	-0.0483
purpose	speak to	-0.0344
purpose	special	0.061
purpose	special in	0.0384
purpose	spend	0.0472
purpose	spend their	0.039
purpose	spent	-0.0975
purpose	spent a	-0.043
purpose	spent three	-0.0345
purpose	spent ~number	-0.0472
purpose	sport	-0.027
purpose	sport analyt	-0.027
purpose	spot	0.1162
purpose	spot about	0.0614
purpose	spot in	0.1077
purpose	spot on	-0.0426
purpose	spring after	0.0346
purpose	spring ~want	0.0343
purpose	sql	-0.0234
purpose	squeez	-0.0325
purpose	squeez me	-0.0307
purpose	stage	0.1448
purpose	stage of	0.0922
purpose	stakehold	-0.0461
purpose	start out	-0.0253
purpose	start to	-0.0502
purpose	state and	0.0337
purpose	state studi	-0.0218
purpose	state ~studyverb	-0.0283
purpose	stay	-0.0293
purpose	stay at	-0.0374
purpose	step	0.198
purpose	step you	-0.0304
purpose	still	-0.033
purpose	stop	-0.0934
purpose	stop me	-0.0234
purpose	stori	-0.025
purpose	stuck	-0.0319
purpose	student	-0.1284
purpose	student and	0.035
purpose	student from	-0.0222
purpose	student in	0.0702
purpose	student who	-0.0567
purpose	student ~insight	-0.0267
purpose	student ~people	-0.0567
purpose	studi environment	0.0238
purpose	studi psycholog	-0.0218
purpose	studio	-0.0361
purpose	such short	0.0272
purpose	suggest	0.0488
purpose	suggest a	-0.0263
purpose	suggest for	-0.0454
purpose	suggest i	0.0719
purpose	suggest ~number	-0.0283
purpose	suit	0.1092
purpose	suit me	0.0391
purpose	suit ~number	0.0673
purpose	summer	-0.1022
purpose	summer ~job	-0.027
purpose	super	-0.0576
purpose	super clear	-0.0204
purpose	suppli	0.1049
purpose	suppli chain	0.1049
purpose	support	0.0628
purpose	support and	0.0593
purpose	sure	-0.1317
purpose	sure i	-0.048
purpose	surg	-0.0254
purpose	survey	-0.0218
purpose	suss	0.0204
purpose	suss out	0.0204
purpose	sustain	0.0372
purpose	sustain long	0.0348
purpose	switch	-0.0408
purpose	switch from	-0.0873
purpose	switch into	0.1232
purpose	switch over	-0.0319
purpose	system	-0.0353
purpose	take	-0.2358
purpose	take care	-0.0469
purpose	take more	-0.0245
purpose	take night	-0.0228
purpose	take to	-0.0219
purpose	take up	-0.0283
purpose	take ~closing	-0.0228
purpose	take ~number	-0.0288
purpose	talk	0.2985
purpose	talk to	0.3115
purpose	talk with	-0.025
purpose	taught	-0.0255
purpose	teach	-0.1379
purpose	teach like	-0.0302
purpose	teach to	-0.0246
purpose	team	-0.1118
purpose	team decid	0.0696
purpose	team for	-0.0368
purpose	tech	-0.0413
purpose	technic	0.0474
purpose	tell	-0.0914
purpose	tell me	-0.0552
purpose	tell you	-0.0264
purpose	ten	-0.0593
purpose	ten year	-0.0458
purpose	ten ~duration	-0.0458
purpose	term	0.0627
purpose	test	-0.0616
purpose	than	0.1993
purpose	than anyth	0.0436
purpose	than ask	0.0404
purpose	than i	0.0317
purpose	than ~number	0.0219
purpose	thank	-0.5078
purpose	thank again	-0.0685
purpose	thank for	-0.0778
purpose	thank so	-0.0476
purpose	thank to	-0.0476
purpose	thank you	-0.1432
purpose	thank ~later	-0.0685
purpose	thank ~number	-0.022
purpose	that	-0.3472
purpose	that cover	-0.1274
purpose	that i	0.0993
purpose	that is	-0.1097
purpose	that jump	0.0305
purpose	that out	0.043
purpose	that sound	0.0535
purpose	that they	-0.0235
purpose	that work	-0.0223
purpose	that world	0.0343
purpose	that ~learn	-0.0223
purpose	that ~number	-0.0219
purpose	that ~want	-0.0312
purpose	that ~workverb	-0.0223
purpose	the advic	-0.0225
purpose	the apprenticeship	0.0396
purpose	the best	0.0384
purpose	the brochur	0.0356
purpose	the clinic	-0.0589
purpose	the clock	-0.0286
purpose	the confer	-0.0327
purpose	the cultur	-0.0226
purpose	the data	-0.0265
purpose	the day	0.0595
purpose	the design	-0.0297
purpose	the end	-0.0281
purpose	the exam	-0.0226
purpose	the favor	-0.0295
purpose	the few	0.1004
purpose	the field	0.1861
purpose	the first	-0.0513
purpose	the full	-0.02
purpose	the growth	0.0524
purpose	the half	-0.0239
purpose	the hire	0.0799
purpose	the hour	0.0262
purpose	the icu	-0.0202
purpose	the industri	0.0282
purpose	the job	-0.0834
purpose	the jump	0.0709
purpose	the last	-0.0281
purpose	the licens	0.0313
purpose	the main	0.1655
purpose	the militari	-0.0464
purpose	the most	-0.0486
purpose	the move	-0.0216
purpose	the msw	0.022
purpose	the name	-0.0339
purpose	the next	-0.0321
purpose	the night	-0.0338
purpose	the on	0.1043
purpose	the one	0.0844
purpose	the path	0.0283
purpose	the point	0.051
purpose	the privat	0.0238
purpose	the process	-0.0421
purpose	the program	-0.0383
purpose	the realiti	0.1426
purpose	the reason	0.1927
purpose	the research	-0.0236
purpose	the resid	0.1295
purpose	the rest	-0.0283
purpose	the right	0.073
purpose	the road	0.1083
purpose	the role	0.0602
purpose	the royal	0.0452
purpose	the salari	-0.0331
purpose	the skill	-0.0217
purpose	the smartest	0.1086
purpose	the spot	0.0614
purpose	the stage	0.0922
purpose	the switch	0.0853
purpose	the time	-0.0519
purpose	the whole	0.0304
purpose	the work	0.1153
purpose	the ~degree	0.1055
purpose	the ~gatekeeper	0.0729
purpose	the ~hiring	0.0735
purpose	the ~job	0.0293
purpose	the ~learn	0.0993
purpose	the ~limit	-0.02
purpose	the ~number	0.1435
purpose	the ~org	-0.0736
purpose	the ~people	0.0224
purpose	the ~student	-0.0569
purpose	the ~timeunit	0.0262
purpose	the ~workverb	0.1153
purpose	their	-0.0301
purpose	their day	0.039
purpose	their ~limit	0.0349
purpose	them	-0.047
purpose	then	0.0343
purpose	there	-0.2123
purpose	there a	-0.0635
purpose	there anyon	-0.0302
purpose	there anyth	-0.071
purpose	there is	-0.0849
purpose	there one	0.0686
purpose	there so	-0.0269
purpose	there someth	-0.0266
purpose	there ~people	0.0385
purpose	these	-0.0441
purpose	they	-0.0242
purpose	they are	-0.0316
purpose	thing	-0.0382
purpose	thing i	0.0965
purpose	thing out	-0.0221
purpose	think	-0.2566
purpose	think about	0.0269
purpose	think i	-0.0262
purpose	think of	-0.029
purpose	think that	-0.1497
purpose	this	0.0783
purpose	this call	0.0276
purpose	this career	0.0206
purpose	this chat	0.08
purpose	this convers	0.0305
purpose	this field	0.0224
purpose	this gave	-0.0305
purpose	this industri	-0.0252
purpose	this is	0.1093
purpose	this kind	0.0347
purpose	this short	-0.0233
purpose	this to	-0.0216
purpose	this up	-0.0369
purpose	this was	-0.027
purpose	this week	-0.0254
purpose	this ~closing	-0.0385
purpose	this ~contactverb	0.0276
purpose	this ~talk	0.1076
purpose	this ~want	0.0379
purpose	those	-0.0252
purpose	thought	0.0429
purpose	three	-0.0776
purpose	three year	-0.0583
purpose	three ~duration	-0.0583
purpose	through	-0.1399
purpose	through a	-0.0244
purpose	through how	-0.0242
purpose	through what	-0.0201
purpose	through ~number	-0.0454
purpose	thru	0.0475
purpose	thru what	0.0493
purpose	tight	-0.0235
purpose	time	-0.2379
purpose	time for	-0.0265
purpose	time on	0.0844
purpose	time so	-0.0352
purpose	time to	-0.0206
purpose	time today	-0.0215
purpose	tip	-0.091
purpose	tip for	-0.0737
purpose	titl	-0.0225
purpose	to	0.2738
purpose	to a	0.032
purpose	to about	0.1023
purpose	to accept	0.108
purpose	to an	0.0331
purpose	to anyth	0.0226
purpose	to appli	0.032
purpose	to ask	-0.2075
purpose	to be	0.0469
purpose	to becom	-0.0703
purpose	to chat	0.1056
purpose	to check	-0.0207
purpose	to choos	0.0202
purpose	to code	-0.0361
purpose	to cut	-0.0381
purpose	to day	0.13
purpose	to decid	0.0554
purpose	to eat	-0.0468
purpose	to fifteen	-0.0202
purpose	to figur	0.0885
purpose	to find	-0.0614
purpose	to give	0.0274
purpose	to go	-0.0342
purpose	to hear	0.1663
purpose	to help	-0.0546
purpose	to hire	0.2677
purpose	to hour	0.0203
purpose	to in	-0.0248
purpose	to industri	0.0939
purpose	to instruct	-0.0295
purpose	to introduc	-0.025
purpose	to keep	-0.163
purpose	to know	0.1296
purpose	to learn	0.4034
purpose	to leav	0.0555
purpose	to let	-0.0429
purpose	to me	-0.028
purpose	to meet	-0.0359
purpose	to mind	-0.0287
purpose	to my	-0.0408
purpose	to offer	0.04
purpose	to peopl	0.1666
purpose	to pick	0.1154
purpose	to posit	0.0413
purpose	to receiv	0.0482
purpose	to run	-0.0359
purpose	to school	0.0703
purpose	to see	-0.0592
purpose	to share	-0.0253
purpose	to someon	0.0701
purpose	to speak	-0.0234
purpose	to special	0.04
purpose	to start	0.0699
purpose	to stay	-0.0632
purpose	to suss	0.0204
purpose	to take	-0.0895
purpose	to talk	0.182
purpose	to the	-0.068
purpose	to think	-0.0266
purpose	to tri	-0.025
purpose	to understand	0.5655
purpose	to use	0.0709
purpose	to work	-0.1568
purpose	to you	-0.0533
purpose	to your	-0.1635
purpose	to ~closing	0.128
purpose	to ~contactverb	-0.0266
purpose	to ~gatekeeper	0.023
purpose	to ~insight	-0.089
purpose	to ~job	0.0793
purpose	to ~learn	0.9555
purpose	to ~limit	0.1462
purpose	to ~number	-0.0612
purpose	to ~org	0.0698
purpose	to ~people	0.229
purpose	to ~sendverb	-0.0661
purpose	to ~talk	0.034
purpose	to ~timeunit	0.0203
purpose	to ~workverb	-0.1927
purpose	today	0.2947
purpose	today is	0.2011
purpose	today was	0.0609
purpose	told	0.0401
purpose	told me	0.0417
purpose	tonight	-0.0232
purpose	too	-0.0702
purpose	too much	-0.0307
purpose	took about	-0.0691
purpose	torn	0.1527
purpose	total ~learn	-0.0224
purpose	touch	-0.0749
purpose	touch as	-0.0295
purpose	trade	-0.0246
purpose	transit	-0.0687
purpose	transit out	-0.0421
purpose	translat	-0.0329
purpose	tri	0.0899
purpose	tri to	0.1541
purpose	truli	-0.0402
purpose	tryna	0.0839
purpose	tryna figur	0.0419
purpose	tryna ~learn	0.0839
purpose	turnaround	0.0218
purpose	twenti	0.087
purpose	twenti minut	0.0815
purpose	twenti two	0.0224
purpose	twenti ~limit	0.0815
purpose	twenti ~number	0.022
purpose	twenti ~timeunit	0.0815
purpose	two	-0.0262
purpose	two year	0.0867
purpose	two ~duration	0.0666
purpose	typic	0.0539
purpose	typic audit	0.0573
purpose	typic week	0.0527
purpose	typic ~closing	0.0491
purpose	uh	-0.0262
purpose	uh ~number	-0.0256
purpose	um	-0.0744
purpose	um i	-0.0261
purpose	undeclar	0.0202
purpose	undergrad	0.0422
purpose	undergrad in	0.0486
purpose	understand	0.6392
purpose	understand better	0.062
purpose	understand how	0.2557
purpose	understand the	0.1219
purpose	understand what	0.1188
purpose	understand whether	0.0585
purpose	understand ~number	0.1219
purpose	uni	0.1228
purpose	uni ~want	0.0939
purpose	until	0.0573
purpose	up	-0.1916
purpose	up ani	-0.0214
purpose	up for	-0.0272
purpose	up i	0.072
purpose	up in	0.0855
purpose	up my	-0.0378
purpose	up on	-0.0242
purpose	up with	-0.0354
purpose	up ~want	-0.022
purpose	upfront	0.0362
purpose	upfront i	0.0316
purpose	us	-0.0237
purpose	use	-0.0648
purpose	use i	-0.0316
purpose	use to	-0.0349
purpose	usual	0.1593
purpose	usual recruit	0.1278
purpose	ux	-0.0589
purpose	ux research	-0.036
purpose	ux ~learn	-0.0359
purpose	valu	0.0585
purpose	valu your	0.084
purpose	veri much	0.0232
purpose	version	0.0733
purpose	versus	-0.0377
purpose	vet	-0.0361
purpose	vet clinic	-0.024
purpose	vet ~org	-0.0265
purpose	veteran	-0.0231
purpose	volunt	-0.0641
purpose	volunt at	-0.0211
purpose	wait	-0.0301
purpose	want	0.5472
purpose	want an	0.0545
purpose	want some	0.0606
purpose	want someon	0.1143
purpose	want to	0.179
purpose	want your	0.0454
purpose	want ~number	0.0525
purpose	want ~people	0.1143
purpose	was	-0.0802
purpose	was an	-0.0245
purpose	was hope	0.1543
purpose	was it	-0.024
purpose	was like	-0.028
purpose	was not	0.0282
purpose	was realli	0.052
purpose	was wonder	-0.1841
purpose	was ~number	-0.0488
purpose	was ~want	0.2067
purpose	way	-0.0361
purpose	way for	-0.024
purpose	we	-0.2976
purpose	we are	-0.1477
purpose	we finish	-0.0214
purpose	we have	-0.0281
purpose	we onli	0.0256
purpose	we run	-0.0226
purpose	we ~workverb	-0.0248
purpose	week	-0.0833
purpose	week and	-0.0276
purpose	week look	0.1182
purpose	week to	-0.0331
purpose	weekend	-0.0598
purpose	weekend and	-0.0208
purpose	weigh	0.0922
purpose	weigh up	0.0596
purpose	weird	-0.027
purpose	welcom	0.0486
purpose	well	-0.0696
purpose	well i	-0.0415
purpose	went	-0.0933
purpose	went from	-0.0262
purpose	were	-0.0834
purpose	were me	-0.0278
purpose	what	0.2972
purpose	what a	0.1368
purpose	what about	-0.022
purpose	what advic	-0.0308
purpose	what complianc	0.0639
purpose	what concret	-0.0282
purpose	what consult	0.0366
purpose	what do	-0.0312
purpose	what doe	0.1328
purpose	what forens	0.0397
purpose	what i	0.1013
purpose	what is	-0.242
purpose	what kind	-0.0328
purpose	what made	-0.0362
purpose	what should	-0.0342
purpose	what the	0.1595
purpose	what would	0.125
purpose	what you	0.0258
purpose	what ~help	-0.0312
purpose	what ~insight	-0.0308
purpose	what ~job	-0.0214
purpose	what ~number	0.2982
purpose	what ~student	0.0538
purpose	what ~want	0.125
purpose	what ~workverb	0.1089
purpose	when	-0.1763
purpose	when i	-0.0297
purpose	when you	-0.0918
purpose	where	-0.0515
purpose	where do	-0.0255
purpose	where i	-0.0444
purpose	where to	0.039
purpose	where ~help	-0.0255
purpose	whether	0.6519
purpose	whether a	0.1372
purpose	whether the	0.0415
purpose	whether this	0.1016
purpose	whether to	0.1181
purpose	whether you	-0.0866
purpose	whether your	0.1064
purpose	whether ~number	0.1967
purpose	whether ~student	0.0282
purpose	whi	0.1376
purpose	whi i	0.1572
purpose	which aspect	-0.0368
purpose	which direct	-0.0221
purpose	which path	0.0465
purpose	which skill	0.0861
purpose	which was	0.0722
purpose	while	-0.0235
purpose	who	-0.1705
purpose	who els	-0.0491
purpose	who have	0.1079
purpose	who is	0.0501
purpose	who just	-0.0203
purpose	who made	-0.0537
purpose	who might	-0.0266
purpose	who work	0.0331
purpose	who would	-0.051
purpose	who ~want	-0.0722
purpose	whoever	0.0346
purpose	whoever run	0.0389
purpose	whole	0.0329
purpose	whole reason	0.0304
purpose	will	-0.3477
purpose	will definit	-0.0215
purpose	will help	0.1219
purpose	will keep	-0.0359
purpose	will let	-0.0819
purpose	will not	-0.0415
purpose	will report	-0.0294
purpose	will send	-0.0486
purpose	will to	-0.0208
purpose	will tri	-0.0273
purpose	will wrap	-0.0212
purpose	will ~contactverb	-0.03
purpose	will ~help	0.1219
purpose	will ~sendverb	-0.0757
purpose	will ~talk	-0.0212
purpose	will ~want	-0.0286
purpose	wish to	0.024
purpose	with	-0.2975
purpose	with a	0.058
purpose	with me	-0.0311
purpose	with my	-0.0207
purpose	with the	-0.0578
purpose	with them	-0.0283
purpose	with whoever	0.0389
purpose	with you	-0.0718
purpose	with your	-0.0216
purpose	without	-0.0341
purpose	wonder	-0.1337
purpose	wonder how	-0.0214
purpose	wonder what	-0.065
purpose	word	-0.0497
purpose	work	0.2466
purpose	work a	0.0404
purpose	work actual	0.0679
purpose	work and	0.0389
purpose	work as	-0.038
purpose	work at	-0.0268
purpose	work befor	0.04
purpose	work for	-0.0209
purpose	work i	0.0226
purpose	work in	-0.0304
purpose	work is	0.1458
purpose	work look	0.0665
purpose	work on	-0.0493
purpose	work or	0.0205
purpose	work realli	0.0878
purpose	work with	-0.0223
purpose	work would	0.0363
purpose	work ~number	0.0919
purpose	work ~want	0.0611
purpose	world	0.0242
purpose	worri	0.0248
purpose	worri i	0.0532
purpose	worth	0.0909
purpose	worth it	0.1074
purpose	would	0.0971
purpose	would a	-0.0364
purpose	would also	0.0217
purpose	would be	0.0844
purpose	would ever	-0.0206
purpose	would feel	0.0207
purpose	would have	0.0814
purpose	would it	-0.0809
purpose	would jump	-0.022
purpose	would just	0.0203
purpose	would keep	-0.0264
purpose	would like	0.1664
purpose	would love	-0.0877
purpose	would never	-0.0267
purpose	would rather	0.0584
purpose	would realli	0.0875
purpose	would recommend	-0.0639
purpose	would suggest	-0.0485
purpose	would suit	0.0662
purpose	would tell	0.0684
purpose	would you	-0.0943
purpose	would ~number	-0.041
purpose	would ~talk	-0.0359
purpose	would ~want	0.107
purpose	wow ok	0.0355
purpose	wrap	-0.0704
purpose	wrap up	-0.0571
purpose	write	0.0312
purpose	write ~want	0.0585
purpose	yeah	-0.0718
purpose	yeah that	-0.022
purpose	year	-0.112
purpose	year account	-0.0359
purpose	year ago	-0.0497
purpose	year and	0.0486
purpose	year at	-0.0331
purpose	year chem	0.0246
purpose	year in	0.0759
purpose	year look	-0.0358
purpose	year of	-0.0716
purpose	year on	0.0244
purpose	year ~studyverb	0.0333
purpose	yet	0.155
purpose	yet i	-0.0286
purpose	yet just	0.042
purpose	yet ~want	0.042
purpose	you	-0.5911
purpose	you a	-0.0765
purpose	you are	0.0696
purpose	you balanc	0.023
purpose	you be	-0.094
purpose	you becaus	0.0361
purpose	you beyond	0.0501
purpose	you can	0.1324
purpose	you could	-0.0556
purpose	you decid	-0.0719
purpose	you did	-0.0241
purpose	you end	0.0745
purpose	you ever	-0.0883
purpose	you find	-0.0473
purpose	you fit	0.0222
purpose	you for	0.0785
purpose	you get	0.0333
purpose	you give	-0.035
purpose	you go	-0.0427
purpose	you guy	-0.0276
purpose	you handl	0.0819
purpose	you happen	-0.041
purpose	you have	-0.1644
purpose	you in	-0.0298
purpose	you introduc	0.0363
purpose	you know	0.0368
purpose	you made	0.059
purpose	you make	0.0597
purpose	you mention	-0.042
purpose	you might	0.0511
purpose	you most	0.0691
purpose	you need	-0.0968
purpose	you on	0.0252
purpose	you post	-0.0219
purpose	you recommend	0.0516
purpose	you said	-0.0612
purpose	you say	-0.0685
purpose	you see	0.0433
purpose	you so	-0.0351
purpose	you suggest	-0.0306
purpose	you tell	-0.0344
purpose	you the	-0.0285
purpose	you think	-0.0543
purpose	you to	0.2127
purpose	you walk	0.0305
purpose	you want	-0.0434
purpose	you went	-0.0355
purpose	you were	-0.0603
purpose	you with	0.0274
purpose	you would	0.1967
purpose	you ~hiring	-0.022
purpose	you ~later	-0.033
purpose	you ~learn	0.0252
purpose	you ~number	-0.1107
purpose	you ~sendverb	-0.0272
purpose	you ~studyverb	-0.0559
purpose	you ~talk	-0.0244
purpose	you ~want	0.1205
purpose	you ~workverb	-0.0209
purpose	your	-0.2357
purpose	your advic	0.2261
purpose	your afternoon	-0.0364
purpose	your brain	0.1586
purpose	your compani	0.1009
purpose	your evening	-0.0205
purpose	your experi	0.0334
purpose	your field	-0.0351
purpose	your firm	-0.0383
purpose	your first	-0.071
purpose	your honest	0.132
purpose	your job	-0.0317
purpose	your lunch	-0.044
purpose	your network	-0.0201
purpose	your next	-0.0517
purpose	your on	-0.0229
purpose	your own	0.0323
purpose	your path	0.0223
purpose	your patient	-0.0318
purpose	your perspect	0.1271
purpose	your recruit	0.0258
purpose	your role	-0.0274
purpose	your schedul	-0.0288
purpose	your student	-0.0431
purpose	your team	-0.0969
purpose	your typic	0.0634
purpose	your week	-0.0268
purpose	your work	0.0231
purpose	your ~closing	-0.1178
purpose	your ~degree	-0.0206
purpose	your ~gatekeeper	-0.0338
purpose	your ~insight	0.3492
purpose	your ~job	-0.066
purpose	your ~limit	-0.1627
purpose	your ~org	-0.0919
purpose	your ~people	-0.0364
purpose	your ~student	-0.044
purpose	your ~talk	-0.0222
purpose	your ~workverb	0.0231
purpose	zero	-0.03
purpose	~application	-0.0914
purpose	~application to	-0.0265
purpose	~closing	-0.1045
purpose	~closing actual	0.0503
purpose	~closing and	-0.0312
purpose	~closing class	-0.0233
purpose	~closing in	0.0601
purpose	~closing look	0.1177
purpose	~closing of	-0.0354
purpose	~closing shift	-0.0224
purpose	~closing to	0.1106
purpose	~contactverb	-0.1271
purpose	~contactverb as	-0.0295
purpose	~contactverb back	-0.0237
purpose	~contactverb rotat	0.1059
purpose	~contactverb with	-0.0223
purpose	~contactverb you	-0.0419
purpose	~degree	0.0519
purpose	~degree at	-0.0255
purpose	~degree in	-0.0338
purpose	~degree is	0.0727
purpose	~degree match	0.0218
purpose	~degree or	0.0274
purpose	~degree program	0.0427
purpose	~degree so	0.0249
purpose	~duration	-0.0667
purpose	~duration account	-0.0359
purpose	~duration ago	-0.0497
purpose	~duration and	0.0835
purpose	~duration as	-0.0395
purpose	~duration at	-0.0331
purpose	~duration chem	0.0246
purpose	~duration in	0.0495
purpose	~duration look	-0.0358
purpose	~duration of	-0.0716
purpose	~duration on	0.0244
purpose	~gatekeeper	-0.0498
purpose	~gatekeeper just	-0.0317
purpose	~gatekeeper manag	-0.0372
purpose	~gatekeeper process	0.0921
purpose	~help	-0.2454
purpose	~help a	-0.0537
purpose	~help day	0.0373
purpose	~help electrician	0.0427
purpose	~help for	-0.0201
purpose	~help i	-0.0414
purpose	~help me	0.2769
purpose	~help my	0.0387
purpose	~help not	-0.0582
purpose	~help out	-0.0202
purpose	~help peopl	-0.0451
purpose	~help someon	-0.0256
purpose	~help the	-0.0367
purpose	~help this	-0.0204
purpose	~help to	-0.0525
purpose	~help with	-0.0407
purpose	~help you	-0.1794
purpose	~help your	-0.0228
purpose	~hiring	-0.0443
purpose	~hiring manag	-0.0372
purpose	~hiring night	-0.0228
purpose	~hiring process	0.0921
purpose	~hiring team	0.0464
purpose	~insight	1.077
purpose	~insight about	0.0428
purpose	~insight befor	0.0298
purpose	~insight care	-0.0469
purpose	~insight for	-0.0655
purpose	~insight from	0.1316
purpose	~insight how	0.031
purpose	~insight i	0.0371
purpose	~insight in	0.0802
purpose	~insight into	0.0833
purpose	~insight more	-0.0245
purpose	~insight not	0.031
purpose	~insight of	0.3186
purpose	~insight on	0.3319
purpose	~insight to	-0.021
purpose	~insight up	-0.0235
purpose	~insight would	0.0321
purpose	~job	0.5021
purpose	~job about	0.0614
purpose	~job and	-0.0286
purpose	~job ask	0.0907
purpose	~job board	-0.0203
purpose	~job for	-0.0341
purpose	~job from	0.0252
purpose	~job hunt	0.1205
purpose	~job i	0.1164
purpose	~job in	0.1047
purpose	~job is	-0.0223
purpose	~job just	0.0571
purpose	~job on	-0.0574
purpose	~job or	0.0417
purpose	~job out	0.0654
purpose	~job post	0.0207
purpose	~job so	0.0679
purpose	~later	-0.0786
purpose	~later the	0.0928
purpose	~learn	0.6298
purpose	~learn a	0.184
purpose	~learn actual	0.0783
purpose	~learn and	0.046
purpose	~learn anyon	-0.0324
purpose	~learn as	0.0416
purpose	~learn back	-0.1436
purpose	~learn befor	0.0393
purpose	~learn better	0.0574
purpose	~learn for	-0.0324
purpose	~learn hire	0.1612
purpose	~learn how	0.5359
purpose	~learn i	0.0304
purpose	~learn if	-0.0998
purpose	~learn in	-0.044
purpose	~learn into	-0.1218
purpose	~learn is	0.1426
purpose	~learn look	0.0665
purpose	~learn me	-0.0568
purpose	~learn more	0.1461
purpose	~learn most	-0.022
purpose	~learn my	0.0285
purpose	~learn on	-0.0565
purpose	~learn or	0.0211
purpose	~learn out	0.2705
purpose	~learn realli	0.0878
purpose	~learn start	-0.0239
purpose	~learn stuck	-0.0293
purpose	~learn the	0.131
purpose	~learn their	-0.0302
purpose	~learn thing	-0.0396
purpose	~learn this	-0.0282
purpose	~learn to	-0.0271
purpose	~learn what	0.3562
purpose	~learn whether	0.2075
purpose	~learn which	-0.0598
purpose	~learn who	0.075
purpose	~learn with	-0.0318
purpose	~learn would	0.0363
purpose	~learn you	0.0553
purpose	~learn your	0.1404
purpose	~limit	-0.1673
purpose	~limit actual	0.0522
purpose	~limit and	0.0273
purpose	~limit at	0.0272
purpose	~limit break	-0.025
purpose	~limit for	-0.0306
purpose	~limit get	0.0301
purpose	~limit i	-0.0315
purpose	~limit in	0.0503
purpose	~limit left	-0.039
purpose	~limit on	0.0799
purpose	~limit to	0.1817
purpose	~limit today	-0.0363
purpose	~number	-0.4267
purpose	~number advic	-0.0225
purpose	~number agenc	-0.0243
purpose	~number bachelor	-0.0221
purpose	~number background	-0.0253
purpose	~number best	0.0377
purpose	~number better	0.0302
purpose	~number big	-0.0451
purpose	~number brochur	0.0356
purpose	~number career	0.042
purpose	~number chemistri	-0.0238
purpose	~number clearer	0.1538
purpose	~number clock	-0.0286
purpose	~number code	0.0543
purpose	~number colleagu	0.0371
purpose	~number confer	-0.0338
purpose	~number cultur	-0.0226
purpose	~number day	0.1296
purpose	~number decad	-0.0585
purpose	~number degre	-0.0689
purpose	~number dental	-0.0313
purpose	~number design	-0.0409
purpose	~number end	-0.0281
purpose	~number engin	-0.0371
purpose	~number exam	-0.0226
purpose	~number favor	-0.0295
purpose	~number feel	0.1123
purpose	~number few	0.1585
purpose	~number field	0.247
purpose	~number final	-0.0228
purpose	~number firm	0.1086
purpose	~number first	-0.0391
purpose	~number fit	0.0563
purpose	~number forens	-0.034
purpose	~number friend	0.1397
purpose	~number full	-0.0208
purpose	~number great	-0.0217
purpose	~number growth	0.0524
purpose	~number half	-0.0239
purpose	~number hand	0.0775
purpose	~number head	0.0726
purpose	~number hire	0.0519
purpose	~number honest	0.0767
purpose	~number hospit	0.1081
purpose	~number industri	0.027
purpose	~number insid	0.0682
purpose	~number job	0.1258
purpose	~number jump	0.0709
purpose	~number junior	-0.0882
purpose	~number lab	-0.0235
purpose	~number last	-0.0415
purpose	~number licens	0.031
purpose	~number line	-0.0535
purpose	~number littl	0.0586
purpose	~number lot	-0.0716
purpose	~number main	0.1655
purpose	~number major	0.0319
purpose	~number medic	-0.0406
purpose	~number mid	-0.0415
purpose	~number militari	-0.0464
purpose	~number month	-0.035
purpose	~number more	-0.0375
purpose	~number most	-0.0495
purpose	~number move	0.0559
purpose	~number mph	0.043
purpose	~number msw	0.022
purpose	~number much	-0.0535
purpose	~number mutual	0.0567
purpose	~number name	-0.0465
purpose	~number new	-0.0415
purpose	~number night	-0.0264
purpose	~number nonprofit	-0.0236
purpose	~number of	0.0483
purpose	~number on	0.1035
purpose	~number one	0.0835
purpose	~number open	-0.0222
purpose	~number or	-0.0235
purpose	~number outsid	-0.0223
purpose	~number part	-0.0306
purpose	~number path	0.0441
purpose	~number peopl	0.1001
purpose	~number pharmaci	-0.0312
purpose	~number phd	0.0364
purpose	~number point	0.0501
purpose	~number posit	0.0892
purpose	~number privat	0.0238
purpose	~number process	-0.0421
purpose	~number product	-0.0672
purpose	~number program	-0.0592
purpose	~number project	-0.0309
purpose	~number quick	-0.0389
purpose	~number realist	0.1458
purpose	~number realiti	0.1426
purpose	~number reason	0.1915
purpose	~number research	-0.0367
purpose	~number resid	0.1295
purpose	~number rest	-0.0283
purpose	~number resum	-0.0272
purpose	~number retir	0.0261
purpose	~number right	0.071
purpose	~number road	0.1083
purpose	~number role	0.0847
purpose	~number royal	0.0452
purpose	~number salari	-0.0361
purpose	~number short	-0.037
purpose	~number skill	-0.0275
purpose	~number small	-0.0648
purpose	~number smartest	0.1086
purpose	~number soc	0.0242
purpose	~number sophomor	0.0477
purpose	~number stage	0.0922
purpose	~number start	0.0566
purpose	~number stay	-0.0363
purpose	~number student	-0.0476
purpose	~number summer	-0.0296
purpose	~number switch	0.0798
purpose	~number time	-0.0548
purpose	~number turnaround	0.0226
purpose	~number typic	0.023
purpose	~number week	-0.0319
purpose	~number whole	0.03
purpose	~number word	-0.0204
purpose	~number work	0.1208
purpose	~number you	0.0704
purpose	~org	-0.2287
purpose	~org administr	-0.0276
purpose	~org and	0.1464
purpose	~org decid	0.0679
purpose	~org ever	-0.0313
purpose	~org for	0.0293
purpose	~org has	-0.0309
purpose	~org if	0.036
purpose	~org just	-0.0228
purpose	~org last	-0.0409
purpose	~org like	0.0939
purpose	~org not	0.0462
purpose	~org of	-0.0306
purpose	~org that	0.0307
purpose	~org to	-0.0544
purpose	~org usual	0.1229
purpose	~org which	-0.0266
purpose	~people	0.0697
purpose	~people actual	0.0459
purpose	~people at	0.0725
purpose	~people come	-0.0258
purpose	~people els	-0.0714
purpose	~people get	0.0234
purpose	~people good	0.0276
purpose	~people have	0.1046
purpose	~people hope	-0.0401
purpose	~people i	0.0736
purpose	~people is	0.0501
purpose	~people just	-0.0439
purpose	~people like	-0.0242
purpose	~people made	-0.0537
purpose	~people might	-0.0295
purpose	~people more	-0.0294
purpose	~people new	0.1243
purpose	~people of	0.0741
purpose	~people switch	-0.0243
purpose	~people to	0.0697
purpose	~people tri	-0.0564
purpose	~people want	-0.0493
purpose	~people who	0.0848
purpose	~people work	0.0324
purpose	~people would	-0.0528
purpose	~people you	0.0225
purpose	~sendverb	-0.2156
purpose	~sendverb about	0.0519
purpose	~sendverb my	-0.0369
purpose	~sendverb so	-0.0291
purpose	~sendverb you	-0.0962
purpose	~student	-0.0814
purpose	~student 10	0.04
purpose	~student and	0.0716
purpose	~student associ	0.0274
purpose	~student been	0.0592
purpose	~student dev	0.0555
purpose	~student do	0.0335
purpose	~student for	0.0359
purpose	~student from	-0.0569
purpose	~student i	-0.0482
purpose	~student in	0.3029
purpose	~student now	-0.0423
purpose	~student open	-0.0219
purpose	~student program	-0.0245
purpose	~student scheme	-0.0521
purpose	~student student	0.0387
purpose	~student studi	0.0211
purpose	~student transfer	-0.0301
purpose	~student undeclar	0.0202
purpose	~student who	-0.0715
purpose	~student with	-0.0309
purpose	~student work	0.1021
purpose	~studyverb	-0.1582
purpose	~studyverb a	-0.026
purpose	~studyverb about	-0.0691
purpose	~studyverb econ	0.0279
purpose	~studyverb environment	0.0238
purpose	~studyverb from	-0.0203
purpose	~studyverb into	0.0813
purpose	~studyverb my	0.0268
purpose	~studyverb night	-0.0228
purpose	~studyverb not	-0.0421
purpose	~studyverb out	-0.0245
purpose	~studyverb over	-0.0321
purpose	~studyverb psycholog	-0.0218
purpose	~studyverb you	0.0357
purpose	~talk	0.1689
purpose	~talk about	0.0307
purpose	~talk for	0.0344
purpose	~talk is	0.067
purpose	~talk it	0.0254
purpose	~talk rotat	0.1059
purpose	~talk so	-0.0228
purpose	~talk to	0.2698
purpose	~talk what	0.041
purpose	~talk with	-0.0655
purpose	~talk you	0.0557
purpose	~timeunit	0.0406
purpose	~timeunit at	0.0316
purpose	~timeunit i	-0.0288
purpose	~timeunit left	-0.0388
purpose	~timeunit so	0.0371
purpose	~timeunit to	0.0728
purpose	~want	0.7175
purpose	~want a	0.067
purpose	~want about	0.1214
purpose	~want after	0.0446
purpose	~want also	0.0217
purpose	~want an	0.0442
purpose	~want appreci	-0.0844
purpose	~want at	-0.0357
purpose	~want be	0.0844
purpose	~want call	-0.0319
purpose	~want curious	0.2072
purpose	~want do	-0.0211
purpose	~want ever	-0.0206
purpose	~want feel	0.0207
purpose	~want five	-0.0209
purpose	~want for	0.3383
purpose	~want gather	0.075
purpose	~want genuin	0.0427
purpose	~want have	0.0814
purpose	~want help	-0.063
purpose	~want here	0.0448
purpose	~want hope	0.0214
purpose	~want how	0.0624
purpose	~want i	0.1713
purpose	~want in	-0.1119
purpose	~want interest	-0.0493
purpose	~want involv	0.066
purpose	~want is	0.0932
purpose	~want it	-0.1355
purpose	~want jump	-0.022
purpose	~want just	0.2272
purpose	~want keep	-0.0279
purpose	~want like	0.2496
purpose	~want love	-0.092
purpose	~want my	-0.0286
purpose	~want never	-0.0267
purpose	~want out	0.0613
purpose	~want pure	0.0769
purpose	~want rather	0.0747
purpose	~want realli	0.0861
purpose	~want reassur	-0.037
purpose	~want recommend	-0.0639
purpose	~want say	-0.0232
purpose	~want senior	0.0478
purpose	~want so	-0.03
purpose	~want some	0.062
purpose	~want someon	0.13
purpose	~want start	-0.0249
purpose	~want suggest	-0.0485
purpose	~want suit	0.0662
purpose	~want switch	-0.024
purpose	~want talk	-0.0304
purpose	~want tell	0.0684
purpose	~want the	-0.0353
purpose	~want this	0.0567
purpose	~want to	0.725
purpose	~want tri	0.106
purpose	~want valu	0.0453
purpose	~want want	0.2955
purpose	~want what	0.0995
purpose	~want whi	0.0927
purpose	~want you	-0.0811
purpose	~want your	0.1907
purpose	~workverb a	0.0464
purpose	~workverb actual	0.0679
purpose	~workverb and	0.0214
purpose	~workverb as	-0.0427
purpose	~workverb at	-0.051
purpose	~workverb befor	0.04
purpose	~workverb curious	-0.0334
purpose	~workverb for	-0.0547
purpose	~workverb go	0.0532
purpose	~workverb is	0.1458
purpose	~workverb like	-0.0372
purpose	~workverb look	0.0623
purpose	~workverb on	0.0412
purpose	~workverb or	0.02
purpose	~workverb realli	0.0642
purpose	~workverb talk	0.0232
purpose	~workverb three	-0.0416
purpose	~workverb to	-0.0353
purpose	~workverb two	0.1029
purpose	~workverb with	-0.0503
purpose	~workverb would	0.0363
job_ask	*	-3.3155
job_ask	15	-0.0213
job_ask	17	0.0335
job_ask	2 year	0.0223
job_ask	2 ~duration	0.0223
job_ask	20	0.1388
job_ask	20 ~timeunit	0.1388
job_ask	?	0.1898
job_ask	^a	-0.0232
job_ask	^alright	-0.027
job_ask	^also	0.034
job_ask	^ani	-0.0625
job_ask	^anyway	-0.0261
job_ask	^appreci	-0.0291
job_ask	^are	0.0678
job_ask	^befor	-0.1165
job_ask	^best	-0.0282
job_ask	^can	0.1769
job_ask	^cheer	-0.0463
job_ask	^could	0.329
job_ask	^daili	-0.0324
job_ask	^did	-0.0759
job_ask	^do	0.1755
job_ask	^doe	0.0632
job_ask	^enjoy	-0.0221
job_ask	^even	-0.0216
job_ask	^good	-0.0273
job_ask	^happi	-0.0276
job_ask	^have	-0.0355
job_ask	^hey	0.053
job_ask	^hi	-0.0694
job_ask	^honest	0.2504
job_ask	^how	-0.4963
job_ask	^i	0.1648
job_ask	^if	0.083
job_ask	^in	-0.0473
job_ask	^is	0.1305
job_ask	^it	-0.037
job_ask	^just	-0.0486
job_ask	^let	-0.0615
job_ask	^mayb	0.0745
job_ask	^mind	-0.0517
job_ask	^my	-0.1972
job_ask	^oh	-0.0381
job_ask	^ok	-0.0651
job_ask	^onli	-0.0256
job_ask	^out	0.1269
job_ask	^pleas	0.1643
job_ask	^quick	-0.0372
job_ask	^read	-0.0257
job_ask	^realli	-0.0255
job_ask	^right	-0.0458
job_ask	^shall	-0.0231
job_ask	^should	-0.026
job_ask	^sinc	-0.0316
job_ask	^sound	0.0593
job_ask	^take	-0.0267
job_ask	^tell	-0.0287
job_ask	^thank	-0.1125
job_ask	^that	-0.139
job_ask	^this	-0.0276
job_ask	^those	-0.0201
job_ask	^to	-0.0478
job_ask	^total	-0.0466
job_ask	^um	0.1327
job_ask	^wait	-0.0213
job_ask	^was	-0.0223
job_ask	^we	-0.0488
job_ask	^well	-0.0237
job_ask	^what	-0.5731
job_ask	^when	-0.2547
job_ask	^where	-0.065
job_ask	^which	-0.1258
job_ask	^who	-0.0426
job_ask	^worst	-0.0216
job_ask	^would	0.2395
job_ask	^wud	-0.0212
job_ask	^you	0.4992
job_ask	^your	-0.046
job_ask	a	-0.3566
job_ask	a beginn	-0.0382
job_ask	a big	-0.038
job_ask	a bit	-0.0624
job_ask	a busi	-0.0202
job_ask	a candid	-0.0485
job_ask	a career	-0.0412
job_ask	a clinic	-0.0232
job_ask	a colleagu	-0.0214
job_ask	a coupl	-0.0506
job_ask	a credit	-0.0239
job_ask	a data	-0.034
job_ask	a day	-0.0559
job_ask	a degre	0.0545
job_ask	a design	-0.0201
job_ask	a fair	-0.0211
job_ask	a feel	-0.0231
job_ask	a few	-0.0427
job_ask	a fit	0.0236
job_ask	a foreign	-0.0278
job_ask	a formal	-0.0222
job_ask	a gen	-0.0209
job_ask	a good	0.1148
job_ask	a great	-0.0209
job_ask	a hand	-0.0656
job_ask	a hard	-0.0201
job_ask	a hire	0.0308
job_ask	a job	-0.0481
job_ask	a junior	0.1661
job_ask	a lab	0.0229
job_ask	a look	-0.0294
job_ask	a lot	-0.0721
job_ask	a master	-0.0349
job_ask	a mid	-0.0215
job_ask	a name	-0.0459
job_ask	a new	-0.0297
job_ask	a nurs	-0.0424
job_ask	a part	0.0992
job_ask	a portfolio	-0.023
job_ask	a posit	0.0943
job_ask	a product	0.0463
job_ask	a project	-0.029
job_ask	a quick	-0.1143
job_ask	a realist	-0.0215
job_ask	a recruit	0.0236
job_ask	a refer	0.0552
job_ask	a referr	0.2012
job_ask	a resum	-0.1
job_ask	a role	0.1208
job_ask	a second	-0.0502
job_ask	a self	0.043
job_ask	a short	-0.0939
job_ask	a similar	-0.0433
job_ask	a small	-0.0349
job_ask	a smaller	-0.0295
job_ask	a spot	0.1484
job_ask	a student	-0.0618
job_ask	a summer	0.0542
job_ask	a thank	-0.0306
job_ask	a trial	0.1326
job_ask	a typic	-0.0723
job_ask	a volunt	0.0381
job_ask	a week	0.14
job_ask	a word	0.0411
job_ask	a ~application	-0.1
job_ask	a ~closing	0.0788
job_ask	a ~degree	-0.0301
job_ask	a ~duration	-0.0263
job_ask	a ~gatekeeper	0.0624
job_ask	a ~hiring	0.0207
job_ask	a ~insight	0.0787
job_ask	a ~job	0.4428
job_ask	a ~limit	-0.0559
job_ask	a ~number	-0.1028
job_ask	a ~org	-0.0762
job_ask	a ~people	-0.0244
job_ask	a ~student	0.0245
job_ask	a ~talk	-0.023
job_ask	abil	-0.036
job_ask	abl	0.2043
job_ask	abl to	0.2043
job_ask	about	-0.4421
job_ask	about appli	0.0318
job_ask	about how	-0.0628
job_ask	about me	-0.0253
job_ask	about open	-0.0237
job_ask	about suppli	-0.0298
job_ask	about your	-0.0539
job_ask	about ~job	-0.0346
job_ask	about ~number	-0.0375
job_ask	account	-0.0596
job_ask	across	-0.0551
job_ask	actual	-0.0514
job_ask	actual appli	0.0292
job_ask	actual ~want	0.102
job_ask	add	0.0599
job_ask	add you	-0.072
job_ask	administr	-0.042
job_ask	advertis	0.0478
job_ask	advic	-0.131
job_ask	advic on	-0.025
job_ask	advic you	-0.0236
job_ask	advis	-0.0534
job_ask	after	-0.1713
job_ask	after a	-0.0504
job_ask	after graduat	0.0478
job_ask	after my	-0.0489
job_ask	after ~number	-0.089
job_ask	afternoon	-0.0444
job_ask	again	-0.146
job_ask	again after	-0.0294
job_ask	again if	-0.0204
job_ask	again ~want	-0.0297
job_ask	agenc	0.0545
job_ask	agre to	0.0321
job_ask	ai	-0.0239
job_ask	all	0.0421
job_ask	all i	-0.0331
job_ask	all my	-0.0453
job_ask	all of	-0.0269
job_ask	all right	0.0854
job_ask	along	0.1358
job_ask	along to	0.0864
job_ask	alreadi	-0.0326
job_ask	alright	-0.1097
job_ask	alright i	-0.0234
job_ask	alright if	-0.0618
job_ask	also	0.2199
job_ask	also is	0.1294
job_ask	also love	0.0445
job_ask	alumni	-0.0428
job_ask	alumni from	-0.0317
job_ask	alway	-0.0613
job_ask	am	-0.0699
job_ask	am a	-0.0519
job_ask	am appli	0.0479
job_ask	am around	-0.041
job_ask	am glad	-0.0206
job_ask	am go	-0.043
job_ask	am graduat	0.0564
job_ask	am grate	-0.0204
job_ask	am here	-0.0582
job_ask	am hope	0.1679
job_ask	am in	-0.0379
job_ask	am interest	0.1264
job_ask	am just	-0.0443
job_ask	am keen	0.0561
job_ask	am kind	0.1131
job_ask	am most	0.1134
job_ask	am not	-0.2735
job_ask	am now	-0.0245
job_ask	am pretti	-0.0451
job_ask	am priya	-0.0234
job_ask	am realli	0.0687
job_ask	am tri	-0.0554
job_ask	am veri	0.1131
job_ask	am your	-0.0224
job_ask	am ~number	-0.0687
job_ask	am ~studyverb	0.0274
job_ask	am ~want	0.3323
job_ask	an	0.4027
job_ask	an analyst	-0.0321
job_ask	an apprenticeship	0.0213
job_ask	an entri	0.0323
job_ask	an event	-0.0275
job_ask	an exercis	-0.0317
job_ask	an extra	0.0559
job_ask	an internship	0.0465
job_ask	an interview	0.3632
job_ask	an intro	-0.0552
job_ask	an introduct	-0.0572
job_ask	an open	0.1267
job_ask	an unpaid	0.1277
job_ask	an updat	-0.031
job_ask	an ~job	0.1664
job_ask	an ~student	-0.0605
job_ask	an ~talk	0.3536
job_ask	analys	-0.0299
job_ask	analysi	-0.0485
job_ask	analyst	0.1051
job_ask	analyst in	-0.0288
job_ask	analyst open	0.0349
job_ask	analyst program	0.0755
job_ask	analyst role	0.0216
job_ask	analyst ~degree	0.0755
job_ask	analyst ~job	0.1156
job_ask	analyt	-0.0514
job_ask	and	-0.0464
job_ask	and a	0.2115
job_ask	and also	0.082
job_ask	and honest	-0.022
job_ask	and how	-0.0209
job_ask	and i	-0.0804
job_ask	and if	0.3253
job_ask	and mention	0.064
job_ask	and now	-0.0202
job_ask	and send	-0.0329
job_ask	and thank	-0.0328
job_ask	and the	-0.0221
job_ask	and then	0.0579
job_ask	and whether	0.048
job_ask	and would	0.0354
job_ask	and write	-0.0478
job_ask	and ~contactverb	-0.0252
job_ask	and ~number	0.1894
job_ask	and ~sendverb	-0.0393
job_ask	angl	-0.0307
job_ask	angl for	-0.0307
job_ask	ani	1.0731
job_ask	ani alumni	-0.0317
job_ask	ani apprentic	0.0791
job_ask	ani book	-0.0557
job_ask	ani chanc	0.4573
job_ask	ani entri	0.0871
job_ask	ani good	-0.087
job_ask	ani homework	-0.0334
job_ask	ani intern	0.0615
job_ask	ani junior	0.1034
job_ask	ani longer	-0.0205
job_ask	ani mini	-0.0212
job_ask	ani more	-0.0253
job_ask	ani new	0.0721
job_ask	ani of	-0.0355
job_ask	ani open	0.2827
job_ask	ani other	-0.0339
job_ask	ani profession	-0.0485
job_ask	ani summer	0.1372
job_ask	ani time	-0.0213
job_ask	ani vacanc	0.086
job_ask	ani ~insight	-0.0365
job_ask	ani ~job	0.4673
job_ask	ani ~limit	-0.0213
job_ask	ani ~people	-0.0414
job_ask	ani ~student	0.1182
job_ask	anoth	-0.0541
job_ask	answer	0.0207
job_ask	anybodi	-0.0293
job_ask	anyon	-0.0486
job_ask	anyon at	0.0602
job_ask	anyon els	-0.0704
job_ask	anyon in	-0.068
job_ask	anyon who	0.0923
job_ask	anyon ~people	0.0923
job_ask	anyth	0.0526
job_ask	anyth at	0.0232
job_ask	anyth come	0.1381
job_ask	anyth i	-0.2479
job_ask	anyth on	-0.0335
job_ask	anyth open	0.1862
job_ask	anyth you	-0.0497
job_ask	anyth ~job	0.0212
job_ask	anyway	-0.0374
job_ask	anyway i	-0.0234
job_ask	app	-0.0689
job_ask	app i	-0.034
job_ask	appli	0.5934
job_ask	appli for	0.2946
job_ask	appli to	0.2508
job_ask	applic	0.2068
job_ask	applic to	0.037
job_ask	appreci	-0.0637
job_ask	appreci a	0.0986
job_ask	appreci you	-0.1199
job_ask	appreci your	-0.0274
job_ask	appreci ~number	0.0973
job_ask	apprentic	0.0942
job_ask	apprenticeship	0.1172
job_ask	apprenticeship program	0.1131
job_ask	apprenticeship ~degree	0.1125
job_ask	approach	-0.0368
job_ask	architect	0.0245
job_ask	architectur	-0.02
job_ask	are	0.0998
job_ask	are actual	-0.0249
job_ask	are ani	0.0389
job_ask	are busi	0.0718
job_ask	are ever	-0.0299
job_ask	are internship	-0.0688
job_ask	are not	0.022
job_ask	are right	-0.0229
job_ask	are short	0.1819
job_ask	are squeez	-0.02
job_ask	are take	0.07
job_ask	are the	-0.0449
job_ask	are there	-0.0884
job_ask	are worth	-0.0217
job_ask	are you	0.4794
job_ask	are ~hiring	0.0582
job_ask	are ~job	-0.0482
job_ask	are ~number	-0.0499
job_ask	are ~studyverb	0.0686
job_ask	are ~workverb	-0.0222
job_ask	armi logist	0.03
job_ask	around	0.0792
job_ask	articl	-0.0496
job_ask	articl on	-0.0285
job_ask	as	0.3159
job_ask	as a	0.119
job_ask	as i	-0.0425
job_ask	as ~number	0.1208
job_ask	ask	0.0499
job_ask	ask about	-0.0414
job_ask	ask befor	0.0343
job_ask	ask but	0.0908
job_ask	ask for	-0.0603
job_ask	ask if	0.046
job_ask	ask to	0.0479
job_ask	ask whether	0.0575
job_ask	ask you	-0.0398
job_ask	aspect	-0.0203
job_ask	assist	0.2096
job_ask	assist and	0.0736
job_ask	associ	-0.1913
job_ask	associ or	-0.0248
job_ask	associ you	-0.0974
job_ask	at	0.0418
job_ask	at a	-0.14
job_ask	at all	0.1761
job_ask	at an	-0.0301
job_ask	at the	0.1632
job_ask	at time	-0.0257
job_ask	at your	0.117
job_ask	at ~limit	-0.0257
job_ask	at ~number	-0.0221
job_ask	atmospher	-0.0244
job_ask	audit	-0.0291
job_ask	aviat	-0.0298
job_ask	aviat mainten	-0.0298
job_ask	awkward	0.0389
job_ask	back	-0.0306
job_ask	back in	-0.0635
job_ask	back to	-0.0462
job_ask	back with	0.1146
job_ask	bank	-0.0529
job_ask	be	0.6259
job_ask	be a	0.0612
job_ask	be abl	0.2206
job_ask	be alright	-0.0614
job_ask	be clear	-0.0473
job_ask	be comfort	-0.0582
job_ask	be consid	0.3647
job_ask	be glad	-0.1774
job_ask	be good	-0.0312
job_ask	be grate	0.1513
job_ask	be happi	-0.0871
job_ask	be help	-0.0515
job_ask	be hire	0.1266
job_ask	be in	-0.0201
job_ask	be ok	-0.1266
job_ask	be open	-0.1351
job_ask	be possibl	0.1226
job_ask	be quick	0.0921
job_ask	be so	-0.049
job_ask	be someon	0.1947
job_ask	be thrill	0.1567
job_ask	be up	-0.0422
job_ask	be use	-0.1533
job_ask	be veri	0.0212
job_ask	be weird	0.1
job_ask	be will	0.2159
job_ask	be ~help	-0.1533
job_ask	be ~number	0.1371
job_ask	be ~people	0.2853
job_ask	be ~want	0.1461
job_ask	becaus	-0.0625
job_ask	becaus i	-0.0272
job_ask	becom	-0.0343
job_ask	been	-0.1379
job_ask	been realli	-0.0208
job_ask	been ~want	-0.0293
job_ask	befor	-0.264
job_ask	befor appli	-0.0235
job_ask	befor i	-0.1242
job_ask	befor you	-0.0308
job_ask	beginn	-0.0425
job_ask	best	-0.0773
job_ask	best part	-0.0268
job_ask	beta	-0.0658
job_ask	beta test	-0.0425
job_ask	better	-0.0418
job_ask	between	-0.1707
job_ask	between meet	-0.0384
job_ask	between your	-0.025
job_ask	big	-0.0917
job_ask	big four	-0.0234
job_ask	biggest	-0.0319
job_ask	biotech	-0.0286
job_ask	bit	-0.0879
job_ask	bit about	-0.0315
job_ask	bit forward	0.0436
job_ask	bit ~sendverb	0.0436
job_ask	blog	-0.0258
job_ask	board	0.0439
job_ask	book	-0.1311
job_ask	book or	-0.0504
job_ask	book you	-0.0332
job_ask	bookkeep	0.0202
job_ask	bootcamp	-0.0921
job_ask	bootcamp in	0.0234
job_ask	bootcamp is	-0.0269
job_ask	brain	-0.0428
job_ask	break	-0.0442
job_ask	bring	0.3482
job_ask	bring in	0.0825
job_ask	bring on	0.0776
job_ask	brutal	-0.0256
job_ask	budget	-0.0271
job_ask	build	0.0842
job_ask	busi so	0.071
job_ask	but	0.4144
job_ask	but also	0.1203
job_ask	but are	0.1026
job_ask	but could	0.0304
job_ask	but do	0.1063
job_ask	but i	-0.0589
job_ask	but is	0.0245
job_ask	but would	0.0793
job_ask	but ~help	0.1063
job_ask	but ~want	0.0791
job_ask	by	-0.022
job_ask	by ani	0.0967
job_ask	by email	-0.0403
job_ask	by the	-0.0233
job_ask	by ~contactverb	-0.0403
job_ask	by ~number	-0.0284
job_ask	by ~sendverb	-0.0403
job_ask	by ~talk	-0.0403
job_ask	bye	-0.0254
job_ask	calendar	-0.0222
job_ask	call	-0.0956
job_ask	call to	0.049
job_ask	came	-0.044
job_ask	came in	-0.0276
job_ask	can	0.1029
job_ask	can appli	0.0783
job_ask	can be	-0.1024
job_ask	can do	-0.1075
job_ask	can ever	-0.0248
job_ask	can give	0.0677
job_ask	can help	-0.0879
job_ask	can i	0.2308
job_ask	can keep	-0.0278
job_ask	can pass	0.1168
job_ask	can you	0.1115
job_ask	can ~help	-0.1469
job_ask	can ~learn	0.1072
job_ask	can ~sendverb	0.1265
job_ask	candid	-0.103
job_ask	candid about	-0.0201
job_ask	capston	-0.0228
job_ask	card	-0.0424
job_ask	care	-0.0889
job_ask	career	-0.1724
job_ask	career advis	-0.043
job_ask	career changer	-0.0357
job_ask	career fair	-0.0253
job_ask	career in	-0.0236
job_ask	career page	0.0747
job_ask	case	0.1028
job_ask	case a	0.0763
job_ask	case studi	-0.0595
job_ask	case they	0.1061
job_ask	case ~number	0.0763
job_ask	case ~studyverb	-0.0587
job_ask	certif	-0.0952
job_ask	certif or	-0.0243
job_ask	chain	-0.0511
job_ask	chain ~org	0.0237
job_ask	chanc	0.5482
job_ask	chanc i	-0.0232
job_ask	chanc of	0.1629
job_ask	chanc to	0.0459
job_ask	chanc you	0.0424
job_ask	chanc your	0.1773
job_ask	chang	-0.0911
job_ask	changer	-0.0357
job_ask	chat	-0.1952
job_ask	chat with	-0.0766
job_ask	check back	0.0782
job_ask	check in	-0.0439
job_ask	cheer	-0.0508
job_ask	cheer for	-0.0272
job_ask	chef	0.081
job_ask	choos	-0.0205
job_ask	civil	0.0546
job_ask	civil engin	0.0555
job_ask	class	-0.0438
job_ask	clean	-0.0313
job_ask	clear	-0.0804
job_ask	clear i	-0.0538
job_ask	client	-0.0607
job_ask	clinic	-0.0292
job_ask	clinic research	-0.0316
job_ask	clinic ~learn	-0.0388
job_ask	clock	-0.0205
job_ask	close	-0.0523
job_ask	co	0.0381
job_ask	co op	0.0381
job_ask	code	-0.0445
job_ask	colleagu	-0.1218
job_ask	colleagu in	-0.0465
job_ask	come	0.2285
job_ask	come across	-0.043
job_ask	come to	-0.0533
job_ask	come up	0.3159
job_ask	comfort	-0.0783
job_ask	comfort introduc	-0.0952
job_ask	comfort put	0.0536
job_ask	committe	-0.0231
job_ask	common	-0.0337
job_ask	communiti	-0.0475
job_ask	communiti colleg	0.0265
job_ask	communiti for	-0.0258
job_ask	compani	0.0965
job_ask	compani ever	0.0623
job_ask	compani graduat	0.0654
job_ask	compani have	0.0206
job_ask	compani is	-0.0678
job_ask	compani usual	-0.0828
job_ask	compani ~student	0.0654
job_ask	compet	-0.0536
job_ask	compet you	-0.0429
job_ask	complet	-0.04
job_ask	complianc	-0.049
job_ask	complianc ~org	-0.0361
job_ask	confer	-0.0636
job_ask	connect	-0.1887
job_ask	connect me	-0.0312
job_ask	connect on	-0.0337
job_ask	connect with	-0.0735
job_ask	consid	0.6354
job_ask	consid essenti	-0.0458
job_ask	consid for	0.2399
job_ask	consid if	0.0392
job_ask	consid me	0.0934
job_ask	consult	-0.0748
job_ask	contact	0.033
job_ask	contact of	0.0704
job_ask	contract	0.0586
job_ask	contract ~job	0.0453
job_ask	convers	-0.0602
job_ask	coordin	0.1267
job_ask	coordin role	0.0699
job_ask	coordin ~job	0.0869
job_ask	copywrit	0.0824
job_ask	could	0.7089
job_ask	could appli	0.0747
job_ask	could describ	-0.024
job_ask	could do	-0.0531
job_ask	could get	0.1592
job_ask	could help	-0.0451
job_ask	could i	0.2314
job_ask	could intern	0.0928
job_ask	could intro	-0.0472
job_ask	could introduc	-0.0325
job_ask	could make	0.0516
job_ask	could pass	0.0221
job_ask	could put	0.0465
job_ask	could refer	0.1426
job_ask	could take	-0.0274
job_ask	could talk	0.061
job_ask	could tell	-0.052
job_ask	could tri	-0.0651
job_ask	could you	0.2455
job_ask	could ~help	-0.1134
job_ask	could ~insight	-0.0274
job_ask	could ~learn	0.1383
job_ask	could ~student	0.0705
job_ask	could ~talk	0.0322
job_ask	could ~want	-0.0651
job_ask	count	-0.0669
job_ask	count me	-0.0225
job_ask	counti	-0.0295
job_ask	coupl	-0.058
job_ask	coupl of	-0.0378
job_ask	cours	-0.0874
job_ask	cousin	-0.0274
job_ask	cover	-0.0263
job_ask	cover everyth	-0.0305
job_ask	cover letter	0.0306
job_ask	creativ	0.1541
job_ask	creativ director	0.155
job_ask	credit	-0.0638
job_ask	crew	0.0384
job_ask	cultur	0.0308
job_ask	curios	0.0736
job_ask	curios doe	0.0736
job_ask	curious	-0.0211
job_ask	curious about	-0.0314
job_ask	cut	-0.05
job_ask	cut out	-0.0227
job_ask	daili	-0.0329
job_ask	daili routin	-0.0324
job_ask	data	-0.1328
job_ask	data scienc	-0.0335
job_ask	data scientist	-0.0382
job_ask	data team	0.0679
job_ask	data ~org	0.0583
job_ask	dataset	-0.0262
job_ask	day	-0.2411
job_ask	day or	-0.0284
job_ask	day to	-0.0404
job_ask	decent	-0.0375
job_ask	decid	-0.1156
job_ask	decid who	-0.0317
job_ask	decid ~people	-0.0317
job_ask	definit	-0.0334
job_ask	degre	-0.0441
job_ask	degre in	0.0556
job_ask	denver offic	0.0293
job_ask	denver ~org	0.0293
job_ask	depart	0.2907
job_ask	depart ~want	0.0585
job_ask	describ	-0.1347
job_ask	describ the	-0.0728
job_ask	describ ~number	-0.0958
job_ask	design	-0.1289
job_ask	design side	0.0393
job_ask	design ~job	0.0464
job_ask	detail	0.0916
job_ask	dev	0.0405
job_ask	develop	-0.0398
job_ask	did	-0.2931
job_ask	did it	-0.0214
job_ask	did not	-0.0292
job_ask	did the	-0.0452
job_ask	did you	-0.172
job_ask	did your	-0.023
job_ask	did ~number	-0.0512
job_ask	differ	-0.0754
job_ask	differ if	-0.0219
job_ask	director	0.203
job_ask	do	-0.2045
job_ask	do a	0.1123
job_ask	do differ	-0.0202
job_ask	do for	-0.1113
job_ask	do hire	-0.0281
job_ask	do most	-0.0224
job_ask	do not	0.1922
job_ask	do on	-0.0202
job_ask	do peopl	-0.0387
job_ask	do the	-0.0207
job_ask	do this	-0.0288
job_ask	do to	-0.0384
job_ask	do you	0.3172
job_ask	do ~gatekeeper	-0.0395
job_ask	do ~hiring	-0.0281
job_ask	do ~job	-0.0394
job_ask	do ~number	0.0941
job_ask	do ~people	-0.0419
job_ask	doe a	-0.0418
job_ask	doe anyon	-0.0306
job_ask	doe it	-0.0487
job_ask	doe your	0.19
job_ask	doe ~number	-0.0454
job_ask	doe ~people	-0.0368
job_ask	done	-0.1208
job_ask	done ~number	-0.0319
job_ask	door	0.1087
job_ask	down	0.1066
job_ask	down as	0.1577
job_ask	downsid	-0.0259
job_ask	dr	-0.0614
job_ask	dr okafor	-0.0503
job_ask	draft	-0.0333
job_ask	drop	-0.0293
job_ask	dure	-0.0373
job_ask	earli	-0.052
job_ask	earli on	-0.0211
job_ask	earlier	-0.0597
job_ask	econ	-0.0219
job_ask	edit	-0.0433
job_ask	educ	-0.0209
job_ask	eight	-0.031
job_ask	eight year	-0.0272
job_ask	eight ~duration	-0.0272
job_ask	els	-0.1379
job_ask	els i	-0.0207
job_ask	els in	-0.0246
job_ask	email	-0.2172
job_ask	email if	-0.0201
job_ask	email you	-0.1159
job_ask	employe	-0.0248
job_ask	end	-0.1833
job_ask	end up	-0.0709
job_ask	engin	-0.0445
job_ask	engin and	0.0562
job_ask	engin in	-0.0262
job_ask	enjoy	-0.0681
job_ask	enjoy the	-0.0295
job_ask	enjoy ~number	-0.0295
job_ask	enough	-0.0413
job_ask	entri	0.1386
job_ask	entri level	0.1386
job_ask	environment	-0.0302
job_ask	essay	-0.0215
job_ask	essenti	-0.0542
job_ask	essenti for	-0.047
job_ask	even just	-0.0362
job_ask	even ~want	-0.0366
job_ask	evening	-0.0435
job_ask	event	-0.1165
job_ask	event i	-0.0333
job_ask	eventu	0.0502
job_ask	ever	0.2673
job_ask	ever a	0.0674
job_ask	ever anyth	-0.0653
job_ask	ever be	0.056
job_ask	ever bring	0.0412
job_ask	ever hear	0.1374
job_ask	ever help	-0.0352
job_ask	ever hire	-0.0234
job_ask	ever need	-0.1052
job_ask	ever take	0.1808
job_ask	ever want	-0.0505
job_ask	ever ~help	-0.0426
job_ask	ever ~insight	0.1555
job_ask	ever ~learn	0.116
job_ask	ever ~number	0.0786
job_ask	ever ~want	-0.0543
job_ask	everyon	-0.0336
job_ask	everyth	-0.0869
job_ask	everyth i	-0.0247
job_ask	everyth on	-0.0358
job_ask	exam	-0.0381
job_ask	excel	-0.0324
job_ask	exercis	-0.0787
job_ask	exercis for	-0.0237
job_ask	exercis i	-0.0233
job_ask	expect	-0.0209
job_ask	experi	-0.0673
job_ask	experi do	-0.0229
job_ask	experi would	-0.0363
job_ask	experi ~help	-0.0229
job_ask	experi ~want	-0.0363
job_ask	explain	-0.0262
job_ask	explor	-0.0351
job_ask	extra	0.0504
job_ask	extra pair	0.067
job_ask	eye	-0.0425
job_ask	eye open	-0.0201
job_ask	eye ~job	-0.0201
job_ask	fall	0.2014
job_ask	favor	-0.0735
job_ask	feedback	-0.0579
job_ask	feedback on	-0.0383
job_ask	feel	-0.06
job_ask	feel for	-0.0231
job_ask	feel free	-0.0231
job_ask	fellowship	0.0971
job_ask	few	-0.0731
job_ask	few month	-0.0341
job_ask	few week	0.0273
job_ask	few ~duration	-0.0507
job_ask	field	-0.0627
job_ask	fifteen	-0.024
job_ask	fifteen minut	-0.0228
job_ask	fifteen ~limit	-0.0228
job_ask	fifteen ~timeunit	-0.0228
job_ask	figur	-0.0497
job_ask	figur out	-0.0743
job_ask	file	0.0317
job_ask	fill	-0.0544
job_ask	final	-0.028
job_ask	final year	-0.0217
job_ask	final ~duration	-0.0217
job_ask	find	-0.1062
job_ask	find most	-0.0301
job_ask	fine	-0.0573
job_ask	fine if	-0.0302
job_ask	finish	-0.0902
job_ask	finish my	-0.0317
job_ask	finish the	-0.0308
job_ask	finish ~number	-0.0428
job_ask	firm	0.0846
job_ask	firm ever	0.0578
job_ask	firm i	-0.0382
job_ask	firm this	0.0209
job_ask	firm ~help	0.043
job_ask	first	-0.2509
job_ask	first job	-0.0204
job_ask	first year	-0.037
job_ask	first ~duration	-0.037
job_ask	first ~job	-0.0425
job_ask	fit me	-0.0585
job_ask	five	-0.0414
job_ask	flag	0.128
job_ask	flag my	0.1191
job_ask	focus	-0.0311
job_ask	focus on	-0.0236
job_ask	folk	0.1646
job_ask	follow	-0.1886
job_ask	follow up	-0.1318
job_ask	foot	0.156
job_ask	foot in	0.156
job_ask	for	0.1538
job_ask	for a	-0.0659
job_ask	for agre	0.0213
job_ask	for an	-0.0707
job_ask	for ani	0.1234
job_ask	for be	-0.051
job_ask	for entri	0.0346
job_ask	for feedback	-0.0221
job_ask	for fit	-0.0338
job_ask	for get	-0.0416
job_ask	for i	0.021
job_ask	for internat	-0.0245
job_ask	for it	0.0249
job_ask	for like	-0.0227
job_ask	for make	0.0748
job_ask	for me	0.4067
job_ask	for new	-0.0434
job_ask	for next	0.0324
job_ask	for on	-0.0331
job_ask	for peopl	-0.0243
job_ask	for squeez	-0.0403
job_ask	for student	0.0304
job_ask	for that	0.1701
job_ask	for the	0.5405
job_ask	for this	-0.0433
job_ask	for today	0.0266
job_ask	for you	0.1045
job_ask	for your	-0.2404
job_ask	for ~insight	-0.0443
job_ask	for ~later	0.0551
job_ask	for ~number	0.4128
job_ask	for ~student	0.0413
job_ask	foreign	-0.0278
job_ask	forget	-0.0259
job_ask	formal	-0.0284
job_ask	former	-0.0282
job_ask	forward	0.2591
job_ask	forward but	0.0328
job_ask	forward it	0.0541
job_ask	forward my	0.1597
job_ask	found	-0.0545
job_ask	found out	-0.0322
job_ask	four	-0.0409
job_ask	free	-0.0477
job_ask	free to	-0.0231
job_ask	freelanc	0.155
job_ask	freelanc illustr	0.1376
job_ask	freez	0.0474
job_ask	friday	-0.028
job_ask	friend	-0.0505
job_ask	from	-0.5241
job_ask	from a	-0.0417
job_ask	from bootcamp	-0.0352
job_ask	from communiti	0.0441
job_ask	from me	-0.0249
job_ask	from my	-0.0731
job_ask	from our	-0.0203
job_ask	from the	-0.0588
job_ask	from your	-0.0439
job_ask	from ~number	-0.1115
job_ask	from ~people	-0.022
job_ask	front	0.0297
job_ask	full	-0.0378
job_ask	fulli	-0.0281
job_ask	fulli remot	-0.025
job_ask	futur	0.0435
job_ask	futur ~job	0.0588
job_ask	game	-0.1001
job_ask	game design	-0.0313
job_ask	gap	0.1723
job_ask	gather	-0.0285
job_ask	gather inform	-0.0254
job_ask	gather ~insight	-0.0268
job_ask	gave	-0.0204
job_ask	gen	-0.0283
job_ask	gen z	-0.0209
job_ask	general	-0.0336
job_ask	generous	-0.0379
job_ask	generous with	-0.0224
job_ask	genuin	-0.0275
job_ask	get a	0.0212
job_ask	get an	0.0227
job_ask	get back	-0.0452
job_ask	get hire	-0.0261
job_ask	get into	-0.054
job_ask	get me	0.2873
job_ask	get my	0.099
job_ask	get post	0.0223
job_ask	get refer	-0.0307
job_ask	get to	-0.0321
job_ask	get your	-0.0523
job_ask	get ~number	0.0282
job_ask	give	-0.119
job_ask	give up	-0.0241
job_ask	give you	-0.0235
job_ask	give ~number	-0.0261
job_ask	give ~people	-0.0214
job_ask	glad	-0.2003
job_ask	glad to	-0.198
job_ask	go	-0.1647
job_ask	go about	0.0289
job_ask	go at	0.0548
job_ask	go but	0.0297
job_ask	go i	0.0492
job_ask	go into	-0.0363
job_ask	go is	-0.0297
job_ask	go to	-0.0759
job_ask	go ~want	-0.0206
job_ask	goal	-0.0229
job_ask	goe	-0.0681
job_ask	good	-0.0825
job_ask	good at	-0.02
job_ask	good book	-0.0386
job_ask	good for	-0.0217
job_ask	good word	0.1805
job_ask	good ~closing	-0.0234
job_ask	good ~limit	-0.0217
job_ask	got	0.0424
job_ask	got into	-0.0324
job_ask	got my	0.2147
job_ask	got ~number	-0.0314
job_ask	govern	-0.0284
job_ask	grad	0.0723
job_ask	grad program	-0.0393
job_ask	grad role	0.0564
job_ask	grad school	-0.0336
job_ask	grad this	0.1589
job_ask	grad with	0.0216
job_ask	grad ~degree	-0.0359
job_ask	grad ~job	0.0564
job_ask	grad ~org	-0.0306
job_ask	graduat	0.3409
job_ask	graduat in	0.0229
job_ask	graduat scheme	0.0713
job_ask	graduat ~degree	0.0688
job_ask	grant	-0.0807
job_ask	grant applic	-0.0204
job_ask	grant write	-0.0422
job_ask	grant ~application	-0.0204
job_ask	grate	0.1359
job_ask	grate for	-0.0663
job_ask	grate if	0.2258
job_ask	great	-0.0595
job_ask	group	0.0909
job_ask	group ever	0.0479
job_ask	group i	0.0307
job_ask	group or	-0.0262
job_ask	grow into	-0.0217
job_ask	guy	0.4346
job_ask	guy hire	0.2153
job_ask	guy ~gatekeeper	0.2153
job_ask	guy ~hiring	0.246
job_ask	had	-0.0453
job_ask	half	-0.0323
job_ask	half hour	-0.0317
job_ask	half ~limit	-0.0317
job_ask	half ~timeunit	-0.0317
job_ask	hand	-0.0428
job_ask	hand on	-0.0464
job_ask	hand with	-0.0352
job_ask	handi	-0.0646
job_ask	handi with	-0.0362
job_ask	handl ~hiring	0.0313
job_ask	hang	-0.0249
job_ask	happen	0.0733
job_ask	happen at	-0.0227
job_ask	happen to	0.1123
job_ask	happi	-0.1687
job_ask	happi to	-0.159
job_ask	happili	-0.0322
job_ask	hard	0.0203
job_ask	hard stop	-0.0201
job_ask	has	0.0629
job_ask	has ani	0.0829
job_ask	has been	-0.0264
job_ask	has ~number	0.0313
job_ask	has ~workverb	-0.0268
job_ask	hate	0.1165
job_ask	hate to	0.1165
job_ask	have	-0.2319
job_ask	have a	-0.0647
job_ask	have an	0.0801
job_ask	have ani	0.1716
job_ask	have been	-0.0807
job_ask	have done	-0.0361
job_ask	have finish	-0.0498
job_ask	have got	-0.0351
job_ask	have to	-0.0401
job_ask	have ~studyverb	-0.0523
job_ask	have ~workverb	-0.1002
job_ask	head	0.0474
job_ask	head of	0.0944
job_ask	headcount	0.1546
job_ask	health	-0.058
job_ask	hear	-0.0349
job_ask	hear about	-0.0292
job_ask	hear from	-0.0219
job_ask	hear how	-0.0597
job_ask	hear of	0.1998
job_ask	hear their	-0.0511
job_ask	heard	-0.0294
job_ask	help	-0.2934
job_ask	help me	0.169
job_ask	help new	-0.0359
job_ask	help out	-0.0477
job_ask	help to	-0.051
job_ask	help with	-0.1035
job_ask	help you	-0.1168
job_ask	helper	0.2608
job_ask	her	-0.1127
job_ask	here	-0.2081
job_ask	here i	-0.0269
job_ask	here to	-0.0646
job_ask	hesit	-0.0227
job_ask	hey	0.053
job_ask	hey random	0.0386
job_ask	hey so	0.0465
job_ask	hi	-0.0784
job_ask	high	-0.0382
job_ask	hire	0.7967
job_ask	hire a	0.1726
job_ask	hire at	0.143
job_ask	hire do	0.1316
job_ask	hire for	-0.0852
job_ask	hire freez	0.0491
job_ask	hire intern	0.0428
job_ask	hire junior	0.0602
job_ask	hire manag	0.0281
job_ask	hire me	0.0288
job_ask	hire process	-0.0628
job_ask	hire right	0.1908
job_ask	hire summer	0.0497
job_ask	hire team	0.0216
job_ask	hire ~gatekeeper	0.0281
job_ask	hire ~help	0.1316
job_ask	hire ~number	0.1726
job_ask	hire ~student	0.0323
job_ask	hit	-0.0219
job_ask	home	-0.0285
job_ask	homework	-0.0541
job_ask	honest	0.1331
job_ask	honest i	0.273
job_ask	honest take	-0.0895
job_ask	honest that	-0.0437
job_ask	honest ~insight	-0.1142
job_ask	hop	-0.0289
job_ask	hope	0.4329
job_ask	hope it	0.0377
job_ask	hope to	0.0578
job_ask	hope you	0.2721
job_ask	hospit	-0.0553
job_ask	hospit administr	-0.0326
job_ask	hour	0.2024
job_ask	hour i	0.0862
job_ask	hour you	0.0284
job_ask	hous	-0.0438
job_ask	how	-1.1337
job_ask	how a	-0.0215
job_ask	how did	-0.0935
job_ask	how do	-0.1463
job_ask	how doe	-0.0696
job_ask	how i	-0.0278
job_ask	how is	-0.0297
job_ask	how it	-0.0565
job_ask	how long	-0.0342
job_ask	how mani	-0.0583
job_ask	how much	-0.0403
job_ask	how my	-0.028
job_ask	how the	-0.0798
job_ask	how they	-0.0327
job_ask	how you	-0.1159
job_ask	how your	-0.1033
job_ask	how ~help	-0.1499
job_ask	how ~number	-0.1095
job_ask	how ~studyverb	-0.0935
job_ask	howard	-0.0203
job_ask	hunt	-0.0357
job_ask	i	0.0319
job_ask	i add	-0.0685
job_ask	i am	-0.069
job_ask	i appli	0.2918
job_ask	i appreci	-0.0414
job_ask	i ask	0.0417
job_ask	i be	0.2069
job_ask	i can	-0.068
job_ask	i check	0.0787
job_ask	i come	-0.0402
job_ask	i connect	-0.0411
job_ask	i could	0.0282
job_ask	i decid	-0.0261
job_ask	i email	-0.0873
job_ask	i end	-0.0318
job_ask	i figur	-0.0227
job_ask	i follow	-0.049
job_ask	i forget	-0.0259
job_ask	i found	-0.034
job_ask	i get	-0.0263
job_ask	i go	-0.0226
job_ask	i got	0.1741
job_ask	i had	-0.0449
job_ask	i hate	0.1194
job_ask	i have	-0.3102
job_ask	i hear	-0.0216
job_ask	i join	-0.0211
job_ask	i just	-0.0395
job_ask	i know	-0.0642
job_ask	i learn	-0.0355
job_ask	i like	-0.0262
job_ask	i look	-0.0215
job_ask	i mean	-0.0256
job_ask	i mention	-0.0388
job_ask	i might	0.0261
job_ask	i need	-0.0293
job_ask	i pass	0.0384
job_ask	i promis	-0.0376
job_ask	i put	0.1574
job_ask	i reach	-0.0613
job_ask	i realiz	-0.023
job_ask	i realli	-0.0692
job_ask	i saw	0.0715
job_ask	i send	0.1043
job_ask	i sent	-0.0261
job_ask	i shadow	0.1432
job_ask	i should	-0.0661
job_ask	i spent	-0.034
job_ask	i talk	-0.0221
job_ask	i think	-0.0873
job_ask	i use	-0.0255
job_ask	i want	-0.0904
job_ask	i was	-0.0338
job_ask	i will	-0.425
job_ask	i work	-0.037
job_ask	i would	0.4146
job_ask	i ~contactverb	-0.0777
job_ask	i ~help	-0.0254
job_ask	i ~learn	-0.1909
job_ask	i ~sendverb	0.0762
job_ask	i ~student	0.025
job_ask	i ~studyverb	-0.0304
job_ask	i ~talk	-0.1194
job_ask	i ~want	0.1389
job_ask	i ~workverb	-0.0868
job_ask	idea	-0.0277
job_ask	if	0.3797
job_ask	if a	0.1881
job_ask	if ani	-0.0236
job_ask	if anyon	-0.0221
job_ask	if anyth	0.2583
job_ask	if i	-0.2674
job_ask	if it	0.1157
job_ask	if more	-0.0488
job_ask	if so	0.1273
job_ask	if that	-0.0864
job_ask	if the	0.0954
job_ask	if there	0.058
job_ask	if they	0.051
job_ask	if this	0.0236
job_ask	if you	-0.0684
job_ask	if your	0.0786
job_ask	if ~number	0.2788
job_ask	if ~people	-0.0275
job_ask	illustr	0.133
job_ask	illustr ~workverb	0.1381
job_ask	import	-0.0313
job_ask	in	-0.2283
job_ask	in a	0.0267
job_ask	in ani	0.0777
job_ask	in between	-0.0797
job_ask	in case	0.1794
job_ask	in civil	0.0598
job_ask	in general	-0.0275
job_ask	in hospit	-0.0299
job_ask	in hour	0.1004
job_ask	in may	0.0415
job_ask	in mind	0.3108
job_ask	in my	-0.0844
job_ask	in onc	-0.0217
job_ask	in polici	-0.03
job_ask	in retail	-0.0251
job_ask	in return	-0.0482
job_ask	in the	0.2191
job_ask	in their	-0.0284
job_ask	in this	-0.0643
job_ask	in touch	-0.1269
job_ask	in with	-0.0399
job_ask	in your	-0.0615
job_ask	in ~contactverb	-0.1321
job_ask	in ~help	-0.0482
job_ask	in ~limit	0.1001
job_ask	in ~number	0.2561
job_ask	in ~org	-0.0385
job_ask	in ~timeunit	0.1004
job_ask	industri	-0.0927
job_ask	inform	-0.0848
job_ask	insid	-0.0206
job_ask	intens	0.0547
job_ask	interest	0.1415
job_ask	interest in	0.1079
job_ask	intern	0.5908
job_ask	intern for	0.0353
job_ask	intern this	0.0683
job_ask	intern with	0.1382
job_ask	intern ~job	0.0676
job_ask	internal	0.1287
job_ask	internat	-0.0413
job_ask	internat graduat	-0.0245
job_ask	internship	0.0817
job_ask	internship at	-0.0346
job_ask	internship in	0.0459
job_ask	interview	0.2893
job_ask	interview process	-0.0248
job_ask	interview there	0.2073
job_ask	interview with	0.0458
job_ask	into	-0.2877
job_ask	into a	0.0562
job_ask	into this	-0.0297
job_ask	into ~number	0.0401
job_ask	intro	-0.1254
job_ask	intro me	-0.0566
job_ask	introduc	-0.2465
job_ask	introduc me	-0.2173
job_ask	introduct	-0.084
job_ask	introduct to	-0.0406
job_ask	involv	-0.0365
job_ask	is	-0.3708
job_ask	is a	0.0497
job_ask	is actual	-0.0284
job_ask	is all	-0.0421
job_ask	is ani	-0.0208
job_ask	is anyon	0.0518
job_ask	is anyth	-0.0354
job_ask	is done	-0.044
job_ask	is ever	0.0461
job_ask	is everyth	-0.0346
job_ask	is for	-0.0376
job_ask	is hire	0.0516
job_ask	is it	-0.1078
job_ask	is kind	0.0305
job_ask	is ok	0.0202
job_ask	is on	-0.0206
job_ask	is realli	-0.0394
job_ask	is someth	-0.0253
job_ask	is structur	-0.0264
job_ask	is that	0.0239
job_ask	is the	-0.2029
job_ask	is there	0.1955
job_ask	is work	-0.0309
job_ask	is worth	-0.0526
job_ask	is your	0.1631
job_ask	is ~gatekeeper	0.0516
job_ask	is ~hiring	0.1754
job_ask	is ~number	-0.1693
job_ask	is ~people	0.0409
job_ask	is ~studyverb	0.1177
job_ask	is ~want	-0.0555
job_ask	is ~workverb	-0.0481
job_ask	it	-0.1002
job_ask	it along	0.0466
job_ask	it and	-0.028
job_ask	it be	0.0978
job_ask	it help	-0.0401
job_ask	it if	0.0234
job_ask	it is	-0.0438
job_ask	it most	-0.0367
job_ask	it out	-0.0237
job_ask	it possibl	0.0457
job_ask	it seem	0.0224
job_ask	it take	0.1797
job_ask	it there	-0.0445
job_ask	it to	0.0604
job_ask	it went	-0.0236
job_ask	it work	0.0554
job_ask	it ~help	-0.0235
job_ask	it ~insight	0.1805
job_ask	it ~want	-0.0526
job_ask	job	-0.3026
job_ask	job at	0.061
job_ask	job hunt	-0.0301
job_ask	job in	-0.0458
job_ask	job just	-0.0238
job_ask	job so	0.0226
job_ask	job ~want	-0.0347
job_ask	join	0.063
job_ask	journal	-0.0233
job_ask	jump	0.1302
job_ask	jump at	0.1776
job_ask	junior	0.299
job_ask	junior analyst	0.0338
job_ask	junior design	-0.0225
job_ask	junior engin	-0.0283
job_ask	junior right	0.0995
job_ask	junior ~job	0.0215
job_ask	junior ~people	-0.0227
job_ask	just	-0.3925
job_ask	just curious	0.0208
job_ask	just share	-0.0203
job_ask	just so	-0.0408
job_ask	just to	-0.1149
job_ask	just tri	-0.0235
job_ask	just valu	-0.0244
job_ask	just want	-0.0405
job_ask	just ~want	-0.0779
job_ask	keen	0.1417
job_ask	keen to	0.0798
job_ask	keep	0.1927
job_ask	keep me	0.3531
job_ask	keep my	0.0777
job_ask	keep this	-0.0286
job_ask	keep up	-0.0486
job_ask	keep you	-0.1154
job_ask	kept	0.0397
job_ask	kid	-0.0202
job_ask	kind	0.0939
job_ask	kind of	0.1255
job_ask	kitchen	0.0798
job_ask	know	0.2477
job_ask	know ani	-0.0374
job_ask	know anyon	0.1146
job_ask	know how	-0.0541
job_ask	know i	0.1047
job_ask	know if	0.2105
job_ask	know it	-0.0234
job_ask	know other	0.0504
job_ask	know that	0.0214
job_ask	know this	0.0568
job_ask	know we	-0.0258
job_ask	know whether	-0.0419
job_ask	know which	-0.0262
job_ask	know who	0.0287
job_ask	know you	0.0362
job_ask	know your	-0.0765
job_ask	know ~people	0.1235
job_ask	lab	0.0889
job_ask	lab take	0.0734
job_ask	lab tech	0.0421
job_ask	lab ~student	0.0288
job_ask	ladder	-0.0262
job_ask	land	0.1782
job_ask	land a	0.1933
job_ask	land ~number	0.2076
job_ask	last	-0.094
job_ask	last question	-0.0212
job_ask	last summer	-0.0371
job_ask	last thing	0.0223
job_ask	last week	0.0607
job_ask	last ~closing	0.0598
job_ask	last ~job	-0.0343
job_ask	late in	0.0482
job_ask	later	-0.1131
job_ask	launch	-0.0292
job_ask	law	-0.0682
job_ask	law school	-0.0298
job_ask	law ~org	-0.0344
job_ask	lead	-0.0671
job_ask	leadership	-0.0324
job_ask	learn	-0.0392
job_ask	learn about	0.1002
job_ask	learn today	-0.0204
job_ask	leav	-0.1194
job_ask	leav it	-0.0384
job_ask	left	-0.0391
job_ask	legal	0.0417
job_ask	let	-0.059
job_ask	let you	-0.1851
job_ask	letter	0.0301
job_ask	level	0.1357
job_ask	level posit	0.0637
job_ask	level role	0.0426
job_ask	level ~job	0.0909
job_ask	licens	-0.036
job_ask	like	-0.3611
job_ask	like for	-0.0464
job_ask	like me	-0.0308
job_ask	like share	-0.0314
job_ask	like the	-0.034
job_ask	like to	-0.0396
job_ask	like when	-0.0325
job_ask	like your	-0.0431
job_ask	like ~number	0.0708
job_ask	line	-0.0269
job_ask	link	-0.0204
job_ask	linkedin	-0.277
job_ask	linkedin after	-0.0312
job_ask	linkedin much	-0.0259
job_ask	linkedin so	-0.0368
job_ask	linkedin ~want	-0.0312
job_ask	list	-0.0827
job_ask	littl about	-0.0208
job_ask	lmk	0.0206
job_ask	logist offic	0.022
job_ask	logist ~student	0.022
job_ask	long	-0.1069
job_ask	longer	-0.0351
job_ask	look	-0.2726
job_ask	look at	-0.0354
job_ask	look for	-0.2122
job_ask	look into	-0.023
job_ask	look like	-0.159
job_ask	look to	0.1461
job_ask	lot	-0.0721
job_ask	lot of	-0.0339
job_ask	love	0.063
job_ask	love an	-0.04
job_ask	love for	0.1168
job_ask	love it	-0.0263
job_ask	love to	0.0984
job_ask	love your	-0.0573
job_ask	love ~number	-0.0455
job_ask	lunch	-0.0376
job_ask	lunch break	-0.0249
job_ask	made	-0.0851
job_ask	made the	-0.0384
job_ask	made you	-0.0239
job_ask	made ~number	-0.046
job_ask	main	-0.062
job_ask	main want	-0.0209
job_ask	main ~want	-0.0305
job_ask	mainten	-0.0302
job_ask	major	-0.0229
job_ask	make	-0.1233
job_ask	make a	-0.0824
job_ask	make an	0.0498
job_ask	make sens	-0.0393
job_ask	make the	-0.0303
job_ask	make time	0.0769
job_ask	make ~insight	-0.0393
job_ask	make ~limit	0.0769
job_ask	make ~number	-0.0629
job_ask	manag	-0.1328
job_ask	manag at	-0.0228
job_ask	manag for	0.0744
job_ask	mani	-0.1214
job_ask	mani peopl	-0.031
job_ask	mani ~job	-0.0367
job_ask	mani ~people	-0.031
job_ask	march would	0.0229
job_ask	march ~want	0.0229
job_ask	market ~student	0.0258
job_ask	master	-0.0554
job_ask	match	-0.0257
job_ask	materi	-0.0429
job_ask	matter	-0.0756
job_ask	matter more	-0.0208
job_ask	matter most	-0.032
job_ask	may	0.0332
job_ask	may with	0.0507
job_ask	mayb	0.0596
job_ask	mayb in	-0.0203
job_ask	mayb you	0.0755
job_ask	mba	-0.0339
job_ask	me	0.601
job_ask	me a	-0.0854
job_ask	me about	-0.0619
job_ask	me an	0.3331
job_ask	me and	-0.0283
job_ask	me as	0.0665
job_ask	me check	-0.036
job_ask	me do	0.0462
job_ask	me email	-0.0248
job_ask	me for	0.3231
job_ask	me get	0.1061
job_ask	me how	-0.0532
job_ask	me i	-0.0309
job_ask	me if	-0.0254
job_ask	me in	0.1395
job_ask	me internal	0.1581
job_ask	me know	0.0651
job_ask	me on	0.0961
job_ask	me reach	-0.032
job_ask	me so	-0.042
job_ask	me the	0.0333
job_ask	me through	-0.1153
job_ask	me to	-0.2159
job_ask	me too	-0.0531
job_ask	me toward	-0.045
job_ask	me understand	-0.0214
job_ask	me what	-0.0208
job_ask	me when	0.0404
job_ask	me which	-0.0439
job_ask	me with	0.0509
job_ask	me your	-0.0367
job_ask	me ~learn	0.1426
job_ask	me ~number	0.2754
job_ask	me ~talk	-0.0342
job_ask	me ~want	0.0529
job_ask	mean	-0.0515
job_ask	meet	-0.0457
job_ask	meet and	0.0325
job_ask	meet is	0.0514
job_ask	member	-0.0244
job_ask	mention	0.0328
job_ask	mention you	0.1493
job_ask	mention your	-0.0565
job_ask	mention ~want	0.089
job_ask	mentor	-0.0665
job_ask	mentor a	-0.03
job_ask	mentor ~number	-0.0314
job_ask	mid	-0.0219
job_ask	mid size	-0.0215
job_ask	might	0.3615
job_ask	might be	0.2181
job_ask	might have	0.0748
job_ask	might share	-0.0205
job_ask	might there	0.0607
job_ask	might ~sendverb	-0.0205
job_ask	mind	0.1697
job_ask	mind for	0.1286
job_ask	mind if	-0.0457
job_ask	mini	-0.0244
job_ask	mini project	-0.0244
job_ask	minut	-0.137
job_ask	model	-0.0205
job_ask	moment	0.1678
job_ask	month	-0.0556
job_ask	month onc	-0.028
job_ask	more	-0.2881
job_ask	more about	-0.0316
job_ask	more of	-0.0274
job_ask	more question	-0.0895
job_ask	more than	-0.0262
job_ask	morn	-0.0274
job_ask	most	-0.2166
job_ask	most hope	0.1221
job_ask	most in	-0.0243
job_ask	most of	-0.0202
job_ask	most ~want	0.0972
job_ask	motiv	0.0516
job_ask	move	-0.0432
job_ask	ms	-0.0214
job_ask	much	-0.1693
job_ask	much for	0.0397
job_ask	much when	-0.0385
job_ask	museum	-0.0281
job_ask	must	-0.0333
job_ask	my	0.5139
job_ask	my applic	0.2185
job_ask	my background	0.064
job_ask	my capston	-0.0228
job_ask	my career	-0.044
job_ask	my case	-0.0514
job_ask	my certif	-0.0245
job_ask	my cousin	-0.0266
job_ask	my cover	0.0516
job_ask	my detail	0.1063
job_ask	my end	-0.0294
job_ask	my experi	-0.0363
job_ask	my foot	0.1079
job_ask	my internship	-0.0347
job_ask	my list	-0.0452
job_ask	my manag	-0.0472
job_ask	my name	0.1265
job_ask	my note	-0.0288
job_ask	my own	0.1612
job_ask	my portfolio	0.1592
job_ask	my posit	-0.0258
job_ask	my program	-0.0316
job_ask	my question	-0.0859
job_ask	my resum	0.5526
job_ask	my thesi	-0.0536
job_ask	my way	0.1371
job_ask	my ~application	0.771
job_ask	my ~degree	-0.0706
job_ask	my ~gatekeeper	-0.0472
job_ask	my ~insight	-0.0421
job_ask	my ~job	-0.0752
job_ask	my ~org	-0.0442
job_ask	my ~student	-0.0861
job_ask	my ~talk	-0.0281
job_ask	myself	-0.0255
job_ask	name	0.1668
job_ask	name come	-0.0335
job_ask	name in	0.05
job_ask	name of	-0.0453
job_ask	near	-0.0393
job_ask	necessari	-0.0222
job_ask	need an	0.0728
job_ask	need ani	0.1759
job_ask	need someon	-0.0277
job_ask	need to	-0.0739
job_ask	need volunt	-0.022
job_ask	need ~number	0.068
job_ask	need ~people	-0.0277
job_ask	network	-0.0413
job_ask	never	-0.0594
job_ask	never ask	-0.0246
job_ask	never ~learn	-0.0286
job_ask	never ~talk	-0.0246
job_ask	new	-0.0653
job_ask	new grad	0.0246
job_ask	new hire	-0.0291
job_ask	new ~org	0.0381
job_ask	new ~student	-0.0257
job_ask	newslett	-0.0492
job_ask	next	0.1002
job_ask	next call	-0.0211
job_ask	next few	-0.0252
job_ask	next month	-0.0471
job_ask	next spring	0.0659
job_ask	next step	-0.0501
job_ask	next summer	0.056
job_ask	next week	0.0289
job_ask	next year	0.1308
job_ask	next ~closing	0.0289
job_ask	next ~contactverb	-0.0211
job_ask	next ~duration	0.1256
job_ask	next ~number	-0.0311
job_ask	next ~talk	-0.0294
job_ask	night	-0.0563
job_ask	no pressur	0.0503
job_ask	nonprofit	-0.0829
job_ask	nonprofit ever	-0.0368
job_ask	normal	-0.0334
job_ask	not	-0.2856
job_ask	not angl	-0.0282
job_ask	not ask	-0.05
job_ask	not feel	0.0852
job_ask	not here	-0.0384
job_ask	not hesit	-0.0227
job_ask	not job	-0.027
job_ask	not look	-0.1049
job_ask	not realli	0.0363
job_ask	not suppos	0.0679
job_ask	not take	-0.0217
job_ask	not to	-0.0308
job_ask	not want	-0.0201
job_ask	not ~insight	-0.0217
job_ask	not ~job	-0.027
job_ask	not ~want	-0.1489
job_ask	note	-0.1588
job_ask	note from	-0.0274
job_ask	note on	-0.0265
job_ask	now	0.2809
job_ask	now but	0.0485
job_ask	now or	0.1337
job_ask	nurs	-0.2221
job_ask	nurs practition	-0.0444
job_ask	of	0.0262
job_ask	of a	-0.0469
job_ask	of anyon	-0.0311
job_ask	of anyth	0.0514
job_ask	of curios	0.0736
job_ask	of eye	-0.0315
job_ask	of hand	0.0785
job_ask	of me	0.0893
job_ask	of peopl	-0.0249
job_ask	of that	-0.032
job_ask	of the	-0.1358
job_ask	of thing	-0.0226
job_ask	of this	-0.0201
job_ask	of today	0.0384
job_ask	of what	-0.0312
job_ask	of work	-0.0213
job_ask	of ~number	-0.1876
job_ask	of ~people	-0.0684
job_ask	of ~workverb	0.0279
job_ask	off	-0.1093
job_ask	offic	0.0343
job_ask	offic who	0.1404
job_ask	offic ~people	0.1404
job_ask	often	-0.0212
job_ask	oh	-0.0381
job_ask	ok	-0.255
job_ask	ok if	-0.0687
job_ask	ok that	-0.0291
job_ask	ok this	0.0438
job_ask	ok to	-0.0499
job_ask	okafor	-0.0514
job_ask	old	-0.032
job_ask	on	0.2982
job_ask	on a	-0.1378
job_ask	on ani	0.2162
job_ask	on exercis	-0.0208
job_ask	on how	-0.0649
job_ask	on it	-0.0393
job_ask	on linkedin	-0.2327
job_ask	on me	-0.0526
job_ask	on my	0.0284
job_ask	on to	0.1233
job_ask	on weekend	0.2069
job_ask	on whether	-0.1092
job_ask	on with	-0.0212
job_ask	on your	0.1817
job_ask	on ~degree	0.0554
job_ask	on ~number	-0.1589
job_ask	onboard	-0.0375
job_ask	onc	-0.1967
job_ask	onc i	-0.1295
job_ask	onc it	-0.0341
job_ask	one	0.0289
job_ask	one last	0.0316
job_ask	one of	0.044
job_ask	onli	-0.0454
job_ask	onli had	0.0213
job_ask	onli if	-0.0217
job_ask	onlin	-0.0537
job_ask	onlin communiti	-0.035
job_ask	onto	0.176
job_ask	onto your	0.1831
job_ask	op	0.0946
job_ask	op role	0.0584
job_ask	op ~job	0.1121
job_ask	open	0.9319
job_ask	open at	0.0508
job_ask	open for	0.1938
job_ask	open in	0.1436
job_ask	open on	0.1746
job_ask	open to	-0.1424
job_ask	open up	0.2745
job_ask	or	-0.7548
job_ask	or a	-0.0397
job_ask	or anyth	-0.0211
job_ask	or are	-0.0356
job_ask	or did	-0.0297
job_ask	or do	-0.0249
job_ask	or is	-0.0409
job_ask	or newslett	-0.0289
job_ask	or onlin	-0.0314
job_ask	or two	-0.0547
job_ask	or would	-0.0216
job_ask	or your	-0.0451
job_ask	or ~help	-0.0262
job_ask	or ~number	-0.1198
job_ask	or ~student	-0.0293
job_ask	or ~studyverb	-0.0297
job_ask	or ~want	-0.0411
job_ask	organiz	-0.0412
job_ask	other	-0.0622
job_ask	other folk	0.0412
job_ask	other ~people	0.0287
job_ask	our	-0.0675
job_ask	out	-0.3467
job_ask	out about	-0.028
job_ask	out again	-0.0474
job_ask	out and	-0.0244
job_ask	out if	-0.0457
job_ask	out of	0.0573
job_ask	out on	-0.0339
job_ask	out the	0.1001
job_ask	out to	-0.0339
job_ask	out whether	-0.0443
job_ask	out with	-0.0233
job_ask	out ~later	-0.0474
job_ask	out ~number	0.0909
job_ask	outreach	-0.086
job_ask	outreach event	-0.0215
job_ask	outsid	-0.0319
job_ask	over	-0.0504
job_ask	over the	0.0314
job_ask	overtim	-0.0211
job_ask	own	0.1133
job_ask	own to	-0.0204
job_ask	pack	-0.0272
job_ask	page	0.0497
job_ask	pair	0.0595
job_ask	pair of	0.0595
job_ask	paper	-0.0419
job_ask	part	0.0613
job_ask	part of	-0.1067
job_ask	part time	0.2544
job_ask	part ~limit	0.2544
job_ask	particular	-0.021
job_ask	partner	-0.0244
job_ask	pass	0.3078
job_ask	pass it	0.0466
job_ask	pass my	0.2957
job_ask	pass on	-0.0333
job_ask	past	-0.0519
job_ask	past the	-0.0289
job_ask	past ~number	-0.0289
job_ask	path	-0.0604
job_ask	patienc	-0.0205
job_ask	patient	-0.0762
job_ask	pay	-0.0299
job_ask	peopl	-0.3309
job_ask	peopl in	-0.0547
job_ask	peopl on	-0.0202
job_ask	peopl usual	-0.0279
job_ask	peopl who	-0.0524
job_ask	peopl ~people	-0.0524
job_ask	per	0.1462
job_ask	person	-0.1616
job_ask	person who	-0.0527
job_ask	person ~people	-0.0527
job_ask	perspect	-0.1086
job_ask	perspect on	-0.032
job_ask	phd	-0.0467
job_ask	physic	-0.0234
job_ask	physic therapi	-0.0202
job_ask	physician	-0.021
job_ask	pick	-0.0995
job_ask	pictur	-0.0201
job_ask	pitch	-0.0997
job_ask	pitch in	-0.0746
job_ask	place	0.0459
job_ask	placement	0.1722
job_ask	plan	-0.0735
job_ask	planner	0.1489
job_ask	plate	-0.0232
job_ask	pleas	0.2093
job_ask	pleas do	0.0408
job_ask	pleas if	-0.0281
job_ask	pleas keep	0.1808
job_ask	pleas let	0.0274
job_ask	pleas ~help	0.0408
job_ask	podcast	-0.047
job_ask	point	-0.0618
job_ask	point me	-0.0804
job_ask	point of	0.0383
job_ask	polici	-0.1199
job_ask	polici ~org	-0.0204
job_ask	portfolio	0.1079
job_ask	portfolio on	0.1141
job_ask	portfolio to	0.0732
job_ask	posit	0.2186
job_ask	posit come	0.068
job_ask	possibl	0.3864
job_ask	possibl for	0.0508
job_ask	possibl to	0.2001
job_ask	possibl ~sendverb	0.0974
job_ask	post	0.1304
job_ask	post for	0.0286
job_ask	post i	0.0388
job_ask	post last	0.0446
job_ask	practic	-0.025
job_ask	practis	-0.0216
job_ask	practition	-0.0444
job_ask	prepar	-0.051
job_ask	prepar for	-0.03
job_ask	pressur	0.0614
job_ask	pressur ~want	0.059
job_ask	pretti	-0.0659
job_ask	pretti handi	-0.0362
job_ask	priya	-0.0422
job_ask	process	-0.1154
job_ask	process at	-0.0222
job_ask	process for	-0.0318
job_ask	procur	-0.0283
job_ask	product	-0.048
job_ask	product design	0.0261
job_ask	product manag	-0.0445
job_ask	product op	0.0584
job_ask	product side	-0.029
job_ask	product team	-0.0248
job_ask	product ~org	-0.0529
job_ask	product ~student	0.0263
job_ask	profession	-0.1234
job_ask	profession associ	-0.0814
job_ask	professor	-0.0265
job_ask	program	0.1653
job_ask	program at	-0.0297
job_ask	program for	-0.0302
job_ask	program is	0.1213
job_ask	programm	0.0511
job_ask	progress	-0.027
job_ask	project	-0.1617
job_ask	project for	0.0462
job_ask	project i	-0.0783
job_ask	promis	-0.0516
job_ask	promot	-0.053
job_ask	proofread	-0.0331
job_ask	public	-0.0647
job_ask	publish	-0.037
job_ask	put	0.2634
job_ask	put in	0.2022
job_ask	put me	-0.054
job_ask	put togeth	-0.0299
job_ask	python	-0.0476
job_ask	q	0.0507
job_ask	qa	0.056
job_ask	qa tester	0.0432
job_ask	quarter	-0.0253
job_ask	question	-0.2487
job_ask	question but	0.0399
job_ask	question come	-0.0527
job_ask	question i	-0.0236
job_ask	quick	-0.1005
job_ask	quick background	-0.0243
job_ask	quick call	-0.036
job_ask	quick chat	-0.0356
job_ask	quick is	0.1077
job_ask	quick ~contactverb	-0.0426
job_ask	quick ~talk	-0.0782
job_ask	quit	-0.0321
job_ask	radar	0.0574
job_ask	random	0.0812
job_ask	random but	0.0433
job_ask	rang	0.0202
job_ask	rather	-0.0836
job_ask	rather than	-0.0457
job_ask	reach	-0.1064
job_ask	reach out	-0.0967
job_ask	read	-0.1484
job_ask	read list	-0.0297
job_ask	real	0.029
job_ask	realist	-0.0481
job_ask	realiz	-0.0402
job_ask	realli	0.0943
job_ask	realli eye	-0.0201
job_ask	realli just	-0.0276
job_ask	realli love	0.068
job_ask	realli need	0.0314
job_ask	realli the	0.0386
job_ask	realli ~number	0.0386
job_ask	realli ~want	0.0487
job_ask	reason	0.0353
job_ask	reason i	0.0444
job_ask	recent	-0.0366
job_ask	recommend	-0.0773
job_ask	recommend for	-0.0451
job_ask	recommend i	-0.0533
job_ask	recommend join	-0.0268
job_ask	recommend me	0.0833
job_ask	recommend ~number	-0.0228
job_ask	recruit	0.2963
job_ask	recruit but	0.0247
job_ask	recruit for	0.0591
job_ask	refer	0.5534
job_ask	refer internal	-0.0261
job_ask	refer me	0.4546
job_ask	referr	0.1576
job_ask	region	0.1156
job_ask	region offic	0.1404
job_ask	region ~org	0.1354
job_ask	regulatori	-0.0202
job_ask	relev	-0.0409
job_ask	remot	-0.043
job_ask	report	-0.0619
job_ask	report to	-0.0211
job_ask	request	-0.0218
job_ask	requir	-0.03
job_ask	research	-0.0619
job_ask	research as	-0.0234
job_ask	research assist	0.1624
job_ask	research team	0.0272
job_ask	research you	-0.0264
job_ask	research ~org	0.0214
job_ask	research ~student	0.0814
job_ask	resid program	0.0372
job_ask	resid ~degree	0.0385
job_ask	rest	-0.0469
job_ask	rest of	-0.0469
job_ask	result	-0.0374
job_ask	result from	-0.0281
job_ask	resum	0.4413
job_ask	resum along	0.0991
job_ask	resum on	0.0205
job_ask	resum so	0.1365
job_ask	resum to	0.1974
job_ask	resum ~want	0.048
job_ask	retail	-0.035
job_ask	retir	0.0259
job_ask	retir armi	0.0302
job_ask	return	-0.1051
job_ask	return the	-0.0794
job_ask	return ~number	-0.0794
job_ask	revis	-0.0222
job_ask	right	0.3224
job_ask	right at	-0.0209
job_ask	right now	0.456
job_ask	risk	-0.0422
job_ask	role	0.3535
job_ask	role a	-0.0255
job_ask	role at	0.1051
job_ask	role come	0.045
job_ask	role do	-0.0224
job_ask	role i	0.0583
job_ask	role open	0.0739
job_ask	role that	0.0263
job_ask	role what	-0.0238
job_ask	role you	0.0538
job_ask	role ~help	-0.0224
job_ask	role ~number	-0.0255
job_ask	room	0.0978
job_ask	room for	0.0519
job_ask	rotat	0.1247
job_ask	rotat program	0.1595
job_ask	rotat ~degree	0.1595
job_ask	rout	-0.0369
job_ask	routin	-0.0324
job_ask	run	-0.1744
job_ask	run the	-0.0312
job_ask	run your	-0.0464
job_ask	run ~number	-0.0478
job_ask	said	-0.04
job_ask	salari rang	0.0237
job_ask	sale	-0.0274
job_ask	same	-0.0237
job_ask	saturday	-0.0215
job_ask	saw	0.0817
job_ask	saw on	0.0371
job_ask	saw post	0.0209
job_ask	say	-0.1421
job_ask	say no	0.0305
job_ask	say the	-0.0269
job_ask	say ~number	-0.0321
job_ask	schedul	-0.0603
job_ask	scheme	0.0679
job_ask	school	-0.1517
job_ask	scienc	-0.0639
job_ask	scientist	-0.033
job_ask	screen	-0.0214
job_ask	script	-0.0317
job_ask	script for	-0.0217
job_ask	season	-0.0301
job_ask	second	-0.0675
job_ask	second year	-0.0464
job_ask	second ~duration	-0.0464
job_ask	sector	-0.0586
job_ask	see if	-0.071
job_ask	see whether	0.1104
job_ask	seem	-0.0244
job_ask	seem like	0.0228
job_ask	self	0.0345
job_ask	self taught	0.036
job_ask	self ~workverb	0.036
job_ask	semest	-0.0318
job_ask	send	-0.123
job_ask	send a	-0.0323
job_ask	send me	-0.0345
job_ask	send my	0.0792
job_ask	send over	-0.0239
job_ask	send you	-0.0581
job_ask	send ~number	-0.0391
job_ask	senior	-0.0385
job_ask	sens	-0.0527
job_ask	sent	0.1123
job_ask	sent you	-0.0253
job_ask	serious	-0.041
job_ask	servic	-0.0299
job_ask	set	-0.0552
job_ask	shadow	0.2438
job_ask	shadow you	0.2497
job_ask	shall	-0.0374
job_ask	share	-0.1329
job_ask	share my	0.0533
job_ask	share the	-0.0425
job_ask	share what	-0.0359
job_ask	share your	-0.0454
job_ask	share ~number	-0.0453
job_ask	she	-0.041
job_ask	she would	-0.0345
job_ask	she ~want	-0.0345
job_ask	shift	0.03
job_ask	shift in	0.0782
job_ask	shoot	0.0317
job_ask	shoot you	0.0343
job_ask	short on	-0.025
job_ask	short summari	-0.0254
job_ask	should	-0.0933
job_ask	should keep	0.0222
job_ask	should let	0.039
job_ask	should talk	-0.0333
job_ask	should ~talk	-0.0565
job_ask	shout	-0.0319
job_ask	side	-0.0928
job_ask	side and	0.0201
job_ask	side of	-0.0378
job_ask	side project	-0.0226
job_ask	side too	-0.0379
job_ask	side you	0.0485
job_ask	similar	-0.0433
job_ask	similar chat	-0.0314
job_ask	similar ~talk	-0.0314
job_ask	sinc	-0.0856
job_ask	sinc i	-0.0258
job_ask	six	-0.0248
job_ask	six ~duration	-0.0248
job_ask	size	-0.0301
job_ask	size ~org	-0.0215
job_ask	skill	-0.1087
job_ask	slack	-0.0223
job_ask	slack group	-0.0223
job_ask	small	-0.0901
job_ask	smaller	-0.0295
job_ask	smaller ~org	-0.0279
job_ask	so could	0.0787
job_ask	so generous	-0.0279
job_ask	so how	0.0274
job_ask	so i	-0.055
job_ask	so is	0.0273
job_ask	so much	-0.0206
job_ask	so um	0.0466
job_ask	so you	0.0719
job_ask	so ~help	0.0335
job_ask	so ~want	-0.0234
job_ask	softwar	-0.0202
job_ask	some	-0.1099
job_ask	someday are	0.0238
job_ask	someon	-0.0912
job_ask	someon i	-0.0215
job_ask	someon on	-0.1019
job_ask	someon to	-0.0624
job_ask	someon who	-0.0411
job_ask	someon with	0.0562
job_ask	someon you	0.2127
job_ask	someon ~people	-0.0411
job_ask	someth	-0.0833
job_ask	someth i	-0.0344
job_ask	someth small	-0.0356
job_ask	sorri	-0.0411
job_ask	sorri i	-0.0217
job_ask	sorri my	-0.0265
job_ask	sound	0.0214
job_ask	sound intens	0.0582
job_ask	speak	-0.0857
job_ask	speak to	-0.0247
job_ask	speak with	-0.0361
job_ask	spend	-0.0251
job_ask	spent	-0.0585
job_ask	spent ~number	-0.0316
job_ask	sponsor	-0.0234
job_ask	spot	0.1631
job_ask	spot for	0.0339
job_ask	spot on	0.0855
job_ask	spot open	0.038
job_ask	spreadsheet	-0.025
job_ask	spring	0.1682
job_ask	sql	-0.035
job_ask	squeez	-0.0875
job_ask	squeez me	-0.0807
job_ask	sre	0.0452
job_ask	staf	0.1711
job_ask	staff	-0.0228
job_ask	stand	-0.1111
job_ask	stand out	-0.1099
job_ask	start	-0.1049
job_ask	start out	-0.0388
job_ask	start to	-0.0207
job_ask	startup	-0.0219
job_ask	state	-0.0515
job_ask	stay	-0.1113
job_ask	stay in	-0.0514
job_ask	step	-0.0925
job_ask	still	-0.024
job_ask	stop	-0.1004
job_ask	stop there	-0.0319
job_ask	stori	-0.0285
job_ask	straight	-0.0318
job_ask	structur	-0.0642
job_ask	student	-0.075
job_ask	student at	-0.0272
job_ask	student feedback	-0.0221
job_ask	student ~insight	-0.0283
job_ask	studi	-0.1436
job_ask	studio	-0.0356
job_ask	such	-0.0494
job_ask	such as	-0.021
job_ask	such ~number	-0.021
job_ask	suggest	-0.143
job_ask	suggest a	-0.0435
job_ask	suggest for	-0.0209
job_ask	suggest i	-0.0325
job_ask	suggest ~number	-0.0637
job_ask	suit	-0.0609
job_ask	suit me	-0.0533
job_ask	summari	-0.03
job_ask	summari of	-0.028
job_ask	summer	0.7455
job_ask	summer by	0.0355
job_ask	summer intern	0.0519
job_ask	summer internship	0.1776
job_ask	summer open	0.0546
job_ask	summer ~job	0.2727
job_ask	summer ~student	0.041
job_ask	super	-0.0398
job_ask	suppli	-0.0506
job_ask	suppli chain	-0.0506
job_ask	support	-0.0411
job_ask	suppos	0.0662
job_ask	sure	-0.0327
job_ask	survey	-0.0937
job_ask	survey result	-0.0333
job_ask	switch	-0.063
job_ask	take	0.652
job_ask	take a	-0.0339
job_ask	take ani	0.0513
job_ask	take applic	0.1439
job_ask	take care	-0.0419
job_ask	take for	0.1924
job_ask	take on	0.4588
job_ask	take the	-0.0493
job_ask	take up	-0.0225
job_ask	take ~number	-0.0897
job_ask	taken	-0.0305
job_ask	talk	-0.1433
job_ask	talk to	-0.1389
job_ask	talk with	-0.0431
job_ask	task	-0.0242
job_ask	taught	0.032
job_ask	teach	-0.0467
job_ask	team	0.2436
job_ask	team and	0.0617
job_ask	team approach	-0.02
job_ask	team be	-0.0325
job_ask	team decid	-0.0346
job_ask	team ever	-0.0642
job_ask	team for	0.0669
job_ask	team has	0.057
job_ask	team hire	0.1448
job_ask	team in	0.107
job_ask	team is	-0.1014
job_ask	team like	0.0255
job_ask	team pleas	0.0666
job_ask	team post	-0.0401
job_ask	team project	-0.0552
job_ask	team what	-0.0724
job_ask	team who	-0.0266
job_ask	team work	-0.0478
job_ask	team would	0.0368
job_ask	team ~gatekeeper	0.1386
job_ask	team ~hiring	0.148
job_ask	team ~learn	-0.0359
job_ask	team ~people	-0.0503
job_ask	team ~want	0.0368
job_ask	team ~workverb	-0.0418
job_ask	technic	-0.0698
job_ask	technic and	-0.0379
job_ask	tell	-0.3005
job_ask	tell me	-0.2597
job_ask	tell you	-0.0295
job_ask	ten	-0.0472
job_ask	ten year	-0.0209
job_ask	ten ~duration	-0.0209
job_ask	ten ~limit	-0.0255
job_ask	ten ~timeunit	-0.0255
job_ask	tend	-0.0761
job_ask	tend to	-0.0761
job_ask	term	-0.0212
job_ask	test	-0.1055
job_ask	test the	-0.0358
job_ask	test ~number	-0.0358
job_ask	than	-0.1073
job_ask	than a	-0.04
job_ask	than ~number	-0.0416
job_ask	thank	-0.3871
job_ask	thank again	-0.0481
job_ask	thank for	-0.1121
job_ask	thank so	0.0519
job_ask	thank to	-0.0571
job_ask	thank you	-0.2069
job_ask	thank ~later	-0.0481
job_ask	that	-0.4095
job_ask	that a	0.0591
job_ask	that answer	-0.0236
job_ask	that articl	-0.0241
job_ask	that cover	-0.0498
job_ask	that i	0.0589
job_ask	that is	-0.2187
job_ask	that would	-0.0308
job_ask	that you	-0.0275
job_ask	that ~number	0.0507
job_ask	that ~want	-0.0261
job_ask	the	-0.2403
job_ask	the agenc	-0.0255
job_ask	the analyst	0.0952
job_ask	the applic	-0.0309
job_ask	the apprenticeship	0.1091
job_ask	the best	-0.032
job_ask	the bootcamp	-0.0278
job_ask	the call	0.0402
job_ask	the career	-0.0318
job_ask	the certif	-0.024
job_ask	the chanc	0.0929
job_ask	the chat	0.0258
job_ask	the clinic	0.0296
job_ask	the clock	-0.0205
job_ask	the confer	-0.0283
job_ask	the contact	0.068
job_ask	the contract	0.0341
job_ask	the coordin	0.0635
job_ask	the counti	-0.0285
job_ask	the creativ	0.1473
job_ask	the cultur	0.0587
job_ask	the day	-0.0303
job_ask	the denver	0.027
job_ask	the design	0.0413
job_ask	the door	0.1146
job_ask	the fall	0.1458
job_ask	the favor	-0.0735
job_ask	the fellowship	0.1062
job_ask	the field	0.0679
job_ask	the first	-0.0405
job_ask	the grad	0.0273
job_ask	the graduat	0.0822
job_ask	the half	-0.0278
job_ask	the head	0.0929
job_ask	the hire	-0.0356
job_ask	the hour	-0.0465
job_ask	the industri	-0.032
job_ask	the interview	-0.0269
job_ask	the job	-0.1094
job_ask	the junior	0.0215
job_ask	the lab	0.0738
job_ask	the licens	-0.0256
job_ask	the market	0.0416
job_ask	the moment	0.1757
job_ask	the most	-0.0331
job_ask	the name	-0.0442
job_ask	the new	0.0227
job_ask	the next	-0.0617
job_ask	the nurs	-0.0404
job_ask	the offic	-0.0292
job_ask	the open	0.0583
job_ask	the person	-0.0607
job_ask	the point	0.0373
job_ask	the polici	-0.0229
job_ask	the post	0.0286
job_ask	the project	0.044
job_ask	the real	0.0528
job_ask	the recruit	0.1427
job_ask	the region	0.1262
job_ask	the research	0.0264
job_ask	the rest	-0.0324
job_ask	the role	-0.0618
job_ask	the rotat	0.1143
job_ask	the schedul	-0.0236
job_ask	the spring	-0.0218
job_ask	the student	-0.0269
job_ask	the summer	0.1791
job_ask	the survey	-0.0458
job_ask	the team	0.0704
job_ask	the time	-0.0707
job_ask	the uh	0.0329
job_ask	the ux	0.0894
job_ask	the way	-0.0253
job_ask	the work	-0.0387
job_ask	the ~application	-0.0309
job_ask	the ~closing	-0.0895
job_ask	the ~contactverb	0.1082
job_ask	the ~gatekeeper	0.143
job_ask	the ~hiring	-0.0873
job_ask	the ~job	-0.1374
job_ask	the ~limit	-0.1181
job_ask	the ~number	-0.0617
job_ask	the ~org	0.1864
job_ask	the ~people	-0.0651
job_ask	the ~student	0.3075
job_ask	the ~talk	0.1061
job_ask	the ~timeunit	-0.0465
job_ask	the ~workverb	-0.0387
job_ask	their	-0.1279
job_ask	their first	-0.0208
job_ask	them	-0.0552
job_ask	then	0.0208
job_ask	therapi	-0.0202
job_ask	there	0.4799
job_ask	there a	-0.0215
job_ask	there an	0.0415
job_ask	there ani	0.2756
job_ask	there anyon	-0.0704
job_ask	there anyth	-0.1987
job_ask	there are	0.0511
job_ask	there be	0.0607
job_ask	there i	-0.0337
job_ask	there is	0.0862
job_ask	there like	-0.0289
job_ask	there mani	-0.0255
job_ask	there profession	-0.0352
job_ask	there someon	0.0821
job_ask	there someth	-0.0356
job_ask	there ~people	-0.0201
job_ask	there ~student	-0.0352
job_ask	these	-0.0454
job_ask	these day	-0.023
job_ask	thesi	-0.0536
job_ask	they	0.0488
job_ask	they are	0.179
job_ask	they would	-0.0283
job_ask	they ~want	-0.033
job_ask	thing	-0.0775
job_ask	thing can	0.0399
job_ask	thing i	-0.0211
job_ask	think	0.0733
job_ask	think a	-0.0201
job_ask	think about	-0.0387
job_ask	think i	-0.0299
job_ask	think my	0.0289
job_ask	think of	0.0737
job_ask	think that	-0.0533
job_ask	think would	-0.0642
job_ask	think you	0.2761
job_ask	think your	0.0571
job_ask	think ~number	-0.0278
job_ask	think ~want	-0.0642
job_ask	this	0.1033
job_ask	this and	0.0789
job_ask	this fall	0.0584
job_ask	this field	-0.0697
job_ask	this has	-0.0235
job_ask	this is	0.1312
job_ask	this job	-0.022
job_ask	this role	-0.0291
job_ask	this spring	0.1321
job_ask	this summer	0.2491
job_ask	this was	-0.0427
job_ask	this week	-0.0425
job_ask	this work	-0.0211
job_ask	this would	0.0367
job_ask	this year	0.139
job_ask	this ~closing	-0.0605
job_ask	this ~duration	0.139
job_ask	this ~job	-0.0511
job_ask	this ~learn	-0.0211
job_ask	this ~want	0.0337
job_ask	this ~workverb	-0.0211
job_ask	three year	0.0329
job_ask	three ~duration	0.0329
job_ask	thrill	0.1567
job_ask	thrill to	0.1528
job_ask	through	-0.2056
job_ask	through a	-0.0568
job_ask	through how	-0.0546
job_ask	through the	-0.0347
job_ask	through ~number	-0.0937
job_ask	tick	0.0423
job_ask	tight	-0.0212
job_ask	time	-0.0332
job_ask	time and	0.0763
job_ask	time for	0.0633
job_ask	time off	-0.0291
job_ask	time open	0.025
job_ask	time research	0.0641
job_ask	time so	-0.0326
job_ask	time to	-0.0295
job_ask	time today	-0.0363
job_ask	time ~help	0.0841
job_ask	time ~job	0.0356
job_ask	time ~learn	0.0619
job_ask	timelin	-0.0374
job_ask	timelin look	-0.0321
job_ask	tip	-0.0299
job_ask	to	-0.3369
job_ask	to a	-0.0435
job_ask	to about	0.0553
job_ask	to answer	0.059
job_ask	to appli	0.1055
job_ask	to ask	0.1856
job_ask	to be	0.3449
job_ask	to beta	-0.0286
job_ask	to bring	0.1818
job_ask	to chat	-0.0635
job_ask	to connect	-0.0634
job_ask	to cut	-0.0337
job_ask	to day	-0.0402
job_ask	to do	0.0471
job_ask	to dr	-0.0323
job_ask	to figur	-0.047
job_ask	to find	-0.0247
job_ask	to for	0.0272
job_ask	to forward	0.1351
job_ask	to give	-0.024
job_ask	to have	-0.0221
job_ask	to hear	-0.172
job_ask	to her	-0.0266
job_ask	to hire	0.1329
job_ask	to hour	0.1189
job_ask	to introduc	-0.0341
job_ask	to join	0.1464
job_ask	to keep	-0.0213
job_ask	to land	0.1003
job_ask	to learn	0.0241
job_ask	to leav	-0.0264
job_ask	to let	-0.0511
job_ask	to me	-0.1328
job_ask	to meet	0.0718
job_ask	to mind	-0.0533
job_ask	to my	-0.0617
job_ask	to offer	-0.0228
job_ask	to one	-0.0437
job_ask	to pitch	-0.0576
job_ask	to program	-0.0204
job_ask	to put	-0.0338
job_ask	to refer	0.1571
job_ask	to return	-0.0445
job_ask	to run	-0.0345
job_ask	to see	0.0336
job_ask	to send	-0.043
job_ask	to shadow	0.0441
job_ask	to share	-0.0835
job_ask	to someon	-0.1172
job_ask	to speak	-0.0423
job_ask	to stay	-0.047
job_ask	to take	-0.0357
job_ask	to talk	-0.1186
job_ask	to tell	-0.0263
job_ask	to test	-0.0354
job_ask	to the	0.1151
job_ask	to think	0.0826
job_ask	to this	-0.0476
job_ask	to tri	-0.0439
job_ask	to understand	-0.0979
job_ask	to whoever	0.0704
job_ask	to work	0.1175
job_ask	to you	-0.1906
job_ask	to your	0.3526
job_ask	to ~closing	-0.0409
job_ask	to ~contactverb	-0.0218
job_ask	to ~help	-0.0627
job_ask	to ~job	-0.038
job_ask	to ~learn	0.0301
job_ask	to ~limit	0.0763
job_ask	to ~people	-0.1765
job_ask	to ~student	-0.0332
job_ask	to ~studyverb	-0.0238
job_ask	to ~talk	-0.0481
job_ask	to ~timeunit	0.1189
job_ask	to ~want	-0.0448
job_ask	to ~workverb	0.083
job_ask	today	-0.0558
job_ask	today and	-0.0252
job_ask	togeth	-0.0418
job_ask	told	-0.0548
job_ask	told me	-0.0429
job_ask	tonight	-0.0227
job_ask	too	-0.0867
job_ask	tool	0.196
job_ask	tool and	0.2141
job_ask	topic	-0.0252
job_ask	total	-0.0855
job_ask	total fine	-0.0324
job_ask	touch	-0.1322
job_ask	touch with	-0.0714
job_ask	toward	-0.0496
job_ask	track	-0.0332
job_ask	train	-0.045
job_ask	traine	0.0697
job_ask	transit	-0.0331
job_ask	translat	-0.0617
job_ask	trend	-0.0202
job_ask	tri	-0.2373
job_ask	tri to	-0.1492
job_ask	trial	0.2089
job_ask	truli	-0.0287
job_ask	tuesday	-0.0289
job_ask	twenti	-0.0373
job_ask	twenti minut	-0.0216
job_ask	twenti ~limit	-0.0216
job_ask	twenti ~timeunit	-0.0216
job_ask	two	-0.1354
job_ask	two ~duration	-0.0337
job_ask	typic	-0.1319
job_ask	typic week	-0.0462
job_ask	typic ~closing	-0.0495
job_ask	uh the	0.0329
job_ask	uh ~number	0.0318
job_ask	um	0.1106
job_ask	um and	0.0261
job_ask	um do	0.0895
job_ask	um is	-0.0218
job_ask	um so	0.0331
job_ask	um the	0.0492
job_ask	um ~help	0.0895
job_ask	um ~number	0.0492
job_ask	undergrad	0.0429
job_ask	understand	-0.1501
job_ask	understand how	-0.0418
job_ask	understand the	-0.0409
job_ask	understand what	-0.023
job_ask	understand ~number	-0.0409
job_ask	uni	-0.0314
job_ask	unit	-0.0699
job_ask	unpaid	0.2128
job_ask	unpaid intern	0.1898
job_ask	until	-0.03
job_ask	up a	-0.0275
job_ask	up ani	-0.0263
job_ask	up as	-0.0206
job_ask	up by	-0.0321
job_ask	up for	-0.0596
job_ask	up i	0.2206
job_ask	up note	-0.0256
job_ask	up on	0.1723
job_ask	up while	-0.0221
job_ask	up with	-0.1118
job_ask	up ~number	-0.0314
job_ask	updat	-0.0557
job_ask	urban	-0.0253
job_ask	urban plan	-0.0226
job_ask	us	-0.0527
job_ask	use	-0.3523
job_ask	use i	-0.0214
job_ask	use to	-0.176
job_ask	user	-0.0208
job_ask	usual	-0.2795
job_ask	usual paid	-0.056
job_ask	usual recruit	-0.0366
job_ask	ux	0.0479
job_ask	ux research	-0.0388
job_ask	ux ~learn	-0.0268
job_ask	ux ~org	0.0976
job_ask	vacanc	0.1107
job_ask	vacanc i	0.066
job_ask	vacanc in	0.0387
job_ask	valu	-0.0771
job_ask	valu your	-0.0617
job_ask	veri	0.0919
job_ask	veri interest	0.0216
job_ask	vet	-0.037
job_ask	vet ~org	-0.0216
job_ask	veteran	-0.0393
job_ask	vibe	-0.0394
job_ask	video	-0.0374
job_ask	view	0.0761
job_ask	visa	-0.0223
job_ask	volunt	-0.1824
job_ask	volunt for	-0.1099
job_ask	volunt ~job	-0.025
job_ask	wait	-0.0466
job_ask	walk	-0.1253
job_ask	walk me	-0.1163
job_ask	want	-0.3075
job_ask	want someon	-0.0341
job_ask	want to	-0.189
job_ask	want your	-0.0224
job_ask	want ~people	-0.0341
job_ask	was	-0.2147
job_ask	was hope	0.0666
job_ask	was wonder	-0.183
job_ask	was ~number	-0.031
job_ask	was ~want	0.06
job_ask	way	0.0393
job_ask	way to	-0.0246
job_ask	we	-0.1632
job_ask	we are	-0.0958
job_ask	we can	-0.0221
job_ask	we discuss	0.0205
job_ask	we finish	0.0222
job_ask	we have	-0.0352
job_ask	we would	0.0658
job_ask	we ~want	0.0658
job_ask	websit	0.0436
job_ask	week	0.2134
job_ask	week and	0.0617
job_ask	week as	0.1776
job_ask	week on	-0.038
job_ask	week to	-0.0427
job_ask	weekend	0.1073
job_ask	weight	-0.0216
job_ask	weird	0.0994
job_ask	weird if	0.043
job_ask	welcom	-0.0238
job_ask	well i	-0.0257
job_ask	went	-0.0786
job_ask	went to	-0.0221
job_ask	were	-0.1034
job_ask	were hire	-0.0216
job_ask	were in	-0.0392
job_ask	were me	-0.0257
job_ask	were start	-0.0215
job_ask	what	-1.0664
job_ask	what a	-0.039
job_ask	what are	-0.0526
job_ask	what did	-0.039
job_ask	what do	-0.1057
job_ask	what doe	-0.0984
job_ask	what i	-0.0522
job_ask	what is	-0.176
job_ask	what kind	-0.0424
job_ask	what made	-0.0461
job_ask	what make	-0.0614
job_ask	what skill	-0.0472
job_ask	what would	0.1021
job_ask	what you	-0.032
job_ask	what your	-0.0448
job_ask	what ~help	-0.1057
job_ask	what ~number	-0.044
job_ask	what ~studyverb	-0.039
job_ask	what ~want	0.1021
job_ask	when	-0.4351
job_ask	when a	-0.0417
job_ask	when do	-0.0466
job_ask	when the	0.0496
job_ask	when you	-0.1805
job_ask	when your	-0.1409
job_ask	when ~help	-0.0466
job_ask	where	-0.1444
job_ask	where do	-0.0267
job_ask	where i	-0.0277
job_ask	where ~help	-0.0267
job_ask	whether	-0.1111
job_ask	whether a	-0.0388
job_ask	whether i	-0.0276
job_ask	whether my	-0.0404
job_ask	whether the	0.1163
job_ask	whether this	-0.0396
job_ask	whether you	-0.0201
job_ask	whether your	0.0227
job_ask	whether ~number	0.0706
job_ask	whi	-0.0656
job_ask	whi i	-0.0339
job_ask	which	-0.3592
job_ask	which is	-0.0264
job_ask	which part	-0.0407
job_ask	which technic	-0.0425
job_ask	while	-0.093
job_ask	while i	-0.0443
job_ask	who	-0.1386
job_ask	who came	-0.0351
job_ask	who could	0.056
job_ask	who do	-0.0207
job_ask	who els	-0.0382
job_ask	who get	-0.047
job_ask	who is	0.1074
job_ask	who might	0.0435
job_ask	who run	-0.0432
job_ask	who should	0.0609
job_ask	who went	-0.025
job_ask	who work	-0.0262
job_ask	who would	-0.0709
job_ask	who ~help	-0.0207
job_ask	who ~want	-0.0746
job_ask	whoever	0.0422
job_ask	whoever handl	0.0462
job_ask	whoever hire	0.0231
job_ask	whoever run	-0.0282
job_ask	whoever ~gatekeeper	0.0231
job_ask	whoever ~hiring	0.0231
job_ask	whose	-0.031
job_ask	whose brain	-0.0268
job_ask	will	-0.2416
job_ask	will be	0.1073
job_ask	will definit	-0.0216
job_ask	will keep	-0.0662
job_ask	will leav	-0.0212
job_ask	will let	-0.1093
job_ask	will not	-0.0496
job_ask	will send	-0.0677
job_ask	will shoot	0.0366
job_ask	will stop	-0.0296
job_ask	will to	0.1922
job_ask	will wrap	-0.027
job_ask	will ~contactverb	-0.0268
job_ask	will ~sendverb	-0.0667
job_ask	wish	-0.0498
job_ask	wish you	-0.0302
job_ask	with	-0.2782
job_ask	with a	0.0909
job_ask	with an	-0.0202
job_ask	with anyth	-0.0247
job_ask	with excel	-0.0275
job_ask	with me	-0.1188
job_ask	with my	-0.0261
job_ask	with someon	-0.0662
job_ask	with the	0.0878
job_ask	with what	-0.0233
job_ask	with whoever	-0.0282
job_ask	with you	0.1763
job_ask	with ~limit	0.0244
job_ask	with ~number	0.1564
job_ask	with ~people	-0.0774
job_ask	with ~want	-0.0204
job_ask	within	-0.0436
job_ask	without	-0.053
job_ask	without a	-0.0239
job_ask	without ~number	-0.0239
job_ask	wonder	-0.1388
job_ask	wonder how	-0.0209
job_ask	wonder whether	-0.0751
job_ask	wonder which	-0.0476
job_ask	word	0.2076
job_ask	word for	0.1204
job_ask	word with	0.0358
job_ask	work	-0.0737
job_ask	work as	-0.039
job_ask	work for	0.0205
job_ask	work fulli	-0.025
job_ask	work in	-0.0836
job_ask	work on	-0.0581
job_ask	work out	0.0671
job_ask	work suit	-0.0286
job_ask	work ~number	0.1423
job_ask	worker	0.0637
job_ask	world	-0.0209
job_ask	worst	-0.0347
job_ask	worst part	-0.0284
job_ask	worth	-0.1601
job_ask	worth it	-0.0613
job_ask	worth join	-0.0262
job_ask	would	0.5489
job_ask	would a	-0.0246
job_ask	would also	0.0239
job_ask	would an	-0.0272
job_ask	would ask	0.0326
job_ask	would be	-0.159
job_ask	would consid	0.1706
job_ask	would happili	-0.0285
job_ask	would have	0.0543
job_ask	would help	0.0237
job_ask	would honest	0.084
job_ask	would i	0.2585
job_ask	would it	0.2524
job_ask	would jump	0.1782
job_ask	would keep	0.0962
job_ask	would like	-0.0667
job_ask	would make	-0.0252
job_ask	would never	-0.0253
job_ask	would point	-0.0337
job_ask	would realli	0.2072
job_ask	would recommend	-0.1588
job_ask	would suggest	-0.0475
job_ask	would take	0.1012
job_ask	would talk	0.0623
job_ask	would you	0.0425
job_ask	would your	0.055
job_ask	would ~insight	0.1012
job_ask	would ~learn	0.0375
job_ask	would ~number	-0.0518
job_ask	would ~talk	0.0248
job_ask	would ~want	0.157
job_ask	wow	-0.0263
job_ask	wrap	-0.078
job_ask	wrap up	-0.0612
job_ask	write	-0.1387
job_ask	write up	-0.0349
job_ask	write you	-0.0236
job_ask	wud	-0.0218
job_ask	yeah that	0.0273
job_ask	year	-0.0426
job_ask	year and	0.0445
job_ask	year at	-0.0272
job_ask	year in	-0.0559
job_ask	year old	0.0291
job_ask	year ~student	-0.0205
job_ask	yet	-0.0226
job_ask	you	0.2686
job_ask	you a	-0.1552
job_ask	you after	-0.0209
job_ask	you all	0.034
job_ask	you and	-0.0479
job_ask	you ani	-0.0208
job_ask	you appli	-0.034
job_ask	you are	0.0422
job_ask	you be	0.1448
job_ask	you can	0.1291
job_ask	you card	-0.0217
job_ask	you consid	0.0621
job_ask	you could	0.1691
job_ask	you decid	-0.0206
job_ask	you describ	-0.0964
job_ask	you do	0.0778
job_ask	you end	-0.0287
job_ask	you even	-0.0379
job_ask	you ever	0.024
job_ask	you find	-0.0549
job_ask	you for	0.1771
job_ask	you give	-0.0412
job_ask	you go	-0.0252
job_ask	you got	-0.0284
job_ask	you guy	0.4542
job_ask	you happen	-0.0221
job_ask	you head	-0.023
job_ask	you hear	0.0469
job_ask	you help	0.046
job_ask	you hire	0.2699
job_ask	you if	-0.0668
job_ask	you in	0.0251
job_ask	you introduc	-0.047
job_ask	you keep	0.0852
job_ask	you kept	0.06
job_ask	you know	0.1681
job_ask	you let	0.2165
job_ask	you like	-0.0451
job_ask	you look	-0.0451
job_ask	you might	0.2663
job_ask	you mind	-0.084
job_ask	you my	0.124
job_ask	you need	0.084
job_ask	you no	-0.0212
job_ask	you on	-0.178
job_ask	you onc	-0.0251
job_ask	you open	0.0409
job_ask	you or	-0.0478
job_ask	you out	-0.0276
job_ask	you pass	0.047
job_ask	you pick	-0.0342
job_ask	you point	-0.0306
job_ask	you post	-0.0213
job_ask	you put	0.0505
job_ask	you refer	0.1478
job_ask	you say	-0.07
job_ask	you send	-0.0303
job_ask	you share	0.1026
job_ask	you someday	0.0399
job_ask	you squeez	-0.0256
job_ask	you start	-0.0279
job_ask	you still	-0.0286
job_ask	you suggest	-0.051
job_ask	you take	0.0343
job_ask	you tell	-0.1374
job_ask	you that	-0.0315
job_ask	you the	-0.0539
job_ask	you think	0.1212
job_ask	you this	0.0753
job_ask	you to	0.2492
job_ask	you use	-0.0504
job_ask	you usual	-0.0259
job_ask	you walk	-0.0982
job_ask	you want	-0.0244
job_ask	you were	-0.1285
job_ask	you wish	-0.0395
job_ask	you with	0.0423
job_ask	you work	-0.0318
job_ask	you would	-0.043
job_ask	you ~gatekeeper	0.2637
job_ask	you ~help	0.1005
job_ask	you ~hiring	0.3187
job_ask	you ~insight	-0.0226
job_ask	you ~later	-0.0461
job_ask	you ~learn	0.1152
job_ask	you ~number	-0.2345
job_ask	you ~sendverb	0.2703
job_ask	you ~studyverb	0.0313
job_ask	you ~talk	-0.0371
job_ask	you ~want	-0.1159
job_ask	you ~workverb	-0.0389
job_ask	younger	-0.0259
job_ask	your	0.2198
job_ask	your advic	-0.0317
job_ask	your afternoon	-0.0213
job_ask	your agenc	0.1101
job_ask	your assist	0.0352
job_ask	your background	-0.022
job_ask	your career	0.0489
job_ask	your colleagu	-0.0615
job_ask	your compani	0.1757
job_ask	your complianc	-0.0233
job_ask	your crew	0.0258
job_ask	your data	0.0875
job_ask	your day	-0.0238
job_ask	your depart	0.3002
job_ask	your end	-0.0247
job_ask	your evening	-0.0265
job_ask	your experi	-0.039
job_ask	your field	-0.0562
job_ask	your firm	0.2063
job_ask	your first	-0.0674
job_ask	your group	0.0494
job_ask	your honest	-0.0926
job_ask	your hospit	0.0249
job_ask	your job	-0.0218
job_ask	your lab	0.0718
job_ask	your last	-0.0236
job_ask	your lunch	-0.0355
job_ask	your manag	0.0989
job_ask	your name	0.1424
job_ask	your network	-0.0257
job_ask	your next	-0.0303
job_ask	your nonprofit	-0.0399
job_ask	your offic	-0.0366
job_ask	your old	-0.0529
job_ask	your organiz	-0.0357
job_ask	your outreach	-0.0341
job_ask	your own	-0.0228
job_ask	your patient	-0.0225
job_ask	your person	-0.0207
job_ask	your perspect	-0.034
job_ask	your place	0.0786
job_ask	your plate	-0.0232
job_ask	your posit	-0.0348
job_ask	your practic	0.0301
job_ask	your recommend	0.0725
job_ask	your recruit	0.1926
job_ask	your role	-0.073
job_ask	your schedul	-0.0208
job_ask	your take	-0.0447
job_ask	your team	0.1612
job_ask	your unit	-0.066
job_ask	your week	-0.0277
job_ask	your ~closing	-0.1025
job_ask	your ~degree	-0.0373
job_ask	your ~gatekeeper	0.16
job_ask	your ~hiring	0.1073
job_ask	your ~insight	-0.1582
job_ask	your ~job	-0.1326
job_ask	your ~learn	-0.0252
job_ask	your ~limit	-0.1229
job_ask	your ~org	1.0691
job_ask	your ~people	-0.0935
job_ask	your ~student	0.1688
job_ask	your ~talk	-0.0312
job_ask	youtub	-0.0215
job_ask	youtub channel	-0.0215
job_ask	z	-0.0209
job_ask	z ~insight	-0.0209
job_ask	~application	0.5327
job_ask	~application along	0.0991
job_ask	~application on	0.0205
job_ask	~application so	0.1365
job_ask	~application stand	-0.0413
job_ask	~application to	0.2345
job_ask	~application with	0.0384
job_ask	~closing	-0.1832
job_ask	~closing and	0.0467
job_ask	~closing as	0.1095
job_ask	~closing i	-0.0264
job_ask	~closing if	-0.025
job_ask	~closing of	-0.0502
job_ask	~closing on	-0.038
job_ask	~closing or	-0.0338
job_ask	~closing to	-0.0547
job_ask	~contactverb	-0.379
job_ask	~contactverb if	-0.0357
job_ask	~contactverb of	0.0697
job_ask	~contactverb out	-0.0288
job_ask	~contactverb to	0.0313
job_ask	~contactverb up	-0.0349
job_ask	~contactverb with	-0.0843
job_ask	~contactverb you	-0.0724
job_ask	~degree	-0.0793
job_ask	~degree for	-0.0238
job_ask	~degree in	0.0496
job_ask	~degree is	0.0784
job_ask	~degree or	-0.0459
job_ask	~degree program	0.1146
job_ask	~duration	-0.0368
job_ask	~duration and	0.0442
job_ask	~duration at	-0.0272
job_ask	~duration in	-0.0765
job_ask	~duration old	0.0291
job_ask	~duration onc	-0.0268
job_ask	~gatekeeper	0.9702
job_ask	~gatekeeper at	0.143
job_ask	~gatekeeper but	0.0247
job_ask	~gatekeeper do	0.1361
job_ask	~gatekeeper for	0.0519
job_ask	~gatekeeper freez	0.0491
job_ask	~gatekeeper intern	0.0428
job_ask	~gatekeeper junior	0.0602
job_ask	~gatekeeper manag	0.0281
job_ask	~gatekeeper process	-0.0628
job_ask	~gatekeeper right	0.1908
job_ask	~gatekeeper summer	0.0497
job_ask	~gatekeeper team	0.0345
job_ask	~help	-0.5391
job_ask	~help a	0.0627
job_ask	~help differ	-0.0202
job_ask	~help for	-0.1214
job_ask	~help hire	-0.0281
job_ask	~help i	-0.0387
job_ask	~help me	0.2305
job_ask	~help most	-0.0212
job_ask	~help new	-0.0313
job_ask	~help not	0.1922
job_ask	~help on	-0.0202
job_ask	~help out	-0.0477
job_ask	~help peopl	-0.0399
job_ask	~help the	-0.108
job_ask	~help to	-0.178
job_ask	~help with	-0.1035
job_ask	~help you	0.1959
job_ask	~hiring	1.1978
job_ask	~hiring applic	0.1439
job_ask	~hiring at	0.1553
job_ask	~hiring for	-0.0754
job_ask	~hiring freez	0.0491
job_ask	~hiring intern	0.0428
job_ask	~hiring junior	0.0602
job_ask	~hiring manag	0.0281
job_ask	~hiring me	0.0362
job_ask	~hiring on	0.3231
job_ask	~hiring process	-0.0628
job_ask	~hiring right	0.1908
job_ask	~hiring summer	0.0497
job_ask	~hiring team	0.0268
job_ask	~hiring the	-0.0433
job_ask	~insight	-0.2602
job_ask	~insight ani	0.0513
job_ask	~insight care	-0.0419
job_ask	~insight for	0.1277
job_ask	~insight of	-0.0381
job_ask	~insight on	-0.0418
job_ask	~insight to	0.0631
job_ask	~insight would	-0.0492
job_ask	~insight you	-0.036
job_ask	~job	1.4696
job_ask	~job a	-0.0288
job_ask	~job at	0.1142
job_ask	~job come	0.1216
job_ask	~job do	-0.0261
job_ask	~job ever	0.1001
job_ask	~job for	0.3753
job_ask	~job go	0.1074
job_ask	~job here	-0.0225
job_ask	~job hunt	-0.0301
job_ask	~job i	0.1738
job_ask	~job in	0.1339
job_ask	~job is	-0.0274
job_ask	~job just	-0.025
job_ask	~job on	0.2434
job_ask	~job open	0.1271
job_ask	~job or	-0.0427
job_ask	~job pleas	0.0264
job_ask	~job right	-0.0211
job_ask	~job so	0.0226
job_ask	~job that	0.0301
job_ask	~job what	-0.0336
job_ask	~job you	0.126
job_ask	~later	-0.117
job_ask	~later after	-0.0301
job_ask	~later as	0.1568
job_ask	~later i	-0.0315
job_ask	~later if	-0.031
job_ask	~learn	0.1087
job_ask	~learn a	0.0293
job_ask	~learn about	0.0468
job_ask	~learn an	0.0227
job_ask	~learn ani	-0.0374
job_ask	~learn anyon	0.1146
job_ask	~learn as	-0.0331
job_ask	~learn assist	0.1624
job_ask	~learn at	0.0293
job_ask	~learn back	-0.0549
job_ask	~learn befor	0.0319
job_ask	~learn but	0.0773
job_ask	~learn from	-0.0216
job_ask	~learn fulli	-0.025
job_ask	~learn how	-0.1874
job_ask	~learn i	0.1157
job_ask	~learn if	0.1681
job_ask	~learn in	-0.0484
job_ask	~learn into	-0.0316
job_ask	~learn it	-0.0446
job_ask	~learn me	0.2692
job_ask	~learn most	-0.0362
job_ask	~learn my	0.0901
job_ask	~learn of	0.1881
job_ask	~learn other	0.0504
job_ask	~learn out	-0.0993
job_ask	~learn suit	-0.0286
job_ask	~learn team	0.0272
job_ask	~learn the	-0.0732
job_ask	~learn their	-0.0508
job_ask	~learn this	0.0829
job_ask	~learn to	-0.0466
job_ask	~learn we	-0.0428
job_ask	~learn what	-0.0477
job_ask	~learn whether	0.117
job_ask	~learn which	-0.0336
job_ask	~learn who	0.0236
job_ask	~learn with	0.0332
job_ask	~learn you	0.0444
job_ask	~learn your	-0.1474
job_ask	~limit	-0.2782
job_ask	~limit and	0.0563
job_ask	~limit break	-0.0249
job_ask	~limit for	0.0681
job_ask	~limit i	0.0371
job_ask	~limit if	-0.0263
job_ask	~limit is	-0.0404
job_ask	~limit left	-0.024
job_ask	~limit off	-0.0302
job_ask	~limit open	0.025
job_ask	~limit or	-0.0607
job_ask	~limit research	0.0641
job_ask	~limit so	-0.0528
job_ask	~limit to	-0.0727
job_ask	~limit today	-0.038
job_ask	~limit when	0.0509
job_ask	~limit you	0.0217
job_ask	~number	-0.1374
job_ask	~number agenc	-0.0291
job_ask	~number analyst	0.0632
job_ask	~number applic	-0.0332
job_ask	~number apprenticeship	0.1304
job_ask	~number beginn	-0.0382
job_ask	~number best	-0.035
job_ask	~number big	-0.0445
job_ask	~number bit	-0.0624
job_ask	~number bootcamp	-0.0455
job_ask	~number busi	-0.027
job_ask	~number call	0.0399
job_ask	~number candid	-0.0493
job_ask	~number career	-0.073
job_ask	~number certif	-0.0285
job_ask	~number chanc	0.092
job_ask	~number client	-0.0211
job_ask	~number clock	-0.0205
job_ask	~number code	-0.0262
job_ask	~number colleagu	-0.0354
job_ask	~number compani	-0.025
job_ask	~number confer	-0.0345
job_ask	~number contact	0.068
job_ask	~number contract	0.0348
job_ask	~number convers	-0.0212
job_ask	~number coordin	0.0635
job_ask	~number counti	-0.0295
job_ask	~number coupl	-0.0506
job_ask	~number creativ	0.1473
job_ask	~number credit	-0.0265
job_ask	~number cultur	0.0587
job_ask	~number data	-0.0527
job_ask	~number dataset	-0.0224
job_ask	~number day	-0.0957
job_ask	~number degre	0.0507
job_ask	~number denver	0.027
job_ask	~number design	0.0212
job_ask	~number differ	-0.021
job_ask	~number door	0.1146
job_ask	~number entri	0.0323
job_ask	~number event	-0.0662
job_ask	~number exercis	-0.0317
job_ask	~number extra	0.0546
job_ask	~number fair	-0.0211
job_ask	~number fall	0.1458
job_ask	~number favor	-0.0735
job_ask	~number feel	-0.0231
job_ask	~number fellowship	0.1062
job_ask	~number few	-0.0444
job_ask	~number field	0.0667
job_ask	~number first	-0.056
job_ask	~number fit	0.0236
job_ask	~number foreign	-0.0278
job_ask	~number formal	-0.0222
job_ask	~number gen	-0.0209
job_ask	~number good	0.1148
job_ask	~number graduat	0.0747
job_ask	~number great	-0.0209
job_ask	~number half	-0.0278
job_ask	~number hand	-0.0669
job_ask	~number hard	-0.0224
job_ask	~number head	0.0954
job_ask	~number hospit	-0.0294
job_ask	~number hour	0.0608
job_ask	~number industri	-0.0358
job_ask	~number internship	0.0398
job_ask	~number interview	0.3358
job_ask	~number intro	-0.057
job_ask	~number introduct	-0.0572
job_ask	~number job	-0.158
job_ask	~number junior	0.1876
job_ask	~number kind	0.0592
job_ask	~number lab	0.0967
job_ask	~number licens	-0.0278
job_ask	~number logist	-0.0205
job_ask	~number long	-0.0223
job_ask	~number look	-0.0294
job_ask	~number lot	-0.0721
job_ask	~number market	0.0416
job_ask	~number master	-0.0428
job_ask	~number mid	-0.0215
job_ask	~number minut	-0.1291
job_ask	~number moment	0.175
job_ask	~number month	-0.0535
job_ask	~number more	-0.0313
job_ask	~number most	-0.0348
job_ask	~number name	-0.0901
job_ask	~number next	-0.0248
job_ask	~number nurs	-0.0828
job_ask	~number offic	-0.0292
job_ask	~number open	0.185
job_ask	~number part	0.0927
job_ask	~number peopl	-0.0325
job_ask	~number person	-0.0666
job_ask	~number point	0.0351
job_ask	~number polici	-0.0412
job_ask	~number portfolio	-0.0306
job_ask	~number posit	0.0943
job_ask	~number post	0.0367
job_ask	~number product	0.0386
job_ask	~number program	-0.0232
job_ask	~number question	-0.0286
job_ask	~number quick	-0.1187
job_ask	~number real	0.0505
job_ask	~number realist	-0.0215
job_ask	~number recruit	0.1664
job_ask	~number refer	0.0552
job_ask	~number referr	0.2012
job_ask	~number region	0.1212
job_ask	~number research	0.0265
job_ask	~number rest	-0.0324
job_ask	~number resum	-0.1
job_ask	~number role	0.0591
job_ask	~number rotat	0.1143
job_ask	~number schedul	-0.0236
job_ask	~number second	-0.0516
job_ask	~number self	0.0424
job_ask	~number short	-0.0941
job_ask	~number similar	-0.0433
job_ask	~number small	-0.036
job_ask	~number smaller	-0.0295
job_ask	~number spot	0.1449
job_ask	~number spring	-0.0218
job_ask	~number student	-0.0888
job_ask	~number studio	-0.02
job_ask	~number summer	0.2195
job_ask	~number survey	-0.051
job_ask	~number team	0.0678
job_ask	~number thank	-0.0314
job_ask	~number time	-0.0743
job_ask	~number transit	-0.0252
job_ask	~number trial	0.1326
job_ask	~number typic	-0.0752
job_ask	~number uh	0.0315
job_ask	~number unpaid	0.1277
job_ask	~number updat	-0.031
job_ask	~number ux	0.0849
job_ask	~number way	-0.0272
job_ask	~number week	0.1535
job_ask	~number word	0.0276
job_ask	~number work	-0.0397
job_ask	~number year	-0.0684
job_ask	~org	0.6184
job_ask	~org administr	-0.0326
job_ask	~org after	0.0314
job_ask	~org and	0.0686
job_ask	~org approach	-0.02
job_ask	~org are	0.0364
job_ask	~org as	0.1458
job_ask	~org be	-0.0325
job_ask	~org consid	0.0388
job_ask	~org cultur	-0.0212
job_ask	~org decid	-0.0447
job_ask	~org even	0.023
job_ask	~org ever	0.1085
job_ask	~org for	0.0674
job_ask	~org give	-0.0305
job_ask	~org handl	-0.034
job_ask	~org has	0.0933
job_ask	~org have	0.0757
job_ask	~org hire	0.1553
job_ask	~org if	-0.0247
job_ask	~org in	0.1027
job_ask	~org is	-0.0669
job_ask	~org need	0.0739
job_ask	~org next	0.07
job_ask	~org not	-0.0237
job_ask	~org of	-0.0407
job_ask	~org offer	0.049
job_ask	~org or	-0.0339
job_ask	~org pleas	0.0997
job_ask	~org post	-0.0401
job_ask	~org project	-0.0816
job_ask	~org right	0.0503
job_ask	~org so	0.0741
job_ask	~org take	0.2454
job_ask	~org tech	0.0421
job_ask	~org this	0.0412
job_ask	~org too	-0.0379
job_ask	~org usual	-0.0902
job_ask	~org what	-0.0799
job_ask	~org who	0.0561
job_ask	~org work	-0.0537
job_ask	~org would	0.1085
job_ask	~people	-0.4638
job_ask	~people at	0.0301
job_ask	~people came	-0.0351
job_ask	~people could	0.056
job_ask	~people do	-0.0315
job_ask	~people els	-0.1146
job_ask	~people from	-0.0598
job_ask	~people get	-0.0602
job_ask	~people in	-0.1803
job_ask	~people is	0.1074
job_ask	~people last	0.0316
job_ask	~people like	-0.0215
job_ask	~people might	0.0368
job_ask	~people of	0.0864
job_ask	~people on	-0.1966
job_ask	~people run	-0.0432
job_ask	~people should	0.0609
job_ask	~people to	-0.0796
job_ask	~people usual	-0.0354
job_ask	~people went	-0.025
job_ask	~people who	-0.0687
job_ask	~people with	0.0473
job_ask	~people work	-0.0267
job_ask	~people would	-0.0648
job_ask	~people you	0.1145
job_ask	~sendverb	0.2849
job_ask	~sendverb a	-0.0331
job_ask	~sendverb but	0.0328
job_ask	~sendverb if	-0.0201
job_ask	~sendverb it	0.1849
job_ask	~sendverb me	-0.0345
job_ask	~sendverb my	0.5866
job_ask	~sendverb on	-0.0371
job_ask	~sendverb over	-0.0239
job_ask	~sendverb the	-0.0277
job_ask	~sendverb them	-0.0339
job_ask	~sendverb what	-0.0286
job_ask	~sendverb you	-0.1203
job_ask	~student	0.6282
job_ask	~student analyst	0.0325
job_ask	~student and	-0.0453
job_ask	~student associ	-0.0914
job_ask	~student at	-0.0818
job_ask	~student but	0.0225
job_ask	~student by	0.0352
job_ask	~student design	-0.0225
job_ask	~student do	-0.0206
job_ask	~student engin	-0.0343
job_ask	~student feedback	-0.0221
job_ask	~student for	0.0335
job_ask	~student from	-0.0214
job_ask	~student i	0.0319
job_ask	~student in	-0.0523
job_ask	~student next	0.025
job_ask	~student of	0.0756
job_ask	~student open	0.0934
job_ask	~student or	0.0587
job_ask	~student posit	0.1196
job_ask	~student post	0.116
job_ask	~student practition	-0.0444
job_ask	~student program	0.1023
job_ask	~student research	0.0652
job_ask	~student role	0.2656
job_ask	~student scheme	0.0679
job_ask	~student school	-0.0336
job_ask	~student to	-0.0274
job_ask	~student when	0.0336
job_ask	~student who	0.0459
job_ask	~student with	0.0857
job_ask	~student you	-0.0254
job_ask	~studyverb	-0.1882
job_ask	~studyverb applic	0.1439
job_ask	~studyverb in	0.0339
job_ask	~studyverb it	-0.0225
job_ask	~studyverb my	-0.0578
job_ask	~studyverb not	-0.0292
job_ask	~studyverb on	0.3165
job_ask	~studyverb the	-0.1203
job_ask	~studyverb this	-0.0204
job_ask	~studyverb would	-0.0228
job_ask	~studyverb you	-0.1848
job_ask	~studyverb your	-0.033
job_ask	~talk	-0.3469
job_ask	~talk and	0.0261
job_ask	~talk but	0.0795
job_ask	~talk for	-0.0325
job_ask	~talk i	-0.0376
job_ask	~talk is	0.042
job_ask	~talk me	-0.0359
job_ask	~talk of	0.0697
job_ask	~talk on	-0.0401
job_ask	~talk out	-0.0647
job_ask	~talk process	-0.0248
job_ask	~talk them	-0.0225
job_ask	~talk there	0.2073
job_ask	~talk to	-0.1272
job_ask	~talk whether	0.0575
job_ask	~talk with	-0.1606
job_ask	~talk you	-0.0489
job_ask	~timeunit	0.0707
job_ask	~timeunit i	0.0832
job_ask	~timeunit you	0.0272
job_ask	~want	-0.1111
job_ask	~want about	-0.0339
job_ask	~want also	0.0239
job_ask	~want an	-0.0425
job_ask	~want be	-0.159
job_ask	~want consid	0.1706
job_ask	~want doe	0.0457
job_ask	~want eye	-0.0201
job_ask	~want for	-0.1912
job_ask	~want graduat	0.0474
job_ask	~want happili	-0.0285
job_ask	~want have	0.0543
job_ask	~want honest	0.084
job_ask	~want hope	0.1208
job_ask	~want i	0.1897
job_ask	~want in	0.1066
job_ask	~want it	0.2712
job_ask	~want jump	0.1782
job_ask	~want just	-0.0529
job_ask	~want keep	0.0943
job_ask	~want like	-0.0774
job_ask	~want love	0.0653
job_ask	~want make	-0.0274
job_ask	~want my	-0.0489
job_ask	~want need	0.0259
job_ask	~want never	-0.0253
job_ask	~want on	0.0457
job_ask	~want over	0.0205
job_ask	~want point	-0.0337
job_ask	~want rather	-0.0206
job_ask	~want realli	0.2052
job_ask	~want recommend	-0.1588
job_ask	~want share	-0.0203
job_ask	~want so	-0.0441
job_ask	~want someon	-0.0273
job_ask	~want suggest	-0.0475
job_ask	~want take	0.1012
job_ask	~want talk	0.0602
job_ask	~want that	0.0785
job_ask	~want this	-0.0214
job_ask	~want to	-0.1956
job_ask	~want tri	-0.0259
job_ask	~want valu	-0.0697
job_ask	~want want	-0.0804
job_ask	~want you	0.1722
job_ask	~want your	-0.0662
job_ask	~workverb	-0.2753
job_ask	~workverb a	-0.0401
job_ask	~workverb as	-0.0434
job_ask	~workverb for	0.0304
job_ask	~workverb fulli	-0.025
job_ask	~workverb in	-0.0681
job_ask	~workverb on	-0.054
job_ask	~workverb realli	-0.0217
job_ask	~workverb suit	-0.0286
job_ask	~workverb there	0.0343
job_ask	~workverb through	-0.021
job_ask	~workverb with	0.0598
referral_ask	*	-3.4567
referral_ask	10	0.0535
referral_ask	10 year	0.0556
referral_ask	10 ~duration	0.0556
referral_ask	15	0.094
referral_ask	15 minut	0.0953
referral_ask	15 ~limit	0.0953
referral_ask	15 ~timeunit	0.0953
referral_ask	3 so	0.0209
referral_ask	?	0.0433
referral_ask	^a	-0.0744
referral_ask	^also	0.0294
referral_ask	^and	0.0334
referral_ask	^ani	0.1539
referral_ask	^anyon	0.0871
referral_ask	^appreci	-0.0244
referral_ask	^befor	0.1698
referral_ask	^best	-0.02
referral_ask	^can	0.0404
referral_ask	^cheer	-0.0265
referral_ask	^cool	0.0737
referral_ask	^could	0.1352
referral_ask	^daili	-0.0265
referral_ask	^did	-0.0756
referral_ask	^do	0.1172
referral_ask	^even	0.0569
referral_ask	^good	-0.0301
referral_ask	^great	-0.0211
referral_ask	^have	-0.065
referral_ask	^hey	0.0211
referral_ask	^hi	-0.0649
referral_ask	^honest	-0.0761
referral_ask	^how	-0.5226
referral_ask	^i	-0.434
referral_ask	^if	-0.0783
referral_ask	^in	-0.0232
referral_ask	^is	0.0609
referral_ask	^it	0.1057
referral_ask	^just	-0.0315
referral_ask	^let	-0.0425
referral_ask	^main	0.0485
referral_ask	^might	0.0599
referral_ask	^mind	-0.0536
referral_ask	^my	-0.1117
referral_ask	^no	-0.0344
referral_ask	^oh	-0.0355
referral_ask	^ok	-0.0583
referral_ask	^one	-0.0332
referral_ask	^onli	0.1789
referral_ask	^pleas	0.0523
referral_ask	^read	-0.0215
referral_ask	^shall	-0.0234
referral_ask	^should	-0.0447
referral_ask	^sinc	-0.0251
referral_ask	^so	-0.0536
referral_ask	^sorri	-0.0497
referral_ask	^tell	-0.0294
referral_ask	^thank	-0.196
referral_ask	^that	-0.0745
referral_ask	^this	0.0265
referral_ask	^wait	-0.023
referral_ask	^was	-0.0612
referral_ask	^we	0.0293
referral_ask	^were	-0.0239
referral_ask	^what	-0.5945
referral_ask	^when	-0.0531
referral_ask	^where	-0.0803
referral_ask	^which	-0.0976
referral_ask	^who	0.3236
referral_ask	^whose	0.2623
referral_ask	^would	0.2458
referral_ask	^you	0.1645
referral_ask	a	-0.1206
referral_ask	a big	-0.0207
referral_ask	a bit	-0.0534
referral_ask	a career	-0.0508
referral_ask	a chat	0.0364
referral_ask	a code	0.0515
referral_ask	a coffe	0.095
referral_ask	a colleagu	0.1211
referral_ask	a communiti	-0.0332
referral_ask	a convers	0.0235
referral_ask	a coupl	0.1108
referral_ask	a differ	0.0508
referral_ask	a few	-0.0719
referral_ask	a first	0.0358
referral_ask	a fit	-0.0458
referral_ask	a former	0.0784
referral_ask	a friend	-0.0454
referral_ask	a gen	-0.022
referral_ask	a good	-0.0905
referral_ask	a great	0.0366
referral_ask	a hospit	-0.0294
referral_ask	a job	0.043
referral_ask	a junior	0.0574
referral_ask	a mutual	-0.0259
referral_ask	a name	0.1585
referral_ask	a new	-0.0227
referral_ask	a nonprofit	0.0445
referral_ask	a nurs	-0.0227
referral_ask	a person	-0.0322
referral_ask	a posit	-0.0203
referral_ask	a project	-0.025
referral_ask	a proper	0.0544
referral_ask	a quick	0.1752
referral_ask	a second	-0.0635
referral_ask	a short	-0.0426
referral_ask	a similar	0.101
referral_ask	a small	-0.0577
referral_ask	a smaller	0.0707
referral_ask	a spot	-0.0454
referral_ask	a student	0.2094
referral_ask	a thank	0.0315
referral_ask	a typic	-0.0247
referral_ask	a volunt	-0.0253
referral_ask	a while	-0.0286
referral_ask	a ~degree	-0.0268
referral_ask	a ~job	-0.0354
referral_ask	a ~number	0.0411
referral_ask	a ~org	-0.0757
referral_ask	a ~people	0.0873
referral_ask	a ~student	0.1641
referral_ask	abil	-0.0245
referral_ask	abl	-0.0273
referral_ask	abl to	-0.0273
referral_ask	about and	0.0374
referral_ask	about data	0.0664
referral_ask	about nonprofit	-0.0232
referral_ask	about out	0.0232
referral_ask	about that	0.053
referral_ask	about the	0.0813
referral_ask	about this	0.0681
referral_ask	about what	-0.0516
referral_ask	about your	-0.031
referral_ask	about ~job	-0.0224
referral_ask	about ~number	0.0581
referral_ask	absolut	0.0942
referral_ask	academia	-0.0275
referral_ask	accept to	0.0358
referral_ask	account	-0.0279
referral_ask	across	-0.0487
referral_ask	actual	-0.1631
referral_ask	actual a	-0.0312
referral_ask	actual like	0.0482
referral_ask	actual look	-0.0223
referral_ask	actual ~number	-0.033
referral_ask	add	-0.0247
referral_ask	administr	0.0595
referral_ask	administr that	0.0397
referral_ask	admir	0.04
referral_ask	advic	-0.069
referral_ask	advic for	-0.0223
referral_ask	advis	-0.0317
referral_ask	advis someon	-0.0296
referral_ask	advis ~people	-0.0296
referral_ask	affair	0.1337
referral_ask	affair ~org	0.1269
referral_ask	after	-0.3339
referral_ask	after a	-0.0356
referral_ask	after graduat	-0.0342
referral_ask	after i	-0.1196
referral_ask	after my	-0.0422
referral_ask	after this	-0.0276
referral_ask	after ~number	-0.057
referral_ask	afternoon	-0.0217
referral_ask	again	-0.1981
referral_ask	again after	-0.0609
referral_ask	again if	-0.0267
referral_ask	again onc	-0.0354
referral_ask	again ~want	-0.0612
referral_ask	agenc	0.0408
referral_ask	agenc side	0.0877
referral_ask	agenc ~org	0.0877
referral_ask	agre	-0.0568
referral_ask	agre to	-0.0392
referral_ask	ahead	-0.0317
referral_ask	ahead of	-0.0296
referral_ask	all	-0.1168
referral_ask	all i	-0.0225
referral_ask	all right	-0.0308
referral_ask	almost	0.0661
referral_ask	almost at	0.0515
referral_ask	along	0.0576
referral_ask	along to	-0.0523
referral_ask	alreadi	-0.0299
referral_ask	alright	-0.0676
referral_ask	alright if	-0.0425
referral_ask	also	0.4937
referral_ask	also is	0.0501
referral_ask	also love	0.0809
referral_ask	also ~want	0.0385
referral_ask	alumni	-0.0237
referral_ask	alumni from	0.0394
referral_ask	alumni panel	-0.023
referral_ask	alway	-0.0246
referral_ask	am	-0.4179
referral_ask	am a	-0.124
referral_ask	am all	0.0354
referral_ask	am appli	-0.0229
referral_ask	am at	-0.0317
referral_ask	am explor	0.0577
referral_ask	am grate	-0.0228
referral_ask	am in	-0.0244
referral_ask	am not	-0.0591
referral_ask	am tri	-0.0252
referral_ask	am ~number	-0.1337
referral_ask	am ~want	-0.0986
referral_ask	an	-0.0555
referral_ask	an interview	-0.0731
referral_ask	an intro	0.1508
referral_ask	an introduct	0.1512
referral_ask	an updat	-0.033
referral_ask	an ~degree	-0.024
referral_ask	an ~job	-0.0287
referral_ask	an ~student	-0.0226
referral_ask	an ~talk	-0.0827
referral_ask	analysi	-0.0325
referral_ask	analyst	-0.1285
referral_ask	analyst open	-0.0285
referral_ask	analyst program	-0.0206
referral_ask	analyst ~degree	-0.0206
referral_ask	analyst ~job	-0.0625
referral_ask	and	-0.2375
referral_ask	and also	0.0447
referral_ask	and can	0.0402
referral_ask	and could	0.0496
referral_ask	and i	-0.1747
referral_ask	and if	0.0321
referral_ask	and let	-0.0251
referral_ask	and then	-0.0204
referral_ask	and um	0.0666
referral_ask	and want	0.026
referral_ask	and we	-0.023
referral_ask	and would	0.0364
referral_ask	and ~number	-0.0356
referral_ask	and ~sendverb	-0.0216
referral_ask	and ~talk	-0.0207
referral_ask	and ~want	0.0573
referral_ask	ani	0.1646
referral_ask	ani alumni	0.0394
referral_ask	ani book	-0.0808
referral_ask	ani chanc	0.0905
referral_ask	ani colleagu	0.0607
referral_ask	ani good	-0.0322
referral_ask	ani name	0.0902
referral_ask	ani of	0.0923
referral_ask	ani open	-0.0505
referral_ask	ani other	0.34
referral_ask	ani read	-0.0206
referral_ask	ani summer	-0.0349
referral_ask	ani way	-0.0599
referral_ask	ani ~insight	-0.0221
referral_ask	ani ~job	-0.0615
referral_ask	ani ~people	0.1903
referral_ask	ani ~student	-0.0384
referral_ask	annual	-0.0208
referral_ask	anybodi	0.3551
referral_ask	anybodi els	0.0204
referral_ask	anybodi in	0.165
referral_ask	anybodi who	0.0698
referral_ask	anybodi ~people	0.0698
referral_ask	anyon	0.812
referral_ask	anyon at	0.1996
referral_ask	anyon come	0.0349
referral_ask	anyon els	0.2502
referral_ask	anyon from	0.0447
referral_ask	anyon in	0.1869
referral_ask	anyon introduc	-0.0251
referral_ask	anyon on	0.0658
referral_ask	anyon who	0.0515
referral_ask	anyon ~people	0.0515
referral_ask	anyth	-0.293
referral_ask	anyth els	-0.0303
referral_ask	anyth i	-0.1051
referral_ask	anyth open	-0.0382
referral_ask	anyth you	-0.0599
referral_ask	app	-0.0299
referral_ask	appli	-0.1219
referral_ask	appli for	-0.0474
referral_ask	appli to	-0.0927
referral_ask	applic	-0.0518
referral_ask	appreci	-0.0666
referral_ask	appreci this	0.0244
referral_ask	appreci you	-0.0506
referral_ask	apprenticeship	0.0721
referral_ask	apprenticeship program	0.0591
referral_ask	apprenticeship ~degree	0.0586
referral_ask	approach	-0.0466
referral_ask	architectur	-0.0331
referral_ask	architectur ~org	-0.0232
referral_ask	are	-0.103
referral_ask	are almost	0.0683
referral_ask	are ani	0.0868
referral_ask	are at	-0.0341
referral_ask	are ever	-0.0278
referral_ask	are just	0.0249
referral_ask	are near	0.0451
referral_ask	are right	-0.0209
referral_ask	are the	-0.0275
referral_ask	are there	0.0774
referral_ask	are worth	-0.0226
referral_ask	are you	-0.0953
referral_ask	are your	-0.0393
referral_ask	are ~number	-0.0238
referral_ask	are ~want	0.0201
referral_ask	area	0.1131
referral_ask	articl	-0.0212
referral_ask	articl i	-0.0226
referral_ask	articl on	-0.027
referral_ask	as	-0.1918
referral_ask	as a	-0.0637
referral_ask	as i	-0.0255
referral_ask	as someon	-0.0204
referral_ask	as ~number	-0.076
referral_ask	as ~people	-0.0367
referral_ask	ask	-0.1814
referral_ask	ask about	0.0398
referral_ask	ask for	-0.023
referral_ask	ask how	0.0207
referral_ask	ask me	-0.0214
referral_ask	ask one	-0.0713
referral_ask	ask you	-0.0271
referral_ask	ask ~number	-0.0816
referral_ask	ask ~people	-0.0727
referral_ask	assist	-0.0443
referral_ask	associ	0.0314
referral_ask	associ or	-0.0204
referral_ask	at	0.2686
referral_ask	at a	0.0401
referral_ask	at all	-0.0529
referral_ask	at confer	-0.0445
referral_ask	at deloitt	0.1276
referral_ask	at my	-0.0461
referral_ask	at our	0.0211
referral_ask	at the	0.2694
referral_ask	at time	0.0495
referral_ask	at uw	0.0704
referral_ask	at ~limit	0.0495
referral_ask	at ~number	0.2609
referral_ask	atmospher	-0.0228
referral_ask	audit	-0.0225
referral_ask	awesom	0.0252
referral_ask	back	-0.192
referral_ask	back after	-0.041
referral_ask	back from	-0.0287
referral_ask	back in	-0.031
referral_ask	back to	-0.0482
referral_ask	back ~want	-0.0425
referral_ask	background could	-0.0255
referral_ask	bank	-0.0611
referral_ask	batteri	0.1845
referral_ask	be	0.2547
referral_ask	be a	0.0529
referral_ask	be abl	-0.0271
referral_ask	be alright	-0.0505
referral_ask	be comfort	0.0622
referral_ask	be consid	-0.0517
referral_ask	be down	0.079
referral_ask	be glad	-0.1186
referral_ask	be good	0.0369
referral_ask	be grate	0.1133
referral_ask	be great	-0.0431
referral_ask	be happi	-0.0355
referral_ask	be hire	-0.0246
referral_ask	be in	-0.0411
referral_ask	be ok	0.0653
referral_ask	be open	0.0901
referral_ask	be possibl	0.1186
referral_ask	be read	-0.0414
referral_ask	be realli	0.0875
referral_ask	be talk	0.0705
referral_ask	be the	-0.0603
referral_ask	be up	0.1009
referral_ask	be use	-0.0875
referral_ask	be will	0.0712
referral_ask	be worth	0.0815
referral_ask	be ~help	-0.0875
referral_ask	be ~later	0.079
referral_ask	be ~number	-0.0222
referral_ask	be ~talk	0.0814
referral_ask	be ~want	0.023
referral_ask	becaus	-0.0411
referral_ask	becaus i	-0.0278
referral_ask	becom	-0.0358
referral_ask	been	-0.0637
referral_ask	been so	0.0399
referral_ask	been ~number	-0.0205
referral_ask	befor	0.0722
referral_ask	befor i	-0.0407
referral_ask	befor we	0.1265
referral_ask	befor you	0.0871
referral_ask	begin	-0.0232
referral_ask	berlin	0.0682
referral_ask	berlin offic	0.0685
referral_ask	berlin ~org	0.0685
referral_ask	best part	-0.0216
referral_ask	best person	0.0919
referral_ask	best way	-0.0558
referral_ask	best ~people	0.0919
referral_ask	beta	-0.0278
referral_ask	beta test	-0.0258
referral_ask	better	-0.0354
referral_ask	better to	-0.0234
referral_ask	between	-0.0718
referral_ask	big	-0.072
referral_ask	big ~people	-0.041
referral_ask	biggest	-0.0491
referral_ask	biggest influenc	-0.0302
referral_ask	biotech	-0.0279
referral_ask	bit	-0.0619
referral_ask	bit of	-0.0227
referral_ask	board	-0.0203
referral_ask	book	-0.1607
referral_ask	book or	-0.0772
referral_ask	book you	-0.0522
referral_ask	bootcamp	0.0665
referral_ask	bootcamp rout	0.0275
referral_ask	both	0.089
referral_ask	brain	0.396
referral_ask	brain i	0.1845
referral_ask	break	-0.0333
referral_ask	bring	-0.0351
referral_ask	build	-0.0307
referral_ask	burn	-0.029
referral_ask	burn out	-0.0284
referral_ask	busi	-0.035
referral_ask	but	-0.1104
referral_ask	by	-0.1069
referral_ask	by email	-0.0655
referral_ask	by ~contactverb	-0.0655
referral_ask	by ~sendverb	-0.0655
referral_ask	by ~talk	-0.0655
referral_ask	bye	-0.0272
referral_ask	call	-0.066
referral_ask	call do	0.027
referral_ask	call it	-0.0239
referral_ask	call when	-0.0288
referral_ask	call ~help	0.027
referral_ask	call ~limit	-0.0225
referral_ask	came	0.0369
referral_ask	came from	0.0216
referral_ask	can	-0.0335
referral_ask	can appli	-0.0219
referral_ask	can ask	0.0961
referral_ask	can be	-0.0571
referral_ask	can do	-0.0232
referral_ask	can give	0.0403
referral_ask	can help	-0.0254
referral_ask	can i	0.0889
referral_ask	can ~help	-0.0215
referral_ask	can ~learn	0.0984
referral_ask	can ~talk	0.0904
referral_ask	candid	-0.0375
referral_ask	card	0.0311
referral_ask	care	-0.0786
referral_ask	career	-0.1494
referral_ask	career changer	-0.029
referral_ask	career in	0.0504
referral_ask	career ~student	-0.0248
referral_ask	case	-0.0473
referral_ask	certif	-0.0579
referral_ask	chanc	0.0728
referral_ask	chanc you	0.1119
referral_ask	chang	-0.0569
referral_ask	changer	-0.029
referral_ask	channel	-0.024
referral_ask	chat	0.2105
referral_ask	chat i	0.0228
referral_ask	chat to	0.0234
referral_ask	chat with	0.1585
referral_ask	check	-0.0854
referral_ask	check back	-0.0267
referral_ask	check in	-0.0409
referral_ask	cheer	-0.0308
referral_ask	chef	0.0516
referral_ask	chemistri	-0.028
referral_ask	choos	-0.0342
referral_ask	class	-0.0308
referral_ask	client	-0.1094
referral_ask	client usual	-0.0239
referral_ask	clinic work	0.0484
referral_ask	clinic ~learn	0.0557
referral_ask	clinic ~workverb	0.0484
referral_ask	close	-0.0727
referral_ask	coach	-0.0258
referral_ask	code bootcamp	0.0507
referral_ask	code ~degree	0.0433
referral_ask	coffe	0.0912
referral_ask	cohort	0.0415
referral_ask	cold	-0.057
referral_ask	collabor	-0.0408
referral_ask	collabor with	-0.0254
referral_ask	colleagu	0.3504
referral_ask	colleagu i	0.0638
referral_ask	colleagu in	0.0666
referral_ask	colleagu of	0.0431
referral_ask	colleagu priya	0.1007
referral_ask	colleagu who	0.0607
referral_ask	colleagu you	0.0253
referral_ask	colleagu ~people	0.0607
referral_ask	collect	-0.0208
referral_ask	colleg	-0.054
referral_ask	come	0.0682
referral_ask	come across	-0.0416
referral_ask	come to	0.2691
referral_ask	come up	-0.1167
referral_ask	comfort	0.3006
referral_ask	comfort connect	0.1032
referral_ask	comfort introduc	0.0671
referral_ask	comfort ~talk	0.1032
referral_ask	commit to	0.0218
referral_ask	committe	-0.0361
referral_ask	common	-0.0278
referral_ask	communiti	-0.1162
referral_ask	communiti colleg	-0.0409
referral_ask	compani	-0.074
referral_ask	compani i	0.0682
referral_ask	compar	0.0349
referral_ask	compet	-0.0211
referral_ask	complet	-0.0234
referral_ask	complianc	0.0643
referral_ask	complianc ~org	0.0221
referral_ask	confer	-0.133
referral_ask	confer in	-0.0446
referral_ask	connect	0.1637
referral_ask	connect me	0.1872
referral_ask	connect you	-0.0466
referral_ask	consid	-0.1043
referral_ask	consid for	-0.0296
referral_ask	consult	-0.0411
referral_ask	contact	0.1897
referral_ask	contact in	-0.0286
referral_ask	contract	-0.0242
referral_ask	convers	0.056
referral_ask	convers with	0.033
referral_ask	cool	0.0814
referral_ask	cool cool	0.0747
referral_ask	could	0.6846
referral_ask	could chat	0.0453
referral_ask	could connect	0.0541
referral_ask	could do	-0.0394
referral_ask	could get	-0.0405
referral_ask	could help	-0.0248
referral_ask	could i	-0.0993
referral_ask	could intro	0.11
referral_ask	could introduc	0.118
referral_ask	could pass	0.0878
referral_ask	could point	0.049
referral_ask	could reach	0.0512
referral_ask	could recommend	-0.03
referral_ask	could refer	-0.0291
referral_ask	could talk	0.1455
referral_ask	could tri	-0.0633
referral_ask	could write	0.0335
referral_ask	could you	0.2741
referral_ask	could ~contactverb	0.0963
referral_ask	could ~help	-0.0685
referral_ask	could ~learn	0.1473
referral_ask	could ~sendverb	0.0775
referral_ask	could ~talk	0.3194
referral_ask	could ~want	-0.0633
referral_ask	council	0.0375
referral_ask	count	-0.0532
referral_ask	count me	-0.0473
referral_ask	counti	0.0268
referral_ask	coupl	0.1073
referral_ask	coupl of	0.1243
referral_ask	cours	-0.0798
referral_ask	cover	-0.0469
referral_ask	cover everyth	-0.0308
referral_ask	cowork	0.1382
referral_ask	cowork of	0.0755
referral_ask	creativ	-0.0376
referral_ask	creativ director	-0.0369
referral_ask	credit	-0.0447
referral_ask	credit analysi	-0.0262
referral_ask	cultur	0.0584
referral_ask	cultur differ	0.0613
referral_ask	curious	0.05
referral_ask	curious about	-0.0437
referral_ask	curious how	0.057
referral_ask	curious to	0.0419
referral_ask	current	-0.0252
referral_ask	cut	-0.0206
referral_ask	cybersecur	0.0249
referral_ask	daili	-0.0268
referral_ask	daili routin	-0.0265
referral_ask	data	0.0238
referral_ask	data engin	0.072
referral_ask	data scienc	-0.0368
referral_ask	data team	0.0846
referral_ask	data ~org	0.0763
referral_ask	day	-0.1257
referral_ask	day to	-0.031
referral_ask	decid	-0.0961
referral_ask	decid who	-0.02
referral_ask	decid ~people	-0.02
referral_ask	def	0.0351
referral_ask	def send	0.0365
referral_ask	def ~sendverb	0.0365
referral_ask	definit	-0.0349
referral_ask	degre	-0.0863
referral_ask	deloitt	0.1276
referral_ask	denver	0.0223
referral_ask	depart you	0.0287
referral_ask	describ	-0.0969
referral_ask	describ the	-0.0588
referral_ask	describ ~number	-0.0683
referral_ask	design	0.1483
referral_ask	design team	0.0833
referral_ask	design ~org	0.0795
referral_ask	dev	0.0548
referral_ask	develop	-0.0368
referral_ask	did	-0.1943
referral_ask	did anyon	-0.0322
referral_ask	did not	-0.0477
referral_ask	did you	-0.1517
referral_ask	did ~people	-0.0337
referral_ask	differ if	-0.041
referral_ask	differ ~insight	0.0571
referral_ask	direct or	0.081
referral_ask	director	0.1263
referral_ask	do	-0.0764
referral_ask	do a	0.0328
referral_ask	do differ	-0.0381
referral_ask	do most	-0.0579
referral_ask	do not	0.0308
referral_ask	do peopl	-0.0632
referral_ask	do research	-0.0319
referral_ask	do that	-0.0209
referral_ask	do to	-0.0448
referral_ask	do you	0.1296
referral_ask	do your	-0.024
referral_ask	do ~learn	-0.0302
referral_ask	do ~people	-0.0705
referral_ask	doe	-0.0802
referral_ask	doe a	-0.021
referral_ask	doe anyon	0.0359
referral_ask	doe that	-0.0201
referral_ask	doe your	-0.0665
referral_ask	doe ~people	0.0853
referral_ask	done the	0.0259
referral_ask	done ~number	0.0207
referral_ask	door	-0.0218
referral_ask	down	0.0228
referral_ask	down to	0.079
referral_ask	dr	0.0832
referral_ask	dr okafor	0.0895
referral_ask	draft	-0.0217
referral_ask	drop	-0.0269
referral_ask	drop you	-0.0227
referral_ask	dure	-0.03
referral_ask	each	-0.032
referral_ask	earli	-0.0867
referral_ask	earli in	-0.0281
referral_ask	earli on	-0.0468
referral_ask	earlier	0.3512
referral_ask	earlier in	0.0662
referral_ask	ecolog	0.055
referral_ask	educ	0.0998
referral_ask	educ i	0.0642
referral_ask	els	0.5845
referral_ask	els do	0.0647
referral_ask	els in	0.1023
referral_ask	els is	0.1162
referral_ask	els should	0.073
referral_ask	els would	0.0623
referral_ask	els you	0.1591
referral_ask	els ~help	0.0647
referral_ask	els ~want	0.0623
referral_ask	email	-0.0748
referral_ask	email after	-0.0205
referral_ask	email if	-0.0222
referral_ask	email in	-0.0209
referral_ask	email or	-0.0445
referral_ask	email to	0.0505
referral_ask	email with	-0.0312
referral_ask	email you	-0.1025
referral_ask	email ~people	-0.0281
referral_ask	email ~want	-0.0205
referral_ask	end	-0.1358
referral_ask	end up	-0.0592
referral_ask	engin	-0.0216
referral_ask	entri	-0.0323
referral_ask	entri level	-0.0323
referral_ask	especi	0.0694
referral_ask	ethic	-0.0276
referral_ask	evalu	0.0298
referral_ask	even ~number	0.0346
referral_ask	evening	-0.0228
referral_ask	event	-0.0302
referral_ask	eventu	-0.0233
referral_ask	ever	-0.3635
referral_ask	ever be	-0.0216
referral_ask	ever look	-0.0311
referral_ask	ever need	-0.1376
referral_ask	ever want	-0.0387
referral_ask	ever ~want	-0.0649
referral_ask	everyth	-0.0783
referral_ask	everyth i	-0.038
referral_ask	ex	0.0499
referral_ask	ex chef	0.0526
referral_ask	ex ~student	0.0526
referral_ask	exam	-0.0346
referral_ask	exercis	-0.0471
referral_ask	experi	-0.0526
referral_ask	explor	0.0493
referral_ask	explor career	0.0733
referral_ask	fall	-0.0259
referral_ask	fall and	-0.0327
referral_ask	favor	-0.0376
referral_ask	feel	0.0468
referral_ask	feel comfort	0.0737
referral_ask	fellowship	-0.0206
referral_ask	few	-0.1036
referral_ask	few field	-0.0378
referral_ask	few month	-0.036
referral_ask	few of	0.0314
referral_ask	few perspect	0.0306
referral_ask	few week	-0.0285
referral_ask	few year	-0.0433
referral_ask	few ~duration	-0.0793
referral_ask	few ~insight	0.0306
referral_ask	field	-0.1892
referral_ask	field befor	-0.038
referral_ask	field i	-0.0296
referral_ask	field who	-0.0206
referral_ask	field ~people	-0.0206
referral_ask	fieldwork	0.0557
referral_ask	figur	-0.0805
referral_ask	figur thing	-0.0292
referral_ask	fill	-0.0239
referral_ask	final	-0.062
referral_ask	final ~talk	-0.024
referral_ask	find	-0.1017
referral_ask	find it	-0.0225
referral_ask	finish	0.0421
referral_ask	finish are	0.036
referral_ask	finish my	-0.0283
referral_ask	finish the	-0.0328
referral_ask	finish up	0.0679
referral_ask	finish ~number	-0.0394
referral_ask	fintech	0.0567
referral_ask	firm	-0.0767
referral_ask	firm i	0.0388
referral_ask	first	0.0568
referral_ask	first gen	-0.0389
referral_ask	first or	0.0744
referral_ask	first year	0.0908
referral_ask	first ~duration	0.0908
referral_ask	first ~org	-0.0333
referral_ask	fit	-0.092
referral_ask	fit befor	-0.0291
referral_ask	fit me	-0.0274
referral_ask	five	-0.0215
referral_ask	folk	0.0729
referral_ask	folk in	0.0636
referral_ask	follow	-0.1451
referral_ask	follow up	-0.1032
referral_ask	for	-0.7622
referral_ask	for a	0.1719
referral_ask	for agre	-0.0265
referral_ask	for chat	0.03
referral_ask	for it	0.0471
referral_ask	for me	-0.1261
referral_ask	for new	-0.0254
referral_ask	for peopl	-0.0315
referral_ask	for someon	-0.1335
referral_ask	for squeez	-0.0204
referral_ask	for that	-0.032
referral_ask	for the	-0.1594
referral_ask	for this	0.0576
referral_ask	for to	0.0258
referral_ask	for today	-0.0226
referral_ask	for you	-0.068
referral_ask	for your	-0.0626
referral_ask	for ~people	-0.2025
referral_ask	former	0.1741
referral_ask	former colleagu	0.0226
referral_ask	former cowork	0.0747
referral_ask	former ~people	0.0495
referral_ask	former ~student	0.0528
referral_ask	forti	-0.0235
referral_ask	found	-0.0228
referral_ask	freelanc	0.0394
referral_ask	friend	0.1045
referral_ask	friend of	-0.0403
referral_ask	from	0.0243
referral_ask	from academia	-0.0285
referral_ask	from i	0.036
referral_ask	from me	-0.0315
referral_ask	from my	-0.0385
referral_ask	from peopl	-0.0317
referral_ask	from someon	0.0212
referral_ask	from teach	0.1055
referral_ask	from your	0.0272
referral_ask	from ~student	-0.0225
referral_ask	from ~workverb	0.1037
referral_ask	fulli	-0.0384
referral_ask	fulli remot	-0.0371
referral_ask	game	-0.1287
referral_ask	game design	-0.0305
referral_ask	gap	-0.0202
referral_ask	gather	0.0227
referral_ask	gather a	0.0306
referral_ask	gather ~number	0.0306
referral_ask	gen	-0.0609
referral_ask	gen z	-0.022
referral_ask	get	-0.2721
referral_ask	get an	0.1053
referral_ask	get back	-0.0217
referral_ask	get into	-0.069
referral_ask	get me	-0.0469
referral_ask	get to	-0.0356
referral_ask	get ~number	0.1048
referral_ask	give	-0.0412
referral_ask	give me	0.0541
referral_ask	give someon	-0.0258
referral_ask	give ~number	-0.0295
referral_ask	give ~people	-0.0478
referral_ask	glad	-0.1341
referral_ask	glad to	-0.1218
referral_ask	go	-0.1604
referral_ask	go back	-0.0268
referral_ask	go do	0.0592
referral_ask	go freelanc	0.026
referral_ask	go from	-0.035
referral_ask	go into	-0.0331
referral_ask	go is	0.041
referral_ask	go straight	-0.0238
referral_ask	go through	-0.0246
referral_ask	go to	-0.0583
referral_ask	go would	0.0452
referral_ask	go ~help	0.0592
referral_ask	go ~want	0.0327
referral_ask	goe	-0.0968
referral_ask	gone	0.0248
referral_ask	good	-0.1673
referral_ask	good at	-0.028
referral_ask	good book	-0.0201
referral_ask	good one	-0.0297
referral_ask	good to	0.0303
referral_ask	good word	-0.0424
referral_ask	good ~closing	-0.0249
referral_ask	good ~limit	-0.0269
referral_ask	good ~number	-0.0297
referral_ask	got	-0.1378
referral_ask	got to	-0.0217
referral_ask	got ~number	-0.0292
referral_ask	govern	-0.0296
referral_ask	grad	-0.0578
referral_ask	grad school	-0.0351
referral_ask	grad this	0.0235
referral_ask	graduat	-0.1073
referral_ask	graduat ~degree	-0.0206
referral_ask	grant	0.0476
referral_ask	grant write	0.066
referral_ask	grate	0.1096
referral_ask	grate for	0.0684
referral_ask	grate you	-0.0217
referral_ask	great	-0.0344
referral_ask	great to	-0.0669
referral_ask	great ~insight	0.0586
referral_ask	guy	0.1657
referral_ask	guy ~studyverb	0.184
referral_ask	had	-0.0804
referral_ask	had ~number	-0.0214
referral_ask	half	-0.0306
referral_ask	hand	-0.0568
referral_ask	hand on	-0.0254
referral_ask	handl	-0.044
referral_ask	happen	0.1314
referral_ask	happen to	0.1609
referral_ask	happi	-0.0831
referral_ask	happi to	-0.0763
referral_ask	hard	-0.0345
referral_ask	hard to	-0.023
referral_ask	has ani	-0.0366
referral_ask	has been	0.055
referral_ask	has ~workverb	0.0546
referral_ask	have	-0.3304
referral_ask	have 15	0.1133
referral_ask	have a	0.1041
referral_ask	have been	-0.0698
referral_ask	have done	-0.0219
referral_ask	have finish	-0.0351
referral_ask	have got	-0.0466
referral_ask	have narrow	-0.0204
referral_ask	have not	-0.0278
referral_ask	have talk	-0.0424
referral_ask	have you	-0.0212
referral_ask	have ~number	0.2093
referral_ask	have ~studyverb	-0.0403
referral_ask	have ~workverb	-0.0834
referral_ask	head	0.0492
referral_ask	head of	0.0747
referral_ask	health	0.0916
referral_ask	health depart	0.0287
referral_ask	health tech	0.0856
referral_ask	health ~org	0.028
referral_ask	health ~student	0.0856
referral_ask	healthcar	-0.0205
referral_ask	hear	0.3126
referral_ask	hear about	0.027
referral_ask	hear back	-0.0297
referral_ask	hear from	0.1328
referral_ask	hear how	0.0487
referral_ask	hear of	-0.0247
referral_ask	hear their	0.1066
referral_ask	help	-0.2782
referral_ask	help with	-0.0689
referral_ask	help you	-0.1042
referral_ask	her	0.3892
referral_ask	here	-0.173
referral_ask	here i	-0.0468
referral_ask	here so	-0.0294
referral_ask	here to	-0.0217
referral_ask	hesit	-0.0212
referral_ask	hesit to	-0.0205
referral_ask	hey	0.0211
referral_ask	hey random	-0.0217
referral_ask	hey so	0.0538
referral_ask	hi	-0.0782
referral_ask	high	-0.0267
referral_ask	high school	-0.0231
referral_ask	high ~org	-0.0231
referral_ask	hire	-0.313
referral_ask	hire a	-0.0497
referral_ask	hire manag	-0.0439
referral_ask	hire right	-0.0449
referral_ask	hire ~gatekeeper	-0.0439
referral_ask	hire ~number	-0.0497
referral_ask	hire ~org	0.0241
referral_ask	hire ~student	-0.046
referral_ask	homework	-0.0611
referral_ask	homework you	-0.0268
referral_ask	honest	-0.1603
referral_ask	honest i	-0.0567
referral_ask	honest if	-0.028
referral_ask	honest ~insight	-0.0318
referral_ask	hope	-0.0913
referral_ask	hope to	-0.0289
referral_ask	hospit	0.065
referral_ask	hospit administr	0.0665
referral_ask	hour	-0.1737
referral_ask	hour i	0.025
referral_ask	hour or	-0.0346
referral_ask	hour would	-0.0265
referral_ask	hour you	-0.0254
referral_ask	hour ~want	-0.0274
referral_ask	hous	-0.0223
referral_ask	how	-0.7284
referral_ask	how a	-0.0283
referral_ask	how did	-0.0706
referral_ask	how do	-0.1776
referral_ask	how doe	-0.0278
referral_ask	how is	-0.0243
referral_ask	how mani	-0.0219
referral_ask	how much	-0.0306
referral_ask	how often	-0.0316
referral_ask	how should	-0.0234
referral_ask	how they	0.1458
referral_ask	how would	-0.1146
referral_ask	how you	-0.1838
referral_ask	how your	-0.0372
referral_ask	how ~help	-0.1786
referral_ask	how ~people	-0.0259
referral_ask	how ~studyverb	-0.0706
referral_ask	how ~want	-0.1146
referral_ask	i	-0.1314
referral_ask	i absolut	0.0942
referral_ask	i am	-0.4172
referral_ask	i appli	-0.0404
referral_ask	i ask	-0.1033
referral_ask	i can	-0.0426
referral_ask	i chat	0.0313
referral_ask	i check	-0.0335
referral_ask	i commit	0.033
referral_ask	i connect	-0.0497
referral_ask	i contact	0.0623
referral_ask	i could	0.2962
referral_ask	i did	-0.0352
referral_ask	i do	-0.0678
referral_ask	i email	0.1465
referral_ask	i end	-0.0301
referral_ask	i figur	-0.0532
referral_ask	i follow	-0.0339
referral_ask	i got	-0.0228
referral_ask	i had	-0.0294
referral_ask	i have	-0.3302
referral_ask	i hear	0.0581
referral_ask	i hope	-0.0332
referral_ask	i just	-0.0333
referral_ask	i know	-0.1159
referral_ask	i learn	-0.0312
referral_ask	i like	-0.0315
referral_ask	i mention	-0.026
referral_ask	i might	0.1254
referral_ask	i pick	-0.0518
referral_ask	i reach	0.203
referral_ask	i realli	-0.0472
referral_ask	i said	0.1071
referral_ask	i see	-0.0214
referral_ask	i sent	-0.0389
referral_ask	i shadow	-0.0223
referral_ask	i should	0.2561
referral_ask	i speak	0.1156
referral_ask	i talk	0.0201
referral_ask	i think	-0.1338
referral_ask	i use	0.1308
referral_ask	i want	-0.1545
referral_ask	i was	-0.1422
referral_ask	i will	-0.293
referral_ask	i would	0.232
referral_ask	i ~contactverb	0.1929
referral_ask	i ~help	-0.0746
referral_ask	i ~learn	-0.2273
referral_ask	i ~people	0.0623
referral_ask	i ~sendverb	0.0415
referral_ask	i ~studyverb	-0.0587
referral_ask	i ~talk	0.3488
referral_ask	i ~want	-0.0604
referral_ask	i ~workverb	-0.0216
referral_ask	idea	-0.0261
referral_ask	if	0.1299
referral_ask	if a	0.0581
referral_ask	if anyon	0.044
referral_ask	if anyth	-0.0478
referral_ask	if i	-0.0703
referral_ask	if more	-0.0291
referral_ask	if someth	-0.0238
referral_ask	if that	-0.0722
referral_ask	if there	0.0254
referral_ask	if they	0.0685
referral_ask	if you	0.2848
referral_ask	if your	0.0886
referral_ask	if ~number	0.0296
referral_ask	if ~people	0.0348
referral_ask	in	0.1829
referral_ask	in a	-0.2235
referral_ask	in between	-0.0218
referral_ask	in biotech	0.0295
referral_ask	in contact	-0.0263
referral_ask	in corpor	0.0322
referral_ask	in financ	-0.0391
referral_ask	in fintech	0.0573
referral_ask	in hospit	0.035
referral_ask	in hous	-0.0225
referral_ask	in kitchen	0.0526
referral_ask	in mind	-0.058
referral_ask	in museum	0.1012
referral_ask	in my	0.1833
referral_ask	in pediatr	0.0893
referral_ask	in polici	0.0574
referral_ask	in product	0.168
referral_ask	in return	-0.0323
referral_ask	in risk	-0.0356
referral_ask	in the	0.2835
referral_ask	in their	0.0582
referral_ask	in this	-0.0925
referral_ask	in touch	0.0776
referral_ask	in with	-0.0304
referral_ask	in your	0.1783
referral_ask	in ~contactverb	0.0513
referral_ask	in ~help	-0.0323
referral_ask	in ~number	0.042
referral_ask	in ~org	0.0434
referral_ask	in ~people	-0.0368
referral_ask	in ~talk	-0.0263
referral_ask	industri	-0.1076
referral_ask	influenc	-0.031
referral_ask	inform	0.044
referral_ask	inform about	0.0603
referral_ask	instruct	0.0681
referral_ask	instruct design	0.0681
referral_ask	interest	-0.0528
referral_ask	interest in	-0.0208
referral_ask	intern	-0.0572
referral_ask	internal	-0.0242
referral_ask	internship	-0.0589
referral_ask	interview	-0.1242
referral_ask	interview there	-0.0206
referral_ask	interview with	-0.0281
referral_ask	into	-0.1615
referral_ask	into cybersecur	0.026
referral_ask	into data	-0.0237
referral_ask	into game	-0.021
referral_ask	into health	0.0355
referral_ask	into instruct	0.0213
referral_ask	into nurs	-0.0286
referral_ask	into product	-0.0356
referral_ask	into the	-0.0218
referral_ask	into ~number	-0.0396
referral_ask	intro	0.4973
referral_ask	intro me	0.2759
referral_ask	introduc	0.4099
referral_ask	introduc me	0.4146
referral_ask	introduc you	-0.0279
referral_ask	introduct	0.1311
referral_ask	introduct to	0.1482
referral_ask	involv	-0.021
referral_ask	is	-0.3796
referral_ask	is a	-0.0295
referral_ask	is all	-0.0283
referral_ask	is anyon	0.0767
referral_ask	is been	-0.0343
referral_ask	is better	-0.0212
referral_ask	is done	0.0763
referral_ask	is ever	-0.0521
referral_ask	is everyth	-0.0324
referral_ask	is gone	0.0291
referral_ask	is hire	-0.0489
referral_ask	is it	-0.1719
referral_ask	is made	0.074
referral_ask	is ok	-0.0218
referral_ask	is one	-0.0295
referral_ask	is realli	-0.0296
referral_ask	is that	-0.0744
referral_ask	is the	-0.0685
referral_ask	is there	0.4515
referral_ask	is worth	0.1145
referral_ask	is your	-0.0316
referral_ask	is ~gatekeeper	-0.0489
referral_ask	is ~hiring	-0.0508
referral_ask	is ~number	-0.1417
referral_ask	is ~people	0.0533
referral_ask	is ~want	-0.0476
referral_ask	is ~workverb	-0.0206
referral_ask	it	-0.0983
referral_ask	it along	0.1158
referral_ask	it be	0.0977
referral_ask	it goe	-0.0262
referral_ask	it hard	-0.0226
referral_ask	it help	-0.0403
referral_ask	it if	0.1468
referral_ask	it is	-0.126
referral_ask	it ok	-0.0408
referral_ask	it sound	0.057
referral_ask	it there	-0.0378
referral_ask	it to	0.1228
referral_ask	it went	-0.0276
referral_ask	it work	0.0543
referral_ask	it would	0.0656
referral_ask	it ~help	-0.038
referral_ask	it ~want	0.0354
referral_ask	job	-0.1623
referral_ask	job just	0.0836
referral_ask	job ~want	0.0792
referral_ask	join	-0.0489
referral_ask	jordan	0.028
referral_ask	jump	0.0429
referral_ask	jump at	-0.0237
referral_ask	jump from	0.0888
referral_ask	junior	0.0625
referral_ask	junior design	0.1267
referral_ask	junior dev	0.0505
referral_ask	junior ~student	0.1123
referral_ask	just	-0.0436
referral_ask	just about	0.0252
referral_ask	just start	-0.0433
referral_ask	just to	0.1034
referral_ask	just want	-0.0267
referral_ask	just ~number	0.0201
referral_ask	just ~want	-0.0483
referral_ask	keep	-0.2887
referral_ask	keep in	-0.1124
referral_ask	keep it	0.0214
referral_ask	keep me	-0.0593
referral_ask	keep this	-0.0204
referral_ask	keep up	-0.0213
referral_ask	keep you	-0.0346
referral_ask	kept	-0.0297
referral_ask	key	0.0256
referral_ask	kind	-0.0498
referral_ask	kind of	-0.098
referral_ask	kitchen	0.05
referral_ask	know	0.5554
referral_ask	know a	-0.0363
referral_ask	know ani	0.2471
referral_ask	know anybodi	0.2033
referral_ask	know anyon	0.1865
referral_ask	know how	-0.0776
referral_ask	know i	-0.0208
referral_ask	know if	-0.0731
referral_ask	know of	-0.0419
referral_ask	know other	0.1292
referral_ask	know we	0.031
referral_ask	know what	0.0443
referral_ask	know which	-0.0263
referral_ask	know you	-0.0388
referral_ask	know your	-0.0289
referral_ask	know ~number	-0.0379
referral_ask	know ~people	0.4405
referral_ask	known	-0.0393
referral_ask	lab	0.0615
referral_ask	lab ~job	-0.0297
referral_ask	ladder	-0.0219
referral_ask	last	-0.0261
referral_ask	late	-0.0343
referral_ask	launch	-0.0222
referral_ask	lead ~number	0.045
referral_ask	learn	-0.0993
referral_ask	learn from	0.0343
referral_ask	leav	-0.0508
referral_ask	leav it	-0.0214
referral_ask	let	-0.3454
referral_ask	let me	-0.1214
referral_ask	let you	-0.1921
referral_ask	level	-0.0425
referral_ask	level ~job	-0.0233
referral_ask	life	0.047
referral_ask	life is	0.0568
referral_ask	like	-0.0601
referral_ask	like a	0.0294
referral_ask	like and	0.0557
referral_ask	like for	-0.0336
referral_ask	like in	-0.0352
referral_ask	like she	0.0748
referral_ask	like the	-0.0304
referral_ask	like there	0.0351
referral_ask	like which	-0.0223
referral_ask	like ~people	-0.0266
referral_ask	like ~talk	0.0314
referral_ask	line	-0.0308
referral_ask	linkedin	-0.2781
referral_ask	linkedin after	-0.0272
referral_ask	linkedin if	-0.0302
referral_ask	linkedin ~want	-0.0272
referral_ask	list	-0.0495
referral_ask	logist	0.0372
referral_ask	london	0.0342
referral_ask	long	-0.0414
referral_ask	look	-0.2555
referral_ask	look at	-0.0308
referral_ask	look for	-0.0552
referral_ask	look like	-0.0791
referral_ask	look to	-0.0588
referral_ask	lot of	-0.0632
referral_ask	love	0.3232
referral_ask	love a	0.0218
referral_ask	love an	0.1482
referral_ask	love it	0.1176
referral_ask	love to	0.0589
referral_ask	love ~number	0.17
referral_ask	lunch	-0.0214
referral_ask	made	0.0935
referral_ask	made the	0.1286
referral_ask	made you	-0.0212
referral_ask	made ~number	0.1394
referral_ask	main	-0.0241
referral_ask	main client	-0.0374
referral_ask	main want	0.054
referral_ask	main ~want	0.0475
referral_ask	major	-0.027
referral_ask	make	-0.1422
referral_ask	make a	-0.0213
referral_ask	make someon	-0.031
referral_ask	make the	-0.042
referral_ask	make ~number	-0.062
referral_ask	make ~people	-0.031
referral_ask	manag	0.2
referral_ask	manag at	0.1233
referral_ask	manag be	0.0784
referral_ask	manag who	0.025
referral_ask	mani	-0.062
referral_ask	mani peopl	-0.0274
referral_ask	mani ~people	-0.0274
referral_ask	marin	0.0553
referral_ask	master	0.0718
referral_ask	materi	-0.0378
referral_ask	matter	-0.055
referral_ask	matter most	-0.0307
referral_ask	may	-0.0211
referral_ask	mayb	0.2748
referral_ask	mayb a	0.0772
referral_ask	mayb i	-0.0257
referral_ask	mayb someon	0.022
referral_ask	mayb ~number	0.077
referral_ask	mayb ~people	0.022
referral_ask	me	0.607
referral_ask	me a	-0.0241
referral_ask	me about	-0.0489
referral_ask	me an	-0.0667
referral_ask	me and	0.0823
referral_ask	me for	-0.0611
referral_ask	me how	-0.0618
referral_ask	me i	-0.0457
referral_ask	me in	0.1276
referral_ask	me internal	-0.03
referral_ask	me know	-0.0714
referral_ask	me more	0.0922
referral_ask	me or	-0.0281
referral_ask	me reach	-0.0458
referral_ask	me some	0.0259
referral_ask	me the	0.0604
referral_ask	me through	-0.0724
referral_ask	me to	0.6609
referral_ask	me too	0.0397
referral_ask	me toward	0.1214
referral_ask	me what	-0.0236
referral_ask	me with	0.1631
referral_ask	me ~learn	-0.0882
referral_ask	me ~number	-0.0233
referral_ask	me ~want	-0.0337
referral_ask	mean	0.067
referral_ask	mean a	0.0797
referral_ask	mean ~number	0.0797
referral_ask	meet	-0.0311
referral_ask	meet at	-0.0456
referral_ask	meetup	-0.0614
referral_ask	member	-0.0221
referral_ask	mention	0.5062
referral_ask	mention you	-0.0714
referral_ask	mention your	0.1244
referral_ask	mention ~want	-0.0288
referral_ask	mentor	-0.1058
referral_ask	mentor a	-0.0236
referral_ask	mentor ~number	-0.0263
referral_ask	messag	-0.0426
referral_ask	might	0.5309
referral_ask	might be	0.0313
referral_ask	might contact	0.0551
referral_ask	might have	0.1119
referral_ask	might reach	0.0855
referral_ask	might share	0.1471
referral_ask	might there	0.0552
referral_ask	might you	0.0467
referral_ask	might ~contactverb	0.1405
referral_ask	might ~people	0.0551
referral_ask	might ~sendverb	0.1471
referral_ask	might ~talk	0.1405
referral_ask	militari	0.0291
referral_ask	militari into	0.0408
referral_ask	mind	0.3322
referral_ask	mind forward	0.0388
referral_ask	mind of	0.0865
referral_ask	mine	-0.0412
referral_ask	minut	0.0282
referral_ask	minut for	0.1143
referral_ask	ml	0.0694
referral_ask	moment	-0.0436
referral_ask	month	-0.1433
referral_ask	month to	-0.0204
referral_ask	more	-0.1017
referral_ask	more question	-0.101
referral_ask	more quick	-0.0213
referral_ask	more thing	0.051
referral_ask	more ~insight	0.06
referral_ask	most	-0.3472
referral_ask	most close	-0.0346
referral_ask	most peopl	-0.0581
referral_ask	most ~people	-0.0581
referral_ask	move	-0.091
referral_ask	move from	-0.0218
referral_ask	much	-0.0617
referral_ask	much for	0.0299
referral_ask	museum	0.0943
referral_ask	museum educ	0.1041
referral_ask	must	-0.0242
referral_ask	mutual	-0.0259
referral_ask	my	-0.587
referral_ask	my background	-0.0201
referral_ask	my email	0.0426
referral_ask	my lab	-0.0291
referral_ask	my list	-0.0224
referral_ask	my old	-0.037
referral_ask	my portfolio	-0.0448
referral_ask	my professor	-0.0277
referral_ask	my resum	-0.1218
referral_ask	my shoe	0.2152
referral_ask	my thesi	-0.0301
referral_ask	my uncl	-0.0242
referral_ask	my ~application	-0.1341
referral_ask	my ~contactverb	0.0411
referral_ask	my ~degree	-0.0358
referral_ask	my ~org	-0.047
referral_ask	my ~sendverb	0.0391
referral_ask	my ~student	-0.0236
referral_ask	my ~talk	0.0308
referral_ask	myself	-0.0219
referral_ask	name	0.443
referral_ask	name come	0.2151
referral_ask	name in	-0.0412
referral_ask	name of	0.1243
referral_ask	name when	0.1436
referral_ask	narrow	-0.0204
referral_ask	narrow down	-0.0204
referral_ask	narrow ~later	-0.0204
referral_ask	near	0.0364
referral_ask	near out	0.0373
referral_ask	need	-0.2171
referral_ask	need a	-0.0326
referral_ask	need help	-0.0374
referral_ask	need someon	-0.0742
referral_ask	need to	-0.0302
referral_ask	need ~help	-0.0374
referral_ask	need ~number	-0.0456
referral_ask	need ~people	-0.0742
referral_ask	network	0.2239
referral_ask	network do	0.023
referral_ask	network i	0.0335
referral_ask	network who	0.0307
referral_ask	network ~people	0.0307
referral_ask	network ~studyverb	0.023
referral_ask	never	-0.0416
referral_ask	new	-0.1238
referral_ask	new grad	-0.0226
referral_ask	newslett	-0.0507
referral_ask	next	-0.045
referral_ask	next call	-0.0205
referral_ask	next month	-0.0411
referral_ask	next ~contactverb	-0.0205
referral_ask	next ~number	-0.0247
referral_ask	next ~talk	-0.0315
referral_ask	night	-0.0415
referral_ask	no	-0.0575
referral_ask	nonprofit	0.0446
referral_ask	nonprofit side	0.0302
referral_ask	nonprofit ~org	0.0302
referral_ask	normal	-0.0239
referral_ask	not	0.0885
referral_ask	not get	-0.0227
referral_ask	not hesit	-0.0212
referral_ask	not know	-0.0337
referral_ask	not to	0.0544
referral_ask	not want	0.1137
referral_ask	not ~learn	-0.063
referral_ask	not ~want	0.1004
referral_ask	note	-0.0449
referral_ask	note tomorrow	0.0636
referral_ask	now	-0.0911
referral_ask	nurs	-0.0868
referral_ask	of	-0.107
referral_ask	of ani	-0.0717
referral_ask	of anyon	0.0862
referral_ask	of anyth	-0.0304
referral_ask	of me	-0.0297
referral_ask	of mine	-0.0403
referral_ask	of my	-0.0258
referral_ask	of one	0.0462
referral_ask	of peopl	0.1719
referral_ask	of question	-0.0335
referral_ask	of the	-0.1201
referral_ask	of them	0.0247
referral_ask	of thing	0.0453
referral_ask	of time	0.0536
referral_ask	of what	-0.0239
referral_ask	of you	0.0328
referral_ask	of your	0.1483
referral_ask	of ~duration	-0.0346
referral_ask	of ~limit	0.0533
referral_ask	of ~number	-0.0673
referral_ask	of ~people	0.3297
referral_ask	ofc	0.1647
referral_ask	off	-0.0437
referral_ask	offer	-0.03
referral_ask	offic	0.1388
referral_ask	offic that	0.0605
referral_ask	offic who	-0.0384
referral_ask	offic you	0.0431
referral_ask	offic ~people	-0.0384
referral_ask	often	-0.0446
referral_ask	often do	-0.0292
referral_ask	often ~help	-0.0292
referral_ask	oh	-0.0355
referral_ask	ok	-0.1131
referral_ask	ok i	-0.0393
referral_ask	ok if	0.0561
referral_ask	ok introduc	0.0399
referral_ask	ok to	-0.0699
referral_ask	okafor	0.0891
referral_ask	old	0.0946
referral_ask	old cowork	0.0635
referral_ask	old manag	0.0431
referral_ask	old ~gatekeeper	0.0431
referral_ask	old ~student	0.0383
referral_ask	on	-0.3785
referral_ask	on a	-0.0508
referral_ask	on call	-0.0222
referral_ask	on linkedin	-0.2152
referral_ask	on my	-0.046
referral_ask	on rural	-0.0215
referral_ask	on the	0.2623
referral_ask	on whether	-0.0209
referral_ask	on your	0.0747
referral_ask	on ~contactverb	-0.023
referral_ask	on ~number	0.2099
referral_ask	on ~talk	-0.023
referral_ask	onc	-0.1875
referral_ask	onc i	-0.1553
referral_ask	one	-0.0636
referral_ask	one of	-0.0296
referral_ask	one or	0.07
referral_ask	one you	0.0652
referral_ask	one ~limit	-0.0228
referral_ask	onli	0.1408
referral_ask	onli if	0.1734
referral_ask	onlin	-0.0364
referral_ask	open	-0.0769
referral_ask	open i	-0.0209
referral_ask	open in	-0.0237
referral_ask	open on	-0.0465
referral_ask	open to	0.2143
referral_ask	open up	-0.0672
referral_ask	or	-0.2376
referral_ask	or did	-0.036
referral_ask	or do	-0.0301
referral_ask	or go	-0.0366
referral_ask	or is	-0.095
referral_ask	or newslett	-0.0278
referral_ask	or podcast	-0.0385
referral_ask	or the	-0.0499
referral_ask	or three	0.0479
referral_ask	or through	-0.0533
referral_ask	or two	0.0941
referral_ask	or would	0.075
referral_ask	or ~contactverb	-0.0236
referral_ask	or ~help	-0.0322
referral_ask	or ~number	0.0968
referral_ask	or ~student	0.0448
referral_ask	or ~studyverb	-0.036
referral_ask	or ~talk	-0.0225
referral_ask	or ~want	0.0627
referral_ask	order	-0.022
referral_ask	organiz	0.0434
referral_ask	other	0.5684
referral_ask	other folk	0.0914
referral_ask	other peopl	0.1211
referral_ask	other ~people	0.2257
referral_ask	otherwis	-0.0225
referral_ask	our	-0.0224
referral_ask	our half	0.0227
referral_ask	our ~number	0.0203
referral_ask	out	0.0403
referral_ask	out again	-0.1094
referral_ask	out if	0.0479
referral_ask	out in	-0.0528
referral_ask	out the	-0.0281
referral_ask	out to	0.4427
referral_ask	out ~later	-0.1094
referral_ask	out ~number	-0.0341
referral_ask	outreach	-0.0347
referral_ask	over	-0.1331
referral_ask	over from	-0.0294
referral_ask	over that	0.0328
referral_ask	over the	-0.0319
referral_ask	over ~number	-0.0462
referral_ask	own	-0.0342
referral_ask	paid	-0.0205
referral_ask	panel	-0.0317
referral_ask	paper	-0.0228
referral_ask	part	-0.1408
referral_ask	part of	-0.0617
referral_ask	part time	-0.0271
referral_ask	part ~limit	-0.0271
referral_ask	partner	-0.0287
referral_ask	pass it	0.1158
referral_ask	pass my	-0.0854
referral_ask	past	-0.0237
referral_ask	path from	0.0206
referral_ask	patient	-0.0638
referral_ask	patient care	-0.0259
referral_ask	pay	-0.023
referral_ask	pediatr	0.1163
referral_ask	peopl	-0.2084
referral_ask	peopl at	0.0554
referral_ask	peopl from	-0.0418
referral_ask	peopl i	0.0361
referral_ask	peopl in	-0.0862
referral_ask	peopl move	-0.0227
referral_ask	peopl to	0.0352
referral_ask	peopl who	-0.0712
referral_ask	peopl worth	0.1129
referral_ask	peopl you	0.0231
referral_ask	peopl ~people	-0.0712
referral_ask	perhap	0.0249
referral_ask	person	0.2198
referral_ask	person in	0.1244
referral_ask	person to	0.1026
referral_ask	person who	0.0474
referral_ask	person ~people	0.0474
referral_ask	perspect	0.2146
referral_ask	perspect on	-0.0275
referral_ask	pester	0.0446
referral_ask	physician	0.0311
referral_ask	pick	0.3282
referral_ask	pick a	-0.0479
referral_ask	pick ~number	-0.049
referral_ask	ping	-0.0346
referral_ask	ping you	-0.0324
referral_ask	pitch	-0.0295
referral_ask	pitch in	-0.0214
referral_ask	place	-0.0623
referral_ask	plan	0.05
referral_ask	plan to	-0.0356
referral_ask	planner	-0.0493
referral_ask	pleas do	-0.0291
referral_ask	pleas let	-0.0258
referral_ask	pleas ~help	-0.0291
referral_ask	podcast	-0.065
referral_ask	podcast you	-0.0238
referral_ask	point	0.2455
referral_ask	point me	0.3079
referral_ask	polici	0.1007
referral_ask	polici side	0.0756
referral_ask	polici ~org	0.0828
referral_ask	portfolio	-0.0711
referral_ask	portfolio to	-0.0411
referral_ask	portland	0.0738
referral_ask	posit	-0.0675
referral_ask	possibl	0.0974
referral_ask	possibl to	0.11
referral_ask	post	-0.0712
referral_ask	practic	-0.0389
referral_ask	practis	-0.0206
referral_ask	prefer	-0.0544
referral_ask	prepar	-0.0253
referral_ask	pressur	-0.0268
referral_ask	pretti	-0.0368
referral_ask	priya	0.0253
referral_ask	probabl	-0.0205
referral_ask	process	-0.0255
referral_ask	product	0.2346
referral_ask	product manag	0.1462
referral_ask	product market	-0.0306
referral_ask	product side	0.063
referral_ask	product ~org	0.0714
referral_ask	profession	-0.0835
referral_ask	profession associ	-0.0459
referral_ask	professor	0.0314
referral_ask	program	-0.1128
referral_ask	project	-0.1416
referral_ask	project i	-0.0345
referral_ask	promis	-0.0233
referral_ask	proper	0.0491
referral_ask	proper thank	0.0562
referral_ask	public	-0.0668
referral_ask	pushi	-0.0343
referral_ask	put	0.2601
referral_ask	put in	-0.0206
referral_ask	put me	0.2797
referral_ask	q	-0.0251
referral_ask	question	-0.1296
referral_ask	question about	0.0302
referral_ask	question come	-0.0335
referral_ask	question i	-0.0289
referral_ask	question later	-0.0296
referral_ask	question who	0.0382
referral_ask	question ~later	-0.0387
referral_ask	question ~people	0.0382
referral_ask	quick	0.1925
referral_ask	quick background	0.0492
referral_ask	quick call	0.1299
referral_ask	quick chat	0.0771
referral_ask	quick ~contactverb	0.1179
referral_ask	quick ~talk	0.195
referral_ask	quit	-0.0329
referral_ask	random	0.1177
referral_ask	rare	-0.0347
referral_ask	rather	0.0438
referral_ask	rather i	-0.0226
referral_ask	reach	0.2311
referral_ask	reach out	0.2825
referral_ask	reach you	-0.034
referral_ask	read	-0.1393
referral_ask	read list	-0.0234
referral_ask	realist	-0.0397
referral_ask	realli	-0.0207
referral_ask	realli grate	0.0431
referral_ask	realli help	-0.0331
referral_ask	realli love	-0.0335
referral_ask	realli reassur	-0.0236
referral_ask	realli valu	0.0409
referral_ask	realli ~want	0.0511
referral_ask	reason	-0.0459
referral_ask	reason i	-0.0249
referral_ask	reassur	-0.0269
referral_ask	recommend	0.1565
referral_ask	recommend a	0.0312
referral_ask	recommend for	-0.072
referral_ask	recommend i	0.229
referral_ask	recommend someon	0.0764
referral_ask	recommend to	-0.0394
referral_ask	recommend ~number	0.0278
referral_ask	recommend ~people	0.0764
referral_ask	recruit	-0.0982
referral_ask	recruit for	-0.0214
referral_ask	recruit materi	-0.0205
referral_ask	recruit or	-0.0304
referral_ask	recruit team	0.0684
referral_ask	recruit ~org	0.0684
referral_ask	refer	-0.1689
referral_ask	refer me	-0.091
referral_ask	referr	-0.0428
referral_ask	region	-0.0503
referral_ask	region offic	-0.0384
referral_ask	region ~org	-0.0448
referral_ask	regulatori	0.1643
referral_ask	regulatori affair	0.1337
referral_ask	relationship	-0.024
referral_ask	remot	-0.0605
referral_ask	report	-0.1457
referral_ask	report back	-0.0428
referral_ask	report to	-0.079
referral_ask	requir	0.0233
referral_ask	research side	0.0363
referral_ask	research team	-0.0227
referral_ask	research with	-0.0296
referral_ask	research you	0.0713
referral_ask	resid	-0.0334
referral_ask	rest	-0.0347
referral_ask	rest of	-0.0347
referral_ask	resum	-0.1293
referral_ask	resum along	-0.0449
referral_ask	resum to	-0.0577
referral_ask	retail	-0.0263
referral_ask	retail manag	-0.0205
referral_ask	return the	-0.0413
referral_ask	return ~number	-0.0413
referral_ask	review	-0.0382
referral_ask	right	-0.1945
referral_ask	right and	0.0203
referral_ask	right at	-0.0202
referral_ask	right now	-0.1184
referral_ask	risk	-0.0379
referral_ask	role	-0.1959
referral_ask	room	-0.0308
referral_ask	rout	0.0625
referral_ask	routin	-0.0265
referral_ask	run	0.1062
referral_ask	run a	-0.0293
referral_ask	run the	0.0683
referral_ask	run your	0.1319
referral_ask	run ~number	0.039
referral_ask	rural	-0.0215
referral_ask	said	0.0551
referral_ask	said you	0.0579
referral_ask	said ~number	-0.0204
referral_ask	salari	-0.0349
referral_ask	sale	-0.0581
referral_ask	say	-0.0201
referral_ask	say are	0.0295
referral_ask	say is	0.0477
referral_ask	schedul	-0.0361
referral_ask	school	-0.1142
referral_ask	scienc	-0.034
referral_ask	scientist	-0.0212
referral_ask	screen	0.0842
referral_ask	second year	0.0375
referral_ask	second ~duration	0.0375
referral_ask	sector	-0.0294
referral_ask	see	-0.113
referral_ask	see if	-0.0829
referral_ask	seem	0.1059
referral_ask	semest	-0.0302
referral_ask	send a	0.0391
referral_ask	send me	0.0439
referral_ask	send my	-0.0246
referral_ask	send over	0.0224
referral_ask	send you	-0.0614
referral_ask	send ~number	0.0339
referral_ask	senior	0.0702
referral_ask	sent	-0.0435
referral_ask	sent you	-0.031
referral_ask	serious	-0.0268
referral_ask	serv	-0.025
referral_ask	servic	-0.0374
referral_ask	set	-0.0842
referral_ask	shadow	-0.0449
referral_ask	shall	-0.0261
referral_ask	shape	-0.0764
referral_ask	shape how	-0.0384
referral_ask	shape your	-0.0346
referral_ask	share	0.0872
referral_ask	share my	-0.0208
referral_ask	share what	0.1072
referral_ask	shd	0.0205
referral_ask	she	0.1306
referral_ask	she would	0.1438
referral_ask	she ~want	0.1438
referral_ask	shift	-0.0441
referral_ask	shoe	0.2152
referral_ask	short	-0.0691
referral_ask	short ~contactverb	-0.0258
referral_ask	should	0.2789
referral_ask	should have	0.0288
referral_ask	should i	0.0743
referral_ask	should meet	0.0813
referral_ask	should talk	0.0582
referral_ask	should ~contactverb	0.0449
referral_ask	should ~talk	0.2082
referral_ask	side	0.4272
referral_ask	side just	0.0358
referral_ask	side of	0.0451
referral_ask	side too	0.1002
referral_ask	side you	0.0913
referral_ask	side ~want	0.0388
referral_ask	similar	0.101
referral_ask	similar convers	0.0706
referral_ask	sinc	-0.0746
referral_ask	sinc i	-0.0253
referral_ask	sinc we	-0.0205
referral_ask	singapor	0.0608
referral_ask	skill	-0.1042
referral_ask	small	-0.0927
referral_ask	smaller	0.0707
referral_ask	smaller agenc	0.0514
referral_ask	smaller ~org	0.0689
referral_ask	so	-0.0516
referral_ask	so i	-0.0326
referral_ask	so if	-0.0474
referral_ask	so just	0.0238
referral_ask	so one	0.0473
referral_ask	so quick	0.0768
referral_ask	so use	0.0445
referral_ask	so you	-0.0395
referral_ask	so ~help	0.0428
referral_ask	so ~number	0.0396
referral_ask	so ~people	0.0533
referral_ask	some	0.0826
referral_ask	some colleagu	0.0341
referral_ask	some person	0.1051
referral_ask	some ~insight	-0.0307
referral_ask	some ~people	0.1599
referral_ask	somebodi	0.0901
referral_ask	someday	-0.0205
referral_ask	someon	0.2586
referral_ask	someon at	0.1009
referral_ask	someon curious	-0.0325
referral_ask	someon good	-0.0212
referral_ask	someon i	0.0667
referral_ask	someon in	0.2128
referral_ask	someon just	-0.0422
referral_ask	someon like	-0.062
referral_ask	someon on	0.329
referral_ask	someon start	-0.0464
referral_ask	someon to	-0.0998
referral_ask	someon tri	-0.0276
referral_ask	someon with	-0.043
referral_ask	someon you	-0.0401
referral_ask	someon ~want	-0.1294
referral_ask	someth	-0.1395
referral_ask	someth els	-0.0408
referral_ask	someth small	-0.0215
referral_ask	sometim	-0.0408
referral_ask	sorri	-0.0843
referral_ask	sorri i	-0.0581
referral_ask	sorri one	0.0612
referral_ask	sorri to	-0.0253
referral_ask	sorri ~number	0.0524
referral_ask	sorri ~people	0.0612
referral_ask	sort	-0.0229
referral_ask	sound	0.0501
referral_ask	sound like	0.0695
referral_ask	space	0.0395
referral_ask	spanish	-0.03
referral_ask	speak	0.0897
referral_ask	speak with	0.1198
referral_ask	specif	0.0208
referral_ask	spent	-0.0424
referral_ask	spent ~number	-0.0219
referral_ask	spot	-0.0635
referral_ask	spot on	-0.0243
referral_ask	spring	-0.0415
referral_ask	squeez	-0.0264
referral_ask	staf	-0.0403
referral_ask	stage	-0.0343
referral_ask	stage of	-0.0303
referral_ask	start	-0.2612
referral_ask	start out	-0.1057
referral_ask	start to	-0.0246
referral_ask	stay	-0.1783
referral_ask	stay in	-0.1383
referral_ask	step	-0.0431
referral_ask	still	-0.1143
referral_ask	still do	-0.0291
referral_ask	stop	-0.086
referral_ask	stop there	-0.0307
referral_ask	stori	0.0453
referral_ask	straight	-0.033
referral_ask	straight to	-0.0276
referral_ask	student	0.0531
referral_ask	student at	-0.0469
referral_ask	student in	-0.0266
referral_ask	student like	0.1249
referral_ask	student who	-0.0291
referral_ask	student ~people	-0.0291
referral_ask	studi	-0.0289
referral_ask	studio	-0.025
referral_ask	suggest	0.1201
referral_ask	suggest a	0.0719
referral_ask	suggest for	-0.0212
referral_ask	suggest i	0.1075
referral_ask	suggest ~number	0.0748
referral_ask	suit	-0.035
referral_ask	suit me	-0.031
referral_ask	summer	-0.1156
referral_ask	summer open	-0.0238
referral_ask	summer ~job	-0.0484
referral_ask	super help	0.0265
referral_ask	sure	-0.0207
referral_ask	survey	-0.0531
referral_ask	survey you	-0.0212
referral_ask	sustain	0.0232
referral_ask	sustain space	0.0302
referral_ask	switch	-0.1093
referral_ask	switch career	-0.0595
referral_ask	switch from	0.0612
referral_ask	switch into	-0.0499
referral_ask	switch to	-0.0269
referral_ask	take	-0.1361
referral_ask	take care	-0.0317
referral_ask	take ~number	-0.0327
referral_ask	taken	-0.0236
referral_ask	talk	0.3991
referral_ask	talk about	0.0311
referral_ask	talk to	0.4115
referral_ask	talk with	0.1015
referral_ask	task	-0.0378
referral_ask	task you	-0.0243
referral_ask	teach	0.0646
referral_ask	teach into	0.0619
referral_ask	teach to	0.0501
referral_ask	teacher	-0.0493
referral_ask	team	0.1506
referral_ask	team and	-0.0344
referral_ask	team be	0.0315
referral_ask	team for	-0.0217
referral_ask	team lead	-0.0336
referral_ask	team might	0.1122
referral_ask	team who	0.1646
referral_ask	team work	-0.0454
referral_ask	team would	-0.0256
referral_ask	team ~gatekeeper	-0.041
referral_ask	team ~learn	-0.043
referral_ask	team ~people	0.1674
referral_ask	team ~want	-0.0256
referral_ask	team ~workverb	-0.0439
referral_ask	tech	0.0848
referral_ask	technic	-0.0372
referral_ask	tell	-0.2027
referral_ask	tell me	-0.146
referral_ask	tell you	-0.0308
referral_ask	ten	-0.0289
referral_ask	ten year	-0.0211
referral_ask	ten ~duration	-0.0211
referral_ask	tend	-0.0524
referral_ask	tend to	-0.0524
referral_ask	term	-0.0282
referral_ask	test	-0.0916
referral_ask	test the	-0.0263
referral_ask	test whether	-0.0213
referral_ask	test ~number	-0.0263
referral_ask	than	-0.0361
referral_ask	thank	-0.3032
referral_ask	thank again	-0.0288
referral_ask	thank for	-0.0616
referral_ask	thank so	0.0466
referral_ask	thank to	-0.0552
referral_ask	thank you	-0.0797
referral_ask	thank ~later	-0.0288
referral_ask	that	-0.3141
referral_ask	that cover	-0.0307
referral_ask	that i	0.0623
referral_ask	that is	-0.1946
referral_ask	that shape	-0.0384
referral_ask	that ~insight	0.0246
referral_ask	that ~number	-0.0269
referral_ask	that ~org	0.0553
referral_ask	that ~people	-0.0208
referral_ask	the	-0.189
referral_ask	the agenc	0.0582
referral_ask	the alumni	-0.0339
referral_ask	the analyst	-0.0683
referral_ask	the apprenticeship	0.0545
referral_ask	the associ	0.0414
referral_ask	the berlin	0.0685
referral_ask	the best	0.0281
referral_ask	the big	-0.0397
referral_ask	the biggest	-0.0238
referral_ask	the bootcamp	0.0583
referral_ask	the career	-0.0237
referral_ask	the certif	-0.024
referral_ask	the council	0.039
referral_ask	the counti	0.0279
referral_ask	the creativ	-0.0308
referral_ask	the cultur	0.0746
referral_ask	the data	0.0575
referral_ask	the denver	0.0387
referral_ask	the director	0.1714
referral_ask	the favor	-0.0376
referral_ask	the field	-0.0634
referral_ask	the final	-0.0216
referral_ask	the first	-0.0351
referral_ask	the graduat	-0.0255
referral_ask	the half	-0.0347
referral_ask	the head	0.0743
referral_ask	the hospit	0.0263
referral_ask	the hour	-0.0275
referral_ask	the job	-0.0446
referral_ask	the jump	0.071
referral_ask	the kind	-0.0285
referral_ask	the logist	0.0575
referral_ask	the market	0.0282
referral_ask	the militari	0.0327
referral_ask	the moment	-0.0377
referral_ask	the most	-0.0636
referral_ask	the name	0.0887
referral_ask	the next	-0.0318
referral_ask	the nonprofit	0.0227
referral_ask	the offic	0.0272
referral_ask	the one	0.0595
referral_ask	the peopl	-0.0937
referral_ask	the person	0.0335
referral_ask	the polici	0.0803
referral_ask	the product	0.0524
referral_ask	the program	-0.0271
referral_ask	the recruit	-0.055
referral_ask	the region	-0.0433
referral_ask	the regulatori	0.044
referral_ask	the spring	-0.024
referral_ask	the stage	-0.0303
referral_ask	the state	0.0274
referral_ask	the stori	-0.0259
referral_ask	the summer	-0.0268
referral_ask	the sustain	0.0302
referral_ask	the team	-0.0355
referral_ask	the time	-0.0398
referral_ask	the trust	0.049
referral_ask	the union	0.0838
referral_ask	the ~closing	-0.0409
referral_ask	the ~degree	0.0848
referral_ask	the ~gatekeeper	-0.0739
referral_ask	the ~hiring	-0.0233
referral_ask	the ~job	-0.0766
referral_ask	the ~learn	0.0274
referral_ask	the ~limit	-0.0658
referral_ask	the ~people	0.0323
referral_ask	the ~student	-0.1002
referral_ask	the ~talk	-0.024
referral_ask	the ~timeunit	-0.0275
referral_ask	their	0.2702
referral_ask	their career	0.0759
referral_ask	their first	0.1122
referral_ask	their stori	0.0817
referral_ask	them	0.1533
referral_ask	then	-0.0431
referral_ask	there	0.4384
referral_ask	there a	0.0277
referral_ask	there ani	-0.0866
referral_ask	there anybodi	0.0957
referral_ask	there anyon	0.282
referral_ask	there anyth	-0.1304
referral_ask	there be	0.0552
referral_ask	there is	0.034
referral_ask	there like	0.0271
referral_ask	there other	0.112
referral_ask	there profession	-0.0292
referral_ask	there so	-0.0216
referral_ask	there some	0.0303
referral_ask	there someon	0.1863
referral_ask	there someth	-0.0323
referral_ask	there ~number	0.0371
referral_ask	there ~people	0.6138
referral_ask	there ~student	-0.0292
referral_ask	these	-0.0318
referral_ask	these day	-0.0249
referral_ask	thesi	-0.0301
referral_ask	they	0.1695
referral_ask	they are	0.0254
referral_ask	they would	0.0629
referral_ask	they ~want	0.0624
referral_ask	thing do	0.0626
referral_ask	thing is	0.024
referral_ask	thing out	-0.0292
referral_ask	thing what	-0.0219
referral_ask	thing ~help	0.0626
referral_ask	think	0.2863
referral_ask	think about	-0.0556
referral_ask	think i	0.2266
referral_ask	think it	-0.0535
referral_ask	think she	0.0431
referral_ask	think someon	0.0926
referral_ask	think we	-0.0247
referral_ask	think would	0.0751
referral_ask	think you	-0.0325
referral_ask	think ~people	0.0926
referral_ask	think ~want	0.0751
referral_ask	this	-0.1698
referral_ask	this field	-0.0612
referral_ask	this has	0.0561
referral_ask	this i	0.0571
referral_ask	this path	0.0326
referral_ask	this summer	-0.0233
referral_ask	this up	-0.0217
referral_ask	this week	-0.0206
referral_ask	this work	0.0378
referral_ask	this ~closing	-0.0326
referral_ask	this ~learn	0.0378
referral_ask	this ~workverb	0.0378
referral_ask	those	-0.026
referral_ask	three	0.0304
referral_ask	three peopl	0.0394
referral_ask	three ~people	0.0505
referral_ask	through	-0.1719
referral_ask	through how	-0.053
referral_ask	through linkedin	-0.0229
referral_ask	through this	0.0273
referral_ask	through your	-0.0239
referral_ask	through ~number	-0.0235
referral_ask	through ~people	-0.0257
referral_ask	time	-0.1781
referral_ask	time so	0.1135
referral_ask	time to	-0.0357
referral_ask	tip	-0.0265
referral_ask	to	0.2702
referral_ask	to a	0.2079
referral_ask	to about	0.1987
referral_ask	to anyon	0.0331
referral_ask	to appli	0.0421
referral_ask	to ask	-0.1127
referral_ask	to be	-0.0766
referral_ask	to befor	0.0224
referral_ask	to client	-0.0213
referral_ask	to compar	0.0424
referral_ask	to connect	0.1169
referral_ask	to day	-0.0306
referral_ask	to decid	-0.0302
referral_ask	to do	-0.0548
referral_ask	to dr	0.1356
referral_ask	to for	-0.0375
referral_ask	to gather	0.0289
referral_ask	to get	0.0492
referral_ask	to have	0.035
referral_ask	to hear	0.2443
referral_ask	to help	-0.0675
referral_ask	to her	0.1589
referral_ask	to hire	-0.059
referral_ask	to instruct	0.0478
referral_ask	to introduc	0.0362
referral_ask	to jordan	0.0299
referral_ask	to keep	-0.0723
referral_ask	to know	0.2429
referral_ask	to leav	-0.0334
referral_ask	to let	-0.0945
referral_ask	to like	0.0262
referral_ask	to me	-0.0853
referral_ask	to meet	0.04
referral_ask	to mind	0.2691
referral_ask	to my	-0.0436
referral_ask	to next	0.0643
referral_ask	to one	0.0281
referral_ask	to pass	-0.0432
referral_ask	to peopl	-0.0498
referral_ask	to put	0.0227
referral_ask	to reach	-0.0419
referral_ask	to recruit	-0.0253
referral_ask	to refer	-0.0494
referral_ask	to return	-0.0237
referral_ask	to run	-0.0317
referral_ask	to see	-0.0977
referral_ask	to send	-0.0354
referral_ask	to someon	0.1204
referral_ask	to stay	-0.1074
referral_ask	to talk	0.1362
referral_ask	to tell	-0.0237
referral_ask	to test	-0.0377
referral_ask	to the	0.1389
referral_ask	to work	-0.0906
referral_ask	to you	-0.1594
referral_ask	to ~closing	-0.0325
referral_ask	to ~contactverb	-0.0668
referral_ask	to ~gatekeeper	-0.0309
referral_ask	to ~help	-0.1456
referral_ask	to ~learn	0.2419
referral_ask	to ~limit	-0.0602
referral_ask	to ~number	0.3642
referral_ask	to ~people	0.1318
referral_ask	to ~sendverb	-0.1155
referral_ask	to ~talk	0.0741
referral_ask	to ~want	-0.0232
referral_ask	to ~workverb	-0.1224
referral_ask	today	-0.1236
referral_ask	told	-0.0544
referral_ask	told me	-0.0342
referral_ask	tomorrow	0.0537
referral_ask	tomorrow and	0.0641
referral_ask	tonight	-0.0282
referral_ask	too	0.168
referral_ask	took	-0.0231
referral_ask	topic	-0.0318
referral_ask	total	-0.0281
referral_ask	touch	0.067
referral_ask	touch and	-0.0234
referral_ask	touch with	0.1717
referral_ask	toward	0.119
referral_ask	toward ani	-0.032
referral_ask	track	-0.0386
referral_ask	transfer	-0.0509
referral_ask	transit	-0.0493
referral_ask	translat	0.1125
referral_ask	tri	-0.1165
referral_ask	tri to	-0.0666
referral_ask	trial	-0.0307
referral_ask	trust	0.0535
referral_ask	two	0.0857
referral_ask	two or	0.0479
referral_ask	two peopl	0.0275
referral_ask	two ~people	0.0275
referral_ask	typic	-0.0399
referral_ask	uh	0.0312
referral_ask	um is	0.0286
referral_ask	um would	0.0227
referral_ask	um ~want	0.0222
referral_ask	uncl	-0.0242
referral_ask	under	0.0201
referral_ask	understand how	0.0522
referral_ask	understand what	-0.0316
referral_ask	union	0.0831
referral_ask	up	-0.2949
referral_ask	up by	-0.0272
referral_ask	up for	0.1531
referral_ask	up in	-0.0327
referral_ask	up on	-0.0476
referral_ask	up who	0.0214
referral_ask	up with	-0.0975
referral_ask	up ~people	0.0214
referral_ask	updat	-0.0436
referral_ask	updat onc	-0.0237
referral_ask	urban	0.0516
referral_ask	urban plan	0.0541
referral_ask	us	0.1709
referral_ask	use i	-0.0227
referral_ask	use thank	0.0372
referral_ask	use to	-0.0857
referral_ask	usual	-0.184
referral_ask	usual ~talk	-0.0351
referral_ask	uw	0.0704
referral_ask	ux	0.0888
referral_ask	ux research	0.0766
referral_ask	ux ~learn	0.0853
referral_ask	valu	0.0357
referral_ask	veri	-0.041
referral_ask	version	-0.0227
referral_ask	vet	0.0346
referral_ask	veteran	-0.0204
referral_ask	view	0.0951
referral_ask	volunt	-0.0625
referral_ask	wait	-0.0357
referral_ask	walk	-0.08
referral_ask	walk me	-0.0739
referral_ask	want	-0.1432
referral_ask	want me	-0.024
referral_ask	want someon	-0.0305
referral_ask	want to	-0.2019
referral_ask	want ~people	-0.0305
referral_ask	was	-0.1831
referral_ask	was it	-0.0314
referral_ask	was like	0.1334
referral_ask	was realli	-0.0229
referral_ask	was there	-0.0265
referral_ask	was wonder	-0.1218
referral_ask	was your	-0.0293
referral_ask	was ~number	-0.0223
referral_ask	was ~want	-0.033
referral_ask	way	-0.071
referral_ask	way for	-0.0215
referral_ask	way i	-0.0686
referral_ask	way to	-0.0542
referral_ask	we	-0.0231
referral_ask	we are	0.0209
referral_ask	we can	-0.041
referral_ask	we finish	0.121
referral_ask	we have	-0.0306
referral_ask	we said	-0.0201
referral_ask	we talk	0.0209
referral_ask	we would	-0.0227
referral_ask	we ~talk	-0.0405
referral_ask	we ~want	-0.0227
referral_ask	week	-0.1595
referral_ask	week and	0.0228
referral_ask	week to	-0.0322
referral_ask	weekend	-0.0538
referral_ask	weird if	0.0625
referral_ask	weird to	-0.0785
referral_ask	well	-0.0276
referral_ask	went	0.0475
referral_ask	went the	0.0487
referral_ask	went ~number	0.0487
referral_ask	were	0.0822
referral_ask	were hire	-0.0208
referral_ask	were in	0.2083
referral_ask	were me	0.0253
referral_ask	were start	-0.0482
referral_ask	were there	-0.0213
referral_ask	what	-0.8071
referral_ask	what book	-0.0239
referral_ask	what do	-0.0694
referral_ask	what doe	-0.0345
referral_ask	what happen	-0.0254
referral_ask	what i	-0.061
referral_ask	what is	-0.1702
referral_ask	what kind	-0.0359
referral_ask	what made	-0.0223
referral_ask	what make	-0.0391
referral_ask	what skill	-0.0334
referral_ask	what the	-0.0303
referral_ask	what would	-0.1407
referral_ask	what you	-0.0421
referral_ask	what ~help	-0.0694
referral_ask	what ~number	-0.0512
referral_ask	what ~student	0.0538
referral_ask	what ~want	-0.1407
referral_ask	what ~workverb	-0.0252
referral_ask	when	-0.0639
referral_ask	when a	-0.0333
referral_ask	when i	0.187
referral_ask	when you	-0.1421
referral_ask	when ~number	-0.0392
referral_ask	where	-0.1938
referral_ask	where do	-0.046
referral_ask	where i	-0.0537
referral_ask	where would	-0.0225
referral_ask	where ~help	-0.046
referral_ask	where ~want	-0.0225
referral_ask	whether	-0.1466
referral_ask	whether you	-0.0542
referral_ask	whether ~number	-0.0258
referral_ask	whi	-0.0514
referral_ask	which	-0.1238
referral_ask	which are	0.1233
referral_ask	which of	0.0239
referral_ask	while	-0.0795
referral_ask	while i	-0.0254
referral_ask	who	0.999
referral_ask	who are	-0.0482
referral_ask	who came	0.0444
referral_ask	who could	0.023
referral_ask	who do	-0.0251
referral_ask	who els	0.3893
referral_ask	who get	-0.0235
referral_ask	who have	-0.0411
referral_ask	who is	0.1784
referral_ask	who made	0.1051
referral_ask	who might	0.2312
referral_ask	who on	-0.0252
referral_ask	who report	-0.0212
referral_ask	who run	0.0352
referral_ask	who spent	-0.0204
referral_ask	who want	-0.0225
referral_ask	who went	0.0832
referral_ask	who work	0.0571
referral_ask	who would	0.1936
referral_ask	who ~help	-0.0251
referral_ask	who ~want	0.156
referral_ask	who ~workverb	-0.0358
referral_ask	whoever	0.1705
referral_ask	whoever run	0.1887
referral_ask	whose	0.4475
referral_ask	whose brain	0.4075
referral_ask	whose work	0.04
referral_ask	whose ~learn	0.04
referral_ask	whose ~workverb	0.04
referral_ask	will	-0.2363
referral_ask	will be	-0.0269
referral_ask	will def	0.0353
referral_ask	will definit	-0.0314
referral_ask	will let	-0.0636
referral_ask	will report	-0.0307
referral_ask	will stop	-0.021
referral_ask	will to	0.074
referral_ask	will ~contactverb	-0.0419
referral_ask	will ~talk	-0.0405
referral_ask	wish	-0.068
referral_ask	wish you	-0.0392
referral_ask	with	0.1931
referral_ask	with a	0.0533
referral_ask	with an	-0.0286
referral_ask	with me	0.1006
referral_ask	with most	-0.0394
referral_ask	with my	-0.0466
referral_ask	with on	-0.0243
referral_ask	with peopl	-0.1165
referral_ask	with someon	0.1777
referral_ask	with the	-0.118
referral_ask	with them	0.0934
referral_ask	with to	0.0521
referral_ask	with whoever	0.1887
referral_ask	with you	-0.1695
referral_ask	with ~number	-0.0949
referral_ask	with ~people	0.0345
referral_ask	without	-0.0907
referral_ask	without a	-0.0412
referral_ask	without ~number	-0.0412
referral_ask	wonder	-0.1416
referral_ask	wonder what	-0.0326
referral_ask	wonder whether	-0.06
referral_ask	word	-0.0432
referral_ask	word for	-0.0328
referral_ask	work at	-0.0353
referral_ask	work for	0.0441
referral_ask	work fulli	-0.0371
referral_ask	work in	0.3091
referral_ask	work on	-0.0202
referral_ask	work with	-0.0724
referral_ask	work ~want	-0.0221
referral_ask	worst	-0.0238
referral_ask	worth	0.2371
referral_ask	worth a	0.0956
referral_ask	worth hear	0.05
referral_ask	worth it	-0.0361
referral_ask	worth talk	0.0411
referral_ask	worth ~number	0.0813
referral_ask	worth ~talk	0.1447
referral_ask	would	0.8296
referral_ask	would also	0.1647
referral_ask	would an	-0.0215
referral_ask	would be	0.1364
referral_ask	would consid	-0.0217
referral_ask	would feel	0.027
referral_ask	would have	0.0436
referral_ask	would i	-0.0322
referral_ask	would it	0.0483
referral_ask	would jump	-0.0233
referral_ask	would like	-0.07
referral_ask	would love	0.297
referral_ask	would never	-0.0219
referral_ask	would point	0.0901
referral_ask	would set	-0.0268
referral_ask	would suggest	0.1084
referral_ask	would you	0.3249
referral_ask	would your	0.0699
referral_ask	would ~number	-0.0363
referral_ask	wrap	-0.0394
referral_ask	wrap up	-0.0277
referral_ask	write	0.0322
referral_ask	write to	0.0334
referral_ask	write you	-0.0358
referral_ask	write ~number	-0.0292
referral_ask	wud	0.0204
referral_ask	yeah	-0.0528
referral_ask	year	-0.0408
referral_ask	year ~student	0.0708
referral_ask	yet	-0.0233
referral_ask	you	-0.1572
referral_ask	you a	-0.0522
referral_ask	you advis	-0.0296
referral_ask	you approach	-0.0432
referral_ask	you are	-0.1464
referral_ask	you can	-0.0529
referral_ask	you card	0.0504
referral_ask	you could	0.2642
referral_ask	you decid	-0.0299
referral_ask	you describ	-0.0847
referral_ask	you direct	-0.0225
referral_ask	you do	-0.0659
referral_ask	you email	-0.0358
referral_ask	you end	-0.0201
referral_ask	you ever	-0.1836
referral_ask	you feel	0.0441
referral_ask	you figur	-0.0272
referral_ask	you find	-0.0705
referral_ask	you for	-0.1256
referral_ask	you get	-0.0633
referral_ask	you give	-0.0287
referral_ask	you go	0.0617
referral_ask	you handl	-0.0227
referral_ask	you happen	0.1662
referral_ask	you hear	-0.0255
referral_ask	you how	-0.0204
referral_ask	you i	0.0295
referral_ask	you if	-0.0807
referral_ask	you in	-0.0439
referral_ask	you introduc	0.1468
referral_ask	you keep	-0.0939
referral_ask	you know	0.3752
referral_ask	you let	-0.0318
referral_ask	you like	-0.0351
referral_ask	you made	-0.0522
referral_ask	you meet	-0.0246
referral_ask	you mention	0.5636
referral_ask	you might	-0.03
referral_ask	you mind	0.1914
referral_ask	you need	-0.0481
referral_ask	you note	0.0512
referral_ask	you on	-0.1162
referral_ask	you pick	0.2181
referral_ask	you point	0.1447
referral_ask	you prefer	-0.0533
referral_ask	you put	0.0996
referral_ask	you rather	0.068
referral_ask	you realli	0.0432
referral_ask	you recommend	0.179
referral_ask	you report	-0.0491
referral_ask	you said	0.0224
referral_ask	you send	0.0372
referral_ask	you so	-0.0356
referral_ask	you start	-0.0266
referral_ask	you still	-0.072
referral_ask	you suggest	0.0617
referral_ask	you switch	-0.0216
referral_ask	you take	-0.0256
referral_ask	you tell	-0.1157
referral_ask	you that	-0.025
referral_ask	you the	-0.0531
referral_ask	you think	0.4767
referral_ask	you to	-0.066
referral_ask	you use	-0.0288
referral_ask	you usual	-0.0746
referral_ask	you walk	-0.0532
referral_ask	you want	-0.0507
referral_ask	you were	0.123
referral_ask	you when	-0.0447
referral_ask	you wish	-0.0643
referral_ask	you with	-0.0246
referral_ask	you work	-0.0577
referral_ask	you would	-0.0298
referral_ask	you ~contactverb	-0.0534
referral_ask	you ~help	-0.0978
referral_ask	you ~hiring	-0.0268
referral_ask	you ~insight	-0.023
referral_ask	you ~later	-0.0298
referral_ask	you ~learn	0.3238
referral_ask	you ~number	-0.1454
referral_ask	you ~sendverb	-0.0232
referral_ask	you ~studyverb	-0.0221
referral_ask	you ~talk	-0.1052
referral_ask	you ~want	-0.0929
referral_ask	you ~workverb	-0.0664
referral_ask	your	0.1126
referral_ask	your agenc	-0.0302
referral_ask	your assist	-0.0268
referral_ask	your career	-0.1018
referral_ask	your colleagu	0.1309
referral_ask	your compani	-0.0286
referral_ask	your depart	-0.0284
referral_ask	your experi	-0.0249
referral_ask	your field	-0.0414
referral_ask	your firm	-0.0345
referral_ask	your first	-0.0554
referral_ask	your former	0.112
referral_ask	your game	-0.0283
referral_ask	your hire	-0.022
referral_ask	your main	-0.0381
referral_ask	your manag	0.0649
referral_ask	your mentor	-0.0211
referral_ask	your name	0.1382
referral_ask	your network	0.1512
referral_ask	your next	-0.0322
referral_ask	your old	0.1497
referral_ask	your recruit	0.0278
referral_ask	your role	-0.024
referral_ask	your team	-0.1473
referral_ask	your time	-0.05
referral_ask	your ux	0.1043
referral_ask	your view	0.0979
referral_ask	your week	-0.0263
referral_ask	your who	0.0823
referral_ask	your ~closing	-0.0657
referral_ask	your ~degree	-0.035
referral_ask	your ~gatekeeper	0.0212
referral_ask	your ~hiring	0.0274
referral_ask	your ~insight	0.0357
referral_ask	your ~job	-0.0359
referral_ask	your ~learn	-0.0236
referral_ask	your ~limit	-0.1115
referral_ask	your ~org	-0.359
referral_ask	your ~people	0.2046
referral_ask	your ~talk	0.1391
referral_ask	z	-0.022
referral_ask	z perspect	-0.0217
referral_ask	z ~insight	-0.022
referral_ask	~application	-0.1707
referral_ask	~application along	-0.0449
referral_ask	~application to	-0.0655
referral_ask	~closing	-0.3121
referral_ask	~closing of	-0.0359
referral_ask	~closing to	-0.0459
referral_ask	~contactverb	0.1829
referral_ask	~contactverb about	0.0561
referral_ask	~contactverb after	-0.0349
referral_ask	~contactverb again	-0.0271
referral_ask	~contactverb back	-0.0219
referral_ask	~contactverb do	0.027
referral_ask	~contactverb her	0.1267
referral_ask	~contactverb if	-0.0218
referral_ask	~contactverb in	-0.0307
referral_ask	~contactverb it	-0.0288
referral_ask	~contactverb or	-0.0442
referral_ask	~contactverb out	0.1943
referral_ask	~contactverb to	0.0704
referral_ask	~contactverb when	-0.035
referral_ask	~contactverb with	0.1383
referral_ask	~contactverb you	-0.1577
referral_ask	~degree	-0.0708
referral_ask	~degree at	0.0743
referral_ask	~degree in	-0.0383
referral_ask	~degree is	-0.0227
referral_ask	~degree program	0.0352
referral_ask	~degree requir	0.0314
referral_ask	~degree rout	0.0537
referral_ask	~degree so	0.0364
referral_ask	~degree work	0.054
referral_ask	~duration	-0.123
referral_ask	~duration to	-0.0249
referral_ask	~gatekeeper	-0.1829
referral_ask	~gatekeeper at	0.0585
referral_ask	~gatekeeper be	0.0784
referral_ask	~gatekeeper for	-0.0329
referral_ask	~gatekeeper manag	-0.0439
referral_ask	~gatekeeper or	-0.0416
referral_ask	~gatekeeper right	-0.0449
referral_ask	~help	-0.5796
referral_ask	~help differ	-0.0381
referral_ask	~help for	-0.0208
referral_ask	~help i	-0.034
referral_ask	~help if	-0.023
referral_ask	~help me	0.0547
referral_ask	~help most	-0.0576
referral_ask	~help not	0.0308
referral_ask	~help peopl	-0.0748
referral_ask	~help someon	-0.0258
referral_ask	~help thank	0.0372
referral_ask	~help that	-0.0209
referral_ask	~help the	-0.0483
referral_ask	~help to	-0.0976
referral_ask	~help with	-0.0689
referral_ask	~help you	0.0726
referral_ask	~help your	-0.0271
referral_ask	~hiring	-0.1844
referral_ask	~hiring manag	-0.0439
referral_ask	~hiring materi	-0.0205
referral_ask	~hiring right	-0.0449
referral_ask	~hiring team	0.0736
referral_ask	~insight about	0.0583
referral_ask	~insight befor	0.034
referral_ask	~insight care	-0.0317
referral_ask	~insight for	-0.0485
referral_ask	~insight from	-0.0407
referral_ask	~insight on	-0.0697
referral_ask	~job	-0.7667
referral_ask	~job at	-0.0291
referral_ask	~job for	-0.0397
referral_ask	~job i	-0.0594
referral_ask	~job in	-0.0645
referral_ask	~job just	0.0833
referral_ask	~job on	-0.0787
referral_ask	~job open	-0.0319
referral_ask	~job you	-0.0233
referral_ask	~later	-0.1841
referral_ask	~later after	-0.0616
referral_ask	~later i	0.1231
referral_ask	~later if	-0.0352
referral_ask	~later onc	-0.0362
referral_ask	~later to	0.079
referral_ask	~learn	0.084
referral_ask	~learn a	-0.0353
referral_ask	~learn about	0.0852
referral_ask	~learn also	0.0629
referral_ask	~learn an	0.1053
referral_ask	~learn ani	0.2471
referral_ask	~learn anybodi	0.2033
referral_ask	~learn anyon	0.1865
referral_ask	~learn at	-0.0202
referral_ask	~learn back	-0.0499
referral_ask	~learn for	0.0329
referral_ask	~learn from	0.0798
referral_ask	~learn fulli	-0.0371
referral_ask	~learn how	0.0565
referral_ask	~learn i	-0.0313
referral_ask	~learn if	0.0504
referral_ask	~learn in	0.1661
referral_ask	~learn into	-0.057
referral_ask	~learn it	-0.0448
referral_ask	~learn me	-0.075
referral_ask	~learn more	-0.0237
referral_ask	~learn of	-0.0856
referral_ask	~learn one	-0.0713
referral_ask	~learn other	0.1292
referral_ask	~learn out	-0.0205
referral_ask	~learn peopl	-0.0201
referral_ask	~learn side	0.0363
referral_ask	~learn team	-0.0227
referral_ask	~learn that	-0.031
referral_ask	~learn the	-0.0378
referral_ask	~learn their	0.0881
referral_ask	~learn thing	-0.0297
referral_ask	~learn to	-0.0524
referral_ask	~learn we	0.0404
referral_ask	~learn whether	-0.0375
referral_ask	~learn which	-0.0384
referral_ask	~learn with	-0.1079
referral_ask	~learn you	-0.0595
referral_ask	~learn your	-0.0544
referral_ask	~limit	-0.4281
referral_ask	~limit and	-0.0398
referral_ask	~limit for	0.1017
referral_ask	~limit or	-0.0484
referral_ask	~limit so	0.1135
referral_ask	~limit to	-0.0685
referral_ask	~limit would	-0.0337
referral_ask	~limit you	-0.0339
referral_ask	~number	-0.1908
referral_ask	~number agenc	0.0527
referral_ask	~number alumni	-0.0339
referral_ask	~number analyst	-0.0705
referral_ask	~number apprenticeship	0.0421
referral_ask	~number associ	0.0396
referral_ask	~number berlin	0.0685
referral_ask	~number best	0.0261
referral_ask	~number big	-0.0604
referral_ask	~number biggest	-0.0238
referral_ask	~number bit	-0.0534
referral_ask	~number bootcamp	0.044
referral_ask	~number career	-0.0745
referral_ask	~number certif	-0.0271
referral_ask	~number chat	0.0348
referral_ask	~number client	-0.023
referral_ask	~number clinic	-0.021
referral_ask	~number code	0.0435
referral_ask	~number coffe	0.095
referral_ask	~number colleagu	0.1393
referral_ask	~number communiti	-0.0365
referral_ask	~number convers	0.0219
referral_ask	~number council	0.039
referral_ask	~number counti	0.0268
referral_ask	~number coupl	0.1108
referral_ask	~number creativ	-0.0308
referral_ask	~number cultur	0.0746
referral_ask	~number data	0.0522
referral_ask	~number day	-0.026
referral_ask	~number denver	0.0387
referral_ask	~number differ	0.0327
referral_ask	~number director	0.1698
referral_ask	~number favor	-0.0376
referral_ask	~number few	-0.0812
referral_ask	~number field	-0.1015
referral_ask	~number final	-0.0342
referral_ask	~number fit	-0.0458
referral_ask	~number former	0.0784
referral_ask	~number friend	-0.0479
referral_ask	~number gen	-0.022
referral_ask	~number good	-0.0905
referral_ask	~number graduat	-0.0268
referral_ask	~number great	0.0366
referral_ask	~number half	-0.0347
referral_ask	~number head	0.069
referral_ask	~number hire	-0.0222
referral_ask	~number home	0.0256
referral_ask	~number honest	-0.0242
referral_ask	~number hour	-0.0517
referral_ask	~number i	-0.028
referral_ask	~number internship	-0.0218
referral_ask	~number interview	-0.0821
referral_ask	~number intro	0.1434
referral_ask	~number introduct	0.1512
referral_ask	~number jump	0.071
referral_ask	~number junior	0.0411
referral_ask	~number kind	-0.0332
referral_ask	~number line	-0.0237
referral_ask	~number logist	0.0499
referral_ask	~number market	0.0282
referral_ask	~number militari	0.0327
referral_ask	~number minut	0.0338
referral_ask	~number moment	-0.0387
referral_ask	~number month	-0.0594
referral_ask	~number most	-0.0638
referral_ask	~number move	-0.0231
referral_ask	~number mutual	-0.0259
referral_ask	~number name	0.2471
referral_ask	~number new	-0.0387
referral_ask	~number nonprofit	0.0673
referral_ask	~number note	-0.023
referral_ask	~number of	0.1261
referral_ask	~number offic	0.0272
referral_ask	~number one	0.0578
referral_ask	~number open	-0.0308
referral_ask	~number or	0.1168
referral_ask	~number order	-0.0211
referral_ask	~number part	-0.021
referral_ask	~number person	0.0369
referral_ask	~number perspect	0.0302
referral_ask	~number point	-0.0229
referral_ask	~number polici	0.0725
referral_ask	~number posit	-0.0203
referral_ask	~number product	0.0423
referral_ask	~number professor	0.0701
referral_ask	~number program	-0.0354
referral_ask	~number project	-0.0337
referral_ask	~number proper	0.0544
referral_ask	~number public	-0.0212
referral_ask	~number quick	0.1808
referral_ask	~number recruit	-0.0632
referral_ask	~number region	-0.0497
referral_ask	~number regulatori	0.044
referral_ask	~number second	-0.0642
referral_ask	~number short	-0.0429
referral_ask	~number similar	0.101
referral_ask	~number skill	-0.0307
referral_ask	~number small	-0.058
referral_ask	~number smaller	0.0707
referral_ask	~number spot	-0.0466
referral_ask	~number spring	-0.024
referral_ask	~number stage	-0.0303
referral_ask	~number state	0.0274
referral_ask	~number stori	-0.0259
referral_ask	~number student	0.1975
referral_ask	~number summer	-0.0338
referral_ask	~number survey	-0.0211
referral_ask	~number sustain	0.0274
referral_ask	~number team	-0.037
referral_ask	~number thank	0.0308
referral_ask	~number time	-0.053
referral_ask	~number transit	-0.0367
referral_ask	~number trust	0.049
referral_ask	~number typic	-0.0259
referral_ask	~number union	0.0838
referral_ask	~number updat	-0.033
referral_ask	~number volunt	-0.0363
referral_ask	~number way	-0.0204
referral_ask	~number week	-0.0516
referral_ask	~number while	-0.0286
referral_ask	~number year	-0.0468
referral_ask	~number you	0.0652
referral_ask	~org	0.3645
referral_ask	~org administr	0.0665
referral_ask	~org and	-0.0555
referral_ask	~org be	0.0315
referral_ask	~org decid	-0.0232
referral_ask	~org do	0.0646
referral_ask	~org ever	-0.0449
referral_ask	~org for	-0.0307
referral_ask	~org handl	-0.0231
referral_ask	~org has	-0.0398
referral_ask	~org i	0.1153
referral_ask	~org if	0.0526
referral_ask	~org is	-0.0406
referral_ask	~org just	0.0358
referral_ask	~org lead	-0.0336
referral_ask	~org like	-0.0221
referral_ask	~org might	0.1122
referral_ask	~org next	-0.021
referral_ask	~org not	0.1007
referral_ask	~org of	0.0491
referral_ask	~org or	-0.0232
referral_ask	~org project	-0.0213
referral_ask	~org right	-0.0215
referral_ask	~org side	0.0931
referral_ask	~org so	-0.0382
referral_ask	~org that	0.0518
referral_ask	~org to	-0.0231
referral_ask	~org too	0.1002
referral_ask	~org who	0.1475
referral_ask	~org work	-0.0509
referral_ask	~org would	-0.0299
referral_ask	~org you	0.1756
referral_ask	~people	1.8757
referral_ask	~people are	-0.0558
referral_ask	~people at	0.3713
referral_ask	~people came	0.0444
referral_ask	~people come	0.1229
referral_ask	~people could	0.023
referral_ask	~people curious	-0.0325
referral_ask	~people do	-0.0336
referral_ask	~people els	0.6555
referral_ask	~people from	0.0545
referral_ask	~people get	-0.0502
referral_ask	~people good	-0.0212
referral_ask	~people have	-0.0475
referral_ask	~people help	-0.0287
referral_ask	~people hope	-0.0279
referral_ask	~people i	0.1465
referral_ask	~people in	0.7683
referral_ask	~people introduc	-0.0251
referral_ask	~people is	0.1784
referral_ask	~people just	-0.0553
referral_ask	~people leav	-0.0201
referral_ask	~people like	-0.047
referral_ask	~people made	0.1051
referral_ask	~people might	0.23
referral_ask	~people move	-0.0499
referral_ask	~people of	0.1321
referral_ask	~people on	0.4168
referral_ask	~people or	0.0585
referral_ask	~people panel	-0.023
referral_ask	~people priya	0.1007
referral_ask	~people report	-0.0212
referral_ask	~people run	0.0352
referral_ask	~people spent	-0.0204
referral_ask	~people start	-0.048
referral_ask	~people tend	-0.0298
referral_ask	~people tri	-0.0276
referral_ask	~people usual	-0.0305
referral_ask	~people want	-0.0288
referral_ask	~people went	0.0832
referral_ask	~people who	0.211
referral_ask	~people with	-0.0635
referral_ask	~people work	0.051
referral_ask	~people worth	0.1129
referral_ask	~people would	0.2039
referral_ask	~people you	0.1657
referral_ask	~sendverb	-0.0424
referral_ask	~sendverb a	0.0313
referral_ask	~sendverb after	-0.0205
referral_ask	~sendverb if	-0.0222
referral_ask	~sendverb in	-0.0209
referral_ask	~sendverb it	0.1
referral_ask	~sendverb me	0.0439
referral_ask	~sendverb my	-0.1427
referral_ask	~sendverb or	-0.0442
referral_ask	~sendverb over	0.0224
referral_ask	~sendverb to	0.0505
referral_ask	~sendverb what	0.1077
referral_ask	~sendverb with	-0.0308
referral_ask	~sendverb you	-0.1697
referral_ask	~student	-0.0862
referral_ask	~student 10	0.0562
referral_ask	~student associ	-0.0487
referral_ask	~student be	0.0784
referral_ask	~student design	0.1267
referral_ask	~student dev	0.0505
referral_ask	~student for	-0.0394
referral_ask	~student from	-0.0245
referral_ask	~student i	-0.0218
referral_ask	~student in	-0.0377
referral_ask	~student move	0.0276
referral_ask	~student of	-0.024
referral_ask	~student on	0.2114
referral_ask	~student open	-0.0441
referral_ask	~student program	-0.0443
referral_ask	~student role	-0.0408
referral_ask	~student rout	0.0279
referral_ask	~student school	-0.0351
referral_ask	~student to	-0.0212
referral_ask	~student who	-0.0359
referral_ask	~student would	0.021
referral_ask	~student you	0.0745
referral_ask	~studyverb	-0.2193
referral_ask	~studyverb anyon	-0.0322
referral_ask	~studyverb career	-0.0389
referral_ask	~studyverb into	-0.0203
referral_ask	~studyverb my	-0.0213
referral_ask	~studyverb not	-0.0477
referral_ask	~studyverb research	-0.0297
referral_ask	~studyverb the	-0.0519
referral_ask	~studyverb you	-0.163
referral_ask	~talk	1.1644
referral_ask	~talk about	0.1207
referral_ask	~talk after	-0.0205
referral_ask	~talk again	-0.0227
referral_ask	~talk at	-0.075
referral_ask	~talk do	0.05
referral_ask	~talk for	0.0286
referral_ask	~talk from	0.0222
referral_ask	~talk her	0.1267
referral_ask	~talk how	0.0207
referral_ask	~talk i	0.0525
referral_ask	~talk in	-0.0338
referral_ask	~talk it	-0.0304
referral_ask	~talk me	0.1659
referral_ask	~talk on	-0.0302
referral_ask	~talk one	-0.0816
referral_ask	~talk or	-0.0474
referral_ask	~talk out	0.1554
referral_ask	~talk patient	-0.0232
referral_ask	~talk peopl	-0.0472
referral_ask	~talk someon	-0.0432
referral_ask	~talk there	-0.0206
referral_ask	~talk to	0.5204
referral_ask	~talk when	-0.0418
referral_ask	~talk who	0.0307
referral_ask	~talk with	0.4683
referral_ask	~talk you	-0.1801
referral_ask	~timeunit	-0.1447
referral_ask	~timeunit and	-0.0216
referral_ask	~timeunit for	0.1126
referral_ask	~timeunit i	0.0233
referral_ask	~timeunit or	-0.0389
referral_ask	~timeunit would	-0.0265
referral_ask	~timeunit you	-0.0321
referral_ask	~want	0.0792
referral_ask	~want a	-0.0505
referral_ask	~want also	0.1647
referral_ask	~want an	-0.0313
referral_ask	~want be	0.1364
referral_ask	~want consid	-0.0217
referral_ask	~want curious	0.0437
referral_ask	~want feel	0.027
referral_ask	~want for	-0.0631
referral_ask	~want graduat	-0.0346
referral_ask	~want grate	0.0431
referral_ask	~want have	0.0436
referral_ask	~want hear	0.029
referral_ask	~want help	-0.0213
referral_ask	~want how	0.0561
referral_ask	~want i	-0.2184
referral_ask	~want in	-0.0346
referral_ask	~want it	0.177
referral_ask	~want jump	-0.0233
referral_ask	~want just	-0.027
referral_ask	~want like	-0.0753
referral_ask	~want love	0.2631
referral_ask	~want me	-0.024
referral_ask	~want my	-0.0422
referral_ask	~want never	-0.0219
referral_ask	~want point	0.0901
referral_ask	~want reassur	-0.0236
referral_ask	~want set	-0.0268
referral_ask	~want someon	-0.0433
referral_ask	~want start	-0.0433
referral_ask	~want suggest	0.1084
referral_ask	~want thank	-0.0221
referral_ask	~want the	-0.0388
referral_ask	~want this	-0.0249
referral_ask	~want to	-0.1805
referral_ask	~want valu	0.0381
referral_ask	~want want	0.0209
referral_ask	~want we	-0.0227
referral_ask	~want you	0.2159
referral_ask	~want your	0.0409
referral_ask	~workverb	-0.2657
referral_ask	~workverb at	-0.0395
referral_ask	~workverb for	0.0444
referral_ask	~workverb fulli	-0.0371
referral_ask	~workverb in	0.2388
referral_ask	~workverb into	0.0615
referral_ask	~workverb on	-0.0415
referral_ask	~workverb so	0.0388
referral_ask	~workverb the	-0.027
referral_ask	~workverb there	-0.0268
referral_ask	~workverb to	0.0422
referral_ask	~workverb with	-0.0877
referral_ask	~workverb your	-0.0241
follow_up	*	-3.612
follow_up	10	-0.021
follow_up	15	-0.038
follow_up	15 minut	-0.0343
follow_up	15 ~limit	-0.0343
follow_up	15 ~timeunit	-0.0343
follow_up	2 year	0.0263
follow_up	2 ~duration	0.0263
follow_up	20	-0.0503
follow_up	20 minut	-0.0496
follow_up	20 ~limit	-0.0478
follow_up	20 ~timeunit	-0.0503
follow_up	3	-0.0703
follow_up	3 30	-0.0216
follow_up	3 ~number	-0.0216
follow_up	30	-0.0569
follow_up	4	-0.021
follow_up	?	-0.0237
follow_up	^a	0.0841
follow_up	^ah	-0.0222
follow_up	^alright	-0.0781
follow_up	^and	0.0969
follow_up	^ani	-0.1146
follow_up	^anyth	-0.0302
follow_up	^anyway	-0.0559
follow_up	^are	-0.0799
follow_up	^befor	-0.0637
follow_up	^best	-0.0212
follow_up	^bye	-0.0258
follow_up	^can	0.396
follow_up	^could	0.0264
follow_up	^daili	-0.0248
follow_up	^did	-0.0744
follow_up	^do	0.1051
follow_up	^doe	-0.0391
follow_up	^enjoy	-0.0392
follow_up	^good	-0.0642
follow_up	^happi	-0.0758
follow_up	^have	-0.1066
follow_up	^hey	0.0878
follow_up	^hi	-0.0722
follow_up	^honest	0.0893
follow_up	^how	-0.4718
follow_up	^i	0.4093
follow_up	^if	-0.0976
follow_up	^in	-0.0379
follow_up	^is	0.1942
follow_up	^just	-0.0394
follow_up	^let	-0.0297
follow_up	^like	-0.0226
follow_up	^may	0.0298
follow_up	^mind	0.1594
follow_up	^my	-0.1341
follow_up	^next	0.0625
follow_up	^no	0.0984
follow_up	^oh	-0.0744
follow_up	^ok	-0.1988
follow_up	^omg	-0.0262
follow_up	^onc	0.0986
follow_up	^pleas	-0.0363
follow_up	^read	-0.0227
follow_up	^right	-0.1156
follow_up	^shall	0.0427
follow_up	^sinc	0.0443
follow_up	^so	-0.106
follow_up	^sorri	-0.0709
follow_up	^take	-0.0259
follow_up	^tell	-0.0211
follow_up	^thank	0.1704
follow_up	^that	-0.0546
follow_up	^they	-0.0264
follow_up	^total	0.0365
follow_up	^wait	-0.0224
follow_up	^walk	-0.0228
follow_up	^was	-0.0211
follow_up	^we	-0.0477
follow_up	^well	-0.0431
follow_up	^what	-0.3934
follow_up	^when	-0.0572
follow_up	^where	-0.0785
follow_up	^which	-0.0951
follow_up	^who	-0.1715
follow_up	^whose	-0.0298
follow_up	^will	0.1158
follow_up	^would	0.4089
follow_up	^wow	-0.0289
follow_up	^yeah	-0.0259
follow_up	^you	0.0362
follow_up	a	0.0491
follow_up	a big	-0.0402
follow_up	a bit	-0.0383
follow_up	a candid	-0.0384
follow_up	a career	-0.0445
follow_up	a case	-0.0393
follow_up	a chat	-0.0227
follow_up	a class	0.0545
follow_up	a client	-0.034
follow_up	a close	-0.0218
follow_up	a colleagu	-0.0292
follow_up	a connect	0.0206
follow_up	a coupl	0.1113
follow_up	a deadlin	-0.0209
follow_up	a degre	-0.0365
follow_up	a demo	-0.029
follow_up	a few	0.1229
follow_up	a flight	-0.0241
follow_up	a follow	-0.047
follow_up	a friday	-0.0322
follow_up	a friend	0.0875
follow_up	a good	-0.0227
follow_up	a great	-0.0354
follow_up	a handwritten	0.0688
follow_up	a hard	-0.0502
follow_up	a job	-0.0414
follow_up	a legend	0.0246
follow_up	a line	0.0757
follow_up	a look	0.0864
follow_up	a lot	-0.0785
follow_up	a love	-0.0777
follow_up	a master	-0.028
follow_up	a month	0.052
follow_up	a name	-0.0369
follow_up	a note	0.145
follow_up	a particular	0.1147
follow_up	a posit	-0.0353
follow_up	a post	-0.027
follow_up	a program	0.0354
follow_up	a project	-0.0304
follow_up	a proper	0.1103
follow_up	a propos	-0.031
follow_up	a quick	0.1406
follow_up	a real	-0.0417
follow_up	a referr	-0.0247
follow_up	a region	0.0272
follow_up	a role	-0.0203
follow_up	a second	0.3
follow_up	a semest	0.0633
follow_up	a seminar	0.0471
follow_up	a short	0.1906
follow_up	a similar	-0.032
follow_up	a small	-0.0409
follow_up	a spot	-0.0217
follow_up	a student	0.029
follow_up	a summari	0.0214
follow_up	a thank	0.2334
follow_up	a typic	-0.0577
follow_up	a ~closing	-0.0345
follow_up	a ~contactverb	0.0575
follow_up	a ~degree	-0.0782
follow_up	a ~gatekeeper	-0.023
follow_up	a ~job	-0.1259
follow_up	a ~number	0.1663
follow_up	a ~org	-0.0498
follow_up	a ~people	-0.0321
follow_up	a ~sendverb	-0.0241
follow_up	a ~student	-0.1267
follow_up	a ~talk	0.0219
follow_up	abil	-0.0272
follow_up	abl	-0.0512
follow_up	abl to	-0.0512
follow_up	about	-0.1345
follow_up	about and	0.0572
follow_up	about appli	0.0891
follow_up	about burnout	-0.0258
follow_up	about how	-0.0229
follow_up	about my	0.0389
follow_up	about that	-0.0329
follow_up	about the	-0.0372
follow_up	about your	-0.04
follow_up	about ~number	-0.076
follow_up	about ~org	0.0222
follow_up	academia	-0.0356
follow_up	access	0.0557
follow_up	account	-0.0606
follow_up	across	-0.036
follow_up	actual	-0.1056
follow_up	actual appli	0.0906
follow_up	add	0.3662
follow_up	add you	0.3718
follow_up	administr	-0.0423
follow_up	admiss	0.1015
follow_up	admiss committe	0.0629
follow_up	admiss offic	0.0385
follow_up	admiss ~org	0.0385
follow_up	advic	-0.0727
follow_up	advic about	-0.0206
follow_up	advic on	-0.0375
follow_up	advisor	-0.0334
follow_up	after	0.4829
follow_up	after a	-0.1177
follow_up	after an	-0.1027
follow_up	after graduat	0.0426
follow_up	after i	0.3238
follow_up	after my	0.284
follow_up	after the	0.1076
follow_up	after they	-0.0236
follow_up	after this	0.0368
follow_up	after you	-0.036
follow_up	after your	0.0804
follow_up	after ~number	-0.1341
follow_up	afternoon	-0.0581
follow_up	afternoon so	-0.0329
follow_up	afternoon thank	0.0283
follow_up	afterward	0.0597
follow_up	again	0.4042
follow_up	again after	0.2034
follow_up	again for	-0.0463
follow_up	again if	0.033
follow_up	again in	0.087
follow_up	again onc	0.0614
follow_up	again priya	-0.024
follow_up	again ~want	0.2123
follow_up	agenc	-0.0726
follow_up	agre	-0.0642
follow_up	agre on	-0.0484
follow_up	agre to	-0.0591
follow_up	ah	-0.0222
follow_up	ahead	-0.0395
follow_up	ai	0.0224
follow_up	all	0.0611
follow_up	all from	0.0546
follow_up	all i	-0.0645
follow_up	all my	-0.0385
follow_up	all of	0.1018
follow_up	all right	0.0937
follow_up	all the	-0.0214
follow_up	all ~number	-0.0232
follow_up	along	0.0508
follow_up	along the	0.0878
follow_up	along ~number	0.0878
follow_up	alreadi	-0.0968
follow_up	alright	0.0691
follow_up	alright i	-0.0709
follow_up	alright if	0.1373
follow_up	alright to	-0.0219
follow_up	alright with	0.0345
follow_up	also	0.0518
follow_up	also love	-0.0266
follow_up	alumni	0.0633
follow_up	alumni panel	0.0627
follow_up	alvarez	-0.0393
follow_up	alway	0.0457
follow_up	alway ~learn	0.0422
follow_up	am	-0.2478
follow_up	am a	-0.1126
follow_up	am actual	0.0898
follow_up	am conscious	-0.0554
follow_up	am curious	-0.0217
follow_up	am finish	-0.0242
follow_up	am go	0.2778
follow_up	am grate	-0.0312
follow_up	am hope	-0.0503
follow_up	am most	0.08
follow_up	am not	-0.0603
follow_up	am on	0.0214
follow_up	am pretti	-0.0319
follow_up	am research	0.0211
follow_up	am tri	-0.0215
follow_up	am ~number	-0.1235
follow_up	am ~studyverb	-0.0563
follow_up	am ~want	-0.1707
follow_up	amaz	0.0229
follow_up	an	-0.15
follow_up	an event	-0.0326
follow_up	an hour	-0.0441
follow_up	an imposit	0.0511
follow_up	an interview	-0.0803
follow_up	an intro	-0.0233
follow_up	an mba	-0.0222
follow_up	an open	0.0446
follow_up	an updat	0.1332
follow_up	an ~degree	-0.0267
follow_up	an ~job	0.0314
follow_up	an ~limit	-0.0614
follow_up	an ~student	-0.0394
follow_up	an ~talk	-0.1001
follow_up	an ~timeunit	-0.0441
follow_up	analys	-0.0265
follow_up	analysi	-0.0322
follow_up	analyst	-0.1115
follow_up	analyst role	-0.0286
follow_up	analyst ~job	-0.0583
follow_up	analyt	-0.0246
follow_up	and	0.3645
follow_up	and befor	0.0349
follow_up	and can	0.0356
follow_up	and could	0.047
follow_up	and for	-0.0813
follow_up	and get	0.039
follow_up	and good	-0.0445
follow_up	and have	-0.0364
follow_up	and hear	0.0216
follow_up	and i	0.35
follow_up	and if	0.128
follow_up	and is	0.1015
follow_up	and let	0.1111
follow_up	and mayb	0.0243
follow_up	and mention	-0.043
follow_up	and pleas	0.0294
follow_up	and send	0.046
follow_up	and tell	0.0339
follow_up	and thank	-0.0711
follow_up	and then	-0.0233
follow_up	and we	-0.0245
follow_up	and whether	-0.0284
follow_up	and would	0.0475
follow_up	and ~learn	0.0544
follow_up	and ~sendverb	0.089
follow_up	ani	-0.536
follow_up	ani chanc	-0.0843
follow_up	ani further	-0.0222
follow_up	ani good	-0.0219
follow_up	ani longer	-0.0841
follow_up	ani more	-0.0503
follow_up	ani open	-0.0267
follow_up	ani use	-0.0395
follow_up	ani way	-0.049
follow_up	ani ~job	-0.0363
follow_up	anoth	0.5383
follow_up	anoth question	0.0323
follow_up	anoth short	0.1239
follow_up	anoth ten	0.1227
follow_up	anoth time	0.3863
follow_up	anoth ~limit	0.3837
follow_up	anoth ~number	0.1217
follow_up	anoth ~talk	0.0227
follow_up	answer	0.0216
follow_up	answer everyth	0.021
follow_up	answer my	-0.0332
follow_up	anybodi	-0.0202
follow_up	anyon	-0.0705
follow_up	anyon in	0.0369
follow_up	anyon on	-0.0387
follow_up	anyth els	0.0955
follow_up	anyth on	-0.0214
follow_up	anyth you	-0.0427
follow_up	anyway	0.0293
follow_up	anyway i	-0.0857
follow_up	apolog	-0.03
follow_up	app	-0.0868
follow_up	app i	-0.0258
follow_up	app your	-0.0307
follow_up	appli	0.1386
follow_up	appli for	-0.0398
follow_up	appli to	0.1287
follow_up	applic	0.2679
follow_up	applic for	-0.0218
follow_up	applic goe	0.0269
follow_up	appreci	0.0254
follow_up	appreci all	0.0754
follow_up	appreci it	-0.095
follow_up	apprenticeship	0.0486
follow_up	apprenticeship program	0.0503
follow_up	apprenticeship ~degree	0.048
follow_up	approach	-0.0213
follow_up	are	-0.1456
follow_up	are a	-0.0245
follow_up	are busi	-0.0212
follow_up	are due	0.0402
follow_up	are near	0.1191
follow_up	are open	0.0416
follow_up	are right	-0.0255
follow_up	are take	-0.0241
follow_up	are the	-0.0265
follow_up	are there	-0.105
follow_up	are we	-0.0228
follow_up	are ~hiring	-0.0347
follow_up	are ~number	-0.0581
follow_up	are ~studyverb	-0.0244
follow_up	armi	-0.0363
follow_up	around graduat	0.0563
follow_up	articl	0.2886
follow_up	articl about	0.0358
follow_up	articl i	0.0621
follow_up	articl on	0.151
follow_up	articl or	-0.0217
follow_up	as a	-0.1336
follow_up	as i	0.1477
follow_up	as ~number	-0.1481
follow_up	ask	-0.195
follow_up	ask for	-0.0282
follow_up	ask how	-0.0245
follow_up	ask one	-0.0263
follow_up	ask what	-0.082
follow_up	ask you	-0.0536
follow_up	ask ~number	-0.0264
follow_up	ask ~people	-0.0269
follow_up	assist	0.0899
follow_up	associ	-0.0413
follow_up	at	-0.1773
follow_up	at 3	-0.0362
follow_up	at a	-0.057
follow_up	at all	-0.045
follow_up	at it	0.0647
follow_up	at my	-0.0228
follow_up	at the	0.1214
follow_up	at your	-0.0509
follow_up	at ~number	0.0353
follow_up	attach	-0.0235
follow_up	attend	-0.0201
follow_up	attend if	-0.0201
follow_up	attent	0.0756
follow_up	audit	-0.0304
follow_up	back	0.5668
follow_up	back after	0.2071
follow_up	back and	0.0231
follow_up	back from	0.0546
follow_up	back in	0.1567
follow_up	back on	-0.041
follow_up	back onc	0.0985
follow_up	back out	0.1104
follow_up	back to	-0.1454
follow_up	back up	0.0315
follow_up	back with	0.1113
follow_up	back ~want	0.2037
follow_up	background	-0.0651
follow_up	bank	-0.0376
follow_up	be	0.1081
follow_up	be a	-0.0403
follow_up	be abl	-0.0508
follow_up	be all	0.0834
follow_up	be alright	0.0682
follow_up	be amaz	0.0281
follow_up	be brief	-0.0272
follow_up	be comfort	-0.0553
follow_up	be consid	-0.0844
follow_up	be glad	-0.1383
follow_up	be grate	-0.0351
follow_up	be happi	0.0637
follow_up	be in	0.1568
follow_up	be mind	-0.0296
follow_up	be ok	0.2454
follow_up	be open	0.2614
follow_up	be possibl	-0.0272
follow_up	be quick	-0.036
follow_up	be realli	-0.0479
follow_up	be sure	0.096
follow_up	be up	0.0744
follow_up	be use	0.0279
follow_up	be will	-0.1947
follow_up	be worth	0.0349
follow_up	be ~help	0.0279
follow_up	be ~number	-0.0687
follow_up	be ~people	-0.032
follow_up	be ~want	0.0407
follow_up	becaus	-0.05
follow_up	becaus i	-0.0349
follow_up	becom	-0.0327
follow_up	been	-0.1088
follow_up	been freelanc	-0.0256
follow_up	been incred	-0.0429
follow_up	been realli	0.0576
follow_up	been so	0.03
follow_up	been ~number	-0.031
follow_up	been ~want	0.0487
follow_up	befor	-0.1627
follow_up	befor we	-0.0962
follow_up	best	0.2192
follow_up	best part	-0.0209
follow_up	best way	0.179
follow_up	best with	-0.031
follow_up	better	0.0408
follow_up	between	-0.0913
follow_up	between the	0.0213
follow_up	big	-0.0538
follow_up	biggest	-0.0279
follow_up	biotech	-0.0358
follow_up	bit	-0.0661
follow_up	block	-0.0205
follow_up	block off	-0.0205
follow_up	blog post	-0.0205
follow_up	board	0.0829
follow_up	book or	-0.0262
follow_up	bootcamp	0.1354
follow_up	bootcamp goe	0.0426
follow_up	bootcamp in	-0.0339
follow_up	bother	-0.0232
follow_up	bother with	-0.0254
follow_up	brain	-0.0233
follow_up	break for	0.0544
follow_up	break so	-0.0227
follow_up	bridg	-0.0205
follow_up	brief	-0.0416
follow_up	bring	-0.0374
follow_up	broadband	0.0539
follow_up	brutal	-0.0205
follow_up	bug	-0.041
follow_up	bug you	-0.0399
follow_up	build	-0.0701
follow_up	burnout	-0.0399
follow_up	busi	0.0634
follow_up	busi season	0.0889
follow_up	busi week	0.0234
follow_up	busi with	-0.0489
follow_up	busi ~closing	0.0234
follow_up	but	0.0936
follow_up	but i	0.0589
follow_up	but thank	-0.0212
follow_up	but um	0.0256
follow_up	but would	0.029
follow_up	but ~want	0.0287
follow_up	buy	0.0244
follow_up	by	-0.0743
follow_up	by email	0.0589
follow_up	by phone	-0.0546
follow_up	by the	-0.021
follow_up	by ~contactverb	0.0589
follow_up	by ~number	-0.0225
follow_up	by ~sendverb	0.0589
follow_up	by ~talk	0.0589
follow_up	bye	-0.0399
follow_up	calendar is	0.0264
follow_up	call	-0.0522
follow_up	call it	-0.057
follow_up	call me	0.1107
follow_up	call schedul	-0.0245
follow_up	call ~limit	-0.0268
follow_up	came in	0.0287
follow_up	can	0.4606
follow_up	can do	-0.068
follow_up	can ever	-0.0833
follow_up	can follow	0.1219
follow_up	can get	-0.0394
follow_up	can help	-0.0494
follow_up	can i	0.3502
follow_up	can keep	0.0398
follow_up	can return	-0.0419
follow_up	can see	-0.0388
follow_up	can send	0.1195
follow_up	can share	-0.0493
follow_up	can tell	-0.0624
follow_up	can we	0.3354
follow_up	can you	-0.1039
follow_up	can ~help	-0.168
follow_up	can ~learn	-0.0855
follow_up	can ~sendverb	0.0492
follow_up	candid	-0.0552
follow_up	candid about	-0.0338
follow_up	candid after	-0.0406
follow_up	candid ~want	-0.0406
follow_up	capston	0.175
follow_up	capston when	0.1578
follow_up	card	0.3337
follow_up	card and	0.09
follow_up	card to	0.0816
follow_up	care	-0.0599
follow_up	career	-0.0702
follow_up	career changer	-0.0218
follow_up	career fair	0.022
follow_up	career in	-0.0237
follow_up	career page	-0.0229
follow_up	career switch	0.0523
follow_up	carv	0.0421
follow_up	carv out	0.0421
follow_up	case	0.1451
follow_up	case a	-0.0212
follow_up	case close	-0.0235
follow_up	case studi	0.1049
follow_up	case ~number	-0.0212
follow_up	case ~studyverb	0.1029
follow_up	certif	0.0282
follow_up	cfa	-0.024
follow_up	chain	-0.0489
follow_up	challeng	0.0225
follow_up	chanc	-0.0877
follow_up	chanc of	-0.0335
follow_up	chanc you	-0.0375
follow_up	chang	-0.0638
follow_up	changer	-0.0218
follow_up	chariti	-0.0223
follow_up	chat	0.1426
follow_up	chat is	-0.0376
follow_up	chat with	0.023
follow_up	chat ~later	0.0872
follow_up	check	0.2896
follow_up	check back	0.1322
follow_up	check in	0.2372
follow_up	check out	-0.0521
follow_up	cheer for	-0.0221
follow_up	chemistri	-0.0202
follow_up	choos a	0.0237
follow_up	choos ~number	0.0208
follow_up	circl	0.1418
follow_up	circl back	0.1418
follow_up	class	0.04
follow_up	classmat	-0.0381
follow_up	clean survey	0.0212
follow_up	clear	-0.036
follow_up	client	-0.178
follow_up	client after	-0.0377
follow_up	client usual	-0.0301
follow_up	client ~want	-0.0377
follow_up	clock	-0.0849
follow_up	close	-0.0723
follow_up	closer	0.0337
follow_up	coffe	0.0921
follow_up	cold	-0.0533
follow_up	colleagu	-0.1658
follow_up	colleagu at	-0.022
follow_up	colleagu i	-0.0279
follow_up	colleagu in	-0.0235
follow_up	colleagu priya	-0.0382
follow_up	collect	-0.0328
follow_up	come	0.0399
follow_up	come across	-0.0268
follow_up	come along	0.0597
follow_up	come up	0.0757
follow_up	comfort	-0.0699
follow_up	comfort introduc	-0.0438
follow_up	committe	0.0542
follow_up	common	-0.0497
follow_up	common in	-0.0346
follow_up	communiti	-0.0228
follow_up	communiti health	-0.0587
follow_up	compani	-0.0472
follow_up	complet	-0.0299
follow_up	complianc	0.0283
follow_up	complianc group	0.0403
follow_up	complianc ~org	0.0362
follow_up	conclud	-0.0428
follow_up	confer	0.1481
follow_up	confer i	0.063
follow_up	confer next	0.1357
follow_up	connect	0.3308
follow_up	connect me	-0.0507
follow_up	connect on	0.2036
follow_up	connect request	0.0211
follow_up	connect with	0.1338
follow_up	conscious	-0.0652
follow_up	conscious of	-0.0271
follow_up	consid	-0.1491
follow_up	consid for	-0.0269
follow_up	consid if	-0.0239
follow_up	consult	0.0462
follow_up	contact	0.0916
follow_up	contact in	-0.0214
follow_up	contact of	-0.031
follow_up	contact with	0.0966
follow_up	contact you	0.0758
follow_up	continu	0.1136
follow_up	contract	-0.0426
follow_up	contract ~job	-0.0215
follow_up	convers	0.1935
follow_up	convers and	-0.0331
follow_up	convers with	0.0513
follow_up	cool	-0.0343
follow_up	coordin	-0.0337
follow_up	could	0.1816
follow_up	could connect	-0.0281
follow_up	could do	0.074
follow_up	could help	-0.0334
follow_up	could i	0.4734
follow_up	could pass	-0.0634
follow_up	could put	0.0358
follow_up	could send	0.0247
follow_up	could tell	-0.0298
follow_up	could tri	-0.037
follow_up	could we	0.1885
follow_up	could write	0.0631
follow_up	could you	-0.2785
follow_up	could ~contactverb	0.0804
follow_up	could ~help	0.0227
follow_up	could ~sendverb	-0.0658
follow_up	could ~talk	-0.0285
follow_up	could ~want	-0.037
follow_up	count	0.0513
follow_up	count me	0.0593
follow_up	counti	-0.023
follow_up	coupl	0.1059
follow_up	coupl more	-0.0344
follow_up	coupl of	0.144
follow_up	cours	0.0369
follow_up	cours i	0.0468
follow_up	cover everyth	-0.0406
follow_up	cover it	-0.0202
follow_up	cover letter	0.0864
follow_up	crack	-0.0424
follow_up	crack on	-0.0375
follow_up	creativ	-0.0412
follow_up	creativ director	-0.0396
follow_up	credit	-0.0339
follow_up	crew	-0.0273
follow_up	cross	0.0236
follow_up	crunch	-0.0341
follow_up	cultur	-0.036
follow_up	curious	-0.0302
follow_up	curious how	-0.0255
follow_up	current	-0.0202
follow_up	cut	0.0473
follow_up	cut this	0.0541
follow_up	cycl	-0.0241
follow_up	daili	-0.0251
follow_up	daili routin	-0.0248
follow_up	data	-0.1198
follow_up	data from	0.0557
follow_up	data scienc	-0.0324
follow_up	data scientist	-0.0272
follow_up	data team	-0.0613
follow_up	data ~org	-0.064
follow_up	data ~student	-0.025
follow_up	day	-0.1376
follow_up	day thank	-0.0245
follow_up	day to	-0.0229
follow_up	deadlin	-0.0319
follow_up	deal	-0.029
follow_up	decad	-0.0246
follow_up	decid	0.0899
follow_up	decid about	0.1021
follow_up	decid to	-0.0503
follow_up	decis	0.0385
follow_up	def	0.0938
follow_up	def send	0.0811
follow_up	def ~sendverb	0.0811
follow_up	definit	0.1274
follow_up	definit check	-0.0499
follow_up	definit let	0.0278
follow_up	definit report	0.0805
follow_up	degre	-0.1025
follow_up	degre in	-0.0351
follow_up	demo	-0.029
follow_up	depart	-0.0426
follow_up	describ	-0.0597
follow_up	describ the	-0.0249
follow_up	describ ~number	-0.0297
follow_up	design	-0.1276
follow_up	detail	-0.0347
follow_up	dev	-0.032
follow_up	develop	-0.042
follow_up	did	-0.2372
follow_up	did not	0.0659
follow_up	did you	-0.211
follow_up	did ~number	-0.0247
follow_up	differ	-0.0792
follow_up	differ if	-0.0219
follow_up	direct	0.1632
follow_up	director	-0.0914
follow_up	do	-0.5032
follow_up	do a	-0.0232
follow_up	do for	-0.0494
follow_up	do museum	0.0787
follow_up	do not	-0.1097
follow_up	do recruit	-0.0207
follow_up	do they	0.0226
follow_up	do this	-0.0585
follow_up	do to	0.0604
follow_up	do you	-0.1023
follow_up	do your	-0.0206
follow_up	do ~gatekeeper	-0.0241
follow_up	do ~number	-0.0386
follow_up	doe	-0.2113
follow_up	doe a	-0.0438
follow_up	doe it	-0.0249
follow_up	doe the	-0.0375
follow_up	doe your	-0.0518
follow_up	doe ~number	-0.0823
follow_up	done	-0.0371
follow_up	done the	-0.0296
follow_up	done ~number	-0.0239
follow_up	donor	-0.0414
follow_up	down	0.0355
follow_up	down the	0.0595
follow_up	down ~number	0.0704
follow_up	downsid	-0.0263
follow_up	drop	0.1481
follow_up	drop you	0.1223
follow_up	due	0.0394
follow_up	dure	-0.0346
follow_up	each other	0.0267
follow_up	earli	-0.0362
follow_up	easi	-0.0351
follow_up	eat	-0.0298
follow_up	educ	0.083
follow_up	eight	-0.0285
follow_up	eight year	-0.027
follow_up	eight ~duration	-0.027
follow_up	els come	0.0739
follow_up	els i	0.0267
follow_up	els in	-0.022
follow_up	els should	-0.0561
follow_up	els would	-0.0356
follow_up	els you	-0.0404
follow_up	els ~want	-0.0356
follow_up	email	0.5152
follow_up	email after	-0.0519
follow_up	email i	0.0628
follow_up	email later	0.0261
follow_up	email or	0.0996
follow_up	email the	0.0732
follow_up	email to	-0.0488
follow_up	email tonight	0.0302
follow_up	email with	0.0295
follow_up	email you	0.3493
follow_up	email ~later	0.0261
follow_up	email ~number	0.082
follow_up	email ~want	-0.0519
follow_up	end	0.0413
follow_up	end here	0.037
follow_up	end up	0.1354
follow_up	end ~want	0.037
follow_up	engin	-0.1058
follow_up	english	-0.033
follow_up	enjoy	-0.1239
follow_up	enjoy the	-0.0848
follow_up	enjoy ~number	-0.0848
follow_up	enough	-0.0811
follow_up	enough of	-0.0539
follow_up	entri	-0.0234
follow_up	entri level	-0.0234
follow_up	episod	0.0753
follow_up	episod i	0.0718
follow_up	er	-0.0268
follow_up	especi	-0.0271
follow_up	even	-0.0757
follow_up	even just	-0.0247
follow_up	even ~want	-0.0254
follow_up	evening	-0.0965
follow_up	event	-0.0654
follow_up	ever	-0.1917
follow_up	ever be	-0.0463
follow_up	ever hear	-0.0202
follow_up	ever look	0.0802
follow_up	ever need	0.0278
follow_up	ever return	-0.0501
follow_up	ever want	-0.0531
follow_up	ever ~help	-0.0549
follow_up	ever ~learn	-0.0274
follow_up	ever ~want	0.0283
follow_up	everyth	-0.0533
follow_up	everyth i	-0.0439
follow_up	everyth on	-0.0377
follow_up	evolv	-0.0208
follow_up	exam	0.0529
follow_up	exercis	-0.0371
follow_up	expect	-0.0595
follow_up	experi	-0.0407
follow_up	explain	-0.0344
follow_up	explor	-0.0311
follow_up	extra	-0.0331
follow_up	eye	0.0502
follow_up	eye open	0.0749
follow_up	eye ~job	0.0749
follow_up	fall	0.102
follow_up	favor mayb	0.1289
follow_up	favor someday	-0.03
follow_up	feedback	0.0538
follow_up	feedback from	0.0498
follow_up	fellowship	-0.0406
follow_up	few	0.1193
follow_up	few minut	-0.0406
follow_up	few month	0.0831
follow_up	few more	0.0753
follow_up	few of	0.0905
follow_up	few question	0.0243
follow_up	few ~duration	0.0631
follow_up	few ~limit	-0.0406
follow_up	few ~timeunit	-0.0406
follow_up	field	-0.1714
follow_up	field to	-0.0267
follow_up	fifteen	-0.0354
follow_up	fifteen minut	-0.0342
follow_up	fifteen ~limit	-0.0342
follow_up	fifteen ~timeunit	-0.0342
follow_up	figur thing	0.0242
follow_up	final	-0.0405
follow_up	financ	-0.0213
follow_up	find	0.0256
follow_up	find it	0.0786
follow_up	fine	0.0807
follow_up	fine if	0.0693
follow_up	finish	0.0985
follow_up	finish a	-0.0215
follow_up	finish is	-0.0244
follow_up	finish the	0.1017
follow_up	finish your	-0.0236
follow_up	finish ~number	0.0803
follow_up	firm	-0.0864
follow_up	first	-0.0763
follow_up	first and	0.0263
follow_up	first week	0.0383
follow_up	first ~closing	0.0383
follow_up	fit	-0.0849
follow_up	fit me	-0.0499
follow_up	five	-0.0791
follow_up	five minut	-0.0316
follow_up	five ~limit	-0.0342
follow_up	five ~timeunit	-0.0316
follow_up	flag	0.03
follow_up	flag my	0.0351
follow_up	flight	-0.0393
follow_up	focus	-0.0676
follow_up	folk	0.0479
follow_up	follow	0.5014
follow_up	follow up	0.2327
follow_up	follow what	0.0937
follow_up	follow you	0.0957
follow_up	for	-0.2033
follow_up	for a	0.2285
follow_up	for agre	-0.0517
follow_up	for all	-0.0403
follow_up	for an	-0.0504
follow_up	for anoth	0.1227
follow_up	for be	0.0223
follow_up	for clean	0.0212
follow_up	for everyth	-0.0267
follow_up	for fit	-0.0373
follow_up	for give	-0.0311
follow_up	for how	0.0342
follow_up	for in	-0.0369
follow_up	for make	-0.0667
follow_up	for peopl	0.0563
follow_up	for repli	-0.0404
follow_up	for run	0.0345
follow_up	for someon	-0.0204
follow_up	for squeez	-0.0318
follow_up	for stay	-0.0337
follow_up	for the	-0.1025
follow_up	for this	-0.0295
follow_up	for today	0.0802
follow_up	for you	-0.1195
follow_up	for your	0.0653
follow_up	for ~number	0.063
follow_up	for ~people	0.0512
follow_up	for ~studyverb	-0.0204
follow_up	for ~talk	0.0439
follow_up	for ~workverb	0.0345
follow_up	forens	-0.0262
follow_up	forens account	-0.0242
follow_up	forget	0.0658
follow_up	forget i	0.0315
follow_up	former	-0.0553
follow_up	former colleagu	-0.0271
follow_up	former student	-0.02
follow_up	former ~people	-0.0281
follow_up	forti	-0.0241
follow_up	forward	-0.1006
follow_up	forward it	-0.0461
follow_up	forward my	-0.0962
follow_up	forward you	0.0712
follow_up	found	-0.022
follow_up	free	-0.0644
follow_up	free you	-0.0371
follow_up	freelanc	-0.0638
follow_up	friday	-0.0427
follow_up	friday afternoon	-0.0233
follow_up	friday ~closing	-0.0233
follow_up	friday ~limit	-0.0233
follow_up	friend	0.0763
follow_up	from	-0.0236
follow_up	from grad	0.0427
follow_up	from me	0.0796
follow_up	from my	0.1656
follow_up	from the	0.0857
follow_up	from your	-0.0565
follow_up	from ~number	0.073
follow_up	from ~student	0.0371
follow_up	full	-0.0315
follow_up	fund	0.0436
follow_up	futur	-0.0345
follow_up	game	-0.1201
follow_up	game develop	-0.0262
follow_up	general	-0.0215
follow_up	generous answer	0.059
follow_up	generous of	-0.0216
follow_up	generous you	-0.0247
follow_up	genuin	-0.0279
follow_up	get	-0.1849
follow_up	get a	-0.0211
follow_up	get back	-0.1479
follow_up	get in	0.0467
follow_up	get into	-0.0232
follow_up	get my	0.0643
follow_up	get on	-0.1524
follow_up	get stuck	0.0282
follow_up	get your	0.0787
follow_up	get ~number	-0.0321
follow_up	give	-0.063
follow_up	give me	0.0337
follow_up	give up	-0.0451
follow_up	given	-0.0449
follow_up	given how	-0.0247
follow_up	glad	-0.1513
follow_up	glad to	-0.1461
follow_up	go	0.2504
follow_up	go back	-0.0365
follow_up	go can	0.0265
follow_up	go could	0.0341
follow_up	go enjoy	-0.0294
follow_up	go for	0.0348
follow_up	go in	0.0632
follow_up	go is	-0.0585
follow_up	go now	-0.0245
follow_up	go thank	-0.0273
follow_up	go through	0.115
follow_up	go to	0.1792
follow_up	go would	0.0296
follow_up	goe	0.5665
follow_up	goe from	-0.0215
follow_up	goe next	0.0234
follow_up	gone	-0.0467
follow_up	good	-0.216
follow_up	good luck	-0.0565
follow_up	good one	-0.0206
follow_up	good time	0.102
follow_up	good to	-0.0241
follow_up	good word	-0.0343
follow_up	good ~closing	-0.0555
follow_up	good ~limit	0.0705
follow_up	good ~number	-0.0206
follow_up	good ~people	-0.0227
follow_up	gosh	-0.0239
follow_up	got	-0.2661
follow_up	got a	-0.0652
follow_up	got to	-0.0265
follow_up	got what	-0.0213
follow_up	got you	-0.0207
follow_up	got ~number	-0.0893
follow_up	got ~people	-0.0289
follow_up	grad school	0.0413
follow_up	graduat	0.0612
follow_up	graduat in	-0.0253
follow_up	grant write	-0.0255
follow_up	grate	-0.0499
follow_up	grate for	0.0574
follow_up	grate if	-0.0612
follow_up	grate you	-0.0266
follow_up	gratitud	0.029
follow_up	great	-0.0645
follow_up	great ~closing	-0.0283
follow_up	guy	-0.0478
follow_up	hackathon	0.053
follow_up	hackathon and	0.0281
follow_up	had	-0.1472
follow_up	had no	-0.0218
follow_up	had ~number	-0.0231
follow_up	half	-0.0639
follow_up	half an	-0.0402
follow_up	half past	-0.0228
follow_up	half ~number	-0.0418
follow_up	hand	-0.0542
follow_up	hand on	-0.0255
follow_up	handi	0.0676
follow_up	handl	-0.0568
follow_up	handl the	-0.0208
follow_up	handl ~number	-0.0208
follow_up	handwritten	0.0688
follow_up	handwritten card	0.0467
follow_up	hang up	-0.0299
follow_up	happen	-0.0212
follow_up	happi	-0.0373
follow_up	happi to	-0.0339
follow_up	happili	-0.0444
follow_up	hard	-0.106
follow_up	hard stop	-0.0502
follow_up	hard to	-0.0253
follow_up	has	0.0389
follow_up	has been	0.0696
follow_up	has ~workverb	0.0684
follow_up	hate	0.1164
follow_up	hate to	0.1164
follow_up	have	0.1287
follow_up	have a	0.0525
follow_up	have an	0.0613
follow_up	have anoth	-0.0279
follow_up	have ask	-0.0269
follow_up	have been	-0.1357
follow_up	have decid	0.0364
follow_up	have finish	0.1122
follow_up	have gone	-0.0438
follow_up	have got	-0.1576
follow_up	have kept	-0.0452
follow_up	have more	0.0246
follow_up	have narrow	0.025
follow_up	have onli	-0.0294
follow_up	have shadow	0.1116
follow_up	have taken	-0.0467
follow_up	have talk	0.0734
follow_up	have time	0.1412
follow_up	have work	0.0625
follow_up	have you	0.0202
follow_up	have ~limit	0.1412
follow_up	have ~number	0.0751
follow_up	have ~studyverb	0.1204
follow_up	have ~workverb	-0.1159
follow_up	head	-0.093
follow_up	health	-0.0919
follow_up	heap	-0.0333
follow_up	hear	0.0761
follow_up	hear about	0.0385
follow_up	hear back	0.048
follow_up	hear of	-0.0224
follow_up	heard	-0.0316
follow_up	help	-0.1384
follow_up	help a	0.0217
follow_up	help and	0.1197
follow_up	help i	0.0344
follow_up	help if	-0.0462
follow_up	help me	-0.0616
follow_up	help out	-0.0212
follow_up	help to	-0.0271
follow_up	help you	-0.1056
follow_up	her	-0.0578
follow_up	her ~insight	0.0903
follow_up	her ~student	0.0902
follow_up	here	-0.2325
follow_up	here but	0.0358
follow_up	here i	-0.0353
follow_up	here so	-0.0234
follow_up	here to	-0.0232
follow_up	hesit	-0.0711
follow_up	hesit to	-0.0686
follow_up	hey	0.0878
follow_up	hey so	0.1162
follow_up	hi	-0.0363
follow_up	hi to	0.0365
follow_up	hire	-0.2237
follow_up	hire for	-0.0248
follow_up	hire me	-0.032
follow_up	histori	-0.0214
follow_up	hit	0.032
follow_up	hold	-0.0242
follow_up	hold you	-0.0452
follow_up	home	-0.0219
follow_up	honest	0.0234
follow_up	honest if	0.0323
follow_up	honest this	0.0938
follow_up	honest ~insight	-0.0301
follow_up	honesti about	-0.0245
follow_up	hop	-0.0479
follow_up	hop off	-0.0278
follow_up	hop on	-0.02
follow_up	hope	-0.1049
follow_up	hope i	-0.0385
follow_up	hope to	-0.0379
follow_up	hope you	-0.0249
follow_up	hospit	0.0483
follow_up	hospit administr	-0.0255
follow_up	hospit staf	0.0646
follow_up	hospit ~student	0.0288
follow_up	hour	-0.0287
follow_up	hour would	0.0493
follow_up	hour ~want	0.049
follow_up	hous	-0.0507
follow_up	how	-0.0932
follow_up	how a	-0.0293
follow_up	how can	-0.034
follow_up	how did	-0.117
follow_up	how do	-0.2226
follow_up	how generous	-0.0247
follow_up	how i	0.0296
follow_up	how is	-0.0421
follow_up	how it	0.2189
follow_up	how long	-0.0475
follow_up	how mani	-0.0211
follow_up	how much	-0.0728
follow_up	how my	0.1107
follow_up	how often	-0.0272
follow_up	how should	0.0559
follow_up	how the	0.5378
follow_up	how thing	0.0312
follow_up	how would	-0.0745
follow_up	how you	-0.1629
follow_up	how your	-0.0288
follow_up	how ~help	-0.2291
follow_up	how ~number	0.5064
follow_up	how ~studyverb	-0.117
follow_up	how ~want	-0.0745
follow_up	i	0.5974
follow_up	i add	0.3526
follow_up	i am	-0.2468
follow_up	i appli	-0.0346
follow_up	i appreci	0.0365
follow_up	i ask	-0.1589
follow_up	i be	-0.0538
follow_up	i came	0.0263
follow_up	i can	-0.1494
follow_up	i check	0.273
follow_up	i circl	0.1089
follow_up	i connect	0.1523
follow_up	i contact	-0.0371
follow_up	i could	0.0364
follow_up	i decid	0.1141
follow_up	i do	-0.0463
follow_up	i email	0.1316
follow_up	i end	0.1826
follow_up	i figur	0.0403
follow_up	i follow	0.1745
follow_up	i forget	0.0658
follow_up	i get	0.1314
follow_up	i go	0.1597
follow_up	i graduat	-0.039
follow_up	i had	-0.0946
follow_up	i have	0.4263
follow_up	i hear	0.1109
follow_up	i just	-0.0227
follow_up	i keep	0.137
follow_up	i know	-0.3176
follow_up	i land	0.123
follow_up	i learn	0.0797
follow_up	i like	-0.0215
follow_up	i mean	-0.0208
follow_up	i mention	0.256
follow_up	i might	-0.037
follow_up	i need	-0.0606
follow_up	i not	0.0319
follow_up	i ping	0.1933
follow_up	i practis	-0.0227
follow_up	i promis	-0.1469
follow_up	i research	0.0213
follow_up	i return	0.0689
follow_up	i said	-0.0531
follow_up	i save	0.1259
follow_up	i saw	-0.0384
follow_up	i see	-0.0704
follow_up	i send	0.0799
follow_up	i sent	0.0487
follow_up	i shall	0.1953
follow_up	i should	-0.1181
follow_up	i speak	-0.0277
follow_up	i spent	-0.0333
follow_up	i start	0.0237
follow_up	i talk	0.0737
follow_up	i text	0.0664
follow_up	i think	-0.0505
follow_up	i use	0.039
follow_up	i want	0.0336
follow_up	i was	-0.2059
follow_up	i will	1.0202
follow_up	i wish	-0.0299
follow_up	i work	0.0355
follow_up	i would	-0.0208
follow_up	i wrote	0.0607
follow_up	i ~contactverb	0.1996
follow_up	i ~insight	-0.028
follow_up	i ~learn	-0.2227
follow_up	i ~people	-0.0371
follow_up	i ~sendverb	0.1976
follow_up	i ~studyverb	-0.0742
follow_up	i ~want	-0.0269
follow_up	icu	-0.0248
follow_up	idea	-0.0312
follow_up	if	0.9096
follow_up	if a	-0.0847
follow_up	if anoth	0.0323
follow_up	if i	0.7765
follow_up	if more	0.1028
follow_up	if not	0.2838
follow_up	if so	-0.0259
follow_up	if someth	0.0381
follow_up	if that	0.1081
follow_up	if there	0.0452
follow_up	if we	-0.0228
follow_up	if you	-0.1996
follow_up	if your	-0.0251
follow_up	if ~number	-0.1071
follow_up	import	-0.0343
follow_up	import question	-0.0238
follow_up	imposit	0.0511
follow_up	in	0.2485
follow_up	in a	0.1687
follow_up	in case	0.0962
follow_up	in clinic	0.035
follow_up	in contact	0.1503
follow_up	in hospit	-0.0217
follow_up	in hous	-0.021
follow_up	in may	-0.0341
follow_up	in mind	-0.0861
follow_up	in my	-0.0757
follow_up	in nairobi	0.0221
follow_up	in onc	0.0336
follow_up	in polici	-0.0383
follow_up	in product	-0.0381
follow_up	in public	-0.0328
follow_up	in retail	-0.0307
follow_up	in return	-0.0689
follow_up	in sale	-0.0373
follow_up	in this	-0.075
follow_up	in touch	0.5092
follow_up	in ux	0.0219
follow_up	in with	0.2073
follow_up	in ~contactverb	0.6595
follow_up	in ~help	-0.0689
follow_up	in ~number	0.1595
follow_up	in ~people	0.1452
follow_up	in ~talk	0.1503
follow_up	inbox	0.1209
follow_up	incred	0.0682
follow_up	incred generous	-0.0234
follow_up	incred help	0.0881
follow_up	industri	-0.1314
follow_up	industri ~want	-0.0343
follow_up	inform	0.1607
follow_up	inform about	0.0433
follow_up	interest	0.0439
follow_up	interest in	0.0656
follow_up	intern	-0.072
follow_up	intern with	-0.0296
follow_up	internal	-0.0409
follow_up	internship	-0.0827
follow_up	interrupt	-0.0213
follow_up	interview	-0.0544
follow_up	interview at	0.0369
follow_up	interview or	-0.0375
follow_up	interview with	0.0215
follow_up	into	-0.2021
follow_up	intro	-0.0778
follow_up	introduc me	0.0215
follow_up	introduct	-0.0214
follow_up	introduct to	-0.0322
follow_up	involv	-0.0327
follow_up	is	-0.2097
follow_up	is a	-0.0682
follow_up	is actual	-0.023
follow_up	is all	0.0319
follow_up	is alreadi	-0.0323
follow_up	is alright	0.0358
follow_up	is ani	-0.0857
follow_up	is anyon	0.0368
follow_up	is been	-0.0646
follow_up	is build	-0.0307
follow_up	is email	0.1037
follow_up	is ever	0.0679
follow_up	is everyth	-0.0353
follow_up	is finish	0.0322
follow_up	is it	0.076
follow_up	is kind	-0.0215
follow_up	is me	-0.0225
follow_up	is more	0.0924
follow_up	is not	0.0334
follow_up	is ok	0.085
follow_up	is on	0.0781
follow_up	is pack	0.0253
follow_up	is that	-0.1163
follow_up	is the	-0.0368
follow_up	is work	0.1474
follow_up	is worth	-0.0485
follow_up	is your	-0.0607
follow_up	is ~contactverb	0.1037
follow_up	is ~hiring	0.057
follow_up	is ~number	-0.1281
follow_up	is ~people	0.0306
follow_up	is ~sendverb	0.1037
follow_up	is ~studyverb	0.0988
follow_up	is ~talk	0.0998
follow_up	is ~want	0.0554
follow_up	is ~workverb	0.0788
follow_up	issu	-0.0505
follow_up	it	-0.0378
follow_up	it all	0.0481
follow_up	it along	-0.0208
follow_up	it alright	0.0446
follow_up	it and	0.0627
follow_up	it be	0.2716
follow_up	it common	-0.033
follow_up	it from	-0.0249
follow_up	it goe	0.1162
follow_up	it hard	-0.0266
follow_up	it help	-0.0243
follow_up	it here	-0.0384
follow_up	it if	-0.0326
follow_up	it is	-0.0253
follow_up	it normal	-0.0225
follow_up	it ok	0.0579
follow_up	it over	0.1078
follow_up	it short	-0.0406
follow_up	it stay	-0.0368
follow_up	it still	0.1093
follow_up	it there	-0.0653
follow_up	it to	-0.0599
follow_up	it was	-0.0654
follow_up	it went	0.076
follow_up	it work	-0.0422
follow_up	it would	0.0991
follow_up	it ~want	0.0347
follow_up	job	-0.1046
follow_up	job board	0.0919
follow_up	join	-0.0309
follow_up	jump	-0.1193
follow_up	jump right	-0.0207
follow_up	jump straight	-0.0269
follow_up	junior	0.0295
follow_up	junior analyst	-0.0295
follow_up	junior dev	-0.0262
follow_up	junior ~people	0.0917
follow_up	junior ~student	-0.0366
follow_up	just	0.0398
follow_up	just finish	0.0893
follow_up	just say	-0.0462
follow_up	just shout	0.0407
follow_up	just so	0.0338
follow_up	just want	-0.0333
follow_up	just ~number	-0.0308
follow_up	just ~studyverb	0.0871
follow_up	just ~talk	0.0242
follow_up	just ~want	-0.0618
follow_up	keep	0.3898
follow_up	keep go	-0.0263
follow_up	keep in	0.0942
follow_up	keep it	-0.0579
follow_up	keep me	-0.0881
follow_up	keep my	-0.092
follow_up	keep this	-0.1053
follow_up	keep up	0.0646
follow_up	keep you	0.5706
follow_up	keep ~talk	0.0366
follow_up	kept	-0.0401
follow_up	kept you	-0.0257
follow_up	kind of	-0.0933
follow_up	know	0.1975
follow_up	know anyon	-0.0596
follow_up	know how	0.2994
follow_up	know i	-0.0219
follow_up	know if	-0.0728
follow_up	know it	-0.0362
follow_up	know other	-0.0277
follow_up	know that	-0.0231
follow_up	know we	-0.0549
follow_up	know what	0.1791
follow_up	know when	0.078
follow_up	know where	0.0852
follow_up	know whether	0.0451
follow_up	know which	0.1028
follow_up	know you	-0.1338
follow_up	know ~people	-0.0763
follow_up	lab	-0.0313
follow_up	ladder	-0.0211
follow_up	land	0.1087
follow_up	last	-0.1458
follow_up	last bit	-0.022
follow_up	last question	-0.0284
follow_up	last semest	0.044
follow_up	last thing	-0.0331
follow_up	last week	-0.0405
follow_up	last year	-0.0339
follow_up	last ~closing	-0.041
follow_up	last ~duration	-0.0348
follow_up	late	-0.0616
follow_up	later	0.1336
follow_up	later and	0.0207
follow_up	later if	0.0453
follow_up	later today	0.0359
follow_up	launch	-0.0771
follow_up	launch next	-0.0417
follow_up	law	-0.0501
follow_up	lead	-0.084
follow_up	lead ~number	-0.0273
follow_up	learn	-0.0557
follow_up	learn from	-0.0563
follow_up	learn today	0.0351
follow_up	leav	-0.1647
follow_up	leav it	-0.0778
follow_up	left	-0.0632
follow_up	legend	0.0246
follow_up	let	0.1359
follow_up	let me	-0.0964
follow_up	let you	0.2487
follow_up	letter	0.0891
follow_up	level	-0.0294
follow_up	licens	-0.0218
follow_up	like	-0.1214
follow_up	like a	0.0419
follow_up	like after	0.0917
follow_up	like for	-0.0438
follow_up	like i	0.0446
follow_up	like more	0.0257
follow_up	like this	-0.0203
follow_up	like to	0.0831
follow_up	like ~contactverb	0.02
follow_up	like ~want	0.0906
follow_up	line	0.0942
follow_up	line onc	0.0274
follow_up	link	0.1149
follow_up	link to	0.0741
follow_up	linkedin	1.0286
follow_up	linkedin after	0.0463
follow_up	linkedin afterward	0.0511
follow_up	linkedin befor	0.0319
follow_up	linkedin if	0.0595
follow_up	linkedin last	-0.025
follow_up	linkedin so	0.1366
follow_up	linkedin tonight	0.038
follow_up	linkedin ~want	0.0463
follow_up	list i	0.0339
follow_up	list so	-0.0372
follow_up	logist	-0.0395
follow_up	london	-0.0265
follow_up	long	-0.0799
follow_up	long did	-0.0259
follow_up	long ~studyverb	-0.0259
follow_up	longer	-0.1137
follow_up	look	-0.0456
follow_up	look at	0.1665
follow_up	look for	-0.0621
follow_up	look like	-0.1006
follow_up	loop	0.1003
follow_up	lost	-0.0232
follow_up	lost track	-0.0201
follow_up	lot	-0.0785
follow_up	lot of	-0.0265
follow_up	love	0.1255
follow_up	love evening	-0.0331
follow_up	love it	-0.0369
follow_up	love to	0.2722
follow_up	love weekend	-0.0427
follow_up	love ~closing	-0.0777
follow_up	luck	-0.0627
follow_up	luck with	-0.0609
follow_up	lunch	-0.0372
follow_up	made	-0.0838
follow_up	made the	-0.0269
follow_up	made you	-0.056
follow_up	made ~number	-0.0305
follow_up	mail	0.0269
follow_up	main	-0.0513
follow_up	main reason	-0.0246
follow_up	make	-0.0455
follow_up	make a	-0.0229
follow_up	make an	-0.0231
follow_up	make sens	-0.036
follow_up	make sure	0.0968
follow_up	make the	-0.0344
follow_up	make time	-0.0549
follow_up	make ~insight	-0.036
follow_up	make ~limit	-0.0549
follow_up	make ~number	-0.0805
follow_up	manag	-0.0657
follow_up	manag just	0.1099
follow_up	manag ~want	0.1087
follow_up	mani	-0.0502
follow_up	marcus	0.0324
follow_up	mark	-0.0363
follow_up	mark so	-0.0238
follow_up	market	-0.0245
follow_up	matter	-0.051
follow_up	may i	0.0444
follow_up	may with	-0.0299
follow_up	mayb	0.0988
follow_up	mayb i	0.0255
follow_up	mayb share	0.0972
follow_up	mayb we	0.0205
follow_up	mayb ~sendverb	0.1086
follow_up	mba	0.0287
follow_up	mba and	0.0871
follow_up	me	-0.2557
follow_up	me a	-0.0347
follow_up	me about	-0.0364
follow_up	me as	-0.0299
follow_up	me by	-0.0242
follow_up	me check	0.0297
follow_up	me done	-0.0205
follow_up	me email	0.0778
follow_up	me for	-0.0844
follow_up	me how	-0.0299
follow_up	me i	0.0361
follow_up	me in	-0.0997
follow_up	me know	-0.1148
follow_up	me reach	0.0701
follow_up	me send	0.0602
follow_up	me the	-0.0425
follow_up	me through	-0.0731
follow_up	me to	0.3152
follow_up	me with	-0.0636
follow_up	me your	0.0673
follow_up	me ~learn	-0.1309
follow_up	me ~number	-0.0907
follow_up	me ~sendverb	0.0602
follow_up	me ~talk	0.1125
follow_up	mean	-0.0301
follow_up	meet	-0.1121
follow_up	meet at	-0.0319
follow_up	meetup	0.0397
follow_up	mention	0.0692
follow_up	mention about	0.0346
follow_up	mention and	0.0446
follow_up	mention if	0.0225
follow_up	mention just	0.0212
follow_up	mention that	-0.029
follow_up	mention you	0.042
follow_up	mention your	-0.1141
follow_up	mentor program	0.0415
follow_up	mentor ~degree	0.0415
follow_up	messag	0.0261
follow_up	messag you	0.0453
follow_up	mgmt	-0.0204
follow_up	might	0.1151
follow_up	might be	-0.0528
follow_up	might have	0.0611
follow_up	might save	0.0212
follow_up	mind	0.1404
follow_up	mind forward	-0.0339
follow_up	mind if	0.3423
follow_up	mind of	-0.0349
follow_up	minut	-0.2354
follow_up	minut left	-0.0379
follow_up	minut mark	-0.0206
follow_up	minut or	0.1193
follow_up	minut over	-0.0223
follow_up	minut so	-0.076
follow_up	minut we	-0.0604
follow_up	ml	-0.0434
follow_up	moment	-0.04
follow_up	month	0.3501
follow_up	month onc	0.0631
follow_up	month or	0.0541
follow_up	more	0.0626
follow_up	more about	-0.0583
follow_up	more and	-0.0208
follow_up	more minut	-0.0303
follow_up	more of	-0.0548
follow_up	more question	0.2256
follow_up	more than	-0.0519
follow_up	more then	0.0229
follow_up	more ~limit	-0.0303
follow_up	more ~timeunit	-0.0303
follow_up	morn	0.0326
follow_up	morn i	0.0511
follow_up	most	-0.1754
follow_up	most grate	0.0865
follow_up	most import	-0.0259
follow_up	move	-0.1222
follow_up	move into	-0.0368
follow_up	mph	0.0342
follow_up	mph program	0.0378
follow_up	mr	0.0687
follow_up	ms	-0.0455
follow_up	ms alvarez	-0.0313
follow_up	msw	0.0628
follow_up	msw program	0.02
follow_up	msw ~degree	0.021
follow_up	much	-0.0681
follow_up	much and	0.0526
follow_up	much for	-0.0385
follow_up	much i	0.0398
follow_up	much time	-0.0418
follow_up	much ~limit	-0.0418
follow_up	museum	0.0621
follow_up	museum educ	0.0884
follow_up	must	-0.0324
follow_up	my	0.3615
follow_up	my advisor	-0.0334
follow_up	my applic	0.0271
follow_up	my background	-0.0265
follow_up	my bootcamp	0.0691
follow_up	my capston	0.175
follow_up	my case	0.0944
follow_up	my certif	0.0206
follow_up	my classmat	-0.0381
follow_up	my cover	0.0886
follow_up	my decis	0.0455
follow_up	my email	-0.0703
follow_up	my end	-0.0485
follow_up	my exam	0.0466
follow_up	my first	0.0718
follow_up	my interview	0.0289
follow_up	my last	-0.0304
follow_up	my list	-0.0412
follow_up	my manag	0.1037
follow_up	my most	-0.0238
follow_up	my name	-0.0334
follow_up	my note	0.0918
follow_up	my nurs	0.0255
follow_up	my own	-0.0417
follow_up	my portfolio	0.0843
follow_up	my practic	0.0314
follow_up	my progress	0.1066
follow_up	my qs	0.028
follow_up	my question	-0.0974
follow_up	my research	-0.0563
follow_up	my resum	-0.2698
follow_up	my thesi	0.1136
follow_up	my ~application	-0.2427
follow_up	my ~contactverb	-0.0841
follow_up	my ~degree	0.0461
follow_up	my ~gatekeeper	0.1037
follow_up	my ~learn	-0.0563
follow_up	my ~sendverb	-0.067
follow_up	my ~student	0.0884
follow_up	my ~talk	-0.0473
follow_up	myself	-0.0251
follow_up	nairobi	0.0221
follow_up	name	-0.2351
follow_up	name come	-0.0343
follow_up	name i	0.027
follow_up	name of	-0.0745
follow_up	name when	-0.0555
follow_up	narrow	0.025
follow_up	narrow down	0.025
follow_up	narrow ~later	0.025
follow_up	near	0.0846
follow_up	near at	0.1464
follow_up	near out	-0.0273
follow_up	need	-0.1822
follow_up	need a	-0.038
follow_up	need someon	0.0528
follow_up	need to	-0.1027
follow_up	need volunt	0.0274
follow_up	need ~number	-0.0499
follow_up	need ~people	0.0528
follow_up	network do	0.0765
follow_up	network ~studyverb	0.0765
follow_up	never	-0.025
follow_up	new grad	-0.0242
follow_up	newslett	-0.0468
follow_up	next	0.3172
follow_up	next call	-0.0704
follow_up	next month	0.189
follow_up	next one	-0.02
follow_up	next step	-0.0214
follow_up	next week	0.2105
follow_up	next year	0.0542
follow_up	next ~closing	0.2105
follow_up	next ~contactverb	-0.0704
follow_up	next ~duration	0.0451
follow_up	next ~number	-0.0434
follow_up	next ~people	-0.0211
follow_up	next ~talk	-0.0877
follow_up	nice	-0.0325
follow_up	no	0.1254
follow_up	no idea	-0.0218
follow_up	no worri	0.2013
follow_up	nonprofit	-0.0705
follow_up	noon	-0.0205
follow_up	normal	-0.041
follow_up	not	-0.0715
follow_up	not an	0.0511
follow_up	not get	0.0773
follow_up	not hesit	-0.0711
follow_up	not hold	-0.0452
follow_up	not keep	-0.0916
follow_up	not realiz	-0.0323
follow_up	not take	-0.0621
follow_up	not to	-0.0291
follow_up	not ~insight	-0.0621
follow_up	not ~learn	0.0683
follow_up	not ~number	0.041
follow_up	not ~talk	0.0285
follow_up	not ~want	-0.0486
follow_up	note	0.4674
follow_up	note after	-0.0273
follow_up	note from	0.0879
follow_up	note in	0.0884
follow_up	note onc	0.042
follow_up	note summar	0.0677
follow_up	note this	0.0204
follow_up	note tomorrow	0.0465
follow_up	note tonight	0.0542
follow_up	note while	-0.0559
follow_up	note ~want	-0.0273
follow_up	notic	-0.0335
follow_up	now	-0.3629
follow_up	now and	-0.037
follow_up	now i	-0.0205
follow_up	nurs	-0.1448
follow_up	nurs school	0.0264
follow_up	nurs ~student	-0.0204
follow_up	oclock	-0.021
follow_up	of	-0.1578
follow_up	of a	-0.027
follow_up	of anyon	0.0299
follow_up	of anyth	0.0578
follow_up	of it	-0.0293
follow_up	of month	0.0699
follow_up	of more	0.0207
follow_up	of my	0.1777
follow_up	of peopl	-0.0262
follow_up	of that	-0.0251
follow_up	of the	-0.1661
follow_up	of this	0.0902
follow_up	of time	-0.0701
follow_up	of week	0.0729
follow_up	of what	0.0506
follow_up	of year	0.198
follow_up	of you	-0.0275
follow_up	of your	-0.1975
follow_up	of ~duration	0.2679
follow_up	of ~limit	-0.0743
follow_up	of ~number	-0.2156
follow_up	of ~people	-0.033
follow_up	of ~workverb	-0.0228
follow_up	off	-0.0232
follow_up	off here	0.0269
follow_up	off now	-0.035
follow_up	offic	0.0534
follow_up	oh	-0.0744
follow_up	oh shoot	-0.0288
follow_up	oh wow	-0.0244
follow_up	oh ~sendverb	-0.0288
follow_up	ok	0.2176
follow_up	ok i	-0.1216
follow_up	ok to	0.3676
follow_up	ok with	0.0579
follow_up	old	-0.1404
follow_up	old ~student	-0.0456
follow_up	omg	-0.0262
follow_up	on	0.4134
follow_up	on a	-0.0766
follow_up	on call	-0.053
follow_up	on exact	0.0839
follow_up	on friday	0.024
follow_up	on hospit	0.044
follow_up	on how	0.2784
follow_up	on linkedin	0.9983
follow_up	on me	-0.0325
follow_up	on rural	0.0402
follow_up	on that	-0.0226
follow_up	on the	-0.0452
follow_up	on time	-0.048
follow_up	on to	-0.0283
follow_up	on what	-0.0341
follow_up	on whether	0.0595
follow_up	on with	-0.164
follow_up	on your	-0.2397
follow_up	on ~contactverb	-0.0649
follow_up	on ~degree	-0.0242
follow_up	on ~limit	-0.048
follow_up	on ~number	-0.1248
follow_up	on ~org	0.0427
follow_up	on ~talk	-0.0649
follow_up	onc	0.851
follow_up	onc i	0.6927
follow_up	onc it	0.0405
follow_up	onc my	0.0419
follow_up	onc ~number	0.0632
follow_up	one	-0.2794
follow_up	one last	-0.0257
follow_up	one more	-0.0747
follow_up	one of	-0.0284
follow_up	one or	-0.0222
follow_up	one who	-0.0225
follow_up	one you	-0.0284
follow_up	one ~people	-0.0225
follow_up	onli	-0.1246
follow_up	onli got	-0.0287
follow_up	onli have	-0.0353
follow_up	onlin	-0.025
follow_up	onto	0.0224
follow_up	onto your	0.0228
follow_up	open	0.2537
follow_up	open for	0.0548
follow_up	open on	-0.0256
follow_up	open to	0.302
follow_up	open up	-0.0538
follow_up	or	-0.068
follow_up	or contact	0.0549
follow_up	or do	0.1149
follow_up	or email	0.0412
follow_up	or go	0.0419
follow_up	or is	-0.0959
follow_up	or just	-0.0204
follow_up	or linkedin	0.0335
follow_up	or newslett	-0.0226
follow_up	or should	-0.0259
follow_up	or so	0.1237
follow_up	or through	0.0263
follow_up	or would	0.0987
follow_up	or ~contactverb	0.1502
follow_up	or ~help	0.0902
follow_up	or ~number	-0.063
follow_up	or ~people	0.0503
follow_up	or ~sendverb	0.0375
follow_up	or ~talk	0.1135
follow_up	or ~want	0.0767
follow_up	other	0.0622
follow_up	other folk	-0.041
follow_up	other ~people	-0.0444
follow_up	our	-0.0743
follow_up	out	0.0558
follow_up	out again	0.2896
follow_up	out and	-0.0209
follow_up	out for	0.0239
follow_up	out i	0.0233
follow_up	out if	-0.0599
follow_up	out in	0.0258
follow_up	out of	-0.0733
follow_up	out the	-0.0582
follow_up	out to	-0.1731
follow_up	out which	0.0284
follow_up	out ~later	0.2896
follow_up	out ~number	-0.0704
follow_up	outreach	-0.0315
follow_up	outsid	-0.021
follow_up	over	0.1109
follow_up	over a	0.0323
follow_up	over i	-0.0393
follow_up	over that	0.0947
follow_up	over the	0.0426
follow_up	over time	-0.023
follow_up	over ~limit	-0.023
follow_up	over ~number	0.075
follow_up	overstay	0.1242
follow_up	own	-0.0789
follow_up	pack so	0.0422
follow_up	page	-0.0316
follow_up	panel	0.0532
follow_up	paper	0.071
follow_up	part	-0.2118
follow_up	part of	-0.0676
follow_up	part time	-0.0429
follow_up	part ~limit	-0.0429
follow_up	particular	0.1117
follow_up	pass	-0.1064
follow_up	pass along	0.0538
follow_up	pass it	-0.0208
follow_up	pass my	-0.154
follow_up	pass on	-0.037
follow_up	past	-0.0728
follow_up	path	-0.0691
follow_up	patienc	-0.0272
follow_up	patient	-0.118
follow_up	pay	-0.0316
follow_up	peopl	-0.0234
follow_up	peopl from	-0.0222
follow_up	peopl in	-0.0838
follow_up	peopl who	-0.0266
follow_up	peopl you	0.1526
follow_up	peopl ~people	-0.0266
follow_up	perfect	-0.0272
follow_up	person	-0.1017
follow_up	person in	-0.0225
follow_up	person who	-0.0627
follow_up	person ~people	-0.0627
follow_up	phd	-0.025
follow_up	phone	-0.0546
follow_up	phone or	-0.0546
follow_up	pick	0.2125
follow_up	pick this	0.2609
follow_up	pick up	-0.021
follow_up	ping	0.2311
follow_up	ping you	0.2455
follow_up	pitch	-0.0405
follow_up	pitch in	-0.0326
follow_up	placement	0.0417
follow_up	plan	-0.0614
follow_up	play	0.0263
follow_up	pleas	-0.1045
follow_up	pleas do	-0.0424
follow_up	pleas tell	-0.0207
follow_up	pleas ~help	-0.0424
follow_up	pleasur	-0.0651
follow_up	pleasur speak	-0.0369
follow_up	pleasur ~talk	-0.0369
follow_up	podcast	0.0503
follow_up	podcast episod	0.0753
follow_up	point	-0.0804
follow_up	point me	-0.0741
follow_up	polici	-0.1073
follow_up	polici side	-0.0204
follow_up	polici ~org	-0.0218
follow_up	pop	0.081
follow_up	portfolio	0.2266
follow_up	portfolio link	0.0315
follow_up	portfolio review	0.137
follow_up	portfolio to	-0.0459
follow_up	portfolio when	0.0249
follow_up	posit	-0.0965
follow_up	possibl	-0.0439
follow_up	possibl for	-0.0231
follow_up	post	0.3708
follow_up	post on	0.364
follow_up	practis	-0.0259
follow_up	precious	-0.0394
follow_up	precious time	-0.028
follow_up	precious ~limit	-0.028
follow_up	prefer	0.2184
follow_up	prefer i	0.0363
follow_up	prefer peopl	0.0732
follow_up	prefer to	0.0553
follow_up	prefer ~people	0.0732
follow_up	prepar	-0.0265
follow_up	pressur at	0.022
follow_up	pretti	-0.0308
follow_up	pretti much	0.0203
follow_up	priya	-0.1008
follow_up	probabl	-0.0302
follow_up	process	-0.0528
follow_up	product	-0.0294
follow_up	product side	0.0416
follow_up	product ~org	0.0378
follow_up	profession	-0.0367
follow_up	profession associ	-0.0216
follow_up	professor	-0.0633
follow_up	program	0.195
follow_up	program and	0.0244
follow_up	program is	0.0799
follow_up	progress	0.0945
follow_up	project	-0.1255
follow_up	project i	-0.0291
follow_up	project manag	-0.0202
follow_up	promis	-0.1123
follow_up	promis i	-0.0386
follow_up	proofread	-0.0252
follow_up	proper	0.1172
follow_up	proper thank	0.1046
follow_up	propos	-0.0372
follow_up	public	-0.0775
follow_up	publish	0.067
follow_up	pushi	-0.0418
follow_up	put	-0.1285
follow_up	put in	-0.0536
follow_up	put me	-0.0865
follow_up	put togeth	0.0516
follow_up	qs	0.0247
follow_up	quarter	-0.038
follow_up	quarter end	-0.0257
follow_up	question	0.2222
follow_up	question come	0.125
follow_up	question for	0.1254
follow_up	question if	-0.0357
follow_up	question later	0.0394
follow_up	question perfect	-0.0226
follow_up	question short	-0.0407
follow_up	question tight	-0.0261
follow_up	question ~later	0.0537
follow_up	quick call	-0.0466
follow_up	quick note	0.0301
follow_up	quick ~contactverb	-0.0298
follow_up	quick ~talk	-0.0274
follow_up	ran	-0.0314
follow_up	ran over	-0.0267
follow_up	rang	-0.0264
follow_up	rather	0.0983
follow_up	rather i	0.025
follow_up	ratio	0.0208
follow_up	ratio i	0.0208
follow_up	reach	0.2752
follow_up	reach back	0.1104
follow_up	reach out	-0.0454
follow_up	reach you	0.1924
follow_up	read list	0.0385
follow_up	real	-0.0699
follow_up	real pleasur	-0.0409
follow_up	realist	-0.0467
follow_up	realiz	-0.0404
follow_up	realiz i	-0.0363
follow_up	realiz we	0.0596
follow_up	realiz you	-0.0247
follow_up	realli	-0.0646
follow_up	realli eye	0.0749
follow_up	realli grate	-0.0479
follow_up	realli just	-0.0208
follow_up	realli like	-0.029
follow_up	realli ~want	-0.069
follow_up	reason	-0.0414
follow_up	recent	-0.0264
follow_up	reckon	0.0644
follow_up	recommend	-0.1998
follow_up	recommend for	-0.0249
follow_up	recommend i	-0.0918
follow_up	recruit	-0.087
follow_up	recruit for	-0.0205
follow_up	recruit in	-0.0215
follow_up	refer	-0.1423
follow_up	refer me	-0.0666
follow_up	referr	-0.0394
follow_up	region	0.0367
follow_up	region ~org	0.0211
follow_up	repli	-0.0417
follow_up	repli to	-0.0409
follow_up	report	0.2373
follow_up	report back	0.2666
follow_up	research	-0.1756
follow_up	research i	0.0285
follow_up	research you	-0.0259
follow_up	resid	0.022
follow_up	rest	0.0776
follow_up	rest of	0.0776
follow_up	result	0.1796
follow_up	result from	0.17
follow_up	resum	-0.2664
follow_up	resum along	-0.0957
follow_up	resum to	-0.1161
follow_up	retail	-0.0398
follow_up	retir	-0.0201
follow_up	return	-0.031
follow_up	return the	-0.0366
follow_up	return to	0.0801
follow_up	return ~number	-0.0366
follow_up	review	0.1094
follow_up	review goe	0.1351
follow_up	revis	0.0761
follow_up	right	-0.1499
follow_up	right i	-0.085
follow_up	right if	0.0851
follow_up	right in	-0.02
follow_up	right now	-0.0793
follow_up	risk	-0.0402
follow_up	road	0.0284
follow_up	role	-0.1867
follow_up	rotat program	0.0351
follow_up	rotat ~degree	0.0351
follow_up	rout	-0.0523
follow_up	routin	-0.0248
follow_up	run	-0.0641
follow_up	run i	0.05
follow_up	run long	0.0358
follow_up	run your	-0.0431
follow_up	run ~number	-0.032
follow_up	rural	0.0402
follow_up	rural broadband	0.0525
follow_up	safe	-0.0369
follow_up	said	-0.1601
follow_up	said you	-0.0811
follow_up	said ~number	-0.0272
follow_up	sale	-0.0544
follow_up	sam	-0.0252
follow_up	saturday	-0.0224
follow_up	save	0.1529
follow_up	save your	0.0212
follow_up	save ~number	0.1269
follow_up	saw	-0.0515
follow_up	say	-0.1641
follow_up	say hi	0.0365
follow_up	say thank	-0.0231
follow_up	say the	-0.0333
follow_up	say ~number	-0.041
follow_up	schedul	0.0985
follow_up	schedul anoth	0.1741
follow_up	school applic	0.0325
follow_up	school ~application	0.0325
follow_up	scienc	-0.0478
follow_up	scienc ~degree	0.0268
follow_up	scientist	-0.0295
follow_up	score	0.0664
follow_up	search	0.0358
follow_up	search goe	0.0407
follow_up	season	0.0574
follow_up	sec	0.0242
follow_up	second	0.2842
follow_up	second chat	0.2152
follow_up	second year	-0.0357
follow_up	second ~duration	-0.0357
follow_up	second ~talk	0.2152
follow_up	sector	-0.0626
follow_up	see	-0.085
follow_up	see how	0.0363
follow_up	see the	-0.0375
follow_up	see we	-0.0707
follow_up	see whether	0.0552
follow_up	see ~number	-0.0375
follow_up	seem	-0.0303
follow_up	semest	0.1803
follow_up	seminar	0.0471
follow_up	send	0.9473
follow_up	send a	0.1896
follow_up	send it	0.1312
follow_up	send me	-0.0429
follow_up	send my	-0.0326
follow_up	send over	0.2402
follow_up	send thank	-0.0377
follow_up	send you	0.4429
follow_up	send your	0.0526
follow_up	send ~number	0.2167
follow_up	senior	-0.0286
follow_up	sens	-0.0514
follow_up	sent	0.037
follow_up	sent you	0.0465
follow_up	serious	-0.0442
follow_up	set	0.1395
follow_up	set up	0.1113
follow_up	shadow	0.1629
follow_up	shadow at	0.0649
follow_up	shadow day	0.0897
follow_up	shadow you	-0.0632
follow_up	shadow ~closing	0.0897
follow_up	shadow ~limit	0.0897
follow_up	shadow ~number	0.0456
follow_up	shall	0.2369
follow_up	shall i	0.0351
follow_up	shall write	0.1089
follow_up	shall ~contactverb	0.1089
follow_up	share	0.1689
follow_up	share all	0.0277
follow_up	share my	0.0339
follow_up	share some	-0.0615
follow_up	share the	0.1474
follow_up	share what	-0.0206
follow_up	share ~number	0.1512
follow_up	she	-0.0326
follow_up	she would	-0.0351
follow_up	she ~want	-0.0351
follow_up	shift	-0.0417
follow_up	shift in	-0.0262
follow_up	shift so	-0.0212
follow_up	shoot you	0.0307
follow_up	short	0.1699
follow_up	short call	0.1239
follow_up	short note	0.1195
follow_up	short summari	0.0671
follow_up	short ~contactverb	0.132
follow_up	short ~talk	0.129
follow_up	should i	0.1396
follow_up	should let	-0.0217
follow_up	should probabl	-0.0247
follow_up	should ~contactverb	-0.0207
follow_up	should ~talk	-0.0396
follow_up	shout	0.0338
follow_up	shout and	0.0467
follow_up	show	-0.0269
follow_up	show my	-0.0225
follow_up	side	-0.1003
follow_up	side of	-0.0227
follow_up	side you	-0.0394
follow_up	similar	-0.032
follow_up	sinc i	-0.0429
follow_up	sinc it	0.0227
follow_up	sinc we	0.0506
follow_up	sinc you	-0.0558
follow_up	sir	0.0389
follow_up	sir i	0.0399
follow_up	six	-0.0472
follow_up	six month	-0.0208
follow_up	six year	-0.0264
follow_up	six ~duration	-0.0472
follow_up	skill	-0.0673
follow_up	skip	-0.0277
follow_up	slide	0.0226
follow_up	small	-0.0676
follow_up	small ~talk	0.0271
follow_up	so	-0.3485
follow_up	so i	-0.2401
follow_up	so if	-0.0456
follow_up	so let	-0.0237
follow_up	so much	0.0729
follow_up	so sorri	0.1005
follow_up	so um	-0.0211
follow_up	so use	0.0421
follow_up	so you	-0.0384
follow_up	so ~help	0.0413
follow_up	so ~want	-0.0245
follow_up	softwar	0.0463
follow_up	some of	-0.0615
follow_up	some way	-0.0398
follow_up	some ~people	-0.0217
follow_up	someday	-0.0423
follow_up	someon	-0.1593
follow_up	someon who	-0.0627
follow_up	someon ~people	-0.0627
follow_up	someth	0.0351
follow_up	someth els	0.0543
follow_up	sometim	0.1273
follow_up	sorri	-0.0702
follow_up	sorri i	-0.0965
follow_up	sorri my	0.0939
follow_up	sorri to	0.0381
follow_up	sorri we	-0.0574
follow_up	sound	-0.023
follow_up	spare	0.0401
follow_up	speak	-0.0565
follow_up	speaker	0.0201
follow_up	spend	-0.0418
follow_up	spent	-0.0714
follow_up	spent ~number	-0.0333
follow_up	spot	-0.042
follow_up	spreadsheet	-0.0347
follow_up	spring	0.2199
follow_up	sql	-0.0284
follow_up	squeez	-0.0705
follow_up	squeez me	-0.0535
follow_up	staf	0.0616
follow_up	staf ratio	0.0208
follow_up	staff	-0.0247
follow_up	start	-0.0519
follow_up	start out	-0.0524
follow_up	start to	-0.0259
follow_up	state	0.0413
follow_up	state associ	0.0574
follow_up	stay	0.4447
follow_up	stay connect	0.0536
follow_up	stay in	0.5001
follow_up	stay on	-0.0256
follow_up	step	-0.0352
follow_up	still	0.0949
follow_up	still make	0.0213
follow_up	still ok	0.0839
follow_up	stop	-0.1792
follow_up	stop and	0.1238
follow_up	stop at	-0.0461
follow_up	stop bug	-0.0351
follow_up	stop here	-0.0879
follow_up	stop there	-0.0511
follow_up	stop ~want	-0.0879
follow_up	straight	-0.0391
follow_up	straight to	-0.0243
follow_up	structur	-0.0272
follow_up	struggl	0.0446
follow_up	struggl with	0.049
follow_up	stuck	0.027
follow_up	student	-0.176
follow_up	student at	-0.0316
follow_up	student in	-0.0227
follow_up	student perspect	0.0493
follow_up	student ~insight	0.0427
follow_up	student ~learn	-0.0268
follow_up	studi	0.0437
follow_up	studio	-0.0282
follow_up	such	-0.0448
follow_up	such a	-0.0416
follow_up	such ~number	-0.0426
follow_up	suggest	-0.1128
follow_up	suggest a	-0.028
follow_up	suggest i	-0.1546
follow_up	suggest ~number	-0.0362
follow_up	suit	-0.0354
follow_up	suit me	-0.0247
follow_up	summar	0.0677
follow_up	summar what	0.0677
follow_up	summari	0.1025
follow_up	summari of	0.0976
follow_up	summer	-0.1066
follow_up	summer ~job	-0.0267
follow_up	super	-0.0495
follow_up	suppli	-0.0481
follow_up	suppli chain	-0.0481
follow_up	sure	0.1888
follow_up	sure to	0.1947
follow_up	survey	0.2286
follow_up	survey data	0.0769
follow_up	survey result	0.144
follow_up	survey with	-0.0213
follow_up	survey you	-0.0226
follow_up	sustain	0.0528
follow_up	tag	0.02
follow_up	take a	0.0664
follow_up	take applic	0.0476
follow_up	take care	-0.0307
follow_up	take on	0.0473
follow_up	take time	0.0281
follow_up	take up	-0.0429
follow_up	take you	-0.0203
follow_up	take ~limit	0.0281
follow_up	take ~number	0.0407
follow_up	taken	-0.0597
follow_up	taken enough	-0.041
follow_up	taken up	-0.0211
follow_up	talk about	0.0775
follow_up	talk to	0.0765
follow_up	talk with	-0.0294
follow_up	teach	-0.0274
follow_up	team	-0.0782
follow_up	team and	-0.0322
follow_up	team ever	-0.0449
follow_up	team is	0.2605
follow_up	team might	0.0656
follow_up	team would	-0.0333
follow_up	team ~want	-0.0333
follow_up	tech	-0.0243
follow_up	tell	0.0522
follow_up	tell me	-0.1492
follow_up	tell you	0.1979
follow_up	ten	0.0795
follow_up	ten minut	0.0997
follow_up	ten ~limit	0.099
follow_up	ten ~timeunit	0.099
follow_up	tend	-0.04
follow_up	tend to	-0.04
follow_up	test	-0.0569
follow_up	test the	-0.0393
follow_up	test ~number	-0.0393
follow_up	tester	-0.0265
follow_up	text	0.1066
follow_up	text you	0.0698
follow_up	than	-0.0977
follow_up	than a	-0.0414
follow_up	than ~number	-0.0439
follow_up	thank	-0.0856
follow_up	thank a	-0.0259
follow_up	thank again	-0.1345
follow_up	thank for	0.0691
follow_up	thank heap	-0.0297
follow_up	thank i	-0.0206
follow_up	thank load	0.0315
follow_up	thank onc	0.0879
follow_up	thank so	0.0488
follow_up	thank to	-0.0737
follow_up	thank you	0.068
follow_up	thank ~later	-0.1345
follow_up	thank ~number	-0.0333
follow_up	that	-0.1602
follow_up	that answer	-0.0576
follow_up	that articl	0.1797
follow_up	that cover	-0.0475
follow_up	that for	0.0641
follow_up	that i	-0.0866
follow_up	that make	0.0467
follow_up	that podcast	0.0728
follow_up	that pretti	0.029
follow_up	that would	0.0287
follow_up	that you	-0.0919
follow_up	the	0.2317
follow_up	the 20	-0.0361
follow_up	the admiss	0.1015
follow_up	the agenc	-0.0364
follow_up	the analyst	-0.0321
follow_up	the app	-0.0349
follow_up	the applic	0.1214
follow_up	the apprenticeship	0.0594
follow_up	the armi	-0.0235
follow_up	the articl	0.05
follow_up	the associ	-0.0368
follow_up	the best	0.1373
follow_up	the book	0.0453
follow_up	the bootcamp	0.103
follow_up	the call	-0.025
follow_up	the career	0.0721
follow_up	the certif	0.0325
follow_up	the clinic	0.0441
follow_up	the clock	-0.0849
follow_up	the convers	0.1303
follow_up	the council	0.0214
follow_up	the creativ	-0.033
follow_up	the cultur	-0.0238
follow_up	the data	-0.0302
follow_up	the director	-0.0424
follow_up	the environment	0.0262
follow_up	the er	-0.0215
follow_up	the fall	0.1106
follow_up	the field	-0.0726
follow_up	the first	-0.0356
follow_up	the hackathon	0.0578
follow_up	the hospit	0.0214
follow_up	the hour	0.0891
follow_up	the industri	-0.0331
follow_up	the interview	0.0689
follow_up	the job	0.0461
follow_up	the junior	-0.0213
follow_up	the kind	-0.0373
follow_up	the last	-0.0278
follow_up	the launch	-0.0778
follow_up	the librari	0.0244
follow_up	the line	0.0294
follow_up	the link	0.0788
follow_up	the main	-0.0259
follow_up	the master	0.0491
follow_up	the moment	-0.0301
follow_up	the most	-0.046
follow_up	the mph	0.0379
follow_up	the msw	0.0668
follow_up	the museum	-0.0301
follow_up	the name	-0.0233
follow_up	the new	0.0651
follow_up	the next	-0.0641
follow_up	the nonprofit	-0.0439
follow_up	the note	-0.0265
follow_up	the nurs	-0.0374
follow_up	the on	-0.0425
follow_up	the one	-0.0499
follow_up	the peopl	0.0912
follow_up	the person	-0.0621
follow_up	the polici	-0.0241
follow_up	the portfolio	0.156
follow_up	the product	0.0463
follow_up	the quarter	-0.0249
follow_up	the read	0.0612
follow_up	the resid	0.0635
follow_up	the rest	0.0618
follow_up	the road	0.0284
follow_up	the schedul	-0.0241
follow_up	the shadow	0.0294
follow_up	the spring	0.1319
follow_up	the state	0.0543
follow_up	the student	-0.0203
follow_up	the summer	-0.0297
follow_up	the survey	0.1718
follow_up	the switch	0.0218
follow_up	the time	-0.1166
follow_up	the titl	0.0304
follow_up	the top	-0.0204
follow_up	the trust	0.0419
follow_up	the two	0.0941
follow_up	the ux	0.0484
follow_up	the way	0.0324
follow_up	the word	-0.0323
follow_up	the work	-0.0321
follow_up	the ~application	0.1214
follow_up	the ~closing	0.0517
follow_up	the ~contactverb	-0.0336
follow_up	the ~degree	0.3303
follow_up	the ~job	0.0264
follow_up	the ~learn	-0.0353
follow_up	the ~limit	-0.0347
follow_up	the ~number	-0.0347
follow_up	the ~people	-0.0738
follow_up	the ~student	-0.1292
follow_up	the ~timeunit	0.0891
follow_up	the ~workverb	-0.0321
follow_up	their	-0.0446
follow_up	then	-0.0618
follow_up	there	-0.3308
follow_up	there a	0.1323
follow_up	there ani	-0.0784
follow_up	there i	-0.0226
follow_up	there is	0.045
follow_up	there so	-0.0397
follow_up	there some	-0.0253
follow_up	there thank	-0.0211
follow_up	there ~number	0.1088
follow_up	there ~people	-0.0578
follow_up	these	-0.1019
follow_up	these chat	-0.0357
follow_up	thesi	0.1136
follow_up	they	0.1268
follow_up	they are	0.1709
follow_up	they still	0.0265
follow_up	they ~contactverb	-0.0501
follow_up	thing	-0.1339
follow_up	thing go	0.0312
follow_up	thing out	0.0242
follow_up	think	-0.1601
follow_up	think about	-0.0453
follow_up	think i	-0.1667
follow_up	think it	0.0583
follow_up	think of	0.1311
follow_up	think that	-0.0602
follow_up	think we	-0.0362
follow_up	think you	0.027
follow_up	thirti	-0.0248
follow_up	this	0.0417
follow_up	this afternoon	0.0794
follow_up	this and	0.0732
follow_up	this call	-0.046
follow_up	this field	-0.0411
follow_up	this has	0.0784
follow_up	this help	0.0263
follow_up	this in	-0.0259
follow_up	this industri	-0.025
follow_up	this is	-0.0541
follow_up	this last	-0.0386
follow_up	this morn	0.0619
follow_up	this short	0.0455
follow_up	this summer	-0.023
follow_up	this tight	0.0268
follow_up	this to	-0.0458
follow_up	this up	0.2114
follow_up	this was	0.0365
follow_up	this week	-0.0358
follow_up	this ~closing	0.1037
follow_up	this ~contactverb	-0.046
follow_up	this ~limit	0.139
follow_up	this ~talk	-0.0492
follow_up	those	-0.0591
follow_up	thought	-0.0455
follow_up	three	-0.0623
follow_up	through	0.0493
follow_up	through how	-0.0442
follow_up	through linkedin	0.0279
follow_up	through the	0.0278
follow_up	through your	0.115
follow_up	tick	-0.0202
follow_up	time	0.4786
follow_up	time and	0.0346
follow_up	time do	-0.0226
follow_up	time for	-0.0648
follow_up	time i	-0.0469
follow_up	time next	0.1684
follow_up	time of	0.2047
follow_up	time on	-0.0253
follow_up	time or	-0.0332
follow_up	time out	0.0247
follow_up	time should	0.0687
follow_up	time so	-0.0641
follow_up	time this	0.0586
follow_up	time to	-0.0463
follow_up	time ~help	-0.0244
follow_up	tip	0.0233
follow_up	titl	0.0993
follow_up	titl i	0.0698
follow_up	to a	-0.0504
follow_up	to about	-0.0259
follow_up	to and	-0.07
follow_up	to appli	-0.0537
follow_up	to be	-0.2342
follow_up	to beta	-0.0347
follow_up	to chat	-0.0466
follow_up	to check	0.0727
follow_up	to cut	0.0328
follow_up	to day	-0.0225
follow_up	to do	-0.0298
follow_up	to dr	-0.0404
follow_up	to drop	0.0365
follow_up	to find	-0.0216
follow_up	to follow	-0.0464
follow_up	to forward	-0.0521
follow_up	to give	-0.0327
follow_up	to her	-0.0379
follow_up	to hire	-0.029
follow_up	to hop	-0.0362
follow_up	to hour	-0.0307
follow_up	to introduc	0.0343
follow_up	to keep	0.217
follow_up	to know	-0.0813
follow_up	to learn	-0.0872
follow_up	to leav	-0.0364
follow_up	to let	0.1899
follow_up	to me	0.1758
follow_up	to my	-0.1076
follow_up	to next	-0.0337
follow_up	to one	-0.0232
follow_up	to overstay	0.1242
follow_up	to pass	-0.1353
follow_up	to pick	-0.029
follow_up	to pitch	-0.0239
follow_up	to put	-0.0444
follow_up	to reach	0.2042
follow_up	to refer	-0.0543
follow_up	to return	0.0879
follow_up	to see	0.0238
follow_up	to send	0.19
follow_up	to set	0.0668
follow_up	to shadow	-0.0312
follow_up	to share	0.0478
follow_up	to someon	0.0559
follow_up	to speak	-0.0261
follow_up	to stay	0.551
follow_up	to stop	-0.0222
follow_up	to take	0.0879
follow_up	to talk	-0.1053
follow_up	to tell	0.1015
follow_up	to test	-0.0313
follow_up	to thank	-0.0216
follow_up	to that	0.0846
follow_up	to the	0.0857
follow_up	to them	0.043
follow_up	to think	-0.0399
follow_up	to this	-0.0447
follow_up	to understand	-0.0841
follow_up	to whoever	-0.0725
follow_up	to work	-0.0629
follow_up	to write	0.0226
follow_up	to you	0.3307
follow_up	to your	-0.1486
follow_up	to ~closing	-0.0232
follow_up	to ~contactverb	0.2202
follow_up	to ~gatekeeper	-0.0289
follow_up	to ~help	0.0415
follow_up	to ~hiring	0.0505
follow_up	to ~learn	-0.343
follow_up	to ~sendverb	0.1147
follow_up	to ~studyverb	0.0752
follow_up	to ~talk	0.0248
follow_up	to ~timeunit	-0.0307
follow_up	to ~workverb	-0.044
follow_up	today	0.0573
follow_up	today i	-0.0238
follow_up	today just	0.0302
follow_up	today ~want	0.0302
follow_up	togeth	0.0452
follow_up	togeth a	0.0541
follow_up	togeth ~number	0.0541
follow_up	told	0.0229
follow_up	told you	0.0262
follow_up	tomorrow	0.1315
follow_up	tomorrow and	0.0441
follow_up	tomorrow with	0.0754
follow_up	ton and	0.0273
follow_up	tonight	0.083
follow_up	tonight and	0.0301
follow_up	too	-0.0337
follow_up	too or	-0.0235
follow_up	took away	0.0204
follow_up	top	-0.0266
follow_up	top of	-0.0225
follow_up	topic	0.1569
follow_up	total	0.0202
follow_up	total fine	0.0584
follow_up	total understand	0.026
follow_up	touch	0.4745
follow_up	touch and	0.0836
follow_up	touch as	0.0878
follow_up	touch if	0.0451
follow_up	touch on	-0.0337
follow_up	touch with	-0.1664
follow_up	transit	-0.0242
follow_up	translat	-0.0258
follow_up	tri	-0.2017
follow_up	tri to	-0.1466
follow_up	trial	-0.0397
follow_up	truli	-0.027
follow_up	trust	0.0213
follow_up	turn	0.0267
follow_up	turn out	0.0398
follow_up	twenti	-0.0826
follow_up	twenti minut	-0.0569
follow_up	twenti ~limit	-0.0569
follow_up	twenti ~number	-0.0238
follow_up	twenti ~timeunit	-0.0569
follow_up	twice	-0.0235
follow_up	two	-0.0392
follow_up	two year	-0.0329
follow_up	two ~duration	-0.0415
follow_up	typic	-0.0933
follow_up	typic week	-0.0279
follow_up	typic ~closing	-0.0326
follow_up	um	-0.0667
follow_up	understand	-0.0725
follow_up	understand how	-0.0402
follow_up	understand what	-0.0209
follow_up	unfold	0.0523
follow_up	uni	-0.0219
follow_up	universiti	-0.0303
follow_up	until	-0.0626
follow_up	until ~number	-0.0223
follow_up	up	0.4014
follow_up	up ani	-0.0814
follow_up	up anoth	0.3495
follow_up	up appli	0.0628
follow_up	up as	0.0768
follow_up	up by	0.0457
follow_up	up email	-0.0357
follow_up	up for	0.0744
follow_up	up go	0.0388
follow_up	up here	-0.0983
follow_up	up in	0.0719
follow_up	up my	-0.0202
follow_up	up note	0.0256
follow_up	up now	-0.0489
follow_up	up on	-0.0949
follow_up	up or	0.0672
follow_up	up question	0.0294
follow_up	up there	-0.0252
follow_up	up while	0.0338
follow_up	up with	0.1649
follow_up	up your	-0.0241
follow_up	up ~contactverb	-0.0354
follow_up	up ~sendverb	-0.0331
follow_up	up ~talk	-0.0354
follow_up	up ~want	-0.1137
follow_up	updat	0.3243
follow_up	updat on	0.0794
follow_up	updat onc	0.0472
follow_up	updat you	0.0784
follow_up	us	-0.0358
follow_up	use	0.0834
follow_up	use thank	0.0417
follow_up	use to	0.0462
follow_up	user	-0.0324
follow_up	usual	-0.1387
follow_up	usual follow	-0.0343
follow_up	valuabl	0.0269
follow_up	veri	-0.0897
follow_up	veri much	-0.044
follow_up	vet	-0.0226
follow_up	volunt	-0.0729
follow_up	wait	-0.0482
follow_up	walk	-0.0904
follow_up	walk me	-0.0755
follow_up	want	0.0704
follow_up	want me	0.1799
follow_up	want someon	-0.036
follow_up	want ~people	-0.036
follow_up	was	-0.3494
follow_up	was a	-0.0299
follow_up	was hope	-0.0228
follow_up	was incred	0.1111
follow_up	was wonder	-0.1802
follow_up	was ~number	-0.0507
follow_up	was ~want	-0.0439
follow_up	way	0.0391
follow_up	way for	-0.0264
follow_up	way i	-0.0728
follow_up	way like	0.0517
follow_up	way to	0.1964
follow_up	way you	0.0467
follow_up	we	0.2692
follow_up	we agre	-0.0541
follow_up	we can	0.0902
follow_up	we connect	0.138
follow_up	we finish	-0.0406
follow_up	we hang	-0.0299
follow_up	we have	-0.0835
follow_up	we keep	0.0792
follow_up	we onli	-0.0325
follow_up	we pick	0.2168
follow_up	we ran	-0.0267
follow_up	we said	-0.0313
follow_up	we still	-0.041
follow_up	we stop	0.1055
follow_up	we talk	0.0483
follow_up	we would	-0.0311
follow_up	we ~learn	0.215
follow_up	we ~talk	0.0634
follow_up	we ~want	-0.0311
follow_up	we ~workverb	-0.03
follow_up	websit	-0.0507
follow_up	week	0.2067
follow_up	week and	0.0282
follow_up	week as	-0.0263
follow_up	week for	0.1505
follow_up	week i	0.0247
follow_up	week on	0.029
follow_up	week with	0.1104
follow_up	weekend	-0.1593
follow_up	weird	-0.0238
follow_up	weird if	0.0306
follow_up	weird to	-0.045
follow_up	welcom	0.1257
follow_up	well	-0.0782
follow_up	well i	-0.0489
follow_up	went	0.0214
follow_up	were	-0.1698
follow_up	were in	-0.0315
follow_up	were me	-0.0301
follow_up	were start	-0.0464
follow_up	what	-0.365
follow_up	what a	-0.0429
follow_up	what are	-0.0296
follow_up	what could	-0.0245
follow_up	what do	-0.0411
follow_up	what doe	-0.0597
follow_up	what i	0.1921
follow_up	what kind	-0.0314
follow_up	what made	-0.0557
follow_up	what skill	-0.0238
follow_up	what student	-0.0208
follow_up	what the	0.029
follow_up	what would	-0.0644
follow_up	what you	-0.0618
follow_up	what your	0.1492
follow_up	what ~help	-0.0411
follow_up	what ~want	-0.0644
follow_up	whatev	0.0444
follow_up	whatev just	0.0452
follow_up	whatev ~want	0.0452
follow_up	when	0.0767
follow_up	when a	-0.048
follow_up	when it	0.0352
follow_up	when they	0.1506
follow_up	when you	-0.094
follow_up	when ~number	-0.0562
follow_up	where	-0.0264
follow_up	where can	-0.0281
follow_up	where do	-0.0239
follow_up	where i	0.1071
follow_up	where you	-0.0234
follow_up	where ~help	-0.0239
follow_up	whether	-0.0269
follow_up	whether a	-0.0293
follow_up	whether i	0.0877
follow_up	whether the	0.086
follow_up	whether you	-0.1052
follow_up	whether your	0.0224
follow_up	whether ~number	0.0509
follow_up	whi	-0.0496
follow_up	which	-0.0905
follow_up	which direct	0.0963
follow_up	which ~degree	0.0533
follow_up	while i	0.0599
follow_up	while we	-0.0559
follow_up	who	-0.4567
follow_up	who els	-0.1447
follow_up	who is	-0.0482
follow_up	who just	0.0902
follow_up	who might	-0.0436
follow_up	who run	-0.0618
follow_up	who went	-0.0221
follow_up	who work	-0.0357
follow_up	who would	-0.056
follow_up	who ~want	0.0336
follow_up	whoever	-0.1294
follow_up	whoever handl	-0.0209
follow_up	whoever hire	-0.0442
follow_up	whoever run	-0.0569
follow_up	whoever ~gatekeeper	-0.0442
follow_up	whoever ~hiring	-0.0442
follow_up	whose	-0.032
follow_up	will	0.9159
follow_up	will be	0.1326
follow_up	will conclud	-0.026
follow_up	will connect	0.0412
follow_up	will def	0.094
follow_up	will definit	0.1405
follow_up	will drop	0.0713
follow_up	will end	0.0362
follow_up	will follow	0.2797
follow_up	will forward	0.0283
follow_up	will jump	-0.0502
follow_up	will keep	0.0562
follow_up	will leav	-0.0777
follow_up	will let	-0.0577
follow_up	will look	-0.0206
follow_up	will make	0.0987
follow_up	will messag	0.0342
follow_up	will not	-0.1863
follow_up	will pass	0.1472
follow_up	will reach	0.0361
follow_up	will report	0.185
follow_up	will send	0.4225
follow_up	will stop	-0.1715
follow_up	will tell	0.1172
follow_up	will to	-0.1956
follow_up	will tri	-0.0867
follow_up	will wrap	-0.1028
follow_up	will write	0.1271
follow_up	will ~contactverb	0.2178
follow_up	will ~sendverb	0.7152
follow_up	will ~talk	0.1014
follow_up	will ~want	-0.0968
follow_up	wish	-0.0921
follow_up	wish you	-0.0771
follow_up	with	0.366
follow_up	with a	0.1086
follow_up	with an	0.0856
follow_up	with client	-0.0369
follow_up	with donor	-0.0335
follow_up	with former	-0.0247
follow_up	with me	0.0274
follow_up	with more	0.0233
follow_up	with my	0.0554
follow_up	with peopl	-0.0423
follow_up	with someon	-0.0581
follow_up	with spreadsheet	-0.0214
follow_up	with that	0.0433
follow_up	with the	0.0639
follow_up	with them	-0.0383
follow_up	with this	-0.0274
follow_up	with what	0.0659
follow_up	with whoever	-0.0569
follow_up	with you	0.7577
follow_up	with your	-0.1829
follow_up	with ~limit	0.0365
follow_up	with ~number	0.2532
follow_up	with ~people	-0.1197
follow_up	without	-0.0488
follow_up	wonder	-0.1904
follow_up	wonder how	-0.0441
follow_up	wonder rest	0.0332
follow_up	wonder whether	-0.0833
follow_up	wonder which	-0.033
follow_up	word	-0.058
follow_up	word for	-0.03
follow_up	work	-0.2094
follow_up	work in	-0.0971
follow_up	work on	0.1421
follow_up	work out	-0.0233
follow_up	work through	0.0418
follow_up	work with	0.0319
follow_up	world	-0.0249
follow_up	worri	0.1925
follow_up	worri i	0.0647
follow_up	worst	-0.0236
follow_up	worth	-0.087
follow_up	worth it	-0.0443
follow_up	would	0.2818
follow_up	would also	-0.0599
follow_up	would be	-0.2042
follow_up	would happili	-0.0416
follow_up	would i	-0.0232
follow_up	would it	0.2552
follow_up	would like	0.0743
follow_up	would love	0.1833
follow_up	would realli	-0.0633
follow_up	would recommend	-0.0745
follow_up	would suggest	-0.0691
follow_up	would talk	-0.0329
follow_up	would you	0.2477
follow_up	would ~help	-0.027
follow_up	would ~number	-0.0231
follow_up	would ~want	-0.047
follow_up	wow	-0.0532
follow_up	wow it	-0.0219
follow_up	wrap here	0.0462
follow_up	wrap up	-0.1013
follow_up	wrap ~want	0.0462
follow_up	write	0.2606
follow_up	write to	0.1168
follow_up	write up	0.0898
follow_up	write you	0.0468
follow_up	wrote	0.0607
follow_up	yeah	-0.0897
follow_up	yeah i	-0.0275
follow_up	yeah that	-0.0241
follow_up	year	-0.1114
follow_up	year and	-0.0273
follow_up	year in	-0.0384
follow_up	year that	0.119
follow_up	year to	0.0871
follow_up	yes	-0.0218
follow_up	you	0.2564
follow_up	you a	0.4033
follow_up	you about	0.0407
follow_up	you after	0.2385
follow_up	you again	-0.0212
follow_up	you agre	0.0379
follow_up	you and	-0.0828
follow_up	you ani	-0.0588
follow_up	you are	0.0212
follow_up	you around	0.0563
follow_up	you at	0.0366
follow_up	you be	0.2539
follow_up	you block	-0.0205
follow_up	you can	-0.022
follow_up	you card	0.1204
follow_up	you carv	0.0595
follow_up	you consid	-0.0217
follow_up	you could	-0.2432
follow_up	you crack	-0.0375
follow_up	you decid	-0.0886
follow_up	you describ	-0.0408
follow_up	you direct	0.1196
follow_up	you down	0.0317
follow_up	you eat	-0.0276
follow_up	you email	0.0691
follow_up	you end	-0.0315
follow_up	you even	-0.0203
follow_up	you expect	-0.0323
follow_up	you find	-0.0372
follow_up	you finish	-0.0218
follow_up	you follow	-0.0565
follow_up	you for	-0.1677
follow_up	you get	-0.3412
follow_up	you give	-0.0346
follow_up	you go	-0.1884
follow_up	you guy	-0.0439
follow_up	you had	-0.0413
follow_up	you handl	-0.0238
follow_up	you have	0.03
follow_up	you head	-0.0437
follow_up	you how	0.2362
follow_up	you if	0.3021
follow_up	you in	0.1777
follow_up	you inform	0.117
follow_up	you keep	-0.1012
follow_up	you kind	0.0877
follow_up	you know	0.7075
follow_up	you later	0.1077
follow_up	you like	0.1374
follow_up	you longer	-0.0204
follow_up	you look	-0.0378
follow_up	you make	-0.0251
follow_up	you mayb	-0.0408
follow_up	you mention	-0.0881
follow_up	you might	-0.0211
follow_up	you mind	0.1137
follow_up	you move	-0.0269
follow_up	you my	0.0466
follow_up	you need	-0.1109
follow_up	you note	0.1273
follow_up	you now	-0.0579
follow_up	you on	0.7881
follow_up	you onc	0.1294
follow_up	you or	0.0204
follow_up	you out	-0.0348
follow_up	you pass	-0.0427
follow_up	you point	-0.0648
follow_up	you post	0.4627
follow_up	you prefer	0.1817
follow_up	you put	-0.0415
follow_up	you rather	0.1113
follow_up	you realli	0.0723
follow_up	you reckon	0.0644
follow_up	you recommend	-0.1026
follow_up	you said	-0.0719
follow_up	you say	-0.072
follow_up	you send	-0.0569
follow_up	you so	0.0307
follow_up	you squeez	-0.0443
follow_up	you stay	-0.0467
follow_up	you still	-0.051
follow_up	you suggest	-0.0344
follow_up	you tell	-0.0598
follow_up	you tend	-0.0306
follow_up	you that	0.0672
follow_up	you the	0.2402
follow_up	you think	-0.0416
follow_up	you this	0.051
follow_up	you to	-0.0431
follow_up	you up	-0.0487
follow_up	you updat	0.078
follow_up	you usual	-0.0334
follow_up	you veri	-0.026
follow_up	you walk	-0.0415
follow_up	you want	0.1501
follow_up	you were	-0.123
follow_up	you when	0.0606
follow_up	you wish	-0.0312
follow_up	you with	0.0224
follow_up	you would	-0.1751
follow_up	you your	-0.0247
follow_up	you ~contactverb	0.047
follow_up	you ~insight	-0.0213
follow_up	you ~later	0.1182
follow_up	you ~learn	0.2622
follow_up	you ~number	0.6421
follow_up	you ~sendverb	-0.0787
follow_up	you ~talk	0.0351
follow_up	you ~want	0.2677
follow_up	you ~workverb	-0.0318
follow_up	your	-0.5166
follow_up	your a	0.0246
follow_up	your advic	-0.0273
follow_up	your afternoon	-0.0858
follow_up	your alumni	0.0627
follow_up	your app	-0.0216
follow_up	your assist	0.1139
follow_up	your busi	0.0818
follow_up	your card	0.1043
follow_up	your career	-0.038
follow_up	your client	-0.0248
follow_up	your colleagu	-0.0802
follow_up	your compani	-0.0263
follow_up	your complianc	0.0392
follow_up	your data	-0.0447
follow_up	your day	-0.0762
follow_up	your depart	-0.0239
follow_up	your end	-0.0257
follow_up	your evening	-0.0457
follow_up	your field	-0.044
follow_up	your firm	-0.0386
follow_up	your first	-0.0534
follow_up	your former	-0.0237
follow_up	your friday	-0.0342
follow_up	your hire	-0.0358
follow_up	your honesti	-0.0274
follow_up	your inbox	0.1209
follow_up	your kind	0.0764
follow_up	your manag	-0.0388
follow_up	your mentor	0.0427
follow_up	your name	-0.1183
follow_up	your network	0.0469
follow_up	your next	-0.0952
follow_up	your offic	0.0811
follow_up	your old	-0.0806
follow_up	your outreach	-0.0241
follow_up	your own	-0.0303
follow_up	your patienc	-0.0245
follow_up	your patient	-0.0798
follow_up	your precious	-0.028
follow_up	your recruit	-0.03
follow_up	your take	0.1084
follow_up	your team	0.152
follow_up	your thought	-0.0222
follow_up	your time	-0.0233
follow_up	your tip	0.0454
follow_up	your ux	-0.0238
follow_up	your way	0.076
follow_up	your ~closing	-0.2114
follow_up	your ~degree	-0.0245
follow_up	your ~gatekeeper	-0.0934
follow_up	your ~hiring	-0.0447
follow_up	your ~insight	0.0811
follow_up	your ~job	-0.0288
follow_up	your ~limit	-0.1995
follow_up	your ~number	0.0246
follow_up	your ~org	0.0493
follow_up	your ~people	-0.0244
follow_up	your ~student	0.1435
follow_up	your ~talk	0.0634
follow_up	~application	-0.0554
follow_up	~application along	-0.0957
follow_up	~application goe	0.0269
follow_up	~application to	-0.1168
follow_up	~application with	0.0311
follow_up	~closing	-0.1297
follow_up	~closing for	0.1451
follow_up	~closing i	0.0895
follow_up	~closing if	0.0532
follow_up	~closing of	0.0742
follow_up	~closing on	0.029
follow_up	~closing so	-0.0411
follow_up	~closing to	-0.0325
follow_up	~contactverb	1.3773
follow_up	~contactverb about	0.0207
follow_up	~contactverb after	-0.0523
follow_up	~contactverb again	0.0717
follow_up	~contactverb and	0.087
follow_up	~contactverb as	0.0878
follow_up	~contactverb back	0.242
follow_up	~contactverb her	-0.0889
follow_up	~contactverb i	0.0393
follow_up	~contactverb if	0.042
follow_up	~contactverb it	-0.0427
follow_up	~contactverb later	0.0261
follow_up	~contactverb next	0.0223
follow_up	~contactverb of	-0.03
follow_up	~contactverb on	-0.0472
follow_up	~contactverb onc	0.0269
follow_up	~contactverb or	0.1004
follow_up	~contactverb out	-0.1291
follow_up	~contactverb schedul	-0.0245
follow_up	~contactverb the	0.0732
follow_up	~contactverb to	0.0557
follow_up	~contactverb tonight	0.0302
follow_up	~contactverb up	0.0898
follow_up	~contactverb with	-0.0642
follow_up	~contactverb you	0.6762
follow_up	~degree	0.263
follow_up	~degree alvarez	-0.0313
follow_up	~degree and	0.0911
follow_up	~degree goe	0.0574
follow_up	~degree i	0.0455
follow_up	~degree if	0.0817
follow_up	~degree in	-0.1251
follow_up	~degree is	0.0429
follow_up	~degree or	-0.0308
follow_up	~degree program	0.0858
follow_up	~degree rout	-0.0261
follow_up	~duration and	-0.0276
follow_up	~duration in	-0.0488
follow_up	~duration onc	0.0618
follow_up	~duration that	0.119
follow_up	~duration to	0.1088
follow_up	~gatekeeper	-0.2181
follow_up	~gatekeeper at	-0.0243
follow_up	~gatekeeper for	-0.0475
follow_up	~gatekeeper goe	0.0573
follow_up	~gatekeeper in	-0.0249
follow_up	~gatekeeper just	0.1051
follow_up	~help	-0.5184
follow_up	~help for	-0.0406
follow_up	~help i	-0.0262
follow_up	~help if	-0.0509
follow_up	~help me	-0.0424
follow_up	~help not	-0.1097
follow_up	~help out	-0.0212
follow_up	~help peopl	-0.0282
follow_up	~help recruit	-0.0207
follow_up	~help thank	0.0417
follow_up	~help the	-0.0462
follow_up	~help they	0.0226
follow_up	~help to	0.2419
follow_up	~help you	-0.2075
follow_up	~help your	-0.0246
follow_up	~hiring	-0.098
follow_up	~hiring a	0.0744
follow_up	~hiring applic	0.0476
follow_up	~hiring for	-0.0259
follow_up	~hiring me	-0.0264
follow_up	~hiring on	-0.0284
follow_up	~hiring time	0.0288
follow_up	~insight	-0.2207
follow_up	~insight about	-0.0207
follow_up	~insight care	-0.0307
follow_up	~insight for	-0.039
follow_up	~insight from	0.0422
follow_up	~insight i	-0.02
follow_up	~insight in	0.0805
follow_up	~insight of	-0.0243
follow_up	~insight on	0.0484
follow_up	~insight to	-0.0276
follow_up	~insight up	-0.0418
follow_up	~insight you	-0.0228
follow_up	~job	-0.4726
follow_up	~job board	0.0919
follow_up	~job come	-0.0318
follow_up	~job for	0.0424
follow_up	~job i	-0.0637
follow_up	~job in	-0.0541
follow_up	~job on	-0.0366
follow_up	~job open	-0.0397
follow_up	~job you	-0.0241
follow_up	~later	0.5813
follow_up	~later after	0.1997
follow_up	~later and	0.029
follow_up	~later for	-0.0463
follow_up	~later i	-0.0297
follow_up	~later if	0.0783
follow_up	~later in	0.087
follow_up	~later onc	0.0623
follow_up	~later priya	-0.024
follow_up	~later so	0.0298
follow_up	~later the	0.0595
follow_up	~later today	0.0359
follow_up	~learn	-0.2912
follow_up	~learn a	-0.0384
follow_up	~learn anyon	-0.0596
follow_up	~learn back	-0.0965
follow_up	~learn from	-0.065
follow_up	~learn how	0.2809
follow_up	~learn if	-0.0875
follow_up	~learn internship	-0.0279
follow_up	~learn it	0.0379
follow_up	~learn my	0.0481
follow_up	~learn of	-0.0355
follow_up	~learn on	-0.2035
follow_up	~learn one	-0.0263
follow_up	~learn other	-0.0277
follow_up	~learn stuck	0.0282
follow_up	~learn that	-0.0414
follow_up	~learn the	-0.0555
follow_up	~learn thing	0.0223
follow_up	~learn this	0.2485
follow_up	~learn through	0.0418
follow_up	~learn up	-0.0251
follow_up	~learn we	-0.0815
follow_up	~learn what	0.0576
follow_up	~learn when	0.0804
follow_up	~learn where	0.0845
follow_up	~learn whether	0.0828
follow_up	~learn which	0.0948
follow_up	~learn you	-0.1768
follow_up	~learn your	0.0666
follow_up	~limit	0.0835
follow_up	~limit anoth	0.1741
follow_up	~limit do	-0.0257
follow_up	~limit for	-0.0854
follow_up	~limit i	-0.0227
follow_up	~limit if	0.0357
follow_up	~limit left	-0.0386
follow_up	~limit next	0.1684
follow_up	~limit of	0.1954
follow_up	~limit on	-0.028
follow_up	~limit or	0.0815
follow_up	~limit out	0.0218
follow_up	~limit over	-0.0223
follow_up	~limit should	0.0687
follow_up	~limit so	-0.1835
follow_up	~limit this	0.0586
follow_up	~limit to	-0.0706
follow_up	~limit we	-0.0709
follow_up	~limit would	0.0602
follow_up	~limit you	-0.0293
follow_up	~number	-0.1841
follow_up	~number 20	-0.0361
follow_up	~number admiss	0.1015
follow_up	~number agenc	-0.0402
follow_up	~number an	-0.0402
follow_up	~number analyst	-0.0345
follow_up	~number app	-0.0349
follow_up	~number applic	0.1147
follow_up	~number apprenticeship	0.0573
follow_up	~number armi	-0.0255
follow_up	~number articl	0.0442
follow_up	~number associ	-0.0376
follow_up	~number best	0.1305
follow_up	~number big	-0.045
follow_up	~number bit	-0.0383
follow_up	~number book	0.0453
follow_up	~number bootcamp	0.0863
follow_up	~number call	0.0286
follow_up	~number candid	-0.0393
follow_up	~number career	0.0276
follow_up	~number case	-0.0374
follow_up	~number certif	0.0236
follow_up	~number chat	-0.033
follow_up	~number class	0.0545
follow_up	~number client	-0.0551
follow_up	~number clinic	0.0407
follow_up	~number clock	-0.0849
follow_up	~number close	-0.0278
follow_up	~number colleagu	-0.037
follow_up	~number contract	-0.0255
follow_up	~number convers	0.1266
follow_up	~number council	0.0214
follow_up	~number counti	-0.023
follow_up	~number coupl	0.1113
follow_up	~number creativ	-0.033
follow_up	~number cultur	-0.0238
follow_up	~number data	-0.0402
follow_up	~number day	-0.0382
follow_up	~number deadlin	-0.0239
follow_up	~number degre	-0.041
follow_up	~number demo	-0.029
follow_up	~number director	-0.0448
follow_up	~number environment	0.0262
follow_up	~number er	-0.0215
follow_up	~number event	-0.034
follow_up	~number extra	-0.0246
follow_up	~number fall	0.1106
follow_up	~number few	0.1198
follow_up	~number field	-0.0779
follow_up	~number first	-0.0411
follow_up	~number five	-0.027
follow_up	~number flight	-0.0241
follow_up	~number follow	-0.0513
follow_up	~number friday	-0.0322
follow_up	~number friend	0.0849
follow_up	~number generous	0.0236
follow_up	~number good	-0.0227
follow_up	~number great	-0.0354
follow_up	~number hackathon	0.0578
follow_up	~number handwritten	0.0688
follow_up	~number hard	-0.0695
follow_up	~number home	-0.0221
follow_up	~number hour	0.0444
follow_up	~number i	-0.0286
follow_up	~number imposit	0.0511
follow_up	~number industri	-0.0337
follow_up	~number junior	-0.0226
follow_up	~number kind	-0.0601
follow_up	~number last	-0.0535
follow_up	~number launch	-0.0783
follow_up	~number legend	0.0246
follow_up	~number librari	0.0234
follow_up	~number line	0.105
follow_up	~number link	0.0846
follow_up	~number look	0.0864
follow_up	~number lot	-0.0785
follow_up	~number love	-0.0777
follow_up	~number main	-0.0259
follow_up	~number master	0.0211
follow_up	~number mba	-0.0519
follow_up	~number minut	-0.1832
follow_up	~number moment	-0.031
follow_up	~number month	0.1395
follow_up	~number more	-0.0562
follow_up	~number most	-0.0543
follow_up	~number mph	0.0354
follow_up	~number msw	0.0668
follow_up	~number museum	-0.0301
follow_up	~number name	-0.0603
follow_up	~number new	0.0489
follow_up	~number next	-0.0634
follow_up	~number nonprofit	-0.0483
follow_up	~number note	0.0728
follow_up	~number nurs	-0.0524
follow_up	~number of	0.2061
follow_up	~number on	-0.0463
follow_up	~number one	-0.0504
follow_up	~number open	0.0301
follow_up	~number or	-0.0486
follow_up	~number part	-0.0241
follow_up	~number particular	0.1147
follow_up	~number past	-0.0347
follow_up	~number peopl	0.0459
follow_up	~number person	-0.0699
follow_up	~number polici	-0.0283
follow_up	~number portfolio	0.1447
follow_up	~number posit	-0.0353
follow_up	~number post	-0.0293
follow_up	~number product	0.0361
follow_up	~number program	0.0651
follow_up	~number project	-0.0403
follow_up	~number proper	0.1103
follow_up	~number propos	-0.031
follow_up	~number quarter	-0.0268
follow_up	~number question	0.0977
follow_up	~number quick	0.1293
follow_up	~number read	0.0589
follow_up	~number real	-0.0438
follow_up	~number recruit	-0.0347
follow_up	~number referr	-0.0247
follow_up	~number region	0.0377
follow_up	~number research	-0.0204
follow_up	~number resid	0.0635
follow_up	~number rest	0.0618
follow_up	~number road	0.0284
follow_up	~number role	-0.0302
follow_up	~number schedul	-0.0241
follow_up	~number sec	0.0242
follow_up	~number second	0.2963
follow_up	~number semest	0.0646
follow_up	~number seminar	0.0471
follow_up	~number shadow	0.0294
follow_up	~number short	0.1894
follow_up	~number similar	-0.032
follow_up	~number small	-0.0429
follow_up	~number spot	-0.025
follow_up	~number spring	0.1319
follow_up	~number state	0.0543
follow_up	~number summari	0.0353
follow_up	~number summer	-0.0444
follow_up	~number survey	0.1686
follow_up	~number switch	0.0208
follow_up	~number thank	0.2441
follow_up	~number time	-0.1187
follow_up	~number titl	0.0304
follow_up	~number top	-0.0204
follow_up	~number trust	0.0419
follow_up	~number two	0.0776
follow_up	~number typic	-0.061
follow_up	~number updat	0.1332
follow_up	~number ux	0.0456
follow_up	~number way	0.0293
follow_up	~number week	-0.028
follow_up	~number who	-0.0225
follow_up	~number word	-0.0231
follow_up	~number work	-0.0326
follow_up	~number year	-0.1321
follow_up	~number you	-0.0284
follow_up	~org	-0.2894
follow_up	~org administr	-0.0255
follow_up	~org applic	0.0325
follow_up	~org ever	-0.0729
follow_up	~org first	0.0276
follow_up	~org for	-0.0268
follow_up	~org if	-0.049
follow_up	~org is	0.2499
follow_up	~org manag	0.0252
follow_up	~org might	0.0656
follow_up	~org of	-0.0237
follow_up	~org on	0.0453
follow_up	~org or	-0.0295
follow_up	~org staf	0.0646
follow_up	~org who	-0.026
follow_up	~org would	-0.0565
follow_up	~org you	-0.0602
follow_up	~people	-0.7006
follow_up	~people at	-0.0225
follow_up	~people do	-0.0406
follow_up	~people els	-0.1656
follow_up	~people from	-0.067
follow_up	~people have	-0.0206
follow_up	~people i	-0.0632
follow_up	~people in	-0.1288
follow_up	~people is	-0.0482
follow_up	~people just	0.0878
follow_up	~people last	-0.0257
follow_up	~people might	0.0496
follow_up	~people more	-0.0747
follow_up	~people of	-0.1274
follow_up	~people on	-0.0596
follow_up	~people or	-0.0257
follow_up	~people panel	0.0627
follow_up	~people priya	-0.0382
follow_up	~people run	-0.0618
follow_up	~people went	-0.0221
follow_up	~people who	-0.1938
follow_up	~people with	0.092
follow_up	~people work	-0.0359
follow_up	~people would	-0.058
follow_up	~people you	0.1704
follow_up	~sendverb	1.285
follow_up	~sendverb a	0.1918
follow_up	~sendverb after	-0.0519
follow_up	~sendverb along	0.0538
follow_up	~sendverb i	0.0441
follow_up	~sendverb it	0.1036
follow_up	~sendverb later	0.0261
follow_up	~sendverb me	-0.0429
follow_up	~sendverb my	-0.2278
follow_up	~sendverb on	-0.0524
follow_up	~sendverb or	0.1004
follow_up	~sendverb over	0.2402
follow_up	~sendverb thank	-0.0377
follow_up	~sendverb the	0.1891
follow_up	~sendverb them	0.0628
follow_up	~sendverb to	-0.0488
follow_up	~sendverb tonight	0.0302
follow_up	~sendverb with	0.031
follow_up	~sendverb you	0.8062
follow_up	~sendverb your	0.0526
follow_up	~student	-0.437
follow_up	~student after	-0.0381
follow_up	~student analyst	-0.0309
follow_up	~student and	0.0264
follow_up	~student associ	-0.0254
follow_up	~student at	-0.067
follow_up	~student dev	-0.0262
follow_up	~student for	-0.0482
follow_up	~student goe	0.0573
follow_up	~student if	0.1096
follow_up	~student in	-0.0339
follow_up	~student just	0.1093
follow_up	~student next	0.0638
follow_up	~student open	-0.0202
follow_up	~student or	-0.0253
follow_up	~student perspect	0.0493
follow_up	~student posit	-0.0208
follow_up	~student post	-0.0268
follow_up	~student role	-0.0588
follow_up	~student rout	-0.0325
follow_up	~student school	0.0413
follow_up	~student to	0.0658
follow_up	~student who	-0.0215
follow_up	~studyverb	-0.1161
follow_up	~studyverb applic	0.0476
follow_up	~studyverb away	0.0204
follow_up	~studyverb in	-0.0319
follow_up	~studyverb my	-0.0263
follow_up	~studyverb not	0.0659
follow_up	~studyverb the	0.07
follow_up	~studyverb this	-0.0436
follow_up	~studyverb time	0.0247
follow_up	~studyverb would	0.0754
follow_up	~studyverb you	-0.2194
follow_up	~talk	0.3002
follow_up	~talk after	-0.0519
follow_up	~talk again	0.0849
follow_up	~talk back	0.1002
follow_up	~talk do	0.0694
follow_up	~talk from	-0.0359
follow_up	~talk her	-0.0889
follow_up	~talk how	-0.0245
follow_up	~talk i	0.0213
follow_up	~talk it	-0.0482
follow_up	~talk me	-0.0555
follow_up	~talk of	-0.03
follow_up	~talk on	0.1899
follow_up	~talk or	0.0697
follow_up	~talk out	-0.0667
follow_up	~talk schedul	-0.0245
follow_up	~talk someon	-0.0243
follow_up	~talk soon	-0.021
follow_up	~talk the	0.0714
follow_up	~talk to	-0.0585
follow_up	~talk tonight	0.0302
follow_up	~talk what	-0.0805
follow_up	~talk with	0.218
follow_up	~talk work	0.0258
follow_up	~talk you	0.3482
follow_up	~timeunit	-0.2556
follow_up	~timeunit and	-0.027
follow_up	~timeunit left	-0.0379
follow_up	~timeunit mark	-0.0363
follow_up	~timeunit or	0.1159
follow_up	~timeunit over	-0.0223
follow_up	~timeunit so	-0.083
follow_up	~timeunit we	-0.0635
follow_up	~timeunit would	0.0493
follow_up	~want	-0.0416
follow_up	~want a	-0.1489
follow_up	~want all	0.071
follow_up	~want also	-0.0599
follow_up	~want an	-0.1228
follow_up	~want at	0.0845
follow_up	~want be	-0.2042
follow_up	~want but	0.0358
follow_up	~want call	0.1153
follow_up	~want everyth	0.0588
follow_up	~want eye	0.0749
follow_up	~want finish	0.0893
follow_up	~want for	-0.0331
follow_up	~want graduat	0.0404
follow_up	~want grate	-0.0479
follow_up	~want happili	-0.0416
follow_up	~want help	-0.0209
follow_up	~want how	-0.0274
follow_up	~want i	0.2067
follow_up	~want in	0.0478
follow_up	~want it	0.1143
follow_up	~want just	-0.0254
follow_up	~want keep	-0.0206
follow_up	~want like	0.0393
follow_up	~want love	0.1657
follow_up	~want me	0.1799
follow_up	~want my	0.284
follow_up	~want realli	-0.0689
follow_up	~want recommend	-0.0745
follow_up	~want say	-0.0485
follow_up	~want shout	0.0407
follow_up	~want someon	-0.0386
follow_up	~want suggest	-0.0691
follow_up	~want talk	-0.0362
follow_up	~want the	0.0922
follow_up	~want they	-0.0282
follow_up	~want to	-0.2141
follow_up	~want want	-0.0455
follow_up	~want we	0.065
follow_up	~want you	0.1227
follow_up	~want your	0.0717
follow_up	~workverb	-0.2877
follow_up	~workverb a	-0.0462
follow_up	~workverb at	-0.0304
follow_up	~workverb freelanc	-0.0256
follow_up	~workverb i	0.0383
follow_up	~workverb in	-0.0879
follow_up	~workverb incred	-0.0429
follow_up	~workverb long	0.0342
follow_up	~workverb on	0.1456
follow_up	~workverb over	-0.0442
follow_up	~workverb realli	0.0555
follow_up	~workverb so	0.0282
follow_up	~workverb the	-0.0222
follow_up	~workverb through	0.039
follow_up	~workverb your	0.0575
time_ack	*	-2.9943
time_ack	10	0.1117
time_ack	11	0.0221
time_ack	12	0.0214
time_ack	15	0.1052
time_ack	15 minut	-0.0253
time_ack	15 ~limit	-0.0253
time_ack	15 ~timeunit	-0.0253
time_ack	2	0.3921
time_ack	2 30	0.0659
time_ack	2 so	0.0346
time_ack	2 ~number	0.195
time_ack	20	0.0268
time_ack	20 minut	0.0304
time_ack	20 ~limit	0.0246
time_ack	20 ~timeunit	0.0268
time_ack	25	0.02
time_ack	28	0.0376
time_ack	3	0.4005
time_ack	3 30	0.1351
time_ack	3 i	0.1232
time_ack	3 oclock	0.0765
time_ack	3 ~number	0.1351
time_ack	30	0.2577
time_ack	30 minut	0.025
time_ack	30 or	0.0828
time_ack	30 ~limit	0.022
time_ack	30 ~timeunit	0.025
time_ack	4	0.1537
time_ack	5	0.172
time_ack	5 year	0.0287
time_ack	5 ~duration	0.0287
time_ack	8	0.0797
time_ack	8 year	0.0797
time_ack	8 ~duration	0.0797
time_ack	?	-0.655
time_ack	^actual	-0.0206
time_ack	^alright	-0.1561
time_ack	^and	0.1873
time_ack	^ani	-0.1008
time_ack	^apolog	0.0985
time_ack	^appreci	0.1246
time_ack	^are	-0.0626
time_ack	^befor	0.1572
time_ack	^best	-0.0208
time_ack	^bye	-0.0461
time_ack	^can	-0.1415
time_ack	^cheer	-0.0253
time_ack	^cool	-0.025
time_ack	^could	-0.0595
time_ack	^daili	-0.0235
time_ack	^did	-0.1655
time_ack	^do	-0.2135
time_ack	^doe	-0.0553
time_ack	^enjoy	-0.0381
time_ack	^given	0.1156
time_ack	^go	0.3337
time_ack	^good	-0.0646
time_ack	^gosh	0.1481
time_ack	^got	-0.0652
time_ack	^great	-0.023
time_ack	^happi	-0.0753
time_ack	^have	-0.0702
time_ack	^hello	-0.0258
time_ack	^hi	0.0559
time_ack	^honest	-0.1234
time_ack	^how	-0.4143
time_ack	^i	0.1573
time_ack	^if	-0.1742
time_ack	^is	-0.177
time_ack	^it	-0.0255
time_ack	^just	0.1592
time_ack	^let	-0.0422
time_ack	^like	-0.0236
time_ack	^look	0.1677
time_ack	^mani	0.0474
time_ack	^mind	0.1075
time_ack	^my	-0.1558
time_ack	^next	-0.0294
time_ack	^no	0.0616
time_ack	^oh	0.0541
time_ack	^omg	0.0916
time_ack	^onc	-0.0238
time_ack	^pleas	-0.0602
time_ack	^quick	0.112
time_ack	^right	-0.079
time_ack	^serious	0.0322
time_ack	^shall	0.1892
time_ack	^should	0.051
time_ack	^sinc	0.267
time_ack	^so	-0.211
time_ack	^sorri	0.4667
time_ack	^tell	-0.0449
time_ack	^thank	0.2819
time_ack	^that	-0.0409
time_ack	^this	-0.0863
time_ack	^those	-0.0524
time_ack	^to	0.1462
time_ack	^total	0.1196
time_ack	^um	-0.0336
time_ack	^wait	-0.0296
time_ack	^we	0.3541
time_ack	^well	-0.0515
time_ack	^what	-0.6828
time_ack	^when	-0.0643
time_ack	^where	-0.0867
time_ack	^which	-0.1087
time_ack	^who	-0.086
time_ack	^will	-0.0265
time_ack	^with	0.0212
time_ack	^would	-0.1609
time_ack	^yeah	-0.0203
time_ack	^yes	-0.0294
time_ack	^you	-0.0237
time_ack	^your	-0.0463
time_ack	a	-0.4066
time_ack	a bachelor	-0.0284
time_ack	a bit	0.0586
time_ack	a busi	0.0781
time_ack	a career	-0.031
time_ack	a class	0.0833
time_ack	a coupl	0.0731
time_ack	a data	-0.0356
time_ack	a day	-0.046
time_ack	a deadlin	0.1476
time_ack	a degre	-0.0223
time_ack	a feel	-0.0361
time_ack	a few	-0.0255
time_ack	a firefight	0.0643
time_ack	a friday	0.112
time_ack	a great	-0.0631
time_ack	a hard	0.414
time_ack	a hospit	-0.0284
time_ack	a junior	0.0488
time_ack	a lab	0.0824
time_ack	a lectur	-0.0314
time_ack	a littl	0.0495
time_ack	a logist	0.0832
time_ack	a long	0.0855
time_ack	a look	-0.0264
time_ack	a master	0.031
time_ack	a meet	0.088
time_ack	a mentor	-0.0374
time_ack	a messag	0.0321
time_ack	a normal	-0.0311
time_ack	a note	0.0454
time_ack	a pack	0.0237
time_ack	a paraleg	-0.0204
time_ack	a part	-0.0746
time_ack	a patient	-0.038
time_ack	a posit	-0.053
time_ack	a project	-0.033
time_ack	a proper	-0.0802
time_ack	a question	0.0666
time_ack	a realist	-0.0336
time_ack	a realli	-0.0331
time_ack	a recruit	-0.0265
time_ack	a referr	-0.0528
time_ack	a second	0.1102
time_ack	a short	-0.0642
time_ack	a small	-0.0293
time_ack	a social	0.0774
time_ack	a student	-0.0239
time_ack	a thank	-0.0239
time_ack	a typic	0.0245
time_ack	a veri	0.033
time_ack	a wonder	-0.0296
time_ack	a ~closing	-0.065
time_ack	a ~contactverb	0.0316
time_ack	a ~degree	-0.0685
time_ack	a ~gatekeeper	-0.0283
time_ack	a ~insight	0.0313
time_ack	a ~job	-0.0278
time_ack	a ~limit	-0.046
time_ack	a ~number	0.0438
time_ack	a ~student	0.0205
time_ack	a ~talk	0.1017
time_ack	a ~want	-0.0331
time_ack	abil	-0.0261
time_ack	abl	-0.0353
time_ack	abl to	-0.0353
time_ack	about	-0.2142
time_ack	about a	-0.0236
time_ack	about burnout	-0.0311
time_ack	about five	0.0329
time_ack	about how	-0.031
time_ack	about it	-0.0469
time_ack	about me	-0.0382
time_ack	about most	0.0906
time_ack	about move	0.0634
time_ack	about out	0.0287
time_ack	about salari	0.0704
time_ack	about that	0.0438
time_ack	about the	-0.1135
time_ack	about this	-0.0254
time_ack	about to	-0.0317
time_ack	about twenti	0.0271
time_ack	about what	-0.0217
time_ack	about your	-0.0395
time_ack	about ~job	-0.028
time_ack	about ~number	-0.0708
time_ack	about ~studyverb	0.0567
time_ack	accept my	0.0272
time_ack	account	-0.0203
time_ack	account student	0.0505
time_ack	account ~student	0.0505
time_ack	across	-0.0441
time_ack	actual	-0.2785
time_ack	actual design	-0.0283
time_ack	actual look	-0.0294
time_ack	actual spend	-0.0204
time_ack	actual work	0.0804
time_ack	actual ~learn	-0.0218
time_ack	administr	-0.0282
time_ack	admiss	-0.0315
time_ack	advic	-0.1012
time_ack	advic i	-0.0213
time_ack	affair	-0.0205
time_ack	after	-0.1921
time_ack	after a	-0.0347
time_ack	after i	-0.0282
time_ack	after my	-0.0216
time_ack	after the	-0.0325
time_ack	after this	-0.0505
time_ack	after ~number	-0.0779
time_ack	afternoon	0.0956
time_ack	afternoon thank	0.0461
time_ack	again	-0.0593
time_ack	again and	0.0306
time_ack	again for	0.1267
time_ack	again ~want	-0.039
time_ack	agre	-0.0724
time_ack	agre to	-0.0811
time_ack	ah sorri	0.0206
time_ack	ahead	-0.0433
time_ack	ahead of	-0.041
time_ack	ahead to	0.0256
time_ack	ai	-0.0236
time_ack	all	-0.3328
time_ack	all from	-0.0274
time_ack	all of	-0.0696
time_ack	all the	-0.0896
time_ack	all this	-0.028
time_ack	all ~number	-0.0929
time_ack	almost	0.2406
time_ack	almost at	0.0573
time_ack	almost out	0.0811
time_ack	along	-0.0338
time_ack	alreadi	0.4516
time_ack	alreadi 2	0.0685
time_ack	alreadi half	0.0693
time_ack	alreadi quarter	0.0251
time_ack	alreadi ~number	0.1067
time_ack	alright	-0.054
time_ack	alright i	-0.1553
time_ack	alright if	0.0705
time_ack	alright that	0.0219
time_ack	alumni	-0.024
time_ack	alway	-0.0364
time_ack	alway know	-0.0224
time_ack	am	-0.0796
time_ack	am a	-0.0549
time_ack	am conscious	0.2911
time_ack	am curious	-0.0262
time_ack	am done	0.0719
time_ack	am explor	0.075
time_ack	am finish	-0.0342
time_ack	am go	0.1409
time_ack	am good	-0.0318
time_ack	am grate	0.0431
time_ack	am happi	-0.0218
time_ack	am here	-0.0293
time_ack	am hope	-0.0459
time_ack	am in	-0.0239
time_ack	am just	-0.0382
time_ack	am mind	0.1446
time_ack	am most	-0.0401
time_ack	am not	-0.0774
time_ack	am now	-0.0385
time_ack	am onli	0.055
time_ack	am out	-0.0325
time_ack	am pretti	-0.03
time_ack	am rambl	0.0322
time_ack	am realli	-0.052
time_ack	am still	-0.0288
time_ack	am tri	-0.0783
time_ack	am ~number	-0.0905
time_ack	am ~studyverb	-0.0644
time_ack	am ~want	-0.3122
time_ack	an	-0.1662
time_ack	an exhibit	0.0272
time_ack	an hour	0.045
time_ack	an internship	-0.0365
time_ack	an interview	-0.0288
time_ack	an updat	0.0484
time_ack	an ~job	-0.0283
time_ack	an ~limit	0.0379
time_ack	an ~student	-0.0255
time_ack	an ~talk	-0.0384
time_ack	an ~timeunit	0.045
time_ack	analysi	-0.0761
time_ack	analyst	-0.0381
time_ack	analyt	-0.0402
time_ack	and	-0.1531
time_ack	and all	0.0291
time_ack	and befor	-0.0254
time_ack	and for	0.0968
time_ack	and go	-0.0415
time_ack	and good	0.0714
time_ack	and have	-0.0646
time_ack	and i	0.0553
time_ack	and if	0.0264
time_ack	and is	0.0415
time_ack	and meet	-0.0331
time_ack	and night	0.059
time_ack	and now	-0.0367
time_ack	and pleas	-0.0274
time_ack	and send	-0.0325
time_ack	and serious	-0.0262
time_ack	and talk	-0.0312
time_ack	and thank	0.2025
time_ack	and the	0.0431
time_ack	and then	0.0201
time_ack	and truli	0.0327
time_ack	and we	0.0369
time_ack	and you	-0.0226
time_ack	and your	0.041
time_ack	and ~contactverb	-0.0204
time_ack	and ~learn	-0.0347
time_ack	and ~number	0.0348
time_ack	and ~sendverb	-0.0715
time_ack	and ~talk	-0.0507
time_ack	and ~want	-0.0626
time_ack	angl	-0.0308
time_ack	angl for	-0.0308
time_ack	ani	-0.3129
time_ack	ani entri	-0.0392
time_ack	ani further	0.0675
time_ack	ani good	-0.0317
time_ack	ani longer	-0.0978
time_ack	ani more	0.082
time_ack	ani open	0.0227
time_ack	ani way	-0.0305
time_ack	anoth question	-0.0282
time_ack	anoth ten	0.047
time_ack	anoth time	-0.1392
time_ack	anoth ~limit	-0.0304
time_ack	anoth ~number	0.0568
time_ack	answer	-0.0942
time_ack	anyon	0.0535
time_ack	anyon at	-0.0381
time_ack	anyon els	-0.0237
time_ack	anyon from	0.1263
time_ack	anyon in	-0.0517
time_ack	anyon on	0.078
time_ack	anyon who	-0.0215
time_ack	anyon ~people	-0.0215
time_ack	anyth	-0.1722
time_ack	anyth i	0.0613
time_ack	anyth on	-0.0255
time_ack	anyth open	-0.0207
time_ack	anyth you	-0.0321
time_ack	anyway i	0.0632
time_ack	apolog	0.1412
time_ack	apolog i	0.1325
time_ack	appli	-0.1302
time_ack	appli for	-0.0265
time_ack	appli to	-0.0625
time_ack	applic	-0.0863
time_ack	appreci	0.3645
time_ack	appreci it	-0.0843
time_ack	appreci you	0.4836
time_ack	appreci your	0.039
time_ack	apprentic	-0.024
time_ack	approach	-0.029
time_ack	architectur	-0.026
time_ack	are	0.5431
time_ack	are a	0.0293
time_ack	are almost	0.1087
time_ack	are at	0.0432
time_ack	are between	0.1715
time_ack	are busi	0.1384
time_ack	are good	-0.0479
time_ack	are near	0.1045
time_ack	are not	-0.0545
time_ack	are on	0.0433
time_ack	are over	0.0393
time_ack	are right	0.0408
time_ack	are run	0.1132
time_ack	are so	0.0612
time_ack	are squeez	0.0293
time_ack	are there	-0.0843
time_ack	are we	0.043
time_ack	are work	0.0344
time_ack	are worth	-0.0248
time_ack	are you	0.1164
time_ack	are ~hiring	-0.0206
time_ack	are ~want	-0.0406
time_ack	are ~workverb	0.1459
time_ack	armi	0.0544
time_ack	armi as	0.085
time_ack	around	-0.0554
time_ack	arriv	-0.0267
time_ack	articl i	-0.0405
time_ack	articl on	0.0711
time_ack	as	-0.0681
time_ack	as a	0.063
time_ack	as i	-0.0334
time_ack	as peopl	-0.0232
time_ack	as ~number	0.0537
time_ack	as ~people	-0.0245
time_ack	ask	0.0868
time_ack	ask a	0.0528
time_ack	ask about	0.1227
time_ack	ask how	-0.0234
time_ack	ask me	-0.043
time_ack	ask one	0.1892
time_ack	ask what	-0.024
time_ack	ask you	-0.1034
time_ack	ask ~number	0.2483
time_ack	ask ~people	0.1884
time_ack	assist	-0.0509
time_ack	associ	-0.0768
time_ack	associ or	-0.0243
time_ack	at	0.174
time_ack	at 2	0.0362
time_ack	at 3	0.1302
time_ack	at 4	0.1542
time_ack	at a	-0.1438
time_ack	at all	-0.0382
time_ack	at it	-0.0506
time_ack	at my	0.071
time_ack	at noon	0.0287
time_ack	at onc	-0.061
time_ack	at rutger	0.0277
time_ack	at the	0.0239
time_ack	at time	0.1022
time_ack	at two	0.1768
time_ack	at uni	-0.0252
time_ack	at your	-0.0786
time_ack	at ~limit	0.1022
time_ack	at ~number	0.0651
time_ack	attent	-0.0261
time_ack	audit	-0.0736
time_ack	avail	0.0605
time_ack	aviat	-0.0222
time_ack	aviat mainten	-0.0222
time_ack	away	0.0497
time_ack	bachelor	-0.0331
time_ack	bachelor in	-0.0291
time_ack	back	-0.2444
time_ack	back after	-0.0569
time_ack	back and	-0.0247
time_ack	back in	-0.0281
time_ack	back on	0.0529
time_ack	back onc	-0.0287
time_ack	back to	-0.1311
time_ack	back ~want	-0.0584
time_ack	background	-0.0351
time_ack	bank	-0.0339
time_ack	basic	-0.0268
time_ack	be	0.0802
time_ack	be a	0.0402
time_ack	be abl	-0.0324
time_ack	be alright	0.0665
time_ack	be amaz	0.0305
time_ack	be brief	0.324
time_ack	be clear	-0.0453
time_ack	be comfort	-0.0229
time_ack	be consid	-0.0242
time_ack	be glad	-0.0459
time_ack	be good	-0.0352
time_ack	be happi	-0.0293
time_ack	be honest	0.0942
time_ack	be mind	0.0522
time_ack	be of	-0.0272
time_ack	be ok	-0.0478
time_ack	be open	-0.0309
time_ack	be quick	0.0642
time_ack	be so	0.0362
time_ack	be sure	-0.0538
time_ack	be upfront	0.0458
time_ack	be use	-0.0266
time_ack	be weird	-0.0349
time_ack	be will	-0.0713
time_ack	be ~help	-0.0266
time_ack	be ~number	0.029
time_ack	be ~want	-0.0202
time_ack	becaus	0.1299
time_ack	becom	-0.0552
time_ack	becom a	-0.044
time_ack	becom ~number	-0.046
time_ack	been	-0.1775
time_ack	been a	-0.0638
time_ack	been do	-0.0203
time_ack	been incred	-0.0328
time_ack	been so	-0.0492
time_ack	been super	0.0396
time_ack	been talk	0.0558
time_ack	been wonder	-0.022
time_ack	been ~number	-0.0552
time_ack	been ~studyverb	-0.0327
time_ack	been ~talk	0.0558
time_ack	befor	0.2379
time_ack	befor a	-0.0288
time_ack	befor i	-0.1629
time_ack	befor that	-0.0223
time_ack	befor we	-0.0682
time_ack	befor you	0.2623
time_ack	befor your	0.3348
time_ack	befor ~number	-0.0288
time_ack	believ	-0.0213
time_ack	best	0.0223
time_ack	best part	0.0583
time_ack	beta	-0.024
time_ack	beta test	-0.0231
time_ack	better	0.0783
time_ack	between	0.448
time_ack	between client	0.03
time_ack	between flight	0.1939
time_ack	between meet	0.1619
time_ack	between shift	0.0527
time_ack	between stay	-0.0209
time_ack	between surgeri	0.0715
time_ack	between the	-0.0255
time_ack	between your	0.0693
time_ack	between ~number	-0.0576
time_ack	big	-0.0582
time_ack	big project	-0.0252
time_ack	biggest	-0.0332
time_ack	bit	0.0406
time_ack	bit about	-0.0259
time_ack	bit over	0.0985
time_ack	blog	-0.0389
time_ack	book	-0.0941
time_ack	book or	-0.0343
time_ack	bookkeep	-0.025
time_ack	bootcamp	-0.0874
time_ack	both	-0.0202
time_ack	brain	-0.0361
time_ack	brain about	-0.0286
time_ack	break	0.2413
time_ack	break for	0.0633
time_ack	break i	0.0738
time_ack	brief	0.3624
time_ack	bring	-0.0331
time_ack	broadcast	0.0621
time_ack	brutal	-0.034
time_ack	bug	-0.0829
time_ack	bug you	-0.0823
time_ack	build	-0.0283
time_ack	built	-0.0246
time_ack	burnout	-0.0578
time_ack	bus	-0.0896
time_ack	bus is	-0.0896
time_ack	busi	0.5189
time_ack	busi season	-0.0226
time_ack	busi so	0.0872
time_ack	busi week	0.0807
time_ack	busi with	0.0583
time_ack	busi ~closing	0.0807
time_ack	but	-0.2703
time_ack	but could	0.0321
time_ack	but do	-0.0251
time_ack	but i	-0.0261
time_ack	but thank	-0.0782
time_ack	but this	-0.0461
time_ack	but would	-0.0546
time_ack	but ~help	-0.0251
time_ack	but ~want	-0.055
time_ack	by	-0.0877
time_ack	by ani	-0.0203
time_ack	by email	-0.0364
time_ack	by the	-0.0472
time_ack	by ~contactverb	-0.0364
time_ack	by ~number	-0.0511
time_ack	by ~sendverb	-0.0364
time_ack	by ~talk	-0.0364
time_ack	bye	-0.038
time_ack	bye for	-0.0376
time_ack	calendar is	0.0243
time_ack	call	0.2001
time_ack	call do	0.1331
time_ack	call is	0.0905
time_ack	call it	0.1653
time_ack	call me	-0.0851
time_ack	call you	0.058
time_ack	call ~help	0.1331
time_ack	campus	-0.0426
time_ack	can	-0.0788
time_ack	can be	-0.0596
time_ack	can do	-0.0948
time_ack	can end	-0.0468
time_ack	can ever	-0.047
time_ack	can follow	-0.0346
time_ack	can get	-0.1032
time_ack	can help	0.0221
time_ack	can i	-0.0592
time_ack	can keep	-0.0318
time_ack	can make	0.1571
time_ack	can see	0.1551
time_ack	can send	-0.0283
time_ack	can stop	0.0474
time_ack	can tell	0.2077
time_ack	can we	-0.0578
time_ack	can you	-0.0897
time_ack	can ~contactverb	-0.022
time_ack	can ~help	-0.0963
time_ack	can ~learn	0.0456
time_ack	can ~sendverb	-0.0367
time_ack	can ~talk	-0.0349
time_ack	candid	-0.0847
time_ack	candid about	-0.0491
time_ack	capston	0.0419
time_ack	card	-0.0515
time_ack	card and	-0.0264
time_ack	care about	0.0888
time_ack	career	-0.1706
time_ack	career changer	-0.0274
time_ack	career ~student	-0.0224
time_ack	carv	0.0944
time_ack	carv out	0.0944
time_ack	case	-0.0495
time_ack	certif	-0.0288
time_ack	chain	0.0275
time_ack	chain and	-0.0218
time_ack	chanc	-0.0335
time_ack	chanc of	0.0383
time_ack	chang	-0.0546
time_ack	changer	-0.0274
time_ack	chart	-0.0521
time_ack	chat	-0.1407
time_ack	check	0.169
time_ack	check in	-0.0773
time_ack	check out	-0.0234
time_ack	cheer	-0.0404
time_ack	cheer realli	-0.0258
time_ack	cheer ~want	-0.0258
time_ack	choos	-0.021
time_ack	civilian	0.0813
time_ack	class but	-0.0206
time_ack	classmat	0.0343
time_ack	classroom	0.0826
time_ack	clean	-0.0391
time_ack	clean survey	-0.0319
time_ack	clear	-0.1319
time_ack	clear i	-0.0341
time_ack	client	-0.0441
time_ack	client as	-0.0205
time_ack	client call	0.024
time_ack	clinic	0.0294
time_ack	clinic hour	0.0248
time_ack	clinic ~learn	-0.023
time_ack	clinic ~timeunit	0.0248
time_ack	clock	0.2809
time_ack	clock we	0.0209
time_ack	close	-0.0329
time_ack	close ~number	-0.0204
time_ack	code	-0.0816
time_ack	colleagu	-0.0431
time_ack	colleg	-0.0394
time_ack	come	0.1368
time_ack	come from	-0.023
time_ack	come in	0.0894
time_ack	come up	0.1286
time_ack	comfort	-0.0347
time_ack	common in	0.0336
time_ack	communiti	-0.0665
time_ack	communiti colleg	-0.0298
time_ack	compani	-0.1286
time_ack	complet	0.0834
time_ack	conclud	-0.0453
time_ack	conclud here	-0.0233
time_ack	conclud ~want	-0.0233
time_ack	confer goe	-0.0201
time_ack	connect	-0.1621
time_ack	connect on	-0.0212
time_ack	connect with	-0.081
time_ack	conscious	0.2928
time_ack	conscious it	0.0986
time_ack	conscious of	0.0711
time_ack	conscious we	0.1188
time_ack	consid	-0.0707
time_ack	consult	-0.0463
time_ack	contact	-0.0567
time_ack	contact you	-0.0246
time_ack	context	-0.0211
time_ack	continu	0.0255
time_ack	contract	-0.0323
time_ack	contractor	-0.0211
time_ack	convers	0.1112
time_ack	convers with	0.0315
time_ack	cool	-0.071
time_ack	cool cool	-0.0294
time_ack	cool i	-0.0229
time_ack	coordin	-0.0316
time_ack	could	-0.1549
time_ack	could describ	-0.0381
time_ack	could do	0.1325
time_ack	could help	0.0305
time_ack	could i	0.0461
time_ack	could introduc	-0.0375
time_ack	could make	0.0223
time_ack	could talk	0.0236
time_ack	could tell	-0.0316
time_ack	could tri	-0.0349
time_ack	could we	-0.0396
time_ack	could you	-0.0548
time_ack	could ~help	0.1567
time_ack	could ~want	-0.0349
time_ack	count	-0.0898
time_ack	count me	-0.0433
time_ack	counti	-0.0212
time_ack	coupl	0.0627
time_ack	coupl more	0.146
time_ack	coupl of	-0.0713
time_ack	cours	-0.1205
time_ack	cousin	-0.0216
time_ack	cover	-0.118
time_ack	cover everyth	-0.0815
time_ack	crack	-0.0272
time_ack	crack on	-0.0244
time_ack	crazi	-0.0409
time_ack	creativ	0.0369
time_ack	creativ director	0.0381
time_ack	credit	-0.0264
time_ack	crew	0.1497
time_ack	cross	-0.0225
time_ack	cultur	-0.0272
time_ack	curat	0.0225
time_ack	curious	-0.0663
time_ack	curious about	-0.0214
time_ack	curious how	-0.0255
time_ack	current	-0.0429
time_ack	current ~number	-0.0237
time_ack	cut	0.0823
time_ack	cut me	0.0632
time_ack	cut out	0.0761
time_ack	cut this	-0.0848
time_ack	d	-0.0219
time_ack	daili	-0.024
time_ack	daili routin	-0.0235
time_ack	dana	0.072
time_ack	dashboard	-0.0201
time_ack	data	-0.0458
time_ack	data engin	0.0852
time_ack	data scienc	-0.0503
time_ack	data scientist	0.0426
time_ack	data ~student	0.0472
time_ack	day	-0.4871
time_ack	day and	-0.0833
time_ack	day are	0.06
time_ack	day in	-0.0275
time_ack	day is	-0.0276
time_ack	day like	-0.0259
time_ack	day look	-0.0306
time_ack	day thank	-0.0582
time_ack	day to	-0.1114
time_ack	day usual	-0.0218
time_ack	day ~workverb	0.1047
time_ack	deadlin	0.0459
time_ack	deadlin land	-0.0311
time_ack	deadlin week	0.0453
time_ack	deadlin ~closing	0.0453
time_ack	deal	-0.0247
time_ack	decid	-0.0893
time_ack	decid between	-0.061
time_ack	decid on	-0.0233
time_ack	decid which	0.0702
time_ack	decis	0.0365
time_ack	def	-0.0517
time_ack	defin	0.0293
time_ack	definit	-0.1082
time_ack	degre	-0.0914
time_ack	degre in	-0.0257
time_ack	depart	-0.0383
time_ack	describ	-0.0644
time_ack	describ how	-0.0336
time_ack	design	-0.1274
time_ack	design work	-0.0384
time_ack	design ~learn	-0.0384
time_ack	design ~workverb	-0.0384
time_ack	detail	-0.0468
time_ack	develop	-0.0334
time_ack	diari	0.0484
time_ack	did	0.12
time_ack	did not	0.1043
time_ack	did the	0.1237
time_ack	did you	-0.0509
time_ack	did your	-0.0203
time_ack	did ~number	0.1181
time_ack	die	-0.0317
time_ack	differ	0.0218
time_ack	differ if	0.0612
time_ack	digest	-0.0497
time_ack	digest everyth	-0.0324
time_ack	dinner	-0.031
time_ack	direct	-0.0771
time_ack	director	0.0237
time_ack	discuss	-0.0239
time_ack	dive	0.0334
time_ack	dive in	0.0311
time_ack	divid	-0.0511
time_ack	do	0.1018
time_ack	do a	-0.0427
time_ack	do an	-0.0378
time_ack	do differ	0.0649
time_ack	do for	-0.1365
time_ack	do i	-0.0367
time_ack	do in	0.0284
time_ack	do it	-0.0362
time_ack	do most	-0.0263
time_ack	do not	0.1992
time_ack	do peopl	-0.0261
time_ack	do the	-0.0254
time_ack	do they	0.0566
time_ack	do this	0.0305
time_ack	do to	0.1656
time_ack	do we	0.117
time_ack	do you	0.0206
time_ack	do your	-0.0213
time_ack	do ~number	-0.106
time_ack	do ~people	-0.0286
time_ack	document	-0.0418
time_ack	doe	-0.1281
time_ack	doe a	0.0543
time_ack	doe that	0.041
time_ack	doe the	-0.0334
time_ack	doe your	-0.113
time_ack	doe ~number	0.0202
time_ack	done i	0.067
time_ack	done ~number	-0.0247
time_ack	down	-0.0728
time_ack	downsid	-0.0522
time_ack	drop	0.0438
time_ack	drop you	0.0439
time_ack	dure	0.0292
time_ack	dure the	-0.0297
time_ack	each	-0.0374
time_ack	each ~closing	-0.0231
time_ack	earli	0.1615
time_ack	earlier	-0.0295
time_ack	easi	-0.0278
time_ack	easi to	-0.0201
time_ack	eat	0.2437
time_ack	eat into	0.1964
time_ack	econ	-0.0234
time_ack	econom	-0.0311
time_ack	educ i	0.0225
time_ack	eight	-0.0423
time_ack	eight year	-0.032
time_ack	eight ~duration	-0.032
time_ack	els	-0.0588
time_ack	els do	-0.02
time_ack	els in	0.0522
time_ack	els you	-0.0413
time_ack	els ~help	-0.02
time_ack	email	-0.1244
time_ack	email later	-0.0288
time_ack	email so	-0.0453
time_ack	email tonight	0.0451
time_ack	email you	0.0418
time_ack	email ~later	-0.0288
time_ack	end	-0.0703
time_ack	end i	-0.033
time_ack	end it	-0.0312
time_ack	end of	0.0217
time_ack	end on	0.0218
time_ack	end up	-0.1206
time_ack	engin side	0.0905
time_ack	engin ~org	0.0894
time_ack	enjoy	-0.0593
time_ack	enjoy the	-0.0461
time_ack	enjoy ~number	-0.0461
time_ack	enough	0.4535
time_ack	enough of	0.1891
time_ack	entri	-0.0767
time_ack	entri level	-0.0767
time_ack	er	-0.0309
time_ack	especi	-0.0371
time_ack	even	-0.1068
time_ack	even someth	0.0331
time_ack	even with	-0.0219
time_ack	even ~want	-0.025
time_ack	evening	0.2245
time_ack	evening and	-0.0249
time_ack	event	-0.0211
time_ack	ever	-0.3951
time_ack	ever an	0.0206
time_ack	ever anyth	-0.0348
time_ack	ever feel	-0.0317
time_ack	ever get	-0.0489
time_ack	ever have	-0.0653
time_ack	ever help	-0.0202
time_ack	ever need	-0.1097
time_ack	ever return	-0.0258
time_ack	ever use	-0.0456
time_ack	ever want	-0.0244
time_ack	ever ~help	-0.0902
time_ack	ever ~learn	-0.0521
time_ack	ever ~want	-0.0287
time_ack	everi	-0.0316
time_ack	everyon	-0.0216
time_ack	everyth	-0.2237
time_ack	everyth from	-0.0287
time_ack	everyth i	-0.123
time_ack	everyth on	0.0472
time_ack	exact	-0.0497
time_ack	exact what	-0.0356
time_ack	exercis	-0.0212
time_ack	expect	-0.0403
time_ack	experi	-0.0499
time_ack	explain	-0.0507
time_ack	explain me	-0.0224
time_ack	explain that	-0.0263
time_ack	explor	0.0553
time_ack	explor suppli	0.0842
time_ack	eye	-0.0547
time_ack	eye open	-0.0258
time_ack	eye ~job	-0.0258
time_ack	favor	0.0893
time_ack	favor ani	-0.0508
time_ack	feel	-0.1404
time_ack	feel for	-0.0361
time_ack	feel like	-0.0427
time_ack	fellowship	-0.0625
time_ack	few	0.0418
time_ack	few minut	0.166
time_ack	few month	-0.0372
time_ack	few question	-0.0466
time_ack	few ~duration	-0.0466
time_ack	few ~limit	0.166
time_ack	few ~people	-0.0203
time_ack	few ~timeunit	0.166
time_ack	field	-0.1088
time_ack	fifteen	0.0674
time_ack	fifteen minut	0.0703
time_ack	fifteen ~limit	0.0703
time_ack	fifteen ~timeunit	0.0703
time_ack	figma	-0.0508
time_ack	figma if	-0.0508
time_ack	figur	-0.1132
time_ack	figur out	-0.0888
time_ack	fill	-0.031
time_ack	fill your	-0.027
time_ack	final meet	-0.0331
time_ack	final thing	0.0958
time_ack	final ~talk	-0.0358
time_ack	financ	-0.0372
time_ack	find	0.0613
time_ack	find your	0.0826
time_ack	fine	0.0669
time_ack	fine if	0.0215
time_ack	fine to	0.0594
time_ack	finish	-0.3225
time_ack	finish a	-0.0207
time_ack	finish my	-0.0489
time_ack	finish the	-0.0273
time_ack	finish up	-0.0204
time_ack	finish your	-0.0387
time_ack	finish ~number	-0.048
time_ack	fire	0.0688
time_ack	firefight	0.0643
time_ack	firm	-0.1175
time_ack	firm ever	-0.0211
time_ack	firm give	-0.0231
time_ack	firm ~help	-0.0238
time_ack	first	-0.0403
time_ack	first mentor	0.0842
time_ack	first time	-0.0252
time_ack	first ~limit	-0.0252
time_ack	first ~org	-0.0233
time_ack	fit	0.4788
time_ack	fit for	-0.0283
time_ack	fit me	0.5054
time_ack	five	0.0647
time_ack	five minut	0.0855
time_ack	five ~limit	0.1113
time_ack	five ~timeunit	0.0855
time_ack	flew	0.0504
time_ack	fli	0.023
time_ack	flight	0.3663
time_ack	floor	0.0505
time_ack	focus	0.0468
time_ack	folk	-0.0373
time_ack	follow	-0.061
time_ack	for	0.2552
time_ack	for a	0.1349
time_ack	for agre	-0.0725
time_ack	for all	-0.0738
time_ack	for an	-0.0532
time_ack	for ani	-0.023
time_ack	for anoth	0.047
time_ack	for anyth	-0.0709
time_ack	for be	0.0577
time_ack	for carv	0.0674
time_ack	for clean	-0.0319
time_ack	for entri	-0.025
time_ack	for everyth	-0.0474
time_ack	for explain	-0.0615
time_ack	for fit	0.3547
time_ack	for give	0.1705
time_ack	for have	-0.036
time_ack	for hop	0.0394
time_ack	for job	-0.0399
time_ack	for keep	0.0725
time_ack	for make	0.2817
time_ack	for me	-0.1219
time_ack	for my	0.023
time_ack	for new	-0.0436
time_ack	for now	-0.0514
time_ack	for put	-0.0714
time_ack	for repli	-0.0215
time_ack	for run	0.0979
time_ack	for send	-0.0486
time_ack	for side	-0.0633
time_ack	for six	-0.0202
time_ack	for someon	-0.0363
time_ack	for squeez	0.3932
time_ack	for stay	0.0979
time_ack	for take	0.0646
time_ack	for talk	-0.0494
time_ack	for that	-0.0489
time_ack	for the	-0.1068
time_ack	for this	0.2085
time_ack	for time	0.0846
time_ack	for today	-0.1848
time_ack	for walk	-0.0246
time_ack	for what	-0.022
time_ack	for you	0.0843
time_ack	for your	0.2373
time_ack	for ~hiring	0.0607
time_ack	for ~job	-0.0427
time_ack	for ~later	-0.0323
time_ack	for ~limit	0.0817
time_ack	for ~number	-0.0277
time_ack	for ~people	-0.0641
time_ack	for ~sendverb	-0.0486
time_ack	for ~studyverb	0.0507
time_ack	for ~talk	-0.0859
time_ack	for ~workverb	0.0979
time_ack	forget	-0.0684
time_ack	forti	0.0459
time_ack	forti minut	0.0331
time_ack	forti ~limit	0.0331
time_ack	forti ~timeunit	0.0331
time_ack	forward	-0.0707
time_ack	forward my	-0.0279
time_ack	found	-0.0393
time_ack	four	0.0258
time_ack	free	-0.0301
time_ack	freelanc translat	0.0628
time_ack	friday	0.0648
time_ack	friday afternoon	0.0879
time_ack	friday ~closing	0.0879
time_ack	friday ~limit	0.0879
time_ack	friend	-0.0213
time_ack	from	-0.27
time_ack	from a	-0.0314
time_ack	from me	-0.1181
time_ack	from my	-0.0346
time_ack	from retail	-0.0224
time_ack	from someon	-0.0224
time_ack	from teach	-0.0228
time_ack	from the	0.0527
time_ack	from you	-0.0226
time_ack	from your	0.1019
time_ack	from ~people	-0.0369
time_ack	from ~workverb	-0.0237
time_ack	full time	-0.0531
time_ack	full ~limit	-0.0531
time_ack	fund	-0.0222
time_ack	further	0.0681
time_ack	futur	-0.0352
time_ack	futur ~job	-0.0251
time_ack	game	-0.1025
time_ack	game design	-0.0252
time_ack	gather	-0.0337
time_ack	gather ~insight	-0.0313
time_ack	gave	-0.025
time_ack	generalist	-0.0202
time_ack	generos	-0.0437
time_ack	generos today	-0.0474
time_ack	generous	0.1752
time_ack	generous of	-0.0322
time_ack	generous with	0.2062
time_ack	generous you	0.033
time_ack	genuin	-0.0708
time_ack	genuin want	-0.0286
time_ack	genuin ~want	-0.0494
time_ack	get	-0.2816
time_ack	get a	-0.0887
time_ack	get back	-0.1305
time_ack	get from	0.1558
time_ack	get go	-0.0366
time_ack	get into	-0.0396
time_ack	get it	0.1308
time_ack	get much	-0.0387
time_ack	get on	-0.2407
time_ack	get to	0.1268
time_ack	get use	0.042
time_ack	get your	0.041
time_ack	get ~number	-0.1061
time_ack	give	0.2722
time_ack	give me	0.068
time_ack	give up	0.2968
time_ack	give you	-0.0325
time_ack	given	0.1199
time_ack	given how	0.033
time_ack	given me	-0.0265
time_ack	given that	0.0245
time_ack	glad	-0.0637
time_ack	glad to	-0.0474
time_ack	go	0.2498
time_ack	go ahead	-0.0279
time_ack	go at	-0.0329
time_ack	go back	-0.0273
time_ack	go but	-0.0397
time_ack	go could	-0.0331
time_ack	go into	-0.0499
time_ack	go is	-0.0309
time_ack	go now	0.1391
time_ack	go over	0.0573
time_ack	go through	-0.0316
time_ack	go to	0.2453
time_ack	go would	0.0202
time_ack	go ~number	0.0381
time_ack	goal	0.0323
time_ack	goal today	-0.0246
time_ack	goe	-0.1419
time_ack	goe and	0.0319
time_ack	goe next	-0.0298
time_ack	goe to	-0.0385
time_ack	gone	0.0905
time_ack	gone a	0.0424
time_ack	gone over	0.0388
time_ack	gone ~number	0.0424
time_ack	good	-0.1621
time_ack	good at	-0.0463
time_ack	good luck	0.055
time_ack	good morn	-0.0601
time_ack	good night	0.0375
time_ack	good one	-0.0528
time_ack	good rest	-0.0878
time_ack	good time	0.1651
time_ack	good ~closing	-0.1388
time_ack	good ~limit	0.088
time_ack	good ~number	-0.0528
time_ack	good ~people	-0.0535
time_ack	gosh	0.1523
time_ack	gosh it	0.1053
time_ack	got a	0.1193
time_ack	got about	0.0459
time_ack	got it	-0.0279
time_ack	got thank	-0.0458
time_ack	got three	-0.0683
time_ack	got what	-0.06
time_ack	got ~number	0.1058
time_ack	got ~people	0.1397
time_ack	grad	-0.0863
time_ack	graduat	-0.061
time_ack	grant	0.0342
time_ack	grate for	-0.0781
time_ack	grate you	0.0947
time_ack	great	-0.1167
time_ack	great rest	-0.0328
time_ack	great weekend	-0.024
time_ack	great ~closing	-0.0568
time_ack	great ~talk	-0.0216
time_ack	ground	0.1539
time_ack	group	-0.0272
time_ack	guy	-0.0493
time_ack	guy hire	-0.0236
time_ack	guy ~gatekeeper	-0.0236
time_ack	guy ~hiring	-0.0255
time_ack	hackathon	-0.0314
time_ack	had a	0.0623
time_ack	had no	-0.0364
time_ack	had thank	0.0797
time_ack	had ~number	0.0673
time_ack	half	0.4188
time_ack	half an	0.0436
time_ack	half hour	0.1547
time_ack	half past	0.2217
time_ack	half ~limit	0.1547
time_ack	half ~number	0.0424
time_ack	half ~timeunit	0.1547
time_ack	hand	-0.1068
time_ack	hand on	-0.0687
time_ack	handi	-0.0205
time_ack	handl	-0.0744
time_ack	handl the	-0.0281
time_ack	handl ~number	-0.0281
time_ack	handoff	0.048
time_ack	hang	-0.0774
time_ack	hang up	-0.0739
time_ack	happen	-0.0346
time_ack	happi	-0.1523
time_ack	happi to	-0.1479
time_ack	hard	0.3441
time_ack	hard part	-0.0279
time_ack	hard stop	0.414
time_ack	hard to	-0.0291
time_ack	has	-0.0399
time_ack	has been	-0.0922
time_ack	has ~workverb	-0.102
time_ack	hate	0.1123
time_ack	hate to	0.1123
time_ack	have	0.727
time_ack	have a	0.1563
time_ack	have about	0.0281
time_ack	have been	-0.0281
time_ack	have decid	-0.0309
time_ack	have digest	-0.023
time_ack	have done	-0.0456
time_ack	have finish	-0.0338
time_ack	have gone	0.0937
time_ack	have got	0.0241
time_ack	have hit	0.0325
time_ack	have kept	0.4495
time_ack	have left	0.1343
time_ack	have me	-0.036
time_ack	have more	-0.0332
time_ack	have much	-0.0473
time_ack	have my	-0.0253
time_ack	have not	0.031
time_ack	have onli	0.0508
time_ack	have question	-0.021
time_ack	have run	0.1249
time_ack	have shadow	0.0235
time_ack	have spent	-0.0313
time_ack	have spoken	-0.0491
time_ack	have submit	0.0464
time_ack	have taken	0.198
time_ack	have time	-0.0296
time_ack	have until	0.2419
time_ack	have you	-0.0246
time_ack	have ~limit	-0.0296
time_ack	have ~number	0.1171
time_ack	have ~studyverb	-0.0393
time_ack	have ~workverb	0.0535
time_ack	head	0.1746
time_ack	head off	0.1764
time_ack	head out	0.0402
time_ack	health	-0.0538
time_ack	heap for	0.0288
time_ack	hear	-0.1827
time_ack	hear me	-0.0213
time_ack	hear you	-0.036
time_ack	heard back	0.0233
time_ack	hectic	0.0407
time_ack	hello	-0.0258
time_ack	help	-0.1783
time_ack	help i	-0.0442
time_ack	help me	-0.0676
time_ack	help thank	0.0304
time_ack	help today	-0.037
time_ack	help with	-0.0548
time_ack	help you	0.0336
time_ack	her	-0.0263
time_ack	here	-0.0362
time_ack	here i	-0.0351
time_ack	here so	-0.0684
time_ack	here thank	0.0356
time_ack	here to	-0.0956
time_ack	hesit	-0.0237
time_ack	hey so	-0.0525
time_ack	hey thank	0.0772
time_ack	hi	0.0425
time_ack	hi dana	0.0534
time_ack	hi priya	0.0517
time_ack	high	-0.0276
time_ack	high school	-0.0236
time_ack	high ~org	-0.0236
time_ack	hire	-0.2416
time_ack	hire at	-0.0315
time_ack	hire for	0.0213
time_ack	hire manag	-0.0347
time_ack	hire right	-0.0524
time_ack	hire ~gatekeeper	-0.0347
time_ack	hire ~student	-0.025
time_ack	hit the	0.0253
time_ack	hit ~number	0.0248
time_ack	hold	-0.0533
time_ack	hold you	-0.0388
time_ack	home	-0.0499
time_ack	homework	-0.0207
time_ack	honest	-0.0935
time_ack	honest about	-0.0341
time_ack	honest advic	0.0615
time_ack	honest i	0.0217
time_ack	honest just	-0.0226
time_ack	honest my	-0.0243
time_ack	honest take	-0.032
time_ack	honest ~want	-0.0226
time_ack	honesti about	-0.0366
time_ack	hop	0.2107
time_ack	hop off	0.0788
time_ack	hop on	0.1318
time_ack	hope	-0.135
time_ack	hope i	0.0218
time_ack	hope to	-0.0972
time_ack	hope you	-0.0249
time_ack	hospit	-0.0672
time_ack	hospit and	-0.0326
time_ack	hospit staf	-0.0204
time_ack	hospit ~student	0.0347
time_ack	hour are	-0.0275
time_ack	hour at	-0.028
time_ack	hour day	0.035
time_ack	hour generalist	-0.0202
time_ack	hour shift	-0.0335
time_ack	hour so	0.06
time_ack	hour ~number	-0.0205
time_ack	hous	-0.0436
time_ack	how	-0.4477
time_ack	how did	0.2437
time_ack	how do	-0.3405
time_ack	how doe	0.0333
time_ack	how generous	0.033
time_ack	how it	-0.1001
time_ack	how long	0.1208
time_ack	how mani	-0.0329
time_ack	how much	-0.0697
time_ack	how my	0.05
time_ack	how the	-0.1107
time_ack	how would	-0.0217
time_ack	how you	-0.178
time_ack	how ~help	-0.3413
time_ack	how ~number	-0.1228
time_ack	how ~studyverb	0.2437
time_ack	how ~want	-0.0217
time_ack	huh	-0.0432
time_ack	hunt	-0.0302
time_ack	i	0.4471
time_ack	i am	-0.0783
time_ack	i appreci	0.1251
time_ack	i ask	0.2235
time_ack	i be	-0.0311
time_ack	i can	0.2288
time_ack	i complet	0.1082
time_ack	i could	0.0344
time_ack	i did	0.0315
time_ack	i do	0.1138
time_ack	i email	0.0823
time_ack	i end	-0.0647
time_ack	i figur	-0.03
time_ack	i finish	-0.0215
time_ack	i forget	-0.0684
time_ack	i found	-0.0225
time_ack	i genuin	-0.0329
time_ack	i get	-0.0545
time_ack	i go	-0.0842
time_ack	i got	-0.0317
time_ack	i had	-0.0458
time_ack	i have	0.1279
time_ack	i hear	-0.0563
time_ack	i just	-0.0775
time_ack	i keep	-0.0207
time_ack	i know	1.0188
time_ack	i land	-0.0221
time_ack	i learn	-0.0387
time_ack	i let	-0.0245
time_ack	i mean	-0.0384
time_ack	i mention	-0.0795
time_ack	i most	-0.0408
time_ack	i need	-0.156
time_ack	i never	-0.0348
time_ack	i pick	-0.0289
time_ack	i ping	0.0934
time_ack	i promis	0.0848
time_ack	i reach	-0.1036
time_ack	i realiz	0.2845
time_ack	i realli	0.2538
time_ack	i return	-0.0364
time_ack	i said	0.038
time_ack	i save	0.1168
time_ack	i see	0.0947
time_ack	i send	-0.0218
time_ack	i shadow	-0.0245
time_ack	i shall	-0.0331
time_ack	i should	-0.1479
time_ack	i squeez	0.0625
time_ack	i studi	-0.0209
time_ack	i talk	0.1026
time_ack	i text	-0.0202
time_ack	i thought	-0.022
time_ack	i total	0.1445
time_ack	i want	-0.0493
time_ack	i was	-0.2438
time_ack	i will	0.441
time_ack	i wish	-0.0338
time_ack	i work	-0.06
time_ack	i would	-0.2541
time_ack	i wrote	-0.0352
time_ack	i ~contactverb	0.0504
time_ack	i ~help	0.0581
time_ack	i ~insight	-0.0237
time_ack	i ~learn	1.0385
time_ack	i ~studyverb	-0.0244
time_ack	i ~talk	0.2344
time_ack	i ~want	-0.0733
time_ack	i ~workverb	-0.0745
time_ack	icu	0.038
time_ack	idea	-0.0437
time_ack	if	-0.3765
time_ack	if anoth	-0.0282
time_ack	if anyon	0.1317
time_ack	if anyth	-0.0277
time_ack	if i	-0.0436
time_ack	if it	-0.0625
time_ack	if not	-0.0427
time_ack	if someth	0.0386
time_ack	if that	-0.0512
time_ack	if there	-0.1361
time_ack	if we	0.1097
time_ack	if your	-0.0891
time_ack	if ~people	0.1244
time_ack	import	0.0255
time_ack	import question	0.0247
time_ack	in	-0.0705
time_ack	in ani	0.0286
time_ack	in at	0.0656
time_ack	in between	0.4252
time_ack	in broadcast	0.0621
time_ack	in case	-0.0232
time_ack	in contact	-0.0259
time_ack	in data	-0.0282
time_ack	in econom	-0.0241
time_ack	in hour	-0.0876
time_ack	in how	0.0585
time_ack	in i	0.0485
time_ack	in is	0.0311
time_ack	in march	-0.025
time_ack	in may	-0.0238
time_ack	in meet	-0.0992
time_ack	in mind	-0.0625
time_ack	in on	0.0589
time_ack	in one	0.0334
time_ack	in or	-0.0309
time_ack	in patent	0.0413
time_ack	in public	-0.0353
time_ack	in retail	-0.0972
time_ack	in return	-0.0577
time_ack	in right	0.1081
time_ack	in suppli	-0.0263
time_ack	in that	-0.034
time_ack	in the	-0.1482
time_ack	in these	0.0715
time_ack	in this	-0.0731
time_ack	in touch	-0.1207
time_ack	in ux	0.0233
time_ack	in what	0.09
time_ack	in your	-0.2251
time_ack	in ~contactverb	-0.1466
time_ack	in ~help	-0.0577
time_ack	in ~limit	-0.0806
time_ack	in ~number	-0.0277
time_ack	in ~talk	-0.0259
time_ack	in ~timeunit	-0.0876
time_ack	inbox	-0.0238
time_ack	incred	-0.0358
time_ack	incred help	-0.0528
time_ack	independ	-0.0246
time_ack	industri	-0.1119
time_ack	inform	-0.0573
time_ack	instal	0.0265
time_ack	instruct	0.0572
time_ack	instruct design	0.0572
time_ack	interest	-0.0709
time_ack	interest i	-0.0219
time_ack	interest so	-0.0212
time_ack	intern	-0.053
time_ack	internal	-0.026
time_ack	internship	-0.096
time_ack	internship i	-0.0201
time_ack	interrupt	-0.0234
time_ack	interview	-0.0987
time_ack	into	0.2144
time_ack	into hour	-0.0299
time_ack	into instruct	0.0686
time_ack	into the	-0.0364
time_ack	into your	0.218
time_ack	into ~limit	-0.0299
time_ack	into ~number	-0.0447
time_ack	into ~timeunit	-0.0299
time_ack	intro	-0.0546
time_ack	introduc	-0.0936
time_ack	introduc me	-0.0333
time_ack	introduc you	-0.047
time_ack	introduct	-0.0367
time_ack	invit	0.0253
time_ack	involv	-0.033
time_ack	involv day	-0.0203
time_ack	involv ~closing	-0.0203
time_ack	involv ~limit	-0.0203
time_ack	is	0.1197
time_ack	is a	-0.0529
time_ack	is actual	-0.0471
time_ack	is all	-0.0392
time_ack	is almost	0.1022
time_ack	is alreadi	0.1563
time_ack	is alright	0.0208
time_ack	is ani	-0.0506
time_ack	is anyth	-0.0492
time_ack	is been	-0.0502
time_ack	is ever	-0.0831
time_ack	is here	-0.0678
time_ack	is it	-0.0741
time_ack	is just	0.0885
time_ack	is late	0.0948
time_ack	is like	-0.0285
time_ack	is me	-0.0346
time_ack	is near	0.138
time_ack	is not	-0.0485
time_ack	is pack	0.0333
time_ack	is realli	0.084
time_ack	is reassur	-0.0257
time_ack	is so	-0.0216
time_ack	is spent	-0.0564
time_ack	is super	0.0625
time_ack	is that	0.1343
time_ack	is the	-0.057
time_ack	is there	0.0449
time_ack	is this	0.1146
time_ack	is time	-0.0276
time_ack	is worth	0.036
time_ack	is your	-0.0819
time_ack	is ~limit	-0.0276
time_ack	is ~people	-0.0283
time_ack	is ~want	0.0842
time_ack	is ~workverb	-0.1197
time_ack	it	0.1246
time_ack	it all	-0.0303
time_ack	it and	-0.0212
time_ack	it at	-0.0209
time_ack	it for	-0.0445
time_ack	it from	-0.0219
time_ack	it goe	-0.0428
time_ack	it hard	-0.0232
time_ack	it help	-0.0255
time_ack	it here	0.0756
time_ack	it if	-0.0341
time_ack	it is	0.4994
time_ack	it most	-0.0551
time_ack	it realli	-0.0338
time_ack	it short	0.11
time_ack	it so	-0.0341
time_ack	it still	0.1026
time_ack	it there	0.0697
time_ack	it to	-0.0214
time_ack	it was	-0.0666
time_ack	it went	-0.0369
time_ack	it ~help	0.028
time_ack	it ~want	-0.0265
time_ack	jess	-0.0311
time_ack	job	-0.2037
time_ack	job hunt	-0.0224
time_ack	job i	-0.0231
time_ack	job or	-0.022
time_ack	job out	-0.0213
time_ack	job right	0.1086
time_ack	join	-0.0304
time_ack	jordan	0.0211
time_ack	journal	0.0475
time_ack	judg	-0.0378
time_ack	judg i	-0.0349
time_ack	jump	0.2755
time_ack	jump at	-0.0371
time_ack	jump off	0.1158
time_ack	jump on	-0.0363
time_ack	jump right	0.0266
time_ack	jump straight	0.1012
time_ack	jump to	0.1098
time_ack	junior at	-0.0275
time_ack	junior data	0.0895
time_ack	just	0.2808
time_ack	just ask	0.0353
time_ack	just check	0.2669
time_ack	just curious	-0.0242
time_ack	just gather	-0.0221
time_ack	just one	0.1133
time_ack	just so	0.0891
time_ack	just tri	0.0678
time_ack	just want	-0.1172
time_ack	just ~learn	0.0312
time_ack	just ~number	0.1249
time_ack	just ~people	0.1133
time_ack	just ~sendverb	-0.0303
time_ack	just ~want	-0.0996
time_ack	keep	0.3184
time_ack	keep in	-0.0369
time_ack	keep it	0.1122
time_ack	keep me	-0.0663
time_ack	keep my	0.023
time_ack	keep this	0.3168
time_ack	keep up	-0.0272
time_ack	keep you	-0.0516
time_ack	kept	0.4208
time_ack	kept you	0.4532
time_ack	kid	0.1183
time_ack	kind	-0.0306
time_ack	know	0.608
time_ack	know a	-0.04
time_ack	know anyon	-0.0303
time_ack	know i	0.079
time_ack	know if	0.0476
time_ack	know that	0.0303
time_ack	know this	-0.0251
time_ack	know we	0.0654
time_ack	know when	-0.0303
time_ack	know whether	-0.0384
time_ack	know which	-0.0294
time_ack	know you	0.2894
time_ack	know your	0.2982
time_ack	know ~number	-0.0426
time_ack	know ~people	-0.0457
time_ack	known	0.0694
time_ack	known at	0.0876
time_ack	lab like	0.0508
time_ack	land in	-0.0377
time_ack	land your	0.0785
time_ack	last	0.042
time_ack	last part	0.0674
time_ack	last summer	-0.0225
time_ack	last thing	-0.0219
time_ack	last week	0.0944
time_ack	last year	-0.0299
time_ack	last ~closing	0.0886
time_ack	last ~duration	-0.0314
time_ack	last ~number	0.0691
time_ack	late	0.1269
time_ack	late where	0.0612
time_ack	later	-0.0698
time_ack	later today	0.0375
time_ack	launch	0.1417
time_ack	launch next	0.096
time_ack	law school	-0.0389
time_ack	law ~org	-0.0405
time_ack	lead	-0.0297
time_ack	learn	-0.0453
time_ack	learn about	0.0497
time_ack	learn from	-0.0298
time_ack	learn more	-0.0435
time_ack	learn what	0.0797
time_ack	learner	-0.0412
time_ack	learner are	-0.0353
time_ack	leav	-0.1033
time_ack	leav at	0.0261
time_ack	leav for	0.0775
time_ack	leav teach	-0.0406
time_ack	leav the	-0.0398
time_ack	leav you	-0.0525
time_ack	leav your	-0.0584
time_ack	leav ~number	-0.0435
time_ack	leav ~workverb	-0.0427
time_ack	lectur	-0.0336
time_ack	left	0.2671
time_ack	left could	0.0255
time_ack	left right	0.0356
time_ack	left so	0.0353
time_ack	let	0.0738
time_ack	let me	0.1543
time_ack	let us	0.0531
time_ack	let you	-0.1379
time_ack	level	-0.0826
time_ack	level posit	-0.0296
time_ack	level ~job	-0.044
time_ack	librari	-0.0382
time_ack	licens	-0.0333
time_ack	licens process	-0.0204
time_ack	life	-0.0219
time_ack	like	-0.0586
time_ack	like day	-0.0212
time_ack	like for	-0.0519
time_ack	like share	0.0249
time_ack	like test	0.0389
time_ack	like to	0.0411
time_ack	like we	0.0771
time_ack	like your	0.1409
time_ack	like ~closing	-0.0212
time_ack	like ~limit	-0.0212
time_ack	like ~number	-0.0343
time_ack	linkedin	-0.0596
time_ack	linkedin after	-0.0297
time_ack	linkedin and	-0.0454
time_ack	linkedin later	-0.021
time_ack	linkedin so	-0.0467
time_ack	linkedin tonight	-0.0394
time_ack	linkedin ~later	-0.021
time_ack	linkedin ~want	-0.0297
time_ack	list	-0.0412
time_ack	list i	-0.0226
time_ack	list so	-0.0485
time_ack	littl	0.0449
time_ack	littl about	0.0255
time_ack	live	-0.0246
time_ack	lmk	-0.0398
time_ack	load to	-0.0214
time_ack	logist	0.0506
time_ack	long	0.5933
time_ack	long do	0.153
time_ack	long enough	0.2853
time_ack	long hour	-0.0218
time_ack	long shift	0.0454
time_ack	long term	-0.0303
time_ack	long time	0.042
time_ack	long ~closing	-0.0216
time_ack	long ~help	0.153
time_ack	long ~limit	0.0354
time_ack	long ~timeunit	-0.0218
time_ack	longer	0.0985
time_ack	longer than	0.0722
time_ack	look	-0.0299
time_ack	look for	-0.0379
time_ack	look into	-0.0257
time_ack	look like	0.0883
time_ack	lost	0.0943
time_ack	lost track	0.109
time_ack	lot of	-0.0203
time_ack	lot to	0.0306
time_ack	love	-0.1742
time_ack	love evening	0.0454
time_ack	love for	0.0233
time_ack	love to	-0.1528
time_ack	luck	0.0484
time_ack	luck with	0.0555
time_ack	lunch	0.1841
time_ack	lunch break	0.1842
time_ack	made	-0.0388
time_ack	made the	-0.0285
time_ack	made ~number	-0.0309
time_ack	main	-0.0539
time_ack	main ~want	-0.0326
time_ack	mainten	-0.0228
time_ack	major	-0.0605
time_ack	major in	-0.0294
time_ack	make	0.3366
time_ack	make it	-0.0242
time_ack	make sens	-0.0366
time_ack	make the	0.0405
time_ack	make time	0.3128
time_ack	make your	0.1579
time_ack	make ~insight	-0.0366
time_ack	make ~limit	0.3128
time_ack	manag	-0.3794
time_ack	manag and	-0.0281
time_ack	manag be	0.024
time_ack	manag just	-0.0552
time_ack	manag your	-0.127
time_ack	manag ~want	-0.0388
time_ack	mani	-0.0215
time_ack	mani hour	-0.0215
time_ack	mani thank	0.0312
time_ack	mani ~timeunit	-0.0215
time_ack	march	-0.025
time_ack	marcus	-0.0244
time_ack	mark	0.051
time_ack	market	-0.0231
time_ack	master in	-0.0232
time_ack	master is	0.0727
time_ack	math	-0.0305
time_ack	matter	0.0518
time_ack	matter most	0.0708
time_ack	may	-0.03
time_ack	may i	0.0302
time_ack	mayb	-0.0436
time_ack	mba	-0.03
time_ack	me	0.3076
time_ack	me a	0.0418
time_ack	me about	-0.061
time_ack	me ask	0.0537
time_ack	me befor	-0.0318
time_ack	me done	-0.0216
time_ack	me for	-0.0857
time_ack	me how	-0.0356
time_ack	me in	0.8524
time_ack	me jump	0.1059
time_ack	me know	-0.0214
time_ack	me off	0.0431
time_ack	me ok	-0.0213
time_ack	me prep	-0.0486
time_ack	me so	-0.0312
time_ack	me through	-0.1091
time_ack	me to	-0.085
time_ack	me toward	-0.0214
time_ack	me when	0.0471
time_ack	me ~learn	0.0342
time_ack	me ~number	0.0449
time_ack	me ~talk	0.0508
time_ack	mean	-0.0341
time_ack	measur	-0.0361
time_ack	measur whether	-0.034
time_ack	medic	-0.0203
time_ack	medicin	-0.0216
time_ack	meet	0.2082
time_ack	meet is	0.0991
time_ack	meet so	0.0684
time_ack	meet versus	-0.0625
time_ack	meet vs	-0.0401
time_ack	meet with	-0.0241
time_ack	meet you	-0.0386
time_ack	meetup	-0.0249
time_ack	mention	0.0319
time_ack	mention you	0.142
time_ack	messag onc	0.0389
time_ack	met	-0.0493
time_ack	middl	0.0375
time_ack	middl of	0.0465
time_ack	might	-0.15
time_ack	might be	-0.049
time_ack	might save	-0.0319
time_ack	million for	0.0204
time_ack	mind	0.1834
time_ack	mind if	0.079
time_ack	mind it	0.1322
time_ack	mind of	0.05
time_ack	minut	0.8055
time_ack	minut left	0.1048
time_ack	minut mark	0.0417
time_ack	minut or	0.0408
time_ack	minut so	0.0655
time_ack	minut still	0.0356
time_ack	minut we	0.0322
time_ack	minut you	0.0214
time_ack	moment	-0.046
time_ack	money	-0.028
time_ack	month	-0.0977
time_ack	month onc	-0.0266
time_ack	more	0.4137
time_ack	more about	-0.0534
time_ack	more and	0.1042
time_ack	more minut	0.0752
time_ack	more of	0.134
time_ack	more question	-0.0976
time_ack	more quick	0.0639
time_ack	more ~limit	0.0752
time_ack	more ~timeunit	0.0752
time_ack	morn	0.0679
time_ack	most	-0.0972
time_ack	most about	0.0819
time_ack	most for	0.0887
time_ack	most grate	-0.0283
time_ack	most import	0.0322
time_ack	most peopl	-0.0205
time_ack	most want	0.0435
time_ack	most what	0.0909
time_ack	most ~people	-0.0205
time_ack	most ~want	0.0254
time_ack	most ~workverb	-0.0213
time_ack	move	0.0292
time_ack	move from	0.0839
time_ack	move into	-0.0838
time_ack	move team	0.0359
time_ack	mr	-0.0528
time_ack	msc	-0.0248
time_ack	msc in	-0.021
time_ack	msw	-0.0375
time_ack	much	-0.195
time_ack	much and	0.0593
time_ack	much for	0.1054
time_ack	much i	-0.0441
time_ack	much longer	0.0682
time_ack	much of	-0.1079
time_ack	much this	-0.0611
time_ack	much time	-0.0821
time_ack	much ~limit	-0.0821
time_ack	much ~want	-0.0253
time_ack	museum	-0.0209
time_ack	must	-0.0944
time_ack	must be	-0.0385
time_ack	must have	-0.025
time_ack	my	-0.3004
time_ack	my applic	-0.0214
time_ack	my background	0.0243
time_ack	my bus	-0.0896
time_ack	my capston	0.0419
time_ack	my classmat	0.0343
time_ack	my decis	0.0463
time_ack	my detail	-0.0261
time_ack	my exam	-0.0216
time_ack	my first	-0.0253
time_ack	my goal	0.0465
time_ack	my interview	0.0214
time_ack	my kid	-0.0206
time_ack	my manag	-0.0604
time_ack	my most	0.0247
time_ack	my name	-0.0324
time_ack	my note	-0.0296
time_ack	my own	-0.0223
time_ack	my portfolio	0.0472
time_ack	my question	0.2516
time_ack	my resum	-0.0632
time_ack	my shift	0.0275
time_ack	my stage	0.0876
time_ack	my time	-0.0354
time_ack	my way	-0.0423
time_ack	my ~application	-0.0846
time_ack	my ~contactverb	-0.0243
time_ack	my ~degree	-0.0511
time_ack	my ~gatekeeper	-0.0604
time_ack	my ~insight	0.0277
time_ack	my ~limit	-0.0354
time_ack	my ~sendverb	-0.0238
time_ack	my ~student	-0.0888
time_ack	myself	-0.0562
time_ack	nah	0.0487
time_ack	name	-0.0931
time_ack	near	0.234
time_ack	near at	0.0552
time_ack	near five	0.0322
time_ack	near out	0.0493
time_ack	near ~number	0.0269
time_ack	need	0.187
time_ack	need a	-0.1072
time_ack	need an	-0.0223
time_ack	need ani	-0.0208
time_ack	need someon	-0.0542
time_ack	need to	0.5507
time_ack	need ~number	-0.1295
time_ack	need ~people	-0.0542
time_ack	nervous	-0.029
time_ack	nervous about	-0.029
time_ack	network	-0.0653
time_ack	never	-0.0986
time_ack	new	-0.1361
time_ack	new grad	-0.0631
time_ack	news	-0.0292
time_ack	newslett	-0.0434
time_ack	next	0.2244
time_ack	next call	0.1534
time_ack	next meet	0.1762
time_ack	next month	-0.0312
time_ack	next step	-0.0423
time_ack	next week	0.0664
time_ack	next year	0.0424
time_ack	next ~closing	0.0664
time_ack	next ~contactverb	0.1534
time_ack	next ~duration	0.0357
time_ack	next ~talk	0.3296
time_ack	nice	-0.0313
time_ack	nice to	-0.0263
time_ack	night	0.0662
time_ack	night and	0.0275
time_ack	night shift	0.092
time_ack	no	-0.0308
time_ack	no i	0.1206
time_ack	no idea	-0.0364
time_ack	no more	-0.0398
time_ack	no worri	-0.0308
time_ack	nonprofit	-0.0536
time_ack	noon	0.1894
time_ack	noon so	0.1634
time_ack	normal	-0.0223
time_ack	normal day	-0.0214
time_ack	normal to	0.0282
time_ack	normal ~closing	-0.022
time_ack	normal ~limit	-0.0214
time_ack	not	0.0472
time_ack	not a	-0.0376
time_ack	not angl	-0.0234
time_ack	not get	0.0735
time_ack	not have	-0.0509
time_ack	not here	-0.0643
time_ack	not hesit	-0.0237
time_ack	not hire	-0.0527
time_ack	not hold	-0.0388
time_ack	not job	-0.0208
time_ack	not look	0.0295
time_ack	not mind	-0.023
time_ack	not need	-0.023
time_ack	not realiz	0.0416
time_ack	not take	0.157
time_ack	not tri	0.042
time_ack	not want	0.3804
time_ack	not ~gatekeeper	-0.0545
time_ack	not ~hiring	-0.0527
time_ack	not ~insight	0.157
time_ack	not ~job	-0.0208
time_ack	not ~learn	0.0582
time_ack	not ~number	-0.0407
time_ack	not ~want	0.3592
time_ack	note	-0.1503
time_ack	note and	0.0376
time_ack	note next	0.0262
time_ack	note tomorrow	-0.0317
time_ack	note tonight	-0.048
time_ack	notic	0.1155
time_ack	now	0.1387
time_ack	now but	-0.0681
time_ack	now do	-0.0215
time_ack	now i	-0.0592
time_ack	now just	0.0983
time_ack	now thank	0.0544
time_ack	now that	-0.0278
time_ack	now ~studyverb	-0.0235
time_ack	now ~want	0.1811
time_ack	number	-0.0255
time_ack	nurs	-0.0621
time_ack	nurs is	0.0579
time_ack	oclock	0.2534
time_ack	of	-0.04
time_ack	of a	0.1215
time_ack	of be	0.0759
time_ack	of eye	-0.0301
time_ack	of me	0.03
time_ack	of my	0.0749
time_ack	of our	-0.0261
time_ack	of question	-0.0356
time_ack	of that	0.0419
time_ack	of the	-0.0379
time_ack	of thing	-0.0249
time_ack	of this	-0.086
time_ack	of time	0.1929
time_ack	of use	-0.024
time_ack	of what	-0.0509
time_ack	of year	-0.0398
time_ack	of you	0.0454
time_ack	of your	0.1123
time_ack	of ~duration	-0.0489
time_ack	of ~learn	-0.0227
time_ack	of ~limit	0.1942
time_ack	of ~number	0.0921
time_ack	of ~people	-0.0326
time_ack	of ~workverb	-0.0366
time_ack	off	0.2124
time_ack	off at	0.0471
time_ack	off between	-0.0396
time_ack	off but	-0.0421
time_ack	off for	-0.0351
time_ack	off now	0.0337
time_ack	off to	0.1586
time_ack	offer	0.0232
time_ack	offic	-0.0635
time_ack	often	-0.0342
time_ack	oh	0.0541
time_ack	oh no	-0.0382
time_ack	oh shoot	0.0253
time_ack	oh wow	0.0952
time_ack	oh ~sendverb	0.0253
time_ack	ok	0.1071
time_ack	ok cool	-0.0226
time_ack	ok for	0.1568
time_ack	ok i	0.2154
time_ack	ok if	0.0803
time_ack	ok last	-0.0343
time_ack	ok thank	-0.0361
time_ack	ok that	-0.092
time_ack	ok to	0.0236
time_ack	old	0.0972
time_ack	old ~org	0.1262
time_ack	omg	0.0916
time_ack	on	-0.1206
time_ack	on a	0.135
time_ack	on call	-0.0236
time_ack	on design	-0.0213
time_ack	on hospit	-0.0217
time_ack	on how	-0.0822
time_ack	on i	0.0437
time_ack	on linkedin	-0.0362
time_ack	on me	0.0463
time_ack	on my	0.0204
time_ack	on portfolio	-0.0264
time_ack	on rural	-0.0237
time_ack	on the	0.057
time_ack	on time	0.1428
time_ack	on to	0.0844
time_ack	on with	-0.2481
time_ack	on your	0.1433
time_ack	on ~contactverb	-0.0283
time_ack	on ~limit	0.1428
time_ack	on ~number	0.1798
time_ack	on ~org	-0.0338
time_ack	on ~talk	-0.0283
time_ack	onboard	-0.0228
time_ack	onc	-0.2442
time_ack	onc i	-0.094
time_ack	onc we	-0.0519
time_ack	one	0.3145
time_ack	one befor	0.0566
time_ack	one day	-0.0284
time_ack	one final	0.0943
time_ack	one more	0.2798
time_ack	one of	-0.0333
time_ack	one or	0.0525
time_ack	one quick	0.117
time_ack	one ~closing	-0.0477
time_ack	one ~limit	-0.0341
time_ack	onli	0.2079
time_ack	onli got	0.052
time_ack	onli have	0.0934
time_ack	onli ~want	0.0526
time_ack	onlin	-0.036
time_ack	op	0.0685
time_ack	open	-0.2156
time_ack	open for	-0.0333
time_ack	open on	0.0668
time_ack	open to	-0.0275
time_ack	open up	-0.0813
time_ack	or	-0.1465
time_ack	or anyth	-0.076
time_ack	or contact	-0.0239
time_ack	or did	-0.0389
time_ack	or do	0.1701
time_ack	or has	0.0882
time_ack	or is	-0.1153
time_ack	or just	0.0456
time_ack	or nah	0.0487
time_ack	or should	0.0284
time_ack	or would	0.1722
time_ack	or ~contactverb	-0.0317
time_ack	or ~help	0.1674
time_ack	or ~number	-0.0339
time_ack	or ~people	-0.0263
time_ack	or ~studyverb	-0.0389
time_ack	or ~talk	-0.0292
time_ack	or ~want	0.212
time_ack	org	-0.0426
time_ack	org chart	-0.041
time_ack	organiz	-0.0825
time_ack	organiz a	-0.0372
time_ack	organiz ~number	-0.0372
time_ack	other	0.0527
time_ack	other ~people	-0.0297
time_ack	our	0.0822
time_ack	our campus	-0.0346
time_ack	our ~number	0.0987
time_ack	out	0.0289
time_ack	out again	-0.0247
time_ack	out becaus	-0.0205
time_ack	out if	-0.065
time_ack	out of	0.2244
time_ack	out the	-0.032
time_ack	out time	0.0674
time_ack	out to	-0.0852
time_ack	out whether	-0.0404
time_ack	out ~later	-0.0247
time_ack	out ~limit	0.0674
time_ack	out ~number	-0.0294
time_ack	outreach	-0.0266
time_ack	outsid	-0.0749
time_ack	outsid of	-0.047
time_ack	over	0.4146
time_ack	over i	0.0796
time_ack	over into	0.028
time_ack	over sorri	0.0441
time_ack	over thank	0.0367
time_ack	over that	0.0221
time_ack	over the	-0.0272
time_ack	over ~number	-0.0433
time_ack	overstay	0.1216
time_ack	overtim	0.0769
time_ack	own	-0.062
time_ack	pace	0.1426
time_ack	pack	0.1195
time_ack	pack so	0.0278
time_ack	pack ~closing	0.026
time_ack	pair	-0.0367
time_ack	pair of	-0.0367
time_ack	paraleg	-0.0234
time_ack	part of	0.1768
time_ack	part time	-0.16
time_ack	part ~limit	-0.16
time_ack	pass my	0.0414
time_ack	past	0.3768
time_ack	past our	0.028
time_ack	past the	0.0657
time_ack	past what	0.0511
time_ack	past ~number	0.0657
time_ack	patent	0.0399
time_ack	patent law	0.0413
time_ack	path	-0.0535
time_ack	path from	-0.021
time_ack	patienc	0.0201
time_ack	patient	0.0579
time_ack	patient i	0.073
time_ack	payrol	-0.0206
time_ack	peopl	-0.1626
time_ack	peopl in	-0.052
time_ack	peopl say	-0.0232
time_ack	peopl who	-0.0237
time_ack	peopl ~people	-0.0237
time_ack	perfect	-0.0296
time_ack	person	-0.0537
time_ack	perspect	-0.0847
time_ack	phd	-0.0291
time_ack	physic	-0.0276
time_ack	physic therapi	-0.024
time_ack	pick	-0.0965
time_ack	pick this	-0.143
time_ack	pick up	0.1043
time_ack	pick your	-0.0234
time_ack	pictur	-0.0399
time_ack	pictur of	-0.0279
time_ack	ping	0.0868
time_ack	ping you	0.0728
time_ack	pitch	-0.0471
time_ack	pitch in	-0.0234
time_ack	place	-0.0201
time_ack	placement	0.0351
time_ack	plan	0.0456
time_ack	pleas	-0.1603
time_ack	pleas do	-0.021
time_ack	pleas let	-0.0721
time_ack	pleas ~help	-0.021
time_ack	podcast	-0.0515
time_ack	podcast or	-0.0207
time_ack	point	-0.0607
time_ack	point me	-0.0319
time_ack	portfolio on	0.0422
time_ack	portfolio review	-0.0241
time_ack	portfolio to	0.0431
time_ack	posit	-0.1208
time_ack	posit i	-0.0268
time_ack	possibl ~sendverb	0.0418
time_ack	post	-0.1822
time_ack	post on	-0.1032
time_ack	practic	-0.0469
time_ack	practis	-0.023
time_ack	precious	0.0536
time_ack	predict	-0.027
time_ack	prefer to	0.0225
time_ack	prep	-0.0495
time_ack	prepar	-0.0295
time_ack	present	-0.0245
time_ack	pressur	-0.0399
time_ack	pretti	-0.0441
time_ack	priya	0.0396
time_ack	probabl	-0.0785
time_ack	probabl let	-0.0489
time_ack	process	-0.0584
time_ack	product	-0.0729
time_ack	product launch	-0.0208
time_ack	product manag	-0.03
time_ack	profession	-0.0326
time_ack	professor	0.1047
time_ack	program	-0.1454
time_ack	progress	-0.0452
time_ack	project	-0.2914
time_ack	project on	-0.0261
time_ack	project with	-0.0311
time_ack	promis	0.0725
time_ack	promis how	-0.0311
time_ack	promis i	0.1079
time_ack	proper	-0.1179
time_ack	proper thank	-0.0618
time_ack	psych	-0.0243
time_ack	public	-0.0719
time_ack	public health	-0.0318
time_ack	publish	-0.0211
time_ack	pursu	0.0795
time_ack	put	-0.112
time_ack	put me	-0.0542
time_ack	python	-0.0383
time_ack	python script	-0.0258
time_ack	q	0.1387
time_ack	qs	0.0535
time_ack	quarter	0.0437
time_ack	quarter of	0.0216
time_ack	quarter to	0.0251
time_ack	question	0.2404
time_ack	question about	0.0279
time_ack	question befor	-0.0331
time_ack	question come	-0.0423
time_ack	question for	0.0972
time_ack	question from	-0.0411
time_ack	question honest	-0.021
time_ack	question i	0.1205
time_ack	question if	0.0253
time_ack	question later	-0.0223
time_ack	question ~later	-0.0281
time_ack	quick	0.4549
time_ack	quick email	0.0543
time_ack	quick is	0.0922
time_ack	quick note	-0.0419
time_ack	quick one	0.124
time_ack	quick q	0.1438
time_ack	quick thank	-0.0397
time_ack	quick thing	0.0554
time_ack	quick ~contactverb	0.0343
time_ack	quick ~number	0.124
time_ack	quick ~people	0.1259
time_ack	quick ~sendverb	0.0543
time_ack	quick ~talk	0.0487
time_ack	radar	-0.0256
time_ack	rambl	0.0361
time_ack	ran	0.0718
time_ack	ran over	0.076
time_ack	rang	-0.0241
time_ack	rather	0.0697
time_ack	reach	-0.1546
time_ack	reach out	-0.1271
time_ack	read	-0.1272
time_ack	read list	-0.0397
time_ack	real quick	0.0201
time_ack	realiz	0.3155
time_ack	realiz i	0.0914
time_ack	realiz it	0.131
time_ack	realiz the	-0.0347
time_ack	realiz we	0.0715
time_ack	realiz you	0.0688
time_ack	realiz ~number	-0.0347
time_ack	realli	-0.0606
time_ack	realli all	0.0744
time_ack	realli appreci	0.1155
time_ack	realli eye	-0.0258
time_ack	realli grate	0.0212
time_ack	realli help	-0.1111
time_ack	realli just	-0.0662
time_ack	realli kind	0.1045
time_ack	realli like	0.083
time_ack	reason	-0.0484
time_ack	reason i	-0.0318
time_ack	reassur	-0.0296
time_ack	reassur to	-0.0233
time_ack	recent	-0.0224
time_ack	recommend	-0.041
time_ack	recommend for	-0.024
time_ack	recommend i	0.0631
time_ack	recruit	-0.0776
time_ack	recruit but	-0.0227
time_ack	refer	-0.0549
time_ack	refer me	-0.0305
time_ack	referr	-0.0657
time_ack	referr or	-0.0407
time_ack	region	-0.0237
time_ack	regulatori	-0.0248
time_ack	regulatori affair	-0.0205
time_ack	remain	0.0378
time_ack	remain question	0.0378
time_ack	repli	-0.0258
time_ack	repli to	-0.0222
time_ack	report	-0.1306
time_ack	report back	-0.0802
time_ack	reschedul	0.1014
time_ack	research	-0.1891
time_ack	research i	0.0382
time_ack	research or	-0.0324
time_ack	respect	0.0407
time_ack	respect your	0.0237
time_ack	rest	-0.0732
time_ack	rest of	-0.0732
time_ack	result	-0.0302
time_ack	resum	-0.0708
time_ack	resum to	-0.0446
time_ack	retail	-0.1025
time_ack	retail manag	-0.0333
time_ack	return	-0.0405
time_ack	return the	0.0846
time_ack	return to	-0.0644
time_ack	return ~number	0.0846
time_ack	review	-0.0701
time_ack	right	0.2704
time_ack	right and	0.0516
time_ack	right at	0.0399
time_ack	right for	0.0415
time_ack	right i	-0.0971
time_ack	right in	0.0322
time_ack	right now	-0.0957
time_ack	risk	-0.024
time_ack	role	-0.1103
time_ack	rotat	-0.0254
time_ack	rout	-0.0209
time_ack	routin	-0.0235
time_ack	run	0.5428
time_ack	run long	0.0966
time_ack	run out	0.0587
time_ack	run over	0.1556
time_ack	run to	-0.0517
time_ack	run ~number	-0.0208
time_ack	rural	-0.0237
time_ack	rush	0.0239
time_ack	rutger	0.0227
time_ack	rutger and	0.0541
time_ack	rutger major	-0.0208
time_ack	rutger ~studyverb	-0.0208
time_ack	safe	0.0737
time_ack	said	0.0333
time_ack	sale	-0.0264
time_ack	same	-0.0595
time_ack	same week	-0.0441
time_ack	same ~closing	-0.0441
time_ack	saturday	0.2336
time_ack	saturday for	0.2183
time_ack	save	0.1105
time_ack	save your	-0.0319
time_ack	save ~number	0.123
time_ack	say	-0.1956
time_ack	say thank	-0.0361
time_ack	say yes	-0.049
time_ack	say ~number	-0.0231
time_ack	scare	-0.0209
time_ack	scare me	-0.0209
time_ack	schedul is	0.0313
time_ack	school	-0.0662
time_ack	school and	-0.0232
time_ack	scienc	-0.0883
time_ack	scientist	0.0412
time_ack	script	-0.0286
time_ack	season	-0.0312
time_ack	second	0.1903
time_ack	second chat	-0.0275
time_ack	second year	0.0339
time_ack	second ~duration	0.0339
time_ack	second ~talk	-0.0275
time_ack	sector	-0.0431
time_ack	see	0.1669
time_ack	see if	-0.0278
time_ack	see the	0.1801
time_ack	see we	0.0475
time_ack	see ~number	0.1801
time_ack	seem	-0.0285
time_ack	semest	-0.036
time_ack	send	-0.2585
time_ack	send a	0.0327
time_ack	send over	-0.0551
time_ack	send that	0.0419
time_ack	send you	-0.2393
time_ack	send ~number	0.0307
time_ack	senior	-0.0534
time_ack	sens	-0.0668
time_ack	serious if	-0.0262
time_ack	serious thank	0.0383
time_ack	set	-0.04
time_ack	seven	-0.04
time_ack	shadow	-0.0316
time_ack	shadow at	0.0325
time_ack	shadow day	-0.0601
time_ack	shadow ~closing	-0.0601
time_ack	shadow ~limit	-0.0601
time_ack	shall	0.1583
time_ack	shall we	0.1921
time_ack	shall write	-0.0323
time_ack	shall ~contactverb	-0.0323
time_ack	share	-0.1178
time_ack	share all	-0.0421
time_ack	share the	-0.0205
time_ack	share ~number	-0.0269
time_ack	she	-0.0219
time_ack	shift	0.2247
time_ack	shift look	0.0259
time_ack	shift usual	-0.0354
time_ack	shoot	0.0541
time_ack	shoot you	0.0288
time_ack	short	0.265
time_ack	short notic	0.1092
time_ack	should be	-0.0219
time_ack	should probabl	-0.0714
time_ack	should talk	-0.0445
time_ack	should we	0.1637
time_ack	should ~talk	-0.0639
time_ack	side	-0.0297
time_ack	side like	0.0242
time_ack	side project	-0.075
time_ack	side you	0.0761
time_ack	sign	-0.0604
time_ack	sign off	-0.0588
time_ack	sinc	0.2992
time_ack	sinc we	0.1363
time_ack	sinc you	0.2415
time_ack	sincer	0.0312
time_ack	sincer for	0.0221
time_ack	singapor	0.0287
time_ack	sir i	0.0203
time_ack	site	-0.0244
time_ack	six	-0.0562
time_ack	six year	-0.0521
time_ack	six ~duration	-0.0562
time_ack	skill matter	0.0823
time_ack	skip	0.0581
time_ack	skip ahead	0.0256
time_ack	slam	0.074
time_ack	slam this	0.0579
time_ack	slot	0.0266
time_ack	small	-0.0448
time_ack	small like	0.0361
time_ack	so	0.5019
time_ack	so candid	-0.0557
time_ack	so clear	-0.032
time_ack	so easi	-0.0294
time_ack	so generous	0.106
time_ack	so help	0.154
time_ack	so how	-0.0282
time_ack	so i	0.3744
time_ack	so if	-0.0579
time_ack	so just	0.1783
time_ack	so let	0.2011
time_ack	so mayb	0.0245
time_ack	so much	-0.0555
time_ack	so quick	0.0415
time_ack	so sorri	-0.0276
time_ack	so thank	0.0378
time_ack	so that	-0.0368
time_ack	so the	-0.0231
time_ack	so this	-0.0257
time_ack	so use	-0.033
time_ack	so we	-0.0259
time_ack	so yeah	0.0419
time_ack	so you	-0.0413
time_ack	so ~help	-0.0339
time_ack	so ~number	-0.0301
time_ack	so ~want	0.1748
time_ack	social	0.0636
time_ack	some time	-0.0325
time_ack	some ~insight	-0.0207
time_ack	some ~limit	-0.03
time_ack	someon	-0.274
time_ack	someon in	-0.0464
time_ack	someon to	-0.0663
time_ack	someon who	-0.0296
time_ack	someon ~people	-0.0296
time_ack	someth	0.0408
time_ack	someth come	0.1665
time_ack	someth i	-0.0223
time_ack	soon	0.2437
time_ack	sorri	0.6518
time_ack	sorri about	0.0584
time_ack	sorri for	0.1253
time_ack	sorri i	0.4801
time_ack	sorri my	-0.1109
time_ack	sorri one	0.0549
time_ack	sorri to	-0.0959
time_ack	sorri we	0.1398
time_ack	sorri ~number	0.0468
time_ack	sorri ~people	0.0549
time_ack	sound	-0.0485
time_ack	spanish	-0.0213
time_ack	speak	-0.0558
time_ack	speak with	-0.0215
time_ack	spend	-0.098
time_ack	spend in	-0.0452
time_ack	spent	-0.098
time_ack	spent in	-0.0628
time_ack	spent ~number	-0.0375
time_ack	spoken	-0.0491
time_ack	sponsor	-0.0357
time_ack	spot	-0.0264
time_ack	spreadsheet	-0.0515
time_ack	spring	-0.0392
time_ack	sql	-0.0299
time_ack	squeez	0.625
time_ack	squeez in	0.0625
time_ack	squeez me	0.5525
time_ack	staf	-0.027
time_ack	staff	-0.037
time_ack	stage	0.0706
time_ack	stand	-0.0205
time_ack	start	0.0415
time_ack	start at	0.0216
time_ack	start in	0.0642
time_ack	start to	-0.0245
time_ack	startup	0.1278
time_ack	startup ~want	0.1336
time_ack	state	-0.0571
time_ack	state associ	-0.0245
time_ack	stay in	-0.0675
time_ack	stay on	0.114
time_ack	step	-0.0716
time_ack	still	0.5811
time_ack	still a	0.2109
time_ack	still have	0.1124
time_ack	still ok	0.2328
time_ack	still ~number	0.205
time_ack	stop	0.8236
time_ack	stop at	0.4124
time_ack	stop bug	-0.0794
time_ack	stop here	0.1583
time_ack	stop me	0.0535
time_ack	stop there	0.048
time_ack	stop ~want	0.1583
time_ack	storm	-0.0353
time_ack	straight	0.0896
time_ack	straight in	0.0803
time_ack	stretch	0.0294
time_ack	structur	-0.0314
time_ack	struggl	-0.0277
time_ack	student	-0.0689
time_ack	student at	0.0355
time_ack	studi	-0.0868
time_ack	studio	-0.032
time_ack	stuff	-0.0513
time_ack	submiss	-0.0224
time_ack	submit	0.0439
time_ack	success	-0.0297
time_ack	such	0.0894
time_ack	such a	0.0277
time_ack	such short	0.0742
time_ack	such ~number	0.0264
time_ack	suggest	-0.0964
time_ack	suggest i	-0.0209
time_ack	suit	-0.0429
time_ack	suit me	-0.0363
time_ack	summari	-0.0276
time_ack	summari of	-0.0219
time_ack	summer	-0.0437
time_ack	super	0.0931
time_ack	super busi	0.0325
time_ack	suppli	0.0291
time_ack	suppli chain	0.0291
time_ack	sure	-0.072
time_ack	sure i	0.0316
time_ack	sure to	-0.0845
time_ack	surgeri	0.0709
time_ack	surpris	0.0746
time_ack	surpris you	0.075
time_ack	survey	-0.0256
time_ack	survey data	-0.0351
time_ack	survey with	0.0398
time_ack	sustain	-0.0233
time_ack	switch	-0.0953
time_ack	take	0.2051
time_ack	take a	-0.0406
time_ack	take care	-0.0355
time_ack	take more	0.0968
time_ack	take on	-0.0734
time_ack	take the	0.1389
time_ack	take up	0.1584
time_ack	take you	0.0333
time_ack	take ~number	0.1073
time_ack	taken	0.1993
time_ack	taken enough	0.1419
time_ack	taken up	0.0698
time_ack	talk	0.1243
time_ack	talk about	-0.0574
time_ack	talk to	0.1156
time_ack	talk with	-0.0247
time_ack	talk ~later	-0.0483
time_ack	task	-0.0226
time_ack	tax	-0.0214
time_ack	teacher	-0.0303
time_ack	team	-0.173
time_ack	team decid	0.0794
time_ack	team ever	-0.0335
time_ack	team is	-0.0342
time_ack	team within	0.0361
time_ack	team ~gatekeeper	-0.0237
time_ack	tell	0.0745
time_ack	tell me	-0.0642
time_ack	tell you	0.1556
time_ack	ten	0.1433
time_ack	ten minut	0.0959
time_ack	ten ~limit	0.152
time_ack	ten ~timeunit	0.152
time_ack	tend	-0.0269
time_ack	tend to	-0.0269
time_ack	term	-0.0495
time_ack	test the	0.0226
time_ack	test ~number	0.0226
time_ack	than	0.055
time_ack	than ~number	0.0229
time_ack	thank	0.4757
time_ack	thank a	-0.0227
time_ack	thank again	0.0329
time_ack	thank for	0.3331
time_ack	thank i	-0.0378
time_ack	thank onc	-0.0305
time_ack	thank so	0.1102
time_ack	thank that	-0.0224
time_ack	thank to	-0.0798
time_ack	thank you	0.3508
time_ack	thank ~later	0.0329
time_ack	thank ~number	-0.0275
time_ack	that	-0.5023
time_ack	that answer	-0.067
time_ack	that articl	0.0596
time_ack	that cover	-0.0869
time_ack	that how	-0.022
time_ack	that i	-0.0742
time_ack	that is	-0.1427
time_ack	that it	-0.0212
time_ack	that make	-0.0261
time_ack	that much	-0.0387
time_ack	that so	-0.0215
time_ack	that still	0.1204
time_ack	that we	0.0636
time_ack	that work	0.0572
time_ack	that world	-0.0224
time_ack	that would	0.0236
time_ack	that you	0.0225
time_ack	that ~learn	0.0572
time_ack	that ~org	-0.0415
time_ack	that ~workverb	0.0572
time_ack	the	-0.3975
time_ack	the admiss	-0.0315
time_ack	the advic	-0.0591
time_ack	the analyst	0.0207
time_ack	the app	0.0298
time_ack	the applic	-0.0417
time_ack	the armi	0.076
time_ack	the articl	-0.0331
time_ack	the best	0.067
time_ack	the book	-0.0446
time_ack	the bootcamp	-0.0417
time_ack	the call	-0.0227
time_ack	the classroom	0.0826
time_ack	the clock	0.2809
time_ack	the confer	0.0448
time_ack	the convers	0.0282
time_ack	the creativ	0.0404
time_ack	the data	0.0763
time_ack	the day	-0.1018
time_ack	the downsid	-0.0431
time_ack	the engin	-0.0237
time_ack	the favor	0.0893
time_ack	the fellowship	-0.0539
time_ack	the floor	0.0531
time_ack	the half	0.1424
time_ack	the hard	-0.0289
time_ack	the hour	0.0692
time_ack	the icu	0.0367
time_ack	the industri	-0.0321
time_ack	the interview	-0.0349
time_ack	the lab	-0.0298
time_ack	the last	-0.0705
time_ack	the launch	0.1666
time_ack	the librari	-0.0244
time_ack	the licens	-0.0277
time_ack	the long	-0.0269
time_ack	the middl	0.0465
time_ack	the moment	-0.0462
time_ack	the morn	-0.0371
time_ack	the msw	-0.0309
time_ack	the next	-0.0288
time_ack	the night	-0.025
time_ack	the nurs	0.037
time_ack	the point	-0.0201
time_ack	the product	-0.025
time_ack	the program	0.0447
time_ack	the question	0.0572
time_ack	the rain	0.0224
time_ack	the read	-0.0208
time_ack	the reason	-0.0227
time_ack	the rest	0.0777
time_ack	the right	-0.0347
time_ack	the salari	-0.0462
time_ack	the same	-0.0556
time_ack	the shadow	-0.0399
time_ack	the state	-0.0326
time_ack	the time	0.4121
time_ack	the tough	0.0338
time_ack	the twenti	0.021
time_ack	the two	0.0621
time_ack	the way	-0.0251
time_ack	the week	-0.0275
time_ack	the work	0.064
time_ack	the ~application	-0.0417
time_ack	the ~closing	-0.085
time_ack	the ~contactverb	-0.0246
time_ack	the ~degree	-0.063
time_ack	the ~gatekeeper	-0.0284
time_ack	the ~hiring	-0.0213
time_ack	the ~insight	-0.0435
time_ack	the ~job	-0.0275
time_ack	the ~learn	0.0754
time_ack	the ~limit	0.3582
time_ack	the ~number	0.2611
time_ack	the ~org	-0.0536
time_ack	the ~student	0.0231
time_ack	the ~talk	-0.0605
time_ack	the ~timeunit	0.0692
time_ack	the ~workverb	0.064
time_ack	their	-0.0224
time_ack	then	-0.058
time_ack	then i	0.0371
time_ack	therapi	-0.024
time_ack	there	-0.1494
time_ack	there a	-0.1057
time_ack	there anyon	0.0207
time_ack	there anyth	0.1702
time_ack	there for	-0.0377
time_ack	there in	0.026
time_ack	there is	-0.1365
time_ack	there so	-0.0845
time_ack	there someth	-0.023
time_ack	there ~number	-0.1187
time_ack	these	0.0688
time_ack	they	-0.0353
time_ack	they are	-0.0385
time_ack	they ever	0.0596
time_ack	they still	-0.0202
time_ack	thing	0.1556
time_ack	thing befor	0.0961
time_ack	thing up	0.0884
time_ack	thing what	0.042
time_ack	thing you	-0.0258
time_ack	think	-0.2268
time_ack	think about	-0.0613
time_ack	think i	0.1011
time_ack	think it	-0.0317
time_ack	think that	-0.0562
time_ack	think we	-0.129
time_ack	thirti	0.1016
time_ack	thirti minut	0.0324
time_ack	thirti ~limit	0.0228
time_ack	thirti ~timeunit	0.0324
time_ack	this	0.0758
time_ack	this a	0.0316
time_ack	this afternoon	0.0753
time_ack	this and	-0.0237
time_ack	this befor	0.0872
time_ack	this call	-0.0387
time_ack	this evening	-0.0315
time_ack	this field	-0.0588
time_ack	this has	-0.0779
time_ack	this help	0.0243
time_ack	this i	0.0444
time_ack	this is	-0.0735
time_ack	this last	0.0701
time_ack	this role	-0.0204
time_ack	this summer	0.041
time_ack	this thank	0.0594
time_ack	this to	0.1028
time_ack	this up	-0.1502
time_ack	this week	0.0499
time_ack	this weekend	-0.0211
time_ack	this with	0.0436
time_ack	this ~closing	0.0638
time_ack	this ~contactverb	-0.0387
time_ack	this ~job	-0.0328
time_ack	this ~limit	0.0598
time_ack	this ~number	0.0243
time_ack	this ~talk	-0.0354
time_ack	those	-0.0801
time_ack	those were	-0.0359
time_ack	thought	-0.0687
time_ack	three	-0.1136
time_ack	three client	-0.0231
time_ack	three deadlin	-0.0591
time_ack	three year	-0.0332
time_ack	three ~duration	-0.0332
time_ack	through	-0.1231
time_ack	through a	-0.0403
time_ack	through how	-0.0216
time_ack	through the	-0.0398
time_ack	through this	0.0634
time_ack	through your	-0.0324
time_ack	through ~number	-0.0839
time_ack	thursday	-0.0314
time_ack	tick	0.127
time_ack	tight	0.0597
time_ack	time	1.392
time_ack	time and	0.2728
time_ack	time but	0.0501
time_ack	time do	0.0225
time_ack	time doe	-0.0723
time_ack	time flew	0.0344
time_ack	time fli	0.023
time_ack	time for	0.2187
time_ack	time goe	-0.0595
time_ack	time i	0.09
time_ack	time in	0.0215
time_ack	time jordan	0.0301
time_ack	time next	-0.0671
time_ack	time of	-0.0286
time_ack	time off	-0.0814
time_ack	time on	0.0871
time_ack	time open	-0.0238
time_ack	time or	0.1275
time_ack	time out	0.0769
time_ack	time so	0.1752
time_ack	time this	0.0596
time_ack	time to	-0.0554
time_ack	time today	0.2938
time_ack	time when	-0.142
time_ack	time with	-0.0312
time_ack	time would	0.0301
time_ack	time ~job	-0.0273
time_ack	time ~learn	-0.0241
time_ack	time ~want	0.0462
time_ack	tip	-0.0253
time_ack	to	0.0833
time_ack	to a	0.0263
time_ack	to appli	-0.0211
time_ack	to ask	-0.1141
time_ack	to be	0.1062
time_ack	to becom	-0.0441
time_ack	to chat	-0.0415
time_ack	to class	-0.0354
time_ack	to cut	0.0861
time_ack	to day	-0.1048
time_ack	to decid	-0.0273
time_ack	to die	-0.0317
time_ack	to do	0.0251
time_ack	to eat	0.186
time_ack	to fifteen	0.0632
time_ack	to figur	-0.0611
time_ack	to final	-0.0331
time_ack	to find	-0.03
time_ack	to finish	-0.04
time_ack	to forward	-0.0229
time_ack	to get	-0.0377
time_ack	to give	0.0656
time_ack	to hear	-0.0722
time_ack	to help	-0.0769
time_ack	to hop	0.0801
time_ack	to hour	-0.0448
time_ack	to i	0.0213
time_ack	to it	0.0342
time_ack	to jump	0.1271
time_ack	to keep	0.0797
time_ack	to know	-0.0364
time_ack	to learn	0.0549
time_ack	to leav	-0.0488
time_ack	to let	0.2005
time_ack	to me	0.1066
time_ack	to meet	-0.0648
time_ack	to my	0.0463
time_ack	to one	0.0338
time_ack	to overstay	0.1216
time_ack	to pass	-0.0318
time_ack	to pick	0.073
time_ack	to reach	-0.0251
time_ack	to respect	0.0287
time_ack	to return	0.137
time_ack	to run	0.2292
time_ack	to say	-0.0486
time_ack	to see	-0.0388
time_ack	to send	-0.054
time_ack	to set	-0.0289
time_ack	to sign	-0.0343
time_ack	to someon	-0.025
time_ack	to stay	-0.0616
time_ack	to take	0.0422
time_ack	to talk	0.076
time_ack	to test	-0.0309
time_ack	to the	0.0703
time_ack	to this	-0.0821
time_ack	to tri	-0.0206
time_ack	to use	0.0729
time_ack	to whoever	0.0215
time_ack	to work	-0.0518
time_ack	to wrap	0.0722
time_ack	to write	-0.0414
time_ack	to you	-0.1515
time_ack	to your	-0.2493
time_ack	to ~closing	-0.04
time_ack	to ~contactverb	-0.0483
time_ack	to ~help	0.1476
time_ack	to ~insight	0.0496
time_ack	to ~learn	-0.2545
time_ack	to ~limit	-0.1504
time_ack	to ~number	0.2142
time_ack	to ~sendverb	-0.1223
time_ack	to ~talk	-0.1313
time_ack	to ~timeunit	-0.0448
time_ack	to ~want	-0.0223
time_ack	to ~workverb	0.1774
time_ack	today	0.2097
time_ack	today and	0.0535
time_ack	today is	-0.0418
time_ack	today just	0.1366
time_ack	today so	-0.021
time_ack	today ~want	0.1366
time_ack	told	-0.0236
time_ack	told you	-0.0212
time_ack	tomorrow	-0.0755
time_ack	tomorrow and	-0.025
time_ack	ton and	0.0211
time_ack	tonight and	-0.0355
time_ack	tonight to	-0.0286
time_ack	tonight with	0.0476
time_ack	too	0.2159
time_ack	too much	0.1514
time_ack	took	0.041
time_ack	tool	-0.0317
time_ack	total	0.3061
time_ack	total fine	0.0759
time_ack	total get	0.1198
time_ack	total understand	0.0555
time_ack	total ~learn	0.1754
time_ack	touch	-0.1229
time_ack	touch after	-0.0203
time_ack	touch with	-0.0677
time_ack	touch ~want	-0.0203
time_ack	tough	0.0315
time_ack	tough part	0.0338
time_ack	toward	-0.0264
time_ack	track	0.0699
time_ack	track of	0.0706
time_ack	train	-0.036
time_ack	transfer	-0.0213
time_ack	translat	0.0339
time_ack	travel	0.0616
time_ack	tri	0.0692
time_ack	tri to	0.1123
time_ack	truli	0.0716
time_ack	truli if	0.0327
time_ack	twelv	-0.0339
time_ack	twenti	0.1763
time_ack	twenti minut	0.1864
time_ack	twenti ~limit	0.1864
time_ack	twenti ~timeunit	0.1864
time_ack	two	0.1988
time_ack	two program	-0.0249
time_ack	two year	-0.0278
time_ack	two ~duration	-0.0328
time_ack	typic	-0.0372
time_ack	typic day	-0.0223
time_ack	typic week	0.0552
time_ack	typic ~closing	0.033
time_ack	typic ~limit	-0.0223
time_ack	uh	-0.0275
time_ack	um	-0.1512
time_ack	um i	-0.0337
time_ack	understand	0.1454
time_ack	understand how	0.1052
time_ack	understand if	0.1076
time_ack	understand the	-0.0439
time_ack	understand what	-0.0367
time_ack	understand ~number	-0.0439
time_ack	until	0.3331
time_ack	until 3	0.143
time_ack	until ~number	0.0526
time_ack	up	0.1763
time_ack	up a	-0.0607
time_ack	up anoth	-0.0838
time_ack	up enough	0.0472
time_ack	up here	0.0665
time_ack	up i	0.0226
time_ack	up in	-0.0379
time_ack	up is	-0.0233
time_ack	up more	0.0215
time_ack	up my	-0.082
time_ack	up now	0.0463
time_ack	up on	0.0504
time_ack	up or	-0.0241
time_ack	up part	0.1324
time_ack	up so	0.0796
time_ack	up there	-0.0494
time_ack	up too	0.0238
time_ack	up with	-0.0753
time_ack	up your	0.4138
time_ack	up ~number	-0.066
time_ack	up ~studyverb	-0.0224
time_ack	up ~want	0.0598
time_ack	updat	-0.0364
time_ack	updat after	0.027
time_ack	updat on	-0.0426
time_ack	updat you	-0.0225
time_ack	updat ~want	0.027
time_ack	upfront	0.0392
time_ack	upfront i	0.0554
time_ack	us	0.0297
time_ack	us call	0.0863
time_ack	us ~contactverb	0.0863
time_ack	us ~talk	0.0863
time_ack	use	-0.1428
time_ack	use ~number	-0.0234
time_ack	user	-0.0287
time_ack	usual	-0.1937
time_ack	usual start	-0.0428
time_ack	ux	-0.0291
time_ack	vacanc	-0.0235
time_ack	veri	-0.0459
time_ack	veri clear	-0.0239
time_ack	veri full	0.0298
time_ack	veri much	-0.0406
time_ack	versus	-0.0866
time_ack	versus actual	-0.0492
time_ack	vet	-0.0231
time_ack	view	0.0354
time_ack	volunt	-0.0695
time_ack	vs	-0.0771
time_ack	vs actual	-0.0401
time_ack	wait	0.0578
time_ack	walk	-0.1226
time_ack	walk me	-0.1113
time_ack	want	0.0891
time_ack	want to	0.1937
time_ack	was	-0.4366
time_ack	was alreadi	0.1147
time_ack	was exact	-0.0331
time_ack	was hope	-0.0324
time_ack	was just	-0.0212
time_ack	was not	-0.0225
time_ack	was realli	-0.0355
time_ack	was so	0.1257
time_ack	was super	-0.0415
time_ack	was that	-0.0466
time_ack	was the	-0.0295
time_ack	was time	-0.102
time_ack	was wonder	-0.1172
time_ack	was ~limit	-0.102
time_ack	was ~number	-0.0437
time_ack	was ~want	-0.0891
time_ack	way	-0.0722
time_ack	way i	-0.0706
time_ack	way past	0.0506
time_ack	we	1.3918
time_ack	we are	0.4745
time_ack	we call	0.0897
time_ack	we can	-0.0693
time_ack	we finish	-0.0747
time_ack	we go	0.0708
time_ack	we hang	-0.0739
time_ack	we have	0.4049
time_ack	we leav	0.0536
time_ack	we onli	0.0273
time_ack	we pick	-0.1482
time_ack	we plan	0.0593
time_ack	we ran	0.076
time_ack	we run	0.0742
time_ack	we said	0.0339
time_ack	we start	0.039
time_ack	we still	0.1114
time_ack	we stop	0.0991
time_ack	we talk	-0.0552
time_ack	we would	0.0361
time_ack	we wrap	0.1492
time_ack	we ~contactverb	0.0897
time_ack	we ~learn	-0.1567
time_ack	we ~talk	0.0701
time_ack	we ~want	0.0361
time_ack	we ~workverb	0.1502
time_ack	weather	-0.0409
time_ack	week	0.1113
time_ack	week and	-0.0293
time_ack	week for	-0.0469
time_ack	week look	0.0346
time_ack	week that	0.026
time_ack	week to	0.0687
time_ack	weekend	-0.0776
time_ack	weird	-0.0471
time_ack	weird if	-0.0248
time_ack	welcom	0.1033
time_ack	well	-0.0536
time_ack	well i	-0.0215
time_ack	well that	-0.0216
time_ack	were	-0.0484
time_ack	were all	-0.023
time_ack	what	-0.5441
time_ack	what a	-0.0566
time_ack	what are	-0.0387
time_ack	what do	0.0248
time_ack	what doe	0.0517
time_ack	what i	-0.0357
time_ack	what is	-0.1521
time_ack	what kind	-0.0209
time_ack	what skill	0.0611
time_ack	what surpris	0.0763
time_ack	what the	0.0257
time_ack	what time	-0.0741
time_ack	what your	-0.0353
time_ack	what ~help	0.0248
time_ack	what ~limit	-0.0873
time_ack	what ~number	-0.0433
time_ack	when	-0.3682
time_ack	when a	-0.0348
time_ack	when i	-0.07
time_ack	when it	-0.0204
time_ack	when three	-0.0247
time_ack	when you	-0.141
time_ack	when ~number	-0.0679
time_ack	whenev	0.0333
time_ack	where	-0.0978
time_ack	where can	-0.0253
time_ack	where do	-0.0381
time_ack	where i	-0.0269
time_ack	where you	0.0384
time_ack	where ~help	-0.0381
time_ack	whether	-0.2569
time_ack	whether a	0.0568
time_ack	whether i	-0.0426
time_ack	whether the	-0.0456
time_ack	whether this	-0.0208
time_ack	whether you	-0.0824
time_ack	whi	-0.0722
time_ack	whi i	-0.0368
time_ack	which	-0.1672
time_ack	while	-0.0851
time_ack	while i	-0.0205
time_ack	who	-0.2967
time_ack	who els	-0.0249
time_ack	who is	-0.0568
time_ack	who might	-0.0498
time_ack	who would	-0.0231
time_ack	who ~want	-0.0262
time_ack	whoever hire	0.0301
time_ack	whoever ~gatekeeper	0.0301
time_ack	whoever ~hiring	0.0301
time_ack	whole	0.0305
time_ack	will	0.3
time_ack	will be	0.3832
time_ack	will conclud	-0.0311
time_ack	will connect	-0.0659
time_ack	will def	-0.0473
time_ack	will definit	-0.0985
time_ack	will drop	0.0624
time_ack	will follow	0.0219
time_ack	will jump	0.1036
time_ack	will keep	0.3115
time_ack	will leav	-0.0901
time_ack	will let	-0.269
time_ack	will make	-0.0307
time_ack	will not	0.0947
time_ack	will report	-0.0571
time_ack	will send	-0.0461
time_ack	will shoot	0.0412
time_ack	will sign	-0.0212
time_ack	will skip	0.049
time_ack	will stop	0.1674
time_ack	will to	-0.0724
time_ack	will tri	0.0518
time_ack	will write	-0.0865
time_ack	will ~contactverb	-0.086
time_ack	will ~sendverb	0.0233
time_ack	will ~talk	-0.0596
time_ack	will ~want	0.0534
time_ack	wish you	0.0383
time_ack	with	-0.5568
time_ack	with a	-0.0521
time_ack	with all	-0.0472
time_ack	with client	-0.0241
time_ack	with even	0.0367
time_ack	with like	0.0404
time_ack	with me	0.0209
time_ack	with someth	-0.026
time_ack	with the	0.1393
time_ack	with you	-0.0742
time_ack	with your	-0.0953
time_ack	with ~number	0.1035
time_ack	with ~people	-0.0301
time_ack	within	0.0326
time_ack	within the	0.0355
time_ack	within ~number	0.0336
time_ack	wonder	-0.1735
time_ack	wonder about	-0.0231
time_ack	wonder how	-0.0592
time_ack	wonder whether	-0.0882
time_ack	wonder which	-0.0214
time_ack	wonder ~closing	-0.0296
time_ack	word	-0.0277
time_ack	work	-0.257
time_ack	work in	-0.093
time_ack	work is	0.0721
time_ack	work night	0.0273
time_ack	work on	-0.0369
time_ack	workday	-0.0256
time_ack	worker	0.0757
time_ack	world	-0.0345
time_ack	worri	-0.0469
time_ack	worst	-0.0344
time_ack	worst part	-0.0239
time_ack	worth	-0.0587
time_ack	worth it	0.0265
time_ack	worth my	-0.025
time_ack	would	-0.1943
time_ack	would be	-0.1402
time_ack	would better	0.0288
time_ack	would do	0.034
time_ack	would have	-0.023
time_ack	would jump	-0.036
time_ack	would keep	0.0451
time_ack	would known	0.0729
time_ack	would like	0.0525
time_ack	would love	-0.1358
time_ack	would realli	-0.0658
time_ack	would recommend	0.0201
time_ack	would suggest	-0.0301
time_ack	would take	-0.0294
time_ack	would talk	0.1307
time_ack	would you	-0.1744
time_ack	would your	0.0228
time_ack	would ~insight	-0.0294
time_ack	would ~talk	0.1244
time_ack	would ~want	-0.0743
time_ack	wow	0.1016
time_ack	wow i	-0.0395
time_ack	wow it	0.1914
time_ack	wow ok	-0.0598
time_ack	wrap	0.1506
time_ack	wrap here	0.0389
time_ack	wrap thing	0.0888
time_ack	wrap up	0.0459
time_ack	wrap ~want	0.0389
time_ack	write	-0.2594
time_ack	write a	-0.0217
time_ack	write to	-0.0482
time_ack	write up	-0.0458
time_ack	write you	-0.0588
time_ack	write ~number	-0.0231
time_ack	wrote	-0.0352
time_ack	yeah	-0.0509
time_ack	yeah i	-0.0272
time_ack	yeah so	0.023
time_ack	yeah that	-0.0463
time_ack	year	-0.2435
time_ack	year account	0.0505
time_ack	year and	-0.0405
time_ack	year as	-0.0209
time_ack	year at	-0.0334
time_ack	year of	-0.0251
time_ack	year to	-0.0203
time_ack	yes	-0.0841
time_ack	yes to	-0.0539
time_ack	yet	-0.0309
time_ack	you	0.2162
time_ack	you a	-0.0631
time_ack	you after	-0.052
time_ack	you again	0.0412
time_ack	you all	0.0558
time_ack	you alway	-0.0303
time_ack	you an	0.0202
time_ack	you and	0.1059
time_ack	you ani	-0.0699
time_ack	you are	0.2892
time_ack	you ask	0.0274
time_ack	you be	-0.1668
time_ack	you carv	0.0269
time_ack	you consid	-0.0223
time_ack	you could	-0.1237
time_ack	you crack	-0.0244
time_ack	you decid	-0.0619
time_ack	you describ	-0.0226
time_ack	you direct	-0.0304
time_ack	you do	-0.0774
time_ack	you email	-0.0523
time_ack	you end	-0.0502
time_ack	you enjoy	0.0269
time_ack	you even	-0.0342
time_ack	you ever	-0.2379
time_ack	you find	0.0691
time_ack	you finish	-0.0258
time_ack	you fit	0.1651
time_ack	you follow	-0.0275
time_ack	you for	0.3631
time_ack	you get	-0.0723
time_ack	you give	0.1299
time_ack	you go	0.2399
time_ack	you guy	-0.0422
time_ack	you had	0.0839
time_ack	you handl	-0.038
time_ack	you have	0.6532
time_ack	you head	0.1556
time_ack	you hear	-0.0285
time_ack	you hire	-0.0237
time_ack	you how	-0.0429
time_ack	you i	0.0472
time_ack	you if	-0.0434
time_ack	you in	-0.042
time_ack	you just	-0.031
time_ack	you keep	-0.0861
time_ack	you kept	-0.0315
time_ack	you know	-0.2798
time_ack	you land	0.073
time_ack	you later	-0.0251
time_ack	you leav	0.0239
time_ack	you like	-0.0548
time_ack	you long	0.2815
time_ack	you longer	0.1167
time_ack	you make	0.0337
time_ack	you manag	-0.1348
time_ack	you mayb	-0.031
time_ack	you measur	-0.0353
time_ack	you mention	0.1338
time_ack	you most	0.0664
time_ack	you ms	0.0212
time_ack	you my	-0.0235
time_ack	you need	0.565
time_ack	you note	-0.0466
time_ack	you now	0.0516
time_ack	you offer	0.0206
time_ack	you ok	0.0716
time_ack	you on	0.0404
time_ack	you onc	-0.029
time_ack	you onli	0.0841
time_ack	you or	0.1048
time_ack	you out	-0.0277
time_ack	you past	0.0552
time_ack	you post	-0.1153
time_ack	you rather	0.0883
time_ack	you recommend	-0.0437
time_ack	you say	-0.0725
time_ack	you see	-0.0343
time_ack	you serious	-0.0396
time_ack	you share	-0.0448
time_ack	you sincer	0.0221
time_ack	you so	-0.0201
time_ack	you spend	-0.0523
time_ack	you squeez	0.1401
time_ack	you start	0.0246
time_ack	you stay	0.0374
time_ack	you still	0.1353
time_ack	you suggest	-0.0416
time_ack	you take	0.0902
time_ack	you thank	-0.1185
time_ack	you that	-0.1059
time_ack	you think	-0.1612
time_ack	you this	0.131
time_ack	you truli	0.0435
time_ack	you up	-0.0838
time_ack	you updat	-0.042
time_ack	you usual	-0.0391
time_ack	you veri	-0.04
time_ack	you walk	-0.0627
time_ack	you want	-0.0582
time_ack	you way	0.0506
time_ack	you were	-0.0211
time_ack	you wish	0.0404
time_ack	you with	0.0863
time_ack	you work	-0.0455
time_ack	you would	0.0488
time_ack	you wrap	-0.0369
time_ack	you your	-0.0383
time_ack	you ~contactverb	-0.0548
time_ack	you ~degree	0.0212
time_ack	you ~gatekeeper	-0.0241
time_ack	you ~help	-0.0678
time_ack	you ~hiring	0.0816
time_ack	you ~learn	-0.3807
time_ack	you ~number	-0.0353
time_ack	you ~sendverb	-0.051
time_ack	you ~studyverb	0.132
time_ack	you ~talk	-0.0678
time_ack	you ~want	-0.1342
time_ack	you ~workverb	-0.0577
time_ack	your	0.7951
time_ack	your 3	0.0796
time_ack	your advic	-0.0639
time_ack	your afternoon	-0.0562
time_ack	your app	-0.0239
time_ack	your assist	-0.0277
time_ack	your blog	-0.026
time_ack	your brain	-0.0286
time_ack	your busi	0.2619
time_ack	your card	-0.0325
time_ack	your career	-0.0291
time_ack	your clinic	0.0526
time_ack	your compani	-0.0876
time_ack	your day	-0.2292
time_ack	your depart	-0.0285
time_ack	your end	0.0922
time_ack	your evening	0.188
time_ack	your experi	-0.0205
time_ack	your field	-0.022
time_ack	your firm	-0.0501
time_ack	your first	0.0865
time_ack	your flight	0.1694
time_ack	your friday	-0.0383
time_ack	your generos	-0.0437
time_ack	your hire	-0.0232
time_ack	your honest	0.0312
time_ack	your honesti	-0.0434
time_ack	your inbox	-0.0238
time_ack	your job	-0.0217
time_ack	your kind	-0.0291
time_ack	your last	-0.037
time_ack	your lunch	0.141
time_ack	your meet	0.0994
time_ack	your morn	0.174
time_ack	your name	-0.0318
time_ack	your network	-0.0413
time_ack	your next	0.3224
time_ack	your old	0.1153
time_ack	your on	0.0322
time_ack	your own	-0.032
time_ack	your path	-0.0227
time_ack	your patient	0.0935
time_ack	your perspect	-0.0223
time_ack	your project	-0.0257
time_ack	your recruit	-0.0251
time_ack	your saturday	0.2183
time_ack	your shift	0.0486
time_ack	your slam	0.0554
time_ack	your team	-0.1053
time_ack	your thought	-0.0217
time_ack	your thursday	-0.0213
time_ack	your time	0.5081
time_ack	your week	-0.1238
time_ack	your weekend	0.0438
time_ack	your work	-0.0409
time_ack	your ~closing	-0.0402
time_ack	your ~degree	-0.0442
time_ack	your ~gatekeeper	-0.0387
time_ack	your ~hiring	-0.0346
time_ack	your ~insight	-0.1401
time_ack	your ~job	-0.0342
time_ack	your ~learn	-0.0448
time_ack	your ~limit	0.4729
time_ack	your ~org	-0.301
time_ack	your ~people	-0.0424
time_ack	your ~student	-0.0655
time_ack	your ~talk	0.0258
time_ack	your ~workverb	-0.0409
time_ack	yourself	-0.0413
time_ack	youv	0.0598
time_ack	youv got	0.0598
time_ack	zone	-0.0205
time_ack	zoom	-0.022
time_ack	~application	-0.1521
time_ack	~application to	-0.0639
time_ack	~closing	0.0711
time_ack	~closing and	-0.1048
time_ack	~closing for	-0.0694
time_ack	~closing goe	-0.0213
time_ack	~closing i	0.0312
time_ack	~closing in	-0.0293
time_ack	~closing is	-0.0387
time_ack	~closing like	-0.0247
time_ack	~closing of	-0.0634
time_ack	~closing shift	0.092
time_ack	~closing to	-0.0375
time_ack	~closing usual	-0.0246
time_ack	~contactverb	-0.2451
time_ack	~contactverb a	-0.0217
time_ack	~contactverb after	-0.023
time_ack	~contactverb again	-0.0202
time_ack	~contactverb back	-0.0325
time_ack	~contactverb do	0.1331
time_ack	~contactverb i	-0.0218
time_ack	~contactverb is	0.0905
time_ack	~contactverb it	0.1507
time_ack	~contactverb later	-0.0288
time_ack	~contactverb onc	0.0271
time_ack	~contactverb out	-0.0627
time_ack	~contactverb so	-0.0468
time_ack	~contactverb them	0.0276
time_ack	~contactverb to	-0.055
time_ack	~contactverb tonight	0.0451
time_ack	~contactverb up	-0.0458
time_ack	~contactverb when	-0.0306
time_ack	~contactverb with	-0.0945
time_ack	~contactverb you	-0.0377
time_ack	~degree	-0.4668
time_ack	~degree and	-0.0239
time_ack	~degree for	-0.0251
time_ack	~degree in	-0.1202
time_ack	~degree is	0.0519
time_ack	~degree or	-0.0231
time_ack	~degree program	-0.0364
time_ack	~duration	-0.3251
time_ack	~duration account	0.0505
time_ack	~duration and	-0.0407
time_ack	~duration as	-0.0235
time_ack	~duration at	-0.0334
time_ack	~duration of	-0.0251
time_ack	~duration onc	-0.023
time_ack	~duration to	-0.0256
time_ack	~gatekeeper	-0.2798
time_ack	~gatekeeper at	-0.0304
time_ack	~gatekeeper be	0.024
time_ack	~gatekeeper but	-0.0227
time_ack	~gatekeeper goe	0.0355
time_ack	~gatekeeper just	-0.0577
time_ack	~gatekeeper manag	-0.0347
time_ack	~gatekeeper right	-0.0524
time_ack	~help	-0.1049
time_ack	~help an	-0.0307
time_ack	~help differ	0.0649
time_ack	~help for	-0.1484
time_ack	~help i	-0.0423
time_ack	~help in	0.0284
time_ack	~help it	-0.0264
time_ack	~help not	0.1992
time_ack	~help peopl	-0.0304
time_ack	~help the	0.0749
time_ack	~help they	0.0566
time_ack	~help this	0.0792
time_ack	~help to	0.079
time_ack	~help today	-0.037
time_ack	~help we	0.117
time_ack	~help with	-0.0548
time_ack	~help you	0.034
time_ack	~help your	-0.0279
time_ack	~hiring	-0.0549
time_ack	~hiring at	-0.0283
time_ack	~hiring manag	-0.0347
time_ack	~hiring on	-0.0239
time_ack	~hiring right	-0.0524
time_ack	~hiring the	0.144
time_ack	~hiring up	0.0618
time_ack	~insight	-0.3171
time_ack	~insight a	-0.0368
time_ack	~insight care	-0.0355
time_ack	~insight for	-0.0335
time_ack	~insight i	-0.032
time_ack	~insight more	0.0968
time_ack	~insight of	-0.048
time_ack	~insight on	-0.0627
time_ack	~insight up	0.0964
time_ack	~insight you	0.0265
time_ack	~job	-0.6312
time_ack	~job at	-0.0523
time_ack	~job ever	0.028
time_ack	~job for	-0.0423
time_ack	~job hunt	-0.0224
time_ack	~job i	-0.1161
time_ack	~job in	-0.0482
time_ack	~job on	0.054
time_ack	~job or	-0.0446
time_ack	~job out	-0.0233
time_ack	~job right	0.0869
time_ack	~job you	-0.052
time_ack	~later	-0.059
time_ack	~later after	-0.0209
time_ack	~later for	0.1267
time_ack	~later if	-0.0254
time_ack	~later today	0.0375
time_ack	~learn	-0.035
time_ack	~learn a	-0.097
time_ack	~learn about	0.0992
time_ack	~learn anyon	-0.0303
time_ack	~learn back	-0.1373
time_ack	~learn better	0.1014
time_ack	~learn evening	0.039
time_ack	~learn for	-0.0334
time_ack	~learn from	0.1201
time_ack	~learn go	-0.067
time_ack	~learn how	0.0715
time_ack	~learn i	0.0975
time_ack	~learn if	0.0284
time_ack	~learn in	-0.0457
time_ack	~learn into	-0.0293
time_ack	~learn is	0.0617
time_ack	~learn it	0.1083
time_ack	~learn me	-0.0708
time_ack	~learn more	-0.0441
time_ack	~learn much	-0.0387
time_ack	~learn my	-0.0458
time_ack	~learn of	-0.0211
time_ack	~learn on	-0.2486
time_ack	~learn one	0.1892
time_ack	~learn or	-0.0335
time_ack	~learn out	-0.1096
time_ack	~learn that	0.0357
time_ack	~learn the	0.127
time_ack	~learn this	-0.1742
time_ack	~learn to	0.1033
time_ack	~learn up	0.0904
time_ack	~learn use	0.0373
time_ack	~learn we	0.1181
time_ack	~learn when	-0.024
time_ack	~learn whether	-0.0316
time_ack	~learn which	-0.0356
time_ack	~learn you	0.2204
time_ack	~learn your	0.3962
time_ack	~limit	1.7984
time_ack	~limit and	0.1902
time_ack	~limit at	-0.0588
time_ack	~limit befor	-0.0274
time_ack	~limit break	0.1842
time_ack	~limit but	0.0246
time_ack	~limit day	0.035
time_ack	~limit doe	-0.0588
time_ack	~limit dr	0.0262
time_ack	~limit flew	0.0504
time_ack	~limit fli	0.023
time_ack	~limit for	0.2128
time_ack	~limit from	-0.0231
time_ack	~limit generalist	-0.0202
time_ack	~limit goe	-0.0793
time_ack	~limit i	0.1584
time_ack	~limit in	0.0215
time_ack	~limit is	0.1079
time_ack	~limit jordan	0.0301
time_ack	~limit left	0.1609
time_ack	~limit look	-0.0431
time_ack	~limit next	-0.0671
time_ack	~limit off	-0.0801
time_ack	~limit on	0.0833
time_ack	~limit open	-0.0238
time_ack	~limit or	0.1541
time_ack	~limit out	0.0836
time_ack	~limit shift	-0.0335
time_ack	~limit so	0.3181
time_ack	~limit sorri	0.0394
time_ack	~limit still	0.0356
time_ack	~limit this	0.0596
time_ack	~limit to	-0.0854
time_ack	~limit today	0.3002
time_ack	~limit usual	-0.0218
time_ack	~limit we	0.0441
time_ack	~limit when	-0.1546
time_ack	~limit with	-0.0345
time_ack	~limit work	0.085
time_ack	~limit would	0.0389
time_ack	~limit you	0.0216
time_ack	~number	0.0566
time_ack	~number admiss	-0.0315
time_ack	~number advic	-0.0591
time_ack	~number agenc	-0.0221
time_ack	~number an	0.0436
time_ack	~number app	0.0298
time_ack	~number applic	-0.0439
time_ack	~number armi	0.0652
time_ack	~number articl	-0.0378
time_ack	~number bachelor	-0.0284
time_ack	~number befor	0.0566
time_ack	~number best	0.0584
time_ack	~number big	-0.0205
time_ack	~number bit	0.0586
time_ack	~number book	-0.0446
time_ack	~number bootcamp	-0.0547
time_ack	~number busi	0.0671
time_ack	~number call	-0.0232
time_ack	~number career	-0.0466
time_ack	~number class	0.0833
time_ack	~number classroom	0.0826
time_ack	~number client	-0.0758
time_ack	~number clock	0.2809
time_ack	~number code	-0.0201
time_ack	~number communiti	-0.0208
time_ack	~number confer	0.0416
time_ack	~number connect	-0.0221
time_ack	~number convers	0.0252
time_ack	~number counti	-0.0212
time_ack	~number coupl	0.0731
time_ack	~number cours	-0.026
time_ack	~number creativ	0.0404
time_ack	~number curat	0.0298
time_ack	~number data	0.0407
time_ack	~number day	-0.1582
time_ack	~number deadlin	0.0871
time_ack	~number degre	-0.0252
time_ack	~number downsid	-0.0431
time_ack	~number engin	-0.029
time_ack	~number exhibit	0.0238
time_ack	~number favor	0.0893
time_ack	~number feel	-0.0361
time_ack	~number fellowship	-0.0539
time_ack	~number few	-0.0211
time_ack	~number field	-0.0201
time_ack	~number final	0.075
time_ack	~number firefight	0.0643
time_ack	~number firm	-0.0202
time_ack	~number floor	0.0522
time_ack	~number friday	0.112
time_ack	~number great	-0.0631
time_ack	~number half	0.1424
time_ack	~number hand	-0.0211
time_ack	~number hard	0.3851
time_ack	~number hour	0.3215
time_ack	~number i	0.12
time_ack	~number icu	0.032
time_ack	~number industri	-0.0326
time_ack	~number internship	-0.0402
time_ack	~number interview	-0.0765
time_ack	~number intro	-0.0249
time_ack	~number is	0.1333
time_ack	~number junior	0.0424
time_ack	~number lab	0.0526
time_ack	~number last	-0.0593
time_ack	~number launch	0.1656
time_ack	~number lectur	-0.0314
time_ack	~number librari	-0.0251
time_ack	~number licens	-0.0303
time_ack	~number littl	0.0495
time_ack	~number logist	0.0808
time_ack	~number long	0.0587
time_ack	~number look	-0.0264
time_ack	~number meet	0.088
time_ack	~number mentor	-0.0395
time_ack	~number messag	0.0321
time_ack	~number middl	0.0465
time_ack	~number minut	0.6925
time_ack	~number moment	-0.0372
time_ack	~number month	-0.0486
time_ack	~number more	0.4582
time_ack	~number morn	-0.0371
time_ack	~number most	-0.0286
time_ack	~number move	-0.0214
time_ack	~number msw	-0.0309
time_ack	~number name	-0.0216
time_ack	~number new	-0.0313
time_ack	~number next	-0.0349
time_ack	~number night	-0.033
time_ack	~number normal	-0.0311
time_ack	~number note	0.0331
time_ack	~number of	-0.108
time_ack	~number or	0.1327
time_ack	~number pack	0.0237
time_ack	~number paraleg	-0.0204
time_ack	~number part	-0.0862
time_ack	~number past	0.2271
time_ack	~number patient	-0.041
time_ack	~number point	-0.0204
time_ack	~number polici	-0.0214
time_ack	~number posit	-0.053
time_ack	~number product	-0.0331
time_ack	~number project	-0.0852
time_ack	~number proper	-0.0802
time_ack	~number quarter	0.0304
time_ack	~number question	0.1508
time_ack	~number quick	0.1052
time_ack	~number rain	0.0224
time_ack	~number read	-0.0244
time_ack	~number realist	-0.0336
time_ack	~number realli	-0.0331
time_ack	~number reason	-0.0263
time_ack	~number recruit	-0.0401
time_ack	~number referr	-0.0528
time_ack	~number region	-0.0227
time_ack	~number rest	0.0777
time_ack	~number right	-0.0397
time_ack	~number role	-0.0205
time_ack	~number salari	-0.0469
time_ack	~number same	-0.0556
time_ack	~number second	0.2012
time_ack	~number shadow	-0.0399
time_ack	~number short	-0.0573
time_ack	~number small	-0.0304
time_ack	~number so	0.0467
time_ack	~number social	0.0774
time_ack	~number state	-0.0326
time_ack	~number student	-0.0374
time_ack	~number survey	-0.0235
time_ack	~number thank	-0.0332
time_ack	~number time	0.4359
time_ack	~number tough	0.0338
time_ack	~number twelv	-0.023
time_ack	~number twenti	0.021
time_ack	~number two	0.0551
time_ack	~number updat	0.0484
time_ack	~number veri	0.033
time_ack	~number way	-0.0345
time_ack	~number week	-0.0745
time_ack	~number wonder	-0.0296
time_ack	~number work	0.0594
time_ack	~number year	-0.1186
time_ack	~org	-0.6143
time_ack	~org and	-0.0992
time_ack	~org chart	-0.041
time_ack	~org decid	0.0784
time_ack	~org ever	-0.0695
time_ack	~org for	-0.0341
time_ack	~org give	-0.0487
time_ack	~org hour	0.0273
time_ack	~org i	-0.0367
time_ack	~org is	-0.0584
time_ack	~org like	0.0688
time_ack	~org project	-0.0794
time_ack	~org staf	-0.0204
time_ack	~org start	0.0257
time_ack	~org this	0.0582
time_ack	~org work	0.0208
time_ack	~org would	0.1219
time_ack	~org you	0.0592
time_ack	~people	-0.3329
time_ack	~people at	-0.0424
time_ack	~people befor	0.0566
time_ack	~people day	-0.0284
time_ack	~people els	-0.0621
time_ack	~people final	0.0943
time_ack	~people from	0.1153
time_ack	~people i	-0.0348
time_ack	~people in	-0.1648
time_ack	~people is	-0.0568
time_ack	~people might	-0.0513
time_ack	~people more	0.2798
time_ack	~people of	-0.0342
time_ack	~people on	0.0427
time_ack	~people or	0.0507
time_ack	~people quick	0.117
time_ack	~people say	-0.0232
time_ack	~people to	-0.0797
time_ack	~people who	-0.0797
time_ack	~people would	-0.0269
time_ack	~people you	-0.0542
time_ack	~sendverb	-0.4434
time_ack	~sendverb a	0.0316
time_ack	~sendverb it	-0.0439
time_ack	~sendverb later	-0.0288
time_ack	~sendverb over	-0.0551
time_ack	~sendverb so	-0.0464
time_ack	~sendverb that	0.0419
time_ack	~sendverb tonight	0.0451
time_ack	~sendverb you	-0.1932
time_ack	~student	-0.504
time_ack	~student and	-0.0221
time_ack	~student at	-0.0253
time_ack	~student be	0.024
time_ack	~student but	-0.0255
time_ack	~student by	-0.0329
time_ack	~student data	0.0878
time_ack	~student for	-0.06
time_ack	~student from	-0.0202
time_ack	~student goe	0.0355
time_ack	~student i	-0.0372
time_ack	~student in	-0.0382
time_ack	~student is	0.0514
time_ack	~student just	-0.0557
time_ack	~student to	-0.0266
time_ack	~studyverb	-0.0349
time_ack	~studyverb a	-0.0762
time_ack	~studyverb at	-0.0306
time_ack	~studyverb from	0.0887
time_ack	~studyverb in	-0.0489
time_ack	~studyverb into	-0.0391
time_ack	~studyverb my	-0.0477
time_ack	~studyverb not	0.1043
time_ack	~studyverb on	-0.0221
time_ack	~studyverb the	0.2244
time_ack	~studyverb this	-0.0522
time_ack	~studyverb time	0.0769
time_ack	~studyverb up	0.0533
time_ack	~studyverb you	-0.0592
time_ack	~studyverb your	-0.0247
time_ack	~talk	-0.1903
time_ack	~talk a	0.1126
time_ack	~talk about	0.0587
time_ack	~talk again	-0.0302
time_ack	~talk do	0.1304
time_ack	~talk for	-0.0407
time_ack	~talk how	-0.0234
time_ack	~talk i	-0.0367
time_ack	~talk is	0.1845
time_ack	~talk it	0.1467
time_ack	~talk later	-0.0571
time_ack	~talk me	-0.052
time_ack	~talk next	0.0233
time_ack	~talk on	-0.0389
time_ack	~talk onc	0.038
time_ack	~talk one	0.1835
time_ack	~talk out	-0.0719
time_ack	~talk soon	-0.0255
time_ack	~talk thank	-0.0259
time_ack	~talk them	0.0272
time_ack	~talk to	0.0848
time_ack	~talk tonight	0.0451
time_ack	~talk what	0.0584
time_ack	~talk when	-0.0404
time_ack	~talk with	-0.1552
time_ack	~talk work	-0.0217
time_ack	~talk you	-0.149
time_ack	~timeunit	0.7884
time_ack	~timeunit are	-0.0275
time_ack	~timeunit at	-0.028
time_ack	~timeunit day	0.035
time_ack	~timeunit generalist	-0.0202
time_ack	~timeunit i	0.0208
time_ack	~timeunit is	0.0731
time_ack	~timeunit left	0.1048
time_ack	~timeunit mark	0.051
time_ack	~timeunit or	0.0322
time_ack	~timeunit shift	-0.0335
time_ack	~timeunit so	0.1255
time_ack	~timeunit still	0.0356
time_ack	~timeunit to	0.0738
time_ack	~timeunit we	0.0406
time_ack	~want	0.1954
time_ack	~want a	-0.0459
time_ack	~want all	0.0554
time_ack	~want anoth	0.1065
time_ack	~want appreci	0.1155
time_ack	~want ask	0.034
time_ack	~want be	-0.1402
time_ack	~want better	0.0288
time_ack	~want call	-0.05
time_ack	~want check	0.2669
time_ack	~want curious	-0.0267
time_ack	~want do	0.0277
time_ack	~want everyth	-0.0273
time_ack	~want eye	-0.0258
time_ack	~want for	-0.0532
time_ack	~want gather	-0.0221
time_ack	~want grate	0.0212
time_ack	~want have	-0.023
time_ack	~want help	-0.1199
time_ack	~want here	-0.0379
time_ack	~want hope	-0.02
time_ack	~want how	-0.0347
time_ack	~want i	-0.0692
time_ack	~want in	-0.0393
time_ack	~want jump	-0.036
time_ack	~want just	-0.0822
time_ack	~want keep	0.0434
time_ack	~want kind	0.1033
time_ack	~want known	0.0729
time_ack	~want like	0.1237
time_ack	~want look	-0.0261
time_ack	~want love	-0.1403
time_ack	~want my	-0.0216
time_ack	~want one	0.1125
time_ack	~want realli	-0.0694
time_ack	~want recommend	0.0201
time_ack	~want so	0.0207
time_ack	~want someon	-0.0272
time_ack	~want suggest	-0.0301
time_ack	~want take	-0.0294
time_ack	~want talk	0.1285
time_ack	~want teach	-0.0232
time_ack	~want thank	0.0344
time_ack	~want the	-0.0715
time_ack	~want this	-0.0823
time_ack	~want to	0.1476
time_ack	~want tri	0.0622
time_ack	~want want	-0.0921
time_ack	~want we	-0.0201
time_ack	~want you	0.256
time_ack	~want your	0.0673
time_ack	~workverb	-0.0991
time_ack	~workverb a	-0.0923
time_ack	~workverb at	-0.0395
time_ack	~workverb do	-0.0203
time_ack	~workverb in	-0.1543
time_ack	~workverb incred	-0.0328
time_ack	~workverb into	0.0822
time_ack	~workverb is	0.0721
time_ack	~workverb long	0.0851
time_ack	~workverb night	0.0273
time_ack	~workverb on	-0.0419
time_ack	~workverb out	0.0478
time_ack	~workverb over	0.2305
time_ack	~workverb so	-0.0382
time_ack	~workverb super	0.0396
time_ack	~workverb talk	0.0558
time_ack	~workverb thank	0.027
time_ack	~workverb to	-0.055
time_ack	~workverb wonder	-0.022
wrap_up	*	-1.3777
wrap_up	10	-0.0325
wrap_up	11	-0.0525
wrap_up	11 so	-0.0386
wrap_up	15	-0.1028
wrap_up	15 minut	-0.085
wrap_up	15 ~limit	-0.085
wrap_up	15 ~timeunit	-0.085
wrap_up	2	0.0487
wrap_up	2 30	0.1002
wrap_up	2 ~number	0.069
wrap_up	25	-0.0919
wrap_up	3	0.0685
wrap_up	3 30	0.0224
wrap_up	3 ~number	0.0224
wrap_up	30	0.196
wrap_up	30 minut	0.0876
wrap_up	30 ~limit	0.1301
wrap_up	30 ~timeunit	0.0876
wrap_up	4	-0.0729
wrap_up	45	-0.0252
wrap_up	5	0.0465
wrap_up	?	-1.4578
wrap_up	^ah	-0.0826
wrap_up	^alright	0.4783
wrap_up	^and	-0.0826
wrap_up	^ani	-0.1477
wrap_up	^anyway	0.3834
wrap_up	^apolog	0.0564
wrap_up	^appreci	-0.0274
wrap_up	^are	-0.2307
wrap_up	^befor	-0.1807
wrap_up	^best	-0.029
wrap_up	^brilliant	0.0513
wrap_up	^bye	0.3339
wrap_up	^can	-0.0466
wrap_up	^cheer	0.2587
wrap_up	^cool	0.0613
wrap_up	^could	0.0542
wrap_up	^daili	-0.0355
wrap_up	^did	-0.0643
wrap_up	^do	-0.3403
wrap_up	^doe	-0.0344
wrap_up	^enjoy	0.2552
wrap_up	^go	0.1325
wrap_up	^gosh	0.0861
wrap_up	^got	0.169
wrap_up	^great	0.2765
wrap_up	^ha	-0.0468
wrap_up	^happi	-0.0394
wrap_up	^have	0.5385
wrap_up	^hi	-0.1551
wrap_up	^hmm	-0.0424
wrap_up	^honest	-0.072
wrap_up	^hope	0.1335
wrap_up	^how	-0.3587
wrap_up	^huh	-0.0234
wrap_up	^i	0.023
wrap_up	^if	-0.1776
wrap_up	^is	-0.1147
wrap_up	^it	0.1377
wrap_up	^just	-0.0821
wrap_up	^let	0.0755
wrap_up	^like	0.0514
wrap_up	^look	0.25
wrap_up	^love	-0.0226
wrap_up	^may	-0.0219
wrap_up	^mind	0.0729
wrap_up	^must	-0.0254
wrap_up	^my	-0.0501
wrap_up	^no	-0.0241
wrap_up	^ok	0.824
wrap_up	^omg	0.0232
wrap_up	^onc	-0.0436
wrap_up	^one	0.0493
wrap_up	^out	-0.0328
wrap_up	^pleas	0.0798
wrap_up	^quick	-0.0224
wrap_up	^read	-0.0389
wrap_up	^realli	0.3262
wrap_up	^right	0.2062
wrap_up	^shall	0.3766
wrap_up	^should	0.0952
wrap_up	^sinc	-0.0578
wrap_up	^so	0.0544
wrap_up	^sorri	0.0299
wrap_up	^ta	-0.0635
wrap_up	^take	0.3195
wrap_up	^tell	-0.032
wrap_up	^thank	-0.1811
wrap_up	^that	1.086
wrap_up	^this	0.1926
wrap_up	^those	0.3552
wrap_up	^to	-0.0205
wrap_up	^um	0.0329
wrap_up	^wait	-0.0475
wrap_up	^walk	-0.028
wrap_up	^was	-0.0408
wrap_up	^we	-0.0777
wrap_up	^well	0.2647
wrap_up	^what	-0.5715
wrap_up	^when	-0.0286
wrap_up	^where	-0.1026
wrap_up	^whi	-0.0217
wrap_up	^which	-0.0931
wrap_up	^who	-0.0728
wrap_up	^will	-0.0515
wrap_up	^with	0.1602
wrap_up	^worst	-0.0202
wrap_up	^would	0.094
wrap_up	^wow	-0.0877
wrap_up	^yeah	0.0544
wrap_up	^yes	0.0412
wrap_up	a	-0.1319
wrap_up	a bachelor	-0.044
wrap_up	a brief	0.0784
wrap_up	a busi	-0.0344
wrap_up	a career	-0.0411
wrap_up	a chanc	-0.0342
wrap_up	a class	0.0226
wrap_up	a clearer	0.0426
wrap_up	a close	0.0533
wrap_up	a coupl	-0.0525
wrap_up	a cs	-0.0234
wrap_up	a day	0.0371
wrap_up	a deadlin	-0.0342
wrap_up	a degre	-0.0225
wrap_up	a difficult	-0.0203
wrap_up	a feel	-0.0289
wrap_up	a flight	-0.0361
wrap_up	a follow	-0.0226
wrap_up	a good	0.4006
wrap_up	a great	0.0636
wrap_up	a hand	-0.031
wrap_up	a handwritten	-0.0274
wrap_up	a hard	-0.0314
wrap_up	a job	0.1305
wrap_up	a junior	-0.0202
wrap_up	a lab	0.1133
wrap_up	a lectur	0.1096
wrap_up	a legend	-0.0217
wrap_up	a list	-0.0425
wrap_up	a littl	-0.0241
wrap_up	a long	-0.0355
wrap_up	a look	0.0661
wrap_up	a love	0.2184
wrap_up	a master	-0.0321
wrap_up	a meet	0.0831
wrap_up	a messag	-0.0385
wrap_up	a million	0.0847
wrap_up	a month	0.078
wrap_up	a much	-0.0223
wrap_up	a natur	0.1502
wrap_up	a note	-0.06
wrap_up	a pack	0.0867
wrap_up	a paraleg	-0.0257
wrap_up	a part	-0.0221
wrap_up	a pleasur	0.1272
wrap_up	a podcast	-0.0376
wrap_up	a posit	-0.0589
wrap_up	a program	-0.0266
wrap_up	a project	-0.0301
wrap_up	a proper	-0.1099
wrap_up	a quick	0.0415
wrap_up	a real	0.0932
wrap_up	a realist	-0.0265
wrap_up	a realli	-0.0948
wrap_up	a referr	-0.0321
wrap_up	a role	0.0452
wrap_up	a second	-0.0707
wrap_up	a shift	-0.037
wrap_up	a short	-0.0411
wrap_up	a small	-0.0395
wrap_up	a student	-0.0209
wrap_up	a thank	-0.1207
wrap_up	a ton	0.0656
wrap_up	a typic	-0.0619
wrap_up	a volunt	0.0278
wrap_up	a way	-0.0379
wrap_up	a wonder	0.0282
wrap_up	a ~contactverb	-0.0389
wrap_up	a ~degree	-0.1459
wrap_up	a ~job	0.101
wrap_up	a ~limit	0.0371
wrap_up	a ~number	-0.0401
wrap_up	a ~org	0.079
wrap_up	a ~student	-0.1045
wrap_up	a ~talk	0.0672
wrap_up	a ~want	-0.0948
wrap_up	abil	-0.0274
wrap_up	abl	-0.0227
wrap_up	abl to	-0.0227
wrap_up	about	-0.4307
wrap_up	about appli	-0.0316
wrap_up	about burnout	0.0339
wrap_up	about consult	-0.0283
wrap_up	about five	-0.0353
wrap_up	about how	-0.0289
wrap_up	about it	-0.0645
wrap_up	about me	-0.034
wrap_up	about that	-0.1401
wrap_up	about the	-0.177
wrap_up	about this	-0.0217
wrap_up	about to	0.1719
wrap_up	about your	-0.0347
wrap_up	about ~number	-0.2497
wrap_up	acceler	-0.0252
wrap_up	acceler bsn	-0.0252
wrap_up	accept	-0.0482
wrap_up	accept my	-0.0215
wrap_up	access	-0.0287
wrap_up	access audit	-0.0242
wrap_up	account	-0.1067
wrap_up	across	0.0589
wrap_up	across the	-0.0234
wrap_up	across ~number	-0.0573
wrap_up	actual	-0.1076
wrap_up	actual do	-0.0334
wrap_up	actual enjoy	0.0953
wrap_up	actual look	-0.0201
wrap_up	actual ~studyverb	-0.0212
wrap_up	actuari	0.0638
wrap_up	actuari work	0.0924
wrap_up	actuari ~learn	0.0924
wrap_up	actuari ~workverb	0.0924
wrap_up	add	0.1556
wrap_up	add you	0.0672
wrap_up	administr	-0.028
wrap_up	admiss	-0.0444
wrap_up	admiss offic	-0.0274
wrap_up	admiss ~org	-0.0274
wrap_up	advic	-0.0611
wrap_up	advic i	-0.0318
wrap_up	advic on	0.0384
wrap_up	advic you	-0.0282
wrap_up	advis	-0.0684
wrap_up	advisor	-0.0228
wrap_up	after	-0.2379
wrap_up	after a	0.0662
wrap_up	after i	-0.0619
wrap_up	after my	0.0553
wrap_up	after the	-0.0797
wrap_up	after this	-0.0643
wrap_up	after ~number	-0.0254
wrap_up	afternoon	0.0955
wrap_up	afternoon thank	0.0544
wrap_up	again	0.3348
wrap_up	again after	-0.0267
wrap_up	again and	0.0272
wrap_up	again i	-0.053
wrap_up	again if	-0.0227
wrap_up	again in	-0.0271
wrap_up	again onc	-0.0331
wrap_up	again this	0.0783
wrap_up	again ~want	-0.0575
wrap_up	agenc	-0.0324
wrap_up	agenda	-0.0299
wrap_up	agre	-0.135
wrap_up	agre on	-0.033
wrap_up	agre to	-0.1019
wrap_up	ah	-0.0826
wrap_up	ahead of	-0.0246
wrap_up	ai	-0.0314
wrap_up	all	0.8401
wrap_up	all day	-0.0514
wrap_up	all from	0.214
wrap_up	all i	0.301
wrap_up	all my	0.1183
wrap_up	all of	0.1529
wrap_up	all right	0.038
wrap_up	all set	0.0244
wrap_up	all that	-0.0266
wrap_up	all the	0.2469
wrap_up	all this	-0.0411
wrap_up	all ~closing	-0.0384
wrap_up	all ~limit	-0.0384
wrap_up	all ~number	0.2401
wrap_up	almost	-0.0601
wrap_up	almost at	-0.0295
wrap_up	almost out	-0.0463
wrap_up	along	-0.0404
wrap_up	along to	-0.044
wrap_up	alreadi	0.2634
wrap_up	alreadi 2	0.0703
wrap_up	alreadi 3	0.0235
wrap_up	alreadi at	0.0243
wrap_up	alreadi half	-0.0281
wrap_up	alreadi over	0.1481
wrap_up	alright	0.4885
wrap_up	alright i	0.3318
wrap_up	alright if	0.1745
wrap_up	alright that	0.1032
wrap_up	alright to	-0.0213
wrap_up	alright with	-0.0306
wrap_up	also	-0.0772
wrap_up	alumni	-0.0235
wrap_up	alvarez	0.0644
wrap_up	alway	-0.0595
wrap_up	alway ~learn	-0.0341
wrap_up	am	-0.2351
wrap_up	am a	-0.1264
wrap_up	am all	0.0233
wrap_up	am conscious	-0.0569
wrap_up	am done	0.1119
wrap_up	am finish	-0.0226
wrap_up	am go	0.2108
wrap_up	am good	0.1366
wrap_up	am grate	0.0725
wrap_up	am happi	-0.033
wrap_up	am here	-0.0657
wrap_up	am hope	-0.0645
wrap_up	am i	0.068
wrap_up	am in	-0.034
wrap_up	am just	0.0512
wrap_up	am kind	-0.0275
wrap_up	am most	-0.0212
wrap_up	am not	-0.101
wrap_up	am out	0.2602
wrap_up	am pretti	-0.0395
wrap_up	am realli	-0.0312
wrap_up	am research	0.0969
wrap_up	am so	0.0248
wrap_up	am still	-0.0241
wrap_up	am switch	-0.0224
wrap_up	am tri	-0.0382
wrap_up	am veri	-0.0271
wrap_up	am ~number	-0.1384
wrap_up	am ~studyverb	-0.0689
wrap_up	am ~want	-0.2095
wrap_up	amaz	0.0262
wrap_up	an	-0.3373
wrap_up	an email	-0.0406
wrap_up	an extra	0.0425
wrap_up	an eye	-0.0626
wrap_up	an hour	-0.0875
wrap_up	an internship	-0.0207
wrap_up	an updat	0.0653
wrap_up	an ~contactverb	-0.0406
wrap_up	an ~job	-0.0301
wrap_up	an ~limit	-0.0882
wrap_up	an ~sendverb	-0.0406
wrap_up	an ~talk	-0.0598
wrap_up	an ~timeunit	-0.0875
wrap_up	analysi	-0.0218
wrap_up	analyst	-0.0642
wrap_up	analyst ~job	-0.0231
wrap_up	analyt	-0.0286
wrap_up	and	0.2065
wrap_up	and befor	-0.0286
wrap_up	and drop	-0.045
wrap_up	and email	-0.0859
wrap_up	and for	0.0254
wrap_up	and good	0.1355
wrap_up	and have	0.0472
wrap_up	and honest	-0.0214
wrap_up	and is	-0.0257
wrap_up	and jump	0.0738
wrap_up	and let	-0.0396
wrap_up	and mayb	-0.0204
wrap_up	and mention	-0.0221
wrap_up	and now	-0.0628
wrap_up	and pleas	-0.0647
wrap_up	and say	0.1213
wrap_up	and send	-0.0869
wrap_up	and take	0.0269
wrap_up	and tell	-0.0293
wrap_up	and thank	0.3151
wrap_up	and the	-0.0385
wrap_up	and then	0.1599
wrap_up	and truli	-0.0213
wrap_up	and um	-0.0753
wrap_up	and want	-0.0329
wrap_up	and we	-0.1239
wrap_up	and would	-0.0234
wrap_up	and your	-0.0584
wrap_up	and ~contactverb	-0.0883
wrap_up	and ~insight	0.1272
wrap_up	and ~learn	0.0402
wrap_up	and ~number	-0.048
wrap_up	and ~sendverb	-0.1928
wrap_up	and ~talk	-0.0835
wrap_up	and ~want	0.0216
wrap_up	ani	0.1884
wrap_up	ani book	-0.0257
wrap_up	ani chanc	-0.0449
wrap_up	ani entri	-0.021
wrap_up	ani further	0.2082
wrap_up	ani good	-0.0647
wrap_up	ani longer	0.3308
wrap_up	ani more	0.1799
wrap_up	ani open	-0.0268
wrap_up	ani way	-0.0719
wrap_up	ani ~job	-0.0495
wrap_up	anoth	0.3362
wrap_up	anoth question	0.0791
wrap_up	anoth short	-0.0208
wrap_up	anoth time	0.1641
wrap_up	anoth ~limit	0.1629
wrap_up	anoth ~talk	0.028
wrap_up	answer	0.0681
wrap_up	answer all	0.1076
wrap_up	answer everyth	0.1025
wrap_up	answer my	-0.125
wrap_up	anybodi	-0.0232
wrap_up	anyon at	-0.0225
wrap_up	anyon els	-0.0978
wrap_up	anyon in	0.0494
wrap_up	anyon on	0.0854
wrap_up	anyth	0.1271
wrap_up	anyth come	0.0635
wrap_up	anyth els	0.0465
wrap_up	anyth i	0.1378
wrap_up	anyth on	-0.0343
wrap_up	anyth open	-0.0202
wrap_up	anyth you	0.087
wrap_up	anyway	0.3802
wrap_up	anyway i	0.3382
wrap_up	apolog	0.1379
wrap_up	apolog i	0.1315
wrap_up	app ~want	0.0653
wrap_up	appli	-0.1607
wrap_up	appli to	-0.0873
wrap_up	applic	0.1054
wrap_up	applic essay	0.0968
wrap_up	applic goe	0.072
wrap_up	applic to	-0.022
wrap_up	appreci	-0.0902
wrap_up	appreci it	0.0789
wrap_up	appreci you	-0.1469
wrap_up	appreci your	0.0379
wrap_up	apprenticeship	-0.0419
wrap_up	approach	-0.0402
wrap_up	approv	-0.023
wrap_up	are	0.0877
wrap_up	are a	0.1424
wrap_up	are about	0.0567
wrap_up	are all	0.1598
wrap_up	are almost	-0.0752
wrap_up	are alreadi	0.1723
wrap_up	are at	0.1393
wrap_up	are basic	-0.0224
wrap_up	are due	0.0788
wrap_up	are open	-0.0315
wrap_up	are over	-0.0267
wrap_up	are right	0.168
wrap_up	are run	-0.0279
wrap_up	are squeez	-0.0382
wrap_up	are still	-0.0234
wrap_up	are the	-0.0257
wrap_up	are there	-0.1584
wrap_up	are we	-0.0352
wrap_up	are you	-0.1084
wrap_up	are ~number	0.101
wrap_up	are ~workverb	-0.0377
wrap_up	armi	-0.0226
wrap_up	around	-0.0511
wrap_up	arriv	0.0278
wrap_up	articl i	0.0446
wrap_up	articl on	-0.0633
wrap_up	as	0.0303
wrap_up	as a	-0.0695
wrap_up	as i	0.1805
wrap_up	as we	-0.0281
wrap_up	as ~number	-0.0791
wrap_up	ask about	-0.0507
wrap_up	ask for	-0.0274
wrap_up	ask me	0.0767
wrap_up	ask one	-0.0402
wrap_up	ask to	-0.027
wrap_up	ask you	-0.0907
wrap_up	ask ~number	-0.0514
wrap_up	ask ~people	-0.0405
wrap_up	assist	-0.0302
wrap_up	associ	-0.1084
wrap_up	at	-0.1127
wrap_up	at 11	-0.0486
wrap_up	at 4	-0.0435
wrap_up	at a	-0.0829
wrap_up	at all	-0.1262
wrap_up	at home	-0.0228
wrap_up	at my	0.0477
wrap_up	at noon	0.0791
wrap_up	at that	0.0208
wrap_up	at the	0.1637
wrap_up	at time	0.16
wrap_up	at your	-0.0484
wrap_up	at ~limit	0.16
wrap_up	at ~number	0.0723
wrap_up	attach	-0.0385
wrap_up	audit	-0.0961
wrap_up	audit i	-0.0242
wrap_up	avoid	-0.0264
wrap_up	awesom	0.0709
wrap_up	bachelor	-0.0633
wrap_up	bachelor in	-0.0596
wrap_up	back	0.0368
wrap_up	back after	-0.0967
wrap_up	back and	-0.0369
wrap_up	back from	-0.037
wrap_up	back in	-0.047
wrap_up	back on	0.092
wrap_up	back onc	-0.0343
wrap_up	back to	0.3019
wrap_up	back up	-0.0419
wrap_up	back ~want	-0.1004
wrap_up	background	-0.0613
wrap_up	backlog	-0.0228
wrap_up	bakeri	0.0691
wrap_up	bank	-0.0356
wrap_up	basic	-0.0597
wrap_up	batteri	0.0436
wrap_up	be	-0.2792
wrap_up	be a	-0.0285
wrap_up	be abl	-0.0218
wrap_up	be all	0.0969
wrap_up	be alright	0.023
wrap_up	be brief	-0.0223
wrap_up	be clear	0.0659
wrap_up	be comfort	0.1157
wrap_up	be consid	-0.0325
wrap_up	be good	-0.0318
wrap_up	be mind	-0.0741
wrap_up	be of	-0.0262
wrap_up	be ok	0.0363
wrap_up	be open	-0.0573
wrap_up	be quick	-0.0758
wrap_up	be respect	-0.0534
wrap_up	be so	0.232
wrap_up	be use	-0.048
wrap_up	be weird	-0.038
wrap_up	be will	-0.0835
wrap_up	be ~help	-0.048
wrap_up	be ~number	-0.0352
wrap_up	be ~want	-0.0262
wrap_up	becaus	-0.0417
wrap_up	becom	-0.0373
wrap_up	becom a	-0.0245
wrap_up	becom ~number	-0.0268
wrap_up	been	-0.0554
wrap_up	been a	0.0496
wrap_up	been realli	0.047
wrap_up	been so	-0.0282
wrap_up	been take	-0.0201
wrap_up	been the	-0.0436
wrap_up	been ~hiring	-0.0201
wrap_up	been ~studyverb	-0.0332
wrap_up	been ~want	0.0339
wrap_up	befor	-0.1327
wrap_up	befor appli	-0.023
wrap_up	befor i	0.0512
wrap_up	befor that	-0.0352
wrap_up	befor you	-0.0665
wrap_up	believ	0.2415
wrap_up	believ that	0.1697
wrap_up	best	0.1553
wrap_up	best part	-0.0282
wrap_up	best with	0.1253
wrap_up	beta	0.0371
wrap_up	beta test	0.0395
wrap_up	better	0.0396
wrap_up	better let	0.0689
wrap_up	better sens	-0.0383
wrap_up	better ~insight	-0.0383
wrap_up	between	-0.1659
wrap_up	between meet	-0.0979
wrap_up	between stay	-0.0208
wrap_up	between surgeri	0.0647
wrap_up	between the	0.044
wrap_up	between your	-0.0366
wrap_up	between ~number	0.0316
wrap_up	beyond	-0.0281
wrap_up	big	-0.0326
wrap_up	biggest	-0.0371
wrap_up	bit	-0.032
wrap_up	bit more	-0.0232
wrap_up	block	0.0473
wrap_up	block off	0.0473
wrap_up	blog	-0.0521
wrap_up	board	-0.0261
wrap_up	book	-0.1885
wrap_up	book or	-0.0678
wrap_up	book ~number	-0.0397
wrap_up	bootcamp	0.0629
wrap_up	bootcamp goe	-0.0278
wrap_up	brain	-0.0539
wrap_up	brazil	-0.0252
wrap_up	break for	-0.0606
wrap_up	break i	0.0802
wrap_up	break so	-0.0252
wrap_up	bridg	-0.0224
wrap_up	brilliant	0.0275
wrap_up	broadband	-0.0578
wrap_up	broadband i	-0.0371
wrap_up	brought	-0.0214
wrap_up	brutal	-0.0485
wrap_up	bsn	-0.0277
wrap_up	budget	-0.0385
wrap_up	bug	0.0501
wrap_up	bug you	0.0508
wrap_up	build	-0.0314
wrap_up	burnout in	-0.0356
wrap_up	bus	0.152
wrap_up	bus is	0.152
wrap_up	busi	-0.0342
wrap_up	busi so	0.0241
wrap_up	busi week	-0.0313
wrap_up	busi with	-0.0458
wrap_up	busi ~closing	-0.0313
wrap_up	but	0.4696
wrap_up	but i	0.107
wrap_up	but is	0.0763
wrap_up	but it	-0.031
wrap_up	but thank	0.0587
wrap_up	but this	0.0848
wrap_up	but would	0.1329
wrap_up	but ~want	0.132
wrap_up	by	-0.0537
wrap_up	by the	-0.0219
wrap_up	by ~number	-0.0256
wrap_up	bye	0.8702
wrap_up	bye for	0.199
wrap_up	calendar	0.0466
wrap_up	calendar is	0.0375
wrap_up	call	0.4496
wrap_up	call in	-0.0206
wrap_up	call is	0.0491
wrap_up	call it	0.2474
wrap_up	call me	0.0982
wrap_up	call you	0.0623
wrap_up	call ~limit	-0.0221
wrap_up	came	0.1065
wrap_up	came in	0.1004
wrap_up	can	0.2701
wrap_up	can be	-0.0798
wrap_up	can end	0.0632
wrap_up	can ever	-0.0553
wrap_up	can follow	-0.0252
wrap_up	can get	0.0367
wrap_up	can i	0.137
wrap_up	can keep	-0.0564
wrap_up	can make	0.1631
wrap_up	can return	-0.0268
wrap_up	can send	-0.0216
wrap_up	can tell	0.1881
wrap_up	can we	0.0591
wrap_up	can you	-0.0742
wrap_up	can ~learn	0.0389
wrap_up	can ~sendverb	-0.0428
wrap_up	candid	0.1795
wrap_up	candid about	0.0822
wrap_up	card	-0.0445
wrap_up	card to	0.0269
wrap_up	care	0.5228
wrap_up	care and	0.2047
wrap_up	career	-0.1961
wrap_up	career advis	-0.0424
wrap_up	career changer	-0.021
wrap_up	carv	-0.0969
wrap_up	carv out	-0.0969
wrap_up	case	0.126
wrap_up	case a	0.0784
wrap_up	case it	0.1073
wrap_up	case studi	-0.0236
wrap_up	case ~number	0.0784
wrap_up	cat	-0.0234
wrap_up	catch	-0.0431
wrap_up	certif	-0.063
wrap_up	certif ~degree	-0.0272
wrap_up	chain	-0.0653
wrap_up	chain and	-0.0227
wrap_up	chanc	-0.0929
wrap_up	chanc to	-0.036
wrap_up	chang	-0.0709
wrap_up	changer	-0.021
wrap_up	channel	-0.0229
wrap_up	chart	-0.0451
wrap_up	chat with	-0.0678
wrap_up	check	-0.1178
wrap_up	check out	-0.0406
wrap_up	cheer	0.3128
wrap_up	cheer for	0.2263
wrap_up	cheer mate	-0.0421
wrap_up	cheer realli	-0.0354
wrap_up	cheer super	-0.0319
wrap_up	cheer that	-0.0256
wrap_up	cheer ~want	-0.0354
wrap_up	chemistri	-0.0222
wrap_up	choos	-0.0388
wrap_up	circl	-0.0473
wrap_up	circl back	-0.0473
wrap_up	class	0.1318
wrap_up	class but	0.079
wrap_up	class in	-0.0247
wrap_up	clear	-0.0974
wrap_up	clear i	0.0784
wrap_up	clear up	-0.0692
wrap_up	clearer	0.0203
wrap_up	clearer pictur	0.0214
wrap_up	clearer ~insight	0.0203
wrap_up	client	-0.0965
wrap_up	client call	-0.0273
wrap_up	clinic	-0.0621
wrap_up	clinic side	-0.0255
wrap_up	clinic ~learn	-0.0236
wrap_up	clinic ~org	-0.0258
wrap_up	clock	-0.0531
wrap_up	clock we	0.1004
wrap_up	close	0.1678
wrap_up	cna	-0.0337
wrap_up	code	-0.0707
wrap_up	code ~degree	-0.0224
wrap_up	coffe	-0.0365
wrap_up	colleagu	-0.0629
wrap_up	colleg	-0.0392
wrap_up	come	0.1622
wrap_up	come across	0.119
wrap_up	come from	-0.0251
wrap_up	come to	0.0576
wrap_up	come up	0.0611
wrap_up	comfort	0.0843
wrap_up	comfort introduc	0.131
wrap_up	comfort with	-0.0263
wrap_up	commit	-0.0269
wrap_up	commit to	-0.0249
wrap_up	committe	-0.0245
wrap_up	common	-0.0254
wrap_up	communiti	-0.0595
wrap_up	communiti colleg	-0.0295
wrap_up	compani	-0.0756
wrap_up	complet	-0.0486
wrap_up	conclud	0.4055
wrap_up	conclud here	0.16
wrap_up	conclud my	0.1697
wrap_up	conclud ~want	0.16
wrap_up	confer	0.1143
wrap_up	confer goe	0.0465
wrap_up	confus	-0.021
wrap_up	confus about	-0.021
wrap_up	connect	-0.196
wrap_up	connect me	-0.0207
wrap_up	connect on	-0.0464
wrap_up	connect with	-0.0821
wrap_up	conscious	-0.0642
wrap_up	conscious of	-0.0467
wrap_up	conscious we	-0.0416
wrap_up	consid	-0.0649
wrap_up	constant	-0.0321
wrap_up	consult	-0.0787
wrap_up	contact	-0.0901
wrap_up	context	-0.0443
wrap_up	continu	0.1026
wrap_up	contract	-0.0295
wrap_up	convers	-0.0292
wrap_up	convers and	0.1942
wrap_up	convers i	-0.0644
wrap_up	convers with	-0.0304
wrap_up	cool cool	-0.0297
wrap_up	cool that	0.0823
wrap_up	coordin	-0.0273
wrap_up	could	-0.1204
wrap_up	could do	0.0308
wrap_up	could help	0.0448
wrap_up	could i	0.0798
wrap_up	could tell	-0.0366
wrap_up	could tri	-0.0402
wrap_up	could we	0.0397
wrap_up	could you	-0.0499
wrap_up	could ~help	0.0696
wrap_up	could ~sendverb	-0.0248
wrap_up	could ~talk	-0.031
wrap_up	could ~want	-0.0402
wrap_up	counti	-0.0437
wrap_up	counti next	-0.026
wrap_up	coupl more	-0.0619
wrap_up	coupl of	0.09
wrap_up	cours	-0.0742
wrap_up	cours i	-0.0492
wrap_up	cousin	-0.0557
wrap_up	cover	0.5947
wrap_up	cover all	0.0887
wrap_up	cover everyth	0.2038
wrap_up	cover it	0.0896
wrap_up	crack	0.0419
wrap_up	crack on	0.0469
wrap_up	crazi	-0.0214
wrap_up	credit	-0.0244
wrap_up	cross	0.0839
wrap_up	cs	-0.0252
wrap_up	cs degre	-0.0227
wrap_up	cs ~degree	-0.0234
wrap_up	cultur	-0.0207
wrap_up	curious	-0.0586
wrap_up	curious about	-0.0247
wrap_up	current	-0.033
wrap_up	cut	0.073
wrap_up	cut me	-0.0559
wrap_up	cut out	-0.0271
wrap_up	cut this	0.214
wrap_up	daili	-0.036
wrap_up	daili routin	-0.0355
wrap_up	dana	0.0611
wrap_up	dana i	0.0813
wrap_up	data	-0.1912
wrap_up	data scienc	-0.0305
wrap_up	data scientist	-0.0385
wrap_up	day	-0.093
wrap_up	day in	0.0278
wrap_up	day thank	-0.0215
wrap_up	day to	-0.0843
wrap_up	deadlin	-0.0473
wrap_up	deal	-0.0415
wrap_up	decid between	0.023
wrap_up	def	-0.0747
wrap_up	def send	-0.0264
wrap_up	def ~sendverb	-0.0264
wrap_up	defin	-0.0207
wrap_up	definit	-0.1539
wrap_up	definit check	-0.0243
wrap_up	definit email	0.0202
wrap_up	definit let	-0.0201
wrap_up	definit report	-0.0518
wrap_up	definit ~sendverb	0.0202
wrap_up	definit ~talk	0.0202
wrap_up	degre	-0.0984
wrap_up	degre in	-0.0223
wrap_up	depart	-0.0419
wrap_up	describ	-0.0309
wrap_up	design	-0.1784
wrap_up	design ~org	-0.0216
wrap_up	detail	-0.0809
wrap_up	develop	-0.0275
wrap_up	did	-0.2026
wrap_up	did it	-0.0256
wrap_up	did not	0.0597
wrap_up	did that	-0.0224
wrap_up	did the	-0.0208
wrap_up	did you	-0.1529
wrap_up	did ~number	-0.0259
wrap_up	die	0.1719
wrap_up	differ	-0.0603
wrap_up	difficult	-0.0239
wrap_up	digest	-0.0647
wrap_up	digest everyth	-0.0844
wrap_up	direct	-0.0651
wrap_up	director	-0.0287
wrap_up	discuss	0.1107
wrap_up	do	-0.3176
wrap_up	do a	-0.0206
wrap_up	do an	-0.0427
wrap_up	do for	-0.1077
wrap_up	do i	-0.0274
wrap_up	do not	0.2372
wrap_up	do on	0.0254
wrap_up	do peopl	-0.0279
wrap_up	do the	-0.0307
wrap_up	do this	0.0541
wrap_up	do to	0.1282
wrap_up	do you	-0.2074
wrap_up	do ~number	-0.094
wrap_up	do ~people	-0.0296
wrap_up	do ~want	-0.0394
wrap_up	doe	-0.1125
wrap_up	doe a	-0.0352
wrap_up	doe it	0.1084
wrap_up	doe that	-0.0228
wrap_up	doe the	-0.0638
wrap_up	doe your	-0.0614
wrap_up	doe ~number	-0.0996
wrap_up	done	0.3465
wrap_up	done the	-0.043
wrap_up	done ~number	-0.0677
wrap_up	down	-0.0835
wrap_up	down a	-0.0319
wrap_up	down the	-0.0315
wrap_up	down ~number	-0.0634
wrap_up	dr patel	-0.0338
wrap_up	draw	0.0588
wrap_up	drop	0.0736
wrap_up	drop you	0.0203
wrap_up	due	0.0782
wrap_up	dure	-0.0475
wrap_up	earlier	-0.0484
wrap_up	easi	-0.0247
wrap_up	easi to	-0.0345
wrap_up	eat	0.0393
wrap_up	eat into	-0.0456
wrap_up	econom	-0.0614
wrap_up	edit	-0.0253
wrap_up	educ	-0.0467
wrap_up	educ i	-0.0213
wrap_up	eight	-0.0258
wrap_up	eight year	-0.0235
wrap_up	eight ~duration	-0.0235
wrap_up	elect	-0.025
wrap_up	els	-0.0913
wrap_up	els come	0.1104
wrap_up	els in	-0.0317
wrap_up	els on	-0.0213
wrap_up	els should	-0.0236
wrap_up	els you	-0.0427
wrap_up	email	-0.0623
wrap_up	email if	-0.0242
wrap_up	email it	-0.0468
wrap_up	email later	-0.0274
wrap_up	email next	-0.0273
wrap_up	email so	-0.0588
wrap_up	email tomorrow	-0.0507
wrap_up	email tonight	0.0229
wrap_up	email with	0.1085
wrap_up	email you	0.167
wrap_up	email ~later	-0.0274
wrap_up	end	0.2968
wrap_up	end here	0.0765
wrap_up	end it	0.0249
wrap_up	end of	0.114
wrap_up	end on	0.205
wrap_up	end to	0.0394
wrap_up	end up	-0.1567
wrap_up	end ~want	0.0765
wrap_up	engin	-0.1084
wrap_up	english	-0.1004
wrap_up	english is	-0.0636
wrap_up	enjoy	0.5169
wrap_up	enjoy the	0.2775
wrap_up	enjoy this	0.0264
wrap_up	enjoy your	0.1618
wrap_up	enjoy ~number	0.2775
wrap_up	enough	0.1977
wrap_up	enough of	0.1395
wrap_up	entri	-0.0291
wrap_up	entri level	-0.0291
wrap_up	episod	-0.1073
wrap_up	episod i	-0.0734
wrap_up	especi	-0.0338
wrap_up	essay	0.0935
wrap_up	even	-0.1092
wrap_up	even just	-0.0312
wrap_up	even ~want	-0.0317
wrap_up	evening	0.2785
wrap_up	evening and	0.0422
wrap_up	event	-0.0236
wrap_up	ever	-0.2454
wrap_up	ever anyth	-0.0719
wrap_up	ever be	-0.0251
wrap_up	ever help	0.0577
wrap_up	ever need	-0.0473
wrap_up	ever want	-0.0328
wrap_up	ever ~help	0.0337
wrap_up	ever ~want	-0.0371
wrap_up	everi	-0.0212
wrap_up	everyon	-0.0227
wrap_up	everyth	0.884
wrap_up	everyth from	0.0917
wrap_up	everyth i	0.4573
wrap_up	everyth on	0.1861
wrap_up	exact	0.0838
wrap_up	exact the	0.0286
wrap_up	exact what	0.0842
wrap_up	exact ~number	0.0286
wrap_up	exam	-0.1113
wrap_up	exhibit	-0.0404
wrap_up	expect	-0.0214
wrap_up	experi	-0.0796
wrap_up	experi with	-0.0288
wrap_up	explain	-0.1476
wrap_up	explain me	-0.0349
wrap_up	explain that	-0.051
wrap_up	explor	-0.0255
wrap_up	extra	0.0387
wrap_up	extra pair	0.0688
wrap_up	eye	-0.052
wrap_up	eye on	-0.0797
wrap_up	eye open	0.0332
wrap_up	eye ~job	0.0332
wrap_up	fair	-0.0373
wrap_up	fall	0.0776
wrap_up	far	-0.0449
wrap_up	fascin	-0.0429
wrap_up	favor	0.0233
wrap_up	feedback	-0.0247
wrap_up	feel for	-0.0289
wrap_up	feel free	-0.0697
wrap_up	feel like	-0.0347
wrap_up	fellowship	0.0321
wrap_up	few minut	0.0408
wrap_up	few month	-0.0227
wrap_up	few question	0.0523
wrap_up	few week	-0.026
wrap_up	few ~duration	-0.0329
wrap_up	few ~limit	0.0408
wrap_up	few ~timeunit	0.0408
wrap_up	field	-0.1646
wrap_up	fifteen	0.0314
wrap_up	fifteen minut	0.032
wrap_up	fifteen ~limit	0.032
wrap_up	fifteen ~timeunit	0.032
wrap_up	figur	-0.0398
wrap_up	final	-0.122
wrap_up	final meet	-0.0261
wrap_up	final question	-0.0257
wrap_up	final ~talk	-0.0273
wrap_up	financ	-0.0217
wrap_up	find	-0.0763
wrap_up	find the	-0.0259
wrap_up	find ~number	-0.0345
wrap_up	fine	-0.0717
wrap_up	fine if	-0.0276
wrap_up	fine to	-0.0392
wrap_up	finish	-0.03
wrap_up	finish a	-0.0214
wrap_up	finish my	-0.0327
wrap_up	finish the	0.1608
wrap_up	finish your	-0.046
wrap_up	finish ~number	0.1394
wrap_up	fire	-0.0539
wrap_up	firm	-0.0833
wrap_up	first	-0.1178
wrap_up	first semest	0.118
wrap_up	first week	-0.0278
wrap_up	first year	-0.0341
wrap_up	first ~closing	-0.0278
wrap_up	first ~duration	-0.0341
wrap_up	fit	-0.0343
wrap_up	five	-0.0916
wrap_up	five minut	-0.0717
wrap_up	five ~limit	-0.0829
wrap_up	five ~timeunit	-0.0717
wrap_up	flight	0.0307
wrap_up	floor	0.0889
wrap_up	focus	-0.0742
wrap_up	follow	-0.1937
wrap_up	follow up	-0.1314
wrap_up	for	-0.1755
wrap_up	for agre	-0.0874
wrap_up	for all	0.0704
wrap_up	for an	-0.0347
wrap_up	for ani	-0.0239
wrap_up	for anyth	-0.0426
wrap_up	for be	0.2543
wrap_up	for carv	-0.0571
wrap_up	for do	0.0781
wrap_up	for everyth	0.0821
wrap_up	for explain	-0.1274
wrap_up	for fifteen	-0.023
wrap_up	for fit	0.0392
wrap_up	for five	-0.0378
wrap_up	for give	-0.0601
wrap_up	for have	-0.0205
wrap_up	for hop	-0.0381
wrap_up	for keep	-0.0446
wrap_up	for make	-0.123
wrap_up	for me	0.0917
wrap_up	for meet	-0.0229
wrap_up	for my	0.0437
wrap_up	for now	0.2864
wrap_up	for put	-0.0218
wrap_up	for repli	-0.0314
wrap_up	for say	-0.0218
wrap_up	for send	-0.0434
wrap_up	for someon	-0.032
wrap_up	for squeez	-0.0677
wrap_up	for stay	-0.0627
wrap_up	for stick	-0.0307
wrap_up	for such	0.0949
wrap_up	for take	-0.0622
wrap_up	for that	0.1016
wrap_up	for the	-0.0361
wrap_up	for this	-0.0444
wrap_up	for today	0.3388
wrap_up	for walk	-0.0304
wrap_up	for you	-0.1276
wrap_up	for your	0.1362
wrap_up	for ~hiring	-0.0638
wrap_up	for ~insight	-0.0233
wrap_up	for ~later	-0.0262
wrap_up	for ~number	-0.1694
wrap_up	for ~org	-0.021
wrap_up	for ~people	-0.05
wrap_up	for ~sendverb	-0.0434
wrap_up	for ~talk	-0.0476
wrap_up	forens	-0.0238
wrap_up	forens account	-0.0224
wrap_up	forev	-0.0319
wrap_up	forget	-0.071
wrap_up	forget i	-0.0319
wrap_up	formal	-0.0216
wrap_up	former	-0.0303
wrap_up	forti	-0.0508
wrap_up	forti five	-0.0394
wrap_up	forti ~number	-0.0394
wrap_up	forward	-0.0931
wrap_up	forward my	-0.0315
wrap_up	forward you	-0.0401
wrap_up	found	-0.0607
wrap_up	found out	-0.029
wrap_up	free	0.0232
wrap_up	free to	-0.0697
wrap_up	free you	0.1088
wrap_up	freelanc	-0.0415
wrap_up	freez	-0.0203
wrap_up	friday	0.0968
wrap_up	from	0.1026
wrap_up	from a	-0.0281
wrap_up	from brazil	-0.0221
wrap_up	from me	0.4715
wrap_up	from my	0.202
wrap_up	from retail	-0.0263
wrap_up	from teach	-0.024
wrap_up	from the	-0.1021
wrap_up	from today	-0.025
wrap_up	from your	-0.0531
wrap_up	from ~number	-0.1335
wrap_up	from ~people	-0.0314
wrap_up	from ~workverb	-0.025
wrap_up	front	-0.025
wrap_up	front i	-0.022
wrap_up	full	0.0816
wrap_up	full ~number	-0.0398
wrap_up	fund	-0.0552
wrap_up	further	0.2269
wrap_up	futur	-0.0344
wrap_up	game	-0.11
wrap_up	game design	-0.0307
wrap_up	gather	-0.036
wrap_up	gather inform	-0.0284
wrap_up	gather ~insight	-0.0341
wrap_up	gave	-0.0652
wrap_up	gave me	-0.0549
wrap_up	general	-0.0308
wrap_up	generous	0.1543
wrap_up	generous answer	0.0349
wrap_up	generous of	-0.0268
wrap_up	generous with	0.0552
wrap_up	genuin	-0.0619
wrap_up	genuin ~want	-0.0392
wrap_up	get	0.2957
wrap_up	get approv	-0.0215
wrap_up	get back	0.4304
wrap_up	get go	0.1216
wrap_up	get into	-0.0556
wrap_up	get it	-0.0453
wrap_up	get my	-0.0403
wrap_up	get on	0.0852
wrap_up	get out	0.0707
wrap_up	get stuck	0.0869
wrap_up	get that	-0.0309
wrap_up	get the	-0.0429
wrap_up	get your	-0.0693
wrap_up	get ~number	-0.0514
wrap_up	give	-0.1695
wrap_up	give me	-0.0842
wrap_up	give up	-0.0473
wrap_up	glad	0.0847
wrap_up	go	1.0171
wrap_up	go ahead	0.0464
wrap_up	go back	-0.0598
wrap_up	go but	0.1773
wrap_up	go can	0.0469
wrap_up	go could	-0.0581
wrap_up	go enjoy	0.0765
wrap_up	go for	-0.099
wrap_up	go how	-0.0295
wrap_up	go i	0.1898
wrap_up	go in	-0.0237
wrap_up	go into	-0.0243
wrap_up	go is	-0.0807
wrap_up	go now	0.1679
wrap_up	go on	-0.0287
wrap_up	go to	0.2071
wrap_up	go what	0.0682
wrap_up	go ~want	-0.0368
wrap_up	goal	-0.0838
wrap_up	goal today	-0.057
wrap_up	goe	-0.0807
wrap_up	goe next	-0.0576
wrap_up	gone	-0.13
wrap_up	gone over	-0.0752
wrap_up	gone well	-0.0409
wrap_up	good	0.4776
wrap_up	good afternoon	-0.0421
wrap_up	good at	-0.0301
wrap_up	good book	-0.0449
wrap_up	good for	-0.0249
wrap_up	good luck	0.1407
wrap_up	good morn	-0.0739
wrap_up	good night	0.0649
wrap_up	good on	-0.0209
wrap_up	good one	0.2735
wrap_up	good rest	0.0387
wrap_up	good ~limit	-0.1053
wrap_up	good ~number	0.2735
wrap_up	good ~people	0.2714
wrap_up	goodby	0.2458
wrap_up	gosh	0.0922
wrap_up	gosh it	0.0809
wrap_up	got	0.4322
wrap_up	got a	0.1408
wrap_up	got about	-0.0393
wrap_up	got everyth	0.0623
wrap_up	got into	-0.0222
wrap_up	got it	-0.0994
wrap_up	got like	-0.0641
wrap_up	got thank	0.0271
wrap_up	got to	0.36
wrap_up	got you	-0.0372
wrap_up	got ~number	0.0575
wrap_up	got ~people	0.0748
wrap_up	got ~want	0.0407
wrap_up	grad	0.0323
wrap_up	grad school	0.0665
wrap_up	grad ~org	0.0702
wrap_up	graduat	-0.0563
wrap_up	grant	-0.0467
wrap_up	grate	0.1493
wrap_up	grate for	0.1082
wrap_up	grate you	0.085
wrap_up	gratitud	0.0577
wrap_up	great	0.3449
wrap_up	great rest	0.0687
wrap_up	great that	0.1214
wrap_up	great weekend	0.0512
wrap_up	great well	0.0468
wrap_up	great ~closing	0.1199
wrap_up	great ~talk	0.108
wrap_up	group	-0.0229
wrap_up	guess	0.0931
wrap_up	guess that	0.0825
wrap_up	guidanc	0.0709
wrap_up	guy	-0.0335
wrap_up	guy hire	-0.0222
wrap_up	guy ~gatekeeper	-0.0222
wrap_up	guy ~hiring	-0.0231
wrap_up	ha	-0.0468
wrap_up	hackathon	-0.0224
wrap_up	hackathon and	-0.0236
wrap_up	had	0.2286
wrap_up	had a	0.0222
wrap_up	had no	-0.1669
wrap_up	had not	-0.035
wrap_up	had thank	0.0624
wrap_up	half	-0.0715
wrap_up	half an	-0.0809
wrap_up	half past	0.0258
wrap_up	half ~number	-0.0816
wrap_up	halvorsen	0.0521
wrap_up	handi	-0.0213
wrap_up	handl	-0.0337
wrap_up	handwritten	-0.0274
wrap_up	handwritten card	-0.0261
wrap_up	hang	-0.0836
wrap_up	hang up	-0.075
wrap_up	happen	-0.0239
wrap_up	happi	-0.1192
wrap_up	happi to	-0.1033
wrap_up	hard part	0.0827
wrap_up	hard stop	-0.0314
wrap_up	hard to	-0.0223
wrap_up	has	-0.0483
wrap_up	has been	0.026
wrap_up	has ~workverb	0.0257
wrap_up	hate	-0.0252
wrap_up	hate to	-0.0252
wrap_up	have	0.4358
wrap_up	have 15	-0.0339
wrap_up	have a	0.6156
wrap_up	have alreadi	-0.0328
wrap_up	have ani	0.084
wrap_up	have ask	0.0539
wrap_up	have been	-0.1679
wrap_up	have decid	0.053
wrap_up	have digest	-0.0713
wrap_up	have done	-0.0784
wrap_up	have finish	-0.0226
wrap_up	have given	0.0499
wrap_up	have gone	-0.1274
wrap_up	have got	0.3292
wrap_up	have had	-0.0936
wrap_up	have heard	-0.0395
wrap_up	have hit	0.262
wrap_up	have kept	0.0702
wrap_up	have like	-0.0207
wrap_up	have me	-0.0205
wrap_up	have much	-0.0284
wrap_up	have my	-0.0447
wrap_up	have not	-0.0532
wrap_up	have onli	-0.0703
wrap_up	have run	-0.0225
wrap_up	have shadow	-0.0349
wrap_up	have spoken	-0.044
wrap_up	have taken	0.0685
wrap_up	have to	0.122
wrap_up	have until	-0.0236
wrap_up	have what	0.0467
wrap_up	have you	-0.0211
wrap_up	have ~number	0.5309
wrap_up	have ~studyverb	-0.0343
wrap_up	have ~want	0.0702
wrap_up	have ~workverb	-0.2082
wrap_up	head	0.108
wrap_up	head off	0.134
wrap_up	head out	0.0565
wrap_up	head up	-0.0222
wrap_up	health	-0.0564
wrap_up	heap	0.0552
wrap_up	heap for	-0.0305
wrap_up	hear	-0.2137
wrap_up	hear how	-0.0377
wrap_up	heard	-0.0576
wrap_up	heard back	-0.0344
wrap_up	hectic	-0.0269
wrap_up	help	0.0585
wrap_up	help a	-0.0292
wrap_up	help and	-0.073
wrap_up	help i	0.0231
wrap_up	help me	0.0251
wrap_up	help thank	0.0214
wrap_up	help today	0.1533
wrap_up	help way	-0.0255
wrap_up	help with	-0.0853
wrap_up	help you	0.1096
wrap_up	help ~number	0.0586
wrap_up	her	-0.0424
wrap_up	here	0.9151
wrap_up	here but	0.1
wrap_up	here in	-0.0368
wrap_up	here or	-0.0741
wrap_up	here so	0.0627
wrap_up	here thank	0.1603
wrap_up	here to	-0.1041
wrap_up	here ~want	0.0271
wrap_up	hesit	-0.0697
wrap_up	hesit to	-0.0525
wrap_up	hey so	0.0724
wrap_up	hi	-0.0434
wrap_up	hi dana	-0.0202
wrap_up	hi mr	-0.0216
wrap_up	hi to	0.1118
wrap_up	high	-0.0399
wrap_up	high school	-0.031
wrap_up	high ~org	-0.031
wrap_up	hilari	-0.0471
wrap_up	hire	-0.167
wrap_up	hire manag	-0.0336
wrap_up	hire ~gatekeeper	-0.0336
wrap_up	hire ~student	-0.0276
wrap_up	histori	0.0754
wrap_up	hit	0.2309
wrap_up	hit the	0.1092
wrap_up	hit ~number	0.1059
wrap_up	hmm	-0.0424
wrap_up	hmm i	-0.0298
wrap_up	hold	0.1729
wrap_up	hold you	0.194
wrap_up	home	-0.0418
wrap_up	homework	-0.0285
wrap_up	honest	-0.2354
wrap_up	honest about	-0.0262
wrap_up	honest i	-0.0675
wrap_up	honest if	-0.0213
wrap_up	honest take	-0.0437
wrap_up	honest that	0.0565
wrap_up	honest the	-0.0258
wrap_up	honest this	-0.0517
wrap_up	honest ~insight	-0.0679
wrap_up	honest ~number	-0.0258
wrap_up	honesti	0.0572
wrap_up	honesti about	0.0367
wrap_up	hop	0.1726
wrap_up	hop off	0.2246
wrap_up	hop on	-0.0519
wrap_up	hope	0.1178
wrap_up	hope i	-0.0505
wrap_up	hope it	0.0684
wrap_up	hope the	0.143
wrap_up	hope to	-0.0787
wrap_up	hope you	-0.0249
wrap_up	hope ~number	0.143
wrap_up	hospic	-0.0345
wrap_up	hospit	-0.0893
wrap_up	hour	-0.1528
wrap_up	hour and	0.0497
wrap_up	hour are	-0.0449
wrap_up	hour for	-0.0235
wrap_up	hour mark	0.0803
wrap_up	hour so	0.0376
wrap_up	hour would	-0.0297
wrap_up	hour ~want	-0.0302
wrap_up	hous	-0.0494
wrap_up	how	-0.8829
wrap_up	how can	-0.0275
wrap_up	how did	-0.0943
wrap_up	how do	-0.1315
wrap_up	how doe	-0.0437
wrap_up	how i	-0.027
wrap_up	how is	0.064
wrap_up	how it	-0.1582
wrap_up	how long	-0.0537
wrap_up	how much	-0.0715
wrap_up	how my	-0.0326
wrap_up	how the	-0.0811
wrap_up	how thing	0.0772
wrap_up	how you	-0.0924
wrap_up	how your	-0.0243
wrap_up	how ~help	-0.1331
wrap_up	how ~number	-0.0951
wrap_up	how ~studyverb	-0.0943
wrap_up	huh	-0.032
wrap_up	hunt	-0.0295
wrap_up	i	0.1674
wrap_up	i add	0.0965
wrap_up	i am	-0.2344
wrap_up	i appreci	-0.1502
wrap_up	i ask	-0.2089
wrap_up	i be	-0.0365
wrap_up	i believ	0.2436
wrap_up	i came	0.1148
wrap_up	i can	0.0202
wrap_up	i complet	-0.0279
wrap_up	i connect	0.0231
wrap_up	i could	-0.0553
wrap_up	i cut	-0.0329
wrap_up	i did	-0.0459
wrap_up	i do	0.1817
wrap_up	i email	-0.0744
wrap_up	i end	-0.11
wrap_up	i feel	-0.0241
wrap_up	i figur	-0.0513
wrap_up	i finish	0.1787
wrap_up	i forget	-0.071
wrap_up	i found	-0.0394
wrap_up	i get	0.0336
wrap_up	i go	0.1399
wrap_up	i got	0.0465
wrap_up	i guess	0.0949
wrap_up	i had	0.2932
wrap_up	i have	0.2651
wrap_up	i hope	0.0933
wrap_up	i just	0.0247
wrap_up	i kind	-0.0234
wrap_up	i know	-0.135
wrap_up	i land	-0.0577
wrap_up	i learn	-0.0584
wrap_up	i let	-0.0988
wrap_up	i look	-0.0342
wrap_up	i make	-0.0496
wrap_up	i mean	0.0671
wrap_up	i mention	-0.1211
wrap_up	i need	0.2873
wrap_up	i never	-0.0635
wrap_up	i notic	0.1046
wrap_up	i pass	0.0697
wrap_up	i ping	0.0911
wrap_up	i prepar	0.0712
wrap_up	i promis	-0.1379
wrap_up	i reach	-0.0448
wrap_up	i realiz	-0.1571
wrap_up	i realli	-0.0594
wrap_up	i return	-0.0216
wrap_up	i save	-0.0271
wrap_up	i see	0.2303
wrap_up	i send	0.0422
wrap_up	i sent	0.1022
wrap_up	i shall	0.0505
wrap_up	i should	0.2092
wrap_up	i speak	-0.0415
wrap_up	i spent	-0.0341
wrap_up	i studi	-0.0267
wrap_up	i talk	-0.055
wrap_up	i text	0.1354
wrap_up	i think	0.773
wrap_up	i thought	-0.0518
wrap_up	i total	-0.1081
wrap_up	i use	-0.0214
wrap_up	i want	-0.1529
wrap_up	i was	-0.2744
wrap_up	i will	0.6323
wrap_up	i wish	0.2582
wrap_up	i work	-0.0294
wrap_up	i would	0.0967
wrap_up	i ~contactverb	0.1011
wrap_up	i ~help	0.1382
wrap_up	i ~sendverb	0.2426
wrap_up	i ~studyverb	-0.0867
wrap_up	i ~talk	-0.2249
wrap_up	i ~want	-0.0279
wrap_up	i ~workverb	-0.0765
wrap_up	icu	-0.0274
wrap_up	idea	-0.172
wrap_up	idea the	-0.0556
wrap_up	idea ~number	-0.0556
wrap_up	if	-0.6781
wrap_up	if a	-0.0307
wrap_up	if an	0.0874
wrap_up	if anoth	0.0791
wrap_up	if anyth	0.11
wrap_up	if i	-0.0292
wrap_up	if it	-0.1048
wrap_up	if someth	0.022
wrap_up	if that	-0.256
wrap_up	if there	-0.1845
wrap_up	if we	0.0695
wrap_up	if you	-0.313
wrap_up	if your	-0.0217
wrap_up	if ~number	0.0489
wrap_up	import	-0.0716
wrap_up	import question	-0.0512
wrap_up	in	-0.3952
wrap_up	in between	-0.1072
wrap_up	in case	0.1587
wrap_up	in clinic	0.0708
wrap_up	in contact	-0.03
wrap_up	in econom	-0.0576
wrap_up	in five	0.0783
wrap_up	in general	-0.0233
wrap_up	in i	-0.0305
wrap_up	in june	-0.0258
wrap_up	in march	-0.0373
wrap_up	in meet	-0.0204
wrap_up	in mind	-0.0322
wrap_up	in my	-0.0336
wrap_up	in on	0.1049
wrap_up	in public	-0.0265
wrap_up	in retail	-0.0278
wrap_up	in return	0.0304
wrap_up	in sale	-0.0246
wrap_up	in the	0.0258
wrap_up	in this	-0.043
wrap_up	in touch	0.0556
wrap_up	in with	0.0842
wrap_up	in your	-0.1875
wrap_up	in ~contactverb	0.0257
wrap_up	in ~help	0.0304
wrap_up	in ~number	0.1274
wrap_up	in ~org	0.0647
wrap_up	in ~people	-0.0327
wrap_up	in ~talk	-0.03
wrap_up	inbox	-0.0329
wrap_up	incred	-0.1103
wrap_up	incred help	-0.0767
wrap_up	incred use	-0.0235
wrap_up	incred ~help	-0.0235
wrap_up	industri	-0.0992
wrap_up	inform	0.1092
wrap_up	insid	-0.0203
wrap_up	insight	0.0515
wrap_up	instead	0.0631
wrap_up	instead of	0.0631
wrap_up	instruct	-0.0332
wrap_up	instruct design	-0.0332
wrap_up	intens	-0.0481
wrap_up	interest	-0.0526
wrap_up	interest i	-0.0678
wrap_up	interest thank	-0.0481
wrap_up	intern	-0.032
wrap_up	internal	-0.0238
wrap_up	internship	-0.1065
wrap_up	internship i	-0.0418
wrap_up	interrupt	-0.0455
wrap_up	interview	-0.0692
wrap_up	interview for	0.0254
wrap_up	interview with	-0.0307
wrap_up	into	-0.2352
wrap_up	into a	0.0732
wrap_up	into the	-0.026
wrap_up	into ~number	0.0468
wrap_up	intro	-0.0506
wrap_up	introduc	0.0725
wrap_up	introduc me	0.0954
wrap_up	introduct	-0.0672
wrap_up	involv	-0.071
wrap_up	is	-0.2679
wrap_up	is a	-0.0296
wrap_up	is about	0.0854
wrap_up	is actual	-0.0684
wrap_up	is all	0.5599
wrap_up	is alreadi	0.0712
wrap_up	is alright	-0.1552
wrap_up	is ani	-0.0597
wrap_up	is at	0.0547
wrap_up	is been	0.075
wrap_up	is ever	-0.0976
wrap_up	is everyth	0.4463
wrap_up	is fascin	-0.0425
wrap_up	is finish	-0.0203
wrap_up	is get	-0.034
wrap_up	is go	-0.0337
wrap_up	is help	-0.0422
wrap_up	is here	0.0628
wrap_up	is honest	0.0571
wrap_up	is kind	0.0266
wrap_up	is late	-0.0344
wrap_up	is like	-0.0312
wrap_up	is me	0.2808
wrap_up	is most	-0.0301
wrap_up	is my	0.0208
wrap_up	is not	-0.1222
wrap_up	is ok	-0.1151
wrap_up	is pack	0.0291
wrap_up	is probabl	-0.0214
wrap_up	is realli	-0.2421
wrap_up	is reassur	-0.0635
wrap_up	is so	-0.0895
wrap_up	is spent	-0.0211
wrap_up	is such	-0.0372
wrap_up	is super	-0.0523
wrap_up	is that	-0.0905
wrap_up	is the	-0.0501
wrap_up	is there	-0.0542
wrap_up	is to	-0.0203
wrap_up	is use	0.0782
wrap_up	is veri	0.0677
wrap_up	is worth	-0.0436
wrap_up	is your	-0.1092
wrap_up	is ~help	0.0782
wrap_up	is ~learn	-0.0391
wrap_up	is ~number	-0.0331
wrap_up	is ~people	-0.0247
wrap_up	is ~studyverb	-0.021
wrap_up	is ~want	-0.217
wrap_up	is ~workverb	0.0392
wrap_up	it	0.5631
wrap_up	it all	-0.043
wrap_up	it along	-0.0208
wrap_up	it alright	0.1452
wrap_up	it and	-0.0549
wrap_up	it at	0.0371
wrap_up	it be	0.1376
wrap_up	it clear	-0.0425
wrap_up	it did	0.1259
wrap_up	it easi	0.0438
wrap_up	it fine	-0.0372
wrap_up	it for	0.188
wrap_up	it from	0.2845
wrap_up	it goe	-0.0233
wrap_up	it hard	-0.0277
wrap_up	it has	-0.0244
wrap_up	it here	0.1021
wrap_up	it if	-0.0342
wrap_up	it in	-0.0336
wrap_up	it most	-0.0497
wrap_up	it not	-0.0424
wrap_up	it ok	-0.0967
wrap_up	it on	0.0201
wrap_up	it realli	0.0743
wrap_up	it short	-0.0569
wrap_up	it so	-0.0349
wrap_up	it still	-0.0297
wrap_up	it take	-0.0296
wrap_up	it thank	-0.0296
wrap_up	it that	-0.0622
wrap_up	it there	0.544
wrap_up	it to	-0.0649
wrap_up	it up	0.0394
wrap_up	it was	0.2245
wrap_up	it went	-0.0805
wrap_up	it ~help	0.0522
wrap_up	it ~insight	-0.0283
wrap_up	it ~studyverb	0.1259
wrap_up	it ~want	0.1062
wrap_up	job	-0.1338
wrap_up	job hunt	-0.0276
wrap_up	job i	0.1095
wrap_up	job involv	-0.0306
wrap_up	job or	0.085
wrap_up	job ~job	-0.0225
wrap_up	join	-0.0257
wrap_up	jordan	0.0203
wrap_up	jordan i	0.022
wrap_up	journal	-0.024
wrap_up	jump	-0.0728
wrap_up	jump off	0.0788
wrap_up	jump on	0.0906
wrap_up	jump right	-0.0386
wrap_up	jump straight	-0.0744
wrap_up	jump to	-0.0902
wrap_up	june	-0.0275
wrap_up	junior	-0.0715
wrap_up	just	-0.1021
wrap_up	just a	0.0375
wrap_up	just ask	-0.0311
wrap_up	just gather	-0.0264
wrap_up	just let	-0.0346
wrap_up	just say	0.0692
wrap_up	just so	-0.0276
wrap_up	just to	-0.0508
wrap_up	just tri	0.0701
wrap_up	just want	0.029
wrap_up	just ~learn	-0.032
wrap_up	just ~talk	-0.031
wrap_up	just ~want	0.0664
wrap_up	keep	-0.1182
wrap_up	keep an	-0.0626
wrap_up	keep go	-0.0945
wrap_up	keep in	0.1877
wrap_up	keep it	-0.0705
wrap_up	keep me	-0.0357
wrap_up	keep my	-0.1287
wrap_up	keep this	-0.2163
wrap_up	keep up	-0.0383
wrap_up	keep you	0.4231
wrap_up	keep ~number	-0.075
wrap_up	kept	0.1301
wrap_up	kept you	0.1535
wrap_up	keyboard	-0.0234
wrap_up	kid	0.0514
wrap_up	kind	-0.142
wrap_up	kind of	-0.1976
wrap_up	know	-0.7454
wrap_up	know how	-0.1244
wrap_up	know i	-0.0639
wrap_up	know if	-0.0983
wrap_up	know it	-0.058
wrap_up	know that	-0.0797
wrap_up	know we	-0.1328
wrap_up	know when	-0.0494
wrap_up	know where	-0.0529
wrap_up	know whether	-0.0315
wrap_up	know which	-0.0602
wrap_up	know you	0.114
wrap_up	know your	0.1446
wrap_up	know ~people	-0.0214
wrap_up	known	0.0588
wrap_up	known at	0.0695
wrap_up	lab	0.0701
wrap_up	ladder	-0.0281
wrap_up	land	-0.0819
wrap_up	laptop	0.1269
wrap_up	laptop about	0.1269
wrap_up	last	0.0248
wrap_up	last bit	-0.0362
wrap_up	last coupl	0.0518
wrap_up	last part	-0.0459
wrap_up	last question	0.065
wrap_up	last thing	0.1351
wrap_up	last week	-0.0328
wrap_up	last year	-0.0311
wrap_up	last ~closing	-0.0337
wrap_up	last ~duration	-0.0326
wrap_up	last ~number	0.0376
wrap_up	late	-0.0863
wrap_up	late in	-0.0272
wrap_up	later	-0.1533
wrap_up	later if	-0.0544
wrap_up	later so	-0.0386
wrap_up	later today	-0.0936
wrap_up	launch	0.1618
wrap_up	launch next	0.1602
wrap_up	law	-0.0547
wrap_up	law school	-0.0241
wrap_up	law ~org	-0.026
wrap_up	lead	-0.0464
wrap_up	learn	-0.1043
wrap_up	learn i	-0.0279
wrap_up	learn not	0.1111
wrap_up	leav	0.5139
wrap_up	leav for	-0.021
wrap_up	leav it	0.4151
wrap_up	leav you	0.2027
wrap_up	lectur	0.1081
wrap_up	left	-0.1369
wrap_up	left right	-0.0642
wrap_up	legend	-0.0217
wrap_up	less	-0.02
wrap_up	let	0.9031
wrap_up	let us	0.1081
wrap_up	let you	0.806
wrap_up	letter	-0.0279
wrap_up	level	-0.033
wrap_up	level ~job	-0.0249
wrap_up	librari	0.0915
wrap_up	licens	-0.0932
wrap_up	licens exam	-0.0373
wrap_up	like	-0.1552
wrap_up	like a	0.1105
wrap_up	like for	-0.0545
wrap_up	like i	0.0433
wrap_up	like me	0.0702
wrap_up	like share	-0.0325
wrap_up	like ten	-0.0297
wrap_up	like that	-0.0309
wrap_up	like the	-0.0312
wrap_up	like this	-0.0357
wrap_up	like we	0.1412
wrap_up	like your	0.0963
wrap_up	like ~contactverb	-0.0237
wrap_up	line	0.0463
wrap_up	link	0.0865
wrap_up	link to	0.0794
wrap_up	link you	0.0582
wrap_up	linkedin	-0.0319
wrap_up	linkedin after	-0.0303
wrap_up	linkedin befor	0.1203
wrap_up	linkedin if	-0.0702
wrap_up	linkedin later	-0.041
wrap_up	linkedin so	-0.0643
wrap_up	linkedin tonight	-0.0538
wrap_up	linkedin ~later	-0.041
wrap_up	linkedin ~want	-0.0303
wrap_up	list	0.3844
wrap_up	list thank	0.0303
wrap_up	littl	-0.0272
wrap_up	load	-0.03
wrap_up	log	0.067
wrap_up	log off	0.067
wrap_up	logist	-0.0281
wrap_up	long	-0.0609
wrap_up	long did	-0.0295
wrap_up	long enough	0.0647
wrap_up	long term	-0.0539
wrap_up	long weekend	0.0567
wrap_up	long ~closing	0.0545
wrap_up	long ~studyverb	-0.0295
wrap_up	longer	0.3426
wrap_up	longer i	0.1568
wrap_up	longer than	-0.046
wrap_up	look	0.036
wrap_up	look at	-0.0451
wrap_up	look for	-0.0713
wrap_up	look into	-0.0257
wrap_up	look like	0.1707
wrap_up	lost	-0.0429
wrap_up	lost track	-0.0409
wrap_up	lot about	-0.0295
wrap_up	lot of	-0.0514
wrap_up	lot to	0.1411
wrap_up	love	0.1649
wrap_up	love evening	0.1625
wrap_up	love it	-0.0273
wrap_up	love to	0.0624
wrap_up	love weekend	0.0377
wrap_up	love ~closing	0.2184
wrap_up	love ~number	-0.0221
wrap_up	luck	0.2395
wrap_up	luck with	0.231
wrap_up	lunch	0.0534
wrap_up	lunch hour	-0.0208
wrap_up	lunch ~limit	-0.0208
wrap_up	lunch ~timeunit	-0.0208
wrap_up	made	-0.0984
wrap_up	made you	-0.0254
wrap_up	main	-0.072
wrap_up	main ~want	-0.0203
wrap_up	major	-0.0225
wrap_up	make	-0.2668
wrap_up	make a	-0.0601
wrap_up	make my	-0.0511
wrap_up	make sens	-0.1334
wrap_up	make sure	-0.0795
wrap_up	make the	0.0787
wrap_up	make time	-0.0958
wrap_up	make your	0.1642
wrap_up	make ~insight	-0.1334
wrap_up	make ~limit	-0.0958
wrap_up	manag	-0.0828
wrap_up	manag just	0.1754
wrap_up	manag ~want	0.165
wrap_up	mani	-0.0315
wrap_up	march	-0.0373
wrap_up	mark	0.1177
wrap_up	mark so	-0.0243
wrap_up	market	-0.0342
wrap_up	master	-0.073
wrap_up	master program	-0.0207
wrap_up	mate	-0.045
wrap_up	mate realli	-0.0421
wrap_up	mate ~want	-0.0421
wrap_up	math	-0.0362
wrap_up	matter	-0.042
wrap_up	matter most	-0.0207
wrap_up	may	0.0589
wrap_up	may i	0.0614
wrap_up	maya	-0.0211
wrap_up	mayb	-0.1372
wrap_up	mayb i	-0.097
wrap_up	mayb in	0.0581
wrap_up	mba	-0.031
wrap_up	me	0.3182
wrap_up	me a	0.1041
wrap_up	me about	-0.0406
wrap_up	me an	-0.0379
wrap_up	me and	0.0716
wrap_up	me anyth	0.0322
wrap_up	me befor	0.0292
wrap_up	me done	0.2431
wrap_up	me email	-0.0216
wrap_up	me get	-0.0351
wrap_up	me how	-0.0216
wrap_up	me if	-0.0431
wrap_up	me jump	-0.0433
wrap_up	me know	-0.0858
wrap_up	me off	-0.0778
wrap_up	me on	-0.0272
wrap_up	me or	-0.0379
wrap_up	me pick	-0.0303
wrap_up	me prep	-0.0434
wrap_up	me so	-0.0237
wrap_up	me sort	0.0382
wrap_up	me stop	0.1035
wrap_up	me thank	0.0363
wrap_up	me through	-0.0858
wrap_up	me to	0.1311
wrap_up	me today	-0.0462
wrap_up	me when	-0.0256
wrap_up	me with	-0.0285
wrap_up	me your	-0.0652
wrap_up	me ~learn	-0.1684
wrap_up	me ~number	0.0531
wrap_up	me ~want	0.0301
wrap_up	mean	0.0502
wrap_up	mean i	0.0498
wrap_up	medic	-0.0539
wrap_up	medicin	-0.0228
wrap_up	meet	-0.0312
wrap_up	meet and	0.0855
wrap_up	meet at	0.0204
wrap_up	meet i	-0.0331
wrap_up	meet is	0.0999
wrap_up	meet so	-0.0373
wrap_up	meet with	-0.0216
wrap_up	meet you	-0.0367
wrap_up	meetup	-0.0242
wrap_up	mention	-0.1569
wrap_up	mention about	-0.0229
wrap_up	mention and	0.0488
wrap_up	mention onc	0.0235
wrap_up	mention that	-0.0213
wrap_up	mention the	-0.0213
wrap_up	mention you	-0.0297
wrap_up	mentor	0.0668
wrap_up	mentor program	0.1075
wrap_up	mentor ~degree	0.1075
wrap_up	messag	-0.1308
wrap_up	messag onc	-0.0259
wrap_up	messag you	-0.0582
wrap_up	mgmt	-0.0308
wrap_up	middl	-0.0212
wrap_up	might be	-0.0481
wrap_up	might share	0.0978
wrap_up	might ~sendverb	0.0978
wrap_up	million	0.0847
wrap_up	million for	0.0355
wrap_up	mind	0.108
wrap_up	mind if	0.2636
wrap_up	mind it	0.0299
wrap_up	mind of	-0.0801
wrap_up	mind we	-0.041
wrap_up	mind you	-0.0465
wrap_up	minut and	-0.0645
wrap_up	minut left	-0.1231
wrap_up	minut mark	0.0374
wrap_up	minut or	-0.0361
wrap_up	minut over	0.0784
wrap_up	minut past	0.0553
wrap_up	minut so	-0.0576
wrap_up	moment	-0.0396
wrap_up	month	-0.1211
wrap_up	month onc	-0.0374
wrap_up	month or	0.0914
wrap_up	more about	-0.0441
wrap_up	more and	-0.0304
wrap_up	more like	-0.0219
wrap_up	more minut	-0.0424
wrap_up	more of	0.0812
wrap_up	more question	0.1112
wrap_up	more ~limit	-0.0424
wrap_up	more ~timeunit	-0.0424
wrap_up	morn	-0.1348
wrap_up	most	-0.3081
wrap_up	most help	-0.0243
wrap_up	most import	-0.0661
wrap_up	most of	-0.0539
wrap_up	most want	-0.0207
wrap_up	most ~want	-0.0363
wrap_up	move	-0.0809
wrap_up	move into	-0.0482
wrap_up	mph	-0.0204
wrap_up	mr	0.0651
wrap_up	ms	0.138
wrap_up	ms alvarez	0.0722
wrap_up	msc	0.026
wrap_up	msw	-0.0748
wrap_up	msw program	-0.0412
wrap_up	msw ~degree	-0.0278
wrap_up	much	-0.2104
wrap_up	much and	0.1077
wrap_up	much clearer	-0.0223
wrap_up	much for	0.1278
wrap_up	much of	-0.2137
wrap_up	much realli	-0.0334
wrap_up	much this	-0.0485
wrap_up	much time	-0.0295
wrap_up	much travel	-0.0254
wrap_up	much ~limit	-0.0295
wrap_up	much ~want	-0.0457
wrap_up	museum	0.0309
wrap_up	museum educ	-0.0348
wrap_up	must have	-0.0299
wrap_up	my	0.3239
wrap_up	my advisor	-0.0228
wrap_up	my bus	0.152
wrap_up	my career	-0.0436
wrap_up	my cat	-0.0234
wrap_up	my certif	0.0259
wrap_up	my cousin	-0.037
wrap_up	my detail	-0.0463
wrap_up	my email	-0.0245
wrap_up	my end	0.0242
wrap_up	my english	-0.0837
wrap_up	my first	0.0691
wrap_up	my goal	-0.037
wrap_up	my internship	-0.0351
wrap_up	my interview	-0.0829
wrap_up	my kid	0.074
wrap_up	my laptop	0.1269
wrap_up	my last	0.1224
wrap_up	my list	0.4375
wrap_up	my manag	0.1453
wrap_up	my most	-0.0512
wrap_up	my name	-0.0468
wrap_up	my own	-0.0408
wrap_up	my portfolio	0.0482
wrap_up	my professor	-0.0214
wrap_up	my progress	-0.0398
wrap_up	my qs	0.037
wrap_up	my question	0.2706
wrap_up	my resum	-0.0386
wrap_up	my shift	0.0474
wrap_up	my side	0.2764
wrap_up	my stage	0.0695
wrap_up	my thesi	-0.0225
wrap_up	my whole	-0.0214
wrap_up	my ~application	-0.0583
wrap_up	my ~contactverb	-0.0373
wrap_up	my ~degree	-0.0418
wrap_up	my ~gatekeeper	0.1453
wrap_up	my ~insight	0.0677
wrap_up	my ~job	-0.043
wrap_up	my ~org	0.2653
wrap_up	my ~sendverb	-0.0263
wrap_up	my ~student	0.1153
wrap_up	my ~talk	-0.1408
wrap_up	myself	-0.0779
wrap_up	name	-0.1692
wrap_up	name is	-0.0254
wrap_up	name of	-0.0507
wrap_up	natur	0.1502
wrap_up	natur place	0.1502
wrap_up	natur ~org	0.1502
wrap_up	near five	-0.0351
wrap_up	near ~number	-0.0402
wrap_up	need	0.1581
wrap_up	need an	-0.0207
wrap_up	need ani	-0.0486
wrap_up	need to	0.1783
wrap_up	need ~number	-0.0398
wrap_up	nervous	-0.0359
wrap_up	nervous about	-0.0359
wrap_up	network	-0.048
wrap_up	never	-0.1698
wrap_up	never ask	-0.0206
wrap_up	never ~learn	-0.0237
wrap_up	never ~talk	-0.0206
wrap_up	never ~want	-0.0345
wrap_up	new	-0.0937
wrap_up	new to	-0.0304
wrap_up	newslett	-0.0493
wrap_up	next	0.1422
wrap_up	next call	0.1774
wrap_up	next meet	0.1153
wrap_up	next month	-0.0806
wrap_up	next step	-0.0347
wrap_up	next week	0.1075
wrap_up	next ~closing	0.1075
wrap_up	next ~contactverb	0.1774
wrap_up	next ~number	-0.022
wrap_up	next ~talk	0.2927
wrap_up	nice	-0.0263
wrap_up	night	-0.0823
wrap_up	night class	-0.0257
wrap_up	night shift	-0.0724
wrap_up	no	-0.0642
wrap_up	no i	-0.0637
wrap_up	no idea	-0.1669
wrap_up	no more	0.1782
wrap_up	no pressur	-0.0238
wrap_up	no that	-0.0338
wrap_up	no the	0.1028
wrap_up	no worri	0.0232
wrap_up	no ~number	0.1028
wrap_up	nobodi	-0.0289
wrap_up	nonprofit	-0.0314
wrap_up	nonprofit ever	0.0237
wrap_up	noon	0.0876
wrap_up	noon so	0.0743
wrap_up	normal	-0.0368
wrap_up	not	0.4162
wrap_up	not after	0.0891
wrap_up	not ask	0.0575
wrap_up	not expect	-0.0236
wrap_up	not get	-0.0312
wrap_up	not go	-0.0264
wrap_up	not have	0.1164
wrap_up	not here	-0.044
wrap_up	not hesit	-0.0697
wrap_up	not hold	0.194
wrap_up	not job	-0.0268
wrap_up	not keep	0.1857
wrap_up	not know	-0.0203
wrap_up	not look	-0.0424
wrap_up	not need	-0.0514
wrap_up	not realiz	-0.0213
wrap_up	not so	-0.0596
wrap_up	not take	0.1382
wrap_up	not think	0.0563
wrap_up	not thought	-0.0298
wrap_up	not to	-0.037
wrap_up	not tri	-0.0297
wrap_up	not want	0.2348
wrap_up	not ~insight	0.1382
wrap_up	not ~job	-0.0268
wrap_up	not ~learn	-0.0701
wrap_up	not ~number	-0.0262
wrap_up	not ~talk	-0.0306
wrap_up	not ~want	0.1852
wrap_up	note	-0.1099
wrap_up	note after	-0.0475
wrap_up	note and	-0.0777
wrap_up	note from	-0.037
wrap_up	note in	0.0986
wrap_up	note later	-0.0577
wrap_up	note next	0.0229
wrap_up	note of	0.0645
wrap_up	note onc	-0.079
wrap_up	note summar	-0.025
wrap_up	note this	-0.0259
wrap_up	note tomorrow	0.0233
wrap_up	note tonight	-0.1373
wrap_up	note ~later	-0.0577
wrap_up	note ~want	-0.0475
wrap_up	noth	-0.0235
wrap_up	noth more	-0.0206
wrap_up	notic	0.1187
wrap_up	notic the	0.1039
wrap_up	notic ~number	0.1039
wrap_up	now	0.4253
wrap_up	now and	0.165
wrap_up	now but	0.0371
wrap_up	now for	0.0489
wrap_up	now i	0.0489
wrap_up	now thank	0.0232
wrap_up	now that	-0.0263
wrap_up	number	-0.0265
wrap_up	nurs	-0.0741
wrap_up	nurs is	0.0628
wrap_up	nurs program	0.0241
wrap_up	nurs ~degree	0.0234
wrap_up	of	0.122
wrap_up	of a	-0.0834
wrap_up	of all	-0.022
wrap_up	of anyon	-0.0275
wrap_up	of anyth	-0.0251
wrap_up	of cours	0.0654
wrap_up	of get	-0.0287
wrap_up	of hand	0.0702
wrap_up	of it	0.1132
wrap_up	of month	-0.0217
wrap_up	of more	-0.064
wrap_up	of my	0.2252
wrap_up	of question	0.2631
wrap_up	of sens	-0.0477
wrap_up	of thank	0.0513
wrap_up	of that	-0.1091
wrap_up	of the	-0.1308
wrap_up	of thing	-0.0466
wrap_up	of this	-0.0298
wrap_up	of time	-0.129
wrap_up	of what	0.0811
wrap_up	of whi	-0.0203
wrap_up	of you	-0.082
wrap_up	of your	0.3332
wrap_up	of ~degree	0.0637
wrap_up	of ~duration	-0.0408
wrap_up	of ~insight	-0.0484
wrap_up	of ~learn	-0.0316
wrap_up	of ~limit	-0.0735
wrap_up	of ~number	-0.2236
wrap_up	of ~people	-0.0493
wrap_up	of ~timeunit	0.0549
wrap_up	of ~workverb	-0.0322
wrap_up	ofc	0.0683
wrap_up	off	0.7195
wrap_up	off but	0.0539
wrap_up	off here	0.0873
wrap_up	off now	0.154
wrap_up	off ~want	0.0817
wrap_up	offer	-0.043
wrap_up	offic	0.0679
wrap_up	offic who	0.0978
wrap_up	offic ~people	0.0978
wrap_up	often	-0.0685
wrap_up	oh no	0.1411
wrap_up	oh that	-0.05
wrap_up	ok	0.4431
wrap_up	ok for	-0.0235
wrap_up	ok i	0.306
wrap_up	ok if	-0.1511
wrap_up	ok on	-0.026
wrap_up	ok so	-0.0694
wrap_up	ok thank	0.0462
wrap_up	ok that	0.1236
wrap_up	ok to	0.0827
wrap_up	ok um	0.0336
wrap_up	ok yeah	-0.0205
wrap_up	old	-0.0381
wrap_up	omg	0.0232
wrap_up	on	-0.2876
wrap_up	on a	-0.0676
wrap_up	on access	-0.0242
wrap_up	on call	-0.0305
wrap_up	on how	0.0353
wrap_up	on i	-0.0207
wrap_up	on it	-0.025
wrap_up	on my	0.1663
wrap_up	on portfolio	0.0727
wrap_up	on rural	-0.0583
wrap_up	on such	0.0386
wrap_up	on that	0.1876
wrap_up	on the	0.178
wrap_up	on time	-0.038
wrap_up	on to	-0.0249
wrap_up	on whether	-0.1211
wrap_up	on with	0.0962
wrap_up	on your	-0.1159
wrap_up	on ~contactverb	-0.0313
wrap_up	on ~degree	-0.0314
wrap_up	on ~limit	-0.038
wrap_up	on ~number	0.1062
wrap_up	on ~talk	-0.0313
wrap_up	onboard	-0.0216
wrap_up	onc	-0.4189
wrap_up	onc i	-0.2963
wrap_up	onc it	-0.0297
wrap_up	onc my	-0.0325
wrap_up	onc we	-0.0557
wrap_up	one	0.2249
wrap_up	one final	-0.0258
wrap_up	one last	0.1328
wrap_up	one more	-0.1049
wrap_up	onli	-0.1627
wrap_up	onli fifteen	0.0558
wrap_up	onli got	-0.0697
wrap_up	onli have	-0.1015
wrap_up	onli ~number	0.0558
wrap_up	onlin	-0.0651
wrap_up	onlin but	-0.031
wrap_up	open	-0.1677
wrap_up	open to	-0.0887
wrap_up	open up	-0.0353
wrap_up	oper	-0.028
wrap_up	or	-0.5891
wrap_up	or anyth	0.0532
wrap_up	or go	-0.0251
wrap_up	or is	-0.1375
wrap_up	or should	-0.0489
wrap_up	or so	0.0901
wrap_up	or two	-0.0217
wrap_up	or would	-0.023
wrap_up	or ~contactverb	-0.0215
wrap_up	or ~help	-0.0203
wrap_up	or ~number	-0.0458
wrap_up	or ~talk	-0.0204
wrap_up	or ~want	-0.0303
wrap_up	org	-0.0258
wrap_up	org chart	-0.0242
wrap_up	other	-0.0937
wrap_up	other peopl	-0.0213
wrap_up	other ~people	-0.0343
wrap_up	otherwis	0.1045
wrap_up	our	0.2021
wrap_up	our half	-0.025
wrap_up	our ~number	0.1266
wrap_up	out	0.1252
wrap_up	out about	-0.0248
wrap_up	out again	-0.0609
wrap_up	out i	0.1232
wrap_up	out if	-0.0853
wrap_up	out in	0.165
wrap_up	out my	-0.0204
wrap_up	out of	0.2389
wrap_up	out the	-0.0546
wrap_up	out time	-0.0571
wrap_up	out to	-0.1138
wrap_up	out whether	0.0687
wrap_up	out ~later	-0.0609
wrap_up	out ~limit	-0.0571
wrap_up	out ~number	-0.0626
wrap_up	out ~want	0.0765
wrap_up	outreach	-0.021
wrap_up	over from	-0.0228
wrap_up	over i	0.0628
wrap_up	over into	0.036
wrap_up	over sorri	-0.0372
wrap_up	over thank	-0.0515
wrap_up	over time	0.056
wrap_up	over ~limit	0.056
wrap_up	overstay	-0.0202
wrap_up	overtim	-0.0231
wrap_up	own	-0.0531
wrap_up	pack	0.0929
wrap_up	pack day	0.0958
wrap_up	pack so	0.0871
wrap_up	pack this	-0.0262
wrap_up	pack ~closing	0.0871
wrap_up	pack ~limit	0.0953
wrap_up	pair	0.0591
wrap_up	pair of	0.0591
wrap_up	paperwork	-0.0206
wrap_up	paraleg	-0.0272
wrap_up	parent	-0.0213
wrap_up	part	-0.1846
wrap_up	part of	-0.0866
wrap_up	part time	-0.0304
wrap_up	part ~limit	-0.0304
wrap_up	pass	-0.0574
wrap_up	pass along	0.0598
wrap_up	pass it	-0.0208
wrap_up	pass my	-0.0617
wrap_up	pass on	-0.0227
wrap_up	past	0.0514
wrap_up	past our	-0.0226
wrap_up	past that	-0.034
wrap_up	past the	0.1131
wrap_up	past what	-0.0262
wrap_up	past ~number	0.1131
wrap_up	patel	-0.0338
wrap_up	path	0.0296
wrap_up	patienc	-0.1039
wrap_up	patienc with	-0.1465
wrap_up	patient	0.0204
wrap_up	pay	-0.035
wrap_up	peac	0.0632
wrap_up	peopl	-0.1602
wrap_up	peopl in	-0.0365
wrap_up	peopl who	-0.0223
wrap_up	peopl you	-0.0636
wrap_up	peopl ~people	-0.0223
wrap_up	perfect	0.0242
wrap_up	perfect that	0.0855
wrap_up	person	-0.0464
wrap_up	perspect	0.0438
wrap_up	perspect i	0.031
wrap_up	photograph	0.0324
wrap_up	physic	-0.0593
wrap_up	physic therapi	-0.0576
wrap_up	pick	0.0977
wrap_up	pick my	-0.0489
wrap_up	pick this	0.1701
wrap_up	pick up	0.0873
wrap_up	pick your	-0.0465
wrap_up	ping	0.1572
wrap_up	ping you	0.0477
wrap_up	pitch	0.045
wrap_up	pitch in	0.0716
wrap_up	pitch myself	-0.021
wrap_up	place	0.1074
wrap_up	place to	0.1429
wrap_up	placement	-0.0245
wrap_up	plan	-0.0418
wrap_up	plan i	0.047
wrap_up	pleas	-0.0837
wrap_up	pleas do	0.0541
wrap_up	pleas just	-0.0214
wrap_up	pleas let	-0.0453
wrap_up	pleas ~help	0.0541
wrap_up	pleas ~talk	-0.0226
wrap_up	pleas ~want	-0.0214
wrap_up	pleasur	0.227
wrap_up	pleasur speak	0.2031
wrap_up	pleasur ~talk	0.2031
wrap_up	podcast	-0.1635
wrap_up	podcast episod	-0.1073
wrap_up	podcast you	-0.0237
wrap_up	point	-0.0373
wrap_up	point me	0.0252
wrap_up	polici side	0.1162
wrap_up	polici work	-0.0314
wrap_up	polici ~learn	-0.0314
wrap_up	polici ~org	0.1077
wrap_up	polici ~workverb	-0.0314
wrap_up	pop	0.0824
wrap_up	portfolio	0.0602
wrap_up	portfolio review	-0.0508
wrap_up	portfolio when	0.0292
wrap_up	posit	-0.0954
wrap_up	possibl	0.0668
wrap_up	possibl ~sendverb	0.098
wrap_up	post	-0.1369
wrap_up	post i	-0.0215
wrap_up	post on	-0.0459
wrap_up	practic	-0.0378
wrap_up	precious	-0.0902
wrap_up	precious time	-0.0423
wrap_up	precious ~limit	-0.0423
wrap_up	predict	-0.0281
wrap_up	prefer	-0.0411
wrap_up	prep	-0.0439
wrap_up	prepar	0.2201
wrap_up	prepar and	0.0846
wrap_up	present	-0.0451
wrap_up	pressur	-0.0373
wrap_up	pretti	0.0327
wrap_up	pretti much	0.1061
wrap_up	prioritis	-0.0391
wrap_up	priya	-0.0639
wrap_up	priya i	-0.0481
wrap_up	probabl	0.1571
wrap_up	probabl a	-0.0214
wrap_up	probabl get	0.123
wrap_up	probabl let	0.0273
wrap_up	probabl ~learn	0.123
wrap_up	probabl ~number	-0.0214
wrap_up	problem	-0.0243
wrap_up	process	-0.0595
wrap_up	procur	-0.0203
wrap_up	product	-0.0464
wrap_up	product launch	0.0305
wrap_up	product manag	-0.0203
wrap_up	profession	-0.0436
wrap_up	profession associ	-0.0291
wrap_up	professor	-0.081
wrap_up	program	-0.1017
wrap_up	programm	0.1722
wrap_up	progress	-0.0524
wrap_up	project	-0.1122
wrap_up	project i	0.0552
wrap_up	project manag	-0.0271
wrap_up	promis	-0.1862
wrap_up	promis i	-0.0925
wrap_up	promot	-0.0246
wrap_up	proofread	-0.0238
wrap_up	proper	-0.0905
wrap_up	proper note	-0.0323
wrap_up	proper thank	-0.0768
wrap_up	public	-0.0677
wrap_up	public health	-0.0287
wrap_up	publish	-0.037
wrap_up	pull	0.0431
wrap_up	push	-0.0212
wrap_up	push me	-0.0212
wrap_up	put	-0.1009
wrap_up	put me	-0.0478
wrap_up	python	-0.0238
wrap_up	qs	0.0338
wrap_up	quarter	-0.0357
wrap_up	question	0.8206
wrap_up	question about	0.0202
wrap_up	question actual	0.1407
wrap_up	question and	-0.0895
wrap_up	question befor	-0.0245
wrap_up	question come	-0.0301
wrap_up	question could	0.0698
wrap_up	question down	-0.0295
wrap_up	question for	-0.0303
wrap_up	question from	0.1747
wrap_up	question honest	0.0258
wrap_up	question i	0.219
wrap_up	question if	-0.041
wrap_up	question later	-0.0638
wrap_up	question perfect	-0.0561
wrap_up	question short	-0.0707
wrap_up	question tight	-0.0331
wrap_up	question to	-0.0397
wrap_up	question ~later	-0.0934
wrap_up	quick	-0.1911
wrap_up	quick email	0.0397
wrap_up	quick thank	0.0445
wrap_up	quick thing	-0.0242
wrap_up	quick ~contactverb	0.029
wrap_up	quick ~sendverb	0.0397
wrap_up	random	-0.0207
wrap_up	rang	-0.0266
wrap_up	rather	-0.0436
wrap_up	ratio	-0.0237
wrap_up	ratio i	-0.0237
wrap_up	reach	-0.0717
wrap_up	reach out	-0.0621
wrap_up	read	-0.1357
wrap_up	read a	-0.031
wrap_up	read on	-0.022
wrap_up	read ~number	-0.0507
wrap_up	real	0.023
wrap_up	real pleasur	0.096
wrap_up	real quick	-0.022
wrap_up	realist	-0.0508
wrap_up	realiz	-0.1861
wrap_up	realiz i	-0.0946
wrap_up	realiz we	-0.03
wrap_up	realiz you	-0.0291
wrap_up	realli	-0.0985
wrap_up	realli all	0.0201
wrap_up	realli appreci	0.0839
wrap_up	realli do	-0.0309
wrap_up	realli eye	0.0332
wrap_up	realli grate	0.1157
wrap_up	realli help	0.0576
wrap_up	realli i	-0.0245
wrap_up	realli interest	-0.0658
wrap_up	realli kind	-0.0567
wrap_up	realli like	-0.0249
wrap_up	realli reassur	-0.0217
wrap_up	realli use	-0.0214
wrap_up	realli valu	-0.0243
wrap_up	realli ~help	-0.0523
wrap_up	realli ~want	0.0352
wrap_up	reason	-0.0647
wrap_up	reason i	-0.0518
wrap_up	reassur	-0.0852
wrap_up	reassur to	-0.0447
wrap_up	receiv	-0.0201
wrap_up	recommend	-0.1353
wrap_up	recommend i	-0.0307
wrap_up	recruit	-0.0957
wrap_up	refer	-0.028
wrap_up	referr	-0.0435
wrap_up	region	0.1649
wrap_up	region confer	0.0716
wrap_up	region offic	0.0978
wrap_up	region ~org	0.0952
wrap_up	remain	-0.0354
wrap_up	remain question	-0.0354
wrap_up	replac	-0.0259
wrap_up	repli	-0.0323
wrap_up	repli to	-0.0318
wrap_up	report	-0.1797
wrap_up	report back	-0.1251
wrap_up	request	-0.0435
wrap_up	research	-0.0784
wrap_up	resid	-0.0705
wrap_up	respect	-0.0725
wrap_up	respect of	-0.0534
wrap_up	rest	0.4568
wrap_up	rest of	0.4568
wrap_up	result	-0.0669
wrap_up	resum	-0.0465
wrap_up	resum along	-0.0306
wrap_up	resum to	-0.0346
wrap_up	retail	-0.0631
wrap_up	retail manag	-0.0235
wrap_up	return	0.0253
wrap_up	review	-0.0677
wrap_up	review goe	-0.0417
wrap_up	right	0.2893
wrap_up	right at	0.2143
wrap_up	right i	0.1776
wrap_up	right if	0.093
wrap_up	right in	-0.0365
wrap_up	right now	-0.1695
wrap_up	right so	-0.0353
wrap_up	right that	0.0224
wrap_up	risk	-0.0229
wrap_up	role	-0.0963
wrap_up	role come	0.0782
wrap_up	role like	-0.0263
wrap_up	rotat	-0.0343
wrap_up	round	-0.0345
wrap_up	rout	-0.0385
wrap_up	rout would	-0.0211
wrap_up	rout ~want	-0.0211
wrap_up	routin	-0.0355
wrap_up	run	0.1572
wrap_up	run i	-0.0357
wrap_up	run to	0.2756
wrap_up	run ~number	-0.0225
wrap_up	rural	-0.0583
wrap_up	rural broadband	-0.0419
wrap_up	rush	0.059
wrap_up	safe	0.0905
wrap_up	said	-0.0927
wrap_up	said about	-0.0545
wrap_up	said thirti	-0.0433
wrap_up	said you	-0.0217
wrap_up	said ~number	-0.0293
wrap_up	salari	-0.0297
wrap_up	sale	-0.0546
wrap_up	same	-0.0505
wrap_up	sampl	-0.0231
wrap_up	saturday	-0.0234
wrap_up	save	-0.0729
wrap_up	save ~number	-0.0273
wrap_up	saw	0.0531
wrap_up	saw the	0.0602
wrap_up	saw ~number	0.0592
wrap_up	say	0.1831
wrap_up	say goodby	0.0813
wrap_up	say hi	0.1118
wrap_up	say thank	-0.0231
wrap_up	say the	0.037
wrap_up	say yes	-0.0409
wrap_up	say ~number	0.0349
wrap_up	scare	-0.0292
wrap_up	scare me	-0.0292
wrap_up	schedul	0.0439
wrap_up	schedul is	0.1079
wrap_up	school	-0.0751
wrap_up	school applic	0.1122
wrap_up	school for	-0.0287
wrap_up	school ~application	0.1122
wrap_up	scienc	-0.075
wrap_up	scientist	-0.039
wrap_up	season	-0.0289
wrap_up	sec	-0.0203
wrap_up	second	-0.0832
wrap_up	second year	-0.0383
wrap_up	second ~duration	-0.0383
wrap_up	sector	-0.035
wrap_up	see	0.2585
wrap_up	see how	-0.0251
wrap_up	see if	-0.0237
wrap_up	see it	-0.0312
wrap_up	see the	0.0389
wrap_up	see we	0.2479
wrap_up	see you	0.0789
wrap_up	see ~number	0.0389
wrap_up	seem	-0.0312
wrap_up	semest	0.0659
wrap_up	send	-0.2261
wrap_up	send a	0.0596
wrap_up	send that	-0.0242
wrap_up	send you	-0.2117
wrap_up	send ~number	0.0564
wrap_up	senior	-0.0347
wrap_up	sens	-0.2355
wrap_up	sens now	-0.0361
wrap_up	sent	0.0996
wrap_up	sent you	0.1113
wrap_up	session	0.0609
wrap_up	set up	-0.0334
wrap_up	shadow	-0.1078
wrap_up	shadow day	-0.0443
wrap_up	shadow ~closing	-0.0443
wrap_up	shadow ~limit	-0.0443
wrap_up	shadow ~number	-0.0372
wrap_up	shall	0.426
wrap_up	shall we	0.389
wrap_up	shall write	-0.0258
wrap_up	shall ~contactverb	-0.0258
wrap_up	share	-0.1007
wrap_up	share all	-0.0655
wrap_up	share my	-0.0373
wrap_up	share the	-0.0329
wrap_up	share your	-0.0344
wrap_up	share ~number	-0.036
wrap_up	she	-0.0504
wrap_up	she is	-0.0213
wrap_up	shift	-0.0945
wrap_up	shoot	-0.0317
wrap_up	shoot you	-0.0212
wrap_up	short	-0.1043
wrap_up	short call	-0.0208
wrap_up	short email	-0.0246
wrap_up	short i	-0.077
wrap_up	short note	-0.0696
wrap_up	short notic	0.0299
wrap_up	short thank	-0.0784
wrap_up	short updat	0.1363
wrap_up	short ~contactverb	-0.0461
wrap_up	short ~sendverb	-0.0246
wrap_up	short ~talk	-0.0456
wrap_up	should	0.293
wrap_up	should have	-0.0457
wrap_up	should i	-0.1593
wrap_up	should let	0.1549
wrap_up	should probabl	0.1785
wrap_up	should reach	-0.0461
wrap_up	should talk	-0.0203
wrap_up	should we	0.2436
wrap_up	should ~contactverb	-0.0513
wrap_up	should ~talk	-0.0961
wrap_up	shout and	0.0309
wrap_up	show	-0.0345
wrap_up	side	0.2157
wrap_up	side of	-0.0399
wrap_up	side you	0.0807
wrap_up	sign	0.1683
wrap_up	sign off	0.1698
wrap_up	sinc	-0.1068
wrap_up	sinc i	0.0201
wrap_up	sinc you	-0.028
wrap_up	sincer	0.0464
wrap_up	sincer for	0.0519
wrap_up	sir	-0.0297
wrap_up	sir i	-0.0256
wrap_up	site	-0.0487
wrap_up	six	-0.0359
wrap_up	six year	-0.0346
wrap_up	six ~duration	-0.0359
wrap_up	skill	-0.0893
wrap_up	slam	0.0221
wrap_up	slam this	0.023
wrap_up	small	-0.1041
wrap_up	small ~talk	-0.0208
wrap_up	so	0.1713
wrap_up	so basic	-0.0365
wrap_up	so candid	0.1979
wrap_up	so clear	-0.0368
wrap_up	so cool	-0.0234
wrap_up	so easi	-0.0287
wrap_up	so far	-0.0446
wrap_up	so feel	-0.0551
wrap_up	so generous	0.0388
wrap_up	so good	-0.0587
wrap_up	so i	0.4023
wrap_up	so if	-0.0335
wrap_up	so is	-0.0348
wrap_up	so it	-0.075
wrap_up	so just	0.0393
wrap_up	so like	-0.036
wrap_up	so mayb	-0.0477
wrap_up	so much	0.03
wrap_up	so my	-0.0251
wrap_up	so open	0.0264
wrap_up	so pleas	-0.0207
wrap_up	so sorri	0.1654
wrap_up	so thank	-0.034
wrap_up	so the	-0.0212
wrap_up	so true	-0.0283
wrap_up	so uh	0.0687
wrap_up	so use	-0.063
wrap_up	so we	-0.0325
wrap_up	so you	0.1594
wrap_up	so ~help	-0.0635
wrap_up	so ~number	-0.0424
wrap_up	so ~want	0.0289
wrap_up	social	-0.0296
wrap_up	some	-0.1477
wrap_up	some time	-0.0237
wrap_up	some ~insight	-0.0372
wrap_up	some ~limit	-0.0231
wrap_up	someday	-0.0301
wrap_up	someon	-0.2005
wrap_up	someon in	-0.029
wrap_up	someon on	-0.0262
wrap_up	someth	-0.0821
wrap_up	someth come	-0.0235
wrap_up	someth els	0.0362
wrap_up	someth small	-0.0321
wrap_up	sometim	-0.0295
wrap_up	soon	0.3204
wrap_up	sorri	0.1852
wrap_up	sorri about	-0.082
wrap_up	sorri for	-0.0752
wrap_up	sorri go	-0.052
wrap_up	sorri i	-0.0374
wrap_up	sorri my	0.052
wrap_up	sorri to	0.2668
wrap_up	sort	0.0274
wrap_up	sound intens	-0.0252
wrap_up	sound like	0.0856
wrap_up	spare	-0.026
wrap_up	speak	0.1066
wrap_up	speak to	-0.0242
wrap_up	speak with	0.1344
wrap_up	spent	-0.0769
wrap_up	spent ~number	-0.0294
wrap_up	spoken	-0.044
wrap_up	spot	-0.0249
wrap_up	spreadsheet	-0.0874
wrap_up	spring	-0.0215
wrap_up	sql	-0.0287
wrap_up	squeez	-0.0257
wrap_up	staf ratio	-0.0237
wrap_up	staff	-0.0211
wrap_up	stage	0.0487
wrap_up	stand	-0.0228
wrap_up	start	0.0815
wrap_up	start at	-0.0245
wrap_up	start out	-0.0284
wrap_up	start to	0.0451
wrap_up	state	-0.0484
wrap_up	state associ	-0.0288
wrap_up	stay	-0.2633
wrap_up	stay in	-0.1493
wrap_up	stay on	-0.0591
wrap_up	step	-0.063
wrap_up	stick	-0.0538
wrap_up	stick around	-0.0307
wrap_up	still	-0.1509
wrap_up	still ok	-0.0651
wrap_up	stop	1.0002
wrap_up	stop at	-0.0335
wrap_up	stop bug	0.0557
wrap_up	stop here	0.3524
wrap_up	stop me	-0.0324
wrap_up	stop there	0.5158
wrap_up	stop ~want	0.3524
wrap_up	stori	-0.0656
wrap_up	straight	-0.0904
wrap_up	straight to	-0.0741
wrap_up	stress	-0.0289
wrap_up	structur	-0.0296
wrap_up	struggl	-0.0234
wrap_up	stuck	0.0856
wrap_up	stuck on	0.089
wrap_up	student	-0.1325
wrap_up	student at	-0.0221
wrap_up	studi	-0.0851
wrap_up	studio	-0.0223
wrap_up	stuff	-0.0523
wrap_up	such	0.079
wrap_up	such a	0.0486
wrap_up	such short	0.0484
wrap_up	such ~number	0.0417
wrap_up	suggest	-0.1423
wrap_up	suggest for	-0.0328
wrap_up	suggest i	-0.0635
wrap_up	suit	-0.0395
wrap_up	suit me	-0.0337
wrap_up	summar	-0.025
wrap_up	summar what	-0.025
wrap_up	summari	0.1001
wrap_up	summari in	-0.0248
wrap_up	summari of	0.1249
wrap_up	summer	-0.0895
wrap_up	super	-0.0626
wrap_up	super busi	-0.0394
wrap_up	super help	0.0282
wrap_up	super use	-0.0525
wrap_up	super ~help	-0.0525
wrap_up	suppli	-0.0633
wrap_up	suppli chain	-0.0633
wrap_up	sure	-0.1094
wrap_up	sure i	-0.0266
wrap_up	sure to	-0.0608
wrap_up	surgeri	0.0641
wrap_up	survey	-0.0736
wrap_up	sustain	-0.0388
wrap_up	switch	-0.0874
wrap_up	switch over	-0.022
wrap_up	ta	-0.0635
wrap_up	ta veri	-0.0375
wrap_up	take	0.4236
wrap_up	take care	0.5969
wrap_up	take it	0.0438
wrap_up	take more	0.1353
wrap_up	take night	-0.0247
wrap_up	take note	-0.0218
wrap_up	take on	-0.0673
wrap_up	take the	-0.0479
wrap_up	take too	-0.0478
wrap_up	take you	-0.0293
wrap_up	take ~closing	-0.0247
wrap_up	take ~number	-0.0613
wrap_up	taken	0.0685
wrap_up	taken enough	0.0627
wrap_up	taken up	0.0369
wrap_up	talk	0.089
wrap_up	talk about	-0.0317
wrap_up	talk soon	0.2688
wrap_up	talk to	-0.0693
wrap_up	talk with	-0.0351
wrap_up	talk ~later	0.2764
wrap_up	tax	-0.0238
wrap_up	teach	-0.1254
wrap_up	teacher	-0.0303
wrap_up	team	-0.1559
wrap_up	team for	0.1162
wrap_up	team is	-0.0314
wrap_up	tell	-0.0694
wrap_up	tell me	-0.1349
wrap_up	tell you	0.0849
wrap_up	ten	-0.1125
wrap_up	ten minut	-0.0944
wrap_up	ten ~limit	-0.0949
wrap_up	ten ~timeunit	-0.0949
wrap_up	term	-0.0868
wrap_up	test your	0.0409
wrap_up	text	0.1251
wrap_up	text you	0.1262
wrap_up	than	-0.0248
wrap_up	thank	0.7333
wrap_up	thank a	0.1941
wrap_up	thank again	0.2274
wrap_up	thank ever	0.0225
wrap_up	thank for	-0.1819
wrap_up	thank onc	-0.0502
wrap_up	thank so	0.1992
wrap_up	thank that	-0.0791
wrap_up	thank this	-0.0349
wrap_up	thank to	-0.1489
wrap_up	thank you	0.2327
wrap_up	thank ~later	0.2274
wrap_up	thank ~number	0.1789
wrap_up	that	0.7203
wrap_up	that about	0.1634
wrap_up	that actual	-0.0249
wrap_up	that articl	0.0785
wrap_up	that conclud	0.1697
wrap_up	that cover	0.5777
wrap_up	that for	-0.0202
wrap_up	that i	-0.0495
wrap_up	that is	0.6555
wrap_up	that it	-0.0498
wrap_up	that long	-0.0307
wrap_up	that make	-0.1538
wrap_up	that much	-0.0415
wrap_up	that podcast	-0.0784
wrap_up	that pretti	0.1004
wrap_up	that realli	-0.0341
wrap_up	that so	-0.0376
wrap_up	that sound	0.0561
wrap_up	that that	0.0711
wrap_up	that the	-0.0391
wrap_up	that was	0.1696
wrap_up	that way	-0.0619
wrap_up	that you	-0.0512
wrap_up	that ~job	-0.0357
wrap_up	that ~number	-0.0556
wrap_up	that ~org	-0.0249
wrap_up	that ~want	-0.0555
wrap_up	the 30	0.048
wrap_up	the admiss	-0.0444
wrap_up	the advic	0.0689
wrap_up	the applic	0.0545
wrap_up	the articl	-0.0684
wrap_up	the associ	-0.0225
wrap_up	the best	0.0993
wrap_up	the book	-0.0536
wrap_up	the bootcamp	0.1136
wrap_up	the budget	-0.0209
wrap_up	the call	-0.0342
wrap_up	the career	-0.0209
wrap_up	the certif	-0.0554
wrap_up	the chat	0.0432
wrap_up	the client	-0.0255
wrap_up	the clinic	-0.0312
wrap_up	the clock	-0.0531
wrap_up	the code	-0.0279
wrap_up	the confer	0.0805
wrap_up	the convers	-0.0436
wrap_up	the counti	-0.0421
wrap_up	the data	-0.0208
wrap_up	the day	-0.0431
wrap_up	the end	0.1183
wrap_up	the fall	0.0836
wrap_up	the favor	0.0233
wrap_up	the fellowship	0.0559
wrap_up	the field	-0.0811
wrap_up	the first	-0.0319
wrap_up	the floor	0.0922
wrap_up	the forti	-0.0214
wrap_up	the full	-0.0428
wrap_up	the grad	0.0901
wrap_up	the hackathon	-0.0214
wrap_up	the half	-0.0205
wrap_up	the hard	0.0808
wrap_up	the head	-0.028
wrap_up	the hospit	-0.0573
wrap_up	the hour	0.07
wrap_up	the industri	-0.0285
wrap_up	the interview	0.0344
wrap_up	the job	-0.0956
wrap_up	the keyboard	-0.0234
wrap_up	the kind	-0.0496
wrap_up	the launch	0.1361
wrap_up	the librari	0.0973
wrap_up	the licens	-0.0776
wrap_up	the line	0.0637
wrap_up	the link	0.0774
wrap_up	the long	0.0529
wrap_up	the main	-0.0261
wrap_up	the moment	-0.029
wrap_up	the most	-0.0793
wrap_up	the move	0.0235
wrap_up	the msw	-0.0504
wrap_up	the museum	0.0928
wrap_up	the name	-0.0598
wrap_up	the next	-0.0225
wrap_up	the night	-0.0691
wrap_up	the nonprofit	-0.0274
wrap_up	the nurs	0.0844
wrap_up	the one	-0.0291
wrap_up	the peopl	-0.0569
wrap_up	the point	-0.0231
wrap_up	the polici	0.0996
wrap_up	the portfolio	-0.0537
wrap_up	the program	-0.0206
wrap_up	the question	0.2351
wrap_up	the read	0.0214
wrap_up	the real	-0.0239
wrap_up	the reason	-0.0201
wrap_up	the recruit	-0.0246
wrap_up	the region	0.1694
wrap_up	the resid	-0.0339
wrap_up	the rest	0.3113
wrap_up	the result	-0.0251
wrap_up	the role	-0.0223
wrap_up	the same	-0.0351
wrap_up	the shadow	-0.0528
wrap_up	the spring	0.0254
wrap_up	the state	-0.0376
wrap_up	the summari	0.1073
wrap_up	the survey	-0.0305
wrap_up	the team	0.1197
wrap_up	the time	0.1149
wrap_up	the tip	-0.0256
wrap_up	the top	0.0276
wrap_up	the two	0.0385
wrap_up	the union	-0.0239
wrap_up	the way	-0.0209
wrap_up	the whole	-0.0213
wrap_up	the word	0.0364
wrap_up	the work	0.0789
wrap_up	the ~application	0.0545
wrap_up	the ~closing	0.1884
wrap_up	the ~contactverb	-0.0371
wrap_up	the ~gatekeeper	-0.0362
wrap_up	the ~hiring	-0.0211
wrap_up	the ~insight	0.1264
wrap_up	the ~job	-0.1269
wrap_up	the ~learn	0.0748
wrap_up	the ~limit	0.1916
wrap_up	the ~number	0.0551
wrap_up	the ~people	-0.1311
wrap_up	the ~student	0.077
wrap_up	the ~timeunit	0.07
wrap_up	the ~workverb	0.0789
wrap_up	their	-0.0226
wrap_up	them	-0.1017
wrap_up	then	0.1751
wrap_up	then i	0.1721
wrap_up	therapi	-0.0576
wrap_up	there	0.6811
wrap_up	there a	-0.0869
wrap_up	there ani	-0.118
wrap_up	there anyth	0.1554
wrap_up	there for	0.1158
wrap_up	there i	0.0778
wrap_up	there in	-0.0209
wrap_up	there is	-0.1591
wrap_up	there sinc	0.0866
wrap_up	there someon	-0.0258
wrap_up	there someth	-0.0222
wrap_up	there thank	0.0584
wrap_up	there ~number	-0.0946
wrap_up	there ~people	-0.0651
wrap_up	these	-0.0874
wrap_up	thesi	-0.0225
wrap_up	they	0.0421
wrap_up	they are	0.081
wrap_up	thing	0.0828
wrap_up	thing and	0.0698
wrap_up	thing can	0.0645
wrap_up	thing go	0.0772
wrap_up	thing i	-0.0367
wrap_up	thing up	0.0426
wrap_up	think	0.5796
wrap_up	think about	-0.0916
wrap_up	think i	0.2883
wrap_up	think of	-0.1571
wrap_up	think that	0.4722
wrap_up	think we	0.1526
wrap_up	think you	-0.0477
wrap_up	thirti	0.1405
wrap_up	thirti minut	0.1456
wrap_up	thirti ~limit	0.0783
wrap_up	thirti ~timeunit	0.1456
wrap_up	this	-0.1618
wrap_up	this a	-0.0287
wrap_up	this afternoon	-0.0381
wrap_up	this and	-0.0705
wrap_up	this call	-0.0637
wrap_up	this convers	-0.0291
wrap_up	this evening	-0.0663
wrap_up	this field	-0.0601
wrap_up	this gave	-0.0308
wrap_up	this is	-0.0738
wrap_up	this last	-0.0794
wrap_up	this morn	-0.0203
wrap_up	this one	0.0845
wrap_up	this quick	-0.0211
wrap_up	this short	0.2134
wrap_up	this summer	-0.0233
wrap_up	this thank	0.0686
wrap_up	this tight	-0.0211
wrap_up	this to	-0.0675
wrap_up	this up	0.1949
wrap_up	this was	0.3319
wrap_up	this week	-0.091
wrap_up	this with	-0.0418
wrap_up	this ~closing	-0.2082
wrap_up	this ~contactverb	-0.0637
wrap_up	this ~limit	-0.0646
wrap_up	this ~number	0.0558
wrap_up	this ~people	0.0845
wrap_up	this ~talk	-0.0727
wrap_up	this ~want	0.0225
wrap_up	those	0.3423
wrap_up	those are	0.1598
wrap_up	those were	0.1955
wrap_up	though	0.0291
wrap_up	thought	-0.1869
wrap_up	thought about	-0.0298
wrap_up	three	-0.067
wrap_up	three year	-0.0208
wrap_up	three ~duration	-0.0208
wrap_up	through	-0.1723
wrap_up	through a	-0.0215
wrap_up	through how	-0.023
wrap_up	through the	-0.025
wrap_up	through ~number	-0.048
wrap_up	tick	-0.0209
wrap_up	tight	-0.0607
wrap_up	time	-0.0566
wrap_up	time and	0.0659
wrap_up	time flew	0.0262
wrap_up	time for	-0.0724
wrap_up	time i	-0.122
wrap_up	time in	-0.0413
wrap_up	time it	0.0925
wrap_up	time jordan	0.0304
wrap_up	time on	-0.0875
wrap_up	time out	-0.0232
wrap_up	time should	0.0416
wrap_up	time so	0.0495
wrap_up	time thank	0.0683
wrap_up	time this	-0.0897
wrap_up	time to	-0.0825
wrap_up	time today	-0.0563
wrap_up	time we	0.0316
wrap_up	time you	0.134
wrap_up	tip	-0.0668
wrap_up	tip about	-0.0243
wrap_up	titl	-0.0324
wrap_up	to	-0.0951
wrap_up	to a	0.034
wrap_up	to about	-0.0225
wrap_up	to add	0.0907
wrap_up	to answer	-0.0585
wrap_up	to anyon	0.0931
wrap_up	to ask	0.206
wrap_up	to be	-0.1916
wrap_up	to becom	-0.0278
wrap_up	to check	-0.0251
wrap_up	to class	0.1641
wrap_up	to cut	0.1311
wrap_up	to day	-0.0821
wrap_up	to decid	0.0272
wrap_up	to die	0.1719
wrap_up	to do	-0.0579
wrap_up	to drop	0.152
wrap_up	to eat	-0.0385
wrap_up	to email	0.163
wrap_up	to figur	0.0274
wrap_up	to final	-0.0261
wrap_up	to find	-0.0214
wrap_up	to forward	-0.0226
wrap_up	to get	-0.1
wrap_up	to give	-0.0318
wrap_up	to go	0.1601
wrap_up	to hear	-0.1453
wrap_up	to help	0.0507
wrap_up	to hop	0.0758
wrap_up	to instruct	-0.0208
wrap_up	to it	0.192
wrap_up	to jump	0.0908
wrap_up	to keep	0.1897
wrap_up	to know	-0.0611
wrap_up	to learn	-0.1107
wrap_up	to leav	0.0525
wrap_up	to let	0.1713
wrap_up	to make	-0.0411
wrap_up	to me	0.0394
wrap_up	to meet	-0.0349
wrap_up	to mind	0.0576
wrap_up	to my	-0.133
wrap_up	to one	-0.0248
wrap_up	to overstay	-0.0202
wrap_up	to pass	-0.0778
wrap_up	to pick	0.0564
wrap_up	to pitch	0.0699
wrap_up	to reach	-0.0345
wrap_up	to return	0.0558
wrap_up	to run	0.2271
wrap_up	to rush	0.0799
wrap_up	to school	-0.0211
wrap_up	to see	-0.0271
wrap_up	to send	0.047
wrap_up	to share	-0.0327
wrap_up	to sign	0.0883
wrap_up	to someon	-0.0312
wrap_up	to speak	-0.0242
wrap_up	to stay	-0.1189
wrap_up	to stop	0.1851
wrap_up	to take	-0.1206
wrap_up	to talk	-0.1496
wrap_up	to tell	-0.0755
wrap_up	to test	-0.0261
wrap_up	to thank	0.073
wrap_up	to that	-0.084
wrap_up	to the	-0.0888
wrap_up	to think	-0.0806
wrap_up	to tri	-0.0381
wrap_up	to work	0.03
wrap_up	to wrap	0.0769
wrap_up	to write	-0.0864
wrap_up	to you	-0.0812
wrap_up	to your	0.1838
wrap_up	to ~closing	-0.0834
wrap_up	to ~contactverb	0.1036
wrap_up	to ~insight	-0.1187
wrap_up	to ~learn	-0.091
wrap_up	to ~limit	-0.0998
wrap_up	to ~number	-0.1228
wrap_up	to ~org	-0.0217
wrap_up	to ~people	0.0284
wrap_up	to ~sendverb	0.233
wrap_up	to ~student	-0.0215
wrap_up	to ~talk	0.1599
wrap_up	to ~want	-0.0431
wrap_up	to ~workverb	0.2572
wrap_up	today	0.1236
wrap_up	today and	-0.0756
wrap_up	today dr	0.0642
wrap_up	today i	0.0564
wrap_up	today is	-0.0402
wrap_up	today it	-0.0605
wrap_up	today so	-0.041
wrap_up	today was	-0.0469
wrap_up	told	-0.027
wrap_up	tomorrow	0.0941
wrap_up	tomorrow and	0.0371
wrap_up	tomorrow with	-0.0241
wrap_up	tomás	-0.022
wrap_up	ton	0.0656
wrap_up	tonight	-0.1917
wrap_up	tonight and	-0.0617
wrap_up	tonight to	-0.0528
wrap_up	too	-0.2717
wrap_up	too much	-0.1929
wrap_up	took away	0.022
wrap_up	tool	-0.0268
wrap_up	top	0.0221
wrap_up	top of	0.0267
wrap_up	topic	-0.0211
wrap_up	total	-0.1144
wrap_up	total fine	-0.0291
wrap_up	total get	-0.0672
wrap_up	total understand	0.0254
wrap_up	total ~learn	-0.0418
wrap_up	touch	0.0498
wrap_up	touch as	0.1822
wrap_up	touch with	-0.0573
wrap_up	toward	-0.0209
wrap_up	track	-0.1006
wrap_up	track of	-0.0321
wrap_up	transcript	0.0803
wrap_up	transit	-0.027
wrap_up	translat	-0.0298
wrap_up	travel	0.047
wrap_up	tri	-0.2666
wrap_up	tri out	-0.0272
wrap_up	tri this	-0.0213
wrap_up	tri to	-0.1793
wrap_up	tricki	-0.0218
wrap_up	true	-0.0401
wrap_up	truli	0.1272
wrap_up	truli if	-0.0213
wrap_up	trust	-0.0205
wrap_up	tuesday	-0.0214
wrap_up	twenti	-0.0979
wrap_up	twenti minut	-0.09
wrap_up	twenti ~limit	-0.09
wrap_up	twenti ~timeunit	-0.09
wrap_up	two	-0.046
wrap_up	two program	-0.0223
wrap_up	two year	-0.021
wrap_up	two ~duration	-0.0293
wrap_up	typic	-0.0791
wrap_up	typic week	-0.0248
wrap_up	typic ~closing	-0.0352
wrap_up	uh	0.0405
wrap_up	um	-0.0766
wrap_up	um so	0.0209
wrap_up	um the	-0.0292
wrap_up	um ~number	-0.0292
wrap_up	understand how	0.1028
wrap_up	understand the	-0.0452
wrap_up	understand what	-0.0341
wrap_up	understand ~number	-0.0452
wrap_up	uni	-0.0288
wrap_up	union	-0.0243
wrap_up	unless	0.0259
wrap_up	until ~number	-0.0407
wrap_up	up	0.4305
wrap_up	up a	-0.1017
wrap_up	up ani	0.1507
wrap_up	up anoth	0.0881
wrap_up	up appli	-0.0221
wrap_up	up enough	0.0767
wrap_up	up for	-0.0368
wrap_up	up front	-0.022
wrap_up	up go	-0.0294
wrap_up	up here	0.2087
wrap_up	up i	-0.0207
wrap_up	up in	-0.0254
wrap_up	up is	-0.0331
wrap_up	up most	-0.0456
wrap_up	up now	0.0262
wrap_up	up on	-0.0318
wrap_up	up question	-0.0207
wrap_up	up so	0.0795
wrap_up	up too	-0.0986
wrap_up	up where	0.064
wrap_up	up while	0.0952
wrap_up	up with	-0.0243
wrap_up	up your	0.0596
wrap_up	up ~number	-0.1051
wrap_up	up ~want	0.1977
wrap_up	updat	0.1471
wrap_up	updat after	0.0877
wrap_up	updat on	-0.0204
wrap_up	updat ~want	0.0877
wrap_up	us	0.2266
wrap_up	us call	0.0222
wrap_up	us leav	0.0801
wrap_up	us ~contactverb	0.0222
wrap_up	us ~talk	0.0222
wrap_up	use	-0.2077
wrap_up	use for	0.1057
wrap_up	use than	0.0201
wrap_up	use thank	-0.0344
wrap_up	use to	-0.0817
wrap_up	user	-0.0272
wrap_up	usual	-0.0942
wrap_up	ux	-0.0583
wrap_up	ux research	-0.0447
wrap_up	ux ~learn	-0.0328
wrap_up	vacanc	-0.0229
wrap_up	valu	-0.0408
wrap_up	valu your	-0.0292
wrap_up	valuabl	-0.0271
wrap_up	veri	0.2096
wrap_up	veri clear	-0.0673
wrap_up	veri full	0.1357
wrap_up	veri interest	0.1051
wrap_up	veri much	0.0648
wrap_up	version	-0.0294
wrap_up	versus	-0.0348
wrap_up	vet	-0.0586
wrap_up	volunt	-0.0359
wrap_up	vs	-0.0314
wrap_up	wait	0.0466
wrap_up	wait that	-0.0251
wrap_up	walk	-0.1308
wrap_up	walk across	-0.0234
wrap_up	walk me	-0.0976
wrap_up	want	0.2358
wrap_up	want the	-0.0217
wrap_up	want to	0.3709
wrap_up	want your	-0.0337
wrap_up	want ~number	-0.0435
wrap_up	was	0.2145
wrap_up	was a	0.0945
wrap_up	was exact	0.1162
wrap_up	was go	-0.0209
wrap_up	was incred	-0.096
wrap_up	was it	-0.0259
wrap_up	was just	-0.0611
wrap_up	was my	0.1919
wrap_up	was realli	0.0943
wrap_up	was so	-0.0805
wrap_up	was super	0.0527
wrap_up	was that	-0.0629
wrap_up	was wonder	-0.1416
wrap_up	was worri	-0.0385
wrap_up	was your	-0.0261
wrap_up	was ~number	0.0691
wrap_up	was ~want	0.0377
wrap_up	watch	-0.0642
wrap_up	watch the	-0.0544
wrap_up	watch ~number	-0.0544
wrap_up	way	-0.3055
wrap_up	way i	-0.0718
wrap_up	way to	-0.0578
wrap_up	we	0.6963
wrap_up	we agre	-0.0266
wrap_up	we are	0.4774
wrap_up	we call	0.1453
wrap_up	we can	-0.024
wrap_up	we finish	-0.046
wrap_up	we go	0.0805
wrap_up	we hang	-0.075
wrap_up	we have	-0.1623
wrap_up	we leav	0.0909
wrap_up	we onli	-0.0952
wrap_up	we pick	0.2007
wrap_up	we said	-0.0687
wrap_up	we still	-0.0611
wrap_up	we stop	0.255
wrap_up	we talk	-0.0374
wrap_up	we wrap	0.1566
wrap_up	we ~contactverb	0.1453
wrap_up	we ~learn	0.1882
wrap_up	we ~talk	0.122
wrap_up	weather	-0.0261
wrap_up	week	-0.0677
wrap_up	week i	-0.0332
wrap_up	week is	0.0644
wrap_up	week look	-0.0211
wrap_up	week on	-0.0235
wrap_up	week to	-0.0297
wrap_up	weekend	0.2961
wrap_up	weekend and	0.1074
wrap_up	wei	-0.0202
wrap_up	weird	-0.0482
wrap_up	weird if	-0.0258
wrap_up	welcom	-0.0282
wrap_up	well	0.2799
wrap_up	well i	0.2337
wrap_up	well past	-0.0312
wrap_up	well that	0.0826
wrap_up	went	-0.0882
wrap_up	were	0.1064
wrap_up	were all	0.0978
wrap_up	were my	0.0977
wrap_up	what	-0.6564
wrap_up	what are	-0.0341
wrap_up	what doe	-0.0563
wrap_up	what i	0.2477
wrap_up	what is	-0.195
wrap_up	what made	-0.0229
wrap_up	what my	-0.0225
wrap_up	what skill	-0.0317
wrap_up	what the	-0.0837
wrap_up	what was	-0.0204
wrap_up	what would	-0.0261
wrap_up	what you	-0.0646
wrap_up	what your	-0.026
wrap_up	what ~limit	-0.0245
wrap_up	what ~number	-0.0783
wrap_up	what ~want	-0.0261
wrap_up	when	-0.1909
wrap_up	when a	-0.0208
wrap_up	when i	-0.072
wrap_up	when to	-0.0226
wrap_up	when you	-0.0278
wrap_up	when ~number	-0.0292
wrap_up	whenev	-0.0716
wrap_up	where	-0.152
wrap_up	where do	-0.0545
wrap_up	where you	-0.0244
wrap_up	where ~help	-0.0545
wrap_up	whether	-0.2356
wrap_up	whether a	-0.0211
wrap_up	whether i	0.0389
wrap_up	whether the	-0.0399
wrap_up	whether this	-0.0297
wrap_up	whether you	-0.0564
wrap_up	whether ~number	-0.067
wrap_up	whi	-0.1373
wrap_up	whi i	-0.0892
wrap_up	which	-0.2562
wrap_up	which direct	-0.033
wrap_up	which is	-0.0286
wrap_up	which was	0.042
wrap_up	which ~degree	-0.0451
wrap_up	while	0.0439
wrap_up	while i	0.0777
wrap_up	who	-0.1844
wrap_up	who els	-0.0613
wrap_up	who is	-0.0335
wrap_up	who might	0.0685
wrap_up	who ~want	-0.0213
wrap_up	whoever	-0.0224
wrap_up	whole	0.0608
wrap_up	whole reason	-0.0213
wrap_up	wild	-0.04
wrap_up	will	0.4767
wrap_up	will be	-0.0742
wrap_up	will circl	-0.0265
wrap_up	will conclud	0.1651
wrap_up	will connect	-0.1133
wrap_up	will def	-0.0735
wrap_up	will definit	-0.144
wrap_up	will drop	-0.0952
wrap_up	will end	0.0954
wrap_up	will follow	-0.0539
wrap_up	will forward	-0.0278
wrap_up	will jump	-0.1558
wrap_up	will just	0.0317
wrap_up	will keep	-0.4955
wrap_up	will leav	0.3586
wrap_up	will let	0.5655
wrap_up	will make	-0.0533
wrap_up	will messag	-0.0589
wrap_up	will not	0.572
wrap_up	will reach	0.0735
wrap_up	will report	-0.0551
wrap_up	will say	0.1475
wrap_up	will send	-0.0569
wrap_up	will share	-0.023
wrap_up	will sign	0.0941
wrap_up	will stop	0.4248
wrap_up	will tell	-0.0225
wrap_up	will to	-0.0843
wrap_up	will tri	-0.1559
wrap_up	will wrap	0.4995
wrap_up	will write	-0.1387
wrap_up	will ~contactverb	-0.2083
wrap_up	will ~learn	0.0222
wrap_up	will ~sendverb	-0.2349
wrap_up	will ~talk	-0.123
wrap_up	will ~want	-0.1242
wrap_up	wise	-0.0221
wrap_up	wish	0.4069
wrap_up	wish you	0.436
wrap_up	with	-0.0922
wrap_up	with a	-0.0693
wrap_up	with all	-0.1341
wrap_up	with an	0.0863
wrap_up	with anyth	-0.0338
wrap_up	with even	-0.0204
wrap_up	with i	-0.0211
wrap_up	with me	-0.1161
wrap_up	with my	-0.0256
wrap_up	with that	0.075
wrap_up	with the	0.1349
wrap_up	with this	0.0792
wrap_up	with what	-0.0319
wrap_up	with you	0.0772
wrap_up	with your	0.0724
wrap_up	with ~number	0.1485
wrap_up	with ~people	-0.0238
wrap_up	wonder	-0.1151
wrap_up	wonder how	-0.0326
wrap_up	wonder whether	-0.0637
wrap_up	wonder which	-0.0247
wrap_up	wonder ~closing	0.0282
wrap_up	work	-0.1683
wrap_up	work in	0.0219
wrap_up	work is	-0.0263
wrap_up	work on	-0.0292
wrap_up	work would	-0.0251
wrap_up	work ~want	-0.0364
wrap_up	worri	-0.0229
wrap_up	worri about	-0.0256
wrap_up	worri at	-0.0395
wrap_up	worst	-0.0383
wrap_up	worst part	-0.032
wrap_up	worth	-0.1398
wrap_up	worth it	-0.0657
wrap_up	would	-0.1909
wrap_up	would be	-0.0331
wrap_up	would better	0.1427
wrap_up	would enjoy	-0.036
wrap_up	would ever	0.0845
wrap_up	would have	-0.0671
wrap_up	would it	0.1066
wrap_up	would known	0.0651
wrap_up	would love	0.0404
wrap_up	would never	-0.0409
wrap_up	would point	-0.0323
wrap_up	would prepar	0.0873
wrap_up	would realli	-0.0849
wrap_up	would recommend	-0.0569
wrap_up	would suggest	-0.0584
wrap_up	would you	-0.1239
wrap_up	would ~help	-0.0209
wrap_up	would ~want	-0.0874
wrap_up	wow	-0.0899
wrap_up	wow i	-0.0571
wrap_up	wow it	0.0693
wrap_up	wow ok	-0.0746
wrap_up	wrap	0.7187
wrap_up	wrap here	0.1137
wrap_up	wrap it	0.0634
wrap_up	wrap thing	0.0432
wrap_up	wrap up	0.5204
wrap_up	wrap ~want	0.1137
wrap_up	write	-0.3543
wrap_up	write a	-0.0352
wrap_up	write to	-0.0498
wrap_up	write up	-0.1243
wrap_up	write you	-0.103
wrap_up	write ~number	-0.0361
wrap_up	yeah i	0.086
wrap_up	yeah no	-0.0409
wrap_up	yeah that	-0.054
wrap_up	year	-0.4158
wrap_up	year and	-0.039
wrap_up	year in	-0.0552
wrap_up	year of	-0.023
wrap_up	year ~workverb	-0.0207
wrap_up	yes	0.0442
wrap_up	yes to	0.0362
wrap_up	yet	-0.0498
wrap_up	you	-0.3808
wrap_up	you a	0.0276
wrap_up	you after	-0.0517
wrap_up	you again	0.0518
wrap_up	you all	0.0215
wrap_up	you an	-0.0642
wrap_up	you and	0.0489
wrap_up	you ani	0.4232
wrap_up	you are	-0.0785
wrap_up	you avoid	-0.0249
wrap_up	you be	-0.1459
wrap_up	you block	0.0473
wrap_up	you can	0.1903
wrap_up	you carv	-0.0397
wrap_up	you could	-0.1249
wrap_up	you crack	0.0469
wrap_up	you decid	-0.0305
wrap_up	you do	-0.049
wrap_up	you even	-0.0295
wrap_up	you ever	-0.1379
wrap_up	you finish	-0.0443
wrap_up	you for	-0.1271
wrap_up	you from	-0.0298
wrap_up	you get	0.4706
wrap_up	you give	-0.0771
wrap_up	you go	0.4475
wrap_up	you got	-0.0218
wrap_up	you guy	-0.0309
wrap_up	you had	0.0622
wrap_up	you have	-0.2244
wrap_up	you head	0.124
wrap_up	you hear	-0.021
wrap_up	you how	-0.0791
wrap_up	you i	0.1058
wrap_up	you if	0.1112
wrap_up	you in	0.0929
wrap_up	you inform	-0.0259
wrap_up	you kept	-0.0223
wrap_up	you kind	-0.0383
wrap_up	you know	-0.402
wrap_up	you later	0.0757
wrap_up	you let	-0.0233
wrap_up	you long	0.0598
wrap_up	you longer	0.0258
wrap_up	you made	-0.0248
wrap_up	you make	0.0926
wrap_up	you mayb	0.0419
wrap_up	you mind	0.1446
wrap_up	you ms	0.0692
wrap_up	you my	-0.0382
wrap_up	you need	-0.0819
wrap_up	you next	-0.0358
wrap_up	you note	-0.2155
wrap_up	you now	0.0732
wrap_up	you ok	-0.0213
wrap_up	you on	0.119
wrap_up	you onli	-0.0286
wrap_up	you out	0.1146
wrap_up	you past	-0.0763
wrap_up	you point	0.0868
wrap_up	you post	-0.0655
wrap_up	you prefer	-0.04
wrap_up	you proper	-0.0245
wrap_up	you rather	-0.0287
wrap_up	you realli	-0.0311
wrap_up	you recommend	-0.0607
wrap_up	you run	0.0566
wrap_up	you say	-0.0561
wrap_up	you serious	0.024
wrap_up	you share	-0.0287
wrap_up	you sincer	0.0519
wrap_up	you so	-0.1168
wrap_up	you some	-0.022
wrap_up	you squeez	0.0882
wrap_up	you still	-0.0333
wrap_up	you suggest	-0.0475
wrap_up	you take	0.125
wrap_up	you tell	-0.0353
wrap_up	you thank	0.1741
wrap_up	you that	-0.062
wrap_up	you the	0.0793
wrap_up	you think	-0.2642
wrap_up	you this	0.0558
wrap_up	you time	0.1149
wrap_up	you too	-0.0285
wrap_up	you truli	0.0399
wrap_up	you up	0.2756
wrap_up	you veri	0.1224
wrap_up	you walk	-0.0362
wrap_up	you want	0.2854
wrap_up	you were	-0.0658
wrap_up	you when	-0.0225
wrap_up	you wish	0.0234
wrap_up	you work	-0.0217
wrap_up	you would	-0.0791
wrap_up	you your	0.0513
wrap_up	you ~degree	0.0692
wrap_up	you ~help	-0.0612
wrap_up	you ~insight	0.1069
wrap_up	you ~later	0.1094
wrap_up	you ~limit	0.1149
wrap_up	you ~sendverb	-0.0328
wrap_up	you ~want	0.0923
wrap_up	you ~workverb	0.0325
wrap_up	your	0.0867
wrap_up	your 3	0.0795
wrap_up	your a	-0.0217
wrap_up	your advic	-0.0432
wrap_up	your afternoon	0.1634
wrap_up	your app	0.0342
wrap_up	your blog	-0.0293
wrap_up	your brain	-0.0454
wrap_up	your busi	0.0404
wrap_up	your calendar	0.0484
wrap_up	your card	-0.0255
wrap_up	your clinic	-0.0205
wrap_up	your colleagu	-0.0359
wrap_up	your compani	-0.0535
wrap_up	your depart	-0.0242
wrap_up	your end	-0.0226
wrap_up	your evening	0.0451
wrap_up	your firm	-0.0536
wrap_up	your first	-0.0365
wrap_up	your flight	0.0819
wrap_up	your friday	0.1114
wrap_up	your hire	-0.0228
wrap_up	your honest	-0.0595
wrap_up	your honesti	0.0638
wrap_up	your inbox	-0.0329
wrap_up	your insight	0.0389
wrap_up	your kind	0.1084
wrap_up	your lunch	-0.0299
wrap_up	your mentor	0.1065
wrap_up	your morn	-0.031
wrap_up	your name	-0.0373
wrap_up	your network	-0.0233
wrap_up	your next	0.2941
wrap_up	your offic	0.0396
wrap_up	your patienc	-0.1588
wrap_up	your patient	0.0856
wrap_up	your perspect	-0.0337
wrap_up	your precious	-0.0423
wrap_up	your recruit	-0.0219
wrap_up	your schedul	0.073
wrap_up	your team	-0.2012
wrap_up	your thought	-0.0464
wrap_up	your time	0.0832
wrap_up	your week	0.157
wrap_up	your weekend	0.1009
wrap_up	your work	0.0475
wrap_up	your ~closing	0.4606
wrap_up	your ~gatekeeper	-0.0568
wrap_up	your ~hiring	-0.039
wrap_up	your ~insight	-0.0766
wrap_up	your ~job	-0.0398
wrap_up	your ~learn	0.0444
wrap_up	your ~limit	0.3028
wrap_up	your ~number	-0.0217
wrap_up	your ~org	-0.3664
wrap_up	your ~people	-0.053
wrap_up	your ~student	-0.0682
wrap_up	your ~talk	-0.0469
wrap_up	your ~workverb	0.0475
wrap_up	youtub	-0.0203
wrap_up	youtub channel	-0.0203
wrap_up	~application	0.0635
wrap_up	~application along	-0.0306
wrap_up	~application essay	0.0968
wrap_up	~application goe	0.072
wrap_up	~application to	-0.0566
wrap_up	~closing	0.5852
wrap_up	~closing and	0.152
wrap_up	~closing class	-0.0257
wrap_up	~closing for	-0.024
wrap_up	~closing goe	-0.0354
wrap_up	~closing i	-0.0818
wrap_up	~closing in	0.0252
wrap_up	~closing is	0.0465
wrap_up	~closing look	-0.0353
wrap_up	~closing of	0.4264
wrap_up	~closing on	-0.0235
wrap_up	~closing shift	-0.0724
wrap_up	~closing thank	0.0329
wrap_up	~closing to	-0.1097
wrap_up	~contactverb	0.0594
wrap_up	~contactverb a	-0.0352
wrap_up	~contactverb again	-0.0352
wrap_up	~contactverb as	0.1822
wrap_up	~contactverb back	-0.0549
wrap_up	~contactverb if	-0.0417
wrap_up	~contactverb in	-0.0295
wrap_up	~contactverb is	0.0491
wrap_up	~contactverb it	0.2006
wrap_up	~contactverb later	-0.0274
wrap_up	~contactverb on	-0.0216
wrap_up	~contactverb out	-0.086
wrap_up	~contactverb so	-0.0648
wrap_up	~contactverb them	-0.0432
wrap_up	~contactverb to	-0.0697
wrap_up	~contactverb tomorrow	-0.0507
wrap_up	~contactverb tonight	0.0229
wrap_up	~contactverb up	-0.1243
wrap_up	~contactverb with	0.0385
wrap_up	~contactverb you	0.2038
wrap_up	~degree	-0.2313
wrap_up	~degree alvarez	0.0722
wrap_up	~degree and	-0.0233
wrap_up	~degree at	-0.0264
wrap_up	~degree cours	-0.0224
wrap_up	~degree goe	-0.0493
wrap_up	~degree i	-0.0522
wrap_up	~degree in	-0.1248
wrap_up	~degree is	-0.0357
wrap_up	~degree program	-0.0502
wrap_up	~degree rout	-0.0242
wrap_up	~duration	-0.5061
wrap_up	~duration and	-0.0392
wrap_up	~duration in	-0.0633
wrap_up	~duration of	-0.023
wrap_up	~duration onc	-0.0298
wrap_up	~gatekeeper	-0.1499
wrap_up	~gatekeeper at	-0.0223
wrap_up	~gatekeeper goe	-0.0227
wrap_up	~gatekeeper just	0.1726
wrap_up	~gatekeeper manag	-0.0336
wrap_up	~help	-0.2733
wrap_up	~help an	-0.0422
wrap_up	~help i	-0.0327
wrap_up	~help me	0.07
wrap_up	~help not	0.2372
wrap_up	~help on	0.0254
wrap_up	~help peopl	-0.0296
wrap_up	~help than	0.0201
wrap_up	~help thank	-0.0344
wrap_up	~help the	0.0778
wrap_up	~help this	-0.025
wrap_up	~help to	0.0967
wrap_up	~help today	0.1533
wrap_up	~help with	-0.0853
wrap_up	~help you	-0.0899
wrap_up	~hiring	-0.2342
wrap_up	~hiring manag	-0.0336
wrap_up	~hiring night	-0.0247
wrap_up	~hiring the	-0.0434
wrap_up	~hiring up	0.0433
wrap_up	~insight	0.1887
wrap_up	~insight a	-0.0403
wrap_up	~insight and	-0.0209
wrap_up	~insight care	0.5969
wrap_up	~insight for	-0.0413
wrap_up	~insight from	-0.0224
wrap_up	~insight i	0.046
wrap_up	~insight it	0.0985
wrap_up	~insight more	0.1353
wrap_up	~insight note	-0.0218
wrap_up	~insight now	-0.0512
wrap_up	~insight on	-0.0903
wrap_up	~insight the	-0.0242
wrap_up	~insight to	-0.0298
wrap_up	~insight too	-0.0478
wrap_up	~insight up	-0.0603
wrap_up	~insight you	-0.0327
wrap_up	~job	-0.5502
wrap_up	~job come	0.0727
wrap_up	~job hunt	-0.0276
wrap_up	~job in	-0.0328
wrap_up	~job involv	-0.034
wrap_up	~job like	-0.027
wrap_up	~job on	-0.0268
wrap_up	~job or	0.0724
wrap_up	~job you	-0.0282
wrap_up	~later	0.3568
wrap_up	~later a	-0.0319
wrap_up	~later after	-0.0275
wrap_up	~later and	0.024
wrap_up	~later as	-0.0317
wrap_up	~later i	-0.0565
wrap_up	~later if	-0.0771
wrap_up	~later in	-0.0271
wrap_up	~later onc	-0.0392
wrap_up	~later so	0.0407
wrap_up	~later the	-0.0315
wrap_up	~later this	0.0775
wrap_up	~later today	-0.0936
wrap_up	~learn	-0.3243
wrap_up	~learn a	-0.0335
wrap_up	~learn about	-0.0492
wrap_up	~learn and	-0.0377
wrap_up	~learn approv	-0.0215
wrap_up	~learn back	0.4175
wrap_up	~learn for	-0.0481
wrap_up	~learn from	-0.0265
wrap_up	~learn go	0.1956
wrap_up	~learn how	-0.11
wrap_up	~learn i	-0.0843
wrap_up	~learn if	-0.141
wrap_up	~learn in	0.0528
wrap_up	~learn into	-0.0304
wrap_up	~learn is	-0.0302
wrap_up	~learn it	-0.1488
wrap_up	~learn me	0.0482
wrap_up	~learn more	-0.0271
wrap_up	~learn my	-0.0927
wrap_up	~learn not	-0.0217
wrap_up	~learn on	0.0797
wrap_up	~learn one	-0.0402
wrap_up	~learn out	0.0557
wrap_up	~learn stuck	0.0869
wrap_up	~learn that	-0.1636
wrap_up	~learn the	-0.0852
wrap_up	~learn this	0.146
wrap_up	~learn up	0.0806
wrap_up	~learn we	0.0845
wrap_up	~learn what	-0.0622
wrap_up	~learn when	-0.0289
wrap_up	~learn where	-0.0544
wrap_up	~learn whether	-0.062
wrap_up	~learn which	-0.0661
wrap_up	~learn would	-0.0251
wrap_up	~learn you	0.1272
wrap_up	~learn your	0.0202
wrap_up	~limit	-0.1154
wrap_up	~limit and	0.0512
wrap_up	~limit do	0.1425
wrap_up	~limit for	-0.1055
wrap_up	~limit goe	-0.0353
wrap_up	~limit hour	-0.0217
wrap_up	~limit i	-0.179
wrap_up	~limit if	-0.0325
wrap_up	~limit is	0.126
wrap_up	~limit it	0.0925
wrap_up	~limit jordan	0.0304
wrap_up	~limit left	-0.1236
wrap_up	~limit mark	0.0803
wrap_up	~limit my	-0.0278
wrap_up	~limit of	-0.0354
wrap_up	~limit on	-0.0917
wrap_up	~limit or	-0.0541
wrap_up	~limit out	-0.0318
wrap_up	~limit over	0.0784
wrap_up	~limit past	0.0553
wrap_up	~limit should	0.0416
wrap_up	~limit sorri	-0.0534
wrap_up	~limit thank	0.1012
wrap_up	~limit this	-0.0897
wrap_up	~limit to	-0.1678
wrap_up	~limit today	-0.0596
wrap_up	~limit we	0.0476
wrap_up	~limit would	-0.0424
wrap_up	~limit you	0.1262
wrap_up	~number	-0.5661
wrap_up	~number 30	0.048
wrap_up	~number admiss	-0.0444
wrap_up	~number advic	0.0689
wrap_up	~number an	-0.0809
wrap_up	~number applic	0.0526
wrap_up	~number articl	-0.0696
wrap_up	~number associ	-0.0238
wrap_up	~number bachelor	-0.044
wrap_up	~number best	0.098
wrap_up	~number book	-0.0536
wrap_up	~number bootcamp	0.104
wrap_up	~number brief	0.0784
wrap_up	~number budget	-0.0209
wrap_up	~number call	-0.0346
wrap_up	~number career	-0.062
wrap_up	~number certif	-0.0589
wrap_up	~number chanc	-0.0371
wrap_up	~number chat	0.0403
wrap_up	~number class	0.0226
wrap_up	~number clearer	0.0426
wrap_up	~number client	-0.0445
wrap_up	~number clinic	-0.0362
wrap_up	~number clock	-0.0531
wrap_up	~number close	0.049
wrap_up	~number cna	-0.0337
wrap_up	~number code	-0.0328
wrap_up	~number confer	0.0746
wrap_up	~number connect	-0.0232
wrap_up	~number convers	-0.052
wrap_up	~number counti	-0.0437
wrap_up	~number coupl	-0.0525
wrap_up	~number cs	-0.0234
wrap_up	~number data	-0.0321
wrap_up	~number day	-0.0232
wrap_up	~number deadlin	-0.0366
wrap_up	~number degre	-0.0288
wrap_up	~number design	-0.0247
wrap_up	~number difficult	-0.0203
wrap_up	~number email	-0.0406
wrap_up	~number end	0.1183
wrap_up	~number extra	0.0414
wrap_up	~number eye	-0.0626
wrap_up	~number fall	0.0836
wrap_up	~number favor	0.0233
wrap_up	~number feel	-0.0289
wrap_up	~number fellowship	0.0559
wrap_up	~number field	-0.0845
wrap_up	~number final	-0.052
wrap_up	~number first	-0.036
wrap_up	~number five	-0.036
wrap_up	~number flight	-0.0361
wrap_up	~number floor	0.0914
wrap_up	~number follow	-0.0238
wrap_up	~number forti	-0.0214
wrap_up	~number full	-0.0438
wrap_up	~number generous	0.1364
wrap_up	~number good	0.4006
wrap_up	~number grad	0.0874
wrap_up	~number great	0.0636
wrap_up	~number hackathon	-0.0214
wrap_up	~number half	-0.0205
wrap_up	~number hand	-0.0316
wrap_up	~number handwritten	-0.0274
wrap_up	~number hard	0.0494
wrap_up	~number head	-0.0289
wrap_up	~number hospit	-0.0634
wrap_up	~number hour	-0.0349
wrap_up	~number industri	-0.0288
wrap_up	~number internship	-0.022
wrap_up	~number interview	0.0415
wrap_up	~number intro	-0.022
wrap_up	~number job	0.0341
wrap_up	~number junior	-0.0263
wrap_up	~number keyboard	-0.0234
wrap_up	~number kind	-0.0508
wrap_up	~number lab	0.0945
wrap_up	~number last	0.1134
wrap_up	~number launch	0.1357
wrap_up	~number lectur	0.1096
wrap_up	~number legend	-0.0217
wrap_up	~number librari	0.0965
wrap_up	~number licens	-0.0784
wrap_up	~number line	0.0692
wrap_up	~number link	0.0724
wrap_up	~number list	-0.0493
wrap_up	~number littl	-0.0241
wrap_up	~number look	0.0661
wrap_up	~number love	0.2184
wrap_up	~number main	-0.0261
wrap_up	~number master	-0.0517
wrap_up	~number meet	0.0831
wrap_up	~number messag	-0.0385
wrap_up	~number million	0.0847
wrap_up	~number moment	-0.0321
wrap_up	~number month	0.0535
wrap_up	~number more	-0.2395
wrap_up	~number most	0.0358
wrap_up	~number msw	-0.0504
wrap_up	~number much	-0.0223
wrap_up	~number museum	0.0928
wrap_up	~number name	-0.0719
wrap_up	~number natur	0.1502
wrap_up	~number new	-0.0267
wrap_up	~number next	-0.0347
wrap_up	~number night	-0.0722
wrap_up	~number nonprofit	-0.0297
wrap_up	~number note	-0.0713
wrap_up	~number nurs	0.0682
wrap_up	~number of	0.0752
wrap_up	~number on	-0.0293
wrap_up	~number one	-0.0296
wrap_up	~number or	-0.0222
wrap_up	~number pack	0.0867
wrap_up	~number paraleg	-0.0257
wrap_up	~number part	-0.0265
wrap_up	~number past	0.0218
wrap_up	~number peopl	-0.0698
wrap_up	~number perspect	0.0302
wrap_up	~number pleasur	0.1272
wrap_up	~number podcast	-0.0483
wrap_up	~number point	-0.0239
wrap_up	~number polici	0.0944
wrap_up	~number portfolio	-0.0574
wrap_up	~number posit	-0.0589
wrap_up	~number program	-0.0695
wrap_up	~number project	-0.0379
wrap_up	~number proper	-0.1099
wrap_up	~number question	0.2512
wrap_up	~number quick	0.0224
wrap_up	~number real	0.0692
wrap_up	~number realist	-0.0265
wrap_up	~number realli	-0.0948
wrap_up	~number reason	-0.0205
wrap_up	~number recruit	-0.0297
wrap_up	~number referr	-0.0321
wrap_up	~number region	0.1667
wrap_up	~number resid	-0.0339
wrap_up	~number rest	0.3113
wrap_up	~number result	-0.0251
wrap_up	~number role	0.0228
wrap_up	~number same	-0.0351
wrap_up	~number sec	-0.0203
wrap_up	~number second	-0.0754
wrap_up	~number shadow	-0.0528
wrap_up	~number shift	-0.0392
wrap_up	~number short	-0.0419
wrap_up	~number small	-0.0412
wrap_up	~number so	-0.0399
wrap_up	~number spring	0.0254
wrap_up	~number state	-0.0376
wrap_up	~number student	-0.0387
wrap_up	~number summari	0.0991
wrap_up	~number summer	-0.0214
wrap_up	~number survey	-0.0324
wrap_up	~number team	0.1179
wrap_up	~number thank	-0.1307
wrap_up	~number time	0.1394
wrap_up	~number tip	-0.0256
wrap_up	~number ton	0.0656
wrap_up	~number top	0.0276
wrap_up	~number two	0.0337
wrap_up	~number typic	-0.0644
wrap_up	~number uh	-0.02
wrap_up	~number union	-0.0239
wrap_up	~number updat	0.0653
wrap_up	~number way	-0.0588
wrap_up	~number week	-0.0576
wrap_up	~number wonder	0.0282
wrap_up	~number word	0.0253
wrap_up	~number work	0.0765
wrap_up	~number year	-0.106
wrap_up	~org	-0.1415
wrap_up	~org and	-0.0443
wrap_up	~org applic	0.1122
wrap_up	~org chart	-0.0242
wrap_up	~org ever	-0.0313
wrap_up	~org for	0.0821
wrap_up	~org i	-0.0364
wrap_up	~org is	-0.0527
wrap_up	~org next	-0.0451
wrap_up	~org of	-0.0407
wrap_up	~org project	-0.0245
wrap_up	~org to	0.1322
wrap_up	~org who	0.0941
wrap_up	~org you	0.0425
wrap_up	~people	-0.4491
wrap_up	~people at	-0.0462
wrap_up	~people els	-0.174
wrap_up	~people final	-0.0258
wrap_up	~people from	-0.0224
wrap_up	~people i	-0.0429
wrap_up	~people in	-0.0416
wrap_up	~people is	-0.0335
wrap_up	~people last	0.1328
wrap_up	~people might	0.0634
wrap_up	~people more	-0.1049
wrap_up	~people of	-0.0374
wrap_up	~people on	0.044
wrap_up	~people to	-0.0333
wrap_up	~people who	-0.0736
wrap_up	~people would	-0.0263
wrap_up	~people you	-0.1084
wrap_up	~sendverb	-0.2935
wrap_up	~sendverb a	0.0505
wrap_up	~sendverb along	0.0598
wrap_up	~sendverb if	-0.0242
wrap_up	~sendverb it	-0.0843
wrap_up	~sendverb later	-0.0274
wrap_up	~sendverb my	-0.1207
wrap_up	~sendverb next	-0.0273
wrap_up	~sendverb on	-0.0333
wrap_up	~sendverb so	-0.0606
wrap_up	~sendverb that	-0.0242
wrap_up	~sendverb the	-0.0307
wrap_up	~sendverb them	-0.0492
wrap_up	~sendverb tomorrow	-0.0507
wrap_up	~sendverb tonight	0.0229
wrap_up	~sendverb with	0.1089
wrap_up	~sendverb you	0.0839
wrap_up	~student	-0.51
wrap_up	~student and	-0.033
wrap_up	~student associ	-0.0322
wrap_up	~student at	-0.0573
wrap_up	~student for	-0.038
wrap_up	~student give	0.0321
wrap_up	~student goe	-0.0227
wrap_up	~student i	-0.0298
wrap_up	~student in	-0.024
wrap_up	~student is	0.0596
wrap_up	~student just	0.1752
wrap_up	~student role	-0.0395
wrap_up	~student school	0.0665
wrap_up	~studyverb	-0.5322
wrap_up	~studyverb a	-0.0482
wrap_up	~studyverb away	0.022
wrap_up	~studyverb in	-0.0205
wrap_up	~studyverb it	-0.0287
wrap_up	~studyverb my	-0.0274
wrap_up	~studyverb night	-0.0247
wrap_up	~studyverb not	0.0597
wrap_up	~studyverb over	-0.0226
wrap_up	~studyverb that	-0.0344
wrap_up	~studyverb the	-0.1346
wrap_up	~studyverb this	0.0763
wrap_up	~studyverb time	-0.0232
wrap_up	~studyverb up	0.0405
wrap_up	~studyverb you	-0.1579
wrap_up	~talk	0.1746
wrap_up	~talk about	-0.0266
wrap_up	~talk again	-0.039
wrap_up	~talk and	0.0822
wrap_up	~talk for	-0.0238
wrap_up	~talk i	-0.0492
wrap_up	~talk if	-0.0401
wrap_up	~talk in	-0.031
wrap_up	~talk is	0.1358
wrap_up	~talk it	0.1995
wrap_up	~talk me	0.056
wrap_up	~talk next	-0.0528
wrap_up	~talk on	-0.0691
wrap_up	~talk onc	-0.0391
wrap_up	~talk one	-0.041
wrap_up	~talk out	-0.0968
wrap_up	~talk so	-0.0799
wrap_up	~talk soon	0.2742
wrap_up	~talk thank	0.0491
wrap_up	~talk them	-0.0436
wrap_up	~talk to	-0.1248
wrap_up	~talk tomorrow	-0.0507
wrap_up	~talk tonight	0.0229
wrap_up	~talk with	0.0741
wrap_up	~timeunit	-0.229
wrap_up	~timeunit are	-0.0449
wrap_up	~timeunit do	0.1512
wrap_up	~timeunit for	-0.0311
wrap_up	~timeunit left	-0.1231
wrap_up	~timeunit mark	0.1177
wrap_up	~timeunit or	-0.0383
wrap_up	~timeunit over	0.0784
wrap_up	~timeunit past	0.0553
wrap_up	~timeunit so	-0.02
wrap_up	~timeunit would	-0.0297
wrap_up	~want a	0.0807
wrap_up	~want about	-0.0282
wrap_up	~want appreci	0.0839
wrap_up	~want ask	-0.0392
wrap_up	~want be	-0.0331
wrap_up	~want better	0.1427
wrap_up	~want but	0.1
wrap_up	~want call	0.0785
wrap_up	~want do	-0.0364
wrap_up	~want ever	0.0845
wrap_up	~want eye	0.0332
wrap_up	~want for	-0.0734
wrap_up	~want gather	-0.0264
wrap_up	~want grate	0.1157
wrap_up	~want have	-0.0671
wrap_up	~want help	0.0479
wrap_up	~want here	-0.0293
wrap_up	~want i	-0.1489
wrap_up	~want in	-0.0577
wrap_up	~want interest	-0.0658
wrap_up	~want it	0.2328
wrap_up	~want just	-0.0225
wrap_up	~want kind	-0.0598
wrap_up	~want known	0.0651
wrap_up	~want let	-0.0346
wrap_up	~want like	-0.0313
wrap_up	~want look	-0.0295
wrap_up	~want love	0.0331
wrap_up	~want my	0.0553
wrap_up	~want never	-0.0409
wrap_up	~want or	-0.0741
wrap_up	~want out	-0.0302
wrap_up	~want point	-0.0323
wrap_up	~want prepar	0.0873
wrap_up	~want realli	-0.0635
wrap_up	~want reassur	-0.0217
wrap_up	~want recommend	-0.0569
wrap_up	~want say	0.0641
wrap_up	~want so	0.0351
wrap_up	~want suggest	-0.0584
wrap_up	~want thank	0.1586
wrap_up	~want that	-0.0498
wrap_up	~want the	0.0296
wrap_up	~want this	-0.1119
wrap_up	~want to	-0.0695
wrap_up	~want tri	0.0663
wrap_up	~want use	-0.0214
wrap_up	~want valu	-0.0312
wrap_up	~want we	-0.0284
wrap_up	~want whi	-0.027
wrap_up	~want you	0.1127
wrap_up	~want your	-0.0519
wrap_up	~workverb	-0.1108
wrap_up	~workverb a	0.0306
wrap_up	~workverb at	-0.0257
wrap_up	~workverb i	-0.0335
wrap_up	~workverb in	0.0215
wrap_up	~workverb is	-0.0263
wrap_up	~workverb like	-0.0218
wrap_up	~workverb on	-0.0361
wrap_up	~workverb realli	0.0393
wrap_up	~workverb so	-0.0302
wrap_up	~workverb take	-0.0201
wrap_up	~workverb the	-0.0663
wrap_up	~workverb there	-0.0271
wrap_up	~workverb to	0.259
wrap_up	~workverb with	-0.0246
wrap_up	~workverb would	-0.0251
wrap_up	~workverb you	-0.02
thanks	*	-2.1422
thanks	15	-0.0278
thanks	2 30	0.0239
thanks	20	-0.0348
thanks	20 minut	-0.0345
thanks	20 ~limit	-0.0271
thanks	20 ~timeunit	-0.0348
thanks	3	-0.0449
thanks	4	-0.0289
thanks	?	-1.5782
thanks	^alright	-0.031
thanks	^also	0.0807
thanks	^and	0.106
thanks	^ani	-0.1093
thanks	^anyway	0.1153
thanks	^appreci	0.4317
thanks	^are	-0.1462
thanks	^as	0.0424
thanks	^brilliant	0.1256
thanks	^can	-0.078
thanks	^cheer	0.8331
thanks	^cool	0.0442
thanks	^could	-0.1159
thanks	^dank	0.1231
thanks	^did	0.0519
thanks	^do	-0.2089
thanks	^doe	-0.0318
thanks	^enjoy	-0.0435
thanks	^good	0.033
thanks	^gosh	-0.024
thanks	^got	0.0523
thanks	^happi	-0.0286
thanks	^have	0.0516
thanks	^hey	0.0429
thanks	^hi	0.0893
thanks	^honest	-0.0228
thanks	^hope	-0.0248
thanks	^how	-0.3507
thanks	^i	-0.156
thanks	^if	-0.1897
thanks	^is	-0.3419
thanks	^it	-0.0591
thanks	^just	0.0334
thanks	^let	-0.1087
thanks	^look	0.0277
thanks	^mani	0.0769
thanks	^mind	-0.0506
thanks	^my	-0.1488
thanks	^no	-0.047
thanks	^oh	-0.1203
thanks	^ok	0.1447
thanks	^omg	-0.0343
thanks	^onc	-0.0208
thanks	^pleas	0.099
thanks	^quick	-0.0306
thanks	^real	0.1093
thanks	^realli	0.3605
thanks	^should	-0.0362
thanks	^sinc	-0.0384
thanks	^so	-0.0961
thanks	^sorri	-0.0243
thanks	^ta	0.3241
thanks	^take	-0.0744
thanks	^tell	-0.0686
thanks	^thank	1.9892
thanks	^the	-0.0358
thanks	^this	0.1857
thanks	^to	0.0747
thanks	^total	-0.0293
thanks	^um	-0.0296
thanks	^wait	-0.0381
thanks	^walk	-0.0262
thanks	^was	-0.0234
thanks	^well	0.046
thanks	^what	-0.463
thanks	^when	-0.031
thanks	^where	-0.0649
thanks	^which	-0.068
thanks	^who	-0.0462
thanks	^with	0.042
thanks	^would	-0.161
thanks	^wow	-0.0305
thanks	^yeah	-0.034
thanks	^your	-0.0239
thanks	a	-0.3253
thanks	a big	-0.0423
thanks	a bit	-0.0409
thanks	a brief	-0.0201
thanks	a busi	0.0472
thanks	a career	-0.0522
thanks	a chemistri	-0.0323
thanks	a close	-0.0216
thanks	a coupl	-0.0632
thanks	a degre	-0.0254
thanks	a few	-0.0546
thanks	a final	0.0492
thanks	a follow	0.0755
thanks	a friday	0.0667
thanks	a great	-0.0507
thanks	a hard	0.0225
thanks	a job	0.0246
thanks	a junior	-0.0218
thanks	a lab	0.0841
thanks	a lectur	0.0999
thanks	a legend	-0.0239
thanks	a line	0.0333
thanks	a logist	0.024
thanks	a lot	0.1677
thanks	a love	-0.0202
thanks	a massiv	0.0246
thanks	a master	-0.0431
thanks	a messag	0.0411
thanks	a million	0.1437
thanks	a month	0.0655
thanks	a much	0.1112
thanks	a normal	-0.0314
thanks	a note	0.1157
thanks	a nurs	-0.0264
thanks	a pack	0.1169
thanks	a paraleg	-0.0325
thanks	a part	-0.0202
thanks	a pleasur	-0.0226
thanks	a podcast	-0.0309
thanks	a product	-0.028
thanks	a project	-0.0258
thanks	a proper	-0.0572
thanks	a quick	-0.1032
thanks	a realist	-0.026
thanks	a realli	0.0767
thanks	a referr	-0.0441
thanks	a seminar	-0.0351
thanks	a shift	-0.0326
thanks	a short	0.0247
thanks	a stat	-0.0201
thanks	a stay	-0.0213
thanks	a thank	-0.2498
thanks	a ton	0.1186
thanks	a typic	-0.0556
thanks	a volunt	0.0211
thanks	a ~contactverb	0.0408
thanks	a ~degree	-0.0943
thanks	a ~number	-0.1184
thanks	a ~org	0.0564
thanks	a ~student	-0.1351
thanks	a ~talk	0.0723
thanks	a ~want	0.0767
thanks	about	-0.245
thanks	about a	-0.0256
thanks	about and	0.0366
thanks	about me	-0.0362
thanks	about the	0.1785
thanks	about your	-0.0349
thanks	about ~number	0.1154
thanks	about ~org	0.0465
thanks	academia	-0.0204
thanks	accept	0.1481
thanks	accept my	0.1913
thanks	access	-0.0402
thanks	access audit	-0.0386
thanks	account	-0.0755
thanks	across	-0.0279
thanks	actual	-0.0893
thanks	actual appli	-0.0203
thanks	actual cover	-0.0433
thanks	actual involv	0.1024
thanks	actual work	0.0204
thanks	actuari	-0.0459
thanks	actuari scienc	-0.0347
thanks	administr	-0.022
thanks	advic	0.1078
thanks	advic on	0.07
thanks	advisor	-0.0438
thanks	after	-0.1306
thanks	after a	0.037
thanks	after my	0.0497
thanks	after the	-0.0269
thanks	after this	-0.0742
thanks	after your	-0.033
thanks	afternoon	0.1371
thanks	afternoon and	0.0399
thanks	afternoon so	0.1054
thanks	afternoon thank	0.059
thanks	again	0.4899
thanks	again and	0.1475
thanks	again for	0.069
thanks	again i	0.0767
thanks	again onc	-0.0246
thanks	agre	0.3425
thanks	agre to	0.3785
thanks	all	0.2599
thanks	all i	0.131
thanks	all my	0.0305
thanks	all of	0.1165
thanks	all right	-0.0287
thanks	all the	0.0204
thanks	all ~closing	-0.0238
thanks	all ~limit	-0.0238
thanks	almost	-0.0406
thanks	along	-0.043
thanks	alreadi	-0.0915
thanks	alreadi half	-0.023
thanks	alreadi ~number	-0.0208
thanks	alright if	0.0599
thanks	alright that	-0.0331
thanks	also	0.0624
thanks	also is	0.0616
thanks	alumni	-0.0388
thanks	alway	-0.0448
thanks	am	0.1121
thanks	am a	0.0266
thanks	am appli	-0.0285
thanks	am conscious	-0.0283
thanks	am curious	-0.023
thanks	am explor	0.0313
thanks	am finish	-0.0269
thanks	am go	-0.0536
thanks	am grate	0.5363
thanks	am here	-0.0377
thanks	am hope	-0.0614
thanks	am in	0.09
thanks	am just	-0.0462
thanks	am main	0.0329
thanks	am not	-0.0615
thanks	am onli	0.0543
thanks	am pretti	-0.0224
thanks	am realli	-0.0508
thanks	am so	0.0903
thanks	am tri	-0.0246
thanks	am ~studyverb	-0.0709
thanks	am ~want	-0.2458
thanks	an	-0.1045
thanks	an eye	-0.034
thanks	an hour	0.0212
thanks	an insid	-0.021
thanks	an interview	-0.0239
thanks	an mba	0.0637
thanks	an updat	0.0719
thanks	an ~degree	0.0521
thanks	an ~limit	0.0202
thanks	an ~student	0.0498
thanks	an ~talk	-0.0366
thanks	an ~timeunit	0.0212
thanks	analyst	-0.0909
thanks	analyst program	-0.0221
thanks	analyst ~degree	-0.0221
thanks	analyst ~job	-0.0293
thanks	analyt	-0.0406
thanks	and	0.3986
thanks	and also	-0.0343
thanks	and can	0.036
thanks	and drop	-0.0531
thanks	and for	0.0403
thanks	and good	-0.0253
thanks	and have	-0.0236
thanks	and how	0.1352
thanks	and i	0.1393
thanks	and if	0.0535
thanks	and is	0.0583
thanks	and now	-0.0291
thanks	and pleas	0.0468
thanks	and thank	0.2453
thanks	and um	0.0288
thanks	and want	0.0278
thanks	and would	0.0582
thanks	and you	0.035
thanks	and ~insight	0.0356
thanks	and ~learn	-0.0416
thanks	and ~sendverb	-0.0212
thanks	and ~want	0.111
thanks	angl	0.0264
thanks	angl for	0.0264
thanks	ani	-0.2198
thanks	ani chanc	0.0222
thanks	ani good	-0.0497
thanks	ani open	0.0353
thanks	ani ~job	0.0204
thanks	ani ~student	-0.022
thanks	anim	-0.0242
thanks	anoth ~talk	0.0282
thanks	answer	0.1996
thanks	answer everyth	-0.0226
thanks	answer it	0.1016
thanks	answer my	0.108
thanks	anyon	0.0905
thanks	anyon at	0.0451
thanks	anyon els	0.1165
thanks	anyon who	-0.03
thanks	anyon ~people	-0.03
thanks	anyth	-0.1316
thanks	anyth you	-0.0353
thanks	anyway	0.1139
thanks	anyway i	0.1014
thanks	app your	0.0268
thanks	appli	-0.0686
thanks	appli to	-0.0591
thanks	appreci	1.7886
thanks	appreci a	-0.0419
thanks	appreci all	0.1652
thanks	appreci it	0.346
thanks	appreci the	0.0559
thanks	appreci this	0.1247
thanks	appreci you	0.7196
thanks	appreci your	0.2594
thanks	apprenticeship	0.0502
thanks	approv	0.0721
thanks	archiv	0.0247
thanks	are	-0.2155
thanks	are all	0.0244
thanks	are at	0.0661
thanks	are hire	0.0611
thanks	are not	-0.0235
thanks	are so	0.0342
thanks	are squeez	-0.0216
thanks	are there	-0.0771
thanks	are you	-0.0852
thanks	are ~gatekeeper	0.0611
thanks	are ~hiring	0.0557
thanks	are ~number	-0.0226
thanks	arjun	0.0251
thanks	armi	0.0551
thanks	armi as	0.0258
thanks	armi logist	0.0532
thanks	articl i	-0.0457
thanks	articl on	0.0268
thanks	as	-0.0667
thanks	as a	-0.0292
thanks	as i	-0.035
thanks	as someon	0.0541
thanks	as ~number	-0.0445
thanks	as ~people	0.0484
thanks	asid	-0.021
thanks	ask	-0.1698
thanks	ask about	0.0333
thanks	ask for	-0.0642
thanks	ask if	0.0325
thanks	ask to	-0.0201
thanks	ask you	-0.0577
thanks	assist	-0.0214
thanks	associ	-0.0443
thanks	at	-0.081
thanks	at 2	0.0267
thanks	at 3	-0.0215
thanks	at a	-0.0646
thanks	at all	-0.033
thanks	at home	-0.0238
thanks	at leed	0.027
thanks	at noon	0.0271
thanks	at our	-0.0346
thanks	at rutger	0.0348
thanks	at your	-0.0448
thanks	at ~number	-0.0831
thanks	attach	-0.0291
thanks	attend	0.0216
thanks	attend if	0.0216
thanks	audit	-0.0894
thanks	audit i	-0.0386
thanks	awesom	0.0413
thanks	back	-0.0394
thanks	back after	-0.0449
thanks	back from	0.0596
thanks	back in	-0.029
thanks	back onc	-0.0425
thanks	back out	0.0418
thanks	back to	0.0474
thanks	back ~want	-0.0475
thanks	background	-0.066
thanks	bank	-0.0208
thanks	be	-0.0717
thanks	be a	-0.0254
thanks	be comfort	-0.0214
thanks	be glad	-0.0328
thanks	be happi	-0.0238
thanks	be honest	0.0792
thanks	be in	0.0532
thanks	be mind	-0.0229
thanks	be ok	0.1011
thanks	be open	-0.0361
thanks	be quick	-0.0617
thanks	be realli	-0.0613
thanks	be so	0.1377
thanks	be sure	0.0219
thanks	be upfront	0.0458
thanks	be weird	-0.0202
thanks	be worth	0.033
thanks	be ~number	-0.0326
thanks	be ~want	-0.0669
thanks	becaus	-0.0384
thanks	becaus i	-0.0209
thanks	becom	-0.0211
thanks	been	0.1151
thanks	been do	-0.0336
thanks	been incred	0.0771
thanks	been realli	-0.0412
thanks	been so	0.0851
thanks	been the	0.0301
thanks	been ~studyverb	-0.0411
thanks	been ~want	-0.0442
thanks	befor	-0.0623
thanks	befor go	0.0414
thanks	befor that	-0.0406
thanks	befor we	-0.0237
thanks	befor you	-0.0212
thanks	befor your	0.0216
thanks	believ	0.0881
thanks	believ that	0.0915
thanks	best	-0.0533
thanks	better let	0.0213
thanks	between	0.035
thanks	between meet	-0.0273
thanks	between surgeri	0.0325
thanks	between the	0.0272
thanks	between your	0.0378
thanks	between ~number	0.0555
thanks	beyond	-0.0323
thanks	big	-0.0864
thanks	biggest	-0.0248
thanks	bio	-0.0228
thanks	bio ~student	-0.0206
thanks	biolog	0.0352
thanks	bit	-0.0748
thanks	bit about	-0.0241
thanks	block	0.0271
thanks	block off	0.0271
thanks	blog	-0.086
thanks	blog post	-0.06
thanks	blog ~sendverb	-0.0512
thanks	book or	-0.0422
thanks	bootcamp	-0.0511
thanks	brain	0.0291
thanks	brain about	-0.0229
thanks	break	0.0292
thanks	break for	0.0789
thanks	break so	-0.0426
thanks	brief	-0.0402
thanks	brilliant	0.4515
thanks	bring	-0.0414
thanks	broadband	-0.0264
thanks	brutal	-0.0228
thanks	budget	0.0703
thanks	burnout	0.0443
thanks	busi so	0.0252
thanks	busi week	0.0449
thanks	busi with	-0.0218
thanks	busi ~closing	0.0449
thanks	but	0.0892
thanks	but i	-0.0204
thanks	but thank	0.0416
thanks	but would	0.0654
thanks	but ~want	0.0648
thanks	by the	0.0223
thanks	bye	0.085
thanks	calendar	0.0445
thanks	calendar is	0.0464
thanks	call	-0.0462
thanks	call in	-0.0222
thanks	call it	-0.0302
thanks	came	-0.0274
thanks	can	-0.0213
thanks	can do	0.0254
thanks	can get	-0.0249
thanks	can keep	0.0939
thanks	can return	0.0552
thanks	can see	-0.0386
thanks	can tell	0.0641
thanks	can you	-0.045
thanks	can ~help	0.0369
thanks	can ~learn	-0.0655
thanks	candid	0.1346
thanks	candid about	0.0821
thanks	candor	0.1084
thanks	card	-0.0244
thanks	card and	-0.0224
thanks	card to	0.0209
thanks	care	-0.055
thanks	care and	-0.0392
thanks	career	-0.1745
thanks	carv	0.0846
thanks	carv out	0.0846
thanks	case studi	0.0336
thanks	case ~studyverb	0.0398
thanks	cert	0.0405
thanks	certif	-0.057
thanks	certif cours	-0.0333
thanks	certif ~degree	-0.0392
thanks	chain	0.0213
thanks	chain ~org	0.0479
thanks	chanc	0.0243
thanks	chanc you	0.0481
thanks	chang	-0.0589
thanks	chat	0.0749
thanks	chat is	-0.023
thanks	chat with	-0.031
thanks	check	-0.0564
thanks	cheer	1.1149
thanks	cheer for	0.6164
thanks	cheer super	0.257
thanks	cheer that	0.2089
thanks	chemistri	-0.0343
thanks	chemistri teacher	-0.0273
thanks	chemistri ~student	-0.0312
thanks	civil	-0.022
thanks	clarifi	0.029
thanks	classmat	0.0378
thanks	clean	-0.0213
thanks	clear	0.0754
thanks	clearer	0.0957
thanks	clearer pictur	0.096
thanks	clearer ~insight	0.0957
thanks	client a	0.0381
thanks	client ~number	0.0381
thanks	clinic	-0.0492
thanks	clinic data	-0.0308
thanks	clinic research	-0.0202
thanks	clinic ~learn	-0.0344
thanks	clock	-0.0687
thanks	close	-0.0564
thanks	coach	-0.0458
thanks	coffe	-0.0477
thanks	colleg	-0.0384
thanks	colonel	0.0778
thanks	come	-0.0967
thanks	come up	-0.0467
thanks	comfort	-0.0647
thanks	comfort with	-0.0427
thanks	common	-0.021
thanks	communiti	-0.058
thanks	communiti colleg	-0.0255
thanks	compani	-0.0847
thanks	compani graduat	-0.0264
thanks	compani ~student	-0.0264
thanks	complet	-0.0289
thanks	conclud	0.1186
thanks	conclud here	0.0324
thanks	conclud my	0.0915
thanks	conclud ~want	0.0324
thanks	confer	0.0335
thanks	confer you	0.0204
thanks	confid	0.066
thanks	confid in	0.045
thanks	connect	-0.0866
thanks	connect me	-0.0381
thanks	conscious	-0.0411
thanks	conscious of	-0.0237
thanks	consid	-0.0459
thanks	consult	-0.0438
thanks	contact	-0.0266
thanks	context	-0.0422
thanks	convers	0.0681
thanks	convers and	0.0466
thanks	convers i	0.0447
thanks	cool	0.0533
thanks	cool i	-0.021
thanks	cool that	0.0655
thanks	could	-0.2486
thanks	could connect	-0.0243
thanks	could do	-0.0299
thanks	could help	0.0288
thanks	could i	-0.0368
thanks	could make	0.1213
thanks	could point	-0.0283
thanks	could reach	0.0243
thanks	could tell	-0.027
thanks	could tri	-0.0266
thanks	could you	-0.1077
thanks	could ~want	-0.0266
thanks	coupl	-0.0737
thanks	coupl of	-0.0515
thanks	cours	-0.0718
thanks	cousin	-0.0249
thanks	cover everyth	0.0501
thanks	cover it	-0.0249
thanks	crack	-0.0259
thanks	crack on	-0.0229
thanks	credit	-0.0205
thanks	critic	0.022
thanks	critic care	0.022
thanks	cultur	-0.0211
thanks	curious	-0.058
thanks	curious about	-0.0206
thanks	curious how	-0.0232
thanks	current	-0.0323
thanks	cut	-0.0491
thanks	cut me	-0.02
thanks	daili	-0.0202
thanks	dana	0.0489
thanks	dana i	0.0417
thanks	dank	0.1231
thanks	data	-0.0976
thanks	data manag	-0.0308
thanks	data scienc	-0.0632
thanks	data scientist	-0.0205
thanks	data team	0.061
thanks	data ~org	0.0609
thanks	day	-0.0516
thanks	day in	-0.0235
thanks	day to	-0.0387
thanks	deadlin week	0.0229
thanks	deadlin ~closing	0.0229
thanks	decid	0.0247
thanks	def	-0.048
thanks	def send	-0.0387
thanks	def ~sendverb	-0.0387
thanks	definit	-0.0924
thanks	definit report	-0.0388
thanks	definit ~contactverb	-0.0408
thanks	degre	-0.0764
thanks	degre in	-0.0231
thanks	depart	-0.0373
thanks	describ	-0.033
thanks	describ ~number	-0.0206
thanks	design	-0.121
thanks	detail	-0.0559
thanks	dev	0.0646
thanks	develop	-0.0263
thanks	diari	0.0301
thanks	did it	0.0415
thanks	did not	-0.023
thanks	did the	0.1616
thanks	did you	-0.0676
thanks	did ~number	0.1542
thanks	differ	-0.0571
thanks	difficult	-0.0247
thanks	digest	0.0224
thanks	digest everyth	0.0227
thanks	direct	-0.0517
thanks	do	-0.4263
thanks	do a	-0.0217
thanks	do client	-0.0305
thanks	do electrician	0.0614
thanks	do i	-0.0247
thanks	do let	0.0549
thanks	do not	-0.0216
thanks	do peopl	-0.0247
thanks	do this	0.0429
thanks	do to	-0.0223
thanks	do you	-0.2496
thanks	do ~number	-0.0502
thanks	do ~people	-0.0273
thanks	do ~student	0.0603
thanks	doe	-0.0549
thanks	doe it	-0.036
thanks	doe that	-0.0203
thanks	doe the	0.076
thanks	doe your	-0.0429
thanks	doe ~number	0.0661
thanks	done	0.0291
thanks	done ~number	-0.0203
thanks	down	-0.1088
thanks	down a	-0.0488
thanks	down ~number	-0.0553
thanks	downsid	0.0469
thanks	dr	0.0415
thanks	draft	0.0347
thanks	draft my	0.0421
thanks	drop	-0.0694
thanks	drop you	-0.0821
thanks	earli	-0.0516
thanks	easi	-0.0226
thanks	eat	-0.0423
thanks	econ	-0.0461
thanks	educ	0.0307
thanks	educ i	0.0359
thanks	eight	-0.0273
thanks	eight year	-0.0216
thanks	eight ~duration	-0.0216
thanks	electrician	0.0555
thanks	els	0.0826
thanks	els you	0.1262
thanks	email	-0.0909
thanks	email i	0.0748
thanks	email later	-0.039
thanks	email tomorrow	0.0207
thanks	email tonight	-0.1093
thanks	email with	-0.0253
thanks	email you	0.0522
thanks	email ~later	-0.039
thanks	end	0.0276
thanks	end i	-0.0276
thanks	end it	0.0241
thanks	end up	-0.0759
thanks	engin	-0.0702
thanks	enjoy	0.0341
thanks	enjoy the	0.059
thanks	enjoy ~number	0.059
thanks	enough	0.0439
thanks	entri	-0.0225
thanks	entri level	-0.0225
thanks	er	0.0887
thanks	even	-0.0644
thanks	evening	-0.0263
thanks	ever	-0.1035
thanks	ever anyth	-0.0281
thanks	ever get	-0.0268
thanks	ever help	-0.0235
thanks	ever want	0.0243
thanks	ever ~help	-0.0232
thanks	ever ~learn	-0.0317
thanks	everyon	-0.0323
thanks	everyth i	-0.0494
thanks	exact	0.0421
thanks	exact what	0.0353
thanks	exam	0.1376
thanks	expect	-0.0225
thanks	experi	-0.0495
thanks	explain	0.1136
thanks	explain that	0.0592
thanks	explain the	0.0284
thanks	explain ~number	0.0284
thanks	explor	0.036
thanks	explor suppli	0.0241
thanks	eye	-0.0665
thanks	eye on	-0.0398
thanks	eye open	-0.0226
thanks	eye ~job	-0.0226
thanks	fair	-0.054
thanks	fall	-0.0221
thanks	favor	0.0293
thanks	feedback	-0.0218
thanks	feel confid	0.066
thanks	feel free	-0.035
thanks	few	-0.0655
thanks	few ~duration	-0.0246
thanks	field	-0.1334
thanks	fieldwork	0.1128
thanks	fifteen minut	0.0208
thanks	fifteen ~limit	0.0208
thanks	fifteen ~timeunit	0.0208
thanks	figur	-0.0994
thanks	figur out	-0.0752
thanks	final	0.0439
thanks	final understood	-0.0507
thanks	final year	0.13
thanks	final ~duration	0.13
thanks	find the	0.0409
thanks	find ~number	0.037
thanks	fine	-0.0209
thanks	finish	-0.1683
thanks	finish a	-0.022
thanks	finish my	-0.0531
thanks	finish the	-0.0317
thanks	finish ~number	-0.0537
thanks	firm	-0.068
thanks	first	-0.0885
thanks	first client	0.0789
thanks	first heard	-0.0397
thanks	first place	-0.0261
thanks	first start	-0.0351
thanks	first year	-0.033
thanks	first ~duration	-0.033
thanks	first ~org	-0.0286
thanks	fit	0.155
thanks	fit for	-0.0224
thanks	fit me	0.1963
thanks	five	0.0537
thanks	five ~limit	-0.0231
thanks	focus	-0.0374
thanks	follow	0.0214
thanks	follow up	0.0517
thanks	for	0.9695
thanks	for a	-0.1407
thanks	for about	-0.0335
thanks	for accept	0.0366
thanks	for agre	0.2735
thanks	for all	0.0572
thanks	for an	-0.0585
thanks	for ani	-0.0236
thanks	for be	0.0845
thanks	for do	0.0326
thanks	for everyth	0.021
thanks	for explain	0.1018
thanks	for fit	0.0986
thanks	for get	-0.0216
thanks	for give	0.1074
thanks	for keep	-0.0295
thanks	for make	0.085
thanks	for me	-0.1062
thanks	for meet	0.0509
thanks	for repli	0.0905
thanks	for six	-0.0243
thanks	for someon	-0.0472
thanks	for squeez	0.0647
thanks	for stay	0.0396
thanks	for such	0.0351
thanks	for take	0.0233
thanks	for that	0.2146
thanks	for the	0.0352
thanks	for this	0.4154
thanks	for today	0.0373
thanks	for what	0.0239
thanks	for your	0.1315
thanks	for ~insight	-0.0243
thanks	for ~number	-0.1578
thanks	for ~people	-0.075
thanks	for ~studyverb	0.0554
thanks	for ~talk	0.0612
thanks	forens	-0.0203
thanks	forens account	-0.0252
thanks	forti five	-0.0201
thanks	forti ~number	-0.0201
thanks	forward	-0.038
thanks	found	-0.144
thanks	found out	-0.0537
thanks	found this	-0.0482
thanks	four	-0.0238
thanks	free	0.0347
thanks	free to	-0.035
thanks	free you	0.0502
thanks	freelanc	0.0349
thanks	friday	0.1095
thanks	friday afternoon	0.0445
thanks	friday ~closing	0.0445
thanks	friday ~limit	0.0445
thanks	friend	-0.0222
thanks	from	-0.2914
thanks	from me	-0.0342
thanks	from my	-0.0799
thanks	from retail	0.0213
thanks	from the	0.0311
thanks	front	-0.0241
thanks	full	-0.0253
thanks	game	-0.0546
thanks	game design	-0.0228
thanks	gather	-0.0314
thanks	gather inform	-0.0218
thanks	gather ~insight	-0.0297
thanks	gave	0.0871
thanks	gave me	0.1211
thanks	general	-0.0285
thanks	generous	0.139
thanks	generous answer	0.044
thanks	generous with	0.0879
thanks	genuin	0.0859
thanks	genuin want	0.0401
thanks	genuin ~want	0.0372
thanks	get	0.0851
thanks	get advic	0.0463
thanks	get approv	0.0785
thanks	get back	0.0344
thanks	get into	-0.064
thanks	get my	0.0394
thanks	get on	0.0404
thanks	get out	-0.0268
thanks	get ~insight	0.0446
thanks	give	0.0946
thanks	give me	0.0372
thanks	give up	0.1078
thanks	glad	-0.0639
thanks	glad to	-0.0352
thanks	go	-0.0686
thanks	go enjoy	-0.0215
thanks	go is	0.0648
thanks	go now	0.0467
thanks	go thank	0.04
thanks	go to	-0.0796
thanks	goe	-0.0827
thanks	good	-0.0645
thanks	good afternoon	0.0264
thanks	good book	-0.0298
thanks	good on	-0.0382
thanks	good one	0.1058
thanks	good weekend	-0.0226
thanks	good word	-0.0357
thanks	good ~limit	0.0211
thanks	good ~number	0.1058
thanks	good ~people	0.1048
thanks	goodby	-0.0213
thanks	gosh	-0.0258
thanks	got	0.1546
thanks	got a	0.1658
thanks	got everyth	-0.0201
thanks	got into	-0.0207
thanks	got thank	0.0347
thanks	got to	0.0798
thanks	got where	0.0345
thanks	got ~number	0.132
thanks	got ~want	0.0617
thanks	grad	-0.0333
thanks	graduat	-0.0714
thanks	graduat scheme	-0.0277
thanks	grant	-0.0421
thanks	grate	0.8369
thanks	grate for	0.1412
thanks	grate if	-0.0404
thanks	grate you	0.465
thanks	gratitud	0.18
thanks	great	-0.021
thanks	great rest	-0.0263
thanks	great that	-0.0255
thanks	great ~closing	-0.0359
thanks	group	0.0293
thanks	group i	0.0475
thanks	guidanc	0.0272
thanks	guy	-0.0314
thanks	had	-0.051
thanks	had no	-0.0245
thanks	had not	-0.0204
thanks	had thank	0.0636
thanks	half an	0.0333
thanks	half past	-0.0301
thanks	half ~number	0.0327
thanks	halvorsen	0.084
thanks	hand	-0.0203
thanks	hand with	0.0231
thanks	happen to	0.0235
thanks	happi	-0.0527
thanks	happi to	-0.047
thanks	hard	0.039
thanks	hard stop	0.0225
thanks	harder	0.0261
thanks	harder than	0.0278
thanks	has	0.0486
thanks	has been	0.0421
thanks	has ~workverb	0.0412
thanks	have	0.102
thanks	have a	0.0251
thanks	have been	-0.0613
thanks	have decid	0.0481
thanks	have done	-0.0328
thanks	have draft	0.0421
thanks	have finish	-0.0384
thanks	have gone	0.0328
thanks	have got	0.1666
thanks	have had	0.0268
thanks	have heard	0.0325
thanks	have kept	-0.0339
thanks	have my	-0.0555
thanks	have onli	-0.0381
thanks	have shadow	-0.0368
thanks	have spoken	0.0648
thanks	have submit	0.0217
thanks	have taken	0.0768
thanks	have talk	0.0275
thanks	have what	0.0234
thanks	have ~studyverb	-0.0478
thanks	have ~workverb	-0.091
thanks	head	0.0588
thanks	head off	0.0266
thanks	health	-0.0303
thanks	heap	0.0349
thanks	heap for	0.0239
thanks	hear how	0.074
thanks	heard about	-0.0417
thanks	heard back	0.0446
thanks	help	0.3309
thanks	help a	0.0222
thanks	help me	0.1141
thanks	help thank	0.0827
thanks	help way	0.0361
thanks	help with	-0.0372
thanks	here	-0.0337
thanks	here thank	0.0746
thanks	here to	-0.0219
thanks	hesit	0.026
thanks	hesit to	0.0223
thanks	hey	0.0429
thanks	hey thank	0.0475
thanks	hi	0.0688
thanks	hi dr	0.0349
thanks	hire	-0.0608
thanks	hire junior	0.0608
thanks	hire manag	-0.0261
thanks	hire ~gatekeeper	-0.0261
thanks	histori	0.0918
thanks	histori student	0.0306
thanks	histori ~student	0.0306
thanks	hit	0.0571
thanks	hold	-0.0372
thanks	hold you	-0.0241
thanks	homework	-0.0216
thanks	honest	-0.0244
thanks	honest advic	0.0477
thanks	honest if	0.0518
thanks	honest take	-0.0372
thanks	honesti	0.1598
thanks	honesti about	0.1422
thanks	hop	0.0218
thanks	hop on	0.0321
thanks	hope	-0.1244
thanks	hope i	-0.0222
thanks	hope to	-0.0301
thanks	hope you	-0.0458
thanks	hospit	0.0262
thanks	hour for	-0.0206
thanks	hour i	0.0305
thanks	hous	-0.052
thanks	how	-0.2498
thanks	how do	-0.0711
thanks	how doe	0.0707
thanks	how i	-0.0445
thanks	how is	0.051
thanks	how it	-0.0247
thanks	how long	0.0651
thanks	how much	-0.1012
thanks	how the	-0.0527
thanks	how thing	-0.0257
thanks	how would	-0.0213
thanks	how you	-0.0406
thanks	how your	-0.0292
thanks	how ~help	-0.0717
thanks	how ~number	-0.0641
thanks	how ~want	-0.0213
thanks	hunt	-0.022
thanks	i	-0.4507
thanks	i actual	-0.0365
thanks	i am	0.1127
thanks	i appli	0.0245
thanks	i appreci	0.3666
thanks	i ask	-0.069
thanks	i believ	0.0913
thanks	i came	-0.02
thanks	i can	0.0587
thanks	i connect	-0.0234
thanks	i could	-0.051
thanks	i decid	0.0358
thanks	i did	-0.0649
thanks	i do	-0.0369
thanks	i end	-0.0348
thanks	i figur	-0.0605
thanks	i final	-0.0507
thanks	i first	-0.0738
thanks	i found	-0.0991
thanks	i genuin	0.0385
thanks	i get	-0.0358
thanks	i go	0.0431
thanks	i had	-0.0531
thanks	i have	0.2863
thanks	i just	-0.0606
thanks	i know	0.105
thanks	i learn	-0.0574
thanks	i need	0.0351
thanks	i ping	0.0714
thanks	i promis	-0.067
thanks	i reach	-0.0433
thanks	i realiz	0.0756
thanks	i realli	0.3459
thanks	i see	0.0354
thanks	i send	-0.0337
thanks	i shall	0.1694
thanks	i should	-0.036
thanks	i switch	-0.021
thanks	i talk	0.073
thanks	i think	-0.1099
thanks	i want	-0.1438
thanks	i was	-0.1926
thanks	i will	0.0884
thanks	i would	-0.3651
thanks	i ~help	-0.0413
thanks	i ~learn	0.024
thanks	i ~studyverb	-0.1058
thanks	i ~talk	0.0343
thanks	i ~want	0.0696
thanks	i ~workverb	-0.0229
thanks	idea	-0.0285
thanks	if	-0.282
thanks	if anyth	-0.0261
thanks	if i	0.0793
thanks	if it	-0.034
thanks	if that	-0.0642
thanks	if there	0.095
thanks	if you	-0.2055
thanks	if ~number	-0.0208
thanks	in a	0.0519
thanks	in at	0.0651
thanks	in between	0.0645
thanks	in financ	-0.0247
thanks	in five	0.086
thanks	in general	-0.027
thanks	in hospit	0.0294
thanks	in hous	-0.0215
thanks	in i	0.046
thanks	in may	-0.0201
thanks	in meet	-0.0255
thanks	in mind	-0.0248
thanks	in my	0.0367
thanks	in procur	0.0278
thanks	in retail	-0.0387
thanks	in return	-0.0327
thanks	in this	-0.0635
thanks	in touch	0.1177
thanks	in ~contactverb	0.1163
thanks	in ~degree	0.0294
thanks	in ~help	-0.0327
thanks	in ~number	0.1192
thanks	inbox	0.079
thanks	incred	0.1202
thanks	incred generous	0.0625
thanks	incred help	0.0333
thanks	incred use	0.0243
thanks	incred ~help	0.0243
thanks	industri	-0.0702
thanks	inform	-0.0262
thanks	inform interview	-0.0277
thanks	insid	-0.0347
thanks	insight	0.0979
thanks	instead	-0.0228
thanks	instead of	-0.0228
thanks	institut	-0.0377
thanks	interest	-0.0535
thanks	interest i	-0.0325
thanks	interest in	-0.0317
thanks	interest thank	0.0341
thanks	intern	-0.0355
thanks	internship	-0.1746
thanks	internship i	-0.0951
thanks	interview	-0.0515
thanks	interview at	0.025
thanks	into	-0.2806
thanks	introduc me	0.0315
thanks	introduct	-0.0292
thanks	involv	0.2024
thanks	is	-0.1791
thanks	is a	-0.0426
thanks	is actual	0.0226
thanks	is all	0.0389
thanks	is almost	-0.0227
thanks	is alreadi	-0.0453
thanks	is anyon	0.0249
thanks	is been	0.1033
thanks	is build	0.0268
thanks	is enough	0.048
thanks	is everyth	-0.0548
thanks	is gone	-0.026
thanks	is in	0.0248
thanks	is it	-0.0665
thanks	is kind	-0.0253
thanks	is late	0.0534
thanks	is me	0.0818
thanks	is most	-0.0386
thanks	is not	-0.0202
thanks	is ok	-0.0318
thanks	is pack	0.0835
thanks	is probabl	-0.0203
thanks	is realli	0.0701
thanks	is so	-0.0535
thanks	is super	0.0416
thanks	is that	-0.1489
thanks	is the	-0.0814
thanks	is there	0.0792
thanks	is use	0.093
thanks	is veri	-0.0214
thanks	is worth	0.0423
thanks	is your	-0.0595
thanks	is ~help	0.093
thanks	is ~number	-0.149
thanks	is ~want	0.0324
thanks	is ~workverb	0.0874
thanks	it	0.2835
thanks	it a	0.0678
thanks	it alright	0.0778
thanks	it and	0.0312
thanks	it did	0.0227
thanks	it for	-0.0497
thanks	it from	-0.0401
thanks	it help	0.0857
thanks	it here	-0.0234
thanks	it if	-0.0329
thanks	it in	-0.0509
thanks	it is	-0.0434
thanks	it make	0.0303
thanks	it most	-0.058
thanks	it take	0.0401
thanks	it thank	0.1355
thanks	it that	-0.0235
thanks	it was	-0.0441
thanks	it work	-0.0244
thanks	it ~help	0.0822
thanks	it ~insight	0.0405
thanks	it ~number	0.0678
thanks	it ~studyverb	0.0227
thanks	it ~want	-0.0933
thanks	job	-0.1763
thanks	job just	0.0691
thanks	job right	0.0285
thanks	job ~want	0.06
thanks	jump at	0.0328
thanks	jump on	0.0267
thanks	just	-0.2257
thanks	just a	-0.0211
thanks	just gather	-0.0219
thanks	just want	0.0263
thanks	just ~number	-0.0349
thanks	just ~want	-0.0204
thanks	keen	0.0871
thanks	keen to	0.0874
thanks	keep	-0.2214
thanks	keep a	-0.0231
thanks	keep an	-0.034
thanks	keep in	0.0802
thanks	keep it	-0.024
thanks	keep me	-0.0288
thanks	keep my	-0.0318
thanks	keep this	-0.1316
thanks	keep track	0.0381
thanks	keep ~number	-0.0585
thanks	kept	-0.0741
thanks	kept you	-0.0718
thanks	kind	-0.0353
thanks	kind of	-0.0833
thanks	knew	-0.0364
thanks	know	-0.0322
thanks	know anybodi	0.0239
thanks	know how	-0.0655
thanks	know it	0.044
thanks	know we	-0.0521
thanks	know what	0.0371
thanks	know which	-0.0225
thanks	know who	-0.0201
thanks	know you	0.0394
thanks	know your	0.0858
thanks	lab	0.0922
thanks	lab ~job	0.0468
thanks	land	-0.0359
thanks	last	-0.1907
thanks	last question	-0.0445
thanks	last year	-0.0241
thanks	last ~duration	-0.026
thanks	late where	0.0342
thanks	later	-0.0661
thanks	later and	0.0316
thanks	later today	-0.1452
thanks	launch	-0.0312
thanks	law	-0.0736
thanks	law school	-0.0415
thanks	law ~org	-0.0431
thanks	lead	-0.0319
thanks	learn	-0.0616
thanks	learn about	0.0654
thanks	learn i	-0.0635
thanks	learn what	0.0368
thanks	leav	-0.0495
thanks	leav it	-0.0249
thanks	lectur	0.0977
thanks	leed	0.0218
thanks	leed and	0.0312
thanks	left	-0.0333
thanks	legend	-0.0239
thanks	let	0.0353
thanks	let up	0.1169
thanks	let us	-0.0597
thanks	letter	-0.0374
thanks	level	-0.0288
thanks	librari	0.0216
thanks	like	-0.2657
thanks	like for	-0.0774
thanks	like in	0.0235
thanks	like share	0.0569
thanks	like we	0.0267
thanks	like ~learn	-0.0205
thanks	like ~number	-0.0353
thanks	line onc	0.0381
thanks	link	-0.0271
thanks	link you	-0.0316
thanks	linkedin	0.0307
thanks	linkedin if	0.0257
thanks	linkedin later	-0.0605
thanks	linkedin so	0.0909
thanks	linkedin tonight	0.0708
thanks	linkedin ~later	-0.0605
thanks	list	-0.0217
thanks	list so	-0.0456
thanks	listen	-0.0209
thanks	load	0.1164
thanks	logist	0.0438
thanks	logist offic	0.0513
thanks	logist ~student	0.0513
thanks	long did	0.0799
thanks	long term	-0.0407
thanks	long ~studyverb	0.0799
thanks	look	-0.0958
thanks	look at	0.0234
thanks	look for	-0.0607
thanks	look like	-0.0451
thanks	lot	0.1677
thanks	lot of	-0.034
thanks	lot to	0.0835
thanks	love	-0.137
thanks	love to	-0.1081
thanks	love weekend	-0.0266
thanks	love ~closing	-0.0202
thanks	lunch break	0.0347
thanks	made	0.0566
thanks	made the	0.0444
thanks	made ~number	0.0419
thanks	main	-0.0273
thanks	main here	0.0341
thanks	main ~want	0.0238
thanks	make	0.1727
thanks	make a	-0.0402
thanks	make sens	-0.047
thanks	make the	0.1451
thanks	make time	0.1679
thanks	make ~insight	-0.047
thanks	make ~limit	0.1679
thanks	make ~number	0.1023
thanks	manag	-0.2043
thanks	manag to	0.0203
thanks	manag ~number	-0.02
thanks	mani	0.0705
thanks	mani thank	0.095
thanks	marcus	0.0274
thanks	market	-0.0544
thanks	massiv	0.0246
thanks	master	-0.0732
thanks	matter	-0.0377
thanks	mayb	-0.0276
thanks	mba	0.0512
thanks	mba is	0.0689
thanks	me	0.3181
thanks	me a	0.196
thanks	me about	-0.0794
thanks	me better	0.0333
thanks	me done	0.0777
thanks	me for	-0.0341
thanks	me get	0.0409
thanks	me how	-0.0314
thanks	me i	-0.0514
thanks	me if	0.0264
thanks	me in	0.3552
thanks	me is	0.0237
thanks	me know	-0.0239
thanks	me off	-0.0305
thanks	me or	0.0207
thanks	me so	-0.0225
thanks	me through	-0.0363
thanks	me toward	-0.0357
thanks	me with	-0.0487
thanks	me ~number	0.1966
thanks	me ~talk	0.0305
thanks	medic	-0.0201
thanks	meet and	0.0474
thanks	meet i	0.0566
thanks	meet so	-0.066
thanks	mention	0.0266
thanks	mention about	-0.0307
thanks	mentor	-0.0317
thanks	messag	0.1075
thanks	messag you	0.0446
thanks	middl of	0.024
thanks	might	-0.0644
thanks	might be	-0.0271
thanks	militari	-0.0453
thanks	militari into	-0.0254
thanks	million	0.1437
thanks	million and	0.0312
thanks	mind	-0.0416
thanks	mind for	-0.0207
thanks	mind if	0.0376
thanks	mind of	-0.0239
thanks	minut	-0.0798
thanks	minut so	-0.0364
thanks	minut we	-0.033
thanks	moment	-0.0449
thanks	moment you	-0.0246
thanks	money	-0.0274
thanks	month	0.0563
thanks	month onc	-0.0222
thanks	month or	0.0786
thanks	more question	-0.0598
thanks	more sens	0.0309
thanks	more ~insight	0.0292
thanks	morn	-0.0552
thanks	morn i	-0.0206
thanks	most	-0.129
thanks	most help	0.023
thanks	most of	0.0784
thanks	move	-0.0681
thanks	move into	-0.0305
thanks	mph	-0.0235
thanks	mr	0.1085
thanks	msc	0.022
thanks	much	0.5925
thanks	much and	0.0512
thanks	much clearer	0.1112
thanks	much for	0.1858
thanks	much i	0.0511
thanks	much more	0.0337
thanks	much of	-0.0556
thanks	much this	0.0285
thanks	much time	-0.0495
thanks	much ~limit	-0.0495
thanks	much ~want	0.1268
thanks	museum	0.0356
thanks	museum educ	0.0359
thanks	must	-0.0262
thanks	my	-0.1767
thanks	my advisor	-0.0438
thanks	my classmat	0.0378
thanks	my detail	-0.0562
thanks	my email	0.073
thanks	my end	-0.0677
thanks	my exam	0.1504
thanks	my final	0.0817
thanks	my first	0.0311
thanks	my goal	-0.0284
thanks	my internship	-0.0526
thanks	my last	-0.0466
thanks	my manag	-0.0244
thanks	my name	-0.0251
thanks	my next	-0.0393
thanks	my note	0.0421
thanks	my portfolio	0.0269
thanks	my professor	-0.0595
thanks	my question	0.1564
thanks	my request	0.034
thanks	my resum	-0.0468
thanks	my second	-0.0232
thanks	my side	-0.0287
thanks	my sincer	0.1547
thanks	my sister	-0.0216
thanks	my uncl	-0.0244
thanks	my ~application	-0.0601
thanks	my ~contactverb	0.0835
thanks	my ~degree	-0.0448
thanks	my ~gatekeeper	-0.0244
thanks	my ~insight	0.0369
thanks	my ~job	-0.0577
thanks	my ~org	-0.0531
thanks	my ~sendverb	0.0719
thanks	my ~student	-0.0295
thanks	my ~talk	0.0824
thanks	myself	-0.041
thanks	name	-0.0884
thanks	near five	-0.022
thanks	near ~number	-0.0362
thanks	need	-0.0973
thanks	need to	-0.0507
thanks	nervous	-0.0354
thanks	nervous about	-0.0354
thanks	network	-0.037
thanks	never	-0.0288
thanks	new	-0.0904
thanks	new to	-0.0239
thanks	next	-0.0592
thanks	next meet	-0.0353
thanks	next month	0.0252
thanks	next step	-0.027
thanks	next week	0.0354
thanks	next ~closing	0.0354
thanks	next ~talk	-0.0489
thanks	nice	-0.0302
thanks	no	-0.1273
thanks	no idea	-0.0245
thanks	nonprofit ever	0.0263
thanks	noon	0.0302
thanks	noon so	0.0287
thanks	normal	-0.0444
thanks	not	-0.1435
thanks	not actual	0.0212
thanks	not after	0.0669
thanks	not ask	-0.0296
thanks	not have	-0.0259
thanks	not here	-0.0269
thanks	not hesit	0.026
thanks	not hold	-0.0241
thanks	not like	-0.052
thanks	not look	-0.0211
thanks	not realiz	-0.0249
thanks	not take	0.0796
thanks	not to	0.0244
thanks	not want	0.0298
thanks	not ~insight	0.0796
thanks	not ~number	-0.0209
thanks	not ~want	0.0243
thanks	note	-0.1299
thanks	note after	-0.0508
thanks	note and	-0.0217
thanks	note in	0.0788
thanks	note of	-0.0444
thanks	note onc	0.1057
thanks	note this	-0.0595
thanks	note tonight	-0.1282
thanks	note ~want	-0.0508
thanks	notic	0.068
thanks	now	-0.0329
thanks	now and	-0.0374
thanks	now but	0.0705
thanks	now i	-0.0437
thanks	now just	0.0253
thanks	now thank	0.0687
thanks	now ~want	0.0651
thanks	nurs	-0.1098
thanks	oclock	-0.0241
thanks	of	-0.1064
thanks	of a	0.048
thanks	of all	0.0319
thanks	of my	-0.0313
thanks	of thank	-0.0261
thanks	of the	-0.1592
thanks	of these	0.0808
thanks	of thing	0.0771
thanks	of this	0.0877
thanks	of time	-0.0244
thanks	of what	0.0692
thanks	of whi	-0.0281
thanks	of your	-0.0336
thanks	of ~duration	-0.0255
thanks	of ~limit	-0.0262
thanks	of ~number	-0.1246
thanks	of ~people	-0.0317
thanks	of ~workverb	-0.0236
thanks	off	0.0588
thanks	off a	0.0248
thanks	off but	0.0302
thanks	off now	-0.0272
thanks	off ~number	0.0248
thanks	offic	0.0743
thanks	often	-0.0248
thanks	oh	-0.1203
thanks	oh wow	-0.0634
thanks	ok	0.1122
thanks	ok cool	0.0278
thanks	ok for	-0.0278
thanks	ok introduc	0.0355
thanks	ok thank	0.0875
thanks	ok that	0.0348
thanks	ok to	0.0453
thanks	ok um	0.0206
thanks	ok with	-0.0203
thanks	omg	-0.0343
thanks	on	-0.0811
thanks	on a	0.0513
thanks	on access	-0.0386
thanks	on it	0.0395
thanks	on linkedin	0.09
thanks	on me	-0.0289
thanks	on my	-0.0522
thanks	on rural	-0.0206
thanks	on the	-0.071
thanks	on whether	0.0377
thanks	on with	-0.0501
thanks	on your	0.0351
thanks	on ~number	-0.0244
thanks	on ~want	0.0366
thanks	onboard	-0.0282
thanks	onc	0.2738
thanks	onc i	0.2875
thanks	one	0.0757
thanks	one do	0.0543
thanks	one more	-0.0254
thanks	one who	-0.0238
thanks	one you	0.0357
thanks	one ~help	0.0543
thanks	one ~people	-0.0238
thanks	onli got	-0.0376
thanks	onli have	-0.0308
thanks	onli ~want	0.053
thanks	open	-0.095
thanks	open in	0.0437
thanks	open to	-0.0444
thanks	open up	-0.0351
thanks	or	-0.3034
thanks	or anyth	-0.0355
thanks	or is	-0.1103
thanks	or so	0.0773
thanks	or two	0.0677
thanks	or ~number	0.0489
thanks	or ~want	-0.0308
thanks	org	0.0351
thanks	other peopl	0.0217
thanks	our	-0.0573
thanks	out	-0.0521
thanks	out about	-0.0456
thanks	out again	-0.0301
thanks	out half	0.0658
thanks	out in	-0.0235
thanks	out my	-0.0385
thanks	out of	0.0841
thanks	out onc	0.0432
thanks	out what	0.0875
thanks	out whether	-0.0366
thanks	out ~later	-0.0301
thanks	out ~number	0.0439
thanks	out ~want	0.0368
thanks	outreach	-0.0203
thanks	outsid	-0.0217
thanks	over	-0.0458
thanks	over that	0.1008
thanks	over the	-0.039
thanks	over time	-0.0201
thanks	over ~limit	-0.0201
thanks	over ~number	-0.0453
thanks	own	0.0202
thanks	pack	0.2013
thanks	pack day	0.0639
thanks	pack so	0.0381
thanks	pack this	0.0461
thanks	pack ~closing	0.1176
thanks	pack ~limit	0.0633
thanks	paraleg	-0.035
thanks	parent	-0.0215
thanks	part	-0.1257
thanks	part of	-0.0299
thanks	part time	-0.0379
thanks	part ~limit	-0.0379
thanks	pass	-0.0323
thanks	past the	0.0348
thanks	past ~number	0.0348
thanks	path	-0.056
thanks	patienc	0.0659
thanks	patienc with	0.0566
thanks	patient	-0.0461
thanks	pay	0.0885
thanks	peac	0.0299
thanks	pediatr	0.0241
thanks	peopl	-0.1813
thanks	peopl in	-0.0393
thanks	person who	0.0464
thanks	person ~people	0.0464
thanks	perspect	-0.0439
thanks	pester	-0.0224
thanks	pharmaci	-0.0564
thanks	phd	-0.0246
thanks	photograph	0.0269
thanks	pick	0.0555
thanks	pick up	0.0354
thanks	pick your	0.0274
thanks	pictur	0.0751
thanks	pictur of	0.084
thanks	ping	0.0294
thanks	ping you	0.0525
thanks	pitch	-0.0388
thanks	place	-0.0469
thanks	plan	-0.0346
thanks	pleas	0.1126
thanks	pleas accept	0.1547
thanks	pleas let	-0.0315
thanks	pleasur	-0.0505
thanks	pleasur speak	-0.0279
thanks	pleasur ~talk	-0.0279
thanks	podcast	-0.0618
thanks	podcast you	-0.0363
thanks	polici	-0.066
thanks	pop	0.081
thanks	portfolio review	-0.0502
thanks	post	-0.1219
thanks	post i	-0.0229
thanks	post on	-0.0332
thanks	practic	-0.0395
thanks	precious	0.0371
thanks	prepar	-0.0241
thanks	prepar for	-0.0294
thanks	pretti	-0.0878
thanks	pretti much	-0.0221
thanks	priya	0.0308
thanks	probabl a	-0.0203
thanks	probabl get	0.0204
thanks	probabl ~learn	0.0204
thanks	probabl ~number	-0.0203
thanks	problem	0.023
thanks	procur	0.0268
thanks	product	-0.0528
thanks	profession	-0.0246
thanks	professor	-0.0243
thanks	professor i	-0.0663
thanks	program	-0.0938
thanks	programm	0.033
thanks	project	-0.1494
thanks	promis	-0.0949
thanks	promis i	-0.0535
thanks	proper	-0.0594
thanks	proper thank	-0.074
thanks	public	-0.034
thanks	publish	-0.022
thanks	push	-0.0643
thanks	push me	-0.0643
thanks	put in	-0.0207
thanks	put me	0.0344
thanks	python	-0.034
thanks	question	-0.02
thanks	question or	0.0785
thanks	question thank	0.1222
thanks	question to	-0.0502
thanks	quick	-0.2533
thanks	quick note	-0.0328
thanks	quick thank	-0.038
thanks	quit	0.0743
thanks	rain	0.1189
thanks	ran	-0.0218
thanks	rare	0.0288
thanks	rather	-0.0202
thanks	reach back	0.0418
thanks	reach out	-0.029
thanks	read	-0.0842
thanks	read ~number	-0.0218
thanks	real	0.1026
thanks	realist	-0.0521
thanks	realiz	0.026
thanks	realiz i	0.0568
thanks	realli	0.6644
thanks	realli appreci	0.6384
thanks	realli do	-0.0461
thanks	realli eye	-0.0226
thanks	realli grate	0.1149
thanks	realli help	0.1004
thanks	realli just	-0.0572
thanks	realli kind	0.0315
thanks	realli like	0.0223
thanks	realli reassur	0.0334
thanks	realli use	0.0527
thanks	realli valu	-0.0251
thanks	realli ~want	0.5129
thanks	reason	-0.0605
thanks	reason i	-0.0439
thanks	reassur	0.0353
thanks	receiv	0.1436
thanks	recommend	-0.1116
thanks	recommend for	-0.0228
thanks	recruit	-0.0888
thanks	recruit for	-0.0297
thanks	refer	-0.0419
thanks	refer me	-0.0284
thanks	referr	-0.0555
thanks	regret leav	0.0201
thanks	repli	0.0896
thanks	repli to	0.09
thanks	report	-0.1071
thanks	report back	-0.0823
thanks	request	0.0308
thanks	reschedul	0.0228
thanks	research	-0.0854
thanks	research or	0.0415
thanks	resid	0.0298
thanks	respect	-0.0551
thanks	result	0.1376
thanks	resum	-0.0537
thanks	retir	0.0475
thanks	retir armi	0.0501
thanks	return the	0.0418
thanks	return ~number	0.0418
thanks	review	-0.0957
thanks	review goe	-0.0439
thanks	right	-0.1254
thanks	right i	0.0334
thanks	right now	-0.0513
thanks	right that	0.0251
thanks	risk	-0.0217
thanks	robot	0.0207
thanks	role	-0.0879
thanks	role is	-0.0202
thanks	room	0.0248
thanks	room for	0.0301
thanks	rotat	0.0422
thanks	round	0.0424
thanks	rout	-0.0202
thanks	run	0.103
thanks	run over	-0.0328
thanks	run to	0.0666
thanks	run your	0.0569
thanks	rural	-0.0206
thanks	rush	0.0831
thanks	rutger	0.0419
thanks	rutger and	0.032
thanks	said about	-0.0249
thanks	said you	0.0261
thanks	said ~number	-0.0204
thanks	salari	0.0239
thanks	sale	-0.0669
thanks	save	-0.0273
thanks	say	-0.0338
thanks	say thank	0.0431
thanks	say yes	0.0218
thanks	schedul	-0.0327
thanks	schedul is	0.0207
thanks	scheme	-0.0285
thanks	school	-0.0293
thanks	school and	-0.0252
thanks	scienc	-0.1342
thanks	scienc in	-0.0254
thanks	scientist	-0.0213
thanks	script	-0.0249
thanks	season	-0.0233
thanks	second year	-0.0227
thanks	second ~duration	-0.0227
thanks	sector	-0.0461
thanks	see	-0.0561
thanks	see you	-0.0329
thanks	seminar	-0.0351
thanks	send	-0.1475
thanks	send a	-0.0447
thanks	send over	0.0907
thanks	send thank	-0.057
thanks	send you	-0.1355
thanks	send ~number	-0.0467
thanks	senior	-0.0335
thanks	sens	-0.0394
thanks	sens now	0.0549
thanks	sens of	-0.0299
thanks	sent	-0.0214
thanks	serious	0.088
thanks	set	-0.0538
thanks	set asid	-0.021
thanks	seven	-0.0201
thanks	shadow	-0.0475
thanks	shadow ~number	-0.0316
thanks	shall	0.1477
thanks	shall write	0.1568
thanks	shall ~contactverb	0.1568
thanks	share	0.0616
thanks	share your	0.0631
thanks	shift	-0.0662
thanks	short	0.0263
thanks	short notic	0.0801
thanks	short thank	-0.046
thanks	short updat	0.0826
thanks	should	-0.1121
thanks	should i	-0.0517
thanks	shout	0.0228
thanks	shout and	0.0264
thanks	side of	0.0491
thanks	sinc	-0.1093
thanks	sinc i	-0.0316
thanks	sincer	0.1624
thanks	sister	-0.0237
thanks	site	-0.0247
thanks	six	-0.0416
thanks	six year	-0.0391
thanks	six ~duration	-0.0416
thanks	skill	-0.0567
thanks	small	-0.0524
thanks	so	0.5498
thanks	so candid	0.0977
thanks	so cool	-0.0256
thanks	so feel	-0.0225
thanks	so generous	0.0238
thanks	so grate	0.0987
thanks	so help	0.0357
thanks	so how	-0.0324
thanks	so i	-0.1649
thanks	so if	-0.0494
thanks	so it	-0.0275
thanks	so just	-0.0222
thanks	so like	0.0217
thanks	so much	0.4728
thanks	so thank	0.2165
thanks	so um	-0.0635
thanks	so use	0.1632
thanks	so we	0.103
thanks	so you	-0.1475
thanks	so ~help	0.1621
thanks	so ~want	-0.0251
thanks	some	-0.0296
thanks	some honest	0.0695
thanks	some ~insight	-0.0271
thanks	someon	-0.0648
thanks	someon who	0.0466
thanks	someon ~people	0.0466
thanks	someth	-0.0908
thanks	someth small	-0.0219
thanks	someth you	-0.0204
thanks	sorri	-0.0904
thanks	sorri for	-0.0357
thanks	sorri i	-0.083
thanks	sorri to	0.082
thanks	sound	-0.0248
thanks	speak	-0.0564
thanks	speak with	-0.0205
thanks	spend	-0.0309
thanks	spent ten	0.0403
thanks	spoken	0.0648
thanks	spot	-0.0232
thanks	spreadsheet	-0.0201
thanks	spring	0.0446
thanks	sql	-0.054
thanks	squeez	0.1302
thanks	squeez me	0.117
thanks	stand	-0.0221
thanks	start	-0.2123
thanks	start out	-0.0554
thanks	state	-0.0202
thanks	stay	-0.0781
thanks	stay at	-0.0226
thanks	stay in	-0.0642
thanks	stay on	0.0398
thanks	step	-0.0475
thanks	step for	0.0258
thanks	still	-0.0929
thanks	still ok	-0.0306
thanks	stop	0.0673
thanks	stop here	0.0401
thanks	stop there	0.051
thanks	stop ~want	0.0401
thanks	stori	-0.0221
thanks	straight	-0.0236
thanks	stress	-0.0265
thanks	stretch	0.0354
thanks	structur	-0.02
thanks	struggl	-0.0209
thanks	student at	0.0572
thanks	studi	-0.0396
thanks	stuff	0.0623
thanks	stuff and	0.0622
thanks	such	0.1312
thanks	such a	0.0507
thanks	such short	0.0704
thanks	such ~number	0.0443
thanks	suggest	0.0244
thanks	suggest i	0.0512
thanks	suit	0.0305
thanks	suit me	0.038
thanks	summari	-0.024
thanks	summer	-0.0779
thanks	super	0.3566
thanks	super clear	0.0599
thanks	super help	0.1788
thanks	super use	0.1366
thanks	super ~help	0.1366
thanks	suppli	0.022
thanks	suppli chain	0.022
thanks	surgeri	0.032
thanks	survey with	0.0414
thanks	suss	0.0748
thanks	suss out	0.0748
thanks	sustain	-0.0268
thanks	switch	-0.0603
thanks	switch from	-0.0329
thanks	switch into	-0.035
thanks	ta	0.3241
thanks	ta veri	0.0981
thanks	take	0.0876
thanks	take care	-0.0606
thanks	take more	0.1182
thanks	take on	-0.0523
thanks	take the	0.073
thanks	take up	-0.0713
thanks	take you	0.0832
thanks	take ~number	0.149
thanks	taken	0.0795
thanks	taken enough	-0.0266
thanks	taken up	0.1148
thanks	talk	0.2084
thanks	talk about	0.0321
thanks	talk to	0.0599
thanks	talk with	0.1148
thanks	taught	-0.025
thanks	teach	-0.0432
thanks	teacher	-0.0592
thanks	teacher i	-0.0514
thanks	teacher who	-0.0256
thanks	teacher ~people	-0.0256
thanks	team	-0.0777
thanks	team for	-0.0238
thanks	tell	-0.0963
thanks	tell me	-0.1319
thanks	tell you	0.0338
thanks	ten minut	-0.0257
thanks	ten ~limit	-0.0262
thanks	ten ~timeunit	-0.0262
thanks	term	-0.0711
thanks	than i	0.0228
thanks	thank	3.3924
thanks	thank a	0.2729
thanks	thank again	0.4662
thanks	thank for	0.9206
thanks	thank heap	0.0418
thanks	thank i	0.0218
thanks	thank load	0.0367
thanks	thank so	0.3863
thanks	thank that	0.1576
thanks	thank the	-0.0581
thanks	thank to	-0.4425
thanks	thank you	1.1747
thanks	thank ~later	0.4662
thanks	thank ~number	0.2149
thanks	that	0.4287
thanks	that about	-0.0318
thanks	that answer	0.1437
thanks	that articl	0.0668
thanks	that conclud	0.0915
thanks	that cover	0.0515
thanks	that how	0.0381
thanks	that i	-0.1287
thanks	that is	0.4756
thanks	that it	0.0673
thanks	that make	-0.0347
thanks	that much	-0.03
thanks	that realli	-0.0208
thanks	that so	0.0229
thanks	that sound	-0.0313
thanks	that that	0.0525
thanks	that was	0.0207
thanks	that way	-0.0217
thanks	that you	-0.0689
thanks	that ~job	-0.0443
thanks	that ~want	-0.0336
thanks	the	0.0568
thanks	the advic	0.0398
thanks	the alumni	-0.0387
thanks	the analyst	-0.0281
thanks	the applic	0.0254
thanks	the articl	-0.0726
thanks	the book	0.0764
thanks	the budget	0.0791
thanks	the career	-0.0236
thanks	the clock	-0.0687
thanks	the day	-0.0349
thanks	the downsid	0.0549
thanks	the favor	0.0293
thanks	the first	-0.0448
thanks	the freelanc	0.0803
thanks	the hour	0.0797
thanks	the industri	-0.0275
thanks	the interview	0.0342
thanks	the job	-0.0611
thanks	the kind	0.0287
thanks	the last	-0.0318
thanks	the launch	-0.0479
thanks	the librari	0.0288
thanks	the line	-0.02
thanks	the link	-0.0559
thanks	the main	-0.0229
thanks	the middl	0.024
thanks	the militari	-0.0325
thanks	the moment	-0.0383
thanks	the nurs	0.031
thanks	the other	0.0232
thanks	the pay	0.1097
thanks	the peopl	-0.029
thanks	the person	0.0465
thanks	the portfolio	-0.042
thanks	the program	0.0255
thanks	the rain	0.1211
thanks	the reason	-0.0314
thanks	the recruit	-0.0401
thanks	the rest	0.0555
thanks	the right	-0.0311
thanks	the role	0.0408
thanks	the salari	0.0324
thanks	the spring	0.075
thanks	the summer	-0.0274
thanks	the switch	0.0285
thanks	the time	0.1681
thanks	the tip	0.0704
thanks	the trust	0.0365
thanks	the two	0.0364
thanks	the way	0.0215
thanks	the work	0.0761
thanks	the worst	-0.0246
thanks	the ~application	0.0254
thanks	the ~gatekeeper	-0.0522
thanks	the ~insight	0.0287
thanks	the ~job	-0.0291
thanks	the ~learn	0.0763
thanks	the ~limit	0.2174
thanks	the ~org	-0.0734
thanks	the ~student	-0.0491
thanks	the ~talk	0.0376
thanks	the ~timeunit	0.0797
thanks	the ~workverb	0.0761
thanks	their	-0.0267
thanks	then	0.0372
thanks	there	0.1804
thanks	there a	-0.0511
thanks	there anyon	0.1241
thanks	there for	-0.0483
thanks	there i	0.0898
thanks	there is	0.0417
thanks	there so	-0.0764
thanks	there ~number	-0.0553
thanks	there ~people	0.1009
thanks	these convers	-0.0404
thanks	they are	0.0213
thanks	thing	-0.0833
thanks	thing go	-0.0257
thanks	thing i	-0.0223
thanks	think	-0.1637
thanks	think i	-0.0551
thanks	think of	-0.0362
thanks	think that	-0.074
thanks	think the	0.0433
thanks	think ~number	0.0396
thanks	thirti	-0.0214
thanks	this	0.6062
thanks	this a	0.0321
thanks	this and	0.1083
thanks	this call	-0.0322
thanks	this convers	0.0409
thanks	this evening	-0.0572
thanks	this field	-0.0978
thanks	this gave	0.1155
thanks	this has	0.0743
thanks	this i	0.0543
thanks	this last	-0.0213
thanks	this quick	-0.0229
thanks	this realli	0.0516
thanks	this summer	-0.0219
thanks	this tight	-0.0424
thanks	this to	-0.0217
thanks	this was	0.244
thanks	this week	0.0275
thanks	this with	0.0373
thanks	this ~closing	-0.0347
thanks	this ~contactverb	-0.0322
thanks	this ~job	-0.0243
thanks	this ~number	0.0255
thanks	this ~want	0.0586
thanks	those	-0.0385
thanks	those are	0.0244
thanks	those were	-0.034
thanks	thought	-0.0453
thanks	three	-0.0479
thanks	three year	-0.0244
thanks	three ~duration	-0.0244
thanks	through	-0.0523
thanks	through a	-0.0211
thanks	through how	-0.029
thanks	through this	0.0359
thanks	tight	-0.0677
thanks	time	0.3936
thanks	time and	0.1175
thanks	time do	-0.0239
thanks	time i	0.0326
thanks	time is	0.0578
thanks	time it	0.0921
thanks	time on	0.0488
thanks	time out	0.0463
thanks	time so	-0.0697
thanks	time thank	0.035
thanks	time today	0.1742
thanks	time when	0.0307
thanks	time ~help	-0.0243
thanks	tip	0.0368
thanks	tip about	0.0221
thanks	titl	0.0765
thanks	titl i	0.0809
thanks	to	-0.5086
thanks	to a	-0.1203
thanks	to ask	-0.027
thanks	to be	-0.0334
thanks	to beta	0.0213
thanks	to bring	-0.0329
thanks	to chat	0.1105
thanks	to choos	0.0257
thanks	to class	0.0315
thanks	to connect	-0.0432
thanks	to cut	-0.0291
thanks	to data	-0.0211
thanks	to day	-0.0379
thanks	to feel	0.0633
thanks	to figur	-0.0203
thanks	to get	-0.0956
thanks	to help	-0.0403
thanks	to it	0.0504
thanks	to join	0.0256
thanks	to keep	-0.0584
thanks	to know	0.0334
thanks	to learn	0.0731
thanks	to leav	-0.0262
thanks	to meet	0.0405
thanks	to my	-0.1098
thanks	to pick	0.0456
thanks	to put	0.0388
thanks	to return	-0.0245
thanks	to run	0.0662
thanks	to rush	0.0867
thanks	to school	0.0363
thanks	to see	-0.023
thanks	to send	0.0618
thanks	to stay	-0.0535
thanks	to stop	-0.0247
thanks	to suss	0.0748
thanks	to talk	0.1503
thanks	to tell	0.0214
thanks	to that	-0.0546
thanks	to the	-0.0265
thanks	to think	0.0411
thanks	to this	0.0413
thanks	to write	0.0222
thanks	to you	0.0905
thanks	to your	-0.0928
thanks	to ~closing	-0.0389
thanks	to ~help	-0.0659
thanks	to ~learn	0.0299
thanks	to ~limit	-0.0491
thanks	to ~number	-0.1832
thanks	to ~org	0.0351
thanks	to ~talk	0.2187
thanks	to ~workverb	0.0518
thanks	today	0.0271
thanks	today and	-0.0524
thanks	today is	-0.0554
thanks	today so	-0.0605
thanks	today was	0.031
thanks	tomorrow	0.0615
thanks	tomorrow with	0.0802
thanks	ton	0.1186
thanks	tonight	-0.1441
thanks	tonight to	-0.066
thanks	tonight with	-0.0333
thanks	too	-0.0991
thanks	too much	-0.0319
thanks	took	0.0246
thanks	total	-0.0575
thanks	touch	0.1152
thanks	toward	-0.0394
thanks	track of	0.0292
thanks	transit	-0.0301
thanks	translat	-0.0268
thanks	tri	-0.116
thanks	tri to	-0.0692
thanks	true	-0.0244
thanks	truli	0.3443
thanks	trust	0.0295
thanks	twice	-0.0243
thanks	two	0.0715
thanks	two ~duration	-0.0273
thanks	typic	-0.0765
thanks	typic week	-0.0292
thanks	typic ~closing	-0.0371
thanks	uh ~number	-0.021
thanks	um	-0.0644
thanks	um would	0.0349
thanks	um yeah	-0.0282
thanks	um ~want	0.0341
thanks	uncl	-0.0244
thanks	understand	-0.0319
thanks	understand how	0.073
thanks	understand the	-0.0378
thanks	understand what	-0.0263
thanks	understand ~number	-0.0378
thanks	understood	-0.0519
thanks	understood what	-0.0507
thanks	uni	0.0458
thanks	until	-0.0266
thanks	up	0.1267
thanks	up a	0.028
thanks	up ani	-0.0596
thanks	up enough	0.0285
thanks	up in	-0.0223
thanks	up most	0.0831
thanks	up on	0.1468
thanks	up question	0.0735
thanks	up your	0.0681
thanks	up ~number	0.046
thanks	up ~studyverb	-0.0352
thanks	up ~want	-0.021
thanks	updat	0.2054
thanks	updat in	0.083
thanks	updat on	0.0355
thanks	upfront	0.0444
thanks	upfront i	0.0492
thanks	us	-0.0885
thanks	us leav	-0.0298
thanks	use	0.4454
thanks	use for	-0.0213
thanks	use thank	0.0426
thanks	user	-0.0205
thanks	usual	-0.0596
thanks	usual look	0.0305
thanks	ux	-0.0298
thanks	vacanc	-0.0254
thanks	vacat	0.0418
thanks	valu	-0.0338
thanks	valu your	-0.025
thanks	veri	0.0503
thanks	veri much	0.0777
thanks	versus	-0.0263
thanks	vet	-0.03
thanks	vs	-0.042
thanks	wait	-0.0485
thanks	walk	-0.0567
thanks	walk me	-0.0379
thanks	want	-0.0656
thanks	want an	-0.0202
thanks	want someon	0.0215
thanks	want ~people	0.0215
thanks	was a	-0.0427
thanks	was exact	0.0414
thanks	was great	0.0537
thanks	was hope	-0.0296
thanks	was incred	0.0431
thanks	was not	0.0414
thanks	was so	0.1218
thanks	was super	0.0545
thanks	was the	-0.031
thanks	was wonder	-0.1215
thanks	was ~number	-0.0848
thanks	watch	-0.0311
thanks	watch the	-0.0202
thanks	watch ~number	-0.0202
thanks	way	-0.0225
thanks	way to	0.0364
thanks	we	-0.1135
thanks	we agre	-0.0303
thanks	we can	0.0816
thanks	we said	-0.0283
thanks	we talk	0.0332
thanks	we ~workverb	-0.0205
thanks	week and	0.124
thanks	week that	0.0206
thanks	weekend	-0.0887
thanks	weigh	-0.0291
thanks	weigh up	-0.021
thanks	weird	-0.0327
thanks	well	0.1021
thanks	well that	0.0696
thanks	well um	0.0335
thanks	went	-0.02
thanks	were	-0.1274
thanks	were my	-0.0274
thanks	were start	-0.0415
thanks	what	-0.4834
thanks	what a	-0.0603
thanks	what are	-0.027
thanks	what do	-0.0439
thanks	what doe	-0.0227
thanks	what i	0.0481
thanks	what is	-0.1849
thanks	what kind	-0.0302
thanks	what skill	-0.0238
thanks	what would	-0.0304
thanks	what you	-0.0446
thanks	what ~help	-0.0439
thanks	what ~number	-0.0707
thanks	what ~want	-0.0304
thanks	what ~workverb	0.0878
thanks	when	-0.1124
thanks	when you	-0.0444
thanks	when ~number	-0.0255
thanks	whenev	-0.022
thanks	where	-0.0371
thanks	where do	-0.0289
thanks	where you	0.0673
thanks	where ~help	-0.0289
thanks	whether	-0.1369
thanks	whether a	-0.0282
thanks	whether an	0.0626
thanks	whether the	-0.0239
thanks	whether this	-0.0286
thanks	whether you	-0.0467
thanks	whi	-0.0936
thanks	whi i	-0.0698
thanks	which	-0.2331
thanks	which is	-0.0394
thanks	while	-0.0378
thanks	who	-0.1245
thanks	who doe	0.034
thanks	who els	-0.0238
thanks	who is	-0.0672
thanks	who made	-0.0263
thanks	who run	0.0474
thanks	who spent	0.0541
thanks	who would	-0.0246
thanks	who ~want	-0.0285
thanks	who ~workverb	0.0502
thanks	will	0.0665
thanks	will be	0.0402
thanks	will conclud	0.0261
thanks	will connect	0.0509
thanks	will def	-0.0469
thanks	will definit	-0.0901
thanks	will drop	-0.0594
thanks	will end	0.0962
thanks	will jump	-0.0312
thanks	will keep	-0.172
thanks	will leav	0.0311
thanks	will let	0.066
thanks	will messag	0.0512
thanks	will not	0.0547
thanks	will reach	0.049
thanks	will report	-0.0389
thanks	will say	0.0328
thanks	will send	-0.0927
thanks	will stop	0.1632
thanks	will tri	-0.063
thanks	will ~contactverb	0.0878
thanks	will ~learn	-0.0292
thanks	will ~sendverb	-0.1601
thanks	will ~talk	0.161
thanks	will ~want	-0.0452
thanks	wish	-0.0302
thanks	with	-0.0202
thanks	with a	-0.0512
thanks	with all	0.0548
thanks	with an	0.0713
thanks	with like	0.0402
thanks	with me	0.1486
thanks	with my	0.0392
thanks	with someon	-0.021
thanks	with the	0.0502
thanks	with you	-0.0716
thanks	with ~number	0.0692
thanks	with ~people	-0.0364
thanks	wonder	-0.1333
thanks	wonder how	-0.0282
thanks	wonder whether	-0.0563
thanks	wonder which	-0.0246
thanks	word	-0.041
thanks	work	-0.1643
thanks	work befor	0.0315
thanks	work in	0.0983
thanks	work is	0.0265
thanks	work on	-0.0257
thanks	world	0.0666
thanks	worst	-0.0362
thanks	worst part	-0.0203
thanks	worth	0.0242
thanks	would	-0.5121
thanks	would be	-0.1671
thanks	would give	-0.0203
thanks	would i	-0.0245
thanks	would jump	0.0401
thanks	would love	-0.0774
thanks	would point	0.073
thanks	would realli	-0.1418
thanks	would recommend	-0.0434
thanks	would suggest	0.0564
thanks	would you	-0.1182
thanks	would ~help	-0.0323
thanks	would ~want	-0.141
thanks	wow	-0.0939
thanks	wow it	-0.0563
thanks	wow ok	-0.0217
thanks	wrap	-0.0632
thanks	wrap up	-0.0293
thanks	write	0.1152
thanks	write a	-0.0308
thanks	write to	0.1566
thanks	write up	0.05
thanks	write you	-0.0678
thanks	write ~number	-0.0321
thanks	yeah	-0.1459
thanks	yeah i	-0.0463
thanks	yeah that	-0.0218
thanks	year	-0.1303
thanks	year and	-0.0573
thanks	year at	-0.0279
thanks	year do	0.0882
thanks	year histori	0.0312
thanks	year old	0.047
thanks	year ~studyverb	0.0882
thanks	yes	0.0335
thanks	yes to	0.0429
thanks	yet	-0.0209
thanks	you	0.2929
thanks	you a	-0.1588
thanks	you after	-0.0638
thanks	you again	0.0991
thanks	you agre	0.1028
thanks	you and	0.1941
thanks	you are	0.04
thanks	you block	0.0271
thanks	you can	-0.0913
thanks	you card	-0.0235
thanks	you carv	0.0776
thanks	you could	-0.0408
thanks	you crack	-0.0229
thanks	you decid	-0.0259
thanks	you eat	-0.0208
thanks	you email	-0.1685
thanks	you end	-0.0276
thanks	you even	-0.0226
thanks	you fit	0.1154
thanks	you follow	-0.0261
thanks	you for	0.4569
thanks	you from	-0.0215
thanks	you gave	-0.0352
thanks	you get	0.2149
thanks	you give	0.0416
thanks	you go	-0.0224
thanks	you got	0.0314
thanks	you guy	-0.0281
thanks	you had	0.0394
thanks	you happen	0.0249
thanks	you have	-0.0632
thanks	you head	0.0328
thanks	you i	0.0833
thanks	you in	0.048
thanks	you is	0.0416
thanks	you keep	0.0217
thanks	you know	-0.1381
thanks	you let	0.0256
thanks	you like	-0.0414
thanks	you made	0.0792
thanks	you make	0.1073
thanks	you mention	0.0436
thanks	you mind	0.0674
thanks	you my	0.0217
thanks	you need	-0.08
thanks	you note	-0.2311
thanks	you now	0.027
thanks	you on	0.045
thanks	you onc	0.1536
thanks	you one	0.053
thanks	you onli	-0.0263
thanks	you or	-0.0392
thanks	you out	-0.0252
thanks	you pick	0.0349
thanks	you realiz	-0.0246
thanks	you recommend	-0.0492
thanks	you run	0.0421
thanks	you said	0.0405
thanks	you send	-0.0284
thanks	you share	0.0264
thanks	you so	0.1194
thanks	you squeez	0.0887
thanks	you still	-0.0226
thanks	you suggest	-0.0287
thanks	you take	0.099
thanks	you tell	-0.0376
thanks	you thank	0.0319
thanks	you the	-0.0425
thanks	you this	0.0913
thanks	you time	0.0855
thanks	you to	0.0264
thanks	you truli	0.1097
thanks	you up	0.0897
thanks	you updat	0.036
thanks	you usual	-0.0293
thanks	you want	-0.0271
thanks	you were	-0.1196
thanks	you wish	-0.0297
thanks	you with	0.0373
thanks	you work	-0.0274
thanks	you would	0.036
thanks	you your	0.025
thanks	you ~contactverb	-0.1702
thanks	you ~help	-0.0317
thanks	you ~hiring	0.1097
thanks	you ~insight	-0.028
thanks	you ~later	0.0756
thanks	you ~learn	0.0689
thanks	you ~limit	0.0855
thanks	you ~number	-0.1666
thanks	you ~people	0.053
thanks	you ~sendverb	-0.2113
thanks	you ~studyverb	0.1681
thanks	you ~talk	-0.1799
thanks	you ~want	-0.0637
thanks	your	0.0967
thanks	your a	-0.0239
thanks	your advic	0.0326
thanks	your afternoon	0.0592
thanks	your blog	-0.0634
thanks	your brain	0.0347
thanks	your busi	-0.027
thanks	your calendar	0.0491
thanks	your career	-0.0309
thanks	your clinic	0.0313
thanks	your colleagu	0.0389
thanks	your compani	-0.0628
thanks	your data	0.0484
thanks	your day	-0.0283
thanks	your depart	-0.0297
thanks	your end	0.0995
thanks	your evening	0.0304
thanks	your field	-0.0281
thanks	your firm	-0.0271
thanks	your first	0.0289
thanks	your friday	0.0563
thanks	your honest	-0.0528
thanks	your honesti	0.157
thanks	your inbox	0.079
thanks	your insight	0.0946
thanks	your lunch	0.0526
thanks	your morn	-0.0317
thanks	your name	-0.04
thanks	your network	-0.0249
thanks	your next	-0.0597
thanks	your nonprofit	0.0228
thanks	your offic	0.0425
thanks	your org	0.0317
thanks	your patienc	0.0646
thanks	your patient	-0.0265
thanks	your slam	0.0202
thanks	your team	-0.0984
thanks	your time	0.2379
thanks	your week	-0.0832
thanks	your weekend	-0.0206
thanks	your work	-0.0334
thanks	your ~closing	-0.0731
thanks	your ~degree	-0.0242
thanks	your ~gatekeeper	-0.0258
thanks	your ~hiring	-0.0294
thanks	your ~insight	0.0637
thanks	your ~job	-0.0334
thanks	your ~learn	-0.0347
thanks	your ~limit	0.3171
thanks	your ~number	-0.0239
thanks	your ~org	-0.191
thanks	your ~people	0.0291
thanks	your ~student	-0.0472
thanks	your ~talk	-0.0282
thanks	your ~workverb	-0.0334
thanks	zoom	0.0272
thanks	~application	-0.0492
thanks	~application to	-0.0219
thanks	~closing	0.0552
thanks	~closing and	0.1667
thanks	~closing for	-0.0203
thanks	~closing in	-0.0278
thanks	~closing is	-0.0276
thanks	~closing look	-0.0286
thanks	~closing of	0.0216
thanks	~closing so	0.0924
thanks	~closing thank	0.0789
thanks	~closing to	-0.0416
thanks	~contactverb	0.0962
thanks	~contactverb a	-0.0308
thanks	~contactverb back	-0.0219
thanks	~contactverb i	0.0818
thanks	~contactverb in	-0.0246
thanks	~contactverb it	-0.0344
thanks	~contactverb later	-0.039
thanks	~contactverb of	0.0276
thanks	~contactverb onc	0.0517
thanks	~contactverb out	0.0292
thanks	~contactverb to	0.1662
thanks	~contactverb tomorrow	0.0207
thanks	~contactverb tonight	-0.1093
thanks	~contactverb up	0.05
thanks	~contactverb you	0.0361
thanks	~degree	-0.2059
thanks	~degree at	-0.0265
thanks	~degree cours	-0.037
thanks	~degree goe	-0.0403
thanks	~degree in	-0.0706
thanks	~degree is	0.026
thanks	~degree or	-0.0201
thanks	~degree program	-0.032
thanks	~duration	-0.1781
thanks	~duration and	-0.0581
thanks	~duration at	-0.0279
thanks	~duration do	0.0882
thanks	~duration histori	0.0312
thanks	~duration in	-0.0213
thanks	~duration old	0.047
thanks	~gatekeeper	-0.171
thanks	~gatekeeper for	-0.0353
thanks	~gatekeeper junior	0.0608
thanks	~gatekeeper manag	-0.0261
thanks	~help client	-0.0305
thanks	~help electrician	0.0614
thanks	~help i	-0.0297
thanks	~help let	0.0549
thanks	~help me	0.0581
thanks	~help not	-0.0216
thanks	~help peopl	-0.0266
thanks	~help thank	0.0426
thanks	~help the	0.0335
thanks	~help with	-0.0372
thanks	~help you	-0.2548
thanks	~hiring junior	0.0608
thanks	~hiring manag	-0.0261
thanks	~hiring the	0.0772
thanks	~insight	0.0517
thanks	~insight care	-0.0606
thanks	~insight for	-0.0526
thanks	~insight i	0.0249
thanks	~insight more	0.1182
thanks	~insight now	0.0519
thanks	~insight of	0.0507
thanks	~insight on	-0.0278
thanks	~insight up	-0.0606
thanks	~insight you	0.076
thanks	~job	-0.5042
thanks	~job i	-0.1267
thanks	~job is	-0.0248
thanks	~job just	0.0666
thanks	~job or	-0.0258
thanks	~later	0.2719
thanks	~later a	-0.0488
thanks	~later and	0.1791
thanks	~later for	0.069
thanks	~later i	0.0755
thanks	~later onc	-0.0257
thanks	~later today	-0.1452
thanks	~learn	-0.2059
thanks	~learn a	-0.0466
thanks	~learn about	0.0877
thanks	~learn advic	0.0463
thanks	~learn and	-0.0328
thanks	~learn anybodi	0.0239
thanks	~learn approv	0.0785
thanks	~learn back	0.0326
thanks	~learn befor	0.0299
thanks	~learn for	-0.033
thanks	~learn honest	-0.0212
thanks	~learn in	0.0499
thanks	~learn into	-0.05
thanks	~learn is	0.0201
thanks	~learn it	0.0446
thanks	~learn me	-0.0212
thanks	~learn more	0.0211
thanks	~learn my	0.0277
thanks	~learn on	0.0368
thanks	~learn or	0.041
thanks	~learn out	-0.0287
thanks	~learn the	0.0256
thanks	~learn this	-0.0275
thanks	~learn up	0.0303
thanks	~learn we	-0.0453
thanks	~learn what	0.0441
thanks	~learn whether	-0.0365
thanks	~learn who	-0.0244
thanks	~learn you	-0.0208
thanks	~learn your	0.1205
thanks	~limit	0.3229
thanks	~limit and	0.1303
thanks	~limit ani	0.0267
thanks	~limit break	0.0347
thanks	~limit do	-0.0259
thanks	~limit i	0.0364
thanks	~limit is	0.0877
thanks	~limit it	0.0921
thanks	~limit look	-0.0209
thanks	~limit on	0.0564
thanks	~limit out	0.1
thanks	~limit so	-0.0219
thanks	~limit sorri	-0.0217
thanks	~limit thank	0.1139
thanks	~limit to	-0.0262
thanks	~limit today	0.1663
thanks	~limit we	-0.0536
thanks	~limit when	0.0288
thanks	~number	-0.4564
thanks	~number advic	0.0398
thanks	~number alumni	-0.0387
thanks	~number an	0.0333
thanks	~number analyst	-0.0318
thanks	~number applic	0.0239
thanks	~number articl	-0.0737
thanks	~number better	-0.0229
thanks	~number big	-0.0457
thanks	~number bit	-0.0409
thanks	~number book	0.0764
thanks	~number bootcamp	-0.0218
thanks	~number brief	-0.0201
thanks	~number budget	0.0791
thanks	~number busi	0.0488
thanks	~number career	-0.0758
thanks	~number certif	-0.0222
thanks	~number chemistri	-0.0323
thanks	~number clock	-0.0687
thanks	~number close	-0.026
thanks	~number code	-0.0223
thanks	~number coupl	-0.0632
thanks	~number day	-0.0234
thanks	~number degre	-0.0291
thanks	~number differ	-0.0254
thanks	~number do	0.0539
thanks	~number downsid	0.0549
thanks	~number eye	-0.034
thanks	~number favor	0.0293
thanks	~number few	-0.0561
thanks	~number final	0.0353
thanks	~number first	-0.0512
thanks	~number follow	0.0743
thanks	~number freelanc	0.078
thanks	~number friday	0.0667
thanks	~number generous	0.0369
thanks	~number great	-0.0507
thanks	~number hard	0.0319
thanks	~number hour	0.0871
thanks	~number i	-0.0355
thanks	~number industri	-0.0279
thanks	~number insid	-0.0325
thanks	~number internship	-0.0211
thanks	~number interview	0.027
thanks	~number job	-0.0374
thanks	~number junior	-0.0298
thanks	~number kind	0.0269
thanks	~number lab	0.0678
thanks	~number last	-0.0405
thanks	~number launch	-0.0483
thanks	~number lectur	0.0999
thanks	~number legend	-0.0239
thanks	~number librari	0.0277
thanks	~number link	-0.0594
thanks	~number logist	0.0223
thanks	~number lot	0.1677
thanks	~number love	-0.0202
thanks	~number main	-0.0229
thanks	~number massiv	0.0246
thanks	~number master	-0.0525
thanks	~number mba	0.0631
thanks	~number messag	0.0411
thanks	~number middl	0.024
thanks	~number militari	-0.0325
thanks	~number million	0.1437
thanks	~number minut	-0.0685
thanks	~number moment	-0.0389
thanks	~number month	0.0453
thanks	~number more	-0.0428
thanks	~number much	0.1112
thanks	~number new	-0.0329
thanks	~number next	0.0622
thanks	~number nonprofit	-0.0205
thanks	~number normal	-0.0314
thanks	~number note	0.1116
thanks	~number of	-0.0607
thanks	~number order	0.023
thanks	~number other	0.0224
thanks	~number pack	0.1169
thanks	~number paraleg	-0.0325
thanks	~number part	-0.022
thanks	~number past	-0.025
thanks	~number pay	0.1097
thanks	~number peopl	-0.0392
thanks	~number person	0.0412
thanks	~number pleasur	-0.0226
thanks	~number podcast	-0.035
thanks	~number portfolio	-0.0452
thanks	~number program	0.044
thanks	~number project	-0.0379
thanks	~number proper	-0.0572
thanks	~number quick	-0.1097
thanks	~number rain	0.1211
thanks	~number realist	-0.026
thanks	~number realli	0.0767
thanks	~number reason	-0.0319
thanks	~number recruit	-0.0454
thanks	~number referr	-0.0441
thanks	~number rest	0.0555
thanks	~number right	-0.0325
thanks	~number robot	0.0207
thanks	~number role	0.0292
thanks	~number salari	0.0317
thanks	~number seminar	-0.0351
thanks	~number shift	-0.0347
thanks	~number short	0.023
thanks	~number spring	0.075
thanks	~number stay	-0.0213
thanks	~number summer	-0.0265
thanks	~number switch	0.0235
thanks	~number team	-0.0218
thanks	~number thank	-0.2411
thanks	~number time	0.1529
thanks	~number tip	0.0704
thanks	~number ton	0.1186
thanks	~number trust	0.0365
thanks	~number two	0.038
thanks	~number typic	-0.0596
thanks	~number uh	-0.0214
thanks	~number updat	0.0719
thanks	~number way	0.0351
thanks	~number week	-0.0322
thanks	~number who	-0.0238
thanks	~number work	0.0733
thanks	~number worst	-0.0246
thanks	~number year	-0.0593
thanks	~number you	0.0357
thanks	~org	-0.1769
thanks	~org and	-0.0641
thanks	~org ever	-0.0223
thanks	~org for	-0.0419
thanks	~org i	0.0295
thanks	~org of	0.0495
thanks	~org that	-0.0201
thanks	~people	-0.272
thanks	~people at	0.0341
thanks	~people do	0.0508
thanks	~people doe	0.034
thanks	~people els	0.09
thanks	~people in	-0.0845
thanks	~people is	-0.0672
thanks	~people made	-0.0263
thanks	~people more	-0.0254
thanks	~people run	0.0474
thanks	~people spent	0.0541
thanks	~people there	0.0287
thanks	~people would	-0.0382
thanks	~sendverb	-0.3287
thanks	~sendverb a	-0.0452
thanks	~sendverb about	-0.0341
thanks	~sendverb i	0.0598
thanks	~sendverb it	-0.0315
thanks	~sendverb later	-0.039
thanks	~sendverb on	-0.0378
thanks	~sendverb over	0.0907
thanks	~sendverb thank	-0.057
thanks	~sendverb tomorrow	0.0207
thanks	~sendverb tonight	-0.1093
thanks	~sendverb with	-0.0247
thanks	~sendverb you	-0.1631
thanks	~student	-0.4188
thanks	~student and	-0.0271
thanks	~student at	0.0272
thanks	~student for	-0.0871
thanks	~student give	0.0267
thanks	~student i	-0.0763
thanks	~student in	-0.0312
thanks	~student is	0.0868
thanks	~student program	-0.035
thanks	~student role	-0.028
thanks	~student scheme	-0.0285
thanks	~student who	-0.031
thanks	~studyverb a	-0.0532
thanks	~studyverb in	-0.0221
thanks	~studyverb into	-0.035
thanks	~studyverb it	0.0499
thanks	~studyverb my	-0.0431
thanks	~studyverb not	-0.023
thanks	~studyverb that	-0.0241
thanks	~studyverb the	0.195
thanks	~studyverb this	0.0384
thanks	~studyverb time	0.0463
thanks	~studyverb you	-0.0728
thanks	~talk	0.0315
thanks	~talk about	0.0346
thanks	~talk and	0.0454
thanks	~talk at	0.0293
thanks	~talk but	0.0224
thanks	~talk i	0.1157
thanks	~talk if	0.03
thanks	~talk in	-0.0268
thanks	~talk is	-0.0447
thanks	~talk it	-0.0365
thanks	~talk later	-0.0218
thanks	~talk me	-0.0501
thanks	~talk of	0.0276
thanks	~talk so	-0.0326
thanks	~talk soon	-0.0216
thanks	~talk to	0.0482
thanks	~talk tomorrow	0.0207
thanks	~talk tonight	-0.1093
thanks	~talk you	0.0643
thanks	~timeunit	-0.069
thanks	~timeunit for	-0.0223
thanks	~timeunit so	-0.0423
thanks	~timeunit we	-0.0385
thanks	~want	0.5056
thanks	~want about	-0.0293
thanks	~want all	0.1667
thanks	~want an	-0.0311
thanks	~want appreci	0.6384
thanks	~want be	-0.1671
thanks	~want do	-0.0516
thanks	~want eye	-0.0226
thanks	~want for	-0.0706
thanks	~want gather	-0.0219
thanks	~want give	-0.0203
thanks	~want grate	0.1149
thanks	~want help	0.0909
thanks	~want here	0.022
thanks	~want how	0.0315
thanks	~want i	-0.0464
thanks	~want in	-0.0509
thanks	~want is	-0.0221
thanks	~want it	0.336
thanks	~want jump	0.0401
thanks	~want just	-0.0742
thanks	~want like	0.0267
thanks	~want love	-0.0826
thanks	~want my	0.0497
thanks	~want point	0.073
thanks	~want realli	-0.1244
thanks	~want reassur	0.0334
thanks	~want recommend	-0.0434
thanks	~want some	0.06
thanks	~want suggest	0.0564
thanks	~want thank	0.0534
thanks	~want that	0.0531
thanks	~want this	0.0223
thanks	~want to	-0.056
thanks	~want use	0.0527
thanks	~want valu	-0.0295
thanks	~want whi	-0.0273
thanks	~want you	0.5084
thanks	~want your	0.1883
thanks	~workverb a	-0.0354
thanks	~workverb about	0.0526
thanks	~workverb befor	0.0315
thanks	~workverb do	-0.0336
thanks	~workverb in	0.101
thanks	~workverb incred	0.0771
thanks	~workverb is	0.0265
thanks	~workverb on	-0.0283
thanks	~workverb over	-0.0509
thanks	~workverb realli	-0.0565
thanks	~workverb so	0.0897
thanks	~workverb ten	0.0403
thanks	~workverb thank	0.0429
thanks	~workverb the	0.0414
thanks	~workverb to	0.0618
give_back	*	-3.3838
give_back	2	-0.0276
give_back	3	-0.0287
give_back	30	-0.0266
give_back	?	-0.7446
give_back	^a	0.1057
give_back	^alright	-0.0242
give_back	^ani	-0.1058
give_back	^anyth	0.0588
give_back	^anyway	0.0367
give_back	^apolog	-0.0268
give_back	^appreci	-0.0226
give_back	^are	-0.1787
give_back	^befor	0.0285
give_back	^cheer	-0.078
give_back	^could	-0.2077
give_back	^do	-0.3101
give_back	^doe	-0.0487
give_back	^enjoy	-0.0381
give_back	^given	0.1407
give_back	^go	-0.0223
give_back	^good	-0.0282
give_back	^happi	0.197
give_back	^hey	-0.0223
give_back	^hi	-0.0562
give_back	^how	-0.0327
give_back	^i	-0.1352
give_back	^if	0.3498
give_back	^in	0.0257
give_back	^is	0.2373
give_back	^just	-0.0406
give_back	^mani	-0.0262
give_back	^mind	-0.0765
give_back	^my	0.1776
give_back	^no	-0.089
give_back	^oh	-0.0535
give_back	^ok	-0.1525
give_back	^onc	-0.048
give_back	^quick	-0.0235
give_back	^realli	-0.0312
give_back	^right	-0.0555
give_back	^shall	-0.0267
give_back	^should	-0.0334
give_back	^sinc	0.1068
give_back	^so	-0.0818
give_back	^sorri	-0.1158
give_back	^ta	0.0201
give_back	^take	-0.0323
give_back	^tell	-0.0346
give_back	^thank	-0.1536
give_back	^that	-0.1912
give_back	^they	0.0516
give_back	^this	-0.0264
give_back	^to	-0.0302
give_back	^total	-0.05
give_back	^um	0.0561
give_back	^want	0.0549
give_back	^well	-0.0315
give_back	^what	-0.1804
give_back	^when	-0.0355
give_back	^where	-0.0897
give_back	^which	0.1465
give_back	^who	-0.0667
give_back	^would	0.2587
give_back	^wow	-0.0259
give_back	^yeah	-0.0312
give_back	^you	0.3193
give_back	^your	-0.0526
give_back	a	-0.239
give_back	a big	0.0283
give_back	a bit	-0.0476
give_back	a career	-0.0326
give_back	a coffe	0.1423
give_back	a confer	0.0551
give_back	a connect	-0.0482
give_back	a draft	-0.0293
give_back	a fair	0.0696
give_back	a few	0.0464
give_back	a first	0.0248
give_back	a fit	-0.0213
give_back	a free	0.0548
give_back	a friend	0.0858
give_back	a gen	0.0864
give_back	a hand	0.2106
give_back	a job	-0.0472
give_back	a junior	-0.0333
give_back	a line	-0.0546
give_back	a logist	0.0735
give_back	a look	0.062
give_back	a massiv	0.0227
give_back	a master	-0.0445
give_back	a mentor	0.0716
give_back	a name	-0.0314
give_back	a natur	0.0212
give_back	a new	-0.024
give_back	a note	0.156
give_back	a paraleg	-0.0236
give_back	a part	-0.0632
give_back	a podcast	0.1467
give_back	a posit	-0.0419
give_back	a practic	-0.0247
give_back	a project	-0.0306
give_back	a proper	-0.0271
give_back	a quick	-0.0491
give_back	a recruit	-0.0269
give_back	a referr	-0.028
give_back	a short	-0.064
give_back	a small	0.0645
give_back	a stat	0.0455
give_back	a stronger	-0.0295
give_back	a student	0.055
give_back	a summari	0.1308
give_back	a typic	-0.0495
give_back	a volunt	0.0672
give_back	a ~closing	-0.0273
give_back	a ~degree	-0.1046
give_back	a ~gatekeeper	-0.0294
give_back	a ~job	-0.128
give_back	a ~number	0.0456
give_back	a ~org	-0.0552
give_back	a ~student	-0.0411
give_back	a ~studyverb	0.079
give_back	a ~talk	-0.0221
give_back	abil	-0.0279
give_back	about	0.0312
give_back	about how	-0.0247
give_back	about it	-0.0444
give_back	about the	-0.0395
give_back	about what	0.0418
give_back	about ~number	-0.0746
give_back	about ~org	0.0237
give_back	accept	-0.0429
give_back	access	0.1095
give_back	access audit	-0.0309
give_back	account	-0.078
give_back	across	0.1668
give_back	across ~number	0.1366
give_back	actual	-0.113
give_back	actual ~help	-0.0295
give_back	add	-0.0786
give_back	add you	-0.0686
give_back	administr	-0.0264
give_back	advic	-0.1242
give_back	advic on	-0.0275
give_back	after	-0.2934
give_back	after a	-0.027
give_back	after i	-0.0411
give_back	after my	-0.0623
give_back	after the	-0.0361
give_back	after this	-0.039
give_back	after ~number	-0.075
give_back	afternoon	-0.0723
give_back	afterward	0.0889
give_back	again	-0.0322
give_back	agenc	-0.0373
give_back	agre	-0.0515
give_back	agre to	-0.0207
give_back	ai	0.0228
give_back	all	0.1757
give_back	all i	0.0495
give_back	all if	0.0304
give_back	all of	0.1515
give_back	all right	-0.0516
give_back	along	0.2854
give_back	along the	0.0976
give_back	along to	0.1556
give_back	along your	0.0801
give_back	along ~number	0.0976
give_back	alreadi	-0.0495
give_back	alright	-0.1813
give_back	alright i	-0.0393
give_back	alright if	-0.0713
give_back	also	-0.0721
give_back	alumni	0.0523
give_back	alway	-0.0213
give_back	alway say	-0.0347
give_back	alway ~want	0.0383
give_back	am	0.1314
give_back	am actual	0.0409
give_back	am around	0.1212
give_back	am curious	-0.027
give_back	am glad	0.0427
give_back	am go	0.1324
give_back	am grate	-0.0293
give_back	am happi	0.2519
give_back	am hope	-0.0929
give_back	am most	-0.0287
give_back	am not	-0.1064
give_back	am pretti	0.1341
give_back	am see	0.0494
give_back	am still	0.0374
give_back	am tri	-0.0282
give_back	am your	0.1031
give_back	am ~number	-0.0312
give_back	am ~studyverb	-0.0403
give_back	am ~want	-0.2459
give_back	amaz	-0.0511
give_back	an email	-0.0329
give_back	an event	0.0265
give_back	an extra	0.2661
give_back	an eye	-0.0292
give_back	an honest	-0.0243
give_back	an internship	-0.0241
give_back	an intro	0.0364
give_back	an open	-0.0455
give_back	an updat	-0.0302
give_back	an ~contactverb	-0.0329
give_back	an ~degree	-0.0245
give_back	an ~job	-0.0722
give_back	an ~sendverb	-0.0329
give_back	an ~student	-0.0433
give_back	an ~talk	-0.0517
give_back	analysi	-0.0271
give_back	analyst	-0.126
give_back	analyst do	-0.0257
give_back	analyst ~help	-0.0257
give_back	analyst ~job	-0.0272
give_back	and	0.0319
give_back	and a	-0.0362
give_back	and befor	-0.0225
give_back	and could	0.1049
give_back	and email	0.0941
give_back	and good	-0.025
give_back	and have	-0.0336
give_back	and i	-0.1079
give_back	and is	0.0944
give_back	and let	0.0804
give_back	and now	-0.0272
give_back	and pleas	0.1145
give_back	and send	0.068
give_back	and serious	0.0608
give_back	and tell	0.1234
give_back	and thank	0.0376
give_back	and the	-0.0224
give_back	and then	-0.0201
give_back	and truli	0.0632
give_back	and we	-0.025
give_back	and ~contactverb	0.1132
give_back	and ~number	-0.0586
give_back	and ~sendverb	0.1431
give_back	and ~talk	0.0908
give_back	and ~want	-0.0452
give_back	ani	0.1623
give_back	ani chanc	-0.0663
give_back	ani good	-0.0318
give_back	ani lil	-0.0341
give_back	ani more	-0.0314
give_back	ani of	0.0609
give_back	ani open	-0.0482
give_back	ani question	0.0777
give_back	ani use	0.0538
give_back	ani way	0.2421
give_back	ani ~job	-0.0471
give_back	ani ~student	0.0536
give_back	anoth	-0.0357
give_back	answer	-0.056
give_back	anyon	-0.2118
give_back	anyon at	-0.0253
give_back	anyon els	-0.0661
give_back	anyon in	-0.0461
give_back	anyth	0.7814
give_back	anyth at	0.0531
give_back	anyth els	-0.0221
give_back	anyth from	-0.0302
give_back	anyth i	0.574
give_back	anyth on	0.1503
give_back	anyth open	-0.0721
give_back	anyth you	0.0544
give_back	anyway	0.2379
give_back	anyway i	0.0399
give_back	apolog	-0.0315
give_back	apolog i	-0.0246
give_back	app	0.2841
give_back	app i	0.0312
give_back	app your	0.0322
give_back	appli	-0.2311
give_back	appli for	-0.0642
give_back	appli to	-0.0816
give_back	applic	-0.0654
give_back	appreci	0.0288
give_back	appreci all	0.19
give_back	appreci it	-0.0572
give_back	appreci you	-0.0814
give_back	apprenticeship	-0.0334
give_back	architectur ~org	0.0231
give_back	are	0.1514
give_back	are actual	0.0375
give_back	are brutal	-0.0266
give_back	are busi	-0.0311
give_back	are curious	0.1427
give_back	are ever	0.0962
give_back	are near	0.0229
give_back	are onboard	-0.028
give_back	are say	0.0271
give_back	are still	-0.0208
give_back	are the	-0.0247
give_back	are there	-0.1323
give_back	are work	0.0375
give_back	are worth	-0.0201
give_back	are you	-0.0674
give_back	are ~hiring	-0.0459
give_back	are ~number	-0.0338
give_back	are ~want	0.2256
give_back	are ~workverb	0.1899
give_back	around	0.069
give_back	articl	0.2968
give_back	articl i	-0.0595
give_back	articl on	0.2435
give_back	articl or	0.1393
give_back	as	-0.1283
give_back	as a	-0.0213
give_back	as i	-0.0214
give_back	as we	-0.0252
give_back	as ~number	-0.0311
give_back	ask	-0.1172
give_back	ask about	-0.0401
give_back	ask for	-0.0278
give_back	ask if	0.0265
give_back	ask me	0.0293
give_back	ask what	-0.0414
give_back	ask you	-0.0392
give_back	assist	-0.0581
give_back	associ you	0.0682
give_back	at a	-0.0634
give_back	at all	0.1721
give_back	at an	0.0255
give_back	at home	-0.0545
give_back	at it	0.0226
give_back	at like	0.0682
give_back	at that	0.0369
give_back	at your	-0.0378
give_back	at ~number	-0.0629
give_back	attent	-0.0202
give_back	audit	-0.0714
give_back	audit i	-0.0309
give_back	away	-0.0211
give_back	back	-0.2232
give_back	back after	-0.0311
give_back	back from	-0.0417
give_back	back in	-0.0363
give_back	back to	-0.0546
give_back	back ~want	-0.0319
give_back	background	-0.0589
give_back	bakeri	0.0624
give_back	bank	-0.0268
give_back	be	0.2135
give_back	be a	-0.0348
give_back	be all	-0.0279
give_back	be alright	-0.059
give_back	be clear	-0.0275
give_back	be comfort	-0.0425
give_back	be consid	-0.0921
give_back	be glad	0.3773
give_back	be good	-0.0362
give_back	be grate	-0.1057
give_back	be happi	0.0572
give_back	be help	0.3879
give_back	be more	-0.0437
give_back	be of	0.0746
give_back	be ok	-0.0944
give_back	be open	-0.076
give_back	be realli	-0.0691
give_back	be so	-0.0569
give_back	be someon	-0.0255
give_back	be the	-0.0249
give_back	be thrill	-0.0389
give_back	be upfront	-0.0218
give_back	be use	0.3144
give_back	be veri	-0.0302
give_back	be weird	-0.0477
give_back	be will	-0.0931
give_back	be worth	-0.0248
give_back	be ~help	0.3144
give_back	be ~number	-0.0773
give_back	be ~people	-0.0375
give_back	be ~want	0.1252
give_back	becaus	-0.0235
give_back	becom	-0.0436
give_back	been	0.1024
give_back	been do	0.0439
give_back	been in	-0.0229
give_back	been ~number	-0.0215
give_back	been ~studyverb	0.0409
give_back	been ~want	0.1474
give_back	befor	0.0711
give_back	befor appli	-0.0264
give_back	befor that	-0.0269
give_back	befor this	0.1431
give_back	befor we	0.0518
give_back	believ	0.0379
give_back	best	-0.0631
give_back	best way	-0.0212
give_back	beta	0.1221
give_back	beta test	0.103
give_back	better at	-0.0211
give_back	better let	0.0578
give_back	between	-0.1216
give_back	between ~number	-0.034
give_back	beyond	-0.0277
give_back	bit	-0.0646
give_back	blog	-0.0211
give_back	board	0.0942
give_back	book	0.1101
give_back	book or	-0.0335
give_back	book you	-0.0247
give_back	bookkeep	-0.0211
give_back	bootcamp	0.1644
give_back	brain	-0.0253
give_back	brazil	0.0347
give_back	brief	-0.0328
give_back	bring	-0.0326
give_back	broadband	0.2383
give_back	broadband i	-0.0359
give_back	brutal	-0.038
give_back	budget	0.0678
give_back	bug	0.0427
give_back	bug you	0.0449
give_back	build	-0.027
give_back	busi	-0.0765
give_back	but	-0.0482
give_back	but befor	0.0344
give_back	but i	-0.0246
give_back	but if	0.0692
give_back	but would	-0.0215
give_back	but ~want	-0.0223
give_back	by	-0.0352
give_back	by email	-0.0412
give_back	by the	-0.0236
give_back	by ~contactverb	-0.0412
give_back	by ~number	-0.0268
give_back	by ~sendverb	-0.0412
give_back	by ~talk	-0.0412
give_back	bye	-0.0297
give_back	call	-0.1091
give_back	call it	-0.0209
give_back	came	0.1284
give_back	campus	0.0698
give_back	can	0.9832
give_back	can be	0.157
give_back	can do	0.2765
give_back	can ever	0.1222
give_back	can follow	-0.0337
give_back	can give	-0.0246
give_back	can help	0.186
give_back	can i	0.4306
give_back	can keep	-0.024
give_back	can make	-0.0222
give_back	can not	0.0234
give_back	can pass	-0.0439
give_back	can return	0.0676
give_back	can see	-0.0533
give_back	can send	0.0516
give_back	can stop	-0.0356
give_back	can tell	-0.0209
give_back	can you	-0.0757
give_back	can ~help	0.5248
give_back	can ~learn	-0.0743
give_back	candid	-0.0663
give_back	card	-0.0569
give_back	care	0.0772
give_back	career at	0.0514
give_back	career changer	-0.0221
give_back	career fair	0.0512
give_back	career in	-0.0218
give_back	career page	-0.0312
give_back	case	0.1489
give_back	case i	-0.0304
give_back	case it	0.0402
give_back	case they	0.0808
give_back	certif	-0.0623
give_back	certif or	-0.0214
give_back	chain	-0.0275
give_back	chanc	-0.1183
give_back	chanc of	-0.0476
give_back	chanc you	-0.0278
give_back	chang	-0.0511
give_back	changer	-0.0221
give_back	chariti	0.0802
give_back	charter	-0.0215
give_back	chat	-0.071
give_back	check back	-0.0318
give_back	check in	0.0725
give_back	cheer	-0.0825
give_back	cheer for	-0.0597
give_back	cheer super	-0.0212
give_back	choos	-0.031
give_back	civilian	0.0433
give_back	class	0.0855
give_back	classmat	0.0773
give_back	clean	0.1844
give_back	clean survey	0.1751
give_back	clear	-0.0443
give_back	client	-0.0826
give_back	clinic	-0.0436
give_back	clock	-0.0428
give_back	close	-0.0698
give_back	club	0.0605
give_back	co	0.0732
give_back	co op	0.0732
give_back	code	0.0643
give_back	coffe	0.137
give_back	colleagu	-0.101
give_back	collect	0.0378
give_back	come	-0.0832
give_back	come across	0.0337
give_back	come from	-0.0263
give_back	come to	-0.0425
give_back	comfort	-0.0781
give_back	committe	0.043
give_back	common	-0.0217
give_back	communiti	0.1396
give_back	communiti colleg	-0.0266
give_back	communiti health	0.0546
give_back	compani	-0.1133
give_back	complet	-0.0284
give_back	conclud	-0.0261
give_back	confer	0.2559
give_back	confer in	0.0249
give_back	confer next	0.1998
give_back	connect	-0.0758
give_back	connect me	-0.0234
give_back	connect request	-0.0479
give_back	connect you	0.0344
give_back	consid	-0.148
give_back	consid for	-0.0281
give_back	consid if	-0.02
give_back	consult	0.0401
give_back	contact	0.0516
give_back	contact for	0.0368
give_back	contact in	0.0318
give_back	context	-0.027
give_back	contract	-0.0263
give_back	convers	-0.0762
give_back	cool	-0.0228
give_back	coordin	-0.0245
give_back	could	0.5186
give_back	could appli	-0.035
give_back	could be	0.0429
give_back	could do	0.1
give_back	could forward	-0.0249
give_back	could help	0.1361
give_back	could i	0.2503
give_back	could intern	-0.0218
give_back	could introduc	0.0565
give_back	could pass	-0.0251
give_back	could put	0.0294
give_back	could reach	-0.0225
give_back	could recommend	-0.0324
give_back	could send	0.0331
give_back	could share	0.0524
give_back	could take	0.0966
give_back	could talk	-0.0201
give_back	could tell	-0.0299
give_back	could tri	-0.0919
give_back	could write	0.0205
give_back	could you	-0.2187
give_back	could ~help	0.2365
give_back	could ~insight	0.0966
give_back	could ~learn	-0.0255
give_back	could ~sendverb	0.0355
give_back	could ~student	0.0311
give_back	could ~talk	-0.0794
give_back	could ~want	-0.0919
give_back	count	0.2842
give_back	count me	0.2072
give_back	counti	-0.0268
give_back	coupl of	0.0253
give_back	cours	0.0784
give_back	cousin	0.2194
give_back	cousin run	0.2332
give_back	cover	-0.0586
give_back	cover everyth	-0.0206
give_back	cover it	-0.0211
give_back	cpa	0.0669
give_back	crack	0.0463
give_back	creativ	-0.021
give_back	creativ director	-0.0203
give_back	credit	-0.0281
give_back	crew	-0.0262
give_back	cultur	-0.0227
give_back	curious	0.1729
give_back	curious about	0.0602
give_back	curious what	0.1379
give_back	current	-0.0201
give_back	custom	-0.0227
give_back	cut	-0.047
give_back	dashboard	0.0741
give_back	data	0.1649
give_back	data engin	-0.0234
give_back	data from	0.0316
give_back	data scienc	-0.0294
give_back	data scientist	-0.0269
give_back	data team	-0.026
give_back	data work	-0.0221
give_back	data ~learn	-0.0221
give_back	data ~org	-0.0328
give_back	data ~student	-0.0335
give_back	data ~workverb	-0.0221
give_back	dataset	0.0581
give_back	dataset you	0.0498
give_back	day	-0.0469
give_back	day to	-0.0213
give_back	decad	-0.0227
give_back	decent	0.0413
give_back	decid	-0.101
give_back	decid between	-0.0326
give_back	decis	0.022
give_back	def	-0.0297
give_back	def send	-0.021
give_back	def ~sendverb	-0.021
give_back	defens	0.1385
give_back	definit	-0.0371
give_back	degre	-0.0721
give_back	depart	-0.1166
give_back	depart ~workverb	-0.0391
give_back	describ	-0.0355
give_back	describ ~number	-0.0218
give_back	design	-0.2075
give_back	design is	-0.0325
give_back	design ~job	-0.0246
give_back	desk	0.0521
give_back	develop	-0.0301
give_back	did	-0.1738
give_back	did not	-0.0412
give_back	did you	-0.0407
give_back	did your	-0.0312
give_back	differ	-0.0945
give_back	differ if	-0.034
give_back	direct	-0.0411
give_back	director	-0.0485
give_back	do	-0.3915
give_back	do a	-0.0514
give_back	do all	0.0477
give_back	do at	-0.0288
give_back	do befor	-0.0224
give_back	do differ	-0.041
give_back	do for	0.6358
give_back	do i	-0.0618
give_back	do it	0.0338
give_back	do let	0.043
give_back	do most	-0.02
give_back	do not	-0.0962
give_back	do peopl	-0.0389
give_back	do that	-0.027
give_back	do the	-0.0304
give_back	do this	-0.0491
give_back	do to	0.2165
give_back	do you	-0.5542
give_back	do your	-0.0226
give_back	do ~number	-0.0938
give_back	do ~people	-0.0422
give_back	doe	-0.2203
give_back	doe a	-0.0281
give_back	doe the	-0.038
give_back	doe your	-0.0701
give_back	doe ~number	-0.0666
give_back	done	-0.0612
give_back	done freelanc	0.0266
give_back	down	-0.0982
give_back	down ~want	-0.0217
give_back	dr	-0.0392
give_back	dr okafor	-0.0274
give_back	draft	0.0841
give_back	draft of	-0.0288
give_back	draft you	0.0881
give_back	drop	-0.1233
give_back	drop you	-0.1143
give_back	dure	-0.0493
give_back	earli	-0.0596
give_back	earlier	-0.0423
give_back	easi	-0.0364
give_back	easi to	-0.0258
give_back	eat	-0.0287
give_back	eat into	-0.024
give_back	edit	0.1168
give_back	educ	-0.0285
give_back	eight	-0.0216
give_back	eight year	-0.0205
give_back	eight ~duration	-0.0205
give_back	els	-0.1454
give_back	els in	-0.0269
give_back	els you	-0.0274
give_back	email	-0.0673
give_back	email it	0.0963
give_back	email tonight	-0.0335
give_back	email with	-0.0307
give_back	email you	0.0281
give_back	end	-0.0501
give_back	end i	0.0239
give_back	end of	-0.0237
give_back	end to	0.0423
give_back	end up	-0.0552
give_back	engin	-0.1087
give_back	engin ~job	-0.022
give_back	english	-0.0221
give_back	enjoy	0.0679
give_back	enjoy the	-0.0547
give_back	enjoy ~number	-0.0547
give_back	enough	-0.0423
give_back	enough of	-0.0242
give_back	entri	-0.0231
give_back	entri level	-0.0231
give_back	episod	0.0666
give_back	episod i	-0.0823
give_back	even	0.0623
give_back	even just	0.0377
give_back	even someth	0.0364
give_back	even ~want	0.0372
give_back	evening	-0.0475
give_back	event	0.1324
give_back	event i	0.03
give_back	eventu	-0.0513
give_back	ever	0.8714
give_back	ever anyth	0.0468
give_back	ever hear	-0.0389
give_back	ever help	0.0399
give_back	ever look	0.1303
give_back	ever need	0.4782
give_back	ever return	0.0787
give_back	ever take	-0.021
give_back	ever use	0.0638
give_back	ever want	0.2354
give_back	ever ~help	0.163
give_back	ever ~learn	-0.0606
give_back	ever ~want	0.3257
give_back	everyth	-0.1106
give_back	everyth from	-0.0237
give_back	everyth i	-0.0286
give_back	everyth on	-0.0342
give_back	exact	0.0485
give_back	exam	-0.0501
give_back	excel	0.0447
give_back	excit	0.0309
give_back	excit about	0.0309
give_back	exercis	-0.0391
give_back	expect	-0.0238
give_back	experi	-0.0457
give_back	explain	-0.0332
give_back	explor	-0.022
give_back	extra	0.3462
give_back	extra pair	0.2229
give_back	eye	0.073
give_back	fair	0.1091
give_back	fall	-0.0205
give_back	favor	0.3012
give_back	favor mayb	0.0239
give_back	favor somehow	0.0637
give_back	feedback	0.0602
give_back	feel	-0.1146
give_back	feel free	-0.0311
give_back	feel like	0.0321
give_back	fellowship	-0.032
give_back	few month	-0.0391
give_back	few of	0.118
give_back	few ~duration	-0.0479
give_back	field	-0.1402
give_back	figur	-0.0508
give_back	figur out	-0.0366
give_back	final	-0.0555
give_back	financ	-0.0266
give_back	find	0.3174
give_back	find a	0.0832
give_back	find it	0.1159
give_back	find out	-0.0345
give_back	find the	0.0891
give_back	find ~number	0.1723
give_back	fine	-0.0264
give_back	fine if	-0.0208
give_back	finish	-0.047
give_back	finish is	0.0387
give_back	finish my	-0.0442
give_back	finish the	-0.0332
give_back	finish ~number	-0.0465
give_back	firm	-0.0869
give_back	firm ever	-0.0384
give_back	first	-0.102
give_back	first gen	0.048
give_back	first time	0.0293
give_back	first year	-0.0344
give_back	first ~duration	-0.0344
give_back	first ~limit	0.0293
give_back	fit	-0.0659
give_back	fit for	-0.0201
give_back	fit me	-0.0301
give_back	five	-0.0356
give_back	flow	0.0626
give_back	flow i	0.0653
give_back	focus	-0.0204
give_back	folk	0.0992
give_back	follow up	-0.1143
give_back	foot	-0.0205
give_back	foot in	-0.0205
give_back	for	0.2287
give_back	for a	-0.0711
give_back	for all	-0.0357
give_back	for an	-0.0768
give_back	for anyth	-0.0274
give_back	for be	-0.0215
give_back	for clean	0.1751
give_back	for junior	-0.0325
give_back	for like	0.0484
give_back	for me	-0.0982
give_back	for new	0.0833
give_back	for six	-0.0208
give_back	for someon	-0.0254
give_back	for squeez	-0.022
give_back	for the	0.0209
give_back	for this	-0.1253
give_back	for year	0.0275
give_back	for you	0.6287
give_back	for your	0.1237
give_back	for ~duration	0.0218
give_back	for ~hiring	-0.0219
give_back	for ~insight	-0.0205
give_back	for ~job	-0.0218
give_back	for ~number	-0.1293
give_back	for ~student	-0.0236
give_back	forget	-0.023
give_back	form	-0.0222
give_back	former	-0.0286
give_back	forward	0.1594
give_back	forward my	-0.0524
give_back	forward you	0.1071
give_back	found	-0.0256
give_back	free	0.1005
give_back	free to	-0.0311
give_back	freelanc	-0.0378
give_back	freelanc illustr	-0.0377
give_back	friday	-0.0378
give_back	friend	0.0547
give_back	from	0.1744
give_back	from a	0.0511
give_back	from me	-0.0485
give_back	from my	0.2198
give_back	from the	0.2205
give_back	from today	-0.0302
give_back	from you	-0.0335
give_back	from your	-0.0225
give_back	from ~number	0.2648
give_back	from ~workverb	-0.02
give_back	full	-0.0221
give_back	fund	0.2459
give_back	fundrais	0.0795
give_back	game	-0.0822
give_back	gap	-0.0242
give_back	gather	-0.0272
give_back	gather inform	-0.0216
give_back	gather ~insight	-0.0236
give_back	gave	-0.0214
give_back	gen	0.1344
give_back	gen z	0.0864
give_back	general	-0.0203
give_back	genuin	-0.0263
give_back	get	-0.279
give_back	get a	-0.0475
give_back	get back	-0.044
give_back	get better	-0.0211
give_back	get into	-0.057
give_back	get on	-0.0202
give_back	get to	-0.0303
give_back	get your	-0.0272
give_back	get ~number	-0.0662
give_back	give	0.0285
give_back	give me	-0.0311
give_back	give your	0.0252
give_back	give ~number	0.0477
give_back	give ~people	0.045
give_back	given	0.1514
give_back	given that	0.1415
give_back	glad	0.4167
give_back	glad to	0.42
give_back	go	-0.107
give_back	go how	0.0676
give_back	go now	-0.0448
give_back	go to	-0.1061
give_back	go ~want	-0.0216
give_back	goe and	0.1018
give_back	gone	-0.0221
give_back	good	-0.0989
give_back	good book	-0.0203
give_back	good luck	-0.0307
give_back	good rest	0.049
give_back	good word	-0.0428
give_back	good ~closing	0.0249
give_back	good ~limit	-0.0217
give_back	got	-0.1857
give_back	got a	-0.0241
give_back	got to	-0.0243
give_back	got ~number	-0.0386
give_back	grad school	-0.0282
give_back	grad ~org	-0.0267
give_back	graduat	-0.0783
give_back	grant	0.2484
give_back	grate	-0.2817
give_back	grate for	-0.0807
give_back	grate if	-0.1716
give_back	group	-0.0806
give_back	group ever	-0.0384
give_back	guess	-0.0207
give_back	hackathon	0.0651
give_back	had	-0.1019
give_back	had no	-0.0242
give_back	half	-0.0406
give_back	half hour	-0.0252
give_back	half ~limit	-0.0252
give_back	half ~timeunit	-0.0252
give_back	hand	0.4834
give_back	hand on	-0.0226
give_back	hand with	0.0664
give_back	handi	0.3013
give_back	handi with	0.1047
give_back	handl	-0.0376
give_back	hang	-0.0294
give_back	hang up	-0.0244
give_back	happen	0.0329
give_back	happen at	0.0521
give_back	happi	0.5633
give_back	happi to	0.5701
give_back	happili	0.2051
give_back	hard	-0.039
give_back	has	0.0597
give_back	has ~number	0.1026
give_back	have	-0.2048
give_back	have a	0.0291
give_back	have ani	0.0553
give_back	have been	0.1135
give_back	have finish	-0.0308
give_back	have got	-0.0647
give_back	have kept	-0.0205
give_back	have read	-0.024
give_back	have run	-0.0225
give_back	have taken	-0.0271
give_back	have to	-0.0456
give_back	have ~insight	-0.024
give_back	have ~number	0.0216
give_back	have ~studyverb	-0.0317
give_back	have ~workverb	0.0937
give_back	head of	-0.0317
give_back	head off	0.068
give_back	hear	0.0677
give_back	hear about	0.1454
give_back	hear back	-0.0278
give_back	hear how	-0.0237
give_back	hear of	-0.0698
give_back	hear you	0.0909
give_back	heard	-0.0321
give_back	help	1.2429
give_back	help a	-0.0226
give_back	help i	0.0713
give_back	help if	0.099
give_back	help me	-0.0773
give_back	help new	-0.0338
give_back	help out	0.1531
give_back	help to	0.3374
give_back	help translat	0.0374
give_back	help with	0.2852
give_back	help you	0.3627
give_back	help your	0.0308
give_back	her	0.2316
give_back	her ~insight	0.0897
give_back	her ~student	0.0897
give_back	here	-0.1272
give_back	here but	-0.0276
give_back	here is	0.089
give_back	here to	-0.0242
give_back	hesit	0.1558
give_back	hesit to	0.137
give_back	hey	-0.0223
give_back	hi	-0.0827
give_back	hi to	-0.0263
give_back	high	-0.0298
give_back	hire	-0.1564
give_back	hire manag	-0.0593
give_back	hire ~gatekeeper	-0.0593
give_back	hire ~student	-0.051
give_back	home	-0.0739
give_back	home to	-0.0411
give_back	homework	-0.0215
give_back	honest	-0.1275
give_back	honest i	-0.0789
give_back	honest if	0.0903
give_back	honest pictur	-0.0243
give_back	honest ~insight	-0.0646
give_back	hop	-0.0279
give_back	hope	-0.0985
give_back	hope the	-0.0252
give_back	hope to	0.0351
give_back	hope you	-0.0712
give_back	hope ~number	-0.0252
give_back	hospic	0.1483
give_back	hospit	0.0277
give_back	hospit staf	0.0796
give_back	hour	-0.1139
give_back	hour so	0.0254
give_back	hous	-0.0387
give_back	how	-0.308
give_back	how can	0.2086
give_back	how could	0.1471
give_back	how did	-0.0527
give_back	how do	-0.1768
give_back	how is	-0.0299
give_back	how it	-0.0515
give_back	how long	-0.0288
give_back	how much	-0.0368
give_back	how the	-0.0895
give_back	how would	-0.0237
give_back	how you	-0.0766
give_back	how ~help	-0.1737
give_back	how ~number	-0.1069
give_back	how ~studyverb	-0.0527
give_back	how ~want	-0.0237
give_back	hunt	-0.0274
give_back	hunt yet	-0.022
give_back	i	0.6868
give_back	i add	-0.0614
give_back	i am	0.134
give_back	i appli	-0.0344
give_back	i appreci	0.1467
give_back	i ask	-0.0743
give_back	i be	0.1862
give_back	i break	0.0224
give_back	i came	0.1409
give_back	i can	0.8214
give_back	i check	-0.039
give_back	i connect	-0.0405
give_back	i could	0.4343
give_back	i did	-0.0433
give_back	i do	0.222
give_back	i email	-0.0826
give_back	i end	-0.0252
give_back	i feel	0.0498
give_back	i finish	-0.0252
give_back	i follow	-0.0415
give_back	i forget	-0.023
give_back	i get	-0.0465
give_back	i go	0.0648
give_back	i got	-0.0477
give_back	i had	-0.0477
give_back	i have	-0.1016
give_back	i hear	0.1718
give_back	i help	0.0526
give_back	i just	-0.0542
give_back	i land	-0.0354
give_back	i learn	-0.0418
give_back	i like	-0.057
give_back	i need	-0.0588
give_back	i promis	-0.0571
give_back	i reach	-0.0853
give_back	i realiz	-0.0349
give_back	i realli	-0.0559
give_back	i return	0.1371
give_back	i saw	-0.0341
give_back	i see	0.09
give_back	i send	-0.2036
give_back	i sent	0.0473
give_back	i shall	-0.029
give_back	i share	0.0999
give_back	i should	-0.1048
give_back	i spent	0.1129
give_back	i talk	-0.0226
give_back	i took	-0.0277
give_back	i total	-0.0238
give_back	i use	0.0503
give_back	i want	-0.1138
give_back	i was	-0.2361
give_back	i will	-0.0608
give_back	i would	0.1462
give_back	i wrote	0.1213
give_back	i ~contactverb	-0.14
give_back	i ~help	0.6396
give_back	i ~learn	0.1133
give_back	i ~sendverb	-0.0632
give_back	i ~studyverb	-0.0997
give_back	i ~talk	-0.2138
give_back	i ~want	0.025
give_back	i ~workverb	0.0859
give_back	idea	-0.0294
give_back	ideal	-0.0205
give_back	if	0.9827
give_back	if ani	0.0649
give_back	if anyth	-0.0495
give_back	if i	0.1293
give_back	if it	0.0496
give_back	if so	-0.0238
give_back	if someth	-0.0311
give_back	if that	0.157
give_back	if there	0.1401
give_back	if we	-0.0205
give_back	if you	0.4522
give_back	if your	0.1418
give_back	if ~number	0.0342
give_back	if ~people	0.0221
give_back	illustr	-0.0416
give_back	illustr ~workverb	-0.0378
give_back	in	-0.1184
give_back	in a	-0.1288
give_back	in ani	0.054
give_back	in audit	-0.0227
give_back	in between	-0.0413
give_back	in case	0.1782
give_back	in data	-0.0292
give_back	in mind	-0.0493
give_back	in nairobi	0.0765
give_back	in polici	-0.0262
give_back	in retail	-0.0265
give_back	in return	0.2577
give_back	in school	0.0312
give_back	in that	0.0236
give_back	in the	-0.2031
give_back	in their	-0.0342
give_back	in this	-0.0426
give_back	in touch	-0.0822
give_back	in with	-0.0415
give_back	in your	-0.097
give_back	in ~contactverb	-0.087
give_back	in ~help	0.2577
give_back	in ~number	-0.3435
give_back	inbox	0.1632
give_back	incred	-0.03
give_back	industri	-0.0672
give_back	industri ~want	0.0268
give_back	insight	-0.0304
give_back	interest	0.1168
give_back	interest in	0.1544
give_back	intern	-0.0759
give_back	intern with	-0.0208
give_back	interview	-0.0815
give_back	into	-0.2597
give_back	into a	-0.0361
give_back	into your	-0.0314
give_back	into ~number	-0.0516
give_back	intro	0.0364
give_back	intro me	-0.0224
give_back	introduc	0.062
give_back	introduc me	-0.077
give_back	introduc you	0.1644
give_back	introduct	-0.0431
give_back	involv	-0.0239
give_back	is	-0.1334
give_back	is a	-0.0528
give_back	is actual	-0.0232
give_back	is all	-0.0745
give_back	is alright	-0.0715
give_back	is an	-0.0274
give_back	is ani	0.0944
give_back	is anyon	-0.0406
give_back	is anyth	0.1009
give_back	is at	0.0385
give_back	is build	0.0322
give_back	is ever	0.1921
give_back	is everyth	-0.0568
give_back	is finish	-0.0433
give_back	is for	-0.0518
give_back	is help	0.0444
give_back	is it	-0.0502
give_back	is kind	0.063
give_back	is live	-0.0247
give_back	is ok	-0.0611
give_back	is on	0.0273
give_back	is realli	-0.0383
give_back	is super	-0.0222
give_back	is that	-0.0873
give_back	is the	-0.1859
give_back	is there	0.5253
give_back	is use	0.0284
give_back	is your	-0.0634
give_back	is ~help	0.0284
give_back	is ~number	-0.2814
give_back	is ~people	-0.0476
give_back	is ~studyverb	-0.0443
give_back	is ~want	0.0399
give_back	it	0.1375
give_back	it all	0.0312
give_back	it along	-0.0307
give_back	it alright	-0.0262
give_back	it be	-0.1979
give_back	it forward	0.071
give_back	it from	-0.0327
give_back	it goe	0.0379
give_back	it has	0.0862
give_back	it help	0.1771
give_back	it if	-0.0551
give_back	it is	0.0279
give_back	it ok	0.1289
give_back	it over	0.061
give_back	it there	-0.0602
give_back	it to	0.0682
give_back	it went	-0.0317
give_back	it work	-0.0405
give_back	it ~help	0.163
give_back	it ~sendverb	0.071
give_back	it ~want	-0.0446
give_back	job	-0.1188
give_back	job board	0.1171
give_back	job hunt	-0.027
give_back	join	-0.0376
give_back	judg	0.0794
give_back	judg i	0.0866
give_back	jump	-0.1164
give_back	jump at	-0.0526
give_back	junior	-0.0291
give_back	junior analyst	-0.0399
give_back	junior in	-0.022
give_back	junior ~people	0.1114
give_back	junior ~student	-0.0207
give_back	just	0.0904
give_back	just ask	0.0744
give_back	just finish	0.0903
give_back	just say	0.0958
give_back	just so	-0.0288
give_back	just to	-0.0531
give_back	just want	-0.0411
give_back	just ~learn	0.075
give_back	just ~studyverb	0.0881
give_back	just ~talk	0.0738
give_back	just ~want	-0.0729
give_back	keep	-0.3824
give_back	keep an	-0.0292
give_back	keep in	-0.0282
give_back	keep me	-0.0944
give_back	keep up	-0.0327
give_back	keep you	-0.1144
give_back	keep ~number	-0.0336
give_back	kept	-0.0338
give_back	kept you	-0.0292
give_back	kind of	-0.0234
give_back	know a	0.0929
give_back	know anyon	-0.0485
give_back	know how	0.0416
give_back	know if	0.0577
give_back	know it	-0.0325
give_back	know that	-0.0212
give_back	know when	0.1573
give_back	know you	-0.057
give_back	know your	-0.047
give_back	know ~number	0.0923
give_back	know ~people	-0.0594
give_back	lab	-0.0234
give_back	land	-0.0615
give_back	languag	0.08
give_back	last	-0.0878
give_back	last question	-0.026
give_back	last semest	0.0465
give_back	last thing	-0.0239
give_back	last ~duration	-0.0251
give_back	late	-0.0672
give_back	late i	-0.0221
give_back	later	-0.1252
give_back	later and	0.0229
give_back	later today	-0.0564
give_back	launch	-0.0505
give_back	law	-0.0335
give_back	law ~org	-0.0203
give_back	lead	-0.0228
give_back	learn	-0.1368
give_back	learner	0.0591
give_back	leav	-0.1397
give_back	leav it	-0.052
give_back	leav you	-0.0245
give_back	leed	-0.0282
give_back	left	-0.0336
give_back	let	0.0494
give_back	let me	0.0377
give_back	let you	0.0338
give_back	letter	-0.0304
give_back	level	-0.0414
give_back	librari	0.1191
give_back	licens	-0.0377
give_back	like	0.0552
give_back	like for	-0.0597
give_back	like i	0.0637
give_back	like me	0.2418
give_back	like share	0.0516
give_back	like switch	0.0514
give_back	like that	-0.0472
give_back	like the	0.1151
give_back	like this	-0.0445
give_back	like to	-0.0872
give_back	like your	-0.0407
give_back	like ~number	0.0868
give_back	like ~studyverb	0.0514
give_back	lil	-0.0341
give_back	lil project	-0.0341
give_back	line	-0.0738
give_back	line onc	-0.0274
give_back	link	0.2128
give_back	link to	0.0252
give_back	link you	-0.0341
give_back	linkedin	-0.1881
give_back	linkedin after	-0.0302
give_back	linkedin and	0.0585
give_back	linkedin if	-0.0305
give_back	linkedin so	-0.0367
give_back	linkedin ~want	-0.0302
give_back	list	-0.0972
give_back	list i	-0.0304
give_back	live	-0.0301
give_back	lmk	0.0731
give_back	logist	0.0488
give_back	logist ~org	0.0749
give_back	long	-0.0969
give_back	long term	-0.0214
give_back	longer	-0.0216
give_back	look	0.2065
give_back	look at	0.1392
give_back	look for	0.194
give_back	look like	-0.0885
give_back	lot of	0.0385
give_back	love	-0.1308
give_back	love it	-0.0307
give_back	love to	-0.0354
give_back	love ~number	-0.0222
give_back	luck	-0.0354
give_back	luck with	-0.0338
give_back	lunch	-0.0221
give_back	made	-0.0569
give_back	made the	-0.0215
give_back	made ~number	-0.025
give_back	main	-0.0359
give_back	make	0.0389
give_back	make my	-0.0424
give_back	make myself	-0.0337
give_back	make sens	-0.0305
give_back	make sure	-0.0241
give_back	make the	-0.0257
give_back	make this	0.2498
give_back	make your	-0.0216
give_back	make ~insight	-0.0305
give_back	make ~number	-0.0479
give_back	manag	-0.1149
give_back	manag a	0.1412
give_back	manag and	-0.0322
give_back	manag ~number	0.1366
give_back	mani	-0.0563
give_back	mani thank	-0.0283
give_back	marcus	-0.0359
give_back	massiv	0.0227
give_back	master	-0.074
give_back	master in	-0.0222
give_back	materi	0.0699
give_back	matter	-0.031
give_back	may	-0.028
give_back	mayb by	0.0429
give_back	mayb i	-0.0247
give_back	mayb share	0.0357
give_back	mba	0.0657
give_back	mba and	0.0867
give_back	me about	-0.0528
give_back	me an	-0.0324
give_back	me anyth	-0.0249
give_back	me for	-0.0906
give_back	me how	-0.0258
give_back	me i	-0.0282
give_back	me if	0.0204
give_back	me in	0.0296
give_back	me know	0.0856
give_back	me the	-0.034
give_back	me through	-0.0575
give_back	me to	0.4723
give_back	me toward	-0.0219
give_back	me understand	-0.0319
give_back	me what	-0.0258
give_back	me with	-0.0396
give_back	me ~learn	0.0278
give_back	me ~number	-0.0499
give_back	mean	-0.0434
give_back	meet	-0.1158
give_back	meet so	-0.0255
give_back	meetup	0.0283
give_back	member	0.0885
give_back	mention	0.5113
give_back	mention and	-0.0351
give_back	mention if	0.041
give_back	mention onc	-0.0458
give_back	mention that	0.0932
give_back	mention you	0.1343
give_back	mention ~want	-0.0331
give_back	mentor	0.3012
give_back	mentor a	0.086
give_back	mentor program	0.1807
give_back	mentor ~degree	0.1807
give_back	mentor ~number	0.0838
give_back	messag	-0.0294
give_back	might	0.2721
give_back	might be	0.0374
give_back	might save	0.1751
give_back	militari	0.0338
give_back	mind	-0.3475
give_back	mind if	-0.2032
give_back	minut	-0.1138
give_back	moment	-0.0379
give_back	monday	-0.0287
give_back	monday are	-0.0266
give_back	month	0.0436
give_back	month to	-0.0237
give_back	more	-0.2964
give_back	more about	-0.0292
give_back	more like	-0.0399
give_back	more of	-0.0275
give_back	more question	-0.0709
give_back	more use	-0.0295
give_back	more ~help	-0.0295
give_back	morn	-0.0284
give_back	most	-0.2016
give_back	most grate	-0.0201
give_back	move	-0.0654
give_back	move into	-0.0328
give_back	mr	-0.033
give_back	ms	-0.0222
give_back	msw	-0.0482
give_back	msw program	-0.0388
give_back	msw ~degree	-0.0379
give_back	much	-0.2038
give_back	much and	0.0337
give_back	much for	-0.0544
give_back	much of	-0.0265
give_back	municip	-0.0218
give_back	museum	-0.0486
give_back	museum educ	-0.0218
give_back	my	0.1114
give_back	my applic	-0.0201
give_back	my bootcamp	0.1163
give_back	my classmat	0.0773
give_back	my cousin	0.2241
give_back	my decis	0.0327
give_back	my end	0.0709
give_back	my first	-0.0235
give_back	my interest	-0.0431
give_back	my last	-0.0248
give_back	my list	-0.0304
give_back	my note	0.3158
give_back	my own	-0.0571
give_back	my person	-0.0288
give_back	my portfolio	-0.0704
give_back	my program	0.0238
give_back	my question	-0.0432
give_back	my research	0.0465
give_back	my resum	-0.1998
give_back	my school	-0.0216
give_back	my side	-0.025
give_back	my thesi	0.1398
give_back	my thing	0.0783
give_back	my way	-0.0316
give_back	my ~application	-0.22
give_back	my ~degree	0.1008
give_back	my ~learn	0.0465
give_back	my ~org	-0.0967
give_back	my ~student	-0.0291
give_back	my ~talk	-0.0306
give_back	myself	-0.0813
give_back	myself a	-0.0332
give_back	myself ~number	-0.0332
give_back	nairobi	0.0765
give_back	name come	-0.0235
give_back	name of	-0.0569
give_back	natur	0.0212
give_back	natur place	0.0212
give_back	natur ~org	0.0212
give_back	near out	0.0342
give_back	need	0.5088
give_back	need a	0.2404
give_back	need an	-0.0346
give_back	need ani	0.0689
give_back	need help	0.0561
give_back	need someon	0.2316
give_back	need to	-0.1876
give_back	need ~help	0.0561
give_back	need ~number	0.2058
give_back	need ~people	0.2316
give_back	network	-0.0638
give_back	network who	-0.0351
give_back	network ~people	-0.0351
give_back	never	-0.0376
give_back	new	0.0642
give_back	new analyst	-0.0293
give_back	new grad	0.0721
give_back	new hire	-0.0384
give_back	newslett	0.1135
give_back	newslett draft	0.116
give_back	next	0.0555
give_back	next meet	-0.0286
give_back	next month	0.1752
give_back	next week	0.0522
give_back	next ~closing	0.0522
give_back	next ~talk	-0.0463
give_back	night	0.073
give_back	no	-0.1476
give_back	no idea	-0.0242
give_back	no pressur	-0.0386
give_back	nonprofit	0.026
give_back	nonprofit ever	0.0898
give_back	normal	-0.0381
give_back	not	-0.3453
give_back	not ask	-0.0332
give_back	not feel	-0.038
give_back	not have	-0.027
give_back	not hesit	0.1558
give_back	not job	-0.0265
give_back	not look	-0.0329
give_back	not need	-0.0312
give_back	not take	-0.0203
give_back	not want	-0.096
give_back	not ~insight	-0.0203
give_back	not ~job	-0.0265
give_back	not ~number	-0.021
give_back	not ~want	-0.1538
give_back	note	0.4501
give_back	note and	0.0659
give_back	note from	0.2299
give_back	note in	0.1847
give_back	note on	0.0628
give_back	note tonight	-0.0512
give_back	now	-0.0866
give_back	now and	-0.0246
give_back	now but	-0.0429
give_back	now i	-0.0382
give_back	now that	0.0266
give_back	number	0.097
give_back	nurs	-0.1415
give_back	nurs suit	-0.0249
give_back	of	0.1213
give_back	of a	-0.0492
give_back	of ani	0.0389
give_back	of anyth	-0.0323
give_back	of eye	0.0862
give_back	of get	-0.0362
give_back	of hand	0.2208
give_back	of it	-0.0402
give_back	of our	0.0807
give_back	of question	-0.0217
give_back	of that	-0.0422
give_back	of the	0.1269
give_back	of thing	0.0415
give_back	of this	0.1619
give_back	of time	0.023
give_back	of use	0.0265
give_back	of volunt	0.0539
give_back	of what	-0.0354
give_back	of your	0.2485
give_back	of ~limit	0.0214
give_back	of ~number	0.043
give_back	of ~workverb	-0.0315
give_back	off a	0.0218
give_back	off but	0.0613
give_back	off ~number	0.0218
give_back	off ~want	-0.0219
give_back	offer	0.0469
give_back	offer to	0.0775
give_back	offic	-0.0419
give_back	often	-0.0308
give_back	oh	-0.0535
give_back	ok	-0.2276
give_back	ok i	-0.0789
give_back	ok if	0.0956
give_back	ok that	-0.0489
give_back	ok to	-0.0526
give_back	ok with	-0.0414
give_back	okafor	-0.0289
give_back	on access	-0.0309
give_back	on exact	0.0451
give_back	on first	0.0465
give_back	on hospit	0.0494
give_back	on it	-0.0266
give_back	on linkedin	-0.1497
give_back	on me	0.0736
give_back	on municip	-0.0209
give_back	on my	-0.0312
give_back	on right	0.0433
give_back	on rural	0.2462
give_back	on to	-0.0228
give_back	on whether	-0.0344
give_back	on with	-0.0217
give_back	on your	-0.0605
give_back	on ~org	0.0479
give_back	onboard	0.0611
give_back	onboard flow	0.0653
give_back	onc	-0.312
give_back	onc i	-0.2331
give_back	onc my	-0.0275
give_back	one day	0.0323
give_back	one do	0.026
give_back	one of	-0.0226
give_back	one ~closing	0.0315
give_back	one ~help	0.026
give_back	one ~limit	0.0316
give_back	onli	-0.0643
give_back	onli if	-0.0358
give_back	onlin	-0.0335
give_back	op	0.0694
give_back	open	-0.3456
give_back	open on	-0.0641
give_back	open to	-0.0883
give_back	open up	-0.0899
give_back	or	-0.1575
give_back	or a	-0.027
give_back	or contact	0.0265
give_back	or did	-0.02
give_back	or do	-0.0272
give_back	or is	-0.0715
give_back	or mentor	0.0806
give_back	or report	0.1101
give_back	or two	-0.0226
give_back	or would	-0.0254
give_back	or your	0.0609
give_back	or ~number	-0.0696
give_back	or ~people	0.0221
give_back	or ~studyverb	-0.02
give_back	or ~want	-0.0311
give_back	order	0.1421
give_back	organiz	0.219
give_back	organiz a	0.0902
give_back	organiz ~number	0.0902
give_back	other	-0.0487
give_back	other ~people	-0.02
give_back	our	0.2965
give_back	our campus	0.0929
give_back	out	-0.1249
give_back	out dure	-0.0259
give_back	out if	0.0203
give_back	out in	-0.0206
give_back	out of	-0.0334
give_back	out to	-0.0806
give_back	out when	-0.0487
give_back	out with	0.0923
give_back	outreach	0.0616
give_back	over	-0.0925
give_back	over a	-0.0278
give_back	over that	0.0432
give_back	over the	-0.0973
give_back	over ~number	-0.1251
give_back	own	-0.0775
give_back	own team	-0.0257
give_back	own ~org	-0.0257
give_back	pack	-0.021
give_back	pair	0.2517
give_back	pair of	0.2517
give_back	panel	0.0545
give_back	paper	-0.0209
give_back	paraleg	-0.026
give_back	part	-0.1997
give_back	part of	-0.073
give_back	part time	-0.0744
give_back	part ~limit	-0.0744
give_back	pass	0.2488
give_back	pass along	0.2976
give_back	pass it	-0.0307
give_back	pass my	-0.1022
give_back	past	-0.0448
give_back	past the	-0.0225
give_back	past ~number	-0.0225
give_back	path	-0.0415
give_back	patient	0.0562
give_back	patient i	0.0278
give_back	pay	0.0896
give_back	pay it	0.071
give_back	peopl	-0.1883
give_back	peopl ~help	-0.0354
give_back	person	-0.0433
give_back	person statement	-0.0288
give_back	person to	-0.0262
give_back	perspect	0.0431
give_back	perspect i	0.0296
give_back	perspect on	0.0556
give_back	pharmaci	-0.0284
give_back	phd	-0.0213
give_back	photograph	0.0617
give_back	pictur	-0.0365
give_back	pictur of	-0.0345
give_back	ping	-0.0397
give_back	ping you	-0.0286
give_back	pitch	0.1169
give_back	pitch in	0.128
give_back	plan	-0.045
give_back	plate	0.0738
give_back	pleas	0.1992
give_back	pleas do	0.1009
give_back	pleas if	0.0669
give_back	pleas keep	-0.0624
give_back	pleas let	0.0367
give_back	pleas ~help	0.1009
give_back	pleas ~talk	0.0248
give_back	podcast episod	0.0666
give_back	point	-0.0652
give_back	point me	-0.0477
give_back	polici	-0.0924
give_back	pop	0.1859
give_back	portfolio	-0.1123
give_back	portfolio to	-0.0253
give_back	portfolio when	-0.0217
give_back	portugues	0.0482
give_back	posit	-0.1184
give_back	posit for	-0.0217
give_back	posit i	-0.0417
give_back	possibl	-0.0302
give_back	post	-0.1235
give_back	post on	-0.0672
give_back	practic	-0.0556
give_back	practis	-0.021
give_back	prefer	-0.0262
give_back	prepar	-0.0517
give_back	prepar for	-0.044
give_back	pressur	-0.0766
give_back	pressur at	-0.035
give_back	pressur ~want	-0.0269
give_back	pretti	0.1832
give_back	pretti good	0.0448
give_back	pretti handi	0.1047
give_back	priya	-0.0385
give_back	process	-0.0393
give_back	product	-0.09
give_back	product manag	-0.0331
give_back	profession	-0.0462
give_back	profession associ	-0.029
give_back	professor	0.0912
give_back	program you	0.1475
give_back	progress	-0.0264
give_back	project	0.0572
give_back	project could	0.2405
give_back	project i	-0.1099
give_back	promis	-0.0682
give_back	promis i	-0.0252
give_back	proofread	0.1611
give_back	proofread grant	0.0603
give_back	proofread the	0.0881
give_back	proofread ~number	0.0881
give_back	proper	-0.0643
give_back	proper thank	-0.0202
give_back	public	-0.06
give_back	publish	0.1392
give_back	pull	0.1042
give_back	put	0.0304
give_back	put in	-0.057
give_back	put togeth	0.1184
give_back	python	0.1665
give_back	python script	0.1161
give_back	quarter	-0.0205
give_back	question	-0.1741
give_back	question about	-0.0231
give_back	question for	0.0761
give_back	question i	-0.0243
give_back	question ~later	-0.0219
give_back	quick	-0.0461
give_back	quick note	-0.0486
give_back	quick thank	-0.0219
give_back	quick ~contactverb	-0.0267
give_back	quick ~talk	-0.0355
give_back	rang	-0.0281
give_back	rather	-0.0437
give_back	ratio	0.0787
give_back	ratio i	0.0787
give_back	reach	-0.0802
give_back	reach out	-0.0597
give_back	read	-0.0982
give_back	read list	-0.0411
give_back	real	0.1049
give_back	realist	-0.0257
give_back	realiti	-0.0391
give_back	realiti of	-0.0391
give_back	realiz	-0.0566
give_back	realli	-0.3963
give_back	realli appreci	-0.0762
give_back	realli grate	-0.0576
give_back	realli help	-0.0547
give_back	realli ~help	-0.0209
give_back	realli ~want	-0.1142
give_back	reason	-0.0259
give_back	recommend	-0.1392
give_back	recommend i	-0.0267
give_back	recommend me	-0.0315
give_back	recruit	-0.0232
give_back	recruit for	-0.0428
give_back	recruit materi	0.0596
give_back	refer	-0.0912
give_back	refer me	-0.0567
give_back	referr	-0.04
give_back	report	0.0276
give_back	report back	-0.0335
give_back	request	-0.0572
give_back	request on	-0.0336
give_back	research	-0.1313
give_back	research assist	-0.0314
give_back	research ~student	-0.0305
give_back	resid	-0.0234
give_back	resourc	0.0896
give_back	respect	-0.0208
give_back	rest	-0.0277
give_back	rest of	-0.0277
give_back	result	0.0858
give_back	result from	0.0563
give_back	resum	-0.2107
give_back	resum along	-0.0592
give_back	resum so	-0.0307
give_back	resum to	-0.0676
give_back	retail	-0.0364
give_back	return	0.5753
give_back	return even	0.0267
give_back	return the	0.3571
give_back	return to	-0.0306
give_back	return ~number	0.3571
give_back	review	0.0209
give_back	review the	0.0312
give_back	review ~number	0.0429
give_back	right	-0.163
give_back	right i	-0.0361
give_back	right if	-0.0366
give_back	right now	-0.0288
give_back	risk	-0.0229
give_back	role	-0.1842
give_back	role like	-0.0206
give_back	room	-0.0207
give_back	rotat	-0.0218
give_back	rout	-0.0312
give_back	run	0.3096
give_back	run a	0.2509
give_back	run i	-0.0304
give_back	run over	-0.0375
give_back	run ~number	0.2461
give_back	rural	0.2462
give_back	rural broadband	0.258
give_back	said you	0.0488
give_back	salari	0.1285
give_back	sale	-0.0256
give_back	same	0.1247
give_back	saturday	0.0724
give_back	save	0.1678
give_back	save your	0.1751
give_back	saw	-0.0385
give_back	saw on	-0.0253
give_back	say	-0.0365
give_back	say about	0.0271
give_back	say hi	-0.0263
give_back	say thank	-0.0515
give_back	say the	0.0881
give_back	say ~help	-0.0261
give_back	say ~number	0.0863
give_back	school	-0.0799
give_back	school i	0.0335
give_back	scienc	-0.0618
give_back	scientist	-0.0275
give_back	script	0.1258
give_back	season	-0.0293
give_back	second pair	0.0288
give_back	second year	-0.0205
give_back	second ~duration	-0.0205
give_back	sector	-0.0464
give_back	see	-0.0293
give_back	see from	0.0494
give_back	see if	-0.091
give_back	see we	-0.0306
give_back	send	0.123
give_back	send a	-0.0246
give_back	send it	0.0542
give_back	send me	-0.0399
give_back	send over	-0.0481
give_back	send that	-0.0207
give_back	send you	0.1456
give_back	send your	0.0562
give_back	send ~number	-0.0282
give_back	senior	-0.0309
give_back	sens	-0.056
give_back	sent you	0.0486
give_back	serious	0.0418
give_back	serious if	0.0608
give_back	servic	0.1089
give_back	session	0.0242
give_back	set	0.1054
give_back	set of	0.0553
give_back	set up	0.0778
give_back	shadow	-0.0529
give_back	shall	-0.0561
give_back	shall write	-0.0243
give_back	shall ~contactverb	-0.0243
give_back	share	0.5056
give_back	share my	0.2151
give_back	share some	0.0211
give_back	share the	0.1013
give_back	share what	0.122
give_back	share your	0.0527
give_back	share ~number	0.101
give_back	she	-0.0277
give_back	shift	-0.0682
give_back	shoot	-0.0262
give_back	shop	0.1406
give_back	short	-0.0768
give_back	short note	-0.0391
give_back	should	-0.2395
give_back	should i	-0.1117
give_back	should talk	-0.0203
give_back	should ~talk	-0.0357
give_back	shout	0.1136
give_back	shout and	0.0652
give_back	side if	0.0214
give_back	side of	0.0362
give_back	side project	0.0465
give_back	side you	-0.0303
give_back	sign	-0.0273
give_back	sign off	-0.0266
give_back	sinc	0.2646
give_back	sinc i	0.0564
give_back	sinc it	0.2495
give_back	sinc you	-0.0233
give_back	site	-0.0248
give_back	six	0.0949
give_back	six year	0.1011
give_back	six ~duration	0.0949
give_back	skill	-0.0708
give_back	slide	0.1463
give_back	small	0.0954
give_back	small bakeri	0.0675
give_back	small i	-0.0243
give_back	small like	0.0244
give_back	small project	-0.0744
give_back	small way	0.0876
give_back	so	-0.3626
give_back	so grate	-0.027
give_back	so help	0.0233
give_back	so i	-0.2304
give_back	so if	0.3785
give_back	so let	-0.0217
give_back	so much	-0.0812
give_back	so use	-0.0257
give_back	so you	-0.1075
give_back	so ~help	-0.028
give_back	social	0.0294
give_back	softwar	0.0346
give_back	some	0.215
give_back	some of	0.0211
give_back	some time	0.116
give_back	some way	0.056
give_back	some ~insight	-0.0277
give_back	some ~limit	0.1168
give_back	somehow	0.0637
give_back	someon	0.0976
give_back	someon in	-0.0423
give_back	someon on	-0.0344
give_back	someon to	0.3349
give_back	someon who	-0.0205
give_back	someon you	-0.0209
give_back	someon ~people	-0.0205
give_back	someth come	-0.0207
give_back	someth small	0.0227
give_back	soon	-0.0505
give_back	sorri	-0.1702
give_back	sorri i	-0.0623
give_back	sorri my	-0.0232
give_back	sound	-0.0761
give_back	spanish	0.0961
give_back	speak	0.188
give_back	speak to	0.1316
give_back	speak with	-0.043
give_back	speaker	0.0439
give_back	spent	0.108
give_back	spent a	0.0219
give_back	spent six	0.1353
give_back	sponsor	0.08
give_back	spot	-0.0304
give_back	spreadsheet	0.0768
give_back	spring	0.033
give_back	squeez	-0.0375
give_back	squeez me	-0.0439
give_back	staf	0.0538
give_back	staf ratio	0.0787
give_back	staff	0.1146
give_back	stage	-0.0214
give_back	stand	-0.083
give_back	stand out	-0.0812
give_back	start	-0.2207
give_back	start out	-0.0482
give_back	startup	0.0734
give_back	startup in	0.0772
give_back	stat	0.0424
give_back	state	-0.0262
give_back	statement	-0.0314
give_back	stay	-0.1
give_back	stay in	-0.0382
give_back	step	-0.0412
give_back	still in	0.0407
give_back	stop	-0.1299
give_back	stop here	-0.0268
give_back	stop there	-0.04
give_back	stop ~want	-0.0268
give_back	stress test	0.0223
give_back	stronger	-0.0295
give_back	stronger candid	-0.0295
give_back	stronger ~student	-0.0295
give_back	structur	-0.0367
give_back	struggl	0.0427
give_back	struggl with	0.0464
give_back	student	0.3753
give_back	student feedback	0.0703
give_back	student i	0.0442
give_back	student ~insight	0.0801
give_back	student ~learn	0.0546
give_back	studi	-0.0506
give_back	studio	-0.0255
give_back	stuff	0.0617
give_back	stuff i	0.0746
give_back	such	-0.0379
give_back	such ~number	-0.0213
give_back	suggest	-0.0995
give_back	suggest i	-0.0427
give_back	suit	-0.0512
give_back	suit me	-0.0485
give_back	summari	0.1865
give_back	summari of	0.1828
give_back	summer	-0.1495
give_back	summer ~job	-0.0251
give_back	super	-0.0977
give_back	super help	-0.0582
give_back	super use	-0.0386
give_back	super ~help	-0.0386
give_back	suppli	-0.0263
give_back	suppli chain	-0.0263
give_back	support	0.1344
give_back	support the	0.1465
give_back	support ~number	0.1465
give_back	sure	-0.0419
give_back	sure to	-0.023
give_back	survey	0.6014
give_back	survey data	0.2067
give_back	survey result	0.1115
give_back	survey with	0.0275
give_back	survey you	0.0343
give_back	sustain	0.0756
give_back	switch career	0.067
give_back	switch from	-0.026
give_back	ta	0.0201
give_back	ta veri	0.0236
give_back	take	-0.0478
give_back	take a	0.117
give_back	take care	-0.0382
give_back	take note	0.0202
give_back	take on	-0.0555
give_back	take the	-0.0248
give_back	take up	-0.0281
give_back	take ~number	0.0907
give_back	taken	-0.0368
give_back	talk	-0.2457
give_back	talk about	-0.0354
give_back	talk to	-0.155
give_back	teach	0.0844
give_back	team	0.073
give_back	team doe	-0.0237
give_back	team ever	0.139
give_back	team i	-0.0248
give_back	team in	-0.0255
give_back	team is	0.1535
give_back	team pleas	-0.0207
give_back	team when	-0.0415
give_back	team would	-0.0209
give_back	team ~limit	0.0567
give_back	team ~want	-0.0209
give_back	tell	-0.0615
give_back	tell me	-0.0837
give_back	tell you	0.0368
give_back	ten	-0.0269
give_back	term	-0.0275
give_back	test	0.0768
give_back	test my	-0.0431
give_back	test the	0.1085
give_back	test your	0.0279
give_back	test ~number	0.1085
give_back	than	-0.0738
give_back	thank	-0.5075
give_back	thank a	-0.0201
give_back	thank again	0.0451
give_back	thank onc	-0.0214
give_back	thank so	-0.052
give_back	thank to	-0.0365
give_back	thank you	-0.2592
give_back	thank ~later	0.0451
give_back	thank ~number	-0.0249
give_back	that	0.1863
give_back	that answer	-0.0206
give_back	that articl	0.11
give_back	that be	0.0286
give_back	that cover	-0.0277
give_back	that help	0.0267
give_back	that how	-0.0355
give_back	that i	0.2372
give_back	that is	-0.2598
give_back	that make	-0.0249
give_back	that might	0.0557
give_back	that podcast	-0.0928
give_back	that realli	-0.0272
give_back	that world	0.0237
give_back	that would	0.0404
give_back	the	0.4672
give_back	the analyst	-0.0238
give_back	the app	0.0707
give_back	the articl	-0.1159
give_back	the best	-0.039
give_back	the book	0.1697
give_back	the bootcamp	-0.0552
give_back	the campus	-0.023
give_back	the career	0.0455
give_back	the certif	-0.0304
give_back	the clock	-0.0428
give_back	the code	0.0543
give_back	the confer	0.1937
give_back	the contact	0.0295
give_back	the counti	-0.0256
give_back	the cours	0.1416
give_back	the data	-0.0383
give_back	the end	-0.0211
give_back	the favor	0.3012
give_back	the fellowship	-0.0265
give_back	the field	-0.0486
give_back	the fund	0.1058
give_back	the grad	-0.0212
give_back	the half	-0.0214
give_back	the head	-0.0337
give_back	the hire	-0.0435
give_back	the job	0.0427
give_back	the kind	0.0528
give_back	the last	-0.0311
give_back	the launch	-0.0346
give_back	the licens	-0.0252
give_back	the link	0.2394
give_back	the mentor	0.1474
give_back	the militari	0.0438
give_back	the moment	-0.0311
give_back	the most	-0.0591
give_back	the new	0.1162
give_back	the newslett	0.0881
give_back	the next	-0.0335
give_back	the open	-0.0302
give_back	the portfolio	-0.0235
give_back	the product	-0.0242
give_back	the program	-0.0294
give_back	the project	-0.0205
give_back	the read	-0.0283
give_back	the realiti	-0.0391
give_back	the rest	-0.0585
give_back	the role	-0.0326
give_back	the same	0.131
give_back	the spring	0.0695
give_back	the student	0.1294
give_back	the summari	0.0402
give_back	the survey	0.1617
give_back	the switch	-0.0272
give_back	the team	-0.021
give_back	the time	-0.0201
give_back	the tip	0.0898
give_back	the way	-0.0414
give_back	the weather	-0.0232
give_back	the word	0.1082
give_back	the work	-0.0456
give_back	the ~closing	-0.0927
give_back	the ~contactverb	0.0239
give_back	the ~degree	-0.034
give_back	the ~gatekeeper	-0.1133
give_back	the ~hiring	0.0917
give_back	the ~learn	-0.0474
give_back	the ~limit	-0.0238
give_back	the ~number	-0.0652
give_back	the ~org	-0.1149
give_back	the ~people	-0.0239
give_back	the ~studyverb	0.0509
give_back	the ~workverb	-0.0456
give_back	their	-0.0605
give_back	their first	-0.0319
give_back	them	0.1479
give_back	then	-0.054
give_back	there	0.3231
give_back	there a	-0.1564
give_back	there an	0.1082
give_back	there ani	-0.0539
give_back	there anyon	-0.0438
give_back	there anyth	0.6001
give_back	there is	0.1395
give_back	there like	0.0469
give_back	there some	0.0439
give_back	there someon	-0.0429
give_back	there someth	-0.0312
give_back	there ~number	-0.0518
give_back	there ~people	-0.1069
give_back	these	-0.0457
give_back	thesi	0.1398
give_back	they	0.2187
give_back	they are	0.2497
give_back	thing	0.0901
give_back	thing i	-0.0506
give_back	think	-0.2462
give_back	think about	-0.0355
give_back	think i	-0.1322
give_back	think of	-0.0456
give_back	think that	-0.0357
give_back	think we	-0.03
give_back	think would	-0.0211
give_back	think you	0.1422
give_back	think ~want	-0.0211
give_back	this	-0.1069
give_back	this afternoon	-0.0223
give_back	this field	-0.0483
give_back	this has	-0.07
give_back	this i	0.0396
give_back	this is	-0.0394
give_back	this summer	-0.0709
give_back	this was	-0.0372
give_back	this week	-0.043
give_back	this work	-0.0318
give_back	this worth	0.251
give_back	this ~closing	-0.0869
give_back	this ~learn	-0.0318
give_back	this ~limit	-0.0259
give_back	this ~talk	-0.0204
give_back	this ~workverb	-0.0318
give_back	thought	-0.0374
give_back	three	-0.0445
give_back	thrill	-0.0389
give_back	thrill to	-0.0231
give_back	through	0.0336
give_back	through how	-0.0254
give_back	through your	0.141
give_back	through ~number	-0.0274
give_back	time	-0.0879
give_back	time but	0.0357
give_back	time for	-0.0231
give_back	time i	-0.0217
give_back	time research	-0.0265
give_back	time so	-0.0273
give_back	time to	-0.0225
give_back	time with	0.0237
give_back	time ~learn	-0.027
give_back	tip	0.0658
give_back	tip about	0.0907
give_back	titl	0.1768
give_back	titl i	0.1904
give_back	to	0.1363
give_back	to a	-0.0607
give_back	to ask	0.0272
give_back	to be	-0.2318
give_back	to beta	0.078
give_back	to cut	-0.0389
give_back	to day	-0.0204
give_back	to decid	-0.0209
give_back	to do	-0.0239
give_back	to eat	-0.0209
give_back	to email	0.0326
give_back	to find	0.0312
give_back	to forward	-0.021
give_back	to get	-0.1018
give_back	to give	0.0691
give_back	to go	-0.0265
give_back	to grad	-0.0215
give_back	to help	0.3282
give_back	to her	0.0564
give_back	to introduc	0.0785
give_back	to it	-0.0338
give_back	to jump	-0.0363
give_back	to keep	-0.0871
give_back	to know	-0.0531
give_back	to learn	-0.0575
give_back	to leav	-0.0288
give_back	to let	0.098
give_back	to make	0.2064
give_back	to me	-0.0321
give_back	to mind	-0.0425
give_back	to my	-0.1075
give_back	to our	0.1198
give_back	to pass	0.143
give_back	to pay	0.0797
give_back	to pitch	0.0713
give_back	to prepar	-0.0275
give_back	to proofread	0.0932
give_back	to put	0.0572
give_back	to reach	0.0297
give_back	to return	0.071
give_back	to run	0.0392
give_back	to say	-0.0446
give_back	to see	-0.0956
give_back	to send	0.1946
give_back	to share	0.0766
give_back	to someon	-0.0383
give_back	to speak	0.1767
give_back	to stay	-0.0503
give_back	to take	0.0282
give_back	to talk	-0.0422
give_back	to tell	-0.047
give_back	to test	-0.0674
give_back	to that	0.0424
give_back	to the	-0.1801
give_back	to think	-0.0257
give_back	to understand	-0.0576
give_back	to whoever	-0.0204
give_back	to work	-0.039
give_back	to write	-0.0284
give_back	to you	0.7378
give_back	to your	-0.0496
give_back	to ~closing	-0.0207
give_back	to ~contactverb	0.0302
give_back	to ~help	0.4405
give_back	to ~insight	0.0303
give_back	to ~learn	-0.3729
give_back	to ~limit	-0.0291
give_back	to ~number	-0.2602
give_back	to ~people	-0.0351
give_back	to ~sendverb	0.4218
give_back	to ~student	0.0534
give_back	to ~talk	0.2303
give_back	today	-0.1801
give_back	today and	-0.034
give_back	today i	-0.0218
give_back	togeth	0.1113
give_back	togeth a	0.1082
give_back	togeth ~number	0.1082
give_back	told	0.1408
give_back	told you	0.1467
give_back	tomorrow	0.1567
give_back	tomorrow with	0.1862
give_back	tonight	-0.1111
give_back	tonight to	-0.0306
give_back	too	0.0985
give_back	took	-0.036
give_back	tool	0.0357
give_back	topic	0.2412
give_back	total	-0.0667
give_back	total fine	-0.021
give_back	total understand	-0.0363
give_back	total ~learn	-0.0432
give_back	touch	0.0698
give_back	touch and	0.0229
give_back	touch if	-0.0243
give_back	touch on	0.1531
give_back	touch with	-0.0353
give_back	toward	-0.0263
give_back	track	-0.0565
give_back	transit	0.1205
give_back	translat	0.1529
give_back	translat for	0.0435
give_back	tri	-0.1537
give_back	tri this	-0.0342
give_back	tri to	-0.0928
give_back	trip	0.1435
give_back	truli	0.0445
give_back	truli if	0.0632
give_back	trust	-0.0298
give_back	tuesday	-0.0231
give_back	twenti	-0.0252
give_back	two	-0.0655
give_back	typic	-0.0803
give_back	um	-0.0376
give_back	understand	-0.1398
give_back	understand if	-0.0351
give_back	understand the	-0.0403
give_back	understand ~number	-0.0403
give_back	universiti	0.1003
give_back	until	-0.0241
give_back	up	-0.2426
give_back	up a	-0.0284
give_back	up ani	-0.023
give_back	up by	-0.0304
give_back	up for	-0.0357
give_back	up in	-0.0263
give_back	up is	0.0261
give_back	up my	-0.0292
give_back	up note	0.046
give_back	up on	-0.0665
give_back	up where	0.0726
give_back	up with	-0.0877
give_back	up ~number	-0.0318
give_back	updat	-0.0521
give_back	upfront	-0.0227
give_back	upfront i	-0.02
give_back	us	-0.0371
give_back	use	0.8985
give_back	use a	0.0556
give_back	use for	0.0253
give_back	use i	0.0896
give_back	use to	0.2341
give_back	use ~number	0.2916
give_back	user	0.0236
give_back	usual	-0.0874
give_back	ux	-0.0435
give_back	ux research	-0.031
give_back	ux ~learn	-0.0241
give_back	vacanc	-0.0267
give_back	valu	-0.021
give_back	veri	-0.0714
give_back	veri grate	-0.0407
give_back	veri happi	0.0364
give_back	veri interest	-0.0273
give_back	veteran	0.078
give_back	video	0.0415
give_back	volunt	0.3514
give_back	volunt at	0.0739
give_back	volunt for	0.2063
give_back	walk	0.0689
give_back	walk me	-0.0616
give_back	want	0.2885
give_back	want a	0.0601
give_back	want me	0.3851
give_back	want someon	0.094
give_back	want to	-0.2315
give_back	want ~number	0.0522
give_back	want ~people	0.094
give_back	was	-0.3658
give_back	was a	-0.0213
give_back	was great	0.0334
give_back	was hope	-0.0211
give_back	was like	0.0477
give_back	was realli	-0.02
give_back	was super	-0.0236
give_back	was wonder	-0.1508
give_back	was ~number	-0.0435
give_back	was ~want	-0.0446
give_back	way	0.2773
give_back	way i	0.2514
give_back	way like	0.0408
give_back	way to	0.0251
give_back	we	-0.3627
give_back	we are	-0.0609
give_back	we can	-0.0772
give_back	we finish	0.0257
give_back	we hang	-0.0244
give_back	we have	-0.0476
give_back	we talk	-0.042
give_back	weather	-0.0235
give_back	week	-0.1679
give_back	week to	-0.0395
give_back	week with	-0.0322
give_back	weekend	-0.0404
give_back	weird	-0.0451
give_back	weird if	-0.0372
give_back	well	-0.0465
give_back	well i	-0.0331
give_back	went	-0.0548
give_back	were	-0.0296
give_back	were in	-0.0219
give_back	were me	-0.0233
give_back	were start	-0.045
give_back	what	-0.2599
give_back	what a	-0.0332
give_back	what are	-0.0319
give_back	what can	0.2236
give_back	what could	0.2056
give_back	what do	-0.079
give_back	what doe	-0.0497
give_back	what i	-0.0403
give_back	what is	-0.1736
give_back	what it	0.0538
give_back	what kind	-0.0321
give_back	what skill	-0.0359
give_back	what student	0.0397
give_back	what would	-0.0764
give_back	what you	-0.0464
give_back	what your	-0.0534
give_back	what ~help	-0.079
give_back	what ~number	-0.0497
give_back	what ~want	-0.0764
give_back	when	-0.1289
give_back	when a	-0.0213
give_back	when it	-0.0621
give_back	when you	-0.1056
give_back	when ~number	-0.0287
give_back	when ~people	-0.0346
give_back	whenev	0.027
give_back	where	0.074
give_back	where can	-0.0295
give_back	where do	-0.0412
give_back	where i	0.0339
give_back	where ~help	-0.0412
give_back	where ~number	0.0459
give_back	whether	-0.1931
give_back	whether you	-0.0803
give_back	whether ~number	-0.0285
give_back	whi	-0.0384
give_back	which	0.024
give_back	which of	0.2411
give_back	while	0.2121
give_back	who	-0.1681
give_back	who els	-0.0318
give_back	who just	0.0874
give_back	who would	-0.0438
give_back	who ~want	0.0426
give_back	whoever	-0.0323
give_back	will	-0.1685
give_back	will be	-0.0235
give_back	will connect	0.0557
give_back	will def	-0.0287
give_back	will definit	-0.0275
give_back	will drop	-0.0794
give_back	will email	0.0822
give_back	will follow	-0.0232
give_back	will forward	-0.0317
give_back	will keep	-0.0784
give_back	will leav	-0.0516
give_back	will let	-0.1642
give_back	will not	-0.0324
give_back	will pass	0.2258
give_back	will report	-0.0242
give_back	will send	0.062
give_back	will share	-0.0316
give_back	will stop	-0.0373
give_back	will to	-0.0942
give_back	will write	-0.0262
give_back	will ~contactverb	0.0323
give_back	will ~learn	0.0949
give_back	will ~sendverb	0.2151
give_back	will ~talk	0.1287
give_back	wish	-0.0921
give_back	wish you	-0.0443
give_back	with	0.2081
give_back	with a	-0.0825
give_back	with anyth	0.1265
give_back	with even	0.0226
give_back	with excel	0.0519
give_back	with in	0.0332
give_back	with like	0.0388
give_back	with me	-0.0445
give_back	with on	0.0283
give_back	with someth	0.0227
give_back	with spreadsheet	0.0924
give_back	with the	0.1955
give_back	with you	-0.1358
give_back	with your	-0.0701
give_back	with ~number	0.0929
give_back	wonder	-0.1659
give_back	wonder if	-0.0206
give_back	wonder whether	-0.0784
give_back	word	0.0591
give_back	word for	-0.0238
give_back	work	-0.4849
give_back	work in	-0.0911
give_back	workday	-0.0249
give_back	worri	-0.023
give_back	worst	-0.0241
give_back	worth	0.1503
give_back	worth it	-0.0292
give_back	worth your	0.251
give_back	would	0.1438
give_back	would an	0.0644
give_back	would be	0.1892
give_back	would better	0.0555
give_back	would consid	-0.0208
give_back	would enjoy	0.1464
give_back	would ever	0.0212
give_back	would happili	0.2063
give_back	would i	-0.0289
give_back	would it	-0.0439
give_back	would jump	-0.0502
give_back	would love	-0.0691
give_back	would realli	-0.0514
give_back	would recommend	-0.0624
give_back	would suggest	-0.0372
give_back	would that	0.0286
give_back	would you	0.0337
give_back	would ~help	-0.0282
give_back	would ~learn	0.1059
give_back	would ~number	0.0557
give_back	would ~want	-0.0651
give_back	wow	-0.0404
give_back	wrap	-0.0479
give_back	wrap up	-0.0219
give_back	write	-0.0713
give_back	write to	-0.0489
give_back	write you	-0.0367
give_back	wrong	-0.0241
give_back	wrote	0.1213
give_back	yeah	-0.0764
give_back	year	-0.1682
give_back	year and	-0.0309
give_back	year i	0.0231
give_back	year in	-0.045
give_back	year ~workverb	0.1327
give_back	yes	-0.024
give_back	yet	-0.0375
give_back	you	0.0996
give_back	you a	-0.2795
give_back	you about	0.1337
give_back	you after	-0.0373
give_back	you again	-0.0301
give_back	you an	-0.05
give_back	you are	0.4706
give_back	you at	0.1292
give_back	you back	0.034
give_back	you can	-0.0852
give_back	you could	-0.2912
give_back	you decid	-0.0264
give_back	you describ	-0.0235
give_back	you do	-0.094
give_back	you email	-0.0337
give_back	you ever	0.3173
give_back	you feel	-0.025
give_back	you find	-0.0302
give_back	you for	-0.1191
give_back	you get	-0.0972
give_back	you give	-0.0267
give_back	you go	-0.1229
give_back	you guy	-0.0303
give_back	you have	0.0698
give_back	you head	0.0655
give_back	you hear	-0.0263
give_back	you help	-0.0203
give_back	you how	-0.0466
give_back	you if	-0.0345
give_back	you in	0.142
give_back	you introduc	-0.0223
give_back	you just	0.0596
give_back	you keep	-0.0254
give_back	you know	0.024
give_back	you let	-0.037
give_back	you like	0.1588
give_back	you mayb	0.0339
give_back	you mention	0.5297
give_back	you might	-0.0323
give_back	you mind	-0.0913
give_back	you my	0.0236
give_back	you need	0.1975
give_back	you on	-0.0791
give_back	you onc	-0.0332
give_back	you one	0.0253
give_back	you or	0.0631
give_back	you out	0.1019
give_back	you pass	-0.0215
give_back	you post	-0.0563
give_back	you prefer	-0.0255
give_back	you rather	-0.0257
give_back	you recommend	-0.0318
give_back	you run	0.1404
give_back	you said	0.0329
give_back	you say	-0.0313
give_back	you share	-0.0402
give_back	you so	-0.042
give_back	you start	-0.0245
give_back	you suggest	-0.0228
give_back	you tell	-0.0471
give_back	you thank	0.0353
give_back	you that	0.0482
give_back	you the	0.3817
give_back	you think	-0.1798
give_back	you this	-0.0431
give_back	you to	-0.0672
give_back	you use	-0.0313
give_back	you veri	-0.0279
give_back	you walk	-0.0291
give_back	you want	0.2325
give_back	you when	-0.0469
give_back	you where	0.1188
give_back	you wish	-0.0673
give_back	you with	0.0836
give_back	you would	0.0386
give_back	you ~contactverb	-0.0373
give_back	you ~help	-0.1255
give_back	you ~hiring	-0.0248
give_back	you ~later	-0.0599
give_back	you ~learn	-0.1586
give_back	you ~number	0.0999
give_back	you ~people	0.0253
give_back	you ~sendverb	-0.1498
give_back	you ~studyverb	-0.0232
give_back	you ~talk	-0.0505
give_back	you ~want	0.2407
give_back	you ~workverb	0.1203
give_back	your	0.4759
give_back	your advic	-0.035
give_back	your afternoon	-0.0367
give_back	your app	0.0497
give_back	your card	-0.0207
give_back	your career	-0.0506
give_back	your clinic	0.0267
give_back	your colleagu	-0.0329
give_back	your compani	-0.0938
give_back	your data	-0.0207
give_back	your day	0.0259
give_back	your depart	-0.0679
give_back	your end	0.0428
give_back	your field	-0.0341
give_back	your firm	-0.0742
give_back	your first	-0.0404
give_back	your friday	-0.0238
give_back	your group	-0.0409
give_back	your hire	-0.0207
give_back	your honest	-0.0278
give_back	your inbox	0.1632
give_back	your industri	-0.0399
give_back	your kind	-0.0368
give_back	your manag	-0.0221
give_back	your mentor	0.0289
give_back	your name	0.0422
give_back	your network	-0.0466
give_back	your next	-0.0477
give_back	your nonprofit	0.0704
give_back	your offic	-0.0246
give_back	your old	-0.021
give_back	your organiz	0.0475
give_back	your outreach	0.0628
give_back	your patient	0.0564
give_back	your person	0.0757
give_back	your plate	0.0738
give_back	your project	0.2415
give_back	your recruit	0.0412
give_back	your schedul	-0.022
give_back	your side	0.0512
give_back	your student	0.0668
give_back	your team	0.2313
give_back	your time	-0.0759
give_back	your way	0.0494
give_back	your week	-0.035
give_back	your while	0.251
give_back	your work	-0.0239
give_back	your ~closing	-0.0785
give_back	your ~gatekeeper	-0.0762
give_back	your ~hiring	0.081
give_back	your ~insight	-0.1013
give_back	your ~job	-0.0391
give_back	your ~learn	-0.0296
give_back	your ~limit	-0.1414
give_back	your ~people	0.0438
give_back	your ~student	0.1433
give_back	your ~talk	-0.0584
give_back	your ~workverb	-0.0239
give_back	yourself	-0.0232
give_back	z	0.0864
give_back	z perspect	0.0653
give_back	z ~insight	0.0864
give_back	~application	-0.2503
give_back	~application along	-0.0592
give_back	~application so	-0.0307
give_back	~application to	-0.0743
give_back	~application with	-0.0237
give_back	~closing	-0.2609
give_back	~closing and	-0.032
give_back	~closing for	0.0819
give_back	~closing of	-0.0367
give_back	~closing to	-0.0519
give_back	~contactverb	-0.2812
give_back	~contactverb for	0.0368
give_back	~contactverb if	-0.0379
give_back	~contactverb it	0.0754
give_back	~contactverb to	-0.056
give_back	~contactverb tonight	-0.0335
give_back	~contactverb with	-0.0852
give_back	~contactverb you	-0.0395
give_back	~degree	0.079
give_back	~degree and	0.0654
give_back	~degree at	-0.0234
give_back	~degree goe	-0.0289
give_back	~degree i	0.1347
give_back	~degree in	-0.0728
give_back	~degree or	-0.0435
give_back	~degree program	-0.034
give_back	~degree you	0.1481
give_back	~duration	-0.2461
give_back	~duration and	-0.0311
give_back	~duration as	-0.0208
give_back	~duration i	0.0231
give_back	~duration in	-0.0499
give_back	~gatekeeper	-0.2855
give_back	~gatekeeper at	-0.0228
give_back	~gatekeeper for	-0.0517
give_back	~gatekeeper manag	-0.0593
give_back	~help	1.1646
give_back	~help a	-0.058
give_back	~help at	-0.0284
give_back	~help befor	-0.0224
give_back	~help differ	-0.041
give_back	~help even	0.0267
give_back	~help for	0.6579
give_back	~help i	0.0271
give_back	~help if	0.1159
give_back	~help it	0.0561
give_back	~help let	0.043
give_back	~help me	-0.0913
give_back	~help my	-0.0373
give_back	~help new	-0.0407
give_back	~help not	-0.0962
give_back	~help out	0.1531
give_back	~help peopl	-0.0447
give_back	~help the	0.4879
give_back	~help this	-0.0242
give_back	~help to	0.4167
give_back	~help translat	0.0374
give_back	~help with	0.2852
give_back	~help you	-0.1433
give_back	~hiring	0.0731
give_back	~hiring flow	0.0653
give_back	~hiring manag	-0.0593
give_back	~hiring materi	0.0596
give_back	~hiring new	-0.0254
give_back	~hiring the	-0.0218
give_back	~insight	-0.1628
give_back	~insight a	0.1139
give_back	~insight care	-0.0382
give_back	~insight for	0.0385
give_back	~insight in	0.0865
give_back	~insight note	0.0202
give_back	~insight of	-0.0354
give_back	~insight to	-0.0288
give_back	~insight up	-0.0248
give_back	~insight you	-0.0236
give_back	~job	-0.5703
give_back	~job at	-0.0252
give_back	~job board	0.1171
give_back	~job for	-0.0493
give_back	~job hunt	-0.027
give_back	~job i	-0.0806
give_back	~job in	-0.0393
give_back	~job like	-0.021
give_back	~job on	-0.0897
give_back	~job or	-0.0343
give_back	~job to	0.0751
give_back	~later	-0.3043
give_back	~later and	0.0415
give_back	~later as	-0.0293
give_back	~later i	-0.0295
give_back	~later today	-0.0564
give_back	~learn	-0.4347
give_back	~learn a	0.1089
give_back	~learn about	0.1203
give_back	~learn and	-0.022
give_back	~learn anyon	-0.0485
give_back	~learn assist	-0.0314
give_back	~learn back	-0.0688
give_back	~learn better	-0.0247
give_back	~learn her	0.1044
give_back	~learn i	-0.0416
give_back	~learn if	-0.0328
give_back	~learn in	-0.0252
give_back	~learn internship	0.0547
give_back	~learn is	-0.0231
give_back	~learn it	0.0568
give_back	~learn me	0.0211
give_back	~learn of	-0.0797
give_back	~learn on	-0.0286
give_back	~learn out	-0.0748
give_back	~learn some	0.0544
give_back	~learn that	-0.0319
give_back	~learn the	0.0223
give_back	~learn this	-0.02
give_back	~learn to	-0.0383
give_back	~learn use	0.1109
give_back	~learn we	-0.0222
give_back	~learn what	-0.0844
give_back	~learn when	0.1612
give_back	~learn whether	-0.0221
give_back	~learn which	-0.0273
give_back	~learn with	-0.0216
give_back	~learn your	-0.0974
give_back	~limit	-0.3733
give_back	~limit and	-0.0202
give_back	~limit but	0.0349
give_back	~limit for	-0.0307
give_back	~limit i	-0.035
give_back	~limit research	-0.0265
give_back	~limit so	-0.0221
give_back	~limit to	-0.0469
give_back	~limit with	0.0229
give_back	~number	-0.126
give_back	~number analyst	-0.0259
give_back	~number app	0.0707
give_back	~number best	-0.0402
give_back	~number big	0.0234
give_back	~number bit	-0.0476
give_back	~number book	0.1697
give_back	~number bootcamp	-0.0651
give_back	~number campus	-0.023
give_back	~number certif	-0.0371
give_back	~number chariti	0.0847
give_back	~number client	-0.0263
give_back	~number clinic	-0.0216
give_back	~number clock	-0.0428
give_back	~number code	0.0448
give_back	~number coffe	0.1423
give_back	~number colleagu	-0.0202
give_back	~number confer	0.2489
give_back	~number connect	-0.0503
give_back	~number contact	0.0295
give_back	~number counti	-0.0268
give_back	~number cours	0.1413
give_back	~number cpa	0.0686
give_back	~number dashboard	0.0942
give_back	~number data	-0.0503
give_back	~number design	-0.0205
give_back	~number do	0.0254
give_back	~number draft	-0.0293
give_back	~number email	-0.0329
give_back	~number end	-0.0211
give_back	~number event	0.1097
give_back	~number extra	0.2652
give_back	~number eye	-0.0292
give_back	~number fair	0.0696
give_back	~number favor	0.3012
give_back	~number fellowship	-0.0265
give_back	~number few	0.0425
give_back	~number field	-0.0508
give_back	~number final	-0.0226
give_back	~number fit	-0.0213
give_back	~number free	0.0548
give_back	~number friend	0.0845
give_back	~number fund	0.1058
give_back	~number gen	0.0864
give_back	~number grad	-0.0244
give_back	~number half	-0.0214
give_back	~number hand	0.2096
give_back	~number hard	-0.0225
give_back	~number head	-0.0356
give_back	~number hire	-0.0466
give_back	~number honest	-0.027
give_back	~number hour	-0.0447
give_back	~number industri	-0.0201
give_back	~number internship	-0.0254
give_back	~number interview	-0.0247
give_back	~number intro	0.0355
give_back	~number junior	-0.0494
give_back	~number kind	0.0505
give_back	~number last	-0.0444
give_back	~number launch	-0.0353
give_back	~number licens	-0.028
give_back	~number line	-0.0665
give_back	~number link	0.22
give_back	~number list	-0.0218
give_back	~number logist	0.071
give_back	~number look	0.062
give_back	~number manag	-0.0228
give_back	~number massiv	0.0227
give_back	~number master	-0.0596
give_back	~number mentor	0.219
give_back	~number militari	0.0438
give_back	~number minut	-0.1071
give_back	~number moment	-0.0313
give_back	~number month	-0.052
give_back	~number more	-0.0422
give_back	~number most	-0.0608
give_back	~number name	-0.0283
give_back	~number natur	0.0212
give_back	~number new	0.0922
give_back	~number newslett	0.0881
give_back	~number next	-0.0403
give_back	~number note	0.1368
give_back	~number nurs	-0.026
give_back	~number of	0.1207
give_back	~number open	-0.0757
give_back	~number or	-0.0248
give_back	~number paraleg	-0.0236
give_back	~number part	-0.0665
give_back	~number peopl	-0.0261
give_back	~number person	-0.0208
give_back	~number podcast	0.1278
give_back	~number polici	-0.0244
give_back	~number portfolio	-0.0275
give_back	~number posit	-0.0419
give_back	~number practic	-0.0247
give_back	~number product	-0.032
give_back	~number program	-0.0428
give_back	~number project	-0.0525
give_back	~number proper	-0.0271
give_back	~number question	-0.0286
give_back	~number quick	-0.0568
give_back	~number realiti	-0.0391
give_back	~number recruit	-0.0329
give_back	~number referr	-0.028
give_back	~number rest	-0.0585
give_back	~number right	-0.0206
give_back	~number role	-0.0523
give_back	~number same	0.131
give_back	~number session	0.0277
give_back	~number short	-0.0642
give_back	~number small	0.0756
give_back	~number spring	0.0695
give_back	~number stat	0.0443
give_back	~number stronger	-0.0295
give_back	~number student	0.1844
give_back	~number summari	0.171
give_back	~number summer	-0.0289
give_back	~number survey	0.1678
give_back	~number switch	-0.0283
give_back	~number team	-0.0275
give_back	~number time	-0.0253
give_back	~number tip	0.0898
give_back	~number transit	0.0805
give_back	~number typic	-0.0613
give_back	~number updat	-0.0302
give_back	~number volunt	0.067
give_back	~number way	-0.0228
give_back	~number weather	-0.0232
give_back	~number week	-0.0392
give_back	~number word	0.1023
give_back	~number work	-0.0468
give_back	~number year	-0.0917
give_back	~org	-0.4027
give_back	~org and	-0.0436
give_back	~org doe	-0.024
give_back	~org ever	0.0489
give_back	~org for	-0.0232
give_back	~org hire	-0.0205
give_back	~org in	0.0608
give_back	~org is	0.1409
give_back	~org need	0.0209
give_back	~org of	0.0355
give_back	~org pleas	-0.0315
give_back	~org project	0.0547
give_back	~org run	-0.0402
give_back	~org staf	0.0796
give_back	~org that	0.0343
give_back	~org when	-0.0415
give_back	~org would	-0.0277
give_back	~org you	-0.0543
give_back	~people	-0.2927
give_back	~people at	-0.0621
give_back	~people day	0.0323
give_back	~people els	-0.1048
give_back	~people for	0.0324
give_back	~people help	-0.0548
give_back	~people in	-0.1024
give_back	~people just	0.0844
give_back	~people might	0.0993
give_back	~people of	-0.071
give_back	~people on	-0.0861
give_back	~people or	-0.023
give_back	~people to	0.3026
give_back	~people who	-0.0774
give_back	~people with	-0.0225
give_back	~people would	-0.0478
give_back	~people you	-0.0609
give_back	~sendverb	0.5684
give_back	~sendverb a	-0.0259
give_back	~sendverb along	0.2976
give_back	~sendverb it	0.071
give_back	~sendverb me	-0.0399
give_back	~sendverb my	-0.2063
give_back	~sendverb on	-0.0211
give_back	~sendverb over	-0.0481
give_back	~sendverb so	0.0372
give_back	~sendverb that	-0.0207
give_back	~sendverb them	0.1522
give_back	~sendverb tonight	-0.0335
give_back	~sendverb what	0.1094
give_back	~sendverb with	-0.03
give_back	~sendverb you	0.228
give_back	~sendverb your	0.0562
give_back	~student	-0.1826
give_back	~student analyst	-0.0414
give_back	~student and	0.0669
give_back	~student associ	-0.0272
give_back	~student at	0.0281
give_back	~student feedback	0.0703
give_back	~student for	0.0435
give_back	~student give	0.0533
give_back	~student i	-0.0611
give_back	~student in	-0.0682
give_back	~student might	0.0461
give_back	~student or	-0.0224
give_back	~student posit	-0.0295
give_back	~student program	-0.04
give_back	~student role	-0.0459
give_back	~student school	-0.0282
give_back	~student with	-0.0299
give_back	~studyverb	-0.2382
give_back	~studyverb a	-0.0389
give_back	~studyverb career	0.0715
give_back	~studyverb my	-0.0445
give_back	~studyverb not	-0.0412
give_back	~studyverb that	-0.0297
give_back	~studyverb the	-0.0611
give_back	~studyverb you	-0.0489
give_back	~studyverb your	-0.033
give_back	~talk	-0.3112
give_back	~talk for	0.0269
give_back	~talk i	-0.0441
give_back	~talk it	0.0746
give_back	~talk next	-0.0267
give_back	~talk on	-0.0249
give_back	~talk out	-0.0241
give_back	~talk patient	0.0332
give_back	~talk so	-0.0386
give_back	~talk to	-0.0258
give_back	~talk tonight	-0.0335
give_back	~talk what	-0.0366
give_back	~talk who	-0.0351
give_back	~talk with	-0.0714
give_back	~talk you	0.0422
give_back	~timeunit	-0.2242
give_back	~want	-0.0782
give_back	~want about	0.055
give_back	~want all	0.1866
give_back	~want an	0.053
give_back	~want appreci	-0.0762
give_back	~want ask	0.0664
give_back	~want at	0.0759
give_back	~want be	0.1892
give_back	~want better	0.0555
give_back	~want but	-0.0276
give_back	~want consid	-0.0208
give_back	~want do	-0.0257
give_back	~want enjoy	0.1451
give_back	~want ever	0.0212
give_back	~want finish	0.0903
give_back	~want for	0.1795
give_back	~want grate	-0.0576
give_back	~want happili	0.2063
give_back	~want help	-0.0445
give_back	~want i	-0.1047
give_back	~want in	0.1727
give_back	~want is	0.0849
give_back	~want it	-0.11
give_back	~want jump	-0.0502
give_back	~want just	-0.0238
give_back	~want love	-0.0875
give_back	~want me	0.3851
give_back	~want my	-0.0623
give_back	~want need	-0.0265
give_back	~want realli	-0.0543
give_back	~want recommend	-0.0624
give_back	~want say	0.0945
give_back	~want so	-0.0308
give_back	~want someon	0.0376
give_back	~want suggest	-0.0372
give_back	~want thank	-0.0224
give_back	~want the	-0.0702
give_back	~want this	-0.0763
give_back	~want to	-0.3623
give_back	~want want	-0.055
give_back	~want what	0.1362
give_back	~want you	-0.1626
give_back	~want your	-0.0402
give_back	~workverb	-0.0242
give_back	~workverb a	0.142
give_back	~workverb at	-0.0214
give_back	~workverb do	0.0439
give_back	~workverb i	-0.0241
give_back	~workverb in	-0.0752
give_back	~workverb look	0.0713
give_back	~workverb more	-0.0415
give_back	~workverb over	-0.044
give_back	~workverb six	0.1353
give_back	~workverb the	-0.0383
self_intro	*	-3.0471
self_intro	10	0.0229
self_intro	10 year	0.0281
self_intro	10 ~duration	0.0281
self_intro	12 year	0.0207
self_intro	12 ~duration	0.0207
self_intro	17	0.0814
self_intro	2	0.0326
self_intro	28	0.0809
self_intro	2nd	0.1311
self_intro	2nd year	0.1311
self_intro	2nd ~duration	0.1311
self_intro	3	0.0366
self_intro	3 year	0.0495
self_intro	3 ~duration	0.0495
self_intro	34	0.0298
self_intro	6	0.0587
self_intro	6 year	0.0591
self_intro	6 ~duration	0.0591
self_intro	8	0.0355
self_intro	8 year	0.0355
self_intro	8 ~duration	0.0355
self_intro	?	-1.2837
self_intro	^after	0.0331
self_intro	^ah	0.0384
self_intro	^alright	-0.0269
self_intro	^ani	-0.0681
self_intro	^are	-0.0939
self_intro	^as	0.118
self_intro	^ask	0.0251
self_intro	^befor	-0.0451
self_intro	^by	0.0828
self_intro	^bye	-0.0256
self_intro	^can	-0.0622
self_intro	^cheer	-0.0332
self_intro	^could	-0.0495
self_intro	^current	0.1161
self_intro	^did	-0.0345
self_intro	^do	-0.1732
self_intro	^doe	-0.0228
self_intro	^for	0.0246
self_intro	^given	0.054
self_intro	^good	0.1512
self_intro	^got	-0.0315
self_intro	^have	-0.0247
self_intro	^hey	0.0982
self_intro	^hi	0.2213
self_intro	^how	-0.335
self_intro	^i	0.2364
self_intro	^if	-0.0937
self_intro	^is	-0.2605
self_intro	^it	-0.0245
self_intro	^just	-0.0508
self_intro	^let	0.0577
self_intro	^like	0.0625
self_intro	^most	-0.0255
self_intro	^my	0.0574
self_intro	^no	-0.0505
self_intro	^oh	0.2155
self_intro	^ok	-0.1514
self_intro	^onc	-0.022
self_intro	^pleas	-0.0291
self_intro	^quick	0.0663
self_intro	^real	0.0401
self_intro	^realli	-0.0234
self_intro	^right	-0.0297
self_intro	^should	-0.0213
self_intro	^sinc	-0.0457
self_intro	^so	0.2016
self_intro	^sorri	0.1168
self_intro	^tell	-0.0266
self_intro	^thank	0.0848
self_intro	^the	-0.03
self_intro	^this	-0.0462
self_intro	^to	-0.0585
self_intro	^we	-0.0424
self_intro	^well	-0.0268
self_intro	^what	-0.3889
self_intro	^when	-0.0218
self_intro	^where	-0.0256
self_intro	^which	-0.0646
self_intro	^who	-0.0305
self_intro	^would	-0.0786
self_intro	^yeah	-0.0263
self_intro	^you	-0.0921
self_intro	a	0.4976
self_intro	a bachelor	0.0428
self_intro	a bank	-0.0227
self_intro	a barista	0.0462
self_intro	a better	0.0476
self_intro	a bit	0.0427
self_intro	a bootcamp	0.0258
self_intro	a career	0.1212
self_intro	a certif	0.0224
self_intro	a chemistri	0.1276
self_intro	a clinic	-0.0332
self_intro	a cna	0.0486
self_intro	a coffe	0.0551
self_intro	a contract	0.0202
self_intro	a coupl	-0.0612
self_intro	a cs	0.0294
self_intro	a data	-0.0394
self_intro	a day	-0.0252
self_intro	a degre	0.0425
self_intro	a feel	-0.0321
self_intro	a few	-0.0653
self_intro	a final	0.1012
self_intro	a first	-0.0292
self_intro	a fit	-0.0245
self_intro	a forens	-0.0287
self_intro	a former	0.0652
self_intro	a free	0.0476
self_intro	a friday	-0.0236
self_intro	a full	0.025
self_intro	a good	-0.0721
self_intro	a hand	-0.0546
self_intro	a hard	-0.0231
self_intro	a high	0.0962
self_intro	a hospit	-0.0299
self_intro	a job	-0.0584
self_intro	a line	0.1019
self_intro	a littl	0.0296
self_intro	a logist	0.0207
self_intro	a lot	-0.0719
self_intro	a love	-0.0242
self_intro	a master	-0.0207
self_intro	a million	-0.0224
self_intro	a move	0.0584
self_intro	a mutual	0.0679
self_intro	a new	-0.0258
self_intro	a night	0.0235
self_intro	a paraleg	0.0829
self_intro	a pharma	0.0377
self_intro	a posit	-0.069
self_intro	a primari	0.0528
self_intro	a project	-0.0264
self_intro	a quick	-0.0326
self_intro	a realist	0.0541
self_intro	a recent	0.1545
self_intro	a referr	-0.0475
self_intro	a second	0.1708
self_intro	a self	0.0532
self_intro	a senior	0.0215
self_intro	a short	-0.0313
self_intro	a small	0.0208
self_intro	a soc	0.0388
self_intro	a sophomor	0.1247
self_intro	a stay	0.0269
self_intro	a student	-0.0744
self_intro	a sustain	0.0553
self_intro	a thank	-0.0236
self_intro	a tight	-0.0217
self_intro	a ton	-0.0211
self_intro	a typic	-0.0523
self_intro	a veri	-0.0271
self_intro	a volunt	0.0744
self_intro	a ~degree	0.1413
self_intro	a ~gatekeeper	-0.0211
self_intro	a ~hiring	-0.0234
self_intro	a ~insight	-0.0299
self_intro	a ~job	-0.1472
self_intro	a ~limit	-0.0252
self_intro	a ~number	-0.1333
self_intro	a ~org	-0.1149
self_intro	a ~people	-0.0314
self_intro	a ~student	0.2413
self_intro	a ~talk	-0.0208
self_intro	abil	-0.035
self_intro	about	0.2786
self_intro	about a	0.0573
self_intro	about be	-0.0238
self_intro	about it	0.0213
self_intro	about law	0.0281
self_intro	about me	0.2384
self_intro	about open	-0.0428
self_intro	about suppli	0.0644
self_intro	about the	-0.1741
self_intro	about what	-0.0253
self_intro	about your	0.0236
self_intro	about ~job	-0.0476
self_intro	about ~number	-0.0605
self_intro	accept	0.0337
self_intro	accept my	0.0312
self_intro	account	0.1158
self_intro	account in	0.0676
self_intro	account student	0.0224
self_intro	account ~student	0.0224
self_intro	actual	-0.0855
self_intro	actual look	-0.0254
self_intro	actual ~help	0.0243
self_intro	actuari scienc	-0.0299
self_intro	administr	-0.0264
self_intro	advanc	-0.0206
self_intro	advic	-0.1132
self_intro	advic on	-0.0642
self_intro	after	0.0725
self_intro	after i	-0.0202
self_intro	after my	-0.0207
self_intro	after ~number	0.0599
self_intro	after ~workverb	0.0467
self_intro	afternoon	0.0476
self_intro	again	-0.1249
self_intro	agenc	-0.028
self_intro	ago	0.067
self_intro	ah	0.0384
self_intro	airlin	0.073
self_intro	all	-0.0762
self_intro	all day	0.0357
self_intro	all i	-0.0378
self_intro	all my	-0.0408
self_intro	all this	0.0282
self_intro	all ~closing	0.0379
self_intro	all ~limit	0.0379
self_intro	along	-0.0223
self_intro	alreadi	-0.0504
self_intro	alright	-0.0619
self_intro	alright i	-0.0253
self_intro	alright if	-0.0243
self_intro	also	-0.0769
self_intro	alway	-0.0412
self_intro	am	0.7883
self_intro	am a	1.0749
self_intro	am around	-0.024
self_intro	am ask	0.0427
self_intro	am at	-0.0333
self_intro	am collect	-0.0334
self_intro	am conscious	-0.0593
self_intro	am curious	-0.0842
self_intro	am current	0.1065
self_intro	am do	0.0455
self_intro	am explor	0.0325
self_intro	am finish	0.2181
self_intro	am from	0.1053
self_intro	am go	-0.0533
self_intro	am good	-0.0586
self_intro	am graduat	0.0444
self_intro	am grate	-0.0669
self_intro	am happi	-0.045
self_intro	am hope	-0.0557
self_intro	am i	-0.0216
self_intro	am in	0.1014
self_intro	am interest	-0.0257
self_intro	am jess	0.075
self_intro	am just	-0.0431
self_intro	am keen	0.033
self_intro	am look	-0.0259
self_intro	am mind	0.0377
self_intro	am most	-0.0234
self_intro	am not	-0.2459
self_intro	am now	0.0585
self_intro	am out	-0.0301
self_intro	am rambl	-0.0245
self_intro	am realli	-0.0378
self_intro	am so	-0.0239
self_intro	am still	-0.0349
self_intro	am switch	0.1148
self_intro	am transit	0.038
self_intro	am tri	-0.1319
self_intro	am ~number	1.0812
self_intro	am ~studyverb	0.4616
self_intro	am ~talk	0.0252
self_intro	am ~want	-0.4214
self_intro	an electrician	-0.0315
self_intro	an honest	0.0662
self_intro	an hour	0.05
self_intro	an insid	0.021
self_intro	an internship	-0.0275
self_intro	an mba	-0.0248
self_intro	an mph	-0.0392
self_intro	an onlin	0.0365
self_intro	an open	0.0227
self_intro	an ~degree	-0.0705
self_intro	an ~limit	0.0498
self_intro	an ~student	-0.079
self_intro	an ~timeunit	0.05
self_intro	analyst	-0.0257
self_intro	analyst in	-0.0227
self_intro	analyst role	0.0406
self_intro	analyst ~job	0.0293
self_intro	analyst ~want	0.0217
self_intro	analyt right	0.0319
self_intro	and	1.0219
self_intro	and a	0.0286
self_intro	and befor	0.0384
self_intro	and build	0.0389
self_intro	and did	0.0498
self_intro	and explor	0.0548
self_intro	and forth	-0.0329
self_intro	and get	-0.028
self_intro	and go	0.0202
self_intro	and good	-0.0258
self_intro	and got	-0.0347
self_intro	and have	0.0937
self_intro	and honest	0.1178
self_intro	and i	0.7365
self_intro	and just	0.0465
self_intro	and late	0.0417
self_intro	and now	0.0888
self_intro	and part	0.023
self_intro	and send	-0.0213
self_intro	and tell	0.0491
self_intro	and thank	-0.0262
self_intro	and think	0.0498
self_intro	and um	-0.0234
self_intro	and want	0.0634
self_intro	and whether	-0.0354
self_intro	and ~learn	-0.0227
self_intro	and ~number	0.0253
self_intro	and ~sendverb	-0.0283
self_intro	and ~studyverb	0.0509
self_intro	and ~talk	-0.0215
self_intro	and ~want	0.1469
self_intro	ani	-0.1693
self_intro	ani chanc	-0.0218
self_intro	ani of	-0.022
self_intro	answer	-0.0288
self_intro	anyon	-0.0489
self_intro	anyth	-0.1798
self_intro	anyth i	-0.0816
self_intro	app	0.1355
self_intro	appli	-0.1701
self_intro	appli to	-0.1318
self_intro	applic	-0.0211
self_intro	appreci it	-0.029
self_intro	appreci you	0.0628
self_intro	apprentic	0.054
self_intro	apprentic electrician	0.0581
self_intro	apprentic ~student	0.0581
self_intro	apprenticeship	0.1418
self_intro	apprenticeship ~degree	0.0446
self_intro	are	-0.233
self_intro	are near	-0.0326
self_intro	are right	-0.0256
self_intro	are there	-0.0259
self_intro	are worth	-0.0205
self_intro	are you	0.1133
self_intro	are ~number	-0.0266
self_intro	arjun	0.1123
self_intro	armi	0.3005
self_intro	armi logist	0.0237
self_intro	around	-0.0223
self_intro	art	0.0729
self_intro	articl	-0.0224
self_intro	as	0.2619
self_intro	as a	0.1903
self_intro	as someon	0.1234
self_intro	as ~number	0.1848
self_intro	as ~people	0.1136
self_intro	ask	0.0855
self_intro	ask about	-0.0285
self_intro	ask becaus	0.0691
self_intro	ask you	0.0464
self_intro	assign	0.0518
self_intro	associ	-0.0714
self_intro	at	0.4483
self_intro	at a	0.1953
self_intro	at all	-0.0265
self_intro	at communiti	0.034
self_intro	at home	0.024
self_intro	at lincoln	0.0277
self_intro	at my	-0.0619
self_intro	at night	0.1045
self_intro	at ohio	0.0306
self_intro	at rutger	0.0369
self_intro	at the	0.0541
self_intro	at time	-0.0242
self_intro	at uw	0.0573
self_intro	at your	-0.0234
self_intro	at ~closing	0.0863
self_intro	at ~limit	-0.0242
self_intro	at ~number	0.227
self_intro	audit	0.0663
self_intro	away	-0.0549
self_intro	away from	-0.0239
self_intro	b	0.0271
self_intro	bachelor	0.0729
self_intro	bachelor in	0.0714
self_intro	back	-0.0537
self_intro	back and	-0.0348
self_intro	back to	0.0237
self_intro	background	0.1928
self_intro	background in	0.0217
self_intro	background is	0.0705
self_intro	background on	0.0305
self_intro	balanc	-0.0287
self_intro	bank	0.1567
self_intro	bank as	0.0985
self_intro	barista	0.0462
self_intro	base	0.0482
self_intro	basic	0.1051
self_intro	basic my	0.1143
self_intro	be	-0.2489
self_intro	be a	0.0494
self_intro	be alright	-0.0229
self_intro	be an	-0.022
self_intro	be clear	-0.0493
self_intro	be glad	0.0272
self_intro	be grate	0.0216
self_intro	be open	-0.0312
self_intro	be so	-0.0299
self_intro	be the	0.0629
self_intro	be upfront	-0.0322
self_intro	be ~number	0.0901
self_intro	becaus	0.1425
self_intro	becaus i	0.0505
self_intro	becom a	-0.0688
self_intro	becom ~number	-0.0694
self_intro	been	0.2138
self_intro	been a	0.0771
self_intro	been do	0.0281
self_intro	been freelanc	0.022
self_intro	been go	-0.035
self_intro	been in	0.0636
self_intro	been incred	-0.0352
self_intro	been take	0.0338
self_intro	been teach	0.0265
self_intro	been ~hiring	0.0338
self_intro	been ~number	0.07
self_intro	been ~studyverb	0.0619
self_intro	been ~workverb	0.0432
self_intro	befor	0.0903
self_intro	befor go	0.0638
self_intro	befor i	-0.1098
self_intro	befor that	0.098
self_intro	befor this	0.0555
self_intro	befor we	-0.0261
self_intro	befor you	-0.021
self_intro	befor ~studyverb	-0.0206
self_intro	began	0.0373
self_intro	believ	-0.032
self_intro	best	-0.0515
self_intro	better	0.1084
self_intro	better is	0.0953
self_intro	better so	0.0286
self_intro	between	-0.1973
self_intro	between a	-0.028
self_intro	between two	-0.0279
self_intro	between ~number	-0.0708
self_intro	big four	0.0261
self_intro	biggest	-0.0248
self_intro	biolog	0.0318
self_intro	bit	0.0654
self_intro	bit about	0.0708
self_intro	bit of	0.0209
self_intro	blog	-0.0207
self_intro	book	-0.0445
self_intro	bootcamp	0.1447
self_intro	bootcamp and	-0.0263
self_intro	bootcamp grad	0.0791
self_intro	bootcamp ~student	0.0791
self_intro	both	-0.0336
self_intro	brain	0.0713
self_intro	brazil	0.0714
self_intro	brigad	0.1362
self_intro	brutal	-0.0217
self_intro	budget	-0.0266
self_intro	build	0.0404
self_intro	built	0.1234
self_intro	built a	0.0726
self_intro	built ~number	0.0726
self_intro	busi	0.0269
self_intro	but	-0.0244
self_intro	but also	-0.0435
self_intro	but i	0.074
self_intro	by	0.0777
self_intro	by ask	0.0372
self_intro	by the	-0.0228
self_intro	by way	0.0828
self_intro	by ~number	-0.0263
self_intro	bye	-0.0381
self_intro	call	-0.0574
self_intro	campus	-0.0206
self_intro	can	-0.2658
self_intro	can i	-0.0517
self_intro	can you	-0.0237
self_intro	can ~number	-0.0203
self_intro	candid	-0.0302
self_intro	care	-0.0308
self_intro	career	0.0592
self_intro	career changer	0.055
self_intro	career in	-0.0341
self_intro	career ~student	0.0589
self_intro	case	-0.04
self_intro	cert	0.0299
self_intro	certif in	0.0235
self_intro	chain	0.1347
self_intro	chain role	0.0423
self_intro	chain ~job	0.0423
self_intro	chanc	-0.0281
self_intro	chang	-0.0324
self_intro	changer	0.055
self_intro	changer come	0.0383
self_intro	changer from	0.0302
self_intro	charter	0.0669
self_intro	chat	-0.0477
self_intro	chat with	-0.028
self_intro	check	-0.0447
self_intro	check back	-0.0241
self_intro	cheer	-0.0306
self_intro	chef	0.0365
self_intro	chem	0.0292
self_intro	chem student	0.0292
self_intro	chem ~student	0.0292
self_intro	chemistri	0.2063
self_intro	chemistri degre	0.0216
self_intro	chemistri teacher	0.1029
self_intro	chemistri ~degree	0.0313
self_intro	chemistri ~student	0.1127
self_intro	choos	-0.0271
self_intro	choos my	-0.0297
self_intro	civil	0.0313
self_intro	civil engin	0.0212
self_intro	class in	0.0366
self_intro	clear	-0.0657
self_intro	clear i	-0.0353
self_intro	clearer	-0.0275
self_intro	clearer pictur	-0.0268
self_intro	clearer ~insight	-0.0275
self_intro	client	-0.0346
self_intro	clinic research	-0.03
self_intro	clinic ~learn	-0.048
self_intro	close	-0.0576
self_intro	cna	0.0481
self_intro	coffe	0.0397
self_intro	colleagu	0.0382
self_intro	collect	-0.0477
self_intro	collect ~insight	-0.0341
self_intro	colleg	0.1201
self_intro	colleg and	0.0646
self_intro	colonel	0.0541
self_intro	come	0.0376
self_intro	come from	0.0249
self_intro	come up	-0.029
self_intro	come ~want	0.0724
self_intro	comfort	0.2803
self_intro	comfort connect	0.0227
self_intro	comfort with	0.2687
self_intro	comfort ~talk	0.0227
self_intro	commit	-0.0362
self_intro	commit to	-0.0345
self_intro	communic	0.0292
self_intro	communiti	0.109
self_intro	communiti colleg	0.1232
self_intro	compar	0.0348
self_intro	compet	-0.0211
self_intro	complet	0.0369
self_intro	complet my	0.0311
self_intro	complianc	0.0281
self_intro	confer	-0.0419
self_intro	conscious	-0.0598
self_intro	conscious we	-0.0301
self_intro	consid	-0.0302
self_intro	construct	0.022
self_intro	consult	0.0899
self_intro	context	0.0701
self_intro	context i	0.068
self_intro	contract	0.0601
self_intro	control	0.1342
self_intro	cook	0.1197
self_intro	cool	-0.0341
self_intro	coordin	-0.044
self_intro	corp	0.0506
self_intro	could	-0.2481
self_intro	could help	-0.0404
self_intro	could i	-0.0486
self_intro	could tell	-0.0387
self_intro	could ~help	-0.061
self_intro	could ~talk	-0.0217
self_intro	counti	0.0234
self_intro	coupl	-0.0801
self_intro	coupl of	-0.0317
self_intro	coupl year	-0.0409
self_intro	coupl ~duration	-0.0427
self_intro	cours	0.0744
self_intro	cousin	-0.0223
self_intro	cover	-0.058
self_intro	cover everyth	-0.0337
self_intro	cpa	0.0311
self_intro	credit	-0.0203
self_intro	cs	0.0292
self_intro	cs degre	0.0403
self_intro	cs ~degree	0.0294
self_intro	cultur	-0.0225
self_intro	curat	0.0269
self_intro	curious	-0.0397
self_intro	curious about	0.0437
self_intro	curious how	-0.0282
self_intro	curious what	-0.0465
self_intro	current	0.2923
self_intro	current a	0.129
self_intro	current an	0.0794
self_intro	current do	0.0444
self_intro	current ~number	0.2084
self_intro	current ~studyverb	0.0444
self_intro	custom	0.0504
self_intro	custom support	0.0532
self_intro	custom ~help	0.0532
self_intro	cut	-0.038
self_intro	cut this	-0.0241
self_intro	cybersecur	0.0233
self_intro	daili	-0.0348
self_intro	data	-0.0429
self_intro	data analysi	0.0282
self_intro	data scientist	-0.0475
self_intro	data ~student	-0.0373
self_intro	day	0.0248
self_intro	day and	-0.0327
self_intro	day as	-0.029
self_intro	day of	0.0264
self_intro	day to	0.0219
self_intro	decad	0.037
self_intro	decad in	0.0455
self_intro	decid	-0.1414
self_intro	decid between	-0.0621
self_intro	decid on	-0.021
self_intro	decid whether	-0.0488
self_intro	definit	-0.0361
self_intro	degre	0.2746
self_intro	degre and	0.0842
self_intro	degre at	0.0822
self_intro	degre in	0.0577
self_intro	denver	0.0471
self_intro	depart	-0.0293
self_intro	describ	-0.0333
self_intro	design	-0.0845
self_intro	design and	-0.0204
self_intro	desk	0.0611
self_intro	dev	0.1898
self_intro	develop	0.0509
self_intro	did	-0.0464
self_intro	did some	0.0501
self_intro	did you	-0.1566
self_intro	differ	-0.0721
self_intro	direct	-0.029
self_intro	do	0.0344
self_intro	do a	0.0915
self_intro	do all	0.0201
self_intro	do an	0.0739
self_intro	do day	0.0494
self_intro	do electrician	0.1064
self_intro	do i	-0.0212
self_intro	do my	0.0307
self_intro	do not	0.0269
self_intro	do peopl	-0.0215
self_intro	do this	-0.0658
self_intro	do to	-0.0213
self_intro	do you	-0.2105
self_intro	do ~closing	0.0494
self_intro	do ~limit	0.0494
self_intro	do ~number	0.1487
self_intro	do ~people	-0.0229
self_intro	do ~student	0.0925
self_intro	document	0.0689
self_intro	doe	-0.0872
self_intro	doe a	-0.0381
self_intro	doe the	-0.0237
self_intro	doe ~number	-0.0628
self_intro	done freelanc	0.0598
self_intro	dr	0.0741
self_intro	drop	0.0725
self_intro	drop you	-0.0312
self_intro	earli	-0.0493
self_intro	eat	-0.0209
self_intro	ecolog	-0.0307
self_intro	econ	0.0705
self_intro	econ and	0.0654
self_intro	econom	0.0807
self_intro	educ	0.045
self_intro	eight	0.1578
self_intro	eight year	0.1263
self_intro	eight ~duration	0.1263
self_intro	elect	-0.023
self_intro	electrician	0.133
self_intro	electrician becaus	-0.0315
self_intro	els	-0.0323
self_intro	email	-0.0548
self_intro	end	0.0471
self_intro	end up	0.0491
self_intro	engin	-0.0469
self_intro	engin and	0.0229
self_intro	engin ~student	0.0425
self_intro	english	0.2148
self_intro	english in	0.0482
self_intro	english is	0.0872
self_intro	enjoy	-0.0298
self_intro	enough	-0.0281
self_intro	entir	0.0244
self_intro	environment	0.0228
self_intro	environment scienc	0.0497
self_intro	epidemiolog	0.0284
self_intro	er	0.0214
self_intro	evalu	0.0231
self_intro	even	-0.0352
self_intro	eventu	-0.031
self_intro	ever	-0.0843
self_intro	ever need	-0.0863
self_intro	ever use	0.0522
self_intro	ever want	-0.0301
self_intro	ever ~help	0.0427
self_intro	ever ~want	-0.0374
self_intro	everyth	-0.1082
self_intro	everyth i	-0.0408
self_intro	everyth on	-0.0254
self_intro	ex	0.121
self_intro	ex chef	0.0398
self_intro	ex ~student	0.0398
self_intro	exhibit	0.0266
self_intro	expect	-0.0441
self_intro	expect to	-0.024
self_intro	experi	0.1698
self_intro	experi would	0.0497
self_intro	experi ~want	0.0497
self_intro	explor	0.0724
self_intro	extra	-0.0241
self_intro	eye	-0.04
self_intro	eye on	-0.031
self_intro	fair	-0.0279
self_intro	favorit	0.0227
self_intro	feel	-0.0695
self_intro	feel comfort	0.0209
self_intro	feel for	-0.0321
self_intro	few	-0.0738
self_intro	few month	-0.0426
self_intro	few year	-0.0503
self_intro	few ~duration	-0.093
self_intro	field	-0.0835
self_intro	field work	0.0286
self_intro	field ~learn	0.0305
self_intro	field ~workverb	0.0309
self_intro	figur	-0.0203
self_intro	final	0.1242
self_intro	final year	0.138
self_intro	final ~duration	0.138
self_intro	find	-0.0358
self_intro	finish	0.355
self_intro	finish a	0.141
self_intro	finish my	0.1579
self_intro	finish the	-0.0292
self_intro	finish up	0.0822
self_intro	finish ~number	0.1118
self_intro	firm	0.024
self_intro	firm and	0.0467
self_intro	first	-0.2739
self_intro	first and	-0.0378
self_intro	first place	-0.0237
self_intro	first year	-0.0956
self_intro	first ~duration	-0.0956
self_intro	first ~org	-0.0245
self_intro	fit	0.0914
self_intro	fit for	-0.0284
self_intro	five	0.0278
self_intro	five year	0.0575
self_intro	five ~duration	0.0575
self_intro	follow	-0.0639
self_intro	follow up	-0.0487
self_intro	food	0.0853
self_intro	food bank	0.0853
self_intro	food ~org	0.0853
self_intro	for	-0.1253
self_intro	for a	-0.1241
self_intro	for about	0.0892
self_intro	for accept	0.0348
self_intro	for agre	0.0268
self_intro	for anyth	-0.0423
self_intro	for be	-0.0276
self_intro	for context	0.027
self_intro	for eight	0.0327
self_intro	for fit	-0.0222
self_intro	for five	0.0634
self_intro	for four	0.023
self_intro	for friend	0.0338
self_intro	for give	0.0887
self_intro	for hop	0.0533
self_intro	for make	-0.0327
self_intro	for me	-0.1286
self_intro	for month	-0.0222
self_intro	for now	-0.0253
self_intro	for six	0.0749
self_intro	for someon	-0.0381
self_intro	for squeez	-0.0277
self_intro	for this	-0.0576
self_intro	for three	0.0763
self_intro	for today	-0.0487
self_intro	for you	-0.0552
self_intro	for your	-0.0859
self_intro	for ~duration	-0.0358
self_intro	for ~insight	-0.0203
self_intro	for ~number	-0.0323
self_intro	for ~people	-0.0244
self_intro	for ~studyverb	-0.0221
self_intro	for ~talk	-0.0204
self_intro	forens	-0.0283
self_intro	forens account	-0.0309
self_intro	forens ~student	-0.0287
self_intro	former	0.0635
self_intro	forth	-0.0329
self_intro	forth on	-0.0329
self_intro	forward	-0.0354
self_intro	found out	0.0294
self_intro	four firm	0.0211
self_intro	four ~org	0.0211
self_intro	free	0.0216
self_intro	freelanc	0.2045
self_intro	freelanc translat	0.0653
self_intro	friday	-0.0328
self_intro	friend	0.0209
self_intro	from	0.3906
self_intro	from a	-0.0569
self_intro	from account	-0.0233
self_intro	from brazil	0.0728
self_intro	from me	-0.0312
self_intro	from my	-0.0471
self_intro	from our	0.0545
self_intro	from peopl	-0.0414
self_intro	from research	0.0541
self_intro	from retail	0.1464
self_intro	from scratch	0.0209
self_intro	from teach	0.0215
self_intro	from the	0.0719
self_intro	from today	-0.03
self_intro	from your	0.0406
self_intro	from ~learn	0.0541
self_intro	from ~people	-0.0575
self_intro	front	0.0897
self_intro	front i	-0.0233
self_intro	full	0.0607
self_intro	full time	0.0415
self_intro	full ~limit	0.0415
self_intro	fund	-0.0208
self_intro	game	-0.0651
self_intro	gather	-0.1062
self_intro	gather inform	-0.0662
self_intro	gather ~insight	-0.0925
self_intro	generalist	0.0792
self_intro	generous	-0.0519
self_intro	generous with	-0.041
self_intro	genuin	-0.0377
self_intro	genuin just	-0.0246
self_intro	genuin ~want	-0.0339
self_intro	get	-0.174
self_intro	get a	-0.0332
self_intro	get built	0.0543
self_intro	get into	-0.0554
self_intro	get ~number	-0.0391
self_intro	give	0.1522
self_intro	give me	0.1394
self_intro	give you	0.0275
self_intro	given	0.0451
self_intro	given that	0.0549
self_intro	glad to	0.0219
self_intro	go	-0.2353
self_intro	go straight	-0.0276
self_intro	go to	-0.0847
self_intro	go ~want	-0.0263
self_intro	goal	-0.0645
self_intro	goal for	-0.0238
self_intro	goal today	-0.0266
self_intro	goe	-0.0525
self_intro	good afternoon	0.0915
self_intro	good luck	-0.0267
self_intro	good morn	0.0396
self_intro	good ~closing	0.1412
self_intro	good ~limit	0.1249
self_intro	got	0.3587
self_intro	got 15	0.0203
self_intro	got a	-0.0451
self_intro	got into	0.0738
self_intro	got my	0.0805
self_intro	got to	0.0509
self_intro	grad	0.2003
self_intro	grad in	0.0451
self_intro	grad on	0.1177
self_intro	grad program	-0.034
self_intro	grad with	0.129
self_intro	grad ~degree	-0.0306
self_intro	grade	0.0257
self_intro	graduat	0.0711
self_intro	graduat in	0.0678
self_intro	grant	-0.0309
self_intro	graphic	0.0594
self_intro	grate	-0.0736
self_intro	great	-0.051
self_intro	growth	0.0546
self_intro	guess	-0.0383
self_intro	guy	-0.0244
self_intro	had	-0.1003
self_intro	had no	-0.0272
self_intro	half	-0.0627
self_intro	half an	-0.0267
self_intro	half hour	-0.0305
self_intro	half ~limit	-0.0305
self_intro	half ~number	-0.0271
self_intro	half ~timeunit	-0.0305
self_intro	hand	-0.0829
self_intro	happi	-0.0966
self_intro	happi to	-0.091
self_intro	happili	0.0546
self_intro	hard	-0.0422
self_intro	hard stop	-0.0231
self_intro	have	0.0327
self_intro	have a	-0.0751
self_intro	have an	0.0221
self_intro	have been	0.2048
self_intro	have complet	0.0287
self_intro	have done	0.0665
self_intro	have finish	-0.0533
self_intro	have got	-0.092
self_intro	have onli	0.0579
self_intro	have start	0.0523
self_intro	have to	-0.0342
self_intro	have want	-0.0207
self_intro	have work	0.0411
self_intro	have ~number	-0.0586
self_intro	have ~studyverb	-0.0246
self_intro	have ~want	-0.0238
self_intro	have ~workverb	0.2822
self_intro	head	-0.0292
self_intro	health	0.1088
self_intro	health polici	0.0229
self_intro	health ~want	0.0521
self_intro	heap	-0.0304
self_intro	hear	0.0406
self_intro	hear how	0.0949
self_intro	heard	-0.0295
self_intro	help	-0.198
self_intro	help with	-0.0252
self_intro	here	0.1599
self_intro	here i	0.1102
self_intro	here in	0.0762
self_intro	here to	-0.033
self_intro	hey	0.0982
self_intro	hi	0.2299
self_intro	hi i	0.0536
self_intro	high	0.1802
self_intro	high school	0.1533
self_intro	high ~org	0.1533
self_intro	hire manag	-0.0325
self_intro	hire me	-0.0253
self_intro	hire ~gatekeeper	-0.0325
self_intro	hire ~student	-0.0257
self_intro	histori	0.058
self_intro	histori student	0.0337
self_intro	histori ~student	0.0337
self_intro	hold	0.0604
self_intro	home	0.0487
self_intro	honest	0.0422
self_intro	honest advic	-0.0331
self_intro	honest i	0.0786
self_intro	honest pictur	0.0662
self_intro	honest take	-0.0397
self_intro	hop	0.0354
self_intro	hop on	0.0527
self_intro	hope	-0.0769
self_intro	hope this	0.0415
self_intro	hope to	-0.0646
self_intro	hospit	0.1523
self_intro	hospit administr	-0.0454
self_intro	hospit and	0.0636
self_intro	hospit ~student	-0.0394
self_intro	hotel	0.062
self_intro	hour	0.1119
self_intro	hour and	0.0299
self_intro	hour generalist	0.0792
self_intro	hour so	-0.0256
self_intro	hour would	0.0546
self_intro	hour ~want	0.0542
self_intro	hous	-0.0355
self_intro	how	-0.1331
self_intro	how can	-0.0238
self_intro	how did	-0.0879
self_intro	how do	-0.0859
self_intro	how doe	-0.0285
self_intro	how i	0.0797
self_intro	how is	-0.0546
self_intro	how much	-0.0404
self_intro	how ngos	0.0264
self_intro	how suppli	0.0398
self_intro	how the	0.0231
self_intro	how would	-0.0204
self_intro	how you	0.0693
self_intro	how ~help	-0.0862
self_intro	how ~studyverb	-0.0879
self_intro	how ~want	-0.0204
self_intro	hunt	-0.0236
self_intro	i	0.1935
self_intro	i am	0.7972
self_intro	i appli	-0.0358
self_intro	i appreci	-0.0221
self_intro	i ask	-0.0427
self_intro	i can	-0.0984
self_intro	i check	-0.0253
self_intro	i commit	-0.0321
self_intro	i could	-0.075
self_intro	i do	0.0634
self_intro	i end	0.0876
self_intro	i figur	-0.0216
self_intro	i follow	-0.0234
self_intro	i found	0.0456
self_intro	i genuin	-0.0225
self_intro	i got	0.3964
self_intro	i graduat	0.0323
self_intro	i guess	-0.037
self_intro	i had	-0.0571
self_intro	i have	0.2217
self_intro	i hope	-0.0592
self_intro	i jump	0.0205
self_intro	i just	-0.0562
self_intro	i know	-0.1711
self_intro	i land	0.0758
self_intro	i left	0.037
self_intro	i mean	-0.027
self_intro	i mention	-0.0205
self_intro	i most	0.0244
self_intro	i move	0.0258
self_intro	i need	-0.0487
self_intro	i pick	-0.0352
self_intro	i promis	-0.0723
self_intro	i realiz	-0.0275
self_intro	i realli	-0.0476
self_intro	i should	-0.0523
self_intro	i spent	0.1687
self_intro	i studi	0.1291
self_intro	i switch	0.0552
self_intro	i think	-0.1771
self_intro	i thought	-0.0254
self_intro	i took	0.0258
self_intro	i want	0.1022
self_intro	i was	0.0205
self_intro	i will	-0.4406
self_intro	i wish	-0.0268
self_intro	i work	0.1079
self_intro	i ~contactverb	-0.0396
self_intro	i ~help	0.0513
self_intro	i ~learn	-0.1598
self_intro	i ~sendverb	-0.0211
self_intro	i ~studyverb	0.222
self_intro	i ~talk	-0.0522
self_intro	i ~want	-0.0487
self_intro	i ~workverb	0.3693
self_intro	icu	0.1456
self_intro	icu nurs	0.0263
self_intro	idea	-0.0317
self_intro	ideal	0.059
self_intro	if	-0.3154
self_intro	if ani	-0.0205
self_intro	if consult	0.0313
self_intro	if data	0.0534
self_intro	if i	-0.0669
self_intro	if there	-0.0298
self_intro	if you	-0.141
self_intro	if your	-0.0321
self_intro	if ~number	-0.0231
self_intro	illustr	0.0206
self_intro	in	0.3408
self_intro	in a	-0.0588
self_intro	in account	0.0503
self_intro	in audit	0.0881
self_intro	in between	-0.0308
self_intro	in case	-0.0303
self_intro	in civil	0.0226
self_intro	in custom	0.0532
self_intro	in denver	0.048
self_intro	in econ	0.0696
self_intro	in econom	0.0687
self_intro	in hospit	0.1245
self_intro	in hour	0.0342
self_intro	in hous	-0.0247
self_intro	in how	-0.0424
self_intro	in internat	0.0314
self_intro	in kitchen	0.0398
self_intro	in lago	0.062
self_intro	in may	0.0829
self_intro	in mind	-0.0203
self_intro	in one	-0.02
self_intro	in polici	0.0279
self_intro	in retail	0.0978
self_intro	in sale	-0.0204
self_intro	in sport	-0.0324
self_intro	in suppli	0.0343
self_intro	in their	-0.0246
self_intro	in touch	-0.0547
self_intro	in with	-0.0247
self_intro	in your	-0.1518
self_intro	in ~contactverb	-0.0561
self_intro	in ~limit	0.0326
self_intro	in ~number	-0.0867
self_intro	in ~people	-0.0214
self_intro	in ~timeunit	0.0342
self_intro	incred	-0.0421
self_intro	incred generous	-0.0316
self_intro	industri	-0.0876
self_intro	inform	-0.0933
self_intro	inform about	-0.023
self_intro	insid ~insight	0.0259
self_intro	insight	-0.0358
self_intro	instruct	-0.0229
self_intro	instruct design	-0.0229
self_intro	intent	-0.0253
self_intro	interest	-0.0553
self_intro	interest i	-0.0283
self_intro	interest in	-0.0345
self_intro	interest so	0.029
self_intro	internal	0.07
self_intro	internat	0.0436
self_intro	internat relat	0.0201
self_intro	internship	0.2957
self_intro	internship i	0.2545
self_intro	into	0.3145
self_intro	into hour	0.0603
self_intro	into instruct	-0.0381
self_intro	into nonprofit	-0.0202
self_intro	into project	0.0289
self_intro	into this	0.0497
self_intro	into ux	0.0397
self_intro	into your	-0.0215
self_intro	into ~limit	0.0603
self_intro	into ~timeunit	0.0603
self_intro	intro i	0.0311
self_intro	introduc myself	0.0216
self_intro	introduct	0.0605
self_intro	invest	0.0969
self_intro	invest bank	0.0966
self_intro	involv	0.0214
self_intro	is	-0.3424
self_intro	is a	0.0255
self_intro	is actual	-0.0552
self_intro	is ever	0.0275
self_intro	is everyth	-0.0451
self_intro	is for	0.0209
self_intro	is how	0.0745
self_intro	is it	-0.0254
self_intro	is like	-0.0248
self_intro	is made	0.0272
self_intro	is most	0.0554
self_intro	is not	0.0602
self_intro	is part	-0.026
self_intro	is probabl	-0.0324
self_intro	is real	0.0799
self_intro	is reassur	0.0461
self_intro	is that	-0.0523
self_intro	is the	-0.1025
self_intro	is there	-0.0932
self_intro	is work	0.0316
self_intro	is worth	-0.0526
self_intro	is your	-0.0419
self_intro	is ~number	-0.0728
self_intro	it	-0.3827
self_intro	it and	-0.0477
self_intro	it be	-0.0481
self_intro	it forward	-0.0205
self_intro	it from	-0.0407
self_intro	it is	-0.11
self_intro	it ok	0.0648
self_intro	it realli	0.0281
self_intro	it was	-0.0336
self_intro	it ~sendverb	-0.0205
self_intro	jess	0.0719
self_intro	job	-0.2234
self_intro	job i	-0.0234
self_intro	job just	0.0249
self_intro	job offer	-0.0232
self_intro	join	-0.0265
self_intro	jump	0.0794
self_intro	jump to	0.0479
self_intro	junior	0.1883
self_intro	junior at	0.0476
self_intro	junior in	0.0212
self_intro	junior ~student	-0.027
self_intro	junior ~studyverb	0.1557
self_intro	just	-0.1587
self_intro	just finish	0.0344
self_intro	just gather	-0.0317
self_intro	just here	0.0226
self_intro	just to	-0.1218
self_intro	just tri	0.0555
self_intro	just want	-0.1101
self_intro	just ~studyverb	0.0938
self_intro	just ~want	-0.0557
self_intro	keen	0.035
self_intro	keen to	0.0356
self_intro	keep	-0.1715
self_intro	keep you	-0.0464
self_intro	keep ~number	-0.026
self_intro	kept	-0.0202
self_intro	kid	0.0811
self_intro	kid and	0.055
self_intro	kind	-0.0212
self_intro	kitchen	0.1167
self_intro	know	-0.1858
self_intro	know how	-0.0241
self_intro	know i	-0.0464
self_intro	know we	-0.032
self_intro	know you	-0.0232
self_intro	know your	-0.0436
self_intro	lago	0.0641
self_intro	lago and	0.062
self_intro	land	0.0514
self_intro	last	0.2845
self_intro	last question	-0.0271
self_intro	last semest	0.0224
self_intro	last summer	0.0711
self_intro	last year	0.1236
self_intro	last ~duration	0.1313
self_intro	last ~number	0.0273
self_intro	late	0.0886
self_intro	late i	0.0807
self_intro	later	-0.0343
self_intro	launch	-0.0252
self_intro	law	-0.0372
self_intro	lead	-0.0284
self_intro	lean	0.0348
self_intro	learn	0.227
self_intro	learn how	0.1004
self_intro	learn what	0.0338
self_intro	learn whether	0.0482
self_intro	leav	-0.1004
self_intro	left the	0.0372
self_intro	left ~number	0.0372
self_intro	legal	0.0685
self_intro	let	-0.0955
self_intro	let me	0.0325
self_intro	let you	-0.1036
self_intro	licens	-0.0213
self_intro	life	0.0234
self_intro	like	-0.2131
self_intro	like day	-0.0382
self_intro	like for	-0.0614
self_intro	like from	0.027
self_intro	like how	0.0314
self_intro	like i	-0.0235
self_intro	like in	-0.0294
self_intro	like so	-0.0211
self_intro	like to	0.037
self_intro	like ~closing	-0.0382
self_intro	like ~limit	-0.0382
self_intro	like ~number	-0.0264
self_intro	lincoln	0.0277
self_intro	lincoln high	0.0277
self_intro	line	0.1003
self_intro	line cook	0.1197
self_intro	linkedin	-0.0539
self_intro	list	-0.0682
self_intro	littl	0.0422
self_intro	littl about	0.0324
self_intro	local	0.0548
self_intro	logist	0.2637
self_intro	logist for	0.0624
self_intro	logist offic	0.025
self_intro	logist ~student	0.025
self_intro	long term	0.0342
self_intro	longer	-0.0247
self_intro	look	-0.1738
self_intro	look for	-0.0991
self_intro	look like	-0.0684
self_intro	look to	0.0349
self_intro	lot	-0.0719
self_intro	love	-0.0533
self_intro	love to	-0.0366
self_intro	love your	0.0218
self_intro	love ~closing	-0.0242
self_intro	luck	-0.0308
self_intro	luck with	-0.0293
self_intro	lunch	-0.0336
self_intro	made	0.0896
self_intro	made the	0.1046
self_intro	made ~number	0.1031
self_intro	main	-0.0555
self_intro	major	0.0964
self_intro	major at	0.0618
self_intro	major in	0.0361
self_intro	make	-0.0527
self_intro	make a	-0.0223
self_intro	make sens	-0.0347
self_intro	make time	0.0784
self_intro	make ~insight	-0.0347
self_intro	make ~limit	0.0784
self_intro	make ~number	-0.0381
self_intro	manag	0.3896
self_intro	manag a	0.0527
self_intro	manag and	0.1835
self_intro	manag at	0.0389
self_intro	manag in	0.0204
self_intro	manag ~number	0.0498
self_intro	marcus	0.0236
self_intro	marcus i	0.0303
self_intro	marin	0.033
self_intro	market	0.0337
self_intro	market for	0.0509
self_intro	master	-0.0269
self_intro	master in	0.0357
self_intro	materi	0.0221
self_intro	math	0.1428
self_intro	matter	-0.0699
self_intro	matter most	-0.0585
self_intro	may	0.0904
self_intro	may with	0.08
self_intro	maya	0.0233
self_intro	mayb	-0.0335
self_intro	mba	0.0537
self_intro	me	0.0655
self_intro	me a	-0.0357
self_intro	me about	-0.0325
self_intro	me an	0.0523
self_intro	me better	0.0461
self_intro	me figur	-0.021
self_intro	me for	0.0362
self_intro	me give	0.0245
self_intro	me how	-0.0274
self_intro	me i	0.1764
self_intro	me if	0.038
self_intro	me in	-0.1038
self_intro	me know	-0.0297
self_intro	me sort	-0.0398
self_intro	me to	-0.0493
self_intro	me understand	0.0491
self_intro	me your	0.099
self_intro	me ~help	0.0241
self_intro	mean	-0.034
self_intro	mechan	0.0279
self_intro	medic	0.0262
self_intro	medicin	0.0602
self_intro	meet	-0.0658
self_intro	mentor	-0.0207
self_intro	mgmt	0.045
self_intro	middl	0.0387
self_intro	middl school	0.0409
self_intro	middl ~org	0.0409
self_intro	might	0.046
self_intro	might be	0.0382
self_intro	might have	0.0216
self_intro	might suit	0.0212
self_intro	militari	0.0446
self_intro	militari logist	0.0705
self_intro	million	-0.0224
self_intro	mind we	0.0479
self_intro	minut left	-0.0253
self_intro	minut so	0.0569
self_intro	minut you	0.0278
self_intro	moment	-0.0396
self_intro	money	0.0493
self_intro	month	-0.1086
self_intro	month onc	-0.0418
self_intro	more about	0.113
self_intro	more and	-0.0219
self_intro	more question	-0.0229
self_intro	most hope	-0.0284
self_intro	most i	-0.0236
self_intro	most on	0.049
self_intro	most want	0.0257
self_intro	move	0.0711
self_intro	move into	0.1051
self_intro	mph program	-0.0404
self_intro	mr	-0.0224
self_intro	msc	0.0331
self_intro	msc in	0.034
self_intro	much	-0.085
self_intro	much about	0.0439
self_intro	much and	-0.0293
self_intro	museum	-0.0248
self_intro	must	-0.0251
self_intro	mutual	0.0679
self_intro	my	0.4055
self_intro	my background	0.0451
self_intro	my career	-0.0332
self_intro	my certif	-0.0252
self_intro	my cousin	-0.0219
self_intro	my elect	-0.0217
self_intro	my english	0.0916
self_intro	my experi	0.0497
self_intro	my goal	-0.041
self_intro	my intent	-0.0253
self_intro	my internship	0.3333
self_intro	my kid	0.0245
self_intro	my list	-0.0359
self_intro	my manag	0.0203
self_intro	my mba	0.0216
self_intro	my name	0.2387
self_intro	my note	-0.0233
self_intro	my nurs	0.0521
self_intro	my own	-0.0236
self_intro	my question	-0.0739
self_intro	my request	0.0323
self_intro	my resum	-0.0278
self_intro	my school	-0.0357
self_intro	my side	-0.0248
self_intro	my thing	-0.0398
self_intro	my uncl	0.0216
self_intro	my whole	-0.023
self_intro	my ~application	-0.0322
self_intro	my ~degree	0.0937
self_intro	my ~gatekeeper	0.0203
self_intro	my ~insight	0.0491
self_intro	my ~job	0.3384
self_intro	my ~org	-0.0774
self_intro	my ~student	0.039
self_intro	myself	0.0793
self_intro	name	0.2268
self_intro	name is	0.2139
self_intro	near	-0.0496
self_intro	near at	-0.0293
self_intro	necessari	-0.0206
self_intro	need	-0.1923
self_intro	need a	-0.0979
self_intro	need to	-0.0604
self_intro	need ~number	-0.1056
self_intro	network	-0.0224
self_intro	never	-0.0623
self_intro	new	0.1574
self_intro	new grad	0.1472
self_intro	new to	0.0639
self_intro	new ~student	0.0447
self_intro	next five	-0.0286
self_intro	next spring	0.1201
self_intro	next step	0.0409
self_intro	next week	-0.0349
self_intro	next ~closing	-0.0349
self_intro	next ~duration	-0.0347
self_intro	next ~number	-0.0353
self_intro	ngos	0.0264
self_intro	nice	0.1188
self_intro	night	0.1152
self_intro	night class	0.0347
self_intro	no	0.0266
self_intro	no idea	-0.0272
self_intro	nonprofit side	-0.0316
self_intro	nonprofit work	0.0632
self_intro	nonprofit ~learn	0.0632
self_intro	nonprofit ~org	-0.0316
self_intro	nonprofit ~workverb	0.0632
self_intro	normal	-0.0281
self_intro	not	-0.198
self_intro	not actual	0.0307
self_intro	not have	0.0361
self_intro	not here	-0.0743
self_intro	not look	-0.0571
self_intro	not so	0.0682
self_intro	not think	0.044
self_intro	not ~number	-0.0245
self_intro	not ~want	-0.1452
self_intro	note	-0.1005
self_intro	now	0.4607
self_intro	now and	0.0625
self_intro	now but	0.0353
self_intro	now i	0.0677
self_intro	now weigh	0.0366
self_intro	now ~studyverb	0.1205
self_intro	nurs	0.1568
self_intro	nurs actual	-0.027
self_intro	nurs and	0.0393
self_intro	nurs student	0.0898
self_intro	nurs ~degree	0.0474
self_intro	nurs ~student	0.2064
self_intro	obsess	0.0841
self_intro	obsess with	0.0841
self_intro	of	-0.1345
self_intro	of context	0.0226
self_intro	of introduct	0.0733
self_intro	of it	0.0494
self_intro	of leav	-0.0247
self_intro	of my	0.1057
self_intro	of question	-0.0458
self_intro	of the	-0.102
self_intro	of this	-0.0317
self_intro	of time	-0.0319
self_intro	of what	0.0539
self_intro	of whi	-0.0257
self_intro	of work	-0.0204
self_intro	of your	-0.1347
self_intro	of ~learn	-0.0214
self_intro	of ~limit	-0.0336
self_intro	of ~number	-0.1188
self_intro	of ~workverb	-0.0347
self_intro	off	-0.0697
self_intro	off now	-0.0219
self_intro	off to	0.0285
self_intro	offic	0.0222
self_intro	offic i	0.0301
self_intro	oh	0.2155
self_intro	oh interest	0.0251
self_intro	oh no	0.1284
self_intro	ohio	0.0306
self_intro	ohio state	0.0306
self_intro	ok	-0.1454
self_intro	ok i	-0.0611
self_intro	ok that	-0.0376
self_intro	old	-0.0237
self_intro	on	-0.0651
self_intro	on a	0.0591
self_intro	on i	0.051
self_intro	on it	-0.0621
self_intro	on linkedin	-0.047
self_intro	on me	0.0558
self_intro	on my	-0.0203
self_intro	on the	-0.0218
self_intro	on what	0.091
self_intro	on whether	-0.0706
self_intro	on your	0.0731
self_intro	on ~number	0.0357
self_intro	onc	-0.1355
self_intro	onc i	-0.1265
self_intro	one	-0.0985
self_intro	one more	-0.0305
self_intro	onli got	0.0582
self_intro	onlin	0.0264
self_intro	op	0.0634
self_intro	open	-0.0598
self_intro	open for	0.0294
self_intro	open i	-0.0345
self_intro	open on	0.0374
self_intro	open to	-0.0347
self_intro	open up	-0.0291
self_intro	oper	0.0556
self_intro	or	-0.3179
self_intro	or anyth	-0.0297
self_intro	or go	-0.0208
self_intro	or is	-0.0336
self_intro	or ~number	-0.0391
self_intro	or ~student	-0.0204
self_intro	or ~workverb	-0.0399
self_intro	order	0.0559
self_intro	our	0.0316
self_intro	out	-0.0338
self_intro	out about	0.0451
self_intro	out again	-0.022
self_intro	out and	0.0347
self_intro	out becaus	0.0636
self_intro	out of	0.0248
self_intro	out ~later	-0.022
self_intro	outsid	0.0738
self_intro	over	-0.0551
self_intro	over from	0.0832
self_intro	over the	-0.0591
self_intro	over ~number	-0.0642
self_intro	paraleg	0.0831
self_intro	paraleg and	0.0245
self_intro	paraleg for	0.0403
self_intro	part	-0.0769
self_intro	part of	-0.0628
self_intro	pass	-0.031
self_intro	past	-0.0366
self_intro	path	0.0362
self_intro	path from	0.0546
self_intro	path to	0.0287
self_intro	patient	-0.0303
self_intro	pay	-0.0462
self_intro	pay it	-0.0205
self_intro	peopl	-0.1652
self_intro	peopl at	0.0213
self_intro	peopl in	-0.0346
self_intro	peopl who	-0.0657
self_intro	peopl ~people	-0.0657
self_intro	per	0.0238
self_intro	person	0.0322
self_intro	person to	0.0669
self_intro	perspect	-0.1028
self_intro	perspect from	-0.0267
self_intro	perspect on	0.0204
self_intro	pharma	0.0987
self_intro	pharmaci	0.1284
self_intro	phd	-0.0295
self_intro	phd in	-0.0262
self_intro	physic	-0.0326
self_intro	physic therapi	-0.0323
self_intro	pick	0.0371
self_intro	pick the	0.0302
self_intro	pick your	0.0708
self_intro	pictur	0.0442
self_intro	pictur of	0.0673
self_intro	ping	-0.0257
self_intro	pitch	-0.0563
self_intro	pitch myself	-0.0271
self_intro	place	-0.0449
self_intro	placement	0.1133
self_intro	plan	0.0887
self_intro	plan i	0.1232
self_intro	planner	0.0464
self_intro	pleas	-0.0227
self_intro	pleas do	0.0403
self_intro	pleas ~help	0.0403
self_intro	polici	0.0421
self_intro	polit	0.0217
self_intro	polit scienc	0.022
self_intro	posit	-0.1189
self_intro	posit i	-0.0278
self_intro	posit right	-0.0314
self_intro	post	-0.0377
self_intro	practic	0.0465
self_intro	prep	0.0248
self_intro	present	0.0358
self_intro	primari	0.0561
self_intro	priya	0.0386
self_intro	priya i	0.064
self_intro	probabl	-0.0431
self_intro	probabl a	-0.0324
self_intro	probabl ~number	-0.0324
self_intro	process	-0.0671
self_intro	process look	-0.0354
self_intro	product manag	0.0452
self_intro	profession	-0.0456
self_intro	profession associ	-0.034
self_intro	professor	-0.0204
self_intro	program	-0.1797
self_intro	program or	-0.0381
self_intro	progress	-0.0377
self_intro	project manag	0.1035
self_intro	promis	-0.086
self_intro	promis i	-0.0375
self_intro	psych	0.056
self_intro	public	0.0357
self_intro	public health	0.0725
self_intro	pune	0.0277
self_intro	push	0.079
self_intro	push me	0.079
self_intro	put	-0.0285
self_intro	python	0.0257
self_intro	python script	0.0287
self_intro	question	-0.1276
self_intro	question to	0.0671
self_intro	quick	0.0938
self_intro	quick background	0.0695
self_intro	quick intro	0.0311
self_intro	rais	0.0359
self_intro	rais my	0.0353
self_intro	rambl	0.0246
self_intro	ran	0.0387
self_intro	rather	-0.0301
self_intro	read	-0.0771
self_intro	read on	-0.0211
self_intro	real	0.1631
self_intro	real quick	0.0381
self_intro	realist	0.0623
self_intro	realist next	0.0494
self_intro	realiz	-0.0254
self_intro	realiz the	-0.0208
self_intro	realiz ~number	-0.0208
self_intro	realli	-0.0797
self_intro	realli appreci	-0.07
self_intro	realli here	0.0288
self_intro	realli involv	0.0306
self_intro	realli just	-0.0916
self_intro	realli reassur	0.1204
self_intro	realli valu	-0.0339
self_intro	realli whi	0.0446
self_intro	realli ~want	-0.2048
self_intro	reason	-0.0378
self_intro	reason i	-0.0295
self_intro	reassur	0.1664
self_intro	receiv	-0.0248
self_intro	recent	0.2466
self_intro	recent bootcamp	0.0633
self_intro	recent grad	0.0258
self_intro	recent ~degree	0.0633
self_intro	recommend	-0.0407
self_intro	recruit	-0.0569
self_intro	refer	0.0348
self_intro	refer me	0.0402
self_intro	referr	-0.0553
self_intro	reject	-0.0351
self_intro	report	-0.0368
self_intro	request	0.0233
self_intro	research	-0.0321
self_intro	research coordin	-0.0341
self_intro	research to	0.0564
self_intro	research ~student	-0.0326
self_intro	respect	-0.0206
self_intro	rest	-0.0359
self_intro	rest of	-0.0359
self_intro	resum	-0.0438
self_intro	retail	0.2725
self_intro	retail manag	0.2151
self_intro	retir	0.0869
self_intro	retir armi	0.0717
self_intro	right	0.0491
self_intro	right at	-0.0216
self_intro	right fit	0.0481
self_intro	right now	0.1076
self_intro	risk	-0.0272
self_intro	role	-0.0408
self_intro	role and	-0.0256
self_intro	role in	0.0432
self_intro	rout	0.0261
self_intro	royal	0.0402
self_intro	run	-0.0423
self_intro	run over	-0.0212
self_intro	run to	-0.0227
self_intro	rutger	0.036
self_intro	said	-0.0636
self_intro	said you	-0.0224
self_intro	sale	-0.0474
self_intro	sampl	0.0255
self_intro	say	-0.1231
self_intro	say thank	-0.0399
self_intro	schedul	-0.032
self_intro	scheme	-0.0254
self_intro	school	0.2226
self_intro	school and	0.0262
self_intro	school chemistri	0.073
self_intro	school for	-0.0239
self_intro	school math	0.0282
self_intro	school senior	0.0807
self_intro	school ~student	0.1134
self_intro	scienc	0.226
self_intro	scienc and	0.0299
self_intro	scienc in	0.0212
self_intro	scienc is	0.0534
self_intro	scientist	-0.0478
self_intro	scope	0.0548
self_intro	scratch	0.0209
self_intro	script	0.0275
self_intro	script for	0.0287
self_intro	search	-0.0572
self_intro	second	0.1725
self_intro	second year	0.1827
self_intro	second ~duration	0.1827
self_intro	secondari	0.0739
self_intro	secondari school	0.0739
self_intro	secondari ~org	0.0739
self_intro	sector	0.0203
self_intro	secur	0.0215
self_intro	see	-0.0442
self_intro	seem so	0.057
self_intro	self	0.1245
self_intro	self taught	0.1248
self_intro	self ~workverb	0.1248
self_intro	semest	0.0717
self_intro	semest of	0.0247
self_intro	send	-0.1091
self_intro	send you	-0.059
self_intro	senior	0.1445
self_intro	sens	-0.0642
self_intro	sens for	-0.0269
self_intro	sensibl	-0.0235
self_intro	septemb	0.0764
self_intro	serious	-0.0229
self_intro	serv	0.0316
self_intro	servic	0.0235
self_intro	set	-0.046
self_intro	share what	0.0361
self_intro	she	-0.0295
self_intro	she is	-0.0237
self_intro	shift	0.0402
self_intro	shift at	0.0831
self_intro	shift in	-0.022
self_intro	shop	0.0591
self_intro	short	-0.0492
self_intro	short i	0.0302
self_intro	should	-0.1271
self_intro	should i	-0.0525
self_intro	side	0.0477
self_intro	side if	0.0545
self_intro	sign	-0.0262
self_intro	sign off	-0.025
self_intro	simpli	-0.0218
self_intro	sinc	0.1224
self_intro	sink	-0.0212
self_intro	sir	0.0845
self_intro	sir i	0.0552
self_intro	six	0.1972
self_intro	six year	0.2014
self_intro	six ~duration	0.1972
self_intro	size firm	0.0259
self_intro	skill	-0.0927
self_intro	skill matter	-0.049
self_intro	small	0.0466
self_intro	so	0.1932
self_intro	so a	0.0594
self_intro	so good	0.0707
self_intro	so how	-0.02
self_intro	so i	0.1037
self_intro	so if	-0.061
self_intro	so just	-0.0342
self_intro	so let	-0.0204
self_intro	so much	-0.0756
self_intro	so pleas	0.0351
self_intro	so quick	0.0576
self_intro	so sorri	-0.0226
self_intro	so the	0.1119
self_intro	so this	0.0211
self_intro	so you	0.1237
self_intro	so ~number	0.1705
self_intro	so ~want	-0.0428
self_intro	soc	0.0388
self_intro	soc analyst	0.0388
self_intro	soc ~student	0.0388
self_intro	some	0.0758
self_intro	some context	0.0223
self_intro	some freelanc	0.0581
self_intro	some insight	-0.0215
self_intro	some ~insight	-0.0444
self_intro	someon	-0.0222
self_intro	someon to	-0.022
self_intro	someon who	0.1235
self_intro	someon ~people	0.1235
self_intro	someth	-0.0331
self_intro	sophomor	0.1389
self_intro	sophomor studi	0.0264
self_intro	sophomor undeclar	0.0623
self_intro	sophomor ~studyverb	0.0438
self_intro	sorri	0.0486
self_intro	sorri about	-0.0272
self_intro	sorri i	-0.0572
self_intro	sorri my	0.0737
self_intro	sorri to	-0.0332
self_intro	sort	-0.0486
self_intro	spanish	0.0555
self_intro	special	-0.0296
self_intro	speech	-0.0201
self_intro	spend	0.0238
self_intro	spend their	0.0225
self_intro	spent	0.2732
self_intro	spent eight	0.0659
self_intro	spent six	0.0643
self_intro	spent ten	0.0374
self_intro	spent the	0.0562
self_intro	spent ~number	0.1302
self_intro	sport	-0.0324
self_intro	sport analyt	-0.0324
self_intro	spreadsheet	-0.0469
self_intro	spring	0.1683
self_intro	spring after	0.0374
self_intro	spring and	0.0291
self_intro	spring ~want	0.0365
self_intro	sql	0.2622
self_intro	squeez	-0.0489
self_intro	squeez me	-0.0462
self_intro	staff	0.0536
self_intro	stage	-0.0435
self_intro	start	0.0839
self_intro	state	0.1845
self_intro	state major	0.0209
self_intro	state ~studyverb	0.0242
self_intro	stay at	0.0229
self_intro	stay in	-0.0594
self_intro	step	0.0279
self_intro	step befor	0.0548
self_intro	still in	0.0411
self_intro	stop	-0.0385
self_intro	stop at	-0.022
self_intro	stop me	0.0473
self_intro	stop there	-0.024
self_intro	store	0.051
self_intro	straight	0.0986
self_intro	straight from	0.1453
self_intro	straight in	-0.0303
self_intro	stress	-0.0237
self_intro	structur	-0.0414
self_intro	struggl with	0.0227
self_intro	student	0.2284
self_intro	student and	0.0379
self_intro	student at	0.0583
self_intro	student from	0.0825
self_intro	student who	0.0839
self_intro	student ~people	0.0839
self_intro	studi	0.1947
self_intro	studi environment	0.0264
self_intro	studi polit	0.022
self_intro	studio	-0.0241
self_intro	stuff	0.1037
self_intro	stuff and	0.1083
self_intro	such	-0.0417
self_intro	suggest	0.0335
self_intro	summer	0.0701
self_intro	summer in	0.0377
self_intro	super	-0.0435
self_intro	super help	-0.0201
self_intro	suppli	0.1351
self_intro	suppli chain	0.1351
self_intro	support	0.0596
self_intro	support for	0.0506
self_intro	sustain	0.0473
self_intro	switch	0.3063
self_intro	switch from	0.0643
self_intro	switch into	0.1115
self_intro	switch over	0.0838
self_intro	system	0.0806
self_intro	take	-0.0688
self_intro	take care	-0.0311
self_intro	take night	0.0366
self_intro	take you	0.0415
self_intro	take ~closing	0.0366
self_intro	take ~number	-0.0275
self_intro	taken	-0.021
self_intro	talk	-0.0299
self_intro	talk with	-0.0232
self_intro	taught	0.151
self_intro	teach	0.1551
self_intro	teach english	0.0482
self_intro	teach high	0.0629
self_intro	teach into	0.0518
self_intro	teach middl	0.0409
self_intro	teacher	0.0652
self_intro	teacher i	-0.0435
self_intro	teacher who	0.096
self_intro	teacher ~people	0.096
self_intro	team	-0.1221
self_intro	team ever	-0.0279
self_intro	tech	0.0219
self_intro	tech for	0.0263
self_intro	tell	-0.079
self_intro	tell me	-0.1078
self_intro	tell you	0.0333
self_intro	ten	-0.0351
self_intro	term	0.0807
self_intro	test	-0.0405
self_intro	than	-0.0371
self_intro	than the	0.0288
self_intro	thank a	-0.0446
self_intro	thank again	-0.065
self_intro	thank for	-0.0876
self_intro	thank so	-0.0242
self_intro	thank to	0.4385
self_intro	thank you	-0.0745
self_intro	thank ~later	-0.065
self_intro	thank ~number	-0.052
self_intro	that	-0.2394
self_intro	that cover	-0.0392
self_intro	that i	0.1134
self_intro	that is	-0.0263
self_intro	that jump	0.0303
self_intro	that much	0.0359
self_intro	that out	-0.0378
self_intro	that was	-0.0278
self_intro	that ~number	-0.0209
self_intro	the	-0.39
self_intro	the armi	0.2104
self_intro	the best	-0.0282
self_intro	the book	-0.0201
self_intro	the campus	-0.02
self_intro	the communiti	0.0656
self_intro	the confer	-0.0302
self_intro	the differ	-0.0238
self_intro	the field	-0.0738
self_intro	the first	-0.0529
self_intro	the half	-0.0253
self_intro	the hour	-0.0302
self_intro	the industri	-0.0319
self_intro	the insid	-0.0434
self_intro	the job	-0.0464
self_intro	the jump	0.0601
self_intro	the last	0.1464
self_intro	the main	-0.0227
self_intro	the militari	-0.0218
self_intro	the moment	-0.0308
self_intro	the most	-0.0339
self_intro	the new	0.0447
self_intro	the next	-0.0653
self_intro	the nonprofit	-0.0373
self_intro	the open	0.0474
self_intro	the path	0.0222
self_intro	the process	-0.0363
self_intro	the reason	-0.024
self_intro	the recruit	-0.0203
self_intro	the right	0.0399
self_intro	the role	-0.0233
self_intro	the royal	0.0402
self_intro	the switch	0.0321
self_intro	the time	-0.0575
self_intro	the twenti	0.028
self_intro	the work	-0.0269
self_intro	the ~closing	-0.0345
self_intro	the ~degree	-0.0924
self_intro	the ~gatekeeper	-0.0283
self_intro	the ~hiring	-0.022
self_intro	the ~job	-0.0734
self_intro	the ~limit	-0.0791
self_intro	the ~org	-0.0297
self_intro	the ~student	-0.0671
self_intro	the ~talk	-0.0282
self_intro	the ~timeunit	-0.0302
self_intro	the ~workverb	-0.0269
self_intro	their day	0.0225
self_intro	then	0.0403
self_intro	therapi	-0.0323
self_intro	there a	-0.0388
self_intro	there anyth	-0.0244
self_intro	there i	0.0529
self_intro	there is	-0.0419
self_intro	there ~number	-0.0412
self_intro	these day	0.038
self_intro	they	-0.032
self_intro	thing	-0.0443
self_intro	thing befor	-0.0398
self_intro	thing i	-0.0335
self_intro	thing is	0.0799
self_intro	think	-0.1778
self_intro	think about	0.0255
self_intro	think i	-0.0897
self_intro	think of	-0.0285
self_intro	think that	-0.0501
self_intro	thirti minut	0.0443
self_intro	thirti ~limit	0.0445
self_intro	thirti ~timeunit	0.0443
self_intro	this	-0.3075
self_intro	this career	-0.0223
self_intro	this convers	0.0378
self_intro	this field	-0.034
self_intro	this for	-0.0398
self_intro	this role	-0.0208
self_intro	this short	-0.0245
self_intro	this spring	0.0251
self_intro	this was	-0.0598
self_intro	this year	-0.0431
self_intro	this ~closing	-0.0302
self_intro	this ~duration	-0.0431
self_intro	this ~job	-0.0267
self_intro	thought	-0.0374
self_intro	three	0.257
self_intro	three year	0.2691
self_intro	three ~duration	0.2691
self_intro	through	0.0882
self_intro	through how	0.0272
self_intro	through your	0.0554
self_intro	tight	-0.0222
self_intro	time	-0.097
self_intro	time and	-0.0422
self_intro	time at	0.0279
self_intro	time but	-0.0213
self_intro	time for	-0.0259
self_intro	time i	0.0748
self_intro	time on	0.0847
self_intro	time so	-0.0272
self_intro	tip	-0.0261
self_intro	tip for	-0.0205
self_intro	to	-0.1516
self_intro	to a	0.1456
self_intro	to an	-0.0431
self_intro	to appli	-0.0306
self_intro	to ask	0.0872
self_intro	to be	-0.1755
self_intro	to becom	-0.0626
self_intro	to cut	-0.0295
self_intro	to day	0.0225
self_intro	to decid	-0.0888
self_intro	to do	0.0581
self_intro	to figur	-0.0544
self_intro	to gather	-0.065
self_intro	to get	-0.0364
self_intro	to give	0.0623
self_intro	to go	-0.0296
self_intro	to hear	-0.03
self_intro	to help	-0.0318
self_intro	to hire	-0.0246
self_intro	to hour	0.0556
self_intro	to keep	-0.0516
self_intro	to know	0.0971
self_intro	to learn	0.2185
self_intro	to make	-0.0209
self_intro	to manag	0.0306
self_intro	to move	0.0494
self_intro	to my	0.2375
self_intro	to pick	0.0715
self_intro	to pitch	-0.0223
self_intro	to rais	0.0271
self_intro	to receiv	-0.022
self_intro	to run	-0.038
self_intro	to school	0.0419
self_intro	to see	-0.0225
self_intro	to share	0.0411
self_intro	to stay	-0.0256
self_intro	to the	-0.0767
self_intro	to understand	0.0366
self_intro	to work	-0.0331
self_intro	to you	-0.0293
self_intro	to your	-0.1035
self_intro	to ~contactverb	-0.0249
self_intro	to ~help	0.0846
self_intro	to ~learn	0.2542
self_intro	to ~limit	0.0744
self_intro	to ~number	0.0257
self_intro	to ~org	0.0405
self_intro	to ~talk	0.083
self_intro	to ~timeunit	0.0556
self_intro	to ~workverb	-0.071
self_intro	today	-0.2176
self_intro	today is	-0.0899
self_intro	told you	0.0267
self_intro	tomás	0.0808
self_intro	tomás i	0.048
self_intro	ton	-0.0211
self_intro	tonight	-0.0306
self_intro	too	0.0949
self_intro	torn	-0.0511
self_intro	total	0.0409
self_intro	touch	-0.0553
self_intro	toward	0.0415
self_intro	traffic	0.1216
self_intro	transit	0.0277
self_intro	transit out	0.0374
self_intro	translat	0.0406
self_intro	tri	-0.1149
self_intro	tri to	-0.0976
self_intro	trip	0.056
self_intro	truli	-0.0268
self_intro	tryna	0.0763
self_intro	tryna figur	0.0768
self_intro	tryna ~learn	0.0763
self_intro	turnaround	0.0728
self_intro	twenti	0.1401
self_intro	twenti two	0.0951
self_intro	twenti ~number	0.0948
self_intro	two	0.1862
self_intro	two summer	0.0361
self_intro	two year	0.1202
self_intro	two ~duration	0.1609
self_intro	typic	-0.0429
self_intro	um	-0.0561
self_intro	uncl	0.0216
self_intro	undeclar	0.0623
self_intro	undergrad	0.022
self_intro	understand	0.0868
self_intro	understand better	-0.0288
self_intro	understand how	0.0557
self_intro	understand the	-0.0432
self_intro	understand what	-0.0329
self_intro	understand whether	0.0619
self_intro	understand ~number	-0.0432
self_intro	uni	0.2167
self_intro	uni ~want	0.0985
self_intro	unit	0.1142
self_intro	up	-0.0995
self_intro	up a	0.0317
self_intro	up front	-0.0233
self_intro	up more	0.0289
self_intro	up on	-0.0206
self_intro	up the	0.0499
self_intro	up with	-0.0381
self_intro	up ~number	0.0815
self_intro	up ~studyverb	0.0871
self_intro	upfront	-0.0327
self_intro	upfront i	-0.0239
self_intro	us	-0.0383
self_intro	use to	-0.0235
self_intro	usual	-0.0754
self_intro	uw	0.0573
self_intro	ux	0.0326
self_intro	ux research	0.0447
self_intro	ux ~learn	0.0434
self_intro	valu your	-0.0342
self_intro	veri	-0.0382
self_intro	vet	0.0361
self_intro	vet school	0.0359
self_intro	vet ~org	0.0445
self_intro	view	0.0229
self_intro	view of	0.0281
self_intro	volunt	0.099
self_intro	volunt at	0.0386
self_intro	volunt shift	0.0826
self_intro	wait	-0.0251
self_intro	walk	0.0435
self_intro	want	0.1049
self_intro	want some	-0.0413
self_intro	want to	0.2224
self_intro	want your	-0.0252
self_intro	was	-0.0647
self_intro	was a	0.08
self_intro	was an	0.0366
self_intro	was hope	0.0388
self_intro	was it	-0.0222
self_intro	was realli	0.1006
self_intro	was the	-0.024
self_intro	was wonder	-0.1814
self_intro	was worri	0.0465
self_intro	was ~number	0.0926
self_intro	was ~want	0.1208
self_intro	way	0.1267
self_intro	way of	0.0824
self_intro	way to	-0.0305
self_intro	way you	0.1411
self_intro	we	-0.2143
self_intro	we are	-0.1094
self_intro	we can	-0.0255
self_intro	week	-0.1483
self_intro	week and	-0.0273
self_intro	weekend	-0.0627
self_intro	weekend and	-0.0203
self_intro	weigh	0.0488
self_intro	weigh up	0.021
self_intro	well	-0.0393
self_intro	well i	-0.0227
self_intro	went	0.2378
self_intro	went from	-0.0328
self_intro	went straight	0.1453
self_intro	went to	0.1432
self_intro	what	-0.4418
self_intro	what a	-0.079
self_intro	what actuari	0.0249
self_intro	what complianc	0.0202
self_intro	what do	-0.0525
self_intro	what i	-0.0411
self_intro	what is	-0.0263
self_intro	what it	0.0252
self_intro	what kind	-0.02
self_intro	what made	-0.0203
self_intro	what skill	-0.0492
self_intro	what the	0.0811
self_intro	what to	-0.02
self_intro	what would	-0.0275
self_intro	what you	-0.0266
self_intro	what your	-0.027
self_intro	what ~help	-0.0525
self_intro	what ~want	-0.0275
self_intro	when	-0.101
self_intro	when you	-0.0406
self_intro	where do	-0.0372
self_intro	where ~help	-0.0372
self_intro	whether	-0.1079
self_intro	whether a	-0.0473
self_intro	whether epidemiolog	0.0284
self_intro	whether law	-0.0222
self_intro	whether my	0.0219
self_intro	whether nurs	0.0503
self_intro	whether the	-0.0213
self_intro	whether to	-0.0336
self_intro	whether you	-0.0638
self_intro	whether ~number	-0.0829
self_intro	whether ~student	0.047
self_intro	whi	-0.023
self_intro	which	-0.1379
self_intro	which is	0.0504
self_intro	while	-0.0288
self_intro	while i	-0.0232
self_intro	who	0.1189
self_intro	who have	-0.0424
self_intro	who is	0.0456
self_intro	who just	0.0213
self_intro	who made	-0.0338
self_intro	who spent	0.1234
self_intro	who ~workverb	0.1091
self_intro	whole	-0.0271
self_intro	will	-0.4244
self_intro	will definit	-0.0205
self_intro	will drop	-0.023
self_intro	will help	0.0506
self_intro	will keep	-0.0482
self_intro	will let	-0.065
self_intro	will send	-0.0478
self_intro	will stop	-0.0284
self_intro	will wrap	-0.0221
self_intro	will ~contactverb	-0.0312
self_intro	will ~help	0.0506
self_intro	will ~sendverb	-0.0829
self_intro	wish	-0.0553
self_intro	wish to	-0.0233
self_intro	with	0.2209
self_intro	with a	0.0993
self_intro	with me	-0.028
self_intro	with spreadsheet	-0.0274
self_intro	with the	-0.0801
self_intro	with them	-0.0218
self_intro	with you	-0.044
self_intro	with your	-0.0646
self_intro	within	-0.0437
self_intro	within ~number	-0.0432
self_intro	wonder	-0.1265
self_intro	wonder how	-0.0368
self_intro	wonder what	-0.0355
self_intro	wonder which	-0.0473
self_intro	work	0.1311
self_intro	work a	-0.0403
self_intro	work actual	0.0255
self_intro	work as	0.0594
self_intro	work for	0.0482
self_intro	work in	0.139
self_intro	work look	0.0204
self_intro	work of	-0.0297
self_intro	work on	-0.0223
self_intro	work or	0.0235
self_intro	work ~number	-0.0384
self_intro	worri	0.0323
self_intro	worri about	0.0477
self_intro	worst	-0.0216
self_intro	worth	-0.1076
self_intro	worth it	-0.0581
self_intro	would	-0.184
self_intro	would be	0.1197
self_intro	would feel	0.0235
self_intro	would happili	0.055
self_intro	would have	-0.037
self_intro	would help	-0.0253
self_intro	would it	-0.0513
self_intro	would like	0.0226
self_intro	would realli	-0.0462
self_intro	would recommend	-0.0233
self_intro	would you	-0.107
self_intro	would ~help	-0.0321
self_intro	would ~want	-0.0505
self_intro	wow i	-0.0261
self_intro	wrap	-0.02
self_intro	write	-0.0711
self_intro	write up	-0.0216
self_intro	yeah	-0.0991
self_intro	yeah i	-0.0248
self_intro	year	1.2888
self_intro	year account	0.0224
self_intro	year ago	0.067
self_intro	year and	0.0855
self_intro	year apprentic	0.0646
self_intro	year at	0.046
self_intro	year chem	0.0292
self_intro	year in	0.3143
self_intro	year into	-0.0219
self_intro	year most	0.1343
self_intro	year nurs	0.0806
self_intro	year of	0.0524
self_intro	year off	0.0287
self_intro	year on	-0.0525
self_intro	year teach	0.1229
self_intro	year ~student	0.0436
self_intro	year ~studyverb	0.038
self_intro	year ~want	0.1493
self_intro	year ~workverb	0.1793
self_intro	yet i	0.0258
self_intro	you	-0.7858
self_intro	you a	-0.0844
self_intro	you again	-0.0211
self_intro	you are	-0.0507
self_intro	you be	-0.0504
self_intro	you built	0.0208
self_intro	you could	-0.0917
self_intro	you do	-0.03
self_intro	you end	-0.0208
self_intro	you ever	-0.0837
self_intro	you expect	-0.0302
self_intro	you get	-0.0543
self_intro	you go	-0.0445
self_intro	you guy	-0.0207
self_intro	you have	-0.1099
self_intro	you hire	0.1125
self_intro	you in	-0.044
self_intro	you know	-0.0574
self_intro	you made	0.1191
self_intro	you make	0.1035
self_intro	you mention	-0.0281
self_intro	you need	-0.0625
self_intro	you offer	0.0291
self_intro	you on	-0.0305
self_intro	you refer	0.0464
self_intro	you said	-0.0286
self_intro	you so	-0.0431
self_intro	you some	0.1014
self_intro	you start	-0.0211
self_intro	you take	-0.0244
self_intro	you tell	-0.0299
self_intro	you that	-0.021
self_intro	you think	-0.0663
self_intro	you to	-0.0405
self_intro	you walk	0.0288
self_intro	you went	0.2552
self_intro	you were	-0.0232
self_intro	you where	0.0511
self_intro	you wish	-0.0265
self_intro	you ~gatekeeper	0.1085
self_intro	you ~help	-0.0316
self_intro	you ~hiring	0.0935
self_intro	you ~learn	-0.1508
self_intro	you ~number	-0.1027
self_intro	you ~sendverb	-0.0308
self_intro	you ~studyverb	-0.0353
self_intro	you ~talk	-0.0239
self_intro	you ~want	-0.0674
self_intro	you ~workverb	-0.0576
self_intro	your	-0.6345
self_intro	your brain	0.0852
self_intro	your compani	-0.057
self_intro	your day	-0.0295
self_intro	your depart	-0.0237
self_intro	your experi	0.0444
self_intro	your firm	-0.0348
self_intro	your first	-0.0758
self_intro	your honest	-0.0663
self_intro	your lunch	-0.0293
self_intro	your on	-0.0245
self_intro	your own	0.0346
self_intro	your path	0.0521
self_intro	your perspect	-0.0359
self_intro	your role	-0.0388
self_intro	your take	0.0497
self_intro	your team	-0.1009
self_intro	your typic	0.0205
self_intro	your unit	0.1147
self_intro	your week	-0.0233
self_intro	your work	-0.0313
self_intro	your ~closing	-0.0787
self_intro	your ~gatekeeper	-0.0221
self_intro	your ~insight	0.0271
self_intro	your ~job	-0.053
self_intro	your ~learn	-0.0319
self_intro	your ~limit	-0.0888
self_intro	your ~org	-0.1485
self_intro	your ~student	-0.0494
self_intro	your ~workverb	-0.0313
self_intro	~application	-0.0606
self_intro	~closing	-0.056
self_intro	~closing and	-0.0795
self_intro	~closing as	-0.0266
self_intro	~closing class	0.0347
self_intro	~contactverb	-0.2622
self_intro	~contactverb out	-0.0267
self_intro	~contactverb up	-0.0216
self_intro	~contactverb with	-0.0275
self_intro	~contactverb you	-0.0438
self_intro	~degree	0.6607
self_intro	~degree and	0.0705
self_intro	~degree at	0.1493
self_intro	~degree cours	0.0437
self_intro	~degree grad	0.0791
self_intro	~degree i	0.0414
self_intro	~degree in	0.2354
self_intro	~degree is	-0.0242
self_intro	~degree or	-0.0584
self_intro	~degree program	-0.0641
self_intro	~degree this	0.0257
self_intro	~duration	1.2038
self_intro	~duration account	0.0224
self_intro	~duration ago	0.067
self_intro	~duration and	0.0912
self_intro	~duration apprentic	0.0646
self_intro	~duration at	0.046
self_intro	~duration chem	0.0292
self_intro	~duration in	0.3606
self_intro	~duration most	0.1343
self_intro	~duration nurs	0.0806
self_intro	~duration of	0.0524
self_intro	~duration off	0.0287
self_intro	~duration on	-0.0525
self_intro	~duration onc	-0.0415
self_intro	~duration teach	0.1229
self_intro	~gatekeeper	0.039
self_intro	~gatekeeper in	0.0222
self_intro	~gatekeeper just	-0.0212
self_intro	~gatekeeper manag	-0.0325
self_intro	~help	-0.2465
self_intro	~help all	0.021
self_intro	~help an	0.0344
self_intro	~help day	0.0494
self_intro	~help electrician	0.1064
self_intro	~help for	0.0365
self_intro	~help i	-0.0331
self_intro	~help me	0.0484
self_intro	~help not	0.0269
self_intro	~help peopl	-0.0238
self_intro	~help the	-0.0258
self_intro	~help to	-0.0369
self_intro	~help with	-0.0252
self_intro	~help you	-0.1949
self_intro	~hiring	-0.0367
self_intro	~hiring manag	-0.0325
self_intro	~hiring new	0.1179
self_intro	~hiring night	0.0366
self_intro	~hiring on	-0.0271
self_intro	~insight	-0.2145
self_intro	~insight care	-0.0311
self_intro	~insight for	-0.0678
self_intro	~insight from	-0.0804
self_intro	~insight i	-0.0444
self_intro	~insight into	-0.0318
self_intro	~insight of	0.0813
self_intro	~insight on	-0.0637
self_intro	~insight up	0.0201
self_intro	~insight would	0.0663
self_intro	~insight you	0.0635
self_intro	~job	-0.0353
self_intro	~job and	-0.0319
self_intro	~job for	0.026
self_intro	~job i	0.1478
self_intro	~job in	0.0334
self_intro	~job just	0.0317
self_intro	~job last	0.0642
self_intro	~job offer	-0.0232
self_intro	~job or	-0.0275
self_intro	~job right	-0.0326
self_intro	~job search	-0.03
self_intro	~later	-0.1821
self_intro	~learn	-0.0305
self_intro	~learn a	-0.0743
self_intro	~learn actual	0.0323
self_intro	~learn and	0.0248
self_intro	~learn back	-0.0346
self_intro	~learn better	-0.0308
self_intro	~learn coordin	-0.0341
self_intro	~learn for	0.0438
self_intro	~learn from	0.0254
self_intro	~learn how	0.1207
self_intro	~learn i	0.0353
self_intro	~learn if	-0.0278
self_intro	~learn in	0.0591
self_intro	~learn into	-0.0334
self_intro	~learn it	-0.033
self_intro	~learn look	0.0204
self_intro	~learn more	0.1185
self_intro	~learn my	-0.021
self_intro	~learn of	-0.0236
self_intro	~learn on	-0.0239
self_intro	~learn so	-0.0252
self_intro	~learn the	-0.0267
self_intro	~learn to	0.0373
self_intro	~learn up	-0.0255
self_intro	~learn we	-0.0501
self_intro	~learn what	0.0233
self_intro	~learn whether	0.103
self_intro	~learn you	0.0489
self_intro	~learn your	0.0327
self_intro	~limit	0.0649
self_intro	~limit and	-0.0506
self_intro	~limit at	0.0416
self_intro	~limit but	-0.022
self_intro	~limit for	-0.0308
self_intro	~limit generalist	0.0792
self_intro	~limit i	0.0616
self_intro	~limit is	-0.0258
self_intro	~limit left	-0.0255
self_intro	~limit on	0.0835
self_intro	~limit today	-0.0355
self_intro	~limit would	0.0541
self_intro	~limit you	0.0231
self_intro	~number	-0.4491
self_intro	~number an	-0.0267
self_intro	~number analyst	-0.0227
self_intro	~number armi	0.2207
self_intro	~number bachelor	0.0428
self_intro	~number bank	-0.0248
self_intro	~number barista	0.0462
self_intro	~number best	-0.0312
self_intro	~number better	0.0615
self_intro	~number bit	0.0427
self_intro	~number book	-0.0201
self_intro	~number campus	-0.02
self_intro	~number career	0.1097
self_intro	~number chemistri	0.1276
self_intro	~number clinic	-0.0276
self_intro	~number cna	0.0481
self_intro	~number coffe	0.0551
self_intro	~number communiti	0.0681
self_intro	~number confer	-0.031
self_intro	~number counti	0.0234
self_intro	~number coupl	-0.0612
self_intro	~number cours	0.0466
self_intro	~number cs	0.0294
self_intro	~number curat	0.0304
self_intro	~number data	-0.0498
self_intro	~number day	-0.0227
self_intro	~number decad	0.0488
self_intro	~number degre	0.0412
self_intro	~number differ	-0.0271
self_intro	~number electrician	-0.0315
self_intro	~number exhibit	0.028
self_intro	~number feel	-0.0321
self_intro	~number few	-0.0661
self_intro	~number field	-0.0672
self_intro	~number final	0.0944
self_intro	~number first	-0.0821
self_intro	~number fit	-0.0245
self_intro	~number food	0.0853
self_intro	~number forens	-0.0287
self_intro	~number former	0.0652
self_intro	~number free	0.0476
self_intro	~number freelanc	0.0204
self_intro	~number friday	-0.0236
self_intro	~number full	0.0229
self_intro	~number good	-0.0721
self_intro	~number half	-0.0253
self_intro	~number hand	-0.0548
self_intro	~number hard	-0.0251
self_intro	~number high	0.0962
self_intro	~number hire	-0.0283
self_intro	~number honest	0.0645
self_intro	~number hotel	0.0633
self_intro	~number icu	0.0501
self_intro	~number industri	-0.0324
self_intro	~number insid	-0.0224
self_intro	~number interview	-0.0256
self_intro	~number job	-0.1195
self_intro	~number jump	0.0601
self_intro	~number kid	0.0336
self_intro	~number lab	-0.0229
self_intro	~number last	0.14
self_intro	~number line	0.109
self_intro	~number littl	0.0296
self_intro	~number lot	-0.0719
self_intro	~number love	-0.0242
self_intro	~number main	-0.0227
self_intro	~number master	-0.0283
self_intro	~number math	0.058
self_intro	~number mba	-0.025
self_intro	~number militari	-0.0218
self_intro	~number million	-0.0224
self_intro	~number moment	-0.0367
self_intro	~number month	-0.0499
self_intro	~number more	-0.0373
self_intro	~number most	-0.0369
self_intro	~number move	0.0424
self_intro	~number mph	-0.0425
self_intro	~number mutual	0.0679
self_intro	~number next	-0.0587
self_intro	~number nonprofit	-0.0424
self_intro	~number of	-0.0408
self_intro	~number onlin	0.0365
self_intro	~number open	0.07
self_intro	~number paraleg	0.0829
self_intro	~number pharma	0.0377
self_intro	~number phd	-0.0267
self_intro	~number posit	-0.069
self_intro	~number primari	0.0528
self_intro	~number process	-0.0363
self_intro	~number product	-0.0214
self_intro	~number program	-0.0293
self_intro	~number project	-0.0428
self_intro	~number quick	-0.037
self_intro	~number realist	0.0541
self_intro	~number reason	-0.0245
self_intro	~number recent	0.1545
self_intro	~number recruit	-0.0335
self_intro	~number referr	-0.0475
self_intro	~number right	0.0384
self_intro	~number role	-0.0378
self_intro	~number royal	0.0402
self_intro	~number school	-0.0467
self_intro	~number second	0.1714
self_intro	~number self	0.0529
self_intro	~number senior	0.0215
self_intro	~number short	-0.0318
self_intro	~number small	0.0202
self_intro	~number soc	0.0388
self_intro	~number sophomor	0.1247
self_intro	~number stay	0.0269
self_intro	~number student	-0.0879
self_intro	~number summer	0.0218
self_intro	~number sustain	0.0545
self_intro	~number switch	0.0568
self_intro	~number thank	-0.0241
self_intro	~number tight	-0.0217
self_intro	~number time	-0.0614
self_intro	~number ton	-0.0211
self_intro	~number turnaround	0.0745
self_intro	~number twenti	0.028
self_intro	~number two	0.0929
self_intro	~number typic	-0.0555
self_intro	~number veri	-0.0271
self_intro	~number volunt	0.071
self_intro	~number work	-0.036
self_intro	~number year	0.3397
self_intro	~org	0.169
self_intro	~org administr	-0.0454
self_intro	~org and	0.1382
self_intro	~org chemistri	0.073
self_intro	~org ever	-0.0379
self_intro	~org for	0.0259
self_intro	~org if	0.0507
self_intro	~org in	0.0559
self_intro	~org is	-0.0275
self_intro	~org last	-0.0326
self_intro	~org math	0.0282
self_intro	~org next	-0.026
self_intro	~org project	-0.0423
self_intro	~org right	-0.035
self_intro	~org senior	0.0807
self_intro	~org someday	0.0244
self_intro	~org which	0.0835
self_intro	~org work	0.0733
self_intro	~people	-0.2211
self_intro	~people els	-0.0284
self_intro	~people have	-0.0451
self_intro	~people in	-0.053
self_intro	~people is	0.0456
self_intro	~people just	0.02
self_intro	~people made	-0.0338
self_intro	~people more	-0.0305
self_intro	~people spent	0.1234
self_intro	~people to	0.0537
self_intro	~people who	0.0499
self_intro	~sendverb	-0.2523
self_intro	~sendverb my	-0.0285
self_intro	~sendverb so	-0.0233
self_intro	~sendverb what	0.0365
self_intro	~sendverb you	-0.1106
self_intro	~student	1.1715
self_intro	~student 10	0.0231
self_intro	~student actual	-0.0266
self_intro	~student and	0.1523
self_intro	~student associ	-0.0433
self_intro	~student at	0.2224
self_intro	~student becaus	-0.0315
self_intro	~student by	-0.0214
self_intro	~student come	0.0383
self_intro	~student do	0.16
self_intro	~student electrician	0.0581
self_intro	~student for	0.1098
self_intro	~student from	0.1095
self_intro	~student here	0.0596
self_intro	~student in	0.1492
self_intro	~student is	-0.0227
self_intro	~student just	0.0566
self_intro	~student most	0.0253
self_intro	~student or	-0.0229
self_intro	~student program	-0.0431
self_intro	~student role	0.0252
self_intro	~student scheme	-0.0254
self_intro	~student shift	0.0826
self_intro	~student so	0.0307
self_intro	~student studi	0.0387
self_intro	~student transfer	0.0275
self_intro	~student undeclar	0.0623
self_intro	~student who	0.1602
self_intro	~student with	0.1354
self_intro	~studyverb	1.1655
self_intro	~studyverb a	0.2514
self_intro	~studyverb an	0.0393
self_intro	~studyverb as	0.0244
self_intro	~studyverb econ	0.0262
self_intro	~studyverb environment	0.0264
self_intro	~studyverb in	0.104
self_intro	~studyverb into	0.0724
self_intro	~studyverb like	0.0211
self_intro	~studyverb my	0.2537
self_intro	~studyverb night	0.0366
self_intro	~studyverb on	-0.0265
self_intro	~studyverb out	0.038
self_intro	~studyverb over	0.0834
self_intro	~studyverb polit	0.022
self_intro	~studyverb some	0.0567
self_intro	~studyverb the	-0.0597
self_intro	~studyverb this	-0.0583
self_intro	~studyverb up	0.0671
self_intro	~studyverb would	-0.0241
self_intro	~studyverb you	-0.166
self_intro	~talk	-0.2529
self_intro	~talk about	-0.0496
self_intro	~talk i	0.0521
self_intro	~talk out	-0.0263
self_intro	~talk to	-0.0268
self_intro	~talk with	-0.081
self_intro	~talk you	0.0461
self_intro	~timeunit	0.1039
self_intro	~timeunit generalist	0.0792
self_intro	~timeunit left	-0.0253
self_intro	~timeunit so	0.0313
self_intro	~timeunit would	0.0546
self_intro	~timeunit you	0.0253
self_intro	~want	-0.2039
self_intro	~want a	-0.0272
self_intro	~want about	0.0448
self_intro	~want appreci	-0.07
self_intro	~want be	0.1197
self_intro	~want curious	-0.0211
self_intro	~want doe	0.0212
self_intro	~want feel	0.0235
self_intro	~want finish	0.0344
self_intro	~want for	-0.115
self_intro	~want gather	-0.0317
self_intro	~want graduat	0.0402
self_intro	~want happili	0.055
self_intro	~want have	-0.037
self_intro	~want help	-0.0389
self_intro	~want here	0.0447
self_intro	~want hope	-0.0382
self_intro	~want how	-0.0305
self_intro	~want i	0.0442
self_intro	~want in	0.0953
self_intro	~want involv	0.0306
self_intro	~want it	-0.086
self_intro	~want just	-0.0906
self_intro	~want like	0.0465
self_intro	~want look	-0.0242
self_intro	~want my	-0.0207
self_intro	~want on	0.0475
self_intro	~want realli	-0.0505
self_intro	~want reassur	0.1204
self_intro	~want recommend	-0.0233
self_intro	~want some	-0.0425
self_intro	~want someon	-0.0215
self_intro	~want switch	0.0243
self_intro	~want the	-0.0411
self_intro	~want this	0.0332
self_intro	~want to	0.0639
self_intro	~want tri	0.0366
self_intro	~want valu	-0.037
self_intro	~want want	-0.075
self_intro	~want what	-0.0271
self_intro	~want whi	0.0392
self_intro	~want you	-0.042
self_intro	~want your	-0.1177
self_intro	~workverb	0.6517
self_intro	~workverb a	0.1557
self_intro	~workverb actual	0.0255
self_intro	~workverb and	0.0209
self_intro	~workverb as	0.1173
self_intro	~workverb at	0.0251
self_intro	~workverb do	0.0281
self_intro	~workverb eight	0.0659
self_intro	~workverb english	0.0482
self_intro	~workverb for	0.0527
self_intro	~workverb freelanc	0.022
self_intro	~workverb go	-0.035
self_intro	~workverb high	0.0576
self_intro	~workverb in	0.2152
self_intro	~workverb incred	-0.0352
self_intro	~workverb into	0.0496
self_intro	~workverb middl	0.0409
self_intro	~workverb of	-0.0297
self_intro	~workverb on	-0.0254
self_intro	~workverb or	0.0229
self_intro	~workverb over	-0.0296
self_intro	~workverb six	0.0643
self_intro	~workverb take	0.0338
self_intro	~workverb teach	0.0265
self_intro	~workverb ten	0.0374
self_intro	~workverb the	0.0463
self_intro	~workverb three	0.0202
self_intro	~workverb to	-0.0278
"""#
}
