"""False-alarm classes found by the sixth to twelfth sets of whole published post-mortems
(issue 16), each run blind once before any change made with it.

The real sentences are copied from the documents in tests/data/lint/real/documents6 to
documents12 (the file is named beside each; index.tsv there names the repository, commit,
path and licence). Blind, documents6 raised 7 blocking findings, documents7 2, documents8 22,
documents10 11, documents11 2 and documents12 5; one (in documents10) was wanted. Each
class has look-alikes that must still block, so that a fix does not silence real blame.
"""

from __future__ import annotations

import pytest

from .tiers import tier

QUIET = [
    # --- documents6
    # mezo--2025-03-12-matsnet-halt.md: a name given to a thing is no person.
    "In the afternoon UTC of March 12, 2025, a transaction was submitted to the Mezo "
    "testnet, referred to as Matsnet, that caused a consensus failure in the network and a "
    "halt to block production.",
    "A tool called Hubble caused the outage.",
    # flutter--Postmortem-Build-Breakage-on-2016-11-08.md: what users could not have done.
    "Users would have been unable to run flutter tests if they upgraded, though we did not "
    "receive complaints during the outage.",
    # flutter--Retrospective-Flutter-2.8-Stable-Release.md: experience, not a lapse.
    "* Have people who have never followed the steps before practice the steps, to find "
    "where the documentation is missing important details.",
    # fosstodon--2022-08-02-domain-expired.md: the outcome imagined, and an apology.
    "Can you imagine what would have happened if someone else had nabbed it!",
    "Apologies for the completely preventable outage, folks.",
    "We apologise for this entirely avoidable incident.",
    # optimism--2022-05-31-drop-1.md: gratitude.
    "They have been supporting our public endpoint for free for months and we couldn’t "
    "have withstood the traffic without their help.",
    # --- documents7
    # conda-forge--2025-04-02-security-incident-with-package-uploads.md: an adjective on
    # what an auditor found.
    "During this process, OSTIF and their contractor uncovered misconfigured infrastructure "
    "which exposed the token for the channel to all feedstock maintainers.",
    "The review found broken links in the runbook.",
    # the same document: a date.
    "- 2025-04-01 15:53 UTC: We decided to delay disclosure by one day to 2025-04-02 in "
    "order to not generate confusion (2025-04-01 is [April Fools' Day]"
    "(https://en.wikipedia.org/wiki/April_Fools%27_Day) in some countries when people "
    "commonly engage in practical jokes).",
    # --- documents8
    # ethereum-pm--berlin-retro.md: a testnet named YOLO.
    "- June 11, 2020: YOLO is back as [YOLT (You only live twice)]"
    "(https://twitter.com/peter_szilagyi/status/1270931154267504643)",
    "- June 12, 2020: Proposed EIPs for Yolo v2 in [ACD meeting 89]"
    "(https://github.com/ethereum/pm/blob/master/All%20Core%20Devs%20Meetings/Meeting%2089.md)",
    "- June 03, 2020: Finalized spec of EIPs for v1, commit hash added to YOLO meta EIP",
    # ethereum-pm--berlin-retro.md, muir-glacier-retro.md: corrective action in the CAPA sense.
    "### Suggested Corrective Action (Problem and suggestions)",
    # ethereum-pm--kintsugi-retro.md: a tool made to find faults found some.
    "The issues were mainly caused by a fuzzer developed by [Marius]"
    "(https://twitter.com/vdWijden), the fuzzer aims to create interesting blocks and "
    "propagate them through the network.",
    "This specific bug was triggered by Marius's fuzzer as well.",
    # ethereum-pm--sepolia-postmortem.md: anyone may do it.
    "Because ERC-20 allows zero token transfers, which can be initiated by anyone, even "
    "without owning the token, the attacker could still send malicious transactions that "
    "emit incorrect events in the contract.",
    # cheqd--rca-v4.x-upgrade-rca-testnet.md: product names in title case.
    "* **Impact:** Upgrade failed due to patch not being applied resulting in State "
    "Inconsistency due to Uneven IAVL Tree Heights.",
    "Whilst this was attempted during this upgrade, the state export failed due to a known "
    "issue with Interchain Queries module registration which this release (v4.x) would have "
    "addressed.",
    # taskcluster--2018-02-09-authentication-bug.md
    "Due to a quirk of [Express](https://expressjs.com/), however, the final call does "
    "nothing because it has already sent an HTTP response.",
    # taskcluster--2018-02-13-windows-system-check-failures.md: protecting a person.
    "grenade was ill and should not have been expected to help out, but we are glad he did, "
    "otherwise the trees might still be closed.",
    # taskcluster--2019-03-20-leaked-task-creds.md: "This" is the subject, not "we".
    "This should have contained any fallout from this incident completely, and we don't "
    "expect any further issues.",
    # taskcluster--2019-11-20-worker-manager-overprovisioning.md: machine work undone.
    "* Additionally, because the 86 pending tasks assigned to the worker-pool were never "
    "completed, causing worker-manager to continue to provision instances.",
    # cheqd--rca-v4.x-upgrade-rca-testnet.md: the team's own list of what went wrong.
    "Failed to proactively notify broader user-set of potential downtime |",
    # taskcluster--2016-07-21-aws-provisioner-stuck.md: "them" is what was deployed.
    "Unfortunately, when deploying them, we neglected to use the PV AMIs for those "
    "workerTypes that use PV instances.",
    # ethereum-pm--kintsugi-retro.md, cheqd--rca-v.4x-testnet-retrial.md: the thing a bug is
    # in is software, whatever its case ("an issue in Geth", "bug in interactive installer").
    "The updating of Teku-Geth nodes led us to another bug related to invalid memory access "
    "caused by an issue in Geth related to the block sequence validation.",
    "In our case, due to undiscovered bug in interactive installer, the incorrect parameter "
    "was , which was by default set to , due to missing for command.",
    # k8s-test-infra--2019-05-30.md (documents): "I/O" is no writer and no person.
    "* [14:43] @Random-Liu determines the root cause is severe I/O throttling",
    # --- documents (the first set), rust-blog--crates-io-incident-report.md: a timeline line.
    "- 22:23 UTC: PR merged, Sean deploys it directly to master",
    # chia--2021-10-31-DustStorm.md (documents4): not ready, with the reason given.
    "Many 3rd parties were also unprepared to use fees due to them being unnecessary before "
    "now- therefore many 3rd party transactions (eg. pools and exchanges) were delayed as they "
    "were caught in the congestion.",
    # --- documents12
    # usegalaxy-eu--2018-04-26-outage.md: services that fail to answer.
    "DNS providers failed to respond to requests for",
    # usegalaxy-eu--2018-09-21-downtime.md: the writers' own state after a semicolon.
    "It was a bad day; we were unlucky and unprepared.",
    # schmidtdse--20260414_KigaliSim_Outage.md: security work, and a PWA's lazy upgrade.
    "**Summary**: This retrospective documents how routine security hardening inadvertently "
    "caused an outage for new users and recently upgraded users within the Kigali Sim "
    "web-based IDE.",
    "- Users which previously visited the app may have still used a PWA / cached version with "
    "lazy upgrade.",
    # asyncapi--miasma-supply-chain-attck.md: the attacker's rogue push.
    "The pipeline triggers automatically on the rogue push, publishing the compromised "
    "generator packages ( via commit , via commit , and via commit ) to npm via OIDC.",
    # --- documents11
    # helix--post_mortem_28_nov.md: the chain's sense of "missed" (blocks, slots).
    "# Post-Mortem: High Missed Block Rate Incident on 28/11/2024",
    "Refunds issued to everyone that missed slots where Titan relay served an invalid header.",
    "## Summary On 28th of November, our relay experienced an incident that caused a high "
    "missed block rate due to a builder sending invalid blocks, which our relay processed "
    "optimistically.",
    # --- documents10
    # pathfinder--2023-06-17_mainnet_incident.md: a product fails at what only software does;
    # the writers' own "we" before "but", with an engineer as the object of the first clause.
    "Pathfinder failed to sync block on mainnet, with the following error:",
    "We managed to reach a Starkware engineer but clearly failed to communicate the severity "
    "of the issue.",
    "This meant people that could have helped were unaware of the issue until the next morning.",
    # matrix--2025-07-23-postgres-corruption-postmortem.md: epistemic "could have been".
    "This tells us something else interesting: this corruption could have been there for "
    "months or years, without anyone noticing.",
    # matrix--2019-07-24-data-portability-tooling-bug.md: a passive with no doer.
    "When considering these too, a further 56 state events were erroneously shared, "
    "referencing 64 users across these 2 rooms.",
    # drand--2024-02-23-testnet-ceremony-post-mortem.md: what reached them is no act.
    "Had they all successfully received the proposal, we could have continued the resharing, "
    "as gossip is only a backup mechanism for nodes that are not well connected to others.",
    # prysm--testnet-postmortems.md: a Go function panics; hindsight about the process.
    "- 22:16:00 Preston tries to discover a potential race condition by making the "
    "p2p.ForkDigest() function return an error if p2p.genesisTime is not set, which ended up "
    "panicking right away, giving us a clue",
    "- Lack of communication between Prysmatic Labs and Goerli community caused an easily "
    "preventable issue.",
    # kroma--2024-04-01-tx-receipts-validation-skip-incident.md: a title-case heading.
    "# 2024-04-01 Chain Halt due to Transaction Receipts Validation Skip Post-Mortem",
]

STILL_BLOCKS = [
    # --- documents6
    "A man named Abel caused the outage.",
    "A contractor called Abel caused the outage.",
    "A woman caused the blackout.",
    "Bob should have been more careful.",
    "If only Tomás had waited for the canary, none of this would have happened.",
    "Sorry, but this completely preventable outage is on Bob.",
    "This outage was entirely predictable.",
    "Lars has never followed the runbook.",
    "Lars did not run the smoke tests after deploying.",
    # --- documents7
    "Dana misconfigured the load balancer.",
    "The auditor found that Dana misconfigured the load balancer.",
    "They are fools.",
    # --- documents8
    "He just yolo'd it to production.",
    "They decided to yolo it and deploy on Friday.",
    "HR will take corrective action against the engineer.",
    "Disciplinary action was taken.",
    "The outage was triggered by Marius's change.",
    "The outage was caused by John Smith.",
    "The outage was due to Dana Scully.",
    "Dana should not have been deploying on a Friday.",
    "This should have been caught in review.",
    "The action items from the last review were never completed.",
    # --- documents10
    "Kevin failed to check the replication lag.",
    "The operator failed to proactively notify users of the downtime.",
    "When reviewing them, Kevin neglected to run the tests.",
    "The outage was caused by an issue with the installer, who cut the wrong cable.",
    "We found that the outage was caused by Kevin.",
    "Kevin missed the upgrade announcement.",
    "The vendor failed to respond to our tickets for three days.",
    "Kevin was tired; he was unlucky and unprepared.",
    "The security team inadvertently caused an outage.",
    "Kevin's rogue push took down production.",
    "The team was unprepared for the load.",
    "Sean deploys it directly to master without telling anyone.",
    "The engineers were paged, and they failed to respond.",
    "We paged the engineer, and he forgot to acknowledge.",
    "If Dana had checked the dashboard, the outage would have been avoided.",
    "Rashid panicked and restarted every node at once.",
    "The files were erroneously shared by the intern.",
    "In preparation for the same ceremony, a new member of Ken Labs inadvertently overwrote "
    "their keypair by running an erroneous command.",
]


@pytest.mark.parametrize("sentence", QUIET)
def test_a_sentence_of_a_later_set_does_not_block(sentence: str) -> None:
    assert tier(sentence) != "block"


@pytest.mark.parametrize("sentence", STILL_BLOCKS)
def test_its_look_alike_still_blocks(sentence: str) -> None:
    assert tier(sentence) == "block"
