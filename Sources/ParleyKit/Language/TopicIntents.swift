/// How people ask about the topics most personas share, in any field: "what gets on your nerves"
/// asks about the downsides, "if I shadowed you, what would I see" about the day, "where do people
/// end up ten years in" about where the work leads. Cue patterns over normalised words, in the
/// manner of ChatScript's concept sets; a match lifts the topic of that id, when the persona has
/// one, by `TopicMatcher.intentBonus`. The example asks still decide between topics the line's
/// wording fits equally.
enum TopicIntents {
    /// `(topic ids, pattern)`: the first id the persona has is lifted.
    static let patterns: [([String], String)] = [
        // How the person got where they are.
        (["career-path"], "how|what|why *3 you *3 got|get|end|ended|start|started|become|became|come|came|land|landed|wind|wound|find|found|fall|fell *2 into|in|up|here|there|to|this|started"),
        (["career-path"], "what *2 made|led|drew|brought|pulled|inspired|lured|attracted|pushed|convinced|prompted you"),
        (["career-path"], "why|how *3 did you *3 choose|chose|pick|picked|go|decide|decided|switch|switched|move|moved|leave|left|settle"),
        (["career-path"], "your *2 story|journey|route|backstory|trajectory|beginnings"),
        (["career-path"], "turn|turned into *3 years|career|job|role"),
        (["career-path"], "looking_back|your_own_career|unfolded|took_you_from|brought_you_from|luck_or_planning|got_you_from"),
        (["career-path"], "your first *1 job|role|position|gig|break"),
        (["career-path"], "how *2 did you *2 get|go|move|make_it from"),
        (["career-path"], "how long *2 did *1 it *1 take you"),
        // How the learner could get in.
        (["breaking-in"], "how *4 i|someone|somebody|newcomers|newcomer|beginners|beginner|graduates|grads|outsiders *6 get|break|move|transition|switch|land|enter|pivot|credible|start|started *2 into|in|out|credible|a|the|my|this"),
        (["breaking-in"], "first|next|realistic|best *2 move|moves|step|steps|thing *6 i|someone|should|would|to_do"),
        (["breaking-in"], "if you were|had_to *3 new|starting|start|me|in_my|again|over|today|now|graduating|just|a_student|in_college|in_school|my_age|younger"),
        // "if you were starting today, how would you get in?" asks about the learner's way, not their story.
        (["!career-path"], "if you were|had_to *3 new|starting|start|me|in_my|again|over|today|now|graduating|just|a_student|in_college|in_school|my_age|younger"),
        (["breaking-in"], "in my shoes|position|place"),
        (["breaking-in"], "could|can|would|is_it_possible *2 i|someone|a_person *3 still? *2 get|break|make|move|transition|switch *2 into|in|the_switch|the_move|the_jump"),
        (["breaking-in"], "entry level|point|route|routes"),
        (["breaking-in"], "foot in *2 door"),
        (["breaking-in"], "way|ways in|into"),
        (["breaking-in"], "i *10 want|like|hoping|hope|trying|looking|plan|planning|thinking *3 to? *1 move|get|switch|transition|break|pivot|go *1 into|to|over"),
        (["breaking-in"], "experience *4 before *3 apply|applying|start|starting|going"),
        (["breaking-in"], "go|going|jump|jumping straight *1 in|into"),
        (["breaking-in"], "do *3 now *4 to *1 land|get|break|prepare|stand"),
        (["breaking-in"], "my first *1 job|role|position|gig|break"),
        (["breaking-in"], "hard|easy|tough|possible|difficult *2 to *1 get|break|land *1 hired|in|into|accepted|a_job|a_role|a_foot"),
        (["breaking-in"], "should i be doing *1 now|already|at_this_stage"),
        (["breaking-in"], "turn|turning *2 that|it|this|hobby *3 into *2 a? *1 career|profession|job|living"),
        (["breaking-in"], "want|hope|plan *2 to *1 end up *1 in|doing"),
        (["breaking-in"], "make *1 myself *1 hireable|employable|competitive|credible|marketable|attractive"),
        (["breaking-in"], "making|make|made the *1 switch|jump|leap|move|transition"),
        (["breaking-in"], "realistic|any|a|best *1 way|route|path *4 me|someone|i *3 get|break|move|into|in"),
        // Where the work can lead.
        (["career-paths"], "where *4 go|goes|end|ends|move|moves|lead|leads|head|heads|headed|heading *3 from|after|next|years|in|up|later|eventually|long"),
        (["career-paths"], "what|which *3 jobs|roles|positions|paths|options|doors|careers *8 move|lead|open|later|eventually|after|next|into|from"),
        (["career-paths"], "ceiling|ladder|progression|promotion|promotions|promoted|progress|progressing|advancement|advance"),
        (["career-paths"], "eventually|one_day|long_term|down_the_line|down_the_road|years_in|years_from_now *6 become|move|go|lead|end|run|be|get"),
        (["career-paths"], "next step|steps|role|move *3 for|after *3 you|someone|people|analysts|engineers|nurses|designers|researchers"),
        (["career-paths"], "next *2 ten|five|fifteen|twenty|few *1 years *6 look|hold|bring *3 for *2 someone|you|people"),
        (["career-paths"], "where *4 take|lead *1 me|you|someone|people|them"),
        (["career-paths"], "move|moving|step|climb|work *1 up"),
        (["career-paths"], "start|open|launch|found *1 your *1 own"),
        (["career-paths"], "specialist|specialise|specialize|specialising|specializing|transferable"),
        (["career-paths"], "set up for|directions_can|different_directions|afterwards"),
        (["career-paths"], "what *3 jobs|roles|positions|options|directions|paths *8 afterwards|after|later|next|down_the_line|after_that|from_there"),
        (["career-paths"], "one_day|someday|eventually *4 managing|manage|run|running|lead|leading|start|become"),
        // The day itself.
        (["typical-day"], "typical|normal|average|ordinary|usual|regular *2 day|week|shift|morning|workday|weekday"),
        (["typical-day"], "day|week|shift|workday|days *3 look_like|looks_like|like_for_you|consist|consists|involve|involves|go|goes"),
        (["typical-day"], "day_to_day|day_in_the_life|hour_by_hour"),
        (["typical-day"], "shadowed|shadow|followed|follow|sat_next_to|sit_next_to|watched|watch|tagged_along *4 you *6 what|would|see"),
        (["typical-day"], "from|between *3 nine|9|clock_in|log_on|when_you_log_on|morning|arrive|get_in *6 to|till|until|and|when *2 five|5|clock_out|log_off|evening|leave|home"),
        (["typical-day"], "to do list|lists"),
        (["typical-day"], "how *2 much|most *2 of *1 your? *1 time|day|days|week *3 spent|spend|spending|at|on|in|split|divided"),
        (["typical-day"], "split|divide|divided|balance *3 your *2 time|day|week"),
        (["typical-day"], "walk me through *3 day|yesterday|week|shift|morning"),
        (["typical-day"], "what *4 you *2 actually|really? *1 do *2 all_day|each_day|every_day|day_to_day|most_days|on_a|in_a|at_work"),
        (["typical-day"], "first_thing|at_a_desk|on_site|out_on_site|in_the_field|behind_a_desk|hour_by_hour|sit_down_at_your_desk|get_into_the_office|get_in_to_work"),
        (["typical-day"], "hours|much_of_the_day *2 a|per|each *1 day *6 doing|on|spent|actually"),
        (["typical-day"], "how many *1 patients|clients|cases|meetings|calls|students|projects *6 day|shift|week|at_once|at_a_time"),
        // What they enjoy.
        (["likes"], "what *4 you *2 enjoy|love|like|relish *3 most|best|about"),
        (["likes"], "favorite|favourite|best|most_satisfying|most_rewarding|proudest *1 part|thing|bit|aspect|project|moment|moments|day|days"),
        (["likes"], "excited|excites|exciting|excite|motivates|motivated|happiest|fulfilling|fulfilled|rewarding|satisfying|satisfaction|gratifying|joy|fun"),
        (["likes"], "never gets|get old"),
        (["likes"], "look|looking forward to"),
        (["likes"], "get|got out of *2 it|this|the_job|the_work|your"),
        (["likes"], "what *2 kept|keeps|keep you *3 going|in|doing|here|there|at|coming"),
        (["likes"], "why *3 you *2 stay|stayed|still"),
        (["likes"], "out of bed"),
        (["likes"], "what *4 get|got out of"),
        (["likes"], "interesting|fascinating|meaningful *4 to_you|for_you|about"),
        (["likes"], "miss_most|happily_do|do_it_for_free|even_if_nobody_paid|good_day|smile|smiling|big_smile"),
        // What wears on them.
        (["dislikes"], "hate|hates|dislike|dislikes|annoying|annoys|annoy|frustrating|frustrates|frustration|frustrations|worst|downside|downsides|drawback|drawbacks|toughest|draining|drains|cons|unglamorous|grind|irritates|irritating|pet_peeve|bugs_you|bug_you"),
        (["dislikes"], "least favorite|favourite|enjoyable|fun|rewarding"),
        (["dislikes"], "on your nerves"),
        (["dislikes"], "tear|pull *2 hair"),
        (["dislikes"], "not|never *2 enjoy|like|love|tell_you_about"),
        (["dislikes"], "hardest|tough|hard|difficult|challenging|rough|painful *1 part|parts|thing|things|bit|side|days"),
        (["dislikes"], "outside *2 never|not|do_not *1 see|realize|know"),
        (["dislikes"], "less|least|not_so|not_as *1 glamorous|rewarding|fun|exciting|enjoyable|pleasant|appealing|nice"),
        (["dislikes"], "tedious|boring|dull|stressful|thankless|gruelling|grueling|exhausting|soul_destroying|most_trying"),
        (["dislikes"], "do|live without"),
        (["dislikes"], "as bad as"),
        (["dislikes"], "want|make_you_want to *1 quit|leave|scream|cry"),
        (["dislikes"], "bad|worst|hard|rough|tough *1 days|day"),
        (["dislikes"], "slog|groan|grind|chore|chores|hand_off|get_rid_of|do_without"),
        (["dislikes"], "bug|bugs|hurt|hurts|sting|stings|upset|upsets you"),
        // Skills worth building.
        (["skills"], "skills|skill|qualities|traits|strengths|abilities|competencies|aptitude|temperament"),
        (["skills"], "good_at|great_at|strong_at"),
        (["skills"], "should|need|must|ought|worth|would *3 i|someone|they *3 be? *1 learn|learning|practise|practice|practising|practicing|focus|study|studying|pick_up|master|improve|brush|develop|build|work_on"),
        (["skills"], "look|looking for in *4 new|junior|graduate|grads|candidates|hires|people|someone|nurses|analysts|engineers|designers|researchers"),
        (["skills"], "learn to *1 cope|handle|deal"),
        (["skills"], "python|excel|sql|gis|coding|programming|statistics|writing|math|maths|software *3 or|first|important|matter"),
        (["skills"], "separates|distinguishes|sets_apart *4 good|great|best|strong"),
        (["skills"], "does|do well|best|great"),
        (["skills"], "thrive|thrives|succeed|succeeds|excel|excels|cut_out|suited"),
        (["skills"], "capabilities|capability|craft|know_how|toolkit"),
        (["skills"], "learn|learned|learnt *2 to *1 spot|read|handle|manage|judge|tell"),
        // What to read, follow, join.
        (["resources"], "book|books|memoir|memoirs|podcast|podcasts|website|websites|blog|blogs|newsletter|newsletters|journal|journals|papers|youtube|channel|channels|datasets|dataset|data_sets|forum|forums|subreddit|subreddits|documentary|documentaries|magazine|magazines|publications|sites|reading|resources|resource|meetups|conferences|associations|association|listserv|communities"),
        (["resources"], "groups|networks|community *4 belong|join|recommend|follow|part_of"),
        (["resources"], "read|follow|watch|listen_to|join|check *3 to|every *2 stay|keep|morning|day|informed|up"),
        (["resources"], "should|would|could|must *3 i *2 read|follow|watch|listen|join|subscribe"),
        (["resources"], "point me to|toward|towards|at"),
        (["resources"], "go_online|keep_up_with|stay_current|stay_up_to_date|texts|lectures|essential_reading|point_someone|outside_of_a_classroom"),
        // The workplace.
        (["culture"], "culture|atmosphere|vibe|vibes|environment|hierarchy|hierarchical|morale|office_politics|hats|dynamics|dynamic"),
        (["culture"], "what is it *2 like *2 working|to_work|to_be *3 at|in|for|on"),
        (["culture"], "people|colleagues|coworkers|teammates|team|ppl *3 at|in your *1 company|team|office|org|firm|studio|lab|department|place|unit|newsroom|agency"),
        (["culture"], "get along|on"),
        (["culture"], "care_about|value|respect|listen_to *3 research|design|data|ideas|juniors|input"),
        (["culture"], "teamwork|buttoned_up|laid_back|relaxed|formal|stuffy|cliquey|competitive|collaborative|supportive|say_in"),
        (["culture"], "kind|sort|type of people *2 work|are|at|in"),
        (["culture"], "how does|do *1 a|the|your *3 studio|team|company|office|firm|lab|newsroom|agency|startup|department|unit|bank|clinic *1 work|operate|run|function"),
        // Showing one's work to be hired.
        (["portfolio"], "portfolio|portfolios|showreel|reel|itch"),
        (["portfolio"], "show|showcase|demonstrate|prove|present *3 my? *1 skills|work|ability|abilities|projects|thinking"),
        // Hours and life outside work.
        (["work-life", "schedules"], "work_life|balance|overtime|intense|chill|crunch|burnout|burn_out|burnt_out|switch_off|time_off|wfh|remote|hybrid|long_hours|weekends|evenings"),
        (["work-life", "schedules"], "leave|get_home|go_home|finish|log_off *4 office|work|at|on|by *2 normal|reasonable|sensible|decent|a_normal|a_reasonable|a_sensible|a_decent|time|hour|five|six"),
        (["work-life", "schedules"], "work_from_home|from_home|in_the_office"),
        (["work-life", "schedules"], "shift|shifts|rota|rotas|timetable|twelve_hour|12_hour|days_a_week|on_call|nights"),
        (["work-life"], "hobbies|hobby|extra_hours|switch_off|unplug|downtime"),
        (["work-life", "schedules"], "hours|shifts|nights|night_shifts *4 like|long|a_week|per_week|work|stuck|always"),
        (["work-life"], "family|kids|children|life|personal|social *2 life|time|outside"),
        (["work-life"], "take|get|enough|proper|real *1 vacations|vacation|holidays|holiday|time_off"),
        // What they are working on now.
        (["current-work"], "working|work on *3 now|currently|these_days|at_the_moment|right_now|lately|recently|since|this_year|this_quarter|this_month|at_present|next"),
        (["current-work"], "current|latest|recent|ongoing|newest|upcoming *2 project|projects|work|research|study|studies|campaign|campaigns|case|cases|game|book|story|stories|report"),
        (["current-work"], "in the middle of"),
        (["current-work"], "on to|onto *2 another|the_next|a_new|next *1 project|game|book|study|thing"),
        (["current-work"], "anything|something *2 moved|move|progressed|changed *3 since"),
        (["current-work"], "spending|spend|use|using *2 it|the_money|the_grant|the_funding *2 on|for"),
        // "how do you stay current with research?" asks what they read.
        (["!current-work"], "stay|keep|keeping|staying|remain current|up_to_date|on_top|informed"),
        (["current-work"], "what *3 you *2 working|busy|been_working|focused|focusing *2 on|with"),
        (["current-work"], "keeping you busy|occupied"),
        (["current-work"], "big|main|biggest|major *1 project|study|thing|focus|case|piece *4 on|running|doing|these_days|now|right_now|at_the_moment|currently"),
        (["current-work"], "running|doing|leading|tackling|concentrating|focusing|occupying *4 these_days|at_the_moment|currently|right_now|at_present|just_now"),
        // A small task to try the work.
        (["assignment"], "challenge|exercise|task|assignment|homework|mini_project|small_project|little_project|side_project|practice_project|sample_project|test_myself|try_my_hand|have_a_go|a_go"),
        (["assignment"], "something|anything *4 i *2 could|can|might *1 try|do|attempt|practise|practice|build|make *3 myself|on_my_own|at_home|this_week|this_weekend|this_month|to_see|to_test|to_find_out"),
        (["assignment"], "try *3 this_week|this_weekend|this_month|on_my_own|myself|at_home|by_myself"),
        (["assignment"], "test_the_waters|trial_run|mock|try_answering|dip_my_toe|quick_way_to_find_out|first_little|little_analysis|quick_trial"),
        (["assignment"], "project|task|exercise|challenge|problem *3 i *2 could|can|might|should *1 do|try|build|tackle|work_on|take_on|attempt"),
        (["assignment"], "find_out|figure_out|see|test|check|know *1 whether|if *3 i *3 would *1 enjoy|like|love|am_cut_out|am_suited|am_good|fit"),
        // Degrees, courses and credentials.
        (["education", "training", "licensure", "credentials"], "degree|degrees|masters|master|mpp|mba|mbas|phd|postgrad|postgraduate|certification|certifications|certificate|bootcamp|bootcamps|qualification|qualifications|licence|license|licensed|chartered|diploma|cpa|cfa|pe"),
        (["education", "training", "licensure", "credentials"], "grad|graduate|law|nursing|med *1 school"),
        (["education", "training", "licensure", "credentials"], "back to school|study|studying"),
        (["education", "training"], "course|courses|training|program|programme|programs|programmes *4 worth|legit|waste|recommend|need|take|help|should|better"),
        // Pay.
        (["salary", "pay", "compensation"], "pay|salary|salaries|money|earn|earning|earnings|compensation|wage|wages|income|paid|paycheck|paycheque|afford|make_a_living"),
        // Where the field is going.
        (["trends"], "trend|trends|changing|changes|changed|shifting|shifts|growing|shrinking|evolving|evolve|direction|directions|heading|outlook|disrupt|disrupting|disruption|automation|automate|ai|chatgpt|rise|rising|decline|declining|emerging|landscape"),
        (["trends"], "going_to|likely_to|set_to|about_to *3 matter|change|grow|shrink|disappear|replace|look"),
        (["trends"], "bigger|smaller|more|less *2 part|important|common|popular|relevant *3 of|in|these|now|than|over"),
        (["trends"], "affecting|affect|affects|impact|impacting|hitting|reshaping *4 field|industry|work|you|businesses|clients|the"),
        (["trends"], "next *2 few|five|ten|couple *2 years|decades|decade"),
        (["trends"], "keeping an? eye on"),
        (["trends"], "future *3 hold|holds|look|looks|of_the_field|of_this_field|of_your|of_the_industry|of_the_profession|for_the|for_people|in_your|in_this"),
        (["trends"], "what is new|happening *3 in|these_days|right_now|lately|at_the_moment"),
        (["trends"], "hot topics|topic|issues"),
        (["trends"], "where is *4 going|heading"),
        (["trends"], "getting *1 more|less *1 popular|common|competitive|important|crowded"),
        (["trends"], "still short|a_shortage|shortage|shortages|oversupply|saturated"),
        (["trends"], "developments|innovations|new_practices|new_tools|new_methods"),
    ]

    /// Every pattern, numbered as in `patterns`.
    private static let table: PatternTable = {
        let parsed = patterns.map { CuePattern($0.1, concepts: [:]) }
        var builder = PatternTable.Builder(lexicon: CuePattern.lexicon(of: parsed))
        for pattern in parsed { _ = builder.add(pattern) }
        return PatternTable(builder)
    }()

    /// For each topic id a pattern reaches, the words that reached it (the first match).
    static func matches(_ line: NormalizedLine) -> [String: String] {
        let ids = table.numbers(line.tokens)
        var found: [String: String] = [:]
        for sentence in line.sentences {
            for (number, (topics, _)) in patterns.enumerated() {
                guard found[topics[0]] == nil, let range = table.matches(number, ids: ids, range: sentence.range).first else {
                    continue
                }
                let words = line.tokens[range].joined(separator: " ")
                for topic in topics where found[topic] == nil { found[topic] = words }
            }
        }
        for topic in found.keys where topic.hasPrefix("!") {
            found[topic] = nil
            found[String(topic.dropFirst())] = nil
        }
        return found
    }
}
