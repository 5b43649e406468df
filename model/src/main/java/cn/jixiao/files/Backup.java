package cn.jixiao.files;

import java.nio.file.Path;
import java.time.LocalDateTime;

/**
 * 备份: one copy of a unit file, with the moment it was made. Its own type here, not inside the
 * store's Backups, so that the window can list and choose backups without touching the store.
 */
public record Backup(Path path, LocalDateTime madeAt) {
}
