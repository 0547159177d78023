using System.Linq.Expressions;

namespace CstoPress.Core.Publications;

/// <summary>Turns a rule written over (item, now) into one over the item at a given time.</summary>
internal static class TimeBoundRule
{
    /// <summary>
    /// Binds the time as a captured value rather than a constant, so EF sends it as a query
    /// parameter and reuses one cached plan instead of compiling a query per request.
    /// </summary>
    public static Expression<Func<T, bool>> At<T>(Expression<Func<T, DateTimeOffset, bool>> rule, DateTimeOffset now)
    {
        var moment = new Moment(now);
        var nowAccess = Expression.Property(Expression.Constant(moment), nameof(Moment.Value));
        var body = new ParameterReplacer(rule.Parameters[1], nowAccess).Visit(rule.Body);
        return Expression.Lambda<Func<T, bool>>(body, rule.Parameters[0]);
    }

    private sealed record Moment(DateTimeOffset Value);

    private sealed class ParameterReplacer(ParameterExpression parameter, Expression replacement) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) =>
            node == parameter ? replacement : base.VisitParameter(node);
    }
}
