namespace CstoPress.Core.Tests.Import;

public class FindingOnePressContactPerPerson
{
    [Theory]
    [InlineData("Ilya Zaynullin", "I. Zainullin", "Зайнуллин И.А.", "ILYA ZAJNULIN")]
    [InlineData("Yu. Shcherbakov", "Scherbakov Ju.P.", "Щербаков Ю.П.", "JURIJ SHCHERBAKOV")]
    [InlineData("Yana Yolkina", "Jana Elkina", "Iana Iolkina", "Яна Ёлкина")]
    [InlineData("Vadim Khusnutdinov", "V. Husnutdinov", "Vadim Xusnutdinov", "Хуснутдинов В.И.")]
    [InlineData("Evgenij Tsygankov", "Yevgeniy Tzygankov", "E. Cygankov", "Цыганков Е.С.")]
    [InlineData("Yuliya Yusupova", "Iuliia Iusupova", "Julija Jusupova", "Юсупова Ю.Ф.")]
    [InlineData("Kseniya Dmitriyeva", "K. Dmitrieva", "Ksenija Dmitrijeva", "Дмитриева К.А.")]
    [InlineData("Artyom Kudryavtsev", "Artem Kudriavcev", "A. Kudrjavtsev", "Кудрявцев А.О.")]
    [InlineData("Natal'ya P'yankova", "Natalia Piankova", "N. Pjankova", "Пьянкова Н.И.")]
    [InlineData("Aleksej Maksimov", "Maximov A.Ye.", "Aleksey MAXIMOV", "Максимов А.Е.")]
    [InlineData("Sergej Sergeyev", "S. Sergeev", "Sergei Sergejev", "Сергеев С.С.")]
    public void EverySpellingOfASurnameHasOneKey(params string[] spellings)
    {
        Assert.Single(spellings.Select(PressContactDirectory.SurnameKey).Distinct());
    }

    [Theory]
    [InlineData("Ilya Zaynullin", "Vladimir Zaynetdinov")]
    [InlineData("Yu. Shcherbakov", "Yu. Shubakov")]
    [InlineData("A. Maksimov", "A. Maksimova")]
    public void DifferentSurnamesKeepDifferentKeys(string one, string other)
    {
        Assert.NotEqual(PressContactDirectory.SurnameKey(one), PressContactDirectory.SurnameKey(other));
    }

    [Fact]
    public void OneSecretaryInCapitalsAndSurnameFirstIsOneContact()
    {
        var directory = new PressContactDirectory([]);
        var pages = new[] { "Shrunk/maximov-in-capitals.txt", "Shrunk/maximov-surname-first.txt" }.Select(ArchiveFixtures.PageAlone).ToList();

        var contacts = directory.ResolveAll(pages);

        var contact = Assert.Single(directory.Contacts);
        Assert.All(pages, page => Assert.Same(contact, contacts[page]));
        Assert.Equal("Aleksej MAXIMOV", contact.Name);
        Assert.Equal(["Maximov A.Ye."], contact.NameVariants);
        Assert.Equal("+7 495 000-90-12", contact.Phone);
    }

    [Fact]
    public void APageSignedWithAPhoneAloneFindsThePersonNamedInALaterFileOfTheRun()
    {
        var directory = new PressContactDirectory([]);
        var phoneAlone = ArchivePages.Page(signature: new PressSignature(null, null, "+7 495 000-12-34", null));
        var named = ArchivePages.Page(signature: new PressSignature("Ilya Zaynullin", "CSTO Press Secretary", "+7 495 000-12-34", null));

        var contacts = directory.ResolveAll([phoneAlone, named]);

        var contact = Assert.Single(directory.Contacts);
        Assert.Same(contact, contacts[phoneAlone]);
        Assert.Same(contact, contacts[named]);
    }

    [Fact]
    public void AKnownContactIsNotStartedAgainByAnotherSpelling()
    {
        var known = new PressContact { Id = 3, Name = "Юрий Щербаков", Phone = "+7 495 000-23-45" };
        var directory = new PressContactDirectory([known]);

        var found = directory.Resolve(new PressSignature("Yu. Scherbakov", "Press Secretary of the CSTO", null, null));

        Assert.Same(known, found);
        Assert.Empty(directory.NewContacts);
        Assert.Equal(["Yu. Scherbakov"], known.NameVariants);
    }

    [Fact]
    public void ASpellingAnEditorSplitOffToAnotherContactStaysWithIt()
    {
        var ilya = new PressContact { Id = 1, Name = "Ilya Zaynullin", NameVariants = ["I. Zainullin"] };
        var rustam = new PressContact { Id = 2, Name = "Rustam Zaynullin", NameVariants = ["R. Zajnullin"] };
        var directory = new PressContactDirectory([ilya, rustam]);

        Assert.Same(rustam, directory.Resolve(new PressSignature("R. Zajnullin", null, null, null)));
        Assert.Same(ilya, directory.Resolve(new PressSignature("I. Zainullin", null, null, null)));
        Assert.Empty(directory.NewContacts);
    }
}
