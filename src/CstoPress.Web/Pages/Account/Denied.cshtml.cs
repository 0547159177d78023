namespace CstoPress.Web.Pages.Account;

/// <summary>Where a refused request is sent; the refusal itself was logged when it happened.</summary>
public class DeniedModel : PageModel
{
    public void OnGet() => Response.StatusCode = StatusCodes.Status403Forbidden;
}
