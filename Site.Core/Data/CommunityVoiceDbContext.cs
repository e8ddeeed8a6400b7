using CommunityVoice.Core.Clustering;
using CommunityVoice.Core.Email;
using CommunityVoice.Core.Moderation;
using CommunityVoice.Core.Ranking;
using CommunityVoice.Core.Roadmap;
using CommunityVoice.Core.Webhooks;
using CommunityVoice.Core.Submissions;
using Microsoft.EntityFrameworkCore;

namespace CommunityVoice.Core.Data;

/// <summary>
/// The application's database. Each provider has its own subclass and its own migrations
/// (<see cref="SqliteDbContext"/>, <see cref="PostgresDbContext"/>); code depends on this base type only.
/// </summary>
public abstract class CommunityVoiceDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<Submission> Submissions => Set<Submission>();
    public DbSet<OutboxEmail> OutboxEmails => Set<OutboxEmail>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<SubmissionSupport> Supports => Set<SubmissionSupport>();
    public DbSet<SubmissionVector> Vectors => Set<SubmissionVector>();
    public DbSet<ClusteringRun> ClusteringRuns => Set<ClusteringRun>();
    public DbSet<RunCluster> RunClusters => Set<RunCluster>();
    public DbSet<RunMember> RunMembers => Set<RunMember>();
    public DbSet<TriageDecision> TriageDecisions => Set<TriageDecision>();
    public DbSet<RankingWeightChange> RankingWeightChanges => Set<RankingWeightChange>();
    public DbSet<BacklogItem> BacklogItems => Set<BacklogItem>();
    public DbSet<BacklogSubmission> BacklogSubmissions => Set<BacklogSubmission>();
    public DbSet<BacklogChange> BacklogChanges => Set<BacklogChange>();
    public DbSet<UnsubscribeToken> UnsubscribeTokens => Set<UnsubscribeToken>();
    public DbSet<WebhookDelivery> WebhookDeliveries => Set<WebhookDelivery>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<DataProtectionKey>(key =>
        {
            key.Property(k => k.FriendlyName).HasMaxLength(200);
        });

        modelBuilder.Entity<Submission>(submission =>
        {
            submission.Property(s => s.Kind).HasConversion<string>().HasMaxLength(16);
            submission.Property(s => s.Status).HasConversion<string>().HasMaxLength(16);
            submission.Property(s => s.Language).HasMaxLength(8);
            submission.Property(s => s.Source).HasMaxLength(16);
            submission.Property(s => s.Title).HasMaxLength(SubmissionInput.TitleMax * 2);
            submission.Property(s => s.PublicTitle).HasMaxLength(SubmissionInput.TitleMax * 2);
            submission.Property(s => s.CountyFips).HasMaxLength(5);
            submission.Property(s => s.Email).HasMaxLength(SubmissionInput.EmailMax);
            submission.Property(s => s.VerificationTokenHash).HasMaxLength(64);
            submission.Property(s => s.HeldReason).HasMaxLength(500);
            submission.HasIndex(s => new { s.Status, s.PublishedAt });
            submission.HasIndex(s => s.CreatedAt);
            submission.HasIndex(s => s.VerificationTokenHash);
            submission.Property(s => s.BodyHash).HasMaxLength(64);
            submission.HasIndex(s => new { s.BodyHash, s.CreatedAt });
        });

        modelBuilder.Entity<OutboxEmail>(email =>
        {
            email.Property(e => e.Status).HasConversion<string>().HasMaxLength(16);
            email.Property(e => e.To).HasMaxLength(SubmissionInput.EmailMax);
            email.Property(e => e.Language).HasMaxLength(8);
            email.Property(e => e.Purpose).HasMaxLength(32);
            email.Property(e => e.LastError).HasMaxLength(1000);
            email.Property(e => e.ProviderMessageId).HasMaxLength(100);
            email.HasIndex(e => new { e.Status, e.NextAttemptAt });
        });

        modelBuilder.Entity<SubmissionSupport>(support =>
        {
            support.Property(s => s.SupporterKey).HasMaxLength(70);
            support.Property(s => s.TokenHash).HasMaxLength(64);
            support.HasIndex(s => new { s.SubmissionId, s.SupporterKey }).IsUnique();
            support.HasIndex(s => s.TokenHash);
            support.HasOne<Submission>().WithMany().HasForeignKey(s => s.SubmissionId);
        });

        modelBuilder.Entity<SubmissionVector>(vector =>
        {
            vector.HasKey(v => new { v.SubmissionId, v.Model });
            vector.Property(v => v.Model).HasMaxLength(32);
            vector.HasOne<Submission>().WithMany().HasForeignKey(v => v.SubmissionId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<ClusteringRun>(run =>
        {
            run.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
            run.Property(r => r.Featurizer).HasMaxLength(32);
            run.Property(r => r.Settings).HasMaxLength(1000);
            run.Property(r => r.RequestedBy).HasMaxLength(256);
            run.Property(r => r.Stage).HasMaxLength(200);
            run.Property(r => r.KChoice).HasMaxLength(300);
            run.Property(r => r.Error).HasMaxLength(1000);
            run.Property(r => r.Note).HasMaxLength(300);
            run.HasIndex(r => new { r.Status, r.RequestedAt });
        });

        modelBuilder.Entity<RunCluster>(cluster =>
        {
            cluster.Property(c => c.Terms).HasMaxLength(300);
            cluster.HasIndex(c => new { c.RunId, c.Number }).IsUnique();
            cluster.HasOne<ClusteringRun>().WithMany().HasForeignKey(c => c.RunId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<RunMember>(member =>
        {
            member.HasKey(m => new { m.RunId, m.SubmissionId });
            member.HasOne<ClusteringRun>().WithMany().HasForeignKey(m => m.RunId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<TriageDecision>(decision =>
        {
            decision.Property(d => d.Kind).HasConversion<string>().HasMaxLength(16);
            decision.Property(d => d.Anchors).HasMaxLength(TriageDecision.MaxAnchors * 37);
            decision.Property(d => d.OtherAnchors).HasMaxLength(TriageDecision.MaxAnchors * 37);
            decision.Property(d => d.Name).HasMaxLength(120);
            decision.Property(d => d.Actor).HasMaxLength(256);
        });

        modelBuilder.Entity<RankingWeightChange>(change =>
        {
            change.Property(c => c.Weights).HasMaxLength(500);
            change.Property(c => c.Reason).HasMaxLength(1000);
            change.Property(c => c.Actor).HasMaxLength(256);
        });

        modelBuilder.Entity<BacklogItem>(item =>
        {
            item.Property(i => i.Title).HasMaxLength(BacklogItem.TitleMax * 2);
            item.Property(i => i.Problem).HasMaxLength(BacklogItem.ProblemMax * 2);
            foreach (var name in new[] { nameof(BacklogItem.Agencies), nameof(BacklogItem.Datasets), nameof(BacklogItem.Owner) })
                item.Property(name).HasMaxLength(BacklogItem.FieldMax * 2);
            item.Property(i => i.StatusReason).HasMaxLength(BacklogItem.ReasonMax * 2);
            item.Property(i => i.WhatChanged).HasMaxLength(BacklogItem.ReasonMax * 2);
            item.Property(i => i.ClusterName).HasMaxLength(300);
            item.Property(i => i.Score).HasMaxLength(4000);
            item.Property(i => i.Status).HasConversion<string>().HasMaxLength(16);
            item.Property(i => i.Horizon).HasConversion<string>().HasMaxLength(16);
            item.Property(i => i.PrivacyReview).HasConversion<string>().HasMaxLength(16);
            item.Property(i => i.Version).IsConcurrencyToken();
            item.HasIndex(i => new { i.Status, i.Horizon });
        });

        modelBuilder.Entity<BacklogSubmission>(link =>
        {
            link.HasKey(l => new { l.ItemId, l.SubmissionId });
            link.HasIndex(l => l.SubmissionId);
            link.HasOne<BacklogItem>().WithMany().HasForeignKey(l => l.ItemId).OnDelete(DeleteBehavior.Cascade);
            link.HasOne<Submission>().WithMany().HasForeignKey(l => l.SubmissionId);
        });

        modelBuilder.Entity<BacklogChange>(change =>
        {
            change.Property(c => c.Actor).HasMaxLength(256);
            change.Property(c => c.What).HasMaxLength(64);
            change.Property(c => c.From).HasMaxLength(BacklogItem.ProblemMax * 2);
            change.Property(c => c.To).HasMaxLength(BacklogItem.ProblemMax * 2);
            change.Property(c => c.Why).HasMaxLength(BacklogItem.ReasonMax * 2);
            change.HasIndex(c => c.ItemId);
            change.HasOne<BacklogItem>().WithMany().HasForeignKey(c => c.ItemId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<UnsubscribeToken>(token =>
        {
            token.HasKey(t => t.TokenHash);
            token.Property(t => t.TokenHash).HasMaxLength(64);
            token.Property(t => t.Email).HasMaxLength(SubmissionInput.EmailMax);
        });

        modelBuilder.Entity<WebhookDelivery>(delivery =>
        {
            delivery.Property(d => d.Url).HasMaxLength(500);
            delivery.Property(d => d.Event).HasMaxLength(64);
            delivery.Property(d => d.Status).HasConversion<string>().HasMaxLength(16);
            delivery.Property(d => d.LastError).HasMaxLength(1000);
            delivery.HasIndex(d => new { d.Status, d.NextAttemptAt });
        });

        modelBuilder.Entity<AuditEntry>(entry =>
        {
            entry.Property(e => e.Actor).HasMaxLength(256);
            entry.Property(e => e.Action).HasMaxLength(32);
            entry.Property(e => e.Subject).HasMaxLength(64);
            entry.Property(e => e.Detail).HasMaxLength(2000);
            entry.HasIndex(e => e.Subject);
        });
    }
}
