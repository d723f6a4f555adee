using System.Net.Mail;
using System.Security.Claims;
using System.Text.Json;
using CrmErpPortal.Data;
using CrmErpPortal.Data.Entities;
using CrmErpPortal.Features.Privacy.AccessRequests.Deadlines;
using CrmErpPortal.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace CrmErpPortal.Features.Privacy.AccessRequests;

public sealed record LogAccessRequestInput(
    string? RequesterName,
    string? RequesterEmail,
    string? RequesterPhone,
    AccessSubjectKind? SubjectKind,
    Guid? SubjectId,
    PrivacyJurisdiction? Jurisdiction,
    DateOnly? ReceivedOn,
    string? RequestDetails);

/// <summary>Logs a new access request in the register with its statutory due date. Every field is checked here; the form shows the messages.</summary>
public sealed class LogAccessRequestCommand(
    IDbContextFactory<PortalDbContext> contexts, AccessDeadlines deadlines, TimeProvider clock, IAuthorizationService authorization)
{
    public const int NameMaxLength = 200;
    public const int DetailsMaxLength = 2000;

    public async Task<AccessRequestResult> ExecuteAsync(LogAccessRequestInput input, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        await PrivacyAuthorization.EnsureAsync(authorization, user);
        var now = clock.GetUtcNow();
        var errors = Validate(input, now);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var subject = input.SubjectId is { } subjectId && input.SubjectKind is { } kind
            ? await FindSubjectAsync(db, kind, subjectId, cancellationToken)
            : null;
        if (input.SubjectId is not null && subject is null)
        {
            errors[nameof(input.SubjectId)] = "That person is no longer in the hub; search again.";
        }

        var due = default(DateOnly);
        if (errors.Count == 0)
        {
            try
            {
                due = deadlines.DueOn(input.Jurisdiction!.Value, input.ReceivedOn!.Value);
            }
            catch (HolidayListException e)
            {
                errors[nameof(input.ReceivedOn)] = e.Message;
            }
        }

        if (errors.Count > 0)
        {
            return AccessRequestResult.Invalid(errors);
        }

        var request = new AccessRequest
        {
            RequesterName = input.RequesterName!.Trim(),
            RequesterEmail = Blank(input.RequesterEmail),
            RequesterPhone = Blank(input.RequesterPhone),
            RequestDetails = Blank(input.RequestDetails),
            SubjectKind = input.SubjectKind!.Value,
            SubjectId = input.SubjectId!.Value,
            SubjectCustomerId = subject!.Value.CustomerId,
            SubjectName = subject.Value.Name,
            Jurisdiction = input.Jurisdiction!.Value,
            ReceivedOn = input.ReceivedOn!.Value,
            OriginalDueOn = due,
            DueOn = due,
            Status = AccessRequestStatus.Received,
            LoggedBy = user.UserId(),
            LoggedByName = user.DisplayName(),
            LoggedAt = now,
        };
        db.AccessRequests.Add(request);
        db.AuditEvents.Add(AuditEvents.By(user, "AccessRequestLogged", nameof(AccessRequest), request.Id.ToString(), now,
            afterJson: JsonSerializer.Serialize(new { request.SubjectKind, request.SubjectId, request.Jurisdiction, request.ReceivedOn, request.DueOn })));
        await db.SaveChangesAsync(cancellationToken);
        return AccessRequestResult.Ok(request.Id);
    }

    public static Dictionary<string, string> Validate(LogAccessRequestInput input, DateTimeOffset now)
    {
        var errors = new Dictionary<string, string>();
        if (string.IsNullOrWhiteSpace(input.RequesterName))
        {
            errors[nameof(input.RequesterName)] = "Enter the name of the person who made the request.";
        }
        else if (input.RequesterName.Trim().Length > NameMaxLength)
        {
            errors[nameof(input.RequesterName)] = $"Keep the name under {NameMaxLength} characters.";
        }

        if (!string.IsNullOrWhiteSpace(input.RequesterEmail) && !IsEmail(input.RequesterEmail.Trim()))
        {
            errors[nameof(input.RequesterEmail)] = "Enter an email address like name@example.co.nz, or leave it empty.";
        }

        if (input.SubjectId is null || input.SubjectKind is null)
        {
            errors[nameof(input.SubjectId)] = "Find and choose the person the request is about.";
        }

        if (input.Jurisdiction is null)
        {
            errors[nameof(input.Jurisdiction)] = "Choose NZ or AU: it sets the legal deadline.";
        }

        if (input.ReceivedOn is not { } received)
        {
            errors[nameof(input.ReceivedOn)] = "Enter the date the request was received.";
        }
        else if (received > JurisdictionCalendar.Today(input.Jurisdiction ?? PrivacyJurisdiction.Nz, now))
        {
            errors[nameof(input.ReceivedOn)] = "The received date cannot be in the future.";
        }

        if (input.RequestDetails is { Length: > DetailsMaxLength })
        {
            errors[nameof(input.RequestDetails)] = $"Keep the details under {DetailsMaxLength} characters.";
        }

        return errors;
    }

    private static async Task<(string Name, Guid CustomerId)?> FindSubjectAsync(PortalDbContext db, AccessSubjectKind kind, Guid id, CancellationToken cancellationToken)
    {
        if (kind == AccessSubjectKind.Contact)
        {
            var contact = await db.Contacts.AsNoTracking().Where(c => c.Id == id)
                .Select(c => new { c.FirstName, c.LastName, c.CustomerId }).FirstOrDefaultAsync(cancellationToken);
            return contact is null ? null : ($"{contact.FirstName} {contact.LastName}".Trim(), contact.CustomerId);
        }

        var customer = await db.Customers.AsNoTracking().Where(c => c.Id == id).Select(c => new { c.DisplayName }).FirstOrDefaultAsync(cancellationToken);
        return customer is null ? null : (customer.DisplayName, id);
    }

    private static bool IsEmail(string value) =>
        MailAddress.TryCreate(value, out var address) && address.Address == value && value.Contains('.', StringComparison.Ordinal);

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
