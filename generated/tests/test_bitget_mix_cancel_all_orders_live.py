# Generated from specs/bitget/mix/cancel_all_orders.yaml (sha256 18f03339d895037bb35d874014168033ad618fc538c6127818244fd35cdebabe). Do not edit: run make.
