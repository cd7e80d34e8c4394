using System.Globalization;
using NewsText.Tokenization;

namespace NewsText.Entities;

/// <summary>
/// Amounts of money: a currency sign or code before the number (<c>₹500 crore</c>, <c>Rs 5 lakh</c>, <c>Rs. 5</c>,
/// <c>$3 billion</c>, <c>US$ 2 bn</c>, <c>€40</c>) or a currency word after it (<c>500 करोड़ रुपये</c>, <c>5 लाख रुपए</c>,
/// <c>10 अरब डॉलर</c>, <c>3 billion dollars</c>). The value is the decimal amount and the ISO 4217 code: <c>5000000000 INR</c>.
/// </summary>
internal static class MoneyNormalizer
{
    private static readonly string[] Codes = ["INR", "USD", "EUR", "GBP", "JPY", "CNY", "RUB", "PKR", "AED", "SAR", "BDT", "NPR", "LKR"];

    /// <summary>Matches an amount of money at significant token <paramref name="i"/>.</summary>
    public static bool TryMatch(in TokenView v, int i, out int count, out string value)
    {
        count = 0;
        value = string.Empty;
        if (i >= v.Count)
        {
            return false;
        }

        // US$ / US $
        int j = i;
        bool us = false;
        if (v.Is(j, "US") && v.IsChar(j + 1, "$"))
        {
            us = true;
            j++;
        }

        if (v.In(j, WordLists.CurrencyPrefixes, out int code) && (!us || code == 1) && IsPrefixWord(v, j))
        {
            int k = j + 1;
            if (v.IsChar(k, ".") && v.Kind(j) == TokenKind.Word)
            {
                k++; // Rs. / रु.
            }

            if (NumberNormalizer.TryMatch(v, k, out int n, out string amount) && !amount.EndsWith('%'))
            {
                count = k + n - i;
                value = amount + " " + Codes[code];
                return true;
            }

            return false;
        }

        // A currency word can only follow within a scale word or two ("5 लाख करोड़ रुपये"): look before parsing the amount.
        if (v.Kind(i) == TokenKind.Number
            && (v.In(i + 1, WordLists.CurrencySuffixes) || v.In(i + 2, WordLists.CurrencySuffixes) || v.In(i + 3, WordLists.CurrencySuffixes) || v.In(i + 4, WordLists.CurrencySuffixes))
            && NumberNormalizer.TryMatch(v, i, out int m, out string amount2) && !amount2.EndsWith('%'))
        {
            int k = i + m;
            if ((v.Is(k, "Indian") && v.In(k + 1, WordLists.CurrencySuffixes, out int rupee) && rupee == 0)
                || ((v.Is(k, "US") || v.Is(k, "American")) && v.In(k + 1, WordLists.CurrencySuffixes, out int dollar) && dollar == 1))
            {
                k++; // "83.02 Indian rupees", "5 US dollars": the currency's own country only
            }

            if (v.In(k, WordLists.CurrencySuffixes, out int suffix))
            {
                count = k + 1 - i;
                value = suffix == Cents ? InDollars(amount2) + " USD" : amount2 + " " + Codes[SuffixCode(suffix)];
                return true;
            }
        }

        return false;
    }

    /// <summary>The normalised value of a whole money expression, or <see langword="null"/>.</summary>
    public static string? Normalize(string text) => NumberNormalizer.NormalizeWhole(text, TryMatch);

    // A code like "Rs" must be a word of its own; symbols are always fine.
    private static bool IsPrefixWord(in TokenView v, int j) => v.Kind(j) == TokenKind.Symbol || v[j].Length >= 2;

    private const int Cents = 7;

    // "98 cents" → 0.98 (the amount is a normalised decimal).
    private static string InDollars(string cents) =>
        decimal.TryParse(cents, NumberStyles.Number, CultureInfo.InvariantCulture, out decimal c)
            ? (c / 100).ToString("0.############################", CultureInfo.InvariantCulture)
            : cents;

    private static int SuffixCode(int suffix) => suffix switch
    {
        0 => 0,
        1 => 1,
        2 => 2,
        3 => 3,
        4 => 4,
        5 => 5,
        _ => 6,
    };
}
