using CstoPress.Core.Text;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Binders;

namespace CstoPress.Web.Hosting;

/// <summary>
/// Every string a form posts passes through <see cref="CleanText"/>: text pasted from a document can
/// carry NUL and other invisible characters that PostgreSQL refuses and XML cannot carry. Doing it
/// at binding means no page can forget it.
/// </summary>
public sealed class CleanTextModelBinder(IModelBinder inner) : IModelBinder
{
    public async Task BindModelAsync(ModelBindingContext bindingContext)
    {
        await inner.BindModelAsync(bindingContext);
        if (bindingContext.Result.IsModelSet && bindingContext.Result.Model is string text)
        {
            bindingContext.Result = ModelBindingResult.Success(CleanText.Of(text));
        }
    }
}

public sealed class CleanTextModelBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context) =>
        context.Metadata.ModelType == typeof(string)
            ? new CleanTextModelBinder(new SimpleTypeModelBinder(typeof(string), context.Services.GetRequiredService<ILoggerFactory>()))
            : null;
}
