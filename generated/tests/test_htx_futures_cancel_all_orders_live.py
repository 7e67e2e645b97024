# Generated from specs/htx/futures/cancel_all_orders.yaml (sha256 984c6faa202d110feaa71e3c225597d1aacd61a8894b6dcf67848b0d08dd29e8). Do not edit: run make.
