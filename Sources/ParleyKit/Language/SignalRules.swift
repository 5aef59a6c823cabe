/// The cue patterns for each signal, written over normalised words (contractions expanded:
/// "i'm" is "i am", "don't" is "do not", "let's" is "let us").
enum SignalRules {
    static let concepts: [String: Set<String>] = [
        "job": [
            "job", "jobs", "position", "positions", "role", "roles", "opening", "openings", "vacancy", "vacancies",
            "internship", "internships", "placement", "placements", "employment", "gig", "posting", "postings",
            "opportunity", "opportunities", "spot", "spots", "offer", "apprenticeship", "apprenticeships", "traineeship",
            "traineeships",
        ],
        "hiring": ["hiring", "recruiting", "onboarding", "taking"],
        // Roles a team takes people on for; "if you ever need a bookkeeper" offers the learner for one.
        "staffrole": [
            "bookkeeper", "receptionist", "chef", "sous", "cook", "waiter", "waitress", "barista", "assistant",
            "assistants", "carer", "technician", "analyst", "copywriter", "driver", "labourer", "laborer", "junior",
            "trainee", "temp", "runner", "stagehand", "tiler", "plasterer", "electrician", "plumber", "joiner",
            "carpenter", "administrator", "cashier", "cleaner", "porter", "locum", "paralegal", "bartender",
            "dispatcher", "caseworker", "coordinator", "temps", "runners", "cooks", "chefs", "drivers", "cleaners",
            "porters", "waiters", "baristas", "carers", "technicians", "techs", "tech", "pickers", "picker", "labourers",
            "deckhand", "deckhands", "steward", "stewards", "usher", "ushers", "lifeguard", "lifeguards", "packer",
            "packers", "stagehands", "juniors", "trainees", "receptionists", "cashiers", "bartenders", "dishwasher",
            "dishwashers", "commis", "chippy", "sparky", "groundsman", "groundskeeper", "welder", "welders", "roofer",
            "roofers", "warden", "wardens", "crewmember", "operative", "operatives",
            "shooter", "shooters", "videographer", "videographers",
        ],
        // The people a team serves: help with them is help with the team's own work.
        "clientele": [
            "clients", "customers", "patients", "accounts", "caseload", "borrowers", "tenants", "guests", "residents",
            "families", "members", "claimants", "patrons", "diners", "visitors", "learners", "pupils",
        ],
        "org": [
            "team", "company", "firm", "office", "organization", "org", "department", "group", "lab", "studio",
            "hospital", "bank", "agency", "school", "unit", "practice", "clinic", "startup", "place", "employer",
            "side", "division", "newsroom", "paper", "business",
        ],
        "application": ["resume", "resumes", "application", "applications"],
        "gatekeeper": [
            "recruiter", "recruiters", "hr", "hiring", "manager", "managers", "lead", "boss", "recruitment", "talent",
        ],
        "people": [
            "anyone", "anybody", "someone", "somebody", "people", "person", "others", "colleague", "colleagues",
            "contacts", "contact", "names", "folks", "professionals", "peers", "friends", "who", "one", "connections",
            "mentors", "alumni", "teammates", "any1", "some1", "seniors", "experts", "practitioners",
        ],
        "talk": [
            "talk", "speak", "chat", "connect", "meet", "contact", "reach", "network", "interview", "ask", "email",
            "message", "approach", "consult", "call", "talking", "speaking", "chatting", "connecting", "meeting",
            "reaching", "contacting", "networking", "natter", "chinwag", "confer",
        ],
        "learn": [
            "learn", "understand", "hear", "explore", "know", "discover", "find", "gather", "get", "ask", "pick",
            "figure", "suss", "work", "listen", "see", "research",
        ],
        "insight": [
            "advice", "insight", "insights", "information", "perspective", "perspectives", "view", "views", "take",
            "thoughts", "opinion", "opinions", "guidance", "input", "tips", "picture", "sense", "read", "scoop",
            "knowledge", "experience", "wisdom", "feedback", "understanding", "advise", "advices",
        ],
        "want": [
            "hoping", "hope", "hoped", "want", "wanted", "wanting", "trying", "try", "looking",
            "aiming", "aim", "keen", "eager", "wish", "would", "here", "mostly", "mainly", "just", "really", "after",
            "seeking", "value", "appreciate", "curious", "interested",
        ],
        "contactverb": [
            "contact", "email", "message", "reach", "write", "ping", "touch", "circle", "call", "text", "bother",
        ],
        "sendverb": [
            "send", "sent", "sending", "share", "forward", "pass", "drop", "shoot", "email", "post", "mail", "fire",
            "bung", "zap", "whatsapp", "flick", "chuck", "ping",
        ],
        "later": ["again", "later", "future", "afterwards", "sometime", "down", "soon", "occasionally", "periodically"],
        "number": [
            "one", "two", "three", "five", "ten", "fifteen", "twenty", "thirty", "forty", "sixty", "45", "30", "20",
            "15", "10", "a", "few", "couple", "half", "an", "the",
        ],
        "timeunit": ["minutes", "minute", "hour", "hours", "mins", "min"],
        "clock": [
            "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "1pm", "2pm", "3pm", "4pm", "5pm", "6pm",
            "7pm", "8pm", "9pm", "10pm", "11pm", "12pm", "1am", "2am", "7am", "8am", "9am", "10am", "11am", "12am",
            "noon", "midday", "midnight", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "eleven", "twelve", "half", "quarter",
        ],
        "limit": ["time", "hour", "slot", "minutes", "schedule", "calendar", "day", "afternoon", "morning", "lunch"],
        "closing": [
            "day", "evening", "weekend", "afternoon", "morning", "week", "night", "rest", "break", "holiday", "holidays",
            "trip", "vacation", "summer", "christmas", "conference", "friday",
        ],
        "help": ["help", "do", "return", "repay", "support", "assist", "offer", "contribute", "give", "useful"],
        "student": [
            "student", "junior", "senior", "sophomore", "freshman", "graduate", "grad", "undergrad", "undergraduate",
            "major", "nurse", "teacher", "developer", "engineer", "analyst", "designer", "manager", "assistant",
            "technician", "tech", "consultant", "accountant", "researcher", "scientist", "paralegal", "veteran",
            "parent", "changer", "professional", "intern", "volunteer", "coordinator", "specialist", "administrator",
            "writer", "journalist", "clerk", "officer", "worker", "barista", "server", "chef", "artist", "musician",
            "programmer", "coder", "bookkeeper", "librarian", "pharmacist", "paramedic", "emt", "therapist",
            "counselor", "counsellor", "tutor", "lawyer", "attorney", "marketer", "recruiter", "mechanic",
            "electrician", "carpenter", "firefighter", "soldier", "sergeant", "pilot", "architect", "economist",
            "mba", "phd", "postdoc", "candidate", "apprentice", "trainee", "cashier", "associate", "executive",
            "supervisor", "driver", "editor", "producer", "photographer", "biologist", "chemist", "physicist",
            "mathematician", "statistician", "historian", "psychologist", "social", "caregiver", "aide", "doctor",
            "physician", "dentist", "hygienist", "bartender", "waiter", "waitress", "salesperson", "rep",
            "representative", "entrepreneur", "founder", "freelancer", "contractor", "cook", "cleaner", "carer",
            "porter", "receptionist", "labourer", "laborer", "plumber", "welder", "farmer", "baker", "butcher",
            "hairdresser", "stylist", "teller", "dispatcher", "housekeeper", "nanny", "childminder", "machinist",
            "joiner", "roofer", "decorator", "gardener", "landscaper", "courier", "steward", "stewardess",
        ],
        "studyverb": [
            "studying", "study", "studied", "majoring", "majored", "minoring", "minored", "graduated", "graduating",
            "finishing", "finished", "completed", "completing", "doing", "did", "taking", "took", "retraining",
            "retrained", "transitioning", "switching", "pivoting", "moving", "wrapping",
        ],
        "workverb": [
            "worked", "working", "work", "spent", "taught", "teaching", "ran", "run", "running", "managed",
            "managing", "served", "serving", "volunteered", "volunteering", "interned", "interning", "been",
        ],
        "duration": ["years", "year", "months", "decade", "summers", "semesters"],
        "degree": [
            "degree", "bachelor", "bachelors", "master", "masters", "phd", "diploma", "program", "mba", "bootcamp",
            "course", "certificate", "certification", "apprenticeship", "training", "studies", "ba", "bs", "bsc",
            "ma", "ms", "msc", "mph", "mpp", "undergrad", "residency",
        ],
    ]

    /// `(signal, pattern)` pairs; a line carries a signal when one of its patterns matches.
    /// `a_b` inside an alternative is a phrase of several words. A leading `@` keeps a pattern to
    /// lines spoken to the listener: a learner's own job search, told, asks nothing. A `,` (after any
    /// `@`) keeps the match within one comma-delimited clause.
    static let patterns: [(Signal, String)] = [
        // purpose: the aim of the conversation is to learn, or plainly not a job.
        // A gap in what the learner knows, owned up to: "I realized I don't actually know what
        // industry chemists do all day."
        (.purpose, "realized|realised|realize|realise|admit|honestly|truth|figured|noticed *3 i do not *1 actually|really|fully|quite|even? know|understand what|how"),
        (.purpose, "i|we am|was|are|were|would ~want *2 to ~learn"),
        // Sent by someone to talk: "My mentor told me to talk to a few working data engineers before I pick, so that's what this is."
        (.purpose, "talk|speak|chat|sit_down|meet|interview *2 to|with *14 so_that_is_what_this_is|that_is_what_this_is|that_is_why_i_am_here|which_is_why_i_am_here|hence_this_call"),
        // Advice asked for as the aim: "…and would love any advice you have", "mainly I want advice",
        // "I'm doing a bit of research on careers in speech therapy".
        (.purpose, "and|so|really|genuinely|truly|just would love|appreciate|value|welcome *2 any|some|your|honest ~insight"),
        (.purpose, "i|mainly|mostly|just *2 want|need|wanted|needed *1 advice|guidance|some_advice|some_guidance|your_advice|your_perspective"),
        (.purpose, "i_am|i|im *1 doing|do *2 research|some_research|a_bit_of_research|some_digging *2 on|into|about *1 careers|the_field|this_field|the_industry|this_industry|the_job|the_profession"),
        // "I'd like to use our twenty minutes to understand how your team decides…"
        (.purpose, "use|spend *2 our|this|the|your *3 time|minutes|mins|call|chat|conversation|hour|half_hour to *1 understand|learn|hear_about|find_out|explore|get_a_sense|get_a_feel"),
        (.purpose, "i|we am|are|was|were *1 seeking|looking_for|after|hoping_for|in_search_of *2 advice|guidance|insight|insights|perspective|perspectives|information|input|pointers"),
        (.purpose, "i|we am|was|are|were ~want *2 for|some|your ~insight"),
        (.purpose, "i would|am|was *2 love|like|appreciate|value|welcome *2 your|some|any|honest ~insight"),
        (.purpose, "goal|goals|aim|purpose|point|reason|hope|idea|intention|plan|hoping|objective|objectives|mission|agenda|target *6 is|was *3 to ~learn|understand|hear|get"),
        (.purpose, "hope|hoping|want|wanting|like|love|trying|aim|looking *2 to *1 gain|get|gather|build|develop *3 ~insight"),
        (.purpose, "main|real|only thing *4 hoping|want|looking *3 get|out"),
        (.purpose, "why i reached|asked|wanted"),
        (.purpose, "here to ~learn|listen"),
        (.purpose, "just|mostly|mainly|really curious|interested *2 about|in the|this field|industry|work"),
        (.purpose, "pick your brain|brains"),
        (.purpose, "what i *3 want|need|hope|after|hoping|looking *3 out_of|from|for *3 this|today|our|is"),
        // "That's really what I came to learn."
        (.purpose, "what i came|come *1 here? to learn|ask|ask_about|find_out|understand|hear_about|talk_about"),
        (.purpose, "using|use the|this|my gap|time|break *1 to learn_about|explore|find_out_about|talk_to|speak_to"),
        (.purpose, "~want *2 out of *2 this|today|our|the_conversation|the_call|the_chat"),
        (.purpose, "informational|information|learning|exploratory|fact_finding interview|conversation|chat|call"),
        (.purpose, "the? inside scoop|story"),
        (.purpose, "gathering|collecting information|perspectives|views|advice|insights"),
        (.purpose, "get|gain|build *2 realistic|better|clearer|honest|real picture|sense|idea|understanding"),
        (.purpose, "learn *2 from you|people|professionals"),
        (.purpose, "~learn *2 more about *3 field|industry|career|work|role|profession|path|world|area|job"),
        (.purpose, "~learn what *4 like|involves|entails|looks"),
        (.purpose, "~learn whether|if *5 right|fit|fits|for_me|for_someone|for_people|for_us|makes|worth"),
        // A choice the learner is weighing, and what the talk should bring: "I'm trying to decide
        // between UX and front-end dev", "to come away with a clearer idea", "purely a learning
        // thing for me", "trying to get insight into what makes a good grant writer".
        (.purpose, "trying|try|struggling|need|needing|want|wanting|hoping *1 to? *1 decide|choose|pick between|whether"),
        (.purpose, "come|walk|go away with *4 idea|sense|picture|understanding|feel|feeling|view"),
        (.purpose, "purely|just|mainly|mostly|simply|really a? *1 learning|fact-finding|information-gathering|informational|research|curiosity thing|exercise|mission|trip"),
        // Said in a word: "Really this is just informational", "Purely exploratory on my side",
        // "Information gathering, mostly", "Purpose-wise: advice", "Goal for today: learn, not pitch".
        (.purpose, "purely|just|mainly|mostly|simply|strictly|entirely informational|exploratory|fact_finding"),
        (.purpose, "information|info|fact gathering|finding *2 mostly|really|only|just|on_my_end|on_my_side|here"),
        (.purpose, "purpose|goal|aim|agenda *1 wise|for_today|today|here|for_this_call|for_this_chat *1 is? *1 advice|learn|learning|to_learn|understanding|to_understand|information|insight|insights"),
        // "My counselor set this up so I could ask about dental hygiene as a career."
        (.purpose, "set|arranged *2 up so|so_that i could|can|might|would *1 ask|learn|hear|understand|find_out|get_advice|get_a_sense"),
        (.purpose, "get|gain|gather|getting|gaining|hoping_for|looking_for *1 some|an|more|real? *1 insight|insights|perspective|perspectives"),
        (.purpose, "figure out whether|if|which"),
        (.purpose, "wondering|deciding|figuring_out|working_out|decide|unsure|exploring whether|if *5 for_me|right_for_me|fit|fits|suits_me|a_fit|the_right"),
        (.purpose, "trying to ~learn"),
        (.purpose, "i|we *2 hoping|want|wanted|wanting|trying|looking|aiming|keen|eager|wish|here *2 to ~learn"),
        (.purpose, "would like to learn|understand|explore"),
        (.purpose, "hoping|hope|want|wanted|trying|here|aiming|keen|eager|looking to ~learn *2 how|what|why|about|more|from|whether|if|the|your"),
        (.purpose, "exploring|considering|weighing *3 move|career|careers|switch|transition|change|path|paths|options|pivot"),
        // "I'm weighing whether going back to school for nursing actually makes sense at my age."
        (.purpose, "weighing up? whether|if *10 makes_sense|make_sense|is_worth|be_worth|worth_it|right_for_me|a_good_idea|sensible|realistic"),
        (.purpose, "reached|reaching out because|since|as|to"),
        (.purpose, "interested in learning|hearing|understanding|finding|exploring|getting"),
        (.purpose, "ask you *3 questions|question about|on"),
        (.purpose, "thinking about|of *3 career|careers|switching|moving|becoming|going_into|transitioning|a_move|a_change|retraining"),
        (.purpose, "researching *2 careers|the_field|paths|options|roles|industries|this_field|the_industry"),
        (.purpose, "looking|hoping|here *2 for *2 some|any|your|a_bit_of|general|honest ~insight"),
        (.purpose, "reason *3 i *2 reached|asked|wanted|contacted|emailed|requested|messaged"),
        (.purpose, "informed decision|choice"),
        (.purpose, "~want *2 some|your|an|honest|outside|a_bit_of ~insight"),
        // "I'd love to learn from someone who actually does it", "thought it'd help to hear from
        // someone in the field", "My main question for today is whether…", "I came into this wanting…"
        (.purpose, "~want|help|helpful|useful|love|like *3 to? *1 learn|hear from someone|somebody|people|a_person|practitioners *2 in|who|actually|doing|working"),
        (.purpose, "main|big|key|real|one question|questions *2 for? *1 today|this_call|this_chat *2 is|are *1 whether|if|how|what"),
        (.purpose, "came|come into|to this|here|today *2 wanting|hoping|looking_for"),
        // The "to" left out, as second-language speakers often do: "I want understand better the work
        // of structural engineer".
        (.purpose, "i|we *1 want|wanted|wish|hope|like|love understand|learn|discover|know_more|know_better|hear_more|explore"),
        // "I'm not trying to get hired, I promise", "so that's kind of why I emailed", "hoping you
        // could help me think it through", "this chance to learn about marine engineering from you",
        // "I'd love to just learn about your work".
        (.purpose, "not|never *2 trying|looking|here|hoping|asking|after *1 to *1 get|be *1 hired|employed|recruited"),
        (.purpose, "that|which is *2 why i *1 emailed|reached|wrote|asked|messaged|contacted|got_in_touch|called"),
        // "this conversation is really just about learning from you"
        (.purpose, "call|chat|conversation|meeting is|was *3 about|for learning|understanding|hearing|advice|insight|perspective"),
        (.purpose, "hoping|hoped|hope you *2 help me *2 think|decide|figure|work_out|choose|sort"),
        (.purpose, "chance|opportunity to learn|hear|understand *6 from you"),
        (.purpose, "love|like|keen|hoping|want|wanted to *2 learn|hear *3 about your work|job|role|career|experience|path|field|industry|line_of_work"),
        // Why they reached out: "So the reason I reached out: I'm weighing a move…", "Mostly I
        // reached out out of curiosity", "today's really about learning from you".
        (.purpose, "the|main|real|whole reason *1 i|that_i *2 reached_out|reached|contacted|wrote|emailed|messaged|got_in_touch|wanted_to_talk|wanted_to_chat|asked"),
        (.purpose, "reached_out|contacted_you|got_in_touch|messaged_you|emailed_you|wrote_to_you *2 out_of *1 curiosity|interest"),
        // The reason named as the call's: "that's the whole reason for my email", "which is really all
        // I'm after today", "purely info-gathering on my end today", "for my own curiosity mostly".
        (.purpose, "whole|main|real|only|official|actual reason *1 for *1 my|this|the|our *1 email|message|call|chat|note|request|reaching_out|asking"),
        (.purpose, "all|what i *1 am *2 after|here_for *1 today|here|this_call|from_this|from_you"),
        (.purpose, "info|information|fact *1 gathering|finding *3 on|for|today|my_end|my_side|mission|purposes"),
        (.purpose, "for|out_of my *1 own *1 curiosity|interest|learning|benefit"),
        (.purpose, "soak|soaking|absorb|absorbing|pick|picking|take|taking up? *1 as_much|everything|all *2 i|as *1 can"),
        // A class that sends the learner: "this is for a forensic science class project", "our
        // professor wants each of us to talk to someone working in the field".
        (.purpose, "for|part_of *1 a|my|our *3 class|course|module|school|uni|college|careers *1 project|assignment|requirement|task|homework"),
        (.purpose, "professor|prof|teacher|tutor|lecturer|course|class|module|instructor|assignment *3 wants|asks|requires|has|asked|needs *2 us|each_of_us|everyone|all_of_us|every_student *1 to? *2 talk|speak|interview|chat|meet|reach"),
        (.purpose, "assignment|project|homework|task *2 where|in_which|that *3 we|i *2 interview|talk|speak|chat|meet"),
        (.purpose, "today|this_call|this_chat|this *2 about|for *1 learning|understanding|hearing|listening|advice|getting_advice|picking_your_brain"),
        // "I need someone who's done the switch to tell me if it's worth it", "I've got a few questions
        // about the day-to-day", "anything you can share about how it works would be super helpful",
        // "I'd be grateful for any advice you have", "I was wondering if we could talk about…"
        (.purpose, "need|needed|want|wanted someone|somebody|a_person *6 to tell|talk|give me *4 if|whether|out|into|straight|honestly|honest|the_truth"),
        (.purpose, "i have|have_got|got *2 a_few|some|a_list_of|a_couple_of|few|loads_of|lots_of *1 questions *2 about|on"),
        (.purpose, "anything you *1 can|could share|tell_me *10 would be *2 helpful|useful|great|appreciated|amazing"),
        (.purpose, "grateful|thankful *3 for any ~insight"),
        (.purpose, "wondering if|whether we *1 could|can|might talk|chat about"),
        (.purpose, "help me *1 understand|learn|figure|get_a_sense|think_through|decide"),
        (.purpose, "not|never|no *5 ~job|hiring|hire|referral|openings|vacancies|resume|favors|favours"),
        (.purpose, "just curious|learning|exploring"),
        (.purpose, "no|not_any|without_any *1 hidden|real|other|secret? *1 agenda|agendas|ulterior|motive"),
        (.purpose, "hoping|hope *2 you *2 can|could|would|might|will *2 give|share|offer|lend *3 ~insight"),
        (.purpose, "mainly|mostly|just|really|genuinely curious|interested *2 about|in|to *1 what|how|whether|learning|hearing"),
        // job_ask: asks for a job, openings, to be hired or referred for a role, a resume passed on.
        (.jobAsk, "are|is you|they|anyone|your|team|company|firm *3 ~hiring|recruiting"),
        // Asks heard in y54 in the learner's own words.
        (.jobAsk, "any chance|possibility|hope of *4 ~job|post|~staffrole|shift|shifts|hours|work_experience"),
        (.jobAsk, "take|takes|taking|hire|hires|hiring|recruit|recruits *10 could|can|may i be|become|join one? *1 of them|those"),
        (.jobAsk, "work|shifts|hours|projects|overflow|jobs|contracts *8 could|can|may i pick|take *3 up|on"),
        (.jobAsk, "keep|keeping|hold|holding|hang_onto|hold_onto my|me cv|resume|details|application|name *2 on_file|for_later|in_case|on_record|on_your_books"),
        (.jobAsk, "~hiring|openings|vacancies|freeze|budget *12 once|when|if it|that|things|anything lifts|lift|changes|change|opens|open_up|opens_up *6 heads|know|shout|tell|ping|remember|think_of_me|keep_me"),
        // …after a "not hiring" that would negate the cue: "we're not hiring, got it 😂 but if that changes could u give me a shout?"
        (.jobAsk, "but|though if|once|when that|it|things change|changes|lift|lifts|open_up|opens_up *6 heads_up|a_shout|let_me_know|ping_me|think_of_me|keep_me_in_mind|remember_me"),
        (.jobAsk, "interned|internship|placement|work_experience *12 is|would that|it something i could|can do|apply_for|try"),
        (.jobAsk, "could|can|may i get|go|be on|onto *2 the|your *1 casual|relief|bank|supply|temp|freelance|freelancer|on_call|call|cover|staff *1 list|register|roster|books"),
        (.jobAsk, "put|add|get me on|onto|to *2 the|your *1 casual|relief|bank|supply|temp|freelance|freelancer|on_call|call|cover|staff *1 list|register|roster|books"),
        (.jobAsk, "my ~application *8 could|would|can you *2 give|take|have *2 second|closer|extra|look|eye"),
        (.jobAsk, "~application *8 gets|get|goes|go|reaches|end_up *2 to|with the? right_person|right_people|whoever|hiring|~gatekeeper"),
        (.jobAsk, "let|have *3 me *2 come|come_in *3 for a|two|three|couple *1 week|weeks|month|fortnight"),
        (.jobAsk, "i would|could|can|will|am_happy_to *4 for a small|reasonable|modest|low|tiny? fee|rate|price|day_rate"),
        // Regular hours offered to the team: "once I'm part-time I could give Open Door two or three
        // mornings a week on the books, no charge".
        (.jobAsk, "i could|can|would|will|might *1 give|offer|spare|donate|put_in *5 mornings|afternoons|evenings|days|hours|nights|weekends|shifts *1 a|per|each|every week|month|fortnight"),
        // Something sent on for the one who hires: "I could send my CV over for whoever does the hiring on your team".
        (.jobAsk, "send|pass|forward|give *3 for|to whoever|whomever|the_person_who|someone_who *2 does|handles|runs|is_in_charge_of|is_doing the? ~hiring|recruiting|recruitment"),
        // "Is the department hiring for that study at the moment?"
        (.jobAsk, "are|is the|your|ur ~org|ward|council|theatre|venue|shop|store|site|yard|farm|kitchen|restaurant|museum|charity *2 ~hiring|recruiting"),
        (.jobAsk, "you|your *2 ~org *2 is|are ~hiring|recruiting"),
        (.jobAsk, "~hiring for|right|now|at|this|any *2 ~job"),
        (.jobAsk, "any|are|know ~job *3 open|available|coming|going"),
        (.jobAsk, "any|are|know ~job *2 at|on|in|with your|you"),
        (.jobAsk, "any|there|have|know *2 openings|vacancies|internships|jobs"),
        (.jobAsk, "who|anyone|anybody|someone|place|companies|places *2 is|are|that|who ~hiring"),
        (.jobAsk, "hire|hiring|employ me"),
        // "u guys hiring atm?"
        (.jobAsk, "you guys|lot|folks|all *1 hiring|recruiting"),
        // "let me know if anything comes up on your team", "…if you hear of anything".
        (.jobAsk, "know|posted|mind|informed *2 if|when|in_case anything|something *2 comes|opens|pops|crops *1 up"),
        (.jobAsk, "know|posted|mind|informed *2 if|when|in_case you hear|see|come *2 of|about|across anything|something|openings|positions|roles|opportunities|leads"),
        // The same asked the other way round: "if u hear of anything on ur team, give me a shout?"
        (.jobAsk, "if|when|in_case you hear|see|come *2 of|about|across anything|something|openings|positions|roles|opportunities|leads *10 \(toldWhen)|call_me|ring_me|tell_me"),
        (.jobAsk, "i do|get|have|join|take *2 a|an placement|internship|apprenticeship|traineeship *3 with|at|in|on you|your"),
        (.jobAsk, "hire|hiring someone like me"),
        (.jobAsk, "refer|recommend|nominate|vouch|put *3 me|my|name for|into *2 ~job|a|an|the|this|that|your|it"),
        (.jobAsk, "refer *2 me to *2 ~gatekeeper|~job"),
        (.jobAsk, "good word *2 for me"),
        (.jobAsk, "put|putting in a word *4 for me"),
        (.jobAsk, "put|putting|say|saying *1 a good word"),
        (.jobAsk, "put|puts my name forward|in"),
        (.jobAsk, "put|putting me forward"),
        // Offering oneself for the team's need: "if your agency ever needs a second shooter, I'm your girl".
        (.jobAsk, "if *8 need|needs|needed|short *6 i_am_your man|girl|guy|woman|person|gal|lad"),
        // Asking to hear of a leaver's place: "if one of your porters ever leaves, could you let me know?"
        (.jobAsk, "if *8 leaves|quits|retires|moves_on|goes_on_leave|hands_in_their_notice *8 let_me_know|give_me_a_ring|give_me_a_shout|give_me_a_call|call_me|ring_me|think_of_me|tell_me"),
        (.jobAsk, "if *6 ever? have|has|get|gets *2 an? opening|openings|vacancy|vacancies *6 love_to_hear|let_me_know|hear_about_it|tell_me|keep_me_posted"),
        (.jobAsk, "pass|forward|send|give|hand|show|share|flag|submit|get *3 my|me ~application"),
        (.jobAsk, "~application *4 to|along|on|over *3 ~gatekeeper|team|hr|whoever|hiring|someone|person|boss|lead"),
        (.jobAsk, "~application *3 in front of"),
        (.jobAsk, "introduce|connect|put|introducing|connecting|putting *2 me *5 ~gatekeeper"),
        (.jobAsk, "job|internship|position|role|spot|opening *2 for|at|with|on me|your|you"),
        (.jobAsk, "give|offer|find|get *2 me *2 a|an job|internship|position|role|interview|placement"),
        (.jobAsk, "get|land *2 a|an job|internship|position|role|interview|foot *3 at|with|into|on your|you"),
        (.jobAsk, "i|me *4 work|intern for|with|under you"),
        (.jobAsk, "apply|applying to|for *3 your|you|this|the ~job|~org|team"),
        (.jobAsk, "join|joining your *2 ~org|team"),
        // "could you add me to the list for relief shifts?", "put me on your rota".
        (.jobAsk, "add|put me on|to the|your *3 list|rota|roster|books|bank|register *3 for *3 shifts|shift|cover|work|jobs|roles|relief|temp|casual|placements|labourers|staff"),
        (.jobAsk, "add|put me on|to the|your *1 rota|roster|call_list|relief_list|temp_list|casual_list|bank_list|books"),
        // "let me know when the council next advertises for planning officers".
        (.jobAsk, "let_me_know|letting_me_know|tell_me|telling_me|give_me_a_shout|keep_me_posted|let_me_hear *2 when|if *5 advertise|advertises|advertising|recruit|recruits|recruiting|hire|hires|hiring|vacancy|vacancies|openings|take_on|takes_on|taking_on"),
        // Asked to be told when a place opens: "Would you let me know next time the venue's looking
        // for house engineers?", "let me know when the apprentice scheme opens again".
        (.jobAsk, "let_me_know|give_me_a_shout|give_me_a_heads_up|shout_me|ping_me|drop_me_a_line|keep_me_posted|let_me_hear|notify_me *2 when|if|whenever|next_time|as_soon_as|the_next_time|once *8 ~job|~staffrole|post|posts|scheme|intake|applications|fellowship|fellowships|apprenticeship|apprenticeships|seat|spot|shift|shifts|hiring|recruiting|looking_for|take_on|takes_on|taking_on"),
        (.jobAsk, "if|when|whenever|once|next_time|as_soon_as *4 ~job|seat|spot|place|shift|vacancy|scheme|intake|applications|fellowship|apprenticeship|anything|something *3 opens|open|comes_up|came_up|frees_up|crops_up|pops_up|becomes_available|goes_up|is_posted|gets_posted|is_advertised *10 \(toldWhen)|call_me|ring_me|tell_me|love_to_hear|like_to_hear|keen_to_hear"),
        (.jobAsk, "if|when|whenever|once|next_time|as_soon_as you|they|the_team|your_team *1 post|posts|advertise|advertises|open|opens|list|lists *6 ~job|vacancy|vacancies|scheme|intake|fellowship|apprenticeship *10 \(toldWhen)|call_me|ring_me|tell_me"),
        // A way in through work of any kind: "I'd sweep floors at your gym if it got me in the door".
        (.jobAsk, "if it|that|this *1 got|gets|get|meant|means me|my *1 in|foot *2 door"),
        // Rough work for the sake of a way in, a regular place named, hours for the learner: "I'd sweep
        // the floors in that garage if it meant learning from your team", "I could be your regular
        // Sunday baker", "is there any chance of summer hours for me there?"
        (.jobAsk, "i_would|i_d *2 sweep|mop|scrub|muck *6 if_it_meant|if_it_got|for_the_chance|to_learn_from|just_to_learn|just_to_be_around|just_to_get"),
        (.jobAsk, "could|would|can|will be your *1 regular|extra|spare|relief|weekend|saturday|sunday|go_to|backup|stand_in|summer|part_time|new"),
        (.jobAsk, "any chance|possibility *4 hours|shifts|shift|work *3 for me"),
        // "would it be weird to ask if you're hiring?", "if someone like me applied, would you back me?"
        (.jobAsk, "ask|asking *1 if|whether you|your|u|ur *3 ~hiring|hire|recruiting"),
        (.jobAsk, "would|could|will|might you|u *1 back|vouch_for|put_in_a_word_for me"),
        // "do you have anything like that going?", "anything going at the depot?"
        (.jobAsk, "anything|something like_that|at_all|else? going"),
        // "would your team ever look at someone like me for a junior role?"
        (.jobAsk, "consider|look_at|take_on|hire|interview *1 someone|somebody|anyone *1 like me"),
        (.jobAsk, "could|can|might i be|become part of *2 that|your|the *1 growth|team|crew|staff"),
        (.jobAsk, "@looking|searching|hunting for *2 a|an job|internship|position|role|placement"),
        (.jobAsk, "@looking|searching|hunting for work"),
        (.jobAsk, "@need a job|internship"),
        (.jobAsk, "job ask|asks"),
        (.jobAsk, "unless you are ~hiring"),
        (.jobAsk, "is|are there *1 a|an|any *2 ~job"),
        (.jobAsk, "any chance *6 ~job|~hiring|hire|intern|interning|take_me|bring_me|join|joining"),
        (.jobAsk, "consider me|considered"),
        // Work offered for a season or on the team's own work: "a spare pair of hands on QA over the summer".
        (.jobAsk, "pair_of_hands|extra_hands|spare_hands|extra_help *6 summer|holidays|placement|qa|testing|lab|ward|studio|site|projects"),
        (.jobAsk, "your|the|company|team|firm|office *4 chance|opportunity|opportunities|opening|spot|position|room *3 for a? person|someone|somebody|people like me"),
        (.jobAsk, "you|your|team|company|firm *3 consider|ever hire|hiring|take_on|taking_on *6 like_me|me"),
        (.jobAsk, "i *2 be your intern|apprentice|trainee|assistant|hire|junior"),
        (.jobAsk, "your|you *3 let|allow|have|take me *3 work_experience|placement|internship|apprenticeship|volunteer|student_placement|traineeship|trial|shadow_placement"),
        (.jobAsk, "take|taking me on as *2 a|an? volunteer|intern|trainee|apprentice|placement|student"),
        // The second half of a resume ask split over two turns: "…so you could pass it along to whoever hires?"
        (.jobAsk, "pass|forward|send|hand|passing|forwarding|sending|handing it|them along|on? to whoever|someone|the_person|the_people|whomever *2 hires|hire|hiring|recruits|recruiting|does_the_hiring|handles_hiring|runs|handles|manages|looks_after|does"),
        (.jobAsk, "can|could|may i *2 work|help|volunteer *4 with|for|alongside you *3 next|this|over|during summer|autumn|fall|spring|winter|season|harvest|holidays|year"),
        (.jobAsk, "you|your|team|company|firm|office|lab|group *2 ever? take|hire|employ|accept *3 working_students|students|interns|juniors|graduates|grads|apprentices|trainees|placement_students|werkstudenten|volunteers|undergrad|undergrads|undergraduate|undergraduates"),
        // "do you have any work for a 17 year old over the summer holidays?", "Would you have anything for
        // me?", "would you mention me to the head chef?", "a way for me to get a foot in at the hotel"
        (.jobAsk, "do|would|could you *1 have|got *2 work|shifts|hours|jobs|anything|something *2 for *4 me|someone|somebody|students|teenagers|school_leavers|year_old|the_summer"),
        (.jobAsk, "mention|mentioning me *2 to *2 the|your *2 head_chef|chef|manager|boss|owner|director|partner|editor|~gatekeeper"),
        (.jobAsk, "foot in at|with the|your|ur"),
        (.jobAsk, "apply|applied|applying *2 through|via you|your_referral"),
        (.jobAsk, "keep me in mind"),
        // The learner's name before whoever decides: "If my name happened to float past whoever
        // decides who gets those part-time spots…"
        (.jobAsk, "my name|cv|resume|application *6 whoever|whomever|the_person|the_people *2 decides|decide|hires|hire|runs|handles|picks|chooses|manages|does|looks_after"),
        (.jobAsk, "think of me|my_name *3 if|when|for|should|next|ever"),
        (.jobAsk, "hope|hoping *2 you *2 will|would|might think of me"),
        // The condition first: "If a placement ever comes up, would you think of me?"
        (.jobAsk, "if|when|should *4 ~job|something|anything *5 think of me"),
        (.jobAsk, "i would|could *2 work as *4 at|for|with|in|on your|you"),
        (.jobAsk, "introduce|connect|put_me_in_touch|link_me_up *8 about|for|regarding *3 vacancy|vacancies|opening|position|internship|placement|apprenticeship|traineeship"),
        (.jobAsk, "you|your *3 have|got|had *2 any|some work|shifts|gigs|hours *2 going|available|for_me|on_offer"),
        (.jobAsk, "could|can|may i apply|intern|join for|to|there|here|with_you|with_your|at_your"),
        (.jobAsk, "so|and|then *2 could|can|may|should i apply|intern"),
        (.jobAsk, "be *2 my|a|one_of_my *1 reference|references|referee|referees"),
        (.jobAsk, "be|get|being kept in mind"),
        (.jobAsk, "~job *12 flag|mention|recommend|suggest|nominate|put_forward me"),
        (.jobAsk, "be|being|get|getting considered *3 for|if|when"),
        (.jobAsk, "refer *2 me|internally"),
        (.jobAsk, "referral|reference *5 my|application|apply|role|job|position|opening|residency|program|scheme"),
        (.jobAsk, "as a|my referral|reference"),
        (.jobAsk, "reference for me"),
        (.jobAsk, "bring|take|get|add me *2 onto|on|into|to your|the team"),
        (.jobAsk, "i could|can|should|might apply"),
        (.jobAsk, "have any *3 ~job"),
        // Without an article, as second-language English has it: "Do you have vacancy for trainee?"
        (.jobAsk, "do|does you|your_team|your_company|your_firm *1 have|got *1 a|an|any? *1 vacancy|vacancies|openings|opening|positions|position|internships|internship|placements|placement|jobs|job *1 for|open|available|going|now|right|at|on|this|next"),
        (.jobAsk, "@land|get|snag|secure *3 a|an|the role|job|position|internship|placement"),
        (.jobAsk, "~org *3 needs|need|looking_for *2 a|an|another|someone *2 ~student|intern|someone_like_me"),
        (.jobAsk, "as *3 intern|interns|trainee|apprentice"),
        (.jobAsk, "trial project|shift|day|period|run|week|weeks|month|days"),
        (.jobAsk, "unpaid|paid *1 placement|internship|position|role|trial|work_experience"),
        // Volunteering asked for a stretch of time: "could I volunteer on your ward for those weeks?"
        (.jobAsk, "@me|i *2 volunteer|volunteering|intern|interning|work|working|help|helping|come_in|pitch_in *8 summers|months|holidays|july|june|august|the_summer|summer_break|reading_week|without_pay|without_salary|without_payment|no_pay|unpaid"),
        (.jobAsk, "put me to work"),
        // Work offered without pay: "I'd happily pitch in, even unpaid, just for the experience."
        (.jobAsk, "even|happily|gladly|totally|completely just? unpaid|without_pay|for_free"),
        (.jobAsk, "just|purely|only|even for the experience"),
        (.jobAsk, "unpaid is|would_be *1 fine|ok|okay|great"),
        (.jobAsk, "turn|lead|turns|leads|turned|led into|to *3 a? *2 ~job|part_time|paid|something_more|something_permanent|something_longer|something_bigger|something_regular|something_paid"),
        (.jobAsk, "place|seat|spot *2 for me"),
        (.jobAsk, "~hiring *2 juniors|graduates|interns|grads|anyone|new|people|at_the_moment|at_all|right|now|soon|this|next"),
        (.jobAsk, "be|still ~hiring"),
        (.jobAsk, "happen *3 ~hiring"),
        (.jobAsk, "~job *3 i|me *3 could|can|might apply|qualify|fill|take|do"),
        (.jobAsk, "ask|asking *3 for *2 a|an|any? ~job|referral|favor"),
        (.jobAsk, "asking|ask *2 about|for *2 openings|vacancies|jobs|roles|positions|internships"),
        (.jobAsk, "pass|forward|flag|submit|hand *3 my|me *6 ~gatekeeper|director|~job|opening|hiring"),
        // "My portfolio went to you on Tuesday; would you hand it to the hiring lead?"
        (.jobAsk, "pass|forward|flag|submit|hand|give *2 it|them|this *2 to *2 the|your? *1 ~gatekeeper"),
        // Work that is not called a job: "any freelance gigs I might take on?", "evening shifts someone
        // like me might put their name down for", "does the studio farm out projects to people like me?",
        // "would your lab take an unpaid helper over the summer?"
        (.jobAsk, "any|some|extra *1 freelance|contract|paid|unpaid|casual|temp|part_time|evening|weekend|summer|holiday? *1 gigs|shifts|work|projects|contracts|jobs|cover *6 i|someone_like_me|people_like_me *2 could|might|can|may *1 take|pick|do|apply|get|grab|fill|cover|put"),
        (.jobAsk, "put|putting my|their|our|myself *1 name? *1 down|forward for"),
        (.jobAsk, "farm|farms|outsource|outsources|give|pass|send|hand *2 out? *4 projects|work|jobs|gigs|tasks|contracts *3 to *1 people_like_me|someone_like_me|me|my_way|juniors_like_me"),
        (.jobAsk, "take|takes|taking *1 on? *1 an? *1 unpaid|volunteer|summer|extra|junior|spare *1 helper|assistant|hand|pair_of_hands|person|intern|trainee"),
        // "Is your crew short-handed this season? I'm free from June", "Could the practice use one more
        // assistant? I can clear my schedule this week."
        (.jobAsk, "+short_handed|short_staffed|stretched_thin|stretched|hands_short|short|use_one_more|use_another|use_an_extra *12 free_from|available_from|i_could_start|could_start|start_tomorrow|start_monday|be_there_tomorrow|could_be_there|clear_my_schedule|i_am_free|available_next|available_this|help_out|to_help|pitch_in|muck_in"),
        (.jobAsk, "+room|space|capacity|budget|headcount *5 for *2 me|someone|a|an|another|one"),
        // A place on the team itself: "if there's room on his crew", "any space in the team for me?"
        (.jobAsk, "+room|space|spot|place|places|spots on|in *2 your|ur|his|her|their|the *1 crew|team|rota|roster|staff|books|payroll"),
        (.jobAsk, "you|your|team|company|firm *3 looking|taking|adding *2 on? *2 interns|juniors|graduates|grads|people|staff|anyone|new|analysts|engineers|designers|nurses"),
        (.jobAsk, "put|add|keep me *2 on|in *2 list|pipeline|shortlist|radar"),
        (.jobAsk, "kept|keeping|keeps me *2 on|in *2 list|pipeline|shortlist|radar|mind"),
        (.jobAsk, "get|be|stay|getting|put_me on *1 your|the *1 radar"),
        (.jobAsk, "having|have|bring|take|get me *1 on_board|aboard|onboard"),
        (.jobAsk, "do|get|have|join|take|arrange|organise|organize *3 work_experience|work_placement|placement|internship|apprenticeship|traineeship|placement_year|stint *3 with|at|in|on you|your"),
        (.jobAsk, "nudge|push|flag|fast_track|expedite|boost mine|my|it *3 along|through|forward|up|for|to"),
        (.jobAsk, "could|can|would|will you *2 flag it"),
        (.jobAsk, "~application *8 in_case|if|should|for_when *6 fit|opening|openings|role|roles|spot|position|vacancy|something_opens|anything_opens"),
        (.jobAsk, "any *3 training_contract|training_contracts|grad_scheme|graduate_scheme|grad_roles|grad_role|graduate_roles|entry_level|contracts|~job *2 going|open|available|at_yours|at_your|on_your|in_your"),
        (.jobAsk, "keep|put|have|hold *2 my|me *1 name|cv|resume|details? *1 on file|record"),
        // Kept for the next intake: "Would you hang on to my name for when your firm next brings on juniors?"
        (.jobAsk, "keep|hang_on_to|hold_on_to|hang_onto|hold_onto my name|cv|resume|details|number *3 for_when|in_case|if|when|should *8 ~hiring|hire|hires|brings_on|bring_on|takes_on|take_on|~job|~staffrole|comes_up|opens_up|opens"),
        // The CV named a sentence before: "I emailed you my CV. Could you forward it to the partner who
        // handles graduate recruitment?"
        (.jobAsk, "you *2 pass|forward|send|hand|give|flag *1 it|them|this|that|mine *3 to *3 who|that *1 handles|does|runs|manages|leads|oversees|looks_after|deals_with *2 ~gatekeeper|intake|intakes"),
        (.jobAsk, "mention|mentioning|drop|dropping|put|putting *1 my name *2 to|forward|in"),
        (.jobAsk, "maybe|possibly|could|might|would|to *1 be considered"),
        (.jobAsk, "if *6 ever? *1 need|needs|looking_for|want|wants *3 a|an|someone|somebody|anyone? *2 junior|assistant|intern|freelance|freelancer|illustrator|bookkeeper|hire|staff|research_assistant|copywriter|trainee|apprentice|editor|video_editor|designer|photographer|developer|translator|sound_engineer|technician|runner"),
        (.jobAsk, "extra pair of hands|extra_hands *6 summer|season|spring|over_the|next_year|this_year|camp"),
        (.jobAsk, "come|work|help|start|join|pitch *4 paid_or_not|paid_or_unpaid|unpaid|for_free|even_unpaid|for_nothing|for_peanuts"),
        // "When I have it, you can take me in your ward maybe?"
        (.jobAsk, "you|u *2 take|have me *2 in|on|onto|into your|the *1 ward|team|~org|crew|kitchen|unit|department|shop|site"),
        // "…so I can throw my hat in for the grad scheme", "ask to intern with you folks next summer",
        // "could i join the crew for a bit", "could I interview for the apprenticeship".
        (.jobAsk, "throw|throwing|put|putting my hat in|into"),
        (.jobAsk, "to intern|shadow with|for|at you|your|ur"),
        (.jobAsk, "could|can|may i *1 join your|the crew|team|lab|kitchen|unit|ward|studio|site"),
        (.jobAsk, "could|can i *2 interview for"),
        // "Could I be part of that next spring?", "You think your workshop can take me for try one month?"
        (.jobAsk, "could|can|may i be part of that|it|the_team|your_team|the_crew|your_crew|the_next"),
        (.jobAsk, "can|could|would *1 take|have me for *2 a|one|try|trial|month|week|weeks|few|couple"),
        (.jobAsk, "start at the bottom"),
        // Work for nothing, for the experience: "Honestly I'd be happy to do it for free, just to get the experience".
        (.jobAsk, "i would|could|can|will|am *5 for_free|unpaid|for_nothing|without_pay *5 experience|foot_in_the_door|get_my_foot|to_get_in|learn_the_ropes"),
        (.jobAsk, "recommend|refer|suggest|put_forward *2 me *4 for *2 ~job|intern|internship|position|role|job|trainee"),
        (.jobAsk, "flag|mention|pass|put_forward *2 my|me *1 name? *3 ~gatekeeper|director|team|manager|boss"),
        (.jobAsk, "with a view to *2 a|an|the *1 ~job|placement|position|role|job|internship|hire|hiring"),
        (.jobAsk, "take|taking me on *3 as|for"),
        (.jobAsk, "if|when|in_case *3 anything|something|~job|post|posts *3 opens|comes|becomes|pops|frees"),
        // "I was hoping to find out if your clinic has anything for new grads this year"
        (.jobAsk, "your|ur *1 ~org|clinic|ward|practice|crew|kitchen|salon|shop *1 has|have|had|got *1 anything|something|room|space|openings|spots|places *2 for *2 new_grads|grads|graduates|juniors|students|interns|trainees|someone_like_me|people_like_me|me|newly_qualified"),
        // "If your unit ever has a clinical fellow post, I'd be grateful if you'd send it my way."
        (.jobAsk, "if *6 ~job|post|posts *8 send|pass|flag|forward|throw it|them my_way|to_me|me"),
        // "Is there any chance your firm needs site engineers right now?", "could your team host me for
        // it?", "I could email it over for your recruiter to look at", "is it possible to do it in your team?"
        (.jobAsk, "any chance|possibility *4 needs|need|looking_for|wants|is_after *3 ~staffrole|engineers|nurses|drivers|designers|developers|analysts|people|staff|hands|help|someone|anyone"),
        (.jobAsk, "could|can|would|will your|you *3 host|supervise me"),
        (.jobAsk, "for your|the *1 recruiter|recruiters|hr|hiring_manager|hiring_team|talent_team to *2 look|review|see|consider|check"),
        (.jobAsk, "possible|could_i|can_i|may_i *2 do it|this|that|mine|my_placement|my_internship *2 in|with|at your|ur *1 team|company|firm|lab|group|office|department|unit|studio"),
        (.jobAsk, "help|helping me *2 get|land|find|secure *3 job|role|position|internship|foot|placement"),
        (.purpose, "not|never|no *5 a|my|our foot in the door"),
        // A way in with them, not a way into the field: "my foot in the door at your firm", "there".
        (.jobAsk, "foot in the door *4 there|here|your|ur|you|yours|u|with_the|at_the"),
        (.jobAsk, "vouch|speak_up|put_in_a_word *2 for me"),
        (.jobAsk, "interview|interviewing me"),
        (.jobAsk, "interview|interviewing *2 me *2 for *2 a|the|your|an|that|this"),
        (.jobAsk, "get|land|secure|score|grab *2 an|a? interview *3 with|at|on|for you|your|me"),
        (.jobAsk, "could|would|can you *2 hire|employ|take_on|bring_on|bring_me|take_me"),
        (.jobAsk, "offer|offers|offering *2 internships|placements|jobs|apprenticeships|work_experience"),
        (.jobAsk, "~job *3 at|in|on your|the company|firm|team|office|organization"),
        (.jobAsk, "consider *6 for *3 ~job|role|position|opening|internship"),
        (.jobAsk, "has|have *3 ~job *2 open|available|going"),
        (.jobAsk, "~job *8 still|currently open|available|live|up|filled|accepting"),
        (.jobAsk, "take|taking|took on *3 intern|interns|apprentice|apprentices|trainee|trainees|junior|juniors|graduate|graduates|grads|anyone|new_people|~staffrole"),
        (.jobAsk, "you|your|office|team|firm|company|lab|agency|studio *2 take|takes|hire|hires|accept|accepts *2 interns|juniors|graduates|grads|trainees|apprentices|students|placements"),
        (.jobAsk, "shot|chance|crack at *2 working|joining|interning *2 with|for|at|on *1 your|you"),
        (.jobAsk, "you|your|team|shop|crew|office|firm *3 need|needs|use *2 any|an|another|extra|more|some? *1 help|helpers|hands|apprentice|apprentices|assistant|intern|interns|labor|labour|staff"),
        (.jobAsk, "you|your|team|shop|crew|office|firm|studio|company *3 looking|searching|seeking|recruiting *1 for *2 helpers|hands|apprentice|apprentices|assistant|assistants|intern|interns|staff|juniors|hires"),
        (.jobAsk, "+need|needs|looking_for *2 someone|somebody|anyone|an_extra_pair|extra_hands|extra_staff *3 for *2 the? summer|season|internship|holidays|weekends|rush|christmas|peak|busy_period|busy_season|festive"),
        (.jobAsk, "take|bring|hire *2 on? *1 somebody|someone|anybody|anyone|people *2 like me"),
        (.jobAsk, "way in at|with|to your|you"),
        (.jobAsk, "ever|always|often short *1 a? *1 pair_of_hands|hands|staff|people|a_body|bodies|a_person"),
        (.jobAsk, "could|can|might i *3 do|take_on|pick_up *2 more|regular|paid|ongoing|some *2 work|hours|shifts *2 for|with|at|in"),
        (.jobAsk, "could|can|may|might i *3 come_in|come|pop_in|help|help_out|work *8 days_a_week|afternoons_a_week|mornings_a_week|a_week|every_week|weekly|regularly|as_a_regular|on_a_regular_basis|for_as_long"),
        (.jobAsk, "i could|can|would *2 happily|gladly|easily|honestly|totally? *1 come_in|come|pop_in|help|help_out|work *8 days_a_week|afternoons_a_week|mornings_a_week|a_week|every_week|weekly|regularly|as_a_regular|on_a_regular_basis|for_as_long"),
        (.jobAsk, "i|me *3 get|pick_up|do|have *1 some|a_few|any|extra|more hours|shifts *3 at|with|in|on|here|there|your"),
        (.jobAsk, "test|taster shift|shifts"),
        (.jobAsk, "i *2 could|can|would *2 cover *1 reception|the_desk|the_front_desk|the_bar|shifts|a_shift|weekends|fridays|saturdays|sundays|nights|holidays"),
        (.jobAsk, "join|joining|tag_along_on|come_on your next? *1 dig|shoot|shoots|expedition|build|harvest|crew|field_season"),
        (.jobAsk, "jump|leap at *1 the|any? *1 chance|opportunity"),
        (.jobAsk, "any|some *1 freelance|contract|paid|casual|temp|part_time|extra *1 work|gigs|shifts|projects|jobs *2 going|around|available|coming_up|on_offer"),
        (.jobAsk, "way into your ~org"),
        (.jobAsk, "i|me *2 get|be|being|getting hired|taken_on *2 onto|on|into|by|at|with|in your|you"),
        (.jobAsk, "freelance|contract|paid|casual|temp|extra|spare *3 work|gigs|projects|jobs|shifts *5 give|offer|send|pass|throw|toss *1 me|my_way"),
        (.jobAsk, "pass|forward|send|flag|hand *2 my|me *1 details|name|cv|portfolio|info|information|profile *10 hiring|recruiting|recruitment|hr|recruiter|recruiters|talent|hires"),
        (.jobAsk, "if|when|in_case you hear|see|come|spot *2 of|about|across anything|something|openings|roles|positions|opportunities *12 let_me_know|tell_me|keep_me|think_of_me|pass_it|flag_it"),
        (.jobAsk, "sneak|squeeze|slip me into|onto|on *3 ~job|program|programme|scheme|cohort|intake|team"),
        (.jobAsk, "you|your *3 open to *2 freelance|contract|paid|part_time|casual|temp *1 arrangement|work|basis|gig|role|help|hire"),
        (.jobAsk, "it|this|that could|might|may|would *1 lead|turn to|into something later|more|longer|permanent|paid|down_the_line|in_the_future|for_me"),
        (.jobAsk, "+need|needs|use *2 someone|somebody|anyone|a_hand|an_extra *24 jump_at|in_a_heartbeat|snap_it_up|drop_everything"),
        // Heard in y62: a hand short ("if you're ever a labourer down on one of your sites, give us a
        // bell"), interest passed on ("would you be able to tell them I'm interested?"), a place on
        // the books, a shot at the work, anything for the learner on a team, being one of those taken on.
        (.jobAsk, "+ever|are|be *3 a|an|one *1 ~staffrole|man|person|body|pair_of_hands down|short"),
        (.jobAsk, "tell|let them|him|her|the_team|your_manager|your_boss *1 know? *1 that? *1 i_am|i_would_be|i_m interested|keen|available"),
        // "Could you let your recruiting folks know I'm interested in the rotational program?"
        (.jobAsk, "tell|let your|the *3 ~gatekeeper|recruiting|hiring|team|panel|folks|people *2 know? *1 that? *1 i_am|i_would_be|i_m interested|keen|available"),
        // "would you mind putting in a word with the selection panel?", "flagging my application".
        (.jobAsk, "put|putting in a good? word *2 with *2 the|your? *1 panel|selection|committee|~gatekeeper|director|team|board"),
        (.jobAsk, "flagging|passing_on|passing_along my ~application|cv"),
        // "…to see if you had anything coming up for a junior colourist."
        (.jobAsk, "anything|something *1 coming_up|opening_up|going|available for a|an *1 junior|entry_level|trainee|graduate|new|~staffrole"),
        // "…put together those two questions about licensing and email them over this week"
        (.followUp, "i will|can|would *8 and email|send|forward them|those|these over|across|your_way"),
        (.followUp, "best|right email|address|way|place *2 for_me? *1 to send|email|reach|contact"),
        // "If it's not too much, could we do this again in six months or so?"
        (.followUp, "could|can|might|shall|should we *1 do|have this|that|it again|another_time|sometime"),
        // "Would you be open to another call in a few months?", "I'll be at the conference in October too,
        // could we grab ten minutes there?"
        (.followUp, "open|up_for|okay_with|mind *2 another|a_second|a_follow_up|a_quick_follow_up|a_later call|chat|coffee|catch_up|conversation"),
        (.followUp, "could|can|shall|should we *1 grab|meet|catch_up *4 there|then|at_the|at_it|after_it|in_person"),
        // "might there be something for me after graduation?"
        (.jobAsk, "there be *1 something|anything|a_spot|a_place|an_opening|room for me"),
        (.jobAsk, "add|put|get me *2 on|to|onto *1 your|its|the|their *1 books|list|roster|register|database|bank|panel|rota"),
        (.jobAsk, "+love|like|want *1 a shot|a_go|a_crack|a_chance|the_chance *1 at it"),
        (.jobAsk, "anything|something|room|a_place|a_spot for me *1 in|on|at *1 the|your *2 team|department|office|crew|kitchen|lab|studio|unit|ward"),
        (.jobAsk, "love|like|keen|want|hoping|dream *2 to be one of them|those"),
        (.giveBack, "you know where i_am|to_find_me"),
        // Offers of the learner's own time or labour in the words of trades, kitchens and shops:
        // "I'm free to start tomorrow", "you can try me one month?", "I'd sweep floors to get in the
        // door", "if one of your carers is off sick I can cover", "stuck for a sparky? I'm your man".
        (.jobAsk, "+i|i_am|me *2 could|can|free_to|available_to|able_to|ready_to start|begin *2 tomorrow|monday|straight_away|right_away|immediately|any_time|anytime|whenever|asap|next_week|next_month|this_week"),
        (.jobAsk, "+i am free|available to start|begin"),
        (.jobAsk, "+i am *2 available|free|ready for|to *1 help|work|helping|working *4 in|at|for|with your|you"),
        // "Would the kennels let me do mornings there?", "Room on your freelance list?", "is there a
        // waitlist for the ski patrol i could get on?", "some small thing for me in your office?"
        (.jobAsk, "+let|have me *1 do|work|help|come_in|cover|take *3 mornings|evenings|weekends|nights|afternoons|shifts|saturdays|sundays|the_early|the_late|the_weekend|the_night|the_morning"),
        (.jobAsk, "+room|space|spot|place on|in *2 your|ur|the *1 freelance|supply|relief|casual|bank|call? *1 list|lists|books|bank|register|waitlist"),
        (.jobAsk, "+waitlist|waiting_list|wait_list *6 i *2 could|can|might *1 get|go|sign|put"),
        (.jobAsk, "+thing|something|anything|work|bit|bits *1 for me *2 in|at|on|with your|ur"),
        // "is there anything open on your team, or coming up?", "would you be open to referring me
        // internally if I find a role?", "can I send you my reel so you can forward it to your
        // creative director?"
        (.jobAsk, "anything|something|any_roles|any_positions|any_spots|any_openings|any_jobs open|going|available|coming_up *3 on|in|at|with *1 your|ur *1 team|office|firm|company|side|department|studio|shop|kitchen|site|crew|practice|clinic|school|bank|agency|lab|ward|unit|desk|place"),
        (.jobAsk, "refer|referring|recommend|recommending me *2 internally|for_the|for_a|for_any|for_this|for_that|to_your_hiring|to_hr|to_your_team|if_i_apply|if_i_find|when_i_apply|once_i_apply"),
        (.jobAsk, "my reel|portfolio|cv|resume|showreel|details|application|book *8 forward|pass|show|send|share *3 to? *1 your|ur|the *2 creative|hiring|team|manager|director|boss|hr|recruiter|recruiting|partner|editor|lead"),
        (.jobAsk, "+you|u *2 can|could|might|want_to|would *1 try|trial me"),
        (.jobAsk, "+try me out|give_me_a_try|give_me_a_trial|take_me_on_trial|on_trial_for"),
        (.jobAsk, "+i would|could|will|can *3 do|sweep|make|answer|clean|fetch|carry|scrub *5 to get in|my_foot|a_foot|through_the_door|in_the_door"),
        (.jobAsk, "+i *2 could|can|would|will|happy_to *2 cover|fill_in|step_in *1 for *2 your|you|her|him|them|someone|anyone|a|the"),
        (.jobAsk, "+off_sick|on_leave|on_holiday|off_work|on_maternity *8 i *2 could|can|would|will *1 cover|fill_in|step_in"),
        (.jobAsk, "+whatever|anything|wherever *5 short_on|short_of|stuck_for"),
        (.jobAsk, "+stuck|short for|of *1 a|an|someone|somebody|hands|staff|cover *10 i_am_your|think_of_me|call_me|ring_me|give_me_a|i_am_free|i_am_available|i_can_start|i_could_start"),
        (.jobAsk, "+gap|slot|spot|space|room|opening *2 on|in the|your rota|roster|books"),
        (.jobAsk, "+put|get|add|have me on|onto|to the|your rota|roster|books"),
        (.jobAsk, "+for|on a trial *2 week|day|shift|month|period|one|two|basis"),
        (.jobAsk, "+i *3 can|could|would|will *6 for_free|unpaid|for_nothing|without_pay *4 weeks|months|show|prove"),
        (.jobAsk, "+if|as_long_as it *1 gets|get|helps_me_get me *1 into|in|a_foot|closer|through"),
        (.jobAsk, "+whatever|anything you|u *1 throw|chuck|toss|send|give at|to me|my_way"),
        (.jobAsk, "+could|can|may|might i *4 work|do a trial|trial_shift|trial_day|trial_run|trial_week"),
        (.jobAsk, "+second_man|extra_labourer|extra_laborer|one_more_hand|one_more_pair *10 ring_me|call_me|think_of_me|give_me_a_shout|shout_me|i_am_free|free_from|i_can_start|text_me|message_me|bell_me|i_am_available|available_from"),
        (.jobAsk, "+someone|somebody|anyone|me|hands|man|lad|body *1 on the tools"),
        (.jobAsk, "+could|can|would|might *1 you|your *2 team|office|firm|company|shop|crew|kitchen|lab? *1 use *2 someone|somebody|a_person *2 who|with|like"),
        (.jobAsk, "+maybe|perhaps *6 need|needs|could_use someone|somebody|an_extra|a_hand|people"),
        (.jobAsk, "+consider|considering|have|want *2 someone|somebody|people|anyone|a_person *2 like me|with_my"),
        (.jobAsk, "+you|u *1 have|got *1 anything|something *3 like_that|of_that_sort|similar|for_me *2 going|available|open|coming_up"),
        (.jobAsk, "+no_pay|without_pay|for_free|unpaid|for_nothing *2 fine|ok|okay|no_problem|no_worries|alright|cool|works_for_me"),
        (.jobAsk, "+do|make|a|doing stage|stagiaire|trail *2 in|at|with your|you"),
        (.jobAsk, "@i would|d *2 like|love *2 a|an ~job *1 here|with_you|with_your|at_your|on_your"),
        // Asks dressed as learning: "I'd like to learn about your openings for research associates".
        (.jobAsk, "~learn *2 about your ~job"),
        (.jobAsk, "~learn *2 about the ~job you|you_are *2 hiring|recruiting|have|filling"),
        // The learner's labour for the team's own work: "could I take the invoicing off your plate?",
        // "could I come in and prove it?", "be your Saturday person", "in case you can use me".
        (.jobAsk, "+prove it|myself|what_i_can_do|my_worth"),
        (.jobAsk, "+be your|ur *2 saturday|sunday|weekend|evening|go_to|regular|extra *1 person|girl|guy|helper|hand|translator|temp|for"),
        (.jobAsk, "+you|u *2 can|could *1 use me"),
        (.jobAsk, "+i *2 can|could work *3 in|at|for your|ur"),
        (.jobAsk, "+no|without pay|payment|salary *1 needed|required|necessary? *1 at_first|to_start|initially|for_now|to_begin_with"),
        (.jobAsk, "+give me *1 one|a|two *1 week|month|day|shift|go|chance"),
        (.jobAsk, "+can|could start|begin *1 tomorrow|monday|straight_away|right_away|immediately|next_week|asap"),
        (.jobAsk, "+take|taking *4 off you|u|your_plate|ur_plate|your_hands|ur_hands"),
        (.jobAsk, "+i *2 can|could|would *1 translate|interpret *3 for *1 your|you|ur ~clientele|team|office|firm|practice|clinic|shop"),
        (.jobAsk, "+need|needs|want *2 a|an translator|interpreter *4 ~clientele"),
        (.jobAsk, "+could|can|may|might|let i|me *2 come_in|pop_in|come_help|come_and_help|come_along *6 help|prove|do|work|pitch|muck|whatever|anything"),
        (.jobAsk, "+if|when|whenever|should *18 think_of_me|keep_me_in_mind|bear_me_in_mind"),
        (.jobAsk, "+offer|offered|offering|happy|glad|could|can|would to? *1 do *3 days|mornings|afternoons|evenings|hours|shifts *1 a|per week|month"),
        (.jobAsk, "+pair_of_hands|hand|hands|helper *3 on|at|in|behind the|your *1 front_desk|desk|reception|till|counter|bar|floor|workshop|studio|lab|kitchen|site|depot|warehouse|office|clinic|shop|ward"),
        (.jobAsk, "+whatever|anything *3 need|needs doing"),
        (.jobAsk, "+even just|only *1 washing|making|cleaning|sweeping|filing|answering|counting|fetching|photocopying|stacking|sorting"),
        (.jobAsk, "+use for *2 an|a? *1 extra|spare|another *1 pair_of_hands|hand|hands|person|helper"),
        (.jobAsk, "+any use for me"),
        // A freelancer's pitch: "if you ever outsource the illustration, I'd love to quote for it",
        // "I'd love to be on your books as a translator", "if u ever need someone to cover the
        // evening sessions", "could I do my final year project with you?".
        (.jobAsk, "+love|like|keen|happy|glad|want|chance *2 to *1 quote|tender|pitch_for|pitch_on|bid_for|bid_on|quote_for|quote_on"),
        (.jobAsk, "+be|get|put_me|have_me|add_me on your|ur|that|the_freelance|the_supplier|the_call books|list|roster|bench|panel|call_list|freelance_list|supplier_list"),
        (.jobAsk, "+outsource|outsources|farm_out|farms_out|contract_out|contracts_out *8 i *2 would|could|can|am *3 love|like|keen|happy|glad|take|do|quote|pitch"),
        (.jobAsk, "+need|needs *1 someone|somebody|anyone|a_person *1 to *1 cover|fill_in"),
        (.jobAsk, "+need|needs *1 cover *1 for|on|at|over|during"),
        // A place on their rota or staff list: "someone on the weekend reading room rota", "could I
        // be added to the list of casual staff you ring?"; a portfolio left "for when you are".
        (.jobAsk, "+someone|somebody|anyone|me|extra_hands *1 on|for *1 the|your|ur *4 rota|roster|bank_list|call_list"),
        (.jobAsk, "+i *1 be|get *1 added *2 to|on *1 the|your|ur *2 list|rota|roster|books|bank"),
        (.jobAsk, "+portfolio|cv|resume|details|name *4 for_when|in_case|for_if you|u|they *1 are|start|need|ever|open|reopen"),
        (.jobAsk, "+portfolio|cv|resume|details|name *4 in_case|for_when|for_if anything|something|a_role|a_job|a_spot|an_opening *2 comes|opens|pops|crops|frees"),
        (.jobAsk, "+do|doing|did_my *1 my|a|the *2 project|dissertation|placement|thesis|capstone *2 with|at|in *1 you|your|ur|the_team"),
        // Help with the team's clients is the team's own work: "if your team ever needs help with
        // Brazilian clients, I'd gladly pitch in", "I could help with your Polish-speaking patients".
        (.jobAsk, "+need|needs *2 help|a_hand|support|cover *1 with|for *6 ~clientele"),
        // "if your team has Polish clients, I can help with their audits".
        (.jobAsk, "+if *8 ~clientele *6 i *2 can|could|would|will *4 help|translate|interpret|cover|handle|support|assist|do"),
        (.jobAsk, "+i *4 help|translate|interpret|cover *1 with|for *1 your|ur *2 ~clientele"),
        // A role named for the learner: "if you ever need a sous chef for the catering, I'm your guy",
        // "if you're ever looking for a part-time bookkeeper", "any need for a bilingual support worker?".
        (.jobAsk, "+need|needs|looking_for|short_of|stuck_for *2 a|an|another|more|some|any? *2 ~staffrole"),
        // A gap in the team for the learner's role: "if there's ever a gap for a junior dev, I'd love a shot".
        (.jobAsk, "+if|ever|any|anything *3 gap|vacancy|opening|spot|slot|space for *1 a|an|another? *2 ~staffrole"),
        // Help offered on a condition of room: "I'd be over the moon to help on the dig next season if there's space."
        (.jobAsk, "+help|helping|work|working|join|come|volunteer|muck|pitch|start *12 if|when there_is|there_are *1 space|room|a_space|a_spot|a_place|capacity"),
        // "Could I be one of the people you interview?", "if the yard could use me".
        (.jobAsk, "+one of the *1 people|candidates|ones you|your *2 interview|hire|take|call|ring|bring"),
        (.jobAsk, "+could|can|might *1 use me"),
        // Their clients taken on: "if any of your clients need their bookkeeping done I could take them on".
        (.jobAsk, "+~clientele *10 i *2 could|can|would|will *1 take them|it on"),
        (.jobAsk, "+i *2 can|could|would *1 do|handle|take|cover|run|manage *4 for *1 your|ur *3 ~clientele"),
        // Onto their list: "Is the school's supply list something I could get myself onto?"
        (.jobAsk, "+get|put|add *1 myself|me *1 on|onto *3 list|lists|rota|roster|books|register|bank"),
        (.jobAsk, "+supply|casual|bank|relief list|lists|register|pool *6 i|me|myself *2 could|can|get|onto|on"),
        // "would you guys be open to a part time barista who's still at uni?"
        (.jobAsk, "+open_to|consider|considering taking_on|hiring|having|bringing_on? a|an *3 ~staffrole"),
        // "Will you let me know when the apprentice scheme opens again so I can apply?"
        (.jobAsk, "@so|so_that|and *1 i *1 can|could *1 apply"),
        // Whether their own office is hiring, asked: "Do you know if they're hiring in the Denver office right now?"
        (.jobAsk, "@know|wondering|wonder|whether|if *1 they|you|your_team|your_office|your_company|the_office|the_team *1 are|is ~hiring *5 office|team|branch|department|site|location|right_now|at_the_moment|currently"),
        (.jobAsk, "+need|needs|looking_for|short_of *2 a|an|another? *1 saturday|sunday|weekend|holiday|summer *1 girl|boy|lad|person|helper|worker|assistant|staff"),
        (.jobAsk, "+need|needs|want *1 a|an|another? *2 support_worker|care_worker|shop_assistant|sales_assistant|kitchen_porter|teaching_assistant"),
        (.jobAsk, "+i *2 can|could|would_be_up_for|am_up_for|would_love_to|would_be_happy_to|would_gladly *1 do|doing|help_with|take_on|handle *2 translation|translations|translating|interpreting|bookkeeping|admin|invoicing|data_entry|payroll|the_books|reception *3 for your|ur ~clientele|team|office|firm|practice|clinic|shop"),
        (.jobAsk, "+i *2 would_be_up_for|am_up_for|would_love_to|would_be_happy_to|would_gladly|could|can *1 do|doing|take_on|handle|run|look_after your|ur *1 invoicing|bookkeeping|books|admin|payroll|accounts|socials|social_media|reception|data_entry|rota|stock|inventory|deliveries"),
        (.jobAsk, "+make|making|fetch|do the? coffee|coffees|tea|teas|brews|photocopying|filing *6 if|to|just_to|in_return *3 learn|learning|meant|get|be_around|watch"),
        // referral_ask: names of, or introductions to, other people to talk to.
        (.referralAsk, "~people *6 i|we should|could|might|can|ought|must *2 ~talk"),
        // "Would you be comfortable passing my details to the head of the cath lab, just so I can ask her about the training?"
        (.referralAsk, "pass|passing|give|giving|share|sharing|forward|forwarding my details|number|email|contact|info *4 to *6 so i can|could ask|talk|speak|chat|learn|hear"),
        (.referralAsk, "~gatekeeper|headhunter|headhunters *4 i|we should|could|might|can *2 ~talk"),
        // "Anyone at the paper who'd humour a nosy nurse?", "whose brain should I pick next?"
        (.referralAsk, "~people *8 humour|humor|indulge|entertain|tolerate *1 me|a|an|my|some"),
        (.referralAsk, "~people|whose *4 ear|brain|brains *4 bend|pick|borrow"),
        (.referralAsk, "cc|copy|loop|include me *1 in|into|on *3 email|thread|message|chain *3 with|to"),
        // The learner's details passed to a person to talk to, a word put in first, a person's time
        // asked for: "would you be comfortable passing my email along to the curator you mentioned?",
        // "could you give her a heads-up first?", "would your friend at the Met Office have 15 minutes
        // for me?", "do u know one who might be up for it", "anyone at the union who'd talk me through…".
        (.referralAsk, "pass|passing|forward|forwarding|share|sharing|send|sending my *1 email|message|details|linkedin|number|contact|info|note *3 to|with|along_to|on_to"),
        (.referralAsk, "give|giving|send|sending|drop|dropping *1 a *1 quick|short? *1 heads|heads_up|word"),
        (.referralAsk, "would|might be open|up|happy|willing to|for *3 call|chat|coffee|conversation|talk *1 with me"),
        (.referralAsk, "name|names|contact|contacts|email|number|details of *2 the|your|that|this *2 ~people|recruiter|person|guy|woman|man|lady|friend|colleague"),
        (.referralAsk, "your|ur friend|colleague|manager|mentor|contact|partner|boss|wife|husband|sister|brother *6 would|might|could *1 have|spare|be_up_for|be_open_to|mind *4 minutes|time|chat|call|coffee|me"),
        (.referralAsk, "you|u know *1 one|any|anyone|someone|somebody *2 who|that *4 up_for|open_to|willing|happy|talk|chat"),
        (.referralAsk, "if|is_there|are_there|know|any *4 anyone|someone|somebody|people *6 who|that *1 would|might|could|d *1 talk|chat|speak|be_up_for|be_open|be_happy|be_willing|have_time"),
        (.referralAsk, "~people *8 i|me *2 should|could|ought|might|must|have_to|need_to|got_to *1 buy|grab|get|take|treat|have *3 coffee|lunch|drink|drinks|beer|tea|a_coffee|a_drink|out"),
        (.referralAsk, "~people *2 else *4 ~talk|recommend|suggest|worth|think|know|point"),
        (.referralAsk, "~people i|we *1 really|absolutely|definitely? *1 must|should|need_to|ought_to|have_to *1 meet|know|contact|follow|talk_to|speak_to|get_to_know"),
        (.referralAsk, "someone|anyone|anybody|somebody|people you *1 would|d? *1 trust|rate *3 to? *1 give|tell|talk|show|explain"),
        (.referralAsk, "~people *3 you|would *2 recommend|suggest|point|know *4 ~talk|to|who|that|i"),
        (.referralAsk, "~people *4 worth *3 ~talk|contacting|meeting|speaking|chatting|reaching"),
        (.referralAsk, "who else"),
        (.referralAsk, "you *1 think|reckon|recommend|suggest|would_suggest i|me *1 should|could|ought_to|might|to talk|speak|chat|reach|contact|meet|connect"),
        (.referralAsk, "anyone|anybody|someone|somebody|people|folks else? *3 in|from your *1 rolodex|network|circle|contacts|orbit|world"),
        (.referralAsk, "~people else? *6 i *2 should|could|might|ought *2 be? *1 bugging|bother|bothering|pester|pestering|hit_up|hitting_up|ping|pinging|buy_a_coffee|grab_coffee_with"),
        (.referralAsk, "who *3 should|could|would|might i *2 ~talk|ask|contact|approach|email"),
        // "Who on the hiring side could tell me what they screen for?"
        (.referralAsk, "who *4 could|might|would|can *1 tell|show|explain|walk *1 me|us"),
        (.referralAsk, "introduce|connect|put *2 me|us *3 to|with *2 ~people|a|your|any|other|someone"),
        (.referralAsk, "introduce *2 me"),
        (.referralAsk, "connect me to|with"),
        (.referralAsk, "put me in touch"),
        // Whether someone named would hear from the learner: "Do you think she'd mind if I wrote to
        // her?", "Would she be willing to tell me how she did it?", "The recruiter you mentioned —
        // could I talk to her about how they screen?", "Any chance you could put us in touch?"
        (.referralAsk, "she|he|they *2 would|might *1 mind *2 if i *2 wrote|write|emailed|email|messaged|message|contacted|contact|called|call|reached|reach|got_in_touch|asked"),
        // The person named rather than a pronoun: "Do you think Ayesha would mind if I messaged her?"
        (.referralAsk, "think *3 would|might *1 mind *2 if i *2 wrote|write|emailed|email|messaged|message|contacted|contact|called|call|reached|reach|dmed|pinged *1 to? *1 her|him|them"),
        (.referralAsk, "would|might|could she|he|they *1 be *1 willing|open|happy|up_for|keen|able *2 to *1 tell|walk|talk|show|share|explain *2 me|us"),
        // Someone on their side for the learner to hear from: "Is there a junior analyst on your
        // team who might be up for telling me what the training was like?"
        (.referralAsk, "is_there|are_there|anyone|someone|somebody *6 who|that *2 be *1 willing|open|happy|up_for|keen *2 to? *1 telling|tell|walking|talking|showing|explaining *1 me|us"),
        (.referralAsk, "could|can|may i *1 talk|speak|chat|reach_out *2 to|with *1 her|him|them *4 about|how|what"),
        (.referralAsk, "could|would|can you *2 put|get us *1 in touch"),
        (.referralAsk, "share|give_me|pass_me|send_me|pass_on|pass_along her|his|their email|number|contact|details|linkedin"),
        (.referralAsk, "names|contacts|name of|in|at *3 ~people|someone|anyone|others|you"),
        (.referralAsk, "point|send|direct *2 me *2 to|toward|towards *2 ~people|someone|anyone"),
        (.referralAsk, "mention|use|drop your name"),
        (.referralAsk, "anyone|someone|people *3 in your network"),
        (.referralAsk, "know|recommend anyone|anybody|someone|somebody|people|others"),
        (.referralAsk, "know *1 other|others|some|any|more *3 i *2 could|should|might|can *2 ~talk|ask|contact|email|reach|meet"),
        (.referralAsk, "other people|professionals|folks|experts|researchers|nurses|engineers *4 i|to ~talk"),
        (.referralAsk, "who *5 best|right|good|great|ideal person|people|one *3 ~talk|ask|contact|to"),
        (.referralAsk, "whose brain|brains|ear|ears|door|doors|perspective|perspectives|number|inbox"),
        (.referralAsk, "introducing|introduce *2 me|us"),
        (.referralAsk, "make|making|do|doing the|an|that|a_quick *1 intro|introduction|introductions|intros"),
        // "Would Rachel be open to hearing from me?": someone else to talk to.
        (.referralAsk, "would|might *1 be open|happy|willing|ok|okay|keen *2 to|for? *1 hearing|hear|chatting|chat|talking|speaking|meeting *2 from|with|to me"),
        // "Which of your old classmates would be good to talk to?"
        (.referralAsk, "which|who|any of your *3 would|might|could be good|worth|useful|great|best *3 ~talk"),
        // "Is there someone at the hospital you'd feel ok passing my email along to?"
        (.referralAsk, "someone|somebody|anyone|anybody|people *8 pass|passing|forward|forwarding|share|sharing my *1 email|details|number|contact|info *2 along|on|to"),
        (.referralAsk, "introduction|intro|intros *1 to|with"),
        (.referralAsk, "~people|colleague|colleagues|teammates|alumni|former *6 i|we could|can|should|might|would *3 ~talk|reach|contact|meet|chat"),
        (.referralAsk, "putting|put|get|getting me in touch"),
        (.referralAsk, "suggest|recommend *2 i|me *2 speak|talk|reach|contact|meet|chat"),
        (.referralAsk, "worth *2 talking|speaking|meeting|contacting|reaching|chatting"),
        (.referralAsk, "a name|names|contact|contacts"),
        (.referralAsk, "point me toward|towards|to|at *4 ~people|someone"),
        (.referralAsk, "which of your *3 colleagues|teammates|contacts|friends|peers"),
        (.referralAsk, "know any|anyone|anybody|someone|somebody *6 who|that|from|in|at"),
        (.referralAsk, "up for a chat|call|coffee"),
        (.referralAsk, "who *3 would|should you|i *2 ~talk|contact|reach|meet"),
        (.referralAsk, "introduce|connect us"),
        (.referralAsk, "contact|contacts|details|email *2 of|for *2 someone|anyone|people|others"),
        (.referralAsk, "who|anyone|someone *2 else? *3 would|might|could be *3 worth|good|helpful|useful|great *3 to|for *3 ~talk|speak|reach|meet"),
        (.referralAsk, "any|other people|folks|contacts|names *3 you *3 think|would|could|might|know"),
        (.referralAsk, "recommend|suggest anyone|someone|people|a_person|a_colleague|others"),
        (.referralAsk, "willing|open|happy|able *3 to? *2 introduce|connect|put_me_in_touch"),
        (.referralAsk, "pass|share|give|send *2 me|along *2 their|his|her|someones|a *2 contact|email|details|name|number"),
        (.referralAsk, "think of anyone|someone|people|anybody"),
        (.referralAsk, "friends|colleagues|contacts|people of yours|you_know"),
        (.referralAsk, "who do|would you know|suggest|recommend"),
        (.referralAsk, "anyone|someone|people *3 i could|should|might *2 shadow|interview|email|ask|message"),
        (.referralAsk, "have *2 any|some contacts|connections"),
        (.referralAsk, "connecting|introducing *2 me|us *3 with|to"),
        (.referralAsk, "colleague|colleagues|friend|friends|contacts of yours"),
        (.referralAsk, "~people *4 willing|open|happy|able|keen|up *3 to|for *2 ~talk|chat|meet|call|coffee"),
        (.referralAsk, "~people *3 you *2 point|send|direct|steer *2 me"),
        (.referralAsk, "other people|professionals|folks|experts|contacts|colleagues *4 i|to *3 ~talk"),
        (.referralAsk, "~people *2 else *6 ~talk|chat|chatting|talking|speaking|willing|open"),
        (.referralAsk, "names|anyone|anybody|someone|somebody|people|folks *2 come|spring|springs|comes *2 to mind"),
        (.referralAsk, "anyone|anybody|someone|somebody|people|folks|others *2 you *1 would|could|might|can *1 suggest|recommend|point|think_of"),
        (.referralAsk, "recommend|suggest *3 people|folks|colleagues|contacts|names|others|individuals|professionals"),
        (.referralAsk, "share|sharing|pass|passing *3 a? contact|contacts|name|names"),
        (.referralAsk, "connect|talk|speak|chat|meet *2 with|to whoever|whomever"),
        (.referralAsk, "she|he|they *3 be *1 up|open|willing|keen *2 for|to *3 a? *1 conversation|chat|call|talk|coffee|talking|chatting"),
        // Leave to write to someone they named: "Do you think Renata would be okay if I send her an email?"
        (.referralAsk, "okay|ok|alright|all_right|fine|mind|happy *3 if_i|me *1 send|sent|drop|dropped|shoot|shot *1 her|him|them *1 a|an *1 quick? *1 email|message|line|note|text"),
        // Whether someone they named would talk to the learner: "You think she will talk to me also?"
        (.referralAsk, "think|reckon|suppose *1 she|he *1 would|will|might|could *1 talk|speak|chat *1 to|with me"),
        (.referralAsk, "refer|point *2 me to *1 someone|somebody|anyone|people|colleagues|folks|a_colleague|a_person"),
        (.referralAsk, "reach|reached|reaching|contact|contacted|email|emailed|message|write *2 out? *1 to? *2 the|your|that|this|her|his *1 colleague|director|manager|friend|person|contact|mentor|professor|recruiter|lead|former|old *4 you *1 mentioned|named|suggested|recommended"),
        (.referralAsk, "pointed|point|steer|steered|direct|directed *3 toward|towards|to|at *3 other|others|folks|people|someone|anyone"),
        // follow_up: plans later contact.
        (.followUp, "i *3 ~sendverb *1 it|them|this|that|those|these over? *1 to you"),
        (.followUp, "stay|keep|remain *2 in touch|contact"),
        (.followUp, "letting|let|tell|telling you know? how *5 goes|went|turns_out|works_out|pans_out"),
        // Leave to contact someone they named: "Would your friend at the dance company be alright with
        // me getting in touch?", "would she be open to me emailing her?"
        (.referralAsk, "open|okay|ok|alright|all_right|fine|happy|mind *3 me|if_i *1 emailing|contacting|messaging|writing_to|calling|reaching_out_to|emailed|contacted|messaged|wrote_to|called|reached_out_to|email|contact|message|write_to|call|reach_out_to *1 her|him|them"),
        (.referralAsk, "your friend|colleague|contact|mentor|manager|old_boss *8 open|okay|ok|alright|all_right|fine|happy|mind *3 me|if_i *1 emailing|contacting|messaging|writing|calling|reaching|getting *2 in_touch|out|her|him|them"),
        (.followUp, "should|shall|can|do_you_want *4 go|send|come *2 to your *2 email|inbox|address"),
        (.followUp, "find|catch|see you there|then unless see_you_then_bye"),
        // A polite request in the past tense: "if I emailed you in a month to show you how it went?"
        (.followUp, "if i *1 emailed|messaged|wrote|reached|contacted|called|texted|pinged|dropped|sent|followed|checked|circled|got_back *3 you|up|out|back|in|a_line|a_note"),
        (.followUp, "add|adding|added|follow|following you on|to linkedin|twitter|instagram|x|bluesky"),
        (.followUp, "first to hear|know"),
        (.followUp, "keep|kept|keeping *2 you *2 posted|updated|informed|in"),
        (.followUp, "share|send|forward|pass *4 with|to you *3 once|when|after|as_soon"),
        (.followUp, "grab|get|have|buy_you *1 a|some? *1 coffee|drink|drinks|lunch|beer|bite|coffees *4 next_time|sometime|some_time|soon|when|if|once|one_day"),
        (.followUp, "speak|talk|chat|catch_up to|with you *1 after|once|when|next|at|in|again"),
        (.followUp, "touch base"),
        (.followUp, "follow up|through"),
        (.followUp, "~contactverb *3 you|out|back *4 ~later|if|when|once|after|with|next|in|as"),
        (.followUp, "~contactverb *2 you *2 a|if|when|again"),
        // Meeting again in person: "I'll see you at the guild meeting on the 14th, I'll come over and
        // say hi", "I'll find you at your booth".
        (.followUp, "i will *1 see|catch|find|look_for|look_out_for|come_and_find you *1 at|there"),
        (.followUp, "i will *2 come|pop|swing|stop *1 over|by|round *1 and? *1 say_hi|say_hello"),
        // Writing later without a "you": "I'll write once my transfer is sorted."
        (.followUp, "i will *1 write|email|text|message *1 again? *1 once|when|after|as_soon_as"),
        // Where to send what was promised: "Should I email the notes to your work address?"
        (.followUp, "should|shall i *1 email|send|forward|mail *4 to your *3 address|email|inbox"),
        // "I reached out to get advice" and "I'm reaching out to people in a few roles" tell how
        // this conversation came about; later contact is a reach out to come.
        (.followUp, "reach out *3 again|later|if|with|in|after"),
        (.followUp, "reached|reaching out *3 again|later"),
        (.followUp, "be reaching out *3 in|with|after|if|once|when|soon"),
        // A past tense asks only after "if": "would it be all right if I emailed you", not "ok so I
        // wrote a memo for my seminar".
        (.followUp, "can|could|may|would|mind|okay|ok|alright|right|fine *5 i|if *3 ~contactverb"),
        (.followUp, "can|could|may|would|mind|okay|ok|alright|right|fine *5 if *1 i? *3 reached|emailed|messaged|contacted|wrote"),
        (.followUp, "thank|thanks you? note|email|card|message|letter"),
        (.followUp, "~sendverb *3 you *3 a|my|the|that|it|over|what|some|an|those|this|link|notes|article|copy|summary|update|note"),
        (.followUp, "~sendverb *2 it|that|them|something|those|some|one|a *3 your_way|over|along"),
        (.followUp, "let you know|hear"),
        (.followUp, "report back"),
        (.followUp, "update you|updates"),
        (.followUp, "tell you how *3 goes|went"),
        (.followUp, "tell|update|let_you_know you? *1 how i *1 get|got|getting|am_getting *1 on"),
        (.followUp, "connect|connected|connecting|add|added|follow|followed|find *3 linkedin"),
        (.followUp, "linkedin *2 connect|request|invite|connection"),
        (.followUp, "add|connect|follow *2 you *2 on"),
        (.followUp, "be in touch"),
        (.followUp, "check in *3 again|later|in|after|with you"),
        (.followUp, "circle back"),
        (.followUp, "hear how *3 goes"),
        (.followUp, "talk|chat|speak again"),
        // "pick your brain some more", not "just to pick your brain, nothing more".
        (.followUp, "pick your brain|brains *1 again|another|sometime|later"),
        (.followUp, "pick your brain|brains more|some_more|a_bit_more|a_little_more"),
        (.followUp, "get back to you"),
        (.followUp, "are|is you|your *1 on linkedin|twitter|bluesky"),
        (.followUp, "keep up with *3 you|your"),
        (.followUp, "second|another|follow_up|future conversation|chat|call|coffee"),
        (.followUp, "pick|picking this|it *1 up *2 another|again|later|sometime|next"),
        (.followUp, "dm|message|text|email|ping you *4 a|my|the|when|once|after|later|some"),
        (.followUp, "send|sending|sent *4 connection|linkedin *1 request|invite|invitation"),
        (.followUp, "connection|request|invite|invitation *3 on? linkedin"),
        (.followUp, "~sendverb *3 a|an|my|some *1 quick|short|brief? *1 update|note|email|line|message|summary"),
        (.followUp, "coffee|call|chat|meet|catch_up *3 again|sometime|another_time"),
        (.followUp, "followed up|through"),
        (.followUp, "following up *2 with_you|again|later|in|after|by"),
        (.followUp, "card|email|number|address *4 i could|can|might reach|contact|email|find you"),
        (.followUp, "drop you *2 a|an line|note|email|message"),
        (.followUp, "write to you"),
        (.followUp, "bother you *2 again|later|with"),
        (.followUp, "checked|check|checking back|in *3 with|in|after|once|later|again"),
        (.followUp, "send|sending|sent over|along *3 a|the|my|some|that|what"),
        (.followUp, "i will|i_would|i_can|i_am_going|i_plan|i_could|ill *4 send|drop|email|write|forward|share|shoot *4 note|email|message|summary|update|link|article|notes|copy|results|line|thank|script|list|photos|it|them"),
        (.followUp, "keeping|staying in touch"),
        (.followUp, "keep|stay *2 you|in the? loop|updated|posted|connected"),
        (.followUp, "look|looking forward to *2 hearing|staying|keeping|talking|speaking|seeing|connecting|catching"),
        (.followUp, "best|right|good|easiest way to *2 reach|contact|get_in_touch|stay_in_touch|follow_up|keep_in_touch|email"),
        (.followUp, "your email|number|address|contact *2 address|details|info"),
        (.followUp, "keep the *2 conversation|connection|dialogue going"),
        (.followUp, "come|get back to you"),
        (.followUp, "chatting|talking|speaking|meeting|catching_up|chat|catch_up *2 again|sometime|later|in_a_few_weeks|in_a_few_months|in_a_couple|down_the"),
        // time_ack: acknowledges the time frame or their time.
        (.timeAck, "i|we know|realize|am|are|understand *3 only have|got *3 ~timeunit|time"),
        (.timeAck, "i|we have|i_have|we_have|i_am|we_are *1 gone|went|going|run|ran|running way|a_bit|a_little|slightly|well? over"),
        (.timeAck, "you|we *2 only|just|have|got *3 ~number? ~number? ~timeunit"),
        (.timeAck, "~number ~timeunit *3 we|you agreed|set|booked|have|had|scheduled|said|planned|asked|gave|promised"),
        (.timeAck, "respectful|mindful|conscious|aware|respect|careful|protective *3 of your|the time|schedule|day|calendar"),
        (.timeAck, "respect|value|eat|take|taking|use|using|keeping|keep|waste|wasting|steal *4 your|much time|schedule"),
        (.timeAck, "i know|realize|understand|appreciate|see *4 busy|schedule|calendar|time|slammed|swamped"),
        (.timeAck, "busy|packed|full *2 schedule|day|calendar|week"),
        (.timeAck, "you are *2 busy|slammed|swamped|booked"),
        (.timeAck, "we_are|you_are|i_am|it_is|we|looks *2 at|over|near|past|nearly|almost|close|up *2 time|the_hour|our_time|the_end|the_half|our_limit|the_limit|~timeunit"),
        (.timeAck, "time is|was up|nearly|almost|short|running|flying|flies|tight|over"),
        (.timeAck, "out_of|short_on|low_on|tight_on time"),
        (.timeAck, "running|ran|run over|long|late"),
        (.timeAck, "go|going|gone|went over|past *2 time|the_hour|our_time|~timeunit|a_bit|a_little|slightly|by"),
        (.timeAck, "hit|reached|used *2 our|the|your *2 ~timeunit|time|limit"),
        (.timeAck, "ok|okay|fine|good|alright|free|enough|have|got *3 ~number? ~timeunit|time *2 more|left|to|extra|for"),
        (.timeAck, "more ~timeunit|time"),
        (.timeAck, "still *2 have|got *2 time|a_minute|a_moment|~timeunit"),
        (.timeAck, "keep|stay *2 going|on *3 or|if|ok|okay"),
        (.timeAck, "already *2 half|quarter|past|almost|nearly|~timeunit|time|over"),
        (.timeAck, "~timeunit left|remaining"),
        (.timeAck, "for|in *2 ~number ~number? ~timeunit"),
        (.timeAck, "squeeze|squeezing|squeezed|fit|fitting|carving|carve|carved *3 time|a_slot"),
        (.timeAck, "squeeze|squeezing|squeezed|fit|fitting|fitted me|us|this|a_call|a_chat *1 in|into"),
        (.timeAck, "making|make|finding|find|found|made|taking|took *2 time|the_time"),
        (.timeAck, "between *2 meetings|calls|shifts|patients|classes|surgeries|visits|lectures|appointments|sessions|flights|jobs|sites"),
        (.timeAck, "on|during your *2 lunch|break|friday|day_off|weekend"),
        (.timeAck, "how|where are we on|for time"),
        (.timeAck, "keep|keeping *2 an? eye on the? clock|time"),
        (.timeAck, "watch|watching the? clock|time"),
        (.timeAck, "time check"),
        (.timeAck, "we_are|we|i_am|it_is|running *3 over|past|behind"),
        (.timeAck, "take|taking|eat|eating|use|using|steal|stealing *3 too_much|into|up *3 your *1 ~limit|afternoon|evening|morning|day|lunch|break"),
        (.timeAck, "taken|kept|keeping you *3 enough|longer|long|too|late|over|past|beyond"),
        (.timeAck, "staying|stay|stayed on|late|over|behind *3 to|for|talk|with"),
        (.timeAck, "taken|had *2 enough|plenty *2 of your"),
        (.timeAck, "still *3 ok|okay|good|fine|alright *2 time|for_time|on_time"),
        (.timeAck, "ok|okay|good|fine|alright for|on time"),
        (.timeAck, "still *2 a_good|good *1 time"),
        (.timeAck, "during|on|into|of|from|giving_up|give_up|gave_up your *2 lunch|break|evening|morning|afternoon|weekend|day_off"),
        (.timeAck, "giving_up|give_up|gave_up|sacrificing|sacrificed your *2 saturday|sunday|friday|monday|tuesday|wednesday|thursday|night|holiday|lunchtime|time"),
        (.timeAck, "hectic|busy|crazy|packed|full|long *2 week|day|schedule|month"),
        (.timeAck, "hard stop"),
        (.timeAck, "conscious|mindful|aware|respectful of time"),
        (.timeAck, "it_is|its|getting nearly|almost|past|already|gone|after *1 one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|noon|midnight|1|2|3|4|5|6|7|8|9|10|11|12"),
        (.timeAck, "it_is|its|getting *1 late|early *2 where|for_you|there|your|over"),
        (.timeAck, "on|at|by the hour|half_hour"),
        (.timeAck, "how long do|have|did you|we have|got|get today|now|left|for_this|for_me|with_me|this|free"),
        (.timeAck, "conscious|mindful|aware *3 it_is|it_was *2 nearly|almost|past|already|getting"),
        (.timeAck, "thank|thanks|thankyou|appreciate|grateful|cheers|merci|thx|ty|tysm|gracias|danke *4 your|the time"),
        (.timeAck, "generous with your time"),
        (.timeAck, "hogging|hog|monopolizing|monopolising you|your"),
        (.timeAck, "overstay|overstaying|outstay *2 welcome"),
        (.timeAck, "how much|long *1 longer|more_time|time *3 you|we *1 have|got|available|free|left"),
        (.timeAck, "have|go|got|keep_going|run|stay until|till|til *2 about? *1 the? half|quarter|top|noon|one|two|three|four|five|ten|eleven|twelve|1|2|3|4|5|6|7|8|9|10|11|12"),
        (.timeAck, "before your|the *2 next? *1 meeting|shift|call|flight|appointment|class|clinic|train|deadline|pickup|commute|rounds|lecture|surgery"),
        (.timeAck, "for your *2 next? *1 meeting|shift|call|flight|appointment|class|clinic|train|deadline|pickup|commute|rounds|lecture|surgery"),
        (.timeAck, "for the next meeting|shift|call|flight|appointment|class|clinic|train|lecture|surgery"),
        (.timeAck, "make|catch|get_to|get_back_to your *2 flight|train|meeting|call|shift|appointment|class|next"),
        (.timeAck, "keep|keeping this|it|things|us *1 to|under|within *3 ~timeunit|question|questions"),
        (.timeAck, "cut me off"),
        (.timeAck, "we_are|we|running|run|go|going|went|keep_you|keeping_you *2 into|in overtime"),
        (.timeAck, "got|have|need to be back *2 on|at|in|by|soon"),
        (.timeAck, "clock *2 ticking|running"),
        (.timeAck, "i will|i_will|i_can|let_me be *2 quick|brief"),
        (.timeAck, "longer than *3 planned|agreed|expected|scheduled|promised|said"),
        (.timeAck, "reschedule|rescheduling"),
        (.timeAck, "keep *2 it|this|things short|brief|quick|tight"),
        (.timeAck, "your|a next|another *2 meeting|call|appointment|commitment"),
        (.timeAck, "past|over our|the *2 slot|time|hour|half_hour|minutes|agreed"),
        (.timeAck, "top|end of the hour"),
        (.timeAck, "is now|this *2 a good|an_ok|an_okay|still_a time"),
        (.timeAck, "in|within the *2 time|minutes *2 we|you have|got|agreed|left"),
        (.timeAck, "not want to *2 go|run|keep_you over|long|past|late"),
        (.timeAck, "need|have|got to run|go|leave|head|jump|hop *1 soon|now|off|at|in"),
        // The learner's own later departure, announced: "heads up, I have to leave at 3:30".
        (.timeAck, ",i *3 have_to|got_to|need_to|must *2 run|go|leave|head|jump|drop|dash|hop|rush|log|sign *6 in|at|by|around|before|until|till ~clock"),
        (.timeAck, ",i *3 have_to|got_to|need_to|must *2 run|go|leave|head|jump|drop|dash|hop|rush|log|sign *4 in a_bit|a_while|a_few|a_couple|a_minute|an_hour|half|like|about|around|under"),
        (.timeAck, ",i *3 have_to|got_to|need_to|must *2 run|go|leave|head|jump|drop|dash|hop|rush|log|sign *4 in ~number *1 ~timeunit"),
        (.timeAck, ",i *3 have_to|got_to|need_to|must *2 run|go|leave|head|jump|drop|dash|hop|rush|log|sign *4 early|soon|soonish|shortly|at_some_point|for_a_minute|for_a_sec|for_a_moment|for_a_second"),
        (.timeAck, "time *3 we|you *2 have|got *2 left|remaining|still"),
        // wrap_up: moves to close the conversation.
        (.wrapUp, "let you go|get|run|be|return|head|off"),
        (.wrapUp, "not|never *2 keep|hold you *2 any|longer|further|up"),
        // "Okay, I don't keep you more."
        (.wrapUp, "not|never *2 keep|hold you more|anymore"),
        (.wrapUp, "will|shall not keep|hold|detain you"),
        (.wrapUp, "do not want to keep|hold you"),
        // Taking no more of their time closes; not taking too much ("I don't want to take up too
        // much of your time") only minds the time.
        (.wrapUp, "do not want|wanna to eat|take|cut *1 into|more|any? *2 your|of"),
        (.wrapUp, "do not want|wanna to take|keep *1 up? *1 any? *1 more|longer of? *1 your|you"),
        (.wrapUp, "do_not|will_not|shall_not|cannot take|keep any? more|longer of? *1 your time|you"),
        (.wrapUp, "that is|was|were|are all *2 my|the|i|of|from|for"),
        (.wrapUp, "that|this *2 covers|answered|answers *2 everything|all|it_all"),
        (.wrapUp, "those are|were all *2 my|the questions"),
        (.wrapUp, "that is|was it *2 from|for me|my|today"),
        (.wrapUp, "that is everything|all|about_it"),
        (.wrapUp, "i have|got|think *3 everything|all *3 need|needed|wanted|came|for"),
        (.wrapUp, "no more|other|further questions"),
        (.wrapUp, "out of questions"),
        (.wrapUp, "should|shall|can|let_us|we_can|i_will|i_should|we_should|i_can|we_could *2 stop|end|finish|close|leave|call|wrap *2 there|here|now|up|it|things|for|today"),
        (.wrapUp, "wrap|wrapping|winding|wind *2 up|down|things|this"),
        (.wrapUp, "good|great|natural place|point|spot|time to *2 stop|end|wrap|leave"),
        // A farewell, whatever the day holds: "Hope to cross paths again - have a good site walk!"
        (.wrapUp, "have|enjoy a|an|the|your *2 good|great|nice|lovely|wonderful|fantastic|rest|productive|fun|safe|brilliant|relaxing *2 ~closing|flight|shift|meeting|walk|visit|class|lecture|one|session|lunch|dinner"),
        (.wrapUp, "have a|an good|great|nice|lovely|wonderful one"),
        (.wrapUp, "enjoy the rest"),
        (.wrapUp, "bye|goodbye|byebye|farewell|cya|ttyl"),
        (.wrapUp, "talk|speak|see you *2 soon|later|around"),
        (.wrapUp, "take care"),
        (.wrapUp, "signing|sign|hopping|hop|head|heading|jump|jumping *2 off"),
        (.wrapUp, "until next time"),
        (.wrapUp, "that|this was|is my last|final question"),
        (.wrapUp, "not have *2 any more|other|further questions"),
        (.wrapUp, "that *2 does it|about_does_it"),
        (.wrapUp, "let you crack|carry|get_on|go_on|rest|sleep|relax|eat|recharge|unwind|enjoy|grab|have_your"),
        (.wrapUp, "want|like to stop|end|wrap|finish|leave_it *1 there|here|now|up|it"),
        (.wrapUp, "leave you to|be|there"),
        (.wrapUp, "get going|going_now"),
        (.wrapUp, "nice|great|lovely|good|wonderful|pleasure *2 talking|chatting|speaking|meeting *2 to|with you"),
        (.wrapUp, "it was|it_has_been|been *2 a? pleasure|great|lovely|nice|good|wonderful *2 talking|chatting|speaking|meeting"),
        (.wrapUp, "that_is_it|that_is_all|all_good|all_set|nothing_else|nothing_more *2 from|on my end|side"),
        (.wrapUp, "nothing else|more|further *2 from|on|i"),
        (.wrapUp, "all|pretty set|good *2 from|on my"),
        (.wrapUp, "i_think_i_am|i_think_that_is|i_think_we_are|i_think_i_have done|finished|good|all_set|set|covered"),
        (.wrapUp, "wraps it|things|us|everything up"),
        (.wrapUp, "not|no *3 take|taking *2 up? *2 any more|much_more|longer|further|more"),
        (.wrapUp, "asked|covered|gone_through|got_through all|everything *2 my|i *1 was? *1 questions|wanted|had|needed|planning|planned|meant|hoped|came|intended|wanting|hoping"),
        (.wrapUp, "ok|okay|alright|fine|right|good *2 if we|i *1 end|stop|finish|wrap|leave_it|call_it *2 here|there|now|up|it|things"),
        (.wrapUp, "not|stop *2 eat|eating|take|taking|keep|keeping *2 into|up? *1 your *2 lunch|afternoon|evening|day|time|break *2 any|anymore|longer"),
        (.wrapUp, "stop|quit hogging|bothering|pestering|keeping you"),
        (.wrapUp, "kept you *2 long_enough|enough|plenty"),
        (.wrapUp, "leave|stop|end it|things|this *1 there|here"),
        (.wrapUp, "i_think|i_guess|ok|okay|so|well *3 we_are|i_am about|pretty|basically|all|just? done|finished"),
        (.wrapUp, "that is me done|finished|sorted"),
        (.wrapUp, "wish you a|an *2 good|great|nice|lovely|pleasant|wonderful|restful *1 ~closing"),
        (.wrapUp, "all the best"),
        (.wrapUp, "goodnight|good_night"),
        (.wrapUp, "out of your hair"),
        (.wrapUp, "cut|cutting this|it|things short"),
        (.wrapUp, "conclude|concludes|concluding *2 here|there|my|our|the|things|this|now"),
        // "That was my question, is it something people learn…?" only says which question it was.
        (.wrapUp, "those|that were|are|was *1 all? *1 my|the *1 questions|last_question|final_question|only_question|last_one"),
        (.wrapUp, "those|that were|are|was all *1 my|the *1 question"),
        (.wrapUp, "end|ending|finish|finishing|leave|leaving_it on *2 that|this|a *1 note"),
        (.wrapUp, "that is|was *2 all *1 i *1 had|have|got|wanted"),
        (.wrapUp, "wish you *1 the? *1 best|luck|well|all_the_best"),
        (.wrapUp, "good_luck|best_of_luck|all_the_best_with|break_a_leg"),
        (.wrapUp, "rush|dash|run|head|hop *1 off"),
        (.wrapUp, "got|gotta|have to run|go|dash|jump|head|bounce *1 to|now|sorry|but|for"),
        (.wrapUp, "i *1 have|got|need|must to run|go|leave|head|jump|drop|dash|hop|rush|sprint|scoot|bolt|zoom"),
        (.wrapUp, "i *1 must dash|run|fly|scoot|go|leave|dash_off|run_off|head_off|log_off|sign_off|hop_off|jump_off|head_out"),
        (.wrapUp, "i *1 have|got|need|must to log|sign off|out"),
        (.wrapUp, "i really|actually|just|truly|definitely|honestly|seriously do have|need to run|go|leave|head|jump|dash|hop"),
        // "Gotta go, my lab starts soon." ("gotta" is read as "got to")
        (.wrapUp, "got to go|run|dash|bounce|split|jet|scoot"),
        (.wrapUp, "i have|have_really|really *1 got to go|run|leave|head|dash"),
        (.wrapUp, "need|needs|have|got to leave|go|run|head|dash *3 now|unfortunately|unfortunatly|for_work|for_class|for_my_shift"),
        (.wrapUp, "let me|i_will|i_should|i_had_better stop|leave_it there"),
        (.wrapUp, "i would|had|should|must|need_to|have_to|got_to better? *1 get|head|go back to work|my_desk|the_office|my_shift|the_lab|class|my_patients|the_ward|the_kitchen"),
        // Back to the learner's own post: "Right, I'd better get back on the pass before chef kills me."
        (.wrapUp, "i would|had|should|must|need_to|have_to|got_to better? *1 get|head|go back on|onto the|my pass|floor|line|shop_floor|till|counter|tills|ward|site|tools|road|clock"),
        (.wrapUp, "so|and|then i will just say thank_you|thanks|a_big_thank_you"),
        (.wrapUp, "safe travels|trip|flight|journey|travelling|traveling"),
        (.wrapUp, "end|bottom of my|the *1 list|questions"),
        (.wrapUp, "let me keep you"),
        (.wrapUp, "go get|enjoy *1 some|your rest|sleep|lunch|dinner|evening|weekend"),
        // thanks: thanks them.
        (.thanks, "thank|thanks|thanking|thankyou|cheers|merci|gracias|danke|dank|dankeschon|dankeschoen|grazie|obrigado|obrigada|arigato|kiitos|takk|tack|asante|shukran"),
        (.thanks, "ta very|so|muchly|much"),
        // "You're a star", "much obliged".
        (.thanks, "you_are|you_re|your|ur an? *1 star|lifesaver|life_saver|angel"),
        (.thanks, "much|most|very|i_am|i_am_much|i_am_very obliged"),
        (.thanks, "grateful|gratitude|appreciate|appreciated|appreciative"),
        (.thanks, "means|meant a lot"),
        (.thanks, "i owe you"),
        // give_back: offers to help them in return.
        // A user's pain points offered as feedback: "Can I tell you now what is annoying in it?"
        (.giveBack, "could|can|may i *1 tell|show you *3 what *2 annoying|annoys|wrong|broken|confusing|frustrating|clunky|buggy"),
        // Trying their game or app and sending notes: "I'd be glad to play it and send you notes on where I got stuck".
        (.giveBack, "glad|happy|willing|love to *1 play|test|try|playtest *3 and *1 send|give|write *1 you? *2 notes|feedback|thoughts|comments"),
        (.giveBack, "anything|something|any_way|way|ways|how|what *3 i|we can|could|might *2 ~help *3 for|to|you|in|back"),
        (.giveBack, "can|could|may|might i *3 help|return|offer|support|assist *4 you|useful|favor|back|your|anything|something"),
        (.giveBack, "return|repay|pay_back *2 the|your? favor|kindness"),
        // Something brought or a hand given at one of their events: "if you ever do another
        // appreciation night, I'll bring a lemon drizzle", "if you're still short on Saturday I'll come
        // and do the barbecue with you".
        (.giveBack, "i_will|i_would|i_can|i_could|happy_to|glad_to|i_am_happy_to|i_would_be_happy_to|i_would_love_to *1 bring|bake|make *3 cake|cakes|biscuits|cookies|brownies|traybake|traybakes|drizzle|scones|cupcakes|muffins|snacks|treats|pie|pies"),
        (.giveBack, "i_will|i_can|i_could|i_would|happy_to|glad_to|i_am_happy_to|i_would_love_to come *2 do|help|run|man|with *2 the barbecue|bbq|raffle|stall|tombola|door|desk|teas|refreshments|face_painting|cake_stall"),
        (.giveBack, "happy|glad|willing|love|like|here *3 to help|support|assist|return|lend|pitch_in *3 you|out|any|anything|with|your|back|however|if"),
        (.giveBack, "help|support|assistance|anything *3 needed|required *2 from my side|from_me"),
        (.giveBack, "you can|could just? tell|ask me anytime|any_time|whenever"),
        (.giveBack, "if there_is|there_are|i_can|i_could|i_may *4 help|useful|support|return|assist|anything|something"),
        (.giveBack, "let me know if *4 anything|something|way|ways|i_can|i_could"),
        (.giveBack, "how can|could|may i help|support|return|repay"),
        (.giveBack, "in return"),
        (.giveBack, "i could|can|would|will *1 happily? *1 put_together|pull_together|compile|draft|make|write|prepare *8 helpful|useful|for_you|if_you_like|if_you_want"),
        (.giveBack, "need|needs|want|could_use *2 any|some|a|an|extra|more? *1 help|hand|hands|volunteers|volunteer *1 with|at|for|on *1 the|your|a|an|that|this *3 hackathon|event|events|fundraiser|workshop|conference|launch|gala|fair|festival|drive|panel|day|night|program|programme|newsletter|survey"),
        (.giveBack, "send|pass|forward me *3 anything|something|whatever *6 opinion|look|review|feedback|eyes|help|proofread|test"),
        // "if I come across a good dataset, I'll pass it along"
        (.giveBack, "if i *1 come_across|find|see|spot|stumble_on|stumble_upon|stumble_across|hear_of|hear_about|run_across|run_into|read *8 pass|send|forward|share|flag *2 it|them|along|your_way|over|on"),
        (.giveBack, "i *2 offer to *1 proofread|review|edit|test|help|share|send|volunteer|read|look"),
        (.giveBack, "put|sign me *1 down|up *3 for|if|as|to_help"),
        (.giveBack, "if *10 put|sign me down"),
        (.giveBack, "interested|useful|helpful *3 me *1 sharing|sending|passing|forwarding"),
        (.giveBack, "you *1 would|might|d *1 find *2 useful|helpful"),
        (.giveBack, "anything|something *3 i can|could *2 do|help|offer|return"),
        (.giveBack, "useful|helpful to you"),
        // Something sent for their team's use, in second-language word order: "I will send you the
        // photos and the report, maybe is useful for your team."
        (.giveBack, "maybe|perhaps|might|could|can *2 is|be|are useful|helpful|handy|interesting *1 for|to *1 your|ur|you|the_team"),
        (.giveBack, "would it *2 help|useful|helpful if i"),
        (.giveBack, "i|me *3 introduce|connect you"),
        (.giveBack, "if *2 you|your|team|ever *5 need|needs|want|wants|short_staffed|short_handed|could_use|looking"),
        (.giveBack, "i would|i_would|i_am|i_will *2 be? *2 happy|glad|love|happily|gladly|willing *3 help|share|speak|test|send|pitch|volunteer|give|lend|put|review|proofread|chip|trial|pilot|come_in|come_and_speak"),
        // A session run for them: "if the ER ever does a wellness afternoon, I'd be happy to run a stretching session".
        (.giveBack, "happy|glad|willing|gladly|happily *3 run|host|lead|teach *4 session|workshop|talk|class|demo|seminar"),
        (.giveBack, "want|like me to *1 put_you_in_touch|introduce_you|connect_you|send|share|forward|bring|ask|come|talk|speak|look|check|have_a_look|pass|translate|proofread|test"),
        (.giveBack, "you *1 want|like|fancy *3 a|an|the|my *3 intro|introduction|introductions|number|reading_list|list|link|copy|notes|slides|contact|contacts|details|data|template|spreadsheet|deck|ticket|table|recording"),
        (.giveBack, "like|want|fancy *2 a|an free|spare *1 table|ticket|tickets|stand|pass|seat|place"),
        (.giveBack, "i can|could|would_be_happy_to|am_happy_to *16 if *1 you|it|that|this *1 like|want|would_like|helps|would_help|is_useful|would_be_useful|is_helpful|would_be_helpful|is_any_use"),
        // A thing brought round: "I could drop off a copy of the zine our class printed, for your wall."
        (.giveBack, "i could|can|will|would|am_happy_to *2 drop_off|drop_round|bring_in|bring_round|bring_over|bring|post|lend *4 copy|copies|sample|samples|zine|prints|print|batch"),
        // A donation offered: "I'd be glad to get us to donate snacks and toiletries."
        (.giveBack, "i|we|us|my_store|my_shop|my_company|my_team|my_work *3 donate|donating|sponsor|sponsoring *3 some|snacks|food|prizes|supplies|books|clothes|toiletries|equipment|money|a|an|the|to"),
        // "I'd be glad to translate your discharge sheets into French if that would ever help."
        (.giveBack, "i can|could|would_be_happy_to|am_happy_to|would_be_glad_to|am_glad_to|would_gladly|would_happily *16 if *1 it|that|this *1 would|could|might|ever *1 ever? *1 help|be_useful|be_helpful|be_handy|be_any_use"),
        (.giveBack, "let me know if you would|want *1 like|want? *4 translated|checked|proofread|reviewed|tested|looked_at|done|sent|shared"),
        (.giveBack, "if|whenever *8 wants|want|needs|need|would_benefit|could_use *12 ask_me|i_am_up_for|i_am_always_up|count_me_in|i_would_gladly|i_would_happily|i_would_love_to"),
        (.giveBack, "i *3 pass|send|give|share|forward *1 you? *1 their|her|his|the|some *1 names|details|contact|contacts|number|numbers|emails *2 along|over|to_you|on|your_way"),
        (.giveBack, "i|me *3 put you in touch|contact"),
        (.giveBack, "i could|can *1 have|take a look|a_look|look_at|a_peek"),
        (.giveBack, "be of *2 use|help|service"),
        // Something arranged for them: "I'd be happy to get you a slot at our careers night."
        (.giveBack, "i would|i_would|i_am|i_will|i_could|i_can *2 be? *2 happy|glad|love|happily|willing|able *2 to? *1 get|arrange|set_up|book|find|organise|organize|sort|host|invite *2 you|your_team|your_students|your_group|your_office|your_lab|your_company"),
        (.giveBack, "could use *2 an? extra|pair|hand|help"),
        (.giveBack, "help|pitch|chip out"),
        // "Could I lend a hand at the next one?"
        (.giveBack, "lend|give you|them? *1 a hand|a_hand"),
        (.giveBack, "pitch|chip in"),
        (.giveBack, "what *2 can|could i do for you"),
        (.giveBack, "might|may|could|would *2 help|save|be_useful|be_helpful|be_handy *3 you|your"),
        (.giveBack, "offer *2 my|to_help|a_hand|help|time|skills"),
        (.giveBack, "give back|return"),
        (.giveBack, "happy|glad|keen|eager|willing|love|like to *2 give_back|contribute|help_out|pitch_in|lend_a_hand"),
        (.giveBack, "i can|could|would *2 send|share|introduce|connect|put *2 you|your *4 if|useful|helpful|help"),
        (.giveBack, "how i can|could|might *2 help|support|return|repay|be_useful|contribute"),
        (.giveBack, "helpful|useful *4 i could|can|would|will *2 share|send|help|introduce|pass"),
        // "Happy to share my notes from the conference with you."
        (.giveBack, "happy|glad|willing to *1 share|lend|pass_on *6 with_you|to_you|your_way"),
        // "happy to send you the cleaned dataset if it's useful": a thing offered for their use.
        // "I could send over the tallies our clinic keeps, if they're useful for your memos."
        (.giveBack, "happy_to|glad_to|willing_to|i_can|i_could|i_would|i_will *2 send|share|pass|forward *16 if|in_case it|that|this|they|any|either *3 useful|helpful|helps|help|use|handy|interest|interesting|relevant|valuable"),
        // self_intro: a brief overview of their own background.
        (.selfIntro, "i am|was a|an|the *3 ~student"),
        // "I retired from the Army last year after twenty-four years, mostly logistics".
        (.selfIntro, "i *2 retired|retiring *6 after|years|year|army|navy|military|service|force|police|teaching|nursing|career|company|firm"),
        (.selfIntro, "i am ~number and|years|yrs|year|so|in|at|from|studying|doing|working"),
        (.selfIntro, "ex|former|retired|formerly *1 army|navy|military|raf|nurse|teacher|engineer|mechanic|chef|lawyer|accountant|soldier|officer|marine|developer|designer|banker|consultant|journalist|police|cop|paramedic"),
        (.selfIntro, "background|intro real? quick|quickly|briefly|first|on_me|about_me"),
        (.selfIntro, "bit|little of? my? background"),
        // "I'm a nurse thinking about switching into health informatics."
        (.selfIntro, "i am|was|have_been a|an *2 nurse|teacher|engineer|developer|designer|accountant|lawyer|paralegal|chef|barista|pharmacist|analyst|consultant|technician|mechanic|electrician|carpenter|plumber|veteran|soldier|marketer|writer|journalist|artist|musician|scientist|researcher|chemist|biologist|programmer|administrator|receptionist|cashier|bartender|paramedic|firefighter|therapist|counselor|counsellor|librarian|architect|economist|retiree|recruiter|salesperson|tutor|translator|photographer|editor|producer|veterinarian|vet|dentist|physician|doctor|midwife|caregiver|carer|intern|apprentice|trainee|reporter|planner|coordinator|surveyor|inspector|lecturer|postdoc|caseworker|paralegal|hairdresser|stylist|welder|machinist|electrician|dietitian|nutritionist|optometrist|radiographer|physio|physiotherapist|sonographer|hygienist"),
        (.selfIntro, "used to *1 be|work|teach|run|manage|do|study"),
        (.selfIntro, "i am|was *2 ~student"),
        (.selfIntro, "i am *3 ~studyverb"),
        // "Seventh grade science, this is my sixth year."
        (.selfIntro, "this_is|it_is|i_am_in|i_am_on|i_am_doing my *1 first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|final|last|2nd|3rd|4th *1 year|season|semester"),
        // A degree told in the present, as second-language speakers do: "I finish my master in
        // economics this May".
        (.selfIntro, "i *1 finish|complete|start|begin|end *1 my|a|the *2 ~degree|studies|training|apprenticeship|course"),
        (.selfIntro, "i have|had *2 ~studyverb|~workverb|done|spent|worked|taught|managed|led|held"),
        (.selfIntro, "i ~studyverb|~workverb|majored|minored|teach|manage|lead|work|volunteer|tutor|freelance|trained|retrained|left|quit|moved|switched|started|joined|became|ran"),
        (.selfIntro, "my background|degree|major|experience|training|career|job|work|role|field|studies *3 is|was|are|has|have|in|as"),
        (.selfIntro, "i am in_my|at|from|currently|recently"),
        (.selfIntro, "i am in *3 program|programme|course|degree|bootcamp|school|college|university|uni|class|cohort"),
        (.selfIntro, "~duration *3 in|as|of|at|into|doing|working|teaching|experience|raising|caring|parenting|running|managing|serving"),
        (.selfIntro, "by training|background|trade"),
        (.selfIntro, "career changer"),
        (.selfIntro, "a bit about me|myself|my_background"),
        (.selfIntro, "quick|brief *2 intro|introduction|background"),
        (.selfIntro, "first|second|third|fourth|final|1st|2nd|3rd|4th year"),
        (.selfIntro, "i just|recently *2 wrapped|finished|completed|graduated|started"),
        (.selfIntro, "been working|teaching|studying|doing|running|managing|interning|volunteering|freelancing|training *3 in|at|as|for|since|on"),
        (.selfIntro, "about me"),
        (.selfIntro, "self taught"),
        (.selfIntro, "for a living"),
        (.selfIntro, "few|couple|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty *1 years now"),
        // Why the learner came, in other words: "doing a bit of recon", "just fact-finding", "kicking the
        // tyres on a career in urban planning", "nothing from you beyond your take on…", "all I want out of
        // this is a feel for…".
        (.purpose, "recon|reconnaissance|fact_finding|factfinding|scoping|kicking_the_tyres|kicking_the_tires|sniffing_around|testing_the_waters|dipping_my_toe|scouting|lay_of_the_land|vibe_check|due_diligence|fact_finding_mission|research_mission"),
        (.purpose, "nothing|no|zero|not_anything|not_after_anything|not_looking_for_anything|do_not_want_anything|do_not_need_anything *5 from|off|here|for|riding|asks|agenda|my_side|on_this|need|want *6 except|apart|beyond|but|besides|other_than|than|only *6 view|views|take|perspective|story|picture|sense|feel|insight|insights|advice|read|account|experience|opinion|thoughts|understanding|learn|learning|grasping|understand|honest|real|candid|lowdown|scoop"),
        (.purpose, "all i want|need|am_after|am_hoping_for|would_like|really_want *3 out_of_this|from_this|from_you|from_today|today *2 is|are *4 feel|sense|picture|view|take|idea|perspective|story|insight|understanding|honest|real|advice|read"),
        (.purpose, "only|just|mostly|purely|simply *1 wanting|want|after|here_for|here_to_get|looking_for|hoping_for *4 view|picture|take|story|perspective|sense|feel|insight|scoop|lowdown|inside|honest|real|account"),

        // Other people to talk to, asked another way: "Would your line manager be open to a quick chat
        // with me?", "Do any of your old classmates work in hydrology and enjoy talking to newcomers?",
        // "who comes to mind?"
        (.referralAsk, "~gatekeeper|colleague|colleagues|partner|partners|director|head|boss|supervisor|mentor *4 be? *1 open_to|willing_to|up_for|mind|happy_to|have_time_for *4 chat|talk|call|coffee|speak|meet|emailed|contact|hearing|hear"),
        (.referralAsk, "any *1 of your *2 old|former|ex|uni|university|college? *1 classmates|colleagues|friends|contacts|peers|coworkers|teammates|alumni|network *6 talk|talking|chat|chatting|speak|speaking|open|willing|happy|enjoy|mind|up_for"),
        (.referralAsk, "who|anyone|names|anybody|someone|people *1 comes|come|spring|springs|jump|jumps|pop|pops to|into mind"),

        // "Could you introduce me to the sound engineer about the tech vacancy?", "If so would you have
        // me as one on your next shoot?", "may I put myself forward?", "Any space in next year's intake
        // for a career changer like me?", "would you look at my application for the trainee post?"
        (.jobAsk, "introduce|connect|refer *2 me *6 about|for|regarding the? *2 ~job|vacancy|post"),
        (.jobAsk, "would|could|will you *1 have|take me *2 as|on *2 a|an|one|your|the"),
        (.jobAsk, "put|putting myself|me|my_name forward|up"),
        (.jobAsk, "space|room|place|spot|spots|places *4 in|on *3 intake|cohort|team|programme|program|scheme|roster|crew *4 for *3 me|like_me|someone"),
        (.jobAsk, "~application|cv|portfolio *3 for *2 the|a|your|this|that *2 ~job|post|vacancy|trainee|scheme|programme|program"),

        // "I owe you one; tell me when a chance to return it turns up", "let me know if a chance ever
        // comes up to repay u", "I'd like to give something back".
        (.giveBack, "chance|way|opportunity|occasion *4 to? *1 repay|return|pay|reciprocate *2 you|it|the|back|your"),
        (.giveBack, "repay|reciprocate you|your|the_favor|the_favour|the_kindness|it_somehow|it_one_day"),
        (.giveBack, "give *2 something|anything|a_little|a_bit back"),
        (.giveBack, "where *6 ~help|helps|helped you *1 out"),
        (.wrapUp, "you have|you *1 answered|covered *2 everything|all|it_all|all_my|every"),
        // A background given as a fragment: "Currently managing a retail store", "just graduated,
        // chem eng", "Former paralegal; moved into data analytics", "Graduated in architecture 2019".
        (.selfIntro, "currently|recently|just *1 managing|graduated|studying|working|running|qualified|retrained|retraining|switched|moved|teaching|training|interning"),
        (.selfIntro, "currently|recently|just *1 finished|finishing|started|starting|completed|completing|doing *1 a|an|my|the? *2 ~degree|year|semester|placement|internship|residency|rotation|stint|job|role|contract|phd|masters|degree|ba|bsc"),
        (.selfIntro, "former|formerly|ex ~student"),
        (.selfIntro, "graduated|graduating|studying|qualified|majoring|majored in|from *4 and|worked|working|now|since|then|2015|2016|2017|2018|2019|2020|2021|2022|2023|2024|2025|2026|last|this|next"),
        (.selfIntro, "studying *3 in|at *4 on|now|currently|and|doing|but|while"),

        // Later contact in other words: "bounce the odd question off you down the line", "hit u up now
        // and then", "an occasional catch-up", "slide into ur DMs", "stay connected long term", "make this
        // a regular thing", "the start of an ongoing exchange", "keep talking after today".
        (.followUp, "bounce|run|float *4 off|past|by you *3 down|later|again|sometime|now|time|every|occasionally|future|when|if|once|in"),
        (.followUp, "bounce|run|float the? odd|occasional|a_few|an_occasional|the_occasional|more *3 off|past|by you"),
        (.followUp, "hit you up"),
        (.followUp, "occasional|regular|periodic|quarterly|monthly|annual|yearly|another|future *1 catch_up|catchup|chat|call|coffee|check_in|zoom|conversation"),
        (.followUp, "slide|sliding into your dms|dm|inbox"),
        (.followUp, "stay|keep|remain *2 connected|in_contact|in_each_other|in_your_orbit|on_your_radar"),
        (.followUp, "regular|recurring|monthly|yearly|annual|ongoing thing"),
        (.followUp, "ongoing|continued|continuing *1 exchange|conversation|relationship|contact|connection|dialogue|mentorship"),
        (.followUp, "keep|continue talking|chatting|speaking|the_conversation|this_conversation *2 after|beyond|another|by|over|via|on|sometime|later"),
        (.followUp, "coffee|chat|call|catch_up|zoom *2 again|sometime|another_time|next_time|in_the_new_year|next_month|next_week|next_year"),
        // Something sent, said from the receiving side: "expect an email from me", "you'll have my
        // notes in your inbox", "look out for a message from me", "you'll be hearing from me".
        (.followUp, "expect|expecting *4 from me"),
        (.followUp, "you_will|you_should|you_shall|you_would *1 get|have|receive|see|find *6 from_me|from_my_end|in_your_inbox|your_inbox|my_way"),
        (.followUp, "hearing|hear from me"),
        (.followUp, "be|land|lands|landing|arrive|arrives|pop|drop|sitting in|into your *1 inbox|inboxes|dms|email|messages"),
        (.followUp, "look|watch out for *4 from me|from_my_end|later|tonight|tomorrow|this_week|next_week"),
        (.followUp, "eye on your *1 inbox|messages|email|emails|dms"),
        (.followUp, "~sendverb over|along|across *3 a|the|my|some|that|those|this|it|them|tonight|later|tomorrow"),
        (.followUp, "~sendverb|forwarding|sharing|passing|emailing *5 next_week|next_month|later|sometime|once|when|after|in_a_few|in_a_couple *6 glance|look|feedback|eyes|opinion|thoughts|read|comments"),
        // Asking whether a later update or a later look at the learner's work is welcome: "Would an
        // update be welcome once I hear back?", "would you be up for seeing a rough cut when it's done?"
        (.followUp, "update|note|line|email|message *4 be *1 welcome|useful|helpful|ok|okay|alright|appreciated|of_interest|interesting"),
        (.followUp, "want|like|appreciate|be_up_for *3 an? *1 short|quick|brief? *1 update|note|line|email *4 once|when|after|as_soon"),
        (.followUp, "would|could|will you *3 seeing|see|look|glance|read|look_over|have_a_look|cast_an_eye *9 when|once|after *1 it|i|my|the"),
        (.followUp, "when|once|after *1 my|i|it|the *6 would|could|can|will you *4 look|glance|read|review|feedback|eyes|look_over|take_a_look|give_it"),
        // A look at the learner's work asked for later: "Would you be willing to have a look at it
        // sometime and tell me what jumps out?"
        (.followUp, "would|could|can|will you|u *4 look|glance|read|review|look_over|looking_over|have_a_look|take_a_look|cast_an_eye *4 sometime|at_some_point|later|afterwards|after_this|after_the_call|next_week|this_week"),
        (.followUp, "return|send_back|bring_back *5 to you *3 by|next|with|tomorrow|tonight|later|on|before"),
        // Moving the rest to later contact: "or should I email them over?", "carry the rest over to
        // email", "happy to continue by email", "or would a short call next week suit you better?".
        (.followUp, "carry|move|continue|finish|shift *4 over? *1 to|by|via|over email|e_mail|emails|message|messages|zoom|phone|linkedin|a_call|another_call|writing"),
        (.followUp, "short|quick|brief|another|second *1 call|chat|meeting|catch_up|zoom next|another|later|tomorrow|sometime"),
        (.followUp, "write_up|jot_down|send|email|save *4 remaining|rest|last|other *1 questions|bits|ones *4 later|email|message|send|you"),

        // The time without a word of time: "just say the word when you're needed elsewhere", "bail
        // whenever", "wave me off whenever you need to go", "don't let me drag you past your 3
        // o'clock", "I'm grateful you found a slot for me", "conscious of the clock".
        (.timeAck, "whenever|anytime|any_time|any_moment|any_point|the_moment|as_soon_as *4 you *3 need|needed|have|must|want|got|gotta|are_due|are_needed *2 to? *1 go|leave|stop|head|run|dash|hop|jump|wrap|end|bail|drop|elsewhere|somewhere|off|be"),
        (.timeAck, "needed|due|wanted|expected|called *1 elsewhere|somewhere|away"),
        (.timeAck, "somewhere|elsewhere|places to be"),
        (.timeAck, "wave|kick|boot|throw|shoo me off|out|away"),
        (.timeAck, "bail|leave|hang_up|drop_off|duck_out|dip|head_off|run_off *2 whenever|any_time|anytime|at_any"),
        (.timeAck, "pull the plug *2 on? *1 me|this|us|whenever|any_time|anytime"),
        (.timeAck, "say the word *3 when|if|whenever"),
        (.timeAck, "off you pop|go|run|dash"),
        (.timeAck, "drag|keep|hold|make you *1 past|over|beyond|late|into *2 your|the"),
        (.timeAck, "run|running|go|going|went|drag|dragging over|past|into your *1 slot|time|~timeunit|next|lunch|break|meeting|appointment|3|2|4|5|1|10|11|12"),
        (.timeAck, "run|running|go|going|went|drag|dragging over|past the *1 slot|time|hour|half_hour"),
        (.timeAck, "found|find|made|make|carved|set_aside|freed|free *3 a? *1 slot|window|space|room|gap *3 for me|for_this|for_us|in_your|this_week|today"),
        (.timeAck, "leave|go|drop|stop|end|wrap *2 at any *1 moment|point|time|minute"),
        (.timeAck, "spare *2 a_bit|a_little|another|more|longer|extra|few_more|couple_more *1 longer|more|minutes|time|of_your_time"),
        (.timeAck, "you spare *2 longer"),
        (.timeAck, "now *1 still *1 good|ok|okay|fine|alright|a_good_time"),
        (.timeAck, "schedule|calendar|diary *3 ok|okay|fine|alright|allow|allows|permit|permits|free"),
        (.timeAck, "conscious|mindful|aware|eye_on|watching|watch|glancing_at of? the clock"),
        (.timeAck, "not|never|if|hate|without *3 overrun|overrunning|overran|run_over|go_over|overstay"),
        (.timeAck, "held|holding you *2 up? *1 long_enough|enough|plenty|too_long|long"),
        (.timeAck, "going|go|run|running over your *1 slot|time"),

        // Closing in other words: "I'll release you back into the wilds of your inbox", "I'll quit
        // bending your ear", "no more q's", "ta-ra", "catch you later", "peace out", "that brings me to
        // the end of what I prepared".
        (.wrapUp, "release|releasing|free|freeing you *2 back|now|to|into|up|from"),
        (.wrapUp, "stop|quit|done|enough *1 bending your|you? ear"),
        (.wrapUp, "no|any more|other|further *1 q|qs|question|ques"),
        (.wrapUp, "laters|tara|toodles|cheerio|ttfn|ciao|adios|peace_out|ta_ra"),
        (.wrapUp, "catch you *1 later|soon|around|next_time|another_time"),
        (.wrapUp, "take it easy"),
        (.wrapUp, "end of *2 what|my|the *2 prepared|planned|list|questions|had|wanted"),
        (.wrapUp, "brings|brought us|me to the end"),

        (.wrapUp, "that|this covers|does it"),
        (.wrapUp, "hope|enjoy *3 rest of your|the *1 ~closing"),
        (.wrapUp, "go ahead and *1 jump|hop|head|run|get|go *3 next|call|meeting|day|patients|class"),
        (.wrapUp, "need|have|got|must to *1 drop|hop|jump|sign|head off"),
        (.wrapUp, "pick|picking this|it up *2 another|some_other"),

        // Said more indirectly still: "I'm really in information-gathering mode right now", "mainly
        // chasing a clearer picture", "Are you fine with me emailing you every so often?", "Might you
        // know any glaziers keen to speak with a trainee?", "Glad to finish whenever you must",
        // "I've nothing more", "Anything you need from my side — perhaps a newcomer's take?"
        (.purpose, "information|listening|exploration|exploring|explore|scouting|research|learning|gathering|discovery|curious|fact_finding|sponge|exploratory|info|info_gathering|learner *1 mode|phase|stage"),
        (.purpose, "hunting|chasing|searching|seeking|wanting|looking *2 for? *1 a|an|some|the? *1 clearer|better|honest|real|insider|inside|fresh|outside? *1 ~insight|steer|view|picture|perspective|lowdown"),
        (.jobAsk, "need|needs|want|wants anyone|anybody|someone|somebody *3 behind|on|at|in *2 the? *1 bar|till|tills|reception|desk|counter|kitchen|floor|front|shop|door|register|site|ward|office"),
        (.jobAsk, "need|use for? *1 someone|anyone|anybody|somebody|an_extra_person *1 on|at|behind|in *2 the? *1 bar|till|reception|desk|counter|kitchen|floor|front|shop|door|register"),
        (.jobAsk, "pass|send|forward|hand *2 it|that|them|this along|on|onward *2 to *3 ~gatekeeper|whoever|hr|hiring|hires|recruiting"),
        (.referralAsk, "aware|know|name|recommend|think_of *4 any|some|a_few *6 keen|open|glad|willing|happy|up_for|ready *3 speak|chat|talk|chatting|talking|speaking|meet|meeting|call|a_call|hear"),
        (.followUp, "fine|happy|ok|okay|cool|alright|comfortable|good with|w me *1 emailing|messaging|dropping|checking|reaching|getting|pinging|contacting|writing|calling|texting|following"),
        (.followUp, "fine|happy|ok|okay|cool|alright|comfortable|good|mind with|w? *1 me *1 showing|sharing|sending|passing|forwarding *6 later|sometime|down_the_line|next|once|when|after|every|from_time|at_some_point|in_a"),
        (.followUp, "keep *2 our|this|the|these *1 exchange|exchanges|chats|chat|conversations|dialogue|connection going"),
        (.timeAck, "happy|glad|fine|ready|ok|okay|free *2 to *1 finish|end|stop|pause|call_it|wrap|leave_it|break_off *2 whenever|wherever|when_you|any_time|anytime|whenever_suits"),
        (.timeAck, "not|never|don_t|mustn_t *2 let|lemme me? *1 keep|hold|make|drag you *3 from|over|past|into|beyond"),
        (.wrapUp, "have|got no|nothing more|else"),
        (.wrapUp, "out of things|stuff to ask"),
        (.wrapUp, "seeya|c_u|see_ya|see_u|cu_later|see_you_soon"),
        (.giveBack, "anything|something *4 need|want|find_useful|like from me|my_side|my_end"),
        (.giveBack, "pay|pass *2 the|this|it|that|your|my *1 favor|favour|goodwill|generosity|kindness? forward"),

        (.wrapUp, "gotta|gotto run|dash|bounce|jet|split|fly"),
        (.timeAck, "have|need|got|gotta to get back to work|it|the_office|the_floor|the_ward|the_shop|the_studio|the_lab|the_kitchen|the_site"),
        (.timeAck, "on|during a *1 friday|saturday|sunday|bank_holiday *1 evening|night|afternoon|morning"),
        (.purpose, "intention|aim|goal|purpose|hope|plan|objective *4 to *2 gain|get|learn|understand|hear|find|gather|pick|explore"),
        (.purpose, "looking|here|hoping|wanting|aiming|trying to learn|explore *1 not|more|from|about|a_bit|as_much|what|how|why|and"),
        (.purpose, "not|never *2 to? *1 get|be|getting|being hired|employed|recruited"),
        (.jobAsk, "get|be|put_me|stay on your *1 call|casual|freelance|contractor|bank|relief|temp|sub|substitute|supply|crew? *1 list|roster|books|register|rota"),
        (.jobAsk, "recommend|refer *2 me *6 for *2 the|a|your|this|that *2 ~job|post|scheme|programme|program|intake|cohort|rotation|fellowship"),
        // "is there anything open on the conservation team?", "any planting work going with your crew this winter?"
        (.jobAsk, "is|are there *1 anything|something open|going|available *1 on|in|at|with *1 the|your|ur *2 team|department|crew|office|lab|studio|unit|ward|desk"),
        (.jobAsk, "any|some *2 work|shifts|gigs|hours going|available|on_offer *2 with|at|in|on|for your|ur|you"),
        (.jobAsk, "pass|put|send|put_forward my name along|forward|on *4 if|when|for|should"),

        (.jobAsk, "shot|chance|crack|spot|place *2 at|on|in|onto *2 your|the *2 ~job|scheme|programme|program|intake|team|rota"),
        (.jobAsk, "scheme|programme|program|intake|rota *3 i *2 could|can|might *1 get|apply|join|go"),

        (.jobAsk, "adding|add|grow|growing|expanding|increasing|building_out *2 headcount|staff|the_team|your_team"),
        (.jobAsk, "share|pass|send|forward *2 my *1 details|cv|resume|info|information|name *8 in_case|if *4 building|hiring|growing|expanding|recruiting|looking"),
        (.followUp, "schedule|book|set_up|arrange|find *2 another|a_second|a_follow_up|a_later|some_other time|call|chat|meeting|session"),
        (.timeAck, "use|using|make_the_most_of|spend|spending our|the|these *1 ~number ~number? ~timeunit"),

        (.wrapUp, "goodby|gudbye|goodbey|byeee|byee|later_man|later_dude|later_mate|later_guys|later_folks"),
        (.wrapUp, "gotta|gotto go"),
        (.timeAck, "taking|take|took|taken|making|made|finding|found|giving|gave *1 a|the? *1 moment|minute|few_minutes|moments *2 for|to|out|with|of"),
        (.selfIntro, "i am like|about|around|only|just ~number"),
        (.selfIntro, "dropped|dropping out of"),
        (.selfIntro, "got|earned|did|have|hold|finished|completed my *1 ~degree"),
        (.selfIntro, "taught|worked|working|spent|served|volunteered|teaching|managed|ran *5 for ~number ~number? ~duration"),
        (.selfIntro, "~student turned|turning"),
        (.selfIntro, "i am on a|an *3 contract|placement|internship|rotation|secondment|course|programme|program|scheme|fellowship"),
        (.jobAsk, "will|would|could you be my boss|employer|manager|supervisor"),
        (.jobAsk, "room|space|spot|place *2 on|in|at your *1 team|crew|department|office|lab|studio|company|firm|practice|salon|kitchen"),
        (.jobAsk, "temporary|temp|summer|holiday|maternity|sick|seasonal *1 cover"),
        (.jobAsk, "paid or unpaid|not|otherwise"),
        (.jobAsk, "chance|possibility|opportunity|any_way *4 work_experience|placement|internship|traineeship"),
        (.jobAsk, "keep|bear|have my name|me *2 in mind"),
        (.jobAsk, "get|be|getting|being put *1 on *3 list|books|register|roster|waiting_list"),
        (.jobAsk, "lead|leads|turn|turns|led into|to *2 an|a? *1 interview|job|role|offer|opening|position|postdoc|phd|placement|internship|apprenticeship"),
        (.jobAsk, "pass|passing|put|putting|mention|mentioning my name *2 to *6 intake|hiring|recruiting|graduate|scheme|vacancy|role|position|opening"),
        (.referralAsk, "any|other|more other|more? names"),
        // "Is there a junior actuary on your team who might be willing to tell me what the exams were
        // like?", "Would it be okay if I also talked to one of your apprentices?", "the thing I'd value
        // most is a couple of names", "would it be too much to ask for an introduction?"
        (.referralAsk, "who *1 might|would|could|d|may *2 willing|happy|open|up_for|keen|game|mind *3 tell|talk|chat|speak|meet|share|walk *1 me|with_me|to_me"),
        (.referralAsk, "if i|could_i|can_i|may_i|might_i *2 talk|talked|speak|spoke|chat|chatted|meet|met *1 to|with one|a_couple|some|a_few|any|two|someone|somebody *1 of? *1 your|ur|the_other"),
        (.referralAsk, "value|appreciate|love|like|want|need|helpful|useful *6 a_couple_of|a_few|two|some names"),
        (.referralAsk, "too much to ask *3 intro|introduction|introductions|an_intro|a_name|names"),

        (.jobAsk, "ever brings|bring|takes|take|hires|hire|hiring|recruits|recruit *1 on? *6 i_would|i_will|jump|love_to|apply|be_interested|keen|put_my_name|consider_me"),

        (.timeAck, "given|with|since your flight|train|meeting|appointment|deadline|class|shift|surgery|hard_stop|next_meeting|next_call"),
        (.jobAsk, "consider|considered *1 me|someone_like_me? *1 for *3 gap|role|spot|position|opening|vacancy|post"),
        (.jobAsk, "is|are|be taking|accepting applicants|applications"),

        // Offers in other words: "I'd like to pay this forward", "how can I make this up to you?",
        // "let me square things up", "take something off your plate", "count me in", "call on me if the
        // charity run needs marshals", "Should you want a hand with the Instagram account, just say".
        (.giveBack, "pay *2 it|this|that|the_favor|the_favour forward"),
        (.giveBack, "make *3 this|it|that up to you"),
        (.giveBack, "make *3 worth your while"),
        (.giveBack, "square|even|evened|evening|balance|settle things|the_scales|the_score|us up|out"),
        (.giveBack, "balance the scales"),
        (.giveBack, "off your plate|hands|desk|to_do_list"),
        (.giveBack, "knock|take *4 out|off *2 for you"),
        (.giveBack, "lighten *1 your|the? *1 load|workload *2 for? *1 you|at_all|a_bit"),
        (.giveBack, "do|would you *1 want|like|need *1 a hand|help|any_help|some_help"),
        (.giveBack, "count|rope|sign|pencil me in"),
        (.giveBack, "use me *3 as|for|if|whenever"),
        (.giveBack, "call on me"),
        (.giveBack, "i am your *1 person|guy|girl|man|woman|gal"),
        (.giveBack, "make myself|me useful|helpful|of_use"),
        (.giveBack, "be *1 any|of_any|some use|help|good *2 to|too|for you|your"),
        (.giveBack, "~sendverb|throw|toss *4 my way *4 whenever|if|when|any_time|anytime|swamped|busy|need"),
        // Help offered in other words: "could I be useful somehow?", "want his number?", "shall I
        // ask her?", "it'd be nice to do something back for you", "I'll shout about your course to
        // my cohort".
        (.giveBack, "could|can|might|may i be *1 useful|helpful|of_use|of_help|of_service *1 somehow|to_you|to_u|in_any_way|at_all|in_return|for_you|back"),
        (.giveBack, "want|like *1 his|her|their number|details|email|contact"),
        (.giveBack, "shall i *1 ask|introduce|connect|send|forward|check|find|dig|look|put_you"),
        (.giveBack, "do|give|pay something|anything|a_little|a_bit back *2 for|to you|u"),
        (.giveBack, "post|shout_about|promote|plug|spread *1 your|it|the|this|that|them|the_word *4 to|on|with|among|around my|our *1 cohort|channels|channel|network|followers|class|classmates|group|club|society|socials|linkedin|instagram|course|friends"),
        // Things offered: "would you like the phonics games I made?", "you're welcome to use them",
        // "I could lend you my copy", "want me to have a quick look?", "I'll leave the salon a Google review".
        (.giveBack, "would|do you|u *1 like|want *1 some|a|the|my|one|a_copy|copies *6 i|we *1 made|saved|wrote|have|got|took|kept|collected|put_together|grew|baked"),
        (.giveBack, "you_are|you_re|your welcome to *1 use|have|borrow|keep|take *1 it|them|mine|my|those|these"),
        (.giveBack, "lend|loan you|u *1 my|a|the|mine"),
        (.giveBack, "want|like me to *2 have_a_look|have_a_quick_look|take_a_look|look|check|fix|proofread|review|introduce|connect"),
        (.giveBack, "leave|write|give *2 a|an|you_a|them_a|the_salon_a|the_shop_a|the_practice_a *1 google|glowing|five_star|5_star|trustpilot *1 review|reviews|testimonial"),
        // Something sent for their sake: "I'll forward you the hackathon info, I think your team would enjoy it".
        (.giveBack, "~sendverb *3 you|over|along *10 your *1 team|lab|students|class|group|office|kids|staff|lot|colleagues|interns *1 would|will|might|could|may *1 enjoy|love|like|find|use|want"),
        (.giveBack, "if|whenever|any_time|anytime|should *8 need|needs|short|want|wants|useful|handy *8 call_me|text_me|ping_me|email_me|message_me|shout|grab_me|count_me|sign_me_up|put_me_down|rope_me|call_on_me|use_me|i_am_around|i_am_in|i_am_your|just_say|give_me_a|i_would_gladly|i_would_be_glad|i_would_be_happy|i_would_be_delighted|i_am_happy|i_am_glad|happy_to|glad_to|i_could"),
        (.giveBack, "should|were you|your|the|it|a *6 need|want|short|useful|handy|of_use *6 i_would|i_am|i_will|i_could|count_me|just|let_me|happy|glad|delighted"),
        (.giveBack, "owe you *6 happy|glad|let_me|can_i|could_i|want_me|anything|if_you_ever"),
        (.giveBack, "happy|glad|delighted|willing|keen to *6 for you|for_your_team|for_the_team|whenever|any_time|anytime"),
        (.giveBack, "want me to *6 for you|for_your|for_the"),
        // A thing sent because they'd enjoy it: "I'll send over that article, I think you'd enjoy it".
        (.giveBack, "~sendverb *10 you|u *1 would|might|will|d *1 enjoy|like|love|find|appreciate"),
    ]

    /// A polite wish to know one thing ("I'd love to understand what…"): a question on its own,
    /// a purpose with the learner's reasons around it (`SignalDetector.isPoliteQuestion`).
    static let politeWish = "would|d|love|like|curious|keen|eager|dying|intrigued|fascinated|great|fascinating|wonderful|brilliant|lovely|interesting|sooo|so|really love|like|keen|eager|dying|curious|to|be? *2 understand|know|see|hear|find_out what|how|why|where|which|about *10 you|your|looks|look|like|is|are|does|do|works|work|involves|entails|happens|goes|means|became|ended|got|started|chose|choose|decided|drew|led|made"

    /// Words of leaving this call now, which lift the vetoes on having to go: "I have to run to my
    /// shift at six — thank you so much!"
    /// Words asking to be told when a place opens, which make talk of the next opening an ask:
    /// "Would you let me know when the library posts its next assistant vacancy?"
    static let toldWhen =
        "let_me_know|letting_me_know|give_me_a_shout|give_me_a_heads_up|give_me_a_heads|shout_me|ping_me|drop_me_a_line|keep_me_posted|keep_me_in_mind|let_me_hear|notify_me|text_me|message_me|email_me|think_of_me"

    static let leavingNow = "thanks|thank|thankyou|bye|goodbye|appreciate|appreciated|take_care|talk_soon|speak_soon|let_you_go|chatting|speaking_with|talking_with|speaking_to|talking_to|enjoy|cheers|pleasure|have_a_good|have_a_great|have_a_nice|glad|this_was|that_was|been_great|been_so|been_really|so_helpful|really_helpful|super_helpful"

    /// Patterns that mean a signal's cue is something else where they overlap it; `!` in front:
    /// anywhere in the same sentence, on the cue's side of a "but"; `!!`: anywhere in the line; a `,` after those marks: with the
    /// veto's words in one comma-delimited clause. Patterns after ` unless ` lift the veto.
    static let vetoes: [(Signal, String)] = [
        // Heard in the yn-yo tune conversations: a project tried alone, a room that is a place.
        (.jobAsk, "!on|by my own|myself unless own_time|own_hours|own_dime"),
        (.jobAsk, "supply|server|control|operating|emergency|class|living|dining|board|break|store|stock|mail|post|engine|plant|clean|dark room|rooms"),
        // Heard in y60-y61: the call's own gear ("I'm trying to figure out if my mic is working"),
        // a meeting with no agenda, an old wish ("I've wanted to know for ages…"), a job one never
        // knew of; a reply that never came, etiquette asked, questions meant to be sent beforehand;
        // schemes outside theirs; helping people "one day"; a team that pitches in; a minute spoken before.
        (.purpose, "figure|work|sort out *2 how|if|whether? *3 share|screen|mic|camera|audio|unmute|mute|zoom|link|connection|wifi|headphones|sound|video"),
        (.purpose, "meeting|meetings|team|class|lecture had|has no agenda"),
        (.purpose, "wanted|want|meant to *1 know|learn|understand *8 for_ages|for_years|for_months|forever"),
        (.purpose, "never knew|know|realised|realized|heard|thought *5 ~job"),
        (.followUp, "never|did_not|has_not|have_not replied|responded|answered|wrote_back|got_back"),
        (.followUp, "!how soon|long|quickly *8 polite|okay|ok|appropriate|rude|normal|too_soon|acceptable"),
        // Someone else's promise of contact: "The recruiter told me she'd circle back by Friday."
        (.followUp, "she|he|they|recruiter|recruiters|someone|hr *2 would|will|might|should|said|promised *2 circle|get|follow|reach|touch *1 back|up|out|base"),
        // Which way of chasing is better, in general: "Do you think it's better to follow up after a
        // week or two when someone doesn't answer?"
        (.followUp, "!is|it_is|was better|best|worse|wiser|smarter *1 to *3 follow|chase|email|write|message|reach|nudge unless with_you|to_you|email_you|message_you|write_you|you_if|reach_you"),
        // Such messages in general: "Do recruiters in biotech actually read those follow-up emails?"
        (.followUp, "those|these|such follow up *1 emails|email|messages|notes|calls|letters|texts"),
        // Following up as others do it, asked of: "What does a typical client follow-up call sound like?",
        // "what you look for in a follow-up email from a candidate", "do reps usually follow up by phone?",
        // "the best way for recent grads to follow up", "the best way to reach out to hiring managers".
        (.followUp, "typical|client|clients|sales|candidate|candidates|customer follow up call|calls|email|emails|meeting|meetings|visit|visits|process"),
        (.followUp, "!what|how *4 you|they|people|reps|recruiters|managers *3 look_for|expect|want|like|handle|treat|think_of|make_of *4 follow up"),
        (.followUp, "!do|does|did *3 usually|typically|normally|generally|always|often|tend_to *2 follow up|stay_in_touch|keep_in_touch|reach_out unless i|me|you_mind|we"),
        (.followUp, "!best|right|good|easiest way *3 for *2 grads|people|candidates|students|someone|applicants|juniors|newcomers|beginners"),
        (.followUp, "!best|right|good|easiest way *3 reach|contact|follow|get_in_touch|message|email *4 hiring_managers|recruiters|managers|people|professionals|alumni|strangers|employers|companies|someone|grads|candidates unless you|your|u"),
        // Their own habits and contacts: "Are you on LinkedIn much?", "what made you decide to stay in
        // touch with your old supervisor", "Who's good to follow on LinkedIn for aviation news?"
        (.followUp, "on linkedin|twitter|bluesky much|a_lot|often|at_all|these_days|anymore"),
        (.followUp, "stay|keep|stayed|kept|staying|keeping in touch with your|his|her|their *2 old|former|ex|previous"),
        (.followUp, "who|whom|anyone|people *3 worth|good *2 follow|following on linkedin|twitter|bluesky"),
        // Contact already made, notes taken on the call, photos shot: "I've already connected with you on
        // LinkedIn", "if I took a few notes while we talk", "I'll shoot a few test photos tomorrow".
        (.followUp, "already|just|recently *1 connected|added|followed|messaged|emailed"),
        (.followUp, "take|took|taking|make|making|jot|jotting *3 notes while|as|during"),
        (.followUp, "shoot|shooting *3 photos|photo|pictures|video|videos|footage|film|scenes|portraits|wedding|weddings|test|tests|practice"),
        // Someone else hearing from the learner: "would she be up for hearing from me?" asks for her.
        (.followUp, "she|he|they *3 up_for|open_to|happy|willing|okay|mind *2 hearing from me"),
        // A job not asked for: "I'm not trying to hit you up for a job here"; the field's habits: "Do
        // data people do the whole connect-on-LinkedIn-after-a-coffee-chat thing?"
        (.followUp, "hit|hitting you up for *2 ~job|a_job|work|favour|favor|money|referral|referrals"),
        (.followUp, "!do|does *4 people|folks|they|most|everyone *6 connect|add|follow *3 linkedin unless you|u|we|i"),
        // Kept up with a field, not with them: "a newsletter I should subscribe to, to stay in the loop on grid policy".
        (.followUp, "stay|keep|keeping|staying *1 in the? loop on|about|with unless you|your|yours|u"),
        // Whether keeping in touch helps, in general: "does staying in touch with former professors actually pay off?"
        (.followUp, "staying|keeping in touch *6 pay|pays|worth|help|helps|matter|matters|work|works"),
        (.followUp, "meant|supposed|intended|forgot *2 to send|email|share *4 beforehand|before|earlier|in_advance|ahead"),
        (.jobAsk, "!outside|besides|other_than|apart_from your|the *2 trust|team|company|firm|org|organisation|organization|practice|office|lab|clinic|hospital|charity|school unless ~job|openings|vacancies|let_me_know|hear_of|heads_up"),
        (.giveBack, "help people|others|patients|kids|children|families *6 one_day|someday|some_day|like_you|the_way_you"),
        (.giveBack, "team|everyone|everybody|staff|people *3 pitch|pitches|pitching|chip|chips in"),
        (.timeAck, "spoke|talked|chatted|met|worked|waited *2 for a? *1 minute|minutes|bit|while|second"),
        // Nerves about contact already made: "I was honestly so nervous to even send the message."
        (.followUp, "nervous|scared|terrified|afraid|anxious|worried|shy|embarrassed *4 send|sending|email|emailing|message|messaging|reach|reaching|write|writing|contact|contacting"),
        // Not a background: "I know I'm taking up a lot of your time", "you can think about me",
        // "before I sink 3 yrs into the DPT", "someone earlier in their career, maybe a first- or second-year associate".
        (.selfIntro, "taking|take up *3 time"),
        (.selfIntro, "think|thinking|thought about me"),
        (.selfIntro, "sink|sinking|spend|spending|invest|investing|waste|wasting|commit|committing|put|putting *1 ~duration"),
        (.selfIntro, "someone|anyone|any|other|some *3 first|second|third|fourth|final|1st|2nd|3rd|4th *1 year|years *1 associate|associates|analyst|analysts|resident|residents|teacher|teachers|nurse|nurses|apprentice|apprentices|trainee|trainees|engineer|engineers"),
        // Time that is not this call's: a call with someone else ("who might be willing to chat with me
        // for fifteen minutes?"), the camera off for a minute, being between jobs, "over Zoom", "behind
        // the steno machine", keeping them posted, meetings that tend to run over, rescheduling past.
        (.timeAck, "someone|anyone|anybody|who|they|he|she|nurse|colleague|student|them|him|her *10 for|in *2 ~number? ~timeunit"),
        (.timeAck, "camera|cam|mic|video|wifi|screen|audio *4 for a|one *1 minute|min|sec|second|moment"),
        (.timeAck, "i_am|i_m|am|currently|kind_of|sort_of|been between jobs|roles|positions|contracts|gigs"),
        (.timeAck, "over zoom|teams|skype|meet|the_phone|phone|video|email|the_next|next|the_summer|the_years|the_weekend|christmas|summer"),
        (.timeAck, "behind the|a *1 scenes|steno|desk|counter|bar|camera|wheel|machine|curtain"),
        (.timeAck, "keep|keeping|stay *2 posted|updated|camera|video|mic|in_the_loop|informed"),
        (.timeAck, "keep|keeping an|one eye on it|that|the_board|the_jobs|the_site|the_listings|the_page|your"),
        (.timeAck, "tend|tends|usually|often|always|ever *2 to? *1 run|running over|long|late"),
        (.timeAck, "running late on|with"),
        (.timeAck, "about|for|my|all_my the? rescheduling|reschedule"),
        // A career path told, not an offer: "that's how it went for me in the army, start at the bottom
        // carrying stuff and work your way up".
        (.jobAsk, "start|starting|started at the bottom *5 work|working|worked *1 your|my|their|his|her|one_s|our way"),
        // Heard in the yi tune conversations: contact already made ("I wrote to you through the museum's
        // contact form back in March"), a task to do alone ("Something I can do on a weekend maybe").
        (.followUp, "back in|during january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|fall|winter|school|college|uni|the_day|first_year|second_year|my_first_year"),
        (.followUp, "contact form|forms|page"),
        (.giveBack, "something|anything i can|could do *2 on|at|over|in|by *1 a|the|my? *1 weekend|weekends|own|myself|home|evening|evenings"),
        // Heard in y57: the team's habit asked ("or do you mostly hire CS grads?"), work someone else
        // offered the learner ("the farm down the road asked if I'd do lambing season with them"), a
        // condition on this call ("if we need to cut this short today, I'm happy to pick it up again").
        (.jobAsk, "you|they|your_team *1 mostly|usually|typically|generally|normally|tend_to|often|always|only hire|take|recruit|employ|want|prefer|expect|look_for"),
        // Places like theirs asked of in general: "Do places like Harlow's take on people coming back after a long gap?"
        (.jobAsk, "!places|companies|firms|employers|shops|stores|hospitals|agencies|studios|practices|labs|teams|clinics|kitchens|restaurants|salons|garages|schools|charities|nonprofits|councils|hotels|farms|museums|galleries|theatres|theaters|newsrooms|offices|sites|departments|organisations|organizations|venues|warehouses|bakeries|workshops like"),
        // Deciding between places, or an offer weighed: "I can't decide between the paid summer job at
        // the council and the unpaid research internship", "I got offered an unpaid internship… what
        // would you weigh up?", "I'm on the fence about applying to your grad scheme next year".
        (.jobAsk, "!!i|i_am|i_can_not|i_cannot|i_m *3 decide|deciding|choose|choosing|torn|pick|picking|weigh|weighing between unless keep_me|put_me|put_myself|consider_me|me_forward"),
        (.jobAsk, "!got|was|been|were|get offered *2 a|an|the? *2 ~job|paid|unpaid|summer|trainee|junior|graduate"),
        (.jobAsk, "!fence|unsure|undecided|sure|dithering|wavering *2 about|whether|on *1 to? applying|apply"),
        // A hypothetical applicant asking the route: "If someone like me wanted to apply to your company
        // one day, is the careers page the best route?"
        (.jobAsk, "!if someone|somebody|a_person|people|one like? *1 me|us? *2 wanted|want|wants|were|was *2 to? apply|applying"),
        // Where the learner stands, not where to find them: "just so you know where I'm coming from".
        (.giveBack, "where i am coming|at|going|heading|with|from"),
        // Heard in yw-yx: how their freelancers come to notice, the learner's unpaid hours joked about,
        // why the learner asks, how firms in general look at grads.
        (.jobAsk, "!how|when|why|where do|does|did *6 get|getting|got|come|end_up on *1 your|the radar"),
        (.jobAsk, "for free|nothing than"),
        (.jobAsk, "i ask|asking because|since|as"),
        (.jobAsk, "when|if|where firms|companies|employers|recruiters|places|hirers|agencies are|were *1 looking|hiring|taking|recruiting"),
        (.purpose, "never|not *1 had|done|got *1 a|an|any *2 ~job"),
        (.purpose, "want|wanted|like to ask *1 you? *1 first|firstly"),
        (.referralAsk, "intro|introduction|introductory course|class|module|session|lecture|workshop|day|week|level|unit|modules|courses"),
        // Or in the area: "Do hospitals round here ever take on OT assistants who haven't got the degree yet?"
        (.jobAsk, "!places|companies|firms|employers|shops|stores|hospitals|agencies|studios|practices|labs|clinics|kitchens|restaurants|salons|garages|schools|charities|councils|hotels|farms *1 round|around|near|in *1 here|town|this_area|the_area|these_parts"),
        // Someone else's hope told: "We had a volunteer who kind of assumed it would turn into a paid role."
        (.jobAsk, "!who|she|he|they *12 assumed|thought|hoped|hoping|hope|expected|expecting|figured|believed|wanted|wanting|want *4 it|this|that *2 would|might|could|to|will? *1 turn|turns|lead|leads|become|becomes"),
        // Someone else's contact given: "my buddy Ray rebuilds pumps, if you ever need a guy like that I can give you his number".
        (.jobAsk, "!give|send|pass|share|forward you? *1 his|her|their number|details|contact|name|email|card|info"),
        // A lifelong wish to know is a question, not an aim for the call: "I've always wanted to know how you guys climb those things."
        (.purpose, "always|forever|ever wanted|wondered"),
        (.jobAsk, "!asked|offered|invited|wants|wanted|keeps_asking *1 me|if_i|whether_i *1 would|could|to|will|might? *1 do|work|help|join|come"),
        (.giveBack, "if we|i|you|u *1 need|needs|have|must *1 to? *1 cut|stop|end|wrap|finish|leave|go|pause|run|jump|hop|dash|head|drop|hang"),
        // Giving back asked about as a custom: "is it weird to offer something in return after a chat
        // like this?", "do you offer anything in return to people who help with your research?"
        (.giveBack, "!!weird|normal|thing|common|expected|appropriate|rude|done *8 in return"),
        (.giveBack, "!do|does|did you|they|people|researchers *2 offer|give|get anything|something in return"),
        (.wrapUp, "if we|you|i *1 need|have|must *1 to? *1 cut|stop|end|wrap|finish|pause"),
        // Heard in y54–y55: a CV to the careers office, someone else's promise, nerves, a year's
        // goal, a wish to get rich, a personal question announced, a day of shadowing to see.
        (.jobAsk, "!to|with|at|by the|my careers|career office|service|services|centre|center|adviser|advisor|advisers|coach|counsellor|counselor"),
        (.followUp, "she|he|they|someone|people|manager|boss|recruiter *6 keep|stay|kept|stayed in touch|contact"),
        (.followUp, "follow|followed|following you on *2 already|since|for_years|for_ages|for_a_while"),
        (.followUp, "already follow|followed|following you"),
        (.referralAsk, "careers|career office|service|centre|center|adviser|advisor|department|school|uni|university *2 can|could|might|will put|connect|introduce"),
        (.referralAsk, "how my chat|call|conversation|meeting|talk with *3 goes|went"),
        // The learner's own season elsewhere: "after my first season on the boats".
        (.jobAsk, "my first|second|next|last|own season|summer on|at|in|with"),
        // Sent for their thoughts, it is the learner's favour asked, not one offered.
        (.giveBack, "!for your thoughts|feedback|input|opinion|eyes|take|review|reaction|comments"),
        (.selfIntro, "never done|had|been *1 one|this|these|an|that *2 before|of_these|of_those"),
        // Not their time: the learner "all over the place", a good time of year to apply, a busy
        // spell named in an offer ("Honestly I'd muck in at the warehouse any time you're slammed").
        (.timeAck, "all over the place"),
        (.timeAck, "good|best|right|bad|better|quiet time of|in *1 year|the_year|the_season"),
        (.timeAck, "good|best|right|bad|better time to *1 go_into|get_into|apply|start|join|break_into|enter|retrain|switch|move"),
        (.timeAck, "when|whenever|if|time you are *1 ever|really|too|very|super? *1 busy|swamped|slammed|stretched|short"),
        // Heard in the labelled lines: a hypothetical ("If I took the unpaid internship, would it look
        // bad…?"), one trial told ("I did a trial shift at a bistro last week"), notes or photos taken,
        // the call's own logistics ("I switched to my hotspot", "I left the call"), how hard or cheap
        // the learner works (a bid's words, not a background), one of these calls before.
        (.selfIntro, "!,if|suppose|supposing|say i did|took|started|volunteered|manage|managed|got|went|applied|switched|moved|quit|left|joined|studied|retrained|were_to"),
        (.selfIntro, "!hypothetically|hypothetical"),
        (.selfIntro, "i did|had|do a|an|one trial|taster|one_day|unpaid_trial *1 shift|day|week|session|run"),
        (.selfIntro, "i took *3 notes|photos|pictures|photographs|shots|video|videos|footage|pics"),
        (.selfIntro, "i moved|switched|went|left|changed *2 the|my|another|a *1 kitchen|room|hotspot|phone|laptop|wifi|bedroom|car|garden|call|meeting|zoom|headphones|headset|browser|camera"),
        (.selfIntro, "i took *1 a_lot|so_long|too_long|long|ages|forever"),
        // The thing put first is a reaction: "Ha, yes, that I've definitely done."
        (.selfIntro, "that|this|which i have|had *1 definitely|already|certainly|totally|def|also? *1 done"),
        // Their years asked of: "Do you still like the work, after five years in the city office?"
        (.selfIntro, "!do|does|did|are|were|have|has|would|is you|it *8 after|with|for *2 ~duration"),
        (.selfIntro, "i work *1 very|really|so|super? *1 hard|cheap|fast|quick|for_biscuits|for_free|for_peanuts|for_coffee"),
        (.selfIntro, "i did *2 one|two|a_couple of these|those|them"),
        (.selfIntro, "quick|fast|good|hard|reliable|fast|very_hard *1 study|learner|worker"),
        (.purpose, "goal|goals|aim|plan|plans|resolution|intention for this|next|the year|month|summer|semester|term|spring|autumn|fall|winter"),
        (.purpose, "get|getting|be rich|richer|famous|wealthy|bored|burnt_out"),
        (.purpose, "ask|asking you? something|a_question|one_thing|one_more_thing|a_quick_question|a_personal_question"),
        (.purpose, "!shadow|shadowing|tag_along|sit_in *10 see|watch"),
        (.purpose, "!to see if|whether there is|there_is *2 any|a way|chance|opening|room|space|spot *2 onto|into|on|in|for_me"),
        // A search told is not a background: "right now I am applying to some coordinator jobs at agencies".
        (.selfIntro, "i am|i_have_been applying|interviewing *1 to|for|at? *2 some|a|jobs|roles|positions|places|agencies|companies"),
        // Free time the learner will spend on their own work: "my summers are free… I was planning to
        // use July to build something I could put in a portfolio".
        (.jobAsk, "!use|spend|using|spending *4 to? build|building|make|making|work_on|working_on|learn|learning|study|studying|practise|practice|practicing|finish|finishing unless intern|internship|your_team|with_you|with_your|shadow|shadowing|placement|~job"),
        // A resume sent to be read, not passed on: "could I send you my resume? I'd really appreciate
        // you telling me what looks weird on it".
        (.jobAsk, "!!what|anything|something|where *2 looks|reads|seems|sounds|is *1 weird|wrong|off|odd|bad|strange|amateur|unprofessional|confusing|missing|weak|thin|lacking|generic|boring"),
        // The market asked of, not their team: "Do firms in your area take on older trainees?", "Are
        // agencies hiring junior copywriters at all right now?", "Hiring for new-grad nurses seems slow."
        (.jobAsk, "!firms|companies|employers|agencies|theatres|theaters|hospitals|studios|labs|practices|clinics|schools|shops|restaurants|kitchens|councils|banks|charities|nonprofits|museums|galleries|bakeries|hotels|farms|garages|salons|startups|publishers|newsrooms|consultancies *5 take|taking|takes|hire|hiring|hires|recruit|recruiting|recruits|employ|employing unless me|my|yours|let_me_know|keep_me|intro|introduce|put_me|refer|in_touch"),
        (.jobAsk, "!hiring|recruitment|recruiting *4 seems|seem|is|has_been|feels|looks|was|been *2 slow|tough|brutal|dead|frozen|competitive|quiet|hard|rough|slowed|paused|crazy|insane|cutthroat|fierce|grim"),
        // How their team takes people on, asked as a process: "Who actually screens the applications on
        // your team?", "How do you decide who to take on as an apprentice?"
        (.jobAsk, "!who|how *3 screens|screen|reads|read|reviews|review|sifts|sift|shortlists|shortlist|vets *3 ~application|cvs|candidates|applicants unless mine|my|me"),
        (.jobAsk, "!how do|does|did you|they|firms|teams|your_team *2 decide|choose|pick|select|know who|whom|which|when *6 take|hire|bring|taking|hiring|bringing unless me|i"),
        // Work in a field asked of: "Are there jobs in oceanography that don't need a PhD?", "Do most
        // people in your field get there through internships?"
        (.jobAsk, "!are there *1 any? *1 jobs|roles|positions|careers|openings in|within *3 that|which|where|without|outside|for_people|for_someone unless your|you|ur|yours|here|me|i"),
        (.jobAsk, "get|got|getting|gets there|in through|via *2 internships|placements|apprenticeships|grad_schemes|graduate_schemes|volunteering|work_experience"),
        // A routine told: "I do a few shifts a month with St John Ambulance at football matches."
        (.jobAsk, "i do|work|pick_up *1 a_few|some|the_odd|occasional|extra *1 shifts|hours a|per|each week|month|weekend|fortnight"),
        // One event's need, which help answers: "if the choir's Christmas concert needs someone on the door, I'm there."
        (.jobAsk, "!if the|your|our|ur|their *3 fundraiser|gala|launch|raffle|quiz|fair|fete|festival|concert|exhibition|conference|open_day|opening_night|party|parade|auction|cleanup|hackathon|expo|bake_sale|open_evening|careers_fair|recital|premiere *3 needs|need|wants|could_use|is_short|is_looking unless paid|unpaid|shifts|summer|season|regular|regularly|weekly|weekends|every|months|weeks|role|job|hiring|hire|staff|permanent"),
        // Advice reported, not taken up with them: "My sister keeps telling me to just offer to work for
        // free somewhere", "My teacher keeps saying I should offer to help out at a local studio."
        (.jobAsk, "!keeps|kept|always|keep *1 telling|saying|suggesting|nagging *2 me|i *2 to|should|need|ought *4 offer|work|volunteer|intern|apply|ask|help unless can_you|could_you|would_you|so_can_i|so_could_i|so_i_am_asking|so_here_i_am"),
        (.giveBack, "!keeps|kept|always|keep *1 telling|saying|suggesting|nagging *2 me|i *2 to|should|need|ought *4 offer|work|volunteer|intern|help"),
        // Elsewhere, weighed: "If I offered some firm back home to work for free for a month, would that look desperate?"
        (.jobAsk, "!if i offered|offer|asked|ask|volunteered|emailed *4 some|a|another|other|a_local *1 firm|company|studio|place|shop|org|organisation|organization|lab|practice|clinic|agency|business unless your|you|yours|u|ur"),
        // How anyone gets on a list: "Wait, you translate for the courts too? How does anyone get on that list?"
        (.jobAsk, "!how|what_does_it_take|what_do_you_need *3 anyone|someone|people|one|a_person|you|somebody|they *2 get|got|gets|getting on|onto *1 that|the|a|those *1 list|register|roster|panel|books|lists unless me|i|my"),
        // Unpaid work of the learner's own told: "I've been doing subtitles for a fan group for two years, totally unpaid."
        (.jobAsk, "!i *1 have|had|was|were|used_to|did|do|am *2 been|doing|done|volunteering|working|helping|coaching|tutoring|running *20 unpaid|for_free|without_pay|for_nothing unless could|can|would|happy|happily|glad|gladly|willing|offer|if_you|for_you|your"),
        // A name as what helps an application: "I would like to apply, and I think it is better with a name."
        (.referralAsk, "better|easier|best|helps|help *2 with|having|to_have a name"),
        // A place someone got, told: "My flatmate got an internship at your firm last year through a friend."
        (.jobAsk, "got|landed|did|had|secured|won|started *1 an|a|the|her|his|their|that *1 ~job unless for_me|me|i|whether_you|if_you|you_have|you_got"),
        // Help with a piece of their work, with no word of work, pay, clients or a stretch of time, is
        // help in return however sure the guess: "If your team ever needs someone to help with the
        // data, I'd be keen."
        (.jobAsk, "!someone|somebody|anyone|a_hand *1 to? *1 help|helping with|on|out *1 the|a|some|any|your? *1 data|analysis|research|project|projects|survey|study|stats|code|spreadsheet|spreadsheets|writing unless ~clientele|clients|summer|season|weeks|months|regular|regularly|weekly|free|unpaid|paid|shifts|hours|available|afternoons|mornings|evenings|weekends|role|job|position|hire|hiring|intern|internship|every|days_a_week|placement"),
        // A task to try alone, suggested: "could you suggest a hands-on task I could take on in the next
        // few weeks that would show me whether this kind of work suits me?"
        (.jobAsk, "!suggest|recommend|set_me|give_me *3 a|an|some|one? *2 task|tasks|project|exercise|exercises|assignment|challenge|brief unless your|ur|you_guys|for_you|with_you|paid|intern|internship|team"),
        // No pressure put on them: "please don't feel any pressure about openings or anything."
        (.jobAsk, "pressure|pressured|obligation|obliged *3 about|to|over|re *2 ~job|openings|hiring|hire"),
        // A CV sent not to be passed on: "Can I send you my CV? Not to pass on or anything, I want to know
        // if it reads like a career changer's CV in a bad way."
        (.jobAsk, "!!not to|for *2 pass|passing|forward|forwarding|hand|handing *2 on|along|it|anywhere"),
        // How hard the way in is, told: "it's so hard to get a foot in the door when nobody knows anybody".
        (.jobAsk, "!hard|tough|difficult|impossible|easy|easier|harder *6 foot in the door unless help_me|get_me|give_me"),
        // Whom they take without a thing, asked as a rule: "Do you take on runners who haven't done a film
        // course, or is that a must?"
        (.jobAsk, "!take|takes|taking|hire|hires|hiring *1 on? *2 ~staffrole|people|anyone|interns|juniors|graduates|grads|trainees|apprentices|students|someone|candidates who|that *3 not|never|lack|lacks unless me|my|i_am|i_have|someone_like_me|people_like_me"),
        // A posting seen: "I saw the coordinator job on your site this morning actually."
        (.jobAsk, "~job *3 on|at your|the *1 site|website|careers_page|careers_site|jobs_board|job_board|linkedin|listings unless still|open|apply|available|filled|going"),
        // The work of juniors asked of: "Could you walk me through what a typical week looks like for a
        // junior on your team?", "Does your manager ever let juniors sit in on the client calls?"
        (.jobAsk, "!what *4 typical|usual|normal|average *1 day|week|shift|month|year *4 looks|look|like|involves|involve unless i_joined|i_started|i_were|for_me|i_came|if_i"),
        (.jobAsk, "!let|lets|allow|allows *1 juniors|interns|trainees|students|apprentices|graduates|new_starters|new_hires|newbies *3 sit|join|attend|lead|run|do|take|go|shadow|present|handle unless me|i"),
        // The learner's CV described for advice: "So my CV right now has the two internships up top…"
        (.jobAsk, "!!my cv|resume *3 has|lists|starts|leads|includes|mentions unless pass|forward|send_it|hand|flag|hr|recruiter|recruiters|hiring_manager|on_file|keep|in_case|opens|comes_up|send_you|email_you"),
        // How a CV line would look to employers: "Would that look unprofessional for a marketing role?"
        (.jobAsk, "!look|looks|seem|seems|come_across|comes_across|read|reads *1 too? *1 unprofessional|weird|odd|bad|amateur|amateurish|unserious|silly|desperate|naive|cluttered|padded|strange|good|better|impressive|random *4 for *2 ~job|recruiters|employers|hiring_managers|applications"),
        // An application elsewhere, told: "I'm about to send off my application for Teach First — what's the assessment day like?"
        (.jobAsk, "!about_to|going_to|just|finally|already *2 send|submit|sending|submitting|sent|submitted off? *1 my ~application unless your|you|flag|pass|word"),
        // Curiosity about where their people come from: "I always wondered where they all come from".
        (.jobAsk, "!!always|often|ever? wondered|curious where|how|why|who they|these|those|all"),
        // An introduction to learn what hirers look for: "I'd love to hear from them what they look for when screening."
        (.jobAsk, "!!hear|learn|ask|understand *4 what|how they|them *2 look_for|screen|want|value|look"),
        // Jobs in a field asked of: "Are there jobs in lighting you can do without a degree?"
        (.jobAsk, "~job *4 you|one|people|someone can|could *1 do|get|land *2 without|with|if"),
        // A practice asked, either/or: "do you take on pickers every september or is it the same crew each year?"
        (.jobAsk, "!take|takes|hire|hires|recruit|recruits *4 every|each year|season|summer|spring|autumn|fall|winter|september|october|june|july|august|month|january|christmas *4 or"),
        (.jobAsk, "!!what|anything|where *2 i|to *1 should|could|need_to|might? *1 fix|change|cut|improve|rework|tweak"),
        // Notes the learner takes: "Okay, I write that down."
        (.followUp, "write|writing|wrote|jot|jotting|note|noting|take|taking *2 that|it|this|them|those|everything|the_name|his_name|her_name down"),
        // A thing that would show what the learner can do is their own work: "Is there a kind of
        // project you'd suggest, something that would show I can actually do this?"
        (.giveBack, "show|prove|demonstrate *2 i|that_i can|could"),
        // Hiring the learner knows of, or a promise someone else made, told rather than asked: "So I
        // know you're hiring for the planner roles right now, I saw the posting", "the recruiter told
        // me last month they'd keep me in mind".
        // Openings the learner saw posted, told: "I saw you've got tech openings posted for the new site."
        (.jobAsk, "!i know|knew|saw|heard|noticed|see|gather|understand|read that? *1 you|they|your_team|the_team *1 have|have_got|got|had *3 openings|vacancies|jobs|roles|positions|postings *2 posted|advertised|up|out|listed|online unless could_i|can_i|may_i|would_you|could_you|consider|any_chance|put_me|for_me|apply|is_there|are_there"),
        (.jobAsk, "!i know|knew|saw|heard|noticed|see|gather|understand|read that? *1 you|they|your|the|it *2 are|is|were|was|have_been|has_been ~hiring unless could_i|can_i|may_i|would_you|could_you|consider|any_chance|put_me|for_me|apply|is_there|are_there"),
        (.jobAsk, "they|she|he|someone|everyone|everybody|people|recruiter|recruiters|manager *2 would|will|might|promised|said|swore *3 keep me in mind"),
        // The phrase talked about: "I used to think 'keep me in mind' was what you were supposed to say".
        (.jobAsk, "keep me in mind was|is|sounds|seemed|seems|line|thing"),
        // A place offered to the learner elsewhere, or the learner as the one hiring, told: "whether to
        // take the unpaid internship I was offered at the museum", "if I ever end up hiring people
        // myself one day".
        (.jobAsk, "~job *1 i *1 was|have_been|got|had_been|have|had? *1 offered|accepted|turned_down|declined"),
        // Saying what the learner is not doing, with words between: "I'm not — and I want to be clear
        // about this — asking you for a job", "informational interviews aren't for asking for jobs".
        (.jobAsk, "not|never *10 asking|ask *3 for *2 a|an|any? ~job|jobs"),
        // Someone else asking, or a hypothetical asker: "my mum keeps asking if your company is
        // hiring", "say a kid walked up asking for a Saturday job at your stall".
        (.jobAsk, "mum|mom|dad|parents|brother|sister|cousin|friends|friend|everyone|people|she|he|they|kid|customer|student|teenager|someone|somebody|applicant|candidate *2 keeps|keep|kept|always|walked_up|walked_in|came_in|came_up|rang|called? *1 asking|asks|asked *8 ~hiring|hire|job|work|jobs|shift|internship|placement|recruiting"),
        // What another employer wants of the learner: "they want me to start unpaid for two weeks".
        (.jobAsk, "they|she|he want|wants|wanted|expect|expects|expected me to *1 start|work|come|do *3 unpaid|for_free|for_nothing|without_pay"),
        // The kind of person a team takes on, or how many: "do you take interns without degrees",
        // "does your company usually hire grads straight out of school", "firms in your area take on
        // older trainees", "you said you hire two grads a year", "just took on two apprentices", "do u
        // take apprentices who dont have like an art degree".
        (.jobAsk, "interns|grads|graduates|trainees|apprentices|juniors|students *1 without|straight|a_year|each_year|every_year|per_year"),
        (.jobAsk, "interns|grads|graduates|trainees|apprentices|juniors|students|people|candidates|applicants who|that *1 do|does|did? *1 not|never|have|has|lack|lacks|already|come|came"),
        (.jobAsk, "take|takes|taking|took|hire|hires|hired|hiring *1 on? *1 older|mature|younger|foreign|international|two|three|four|several|a_few *1 interns|grads|graduates|trainees|apprentices|juniors|students|people|staff"),
        (.jobAsk, "regret|regrets|regretted *2 taking|hiring|not_taking|not_hiring"),
        // Advice on the learner's own choice: "should I get a job at a startup or a big company
        // first?", "would you take the unpaid internship in London or the paid job at home?", "I got
        // an offer from a nursery, would you take it?"
        (.jobAsk, "!should_i|i_should|would_you|you_would *1 get|take|accept|go|go_for|choose|pick *4 ~job|paid|unpaid|post|offer *8 or"),
        (.jobAsk, "!i got|have|had|received an? *1 offer|offers from"),
        (.jobAsk, "!!i have|had|got|received got|gotten|an|a *2 offer|offers from unless rather|prefer|instead|room|space|opening|openings|with_you|your_team|intern_with|work_with|join"),
        // Others' hopes told: "Have you ever had a volunteer who assumed it would lead to a paid job?"
        (.jobAsk, "who|they|he|she|volunteers|interns|people|students *2 assumed|assume|assumes|thought|think|thinks|expected|expect|expects|hoped *3 would|will|could *1 lead|turn|leads|turns"),
        // How a door opens, asked: "is it like an application or do you have to know someone?"
        (.jobAsk, "have|need|got to know someone|somebody|anyone|people|the_right_people"),
        // One question put as an interest, not why they came: "I'm really interested in how you
        // balance research and clinic." With a reason beside it, it says why: "I'm interested in how
        // people move into UX, because I'm thinking of switching."
        // The reason is the learner's own weighing ("since I'm deciding"), not theirs ("how you decide
        // which patients get seen first").
        (.purpose, "!,interested|fascinated|intrigued in|by how|what|why|which|where unless just|purely|simply|mostly|mainly|because|since|before|reason|whether|career|careers|field|industry|hoping|today|chat|call|conversation|not || i|me|myself|my *4 decide|deciding|pick|choose|choosing|exploring|explore|switch|switching|move|moving|considering|thinking|learning|learn"),
        // The learner's own taking, not the team's hiring: "I'd be taking quite a cut from what I earn now".
        (.jobAsk, "!i|we *2 be|still taking|recruiting|hiring|onboarding unless me|~job|apply|applying|application"),
        // Advice on a choice the learner weighs elsewhere, with no word of the listener's place:
        // "If I took the unpaid internship, would it look bad to leave after a month?", "The garden
        // centre wants me to do an unpaid trial day — should I push back?", "i turned down a paid
        // internship at a bank to do this course lol". Not "should I apply to your grad scheme now?".
        (.jobAsk, "!should_i|i_should|worth_it|look_bad|looks_bad|looked_bad|if_you_were_me|in_my_shoes|turned_down|been_offered|was_offered|wants_me_to|offered_me unless just_ask|should_ask|your|yours|ur|to_you|with_you|for_you|you_my|send_you|email_you|give_you|you_guys|you_mentioned|you_posted|you_are_hiring|here|should_not|ring_me|call_me|think_of_me|keep_me_in_mind|let_me_know"),
        // The professional's own start, or someone else's, or the learner's past job, told or asked
        // about: "When you started at the farm, did you get paid during lambing or was it just for the
        // experience?", "When the studio took you on, was it after a trial week?", "My friend did a
        // trial shift at a cocktail bar", "in my last company they hire me after one week trial" — but
        // not a story of their own place, told to ask the same: "My cousin did a stage in your kitchen
        // last summer, two weeks... Could I do same?"
        (.jobAsk, "!when|back_when you *2 started|began|joined|first|got_into|got_started|came_in|were_starting|were_new|were_coming_up"),
        (.jobAsk, "!took|taken|take you on"),
        (.jobAsk, "!did|were you *1 get? *1 paid"),
        (.jobAsk, "!my friend|friends|flatmate|roommate|neighbour|neighbor|sister|brother|cousin|mate|colleague|partner|husband|wife|son|daughter|classmate|housemate *3 did|got|was|had|went|landed|applied unless your|ur|could_i|can_i|could_you|would_you|same|for_me|like_that"),
        (.jobAsk, "!,in|at my last|previous|old|former job|company|workplace|employer|place|role"),
        // How hiring or placements work, asked: "What do hiring managers look for in a portfolio for a
        // role like that?", "Does your hospital take the OTA students for the fieldwork, or the
        // students must find the place by themselves?"
        (.jobAsk, "!what *4 look|looks|looking for"),
        (.jobAsk, "!or the? students|interns|trainees|apprentices|grads|graduates|people|they *2 must|have_to|need_to|should|find|arrange|organise|organize|sort|apply"),
        (.jobAsk, "once|when|after|before|until i *2 land|get|start|secure|begin *3 a|an|my ~job"),
        // Others looking for work: "my sister's looking for work as a vet nurse", "when you're looking
        // for temp work".
        (.jobAsk, "sister|brother|friend|mum|mom|dad|partner|husband|wife|cousin|flatmate|son|daughter|she|he|they *2 looking|searching|hunting for"),
        (.jobAsk, "when|if you|one|people are|is *1 looking|searching|hunting for *2 work|jobs|a_job|an_internship|internships|placements|temp"),
        // How such things go in the field: "how long does it take for a referral to turn into an
        // interview", "do you think these conversations turn into jobs".
        (.jobAsk, "how_long|how_often|how_quickly *8 turn|turns|lead|leads into|to"),
        (.jobAsk, "conversations|calls|chats|coffees|referrals|meetings|internships|placements *2 turn|lead|turns|leads|turned|led into|to"),
        (.jobAsk, "ask|asking for the *2 coordinator|manager|officer|desk|office|department|person"),
        (.jobAsk, "!difference|differences between"),
        // "do people usually get it on the job?": while working; "I'm taking chem again this semester":
        // the learner taking a class, not a team taking people on.
        (.jobAsk, "on the job"),
        (.jobAsk, "i am|was|will_be|have_been *1 taking|took"),
        (.jobAsk, "job hunting|hunt|search|searching|seeking|market|fair|fairs|boards|board|titles|title|description|descriptions|security|satisfaction"),
        (.jobAsk, "write|writing|wrote|written reference|references|referral"),
        (.jobAsk, "someone|somebody|people|anyone|a_person *8 be|get|being|getting considered"),
        (.jobAsk, "did|do|does you|they|people *4 stay|get|be|keep on? *1 the|their|someone_s *1 radar"),
        // The learner writing again with a question of their own: "may I reach out again if something
        // comes up?"
        (.jobAsk, "i *3 reach|contact|email|get_in_touch|message|call|write *3 if|when something|anything *1 comes|came"),
        // Clients and commissions, not staff: "are you still taking on new weddings for next summer?"
        (.jobAsk, "taking|take|takes *1 on? *1 new|more|any *1 clients|customers|weddings|bookings|commissions|orders|patients|cases|projects|work"),
        // The field's jobs, asked about: "are there jobs you can do with just a bachelor's?", "is it
        // better to go through the careers page or people you know, for internships at firms like yours?"
        (.jobAsk, "jobs|roles|positions|openings|internships you|u|one|people|someone|grads|graduates|students *1 can|could *1 do|get|land|go_for|apply_for *3 with|without|if|straight|after|before"),
        (.jobAsk, "!is|are it|there? *1 better|best|easier|harder|smarter|wiser|normal|common|usual *16 firms|companies|places|studios|agencies|practices|labs|teams like yours|urs"),
        // A posting seen where it is posted, told: "there's an assistant editor job up on your careers page".
        (.jobAsk, "~job *2 on your|the *1 careers|website|linkedin|jobs_board|job_board|noticeboard|newsletter|instagram"),
        (.jobAsk, "i *1 ever|end_up|one_day|someday|eventually *1 hiring|hire *3 myself|one_day|someday|of_my_own"),
        // The learner's own contacts, told or offered: "I know someone at the council who deals with
        // planning, happy to put you in touch."
        (.referralAsk, "i|we also|actually|already? know|knew anyone|anybody|someone|somebody|people|a|an|loads|plenty|some|others|a_few|a_couple"),
        // The market, their past, and the learner's own search, told: "Hiring's brutal right now",
        // "did they create the role for you?", "I'm looking for work as a line cook at the moment,
        // but today I really just wanted to hear about your path."
        (.jobAsk, "~hiring *2 brutal|tough|hard|slow|dead|competitive|rough|crazy|frozen|insane|grim|bleak|impossible|difficult|quiet|terrible|awful|harsh|wild"),
        (.jobAsk, "create|created|creating|made|make|invent|invented|carve|carved|design|designed|build|built *4 ~job *2 for you|yourself|her|him|them"),
        (.jobAsk, "i|we am|are looking|searching|hunting for *2 work|a|an|jobs|roles|positions|shifts unless if_you|would_you|could_you|any_chance|is_there|are_there|do_you|have_you|you_have|you_guys|with_you|at_your|in_your|on_your|your_team|your_company|your_firm|your_place|your_shop|your_kitchen|your_office|for_me|you_know_of|you_hear"),
        // What the learner did before, or what someone else said or offered, is a story, not a move
        // in this conversation: "I sent a thank-you email the same evening", "my old manager promised
        // to introduce me to people", "a lecturer said she'd put me in touch with a recruiter".
        (.followUp, "i|we|i_have|i_had *1 sent|sending|connected|emailed|messaged|texted|wrote|followed *8 last|ago|yesterday|evening|never|already|every|but|recruiters|fair|event|conference unless if_i|mind_if|okay_if|ok_if|alright_if|all_right_if|fine_if"),
        (.followUp, "never followed|follow up|through"),
        // Forward as boldness: "Sorry if this is forward, but…"
        (.followUp, "is|too|bit|sounds|seems|being|sound|seem forward"),
        // Calling something out is highlighting it: "I should call that out on the CV as well".
        (.followUp, "call|calling|called *1 that|this|it|them out"),
        // Follow-up as a practice, theirs or others': "What kind of follow-up do you expect from
        // candidates?", "I always thought recruiters did all the follow-up", "Do you connect with
        // people on LinkedIn after meeting them?"
        (.followUp, "kind|sort|type|lot|bit of follow up"),
        (.followUp, "did|does|do|doing all|most|the|any *1 the? follow up"),
        (.followUp, "do_you|does_she|does_he|do_they|did_you connect|add|follow"),
        // An invitation already accepted: "Thanks for accepting my request on LinkedIn."
        (.followUp, "accepting|accepted|accept my *2 request|invite|invitation|connection"),
        // Writing to someone else: "I'll email the practice manager then."
        (.followUp, "email|emailing|message|messaging|contact|contacting|call|ring|write_to *1 the|their|her|his *2 practice|office|hiring|recruiter|manager|team|department|clinic|company|admissions|coordinator"),
        // The people they named, contacted: "I will write to them."
        (.followUp, "write|email|message|contact|call|ring|text *1 to? them|him|her unless to_you"),
        // A name passed to whoever hires is for a role: "would you pass my name on to the practice manager?"
        (.referralAsk, "pass|passing|put|putting|forward|forwarding|send|sending|share|sharing my|me *1 name|details|resume|cv *3 to|on|along|with *2 the|your *1 practice|hiring|manager|recruiter|boss|head|owner|partner|partners|hr|director|supervisor|talent|recruiting|recruitment|people_team"),
        // "Would you be open to hearing from me again?" plans later contact with them.
        (.referralAsk, "would|might you|u be open|happy|willing|ok|okay|keen *2 to|for? *1 hearing|hear|chatting|chat|talking|speaking|meeting"),
        // How they staff, a hypothetical offer from elsewhere, thanks for the time, a generic door:
        // "do you use agency staff on the wards?", "if a pub asks me for a trial shift, should I
        // expect pay?", "I appreciate you making room for me", "my foot in the door at a council".
        (.jobAsk, "do|does|did you|they|your_team *1 use"),
        (.jobAsk, "!if a|an|another|someone|somebody|they|an_employer|a_company *3 asks|ask|offers|offer|wants|invites|gives me"),
        (.jobAsk, "making|made|make|for_making room|time|space for me"),
        (.jobAsk, "foot in the door at|with|of a|an|any|another"),
        // "you must know someone inside" is advice heard, not an ask.
        (.referralAsk, "must|have_to|need_to|should|gotta|got_to *1 know someone|somebody|people|the_right"),
        (.referralAsk, "promised|offered|said|told|mentioned|swore *4 introduce|connect|put *2 me"),
        (.jobAsk, "said|told|promised|offered|mentioned|swore me|us? *1 she|he|they|she_would|he_would|they_would|to *3 put|introduce|connect|refer|pass|keep"),
        // A field the learner could work in, not an offer: "if housing policy is something i could
        // actually do as a career".
        (.giveBack, "something|anything i can|could|would|might *2 do|see_myself|try *2 as|for a? career|job|living|long_term|full_time"),
        (.giveBack, "flatmate|roommate|friend|sister|brother|colleague|partner|mum|mom|dad|she|he|they offered|offers|said *3 help|to"),
        (.giveBack, "person|someone|people|their|his|her|junior|student|intern|grad offer|offers|offering of? *1 help|support"),
        (.giveBack, "!someone|somebody|people|friend|friends|mate|mates|everyone|juniors|students *4 offered|offers|offer|offering|saying|say|said|told *4 help|work|volunteer|for_free"),
        // Sending what the learner took away is later contact: "I'd happily send you a summary
        // of what I learn."
        (.giveBack, "!send|share *4 summary|update|updates|notes|progress|how_it_goes|what_i|results unless useful|helpful|handy|use|help|benefit|valuable|favor|favour|return|volunteer|test|playtest|beta_test|proofread|fresh_eyes|pair_of_eyes|play_it|try_it|test_it|anything|if_your|your_team|for_your_team"),
        // Offered to be taken on, it is a job ask: "let me know if your team ever needs a research
        // assistant? I'd love to be considered."
        // A thing sent in a sentence of its own still stands beside such an ask: "I'd be glad to send
        // you the spreadsheet if it's useful. Also, if your office takes on summer help, I'd love to be considered."
        (.giveBack, "!!considered|consider_me|hire_me|take_me_on|apply unless send|share|forward *3 the|my|a|some|our spreadsheet|data|dataset|notes|article|link|report|survey|list|template|slides|deck|paper|guide|podcast|video"),
        // A hypothetical about their choices asks; it offers nothing: "If you were looking at two
        // portfolios, what would make you stop and actually read one of them?"
        (.giveBack, "!if_you_were|say_you_were|suppose_you_were|imagine_you_were|were_you|if_you_had unless i_would|i_could|i_can|i_will|i_am_happy|happy|glad|count_me|let_me"),
        (.giveBack, "said|told|advised|says|tells|recommended|taught *3 should|to always? offer|help|return"),
        (.thanks, "thank|thanking employees|staff|clients|customers|donors|volunteers|colleagues|teams|people|them|patients|students|their|your_team"),
        (.wrapUp, "let you know|hear"),
        // Not a close: "you've kind of become my good luck charm", "I finally got to go hiking", "so
        // I'll keep this short — what's the hardest part?"
        (.wrapUp, "good_luck charm|charms"),
        (.wrapUp, "finally|actually|even|never|always got|get to go"),
        (.wrapUp, "got|get to go hiking|camping|swimming|skiing|fishing|surfing|shopping|running|climbing"),
        (.wrapUp, "!keep *2 it|this|things short|brief|quick unless thank|thanks|bye|go|leave|wrap|goodbye"),
        // The learner's own course ending: "I'm wrapping up my accounting diploma at the community college in June."
        (.wrapUp, "wrapping|finishing up? *1 my|the|a *3 diploma|degree|course|thesis|dissertation|studies|program|programme|placement|internship|contract|apprenticeship|semester|year|masters|phd"),
        // Doubt that a thing is the whole of it: "they put the rails in, but I don't think that's all of it, is it?"
        (.wrapUp, "not|never think|believe|reckon|suppose|guess|sure *1 that|it|this *1 is|was|were all"),
        // A limit promised at the start: "I won't keep you longer than twenty minutes, promise."
        (.wrapUp, "keep|hold you *1 any? *1 longer|more than *2 ~number|half|an|a"),
        // The learner's own day, this call's preparation, and waiting for them: "its been a long day
        // haha", "I looked you up before the call", "take your time, I'll wait".
        (.timeAck, "been a long day unless you|your|u"),
        (.timeAck, "before the call|chat|interview"),
        (.timeAck, "no_worries|no_rush|sure|ok *3 take your time"),
        (.timeAck, "take your time *2 wait|no_rush"),
        (.wrapUp, "before we|i get|got|start|begin|dive *1 going|started|in"),
        (.wrapUp, "make good|the_most|best|full use"),
        (.jobAsk, "councils|companies|firms|employers|hospitals|schools|banks|agencies|studios|labs|trusts|startups|they *2 hiring|hire *2 people|someone|anyone|graduates|grads"),
        // "my clients always thank me" reports; "…back to your patients now — thank you so much" thanks.
        (.thanks, "patients|clients|customers|students|families|people|parents|donors|users|they|someone|anyone *2 always|often|usually|never|rarely|sometimes|actually|really|do|did|will|would|to|say|said|send|sent|write|wrote|ever *3 thank|thanks"),
        (.thanks, "patients|clients|customers|students|families|people|parents|donors|users|they|someone|anyone thank|thanks me|us|them|staff|the|their|her|him"),
        (.followUp, "keeping|keep|stay|staying in touch with them|clients|customers|patients|donors|users|people|stakeholders"),
        (.thanks, "thanked|thanks|thank me|us *3 for"),
        (.jobAsk, "there *2 jobs|openings|roles|positions|vacancies for people|someone|anyone|those|graduates|grads|folks|career_changers|newcomers"),
        // Questions about jobs in general or about their practice: "are the internships at your
        // company paid?", "do internships in publishing ever turn into full-time jobs?", "when your
        // team takes summer interns, what do they do?", "companies ask for citizenship for PM roles".
        (.jobAsk, "are|is|were|do|does *2 ~job *6 paid|unpaid|filled|structured|competitive|remote|hybrid|advertised|posted|ever|usually|mostly|typically|normally|generally|often|always|rare|common|reserved|limited unless me|i|my"),
        (.jobAsk, "are|is there *1 usually|typically|generally|normally|often|many|much|more|fewer|enough|lots|plenty|a_lot *3 jobs|openings|roles|vacancies|positions *4 for|in|outside|near|around|at unless your|you|yours"),
        (.jobAsk, "ever|usually|often|typically|generally|normally|sometimes|rarely|commonly turn|lead|turns|leads into|to"),
        (.jobAsk, "when|whenever|once|after|how|what|who|where|why *5 take|takes|hire|hires|accept|accepts *2 interns|juniors|graduates|grads|trainees|apprentices|students|placements"),
        (.jobAsk, "companies|company|companys|employers|firms|recruiters|they|most|many|hiring_managers|banks|agencies *2 ask|asking|require|requires|want|wants|expect *3 for"),
        (.jobAsk, "cannot|cant|can_not|could_not|unable_to|can_t *2 give|offer|find|get *2 me *2 a|an job|internship|position|role"),
        // "to get a job in fintech you must know someone" speaks of the field.
        (.jobAsk, "to|how_to|way_to|order_to|hard_to|easier_to|harder_to|easy_to get|land|find|secure *3 a|an|the role|job|position|internship|placement *3 in|as|you|one|people|someone unless your_team|your_company|your_firm|with_you|at_your"),
        // "thank you for taking this call" takes a call, not a hire.
        (.jobAsk, "taking|take|took *1 this|the|my|a|your|our|time|me *1 call|calls|meeting|chat|time|moment|break|shift|minute|minutes|question|questions|out"),
        (.followUp, "from a|the candidate|candidates|applicant|applicants|student|students|client|clients"),
        // A place at an event, not a later call: "needs someone on the check-in table, count me in".
        (.followUp, "check in table|tables|desk|desks|tent|booth|stand|point|area|station|volunteers|volunteer|staff"),
        (.followUp, "a good|great|bad|strong|typical|proper follow up"),
        (.wrapUp, "will|i_will|let_me be quick|brief|fast|short"),
        (.wrapUp, "!two|three|few|couple|one|couple_of *1 more|last|final|quick questions|question|things|thing unless later|again|by_email|over_email|via_email|email_you|message_you"),
        // Stepping away for a moment is no close: "sorry, I have to go get the door, back in 30 sec".
        (.wrapUp, "!!one_sec|one_second|just_a_sec|just_a_second|just_a_moment|one_moment|just_a_minute|give_me_a_sec|give_me_a_second|give_me_a_minute|brb|be_right_back|right_back|be_back|back_soon|hold_on|bear_with_me|please_wait|one_minute|pause unless thanks|thank|bye|goodbye|let_you_go|talk_soon|take_care"),
        (.wrapUp, "!!back in *1 ~number|a|a_few|few *1 sec|secs|second|seconds|minute|minutes|min|mins unless thanks|thank|bye|goodbye|let_you_go|talk_soon|take_care"),
        (.wrapUp, "!!you cut_out|froze|are_frozen|are_breaking_up|were_breaking_up|are_cutting_out|went_quiet|dropped_out unless \(leavingNow)"),
        (.wrapUp, "all|everything *6 about|on|for|with the|that|this *2 part|bit|topic|front|question|point|subject|side"),
        // A night had, not a farewell: "That sounds like a good night."
        (.wrapUp, "!a|an|the|what_a good|great|fun|long|late|quiet|busy night unless have|enjoy|wish|bye|goodbye|thanks|thank"),
        (.timeAck, "time split|splits|divided|spent|allocated|breakdown|breaks|break_down|management|goes|go|gets_split"),
        // A word for a kind of job or thing, not the listener's next commitment: "your shift managers".
        (.timeAck, "shift|class|clinic|train|meeting|surgery|call|flight *1 manager|managers|lead|leads|leader|leaders|supervisor|supervisors|pattern|patterns|workers|staff|notes|rooms|times|rota|allowance|planning|planner|planners|centre|center|handling|volumes|tickets"),
        // Their time at work: "How has the way you use your time changed?", "you have more time
        // with patients or less?"
        (.timeAck, "way|how *2 you use|spend|manage|organise|organize|split|divide|balance your time"),
        (.timeAck, "more|less|much time with|on|in|for_the|doing|spent"),
        // The nth time, and moving over into a field: "third time lucky", "moving over from nursing".
        (.timeAck, "first|second|third|fourth|last|next|every|each|1st|2nd|3rd|another time|times"),
        (.timeAck, "moving|switching|coming|crossing|changing|moved|came|switched|move|switch|come over from|to|into"),
        // A duration in a story: "I stayed after class for like an hour."
        (.timeAck, "stayed|spent|waited|worked|studied|sat|lasted|queued|drove|walked|played|practised|practiced|talked|chatted *4 for"),
        // A stretch in a story: "I was on my own for like ten minutes till the nurse came up".
        (.timeAck, "was|were on_my_own|on_our_own|on_their_own|alone|stuck|left|there|outside|waiting|sitting|standing|trapped *4 for|in"),
        (.timeAck, "find|found that? *4 takes|take|took *3 time"),
        (.followUp, "does|do|handle|handles|handling|own|owns|manage|manages|responsible_for|in_charge_of the follow up|followup"),
        (.followUp, "the follow up|followup on|with users|clients|customers|loans|cases|patients|vendors|donors"),
        (.followUp, "send|sends|sending|report *3 back? to the|your|their client|clients|customer|customers|patient|patients|user|users|board|stakeholders|team"),
        (.followUp, "another|other|next call|meeting|appointment unless open_to|up_for|mind_if|could_we|can_we|could_i|can_i|we_could|we_do|we_have|love_to|like_to"),
        (.jobAsk, "when|whenever your|you|they|the *3 hire|hires|hiring|recruit|recruits|take_on|takes_on unless let_me_know|letting_me_know|tell_me|telling_me|keep_me_posted|give_me_a_shout|let_me_hear"),
        (.referralAsk, "who else is|are|was|works|work on|in|at your|the team|group|department|unit|floor|office|side"),
        (.thanks, "gratitude goes|is|matters|helps|counts|makes"),
        (.thanks, "says|said|say gratitude|thanks|thank_you"),
        // "My old manager said never to ask for a referral" reports advice; it states no aim.
        (.purpose, "said|says|told|tells|advised|advises|warned|warns *3 never|not|no"),
        (.purpose, "opportunity|opportunities|opening|openings|placement|position|role|internship|spot *2 for_me"),
        // Musing about a strategy, not asking: "I've been wondering whether I should apply for QA jobs too".
        (.jobAsk, "wondering|wonder|deciding|unsure|not_sure|thinking|considering|debating whether|if i *1 should|could|ought apply|apply_for"),
        // Praise for their advice before a promise: "That's super helpful, I'll send you my game."
        (.giveBack, "that|this|it is|was|has_been|sounds *1 really|super|so|very|incredibly|extremely|genuinely|hugely helpful|useful"),
        // "I'm only trying to understand if the field suits me, that's all" limits a purpose.
        (.wrapUp, "only|just|simply|merely *25 that is all"),
        // Background, not an ask: "I've spent the last two summers as a site intern".
        (.jobAsk, "spent|worked|working|was|were|been|did|done|completed|had|summers|summer|year|years *6 as *3 intern|interns|trainee|apprentice"),
        (.jobAsk, "job|jobs board|boards|fair|fairs|market|site|sites|portal|portals|title|titles|description|descriptions"),
        // Other calls, not this one: "after my last info chat I sent a thank-you email".
        (.purpose, "last|previous|other|another|those|these|past|earlier information|informational chat|chats|interview|interviews|call|calls|meeting|meetings"),
        // Announcing one more question: "Last thing I wanted to ask — …"
        (.purpose, "thing|question|one *3 wanted|want|wanting|meant|like|love to ask"),
        // A polite opener for one question: "I wanted to ask if there's any chance of work
        // experience"; and getting in is a job: "I'm keen to get in."
        (.purpose, "want|wanted|wanting|like|love to ask if|whether"),
        (.purpose, "to get|land|find|secure|snag in|into|onto|on_to|hired|taken_on|a_foot|my_foot|a_job|a_role|a_position|an_internship|a_placement|work unless not_trying|never_trying|not_here|not_looking|not_asking|not_after|not_hoping|not_to"),
        // Someone's informational interviews, or an attempt at one, are a story: "My friend did an
        // informational interview with someone at Deloitte", "I tried reaching out to a couple of
        // people at the BBC"; and getting something right is no purpose: "so you can see if I got
        // it right".
        (.purpose, "did|had|your|their|his|her|after informational|information|exploratory interview|interviews|chat|chats"),
        (.purpose, "tried|try|trying|been|keep|kept reaching|reached|reach out"),
        (.purpose, "got|get|getting it|this|that|them right"),
        // "Yeah, no, the unpaid internship thing is a real issue": a "no" of talk, not of intent. But
        // "yeah, no bother" is only an answer, and keeps an aim said after it.
        (.purpose, "yeah|yes|yep|oh|ah|um|er|no no unless no bother|worries|worry|problem|problems|probs|prob|trouble|rush|pressure|stress|agenda|agendas|ulterior|motive|hidden"),
        // Nor is "no worries about the hiring freeze" an intent denied.
        (.purpose, "no bother|worries|worry|problem|problems|probs|prob|trouble|stress *1 about|with|re|regarding|over *3 ~hiring|freeze|~job|rejection|application|applications"),
        (.purpose, "things|questions|stuff|bits|points i *1 wanted|want|meant|had to ask"),
        (.purpose, "if i *1 wanted|want to ask|know"),
        // Getting something across is saying it well: "I've been trying to get that across in my CV."
        (.purpose, "get|getting|got *2 across"),
        // Seeing a project through: "I'd definitely want to see the whole thing."
        (.purpose, "see the|a|it|them *1 whole|entire|finished|final *1 thing|project|building|build|product|result|results|through"),
        // Speech reported the way people tell it: "and I was like, I did that, I want to know why
        // the stuff was in the wrong warehouse".
        (.purpose, "!i|he|she|they|we was|were like"),
        // Feedback on something sent later is no reason for this call: "Would it be ok if I shared
        // my dissertation with you once it's done? Would value your thoughts."
        (.purpose, "!!share|shared|send|sent|show|forward *3 you? *2 my|the *1 dissertation|thesis|paper|draft|drafts|portfolio|resume|cv|essay|project|article|writeup|report"),
        // Their path, not the learner's intent: "so you never did an internship?"
        (.purpose, "you|they|he|she|people *1 never|not|did_not|do_not|have_not *5 ~job|internship|internships"),
        // Shadowing: "ride along with you for a day to see what it's like".
        (.purpose, "day|week|afternoon|morning|shift to see what|how"),
        // The "not" is the question's manners, not the learner's aim: "Hope this isn't rude but would
        // you hire me?"
        (.purpose, "not|never|no *2 rude|weird|pushy|awkward|strange|cheeky|forward|a_problem|too_much"),
        // Questions about how they and their field work, not moves in this conversation: "How do you
        // end a client meeting that's running long?", "How does your firm keep in touch with alumni?",
        // "Do you ever feel there's not enough time with patients?", "Is it common to stay in touch
        // with ex-clients?"
        (.followUp, "!how|what|why|when do|does|did you|your|they|people|firms|teams|companies|lawyers|nurses|doctors|teachers|engineers|managers|recruiters *3 end|ends|keep|keeps|stay|stays|follow|follows|handle|handles|manage|manages|decide|decides|thank|thanks|wrap|wraps|log|track|find|balance|juggle|avoid|cope|deal|close|closes|finish|finishes|say|send|sends|write"),
        (.followUp, "!do|does|did you|your|they|people|firms|teams|companies|lawyers|nurses|doctors|teachers|engineers|managers|recruiters ever|usually|typically|often|normally|generally|always|sometimes"),
        // How the field does things: "Do people in nursing do the LinkedIn thank-you message thing?"
        (.followUp, "!do|does|did people|folks|everyone|most_people|nurses|teachers|lawyers|engineers|designers *4 do|send|write|bother_with|expect the|a|an|that|this|those"),
        (.followUp, "!is|was it common|normal|usual|typical|expected|standard|customary *6 for|to"),
        // Etiquette asked about: "Is sending a LinkedIn request after a chat like this normal?"
        (.followUp, "!is|are|was|would sending|adding|connecting|messaging|emailing|writing|following *8 normal|okay|ok|weird|rude|appropriate|common|expected|acceptable|usual|standard|done|pushy|cringe|a_thing|too_much"),
        // Whether a move is done in their field: "Is connecting on LinkedIn after a chat like this
        // normal in your industry?", "Is it better to send a thank-you by email or handwritten, in your
        // experience?"
        (.followUp, "!is|are|was *10 normal|common|usual|typical|expected|standard|customary|pushy|weird|rude|appropriate|better|best|done|seen|frowned *10 in_your|in_this *1 industry|field|experience|world|sector|line_of_work|profession|trade|business"),
        // Contact already made, told: "This is Tess, the one who message you through the alumni page."
        (.followUp, "who|that message|messaged|email|emailed|text|texted|wrote|write|contacted|dm|dmed|pinged|ping you"),
        // Their own practice, asked about: "Is there any follow-up after handover?"
        (.followUp, "is|are|was|were there any|a|much|some? follow up|ups"),
        // A chance meeting hoped for is no plan: "maybe I'll see you there!"
        (.followUp, "maybe|perhaps|hopefully|might|probably *2 see|catch|bump_into|run_into you|u"),
        // Following up with someone else: "I'll follow up on that lead with my tutor on Monday".
        (.followUp, "!,follow|following up *5 with|to my|his|her|their|our|the *2 tutor|manager|professor|lecturer|supervisor|adviser|advisor|mentor|boss|team|colleague|colleagues|friend|careers|landlord|landlady|doctor|dentist|bank|school|uni|college|council|insurance|agent|recruiter|coach|counselor|counsellor|parents|mum|mom|dad|partner|wife|husband|kids|gp"),
        // Someone else emailed as the listener advised: "I'll email Dr. Kowalski tonight like you said."
        (.followUp, "!,email|message|text|call|write_to|ping|contact *3 like|as you *1 said|suggested|recommended|say|suggest unless email_you|message_you|text_you|call_you|write_to_you|ping_you|contact_you|you_know|tell_you|let_you_know|update_you|keep_you_posted|get_back_to_you"),
        // Follow-up as a habit or a word: "Follow-up has always been my weak spot", "the real
        // networking happens in the follow-up"; someone else's: "rang me last week to follow up on my form".
        (.followUp, "the follow up unless you|your|u|i_will|i_would|i_can|can_i|could_i|may_i|shall_i"),
        (.followUp, "follow up has|is|was|always|never"),
        // A custom asked about: "do OTs do the whole LinkedIn thank-you message thing?"
        (.followUp, "thank|thanks you? note|email|card|message|letter|notes|emails|cards|messages thing|things"),
        (.followUp, "!,rang|called|emailed|messaged|texted|wrote|contacted me *4 to follow up"),
        // A thing to look into: "I'm going to follow up on that certification you mentioned."
        (.followUp, "!,follow|following up on the|that|those|this *2 certification|certificate|course|book|article|programme|program|qualification|lead|idea|podcast|suggestion|recommendation|website|site|link|class|workshop|grant|scholarship|exam|license|licence|resource unless with_you|email_you|to_you"),
        // Things to look into, not a person to write to: "I'll follow up on those this week, the
        // library probably has the McHarg one."
        (.followUp, "!follow|following up on all? of? those|these|them unless you|your|u"),
        // A reason that is to find a place: "the real reason I wanted this call is to see whether
        // there's a place for me in your lab next year", "to see if you had anything coming up".
        (.purpose, "!see|find_out|check|ask whether|if *1 there_is|there_was|there_are|there_were|there_would_be|there_might_be|you_have|you_had|you_might_have|you_would_have|you_guys_have|you_got *3 a_place|a_spot|a_role|a_job|an_opening|an_internship|a_position|room|anything|something|any|opening|openings|vacancy|vacancies|job|jobs|role|roles|internship|internships|position|positions *4 for_me|coming_up|going|open|opening|available|on_your|in_your|at_your|on_the_team|for_a|for_an|for_someone"),
        // A course taught: "we teach intro Python to first-years".
        (.referralAsk, "teach|teaches|teaching|taught|run|runs|running *2 intro|introductory|introduction"),
        // Someone else to hear from, and things not known: "I'd love to also hear from someone who
        // freelances", "I don't know how people find mentors", "I don't know what that even looks like",
        // "I'm going to sign up for the hospital's open day and see what the wards are like."
        (.purpose, "also hear|talk|speak|meet from|to|with? someone|somebody|people|anyone"),
        (.purpose, "do not *1 know how|what people|others|anyone|everyone|folks"),
        (.purpose, "not *2 know what|how that|it|this *2 looks|like|means"),
        (.purpose, "day|days|visit|tour|event|fair|session|shift and see|find_out what|how|if|whether"),
        // The job described, not the call: "It's not a job people dream about as children."
        (.purpose, "it|that is not a|an *1 easy|typical|normal|usual|glamorous? ~job unless ask|asking|request|thing|hunt|hunting|pitch|interview|looking|after|seeking|call|chat"),
        // A thing named just before: "Okay, aPHR, got it. I'll definitely follow up on that."
        (.followUp, "!follow|following up on that|it unless you|your|u|email|emails|message|send|write|ping|text|call|touch"),
        // How people in the field get on: "do people mostly know someone?"
        (.referralAsk, "people|most|everyone|folks|they *2 know|knew someone|somebody|people|anyone unless i_could|i_should|i_can|i_might|me|introduce|intro"),
        // A need the listener told of, retold: "you mentioned your team's always short of people who
        // can write good scenarios."
        (.jobAsk, "you mentioned|said|told_me|were_saying *4 always|often|ever short"),
        // Unpaid placements asked about in general: "is an unpaid placement in a city office
        // something people actually do, or is that a bit of a trap?"
        (.jobAsk, "!,unpaid|paid placement|placements|internship|internships|trial|trials *6 something|common|normal|worth|trap|legal|standard|usual|typical|exploitative unless you|your|me|offer|take"),
        // A qualification for a role: "Do you need the paralegal certificate?"
        (.jobAsk, "~staffrole certificate|certification|qualification|qualifications|license|licence|degree|course|exam|exams|training|diploma"),
        // A line dropped to someone else: "I'll drop her a line this week and say you pointed me her way."
        (.followUp, "drop|drops|dropping|shoot|shooting|send|sending|flick|give|giving her|him|them a|an? *1 quick|short? *1 line|note|message|email|text|call|ring|shout"),
        // Someone else's number offered, not asked for: "I can pass on his number."
        (.referralAsk, "i|i_can|i_could|i_will|i_would|i_am_happy_to|happy_to|glad_to *2 pass_on|pass_along|share|give_you|forward|pass_you *1 her|his|their *1 email|number|contact|details|linkedin"),
        // The person they suggested: "I'll follow up with Dev like you suggested."
        (.followUp, "!,follow|following|reach|reaching *1 up|out with|to *3 like|as you *1 suggested|said|say|suggest|recommended|recommend|mentioned|advised|told_me"),
        // A thank-you note asked about: "what's the nicest thank-you note you've ever got from a client?"
        (.followUp, "!thank_you note|notes|card|cards|email|emails *5 you *1 have|had|ever *2 got|received|gotten|had"),
        (.timeAck, "!how|what|why|when do|does|did you|your|they|people|firms|teams|companies|lawyers|nurses|doctors|teachers|engineers|managers|recruiters *3 end|ends|keep|keeps|stay|stays|follow|follows|handle|handles|manage|manages|decide|decides|thank|thanks|wrap|wraps|log|track|find|balance|juggle|avoid|cope|deal|close|closes|finish|finishes|say|send|sends|write"),
        (.timeAck, "!do|does|did you|your|they|people|firms|teams|companies|lawyers|nurses|doctors|teachers|engineers|managers|recruiters ever|usually|typically|often|normally|generally|always|sometimes"),
        (.timeAck, "!is|was it common|normal|usual|typical|expected|standard|customary for|to"),
        // How their working time is spent is a question about the work: "could you describe how your
        // time is typically divided between analysis and meetings?"
        (.timeAck, "!your|their time *3 divided|split|spent|allocated|broken_down|distributed|balanced|shared"),
        (.wrapUp, "!how|what|why|when do|does|did you|your|they|people|firms|teams|companies|lawyers|nurses|doctors|teachers|engineers|managers|recruiters *3 end|ends|keep|keeps|stay|stays|follow|follows|handle|handles|manage|manages|decide|decides|thank|thanks|wrap|wraps|log|track|find|balance|juggle|avoid|cope|deal|close|closes|finish|finishes|say|send|sends|write"),
        (.wrapUp, "!do|does|did you|your|they|people|firms|teams|companies|lawyers|nurses|doctors|teachers|engineers|managers|recruiters ever|usually|typically|often|normally|generally|always|sometimes"),
        (.wrapUp, "!is|was it common|normal|usual|typical|expected|standard|customary for|to"),
        (.thanks, "!how|what|why|when do|does|did you|your|they|people|firms|teams|companies|lawyers|nurses|doctors|teachers|engineers|managers|recruiters *3 end|ends|keep|keeps|stay|stays|follow|follows|handle|handles|manage|manages|decide|decides|thank|thanks|wrap|wraps|log|track|find|balance|juggle|avoid|cope|deal|close|closes|finish|finishes|say|send|sends|write"),
        (.thanks, "!do|does|did you|your|they|people|firms|teams|companies|lawyers|nurses|doctors|teachers|engineers|managers|recruiters ever|usually|typically|often|normally|generally|always|sometimes"),
        (.thanks, "!is|was it common|normal|usual|typical|expected|standard|customary for|to"),
        (.followUp, "accepting|accepted|accept|accepts for? my|the? linkedin|connection"),
        (.followUp, "the|a follow up after|of|process|stage|phase|work|visit|visits|care|appointment|call_with_the_client"),
        (.followUp, "who *1 gets|get|sends|send|deserves|deserve a? thank|thanks|thank_you"),
        (.timeAck, "log|logging|logs|bill|billing|bills|track|tracking|record|recording|count|counting your|my|their|the? hours|time"),
        (.timeAck, "time to|for study|studying|exercise|family|hobbies|yourself|research|reading|learning|training|friends|sleep|the_gym|side_projects|everything"),
        (.wrapUp, "wrap|wrapping|wraps|wrapped up a|an presentation|meeting|project|deck|talk|interview|session|pitch|case|deal"),
        (.thanks, "thank you|thankyou calls|call|notes|emails|letters|gifts|etiquette|events|event|cards"),
        // "how do you take care of yourself?" asks about self-care; it does not sign off.
        (.wrapUp, "take care of|to|when"),
        // "…later if you want to, or does it go the other way?" is part of a question about them.
        (.giveBack, "if you want|wants to *1 or"),
        (.giveBack, "if you want|wants to? *1 or|and *1 does|do|is|are|can|should"),
        // "people say you need to know C" reports what others say; it asks for no one.
        (.referralAsk, "!people|everyone|folks|everybody say|said|says|saying *2 you|that|it|i"),
        (.purpose, "pick your brain|brains *1 again|another|sometime|later"),
        (.purpose, "pick your brain|brains more|some_more|a_bit_more|a_little_more"),
        (.giveBack, "know|posted|mind|informed *2 if|when|in_case anything|something *2 comes|opens|pops|crops *1 up"),
        (.giveBack, "know|posted|mind|informed *2 if|when|in_case you hear|see|come *2 of|about|across anything|something"),
        (.purpose, "!happen|suppose"),
        // Thanks for advice, and experience as the pay for a bid, are no reason for the call.
        (.purpose, "grateful|thanks|thank|thankful|appreciate|appreciated|appreciative|cheers *4 advice|insight|insights|guidance|perspective|tips|input|wisdom unless would"),
        (.purpose, "no_pay|unpaid|for_free|for_nothing|without_pay *4 to get|gain|for *2 experience"),
        (.purpose, "want|wanted|hoping|hoped *3 to ask *4 if|whether|about *8 take_me|hire_me|hiring_me|~job|work_for_you|join_your"),
        (.purpose, "!if you were|in_my_shoes unless come_away|take_away|hoping_to_get|hoping_to_leave|hope_to_leave|today_is|reason|purpose"),
        (.purpose, "shadow|shadowing|visit|observe|sit_in *8 see|learn|understand"),
        (.purpose, "let|tell *1 you know|hear"),
        (.purpose, "do|does not have|exist *3 ~job|title|titles"),
        (.purpose, "met|meet|at|from|through|via *2 an? informational|information *1 interview|interviews|chat|chats"),
        // "I'd really like to hear how the launch goes" plans a later update.
        // "…learning how the work actually goes" is the aim.
        (.purpose, "!how *4 goes|went|turns|turned|works_out|worked_out|pans|panned|ends_up|lands|landed unless learning|learn|understanding|understand|work_actually|job_actually|day_to_day"),
        // Etiquette asked: "is normal here to send a thank-you email after a conversation like this?"
        (.followUp, "!,is|is_it|it_is normal|common|usual|standard|ok|okay|expected here? *2 to send|send_a|write|email unless email_you|send_you|write_you|write_to_you|message_you|contact_you|to_you|reach_you"),
        // "her manager told her 'never ask for a job in these chats'" reports advice.
        (.purpose, "told|tells|says|said|advised|warned|taught *2 her|him|them|me|us|everyone|people|students? *1 never|not|to_never|to_not|not_to|do_not|no"),
        (.purpose, "~learn *2 about your ~job"),
        (.purpose, "~learn *2 about the ~job you|you_are *2 hiring|recruiting|have|filling"),
        (.purpose, "time no see"),
        // Their words about the call, reported: "I know you said today is just for learning, but…"
        (.purpose, "you|they|she|he *1 said|say|mentioned|told_me *3 today|this|this_call|this_chat *3 about|for"),
        (.purpose, "~insight on it|this|that|my unless so_really|really_just|so_i_just|so_just|mainly|mostly|main_thing|transition|switch|career_change|career_move|next_steps|decision|to_decide|have_to_decide|deciding_whether|decide_whether"),
        // A trial told, not asked for: "Would it be alright if I emailed you after the trial day?"
        (.jobAsk, "after|before|since|during|from my|the trial day|shift|week|period|days"),
        (.jobAsk, "!i *1 already|just|recently|finally? *1 put_in|filled_in|filled_out|sent_in|sent_off *2 an|my|the ~application unless your|you|for_me|pass|flag|a_word|good_word"),
        // An application told, past: "I applied to your company in March through the website, no
        // answer, but it's ok."
        (.jobAsk, "!i *1 already|just|recently|once|also|actually|even? *1 applied to|for|at|through|via|online|in|last|back|twice|before|months|weeks|years unless could|would|can|will|mind|check|chase|nudge|flag|pass|forward|again|reapply|should_i|do_you_think|worth|consider|considered|keep_me|let_me_know"),
        // Follow-up asked about as etiquette, here or in their world: "In Korea we always send thank-you
        // email after this kind of meeting. Is this common here also, or it is too formal?"
        (.followUp, "!!is|was this|that|it *1 common|normal|usual|typical|expected|customary|standard|done|appropriate|rude|weird|a_thing *3 here|also|too|in|over_here|or"),
        // Following up with someone named as well: "I'll follow up with Kev as well, see what it's like at Bolton."
        (.followUp, "!follow|following up with *1 as_well|too|also|first|next unless you|u"),
        // An introduction to get a name in front of whoever hires is for a role.
        (.referralAsk, "!!get|put|getting my name in front of"),
        (.purpose, "everything|all|covers_what *3 i *1 wanted|needed|had|want|hoped|would_hoped"),
        (.purpose, "more|else|one_more|another_thing|something_else|one_thing|last_thing i *1 want|wanted|need|needed|would_like to ask"),
        // A wish to improve, not to learn from them: "I really want to get better at survey design."
        (.purpose, "to get better|good|faster|stronger|fitter|quicker at|with|in"),
        // Relevance told: "take the warehouse job off my CV because it's not relevant for lab roles".
        (.purpose, "not|never|no *1 relevant|related|applicable|useful|needed|necessary|important|required *3 for|to|in"),
        // Work sent for their reading, and what the learner would like to know of it: "Could I send
        // you the piece I wrote on the bus strike? I'd really like to know where you'd cut it."
        (.purpose, "!!could|can|may|if i *1 send|email|show|share|sent|emailed you *4 piece|draft|cv|resume|portfolio|essay|article|revised|chapter|writing|story|slides|deck|design|code|sketches|work|pitch|script unless call|chat|today|this_call|purpose|reason|why_i|learn_about_your|hear_about_your"),
        // Not knowing what a job is: "I see the reports come through but I don't really know what the job is."
        (.purpose, "not *2 know|knew|understand|understood what|how the|this|that|your *1 job|role|work *1 is|involves|entails|actually|really|looks|works"),
        (.purpose, "not *2 know|knew what job|role titles"),
        // Others' wants: "everyone in my programme seems to want to go into consulting".
        (.purpose, "everyone|everybody|classmates|friends|peers|colleagues|most_people|all_my_friends *4 seem|seems *1 to want|wants|wanted|to_be_going|to_go"),
        // A question's lead-in: "First I want to ask, how long are you working with Revit?"
        (.purpose, "first|firstly|first_of_all|quickly|also|next|then i *1 want|wanted|would_like to ask unless questions|understand|learn|about|purpose|reason|why_i"),
        // A question flagged as curiosity: "Just curious, does your company ever take on interns?"
        (.purpose, "just curious does|do|did|is|are|was|were|can|could|would|in|when|which|who"),
        // An informational interview told of, not this one: "My friend did an informational interview with you last year".
        (.purpose, "did|had|in|during|at|after an|a *1 informational|information|learning|exploratory|fact_finding interview|interviews|conversation|chat|call"),
        (.purpose, "you|they|we|team|company|firm|it|department *3 not|never *2 hiring|recruiting"),
        (.purpose, "get|getting *1 back? into|hired|started unless not_trying|never_trying|not_here|not_looking|not_asking|not_after|not_hoping"),
        (.purpose, "not sure|certain|clear *1 if|whether|how|what|when"),
        (.purpose, "~want *2 to work *1 in|at|for|as|on|with"),
        // …unless the learner asks to be told when: "Could you let me know when the newsroom next
        // posts a fellowship?", "If a seat opens up on the install crew, would you give me a shout?"
        (.jobAsk, "how|what|when|where|why|which *10 ~job|~hiring|hire|apply|applying|recruiters|resume unless really_asking|asking_is|why_i_am_calling|why_i_called|why_i_am_here|why_i_reached_out|why_i_wanted|\(toldWhen)"),
        // Reported advice and the learner's own search are talk about jobs, not asks.
        // …but advice not to ask, then asking anyway, asks: "my tutor said I shouldn't ask this, but are there any apprenticeships going?"
        (.jobAsk, "!says|said|saying|told|tells|thinks|advised|suggests|suggested|insists *4 i|we should|need|ought|must|have unless just_ask|should_ask|should_not|need_not|must_not|not_to|can_you_get|could_you_get|can_you_put|could_you_put|would_you_hire|could_you_hire|can_you_hire"),
        (.jobAsk, "!job market"),
        // Their past: "did you have to work for free at first?"
        (.jobAsk, "!did|do|does|were|was|had you|they|people|most *2 have_to|had_to|need_to|needed_to? *1 work|working|start|started *1 for_free|unpaid|for_nothing"),
        // To work there, or to find out whether they have openings, is no purpose: "i'd really love to
        // work there", "I was hoping to find out if your firm has any openings".
        (.purpose, "to work there|here|for|with|at|in|on|alongside"),
        (.purpose, "find_out|learn|ask|see|know|check|hear if|whether *1 you|your|the|ur *2 has|have|are|is|had|were *2 any? *1 openings|opening|vacancies|vacancy|hiring|roles|positions|internships|jobs|spots|places"),
        // "You're a star student" praises no one for help.
        (.thanks, "star|legend|gem student|students|pupil|player|performer|employee|candidate|hire|team|product|feature|witness"),
        // Someone else asking the professional: "when a client asks you to work for free".
        (.jobAsk, "!client|clients|customer|customers|someone|people|they|boss|bosses *2 ask|asks|asked|want|wants|expect|expects *1 you|u *2 to? *1 work|do|help"),
        // Their not hiring is no aim of the learner's: "fair enough that you're not hiring right now",
        // "thank you for being honest that there's no opening".
        (.purpose, "you|u|ur|your|they|team|company|firm|you_are|u_are|they_are|there_is|there_are|you_were|they_were|there_was|there_were *1 not|no|never *2 hiring|recruiting|taking_on|taking_anyone|opening|openings|vacancy|vacancies|jobs|roles|positions"),
        // A story: "it basically turned into a second job".
        (.jobAsk, "it|that|which|this *2 turned|led|became *1 into|to"),
        // A course finished later is a plan, not an introduction: "I'll message you when I finish the course".
        (.selfIntro, "!when|once|after|until|till|before|as_soon_as|as|if i *1 finish|complete|start|begin|end *1 my|the|a|this|that *2 ~degree|course|courses|studies|training|apprenticeship|certificate|cert|exams"),
        // How people get hired, asked of the team's juniors: "do most junior planners get hired through
        // internships?".
        (.jobAsk, "!do|does|did most|many|all|your|the|new *3 get|gets|got *1 hired|recruited|taken_on|in_through|their_start"),
        // Someone else in need of the role: "if I come across anyone looking for a good bookkeeper,
        // I'll send them your way".
        (.jobAsk, "!anyone|someone|somebody|people|friends|clients|customers|families *1 looking_for|who_needs|who_need|needing|who_is_looking|who_are_looking"),
        (.jobAsk, "did|how|when|who *5 your|their|his|her foot in the door"),
        // A day named for work offered, not their time given up: "if the bar ever needs someone on
        // a Friday night".
        (.timeAck, "if|whenever|when *8 on|during a *1 friday|saturday|sunday|bank_holiday *1 evening|night|afternoon|morning"),
        // A small task called a job: "it's a 20-minute job for me", "a quick job for me".
        (.jobAsk, "~number? minute|minutes|quick|small|easy|little|tiny|simple|odd|two_minute|five_minute|ten_minute job"),
        // Other firms' ways, asked about: "is it true some firms won't take on apprentices over 25?"
        (.jobAsk, "some|most|many|other|big|bigger|small|smaller|lots_of|few firms|companies|places|employers|studios|practices|teams|labs|shops|kitchens|hospitals|agencies|organisations|organizations *3 take|taking|hire|hiring|took|hired"),
        // Questions about how things are done, not asks: "What would make a CV stand out for a junior
        // role on your team?", "How do you handle volunteers who want it to turn into a paid job?",
        // "Is it normal for pubs to want a trial shift?", "Would you hire yourself today?"
        (.jobAsk, "!what|how *6 stand_out|stands_out|stick_out|sticks_out"),
        (.jobAsk, "!how|what|why do|does|did you|they|people *3 handle|deal|respond|react|manage|cope"),
        (.jobAsk, "!is|was it normal|common|usual|typical|standard|expected|true for|that"),
        (.jobAsk, "hire|employ|hiring yourself|yourselves"),
        // "Could I take something off your plate, like helping with the alumni event?" offers help.
        (.jobAsk, "off your|ur plate|hands *3 like|such_as|with *4 event|events|fundraiser|gala|party|drive|fair|open_day"),
        // Work the learner will have done elsewhere first: "once I've done a few shifts there".
        (.jobAsk, "once|when|after|until|before|since i have|had *1 done|finished|completed|worked|put_in"),
        // How a firm takes people on, asked of someone else: "If someone wanted to apply to your
        // company, is it better to…?", "When you refer candidates internally, does it help?",
        // "After a trial day, how do you let people know?"
        (.jobAsk, "!if *1 someone|somebody|a_person|people|anyone|one|a_candidate|a_graduate|a_student|students *1 wanted|wants|want|were|was *3 apply|applying|join|work"),
        (.jobAsk, "you|they|people|staff|employees *1 refer|refers|referring *1 candidates|people|friends|others|someone|anyone|them"),
        (.jobAsk, "!trial|taster *1 shift|shifts|day|days|period|week *2 how|what|when|why|who *1 do|does|did|is|are|would|should"),
        (.jobAsk, "!did|do|does you|they|people|candidates|juniors *1 have|need|usually|normally|typically|ever|always *2 to? *1 do|did *2 a|an? *1 trial|taster"),
        (.jobAsk, "!how|what|where|which *6 find|recruit|source|hire|pick|choose *1 people|staff|helpers|hands|workers|cover"),
        // Whom a team takes on, asked of the world: "Would you hire someone with no degree if…?",
        // "Do you take on volunteers at the farm generally?"
        (.jobAsk, "!would|do|does|will|could you|they *2 hire|employ|take_on someone|somebody|anyone|people|candidates|applicants|a_person|a_candidate|career_changers|grads|graduates unless like_me|me|myself"),
        (.jobAsk, "!take|takes|taking *1 on? *3 volunteers|interns|students|juniors|apprentices|trainees|grads|graduates *4 generally|in_general|as_a_rule"),
        // A CV already sent, told of: "I sent my CV to your HR department in January but never heard back".
        (.jobAsk, "!i *2 sent|submitted|emailed|gave|handed|dropped|posted|uploaded *4 ~application unless could|would|can|will_you|mind|check|chase|nudge|flag|look|pass|forward"),
        // A trial told of: "I did a trial shift at a clinic in Leeds last month and didn't get it".
        (.jobAsk, "!i *2 did|had|completed|finished|failed|went_for a|an|my|one|two|three|another *2 trial unless another_one|again|with_you|at_yours|your"),
        (.jobAsk, "!industry|field|sector|market|country|region|generally|in_general|these_days|nowadays unless your|you|yours|me|my|i"),
        (.jobAsk, "!someone|somebody|a_person|people|students|juniors|candidates|friend|mate|mates *3 offered|offers|offer|offering *4 work|help|intern|volunteer|trial|shift|for_free"),
        (.jobAsk, "!when|if|once someone|somebody|people|a_candidate|candidates|they|students|juniors *2 does|do|did|start|starts *3 trial|test|taster"),
        (.jobAsk, "jump|leap at *5 shadow|shadowing|chat|talk|speak|meet|learn|visit|tour|see|hear"),
        (.jobAsk, "~job route|routes|pathway|pathways|path|paths|track|tracks"),
        (.jobAsk, "need|needs *3 a|an volunteer|pro_bono|free photographer|designer|editor|developer|translator|sound_engineer|technician|runner"),
        (.jobAsk, "!i *1 am|was *1 going_to|planning_to|about_to|hoping_to|intending_to apply unless could_you|would_you|can_you|put_in|a_word|refer|recommend|flag|nudge|pass|forward|check_on|look_at|keep_an_eye|any_chance|consider"),
        (.jobAsk, "!i *1 plan_to|intend_to|will|shall apply unless could_you|would_you|can_you|put_in|a_word|refer|recommend|flag|nudge|pass|forward|check_on|look_at|keep_an_eye|any_chance|consider"),
        (.jobAsk, "~job is|was|would_be|seems|sounds|feels *1 right|good|best|ideal|wrong|suitable|perfect for me"),
        (.jobAsk, "someone|people|candidates|applicants|they|students|grads *2 submit|submits|send|sends|submitted|sent *3 ~application"),
        // How common a kind of hire is: "Are placement students common in your industry?"
        (.jobAsk, "~job *2 common|comon|usual|normal|typical|rare|popular|standard|a_thing"),
        // Advice reported, and a recruiter's words: "she told me that … I should apply for data
        // analyst jobs", "I have a position for you".
        (.jobAsk, "that|and_that i should|need_to|ought_to|could|must apply|applying"),
        (.jobAsk, "get|getting|got *2 across"),
        // Working on one's own CV: "I've been tailoring my CV to lead with the newsletter stuff".
        (.jobAsk, "tailoring|tailor|tailored|updating|update|updated|tweaking|tweak|rewriting|rewrite|reworking|polishing|redoing|fixing *2 my|the|it ~application"),
        (.jobAsk, "have|had|got|has a|an ~job for you"),
        // Choosing between candidates is how they hire: "If you had a coordinator position open and
        // two people applied, … who would you pick?"
        (.jobAsk, "!who|which *3 would|do|did you *1 pick|choose|hire|take|interview|call unless consider_me|hire_me|take_me|me_in_mind|my_cv|my_resume|my_application|recommend_me|refer_me|put_in_a_word|vouch"),
        (.jobAsk, "!who|which *2 gets|get the? call|job|offer|interview|role unless consider_me|hire_me|take_me|me_in_mind|my_cv|my_resume|my_application|recommend_me|refer_me|put_in_a_word|vouch"),
        // A budget for a thing: "how did you learn to write your first budget for a proposal?"
        (.jobAsk, "budget|room|space|capacity|headcount *3 for a|an|the|your *1 proposal|project|grant|trip|conference|campaign|event|course|programme|program|training|tool|tools|software|study|survey|book|books|equipment"),
        // An application already made, told: "I applied to the junior UX role at your company on
        // Monday — what's the team like?" It still asks with a request for help with it.
        (.jobAsk, "!i *2 applied|apply|applying to|for *4 ~job *3 at|with|in your unless could_you|would_you|can_you|put_in|a_word|refer|recommend|flag|nudge|pass|forward|check_on|look_at|keep_an_eye|any_chance|consider"),
        // Others hired: "Do you see a lot of veterans get hired into ops roles at your company?"
        (.jobAsk, "hired|recruited|placed|promoted|hire|hires|recruit|recruits into|as|for|in *3 ~job"),
        (.jobAsk, "!!not|never *1 for|after|about|asking_for|looking_for *1 a|an? *1 job|role|position|internship|placement unless but|however|though|although|still|someday|later|future"),
        // Advice on whether to apply, not an ask: "Do you think it's worth applying to your grad
        // scheme, or is it super competitive?", "should I apply now or wait until…?"
        (.jobAsk, "worth|bother *1 applying|apply|to_apply"),
        (.jobAsk, "should i apply|applying *8 or"),
        // Who hires is a question about their work: "Who does the hiring on your team?"
        (.jobAsk, "who *2 does|do|handles|handle|decides|runs|makes *2 the? ~hiring|hires|decisions unless forward_my|pass_my|send_my|pass_on_my|forward_me|my_details|my_cv|my_resume|my_name|my_application"),
        // An introduction to learn how someone thinks: "Would you introduce me to your manager?
        // I'm curious how she thinks about building a team."
        (.jobAsk, "!!curious|understand|learn|hear|ask_her|ask_him|ask_them how|what|about|whether *4 she|he|they|her|his|their unless ~job|~hiring|~application|cv|apply|hire|considered|vacancy|vacancies"),
        // A field, not a request: "2 yrs in recruiting, now studying HR analytics".
        (.jobAsk, "in|into recruiting|onboarding"),
        // Onboarding as the team's own process: "if it would help with your team's onboarding at all".
        (.jobAsk, "with|for|your|the|their|team|company|staff|new_hire onboarding"),
        // Onboarding as a thing made: "I rewrote the whole onboarding handbook for new starters".
        (.jobAsk, "!onboarding handbook|handbooks|guide|guides|doc|docs|document|documents|process|processes|programme|program|pack|packs|materials|manual|checklist|checklists|deck|training|plan|plans|flow|emails|module|modules|course|courses|video|videos|wiki|sessions|session"),
        // Others joining: "What advice do you give to interns who join your team?"
        (.jobAsk, "who|that join|joins|joining"),
        (.jobAsk, "help|hand with|on|at unless jump_at|in_a_heartbeat|snap_it_up|drop_everything|unpaid|for_free|for_the_experience|~clientele|there_is_space|there_is_room"),
        (.jobAsk, "normal|okay|ok|rude|weird|appropriate|common|acceptable|good_idea *3 to *1 ask|asking *3 for"),
        (.jobAsk, "when|if|after|once *4 join|joins|joined|start|starts|started|arrive|arrives"),
        (.jobAsk, "someone|somebody|people|students|strangers|candidates *8 asking|ask|asks *2 for"),
        // "taking it all in", but not a team "taking anyone on in September".
        (.jobAsk, "taking *2 all|notes|advice|up|away|time"),
        (.jobAsk, "taking in|it_in|this_in|that_in|everything_in|so_much_in|a_lot_in"),
        (.jobAsk, "!!only|just|purely *3 for *1 advice|insight|information|perspective *2 not|no"),
        // …unless the learner would jump at it: "if your team needs someone to help out, I'd jump at it".
        (.jobAsk, "someone|somebody|anyone *1 to *1 help|run|speak|talk|test|review|proofread|judge|mentor|present|organise|organize unless jump_at|leap_at|in_a_heartbeat|snap_it_up|drop_everything"),
        (.jobAsk, "worth|worthwhile|good_idea|smart *3 doing|taking|getting|to *3 internship|internships|unpaid|job|placement|foot"),
        (.jobAsk, "industry|field|sector|market|profession|companies|firms|everyone|anyone_else *2 hiring|recruiting"),
        // "if you were job hunting again today…" asks about them.
        (.jobAsk, "if you|i were|was *2 job|hunting|looking|searching|applying"),
        // "will there be jobs for my students in ten years?" asks about the field's future.
        (.jobAsk, "will there be *3 ~job *8 years|future|decade|students|graduates|grads|market|industry|field|ai"),
        // "if you ever need extra hands, I'm happy to help" offers; it does not ask.
        (.jobAsk, "!if you ever? need|needs *15 happy|glad|help|helping|pitch unless unpaid|without_pay|for_the_experience|paid_or_not|paid_or_unpaid|even_unpaid|off_your_plate|off_ur_plate|overflow|swamped|piling_up|can_start|start_monday|days_a_week|hours_a_week|hours_per_week|safe_pair"),
        (.jobAsk, "!told|tells|telling|advised|advises|suggested|recommended me *8 ask|asking|end|finish|close|open|start|say|mention"),
        // "people must be asking you for jobs all the time" sympathises.
        (.jobAsk, "people|students|everyone|folks|lots|many|others *4 asking|ask|asked|ask_you|asking_you *2 for"),
        (.jobAsk, "refer|point *2 me to *1 someone|somebody|anyone|people|colleagues|folks|a_colleague|a_person"),
        (.jobAsk, "referral|referrals program|programs|bonus|bonuses|scheme|system|process|policy"),
        (.jobAsk, "how|what|when|where|why|which *10 foot|break|get_in"),
        (.jobAsk, "!cousin|friend|sister|brother|classmate|roommate|mom|dad|mother|father|partner|husband|wife *4 got|landed|found|applied|was_hired|works|worked|asked|asks"),
        (.jobAsk, "~job *3 are|is|usually|typically|normally|generally|often|tend|mostly|always *3 paid|unpaid|competitive|structured|remote"),
        (.jobAsk, "paid|unpaid|competitive|structured|remote ~job *3 are|is|common|usual|normal|typical|worth"),
        (.jobAsk, "private|public|government|nonprofit|sector|industry|field|market|kinds|types|many|lots|plenty|enough|more|fewer|other *2 jobs|roles|positions|openings"),
        (.jobAsk, "!show_up|pitch_in|spread_the_word unless unpaid|without_pay|for_the_experience|paid_or_not|paid_or_unpaid|even_unpaid|~clientele"),
        // Volunteering at their event offers help; a volunteer opening one might apply for is still a job ask.
        (.jobAsk, "!volunteer|volunteers|volunteering *9 event|events|day|days|fair|fundraiser|conference|hackathon|workshop|meetup|run|cleanup|clean|festival|gala|launch|expo|booth|stand|table|drive|evening|night|weekend|sale|quiz|mixer|reunion|session|sessions|if|whenever|anytime|any_time|help|helping|for_free|happy|glad|love unless prove_myself|room_for|space_for|take_me|a_month|months|foot_in|days_a_week|a_week|every_week|weekly|regularly|considered"),
        (.jobAsk, "!i *3 volunteer|volunteering *3 to|at|for|with|on"),
        (.jobAsk, "someone|people|person|managers|folks|those *2 like? you? who|that *1 is|are|do|does ~hiring|hire"),
        (.jobAsk, "been|am|was|be|started|keep|kept|still|start|starting *4 job searching|hunting|applying|looking|recruiting"),
        (.jobAsk, "the|this|whole *2 recruiting|hiring|application|applications|job *1 thing|process|season|cycle|game|grind|stuff"),
        (.jobAsk, "i|we *2 will|would|am|start|starting|plan|planning|be *2 recruiting|interviewing|applying"),
        (.jobAsk, "asking|asked|ask|messaging|messaged|emailing|emailed them|people|strangers|others|folks|alumni|everyone *3 to? refer|hire|recommend"),
        // …unless it asks for the learner: "do you think there'd be any part-time hours at the studio for someone like me?"
        (.jobAsk, "do|does|did|is|are|would|should *2 you|people|they|most|anyone|recruiters|managers *3 look|recommend|suggest|think|find|see|advise|care unless think_of_me|for_me|for_someone_like_me|take_me|have_me|hire_me|fit_me_in|recommend_me_for|refer_me_for"),
        // The phrase for the whole trade of staffing: "I used to think HR just meant hiring and firing people".
        (.jobAsk, "hiring|hire and|or firing|fire"),
        // How a team staffs: "Do the hospital teams use agency social workers much?"
        (.jobAsk, "!do|does|did the|most|many? *1 teams|hospitals|wards|clinics|companies|firms|practices|studios|schools|councils *2 use|rely_on|bring_in|employ *2 agency|temps|locums|contractors|bank_staff|supply unless me|i|your"),
        // How a kind of employer takes people on: "Do clinics usually take on assistants who don't
        // have any clinical experience at all, or is that a requirement?"
        (.jobAsk, "do|does|did|would|will clinics|places|companies|firms|studios|practices|hospitals|schools|agencies|labs|restaurants|employers|shops|bakeries|kitchens|salons|garages|farms|charities|councils|most|many usually|typically|generally|normally|often|ever|really|even|still? *1 take|hire|employ|recruit|accept"),
        // Whether asking is wise, in general: "Do you think it's worth asking for a trial day when I
        // apply to bakeries, or does that come across as pushy?"
        (.jobAsk, "!worth|okay|ok|pushy|weird|normal|rude|appropriate|cheeky *2 asking|to_ask|requesting|to_request *2 for unless you|your|here|with_you"),
        // A job taken elsewhere, weighed: "If I took a part-time job at a pharmacy while I study, would that help…?"
        (.jobAsk, "!if i took|got|take|get|did|do|had|found *4 ~job *10 would|will|does|do that|it *1 help|helps|count|matter|look"),
        // Advice reported: "my parents keep saying get an internship".
        (.jobAsk, "keep|keeps|kept saying|telling_me *1 to? get|find|land|apply"),
        // What the listener would want a newcomer to know: "What would you want someone like me to
        // understand about conservation work before jumping in?"
        (.jobAsk, "want|need *2 someone|somebody|people|a_person *2 like me *1 to *1 understand|know|learn|read|study|focus|think|realise|realize|expect"),
        // Whether a team takes people on without a qualification asks what it takes: "Do you take on
        // teaching assistants without a teaching qualification, or is the PGCE a must?"
        (.jobAsk, "take|takes|taking|took|hire|hires|hiring on? *4 without|with_no unless me|i"),
        (.jobAsk, "first|previous|last|current|old|dream|next *2 ~job unless \(toldWhen)"),
        // "is networking a big part of the job for you?" asks about the work.
        (.jobAsk, "part|parts|side|aspect|aspects|bit|bits|most|much|rest of *1 the|my|this ~job"),
        // "could I email you if something else comes up?" plans a later question, not a lead.
        (.jobAsk, "anything|something else *1 comes|come|pops|crops *1 up"),
        (.jobAsk, "~contactverb *2 you *6 if|when|in_case *3 anything|something|questions *2 comes|come|pops|crops"),
        (.jobAsk, "~job *2 like_yours|you_have|you_had|you_held|did_you|do_you|in_the_field|in_this_field|in_your_field|out_there|exist|look_like|involve"),
        (.jobAsk, "your ~job unless be_considered|consider_me|considered_me|considering_me"),
        (.jobAsk, "hiring process|processes|decisions|criteria|practices|trends|freeze|market|committee|panel|side"),
        // The market in a few years' time: "do you think there'll be jobs when I'm qualified?"
        (.jobAsk, "think|reckon|expect|guess|believe there will|would be *2 jobs|openings|roles|work *3 when|by|once|in|for"),
        // Hiring managers as the subject of a question about the field ("what do hiring managers
        // look for?"), not as the person a resume is passed to ("to your hiring manager").
        (.jobAsk, "hiring manager|managers|team|teams *1 look|looks|looking|want|wants|care|cares|decide|decides|usually|typically|generally|often|ever|really|actually|value|values|prefer|prefers|think|expect|expects|read|reads|screen|screens|see|sees|is|are|does|do|make|makes|go|goes|work|works|say|says|ask|asks|notice|notices|weigh|weighs|judge|check|checks|like|likes|tend|tends|focus|focuses|respond|react|view|feel|feels"),
        (.jobAsk, "do|does|did|would|will|should|can|a|most|many|some|other|how|what|why|which|when hiring manager|managers|team|teams"),
        (.jobAsk, "when|how|why *2 you|did_you|did_they|were_you *3 hired|hire"),
        (.jobAsk, "take|took|taken|taking on *2 too|a_lot|lots|more_work|projects|clients|cases|work|responsibility|responsibilities|risk|debt|tasks unless work_experience"),
        // "did you take on an apprentice last year?" asks about them; "do you take on juniors?" asks to be one.
        (.jobAsk, "did|have|has|had you|they|your|the *3 take|took|taken on"),
        (.jobAsk, "questions|question|thoughts else? *2 comes|come|pops|pop|crops *1 up"),
        (.jobAsk, "!reschedule|cancel|rearrange|postpone"),
        // Their own path: "Did you have to do an unpaid internship to get your first role?"
        (.jobAsk, "did|do|had you *2 do|take|have|start_with *1 an|a? unpaid|paid"),
        // What the learner can't do, not an offer: "I can't really afford to work for free."
        (.jobAsk, "not|never|cannot *1 really|even? *1 afford to? *1 work|working|intern|volunteer|do"),
        // A resume sent for the person's own take on it asks for advice, not a job.
        // Their "take" is a noun after a word of whose: "I'd love your take", not "like, would you take me?".
        (.jobAsk, "!!value|appreciate|love|like|want|get *3 feedback|critique|thoughts|eyes|eye|opinion|input|pointers|comments|notes unless off_your_plate|off_ur_plate|off_your_hands"),
        // Advice on working unpaid heard of, not offered: "I keep hearing you should offer to work for free to get in."
        (.jobAsk, "should|told|advice|hearing|heard|say|says *4 work|intern|volunteer *2 for_free|for_nothing|unpaid unless i_would|i_will|i_can|i_could|happy|me"),
        // Applications told: "I put in for a junior analyst job at a 3PL in Plainfield."
        (.jobAsk, "!!i *1 already|just|recently|also? *1 put_in|applied for *4 ~job *4 at a|an unless your|you|here|ur"),
        // Whom they hire, asked as a rule: "Does your team ever hire teachers without an ID certificate
        // if the portfolio is strong?"
        (.jobAsk, "!ever hire|hires|take|takes|employ|employs *3 without|with_no|who_do_not|who_have_not unless me|i|myself|like_me"),
        // People like them in general: "Do contractors like you take on apprentices in their forties?"
        (.jobAsk, "like you|yourself *1 ever? take|hire|employ|accept|bring"),
        // Someone else's trial: "a friend of mine did a weekend at one of the big ones and they had her
        // doing a trial shift on the bars for nothing."
        (.jobAsk, "friend|she|he|her|him|they|them|someone|cousin|sister|brother|mate *8 trial unless me|i_could|i_can|myself"),
        // Someone else asking: "My flatmate keeps asking me if your firm is hiring."
        (.jobAsk, "!,keeps|kept|keep asking|asked me if|whether"),
        // An opening seen and told: "so you're hiring for the new Manchester office, I saw that on LinkedIn."
        (.jobAsk, "!saw|seen|noticed that|it *2 on linkedin|online|indeed|the_site|your_site|your_website|the_website|twitter|instagram unless apply|applying|applied|put_me|pass|refer|me_forward|keep_me|interested"),
        // An application to somewhere else: "I'll send my cover letter to the museum on Friday."
        (.jobAsk, "send|sending|submit|submitting my ~application|cover_letter|letter *1 to the|a *2 museum|~org unless your|you"),
        // A question that may come up: "…by email if something comes up while I'm reading?"
        (.jobAsk, "something|anything comes|pops|crops up while|as i"),
        (.jobAsk, "!!value|appreciate|love|like|want|get *2 your|ur|honest|quick|frank|a_quick|an_honest take unless off_your_plate|off_ur_plate|off_your_hands"),
        (.jobAsk, "!!your honest|frank|candid|quick? read|view|views|reaction|perspective|advice *1 of|on|to unless opens|opens_up|open_up|comes_up|come_up|give_me_a|keep_me_in|put_me_forward"),
        // "Not for any job, only for your honest opinion, if it reads like a planner."
        (.jobAsk, "!!for|hear your|an|some *1 honest|frank|quick? opinion|feedback|critique|eyes|thoughts unless opens|opens_up|open_up|comes_up|come_up|keep_me_in|put_me_forward|pass|forward|hr|recruiter|recruiters"),
        (.jobAsk, "!!~application *8 tell|let me *1 know? *1 whether|if|what|how"),
        (.jobAsk, "!!look|looking|glance|read over|at|through *2 my ~application *6 feedback|tips|improve|better|shape|advice|stronger|fix|change|pointers|critique"),
        // A CV or letter sent for their eye or their edits asks for their view: "Could I send you my
        // CV after this? … I'd trust your eye", "would really value your red pen on it", "could I send
        // it over so you can tell me if it reads better?", "my cover letter for a role at another company".
        (.jobAsk, "!!trust|value|appreciate|welcome|want|need *2 your|ur *1 eye|eyes|red_pen|pen|edits|edit|notes|read|judgement|judgment|verdict unless keep_me|consider_me|think_of_me|pass|forward|hr|recruiter|recruiters|opening|openings|vacancy|vacancies"),
        (.jobAsk, "!!~application|letter|it|them *6 so you can|could *1 tell|let me *2 if|whether|what|how *3 reads|read|looks|look|works|sounds|lands|flows unless pass|forward|hr|recruiter|recruiters|hiring|opening|openings|vacancy|vacancies|consider"),
        (.jobAsk, "!!~application|cover_letter|letter *4 for|to a|an *1 role|job|position|post|opening *1 at|with another|a_different|other *1 company|firm|place|org|organisation|organization|agency|studio|practice"),
        // Whether the field will still have work asks of the future: "will there still be jobs doing
        // this in ten years?"
        (.jobAsk, "will|would|could|might there *1 still|even|always|actually|really? *1 be jobs|work|roles|openings|demand|positions"),
        // An opening that is an event: "comp tickets for the orchestra's opening night".
        (.jobAsk, "opening|openings night|nights|evening|party|ceremony|gala|reception|concert|weekend|day|event|act|number|scene|remarks|hours|times|week"),
        // "Could I send you my CV to look over at some point?" sends it for their view.
        (.jobAsk, "!!~application *2 to|for look|glance|read|skim|proofread|review|critique|check|look_over|a_look|a_glance|a_read|feedback|notes|comments unless pass|forward|hr|recruiter|recruiters|hiring|opening|openings|role|position|vacancy|vacancies"),
        // A word of hiring makes an introduction a job ask, unless hiring is the subject the learner
        // wants to hear about: "anyone else in hiring you think I should talk to, just to
        // understand how it works?", "recruiters who specialise in career changers".
        (.referralAsk, "!resume|application|vacancy|vacancies|openings|hire_me|employ_me|recruit_me"),
        // Who sent the learner here: "she suggested I talk to you".
        (.referralAsk, "!,suggested|recommended|said|told_me *3 i|me *3 talk|speak|reach|contact|chat|get_in_touch *3 you"),
        // An introduction for a post is a job referral: "introduce me to your HR person about the trainee opening".
        (.referralAsk, "!introduce|connect|put_me_in_touch|link_me_up *6 about|for|regarding *3 opening|position|internship|placement|apprenticeship|traineeship"),
        (.referralAsk, "i *3 pass|send|give|share|forward *1 you? *1 their|her|his|the|some *1 names|name|details|contact|contacts|number|numbers *2 along|over|to_you|on|your_way|of"),
        (.referralAsk, "!~hiring|recruiter|recruiters unless ~hiring|recruiting|recruitment side|world|end|process|practices || in|into ~hiring|recruiting|recruitment || understand|learn|hear|see how || curious|wondering|interested how|what|whether || specialise|specialize|specialising|specializing|specialises|specializes || suggest|recommend|sugest|reccomend *2 i *1 chat|talk|speak with|to"),
        (.referralAsk, "~job *4 for|at|in|on me|your|you"),
        (.referralAsk, "!listserv|listservs|groups|communities|forums|slack|discord|subreddits|meetups|societies|events|conferences|newsletters"),
        (.referralAsk, "book|books|podcast|podcasts|website|websites|resource|resources|association|associations|blogs|read|reading|journals|courses|newsletters|authors"),
        (.referralAsk, "who *2 do you *2 work|report|collaborate|manage"),
        (.referralAsk, "i know|knew people|everyone|folks|someone *1 say|said|says|think|tell|told|keep|always|who_say"),
        (.referralAsk, "who *2 are your *2 clients|customers|users|patients|stakeholders"),
        (.referralAsk, "have|need|got to *1 know someone|somebody|people|the_right_people"),
        (.referralAsk, "your|the first? introduction|intro unless make_the_introduction|make_the_intro|making_the_introduction|making_the_intro|do_the_introduction|do_the_intro|doing_the_intro|doing_the_introduction"),
        // Advice for the learner's kind, not a name: "Would you recommend someone like me also starts in QA?"
        (.referralAsk, "recommend|suggest someone|somebody|anyone|people like me"),
        // The saying: "Everyone keeps telling me it's who you know and I don't know anyone".
        (.referralAsk, "is|all|about|its who you know"),
        // "what would you suggest someone does first?" asks for advice, not for a name.
        (.referralAsk, "suggest|recommend someone|somebody do|does|should|start|starts|try|tries|take|takes|focus|read"),
        (.followUp, "how|what|when|where|why *4 you|your|they|people|teams|nurses|we *3 follow|contact|send|email|reach"),
        (.followUp, "follow|following up with|on *2 hr|admissions|registrar|candidates|clients|patients|customers|leads|applicants|them|recruiter|recruiters|employer|employers|companies|company|applications|interviewer|interviewers|hiring"),
        (.followUp, "let you know *1 a_bit|a_little|that_i|about_me|i_am|i_have|i_was|more_about"),

        (.followUp, "do|does|did|how|often *4 you|they|people|teams *3 keep|stay|send|follow|thank|check|touch|catch unless mind_if_i|mind_me|ok_if_i|okay_if_i|alright_if_i|fine_if_i"),
        (.followUp, "recommend|suggest|who|anyone|people|names|someone|anybody *4 i *2 reach|contact|email unless email_you|contact_you|message_you|reach_you|write_you|reach_out_to_you|email_you_later"),
        // Someone looked up on one's own, or asked about: "I'll look her up on LinkedIn tonight", "would
        // Rachel be open to hearing from me?"
        (.followUp, "look|looking|looked you|him|her|them up"),
        (.followUp, "would|might|will *1 be open|happy|willing|ok|okay|keen *2 to|for? *1 hearing|hear from me unless would_you|would_u|will_you|might_you"),
        (.followUp, "why *2 i *2 reached|reach|asked"),
        // "The reason I write to you is that I want to understand…" says why they came.
        (.followUp, "reason|why *3 i *1 write|wrote|writing|email|emailed|message|messaged|contact|contacted *1 to? you"),
        (.followUp, "after *2 an|the|my|their|each|every|a *1 interview|interviews|application|applications|pitch|meeting|graduation unless i_will|i_am_going_to|i_shall|i_promise"),
        // Someone else's promise to follow up is theirs: "the recruiter said she'd follow up with me".
        (.followUp, "!said|says|promised|told_me|told_us *3 she|he|they|it|someone|somebody *1 would|will|d|was_going_to|is_going_to *3 follow_up|get_back|reach_out|be_in_touch|call|email|contact|ping"),
        (.followUp, "you|they|firms|companies *2 followed up"),
        (.followUp, "include|including|included|whether_to|run|ran|publish|published|write|wrote|cover|covered *2 the|a? follow up"),
        (.followUp, "~contactverb|reached|reaching|contacted|emailed *2 out? *1 to? *2 the|your|that|this|her|his *1 colleague|director|manager|friend|person|contact|mentor|professor|recruiter|lead|former|old *4 you *1 mentioned|named|suggested|recommended"),
        (.followUp, "worth *2 reaching|contacting|emailing"),
        (.followUp, "clients|patients|customers|people|they|users|students *3 send|sends|email|emails|update|updates you"),
        (.followUp, "you usually|ever|often|always|typically|normally|still|then|also|guys|all|both? check|checks|checked|checking in|back"),
        (.followUp, "take|thoughts|opinion|views|view on *1 linkedin"),
        (.followUp, "!told|tells|says|said|advised|recommended|suggested *3 me|us|students|people? *1 to *3 ask|stay|keep|send|follow|reach|connect|write"),
        (.followUp, "call it *1 there|here|a_day|quits"),
        (.followUp, "reach|contact|email *2 out? *1 myself|them|him|her unless them_to_you|it_to_you|them_over_to_you"),
        (.followUp, "thank|thanks you? note|notes|email|emails|card|cards *6 expected|normal|common|necessary|still|matter|etiquette|industry|field|interview|interviews"),
        (.followUp, "did|do|does you|they|people *1 reach|contact|email|message *2 out? *1 to *2 people|others|strangers|professionals|alumni"),
        (.followUp, "write|writing|wrote to you because|since|as|to_ask|about"),
        (.followUp, "candidates|people|applicants|students|interns *2 send|sends|write|email"),
        (.followUp, "someone|somebody|people|students|strangers|candidates *3 send|sends|message|messages|email|emails|reach|reaches|contact|contacts *1 you"),
        (.followUp, "send|forward|pass me *3 anything|something|whatever"),
        (.followUp, "way *3 follow up *1 after|on|with_a|with_the|with_candidates|with_recruiters|with_employers|when|if"),
        (.followUp, "do|does|did *2 clients|patients|customers|students|alumni|interns|families|people|colleagues|candidates|mentees|graduates *4 stay|keep|remain *1 in_touch|in_contact"),
        // "do you find LinkedIn useful for recruiting?" asks their opinion of it.
        (.followUp, "find|use|like|rate linkedin *3 useful|helpful|for|much|worth|good|valuable|overrated|noise"),
        (.followUp, "client|clients|customer|customers|patient|patients|candidate|candidates *3 want|wants|needs|need|expect|expects *2 to follow"),
        (.followUp, "who|whom *3 you|i|we *2 reach|contact|email|message|write"),
        // Writing as part of their work: "do you ever have to write something you disagree with?"
        (.followUp, "you|they *1 ever? *1 have|has|had|need|needs|get|gets to ~contactverb"),
        (.followUp, "write|wrote|writing something|anything|things|stuff|content|copy|reports|articles|code|policy|briefs"),
        (.followUp, "follow up care|survey|surveys|visit|visits|appointment|appointments|process|procedures|rate|rates|calls|work|inspection|inspections|stage|phase|tasks|testing|studies|study|treatment"),
        (.followUp, "do|does|did you|they|people stay|keep|remain in touch|contact"),
        (.followUp, "says|said|told|tells|advised|advises|recommends|recommended *4 should|always|to send|write|follow|email"),
        // Whether a habit of keeping in touch is done or proper is a question about the field, not a
        // plan: "Is it weird to ask the same person for a second chat a few months later?", "Do
        // people in your field do the whole LinkedIn thank-you message thing?", "My teacher said
        // always send a thank you card by post."
        (.followUp, "!is|was it weird|odd|strange|rude|unusual|awkward|unprofessional|pushy|old_fashioned|frowned_upon|bad_form|annoying|too_much|a_faux_pas *1 to|for|if unless email_you|message_you|contact_you|text_you|call_you|to_you|with_you|you_again|you_later|send_you|reach_out_to_you|your_inbox|ur|your_dms|ur_dms|every_now|now_and_then|from_time_to_time|once_in_a_while"),
        (.followUp, "!do|does|did people|folks|employers|recruiters|candidates|grads|graduates|applicants|juniors|lawyers|engineers|nurses|designers *1 in|at|around|round *3 your|the|this|that|my field|industry|line|world|sector|area|side|trade|profession|country|city|firm|company"),
        (.followUp, "!says|said|told|tells|advised|advises|recommends|recommended *2 me|us? *1 always|to_always|you_should_always|never *3 send|write|follow|email|message|connect unless i_will|i_am_going|i_would|ill|i_can|i_could|email_you|send_you|to_you|with_you|you_one"),
        (.timeAck, "how much|many *3 time|hours *3 spend|spent|spending|take|takes|took|work|put|per|do_you|does_it|did_you"),
        (.timeAck, "what|how *1 is|are|does|do|did|was|were *3 your? *1 timeline|schedule|hours|shifts"),
        (.timeAck, "do|does|did|can|how you *3 set|make|choose|control|keep|plan|work|manage *2 your? *1 own? *1 timeline|schedule|hours|shifts"),
        (.timeAck, "time for *2 hobbies|family|yourself|side|friends|exercise|fun|reading|kids|vacation|vacations|holidays|self_care|life|personal|anything|yourselves"),
        (.timeAck, "how|what *4 time|minutes *3 spend|spent|spending|take|takes|took|go|goes|on|per|a_week|a_day|each"),
        (.timeAck, "timeline|deadlines|turnaround"),
        (.timeAck, "time|times|moments|periods|days|weeks when_you"),
        (.timeAck, "!!one_sec|one_second|just_a_sec|just_a_second|just_a_moment|one_moment|just_a_minute|give_me_a_sec|give_me_a_second|give_me_a_minute|brb|be_right_back|right_back|be_back|back_soon|hold_on|bear_with_me|please_wait|pause_for unless your_time|thank|thanks|we_are_at|over_time|out_of_time|short_on_time"),
        (.timeAck, "!!back in *1 ~number|a|a_few|few *1 sec|secs|second|seconds|minute|minutes|min|mins unless your_time|thank|thanks|we_are_at|over_time|out_of_time|short_on_time"),
        (.timeAck, "first|last|full|part|free|spare time"),
        (.timeAck, "change|changed|changes|changing|evolve|evolved|evolving|grow|grew|growing|build|built|learn|learned|improve|improved|improving|progress|progressing|develop|developed|developing|shift|shifted|track|measure|measured *4 over time"),
        (.timeAck, "spend|spent|spending *2 time"),
        (.timeAck, "~timeunit a|per|each week|day|month|night|weekend"),
        (.timeAck, "project|projects|deadline|team|client|budget *3 out_of|short_on|low_on|running_out_of time"),
        (.timeAck, "you *1 had|get|got|have enough time to *1 learn|prepare|train|study|adjust|settle|practise|practice|get"),
        // "what do you do at the end of a long day?", "…stakeholders who keep going over time?" ask about them.
        (.timeAck, "what|when|how_do|how_does|how_did|how_can|how_is|how_are|do_you|does_your|did_you *10 long|busy|packed|hectic|crazy|full *1 day|days|week|weeks|schedule|calendar|month"),
        (.timeAck, "who|that|which *3 go|going|keep_going|run|running|goes|runs over|past"),
        (.timeAck, "have|get|find *1 time *1 to|for *1 do|doing|any_of|hobbies|yourself|family|side|exercise|hands|lab|research|practice|fieldwork|clinical"),
        // The learner's own time for their own plans: "my exams are over on the 20th so I'll have
        // loads of time to do the Google cert".
        (.timeAck, "!,i *3 have|got|had|get *4 time to|for *2 work|do|build|figure|study|prepare|practise|practice|learn|finish|focus|travel|read|write|apply|save|explore|try|play|develop|sort|catch_up|relax|rest|volunteer|retrain|train|upskill|polish|improve|job_hunt|search|decide|plan|visit|move|start|complete|enjoy|recover|side|projects"),
        (.timeAck, "the hours *2 be|are|were|is|like|long|in|at|of"),
        // "do you have time next week for a second chat?" plans another call.
        (.timeAck, "have|got|find|free *1 time *2 next|another|later|sometime|again|in_a_few|in_a_couple|after|once|some_other"),
        // Leaving now is a close, not a word about the time; leaving later is ("I have to leave at 3:30").
        (.timeAck, "i *1 have_to|got_to|need_to|must *1 run|go|leave|head|jump|drop|dash|hop|rush|log|sign *3 now|right_now"),
        (.timeAck, "i *1 have_to|got_to|need_to|must *1 run|go|leave|head|jump|drop|dash|hop|rush|log|sign the|my|our *3 closes|starts|opens|ends|begins|arrives|leaves"),
        (.timeAck, "i *1 need|have|got|must to *1 run|go|leave|head|jump|hop|drop unless in|at|by|around|before|until|till ~clock || in a_bit|a_while|a_few|a_couple|a_minute|an_hour|half|like|about|around|under || in ~number *1 ~timeunit || early|soon|soonish|shortly|at_some_point|for_a_minute|for_a_sec|for_a_moment|for_a_second"),
        (.timeAck, "ahead of time"),
        (.timeAck, "how|what|when|where|why|which *6 before|keep|keeping|get_back|make|catch|until|till|be_back"),
        (.timeAck, "have|enjoy a|an|the|your *3 ~closing"),
        (.wrapUp, "one|a last|final|more question|thing"),
        (.wrapUp, "before i|we *2 go|let|finish|wrap|end|leave|head|hop|jump|dash|log|sign"),
        (.wrapUp, "wrapped up"),
        // "I'm here to learn — that's all I'm after today" states the purpose.
        (.wrapUp, "all i am after|here_for|looking_for|asking_for|interested_in"),
        (.wrapUp, "all i want|need is"),
        (.wrapUp, "season|week|year|semester|term|quarter|project|projects|day|month|summer|rush|campaign|things_at_work|busy_period *4 winding|wrapping|wind|wrap *1 down|up"),
        (.wrapUp, "wrapping|wrap|finishing *1 up *1 my|a|the|our *1 degree|msc|ma|ba|bsc|phd|masters|thesis|studies|program|programme|course|internship|contract|semester|year|dissertation|project|placement"),
        (.wrapUp, "run|ran|gone|went|going over"),
        (.wrapUp, "goodbye|bye to *2 a|the|your|my|their|old *1 project|projects|client|clients|job|team|career|colleagues|patients"),
        (.wrapUp, "you|they|she|he|people|everyone|someone|anyone|students|grads|graduates|juniors|nurses|engineers|lawyers|most *3 have|got|need|gotta|must *1 to? *1 run|go|leave|head|jump|dash|hop|drop|sign|rush"),
        (.wrapUp, "the|a|that|this wrap|wrapping up|down"),
        (.wrapUp, "wrap up|down *1 phase|stage|meeting|period|session|report|process"),
        (.wrapUp, "should|shall|do|would|can|could we|you *4 stop|end|wrap|call *3 here|there|now|up|it *3 or"),
        (.wrapUp, "do|would you *1 want|like *2 to stop|end|wrap"),
        (.wrapUp, "end up"),
        (.wrapUp, "how|when|why|where *2 you|they|people *3 leave|stop|end"),
        (.wrapUp, "leave|stop|end it|things there|here when|if|after|once|unless"),
        (.wrapUp, "done|finished with *2 school|college|degree|course|program|uni|university|studies|bootcamp|exams|military|army|service|job|contract|internship|placement"),
        (.wrapUp, "done|finished in|at|by|soon|next|this_year|last"),
        (.wrapUp, "all right|righty"),
        (.wrapUp, "that is all *2 i wanted to know about"),
        // "That's all weirdly reassuring" praises what was said; "that's all" alone ends.
        (.wrapUp, "that|it is|was all *1 weirdly|really|very|so|super|pretty|quite|incredibly|hugely|extremely|genuinely|honestly|actually|just? reassuring|helpful|useful|interesting|fascinating|amazing|new|true|fine|connected|related|part|making|sounds|starting|coming|gold|brilliant|good|great|eye_opening|encouraging"),
        (.wrapUp, "good_luck|best_of_luck to|getting|finding|breaking|trying|convincing|with_that_one|keeping|explaining"),
        // "Ah, that sounds like a busy afternoon, good luck with the board meeting!" is sympathy.
        (.wrapUp, "sounds|sounding *8 good_luck|best_of_luck unless thanks|thank|bye|goodbye|take_care|let_you_go|talk_soon"),
        // Announcing another question: "I was also going to ask, and feel free to say no, whether…"
        (.wrapUp, "also|was|were *1 going|meant|meaning|wanted to ask"),
        (.wrapUp, "how|what|when|why|where *3 you *2 wrap|end|stop|finish|wind"),
        (.wrapUp, "do|does|did you usually|typically|often|always|normally|ever? wrap|end|stop|finish"),
        (.thanks, "thanks to my|the|a|an|his|her|their|our|your|this|that|professor|prof|dr|doctor|mr|mrs|ms|miss|mum|mom|dad|covid|reddit|linkedin|youtube|which|social|someone|him|them|it|pandemic|ai|tools|technology|automation|remote|new|all|these|those|people|apps|software"),
        // "I appreciate that the hours are long, but…" grants a point; it does not thank.
        (.thanks, "appreciate|appreciated that|how the|it_is|there|they|some|most|people|many|this_is|work|hours"),
        (.thanks, "no thanks|thank"),
        // "my uncle always says 'thank everyone twice'" reports a saying.
        (.thanks, "always|he|she|they|everyone|people|uncle|aunt|mom|mum|dad|friend|manager|mentor|professor|boss|grandma|grandpa *2 says|said|told|tells|say *3 thank|thanks|thanking"),
        // "what do you appreciate about your team?", "I've come to appreciate how…", "I appreciate that's
        // hard to say" speak of appreciating; "I really appreciate the advice" thanks.
        (.thanks, "which|how|do|does|did|most|least *4 appreciate|appreciated"),
        (.thanks, "what *3 appreciate|appreciated"),
        (.thanks, "appreciate|appreciated about|most|in_a|it_when|when"),
        (.thanks, "come|came|learned|learnt|grown|grew|started|begun|began|learning|learn *1 to *2 appreciate"),
        (.thanks, "not|never *3 appreciate|appreciated"),
        (.thanks, "appreciate that is|it_is|there|most|many|some|not|this_is|they|people"),
        (.thanks, "thank|thanks you? note|notes|email|emails|card|cards|letter|message|messages"),
        (.thanks, "note|card|email|line|message|letter *3 of|to *1 say? thanks|thank"),
        (.thanks, "grateful|appreciate *1 if|for_a|for_an"),
        (.thanks, "appreciate *2 a|an|any referral|introduction|intro|reference|word"),
        (.thanks, "would|will *2 appreciate|be_grateful|be_so_grateful|be_really_grateful|be_very_grateful"),
        (.thanks, "how|do|did|does *2 you|i|they|people *2 thank|send|say"),
        (.thanks, "should you|i|they|people *1 thank|send|say"),
        (.thanks, "do|does|did|will|would *3 clients|people|patients|they|customers|users|anyone|someone|students|families|donors *2 ever? *1 thank"),
        (.thanks, "what|which *6 grateful|thankful"),
        (.thanks, "way|ways|how *2 to *1 say|send|show thank|thanks|gratitude"),
        (.thanks, "typical|a|the|good|best|proper thank_you|thankyou|thanks *2 look|looks|note|like|email|gift"),
        (.thanks, "how|do|does|did *4 team|company|firm|boss|manager|managers|clients|people *2 thank"),
        (.thanks, "never|not *2 says|say|said *1 thanks|thank"),
        (.thanks, "grateful for the|my chance|opportunity|opportunities|experience|job"),
        (.giveBack, "what|how *3 can|could|should i *1 do|help|prepare|get|improve|learn|make|build|start|stand|break|best to|in_order|now|better|first|differently|myself|if|as|during|before|right|next"),
        (.giveBack, "i can|could *2 do *2 to prepare|get|improve|learn|build|start|stand|break|make_myself|make_my|make_a|make_the|make_it_into|make_it_in"),
        (.giveBack, "how|what|do|does|did|can|could *4 you|your|people *3 help|support|give"),
        (.giveBack, "help me|us|my|myself|our"),
        (.giveBack, "!kept_in_mind|keep_me_in_mind|be_considered|considered_for|think_of_me"),
        // "I'd love to send you the memo once I've written it" reports back.
        (.giveBack, "send|share *6 once|when|after i *2 have|finished|done|written|completed|tried|write|finish"),
        (.giveBack, "help *3 my|our|myself"),
        (.giveBack, "!someone|somebody *3 for *2 the? summer|season|internship|holidays"),
        (.giveBack, "~sendverb *3 my resume|cv|application|applications|portfolio|transcript"),
        // "I'll pass along the portfolio link in case it's useful": the learner's own work, for a look.
        (.giveBack, "~sendverb|pass|passing *2 the|my *1 portfolio"),
        // Work the learner would do to learn, not to help: "any lil project i could do at home to test the waters".
        (.giveBack, "!test_the_waters|get_a_feel|get_a_taste|for_practice|to_practise|to_practice|for_my_portfolio|build_my_portfolio|see_if_i_like|see_if_it_is_for_me"),
        (.giveBack, "!jump_at|apply|hire|employ|vacancy|hiring_me|are_hiring|is_hiring|be_hiring|hiring_now|hiring_anyone|hiring_juniors|hiring_interns|hiring_grads|hiring_graduates|hiring_someone|hiring_right|hiring_at unless plant_hire|car_hire|van_hire|tool_hire|equipment_hire|bike_hire|hire_firm|hire_company|hire_shop|hire_business"),
        (.giveBack, "!pair_of_hands|extra_hands|spare_hands *6 summer|holidays|placement|qa|testing|lab|ward|studio|site|projects"),
        (.giveBack, "!for a? person|someone|somebody|people like me"),
        (.giveBack, "way|ways *1 to give back"),
        // "what's something I could build or do next month to test it?" asks for a task to try.
        (.giveBack, "something|anything *1 i could|can|should|might *1 build|try|make|learn|practise|practice|read|start|test|attempt|tackle|work_on"),
        // "that's not really something I could do right now" tells what is out of reach.
        (.giveBack, "not|never *2 something|anything *3 i can|could *2 do"),
        (.giveBack, "something|anything *2 i could|can|should|might *1 do *4 to_test|to_see|to_find|to_try|in_the_next|this_week|this_month|this_summer|on_my_own|myself|before_i|before_my|before_the|before_then|before_starting|before_applying|to_prepare|to_get"),
        (.giveBack, "!turn|lead|turns|leads into|to *4 role|job|position|paid|something_permanent|part_time"),
        (.giveBack, "need|needs|have|got to *1 drop|leave|go|run|hop|head|jump|stop|end"),
        // "if your team ever needs a research assistant, I'm around" offers themselves for a role.
        (.giveBack, "need|needs *3 a|an|someone|somebody|anyone? *2 junior|assistant|intern|freelance|freelancer|illustrator|bookkeeper|hire|staff|research_assistant|copywriter|trainee|apprentice"),
        (.giveBack, "extra pair of hands|extra_hands *6 summer|season|spring|over_the|next_year|this_year|camp"),
        (.giveBack, "!paid_or_not|paid_or_unpaid|start_at_the_bottom"),
        (.giveBack, "always|he|she|they|everyone|people|uncle|aunt|mom|mum|dad|friend|manager|mentor|professor|boss *2 says|said|told|tells|say *4 return|give|pay"),
        (.selfIntro, "am|was *2 curious|interested|wondering|hoping|here|not|so|really|just|sorry|fine|good|glad|happy|excited|grateful|nervous|trying|looking|planning|thinking|sure|afraid|a_bit|a_little|a_big|a_huge|a_fan|reading|asking|calling|reaching|still|also|on_time|late|back unless finished|graduated|a_levels|majoring|qualified|retired|sophomore|freshman"),
        // Not a background: a stretch in general ("people leaving the field after five years", "do
        // students usually do a year in industry"), where the learner is sitting ("I'm at the stop",
        // "that's kind of where I'm at"), the call itself ("I feel like I've just been taking").
        (.selfIntro, "within|in_the_first|over_the_next|in_the_next ~number? ~duration"),
        (.selfIntro, "people|they|most|everyone|many|folks|nurses|teachers|staff *5 after|within ~number? ~duration"),
        (.selfIntro, "a year in industry|abroad|out"),
        (.selfIntro, "where i am at"),
        (.selfIntro, "i am in my *1 truck|car|van|cab|kitchen|bedroom|room|garden|break|lunch|lunch_break|garage|shed|house|flat|apartment|pajamas|pyjamas"),
        (.selfIntro, "i am at the|a|my *1 stop|station|bus_stop|airport|gate|cafe|library|car|park|gym|kitchen_table|table|door|supermarket|doctor|dentist|school_gates"),
        (.selfIntro, "just been taking|talking|rambling|asking|chatting|listening|waffling"),
        (.selfIntro, "i have|had *2 been *2 wondering|reading|thinking|following|curious|meaning|hoping|looking|trying|waiting|listening"),
        // Where the learner is today, or how the call is going, is no background: "I'm at a point
        // where I need to choose", "I'm at the conference in October too", "I switched to
        // headphones", "I'm doing a lot of these chats lately".
        (.selfIntro, "i am at a|the|this point|stage|crossroads|conference|event|fair|meetup|airport|station|gym|party|moment|end|start|beginning|desk|computer|same"),
        (.selfIntro, "switched|moved|changed *2 headphones|headset|speaker|speakers|phone|laptop|wifi|mic|microphone|camera|video|audio|room|browser|app"),
        (.selfIntro, "doing *3 these|informational *1 chats|calls|interviews|conversations"),
        // A thing gathered, not a background: "a spreadsheet of eviction filings I've been putting together".
        (.selfIntro, "i have|had *1 been putting_together|pulling_together|compiling|collecting|gathering"),
        (.selfIntro, "i have|had *2 read|seen|heard|followed|noticed|always|wondered|wanted"),
        (.selfIntro, "i have|had *1 a|few|some|one|two|another *1 question|questions|quick|thought|thoughts|minute|moment|follow"),
        (.selfIntro, "i work|worked *1 through|on|out|my_way"),
        (.selfIntro, "i spent *2 through|on|out|my_way"),
        (.selfIntro, "doing|did well|good|great|fine|ok|alright|better|my_best"),
        (.selfIntro, "i have|had been *1 talking|going_on|rambling|babbling|chatting|going"),
        (.selfIntro, "i have|had *1 definitely|really|totally|also? *1 been *1 there|here|confused|out|doing_all|kind_of|sort_of|so"),
        (.selfIntro, "i did *2 apply|applied|try|tried|ask|asked|email|emailed|reach|see|look"),
        (.selfIntro, "when|while|before|after i *1 left|quit|was|had"),
        (.selfIntro, "in my *1 studio|office|car|kitchen|room|bedroom|house|apartment|flat|garage|home|dorm"),
        (.selfIntro, "promise|then *3 i am|i_will_be *1 finished|done|quick"),
        (.selfIntro, "have|got|need|must to run|go|leave|head|jump|drop|dash|hop|rush"),
        (.selfIntro, "doing|did this|it|that|all *1 for|because|to|the|of"),
        (.selfIntro, "taking notes|a_note|a_moment|time"),
        (.selfIntro, "i have|had *1 run|gone|went|kept|taken *2 over|on|too|long|you|your|up|out"),
        (.selfIntro, "moving|switching on|to_the|topics|gears"),
        (.selfIntro, "i did *1 not|see|read|notice|hear|wonder|want|enjoy|love|like"),
        (.selfIntro, "i *2 started|became *2 reading|following|thinking|wondering|to_wonder|curious|interested"),
        (.selfIntro, "your|their|the *1 first|second|third|final year unless i_am_in|i_am_now|i_am_currently|now_in|currently_in"),
        (.selfIntro, "your *3 ~duration"),
        (.selfIntro, "self_taught|self-taught *2 or"),
        (.selfIntro, "or *2 self_taught|self-taught"),
        (.selfIntro, "enough about me"),
        (.selfIntro, "following|followed|read|reading your *6 since"),
        (.selfIntro, "once|when|after|until|before|if i have *1 finished|completed|done|graduated"),
        (.selfIntro, "notes|it|that|them i took"),
        (.selfIntro, "for|to|as|advise|advice *2 a? career changer|changers"),
        (.selfIntro, "what|how|why|when|where|which|do|does|did|can|could|would|is|are *4 you|your"),
        // Closing one's introduction is not giving it: "So that's a bit about me; what does your role
        // involve?", "that's my background in brief".
        (.selfIntro, "that is|that_was|so|anyway|there_you_go|there_you_have_it *2 a_bit_about_me|a_little_about_me|about_me|my_background|my_story|my_life_story|me_in_a_nutshell|my_intro|the_background|all_the_background"),
        (.selfIntro, "i run *2 into|over|out|late|past|through|off|by|the_odd|an_idea|ideas|it|this|something|a_few|things"),
        // Someone else's years or a season: "third year of drought for your farm clients".
        (.selfIntro, "first|second|third|fourth|final|1st|2nd|3rd|4th year of *1 drought|the|this|that|covid|lockdown|war|recession|cuts|growth unless i_am_in|i_am_now|i_am_currently|now_in|currently_in"),
        // Notes to self are not a close: "Cheers, I'll check that out later", "I'll add that to my
        // reading list", "I'll look that podcast up tonight".
        (.wrapUp, "i will|i_am_going_to|i_will_definitely|i_will_def|i_shall|gonna|i_must|i_should|i_need_to|will *2 check|look|add|read|google|search|note|jot|bookmark|save|listen|watch|try|dig|explore|look_into|write *3 that|it|this|them|those|out|up|down|to_my|into|later|tonight|tomorrow"),
        (.wrapUp, "add|adding|added *3 to my *1 reading|watch|listening|podcast|to_do|book? *1 list"),
        (.wrapUp, "stop|end|pause|start *1 the|my|our? *1 recording|recorder|video|camera|sharing|screen_share|share|screen"),
        (.wrapUp, "let you off the hook"),
        (.wrapUp, "sign|signs|signing|signed *1 things|documents|it|them|stuff|work|everything|forms|off_on|reports|budgets|drawings|plans off"),
        (.wrapUp, "got|have|prepared|jotted|wrote|written|brought *3 questions|question *1 written|down|lined_up|ready|here|prepared|listed"),
        (.wrapUp, "have|had|i_have prepared *2 questions|question"),
        (.wrapUp, "that is|that_was|so *2 all the? *1 background|about_me|my_story|intro|introduction|context|from_me_about"),
        (.wrapUp, "take it easy on"),
        // Apologising for one's own late arrival is not minding their time: "Apologies for logging on
        // late, my laptop decided to update."
        (.timeAck, "sorry|apologies|apologise|apologize|excuse|forgive *3 for? *1 being|running|logging|joining|arriving|showing|turning|dialling|dialing|getting *3 late|behind|minutes_late|delayed"),
        (.timeAck, "sorry|apologies|apologise|apologize|excuse|forgive *2 for? *1 the|my *1 delay|lateness|late_start|tardiness"),
        (.timeAck, "cut me off if|when *3 rambling|ramble|wrong|off_topic|talk_too_much|going_on|not_making|nonsense|unclear|waffling|waffle|babbling|too_personal|rude"),
        (.timeAck, "when|if *2 audits|projects|shifts|meetings|cases|surgeries|deadlines|things|jobs|builds|trials|rehearsals|shoots|sessions *1 run|go|running|going|ran|went late|over|long"),
        (.timeAck, "paid|get|getting|do|work|working|pay|claim|unpaid *2 overtime"),
        // "I hope to give back to the community once I'm qualified", "Did anyone return the favour when
        // you were starting out?", "what do you expect from mentees in return?"
        (.giveBack, "give|giving back *1 to the|my|our|your? *1 community|communities|society|field|profession|industry|world|others|people|next_generation"),
        (.giveBack, "did|has|have|does|do *1 anyone|someone|people|they|mentors|seniors|juniors *1 ever? *4 return|repay|give_back|pay_it_forward|in_return"),
        (.giveBack, "do|does|did|would|will you|they *2 expect|get|ask|want|receive *4 in_return|back"),
        (.giveBack, "expect|expects|expected|want|ask|asks|get|gets *5 in return"),
        (.giveBack, "return|returning *4 draft|form|forms|book|copy|documents|laptop|keys|contract|chapter|edits *3 to_you|by|next|with"),
        // Room for one more question is not room on the team: "any space left for a final quick one?"
        (.jobAsk, "room|space|capacity|time *4 question|questions|quickie|query|q|follow_up"),
        (.jobAsk, "still|left|remaining|we|got|have *3 room|space *3 for? *2 one_more|another|a_final|a_last|a_quick|just_one|one_last|final|last|quick"),
        // "I see we're nearly at time, is there room for one more?" asks for a question.
        (.jobAsk, "there|any room|space for *1 one_more|another|a_final|a_last|a_quick|just_one|one_last unless person|hire|pair_of_hands|intern|junior|staff|body|member|hand|helper|trainee"),
        (.jobAsk, "room|space *2 left|still|remaining"),
        (.jobAsk, "room|space *3 for *3 final|last|quick|small *2 one"),
        // Questions about how hiring is judged, and hypotheticals: "Let's say you were hiring for a junior
        // position tomorrow…", "From the recruiter side, which looks better on an application?"
        (.jobAsk, "!let_us_say|say|imagine|suppose|pretend|hypothetically|hypothetical|if_you_were|what_if *4 you *2 were|are|had *2 hiring|recruiting|filling|choosing|sifting|screening|reviewing|picking"),
        (.jobAsk, "!when|if|as|whenever you *2 sift|sifting|screen|screening|review|reviewing|read|reading|assess|assessing|look_at|looking_at *3 applications|applicants|candidates|cvs|resumes|juniors|grads|new|between|people|someone"),
        (.jobAsk, "!from the|a|an recruiter|recruiters|hiring|employer|employers *1 side|perspective|point_of_view|pov|view|end"),
        (.jobAsk, "!which|what *5 looks|look|stands|catches|impresses|counts|matters *3 better|more|out|on_an_application|on_a_cv|on_a_resume"),
        (.jobAsk, "!torn_between|choosing_between|deciding_between|weighing_up|looked_at|comparing *10 ~job"),
        // Asking to meet a manager for a chat about their path is a referral, not a job ask.
        (.jobAsk, "introduce|connect|put|introducing|connecting *2 me *5 ~gatekeeper *8 chat|coffee|talk|call|ask|path|journey|career|experience|advice"),
        (.jobAsk, "comes|come|pops|turns up *3 where|that i *2 could|can|might *2 help|lend|be_useful|assist|pitch|repay|return"),
        // "Keen to hear from a few more sommeliers", "I'm keen to ask her about her path": asking to meet
        // others, not why the learner came.
        (.purpose, "keen|eager|love|like|want|wanna|hoping to *1 hear|talk|speak|chat|meet|ask *1 from|to|with|her|him|them *3 more|other|another|a_few|some|people|about|her|his|their"),
        (.purpose, "ask her|him|them about"),
        // "Could I send you my resume? I'd value your honest read of it." asks for a view of a thing.
        (.purpose, "your|an|honest|quick *1 honest|frank|candid? *1 read|reaction|feedback|opinion|thoughts|eyes|critique *1 of|on it|this|that|them|these|those"),
        (.giveBack, "!need|needs *3 a|an *1 freelance|freelancer|junior|intern|trainee|apprentice|hire|temp"),
        (.selfIntro, "who|she|he|they|her|his *1 currently|recently|just|also? *1 ~studyverb|~workverb|graduated|qualified|finished|started"),
        (.jobAsk, "normal|common|usual|typical|standard|usually|typically|most|people|everyone|many|better|possible|best|easier *4 start|begin|starts|begins|started|enter|enters|join|joins|come_in|get_in *2 as|out_as|off_as"),
        (.jobAsk, "consider me a|an *1 curious|nosy|tourist|student|learner|visitor|outsider|observer|newbie|beginner"),
        (.wrapUp, "nothing else|more riding|at_stake"),
        (.wrapUp, "or *2 shall|should we|i *2 stop|end|wrap|leave|call *3 it|there|here|now|up"),
        (.wrapUp, "catch you|up *1 later|soon *3 in|on|for|next|this|tomorrow"),
        (.followUp, "if|when i *2 emailed|email|messaged|message|contacted|contact|wrote|write|reached|reach|called|call *2 out? *1 to? *1 her|him|them"),
        (.followUp, "my *1 follow_up|followup|thank_you|thankyou *1 email|note|emails|notes|card|letter *4 to *2 the|a|my|last|previous|other|old|former"),
        (.followUp, "i *1 posted|sent|mailed|wrote|emailed *4 to *1 my|the|an|a *1 old|former|last|previous"),
        (.followUp, "!use_your_name|mention_your_name|drop_your_name|say_you_suggested|mention_that_you|mention_we_spoke|say_we_spoke"),
        (.followUp, "make|making|take|taking|join|joining this|the|our call|meeting"),
        (.thanks, "a|an|my|proper|formal|quick|short|written|little thank_you|thankyou|thanks|ty *1 note|email|card|letter|message|once|when|after|tonight|tomorrow|later|soon|this|by|from"),
        (.timeAck, "keep *2 conversation|this|it|things|us going *2 over|for|into|beyond *2 the? *1 next|coming|few|months|weeks|year"),
        (.selfIntro, "every|each|per|next *1 few|couple|couple_of|two|three|six? *1 ~duration"),
        (.selfIntro, "~duration are|is|was|were|do|does|did|will"),
        // Someone else's years: "You spent ten years in public accounting…", "do they still make you do 2 yrs at a regional paper?"
        (.selfIntro, "you|they|she|he|your|their *1 spent|worked|did|were|was|had|do|spend|work|served *3 ~duration"),
        // Years the learner weighs spending: "before I sink two more years into exams".
        (.selfIntro, "sink|sinking|spend|spending|invest|investing|waste|wasting|commit|committing|give|giving *1 another? *1 ~duration"),
        // A year of the job asked about, not the learner's: "a first year as a paralegal", "a second-year associate on your team".
        (.selfIntro, "first|second|third|fourth|final year|years as|associate|associates|on_your|in_your|at_your|in_their|on_their unless i_am|my|i_was"),
        (.selfIntro, "i have|had *1 held|kept|taken|hogged|bothered|stolen *2 you|your"),
        (.selfIntro, "before|after|until|till|by *1 my? *1 first|second|third|fourth|final|1st|2nd|3rd|4th year"),
        (.giveBack, "how|why *3 you|they|people *2 pay_it_forward|give_back|repay"),
        (.giveBack, "do|does|did you|they|people *1 ever|usually|often|always|typically *2 pay_it_forward|give_back|repay"),
        (.purpose, "get_to_know|meet|connect_with *1 more|other|a_few|some|another|people"),
        (.purpose, "soaking|absorbing|grabbing|taking|stealing|hoovering|using *2 up? *1 your|all|ur|all_your|so_much_of_your *1 advice|tips|time|wisdom|knowledge|guidance"),
        (.purpose, "consider me in *2 mode|phase"),
        (.jobAsk, "consider me in *2 mode|phase"),
        (.jobAsk, "old|former|ex|previous *4 ~gatekeeper"),
        (.jobAsk, "~gatekeeper *5 you_had|you_used|you_worked|your_old|your_former|your_previous|at_your_old|on_your_old"),
        (.jobAsk, "!repay|make_this_up|make_it_up|owe_you|return_this|return_the_favor|return_the_favour|pay_you_back|return_your_generosity|return_this_generosity"),
        (.jobAsk, "!were_you|supposing|if_you_had|if_you_would *4 hiring|recruiting"),
        // Any hypothetical hire asks what they look for, unless the learner puts themselves in it:
        // "If your team were ever hiring for a coordinator role, what would you look for?"
        (.jobAsk, "!if|say|suppose|supposing|imagine|hypothetically|were *2 you|team|company|firm|they|someone|somebody|employer|manager *1 were|was|had *1 ever|to? *1 hiring|recruiting|hire|recruit|filling|screening unless consider_me|hire_me|take_me|me_in_mind|my_cv|my_resume|my_application|i_apply|i_applied|i_could_apply|i_would_apply|recommend_me|refer_me|put_in_a_word|vouch"),
        (.jobAsk, "with|to|for|by|among|from|of *1 the? *1 hiring|recruiting people|folks|teams|panels|staff"),
        (.followUp, "i sent|emailed|forwarded|attached|mailed over|along|earlier|already|before|with|last|yesterday"),
        (.followUp, "!named_you|name_you|mention_you|mentioning_you|you_sent_me|you_referred_me|say_you_sent|tell_her_you|tell_him_you|tell_them_you"),
        (.followUp, "pay|pass *4 forward"),
        // Contact that already happened, or others' contact: "my friend Dana connected with you on
        // LinkedIn last year", "what made me message you in the first place", "never heard back".
        (.followUp, "!last_year|last_month|last_week|years_ago|months_ago|weeks_ago|a_while_ago|a_while_back|in_the_first_place|how_i_found_you unless i_will|i_can|i_could|i_would|happy_to|can_i|could_i|going_to|gonna|send_you|send_it|email_you"),
        (.followUp, "!never *2 heard_back|replied|responded|answered|wrote_back|got_back|heard_anything unless i_will|i_can|i_could|happy_to|can_i|could_i"),
        (.followUp, "!my|her|his|a friend|cousin|sister|brother|classmate|flatmate|roommate|colleague|coworker *3 sent|messaged|emailed|connected|added|wrote unless i_will|i_can|i_could|happy_to|can_i|could_i"),
        // Asking how one asks: "What's the etiquette around asking someone for a second chat?"
        (.followUp, "!etiquette"),
        // Etiquette asked in other words: "is it okay to follow up after one week, or is it annoying?"
        (.followUp, "okay|ok|rude|annoying|normal|weird|pushy|acceptable|appropriate|fine|polite to follow up after|within|in|a|the|when|if|once"),
        // "I didn't wanna get it wrong" wants nothing learned.
        (.purpose, "get|getting it|that|this|your_name|the_name wrong"),
        // A question's lead-in: "I wanted to ask, is there a trade association worth joining?"
        (.purpose, "want|wanted|trying|wanting|meant|meaning to ask *1 is|are|whether|if|do|does|did|could|can|would|should"),
        // "feel free to say no", "not to put you on the spot", "if not through an internship".
        (.purpose, "say|saying|said no"),
        (.purpose, "on_the_spot unless rather_not|about_jobs|about_a_job|about_work|about_openings"),
        (.purpose, "if not"),
        // Finding something on the call: "I was trying to find the unmute button".
        (.purpose, "find|finding the|a|my *1 unmute|mute|button|link|camera|mic|microphone|settings|chat|tab|window|page|cursor|headphones|charger|room|door|entrance"),
        // Something sent before the call: "I was worried I'd sent you the wrong one."
        (.followUp, "had|would|worried|afraid|thought|think|hope|hoped|sure|forgot i? sent|emailed|messaged you"),
        // Pay for juniors asked of, not for oneself: "Is the salary okay for the junior modellers?"
        (.jobAsk, "!salary|salaries|wages|starting_pay unless hire_me|take_me_on|for_me|consider_me|would_i|i_would_get|my_salary|without|unpaid|join_your|i_work|i_join|work_with_your|work_for_you"),
        // How people get in: "is it better to apply through the portal or to know someone?"
        (.referralAsk, "or|better|best *2 know|knowing someone|somebody|people|anyone"),
        // Dreading the ask, or asking how they got in: "dreading asking anyone for a job", "was it a
        // referral or did you just apply?"
        (.jobAsk, "dreading|dread|scared_of|afraid_of|nervous_about|terrified_of|worried_about|awkward_about *1 asking|ask"),
        (.jobAsk, "hate asking"),
        (.jobAsk, "was_it|were_you|was_that a? referral"),
        // Advice to ask, turned down: "my teacher said I should ask you…, but I'd rather just hear…"
        (.jobAsk, "!!rather_just_hear|rather_just_ask_about|rather_hear"),
        (.followUp, "someone|somebody|people|anyone|them for a? second|another|follow_up"),
        (.followUp, "since|as|because|cause|cuz i *1 write|email|send|draft|message|text"),
        (.followUp, "recording|quoting|record|quote *2 you|this|the"),
        (.timeAck, "~number ~number? minutes|mins|min late|behind|after"),
        (.timeAck, "joining|logging|arriving|late *3 ~number *1 minutes|mins *1 after|late"),
        (.timeAck, "charge|charges|charged|priced|billed|rented|paid|bill|rates|pay|charging|billing|rent *3 by the"),
        (.timeAck, "keep *2 exchange|exchanges|chats|chat|conversation|conversations|dialogue|connection|relationship going"),
        (.wrapUp, "more|else to add on|about *6 but|what|how"),
        (.wrapUp, "did|didja|didya|dja you|ya|u|both|all *2 have|enjoy"),
        (.wrapUp, "sign|signs|signing|signed off on|every|each|the|a|an|drawings|headlines|work|new|all|budgets|plans"),
        (.wrapUp, "anyone|someone|whose|manager|s *1 sign off"),
        (.wrapUp, "not|never *1 let|lemme me? *1 keep|hold|make you *3 from|over|past|into"),
        (.wrapUp, "need|have|got to go part|part_time|abroad|down|back_to|full|full_time|into|through|freelance|private|overseas|via|from|on_to|onto"),
        // Having to go is a close only when the learner leaves this call now: a departure announced for later
        // ("heads up, I have to leave at 3:30"), an errand after the call, a career step or an idiom is not.
        (.wrapUp, "!!,have_to|got_to|need_to|must *2 run|go|leave|head|jump|drop|dash|hop|rush|log|sign *6 tomorrow|tonight|later|next|soon|soonish|eventually|afterwards|someday|one_day|after_this|after_that|after_the|after_our|after_we|after_work|after_class|after_lunch|after_my|after_i|after_graduating|after_graduation|early|before_my|before_class|before_lunch|before_the_top|top_of_the_hour|half_past|quarter_past|quarter_to|this_afternoon|this_evening|this_weekend|this_summer|this_fall|this_spring|this_winter|this_year|at_some_point|until_then|till_then|but_first|first_though|before_i_do|before_that|anyway|anyways|for_a_sec|for_a_second|for_a_moment|for_a_minute|for_one_sec|for_one_second|for_one_minute|for_a_few|for_a_bit|for_two_minutes unless \(leavingNow)|email|follow|message|write|text|send|reach|connect|stay_in_touch"),
        (.wrapUp, "!!,have_to|got_to|need_to|must *2 run|go|leave|head|jump|drop|dash|hop|rush|log|sign *4 in a_bit|a_while|a_sec|a_second|a_moment|a_minute|an_hour|a_few|a_couple|half|about|like|around|roughly|maybe|under|~clock unless \(leavingNow)"),
        (.wrapUp, "!!,have_to|got_to|need_to|must *2 run|go|leave|head|jump|drop|dash|hop|rush|log|sign *4 in ~number *1 ~timeunit unless \(leavingNow)"),
        // "I have to rush off, but can I just ask…" announces the end and carries on.
        (.wrapUp, "!have_to|got_to|need_to|must *2 run|go|leave|head|jump|drop|dash|hop|rush|log|sign *4 but|so *3 ask|first|one_more|one_last|quick_question|last_question|before_i_go|before_i_do|before_that|could_you_tell|can_you_tell unless \(leavingNow)"),
        // A day asked about or told of: "Did you have a good weekend?", "we had a great week".
        (.wrapUp, "!do|does|did|will|would|how|was|were you *2 have|had|having|enjoy|enjoyed"),
        (.wrapUp, "!,we|they|people|he|she|it|i|you have|had|has|having a|an|the *1 good|great|nice|lovely|fun|wonderful|brilliant|productive|relaxing unless hope|hoping|wish|wishing|enjoy"),
        (.wrapUp, "!after_this|after_that|after_the_call|after_our_call|after_we_finish|later_today|later_on|this_afternoon|this_evening|tomorrow|tonight *3 i *2 have|need|got|must to unless \(leavingNow)"),
        (.wrapUp, "!!,have_to|got_to|need_to|must *2 run|go|leave|head|jump|drop|dash|hop|rush|log|sign *4 in|at|by|around|before|until|till ~clock unless \(leavingNow)"),
        (.wrapUp, "!!,have_to|got_to|need_to|must run|rush|drop|jump|head that|it|this|them|those|these|some|my|your|our|their|his|her|through|past|by|errands|numbers|a|an|the|up unless \(leavingNow)"),
        (.wrapUp, "i would|d|might|may|could have|need|got to"),
        // "I really need to go read that book", "I think I have to go for it", "I need to jump into Python":
        // a plan or a choice, not a goodbye.
        (.wrapUp, "!!,have_to|got_to|need_to|must go *1 and? *1 read|look|check|research|learn|study|try|think|update|rewrite|fix|practice|practise|apply|find|sign_up|look_up|reread|rethink|explore|dig|watch|listen|buy|download|figure|work|build|practise|brush_up|polish|redo|revisit|review|google|investigate|sit|reflect|process|digest|plan|write|finish|talk|speak|meet|shadow|volunteer|ask|see unless \(leavingNow)"),
        (.wrapUp, "!!,have_to|got_to|need_to|must go the|for|with|all|deeper|further|bigger|slow|slower|step|the_extra|over|around|beyond|against|along|big|small|niche|broad|wide|solo|independent|corporate|public|in_house|agency|get|after|straight|the_other|that_way|this_way|down_that|down_this|down_the|the_route|the_long|the_safe|back_a|back_over|back_through|back_and|back_to_school|back_to_uni|back_to_college|back_to_university|back_to_studying|back_in_time|back_further|back_to_my_notes|back_to_basics unless \(leavingNow)"),
        (.wrapUp, "!!,have_to|got_to|need_to|must run|rush|jump|head|drop|leave|hop *1 with|into|in|on_board|toward|towards|ship|at|off_the_deep|to_conclusions|room|behind|open|space|out_of|everything|it_to|that_to|this_to|that_for|this_for|the_door|my_options|straight unless \(leavingNow)|call|zoom|meeting|bus|train|shift|class|lecture|seminar|appointment|work"),
        (.wrapUp, "have|got|need|must to *1 leave my|bedside|teaching|nursing|academia|law|retail|school|uni|university|college|industry|the_field|the_industry|the_profession|a_job|the_job|the_company|the_country"),
        (.wrapUp, "had to run|head|dash|hop|rush|jump *1 off"),
        (.wrapUp, "do|did|would|will|should|must|does|can|if|when|whenever|once|whether|before|until|till i *1 have|need|got to"),
        (.giveBack, "!before_we_start|before_we_begin|before_we_get_started|before_we_dive"),
        (.selfIntro, "after|beyond|past|post|finish|once|when_i_finish *2 my degree|studies|course|diploma"),
        (.selfIntro, "when|once i am *1 nearer|closer|about|almost|close|near *1 to? *1 graduating|graduate|finishing|done"),
        (.selfIntro, "glad|pleased|relieved|happy|thankful|grateful *1 i moved|quit|left|changed|switched|transferred|dropped"),
        (.thanks, "grateful|thankful i *1 moved|quit|left|changed|switched|transferred|dropped|did|chose|went|took|made|decided"),
        (.jobAsk, "!if|when|suppose|say a|an|someone|somebody|people|grad|graduate|student|candidate|stranger *3 asked|asks|emailed|emails|messaged|sent|wanted|wants *6 ~job|cv|resume|application|referral|hired"),
        (.jobAsk, "!will|would *2 the? *1 industry|field|sector|companies|firms|market *2 still? *1 be hiring"),
        (.jobAsk, "cannot|can_not|could_not|not *1 afford *3 ~job|unpaid"),
        (.jobAsk, "!told|tells|said|asked *1 her|his|their *1 mentor|manager|boss|professor|friend|teacher|interviewer|recruiter"),
        (.jobAsk, "help|helping *2 for free|free_of_charge"),
        (.followUp, "!do|does|did the|your|most|many *1 teachers|staff|students|clients|interns|juniors|grads|candidates|nurses|doctors|lawyers|engineers|designers|volunteers|families|customers *1 ever|usually|typically|often|normally|always|sometimes"),
        (.followUp, "put|putting|get|getting me in touch with"),
        (.followUp, "folks|people|anyone|someone|contacts *4 i *2 could|can|should|might? *1 reach|contact|email|message"),
        (.followUp, "feel free to reach|contact|email|message|ping *3 if you *1 ever? *1 need|want"),
        (.followUp, "!if someone|somebody|a_person|people|a_candidate|a_grad|one *2 wanted|wants|needed|needs to"),
        (.followUp, "client|clients|customer|customers|candidate|candidates|they|people|someone *3 get|gets|got back to you"),
        (.followUp, "thanks|thank *3 for the? *1 call|chat"),
        (.thanks, "email|send|write|drop|mail|post|sending|writing *3 a|an|my|proper|formal|quick|short|written|little|the? *1 thank_you|thankyou|thanks|ty"),
        (.wrapUp, "at all"),
        (.wrapUp, "!just|only *2 one|two|2|3|three|a_couple|a_few|few *2 more? *1 q|qs|questions|question|things *1 left|more|then"),
        (.timeAck, "split|balance|ratio|mix between|of *6 time"),
        (.timeAck, "more time on|for *2 a|the|their|my|your? *1 deadline|project|task|assignment|exam"),
        (.giveBack, "looking|searching|hunting for something|anything *3 i"),
        (.purpose, "jump|skip|get|go|cut *2 to *3 wanted|want|meant *1 to ask"),
        (.purpose, "told|tells|said|says|advised|warned me|us|them|students *4 never|not|do_not"),
        // "I've done two internships" is background, not an ask for one.
        (.jobAsk, "done|did|completed|held|finished|had|worked *3 internships|internship|jobs|placements|placement|roles"),
        (.jobAsk, "i|we have|had *2 ~number *1 internships|jobs|placements|roles|positions"),
        (.giveBack, "what|how|which|who *4 off your plate|hands|desk"),
        (.followUp, "along|over|on *2 the|some|their? *1 names|contacts|details *1 of|for *3 colleagues|people|someone|anyone|contacts|friends|two|three|a_few|one_or|peers"),
        (.purpose, "zero|no|any|did|without|skipped|skip|never *1 recon|reconnaissance|fact_finding|scoping"),
        (.jobAsk, "i applied|interviewed|was_rejected|got_rejected|got_turned_down *8 last|ago|before|rejected|turned_down"),
        (.jobAsk, "!weird|wierd|rude|ok|okay|acceptable|bad|awkward|appropriate|normal to ask someone|people|a_stranger|strangers|contacts|anyone"),
        (.jobAsk, "!how did|does|do *5 turn|turned|lead|led|become|became *2 into|to"),
        (.referralAsk, "who else *2 interviewed|hired|trained|worked|joined *2 you|with|on|when"),
        (.referralAsk, "did|do you know|have someone|somebody|anyone *2 on the inside|inside|there|at"),
        (.referralAsk, "intro|introduction to how|what|the_basics|the_field|the_industry|the_course|the_topic|the_subject|the_work|the_job|the_role|the_process|the_world|the_sector|the_area|the_profession|the_trade|the_craft"),
        (.referralAsk, "how do you *2 handle|deal|respond|feel"),
        (.followUp, "!what|how does|do|did *1 a|the|your? *1 follow_up|followup *2 look|work|involve|usually"),
        // Help offered: they send the learner something to help with, "If you ever want a second pair
        // of eyes on that grant, just send it over", "if you get stuck on the Polish, just forward it
        // and I'll sort it" — no later contact the learner plans.
        (.followUp, "!just|feel_free_to|please|pls send|email|flick|forward|ping|pass|drop *1 it|them|that|this|those *1 over|across|along|my_way|through|and"),
        (.followUp, "!if_you|whenever_you|if_your|if_the *14 send|email|flick|forward it|them|that|this|those over|across|along|my_way unless i_will|i_can|i_could|shall_i|can_i|could_i|i_would|i_am_going_to|i_ll *1 send|email|forward|pass|get|drop|ping"),
        (.followUp, "follow up with *2 people|someone|contacts|recruiters|folks *3 i|you *1 meet|met"),
        (.followUp, "emailed|email|emailing|contact|contacted|message|messaged|reach_out_to|write_to *1 your *1 colleague|colleagues|manager|boss|friend|contact|team|partner"),
        (.followUp, "my email|number|details|contact|info|message|linkedin along|on|to|with unless to_you|with_you|to_u|with_u"),
        // Their name used by the learner: "I'll contact both of them and mention your name."
        (.referralAsk, "i_will|i_ll|will|and *4 mention|drop|use|using|mentioning your name"),
        // The learner's details sent to them, a meeting offered by the learner: "could I forward my
        // email to you?", "want me to connect you two?", "I'd be glad to chat with her".
        (.referralAsk, "my *1 email|message|details|linkedin|number|contact|info|note *2 to|with you|u"),
        (.referralAsk, "want|like me to *2 connect|introduce|put"),
        (.referralAsk, "me|us a *1 quick|short? *1 heads|heads_up|word"),
        (.referralAsk, "connect|introduce you *1 two|both|guys"),
        (.referralAsk, "i_would_be|i_d_be|i_am|i_m|happy|glad|delighted *3 chat|talk|speak|meet *1 with|to *1 her|him|them"),
        (.referralAsk, "would|might you|u be open|up|happy|willing *4 call|chat|coffee|conversation|talk"),
        // Messaging someone they named, connecting with strangers: "could you send Leila a heads up
        // that I'll be messaging her?", "is it weird to connect on LinkedIn with recruiters?"
        (.followUp, "messaging|emailing|contacting|calling|texting her|him|them"),
        // Asking to hear of openings is no plan of contact: "let me know if you hear of anything".
        (.followUp, "let_me_know|keep_me_posted|tell_me *4 hear|see|come_across *2 of|about? *1 anything|something|openings|roles|positions|jobs"),
        (.followUp, "connect|add|message|email|follow *3 with? *1 recruiters|people|strangers|someone|somebody|anyone|everyone"),
        (.purpose, "not much|any|a_lot_of *2 experience|work_experience"),
        (.purpose, "ask them|him|her also|too|as_well|some|a_few"),
        (.selfIntro, "if|suppose|say|let_us_say|imagine *2 i|someone|somebody *1 switched|moved|spent|wanted|went|came|had|left"),
        // "If I were a career changer with no coding background, what would you tell me?"
        (.selfIntro, "!if|suppose|imagine *1 i were"),
        // A visa or loan is no introduction: "I'm on a student visa — do firms like yours sponsor?"
        (.selfIntro, "~student visa|visas|loan|loans|discount|card|account|accommodation|housing"),
        // This conversation, and what the learner takes from it: "I'm doing a few of these
        // conversations", "a note summarising what I took away", "how those roles map to what I did".
        (.selfIntro, "doing|done|had|having *3 conversations|chats|calls|interviews|screens|screenings|applications|rounds|assessments"),
        // Where a job search stands is no background: "I've been in the middle of a pretty intense
        // job search for product roles."
        (.selfIntro, "been in the? middle|midst|thick|process of"),
        (.selfIntro, "been tailoring|tweaking|updating|rewriting|reworking|polishing|applying"),
        // Years a posting asks for: "every posting wants two years of PM experience".
        (.selfIntro, "wants|want|wanted|require|requires|required|requiring|need|needs|needed|demand|demands|expect|expects|least|minimum|asks|asking *3 ~duration"),
        (.selfIntro, "i took away|from|home"),
        (.selfIntro, "what|everything|anything i took|did|do"),
        // What others told the learner: "I've been told cover letters don't matter anymore."
        (.selfIntro, "been told|warned|advised|asked|invited|encouraged|offered|promised|recommended"),
        (.selfIntro, "telling|told|tells|says|said|calls|called me *2 i_am|a|an"),
        (.selfIntro, "i am at the *1 stage|point|phase|place of|where"),
        // Where the learner stands, a story's time or someone else's years introduce no one: "I'm at
        // a very early stage", "when I did my placement year I noticed…", "someone with 2 yrs of QA",
        // "I'm around the whole of December", "sorry, I'm taking up a lot of your time", "someone a
        // few years ahead of me", "after I finish my first year of teaching".
        (.selfIntro, "i am at a|an|the very? *1 early|earlier|late|later|beginning|start|stage|point|phase|loss"),
        (.selfIntro, "when|whenever|reason|day|time i did|ran|volunteered|worked|took|finished|started|taught|left|applied|interned"),
        (.selfIntro, "someone|somebody|anyone|anybody|person|people|candidates|applicants|folks|those|one with *3 years|yrs"),
        (.selfIntro, "i am around"),
        (.selfIntro, "i am taking up|so|too|a|your|ur"),
        (.selfIntro, "someone|somebody|people|person|anyone|they|he|she|you *6 for a living"),
        (.selfIntro, "years|yrs ahead|older|younger|behind|above"),
        (.selfIntro, "after|before|once|when|until i *1 finish|complete|start|begin *1 my *1 first|second|third|final|last year"),
        (.giveBack, "!need|needs *3 a|an *1 contractor|consultant|temp"),
        (.wrapUp, "have|had a|an *1 million|lot|ton|bunch|few|couple|load|heap|hundred *1 of? *1 more? *1 questions|question|qs"),
        (.wrapUp, "have|had|need|i_will|i_will_have to *1 think|consider|mull|reflect|sleep_on|chew_on"),
        (.wrapUp, "jump|skip|get|go|move|cut *2 straight|right? *1 to *3 question|questions|point"),
        (.wrapUp, "keep|keeping|make my|the questions *1 short|brief|quick|tight"),
        // Asks about how work is found or how they and others hire, not for a place with them:
        // "would you rather push it to later?", "my roommate said 'just ask them for a job'", "if a
        // grad emailed you asking for a job…", "did you get your current role through a referral?",
        // "if something comes up, is it alright to shoot you an email?", "does the union offer
        // apprenticeships?", "will the industry still be hiring juniors?", "do you take on many
        // students…", "…or is it mostly experienced people?", "are you taking new clients?", "is it
        // normal to offer a trial shift?", "did they pay you during your trial month?", "if you were
        // me, would you take the unpaid internship?", "my manager wants me to apply for the lead job".
        (.jobAsk, "push|pushing|move|moving|bump|shift it|this|that|things *1 to|till|until|back *2 later|tomorrow|another|next|another_time|another_day"),
        (.jobAsk, "said|says|told_me|tells_me|telling_me|advised|suggested|reckons|keeps_saying *3 ask|asking"),
        (.jobAsk, "ask|asking|asked them|people|employers|strangers|recruiters|everyone|companies *1 for"),
        (.jobAsk, "kid|grad|graduate|student|person|someone|somebody|candidate|candidates|applicant|applicants|stranger|people|grads|students *6 asking|asks|ask|asked *2 for|about"),
        // Someone else's ask, told: "last month he asked me straight out whether there was any chance
        // of it becoming a proper job".
        (.jobAsk, "!he|she|they|someone|somebody|volunteers|people|one *3 asked|asks|ask|asking *1 me|us|her|him|them *2 straight_out|outright|directly|once? *1 whether|if|about|for unless for_me|hire_me|take_me|your|you_have|you_are"),
        (.jobAsk, "kid|grad|graduate|student|person|someone|somebody|candidate|candidates|applicant|applicants|stranger|people|grads|students *6 emails|emailed|walks|walked|writes|wrote|rang|rings|turned_up|turns_up|showed_up|shows_up"),
        (.jobAsk, "!did|do|how|when you *1 get|got|land|landed|find|found *1 your|this|the|that *1 current|first|present? *1 ~job *3 through|via|by|from"),
        (.jobAsk, "if|when|in_case *3 anything|something *3 comes|come|pops|crops|occurs *12 ~contactverb|drop|shoot|ping|write_to *1 you|u unless ~job|~application|hiring|hire|opening|openings|vacancy|vacancies|team|role|roles"),
        (.jobAsk, "urgent|important|emergency|unexpected|serious|big comes|come|pops|crops *1 up|in"),
        (.jobAsk, "union|unions|college|colleges|school|schools|university|universities|uni|council|councils|government|state|city|companies|firms|employers|industry|sector|field *1 offer|offers|offering"),
        (.jobAsk, "industry|field|sector|companies|firms|market|employers|agencies *1 will|would|still|are|be *2 hiring|taking_on|recruiting"),
        (.jobAsk, "take|takes|took|taking|hire|hires|hired|hiring *1 on? *1 many|lots|a_lot|fewer|most|much|loads"),
        (.jobAsk, "!or is|are|was|has|do|does|did it|that|this|they *2 mostly|all|usually|generally|typically|more|not|always|dried|a_thing"),
        (.jobAsk, "taking|take|takes|accepting|accept|accepts *1 on? *1 new|any|more? *1 clients|patients|customers|bookings|commissions|orders|cases|work_from_clients"),
        (.jobAsk, "!is|are|was it|they|that *1 still? *1 normal|common|usual|standard|typical|customary|expected|frowned|rare"),
        (.jobAsk, "!did|do|does|would|will they pay|paid you|u"),
        (.jobAsk, "!if_you_were_me|in_my_shoes|if_you_were_in_my_position|if_you_were_my_age"),
        (.jobAsk, "wants|wanted|told|encouraged|urged|urging|pushing|nudging|suggested|advised|asked me|us *1 to apply|go_for"),
        // A job told, a search told, an application or portfolio spoken of in general, what they look
        // for in juniors: "I've got a trial shift at a restaurant on Saturday", "whether I get a job
        // out of this or not", "the biggest red flag on an application for the kind of role you do",
        // "what are you looking for in a junior sound engineer?", "I am searching work since three
        // months", "I am looking for work, but that's not why I asked for this call".
        (.jobAsk, "i|i_have|i_ve|i_had *1 got|have|had|did|done|doing|booked|passed|failed *1 a|an|my|the *1 trial|interview|assessment"),
        (.jobAsk, "whether|if_or_not i *2 get|land|find|got"),
        (.jobAsk, "application|applications|portfolio|cv|resume *3 for *2 the|a kind|sort|type of"),
        (.jobAsk, "someone|somebody|people|anyone|candidates|applicants|those|folks going|applying|gunning for"),
        (.jobAsk, "looking_for|look_for|want|wants *1 in *2 a|an|your|their|the|new? *1 ~staffrole|candidate|candidates|applicant|applicants|junior|juniors|hire|hires|people|someone"),
        (.jobAsk, "searching|looking|hunting|seeking *1 for? *1 work|jobs since|for|in"),
        (.jobAsk, "!!not why|the_reason i|we *1 asked|called|reached|wanted|came|emailed|messaged|wrote|am_here|requested|set unless keep_me|consider_me|think_of_me|any_chance|is_there_any|pass_my|put_me|~hiring|hire|opening|openings|vacancy|vacancies|internship|internships"),
        (.jobAsk, "anything|something like_that|at_all|else? going on|to|wrong|well|through|down|great|fine|badly|smoothly|okay|ok unless on_your|on_ur|on_the|in_your|at_your|at_the|with_your"),
        // An application told, never answered: "I send my CV to Meridian HR in March, but I did not
        // hear back."
        (.jobAsk, "!!not|never|no *1 hear|heard|reply|replies|response|answer *1 back|anything|from unless could_you|would_you|can_you|any_chance|is_there|keep_me|flag|nudge|chase|mind_if|mind_passing"),
        // A wish for later, or a hypothetical, is no aim of this call: "I want to explore hospice
        // work at some point too", "if I wanted to explore this as a hobby first, where would I start?"
        (.purpose, "explore|learn|understand|try *4 at_some_point|one_day|someday|some_day|eventually|in_the_future|down_the_line|down_the_road|later_on|at_some_stage"),
        (.purpose, "if i|someone|somebody|you *1 wanted|want|decided|were *3 explore|learn|try|understand"),
        // Not knowing a thing is no aim: "I didn't even know it was a job until a month ago".
        (.purpose, "not|never *1 even? *1 know|knew|realise|realize|realised|realized *2 it|that|this|there|they *1 was|is|were|existed|exists|had"),
        // Their own pay, a job told: "did you get paid during lambing?", "after my trial shift at the
        // other restaurant".
        (.jobAsk, "did|do|were|was you *1 get|got? *1 paid"),
        (.jobAsk, "after|before|at|from my *1 trial|interview|shift"),
        // The learner's own friend introduced to them is help: "I'd love to introduce you to my friend".
        (.referralAsk, "introduce|introducing|connect|connecting you *1 to|with my|our"),
        // What the learner cannot afford is their circumstance: "I can't really do an unpaid internship".
        (.jobAsk, "cannot|can_not|could_not *3 do|afford|take|manage *2 unpaid|an_unpaid|free|a_free"),
        (.purpose, "cannot|can_not|could_not *3 afford|do|take|manage"),
        // Standing behind something: "I just couldn't put my name to it".
        (.jobAsk, "my name to it|that|this|them|anything"),
        // Passing their posting on to others is help: "I could share the posting with my cohort".
        (.jobAsk, "!share|sharing|post|posting|circulate|circulating|forward|forwarding|spread|spreading *3 posting|postings|ad|ads|advert|adverts|listing|listings|vacancy|vacancies|role|roles|opening|openings|job_ad *6 with|to|among|in|on my|our"),
        // Putting one's name down or pairing with hands "to step in" for work is a job ask, not an offer.
        (.giveBack, "!put_my_name_down|put_their_name_down|put_our_name_down"),
        // The name of a thing asked again is no person: "What was the name of that scheduling
        // software you mentioned?"
        (.referralAsk, "name|names of that|the|this|those|your *3 software|tool|tools|app|apps|book|books|course|courses|program|programme|podcast|site|website|company|firm|thing|platform|plugin|package|library|journal|newsletter|conference|report|certificate|certification|scheme"),
        // Following them already is no plan: "I actually follow you on mastodon, that's how I saw…".
        (.followUp, "i already|actually|do|also|have_been|been follow|followed|following you|u|your"),
        // A thing sent to show the learner's point is no help to them: "I'll send you the link after
        // this so you can see what I mean."
        (.giveBack, "so|so_that you *1 can|could|will see|get|understand|hear *1 what|where|how i"),
        // "One more thing", "one quick question" bring a question up; "one" is no person there.
        (.referralAsk, "just|only|and|so|ok|okay one more|last|final unless anyone|anybody|someone|somebody|people|person|who|colleague|colleagues|contacts|folks|names|friends|connections"),
        (.referralAsk, "one *2 quick|more|last|small|final|other|silly|random|tiny|little *1 thing|things|question|questions|q unless anyone|anybody|someone|somebody|people|person|who|colleague|colleagues|contacts|folks|names|friends|connections"),
        // Whether a team takes interns, set against how people come in otherwise, asks how people
        // arrive: "does your team ever take interns, or do people mostly come in from consulting?"
        (.jobAsk, "!take|takes|hire|hires *3 interns|juniors|graduates|grads|trainees|apprentices|students *3 or *3 people|most|folks|everyone|everybody|they *3 come|get|start|join|arrive|move"),
    ]

    /// Words that negate a cue shortly after them in the same clause.
    static let negators: Set<String> = ["not", "never", "no", "nothing", "neither", "nor", "without", "instead", "rather"]
}
