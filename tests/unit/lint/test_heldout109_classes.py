"""Classes the English held-out 109 (manufacturing and factory IT) showed, looked at after its
blind run: each real sentence with a near neighbour on the other side. The set is
tests/data/lint/real/heldout109_en.tsv."""

from __future__ import annotations

from .tiers import blocks, check_class, hints_only


def test_work_not_done_properly() -> None:
    check_class(
        "It's a fail for the DBA team, they didn't know the consequences of their actions and "
        "hadn't done proper resource planning.",
        "It's a fail for the DBA team, they didn't know the consequences of their actions and "
        "hadn't done resource planning yet.",
    )
    assert hints_only("We didn't do proper load testing.")
    assert not blocks("The script did not do proper error checking.")


def test_a_party_hesitant_to_say_what_went_wrong() -> None:
    check_class(
        "During its third quarter earnings call, the company was typically hesitant to say "
        "exactly what went wrong with its ordering system.",
        "During its third quarter earnings call, the company was typically hesitant to say "
        "anything about next year's prices.",
    )
    assert not blocks("The team was reluctant to deploy on Friday.")


def test_a_bungled_deployment_named_with_its_product() -> None:
    check_class(
        "Investors at cosmetics giant Revlon are taking action following a bungled SAP ERP "
        "deployment",
        "Investors at cosmetics giant Revlon are taking action following a delayed SAP ERP "
        "deployment",
    )


def test_what_a_lawsuit_claims_is_reported() -> None:
    assert hints_only("The lawsuit claims Revlon failed to design effective controls.")
    assert hints_only(
        "HCL was hired to do the work, but the lawsuit alleges that the contractor failed to meet "
        "project deadlines and staff the project with a sufficient number of people."
    )
    assert blocks("Revlon failed to design effective controls.")
    # "said" as an adjective ("said DD", the one just named) reports nothing.
    assert blocks(
        "The problem is that said DD broke our trust when he sponsored someone without looking "
        "at what he was forwarding to the archive."
    )
