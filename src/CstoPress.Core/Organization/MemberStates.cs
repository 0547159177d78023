namespace CstoPress.Core.Organization;

/// <summary>The member States' names as the Organization's documents write them, in either language.</summary>
public static class MemberStates
{
    public static IReadOnlyList<MemberState> All { get; } = Enum.GetValues<MemberState>();

    public static string NameIn(this MemberState state, ContentLanguage language) => (state, language) switch
    {
        (MemberState.Armenia, ContentLanguage.Ru) => "Республика Армения",
        (MemberState.Belarus, ContentLanguage.Ru) => "Республика Беларусь",
        (MemberState.Kazakhstan, ContentLanguage.Ru) => "Республика Казахстан",
        (MemberState.Kyrgyzstan, ContentLanguage.Ru) => "Кыргызская Республика",
        (MemberState.Russia, ContentLanguage.Ru) => "Российская Федерация",
        (MemberState.Tajikistan, ContentLanguage.Ru) => "Республика Таджикистан",
        (MemberState.Armenia, _) => "Republic of Armenia",
        (MemberState.Belarus, _) => "Republic of Belarus",
        (MemberState.Kazakhstan, _) => "Republic of Kazakhstan",
        (MemberState.Kyrgyzstan, _) => "Kyrgyz Republic",
        (MemberState.Russia, _) => "Russian Federation",
        _ => "Republic of Tajikistan",
    };
}
