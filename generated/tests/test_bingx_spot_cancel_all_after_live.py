# Generated from specs/bingx/spot/cancel_all_after.yaml (sha256 197a54189dae97859c3bbeebaffa335386685688b814e4ac536559f051d2ee89). Do not edit: run make.
