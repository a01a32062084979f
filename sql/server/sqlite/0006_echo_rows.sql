-- Echo rows (issue 13): the device whose push wrote a row's current version exactly as that device holds it
-- (an insert stored as sent, or an update on the version the device last had, without conflict). A pull that
-- states the highest receipt the device keeps (echo_through) leaves these rows out up to that seq: the device
-- has them already, and its receipts gave it their server_seq. NULL for every other write.
ALTER TABLE change_log ADD COLUMN echo_device TEXT;
