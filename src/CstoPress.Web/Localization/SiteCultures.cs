namespace CstoPress.Web.Localization;

/// <summary>The culture each content language is shown in: its texts, its dates, its month names.</summary>
public static class SiteCultures
{
    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");
    public static readonly CultureInfo Russian = CultureInfo.GetCultureInfo("ru");

    public static CultureInfo For(ContentLanguage language) => language == ContentLanguage.Ru ? Russian : English;
}
