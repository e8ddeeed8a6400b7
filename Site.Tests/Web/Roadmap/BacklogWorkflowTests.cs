using CommunityVoice.Core.Roadmap;

namespace CommunityVoice.Tests.Web.Roadmap;

public class BacklogWorkflowTests
{
    [Theory]
    [InlineData(BacklogStatus.Proposed, BacklogStatus.Accepted)]
    [InlineData(BacklogStatus.Accepted, BacklogStatus.Planned)]
    [InlineData(BacklogStatus.Planned, BacklogStatus.InProgress)]
    [InlineData(BacklogStatus.Declined, BacklogStatus.Proposed)]
    public void TheForwardStepsAreAllowed(BacklogStatus from, BacklogStatus to) => Assert.Null(BacklogWorkflow.Refusal(from, to, null, null));

    [Theory]
    [InlineData(BacklogStatus.Delivered, BacklogStatus.Proposed, "stays delivered")]
    [InlineData(BacklogStatus.Proposed, BacklogStatus.Delivered, "can become accepted or declined, not delivered")]
    [InlineData(BacklogStatus.Planned, BacklogStatus.Accepted, "not accepted")]
    [InlineData(BacklogStatus.Accepted, BacklogStatus.Accepted, "already accepted")]
    [InlineData(BacklogStatus.Planned, BacklogStatus.Declined, "reason for declining")]
    [InlineData(BacklogStatus.InProgress, BacklogStatus.Delivered, "what changed for people")]
    public void IllegalStepsAreRefusedWithAClearMessage(BacklogStatus from, BacklogStatus to, string message) =>
        Assert.Contains(message, BacklogWorkflow.Refusal(from, to, " ", null), StringComparison.OrdinalIgnoreCase);

    [Fact]
    public void DecliningWithAReasonAndDeliveringWithWhatChangedAreAllowed()
    {
        Assert.Null(BacklogWorkflow.Refusal(BacklogStatus.Planned, BacklogStatus.Declined, "The data belongs to a federal agency.", null));
        Assert.Null(BacklogWorkflow.Refusal(BacklogStatus.InProgress, BacklogStatus.Delivered, null, "Wells are now tested every year."));
        Assert.Empty(BacklogWorkflow.AllowedFrom(BacklogStatus.Delivered));
    }
}
