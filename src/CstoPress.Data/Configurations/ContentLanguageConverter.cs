using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CstoPress.Data.Configurations;

/// <summary>Stores a language as its ISO code ('en', 'ru'): readable in SQL and in the search configuration.</summary>
public sealed class ContentLanguageConverter() : ValueConverter<ContentLanguage, string>(
    language => language == ContentLanguage.Ru ? "ru" : "en",
    code => code == "ru" ? ContentLanguage.Ru : ContentLanguage.En)
{
    public static readonly ContentLanguageConverter Instance = new();
}
