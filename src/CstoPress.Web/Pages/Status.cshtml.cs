using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CstoPress.Web.Pages;

/// <summary>The page behind every error status without a body of its own: 404 first of all.</summary>
[IgnoreAntiforgeryToken]
public class StatusModel : PageModel
{
    public int Code { get; private set; }

    public bool IsRussian { get; private set; }

    public void OnGet(int code) => Load(code);

    public void OnPost(int code) => Load(code);

    private void Load(int code)
    {
        Code = code;
        var original = HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>();
        IsRussian = original?.OriginalPath?.StartsWith("/ru", StringComparison.OrdinalIgnoreCase) == true;
    }
}
