"""The supervisor workspace: import of bundles, datasets, disclosure control, report.

Specification and guarantees: docs/supervisor.md. A supervisor store is an
ordinary encrypted store (``intake.store``) in the ``supervisor`` role; its
own tables (schema migration 2) hold the supervisor identity, the registry of
trusted device keys, imported bundles and interviews, and the field devices'
audit entries. Nothing here imports the UI.

Public API::

    create_identity(store) -> str                      # the recipient for field devices
    identities(store) -> list[AnyIdentity]; recipient(store) -> str
    devices(store) -> list[Device]; trust_device(store, key, name); revoke_device(store, name)
    import_bundle(store, data, *, trust_new_device=False) -> ImportResult
    load_dataset(store, questionnaires, only=None) -> Dataset
    export_dataset(dataset, out_dir, *, fmt="csv", k, suppress, force=False) -> ExportSummary
    load_report_map(questionnaire, path=None) -> ReportMap
    write_report(dataset, report_map, path, *, k, force=False) -> Path
"""

from intake.supervisor.dataset import Dataset, load_dataset
from intake.supervisor.devices import Device, devices, revoke_device, trust_device
from intake.supervisor.export import ExportSummary, export_dataset
from intake.supervisor.importer import ImportResult, import_bundle
from intake.supervisor.report import write_report
from intake.supervisor.report_map import ReportMap, load_report_map
from intake.supervisor.workspace import create_identity, identities, recipient

__all__ = [
    "Dataset",
    "Device",
    "ExportSummary",
    "ImportResult",
    "ReportMap",
    "create_identity",
    "devices",
    "export_dataset",
    "identities",
    "import_bundle",
    "load_dataset",
    "load_report_map",
    "recipient",
    "revoke_device",
    "trust_device",
    "write_report",
]
