using NewsText.Entities;
using NewsText.Tests.Support;

namespace NewsText.Tests.Entities;

/// <summary>The organisation, place and title rules one at a time: what each finds, and what it must leave alone.</summary>
public class OrganizationAndPlaceRuleTests
{
    private static string[] Of(MentionKind kind, string text) => Mentions.Of(kind, text);

    [Theory]
    [InlineData("The Karnataka High Court struck down the order.", "Karnataka High Court")]
    [InlineData("It needs approval from the Competition Commission of India soon.", "Competition Commission of India")]
    [InlineData("The Bengaluru City Police said it would comply.", "Bengaluru City Police")]
    [InlineData("A plea by the People's Union for Civil Liberties was heard.", "People's Union for Civil Liberties")]
    [InlineData("He was backed by the Bangalore Citizens' Forum in court.", "Bangalore Citizens' Forum")]
    [InlineData("An order of the Government of Karnataka was quashed.", "Government of Karnataka")]
    [InlineData("Under the Ministry of Food Processing Industries' scheme, firms gained.", "Ministry of Food Processing Industries")]
    public void An_institution_named_by_its_head_word_outranks_a_place_inside_it(string text, string organization)
    {
        Assert.Equal([organization], Of(MentionKind.Organization, text));
        Assert.Empty(Of(MentionKind.Location, text));
    }

    [Fact]
    public void A_title_and_name_after_an_institution_are_read_on_their_own()
    {
        const string text = "The Supreme Court Justice Sunanda Rao dissented.";
        Assert.Equal(["Supreme Court"], Of(MentionKind.Organization, text));
        Assert.Equal(["Sunanda Rao"], Of(MentionKind.Person, text));
    }

    [Fact]
    public void An_event_head_leaves_a_known_name_inside_it_to_the_lexicon() =>
        Assert.Equal(["G20"], Of(MentionKind.Organization, "Leaders met at the G20 Summit in Rio."));

    [Theory]
    [InlineData("राज्य के आपदा प्रबंधन विभाग के अनुसार बाढ़ आई।", "आपदा प्रबंधन विभाग")]
    [InlineData("पूर्व मध्य रेलवे ने ट्रेनें रद्द कीं।", "पूर्व मध्य रेलवे")]
    [InlineData("गृह मंत्रालय ने राशि जारी की।", "गृह मंत्रालय")]
    [InlineData("दिल्ली पुलिस ने जांच शुरू की।", "दिल्ली पुलिस")]
    [InlineData("सीमा सुरक्षा बल के जवान तैनात हैं।", "सीमा सुरक्षा बल")]
    public void A_Hindi_body_is_named_by_the_words_before_its_head(string text, string organization) =>
        Assert.Equal([organization], Of(MentionKind.Organization, text));

    [Theory]
    [InlineData("सुरक्षा बल तैनात किए गए।")]
    [InlineData("राज्य सरकार ने राहत की घोषणा की।")]
    [InlineData("उन्होंने कहा कि सरकार मदद करेगी।")]
    [InlineData("इस विभाग के अधिकारी पहुंचे।")]
    public void A_generic_Hindi_body_is_not_an_organisation(string text) => Assert.Empty(Of(MentionKind.Organization, text));

    [Theory]
    [InlineData("Chief Executive Ananya Raghavan said so.", "Ananya Raghavan")]
    [InlineData("Chief Financial Officer Vikram Mehrotra told reporters.", "Vikram Mehrotra")]
    [InlineData("State Law Minister Ramesh Gowda spoke.", "Ramesh Gowda")]
    [InlineData("Additional Advocate General Anand Kulkarni defended it.", "Anand Kulkarni")]
    [InlineData("Senior advocate Prashant Kamath appeared.", "Prashant Kamath")]
    public void A_title_of_several_words_is_not_part_of_the_name(string text, string person) =>
        Assert.Equal([person], Of(MentionKind.Person, text));

    [Theory]
    [InlineData("मेज़बान देश के राष्ट्रपति लुइज़ इनासियो लूला दा सिल्वा ने स्वागत किया।", "लुइज़ इनासियो लूला दा सिल्वा")]
    [InlineData("प्रधानमंत्री नरेंद्र मोदी सोमवार को पहुंचे।", "नरेंद्र मोदी")]
    [InlineData("कमांडेंट अरविंद मिश्रा ने बताया कि काम जारी है।", "अरविंद मिश्रा")]
    public void A_Hindi_name_after_a_title_ends_where_it_should(string text, string person) =>
        Assert.Equal([person], Of(MentionKind.Person, text));

    [Theory]
    [InlineData("उन्होंने दरभंगा, सहरसा और सुपौल जिलों का दौरा किया।", "दरभंगा|सहरसा|सुपौल")]
    [InlineData("कोसी और बागमती नदियों में उफान है। कोसी का जलस्तर बढ़ा।", "कोसी|बागमती|कोसी")]
    [InlineData("Floods hit Supaul and Saharsa districts.", "Supaul|Saharsa")]
    [InlineData("The West Champaran district was worst hit.", "West Champaran")]
    public void Places_are_named_before_a_noun_of_place(string text, string places) =>
        Assert.Equal(places.Split('|'), Of(MentionKind.Location, text));

    [Theory]
    [InlineData("प्रभावित जिलों में राहत पहुंची।")]
    [InlineData("इन जिलों में स्कूल बंद हैं।")]
    [InlineData("वह अपने पैतृक गांव गए।")]
    [InlineData("Officials in several districts said so.")]
    public void A_noun_of_place_after_an_adjective_names_no_place(string text) => Assert.Empty(Of(MentionKind.Location, text));

    [Fact]
    public void A_known_place_before_a_noun_of_place_stays_the_lexicon_entity()
    {
        const string text = "दरभंगा जिले में बाढ़ आई। दरभंगा से ट्रेनें रद्द हुईं।";
        var (mentions, entities) = Mentions.Extract(text);
        Assert.Equal(2, mentions.Count(m => m.Kind == MentionKind.Location));
        Assert.Equal("Darbhanga", Assert.Single(entities, e => e.Kind == MentionKind.Location).Name);
    }

    [Fact]
    public void A_company_short_form_is_the_company_and_joins_its_entity()
    {
        const string text = "Sahyadri Agro profit jumps\nSahyadri Agro Foods Ltd reported a rise. National Stock Exchange data showed Sahyadri gained.";
        var (mentions, entities) = Mentions.Extract(text);
        string[] organizations = mentions.Where(m => m.Kind == MentionKind.Organization).Select(m => m.Span.Slice(text).ToString()).ToArray();
        Assert.Equal(["Sahyadri Agro", "Sahyadri Agro Foods Ltd", "National Stock Exchange", "Sahyadri"], organizations);
        Entity company = Assert.Single(entities, e => e.Name == "Sahyadri Agro Foods Ltd");
        Assert.Equal(3, company.Mentions.Count);
    }

    [Fact]
    public void A_generic_first_word_of_a_company_is_not_a_short_form() =>
        Assert.Equal(["National Textiles Ltd"], Of(MentionKind.Organization, "National Textiles Ltd said profit rose. National leaders met."));

    [Theory]
    [InlineData("FC Goa beat Jamshedpur FC at the Jawaharlal Nehru Stadium.", "FC Goa|Jamshedpur FC")]
    [InlineData("She studied at IIT Madras and IIM Bangalore.", "IIT Madras|IIM Bangalore")]
    [InlineData("The Indian Council of Medical Research issued advice.", "Indian Council of Medical Research")]
    [InlineData("Vyom Labs raised money from Peak Meridian Capital.", "Vyom Labs|Peak Meridian Capital")]
    public void Clubs_institutes_and_companies_are_named_by_their_head_or_prefix(string text, string organizations) =>
        Assert.Equal(organizations.Split('|'), Of(MentionKind.Organization, text));

    [Theory]
    [InlineData("A stadium: the Jawaharlal Nehru Stadium was full.", "Jawaharlal Nehru Stadium")]
    [InlineData("Traffic in the National Capital Region slowed.", "National Capital Region")]
    public void A_place_head_makes_a_place(string text, string place) => Assert.Equal([place], Of(MentionKind.Location, text));

    [Fact]
    public void An_acronym_before_a_dash_and_a_number_is_not_an_organisation() =>
        Assert.Empty(Of(MentionKind.Organization, "Most cases were DENV-2 this year."));

    [Theory]
    [InlineData("आरोपियों को दोपहर पुणे जिला एवं सत्र न्यायालय में पेश किया गया।", "पुणे जिला एवं सत्र न्यायालय")]
    [InlineData("पिंपरी-चिंचवड पुलिस ने जांच की।", "पिंपरी-चिंचवड पुलिस")]
    public void A_Hindi_body_name_may_join_words_with_evam_or_a_hyphen(string text, string organization) =>
        Assert.Equal([organization], Of(MentionKind.Organization, text));

    [Theory]
    [InlineData("वे कोथरुड निवासी हैं और हडपसर इलाके में छापा पड़ा।", "कोथरुड|हडपसर")]
    public void A_place_before_nivasi_or_ilake_is_a_place(string text, string places) =>
        Assert.Equal(places.Split('|'), Of(MentionKind.Location, text));

    [Theory]
    [InlineData("सेवानिवृत्त बैंक अधिकारी ने शिकायत की।")]
    [InlineData("एक बड़ी ब्रोकरेज कंपनी का नाम आया।")]
    [InlineData("मुंबई में आयोजित सक्सेस पार्टी में सितारे पहुंचे।")]
    [InlineData("गुरुग्राम में नया टेक्नोलॉजी सेंटर खुलेगा और पहली बार कंपनी ने एनडीपीएस एक्ट पर बात की।")]
    public void A_generic_Hindi_body_inside_a_compound_is_not_an_organisation(string text) => Assert.Empty(Of(MentionKind.Organization, text));

    [Theory]
    [InlineData("He joined in August and left by 2024.", "August=--08|2024=2024")]
    [InlineData("जनवरी से अप्रैल के बीच निवेश घटा, जो 2023 की इसी अवधि से कम है।", "जनवरी=--01|अप्रैल=--04|2023=2023")]
    [InlineData("It may rise for 2000 people in May.", "May=--05")]
    [InlineData("A cut is expected in December. Plans follow by the end of September.", "December=--12|September=--09")]
    [InlineData("घाटा मार्च के अंत में घटा और मानसून जून के आखिरी सप्ताह तक पहुंचेगा।", "मार्च=--03|जून=--06")]
    [InlineData("2013 के बाद पहली यात्रा है, 2019 से रुकी थी।", "2013=2013|2019=2019")]
    [InlineData("The march of the ministers in the end of May.", "May=--05")]
    [InlineData("It may rise; the march went on; a speech by May; Zhang Jun and January rains.", "")]
    [InlineData("मौसम विभाग अगस्त और सितंबर के लिए पूर्वानुमान देगा; they meet before September.", "अगस्त=--08|सितंबर=--09|September=--09")]
    [InlineData("It fell between February and June, between 2011 and 2023, for 2025-26; 2016 का फैसला।", "February=--02|June=--06|2011=2011|2023=2023|2025-26=2025/2026|2016=2016")]
    [InlineData("They delay the increase until at least June and cut prices for April.", "June=--06|April=--04")]
    [InlineData("It may rise in May, talks as early as May; a speech by May.", "May=--05|May=--05")]
    [InlineData("Profit fell from the same period of 2023, as prices fell; व्यापार 2023 की तुलना में बढ़ा।", "2023=2023|2023=2023")]
    public void A_bare_month_or_year_is_a_date_only_with_a_cue(string text, string expected)
    {
        var (mentions, _) = Mentions.Extract(text);
        string[] dates = mentions.Where(m => m.Kind == MentionKind.Date).Select(m => $"{m.Span.Slice(text)}={m.Value}").ToArray();
        Assert.Equal(expected.Length == 0 ? [] : expected.Split('|'), dates);
    }

    [Fact]
    public void A_country_before_ke_and_its_ministry_are_two_mentions_and_the_ministry_keeps_the_countrys_link()
    {
        const string text = "मिस्र के विदेश मंत्रालय ने बयान जारी किया। Egyptian Foreign Ministry officials agreed.";
        var (mentions, entities) = Mentions.Extract(text);
        Assert.Equal(["मिस्र"], mentions.Where(m => m.Kind == MentionKind.Location).Select(m => m.Span.Slice(text).ToString()));
        Assert.Equal(2, Assert.Single(entities, e => e.Kind == MentionKind.Organization).Mentions.Count);
    }

    [Theory]
    [InlineData("मुंबई के वानखेड़े स्टेडियम में मैच खेला गया।", "मुंबई|वानखेड़े स्टेडियम")]
    [InlineData("पूर्वी भूमध्य सागर में तनाव है।", "पूर्वी भूमध्य सागर")]
    public void A_Hindi_place_is_named_by_the_words_before_its_head(string text, string places) =>
        Assert.Equal(places.Split('|'), Of(MentionKind.Location, text));

    [Theory]
    [InlineData("It won 51 seats in the state Assembly on Tuesday.")]
    [InlineData("Chief Electoral Officer spoke.")]
    public void A_head_or_title_word_after_a_title_is_not_a_name(string text) => Assert.Empty(Of(MentionKind.Person, text));

    [Theory]
    [InlineData("विदेश मंत्री समीर अल-मसरी ने कहा।", "समीर अल-मसरी")]
    [InlineData("Leader of the Opposition Rajinder Sangwan said so.", "Rajinder Sangwan")]
    public void Hyphenated_Hindi_names_and_names_after_long_titles_are_whole(string text, string person) =>
        Assert.Equal([person], Of(MentionKind.Person, text));

    [Theory]
    [InlineData("रामगढ़ में सभा हुई और गोपालगंज जिले के लोग आए।", "रामगढ़|गोपालगंज")]
    [InlineData("The accused lived in Tilaknagar before moving.", "Tilaknagar")]
    [InlineData("महानगर में रैली के बाद जिंदाबाद के नारे लगे।", "")]
    public void A_town_is_known_by_its_place_suffix(string text, string places) =>
        Assert.Equal(places.Split('|', StringSplitOptions.RemoveEmptyEntries), Of(MentionKind.Location, text));

    [Theory]
    [InlineData("वे रामगढ़ विधानसभा सीट से लड़ेंगे और Ladwa Assembly seat पर भी नज़र है।", "रामगढ़|Ladwa")]
    public void A_place_before_an_assembly_seat_is_a_place(string text, string places) =>
        Assert.Equal(places.Split('|'), Of(MentionKind.Location, text));

    [Theory]
    [InlineData("सीमेंट कंपनी अरावली सीमेंट्स लिमिटेड का मुनाफा बढ़ा।", "अरावली सीमेंट्स लिमिटेड")]
    [InlineData("थिंक टैंक मिडिल ईस्ट काउंसिल ऑन ग्लोबल अफ़ेयर्स के निदेशक ने कहा।", "मिडिल ईस्ट काउंसिल ऑन ग्लोबल अफ़ेयर्स")]
    [InlineData("भारत निर्वाचन आयोग ने तारीखें घोषित कीं।", "भारत निर्वाचन आयोग")]
    [InlineData("पुलिस ने जानकारी प्रवर्तन निदेशालय को भेजी।", "प्रवर्तन निदेशालय")]
    public void A_Hindi_body_is_read_from_its_head_without_its_kind_word(string text, string org) =>
        Assert.Equal([org], Of(MentionKind.Organization, text));

    [Theory]
    [InlineData("फिल्म को सीबीएफसी ने प्रमाणपत्र दिया और एनएसआईएल ने अनुबंध किया।", "सीबीएफसी|एनएसआईएल")]
    [InlineData("जीडीपी और एफआईआर पर डीजीपी ने बात की, जीएसएलवी उड़ा।", "")]
    public void A_Devanagari_acronym_spelled_in_letter_names_is_an_organisation(string text, string orgs) =>
        Assert.Equal(orgs.Split('|', StringSplitOptions.RemoveEmptyEntries), Of(MentionKind.Organization, text));

    [Theory]
    [InlineData("Data from India's Ministry of Commerce and Industry showed it.", "Ministry of Commerce and Industry")]
    [InlineData("The round was joined by Rapido and Stellaris Venture Partners.", "Stellaris Venture Partners")]
    [InlineData("The All India Football Federation was suspended.", "All India Football Federation")]
    public void A_place_possessive_or_a_single_word_before_and_is_not_part_of_a_body(string text, string org) =>
        Assert.Equal([org], Of(MentionKind.Organization, text));

    [Theory]
    [InlineData("Shares of Meridian Infotech Ltd rose.", "Meridian Infotech Ltd")]
    [InlineData("Data from the U.S. Energy Information Administration showed it.", "Energy Information Administration")]
    [InlineData("Indian Oil Corp raised prices.", "Indian Oil Corp")]
    [InlineData("बयान का पूरा पाठ विदेश मंत्रालय की वेबसाइट पर है।", "विदेश मंत्रालय")]
    [InlineData("केंद्रीय गृह मंत्रालय की टीम पहुंची।", "गृह मंत्रालय")]
    [InlineData("घायलों को एम्स ऋषिकेश भेजा गया।", "एम्स ऋषिकेश")]
    public void A_body_keeps_its_legal_suffix_and_drops_what_only_stands_before_it(string text, string org) =>
        Assert.Equal([org], Of(MentionKind.Organization, text));

    [Theory]
    [InlineData("Saudi Energy Minister Abdulaziz bin Salman spoke.")]
    [InlineData("Finance Secretary Ajay Seth spoke.")]
    public void A_portfolio_before_a_title_is_not_a_body(string text) => Assert.Empty(Of(MentionKind.Organization, text));

    [Theory]
    [InlineData("दोहा, 18 मार्च 2025। बैठक हुई।", "दोहा")]
    [InlineData("बैठक दोहा स्थित संस्था में हुई।", "दोहा")]
    [InlineData("उसने दोहा सुनाया।", "")]
    public void A_weak_place_opens_a_dateline_or_stands_before_sthit(string text, string places) =>
        Assert.Equal(places.Split('|', StringSplitOptions.RemoveEmptyEntries), Of(MentionKind.Location, text));

    [Theory]
    [InlineData("Kerala Blasters beat Mohun Bagan 3-2 at around 11.30 pm, by 1130 GMT; वह शाम 5 बजे पहुंचे।", "3|2")]
    [InlineData("The DENV-2 strain and G20 talks.", "")]
    public void A_score_is_two_numbers_and_a_clock_time_is_none(string text, string numbers) =>
        Assert.Equal(numbers.Split('|', StringSplitOptions.RemoveEmptyEntries), Of(MentionKind.Number, text));

    [Theory]
    [InlineData("Imran Khan founded the Al-Qadir Trust.", "Al-Qadir Trust")]
    [InlineData("The State Bank of Pakistan raised rates.", "State Bank of Pakistan")]
    [InlineData("The Election Commission of Pakistan met.", "Election Commission of Pakistan")]
    [InlineData("Prime Minister Shehbaz Sharif's Pakistan Muslim League-Nawaz disagreed.", "Pakistan Muslim League-Nawaz")]
    [InlineData("The Securities and Exchange Board of India fined it.", "Securities and Exchange Board of India")]
    public void A_body_starts_at_its_own_first_word_and_ends_after_its_suffix(string text, string org) =>
        Assert.Equal([org], Of(MentionKind.Organization, text));

    [Theory]
    [InlineData("Shehbaz Sharif's party won.", "Person:Shehbaz Sharif")]
    [InlineData("Kestrel Robotics Ltd’s board met.", "Organization:Kestrel Robotics Ltd")]
    [InlineData("The Supreme Court's order and the Security Council's work.", "Organization:Supreme Court|Organization:Security Council")]
    [InlineData("The People's Liberation Army moved.", "Organization:People's Liberation Army")]
    public void A_name_never_ends_with_a_possessive_and_a_possessive_head_still_names_the_body(string text, string expected) =>
        Assert.Equal(expected.Split('|'), Mentions.Extract(text).Mentions.Select(m => $"{m.Kind}:{m.Span.Slice(text)}"));

    [Theory]
    [InlineData("State Congress chief Raja Warring lost Amritsar East and Gorakhpur Urban.", "Organization:Congress|Person:Raja Warring|Location:Amritsar East|Location:Gorakhpur Urban")]
    [InlineData("बैठक दोलमाबाहचे पैलेस में हुई और लासलगांव में प्याज सस्ता हुआ, मंडी में नहीं।", "Location:दोलमाबाहचे पैलेस|Location:लासलगांव")]
    public void A_constituency_a_palace_and_a_gaon_are_places_and_a_party_is_not_its_state_unit(string text, string expected) =>
        Assert.Equal(expected.Split('|'), Mentions.Extract(text).Mentions.Select(m => $"{m.Kind}:{m.Span.Slice(text)}"));

    [Theory]
    [InlineData("The Indian Red Cross Society sent teams to Odisha’s Jajpur district.", "Organization:Indian Red Cross Society|Location:Odisha|Location:Jajpur")]
    public void A_body_led_by_a_demonym_outranks_a_lexicon_phrase_and_a_possessive_place_is_its_own(string text, string expected) =>
        Assert.Equal(expected.Split('|'), Mentions.Extract(text).Mentions.Select(m => $"{m.Kind}:{m.Span.Slice(text)}"));
}
