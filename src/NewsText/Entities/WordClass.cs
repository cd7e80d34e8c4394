namespace NewsText.Entities;

/// <summary>
/// The closed word lists of <see cref="WordLists"/>, one bit each in a <see cref="WordIndex"/> entry, so one lookup per token
/// answers every membership question the recognizers ask of it.
/// </summary>
internal enum WordClass
{
    HindiTitles,
    EnglishTitles,
    EnglishNonNames,
    NameParticles,
    OrganizationHeads,
    LocationHeads,
    HindiStop,
    HindiNameEnders,
    SpeechVerbs,
    NotAcronyms,
    Months,
    Weekdays,
    PeriodWords,
    DirectionWords,
    CurrencyPrefixes,
    CurrencySuffixes,
    Scales,
    PercentWords,
    HindiOrganizationHeads,
    HindiDeterminers,
    HindiOrganizationModifiers,
    HindiNameParticles,
    PlaceCues,
    HindiPlaceAdjectives,
    FirstNames,
    OrganizationPrefixes,
    Surnames,
    HindiPartOfPeriod,
    CreditWords,
    HindiInstitutePrefixes,
}
