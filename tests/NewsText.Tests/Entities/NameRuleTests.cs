using NewsText.Entities;
using NewsText.Tests.Support;

namespace NewsText.Tests.Entities;

/// <summary>The person rules one at a time, on short texts: what each finds, and what it must leave alone.</summary>
public class NameRuleTests
{
    private static string[] Persons(string text) => Mentions.Of(MentionKind.Person, text);

    [Fact]
    public void A_known_full_name_repeated_without_a_cue_is_the_same_person()
    {
        Assert.Equal(["Shaktikanta Das", "Shaktikanta Das"], Persons("Governor Shaktikanta Das spoke on Monday.\nLater, Shaktikanta Das left Mumbai."));
        Assert.Equal(["राहुल गांधी", "राहुल गांधी"], Persons("कांग्रेस नेता राहुल गांधी ने रैली की।\nराहुल गांधी ने कहा कि वे लौटेंगे।"));
    }

    [Fact]
    public void Two_capitalised_words_are_not_propagated_unless_every_word_is_a_known_name_word()
    {
        Assert.Equal(["Shaktikanta Das"], Persons("Governor Shaktikanta Das spoke on Monday.\nLater, Goldman Sachs cut its forecast."));
        Assert.Equal(["Shaktikanta Das"], Persons("Governor Shaktikanta Das spoke on Monday.\nLater, Shaktikanta Bank cut rates."));
    }

    [Fact]
    public void Two_known_surnames_side_by_side_are_not_a_repeated_name() =>
        Assert.DoesNotContain("Das Qin", Persons("Governor Shaktikanta Das met Foreign Minister Qin Gang.\nThen Das Qin talks began."));

    [Theory]
    [InlineData("Iranian security chief Ali Shamkhani signed it.", "Ali Shamkhani")]
    [InlineData("The talks were led by national security adviser Ajit Doval.", "Ajit Doval")]
    [InlineData("Reserve Bank governor Shaktikanta Das spoke.", "Shaktikanta Das")]
    public void A_lower_case_role_is_a_cue(string text, string person) => Assert.Equal([person], Persons(text));

    [Fact]
    public void A_hyphenated_name_is_one_name() =>
        Assert.Equal(["Musaed Al-Aiban"], Persons("Saudi national security adviser Musaed Al-Aiban signed the agreement."));

    [Fact]
    public void A_hyphen_between_a_name_and_a_lower_case_word_ends_the_name() =>
        Assert.Equal(["Ali Shamkhani"], Persons("Security chief Ali Shamkhani-led talks ended."));

    [Theory]
    [InlineData("असम में बारिश हुई।", "असम")]
    [InlineData("Floods hit Assam and West Bengal.", "Assam|West Bengal")]
    [InlineData("वे गुवाहाटी और पुणे गए।", "गुवाहाटी|पुणे")]
    public void Indian_states_and_cities_are_locations(string text, string expected)
    {
        var (mentions, _) = Mentions.Extract(text);
        Assert.Equal(expected.Split('|'), mentions.Where(m => m.Kind == MentionKind.Location).Select(m => m.Span.Slice(text).ToString()));
    }

    [Theory]
    [InlineData("Relations soured when Nancy Pelosi visited Taiwan.", "Nancy Pelosi")]
    [InlineData("(Reporting by Rohit Deshpande in Mumbai and Meera Iyer in Bengaluru; Editing by Sonia Cheema)", "Rohit Deshpande|Meera Iyer|Sonia Cheema")]
    [InlineData("जिलाधिकारी के साथ रश्मि प्रिया ने दौरा किया।", "रश्मि प्रिया")]
    public void A_name_that_starts_with_a_given_name_is_a_person(string text, string persons) =>
        Assert.Equal(persons.Split('|'), Persons(text));

    [Theory]
    [InlineData("A bench of Justices Sunanda Rao and M.K. Shetty heard it.", "Sunanda Rao|M.K. Shetty")]
    [InlineData("Chief Minister N. Chandrababu Naidu spoke.", "N. Chandrababu Naidu")]
    public void Initials_and_a_surname_are_a_person(string text, string persons) => Assert.Equal(persons.Split('|'), Persons(text));

    [Theory]
    [InlineData("Grace Hopper Street is closed.")]
    [InlineData("उन्होंने पूजा अर्चना की और रेखा पार की।")]
    [InlineData("The Christian Democrats won.")]
    public void A_given_name_that_is_also_a_common_word_names_no_one(string text) => Assert.Empty(Persons(text));

    [Theory]
    [InlineData("आरोपियों की पहचान राहुल भोसले (29) और सौरभ जाधव (26) के रूप में हुई।", "राहुल भोसले|सौरभ जाधव")]
    [InlineData("The petitioner, Farhan Qureshi, 34, argued the case.", "Farhan Qureshi")]
    public void A_name_with_an_age_after_it_is_a_person(string text, string persons) => Assert.Equal(persons.Split('|'), Persons(text));

    [Theory]
    [InlineData("वरिष्ठ पुलिस निरीक्षक संगीता देशमुख ने बताया।", "संगीता देशमुख")]
    [InlineData("पुलिस आयुक्त विनय शंकर पाटिल ने कहा।", "विनय शंकर पाटिल")]
    [InlineData("सेवानिवृत्त बैंक अधिकारी मधुकर कुलकर्णी ने शिकायत की।", "मधुकर कुलकर्णी")]
    [InlineData("Indian forward Manvir Sandhu scored twice.", "Manvir Sandhu")]
    public void Given_names_and_surnames_that_end_like_verbs_are_still_names(string text, string person) => Assert.Equal([person], Persons(text));

    [Theory]
    [InlineData("पुलिस ने 4 आरोपी गिरफ्तार\nकिए।")]
    [InlineData("आरोपी सोशल मीडिया पर विज्ञापन देते थे।")]
    [InlineData("बाकी आरोपी पुणे के ही निवासी हैं।")]
    public void A_common_noun_of_role_needs_a_known_given_name_or_surname(string text) => Assert.Empty(Persons(text));

    [Fact]
    public void A_wire_credit_line_names_its_reporters_and_editors() =>
        Assert.Equal(["Nikhil Bhasin", "Joanna Castillo", "Martin Cole"],
            Persons("India and the Philippines agreed on Monday.\n(Reporting by Nikhil Bhasin in New Delhi and Joanna Castillo in Manila; Editing by Martin Cole)"));

    [Fact]
    public void A_hyphenated_surname_alone_repeats_the_known_name_once()
    {
        Assert.Equal(["Cristina Dizon-Reyes", "Dizon-Reyes"], Persons("Foreign Secretary Cristina Dizon-Reyes arrived.\nDizon-Reyes said Manila welcomed it."));
        Assert.Equal(["फ़ैसल बिन मंसूर अल-रशीद", "अल-रशीद"], Persons("विदेश मंत्री फ़ैसल बिन मंसूर अल-रशीद ने कहा।\nअल-रशीद ने ज़ोर देकर कहा।"));
    }

    [Fact]
    public void A_middle_name_alone_is_not_the_person() =>
        Assert.Equal(["हरीश चंद्र जोशी"], Persons("प्राधिकरण के सदस्य हरीश चंद्र जोशी ने बताया।\nअंतरिक्ष केंद्र के निदेशक ने कहा।"));

    [Theory]
    [InlineData("सपा सांसद धर्मेंद्र पाल शुक्रवार को हथुआ में सभा करेंगे।", "धर्मेंद्र पाल")]
    [InlineData("राजनीति विज्ञान के प्रोफेसर श्री अरुण कुमार झा मानते हैं कि उपचुनाव अहम हैं।", "अरुण कुमार झा")]
    [InlineData("जिला निर्वाचन पदाधिकारी प्रिया रंजन ने बताया।", "प्रिया रंजन")]
    [InlineData("ईरानी विदेश मंत्री अली रज़ा मोहतशमी शामिल हुए।", "अली रज़ा मोहतशमी")]
    [InlineData("Deputy Commissioner of Police Harish Chandrashekar announced a reward.", "Harish Chandrashekar")]
    [InlineData("The petition was filed by world championship medallist Komal Deshwal.", "Komal Deshwal")]
    [InlineData("He welcomed NSA Doval to the talks.", "Doval")]
    [InlineData("A session with Minister of State Arvind Mehrotra.", "Arvind Mehrotra")]
    [InlineData("पीक XV के मैनेजिंग डायरेक्टर विक्रम सहगल ने कहा।", "विक्रम सहगल")]
    [InlineData("said Arjun Malhotra of Motilal Oswal Financial Services.", "Arjun Malhotra")]
    public void A_name_after_a_role_may_end_before_a_day_a_verb_or_a_word_of_presence(string text, string person) =>
        Assert.Equal([person], Persons(text));

    [Theory]
    [InlineData("मुख्यमंत्री जी हेलीकॉप्टर से आते हैं।")]
    [InlineData("World Archery said it would review the decision.")]
    [InlineData("रीडआउट के अनुसार दोनों मंत्री मिले।")]
    [InlineData("Data from the Energy Information Administration showed it.")]
    [InlineData("मंत्री आदित्य-एल1 पर बोले।")]
    public void An_honorific_or_World_starts_no_name(string text) => Assert.Empty(Persons(text));
}
