namespace CstoPress.Web.Localization;

/// <summary>
/// The interface text of the public site, in SiteText.resx (English) and SiteText.ru.resx (Russian).
/// Pages and views take it as <c>IStringLocalizer&lt;SiteText&gt;</c>; the language follows the address.
/// </summary>
public sealed class SiteText;
