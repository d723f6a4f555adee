using CrmErpPortal.Data.Entities;
using CrmErpPortal.Features.Privacy.Breaches;

namespace CrmErpPortal.Tests.Unit.Features.Privacy;

public sealed class BreachRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 20, 0, 0, TimeSpan.Zero);

    [Fact]
    public void AcceptsAMinimalRecord_TitleAwareAndJurisdiction()
    {
        var errors = BreachRules.Validate(Valid(), Now);

        Assert.Empty(errors);
    }

    [Fact]
    public void NamesEachMissingRequiredField()
    {
        var errors = BreachRules.Validate(new BreachInput(), Now);

        Assert.Equal([nameof(BreachInput.BecameAwareAt), nameof(BreachInput.Jurisdictions), nameof(BreachInput.Title)], errors.Keys.Order());
    }

    [Fact]
    public void RefusesATimelineOutOfOrder_OrInTheFuture()
    {
        var input = Valid();
        input.OccurredAt = input.BecameAwareAt!.Value.AddHours(1);
        input.ContainedAt = Now.AddDays(1);

        var errors = BreachRules.Validate(input, Now);

        Assert.Equal("The breach must have occurred on or before becoming aware of it.", errors[nameof(BreachInput.OccurredAt)]);
        Assert.Contains("cannot be in the future", errors[nameof(BreachInput.ContainedAt)], StringComparison.Ordinal);
    }

    [Fact]
    public void ADecisionNeedsReasoning_AHarmFactor_AndForAustraliaTheLikelySeriousHarmReasoning()
    {
        var input = Valid();
        input.Jurisdictions = BreachJurisdictions.Both;
        input.Decision = BreachDecision.NotNotifiable;

        var errors = BreachRules.Validate(input, Now);

        Assert.Equal(
            [nameof(BreachInput.AuSeriousHarmReasoning), nameof(BreachInput.DecisionReasoning), nameof(BreachInput.HarmNature)],
            errors.Keys.Order());
    }

    [Fact]
    public void RefusesANegativeNumberOfPeople()
    {
        var input = Valid();
        input.PeopleAffected = -1;

        var errors = BreachRules.Validate(input, Now);

        Assert.True(errors.ContainsKey(nameof(BreachInput.PeopleAffected)));
    }

    [Fact]
    public void ANoticeCannotPredateBecomingAware()
    {
        var aware = Now.AddDays(-2);

        Assert.Equal("A notice cannot have been sent before becoming aware of the breach.", BreachRules.ValidateNotification(aware.AddHours(-1), aware, Now));
        Assert.Null(BreachRules.ValidateNotification(aware.AddHours(1), aware, Now));
    }

    private static BreachInput Valid() => new()
    {
        Title = "Statement emailed to the wrong customer",
        BecameAwareAt = Now.AddHours(-3),
        Jurisdictions = BreachJurisdictions.NewZealand,
    };
}
