using NewsText.Entities;

namespace NewsText.Tests.Entities;

public class NormalizerTests
{
    [Theory]
    [InlineData("January 9, 2023", "2023-01-09")]
    [InlineData("9 January 2023", "2023-01-09")]
    [InlineData("9th January, 2023", "2023-01-09")]
    [InlineData("Jan. 9", "--01-09")]
    [InlineData("Jan 9", "--01-09")]
    [InlineData("Sept. 30, 2022", "2022-09-30")]
    [InlineData("2023-01-09", "2023-01-09")]
    [InlineData("09/01/2023", "2023-01-09")]
    [InlineData("January 2023", "2023-01")]
    [InlineData("Monday", "weekday:monday")]
    [InlineData("last month", "relative:last-month")]
    [InlineData("next week", "relative:next-week")]
    [InlineData("9 जनवरी 2023", "2023-01-09")]
    [InlineData("९ जनवरी २०२३", "2023-01-09")]
    [InlineData("15 अगस्त", "--08-15")]
    [InlineData("सोमवार", "weekday:monday")]
    [InlineData("मंगलवार", "weekday:tuesday")]
    [InlineData("पिछले महीने", "relative:last-month")]
    [InlineData("इस साल", "relative:this-year")]
    [InlineData("अगले सप्ताह", "relative:next-week")]
    public void Dates(string text, string value) => Assert.Equal(value, DateNormalizer.Normalize(text));

    [Theory]
    [InlineData("February 30, 2023")]
    [InlineData("may 9")]
    [InlineData("monday")]
    [InlineData("2023")]
    [InlineData("9")]
    [InlineData("2023-13-01")]
    public void Not_dates(string text) => Assert.Null(DateNormalizer.Normalize(text));

    [Fact]
    public void Hindi_weekday_before_ko_is_the_weekday()
    {
        var tokens = TokenView.Tokenize("मंगलवार को");
        Assert.True(DateNormalizer.TryMatch(new TokenView("मंगलवार को", tokens), 0, out int count, out string value));
        Assert.Equal((1, "weekday:tuesday"), (count, value));
    }

    [Theory]
    [InlineData("₹500 crore", "5000000000 INR")]
    [InlineData("Rs 5 lakh", "500000 INR")]
    [InlineData("Rs. 5 lakh", "500000 INR")]
    [InlineData("$3 billion", "3000000000 USD")]
    [InlineData("US$ 2.5 bn", "2500000000 USD")]
    [InlineData("€40", "40 EUR")]
    [InlineData("£1,200", "1200 GBP")]
    [InlineData("500 करोड़ रुपये", "5000000000 INR")]
    [InlineData("5 लाख रुपए", "500000 INR")]
    [InlineData("10 अरब डॉलर", "10000000000 USD")]
    [InlineData("3 billion dollars", "3000000000 USD")]
    [InlineData("98 cents", "0.98 USD")]
    [InlineData("83.02 Indian rupees", "83.02 INR")]
    [InlineData("1,50,000 rupees", "150000 INR")]
    [InlineData("२० करोड़ रुपये", "200000000 INR")]
    public void Money(string text, string value) => Assert.Equal(value, MoneyNormalizer.Normalize(text));

    [Theory]
    [InlineData("500 crore")]
    [InlineData("Rs")]
    [InlineData("₹ 5%")]
    public void Not_money(string text) => Assert.Null(MoneyNormalizer.Normalize(text));

    [Theory]
    [InlineData("1,000,000", "1000000")]
    [InlineData("10,00,000", "1000000")]
    [InlineData("1,00,000", "100000")]
    [InlineData("२०२३", "2023")]
    [InlineData("३.५", "3.5")]
    [InlineData("3.50", "3.5")]
    [InlineData("12.5%", "12.5%")]
    [InlineData("12 percent", "12%")]
    [InlineData("12 per cent", "12%")]
    [InlineData("40 प्रतिशत", "40%")]
    [InlineData("40 फीसदी", "40%")]
    [InlineData("5 lakh", "500000")]
    [InlineData("2 million", "2000000")]
    [InlineData("9th", "9")]
    public void Numbers(string text, string value) => Assert.Equal(value, NumberNormalizer.Normalize(text));

    [Theory]
    [InlineData("1,0000")]
    [InlineData("1,00")]
    [InlineData("12,34,567,890")]
    public void Malformed_grouping_is_not_a_number(string text) => Assert.False(NumberNormalizer.TryParseNumeral(text, out _));
}
