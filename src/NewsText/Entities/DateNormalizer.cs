using System.Globalization;
using NewsText.Tokenization;

namespace NewsText.Entities;

/// <summary>
/// Dates in English and Hindi, matched over significant tokens. Values (the vocabulary is documented in
/// <c>docs/entities.md</c>):
/// <list type="bullet">
/// <item>absolute: ISO 8601 <c>2023-01-09</c>, <c>2023-01</c> (month and year), <c>2023</c> (a year after <c>in</c>/before <c>में</c>);</item>
/// <item>day and month without a year: ISO 8601 <c>--01-09</c>;</item>
/// <item>a weekday: <c>weekday:monday</c> … <c>weekday:sunday</c>;</item>
/// <item>relative: <c>relative:{last|this|next}-{week|month|year}</c> (<c>last month</c>, <c>पिछले महीने</c>).</item>
/// </list>
/// </summary>
internal static class DateNormalizer
{

    private static readonly string[] WeekdayNames = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

    private static readonly string[] Periods = ["week", "month", "year"];

    private static readonly string[] Directions = ["last", "this", "next"];

    /// <summary>Matches a date expression at significant token <paramref name="i"/>.</summary>
    public static bool TryMatch(in TokenView v, int i, out int count, out string value)
    {
        count = 0;
        value = string.Empty;
        if (i >= v.Count)
        {
            return false;
        }

        return v.Kind(i) == TokenKind.Number
            ? MatchNumeric(v, i, out count, out value) || MatchDayMonth(v, i, out count, out value) || MatchYearWithCue(v, i, out count, out value)
            : MatchMonthFirst(v, i, out count, out value) || MatchWords(v, i, out count, out value);
    }

    /// <summary>The normalised value of a whole date expression, or <see langword="null"/>.</summary>
    public static string? Normalize(string text) => NumberNormalizer.NormalizeWhole(text, TryMatch);

    // 2023-01-09, 09/01/2023 (day first, as in Indian and British usage), 09-01-2023.
    private static bool MatchNumeric(in TokenView v, int i, out int count, out string value)
    {
        count = 0;
        value = string.Empty;
        if (!(i + 4 < v.Count && v.Touching(i) && v.Touching(i + 1) && v.Touching(i + 2) && v.Touching(i + 3)
            && v.Kind(i + 2) == TokenKind.Number && v.Kind(i + 4) == TokenKind.Number))
        {
            return false;
        }

        bool dashes = v.Kind(i + 1) == TokenKind.Dash && v.Kind(i + 3) == TokenKind.Dash;
        bool slashes = v.IsChar(i + 1, "/") && v.IsChar(i + 3, "/");
        bool dots = v.IsChar(i + 1, ".") && v.IsChar(i + 3, ".");
        if (!(dashes || slashes || dots) || !Int(v[i], out int a) || !Int(v[i + 2], out int b) || !Int(v[i + 4], out int c))
        {
            return false;
        }

        if (dashes && v[i].Length == 4 && Valid(a, b, c))
        {
            value = Iso(a, b, c);
        }
        else if (v[i + 4].Length == 4 && Valid(c, b, a))
        {
            value = Iso(c, b, a);
        }
        else
        {
            return false;
        }

        count = 5;
        return true;
    }

    // 9 January 2023, 9th January, 9 जनवरी 2023, 9 Jan.
    private static bool MatchDayMonth(in TokenView v, int i, out int count, out string value)
    {
        count = 0;
        value = string.Empty;
        if (!v.In(i + 1, WordLists.Months, out int month) || !Day(v[i], out int day))
        {
            return false;
        }

        int j = i + 2;
        if (v.IsChar(j, ".") && v[i + 1].Length <= 4)
        {
            j++;
        }

        if (v.IsChar(j, ",") && Year(v, j + 1, out _))
        {
            j++;
        }

        if (Year(v, j, out int year))
        {
            if (!Valid(year, month, day))
            {
                return false;
            }

            count = j + 1 - i;
            value = Iso(year, month, day);
            return true;
        }

        if (!Valid(2000, month, day) || char.IsAsciiLetterLower(v[i + 1][0]))
        {
            return false;
        }

        count = j - i;
        value = string.Create(CultureInfo.InvariantCulture, $"--{month:00}-{day:00}");
        return true;
    }

    // January 9, 2023; Jan. 9; January 2023; जनवरी 2023.
    private static bool MatchMonthFirst(in TokenView v, int i, out int count, out string value)
    {
        count = 0;
        value = string.Empty;
        if (!v.In(i, WordLists.Months, out int month))
        {
            return false;
        }

        bool capital = !char.IsAsciiLetterLower(v[i][0]);
        int j = i + 1;
        if (v.IsChar(j, ".") && v[i].Length <= 4)
        {
            j++;
        }

        if (capital && j < v.Count && v.Kind(j) == TokenKind.Number && Day(v[j], out int day))
        {
            int k = j + 1;
            if (v.IsChar(k, ",") && Year(v, k + 1, out _))
            {
                k++;
            }

            if (Year(v, k, out int year) && Valid(year, month, day))
            {
                count = k + 1 - i;
                value = Iso(year, month, day);
                return true;
            }

            if (Valid(2000, month, day))
            {
                count = k - i;
                if (v.IsChar(k - 1, ","))
                {
                    count--;
                }

                value = string.Create(CultureInfo.InvariantCulture, $"--{month:00}-{day:00}");
                return true;
            }
        }

        if (capital && Year(v, j, out int y))
        {
            count = j + 1 - i;
            value = string.Create(CultureInfo.InvariantCulture, $"{y:0000}-{month:00}");
            return true;
        }

        // A month alone, where the words around it make it a time: "in August", "since January", "by the end of September",
        // "जनवरी से अप्रैल तक", "अक्टूबर में", "मार्च के अंत में" (not "May" the verb nor "march" the noun: a capital and a cue
        // are both needed in English).
        bool english = v.Tokens[i].Script == Script.Latin;
        bool cue = english
            ? capital && (v[i].Length > 3 || (v.Is(i, "May") && i > 0 && !v.Is(i - 1, "by"))) && i > 0 && (IsEnglishTimeCue(v, i - 1) || IsPartOfCue(v, i - 1) || v.Is(i - 1, "for")
                || (i > 2 && v.Is(i - 1, "least") && v.Is(i - 2, "at") && IsEnglishTimeCue(v, i - 3))
                || (i > 1 && v.Is(i - 1, "as") && v.Is(i - 2, "early"))) // "for April", "until at least June", "as early as May"
            : v.Is(j, "में") || v.Is(j, "से") || v.Is(j, "तक") || (v.Is(j, "के") && ((i > 0 && v.Is(i - 1, "से")) || v.In(j + 1, WordLists.HindiPartOfPeriod) || v.Is(j + 1, "लिए")));
        cue = cue || ((v.Is(j, "और") || v.Is(j, "and") || v.Is(j, "या") || v.Is(j, "or")) && v.In(j + 1, WordLists.Months) && (!english || (capital && v[i].Length > 3))) // "अगस्त और सितंबर के लिए" (not "Zhang Jun and")
            || (i > 1 && (v.Is(i - 1, "and") || v.Is(i - 1, "और")) && v.In(i - 2, WordLists.Months)
                && (!english || (capital && v[i].Length > 3 && v[i - 2].Length > 3))) // "between February and June" (not "Zhang Jun and January")
            || (english && capital && v[i].Length > 3 && i > 0 && (v.Is(i - 1, "before") || v.Is(i - 1, "after")));
        if (cue)
        {
            count = 1;
            value = string.Create(CultureInfo.InvariantCulture, $"--{month:00}");
            return true;
        }

        return false;
    }

    // Words before a bare year or month that make it a time: "in 2023", "since January", "by August".
    private static bool IsEnglishTimeCue(in TokenView v, int k) =>
        v.Is(k, "in") || v.Is(k, "In") || v.Is(k, "since") || v.Is(k, "Since") || v.Is(k, "until") || v.Is(k, "till") || v.Is(k, "by") || v.Is(k, "between")
        || v.Is(k, "from") || v.Is(k, "through") || v.Is(k, "early") || v.Is(k, "late") || v.Is(k, "mid") || v.Is(k, "during");

    // "the end of September", "early part of": a part of a period, then "of".
    private static bool IsPartOfCue(in TokenView v, int k) =>
        k > 0 && v.Is(k, "of") && (v.Is(k - 1, "end") || v.Is(k - 1, "beginning") || v.Is(k - 1, "start") || v.Is(k - 1, "middle") || v.Is(k - 1, "half"));

    // in 2023 / 2023 में: a bare year with a cue before or after it.
    private static bool MatchYearWithCue(in TokenView v, int i, out int count, out string value)
    {
        count = 0;
        value = string.Empty;
        if (!Year(v, i, out int year))
        {
            return false;
        }

        // A fiscal year, "2025-26": the year and the next, as an ISO 8601 interval of years.
        if (v.Touching(i) && v.IsChar(i + 1, "-") && v.Touching(i + 1) && i + 2 < v.Count && v.Kind(i + 2) == TokenKind.Number && v[i + 2].Length == 2
            && Int(v[i + 2], out int next) && next == (year + 1) % 100)
        {
            count = 3;
            value = string.Create(CultureInfo.InvariantCulture, $"{year:0000}/{year + 1:0000}");
            return true;
        }

        bool cue = (i > 0 && IsEnglishTimeCue(v, i - 1))
            || v.Is(i + 1, "में") || v.Is(i + 1, "तक") || v.Is(i + 1, "से") || (v.Is(i + 1, "के") && v.Is(i + 2, "बाद")) || (v.Is(i + 1, "की") && v.Is(i + 2, "इसी"))
            || (i > 0 && v.Is(i - 1, "साल"))
            || (v.Is(i + 1, "की") && v.Is(i + 2, "तुलना")) || (v.Is(i + 1, "के") && v.Is(i + 2, "मुकाबले")) // "2023 की तुलना में / के मुकाबले"
            || v.Is(i + 1, "को") || ((v.Is(i + 1, "के") || v.Is(i + 1, "का") || v.Is(i + 1, "की")) && year != 2000) // "2025 को", "2016 का फैसला" (not "2000 के नोट")
            || (i > 2 && v.Is(i - 1, "and") && Year(v, i - 2, out _) && v.Is(i - 3, "between")) // "between 2011 and 2023"
            || (i > 0 && (v.Is(i - 1, "for") || v.Is(i - 1, "of")) && (i + 1 >= v.Count || v.Kind(i + 1) != TokenKind.Word)); // "for 2023.", "period of 2023," but not "for 2000 people"
        if (!cue)
        {
            return false;
        }

        count = 1;
        value = year.ToString("0000", CultureInfo.InvariantCulture);
        return true;
    }

    // Monday, सोमवार, last month, पिछले महीने, इस साल, next week.
    private static bool MatchWords(in TokenView v, int i, out int count, out string value)
    {
        count = 0;
        value = string.Empty;
        if (v.In(i, WordLists.Weekdays, out int weekday) && (v.Kind(i) != TokenKind.Word || !char.IsAsciiLetterLower(v[i][0])))
        {
            count = 1;
            value = "weekday:" + WeekdayNames[weekday];
            return true;
        }

        if (v.In(i, WordLists.DirectionWords, out int dir) && v.In(i + 1, WordLists.PeriodWords, out int period))
        {
            count = 2;
            value = "relative:" + Directions[dir] + "-" + Periods[period];
            return true;
        }

        return false;
    }

    private static bool Year(in TokenView v, int i, out int year)
    {
        year = 0;
        return i < v.Count && v.Kind(i) == TokenKind.Number && v[i].Length == 4 && Int(v[i], out year) && year is >= 1900 and <= 2099;
    }

    private static bool Day(ReadOnlySpan<char> s, out int day)
    {
        day = 0;
        return s.Length <= 4 && NumberNormalizer.TryParseNumeral(s, out decimal d) && d == decimal.Truncate(d) && d is >= 1 and <= 31 && (day = (int)d) > 0;
    }

    private static bool Int(ReadOnlySpan<char> s, out int value)
    {
        value = 0;
        if (s.Length is 0 or > 4)
        {
            return false;
        }

        foreach (char c in s)
        {
            int digit = c is >= '0' and <= '9' ? c - '0' : c is >= '\u0966' and <= '\u096F' ? c - '\u0966' : -1;
            if (digit < 0)
            {
                return false;
            }

            value = (value * 10) + digit;
        }

        return true;
    }

    private static bool Valid(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);

    private static string Iso(int year, int month, int day) => string.Create(CultureInfo.InvariantCulture, $"{year:0000}-{month:00}-{day:00}");
}
