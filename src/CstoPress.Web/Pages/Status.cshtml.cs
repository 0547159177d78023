namespace CstoPress.Web.Pages;

/// <summary>
/// The page behind every error status without a body of its own: 404 first of all. It speaks the
/// language of the address that failed (<see cref="PageLanguage.Of"/> reads it).
/// </summary>
[IgnoreAntiforgeryToken]
public class StatusModel : PageModel
{
    public int Code { get; private set; }

    public void OnGet(int code) => Code = code;

    public void OnPost(int code) => Code = code;
}
