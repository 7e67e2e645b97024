# Generated from specs/bingx/spot/cancel_open_orders.yaml (sha256 2cfc88dcbd95588debcf45846c0e497f6a96ad14a68dd63ddfd896a89658cb67). Do not edit: run make.
