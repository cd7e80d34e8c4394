namespace NewsText.ReadmeSample;

/// <summary>Lets tests find this assembly's entry point.</summary>
public static class Marker;
