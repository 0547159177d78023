using System.Net.Http.Headers;
using System.Text;
using SkiaSharp;

namespace CstoPress.Web.Tests.Admin;

public class PhotoUploadTests(SeededPortal portal) : IClassFixture<SeededPortal>
{
    [Fact]
    public async Task APhotoIsCleanedStoredAndServedOncePublished()
    {
        var editor = await EditorDesk.SignInAsync(portal);
        var id = await editor.CreateAsync(EditorDesk.Fields(portal.News.Id, "Item with a photo"));
        var png = Png(Encoding.ASCII.GetBytes("GPSLatitude=55.75;<script>alert(1)</script>"));

        var response = await UploadAsync(editor, id, png, "photo.png", "The delegations in the hall", "Delegates seated at a round table", "Demo Agency");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var photo = await PhotosAsync(id);
        var stored = Assert.Single(photo);
        Assert.Equal("Demo Agency", stored.Credit);
        var bytes = stored.Image!.Bytes;
        Assert.Equal("image/png", stored.Image.ContentType);
        Assert.DoesNotContain("GPSLatitude", Encoding.ASCII.GetString(bytes));
        Assert.DoesNotContain("<script>", Encoding.ASCII.GetString(bytes));

        var anonymous = portal.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/media/{stored.ImageId}")).StatusCode);
        await editor.PostEditAsync(id, EditorDesk.Fields(portal.News.Id, "Item with a photo"), handler: "Publish");
        var served = await anonymous.GetAsync($"/media/{stored.ImageId}");
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal(64, stored.Image.Width);
        Assert.Equal("image/jpeg", stored.Thumbnail!.ContentType);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"/media/{stored.ThumbnailId}")).StatusCode);
        Assert.Contains($"/media/{stored.ThumbnailId:N}", await anonymous.GetStringAsync("/news"));
        Assert.Equal("nosniff", string.Join("", served.Headers.GetValues("X-Content-Type-Options")));
    }

    [Theory]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>", "drawing.svg")]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>", "disguised.jpg")]
    [InlineData("<html><script>alert(1)</script></html>", "page.png")]
    [InlineData("MZ\u0090\0\u0003\0\0\0 this program cannot be run in DOS mode", "setup.webp")]
    public async Task FilesThatAreNotPhotosAreRefusedWithAClearMessage(string content, string fileName)
    {
        var editor = await EditorDesk.SignInAsync(portal);
        var id = await editor.CreateAsync(EditorDesk.Fields(portal.News.Id, "Item refusing " + fileName));

        var response = await UploadAsync(editor, id, Encoding.UTF8.GetBytes(content), fileName, "Caption", "Alt text");

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Contains("Only JPEG, PNG or WebP photos can be uploaded", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        Assert.Empty(await PhotosAsync(id));
    }

    [Fact]
    public async Task ALargePhotoGetsASmallRenditionForListings()
    {
        var editor = await EditorDesk.SignInAsync(portal);
        var id = await editor.CreateAsync(EditorDesk.Fields(portal.News.Id, "Item with a wide photo"));
        using var bitmap = new SKBitmap(2000, 1000);
        bitmap.Erase(new SKColor(200, 30, 30));
        using var encoded = SKImage.FromBitmap(bitmap).Encode(SKEncodedImageFormat.Jpeg, 90);

        await UploadAsync(editor, id, encoded.ToArray(), "wide.jpg", "Wide", "A wide red field");

        var stored = Assert.Single(await PhotosAsync(id));
        Assert.Equal(2000, stored.Image!.Width);
        Assert.Equal(320, stored.Thumbnail!.Width);
        Assert.Equal(160, stored.Thumbnail.Height);
    }

    [Fact]
    public async Task AJpegHeaderInFrontOfGarbageIsRefused()
    {
        var editor = await EditorDesk.SignInAsync(portal);
        var id = await editor.CreateAsync(EditorDesk.Fields(portal.News.Id, "Item refusing a damaged file"));

        var response = await UploadAsync(editor, id, [0xFF, 0xD8, 0xFF, 0xE0, .. Encoding.ASCII.GetBytes("<script>alert(1)</script>")], "photo.jpg", "Caption", "Alt");

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Contains("could not be read as a photo", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AnOversizeFileGets413WithAClearMessage()
    {
        var editor = await EditorDesk.SignInAsync(portal);
        var id = await editor.CreateAsync(EditorDesk.Fields(portal.News.Id, "Item refusing a big file"));
        var big = new byte[10 * 1024 * 1024 + 1];
        Png([]).CopyTo(big, 0);

        var response = await UploadAsync(editor, id, big, "big.png", "Caption", "Alt");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("larger than 10 MB", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task CaptionAndAltTextAreRequired()
    {
        var editor = await EditorDesk.SignInAsync(portal);
        var id = await editor.CreateAsync(EditorDesk.Fields(portal.News.Id, "Item with an undescribed photo"));

        var response = await UploadAsync(editor, id, Png([]), "photo.png", "", "");
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Contains("Write a caption for the photo.", html);
        Assert.Contains("Describe the photo for readers who cannot see it", html);
        Assert.Empty(await PhotosAsync(id));
    }

    [Fact]
    public async Task PhotosAreReorderedAndRemoved()
    {
        var editor = await EditorDesk.SignInAsync(portal);
        var id = await editor.CreateAsync(EditorDesk.Fields(portal.News.Id, "Item with two photos"));
        await UploadAsync(editor, id, Png([]), "first.png", "First", "First photo");
        await UploadAsync(editor, id, Png([]), "second.png", "Second", "Second photo");
        var second = (await PhotosAsync(id)).Single(p => p.Caption == "Second");

        await editor.Client.PostFormAsync($"/admin/publications/photos/{id}?handler=MovePhoto",
            [new("photoId", second.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("by", "-1")], tokenFrom: $"/admin/publications/edit/{id}");
        Assert.Equal(["Second", "First"], (await PhotosAsync(id)).Select(p => p.Caption));

        await editor.Client.PostFormAsync($"/admin/publications/photos/{id}?handler=RemovePhoto",
            [new("photoId", second.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))], tokenFrom: $"/admin/publications/edit/{id}");
        Assert.Equal(["First"], (await PhotosAsync(id)).Select(p => p.Caption));
        await portal.WithDatabaseAsync(async db => Assert.False(await db.StoredImages.AnyAsync(i => i.Id == second.ImageId || i.Id == second.ThumbnailId)));
    }

    public static async Task<HttpResponseMessage> UploadAsync(EditorDesk editor, int id, byte[] file, string fileName, string caption, string alt, string? credit = null)
    {
        var token = await editor.Client.AntiforgeryTokenAsync($"/admin/publications/edit/{id}");
        using var form = new MultipartFormDataContent();
        var fileContent = new ByteArrayContent(file);
        fileContent.Headers.ContentType = new MediaTypeHeaderValue(fileName.EndsWith(".png", StringComparison.Ordinal) ? "image/png" : "image/jpeg");
        form.Add(fileContent, "NewPhoto.File", fileName);
        form.Add(new StringContent(caption), "NewPhoto.Caption");
        form.Add(new StringContent(alt), "NewPhoto.AltText");
        form.Add(new StringContent(credit ?? ""), "NewPhoto.Credit");
        form.Add(new StringContent(token), "__RequestVerificationToken");
        return await editor.Client.PostAsync($"/admin/publications/photos/{id}?handler=UploadPhoto", form);
    }

    /// <summary>A small real PNG, with <paramref name="trailer"/> appended after its end (decoders ignore it).</summary>
    public static byte[] Png(byte[] trailer)
    {
        using var bitmap = new SKBitmap(64, 48);
        bitmap.Erase(new SKColor(20, 60, 120));
        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return [.. data.ToArray(), .. trailer];
    }

    private async Task<List<Core.Publications.Photo>> PhotosAsync(int id)
    {
        List<Core.Publications.Photo> photos = [];
        await portal.WithDatabaseAsync(async db =>
            photos = await db.Photos.AsNoTracking().Include(p => p.Image).Include(p => p.Thumbnail).Where(p => p.PublicationId == id).OrderBy(p => p.Order).ToListAsync());
        return photos;
    }
}
