namespace CstoPress.Core.Tests.Import;

/// <summary>
/// The invariants of <see cref="ImportingAnyArchivePage"/> on pages written by hand in the archive's odd ways
/// (Fixtures/Odd) and on the failing cases the property tests shrank to (Fixtures/Shrunk), each read as a run of its own.
/// </summary>
public class ImportingOddPages
{
    private static readonly Dictionary<string, Func<ExpectedPage>> Pages = new(StringComparer.Ordinal)
    {
        ["Odd/photos-run-into-every-kind-of-text.txt"] = () => FixtureExpectations.Of(
            "Odd/photos-run-into-every-kind-of-text.txt",
            ["Photo exhibition of the press services opened in Yerevan", "Photo exhibition of the press services opened in Yerevan 14.05.2023"],
            [
                "IMG_4471 (1).jpg", "WhatsApp Image 2023-05-14 at 10.22.31.jpeg", "photo.2023.05.14.jpg", "DSC_0012 (2).JPG",
                "Снимок экрана 2023-05-14 в 10.22.31.png", "IMG_1.jpg", "IMG_2.JPG", "Фото 3.png", "Фото с выставки.jpg",
                "photo_2023-05-14_10-22-31.heic", "name (1).jpg", "IMG 0007.JPEG",
            ],
            new("Зайнуллин", ["The CSTO Press Secretary Ilya Zaynullin", "+7495-000-12-34 -tel"],
                new PressSignature("Ilya Zaynullin", "CSTO Press Secretary", "+7 495 000-12-34", null))) with
        {
            Title = "Photo exhibition of the press services opened in Yerevan", Date = new DateOnly(2023, 5, 14),
        },
        ["Odd/signature-name-first-on-three-lines.txt"] = () => FixtureExpectations.Of(
            "Odd/signature-name-first-on-three-lines.txt",
            ["Consultations on information security held in Minsk", "Consultations on information security held in Minsk 2023-03-10"],
            [],
            new("Щербаков", ["Yu. Shcherbakov", "THE PRESS SECRETARY OF THE CSTO", "tel.: (495) 000-23-45, e-mail: Shcherbakov@CSTO.example"],
                new PressSignature("Yu. Shcherbakov", "PRESS SECRETARY OF THE CSTO", "+7 495 000-23-45", "shcherbakov@csto.example"))),
        ["Odd/press-secretary-named-in-the-text-unsigned.txt"] = () => FixtureExpectations.Of(
            "Odd/press-secretary-named-in-the-text-unsigned.txt",
            ["Journalists from the member States visited the Secretariat", "Journalists from the member States visited the Secretariat 02.10.2022"],
            []),
        ["Odd/russian-signature-name-first-phone-apart.txt"] = () => FixtureExpectations.Of(
            "Odd/russian-signature-name-first-phone-apart.txt",
            ["Учения пресс-служб прошли в Бишкеке", "17 ноября 2021 г."],
            ["IMG-20211117-WA0003.jpg"],
            new("Щербаков", ["Щербаков Ю.П., пресс-секретарь ОДКБ", "8 (495) 000-23-45"],
                new PressSignature("Щербаков Ю.П.", "пресс-секретарь ОДКБ", "+7 495 000-23-45", null))) with
        {
            Title = "Учения пресс-служб прошли в Бишкеке", Date = new DateOnly(2021, 11, 17),
        },
        ["Shrunk/photo-names-in-a-row-with-copy-numbers.txt"] = () => FixtureExpectations.Of(
            "Shrunk/photo-names-in-a-row-with-copy-numbers.txt",
            ["Consultations of experts on migration held in Yerevan (613) 20.07.2022"],
            ["IMG_2049 (3).heic", "photo.2018.05.09.96.HEIC", "photo_2009-07-31_14-10-50.png"],
            new("Цыганков", ["The Press Secretary of the CSTO – Evgenij Sergeevich Tsygankov, 8-495-000-56-78"],
                new PressSignature("Evgenij Sergeevich Tsygankov", "Press Secretary of the CSTO", "+7 495 000-56-78", null))),
        ["Shrunk/signature-in-capitals-post-above-name.txt"] = () => FixtureExpectations.Of(
            "Shrunk/signature-in-capitals-post-above-name.txt",
            ["The CSTO Secretary General met the delegation of Minsk (771) 17.10.2019"],
            ["P1009453(1).png"],
            new("Зайнуллин", ["THE PRESS SECRETARY OF THE CSTO", "Ilya Zainulin"],
                new PressSignature("Ilya Zainulin", "PRESS SECRETARY OF THE CSTO", null, null))),
        ["Shrunk/signature-name-first-phone-below-under-a-mention.txt"] = () => FixtureExpectations.Of(
            "Shrunk/signature-name-first-phone-below-under-a-mention.txt",
            ["Консультации экспертов по миграции прошли в Астане (406)", "Консультации экспертов по миграции прошли в Астане (406) 03.01.2021"],
            ["IMG 4422.PNG"],
            new("Зайнуллин", ["ИЛЬЯ ЗАЙНУЛЛИН", "пресс-секретарь одкб", "тел.: 495-000-12-34"],
                new PressSignature("ИЛЬЯ ЗАЙНУЛЛИН", "пресс-секретарь одкб", "+7 495 000-12-34", null))),
        ["Shrunk/date-in-words-month-first.txt"] = () => FixtureExpectations.Of(
            "Shrunk/date-in-words-month-first.txt",
            ["Генеральный секретарь ОДКБ встретился с делегацией в Астане (901)", "October 16, 2020"],
            ["фото с заседания (1).HEIC"]) with
        {
            Title = "Генеральный секретарь ОДКБ встретился с делегацией в Астане (901)", Date = new DateOnly(2020, 10, 16),
        },
    };

    public static TheoryData<string> Names() => new(Pages.Keys);

    [Theory]
    [MemberData(nameof(Names))]
    public void APageWrittenInTheArchivesOddWaysImportsAsAnyPageMust(string name)
    {
        ImportInvariants.HoldFor([Pages[name]()]);
    }

    [Fact]
    public void TheShrunkCaseOfOneSecretarySpelledTwoWaysInTwoFilesImportsAsAnyArchiveMust()
    {
        ImportInvariants.HoldFor(
        [
            FixtureExpectations.Of(
                "Shrunk/maximov-in-capitals.txt",
                ["Joint exercise of the collective forces ended in Minsk (114)", "Joint exercise of the collective forces ended in Minsk (114) 12.09.2016"],
                [],
                new("Максимов", ["Press-Secretary of the CSTO – Aleksej MAXIMOV", "tel.: (495) 0009012", "e-mail: maksimov@csto.example"],
                    new PressSignature("Aleksej MAXIMOV", "Press-Secretary of the CSTO", "+7 495 000-90-12", "maksimov@csto.example"))),
            FixtureExpectations.Of(
                "Shrunk/maximov-surname-first.txt",
                ["Staff of the Secretariat visited Dushanbe (582)", "Staff of the Secretariat visited Dushanbe (582) 27.04.2019"],
                [],
                new("Максимов", ["Maximov A.Ye. – head of the press service of the csto secretariat", "tel.: 8 495-000-90-12"],
                    new PressSignature("Maximov A.Ye.", "head of the press service of the csto secretariat", "+7 495 000-90-12", null))),
        ]);
    }
}
