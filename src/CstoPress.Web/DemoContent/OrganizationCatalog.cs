using CstoPress.Core.People;

namespace CstoPress.Web.DemoContent;

/// <summary>The Organization's sections, bodies and office holders, as the demo and the tests know them.</summary>
public sealed record OrganizationCatalog(
    IReadOnlyList<Section> Sections,
    IReadOnlyList<Person> People,
    IReadOnlyList<OrganizationBody> Bodies,
    PressContact PressSecretary)
{
    public Section Section(string slug) => Sections.Single(s => s.Slug == slug);

    public Person Person(string slug) => People.Single(p => p.Slug == slug);

    public OrganizationBody Body(string slug) => Bodies.Single(b => b.Slug == slug);

    public static OrganizationCatalog Create() => new(
        [
            new Section { Slug = "news", Name = "News", NameRu = "Новости", Order = 1 },
            new Section { Slug = "secretary-general", Name = "Secretary General", NameRu = "Генеральный секретарь", Order = 2 },
            new Section { Slug = "statements", Name = "Statements", NameRu = "Заявления", Order = 3 },
            new Section { Slug = "documents", Name = "Documents", NameRu = "Документы", Order = 4 },
            new Section { Slug = "interviews", Name = "Interviews", NameRu = "Интервью", Order = 5 },
        ],
        [
            new Person
            {
                Slug = "valery-semerikov", Name = "Valery Semerikov", NameRu = "Валерий Семериков",
                NameVariants = ["V. Semerikov", "Valeriy Semerikov", "Семериков"],
                Posts = [new PostHeld { Title = "Secretary General", TitleRu = "Генеральный секретарь", IsActing = true, From = new DateOnly(2018, 11, 2), To = new DateOnly(2019, 12, 31) }],
            },
            new Person
            {
                Slug = "stanislav-zas", Name = "Stanislav Zas", NameRu = "Станислав Зась",
                NameVariants = ["S. Zas", "Stanislav Zass", "Зась"],
                Posts = [new PostHeld { Title = "Secretary General", TitleRu = "Генеральный секретарь", From = new DateOnly(2020, 1, 1), To = new DateOnly(2022, 12, 31) }],
            },
            new Person
            {
                Slug = "imangali-tasmagambetov", Name = "Imangali Tasmagambetov", NameRu = "Имангали Тасмагамбетов",
                NameVariants = ["I. Tasmagambetov", "Tasmagambetov", "Тасмагамбетов"],
                Posts = [new PostHeld { Title = "Secretary General", TitleRu = "Генеральный секретарь", From = new DateOnly(2023, 1, 1) }],
            },
        ],
        [
            new OrganizationBody { Slug = "collective-security-council", Name = "Collective Security Council", NameRu = "Совет коллективной безопасности" },
            new OrganizationBody { Slug = "council-of-foreign-ministers", Name = "Council of Foreign Ministers", NameRu = "Совет министров иностранных дел" },
            new OrganizationBody { Slug = "council-of-defence-ministers", Name = "Council of Defence Ministers", NameRu = "Совет министров обороны" },
            new OrganizationBody { Slug = "permanent-council", Name = "Permanent Council", NameRu = "Постоянный совет" },
            new OrganizationBody { Slug = "secretariat", Name = "Secretariat", NameRu = "Секретариат" },
        ],
        new PressContact
        {
            Name = "Anna Demo", Post = "Press Secretary (demo)", Phone = "+7 495 000-00-00", Email = "press@example.org",
            NameVariants = ["A. Demo"],
        });
}
