namespace CstoPress.Core.Alerts;

/// <summary>What a subscription follows: everything, or one section, kind, person, tag or organization body.</summary>
public enum AlertTopic
{
    Everything = 0,
    Section = 1,
    Kind = 2,
    Person = 3,
    Tag = 4,
    Body = 5,
}
