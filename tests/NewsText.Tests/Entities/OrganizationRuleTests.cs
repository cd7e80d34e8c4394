using NewsText.Entities;

namespace NewsText.Tests.Entities;

/// <summary>The organisation rules one at a time: what each finds, and what it must leave alone.</summary>
public class OrganizationRuleTests
{
    private static string[] Of(MentionKind kind, string text)
    {
        var (mentions, _) = EntityExtractor.Extract(EntityExtractor.ContextFor(text));
        return mentions.Where(m => m.Kind == kind).Select(m => m.Span.Slice(text).ToString()).ToArray();
    }

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
}
