namespace CstoPress.Web.Media;

/// <summary>Either the cleaned image, or why the upload was refused.</summary>
public sealed record PhotoIntakeResult(StoredImage? Image, StoredImage? Thumbnail, string? Problem, bool TooLarge)
{
    public static PhotoIntakeResult Accepted(StoredImage image, StoredImage thumbnail) => new(image, thumbnail, null, false);

    public static PhotoIntakeResult Refused(string problem, bool tooLarge = false) => new(null, null, problem, tooLarge);
}
