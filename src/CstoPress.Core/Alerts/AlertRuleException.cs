namespace CstoPress.Core.Alerts;

/// <summary>A step on an alert or a subscription that its rules do not allow, with a message the press office can act on.</summary>
public sealed class AlertRuleException(string message) : Exception(message);
