namespace CstoPress.Web.Areas.Admin.Pages.Publications;

/// <summary>Originals that have no version in the other language yet, newest first; and translations whose original has changed since.</summary>
public class UntranslatedModel(TranslationRepository translations) : PageModel
{
    public const int Shown = 200;

    public IReadOnlyList<MissingTranslation> Items { get; private set; } = [];

    /// <summary>Translations to update: their original changed in a major way after they were saved.</summary>
    public IReadOnlyList<MissingTranslation> ToUpdate { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        ToUpdate = await translations.ToUpdateAsync(Shown, cancellationToken);
        Items = await translations.MissingTranslationsAsync(null, Shown, cancellationToken);
    }
}
