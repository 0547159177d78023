using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace CstoPress.Web.Addressing;

/// <summary>
/// Gives every public page a Russian twin under /ru/ (/news/x and /ru/news/x), so the two language
/// versions of the site share one page model and differ only in their language.
/// </summary>
public sealed class LanguageRouteConvention : IPageRouteModelConvention
{
    public void Apply(PageRouteModel model)
    {
        if (model.AreaName is not null || model.ViewEnginePath is "/Error" or "/Status" || model.ViewEnginePath.StartsWith("/Account/", StringComparison.Ordinal)
            || model.ViewEnginePath.StartsWith("/Preview/", StringComparison.Ordinal))
        {
            return;
        }

        foreach (var selector in model.Selectors.ToList())
        {
            var template = selector.AttributeRouteModel?.Template ?? "";
            model.Selectors.Add(new SelectorModel
            {
                AttributeRouteModel = new AttributeRouteModel
                {
                    Template = template.Length == 0 ? "ru" : "ru/" + template,
                    SuppressLinkGeneration = true,
                },
            });
        }
    }
}
