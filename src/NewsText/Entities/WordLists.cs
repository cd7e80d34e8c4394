namespace NewsText.Entities;

/// <summary>Closed word lists the recognizers use: titles and roles, function words, common words that are never names.</summary>
internal static class WordLists
{
    /// <summary>
    /// Hindi titles and roles that may stand before a person's name (single words; multi-word roles end in one of these). Value 0:
    /// titles; value 1: common nouns of role (<c>आरोपी</c> "accused", <c>अधिकारी</c> "officer"), a cue only for a name with a common
    /// given name or surname in it (<c>आरोपी राहुल भोसले</c>, not <c>आरोपी गिरफ्तार</c> or <c>आरोपी सोशल मीडिया पर</c>).
    /// </summary>
    public static readonly WordTable HindiTitles = WordTable.FromGroups(
        WordClass.HindiTitles, 0,
        "मंत्री|राष्ट्रपति|उपाध्यक्ष|प्रतिनिधि|गवर्नर|प्रधानमंत्री|राजदूत|समकक्ष|श्री|श्रीमती|सुश्री|डॉ|डॉक्टर|प्रवक्ता|महासचिव|सचिव|मुख्यमंत्री|उपराष्ट्रपति|चांसलर|जनरल|प्रोफेसर|प्रो|न्यायमूर्ति|सांसद|विधायक|अध्यक्ष|प्रमुख|सलाहकार|नेता|कमांडर|राज्यपाल|उपमुख्यमंत्री|प्रधान|महापौर|मेयर|सीईओ|संस्थापक|पत्रकार|लेखक|कप्तान|कमांडेंट|जिलाधिकारी|ज़िलाधिकारी|कलेक्टर|अधिवक्ता|वकील|न्यायाधीश|जज|अधीक्षक|आयुक्त|निदेशक|महानिदेशक|उपायुक्त|चेयरमैन|अर्थशास्त्री|विश्लेषक|कार्यकर्ता|कोच|अभिनेता|अभिनेत्री|निरीक्षक|उपनिरीक्षक|थानाध्यक्ष|डीजीपी|एसपी|एसएसपी|डीसीपी|एसीपी|डीएम|आईजी|कमिश्नर|सीएफओ|सीटीओ|शोधकर्ता|विशेषज्ञ|राजनयिक|संपादक|पदाधिकारी|उम्मीदवार|प्रत्याशी|वैज्ञानिक|कुलपति|प्राचार्य|निर्देशक|निर्माता|फिल्मकार|गायक|गायिका|क्रिकेटर|पहलवान|एथलीट|इंस्पेक्टर|दरोगा|सीएमडी|एमडी|स्पिनर|ऑलराउंडर|विकेटकीपर|डायरेक्टर|पार्टनर|फाउंडर|चेयरपर्सन|प्रेसिडेंट|संगीतकार|गीतकार|कोरियोग्राफर",
        "आरोपी|अभियुक्त|पीड़ित|पीड़िता|शिकायतकर्ता|गवाह|अधिकारी|व्यवसायी|उद्योगपति|इंजीनियर|छात्र|छात्रा|बल्लेबाज|गेंदबाज|खिलाड़ी|स्ट्राइकर|गोलकीपर|फॉरवर्ड|संस्थापकों|निवेशक|मुवक्किल|किसान|मजदूर|डॉक्टरों|युवक|युवती|महिला|बेटे|बेटी|पति|पत्नी|सदस्य");

    /// <summary>English titles and roles before a name (value 0), and words that stand only inside a title (value 1).</summary>
    public static readonly WordTable EnglishTitles = WordTable.FromGroups(
        WordClass.EnglishTitles, 0,
        "Minister|President|Premier|PM|FM|Ambassador|Mr|Mrs|Ms|Dr|Prof|Professor|Secretary|Chancellor|Senator|Gen|General|spokesperson|spokesman|spokeswoman|counterpart|Governor|Chairman|Chairperson|Chief|CEO|Justice|Judge|Envoy|Lt|Col|Colonel|Admiral|Commander|Rep|Representative|MP|Mayor|King|Queen|Prince|Princess|Sheikh|leader|Leader|Speaker|Director|Sir|Lady|Pope|Coach|Captain|governor|president|minister|ambassador|envoy|chairman|secretary|mayor|senator|captain|coach|director|chief|adviser|advisor|Officer|Advocate|advocate|Attorney|Solicitor|Justices|Commandant|Commissioner|Superintendent|Inspector|Collector|lawyer|activist|analyst|economist|journalist|correspondent|chairwoman|CFO|COO|MD|CTO|forward|striker|midfielder|defender|goalkeeper|winger|batter|batsman|bowler|opener|skipper|player|teammate|founder|co-founder|cofounder|investor|entrepreneur|actor|actress|singer|commissioner|inspector|officer|constable|accused|victim|medallist|medalist|champion|archer|wrestler|athlete|boxer|shooter|candidate|nominee|legislator|lawmaker|councillor|MLA|NSA|EAM|MoS",
        // Words that stand only inside a title, never right before a name ("Information" in "Chief Information Officer"):
        "Deputy|Vice|Foreign|Defence|Defense|Prime|External|Home|Finance|Affairs|State|Executive|Financial|Operating|Managing|Additional|Law|Electoral|Election|Information|Medical|Technology|Marketing|Legal|Returning|Principal|Joint|Assistant|Cabinet");

    /// <summary>Latin words that look like names when capitalised but are not (sentence-initial words, months, titles, function words).</summary>
    public static readonly WordTable EnglishNonNames = WordTable.FromGroups(
        WordClass.EnglishNonNames, 0,
        "The|A|An|World|Opposition|Ruling|This|That|These|Those|It|Its|He|She|His|Her|They|Their|We|Our|I|You|In|On|At|By|For|From|With|Of|And|But|Or|As|If|When|While|After|Before|Since|Also|However|Meanwhile|Earlier|Later|Today|Yesterday|Tomorrow|Here|There|Both|Two|Three|One|Some|Many|Most|All|Other|Such|Why|What|Who|How|Where|Not|No|Yes|Mr|Ms|Mrs|Dr|Sources|Official|Officials|According|Read|Watch|Also|Photo|Video|Update|Breaking|Live|New|Former|Senior|Ministers|Minister|Ministry|Government|Foreign|Russian|Chinese|Indian|American|British|FMs|PMs|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Said|Says|Thank|Thanks|Congratulations|Happy|Good|Great|Let|Our|My|Your|Will|Would|Can|Could|Should|Must|Is|Are|Was|Were|Has|Have|Had|Do|Does|Did|To|Amid|Despite|During|Under|Over|Between|Against|Among|Without|Through|Just|Only|Even|Now|Then|Still|Yet|Already|So|Thus|Therefore|Nor|Every|Each|Any|Last|Next|First|Second|Third|Recently|Bilateral|Several|Further|Dear|Sir|Madam|Hon|Excellency|Press|Release|Statement|Follow|Join|Click|More|Most|Top|Big|Key|Full|Text|Report|Reports|News|Story|Analysis|Opinion|Editorial|Note|Please|See|Via|Per");

    /// <summary>Lower-case words allowed inside a Latin name (<c>Ministry of Foreign Affairs</c>, <c>Mohammed bin Salman</c>).</summary>
    public static readonly WordTable NameParticles = WordTable.FromGroups(WordClass.NameParticles, 0, "of|and|the|for|bin|von|der|de|da|van|al|del|du|le|la");

    /// <summary>
    /// Words that make a capitalised sequence an organisation. Value 0: institutions, whose name outranks a place inside it
    /// (<c>Karnataka High Court</c>, <c>Competition Commission of India</c>); value 1: events, media and agreements, which do not
    /// (<c>G20 Summit</c> leaves <c>G20</c> to the lexicon).
    /// </summary>
    public static readonly WordTable OrganizationHeads = WordTable.FromGroups(
        WordClass.OrganizationHeads, 0,
        "Ministry|Council|Union|Organisation|Organization|Administration|Bank|Party|Agency|Court|Commission|Committee|University|Institute|Corporation|Inc|Ltd|Limited|Group|Association|Forum|Fund|Department|Office|Army|Navy|Force|Forces|Police|Parliament|Assembly|Senate|Congress|Federation|Foundation|Company|Authority|Board|Bureau|Academy|College|School|Hospital|Secretariat|Embassy|Consulate|Mission|Cabinet|Tribunal|Exchange|Airlines|Airways|Club|Society|Trust|Centre|Center|Service|Services|Guard|Command|Directorate|Cell|Brigade|Battalion|League|Industries|Holdings|Railway|Railways|Corp|Co|LLP|PLC|Plc|Bench|Labs|Lab|Capital|Ventures|Partners|Technologies|Tech|Systems|Solutions|Software|Pharma|Pharmaceuticals|Motors|Finance|Finserv|Energy|Power|Steel|Cements|Foods|Media|Studios|Securities|Investments|Insurance|Biotec|Biotech|Healthcare|Logistics|Palike|Nigam|Parishad|Samiti|Sangh|Morcha|Aayog|Equities|Broking|Advisors|Advisers|Advisory|Consulting|Consultants|Associates|Reserve|FC|SC|AFC|Blasters|Kings|Knights|Royals|Titans|Capitals|Giants|Warriors|Strikers|Panthers|Rangers|Rovers|Wanderers|Hotspur|Albion",
        "Initiative|Times|Post|News|Network|Coalition|Alliance|Front|Movement|Bloc|Conference|Summit|Programme|Program|Project|Partnership|Dialogue|Treaty|Pact|Accord|Agreement");

    /// <summary>Words that start an organisation's name, the rest of the capitalised run naming it (<c>FC Goa</c>, <c>IIT Madras</c>, <c>Club Atlético Lanús</c>).</summary>
    public static readonly WordTable OrganizationPrefixes = WordTable.FromGroups(
        WordClass.OrganizationPrefixes, 0, "FC|SC|AFC|Club|IIT|IIM|IIIT|NIT|AIIMS|IISc|IISER|Atlético|Sporting");

    /// <summary>Words that make a capitalised sequence a place.</summary>
    public static readonly WordTable LocationHeads = WordTable.FromGroups(
        WordClass.LocationHeads, 0,
        "City|Province|Valley|River|Sea|Ocean|Island|Islands|Mountains|Mountain|Street|District|State|Region|Strait|Bay|Gulf|Lake|Desert|Peninsula|Square|Airport|Port|Border|Plateau|Pass|Hills|County|Oblast|Prefecture|Territory|Coast|Canal|Stadium|Arena|Ground|Park|Hall|House|Shoal|Reef|Atoll|Cape|Temple|Mosque|Fort|Palace|Bridge|Road|Nagar|Marg|Chowk|Colony|Station|Bazaar|Ghat");

    /// <summary>
    /// Hindi function words and very common words that end a name or are never one: postpositions, conjunctions, pronouns,
    /// auxiliaries, common verbs and nouns of news prose.
    /// </summary>
    public static readonly WordTable HindiStop = WordTable.FromGroups(
        WordClass.HindiStop, 0,
        "संपर्क|ने|को|का|की|के|से|में|पर|तक|और|या|व|एवं|तथा|लेकिन|परंतु|किंतु|कि|जो|जिस|जिसने|जिन्होंने|जिसमें|यह|वह|ये|वे|इस|उस|इन|उन|इसके|उसके|उनके|उनकी|उनका|उन्होंने|इन्होंने|अपने|अपनी|अपना|हम|हमारे|मैं|मेरा|आप|भी|ही|तो|न|नहीं|ना|है|हैं|था|थे|थी|थीं|हो|होगा|होगी|होंगे|हुआ|हुई|हुए|रहा|रही|रहे|गया|गई|गए|कर|करने|करते|करता|करती|किया|किए|की|दिया|दी|दिए|कहा|कहते|बताया|कहना|लिए|लिया|साथ|बाद|पहले|बीच|द्वारा|बारे|तरह|रूप|दौरान|अनुसार|ओर|तरफ|एक|दो|तीन|चार|पांच|दोनों|सभी|कई|कुछ|किसी|कोई|हर|सब|अब|आज|कल|फिर|जब|तब|यहां|वहां|क्या|क्यों|कैसे|कौन|बहुत|अधिक|सबसे|पूर्व|नव|नए|नई|नया|मंत्री|विदेश|सरकार|देश|देशों|राष्ट्र|नेता|नेताओं|मामले|मामलों|संबंध|संबंधों|बात|बातचीत|बयान|कहा|समय|साल|वर्ष|महीने|दिन|लोग|लोगों|युद्ध|शांति|विकास|सहयोग|नीति|प्रधानमंत्री|राष्ट्रपति|राजदूत|समकक्ष|श्री|डॉ|प्रवक्ता|इसके|इसलिए|हालांकि|वहीं|यानी|ताकि|क्योंकि|अगर|यदि|बल्कि|सिर्फ|केवल|लगभग|करीब|ऐसे|ऐसा|ऐसी|जैसे|वाले|वाली|वाला|संयुक्त|रूप|आगे|पीछे|ऊपर|नीचे|अंदर|बाहर|खिलाफ|विरुद्ध|प्रति|लिए|हेतु|सहित|बिना|अलावा|समेत|मुताबिक|शामिल|जारी|स्वागत|धन्यवाद|बधाई|भारतीय|चीनी|रूसी|अमेरिकी|पद|चुनाव|भवन|कार्यालय|आवास|स्तर|स्तरीय|बैठक|वार्ता|यात्रा|दौरे|दौरा|सम्मेलन|मुलाकात|फोन|कॉल|समझौते|समझौता|मुद्दे|मुद्दों|सवाल|जवाब|रिपोर्ट|खबर|सूत्रों|अधिकारी|अधिकारियों|पार्टी|संगठन|मंत्रालय|मंत्रियों|सेना|पुलिस|अदालत|कोर्ट|जांच|हमले|हमला|संकट|तनाव|व्यापार|निवेश|अर्थव्यवस्था|सुरक्षा|रक्षा|गृह|वित्त|पिछले|अगले|उन्हें|इन्हें|उनसे|जिसे|जिन्हें|नेतृत्व|पक्ष|पक्षों|विपक्ष|जनता|लोकतंत्र|स्वागत|दूत|प्रतिनिधिमंडल|प्रतिनिधि|मौके|अवसर|अपील|आग्रह|दावा|चेतावनी|मांग|कहना|मानना|माना|लगता|बने|बना|बनी|बनाया|रहे|सके|सकते|चाहिए|जाएगा|जाएगी|जाएंगे|सहमति|प्रस्ताव|सोशल|मीडिया|ऑनलाइन|डिजिटल|वीडियो|फोटो|इंटरनेट|ऐप|वेबसाइट|पोस्ट|ट्वीट|मंडल|गिरफ्तार|बरामद|फरार");

    /// <summary>
    /// Nouns that end a Hindi organisation's name. Value 0: institutions, named by one modifier or more (<c>गृह मंत्रालय</c>,
    /// <c>आपदा प्रबंधन विभाग</c>); value 1: generic bodies, an organisation only after a place (<c>दिल्ली पुलिस</c>,
    /// <c>भारतीय वायुसेना</c>) or two modifiers (<c>सीमा सुरक्षा बल</c>), not <c>सुरक्षा बल</c> or <c>राज्य सरकार</c>; value 2: places
    /// named the same way (<c>वानखेड़े स्टेडियम</c>, <c>पूर्वी भूमध्य सागर</c>).
    /// </summary>
    public static readonly WordTable HindiOrganizationHeads = WordTable.FromGroups(
        WordClass.HindiOrganizationHeads, 0,
        "मंत्रालय|विभाग|आयोग|प्राधिकरण|निगम|परिषद|बोर्ड|रेलवे|विश्वविद्यालय|संस्थान|न्यायालय|ब्यूरो|निदेशालय|सचिवालय|महासंघ|अकादमी|प्रतिष्ठान|फाउंडेशन|ट्रस्ट|कॉरपोरेशन|कॉर्पोरेशन|इंस्टीट्यूट|यूनिवर्सिटी|काउंसिल|कमीशन|अथॉरिटी|इंडस्ट्रीज|कमेटी|कमिटी|टेक्नोलॉजीज|स्टूडियोज़|स्टूडियोज|फिल्म्स|फ़िल्म्स|लेबोरेटरी|लैबोरेटरी|लैब्स|सर्विसेज|सिस्टम्स|मोटर्स|होल्डिंग्स|वेंचर्स|पार्टनर्स|एक्सचेंज|प्रोडक्शंस|प्रोडक्शन्स|एंटरटेनमेंट|एयरलाइंस|एयरवेज|सीमेंट्स|फार्मास्युटिकल्स",
        "बल|पुलिस|सेना|वायुसेना|नौसेना|सेंटर|बैंक|पार्टी|समिति|संघ|कंपनी|अदालत|कोर्ट|मोर्चा|संगठन|सरकार|अस्पताल|कॉलेज|एजेंसी|एसोसिएशन|लिमिटेड|सिक्योरिटीज़|सिक्योरिटीज",
        "स्टेडियम|हवाईअड्डा|हवाईअड्डे|एयरपोर्ट|चौक|पार्क|मार्ग|सागर|महासागर|द्वीपसमूह|पैलेस");

    /// <summary>Hindi determiners, pronouns, conjunctions and common verb forms: never part of an organisation's name.</summary>
    public static readonly WordTable HindiDeterminers = WordTable.FromGroups(
        WordClass.HindiDeterminers, 0,
        "इस|उस|यह|वह|ये|वे|इन|उन|एक|हर|किसी|सभी|कई|कुछ|अपने|अपनी|अपना|उनके|उनकी|उनका|इसके|उसके|इसकी|उसकी|जो|जिस|जिसने|जिन्होंने|उन्होंने|इन्होंने|है|हैं|था|थे|थी|नहीं|दोनों|अन्य|यहां|वहां|संबंधित|स्थानीय|विभिन्न|प्रत्येक|सारे|पूरे|नए|नई|नया|कि|जबकि|लेकिन|क्योंकि|यदि|अगर|कहा|बताया|किया|दिया|लिया|गया|गई|गए|हुआ|हुई|हुए|रहा|रही|रहे|कर|करके|बाद|पहले|दौरान|साथ|लिए|बीच|अनुसार|मुताबिक|द्वारा|स्थित|सुबह|दोपहर|शाम|रात|बड़ी|बड़े|बड़ा|छोटी|छोटे|छोटा|पुरानी|पुराने|पुराना|सेवानिवृत्त|पूरा|पूरी|संपूर्ण|पहली|पहला|दूसरी|दूसरा|तीसरी|तीसरा|चौथी|चौथा|आयोजित|प्रकाशित|स्थापित|घोषित|सम्मानित|निर्मित|संचालित|प्रायोजित|प्रस्तावित|आधारित");

    /// <summary>Words of <see cref="HindiStop"/> that may still name an organisation before its head (<c>गृह मंत्रालय</c>, <c>सीमा सुरक्षा बल</c>).</summary>
    public static readonly WordTable HindiOrganizationModifiers = WordTable.FromGroups(
        WordClass.HindiOrganizationModifiers, 0,
        "विदेश|गृह|रक्षा|वित्त|सुरक्षा|पूर्व|भारतीय|चीनी|रूसी|अमेरिकी|संयुक्त|राष्ट्र|विकास|व्यापार|निवेश|शांति|सहयोग|नीति|चुनाव|जांच|अर्थव्यवस्था|नई|नव");

    /// <summary>Particles inside foreign names written in Devanagari (<c>लूला दा सिल्वा</c>, <c>मोहम्मद बिन सलमान</c>).</summary>
    public static readonly WordTable HindiNameParticles = WordTable.FromGroups(WordClass.HindiNameParticles, 0, "दा|डी|डे|बिन|बिंत|अल|वॉन|फॉन|वैन|डेल");

    /// <summary>Common nouns a place name stands before (<c>दरभंगा जिले</c>, <c>कोसी नदी</c>, <c>Supaul district</c>): value 0 Hindi, 1 English.</summary>
    public static readonly WordTable PlaceCues = WordTable.FromGroups(
        WordClass.PlaceCues, 0,
        "जिला|जिले|जिलों|ज़िला|ज़िले|ज़िलों|जनपद|नदी|नदियों|नदियां|नदियाँ|शहर|कस्बे|कस्बा|गांव|गाँव|प्रखंड|तहसील|प्रांत|द्वीप|झील|घाटी|निवासी|इलाके|इलाका|इलाकों|थाना|थाने|थानों|मोहल्ले|सीट|सीटों|बॉर्डर",
        "district|districts|river|rivers|village|villages|town|tehsil|taluk|province|seat|seats|constituency|border");

    /// <summary>Hindi adjectives that stand before a place noun without naming a place (<c>प्रभावित जिलों</c>, <c>पैतृक गांव</c>).</summary>
    public static readonly WordTable HindiPlaceAdjectives = WordTable.FromGroups(
        WordClass.HindiPlaceAdjectives, 0,
        "प्रभावित|उत्तरी|दक्षिणी|पूर्वी|पश्चिमी|सीमावर्ती|पड़ोसी|आसपास|ग्रामीण|शहरी|बाढ़ग्रस्त|सूखाग्रस्त|संवेदनशील|नक्सल|नक्सलप्रभावित|पहाड़ी|तटीय|प्रमुख|बड़े|बड़ी|बड़ा|छोटे|छोटी|छोटा|निचले|ऊपरी|मध्य|पैतृक|गृह|पवित्र|पुराने|पुरानी|दूरदराज|दूर-दराज|सुदूर|पिछड़े|आदिवासी|अलग|दूसरे|दूसरी|पहले|अगले|पूरे|सारे|किन|जिन|कितने|उसी|इसी|उन्हीं|इन्हीं|ऐसे|वैसे|सबसे|अधिकतर|ज्यादातर|ज़्यादातर|अधिकांश|आधा|आधे|प्रत्येक|हरेक|विभिन्न|चुनिंदा|नजदीकी|नज़दीकी|निकटवर्ती|पास|बाहरी|भीतरी|अंदरूनी|रिहायशी|आवासीय|औद्योगिक|व्यावसायिक|पॉश|घनी|सुरक्षित|खतरनाक|उन|इन|कई|सभी|अन्य|दोनों");

    /// <summary>Words after a Hindi name that confirm it ends there (postpositions, conjunctions, punctuation is checked separately).</summary>
    public static readonly WordTable HindiNameEnders = WordTable.FromGroups(WordClass.HindiNameEnders, 0, "ने|को|का|की|के|से|में|पर|और|व|एवं|तथा|या|भी|ही|तक|जी|साहब|समेत|सहित|शामिल|मौजूद|उपस्थित");

    /// <summary>English verbs of saying, for "X said" and "said X".</summary>
    public static readonly WordTable SpeechVerbs = WordTable.FromGroups(WordClass.SpeechVerbs, 0, "said|says|told|added|noted|stated|tweeted|wrote|posted|asked|urged|stressed|announced|declared|warned|claimed|explained|remarked|observed|replied|responded|insisted|argued|emphasised|emphasized|underlined|underscored");

    /// <summary>Month names and abbreviations (value: month number).</summary>
    public static readonly WordTable Months = WordTable.FromGroups(WordClass.Months, 1,
        "January|Jan|जनवरी",
        "February|Feb|फरवरी|फ़रवरी",
        "March|Mar|मार्च",
        "April|Apr|अप्रैल|अप्रेल",
        "May|मई",
        "June|Jun|जून",
        "July|Jul|जुलाई",
        "August|Aug|अगस्त",
        "September|Sep|Sept|सितंबर|सितम्बर",
        "October|Oct|अक्टूबर|अक्तूबर",
        "November|Nov|नवंबर|नवम्बर",
        "December|Dec|दिसंबर|दिसम्बर");

    /// <summary>Weekday names (value: 0 = Monday).</summary>
    public static readonly WordTable Weekdays = WordTable.FromGroups(WordClass.Weekdays, 0,
        "Monday|सोमवार",
        "Tuesday|मंगलवार",
        "Wednesday|बुधवार",
        "Thursday|गुरुवार|बृहस्पतिवार",
        "Friday|शुक्रवार",
        "Saturday|शनिवार",
        "Sunday|रविवार|इतवार");

    /// <summary>Periods of relative dates (value: 0 week, 1 month, 2 year).</summary>
    public static readonly WordTable PeriodWords = WordTable.FromGroups(WordClass.PeriodWords, 0, "week|सप्ताह|हफ्ते|हफ़्ते|हफ्ता|हफ़्ता", "month|महीने|महीना|माह", "year|साल|वर्ष|बरस");

    /// <summary>Directions of relative dates (value: 0 last, 1 this, 2 next).</summary>
    public static readonly WordTable DirectionWords = WordTable.FromGroups(WordClass.DirectionWords, 0, "last|past|previous|पिछले|पिछला|गत|बीते|पिछली", "this|इस|इसी", "next|coming|अगले|अगला|आगामी|अगली");

    /// <summary>Currency signs and codes written before an amount (value: index into the money codes).</summary>
    public static readonly WordTable CurrencyPrefixes = WordTable.FromPairs(
        WordClass.CurrencyPrefixes,
        new("₹", 0), new("Rs", 0), new("INR", 0), new("रु", 0), new("रू", 0),
        new("$", 1), new("USD", 1), new("€", 2), new("EUR", 2), new("£", 3), new("GBP", 3), new("¥", 4), new("JPY", 4),
        new("CNY", 5), new("RMB", 5), new("RUB", 6), new("₽", 6), new("PKR", 7), new("AED", 8), new("SAR", 9));

    /// <summary>Currency words written after an amount (value: index into the money codes; the last group is cents).</summary>
    public static readonly WordTable CurrencySuffixes = WordTable.FromGroups(WordClass.CurrencySuffixes, 0,
        "rupees|rupee|रुपये|रुपए|रुपया|रुपयों|रुपयो|रु",
        "dollars|dollar|डॉलर|डालर|डॉलरों",
        "euros|euro|यूरो",
        "pounds|pound|पाउंड|पौंड",
        "yen|येन",
        "yuan|renminbi|युआन",
        "roubles|rubles|rouble|ruble|रूबल",
        "cents|cent|सेंट"); // US cents: the amount is divided by 100

    /// <summary>Scale words and the power of ten they multiply by.</summary>
    public static readonly WordTable Scales = WordTable.FromGroups(WordClass.Scales, 2,
        "hundred|सौ",
        "thousand|हज़ार|हजार",
        "",
        "lakh|lakhs|lac|लाख",
        "million|mn|मिलियन",
        "crore|crores|cr|करोड़",
        "",
        "billion|bn|बिलियन|अरब",
        "",
        "खरब",
        "trillion|ट्रिलियन");

    /// <summary>Hindi words for a part of a period after "के": "मार्च के अंत में", "जून के आखिरी सप्ताह".</summary>
    public static readonly WordTable HindiPartOfPeriod = WordTable.FromGroups(WordClass.HindiPartOfPeriod, 0,
        "अंत|आखिर|आख़िर|आखिरी|आख़िरी|अंतिम|शुरू|शुरुआत|शुरुआती|पहले|दूसरे|तीसरे|मध्य|दौरान|बीच");

    /// <summary>Words before "by" in a wire story's credits: "Reporting by", "Editing by".</summary>
    public static readonly WordTable CreditWords = WordTable.FromGroups(WordClass.CreditWords, 0, "Reporting|reporting|Editing|Writing|Compiled|Additional");

    /// <summary>Institutes named by acronym and city in Hindi (<c>एम्स ऋषिकेश</c>, <c>आईआईटी मद्रास</c>).</summary>
    public static readonly WordTable HindiInstitutePrefixes = WordTable.FromGroups(WordClass.HindiInstitutePrefixes, 0, "एम्स|आईआईटी|आईआईएम|एनआईटी|आईआईआईटी");

    /// <summary>Words for per cent.</summary>
    public static readonly WordTable PercentWords = WordTable.FromGroups(WordClass.PercentWords, 0, "percent|pc|प्रतिशत|फीसदी|फ़ीसदी|फीसद|फ़ीसद");

    /// <summary>All-capital words that are not organisation acronyms.</summary>
    public static readonly WordTable NotAcronyms = WordTable.FromGroups(WordClass.NotAcronyms, 0,
        "TV|GDP|CEO|COVID|AI|PM|FM|AM|OK|ID|PhD|MP|MLA|IT|IST|GMT|UTC|LAC|LOC|LoC|VIP|NRI|FIR|SMS|USB|PDF|FAQ|HIV|AIDS|DNA|GST|IPL|ODI|VAT|CCTV|LPG|CNG|EV|RSS|OTT|FDI|IPO|HQ|UPI|ATM|CPI|WPI|MSP|FY|QR|BREAKING|NEW|VIDEO|LIVE|WATCH|PHOTO|READ|ALSO|UPDATE|FMs|THE|AND|CTO|CFO|COO|CMO|VP|SVP|EVP|CXO|HR|PR|ICU|OPD|NCR|PIN|SIM|OTP|KYC|PAN|EMI|CVV|EVM|VVPAT|IAS|IPS|IFS|IRS|GPS|SUV|LED|NEET|JEE|CUET|MBA|SOS|NOC|MoU|MOU|RTI|PIL|OBC|EWS|MSME|NPA|REPO|CRR|SLR|NAV|AQI|SEZ|GSLV|PSLV|SSLV|LVM3|LVM|NSA|EAM|GOLD|SILVER|BRONZE|WIN|WON|PROUD|HUGE|BIG|GOAL|OMG|LOL|RIP|MVP|GOAT|JUST|IN|NOW|TODAY|STOP|NDPS|UAPA|PMLA|IPC|CrPC|CRPC|BNS|BNSS|POCSO|NBFC|FEMA|RERA|AFSPA|MoS");

    /// <summary>Every list above, for the lexicon's <see cref="WordIndex"/> (declared last: fields initialise in order).</summary>
    public static readonly WordTable[] All =
    [
        HindiTitles, EnglishTitles, EnglishNonNames, NameParticles, OrganizationHeads, LocationHeads, HindiStop, HindiNameEnders, SpeechVerbs,
        NotAcronyms, Months, Weekdays, PeriodWords, DirectionWords, CurrencyPrefixes, CurrencySuffixes, Scales, PercentWords,
        HindiOrganizationHeads, HindiDeterminers, HindiOrganizationModifiers, HindiNameParticles, PlaceCues, HindiPlaceAdjectives,
        FirstNames.Table, OrganizationPrefixes, FirstNames.Surnames, HindiPartOfPeriod, CreditWords, HindiInstitutePrefixes,
    ];
}
