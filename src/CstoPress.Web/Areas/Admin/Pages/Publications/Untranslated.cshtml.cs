namespace CstoPress.Web.Areas.Admin.Pages.Publications;

/// <summary>Originals that have no version in the other language yet, newest first.</summary>
public class UntranslatedModel(TranslationRepository translations) : PageModel
{
    public const int Shown = 200;

    public IReadOnlyList<MissingTranslation> Items { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Items = await translations.MissingTranslationsAsync(null, Shown, cancellationToken);
}
