using CstoPress.Core.People;
using Microsoft.Playwright;
using SkiaSharp;

namespace CstoPress.Web.Tests.Browser;

/// <summary>
/// The browser portal with a small newsroom of its own: a news item with a photo and its Russian
/// translation (each quoting the other language), a speech, a resolution, a Russian speech and a few
/// plain items, so that every kind of public page has something real on it.
/// </summary>
public class ReaderPortal : BrowserPortal
{
    public const string PhotoStory = "leaders-meet-at-the-demo-summit";
    public const string PhotoStoryRu = "lidery-vstretilis-na-demo-sammite";
    public const string Speech = "address-to-the-demo-council";
    public const string SpeechRu = "vystuplenie-na-demo-sovete";
    public const string Resolution = "resolution-on-demo-peacekeeping";
    public const string Speaker = "imangali-tasmagambetov";
    public const string Topic = "peacekeeping";
    public const string PhotoAlt = "Heads of delegation around a round table";

    /// <summary>A word no body contains: searching for it finds nothing.</summary>
    public const string UnknownWord = "xylophonist";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var peacekeeping = new Tag { Slug = Topic, Name = "Peacekeeping" };
        var speaker = Catalog.Person(Speaker);
        var older = Enumerable.Range(1, 3)
            .Select(i => new PublicationBuilder(News, $"Demo seminar on crisis response, day {i}")
                .WithLead("Experts of the member States compared their crisis response plans.")
                .PublishedAt(StartTime.AddDays(-i))
                .Build());

        await AddAsync([.. PhotoStories(peacekeeping), .. Speeches(speaker, peacekeeping), ResolutionOn(peacekeeping), .. older]);
    }

    private Publication[] PhotoStories(Tag peacekeeping)
    {
        var photoStory = new PublicationBuilder(News, "Leaders meet at the demo summit in Astana")
            .WithSlug(PhotoStory)
            .WithLead("Heads of State discussed collective security and agreed on the next steps of the peacekeeping training programme.")
            .WithBody("""
                The leaders met in Astana to discuss **collective security** and peacekeeping training.

                The final communiqué is at https://example.org/documents/communique-of-the-demo-summit-on-collective-security-and-peacekeeping-training-2024.pdf for anyone who wants to read it in full.

                A word as long as Verteidigungsministeriumsangelegenheitenkoordinationsausschussvorsitzender must wrap on a telephone.

                *Text in Russian:*

                > Лидеры встретились в Астане, чтобы обсудить коллективную безопасность и подготовку миротворцев.
                """)
            .With(p =>
            {
                p.Tags.Add(peacekeeping);
                p.Contact = ContactSnapshot.Of(Catalog.PressSecretary);
                p.Photos.Add(DemoPhoto("Heads of delegation at the round table in Astana", PhotoAlt));
            })
            .PublishedAt(StartTime.AddHours(-2))
            .Build();

        var photoStoryRu = new PublicationBuilder(News, "Лидеры встретились на демонстрационном саммите в Астане")
            .WithSlug(PhotoStoryRu)
            .InRussian()
            .WithLead("Главы государств обсудили коллективную безопасность и договорились о следующих шагах программы подготовки миротворцев.")
            .WithBody("""
                Лидеры встретились в Астане, чтобы обсудить **коллективную безопасность** и подготовку миротворцев.

                *Текст на английском языке:*

                > The leaders met in Astana to discuss collective security and peacekeeping training.
                """)
            .With(p =>
            {
                p.TranslationOf = photoStory;
                p.Tags.Add(peacekeeping);
                p.Contact = ContactSnapshot.Of(Catalog.PressSecretary);
                p.Photos.Add(DemoPhoto("Главы делегаций за круглым столом в Астане", "Главы делегаций за круглым столом"));
            })
            .PublishedAt(StartTime.AddHours(-2))
            .Build();
        return [photoStory, photoStoryRu];
    }

    private Publication[] Speeches(Person speaker, Tag peacekeeping)
    {
        var speech = new PublicationBuilder(Catalog.Section("secretary-general"), "Address of the Secretary General to the demo council")
            .WithSlug(Speech)
            .OfKind(PublicationKind.Speech)
            .WithLead("The Secretary General spoke about crisis response and peacekeeping.")
            .WithBody("Distinguished colleagues,\n\nWe meet at a decisive moment for collective security.\n\nThank you for your attention.")
            .With(p =>
            {
                p.Speech = new SpeechDetails
                {
                    Speaker = speaker, SpeakerPost = "Secretary General", Occasion = "Session of the demo council",
                    Place = "Minsk", DeliveredOn = new DateOnly(2024, 7, 25),
                };
                p.People.Add(speaker);
                p.Tags.Add(peacekeeping);
            })
            .PublishedAt(StartTime.AddHours(-3))
            .Build();

        var speechRu = new PublicationBuilder(Catalog.Section("secretary-general"), "Выступление Генерального секретаря на демонстрационном совете")
            .WithSlug(SpeechRu)
            .InRussian()
            .OfKind(PublicationKind.Speech)
            .WithLead("Генеральный секретарь рассказал о реагировании на кризисы.")
            .WithBody("Уважаемые коллеги!\n\nМы встречаемся в решающий момент для коллективной безопасности.")
            .With(p =>
            {
                p.Speech = new SpeechDetails { Speaker = speaker, SpeakerPost = "Генеральный секретарь", Place = "Минск", DeliveredOn = new DateOnly(2024, 7, 25) };
                p.People.Add(speaker);
            })
            .PublishedAt(StartTime.AddHours(-3))
            .Build();
        return [speech, speechRu];
    }

    private Publication ResolutionOn(Tag peacekeeping) =>
        new PublicationBuilder(Catalog.Section("documents"), "Resolution on demo peacekeeping cooperation")
            .WithSlug(Resolution)
            .OfKind(PublicationKind.Resolution)
            .WithLead("The General Assembly welcomed cooperation between the United Nations and the Organization.")
            .WithBody("The General Assembly\n\n1. *Welcomes* the cooperation;\n2. *Requests* a report next year.")
            .With(p =>
            {
                p.Document = new DocumentDetails { AdoptingBody = "UN General Assembly", DocumentNumber = "A/RES/00/001 (demo)", AdoptedOn = new DateOnly(2024, 7, 20) };
                p.Tags.Add(peacekeeping);
            })
            .PublishedAt(StartTime.AddHours(-4))
            .Build();

    /// <summary>A fresh context that prefers the dark colour scheme, as a reader's system may.</summary>
    public async Task<IPage> NewPageAsync(ColorScheme colorScheme, int width = 1280, int height = 900)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl, Locale = "en-GB", ColorScheme = colorScheme, ViewportSize = new ViewportSize { Width = width, Height = height },
        });
        return await context.NewPageAsync();
    }

    /// <summary>A photo as the upload leaves it: a stored image and its small rendition for listings.</summary>
    private static Photo DemoPhoto(string caption, string alt)
    {
        var image = Picture(1200, 800);
        var thumbnail = Picture(320, 213);
        return new Photo
        {
            Image = image, ImageId = image.Id, Thumbnail = thumbnail, ThumbnailId = thumbnail.Id,
            Caption = caption, AltText = alt, Credit = "Demo Photo Agency", Order = 0,
        };
    }

    private static StoredImage Picture(int width, int height)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(new SKColor(11, 61, 110));
            using var paint = new SKPaint { Color = new SKColor(227, 196, 107) };
            canvas.DrawCircle(width / 2f, height / 2f, height / 4f, paint);
        }

        using var picture = SKImage.FromBitmap(bitmap);
        using var data = picture.Encode(SKEncodedImageFormat.Jpeg, 80);
        return new StoredImage
        {
            Id = Guid.NewGuid(), ContentType = "image/jpeg", Bytes = data.ToArray(), Width = width, Height = height, CreatedAt = StartTime,
        };
    }
}
