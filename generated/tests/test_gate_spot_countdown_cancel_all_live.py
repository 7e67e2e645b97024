# Generated from specs/gate/spot/countdown_cancel_all.yaml (sha256 a5cf676387c3764691c4ee8d574020fb77526f22c143cae09dfa8c070967c71a). Do not edit: run make.
