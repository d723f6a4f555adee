using CrmErpPortal.Sandbox.Dataverse;
using Microsoft.Extensions.Time.Testing;

namespace CrmErpPortal.Tests.Sandbox.Dataverse;

public sealed class DeltaTokenTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 27, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public void RoundTripsThroughItsText()
    {
        var token = new DeltaToken(919042, _clock.GetUtcNow());

        var parsed = DeltaToken.Parse(token.ToString());

        Assert.Equal(token, parsed);
    }

    [Fact]
    public void ExpiresAfterTheOrganisationsRetention()
    {
        var token = new DeltaToken(1, _clock.GetUtcNow());

        _clock.Advance(TimeSpan.FromDays(7) + TimeSpan.FromSeconds(1));

        Assert.True(token.IsExpired(_clock.GetUtcNow(), TimeSpan.FromDays(7), expireBefore: null));
    }

    [Fact]
    public void StaysValidWithinTheRetention()
    {
        var token = new DeltaToken(1, _clock.GetUtcNow());

        _clock.Advance(TimeSpan.FromDays(6));

        Assert.False(token.IsExpired(_clock.GetUtcNow(), TimeSpan.FromDays(7), expireBefore: null));
    }
}
